/**
 * What other packages need from the web app: where its build lands, so the server can serve it.
 * The app itself starts at `main.tsx` and is bundled by Vite; nothing here runs in the browser.
 */
export const WEB_DIST_URL = new URL('../dist/', import.meta.url);
