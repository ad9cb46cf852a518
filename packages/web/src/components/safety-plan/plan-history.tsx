import { helpForCountry, type SafetyPlanVersion } from '@mend/core';
import { useSafetyPlanHistory } from '../../api/use-safety-plan';
import { initialHelpCountry } from '../../lib/help-country';
import { PlanView } from './plan-view';

interface PlanHistoryProps {
  skillName: (id: string) => string;
  /** Put an earlier version back in the editor (saving it makes it the newest). */
  onUse: (version: SafetyPlanVersion) => void;
}

/** Every earlier version, newest first, each readable in full. Nothing is ever lost by editing. */
export function PlanHistory({ skillName, onUse }: PlanHistoryProps) {
  const history = useSafetyPlanHistory();
  const earlier = history.data?.versions.slice(1) ?? [];
  if (history.isError) return <p>{history.error.message}</p>;
  if (!earlier.length) return <p className="hint">Earlier versions will be listed here once you change your plan. Nothing you write is thrown away.</p>;
  const help = helpForCountry(initialHelpCountry());
  return (
    <ul className="plan-history">
      {earlier.map((version) => (
        <li key={version.version}>
          <details className="numbers">
            <summary>Version {version.version}, {new Date(version.savedAt).toLocaleString()}</summary>
            <div className="plan-history-version">
              <PlanView plan={version} skillName={skillName} help={help} linkSkills={false} />
              <button type="button" className="button-secondary" onClick={() => onUse(version)}>Put this version back in the editor</button>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
