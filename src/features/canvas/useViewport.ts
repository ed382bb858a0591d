import { useReactFlow, type InternalNode } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { useStudio } from '../../store';
import type { FlowNode } from './toFlow';
import type { FitTracker } from './useFitTracker';

function centreOf(node: InternalNode<FlowNode>) {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? node.width ?? 0) / 2, y: y + (node.measured.height ?? node.height ?? 0) / 2 };
}

/**
 * Fits the view when another document is shown (most node ids changed), not on every edit: after
 * a drop or a delete the user keeps their place.
 */
export function useAutoFit(ids: readonly string[], tracker: FitTracker): void {
  const previous = useRef<Set<string>>(new Set());
  const key = ids.join('\n');
  useEffect(() => {
    const before = previous.current;
    const now = new Set(key.split('\n'));
    previous.current = now;
    const kept = [...now].filter((id) => before.has(id)).length;
    if (kept >= Math.max(before.size, now.size) / 2 && before.size > 0) return;
    const frame = requestAnimationFrame(() => tracker.fit());
    return () => cancelAnimationFrame(frame);
  }, [key, tracker]);
}

/** Centres the view on a state, keeping the zoom (at least 60%, so it can be read). */
export function useCentreOn(): (name: string) => void {
  const { getInternalNode, setCenter, getZoom } = useReactFlow<FlowNode>();
  return useCallback(
    (name: string) => {
      const node = getInternalNode(name);
      if (!node) return;
      const { x, y } = centreOf(node);
      void setCenter(x, y, { zoom: Math.max(getZoom(), 0.6), duration: 250 });
    },
    [getInternalNode, setCenter, getZoom],
  );
}

/** Centres the view on a state when it lies outside the visible part of the canvas (or near its edge). */
export function useRevealState(container: React.RefObject<HTMLElement | null>): (name: string) => void {
  const { getInternalNode, getViewport } = useReactFlow<FlowNode>();
  const centreOn = useCentreOn();
  return useCallback(
    (name: string) => {
      const node = getInternalNode(name);
      const box = container.current?.getBoundingClientRect();
      if (!node || !box) return;
      const { x: vx, y: vy, zoom } = getViewport();
      const { x, y } = centreOf(node);
      const sx = x * zoom + vx;
      const sy = y * zoom + vy;
      const margin = 40;
      if (sx < margin || sy < margin || sx > box.width - margin || sy > box.height - margin) centreOn(name);
    },
    [getInternalNode, getViewport, centreOn, container],
  );
}

/**
 * Brings a newly selected state into view when it lies outside the visible part of the canvas: one
 * picked in the code editor or the inspector, or one an edit just added (a drop, a copy, a new
 * branch's first state) where the layout pushed it out of view. Only a change of selection moves
 * the view, never an edit of the selected state, so the user keeps their place while typing.
 */
export function useRevealSelection(container: React.RefObject<HTMLElement | null>): void {
  const selected = useStudio((s) => s.selected);
  const reveal = useRevealState(container);
  useEffect(() => {
    if (selected === null) return;
    // After React Flow has taken the new nodes (its store updates in an effect of its own).
    const frame = requestAnimationFrame(() => reveal(selected));
    return () => cancelAnimationFrame(frame);
  }, [selected, reveal]);
}
