import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../asl/types';
import { createStudioStore } from '../../store';
import { diagnoseParse } from '../../worker/languageService';
import { createDiagnosticsSource, type Validator } from './diagnosticsSource';

// An ECS .sync Task: valid in a STANDARD workflow, refused in an EXPRESS one.
const text = (comment: string) =>
  `{ "Comment": "${comment}", "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::ecs:runTask.sync", "End": true } } }`;
const invalid = '{ "StartAt": "Nowhere", "States": { "A": { "Type": "Pass", "End": true } } }';

/** The real validator, counted. */
function counting() {
  const calls: string[] = [];
  const validate: Validator = (parse, source, workflowType) => {
    calls.push(source);
    return diagnoseParse(parse, source.length, workflowType);
  };
  return { calls, validate };
}

/** The same, answering later (as the worker does); `answer()` releases the oldest waiting call. */
function deferred() {
  const calls: string[] = [];
  const waiting: (() => void)[] = [];
  const validate: Validator = (parse, source, workflowType) => {
    calls.push(source);
    return new Promise<Diagnostic[]>((resolve) => waiting.push(() => resolve(diagnoseParse(parse, source.length, workflowType))));
  };
  const answer = async () => {
    waiting.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { calls, validate, answer, waiting };
}

/** What the four panels (canvas, Problems, inspector, editor markers) do: subscribe and read. */
function panels(source: ReturnType<typeof createDiagnosticsSource>) {
  const seen: Diagnostic[][][] = [[], [], [], []];
  for (const panel of seen) source.subscribe(() => panel.push(source.getSnapshot().diagnostics));
  return seen;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

describe('document diagnostics', () => {
  it('validates a keystroke once, however many panels show its problems', () => {
    const store = createStudioStore(text('a'));
    const { calls, validate } = counting();
    const source = createDiagnosticsSource(store, validate);
    const seen = panels(source);
    expect(calls).toHaveLength(1); // the opened text

    store.getState().setText(invalid);
    for (let i = 0; i < 4; i++) source.getSnapshot();
    expect(calls).toHaveLength(2);
    // Every panel got the same findings, the same array.
    for (const panel of seen) expect(panel).toEqual([source.getSnapshot().diagnostics]);
    expect(codes(source.getSnapshot().diagnostics)).toContain('UNKNOWN_START_AT');
  });

  it('validates each workflow type once and remembers it', () => {
    const store = createStudioStore(text('a'));
    const { calls, validate } = counting();
    const source = createDiagnosticsSource(store, validate);
    expect(source.getSnapshot().diagnostics).toEqual([]);
    store.getState().setWorkflowType('EXPRESS');
    expect(codes(source.getSnapshot().diagnostics)).toEqual(['EXPRESS_UNSUPPORTED_INTEGRATION']);
    store.getState().setWorkflowType('STANDARD');
    store.getState().setWorkflowType('EXPRESS');
    expect(calls).toHaveLength(2);
  });

  it('shows syntax errors at once, without validating', () => {
    const store = createStudioStore(text('a'));
    const { calls, validate } = counting();
    const source = createDiagnosticsSource(store, validate);
    store.getState().setText('{ "StartAt": ');
    expect(calls).toHaveLength(1);
    expect(source.getSnapshot().diagnostics).toBe(store.getState().syntaxErrors);
    expect(source.isCurrent()).toBe(true);
  });

  it('off the main thread: keeps the last findings until the new ones arrive, and validates only the end of a burst', async () => {
    const store = createStudioStore(invalid);
    const worker = deferred();
    const source = createDiagnosticsSource(store, worker.validate);
    await worker.answer();
    const before = source.getSnapshot().diagnostics;
    expect(codes(before)).toContain('UNKNOWN_START_AT');

    // Five keystrokes while the first is being validated.
    for (const c of 'bcdef') store.getState().setText(text(c));
    expect(source.getSnapshot().diagnostics).toBe(before);
    expect(source.isCurrent()).toBe(false);
    await worker.answer(); // "b" arrives: stale, so only the last text is sent next
    expect(worker.calls).toEqual([invalid, text('b'), text('f')]);
    await worker.answer();
    expect(source.isCurrent()).toBe(true);
    expect(source.getSnapshot().diagnostics).toEqual([]);
    expect(worker.calls).toHaveLength(3);
  });

  it('settled() resolves with the findings of the current text', async () => {
    const store = createStudioStore(text('a'));
    const worker = deferred();
    const source = createDiagnosticsSource(store, worker.validate);
    store.getState().setWorkflowType('EXPRESS');
    const settled = source.settled();
    await worker.answer();
    await worker.answer();
    expect(codes((await settled).diagnostics)).toEqual(['EXPRESS_UNSUPPORTED_INTEGRATION']);
  });

  it("opening another document does not show the last one's problems while its own are on their way", async () => {
    const store = createStudioStore(invalid);
    const worker = deferred();
    const source = createDiagnosticsSource(store, worker.validate);
    await worker.answer();
    expect(source.getSnapshot().diagnostics).not.toEqual([]);
    store.getState().setText(text('other'), 'load');
    expect(source.getSnapshot().diagnostics).toEqual([]);
    expect(source.isCurrent()).toBe(false);
    // Typing keeps the last findings meanwhile (they are the same document's).
    store.getState().setText(invalid, 'editor');
    await worker.answer();
    await worker.answer();
    expect(codes(source.getSnapshot().diagnostics)).toContain('UNKNOWN_START_AT');
    store.getState().setText(`${invalid} `, 'editor');
    expect(codes(source.getSnapshot().diagnostics)).toContain('UNKNOWN_START_AT');
  });
});
