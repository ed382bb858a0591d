// Sums the vitest and Playwright JSON reports into the one closing line CI reads:
// `N passed, N failed`. A missing report counts as one failure (that stage did not run).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

function read(file) {
  if (!existsSync(file)) {
    console.log(`summary: ${file} is missing (that stage did not run)`);
    failed += 1;
    return undefined;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const [vitestFile, playwrightFile] = process.argv.slice(2);
const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if ((vitest.numFailedTestSuites ?? 0) > 0 && (vitest.numFailedTests ?? 0) === 0) failed += vitest.numFailedTestSuites;
}
const playwright = read(playwrightFile);
if (playwright) {
  const stats = playwright.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  if ((playwright.errors ?? []).length > 0 && (stats.unexpected ?? 0) === 0) failed += playwright.errors.length;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
