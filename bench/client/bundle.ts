/** The client's download: gzipped JS and CSS of client/dist (built with `npx vite build` first). */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize { jsGzipBytes: number; cssGzipBytes: number; jsBytes: number; cssBytes: number; files: number }

export function buildClient(root: string): void {
  execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'pipe', timeout: 300_000 });
}

export function measureBundle(dist: string): BundleSize {
  const size: BundleSize = { jsGzipBytes: 0, cssGzipBytes: 0, jsBytes: 0, cssBytes: 0, files: 0 };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) { walk(path); continue; }
      const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
      if (!kind) continue;
      const bytes = readFileSync(path);
      size.files++;
      size[`${kind}Bytes`] += bytes.byteLength;
      size[`${kind}GzipBytes`] += gzipSync(bytes, { level: 9 }).byteLength;
    }
  };
  walk(dist);
  return size;
}
