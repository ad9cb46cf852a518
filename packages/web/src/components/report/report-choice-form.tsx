import { PART_LABELS, PERIOD_LABELS, REPORT_PARTS, REPORT_PERIODS, type ReportChoice, type ReportPart } from '../../lib/report-contents';

/** Which period and which parts; each change shows at once below, nothing to submit. */
export function ReportChoiceForm({ choice, onChange }: { choice: ReportChoice; onChange: (choice: ReportChoice) => void }) {
  const toggle = (part: ReportPart) => {
    const parts = new Set(choice.parts);
    if (parts.has(part)) parts.delete(part);
    else parts.add(part);
    onChange({ ...choice, parts });
  };
  return (
    <div className="report-choice">
      <fieldset>
        <legend>Which period</legend>
        <div className="choice-list">
          {REPORT_PERIODS.map((period) => (
            <label key={period} className="choice">
              <input type="radio" name="report-period" value={period} checked={choice.period === period} onChange={() => onChange({ ...choice, period })} />
              <span>{PERIOD_LABELS[period]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>What to include</legend>
        <div className="choice-list">
          {REPORT_PARTS.map((part) => (
            <label key={part} className="choice">
              <input
                type="checkbox" name="report-parts" value={part} checked={choice.parts.has(part)} onChange={() => toggle(part)}
                // Notes belong to the moments table: without it there is nowhere to print them.
                disabled={part === 'notes' && !choice.parts.has('moments') && !choice.parts.has('practices')}
              />
              <span>{PART_LABELS[part]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
