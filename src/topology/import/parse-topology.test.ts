import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testdir } from '../../test-support/testdir.js'
import * as lib from '../../index.js'

// Two small networks as a user's service may hold them in text: GML as the Topology Zoo writes it, and a Graphviz graph.
const GML = 'graph [\n  node [ id 0 label "Zurich" ]\n  node [ id 1 label "Vienna" ]\n  node [ id 2 label "Milan" ]\n  edge [ source 0 target 1 ]\n  edge [ source 1 target 2 ]\n]\n'
const DOT = 'graph alps {\n  zrh -- vie [weight=10];\n  vie -- mil [weight=20];\n}\n'

describe('parseTopology', () => {
  it('parses a topology text in the format its content and file name tell, without a file', () => {
    const gml = lib.parseTopology(GML, { file: 'upload.gml', network: 'alps' })
    expect(gml.diagnostics).toEqual([])
    expect([gml.format, gml.topology.networks, gml.topology.nodes.map((n) => n.label)]).toEqual(['gml', ['alps'], ['Zurich', 'Vienna', 'Milan']])
    expect(gml.topology.links).toHaveLength(2)
    const dot = lib.parseTopology(DOT, { file: 'alps.dot' })
    expect([dot.format, dot.topology.links.map((l) => [l.a, l.b, l.metric])]).toEqual(['dot', [['alps:zrh', 'alps:vie', 10], ['alps:vie', 'alps:mil', 20]]])
  })

  it('takes the format and a CSV link list\'s node list as options', () => {
    const edges = lib.parseTopology('zrh vie 10\nvie mil 20\n', { file: 'from-db', network: 'alps' }, { format: 'edge-list' })
    expect([edges.format, edges.topology.links.map((l) => l.metric)]).toEqual(['edge-list', [10, 20]])
    const csv = lib.parseTopology('a,b,metric\nzrh,vie,10\n', { file: 'links.csv', network: 'alps' }, { nodes: { text: 'id,label\nzrh,Zurich\nvie,Vienna\n', file: 'nodes.csv' } })
    expect(csv.topology.nodes.map((n) => n.label)).toEqual(['Zurich', 'Vienna'])
  })

  it('gives what readTopology gives for the same text in a file', async () => {
    const dir = await testdir({ 'alps.gml': GML })
    expect(await lib.readTopology(join(dir, 'alps.gml'))).toEqual(lib.parseTopology(GML, { file: join(dir, 'alps.gml') }))
  })

  it('refuses an inventory or an empty text given as a topology with input_invalid naming the file', () => {
    for (const text of ['id,name,role,mac\nr1,rt-fra-01,core,00:e0:fc:12:34:56\n', '\n']) {
      const error = (() => { try { lib.parseTopology(text, { file: 'upload.csv' }) } catch (e) { return e } })()
      expect(error).toBeInstanceOf(lib.TrustpathError)
      expect(error).toMatchObject({ code: 'input_invalid', at: { file: 'upload.csv' } })
    }
  })

  it('refuses a file of no format read (a router configuration, CAIDA\'s list of AS names) as such, at its first line, not as a link list lacking columns a and b', () => {
    // The first lines of CAIDA's AS-to-name file (AS number, name and country), and of a router configuration.
    for (const [file, text] of [['potaroo-autnums.asn-name-cc.txt', '0:-Reserved AS-, ZZ\n1:LVLT-1, US\n2:UDEL-DCN, US\n'], ['core-1.cfg', 'Building configuration...\n\nCurrent configuration : 1534 bytes\n!\nversion 15.2\nhostname core-1\n!\ninterface GigabitEthernet0/1\n ip address 10.0.0.1 255.255.255.252\n']] as const) {
      const error = (() => { try { lib.parseTopology(text, { file }) } catch (e) { return e } })()
      expect(error).toBeInstanceOf(lib.TrustpathError)
      expect(error).toMatchObject({ code: 'input_invalid', at: { file, line: 1 } })
      expect((error as Error).message).toContain('in no format that is read')
    }
    // A file whose first lines read as no table (the CSV reader takes a later line for its header): it is the first line that is quoted.
    const later = (() => { try { lib.parseTopology('\nhello world\nfoo bar baz\nx = y\n', { file: 'notes.txt' }) } catch (e) { return e } })()
    expect(later).toMatchObject({ code: 'input_invalid', at: { file: 'notes.txt', line: 2 } })
    expect((later as Error).message).toContain('its first line, "hello world"')
    // A link list under another name, and a CSV whose header names its ends otherwise, are told as before.
    expect(lib.parseTopology('a,b\nzrh,vie\n', { file: 'links.txt' }).topology.links).toHaveLength(1)
    expect(lib.parseTopology('from_node,to_node\nzrh,vie\n', { file: 'links.csv' }).diagnostics).toMatchObject([{ code: 'unknown_column' }, { code: 'missing_column', column: 'a' }, { code: 'missing_column', column: 'b' }])
  })

  it('reads a router\'s session saved with paging on as without its pager prompts, Huawei\'s and Cisco\'s', () => {
    // Huawei prints `  ---- More ----` and erases it with ESC[42D, 42 blanks and ESC[42D before the
    // rest of the line; Cisco IOS prints ` --More-- ` and erases it with backspaces, blanks and backspaces.
    const huawei = '<AR1>display ospf lsdb router\n\n\t OSPF Process 1 with Router ID 1.1.1.1\n\t\t         Area: 0.0.0.0\n\t\t Link State Database\n\n' +
      '  Type      : Router\n  Ls id     : 1.1.1.1\n  Adv rtr   : 1.1.1.1\n   * Link ID: 2.2.2.2\n     Data   : 10.0.12.1\n     Link Type: P-2-P\n     Metric : 10\n\n' +
      '  Type      : Router\n  Ls id     : 2.2.2.2\n  Adv rtr   : 2.2.2.2\n   * Link ID: 1.1.1.1\n     Data   : 10.0.12.2\n     Link Type: P-2-P\n     Metric : 10\n'
    const paged = huawei.replace('     Link Type: P-2-P\n     Metric : 10\n\n', `     Link Type: P-2-P\n  ---- More ----\x1b[42D${' '.repeat(42)}\x1b[42D     Metric : 10\n\n`)
    const read = lib.parseTopology(paged, { file: 'ar1.txt' })
    expect(read.diagnostics).toEqual([])
    expect(read.topology).toEqual(lib.parseTopology(huawei, { file: 'ar1.txt' }).topology)
    expect(read.topology.links).toEqual([{ a: 'ar1:1.1.1.1', b: 'ar1:2.2.2.2', metric: 10 }])
    const cisco = 'IS-IS Level-2 Link State Database:\nLSPID                 LSP Seq Num  LSP Checksum  LSP Holdtime      ATT/P/OL\n' +
      'R1.00-00            * 0x00000008   0x621E        1158              0/0/0\n  Hostname: R1\n  Metric: 10         IS-Extended R2.00\n'
    const pagedCisco = cisco.replace('  Metric: 10', ` --More-- ${'\b'.repeat(9)}${' '.repeat(9)}${'\b'.repeat(9)}  Metric: 10`)
    expect(lib.parseTopology(pagedCisco, { file: 'r1.txt' }).topology).toEqual(lib.parseTopology(cisco, { file: 'r1.txt' }).topology)
  })
})

describe('graph formats of other tools that are not read', () => {
  const refusal = (text: string, file: string): lib.TrustpathError => {
    const error = (() => { try { lib.parseTopology(text, { file }) } catch (e) { return e } })()
    expect(error).toBeInstanceOf(lib.TrustpathError)
    return error as lib.TrustpathError
  }

  it('names Gephi\'s GDF, with the export to make in Gephi, where it was refused as a file of no format read', () => {
    // The weighted example of Gephi's documentation of GDF.
    const e = refusal('nodedef>name VARCHAR,label VARCHAR\ns1,Site number 1\ns2,Site number 2\nedgedef>node1 VARCHAR,node2 VARCHAR, weight DOUBLE\ns1,s2,1.2341\n', 'sites.gdf')
    expect(e.code).toBe('input_invalid')
    expect(e.message).toMatch(/^the topology is a GDF file \(Gephi and GUESS/)
    expect(e.hint).toBe('Open it in Gephi and export the graph as GraphML or GEXF (File > Export > Graph file), and give that with -t.')
  })

  it('names igraph\'s LEDA output and LEMON\'s LGF, at the line that shows them', () => {
    expect(refusal('LEDA.GRAPH\nstring\ndouble\n-2\n# Vertices\n2\n|{as0}|\n|{as1}|\n', 'g.gw').message).toMatch(/^the topology is a LEDA graph/)
    const lgf = refusal('# a LEMON digraph\n@nodes\nlabel coordinates\n0 (20,100)\n1 (40,120)\n@arcs\n\t\tlabel capacity\n0 1 0 16\n', 'g.lgf')
    expect([lgf.message.slice(0, 32), lgf.at?.line]).toEqual(['the topology is a LEMON graph (L', 2])
  })

  it('names the JSON Graph Format, with how to give one of its graphs as node-link JSON, where it was "an object of graph"', () => {
    // The JSON Graph Format's own example, usual_suspects.json.
    const jgf = '{\n    "graph": {\n        "label": "Usual Suspects",\n        "nodes": [\n            { "id": "Roger Kint", "label": "Roger Kint" },\n            { "id": "Keyser Söze", "label": "Keyser Söze" }\n        ],\n        "edges": [ { "source": "Roger Kint", "target": "Keyser Söze", "relation": "is" } ]\n    }\n}\n'
    const e = refusal(jgf, 'usual_suspects.json')
    expect(e.message).toMatch(/^the topology is the JSON Graph Format \(JGF: an object of "graph" alone/)
    expect(e.hint).toMatch(/node-link JSON/)
    // As the hint says: the graph's nodes and edges at the top level are read.
    const inner = (JSON.parse(jgf) as { graph: { nodes: unknown; edges: unknown } }).graph
    const { topology } = lib.parseTopology(JSON.stringify({ nodes: inner.nodes, edges: inner.edges }), { file: 'suspects.json' })
    expect([topology.nodes.length, topology.links.length]).toEqual([2, 1])
  })
})
