import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'

/**
 * `lldpcli -f json show neighbors details` with two neighbours: the interfaces are a list of
 * objects keyed by their names, a chassis with a name is keyed by it, one without is not.
 */
const JSON_TWO = `{
  "lldp": {
    "interface": [
      {
        "eth0": {
          "via": "LLDP",
          "rid": "1",
          "age": "0 day, 02:10:05",
          "chassis": {
            "tor-7.example.net": {
              "id": {
                "type": "mac",
                "value": "00:e0:fc:a1:b2:c3"
              },
              "descr": "Huawei Versatile Routing Platform Software\\nVRP (R) software, Version 8.191 (CE6881 V300R020C10SPC200)",
              "mgmt-ip": [
                "10.50.0.7",
                "fe80::2e0:fcff:fea1:b2c3"
              ],
              "capability": [
                {
                  "type": "Bridge",
                  "enabled": true
                },
                {
                  "type": "Router",
                  "enabled": true
                }
              ]
            }
          },
          "port": {
            "id": {
              "type": "ifname",
              "value": "10GE1/0/12"
            },
            "descr": "10GE1/0/12",
            "ttl": "120"
          }
        }
      },
      {
        "eth1": {
          "via": "LLDP",
          "rid": "2",
          "age": "0 day, 02:09:58",
          "chassis": {
            "id": {
              "type": "mac",
              "value": "24:a4:3c:01:02:03"
            },
            "descr": "ArubaOS (MODEL: 515), Version 8.10.0.7",
            "mgmt-ip": "10.50.0.40"
          },
          "port": {
            "id": {
              "type": "mac",
              "value": "24:a4:3c:01:02:03"
            },
            "descr": "eth0",
            "ttl": "120"
          },
          "lldp-med": {
            "device-type": "Network Connectivity Device",
            "capability": {
              "type": "Inventory",
              "available": true
            },
            "inventory": {
              "hardware": "1",
              "software": "8.10.0.7",
              "serial": "CNJ8KQ0123",
              "manufacturer": "Aruba Networks",
              "model": "AP-515"
            }
          }
        }
      }
    ]
  }
}
`

const DEVICES = [
  {
    id: 'tor-7.example.net', name: 'tor-7.example.net', macs: ['00:e0:fc:a1:b2:c3'],
    snmp: { sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.191 (CE6881 V300R020C10SPC200)' },
  },
  {
    // Without a system name the chassis MAC is the id and the management address the name.
    id: '24:a4:3c:01:02:03', name: '10.50.0.40', manufacturer: 'Aruba Networks', model: 'AP-515', serial: 'CNJ8KQ0123',
    macs: ['24:a4:3c:01:02:03'], snmp: { sysDescr: 'ArubaOS (MODEL: 515), Version 8.10.0.7' }, firmware: { version: '8.10.0.7' },
  },
]

/** The same first neighbour with `-f json0`, the stable layout, on one line. */
const JSON0 = '{"lldp": [{"interface": [{"name": "eth0", "via": "LLDP", "rid": "1", "age": "0 day, 02:10:05", "chassis": [{"id": [{"type": "mac", "value": "00:e0:fc:a1:b2:c3"}], "name": [{"value": "tor-7.example.net"}], "descr": [{"value": "Huawei Versatile Routing Platform Software\\nVRP (R) software, Version 8.191 (CE6881 V300R020C10SPC200)"}], "mgmt-ip": [{"value": "10.50.0.7"}, {"value": "fe80::2e0:fcff:fea1:b2c3"}], "capability": [{"type": "Bridge", "enabled": true}, {"type": "Router", "enabled": true}]}], "port": [{"id": [{"type": "ifname", "value": "10GE1/0/12"}], "descr": [{"value": "10GE1/0/12"}], "ttl": [{"value": "120"}]}]}]}]}\n'

/** `-f xml`: json0's layout as elements, attributes and text. */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<lldp label="LLDP neighbors">
 <interface label="Interface" name="eth0" via="LLDP" rid="1" age="0 day, 02:10:05">
  <chassis label="Chassis">
   <id label="ChassisID" type="mac">00:e0:fc:a1:b2:c3</id>
   <name label="SysName">tor-7.example.net</name>
   <descr label="SysDescr">Huawei Versatile Routing Platform Software
VRP (R) software, Version 8.191 (CE6881 V300R020C10SPC200)</descr>
   <mgmt-ip label="MgmtIP">10.50.0.7</mgmt-ip>
   <mgmt-ip label="MgmtIP">fe80::2e0:fcff:fea1:b2c3</mgmt-ip>
   <capability label="Capability" type="Bridge" enabled="on"/>
   <capability label="Capability" type="Router" enabled="on"/>
  </chassis>
  <port label="Port">
   <id label="PortID" type="ifname">10GE1/0/12</id>
   <descr label="PortDescr">10GE1/0/12</descr>
   <ttl label="TTL">120</ttl>
  </port>
 </interface>
</lldp>
`

/**
 * `lldpcli -f keyvalue show neighbors details` of a Cisco SG200 switch, as lldpd's own test expects it
 * (lldpd/lldpd tests/integration/test_pcap.py, test_cisco_sg200; its keys in their order there).
 */
const KEYVALUE_SG200 = `lldp.eth0.via=LLDP
lldp.eth0.rid=1
lldp.eth0.age=0 day, 00:00:03
lldp.eth0.chassis.mac=00:35:35:35:35:35
lldp.eth0.chassis.ttl=120
lldp.eth0.port.ifname=g1
lldp.eth0.port.auto-negotiation.supported=yes
lldp.eth0.port.auto-negotiation.enabled=yes
lldp.eth0.port.auto-negotiation.1000Base-T.hd=no
lldp.eth0.port.auto-negotiation.1000Base-T.fd=yes
lldp.eth0.port.auto-negotiation.current=unknown
lldp.eth0.lldp-med.device-type=Network Connectivity Device
lldp.eth0.lldp-med.Capabilities.available=yes
lldp.eth0.lldp-med.Civic address.country=DE
lldp.eth0.lldp-med.Civic address.city=Berlin
lldp.eth0.lldp-med.inventory.hardware=V02
lldp.eth0.lldp-med.inventory.software=1.0.8.3
lldp.eth0.lldp-med.inventory.firmware=1.0.8.3
lldp.eth0.lldp-med.inventory.serial=XXX11111ZZZ
lldp.eth0.lldp-med.inventory.manufacturer=0xbc00
lldp.eth0.lldp-med.inventory.model=SG 200-08P
lldp.eth0.lldp-med.inventory.asset=1
`

describe("lldpd's neighbour table", () => {
  it('reads -f keyvalue: the chassis MAC, the LLDP-MED inventory, one device per neighbour from its via line', () => {
    const { devices, diagnostics } = parseInventory(KEYVALUE_SG200, { file: 'lldpctl.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: '00:35:35:35:35:35', macs: ['00:35:35:35:35:35'], manufacturer: '0xbc00', model: 'SG 200-08P', serial: 'XXX11111ZZZ', firmware: { version: '1.0.8.3' },
    }])
    // Two interfaces' neighbours, named (the keys lldpd's test_med.py asserts: lldp.eth0.chassis.name).
    const two = 'lldp.eth0.via=LLDP\nlldp.eth0.chassis.mac=00:e0:fc:12:34:56\nlldp.eth0.chassis.name=ns-2.example.com\nlldp.eth0.chassis.mgmt-ip=10.0.0.2\n' +
      'lldp.eth1.via=LLDP\nlldp.eth1.chassis.mac=3c:ef:8c:00:00:01\nlldp.eth1.chassis.name=ns-3.example.com\nlldp.eth1.chassis.descr=Spectacular GNU/Linux 2016\n'
    expect(parseInventory(two, { file: '-' }).devices.map((d) => [d.id, d.macs, d.snmp?.sysDescr])).toEqual([
      ['ns-2.example.com', ['00:e0:fc:12:34:56'], undefined],
      ['ns-3.example.com', ['3c:ef:8c:00:00:01'], 'Spectacular GNU/Linux 2016'],
    ])
  })

  it('reads -f json one device per neighbour, with the LLDP-MED inventory', () => {
    const { devices, diagnostics } = parseInventory(JSON_TWO, { file: 'neighbors.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(DEVICES)
  })

  it('reads -f json with one interface (no list), and the same neighbour on two interfaces as one device', () => {
    const one = JSON.parse(JSON_TWO) as { lldp: { interface: Record<string, unknown>[] } }
    const single = { lldp: { interface: one.lldp.interface[0] } }
    expect(parseInventory(JSON.stringify(single, null, 2), { file: 'n.json' }).devices).toEqual([DEVICES[0]])
    const twice = { lldp: { interface: [one.lldp.interface[0], { eth2: Object.values(one.lldp.interface[0]!)[0] }] } }
    expect(parseInventory(JSON.stringify(twice, null, 2), { file: 'n.json' }).devices).toEqual([DEVICES[0]])
  })

  it('reads -f json0 and -f xml as -f json', async () => {
    expect(parseInventory(JSON0, { file: 'neighbors.json' })).toEqual({ devices: [DEVICES[0]], diagnostics: [] })
    expect(parseInventory(XML, { file: 'neighbors.xml' })).toEqual({ devices: [DEVICES[0]], diagnostics: [] })
    // Piped in (lldpcli -f json ... | trustpath identify -), in chunks of any size.
    for (const text of [JSON_TWO, JSON0, XML]) {
      const stdin = await collect(text.match(/[\s\S]{1,5}/g)!, { file: '<stdin>' })
      expect(stdin.codes).toEqual([])
      expect(stdin.devices).toEqual(text === JSON_TWO ? DEVICES : [DEVICES[0]])
    }
    expect(parseInventory(JSON_TWO, { file: '<stdin>', format: 'lldp' }).devices).toEqual(DEVICES)
  })

  it('refuses -f xml whose <chassis> line is missing at the line of the <name> that lands in <interface name="eth0">, where it crashed', () => {
    const cut = XML.replace('  <chassis label="Chassis">\n', '')
    const { devices, diagnostics } = parseInventory(cut, { file: 'neighbors.xml' })
    expect(devices).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'malformed_xml', at: { file: 'neighbors.xml', line: 5 } }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/<name> is inside an element with a name="eth0" attribute, which lldpd never writes: a line of the file is missing or misplaced/)
  })

  it('reads elements named as an object\'s own properties (constructor, __proto__) as any other unknown element', () => {
    const odd = XML.replace('   <ttl label="TTL">120</ttl>\n', '   <constructor>1</constructor>\n   <__proto__>2</__proto__>\n   <ttl label="TTL">120</ttl>\n')
    expect(parseInventory(odd, { file: 'neighbors.xml' })).toEqual({ devices: [DEVICES[0]], diagnostics: [] })
  })
})
