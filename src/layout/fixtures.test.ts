import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { realWorldFixtures } from '../asl/__fixtures__';
import { toGraph } from '../asl/graph';
import { layoutGraph } from './layoutGraph';
import { layoutProblems } from './layoutChecks';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** State names of a definition, nested ones included, read without toGraph. */
function stateNames(fragment: unknown, into: string[] = []): string[] {
  if (!isObject(fragment) || !isObject(fragment.States)) return into;
  for (const [name, state] of Object.entries(fragment.States)) {
    into.push(name);
    if (!isObject(state)) continue;
    if (Array.isArray(state.Branches)) state.Branches.forEach((branch) => stateNames(branch, into));
    stateNames(state.ItemProcessor ?? state.Iterator, into);
  }
  return into;
}

describe('real-world definitions', () => {
  it('the corpus is there', () => expect(realWorldFixtures.length).toBeGreaterThan(0));

  it.each(realWorldFixtures.map((f) => [f.file, f] as const))('%s: a node per state, laid out without overlap', (_file, fixture) => {
    const definition: unknown = fixture.format === 'yaml' ? parseYaml(fixture.text) : JSON.parse(fixture.text);
    const graph = toGraph(definition);
    const names = stateNames(definition);
    expect(names.length).toBeGreaterThan(0);
    expect(graph.nodes.filter((n) => n.kind === 'state').map((n) => n.stateName).sort()).toEqual([...names].sort());
    expect(graph.unresolved).toEqual([]);
    const layout = layoutGraph(graph, { cache: false });
    expect(layoutProblems(layout)).toEqual([]);
  });
});
