import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { isCytoscapeJson, parseCytoscapeJson } from './cytoscape-json.js'
import { detectTopologyFormat } from './detect.js'
import { isNodeLinkJson } from './node-link.js'
import { isGns3Project } from './gns3.js'
import { parseTopologyJson } from './topology-json.js'

const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

/** Cytoscape 3.8's `.cyjs` export, in its shape: ids are SUIDs, names the labels, a Weight column. */
const CYJS = `{
  "format_version" : "1.0",
  "generated_by" : "cytoscape-3.8.2",
  "target_cytoscapejs_version" : "~2.1",
  "data" : {
    "shared_name" : "backbone.csv",
    "name" : "backbone.csv",
    "SUID" : 61,
    "__Annotations" : [ ],
    "selected" : true
  },
  "elements" : {
    "nodes" : [ {
      "data" : {
        "id" : "78",
        "shared_name" : "Frankfurt",
        "name" : "Frankfurt",
        "Latitude" : 50.11,
        "Longitude" : 8.68,
        "SUID" : 78,
        "selected" : false
      },
      "position" : {
        "x" : 48.01087173553449,
        "y" : -6.816946144648217
      },
      "selected" : false
    }, {
      "data" : {
        "id" : "75",
        "shared_name" : "Berlin",
        "name" : "Berlin",
        "SUID" : 75,
        "selected" : false
      },
      "position" : {
        "x" : -25.42422045988492,
        "y" : 62.277062047273034
      },
      "selected" : false
    } ],
    "edges" : [ {
      "data" : {
        "id" : "79",
        "source" : "78",
        "target" : "75",
        "shared_name" : "Frankfurt (interacts with) Berlin",
        "shared_interaction" : "interacts with",
        "name" : "Frankfurt (interacts with) Berlin",
        "interaction" : "interacts with",
        "SUID" : 79,
        "Weight" : 12,
        "selected" : false
      },
      "selected" : false
    }, {
      "data" : {
        "id" : "80",
        "source" : "75",
        "target" : "78",
        "SUID" : 80,
        "label" : "backup",
        "selected" : false
      },
      "selected" : false
    } ]
  }
}`

describe('parseCytoscapeJson', () => {
  it('reads a Cytoscape desktop export by the GraphML attribute rules: names as labels, Weight as metric, positions not read', () => {
    const r = parseCytoscapeJson(CYJS, { file: 'backbone.cyjs' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology).toEqual({
      networks: ['backbone'],
      nodes: [
        { id: 'backbone:78', network: 'backbone', label: 'Frankfurt', lat: 50.11, lon: 8.68 },
        { id: 'backbone:75', network: 'backbone', label: 'Berlin' },
      ],
      // An edge's name ("Frankfurt (interacts with) Berlin") is no label; parallel edges stay links.
      links: [{ a: 'backbone:78', b: 'backbone:75', metric: 12 }, { a: 'backbone:75', b: 'backbone:78', label: 'backup' }],
    })
  })

  it('is what the JSON reader makes of the same file saved as .json, and .cyjs is detected', () => {
    expect(parseTopologyJson(CYJS, { file: 'backbone.json' })).toEqual(parseCytoscapeJson(CYJS, { file: 'backbone.cyjs' }))
    expect(detectTopologyFormat('backbone.cyjs', CYJS)).toBe('cytoscape')
    expect(detectTopologyFormat('backbone.json', CYJS)).toBe('json')
  })

  it('reads cy.json(true), one list of elements that say their group or are told by source and target, compound parents as nodes', () => {
    const text = `{"elements": [
{"group": "nodes", "data": {"id": "site-a"}, "position": {"x": 1, "y": 2}},
{"group": "nodes", "data": {"id": "r1", "label": "Router 1", "parent": "site-a"}, "position": {"x": 1, "y": 2}, "selected": false, "classes": ""},
{"data": {"id": "r2", "name": "Router 2"}},
{"data": {"id": "e1", "source": "r1", "target": "r2", "cost": 5, "latency": 1.5}},
{"group": "edges", "data": {"id": "e2", "source": "r2", "target": "r1"}, "pannable": true}
], "style": [], "zoom": 1, "pan": {"x": 0, "y": 0}}`
    const r = parseCytoscapeJson(text, { file: 'cy.json', network: 'lab' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes).toEqual([
      { id: 'lab:site-a', network: 'lab' },
      { id: 'lab:r1', network: 'lab', label: 'Router 1' },
      { id: 'lab:r2', network: 'lab', label: 'Router 2' },
    ])
    expect(r.topology.links).toEqual([{ a: 'lab:r1', b: 'lab:r2', metric: 5, latencyMs: 1.5 }, { a: 'lab:r2', b: 'lab:r1' }])
  })

  it('reads cy.json() of a graph without edges, where the edges list is left out', () => {
    const r = parseCytoscapeJson('{"elements": {"nodes": [{"data": {"id": "a"}, "group": "nodes", "removed": false}]}, "zoom": 1}', { file: 'one.json', network: 'n' })
    expect([r.topology.nodes.map((n) => n.id), r.diagnostics]).toEqual([['n:a'], []])
  })

  it('reads NetworkX\'s cytoscape_data: edges name nodes by value, a name that repeats the id is no label, directed is warned about', () => {
    // nx.cytoscape_data of a DiGraph with integer nodes, one named, one with an `id` attribute of its own.
    const text = `{"data": [["name", "core"]], "directed": true, "multigraph": false, "elements": {
"nodes": [
{"data": {"name": "Zurich", "Latitude": 47.37, "Longitude": 8.55, "id": "0", "value": 0}},
{"data": {"id": "vie", "value": 1, "name": "1"}},
{"data": {"id": "2", "value": 2, "name": "2"}}],
"edges": [
{"data": {"weight": 3, "source": 0, "target": 1}},
{"data": {"source": 1, "target": 2}}]}}`
    const r = parseTopologyJson(text, { file: 'nx.json', network: 'ch' })
    expect(r.topology.nodes).toEqual([
      { id: 'ch:0', network: 'ch', label: 'Zurich', lat: 47.37, lon: 8.55 },
      { id: 'ch:vie', network: 'ch', label: '1' },
      { id: 'ch:2', network: 'ch' },
    ])
    expect(r.topology.links).toEqual([{ a: 'ch:0', b: 'ch:vie', metric: 3 }, { a: 'ch:vie', b: 'ch:2' }])
    expect(r.diagnostics).toMatchObject([{ code: 'directed_edges', edges: 2, total: 2 }])
  })

  it('reports elements without data, edges without ends and unknown ends at their lines, and reads the rest', () => {
    const text = '{"elements": {"nodes": [\n{"data": {"id": "a"}},\n{"position": {"x": 0, "y": 0}},\n{"data": {"id": "b"}}],\n"edges": [\n{"data": {"source": "a"}},\n{"data": {"source": "a", "target": "zz"}},\n{"data": {"source": "a", "target": "b"}}]}}'
    const r = parseCytoscapeJson(text, { file: 'bad.cyjs', network: 'n' })
    expect(r.topology.links).toEqual([{ a: 'n:a', b: 'n:b' }])
    expect(codes(r)).toEqual(['invalid_field@3', 'missing_link_ends@6', 'unknown_node@7'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('bad.cyjs:3 (elements.nodes[1]): error: field "data" has the value ""; expected an element with its "data", e.g. {"data": {"id": "fra", "name": "Frankfurt"}}.')
    expect(formatDiagnostic(r.diagnostics[1]!)).toContain('bad.cyjs:6 (elements.edges[0]): error: the link has no "data.target"')
  })

  it('refuses JSON of another shape given as .cyjs, naming the shape it expects, as well-formed JSON rather than as a syntax error', () => {
    const r = parseCytoscapeJson('{"nodes": [{"id": "a"}], "links": []}', { file: 'x.cyjs' })
    expect(r.diagnostics).toMatchObject([{ code: 'malformed_json', problem: expect.stringContaining('expected Cytoscape JSON'), wellFormed: true }])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatch(/^x\.cyjs:1: error: the JSON is well-formed but not what is read here: expected Cytoscape JSON: .*\. Check that this is the intended file, and the option it goes with\.$/)
    const cut = parseCytoscapeJson('{"elements": {"nodes": [{"data": {"id": "a"', { file: 'cut.cyjs' })
    expect(cut.diagnostics).toMatchObject([{ code: 'malformed_json', at: { line: 1 } }])
    expect(formatDiagnostic(cut.diagnostics[0]!)).toContain('not valid JSON')
  })

  it('reads a NaN weight, as Python\'s json module writes one, as no weight, and points at an Infinity with its line and column and what to write instead', () => {
    const text = '{"directed": false, "multigraph": false, "elements": {\n"nodes": [{"data": {"id": "0", "value": 0, "name": "NaN"}}, {"data": {"id": "1", "value": 1}}],\n"edges": [{"data": {"source": 0, "target": 1, "weight": NaN}}]}}\n'
    const nan = parseCytoscapeJson(text, { file: 'nx.cyjs', network: 'nx' })
    expect(nan.diagnostics).toEqual([])
    expect(nan.topology.links).toEqual([{ a: 'nx:0', b: 'nx:1' }])
    const r = parseCytoscapeJson(text.replace('NaN}', 'Infinity}'), { file: 'nx.cyjs', network: 'nx' })
    expect(r.diagnostics).toMatchObject([{ code: 'malformed_json', at: { line: 3, column: 57 } }])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('nx.cyjs:3:57: error: not valid JSON: Infinity is no JSON value (Python\'s json module writes it for a number that is not finite): write null, or a number. ' +
      'Fix the JSON syntax on this line (one JSON object per line for JSON Lines).')
    expect(parseCytoscapeJson(text.replace('NaN}', '-Infinity}'), { file: 'nx.cyjs' }).diagnostics).toMatchObject([{ problem: expect.stringMatching(/^-Infinity is no JSON value/) }])
  })

  it('reads an empty elements list, as Cytoscape.js gives for an empty graph, as a network without nodes rather than as no Cytoscape JSON', () => {
    for (const text of ['{"elements": []}', '{"elements": {"nodes": [], "edges": []}}']) {
      const r = parseCytoscapeJson(text, { file: 'empty.cyjs', network: 'e' })
      expect([r.topology.nodes, r.diagnostics.map((d) => d.code)]).toEqual([[], ['nothing_imported']])
    }
  })
})

describe('Cytoscape JSON among the JSON topologies', () => {
  const nxCytoscape = JSON.parse('{"data": [], "directed": false, "multigraph": false, "elements": {"nodes": [{"data": {"id": "0", "value": 0, "name": "0"}}], "edges": []}}') as unknown
  const nodeLink = JSON.parse('{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": 0}], "links": []}') as unknown
  const gns3 = JSON.parse('{"name": "lab", "project_id": "x", "revision": 9, "topology": {"nodes": [], "links": []}, "type": "topology"}') as unknown

  it('is told from node-link JSON, which has the same NetworkX flags, and from a GNS3 project, both ways', () => {
    expect([isCytoscapeJson(nxCytoscape), isCytoscapeJson(nodeLink), isCytoscapeJson(gns3)]).toEqual([true, false, false])
    expect(isGns3Project(nxCytoscape)).toBe(false)
    // isNodeLinkJson alone would take it (its flags); the JSON reader asks for Cytoscape JSON first.
    const r = parseTopologyJson(JSON.stringify(nxCytoscape), { file: 'g.json', network: 'g' })
    expect([r.topology.nodes.map((n) => n.id), r.diagnostics]).toEqual([['g:0'], []])
    expect(isNodeLinkJson(nodeLink as Record<string, unknown>)).toBe(true)
    expect(parseTopologyJson(JSON.stringify(nodeLink), { file: 'g.json', network: 'g' }).topology.nodes.map((n) => n.id)).toEqual(['g:0'])
  })

  it('names Cytoscape JSON among the shapes when a JSON file is none of them', () => {
    const r = parseTopologyJson('[{"group": "nodes"}]', { file: 'x.json' })
    expect(r.diagnostics).toMatchObject([{ code: 'malformed_json', problem: expect.stringContaining('Cytoscape JSON ("elements")') }])
  })
})
