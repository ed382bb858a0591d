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

  /** The visible names of every state node, in document order. */
  async stateNames(): Promise<string[]> {
    return this.page.locator('.react-flow__node[data-state-type] [data-role="state-name"]').allInnerTexts();
  }
}
