import { useEffect, type ReactNode } from 'react';

/**
 * The one h1 of a screen. It can take focus (the shell moves focus here after navigation, so a
 * screen reader starts at the top of the new screen) and it names the browser tab.
 */
export function ScreenHeading({ children, title }: { children: ReactNode; title?: string }) {
  const tabTitle = title ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    if (tabTitle) document.title = `${tabTitle} · Mend`;
  }, [tabTitle]);
  return <h1 tabIndex={-1}>{children}</h1>;
}
