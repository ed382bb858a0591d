import { expect, type Locator, type Page } from '@playwright/test';

/** A definition as the tests read it back. */
export interface Machine {
  StartAt: string;
  States: Record<string, Record<string, unknown> & { Next?: string; End?: boolean; Branches?: Machine[] }>;
}

/** Editing on the canvas: drop zones, node drags, keys and the context menu. */
export class CanvasEditor {
  constructor(readonly page: Page) {}

  /** Loads a fixture through the test API (the edits themselves are made in the UI). */
  async load(text: string): Promise<void> {
    await this.page.evaluate((t) => window.__studio!.setText(t), text);
    await expect.poll(() => this.text()).toBe(text);
  }

  text(): Promise<string> {
    return this.page.evaluate(() => window.__studio!.getText());
  }

  definition(): Promise<Machine> {
    return this.page.evaluate(() => window.__studio!.getDefinition()) as Promise<unknown> as Promise<Machine>;
  }

  node(name: string): Locator {
    return this.page.getByTestId(`rf__node-${name}`);
  }

  /** The drop zone with this accessible name (`Insert between A and B`), shown while dragging. */
  dropZone(name: string): Locator {
    return this.page.locator(`[data-testid="drop-zone"][aria-label="${name.replace(/"/g, '\\"')}"]`);
  }

  allDropZones(): Locator {
    return this.page.getByTestId('drop-zone');
  }

  /**
   * Drags `source` (a states-browser item or a state node) with the mouse, as a person does: press,
   * move into the canvas (the drop zones appear), then over the zone and release. Real HTML5 drag
   * and drop: Chromium fires dragstart/dragover/drop.
   */
  async startDrag(source: Locator): Promise<void> {
    await source.hover();
    await this.page.mouse.down();
    const canvas = await this.page.getByTestId('canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await this.page.mouse.move(canvas.x + 40, canvas.y + 40, { steps: 4 });
  }

  /**
   * Releases over `zone` the way a person does: aims at where it is once the view has come to rest
   * (an edit can scroll the new state into view with a short animation), and lets go only when the
   * zone shows it is the target.
   */
  async dropOn(zone: Locator): Promise<void> {
    await expect(zone).toBeVisible();
    await expect(async () => {
      const box = await restingBox(this.page, zone);
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await expect(zone).toHaveClass(/(drop-zone|group-drop)--hover/, { timeout: 500 });
    }).toPass({ timeout: 5_000 });
    await this.page.mouse.up();
  }

  async dragTo(source: Locator, zoneName: string): Promise<void> {
    await this.startDrag(source);
    await this.dropOn(this.dropZone(zoneName));
  }

  /** The context menu open right now. */
  menu(): Locator {
    return this.page.getByRole('menu').first();
  }

  menuItem(name: string): Locator {
    return this.page.getByRole('menuitem', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  undo(): Promise<void> {
    return this.page.getByRole('button', { name: 'Undo' }).click();
  }
}

/** The box of `target` once two readings a frame apart agree (the view is not being animated). */
async function restingBox(page: Page, target: Locator) {
  let last = await target.boundingBox();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(50);
    const now = await target.boundingBox();
    if (last && now && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
    last = now;
  }
  if (!last) throw new Error('drop zone has no box');
  return last;
}
