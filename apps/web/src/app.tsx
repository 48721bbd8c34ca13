import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { I18nProvider, languageOf, useI18n, type Language } from './i18n';
import { AcceptInvitationPage, ForgotPasswordPage, ResetPasswordPage } from './pages/account';
import { MaterialsPage } from './pages/materials';
import { ProgrammesPage } from './pages/programmes';
import { SchedulePage } from './pages/schedule';
import { SettingsPage } from './pages/settings';
import { SignInPage } from './pages/sign-in';
import { SurveyPage } from './pages/survey';
import { VerifyPage } from './pages/verify';
// ---- trainee pages ----
import { CertificatesPage } from './pages/certificates';
import { CheckInPage, CheckInTodayPage } from './pages/check-in';
import { MySurveyPage, MySurveysPage } from './pages/my-surveys';
import { ReportStagePage, ReportsPage } from './pages/reports';
import { AttemptPage, TestsPage } from './pages/tests';
import { Link, match, RouterProvider, useRouter } from './router';
import { SessionProvider, useSession } from './session';

const LANGUAGE_KEY = 'kenshu.language';

// ---- instructor ----
// Staff pages load on demand: they do not weigh on a trainee's first load.
const TeachingPage = lazy(() => import('./pages/teaching').then((m) => ({ default: m.TeachingPage })));
const AttendancePage = lazy(() => import('./pages/attendance').then((m) => ({ default: m.AttendancePage })));
const ContentPage = lazy(() => import('./pages/content').then((m) => ({ default: m.ContentPage })));
const GradingReportsPage = lazy(() => import('./pages/grading').then((m) => ({ default: m.ReportsPage })));
const GradingPage = lazy(() => import('./pages/grading').then((m) => ({ default: m.GradingPage })));

/** The instructor's pages at `path`, or null. */
function instructorPage(path: string): ReactNode {
  if (path === '/teaching') return <TeachingPage />;
  const attendance = match('/teaching/sessions/:id', path);
  if (attendance) return <AttendancePage sessionId={attendance.id} />;
  const content = match('/teaching/programmes/:id/materials', path);
  if (content) return <ContentPage programmeId={content.id} />;
  const reports = match('/teaching/programmes/:id/reports', path);
  if (reports) return <GradingReportsPage programmeId={reports.id} />;
  const grading = match('/teaching/reports/:stage/:user', path);
  if (grading) return <GradingPage stageId={grading.stage} userId={grading.user} />;
  return null;
}

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{children}</Suspense>;
}
// ---- end instructor ----

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
const DeliveriesPage = lazy(() =>
  import('./pages/staff/deliveries').then((m) => ({ default: m.DeliveriesPage })),
);
const ProgrammeNewPage = lazy(() =>
  import('./pages/staff/programme-new').then((m) => ({ default: m.ProgrammeNewPage })),
);
const ProgrammeEditPage = lazy(() =>
  import('./pages/staff/programme-new').then((m) => ({ default: m.ProgrammeEditPage })),
);
const isCoordinator = (roles: readonly string[]): boolean =>
  roles.includes('coordinator') || roles.includes('admin');

/** The coordinator's pages at `path`, or null. */
function coordinatorPage(path: string): ReactNode {
  if (path === '/menu') return <MenuPage />;
  if (path === '/manage') return <ManagePage />;
  if (path === '/programmes/new') return <ProgrammeNewPage />;
  const edit = match('/programmes/:id/edit', path);
  if (edit) return <ProgrammeEditPage programmeId={edit.id} />;
  const dashboard = match('/programmes/:id/dashboard', path);
  if (dashboard) return <DashboardPage programmeId={dashboard.id} />;
  const sessions = match('/programmes/:id/sessions', path);
  if (sessions) return <SessionsPage programmeId={sessions.id} />;
  const deliveries = match('/programmes/:id/deliveries', path);
  if (deliveries) return <DeliveriesPage programmeId={deliveries.id} />;
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
  const instructor = instructorPage(path);
  if (instructor) return <Lazy>{instructor}</Lazy>;
  const materials = match('/programmes/:id/materials', path);
  if (materials) return <MaterialsPage programmeId={materials.id} />;
  if (path === '/schedule') return <SchedulePage />;
  if (path === '/settings') return <SettingsPage />;
  // ---- trainee pages ----
  if (path === '/check-in') return <CheckInTodayPage />;
  const checkIn = match('/check-in/:sessionId', path);
  if (checkIn) return <CheckInPage sessionId={checkIn.sessionId} />;
  if (path === '/certificates') return <CertificatesPage />;
  if (path === '/surveys') return <MySurveysPage />;
  const survey = match('/surveys/:id', path);
  if (survey) return <MySurveyPage surveyId={survey.id} />;
  const tests = match('/programmes/:id/tests', path);
  if (tests) return <TestsPage programmeId={tests.id} />;
  const attempt = match('/attempts/:id', path);
  if (attempt) return <AttemptPage attemptId={attempt.id} />;
  const reports = match('/programmes/:id/reports', path);
  if (reports) return <ReportsPage programmeId={reports.id} />;
  const stage = match('/report-stages/:id', path);
  if (stage) return <ReportStagePage stageId={stage.id} />;
  return <ProgrammesPage />;
}

/** The pages anyone may open without signing in (links in emails and on certificates), or null. */
function publicPage(path: string): ReactNode {
  const survey = match('/survey/:token', path);
  if (survey) return <SurveyPage token={survey.token} />;
  const verify = match('/verify/:code', path);
  if (verify) return <VerifyPage code={verify.code} />;
  if (path === '/accept-invitation') return <AcceptInvitationPage />;
  if (path === '/reset-password') return <ResetPasswordPage />;
  if (path === '/forgot-password') return <ForgotPasswordPage />;
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
              {user.roles.includes('instructor') && (
                <li>
                  <Link href="/teaching">{t('nav.teaching')}</Link>
                </li>
              )}
              {/* ---- trainee pages ---- */}
              <li>
                <Link href="/check-in">{t('nav.checkIn')}</Link>
              </li>
              <li>
                <Link href="/surveys">{t('nav.surveys')}</Link>
              </li>
              <li>
                <Link href="/certificates">{t('nav.certificates')}</Link>
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
