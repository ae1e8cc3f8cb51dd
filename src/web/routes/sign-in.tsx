import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { api, ApiError } from '../api/client.ts';
import { Field, FormStatus, useErrorAt, useSubmission } from '../components/form.tsx';
import { ErrorNote } from '../components/status.tsx';
import { isUiLanguage } from '../../shared/i18n/translator.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useAsync } from '../components/use-async.ts';
import { useSession } from '../session.tsx';
import { zonedText } from '../components/zone-times.tsx';

/** Where to go after signing in: `?next=` when it is a path of this site (never another origin). */
function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t, lang } = useI18n();
  const { signIn, adopt } = useSession();
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
      navigate(nextPath());
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401
          ? t('auth.failed')
          : err instanceof ApiError && err.problem.code === 'too_many_attempts'
            ? t('auth.locked', {
                until: zonedText(
                  t,
                  String(err.problem.errors?.[0]?.params?.until ?? ''),
                  Intl.DateTimeFormat().resolvedOptions().timeZone,
                  lang,
                  { dateStyle: undefined },
                ),
              })
            : t('common.error', { message: (err as Error).message }),
      );
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
        <button className="button-primary" type="submit" disabled={busy}>
          {t('auth.signIn')}
        </button>
      </form>
      <p>
        <button
          className="button-secondary"
          type="button"
          disabled={busy}
          onClick={() => {
            setError(null);
            api.session.passkeySignIn().then(
              (u) => {
                adopt(u);
                navigate('/');
              },
              () => setError(t('auth.passkeyFailed')),
            );
          }}
        >
          {t('auth.passkey')}
        </button>
      </p>
      <p>
        <Link href="/forgot-password">{t('auth.forgot')}</Link>
      </p>
    </section>
  );
}

/** Opens the account an accepted invitation offers: with a password, or signed in at once to add a passkey. */
export function SetupAccountPage({ token }: { token: string }) {
  const { t } = useI18n();
  const { adopt } = useSession();
  const [, navigate] = useLocation();
  const info = useAsync(() => api.session.setupInfo(token), token);
  const { lang, setLang } = useI18n();
  // The page speaks the invitation's language from the start (the invitation page set it too).
  useEffect(() => {
    const wanted = info.data?.language;
    if (isUiLanguage(wanted) && wanted !== lang) setLang(wanted);
  }, [info.data?.language]);
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const [password, setPassword] = useState('');
  if (info.error)
    return (
      <section className="narrow">
        <h1>{t('setup.title')}</h1>
        <ErrorNote>{t('setup.refused')}</ErrorNote>
      </section>
    );
  if (!info.data) return null;
  const finish = (withPasskey: boolean) =>
    submission.run(async () => {
      const user = await api.session.setupAccount(token, withPasskey ? undefined : password);
      try {
        if (withPasskey) await api.session.addPasskey();
      } finally {
        // Signed in either way: the account exists now, with or without its passkey.
        adopt(user);
      }
      // The invitee lands on the dialogue they were invited to.
      navigate(info.data?.dialogueId ? `/dialogues/${info.data.dialogueId}` : '/');
    });
  return (
    <section className="narrow">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro', { email: info.data.email })}</p>
      {info.data.waitsForSecretariat && (
        <p className="note" role="note">
          {t('setup.waits', { name: info.data.name })}
        </p>
      )}
      <AuthForm onSubmit={() => void finish(false)} busy={submission.busy} submitLabel={t('setup.withPassword')}>
        <NewPasswordField value={password} onChange={setPassword} error={errorAt('password')} />
      </AuthForm>
      <p>
        <button className="button-secondary" type="button" disabled={submission.busy} onClick={() => void finish(true)}>
          {t('setup.withPasskey')}
        </button>
      </p>
      <FormStatus submission={submission} />
    </section>
  );
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  return (
    <section className="narrow">
      <h1>{t('auth.forgotTitle')}</h1>
      <AuthForm
        onSubmit={() =>
          void submission.run(async () => {
            await api.session.requestReset(email);
            setSent(true);
          })
        }
        busy={submission.busy}
        submitLabel={t('auth.sendReset')}
        after={
          <>
            {sent && <p role="status">{t('auth.resetSent')}</p>}
            <FormStatus submission={submission} />
          </>
        }
      >
        <Field label={t('auth.email')} error={errorAt('email')}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
      </AuthForm>
    </section>
  );
}

/** Sets a new password with the link from the e-mail. */
export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useI18n();
  const submission = useSubmission();
  const errorAt = useErrorAt(submission);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const refused =
    submission.error instanceof ApiError && (submission.error.status === 409 || submission.error.status === 404);
  return (
    <section className="narrow">
      <h1>{t('auth.resetTitle')}</h1>
      {done ? (
        <p role="status">
          {t('auth.resetDone')} <Link href="/sign-in">{t('auth.signIn')}</Link>
        </p>
      ) : (
        <AuthForm
          onSubmit={() =>
            void submission.run(async () => {
              await api.session.resetPassword(token, password);
              setDone(true);
            })
          }
          busy={submission.busy}
          submitLabel={t('auth.setPassword')}
          after={refused ? <ErrorNote>{t('auth.resetRefused')}</ErrorNote> : <FormStatus submission={submission} />}
        >
          <NewPasswordField value={password} onChange={setPassword} error={errorAt('password')} />
        </AuthForm>
      )}
    </section>
  );
}

/** A form of these pages: one write, one button, and what it answers below the button. */
function AuthForm({
  onSubmit,
  busy,
  submitLabel,
  after,
  children,
}: {
  onSubmit(): void;
  busy: boolean;
  submitLabel: string;
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <button className="button-primary" type="submit" disabled={busy}>
        {submitLabel}
      </button>
      {after}
    </form>
  );
}

/** A password the reader chooses: an account's first, or a new one from a reset link. */
function NewPasswordField({ value, onChange, error }: { value: string; onChange(v: string): void; error?: string }) {
  const { t } = useI18n();
  return (
    <Field label={t('auth.newPassword')} error={error}>
      {(props) => (
        <input
          {...props}
          type="password"
          autoComplete="new-password"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
