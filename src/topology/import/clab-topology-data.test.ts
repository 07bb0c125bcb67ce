import { describe, expect, it } from 'vitest'
import { parseTopologyJson } from './topology-json.js'

// The sample generated topology-data.json of containerlab's manual (containerlab.dev, "Topology
// definition"), cut to its nodes' names and kinds and its one link (srl1 e1-1 to srl2 e1-1).
const SRL02 = `{
  "name": "srl02",
  "type": "clab",
  "clab": { "config": { "prefix": "clab", "mgmt": { "network": "clab", "ipv4-subnet": "172.20.20.0/24" } } },
  "nodes": {
    "srl1": { "index": "0", "shortname": "srl1", "longname": "clab-srl02-srl1", "fqdn": "srl1.srl02.io", "kind": "srl", "image": "ghcr.io/nokia/srlinux", "mgmt-ipv4-address": "172.20.20.3" },
    "srl2": { "index": "1", "shortname": "srl2", "longname": "clab-srl02-srl2", "fqdn": "srl2.srl02.io", "kind": "srl", "image": "ghcr.io/nokia/srlinux", "mgmt-ipv4-address": "172.20.20.2" }
  },
  "links": [
    {
      "a": { "node": "srl1", "interface": "e1-1", "mac": "aa:c1:ab:12:bb:44", "peer": "z" },
      "z": { "node": "srl2", "interface": "e1-1", "mac": "aa:c1:ab:12:bb:45", "peer": "a" }
    }
  ]
}
`

describe('containerlab topology-data.json', () => {
  it('reads the lab written by containerlab deploy: its nodes by name with their kind, its links, the lab name as the network', () => {
    const { topology, diagnostics } = parseTopologyJson(SRL02, { file: 'clab-srl02/topology-data.json' })
    expect(topology).toEqual({
      networks: ['srl02'],
      nodes: [
        { id: 'srl02:srl1', network: 'srl02', devices: ['srl1'], platform: 'srl' },
        { id: 'srl02:srl2', network: 'srl02', devices: ['srl2'], platform: 'srl' },
      ],
      links: [{ a: 'srl02:srl1', b: 'srl02:srl2' }],
    })
    expect(diagnostics).toEqual([])
  })

  it('reads the ends of containerlab 0.73 and later, under each link\'s endpoints, and reports a link without a node at its line', () => {
    const doc = JSON.parse(SRL02) as { links: unknown[] }
    doc.links = [
      { endpoints: { a: { node: 'srl1', interface: 'e1-2', mac: 'aa:c1:ab:04:f3:6e', peer: 'z' }, z: { node: 'srl2', interface: 'e1-2', mac: 'aa:c1:ab:9b:98:f7', peer: 'a' } } },
      { a: { interface: 'e1-3' }, z: { node: 'srl2', interface: 'e1-3' } },
    ]
    const text = JSON.stringify(doc, null, 2)
    const { topology, diagnostics } = parseTopologyJson(text, { file: 'topology-data.json', network: 'lab' })
    expect([topology.networks, topology.links]).toEqual([['lab'], [{ a: 'lab:srl1', b: 'lab:srl2' }]])
    // The bad link's object opens two lines above its `"interface": "e1-3"` (line index + 1, less 2).
    const line = text.split('\n').findIndex((l) => l.includes('"e1-3"')) - 1
    expect(diagnostics.map((d) => [d.code, d.at.line, 'field' in d ? d.field : undefined])).toEqual([['invalid_field', line, 'a.node']])
  })
})
