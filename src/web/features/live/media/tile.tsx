import { useEffect, useRef } from 'react';

/**
 * One person's picture and sound. The video element is always muted; sound plays through its own
 * audio element, so a listener's channel choice sets a volume without touching the picture.
 */
export function Tile({
  stream,
  label,
  speaking,
  self = false,
  showVideo,
  volume,
  className = '',
}: {
  stream: MediaStream;
  label: string;
  speaking: boolean;
  self?: boolean;
  showVideo: boolean;
  volume: number;
  className?: string;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const audio = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    if (video.current && video.current.srcObject !== stream) video.current.srcObject = stream;
    if (audio.current && audio.current.srcObject !== stream) audio.current.srcObject = stream;
  });
  useEffect(() => {
    if (audio.current) audio.current.volume = volume;
  }, [volume]);
  return (
    <figure
      className={`tile${speaking ? ' speaking' : ''}${className ? ` ${className}` : ''}`}
      data-speaking={speaking || undefined}
      aria-current={speaking || undefined}
    >
      {showVideo && <video ref={video} autoPlay playsInline muted />}
      {!self && <audio ref={audio} autoPlay data-volume={volume} />}
      <figcaption>{label}</figcaption>
    </figure>
  );
}
