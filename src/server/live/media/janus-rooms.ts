import { createHmac, randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/** Janus numbers its rooms: a dialogue's number comes from its id, the same on every instance. */
export const sfuRoomOf = (dialogueId: string): number =>
  (Number.parseInt(dialogueId.replaceAll('-', '').slice(0, 8), 16) % 2_000_000_000) + 1;

/** The room's PIN: only the dialogue's insiders get it, in their snapshot; every instance derives the same. */
export const sfuPinOf = (key: string, dialogueId: string): string =>
  createHmac('sha256', key).update(`sfu-pin:${dialogueId}`).digest('base64url').slice(0, 24);

type Reply = Record<string, unknown> & {
  janus: string;
  transaction?: string;
  data?: { id: number };
  plugindata?: { data: Record<string, unknown> };
};

/** One request-reply exchange after another over Janus's WebSocket API (subprotocol janus-protocol). */
async function janusSession<T>(
  url: string,
  work: (call: (body: Record<string, unknown>) => Promise<Reply>) => Promise<T>,
): Promise<T> {
  const ws = new WebSocket(url, 'janus-protocol');
  const waiting = new Map<string, (r: Reply) => void>();
  ws.on('message', (data) => {
    const reply = JSON.parse(String(data)) as Reply;
    // "ack" only says Janus got a plugin message; the answer follows as "success" or "event".
    if (reply.janus === 'ack' || !reply.transaction) return;
    waiting.get(reply.transaction)?.(reply);
    waiting.delete(reply.transaction);
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const call = (body: Record<string, unknown>) =>
    new Promise<Reply>((resolve, reject) => {
      const transaction = randomUUID();
      const timer = setTimeout(() => reject(new Error(`Janus did not answer ${String(body.janus)}`)), 5_000);
      waiting.set(transaction, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      ws.send(JSON.stringify({ ...body, transaction }));
    });
  try {
    return await work(call);
  } finally {
    ws.close();
  }
}

const ensured = new Set<number>();

/**
 * Makes sure the dialogue's VideoRoom exists, private and behind its PIN. Rooms are created on
 * first use by whichever instance gets there; "already exists" is as good as created.
 */
export async function ensureSfuRoom(url: string, room: number, pin: string, description: string): Promise<void> {
  if (ensured.has(room)) return;
  await janusSession(url, async (call) => {
    const session = (await call({ janus: 'create' })).data!.id;
    const handle = (await call({ janus: 'attach', session_id: session, plugin: 'janus.plugin.videoroom' })).data!.id;
    const message = (body: Record<string, unknown>) =>
      call({ janus: 'message', session_id: session, handle_id: handle, body });
    const exists = await message({ request: 'exists', room });
    if (exists.plugindata?.data.exists !== true) {
      const created = await message({
        request: 'create',
        room,
        pin,
        description: description.slice(0, 100),
        is_private: true,
        publishers: 100,
        audiocodec: 'opus',
        videocodec: 'vp8',
        notify_joining: true,
      });
      const data = created.plugindata?.data ?? {};
      // 427: made meanwhile by another instance.
      if (data.videoroom !== 'created' && data.error_code !== 427)
        throw new Error(`Janus refused the room: ${JSON.stringify(data)}`);
    }
    await call({ janus: 'destroy', session_id: session });
  });
  ensured.add(room);
}
