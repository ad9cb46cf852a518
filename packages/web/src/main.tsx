// First: it must run before any schema is built (see the module).
import '@mend/core/no-generated-code';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createQueryPersister, keepRememberedQueries, refreshRemembered, rememberOptions } from './api/persist-queries';
import { createQueryClient } from './api/query-client';
import { AppRoutes } from './app';
import { registerServiceWorker } from './pwa/register-service-worker';
import './styles.css';

const queryClient = createQueryClient();
keepRememberedQueries(queryClient);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The remembered answers (who is signed in, their skills) come back from localStorage while the
// screens render: "I need help now" needs none of them and never waits for the restore.
createRoot(root).render(
  <StrictMode>
    <PersistQueryClientProvider client={queryClient} persistOptions={rememberOptions(createQueryPersister())} onSuccess={() => refreshRemembered(queryClient)}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </PersistQueryClientProvider>
  </StrictMode>,
);

// Offline use (the app shell from the service worker's cache): production builds only.
registerServiceWorker({ enabled: import.meta.env.PROD });
