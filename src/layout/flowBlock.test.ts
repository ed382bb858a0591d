import { describe, expect, it } from 'vitest';
import { columnOrder } from './column';
import { testBlock } from './blockTestKit';
import { blockSignature, layoutFlow } from './flowBlock';

const block = testBlock;

describe('columnOrder', () => {
  it.each([
    ['a chain', block(4, ['0>1', '1>2', '2>3']), [0, 1, 2, 3]],
    ['a chain listed out of order', block(3, ['2>0', '0>1']), [2, 0, 1]],
    ['a chain with a loop back (polling)', block(4, ['0>1', '1>2', '2>1', '2>3']), [0, 1, 2, 3]],
    ['a chain with a jump ahead (a catcher to a later state)', block(4, ['0>1', '1>2', '2>3', '1>3']), [0, 1, 2, 3]],
    ['a chain with a self loop', block(2, ['0>1', '1>1']), [0, 1]],
    ['one node', block(1, []), [0]],
  ])('puts %s in one column', (_name, b, order) => {
    expect(columnOrder(b)).toEqual(order);
  });

  it.each([
    ['a diamond', block(4, ['0>1', '0>2', '1>3', '2>3'])],
    ['a fork to two ends', block(3, ['0>1', '0>2'])],
    ['two unconnected nodes', block(2, [])],
  ])('leaves %s to dagre', (_name, b) => {
    expect(columnOrder(b)).toBeUndefined();
  });
});

describe('layoutFlow', () => {
  it('stacks a column with rank spacing and centres it', () => {
    const laid = layoutFlow({ ...block(3, ['0>1', '1>2']), widths: [100, 200, 100] });
    expect(laid.width).toBe(200);
    expect(laid.centers.filter((_, i) => i % 2 === 0)).toEqual([100, 100, 100]);
    expect(laid.centers[3] - laid.centers[1]).toBe(44 + 56);
  });

  it('leaves room beside a column for its loops', () => {
    expect(layoutFlow(block(3, ['0>1', '1>2', '2>0'])).width).toBeGreaterThan(200);
  });

  it('puts a start marker above the entry and an end marker below the last states', () => {
    // 0 start, 1 choice, 2 and 3 the arms, 4 end
    const b = block(5, ['0>1', '1>2', '1>3', '2>4', '3>4'], 0, 4);
    b.widths[0] = b.heights[0] = b.widths[4] = b.heights[4] = 24;
    const laid = layoutFlow(b);
    const [sx, sy, cx, cy, ax, ay, bx, by, ex, ey] = laid.centers;
    expect(sy).toBeLessThan(cy);
    expect(sx).toBe(cx);
    expect(ay).toBe(by);
    expect(ax).not.toBe(bx);
    expect(ey).toBeGreaterThan(ay);
    expect(ex).toBe((ax + bx) / 2);
    expect(laid.edgePoints).toHaveLength(5);
  });

  it('orders the layers so that no two edges cross when they need not', () => {
    // Depth-first, this lists 0, 1 on top and 2, 3 below: edges 0>3 and 1>2 then cross.
    const b = block(4, ['0>2', '0>3', '1>2']);
    const laid = layoutFlow(b);
    const x = (v: number) => laid.centers[2 * v];
    for (const e of b.edges) {
      for (const f of b.edges) {
        if (e.source === f.source || e.target === f.target) continue;
        expect(Math.sign(x(e.source) - x(f.source))).toBe(Math.sign(x(e.target) - x(f.target)));
      }
    }
  });
});

describe('blockSignature', () => {
  it('changes with a size or an edge, not otherwise', () => {
    const base = blockSignature(block(3, ['0>1', '1>2']));
    expect(blockSignature(block(3, ['0>1', '1>2']))).toBe(base);
    expect(blockSignature({ ...block(3, ['0>1', '1>2']), widths: [200, 210, 200] })).not.toBe(base);
    expect(blockSignature(block(3, ['0>1', '0>2']))).not.toBe(base);
  });
});
