/** Plain text-edit arithmetic: apply, merge and trim edits. */
import { NotEditable } from './types';
import type { TextEdit } from './types';

/**
 * Applies edits to `text`. The edits are relative to `text` itself (not to each other's results)
 * and must not overlap; they may come in any order.
 * @example applyEdits('abc', [{ offset: 1, length: 1, text: 'X' }]) === 'aXc'
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort(byOffset);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.offset < at) throw new RangeError('applyEdits: the edits overlap');
    parts.push(text.slice(at, edit.offset), edit.text);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Insertions before replacements at the same offset (an insert at X then a delete of [X, Y)). */
function byOffset(a: TextEdit, b: TextEdit): number {
  return a.offset - b.offset || a.length - b.length;
}

/**
 * Sorts edits, merges the ones that touch (so Monaco gets disjoint ranges) and trims each to the
 * characters that really change. Throws NotEditable when two edits overlap: the caller then
 * rewrites the whole text rather than guess.
 */
export function normalizeEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of [...edits].sort(byOffset)) {
    const last = merged[merged.length - 1];
    if (last && edit.offset < last.offset + last.length) throw new NotEditable('overlapping edits');
    if (last && edit.offset === last.offset + last.length) {
      merged[merged.length - 1] = { offset: last.offset, length: last.length + edit.length, text: last.text + edit.text };
    } else {
      merged.push(edit);
    }
  }
  const out: TextEdit[] = [];
  for (const edit of merged) {
    const trimmed = trimEdit(text, edit);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/** The edit without the characters it would write unchanged at its start and end; null if none change. */
export function trimEdit(text: string, edit: TextEdit): TextEdit | null {
  const { offset, length, text: insert } = edit;
  let head = 0;
  const max = Math.min(length, insert.length);
  while (head < max && text.charCodeAt(offset + head) === insert.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && text.charCodeAt(offset + length - 1 - tail) === insert.charCodeAt(insert.length - 1 - tail)) tail++;
  // Never split a CRLF pair or a surrogate pair between kept and replaced text.
  while (head > 0 && splits(text, offset + head)) head--;
  while (tail > 0 && splits(text, offset + length - tail)) tail--;
  if (head === length && head === insert.length) return null;
  return { offset: offset + head, length: length - head - tail, text: insert.slice(head, insert.length - tail) };
}

function splits(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}
