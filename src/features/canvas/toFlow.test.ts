import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph';
import { layoutGraph } from '../../layout';
import { measureNode } from './measure';
import { toFlow } from './toFlow';

const def = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }], Default: 'Done' },
    Done: { Type: 'Succeed' },
    Fan: { Type: 'Parallel', Branches: [{ StartAt: '', States: {} }], End: true },
  },
};

describe('toFlow', () => {
  const graph = toGraph(def);
  const { nodes, edges } = toFlow(graph, layoutGraph(graph, { measure: measureNode }));

  it('names each drop zone after the states around it and the transition it is on', () => {
    expect(edges.map((e) => e.data?.dropLabel).filter(Boolean).sort()).toEqual([
      'Insert between Check and Done (rule 1)',
      'Insert between Check and Done (Default)',
      'Insert between Fan and End',
      'Insert between Start and Check',
    ].sort());
  });

  it('keeps two edges between the same nodes on separate drop zones', () => {
    const [rule, fallback] = edges.filter((e) => e.source === 'Check');
    expect(rule.data!.dropOffset).not.toBe(fallback.data!.dropOffset);
  });

  it('keeps state names as node ids and marks the empty branch as a drop target', () => {
    expect(nodes.find((n) => n.id === 'Check')?.domAttributes).toEqual({ 'data-state-type': 'Choice' });
    expect(nodes.find((n) => n.data.node.kind === 'group-branch')?.data.insertAt).toEqual({ emptyBranch: { parallel: 'Fan', branch: 0 } });
  });
});
