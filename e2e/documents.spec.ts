import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { Documents } from './pages/Documents';
import { StudioPage } from './pages/StudioPage';

const twoStates = `{
  "Comment": "Two states",
  "StartAt": "First",
  "States": {
    "First": { "Type": "Pass", "Next": "Second" },
    "Second": { "Type": "Succeed" }
  }
}
`;
const broken = '{\n  "StartAt": "First",\n  "States": {\n    "First": { "Type": "Pass", \n';

// lz-string is CommonJS: Node gives it to ESM as a default export only.
const { compressToEncodedURIComponent } = lzString;

async function open(page: Page, path = '/') {
  const studio = new StudioPage(page);
  const docs = new Documents(page);
  await studio.open(path);
  await docs.ready();
  return { studio, docs };
}

test.describe('autosave', () => {
  test('a reload brings back the text exactly, invalid text included, and the view settings', async ({ page }) => {
    const { studio, docs } = await open(page);
    await docs.setText(twoStates);
    await expect(studio.node('Second')).toBeVisible();
    await page.reload();
    await docs.ready();
    expect(await docs.text()).toBe(twoStates);
    await expect(studio.node('Second')).toBeVisible();

    await docs.setText(broken);
    await expect(page.getByTestId('syntax-banner')).toBeVisible();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.getByRole('tab', { name: 'Split' }).click();
    await page.reload();
    await docs.ready();
    expect(await docs.text()).toBe(broken);
    await expect(page.getByTestId('syntax-banner')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('tab', { name: 'Split' })).toHaveAttribute('aria-selected', 'true');
  });

  test('storage full: a warning, and the open document stays editable', async ({ page }) => {
    await page.addInitScript(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
      Storage.prototype.setItem = full;
    });
    const { studio, docs } = await open(page);
    await expect(docs.storageBanner).toContainText('Storage is full');
    await expect(page.getByTestId('save-status')).toContainText('Not saved');
    await docs.setText(twoStates);
    await expect(studio.node('First')).toBeVisible();
    expect(await docs.text()).toBe(twoStates);
    await docs.setText(broken);
    expect(await docs.text()).toBe(broken);
    await expect(docs.storageBanner).toBeVisible();
  });
});

test.describe('workflows', () => {
  test('create, rename, switch, duplicate and delete; the list survives a reload', async ({ page }) => {
    const { studio, docs } = await open(page);
    await expect(docs.name).toHaveValue('Order processing');

    await docs.openMenu();
    await docs.workflowsPanel.getByRole('button', { name: 'New blank workflow' }).click();
    await expect(docs.name).toHaveValue('Untitled workflow');
    await expect(studio.node('Pass')).toBeVisible();
    await docs.rename('Scratch');

    await docs.openSample('Hello World');
    await expect(studio.node('Hello')).toBeVisible();
    expect(await docs.workflowNames()).toEqual(['Order processing', 'Scratch', 'Hello World']);

    await docs.switchTo('Order processing');
    await expect(studio.node('CreateOrder')).toBeVisible();
    await expect(studio.node('Hello')).toHaveCount(0);

    await docs.openMenu();
    await docs.workflowsPanel.getByRole('button', { name: 'Duplicate Order processing' }).click();
    await expect(docs.name).toHaveValue('Order processing (copy)');

    await docs.openMenu();
    await docs.workflowsPanel.getByRole('button', { name: 'Delete Scratch' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete workflow?' });
    await expect(confirm).toContainText('Scratch');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    expect(await docs.workflowNames()).toEqual(['Order processing', 'Order processing (copy)', 'Hello World']);

    await page.reload();
    await docs.ready();
    await expect(docs.name).toHaveValue('Order processing (copy)');
    expect(await docs.workflowNames()).toEqual(['Order processing', 'Order processing (copy)', 'Hello World']);
    await docs.switchTo('Hello World');
    await expect(studio.node('World')).toBeVisible();
  });

  test('two tabs: a workflow made in one is listed in the other; editing the same one warns instead of losing work', async ({ page, context }) => {
    const { studio, docs } = await open(page);
    await expect(page.getByTestId('save-status')).toHaveText(/Saved/);
    const other = await context.newPage();
    const { docs: otherDocs } = await open(other);
    await expect(otherDocs.name).toHaveValue('Order processing');

    await docs.openMenu();
    await docs.workflowsPanel.getByRole('button', { name: 'New blank workflow' }).click();
    await docs.rename('From tab one');
    await expect(studio.node('Pass')).toBeVisible();
    await expect.poll(() => otherDocs.workflowNames()).toContain('From tab one');
    await otherDocs.switchTo('From tab one');
    await expect(other.getByTestId('rf__node-Pass')).toBeVisible();

    // Both tabs now have "From tab one" open: a change in one leaves the other's text alone, with a warning.
    await otherDocs.setText(twoStates);
    await expect(docs.notices).toContainText('also changed in another tab');
    await expect(studio.node('Pass')).toBeVisible();
    expect(await otherDocs.text()).toBe(twoStates);
  });

  test('each workflow keeps its own text and undo history', async ({ page }) => {
    const { docs } = await open(page);
    const original = await docs.text();
    await docs.setText(twoStates);
    await docs.openSample('Hello World');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await docs.switchTo('Order processing');
    expect(await docs.text()).toBe(twoStates);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await docs.text()).toBe(original);
  });
});

test.describe('import and export', () => {
  test('exports .asl.json and opens it again through the file picker and by dropping it', async ({ page }) => {
    const { studio, docs } = await open(page);
    const text = await docs.text();
    const { download, content } = await docs.export('Download .asl.json');
    expect(download.suggestedFilename()).toBe('order-processing.asl.json');
    expect(content.toString('utf8')).toBe(text);

    await docs.fileInput.setInputFiles({ name: 'orders-again.asl.json', mimeType: 'application/json', buffer: content });
    await expect(docs.name).toHaveValue('orders-again');
    expect(await docs.text()).toBe(text);
    await expect(studio.node('CreateOrder')).toBeVisible();

    await docs.dropFile('dropped.asl.json', twoStates);
    await expect(docs.name).toHaveValue('dropped');
    expect(await docs.text()).toBe(twoStates);
    await expect(studio.node('Second')).toBeVisible();
    expect(await docs.workflowNames()).toEqual(['Order processing', 'orders-again', 'dropped']);
  });

  test('exports YAML, the clipboard text and the graph as SVG and PNG', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { docs } = await open(page);
    const yaml = (await docs.export('Download .asl.yaml')).content.toString('utf8');
    expect(yaml).toMatch(/^Comment: /m);
    expect(yaml).toContain('StartAt: CreateOrder');

    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Copy definition' }).click();
    await expect(docs.notices).toContainText('copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await docs.text());

    const svg = await docs.export('Download graph as SVG');
    expect(svg.download.suggestedFilename()).toBe('order-processing.svg');
    const svgText = svg.content.toString('utf8');
    expect(svgText.startsWith('<svg')).toBe(true);
    for (const name of ['CreateOrder', 'ProcessPayment', 'SendConfirmationEmail']) expect(svgText).toContain(name);

    const png = await docs.export('Download graph as PNG');
    expect(png.content.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.content.length).toBeGreaterThan(5000);
  });

  test('pasting a definition opens it as a new workflow; a 5 MB paste stays responsive', async ({ page }) => {
    const { docs } = await open(page);
    await docs.focusPage();
    const paste = (text: string) =>
      page.evaluate((t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    await paste(twoStates);
    await expect(docs.name).toHaveValue('Pasted workflow');
    expect(await docs.text()).toBe(twoStates);

    const states: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i += 1) states[`S${i}`] = { Type: 'Pass', Comment: 'x'.repeat(440), ...(i < 9_999 ? { Next: `S${i + 1}` } : { End: true }) };
    const huge = JSON.stringify({ StartAt: 'S0', States: states }, null, 2);
    expect(huge.length).toBeGreaterThan(5_000_000);
    const started = Date.now();
    await paste(huge);
    await expect(docs.name).toHaveValue('Pasted workflow 2', { timeout: 20_000 });
    await expect(docs.notices).toContainText('Large workflow');
    // The page answers again: the menu opens and lists the new workflow.
    expect(await docs.workflowNames()).toContain('Pasted workflow 2');
    console.log(`5 MB paste: ${Date.now() - started} ms until the page answered again`);
    expect((await docs.text()).length).toBe(huge.length);
  });
});

test.describe('share links', () => {
  test('open as a new workflow and leave the current one alone', async ({ page }) => {
    const { studio, docs } = await open(page);
    await docs.setText(twoStates);
    const hash = `#share=${compressToEncodedURIComponent(broken + '\n')}&name=${encodeURIComponent('From a friend')}`;
    await page.goto(`/${hash}`);
    await docs.ready();
    await expect(docs.name).toHaveValue('From a friend');
    expect(await docs.text()).toBe(broken + '\n');
    expect(new URL(page.url()).hash).toBe('');
    await docs.switchTo('Order processing');
    expect(await docs.text()).toBe(twoStates);
    await expect(studio.node('Second')).toBeVisible();
  });

  test('a corrupted link says so and changes nothing', async ({ page }) => {
    const { docs } = await open(page);
    await docs.setText(twoStates);
    const good = compressToEncodedURIComponent(twoStates);
    // Same page, new hash: the studio hears a hashchange.
    await page.evaluate((h) => (window.location.hash = h), `share=${good.slice(0, good.length / 2)}`);
    await expect(docs.notices).toContainText('This share link cannot be opened');
    await expect(docs.notices).toContainText('unchanged');
    expect(await docs.text()).toBe(twoStates);
    expect(await docs.workflowNames()).toEqual(['Order processing']);

    await page.goto('/#share=not-a-workflow!!');
    await docs.ready();
    await expect(docs.notices).toContainText('This share link cannot be opened');
    expect(await docs.text()).toBe(twoStates);
  });

  test('the Share button copies a link that opens the same workflow', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { docs } = await open(page);
    await docs.setText(twoStates);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this workflow' });
    await expect(dialog).toContainText('Link copied');
    const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.screenshot({ path: test.info().outputPath('share-dialog.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();

    const other = await context.newPage();
    await other.goto(link);
    const otherDocs = new Documents(other);
    await otherDocs.ready();
    await expect(otherDocs.name).toHaveValue('Order processing 2');
    expect(await otherDocs.text()).toBe(twoStates);
  });
});

test.describe('shell', () => {
  test('undo and redo a chain of five mixed edits back to the exact text', async ({ page }) => {
    const { docs } = await open(page);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const undo = () => page.keyboard.press('Control+z');
    const texts = [await docs.text()];

    await docs.setText(twoStates); // 1: the editor replaces the text
    texts.push(await docs.text());
    const comment = inspector.getByRole('textbox', { name: /^Comment/ });
    await comment.fill('Edited in the inspector'); // 2: an inspector field
    await comment.press('Tab');
    await expect.poll(() => docs.text()).toContain('Edited in the inspector');
    texts.push(await docs.text());
    await docs.setText('Comment: YAML now\nStartAt: Only\nStates:\n  Only:\n    Type: Pass\n    End: true\n'); // 3: YAML
    texts.push(await docs.text());
    const timeout = inspector.getByRole('textbox', { name: /^Execution timeout/ });
    await timeout.fill('60'); // 4: another inspector field, on the YAML text
    await timeout.press('Tab');
    await expect.poll(() => docs.text()).toContain('TimeoutSeconds: 60');
    texts.push(await docs.text());
    await docs.setText(broken); // 5: broken text
    texts.push(await docs.text());
    expect(new Set(texts).size).toBe(6);

    await docs.focusPage();
    for (let i = 4; i >= 0; i -= 1) {
      await undo();
      expect(await docs.text()).toBe(texts[i]);
    }
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await page.keyboard.press('Control+Shift+z');
    expect(await docs.text()).toBe(texts[1]);
    await page.keyboard.press('Control+y');
    expect(await docs.text()).toBe(texts[2]);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await docs.text()).toBe(texts[3]);
    await docs.focusPage();
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    expect(await docs.text()).toBe(texts[5]);
    await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
  });

  test('Ctrl+Z in a text field is the field’s own undo, not the document’s', async ({ page }) => {
    const { docs } = await open(page);
    await docs.setText(twoStates);
    await docs.name.fill('Renamed');
    await docs.name.press('Control+z');
    expect(await docs.text()).toBe(twoStates);
  });

  test('panels collapse and resize with the mouse and the keyboard', async ({ page }) => {
    await open(page);
    const browser = page.locator('.states-browser');
    const handle = page.getByRole('separator', { name: 'Resize the states browser' });
    const width = async () => (await browser.boundingBox())!.width;
    const before = await width();
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(width).toBe(before + 32);
    await expect(handle).toHaveAttribute('aria-valuenow', String(before + 32));

    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + 200, { steps: 4 });
    await page.mouse.up();
    await expect.poll(width).toBe(before + 92);

    await page.getByRole('button', { name: 'Toggle states browser' }).click();
    await expect(browser).toBeHidden();
    await expect(handle).toBeHidden();
    await page.getByRole('button', { name: 'Toggle inspector' }).click();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Workflow name' })).toBeVisible();
    await expect(browser).toBeHidden();
    await page.getByRole('button', { name: 'Toggle states browser' }).click();
    await expect.poll(width).toBe(before + 92);
  });

  test('light and dark themes', async ({ page }) => {
    const { docs } = await open(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.screenshot({ path: test.info().outputPath('light.png') });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.react-flow')).toHaveClass(/dark/);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.top-bar')!).backgroundColor);
    expect(background).toBe('rgb(17, 24, 39)');
    await page.screenshot({ path: test.info().outputPath('dark.png') });
    await docs.openMenu();
    await page.screenshot({ path: test.info().outputPath('workflows-menu-dark.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Samples' }).click();
    await expect(page.getByRole('dialog', { name: 'Samples' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('gallery-dark.png') });
  });
});
