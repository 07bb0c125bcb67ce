import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { collect } from './formats.case.test.js'
import { isAddressTableStart } from './addresses.js'
import { parseInventory } from './parse.js'

/** The devices and diagnostics of a table read as an address table from a `.txt` file (format told by the text). */
function read(text: string, file = 'table.txt') {
  const { devices, diagnostics } = parseInventory(text, { file })
  return { devices, codes: diagnostics.map((d) => `${d.code}@${d.at.line}`) }
}

const HUAWEI = '00:e0:fc:12:34:56'
const OTHER = '3c:ef:8c:aa:bb:01'

describe('hosts\' ARP tables', () => {
  it('reads macOS arp -a: the resolved name, unpadded octets, no incomplete, broadcast or multicast entry', () => {
    const text = `? (192.168.1.1) at 0:e0:fc:12:34:56 on en0 ifscope [ethernet]
cam-lobby.lan (192.168.1.64) at 3c:ef:8c:aa:bb:1 on en0 ifscope [ethernet]
? (169.254.77.120) at (incomplete) on en1 [ethernet]
? (192.168.1.255) at ff:ff:ff:ff:ff:ff on en0 ifscope [ethernet]
? (224.0.0.251) at 1:0:5e:0:0:fb on en0 ifscope permanent [ethernet]
`
    expect(read(text)).toEqual({
      devices: [{ id: '192.168.1.1', macs: [HUAWEI] }, { id: '192.168.1.64', name: 'cam-lobby.lan', macs: [OTHER] }],
      codes: [],
    })
  })

  it('reads Linux net-tools arp -a, arp -n and arp (the Address column holds the name it resolved)', () => {
    const dashA = `? (10.0.0.1) at 00:e0:fc:12:34:56 [ether] on eth0
printer.example.net (10.0.0.20) at 3c:ef:8c:aa:bb:01 [ether] on eth0
? (10.0.0.9) at <incomplete> on eth0
`
    expect(read(dashA).devices).toEqual([{ id: '10.0.0.1', macs: [HUAWEI] }, { id: '10.0.0.20', name: 'printer.example.net', macs: [OTHER] }])
    const numeric = `Address                  HWtype  HWaddress           Flags Mask            Iface
10.0.0.1                 ether   00:e0:fc:12:34:56   C                     eth0
10.0.0.9                         (incomplete)                              eth0
`
    expect(read(numeric)).toEqual({ devices: [{ id: '10.0.0.1', macs: [HUAWEI] }], codes: [] })
    const named = `Address                  HWtype  HWaddress           Flags Mask            Iface
gateway                  ether   00:e0:fc:12:34:56   C                     eth0
10.0.0.20                ether   3c:ef:8c:aa:bb:01   C                     eth0
`
    expect(read(named).devices).toEqual([{ id: HUAWEI, name: 'gateway', macs: [HUAWEI] }, { id: '10.0.0.20', macs: [OTHER] }])
  })

  it("reads Windows' arp -a with CRLF, skipping the broadcast and multicast entries of each interface", () => {
    const text = [
      '',
      'Interface: 192.168.1.23 --- 0x7',
      '  Internet Address      Physical Address      Type',
      '  192.168.1.1           00-e0-fc-12-34-56     dynamic',
      '  192.168.1.64          3c-ef-8c-aa-bb-01     dynamic',
      '  192.168.1.255         ff-ff-ff-ff-ff-ff     static',
      '  224.0.0.22            01-00-5e-00-00-16     static',
      '  239.255.255.250       01-00-5e-7f-ff-fa     static',
      '',
      'Interface: 10.8.0.2 --- 0xb',
      '  Internet Address      Physical Address      Type',
      '  10.8.0.1              00-e0-fc-12-34-56     dynamic',
      '',
    ].join('\r\n')
    expect(read(text)).toEqual({
      devices: [{ id: '192.168.1.1', macs: [HUAWEI] }, { id: '192.168.1.64', macs: [OTHER] }],
      codes: [],
    })
  })

  it("reads a German Windows' arp -a, whose headings are translated", () => {
    const text = 'Schnittstelle: 192.168.178.20 --- 0x7\r\n  Internetadresse       Physische Adresse     Typ\r\n  192.168.178.1         00-e0-fc-12-34-56     dynamisch\r\n  192.168.178.255       ff-ff-ff-ff-ff-ff     statisch\r\n'
    expect(read(text)).toEqual({ devices: [{ id: '192.168.178.1', macs: [HUAWEI] }], codes: [] })
  })

  it('reads ip neigh: one device for a router seen by its IPv4 and link-local addresses, the first IPv4 its id', () => {
    const text = `fe80::2e0:fcff:fe12:3456 dev eth0 lladdr 00:e0:fc:12:34:56 router STALE
192.168.1.1 dev eth0 lladdr 00:e0:fc:12:34:56 REACHABLE
192.168.1.9 dev eth0  FAILED
fe80::1 dev eth0 lladdr 3c:ef:8c:aa:bb:01 STALE
`
    expect(read(text)).toEqual({
      devices: [{ id: '192.168.1.1', macs: [HUAWEI] }, { id: 'fe80::1', macs: [OTHER] }],
      codes: [],
    })
  })

  it("reads arp-scan's output without the scanner's own interface, keeping a locally administered MAC and ignoring the vendor column", () => {
    const results = `192.168.1.1\t00:e0:fc:12:34:56\tHUAWEI TECHNOLOGIES CO.,LTD
192.168.1.7\t3c:ef:8c:aa:bb:01\tZhejiang Dahua Technology Co., Ltd.
192.168.1.51\t06:1f:61:f8:6e:4f\t(Unknown: locally administered)
`
    const normal = `Interface: eth0, type: EN10MB, MAC: 08:00:27:5a:87:bc, IPv4: 192.168.1.10
Starting arp-scan 1.10.0 with 256 hosts (https://github.com/royhills/arp-scan)
${results}
4 packets received by filter, 0 packets dropped by kernel
Ending arp-scan 1.10.0: 256 hosts scanned in 2.319 seconds (110.39 hosts/sec). 3 responded
`
    const expected = [
      { id: '192.168.1.1', macs: [HUAWEI] },
      { id: '192.168.1.7', macs: [OTHER] },
      { id: '192.168.1.51', macs: ['06:1f:61:f8:6e:4f'] },
    ]
    expect(read(normal)).toEqual({ devices: expected, codes: [] })
    expect(read(results)).toEqual({ devices: expected, codes: [] })
  })
})

describe('DHCP leases', () => {
  it("reads dnsmasq's lease file: the host name unless *, no device for the DHCPv6 leases (no MAC)", () => {
    const text = `1767780000 00:e0:fc:12:34:56 192.168.1.50 ont-living 01:00:e0:fc:12:34:56
1767780000 3c:ef:8c:aa:bb:01 192.168.1.64 * *
duid 00:01:00:01:2c:5b:1a:9e:00:e0:fc:12:34:56
1767780000 1234567 2001:db8::50 laptop 00:01:00:01:2c:5b:1a:9e:08:00:27:5a:87:bc
`
    expect(read(text, 'dnsmasq.leases')).toEqual({
      devices: [{ id: '192.168.1.50', name: 'ont-living', macs: [HUAWEI] }, { id: '192.168.1.64', macs: [OTHER] }],
      codes: [],
    })
    expect(read(text).devices).toHaveLength(2)
  })

  it("reads ISC dhcpd's lease blocks: hardware ethernet and client-hostname, not the vendor class nor other blocks", () => {
    const text = `# The format of this file is documented in the dhcpd.leases(5) manual page.
# This lease file was written by isc-dhcp-4.4.3-P1

authoring-byte-order little-endian;

server-duid "\\000\\001\\000\\001%>\\347\\000\\000\\026>\\336\\233\\260";

lease 192.168.10.50 {
  starts 3 2026/01/07 09:58:13;
  ends 3 2026/01/07 21:58:13;
  cltt 3 2026/01/07 09:58:13;
  binding state active;
  next binding state free;
  hardware ethernet 00:e0:fc:12:34:56;
  uid "\\001\\000\\340\\374\\0224V";
  set vendor-class-identifier = "HUAWEI:android:ELS-NX9";
  client-hostname "ont-living";
}
lease 192.168.10.51 {
  starts 3 2026/01/07 10:00:42;
  ends 3 2026/01/07 10:05:42;
  binding state free;
  hardware ethernet 3c:ef:8c:aa:bb:01;
}
lease 192.168.10.52 {
  starts 3 2026/01/07 10:03:12;
  binding state abandoned;
}
failover peer "dhcp-failover" state {
  my state normal at 3 2026/01/07 09:00:00;
  partner state normal at 3 2026/01/07 09:00:00;
}
lease 192.168.10.53 {
  hardware ethernet 00:e0:fc:12:34;
}
lease 192.168.10.50 {
  starts 3 2026/01/07 10:08:12;
  binding state active;
  hardware ethernet 00:e0:fc:12:34:56;
  client-hostname "ont-living";
}
`
    const { devices, diagnostics } = parseInventory(text, { file: 'dhcpd.leases' })
    expect(devices).toEqual([{ id: '192.168.10.50', name: 'ont-living', macs: [HUAWEI] }, { id: '192.168.10.51', macs: [OTHER] }])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'dhcpd.leases:34: warning: "00:e0:fc:12:34" is not a MAC address; it is ignored. Write it as 00:e0:fc:12:34:56 (":", "-", "." or no separators), several separated by ";".',
    ])
    expect(parseInventory(text, { file: '-' }).devices).toEqual(devices)
  })

  it('gives an address that two MACs held to neither: each is known by its MAC', () => {
    const text = `lease 192.168.10.60 {
  hardware ethernet 00:e0:fc:12:34:56;
}
lease 192.168.10.60 {
  hardware ethernet 3c:ef:8c:aa:bb:01;
}
`
    expect(read(text).devices.map((d) => d.id)).toEqual([HUAWEI, OTHER])
  })
})

describe("network devices' tables saved from a session", () => {
  it('reads Cisco IOS show ip arp and show mac address-table: proxy ARP is one device, CPU entries are none', () => {
    const text = `sw-core-01#show ip arp
Protocol  Address          Age (min)  Hardware Addr   Type   Interface
Internet  10.20.0.1               -   0000.0c07.ac0a  ARPA   Vlan20
Internet  10.20.0.11             12   00e0.fc12.3456  ARPA   Vlan20
Internet  10.20.0.12              0   Incomplete      ARPA
Internet  10.20.0.13              4   00e0.fc12.3456  ARPA   Vlan20
sw-core-01#show mac address-table
          Mac Address Table
-------------------------------------------

Vlan    Mac Address       Type        Ports
----    -----------       --------    -----
 All    0100.0ccc.cccc    STATIC      CPU
 All    ffff.ffff.ffff    STATIC      CPU
  20    00e0.fc12.3456    DYNAMIC     Gi1/0/1
  20    3cef.8caa.bb01    DYNAMIC     Gi1/0/7
Total Mac Addresses for this criterion: 4
sw-core-01#
`
    const { devices, codes } = read(text)
    expect(codes).toEqual([])
    expect(devices).toEqual([
      { id: '10.20.0.1', macs: ['00:00:0c:07:ac:0a'] },
      { id: '10.20.0.11', macs: [HUAWEI] },
      { id: OTHER, macs: [OTHER] },
    ])
  })

  it('reads NX-OS show ip arp after its legend', () => {
    const text = `leaf-01# show ip arp

Flags: * - Adjacencies learnt on non-active FHRP router
       + - Adjacencies synced via CFSoE
       # - Adjacencies Throttled for Glean
       D - Static Adjacencies attached to down interface

IP ARP Table for context default
Total number of entries: 3
Address         Age       MAC Address     Interface       Flags
10.2.1.0        00:02:31  00e0.fc12.3456  Ethernet1/1
10.23.6.22      00:00:19  INCOMPLETE      Vlan123
*10.10.10.22    00:04:02  3cef.8caa.bb01  Eth1/5
`
    expect(read(text)).toEqual({ devices: [{ id: '10.2.1.0', macs: [HUAWEI] }, { id: '10.10.10.22', macs: [OTHER] }], codes: [] })
  })

  it('reads Huawei display arp (with its VLAN lines) and display mac-address', () => {
    const text = `<HUAWEI>display arp
IP ADDRESS      MAC ADDRESS     EXPIRE(M) TYPE        INTERFACE   VPN-INSTANCE
                                          VLAN/CEVLAN(SIP/DIP)
------------------------------------------------------------------------------
192.168.50.166  00e0-fc01-0987            I -         MEth0/0/1
192.168.50.1    00e0-fc12-3456  20        D-0         GE0/0/1
                                          10/-
192.168.50.9    Incomplete      1         D-0         GE0/0/2
------------------------------------------------------------------------------
Total:3         Dynamic:2       Static:0     Interface:1

<HUAWEI>display mac-address
MAC address table of slot 0:
-------------------------------------------------------------------------------
MAC Address    VLAN/       PEVLAN CEVLAN Port            Type      LSP/LSR-ID
               VSI/SI                                              MAC-Tunnel
-------------------------------------------------------------------------------
00e0-fc12-3456 10          -      -      GE0/0/1         dynamic   0/-
3cef-8caa-bb01 10          -      -      GE0/0/2         dynamic   0/-
-------------------------------------------------------------------------------
Total matching items on slot 0 displayed = 2
`
    expect(read(text)).toEqual({
      devices: [{ id: '192.168.50.166', macs: ['00:e0:fc:01:09:87'] }, { id: '192.168.50.1', macs: [HUAWEI] }, { id: OTHER, macs: [OTHER] }],
      codes: [],
    })
  })

  it('reads H3C display arp after its legend of types', () => {
    const text = `<H3C>display arp
  Type: S-Static   D-Dynamic   O-Openflow   R-Rule   M-Multiport  I-Invalid
IP address      MAC address    VLAN/VSI name Interface                Aging Type
10.23.2.1       00e0-fc12-3456 2             BAGG1                    927   D
10.23.2.16      3cef-8caa-bb01 2             BAGG1                    1093  D
`
    expect(read(text).devices).toEqual([{ id: '10.23.2.1', macs: [HUAWEI] }, { id: '10.23.2.16', macs: [OTHER] }])
  })

  it('reads Juniper show arp: the Name column names a device when it is not the address again', () => {
    const text = `user@mx1> show arp
MAC Address       Address         Name                      Interface               Flags
00:e0:fc:12:34:56 10.0.0.2        ont-1.example.net         ge-0/0/0.0              none
3c:ef:8c:aa:bb:01 10.0.0.3        10.0.0.3                  irb.0 [xe-0/0/1.0]      none
Total entries: 2
`
    expect(read(text).devices).toEqual([{ id: '10.0.0.2', name: 'ont-1.example.net', macs: [HUAWEI] }, { id: '10.0.0.3', macs: [OTHER] }])
  })

  it('reads Arista show ip arp, whose interface column lists the VLAN and the port', () => {
    const text = `leaf-1#show ip arp
Address         Age (sec)  Hardware Addr   Interface
192.168.10.11     0:02:24  00e0.fc12.3456  Vlan10, Ethernet7
192.168.10.21           -  3cef.8caa.bb01  Vlan10, Vxlan1
`
    expect(read(text).devices).toEqual([{ id: '192.168.10.11', macs: [HUAWEI] }, { id: '192.168.10.21', macs: [OTHER] }])
  })

  it("reads ZTE's show arp, whose column titles are written over two lines and whose long cells wrap onto a line of their own", () => {
    // networktocode/ntc-templates tests/zte_zxros/show_arp/zte_zxros_show_arp.raw (its first entries and the last)
    const text = `Arp protect whole is disabled 
The count is 17
IP                       Hardware                    Exter  Inter  Sub
Address         Age      Address        Interface    VlanID VlanID Interface
--------------------------------------------------------------------------------
10.10.255.1    H        744a.a42b.2010 xgei-1/1/0/1 201    N/A    N/A
                                        .201                       
10.10.255.2    00:14:17 0427.5873.0b65 xgei-1/1/0/1 201    N/A    xgei-1/1/0/1.
                                        .201                       201
10.10.10.249    H        744a.a42b.2010 xgei-1/1/0/1 301    N/A    N/A
                                        .301                       
10.102.195.182  00:00:39 8cdf.9d27.35c0 xgei-1/1/0/2 3100   N/A    xgei-1/1/0/2.
                                        .3100                      3100
192.168.1.11  H        744a.a42b.2011 mgmt_eth     N/A    N/A    N/A
`
    expect(read(text, 'zxr10-show-arp.txt')).toEqual({
      devices: [
        // The switch's own MAC (H) on its VLAN interfaces is one device.
        { id: '10.10.255.1', macs: ['74:4a:a4:2b:20:10'] },
        { id: '10.10.255.2', macs: ['04:27:58:73:0b:65'] },
        { id: '10.102.195.182', macs: ['8c:df:9d:27:35:c0'] },
        { id: '192.168.1.11', macs: ['74:4a:a4:2b:20:11'] },
      ],
      codes: [],
    })
    // A CSV row of an IP and a MAC is no such entry: the CSV keeps its columns.
    expect(isAddressTableStart('ip,mac\n10.0.0.1,00:e0:fc:12:34:56\n')).toBe(false)
    expect(isAddressTableStart('hostname\tip\tmac\nrt-1\t10.0.0.1\t00:e0:fc:12:34:56\n')).toBe(false)
  })

  it("reads MikroTik's /ip arp print after its [admin@...] prompt, which starts like JSON", () => {
    const text = `[admin@MikroTik] > /ip arp print
Flags: X - disabled, I - invalid, H - DHCP, D - dynamic, P - published, C - complete
 #    ADDRESS         MAC-ADDRESS       INTERFACE
 0 DC 10.155.101.217  00:E0:FC:12:34:56 ether1
 1    10.155.101.218                    ether2
 2 DC 10.155.101.225  3C:EF:8C:AA:BB:01 ether1
`
    expect(read(text)).toEqual({ devices: [{ id: '10.155.101.217', macs: [HUAWEI] }, { id: '10.155.101.225', macs: [OTHER] }], codes: [] })
  })

  it("names each lease of MikroTik's /ip dhcp-server lease print by its HOST-NAME", () => {
    // A lease's host-name "shows host name option from last received DHCP request" (MikroTik RouterOS
    // Reference Manual, DHCP server lease); print heads each property's column with it in capitals.
    const text = `[admin@MikroTik] > /ip dhcp-server lease print
Flags: X - disabled, R - radius, D - dynamic, B - blocked
 #   ADDRESS          MAC-ADDRESS       HOST-NAME        SERVER  RATE-LIMIT  STATUS  LAST-SEEN
 0 D 192.168.88.254   00:E0:FC:12:34:56 HUAWEI-AP        dhcp1               bound   4m2s
 1 D 192.168.88.253   3C:EF:8C:AA:BB:01                  dhcp1               bound   1m
`
    expect(read(text)).toEqual({ devices: [{ id: '192.168.88.254', name: 'HUAWEI-AP', macs: [HUAWEI] }, { id: '192.168.88.253', macs: [OTHER] }], codes: [] })
  })
})

describe('problems in an address table', () => {
  it('reports an entry whose MAC was cut, with its file and line, and reads the rest', () => {
    const text = [
      'Interface: 192.168.1.23 --- 0x7',
      '  Internet Address      Physical Address      Type',
      '  192.168.1.1           00-e0-fc-12-34-56     dynamic',
      '  192.168.1.64          3c-ef-8c-aa-bb     dynamic',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(text, { file: 'arp.txt' })
    expect(devices).toEqual([{ id: '192.168.1.1', macs: [HUAWEI] }])
    expect(diagnostics).toHaveLength(1)
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/^arp\.txt:4: error: this entry of an address table has no MAC address that can be read: "192\.168\.1\.64 {10}3c-ef-8c-aa-bb {5}dynamic"; expected an entry with the MAC address/)
  })

  it('reads every line of a list saved with a carriage return alone at each line end (Excel for Mac), not its first MAC only', () => {
    const list = `${HUAWEI}\r${OTHER}\r00:19:c6:00:00:02\r`
    expect(parseInventory(list, { file: 'macs.txt', format: 'addresses' }).devices.map((d) => d.macs)).toEqual([[HUAWEI], [OTHER], ['00:19:c6:00:00:02']])
  })

  it('says the table holds no device when every entry is incomplete', () => {
    expect(read('? (10.0.0.9) at <incomplete> on eth0\n').codes).toEqual(['empty_input@undefined'])
  })
})

describe('telling an address table from other inventories', () => {
  const ARP = '? (10.0.0.1) at 00:e0:fc:12:34:56 [ether] on eth0\n'

  it('reads an ARP table named .txt, from standard input in chunks, and with --input-format addresses', async () => {
    expect(parseInventory(ARP, { file: 'arp.txt' }).devices).toEqual([{ id: '10.0.0.1', macs: [HUAWEI] }])
    const { devices } = await collect([ARP.slice(0, 9), ARP.slice(9)], { file: '-' })
    expect(devices).toEqual([{ id: '10.0.0.1', macs: [HUAWEI] }])
    // A table whose first lines are other output is read when the format is given.
    const later = `${'some other output\n'.repeat(30)}Protocol  Address          Age (min)  Hardware Addr   Type   Interface\nInternet  10.20.0.11             12   00e0.fc12.3456  ARPA   Vlan20\n`
    expect(parseInventory(later, { file: 'x.txt', format: 'addresses' }).devices).toEqual([{ id: '10.20.0.11', macs: [HUAWEI] }])
  })

  it('keeps a CSV with a mac column CSV, from its name or from its text, and a file named .csv CSV', () => {
    const csv = 'id,name,mac\nd1,ont-1,00:e0:fc:12:34:56\n'
    expect(parseInventory(csv, { file: '-' }).devices).toEqual([{ id: 'd1', name: 'ont-1', macs: [HUAWEI] }])
    const tsv = 'ip\tmac\tvendor\n10.0.0.1\t00:e0:fc:12:34:56\tHuawei\n'
    expect(isAddressTableStart(tsv)).toBe(false)
    expect(isAddressTableStart('id mac\n')).toBe(false)
    const { devices, diagnostics } = parseInventory(ARP, { file: 'arp.csv' })
    expect(devices).toEqual([])
    expect(diagnostics.map((d) => d.code)).toContain('missing_column')
  })

  it('tells the layouts by their first lines, past a prompt, a title or a legend', () => {
    for (const head of [
      'sw1#show ip arp\nProtocol  Address          Age (min)  Hardware Addr   Type   Interface\n',
      '          Mac Address Table\n-------------------------------------------\n\nVlan    Mac Address       Type        Ports\n',
      'Interface: eth0, type: EN10MB, MAC: 08:00:27:5a:87:bc, IPv4: 192.168.1.10\n',
      '192.168.1.1\t00:e0:fc:12:34:56\tHUAWEI TECHNOLOGIES CO.,LTD\n',
      '1767780000 00:e0:fc:12:34:56 192.168.1.50 ont-living *\n',
      '# The format of this file is documented in the dhcpd.leases(5) manual page.\nlease 192.168.10.50 {\n',
      '10.0.0.1 dev eth0 lladdr 00:e0:fc:12:34:56 REACHABLE\n',
    ]) expect(isAddressTableStart(head), head).toBe(true)
  })
})
