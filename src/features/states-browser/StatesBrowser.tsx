/** The states browser: Actions, Flow and Patterns to drag onto the canvas. */
export function StatesBrowser() {
  return <nav className="states-browser" aria-label="States browser" />;
}
