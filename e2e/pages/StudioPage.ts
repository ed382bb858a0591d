import { expect, type Locator, type Page } from '@playwright/test';

/** The studio as a person sees it: the canvas, its nodes and edges. */
export class StudioPage {
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('canvas');
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.canvas).toBeVisible();
  }

  /** A state's node on the canvas (React Flow's test id is `rf__node-<StateName>`). */
  node(stateName: string): Locator {
    return this.page.getByTestId(`rf__node-${stateName}`);
  }

  /** An edge's label on the canvas (a Choice rule, Default, a Catch's error names). */
  edgeLabel(text: string): Locator {
    return this.canvas.locator('.edge-label').filter({ hasText: text });
  }

  /** True when every state node lies wholly inside the visible canvas. */
  async allStatesInView(): Promise<boolean> {
    const canvas = await this.canvas.boundingBox();
    if (!canvas) return false;
    const boxes = await this.page.locator('.react-flow__node[data-state-type]').evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
      }),
    );
    return boxes.length > 0 && boxes.every((b) => b.x >= canvas.x && b.y >= canvas.y && b.right <= canvas.x + canvas.width && b.bottom <= canvas.y + canvas.height);
  }

  /** The visible names of every state node, in document order. */
  async stateNames(): Promise<string[]> {
    return this.page.locator('.react-flow__node[data-state-type] [data-role="state-name"]').allInnerTexts();
  }
}
