/**
 * The bench's output: one table of every figure per server, with the ratio of Leverboard's figure
 * to each other server's (below 1 is better for Leverboard where lower is better, and the reverse
 * for throughput), and the same data as JSON.
 */
import type { PeerKind } from './peers/types.ts';
import type { FanoutResult } from './loadgen/fanout.ts';
import type { ColdLoadResult } from './loadgen/cold-board.ts';
import type { ThroughputResult } from './loadgen/throughput.ts';
import type { BundleSize } from './client/bundle.ts';
import type { BrowserFigures } from './client/browser.ts';

export type Outcome<T> = T | { error: string } | undefined;

export interface PeerResults {
  kind: PeerKind;
  name: string;
  storage: string;
  a?: Outcome<FanoutResult>;
  b?: Outcome<FanoutResult>;
  c?: Outcome<Omit<ColdLoadResult, 'room'>>;
  d?: Outcome<ThroughputResult>;
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; os: string };
  config: Record<string, unknown>;
  peers: PeerResults[];
  client?: { bundle?: BundleSize | { error: string }; browser?: BrowserFigures | { error: string } };
  notes: string[];
}

interface Row { label: string; better: 'lower' | 'higher' | 'none'; get(p: PeerResults): number | string | undefined }

const ok = <T>(o: Outcome<T>): T | undefined => (o && !(typeof o === 'object' && 'error' in (o as object)) ? o as T : undefined);
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] : undefined);
const mb = (b: number | undefined) => (b === undefined || Number.isNaN(b) ? undefined : b / 1024 / 1024);

function fanoutRows(key: 'a' | 'b', title: string): Row[] {
  const f = (p: PeerResults) => ok(p[key]);
  return [
    { label: `${title} latency p50 ms`, better: 'lower', get: (p) => f(p)?.latency.p50 },
    { label: `${title} latency p95 ms`, better: 'lower', get: (p) => f(p)?.latency.p95 },
    { label: `${title} latency p99 ms`, better: 'lower', get: (p) => f(p)?.latency.p99 },
    { label: `${title} receipts expected`, better: 'none', get: (p) => f(p)?.expected },
    { label: `${title} dropped`, better: 'lower', get: (p) => f(p)?.dropped },
    { label: `${title} late (>1 s)`, better: 'lower', get: (p) => f(p)?.late },
    { label: `${title} clients failed to connect`, better: 'lower', get: (p) => f(p)?.connectFailed },
    { label: `${title} server CPU s`, better: 'lower', get: (p) => f(p)?.serverCpuSeconds },
    { label: `${title} server peak RSS MB`, better: 'lower', get: (p) => mb(f(p)?.serverPeakRssBytes) },
    { label: `${title} load generator CPU s`, better: 'none', get: (p) => f(p)?.loadgenCpuSeconds },
  ];
}

const ROWS: Row[] = [
  { label: 'storage', better: 'none', get: (p) => p.storage },
  ...fanoutRows('a', '(a) 1×50'),
  ...fanoutRows('b', '(b) 200×5'),
  { label: '(c) large board state KB', better: 'none', get: (p) => { const c = ok(p.c); return c ? c.stateBytes / 1024 : undefined; } },
  { label: '(c) write board (100/txn) ms', better: 'lower', get: (p) => ok(p.c)?.writeMs },
  { label: '(c) warm load ms (median)', better: 'lower', get: (p) => median(ok(p.c)?.warmMs ?? []) },
  { label: '(c) cold load from store ms (median)', better: 'lower', get: (p) => median(ok(p.c)?.coldMs ?? []) ?? (ok(p.c) ? 'no store' : undefined) },
  { label: '(d) accepted updates/s', better: 'higher', get: (p) => ok(p.d)?.perSecond },
  { label: '(d) server CPU s', better: 'lower', get: (p) => ok(p.d)?.serverCpuSeconds },
  { label: '(d) load generator CPU s', better: 'none', get: (p) => ok(p.d)?.loadgenCpuSeconds },
];

function fmt(v: number | string | undefined): string {
  if (v === undefined) return '–';
  if (typeof v === 'string') return v;
  if (Number.isNaN(v)) return 'n/a';
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(results: BenchResults): string {
  const ours = results.peers.find((p) => p.kind === 'leverboard');
  const others = results.peers.filter((p) => p !== ours);
  const header = ['figure', ...results.peers.map((p) => p.name), ...(ours ? others.map((p) => `ours/${p.kind}`) : [])];
  const rows = ROWS.map((row) => {
    const cells = results.peers.map((p) => fmt(row.get(p)));
    if (ours) {
      for (const p of others) {
        const a = row.get(ours);
        const b = row.get(p);
        cells.push(row.better !== 'none' && typeof a === 'number' && typeof b === 'number' && b !== 0 && !Number.isNaN(a) && !Number.isNaN(b) ? `×${(a / b).toFixed(2)}` : '');
      }
    }
    return [row.label, ...cells];
  });
  const errors = results.peers.flatMap((p) => (['a', 'b', 'c', 'd'] as const).flatMap((k) => {
    const o = p[k];
    return o && typeof o === 'object' && 'error' in o ? [`${p.name} (${k}): ${o.error.split('\n')[0]}`] : [];
  }));
  const out = [
    `Leverboard bench — ${results.date} — ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}`,
    '',
    table(header, rows),
  ];
  const client = results.client;
  if (client) {
    const crow: string[][] = [];
    const bundle = client.bundle;
    if (bundle && 'error' in bundle) crow.push(['bundle', `not available: ${bundle.error.split('\n')[0]}`]);
    else if (bundle) {
      crow.push(['bundle JS gzip KB (first load / all)', `${fmt((bundle.initialJsGzipBytes ?? NaN) / 1024)} / ${fmt(bundle.jsGzipBytes / 1024)}`], ['bundle CSS gzip KB', fmt(bundle.cssGzipBytes / 1024)]);
    }
    const browser = client.browser;
    if (browser && 'error' in browser) crow.push(['browser figures', `not available: ${browser.error.split('\n')[0]}`]);
    else if (browser) {
      crow.push(['large board usable ms', browser.readyMs === null ? `not available (${browser.note})` : fmt(browser.readyMs)]);
      for (const f of browser.frames) crow.push([`${f.action ?? 'pan'} ${f.view}: frame p50/p95/max ms, fps`, `${fmt(f.p50Ms)} / ${fmt(f.p95Ms)} / ${fmt(f.maxMs)}, ${fmt(f.fps)}`]);
    }
    out.push('', 'Client (Leverboard, headless Chromium)', table(['figure', 'value'], crow));
  }
  if (ours) out.push('', 'ours/x: Leverboard\'s figure divided by the other server\'s (below ×1 is better, except for updates/s).');
  if (errors.length) out.push('', 'Errors:', ...errors.map((e) => `  ${e}`));
  if (results.notes.length) out.push('', 'Notes:', ...results.notes.map((n) => `  - ${n}`));
  return out.join('\n');
}
