import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { arrayElementLines, arrayElementLinesAt } from './json-text.js'
import { parseTopologyJson } from './topology-json.js'

const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

const DOC = `{
  "network": "op-de",
  "nodes": [
    { "id": "fra", "label": "Frankfurt", "lat": 50.11, "lon": 8.68, "site": "site-fra", "devices": ["rt-1"] },
    { "id": 2, "label": "Berlin" }
  ],
  "links": [
    { "a": "fra", "b": "2", "metric": 10, "capacity": 100000, "latencyMs": 4.5 }
  ]
}`

describe('parseTopologyJson', () => {
  it('reads nodes and links, taking the network from the document', () => {
    const { topology, diagnostics } = parseTopologyJson(DOC, { file: 'de.json' })
    expect(diagnostics).toEqual([])
    expect(topology).toEqual({
      networks: ['op-de'],
      nodes: [
        { id: 'op-de:fra', network: 'op-de', label: 'Frankfurt', lat: 50.11, lon: 8.68, site: 'site-fra', devices: ['rt-1'] },
        { id: 'op-de:2', network: 'op-de', label: 'Berlin' },
      ],
      links: [{ a: 'op-de:fra', b: 'op-de:2', metric: 10, capacity: 100_000, latencyMs: 4.5 }],
    })
  })

  it('lets the caller name the network over the document', () => {
    expect(parseTopologyJson(DOC, { file: 'de.json', network: 'de' }).topology.networks).toEqual(['de'])
  })

  it('reports bad entries with their line and path and keeps the rest', () => {
    const text = '{"nodes": [\n  {"id": "a", "lat": "north"},\n  {"label": "no id"},\n  {"id": "b"}\n],\n"links": [\n  {"a": "a", "b": "zz"},\n  {"a": "a", "b": "b", "metric": -1}\n]}'
    const r = parseTopologyJson(text, { file: 'n.json' })
    expect(codes(r)).toEqual(['invalid_field@2', 'invalid_field@3', 'unknown_node@7', 'invalid_field@8'])
    expect(r.diagnostics[2]!.at.path).toEqual(['links', 0])
    expect(r.topology.links).toEqual([{ a: 'n:a', b: 'n:b' }])
  })

  it('reports malformed JSON at its line and column', () => {
    const r = parseTopologyJson('{\n  "nodes": [\n    {"id": "a",}\n  ]\n}', { file: 'n.json' })
    expect(r.diagnostics).toMatchObject([{ code: 'malformed_json', at: { line: 3, column: expect.any(Number) } }])
    expect(r.topology.nodes).toEqual([])
    // A topology saved twice into one file: the error is where the second starts.
    const one = '{\n  "links": [{"a": "x", "b": "y"}]\n}\n'
    const twice = parseTopologyJson(one + one, { file: 'n.json' })
    expect(twice.diagnostics).toMatchObject([{ code: 'malformed_json', at: { line: 4, column: 1 } }])
    expect(twice.diagnostics[0]).toMatchObject({ problem: expect.not.stringMatching(/position/) })
  })

  it('rejects JSON that is not a topology object', () => {
    expect(codes(parseTopologyJson('[1, 2]', { file: 'n.json' }))).toEqual(['malformed_json@1'])
  })

  // NetJSON (netjson.org, RFC draft, "NetworkGraph" and "NetworkCollection"): the routing graph that
  // OLSR, BATMAN and OpenWrt's netjson-monitoring publish, node ids the routers' addresses.
  const GRAPH = { type: 'NetworkGraph', protocol: 'OLSR', version: '0.6.6', metric: 'ETX', router_id: '172.16.40.24',
    nodes: [{ id: '172.16.40.24', label: 'node-a' }, { id: '172.16.40.60' }, { id: '172.16.39.85' }],
    links: [{ source: '172.16.40.24', target: '172.16.40.60', cost: 1.0 }, { source: '172.16.40.60', target: '172.16.39.85', cost: 2.0 }] }

  it('reads a NetJSON NetworkGraph, its cost the metric, and refuses a NetworkCollection of graphs with what to give instead', () => {
    const graph = parseTopologyJson(JSON.stringify(GRAPH, null, 2), { file: 'olsr.json' })
    expect([graph.topology.nodes.map((n) => n.label ?? n.id), graph.topology.links.map((l) => l.metric), graph.diagnostics]).toEqual(
      [['node-a', 'olsr:172.16.40.60', 'olsr:172.16.39.85'], [1, 2], []])
    const collection = parseTopologyJson(JSON.stringify({ type: 'NetworkCollection', collection: [GRAPH] }), { file: 'all.json' })
    expect([codes(collection), collection.topology.nodes]).toEqual([['malformed_json@1'], []])
    expect(formatDiagnostic(collection.diagnostics[0]!)).toMatch(/NetJSON NetworkCollection.*save one of its NetworkGraph objects/)
    // Any other object without nodes or links (a router's JSON output) is named by its keys, not read as a network of no nodes.
    const other = parseTopologyJson('{"routerId": "1.1.1.1", "routerLinkStates": {}}', { file: 'ospf.json' })
    expect(formatDiagnostic(other.diagnostics[0]!)).toMatch(/but this is an object of "routerId", "routerLinkStates"/)
  })
})

describe('arrayElementLines', () => {
  it('finds the line of each element of top-level arrays, ignoring brackets inside strings and nested arrays', () => {
    const lines = arrayElementLines('{"nodes": [\n {"id": "[a]", "devices": [\n "x"]},\n {"id": "b"}],\n "links": []}')
    expect(lines.get('nodes')).toEqual([2, 4])
    expect(lines.get('links')).toBeUndefined()
    expect(arrayElementLines('[\n1,\n"2",\n{}]').get('')).toEqual([2, 3, 4])
  })
})

describe('arrayElementLinesAt', () => {
  it('finds the line of each element of the array at a nested path only, not of an array of the same name elsewhere', () => {
    const text = '{"nodes": [\n1],\n "topology": {"name": "lab",\n  "nodes": [\n   {"nodes": [\n 2]},\n   {"name": "R2"}],\n  "links": []}}'
    expect(arrayElementLinesAt(text, ['topology', 'nodes'])).toEqual([5, 7])
    expect(arrayElementLinesAt(text, ['nodes'])).toEqual([2])
    expect(arrayElementLinesAt(text, ['topology', 'links'])).toEqual([])
  })
})
