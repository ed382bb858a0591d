import { useReactFlow, type FitViewOptions, type Viewport } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';

export const FIT_OPTIONS = { padding: 0.15, maxZoom: 1.1 } as const;

/** The zoom buttons' column at the bottom left, plus a margin: a narrow canvas keeps the graph clear of it. */
const CONTROLS_CLEARANCE_PX = 56;

/**
 * How to fit a canvas `width` wide: a share of the graph as padding, as React Flow does; but on a
 * narrow canvas (Split view) that share is thinner than the zoom buttons, so pad in pixels instead.
 */
export function fitOptionsFor(width: number): FitViewOptions {
  return width > 0 && width < 640 ? { maxZoom: FIT_OPTIONS.maxZoom, padding: { x: `${CONTROLS_CLEARANCE_PX}px`, y: '8%' } } : FIT_OPTIONS;
}

/** How long a resize must be quiet before the view is fitted again (a panel drag is many resizes). */
const RESIZE_SETTLE_MS = 120;

/** Fits the view, and knows whether the user has moved it since. */
export interface FitTracker {
  /** Fits the whole graph in view (React Flow runs it once the nodes are measured). */
  fit(): void;
  /** True while the view is where the last fit put it (or a fit is on its way). */
  fitted(): boolean;
}

function same(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;
}

/**
 * A fit remembers the viewport it produced: any other viewport means someone moved it since (a
 * pan, a zoom, the minimap, "centre on selection", a state revealed from the editor), and then the
 * user's place wins over a refit.
 */
export function useFitTracker(container: React.RefObject<HTMLElement | null>): FitTracker {
  const { fitView, getViewport } = useReactFlow();
  const last = useRef<Viewport | null>(null);
  const inFlight = useRef(0);
  return useMemo(
    () => ({
      fit() {
        inFlight.current += 1;
        // React Flow queues the fit until the nodes are measured: remember where it lands.
        void fitView(fitOptionsFor(container.current?.clientWidth ?? 0)).finally(() => {
          inFlight.current -= 1;
          last.current = getViewport();
        });
      },
      fitted: () => inFlight.current > 0 || (last.current !== null && same(last.current, getViewport())),
    }),
    [fitView, getViewport, container],
  );
}

/**
 * Fits the view again when the canvas changes size (Split opens, a panel is collapsed or resized,
 * the execution drawer opens), so no state is left cut off at an edge; but only while the view is
 * still where the last fit put it: a view the user has panned or zoomed is left alone.
 */
export function useRefitOnResize(container: React.RefObject<HTMLElement | null>, tracker: FitTracker): void {
  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    let height = element.clientHeight;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width && element.clientHeight === height) return;
      width = element.clientWidth;
      height = element.clientHeight;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (width > 0 && height > 0 && tracker.fitted()) tracker.fit();
      }, RESIZE_SETTLE_MS);
    });
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [container, tracker]);
}

/** Below this size the minimap would hide the graph it maps (Split view with the drawer open). */
const MINIMAP_MIN = { width: 640, height: 420 };

/** True while the canvas is too small to spare room for the minimap. */
export function useCompactCanvas(container: React.RefObject<HTMLElement | null>): boolean {
  const [compact, setCompact] = useState(false);
  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setCompact(element.clientWidth < MINIMAP_MIN.width || element.clientHeight < MINIMAP_MIN.height);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);
  return compact;
}
