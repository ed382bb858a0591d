/** A `${Name}` substitution in the text, by UTF-16 offsets. */
export interface PlaceholderSpan {
  offset: number;
  length: number;
}

// SAM and CDK DefinitionSubstitutions: `${Name}`. JSONata's `{% %}` and intrinsic calls never
// start with `${`, so the pattern cannot swallow them.
const PLACEHOLDER = /\$\{[A-Za-z0-9_.:-]+\}/g;

/** Every `${Placeholder}` of the text, for a distinct decoration (they are values, not mistakes). */
export function findPlaceholders(text: string, limit = 5000): PlaceholderSpan[] {
  const spans: PlaceholderSpan[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    spans.push({ offset: match.index, length: match[0].length });
    if (spans.length >= limit) break;
  }
  return spans;
}
