import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parseDot } from './dot.js'
import { DOT_PORTS as PORTS } from '../../test-support/topology-examples.js'

const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

/** A backbone drawn by hand: comments, defaults, a cluster, coordinates, chains and a group. */
const HAND_DRAWN = `/* Backbone, drawn for the 2024 review */
strict graph "backbone" {
  // defaults for every PoP
  node [shape=box, style=filled]
  edge [weight=10]
  label = "DE backbone"

  fra [label="Frankfurt", Latitude=50.11, Longitude=8.68, pos="10,20!"]
  ber [label=<<b>Berlin</b><br/>Tegel &amp; Mitte>, lat=52.52, lon=13.40]
  # a line from the C preprocessor
  subgraph cluster_south {
    label = "South"
    edge [weight=4]
    muc [label="München" lat=48.14 lon=11.58]
    muc -- sto -- fra
  }
  fra -- ber -- ham [label="100G", capacity=100000]
  ham -- { ber "kiel-1" }
  fra -- ber [latency=4.5]
}
`

/** A map as LLDP scripts write it through Python's graphviz package. */
const LLDP = `// Network Topology
strict graph {
\tgraph [bgcolor="#333333" fontcolor=white label="Network Map" rankdir=BT]
\tnode [color="#006699" fontname=Helvetica shape=box style=filled]
\t"core-sw1.example.net"
\t"acc-sw2.example.net"
\t"core-sw1.example.net" -- "acc-sw2.example.net" [headlabel="Gi1/0/24" label="            " taillabel="Te1/1/1"]
\t"core-sw1.example.net" -- "ap-3.example.net" [headlabel="eth0" taillabel="Gi1/0/3"]
}
`

describe('parseDot', () => {
  it('reads a hand-drawn map: labels, coordinates, defaults by scope, clusters, chains and groups', () => {
    const { topology, diagnostics } = parseDot(HAND_DRAWN, { file: 'de.dot', network: 'de' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      { id: 'de:fra', network: 'de', label: 'Frankfurt', lat: 50.11, lon: 8.68 },
      { id: 'de:ber', network: 'de', label: 'Berlin Tegel & Mitte', site: 'Berlin', lat: 52.52, lon: 13.4 },
      { id: 'de:muc', network: 'de', label: 'München', lat: 48.14, lon: 11.58 },
      { id: 'de:sto', network: 'de' },
      { id: 'de:ham', network: 'de' },
      { id: 'de:kiel-1', network: 'de' },
    ])
    expect(topology.links).toEqual([
      // The cluster's edge default (4) holds inside it only.
      { a: 'de:muc', b: 'de:sto', metric: 4 },
      { a: 'de:sto', b: 'de:fra', metric: 4 },
      // strict: the second fra -- ber is the same edge, with the latency added.
      { a: 'de:fra', b: 'de:ber', label: '100G', metric: 10, latencyMs: 4.5 },
      // ham -- ber in the group is, in a strict graph, ber -- ham again.
      { a: 'de:ber', b: 'de:ham', label: '100G', metric: 10 },
      { a: 'de:ham', b: 'de:kiel-1', metric: 10 },
    ])
  })

  it('joins quoted strings concatenated with +, as Graphviz does, and keeps the line numbers after them', () => {
    // graphviz.org/doc/info/lang.html: "double-quoted strings can be concatenated using a '+' operator".
    const dot = 'graph lab {\n  "core" + "-1" [label="Frank" +\n    "furt"]\n  ber [label="a+b" + ""]\n  "core-1" -- ber [weight=x]\n}\n'
    const r = parseDot(dot, { file: 'lab.dot' })
    expect(r.topology.nodes.map((n) => [n.id, n.label])).toEqual([['lab:core-1', 'Frankfurt'], ['lab:ber', 'a+b']])
    // The bad weight is on line 5 whatever was joined on lines 2 and 3.
    expect(codes(r)).toEqual(['invalid_field@5'])
  })

  it('takes NaN for a number not given, as igraph writes a node without coordinates', () => {
    // python-igraph 0.10 write_dot of a Topology Zoo graph
    const r = parseDot('graph {\n  0 [\n    label=Oslo\n    Longitude=10.74609\n    Latitude=59.91273\n  ];\n  1 [\n    label=None\n    Longitude=NaN\n    Latitude=NaN\n  ];\n  1 -- 0 [\n    weight=NaN\n  ];\n}\n', { file: 'Colt.dot', network: 'colt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes).toEqual([{ id: 'colt:0', network: 'colt', label: 'Oslo', lat: 59.91273, lon: 10.74609 }, { id: 'colt:1', network: 'colt', label: 'None' }])
    expect(r.topology.links).toEqual([{ a: 'colt:1', b: 'colt:0' }])
  })

  it('keeps parallel edges of a graph that is not strict', () => {
    const { topology } = parseDot('graph { a -- b [weight=1]; a -- b [weight=2]; b -- a }', { file: 'n.gv' })
    expect(topology.links).toEqual([{ a: 'n:a', b: 'n:b', metric: 1 }, { a: 'n:a', b: 'n:b', metric: 2 }, { a: 'n:b', b: 'n:a' }])
  })

  it('reads a map written from LLDP neighbours: quoted host names, graph attribute lines, blank labels', () => {
    expect(detectTopologyFormat('lldp.txt', LLDP)).toBe('dot')
    const { topology, diagnostics } = parseDot(LLDP, { file: 'lldp.gv', network: 'lan' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => n.id)).toEqual(['lan:core-sw1.example.net', 'lan:acc-sw2.example.net', 'lan:ap-3.example.net'])
    expect(topology.nodes.every((n) => n.label === undefined)).toBe(true)
    // The label of spaces only makes room in the drawing: it is no link label.
    expect(topology.links).toEqual([
      { a: 'lan:core-sw1.example.net', b: 'lan:acc-sw2.example.net' },
      { a: 'lan:core-sw1.example.net', b: 'lan:ap-3.example.net' },
    ])
  })

  it('joins ports to their node and keeps ids that hold a port inside the quotes', () => {
    const { topology, diagnostics } = parseDot(PORTS, { file: 'lldp.dot', network: 'p' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      // A record label's first field is the name; the fields after it are ports.
      { id: 'p:sw1', network: 'p' },
      { id: 'p:sw2', network: 'p' },
      { id: 'p:sw1:Gi0/2', network: 'p' },
      { id: 'p:srv-7:eth1', network: 'p' },
    ])
    expect(topology.links.map(({ a, b }) => `${a} ${b}`)).toEqual(['p:sw1 p:sw2', 'p:sw1:Gi0/2 p:srv-7:eth1'])
  })

  it('takes the text of record labels that differ from the node id, and shows \\N as the node name', () => {
    const { topology } = parseDot('graph { node [shape=Mrecord]; s1 [label="{Core 1|<p1> ge-0/0/1}"]; s2 [label="\\N (spare)" shape=box]; s1 -- s2 }', { file: 'r.dot' })
    expect(topology.nodes.map((n) => n.label)).toEqual(['Core 1', 's2 (spare)'])
  })

  it('reads a digraph with one directed_edges warning, at the digraph line', () => {
    const r = parseDot('// LLDP, one arrow per neighbour seen\ndigraph G {\n  a -> b -> c\n  c -> a [cost=7]\n}\n', { file: 'd.dot' })
    expect(codes(r)).toEqual(['directed_edges@2'])
    expect(r.diagnostics[0]).toMatchObject({ edges: 3, total: 3 })
    expect(r.topology.links).toEqual([{ a: 'd:a', b: 'd:b' }, { a: 'd:b', b: 'd:c' }, { a: 'd:c', b: 'd:a', metric: 7 }])
  })

  it('shows a label of several lines on one line, takes its first line as the site, and keeps the cells of an HTML table apart', () => {
    // Labels as fabric scripts and LLDP mappers write them: the name over its role, or a table of name and address.
    const text = `graph fabric {
  spine1 [label="Spine 1\\n(BGP RR)"];
  sw1 [shape=plaintext label=<<TABLE BORDER="0"><TR><TD><B>core-sw1</B></TD></TR><TR><TD>mgmt</TD><TD>10.0.0.1</TD></TR></TABLE>>];
  spine1 -- sw1 [label="Eth1\\nGi0/1"];
}
`
    const { topology, diagnostics } = parseDot(text, { file: 'fabric.dot' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      { id: 'fabric:spine1', network: 'fabric', label: 'Spine 1 (BGP RR)', site: 'Spine 1' },
      { id: 'fabric:sw1', network: 'fabric', label: 'core-sw1 mgmt 10.0.0.1', site: 'core-sw1' },
    ])
    expect(topology.links).toEqual([{ a: 'fabric:spine1', b: 'fabric:sw1', label: 'Eth1 Gi0/1' }])
    // A first line that is another node's whole label names that node, not this one.
    const pair = parseDot('graph { a [label="core-1"]; b [label="core-1\\nstandby"]; a -- b }', { file: 'pair.dot' })
    expect(pair.topology.nodes.map((n) => [n.label, n.site])).toEqual([['core-1', undefined], ['core-1 standby', undefined]])
  })

  it('counts as directed only the edges of a digraph drawn with one arrowhead (dir=both, dir=none and arrowhead=none are not)', () => {
    // A leaf-spine drawing as a documentation page writes it: spine links drawn both ways, host links one way.
    const text = `digraph LeafSpine {
  subgraph cluster_spine { label = "Spine Layer"; SP1 [label="Spine 1"]; }
  subgraph cluster_leaf { label = "Leaf Layer"; LF1 [label="Leaf 1"]; LF2 [label="Leaf 2"]; }
  SP1 -> LF1 [dir="both",color=red];
  SP1 -> LF2 [dir="both",color=red];
  LF1 -> H1;
  LF2 -> H2 [arrowhead=none];
}
`
    const r = parseDot(text, { file: 'leafspine.dot' })
    expect(codes(r)).toEqual(['directed_edges@1'])
    expect(r.diagnostics[0]).toMatchObject({ edges: 1, total: 4 })
    expect(r.topology.links).toHaveLength(4)
    // A digraph whose every edge is drawn without arrows, edge [dir=none], warns of nothing.
    expect(parseDot('digraph net {\n  edge [dir=none]\n  r1 -> r2\n  r2 -> r3\n}\n', { file: 'n.dot' }).diagnostics).toEqual([])
  })

  it('reports a syntax error with the file, line and column and what was expected', () => {
    const r = parseDot('graph G {\n  fra -- ber [weight=3\n  ber -- ham\n}\n', { file: 'bad.dot' })
    expect(r.topology.nodes).toEqual([])
    expect(r.diagnostics).toMatchObject([{ code: 'malformed_dot', at: { file: 'bad.dot', line: 3, column: 7 }, got: '-' }])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"bad.dot:3:7: error: cannot read the DOT here: expected "=", got "-". Fix the text at this position; DOT as Graphviz reads it is expected: graph G { fra -- ber [weight=3] }."`)
  })

  it('reports an unclosed graph as a syntax error at the end of the file', () => {
    const r = parseDot('graph G {\n  a -- b\n', { file: 'cut.dot' })
    expect(r.diagnostics).toMatchObject([{ code: 'malformed_dot', at: { line: 3, column: 1 }, got: '' }])
    expect(formatDiagnostic(r.diagnostics[0]!)).toContain('got the end of the file')
    expect(formatDiagnostic(r.diagnostics[0]!)).toContain('"}"')
  })

  it('names the edge operator of the kind of graph when the other one is used', () => {
    const r = parseDot('graph G {\n  a -- b\n  b -> c\n}', { file: 'op.dot' })
    expect(r.diagnostics).toMatchObject([{ code: 'malformed_dot', at: { line: 3, column: 5 }, got: '->' }])
    expect(formatDiagnostic(r.diagnostics[0]!)).toContain('expected "--" between the nodes of a graph (write "digraph" for one with "->")')
  })

  it('refuses an edge to a subgraph written with the keyword rather than read it wrongly', () => {
    const r = parseDot('graph G {\n  a -- subgraph s { b c }\n}', { file: 's.dot' })
    expect(r.diagnostics).toMatchObject([{ code: 'malformed_dot', at: { line: 2, column: 8 }, got: 'subgraph' }])
    expect(r.topology.nodes).toEqual([])
  })

  it('refuses input larger than its cap before parsing', () => {
    const r = parseDot(`graph { ${'a -- b; '.repeat(100)} }`, { file: 'big.dot' }, { limits: { maxChars: 200 } })
    expect(r.diagnostics).toMatchObject([{ code: 'input_too_large', what: 'characters', limit: 200 }])
  })
})

describe('detectTopologyFormat for DOT', () => {
  it('knows DOT by its head after comments, in any case, with or without an id', () => {
    for (const text of [
      'graph G { a -- b }', 'digraph { a -> b }', 'strict graph "my net" {\n}', 'STRICT DIGRAPH g{}',
      '/* map */\n// v2\n# 1 "x.gv"\ngraph\n{\n a -- b\n}', '\ufeffgraph G { }', 'graph <G> {}', 'digraph 42 {}',
    ]) expect(detectTopologyFormat('map.txt', text), text).toBe('dot')
    expect(detectTopologyFormat('map.gv', 'a -- b')).toBe('dot')
    expect(detectTopologyFormat('map.dot', '')).toBe('dot')
  })

  it('leaves GML, CSV link lists and JSON as they were', () => {
    expect(detectTopologyFormat('x.txt', 'graph [\n  node [ id 0 ]\n]')).toBe('gml')
    expect(detectTopologyFormat('x.txt', 'Creator "igraph"\ngraph\n[\n  directed 0\n]')).toBe('gml')
    expect(detectTopologyFormat('links.csv', 'a,b\ngraph,digraph\n')).toBe('csv')
    expect(detectTopologyFormat('links', 'graph,b\nx,y\n')).toBe('csv')
    expect(detectTopologyFormat('t.json', '{"nodes":[]}')).toBe('json')
  })

  it('tells a text that starts with a long run of blank lines, spaces or comments, DOT or not', () => {
    // The test of the head split such a run in every possible way: 30 blank lines took a minute, 40 never ended.
    expect(detectTopologyFormat('links.txt', `${'\n'.repeat(30)}a,b\nx,y\n`)).toBe('csv')
    expect(detectTopologyFormat('links.txt', `${' '.repeat(30)}\na,b\nx,y\n`)).toBe('csv')
    expect(detectTopologyFormat('links.txt', `// ${' #'.repeat(20)}\na,b\n`)).toBe('csv')
    expect(detectTopologyFormat('map.txt', `${'\n'.repeat(30)}/* map */ /**/\n# x\ngraph { a -- b }\n`)).toBe('dot')
    const r = parseDot(`${' \n'.repeat(15)}digraph { a -> b }\n`, { file: 'd.dot' })
    expect(codes(r)).toEqual(['directed_edges@16'])
  })
})
