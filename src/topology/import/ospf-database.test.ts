import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parseOspfDatabase } from './ospf-database.js'

/** Cisco IOS XE, router and network LSAs of three processes (see test/fixtures/topology/README.md). */
const IOS_XE = readFileSync(new URL('../../../test/fixtures/topology/iosxe-ospf-database.txt', import.meta.url), 'utf8')

/** Junos `show ospf database extensive`, five router LSAs and an opaque one (see test/fixtures/topology/README.md). */
const JUNOS = readFileSync(new URL('../../../test/fixtures/topology/junos-ospf-database-extensive.txt', import.meta.url), 'utf8')

/** Junos `show ospf3 database extensive`, six router LSAs and one each of the LSAs not read (see test/fixtures/topology/README.md). */
const JUNOS_OSPF3 = readFileSync(new URL('../../../test/fixtures/topology/junos-ospf3-database-extensive.txt', import.meta.url), 'utf8')

/**
 * ospf6d's `show ipv6 ospf6 database detail`: a router LSA, a network LSA and an intra-area-prefix
 * LSA as published, from obonaventure/cnp3blog, _posts/2017-12-03-ipmininet-ospfv3.md (Quagga's
 * ospf6d, whose layout FRR keeps: FRRouting/frr, ospf6d/ospf6_lsa.c and ospf6d/ospf6_intra.c).
 * 0.0.0.2 is on two LANs: the one whose DR is 0.0.0.3 (interface 0.0.0.2), at 5, and 0.0.0.4's, at 1.
 */
const OSPF6_PUBLISHED = `
Age: 1552 Type: Router
Link State ID: 0.0.0.0
Advertising Router: 0.0.0.2
LS Sequence Number: 0x8000000d
CheckSum: 0xb82f Length: 56
Duration: 00:25:50
    Bits: -------- Options: --|R|-|--|E|V6
    Type: Transit-Network Metric: 5
    Interface ID: 0.0.0.3
    Neighbor Interface ID: 0.0.0.2
    Neighbor Router ID: 0.0.0.3
    Type: Transit-Network Metric: 1
    Interface ID: 0.0.0.4
    Neighbor Interface ID: 0.0.0.2
    Neighbor Router ID: 0.0.0.4

Age:  310 Type: Network
Link State ID: 0.0.0.2
Advertising Router: 0.0.0.3
LS Sequence Number: 0x80000005
CheckSum: 0x3cde Length: 32
Duration: 00:05:09
     Options: --|R|-|--|E|V6
     Attached Router: 0.0.0.3
     Attached Router: 0.0.0.2
 
Age:  391 Type: Intra-Prefix
Link State ID: 0.0.0.0
Advertising Router: 0.0.0.2
LS Sequence Number: 0x80000007
CheckSum: 0x5cd4 Length: 44
Duration: 00:06:29
     Number of Prefix: 1
     Reference: Router Id: 0.0.0.0 Adv: 0.0.0.2
     Prefix Options: --|--|--|--
     Prefix: 2001:2345:1::/64
`

/** An ospf6d router LSA in the layout of {@link OSPF6_PUBLISHED}, with its links as `[type, metric, neighbour's interface id, neighbour]`. */
function ospf6RouterLsa(router: string, links: [string, number | string, string, string][]): string {
  return `\nAge:  617 Type: Router\nLink State ID: 0.0.0.0\nAdvertising Router: ${router}\nLS Sequence Number: 0x80000042\nCheckSum: 0x1b2f Length: 56\nDuration: 00:10:17\n` +
    '    Bits: -------- Options: --|R|-|--|E|V6\n' +
    links.map(([type, metric, nif, peer]) => `    Type: ${type} Metric: ${metric}\n    Interface ID: 0.0.0.7\n    Neighbor Interface ID: ${nif}\n    Neighbor Router ID: ${peer}\n`).join('')
}

/**
 * A Junos router LSA in the layout of `show ospf database router extensive`, with its links as
 * `[type, id, metric]` (CiscoTestAutomation/genieparser,
 * src/genie/libs/parser/junos/tests/ShowOspfDatabaseExtensive/cli/equal/golden_output_output.txt).
 */
function junosRouterLsa(id: string, links: [string, string, number | string][], own = false): string {
  return `Router  ${own ? '*' : ' '}${id}      ${id}      0x80000004   247  0x22 0x7e38  48\n  bits 0x0, link count ${links.length}\n` +
    links.map(([type, ref, metric]) => `  id ${ref}, data 10.0.0.9, Type ${type}\n    Topology count: 0, Default metric: ${metric}\n`).join('') +
    '  Aging timer 00:54:08\n  Installed 00:05:44 ago, expires in 00:54:08, sent 00:05:42 ago\n  Last changed 1d 02:16:03 ago, Change count: 69\n'
}

/** Junos's area heading and column header, as `show ospf database` prints them. */
const JUNOS_AREA0 = '\n    OSPF database, Area 0.0.0.0\n Type       ID               Adv Rtr           Seq      Age  Opt  Cksum  Len\n'

/**
 * Quagga's ospfd (as FRR prints it) in an NSSA: `show ip ospf database network` then `router`, with
 * the NSSA-external and external LSAs after them, from OpenSwitchNOS/openswitch-ops,
 * docs/OSPFv2_cli.md ("Show OSPF database"). 2.2.2.2 gives the LAN 65535 (max-metric router-lsa).
 */
const FRR_NSSA = `switch# show ip ospf database network

       OSPF Router with ID (2.2.2.2)


                Net Link States (Area 0.0.0.1 [NSSA])

  LS age: 754
  Options: 0x8  : *|-|-|-|N/P|-|-|*
  LS Flags: 0x6
  LS Type: network-LSA
  Link State ID: 16.77.114.11 (address of Designated Router)
  Advertising Router: 1.1.1.1
  LS Seq Number: 80000003
  Checksum: 0xb1b5
  Length: 32
  Network Mask: /24
        Attached Router: 2.2.2.2
        Attached Router: 1.1.1.1


switch# show ip ospf database router

       OSPF Router with ID (2.2.2.2)


                Router Link States (Area 0.0.0.1 [NSSA])

  LS age: 676
  Options: 0x8  : *|-|-|-|N/P|-|-|*
  LS Flags: 0x6
  Flags: 0x0
  LS Type: router-LSA
  Link State ID: 1.1.1.1
  Advertising Router: 1.1.1.1
  LS Seq Number: 80000007
  Checksum: 0xc7b8
  Length: 36
   Number of Links: 1

    Link connected to: a Transit Network
     (Link ID) Designated Router address: 16.77.114.11
     (Link Data) Router Interface address: 16.77.114.11
      Number of TOS metrics: 0
       TOS 0 Metric: 10


  LS age: 680
  Options: 0x8  : *|-|-|-|N/P|-|-|*
  LS Flags: 0x3
  Flags: 0x2 : ASBR
  LS Type: router-LSA
  Link State ID: 2.2.2.2
  Advertising Router: 2.2.2.2
  LS Seq Number: 80000008
  Checksum: 0xbcc3
  Length: 36
   Number of Links: 1

    Link connected to: a Transit Network
     (Link ID) Designated Router address: 16.77.114.11
     (Link Data) Router Interface address: 16.77.114.10
      Number of TOS metrics: 0
       TOS 0 Metric: 65535


switch# show ip ospf database nssa-external

       OSPF Router with ID (2.2.2.2)


                NSSA-external Link States (Area 0.0.0.1 [NSSA])

  LS age: 43
  Options: 0xa  : *|-|-|-|N/P|-|E|*
  LS Flags: 0xb
  LS Type: NSSA-LSA
  Link State ID: 0.0.0.0 (External Network Number for NSSA)
  Advertising Router: 2.2.2.2
  LS Seq Number: 80000001
  Checksum: 0xc81d
  Length: 36
  Network Mask: /0
        Metric Type: 2 (Larger than any link state path)
        TOS: 0
        Metric: 1
        NSSA: Forward Address: 16.77.114.10
        External Route Tag: 0

switch# show ip ospf database external 0.0.0.0

       OSPF Router with ID (2.2.2.2)

                AS External Link States

  LS age: 338
  Options: 0x2  : *|-|-|-|-|-|E|*
  LS Flags: 0xb
  LS Type: AS-external-LSA
  Link State ID: 0.0.0.0 (External Network Number)
  Advertising Router: 2.2.2.2
  LS Seq Number: 80000004
  Checksum: 0xaa1c
  Length: 36
  Network Mask: /0
        Metric Type: 2 (Larger than any link state path)
        TOS: 0
        Metric: 1
        Forward Address: 0.0.0.0
        External Route Tag: 0
`

/** A router LSA in Cisco's layout, with its links as `[kind, link id, metric]`. */
function routerLsa(id: string, links: [string, string, number | string][]): string {
  return `  LS age: 1\n  Options: (No TOS-capability, DC)\n  LS Type: Router Links\n  Link State ID: ${id}\n  Advertising Router: ${id}\n  Number of Links: ${links.length}\n\n` +
    links.map(([kind, ref, metric]) => {
      const what = kind === 'p2p' ? ['another Router (point-to-point)', 'Neighboring Router ID'] : kind === 'transit' ? ['a Transit Network', 'Designated Router address'] : ['a Stub Network', 'Network/subnet number']
      return `    Link connected to: ${what[0]}\n     (Link ID) ${what[1]}: ${ref}\n     (Link Data) Router Interface address: 10.0.0.1\n      Number of MTID metrics: 0\n       TOS 0 Metrics: ${metric}\n\n`
    }).join('')
}

describe('parseOspfDatabase', () => {
  it('links the routers on each transit network through its network LSA, reads every area and process, and names the router that printed it by its prompt', () => {
    const r = parseOspfDatabase(IOS_XE, { file: 'r1.txt' })
    expect(r.topology.nodes.map((n) => n.id)).toEqual([
      'r1:10.4.1.1', 'r1:10.16.2.2', 'r1:10.36.3.3', 'r1:10.64.4.4',
      'r1:10.229.11.11', 'r1:10.151.22.22', 'r1:10.115.55.55', 'r1:10.84.66.66', 'r1:10.1.77.77', 'r1:10.115.11.11',
    ])
    // The prompt `R1_ospf_xe#show ip ospf database router` names the router id of the first process
    // after it; the router's other processes have ids of their own, and a device sits on one node.
    expect(r.topology.nodes.filter((n) => n.label !== undefined).map((n) => [n.id, n.label, n.devices])).toEqual([
      ['r1:10.4.1.1', 'R1_ospf_xe', ['10.4.1.1', 'R1_ospf_xe']],
    ])
    expect(r.topology.nodes.find((n) => n.id === 'r1:10.16.2.2')?.devices).toEqual(['10.16.2.2'])
    const links = r.topology.links.map((l) => `${l.a.slice(3)}-${l.b.slice(3)} ${l.metric}`).sort()
    expect(links).toEqual([
      '10.1.77.77-10.36.3.3 1', '10.1.77.77-10.84.66.66 30',
      '10.115.55.55-10.229.11.11 1', '10.115.55.55-10.84.66.66 30',
      '10.151.22.22-10.229.11.11 1', '10.151.22.22-10.84.66.66 1',
      '10.16.2.2-10.36.3.3 1', '10.16.2.2-10.4.1.1 1', '10.16.2.2-10.64.4.4 1',
      '10.36.3.3-10.64.4.4 1', '10.4.1.1-10.64.4.4 1',
    ])
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['ospf_areas_merged@141', 'asymmetric_link_metrics@178'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('r1.txt:141: info: the OSPF database holds 3 areas (0.0.0.0, 0.0.0.1, 0.0.0.11): all are read, as one network, ' +
      'and routers linked in several areas are linked once, at the smaller metric. To have one area alone, save the database of a router inside it: an area border router prints every area it is in.')
    // 10.229.11.11 gives its point-to-point link 111 and 10.151.22.22 gives it 1; 10.151.22.22 gives its LAN with 10.84.66.66 40.
    expect(formatDiagnostic(r.diagnostics[1]!)).toMatch(/^r1\.txt:178: warning: 2 links have a different metric in each direction \(10\.151\.22\.22 → 10\.229\.11\.11 1, back 111; 10\.151\.22\.22 → 10\.84\.66\.66 40, back 1\)/)
  })

  it('reads a database with a line of a million blanks between two words at once, as without it', () => {
    const r = parseOspfDatabase(IOS_XE.replace('\n', `\nnote${' '.repeat(1_000_000)}here\n`), { file: 'r1.txt' })
    expect(r.topology.links).toEqual(parseOspfDatabase(IOS_XE, { file: 'r1.txt' }).topology.links)
  })

  it('joins the routers that list one designated router\'s address when the network LSAs were not saved', () => {
    // IOS XE process 1 of the fixture, router LSAs alone: the same links.
    const routers = IOS_XE.slice(0, IOS_XE.indexOf('OSPF Router with ID (10.229.11.11)'))
    const r = parseOspfDatabase(routers, { file: 'r1.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.links.map((l) => `${l.a.slice(3)}-${l.b.slice(3)}`).sort()).toEqual([
      '10.16.2.2-10.36.3.3', '10.16.2.2-10.4.1.1', '10.16.2.2-10.64.4.4', '10.36.3.3-10.64.4.4', '10.4.1.1-10.64.4.4',
    ])
  })

  it('reads FRR\'s layout in an NSSA, skips external LSAs, and warns about a LAN given 65535 by one router', () => {
    expect(detectTopologyFormat('lsdb.txt', FRR_NSSA)).toBe('ospf')
    const r = parseOspfDatabase(FRR_NSSA, { file: 'lsdb.txt' })
    expect(r.topology.nodes.map((n) => [n.id, n.label, n.devices])).toEqual([['lsdb:1.1.1.1', undefined, ['1.1.1.1']], ['lsdb:2.2.2.2', 'switch', ['2.2.2.2', 'switch']]])
    expect(r.topology.links).toEqual([{ a: 'lsdb:1.1.1.1', b: 'lsdb:2.2.2.2', metric: 10 }])
    expect(r.diagnostics.map((d) => d.code)).toEqual(['asymmetric_link_metrics'])
  })

  it('reads IOS-XR\'s show ospf database router, its prompt naming the router that printed it', () => {
    // CiscoTestAutomation/genieparser, src/genie/libs/parser/iosxr/tests/ShowOspfVrfAllInclusiveDatabaseRouter/cli/equal/golden_output_1_output.txt, its first three LSAs.
    const stub = (net: string): string => `    Link connected to: a Stub Network\n     (Link ID) Network/subnet number: ${net}\n     (Link Data) Network Mask: 255.255.255.255\n      Number of TOS metrics: 0\n       TOS 0 Metrics: 1\n\n`
    const transit = (dr: string, own: string): string => `    Link connected to: a Transit Network\n     (Link ID) Designated Router address: ${dr}\n     (Link Data) Router Interface address: ${own}\n      Number of TOS metrics: 0\n       TOS 0 Metrics: 1\n\n`
    const head = (id: string, age: number): string => `  LS age: ${age}\n  Options: (No TOS-capability, DC)\n  LS Type: Router Links\n  Link State ID: ${id}\n  Advertising Router: ${id}\n`
    const text = '\nRP/0/0/CPU0:R3_ospf_xr#show ospf vrf all-inclusive database router\nThu Nov  2 21:25:10.231 UTC\n\n\t    OSPF Router with ID (10.36.3.3) (Process ID mpls1)\n\n\t\tRouter Link States (Area 0)\n\n' +
      '  Routing Bit Set on this LSA\n' + head('10.4.1.1', 1802) + '   Number of Links: 3\n\n' + stub('10.4.1.1') + transit('10.1.2.1', '10.1.2.1') + transit('10.1.4.4', '10.1.4.1') + '\n' +
      '  Routing Bit Set on this LSA\n' + head('10.16.2.2', 756) + '   Number of Links: 4\n\n' + stub('10.16.2.2') + transit('10.2.3.3', '10.2.3.2') + transit('10.2.4.4', '10.2.4.2') + transit('10.1.2.1', '10.1.2.2') + '\n' +
      head('10.36.3.3', 1291) + '   Number of Links: 3\n\n' + stub('10.36.3.3') + transit('10.3.4.4', '10.3.4.3') + transit('10.2.3.3', '10.2.3.3')
    expect(detectTopologyFormat('r3.txt', text)).toBe('ospf')
    const r = parseOspfDatabase(text, { file: 'r3.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => [n.id, n.label])).toEqual([['r3:10.4.1.1', undefined], ['r3:10.16.2.2', undefined], ['r3:10.36.3.3', 'R3_ospf_xr']])
    expect(r.topology.links).toEqual([{ a: 'r3:10.16.2.2', b: 'r3:10.4.1.1', metric: 1 }, { a: 'r3:10.16.2.2', b: 'r3:10.36.3.3', metric: 1 }])
  })

  it('leaves out of a transit network a router its network LSA does not attach, as OSPF\'s SPF does', () => {
    const text = '            OSPF Router with ID (1.1.1.1) (Process ID 1)\n\n                Router Link States (Area 0)\n\n' +
      routerLsa('1.1.1.1', [['transit', '10.0.0.1', 10], ['stub', '1.1.1.1', 1]]) + routerLsa('2.2.2.2', [['transit', '10.0.0.1', 10]]) +
      routerLsa('3.3.3.3', [['transit', '10.0.0.1', 10]]) +
      '                Net Link States (Area 0)\n\n  LS age: 1\n  LS Type: Network Links\n  Link State ID: 10.0.0.1 (address of Designated Router)\n  Advertising Router: 1.1.1.1\n' +
      '  Network Mask: /24\n        Attached Router: 1.1.1.1\n        Attached Router: 2.2.2.2\n'
    const r = parseOspfDatabase(text, { file: 'core.txt' })
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['core:1.1.1.1', 'core:2.2.2.2', 'core:3.3.3.3'])
    expect(r.topology.links).toEqual([{ a: 'core:1.1.1.1', b: 'core:2.2.2.2', metric: 10 }])
  })

  it('leaves out a point-to-point link that the neighbour\'s router LSA does not list back, and keeps one to a router whose LSA is missing', () => {
    // 3.3.3.3's LSA (Cisco's `Adv Router is not-reachable`, an adjacency gone down) still lists 1.1.1.1, whose LSA no longer lists it.
    const text = 'OSPF Router with ID (1.1.1.1) (Process ID 1)\n\nRouter Link States (Area 0)\n\n' +
      routerLsa('1.1.1.1', [['p2p', '2.2.2.2', 10], ['p2p', '4.4.4.4', 10]]) + routerLsa('2.2.2.2', [['p2p', '1.1.1.1', 10]]) +
      '  Adv Router is not-reachable in topology Base with MTID 0\n' + routerLsa('3.3.3.3', [['p2p', '1.1.1.1', 10]])
    const r = parseOspfDatabase(text, { file: 'core.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.links).toEqual([{ a: 'core:1.1.1.1', b: 'core:2.2.2.2', metric: 10 }, { a: 'core:1.1.1.1', b: 'core:4.4.4.4', metric: 10 }])
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['core:1.1.1.1', 'core:2.2.2.2', 'core:3.3.3.3', 'core:4.4.4.4'])
  })

  it('reports a metric that does not read and a link without its neighbour, at their lines, and reads the rest', () => {
    const text = 'OSPF Router with ID (1.1.1.1)\n\nRouter Link States (Area 0)\n\n' +
      routerLsa('1.1.1.1', [['p2p', '2.2.2.2', 'ten'], ['p2p', '3.3.3.3', 10], ['p2p', '4.4.4.4', 70000]]) +
      '    Link connected to: a Transit Network\n       TOS 0 Metrics: 1\n'
    const r = parseOspfDatabase(text, { file: 'core.txt' })
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_ospf_database@16', 'malformed_ospf_database@28', 'malformed_ospf_database@30'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('core.txt:16: error: cannot read this line of the OSPF database: expected a metric of 0 to 65535, got "TOS 0 Metrics: ten". ' +
      'Save the output of show ip ospf database router as the router printed it.')
    expect(r.topology.links).toEqual([{ a: 'core:1.1.1.1', b: 'core:3.3.3.3', metric: 10 }])
  })

  it('refuses a database of network LSAs alone, with the command to save', () => {
    const networks = IOS_XE.slice(IOS_XE.indexOf('R1_ospf_xe#show ip ospf database network'))
    expect(detectTopologyFormat('nets.txt', networks)).toBe('ospf')
    const r = parseOspfDatabase(networks, { file: 'nets.txt' })
    expect(r.topology.nodes).toEqual([])
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['ospf_router_lsas_missing@3'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatch(/^nets\.txt:3: error: the OSPF database holds no router LSA, .* Save show ip ospf database router \(and show ip ospf database network, in the same file\) and give that\.$/)
  })

  it('is told by its banner and an LSA\'s detail in its first lines; the plain show ip ospf database is not', () => {
    expect(detectTopologyFormat('r1.txt', IOS_XE)).toBe('ospf')
    // Cisco IOS XE `show ip ospf database`: CiscoTestAutomation/genieparser,
    // src/genie/libs/parser/iosxe/tests/ShowIpOspfDatabase/cli/equal/golden_output1_output.txt.
    const plain = 'Router#show ip ospf database\n\n            OSPF Router with ID (172.31.197.254) (Process ID 65109)\n\n                Router Link States (Area 0)\n\n' +
      'Link ID         ADV Router      Age         Seq#       Checksum Link count\n10.22.102.64    10.22.102.64    2794        0x80000043 0x002254 3\n'
    expect(detectTopologyFormat('r1.txt', plain)).not.toBe('ospf')
  })

  it('reads Junos\'s show ospf database extensive: routers by their Adv Rtr, links by neighbour router id at their Default metric, opaque LSAs skipped', () => {
    expect(detectTopologyFormat('j.txt', JUNOS)).toBe('ospf')
    const r = parseOspfDatabase(JUNOS, { file: 'j.txt' })
    expect(r.topology.nodes.map((n) => n.id.slice(2))).toEqual([
      '10.36.3.3', '10.100.5.5', '10.19.198.239', '10.34.2.250', '10.34.2.251',
      // Neighbours whose router LSAs are not in the published output: kept, as for Cisco.
      '10.169.196.241', '10.189.5.253', '10.189.5.252', '10.169.14.240', '10.169.14.241',
    ])
    expect(r.topology.links.map((l) => `${l.a.slice(2)}-${l.b.slice(2)} ${l.metric}`)).toEqual([
      // 10.36.3.3's two parallel links to 10.169.196.241 are one link.
      '10.169.196.241-10.36.3.3 1', '10.100.5.5-10.34.2.250 1', '10.189.5.253-10.19.198.239 1000', '10.189.5.252-10.19.198.239 1000',
      '10.34.2.250-10.34.2.251 5', '10.169.14.240-10.34.2.250 100', '10.169.196.241-10.34.2.250 1000', '10.169.14.241-10.34.2.251 120',
      '10.169.196.241-10.34.2.251 1000',
    ])
    // 10.100.5.5 gives its link to 10.34.2.250 1, which gives it 1000 back.
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['asymmetric_link_metrics@38'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatch(/^j\.txt:38: warning: 1 link has a different metric in each direction \(10\.100\.5\.5 → 10\.34\.2\.250 1, back 1,000\)/)
  })

  it('joins a Junos LAN\'s routers through its network LSA when saved, else through its designated router\'s address, and names the router of the prompt by its own LSA', () => {
    // Network LSA layout: CiscoTestAutomation/genieparser, src/genie/libs/parser/junos/tests/ShowOspfDatabaseNetworkLsaidDetail/cli/equal/golden_output_output.txt.
    const routers = 'lab@r2> show ospf database router extensive\n' + JUNOS_AREA0 +
      junosRouterLsa('1.1.1.1', [['Transit (2)', '10.0.0.1', 10], ['Stub (3)', '1.1.1.1', 0]]) +
      junosRouterLsa('2.2.2.2', [['Transit (2)', '10.0.0.1', 20]], true) + junosRouterLsa('3.3.3.3', [['Transit (2)', '10.0.0.1', 10]])
    const networks = '\nlab@r2> show ospf database network extensive\n' + JUNOS_AREA0 +
      'Network *10.0.0.1         1.1.1.1          0x80000026  1730  0x22 0x1b56  36\n  mask 255.255.255.0\n  attached router 1.1.1.1\n  attached router 2.2.2.2\n' +
      '  Topology default (ID 0)\n    Type: Transit, Node ID: 2.2.2.2\n      Metric: 0, Bidirectional\n    Type: Transit, Node ID: 1.1.1.1\n      Metric: 0, Bidirectional\n'
    const alone = parseOspfDatabase(routers, { file: 'lan.txt' })
    expect(alone.topology.nodes.map((n) => [n.id, n.label, n.devices])).toEqual([
      ['lan:1.1.1.1', undefined, ['1.1.1.1']], ['lan:2.2.2.2', 'r2', ['2.2.2.2', 'r2']], ['lan:3.3.3.3', undefined, ['3.3.3.3']],
    ])
    expect(alone.topology.links.map((l) => `${l.a.slice(4)}-${l.b.slice(4)} ${l.metric}`)).toEqual(['1.1.1.1-2.2.2.2 10', '1.1.1.1-3.3.3.3 10', '2.2.2.2-3.3.3.3 10'])
    // The network LSA attaches 1.1.1.1 and 2.2.2.2 alone: 3.3.3.3's adjacency is not up.
    const both = parseOspfDatabase(routers + networks, { file: 'lan.txt' })
    expect(both.topology.links.map((l) => `${l.a.slice(4)}-${l.b.slice(4)} ${l.metric}`)).toEqual(['1.1.1.1-2.2.2.2 10'])
    expect(both.diagnostics.map((d) => d.code)).toEqual(['asymmetric_link_metrics'])
    // Configuration mode's `run show` names the router too; a logical system's prompt names the chassis, not a node.
    const label = (prompt: string): (string | undefined)[] => parseOspfDatabase(routers.replace('lab@r2> show', prompt), { file: 'lan.txt' }).topology.nodes.map((n) => n.label)
    expect(label('root@r2# run show')).toEqual([undefined, 'r2', undefined])
    expect(label('lab@mx1:r2> show')).toEqual([undefined, undefined, undefined])
  })

  it('reports a Junos link of an unknown type, a metric that does not read and a link without its metric, at their lines, with Junos\'s command', () => {
    const text = JUNOS_AREA0 + junosRouterLsa('1.1.1.1', [['PointToPoint (1)', '2.2.2.2', 'ten'], ['Bogus (9)', '3.3.3.3', 1], ['PointToPoint (1)', '4.4.4.4', 10]]) +
      junosRouterLsa('2.2.2.2', [['PointToPoint (1)', '1.1.1.1', 10]]) + '  id 5.5.5.5, data 10.0.0.9, Type PointToPoint (1)\n'
    const r = parseOspfDatabase(text, { file: 'j.txt' })
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_ospf_database@7', 'malformed_ospf_database@8', 'malformed_ospf_database@22'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('j.txt:7: error: cannot read this line of the OSPF database: expected a metric of 0 to 65535, got "Topology count: 0, Default metric: ten". ' +
      'Save the output of show ospf database router extensive as the router printed it.')
    expect(formatDiagnostic(r.diagnostics[2]!)).toMatch(/expected a `Topology count: 0, Default metric:` line after the link, got "id 5\.5\.5\.5, data 10\.0\.0\.9, Type PointToPoint \(1\)"/)
    expect(r.topology.links).toEqual([{ a: 'j:1.1.1.1', b: 'j:4.4.4.4', metric: 10 }])
  })

  it('refuses Junos\'s network LSAs alone with Junos\'s command; the plain show ospf database is not told as a database it reads', () => {
    const networks = 'lab@r1> show ospf database network detail\n' + JUNOS_AREA0 + 'Network *10.0.0.1         1.1.1.1          0x80000026  1730  0x22 0x1b56  36\n  mask 255.255.255.0\n  attached router 1.1.1.1\n'
    expect(detectTopologyFormat('nets.txt', networks)).toBe('ospf')
    const r = parseOspfDatabase(networks, { file: 'nets.txt' })
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['ospf_router_lsas_missing@3'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatch(/Save show ospf database router extensive \(and show ospf database network extensive, in the same file\) and give that\.$/)
    // Junos `show ospf database` (CiscoTestAutomation/genieparser, src/genie/libs/parser/junos/tests/ShowOspfDatabase/cli/equal/golden_output_output.txt, its layout).
    const plain = 'lab@r1> show ospf database\n' + JUNOS_AREA0 + 'Router  *10.34.2.250     10.34.2.250     0x8000205a  1027  0x22 0x26f6 144\nRouter   10.34.2.251     10.34.2.251     0x80001dde   858  0x22 0x1022 108\n'
    expect(detectTopologyFormat('r1.txt', plain)).not.toBe('ospf')
  })

  it('reads FRR\'s show ipv6 ospf6 database router detail: LANs by their DR\'s router id and interface id checked against the network LSAs, point-to-point links only when listed back', () => {
    const text = 'r3# show ipv6 ospf6 database detail\n\n        Area Scoped Link State Database (Area 0.0.0.0)\n' + OSPF6_PUBLISHED +
      ospf6RouterLsa('0.0.0.3', [['Transit-Network', 5, '0.0.0.2', '0.0.0.3'], ['Point-To-Point', 7, '0.0.0.9', '0.0.0.5']]) +
      // 0.0.0.3's LAN, whose network LSA attaches 0.0.0.2 and 0.0.0.3 alone, no longer has 0.0.0.4.
      ospf6RouterLsa('0.0.0.4', [['Transit-Network', 1, '0.0.0.2', '0.0.0.4'], ['Transit-Network', 1, '0.0.0.2', '0.0.0.3']]) +
      // 0.0.0.4 does not list 0.0.0.5 back.
      ospf6RouterLsa('0.0.0.5', [['Point-To-Point', 7, '0.0.0.8', '0.0.0.3'], ['Point-To-Point', 9, '0.0.0.8', '0.0.0.4'], ['Stub-Network', 1, '0.0.0.0', '0.0.0.0']]) +
      '\n        I/F Scoped Link State Database (I/F r3-eth0 in Area 0.0.0.0)\n\nAge:  317 Type: Link\nLink State ID: 0.0.0.3\nAdvertising Router: 0.0.0.2\n' +
      '     Priority: 10 Options: --|R|-|--|E|V6\n     LinkLocal Address: fe80::a476:88ff:feb7:f2ed\n     Number of Prefix: 0\n'
    expect(detectTopologyFormat('r3.txt', text)).toBe('ospf')
    const r = parseOspfDatabase(text, { file: 'r3.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['r3:0.0.0.2', 'r3:0.0.0.3', 'r3:0.0.0.4', 'r3:0.0.0.5'])
    expect(r.topology.links.map((l) => `${l.a.slice(3)}-${l.b.slice(3)} ${l.metric}`).sort()).toEqual(['0.0.0.2-0.0.0.3 5', '0.0.0.2-0.0.0.4 1', '0.0.0.3-0.0.0.5 7'])
    // The published LSAs alone, without their area's heading, are read too: one router LSA, whose LANs hold no other router read.
    expect(detectTopologyFormat('lsas.txt', OSPF6_PUBLISHED)).toBe('ospf')
    const alone = parseOspfDatabase(OSPF6_PUBLISHED, { file: 'lsas.txt' })
    expect([alone.topology.nodes.map((n) => n.id), alone.topology.links, alone.diagnostics]).toEqual([['lsas:0.0.0.2'], [], []])
  })

  it('reports an ospf6d link whose metric does not read and one without its neighbour, at their lines, with FRR\'s command; network LSAs alone are refused', () => {
    const text = '\n        Area Scoped Link State Database (Area 0.0.0.0)\n' +
      ospf6RouterLsa('0.0.0.3', [['Point-To-Point', 'far', '0.0.0.9', '0.0.0.5'], ['Point-To-Point', 7, '0.0.0.9', '0.0.0.4']]).replace('    Neighbor Router ID: 0.0.0.4\n', '') +
      ospf6RouterLsa('0.0.0.4', [['Point-To-Point', 7, '0.0.0.9', '0.0.0.3']])
    const r = parseOspfDatabase(text, { file: 'r3.txt' })
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_ospf_database@11', 'malformed_ospf_database@15'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('r3.txt:11: error: cannot read this line of the OSPF database: expected a metric of 0 to 65535, got "Type: Point-To-Point Metric: far". ' +
      'Save the output of show ipv6 ospf6 database router detail as the router printed it.')
    expect(formatDiagnostic(r.diagnostics[1]!)).toMatch(/expected a `Neighbor Router ID:` line after the link, got "Type: Point-To-Point Metric: 7"/)
    // 0.0.0.4 lists 0.0.0.3, whose link to it did not read: it is not listed back.
    expect(r.topology.links).toEqual([])
    const networks = parseOspfDatabase(OSPF6_PUBLISHED.slice(OSPF6_PUBLISHED.indexOf('Age:  310')), { file: 'nets.txt' })
    expect(networks.diagnostics.map((d) => d.code)).toEqual(['ospf_router_lsas_missing'])
    expect(formatDiagnostic(networks.diagnostics[0]!)).toMatch(/Save show ipv6 ospf6 database router detail \(and show ipv6 ospf6 database network detail, in the same file\) and give that\.$/)
  })

  it('reads Junos\'s show ospf3 database extensive: routers by their Adv Rtr, links by Nbr-Rtr-Id at their Metric, the prompt naming its own router, other LSAs skipped', () => {
    const text = JUNOS_OSPF3.replace('show ospf3', 'lab@r5> show ospf3')
    expect(detectTopologyFormat('r5.txt', text)).toBe('ospf')
    const r = parseOspfDatabase(text, { file: 'r5.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => [n.id.slice(3), n.label])).toEqual([
      ['10.34.2.250', undefined], ['10.34.2.251', undefined], ['10.169.14.240', undefined], ['10.169.14.241', undefined], ['10.189.5.252', 'r5'], ['10.189.5.253', undefined],
    ])
    expect(r.topology.links.map((l) => `${l.a.slice(3)}-${l.b.slice(3)} ${l.metric}`).sort()).toEqual([
      '10.169.14.240-10.169.14.241 5', '10.169.14.240-10.189.5.252 100', '10.169.14.240-10.34.2.250 100', '10.169.14.241-10.189.5.253 120',
      '10.169.14.241-10.34.2.251 120', '10.189.5.252-10.189.5.253 5', '10.34.2.250-10.34.2.251 5',
    ])
    // 10.34.2.251's link to 10.169.14.241 gone from its LSA: 10.169.14.241's is not listed back, and is left out.
    const gone = parseOspfDatabase(JUNOS_OSPF3.replace('Type PointToPoint (1), Metric 120\n    Loc-If-Id 3, Nbr-If-Id 4, Nbr-Rtr-Id 10.169.14.241\n', ''), { file: 'r5.txt' })
    expect(gone.topology.links.map((l) => `${l.a.slice(3)}-${l.b.slice(3)}`)).not.toContain('10.169.14.241-10.34.2.251')
    expect(gone.topology.links).toHaveLength(6)
  })

  it('reports a Junos OSPF3 link whose metric does not read and one without its neighbour, at their lines, with Junos\'s OSPF3 command', () => {
    const text = JUNOS_OSPF3.replace('Type PointToPoint (1), Metric 100\n    Loc-If-Id 3, Nbr-If-Id 4', 'Type PointToPoint (1), Metric lots\n    Loc-If-Id 3, Nbr-If-Id 4')
      .replace('    Loc-If-Id 2, Nbr-If-Id 2, Nbr-Rtr-Id 10.34.2.250\n', '')
    const r = parseOspfDatabase(text, { file: 'r5.txt' })
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_ospf_database@9', 'malformed_ospf_database@18'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('r5.txt:9: error: cannot read this line of the OSPF database: expected a metric of 0 to 65535, got "Type PointToPoint (1), Metric lots". ' +
      'Save the output of show ospf3 database router extensive as the router printed it.')
    expect(formatDiagnostic(r.diagnostics[1]!)).toMatch(/expected a `Loc-If-Id \.\.\., Nbr-If-Id \.\.\., Nbr-Rtr-Id \.\.\.` line after the link, got "Type PointToPoint \(1\), Metric 5"/)
  })

  it('reads Cisco\'s OSPFv3 router LSAs: point-to-point links by Neighbor Router ID, LANs by their DR\'s router id and interface id, checked against the network LSAs', () => {
    // Cisco IOS `show ipv6 ospf database router` and `network` of MLS3, https://pastebin.com/rnXj9nQq and
    // https://pastebin.com/sGYfg1Zt (their layout); the point-to-point link's lines as
    // CiscoTestAutomation/genieparser's src/genie/libs/parser/iosxe/show_ospf.py parses them.
    const lsa = (router: string, links: string[]): string => `  LS age: 1237\n  Options: (V6-Bit E-Bit R-bit DC-Bit)\n  LS Type: Router Links\n  Link State ID: 0\n` +
      `  Advertising Router: ${router}\n  LS Seq Number: 80000009\n  Checksum: 0x9587\n  Length: 72\n  Number of Links: ${links.length}\n\n${links.join('\n')}\n`
    const transit = (metric: number, own: number, dr: string, drId: number): string =>
      `    Link connected to: a Transit Network\n      Link Metric: ${metric}\n      Local Interface ID: ${own}\n      Neighbor (DR) Interface ID: ${drId}\n      Neighbor (DR) Router ID: ${dr}\n`
    const p2p = (metric: number | string, peer: string): string =>
      `    Link connected to: another Router (point-to-point)\n      Link Metric: ${metric}\n      Local Interface ID: 7\n      Neighbor Interface ID: 6\n      Neighbor Router ID: ${peer}\n`
    const network = (drId: number, dr: string, attached: string[]): string => `  LS age: 1332\n  Options: (V6-Bit E-Bit R-bit DC-Bit)\n  LS Type: Network Links\n` +
      `  Link State ID: ${drId} (Interface ID of Designated Router)\n  Advertising Router: ${dr}\n  LS Seq Number: 80000004\n  Checksum: 0xA021\n  Length: 32\n` +
      attached.map((r) => `        Attached Router: ${r}\n`).join('') + '\n'
    const routers = 'MLS3#show ipv6 ospf database router\n\n            OSPFv3 Router with ID (3.3.3.3) (Process ID 1)\n\n                Router Link States (Area 0)\n\n' +
      lsa('3.3.3.3', [transit(1, 25, '4.4.4.4', 25), transit(1, 24, '4.4.4.4', 24), transit(10, 4, '5.5.5.5', 4)]) +
      lsa('4.4.4.4', [transit(1, 25, '4.4.4.4', 25), transit(1, 24, '4.4.4.4', 24)]) +
      lsa('5.5.5.5', [transit(10, 4, '5.5.5.5', 4), p2p(30, '6.6.6.6')]) + lsa('6.6.6.6', [transit(10, 4, '6.6.6.6', 4), p2p(30, '5.5.5.5')])
    expect(detectTopologyFormat('mls3.txt', routers)).toBe('ospf')
    const r = parseOspfDatabase(routers, { file: 'mls3.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => [n.id, n.label])).toEqual([['mls3:3.3.3.3', 'MLS3'], ['mls3:4.4.4.4', undefined], ['mls3:5.5.5.5', undefined], ['mls3:6.6.6.6', undefined]])
    // 6.6.6.6's LAN has interface id 4 too, but another DR: it is another network.
    expect(r.topology.links.map((l) => `${l.a.slice(5)}-${l.b.slice(5)} ${l.metric}`)).toEqual(['5.5.5.5-6.6.6.6 30', '3.3.3.3-4.4.4.4 1', '3.3.3.3-5.5.5.5 10'])
    // The network LSA of 5.5.5.5's LAN no longer attaches 3.3.3.3.
    const networks = '\nMLS3#show ipv6 ospf database network\n\n            OSPFv3 Router with ID (3.3.3.3) (Process ID 1)\n\n                Net Link States (Area 0)\n\n' +
      network(24, '4.4.4.4', ['4.4.4.4', '3.3.3.3']) + network(25, '4.4.4.4', ['4.4.4.4', '3.3.3.3']) + network(4, '5.5.5.5', ['5.5.5.5'])
    const both = parseOspfDatabase(routers + networks, { file: 'mls3.txt' })
    expect(both.topology.links.map((l) => `${l.a.slice(5)}-${l.b.slice(5)} ${l.metric}`)).toEqual(['5.5.5.5-6.6.6.6 30', '3.3.3.3-4.4.4.4 1'])
    // A metric that does not read, and a link without its neighbour, are reported at their lines with OSPFv3's command.
    const bad = parseOspfDatabase(routers.replace('Link Metric: 30', 'Link Metric: far').replace('      Neighbor (DR) Router ID: 5.5.5.5\n', ''), { file: 'mls3.txt' })
    expect(bad.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_ospf_database@29', 'malformed_ospf_database@73'])
    expect(formatDiagnostic(bad.diagnostics[0]!)).toBe('mls3.txt:29: error: cannot read this line of the OSPF database: expected a `Link Metric:` and a `Neighbor (DR) Router ID:` line ' +
      '(with its `Neighbor (DR) Interface ID:`) after the link, got "Link connected to: a Transit Network". Save the output of show ospfv3 database router as the router printed it.')
  })

  /**
   * Huawei VRP's `display ospf lsdb router` then `display ospf lsdb network`, saved after AR2's
   * prompt, in the layout of Huawei's command reference ("display ospf lsdb"): AR1 and AR2 joined
   * point-to-point at 1562, AR2, AR3 and AR4 on a LAN whose DR (4.4.4.4, at 10.1.234.4) attaches
   * AR2 and itself but not AR3 (its adjacency not full), AR4 and AR5 point-to-point in area 1.
   */
  const HUAWEI = `<AR2>display ospf lsdb router

	 OSPF Process 1 with Router ID 2.2.2.2
		         Area: 0.0.0.0
		 Link State Database


  Type      : Router
  Ls id     : 1.1.1.1
  Adv rtr   : 1.1.1.1
  Ls age    : 639
  Len       : 48
  Options   :  E
  seq#      : 80000007
  chksum    : 0x42e
  Link count: 2
   * Link ID: 2.2.2.2
     Data   : 10.1.12.1
     Link Type: P-2-P
     Metric : 1562
   * Link ID: 10.1.12.0
     Data   : 255.255.255.0
     Link Type: StubNet
     Metric : 1562
     Priority : Low

  Type      : Router
  Ls id     : 2.2.2.2
  Adv rtr   : 2.2.2.2
  Ls age    : 642
  Len       : 60
  Options   :  E
  seq#      : 80000009
  chksum    : 0xe348
  Link count: 3
   * Link ID: 10.1.234.4
     Data   : 10.1.234.2
     Link Type: TransNet
     Metric : 1
   * Link ID: 1.1.1.1
     Data   : 10.1.12.2
     Link Type: P-2-P
     Metric : 1562
   * Link ID: 2.2.2.2
     Data   : 255.255.255.255
     Link Type: StubNet
     Metric : 0
     Priority : Medium

  Type      : Router
  Ls id     : 3.3.3.3
  Adv rtr   : 3.3.3.3
  Ls age    : 1454
  Len       : 36
  Options   :  E
  seq#      : 8000000c
  chksum    : 0xd542
  Link count: 1
   * Link ID: 10.1.234.4
     Data   : 10.1.234.3
     Link Type: TransNet
     Metric : 1

  Type      : Router
  Ls id     : 4.4.4.4
  Adv rtr   : 4.4.4.4
  Ls age    : 1675
  Len       : 36
  Options   :  ABR  E
  seq#      : 80000007
  chksum    : 0x8a87
  Link count: 1
   * Link ID: 10.1.234.4
     Data   : 10.1.234.4
     Link Type: TransNet
     Metric : 1
		         Area: 0.0.0.1
		 Link State Database


  Type      : Router
  Ls id     : 4.4.4.4
  Adv rtr   : 4.4.4.4
  Ls age    : 1702
  Len       : 36
  Options   :  ABR  E
  seq#      : 80000005
  chksum    : 0x6c15
  Link count: 1
   * Link ID: 5.5.5.5
     Data   : 10.1.45.4
     Link Type: P-2-P
     Metric : 48

  Type      : Router
  Ls id     : 5.5.5.5
  Adv rtr   : 5.5.5.5
  Ls age    : 1299
  Len       : 36
  Options   :  E
  seq#      : 8000000b
  chksum    : 0xcbb9
  Link count: 1
   * Link ID: 4.4.4.4
     Data   : 10.1.45.5
     Link Type: P-2-P
     Metric : 48

<AR2>display ospf lsdb network

	 OSPF Process 1 with Router ID 2.2.2.2
		         Area: 0.0.0.0
		 Link State Database


  Type      : Network
  Ls id     : 10.1.234.4
  Adv rtr   : 4.4.4.4
  Ls age    : 1712
  Len       : 36
  Options   :  E
  seq#      : 8000000b
  chksum    : 0xe13c
  Net mask  : 255.255.255.0
  Priority  : Low
     Attached Router    4.4.4.4
     Attached Router    2.2.2.2
`

  it('reads Huawei\'s display ospf lsdb router and network: routers by Adv rtr, links at their Metric, the LAN through its network LSA, the prompt naming its router', () => {
    // Saved after Huawei's prompt, the file starts with `<AR2>`: it was taken for XML.
    expect(detectTopologyFormat('ar2.txt', HUAWEI)).toBe('ospf')
    const r = parseOspfDatabase(HUAWEI, { file: 'ar2.txt', network: 'hq' })
    expect(r.topology.nodes).toEqual([
      { id: 'hq:1.1.1.1', network: 'hq', devices: ['1.1.1.1'] },
      { id: 'hq:2.2.2.2', network: 'hq', label: 'AR2', devices: ['2.2.2.2', 'AR2'] },
      { id: 'hq:3.3.3.3', network: 'hq', devices: ['3.3.3.3'] },
      { id: 'hq:4.4.4.4', network: 'hq', devices: ['4.4.4.4'] },
      { id: 'hq:5.5.5.5', network: 'hq', devices: ['5.5.5.5'] },
    ])
    // Stub networks are no links; AR3, not attached by the DR's network LSA, is on no link.
    expect(r.topology.links.map((l) => `${l.a.slice(3)}-${l.b.slice(3)} ${l.metric}`)).toEqual(['1.1.1.1-2.2.2.2 1562', '4.4.4.4-5.5.5.5 48', '2.2.2.2-4.4.4.4 1'])
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ospf_areas_merged'])
    // Saved in the OSPF view of the system view, the prompt names the router by its host alone.
    const inView = parseOspfDatabase(HUAWEI.replaceAll('<AR2>', '[AR2-ospf-1-area-0.0.0.0]'), { file: 'ar2.txt', network: 'hq' })
    expect(inView.topology.nodes[1]).toEqual({ id: 'hq:2.2.2.2', network: 'hq', label: 'AR2', devices: ['2.2.2.2', 'AR2'] })
    // Without the network LSA, the routers that name the DR's address are its members.
    const routersOnly = parseOspfDatabase(HUAWEI.slice(0, HUAWEI.indexOf('<AR2>display ospf lsdb network')), { file: 'ar2.txt', network: 'hq' })
    expect(routersOnly.topology.links.map((l) => `${l.a.slice(3)}-${l.b.slice(3)} ${l.metric}`)).toEqual(['1.1.1.1-2.2.2.2 1562', '4.4.4.4-5.5.5.5 48', '2.2.2.2-3.3.3.3 1', '2.2.2.2-4.4.4.4 1', '3.3.3.3-4.4.4.4 1'])
  })

  it('reports a Huawei link of an unknown type and a metric that does not read at their lines, with Huawei\'s command; network LSAs alone are refused', () => {
    const bad = parseOspfDatabase(HUAWEI.replace('Link Type: P-2-P\n     Metric : 1562\n   * Link ID: 10.1.12.0', 'Link Type: Point-to-Point\n     Metric : 1562\n   * Link ID: 10.1.12.0').replace('Metric : 48\n\n  Type', 'Metric : 48ms\n\n  Type'), { file: 'ar2.txt' })
    expect(bad.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_ospf_database@19', 'ospf_areas_merged@77', 'malformed_ospf_database@93'])
    expect(formatDiagnostic(bad.diagnostics[0]!)).toBe('ar2.txt:19: error: cannot read this line of the OSPF database: expected a link of Link Type P-2-P, TransNet, StubNet or Virtual, ' +
      'got "Link Type: Point-to-Point". Save the output of display ospf lsdb router as the router printed it.')
    const networks = HUAWEI.slice(HUAWEI.indexOf('<AR2>display ospf lsdb network'))
    expect(detectTopologyFormat('nets.txt', networks)).toBe('ospf')
    const r = parseOspfDatabase(networks, { file: 'nets.txt' })
    expect(r.topology.nodes).toEqual([])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatch(/^nets\.txt:3: error: the OSPF database holds no router LSA, .* Save display ospf lsdb router \(and display ospf lsdb network, in the same file\) and give that\.$/)
  })

  /** The heading and first fields of a Nokia SR OS LSA in the layout of `show router ospf database detail`. */
  const nokiaLsaHead = (kind: 'Router' | 'Network', area: string, adv: string, id: string): string =>
    `-------------------------------------------------------------------------------\n${kind} LSA for Area ${area}\n` +
    '-------------------------------------------------------------------------------\n' +
    `Area Id          : ${area.padEnd(20)} Adv Router Id    : ${adv}\nLink State Id    : ${id} (184483841)\nLSA Type         : ${kind}\n`

  /** A Nokia router LSA, its links `[type, id, data, metric]`. */
  const nokiaRouterLsa = (area: string, router: string, links: [string, string, string, number | string][]): string =>
    nokiaLsaHead('Router', area, router, router) +
    'Sequence No      : 0x8000000f           Checksum         : 0xd20a\n' +
    'Age              : 1295                 Length           : 60\n' +
    'Options          : E\n' +
    `Flags            : None                 Link Count       : ${links.length}\n` +
    links.map(([type, id, data, metric], i) => {
      const n = i + 1
      const [idName, dataName] = type === 'Stub Network' ? ['Network', 'Mask'] : ['DR Rtr Id', 'I/F Address']
      return `Link Type (${n})    : ${type}\n` +
        `${`${idName} (${n})`.padEnd(17)}: ${id.padEnd(20)} ${`${dataName} (${n})`.padEnd(17)}: ${data}\n` +
        `No of TOS (${n})    : 0                    Metric-0 (${n})     : ${metric}\n`
    }).join('')

  /** A Nokia network LSA: its DR's address, the DR's router id and the attached routers. */
  const nokiaNetworkLsa = (area: string, dr: string, adv: string, routers: [string, string]): string =>
    nokiaLsaHead('Network', area, adv, dr) +
    'Network Mask     : 255.255.255.0        No of Adj Rtrs   : 2\n' +
    `Router Id (1)    : ${routers[0].padEnd(20)} Router Id (2)    : ${routers[1]}\n`

  /**
   * Nokia SR OS's `show router ospf database detail` on r02, an area border router, in the layout
   * of a TiMOS-B-13.0 7750's output in public lab notes: r01, r02 and r03 on three LANs in area 0,
   * the vMX r07 on r02's LAN at a cost of 1 (r02 gives it 100), r04 behind r02 in area 1.
   */
  const NOKIA_OSPF = 'A:r02# show router ospf 0 database detail\n\n' +
    '===============================================================================\nOSPFv2 (0) Link State Database (Type : All) (Detailed)\n' +
    '===============================================================================\n' +
    nokiaRouterLsa('0.0.0.0', '10.255.0.1', [['Transit Network', '10.0.13.2', '10.0.13.1', 100], ['Transit Network', '10.0.12.2', '10.0.12.1', 100], ['Stub Network', '10.255.0.1', '255.255.255.255', 0]]) +
    nokiaRouterLsa('0.0.0.0', '10.255.0.2', [['Transit Network', '10.0.12.2', '10.0.12.2', 100], ['Transit Network', '10.0.23.2', '10.0.23.1', 100], ['Transit Network', '10.0.21.2', '10.0.21.1', 100]]) +
    nokiaRouterLsa('0.0.0.0', '10.255.0.3', [['Transit Network', '10.0.13.2', '10.0.13.2', 100], ['Transit Network', '10.0.23.2', '10.0.23.2', 100]]) +
    nokiaRouterLsa('0.0.0.0', '10.255.0.7', [['Transit Network', '10.0.21.2', '10.0.21.2', 1], ['Stub Network', '192.168.56.0', '255.255.255.0', 1]]) +
    nokiaNetworkLsa('0.0.0.0', '10.0.12.2', '10.255.0.2', ['10.255.0.2', '10.255.0.1']) +
    nokiaNetworkLsa('0.0.0.0', '10.0.13.2', '10.255.0.3', ['10.255.0.3', '10.255.0.1']) +
    nokiaNetworkLsa('0.0.0.0', '10.0.23.2', '10.255.0.3', ['10.255.0.3', '10.255.0.2']) +
    nokiaNetworkLsa('0.0.0.0', '10.0.21.2', '10.255.0.7', ['10.255.0.7', '10.255.0.2']) +
    '-------------------------------------------------------------------------------\nSummary LSA for Area 0.0.0.0\n' +
    '-------------------------------------------------------------------------------\nArea Id          : 0.0.0.0              Adv Router Id    : 10.255.0.2\n' +
    'Link State Id    : 10.0.24.0 (167778304)\nLSA Type         : Summary\nNetwork Mask     : 255.255.255.0        Metric-0         : 100\n' +
    nokiaRouterLsa('0.0.0.1', '10.255.0.2', [['Transit Network', '10.0.24.1', '10.0.24.2', 100]]) +
    nokiaRouterLsa('0.0.0.1', '10.255.0.4', [['Transit Network', '10.0.24.1', '10.0.24.1', 100], ['Stub Network', '10.0.45.0', '255.255.255.0', 100]]) +
    nokiaNetworkLsa('0.0.0.1', '10.0.24.1', '10.255.0.4', ['10.255.0.4', '10.255.0.2']) +
    '==============================================================================='

  it('reads Nokia SR OS\'s show router ospf database detail: routers by Adv Router Id, each numbered link at its Metric-0, LANs through their network LSAs', () => {
    // Read as a CSV link list, it gave "missing column a" for its prompt line.
    expect(detectTopologyFormat('r02.txt', NOKIA_OSPF)).toBe('ospf')
    const r = parseOspfDatabase(NOKIA_OSPF, { file: 'r02.txt', network: 'sr' })
    expect(r.topology.nodes.map((n) => n.id.slice(3))).toEqual(['10.255.0.1', '10.255.0.2', '10.255.0.3', '10.255.0.7', '10.255.0.4'])
    expect(r.topology.links.map((l) => `${l.a.slice(3)}-${l.b.slice(3)} ${l.metric}`).toSorted()).toEqual([
      '10.255.0.1-10.255.0.2 100', '10.255.0.1-10.255.0.3 100', '10.255.0.2-10.255.0.3 100', '10.255.0.2-10.255.0.4 100', '10.255.0.2-10.255.0.7 1',
    ])
    // r02 gives its LAN to r07 100, r07 gives it 1: routed at 1, and said so.
    expect(r.diagnostics.map((d) => d.code).toSorted()).toEqual(['asymmetric_link_metrics', 'ospf_areas_merged'])
  })

  it('reports a Nokia link whose metric does not read at its line, with Nokia\'s command; the plain show router ospf database is not read as one', () => {
    const bad = parseOspfDatabase(NOKIA_OSPF.replace('Metric-0 (2)     : 100\nLink Type (3)    : Stub Network', 'Metric-0 (2)     : 1e3\nLink Type (3)    : Stub Network'), { file: 'r02.txt' })
    expect(bad.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_ospf_database@21'])
    expect(formatDiagnostic(bad.diagnostics.find((d) => d.severity === 'error')!)).toBe('r02.txt:21: error: cannot read this line of the OSPF database: expected a metric of 0 to 65535, ' +
      'got "No of TOS (2)    : 0                    Metric-0 (2)     : 1e3". Save the output of show router ospf database detail as the router printed it.')
    // A link whose id line was lost is reported there, not linked to a router named by its next field.
    const lost = parseOspfDatabase(NOKIA_OSPF.replace('DR Rtr Id (2)    : 10.0.12.2            I/F Address (2)  : 10.0.12.1\n', ''), { file: 'r02.txt' })
    expect(lost.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_ospf_database@20'])
    expect(lost.topology.nodes.map((n) => n.id)).not.toContain('r02:0')
    const plain = 'A:R1# show router ospf database\n\n===============================================================================\nOSPFv2 (0) Link State Database (Type : All)\n' +
      '===============================================================================\nType    Area Id         Link State Id   Adv Rtr Id      Age  Sequence   Cksum\n' +
      '-------------------------------------------------------------------------------\nRouter  0.0.0.0         1.1.1.1         1.1.1.1         873  0x8000000b 0x4dd5\n'
    expect(detectTopologyFormat('r1.txt', plain)).not.toBe('ospf')
  })

  it('reads Nokia\'s and Huawei\'s layouts with a line of a million blanks inside an LSA at once, as without it', () => {
    // A line of fields split by one regex took time in the square of its length: minutes for this one.
    const long = `note:${' x '.repeat(500_000)}here\n`
    const nokia = NOKIA_OSPF.replace('LSA Type         : Router\n', `LSA Type         : Router\n${long}`)
    expect(parseOspfDatabase(nokia, { file: 'r02.txt' }).topology.links).toEqual(parseOspfDatabase(NOKIA_OSPF, { file: 'r02.txt' }).topology.links)
    const huawei = HUAWEI.replace('  Link count: 2\n', `  Link count: 2\n${long}`)
    expect(parseOspfDatabase(huawei, { file: 'ar2.txt' }).topology.links).toEqual(parseOspfDatabase(HUAWEI, { file: 'ar2.txt' }).topology.links)
  })
})
