import { Route, Switch } from 'wouter';
import { Layout } from './components/layout.tsx';
import { I18nProvider, useI18n } from './i18n/i18n-context.tsx';
import { DialoguePage } from './routes/dialogue-page.tsx';
import { LiveRoomPage } from './routes/live-room-page.tsx';
import { ClearancePage } from './routes/clearance-page.tsx';
import { DialogueFormPage } from './features/dialogue-form.tsx';
import { DialoguesPage } from './routes/dialogues-list.tsx';
import { DirectoryPage } from './routes/directory-page.tsx';
import { ProvisionPage, ReferenceDocumentPage, ReferencesPage } from './routes/references-page.tsx';
import { OrganizationPage, PersonPage } from './routes/directory-entry.tsx';
import { ForgotPasswordPage, ResetPasswordPage, SetupAccountPage, SignInPage } from './routes/sign-in.tsx';
import { OutboxPage } from './routes/outbox-page.tsx';
import { BindingsPage } from './routes/bindings-page.tsx';
import { UsersPage } from './routes/users-page.tsx';
import { SearchPage } from './routes/search-page.tsx';
import { SessionProvider } from './session.tsx';
import { TrackerPage } from './routes/tracker-page.tsx';
import { ActionPage } from './routes/action-page.tsx';
import { AccountPage } from './routes/account-page.tsx';

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('common.notFound')}</h1>
      <p>{t('page.notFound')}</p>
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Layout>
          <Switch>
            <Route path="/">
              <DialoguesPage />
            </Route>
            <Route path="/dialogues/new">
              <DialogueFormPage />
            </Route>
            <Route path="/dialogues/:id/edit">{(p) => <DialogueFormPage id={p.id} />}</Route>
            <Route path="/dialogues/:id/live">{(p) => <LiveRoomPage id={p.id} />}</Route>
            <Route path="/dialogues/:id/clearance">{(p) => <ClearancePage id={p.id} />}</Route>
            <Route path="/dialogues/:id">{(p) => <DialoguePage id={p.id} />}</Route>
            <Route path="/sign-in">
              <SignInPage />
            </Route>
            <Route path="/forgot-password">
              <ForgotPasswordPage />
            </Route>
            <Route path="/reset-password/:token">{(p) => <ResetPasswordPage token={p.token} />}</Route>
            <Route path="/account">
              <AccountPage />
            </Route>
            <Route path="/outbox">
              <OutboxPage />
            </Route>
            <Route path="/bindings">
              <BindingsPage />
            </Route>
            <Route path="/users">
              <UsersPage />
            </Route>
            <Route path="/setup-account/:token">{(p) => <SetupAccountPage token={p.token} />}</Route>
            <Route path="/search">
              <SearchPage />
            </Route>
            <Route path="/directory">
              <DirectoryPage />
            </Route>
            <Route path="/references">
              <ReferencesPage />
            </Route>
            <Route path="/references/:id">{(p) => <ReferenceDocumentPage id={p.id} />}</Route>
            <Route path="/references/:id/provisions/:pid">
              {(p) => <ProvisionPage documentId={p.id} provisionId={p.pid} />}
            </Route>
            <Route path="/directory/organizations/:id">{(p) => <OrganizationPage id={p.id} />}</Route>
            <Route path="/directory/people/:id">{(p) => <PersonPage id={p.id} />}</Route>
            <Route path="/tracker">
              <TrackerPage />
            </Route>
            <Route path="/tracker/:id">{(p) => <TrackerPage documentId={p.id} />}</Route>
            <Route path="/actions/:id">{(p) => <ActionPage id={p.id} />}</Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Layout>
      </SessionProvider>
    </I18nProvider>
  );
}
