// `npm test`: type checks, unit and integration tests (vitest), browser tests (Playwright), then
// one closing line with the counts of all suites together: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const results = [];

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// 1. Types: tsc over the whole project, svelte-check over the components.
for (const [name, args] of [
  ['tsc', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['svelte-check', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error', '--output', 'human']],
]) {
  const status = run(name, 'npx', args);
  results.push({ suite: name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 });
}

// 2. Unit and integration tests.
rmSync('test-results/unit.json', { force: true });
const unitStatus = run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
if (existsSync('test-results/unit.json')) {
  const u = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  const failedSuites = (u.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
  results.push({ suite: 'vitest', passed: u.numPassedTests, failed: u.numFailedTests + failedSuites });
} else {
  results.push({ suite: 'vitest', passed: 0, failed: 1 });
}
void unitStatus;

// 3. Browser tests (they find Chromium themselves, or stop with one line saying how to get one).
rmSync('test-results/e2e.json', { force: true });
run('playwright', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: `${process.cwd()}/test-results/e2e.json` });
if (existsSync('test-results/e2e.json')) {
  const e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  const s = e.stats ?? {};
  const errors = (e.errors ?? []).length;
  results.push({ suite: 'playwright', passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (errors && !s.unexpected ? 1 : 0) });
} else {
  results.push({ suite: 'playwright', passed: 0, failed: 1 });
}

console.log('\n=== Summary');
for (const r of results) console.log(`${r.suite.padEnd(14)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
