import { describe, expect, it } from 'vitest'
import { parseInventory } from './parse.js'

/** NAPALM's `get_lldp_neighbors_detail` of an NX-OS switch (napalm, test/nxos/mocked_data, its expected result): one neighbour on two ports. */
const LLDP_DETAIL = `{
    "Eth1/1": [
        {
            "remote_port_description": "Ethernet1/1", 
            "remote_port": "Ethernet1/1", 
            "remote_system_description": "Cisco Nexus Operating System (NX-OS) Software 7.0(3)I4(1)", 
            "remote_chassis_id": "50:87:89:A1:D8:D6", 
            "remote_system_enable_capab": "B, R", 
            "parent_interface": "", 
            "remote_system_capab": "B, R", 
            "remote_system_name": "n9k2.ntc.com"
        }
    ], 
    "mgmt0": [
        {
            "remote_port_description": "FastEthernet1/0/9", 
            "remote_port": "Fa1/0/9", 
            "remote_system_description": "Cisco IOS Software, C3750 Software (C3750-IPBASEK9-M), Version 12.2(44)SE2, RELEASE SOFTWARE (fc2)", 
            "remote_chassis_id": "00:14:1C:57:A4:8B", 
            "remote_system_enable_capab": "B, R", 
            "parent_interface": "", 
            "remote_system_capab": "B, R", 
            "remote_system_name": "PERIMETER.cisco.com"
        }
    ], 
    "Eth1/2": [
        {
            "remote_port_description": "Ethernet1/2", 
            "remote_port": "Ethernet1/2", 
            "remote_system_description": "Cisco Nexus Operating System (NX-OS) Software 7.0(3)I4(1)", 
            "remote_chassis_id": "50:87:89:A1:D8:D7", 
            "remote_system_enable_capab": "B, R", 
            "parent_interface": "", 
            "remote_system_capab": "B, R", 
            "remote_system_name": "n9k2.ntc.com"
        }
    ]
}
`

/** `get_lldp_neighbors` of a Junos device, on one line as json.dumps writes it (napalm, test/junos/mocked_data). */
const LLDP_SHORT = '{"me0.0": [{"hostname": "lom-bjg61-r1-1", "port": "27"}], "xe-4/3/6": [{"hostname": "peer00.lab.demo", "port": "Ethernet1"}], "ge-0/0/0.0": [{"hostname": "rtr00.demo", "port": "GigabitEthernet0/0/0/0"}]}\n'

/** The first entries of `get_arp_table` of an IOS-XR router (napalm, test/iosxr/mocked_data): the router's own MAC on two interfaces, two MACs of one address. */
const ARP = `[{
\t"interface": "BVI10",
\t"ip": "192.1.68.8",
\t"mac": "D4:6D:50:05:B1:0E",
\t"age": -1.0
}, {
\t"interface": "BVI10",
\t"ip": "192.1.68.8",
\t"mac": "00:0F:53:2B:E4:41",
\t"age": 17.0
}, {
\t"interface": "BVI637",
\t"ip": "192.16.86.8",
\t"mac": "D4:6D:50:05:B1:0E",
\t"age": -1.0
}, {
\t"interface": "BVI900",
\t"ip": "192.168.52.18",
\t"mac": "8C:60:4F:32:9C:3C",
\t"age": 12.0
}]
`

/** `get_mac_address_table` of a Junos switch, its first entries (napalm, test/junos/mocked_data): no addresses. */
const MAC_TABLE = '[{"vlan": 10, "last_move": 0.0, "active": true, "mac": "00:0F:53:0C:96:2D", "static": false, "interface": "ae7.10", "moves": 0}, {"vlan": 100, "last_move": 0.0, "active": true, "mac": "00:0F:53:0C:96:2D", "static": false, "interface": "ae7.100", "moves": 0}, {"vlan": 10, "last_move": 0.0, "active": true, "mac": "8C:60:4F:13:35:38", "static": false, "interface": "ae7.10", "moves": 0}]\n'

/** `get_interfaces` of an IOS-XR router (napalm, test/iosxr/mocked_data): the router's interfaces, the router unnamed. */
const INTERFACES = `{
\t"TenGigE0/0/0/14": {
\t\t"is_enabled": true,
\t\t"description": "",
\t\t"last_flapped": -1.0,
\t\t"is_up": false,
\t\t"mac_address": "E0:AC:F1:64:71:52",
\t\t"speed": 10000
\t},
\t"TenGigE0/0/0/24": {
\t\t"is_enabled": false,
\t\t"description": "",
\t\t"last_flapped": -1.0,
\t\t"is_up": false,
\t\t"mac_address": "E0:AC:F1:64:71:5C",
\t\t"speed": 10000
\t}
}
`

describe("NAPALM getters' answers", () => {
  it('reads each neighbour of get_lldp_neighbors_detail as a device, one seen on two ports once, with its chassis MACs and system description', () => {
    const { devices, diagnostics } = parseInventory(LLDP_DETAIL, { file: 'n9k1-lldp.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: 'n9k2.ntc.com', name: 'n9k2.ntc.com', macs: ['50:87:89:a1:d8:d6', '50:87:89:a1:d8:d7'], snmp: { sysDescr: 'Cisco Nexus Operating System (NX-OS) Software 7.0(3)I4(1)' } },
      { id: 'PERIMETER.cisco.com', name: 'PERIMETER.cisco.com', macs: ['00:14:1c:57:a4:8b'], snmp: { sysDescr: 'Cisco IOS Software, C3750 Software (C3750-IPBASEK9-M), Version 12.2(44)SE2, RELEASE SOFTWARE (fc2)' } },
    ])
  })

  it('reads the neighbours of get_lldp_neighbors saved on one line by their names', () => {
    const { devices, diagnostics } = parseInventory(LLDP_SHORT, { file: 'vsrx-lldp.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.id)).toEqual(['lom-bjg61-r1-1', 'peer00.lab.demo', 'rtr00.demo'])
  })

  it('reads get_arp_table as an address table: one device per MAC, known by an address no other MAC has', () => {
    const { devices, diagnostics } = parseInventory(ARP, { file: 'xr-arp.json' })
    expect(diagnostics).toEqual([])
    // The router's own MAC on two interfaces is one device; the second MAC seen at 192.1.68.8 is a
    // device too (the address names neither), where it was skipped as a repeated id.
    expect(devices).toEqual([
      { id: '192.16.86.8', macs: ['d4:6d:50:05:b1:0e'] },
      { id: '00:0f:53:2b:e4:41', macs: ['00:0f:53:2b:e4:41'] },
      { id: '192.168.52.18', macs: ['8c:60:4f:32:9c:3c'] },
    ])
  })

  it('reads get_mac_address_table, whose entries have no address, one device per MAC', () => {
    const { devices, diagnostics } = parseInventory(MAC_TABLE, { file: 'ex-mac.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '00:0f:53:0c:96:2d', macs: ['00:0f:53:0c:96:2d'] },
      { id: '8c:60:4f:13:35:38', macs: ['8c:60:4f:13:35:38'] },
    ])
  })

  it('reads get_interfaces as the one device it ran on, named by the file, with its interfaces\' MACs', () => {
    const { devices, diagnostics } = parseInventory(INTERFACES, { file: 'saved/xr-edge-1.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'xr-edge-1', macs: ['e0:ac:f1:64:71:52', 'e0:ac:f1:64:71:5c'] }])
  })

  it('reads the getters of a napalm_get task saved together: the host with its interfaces\' MACs, its neighbours, its ARP table but for its own entries', () => {
    // napalm-automation-community/napalm-ce, test/unit/mocked_data: get_facts, get_interfaces,
    // get_lldp_neighbors and get_arp_table of a CloudEngine 6850 (cut), as Nornir's napalm_get
    // returns them under their names, and per host as a run's results are saved.
    const getters = {
      get_facts: { fqdn: 'Unknown', hostname: 'test-huawei-router', interface_list: ['40GE1/0/0'], model: 'CE6850-48S6Q-HI', os_version: 'V100R005C10SPC200', serial_number: 'CE6850HI', uptime: 43200, vendor: 'Huawei' },
      get_interfaces: {
        'NULL0': { is_enabled: true, description: 'Route Port,The Maximum Transmit Unit is 1500', last_flapped: -1.0, is_up: true, mac_address: '', speed: -1 },
        'MEth0/0/0': { is_enabled: true, description: 'Route Port,The Maximum Transmit Unit is 1500', last_flapped: -1.0, is_up: true, mac_address: '0C:45:BA:7D:83:E0', speed: -1 },
      },
      get_lldp_neighbors: { '10GE4/0/1': [{ hostname: 'HUAWEI', port: '10GE4/0/25' }] },
      get_arp_table: [
        { age: -1.0, interface: 'MEth0/0/0', ip: '10.128.92.110', mac: '0C:45:BA:7D:83:E0' },
        { age: -1.0, interface: 'MEth0/0/0', ip: '10.128.92.1', mac: '78:1D:BA:CC:F5:01' },
      ],
    }
    const router = { id: 'test-huawei-router', name: 'test-huawei-router', manufacturer: 'Huawei', model: 'CE6850-48S6Q-HI', serial: 'CE6850HI', macs: ['0c:45:ba:7d:83:e0'], firmware: { version: 'V100R005C10SPC200' } }
    for (const text of [JSON.stringify(getters, null, 2), JSON.stringify({ ce1: getters }, null, 2)]) {
      const { devices, diagnostics } = parseInventory(text, { file: 'napalm_get.json' })
      expect(diagnostics).toEqual([])
      expect(devices).toEqual([router, { id: 'HUAWEI', name: 'HUAWEI' }, { id: '10.128.92.1', macs: ['78:1d:ba:cc:f5:01'] }])
    }
  })

  it('still reads a record with a MAC and other fields as the record it is', () => {
    const { devices } = parseInventory('[{"mac": "00:e0:fc:12:34:56", "interface": "GE0/0/1", "name": "cam-7"}]\n', { file: 'x.json' })
    expect(devices).toEqual([{ id: 'cam-7', name: 'cam-7', macs: ['00:e0:fc:12:34:56'] }])
  })
})
