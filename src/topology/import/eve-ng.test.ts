import { describe, expect, it } from 'vitest'
import { parseEveNg } from './eve-ng.js'
import { parseTopology } from './parse-topology.js'
import { formatDiagnostic } from '../../diagnostics/format.js'

// A cut of a real EVE-NG lab (an ISP lab of Huawei NE40E and CE6800, Cisco and Juniper nodes): three
// of its nodes, as EVE-NG writes them, without their qemu options.
const UNL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<lab name="ISP_NET" version="1" scripttimeout="300" lock="0">
  <topology>
    <nodes>
      <node id="3" name="PE-1" type="qemu" template="huaweine40e" image="huaweine40e-ne40e" console="telnet" cpu="1" ram="2048" ethernet="12" left="603" top="123">
        <interface id="2" name="e1/0/0" type="ethernet" network_id="2"/>
        <interface id="11" name="e1/0/9" type="ethernet" network_id="28"/>
      </node>
      <node id="18" name="01-AGG-SW1" type="iol" template="iol" image="i86bi_Linux-L2-Adventerprisek9-ms.SSA.high_iron_20190423.bin" ethernet="1" left="429" top="126">
        <interface id="0" name="e0/0" type="ethernet" network_id="28"/>
        <interface id="16" name="e0/1" type="ethernet" network_id="34"/>
      </node>
      <node id="23" name="Lenina10p1-01-ASW1" type="qemu" template="huaweice6800" image="huaweice6800-ce6800" console="telnet" left="222" top="126">
        <interface id="2" name="e1/0/0" type="ethernet" network_id="34"/>
        <interface id="3" name="e1/0/1" type="ethernet" network_id="38"/>
      </node>
    </nodes>
    <networks>
      <network id="2" type="pnet1" name="Internet" left="700" top="60"/>
      <network id="28" type="bridge" name="Net-PE-1iface_11" left="500" top="130" visibility="0"/>
      <network id="34" type="bridge" name="Net-01-AGG-SW1iface_16" left="300" top="130" visibility="0"/>
    </networks>
  </topology>
</lab>
`

describe('parseEveNg', () => {
  it('reads each node by its EVE-NG name with its image as platform, and links the nodes that share a network', () => {
    const { topology, diagnostics } = parseEveNg(UNL, { file: 'ISP_NET.unl' })
    expect(topology.nodes).toEqual([
      { id: 'ISP_NET:PE-1', network: 'ISP_NET', devices: ['PE-1'], platform: 'huaweine40e-ne40e' },
      { id: 'ISP_NET:01-AGG-SW1', network: 'ISP_NET', devices: ['01-AGG-SW1'], platform: 'i86bi_Linux-L2-Adventerprisek9-ms.SSA.high_iron_20190423.bin' },
      { id: 'ISP_NET:Lenina10p1-01-ASW1', network: 'ISP_NET', devices: ['Lenina10p1-01-ASW1'], platform: 'huaweice6800-ce6800' },
    ])
    expect(topology.links).toEqual([
      { a: 'ISP_NET:PE-1', b: 'ISP_NET:01-AGG-SW1' },
      { a: 'ISP_NET:01-AGG-SW1', b: 'ISP_NET:Lenina10p1-01-ASW1' },
    ])
    // The cloud network (pnet1) is the host's, outside the lab; network 38 joins one interface alone.
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "ISP_NET.unl:6:9: info: 1 link of the lab ends outside it ("Internet"): the host and the management network are not nodes of the topology, so these links are left out.",
      ]
    `)
  })

  it('links every two nodes of a bridge that joins three, and a serial line once though both ends name it', () => {
    const text = `<lab name="lan"><topology><nodes>
<node id="1" name="R1" template="vios"><interface id="0" network_id="5"/><interface id="16" type="serial" remote_id="2" remote_if="16"/></node>
<node id="2" name="R2" template="vios"><interface id="0" network_id="5"/><interface id="16" type="serial" remote_id="1" remote_if="16"/></node>
<node id="3" name="R3" template="vios"><interface id="0" network_id="5"/></node>
</nodes><networks><network id="5" type="bridge" name="LAN"/></networks></topology></lab>`
    const { topology } = parseEveNg(text, { file: 'lan.unl' })
    expect(topology.links.map((l) => `${l.a} ${l.b}`)).toEqual(['lan:R1 lan:R2', 'lan:R1 lan:R3', 'lan:R2 lan:R3', 'lan:R1 lan:R2'])
  })

  it('is told by its <lab> root, where it was refused as XML of another root', () => {
    const { format, topology } = parseTopology(UNL, { file: 'lab.xml' })
    expect(format).toBe('eve-ng')
    expect(topology.links).toHaveLength(2)
  })

  it('names two nodes of one name by name and id, placing no device by name on them', () => {
    const text = UNL.replace('name="01-AGG-SW1"', 'name="PE-1"')
    const { topology } = parseEveNg(text, { file: 'ISP_NET.unl' })
    expect(topology.nodes.map((n) => [n.id, n.devices])).toEqual([
      ['ISP_NET:PE-1#3', undefined], ['ISP_NET:PE-1#18', undefined], ['ISP_NET:Lenina10p1-01-ASW1', ['Lenina10p1-01-ASW1']],
    ])
  })
})

describe('a Cisco VIRL topology', () => {
  it('is refused as what it is, with the neighbour tables to give instead', () => {
    const virl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<topology xmlns="http://www.cisco.com/VIRL" schemaVersion="0.95">\n  <node name="router1" type="SIMPLE" subtype="IOSv"/>\n</topology>\n'
    const { diagnostics } = parseTopology(virl, { file: 'topology.virl' })
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "topology.virl:2:1: error: the root element is <topology>: this is a Cisco VIRL topology (.virl), which is not read: a topology in XML is GraphML (<graphml>), GEXF (<gexf>), XGMML (<graph>), SNDlib XML (<network>) or an EVE-NG lab (<lab>). Save the routers' show cdp neighbors detail (or show lldp neighbors detail) and give that, or write the lab's links as an edge list, one "router-a router-b" line per link.",
      ]
    `)
  })
})
