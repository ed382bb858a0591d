import { expect, type Locator, type Page } from '@playwright/test';

/** The execution drawer and the top bar's Run button, as a person sees them. */
export class ExecutionPanel {
  readonly root: Locator;
  readonly runButton: Locator;
  readonly start: Locator;
  readonly stop: Locator;
  readonly clear: Locator;
  readonly input: Locator;
  readonly badge: Locator;
  readonly output: Locator;
  readonly error: Locator;
  readonly events: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Execution', exact: true });
    this.runButton = page.getByRole('button', { name: 'Run', exact: true });
    this.start = this.root.getByRole('button', { name: 'Start execution' });
    this.stop = this.root.getByRole('button', { name: 'Stop execution' });
    this.clear = this.root.getByRole('button', { name: 'Clear' });
    this.input = this.root.getByLabel(/^Input/);
    this.badge = this.root.getByRole('status');
    this.output = this.root.getByLabel('Execution output');
    this.error = this.root.getByLabel('Execution error');
    this.events = this.root.getByRole('region', { name: 'Execution events' });
  }

  /** Waits for the run to end and checks how. */
  async expectStatus(label: 'Succeeded' | 'Failed' | 'Aborted' | 'Running' | 'Timed out' | 'Waiting for callback', timeout = 10_000): Promise<void> {
    await expect(this.badge).toHaveText(label, { timeout });
  }

  /** The run status a state shows on the canvas (`data-run-status` of its node). */
  stateStatus(stateName: string): Locator {
    return this.page.getByTestId(`rf__node-${stateName}`).locator('[data-run-status]');
  }
}
