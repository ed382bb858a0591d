/**
 * Definition -> text: carries a changed definition back into the user's JSON or YAML text as
 * minimal edits, so graph and inspector edits keep the user's formatting, key order, comments,
 * cursor and undo.
 */
export type { TextEdit, TextUpdate } from './types';
export { updateText, MAX_CHANGES } from './updateText';
export { updateTextWith, type YamlWriter } from './updateTextWith';
export { applyEdits } from './edits';
