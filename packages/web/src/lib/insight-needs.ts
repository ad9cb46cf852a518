/**
 * What Mend needs to see before it can say what helps. Apart from the other insight words so the
 * Insights screen can say it without loading the charts.
 */
export const WHAT_HELPS_NEEDS = 'After a few moments with an ‘after’ number and a check-in, this shows which tools soothe and which only distract.';
