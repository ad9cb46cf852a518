// First: it must run before any schema is built (see the module).
import '@mend/core/no-generated-code';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { rememberOnDevice } from './api/persist-queries';
import { createQueryClient } from './api/query-client';
import { AppRoutes } from './app';
import { registerServiceWorker } from './pwa/register-service-worker';
import './styles.css';

const queryClient = createQueryClient();
// The remembered answers (who is signed in, their skills) come back from localStorage alongside
// the first requests, not before them: nothing waits for the restore, "I need help now" least of all.
rememberOnDevice(queryClient);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);

// Offline use (the app shell from the service worker's cache): production builds only.
registerServiceWorker({ enabled: import.meta.env.PROD });
