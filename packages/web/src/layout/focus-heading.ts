/**
 * Focus on the screen's h1 after navigation, so keyboard and screen-reader users start at the top.
 * A screen that is still loading has no h1 yet: the request waits, and its heading takes focus
 * when it mounts (ScreenHeading calls headingMounted).
 */
let pending = false;

export function focusMainHeading(): void {
  pending = true;
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>('#main h1');
    if (!heading) return;
    heading.focus();
    pending = false;
  });
}

export function headingMounted(heading: HTMLElement | null): void {
  if (!pending || !heading?.closest('#main')) return;
  heading.focus();
  pending = false;
}

/**
 * The screen is about to change by itself (locked, or the session ended): the heading of whatever
 * shows next takes focus when it mounts, so keyboard and screen-reader users learn where they are.
 * Nothing moves now: a person reading help (outside the gate) keeps their place.
 */
export function focusNextHeading(): void {
  pending = true;
}
