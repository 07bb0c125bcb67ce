import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parseGml } from './gml.js'
import { parseGraphml } from './graphml.js'

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/topology/${name}`, import.meta.url), 'utf8')
const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

describe('parseGml', () => {
  it('gives the same topology as the GraphML form of the same Topology Zoo network', () => {
    const gml = parseGml(fixture('alpine.gml'), { file: 'alpine.gml' })
    const graphml = parseGraphml(fixture('alpine.graphml'), { file: 'alpine.graphml' })
    expect(gml.diagnostics).toEqual([])
    expect(gml.topology).toEqual(graphml.topology)
    expect(gml.topology.links[0]).toEqual({ a: 'alpine:0', b: 'alpine:1', label: '10 Gbps', capacity: 10_000 })
  })

  it('drops the spaces around a label, as the Topology Zoo\'s Renam.gml writes "       Cahul", so that a site written Cahul finds it', () => {
    const gml = 'graph [\n  Creator "Topology Zoo Toolset"\n  node [\n    id 0\n    label "Chisinau"\n  ]\n  node [\n    id 2\n    label "       Cahul"\n' +
      '    Country "Moldova"\n    Longitude 28.19444\n    Internal 1\n    Latitude 45.9075\n  ]\n  node [\n    id 3\n    label "   "\n  ]\n' +
      '  edge [\n    source 0\n    target 2\n    LinkSpeedRaw 128000.0\n  ]\n]\n'
    const r = parseGml(gml, { file: 'Renam.gml', network: 'Renam' })
    expect(r.topology.nodes.map((n) => n.label)).toEqual(['Chisinau', 'Cahul', undefined])
  })

  it('reads what NetworkX writes: character references, string ids, metrics and one-line lists', () => {
    const { topology, diagnostics } = parseGml(
      'graph [ directed 0 node [ id 0 label "Z&#252;rich &amp; Co" ] node [ id 1 label "Wien" ]\n' +
      '  edge [ source 0 target 1 weight 7 latency 2.5 ] ]',
      { file: 'nx.gml', network: 'nx' },
    )
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => n.label)).toEqual(['Zürich & Co', 'Wien'])
    expect(topology.links).toEqual([{ a: 'nx:0', b: 'nx:1', metric: 7, latencyMs: 2.5 }])
  })

  it('takes a link length or distance as its metric when it gives no metric, cost or weight', () => {
    const { topology } = parseGml(
      'graph [ node [ id 1 ] node [ id 2 ] node [ id 3 ]\n' +
      '  edge [ source 1 target 2 length 6 ] edge [ source 2 target 3 distance 4.5 ] edge [ source 1 target 3 cost 2 length 9 ] ]',
      { file: 'roads.gml', network: 'r' },
    )
    expect(topology.links.map((l) => l.metric)).toEqual([6, 4.5, 2])
  })

  it('takes TopoHub\'s dist as a length, and a length of 0 (two nodes at one place) as 1, as the great-circle distance is', () => {
    // The layout of TopoHub's redrawing of the Zoo's TataNld (its edges 22-29 and 22-23 as written there):
    // a stats list, numeric labels, lon/lat, and per edge its dist in km and a bw.
    const text = 'graph [\n  name "tatanld"\n  stats [\n    nodes 143\n    links 181\n  ]\n' +
      '  node [\n    id 22\n    label "22"\n    lon 73.83\n    lat 15.48\n  ]\n  node [\n    id 23\n    label "23"\n    lon 75.17\n    lat 15.85\n  ]\n' +
      '  node [\n    id 29\n    label "29"\n    lon 73.83\n    lat 15.48\n  ]\n' +
      '  edge [\n    source 22\n    target 29\n    dist 0.0\n    bw 2471.53\n  ]\n  edge [\n    source 22\n    target 23\n    dist 143.73\n    bw 166.51\n  ]\n]\n'
    const { topology, diagnostics } = parseGml(text, { file: 'tata_nld.gml' })
    expect(diagnostics).toEqual([])
    expect(topology.links.map((l) => l.metric)).toEqual([1, 143.73])
    // A metric given as such keeps its 0.
    expect(parseGml(text.replace('dist 0.0', 'weight 0'), { file: 'tata_nld.gml' }).topology.links[0]!.metric).toBe(0)
  })

  it('reports malformed GML with the line, and skips nodes without id and edges without both ends', () => {
    expect(codes(parseGml('graph [\n  node [ id 0 ]\n  node [\n', { file: 'x.gml' }))).toEqual(['malformed_gml@4'])
    expect(codes(parseGml('graph [\n  node [ id 0 label "open ]\n]\n', { file: 'x.gml' }))).toEqual(['malformed_gml@2'])
    expect(codes(parseGml('<graphml/>', { file: 'x.gml' }))).toEqual(['malformed_gml@1'])
    // nesting that would exhaust the stack is refused, not crashed on
    expect(codes(parseGml(`graph [\n${'a ['.repeat(100_000)}${']'.repeat(100_000)} ]`, { file: 'x.gml' }))).toEqual(['malformed_gml@2'])
    const partial = parseGml('graph [\n node [ id 0 ]\n node [ label "no id" ]\n edge [ source 0 ]\n]\n', { file: 'x.gml' })
    expect(codes(partial)).toEqual(['malformed_gml@3', 'malformed_gml@4'])
    expect(partial.topology.nodes).toHaveLength(1)
    expect(formatDiagnostic(partial.diagnostics[1]!)).toContain('x.gml:4: error: cannot read the GML here: expected an edge with a source and a target')
  })

  it('is recognised by its graph [ line or its .gml extension', () => {
    expect(detectTopologyFormat('zoo.txt', fixture('alpine.gml'))).toBe('gml')
    expect(detectTopologyFormat('net.gml', '')).toBe('gml')
    expect(detectTopologyFormat('links.csv', 'a,b,metric\nx,y,1\n')).toBe('csv')
  })

  it('warns that the edges of a directed graph are routed both ways', () => {
    const r = parseGml('graph [ directed 1 node [ id 0 ] node [ id 1 ] edge [ source 0 target 1 ] ]', { file: 'd.gml' })
    expect(r.topology.links).toHaveLength(1)
    expect(r.diagnostics).toMatchObject([{ code: 'directed_edges', severity: 'warning', edges: 1, total: 1, at: { file: 'd.gml', line: 1 } }])
  })

  it('reads a yEd drawing: labels kept only in LabelGraphics, and direction from the arrowheads drawn', () => {
    // As yEd 2.11 writes GML: tabs, `graph` and `[` on lines of their own, `directed 1` for every
    // drawing, `graphics` and `LabelGraphics` lists; a node whose `label` is empty keeps its text
    // in a second LabelGraphics, and only an edge drawn with an arrowhead has a targetArrow.
    const text = [
      'Creator\t"yFiles"', 'Version\t"2.11"', 'graph', '[', '\thierarchic\t1', '\tlabel\t""', '\tdirected\t1',
      '\tnode\n\t[\n\t\tid\t0\n\t\tlabel\t"BHx"\n\t\tgraphics\n\t\t[\n\t\t\tx\t40.2\n\t\t\ty\t435.0\n\t\t\tw\t64.0\n\t\t\th\t64.0\n\t\t]',
      '\t\tLabelGraphics\n\t\t[\n\t\t\ttext\t"BHx"\n\t\t\tfontSize\t12\n\t\t\tfontName\t"Dialog"\n\t\t\tanchor\t"c"\n\t\t]\n\t]',
      '\tnode\n\t[\n\t\tid\t1\n\t\tlabel\t""\n\t\tgraphics\n\t\t[\n\t\t\tx\t165.2\n\t\t\ty\t435.0\n\t\t]',
      '\t\tLabelGraphics\n\t\t[\n\t\t]\n\t\tLabelGraphics\n\t\t[\n\t\t\ttext\t"Core 2"\n\t\t\tfontSize\t14\n\t\t]\n\t]',
      '\tnode\n\t[\n\t\tid\t2\n\t\tlabel\t"T"\n\t]',
      '\tedge\n\t[\n\t\tsource\t0\n\t\ttarget\t1\n\t\tlabel\t"BO2"\n\t\tgraphics\n\t\t[\n\t\t\tfill\t"#000000"\n\t\t]',
      '\t\tLabelGraphics\n\t\t[\n\t\t\ttext\t"BO2"\n\t\t\tconfiguration\t"AutoFlippingLabel"\n\t\t]\n\t]',
      '\tedge\n\t[\n\t\tsource\t1\n\t\ttarget\t2\n\t\tgraphics\n\t\t[\n\t\t\tfill\t"#000000"\n\t\t\ttargetArrow\t"standard"\n\t\t]\n\t]',
      ']',
    ].join('\n')
    expect(detectTopologyFormat('drawing.gml', text)).toBe('gml')
    const r = parseGml(text, { file: 'drawing.gml', network: 'lab' })
    expect(r.topology.nodes.map((n) => n.label)).toEqual(['BHx', 'Core 2', 'T'])
    expect(r.topology.links).toEqual([{ a: 'lab:0', b: 'lab:1', label: 'BO2' }, { a: 'lab:1', b: 'lab:2' }])
    expect(r.diagnostics).toMatchObject([{ code: 'directed_edges', edges: 1, total: 2 }])
    // Without arrowheads nothing is warned about; a GML that is not yEd's keeps its `directed 1`.
    expect(parseGml(text.replace('\t\t\ttargetArrow\t"standard"\n', ''), { file: 'drawing.gml' }).diagnostics).toEqual([])
    expect(parseGml(text.replace('yFiles', 'igraph version 0.10'), { file: 'drawing.gml' }).diagnostics).toMatchObject([{ code: 'directed_edges', edges: 2, total: 2 }])
  })

  it('skips self-loops with one warning that counts them and names the first nodes', () => {
    const text = [
      'graph [ directed 1', //                                            1
      '  node [ id 0 label "Oslo" ] node [ id 1 ] node [ id 2 ] node [ id 3 ]', //   2
      '  edge [ source 0 target 0 ]', //                                 3
      '  edge [ source 0 target 1 ] edge [ source 1 target 0 ]', //     4
      '  edge [ source 1 target 1 ] edge [ source 2 target 2 ] edge [ source 3 target 3 ]', // 5
      ']',
    ].join('\n')
    const r = parseGml(text, { file: 'loops.gml' })
    expect(r.topology.links).toHaveLength(2)
    expect(r.diagnostics.filter((d) => d.code === 'self_loops_skipped')).toMatchObject([{ severity: 'warning', links: 4, nodes: ['Oslo (0)', '1', '2'], at: { line: 3 } }])
    expect(formatDiagnostic(r.diagnostics.find((d) => d.code === 'self_loops_skipped')!)).toMatchInlineSnapshot(`"loops.gml:3: warning: 4 links go from a node to itself ("Oslo (0)", "1", "2", …) and are skipped: a self-loop carries no traffic between nodes."`)
  })
})
