import type { StateCreator } from 'zustand';
import type { ParseResult, SourceFormat } from '../asl/parse';
import type { TextEdit } from '../asl/text';
import type { Diagnostic, JsonValue, StateMachine } from '../asl/types';
import { isYamlPending, loadYamlSupport, parseDocumentText, updateDocumentText, writeDocumentText } from './textFormats';
import type { StudioState } from './types';

/** Who changed the text: the editor echoes nothing it typed itself, everything else it applies. */
export type ChangeOrigin = 'editor' | 'command' | 'history' | 'load';

/** The last change of the text, for the code editor to apply as minimal edits (keeping undo and cursor). */
export interface TextChange {
  revision: number;
  origin: ChangeOrigin;
  /** Edits against the previous text, in order; undefined means "replace everything". */
  edits?: TextEdit[];
}

/**
 * The open document: its text is the source of truth. `definition` is the last definition that
 * parsed, so broken text keeps the last good graph on the canvas while the user fixes it.
 */
export interface DocumentSlice {
  text: string;
  format: SourceFormat;
  /** The parse of the current text (source map, syntax diagnostics). */
  parse: ParseResult;
  /** The last definition that parsed; undefined only if no text ever parsed. */
  definition: JsonValue | undefined;
  /** Syntax problems of the current text; empty when it parsed. */
  syntaxErrors: Diagnostic[];
  /** Bumped on every text change. */
  revision: number;
  lastChange: TextChange;
  /** Replaces the text (typing in the editor, undo, opening a file). */
  setText(text: string, origin?: ChangeOrigin, label?: string): void;
  /**
   * Makes `next` the definition, carrying the change into the text as minimal edits so formatting,
   * comments and the editor's undo survive. One call is one undo step.
   */
  commitDefinition(next: JsonValue | StateMachine, label: string): void;
}

function readText(text: string, previous: JsonValue | undefined) {
  const parse = parseDocumentText(text);
  const syntaxErrors = parse.diagnostics.filter((d) => d.severity === 'error');
  const usable = parse.value !== undefined && syntaxErrors.length === 0;
  return { text, format: parse.format, parse, syntaxErrors, definition: usable ? parse.value : previous };
}

/** Creates the document slice, opened on `initialText`. */
export function createDocumentSlice(initialText: string): StateCreator<StudioState, [], [], DocumentSlice> {
  return (set, get) => {
    /** YAML read before YAML support arrived is parsed again once it is here (the text is unchanged: no revision). */
    const readLater = (parse: ParseResult) => {
      if (!isYamlPending(parse)) return;
      void loadYamlSupport().then(() => {
        const now = get();
        if (now.parse === parse) set(readText(now.text, now.definition));
      });
    };
    const read = (text: string, previous: JsonValue | undefined) => {
      const result = readText(text, previous);
      readLater(result.parse);
      return result;
    };
    return {
      ...read(initialText, undefined),
      revision: 0,
      lastChange: { revision: 0, origin: 'load' },
      setText: (text, origin = 'editor', label = 'Edit text') => {
        const before = get();
        if (text === before.text) return;
        before.recordHistory(before.text, origin, label);
        const revision = before.revision + 1;
        set({ ...read(text, before.definition), revision, lastChange: { revision, origin } });
      },
      commitDefinition: (nextDefinition, label) => {
        const next = nextDefinition as JsonValue;
        const before = get();
        // Commands only run on a definition that parsed; if the text is broken right now, write the
        // whole definition out rather than guess where the edit goes in text that does not parse.
        const base = before.syntaxErrors.length === 0 ? before.parse.value : undefined;
        const update = base === undefined ? undefined : updateDocumentText(before.text, before.format, base, next);
        const text = update ? update.text : writeDocumentText(next, before.format);
        if (text === undefined) {
          // Only in the first moments after YAML text arrived, before the YAML support did.
          before.notify('info', 'YAML support is still loading: try that again in a moment.');
          return;
        }
        if (text === before.text) return;
        before.recordHistory(before.text, 'command', label);
        const revision = before.revision + 1;
        set({ ...read(text, before.definition), revision, lastChange: { revision, origin: 'command', edits: update?.edits } });
      },
    };
  };
}
