import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { TrustpathError } from '../../errors.js'
import { parseGraphml } from './graphml.js'

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/topology/${name}`, import.meta.url), 'utf8')
const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

/** A minimal Zoo-style document around the given nodes and edges. */
const graphml = (body: string) => `<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="d0" />
  <key attr.name="Latitude" attr.type="double" for="node" id="d1" />
  <graph edgedefault="undirected">
${body}
  </graph>
</graphml>
`

describe('parseGraphml', () => {
  it('reads Topology Zoo nodes, coordinates, countries, external nodes, link labels and capacities', () => {
    const { topology, diagnostics } = parseGraphml(fixture('alpine.graphml'), { file: 'alpine.graphml' })
    expect(diagnostics).toEqual([])
    expect(topology.networks).toEqual(['alpine'])
    expect(topology.nodes).toEqual([
      { id: 'alpine:0', network: 'alpine', label: 'Zurich', lat: 47.36667, lon: 8.55, country: 'Switzerland' },
      { id: 'alpine:1', network: 'alpine', label: 'Vienna', lat: 48.20849, lon: 16.37208, country: 'Austria' },
      { id: 'alpine:2', network: 'alpine', label: 'Alpine PoP' },
      { id: 'alpine:3', network: 'alpine', label: 'Milan IX', lat: 45.46427, lon: 9.18951, country: 'Italy', external: true },
    ])
    expect(topology.links).toEqual([
      { a: 'alpine:0', b: 'alpine:1', label: '10 Gbps', capacity: 10_000 },
      { a: 'alpine:0', b: 'alpine:1', label: '2.5 Gbps', capacity: 2_500 },
      { a: 'alpine:1', b: 'alpine:2' },
      { a: 'alpine:0', b: 'alpine:3' },
    ])
  })

  it('looks keys up by attr.name, so two files with different key ids give the same topology', () => {
    const a = parseGraphml(fixture('alpine.graphml'), { file: 'alpine.graphml', network: 'ch' })
    const b = parseGraphml(fixture('alpine-rekeyed.graphml'), { file: 'alpine-rekeyed.graphml', network: 'ch' })
    expect(b.diagnostics).toEqual([])
    expect(b.topology).toEqual(a.topology)
  })

  it('takes the labels of a yEd drawing from its node and edge labels, and its arrowheads for direction', () => {
    const r = parseGraphml(fixture('yed.graphml'), { file: 'yed.graphml', network: 'de' })
    expect(r.topology.nodes).toEqual([
      { id: 'de:n0', network: 'de', label: 'Frankfurt' },
      { id: 'de:n1', network: 'de', label: 'Berlin' },
      { id: 'de:n2', network: 'de' },
    ])
    expect(r.topology.links).toEqual([{ a: 'de:n0', b: 'de:n1', label: '100G DWDM' }, { a: 'de:n1', b: 'de:n2' }])
    // yEd writes edgedefault="directed" for every drawing: only the edge drawn with an arrowhead counts as directed.
    expect(r.diagnostics).toMatchObject([{ code: 'directed_edges', edges: 1, total: 2 }])
  })

  it('shows a yEd label of two lines (the name over the address) on one line, and takes its first line as the site, where devices and flows find the node', () => {
    // A cut of a yFiles 2.10 drawing (AutoNetKit's tests/multigraph.graphml), its labels written on two lines as network diagrams do.
    const text = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d9" yfiles.type="nodegraphics"/>
  <key for="edge" id="d14" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d9">
        <y:SVGNode>
          <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" modelName="sandwich" modelPosition="s">core-1
10.0.0.1</y:NodeLabel>
        </y:SVGNode>
      </data>
    </node>
    <node id="n1">
      <data key="d9">
        <y:SVGNode>
          <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" modelName="sandwich" modelPosition="s">edge-2
NE40E-X8</y:NodeLabel>
        </y:SVGNode>
      </data>
    </node>
    <edge id="e0" source="n1" target="n0">
      <data key="d14">
        <y:PolyLineEdge>
          <y:Arrows source="none" target="none"/>
          <y:EdgeLabel>100G
DWDM</y:EdgeLabel>
        </y:PolyLineEdge>
      </data>
    </edge>
  </graph>
</graphml>
`
    const { topology, diagnostics } = parseGraphml(text, { file: 'campus.graphml' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      { id: 'campus:n0', network: 'campus', label: 'core-1 10.0.0.1', site: 'core-1' },
      { id: 'campus:n1', network: 'campus', label: 'edge-2 NE40E-X8', site: 'edge-2' },
    ])
    expect(topology.links).toEqual([{ a: 'campus:n1', b: 'campus:n0', label: '100G DWDM' }])
  })

  it('leaves out a group of a yEd drawing that joins no link, reads the nodes inside it, and keeps a group that has links', () => {
    // yEd writes a group as a node holding a nested graph (yfiles.foldertype="group", ids n0::n0),
    // as pyyed's add_group does too; its label is drawn in the group node's <y:GroupNode>.
    const yed = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0" yfiles.foldertype="group">
      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:NodeLabel>Schweiz</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph edgedefault="directed" id="n0:">
        <node id="n0::n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Zürich</y:NodeLabel></y:ShapeNode></data></node>
        <node id="n0::n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Genève</y:NodeLabel></y:ShapeNode></data></node>
      </graph>
    </node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Milano</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n2" yfiles.foldertype="group">
      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:NodeLabel>Services</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph edgedefault="directed" id="n2:"><node id="n2::n0"/></graph>
    </node>
    <edge id="e0" source="n0::n0" target="n0::n1"/>
    <edge id="e1" source="n0::n1" target="n1"/>
    <edge id="e2" source="n1" target="n2"/>
  </graph>
</graphml>
`
    const r = parseGraphml(yed, { file: 'yed.graphml', network: 'eu' })
    expect(r.topology.nodes.map((n) => n.label ?? n.id)).toEqual(['Zürich', 'Genève', 'Milano', 'Services', 'eu:n2::n0'])
    expect(r.topology.links).toHaveLength(3)
    const groups = r.diagnostics.filter((d) => d.code === 'group_nodes_skipped')
    expect(groups.map((d) => formatDiagnostic(d))).toEqual(['yed.graphml:6:5: info: 1 node holds a nested graph, as a group of a yEd drawing does, and joins no link (Schweiz (n0)): ' +
      'it is left out as a node, and the nodes inside it are read. Give a site of a device as one of those nodes, not as the group.'])
  })

  it('marks the Topology Zoo\'s hyperedge nodes as junctions, as Colt.graphml marks node 60 between Hannover, Magdeburg and Berlin', () => {
    const zoo = `<?xml version="1.0" encoding="utf-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="hyperedge" attr.type="int" for="node" id="d35" />
  <key attr.name="label" attr.type="string" for="node" id="d33" />
  <graph edgedefault="undirected">
    <node id="59"><data key="d33">Hannover</data></node>
    <node id="60"><data key="d35">1</data><data key="d33">None</data></node>
    <node id="61"><data key="d33">Berlin</data></node>
    <edge source="59" target="60" /><edge source="60" target="61" />
  </graph>
</graphml>
`
    const r = parseGraphml(zoo, { file: 'Colt.graphml', network: 'Colt' })
    expect(r.topology.nodes.map((n) => [n.id, n.junction ?? false])).toEqual([['Colt:59', false], ['Colt:60', true], ['Colt:61', false]])
  })

  it('reads a Topology Zoo source file drawn in yEd: a stray quote between the keys, boolean Internal, labels in a key and in the drawing', () => {
    // The structure of the Zoo's source Easynet.graphml: yEd graphics keys without attr.name, a `"` left
    // after them, Internal declared boolean and written True/False, ShapeNode labels, PolyLineEdge edges.
    const text = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:y="http://www.yworks.com/xml/graphml">       \n        <key for="node" id="d50" yfiles.type="nodegraphics"/>\n' +
      '<key for="edge" id="d51" yfiles.type="edgegraphics"/>"\n  <key attr.name="Internal" attr.type="boolean" for="node" id="d26" />\n' +
      '  <key attr.name="label" attr.type="string" for="node" id="d27" />\n  <graph edgedefault="undirected">\n' +
      '    <node id="0">\n      <data key="d50">\n            <y:ShapeNode>\n            <y:NodeLabel alignment="center">Los Angeles</y:NodeLabel>\n' +
      '            </y:ShapeNode>\n            </data>  \n                  <data key="d26">True</data>\n      <data key="d27">Los Angeles</data>\n    </node>\n' +
      '    <node id="1">\n      <data key="d26">False</data>\n      <data key="d27">Peer</data>\n    </node>\n' +
      '    <edge source="0" target="1">\n\t<data key="d51"> \n\t<y:PolyLineEdge>\n            <y:Arrows source="none" target="none"/>\n' +
      '            </y:PolyLineEdge>\n            </data> \n                </edge>\n  </graph>\n</graphml>\n'
    const r = parseGraphml(text, { file: 'Easynet.graphml' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes).toEqual([
      { id: 'Easynet:0', network: 'Easynet', label: 'Los Angeles' },
      { id: 'Easynet:1', network: 'Easynet', label: 'Peer', external: true },
    ])
    expect(r.topology.links).toEqual([{ a: 'Easynet:0', b: 'Easynet:1' }])
  })

  it('reads a hyperedge as links between every two of its endpoints, with one warning, instead of dropping it', () => {
    // GraphML's hypergraph form: a <hyperedge> holds an <endpoint node="..."> per node it joins.
    const text = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n  <graph id="G" edgedefault="undirected">\n' +
      '    <node id="n0"/>\n    <node id="n1"/>\n    <node id="n2"/>\n    <node id="n3"/>\n' +
      '    <hyperedge>\n      <endpoint node="n0"/>\n      <endpoint node="n1"/>\n      <endpoint node="n2"/>\n    </hyperedge>\n' +
      '    <hyperedge>\n      <endpoint node="n2"/>\n      <endpoint node="n9"/>\n    </hyperedge>\n' +
      '    <edge source="n0" target="n3"/>\n  </graph>\n</graphml>\n'
    const r = parseGraphml(text, { file: 'lan.graphml', network: 'lan' })
    expect(r.topology.links.map((l) => `${l.a}-${l.b}`)).toEqual(['lan:n0-lan:n3', 'lan:n0-lan:n1', 'lan:n0-lan:n2', 'lan:n1-lan:n2'])
    expect(r.diagnostics.map((d) => [d.code, d.at.line])).toEqual([['hyperedges_meshed', 8], ['unknown_node', 13]])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('lan.graphml:8:5: warning: 2 hyperedges join several nodes at once; they are read as 3 links, one between every two of their endpoints, ' +
      'as on a shared segment. Write the links as <edge> elements to give each its own metric or label.')
  })

  it('reads the vertex names igraph writes and the edge labels and weights Gephi writes', () => {
    const igraph = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<!-- Created by igraph -->\n' +
      '  <key id="v_name" for="node" attr.name="name" attr.type="string"/>\n  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>\n' +
      '  <graph id="G" edgedefault="undirected">\n    <node id="n0">\n      <data key="v_name">Berlin</data>\n    </node>\n' +
      '    <node id="n1">\n      <data key="v_name">Hamburg</data>\n    </node>\n    <edge source="n0" target="n1">\n      <data key="e_weight">3</data>\n    </edge>\n  </graph>\n</graphml>\n'
    const i = parseGraphml(igraph, { file: 'de.graphml' })
    expect(i.diagnostics).toEqual([])
    expect(i.topology.nodes.map((n) => n.label)).toEqual(['Berlin', 'Hamburg'])
    expect(i.topology.links).toEqual([{ a: 'de:n0', b: 'de:n1', metric: 3 }])
    const gephi = '<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      '<key attr.name="label" attr.type="string" for="node" id="label"/>\n<key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>\n' +
      '<key attr.name="weight" attr.type="double" for="edge" id="weight"/>\n<key attr.name="Edge Id" attr.type="string" for="edge" id="edgeid"/>\n' +
      '<key attr.name="x" attr.type="float" for="node" id="x"/>\n<key attr.name="y" attr.type="float" for="node" id="y"/>\n<graph edgedefault="undirected">\n' +
      '<node id="fra">\n<data key="label">Frankfurt</data>\n<data key="x">-12.5</data>\n<data key="y">40.0</data>\n</node>\n' +
      '<node id="ber">\n<data key="label">Berlin</data>\n<data key="x">80.1</data>\n<data key="y">-3.2</data>\n</node>\n' +
      '<edge id="0" source="fra" target="ber">\n<data key="edgelabel">FRA-BER 1</data>\n<data key="weight">2.0</data>\n<data key="edgeid">0</data>\n</edge>\n</graph>\n</graphml>'
    const g = parseGraphml(gephi, { file: 'gephi.graphml', network: 'g' })
    expect(g.diagnostics).toEqual([])
    // Gephi's x and y are drawing positions, not coordinates.
    expect(g.topology.nodes).toEqual([{ id: 'g:fra', network: 'g', label: 'Frankfurt' }, { id: 'g:ber', network: 'g', label: 'Berlin' }])
    expect(g.topology.links).toEqual([{ a: 'g:fra', b: 'g:ber', label: 'FRA-BER 1', metric: 2 }])
  })

  it('keeps parallel edges as separate links', () => {
    const { topology } = parseGraphml(graphml('<node id="a"/><node id="b"/>\n<edge source="a" target="b"/><edge source="b" target="a"/>'), { file: 'n.graphml' })
    expect(topology.links).toEqual([{ a: 'n:a', b: 'n:b' }, { a: 'n:b', b: 'n:a' }])
  })

  it('accepts nodes without coordinates, like every node of Internet2', () => {
    const r = parseGraphml(graphml('<node id="0"><data key="d0">Chicago</data></node>'), { file: 'Internet2.graphml' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes).toEqual([{ id: 'Internet2:0', network: 'Internet2', label: 'Chicago' }])
  })

  it('reports malformed XML with line and column and imports nothing', () => {
    const r = parseGraphml(graphml('    <node id="0">\n    </nod>'), { file: 'bad.graphml' })
    expect(r.topology.nodes).toEqual([])
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({ code: 'malformed_xml', at: { file: 'bad.graphml', line: 7, column: expect.any(Number) } })
  })

  it('rejects a DOCTYPE before any entity can expand', () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<graphml><graph><node id="&lol2;"/></graph></graphml>'
    const r = parseGraphml(laughs, { file: 'lol.graphml' })
    expect(codes(r)).toEqual(['xml_doctype_rejected@5'])
    expect(r.topology.nodes).toEqual([])
  })

  it('reports an entity that is not one of XML\'s own as malformed XML', () => {
    const r = parseGraphml(graphml('    <node id="0"><data key="d0">&ext;</data></node>'), { file: 'e.graphml' })
    expect(codes(r)).toEqual(['malformed_xml@6'])
  })

  it('rejects a document whose root is not <graphml>', () => {
    const r = parseGraphml('<?xml version="1.0"?>\n<network><nodes/></network>', { file: 'abilene.xml' })
    expect(r.diagnostics).toMatchObject([{ code: 'unexpected_xml_root', at: { line: 2, column: 1 }, root: 'network', expected: 'graphml', found: 'sndlib' }])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"abilene.xml:2:1: error: the root element is <network>: this is SNDlib XML, but <graphml> is expected here. Let trustpath detect the format from the content."`)
  })

  it('reports edges to unknown node ids with the edge line and keeps the other links', () => {
    const r = parseGraphml(graphml('    <node id="0"/>\n    <node id="1"/>\n    <edge source="0" target="7"/>\n    <edge source="0" target="1"/>'), { file: 'x.graphml' })
    expect(codes(r)).toEqual(['unknown_node@8'])
    expect(r.diagnostics[0]).toMatchObject({ node: '7', end: 'target', nodes: 2 })
    expect(r.topology.links).toEqual([{ a: 'x:0', b: 'x:1' }])
  })

  it('reports a repeated node id, a bad latitude, an undeclared key and a self-loop', () => {
    const r = parseGraphml(graphml([
      '    <node id="0"><data key="d1">91.5</data></node>',
      '    <node id="0"/>',
      '    <node id="1"><data key="d9">x</data></node>',
      '    <edge source="1" target="1"/>',
    ].join('\n')), { file: 'x.graphml' })
    expect(codes(r)).toEqual(['invalid_field@6', 'duplicate_node@7', 'unknown_key@8', 'self_loops_skipped@9'])
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['x:0', 'x:1'])
  })

  it('says to declare an undeclared key of an edge for edges, as a key of a node for nodes', () => {
    const r = parseGraphml(graphml([
      '    <node id="0"><data key="d9">x</data></node>',
      '    <node id="1"/>',
      '    <edge source="0" target="1"><data key="speed">10G</data></edge>',
    ].join('\n')), { file: 'x.graphml' })
    expect(r.diagnostics.map((d) => formatDiagnostic(d).replace(/^.*?: warning: /, ''))).toEqual([
      'data key "d9" is not declared by any <key> element; the value is ignored. Declare it with <key id="d9" for="node" attr.name="..."/>.',
      'data key "speed" is not declared by any <key> element; the value is ignored. Declare it with <key id="speed" for="edge" attr.name="..."/>.',
    ])
  })

  it('stops at the node and character caps with input_too_large', () => {
    const body = '    <node id="0"/>\n    <node id="1"/>\n    <node id="2"/>'
    const nodes = parseGraphml(graphml(body), { file: 'x.graphml' }, { limits: { maxNodes: 2 } })
    expect(codes(nodes)).toEqual(['input_too_large@8'])
    expect(nodes.topology.nodes).toHaveLength(2)
    const chars = parseGraphml(graphml(body), { file: 'x.graphml' }, { limits: { maxChars: 100 } })
    expect(chars.diagnostics).toMatchObject([{ code: 'input_too_large', what: 'characters', limit: 100 }])
  })

  it('takes the network from the file name or the caller, and refuses a name with ":"', () => {
    expect(parseGraphml(graphml('<node id="0"/>'), { file: 'zoo/Geant2012.graphml' }).topology.nodes[0]!.id).toBe('Geant2012:0')
    expect(parseGraphml(graphml('<node id="0"/>'), { file: 'zoo/Geant2012.graphml', network: 'eu' }).topology.nodes[0]!.id).toBe('eu:0')
    expect(() => parseGraphml('', { file: 'x.graphml', network: 'a:b' })).toThrow(TrustpathError)
  })

  it('renders its diagnostics with file, line, what went wrong and how to fix it', () => {
    const doctype = parseGraphml('<?xml version="1.0"?>\n<!DOCTYPE g SYSTEM "file:///etc/passwd">\n<graphml/>', { file: 'de.graphml' })
    const unknown = parseGraphml(graphml('    <node id="0"/>\n    <edge source="0" target="9"/>'), { file: 'de.graphml' })
    expect([...doctype.diagnostics, ...unknown.diagnostics].map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "de.graphml:2:40: error: the XML has a DOCTYPE declaration, which is rejected: document type definitions and entities can hide expanding or external content. Remove the <!DOCTYPE ...> declaration; GraphML, GEXF, XGMML and SNDlib XML do not need it.",
        "de.graphml:7:5: error: "9" in target is not a node of the network (1 node); the entry is skipped. Check the id for typos, or declare the node first.",
      ]
    `)
  })
})

describe('GraphML of a directed graph with a metric per direction', () => {
  // A NetworkX DiGraph of OSPF costs written with write_graphml (keys d0, d1...): Frankfurt to
  // Berlin costs 10, Berlin to Frankfurt 1, as OSPF lets each router set the cost of its interface.
  const DIGRAPH = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d1" for="edge" attr.name="weight" attr.type="long" />
  <key id="d0" for="node" attr.name="label" attr.type="string" />
  <graph edgedefault="directed">
    <node id="r1"><data key="d0">Frankfurt</data></node>
    <node id="r2"><data key="d0">Berlin</data></node>
    <node id="r3"><data key="d0">Hamburg</data></node>
    <edge source="r1" target="r2"><data key="d1">10</data></edge>
    <edge source="r1" target="r3"><data key="d1">5</data></edge>
    <edge source="r2" target="r1"><data key="d1">1</data></edge>
    <edge source="r3" target="r1"><data key="d1">5</data></edge>
  </graph>
</graphml>
`

  it('warns that a link with another metric each way is routed both ways at the smaller, naming it with both metrics', () => {
    const r = parseGraphml(DIGRAPH, { file: 'ospf.graphml' })
    expect(r.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "ospf.graphml:5:3: warning: 4 of 4 edges are directed; trustpath routes every link in both directions, so a one-way edge is used both ways (an edge listed once per direction is the same link twice). Make the graph undirected to silence this.",
        "ospf.graphml:11:5: warning: 1 link has a different metric in each direction (Frankfurt (r1) → Berlin (r2) 10, back 1): trustpath routes every link both ways at its smaller metric, so a flow in the costlier direction may be shown on a path the network does not take. Check the flows that cross those nodes, or give each link the metric of the direction the sensitive flows take.",
      ]
    `)
  })

  it('says nothing of the kind for an undirected graph whose parallel edges have other metrics', () => {
    const r = parseGraphml(DIGRAPH.replace('edgedefault="directed"', 'edgedefault="undirected"'), { file: 'ospf.graphml' })
    expect(r.diagnostics).toEqual([])
  })
})

describe('GraphML from other tools', () => {
  it('reads an IGP metric, a latency and short coordinate names', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="lat" attr.type="double"/>
  <key id="k1" for="node" attr.name="lng" attr.type="double"/>
  <key id="k2" for="edge" attr.name="weight" attr.type="double"/>
  <key id="k3" for="edge" attr.name="delay" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="k0">50.1</data><data key="k1">8.7</data></node>
    <node id="b"><data key="k0">52.5</data><data key="k1">13.4</data></node>
    <edge source="a" target="b"><data key="k2">10</data><data key="k3">4.5</data></edge>
  </graph>
</graphml>`
    const { topology, diagnostics } = parseGraphml(xml, { file: 'nx.graphml', network: 'nx' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes[0]).toMatchObject({ id: 'nx:a', lat: 50.1, lon: 8.7 })
    expect(topology.links).toEqual([{ a: 'nx:a', b: 'nx:b', metric: 10, latencyMs: 4.5 }])
  })

  it('warns once that directed edges are routed both ways, whether the graph or the edge says so', () => {
    const nodes = '<node id="a"/><node id="b"/><node id="c"/>'
    const directed = parseGraphml(graphml(`${nodes}<edge source="a" target="b"/><edge source="b" target="c"/>`).replace('edgedefault="undirected"', 'edgedefault="directed"'), { file: 'd.graphml' })
    expect(directed.topology.links).toHaveLength(2)
    expect(directed.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "d.graphml:5:3: warning: 2 of 2 edges are directed; trustpath routes every link in both directions, so a one-way edge is used both ways (an edge listed once per direction is the same link twice). Make the graph undirected to silence this.",
      ]
    `)
    const oneEdge = parseGraphml(graphml(`${nodes}<edge source="a" target="b" directed="true"/><edge source="b" target="c"/>`), { file: 'e.graphml' })
    expect(oneEdge.diagnostics).toMatchObject([{ code: 'directed_edges', edges: 1, total: 2 }])
    expect(parseGraphml(graphml(`${nodes}<edge source="a" target="b"/>`), { file: 'u.graphml' }).diagnostics).toEqual([])
  })
})
