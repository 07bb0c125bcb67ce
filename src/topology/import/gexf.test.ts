import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parseGexf } from './gexf.js'
import { parseGraphml } from './graphml.js'
import { GEXF_NETWORKX_12 as NETWORKX_12 } from '../../test-support/topology-examples.js'

const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

/** As Gephi 0.10 exports GEXF 1.3: typed attributes, a viz namespace, weights on every edge. */
const GEPHI_13 = `<?xml version='1.0' encoding='UTF-8'?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
  <meta lastmodifieddate="2024-04-06">
    <creator>Gephi 0.10.1</creator>
  </meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="latitude" title="Latitude" type="double"></attribute>
      <attribute id="longitude" title="Longitude" type="double"></attribute>
      <attribute id="country" title="Country" type="string">
        <default>Germany</default>
      </attribute>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="0" title="LinkLabel" type="string"></attribute>
      <attribute id="1" title="latency" type="double"></attribute>
    </attributes>
    <nodes>
      <node id="fra" label="Frankfurt">
        <attvalues>
          <attvalue for="latitude" value="50.11"></attvalue>
          <attvalue for="longitude" value="8.68"></attvalue>
        </attvalues>
        <viz:size value="10.0"></viz:size>
        <viz:position x="-312.5" y="118.2"></viz:position>
      </node>
      <node id="ber" label="Berlin">
        <viz:position x="80.1" y="-3.2"></viz:position>
      </node>
      <node id="vie" label="Wien">
        <attvalues>
          <attvalue for="country" value="Austria"></attvalue>
        </attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="fra" target="ber" weight="3.0">
        <attvalues>
          <attvalue for="0" value="FRA-BER 100G"></attvalue>
          <attvalue for="1" value="4.5"></attvalue>
        </attvalues>
      </edge>
      <edge id="1" source="ber" target="vie" label="BER-VIE" weight="1.0"></edge>
    </edges>
  </graph>
</gexf>
`

describe('parseGexf', () => {
  it('reads a Gephi 1.3 export: labels, attributes by title, defaults, weights and link labels, not the drawing positions', () => {
    const { topology, diagnostics } = parseGexf(GEPHI_13, { file: 'backbone.gexf', network: 'bb' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      { id: 'bb:fra', network: 'bb', label: 'Frankfurt', lat: 50.11, lon: 8.68, country: 'Germany' },
      { id: 'bb:ber', network: 'bb', label: 'Berlin', country: 'Germany' },
      { id: 'bb:vie', network: 'bb', label: 'Wien', country: 'Austria' },
    ])
    expect(topology.links).toEqual([
      { a: 'bb:fra', b: 'bb:ber', label: 'FRA-BER 100G', metric: 3, latencyMs: 4.5 },
      { a: 'bb:ber', b: 'bb:vie', label: 'BER-VIE', metric: 1 },
    ])
  })

  it('reads NetworkX 1.2draft, scoping attribute ids by class, and warns about its directed edges', () => {
    const r = parseGexf(NETWORKX_12, { file: 'nx.gexf', network: 'nx' })
    expect(r.topology.nodes).toEqual([
      { id: 'nx:0', network: 'nx', label: 'r1', lat: 47.37 },
      { id: 'nx:1', network: 'nx', label: 'r2' },
      { id: 'nx:2', network: 'nx', label: 'r3' },
    ])
    expect(r.topology.links).toEqual([{ a: 'nx:0', b: 'nx:1', metric: 10 }, { a: 'nx:1', b: 'nx:2' }])
    // The mutual edge goes both ways: one of the two edges is directed.
    expect(codes(r)).toEqual(['directed_edges@6'])
    expect(r.diagnostics[0]).toMatchObject({ edges: 1, total: 2 })
  })

  it('is told apart from GraphML and SNDlib XML by its root element', () => {
    expect(detectTopologyFormat('backbone.xml', GEPHI_13)).toBe('gexf')
    expect(detectTopologyFormat('nx', NETWORKX_12)).toBe('gexf')
    expect(detectTopologyFormat('b.gexf', '')).toBe('gexf')
  })

  it('reports malformed XML with line and column and imports nothing', () => {
    const r = parseGexf(GEPHI_13.replace('</nodes>', '</node>'), { file: 'bad.gexf' })
    expect(r.topology.nodes).toEqual([])
    expect(r.diagnostics).toMatchObject([{ code: 'malformed_xml', at: { file: 'bad.gexf', line: 35 }, expected: 'GEXF as Gephi writes it' }])
  })

  it('rejects a DOCTYPE and reports nodes without an id and edges to unknown nodes', () => {
    expect(codes(parseGexf('<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x "y">]>\n<gexf/>', { file: 'd.gexf' }))).toEqual(['xml_doctype_rejected@2'])
    const r = parseGexf('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>\n<nodes><node label="x"/><node id="a"/></nodes>\n<edges><edge source="a" target="b"/></edges></graph></gexf>', { file: 'u.gexf' })
    expect(codes(r)).toEqual(['invalid_field@2', 'unknown_node@3'])
  })
})

describe('XML that is no topology', () => {
  const read = (text: string) => {
    const file = 'scan.xml'
    expect(detectTopologyFormat(file, text)).toBe('graphml')
    const r = parseGraphml(text, { file })
    expect(r.topology.nodes).toEqual([])
    expect(r.diagnostics).toHaveLength(1)
    return r.diagnostics[0]!
  }

  it('says an nmap scan is an inventory, to give with -i', () => {
    const d = read('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet href="file:///usr/share/nmap/nmap.xsl" type="text/xsl"?>\n<!-- Nmap 7.94 scan -->\n<nmaprun scanner="nmap" args="nmap -oX scan.xml 10.0.0.0/24">\n</nmaprun>\n')
    expect(d).toMatchObject({ code: 'unexpected_xml_root', at: { line: 4, column: 1 }, root: 'nmaprun', found: 'nmap' })
    expect(formatDiagnostic(d)).toMatchInlineSnapshot(`"scan.xml:4:1: error: the root element is <nmaprun>: this is an nmap scan (nmap -oX), which lists devices, not the links between them. Give it as the inventory (-i), with a topology of the network."`)
  })

  it('says an SVG drawing or an HTML page is not a topology, without calling the XML malformed', () => {
    for (const [text, found] of [['<svg xmlns="http://www.w3.org/2000/svg" width="10"/>', 'svg'], ['<html><body/></html>', 'html'], ['<mxfile host="app.diagrams.net"><diagram/></mxfile>', 'drawio']] as const) {
      const d = read(text)
      expect(d).toMatchObject({ code: 'unexpected_xml_root', found })
      expect(formatDiagnostic(d)).not.toContain('well-formed')
      expect(formatDiagnostic(d)).toContain('not a topology')
    }
  })

  it('names the XML topology formats for any other root', () => {
    const d = read('<?xml version="1.0"?>\n<inventory><device/></inventory>')
    expect(d).toMatchObject({ code: 'unexpected_xml_root', root: 'inventory', found: 'unknown' })
    expect(formatDiagnostic(d)).toMatchInlineSnapshot(`"scan.xml:2:1: error: the root element is <inventory>: a topology in XML is GraphML (<graphml>), GEXF (<gexf>), XGMML (<graph>), SNDlib XML (<network>) or an EVE-NG lab (<lab>)."`)
  })
})
