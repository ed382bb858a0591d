import type { JsonValue } from '../types';

/**
 * How States.Format prints an argument. AWS runs on Java, so objects print like a Java Map
 * (`{Arg1=1, Arg2=[]}`), arrays like a List (`[1, 2]`), strings bare and other values as JSON.
 * @example formatValue({ Arg1: 1, Arg2: [] }) === '{Arg1=1, Arg2=[]}'
 */
export function formatValue(value: JsonValue): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .map((k) => `${k}=${formatValue(value[k])}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}
