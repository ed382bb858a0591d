import { expect, test, type Locator, type Page } from '@playwright/test';
import { ExecutionPanel } from './pages/ExecutionPanel';
import { Inspector } from './pages/Inspector';
import { StudioPage } from './pages/StudioPage';

// A Task that reads a variable set by the state before it, retries throttling, and catches the rest.
const fixture = `{
  "StartAt": "Remember order",
  "States": {
    "Remember order": { "Type": "Pass", "Assign": { "orderId.$": "$.id" }, "Next": "Charge card" },
    "Charge card": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": { "FunctionName": "charge", "Payload": { "order.$": "$orderId", "amount.$": "$.amount" } },
      "Retry": [{ "ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2, "MaxAttempts": 3 }],
      "Catch": [
        { "ErrorEquals": ["Payment.Declined"], "ResultPath": "$.failure", "Next": "Notify customer" },
        { "ErrorEquals": ["States.ALL"], "Next": "Refund" }
      ],
      "Next": "Done"
    },
    "Notify customer": { "Type": "Pass", "End": true },
    "Refund": { "Type": "Pass", "End": true },
    "Done": { "Type": "Succeed" }
  }
}
`;

async function openPreview(page: Page, state: string, text = fixture) {
  const studio = new StudioPage(page);
  const inspector = new Inspector(page);
  await studio.open();
  await inspector.load(text);
  await studio.node(state).click();
  await inspector.openTab('Input/Output');
  const preview = inspector.root.getByTestId('data-flow-preview');
  return { studio, inspector, preview };
}

/** A phase box of the preview by its `data-phase`. */
const phase = (preview: Locator, key: string) => preview.locator(`[data-phase="${key}"]`);

/** A picture of the inspector, scrolled so `top` is just under its tabs, to look at by eye. */
async function shot(inspector: Inspector, name: string, top?: Locator) {
  if (top) await top.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await inspector.root.screenshot({ path: `/tmp/h3-${name}.png` });
}

test.describe('data-flow preview', () => {
  test('previews a Task with variables, a mocked error, its retrier and its catcher', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { studio, inspector, preview } = await openPreview(page, 'Charge card');

    // Variables in scope: `$orderId` in Parameters reads them.
    await inspector.field('Sample input').fill('{ "amount": 42 }');
    await inspector.field('Variables in scope').fill('{ "orderId": "o-1" }');
    await expect(phase(preview, 'afterParameters')).toContainText('"order": "o-1"');
    await expect(phase(preview, 'afterParameters')).toContainText('"amount": 42');
    await expect(preview).toContainText('Next: Done');

    // Malformed variables: a message under the box, the text kept, no stale preview.
    const variables = inspector.field('Variables in scope');
    await variables.fill('{ "orderId": ');
    await expect(inspector.messagesOf(variables)).toContainText('Not valid JSON');
    await expect(variables).toHaveValue('{ "orderId": ');
    await expect(preview).toContainText('Fix the marked field');
    await variables.fill('{ "orderId": "o-1" }');
    await expect(phase(preview, 'afterParameters')).toContainText('"order": "o-1"');

    // The task fails: the first catcher matches and its ResultPath puts the error beside the input.
    await inspector.root.getByRole('radio', { name: 'Error' }).click();
    await inspector.field('Error name').fill('Payment.Declined');
    await inspector.field('Cause').fill('card expired');
    await shot(inspector, 'fields', inspector.root.getByRole('button', { name: 'Data flow preview' }));
    const handling = preview.getByTestId('preview-error-handling');
    await expect(handling).toContainText('Catcher 1 catches it');
    await expect(handling).toContainText('→ Notify customer');
    await expect(phase(handling, 'errorOutput')).toContainText('"Error": "Payment.Declined"');
    await expect(phase(handling, 'errorOutput')).toContainText('"Cause": "card expired"');
    await expect(phase(handling, 'catcherOutput')).toContainText("After the catcher's ResultPath ($.failure)");
    await expect(phase(handling, 'catcherOutput')).toContainText('"failure": {');
    await expect(phase(handling, 'catcherOutput')).toContainText('"amount": 42');
    await expect(preview).toContainText('Error caught');
    await expect(preview).toContainText('Next: Notify customer');
    await shot(inspector, 'catch', preview);

    // Throttling: the retrier would retry, after its interval; once its attempts are spent, Catch decides.
    await inspector.field('Error name').fill('Lambda.TooManyRequestsException');
    await expect(handling).toContainText('Retrier 1 retries');
    await expect(handling).toContainText('Waits 2 s');
    await expect(handling).toContainText('retry 1 of 3');
    await shot(inspector, 'retry', preview);
    await inspector.field('Retries already made').fill('3');
    await expect(handling).toContainText('Catcher 2 catches it');
    await expect(preview).toContainText('Next: Refund');

    // What was typed stays with the state across a switch.
    await studio.node('Refund').click();
    await expect(inspector.field('Sample input')).not.toHaveValue('{ "amount": 42 }');
    await studio.node('Charge card').click();
    await inspector.openTab('Input/Output');
    await expect(inspector.field('Variables in scope')).toHaveValue('{ "orderId": "o-1" }');
    await expect(inspector.root.getByRole('radio', { name: 'Error' })).toHaveAttribute('aria-checked', 'true');
    await expect(inspector.field('Error name')).toHaveValue('Lambda.TooManyRequestsException');
    await expect(handling).toContainText('Catcher 2 catches it');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await shot(inspector, 'dark', inspector.root.getByRole('radiogroup', { name: 'The task returns' }));
    expect(errors).toEqual([]);
  });

  test('starts from the input and variables the state had in the last run', async ({ page }) => {
    const { studio, inspector, preview } = await openPreview(page, 'Remember order');
    const run = new ExecutionPanel(page);
    await run.runButton.click();
    await expect(run.root).toBeVisible();
    await run.input.fill('{ "id": "o-7", "amount": 5 }');
    await run.start.click();
    await run.expectStatus('Succeeded');

    await studio.node('Charge card').click();
    await inspector.openTab('Input/Output');
    const variables = inspector.field('Variables in scope');
    await expect(variables).toHaveValue(/"orderId": "o-7"/);
    await expect(variables.locator('xpath=ancestor::div[contains(@class,"field")][1]')).toContainText('Starts from the variables in scope here in the last run');
    await expect(phase(preview, 'afterParameters')).toContainText('"order": "o-7"');
    await expect(phase(preview, 'afterParameters')).toContainText('"amount": 5');
    await shot(inspector, 'from-run', inspector.root.getByRole('button', { name: 'Data flow preview' }));
  });

  test('follows the typing in a field, and stops a runaway expression without freezing the page', async ({ page }) => {
    const jsonata = `{ "QueryLanguage": "JSONata", "StartAt": "Shape", "States": {
      "Shape": { "Type": "Pass", "Output": "{% $states.input.n * 2 %}", "End": true } } }`;
    const { inspector, preview } = await openPreview(page, 'Shape', jsonata);
    await inspector.field('Sample input').fill('{ "n": 21 }');
    const value = phase(preview, 'output').locator('pre');
    await expect(value).toHaveText('42');

    // Typed, not yet applied (no Enter, the box keeps the focus): the preview already follows it.
    await inspector.field('Variables in scope').fill('{ "bonus": 100 }');
    const output = inspector.field('Output');
    await output.fill('{% $states.input.n + $bonus %}');
    await expect(value).toHaveText('121');
    await expect(preview.locator('xpath=..')).toContainText('Uses what you are typing in Output');

    // An expression that never ends runs in a worker: the page stays responsive, and it is stopped.
    await output.fill('{% ($f := function($n){ $f($n + 1) }; $f(0)) %}');
    await expect(preview).toContainText('The preview was stopped after 3 s', { timeout: 8000 });
    await shot(inspector, 'runaway', inspector.root.getByRole('button', { name: 'Data flow preview' }));
    await inspector.field('Sample input').fill('{ "n": 1 }');
    await output.fill('{% $states.input.n + 1 %}');
    await expect(value).toHaveText('2');
    await expect(preview).not.toContainText('stopped');
  });
});
