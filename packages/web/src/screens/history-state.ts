import type { Moment } from '@mend/core';
import type { OutboxPlace } from '../offline/outbox';

/** What other screens hand to the history screen when they send the person there. */
export interface HistoryState {
  saved?: string;
  /** Saved, but kept on this device (or in this tab) until the server can be reached. */
  waiting?: OutboxPlace;
  deleted?: Moment;
}

export function savedMessage(state: HistoryState): string {
  if (state.waiting === 'tab') return 'Saved in this tab for now. Leave it open: Mend will send it as soon as it can reach the server.';
  if (state.waiting) return 'Saved on this device. Mend will send it as soon as it can reach the server.';
  return state.saved ? 'Moment saved.' : '';
}
