import type { SignalData } from '../../../../shared/live/messages.ts';
import type { MediaPeer } from '../../../../shared/live/room.ts';
import type { LiveConnection } from '../live-connection.ts';

interface Peer {
  pc: RTCPeerConnection;
  /** The polite side yields when both offer at once ("perfect negotiation"). */
  polite: boolean;
  makingOffer: boolean;
  ignoreOffer: boolean;
}

/**
 * Audio and video for a small room: every connection in the media talks to every other, with
 * signalling over the live channel. Of two peers, the one with the smaller connection id calls;
 * the other answers, adding its tracks to the transceivers the offer made, so the first exchange
 * has no glare. Later renegotiations (audio only, for one) may cross: politeness settles those.
 */
export class Mesh {
  readonly remote = new Map<string, MediaStream>();
  private readonly peers = new Map<string, Peer>();
  private audioOnly = false;

  constructor(
    private readonly conn: LiveConnection,
    private readonly local: MediaStream,
    private readonly iceServers: RTCIceServer[],
    /** This connection's id: peers compare ids to know which of two is polite. */
    readonly me: string,
    private readonly onChange: () => void,
  ) {
    conn.onSignal = this.handler;
  }

  private readonly handler = (from: string, data: SignalData) =>
    void this.receive(from, data).catch((err: unknown) => console.warn('signal', err));

  /** Connects to every media peer not yet connected, and lets go of those that left. */
  sync(peers: readonly MediaPeer[]): void {
    const wanted = new Set(peers.map((p) => p.connectionId).filter((id) => id !== this.me));
    for (const id of wanted) if (!this.peers.has(id) && this.me < id) this.connect(id, true);
    for (const id of [...this.peers.keys()]) if (!wanted.has(id)) this.drop(id);
  }

  /** Sends another video track (the screen, or the camera again) to every peer without renegotiating. */
  async replaceVideo(track: MediaStreamTrack | null): Promise<void> {
    await Promise.all(
      [...this.peers.values()].flatMap(({ pc }) =>
        pc
          .getSenders()
          .filter((s) => s.track?.kind === 'video' || (s.track === null && track?.kind === 'video'))
          .map((s) => s.replaceTrack(track)),
      ),
    );
  }

  /** Low bandwidth: no video in either direction; the peers renegotiate. */
  setAudioOnly(on: boolean): void {
    this.audioOnly = on;
    for (const { pc } of this.peers.values()) this.applyAudioOnly(pc);
  }

  close(): void {
    for (const id of [...this.peers.keys()]) this.drop(id);
    if (this.conn.onSignal === this.handler) this.conn.onSignal = null;
  }

  private applyAudioOnly(pc: RTCPeerConnection): void {
    for (const t of pc.getTransceivers()) {
      if (t.receiver.track.kind === 'video' && t.currentDirection !== 'stopped')
        t.direction = this.audioOnly ? 'inactive' : 'sendrecv';
    }
  }

  private connect(id: string, calling: boolean): Peer {
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    const peer: Peer = { pc, polite: this.me > id, makingOffer: false, ignoreOffer: false };
    this.peers.set(id, peer);
    if (calling) this.addTracks(pc);
    pc.onnegotiationneeded = async () => {
      try {
        peer.makingOffer = true;
        await pc.setLocalDescription();
        this.sendDescription(id, pc);
      } catch (err) {
        console.warn('offer', err);
      } finally {
        peer.makingOffer = false;
      }
    };
    pc.onicecandidate = ({ candidate }) => {
      const c = candidate?.toJSON();
      this.conn.signal(id, {
        candidate: c
          ? {
              candidate: c.candidate ?? '',
              sdpMid: c.sdpMid ?? null,
              sdpMLineIndex: c.sdpMLineIndex ?? null,
              usernameFragment: c.usernameFragment ?? null,
            }
          : null,
      });
    };
    pc.ontrack = ({ track, streams }) => {
      const stream = streams[0] ?? this.remote.get(id) ?? new MediaStream();
      if (!stream.getTracks().includes(track)) stream.addTrack(track);
      this.remote.set(id, stream);
      this.onChange();
    };
    pc.onconnectionstatechange = () => this.onChange();
    return peer;
  }

  private addTracks(pc: RTCPeerConnection): void {
    for (const track of this.local.getTracks()) pc.addTrack(track, this.local);
    this.applyAudioOnly(pc);
  }

  private sendDescription(id: string, pc: RTCPeerConnection): void {
    const d = pc.localDescription;
    if (d) this.conn.signal(id, { description: { type: d.type, sdp: d.sdp } });
  }

  private async receive(from: string, data: SignalData): Promise<void> {
    // The answering side meets its caller here, often before the event that announces it.
    const known = this.peers.get(from);
    if (!known && !('description' in data && data.description.type === 'offer')) return;
    const peer = known ?? this.connect(from, false);
    const { pc } = peer;
    if ('description' in data) {
      const description = data.description;
      const collision = description.type === 'offer' && (peer.makingOffer || pc.signalingState !== 'stable');
      peer.ignoreOffer = !peer.polite && collision;
      if (peer.ignoreOffer) return;
      await pc.setRemoteDescription(description);
      // Answering a first offer: the tracks go onto the transceivers it made.
      if (!known) this.addTracks(pc);
      if (description.type === 'offer') {
        await pc.setLocalDescription();
        this.sendDescription(from, pc);
      }
      return;
    }
    try {
      await pc.addIceCandidate(data.candidate ?? undefined);
    } catch (err) {
      if (!peer.ignoreOffer) throw err;
    }
  }

  private drop(id: string): void {
    this.peers.get(id)?.pc.close();
    this.peers.delete(id);
    this.remote.delete(id);
    this.onChange();
  }
}
