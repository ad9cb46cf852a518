import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { useKnownAccount } from './api/use-session';
import { AppShell } from './layout/app-shell';
import { AuthGate } from './layout/auth-gate';
import { LoadingScreen } from './screens/gate-states';
import { HelpScreen } from './screens/help-screen';
import { HomeScreen } from './screens/home-screen';
import { SafetyPlanScreen } from './screens/safety-plan/safety-plan-screen';

/**
 * Screens loaded when first opened, so the first visit downloads only what the start screen,
 * help and the safety plan need. Help and the plan are never lazy: a tap on "I need help now"
 * must not wait for a download. (Offline, the service worker has every chunk.)
 */
const later = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const LogScreen = later(() => import('./screens/log-screen'), 'LogScreen');
const HistoryScreen = later(() => import('./screens/history-screen'), 'HistoryScreen');
const MomentScreen = later(() => import('./screens/moment-screen'), 'MomentScreen');
const InsightsScreen = later(() => import('./screens/insights-screen'), 'InsightsScreen');
const ToolkitScreen = later(() => import('./screens/toolkit-screen'), 'ToolkitScreen');
const NewSkillScreen = later(() => import('./screens/new-skill-screen'), 'NewSkillScreen');
const SkillScreen = later(() => import('./screens/skill-screen'), 'SkillScreen');
const PracticeListScreen = later(() => import('./screens/practice/practice-list-screen'), 'PracticeListScreen');
const PracticeRunnerScreen = later(() => import('./screens/practice/practice-runner-screen'), 'PracticeRunnerScreen');
const PracticeDoneScreen = later(() => import('./screens/practice/practice-done-screen'), 'PracticeDoneScreen');
const NowScreen = later(() => import('./screens/suggestions/now-screen'), 'NowScreen');
const PathScreen = later(() => import('./screens/path/path-screen'), 'PathScreen');
const ProgressScreen = later(() => import('./screens/progress/progress-screen'), 'ProgressScreen');
const SelfChecksScreen = later(() => import('./screens/self-checks/self-checks-screen'), 'SelfChecksScreen');
const TakeSelfCheckScreen = later(() => import('./screens/self-checks/take-self-check-screen'), 'TakeSelfCheckScreen');
const SelfCheckResultsScreen = later(() => import('./screens/self-checks/self-check-results-screen'), 'SelfCheckResultsScreen');
const SafetyPlanEditScreen = later(() => import('./screens/safety-plan/safety-plan-edit-screen'), 'SafetyPlanEditScreen');
const SettingsScreen = later(() => import('./screens/settings-screen'), 'SettingsScreen');
const AccountActivityScreen = later(() => import('./screens/activity/account-activity-screen'), 'AccountActivityScreen');
const ReportScreen = later(() => import('./screens/report/report-screen'), 'ReportScreen');
const SharingScreen = later(() => import('./screens/sharing/sharing-screen'), 'SharingScreen');
const InviteScreen = later(() => import('./screens/invite-screen'), 'InviteScreen');
const PeopleScreen = later(() => import('./screens/therapist/people-screen'), 'PeopleScreen');
const PersonScreen = later(() => import('./screens/therapist/person-screen'), 'PersonScreen');
const NotFoundScreen = later(() => import('./screens/not-found-screen'), 'NotFoundScreen');

function LoadLater() {
  return (
    <Suspense fallback={<LoadingScreen />}>
      <Outlet />
    </Suspense>
  );
}

/** Home is the quick log for a person; a therapist's home is the people who share with them. */
function StartScreen() {
  if (useKnownAccount()?.role === 'therapist') return <Navigate to="/people" replace />;
  return <HomeScreen />;
}

/**
 * Every route. Help and the safety plan sit outside the gate: they must work signed out and
 * without the server. So does a therapist's invite page, which signs in or makes an account itself.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route path="help" element={<HelpScreen />} />
        <Route path="safety-plan" element={<SafetyPlanScreen />} />
        {/* A therapist opens a person's invite before having an account: the page itself offers sign-in or a new account. */}
        <Route element={<LoadLater />}>
          <Route path="invite" element={<InviteScreen />} />
        </Route>
        <Route element={<AuthGate />}>
          <Route index element={<StartScreen />} />
          <Route element={<LoadLater />}>
            <Route path="log" element={<LogScreen />} />
            <Route path="history" element={<HistoryScreen />} />
            <Route path="history/:id" element={<MomentScreen />} />
            <Route path="insights" element={<InsightsScreen />} />
            <Route path="toolkit" element={<ToolkitScreen />} />
            <Route path="toolkit/new" element={<NewSkillScreen />} />
            <Route path="toolkit/:id" element={<SkillScreen />} />
            <Route path="practice" element={<PracticeListScreen />} />
            <Route path="practice/:exerciseId" element={<PracticeRunnerScreen />} />
            {/* Three segments, so it never reads as an exercise id (those are one segment). */}
            <Route path="practice/done/:id" element={<PracticeDoneScreen />} />
            <Route path="now" element={<NowScreen />} />
            <Route path="path" element={<PathScreen />} />
            <Route path="progress" element={<ProgressScreen />} />
            <Route path="self-checks" element={<SelfChecksScreen />} />
            <Route path="self-checks/:id" element={<TakeSelfCheckScreen />} />
            <Route path="self-checks/:id/results" element={<SelfCheckResultsScreen />} />
            <Route path="safety-plan/edit" element={<SafetyPlanEditScreen />} />
            <Route path="settings" element={<SettingsScreen />} />
            <Route path="settings/activity" element={<AccountActivityScreen />} />
            <Route path="settings/sharing" element={<SharingScreen />} />
            <Route path="people" element={<PeopleScreen />} />
            <Route path="people/:personId" element={<PersonScreen />} />
            <Route path="report" element={<ReportScreen />} />
            <Route path="*" element={<NotFoundScreen />} />
          </Route>
        </Route>
      </Route>
    </Routes>
  );
}
