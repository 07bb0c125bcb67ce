import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { isBatfishLayer1 } from './batfish-layer1.js'
import { isNodeLinkJson } from './node-link.js'
import { parseTopologyJson } from './topology-json.js'

const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)
const cable = (h1: string, i1: string, h2: string, i2: string) => ({ node1: { hostname: h1, interfaceName: i1 }, node2: { hostname: h2, interfaceName: i2 } })

describe('Batfish layer-1 topology', () => {
  it('reads hostnames as nodes listing their devices, and each cable once, whether listed in one direction or both', () => {
    // As in Batfish's example network: most cables both ways, one only one way, one looped on a router.
    const text = JSON.stringify({
      edges: [
        cable('as1border1', 'GigabitEthernet0/0', 'as1core1', 'GigabitEthernet1/0'),
        cable('as1core1', 'GigabitEthernet1/0', 'as1border1', 'GigabitEthernet0/0'),
        cable('as1border1', 'GigabitEthernet1/0', 'as2border1', 'GigabitEthernet0/0'),
        cable('as2border1', 'GigabitEthernet1/0', 'As1Core1', 'GigabitEthernet2/0'),
        cable('as3core1', 'GigabitEthernet2/0', 'as3core1', 'GigabitEthernet3/0'),
        cable('as3core1', 'GigabitEthernet3/0', 'as3core1', 'GigabitEthernet2/0'),
      ],
    }, null, 2)
    const r = parseTopologyJson(text, { file: 'layer1_topology.json', network: 'lab' })
    expect(r.topology.nodes).toEqual([
      { id: 'lab:as1border1', network: 'lab', devices: ['as1border1'] },
      { id: 'lab:as1core1', network: 'lab', devices: ['as1core1'] },
      { id: 'lab:as2border1', network: 'lab', devices: ['as2border1'] },
      { id: 'lab:as3core1', network: 'lab', devices: ['as3core1'] },
    ])
    // Batfish lower-cases hostnames: As1Core1 is as1core1.
    expect(r.topology.links).toEqual([
      { a: 'lab:as1border1', b: 'lab:as1core1' },
      { a: 'lab:as1border1', b: 'lab:as2border1' },
      { a: 'lab:as2border1', b: 'lab:as1core1' },
    ])
    expect(r.diagnostics).toMatchObject([{ code: 'self_loops_skipped', links: 1, nodes: ['as3core1'] }])
  })

  it('keeps two cables between the same two devices on other ports', () => {
    const text = JSON.stringify({ edges: [cable('r1', 'et-0/0/0', 'r2', 'et-0/0/0'), cable('r1', 'et-0/0/1', 'r2', 'et-0/0/1')] })
    expect(parseTopologyJson(text, { file: 'l1.json', network: 'n' }).topology.links).toHaveLength(2)
  })

  it('reports a cable without its hostname at its line, and reads the rest', () => {
    const text = '{"edges": [\n{"node1": {"hostname": "r1", "interfaceName": "e1"}, "node2": {"hostname": "r2", "interfaceName": "e1"}},\n{"node1": {"interfaceName": "e2"}, "node2": {"hostname": "r2", "interfaceName": "e2"}}\n]}'
    const r = parseTopologyJson(text, { file: 'l1.json', network: 'n' })
    expect([r.topology.links.length, codes(r)]).toEqual([1, ['invalid_field@3']])
    expect(formatDiagnostic(r.diagnostics[0]!)).toContain('l1.json:3 (edges[1]): error:')
  })

  it('is told from NetworkX 3.6 node-link JSON, whose links are `edges` too, both ways', () => {
    const batfish = { edges: [cable('r1', 'e1', 'r2', 'e1')] }
    const nodeLink = { directed: false, multigraph: false, graph: {}, nodes: [{ id: 'r1' }, { id: 'r2' }], edges: [{ source: 'r1', target: 'r2' }] }
    expect([isBatfishLayer1(batfish), isBatfishLayer1(nodeLink), isNodeLinkJson(nodeLink)]).toEqual([true, false, true])
    const r = parseTopologyJson(JSON.stringify(nodeLink), { file: 'g.json', network: 'g' })
    expect([r.topology.nodes.map((n) => n.id), r.topology.links, r.diagnostics]).toEqual([['g:r1', 'g:r2'], [{ a: 'g:r1', b: 'g:r2' }], []])
  })
})
