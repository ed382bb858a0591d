/** Plain-text output of the UI benchmark: an aligned table and indented detail lines. */
import { cpus, loadavg } from 'node:os';

/** Prints rows as an aligned table, the first row being the header. */
export function table(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (cell ?? '').padEnd(widths[c])).join('  ').trimEnd();
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.slice(1).forEach((r) => console.log(line(r)));
}

export function section(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`);
}

export function detail(text: string): void {
  console.log(`   ${text}`);
}

/** "load 3.10 2.80 2.50 on 2 cores": wall times above the core count include waiting for a CPU. */
export function load(): string {
  return `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`;
}

/** PASS / FAIL, with a note when only main-thread CPU time (unaffected by other processes) meets the goal. */
export function verdict(wall: number, target: number, cpu?: number): string {
  if (wall <= target) return 'PASS';
  return cpu !== undefined && cpu <= target ? 'FAIL (CPU alone meets it: machine busy?)' : 'FAIL';
}
