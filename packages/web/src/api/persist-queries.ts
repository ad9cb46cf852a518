import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { persistQueryClient, type PersistedClient, type Persister, type PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { queryKeys } from './keys';

/**
 * What this device remembers between visits, so Mend opens signed in without the server: who is
 * signed in, their skills (the toolkit and its guided steps) and preferences. Never moments,
 * insights or tokens: the person's record stays on the server. Nor "nobody is signed in", or
 * whether the server still needs an owner: remembered, those would show a stale sign-in or setup
 * screen to someone who has signed in since; asked afresh, they cost one request.
 */
export const REMEMBERED_KEYS: readonly QueryKey[] = [queryKeys.me, queryKeys.skills, queryKeys.preferences];

export const STORAGE_KEY = 'mend.remembered';
/** Long enough to open Mend after a while away from the server; a stale session still ends at its 401. */
export const REMEMBER_FOR_MS = 30 * 24 * 60 * 60 * 1000;
/** Bump when the shape of a remembered answer changes, so an old copy is dropped, not misread. */
const BUSTER = '2'; // 2: `me` carries appLock and idleSignOutMinutes.

const sameKey = (a: QueryKey, b: QueryKey) => JSON.stringify(a) === JSON.stringify(b);
export const isRemembered = (key: QueryKey) => REMEMBERED_KEYS.some((each) => sameKey(each, key));

function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage blocked (some private modes): nothing is remembered, everything else still works.
    return undefined;
  }
}

/**
 * Kept as a plain success: a copy saved while the server was away still holds the last good
 * answer, and must not come back as an error (or drag a dead request's state along).
 */
function asRemembered(client: PersistedClient): PersistedClient {
  return {
    ...client,
    clientState: {
      mutations: [],
      queries: client.clientState.queries.map((query) => ({
        ...query,
        state: { ...query.state, status: 'success', fetchStatus: 'idle', error: null, fetchFailureCount: 0, fetchFailureReason: null },
      })),
    },
  };
}

export function createQueryPersister(storage: Storage | undefined = deviceStorage()): Persister {
  return createSyncStoragePersister({ storage, key: STORAGE_KEY, serialize: (client) => JSON.stringify(asRemembered(client)) });
}

export function rememberOptions(persister: Persister): Omit<PersistQueryClientOptions, 'queryClient'> {
  return {
    persister,
    maxAge: REMEMBER_FOR_MS,
    buster: BUSTER,
    dehydrateOptions: {
      // The last answer counts even when the latest refetch failed: that is the offline case.
      // Typed by shape: the persist packages bring their own copy of query-core's Query class.
      shouldDehydrateQuery: (query: { queryKey: QueryKey; state: { data: unknown } }) =>
        isRemembered(query.queryKey) && query.state.data !== undefined && query.state.data !== null,
      // Mutations hold what the person typed (moment bodies): never in localStorage.
      shouldDehydrateMutation: () => false,
    },
  };
}

/**
 * Remembered answers must outlive a screen that stops watching them, or they drop out of the copy.
 * Infinity, not REMEMBER_FOR_MS: timers past ~24.8 days overflow and would fire at once.
 */
export function keepRememberedQueries(queryClient: QueryClient): void {
  for (const queryKey of REMEMBERED_KEYS) queryClient.setQueryDefaults(queryKey, { gcTime: Infinity });
}

/** On sign-out: the copy goes at once, not a second later when the next save comes round. */
export function forgetRememberedQueries(storage: Storage | undefined = deviceStorage()): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept.
  }
}

/**
 * Restores what this device remembers and keeps the copy up to date. The screens do not wait for
 * it: their first requests go out at once, and a restored answer never replaces a newer one from
 * the server (hydration keeps whichever is newer), so the remembered copy only fills the gap
 * while the server is slow or away.
 */
export function rememberOnDevice(queryClient: QueryClient, persister: Persister = createQueryPersister()): () => void {
  keepRememberedQueries(queryClient);
  // The persist packages bring their own copy of query-core; at run time it is the same client.
  const [stop] = persistQueryClient({ queryClient: queryClient as unknown as PersistQueryClientOptions['queryClient'], ...rememberOptions(persister) });
  return stop;
}
