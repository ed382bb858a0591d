import { describe, expect, it } from 'vitest';
import { validateText } from './validateText';

const json = `{
  "StartAt": "First",
  "States": {
    "First": {
      "Type": "Pass",
      "Resorce": "x",
      "Next": "Missing"
    }
  }
}`;

const yaml = `StartAt: First
States:
  First:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    TimeoutSeconds: 0
    End: true
`;

describe('validateText', () => {
  it('puts each diagnostic where the editor should underline it', () => {
    const diagnostics = validateText(json, 'json');
    const unknownField = diagnostics.find((d) => d.code === 'SCHEMA_ADDITIONAL_PROPERTY');
    const unknownNext = diagnostics.find((d) => d.code === 'UNKNOWN_NEXT');
    // The unknown field is marked on its name, the bad target on its value.
    expect(unknownField?.range?.start).toMatchObject({ line: 6, column: 7 });
    expect(json.slice(unknownField?.range?.start.offset, unknownField?.range?.end.offset)).toBe('"Resorce"');
    expect(unknownNext?.range?.start).toMatchObject({ line: 7, column: 15 });
    expect(json.slice(unknownNext?.range?.start.offset, unknownNext?.range?.end.offset)).toBe('"Missing"');
  });

  it('lists diagnostics in text order', () => {
    const offsets = validateText(json, 'json').map((d) => d.range?.start.offset ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(offsets.every((o) => o >= 0)).toBe(true);
  });

  it('validates YAML with positions in the YAML text', () => {
    const [range] = validateText(yaml, 'yaml').filter((d) => d.code === 'SCHEMA_RANGE');
    expect(range.pointer).toBe('/States/First/TimeoutSeconds');
    expect(range.range?.start.line).toBe(6);
  });

  it('returns the syntax error alone when the text does not parse', () => {
    const diagnostics = validateText('{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}', 'json');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => !d.code.startsWith('SCHEMA_'))).toBe(true);
  });

  it('checks EXPRESS rules when asked', () => {
    const text = '{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sns:publish.waitForTaskToken","End":true}}}';
    expect(validateText(text, 'json')).toEqual([]);
    expect(validateText(text, 'json', { workflowType: 'EXPRESS' }).map((d) => d.code)).toEqual(['EXPRESS_UNSUPPORTED_INTEGRATION']);
  });
});
