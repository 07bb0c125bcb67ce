import { describe, expect, it } from 'vitest'
import type { Topology } from '../../domain/topology.js'
import { detectTopologyFormat } from './detect.js'
import { parseGraphml } from './graphml.js'
import { parseLinkCsv } from './link-csv.js'
import { parseSndlib } from './sndlib.js'
import { parseTopologyJson } from './topology-json.js'
import { parseTopologySpec } from './source.js'

/** One small network written in every format: two nodes with coordinates, one link. */
const WRITTEN = {
  graphml: `<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="Longitude" attr.type="double" for="node" id="d1" />
  <key attr.name="Latitude" attr.type="double" for="node" id="d0" />
  <graph edgedefault="undirected">
    <node id="ZRH"><data key="d0">47.37</data><data key="d1">8.55</data></node>
    <node id="VIE"><data key="d0">48.21</data><data key="d1">16.37</data></node>
    <edge source="ZRH" target="VIE" />
  </graph>
</graphml>`,
  json: '{"nodes":[{"id":"ZRH","lat":47.37,"lon":8.55},{"id":"VIE","lat":48.21,"lon":16.37}],"links":[{"a":"ZRH","b":"VIE"}]}',
  csv: 'a,b\nZRH,VIE\n',
  csvNodes: 'id,lat,lon\nZRH,47.37,8.55\nVIE,48.21,16.37\n',
  sndlib: 'NODES (\n  ZRH ( 8.55 47.37 )\n  VIE ( 16.37 48.21 )\n)\nLINKS (\n  L1 ( ZRH VIE ) 0 0 0 0 ( )\n)\n',
}

const EXPECTED: Topology = {
  networks: ['ch'],
  nodes: [{ id: 'ch:ZRH', network: 'ch', lat: 47.37, lon: 8.55 }, { id: 'ch:VIE', network: 'ch', lat: 48.21, lon: 16.37 }],
  links: [{ a: 'ch:ZRH', b: 'ch:VIE' }],
}

describe('topology formats', () => {
  it('give the same topology for the same network in GraphML, JSON, CSV and SNDlib', () => {
    const source = { file: 'x', network: 'ch' }
    const results = [
      parseGraphml(WRITTEN.graphml, source),
      parseTopologyJson(WRITTEN.json, source),
      parseLinkCsv(WRITTEN.csv, source, { nodes: { text: WRITTEN.csvNodes, file: 'nodes.csv' } }),
      parseSndlib(WRITTEN.sndlib, source),
    ]
    for (const r of results) {
      expect(r.diagnostics).toEqual([])
      expect({ ...r.topology, links: r.topology.links.map(({ a, b }) => ({ a, b })) }).toEqual(EXPECTED)
    }
  })

  it('are told apart by content first, then by extension', () => {
    expect(detectTopologyFormat('de.txt', WRITTEN.graphml)).toBe('graphml')
    expect(detectTopologyFormat('abilene.txt', '?SNDlib native format; type: network\n')).toBe('sndlib')
    expect(detectTopologyFormat('n.txt', WRITTEN.sndlib)).toBe('sndlib')
    expect(detectTopologyFormat('de.json', WRITTEN.json)).toBe('json')
    expect(detectTopologyFormat('de', WRITTEN.json)).toBe('json')
    expect(detectTopologyFormat('links.csv', WRITTEN.csv)).toBe('csv')
    expect(detectTopologyFormat('links', WRITTEN.csv)).toBe('csv')
  })

  it('are named on the command line as <network>=<file> or a bare file', () => {
    expect(parseTopologySpec('de=topo/de.graphml')).toEqual({ network: 'de', path: 'topo/de.graphml' })
    expect(parseTopologySpec('topo/de.graphml')).toEqual({ path: 'topo/de.graphml' })
  })
})
