// Worker threads load TypeScript through tsx; Node 20 does not apply --import hooks to a
// worker's entry module, so the entry is this plain module that registers tsx first.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
