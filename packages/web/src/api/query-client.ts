import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { noteRequestOutcome } from '../offline/reachability';
import { isApiError } from './client';
import { followSessionAnswer } from './end-session';

/** Retry only what may pass on a second try: network trouble and server errors, not 4xx answers. */
export function createQueryClient(): QueryClient {
  // A 401 anywhere means the session ended (idle, expired, or signed out elsewhere): show sign-in,
  // with nothing of the person left on the device. A 423 means it is locked: show the lock screen.
  const onError = (error: unknown) => {
    followSessionAnswer(client, error);
    noteRequestOutcome(error);
  };
  // Every answer also tells the offline notice whether the server can be reached. Not a
  // mutation's success: logging a moment succeeds offline too (it waits in the outbox).
  const onSuccess = () => noteRequestOutcome();
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError, onSuccess }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
