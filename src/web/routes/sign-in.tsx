import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/client.ts';
import { ErrorNote } from '../components/status.tsx';
import { formatDateTime } from '../../shared/i18n/translate.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useSession } from '../session.tsx';

export function SignInPage() {
  const { t, lang } = useI18n();
  const { signIn } = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn({ email: String(form.get('email')), password: String(form.get('password')) });
      navigate('/');
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('auth.failed')
        : err instanceof ApiError && err.problem.code === 'too_many_attempts' ? t('auth.locked', { until: formatDateTime(String(err.problem.errors?.[0]?.params?.until ?? ''), Intl.DateTimeFormat().resolvedOptions().timeZone, lang, { dateStyle: undefined }) })
        : t('common.error', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('auth.signIn')}</h1>
      <form onSubmit={submit} className="stack" noValidate>
        <label>
          {t('auth.email')}
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label>
          {t('auth.password')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && <ErrorNote>{error}</ErrorNote>}
        <button type="submit" disabled={busy}>{t('auth.signIn')}</button>
      </form>
    </section>
  );
}
