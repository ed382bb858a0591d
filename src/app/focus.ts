const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'number', 'password', 'tel', '']);

/**
 * Whether keyboard input at `target` belongs to a text field or the code editor, whose own undo,
 * paste and shortcuts must win over the studio's.
 */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor, [contenteditable="true"], [contenteditable=""]')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}
