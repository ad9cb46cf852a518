/**
 * Where the person's own safety plan will appear on the help screen, above the crisis lines:
 * their warning signs, what they can do alone, and the people they chose. It must stay readable
 * offline, so it will come from storage on this device, not from a request. Nothing to show yet.
 */
export function SafetyPlanSlot() {
  return null;
}
