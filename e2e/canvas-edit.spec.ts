import { expect, test, type Page } from '@playwright/test';
import { CanvasEditor } from './pages/CanvasEditor';
import { StatesBrowser } from './pages/StatesBrowser';
import { StudioPage } from './pages/StudioPage';
import { chain } from './fixtures/definitions';

// Branch 2 is empty (as a half-written definition can be): the canvas offers it as a drop target.
const fanOut = `{
  "StartAt": "Fan",
  "States": {
    "Fan": {
      "Type": "Parallel",
      "Branches": [
        { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "End": true } } },
        { "StartAt": "", "States": {} }
      ],
      "End": true
    }
  }
}
`;

const shots = process.env.E2E_SHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/canvas-${name}.png` });
}

async function open(page: Page, fixture = chain) {
  const studio = new StudioPage(page);
  await studio.open();
  const canvas = new CanvasEditor(page);
  await canvas.load(fixture);
  return { studio, canvas, browser: new StatesBrowser(page) };
}

/** The states of the top level in execution order, following Next from StartAt. */
async function order(canvas: CanvasEditor): Promise<string[]> {
  const def = await canvas.definition();
  const out: string[] = [];
  for (let at: string | undefined = def.StartAt; at !== undefined && !out.includes(at); at = def.States[at]?.Next) out.push(at);
  return out;
}

test.describe('editing on the canvas', () => {
  test('drag Pass from the browser onto an edge: a new wired node, in the graph and in the code', async ({ page }) => {
    const { studio, canvas, browser } = await open(page);
    await browser.openTab('Flow');
    await canvas.startDrag(browser.item('Pass'));
    // While dragging, every edge that can take a state shows a "+" (a Succeed's way to End cannot).
    await expect(canvas.allDropZones()).toHaveCount(4);
    const zone = canvas.dropZone('Insert between Transform and Save');
    await zone.hover();
    await expect(zone).toHaveClass(/drop-zone--hover/);
    await shot(page, 'drag-in-progress');
    await canvas.dropOn(zone);

    await expect(studio.node('Pass')).toBeVisible();
    await expect(studio.node('Pass')).toHaveAttribute('data-state-type', 'Pass');
    await expect(canvas.allDropZones()).toHaveCount(0);
    expect(await order(canvas)).toEqual(['Fetch', 'Transform', 'Pass', 'Save', 'Done']);
    expect(await canvas.text()).toContain('"Pass": {');
    // Laid out between its neighbours.
    const [t, p, s] = await Promise.all(['Transform', 'Pass', 'Save'].map((n) => studio.node(n).boundingBox()));
    expect(t!.y).toBeLessThan(p!.y);
    expect(p!.y).toBeLessThan(s!.y);
  });

  test('drop into an empty Parallel branch, and onto the start of a branch added from the context menu', async ({ page }) => {
    const { studio, canvas, browser } = await open(page, fanOut);
    await browser.openTab('Flow');
    await canvas.dragTo(browser.item('Wait'), 'Insert into Branch 2 of Fan');
    await expect(studio.node('Wait')).toBeVisible();
    let def = await canvas.definition();
    expect(def.States.Fan.Branches![1]).toEqual({ StartAt: 'Wait', States: { Wait: { Type: 'Wait', Seconds: 5, End: true } } });

    await studio.node('Fan').click({ button: 'right', position: { x: 40, y: 16 } });
    await expect(canvas.menu()).toBeVisible();
    await shot(page, 'context-menu');
    await canvas.menuItem('Add branch').click();
    await expect(studio.node('Pass')).toBeVisible();
    def = await canvas.definition();
    expect(def.States.Fan.Branches).toHaveLength(3);

    await canvas.dragTo(browser.item('Choice'), 'Insert between Start and Pass');
    await expect(studio.node('Choice')).toBeVisible();
    def = await canvas.definition();
    expect(def.States.Fan.Branches![2].StartAt).toBe('Choice');
    expect(def.States.Fan.Branches![2].States.Choice).toMatchObject({ Type: 'Choice', Default: 'Pass' });
    await expect(studio.node('Choice')).toBeVisible();
  });

  test('move a state by dragging it onto another edge; a drag that ends elsewhere changes nothing', async ({ page }) => {
    const { studio, canvas } = await open(page);
    await canvas.startDrag(studio.node('Save'));
    // Its own edges are no places to move it to.
    await expect(canvas.dropZone('Insert between Transform and Save')).toHaveCount(0);
    await expect(canvas.dropZone('Insert between Save and Done')).toHaveCount(0);
    await shot(page, 'move-in-progress');
    await canvas.dropOn(canvas.dropZone('Insert between Fetch and Transform'));
    await expect.poll(() => order(canvas)).toEqual(['Fetch', 'Save', 'Transform', 'Done']);
    await expect(studio.node('Save')).toHaveClass(/selected/);

    const before = await canvas.text();
    await canvas.startDrag(studio.node('Transform'));
    const box = (await page.getByTestId('canvas').boundingBox())!;
    await page.mouse.move(box.x + 60, box.y + box.height - 60, { steps: 4 });
    await page.mouse.up();
    await expect(canvas.allDropZones()).toHaveCount(0);
    expect(await canvas.text()).toBe(before);
  });

  test('Backspace deletes the selected state and rewires its predecessor; a refusal is explained', async ({ page }) => {
    const { studio, canvas } = await open(page);
    await studio.node('Transform').click();
    await page.keyboard.press('Backspace');
    await expect(studio.node('Transform')).toHaveCount(0);
    const def = await canvas.definition();
    expect(def.States.Fetch.Next).toBe('Save');
    expect(await canvas.text()).not.toContain('Transform');

    await canvas.load(fanOut);
    await studio.node('Left').click();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('status')).toContainText(/branch/i);
    await expect(studio.node('Left')).toBeVisible();
  });

  test('Ctrl+D duplicates the selected state right after it', async ({ page }) => {
    const { studio, canvas } = await open(page);
    await studio.node('Fetch').click();
    await page.keyboard.press('Control+d');
    await expect(studio.node('Fetch (copy)')).toBeVisible();
    expect(await order(canvas)).toEqual(['Fetch', 'Fetch (copy)', 'Transform', 'Save', 'Done']);
    await expect(studio.node('Fetch (copy)')).toHaveClass(/selected/);
  });

  test('the context menu deletes, duplicates, changes the type and starts a rename', async ({ page }) => {
    const { studio, canvas } = await open(page);
    await studio.node('Transform').click({ button: 'right' });
    const menu = canvas.menu();
    await expect(menu.getByRole('menuitem')).toHaveText([/Rename/, /Duplicate/, /Change type/, /Move up/, /Move down/, /Delete/]);
    // Keyboard: down to "Change type", right into its submenu, pick Wait.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('menu', { name: 'Change type' })).toBeVisible();
    await shot(page, 'context-menu-submenu');
    await page.getByRole('menu', { name: 'Change type' }).getByRole('menuitem', { name: 'Wait' }).click();
    await expect(studio.node('Transform')).toHaveAttribute('data-state-type', 'Wait');
    await expect(canvas.menu()).toHaveCount(0);

    await studio.node('Save').click({ button: 'right' });
    await canvas.menuItem('Delete').click();
    await expect(studio.node('Save')).toHaveCount(0);
    expect((await canvas.definition()).States.Transform.Next).toBe('Done');

    await studio.node('Fetch').click({ button: 'right' });
    await canvas.menuItem('Rename').click();
    await expect(page.getByLabel('State name')).toBeFocused();
    await expect(page.getByLabel('State name')).toHaveValue('Fetch');
  });

  test('an empty workflow is one big drop target', async ({ page }) => {
    const { studio, canvas, browser } = await open(page, '{\n  "StartAt": "",\n  "States": {}\n}\n');
    await expect(page.getByText('Drag a state here')).toBeVisible();
    await browser.openTab('Flow');
    await canvas.dragTo(browser.item('Pass'), 'Insert the first state');
    await expect(studio.node('Pass')).toBeVisible();
    const def = await canvas.definition();
    expect(def.StartAt).toBe('Pass');
    expect(def.States.Pass).toEqual({ Type: 'Pass', End: true });
  });

  test('zoom, fit and centre on the selection', async ({ page }) => {
    const { studio } = await open(page);
    const viewport = page.locator('.react-flow__viewport');
    const transform = () => viewport.evaluate((el) => getComputedStyle(el).transform);
    const fitted = await transform();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(transform).not.toBe(fitted);
    await studio.node('Done').click();
    const zoomed = await transform();
    await page.getByRole('button', { name: 'Centre on selection' }).click();
    await expect.poll(transform).not.toBe(zoomed);
    await page.getByRole('button', { name: 'Fit View' }).click();
    const minimap = page.getByRole('img', { name: 'Minimap' });
    await expect(minimap).toBeVisible();
    // Zoomed in, a press on the minimap's lower edge brings that part of the graph into view.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    const before = await transform();
    const box = (await minimap.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 12);
    await expect.poll(transform).not.toBe(before);
    const canvasBox = (await page.getByTestId('canvas').boundingBox())!;
    const done = (await studio.node('Done').boundingBox())!;
    expect(done.y).toBeGreaterThan(canvasBox.y);
    expect(done.y + done.height).toBeLessThan(canvasBox.y + canvasBox.height);
    // The wheel over the minimap zooms the canvas.
    const beforeWheel = await transform();
    await minimap.hover();
    await page.mouse.wheel(0, 120);
    await expect.poll(transform).not.toBe(beforeWheel);
  });
});
