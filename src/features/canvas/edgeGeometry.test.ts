import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph';
import { layoutGraph } from '../../layout';
import { edgeGeometry, fitLabels } from './edgeGeometry';
import { measureNode } from './measure';

const choice = {
  StartAt: 'Check',
  States: {
    Check: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.amount', NumericGreaterThan: 1000, Next: 'Big' },
        { And: [{ Variable: '$.amount', NumericGreaterThan: 0 }, { Variable: '$.customer.status', StringEquals: 'active' }], Next: 'Small' },
      ],
      Default: 'Reject',
    },
    Big: { Type: 'Pass', Next: 'Small' },
    Small: { Type: 'Succeed' },
    Reject: { Type: 'Fail' },
    Loop: { Type: 'Wait', Seconds: 1, Next: 'Check' },
  },
};

describe('edgeGeometry', () => {
  const graph = toGraph(choice);
  const geometry = edgeGeometry(graph, layoutGraph(graph, { measure: measureNode }));

  it('routes every edge with only vertical and horizontal runs', () => {
    for (const [id, g] of geometry) {
      g.route.slice(1).forEach((p, i) => {
        const q = g.route[i];
        expect(Math.abs(p.x - q.x) < 0.5 || Math.abs(p.y - q.y) < 0.5, `${id} ${JSON.stringify([q, p])}`).toBe(true);
      });
    }
  });

  it('keeps the labels of one Choice from overlapping', () => {
    const labels = graph.edges.filter((e) => e.source === 'Check').map((e) => geometry.get(e.id)!.label!);
    for (const a of labels) {
      for (const b of labels) {
        if (a === b || Math.abs(a.y - b.y) >= 16) continue;
        expect(Math.abs(a.x - b.x), `${a.text} / ${b.text}`).toBeGreaterThanOrEqual((a.width + b.width) / 2);
      }
    }
  });

  it('keeps each drop zone off its label', () => {
    for (const g of geometry.values()) {
      if (!g.label) continue;
      const clear = Math.abs(g.zone.y - g.label.y) >= 20 || Math.abs(g.zone.x - g.label.x) >= g.label.width / 2 + 10;
      expect(clear).toBe(true);
    }
  });
});

describe('edgeGeometry of a long workflow with a shared error handler', () => {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < 45; i++) {
    states[`Step${i}`] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Next: i === 44 ? 'Done' : `Step${i + 1}`,
      ...(i % 4 === 0 ? { Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }] } : {}),
    };
  }
  Object.assign(states, { Handle: { Type: 'Fail' }, Done: { Type: 'Succeed' } });
  const graph = toGraph({ StartAt: 'Skip', States: { Skip: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Step30' }], Default: 'Step0' }, ...states } });
  const layout = layoutGraph(graph, { measure: measureNode, cache: false });
  const geometry = edgeGeometry(graph, layout);

  it('draws a catcher in the handler lane from its side into the side of the handler, with its label at the lane', () => {
    const handle = layout.nodes.find((n) => n.id === 'Handle')!;
    const step = layout.nodes.find((n) => n.id === 'Step4')!;
    const edge = graph.edges.find((e) => e.source === 'Step4' && e.kind === 'catch')!;
    const { route, label } = geometry.get(edge.id)!;
    expect(route[0]).toEqual({ x: step.x + step.width, y: step.y + step.height / 2 });
    expect(route.at(-1)).toEqual({ x: handle.x + handle.width, y: handle.y + handle.height / 2 });
    expect(route).toHaveLength(4);
    expect(label).toMatchObject({ x: route[1].x, y: route[1].y });
  });
});

describe('fitLabels', () => {
  it('shortens a long label next to a close neighbour, and leaves room-rich ones alone', () => {
    const fitted = fitLabels([
      { id: 'a', x: 0, y: 100, text: '$.amount > 0 and $.customer.status == "active"' },
      { id: 'b', x: 120, y: 100, text: 'Default' },
      { id: 'c', x: 0, y: 300, text: '$.amount > 1000' },
    ]);
    expect(fitted.get('a')).toMatch(/…$/);
    expect(fitted.get('b')).toBe('Default');
    expect(fitted.get('c')).toBe('$.amount > 1000');
  });
});
