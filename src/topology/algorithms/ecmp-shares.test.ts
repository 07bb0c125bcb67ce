import { describe, expect, it } from 'vitest'
import { buildGraph } from '../graph.js'
import type { Graph } from '../graph.js'
import { ecmpShares } from './ecmp-shares.js'
import { shortestPaths } from './shortest-paths.js'

// Three equal-cost paths s→t (metric 3): s-x-a-t, s-x-b-t, s-c-t (c-t has metric 2).
const EDGES: [string, string, number][] = [
  ['s', 'x', 1],
  ['x', 'a', 1],
  ['x', 'b', 1],
  ['a', 't', 1],
  ['b', 't', 1],
  ['s', 'c', 1],
  ['c', 't', 2],
]
const NODES = ['s', 'x', 'a', 'b', 'c', 't', 'far']

function graphOf(nodes: string[], edges: [string, string, number][]): Graph {
  return buildGraph({ nodes: nodes.map((id) => ({ id })), links: edges.map(([a, b, metric]) => ({ a, b, metric })), networks: [] }).graph
}
const G = graphOf(NODES, EDGES)
const at = (id: string) => G.index.get(id)!
const badOf = (...ids: string[]) => {
  const bad = new Uint8Array(G.nodeCount)
  for (const id of ids) bad[at(id)] = 1
  return bad
}
const sharesOf = (r: ReturnType<typeof ecmpShares>) =>
  Object.fromEntries(Array.from(r.nodes, (v, i) => [G.ids[v], r.shares[i]]))

describe('ecmpShares', () => {
  it('splits the volume evenly at every branch from the source', () => {
    const r = ecmpShares(shortestPaths(G, at('s')), at('t'))
    expect(sharesOf(r)).toEqual({ s: 1, x: 0.5, c: 0.5, a: 0.25, b: 0.25, t: 1 })
    expect(r.exposedShare).toBe(0)
  })

  it('gives both ends the whole flow, exactly 1, however the branches add up', () => {
    // s splits over a and b; b over c, d and e, a over d and e: t receives 1/6 + 5/12 + 5/12, which adds up to 0.9999999999999999.
    const g = graphOf(['s', 'c', 'd', 't', 'a', 'b', 'e'], [
      ['s', 'a', 1], ['s', 'b', 1], ['b', 'c', 1], ['b', 'd', 1], ['b', 'e', 1], ['a', 'd', 1], ['a', 'e', 1], ['c', 't', 1], ['d', 't', 1], ['e', 't', 1],
    ])
    const [s, t] = [g.index.get('s')!, g.index.get('t')!]
    const end = (r: ReturnType<typeof ecmpShares>, v: number) => r.shares[Array.from(r.nodes).indexOf(v)]
    expect(end(ecmpShares(shortestPaths(g, s), t), t)).toBe(1)
    expect(end(ecmpShares(shortestPaths(g, t), s, { direction: 'to-source' }), t)).toBe(1)
  })

  it('splits at the branches toward the tree source for traffic flowing to it', () => {
    // t → s: t has three next hops (a, b, c), and a and b both lead to x.
    const r = ecmpShares(shortestPaths(G, at('s')), at('t'), { direction: 'to-source' })
    const shares = sharesOf(r)
    expect(shares.a).toBeCloseTo(1 / 3)
    expect(shares.c).toBeCloseTo(1 / 3)
    expect(shares.x).toBeCloseTo(2 / 3)
    expect(shares.s).toBeCloseTo(1)
  })

  it('gives the share that crosses an untrusted node on one branch', () => {
    expect(ecmpShares(shortestPaths(G, at('s')), at('t'), { bad: badOf('c') }).exposedShare).toBe(0.5)
    expect(ecmpShares(shortestPaths(G, at('s')), at('t'), { bad: badOf('a') }).exposedShare).toBe(0.25)
  })

  it('counts traffic crossing two untrusted nodes in series once', () => {
    // x and a lie on the same paths: the exposed share is x's 0.5, not 0.5 + 0.25.
    const r = ecmpShares(shortestPaths(G, at('s')), at('t'), { bad: badOf('x', 'a') })
    expect(r.exposedShare).toBe(0.5)
    expect(r.touchesBad).toBe(true)
  })

  it('exposes the whole flow when an end is untrusted', () => {
    expect(ecmpShares(shortestPaths(G, at('s')), at('t'), { bad: badOf('t') }).exposedShare).toBe(1)
    expect(ecmpShares(shortestPaths(G, at('s')), at('t'), { bad: badOf('s'), direction: 'to-source' }).exposedShare).toBe(1)
  })

  it('returns an empty split for an unreached node and the source alone for a flow to itself', () => {
    expect(ecmpShares(shortestPaths(G, at('s')), at('far')).count).toBe(0)
    expect(sharesOf(ecmpShares(shortestPaths(G, at('s')), at('s')))).toEqual({ s: 1 })
  })

  it('rejects a node outside the graph with a usage error', () => {
    expect(() => ecmpShares(shortestPaths(G, at('s')), 42)).toThrow(expect.objectContaining({ code: 'usage' }))
  })
})
