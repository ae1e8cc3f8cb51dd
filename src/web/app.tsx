import { Route, Switch } from 'wouter';
import { APP_ROUTES } from '../shared/app-routes.ts';
import { Layout } from './components/layout.tsx';
import { I18nProvider, useI18n } from './i18n/i18n-context.tsx';
import { DialoguePage } from './routes/dialogue-page.tsx';
import { DialoguesPage } from './routes/dialogues-list.tsx';
import { SessionProvider } from './session.tsx';
import { lazyPage } from './components/lazy-page.tsx';
import type { CompiledCatalog } from '../shared/i18n/translator.ts';

// Pages other than the list and a dialogue's page load when first opened.
const LiveRoomPage = lazyPage(() => import('./routes/live-room-page.tsx'), 'LiveRoomPage');
const LiveProjectorPage = lazyPage(() => import('./routes/live-projector-page.tsx'), 'LiveProjectorPage');
const ClearancePage = lazyPage(() => import('./routes/clearance-page.tsx'), 'ClearancePage');
const DialogueFormPage = lazyPage(() => import('./features/dialogue-form.tsx'), 'DialogueFormPage');
const DirectoryPage = lazyPage(() => import('./routes/directory-page.tsx'), 'DirectoryPage');
const ProvisionPage = lazyPage(() => import('./routes/references-page.tsx'), 'ProvisionPage');
const ReferenceDocumentPage = lazyPage(() => import('./routes/references-page.tsx'), 'ReferenceDocumentPage');
const ReferencesPage = lazyPage(() => import('./routes/references-page.tsx'), 'ReferencesPage');
const OrganizationPage = lazyPage(() => import('./routes/directory-entry.tsx'), 'OrganizationPage');
const PersonPage = lazyPage(() => import('./routes/directory-entry.tsx'), 'PersonPage');
const ForgotPasswordPage = lazyPage(() => import('./routes/sign-in.tsx'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('./routes/sign-in.tsx'), 'ResetPasswordPage');
const SetupAccountPage = lazyPage(() => import('./routes/sign-in.tsx'), 'SetupAccountPage');
const SignInPage = lazyPage(() => import('./routes/sign-in.tsx'), 'SignInPage');
const OrganizationFormPage = lazyPage(
  () => import('./features/directory/organization-form.tsx'),
  'OrganizationFormPage',
);
const PersonFormPage = lazyPage(() => import('./features/directory/person-form.tsx'), 'PersonFormPage');
const DocumentFormPage = lazyPage(() => import('./features/references/document-form.tsx'), 'DocumentFormPage');
const OutboxPage = lazyPage(() => import('./routes/outbox-page.tsx'), 'OutboxPage');
const BindingsPage = lazyPage(() => import('./routes/bindings-page.tsx'), 'BindingsPage');
const UsersPage = lazyPage(() => import('./routes/users-page.tsx'), 'UsersPage');
const AuditPage = lazyPage(() => import('./routes/audit-page.tsx'), 'AuditPage');
const JobsPage = lazyPage(() => import('./routes/jobs-page.tsx'), 'JobsPage');
const SearchPage = lazyPage(() => import('./routes/search-page.tsx'), 'SearchPage');
const TrackerPage = lazyPage(() => import('./routes/tracker-page.tsx'), 'TrackerPage');
const ActionPage = lazyPage(() => import('./routes/action-page.tsx'), 'ActionPage');
const AccountPage = lazyPage(() => import('./routes/account-page.tsx'), 'AccountPage');

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('common.notFound')}</h1>
      <p>{t('page.notFound')}</p>
    </>
  );
}

export function App({ catalog }: { catalog: CompiledCatalog }) {
  return (
    <I18nProvider initial={catalog}>
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
