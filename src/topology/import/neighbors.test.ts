import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { parseInventory } from '../../inventory/parse.js'
import { detectTopologyFormat } from './detect.js'
import { parseNeighborTopology } from './neighbors.js'
import { HUAWEI_LLDP_NEIGHBORS as HUAWEI } from '../../test-support/topology-examples.js'

/**
 * Two access switches' `show cdp neighbors detail`, saved from one session: both uplink to a Huawei
 * aggregation switch, which CDP names with its domain; sw-b (NX-OS) also sees sw-a, which sees sw-b
 * back under its domain name.
 */
const CDP = `sw-a#terminal length 0
sw-a#show cdp neighbors detail
-------------------------
Device ID: agg-1.example.net
Entry address(es):
  IP address: 10.20.0.1
Platform: HUAWEI S5720-28X-SI-AC,  Capabilities: Router Switch IGMP
Interface: GigabitEthernet1/0/49,  Port ID (outgoing port): GigabitEthernet0/0/1
Holdtime : 151 sec

Version :
Huawei Versatile Routing Platform Software
VRP (R) software, Version 5.170 (S5720 V200R019C10SPC500)

advertisement version: 2
Duplex: full

-------------------------
Device ID: agg-1.example.net
Entry address(es):
  IP address: 10.20.0.1
Platform: HUAWEI S5720-28X-SI-AC,  Capabilities: Router Switch IGMP
Interface: GigabitEthernet1/0/50,  Port ID (outgoing port): GigabitEthernet0/0/2
Holdtime : 151 sec

Version :
Huawei Versatile Routing Platform Software

-------------------------
Device ID: sw-b.example.net
Entry address(es):
  IP address: 10.20.0.12
Platform: cisco WS-C2960X-48FPD-L,  Capabilities: Switch IGMP
Interface: GigabitEthernet1/0/1,  Port ID (outgoing port): GigabitEthernet1/0/1
Holdtime : 170 sec

Version :
Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E3, RELEASE SOFTWARE (fc3)

Total cdp entries displayed : 3
sw-a#
sw-b#show cdp neighbors detail
-------------------------
Device ID: agg-1.example.net
Entry address(es):
  IP address: 10.20.0.1
Platform: HUAWEI S5720-28X-SI-AC,  Capabilities: Router Switch IGMP
Interface: GigabitEthernet1/0/49,  Port ID (outgoing port): GigabitEthernet0/0/3
Holdtime : 160 sec

Version :
Huawei Versatile Routing Platform Software

-------------------------
Device ID: sw-a.example.net
Entry address(es):
  IP address: 10.20.0.11
Platform: cisco WS-C2960X-48FPD-L,  Capabilities: Switch IGMP
Interface: GigabitEthernet1/0/1,  Port ID (outgoing port): GigabitEthernet1/0/1
Holdtime : 170 sec

Version :
Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E3, RELEASE SOFTWARE (fc3)

Total cdp entries displayed : 2
sw-b#
`

/** lldpd's text after a shell prompt, with the local chassis (`lldpcli show chassis`) before the neighbours. */
const LLDPD = `cumulus@leaf-1:~$ sudo lldpcli show chassis
-------------------------------------------------------------------------------
Local chassis:
-------------------------------------------------------------------------------
Chassis:     
  ChassisID:    mac 44:38:39:00:00:01
  SysName:      leaf-1.dc1
  SysDescr:     Cumulus Linux version 5.4.0 running on QEMU Standard PC
  MgmtIP:       192.168.200.11
  Capability:   Bridge, on
-------------------------------------------------------------------------------
cumulus@leaf-1:~$ sudo lldpcli show neighbors details
-------------------------------------------------------------------------------
LLDP neighbors:
-------------------------------------------------------------------------------
Interface:    swp51, via: LLDP, RID: 1, Time: 0 day, 14:07:31
  Chassis:     
    ChassisID:    mac 00:e0:fc:77:88:99
    SysName:      spine-1
    SysDescr:     Huawei Versatile Routing Platform Software
    MgmtIP:       10.0.0.21
    Capability:   Bridge, on
  Port:        
    PortID:       ifname 10GE1/0/1
    TTL:          120
-------------------------------------------------------------------------------
`

/** `lldpcli -f json0 show neighbors details` with one neighbour. */
const LLDPD_JSON = '{"lldp": [{"interface": [{"name": "eth0", "via": "LLDP", "rid": "1", "age": "0 day, 02:10:05", "chassis": [{"id": [{"type": "mac", "value": "00:e0:fc:a1:b2:c3"}], "name": [{"value": "tor-7.example.net"}], "descr": [{"value": "Huawei Versatile Routing Platform Software"}]}], "port": [{"id": [{"type": "ifname", "value": "10GE1/0/12"}]}]}]}]}\n'

/** The same as `lldpcli -f xml show neighbors details`. */
const LLDPD_XML = `<?xml version="1.0" encoding="UTF-8"?>
<lldp label="LLDP neighbors">
 <interface label="Interface" name="eth0" via="LLDP" rid="1" age="0 day, 02:10:05">
  <chassis label="Chassis">
   <id label="ChassisID" type="mac">00:e0:fc:a1:b2:c3</id>
   <name label="SysName">tor-7.example.net</name>
  </chassis>
  <port label="Port">
   <id label="PortID" type="ifname">10GE1/0/12</id>
  </port>
 </interface>
</lldp>
`

const pairs = (links: { a: string; b: string }[]): string[][] => links.map((l) => [l.a, l.b].sort())

describe('neighbour tables as a topology', () => {
  it('make each device a node and each pair of neighbours one link, however often and from whichever end it is seen', () => {
    const { topology, diagnostics } = parseNeighborTopology(CDP, { file: 'campus.txt' })
    expect(diagnostics).toEqual([])
    // The prompt's sw-b is the sw-b.example.net that sw-a sees: one node, named as the inventory names the device.
    expect(topology.nodes.map((n) => n.id)).toEqual(['campus:sw-a.example.net', 'campus:agg-1.example.net', 'campus:sw-b.example.net'])
    expect(pairs(topology.links)).toEqual([
      ['campus:agg-1.example.net', 'campus:sw-a.example.net'],
      ['campus:sw-a.example.net', 'campus:sw-b.example.net'],
      ['campus:agg-1.example.net', 'campus:sw-b.example.net'],
    ])
    expect(topology.links.every((l) => l.metric === undefined)).toBe(true)
  })

  it('list on each node the inventory device read from the same file, so that the devices are placed on their nodes', () => {
    const { topology } = parseNeighborTopology(CDP, { file: 'campus.txt' })
    const { devices } = parseInventory(CDP, { file: 'campus.txt' })
    const huawei = devices.find((d) => d.manufacturer === 'HUAWEI')
    expect(huawei?.id).toBe('agg-1.example.net')
    const placed = topology.nodes.filter((n) => n.devices?.includes(huawei!.id))
    expect(placed.map((n) => n.id)).toEqual(['campus:agg-1.example.net'])
    for (const d of devices) expect(topology.nodes.some((n) => n.devices?.includes(d.id)), d.id).toBe(true)
  })

  it("name the switch by Huawei's [~name] prompt, and a neighbour without a system name by its chassis MAC", () => {
    expect(detectTopologyFormat('agg-fra-1.log', HUAWEI)).toBe('neighbors')
    const { topology, diagnostics } = parseNeighborTopology(HUAWEI, { file: 'agg-fra-1.log', network: 'fra' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => n.id)).toEqual(['fra:agg-fra-1', 'fra:acc-fra-12', 'fra:6c:3b:6b:00:0a:0b'])
    expect(pairs(topology.links)).toEqual([['fra:acc-fra-12', 'fra:agg-fra-1'], ['fra:6c:3b:6b:00:0a:0b', 'fra:agg-fra-1']])
  })

  it("read VRP 5's older display lldp neighbor after Huawei's prompt: Neighbor 1:, its SysName the node", () => {
    // The layout of a Quidway NetEngine 40E on VRP 5.50, as nocproject/noc's
    // sa/profiles/Huawei/VRP/tests/Huawei_NE40E_5_50_get_lldp_neighbors_0001.py captured it (cut); it imported nothing.
    const text = '<pe-msk-2>display lldp neighbor\nGigabitEthernet1/0/6 has 1 neighbor:\nNeighbor 1: \nChassisIdSubtype: macAddress \nChassisId: 0018-823c-c455 \n' +
      'PortIdSubtype: interfaceName \nPortId: GigabitEthernet2/0/0 \nSysName: NE40E \nSysDesc: Huawei Versatile Routing Platform Software\n' +
      'VRP (R) software, Version 5.50 (NE40E&80E V300R003C02B608)\n \nSysCapSupported: bridge  \nManagement address: ipV4: 172.16.245.1  \nExpired time: 94\n'
    expect(detectTopologyFormat('pe-msk-2.log', text)).toBe('neighbors')
    const { topology, diagnostics } = parseNeighborTopology(text, { file: 'pe-msk-2.log', network: 'msk' })
    expect(diagnostics).toEqual([])
    expect(pairs(topology.links)).toEqual([['msk:NE40E', 'msk:pe-msk-2']])
  })

  it('skip the output of the session\'s other commands, after their prompt, as no part of a table', () => {
    // A Quidway S9306's display version and display lldp neighbor (cut), as nocproject/noc's
    // sa/profiles/Huawei/VRP/tests/Huawei_S9306_5_50_get_lldp_neighbors_0002.py captured them, saved as one
    // session after the switch's prompt: the version's lines were each a malformed_neighbors error.
    const text = '<core-s9306>display version\nHuawei Versatile Routing Platform Software\nVRP (R) software, Version 5.50 (S9300 V100R002C00SPC200)\n' +
      'Copyright (C) 2003-2010 HUAWEI TECH CO., LTD\nQuidway S9306 Terabit Routing Switch uptime is 0 week, 3 days, 2 hours, 41 minutes\nBKP 0 version information:\n1. PCB      Version  : LE01BAKH VER.A\n\n' +
      '<core-s9306>display lldp neighbor\nGigabitEthernet2/0/0 has 1 neighbors:\n\n\nNeighbor index : 1\nChassis type   :macAddress \nChassis ID     :001b-0c53-7880 \n' +
      'Port ID type   :interfaceName \nPort ID        :Fa0/3\nSystem name         :Switch\nSystem description  :Cisco IOS Software, C2960 Software (C2960-LANBASEK9-M), Version 12.2(52)SE, RELEASE SOFTWARE (fc3)\n' +
      'Copyright (c) 1986-2009 by Cisco Systems, Inc.\nSystem capabilities supported   :bridge \nExpired time   :96s\n<core-s9306>\n'
    const { topology, diagnostics } = parseNeighborTopology(text, { file: 'core.log', network: 'msk' })
    expect(diagnostics).toEqual([])
    expect(pairs(topology.links)).toEqual([['msk:Switch', 'msk:core-s9306']])
  })

  it("name the host by lldpd's local chassis, after a shell prompt", () => {
    expect(detectTopologyFormat('leaf.txt', LLDPD)).toBe('neighbors')
    const { topology, diagnostics } = parseNeighborTopology(LLDPD, { file: 'leaf.txt' })
    expect(diagnostics).toEqual([])
    expect(pairs(topology.links)).toEqual([['leaf:leaf-1.dc1', 'leaf:spine-1']])
  })

  it('name by the shell prompt the host whose lldpd output has no local chassis', () => {
    const text = LLDPD.slice(LLDPD.indexOf('cumulus@leaf-1:~$ sudo lldpcli show neighbors'))
    const { topology, diagnostics } = parseNeighborTopology(text, { file: 'leaf.txt' })
    expect(diagnostics).toEqual([])
    expect(pairs(topology.links)).toEqual([['leaf:leaf-1', 'leaf:spine-1']])
  })

  it('take the file name for the device when no prompt names it, with a warning at the first neighbour', () => {
    const text = CDP.slice(CDP.indexOf('-------------------------'), CDP.indexOf('sw-a#\n'))
    const { topology, diagnostics } = parseNeighborTopology(text, { file: 'sites/sw-a.txt' })
    expect(pairs(topology.links)).toEqual([['sw-a:agg-1.example.net', 'sw-a:sw-a'], ['sw-a:sw-a', 'sw-a:sw-b.example.net']])
    expect(diagnostics).toHaveLength(1)
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"sites/sw-a.txt:2: warning: no prompt line names the device that saw these 2 neighbours, so the file's name, "sw-a", is taken as that device. Keep the prompt lines of the session (sw-core-01#show cdp neighbors detail) or lldpd's local chassis (lldpcli show chassis) before the table, or name the file after the device."`)
  })

  it("read lldpd's JSON and XML, whose host is the file's", () => {
    for (const [file, text] of [['tor-host.json', LLDPD_JSON], ['tor-host.xml', LLDPD_XML]] as const) {
      expect(detectTopologyFormat(file, text), file).toBe('neighbors')
      const { topology, diagnostics } = parseNeighborTopology(text, { file })
      expect(pairs(topology.links), file).toEqual([['tor-host:tor-7.example.net', 'tor-host:tor-host']])
      expect(diagnostics.map((d) => d.code), file).toEqual(['local_device_from_file'])
    }
  })

  it('report a line that is no part of a table with its file and line, and read the rest', () => {
    const text = CDP.replace('Holdtime : 160 sec', 'Holdtime : 160 sec\n%% pasted by mistake')
    const { topology, diagnostics } = parseNeighborTopology(text, { file: 'campus.txt' })
    expect(diagnostics.map((d) => [d.code, d.at.file, d.at.line])).toEqual([['malformed_neighbors', 'campus.txt', 50]])
    expect(topology.links).toHaveLength(3)
  })

  it('warn that nothing was imported from a table without neighbours', () => {
    const { topology, diagnostics } = parseNeighborTopology('sw-a#show cdp neighbors detail\n\nTotal cdp entries displayed : 0\nsw-a#\n', { file: 'empty.txt' })
    expect(topology.nodes).toEqual([])
    expect(diagnostics.map((d) => d.code)).toEqual(['nothing_imported'])
  })
})
