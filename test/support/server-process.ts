import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ServerProcess {
  proc: ChildProcess;
  url: string;
  adminEmail: string | null;
  adminPassword: string | null;
  output: () => string;
}

const root = join(import.meta.dirname, '../..');

/** Starts the real server (`src/server/main.ts`) as a child process and waits until it serves. */
export function startServer(env: Record<string, string>, timeoutMs = 240_000): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const serving = /serving at (https?:\/\/\S+)/.exec(out)?.[1];
      if (!serving || !/Admin sign-in|serving at/.test(out)) return;
      // The admin line follows the URL line; give it a moment to arrive in the same flush.
      setTimeout(() => {
        clearTimeout(timer);
        const admin = /Admin sign-in: (\S+)(?: \/ (\S+))?/.exec(out);
        // With a PUBLIC_URL (behind a proxy), the address it listens on is its own line.
        const url = /Listening on (http:\/\/\S+)/.exec(out)?.[1] ?? serving;
        resolve({ proc, url, adminEmail: admin?.[1] ?? null, adminPassword: admin?.[2] ?? null, output: () => out });
      }, 100);
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (c: Buffer) => {
      out += c.toString();
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.proc.exitCode !== null || server.proc.signalCode !== null) return;
  server.proc.removeAllListeners('exit');
  const exited = new Promise((r) => server.proc.once('exit', r));
  server.proc.kill(signal);
  await exited;
}

export async function signInOver(
  url: string,
  email: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('ed_session='))!
    .split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}
