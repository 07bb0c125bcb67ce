import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parseIsisDatabase } from './isis-database.js'

/**
 * Cisco IOS-XR `show isis database detail` of a level-1 area of broadcast LANs, cut to its
 * adjacency lines (the prefixes left out): CiscoTestAutomation/genielibs,
 * pkgs/ops-pkg/src/genie/libs/ops/isis/iosxr/tests/isis_output.py (`showIsisDatabaseDetail`).
 */
const IOS_XR = `show isis database detail
Wed Nov 27 18:23:00.945 UTC

IS-IS test (Level-1) Link State Database
LSPID                 LSP Seq Num  LSP Checksum  LSP Holdtime/Rcvd  ATT/P/OL
R3.00-00              0x000003bd   0xfe94        402  /1200         1/0/0
  Area Address:   49.0002
  Metric: 10         IS-Extended R3.01
  Metric: 10         IS-Extended R4.03
  Metric: 10         IS-Extended R3.05
  IP Address:     3.3.3.3
  Metric: 10         IP-Extended 3.3.3.0/24
  Hostname:       R3
  Metric: 10         MT (IPv6 Unicast) IS-Extended R3.01
R3.01-00              0x000003bf   0x1591        1195 /1200         0/0/0
  Metric: 0          IS-Extended R3.00
  Metric: 0          IS-Extended R5.00
R3.05-00              0x000003b8   0x073c        1005 /1200         0/0/0
  Metric: 0          IS-Extended R3.00
  Metric: 0          IS-Extended R6.00
R4.00-00            * 0x000003be   0x73d0        1087 /*            0/0/0
  Area Address:   49.0002
  Metric: 10         IS-Extended R4.03
  Metric: 10         IS-Extended R5.02
  Hostname:       R4
R4.03-00              0x000003b6   0x7d32        1011 /*            0/0/0
  Metric: 0          IS-Extended R4.00
  Metric: 0          IS-Extended R3.00
R5.00-00              0x000003b8   0x0912        490  /1200         1/0/0
  Hostname:       R5
  Metric: 10         IS-Extended R5.03
  Metric: 10         IS-Extended R3.01
  Metric: 10         IS-Extended R5.02
R5.02-00              0x000003b9   0xce21        613  /1199         0/0/0
  Metric: 0          IS-Extended R5.00
  Metric: 0          IS-Extended R4.00
R5.03-00              0x000003ba   0xc5f4        839  /1199         0/0/0
  Metric: 0          IS-Extended R5.00
  Metric: 0          IS-Extended R7.00
R6.00-00              0x0000054b   0x73c5        1055 /1200         0/0/0
  Router ID:      6.6.6.6
  Hostname:       R6
  Metric: 40         MT (IPv6 Unicast) IS-Extended R3.05
  Metric: 40         IS-Extended R3.05
  Metric: 40         IS-Extended R7.02
R7.00-00              0x0000054f   0x0ef9        894  /1198         1/0/0
  Hostname:       R7
  Metric: 40         IS-Extended R7.02
  Metric: 40         IS-Extended R5.03
R7.02-00              0x0000054b   0xf08d        1108 /1200         0/0/0
  Metric: 0          IS-Extended R6.00
  Metric: 0          IS-Extended R7.00

 Total Level-1 LSP count: 11     Local Level-1 LSP count: 1
`

/**
 * FRR's `show isis database detail` names neighbours by system id (ipSpace's netlab IS-IS
 * exercises print `c1.00-00` with `Extended Reachability: 0000.0000.0003.00 (Metric: 10)`); the
 * system ids are named by `show isis hostname`, saved in the same session.
 */
const FRR = `x1# show isis hostname
vrf     : default
Level  System ID      Dynamic Hostname
2      0000.0000.0002 c1
     * 0000.0000.0003 x1
x1# show isis database detail
Area Gandalf:
IS-IS Level-2 link-state database:
LSP ID                  PduLen  SeqNumber   Chksum  Holdtime  ATT/P/OL
c1.00-00                  142   0x00000007  0xd869     874    0/0/0
  Protocols Supported: IPv4
  Area Address: 49.0100
  Hostname: c1
  Router Capability: 10.0.0.2 , D:0, S:0
  Extended Reachability: 0000.0000.0003.00 (Metric: 10)
  Extended IP Reachability: 172.16.0.0/24 (Metric: 20)
x1.00-00             *    109   0x00000004  0xa092    1713    0/0/0
  Hostname: x1
  Extended Reachability: 0000.0000.0002.00 (Metric: 30)
`

describe('parseIsisDatabase', () => {
  it('reads IOS-XR\'s database: each router a node named by its hostname, each LAN\'s routers linked at the metric each gives the LAN', () => {
    const r = parseIsisDatabase(IOS_XR, { file: 'area1.txt' })
    expect(r.topology.nodes.map((n) => [n.id, n.devices])).toEqual([
      ['area1:R3', ['R3']], ['area1:R4', ['R4']], ['area1:R5', ['R5']], ['area1:R6', ['R6']], ['area1:R7', ['R7']],
    ])
    const links = r.topology.links.map((l) => `${l.a}-${l.b} ${l.metric}`).sort()
    expect(links).toEqual([
      'area1:R3-area1:R4 10', 'area1:R3-area1:R5 10', 'area1:R3-area1:R6 10',
      'area1:R4-area1:R5 10', 'area1:R5-area1:R7 10', 'area1:R6-area1:R7 40',
    ])
    // R6 and R7 give their LANs 40, their neighbours 10: the existing warning, with the metric each way.
    expect(r.diagnostics.map((d) => d.code)).toEqual(['asymmetric_link_metrics'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatch(/^area1\.txt:\d+: warning: 2 links have a different metric in each direction \(R3 → R6 10, back 40; R5 → R7 10, back 40\)/)
  })

  it('names FRR\'s system ids by the show isis hostname table saved with it, and a point-to-point adjacency seen from both ends is one link', () => {
    const r = parseIsisDatabase(FRR, { file: 'gandalf.txt' })
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['gandalf:c1', 'gandalf:x1'])
    expect(r.topology.links).toEqual([{ a: 'gandalf:c1', b: 'gandalf:x1', metric: 10 }])
    expect(r.diagnostics.map((d) => d.code)).toEqual(['asymmetric_link_metrics'])
  })

  it('warns when FRR\'s system ids are named by nothing in the file, and says to save show isis hostname', () => {
    const r = parseIsisDatabase(FRR.slice(FRR.indexOf('x1# show isis database')), { file: 'gandalf.txt' })
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['gandalf:c1', 'gandalf:x1', 'gandalf:0000.0000.0003', 'gandalf:0000.0000.0002'])
    const warning = r.diagnostics.find((d) => d.code === 'isis_system_ids_unnamed')!
    expect(formatDiagnostic(warning)).toBe('gandalf.txt:10: warning: 2 neighbours are named by system id alone ("0000.0000.0003", "0000.0000.0002"), as FRR writes its neighbours, ' +
      'and no hostname in the file names them: they are nodes apart from the router of that name, and no inventory device is placed on them. Save show isis hostname (Huawei: display isis name-table) in the same file, before or after the database.')
  })

  it('reads level-1 and level-2 databases of one dump and says so; an adjacency of both levels is one link at its smaller metric', () => {
    // Cisco IOS prints `IS-IS Level-1 Link State Database:` and `Level-2` in turn, narrow metrics as `IS`.
    const text = 'r1#show isis database detail\n\nIS-IS Level-1 Link State Database:\nLSPID                 LSP Seq Num  LSP Checksum  LSP Holdtime      ATT/P/OL\n' +
      'r1.00-00            * 0x00000008   0x621E                1158/*         0/0/0\n  Hostname: r1\n  Metric: 20         IS r2.00\n' +
      'IS-IS Level-2 Link State Database:\nLSPID                 LSP Seq Num  LSP Checksum  LSP Holdtime      ATT/P/OL\n' +
      'r1.00-00            * 0x00000008   0x621E                1158/*         0/0/0\n  Hostname: r1\n  Metric: 10         IS-Extended r2.00\n  Metric: 10         IS-Extended r3.00\n'
    const r = parseIsisDatabase(text, { file: 'pop.txt' })
    expect(r.topology.links).toEqual([{ a: 'pop:r1', b: 'pop:r2', metric: 10 }, { a: 'pop:r1', b: 'pop:r3', metric: 10 }])
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['isis_levels_merged@8'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatch(/^pop\.txt:8: info: the IS-IS database holds level 1 and level 2: both are read/)
  })

  it('reads a database without hostnames, its routers and LANs named by system id, with the own LSP\'s * glued to its id', () => {
    // IP Infusion's OcNOS manual, show isis database detail (docs.ipinfusion.com, OcNOS-RON Layer 3
    // Guide, "show isis database"); the last line, router 0002's own link to the LAN, is added here
    // (the manual's example stops at that LSP's header).
    const text = '#show isis database detail\nArea bb:\nIS-IS Level-1 Link State Database:\nLSPID LSP Seq Num LSP Checksum LSP Holdtime ATT/P/OL\n' +
      '000F.0000.0001.00-00* 0x00000007 0xE15E 1188 1/0/0\nArea Address: 49.000F\nNLPID: 0xCC\nIP Address: 10.10.12.97\n' +
      'Metric: 10 IP 10.10.12.0 255.255.255.0\nMetric: 10 IS 000F.0000.0001.02\n' +
      '000F.0000.0001.02-00* 0x00000003 0x3C66 1026 1/0/0\nMetric: 0 IS 000F.0000.0001.00\nMetric: 0 IS 000F.0000.0002.00\n' +
      '000F.0000.0002.00-00 0x00000003 0x8C4B 1025 1/0/0\nMetric: 10 IS 000F.0000.0001.02\n'
    expect(detectTopologyFormat('lan.txt', text)).toBe('isis')
    const r = parseIsisDatabase(text, { file: 'lan.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['lan:000F.0000.0001', 'lan:000F.0000.0002'])
    expect(r.topology.links).toEqual([{ a: 'lan:000F.0000.0001', b: 'lan:000F.0000.0002', metric: 10 }])
  })

  it('reads Junos\'s show isis database extensive: its neighbour lines once, not again from the TLVs, routers named by hostname', () => {
    // Juniper's techposts, "EANTC BIER InterOp Testing on PTX10002-36QDD" (see test/fixtures/topology/README.md).
    const text = readFileSync(new URL('../../../test/fixtures/topology/junos-isis-extensive.txt', import.meta.url), 'utf8')
    expect(detectTopologyFormat('eantc.txt', text)).toBe('isis')
    const r = parseIsisDatabase(text, { file: 'eantc.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => n.id)).toEqual([
      'eantc:JNPR-333-PTX10002-36QDD', 'eantc:Nokia_58-SR1-3-SRv6', 'eantc:Keys-225-333', 'eantc:huawei_254_NetEngine_8000_F8', 'eantc:NOKIA-SR2-57', 'eantc:Keys-224-58',
    ])
    expect(r.topology.links.map((l) => `${l.a.slice(6)}-${l.b.slice(6)} ${l.metric}`).sort()).toEqual([
      'JNPR-333-PTX10002-36QDD-Keys-225-333 10', 'JNPR-333-PTX10002-36QDD-NOKIA-SR2-57 10', 'JNPR-333-PTX10002-36QDD-Nokia_58-SR1-3-SRv6 10',
      'JNPR-333-PTX10002-36QDD-huawei_254_NetEngine_8000_F8 10', 'Keys-224-58-Nokia_58-SR1-3-SRv6 10', 'NOKIA-SR2-57-Nokia_58-SR1-3-SRv6 10',
    ])
    // Junos prints the banner of an empty level too (`IS-IS level 1 link-state database:` and `0 LSPs`, as on ruissalo.github.io): it merges no level.
    const empty = parseIsisDatabase(text.replace('IS-IS level 2', 'IS-IS level 1 link-state database:\n  0 LSPs\n\nIS-IS level 2'), { file: 'eantc.txt' })
    expect(empty.diagnostics).toEqual([])
    // A neighbour line whose metric does not read is reported, as for Cisco's and FRR's.
    const bad = parseIsisDatabase(text.replace('Keys-225-333.00               Metric:       10', 'Keys-225-333.00               Metric:       ten'), { file: 'eantc.txt' })
    expect(bad.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_isis_database@5'])
  })

  it('reads Huawei\'s display isis lsdb verbose: routers named by HOST NAME, neighbours by their +NBR ID lines', () => {
    // Huawei's IS-IS troubleshooting guide (support.huawei.com), `display isis 1111 lsdb verbose local`
    // on R94: its LSP id is its system id, its neighbours are named by hostname, R102 twice (two links).
    const text = '<HUAWEI> display isis 1111 lsdb verbose local\n                        Database information for ISIS(1111)\n' +
      '                        -----------------------------------\n                          Level-2 Link State Database\n\n' +
      'LSPID                  Seq Num    Checksum   HoldTime       Length   ATT/P/OL\n-----------------------------------------------------------------------------\n' +
      '1492.2624.1094.00-00*  0x000000db 0x2936     397            905      0/0/0   \n SOURCE       R94.00 \n HOST NAME    R94\n NLPID        IPV4\n NLPID        IPV6\n' +
      ' AREA ADDR    86.5235.0001\n INTF ADDR  10.1.1.94 \n INTF ADDR    10.1.94.102\n INTF ADDR V6 2001:DB8::94\n Topology     Standard, IPV6\n' +
      '+NBR  ID      R95.00  COST: 100\n+NBR  ID      R102.00  COST: 100\n+NBR  ID      R102.00  COST: 10\n..\nTotal LSP(s): 1\n' +
      '    *(In TLV)-Leaking Route, *(By LSPID)-Self LSP, +-Self LSP(Extended),\n           ATT-Attached, P-Partition, OL-Overload\n'
    expect(detectTopologyFormat('r94.txt', text)).toBe('isis')
    const r = parseIsisDatabase(text, { file: 'r94.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => [n.id, n.devices])).toEqual([['r94:R94', ['R94']], ['r94:R95', ['R95']], ['r94:R102', ['R102']]])
    expect(r.topology.links).toEqual([{ a: 'r94:R94', b: 'r94:R95', metric: 100 }, { a: 'r94:R102', b: 'r94:R94', metric: 10 }])
  })

  /**
   * Nokia SR OS's `show router isis database detail` in the MD-CLI, in the layout of a 7750's
   * output in public lab notes: level 1 empty, two routers whose LSPs list each other at 10 and a
   * third (pe3) at 20 from one end and 30 from the other; each adjacency a `TE IS Nbrs` block with its
   * sub-TLVs, the prefixes' `TE IP Reach` with metrics of their own.
   */
  const NOKIA = `[/]
A:admin@p1# show router isis database detail

===============================================================================
Rtr Base ISIS Instance 0 Database (detail)
===============================================================================

Displaying Level 1 database
-------------------------------------------------------------------------------
Level (1) LSP Count : 0

Displaying Level 2 database
-------------------------------------------------------------------------------
LSP ID    : p1.00-00                                    Level     : L2
Sequence  : 0xc                    Checksum  : 0xbb77   Lifetime  : 800
Version   : 1                      Pkt Type  : 20       Pkt Ver   : 1
Attributes: L1L2                   Max Area  : 3        Alloc Len : 1492
SYS ID    : 0100.0000.0001         SysID Len : 6        Used Len  : 131

TLVs :
  Area Addresses:
    Area Address : (3) 49.0001
  Supp Protocols:
    Protocols     : IPv4
  IS-Hostname   : p1
  Router ID   :
    Router ID   : 10.0.0.1
  I/F Addresses :
    I/F Address   : 172.99.1.0
    I/F Address   : 10.0.0.1
  TE IS Nbrs   :
    Nbr   : p2.00
    Default Metric  : 10
    Sub TLV Len     : 12
    IF Addr   : 172.99.1.0
    Nbr IP    : 172.99.1.1
  TE IS Nbrs   :
    Nbr   : pe3.00
    Default Metric  : 20
    Sub TLV Len     : 34
    IF Addr   : 172.99.3.0
    Nbr IP    : 172.99.3.1
    TE APP LINK ATTR    :
      SABML-flag:Non-Legacy SABM-flags:   X
        Delay Min : 10000 Max : 10000
    Adj-SID: Flags:v4VL Weight:0 Label:524285
  TE IP Reach   :
    Default Metric  : 10
    Control Info:    , prefLen 31
    Prefix   : 172.99.1.0
    Default Metric  : 0
    Control Info:    , prefLen 32
    Prefix   : 10.0.0.1

-------------------------------------------------------------------------------
LSP ID    : p2.00-00                                    Level     : L2
Sequence  : 0xb                    Checksum  : 0x91f0   Lifetime  : 702
Version   : 1                      Pkt Type  : 20       Pkt Ver   : 1
Attributes: L1L2                   Max Area  : 3        Alloc Len : 104
SYS ID    : 0100.0000.0002         SysID Len : 6        Used Len  : 104

TLVs :
  IS-Hostname   : p2
  TE IS Nbrs   :
    Nbr   : p1.00
    Default Metric  : 10
    Sub TLV Len     : 12
    IF Addr   : 172.99.1.1
    Nbr IP    : 172.99.1.0
  TE IS Nbrs   :
    Nbr   : pe3.00
    Default Metric  : 30
  TE IP Reach   :
    Default Metric  : 5
    Control Info:    , prefLen 32
    Prefix   : 10.0.0.2

Level (2) LSP Count : 2
-------------------------------------------------------------------------------
Control Info     : D = Prefix Leaked Down
                   S = Sub-TLVs Present
===============================================================================
`

  it('reads Nokia SR OS\'s show router isis database detail: routers by IS-Hostname, each TE IS Nbrs block\'s Nbr at its Default Metric, prefixes\' metrics not read', () => {
    // Read as a CSV link list, it gave "missing column a" for its prompt line.
    expect(detectTopologyFormat('p1.txt', NOKIA)).toBe('isis')
    const r = parseIsisDatabase(NOKIA, { file: 'p1.txt', network: 'core' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => [n.id, n.devices])).toEqual([['core:p1', ['p1']], ['core:p2', ['p2']], ['core:pe3', ['pe3']]])
    expect(r.topology.links.map((l) => `${l.a.slice(5)}-${l.b.slice(5)} ${l.metric}`)).toEqual(['p1-p2 10', 'p1-pe3 20', 'p2-pe3 30'])
  })

  it('reads Nokia\'s layout with a line of a million blanks inside an adjacency\'s block at once, as without it', () => {
    // A TLV's heading was told by a regex whose ways to fail on such a line grew with the square of its length.
    const long = NOKIA.replace('    Sub TLV Len     : 12\n', `    Sub TLV Len     : 12\nA${' '.repeat(1_000_000)}b\n`)
    expect(parseIsisDatabase(long, { file: 'p1.txt' }).topology.links).toEqual(parseIsisDatabase(NOKIA, { file: 'p1.txt' }).topology.links)
  })

  it('reports a Nokia neighbour without its metric and a metric that does not read at their lines, and reads the rest', () => {
    const text = NOKIA.replace('    Nbr   : p2.00\n    Default Metric  : 10\n', '    Nbr   : p2.00\n')
      .replace('    Nbr   : pe3.00\n    Default Metric  : 30\n', '    Nbr   : pe3.00\n    Default Metric  : high\n')
    const r = parseIsisDatabase(text, { file: 'p1.txt', network: 'core' })
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_isis_database@32', 'malformed_isis_database@71'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('p1.txt:32: error: cannot read this line of the IS-IS database: expected a `Default Metric :` line in the neighbour\'s `TE IS Nbrs` block, got "Nbr   : p2.00". ' +
      'Save the output of show isis database detail (Junos: show isis database extensive; Huawei: display isis lsdb verbose; Nokia: show router isis database detail) as the router printed it.')
    // p1–p2 is read from p2's LSP; p2–pe3 from none.
    expect(r.topology.links.map((l) => `${l.a.slice(5)}-${l.b.slice(5)} ${l.metric}`)).toEqual(['p1-pe3 20', 'p1-p2 10'])
  })

  /** A database told as one and read without a diagnostic: its routers and links (`a-b metric`), sorted, in a network `dc`. */
  const readWhole = (file: string, text: string): { nodes: string[]; links: string[] } | string => {
    if (detectTopologyFormat(file, text) !== 'isis') return `told as ${detectTopologyFormat(file, text)}`
    const r = parseIsisDatabase(text, { file, network: 'dc' })
    if (r.diagnostics.length > 0) return r.diagnostics.map((d) => d.code).join(', ')
    return {
      nodes: r.topology.nodes.map((n) => n.id.slice(3)).toSorted(),
      links: r.topology.links.map((l) => `${l.a.slice(3)}-${l.b.slice(3)} ${l.metric}`).toSorted(),
    }
  }

  it('reads Cisco NX-OS\'s show isis database detail: hostnames beside their Length, neighbours by their Extended IS lines, not the IPv6 topology\'s MtExtend IS lines', () => {
    // NX-OS's layout as genieparser's NX-OS tests and ipSpace's blog print it.
    const text = 'r1# show isis database detail\nIS-IS Process: 1 LSP database VRF: default\nIS-IS Level-1 Link State Database\n  LSPID                 Seq Number   Checksum  Lifetime   A/P/O/T\n\n' +
      'IS-IS Level-2 Link State Database\n  LSPID                 Seq Number   Checksum  Lifetime   A/P/O/T\n' +
      '  r1.00-00            * 0x00000009   0x1E07    921        0/0/0/3\n    Instance      :  0x00000009\n    Area Address  :  49.0001\n' +
      '    NLPID         :  0xCC 0x8E\n    Router ID     :  10.0.0.1\n    MT TopoId     : TopoId:2 Att: 0 Ol: 0\n                    TopoId:0 Att: 0 Ol: 0\n' +
      '    Hostname      :  r1                 Length : 2\n    TopoId: 2\n    MtExtend IS   :  r3.00              Metric : 5\n' +
      '                     r2.00              Metric : 5\n    Extended IS   :  r2.00              Metric : 10\n      Interface IP Address :  172.16.0.1\n' +
      '      IP Neighbor Address :  172.16.0.0\n    Extended IS   :  r3.00              Metric : 40\n    Extended IP   :        10.0.0.1/32  Metric : 1           (U)\n' +
      '    Digest Offset :  0\n  r2.00-00              0x00000007   0x5C21    1100       0/0/0/3\n    Hostname      :  r2                 Length : 2\n' +
      '    Extended IS   :  r1.00              Metric : 10\n'
    // Its hostnames and neighbours went unread: the file was refused as show isis database without its detail, the command that printed it.
    expect(readWhole('r1.txt', text)).toEqual({ nodes: ['r1', 'r2', 'r3'], links: ['r1-r2 10', 'r1-r3 40'] })
  })

  it('reads Arista EOS\'s show isis database detail: headers in decimal, with or without the received LSP id, neighbours by their IS Neighbor lines', () => {
    // The layout of EOS 4.31 at EANTC's 2024 interoperability tests (a received LSP id column) and
    // of earlier releases in netlab exercises; the prefixes' Reachability lines are not read.
    const text = 'Spine1#show isis database detail\nLegend:\nH - hostname conflict\nU - node unreachable\n\nIS-IS Instance: DC-UNDERLAY VRF: default\n' +
      '  IS-IS Level 2 Link State Database\n    LSPID                   Seq Num  Cksum  Life Length IS  Received LSPID        Flags\n' +
      '    Spine1.00-00                 13  59001   994    165 L2  0000.0000.0001.00-00  <>\n      LSP generation remaining wait time: 0 ms\n' +
      '      NLPID: 0xCC(IPv4)\n      Hostname: Spine1\n      Area addresses: 49.0001\n      Interface address: 10.1.1.1\n' +
      '      IS Neighbor          : Leaf1.00            Metric: 10\n        IPv4 Neighbor Address: 10.1.1.2\n        Adj-sid: 1145 flags: [L V] weight: 0x0\n' +
      '      IS Neighbor          : Leaf2.00            Metric: 20\n      Reachability         : 10.1.1.0/30 Metric: 10 Type: 1 Up\n' +
      '      Router Capabilities: Router Id: 192.168.100.1 Flags: []\n        Area leader priority: 250 algorithm: 0\n' +
      '    Leaf1.00-00                   9   1249   794    150 L2 <>\n      Remaining lifetime received: 1199 s Modified to: 1200 s\n' +
      '      Hostname: Leaf1\n      IS Neighbor          : Spine1.00           Metric: 10\n      Reachability         : 10.1.1.0/30 Metric: 10 Type: 1 Up\n'
    // Its headers were no LSP's to trustpath: the file was read as a network without nodes.
    expect(readWhole('spine1.txt', text)).toEqual({ nodes: ['Leaf1', 'Leaf2', 'Spine1'], links: ['Leaf1-Spine1 10', 'Leaf2-Spine1 20'] })
    const bad = parseIsisDatabase(text.replace('Leaf2.00            Metric: 20', 'Leaf2.00            Metric: max'), { file: 'spine1.txt' })
    expect(bad.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_isis_database@18'])
  })

  it('names Huawei\'s routers and neighbours known by system id alone by the display isis name-table saved with the database', () => {
    // Without is-name, VRP names its LSPs and their neighbours by system id; a name table mapped on
    // the router (STATIC) or learnt (DYNAMIC) names them, as in Huawei's command reference.
    const lsdb = '<AR1>display isis lsdb verbose\n                        Database information for ISIS(1)\n                          Level-2 Link State Database\n' +
      'LSPID                 Seq Num      Checksum      Holdtime      Length  ATT/P/OL\n-------------------------------------------------------------------------------\n' +
      '0000.0000.0001.00-00* 0x0000000c   0xfb0b        426           189     0/0/0\n SOURCE       0000.0000.0001.00\n NLPID        IPV4\n' +
      ' NBR  ID      0000.0000.0002.00  COST: 10\n NBR  ID      0000.0000.0005.00  COST: 20\n' +
      '0000.0000.0002.00-00  0x00000009   0x9b74        421           189     0/0/0\n SOURCE       0000.0000.0002.00\n NBR  ID      0000.0000.0001.00  COST: 10\n'
    const names = '<AR1>display isis name-table\n                       Name table information for ISIS(1)\nSystem ID            Hostname                            Type\n' +
      '-------------------------------------------------------------------------------\n0000.0000.0001       AR1                                 DYNAMIC\n' +
      '0000.0000.0002       AR2                                 STATIC\n0000.0000.0005       AR5                                 STATIC\n'
    const r = parseIsisDatabase(lsdb + names, { file: 'ar1.txt', network: 'vrp' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => [n.id, n.devices])).toEqual([['vrp:AR1', ['AR1']], ['vrp:AR2', ['AR2']], ['vrp:AR5', ['AR5']]])
    expect(r.topology.links.map((l) => `${l.a.slice(4)}-${l.b.slice(4)} ${l.metric}`)).toEqual(['AR1-AR2 10', 'AR1-AR5 20'])
    // Without the name table, the routers are their system ids.
    expect(parseIsisDatabase(lsdb, { file: 'ar1.txt', network: 'vrp' }).topology.nodes.map((n) => n.id)).toEqual(['vrp:0000.0000.0001', 'vrp:0000.0000.0002', 'vrp:0000.0000.0005'])
  })

  it('reports a neighbour line that does not read, and one before any LSP, at their lines', () => {
    const text = 'IS-IS Level-2 Link State Database:\n  Metric: 10         IS-Extended r2.00\n' +
      'r1.00-00            * 0x00000008   0x621E                1158/*         0/0/0\n  Metric: ten        IS-Extended r2.00\n  Metric: 10         IS-Extended r3.00\n'
    const r = parseIsisDatabase(text, { file: 'core.txt' })
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_isis_database@2', 'malformed_isis_database@4'])
    expect(formatDiagnostic(r.diagnostics[1]!)).toBe('core.txt:4: error: cannot read this line of the IS-IS database: expected a metric of 0 to 16777215, got "Metric: ten        IS-Extended r2.00". ' +
      'Save the output of show isis database detail (Junos: show isis database extensive; Huawei: display isis lsdb verbose; Nokia: show router isis database detail) as the router printed it.')
    expect(r.topology.links).toEqual([{ a: 'core:r1', b: 'core:r3', metric: 10 }])
  })

  it('is told by its banner and an LSP\'s detail in its first lines, whatever the file\'s name', () => {
    expect(detectTopologyFormat('area1.txt', IOS_XR)).toBe('isis')
    expect(detectTopologyFormat('gandalf.log', FRR)).toBe('isis')
    // The plain command (headers, no neighbours) is no topology: read-topology refuses it with the command to save instead.
    expect(detectTopologyFormat('r.txt', 'IS-IS Level-2 Link State Database:\nLSPID                 LSP Seq Num  LSP Checksum  LSP Holdtime      ATT/P/OL\nR23.00-00             0x00000004   0x25DB        950               0/0/0\n')).not.toBe('isis')
  })
})
