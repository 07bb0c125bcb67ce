import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TrustpathError } from '../errors.js'
import { testdir } from '../test-support/testdir.js'
import { mergeTopologies } from '../topology/import/index.js'
import { readFlows, readInterconnect, readTopology } from './read-topology.js'

const GRAPHML = '<?xml version="1.0"?>\n<graphml><key id="d0" for="node" attr.name="label"/><graph>\n<node id="0"><data key="d0">Zurich</data></node>\n<node id="1"/>\n<edge source="0" target="1"/>\n</graph></graphml>\n'
const SNDLIB = '?SNDlib native format; type: network; version: 1.0\nNODES (\n  A ( 1 2 )\n  B ( 3 4 )\n)\nLINKS (\n  L ( A B ) 0 0 0 0 ( )\n)\nDEMANDS (\n  D ( A B ) 1 7 UNLIMITED\n)\n'

async function rejection(p: Promise<unknown>): Promise<TrustpathError> {
  const err = await p.then(() => undefined, (e: unknown) => e)
  expect(err).toBeInstanceOf(TrustpathError)
  return err as TrustpathError
}

describe('readTopology', () => {
  it('reads each format, naming the network after the file unless told otherwise', async () => {
    const dir = await testdir({
      'ch.graphml': GRAPHML, 'tri.txt': SNDLIB, 'de.csv': 'a,b\nx,y\n', 'de-nodes.csv': 'id,label\nx,X\ny,Y\n',
      'it.json': '{"links":[{"a":"m","b":"r"}]}',
    })
    const ch = await readTopology(join(dir, 'ch.graphml'))
    expect([ch.format, ch.topology.networks, ch.topology.nodes[0]]).toEqual(['graphml', ['ch'], { id: 'ch:0', network: 'ch', label: 'Zurich' }])
    const tri = await readTopology(join(dir, 'tri.txt'), { network: 'abc' })
    expect([tri.format, tri.flows]).toEqual(['sndlib', [{ id: 'D', src: 'abc:A', dst: 'abc:B', volume: 7 }]])
    const de = await readTopology(join(dir, 'de.csv'), { nodes: join(dir, 'de-nodes.csv') })
    expect(de.topology.nodes.map((n) => n.label)).toEqual(['X', 'Y'])
    expect((await readTopology(join(dir, 'it.json'))).topology.links).toEqual([{ a: 'it:m', b: 'it:r' }])
  })

  it('reads a topology in Windows-1252 (an older tool\'s code page) with its accented labels, and UTF-8 as UTF-8', async () => {
    // The Topology Zoo's GML layout, its labels written by a tool that saves Latin-1 bytes (0xFC for ü).
    const gml = (label: string) => `graph [\n  node [\n    id 0\n    label "${label}"\n    Country "Switzerland"\n  ]\n  node [\n    id 1\n    label "Gen\u00e8ve"\n  ]\n` +
      '  edge [\n    source 0\n    target 1\n    LinkLabel "10 Gbps"\n  ]\n]\n'
    const dir = await testdir({ 'ch.gml': Buffer.from(gml('Z\u00fcrich'), 'latin1'), 'ch8.gml': gml('Z\u00fcrich \u2013 Nord') })
    expect((await readTopology(join(dir, 'ch.gml'))).topology.nodes.map((n) => n.label)).toEqual(['Z\u00fcrich', 'Gen\u00e8ve'])
    expect((await readTopology(join(dir, 'ch8.gml'))).topology.nodes.map((n) => n.label)).toEqual(['Z\u00fcrich \u2013 Nord', 'Gen\u00e8ve'])
  })

  it('reads a topology a tool saved in the code page of a Chinese Windows (GBK), with its labels', async () => {
    // Six cities of a Chinese backbone in the Topology Zoo's GML layout, as GBK bytes (made with a converter).
    const dir = await testdir({ 'cn.gml': Buffer.from('Z3JhcGggWwogIE5ldHdvcmsgItbQufq159DFuce4yc34IgogIG5vZGUgWwogICAgaWQgMAogICAgbGFiZWwgIrGxvqkiCiAgICBDb3VudHJ5ICLW0Ln6IgogIF0KICBub2RlIFsKICAgIGlkIDEKICAgIGxhYmVsICLJz7qjIgogICAgQ291bnRyeSAi1tC5+iIKICBdCiAgbm9kZSBbCiAgICBpZCAyCiAgICBsYWJlbCAiuePW3SIKICAgIENvdW50cnkgItbQufoiCiAgXQogIG5vZGUgWwogICAgaWQgMwogICAgbGFiZWwgIsnu29oiCiAgICBDb3VudHJ5ICLW0Ln6IgogIF0KICBub2RlIFsKICAgIGlkIDQKICAgIGxhYmVsICKzyba8IgogICAgQ291bnRyeSAi1tC5+iIKICBdCiAgbm9kZSBbCiAgICBpZCA1CiAgICBsYWJlbCAizuS6uiIKICAgIENvdW50cnkgItbQufoiCiAgXQogIGVkZ2UgWwogICAgc291cmNlIDAKICAgIHRhcmdldCAxCiAgXQogIGVkZ2UgWwogICAgc291cmNlIDEKICAgIHRhcmdldCAyCiAgXQogIGVkZ2UgWwogICAgc291cmNlIDIKICAgIHRhcmdldCAzCiAgXQogIGVkZ2UgWwogICAgc291cmNlIDMKICAgIHRhcmdldCA0CiAgXQogIGVkZ2UgWwogICAgc291cmNlIDQKICAgIHRhcmdldCA1CiAgXQpdCg==', 'base64') })
    const { topology } = await readTopology(join(dir, 'cn.gml'))
    expect(topology.nodes.map((n) => n.label)).toEqual(['北京', '上海', '广州', '深圳', '成都', '武汉'])
    expect(topology.links).toHaveLength(5)
  })

  it('reads a topology a tool saved in the code page of a Polish Windows (Windows-1250), with its labels', async () => {
    // Three Polish cities in the Topology Zoo's GML layout, as Windows-1250 bytes (made with a converter).
    const dir = await testdir({ 'pl.gml': Buffer.from('Z3JhcGggWwogIG5vZGUgWwogICAgaWQgMAogICAgbGFiZWwgIldyb2OzYXciCiAgICBDb3VudHJ5ICJQb2xza2EiCiAgXQogIG5vZGUgWwogICAgaWQgMQogICAgbGFiZWwgIqPzZJ8iCiAgXQogIG5vZGUgWwogICAgaWQgMgogICAgbGFiZWwgIkJpYbN5c3RvayIKICBdCiAgZWRnZSBbCiAgICBzb3VyY2UgMAogICAgdGFyZ2V0IDEKICBdCiAgZWRnZSBbCiAgICBzb3VyY2UgMQogICAgdGFyZ2V0IDIKICBdCl0K', 'base64') })
    const { topology } = await readTopology(join(dir, 'pl.gml'))
    expect(topology.nodes.map((n) => n.label)).toEqual(['Wrocław', 'Łódź', 'Białystok'])
  })

  it('refuses a topology with a label of a few GBK characters, too few to tell the code page, rather than reading the label as U+FFFD', async () => {
    const label = Buffer.from([0xc9, 0xcf, 0xba, 0xa3, 0xba, 0xcb, 0xd0, 0xc4, 0xbd, 0xbb, 0xbb, 0xbb, 0xbb, 0xfa]) // 上海核心交换机 in GBK
    const dir = await testdir({
      'lab.cyjs': Buffer.concat([Buffer.from('{"elements": {"nodes": [{"data": {"id": "a", "name": "'), label,
        Buffer.from('"}}, {"data": {"id": "b", "name": "r2"}}], "edges": [{"data": {"source": "a", "target": "b"}}]}}\n')]),
    })
    const err = await rejection(readTopology(join(dir, 'lab.cyjs')))
    expect([err.code, err.message]).toEqual(['input_invalid', 'the topology is text in an encoding other than UTF-8 (a Windows code page such as 1252, 1251 or GBK?)'])
    expect(err.hint).toContain('Save it as UTF-8')
  })

  it('refuses an empty file as one, whatever its extension, rather than as JSON cut short or XML without a root', async () => {
    const dir = await testdir({ 'lab.cyjs': '', 'net.xgmml': '\r\n', 'de.net': '' })
    for (const f of ['lab.cyjs', 'net.xgmml', 'de.net']) {
      const err = await rejection(readTopology(join(dir, f)))
      expect([err.code, err.message, err.hint], f).toEqual(['input_invalid', 'the topology is an empty file', 'Check that the export worked, and that this is the file it wrote.'])
    }
  })

  it('refuses REPETITA\'s demands given as a topology, and reads them as the flows of the .graph', async () => {
    const dir = await testdir({
      'Arpanet196912.0000.demands': 'DEMANDS 2\nlabel src dest bw\ndemand_0 0 1 175424\ndemand_1 1 0 203362\n',
      'Arpanet196912.graph': 'NODES 2\nlabel x y\n0_SRI -122.18219 37.45383\n1_UCSB -119.69819 34.42083\n\nEDGES 2\nlabel src dest weight bw delay\nedge_0 0 1 1 50 1522\nedge_1 1 0 1 50 1522\n',
    })
    const err = await rejection(readTopology(join(dir, 'Arpanet196912.0000.demands')))
    expect(err.message).toContain('the topology is REPETITA\'s demands (a traffic matrix), which is not read as a topology')
    expect(err.hint).toContain('Give the flow list with --flows')
    expect((await readTopology(join(dir, 'Arpanet196912.graph'))).topology.nodes.map((n) => n.id)).toEqual(['Arpanet196912:0', 'Arpanet196912:1'])
    expect((await readFlows(join(dir, 'Arpanet196912.0000.demands'))).flows.map((f) => [f.src, f.dst, f.volume])).toEqual([['0', '1', 175.424], ['1', '0', 203.362]])
  })

  it('refuses CAIDA\'s AS relationships as a topology, saying what they are and what to give, and reads an edge list', async () => {
    const dir = await testdir({
      '20100101.as-rel.txt': '# source:topology|BGP|20100101|ripe|rrc00\n# source:topology|BGP|20100101|ripe|rrc01\n18|276|0\n24|293|0\n24|2153|-1\n',
      'serial-2.txt': '# inferred clique: 174 209\n1|11537|0|bgp\n1|21616|-1|mlp\n',
      'mac.as-rel.txt': '# source:topology|BGP\r18|276|0\r24|2153|-1\r',
      'snap.txt': '# Undirected graph\n# FromNodeId\tToNodeId\n0\t1\n1\t2\n',
    })
    for (const file of ['20100101.as-rel.txt', 'serial-2.txt', 'mac.as-rel.txt']) {
      const err = await rejection(readTopology(join(dir, file)))
      expect(err.message).toMatch(/^the topology is a list of AS relationships \(CAIDA's `AS1\|AS2\|-1` provider-customer and `\|0` peer lines\)/)
      expect(err.hint).toContain('--interconnect')
      // The page's table of which file to give, where CAIDA's relationships are told apart from a topology.
      expect(err.hint).toContain('(docs/topology.md#which-file-do-i-give)')
    }
    const snap = await readTopology(join(dir, 'snap.txt'))
    expect([snap.format, snap.topology.links.length, snap.diagnostics]).toEqual(['edge-list', 2, []])
  })

  it('reads a Pajek network and refuses an adjacency matrix, whose lines pass for an edge list\'s, instead of reading their numbers as links', async () => {
    const matrix = (n: number, sep: string) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (Math.abs(i - j) === 1 ? '1' : '0')).join(sep)).join('\n') + '\n'
    const vertices = Array.from({ length: 12 }, (_, i) => `${i + 1} "v${i + 1}" 0.${i + 10} 0.5 0.5`).join('\n')
    const dir = await testdir({
      'pajek.net': `% made by Pajek\n*Vertices 12\n${vertices}\n*Edges\n1 2 1\n2 3 1\n`,
      'pajek.txt': '*Network lab\r\n*Vertices 2\r\n1 a\r\n2 b\r\n*Arcs\r\n1 2\r\n',
      'matrix.txt': matrix(12, ' '), 'matrix3.txt': matrix(3, '\t'), 'matrix.csv': matrix(4, ','),
      'weighted.txt': '0 2.5 0 7\n2.5 0 1 0\n0 1 0 3\n7 0 3 0\n',
      // Three links of three numbers: an edge list, whatever its shape.
      'konect.txt': '1 2 1\n2 3 1\n3 1 1\n',
    })
    const pajek = await readTopology(join(dir, 'pajek.net'))
    expect([pajek.format, pajek.topology.nodes.length, pajek.topology.nodes[0]?.label, pajek.topology.links, pajek.diagnostics]).toEqual(
      ['pajek', 12, 'v1', [{ a: 'pajek:1', b: 'pajek:2', metric: 1 }, { a: 'pajek:2', b: 'pajek:3', metric: 1 }], []])
    // Lines ending in CR LF, and *Arcs: directed, warned about as GraphML's directed edges are.
    const arcs = await readTopology(join(dir, 'pajek.txt'))
    expect([arcs.format, arcs.topology.nodes.map((n) => n.label), arcs.topology.links, arcs.diagnostics.map((d) => d.code)]).toEqual(
      ['pajek', ['a', 'b'], [{ a: 'pajek:1', b: 'pajek:2' }], ['directed_edges']])
    for (const file of ['matrix.txt', 'matrix3.txt', 'matrix.csv', 'weighted.txt']) {
      const err = await rejection(readTopology(join(dir, file)))
      expect([err.code, err.message]).toEqual(['input_invalid', expect.stringMatching(/^the topology is an adjacency matrix/)])
      expect(err.hint).toContain('as an edge list, one `a b` or `a b metric` line per link (docs/topology.md#edge-lists)')
    }
    const konect = await readTopology(join(dir, 'konect.txt'))
    expect([konect.format, konect.topology.links.length, konect.diagnostics]).toEqual(['edge-list', 3, []])
  })

  it('refuses a router\'s link-state database without its links, Junos\'s, or OSPF neighbours at its banner line, rather than as a CSV link list without columns a and b', async () => {
    // Cisco IOS XE `show ip ospf database` (CiscoTestAutomation/genieparser,
    // src/genie/libs/parser/iosxe/tests/ShowIpOspfDatabase/cli/equal/golden_output1_output.txt);
    // Junos `show isis database` as shown on ruissalo.github.io ("You are an L1 router");
    // Cisco IOS `show isis database` with a tag, as in student lab write-ups on GitHub.
    const dir = await testdir({
      'ospf.txt': 'Router#show ip ospf database\n\n            OSPF Router with ID (172.31.197.254) (Process ID 65109)\n\n                Router Link States (Area 0)\n\n' +
        'Link ID         ADV Router      Age         Seq#       Checksum Link count\n10.22.102.64    10.22.102.64    2794        0x80000043 0x002254 3\n',
      'junos-isis.txt': 'ruissalo@r1_re0> show isis database \nIS-IS level 1 link-state database:\n  0 LSPs\n\nIS-IS level 2 link-state database:\n' +
        'LSP ID                      Sequence Checksum Lifetime Attributes\nR1_re0.00-00           0x1ca5d   0x5ba9     1051 L1 L2\n',
      'ios-isis.log': 'R25#sh isis database\n\nTag 2523:\nIS-IS Level-2 Link State Database:\nLSPID                 LSP Seq Num  LSP Checksum  LSP Holdtime      ATT/P/OL\n' +
        'R23.00-00             0x00000004   0x25DB        950               0/0/0\n',
      // Cisco IOS XE's `show ospfv3 database`, one line per LSA, as in OSPFv3 lab write-ups on GitHub.
      'ospfv3.txt': 'R1#show ospfv3 database\n\n          OSPFv3 1 address-family ipv6 (router-id 192.168.12.1)\n\n\t\tRouter Link States (Area 0)\n\n' +
        'ADV Router       Age         Seq#        Fragment ID  Link count  Bits\n 192.168.12.1    154         0x80000002  0            1           None\n',
      // Huawei's `display isis lsdb`, as its command reference prints it (support.huawei.com, "display isis lsdb").
      'vrp-isis.txt': '<HUAWEI> display isis lsdb\nDatabase information for ISIS(1)\n-------------------------------------------------------------------------------------\n' +
        'Level-2 Link State Database\nLSPID                 Seq Num      Checksum      Holdtime      Length  ATT/P/OL\n' +
        '-------------------------------------------------------------------------------\n0000.0000.0001.00-00  0x0000017a   0xa21c             846          84  0/0/0\n',
      // Junos `show ospf database`, its layout as in CiscoTestAutomation/genieparser,
      // src/genie/libs/parser/junos/tests/ShowOspfDatabase/cli/equal/golden_output_output.txt.
      'junos-ospf.txt': 'lab@r1> show ospf database\n\n    OSPF database, Area 0.0.0.8\n Type       ID               Adv Rtr           Seq      Age  Opt  Cksum  Len\n' +
        'Router  *10.34.2.250     10.34.2.250     0x8000205a  1027  0x22 0x26f6 144\nRouter   10.34.2.251     10.34.2.251     0x80001dde   858  0x22 0x1022 108\n',
      // Arista EOS's `show isis database` (ipSpace's netlab exercises on GitHub): `Level 1` with a space.
      'eos-isis.txt': 'Leaf1#show isis database\n\nIS-IS Instance: underlay VRF: default\n  IS-IS Level 1 Link State Database\n' +
        '    LSPID                   Seq Num  Cksum  Life Length IS Flags\n    Leaf1.00-00                  12  22681   715    150 L1 <>\n',
      // Nokia SR OS's `show router isis database`, headed by its instance's banner and one line per LSP.
      'sros-isis.txt': 'A:admin@p1# show router isis database\n\n===============================================================================\n' +
        'Rtr Base ISIS Instance 0 Database\n===============================================================================\n' +
        'LSP ID                                  Sequence  Checksum Lifetime Attributes\n-------------------------------------------------------------------------------\n\n' +
        'Displaying Level 2 database\n-------------------------------------------------------------------------------\np1.00-00                                0xc       0xbb77   800      L1L2\n',
      // Cisco IOS `show ip ospf neighbor`, its header and a point-to-point neighbour as printed in OSPF lab write-ups.
      'nbr.txt': 'Core#sh ip ospf neighbor\n\nNeighbor ID     Pri   State           Dead Time   Address         Interface\n' +
        '10.1.0.2          0   FULL/  -        00:00:36    10.10.0.3       Ethernet0/2\n',
    })
    const refused = await Promise.all(['ospf.txt', 'junos-isis.txt', 'ios-isis.log', 'nbr.txt', 'vrp-isis.txt', 'ospfv3.txt', 'junos-ospf.txt', 'sros-isis.txt', 'eos-isis.txt'].map((f) => rejection(readTopology(join(dir, f)))))
    expect(refused.map((e) => [e.code, e.message.split(' (')[0], e.at?.line])).toEqual([
      ['input_invalid', 'the topology is an OSPF link-state database without its LSAs\' links', 3],
      ['input_invalid', 'the topology is a Junos IS-IS link-state database without its detail', 2],
      ['input_invalid', 'the topology is an IS-IS link-state database without its detail', 4],
      ['input_invalid', 'the topology is a router\'s OSPF neighbours', 3],
      ['input_invalid', 'the topology is a Huawei IS-IS link-state database without its detail', 2],
      ['input_invalid', 'the topology is an OSPFv3 link-state database without its LSAs\' links', 3],
      ['input_invalid', 'the topology is a Junos OSPF link-state database without its LSAs\' links', 3],
      ['input_invalid', 'the topology is a Nokia IS-IS link-state database without its detail', 4],
      ['input_invalid', 'the topology is an IS-IS link-state database without its detail', 4],
    ])
    // The plain commands list no links; their detail is read.
    expect(refused[0]!.hint).toMatch(/show ip ospf database router/)
    expect(refused[1]!.hint).toMatch(/show isis database detail/)
    expect(refused[2]!.hint).toMatch(/show isis database detail/)
    expect(refused[3]!.hint).toMatch(/edge list/)
    expect(refused[4]!.hint).toMatch(/display isis lsdb verbose/)
    expect(refused[5]!.hint).toMatch(/^Save the output of `show ospfv3 database router`/)
    expect(refused[6]!.hint).toMatch(/^Save the output of `show ospf database router extensive` \(with `show ospf database network extensive` in the same file\)/)
    expect(refused[7]!.hint).toBe('Save the output of `show router isis database detail` and give that with -t.')
  })

  it('refuses a router\'s IS-IS neighbours (Huawei\'s display isis peer, ZTE\'s show isis adjacency) at their heading, rather than as a file of no format read', async () => {
    const dir = await testdir({
      // networktocode/ntc-templates tests/huawei_vrp/display_isis_peer/huawei_vrp_display_isis_peer2.raw
      'vrp-peer.txt': '                          Peer information for ISIS(1)\n\n  System Id     Interface          Circuit Id        State HoldTime Type     PRI\n' +
        '--------------------------------------------------------------------------------\nMA-JK4961-01H   Eth-Trunk2         0000000087         Up   25s      L2       --\n',
      // networktocode/ntc-templates tests/zte_zxros/show_isis_adjacency/zte_zxros_show_isis_adjacency.raw (its first process)
      'zte-adj.txt': 'Process ID: 0\nInterface         System id        State     Lev     Holds       SNPA(802.2)    Pri     MT   NSF       AF       \n' +
        'xxvgei-1/1/0/24   RR-KSMTP1445-01Z UP        L2      22          PPP            -            Disable   IPv4      \n',
    })
    const [vrp, zte] = await Promise.all(['vrp-peer.txt', 'zte-adj.txt'].map((f) => rejection(readTopology(join(dir, f)))))
    expect([vrp!.code, vrp!.message.split(' (')[0], vrp!.at?.line, vrp!.hint]).toEqual(['input_invalid', 'the topology is a Huawei router\'s IS-IS neighbours', 1, 'Save the output of `display isis lsdb verbose` and give that with -t.'])
    expect([zte!.code, zte!.message.split(' (')[0], zte!.at?.line, zte!.hint]).toEqual(['input_invalid', 'the topology is a ZTE router\'s IS-IS neighbours', 2, expect.stringMatching(/edge list/)])
  })

  it('refuses the plain OSPFv3 databases of FRR and Junos and the plain OSPF databases of Huawei and Nokia at their heading, with the command whose detail is read, rather than as a CSV link list without columns a and b', async () => {
    const dir = await testdir({
      // FRR's `show ipv6 ospf6 database`: its area heading (FRRouting/frr, ospf6d/ospf6d.c, AREA_LSDB_TITLE_FORMAT) and one line per LSA.
      'frr-ospf6.txt': 'r1# show ipv6 ospf6 database\n\n        Area Scoped Link State Database (Area 0.0.0.0)\n\n' +
        'Type LSId           AdvRouter       Age   SeqNum                        Payload\nRtr  0.0.0.0        1.0.0.6         617 80000042                1.0.0.6/0.0.0.4\n',
      // Junos `show ospf3 database` (CiscoTestAutomation/genieparser, src/genie/libs/parser/junos/tests/ShowOspf3Database/cli/equal/golden_output_1_output.txt).
      'junos-ospf3.txt': 'lab@r5> show ospf3 database\n\n    OSPF3 database, Area 0.0.0.8\nType       ID               Adv Rtr           Seq         Age  Cksum  Len\n' +
        'Router      0.0.0.0          10.34.2.250     0x800018ed  2407  0xaf2d  56\nRouter      0.0.0.0          10.34.2.251     0x80001841   532  0x1d57  56\n',
      // Huawei's `display ospf lsdb`, one line per LSA, saved after the prompt of its user view (taken for XML) and of its system view.
      'vrp-ospf.txt': '<R1>display ospf lsdb\n\n\t OSPF Process 1 with Router ID 10.0.123.1\n\t\t Link State Database\n\n\t\t         Area: 0.0.0.0\n' +
        ' Type      LinkState ID    AdvRouter          Age  Len   Sequence   Metric\n Router    10.1.0.1        10.1.0.1            77  60    80000004       0\n',
      // Nokia SR OS's `show router ospf database`, one line per LSA, as in SR OS OSPF tutorials on GitHub.
      'sros-ospf.txt': 'A:R1# show router ospf database\n\n===============================================================================\nOSPFv2 (0) Link State Database (Type : All)\n' +
        '===============================================================================\nType    Area Id         Link State Id   Adv Rtr Id      Age  Sequence   Cksum\n' +
        '-------------------------------------------------------------------------------\nRouter  0.0.0.0         1.1.1.1         1.1.1.1         873  0x8000000b 0x4dd5\n',
      'vrp-ospf-system.txt': '[R1]disp ospf lsdb\n\n\t OSPF Process 1 with Router ID 10.0.123.1\n\t\t Link State Database\n\n\t\t         Area: 0.0.0.0\n' +
        ' Type      LinkState ID    AdvRouter          Age  Len   Sequence   Metric\n Router    10.1.0.1        10.1.0.1            77  60    80000004       0\n',
    })
    const refused = await Promise.all(['frr-ospf6.txt', 'junos-ospf3.txt', 'vrp-ospf.txt', 'vrp-ospf-system.txt', 'sros-ospf.txt'].map((f) => rejection(readTopology(join(dir, f)))))
    expect(refused.map((e) => [e.code, e.message.split(' (')[0], e.at?.line])).toEqual([
      ['input_invalid', 'the topology is an FRR OSPFv3 link-state database without its LSAs\' links', 3],
      ['input_invalid', 'the topology is a Junos OSPFv3 link-state database without its LSAs\' links', 3],
      ['input_invalid', 'the topology is a Huawei OSPF link-state database without its LSAs\' links', 7],
      ['input_invalid', 'the topology is a Huawei OSPF link-state database without its LSAs\' links', 7],
      ['input_invalid', 'the topology is a Nokia OSPF link-state database without its LSAs\' links', 4],
    ])
    expect(refused[4]!.hint).toBe('Save the output of `show router ospf database detail` and give that with -t.')
    expect(refused[2]!.hint).toMatch(/^Save the output of `display ospf lsdb router` \(with `display ospf lsdb network` in the same file\)/)
    expect(refused[0]!.hint).toMatch(/^Save the output of `show ipv6 ospf6 database router detail` \(with `show ipv6 ospf6 database network detail` in the same file\)/)
    expect(refused[1]!.hint).toMatch(/^Save the output of `show ospf3 database router extensive` \(with `show ospf3 database network extensive` in the same file\)/)
  })

  it('reads show ip ospf database router given with -t, and refuses it given with --flows as a topology', async () => {
    // Cisco IOS's router LSA layout, as in CiscoTestAutomation/genieparser,
    // src/genie/libs/parser/iosxe/tests/ShowIpOspfDatabaseRouter/cli/equal/golden_output2_output.txt.
    const lsa = (id: string, peer: string): string => `  LS age: 618\n  Options: (No TOS-capability, DC)\n  LS Type: Router Links\n  Link State ID: ${id}\n  Advertising Router: ${id}\n` +
      `  Number of Links: 1\n\n    Link connected to: another Router (point-to-point)\n     (Link ID) Neighboring Router ID: ${peer}\n` +
      '     (Link Data) Router Interface address: 192.168.12.1\n      Number of MTID metrics: 0\n       TOS 0 Metrics: 64\n\n'
    const lsdb = 'R1#show ip ospf database router \n\n            OSPF Router with ID (100.1.1.1) (Process ID 1)\n\n                Router Link States (Area 0)\n\n' +
      lsa('100.1.1.1', '100.1.1.2') + lsa('100.1.1.2', '100.1.1.1')
    const dir = await testdir({ 'area0.txt': lsdb })
    const read = await readTopology(join(dir, 'area0.txt'))
    expect([read.format, read.topology.links]).toEqual(['ospf', [{ a: 'area0:100.1.1.1', b: 'area0:100.1.1.2', metric: 64 }]])
    const err = await rejection(readFlows(join(dir, 'area0.txt')))
    expect(err.message).toBe('the file is a topology (a router\'s OSPF database), not a flow list')
  })

  it('reads show isis database detail given with -t, and refuses it given with --flows as a topology', async () => {
    // Cisco IOS-XR's lines, as in CiscoTestAutomation/genielibs, pkgs/ops-pkg/src/genie/libs/ops/isis/iosxr/tests/isis_output.py.
    const lsdb = 'IS-IS test (Level-1) Link State Database\nLSPID                 LSP Seq Num  LSP Checksum  LSP Holdtime/Rcvd  ATT/P/OL\n' +
      'R3.00-00              0x000003bd   0xfe94        402  /1200         1/0/0\n  Hostname:       R3\n  Metric: 10         IS-Extended R4.00\n'
    const dir = await testdir({ 'area1.txt': lsdb })
    const read = await readTopology(join(dir, 'area1.txt'))
    expect([read.format, read.topology.links]).toEqual(['isis', [{ a: 'area1:R3', b: 'area1:R4', metric: 10 }]])
    const err = await rejection(readFlows(join(dir, 'area1.txt')))
    expect(err.message).toBe('the file is a topology (a router\'s IS-IS database), not a flow list')
  })

  it('refuses a netlab lab topology by name, with the containerlab file or graph netlab writes from it to give instead', async () => {
    // The links example of netlab's manual (netlab.tools, "Links between Network Devices").
    const dir = await testdir({ 'topology.yml': '---\ndefaults:\n  device: iosv\n\nnodes:\n- r1\n- r2\n- r3\n\nlinks:\n- r1-r2\n- [ r1, r3 ]\n- r2:\n  r3:\n' })
    const err = await rejection(readTopology(join(dir, 'topology.yml')))
    expect([err.code, err.message.split(',')[0], err.hint]).toEqual(['input_invalid', 'the topology is a netlab lab topology (YAML)', expect.stringMatching(/clab\.yml that `netlab create` writes/)])
  })

  it('refuses a flow list whose lines end in a carriage return alone (Excel for Mac), as it refuses one with line feeds', async () => {
    // The volume last: read to the end of the text, the header's last cell ran into the first row's.
    const dir = await testdir({ 'flows.csv': 'src,dst,volume\rfra,muc,10\r', 'flows.txt': 'id;src;dst;volume\r\nf1;fra;muc;10\r\n' })
    for (const file of ['flows.csv', 'flows.txt']) {
      const err = await rejection(readTopology(join(dir, file)))
      expect([err.code, err.message]).toEqual(['input_invalid', expect.stringMatching(/^the topology is a flow list \(src, dst and volume\)/)])
    }
  })

  it('reads SNDlib and REPETITA files whose lines end in a carriage return alone, and the demands of such a file as flows', async () => {
    const dir = await testdir({
      'tri.sndlib': SNDLIB.replaceAll('\n', '\r'),
      'Arpanet.graph': 'NODES 2\rlabel x y\r0_SRI -122.18 37.45\r1_UCSB -119.70 34.42\r\rEDGES 2\rlabel src dest weight bw delay\redge_0 0 1 1 50 1522\redge_1 1 0 1 50 1522\r',
      'Arpanet.demands': 'DEMANDS 1\rlabel src dest bw\rdemand_0 0 1 175424\r',
    })
    const tri = await readTopology(join(dir, 'tri.sndlib'))
    expect([tri.topology.nodes.length, tri.topology.links.length, tri.flows.length, tri.diagnostics]).toEqual([2, 1, 1, []])
    const arpanet = await readTopology(join(dir, 'Arpanet.graph'))
    expect([arpanet.topology.nodes.length, arpanet.topology.links.length, arpanet.diagnostics]).toEqual([2, 1, []])
    expect((await readFlows(join(dir, 'Arpanet.demands'))).flows.map((f) => [f.src, f.dst, f.volume])).toEqual([['0', '1', 175.424]])
  })

  it('reports a file above the size cap without reading it', async () => {
    const dir = await testdir({ 'big.graphml': GRAPHML })
    const r = await readTopology(join(dir, 'big.graphml'), { limits: { maxChars: 10 } })
    expect(r.diagnostics).toMatchObject([{ code: 'input_too_large', what: 'bytes', limit: 10 }])
  })

  it('refuses a short neighbour table with the detailed command to save, as the inventory does', async () => {
    const dir = await testdir({
      'agg.txt': '<agg-fra-1>display lldp neighbor brief\nLocal Intf       Neighbor Dev             Neighbor Intf             Exptime(s)\nGE0/0/1          acc-fra-12               GE0/0/48                  102\n',
      'core.txt': 'core-sw1#show cdp neighbors\nCapability Codes: R - Router, T - Trans Bridge, B - Source Route Bridge\n                  S - Switch, H - Host, I - IGMP, r - Repeater, P - Phone\n\nDevice ID        Local Intrfce     Holdtme    Capability  Platform  Port ID\nacc-sw-07        Gig 1/0/1         151         R S I      WS-C2960X Gig 0/1\n',
    })
    const agg = await rejection(readTopology(join(dir, 'agg.txt')))
    expect([agg.code, agg.message, agg.hint]).toEqual(['input_invalid', expect.stringContaining('display lldp neighbor brief'), expect.stringContaining('display lldp neighbor (without brief)')])
    const core = await rejection(readTopology(join(dir, 'core.txt')))
    expect([core.code, core.hint]).toEqual(['input_invalid', expect.stringContaining('show cdp neighbors detail')])
  })

  it('refuses a device\'s own command output as what it is, an inventory\'s device, also after a Huawei prompt once taken for XML', async () => {
    const dir = await testdir({
      // networktocode/ntc-templates tests/huawei_smartax/display_version/huawei_smartax_display_version.raw (its first lines), after a prompt
      'olt.txt': '<olt-3>display version\n  VERSION : AB1234C342A123D23\n  PATCH   : QEF227\n  PRODUCT : MA5608T\n',
      // networktocode/ntc-templates tests/huawei_vrp/display_version/huawei_vrp_display_version2.raw (its first lines)
      'atn.txt': 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.180 (ATN 910C-B V300R003C10SPC500)\nCopyright (C) 2012-2018 Huawei Technologies Co., Ltd.\nHUAWEI ATN 910C-B uptime is 358 days, 16 hours, 59 minutes\n',
    })
    for (const file of ['olt.txt', 'atn.txt']) {
      const e = await rejection(readTopology(join(dir, file)))
      expect([e.code, e.message, e.hint], file).toEqual(['input_invalid', expect.stringContaining('a device\'s own command output'), expect.stringContaining('-i (--inventory)')])
    }
  })

  it('refuses H3C\'s display lldp neighbor-information list, whose legend was taken for a neighbour, with the verbose command to save', async () => {
    // Cut from networktocode/ntc-templates tests/hp_comware/display_lldp_neighbor-information_list/hp_comware_display_lldp_neighbor-information_list.raw;
    // it was read as one link to a node named "* -- -- Nearest nontpmr bridge neighbor", its four neighbours lost.
    const dir = await testdir({
      'h3c.txt': 'Chassis ID : * -- -- Nearest nontpmr bridge neighbor\n             # -- -- Nearest customer bridge neighbor\n             Default -- -- Nearest bridge neighbor\nSystem Name          Local Interface Chassis ID      Port ID\nSW-TEST-001          XGE1/0/1        bcea-fa00-0001  Ten-GigabitEthernet1/0/30  \nSW-TEST-002          XGE1/0/17       5c8a-3800-0002  Ten-GigabitEthernet1/0/29  \n',
    })
    const h3c = await rejection(readTopology(join(dir, 'h3c.txt')))
    expect([h3c.code, h3c.message, h3c.hint]).toEqual(['input_invalid', expect.stringContaining('display lldp neighbor-information list'), expect.stringContaining('display lldp neighbor-information verbose')])
  })

  it('throws input_unreadable for a missing file or a directory', async () => {
    const dir = await testdir({})
    expect((await rejection(readTopology(join(dir, 'nope.graphml')))).code).toBe('input_unreadable')
    expect((await rejection(readTopology(dir))).code).toBe('input_unreadable')
    expect((await rejection(readFlows(join(dir, 'nope.csv')))).code).toBe('input_unreadable')
  })
})

describe('readFlows and readInterconnect', () => {
  it('read flows and interconnect links with diagnostics naming the file and line', async () => {
    const dir = await testdir({ 'flows.csv': 'id,src,dst,volume\nf1,a,b,1\nf2,a,b,x\n', 'ix.csv': 'a,b\nch:0,de:x\nch:9,de:x\n' })
    const flows = await readFlows(join(dir, 'flows.csv'))
    expect(flows.flows).toHaveLength(1)
    expect(flows.diagnostics).toMatchObject([{ code: 'invalid_field', at: { file: join(dir, 'flows.csv'), line: 3 } }])
    const ch = (await readTopology(join(await testdir({ 'ch.graphml': GRAPHML }), 'ch.graphml'))).topology
    const de = { nodes: [{ id: 'de:x', network: 'de' }], links: [], networks: ['de'] }
    const ix = await readInterconnect(join(dir, 'ix.csv'), mergeTopologies([{ network: 'ch', topology: ch }, { network: 'de', topology: de }]))
    expect(ix.links).toEqual([{ a: 'ch:0', b: 'de:x', interconnect: true }])
    expect(ix.diagnostics).toMatchObject([{ code: 'unknown_node', at: { line: 3 } }])
  })
})
