/**
 * The one place the validator reaches into the JSONPath / intrinsics layer, so the rules do not
 * depend on where those helpers live.
 */
import { checkPath, checkPayloadTemplate, type PathKind, type TemplateProblem } from '../paths';
import type { JsonValue } from '../types';

export type { PathKind };

/** Null when `text` is a valid path of this kind, else a message. */
export function pathError(text: string, kind: PathKind): string | null {
  return checkPath(text, kind);
}

/** Checks a payload template (keys ending in `.$` hold paths or intrinsic calls). */
export function templateFindings(template: JsonValue, pointerPrefix: string): TemplateProblem[] {
  return checkPayloadTemplate(template, pointerPrefix);
}
