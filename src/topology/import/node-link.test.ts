import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { parseGraphml } from './graphml.js'
import { parseTopologyJson } from './topology-json.js'

const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

/**
 * A Topology Zoo network as NetworkX 3.6 writes it after `read_graphml`: `json.dump(node_link_data(G),
 * f, indent=1)` of a MultiGraph, ids as strings, `edges` as the link list, `key` on each edge.
 */
const NX36 = `{
 "directed": false,
 "multigraph": true,
 "graph": {
  "node_default": {},
  "edge_default": {},
  "Network": "Alpine",
  "Backbone": 1
 },
 "nodes": [
  {
   "Internal": 1,
   "Latitude": 47.37,
   "Country": "Switzerland",
   "Longitude": 8.55,
   "label": "Zurich",
   "id": "0"
  },
  {
   "Internal": 0,
   "Latitude": 48.21,
   "Country": "Austria",
   "Longitude": 16.37,
   "label": "Vienna",
   "id": "1"
  },
  {
   "label": "Milan",
   "id": "2"
  }
 ],
 "edges": [
  {
   "LinkLabel": "10 Gbps",
   "LinkSpeedRaw": 10000000000.0,
   "key": 0,
   "source": "0",
   "target": "1"
  },
  {
   "LinkLabel": "backup",
   "key": 1,
   "source": "0",
   "target": "1"
  },
  {
   "weight": 7,
   "delay": 2.5,
   "key": 0,
   "source": "0",
   "target": "2"
  }
 ]
}`

/** The same network as GraphML, the way the Topology Zoo writes it. */
const GRAPHML = `<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="d0" />
  <key attr.name="Latitude" attr.type="double" for="node" id="d1" />
  <key attr.name="Longitude" attr.type="double" for="node" id="d2" />
  <key attr.name="Country" attr.type="string" for="node" id="d3" />
  <key attr.name="Internal" attr.type="int" for="node" id="d4" />
  <key attr.name="LinkLabel" attr.type="string" for="edge" id="d5" />
  <key attr.name="LinkSpeedRaw" attr.type="double" for="edge" id="d6" />
  <key attr.name="weight" attr.type="int" for="edge" id="d7" />
  <key attr.name="delay" attr.type="double" for="edge" id="d8" />
  <graph edgedefault="undirected">
    <node id="0"><data key="d0">Zurich</data><data key="d1">47.37</data><data key="d2">8.55</data><data key="d3">Switzerland</data><data key="d4">1</data></node>
    <node id="1"><data key="d0">Vienna</data><data key="d1">48.21</data><data key="d2">16.37</data><data key="d3">Austria</data><data key="d4">0</data></node>
    <node id="2"><data key="d0">Milan</data></node>
    <edge source="0" target="1"><data key="d5">10 Gbps</data><data key="d6">10000000000.0</data></edge>
    <edge source="0" target="1"><data key="d5">backup</data></edge>
    <edge source="0" target="2"><data key="d7">7</data><data key="d8">2.5</data></edge>
  </graph>
</graphml>`

describe('parseTopologyJson on node-link JSON (NetworkX, d3)', () => {
  it('reads what NetworkX 3.6 writes with the GraphML attribute rules, parallel links kept', () => {
    const nodeLink = parseTopologyJson(NX36, { file: 'alpine.json' })
    expect(nodeLink.diagnostics).toEqual([])
    expect(nodeLink.topology).toEqual(parseGraphml(GRAPHML, { file: 'alpine.graphml' }).topology)
    expect(nodeLink.topology.nodes[1]).toEqual({ id: 'alpine:1', network: 'alpine', label: 'Vienna', lat: 48.21, lon: 16.37, country: 'Austria', external: true })
    expect(nodeLink.topology.links).toEqual([
      { a: 'alpine:0', b: 'alpine:1', label: '10 Gbps', capacity: 10_000 },
      { a: 'alpine:0', b: 'alpine:1', label: 'backup' },
      { a: 'alpine:0', b: 'alpine:2', metric: 7, latencyMs: 2.5 },
    ])
  })

  it('reads the "links" list of NetworkX up to 3.5, with numeric ids and nodes without attributes', () => {
    const text = '{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"Latitude": 50.1, "Longitude": 8.6, "label": "Frankfurt", "id": 0}, {"id": 1}], ' +
      '"links": [{"source": 0, "target": 1, "LinkSpeed": "10", "LinkSpeedUnits": "G"}]}'
    const { topology, diagnostics } = parseTopologyJson(text, { file: 'nx.json' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([{ id: 'nx:0', network: 'nx', label: 'Frankfurt', lat: 50.1, lon: 8.6 }, { id: 'nx:1', network: 'nx' }])
    expect(topology.links).toEqual([{ a: 'nx:0', b: 'nx:1', capacity: 10_000 }])
  })

  it('reads the adjacency JSON of NetworkX (json_graph.adjacency_data): each undirected edge once, parallel ones by their key', () => {
    // NetworkX 3.6's adjacency_data of a multigraph: each edge listed under both its ends.
    const text = '{"directed": false, "multigraph": true, "graph": {}, "nodes": [{"label": "Frankfurt", "id": "0"}, {"label": "Berlin", "id": "1"}, {"label": "Munich", "id": "2"}],\n'
      + '"adjacency": [[{"LinkLabel": "10G", "id": "1", "key": 0}, {"LinkLabel": "100G", "id": "1", "key": 1}, {"id": "2", "key": 0}],\n'
      + '[{"LinkLabel": "10G", "id": "0", "key": 0}, {"LinkLabel": "100G", "id": "0", "key": 1}],\n[{"id": "0", "key": 0}]]}'
    const { topology, diagnostics } = parseTopologyJson(text, { file: 'nx.json' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => n.label)).toEqual(['Frankfurt', 'Berlin', 'Munich'])
    expect(topology.links).toEqual([{ a: 'nx:0', b: 'nx:1', label: '10G' }, { a: 'nx:0', b: 'nx:1', label: '100G' }, { a: 'nx:0', b: 'nx:2' }])
    // A directed graph lists each edge once, under its source.
    const directed = parseTopologyJson('{"directed": true, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "adjacency": [[{"id": "b"}], [{"id": "a"}]]}', { file: 'd.json' })
    expect(directed.topology.links).toHaveLength(2)
  })

  it('warns about a directed graph once, as for GraphML', () => {
    const text = '{"directed": true, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}],\n"links": [{"source": "a", "target": "b"}, {"source": "b", "target": "a"}]}'
    const r = parseTopologyJson(text, { file: 'd.json' })
    expect(r.diagnostics).toMatchObject([{ code: 'directed_edges', edges: 2, total: 2 }])
    expect(r.topology.links).toHaveLength(2)
  })

  it('reads the link ends of NetworkX 1.x as positions in the node list, and says so', () => {
    // NetworkX 1.11 wrote each node's name as its id and each link end as the node's position.
    const text = '{"directed": false, "multigraph": false, "graph": {"name": ""},\n"nodes": [{"id": "fra"}, {"id": "ber"}, {"id": "muc"}],\n"links": [\n{"source": 0, "target": 1},\n{"source": 1, "target": 2}]}'
    const r = parseTopologyJson(text, { file: 'old.json', network: 'de' })
    expect(r.topology.links).toEqual([{ a: 'de:fra', b: 'de:ber' }, { a: 'de:ber', b: 'de:muc' }])
    expect(codes(r)).toEqual(['link_ends_by_position@4'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"old.json:4 (links[0]): warning: the links name their nodes by position in the "nodes" list (0 for the first), as NetworkX before 2.0 and d3's force layout write them: 4 numeric link ends are no node's id, and every numeric end is a position among the 3 nodes. Each is read as the node at that position; check a few links, or write node ids in "source" and "target"."`)
  })

  it('reads numeric ends as ids when they name nodes, even when ids do not start at 0', () => {
    const text = '{"multigraph": false, "nodes": [{"id": 1}, {"id": 2}, {"id": 3}], "links": [{"source": 1, "target": 2}, {"source": 3, "target": 7}]}'
    const r = parseTopologyJson(text, { file: 'ids.json', network: 'n' })
    expect(r.topology.links).toEqual([{ a: 'n:1', b: 'n:2' }])
    // 7 is no position among 3 nodes, so the ends stay ids and 7 is an unknown node.
    expect(r.diagnostics).toMatchObject([{ code: 'unknown_node', node: '7', end: 'target' }])
  })

  it('reads d3 data: nodes without ids linked by index, and ends replaced by node objects after a simulation', () => {
    const v3 = '{"nodes": [{"name": "Myriel", "group": 1}, {"name": "Napoleon", "group": 1}], "links": [{"source": 1, "target": 0, "value": 1}]}'
    const before = parseTopologyJson(v3, { file: 'miserables.json', network: 'm' })
    expect(before.diagnostics).toEqual([])
    expect(before.topology.nodes.map((n) => [n.id, n.label])).toEqual([['m:0', 'Myriel'], ['m:1', 'Napoleon']])
    expect(before.topology.links).toEqual([{ a: 'm:1', b: 'm:0' }])
    const after = '{"nodes": [{"id": "fra", "index": 0, "x": 1.5, "y": 2}, {"id": "ber", "index": 1, "x": 3, "y": 4}],' +
      ' "links": [{"source": {"id": "fra", "index": 0, "x": 1.5, "y": 2}, "target": {"id": "ber", "index": 1, "x": 3, "y": 4}, "index": 0}]}'
    const r = parseTopologyJson(after, { file: 'sim.json', network: 'd' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.links).toEqual([{ a: 'd:fra', b: 'd:ber' }])
  })

  it('reports a link without its ends with the keys it has, and keeps the rest', () => {
    const text = '{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}],\n"links": [\n{"from": "a", "to": "b", "weight": 3},\n{"source": "a", "target": "b"}]}'
    const r = parseTopologyJson(text, { file: 'nl.json', network: 'n' })
    expect(r.topology.links).toEqual([{ a: 'n:a', b: 'n:b' }])
    expect(r.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "nl.json:3 (links[0]): error: the link has no "source" and "target" (its keys: "from", "to", "weight"); it is skipped. Name the two nodes it joins by their ids in "source" and "target".",
      ]
    `)
  })
})

describe('parseTopologyJson on its own format', () => {
  it('reports a link without "b" with the keys it has', () => {
    const r = parseTopologyJson('{"nodes": [{"id": "a"}],\n"links": [{"a": "a", "node_b": "b", "metric": 2}]}', { file: 't.json' })
    expect(r.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "t.json:2 (links[0]): error: the link has no "b" (its keys: "a", "node_b", "metric"); it is skipped. Name the two nodes it joins by their ids in "a" and "b".",
      ]
    `)
  })
})
