import { Route, Switch } from 'wouter';
import { APP_ROUTES } from '../shared/app-routes.ts';
import { Layout } from './components/layout.tsx';
import { I18nProvider, useI18n } from './i18n/i18n-context.tsx';
import { DialoguePage } from './routes/dialogue-page.tsx';
import { LiveRoomPage } from './routes/live-room-page.tsx';
import { LiveProjectorPage } from './routes/live-projector-page.tsx';
import { ClearancePage } from './routes/clearance-page.tsx';
import { DialogueFormPage } from './features/dialogue-form.tsx';
import { DialoguesPage } from './routes/dialogues-list.tsx';
import { DirectoryPage } from './routes/directory-page.tsx';
import { ProvisionPage, ReferenceDocumentPage, ReferencesPage } from './routes/references-page.tsx';
import { OrganizationPage, PersonPage } from './routes/directory-entry.tsx';
import { ForgotPasswordPage, ResetPasswordPage, SetupAccountPage, SignInPage } from './routes/sign-in.tsx';
import { OrganizationFormPage } from './features/directory/organization-form.tsx';
import { PersonFormPage } from './features/directory/person-form.tsx';
import { DocumentFormPage } from './features/references/document-form.tsx';
import { OutboxPage } from './routes/outbox-page.tsx';
import { BindingsPage } from './routes/bindings-page.tsx';
import { UsersPage } from './routes/users-page.tsx';
import { AuditPage } from './routes/audit-page.tsx';
import { JobsPage } from './routes/jobs-page.tsx';
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
            <Route path={APP_ROUTES.dialogues}>
              <DialoguesPage />
            </Route>
            <Route path={APP_ROUTES.dialogueNew}>
              <DialogueFormPage />
            </Route>
            <Route path={APP_ROUTES.dialogueEdit}>{(p) => <DialogueFormPage id={p.id} />}</Route>
            <Route path={APP_ROUTES.liveRoom}>{(p) => <LiveRoomPage id={p.id} />}</Route>
            <Route path={APP_ROUTES.liveProjector}>{(p) => <LiveProjectorPage id={p.id} />}</Route>
            <Route path={APP_ROUTES.clearance}>{(p) => <ClearancePage id={p.id} />}</Route>
            <Route path={APP_ROUTES.dialogue}>{(p) => <DialoguePage id={p.id} />}</Route>
            <Route path={APP_ROUTES.signIn}>
              <SignInPage />
            </Route>
            <Route path={APP_ROUTES.forgotPassword}>
              <ForgotPasswordPage />
            </Route>
            <Route path={APP_ROUTES.resetPassword}>{(p) => <ResetPasswordPage token={p.token} />}</Route>
            <Route path={APP_ROUTES.account}>
              <AccountPage />
            </Route>
            <Route path={APP_ROUTES.outbox}>
              <OutboxPage />
            </Route>
            <Route path={APP_ROUTES.bindings}>
              <BindingsPage />
            </Route>
            <Route path={APP_ROUTES.users}>
              <UsersPage />
            </Route>
            <Route path={APP_ROUTES.audit}>
              <AuditPage />
            </Route>
            <Route path={APP_ROUTES.jobs}>
              <JobsPage />
            </Route>
            <Route path={APP_ROUTES.setupAccount}>{(p) => <SetupAccountPage token={p.token} />}</Route>
            <Route path={APP_ROUTES.search}>
              <SearchPage />
            </Route>
            <Route path={APP_ROUTES.directory}>
              <DirectoryPage />
            </Route>
            <Route path={APP_ROUTES.references}>
              <ReferencesPage />
            </Route>
            <Route path={APP_ROUTES.referenceNew}>
              <DocumentFormPage />
            </Route>
            <Route path={APP_ROUTES.referenceEdit}>{(p) => <DocumentFormPage id={p.id} />}</Route>
            <Route path={APP_ROUTES.organizationNew}>
              <OrganizationFormPage />
            </Route>
            <Route path={APP_ROUTES.organizationEdit}>{(p) => <OrganizationFormPage id={p.id} />}</Route>
            <Route path={APP_ROUTES.personNew}>
              <PersonFormPage />
            </Route>
            <Route path={APP_ROUTES.personEdit}>{(p) => <PersonFormPage id={p.id} />}</Route>
            <Route path={APP_ROUTES.referenceDocument}>{(p) => <ReferenceDocumentPage id={p.id} />}</Route>
            <Route path={APP_ROUTES.provision}>{(p) => <ProvisionPage documentId={p.id} provisionId={p.pid} />}</Route>
            <Route path={APP_ROUTES.organization}>{(p) => <OrganizationPage id={p.id} />}</Route>
            <Route path={APP_ROUTES.person}>{(p) => <PersonPage id={p.id} />}</Route>
            <Route path={APP_ROUTES.tracker}>
              <TrackerPage />
            </Route>
            <Route path={APP_ROUTES.trackerDocument}>{(p) => <TrackerPage documentId={p.id} />}</Route>
            <Route path={APP_ROUTES.action}>{(p) => <ActionPage id={p.id} />}</Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Layout>
      </SessionProvider>
    </I18nProvider>
  );
}
