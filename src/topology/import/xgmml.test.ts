import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parseGraphml } from './graphml.js'
import { parseXgmml } from './xgmml.js'

const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

/**
 * A backbone as Cytoscape 3 exports it: typed atts, a list att, visual properties inside
 * `<graphics>`, edges labelled "source (interaction) target" with `cy:directed`.
 */
const XGMML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<graph id="52" label="backbone" directed="1" cy:documentVersion="3.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cy="http://www.cytoscape.org" xmlns="http://www.cs.rpi.edu/XGMML">
  <att name="networkMetadata">
    <rdf:RDF><rdf:Description rdf:about="http://www.cytoscape.org/"><dc:title>backbone</dc:title></rdf:Description></rdf:RDF>
  </att>
  <att name="shared name" value="backbone" type="string" cy:type="String"/>
  <node id="101" label="Frankfurt">
    <att name="shared name" value="Frankfurt" type="string" cy:type="String"/>
    <att name="name" value="Frankfurt" type="string" cy:type="String"/>
    <att name="Latitude" value="50.11" type="real" cy:type="Double"/>
    <att name="Longitude" value="8.68" type="real" cy:type="Double"/>
    <att name="Country" value="Germany" type="string" cy:type="String"/>
    <att type="list" name="aliases" cy:type="List" cy:elementType="String">
      <att type="string" value="FRA" cy:type="String"/>
    </att>
    <graphics type="ELLIPSE" h="35.0" w="35.0" x="-91.0" y="-64.0" fill="#89D0F5">
      <att name="NODE_LABEL" value="Frankfurt" type="string" cy:type="String"/>
    </graphics>
  </node>
  <node id="102" label="Berlin">
    <att name="name" value="Berlin" type="string" cy:type="String"/>
    <graphics type="ELLIPSE" x="31.0" y="-64.0"/>
  </node>
  <edge id="103" label="Frankfurt (pp) Berlin" source="101" target="102" cy:directed="0">
    <att name="interaction" value="pp" type="string" cy:type="String"/>
    <att name="weight" value="12" type="real" cy:type="Double"/>
    <att name="latency" value="4.5" type="real" cy:type="Double"/>
    <graphics width="2.0" fill="#848484"/>
  </edge>
  <edge id="104" label="Berlin (pp) Frankfurt" source="102" target="101" cy:directed="0"/>
</graph>
`

describe('parseXgmml', () => {
  it('reads a Cytoscape 3 export by the GraphML attribute rules, without lists, visual properties or drawing places', () => {
    const r = parseXgmml(XGMML, { file: 'backbone.xgmml' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology).toEqual({
      networks: ['backbone'],
      nodes: [
        { id: 'backbone:101', network: 'backbone', label: 'Frankfurt', lat: 50.11, lon: 8.68, country: 'Germany' },
        { id: 'backbone:102', network: 'backbone', label: 'Berlin' },
      ],
      links: [
        { a: 'backbone:101', b: 'backbone:102', label: 'Frankfurt (pp) Berlin', metric: 12, latencyMs: 4.5 },
        { a: 'backbone:102', b: 'backbone:101', label: 'Berlin (pp) Frankfurt' },
      ],
    })
  })

  it('is detected by its <graph> root, and gives the topology GraphML gives for the same network', () => {
    expect(detectTopologyFormat('backbone.xml', XGMML)).toBe('xgmml')
    expect(detectTopologyFormat('backbone.xgmml', '')).toBe('xgmml')
    const graphml = `<graphml><key id="d0" for="node" attr.name="label"/><key id="d1" for="node" attr.name="Latitude"/><key id="d2" for="node" attr.name="Longitude"/><key id="d3" for="node" attr.name="Country"/>
<key id="d4" for="edge" attr.name="LinkLabel"/><key id="d5" for="edge" attr.name="weight"/><key id="d6" for="edge" attr.name="latency"/><graph edgedefault="undirected">
<node id="101"><data key="d0">Frankfurt</data><data key="d1">50.11</data><data key="d2">8.68</data><data key="d3">Germany</data></node><node id="102"><data key="d0">Berlin</data></node>
<edge source="101" target="102"><data key="d4">Frankfurt (pp) Berlin</data><data key="d5">12</data><data key="d6">4.5</data></edge><edge source="102" target="101"><data key="d4">Berlin (pp) Frankfurt</data></edge></graph></graphml>`
    expect(parseXgmml(XGMML, { file: 'n.xgmml', network: 'n' }).topology).toEqual(parseGraphml(graphml, { file: 'n.graphml', network: 'n' }).topology)
  })

  it('warns about directed edges as GraphML does: by the graph\'s directed, unless an edge says otherwise', () => {
    // Cytoscape 2.x writes directed="1" and no cy:directed on its edges.
    const text = '<graph label="Network A" directed="1" xmlns="http://www.cs.rpi.edu/XGMML" xmlns:cy="http://www.cytoscape.org">\n<node label="a" id="-1"/>\n<node label="b" id="-2"/>\n' +
      '<edge label="a (DirectedEdge) b" source="-1" target="-2"/>\n<edge source="-2" target="-1" cy:directed="0"/>\n</graph>'
    const r = parseXgmml(text, { file: 'd.xgmml', network: 'd' })
    expect(r.diagnostics).toMatchObject([{ code: 'directed_edges', edges: 1, total: 2 }])
    expect(r.topology.links).toHaveLength(2)
  })

  it('reads only the root graph\'s nodes and edges: a Cytoscape 2.x group\'s nested graph refers to them and repeats their edges', () => {
    const text = `<graph label="Network 0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns="http://www.cs.rpi.edu/XGMML">
  <node label="node0" id="-1"/>
  <node label="node1" id="-2"/>
  <node label="metanode 1" id="-4">
    <att type="integer" name="NumChildren" value="2"/>
    <att>
      <graph>
        <att type="string" name="gr_att_1" value="Lorem Ipsum"/>
        <node xlink:href="#-2"/>
        <node xlink:href="#-1"/>
        <edge label="node0 (DirectedEdge) node1" source="-1" target="-2"/>
      </graph>
    </att>
  </node>
  <edge label="node0 (DirectedEdge) node1" source="-1" target="-2"/>
</graph>`
    const r = parseXgmml(text, { file: 'g.xgmml', network: 'g' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => n.label)).toEqual(['node0', 'node1', 'metanode 1'])
    expect(r.topology.links).toEqual([{ a: 'g:-1', b: 'g:-2', label: 'node0 (DirectedEdge) node1' }])
  })

  it('warns once, naming them, about the members of a group Cytoscape 2.x wrote collapsed, defined only inside its nested graph and not read', () => {
    const text = `<graph label="Network 0" directed="1" xmlns="http://www.cs.rpi.edu/XGMML">
  <node label="node2" id="-3"/>
  <node label="metanode 1" id="-4">
    <att type="integer" name="__groupState" value="2"/>
    <att>
      <graph>
        <node label="node1" id="-2"/>
        <node label="node0" id="-1"/>
        <edge label="node0 (DirectedEdge) node1" source="-1" target="-2"/>
        <edge label="node1 (DirectedEdge) node2" source="-2" target="-3"/>
      </graph>
    </att>
  </node>
  <edge label="metanode 1 (meta-DirectedEdge) node2" source="-4" target="-3" cy:directed="0" xmlns:cy="http://www.cytoscape.org"/>
</graph>`
    const r = parseXgmml(text, { file: 'c.xgmml', network: 'c' })
    expect(r.topology.nodes.map((n) => n.label)).toEqual(['node2', 'metanode 1'])
    expect(codes(r)).toEqual(['group_members_skipped@7'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('c.xgmml:7:9: warning: 2 nodes are defined only inside a group\'s nested graph ("node1", "node0"), as Cytoscape 2.x ' +
      'writes a collapsed group, and are not read, nor the links inside the group: the root graph shows the group as one node. Expand the groups in Cytoscape and export the network again.')
  })

  it('refuses the network file of a Cytoscape 3 session (.cys), whose nodes sit in sub-networks, saying to export the network', () => {
    // A session's networks/*.xgmml: the root network (cy:registered="0") holds its sub-network inside an att.
    const text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<graph id="52" label="campus" directed="1" cy:view="0" cy:registered="0" cy:documentVersion="3.0" xmlns:cy="http://www.cytoscape.org" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns="http://www.cs.rpi.edu/XGMML">
  <att>
    <graph id="56" label="campus" cy:registered="1">
      <node id="60" label="core-1"/>
      <node id="61" label="edge-2"/>
      <edge id="62" label="core-1 (pp) edge-2" source="60" target="61" cy:directed="0"/>
    </graph>
  </att>
</graph>
`
    const { topology, diagnostics } = parseXgmml(text, { file: 'campus.xgmml' })
    expect(topology.nodes).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'cytoscape_session_network', severity: 'error', nodes: 2, at: { line: 2 } }])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('Export the network from Cytoscape as XGMML or Cytoscape JSON (.cyjs)')
  })

  it('refuses a DOCTYPE (the XGMML draft\'s own) and another root, and reports nodes without an id and unknown ends', () => {
    const doctype = '<?xml version="1.0"?>\n<!DOCTYPE graph PUBLIC "-//John Punin//DTD graph description//EN" "http://www.cs.rpi.edu/~puninj/XGMML/xgmml.dtd">\n<graph><node id="1"/></graph>'
    expect(codes(parseXgmml(doctype, { file: 'd.xgmml' }))).toEqual(['xml_doctype_rejected@2'])
    const other = parseXgmml('<?xml version="1.0"?>\n<graphml/>', { file: 'o.xgmml' })
    expect(other.diagnostics).toMatchObject([{ code: 'unexpected_xml_root', root: 'graphml', found: 'graphml' }])
    const r = parseXgmml('<graph>\n<node id="a"/>\n<node label="nameless"/>\n<edge source="a" target="zz"/>\n<edge source="a"/>\n</graph>', { file: 'e.xgmml', network: 'e' })
    expect(codes(r)).toEqual(['invalid_field@3', 'unknown_node@4', 'invalid_field@5'])
  })

  it('tells a GraphML reader given XGMML what the file is', () => {
    const r = parseGraphml('<?xml version="1.0"?>\n<graph label="x" xmlns="http://www.cs.rpi.edu/XGMML"/>', { file: 'x.graphml' })
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('x.graphml:2:1: error: the root element is <graph>: this is XGMML (Cytoscape), but <graphml> is expected here. Let trustpath detect the format from the content.')
  })
})
