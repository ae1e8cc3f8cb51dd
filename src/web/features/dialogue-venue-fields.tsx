import type { DialogueCreate } from '../../shared/contracts/dialogues.ts';
import type { MultiText } from '../../shared/multilingual.ts';
import { emptyText, MultiTextField } from '../components/multi-text-field.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type Venue = NonNullable<DialogueCreate['venue']>;

const filled = (v: MultiText) => Object.values(v.texts).some((x) => x.text.trim());

/**
 * The dialogue's venue (city and place) and theme. The press release's dateline names the city, so an
 * empty city is an online meeting, never a city guessed from the time zone.
 */
export function VenueFields({
  venue,
  theme,
  original,
  onVenue,
  onTheme,
  errorAt,
}: {
  venue: DialogueCreate['venue'];
  theme: DialogueCreate['theme'];
  original: string;
  onVenue(next: Venue | null): void;
  onTheme(next: MultiText | null): void;
  errorAt(path: string): string | undefined;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="stack">
      <legend>{t('dialogue.venue')}</legend>
      <p className="muted">{t('dialogue.field.venueHint')}</p>
      <MultiTextField
        label={t('dialogue.field.venueCity')}
        value={venue?.city ?? emptyText(original)}
        onChange={(city) => onVenue(filled(city) ? { city, place: venue?.place ?? null } : null)}
        errorAt={errorAt}
        path="venue.city"
      />
      {venue && (
        <MultiTextField
          label={t('dialogue.field.venuePlace')}
          value={venue.place ?? emptyText(venue.city.original)}
          onChange={(place) => onVenue({ city: venue.city, place: filled(place) ? place : null })}
          errorAt={errorAt}
          path="venue.place"
        />
      )}
      <MultiTextField
        label={t('dialogue.field.theme')}
        value={theme ?? emptyText(original)}
        onChange={(v) => onTheme(filled(v) ? v : null)}
        errorAt={errorAt}
        path="theme"
      />
    </fieldset>
  );
}
