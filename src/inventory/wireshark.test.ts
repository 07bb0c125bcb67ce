import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { TrustpathError } from '../errors.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { groupOf } from '../catalog/manufacturers.js'
import { parseInventoryCsv } from './parse.js'
import { endpointAddress, isTsharkFieldsHeader, isWiresharkCsvStart, WIRESHARK_SHORT_NAMES } from './wireshark.js'

const catalog = loadDefaultCatalog()
const groups = (text: string) => parseInventoryCsv(text, { file: 'endpoints.csv' }).devices.map((d) => [d.id, identify(d, catalog).group ?? null])

// Statistics > Endpoints > Ethernet, "Copy > as CSV": the titles joined by commas, text cells quoted.
const ETHERNET = 'Address,Packets,Bytes,Tx Packets,Tx Bytes,Rx Packets,Rx Bytes\n'

describe("Wireshark's Endpoints table", () => {
  it('reads each Ethernet address as one device known by its MAC, and no broadcast or multicast address', () => {
    const text = ETHERNET +
      '"00:e0:fc:12:34:56",120,15000,60,8000,60,7000\n' +
      '"ff:ff:ff:ff:ff:ff",30,1920,0,0,30,1920\n' +
      '"01:00:5e:7f:ff:fa",4,800,0,0,4,800\n' +
      '"33:33:00:00:00:fb",4,800,0,0,4,800\n' +
      '"bc:ad:28:00:00:01",50,6000,25,3000,25,3000\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'endpoints.csv' })
    expect(devices).toEqual([{ id: '00:e0:fc:12:34:56', macs: ['00:e0:fc:12:34:56'] }, { id: 'bc:ad:28:00:00:01', macs: ['bc:ad:28:00:00:01'] }])
    expect(diagnostics).toEqual([])
    expect(groups(text)).toEqual([['00:e0:fc:12:34:56', 'huawei'], ['bc:ad:28:00:00:01', 'hikvision']])
  })

  it('reads a short name Wireshark gives one maker as that maker, says once that the MACs are gone, and reads no other name', () => {
    const text = ETHERNET +
      '"HuaweiTechno_12:34:56",120,15000,60,8000,60,7000\n' +
      '"Broadcast",30,1920,0,0,30,1920\n' +
      '"IPv4mcast_7f:ff:fa",4,800,0,0,4,800\n' +
      '"LLDP_Multicast",2,120,0,0,2,120\n' +
      '"ZhejiangDahu_00:00:01",50,6000,25,3000,25,3000\n' +
      '"zte_00:00:02",5,600,2,300,3,300\n' +
      '"Cisco_00:00:03",5,600,2,300,3,300\n' +
      // Cisco-Linksys's short name is no Cisco; Zhejiang Uniview's is what any "Zhejiang Univ..." would get;
      // the shorter names of older Wireshark versions (HuaweiTe) are not in the table.
      '"CiscoLinksys_00:00:04",5,600,2,300,3,300\n' +
      '"ZhejiangUniv_00:00:05",5,600,2,300,3,300\n' +
      '"HuaweiTe_00:00:06",5,600,2,300,3,300\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'endpoints.csv' })
    expect(devices[0]).toEqual({ id: 'HuaweiTechno_12:34:56', manufacturer: 'Huawei Technologies Co.,Ltd' })
    expect(groups(text)).toEqual([
      ['HuaweiTechno_12:34:56', 'huawei'], ['ZhejiangDahu_00:00:01', 'dahua'], ['zte_00:00:02', 'zte'], ['Cisco_00:00:03', 'cisco'],
      ['CiscoLinksys_00:00:04', null], ['ZhejiangUniv_00:00:05', null], ['HuaweiTe_00:00:06', null],
    ])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'endpoints.csv:2: warning: Wireshark wrote the Ethernet addresses with their makers\' short names ("HuaweiTechno_12:34:56"), not the MACs: ' +
      'only a short name that names one manufacturer is read, as the manufacturer the device declares, and the others name none. ' +
      'Save the Endpoints table again with "Name resolution" unticked, so that each MAC is read.',
    ])
    // Declared, the weakest a name gives: a MAC of another maker outweighs it.
    const attribution = identify({ ...devices[0]!, macs: ['bc:ad:28:00:00:01'] }, catalog)
    expect(attribution.group).toBe('hikvision')
  })

  it('names by each short name of its table the maker whose organisation Wireshark gives beside it', () => {
    const expected: Record<string, string> = {
      HuaweiTechno: 'huawei', HuaweiDevice: 'huawei', zte: 'zte', HikvisionDig: 'hikvision', EzvizSoftwar: 'hikvision',
      ZhejiangDahu: 'dahua', Cisco: 'cisco', JuniperNetwo: 'hpe',
    }
    const got = Object.fromEntries([...WIRESHARK_SHORT_NAMES].map(([short, { organization }]) => {
      const slug = catalog.resolveName(organization)
      return [short, slug === undefined ? undefined : groupOf(slug, '2026-12-01', catalog.manufacturers).group]
    }))
    expect(got).toEqual(expected)
  })

  it('reads an IPv4 table\'s addresses and host names, not its multicast or broadcast ones, and a TCP table\'s address once', () => {
    const ipv4 = 'Address,Packets,Bytes,Tx Packets,Tx Bytes,Rx Packets,Rx Bytes,Country,City,Latitude,Longitude,AS Number,AS Organization\n' +
      '"192.0.2.10",120,15000,60,8000,60,7000,"","","","","",""\n' +
      '"224.0.0.251",4,800,0,0,4,800,"","","","","",""\n' +
      '"255.255.255.255",3,300,0,0,3,300,"","","","","",""\n' +
      '"cam-lobby-01.example",9,900,4,400,5,500,"","","","","",""\n' +
      '"fe80::2e0:fcff:fe12:3456",2,200,1,100,1,100,"","","","","",""\n' +
      '"ff02::fb",2,200,0,0,2,200,"","","","","",""\n'
    expect(parseInventoryCsv(ipv4, { file: 'ipv4.csv' }).devices.map((d) => d.id)).toEqual(['192.0.2.10', 'cam-lobby-01.example', 'fe80::2e0:fcff:fe12:3456'])
    const tcp = 'Address,Port,Packets,Bytes,Tx Packets,Tx Bytes,Rx Packets,Rx Bytes\n"192.0.2.10",443,10,1000,5,500,5,500\n"192.0.2.10",22,4,400,2,200,2,200\n"192.0.2.11",22,4,400,2,200,2,200\n'
    const read = parseInventoryCsv(tcp, { file: 'tcp.csv' })
    expect(read.devices.map((d) => d.id)).toEqual(['192.0.2.10', '192.0.2.11'])
    expect(read.diagnostics).toEqual([])
  })

  it('refuses the Conversations table, whose rows are pairs of addresses, and says which table to save', () => {
    const text = 'Address A,Address B,Packets,Bytes,Packets A → B,Bytes A → B,Packets B → A,Bytes B → A,Rel Start,Duration,Bits/s A → B,Bits/s B → A\n' +
      '"00:e0:fc:12:34:56","bc:ad:28:00:00:01",10,1000,5,500,5,500,0.000000,1.0000,4000,4000\n'
    let error: unknown
    try {
      parseInventoryCsv(text, { file: 'conversations.csv' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TrustpathError)
    expect(error).toMatchObject({ code: 'input_invalid', at: { file: 'conversations.csv', line: 1 }, hint: expect.stringMatching(/Statistics > Endpoints/) })
  })

  it('is told by its header only: an inventory with an address column stays an inventory', () => {
    expect(isWiresharkCsvStart(ETHERNET)).toBe(true)
    expect(isWiresharkCsvStart('\ufeff"Address A","Port A","Address B","Port B","Packets","Bytes"\n')).toBe(true)
    expect(isWiresharkCsvStart('name,address,packets\n')).toBe(false)
    expect(endpointAddress('  ')).toBeUndefined()
    expect(endpointAddress('Spanning-tree-(for-bridges)_00')).toBeUndefined()
  })
})

describe("tshark's field output", () => {
  it('reads each MAC seen once, where it is first seen, and not the IP addresses beside it', () => {
    // tshark -r capture.pcapng -T fields -E header=y -E separator=, -E quote=d -e frame.number -e eth.src -e eth.dst -e ip.src -e ip.dst
    const text = 'frame.number,eth.src,eth.dst,ip.src,ip.dst\n' +
      '1,"00:e0:fc:12:34:56","ff:ff:ff:ff:ff:ff","10.0.0.1","10.0.0.255"\n' +
      '2,"28:8a:1c:00:00:01","00:e0:fc:12:34:56","198.51.100.7","10.0.0.1"\n' +
      '3,"00:e0:fc:12:34:56","28:8a:1c:00:00:01","10.0.0.1","198.51.100.7"\n' +
      '4,"bc:ad:28:00:00:01,00:e0:fc:12:34:56","01:00:5e:00:00:fb","10.0.0.9","224.0.0.251"\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'packets.csv' })
    expect(devices).toEqual([
      { id: '00:e0:fc:12:34:56', macs: ['00:e0:fc:12:34:56'] }, { id: '28:8a:1c:00:00:01', macs: ['28:8a:1c:00:00:01'] },
      { id: 'bc:ad:28:00:00:01', macs: ['bc:ad:28:00:00:01'] },
    ])
    expect(diagnostics).toEqual([])
  })

  it('reads the IP addresses of a file without MACs, tab separated as tshark writes by default', () => {
    const { devices } = parseInventoryCsv('ip.src\tip.dst\n10.0.0.1\t10.0.0.2\n10.0.0.2\t255.255.255.255\n', { file: 'packets.tsv' })
    expect(devices.map((d) => d.id)).toEqual(['10.0.0.1', '10.0.0.2'])
  })

  it('reads resolved address fields as the Endpoints table\'s, and says to give the plain ones', () => {
    const text = 'eth.src_resolved,eth.dst_resolved\nHuaweiTechno_12:34:56,Broadcast\nCiscoLinksys_00:00:02,HuaweiTechno_12:34:56\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'packets.csv' })
    expect(devices).toEqual([{ id: 'HuaweiTechno_12:34:56', manufacturer: 'Huawei Technologies Co.,Ltd' }, { id: 'CiscoLinksys_00:00:02' }])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'packets.csv:2: warning: Wireshark wrote the Ethernet addresses with their makers\' short names ("HuaweiTechno_12:34:56"), not the MACs: ' +
      'only a short name that names one manufacturer is read, as the manufacturer the device declares, and the others name none. ' +
      'Give the fields eth.src and eth.dst instead of eth.src_resolved and eth.dst_resolved, so that each MAC is read.',
    ])
  })

  it('is told by field names only: an inventory whose header has other words stays an inventory', () => {
    expect(isTsharkFieldsHeader(['frame.number', 'eth.src'])).toBe(true)
    expect(isTsharkFieldsHeader(['frame.number', 'tcp.port'])).toBe(false)
    expect(isTsharkFieldsHeader(['name', 'eth.src'])).toBe(false)
    expect(isWiresharkCsvStart('eth.src\tip.src\n')).toBe(true)
    expect(parseInventoryCsv('name,ip.src\nsw1,10.0.0.1\n', { file: 'a.csv' }).devices).toEqual([{ id: 'sw1', name: 'sw1' }])
  })
})
