import { useEffect, useRef, type ReactNode } from 'react';
import { headingMounted } from '../layout/focus-heading';

/**
 * The one h1 of a screen. It can take focus (the shell moves focus here after navigation, so a
 * screen reader starts at the top of the new screen) and it names the browser tab.
 */
export function ScreenHeading({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const tabTitle = title ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    if (tabTitle) document.title = `${tabTitle} · Mend`;
  }, [tabTitle]);
  useEffect(() => headingMounted(ref.current), []);
  return <h1 ref={ref} tabIndex={-1}>{children}</h1>;
}
