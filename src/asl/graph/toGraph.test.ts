import { describe, expect, it } from 'vitest';
import { toGraph } from './toGraph';
import type { GraphEdge, StateGraph } from './types';

/** Edges as `source -kind-> target [label]`, easy to read in a failing diff. */
const arrows = (graph: StateGraph): string[] =>
  graph.edges.map((e: GraphEdge) => `${e.source} -${e.kind}-> ${e.target}${e.label === undefined ? '' : ` [${e.label}]`}`);
const node = (graph: StateGraph, id: string) => graph.nodes.find((n) => n.id === id);

describe('toGraph: a flat machine', () => {
  const graph = toGraph({
    StartAt: 'Fetch',
    States: {
      Fetch: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Check', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }] },
      Check: {
        Type: 'Choice',
        Choices: [
          { Variable: '$.amount', NumericGreaterThan: 1000, Next: 'Approve' },
          { Variable: '$.status', StringEquals: 'DONE', Next: 'Done' },
        ],
        Default: 'Fetch',
      },
      Approve: { Type: 'Pass', End: true },
      Done: { Type: 'Succeed' },
      Failed: { Type: 'Fail', Error: 'Boom' },
    },
  });

  it('has a start marker, one node per state named by the state, and an end marker', () => {
    expect(graph.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['__start__', 'start'],
      ['Fetch', 'state'],
      ['Check', 'state'],
      ['Approve', 'state'],
      ['Done', 'state'],
      ['Failed', 'state'],
      ['__end__', 'end'],
    ]);
  });

  it('draws every transition with a readable label', () => {
    expect(arrows(graph)).toEqual([
      '__start__ -start-> Fetch',
      'Fetch -next-> Check',
      'Fetch -catch-> Failed [Catch all]',
      'Check -choice-> Approve [$.amount > 1000]',
      'Check -choice-> Done [$.status == "DONE"]',
      'Check -default-> Fetch [Default]',
      'Approve -end-> __end__',
      'Done -end-> __end__',
      'Failed -end-> __end__',
    ]);
  });

  it('points each edge at the field that makes it', () => {
    expect(graph.edges.map((e) => e.pointer)).toEqual([
      '/StartAt',
      '/States/Fetch/Next',
      '/States/Fetch/Catch/0/Next',
      '/States/Check/Choices/0/Next',
      '/States/Check/Choices/1/Next',
      '/States/Check/Default',
      '/States/Approve/End',
      '/States/Done',
      '/States/Failed',
    ]);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('marks End, Succeed and Fail states terminal, and names the Task integration', () => {
    expect(graph.nodes.filter((n) => n.terminal).map((n) => n.id)).toEqual(['Approve', 'Done', 'Failed']);
    expect(node(graph, 'Fetch')).toMatchObject({ stateType: 'Task', resourceLabel: 'Lambda: Invoke', pointer: '/States/Fetch' });
    expect(node(graph, 'Check')?.resourceLabel).toBeUndefined();
  });

  it('keeps the catcher errors on catch edges', () => {
    expect(graph.edges.find((e) => e.kind === 'catch')).toMatchObject({ errors: ['States.ALL'], title: 'Catch all' });
  });
});

describe('toGraph: edge labels', () => {
  const choice = (rules: unknown[]) => toGraph({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: rules, Default: 'D' }, D: { Type: 'Succeed' } } });

  it('cuts long rule labels to 40 characters and keeps the full text as title', () => {
    const rule = { Variable: '$.order.customer.address.country', StringEquals: 'Deutschland', Next: 'D' };
    const edge = choice([rule]).edges.find((e) => e.kind === 'choice')!;
    expect(edge.label).toHaveLength(40);
    expect(edge.label?.endsWith('…')).toBe(true);
    expect(edge.title).toBe('$.order.customer.address.country == "Deutschland"');
  });

  it('shows a JSONata Condition without its delimiters', () => {
    const edge = toGraph({
      QueryLanguage: 'JSONata',
      StartAt: 'C',
      States: { C: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.ok %}', Next: 'D' }] }, D: { Type: 'Succeed' } },
    }).edges.find((e) => e.kind === 'choice');
    expect(edge?.label).toBe('$states.input.ok');
  });

  it('names a rule it cannot read by its number', () => {
    expect(choice([{ Variable: '$.a', Next: 'D' }, { Weird: 1, Next: 'D' }]).edges.filter((e) => e.kind === 'choice').map((e) => e.label)).toEqual(['Rule 1', 'Rule 2']);
  });

  it('joins the error names of a catcher', () => {
    const graph = toGraph({
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: 'x', End: true, Catch: [{ ErrorEquals: ['States.Timeout', 'Custom.Error'], Next: 'F' }] }, F: { Type: 'Fail' } },
    });
    expect(graph.edges.find((e) => e.kind === 'catch')).toMatchObject({ label: 'States.Timeout, Custom.Error', errors: ['States.Timeout', 'Custom.Error'] });
  });
});

describe('toGraph: Parallel and Map', () => {
  const graph = toGraph({
    StartAt: 'Fan',
    States: {
      Fan: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
          { StartAt: 'B', States: { B: { Type: 'Pass', Next: 'B2' }, B2: { Type: 'Succeed' } } },
        ],
        Next: 'Each',
      },
      Each: {
        Type: 'Map',
        ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Inner', States: { Inner: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', End: true } } },
        End: true,
      },
    },
  });

  it('makes the Parallel a container with one group per branch, holding that branch', () => {
    expect(node(graph, 'Fan')).toMatchObject({ kind: 'state', stateType: 'Parallel' });
    expect(node(graph, 'Fan::branch:0')).toMatchObject({ kind: 'group-branch', parentId: 'Fan', label: 'Branch 1', pointer: '/States/Fan/Branches/0' });
    expect(node(graph, 'Fan::branch:1')).toMatchObject({ kind: 'group-branch', parentId: 'Fan', label: 'Branch 2', pointer: '/States/Fan/Branches/1' });
    expect(node(graph, 'B')).toMatchObject({ parentId: 'Fan::branch:1', pointer: '/States/Fan/Branches/1/States/B' });
    expect(node(graph, 'Fan::branch:1::start')).toMatchObject({ kind: 'start', parentId: 'Fan::branch:1' });
  });

  it('keeps each branch its own scope with its own start and end', () => {
    expect(arrows(graph)).toEqual(
      expect.arrayContaining([
        'Fan::branch:0::start -start-> A',
        'A -end-> Fan::branch:0::end',
        'Fan::branch:1::start -start-> B',
        'B -next-> B2',
        'B2 -end-> Fan::branch:1::end',
        'Fan -next-> Each',
        'Each -end-> __end__',
      ]),
    );
  });

  it('makes the Map a container with one processor group', () => {
    expect(node(graph, 'Each::processor')).toMatchObject({ kind: 'group-processor', parentId: 'Each', label: 'Iterate items', pointer: '/States/Each/ItemProcessor' });
    expect(node(graph, 'Inner')).toMatchObject({ parentId: 'Each::processor', resourceLabel: 'SNS: Publish' });
  });

  it('lists every parent before its children, as React Flow requires', () => {
    const seen = new Set<string>();
    for (const n of graph.nodes) {
      if (n.parentId !== undefined) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
    }
  });

  it('never draws an edge between two scopes', () => {
    const parent = new Map(graph.nodes.map((n) => [n.id, n.parentId]));
    for (const e of graph.edges) expect(parent.get(e.source)).toBe(parent.get(e.target));
  });

  it.each([
    ['distributed mode', { ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' }, StartAt: 'X', States: { X: { Type: 'Succeed' } } } }, 'Distributed', '/States/M/ItemProcessor'],
    ['its Label', { Label: 'Files', ItemProcessor: { StartAt: 'X', States: { X: { Type: 'Succeed' } } } }, 'Files', '/States/M/ItemProcessor'],
    ['the legacy Iterator', { Iterator: { StartAt: 'X', States: { X: { Type: 'Succeed' } } } }, 'Iterate items', '/States/M/Iterator'],
  ])('labels a Map processor by %s', (_name, fields, label, pointer) => {
    const g = toGraph({ StartAt: 'M', States: { M: { Type: 'Map', End: true, ...fields } } });
    expect(node(g, 'M::processor')).toMatchObject({ label, pointer });
    expect(node(g, 'X')?.parentId).toBe('M::processor');
  });

  it('nests a Parallel inside a Map processor', () => {
    const g = toGraph({
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          End: true,
          ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'Deep', States: { Deep: { Type: 'Succeed' } } }] } } },
        },
      },
    });
    expect(node(g, 'P')?.parentId).toBe('M::processor');
    expect(node(g, 'P::branch:0')?.parentId).toBe('P');
    expect(node(g, 'Deep')).toMatchObject({ parentId: 'P::branch:0', pointer: '/States/M/ItemProcessor/States/P/Branches/0/States/Deep' });
  });
});

describe('toGraph: query language', () => {
  it('inherits the top-level language and honours a state override, into nested states', () => {
    const g = toGraph({
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'P' },
        P: { Type: 'Parallel', QueryLanguage: 'JSONPath', End: true, Branches: [{ StartAt: 'In', States: { In: { Type: 'Succeed' } } }] },
      },
    });
    expect(node(g, 'A')?.queryLanguage).toBe('JSONata');
    expect(node(g, 'P')?.queryLanguage).toBe('JSONPath');
    expect(node(g, 'In')?.queryLanguage).toBe('JSONPath');
    expect(node(g, '__start__')?.queryLanguage).toBe('JSONata');
  });
});

describe('toGraph: ids', () => {
  it('escapes state names in pointers', () => {
    const g = toGraph({ StartAt: 'a/b~c', States: { 'a/b~c': { Type: 'Succeed' } } });
    expect(node(g, 'a/b~c')?.pointer).toBe('/States/a~1b~0c');
  });

  it('gives markers and groups another id when a state already has theirs', () => {
    const g = toGraph({
      StartAt: '__start__',
      States: {
        __start__: { Type: 'Pass', Next: 'Fan' },
        Fan: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'Fan::branch:0', States: { 'Fan::branch:0': { Type: 'Succeed' } } }] },
      },
    });
    expect(node(g, '__start__')?.kind).toBe('state');
    expect(node(g, '__start__~2')?.kind).toBe('start');
    expect(node(g, 'Fan::branch:0')?.kind).toBe('state');
    expect(node(g, 'Fan::branch:0~2')?.kind).toBe('group-branch');
    expect(node(g, 'Fan::branch:0')?.parentId).toBe('Fan::branch:0~2');
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(g.nodes.length);
  });

  it('keeps ids unique when (invalid) branches reuse a state name, and wires each copy in its own branch', () => {
    const branch = { StartAt: 'Same', States: { Same: { Type: 'Succeed' } } };
    const g = toGraph({ StartAt: 'P', States: { P: { Type: 'Parallel', End: true, Branches: [branch, branch] } } });
    expect(g.nodes.filter((n) => n.stateName === 'Same').map((n) => n.id)).toEqual(['Same', 'Same::dup']);
    expect(arrows(g)).toContain('P::branch:1::start -start-> Same::dup');
    expect(arrows(g)).toContain('Same::dup -end-> P::branch:1::end');
  });
});

describe('toGraph: broken definitions never throw', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'StartAt'],
    ['an array', []],
    ['an empty object', {}],
    ['States as a string', { StartAt: 'A', States: 'A' }],
    ['States as an array', { StartAt: 'A', States: [{ Type: 'Pass' }] }],
  ])('%s gives just the start and end markers', (_name, def) => {
    const g = toGraph(def);
    expect(g.nodes.map((n) => n.kind)).toEqual(['start', 'end']);
    expect(g.edges).toEqual([]);
  });

  it('draws no edge for an unknown Next and lists it as unresolved', () => {
    const g = toGraph({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } });
    expect(arrows(g)).toEqual(['__start__ -start-> A']);
    expect(g.unresolved).toEqual([{ source: 'A', target: 'Nowhere', kind: 'next', pointer: '/States/A/Next', reason: 'unknown-state' }]);
  });

  it('does not follow a Next out of its branch (ASL scopes), and says why', () => {
    const g = toGraph({
      StartAt: 'P',
      States: { P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'In', States: { In: { Type: 'Pass', Next: 'P' } } }] } },
    });
    expect(g.edges.some((e) => e.source === 'In' && e.kind === 'next')).toBe(false);
    expect(g.unresolved).toEqual([expect.objectContaining({ source: 'In', target: 'P', reason: 'other-scope' })]);
  });

  it('treats a StartAt that names nothing like an unknown Next, and a missing StartAt as no edge', () => {
    expect(toGraph({ StartAt: 'Ghost', States: { A: { Type: 'Succeed' } } }).unresolved).toEqual([
      { source: '__start__', target: 'Ghost', kind: 'start', pointer: '/StartAt', reason: 'unknown-state' },
    ]);
    const noStart = toGraph({ States: { A: { Type: 'Succeed' } } });
    expect(noStart.edges.map((e) => e.kind)).toEqual(['end']);
    expect(noStart.unresolved).toEqual([]);
  });

  it('keeps a node for a state that is not an object, with the problem', () => {
    const g = toGraph({ StartAt: 'A', States: { A: 'oops', B: null, C: { Type: 'Bogus', Next: 'A' }, D: { Next: 'A' } } });
    expect(g.nodes.filter((n) => n.kind === 'state').map((n) => [n.id, n.problem])).toEqual([
      ['A', 'The state is not an object'],
      ['B', 'The state is not an object'],
      ['C', 'Unknown state type "Bogus"'],
      ['D', 'The state has no Type'],
    ]);
    expect(node(g, 'C')?.stateType).toBeUndefined();
    expect(arrows(g)).toEqual(['__start__ -start-> A', 'C -next-> A', 'D -next-> A']);
  });

  it.each([
    ['a Next that is not a string', { Type: 'Pass', Next: 7 }, 'not-a-string'],
    ['a Default to nowhere', { Type: 'Choice', Choices: [], Default: 'Nope' }, 'unknown-state'],
    ['a catcher to nowhere', { Type: 'Task', Resource: 'x', End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Nope' }] }, 'unknown-state'],
  ])('lists %s as unresolved', (_name, state, reason) => {
    expect(toGraph({ StartAt: 'S', States: { S: state } }).unresolved).toEqual([expect.objectContaining({ source: 'S', reason })]);
  });

  it.each([
    ['Branches not an array', { Type: 'Parallel', End: true, Branches: 'x' }],
    ['a branch that is not an object', { Type: 'Parallel', End: true, Branches: [null, 3] }],
    ['a branch without States', { Type: 'Parallel', End: true, Branches: [{ StartAt: 'X' }] }],
    ['ItemProcessor a string', { Type: 'Map', End: true, ItemProcessor: 'x' }],
    ['Choices not an array', { Type: 'Choice', Choices: { a: 1 }, Default: 'S' }],
    ['a rule that is a string', { Type: 'Choice', Choices: ['x', { Next: 'S' }] }],
    ['Catch not an array', { Type: 'Task', Resource: 'x', End: true, Catch: 'all' }],
    ['a catcher without Next or ErrorEquals', { Type: 'Task', Resource: 5, End: true, Catch: [{}, { Next: 'S', ErrorEquals: 'x' }] }],
  ])('survives %s', (_name, state) => {
    const g = toGraph({ StartAt: 'S', States: { S: state } });
    expect(node(g, 'S')?.kind).toBe('state');
  });
});
