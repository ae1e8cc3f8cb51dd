import { sfuFeedOf, type SfuSeat } from '../../../../shared/live/messages.ts';
import type { MediaPeer } from '../../../../shared/live/room.ts';
import { JanusSession } from './janus-session.ts';
import type { MediaLink } from './media-link-type.ts';

interface SfuRoom {
  url: string;
  room: number;
  pin: string | null;
  iceServers: RTCIceServer[];
}
interface Feed {
  id: number;
  display?: string;
}

/** A feed is who its display name says only when its id is that connection's: a renamed publisher is no one. */
const genuine = (feed: Feed): feed is Required<Feed> =>
  typeof feed.display === 'string' && sfuFeedOf(feed.display) === feed.id;
interface Subscription {
  handle: number;
  pc: RTCPeerConnection;
  display: string;
}

/**
 * Audio and video through the Janus VideoRoom: this page takes over the seat the server made for its
 * connection (a session with a publisher already in the room under the connection's name), publishes
 * one stream there, and subscribes to each other publisher under its publisher's private id.
 * Publishers are named by their live connection id, so the room's media list and Janus's feeds meet;
 * a feed whose id is not its name's is not shown. An interpreter is an audio-only publisher like any
 * other; listeners choose by volume which channel they hear.
 */
export class Sfu implements MediaLink {
  readonly remote = new Map<string, MediaStream>();
  private session: JanusSession | null = null;
  private publisher: { handle: number; pc: RTCPeerConnection } | null = null;
  private readonly feeds = new Map<number, Subscription>();
  /** Janus's private id for this page's publisher: the room lets only its own participants subscribe. */
  private privateId: number | null = null;
  private feed: number | null = null;
  private closed = false;

  constructor(
    private readonly room: SfuRoom,
    /** The seat the server answers `media.join` with. */
    private readonly seat: Promise<SfuSeat | undefined>,
    private readonly local: MediaStream,
    readonly me: string,
    private readonly onChange: () => void,
    onError: (err: Error) => void,
    private readonly onRoomGone: () => void,
  ) {
    this.start().catch((err: Error) => {
      if (this.closed) return;
      // Rebuilt while this seat was being taken (426: no such room): another seat, in the room made again.
      if (/No such room/.test(err.message)) {
        this.closed = true;
        onRoomGone();
      } else onError(err);
    });
  }

  private get pin() {
    return this.room.pin ? { pin: this.room.pin } : {};
  }

  private async start(): Promise<void> {
    const seat = await this.seat;
    if (!seat) throw new Error('the SFU gave this page no seat');
    const session = await JanusSession.claim(this.room.url, seat.session);
    if (this.closed) return session.close();
    this.session = session;
    const handle = seat.handle;
    this.privateId = seat.privateId;
    this.feed = seat.feed;
    session.listen(handle, (data) => this.onRoomEvent(data));
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
    // Publishers that came before the claim told the server's connection, not this one: ask.
    const list = await session.message(handle, { request: 'listparticipants', room: this.room.room });
    for (const p of (list.data.participants ?? []) as (Feed & { publisher?: boolean })[])
      if (p.publisher) void this.subscribe(p);
  }

  private onRoomEvent(data: Record<string, unknown>): void {
    // The server rebuilt the room (someone's right to it ended): a new seat, in the room made again.
    if (data.videoroom === 'destroyed') {
      if (!this.closed) this.onRoomGone();
      this.closed = true;
      return;
    }
    for (const feed of (data.publishers ?? []) as Feed[]) void this.subscribe(feed);
    for (const gone of [data.unpublished, data.leaving, data.kicked])
      if (typeof gone === 'number') this.unsubscribe(gone);
    // A publisher renamed itself: under another connection's name it is no one.
    if (
      typeof data.id === 'number' &&
      typeof data.display === 'string' &&
      !genuine({ id: data.id, display: data.display })
    )
      this.unsubscribe(data.id);
  }

  private async subscribe(feed: Feed): Promise<void> {
    const session = this.session;
    if (!session || this.closed || feed.id === this.feed || !genuine(feed) || this.feeds.has(feed.id)) return;
    const pc = new RTCPeerConnection({ iceServers: this.room.iceServers });
    // Taken before the first await: the room's list and its events may name the same feed at once.
    const sub: Subscription = { handle: 0, pc, display: feed.display };
    this.feeds.set(feed.id, sub);
    const handle = (sub.handle = await session.attach());
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
