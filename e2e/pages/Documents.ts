import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The document side of the studio: workflows, import/export, share, the storage warning. */
export class Documents {
  readonly name: Locator;
  readonly workflowsButton: Locator;
  readonly workflowsPanel: Locator;
  readonly notices: Locator;
  readonly storageBanner: Locator;
  readonly fileInput: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Workflow name' });
    this.workflowsButton = page.getByRole('button', { name: 'Workflows' });
    this.workflowsPanel = page.getByRole('dialog', { name: 'Workflows' });
    this.notices = page.locator('.notices');
    this.storageBanner = page.getByTestId('storage-banner');
    this.fileInput = page.getByTestId('import-file-input');
  }

  /** Waits for the restored workspace: the test API exists only once storage has been read. */
  async ready(): Promise<void> {
    await expect(this.name).toBeVisible();
    await this.page.waitForFunction(() => window.__studio !== undefined);
  }

  async text(): Promise<string> {
    return this.page.evaluate(() => window.__studio!.getText());
  }

  async setText(text: string): Promise<void> {
    await this.page.evaluate((t) => window.__studio!.setText(t), text);
  }

  async openMenu(): Promise<void> {
    if (!(await this.workflowsPanel.isVisible())) await this.workflowsButton.click();
    await expect(this.workflowsPanel).toBeVisible();
  }

  /** The names in the workflows menu, in order (closes the menu again). */
  async workflowNames(): Promise<string[]> {
    await this.openMenu();
    const names = await this.workflowsPanel.locator('.workflow-row__name').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return names;
  }

  async switchTo(name: string): Promise<void> {
    await this.openMenu();
    await this.workflowsPanel.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await expect(this.name).toHaveValue(name);
  }

  async rename(newName: string): Promise<void> {
    await this.name.fill(newName);
    await this.name.press('Enter');
    await expect(this.name).toHaveValue(newName);
  }

  async openSample(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Samples' }).click();
    await this.page.getByRole('button', { name: `Open sample ${title}` }).click();
    await expect(this.name).toHaveValue(title);
  }

  /** Runs an Export menu item and returns the download with its content. */
  async export(item: string): Promise<{ download: Download; content: Buffer }> {
    await this.page.getByRole('button', { name: 'Export' }).click();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: item }).click();
    const download = await downloading;
    return { download, content: await readFile((await download.path())!) };
  }

  /** Drops a file on the window the way a file manager does: dragenter, then drop. */
  async dropFile(name: string, content: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/json' }));
      return data;
    }, [name, content] as const);
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(this.page.getByTestId('drop-overlay')).toBeVisible();
    await this.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(this.page.getByTestId('drop-overlay')).toBeHidden();
  }

  /** Moves keyboard focus out of any field, as a click on an empty part of the page does. */
  async focusPage(): Promise<void> {
    await this.page.locator('.top-bar__brand').click();
  }
}
