import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpsRequest, Agent } from 'node:https';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { userInfo } from 'node:os';

export const NGINX = '/usr/sbin/nginx';
const SHIPPED = join(import.meta.dirname, '../../deploy/nginx/expert-dialogue.conf');

/** A free loopback port, as the kernel hands one out (closed again at once for the caller to bind). */
/**
 * A port free now, below Linux's ephemeral range (32768–60999 by default): ports picked by the kernel
 * for listen(0) come from that range, where the servers' outgoing connections (PostgreSQL, clients)
 * may take one before nginx binds it. Below it, only another listener can.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (!bound) continue;
    await new Promise((r) => server.close(r));
    return port;
  }
}

/**
 * The shipped site configuration with only what a test must change: the instances' ports, its own
 * listening ports on loopback, a self-signed certificate, and paths under its prefix. Everything the
 * proxy does (headers, upgrades, retries, the hidden /metrics) is the shipped file's.
 */
export function templateSite(dir: string, o: { http: number; https: number; upstreams: number[] }): string {
  let site = readFileSync(SHIPPED, 'utf8');
  const swap = (from: RegExp, to: string) => {
    if (!from.test(site)) throw new Error(`the shipped nginx configuration no longer has ${from}`);
    site = site.replace(from, to);
  };
  swap(
    / {4}server 127\.0\.0\.1:3000 [^;]*;\n {4}server 127\.0\.0\.1:3001 [^;]*;/,
    o.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n'),
  );
  swap(/listen 80;\n\s*listen \[::\]:80;/, `listen 127.0.0.1:${o.http};`);
  swap(/listen 443 ssl http2;\n\s*listen \[::\]:443 ssl http2;/, `listen 127.0.0.1:${o.https} ssl http2;`);
  swap(/\/etc\/letsencrypt\/live\/dialogue\.example\.org\/fullchain\.pem/, join(dir, 'cert.pem'));
  swap(/\/etc\/letsencrypt\/live\/dialogue\.example\.org\/privkey\.pem/, join(dir, 'key.pem'));
  swap(/\/var\/log\/nginx\/expert-dialogue\.access\.log/, join(dir, 'access.log'));
  return site;
}

export interface Nginx {
  proc: ChildProcess;
  dir: string;
  stop(): Promise<void>;
  accessLog(): string;
}

/** Runs Debian's nginx as this user, under a prefix of its own (-p, -c), in the foreground. */
export async function startNginx(dir: string, site: string, httpsPort: number): Promise<Nginx> {
  for (const d of ['tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi'])
    mkdirSync(join(dir, d), { recursive: true });
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  writeFileSync(join(dir, 'site.conf'), site);
  // As root, workers would drop to nobody, who cannot use this prefix: keep them as this user.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${user}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 512; }
http {
  client_body_temp_path ${join(dir, 'tmp/body')};
  proxy_temp_path ${join(dir, 'tmp/proxy')};
  fastcgi_temp_path ${join(dir, 'tmp/fastcgi')};
  uwsgi_temp_path ${join(dir, 'tmp/uwsgi')};
  scgi_temp_path ${join(dir, 'tmp/scgi')};
  include ${join(dir, 'site.conf')};
}
`,
  );
  const proc = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  for (const deadline = Date.now() + 10_000; ;) {
    if (proc.exitCode !== null) throw new Error(`nginx exited: ${out}${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    try {
      await send(httpsPort, 'GET', '/nginx-up');
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not start: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    proc,
    dir,
    accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8'),
    stop: async () => {
      if (proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGQUIT');
      await exited;
    },
  };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const agents = new Map<string, Agent>();
/**
 * One HTTPS request through the proxy (the certificate is the test's own), from a chosen loopback
 * address: every 127.x.y.z is this machine, so each stands for a different client.
 */
export function send(
  port: number,
  method: string,
  path: string,
  o: { from?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const from = o.from ?? '127.0.0.1';
  let agent = agents.get(from);
  if (!agent) agents.set(from, (agent = new Agent({ rejectUnauthorized: false, localAddress: from, keepAlive: true })));
  const body = o.body === undefined ? undefined : JSON.stringify(o.body);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        timeout: 20_000,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...o.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
