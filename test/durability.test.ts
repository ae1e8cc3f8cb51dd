import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { DIALOGUE_2020_ID, participantId } from '../src/server/demo/dialogue-2020.ts';
import { ml } from '../src/shared/multilingual.ts';
import { BACKENDS } from './support/databases.ts';
import { freshStore } from './support/fresh-store.ts';
import { signInOver, startServer, stopServer } from './support/server-process.ts';

for (const backend of BACKENDS) {
  describe(`an acknowledged write survives SIGKILL (${backend})`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    after(async () => {
      for (const c of cleanups) await c();
    });

    test('writes acknowledged before the kill are all there after a restart', async () => {
      const store = await freshStore(backend);
      cleanups.push(store.drop);
      const env = { ...store.env, DEMO: '1' };
      const first = await startServer(env);
      cleanups.push(() => stopServer(first, 'SIGKILL'));
      assert.ok(first.adminPassword, `the first start prints a fresh admin password:\n${first.output()}`);
      const auth = await signInOver(first.url, first.adminEmail!, first.adminPassword!);

      const acknowledged: string[] = [];
      // Writes whose connection died with the server, reply unseen: the kill must land mid-write.
      let cutOff = 0;
      const writer = async (worker: number) => {
        for (let i = 0; ; i++) {
          try {
            const res = await fetch(`${first.url}/api/v1/dialogues/${DIALOGUE_2020_ID}/statements`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf },
              body: JSON.stringify({
                speaker: { kind: 'participant', participantId: participantId('isrs') },
                kind: 'remarks',
                text: ml({ en: `durable ${worker}/${i}` }),
                areaIds: [],
                provisionIds: [],
              }),
            });
            if (res.status !== 201) throw new Error(`write refused: ${res.status} ${await res.text()}`);
            acknowledged.push(((await res.json()) as { id: string }).id);
          } catch (err) {
            if ((err as Error).message.startsWith('write refused')) throw err;
            cutOff++; // the connection died with the server
            return;
          }
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      // Kill mid-stream, once a good number of writes are in.
      while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 10));
      first.proc.removeAllListeners('exit');
      first.proc.kill('SIGKILL');
      await Promise.all(writers);
      assert.ok(cutOff > 0, 'the kill cut off writes in flight, not only the loop between them');

      const second = await startServer(env);
      cleanups.push(() => stopServer(second));
      assert.equal(second.adminPassword, null, 'a restart never prints a new password');
      const res = await fetch(`${second.url}/api/v1/dialogues/${DIALOGUE_2020_ID}/statements?limit=100&offset=0`);
      const stored = new Set<string>();
      const total = ((await res.json()) as { total: number }).total;
      for (let offset = 0; offset < total; offset += 100) {
        const page = (await (
          await fetch(`${second.url}/api/v1/dialogues/${DIALOGUE_2020_ID}/statements?limit=100&offset=${offset}`)
        ).json()) as { items: { id: string }[] };
        for (const s of page.items) stored.add(s.id);
      }
      const lost = acknowledged.filter((id) => !stored.has(id));
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged writes were lost`);
      await stopServer(second);
    });
  });
}
