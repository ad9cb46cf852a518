import type { Me, Moment, MomentCreate } from '@mend/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { atMost } from '../offline/at-most';
import { entryMoment, isKeptInTabOnly, outboxBody, queueMoment, removeEntry, type OutboxPlace } from '../offline/outbox';
import { useSendOutbox } from '../offline/use-outbox';
import { ApiClientError } from './client';
import { queryKeys } from './keys';
import { meQuery } from './use-session';

/**
 * How long Save waits for the server before saying "saved on this device". A network that hangs
 * (weak signal, a captive Wi-Fi) must not keep the person waiting; the send goes on behind.
 */
export const SEND_WAIT_MS = 5000;

export interface LogMomentResult {
  /** The server's moment once delivered; until then the same fields, built on this device. */
  moment: Moment;
  delivered: boolean;
  /** The server's advice to offer crisis support now; null while the moment waits (the server has not seen it). */
  crisisOffer: boolean | null;
  /** Where a waiting moment is kept: "device" survives a reload, "tab" lasts while this tab is open. Null once delivered. */
  waitingIn: OutboxPlace | null;
}

/**
 * Logs a moment: kept on this device first (id and time fixed at the tap), then sent at once if
 * the server can be reached. It resolves either way: a moment that waits is saved, not failed.
 * It rejects only when the server read the moment and asked for a change (shown on the form, and
 * nothing kept), or when nobody is signed in.
 */
export function useLogMoment() {
  const queryClient = useQueryClient();
  const send = useSendOutbox();
  return useMutation({
    // Offline is this hook's own business: TanStack's default would pause it until back online.
    networkMode: 'always',
    mutationFn: async (input: MomentCreate): Promise<LogMomentResult> => {
      const now = new Date();
      const body = outboxBody(input, now);
      const me = queryClient.getQueryData<Me | null>(queryKeys.me) ?? (await queryClient.fetchQuery(meQuery));
      if (!me) throw new ApiClientError({ status: 401, code: 'unauthorized', message: 'Please sign in again, then save this.' });

      const { entry, place } = await queueMoment(me.id, body, now);
      const outcome = await atMost(SEND_WAIT_MS, send(me.id).catch(() => null));
      if (outcome?.delivered.has(entry.id)) {
        const answer = outcome.delivered.get(entry.id);
        if (!answer) return { moment: entryMoment(entry), delivered: true, crisisOffer: null, waitingIn: null };
        const { crisisOffer, ...moment } = answer;
        return { moment, delivered: true, crisisOffer, waitingIn: null };
      }
      const refusal = outcome?.refused.get(entry.id);
      if (refusal) {
        // The person is right here: the form shows what to change, so no refused copy is kept.
        await removeEntry(entry.id);
        throw refusal;
      }
      return { moment: entryMoment(entry), delivered: false, crisisOffer: null, waitingIn: isKeptInTabOnly(entry.id) ? 'tab' : place };
    },
  });
}

