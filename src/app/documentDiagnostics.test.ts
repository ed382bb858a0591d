import { describe, expect, it } from 'vitest';
import { parseText } from '../asl/parse';
import { documentDiagnostics } from './documentDiagnostics';

const sync = '{ "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::ecs:runTask.sync", "End": true } } }';

describe('documentDiagnostics', () => {
  it('validates once per parse and workflow type', () => {
    const parse = parseText(sync);
    const first = documentDiagnostics(parse, [], sync.length);
    expect(documentDiagnostics(parse, [], sync.length)).toBe(first);
    expect(first).toEqual([]);
    // EXPRESS workflows cannot wait for a job: the same text has a problem there.
    expect(documentDiagnostics(parse, [], sync.length, 'EXPRESS').map((d) => d.code)).toEqual(['EXPRESS_UNSUPPORTED_INTEGRATION']);
  });

  it('gives the syntax errors while the text does not parse', () => {
    const parse = parseText('{ "StartAt": ');
    const errors = parse.diagnostics.filter((d) => d.severity === 'error');
    expect(documentDiagnostics(parse, errors, 13)).toBe(errors);
  });
});
