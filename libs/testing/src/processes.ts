import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testEnv } from './test-env.js';
import { sleep } from './wait.js';

/** The repository root, from the sources (Jest) or from their build under dist/ (benchmarks). */
export const ROOT = (() => {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || basename(dir) === 'dist') dir = dirname(dir);
  return dir;
})();

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Every child a test started; if the test run itself dies, they die with it. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** A built Kenshu process (API or worker) started by a test, ended by the test through its PID. */
export class KenshuProcess {
  output = '';
  exit?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private child?: ChildProcess;

  /** `prefix` runs the process under another command (the benchmarks pin it with `taskset -c 1`). */
  constructor(
    readonly app: 'api' | 'worker',
    readonly env: Record<string, string>,
    readonly prefix: string[] = [],
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get exited(): boolean {
    return this.child?.exitCode !== null || this.child?.signalCode !== null;
  }

  start(): this {
    this.output = '';
    this.child = track(
      spawn(
        this.prefix[0] ?? process.execPath,
        [
          ...this.prefix.slice(1),
          ...(this.prefix.length ? [process.execPath] : []),
          join(ROOT, `dist/apps/${this.app}/src/main.js`),
        ],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? '', ...this.env },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
    );
    // The last 256 KiB is plenty to read a failure by, and keeps a chatty process from filling memory.
    const keep = (d: Buffer) => {
      this.output = (this.output + d.toString()).slice(-256 * 1024);
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    const child = this.child;
    this.exit = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
    return this;
  }

  async waitForOutput(pattern: RegExp, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (Date.now() > deadline)
        throw new Error(`${this.app} did not print ${pattern} in ${timeoutMs} ms:\n${this.output}`);
      if (this.child?.exitCode !== null) throw new Error(`${this.app} exited early:\n${this.output}`);
      await sleep(50);
    }
  }

  /** Sends the signal and waits for the process to end (SIGKILL after `timeoutMs`). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await this.exit;
    clearTimeout(timer);
  }
}

export async function startApi(
  overrides: Record<string, string> = {},
): Promise<KenshuProcess & { url: string }> {
  const port = await freePort();
  const api = new KenshuProcess(
    'api',
    testEnv({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...overrides }),
  ).start();
  await startedOrStopped(api, /kenshu-api listening/);
  return Object.assign(api, { url: `http://127.0.0.1:${port}` });
}

export async function startWorker(overrides: Record<string, string> = {}): Promise<KenshuProcess> {
  const worker = new KenshuProcess('worker', testEnv(overrides)).start();
  await startedOrStopped(worker, /kenshu-worker started/);
  return worker;
}

/** Waits for the start-up line; a process that does not print it is stopped, never left behind. */
async function startedOrStopped(proc: KenshuProcess, started: RegExp): Promise<void> {
  try {
    await proc.waitForOutput(started);
  } catch (error) {
    await proc.stop('SIGKILL');
    throw error;
  }
}

/** A Redis server of the test's own, on a free port, that the test may stop and start again. */
export class TestRedis {
  private child?: ChildProcess;

  constructor(readonly port: number) {}

  static async create(): Promise<TestRedis> {
    return new TestRedis(await freePort());
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = track(
      spawn(
        'redis-server',
        ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      ),
    );
    for (let i = 0; i < 100; i++) {
      if (
        await new Promise<boolean>((done) =>
          net
            .connect(this.port, '127.0.0.1')
            .once('connect', function (this: net.Socket) {
              this.destroy();
              done(true);
            })
            .once('error', () => done(false)),
        )
      )
        return;
      await sleep(50);
    }
    throw new Error(`redis-server did not start on ${this.port}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}
