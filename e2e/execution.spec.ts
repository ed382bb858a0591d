import { expect, test, type Page } from '@playwright/test';
import { ExecutionPanel } from './pages/ExecutionPanel';
import { StudioPage } from './pages/StudioPage';

const json = (value: unknown) => JSON.stringify(value, null, 2);

const rejecting = json({
  Comment: 'Rejects every order.',
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Result: { stock: 0 }, ResultPath: '$.inventory', Next: 'InStock?' },
    'InStock?': { Type: 'Choice', Choices: [{ Variable: '$.inventory.stock', NumericGreaterThan: 0, Next: 'Ship' }], Default: 'Reject' },
    Ship: { Type: 'Succeed' },
    Reject: { Type: 'Fail', Error: 'OrderRejected', Cause: 'Nothing left in stock.' },
  },
});

/** A Choice + Pass counter loop that never ends by itself (and waits 1 s each turn). */
const endless = json({
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Result: 0, ResultPath: '$.i', Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericGreaterThanEquals: 0, Next: 'Tick' }], Default: 'Done' },
    Tick: { Type: 'Wait', Seconds: 1, Next: 'Inc' },
    Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
    Done: { Type: 'Succeed' },
  },
});

/** The drawer takes room from the canvas: fit the graph into what is left, as a person would. */
async function fitView(page: Page): Promise<void> {
  await page.getByRole('button', { name: /fit view/i }).click();
}

/** A JSONata state that computes for minutes: the worker cannot read messages until it is done. */
const busy = json({
  QueryLanguage: 'JSONata',
  StartAt: 'Spin',
  States: { Spin: { Type: 'Pass', Output: '{% ( $f := function($n){ $n <= 1 ? $n : $f($n-1) + $f($n-2) }; $f(40) ) %}', End: true } },
});

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Frames the page paints in `ms` (a blocked main thread paints one or none; a loaded machine fewer than 30). */
function framesIn(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const end = performance.now() + duration;
        const tick = () => {
          frames++;
          if (performance.now() < end) requestAnimationFrame(tick);
          else resolve(frames);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

test.describe('a first run', () => {
  test('runs the order-processing sample: every state on its path succeeds and the output is shown', async ({ page }) => {
    const errors = collectErrors(page);
    const studio = new StudioPage(page);
    const run = new ExecutionPanel(page);
    await studio.open();
    await run.runButton.click();
    await expect(run.root).toBeVisible();
    await expect(run.input).toHaveValue(/"customerId": "c-42"/);
    await run.expectStatus('Succeeded');
    await fitView(page);
    for (const name of ['CreateOrder', 'ProcessPayment', 'UpdateInventory', 'SendConfirmationEmail']) {
      await expect(run.stateStatus(name)).toHaveAttribute('data-run-status', 'succeeded');
    }
    await expect(run.stateStatus('PaymentFailed')).toHaveAttribute('data-run-status', 'not-run');
    await expect(run.output).toContainText('"orderId": "ord-1001"');
    await expect(run.output).toContainText('"total": 59.98');
    await expect(run.events.getByRole('row').filter({ hasText: 'ExecutionSucceeded' })).toBeVisible();
    // The list follows the newest events.
    await expect(run.events.getByRole('row').filter({ hasText: 'TaskStateEntered' }).last()).toContainText('SendConfirmationEmail');
    await page.screenshot({ path: '/tmp/exec-succeeded.png' });
    expect(errors).toEqual([]);
  });

  test('a failing run shows its error and cause, and the failed state in red', async ({ page }) => {
    const studio = new StudioPage(page);
    const run = new ExecutionPanel(page);
    await studio.open();
    await page.evaluate((text) => window.__studio!.setText(text), rejecting);
    await expect(studio.node('Reject')).toBeVisible();
    await run.runButton.click();
    await run.expectStatus('Failed');
    await fitView(page);
    await expect(run.error).toContainText('OrderRejected');
    await expect(run.error).toContainText('Nothing left in stock.');
    await expect(run.stateStatus('Prepare')).toHaveAttribute('data-run-status', 'succeeded');
    await expect(run.stateStatus('InStock?')).toHaveAttribute('data-run-status', 'succeeded');
    await expect(run.stateStatus('Reject')).toHaveAttribute('data-run-status', 'failed');
    await expect(run.stateStatus('Ship')).toHaveAttribute('data-run-status', 'not-run');
    // Red, once the colour transition has settled.
    await expect.poll(() => run.stateStatus('Reject').evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(220, 38, 38)');
    await page.screenshot({ path: '/tmp/exec-failed.png' });
  });

  test('Stop ends a long-running loop as ABORTED while the page stays responsive', async ({ page }) => {
    const errors = collectErrors(page);
    const studio = new StudioPage(page);
    const run = new ExecutionPanel(page);
    await studio.open();
    await page.evaluate((text) => window.__studio!.setText(text), endless);
    await expect(studio.node('Tick')).toBeVisible();
    // On the virtual clock the loop runs into AWS's 25,000-event history limit at once.
    await run.runButton.click();
    await run.expectStatus('Failed', 20_000);
    await expect(run.error).toContainText('States.Runtime');
    await expect(run.events).toContainText('25,000');
    // On real time it keeps going until stopped.
    await run.root.getByLabel('Clock').selectOption('real');
    await run.start.click();
    await run.expectStatus('Running');
    await fitView(page);
    await expect(run.stateStatus('Tick')).toHaveAttribute('data-run-status', 'running');
    await expect(run.stateStatus('Init')).toHaveAttribute('data-run-status', 'succeeded');
    // The page keeps painting and reacting (a blocked main thread would paint a frame or none).
    expect(await framesIn(page, 500)).toBeGreaterThan(4);
    const echo = run.root.getByLabel(/Return the task input/);
    await echo.click();
    await expect(echo).not.toBeChecked();
    await expect(run.badge).toHaveText('Running');
    await run.stop.click();
    await run.expectStatus('Aborted', 3_000);
    await expect(run.start).toBeEnabled();
    await expect(run.stateStatus('Tick')).toHaveAttribute('data-run-status', 'cancelled');
    await expect(run.stateStatus('Done')).toHaveAttribute('data-run-status', 'not-run');
    expect(errors).toEqual([]);
  });

  test('Stop terminates an engine stuck in a long computation, and the next run gets a fresh one', async ({ page }) => {
    const studio = new StudioPage(page);
    const run = new ExecutionPanel(page);
    await studio.open();
    await page.evaluate((text) => window.__studio!.setText(text), busy);
    await expect(studio.node('Spin')).toBeVisible();
    await run.runButton.click();
    await run.expectStatus('Running');
    await expect(run.stateStatus('Spin')).toHaveAttribute('data-run-status', 'running');
    // The worker is busy at 100%; the page is not: it keeps painting and reacting.
    expect(await framesIn(page, 500)).toBeGreaterThan(4);
    const echo = run.root.getByLabel(/Return the task input/);
    await echo.click();
    await expect(echo).not.toBeChecked({ timeout: 1_000 });
    await run.stop.click();
    await run.expectStatus('Aborted', 3_000);
    await expect(run.error).toContainText('did not answer in time');
    await expect(run.stateStatus('Spin')).toHaveAttribute('data-run-status', 'cancelled');
    await page.evaluate((text) => window.__studio!.setText(text), rejecting);
    await run.start.click();
    await run.expectStatus('Failed');
    await expect(run.error).toContainText('OrderRejected');
  });

  test('malformed input JSON shows a message and starts no run', async ({ page }) => {
    const studio = new StudioPage(page);
    const run = new ExecutionPanel(page);
    await studio.open();
    await run.runButton.click();
    await run.expectStatus('Succeeded');
    await run.clear.click();
    await expect(run.badge).toHaveCount(0);
    await run.input.fill('{ "customerId": ');
    await run.start.click();
    await expect(run.root.getByRole('alert')).toContainText('not valid JSON');
    await expect(run.badge).toHaveCount(0);
    await expect(run.stateStatus('CreateOrder')).toHaveCount(0);
    await run.input.fill('{ "customerId": "c-1", "sku": "X", "quantity": 1 }');
    await expect(run.root.getByRole('alert')).toHaveCount(0);
  });

  test('a callback task waits for an answer and finishes with it', async ({ page }) => {
    const studio = new StudioPage(page);
    const run = new ExecutionPanel(page);
    await studio.open();
    await page.evaluate(
      (text) => window.__studio!.setText(text),
      json({
        Comment: 'Human approval: send a task token by email and wait for someone to approve or reject.',
        QueryLanguage: 'JSONata',
        StartAt: 'RequestApproval',
        States: {
          RequestApproval: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sns:publish.waitForTaskToken',
            Arguments: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:approvals', Message: '{% $states.context.Task.Token %}' },
            TimeoutSeconds: 3600,
            Assign: { decision: '{% $states.result.decision %}' },
            Next: 'Decide',
          },
          Decide: { Type: 'Choice', Choices: [{ Condition: "{% $decision = 'approve' %}", Next: 'Approved' }], Default: 'Rejected' },
          Approved: { Type: 'Succeed', Output: { approved: true } },
          Rejected: { Type: 'Fail', Error: 'Rejected' },
        },
      }),
    );
    await run.runButton.click();
    await run.expectStatus('Waiting for callback');
    await fitView(page);
    await expect(run.stateStatus('RequestApproval')).toHaveAttribute('data-run-status', 'running');
    const answer = run.root.getByRole('group', { name: 'Answer RequestApproval' });
    await answer.getByLabel('Task output (JSON)').fill('{"decision": "approve"}');
    await answer.getByRole('button', { name: 'Send success' }).click();
    await run.expectStatus('Succeeded');
    await expect(run.output).toContainText('"approved": true');
    await expect(run.stateStatus('Approved')).toHaveAttribute('data-run-status', 'succeeded');
    await expect(run.stateStatus('Rejected')).toHaveAttribute('data-run-status', 'not-run');
  });
});
