import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildGraph } from '../topology/graph.js'
import type { Graph } from '../topology/graph.js'
import { computeExposure, streamExposure } from './exposure.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { buildNodeResolver, buildNodeSuggester, FlowEndDevices } from './node-trust.js'
import { resolveFlows } from './resolve-flows.js'
import type { NodeTrust, ResolvedFlow } from './types.js'

// A diamond s-a-t / s-b-t (metric 2 each way), a detour s-d-e-t (metric 3), and an island z.
const EDGES: [string, string, number][] = [
  ['s', 'a', 1],
  ['a', 't', 1],
  ['s', 'b', 1],
  ['b', 't', 1],
  ['s', 'd', 1],
  ['d', 'e', 1],
  ['e', 't', 1],
]
const NODES = ['s', 'a', 'b', 'd', 'e', 't', 'z']

function graphOf(nodes: string[], edges: [string, string, number][]): Graph {
  return buildGraph({ nodes: nodes.map((id) => ({ id })), links: edges.map(([a, b, metric]) => ({ a, b, metric })), networks: [] }).graph
}
const G = graphOf(NODES, EDGES)
const at = (id: string) => G.index.get(id)!

function trustOf(entries: Record<string, 'untrusted' | 'unknown'>, unknownAs: NodeTrust['unknownAs'] = 'untrusted', cost?: Record<string, number>): NodeTrust {
  const status = new Uint8Array(G.nodeCount)
  for (const [id, s] of Object.entries(entries)) status[at(id)] = s === 'untrusted' ? 1 : 2
  let replacementCost: Float64Array | undefined
  if (cost !== undefined) {
    replacementCost = new Float64Array(G.nodeCount).fill(1)
    for (const [id, c] of Object.entries(cost)) replacementCost[at(id)] = c
  }
  return { status, unknownAs, replacementCost }
}
const flow = (src: string, dst: string, volume = 10, id = `${src}-${dst}`): ResolvedFlow => ({ id, src: at(src), dst: at(dst), volume })
const one = (f: ResolvedFlow, trust: NodeTrust) => computeExposure(G, [f], trust).flows[0]!

describe('computeExposure', () => {
  it('exposes half a flow whose ECMP split sends one branch through an untrusted node', () => {
    const e = one(flow('s', 't'), trustOf({ a: 'untrusted' }))
    expect(e).toEqual({
      id: 's-t', src: 's', dst: 't', volume: 10,
      routedMetric: 2,
      exposedShare: 0.5,
      untrusted: [{ node: 'a', share: 0.5 }],
      unknown: [],
      clean: { exists: true, metric: 2, stretch: 1, path: ['s', 'b', 't'] },
      cheapestFix: { nodes: [], cost: 0, metric: 2 },
    })
  })

  it('splits a flow over two paths of one cost written in decimals, though their sums round apart', () => {
    // s-x-t costs 0.1 + 0.2, which is 0.30000000000000004 in floating point, and s-w-t 0.25 + 0.05, which is 0.3:
    // two paths of one cost, the first through an untrusted node.
    const g = graphOf(['s', 'x', 'w', 't'], [['s', 'x', 0.1], ['x', 't', 0.2], ['s', 'w', 0.25], ['w', 't', 0.05]])
    const status = new Uint8Array(g.nodeCount)
    status[g.index.get('x')!] = 1
    const e = computeExposure(g, [{ id: 'f', src: 0, dst: g.index.get('t')!, volume: 10 }], { status, unknownAs: 'untrusted' }).flows[0]!
    expect(e.exposedShare).toBeCloseTo(0.5, 12)
    expect(e.untrusted).toEqual([{ node: 'x', share: 0.5 }])
    expect(e.clean).toMatchObject({ exists: true, path: ['s', 'w', 't'], stretch: 1 })
    // The other way round, the clean path is the one whose sum rounds up: its stretch is still 1.
    status[g.index.get('x')!] = 0
    status[g.index.get('w')!] = 1
    const r = computeExposure(g, [{ id: 'f', src: 0, dst: g.index.get('t')!, volume: 10 }], { status, unknownAs: 'untrusted' }).flows[0]!
    expect(r.untrusted).toEqual([{ node: 'w', share: 0.5 }])
    expect(r.clean).toMatchObject({ exists: true, path: ['s', 'x', 't'], stretch: 1 })
  })

  it('finds the clean detour and its stretch when both branches are untrusted', () => {
    const e = one(flow('s', 't'), trustOf({ a: 'untrusted', b: 'untrusted' }))
    expect(e.exposedShare).toBe(1)
    expect(e.clean).toEqual({ exists: true, metric: 3, stretch: 1.5, path: ['s', 'd', 'e', 't'] })
  })

  it('exposes the whole flow at an untrusted end, with no clean path and that end as the fix', () => {
    const e = one(flow('s', 't'), trustOf({ t: 'untrusted' }))
    expect(e.exposedShare).toBe(1)
    expect(e.untrusted).toEqual([{ node: 't', share: 1 }])
    expect(e.clean).toEqual({ exists: false, metric: null, stretch: null, path: [] })
    expect(e.cheapestFix).toEqual({ nodes: ['t'], cost: 1, metric: 2 })
  })

  it('says there is no clean path when the trusted part does not connect the ends, and picks the cheapest fix', () => {
    const cut = { a: 'untrusted', b: 'untrusted', d: 'untrusted' } as const
    const byCount = one(flow('s', 't'), trustOf(cut))
    expect(byCount.clean.exists).toBe(false)
    expect(byCount.cheapestFix).toEqual({ nodes: ['a'], cost: 1, metric: 2 })
    // Replacing a costs 5, b costs 4, d costs 3: cheapest is d (the detour), at a longer metric.
    const byCost = one(flow('s', 't'), trustOf(cut, 'untrusted', { a: 5, b: 4, d: 3 }))
    expect(byCost.cheapestFix).toEqual({ nodes: ['d'], cost: 3, metric: 3 })
  })

  it('lists the fix\'s nodes along its path from the flow\'s source, as a reader follows them, not sorted by id', () => {
    // The detour t-e-d-s, walked from t: e before d, where sorting by id put d first.
    const trust = trustOf({ a: 'untrusted', b: 'untrusted', d: 'untrusted', e: 'untrusted' }, 'untrusted', { a: 5, b: 5, d: 2, e: 2 })
    expect(one(flow('t', 's'), trust).cheapestFix?.nodes).toEqual(['e', 'd'])
    expect(one(flow('s', 't'), trust).cheapestFix?.nodes).toEqual(['d', 'e'])
    // Several flows to one destination are searched from it: the order still starts at each source.
    const both = computeExposure(G, [flow('t', 's', 10, 'f1'), flow('e', 's', 10, 'f2'), flow('s', 't', 10, 'f3')], trust).flows
    expect(Object.fromEntries(both.map((f) => [f.id, f.cheapestFix?.nodes]))).toEqual({ f1: ['e', 'd'], f2: ['e', 'd'], f3: ['d', 'e'] })
  })

  it('takes two cheap nodes over one expensive node for the fix', () => {
    // Block the diamond with a (cost 5) and b (cost 5); the detour holds d and e (cost 2 each).
    const trust = trustOf({ a: 'untrusted', b: 'untrusted', d: 'untrusted', e: 'untrusted' }, 'untrusted', { a: 5, b: 5, d: 2, e: 2 })
    expect(one(flow('s', 't'), trust).cheapestFix).toEqual({ nodes: ['d', 'e'], cost: 4, metric: 3 })
    const dear = trustOf({ a: 'untrusted', b: 'untrusted', d: 'untrusted', e: 'untrusted' }, 'untrusted', { a: 3.5, b: 5, d: 2, e: 2 })
    expect(one(flow('s', 't'), dear).cheapestFix).toEqual({ nodes: ['a'], cost: 3.5, metric: 2 })
  })

  it('treats unknown nodes as untrusted on paths by default, and reports them apart', () => {
    const e = one(flow('s', 't'), trustOf({ a: 'unknown' }))
    expect(e.exposedShare).toBe(0.5)
    expect(e.untrusted).toEqual([])
    expect(e.unknown).toEqual([{ node: 'a', share: 0.5 }])
    expect(e.clean.path).toEqual(['s', 'b', 't'])
  })

  it('lets paths cross unknown nodes under unknownAs trusted, still reporting them', () => {
    const e = one(flow('s', 't'), trustOf({ a: 'unknown', b: 'unknown' }, 'trusted'))
    expect(e.exposedShare).toBe(0)
    expect(e.unknown).toEqual([{ node: 'a', share: 0.5 }, { node: 'b', share: 0.5 }])
    expect(e.clean).toEqual({ exists: true, metric: 2, stretch: 1, path: ['s', 'a', 't'] })
    const strict = one(flow('s', 't'), trustOf({ a: 'unknown', b: 'unknown' }, 'untrusted'))
    expect(strict.exposedShare).toBe(1)
    expect(strict.clean.metric).toBe(3)
  })

  it('reports a flow between unconnected nodes as unrouted, with no clean path and no fix', () => {
    const e = one(flow('s', 'z'), trustOf({}))
    expect(e).toMatchObject({ routedMetric: null, exposedShare: 0, clean: { exists: false }, cheapestFix: null })
  })

  it('gives results in input order and the same whichever end groups the searches', () => {
    const flows = [flow('s', 't', 1, 'f1'), flow('d', 't', 2, 'f2'), flow('t', 's', 3, 'f3'), flow('a', 't', 4, 'f4')]
    const trust = trustOf({ a: 'untrusted', e: 'unknown' })
    const bySrc = computeExposure(G, flows, trust, { groupBy: 'src' })
    const byDst = computeExposure(G, flows, trust, { groupBy: 'dst' })
    expect(bySrc.flows.map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4'])
    expect(byDst).toEqual(bySrc)
  })

  it('sums the volume, the exposed share and the flows without a clean path, and ranks untrusted nodes by volume', () => {
    const flows = [flow('s', 't', 10), flow('a', 't', 4), flow('s', 'z', 1), flow('s', 'b', 2)]
    const { summary } = computeExposure(G, flows, trustOf({ a: 'untrusted', b: 'untrusted', e: 'unknown' }, 'trusted'))
    expect(summary).toEqual({
      flows: 4,
      totalVolume: 17,
      exposedVolume: 10 + 4 + 2,
      exposedShare: 16 / 17,
      exposedVolumeToConfirm: 0,
      unroutedFlows: 1,
      flowsWithoutCleanPath: 3,
      untrustedNodes: [{ node: 'a', volume: 9, flows: 2 }, { node: 'b', volume: 7, flows: 2 }],
      unknownNodes: [],
    })
  })

  it('rejects trust arrays of the wrong length and flows outside the graph with usage errors', () => {
    expect(() => computeExposure(G, [], { status: new Uint8Array(2), unknownAs: 'untrusted' })).toThrow(expect.objectContaining({ code: 'usage' }))
    expect(() => computeExposure(G, [{ id: 'x', src: 0, dst: 99, volume: 1 }], trustOf({}))).toThrow(
      expect.objectContaining({ code: 'usage', message: expect.stringContaining('exposure/computeExposure') }),
    )
    expect(() => computeExposure(G, [], trustOf({}, 'untrusted', { a: -1 }))).toThrow(expect.objectContaining({ code: 'usage' }))
  })
})

describe('computeExposure with routedNodes', () => {
  it('lists every node of the equal-cost paths, source first, with the share of the volume crossing it', () => {
    const e = computeExposure(G, [flow('s', 't')], trustOf({ a: 'untrusted' }), { routedNodes: true }).flows[0]!
    expect(e.routed).toHaveLength(4)
    expect(e.routed![0]).toEqual({ node: 's', share: 1 })
    expect(e.routed![3]).toEqual({ node: 't', share: 1 })
    expect(e.routed!.slice(1, 3)).toEqual(expect.arrayContaining([{ node: 'a', share: 0.5 }, { node: 'b', share: 0.5 }]))
    // The detour s-d-e-t is longer, so none of its nodes is routed.
    expect(e.routed!.map((n) => n.node)).not.toContain('d')
  })

  it('lists them from the source whichever end groups the searches, and in a stream', () => {
    const flows = [flow('d', 't', 1, 'f1'), flow('t', 'd', 1, 'f2'), flow('e', 's', 1, 'f3')]
    const trust = trustOf({ e: 'untrusted' })
    const bySrc = computeExposure(G, flows, trust, { groupBy: 'src', routedNodes: true })
    expect(bySrc.flows.map((f) => f.routed!.map((n) => n.node))).toEqual([['d', 'e', 't'], ['t', 'e', 'd'], ['e', 'd', 's']])
    expect(computeExposure(G, flows, trust, { groupBy: 'dst', routedNodes: true })).toEqual(bySrc)
    expect([...streamExposure(G, flows, trust, { routedNodes: true })]).toEqual(bySrc.flows)
  })

  it('gives the node alone for a flow to itself, none for unconnected ends, and nothing unless asked', () => {
    const { flows } = computeExposure(G, [flow('a', 'a'), flow('s', 'z')], trustOf({}), { routedNodes: true })
    expect(flows.map((f) => f.routed)).toEqual([[{ node: 'a', share: 1 }], []])
    expect(one(flow('s', 't'), trustOf({}))).not.toHaveProperty('routed')
  })
})

describe('computeExposure with a flow from a node to itself', () => {
  it('does not count it as exposed at a node that is only unknown, but lists the node', () => {
    const e = one(flow('s', 's'), trustOf({ s: 'unknown' }))
    expect(e).toMatchObject({ routedMetric: 0, exposedShare: 0, untrusted: [], unknown: [{ node: 's', share: 1 }] })
    expect(e.clean).toEqual({ exists: true, metric: 0, stretch: 1, path: ['s'] })
    expect(e.cheapestFix).toEqual({ nodes: [], cost: 0, metric: 0 })
  })

  it('counts it as exposed when the node holds untrusted equipment, with the node as the fix', () => {
    const { flows: [e], summary } = computeExposure(G, [flow('a', 'a', 7)], trustOf({ a: 'untrusted' }))
    expect(e).toMatchObject({ exposedShare: 1, untrusted: [{ node: 'a', share: 1 }], clean: { exists: false }, cheapestFix: { nodes: ['a'], cost: 1, metric: 0 } })
    expect(summary).toMatchObject({ exposedVolume: 7, flowsWithoutCleanPath: 1, untrustedNodes: [{ node: 'a', volume: 7, flows: 1 }] })
  })
})

describe('computeExposure with nodes to confirm', () => {
  // a holds only a device whose findings ask to confirm it (a maker on weak evidence); b a confirmed one.
  const withToConfirm = (trust: NodeTrust, ...nodes: string[]): NodeTrust => {
    const toConfirm = new Uint8Array(G.nodeCount)
    for (const id of nodes) toConfirm[at(id)] = 1
    return { ...trust, toConfirm }
  }

  it('counts the volume exposed only through a node to confirm apart, and marks the node, while routing around it as around any untrusted node', () => {
    const trust = withToConfirm(trustOf({ a: 'untrusted' }), 'a')
    const { flows: [e], summary } = computeExposure(G, [flow('s', 't', 10)], trust)
    expect(e).toMatchObject({ exposedShare: 0.5, exposedShareToConfirm: 0.5, untrusted: [{ node: 'a', share: 0.5, toConfirm: true }] })
    // The same clean path and fix as without the mark: the node stays untrusted for routing.
    expect({ ...e, exposedShareToConfirm: undefined, untrusted: [{ node: 'a', share: 0.5 }] }).toEqual({ ...one(flow('s', 't', 10), trustOf({ a: 'untrusted' })), exposedShareToConfirm: undefined })
    expect(summary).toMatchObject({ exposedVolume: 5, exposedVolumeToConfirm: 5, untrustedNodes: [{ node: 'a', volume: 5, flows: 1, toConfirm: true }] })
  })

  it('counts none of a flow apart where each branch crossing a node to confirm crosses a confirmed untrusted node too', () => {
    // s-a-t and s-b-t: the branch through a (to confirm) and the one through b (confirmed) are apart.
    const apart = computeExposure(G, [flow('s', 't', 10)], withToConfirm(trustOf({ a: 'untrusted', b: 'untrusted' }), 'a'))
    expect(apart.flows[0]).toMatchObject({ exposedShare: 1, exposedShareToConfirm: 0.5 })
    // Behind a confirmed untrusted source, the node to confirm exposes nothing of its own.
    const behind = computeExposure(G, [flow('s', 't', 10)], withToConfirm(trustOf({ s: 'untrusted', a: 'untrusted' }), 'a'))
    expect(behind.flows[0]!.exposedShare).toBe(1)
    expect(behind.flows[0]).not.toHaveProperty('exposedShareToConfirm')
    expect(behind.summary.exposedVolumeToConfirm).toBe(0)
  })

  it('counts a flow from a node to confirm to itself as exposed only through it', () => {
    const { flows: [e], summary } = computeExposure(G, [flow('a', 'a', 7)], withToConfirm(trustOf({ a: 'untrusted' }), 'a'))
    expect(e).toMatchObject({ exposedShare: 1, exposedShareToConfirm: 1, untrusted: [{ node: 'a', share: 1, toConfirm: true }] })
    expect(summary.exposedVolumeToConfirm).toBe(7)
  })

  it('gives the same exposure from the destination side (flows grouped by destination)', () => {
    const trust = withToConfirm(trustOf({ a: 'untrusted', e: 'untrusted' }), 'a')
    const flows = [flow('s', 't', 10, 'f1'), flow('d', 't', 4, 'f2'), flow('a', 'e', 4, 'f3')]
    const bySrc = computeExposure(G, flows, trust, { groupBy: 'src' })
    const byDst = computeExposure(G, flows, trust, { groupBy: 'dst' })
    expect(byDst.flows.map((f) => f.exposedShareToConfirm)).toEqual(bySrc.flows.map((f) => f.exposedShareToConfirm))
    expect(bySrc.flows.map((f) => f.exposedShareToConfirm)).toEqual([0.5, undefined, undefined])
  })
})

describe('streamExposure', () => {
  it('yields the same results as computeExposure, one per flow in order, and returns the summary', () => {
    const flows = [flow('s', 't', 1, 'f1'), flow('s', 'e', 2, 'f2'), flow('d', 't', 3, 'f3'), flow('s', 'a', 4, 'f4')]
    const trust = trustOf({ a: 'untrusted', b: 'unknown' })
    const it = streamExposure(G, flows, trust)
    const out = []
    let step = it.next()
    for (; !step.done; step = it.next()) out.push(step.value)
    expect({ flows: out, summary: step.value }).toEqual(computeExposure(G, flows, trust))
  })
})

describe('resolveFlows', () => {
  it('resolves node ids and skips flows naming unknown nodes or with a bad volume', () => {
    const { value, diagnostics } = resolveFlows(G, [
      { id: 'ok', src: 's', dst: 't', volume: 5 },
      { id: 'lost', src: 's', dst: 'nowhere', volume: 5 },
      { id: 'bad', src: 's', dst: 't', volume: -1 },
    ], { file: 'flows.csv' })
    expect(value).toEqual([{ id: 'ok', src: at('s'), dst: at('t'), volume: 5 }])
    expect(diagnostics.map((d) => [d.code, d.at.path])).toEqual([['unknown_node', [1, 'dst']], ['invalid_field', [2, 'volume']]])
  })

  it('names the file line of a flow when the lines are known, and warns about a flow from a node to itself', () => {
    const { value, diagnostics } = resolveFlows(G, [
      { id: 'f1', src: 's', dst: 'nowhere', volume: 5 },
      { id: 'f2', src: 'a', dst: 'a', volume: 5 },
    ], { file: 'flows.csv', lines: new Map([['f1', 2], ['f2', 3]]) })
    expect(value.map((f) => f.id)).toEqual(['f2'])
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "flows.csv:2: error: "nowhere" in flow destination is not a node of the network (7 nodes); the entry is skipped. Check the id for typos, or declare the node first.",
        "flows.csv:3: warning: flow "f2" goes from node "a" to itself; it crosses only that node, so it counts as exposed only when that node holds untrusted equipment (an unknown node does not make it exposed). Check its src and dst.",
      ]
    `)
  })

  it('says a label two nodes share is ambiguous and names their ids', () => {
    const topology = {
      nodes: [{ id: 'd:25', label: 'Jackson' }, { id: 'd:91', label: 'Jackson' }, { id: 'd:3', label: 'Atlanta' }],
      links: [{ a: 'd:25', b: 'd:3', metric: 1 }, { a: 'd:91', b: 'd:3', metric: 1 }], networks: ['d'],
    }
    const graph = buildGraph(topology).graph
    const { value, diagnostics } = resolveFlows(graph, [{ id: 'f2', src: 'Jackson', dst: 'Atlanta', volume: 1 }, { id: 'f3', src: '91', dst: 'atlanta', volume: 1 }],
      { file: 'flows.csv', lines: new Map([['f2', 3], ['f3', 4]]), names: buildNodeResolver(topology) })
    expect(value).toEqual([{ id: 'f3', src: graph.index.get('d:91'), dst: graph.index.get('d:3'), volume: 1 }])
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "flows.csv:3: error: "Jackson" matches several nodes (d:25, d:91); the entry is skipped. Use the node id instead of its label.",
      ]
    `)
  })

  it('offers the nodes an unknown flow end may have meant, and the network:label form for a label two networks share', () => {
    const topology = {
      nodes: [{ id: 'de:1', network: 'de', label: 'Frankfurt' }, { id: 'de:2', network: 'de', label: 'Paris' }, { id: 'it:2', network: 'it', label: 'Paris' }],
      links: [{ a: 'de:1', b: 'de:2', metric: 1 }, { a: 'de:2', b: 'it:2', metric: 1 }], networks: ['de', 'it'],
    }
    const graph = buildGraph(topology).graph
    const near = buildNodeSuggester(topology)
    const suggest = (ref: string) => near(ref).map((node) => ({ node, label: topology.nodes.find((n) => n.id === node)!.label }))
    const { value, diagnostics } = resolveFlows(graph, [{ id: 'f1', src: 'FRA', dst: 'Paris', volume: 1 }, { id: 'f2', src: 'frankfurt', dst: 'it:Paris', volume: 1 }],
      { file: 'flows.csv', lines: new Map([['f1', 2], ['f2', 3]]), names: buildNodeResolver(topology), suggest })
    expect(value).toEqual([{ id: 'f2', src: graph.index.get('de:1'), dst: graph.index.get('it:2'), volume: 1 }])
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "flows.csv:2: error: "FRA" in flow source is not a node of the network (3 nodes); the entry is skipped. Did you mean "Frankfurt" (de:1)? Write a node id, label (any case) or site.",
        "flows.csv:2: error: "Paris" matches several nodes (de:2, it:2); the entry is skipped. Use the node id instead of its label, or write the network before it (de:Paris).",
      ]
    `)
  })
})

describe('resolveFlows with inventory devices', () => {
  // A planner's flow sheet names the routers at the ends (their ids or host names), which the
  // inventory places on the Topology Zoo's PoPs by their site.
  const topology = {
    nodes: [{ id: 'ab:0', label: 'New York' }, { id: 'ab:1', label: 'Chicago' }, { id: 'ab:8', label: 'Houston' }],
    links: [{ a: 'ab:0', b: 'ab:1', metric: 1 }, { a: 'ab:1', b: 'ab:8', metric: 1 }], networks: ['ab'],
  }
  const graph = buildGraph(topology).graph
  const names = buildNodeResolver(topology)
  const FLOWS = [
    { id: 'f1', src: 'nyc-core-1', dst: 'HOU-CORE-1', volume: 1 },
    { id: 'f2', src: 'rt-chicago', dst: 'Houston', volume: 1 },
    { id: 'f3', src: 'bos-core-1', dst: 'Houston', volume: 1 },
    { id: 'f4', src: 'edge', dst: 'New York', volume: 1 },
    { id: 'f5', src: 'Chicago', dst: 'nowhere', volume: 1 },
  ]
  const devices = new FlowEndDevices(FLOWS.flatMap((f) => [f.src, f.dst]))
  devices.add({ id: 'nyc-core-1', site: 'New York' }, 'ab:0')
  devices.add({ id: 'hou-core-1' }, 'ab:8')
  devices.add({ id: 'chi-7', name: 'rt-chicago' }, 'ab:1')
  devices.add({ id: 'bos-core-1', site: 'Boston' }, undefined)
  devices.add({ id: 'e1', name: 'edge' }, 'ab:1')
  devices.add({ id: 'e2', name: 'edge' }, 'ab:8')

  it('starts and ends a flow at the node of the device it names, by id or name in any case', () => {
    const { value } = resolveFlows(graph, FLOWS, { file: 'flows.csv', names, devices })
    expect(value.map((f) => [f.id, graph.ids[f.src], graph.ids[f.dst]])).toEqual([['f1', 'ab:0', 'ab:8'], ['f2', 'ab:1', 'ab:8']])
  })

  it('tells a device on no node, a name devices on several nodes share, and names neither a node nor a device', () => {
    const { diagnostics } = resolveFlows(graph, FLOWS, { file: 'flows.csv', lines: new Map(FLOWS.map((f, i) => [f.id, i + 2])), names, devices })
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "flows.csv:4: error: "bos-core-1" in flow source is an inventory device on no topology node (see the devices on no node above), so the flow cannot be routed; the entry is skipped. Give the device a site that names a node, or write the node in the flow.",
        "flows.csv:5: error: "edge" names inventory devices on several nodes (ab:1, ab:8); the entry is skipped. Write the id of one of the devices, or the node id.",
        "flows.csv:6: error: "nowhere" in flow destination is not a node of the network (3 nodes); the entry is skipped. Write a node id, label (any case), site, or the id or name of an inventory device.",
      ]
    `)
  })
})

// ── properties on random graphs ────────────────────────────────────────────────────────────────

type Case = { n: number; edges: [number, number, number][]; status: number[]; flows: [number, number][]; unknownAs: 'untrusted' | 'trusted'; freeNodes: boolean }

const randomCase = (maxNodes: number) =>
  fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 3 })), { maxLength: 3 * n })
        .map((es) => es.filter(([a, b]) => a !== b)),
      status: fc.array(fc.constantFrom(0, 0, 0, 1, 2), { minLength: n, maxLength: n }),
      flows: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: 1, maxLength: 8 }),
      unknownAs: fc.constantFrom('untrusted' as const, 'trusted' as const),
      // Some replacements free (cost 0): clean paths then need their own search.
      freeNodes: fc.boolean(),
    }),
  )

function setUp(c: Case) {
  const ids = Array.from({ length: c.n }, (_, i) => `n${i}`)
  const graph = buildGraph({
    nodes: ids.map((id) => ({ id })),
    links: c.edges.map(([a, b, metric]) => ({ a: ids[a]!, b: ids[b]!, metric })),
    networks: [],
  }).graph
  const isBad = (v: number) => c.status[v] === 1 || (c.status[v] === 2 && c.unknownAs === 'untrusted')
  // A flow from a node to itself is exposed only by untrusted equipment on that node (an unknown node does not count).
  const badFor = (f: ResolvedFlow) => (f.src === f.dst ? (v: number) => c.status[v] === 1 : isBad)
  const trust: NodeTrust = { status: Uint8Array.from(c.status), unknownAs: c.unknownAs, replacementCost: Float64Array.from(ids, (_, i) => (c.freeNodes ? 0 : 1) + (i % 3)) }
  const flows = c.flows.map(([s, t], i): ResolvedFlow => ({ id: `f${i}`, src: s, dst: t, volume: 1 }))
  return { ids, graph, isBad, badFor, trust, flows, result: computeExposure(graph, flows, trust) }
}

/** Textbook O(n²) Dijkstra over the edge list, skipping `blocked` nodes (ends included). */
function referenceDijkstra(n: number, edges: [number, number, number][], s: number, blocked: (v: number) => boolean = () => false): number[] {
  const dist = new Array<number>(n).fill(Infinity)
  const done = new Array<boolean>(n).fill(false)
  if (blocked(s)) return dist
  dist[s] = 0
  for (;;) {
    let u = -1
    for (let v = 0; v < n; v++) if (!done[v] && dist[v]! < Infinity && (u === -1 || dist[v]! < dist[u]!)) u = v
    if (u === -1) return dist
    done[u] = true
    for (const [a, b, w] of edges) {
      for (const [x, y] of [[a, b], [b, a]] as const) {
        if (x === u && !blocked(y) && dist[u]! + w < dist[y]!) dist[y] = dist[u]! + w
      }
    }
  }
}

/**
 * The ECMP split by walking every shortest path from s with the probability of each branch:
 * at each node the traffic divides evenly among the neighbours one metric step closer to t.
 */
function referenceSplit(c: Case, s: number, t: number, isBad: (v: number) => boolean) {
  const toT = referenceDijkstra(c.n, c.edges, t)
  const share = new Array<number>(c.n).fill(0)
  let exposed = 0
  let total = 0
  const walk = (v: number, p: number, seen: number[], dirty: boolean): void => {
    const path = [...seen, v]
    const d = dirty || isBad(v)
    if (v === t) {
      for (const u of path) share[u]! += p
      total += p
      if (d) exposed += p
      return
    }
    const next = new Set<number>()
    for (const [a, b, w] of c.edges) {
      if (a === v && toT[b]! + w === toT[v]) next.add(b)
      if (b === v && toT[a]! + w === toT[v]) next.add(a)
    }
    for (const u of next) walk(u, p / next.size, path, d)
  }
  walk(s, 1, [], false)
  return { share, exposed, total }
}

describe('exposure properties', () => {
  it('routes at the metric of a plain reference Dijkstra', () => {
    fc.assert(fc.property(randomCase(12), (c) => {
      const { result, flows } = setUp(c)
      flows.forEach((f, i) => {
        const d = referenceDijkstra(c.n, c.edges, f.src)[f.dst]!
        expect(result.flows[i]!.routedMetric).toBe(d === Infinity ? null : d)
      })
    }), { numRuns: 300 })
  })

  it('splits every flow into shares that sum to 1 and match a path-by-path walk', () => {
    fc.assert(fc.property(randomCase(9), (c) => {
      const { result, flows, badFor, ids } = setUp(c)
      flows.forEach((f, i) => {
        const e = result.flows[i]!
        if (e.routedMetric === null) return
        const ref = referenceSplit(c, f.src, f.dst, badFor(f))
        expect(ref.total).toBeCloseTo(1, 9)
        expect(e.exposedShare).toBeCloseTo(ref.exposed, 9)
        for (const { node, share } of [...e.untrusted, ...e.unknown]) expect(share).toBeCloseTo(ref.share[ids.indexOf(node)]!, 9)
        const listed = new Set([...e.untrusted, ...e.unknown].map((x) => x.node))
        ids.forEach((id, v) => {
          if (c.status[v] !== 0 && ref.share[v]! > 0) expect(listed.has(id)).toBe(true)
        })
      })
    }), { numRuns: 300 })
  })

  it('finds a clean path that holds no untrusted node and is as short as the reference allows', () => {
    fc.assert(fc.property(randomCase(12), (c) => {
      const { result, flows, badFor, ids } = setUp(c)
      flows.forEach((f, i) => {
        const e = result.flows[i]!
        const isBad = badFor(f)
        const d = referenceDijkstra(c.n, c.edges, f.src, isBad)[f.dst]!
        if (d === Infinity) {
          expect(e.clean.exists).toBe(false)
          return
        }
        expect(e.clean.exists).toBe(true)
        expect(e.clean.metric).toBe(d)
        const path = e.clean.path.map((id) => ids.indexOf(id))
        expect(path[0]).toBe(f.src)
        expect(path.at(-1)).toBe(f.dst)
        expect(path.some(isBad)).toBe(false)
        let metric = 0
        for (let k = 1; k < path.length; k++) {
          const w = Math.min(...c.edges.filter(([a, b]) => (a === path[k - 1] && b === path[k]) || (b === path[k - 1] && a === path[k])).map(([, , x]) => x))
          metric += w
        }
        expect(metric).toBe(d)
      })
    }), { numRuns: 300 })
  })

  it('gives a cheapest fix that cleans the flow, and no cheaper set of nodes does (brute force)', () => {
    fc.assert(fc.property(randomCase(10), (c) => {
      const { result, flows, badFor, ids, trust } = setUp(c)
      flows.forEach((f, i) => {
        const e = result.flows[i]!
        const isBad = badFor(f)
        const badNodes = ids.map((_, v) => v).filter(isBad)
        let best = Infinity
        for (let mask = 0; mask < 1 << badNodes.length; mask++) {
          const fixed = new Set(badNodes.filter((_, k) => mask & (1 << k)))
          const cost = [...fixed].reduce((sum, v) => sum + trust.replacementCost![v]!, 0)
          if (cost >= best) continue
          if (referenceDijkstra(c.n, c.edges, f.src, (v) => isBad(v) && !fixed.has(v))[f.dst]! < Infinity) best = cost
        }
        if (best === Infinity) {
          expect(e.cheapestFix).toBeNull()
          return
        }
        expect(e.cheapestFix!.cost).toBe(best)
        const fixed = new Set(e.cheapestFix!.nodes.map((id) => ids.indexOf(id)))
        expect([...fixed].every(isBad)).toBe(true)
        expect([...fixed].reduce((sum, v) => sum + trust.replacementCost![v]!, 0)).toBe(best)
        expect(referenceDijkstra(c.n, c.edges, f.src, (v) => isBad(v) && !fixed.has(v))[f.dst]).toBe(e.cheapestFix!.metric)
      })
    }), { numRuns: 300 })
  })
})
