/** A problem with one field, said plainly, right next to it. Referenced by aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      <span aria-hidden="true" className="field-error-mark">!</span> {message}
    </p>
  );
}

/** The aria-describedby value for a control: its hint and its error, whichever exist. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}
