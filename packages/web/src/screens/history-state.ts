import type { Moment } from '@mend/core';

/** What other screens hand to the history screen when they send the person there. */
export interface HistoryState {
  saved?: string;
  deleted?: Moment;
}
