import type { StateType } from '../../asl/types';

/** Colour and glyph per state type, shared by the canvas, the states browser and the minimap. */
export const STATE_STYLE: Record<StateType, { color: string; glyph: string; title: string }> = {
  Task: { color: '#2563eb', glyph: 'λ', title: 'Task' },
  Pass: { color: '#64748b', glyph: '→', title: 'Pass' },
  Choice: { color: '#d97706', glyph: '◇', title: 'Choice' },
  Wait: { color: '#0891b2', glyph: '◷', title: 'Wait' },
  Succeed: { color: '#16a34a', glyph: '✓', title: 'Succeed' },
  Fail: { color: '#dc2626', glyph: '✕', title: 'Fail' },
  Parallel: { color: '#7c3aed', glyph: '⇉', title: 'Parallel' },
  Map: { color: '#db2777', glyph: '⟳', title: 'Map' },
};

export const UNKNOWN_STYLE = { color: '#94a3b8', glyph: '?', title: 'Unknown' };
