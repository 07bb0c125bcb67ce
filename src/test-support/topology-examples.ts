/** Topology files the readers' tests read, shared by those tests and the broken-input tests that mutate them. */

// A lab in containerlab's shape: both link forms, a default kind, a merge key and a host link.
export const CONTAINERLAB_CAMPUS = `name: campus

topology:
  defaults:
    kind: nokia_srlinux
  kinds:
    nokia_srlinux:
      image: ghcr.io/nokia/srlinux
  nodes:
    spine1:
      image: ghcr.io/nokia/srlinux:24.10
      mgmt-ipv4: 172.20.20.11
    leaf1: &vrp
      kind: huawei_vrp
      image: vrnetlab/huawei_vrp:ne40e-8.180
      labels:
        role: leaf
    leaf2:
      <<: *vrp
    client:
      kind: linux
      image: alpine:3

  links:
    - endpoints: ["spine1:e1-1", "leaf1:eth1"]
    - endpoints: [spine1:e1-2, leaf2:eth1]
    - type: veth
      endpoints:
        - node: leaf1
          interface: eth2
        - node: client
          interface: eth1
    - endpoints: ["client:eth2", "host:client-eth2"]
    - type: mgmt-net
      endpoint:
        node: leaf2
        interface: eth9
      host-interface: l2-eth9
`

/** Ports of record-shaped switches, and ids that carry the port inside the quotes. */
export const DOT_PORTS = `graph lldp {
  node [shape=record]
  "sw1" [label="{sw1|<gi0_1> Gi0/1|<gi0_2> Gi0/2}"]
  "sw2" [label="{sw2|<te1> Te1/1}"]
  "sw1":"gi0_1" -- "sw2":"te1":n
  "sw1:Gi0/2" -- "srv-7:eth1"
}
`

/** Huawei VRP8 `display lldp neighbor` in the system view: the `[~name]` prompt names the switch. */
export const HUAWEI_LLDP_NEIGHBORS = `[~agg-fra-1]display lldp neighbor
10GE1/0/1 has 1 neighbor(s):

Neighbor index :1
Chassis type   :MAC address
Chassis ID     :00e0-fc12-3456
Port ID type   :Interface name
Port ID        :GigabitEthernet0/0/48
System name         :acc-fra-12
System description  :S5735-S48T4X
Huawei Versatile Routing Platform Software
Management address type  :ipv4
Management address value :10.40.0.12
Expired time   :96s

10GE1/0/2 has 1 neighbor(s):

Neighbor index :1
Chassis type   :MAC address
Chassis ID     :6c3b-6b00-0a0b
Port ID type   :Interface name
Port ID        :sfp-sfpplus1
System name         :-
System description  :MikroTik RouterOS 7.12 (stable) CCR2004-1G-12S+2XS
Expired time   :110s
`

export const SNDLIB_XML_NATIVE = `?SNDlib native format; type: network
META (
  unit = MBITPERSEC
)
NODES (
  A ( 8.68 50.11 )
  B ( 13.40 52.52 )
  C ( 11.58 48.14 )
)
LINKS (
  L1 ( A B ) 10000.00 0.00 5.00 0.00 ( )
  L2 ( B C ) 0.00 0.00 0.00 0.00 ( 40000.00 804.00 )
)
DEMANDS (
  A_C ( A C ) 1 120.50 UNLIMITED
)
`

export const LINK_CSV = `a,b,metric,capacity,latency_ms
fra,ber,10,100000,4.5
fra,muc,12,,
ber,muc,,,
`

/** As NetworkX's write_gexf writes GEXF 1.2draft (its default) for a directed graph. */
export const GEXF_NETWORKX_12 = `<?xml version='1.0' encoding='utf-8'?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
  <meta lastmodifieddate="2024-05-01">
    <creator>NetworkX 3.3</creator>
  </meta>
  <graph defaultedgetype="directed" mode="static" name="">
    <attributes mode="static" class="edge">
      <attribute id="0" title="cost" type="long" />
    </attributes>
    <attributes mode="static" class="node">
      <attribute id="0" title="lat" type="double" />
    </attributes>
    <nodes>
      <node id="0" label="r1">
        <attvalues>
          <attvalue for="0" value="47.37" />
        </attvalues>
      </node>
      <node id="1" label="r2" />
      <node id="2" label="r3" />
    </nodes>
    <edges>
      <edge source="0" target="1" id="0">
        <attvalues>
          <attvalue for="0" value="10" />
        </attvalues>
      </edge>
      <edge source="1" target="2" id="1" type="mutual" />
    </edges>
  </graph>
</gexf>
`

// A GNS3 2.2 project as GNS3 saves it: keys sorted, links before nodes.
export const GNS3_PROJECT = `{
    "auto_close": true,
    "name": "branch",
    "project_id": "a755b1fc-5c72-4a35-aae9-b1ff3cf7092c",
    "revision": 9,
    "topology": {
        "computes": [],
        "drawings": [],
        "links": [
            {
                "link_id": "cd72c182-551c-4ba5-a333-f913b1ab0bb8",
                "nodes": [
                    {"adapter_number": 0, "node_id": "375ab30d-530e-45f8-9de6-897ea2f600d4", "port_number": 0},
                    {"adapter_number": 0, "node_id": "8b543623-a673-46cc-9291-235aa99da544", "port_number": 0}
                ],
                "suspend": false
            },
            {
                "link_id": "585a68bf-b7cb-47c4-ba81-539a126f53c0",
                "nodes": [
                    {"adapter_number": 1, "node_id": "8b543623-a673-46cc-9291-235aa99da544", "port_number": 0},
                    {"adapter_number": 0, "node_id": "5861eb87-977e-4c84-b6c1-161acab661ce", "port_number": 0}
                ]
            }
        ],
        "nodes": [
            {
                "name": "FW-1",
                "node_id": "375ab30d-530e-45f8-9de6-897ea2f600d4",
                "node_type": "qemu",
                "properties": {"adapters": 10, "hda_disk_image": "FGT6.4.7.qcow2"},
                "x": -99,
                "y": 97
            },
            {
                "name": "CE-1",
                "node_id": "8b543623-a673-46cc-9291-235aa99da544",
                "node_type": "qemu",
                "properties": {"hda_disk_image": "huawei-ar1000v.qcow2"},
                "x": 10,
                "y": 20
            },
            {
                "name": "Switch1",
                "node_id": "5861eb87-977e-4c84-b6c1-161acab661ce",
                "node_type": "ethernet_switch",
                "properties": {}
            }
        ]
    },
    "type": "topology",
    "version": "2.2.32"
}
`
