import { useId } from 'react';
import type { MultiText } from '../../shared/multilingual.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { nativeLanguageName } from '../../shared/i18n/native-names.ts';

/** Languages content is written in, scripts included. */
export const CONTENT_LANGUAGES = ['ru', 'en', 'kk', 'kk-Latn', 'ky', 'tg', 'tk', 'uz', 'uz-Cyrl', 'zh'] as const;

export const emptyText = (original: string): MultiText => ({
  original,
  texts: { [original]: { text: '', checked: true } },
});

/**
 * Edits a multilingual field: the original and any translations, each translation marked when a
 * machine made it and when a person has checked it. Errors arrive by field path (`title.texts.ru.text`).
 */
export function MultiTextField({
  label,
  value,
  onChange,
  errorAt,
  path,
  long = false,
}: {
  label: string;
  value: MultiText;
  onChange(next: MultiText): void;
  errorAt(path: string): string | undefined;
  path: string;
  long?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const name = nativeLanguageName;
  const langs = Object.keys(value.texts);
  const others = langs.filter((l) => l !== value.original);
  const unused = CONTENT_LANGUAGES.filter((l) => !langs.includes(l));

  const setVersion = (l: string, change: Partial<MultiText['texts'][string]>) =>
    onChange({
      ...value,
      texts: { ...value.texts, [l]: { text: '', checked: false, ...value.texts[l], ...change } },
    });
  const setText = (l: string, text: string) => setVersion(l, { text });
  const setOriginal = (l: string) => {
    const texts = { ...value.texts };
    const current = texts[value.original];
    delete texts[value.original];
    onChange({ original: l, texts: { ...texts, [l]: { text: current?.text ?? '', checked: true } } });
  };
  const remove = (l: string) => {
    const texts = { ...value.texts };
    delete texts[l];
    onChange({ ...value, texts });
  };
  const Input = long ? 'textarea' : 'input';
  const fieldError = (l: string) => errorAt(`${path}.texts.${l}.text`);
  const whole = errorAt(path) && !langs.some((l) => fieldError(l)) ? errorAt(path) : undefined;

  return (
    <fieldset className="multitext" data-path={path}>
      <legend>{label}</legend>
      <div className="ml-row">
        <label htmlFor={`${id}-orig-lang`}>{t('form.originalLanguage')}</label>
        <select id={`${id}-orig-lang`} value={value.original} onChange={(e) => setOriginal(e.target.value)}>
          {CONTENT_LANGUAGES.filter((l) => l === value.original || !langs.includes(l)).map((l) => (
            <option key={l} value={l}>
              {name(l)}
            </option>
          ))}
        </select>
        <label
          htmlFor={`${id}-${value.original}`}
          className="visually-hidden"
        >{`${label} (${name(value.original)})`}</label>
        <Input
          id={`${id}-${value.original}`}
          lang={value.original}
          value={value.texts[value.original]?.text ?? ''}
          onChange={(e) => setText(value.original, e.target.value)}
          aria-invalid={fieldError(value.original) ? true : undefined}
          aria-describedby={fieldError(value.original) ? `${id}-${value.original}-error` : undefined}
          rows={long ? 4 : undefined}
        />
        {fieldError(value.original) && (
          <p id={`${id}-${value.original}-error`} className="field-error">
            {fieldError(value.original)}
          </p>
        )}
      </div>
      {others.map((l) => (
        <div key={l} className="ml-row ml-translation">
          <label htmlFor={`${id}-${l}`}>{`${t('form.translation')}: ${name(l)}`}</label>
          <Input
            id={`${id}-${l}`}
            lang={l}
            value={value.texts[l]?.text ?? ''}
            onChange={(e) => setText(l, e.target.value)}
            aria-invalid={fieldError(l) ? true : undefined}
            aria-describedby={fieldError(l) ? `${id}-${l}-error` : undefined}
            rows={long ? 3 : undefined}
          />
          {fieldError(l) && (
            <p id={`${id}-${l}-error`} className="field-error">
              {fieldError(l)}
            </p>
          )}
          <label className="check">
            <input
              type="checkbox"
              checked={value.texts[l]?.by === 'machine'}
              onChange={(e) => setVersion(l, { by: e.target.checked ? 'machine' : 'human' })}
            />
            {t('languages.machine')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={value.texts[l]?.checked ?? false}
              onChange={(e) => setVersion(l, { checked: e.target.checked })}
            />
            {t('form.checked')}
          </label>
          <button type="button" className="button-quiet" onClick={() => remove(l)}>
            {t('form.removeTranslation', { lang: name(l) })}
          </button>
        </div>
      ))}
      {unused.length > 0 && (
        <div className="ml-add">
          <label htmlFor={`${id}-add`}>{t('form.translationLanguage')}</label>
          <select
            id={`${id}-add`}
            defaultValue=""
            onChange={(e) => {
              if (e.target.value) {
                setText(e.target.value, '');
                e.target.value = '';
              }
            }}
          >
            <option value="">{t('form.addTranslation')}</option>
            {unused.map((l) => (
              <option key={l} value={l}>
                {name(l)}
              </option>
            ))}
          </select>
        </div>
      )}
      {whole && (
        <p className="field-error" role="alert">
          {whole}
        </p>
      )}
    </fieldset>
  );
}
