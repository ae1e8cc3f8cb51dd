import type { MultiText as MultiTextValue } from '../../shared/multilingual.ts';
import { localize } from '../../shared/multilingual.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A multilingual field in the reader's language, or its original with a badge saying so. */
export function MultiText({
  value,
  as: Tag = 'span',
}: {
  value: MultiTextValue | null | undefined;
  as?: 'span' | 'p' | 'blockquote';
}) {
  const { prefer, t } = useI18n();
  if (!value) return null;
  const shown = localize(value, prefer);
  return (
    <>
      <Tag lang={shown.lang}>{shown.text}</Tag>
      {shown.fallback && (
        <span className="badge badge-lang" title={t('common.untranslated')}>
          {t('common.originalBadge', { lang: shown.lang })}
        </span>
      )}
    </>
  );
}

/** The same, as a plain string (for attributes, options and sorting). */
export function useText(): (value: MultiTextValue | null | undefined) => string {
  const { prefer } = useI18n();
  return (value) => (value ? localize(value, prefer).text : '');
}
