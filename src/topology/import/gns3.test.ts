import { describe, expect, it } from 'vitest'
import { parseGns3 } from './gns3.js'
import { parseTopologyJson } from './topology-json.js'
import { detectTopologyFormat } from './detect.js'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { GNS3_PROJECT as PROJECT } from '../../test-support/topology-examples.js'

describe('parseGns3', () => {
  it('reads nodes by name with their image as platform, and links by node_id', () => {
    const { topology, diagnostics } = parseGns3(PROJECT, { file: 'branch.gns3' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      { id: 'branch:FW-1', network: 'branch', devices: ['FW-1'], platform: 'FGT6.4.7.qcow2' },
      { id: 'branch:CE-1', network: 'branch', devices: ['CE-1'], platform: 'huawei-ar1000v.qcow2' },
      { id: 'branch:Switch1', network: 'branch', devices: ['Switch1'], platform: 'ethernet_switch' },
    ])
    expect(topology.links).toEqual([{ a: 'branch:FW-1', b: 'branch:CE-1' }, { a: 'branch:CE-1', b: 'branch:Switch1' }])
  })

  it('is recognised by its content and its .gns3 extension, and read as JSON too', () => {
    expect(detectTopologyFormat('branch.gns3', PROJECT)).toBe('gns3')
    expect(detectTopologyFormat('branch.json', PROJECT)).toBe('gns3')
    expect(detectTopologyFormat('branch.gns3', '')).toBe('gns3')
    expect(parseTopologyJson(PROJECT, { file: 'branch.json' }).topology.links).toHaveLength(2)
  })

  it('keeps two nodes of the same name apart by their node_id, placing no device on them by name', () => {
    const text = PROJECT.replace('"name": "CE-1"', '"name": "FW-1"')
    const { topology, diagnostics } = parseGns3(text, { file: 'branch.gns3' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => [n.id, n.devices])).toEqual([
      ['branch:FW-1#375ab30d-530e-45f8-9de6-897ea2f600d4', undefined],
      ['branch:FW-1#8b543623-a673-46cc-9291-235aa99da544', undefined],
      ['branch:Switch1', ['Switch1']],
    ])
    expect(topology.links).toHaveLength(2)
  })

  it('reports a link to a node that is not in the project at the link\'s line', () => {
    const text = PROJECT.replace('"node_id": "5861eb87-977e-4c84-b6c1-161acab661ce", "port_number"', '"node_id": "00000000-dead", "port_number"')
    const { topology, diagnostics } = parseGns3(text, { file: 'branch.gns3' })
    expect(topology.links).toHaveLength(1)
    expect(diagnostics).toMatchObject([{ code: 'unknown_node', node: '00000000-dead', at: { file: 'branch.gns3', line: 18 } }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/^branch\.gns3:18 \(topology\.links\[1\]\): error: "00000000-dead" in nodes\[1\]\.node_id is not a node/)
  })

  it('reads a GNS3 1.x project (revision 4): nodes by their number id and label, links by source_node_id and destination_node_id', () => {
    // A cut of GNS3's own upgrade test project tests/topologies/1_5_vpcs (GNS3 1.5), with a Dynamips
    // router of its 1_3_dynamips project added on a second link.
    const text = `{
    "auto_start": false,
    "name": "1_5_vpcs",
    "project_id": "62fc7a04-ae65-4003-a9e6-a046b1996f0e",
    "revision": 4,
    "topology": {
        "links": [
            {"description": "Link from PC2 port Ethernet0 to PC1 port Ethernet0", "destination_node_id": 1, "destination_port_id": 1, "id": 1, "source_node_id": 2, "source_port_id": 2},
            {"description": "Link from R1 port FastEthernet0/0 to PC1 port Ethernet1", "destination_node_id": 1, "destination_port_id": 4, "id": 2, "source_node_id": 3, "source_port_id": 3}
        ],
        "nodes": [
            {"description": "VPCS device", "id": 1, "label": {"text": "PC1", "x": 18.5859375, "y": -25.0}, "properties": {"console": 5000, "name": "PC1"}, "server_id": 3, "type": "VPCSDevice", "x": -87.5, "y": -65.5},
            {"description": "VPCS device", "id": 2, "label": {"text": "PC2", "x": 18.5859375, "y": -25.0}, "properties": {"console": 5001, "name": "PC2"}, "server_id": 3, "type": "VPCSDevice", "x": 123.5, "y": -65.5},
            {"description": "Router c7200", "dynamips_id": 1, "id": 3, "properties": {"image": "c7200-adventerprisek9-mz.124-24.T8.image", "name": "R1", "platform": "c7200"}, "server_id": 3, "type": "C7200", "x": -112.0, "y": -100.0}
        ]
    },
    "type": "topology",
    "version": "1.5.1dev1"
}`
    expect(detectTopologyFormat('1_5_vpcs.gns3', text)).toBe('gns3')
    const { topology, diagnostics } = parseGns3(text, { file: '1_5_vpcs.gns3' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      { id: '1_5_vpcs:PC1', network: '1_5_vpcs', devices: ['PC1'], platform: 'VPCSDevice' },
      { id: '1_5_vpcs:PC2', network: '1_5_vpcs', devices: ['PC2'], platform: 'VPCSDevice' },
      { id: '1_5_vpcs:R1', network: '1_5_vpcs', devices: ['R1'], platform: 'c7200-adventerprisek9-mz.124-24.T8.image' },
    ])
    expect(topology.links).toEqual([{ a: '1_5_vpcs:PC2', b: '1_5_vpcs:PC1' }, { a: '1_5_vpcs:R1', b: '1_5_vpcs:PC1' }])
    const broken = parseGns3(text.replace('"source_node_id": 3', '"source_node_id": 7'), { file: '1_5_vpcs.gns3' })
    expect(broken.diagnostics).toMatchObject([{ code: 'unknown_node', node: '7', at: { line: 9 } }])
    expect(formatDiagnostic(broken.diagnostics[0]!)).toMatch(/"7" in source_node_id is not a node/)
  })

  it('tells a project whose nodes or links are no array by the field, not as a JSON syntax error', () => {
    const { diagnostics } = parseGns3('{"revision": 9, "project_id": "p", "type": "topology", "topology": {"nodes": 5, "links": []}}', { file: 'x.gns3' })
    expect(diagnostics).toMatchObject([{ code: 'invalid_field', field: 'topology.nodes', at: { line: 1 } }])
    expect(formatDiagnostic(diagnostics[0]!)).toBe('x.gns3:1: error: field "topology.nodes" has the value "5"; expected an array (a GNS3 project lists its nodes and links).')
  })

  it('refuses JSON that is no GNS3 project, naming what it expected', () => {
    const { diagnostics } = parseGns3('{"name": "x", "revision": 9}', { file: 'x.gns3' })
    expect(diagnostics).toMatchObject([{ code: 'malformed_json', at: { line: 1 } }])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('expected a GNS3 project')
  })
})
