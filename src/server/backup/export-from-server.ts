import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

/**
 * Asks a running server for its archive (GET /api/v1/admin/export), signed in as an administrator
 * for that one request: the embedded database is the server's alone while it runs.
 */
export async function exportFromServer(options: {
  server: string;
  email: string;
  password: string;
  out: string;
}): Promise<void> {
  const base = options.server.replace(/\/+$/, '');
  const signIn = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: options.email, password: options.password }),
  });
  if (signIn.status !== 201)
    throw new Error(`signing in at ${base} as ${options.email} failed (${signIn.status}): ${await signIn.text()}`);
  const cookie = /ed_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0];
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  if (!cookie) throw new Error('the server set no session cookie');
  try {
    const res = await fetch(`${base}/api/v1/admin/export`, { headers: { cookie } });
    if (res.status !== 200 || !res.body)
      throw new Error(`the server refused the export (${res.status}): ${await res.text()}`);
    await pipeline(chunksOf(res.body), createWriteStream(options.out));
  } finally {
    await fetch(`${base}/api/v1/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrfToken } }).catch(
      () => undefined,
    );
  }
}

/** A fetched body's chunks as they arrive (fetch's stream type is not the one node:stream reads). */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}
