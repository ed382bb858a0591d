/**
 * A Wait Timestamp must name a real instant: the schema checks the RFC 3339 shape, this checks
 * the calendar (AWS parses the value, so 2024-02-30 is refused like a malformed string).
 */
import { childPointer } from '../../pointer';
import { get } from '../json';
import type { RuleContext } from './context';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})[Tt]/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** SCHEMA_PATTERN for a Wait Timestamp whose day does not exist in its month. */
export function checkTimestamps(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    if (state.type !== 'Wait' || !state.obj) continue;
    const value = get(state.obj, 'Timestamp');
    if (typeof value !== 'string') continue;
    const m = SHAPE.exec(value);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12 && day > daysIn(year, month)) {
      ctx.reporter.report('SCHEMA_PATTERN', childPointer(state.pointer, 'Timestamp'), `'Timestamp': String does not match RFC3339 timestamp (${m[1]}-${m[2]} has no day ${m[3]})`);
    }
  }
}
