/**
 * Registers the service worker vite-plugin-pwa builds (`sw.js`, workbox precaching the app shell),
 * so every screen, "I need help now" first, opens without a connection. It is an ordinary module
 * imported by main.tsx because the server's CSP allows no inline script. Nothing happens where
 * service workers are missing (old browsers, happy-dom) or when not enabled (dev server, tests).
 */
export interface RegisterOptions {
  /** Only production builds have a worker to register: pass `import.meta.env.PROD`. */
  enabled: boolean;
  /** The worker's URL; it controls everything under its own folder. */
  scriptUrl?: string;
  /** The window to register in (a test passes a fake one). */
  target?: Pick<Window, 'navigator' | 'document' | 'addEventListener'>;
}

export function registerServiceWorker({ enabled, scriptUrl = '/sw.js', target = window }: RegisterOptions): void {
  if (!enabled || !('serviceWorker' in target.navigator)) return;
  const register = () => {
    target.navigator.serviceWorker.register(scriptUrl, { scope: '/' }).catch((error: unknown) => {
      // Offline support is a bonus: the app works the same without it.
      console.warn('Mend could not set up offline use:', error);
    });
  };
  // After the page has loaded, so precaching the shell does not compete with the first screen.
  if (target.document.readyState === 'complete') register();
  else target.addEventListener('load', register, { once: true });
}
