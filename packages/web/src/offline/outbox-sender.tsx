import { useOutboxRunner } from './use-outbox';

/** Sends this person's waiting moments for as long as they are signed in. Renders nothing. */
export function OutboxSender({ ownerId }: { ownerId: string }) {
  useOutboxRunner(ownerId);
  return null;
}
