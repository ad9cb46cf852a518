/** Move focus into a form field by its data-field name: the chosen radio, else its first control. */
export function focusField(form: HTMLElement | null, field: string): boolean {
  const wrapper = form?.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!wrapper) return false;
  const target = wrapper.matches('input, textarea, select')
    ? wrapper
    : wrapper.querySelector<HTMLElement>('input:checked') ?? wrapper.querySelector<HTMLElement>('input, textarea, select, button');
  target?.focus();
  return Boolean(target);
}
