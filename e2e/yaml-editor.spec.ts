import { expect, test, type Page } from '@playwright/test';
import { CodeEditor } from './pages/CodeEditor';
import { StudioPage } from './pages/StudioPage';

const twoStates = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "B" },
    "B": { "Type": "Succeed" }
  }
}
`;

/** Opens the editor on two states and switches it to YAML with its format switch. */
async function openYaml(page: Page, view: 'Code' | 'Split' = 'Code') {
  const studio = new StudioPage(page);
  const editor = new CodeEditor(page);
  await studio.open();
  await editor.show(view);
  await editor.load(twoStates);
  await editor.formatButton('YAML').click();
  await expect(editor.formatButton('YAML')).toHaveAttribute('aria-pressed', 'true');
  await expect(editor.line('Type: Pass')).toBeVisible();
  return { studio, editor, suggestions: editor.panel.locator('.suggest-widget'), hover: editor.panel.locator('.monaco-hover-content') };
}

/** Takes a screenshot to look at when SCREENSHOTS is set (kept out of normal runs). */
async function snap(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  // Let the suggest details finish laying out their markdown.
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/h2-${name}.png` });
}

test.describe('YAML code editor', () => {
  test('the ASL schema offers the fields of a state with their docs, and hovers explain keys', async ({ page }) => {
    const { editor, suggestions, hover } = await openYaml(page);
    // A new line inside state A: Enter keeps the state's indentation.
    await editor.clickLineEnd('Type: Pass');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    await expect(suggestions).toBeVisible();
    await expect(suggestions).toContainText('Comment');
    await expect(suggestions).toContainText('ResultPath');
    // Fields A already has, and those of other state types, are not offered.
    await expect(suggestions.getByRole('listitem', { name: /^Resource/ })).toHaveCount(0);
    await expect(suggestions.getByRole('listitem', { name: /^Next\b/ })).toHaveCount(0);
    // Ctrl+Space again opens the documentation of the focused field beside the list.
    await page.keyboard.press('Control+Space');
    const details = editor.panel.locator('.suggest-details');
    await expect(details).toContainText('A human-readable comment');
    await snap(page, 'suggest');
    // Narrow to ResultPath: its documentation follows.
    await page.keyboard.type('ResultP');
    await expect(suggestions.getByRole('listitem')).toHaveCount(1);
    await expect(details).toContainText('A reference path saying where the result is placed');
    await snap(page, 'suggest-narrowed');
    // Accepting writes the key and its default; the definition has it.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(editor.line('ResultPath: $')).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window.__studio!.getDefinition() as { States: { A: Record<string, unknown> } }).States.A)).toEqual({ Type: 'Pass', ResultPath: '$', Next: 'B' });
    // Hovering a key shows its description from the schema, for A's own type.
    await editor.line('Type: Pass').locator('span', { hasText: 'Type' }).first().hover();
    await expect(hover.filter({ hasText: 'A Pass state passes its input to its output' })).toBeVisible();
    await snap(page, 'hover');
    await editor.line('ResultPath: $').locator('span', { hasText: 'ResultPath' }).first().hover();
    await expect(hover.filter({ hasText: 'JSONPath only.' })).toBeVisible();
  });

  test('values after `Key: `: the state types, then the state names', async ({ page }) => {
    const { studio, editor, suggestions } = await openYaml(page, 'Split');
    // Retype A's type: the space after `Type:` opens the list of state types by itself.
    await editor.clickLineEnd('Type: Pass');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(' ');
    await expect(suggestions).toBeVisible();
    for (const type of ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']) await expect(suggestions.getByRole('listitem', { name: new RegExp(`^${type}\\b`) })).toHaveCount(1);
    // Each type comes with its own description.
    await page.keyboard.press('Control+Space');
    await expect(editor.panel.locator('.suggest-details')).toContainText('A Task runs one unit of work');
    await snap(page, 'values');
    await page.keyboard.type('Wa');
    await page.keyboard.press('Enter');
    await expect(editor.line('Type: Wait')).toBeVisible();
    await expect(studio.node('A')).toHaveAttribute('data-state-type', 'Wait');
    // Next offers the states of the same machine (A itself last).
    await editor.clickLineEnd('Next: B');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    await expect(suggestions.getByRole('listitem')).toHaveCount(2);
    await expect(suggestions.getByRole('listitem').first()).toContainText('B');
    await expect(suggestions.getByRole('listitem').first()).toContainText('Succeed state');
    await page.keyboard.press('Enter');
    await expect(editor.line('Next: B')).toBeVisible();
    await expect.poll(() => editor.storeText()).toContain('    Next: B\n');
  });
});
