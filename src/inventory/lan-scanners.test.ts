import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'

// The exports of the LAN scanners small networks are inventoried with, read as they are written.
describe("Angry IP Scanner's exports", () => {
  const catalog = loadDefaultCatalog()

  // Its CSV (CSVExporter.java in angryip/ipscan: the fetchers' names as the header, a comma between
  // cells, a `.` for a comma within one) with the fetchers' names of resources/messages.properties
  // (`IP`, `Ping`, `Hostname`, `Ports`, `Comments`, `Web detect`, `MAC Vendor`, `MAC Address`) and
  // its labels `[n/a]` (not available) and `[n/s]` (not scanned); the rows are those of its test
  // scan (test/net/azib/ipscan/exporters/import.txt) with a camera, a Huawei host and a dead host.
  const csv =
    'IP,Ping,Hostname,Ports,Comments,Web detect,MAC Vendor,MAC Address\n' +
    '192.168.0.1,3 ms,router.local,80,[n/a],[n/a],CiscoSpv,E4:48:C7:EE:28:C2\n' +
    '192.168.0.20,2 ms,[n/a],80.554,[n/a],App-webs/,Hangzhou,C0:56:E3:12:34:56\n' +
    '192.168.0.21,1 ms,[n/a],[n/a],[n/a],[n/a],HuaweiTe,00:E0:FC:12:34:56\n' +
    '192.168.0.22,2 ms,nvr.local,80,[n/a],DNVRS-Webs,[n/a],[n/a]\n' +
    '192.168.0.30,[n/a],[n/s],[n/s],[n/s],[n/s],[n/s],[n/s]\n'

  it('reads each host that answered by its name, else its address, with its MAC and the Server header "Web detect" got', () => {
    const { devices } = parseInventory(csv, { file: 'scan.csv' })
    expect(devices.map((d) => [d.id, d.macs ?? [], d.banners?.map((b) => `${b.protocol} ${b.field}: ${b.text}`) ?? []])).toEqual([
      ['router.local', ['e4:48:c7:ee:28:c2'], []],
      ['192.168.0.20', ['c0:56:e3:12:34:56'], ['http server: App-webs/']],
      ['192.168.0.21', ['00:e0:fc:12:34:56'], []],
      ['nvr.local', [], ['http server: DNVRS-Webs']],
    ])
    // "MAC Vendor" is the scanner's reading of the MAC, declared by nobody: the MAC itself is read.
    expect(devices.some((d) => d.manufacturer !== undefined)).toBe(false)
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['cisco', 'hikvision', 'huawei', 'hikvision'])
  })

  it('skips a dead host, which did not answer the ping and of which nothing was found, with a warning', () => {
    const { devices, diagnostics } = parseInventory(csv, { file: 'scan.csv' })
    expect(devices.map((d) => d.id)).not.toContain('192.168.0.30')
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['unknown_column', 1], ['row_without_device', 6]])
    expect(diagnostics[1]).toMatchObject({ severity: 'warning', reason: 'no_answer' })
    // `Ping` is read for that, and not reported as an unknown column.
    expect(diagnostics[0]).toMatchObject({ columns: ['Ports', 'Comments', 'MAC Vendor'] })
  })

  it('keeps a host that did not answer the ping but gave its MAC ("Scan dead hosts" in its preferences)', () => {
    const { devices, diagnostics } = parseInventory('IP,Ping,Hostname,MAC Address\n192.168.0.31,[n/a],[n/s],00:E0:FC:00:00:31\n', { file: 'scan.csv' })
    expect(devices).toEqual([{ id: '192.168.0.31', name: '192.168.0.31', macs: ['00:e0:fc:00:00:31'] }])
    expect(diagnostics).toEqual([])
  })
})
