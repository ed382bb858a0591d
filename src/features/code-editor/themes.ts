import type { Theme } from '../../store';
import { monaco } from './monacoSetup';

// Monaco's vs / vs-dark, tuned to the studio's panels (global.css): same background, quieter
// gutter, the accent for the cursor, so the editor reads as part of the studio, not an embed.
monaco.editor.defineTheme('asl-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    'editorLineNumber.foreground': '#a0abbb',
    'editorLineNumber.activeForeground': '#334155',
    'editor.lineHighlightBackground': '#f8fafc',
    'editor.lineHighlightBorder': '#00000000',
    'editorCursor.foreground': '#5b3cc4',
    'editorIndentGuide.background1': '#eef1f5',
    'editorIndentGuide.activeBackground1': '#cbd5e1',
    'editorStickyScroll.background': '#ffffff',
    'editorStickyScroll.shadow': '#0f172a22',
  },
});
monaco.editor.defineTheme('asl-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#111827',
    'editorLineNumber.foreground': '#4b5567',
    'editorLineNumber.activeForeground': '#cbd5e1',
    'editor.lineHighlightBackground': '#172033',
    'editor.lineHighlightBorder': '#00000000',
    'editorCursor.foreground': '#a78bfa',
    'editorIndentGuide.background1': '#1f2a3c',
    'editorIndentGuide.activeBackground1': '#334155',
    'editorGutter.background': '#111827',
    'minimap.background': '#111827',
    'editorStickyScroll.background': '#111827',
  },
});

/** The editor theme for the studio's theme (built on Monaco's vs and vs-dark). */
export const monacoTheme = (theme: Theme): string => (theme === 'dark' ? 'asl-dark' : 'asl-light');
