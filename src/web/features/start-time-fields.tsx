import { instantToWallClock, zoneCity } from '../../shared/wall-clock.ts';
import { isMessageKey } from '../i18n/catalog.ts';
import { Field } from '../components/form.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A dialogue's time as the host's wall clock shows it: "10:00 in Astana" on one date. */
export interface WallClockDraft {
  date: string;
  startTime: string;
  endTime: string;
  zone: string;
}

export const wallClockDraft = (startsAt: string, endsAt: string, zone: string): WallClockDraft => {
  const start = instantToWallClock(startsAt, zone);
  return { date: start.date, startTime: start.time, endTime: instantToWallClock(endsAt, zone).time, zone };
};

/** The body's times: the server turns each into its instant in the zone (DST-correct). */
export const wallClockBody = (w: WallClockDraft) => ({
  startsAt: { date: w.date, time: w.startTime, zone: w.zone },
  endsAt: { date: w.date, time: w.endTime, zone: w.zone },
  hostZone: w.zone,
});

/** A zone named by its city in the reader's language ("Astana, Almaty"), else by the city in its name. */
export function useZoneLabel(): (zone: string) => string {
  const { t } = useI18n();
  return (zone) => {
    const key = `zone.${zone}`;
    return isMessageKey(key) ? t(key) : zoneCity(zone);
  };
}

/** Date, start and end on the host's clock, and the host's zone labelled by its city. */
export function StartTimeFields({
  value,
  zones,
  onChange,
  errorAt,
}: {
  value: WallClockDraft;
  zones: string[];
  onChange(next: WallClockDraft): void;
  errorAt(path: string): string | undefined;
}) {
  const { t } = useI18n();
  const label = useZoneLabel();
  const set = (patch: Partial<WallClockDraft>) => onChange({ ...value, ...patch });
  const choices = [...new Set([value.zone, ...zones])].sort((a, b) => label(a).localeCompare(label(b)));
  return (
    <>
      <Field
        label={t('dialogue.field.date')}
        error={errorAt('startsAt.date') ?? errorAt('endsAt.date')}
        path="startsAt.date endsAt.date"
      >
        {(p) => <input {...p} type="date" value={value.date} onChange={(e) => set({ date: e.target.value })} />}
      </Field>
      <Field
        label={t('dialogue.field.zoneCity')}
        error={errorAt('hostZone') ?? errorAt('startsAt.zone')}
        path="hostZone startsAt.zone endsAt.zone"
      >
        {(p) => (
          <select {...p} value={value.zone} onChange={(e) => set({ zone: e.target.value })}>
            {choices.map((z) => (
              <option key={z} value={z}>
                {label(z)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('dialogue.field.startTime')}
        error={errorAt('startsAt.time') ?? errorAt('startsAt')}
        path="startsAt"
      >
        {(p) => (
          <input {...p} type="time" value={value.startTime} onChange={(e) => set({ startTime: e.target.value })} />
        )}
      </Field>
      <Field label={t('dialogue.field.endTime')} error={errorAt('endsAt.time') ?? errorAt('endsAt')} path="endsAt">
        {(p) => <input {...p} type="time" value={value.endTime} onChange={(e) => set({ endTime: e.target.value })} />}
      </Field>
    </>
  );
}
