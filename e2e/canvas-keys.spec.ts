import { expect, test, type Locator, type Page } from '@playwright/test';
import { CanvasEditor } from './pages/CanvasEditor';
import { StudioPage } from './pages/StudioPage';
import { chain } from './fixtures/definitions';

const branching = `{
  "StartAt": "Start",
  "States": {
    "Start": { "Type": "Pass", "Next": "Route" },
    "Route": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Fan" }],
      "Default": "Reject"
    },
    "Fan": {
      "Type": "Parallel",
      "Branches": [
        { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "End": true } } },
        { "StartAt": "Right", "States": { "Right": { "Type": "Pass", "End": true } } }
      ],
      "Next": "Done"
    },
    "Reject": { "Type": "Fail", "Error": "Rejected" },
    "Done": { "Type": "Succeed" }
  }
}
`;

const shots = process.env.E2E_SHOTS;
async function shot(page: Page, name: string, part?: Locator) {
  if (shots) await (part ?? page).screenshot({ path: `${shots}/canvas-keys-${name}.png` });
}

async function open(page: Page, fixture: string) {
  const studio = new StudioPage(page);
  await studio.open();
  const canvas = new CanvasEditor(page);
  await canvas.load(fixture);
  return { studio, canvas };
}

/** The states of the top level in execution order, following Next from StartAt. */
async function order(canvas: CanvasEditor): Promise<string[]> {
  const def = await canvas.definition();
  const out: string[] = [];
  for (let at: string | undefined = def.StartAt; at !== undefined && !out.includes(at); at = def.States[at]?.Next) out.push(at);
  return out;
}

/** The top edge of each node on screen, top to bottom. */
async function drawnOrder(studio: StudioPage, names: string[]): Promise<string[]> {
  const tops = await Promise.all(names.map(async (n) => ({ n, y: (await studio.node(n).boundingBox())?.y ?? NaN })));
  return tops.sort((a, b) => a.y - b.y).map((t) => t.n);
}

/** The selected state as a person sees it: the highlighted node, and its name in the inspector. */
async function expectSelected(page: Page, studio: StudioPage, name: string) {
  await expect(studio.node(name)).toHaveClass(/\bselected\b/);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.getByLabel('State name')).toHaveValue(name);
}

/** A notice in the corner (refused edits) that says `text`. */
function notice(page: Page, text: string): Locator {
  return page.locator('.notices').getByText(text);
}

/** True when the middle of `node` is drawn in the visible canvas (the canvas draws only what is near the view). */
async function inView(studio: StudioPage, node: Locator): Promise<boolean> {
  if ((await node.count()) === 0) return false;
  const [c, n] = await Promise.all([studio.canvas.boundingBox(), node.boundingBox()]);
  if (!c || !n) return false;
  const [x, y] = [n.x + n.width / 2, n.y + n.height / 2];
  return x >= c.x && y >= c.y && x <= c.x + c.width && y <= c.y + c.height;
}

test.describe('canvas keys', () => {
  test('Alt+ArrowDown moves the selected state one step, in the code and on the canvas; Ctrl+Z brings the exact text back', async ({ page }) => {
    const { studio, canvas } = await open(page, chain);
    const names = ['Fetch', 'Transform', 'Save', 'Done'];
    await studio.node('Transform').click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => order(canvas)).toEqual(['Fetch', 'Save', 'Transform', 'Done']);
    await expect.poll(() => drawnOrder(studio, names)).toEqual(['Fetch', 'Save', 'Transform', 'Done']);
    await expectSelected(page, studio, 'Transform');

    await page.keyboard.press('Control+z');
    await expect.poll(() => canvas.text()).toBe(chain);
    await expect.poll(() => drawnOrder(studio, names)).toEqual(names);

    // The same moves from the context menu; the first state cannot go up, and the menu says why.
    await studio.node('Fetch').click({ button: 'right' });
    await expect(canvas.menuItem('Move up')).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.menuItem('Move up')).toHaveAttribute('title', /already the first state/);
    await page.keyboard.press('Escape');
    await studio.node('Save').click({ button: 'right' });
    await expect(canvas.menu().getByRole('menuitem')).toHaveText([/Rename/, /Duplicate/, /Change type/, /Move up.*Alt\+↑/, /Move down.*Alt\+↓/, /Delete/]);
    await shot(page, 'context-menu');
    await shot(page, 'context-menu-close-up', canvas.menu());
    await canvas.menuItem('Move up').click();
    await expect.poll(() => order(canvas)).toEqual(['Fetch', 'Save', 'Transform', 'Done']);
    await expectSelected(page, studio, 'Save');
  });

  test('a screen reader is told the canvas keys on a state', async ({ page }) => {
    const { studio } = await open(page, chain);
    const id = await studio.node('Transform').getAttribute('aria-describedby');
    expect(id).toBeTruthy();
    await expect(page.locator(`[id="${id}"]`)).toContainText('Alt+Up and Alt+Down move the state');
  });

  test('an impossible move is refused with a notice and changes nothing', async ({ page }) => {
    const { studio, canvas } = await open(page, branching);
    await studio.node('Route').click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(notice(page, '"Route" is a Choice state: it has several successors')).toBeVisible();
    await studio.node('Done').click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(notice(page, '"Done" is a Succeed state')).toBeVisible();
    expect(await canvas.text()).toBe(branching);
    await expectSelected(page, studio, 'Done');
  });

  test('the arrow keys walk the graph: the selection, the inspector, the focus and the view follow', async ({ page }) => {
    const { studio } = await open(page, branching);
    const box = async (name: string) => (await studio.node(name).boundingBox())!;
    // Which side a neighbour is drawn on is the layout's choice: read it off the screen.
    const towards = async (from: string, to: string) => ((await box(to)).x > (await box(from)).x ? 'ArrowRight' : 'ArrowLeft');
    const rejectSide = await towards('Fan', 'Reject');
    const rightSide = await towards('Left', 'Right');
    const back = (key: string) => (key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight');

    // Close up around the first state, so that walking leaves the visible part of the canvas and the view has to follow.
    await studio.node('Start').hover();
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await expect.poll(() => inView(studio, studio.node('Done'))).toBe(false);
    await studio.node('Start').click();
    await expectSelected(page, studio, 'Start');
    const steps: [string, string][] = [
      ['ArrowDown', 'Route'],
      ['ArrowDown', 'Fan'],
      [rejectSide, 'Reject'],
      [back(rejectSide), 'Fan'],
      ['ArrowDown', 'Left'],
      [rightSide, 'Right'],
      ['ArrowDown', 'Done'],
      ['ArrowUp', 'Fan'],
      ['ArrowUp', 'Route'],
      ['ArrowUp', 'Start'],
    ];
    for (const [key, name] of steps) {
      await page.keyboard.press(key);
      await expectSelected(page, studio, name);
      await expect(studio.node(name)).toBeFocused();
      await expect.poll(() => inView(studio, studio.node(name))).toBe(true);
    }
    // Nothing comes before the first state: the selection stays.
    await page.keyboard.press('ArrowUp');
    await expectSelected(page, studio, 'Start');
    await shot(page, 'walk');
  });
});
