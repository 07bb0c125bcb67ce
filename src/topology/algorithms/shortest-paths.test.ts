import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildGraph } from '../graph.js'
import type { Graph } from '../graph.js'
import { buildShortestPathTree, pathTo, shortestPaths, shortestPathsAssign } from './shortest-paths.js'

// s ─1─ a ─1─ t, s ─1─ b ─1─ t (two equal-cost paths), s ─5─ t, c alone.
const EDGES: [string, string, number][] = [
  ['s', 'a', 1],
  ['a', 't', 1],
  ['s', 'b', 1],
  ['b', 't', 1],
  ['s', 't', 5],
]
const NODES = ['s', 'a', 'b', 't', 'c']

function graphOf(nodes: string[], edges: [string, string, number][]): Graph {
  return buildGraph({ nodes: nodes.map((id) => ({ id })), links: edges.map(([a, b, metric]) => ({ a, b, metric })), networks: [] }).graph
}
const G = graphOf(NODES, EDGES)
const at = (id: string) => G.index.get(id)!
const predsOf = (tree: ReturnType<typeof shortestPaths>, id: string) => {
  const r = tree.rank[at(id)]!
  return Array.from(tree.preds.subarray(tree.predStart[r]!, tree.predStart[r + 1]!)).map((v) => G.ids[v])
}

describe('shortestPaths', () => {
  it('finds the routed metric of every node and Infinity for unreached ones', () => {
    const tree = shortestPaths(G, at('s'))
    expect(NODES.map((id) => tree.dist[at(id)])).toEqual([0, 1, 1, 2, Infinity])
    expect(tree.settled).toBe(4)
    expect(tree.rank[at('c')]).toBe(-1)
  })

  it('keeps every equal-cost predecessor, the ECMP DAG', () => {
    const tree = shortestPaths(G, at('s'))
    expect(predsOf(tree, 't')).toEqual(['a', 'b'])
    expect(predsOf(tree, 'a')).toEqual(['s'])
    expect(predsOf(tree, 's')).toEqual([])
  })

  it('returns one path following the first (smallest-index) predecessor', () => {
    const tree = shortestPaths(G, at('s'))
    expect(pathTo(tree, at('t'))!.map((v) => G.ids[v])).toEqual(['s', 'a', 't'])
    expect(pathTo(tree, at('c'))).toBeNull()
  })

  it('avoids blocked nodes, and a blocked source reaches nothing', () => {
    const blocked = new Uint8Array(G.nodeCount)
    blocked[at('a')] = 1
    blocked[at('b')] = 1
    const tree = shortestPaths(G, at('s'), { blocked })
    expect(tree.dist[at('t')]).toBe(5)
    expect(tree.dist[at('a')]).toBe(Infinity)
    blocked[at('s')] = 1
    expect(shortestPaths(G, at('s'), { blocked }).settled).toBe(0)
  })

  it('keeps the DAG acyclic over zero metrics', () => {
    const g = graphOf(['s', 'x', 'y'], [['s', 'x', 1], ['x', 'y', 0], ['s', 'y', 1]])
    const tree = shortestPaths(g, 0)
    expect(Array.from(tree.dist)).toEqual([0, 1, 1])
    const preds = (v: number) => Array.from(tree.preds.subarray(tree.predStart[tree.rank[v]!]!, tree.predStart[tree.rank[v]! + 1]!))
    expect(preds(1)).toEqual([0])
    expect(preds(2)).toEqual([0, 1])
  })

  it('keeps two paths whose metrics add up to one cost as written, whatever the rounding of their sums', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point, 0.3 is 0.3: both paths cost 0.3.
    const g = graphOf(['s', 'a', 't'], [['s', 'a', 0.1], ['a', 't', 0.2], ['s', 't', 0.3]])
    const tree = shortestPaths(g, 0)
    const preds = (v: number) => Array.from(tree.preds.subarray(tree.predStart[tree.rank[v]!]!, tree.predStart[tree.rank[v]! + 1]!)).map((u) => g.ids[u])
    expect(preds(g.index.get('t')!)).toEqual(['s', 'a'])
    expect(tree.dist[g.index.get('t')!]).toBeCloseTo(0.3, 12)
  })

  it('rejects a source outside the graph with a usage error naming the function', () => {
    expect(() => shortestPaths(G, 99)).toThrow(expect.objectContaining({ code: 'usage', message: expect.stringContaining('topology/shortestPaths') }))
    expect(() => shortestPaths(G, 0, { blocked: new Uint8Array(2) })).toThrow(expect.objectContaining({ code: 'usage' }))
  })

  it('gives the same distances as a plain reference Dijkstra on random graphs', () => {
    fc.assert(
      fc.property(randomEdges(30), ({ n, edges }) => {
        const g = graphOf(Array.from({ length: n }, (_, i) => `n${i}`), edges)
        const tree = buildShortestPathTree(g)
        for (let s = 0; s < n; s++) {
          shortestPathsAssign(g, s, {}, tree)
          const ref = referenceDijkstra(n, edges.map(([a, b, w]) => [Number(a.slice(1)), Number(b.slice(1)), w]), s)
          expect(Array.from(tree.dist)).toEqual(ref)
          // Every predecessor is an equal-cost neighbour, and every equal-cost neighbour is one.
          for (let v = 0; v < n; v++) {
            if (tree.rank[v]! < 0) continue
            const r = tree.rank[v]!
            const preds = Array.from(tree.preds.subarray(tree.predStart[r]!, tree.predStart[r + 1]!)).sort((x, y) => x - y)
            const expected: number[] = []
            for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
              if (ref[g.targets[k]!]! + g.weights[k]! === ref[v]) expected.push(g.targets[k]!)
            }
            expect(preds).toEqual(expected.sort((x, y) => x - y))
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})

/** Random small graphs with integer metrics 1..4, so equal-cost paths are common. */
function randomEdges(maxNodes: number) {
  return fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 4 })), { maxLength: 3 * n }).map((raw) => ({
      n,
      edges: raw.filter(([a, b]) => a !== b).map(([a, b, w]): [string, string, number] => [`n${a}`, `n${b}`, w]),
    })),
  )
}

/** Textbook O(n²) Dijkstra over an edge list, parallel edges and all. */
function referenceDijkstra(n: number, edges: [number, number, number][], s: number): number[] {
  const dist = new Array<number>(n).fill(Infinity)
  const done = new Array<boolean>(n).fill(false)
  dist[s] = 0
  for (;;) {
    let u = -1
    for (let v = 0; v < n; v++) if (!done[v] && dist[v]! < Infinity && (u === -1 || dist[v]! < dist[u]!)) u = v
    if (u === -1) return dist
    done[u] = true
    for (const [a, b, w] of edges) {
      if (a === u && dist[u]! + w < dist[b]!) dist[b] = dist[u]! + w
      if (b === u && dist[u]! + w < dist[a]!) dist[a] = dist[u]! + w
    }
  }
}
