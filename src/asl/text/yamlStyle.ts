/** How a YAML text is laid out, as yaml's printer options, so re-printed lines look like the user's. */
import type { ToStringOptions } from 'yaml';

const KEY_LINE = /^( *)(?:- )?[^\s#-][^#]*:[ \t]*(?:#.*)?\r?$/;
const CONTENT = /^( *)(\S)/;

/**
 * yaml's print options for a text: indentation width and whether a list under a key is indented
 * (`key:\n  - a` vs `key:\n- a`) from the first nested block, flow collections padded (`[ a ]`)
 * or not, and never folding long lines (a rewrapped string is a changed line).
 * @example detectYamlStyle('a:\n    - 1\n').indent // 4
 */
export function detectYamlStyle(text: string): ToStringOptions {
  const lines = text.split('\n', 2000);
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  for (let i = 0; i < lines.length - 1 && (indent === undefined || indentSeq === undefined); i++) {
    const key = KEY_LINE.exec(lines[i]);
    if (!key) continue;
    const next = nextContent(lines, i + 1);
    if (!next) continue;
    const depth = next.indent - key[1].length - (lines[i].trimStart().startsWith('- ') ? 2 : 0);
    if (next.dash) indentSeq ??= depth > 0;
    else if (depth > 0) indent ??= depth;
  }
  const flow = /[:\-,[]\s*[[{]( ?)[^\s\]}]/.exec(text);
  return {
    indent: indent ?? 2,
    indentSeq: indentSeq ?? true,
    flowCollectionPadding: flow ? flow[1] === ' ' : true,
    lineWidth: 0,
  };
}

function nextContent(lines: string[], from: number): { indent: number; dash: boolean } | undefined {
  for (let i = from; i < lines.length; i++) {
    const match = CONTENT.exec(lines[i]);
    if (!match || match[2] === '#') continue;
    return { indent: match[1].length, dash: lines[i].slice(match[1].length).startsWith('- ') || lines[i].trim() === '-' };
  }
  return undefined;
}
