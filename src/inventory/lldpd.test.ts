import { describe, expect, it } from 'vitest'
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

describe("lldpd's neighbour table", () => {
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
})
