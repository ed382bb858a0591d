import { expect, type Locator, type Page } from '@playwright/test';

/** The inspector panel as a person sees it: a header, tabs, labelled fields, cards. */
export class Inspector {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
  }

  /** Loads a definition through the test API (fixtures only; edits are made in the UI). */
  async load(text: string): Promise<void> {
    await this.page.evaluate((t) => window.__studio!.setText(t), text);
    await expect.poll(() => this.text()).toBe(text);
  }

  text(): Promise<string> {
    return this.page.evaluate(() => window.__studio!.getText());
  }

  definition<T>(): Promise<T> {
    return this.page.evaluate(() => window.__studio!.getDefinition()) as Promise<T>;
  }

  tab(name: string): Locator {
    return this.root.getByRole('tab', { name });
  }

  async openTab(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** A field by its label (labels carry the ASL key too, so part of the label is enough). */
  field(label: string, within: Locator = this.root): Locator {
    return within.locator('input, textarea, select').and(within.getByLabel(label));
  }

  /** Types into a field and commits it with Enter, as a person would. */
  async commit(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    await field.press('Enter');
  }

  /** The messages under a field (validator or parse errors). */
  messagesOf(field: Locator): Locator {
    return field.locator('xpath=ancestor::div[contains(@class,"field")][1]').locator('.field__message');
  }

  /** A card (rule, retrier, catcher) by its title: `Rule 2`, `Retrier 1`. */
  card(title: string): Locator {
    return this.root.getByRole('group', { name: title, exact: true });
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name });
  }
}
