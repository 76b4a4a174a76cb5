import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  url: string;
  /** Connection string of the embedded PostgreSQL, for checking figures independently of the API. */
  databaseUrl(): Promise<string>;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server printed, for assertions and for diagnosing a failed start. */
  output(): string;
  /** Ctrl-C as a terminal sends it; resolves with the exit code. */
  interrupt(): Promise<number | null>;
  kill9(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Temporary folders of this test process, removed when it exits (a data folder holds a ~300 MB PostgreSQL cluster). */
const temporary: string[] = [];
process.once('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder removed when the test process exits. */
export async function temporaryDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

export const freshDataDir = () => temporaryDir('budgetwatch-e2e-');

/**
 * Starts the real server (`server/src/main.ts`, as `npm start` runs it after set-up) with its own
 * data folder and ports, and waits until it prints its URL. No DATABASE_URL: the embedded
 * PostgreSQL is used, as on a fresh clone.
 */
export async function startServer(options: { dataDir: string; env?: Record<string, string>; timeoutMs?: number }): Promise<ServerProcess> {
  const port = await freePort();
  const pgPort = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: options.dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'info', ...options.env };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/src/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output.slice(-3000)}`)), options.timeoutMs ?? 120_000);
    const check = () => {
      const match = /is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before starting:\n${output.slice(-3000)}`));
    });
  });

  return {
    url,
    databaseUrl: async () => {
      const { user, password } = JSON.parse(await readFile(path.join(options.dataDir, 'postgres-credentials.json'), 'utf8')) as { user: string; password: string };
      return `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/budgetwatch`;
    },
    dataDir: options.dataDir,
    child,
    output: () => output,
    interrupt: () => {
      child.kill('SIGINT');
      return exited;
    },
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
