import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { I18nProvider, languageOf, useI18n, type Language } from './i18n';
import { MaterialsPage } from './pages/materials';
import { ProgrammesPage } from './pages/programmes';
import { SchedulePage } from './pages/schedule';
import { SettingsPage } from './pages/settings';
import { SignInPage } from './pages/sign-in';
import { SurveyPage } from './pages/survey';
import { VerifyPage } from './pages/verify';
import { Link, match, RouterProvider, useRouter } from './router';
import { SessionProvider, useSession } from './session';

const LANGUAGE_KEY = 'kenshu.language';

// ---- coordinator pages ---- (loaded on demand: they do not weigh on a trainee's first load)
const MenuPage = lazy(() => import('./pages/staff/menu').then((m) => ({ default: m.MenuPage })));
const EnrolmentImportPage = lazy(() =>
  import('./pages/staff/enrolment-import').then((m) => ({ default: m.EnrolmentImportPage })),
);
const ManagePage = lazy(() => import('./pages/staff/manage').then((m) => ({ default: m.ManagePage })));
const DashboardPage = lazy(() =>
  import('./pages/staff/dashboard').then((m) => ({ default: m.DashboardPage })),
);
const SessionsPage = lazy(() => import('./pages/staff/sessions').then((m) => ({ default: m.SessionsPage })));
const isCoordinator = (roles: readonly string[]): boolean =>
  roles.includes('coordinator') || roles.includes('admin');

/** The coordinator's pages at `path`, or null. */
function coordinatorPage(path: string): ReactNode {
  if (path === '/menu') return <MenuPage />;
  if (path === '/manage') return <ManagePage />;
  const dashboard = match('/programmes/:id/dashboard', path);
  if (dashboard) return <DashboardPage programmeId={dashboard.id} />;
  const sessions = match('/programmes/:id/sessions', path);
  if (sessions) return <SessionsPage programmeId={sessions.id} />;
  const enrolments = match('/programmes/:id/enrolments/import', path);
  if (enrolments) return <EnrolmentImportPage programmeId={enrolments.id} />;
  return null;
}

function CoordinatorRoutes({ path }: { path: string }) {
  const { t } = useI18n();
  const page = coordinatorPage(path);
  return page ? <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{page}</Suspense> : null;
}
// ---- end of coordinator pages ----

function Routes() {
  const { path } = useRouter();
  const { user } = useSession();
  if (user && isCoordinator(user.roles) && coordinatorPage(path)) return <CoordinatorRoutes path={path} />;
  const materials = match('/programmes/:id/materials', path);
  if (materials) return <MaterialsPage programmeId={materials.id} />;
  if (path === '/schedule') return <SchedulePage />;
  if (path === '/settings') return <SettingsPage />;
  return <ProgrammesPage />;
}

/** The pages anyone may open without signing in (links in emails and on certificates), or null. */
function publicPage(path: string): ReactNode {
  const survey = match('/survey/:token', path);
  if (survey) return <SurveyPage token={survey.token} />;
  const verify = match('/verify/:code', path);
  if (verify) return <VerifyPage code={verify.code} />;
  return null;
}

function Shell({ onLanguage }: { onLanguage: (language: Language) => void }) {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const { path } = useRouter();
  const open = publicPage(path);
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header>
        <p className="brand">{t('app.name')}</p>
        {user && (
          <nav aria-label={t('nav.label')}>
            <ul>
              <li>
                <Link href="/">{t('nav.programmes')}</Link>
              </li>
              <li>
                <Link href="/schedule">{t('nav.schedule')}</Link>
              </li>
              {isCoordinator(user.roles) && (
                <li>
                  <Link href="/manage">{t('nav.manage')}</Link>
                </li>
              )}
              <li>
                <Link href="/settings">{t('nav.settings')}</Link>
              </li>
              <li>
                <button type="button" className="link" onClick={() => void signOut()}>
                  {t('nav.signOut')}
                </button>
              </li>
            </ul>
          </nav>
        )}
      </header>
      <main id="main">
        {open ? (
          open
        ) : user === undefined ? (
          <p role="status">{t('app.loading')}</p>
        ) : user ? (
          <Routes />
        ) : (
          <SignInPage onLanguage={onLanguage} />
        )}
      </main>
    </>
  );
}

/** The language: the signed-in user's own, else the one picked on the sign-in page, else the browser's. */
function WithLanguage() {
  const { user } = useSession();
  const [chosen, setChosen] = useState<Language>(
    () =>
      (localStorage.getItem(LANGUAGE_KEY) as Language | null) ?? languageOf(globalThis.navigator?.language),
  );
  const language = user ? languageOf(user.locale) : chosen;
  useEffect(() => void (document.documentElement.lang = language), [language]);
  const choose = (next: Language) => {
    localStorage.setItem(LANGUAGE_KEY, next);
    setChosen(next);
  };
  return (
    <I18nProvider language={language}>
      <Shell onLanguage={choose} />
    </I18nProvider>
  );
}

export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <WithLanguage />
      </SessionProvider>
    </RouterProvider>
  );
}
