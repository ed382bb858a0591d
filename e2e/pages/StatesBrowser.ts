import { expect, type Locator, type Page } from '@playwright/test';

/** The states browser as a person sees it: a search box, three tabs, draggable items. */
export class StatesBrowser {
  readonly root: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('navigation', { name: 'States browser' });
    this.search = this.root.getByRole('searchbox', { name: 'Search states' });
  }

  tab(name: 'Actions' | 'Flow' | 'Patterns'): Locator {
    return this.root.getByRole('tab', { name });
  }

  async openTab(name: 'Actions' | 'Flow' | 'Patterns'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** An item by its full name (`Pass`, `DynamoDB GetItem`, `Poll until done`). */
  item(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** The full names of the items listed right now. */
  async itemNames(): Promise<string[]> {
    return this.root.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  }

  /** The group headings shown right now (tabs while searching, services on the Actions tab). */
  headings(): Locator {
    return this.root.locator('.states-browser__heading');
  }
}
