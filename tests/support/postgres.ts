/**
 * A throwaway PostgreSQL server for tests: initdb into a temp dir, start on a free loopback port,
 * trust authentication, gone again after stop(). PostgreSQL refuses to run as root, so when we are
 * root every server command runs as the `postgres` user (created by the Debian package) with the
 * temp dir handed to it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

const INSTALL_HINT = 'PostgreSQL server binaries not found (set PG_BIN or run: apt-get install postgresql)';

function findBinDir(): string {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

function run(command: string, args: string[], asUser: string | null): Promise<string> {
  const [cmd, argv] = asUser ? ['runuser', ['-u', asUser, '--', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} exited with ${code}:\n${output}`))));
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = findBinDir();
  const asUser = process.getuid?.() === 0 ? 'postgres' : null;
  const dir = await mkdtemp(join(tmpdir(), 'leverboard-pg-'));
  if (asUser) {
    const user = spawnSync('id', ['-u', asUser], { encoding: 'utf8' });
    const group = spawnSync('id', ['-g', asUser], { encoding: 'utf8' });
    if (user.status !== 0) throw new Error(`running as root but there is no '${asUser}' user to run PostgreSQL`);
    await chown(dir, Number(user.stdout), Number(group.stdout));
  }
  const data = join(dir, 'data');
  const pgCtl = join(bin, 'pg_ctl');
  let started = false;
  const stopNow = () => {
    // last resort when the test process exits without stop(): do not leave a server behind
    if (started) spawnSync(asUser ? 'runuser' : pgCtl, asUser ? ['-u', asUser, '--', pgCtl, '-D', data, '-m', 'immediate', 'stop'] : ['-D', data, '-m', 'immediate', 'stop']);
  };
  try {
    await run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions'], asUser);
    // a port can be taken between freePort() and the server binding it; try a few
    for (let attempt = 0; ; attempt++) {
      const port = await freePort();
      const options = `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off`;
      try {
        await run(pgCtl, ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '30', 'start'], asUser);
      } catch (e) {
        if (attempt < 3) continue;
        throw e;
      }
      started = true;
      process.once('exit', stopNow);
      await run(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-t', '10'], null);
      return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        async stop() {
          process.off('exit', stopNow);
          if (started) {
            started = false;
            await run(pgCtl, ['-D', data, '-m', 'immediate', 'stop'], asUser).catch(() => undefined);
          }
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
  } catch (e) {
    stopNow();
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
