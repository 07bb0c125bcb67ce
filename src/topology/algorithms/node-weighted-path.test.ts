import { describe, expect, it } from 'vitest'
import { buildGraph } from '../graph.js'
import type { Graph } from '../graph.js'
import { nodeWeightedPaths, nodeWeightedPathTo } from './node-weighted-path.js'

// Two ways from s to t: through two untrusted nodes u1, u2 (metric 3), or through one, x (metric 2).
const EDGES: [string, string, number][] = [
  ['s', 'u1', 1],
  ['u1', 'u2', 1],
  ['u2', 't', 1],
  ['s', 'x', 1],
  ['x', 't', 1],
]
const NODES = ['s', 'u1', 'u2', 'x', 't']

function graphOf(nodes: string[], edges: [string, string, number][]): Graph {
  return buildGraph({ nodes: nodes.map((id) => ({ id })), links: edges.map(([a, b, metric]) => ({ a, b, metric })), networks: [] }).graph
}
const G = graphOf(NODES, EDGES)
const at = (id: string) => G.index.get(id)!
const costs = (entries: Record<string, number>) => {
  const c = new Float64Array(G.nodeCount)
  for (const [id, v] of Object.entries(entries)) c[at(id)] = v
  return c
}
const cheapest = (c: Float64Array) => {
  const tree = nodeWeightedPaths(G, at('s'), c)
  return { cost: tree.cost[at('t')], metric: tree.metric[at('t')], path: nodeWeightedPathTo(tree, at('t'))?.map((v) => G.ids[v]) }
}

describe('nodeWeightedPaths', () => {
  it('takes two cheap nodes over one expensive node', () => {
    expect(cheapest(costs({ u1: 1, u2: 1, x: 5 }))).toEqual({ cost: 2, metric: 3, path: ['s', 'u1', 'u2', 't'] })
  })

  it('takes one node over two when it costs less than both', () => {
    expect(cheapest(costs({ u1: 1, u2: 1, x: 1.5 }))).toEqual({ cost: 1.5, metric: 2, path: ['s', 'x', 't'] })
  })

  it('breaks a tie in cost by the metric', () => {
    expect(cheapest(costs({ u1: 1, u2: 1, x: 2 }))).toEqual({ cost: 2, metric: 2, path: ['s', 'x', 't'] })
  })

  it('counts the cost of the ends and treats an infinite cost as impassable', () => {
    expect(cheapest(costs({ s: 3, x: 1 })).cost).toBe(3)
    expect(cheapest(costs({ t: Infinity }))).toEqual({ cost: Infinity, metric: Infinity, path: undefined })
    expect(cheapest(costs({ x: Infinity, u1: 4 }))).toEqual({ cost: 4, metric: 3, path: ['s', 'u1', 'u2', 't'] })
  })

  it('rejects a negative or NaN node cost with a usage error', () => {
    expect(() => nodeWeightedPaths(G, 0, costs({ x: -1 }))).toThrow(expect.objectContaining({ code: 'usage' }))
    expect(() => nodeWeightedPaths(G, 0, costs({ x: Number.NaN }))).toThrow(expect.objectContaining({ code: 'usage' }))
  })
})
