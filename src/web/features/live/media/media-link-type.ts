import type { MediaPeer } from '../../../../shared/live/room.ts';

/** This page's audio and video, whichever way they travel: remote streams by connection id. */
export interface MediaLink {
  readonly me: string;
  readonly remote: ReadonlyMap<string, MediaStream>;
  sync(peers: readonly MediaPeer[]): void;
  replaceVideo(track: MediaStreamTrack | null): Promise<void>;
  setAudioOnly(on: boolean): void;
  close(): void;
}
