import { describe, expect, it } from 'vitest';
import { crossingsBetween, type Adjacency } from './ordering';

/** Pairs of edges whose ends are in opposite order on the two layers, times their weights. */
function bruteForce(north: number[], position: Int32Array, succs: Adjacency[]): number {
  const edges = north.flatMap((v) => succs[v].nodes.map((t, k) => [position[v], position[t], succs[v].weights[k]]));
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      if ((edges[i][0] - edges[j][0]) * (edges[i][1] - edges[j][1]) < 0) count += edges[i][2] * edges[j][2];
    }
  }
  return count;
}

describe('crossingsBetween', () => {
  it('counts what a pairwise check counts, on many random layer pairs', () => {
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const northSize = 1 + Math.floor(random() * 6);
      const southSize = 1 + Math.floor(random() * 9);
      const north = Array.from({ length: northSize }, (_, i) => i);
      const south = Array.from({ length: southSize }, (_, i) => northSize + i);
      const position = new Int32Array(northSize + southSize);
      north.forEach((v, i) => (position[v] = i));
      // Shuffle the south layer so node ids and places differ.
      const places = south.map((_, i) => i).sort(() => random() - 0.5);
      south.forEach((v, i) => (position[v] = places[i]));
      const succs: Adjacency[] = Array.from({ length: northSize + southSize }, () => ({ nodes: [], weights: [] }));
      for (const v of north) {
        for (const t of south) {
          if (random() < 0.4) {
            succs[v].nodes.push(t);
            succs[v].weights.push(1 + Math.floor(random() * 2));
          }
        }
      }
      expect(crossingsBetween(north, position, succs, southSize)).toBe(bruteForce(north, position, succs));
    }
  });
});
