/**
 * Whether text is plausibly a state machine (JSON or YAML), valid or not: it names `States` or
 * `StartAt` as a key. Broken text of a real workflow passes (the user fixes it in the studio);
 * a stray clipboard or a damaged share link does not.
 */
export function looksLikeAsl(text: string): boolean {
  if (text.includes('\uFFFD')) return false;
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return /(^|[{,\s])["']?(States|StartAt)["']?\s*:/.test(head);
}

/** A workflow name from a file name: `orders.asl.json` -> `orders`. */
export function nameFromFile(fileName: string): string {
  return fileName.replace(/\.(asl\.)?(json|ya?ml)$/i, '').replace(/\.asl$/i, '').trim() || 'Imported workflow';
}
