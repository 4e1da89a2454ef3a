// Preloaded into peers that die on SIGTERM without exiting normally, so that `--cpu-prof` gets to
// write their profile (Node writes it only on a normal exit). Used only with BENCH_PROFILE.
process.once('SIGTERM', () => process.exit(0));
