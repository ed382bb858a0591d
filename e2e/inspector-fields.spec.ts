import { expect, test, type Locator, type Page } from '@playwright/test';
import { Inspector } from './pages/Inspector';
import { StudioPage } from './pages/StudioPage';

// The inspector's forms for Task Credentials, a distributed Map's ReaderConfig and WriterConfig,
// and a Choice rule's Comment, Assign and Output: filled by clicking and typing, read back from the code.

const jsonPathFixture = `{
  "Comment": "Inspector fields fixture",
  "StartAt": "Call partner",
  "States": {
    "Call partner": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": { "FunctionName": "sync", "Payload.$": "$" },
      "Next": "Route"
    },
    "Route": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.big", "BooleanEquals": true, "Next": "Process files" }],
      "Default": "Done"
    },
    "Process files": {
      "Type": "Map",
      "ItemProcessor": {
        "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
        "StartAt": "Handle",
        "States": { "Handle": { "Type": "Pass", "End": true } }
      },
      "ItemReader": {
        "Resource": "arn:aws:states:::s3:getObject",
        "ReaderConfig": { "InputType": "JSON" },
        "Parameters": { "Bucket": "my-bucket", "Key": "items.json" }
      },
      "ResultWriter": {
        "Resource": "arn:aws:states:::s3:putObject",
        "Parameters": { "Bucket": "my-bucket", "Prefix": "results" }
      },
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" }
  }
}
`;

const jsonataFixture = `{
  "QueryLanguage": "JSONata",
  "StartAt": "Check",
  "States": {
    "Check": {
      "Type": "Choice",
      "Choices": [{ "Condition": "{% $states.input.total > 100 %}", "Next": "Charge" }],
      "Default": "Charge"
    },
    "Charge": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Arguments": { "FunctionName": "charge", "Payload": "{% $states.input %}" },
      "End": true
    }
  }
}
`;

type StateObject = Record<string, unknown>;

async function open(page: Page, fixture: string, state: string) {
  const studio = new StudioPage(page);
  const inspector = new Inspector(page);
  await studio.open();
  await inspector.load(fixture);
  await page.evaluate((n) => window.__studio!.select(n), state);
  await expect(inspector.field('State name')).toHaveValue(state);
  return inspector;
}

/** The named state as it stands in the code text (not the store's parsed copy). */
async function stateInCode(inspector: Inspector, name: string): Promise<StateObject> {
  const machine = JSON.parse(await inspector.text()) as { States: Record<string, StateObject> };
  return machine.States[name];
}

/** Clicks the toolbar's Undo and waits for the text to change. */
async function undo(page: Page, inspector: Inspector): Promise<void> {
  const before = await inspector.text();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => inspector.text()).not.toBe(before);
}

async function shot(page: Page, name: string, scrollTo?: Locator): Promise<void> {
  await scrollTo?.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await new Inspector(page).root.screenshot({ path: `/tmp/h1-${name}.png` });
}

test.describe('inspector fields', () => {
  test('Task Credentials: a role ARN or a path to one, undone one edit at a time, cleared when emptied', async ({ page }) => {
    const inspector = await open(page, jsonPathFixture, 'Call partner');
    await inspector.button('Cross-account access').click();
    const role = inspector.field('IAM role');

    await inspector.commit(role, 'arn:aws:iam::123456789012:role/PartnerSync');
    await expect.poll(async () => (await stateInCode(inspector, 'Call partner')).Credentials).toEqual({ RoleArn: 'arn:aws:iam::123456789012:role/PartnerSync' });
    expect(await inspector.text()).toContain('"RoleArn": "arn:aws:iam::123456789012:role/PartnerSync"');

    // The path form: switching clears the ARN (it would mean something else), typing sets RoleArn.$.
    await inspector.root.getByRole('radiogroup', { name: 'IAM role: value or path' }).getByRole('radio', { name: 'Path' }).click();
    await expect.poll(async () => (await stateInCode(inspector, 'Call partner')).Credentials).toBeUndefined();
    await inspector.commit(role, '$.partner.roleArn');
    await expect.poll(async () => (await stateInCode(inspector, 'Call partner')).Credentials).toEqual({ 'RoleArn.$': '$.partner.roleArn' });
    const withPath = await inspector.text();
    await shot(page, 'credentials-path', role);

    // Not a path: committed as typed, kept in the field, with the validator's message under it.
    await inspector.commit(role, 'partner.roleArn');
    await expect(inspector.messagesOf(role)).toContainText("The value for the field 'RoleArn.$' must be a valid JSONPath");
    await expect(role).toHaveValue('partner.roleArn');
    await expect(role).toHaveAttribute('aria-invalid', 'true');
    await shot(page, 'credentials-invalid', role);

    // Undo takes exactly that edit back.
    await undo(page, inspector);
    expect(await inspector.text()).toBe(withPath);
    await expect(role).toHaveValue('$.partner.roleArn');
    await expect(inspector.messagesOf(role)).toHaveCount(0);

    // Emptied: Credentials goes (AWS refuses an empty one).
    await inspector.commit(role, '');
    await expect.poll(() => inspector.text()).not.toContain('Credentials');
  });

  test('JSONata: a role ARN expression, and a Choice rule with Comment, Assign and Output', async ({ page }) => {
    const inspector = await open(page, jsonataFixture, 'Charge');
    await inspector.button('Cross-account access').click();
    const role = inspector.field('IAM role');
    await expect(inspector.root.getByRole('radiogroup', { name: 'IAM role: value or path' })).toHaveCount(0);
    await inspector.commit(role, '{% $states.input.roleArn %}');
    await expect.poll(async () => (await stateInCode(inspector, 'Charge')).Credentials).toEqual({ RoleArn: '{% $states.input.roleArn %}' });
    const good = await inspector.text();
    await inspector.commit(role, '{% ( %}');
    await expect(inspector.messagesOf(role)).toContainText('Invalid JSONata expression');
    await expect(role).toHaveValue('{% ( %}');
    await shot(page, 'credentials-jsonata', role);
    await undo(page, inspector);
    expect(await inspector.text()).toBe(good);

    await page.evaluate(() => window.__studio!.select('Check'));
    const rule = inspector.card('Rule 1');
    await inspector.commit(inspector.field('Comment', rule), 'Big orders');
    await rule.getByRole('button', { name: '+ Add variable' }).click();
    const variable = rule.getByRole('group', { name: 'Variable 1' });
    await inspector.commit(inspector.field('Name', variable), 'orderTotal');
    await inspector.commit(inspector.field('Value', variable), '{% $states.input.total %}');
    const output = inspector.field('Output', rule);
    await output.fill('{ "big": true }');
    await output.press('Control+Enter');
    const expected = {
      Condition: '{% $states.input.total > 100 %}',
      Next: 'Charge',
      Comment: 'Big orders',
      Assign: { orderTotal: '{% $states.input.total %}' },
      Output: { big: true },
    };
    await expect.poll(async () => ((await stateInCode(inspector, 'Check')).Choices as StateObject[])[0]).toEqual(expected);
    await expect(rule).toContainText('Big orders');
    await shot(page, 'choice-rule-jsonata', output);

    // One undo: only the Output goes.
    await undo(page, inspector);
    const { Output: _dropped, ...withoutOutput } = expected;
    expect(((await stateInCode(inspector, 'Check')).Choices as StateObject[])[0]).toEqual(withoutOutput);
    await expect(output).toHaveValue('');

    // Removing the only variable removes Assign; emptying the comment removes Comment.
    await rule.getByRole('button', { name: 'Remove variable orderTotal' }).click();
    await inspector.commit(inspector.field('Comment', rule), '');
    await expect.poll(async () => ((await stateInCode(inspector, 'Check')).Choices as StateObject[])[0]).toEqual({ Condition: expected.Condition, Next: 'Charge' });
  });

  test('a JSONPath Choice rule takes a Comment and variables, and offers no Output', async ({ page }) => {
    const inspector = await open(page, jsonPathFixture, 'Route');
    const rule = inspector.card('Rule 1');
    await expect(inspector.field('Output', rule)).toHaveCount(0);
    await inspector.commit(inspector.field('Comment', rule), 'Large batches go to S3');
    await rule.getByRole('button', { name: '+ Add variable' }).click();
    const variable = rule.getByRole('group', { name: 'Variable 1' });
    await inspector.commit(inspector.field('Name', variable), 'count.$');
    await inspector.commit(inspector.field('Value', variable), '$.items.length()');
    await expect.poll(async () => ((await stateInCode(inspector, 'Route')).Choices as StateObject[])[0]).toEqual({
      Variable: '$.big',
      BooleanEquals: true,
      Next: 'Process files',
      Comment: 'Large batches go to S3',
      Assign: { 'count.$': '$.items.length()' },
    });
    await shot(page, 'choice-rule-jsonpath', rule);
  });

  test('ReaderConfig: CSV options only for CSV, switching format drops them in one undoable edit', async ({ page }) => {
    const inspector = await open(page, jsonPathFixture, 'Process files');
    const inputType = inspector.field('Input type');
    await expect(inspector.field('Delimiter')).toHaveCount(0);
    await inputType.selectOption('CSV');
    await inspector.field('CSV header').selectOption('GIVEN');
    const columns = inspector.root.getByLabel('Add a column name');
    await inspector.commit(columns, 'id');
    await inspector.commit(columns, 'amount');
    await inspector.field('Delimiter').selectOption('SEMICOLON');
    await inspector.commit(inspector.field('Maximum items'), '500');
    const csv = { InputType: 'CSV', CSVHeaderLocation: 'GIVEN', CSVHeaders: ['id', 'amount'], CSVDelimiter: 'SEMICOLON', MaxItems: 500 };
    await expect.poll(async () => ((await stateInCode(inspector, 'Process files')).ItemReader as StateObject).ReaderConfig).toEqual(csv);
    await expect(inspector.field('Manifest').locator('option')).toHaveText(['None: read the object itself', 'Athena UNLOAD manifest (ATHENA_DATA)']);
    const csvText = await inspector.text();
    await shot(page, 'reader-csv', columns);

    // JSON has no CSV options: they leave the form and the code together.
    await inputType.selectOption('JSON');
    await expect(inspector.field('Delimiter')).toHaveCount(0);
    await expect(inspector.field('CSV header')).toHaveCount(0);
    await expect.poll(async () => ((await stateInCode(inspector, 'Process files')).ItemReader as StateObject).ReaderConfig).toEqual({ InputType: 'JSON', MaxItems: 500 });
    await undo(page, inspector);
    expect(await inspector.text()).toBe(csvText);
    await expect(inspector.field('Delimiter')).toHaveValue('SEMICOLON');

    // An S3 inventory takes no InputType: clear it, then pick the manifest type.
    await inputType.selectOption('');
    await inspector.field('Manifest').selectOption('S3_INVENTORY');
    await expect(inputType).toHaveCount(0);
    await expect.poll(async () => ((await stateInCode(inspector, 'Process files')).ItemReader as StateObject).ReaderConfig).toEqual({ MaxItems: 500, ManifestType: 'S3_INVENTORY' });
    await shot(page, 'reader-inventory', inspector.field('Manifest'));
  });

  test('WriterConfig: both fields or the validator says which is missing; with or without the S3 export', async ({ page }) => {
    const inspector = await open(page, jsonPathFixture, 'Process files');
    const problems = inspector.root.getByRole('list', { name: 'Problems with WriterConfig' });
    await inspector.field('Transformation').selectOption('COMPACT');
    await expect(problems).toContainText("Missing required field 'OutputType'");
    await shot(page, 'writer-missing', problems);
    await inspector.field('Output type').selectOption('JSONL');
    await expect(problems).toHaveCount(0);
    const writer = {
      Resource: 'arn:aws:states:::s3:putObject',
      Parameters: { Bucket: 'my-bucket', Prefix: 'results' },
      WriterConfig: { Transformation: 'COMPACT', OutputType: 'JSONL' },
    };
    await expect.poll(async () => (await stateInCode(inspector, 'Process files')).ResultWriter).toEqual(writer);
    const both = await inspector.text();
    await shot(page, 'writer', inspector.field('Output type'));

    // WriterConfig alone formats the state output without exporting it.
    await inspector.root.getByRole('switch', { name: /Write results to S3/ }).uncheck();
    await expect.poll(async () => (await stateInCode(inspector, 'Process files')).ResultWriter).toEqual({ WriterConfig: writer.WriterConfig });
    await expect(inspector.field('Bucket')).toHaveCount(0);
    await undo(page, inspector);
    expect(await inspector.text()).toBe(both);

    // Emptying both fields removes WriterConfig and nothing else.
    await inspector.field('Transformation').selectOption('');
    await inspector.field('Output type').selectOption('');
    await expect.poll(async () => (await stateInCode(inspector, 'Process files')).ResultWriter).toEqual({ Resource: writer.Resource, Parameters: writer.Parameters });
  });
});
