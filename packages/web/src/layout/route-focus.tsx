import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusMainHeading } from './focus-heading';

/** After each navigation (not the first load), scroll to the top and focus the new screen's h1. */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    focusMainHeading();
  }, [pathname]);
  return null;
}
