/**
 * Monaco, bundled (never a CDN) and trimmed: the bare editor API plus only the contributions a
 * definition editor needs. This module is only reached through the lazily loaded editor panel,
 * so none of it weighs on the first page.
 */
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/stickyScroll/register';
import 'monaco-editor/features/suggest/register';
// Ctrl+M: Tab moves focus out of the editor instead of indenting (keyboard users).
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
// features/suggest registers only the inline-completions bridge; the suggest widget itself (what
// Ctrl+Space opens) lives in this contribution, which the full build pulls in indirectly.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import { aslSchema, ASL_SCHEMA_URI } from '../../asl/schema';
import { registerYamlLanguage } from './yamlLanguage';

/** The one model URI the editor uses; the ASL schema is bound to it. */
export const MODEL_URI = monaco.Uri.parse('file:///workflow.asl');

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// The schema drives completions and hovers only. Diagnostics come from our own validator (schema
// and semantic rules, with AWS's messages), so Monaco's would report every problem twice.
jsonDefaults.setDiagnosticsOptions({
  validate: false,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [{ uri: ASL_SCHEMA_URI, fileMatch: [MODEL_URI.toString()], schema: aslSchema }],
});
jsonDefaults.setModeConfiguration({
  documentFormattingEdits: true,
  documentRangeFormattingEdits: true,
  completionItems: true,
  hovers: true,
  documentSymbols: true,
  tokens: true,
  colors: false,
  foldingRanges: true,
  diagnostics: false,
  selectionRanges: true,
});

// YAML has no language service in the bundle: completions and hovers from the same schema.
registerYamlLanguage(monaco, aslSchema);

export { monaco };
