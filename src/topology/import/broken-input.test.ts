import { describe, expect, it } from 'vitest'
import { expectReadsBrokenInput } from '../../test-support/broken-input.js'
import type { TopologyFormat } from './detect.js'
import { parseFlows } from './flows.js'
import { parseInterconnect } from './interconnect.js'
import { parseLinkCsv } from './link-csv.js'
import { mergeTopologies } from './merge.js'
import { parseTopology } from './parse-topology.js'
import { parseTopologyJson } from './topology-json.js'
import { CONTAINERLAB_CAMPUS, DOT_PORTS, GEXF_NETWORKX_12, GNS3_PROJECT, HUAWEI_LLDP_NEIGHBORS, LINK_CSV, SNDLIB_XML_NATIVE } from '../../test-support/topology-examples.js'

/**
 * A small valid file of each topology format, the examples the format's own tests read (for some
 * formats two, of different layouts), read through `parseTopology` as a user's file is: its
 * format told from its content and name, then read.
 */
const SEEDS: readonly { name: string; file: string; format: TopologyFormat; text: string }[] = [
  { name: 'containerlab', file: 'campus.clab.yml', format: 'containerlab', text: CONTAINERLAB_CAMPUS },
  { name: 'graphml', file: 'u.graphml', format: 'graphml', text: `<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="d0" />
  <key attr.name="Latitude" attr.type="double" for="node" id="d1" />
  <graph edgedefault="undirected">
<node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b"/>
  </graph>
</graphml>
` },
  { name: 'graphml (2)', file: 'nx.graphml', format: 'graphml', text: `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="lat" attr.type="double"/>
  <key id="k1" for="node" attr.name="lng" attr.type="double"/>
  <key id="k2" for="edge" attr.name="weight" attr.type="double"/>
  <key id="k3" for="edge" attr.name="delay" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="k0">50.1</data><data key="k1">8.7</data></node>
    <node id="b"><data key="k0">52.5</data><data key="k1">13.4</data></node>
    <edge source="a" target="b"><data key="k2">10</data><data key="k3">4.5</data></edge>
  </graph>
</graphml>` },
  { name: 'ospf', file: 'lan.txt', format: 'ospf', text: `lab@r2> show ospf database router extensive

    OSPF database, Area 0.0.0.0
 Type       ID               Adv Rtr           Seq      Age  Opt  Cksum  Len
Router   1.1.1.1      1.1.1.1      0x80000004   247  0x22 0x7e38  48
  bits 0x0, link count 2
  id 10.0.0.1, data 10.0.0.9, Type Transit (2)
    Topology count: 0, Default metric: 10
  id 1.1.1.1, data 10.0.0.9, Type Stub (3)
    Topology count: 0, Default metric: 0
  Aging timer 00:54:08
  Installed 00:05:44 ago, expires in 00:54:08, sent 00:05:42 ago
  Last changed 1d 02:16:03 ago, Change count: 69
Router  *2.2.2.2      2.2.2.2      0x80000004   247  0x22 0x7e38  48
  bits 0x0, link count 1
  id 10.0.0.1, data 10.0.0.9, Type Transit (2)
    Topology count: 0, Default metric: 20
  Aging timer 00:54:08
  Installed 00:05:44 ago, expires in 00:54:08, sent 00:05:42 ago
  Last changed 1d 02:16:03 ago, Change count: 69
Router   3.3.3.3      3.3.3.3      0x80000004   247  0x22 0x7e38  48
  bits 0x0, link count 1
  id 10.0.0.1, data 10.0.0.9, Type Transit (2)
    Topology count: 0, Default metric: 10
  Aging timer 00:54:08
  Installed 00:05:44 ago, expires in 00:54:08, sent 00:05:42 ago
  Last changed 1d 02:16:03 ago, Change count: 69
` },
  { name: 'ospf (2)', file: 'lan.txt', format: 'ospf', text: `root@r2# run show ospf database router extensive

    OSPF database, Area 0.0.0.0
 Type       ID               Adv Rtr           Seq      Age  Opt  Cksum  Len
Router   1.1.1.1      1.1.1.1      0x80000004   247  0x22 0x7e38  48
  bits 0x0, link count 2
  id 10.0.0.1, data 10.0.0.9, Type Transit (2)
    Topology count: 0, Default metric: 10
  id 1.1.1.1, data 10.0.0.9, Type Stub (3)
    Topology count: 0, Default metric: 0
  Aging timer 00:54:08
  Installed 00:05:44 ago, expires in 00:54:08, sent 00:05:42 ago
  Last changed 1d 02:16:03 ago, Change count: 69
Router  *2.2.2.2      2.2.2.2      0x80000004   247  0x22 0x7e38  48
  bits 0x0, link count 1
  id 10.0.0.1, data 10.0.0.9, Type Transit (2)
    Topology count: 0, Default metric: 20
  Aging timer 00:54:08
  Installed 00:05:44 ago, expires in 00:54:08, sent 00:05:42 ago
  Last changed 1d 02:16:03 ago, Change count: 69
Router   3.3.3.3      3.3.3.3      0x80000004   247  0x22 0x7e38  48
  bits 0x0, link count 1
  id 10.0.0.1, data 10.0.0.9, Type Transit (2)
    Topology count: 0, Default metric: 10
  Aging timer 00:54:08
  Installed 00:05:44 ago, expires in 00:54:08, sent 00:05:42 ago
  Last changed 1d 02:16:03 ago, Change count: 69
` },
  { name: 'netbox-cables', file: 'old.csv', format: 'netbox-cables', text: `ID,Side A,Termination A,Side B,Termination B,Status,Type
7,hq-sw-1,Gi1/0/1,hq-fw-1,GE0/0/1,Connected,CAT6
` },
  { name: 'dot', file: 'alps.dot', format: 'dot', text: `graph alps {
  zrh -- vie [weight=10];
  vie -- mil [weight=20];
}
` },
  { name: 'dot (2)', file: 'lldp.dot', format: 'dot', text: DOT_PORTS },
  { name: 'neighbors', file: 'tor-host.json', format: 'neighbors', text: `{"lldp": [{"interface": [{"name": "eth0", "via": "LLDP", "rid": "1", "age": "0 day, 02:10:05", "chassis": [{"id": [{"type": "mac", "value": "00:e0:fc:a1:b2:c3"}], "name": [{"value": "tor-7.example.net"}], "descr": [{"value": "Huawei Versatile Routing Platform Software"}]}], "port": [{"id": [{"type": "ifname", "value": "10GE1/0/12"}]}]}]}]}
` },
  { name: 'neighbors (2)', file: 'agg-fra-1.log', format: 'neighbors', text: HUAWEI_LLDP_NEIGHBORS },
  { name: 'sndlib', file: 'p.txt', format: 'sndlib', text: `META (
  unit = PACKETS
)
NODES (
  A
  B
)
LINKS (
  L ( A B ) 40 0 0 0 ( )
)
` },
  { name: 'sndlib (2)', file: 'net.txt', format: 'sndlib', text: SNDLIB_XML_NATIVE },
  { name: 'repetita', file: 'rf1221.graph', format: 'repetita', text: `NODES 2
label x y
Sydney,+Australia4208 0.0 0.0
Perth,+Australia4160 0.0 0.0

EDGES 1
label src dest weight bw delay
Link_0 0 1 200 2400000 7
` },
  { name: 'repetita (2)', file: 'alps.graph', format: 'repetita', text: `NODES 3
label x y
0_Zurich 8.55 47.37
1_Vienna 16.37 48.21
2_Milan 9.19 45.46

EDGES 5
label src dest weight bw delay
edge_0 0 1 10 10000000 3500
edge_1 1 0 10 10000000 3500
edge_2 0 2 5 2400000 1100
edge_3 2 0 5 1000000 1100
edge_4 1 2 20 1000000 4000
` },
  { name: 'gml', file: 'd.gml', format: 'gml', text: `graph [ directed 1 node [ id 0 ] node [ id 1 ] edge [ source 0 target 1 ] ]` },
  { name: 'gml (2)', file: 'Renam.gml', format: 'gml', text: `graph [
  Creator "Topology Zoo Toolset"
  node [
    id 0
    label "Chisinau"
  ]
  node [
    id 2
    label "       Cahul"
    Country "Moldova"
    Longitude 28.19444
    Internal 1
    Latitude 45.9075
  ]
  node [
    id 3
    label "   "
  ]
  edge [
    source 0
    target 2
    LinkSpeedRaw 128000.0
  ]
]
` },
  { name: 'json', file: 'x', format: 'json', text: `{"nodes":[{"id":"ZRH","lat":47.37,"lon":8.55},{"id":"VIE","lat":48.21,"lon":16.37}],"links":[{"a":"ZRH","b":"VIE"}]}` },
  { name: 'json (2)', file: 'sim.json', format: 'json', text: `{"nodes": [{"id": "fra", "index": 0, "x": 1.5, "y": 2}, {"id": "ber", "index": 1, "x": 3, "y": 4}], "links": [{"source": {"id": "fra", "index": 0, "x": 1.5, "y": 2}, "target": {"id": "ber", "index": 1, "x": 3, "y": 4}, "index": 0}]}` },
  { name: 'csv', file: 'de.csv', format: 'csv', text: LINK_CSV },
  { name: 'isis', file: 'lan.txt', format: 'isis', text: `#show isis database detail
Area bb:
IS-IS Level-1 Link State Database:
LSPID LSP Seq Num LSP Checksum LSP Holdtime ATT/P/OL
000F.0000.0001.00-00* 0x00000007 0xE15E 1188 1/0/0
Area Address: 49.000F
NLPID: 0xCC
IP Address: 10.10.12.97
Metric: 10 IP 10.10.12.0 255.255.255.0
Metric: 10 IS 000F.0000.0001.02
000F.0000.0001.02-00* 0x00000003 0x3C66 1026 1/0/0
Metric: 0 IS 000F.0000.0001.00
Metric: 0 IS 000F.0000.0002.00
000F.0000.0002.00-00 0x00000003 0x8C4B 1025 1/0/0
Metric: 10 IS 000F.0000.0001.02
` },
  { name: 'isis (2)', file: 'gandalf.txt', format: 'isis', text: `x1# show isis database detail
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
` },
  { name: 'xgmml', file: 'd.xgmml', format: 'xgmml', text: `<graph label="Network A" directed="1" xmlns="http://www.cs.rpi.edu/XGMML" xmlns:cy="http://www.cytoscape.org">
<node label="a" id="-1"/>
<node label="b" id="-2"/>
<edge label="a (DirectedEdge) b" source="-1" target="-2"/>
<edge source="-2" target="-1" cy:directed="0"/>
</graph>` },
  { name: 'gexf', file: 'nx.gexf', format: 'gexf', text: GEXF_NETWORKX_12 },
  { name: 'pajek', file: 'd.net', format: 'pajek', text: `*vertices 3
1 "a"
2 "b"
3 "c"
*arcs
1 2 1.5
2 1 1.5
*Arcslist
3 1 2
` },
  { name: 'pajek (2)', file: 'Abilene.net', format: 'pajek', text: `*vertices 3
0 0 0.0 0.0 ellipse Country "United States" label "New York"
1 1 0.0 0.0 ellipse Country "United States" label Chicago
2 2 0.0 0.0 ellipse label "Washington DC"
*edges
0 1 1.0 LinkType OC-192 LinkLabel OC-192c LinkNote c
0 2 1.0 LinkLabel OC-192c
` },
  { name: 'cytoscape', file: 'nx.cyjs', format: 'cytoscape', text: `{"directed": false, "multigraph": false, "elements": {
"nodes": [{"data": {"id": "0", "value": 0, "name": "NaN"}}, {"data": {"id": "1", "value": 1}}],
"edges": [{"data": {"source": 0, "target": 1, "weight": NaN}}]}}
` },
  { name: 'edge-list', file: 'weights.intra', format: 'edge-list', text: `Seattle,+WA1 Chicago,+IL2 4.5
Chicago,+IL2 Seattle,+WA1 4.5
Chicago,+IL2 NewYork,+NY3 2
` },
  { name: 'adjlist', file: 'Abilene.adjlist', format: 'adjlist', text: `#conv.py Abilene.graphml
# GMT Sat Dec  5 22:51:48 2026
# Abilene
0 1 2
1 10
2
10 99 99
99
` },
  { name: 'sndlib-xml', file: 'net.xml', format: 'sndlib-xml', text: `<?xml version="1.0" encoding="ISO-8859-1"?>
<network xmlns="http://sndlib.zib.de/network" version="1.0">
 <meta><unit>MBITPERSEC</unit></meta>
 <networkStructure>
  <nodes coordinatesType="pixel">
   <node id="A"><coordinates><x>0</x><y>100</y></coordinates></node>
   <node id="B"><coordinates><x>100</x><y>0</y></coordinates></node>
   <node id="C"><coordinates><x>11.58</x><y>48.14</y></coordinates></node>
  </nodes>
  <links>
   <link id="L1"><source>A</source><target>B</target><preInstalledModule><capacity>10000.0</capacity><cost>0.0</cost></preInstalledModule><routingCost>5.0</routingCost></link>
   <link id="L2"><source>B</source><target>C</target><additionalModules><addModule><capacity>40000.0</capacity><cost>804.0</cost></addModule></additionalModules></link>
  </links>
 </networkStructure>
 <demands>
  <demand id="A_C"><source>A</source><target>C</target><demandValue>120.5</demandValue></demand>
 </demands>
</network>
` },
  { name: 'gns3', file: 'branch.gns3', format: 'gns3', text: GNS3_PROJECT },
  { name: 'tgf', file: 'backbone.tgf', format: 'tgf', text: `1 Frankfurt PoP
2 Berlin PoP
3 Munich
#
1 2 100G DWDM
2 3
` },
]

describe('topology readers given broken files', () => {
  it('start from files they read with no error, in the format each was written in', () => {
    for (const s of SEEDS) {
      const r = parseTopology(s.text, { file: s.file })
      expect({ name: s.name, format: r.format, errors: r.diagnostics.filter((d) => d.severity === 'error') }).toEqual({ name: s.name, format: s.format, errors: [] })
    }
  })

  for (const s of SEEDS) {
    it(`refuse or read a ${s.name} file cut, edited or garbled, never crash`, () => {
      expectReadsBrokenInput((text) => parseTopology(text, { file: s.file }), s.text, { runs: 60, seed: 1 })
    })
  }

  it('refuse or read a flow list cut, edited or garbled, never crash', () => {
    expectReadsBrokenInput((text) => parseFlows(text, { file: 'flows.csv' }), 'id,src,dst,volume,class\nf1,embassy-1,de:17,40,secret\nf2,Frankfurt,site-b,0.5,\n', { runs: 200 })
  })

  it('refuse or read an interconnect list cut, edited or garbled, never crash', () => {
    const de = parseTopologyJson('{"nodes":[{"id":"1","label":"Frankfurt"},{"id":"2","label":"Munich"}],"links":[{"a":"1","b":"2"}]}', { file: 'de.json' }).topology
    const it = parseLinkCsv('a,b\nmil,rom\n', { file: 'it.csv' }).topology
    const all = mergeTopologies([{ network: 'de', topology: de }, { network: 'it', topology: it }])
    expectReadsBrokenInput((text) => parseInterconnect(text, { file: 'ix.csv' }, all), 'a,b,metric,capacity,latency_ms\nde:1,it:mil,50,10000,9\nde:frankfurt,it:rom,,,\n', { runs: 200 })
  })
})
