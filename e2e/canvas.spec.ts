import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

test.describe('first page', () => {
  test('opens with the sample workflow drawn as a graph', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const studio = new StudioPage(page);
    await studio.open();

    for (const name of ['CreateOrder', 'ProcessPayment', 'UpdateInventory', 'SendConfirmationEmail', 'PaymentFailed']) {
      await expect(studio.node(name)).toBeVisible();
      await expect(studio.node(name)).toContainText(name);
    }
    await expect(studio.node('CreateOrder')).toHaveAttribute('data-state-type', 'Task');
    await expect(studio.node('PaymentFailed')).toHaveAttribute('data-state-type', 'Fail');
    // Catch edges are drawn and labelled with their error names.
    await expect(studio.edgeLabel('PaymentDeclined')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('lays out the states top to bottom in execution order', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const order = ['CreateOrder', 'ProcessPayment', 'UpdateInventory', 'SendConfirmationEmail'];
    const tops: number[] = [];
    for (const name of order) {
      const box = await studio.node(name).boundingBox();
      expect(box).not.toBeNull();
      tops.push(box!.y);
    }
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  });

  test('fits the graph again when the canvas shrinks, but leaves a view the user has moved', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await expect.poll(() => studio.allStatesInView()).toBe(true);

    // Split: the canvas loses half its width.
    await page.getByRole('tab', { name: 'Split' }).click();
    await expect(page.getByTestId('code-editor')).toBeVisible();
    await expect.poll(() => studio.allStatesInView()).toBe(true);
    // The execution drawer takes the bottom of the canvas.
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Execution', exact: true })).toBeVisible();
    await expect.poll(() => studio.allStatesInView()).toBe(true);

    // The user pans: from then on a resize keeps their place.
    const canvas = (await studio.canvas.boundingBox())!;
    await page.mouse.move(canvas.x + 12, canvas.y + 12);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 132, canvas.y + 72, { steps: 5 });
    await page.mouse.up();
    const before = await studio.node('CreateOrder').boundingBox();
    await page.getByRole('button', { name: 'Toggle inspector' }).click();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
    // Longer than the refit's settle time: had it refitted, the node would have moved by now.
    await page.waitForTimeout(300);
    expect(await studio.node('CreateOrder').boundingBox()).toEqual(before);
  });
});
