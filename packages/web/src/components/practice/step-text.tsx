/** A step's body: blank lines start a new paragraph. */
export function StepText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);
  return <>{paragraphs.map((paragraph, index) => <p key={index} className="step-body">{paragraph}</p>)}</>;
}
