import { useStudio } from '../store';

/** Past these sizes drawing the graph takes seconds, so a large workflow opens in the Code view. */
export const LARGE_TEXT_CHARS = 1_000_000;
export const LARGE_STATE_COUNT = 1500;

/** About how many states a text holds, without parsing it (a count of `Type` keys). */
export function estimateStateCount(text: string): number {
  return text.match(/(^|[{,\s])["']?Type["']?\s*:/gm)?.length ?? 0;
}

function megabytes(chars: number): string {
  return (chars / 1_000_000).toFixed(1);
}

/**
 * Called just before a workflow opens: a large one opens in the Code view with a notice saying
 * why, so a 5 MB paste never hangs the page laying out thousands of nodes. The user can still
 * switch to Design.
 */
export function guardLargeDocument(text: string): void {
  const states = estimateStateCount(text);
  if (text.length < LARGE_TEXT_CHARS && states < LARGE_STATE_COUNT) return;
  const state = useStudio.getState();
  const size = `${megabytes(text.length)} MB, about ${states.toLocaleString('en-US')} states`;
  if (state.mode === 'code') {
    state.notify('info', `Large workflow (${size}): drawing its graph may take a while.`);
    return;
  }
  state.setMode('code');
  state.notify('info', `Large workflow (${size}): opened in the Code view to keep the page responsive. Switch to Design to draw the graph.`);
}
