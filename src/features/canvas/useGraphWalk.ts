import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, type RefObject } from 'react';
import { useStudio } from '../../store';
import { firstStateOf, neighbourOf, type Box, type WalkDirection } from './neighbours';
import type { FlowEdge, FlowNode } from './toFlow';
import { useRevealState } from './useViewport';

/** How long to wait for the canvas to draw a node after a change (frames). */
const MAX_FRAMES = 90;
/** Frames the focus must stay on a node before the walk stops watching it (the view's pan is over by then). */
const STEADY_FRAMES = 8;

/** Runs `step` on each animation frame until it returns true, at most {@link MAX_FRAMES} times. */
function everyFrame(step: () => boolean): void {
  let frames = 0;
  const tick = () => {
    if (!step() && ++frames < MAX_FRAMES) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * The arrow keys' walk over the graph: `walk` selects the neighbour of the selection (the first
 * state when nothing is selected) and, if the keyboard focus was on a node, takes the focus along
 * once that node is drawn in view; `revealMoved` brings a state an edit just moved back into view.
 */
export function useGraphWalk(container: RefObject<HTMLElement | null>) {
  const { getNodes, getEdges, getInternalNode } = useReactFlow<FlowNode, FlowEdge>();
  const reveal = useRevealState(container);
  /** Bumped by each walk: an older walk's focus watch stops when a newer one starts. */
  const generation = useRef(0);

  const boxOf = useCallback(
    (id: string): Box | undefined => {
      const node = getInternalNode(id);
      if (!node) return undefined;
      const { x, y } = node.internals.positionAbsolute;
      return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
    },
    [getInternalNode],
  );

  /**
   * Moves the focus to the node of `name` once it is drawn in view: React Flow pans to a node
   * focused out of view, by its parent-relative position, which is wrong for nested states. While
   * the view still pans there, the canvas draws and drops nodes; the focus is put back if it was
   * lost that way, until it has stayed for a few frames.
   */
  const focusWhenShown = useCallback(
    (name: string) => {
      const mine = ++generation.current;
      let steady = 0;
      everyFrame(() => {
        if (mine !== generation.current) return true;
        const canvas = container.current;
        const element = [...(canvas?.querySelectorAll<HTMLElement>('.react-flow__node') ?? [])].find((el) => el.dataset.id === name);
        if (!canvas || !element) return false;
        const outer = canvas.getBoundingClientRect();
        const inner = element.getBoundingClientRect();
        if (inner.right < outer.left || inner.bottom < outer.top || inner.left > outer.right || inner.top > outer.bottom) return false;
        const active = document.activeElement;
        if (active !== element) {
          // Lost to a node the canvas dropped (the body), or still on the node walked from: take it.
          // Anywhere else, the user has moved it on: leave it there.
          if (active !== null && active !== document.body && !canvas.contains(active)) return true;
          element.focus({ preventScroll: true });
          steady = 0;
          return false;
        }
        return ++steady >= STEADY_FRAMES;
      });
    },
    [container],
  );

  const walk = useCallback(
    (direction: WalkDirection) => {
      const graph = { nodes: getNodes().map((n) => n.data.node), edges: getEdges().flatMap((e) => (e.data ? [e.data.edge] : [])) };
      const selected = useStudio.getState().selected;
      const known = selected !== null && getInternalNode(selected) !== undefined;
      const target = known ? neighbourOf(graph, selected, direction, boxOf) : firstStateOf(graph);
      if (target === undefined || target === selected) return;
      const focusOnNode = document.activeElement?.closest('.react-flow__node') != null && container.current?.contains(document.activeElement);
      useStudio.getState().select(target, 'canvas');
      if (focusOnNode) focusWhenShown(target);
    },
    [getNodes, getEdges, getInternalNode, boxOf, container, focusWhenShown],
  );

  const revealMoved = useCallback(
    (name: string) => {
      const before = boxOf(name);
      let frames = 0;
      // Wait until the new layout reaches React Flow (the node has moved), then check the view.
      everyFrame(() => {
        const now = boxOf(name);
        if (now && before && now.x === before.x && now.y === before.y && ++frames < 10) return false;
        reveal(name);
        return true;
      });
    },
    [boxOf, reveal],
  );

  return useMemo(() => ({ walk, revealMoved }), [walk, revealMoved]);
}
