import { expect, type Locator, type Page } from '@playwright/test';

/** The code editor as a person sees it: Monaco's lines, its header, the syntax banner. */
export class CodeEditor {
  readonly panel: Locator;
  readonly lines: Locator;
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Code editor' });
    this.lines = this.panel.locator('.monaco-editor .view-lines');
    this.banner = page.getByTestId('syntax-banner');
  }

  /** Switches the studio to a view ('Code' or 'Split') and waits for Monaco to draw the text. */
  async show(view: 'Code' | 'Split'): Promise<void> {
    await this.page.getByRole('tab', { name: view }).click();
    await expect(this.lines).toBeVisible();
  }

  /** Loads a definition through the test API (fixtures only; edits are made by typing). */
  async load(text: string): Promise<void> {
    await this.page.evaluate((t) => window.__studio!.setText(t), text);
    await expect.poll(() => this.text()).toBe(text);
  }

  /** The editor's own text (its Monaco model). */
  text(): Promise<string | undefined> {
    return this.page.evaluate(() => window.__studio!.getEditorText());
  }

  /** The store's text (what the graph is built from). */
  storeText(): Promise<string> {
    return this.page.evaluate(() => window.__studio!.getText());
  }

  /** A rendered line of the editor that contains `text`. */
  line(text: string): Locator {
    return this.lines.locator('.view-line', { hasText: text });
  }

  /**
   * Clicks with the mouse on the first character of the visible line that contains `text`.
   * Not `locator.click()`: Monaco's line elements are wider than the editor, and Playwright would
   * scroll their container to centre them, which no person's click does.
   */
  async clickLine(text: string): Promise<void> {
    const line = this.line(text).first();
    await expect(line).toBeVisible();
    // Like a person, look where the cursor went (the highlighted current line) and click again
    // if the text moved under the mouse (the editor was still settling after a change).
    await expect(async () => {
      // The middle of the line's first visible character (however Monaco split it into tokens).
      const point = await line.evaluate((element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const index = node.textContent!.search(/[^\s\u00a0]/);
          if (index < 0) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
        const rect = element.getBoundingClientRect();
        return { x: rect.x + 2, y: rect.y + rect.height / 2 };
      });
      await this.page.mouse.click(point.x, point.y);
      const lineTop = (await line.boundingBox())!.y;
      const cursorTop = (await this.panel.locator('.view-overlays .current-line').first().boundingBox())!.y;
      expect(Math.abs(cursorTop - lineTop)).toBeLessThan(2);
    }).toPass({ timeout: 5000 });
  }

  /** Clicks on the visible line that contains `text`, then presses End (the cursor ends the line). */
  async clickLineEnd(text: string): Promise<void> {
    await this.clickLine(text);
    await this.page.keyboard.press('End');
  }

  /** Clicks into the editor's text area (the cursor lands where the mouse is). */
  async focus(): Promise<void> {
    await this.panel.locator('.monaco-editor').click({ position: { x: 120, y: 40 } });
  }

  /**
   * Puts the cursor right after `needle` using the editor's Find (Ctrl+F, Enter, Escape) the way
   * a person would in a long file: the match is selected, ArrowRight collapses to its end.
   */
  async cursorAfter(needle: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('Control+f');
    const find = this.panel.getByRole('textbox', { name: 'Find' });
    await find.fill(needle);
    await find.press('Enter');
    await find.press('Escape');
    await this.page.keyboard.press('ArrowRight');
  }

  /** The format switch's button for a format ('JSON' or 'YAML'). */
  formatButton(label: 'JSON' | 'YAML'): Locator {
    return this.panel.getByRole('group', { name: 'Definition format' }).getByRole('button', { name: label });
  }
}
