import { expect, test, type Page } from '@playwright/test';
import { CanvasEditor } from './pages/CanvasEditor';
import { StatesBrowser } from './pages/StatesBrowser';
import { StudioPage } from './pages/StudioPage';

const twoStates = `{
  "StartAt": "First",
  "States": {
    "First": { "Type": "Pass", "Next": "Second" },
    "Second": { "Type": "Succeed" }
  }
}
`;

const shots = process.env.E2E_SHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/browser-${name}.png` });
}

async function open(page: Page, fixture = twoStates) {
  const studio = new StudioPage(page);
  await studio.open();
  const canvas = new CanvasEditor(page);
  await canvas.load(fixture);
  return { studio, canvas, browser: new StatesBrowser(page) };
}

test.describe('states browser', () => {
  test('lists Actions by service, Flow states and Patterns, each with a description on hover', async ({ page }) => {
    const { browser } = await open(page);
    await expect(browser.tab('Actions')).toHaveAttribute('aria-selected', 'true');
    expect((await browser.itemNames()).length).toBeGreaterThanOrEqual(25);
    await expect(browser.headings()).toContainText(['AWS Lambda', 'Amazon SNS', 'Amazon SQS', 'Amazon DynamoDB']);
    await expect(browser.item('SQS SendMessage and wait for callback')).toHaveAttribute('title', /task token/);
    await shot(page, 'actions');

    await browser.openTab('Flow');
    expect(await browser.itemNames()).toEqual(['Pass', 'Choice', 'Parallel', 'Map', 'Wait', 'Succeed', 'Fail']);
    await expect(browser.item('Choice')).toHaveAttribute('title', /first rule that matches/);
    await shot(page, 'flow');

    await browser.openTab('Patterns');
    const patterns = await browser.itemNames();
    expect(patterns.length).toBeGreaterThanOrEqual(6);
    expect(patterns).toEqual(expect.arrayContaining(['Poll until done', 'Human approval', 'Saga with compensation', 'Fan out and join', 'Process a file of items']));
    await shot(page, 'patterns');
  });

  test('one search over all tabs: "dynamo" shows the DynamoDB actions only', async ({ page }) => {
    const { browser } = await open(page);
    await browser.openTab('Flow');
    await browser.search.fill('dynamo');
    await expect(browser.headings()).toHaveText(['Actions']);
    expect(await browser.itemNames()).toEqual(['DynamoDB GetItem', 'DynamoDB PutItem', 'DynamoDB UpdateItem', 'DynamoDB DeleteItem', 'DynamoDB Query']);
    await shot(page, 'search');

    // Results from several tabs are grouped by tab.
    await browser.search.fill('parallel');
    await expect(browser.headings()).toHaveText(['Flow', 'Patterns']);
    await browser.search.fill('no such thing');
    await expect(browser.root).toContainText('No states match');
    await browser.search.press('Escape');
    expect(await browser.itemNames()).toContain('Wait');
  });

  test('keyboard: Tab to an item and Enter inserts it after the selected state', async ({ page }) => {
    const { studio, canvas, browser } = await open(page);
    await studio.node('First').click();
    await browser.openTab('Flow');
    await browser.search.focus();
    await page.keyboard.press('Tab'); // the open tab
    await page.keyboard.press('Tab'); // the list's one tab stop: its first item
    await expect(browser.item('Pass')).toBeFocused();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await expect(browser.item('Wait')).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(studio.node('Wait')).toBeVisible();
    await expect(studio.node('Wait')).toHaveAttribute('data-state-type', 'Wait');
    const def = await canvas.definition();
    expect(def.States.First.Next).toBe('Wait');
    expect(def.States.Wait).toMatchObject({ Type: 'Wait', Seconds: 5, Next: 'Second' });
    // The new state is selected, so a second Enter chains after it.
    await expect(studio.node('Wait')).toHaveClass(/selected/);
  });

  test('keyboard insert with nothing selected goes to the end; a JSONata document gets Arguments', async ({ page }) => {
    const { studio, canvas, browser } = await open(page, `{
  "QueryLanguage": "JSONata",
  "StartAt": "Only",
  "States": { "Only": { "Type": "Pass", "End": true } }
}
`);
    await browser.search.fill('lambda');
    await browser.item('Lambda Invoke').focus();
    await page.keyboard.press('Enter');
    await expect(studio.node('Lambda Invoke')).toBeVisible();
    const def = await canvas.definition();
    expect(def.States.Only.Next).toBe('Lambda Invoke');
    expect(def.States['Lambda Invoke']).toMatchObject({
      Resource: 'arn:aws:states:::lambda:invoke',
      Arguments: { Payload: '{% $states.input %}' },
      Output: '{% $states.result.Payload %}',
      End: true,
    });
    expect(def.States['Lambda Invoke']).not.toHaveProperty('Parameters');
  });

  test('a dropped pattern brings all its states, and one Undo takes them all away', async ({ page }) => {
    const { studio, canvas, browser } = await open(page);
    const before = await canvas.text();
    await browser.openTab('Patterns');
    await canvas.dragTo(browser.item('Poll until done'), 'Insert between First and Second');

    for (const name of ['Start job', 'Wait before checking', 'Get job status', 'Job complete?', 'Job failed', 'Get job result']) {
      await expect(studio.node(name)).toBeVisible();
    }
    const def = await canvas.definition();
    expect(def.States.First.Next).toBe('Start job');
    expect(def.States['Get job result'].Next).toBe('Second');
    expect(await canvas.text()).toContain('"Job complete?"');
    await shot(page, 'pattern-dropped');

    await canvas.undo();
    await expect.poll(() => canvas.text()).toBe(before);
    await expect(studio.node('Start job')).toHaveCount(0);
  });
});
