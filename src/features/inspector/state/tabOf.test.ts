import { describe, expect, it } from 'vitest';
import { tabOf } from './tabOf';

describe('which tab a problem belongs to', () => {
  it.each([
    ['/States/A/Retry/0/MaxAttempts', 'Task', 'errors'],
    ['/States/A/TimeoutSeconds', 'Task', 'errors'],
    ['/States/A/Assign/x', 'Pass', 'variables'],
    ['/States/A/ResultPath', 'Task', 'io'],
    ['/States/A/Parameters/Payload.$', 'Task', 'config'],
    ['/States/A/Parameters/x', 'Pass', 'io'],
    ['/States/A/Choices/0/Next', 'Choice', 'config'],
    ['/States/A', 'Choice', 'config'],
  ])('%s of a %s is on %s', (pointer, type, tab) => {
    expect(tabOf('/States/A', pointer, type)).toBe(tab);
  });
});
