import { Route, Routes } from 'react-router';
import { AppShell } from './layout/app-shell';
import { AuthGate } from './layout/auth-gate';
import { HelpScreen } from './screens/help-screen';
import { HistoryScreen } from './screens/history-screen';
import { HomeScreen } from './screens/home-screen';
import { InsightsScreen } from './screens/insights-screen';
import { LogScreen } from './screens/log-screen';
import { MomentScreen } from './screens/moment-screen';
import { NewSkillScreen } from './screens/new-skill-screen';
import { NotFoundScreen } from './screens/not-found-screen';
import { SettingsScreen } from './screens/settings-screen';
import { SkillScreen } from './screens/skill-screen';
import { ToolkitScreen } from './screens/toolkit-screen';

/** Every route. Help sits outside the gate: it must work signed out and without the server. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route path="help" element={<HelpScreen />} />
        <Route element={<AuthGate />}>
          <Route index element={<HomeScreen />} />
          <Route path="log" element={<LogScreen />} />
          <Route path="history" element={<HistoryScreen />} />
          <Route path="history/:id" element={<MomentScreen />} />
          <Route path="insights" element={<InsightsScreen />} />
          <Route path="toolkit" element={<ToolkitScreen />} />
          <Route path="toolkit/new" element={<NewSkillScreen />} />
          <Route path="toolkit/:id" element={<SkillScreen />} />
          <Route path="settings" element={<SettingsScreen />} />
          <Route path="*" element={<NotFoundScreen />} />
        </Route>
      </Route>
    </Routes>
  );
}
