/**
 * The client's download: gzipped JS and CSS of client/dist (built with `npx vite build` first),
 * all of it and what the first page load fetches (the files index.html names); views that load
 * on their own come later.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  jsGzipBytes: number; cssGzipBytes: number; jsBytes: number; cssBytes: number; files: number;
  /** JS named by index.html (entry and preloads), gzipped */
  initialJsGzipBytes: number;
}

export function buildClient(root: string): void {
  execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'pipe', timeout: 300_000 });
}

export function measureBundle(dist: string): BundleSize {
  const size: BundleSize = { jsGzipBytes: 0, cssGzipBytes: 0, jsBytes: 0, cssBytes: 0, files: 0, initialJsGzipBytes: 0 };
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set([...index.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => join(dist, m[1]!)));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) { walk(path); continue; }
      const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
      if (!kind) continue;
      const bytes = readFileSync(path);
      size.files++;
      size[`${kind}Bytes`] += bytes.byteLength;
      const gzipped = gzipSync(bytes, { level: 9 }).byteLength;
      size[`${kind}GzipBytes`] += gzipped;
      if (initial.has(path)) size.initialJsGzipBytes += gzipped;
    }
  };
  walk(dist);
  return size;
}
