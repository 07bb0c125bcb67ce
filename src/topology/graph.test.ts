import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import type { Topology } from '../domain/topology.js'
import { arcWeight, buildGraph, buildGraphFromEdges } from './graph.js'

// Berlin, Paris, and a node without coordinates.
const TOPOLOGY: Topology = {
  nodes: [
    { id: 'ber', lat: 52.52, lon: 13.405 },
    { id: 'par', lat: 48.8566, lon: 2.3522 },
    { id: 'lab' },
  ],
  links: [
    { a: 'ber', b: 'par', metric: 10 },
    { a: 'ber', b: 'par' },
    { a: 'par', b: 'lab' },
  ],
  networks: [],
}

describe('buildGraph', () => {
  it('takes the given metric, else the great-circle distance, else the default metric, and says which rule each link used', () => {
    const { links, diagnostics } = buildGraph(TOPOLOGY)
    // A metric of 10 beside 877 km is on another scale, and is warned about (see below).
    expect(diagnostics.map((d) => d.code)).toEqual(['default_link_metric', 'mixed_link_metrics'])
    expect(links.map((l) => [l.link, l.rule])).toEqual([[0, 'given'], [1, 'distance'], [2, 'default']])
    expect(links[0]!.metric).toBe(10)
    expect(links[1]!.metric).toBeCloseTo(877.5, 0)
    expect(links[2]!.metric).toBeCloseTo((10 + 877.5) / 2, 0)
  })

  it('warns when every link of a network gives the metric 1 though its nodes have coordinates, as Gephi exports a graph without weights', () => {
    // The Topology Zoo's Abilene opened in Gephi and saved as GraphML: weight 1.0 on every edge.
    const place = { ny: { lat: 40.71, lon: -74.01 }, chi: { lat: 41.85, lon: -87.65 }, was: { lat: 38.9, lon: -77.04 } }
    const topology: Topology = {
      nodes: [{ id: 'Abilene:0', network: 'Abilene', label: 'New York', ...place.ny }, { id: 'Abilene:1', network: 'Abilene', label: 'Chicago', ...place.chi },
        { id: 'Abilene:2', network: 'Abilene', label: 'Washington DC', ...place.was }],
      links: [{ a: 'Abilene:0', b: 'Abilene:1', metric: 1 }, { a: 'Abilene:0', b: 'Abilene:2', metric: 1 }, { a: 'Abilene:1', b: 'Abilene:2', metric: 1 }],
      networks: ['Abilene'],
    }
    const { links, diagnostics } = buildGraph(topology, { file: 'abilene-gephi.graphml' })
    expect(links.map((l) => l.metric)).toEqual([1, 1, 1]) // the metrics stand: hops may be meant
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual(['abilene-gephi.graphml: warning: every one of the 3 links of Abilene gives the metric 1, so paths count hops, ' +
      'though 3 of them join nodes with coordinates, whose great-circle distance would be the metric without it (Gephi writes a weight of 1.0 on every edge that had none). ' +
      'To route by distance, remove the weights from the file; if hops are meant, nothing needs doing.'])
    // Metrics that differ are meant, and so are ones of a network without places.
    expect(buildGraph({ ...topology, links: topology.links.map((l, i) => ({ ...l, metric: i + 1 })) }).diagnostics).toEqual([])
    expect(buildGraph({ ...topology, nodes: topology.nodes.map(({ id, network }) => ({ id, network })) }).diagnostics).toEqual([])
  })

  it('warns when some links of a network give a metric on another scale than the distance the others take (an IGP cost of 10 beside 500 km)', () => {
    // A square Frankfurt-Berlin-Munich-Hamburg: Frankfurt-Berlin given the cost 10, the others by distance.
    const topology: Topology = {
      nodes: [{ id: 'm:a', network: 'm', lat: 50, lon: 8 }, { id: 'm:b', network: 'm', lat: 52.5, lon: 13.4 }, { id: 'm:c', network: 'm', lat: 48.1, lon: 11.6 },
        { id: 'm:d', network: 'm', lat: 53.5, lon: 10 }],
      links: [{ a: 'm:a', b: 'm:b', metric: 10 }, { a: 'm:b', b: 'm:c' }, { a: 'm:a', b: 'm:d' }, { a: 'm:d', b: 'm:c' }],
      networks: ['m'],
    }
    const { links, diagnostics } = buildGraph(topology, { file: 'mixed.json' })
    expect(links.map((l) => l.rule)).toEqual(['given', 'distance', 'distance', 'distance']) // the metrics stand
    expect(diagnostics.map((d) => formatDiagnostic(d))).toMatchInlineSnapshot(`
      [
        "mixed.json: warning: 1 link of m gives its metric (typically 10) and 3 others take the great-circle distance in km (typically 505.6): the two scales do not mix, so paths favour the links whose metric is the smaller scale whatever their length. Give every link a metric on one scale, or remove the given metrics to route by distance.",
      ]
    `)
    // Given metrics in km, on the distances' scale, are no mistake; nor is a free link (0).
    const km = { ...topology, links: topology.links.map((l, i) => (i === 0 ? { ...l, metric: 480 } : l)) }
    expect(buildGraph(km).diagnostics).toEqual([])
    expect(buildGraph({ ...topology, links: topology.links.map((l, i) => (i === 0 ? { ...l, metric: 0 } : l)) }).diagnostics).toEqual([])
  })

  it('gives a link between nodes at the same place a metric of 1, so that co-located nodes are no free hops', () => {
    // Three routers of one city at the same coordinates, as topology sources record them, and a far node.
    const nyc = { lat: 40.71, lon: -74.01 }
    const topology: Topology = {
      nodes: [{ id: 'ny1', ...nyc }, { id: 'ny2', ...nyc }, { id: 'ny3', ...nyc }, { id: 'chi', lat: 41.88, lon: -87.63 }],
      links: [{ a: 'ny1', b: 'ny2' }, { a: 'ny2', b: 'ny3' }, { a: 'ny1', b: 'ny3' }, { a: 'ny3', b: 'chi' }, { a: 'ny1', b: 'chi', metric: 0 }],
      networks: [],
    }
    const { links } = buildGraph(topology)
    expect(links.slice(0, 3).map((l) => [l.rule, l.metric])).toEqual([['distance', 1], ['distance', 1], ['distance', 1]])
    expect(links[3]!.metric).toBeCloseTo(1145, -1)
    // A metric the file gives is taken as it is, 0 included.
    expect(links[4]).toMatchObject({ rule: 'given', metric: 0 })
  })

  it('gives links to nodes without coordinates the median metric of their network, not 1, and warns once per network', () => {
    // A chain a–b–c–d of 100-km links with a 400-km link a–d, and two nodes without coordinates
    // joining a and d: at cost 1 they were a 2-hop shortcut between the chain's ends.
    const chain = (net: string): Topology => ({
      nodes: [
        ...['a', 'b', 'c', 'd'].map((id, i) => ({ id: `${net}:${id}`, network: net, lat: 30, lon: -84 + i })),
        { id: `${net}:84`, network: net, label: 'None' }, { id: `${net}:85`, network: net },
      ],
      links: [
        { a: `${net}:a`, b: `${net}:b`, metric: 100 }, { a: `${net}:b`, b: `${net}:c`, metric: 100 }, { a: `${net}:c`, b: `${net}:d`, metric: 100 },
        { a: `${net}:a`, b: `${net}:d`, metric: 400 },
        { a: `${net}:a`, b: `${net}:84` }, { a: `${net}:84`, b: `${net}:85` }, { a: `${net}:85`, b: `${net}:d` },
      ],
      networks: [net],
    })
    const { links, diagnostics } = buildGraph(chain('us'), { file: 'us.graphml' })
    expect(links.filter((l) => l.rule === 'default').map((l) => l.metric)).toEqual([100, 100, 100])
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "us.graphml: warning: 3 links of us give no metric and touch 2 nodes without coordinates ("None" (us:84), "us:85"); they get the median metric of the other links, 100. Give the nodes coordinates or the links a metric, or choose with --default-metric median|max|<number>.",
      ]
    `)
    expect(buildGraph(chain('us'), { defaultMetric: 'max' }).links.at(-1)!.metric).toBe(400)
    expect(buildGraph(chain('us'), { defaultMetric: 1 }).links.at(-1)!.metric).toBe(1)
    expect(() => buildGraph(chain('us'), { defaultMetric: -1 })).toThrow(expect.objectContaining({ code: 'usage' }))
  })

  it('gives an interconnect link without a metric the median of the other links between networks, and says so, not "of the other links"', () => {
    // Geant's Oslo (placed) joined to Uninett's "NORDUnet Stockholm" (no coordinates) by an
    // interconnect without a metric, beside one of metric 50 from London to a node of NSFNET.
    const topology: Topology = {
      nodes: [
        { id: 'geant:35', network: 'geant', label: 'NO', lat: 59.91, lon: 10.75 }, { id: 'geant:34', network: 'geant', label: 'UK', lat: 51.51, lon: -0.13 },
        { id: 'uninett:28', network: 'uninett', label: 'NORDUnet Stockholm' }, { id: 'uninett:1', network: 'uninett', label: 'UiO', lat: 59.94, lon: 10.72 },
        { id: 'nsf:0', network: 'nsf', label: 'SEQSUINET', lat: 29.76, lon: -95.36 }, { id: 'nsf:2', network: 'nsf', label: 'SURANET', lat: 33.75, lon: -84.39 },
      ],
      links: [
        { a: 'geant:35', b: 'geant:34' }, { a: 'uninett:1', b: 'uninett:28', metric: 70 }, { a: 'nsf:0', b: 'nsf:2' },
        { a: 'geant:34', b: 'nsf:0', metric: 50 }, { a: 'geant:35', b: 'uninett:28' },
      ],
      networks: ['geant', 'uninett', 'nsf'],
    }
    const { links, diagnostics } = buildGraph(topology, { file: 'ic.csv' })
    expect(links.at(-1)).toMatchObject({ rule: 'default', metric: 50 })
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "ic.csv: warning: 1 link between networks gives no metric and touches 1 node without coordinates ("NORDUnet Stockholm" (uninett:28)); they get the median metric of the other links between networks, 50. Give the nodes coordinates or the links a metric, or choose with --default-metric median|max|<number>.",
      ]
    `)
    // With no other link between networks giving a metric, the whole graph's median, said so.
    const alone = buildGraph({ ...topology, links: topology.links.filter((l) => l.metric !== 50) }, { file: 'ic.csv' })
    expect(alone.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "ic.csv: warning: 1 link between networks gives no metric and touches 1 node without coordinates ("NORDUnet Stockholm" (uninett:28)); they get the median metric of the links of the whole graph, 1,127.3. Give the nodes coordinates or the links a metric, or choose with --default-metric median|max|<number>.",
      ]
    `)
  })

  it('counts hops without a warning when no link of the graph has a known metric', () => {
    const { links, diagnostics } = buildGraph({ nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], links: [{ a: 'a', b: 'b' }, { a: 'b', b: 'c' }], networks: [] })
    expect(links.map((l) => [l.rule, l.metric])).toEqual([['default', 1], ['default', 1]])
    expect(diagnostics).toEqual([])
  })

  it('collapses parallel links to the minimum metric and marks the costlier one shadowed', () => {
    const { graph, links } = buildGraph(TOPOLOGY)
    const ber = graph.index.get('ber')!
    const par = graph.index.get('par')!
    expect(arcWeight(graph, ber, par)).toBe(10)
    expect(arcWeight(graph, par, ber)).toBe(10)
    expect(graph.arcCount).toBe(4)
    expect(links.map((l) => l.shadowed)).toEqual([false, true, false])
  })

  it('stores every link in both directions with each node\'s arcs sorted by target', () => {
    const { graph } = buildGraph({
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
      links: [{ a: 'd', b: 'a', metric: 4 }, { a: 'b', b: 'a', metric: 2 }, { a: 'c', b: 'a', metric: 3 }],
      networks: [],
    })
    const arcsOf = (v: number) => Array.from(graph.targets.subarray(graph.offsets[v]!, graph.offsets[v + 1]!))
    expect(arcsOf(0)).toEqual([1, 2, 3])
    expect(Array.from(graph.weights.subarray(0, 3))).toEqual([2, 3, 4])
    expect(arcsOf(3)).toEqual([0])
  })

  it('skips a link with a negative or NaN metric with an invalid_metric diagnostic, never taking it as 1', () => {
    const { graph, links, diagnostics } = buildGraph({
      nodes: [{ id: 'a' }, { id: 'b' }],
      links: [{ a: 'a', b: 'b', metric: -3 }, { a: 'a', b: 'b', metric: Number.NaN }],
      networks: [],
    }, { file: 'net.json' })
    expect(graph.arcCount).toBe(0)
    expect(links).toEqual([])
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid_metric', 'invalid_metric'])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(
      `"net.json (links[0].metric): error: the link "a"–"b" has the metric -3; it is skipped. Give a finite number ≥ 0, or leave the metric out to use the distance between the nodes."`,
    )
  })

  it('reports unknown link ends, self-loops, repeated node ids and coordinates off the globe', () => {
    const { graph, links, diagnostics } = buildGraph({
      nodes: [{ id: 'a', lat: 95, lon: 0 }, { id: 'b', lat: 0, lon: 0 }, { id: 'a' }],
      links: [{ a: 'a', b: 'zz' }, { a: 'b', b: 'b' }, { a: 'a', b: 'b' }],
      networks: [],
    })
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid_coordinates', 'duplicate_node', 'unknown_node', 'self_loop'])
    expect(graph.nodeCount).toBe(2)
    expect(links).toEqual([{ link: 2, a: 'a', b: 'b', rule: 'default', metric: 1, shadowed: false }])
  })
})

describe('buildGraphFromEdges', () => {
  it('rejects edges to nodes outside the graph with a usage error', () => {
    expect(() => buildGraphFromEdges({ ids: ['a'], from: Uint32Array.of(0), to: Uint32Array.of(1), weights: Float64Array.of(1) }))
      .toThrow(expect.objectContaining({ code: 'usage' }))
  })

  it('rejects a negative weight with a usage error', () => {
    expect(() => buildGraphFromEdges({ ids: ['a', 'b'], from: Uint32Array.of(0), to: Uint32Array.of(1), weights: Float64Array.of(-1) }))
      .toThrow(expect.objectContaining({ code: 'usage' }))
  })
})
