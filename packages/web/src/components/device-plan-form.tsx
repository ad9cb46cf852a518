import { useState } from 'react';
import { keepsDeviceCopy, setKeepDeviceCopy } from '../lib/device-safety-plan';

/** Settings: whether this device keeps a copy of the safety plan (it opens offline and signed out). */
export function DevicePlanForm() {
  const [keep, setKeep] = useState(keepsDeviceCopy);
  const change = (next: boolean) => {
    setKeepDeviceCopy(next);
    setKeep(next);
  };
  return (
    <>
      <p>
        Mend keeps a copy of your safety plan on this device, so it opens in a hard moment even without a connection
        or signing in. Anyone who uses this device can open it too.
      </p>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={keep} onChange={(event) => change(event.target.checked)} />
          <span>Keep my safety plan on this device</span>
        </label>
      </div>
      <p role="status" className="save-status">{keep ? '' : 'There is no copy on this device now. Your plan is still in your account.'}</p>
    </>
  );
}
