/** Types of the in-page probe (probe.js), as the Node side calls it through page.evaluate. */
export interface Shown {
  inDom: number;
  visibleAt: number;
  painted: number;
  styleAndLayoutStart: number | null;
  /** Time in ResizeObserver callbacks during that frame (React Flow measuring nodes), if it was a long frame. */
  resizeObservers: number | null;
}
export interface OpenTiming {
  /** The synchronous part: parse and store update. */
  setText: number;
  firstNode: number;
  drawn: number;
  nodes: number;
  edges: number;
}
export interface RenameTiming {
  setText: number;
  inDom: number;
  visible: number;
  styleAndLayout: number | null;
  resizeObservers: number | null;
  total: number;
}
export interface LongTask {
  start: number;
  duration: number;
}
export interface BenchProbe {
  openText(text: string, names: string[]): Promise<OpenTiming>;
  renameBySetText(from: string, to: string): Promise<RenameTiming>;
  centralState(): string | null;
  panePoint(): { x: number; y: number };
  canvasSignature(): { key: string; nodes: number; edges: number; hidden: number };
  frameMonitor(): { stop(): number[] };
  expect(id: string): void;
  expected(): Promise<Shown>;
  longTasksBetween(from: number, to: number): LongTask[];
  keyDownsSince(from: number): number[];
}

declare global {
  interface Window {
    __bench: BenchProbe;
    __benchFrames?: { stop(): number[] };
  }
}
