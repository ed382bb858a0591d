/**
 * Schema completions and hovers for YAML definitions: what Monaco's JSON service gives JSON, built
 * here from the same ASL schema (there is no YAML language service in the bundle). The logic is
 * in yamlCompletions/yamlHover; this file only turns it into Monaco's terms.
 */
import type * as Monaco from 'monaco-editor/editor';
import { parseText, type ParseResult } from '../../asl/parse';
import type { JsonSchema } from '../../asl/schema';
import type { JsonValue } from '../../asl/types';
import { withoutLineAt, yamlCompletions, type YamlCompletion } from './yamlCompletions';
import { yamlHover } from './yamlHover';

type MonacoApi = typeof Monaco;

/** Registers the YAML completion and hover providers (once, for every YAML model); returns their disposer. */
export function registerYamlLanguage(monaco: MonacoApi, schema: JsonSchema): Monaco.IDisposable {
  const documents = new DocumentCache();
  const kinds: Record<YamlCompletion['kind'], Monaco.languages.CompletionItemKind> = {
    property: monaco.languages.CompletionItemKind.Property,
    value: monaco.languages.CompletionItemKind.EnumMember,
    state: monaco.languages.CompletionItemKind.Reference,
  };
  const range = (model: Monaco.editor.ITextModel, start: number, end: number) => monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));

  const completions = monaco.languages.registerCompletionItemProvider('yaml', {
    // A space after `Key:` or `-` opens the list of values (or an item's keys) without Ctrl+Space.
    triggerCharacters: [' '],
    provideCompletionItems(model, position, context) {
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      if (context.triggerKind === monaco.languages.CompletionTriggerKind.TriggerCharacter && !/[:-] $/.test(text.slice(Math.max(0, offset - 2), offset))) {
        return { suggestions: [] };
      }
      const items = yamlCompletions(text, offset, schema, documents.forCompletion(model, text, offset));
      return {
        suggestions: items.map((item) => ({
          label: item.label,
          kind: kinds[item.kind],
          detail: item.detail,
          documentation: item.documentation ? { value: item.documentation } : undefined,
          insertText: item.insertText,
          insertTextRules: item.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          sortText: item.sortText,
          range: { insert: range(model, item.start, offset), replace: range(model, item.start, item.end) },
        })),
      };
    },
  });

  const hovers = monaco.languages.registerHoverProvider('yaml', {
    provideHover(model, position) {
      const text = model.getValue();
      const parse = documents.parse(model, text);
      const hover = yamlHover(text, model.getOffsetAt(position), schema, parse, parse.value ?? documents.lastGood(model));
      return hover && { contents: [{ value: hover.markdown }], range: range(model, hover.start, hover.end) };
    },
  });

  return { dispose: () => [completions, hovers].forEach((d) => d.dispose()) };
}

/**
 * Parses at most once per model version for hovers, and for completions once per text around the
 * line being typed; keeps the last value that parsed: while a state is half typed its Type still
 * picks its fields.
 */
class DocumentCache {
  private readonly parses = new WeakMap<Monaco.editor.ITextModel, { version: number; parse: ParseResult }>();
  private readonly completing = new WeakMap<Monaco.editor.ITextModel, { text: string; value: JsonValue | undefined }>();
  private readonly good = new WeakMap<Monaco.editor.ITextModel, JsonValue>();

  parse(model: Monaco.editor.ITextModel, text: string): ParseResult {
    const version = model.getVersionId();
    const cached = this.parses.get(model);
    if (cached?.version === version) return cached.parse;
    const parse = parseText(text, 'yaml');
    this.parses.set(model, { version, parse });
    if (parse.value !== undefined) this.good.set(model, parse.value);
    return parse;
  }

  /** The definition without the line being typed (it rarely parses yet), else the last that parsed. */
  forCompletion(model: Monaco.editor.ITextModel, text: string, offset: number): JsonValue | undefined {
    // Keystrokes on the line being typed leave the rest alone: comparing strings is far cheaper than a parse.
    const rest = withoutLineAt(text, offset);
    const cached = this.completing.get(model);
    if (cached?.text === rest) return cached.value;
    const value = parseText(rest, 'yaml').value ?? this.lastGood(model);
    if (value !== undefined) this.good.set(model, value);
    this.completing.set(model, { text: rest, value });
    return value;
  }

  lastGood(model: Monaco.editor.ITextModel): JsonValue | undefined {
    return this.good.get(model);
  }
}
