import { describe, expect, it } from 'vitest'
import { parseRepetita } from './repetita.js'
import { detectTopologyFormat } from './detect.js'
import { formatDiagnostic } from '../../diagnostics/format.js'

// REPETITA's layout: both directions of each link listed, bw in kbit/s, delay in microseconds.
const GRAPH = `NODES 3
label x y
0_Zurich 8.55 47.37
1_Vienna 16.37 48.21
2_Milan 9.19 45.46

EDGES 5
label src dest weight bw delay
edge_0 0 1 10 10000000 3500
edge_1 1 0 10 10000000 3500
edge_2 0 2 5 2400000 1100
edge_3 2 0 7 2400000 1100
edge_4 1 2 20 1000000 4000
`

describe('parseRepetita', () => {
  it('reads nodes by position with their labels and places, and each link once with metric, Mbit/s and ms', () => {
    const { topology, diagnostics } = parseRepetita(GRAPH, { file: 'alps.graph' })
    expect(diagnostics.map((d) => d.code)).toEqual(['asymmetric_link_metrics'])
    expect(topology.nodes).toEqual([
      { id: 'alps:0', network: 'alps', label: '0_Zurich', lat: 47.37, lon: 8.55 },
      { id: 'alps:1', network: 'alps', label: '1_Vienna', lat: 48.21, lon: 16.37 },
      { id: 'alps:2', network: 'alps', label: '2_Milan', lat: 45.46, lon: 9.19 },
    ])
    expect(topology.links).toEqual([
      { a: 'alps:0', b: 'alps:1', metric: 10, capacity: 10000, latencyMs: 3.5, label: 'edge_0' },
      // Different weights in the two directions: both kept, routing takes the cheaper.
      { a: 'alps:0', b: 'alps:2', metric: 5, capacity: 2400, latencyMs: 1.1, label: 'edge_2' },
      { a: 'alps:2', b: 'alps:0', metric: 7, capacity: 2400, latencyMs: 1.1, label: 'edge_3' },
      { a: 'alps:1', b: 'alps:2', metric: 20, capacity: 1000, latencyMs: 4, label: 'edge_4' },
    ])
  })

  it('warns once when links have a different weight in each direction, naming them with both weights, since routing takes the smaller both ways', () => {
    // Zurich to Milan costs 5 and Milan to Zurich 7: a flow from Milan is routed as if it cost 5.
    const { diagnostics } = parseRepetita(GRAPH, { file: 'alps.graph' })
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "alps.graph:12: warning: 1 link has a different metric in each direction (0_Zurich (0) → 2_Milan (2) 5, back 7): trustpath routes every link both ways at its smaller metric, so a flow in the costlier direction may be shown on a path the network does not take. Check the flows that cross those nodes, or give each link the metric of the direction the sensitive flows take.",
      ]
    `)
    // The same weight each way (other bandwidths) is no asymmetry.
    expect(parseRepetita(GRAPH.replace('edge_3 2 0 7 2400000', 'edge_3 2 0 5 1000000'), { file: 'alps.graph' }).diagnostics).toEqual([])
  })

  it('takes 0.0 0.0 (Rocketfuel and DEFO files) as no position', () => {
    const { topology } = parseRepetita('NODES 2\nlabel x y\nSydney,+Australia4208 0.0 0.0\nPerth,+Australia4160 0.0 0.0\n\nEDGES 1\nlabel src dest weight bw delay\nLink_0 0 1 200 2400000 7\n', { file: 'rf1221.graph' })
    expect(topology.nodes.map((n) => [n.label, n.lat, n.lon])).toEqual([['Sydney,+Australia4208', undefined, undefined], ['Perth,+Australia4160', undefined, undefined]])
  })

  it('reads no positions, with one warning, when some node\'s x y is no longitude and latitude (DEFO\'s synthetic networks)', () => {
    // The first nodes of DEFO's synth50_opt_hard.graph: y runs to -168, so x y are no (longitude, latitude).
    const text = 'NODES 3\nlabel x y\nN30 42.3082250741641 -100.325473718337\nN28 69.9046266938828 -80.0626798160879\nN29 43.9280740293989 -99.3353796991248\n\n' +
      'EDGES 4\nlabel src dest weight bw delay\nLink_0 0 1 17 1000000 23\nLink_1 1 0 33 1000000 23\nLink_2 2 0 6 1000000 1\nLink_3 0 2 5 1000000 1\n'
    const { topology, diagnostics } = parseRepetita(text, { file: 'synth50_opt_hard.graph' })
    expect(topology.nodes.map((n) => [n.label, n.lat, n.lon])).toEqual([['N30', undefined, undefined], ['N28', undefined, undefined], ['N29', undefined, undefined]])
    expect(topology.links.map((l) => l.metric)).toEqual([17, 33, 6, 5])
    // DEFO gives each direction its own weight (17 one way, 33 back), which is warned about too.
    expect(diagnostics.map((d) => d.code)).toEqual(['positions_not_geographic', 'asymmetric_link_metrics'])
    expect(diagnostics[0]).toEqual({ code: 'positions_not_geographic', severity: 'warning', at: { file: 'synth50_opt_hard.graph', line: 3 }, x: 42.3082250741641, y: -100.325473718337, nodes: 2, total: 3 })
    expect(diagnostics[1]).toMatchObject({ links: 2, examples: [{ a: 'N30 (0)', b: 'N28 (1)', ab: 17, ba: 33 }, { a: 'N29 (2)', b: 'N30 (0)', ab: 6, ba: 5 }] })
    expect(formatDiagnostic(diagnostics[0]!)).toBe('synth50_opt_hard.graph:3: warning: 2 of 3 nodes have positions that are no longitude and latitude ' +
      '(here x 42.3082250741641, y -100.325473718337: x is read as a longitude from -180 to 180, y as a latitude from -90 to 90), so no position of this file is read as a place: ' +
      'each link takes the metric the file gives it, else the default metric (--default-metric), and the nodes are left off geojson maps.')
  })

  it('reports a single position off the globe as a typo at its line, and keeps the other places', () => {
    const { topology, diagnostics } = parseRepetita(GRAPH.replace('1_Vienna 16.37 48.21', '1_Vienna 16.37 482.1'), { file: 'alps.graph' })
    expect(diagnostics.filter((d) => d.code !== 'asymmetric_link_metrics')).toMatchObject([{ code: 'invalid_field', field: 'y', value: '482.1', at: { line: 4 } }])
    expect(topology.nodes.map((n) => n.lat)).toEqual([47.37, undefined, 45.46])
  })

  it('still reports a position that is no number at its line', () => {
    const { topology, diagnostics } = parseRepetita(GRAPH.replace('2_Milan 9.19 45.46', '2_Milan 9.19 north'), { file: 'alps.graph' })
    expect(diagnostics.filter((d) => d.code !== 'asymmetric_link_metrics').map((d) => [d.code, d.at.line])).toEqual([['invalid_field', 5]])
    expect(topology.nodes.map((n) => n.lat)).toEqual([47.37, 48.21, undefined])
  })

  it('is recognised by its first lines, and by the .graph extension', () => {
    expect(detectTopologyFormat('Abilene.txt', GRAPH)).toBe('repetita')
    expect(detectTopologyFormat('Abilene.graph', '')).toBe('repetita')
  })

  it('reports an unreadable line and an edge to no node with file and line, and reads the rest', () => {
    const text = GRAPH.replace('edge_4 1 2 20 1000000 4000', 'edge_4 1 2 20\nedge_5 1 9 20 1000000 4000')
    const { topology, diagnostics } = parseRepetita(text, { file: 'alps.graph' })
    expect(topology.links).toHaveLength(3)
    expect(diagnostics.filter((d) => d.code !== 'asymmetric_link_metrics').map((d) => [d.code, d.at.line])).toEqual([['malformed_repetita', 13], ['unknown_node', 14]])
    expect(formatDiagnostic(diagnostics.find((d) => d.code === 'malformed_repetita')!)).toBe('alps.graph:13: error: cannot read this EDGES line of the REPETITA file: expected <label> <src> <dest> <weight> <bw> <delay>, ' +
      'got "edge_4 1 2 20". Fix the line to the layout of its section\'s header (label x y; label src dest weight bw delay; label src dest bw).')
  })
})
