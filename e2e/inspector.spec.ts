import { expect, test, type Page } from '@playwright/test';
import { Inspector } from './pages/Inspector';
import { StudioPage } from './pages/StudioPage';

// "Target" is reached from StartAt, a Next, a Choice Default and a Catch: a rename must follow all four.
const fixture = `{
  "Comment": "Inspector fixture",
  "StartAt": "Target",
  "States": {
    "Target": { "Type": "Pass", "Next": "Route" },
    "Route": {
      "Type": "Choice",
      "Choices": [
        { "Variable": "$.go", "BooleanEquals": true, "Next": "Work" },
        { "Variable": "$.wait", "IsPresent": true, "Next": "Retry later" }
      ],
      "Default": "Target"
    },
    "Retry later": { "Type": "Wait", "Seconds": 1, "Next": "Target" },
    "Work": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": { "FunctionName": "work", "Payload.$": "$" },
      "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Target" }],
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" }
  }
}
`;

interface Machine {
  Comment?: string;
  StartAt: string;
  States: Record<string, Record<string, unknown> & { Choices?: Record<string, unknown>[]; Retry?: Record<string, unknown>[] }>;
}

const shots = process.env.E2E_SHOTS;
async function shot(page: Page, name: string) {
  if (!shots) return;
  await page.screenshot({ path: `${shots}/inspector-${name}.png` });
  const panel = new Inspector(page).root;
  await panel.screenshot({ path: `${shots}/panel-${name}.png` });
  // And the lower half, where long forms continue.
  await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await panel.screenshot({ path: `${shots}/panel-${name}-end.png` });
  await panel.evaluate((el) => el.scrollTo(0, 0));
}

async function open(page: Page) {
  const studio = new StudioPage(page);
  const inspector = new Inspector(page);
  await studio.open();
  await inspector.load(fixture);
  await expect(studio.node('Target')).toBeVisible();
  return { studio, inspector };
}

test.describe('inspector', () => {
  test('renaming a state in the inspector renames every reference in the code', async ({ page }) => {
    const { studio, inspector } = await open(page);
    await studio.node('Target').click();
    const name = inspector.field('State name');
    await expect(name).toHaveValue('Target');

    // A taken name is refused inline; the typed text stays and the code is untouched.
    const before = await inspector.text();
    await inspector.commit(name, 'Work');
    await expect(inspector.messagesOf(name)).toContainText('There is already a state named');
    await expect(name).toHaveValue('Work');
    expect(await inspector.text()).toBe(before);

    await inspector.commit(name, 'Prepare order');
    await expect(studio.node('Prepare order')).toBeVisible();
    await expect(name).toHaveValue('Prepare order');
    const text = await inspector.text();
    expect(text).not.toContain('"Target"');
    const def = await inspector.definition<Machine>();
    expect(def.StartAt).toBe('Prepare order');
    expect(def.States['Retry later'].Next).toBe('Prepare order');
    expect(def.States.Route.Default).toBe('Prepare order');
    expect((def.States.Work.Catch as { Next: string }[])[0].Next).toBe('Prepare order');
    expect(Object.keys(def.States)[0]).toBe('Prepare order');
  });

  test('builds a Choice rule with the rule builder', async ({ page }) => {
    const { studio, inspector } = await open(page);
    await studio.node('Route').click();
    await expect(inspector.card('Rule 2')).toBeVisible();
    await inspector.button('+ Add rule').click();
    const rule = inspector.card('Rule 3');
    await expect(rule).toBeVisible();

    await rule.getByLabel('Operator').selectOption('NumericGreaterThan');
    await inspector.commit(rule.getByLabel('Variable'), '$.x');
    // No Enter: choosing the next state moves the focus, which commits the value first.
    await inspector.field('Value', rule).fill('10');
    await rule.getByLabel('Next state').focus();
    await rule.getByLabel('Next state').selectOption('Done');

    const def = await inspector.definition<Machine>();
    expect(def.States.Route.Choices?.[2]).toEqual({ Variable: '$.x', NumericGreaterThan: 10, Next: 'Done' });
    expect(await inspector.text()).toContain('"NumericGreaterThan": 10');
    await expect(studio.canvas.getByText('$.x > 10')).toBeVisible();
    await expect(rule).toContainText('$.x > 10');

    // Nested groups: negate the rule and add a condition; the code follows.
    await rule.getByRole('button', { name: '+ Condition' }).first().click();
    await expect.poll(async () => (await inspector.definition<Machine>()).States.Route.Choices?.[2]).toEqual({
      And: [{ Variable: '$.x', NumericGreaterThan: 10 }, { Variable: '$.value', IsPresent: true }],
      Next: 'Done',
    });
    await shot(page, 'choice');
  });

  test('adds a retrier and edits it', async ({ page }) => {
    const { studio, inspector } = await open(page);
    await studio.node('Work').click();
    await inspector.openTab('Error handling');
    await inspector.button('+ Add retrier').click();
    const retrier = inspector.card('Retrier 1');
    await inspector.commit(retrier.getByLabel('Max attempts'), '5');
    await retrier.getByLabel('Jitter').selectOption('FULL');
    const def = await inspector.definition<Machine>();
    expect(def.States.Work.Retry).toEqual([{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 5, BackoffRate: 2, JitterStrategy: 'FULL' }]);
    expect(await inspector.text()).toContain('"MaxAttempts": 5');

    // Error names: add one by typing, remove the catch-all.
    await inspector.commit(retrier.getByLabel('Add an error'), 'States.Timeout');
    await retrier.getByRole('button', { name: 'Remove States.ALL' }).click();
    await expect.poll(async () => (await inspector.definition<Machine>()).States.Work.Retry?.[0].ErrorEquals).toEqual(['States.Timeout']);
    await shot(page, 'retry');
  });

  test('an invalid number stays in its field with a message until it is fixed', async ({ page }) => {
    const { studio, inspector } = await open(page);
    await studio.node('Work').click();
    await inspector.openTab('Error handling');
    const timeout = inspector.field('Task timeout (seconds)');
    const before = await inspector.text();
    await inspector.commit(timeout, 'abc');
    await expect(inspector.messagesOf(timeout)).toHaveText(['Enter a whole number or a ${Placeholder}.']);
    await expect(timeout).toHaveValue('abc');
    await expect(timeout).toHaveAttribute('aria-invalid', 'true');
    expect(await inspector.text()).toBe(before);

    // The draft survives a trip to another tab.
    await inspector.openTab('Configuration');
    await inspector.openTab('Error handling');
    await expect(timeout).toHaveValue('abc');

    await inspector.commit(timeout, '30');
    await expect(inspector.messagesOf(timeout)).toHaveCount(0);
    expect((await inspector.definition<Machine>()).States.Work.TimeoutSeconds).toBe(30);

    // The validator's messages show on the field they are about.
    const heartbeat = inspector.field('Heartbeat (seconds)');
    await inspector.commit(heartbeat, '60');
    await expect(inspector.messagesOf(heartbeat)).not.toHaveCount(0);
    await expect(heartbeat).toHaveAttribute('aria-invalid', 'true');
  });

  test('shows the machine when nothing is selected and edits its Comment', async ({ page }) => {
    const { inspector } = await open(page);
    await expect(inspector.root).toContainText('State machine');
    await expect(inspector.root.getByTestId('summary-states')).toHaveText('5');
    const comment = inspector.field('Comment');
    await expect(comment).toHaveValue('Inspector fixture');
    await comment.fill('Routes work and retries');
    await comment.blur();
    await expect.poll(async () => (await inspector.definition<Machine>()).Comment).toBe('Routes work and retries');
    await inspector.root.getByRole('radio', { name: 'JSONata' }).click();
    await expect.poll(() => inspector.text()).toContain('"QueryLanguage": "JSONata"');
    await shot(page, 'machine');
  });

  test('a Task shows its integration, payload, data-flow preview and every tab', async ({ page }) => {
    const { studio, inspector } = await open(page);
    await studio.node('Work').click();
    await expect(inspector.root.getByTestId('integration-name')).toHaveText('Lambda: Invoke');
    await inspector.root.getByRole('switch', { name: /Wait for callback/ }).check();
    await expect.poll(async () => (await inspector.definition<Machine>()).States.Work.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
    await shot(page, 'task-configuration');

    await inspector.openTab('Input/Output');
    await inspector.commit(inspector.field('Add original input to output with ResultPath'), '$.result');
    const preview = inspector.root.getByTestId('data-flow-preview');
    await inspector.field('Sample input').fill('{ "order": 7 }');
    await inspector.field('Mocked task result').fill('{ "Payload": { "ok": true } }');
    await expect(preview.locator('[data-phase="afterParameters"]')).toContainText('"FunctionName": "work"');
    await expect(preview.locator('[data-phase="output"]')).toContainText('"order": 7');
    await expect(preview.locator('[data-phase="output"]')).toContainText('"ok": true');
    await shot(page, 'task-io');

    await inspector.openTab('Variables');
    await inspector.button('+ Add variable').click();
    await expect.poll(async () => (await inspector.definition<Machine>()).States.Work.Assign).toEqual({ variable: 'value' });
    await shot(page, 'task-variables');

    await inspector.openTab('Error handling');
    await shot(page, 'task-errors');
  });

  test('odd shapes and hostile names are shown, never executed, and never break the panel', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { inspector } = await open(page);
    const evil = '<img src=x onerror="window.__pwned=1">';
    await inspector.load(JSON.stringify({
      StartAt: evil,
      States: {
        [evil]: { Type: 'Task', Resource: 42, Retry: [null, 'x'], Catch: 'nope', Parameters: [], Next: 'Odd' },
        Odd: { Type: 'Choice', Choices: [null, { And: 'x' }, 7], Default: 'Map' },
        Map: { Type: 'Map', ItemReader: 'x', ItemProcessor: { ProcessorConfig: null, StartAt: 'In', States: { In: { Type: 'Pass', End: true } } }, End: true },
      },
    }, null, 2));
    for (const name of [evil, 'Odd', 'Map']) {
      await page.evaluate((n) => window.__studio!.select(n), name);
      await expect(inspector.field('State name')).toHaveValue(name);
      for (const tab of ['Configuration', 'Input/Output', 'Variables', 'Error handling']) {
        await inspector.openTab(tab);
        await expect(inspector.root.getByText('a shape the form cannot show')).toHaveCount(0);
      }
    }
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
