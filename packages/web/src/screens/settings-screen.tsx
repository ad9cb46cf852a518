import { API_PREFIX, api } from '@mend/core';
import { Link, useNavigate } from 'react-router';
import { useMe, useSignOut } from '../api/use-session';
import { AccountActivitySection } from '../components/activity/account-activity-section';
import { AppLockSettings } from '../components/app-lock-settings';
import { ChangePasswordForm } from '../components/change-password-form';
import { DeleteAccount } from '../components/delete-account';
import { DaylioImport } from '../components/daylio-import';
import { CrisisCountryForm } from '../components/crisis-country-form';
import { DevicePlanForm } from '../components/device-plan-form';
import { FollowUpDelayForm } from '../components/follow-up-delay-form';
import { IdleSignOutForm } from '../components/idle-sign-out-form';
import { ReminderSettings } from '../components/reminders/reminder-settings';
import { MoreWaysToTakeData } from '../components/report/more-ways-to-take-data';
import { ScreenHeading } from '../components/screen-heading';
import { SignedInDevices } from '../components/signed-in-devices';
import { TokenManager } from '../components/token-manager';

/** Account, check-ins, data and tokens; deleting the account comes last. */
export function SettingsScreen() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  // A therapist's account has no moments, reminders or data of its own: only the account parts apply.
  const person = me.data?.role !== 'therapist';
  return (
    <section className="screen">
      <ScreenHeading>Settings</ScreenHeading>
      {me.data && <p>Signed in as <strong>{me.data.name}</strong>.</p>}

      {person && (
        <>
          <section aria-labelledby="check-ins-heading">
            <h2 id="check-ins-heading">Check-ins</h2>
            <p>A while after you log a moment, Mend asks how you are. Your answers show which tools help for longer.</p>
            <FollowUpDelayForm />
          </section>

          <ReminderSettings />

          <section aria-labelledby="crisis-heading">
            <h2 id="crisis-heading">Crisis lines and safety plan</h2>
            <CrisisCountryForm />
            <DevicePlanForm />
          </section>

          <section aria-labelledby="data-heading">
            <h2 id="data-heading">Your data</h2>
            <p>Everything you have in Mend, in one file you can keep or move to another Mend.</p>
            <p><a className="button-secondary" href={API_PREFIX + api.exportData.path} download="mend-export.json">Download my data</a></p>
            <MoreWaysToTakeData />
          </section>

          <section aria-labelledby="sharing-heading">
            <h2 id="sharing-heading">Share with a therapist</h2>
            <p>If you want to, let a therapist see parts of your Mend. You choose what and for how long, and can stop at any time.</p>
            <p><Link className="button-secondary" to="/settings/sharing">Sharing with a therapist</Link></p>
          </section>
        </>
      )}

      <AccountActivitySection />

      {person && (
        <section aria-labelledby="tokens-heading">
          <h2 id="tokens-heading">Personal access tokens</h2>
          <p>For the <code>mend</code> command line tool or your own scripts. Each one can do only what you tick for it; revoke any you no longer use.</p>
          <TokenManager />
        </section>
      )}

      <ChangePasswordForm />

      <SignedInDevices />

      <section aria-labelledby="idle-heading">
        <h2 id="idle-heading">Signing out by itself</h2>
        <IdleSignOutForm />
      </section>

      <AppLockSettings />

      <section aria-labelledby="sign-out-heading">
        <h2 id="sign-out-heading">Sign out</h2>
        <p>
          <button type="button" className="button-secondary" onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate('/') })} disabled={signOut.isPending}>Sign out</button>
        </p>
        {signOut.isError && <p role="alert">{signOut.error.message}</p>}
      </section>

      {person && (
        <section aria-labelledby="daylio-heading">
          <h2 id="daylio-heading">Import from Daylio</h2>
          <DaylioImport />
        </section>
      )}

      <DeleteAccount />
    </section>
  );
}
