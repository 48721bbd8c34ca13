// The preparation `npm start` and `npm test` share: dependencies, MySQL/MariaDB and Redis reachable
// (started locally from installed binaries when nothing answers), the database created, a fresh build
// (the API and worker with swc into dist/, the web app with vite into dist/web).
// Only processes this script starts are ever stopped, by the PIDs it wrote under .data/.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(import.meta.dirname, '..');
export const DATA = join(ROOT, '.data');
const log = (msg) => console.log(`[kenshu] ${msg}`);

/** The servers this preparation started (not the ones it found running), for the start-up banner. */
export const started = [];

export function loadEnv() {
  const file = join(ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
  process.env.DATABASE_URL ||= 'mysql://root@127.0.0.1:3306/kenshu';
  process.env.REDIS_URL ||= 'redis://127.0.0.1:6379';
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function installDependencies() {
  const marker = join(ROOT, 'node_modules/.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing dependencies (npm install)…');
  // `npm ci` refuses this lockfile (it lacks other platforms' optional builds); `npm install` keeps it as it is.
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
}

function answers(host, port, timeoutMs = 1000) {
  return new Promise((done) => {
    const socket = net.connect({ host, port });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

async function waitFor(host, port, what, seconds = 30) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await answers(host, port)) return;
    await sleep(250);
  }
  throw new Error(`${what} did not start listening on ${host}:${port} within ${seconds} s`);
}

const isLocal = (host) => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);
const dockerComposeWorks = () =>
  has('docker') &&
  spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0 &&
  spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;

function fail(message) {
  console.error(`\n[kenshu] ${message}\n`);
  process.exit(1);
}

async function ensureMysql() {
  const url = new URL(process.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'));
  const host = url.hostname;
  const port = Number(url.port || 3306);
  if (await answers(host, port)) return;
  if (!isLocal(host)) fail(`MySQL/MariaDB at ${host}:${port} (DATABASE_URL) does not answer.`);

  const server = ['mariadbd', 'mysqld'].find((b) => has(b) || existsSync(`/usr/sbin/${b}`));
  if (server) {
    const bin = has(server) ? server : `/usr/sbin/${server}`;
    const datadir = join(DATA, `mariadb-${port}`);
    if (!existsSync(join(datadir, 'mysql'))) {
      log(`initialising a local MariaDB in ${datadir}…`);
      mkdirSync(datadir, { recursive: true });
      const asRoot = process.getuid?.() === 0;
      if (asRoot) execFileSync('chown', ['-R', 'mysql:mysql', datadir]);
      execFileSync(
        'mariadb-install-db',
        [
          `--datadir=${datadir}`,
          '--auth-root-authentication-method=normal',
          '--skip-test-db',
          ...(asRoot ? ['--user=mysql'] : []),
        ],
        { stdio: 'ignore' },
      );
    }
    log(`starting ${server} on 127.0.0.1:${port} (data in ${datadir})…`);
    const child = spawn(
      bin,
      [
        `--datadir=${datadir}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${join(datadir, 'mysqld.sock')}`,
        `--pid-file=${join(datadir, 'mysqld.pid')}`,
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
        ...(process.getuid?.() === 0 ? ['--user=mysql'] : []),
      ],
      { detached: true, stdio: 'ignore' },
    );
    child.unref();
    writeFileSync(join(DATA, `mariadb-${port}.pid`), String(child.pid));
    await waitFor('127.0.0.1', port, server);
    started.push(`${server} on 127.0.0.1:${port} (pid ${child.pid}, data in ${datadir})`);
    return;
  }
  if (dockerComposeWorks()) {
    log('starting mysql from docker-compose.yml…');
    execFileSync('docker', ['compose', 'up', '-d', 'mysql'], { cwd: ROOT, stdio: 'inherit' });
    await waitFor(host, port, 'mysql (docker)', 120);
    return;
  }
  fail(
    `Nothing answers at ${host}:${port} and no MariaDB/MySQL server is installed. Install one with\n` +
      `    sudo apt-get install -y mariadb-server\n` +
      `or set DATABASE_URL to a server you have.`,
  );
}

async function ensureRedis() {
  const url = new URL(process.env.REDIS_URL);
  const host = url.hostname;
  const port = Number(url.port || 6379);
  if (await answers(host, port)) return;
  if (!isLocal(host)) fail(`Redis at ${host}:${port} (REDIS_URL) does not answer.`);
  if (has('redis-server')) {
    const dir = join(DATA, `redis-${port}`);
    mkdirSync(dir, { recursive: true });
    log(`starting redis-server on 127.0.0.1:${port} (append-only file in ${dir})…`);
    execFileSync('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--maxmemory-policy',
      'noeviction',
      '--daemonize',
      'yes',
      '--pidfile',
      join(DATA, `redis-${port}.pid`),
      '--logfile',
      join(dir, 'redis.log'),
    ]);
    await waitFor('127.0.0.1', port, 'redis-server');
    started.push(`redis-server on 127.0.0.1:${port} (data in ${dir})`);
    return;
  }
  if (dockerComposeWorks()) {
    log('starting redis from docker-compose.yml…');
    execFileSync('docker', ['compose', 'up', '-d', 'redis'], { cwd: ROOT, stdio: 'inherit' });
    await waitFor(host, port, 'redis (docker)', 60);
    return;
  }
  fail(
    `Nothing answers at ${host}:${port} and redis-server is not installed. Install it with\n` +
      `    sudo apt-get install -y redis-server\n` +
      `or set REDIS_URL to a server you have.`,
  );
}

export async function createDatabase(databaseUrl = process.env.DATABASE_URL) {
  const { createConnection } = await import('mysql2/promise');
  const url = new URL(databaseUrl.replace(/^mariadb:/, 'mysql:'));
  const database = url.pathname.replace(/^\//, '');
  url.pathname = '/';
  const connection = await createConnection({ uri: url.toString() });
  await connection.query(
    `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  await connection.end();
}

export function build() {
  log('building (swc, then the web app with vite)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npm', ['run', '-s', 'web:build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function node(script, args = []) {
  execFileSync(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
}

export async function prepare() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 12))
    fail(`Node ${process.versions.node} is too old: Kenshu needs Node 20.12 or later.`);
  mkdirSync(DATA, { recursive: true });
  installDependencies();
  loadEnv();
  await ensureMysql();
  await ensureRedis();
  await createDatabase();
  build();
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
