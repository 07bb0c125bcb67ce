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
