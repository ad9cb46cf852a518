/** Put focus on the screen's h1, so keyboard and screen-reader users start at the top. */
export function focusMainHeading(): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('#main h1')?.focus();
  });
}
