/** The inspector: forms for the selected state, or the machine when nothing is selected. */
export function Inspector() {
  return <aside className="inspector" aria-label="Inspector" />;
}
