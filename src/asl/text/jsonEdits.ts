/** ChangeSet -> text edits of a JSON text, in the text's own layout. */
import type { JsonValue } from '../types';
import { locateJson, Want } from './jsonLocate';
import type { Located, Member } from './jsonLocate';
import { detectJsonStyle, writeInline, writeJson } from './jsonWrite';
import type { JsonStyle } from './jsonWrite';
import { childPlace } from './places';
import type { Place } from './places';
import { NotEditable } from './types';
import type { ArrayChange, ChangeSet, ObjectChange, TextEdit } from './types';

/**
 * The edits that carry `changes` into `text`, all relative to `text` (unsorted, may touch).
 * New content takes the indentation and line breaks of its surroundings; a one-line object or
 * array stays on one line. Throws NotEditable when the text does not hold the old value.
 */
export function jsonEdits(text: string, changes: ChangeSet): TextEdit[] {
  const root = new Want();
  const wants = {
    sets: changes.sets.map((change) => mark(root, change.path, false)),
    objects: changes.objects.map((change) => mark(root, change.path, true)),
    arrays: changes.arrays.map((change) => mark(root, change.path, true)),
  };
  locateJson(text, root);
  const style = detectJsonStyle(text);
  const edits: TextEdit[] = [];
  changes.sets.forEach((change, i) => {
    const node = found(wants.sets[i]);
    // One line stays one line: a one-line object or array, or any value inside a one-line parent.
    const inline = (node.kind !== 'scalar' && node.end - node.start > 2 && !hasBreak(text, node.start, node.end)) || !aloneOnLine(text, node);
    const written = inline ? writeInline(change.value, change.place, spaced(text, node.kind === 'scalar' ? lineOf(text, node) : node)) : writeJson(change.value, change.place, lineIndent(text, node.start), style);
    edits.push({ offset: node.start, length: node.end - node.start, text: written });
  });
  changes.objects.forEach((change, i) => objectEdits(text, found(wants.objects[i], 'object'), change, style, edits));
  changes.arrays.forEach((change, i) => arrayEdits(text, found(wants.arrays[i], 'array'), change, style, edits));
  return edits;
}

function mark(root: Want, path: ChangeSet['sets'][number]['path'], members: boolean): Want {
  const want = root.at(path);
  want.target = true;
  want.members ||= members;
  return want;
}

function found(want: Want, kind?: Located['kind']): Located {
  const node = want.found;
  if (!node || (kind && node.kind !== kind)) throw new NotEditable('the text does not hold the previous value');
  return node;
}

function objectEdits(text: string, node: Located, change: ObjectChange, style: JsonStyle, edits: TextEdit[]): void {
  const members = node.members as Member[];
  const index = new Map(members.map((member, i) => [member.key as string, i]));
  const indexOf = (key: string): number => {
    const i = index.get(key);
    if (i === undefined) throw new NotEditable(`no key ${key}`);
    return i;
  };
  for (const { from, to } of change.renames) {
    const member = members[indexOf(from)];
    edits.push({ offset: member.start, length: member.keyEnd - member.start, text: JSON.stringify(to) });
  }
  const layout = memberLayout(text, node, change.inserts.flatMap((ins) => ins.entries.map(([, v]) => v)), true, style);
  const write = ([key, value]: [string, JsonValue]): string =>
    JSON.stringify(key) + layout.colon + layout.write(value, childPlace({ [key]: value }, change.place, key));
  containerEdits(node, new Set(change.removes.map(indexOf)), change.inserts.map((ins) => ({
    after: ins.after === null ? -1 : indexOf(ins.after),
    texts: ins.entries.map(write),
  })), layout, edits);
}

function arrayEdits(text: string, node: Located, change: ArrayChange, style: JsonStyle, edits: TextEdit[]): void {
  const members = node.members as Member[];
  for (const i of change.removes) if (i >= members.length) throw new NotEditable('no such item');
  const layout = memberLayout(text, node, change.inserts.flatMap((ins) => ins.values), false, style);
  containerEdits(node, new Set(change.removes), change.inserts.map((ins) => ({
    after: ins.after,
    texts: ins.values.map((value) => layout.write(value, change.place)),
  })), layout, edits);
}

interface Layout {
  /** Between members: ",\n    " or ", ". */
  separator: string;
  /** Before the first member and before the closing bracket, when the container was empty. */
  open: string;
  close: string;
  colon: string;
  write(value: JsonValue, place: Place | undefined): string;
}

/** How members of this container are laid out: on their own lines (indented like the first one) or on one line. */
function memberLayout(text: string, node: Located, values: JsonValue[], isObjectNode: boolean, style: JsonStyle): Layout {
  const members = node.members as Member[];
  const outer = lineIndent(text, node.start);
  const multiLine = members.length > 0
    ? hasBreak(text, node.start, node.end)
    : isObjectNode || values.some((value) => value !== null && typeof value === 'object' && Object.keys(value).length > 0);
  if (!multiLine) {
    const isSpaced = spaced(text, node);
    return { separator: isSpaced ? ', ' : ',', open: '', close: '', colon: isSpaced ? ': ' : ':', write: (value, place) => writeInline(value, place, isSpaced) };
  }
  const first = members[0];
  const inner = first && ownLine(text, first.start) ? lineIndent(text, first.start) : outer + style.unit;
  return {
    separator: ',' + style.eol + inner,
    open: style.eol + inner,
    close: style.eol + outer,
    colon: ': ',
    write: (value, place) => writeJson(value, place, inner, style),
  };
}

/**
 * Removes runs of members with the separator before them (or, for a leading run, after them),
 * so the remaining text keeps its commas right; inserts after a kept member or before the first.
 */
function containerEdits(node: Located, removed: Set<number>, inserts: { after: number; texts: string[] }[], layout: Layout, edits: TextEdit[]): void {
  const members = node.members as Member[];
  const inserted = inserts.flatMap((ins) => ins.texts);
  if (removed.size === members.length) {
    // Nothing survives: write the inside anew (an empty container becomes `{}` / `[]`).
    const inside = inserted.length === 0 ? '' : layout.open + inserted.join(layout.separator) + layout.close;
    edits.push({ offset: node.start + 1, length: node.end - 1 - (node.start + 1), text: inside });
    return;
  }
  for (let a = 0; a < members.length; a++) {
    if (!removed.has(a)) continue;
    let b = a;
    while (removed.has(b + 1)) b++;
    const from = a > 0 ? members[a - 1].valueEnd : members[a].start;
    const to = a > 0 ? members[b].valueEnd : members[b + 1].start;
    edits.push({ offset: from, length: to - from, text: '' });
    a = b;
  }
  for (const { after, texts } of inserts) {
    if (after >= 0) {
      if (removed.has(after) || after >= members.length) throw new NotEditable('insert after a removed member');
      edits.push({ offset: members[after].valueEnd, length: 0, text: texts.map((t) => layout.separator + t).join('') });
    } else {
      let first = 0;
      while (removed.has(first)) first++;
      edits.push({ offset: members[first].start, length: 0, text: texts.map((t) => t + layout.separator).join('') });
    }
  }
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let end = lineStart;
  while (end < offset && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
  return text.slice(lineStart, end);
}

/** The line holding a value, as a range. */
function lineOf(text: string, node: Located): Located {
  const end = text.indexOf('\n', node.end);
  return { start: text.lastIndexOf('\n', node.start - 1) + 1, end: end < 0 ? text.length : end, kind: 'scalar' };
}

/** True when a value has its line to itself: at most its key before it and a comma after it. */
function aloneOnLine(text: string, node: Located): boolean {
  const line = lineOf(text, node);
  return /^\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*)?$/.test(text.slice(line.start, node.start)) && /^\s*,?\s*$/.test(text.slice(node.end, line.end));
}

/** True when only whitespace precedes `offset` on its line. */
function ownLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, offset));
}

function hasBreak(text: string, start: number, end: number): boolean {
  const i = text.indexOf('\n', start);
  return i >= 0 && i < end;
}

/** Whether a one-line container puts a space after its commas and colons (`[1, 2]`, not `[1,2]`). */
function spaced(text: string, node: Located): boolean {
  const outsideStrings = text.slice(node.start, node.end).replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return !/[,:]\S/.test(outsideStrings);
}
