import { describe, expect, it } from 'vitest'
import { parseCml } from './cml.js'
import { parseTopology } from './parse-topology.js'
import { formatDiagnostic } from '../../diagnostics/format.js'

// A cut of CML's community lab "Basic Forwarding Behavior" (cml-community, lab-topologies): its lab,
// three of its links and the nodes they join, without their configurations and interfaces.
const LAB = `lab:
  description: 'A flexible network topology useful for different explorations of forwarding
    behavior.'
  notes: ''
  title: Basic Forwarding Behavior
  version: 0.1.0
links:
  - id: l1
    n1: n0
    n2: n4
    i1: i3
    i2: i3
    label: R2-GigabitEthernet0/2<->R5-GigabitEthernet0/2
  - id: l7
    n1: n5
    n2: n2
    i1: i2
    i2: i2
    label: S1-GigabitEthernet0/1<->R1-GigabitEthernet0/1
  - id: l8
    n1: n0
    n2: n2
    i1: i2
    i2: i3
    label: R2-GigabitEthernet0/1<->R1-GigabitEthernet0/2
nodes:
  - boot_disk_size: 0
    cpu_limit: 100
    id: n0
    label: R2
    node_definition: iosv
    ram: 512
    x: 223
    y: 285
  - id: n2
    label: R1
    node_definition: iosv
    x: 352
    y: 440
  - id: n4
    label: R5
    node_definition: iosv
  - id: n5
    label: S1
    node_definition: iosvl2
    x: 505
    y: 568
`

describe('parseCml', () => {
  it('reads each node by its label with its node definition as platform, and each link between the nodes it names', () => {
    const { topology, diagnostics } = parseCml(LAB, { file: 'basic-forwarding-behavior.yaml', network: 'bfb' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      { id: 'bfb:R2', network: 'bfb', devices: ['R2'], platform: 'iosv' },
      { id: 'bfb:R1', network: 'bfb', devices: ['R1'], platform: 'iosv' },
      { id: 'bfb:R5', network: 'bfb', devices: ['R5'], platform: 'iosv' },
      { id: 'bfb:S1', network: 'bfb', devices: ['S1'], platform: 'iosvl2' },
    ])
    expect(topology.links).toEqual([{ a: 'bfb:R2', b: 'bfb:R5' }, { a: 'bfb:S1', b: 'bfb:R1' }, { a: 'bfb:R2', b: 'bfb:R1' }])
  })

  it('is told by its lab: and nodes: keys, where it was refused as a netlab topology with netlab\'s commands to run', () => {
    const { format, topology } = parseTopology(LAB, { file: 'basic-forwarding-behavior.yaml' })
    expect(format).toBe('cml')
    expect(topology.links).toHaveLength(3)
  })

  it('leaves out the links to an external connector, which bridges to a network outside the lab, with one note', () => {
    const text = `${LAB}  - id: n11\n    label: ext-conn-0\n    node_definition: external_connector\n`.replace('links:\n', 'links:\n  - id: l12\n    n1: n11\n    n2: n2\n')
    const { topology, diagnostics } = parseCml(text, { file: 'bfb.yaml' })
    expect(topology.nodes.map((n) => n.id)).not.toContain('bfb:ext-conn-0')
    expect(topology.links).toHaveLength(3)
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "bfb.yaml:8:5: info: 1 link of the lab ends outside it ("ext-conn-0"): the host and the management network are not nodes of the topology, so these links are left out.",
      ]
    `)
  })

  it('reports a link to a node the lab does not hold, at the link\'s line', () => {
    const { diagnostics } = parseCml(LAB.replace('n2: n4', 'n2: n44'), { file: 'bfb.yaml' })
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "bfb.yaml:8:5: error: "n44" in n2 is not a node of the network (4 nodes); the entry is skipped. Check the id for typos, or declare the node first.",
      ]
    `)
  })
})
