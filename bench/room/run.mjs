// `npm run bench:room`: compiles bench/room/measure.ts exactly as the server is compiled
// (scripts/build-server.mjs) into .bench/, then runs it on plain Node.
import { spawnSync } from 'node:child_process';
import { buildServer } from '../../scripts/build-server.mjs';

await buildServer({ entry: 'bench/room/measure.ts', outDir: '.bench/room', fileName: 'measure.mjs' });
const { status } = spawnSync(process.execPath, ['.bench/room/measure.mjs'], { stdio: 'inherit' });
process.exit(status ?? 1);
