import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { TrustpathError } from '../errors.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'
import { isNeighborTableStart } from './lldp-text.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { EOS_LLDP_NEIGHBORS_DETAIL as EOS } from '../test-support/inventory-examples.js'

/** Two switches' `show cdp neighbors detail` saved from one session: IOS, then NX-OS. */
const CDP = `core-sw1#show cdp neighbors detail
-------------------------
Device ID: acc-sw-07.example.net
Entry address(es):
  IP address: 10.20.0.7
Platform: HUAWEI S5720-28X-SI-AC,  Capabilities: Router Switch IGMP
Interface: GigabitEthernet1/0/1,  Port ID (outgoing port): GigabitEthernet0/0/1
Holdtime : 151 sec

Version :
Huawei Versatile Routing Platform Software
VRP (R) software, Version 5.170 (S5720 V200R019C10SPC500)
Copyright (C) 2000-2019 HUAWEI TECH Co., Ltd.

advertisement version: 2
Duplex: full
Management address(es):
  IP address: 10.99.0.7

-------------------------
Device ID: SEP00562B0A1B2C
Entry address(es):
  IP address: 10.30.1.15
Platform: Cisco IP Phone 7945,  Capabilities: Host Phone
Interface: GigabitEthernet1/0/12,  Port ID (outgoing port): Port 1
Holdtime : 133 sec

Version :
SCCP45.9-4-2SR1-1S

advertisement version: 2
Peer Source MAC: 0056.2b0a.1b2c
Duplex: full
Management address(es):

-------------------------
Device ID: jumphost
Entry address(es):
  IP address: 10.20.0.50
Platform: Linux,  Capabilities: Host
Interface: GigabitEthernet1/0/19,  Port ID (outgoing port): eth0
Holdtime : 145 sec

Version :
Linux 5.15.0-91-generic #101-Ubuntu SMP

advertisement version: 2

Total cdp entries displayed : 3
core-sw1#
core-sw2#show cdp neighbors detail
----------------------------------------
Device ID:leaf-03(FDO21120XYZ)
System Name: leaf-03

Interface address(es):
    IPv4 Address: 10.20.1.3
Platform: N9K-C93180YC-EX, Capabilities: Router Switch IGMP Filtering Supports-STP-Dispute
Interface: Ethernet1/49, Port ID (outgoing port): Ethernet1/1
Holdtime: 170 sec

Version:
Cisco Nexus Operating System (NX-OS) Software, Version 9.3(8)

Advertisement Version: 2

Native VLAN: 1
Duplex: full

Mgmt address(es):
    IPv4 Address: 10.99.1.3
----------------------------------------
Device ID:acc-sw-07.example.net
Interface address(es):
    IPv4 Address: 10.20.0.7
Platform: HUAWEI S5720-28X-SI-AC, Capabilities: Router Switch IGMP
Interface: Ethernet1/2, Port ID (outgoing port): GigabitEthernet0/0/2
Holdtime: 160 sec

Version:
Huawei Versatile Routing Platform Software

core-sw2#
`

const HUAWEI_VRP = 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 5.170 (S5720 V200R019C10SPC500)\nCopyright (C) 2000-2019 HUAWEI TECH Co., Ltd.'

/** IOS `show lldp neighbors detail`: a neighbour without a system name, one with LLDP-MED inventory. */
const LLDP_IOS = `------------------------------------------------
Local Intf: Gi1/0/2
Chassis id: 00e0.fc55.0102
Port id: GE0/0/24
Port Description: GigabitEthernet0/0/24
System Name - not advertised

System Description:
S5735-L24T4S-A1
Huawei Versatile Routing Platform Software

Time remaining: 109 seconds
System Capabilities: B,R
Enabled Capabilities: B
Management Addresses - not advertised
Auto Negotiation - supported, enabled
Physical media capabilities:
    1000baseT(FD)
    100base-TX(FD)
Media Attachment Unit type: 30
Vlan ID: - not advertised

------------------------------------------------
Local Intf: Gi1/0/9
Chassis id: 10.30.1.40
Port id: 0004.f2aa.bbcc
Port Description: WAN PORT
System Name: conf-room-phone

System Description: 
Polycom SoundPoint IP 650

Time remaining: 151 seconds
System Capabilities: B,T
Enabled Capabilities: T
Management Addresses:
    IP: 10.30.1.40
Auto Negotiation - supported, enabled
Vlan ID: - not advertised

MED Information:

    MED Codes:
          (NP) Network Policy, (LI) Location Identification
          (PS) Power Source Entity, (PD) Power Device
          (IN) Inventory

    H/W revision: 12
    F/W revision: 4.0.9
    S/W revision: 4.0.9.0544
    Serial number: 0004F2AABBCC
    Manufacturer: Polycom
    Model: SoundPoint IP 650
    Capabilities: NP, PD, IN
    Device type: Endpoint Class III
    Location - not advertised


Total entries displayed: 2
`

/** NX-OS `show lldp neighbors detail`: a legend and column header first; one switch seen with two chassis ids. */
const LLDP_NXOS = `Capability codes:
  (R) Router, (B) Bridge, (T) Telephone, (C) DOCSIS Cable Device
  (W) WLAN Access Point, (P) Repeater, (S) Station, (O) Other
Device ID            Local Intf      Hold-time  Capability  Port ID  

Chassis id: 5c83.8f12.0001
Port id: Ethernet1/1
Local Port id: Eth1/1
Port Description: Ethernet1/1
System Name: spine-1
System Description: Cisco Nexus Operating System (NX-OS) Software 9.3(8)
TAC support: http://www.cisco.com/tac
Copyright (c) 2002-2021, Cisco Systems, Inc. All rights reserved.
Time remaining: 97 seconds
System Capabilities: B, R
Enabled Capabilities: B, R
Management Address: 10.99.2.1
Vlan ID: 1


Chassis id: 5c83.8f12.0002
Port id: Ethernet1/2
Local Port id: Eth1/2
Port Description: Ethernet1/2
System Name: spine-1
System Description: Cisco Nexus Operating System (NX-OS) Software 9.3(8)
TAC support: http://www.cisco.com/tac
Copyright (c) 2002-2021, Cisco Systems, Inc. All rights reserved.
Time remaining: 97 seconds
System Capabilities: B, R
Enabled Capabilities: B, R
Management Address: 10.99.2.1
Vlan ID: 1

Total entries displayed: 2
`

/** Huawei VRP `display lldp neighbor` in a saved session: descriptions run to the next field. */
const HUAWEI = `<agg-fra-1>display lldp neighbor
GigabitEthernet0/0/1 has 1 neighbor(s):

Neighbor index :1
Chassis type   :MAC address
Chassis ID     :00e0-fc12-3456
Port ID type   :Interface name
Port ID        :GigabitEthernet0/0/48
Port description    :uplink
System name         :acc-fra-12
System description  :S5735-S48T4X
Huawei Versatile Routing Platform Software
VRP (R) software, Version 5.170 (S5735 V200R022C00SPC500)
Copyright (C) 2000-2022 HUAWEI TECH Co., Ltd.
System capabilities supported   :bridge router
System capabilities enabled     :bridge router
Management address type  :ipv4
Management address value :10.40.0.12
OID  :0.6.15.43.6.1.4.1.2011.5.25.41.1.2.1.1.1.
Expired time   :96s

Device 0 infomation:
  Device serial number :2102351931P0K9000123
  Device model name    :S5735-S48T4X

Port VLAN ID(PVID)  :1
VLAN name of VLAN  1:VLAN 0001

GigabitEthernet0/0/2 has 0 neighbor(s)

XGigabitEthernet0/0/1 has 1 neighbor(s):

Neighbor index :1
Chassis type   :MAC address
Chassis ID     :6c3b-6b00-0a0b
Port ID type   :Interface name
Port ID        :sfp-sfpplus1
System name         :edge-router
System description  :MikroTik RouterOS 7.12 (stable) CCR2004-1G-12S+2XS
System capabilities supported   :bridge router
Management address type  :all802
Management address value :6c3b-6b00-0a0c
Expired time   :110s

MED Device information
Device class   :Network Connectivity
FirmwareRev       :7.12
<agg-fra-1>
`

/** H3C Comware `display lldp neighbor-information verbose`: fields indented one space, descriptions more. */
const COMWARE = `LLDP neighbor-information of port 2[GigabitEthernet0/0]:
LLDP agent nearest-bridge:
 LLDP neighbor index : 1
 Update time         : 0 days, 0 hours, 1 minutes, 25 seconds
 Chassis type        : MAC address
 Chassis ID          : 5cdd-70e7-e851
 Port ID type        : Interface name
 Port ID             : GigabitEthernet0/0
 Time to live        : 121
 System name         : br-router-2
 System description  :
   H3C Comware Platform Software, Software Version 7.1.064, Release 0615P13
   H3C MSR3600
   Copyright (c) 2004-2018 New H3C Technologies Co., Ltd. All rights reserved.
 System capabilities supported : Bridge, Router, Customer Bridge, Service Bridge
 System capabilities enabled   : Bridge, Router, Customer Bridge
 Management address type           : IPv4
 Management address                : 10.32.2.2
 Management address interface type : IfIndex
 Maximum frame size         : 1536
`

/** lldpd's own text (\`lldpcli show neighbors details\`): the chassis id after its subtype. */
const LLDPD = `-------------------------------------------------------------------------------
LLDP neighbors:
-------------------------------------------------------------------------------
Interface:    swp1, via: LLDP, RID: 1, Time: 0 day, 14:07:31
  Chassis:     
    ChassisID:    mac 00:e0:fc:77:88:99
    SysName:      leaf-9
    SysDescr:     Huawei Versatile Routing Platform Software
    MgmtIP:       10.0.0.21
    Capability:   Bridge, on
  Port:        
    PortID:       ifname 10GE1/0/1
    TTL:          120
-------------------------------------------------------------------------------
Interface:    swp2, via: CDPv2, RID: 2, Time: 0 day, 14:07:30
  Chassis:     
    ChassisID:    local sw-2960
    SysName:      sw-2960
    SysDescr:     cisco WS-C2960X-48FPD-L running on
                  Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E3, RELEASE SOFTWARE (fc3)
    MgmtIP:       10.0.0.22
  Port:        
    PortID:       ifname GigabitEthernet1/0/48
-------------------------------------------------------------------------------
`

/**
 * Junos `show lldp neighbors interface` on an MX80, as posted at https://pastebin.com/LNcPkrpb (the
 * alignment of its fields as Junos prints them), after the `{master}` line Junos prints above a prompt.
 */
const JUNOS_DETAIL = `{master}
pazychev@KRD-SCH-PSE54-R-MX80> show lldp neighbors interface xe-0/0/1
LLDP Neighbor Information:
Local Information:
Index: 13 Time to live: 120 Time mark: Tue Dec 29 14:28:59 2015 Age: 20 secs
Local Interface    : xe-0/0/1
Local Port ID      : 513

Neighbour Information:
Chassis type       : Mac address
Chassis ID         : 28:8a:1c:ee:bf:c0
Port type          : Interface name
Port ID            : xe-0/1/0
Port description   : MR-230.24 (PSE-54, Gagarina 36) [xe-0/0/1]
System name        : KRD-SCH-OPTS53-P-MX480

System Description : Juniper Networks, Inc. mx480 , version 12.3R8.7 Build date: 2014-09-19 16:45:07 UTC

System capabilities
        Supported: Bridge Router
        Enabled  : Bridge Router

Management address
        Address Type      : IPv4(1)
        Address           : 85.174.230.126
        Interface Number  : 586
        Interface Subtype : ifIndex(2)
        OID               : 1.3.6.1.2.1.31.1.1.1.1.74.

Organization Info
        OUI      : IEEE 802.3 Private (0x00120f)
        Subtype  : MAC/PHY Configuration/Status (1)
        Info     : Autonegotiation [supported, not enabled (0x1)], PMD Autonegotiation Capability (0x6c1d), MAU Type (0x0)
        Index    : 1

Organization Info
        OUI      : IEEE 802.3 Private (0x00120f)
        Subtype  : Maximum Frame Size (4)
        Info     : MTU Size (9192)
        Index    : 3

pazychev@KRD-SCH-PSE54-R-MX80>
`

/**
 * MikroTik RouterOS `/ip neighbor print detail`, networktocode/ntc-templates
 * tests/mikrotik_routeros/ip_neighbor_print_detail/mikrotik_routeros_ip_neighbor_print_detail_line_wrap.raw
 * (an entry wrapped onto an indented line, one without system-description), after the prompt of a session.
 */
const ROUTEROS_NEIGHBORS = `[admin@rt-edge-1] > /ip neighbor print detail
 0 interface=ether2,bridge_local mac-address=12:34:56:78:90:AB identity="CLEAR" platform="MikroTik" version="6.49.14 (stable)" unpack=none age=37s uptime=1d8h37m17s software-id="AAAA-BBBB" board="RB750UPr2" interface-name="ether1" system-description="MikroTik RouterOS 6.49.14 (stable) RB750UPr2" system-caps=bridge,router system-caps-enabled=router

 1 interface=ether10,bridge_255_mgmt address=1.2.4.5 address4=1.2.4.5 address6=2001:0db8:11a3:09d7:1f34:8a2e:07a0:765d mac-address=12:34:56:78:90:AC identity="Device_1" platform="MikroTik" version="7.15.1 (stable) 2024-06-07 12:49:11" unpack=none age=7s uptime=1d8h37m20s software-id="CCCC-DDDD" board="RB450Gx4" ipv6=yes interface-name="ether1" system-description="MikroTik RouterOS 7.15.1 (stable) 2024-06-07 12:49:11 RB450Gx4" system-caps=bridge,router
   system-caps-enabled=router

 2 interface=eth1-vlan255,bridge_255_mgmt mac-address=12:34:56:78:90:AD identity="Device-2" platform="MikroTik" version="6.43.14 (long-term)" unpack=none age=23s uptime=48w3d9h41m36s software-id="AAAA-ZZZZ" board="RB1100x4" ipv6=no interface-name="bridge_vlan255" system-caps="" system-caps-enabled=""
`

/**
 * IOS XR `show lldp neighbors detail`, networktocode/ntc-templates
 * tests/cisco_xr/show_lldp_neighbors_detail/cisco_xr_show_lldp_neighbors_detail_01.raw (three of its
 * five entries): the time IOS XR prints first, each entry started by its Local Interface.
 */
const LLDP_XR = `Tue Jan 16 13:49:50.315 AEST
Capability codes:
        (R) Router, (B) Bridge, (T) Telephone, (C) DOCSIS Cable Device
        (W) WLAN Access Point, (P) Repeater, (S) Station, (O) Other

------------------------------------------------
Local Interface: FourHundredGigE0/0/0/0
Chassis id: 6c03.b5aa.bbcc
Port id: Fou1/0/22
Port Description: uplink:router1:FH0/0/0/0
System Name: router-400.router.com

System Description:
Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.3, RELEASE SOFTWARE (fc6)
Technical Support: http://www.cisco.com/techsupport
Copyright (c) 1986-2023 by Cisco Systems, Inc.
Compiled Tue 14-Mar-23 18:26 by mcpre

Time remaining: 90 seconds
Hold Time: 120 seconds
Age: 732802 seconds
System Capabilities: B,R
Enabled Capabilities: B,R
Management Addresses:
  IPv4 address: 172.1.1.79
  IPv6 address: 2407:abcd:0:aaaa::0000

Peer MAC Address: 6c:03:b5:aa:bb:cc


------------------------------------------------
Local Interface: FourHundredGigE0/0/0/28
Chassis id: d0dc.2cdd.aabc
Port id: FourHundredGigE0/0/0/28
Port Description: uplink:router1::FH0/0/0/28
System Name: router2.com

System Description:
7.9.2, 8000

Time remaining: 98 seconds
Hold Time: 120 seconds
Age: 729378 seconds
System Capabilities: R
Enabled Capabilities: R
Management Addresses:
  IPv4 address: 172.1.1.64
  IPv6 address: 2407:abcd::aaab::0000

Peer MAC Address: d0:dc:2c:aa:bb:cc


------------------------------------------------
Local Interface: HundredGigE0/0/0/30
Chassis id: 247e.32bb.0000
Port id: Eth1/4
Port Description: router1:Hun1/0/30
System Name: otter-buffy

System Description:
Cisco NX-OS(tm) n7700, Software (n7700-s2-dk9), Version 8.4(3), RELEASE SOFTWARE Copyright (c) 2002-2020 by Cisco Systems, Inc. Compiled 9/4/2020 23:00:00

Time remaining: 117 seconds
Hold Time: 120 seconds
Age: 732508 seconds
System Capabilities: B,R
Enabled Capabilities: B,R
Management Addresses:
  IPv4 address: 172.1.1.158

Peer MAC Address: 24:7e:12:aa:bb:cc


Total entries displayed: 5
`

describe('neighbour tables as text', () => {
  it('read one device per CDP neighbour, with the Platform split into maker and model where the maker is known', () => {
    const { devices, diagnostics } = parseInventory(CDP, { file: 'cdp.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      // Seen by both switches: one device, with what each saw.
      { id: 'acc-sw-07.example.net', name: 'acc-sw-07.example.net', manufacturer: 'HUAWEI', model: 'S5720-28X-SI-AC', snmp: { sysDescr: HUAWEI_VRP } },
      { id: 'SEP00562B0A1B2C', name: 'SEP00562B0A1B2C', manufacturer: 'Cisco', model: 'IP Phone 7945', macs: ['00:56:2b:0a:1b:2c'], snmp: { sysDescr: 'SCCP45.9-4-2SR1-1S' } },
      { id: 'jumphost', name: 'jumphost', model: 'Linux', snmp: { sysDescr: 'Linux 5.15.0-91-generic #101-Ubuntu SMP' } },
      // NX-OS adds the serial number to the Device ID; the System Name names the device.
      { id: 'leaf-03', name: 'leaf-03', model: 'N9K-C93180YC-EX', serial: 'FDO21120XYZ', snmp: { sysDescr: 'Cisco Nexus Operating System (NX-OS) Software, Version 9.3(8)' } },
    ])
  })

  it('read the chassis serial number NX-OS adds to its CDP Device ID, and the name before it when no System Name follows', () => {
    // networktocode/ntc-templates tests/cisco_nxos/show_cdp_neighbors_detail/cisco_nxos_show_cdp_neighbors_detail1.raw (its second entry)
    const entry = `----------------------------------------
Device ID:DC3TESTW01-55.test.co.nz(SSI3707070J)
System Name: DC3TESTW01-55

Interface address(es):
    IPv4 Address: 10.115.17.253
Platform: N5K-C5548UP, Capabilities: Router Switch IGMP Filtering Supports-STP-Dispute
Interface: Ethernet1/1, Port ID (outgoing port): Ethernet1/31
Holdtime: 157 sec

Version:
Cisco Nexus Operating System (NX-OS) Software, Version 5.2(1)N1(4)
`
    const named = parseInventory(entry, { file: 'cdp.txt' })
    expect(named.diagnostics).toEqual([])
    expect(named.devices.map((d) => [d.id, d.serial])).toEqual([['DC3TESTW01-55', 'SSI3707070J']])
    const unnamed = parseInventory(entry.replace('System Name: DC3TESTW01-55\n', ''), { file: 'cdp.txt' })
    expect(unnamed.devices.map((d) => [d.id, d.serial])).toEqual([['DC3TESTW01-55.test.co.nz', 'SSI3707070J']])
  })

  it('read a Comware system description wrapped at 80 columns as the device wrote it, and name its maker by it', () => {
    // Cut from networktocode/ntc-templates tests/hp_comware/display_lldp_neighbor-information_verbose/
    // hp_comware_display_lldp_neighbor-information_verbose.raw (an H3C S12510-X's neighbours): Comware
    // wraps each description line at the terminal's 80 columns, mid-word ("Tech" / ". Co., Ltd."),
    // under the value's column, where the device's own line breaks stay.
    const table = [
      'LLDP neighbor-information of port 1[Ten-GigabitEthernet1/0/0/1]:',
      'LLDP agent nearest-bridge:',
      ' LLDP neighbor index : 1',
      ' Chassis type        : MAC address',
      ' Chassis ID          : 70f9-6d6b-e800',
      ' System name         : IDC-Extranet-HR8808-1',
      ' System description  : H3C Comware software. H3C SR8800 Product Version SR8800-C',
      '                       MW520-R3725P01. Copyright (c) 2004-2014 Hangzhou H3C Tech',
      '                       . Co., Ltd. All rights reserved.',
      ' System capabilities supported : Bridge, Router',
      '               ',
      'LLDP neighbor-information of port 2[Ten-GigabitEthernet1/0/0/2]:',
      'LLDP agent nearest-bridge:',
      ' LLDP neighbor index : 1',
      ' Chassis type        : MAC address',
      ' Chassis ID          : 70f9-6d17-ad59',
      ' System name         : IDC-Intranet-HS125X',
      ' System description  : H3C Comware Platform Software, Software Version 7.1.045, ',
      '                       Release 1005P09',
      '                       H3C S12510-X',
      '                       Copyright (c) 2004-2014 Hangzhou H3C Tech. Co., Ltd. All ',
      '                       rights reserved.',
      ' System capabilities supported : Bridge, Router, Customer Bridge, Service Bridge',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(table, { file: 'lldp.txt' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.snmp?.sysDescr)).toEqual([
      'H3C Comware software. H3C SR8800 Product Version SR8800-CMW520-R3725P01. Copyright (c) 2004-2014 Hangzhou H3C Tech. Co., Ltd. All rights reserved.',
      'H3C Comware Platform Software, Software Version 7.1.045, Release 1005P09\nH3C S12510-X\nCopyright (c) 2004-2014 Hangzhou H3C Tech. Co., Ltd. All rights reserved.',
    ])
    // Each description now names its product, where the wrapped text named H3C only weakly.
    expect(devices.map((d) => identify(d, loadDefaultCatalog()).evidence.find((e) => e.method === 'banner'))).toMatchObject([
      { manufacturer: 'h3c', pattern: 'h3c-comware-product-version', product: 'SR8800' },
      { manufacturer: 'h3c', pattern: 'h3c-comware-sysdescr', product: 'S12510-X' },
    ])
  })

  it('read LLDP detail from IOS: the chassis MAC when there is no system name, the LLDP-MED inventory', () => {
    const { devices, diagnostics } = parseInventory(LLDP_IOS, { file: 'lldp.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '00:e0:fc:55:01:02', macs: ['00:e0:fc:55:01:02'], snmp: { sysDescr: 'S5735-L24T4S-A1\nHuawei Versatile Routing Platform Software' } },
      {
        id: 'conf-room-phone', name: 'conf-room-phone', manufacturer: 'Polycom', model: 'SoundPoint IP 650', serial: '0004F2AABBCC',
        snmp: { sysDescr: 'Polycom SoundPoint IP 650' }, firmware: { version: '4.0.9.0544' },
      },
    ])
  })

  it('read a session saved with paging on as without its --More-- prompts and the backspaces that erased them', () => {
    // Cisco IOS prints ` --More-- ` at the foot of a page and erases it with backspaces, blanks and backspaces before the next line.
    const erase = ` --More-- ${'\b'.repeat(9)}${' '.repeat(9)}${'\b'.repeat(9)}`
    const paged = CDP.replace('Device ID: SEP00562B0A1B2C', `${erase}Device ID: SEP00562B0A1B2C`)
    expect(paged).not.toBe(CDP)
    const read = parseInventory(paged, { file: 'cdp.txt' })
    expect(read.diagnostics).toEqual([])
    expect(read.devices).toEqual(parseInventory(CDP, { file: 'cdp.txt' }).devices)
  })

  it('read LLDP detail from NX-OS, one device for a switch seen with two chassis ids', () => {
    const { devices, diagnostics } = parseInventory(LLDP_NXOS, { file: 'lldp.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'spine-1', name: 'spine-1', macs: ['5c:83:8f:12:00:01', '5c:83:8f:12:00:02'],
      snmp: { sysDescr: 'Cisco Nexus Operating System (NX-OS) Software 9.3(8)\nTAC support: http://www.cisco.com/tac\nCopyright (c) 2002-2021, Cisco Systems, Inc. All rights reserved.' },
    }])
  })

  it("read Huawei's display lldp neighbor after its <prompt>, and H3C's verbose table", () => {
    const huawei = parseInventory(HUAWEI, { file: 'agg-fra-1.log' })
    expect(huawei.diagnostics).toEqual([])
    expect(huawei.devices).toEqual([
      {
        id: 'acc-fra-12', name: 'acc-fra-12', model: 'S5735-S48T4X', serial: '2102351931P0K9000123', macs: ['00:e0:fc:12:34:56'],
        snmp: { sysDescr: 'S5735-S48T4X\nHuawei Versatile Routing Platform Software\nVRP (R) software, Version 5.170 (S5735 V200R022C00SPC500)\nCopyright (C) 2000-2022 HUAWEI TECH Co., Ltd.' },
      },
      // An all802 management address is a MAC of the neighbour.
      { id: 'edge-router', name: 'edge-router', macs: ['6c:3b:6b:00:0a:0b', '6c:3b:6b:00:0a:0c'], snmp: { sysDescr: 'MikroTik RouterOS 7.12 (stable) CCR2004-1G-12S+2XS' }, firmware: { version: '7.12' } },
    ])
    const comware = parseInventory(COMWARE, { file: 'br.txt' })
    expect(comware.diagnostics).toEqual([])
    expect(comware.devices).toEqual([{
      id: 'br-router-2', name: 'br-router-2', macs: ['5c:dd:70:e7:e8:51'],
      snmp: { sysDescr: 'H3C Comware Platform Software, Software Version 7.1.064, Release 0615P13\nH3C MSR3600\nCopyright (c) 2004-2018 New H3C Technologies Co., Ltd. All rights reserved.' },
    }])
  })

  it("read VRP 5's older display lldp neighbor (Neighbor 1:, ChassisId:, SysName:, SysDesc:), echoed without a prompt, as the newer layout", () => {
    // nocproject/noc sa/profiles/Huawei/VRP/tests/Huawei_NE40E_5_50_get_lldp_neighbors_0001.py: the output of a
    // Quidway NetEngine 40E on VRP 5.50 as NOC captured it in 2011 (cut to its port with a neighbour), the
    // command echoed above it; every line of it was an error and no neighbour was read.
    const text = 'display lldp neighbor\nGigabitEthernet1/0/5 has 0 neighbor:\n\n\nGigabitEthernet1/0/6 has 1 neighbor:\nNeighbor 1: \nChassisIdSubtype: macAddress \nChassisId: 0018-823c-c455 \n' +
      'PortIdSubtype: interfaceName \nPortId: GigabitEthernet2/0/0 \nPortDesc: HUAWEI, Quidway Series, GigabitEthernet2/0/0 Interface \nSysName: NE40E \n' +
      'SysDesc: Huawei Versatile Routing Platform Software\nVRP (R) software, Version 5.50 (NE40E&80E V300R003C02B608)\nCopyright (C) 2000-2008 Huawei Technologies Co., Ltd.\nQuidway NetEngine 40E \n \n' +
      'SysCapSupported: bridge  \nSysCapEnabled: bridge \nManagement address: ipV4: 172.16.245.1  \nExpired time: 94\n\nGigabitEthernet1/0/7 has 0 neighbor:\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'pe-msk-2.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'NE40E', name: 'NE40E', macs: ['00:18:82:3c:c4:55'],
      snmp: { sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 5.50 (NE40E&80E V300R003C02B608)\nCopyright (C) 2000-2008 Huawei Technologies Co., Ltd.\nQuidway NetEngine 40E' },
    }])
    expect(identify(devices[0]!, loadDefaultCatalog()).manufacturer).toBe('huawei')
    // Without its SysName, the neighbour is named by its management address, written after its type.
    const unnamed = parseInventory(text.replace('SysName: NE40E \n', ''), { file: 'pe-msk-2.txt' }).devices
    expect(unnamed.map((d) => [d.id, d.name])).toEqual([['00:18:82:3c:c4:55', '172.16.245.1']])
  })

  it("read lldpd's text, also of a CDP neighbour (whose Platform lldpd puts before its Version text)", () => {
    const { devices, diagnostics } = parseInventory(LLDPD, { file: 'lldpcli.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: 'leaf-9', name: 'leaf-9', macs: ['00:e0:fc:77:88:99'], snmp: { sysDescr: 'Huawei Versatile Routing Platform Software' } },
      { id: 'sw-2960', name: 'sw-2960', snmp: { sysDescr: 'cisco WS-C2960X-48FPD-L running on\nCisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E3, RELEASE SOFTWARE (fc3)' } },
    ])
  })

  it("read lldpd's text after a shell prompt, without the local chassis of lldpcli show chassis, which is the host itself", () => {
    const local = `cumulus@leaf-1:~$ sudo lldpcli show chassis
-------------------------------------------------------------------------------
Local chassis:
-------------------------------------------------------------------------------
Chassis:     
  ChassisID:    mac 44:38:39:00:00:01
  SysName:      leaf-1
  SysDescr:     Cumulus Linux version 5.4.0 running on QEMU Standard PC
  Capability:   Bridge, on
-------------------------------------------------------------------------------
cumulus@leaf-1:~$ sudo lldpcli show neighbors details
`
    const { devices, diagnostics } = parseInventory(local + LLDPD, { file: 'lldpcli.txt' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.id)).toEqual(['leaf-9', 'sw-2960'])
  })

  it('read Arista EOS detail, its quotes taken off', () => {
    const { devices, diagnostics } = parseInventory(EOS, { file: 'leaf-1.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'agg-ber-2', name: 'agg-ber-2', macs: ['00:e0:fc:12:34:56'],
      snmp: { sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.191 (CE6881 V300R020C10SPC200)' },
    }])
  })

  it('are told by their first lines, from standard input in chunks of any size or with --input-format lldp', async () => {
    const whole = parseInventory(CDP, { file: 'cdp.txt' }).devices
    const stdin = await collect(CDP.match(/[\s\S]{1,7}/g)!, { file: '<stdin>' })
    expect(stdin.devices).toEqual(whole)
    expect(stdin.codes).toEqual([])
    expect(stdin.lines).toEqual([3, 21, 37, 53])
    expect((await collect([HUAWEI.replace(/\n/g, '\r\n')], { file: '-' })).devices).toHaveLength(2)
    expect(parseInventory(HUAWEI.replace(/<agg-fra-1>/g, '[~agg-fra-1]'), { file: '-' }).devices).toHaveLength(2)
    expect(parseInventory(CDP, { file: 'neighbors.csv', format: 'lldp' }).devices).toEqual(whole)
    // A CSV inventory stays one.
    expect(parseInventory('id,name\nd1,sw-1\n', { file: '<stdin>' }).devices).toEqual([{ id: 'd1', name: 'sw-1' }])
  })

  it('read IOS XR detail: entries started by their Local Interface, the Peer MAC Address a MAC of the neighbour', () => {
    const { devices, diagnostics } = parseInventory(LLDP_XR, { file: 'pe-syd-1.txt' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.macs, d.snmp?.sysDescr?.split('\n')[0]])).toEqual([
      ['router-400.router.com', ['6c:03:b5:aa:bb:cc'], 'Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.3, RELEASE SOFTWARE (fc6)'],
      // The chassis MAC, then the Peer MAC Address (the source of the neighbour's frames).
      ['router2.com', ['d0:dc:2c:dd:aa:bc', 'd0:dc:2c:aa:bb:cc'], '7.9.2, 8000'],
      ['otter-buffy', ['24:7e:32:bb:00:00', '24:7e:12:aa:bb:cc'], 'Cisco NX-OS(tm) n7700, Software (n7700-s2-dk9), Version 8.4(3), RELEASE SOFTWARE Copyright (c) 2002-2020 by Cisco Systems, Inc. Compiled 9/4/2020 23:00:00'],
    ])
  })

  it("read Junos's detail of an interface's neighbours, its local information and organization TLVs skipped", () => {
    const { devices, diagnostics } = parseInventory(JUNOS_DETAIL, { file: 'mx80.log' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'KRD-SCH-OPTS53-P-MX480', name: 'KRD-SCH-OPTS53-P-MX480', macs: ['28:8a:1c:ee:bf:c0'],
      snmp: { sysDescr: 'Juniper Networks, Inc. mx480 , version 12.3R8.7 Build date: 2014-09-19 16:45:07 UTC' },
    }])
    // The system description a Junos router sends over LLDP names its model and release.
    const a = identify(devices[0]!, loadDefaultCatalog())
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'juniper-junos-lldp-sysdescr', product: 'mx480', version: '12.3R8.7' })
  })

  it("read MikroTik's /ip neighbor print detail: identity, MAC, addresses, its Platform of platform and board, an entry wrapped onto the next line", () => {
    const { devices, diagnostics } = parseInventory(ROUTEROS_NEIGHBORS, { file: 'rt-edge-1.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      {
        id: 'CLEAR', name: 'CLEAR', manufacturer: 'MikroTik', model: 'RB750UPr2', macs: ['12:34:56:78:90:ab'],
        snmp: { sysDescr: 'MikroTik RouterOS 6.49.14 (stable) RB750UPr2' }, firmware: { version: '6.49.14 (stable)' },
      },
      {
        id: 'Device_1', name: 'Device_1', manufacturer: 'MikroTik', model: 'RB450Gx4', macs: ['12:34:56:78:90:ac'],
        snmp: { sysDescr: 'MikroTik RouterOS 7.15.1 (stable) 2024-06-07 12:49:11 RB450Gx4' }, firmware: { version: '7.15.1 (stable) 2024-06-07 12:49:11' },
      },
      { id: 'Device-2', name: 'Device-2', manufacturer: 'MikroTik', model: 'RB1100x4', macs: ['12:34:56:78:90:ad'], firmware: { version: '6.43.14 (long-term)' } },
    ])
    // Told from its first entry without the prompt too.
    expect(parseInventory(ROUTEROS_NEIGHBORS.slice(ROUTEROS_NEIGHBORS.indexOf('\n') + 1), { file: 'n.txt' }).devices).toHaveLength(3)
    // Another print of RouterOS with an interface= first names no neighbour (no identity, no MAC): not told as a table.
    expect(isNeighborTableStart(' 0   H interface=ether2 bridge=bridge priority=0x80 path-cost=10 edge=auto\n')).toBe(false)
  })

  it('report a line that is no part of the table with its file and line, and read the rest', () => {
    const text = CDP.replace('Holdtime : 133 sec\n', 'Holdtime : 133 sec\n#!%$ pasted garbage\n').replace('core-sw1#\n', 'core-sw1#\nthis is not a table\n')
    const { devices, diagnostics } = parseInventory(text, { file: 'cdp.txt' })
    expect(devices).toHaveLength(4)
    expect(diagnostics.map((d) => formatDiagnostic(d))).toMatchInlineSnapshot(`
      [
        "cdp.txt:27: error: this line is no part of a neighbour table: "#!%$ pasted garbage"; expected a "Field: value" line of the neighbour entry, or a line of a field above it. Keep the output of the neighbour commands as the device printed it, with only the prompt lines between them.",
        "cdp.txt:52: error: this line is no part of a neighbour table: "this is not a table"; expected a neighbour entry (Device ID:, Local Intf:, Local Interface:, Chassis id:, Neighbor index:, LLDP Neighbor Information:), a prompt line or a blank line. Keep the output of the neighbour commands as the device printed it, with only the prompt lines between them.",
      ]
    `)
  })

  it('refuse the short tables, which name no maker, with the command that gives the detail', () => {
    const brief = [
      '<agg-fra-1>display lldp neighbor brief\nLocal Interface         Exptime(s) Neighbor Interface      Neighbor Device\n-------------------------------------------------------------------------------\nGE0/0/1                       111  GE0/0/48                acc-fra-12\n',
      // The S-series campus switches' layout, with its (s) or without it, as the command is abbreviated at the prompt.
      '<acc-fra-3>dis lldp nei bri\nLocal Intf       Neighbor Dev             Neighbor Intf             Exptime(s)\nGE0/0/1          agg-fra-1                GE0/0/24                  102\n',
      'Local Intf   Neighbor Dev             Neighbor Intf             Exptime\nGE0/0/1      agg-fra-1                GE0/0/24                  95\n',
      'Capability Codes: R - Router, T - Trans Bridge, B - Source Route Bridge\n                  S - Switch, H - Host, I - IGMP, r - Repeater, P - Phone\n\nDevice ID        Local Intrfce     Holdtme    Capability  Platform  Port ID\nacc-sw-07        Gig 1/0/1         151         R S I      S5720-28X Gig 0/0/1\n',
      'core-sw1#show lldp neighbors\nCapability codes:\n    (R) Router, (B) Bridge, (T) Telephone, (C) DOCSIS Cable Device\n    (W) WLAN Access Point, (P) Repeater, (S) Station, (O) Other\n\nDevice ID           Local Intf     Hold-time  Capability      Port ID\nacc-sw-07           Gi1/0/1        120        B,R             GE0/0/1\n\nTotal entries displayed: 1\n',
      // Junos, networktocode/ntc-templates tests/juniper_junos/show_lldp_neighbors/juniper_junos_show_lldp_neighbors_ae7.raw
      'Local Interface    Parent Interface    Chassis Id          Port info          System Name\nxe-0/1/1           ae7                 00:1c:73:ee:c0:46   Ethernet3/29/1     core01.sjc01\n',
      // Junos without the Parent Interface column, after its login banner and {master}: https://pastebin.com/2NQa4XZj
      '--- JUNOS 10.4R9.2 built 2012-02-02 06:38:55 UTC\n{master}\nkm@jnr01-yla-laz> show lldp neighbors\nLocal Interface    Chassis Id          Port info     System Name\nxe-5/2/0           64:87:88:5d:e8:60   xe-0/0/0      jnr01-vol-ats\n',
      // H3C Comware's display lldp neighbor-information list, networktocode/ntc-templates
      // tests/hp_comware/display_lldp_neighbor-information_list/: its legend, then System Name first
      // (hp_comware_display_lldp_neighbor-information_list.raw) or last (..._list1.raw), and without
      // the legend (..._list2.raw); the legend's first line was read as a neighbour of that name.
      'Chassis ID : * -- -- Nearest nontpmr bridge neighbor\n             # -- -- Nearest customer bridge neighbor\n             Default -- -- Nearest bridge neighbor\nSystem Name          Local Interface Chassis ID      Port ID\nSW-TEST-001          XGE1/0/1        bcea-fa00-0001  Ten-GigabitEthernet1/0/30  \n',
      '<core-h3c>display lldp neighbor-information list\nChassis ID : * -- -- Nearest nontpmr bridge neighbor\n             # -- -- Nearest customer bridge neighbor\n             Default -- -- Nearest bridge neighbor\nLocal Interface Chassis ID      Port ID                    System Name          \nXGE1/0/0/1      bcea-fa00-0033  Ten-GigabitEthernet1/0/47  SWITCH01\n',
      'System Name          Local Interface Chassis ID      Port ID\nSWITCH01             XGE1/0/29       bcea-fa00-0033  Ten-GigabitEthernet1/0/17\n',
    ]
    const hints = brief.map((text) => {
      try {
        parseInventory(text, { file: 'n.txt' })
      } catch (err) {
        expect(err).toBeInstanceOf(TrustpathError)
        expect((err as TrustpathError).code).toBe('input_invalid')
        return (err as TrustpathError).hint
      }
      return 'read'
    })
    expect(hints).toEqual([
      expect.stringContaining('display lldp neighbor (without brief)'),
      expect.stringContaining('display lldp neighbor (without brief)'),
      expect.stringContaining('display lldp neighbor (without brief)'),
      expect.stringContaining('show cdp neighbors detail'),
      expect.stringContaining('show lldp neighbors detail'),
      expect.stringContaining('show lldp neighbors interface <interface>'),
      expect.stringContaining('show lldp neighbors interface <interface>'),
      expect.stringContaining('display lldp neighbor-information verbose'),
      expect.stringContaining('display lldp neighbor-information verbose'),
      expect.stringContaining('display lldp neighbor-information verbose'),
    ])
  })
})
