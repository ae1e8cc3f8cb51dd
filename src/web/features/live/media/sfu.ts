import type { MediaPeer } from '../../../../shared/live/room.ts';
import { JanusSession } from './janus-session.ts';
import type { MediaLink } from './media-link-type.ts';

interface SfuRoom {
  url: string;
  room: number;
  pin: string | null;
  token: string | null;
  iceServers: RTCIceServer[];
}
interface Feed {
  id: number;
  display: string;
}
interface Subscription {
  handle: number;
  pc: RTCPeerConnection;
  display: string;
}

/**
 * Audio and video through the Janus VideoRoom: this page joins with its connection's own token,
 * publishes one stream, and subscribes to each other publisher under its publisher's private id. Publishers are named by their live connection id, so the room's media list
 * and Janus's feeds meet. An interpreter is an audio-only publisher like any other; listeners choose
 * by volume which channel they hear.
 */
export class Sfu implements MediaLink {
  readonly remote = new Map<string, MediaStream>();
  private session: JanusSession | null = null;
  private publisher: { handle: number; pc: RTCPeerConnection } | null = null;
  private readonly feeds = new Map<number, Subscription>();
  /** Janus's private id for this page's publisher: the room lets only its own participants subscribe. */
  private privateId: number | null = null;
  private closed = false;

  constructor(
    private readonly room: SfuRoom,
    private readonly local: MediaStream,
    readonly me: string,
    private readonly onChange: () => void,
    onError: (err: Error) => void,
  ) {
    this.start().catch((err: Error) => {
      if (!this.closed) onError(err);
    });
  }

  private get pin() {
    return this.room.pin ? { pin: this.room.pin } : {};
  }

  private async start(): Promise<void> {
    const session = await JanusSession.open(this.room.url);
    if (this.closed) return session.close();
    this.session = session;
    const handle = await session.attach((data) => this.onRoomEvent(data));
    const joined = await session.message(handle, {
      request: 'join',
      ptype: 'publisher',
      room: this.room.room,
      display: this.me,
      ...this.pin,
      ...(this.room.token ? { token: this.room.token } : {}),
    });
    this.privateId = typeof joined.data.private_id === 'number' ? joined.data.private_id : null;
    const pc = new RTCPeerConnection({ iceServers: this.room.iceServers });
    this.publisher = { handle, pc };
    for (const track of this.local.getTracks())
      pc.addTransceiver(track, { direction: 'sendonly', streams: [this.local] });
    pc.onicecandidate = ({ candidate }) => session.trickle(handle, candidate?.toJSON() ?? null);
    await pc.setLocalDescription(await pc.createOffer());
    const answer = await session.message(
      handle,
      { request: 'publish', audio: true, video: this.local.getVideoTracks().length > 0 },
      pc.localDescription!.toJSON() as RTCSessionDescriptionInit,
    );
    if (answer.jsep) await pc.setRemoteDescription(answer.jsep);
    for (const feed of (joined.data.publishers ?? []) as Feed[]) void this.subscribe(feed);
  }

  private onRoomEvent(data: Record<string, unknown>): void {
    for (const feed of (data.publishers ?? []) as Feed[]) void this.subscribe(feed);
    for (const gone of [data.unpublished, data.leaving]) if (typeof gone === 'number') this.unsubscribe(gone);
  }

  private async subscribe(feed: Feed): Promise<void> {
    const session = this.session;
    if (!session || this.closed || feed.display === this.me || this.feeds.has(feed.id)) return;
    const pc = new RTCPeerConnection({ iceServers: this.room.iceServers });
    const handle = await session.attach(() => undefined);
    this.feeds.set(feed.id, { handle, pc, display: feed.display });
    pc.onicecandidate = ({ candidate }) => session.trickle(handle, candidate?.toJSON() ?? null);
    pc.ontrack = ({ track }) => {
      const stream = this.remote.get(feed.display) ?? new MediaStream();
      stream.addTrack(track);
      this.remote.set(feed.display, stream);
      this.onChange();
    };
    const offer = await session.message(handle, {
      request: 'join',
      ptype: 'subscriber',
      room: this.room.room,
      streams: [{ feed: feed.id }],
      ...(this.privateId === null ? {} : { private_id: this.privateId }),
      ...this.pin,
    });
    await pc.setRemoteDescription(offer.jsep!);
    await pc.setLocalDescription(await pc.createAnswer());
    await session.message(handle, { request: 'start' }, pc.localDescription!.toJSON() as RTCSessionDescriptionInit);
  }

  private unsubscribe(feedId: number): void {
    const sub = this.feeds.get(feedId);
    if (!sub) return;
    sub.pc.close();
    this.feeds.delete(feedId);
    this.remote.delete(sub.display);
    this.onChange();
  }

  /** Janus tells who publishes; the room's media list adds nothing here. */
  sync(_peers: readonly MediaPeer[]): void {}

  async replaceVideo(track: MediaStreamTrack | null): Promise<void> {
    await Promise.all(
      (this.publisher?.pc.getSenders() ?? [])
        .filter((s) => s.track?.kind === 'video' || s.track === null)
        .map((s) => s.replaceTrack(track)),
    );
  }

  /** Low bandwidth: ask Janus to stop sending this page video, and send none. */
  setAudioOnly(on: boolean): void {
    const session = this.session;
    if (!session) return;
    for (const sub of this.feeds.values()) {
      const mids = sub.pc
        .getTransceivers()
        .filter((t) => t.receiver.track.kind === 'video' && t.mid !== null)
        .map((t) => t.mid!);
      if (mids.length > 0)
        void session
          .message(sub.handle, { request: 'configure', streams: mids.map((mid) => ({ mid, send: !on })) })
          .catch(() => undefined);
    }
    void this.replaceVideo(on ? null : (this.local.getVideoTracks()[0] ?? null));
  }

  close(): void {
    this.closed = true;
    for (const id of [...this.feeds.keys()]) this.unsubscribe(id);
    this.publisher?.pc.close();
    this.session?.close();
  }
}
