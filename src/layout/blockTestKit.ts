import type { FlowBlock } from './flowBlock';

/** Test helper: a block of `n` 200x44 nodes with the given edges (`"0>1"`) and marker indices (-1: none). */
export function testBlock(n: number, edges: string[], start = -1, end = -1): FlowBlock {
  return {
    widths: new Array<number>(n).fill(200),
    heights: new Array<number>(n).fill(44),
    edges: edges.map((e) => {
      const [source, target] = e.split('>').map(Number);
      return { source, target, weight: 1, catch: false };
    }),
    start,
    end,
  };
}
