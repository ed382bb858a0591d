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
    await expect(page.getByText('PaymentDeclined')).toBeVisible();
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
});
