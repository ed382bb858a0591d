import { useStudio } from '../../store';
import { downloadFile, fileBaseName } from './download';
import { StyleInliner } from './inlineStyles';

const PADDING = 32;
/** Browsers refuse canvases much past 16k pixels a side. */
const MAX_CANVAS_SIDE = 16_000;

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The flow-space box around every drawn node (positions come from React Flow's transforms). */
function nodeBounds(viewport: Element): Bounds | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of viewport.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const match = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/.exec(node.style.transform);
    if (!match) continue;
    const x = Number(match[1]);
    const y = Number(match[2]);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + node.offsetWidth);
    maxY = Math.max(maxY, y + node.offsetHeight);
  }
  if (!Number.isFinite(minX)) return undefined;
  return { x: minX - PADDING, y: minY - PADDING, width: maxX - minX + 2 * PADDING, height: maxY - minY + 2 * PADDING };
}

/**
 * The graph as a standalone SVG: the React Flow viewport cloned with its styles inline, inside a
 * <foreignObject>, moved so the whole graph fits. The canvas only draws what is on screen, so it is
 * fitted to the view first.
 */
export async function graphSvg(): Promise<{ svg: string; width: number; height: number } | undefined> {
  const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]');
  if (!canvas) return undefined;
  canvas.querySelector<HTMLButtonElement>('.react-flow__controls-fitview')?.click();
  await nextFrame();
  await nextFrame();
  const viewport = canvas.querySelector('.react-flow__viewport');
  const bounds = viewport && nodeBounds(viewport);
  if (!viewport || !bounds) return undefined;
  const inliner = new StyleInliner();
  try {
    const clone = inliner.clone(viewport, getComputedStyle(canvas)) as HTMLElement;
    clone.style.transform = `translate(${-bounds.x}px, ${-bounds.y}px) scale(1)`;
    clone.style.transformOrigin = '0 0';
    const frame = document.createElement('div');
    frame.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
    const rootStyle = getComputedStyle(canvas);
    frame.style.cssText = `position:relative;overflow:hidden;width:${bounds.width}px;height:${bounds.height}px;background:${rootStyle.backgroundColor};font-family:${rootStyle.fontFamily};font-size:${rootStyle.fontSize};color:${rootStyle.color}`;
    frame.append(clone);
    const body = new XMLSerializer().serializeToString(frame);
    const w = Math.ceil(bounds.width);
    const h = Math.ceil(bounds.height);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><foreignObject x="0" y="0" width="100%" height="100%">${body}</foreignObject></svg>`;
    return { svg, width: w, height: h };
  } finally {
    inliner.dispose();
  }
}

async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(2, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
}

/** Downloads the graph of the open workflow as `<name>.svg` or `<name>.png`. */
export async function exportGraphImage(kind: 'svg' | 'png'): Promise<void> {
  const state = useStudio.getState();
  const name = fileBaseName(state.workflows.find((w) => w.id === state.activeId)?.name ?? 'workflow');
  try {
    const image = await graphSvg();
    if (!image) {
      state.notify('warning', 'There is no graph on screen to export: switch to the Design or Split view.');
      return;
    }
    if (kind === 'svg') downloadFile(image.svg, `${name}.svg`, 'image/svg+xml');
    else downloadFile(await toPng(image.svg, image.width, image.height), `${name}.png`);
    state.notify('success', `Saved ${name}.${kind}.`);
  } catch (error) {
    state.notify('error', `Could not export the graph: ${error instanceof Error ? error.message : String(error)}`);
  }
}
