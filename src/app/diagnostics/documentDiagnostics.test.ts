import { describe, expect, it, vi } from 'vitest';
import type * as Validate from '../../asl/validate';
import { useStudio } from '../../store';
import { documentDiagnostics } from './documentDiagnostics';

const validate = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../asl/validate', async (importOriginal) => {
  const real = await importOriginal<typeof Validate>();
  return {
    ...real,
    validate: (...args: Parameters<typeof real.validate>) => {
      validate.calls += 1;
      return real.validate(...args);
    },
  };
});

describe("the app's diagnostics", () => {
  it('one keystroke is validated once, for the canvas, Problems, the inspector and the editor together', async () => {
    const source = documentDiagnostics();
    const panels = ['canvas', 'problems', 'inspector', 'markers'].map(() => vi.fn(() => source.getSnapshot().diagnostics));
    for (const panel of panels) source.subscribe(panel);
    await source.settled();

    const before = validate.calls;
    const text = '{ "StartAt": "Missing", "States": { "A": { "Type": "Pass", "End": true } } }';
    useStudio.getState().setText(text);
    const { diagnostics } = await source.settled();

    expect(validate.calls - before).toBe(1);
    expect(diagnostics.map((d) => d.code)).toContain('UNKNOWN_START_AT');
    for (const panel of panels) expect(panel).toHaveLastReturnedWith(diagnostics);
    source.dispose();
  });
});
