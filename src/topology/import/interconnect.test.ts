import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { TrustpathError } from '../../errors.js'
import { parseInterconnect } from './interconnect.js'
import { parseLinkCsv } from './link-csv.js'
import { mergeTopologies } from './merge.js'
import { parseTopologyJson } from './topology-json.js'

const DE = parseTopologyJson('{"nodes":[{"id":"1","label":"Frankfurt"},{"id":"2","label":"Munich"},{"id":"3","label":"Munich"}],"links":[{"a":"1","b":"2"}]}', { file: 'de.json' }).topology
const IT = parseLinkCsv('a,b\nmil,rom\n', { file: 'it.csv' }).topology
const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

describe('mergeTopologies', () => {
  it('keeps each network under its own qualified ids, in load order', () => {
    const all = mergeTopologies([{ network: 'de', topology: DE }, { network: 'it', topology: IT }])
    expect(all.networks).toEqual(['de', 'it'])
    expect(all.nodes.map((n) => n.id)).toEqual(['de:1', 'de:2', 'de:3', 'it:mil', 'it:rom'])
    expect(all.links).toEqual([{ a: 'de:1', b: 'de:2' }, { a: 'it:mil', b: 'it:rom' }])
  })

  it('renames a network, replacing the prefix the parser gave', () => {
    const all = mergeTopologies([{ network: 'italy', topology: IT }])
    expect(all.nodes).toEqual([{ id: 'italy:mil', network: 'italy' }, { id: 'italy:rom', network: 'italy' }])
    expect(all.links).toEqual([{ a: 'italy:mil', b: 'italy:rom' }])
  })

  it('refuses the same network twice with a usage error', () => {
    expect(() => mergeTopologies([{ network: 'de', topology: DE }, { network: 'de', topology: IT }])).toThrow(TrustpathError)
  })
})

describe('parseInterconnect', () => {
  const all = mergeTopologies([{ network: 'de', topology: DE }, { network: 'it', topology: IT }])

  it('reads an interconnect table headed in Italian or Japanese, with decimal commas, as the same table headed in English', () => {
    const english = parseInterconnect('a,b,metric,latency_ms\nde:1,it:mil,50,9.5\n', { file: 'ix.csv' }, all)
    const italian = parseInterconnect('Origine;Destinazione;Costo;Latenza\nde:1;it:mil;50;9,5\n', { file: 'ix.csv' }, all)
    const japanese = parseInterconnect('始点,終点,メトリック,遅延\nde:1,it:mil,50,9.5\n', { file: 'ix.csv' }, all)
    expect(english.links).toEqual([{ a: 'de:1', b: 'it:mil', metric: 50, latencyMs: 9.5, interconnect: true }])
    for (const r of [italian, japanese]) {
      expect(r.diagnostics).toEqual([])
      expect(r.links).toEqual(english.links)
    }
  })

  it('links networks by qualified ids and by labels qualified with the network', () => {
    const r = parseInterconnect('a,b,metric,capacity,latency_ms\nde:1,it:mil,50,10000,9\nde:frankfurt,it:rom,,,\n', { file: 'ix.csv' }, all)
    expect(r.diagnostics).toEqual([])
    expect(r.links).toEqual([
      { a: 'de:1', b: 'it:mil', metric: 50, capacity: 10_000, latencyMs: 9, interconnect: true },
      { a: 'de:1', b: 'it:rom', interconnect: true },
    ])
    expect(r.topology.links).toHaveLength(4)
    expect(all.links).toHaveLength(2)
  })

  it('reads the network of an end in any case, as flow ends and sites are read (colt: for Colt.graphml), unless two networks differ only by case', () => {
    const zoo = mergeTopologies([{ network: 'Colt', topology: DE }, { network: 'nobel', topology: IT }])
    const r = parseInterconnect('a,b\ncolt:Frankfurt,NOBEL:mil\ncolt:1,nobel:rom\n', { file: 'ix.csv' }, zoo)
    expect(r.diagnostics).toEqual([])
    expect(r.links).toEqual([{ a: 'Colt:1', b: 'nobel:mil', interconnect: true }, { a: 'Colt:1', b: 'nobel:rom', interconnect: true }])
    const twice = mergeTopologies([{ network: 'de', topology: DE }, { network: 'DE', topology: IT }])
    expect(codes(parseInterconnect('a,b\nDe:1,DE:mil\n', { file: 'ix.csv' }, twice))).toEqual(['unknown_network@2'])
  })

  it('reports unknown networks, unknown nodes, ambiguous labels and unqualified ends with their lines', () => {
    const r = parseInterconnect('a,b\nfr:paris,it:mil\nde:Hamburg,it:mil\nde:Munich,it:mil\nFrankfurt,it:mil\n', { file: 'ix.csv' }, all)
    expect(codes(r)).toEqual(['unknown_network@2', 'unknown_node@3', 'ambiguous_node@4', 'invalid_field@5'])
    expect(r.links).toEqual([])
    const loop = parseInterconnect('a,b\nde:1,de:Frankfurt\nde:1,it:mil\n', { file: 'ix.csv' }, all)
    expect(loop.diagnostics.map(formatDiagnostic)).toEqual(['ix.csv:2: warning: a link from node "de:1" to itself is skipped: it carries no traffic between nodes.'])
    expect(r.diagnostics.slice(0, 3).map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "ix.csv:2: error: no network "fr" is loaded; known networks: de, it. Write endpoints as <network>:<node id or label>, and load the network with --topology <network>=<file>.",
        "ix.csv:3: error: "de:Hamburg" in end a is not a node of network "de" (3 nodes); the entry is skipped. Write de:<node id or label (any case)> as the network's file names the node.",
        "ix.csv:4: error: "de:Munich" matches several nodes (de:2, de:3); the entry is skipped. Use the node id instead of its label.",
      ]
    `)
  })
})
