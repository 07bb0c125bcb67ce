import { describe, expect, it } from 'vitest'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import type { Device } from '../domain/device.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { formatConflict } from '../report/words.js'
import { mergeDevices } from './merge.js'

/** Records as several files give them: `[file, line, device]`. */
function merge(...records: [string, number, Device][]) {
  return mergeDevices(records.map(([file, line, device]) => ({ device, at: { file, line } satisfies SourceLocation })))
}

describe('mergeDevices', () => {
  it('makes one device of a scan host, a walk and an export row tied two by two (a MAC, then a serial number)', () => {
    const { devices, locations, diagnostics } = merge(
      ['scan.xml', 4, { id: '10.20.0.11', macs: ['4C:1F:CC:AA:00:11'], banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] }],
      ['walks/agg.txt', 1, { id: 'agg-fra-01', macs: ['4c:1f:cc:aa:0:11', '4c:1f:cc:aa:0:12'], serial: '2102353173DMKB000123', snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.23.615' } }],
      ['netbox.csv', 4, { id: '3', name: 'agg-fra-01', manufacturer: 'Huawei', model: 'S6730-H24X6C', site: 'fra-dc1', serial: '2102353173DMKB000123' }],
    )
    expect(devices).toHaveLength(1)
    const d = devices[0]!
    // The walk's sysName names it; the scan's address and NetBox's number are aliases.
    expect(d.id).toBe('agg-fra-01')
    expect(d.aliases).toEqual(['10.20.0.11', '3'])
    expect(locations[0]).toEqual({ file: 'walks/agg.txt', line: 1 })
    expect(d.sources?.map((s) => `${s.file}:${s.line} ${s.id}`)).toEqual(['scan.xml:4 10.20.0.11', 'walks/agg.txt:1 agg-fra-01', 'netbox.csv:4 3'])
    expect(d.macs).toEqual(['4C:1F:CC:AA:00:11', '4c:1f:cc:aa:0:12'])
    expect(d.addresses).toEqual(['10.20.0.11'])
    expect(d).toMatchObject({ manufacturer: 'Huawei', model: 'S6730-H24X6C', site: 'fra-dc1', snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.23.615' } })
    expect(d.banners).toHaveLength(1)
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'scan.xml: info: 3 records of several files merged into 1 device (--merge): each is counted once, under the id that names it best, its other ids kept as aliases',
    ])
  })

  it('takes a device an export records Retired that a scan shows answering as in service, and says so at the scan\'s line', () => {
    const { devices, diagnostics } = merge(
      ['netbox.csv', 8, { id: 'sw-old-7', status: 'Retired', manufacturer: 'ZTE', model: 'ZXR10 2928E', addresses: ['10.20.0.17'] }],
      ['scan.xml', 14, { id: '10.20.0.17', macs: ['00:19:c6:00:17:01'], banners: [{ protocol: 'telnet', text: 'ZXR10 2928E login:' }] }],
    )
    expect(devices).toHaveLength(1)
    expect(devices[0]!.status).toBeUndefined()
    expect(diagnostics.map(formatDiagnostic)[0]).toBe('scan.xml:14: warning: device "sw-old-7" answered here (a service\'s banner), but netbox.csv:8 records it "Retired" ' +
      '(out of service): it is on the network, so it is checked and planned as a device in service. Correct its status where it is recorded, or take it out of the network.')
    // An ARP table's line (a MAC at an address) answers no service: the recorded status stands.
    const arp = merge(
      ['netbox.csv', 8, { id: 'sw-old-7', status: 'Retired', addresses: ['10.20.0.17'] }],
      ['arp.txt', 6, { id: '10.20.0.17', macs: ['00:19:c6:00:17:01'] }],
    )
    expect(arp.devices[0]!.status).toBe('Retired')
    expect(arp.diagnostics.map((d) => d.code)).toEqual(['devices_merged'])
    // A walk's SNMP answer of a device ordered, not yet deployed: it is there already.
    const planned = merge(
      ['netbox.csv', 9, { id: 'sw-new-1', status: 'Planned', serial: '2102353173DMKB000999' }],
      ['walks/sw-new-1.txt', 1, { id: 'sw-new-1', snmp: { sysDescr: 'Huawei Versatile Routing Platform Software' }, serial: '2102353173DMKB000999' }],
    )
    expect(planned.devices[0]!.status).toBeUndefined()
    expect(planned.diagnostics[0]).toMatchObject({ code: 'answering_not_in_service', lifecycle: 'not-deployed', answered: 'snmp', statusAt: { file: 'netbox.csv', line: 9 } })
  })

  it('does not merge two routers of a pair by the VRRP or HSRP MAC both answer for', () => {
    const { devices, diagnostics } = merge(
      ['walks/rt-1.txt', 1, { id: 'rt-1', macs: ['00:00:5e:00:01:0a', '00:e0:fc:12:34:01'] }],
      ['walks/rt-2.txt', 1, { id: 'rt-2', macs: ['00:00:5e:00:01:0a', '00:e0:fc:12:34:02'] }],
      ['walks/rt-3.txt', 1, { id: 'rt-3', macs: ['0000.0c07.ac14'] }],
      ['walks/rt-4.txt', 1, { id: 'rt-4', macs: ['0000.0c07.ac14'] }],
    )
    expect(devices.map((d) => d.id)).toEqual(['rt-1', 'rt-2', 'rt-3', 'rt-4'])
    expect(diagnostics).toEqual([])
  })

  it('does not merge devices by a short serial number or a firmware placeholder, nor by an all-zero or broadcast MAC', () => {
    const { devices } = merge(
      ['a.csv', 2, { id: 'sw-1', serial: '1234' }],
      ['b.csv', 2, { id: 'sw-2', serial: '1234' }],
      ['a.csv', 3, { id: 'pc-1', serial: 'To be filled by O.E.M.', macs: ['00:00:00:00:00:00'] }],
      ['b.csv', 3, { id: 'pc-2', serial: 'To be filled by O.E.M.', macs: ['00:00:00:00:00:00'] }],
      ['arp.txt', 2, { id: '10.0.0.255', macs: ['ff:ff:ff:ff:ff:ff'] }],
      ['leases', 2, { id: '10.0.0.254', macs: ['ff:ff:ff:ff:ff:ff'] }],
    )
    expect(devices).toHaveLength(6)
  })

  it('merges devices of one id read from several files, the first declared values kept and later ones in the sources', () => {
    const { devices } = merge(
      ['lldp/core-1.txt', 3, { id: 'agg-fra-01', snmp: { sysDescr: 'S6730-H24X6C' } }],
      ['netbox.csv', 4, { id: 'agg-fra-01', manufacturer: 'Huawei', role: 'aggregation' }],
      ['cmdb.csv', 9, { id: 'agg-fra-01', manufacturer: 'H3C', role: 'core', network: 'carrier-a' }],
    )
    expect(devices).toHaveLength(1)
    expect(devices[0]).toMatchObject({ id: 'agg-fra-01', manufacturer: 'Huawei', role: 'aggregation', network: 'carrier-a', snmp: { sysDescr: 'S6730-H24X6C' } })
    expect(devices[0]!.aliases).toBeUndefined()
    expect(devices[0]!.sources?.map((s) => s.manufacturer)).toEqual([undefined, 'Huawei', 'H3C'])
    // A cell that says the maker is not known declares nothing: the next record's maker is the device's.
    const unknown = merge(['cmdb.csv', 2, { id: 'cam-7', manufacturer: 'Unknown', model: 'N/A' }], ['netbox.csv', 5, { id: 'cam-7', manufacturer: 'Lorex', model: 'LNB8005' }])
    expect(unknown.devices[0]).toMatchObject({ manufacturer: 'Lorex', model: 'LNB8005' })
  })

  it('merges an export row keyed by its number (NetBox\'s ID column) with a neighbour table\'s entry of the name beside it', () => {
    const { devices } = merge(
      ['netbox.csv', 3, { id: '2', name: 'core-fra-2', manufacturer: 'Cisco' }],
      ['lldp/core-fra-1.txt', 25, { id: 'core-fra-2', macs: ['001b.54c9.0002'] }],
      ['walks/HUAWEI.txt', 1, { id: 'HUAWEI/walks/10.0.0.2.txt', name: 'HUAWEI' }],
      ['walks/10.0.0.3.txt', 1, { id: 'HUAWEI/walks/10.0.0.3.txt', name: 'HUAWEI' }],
      // Two rows of one export that give one name (at two sites) are two devices.
      ['netbox.csv', 8, { id: '7', name: 'sw-lobby', site: 'fra-dc1' }],
      ['netbox.csv', 9, { id: '8', name: 'sw-lobby', site: 'muc-dc2' }],
    )
    expect(devices.map((d) => [d.id, d.name, d.aliases])).toEqual([
      ['core-fra-2', 'core-fra-2', ['2']],
      // Names alone tie nothing: switches that kept the factory name are two devices.
      ['HUAWEI/walks/10.0.0.2.txt', 'HUAWEI', undefined], ['HUAWEI/walks/10.0.0.3.txt', 'HUAWEI', undefined],
      ['7', 'sw-lobby', undefined], ['8', 'sw-lobby', undefined],
    ])
  })

  it('never merges two devices one file lists apart, though a scan ties them, and says so', () => {
    // The export gives sw-1 the address 10.0.0.5 (out of date); the scan's host there has sw-2's MAC.
    const { devices, diagnostics } = merge(
      ['netbox.csv', 2, { id: 'sw-1', addresses: ['10.0.0.5'] }],
      ['netbox.csv', 3, { id: 'sw-2', macs: ['00:e0:fc:00:00:02'] }],
      ['scan.xml', 4, { id: '10.0.0.5', macs: ['00:e0:fc:00:00:02'] }],
    )
    // A MAC ties before an address: the host is sw-2, whatever the order of the records.
    expect(devices.map((d) => [d.id, d.aliases])).toEqual([['sw-1', undefined], ['sw-2', ['10.0.0.5']]])
    expect(diagnostics.map(formatDiagnostic)[0]).toBe('scan.xml:4: warning: device "10.0.0.5" has the address 10.0.0.5 of device "sw-1" read at netbox.csv:2, ' +
      'but is not merged with it: that would make one device of "sw-1" and "sw-2", which netbox.csv lists apart. Both are read; check the address (reused for another device, or out of date in an export).')
  })

  it('never merges devices of two serial numbers, though an address ties them', () => {
    const { devices, diagnostics } = merge(
      ['netbox.csv', 2, { id: 'sw-1', serial: 'FDO2331Q0AB', addresses: ['10.0.0.5'] }],
      ['walks/10.0.0.5.txt', 1, { id: 'sw-9', serial: 'FDO2331Q0ZZ', addresses: ['10.0.0.5'] }],
    )
    expect(devices).toHaveLength(2)
    expect(diagnostics.map((d) => d.code)).toEqual(['merge_refused'])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('that would make one device of two serial numbers, "FDO2331Q0AB" and "FDO2331Q0ZZ"')
  })

  it('never merges by an address devices of two operator networks, which reuse private addresses', () => {
    const { devices, diagnostics } = merge(
      ['carrier-a.csv', 2, { id: 'rt-a', network: 'carrier-a', addresses: ['10.0.0.1'] }],
      ['carrier-b.csv', 2, { id: 'rt-b', network: 'carrier-b', addresses: ['10.0.0.1'] }],
      ['scan-a.xml', 3, { id: '10.0.0.1', macs: ['00:e0:fc:00:00:01'] }],
    )
    expect(devices.map((d) => [d.id, d.aliases])).toEqual([['rt-a', ['10.0.0.1']], ['rt-b', undefined]])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('that would make one device of records of two networks, "carrier-a" and "carrier-b", which may use the same private addresses')
  })

  it('merges 400,000 records of two files without comparing them pair by pair', () => {
    const records: { device: Device; at: SourceLocation }[] = []
    const mac = (i: number) => `02:00:${((i >> 16) & 255).toString(16).padStart(2, '0')}:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}:01`
    for (let i = 0; i < 200_000; i++) records.push({ device: { id: `sw-${i}`, macs: [mac(i)] }, at: { file: 'netbox.csv', line: i + 2 } })
    for (let i = 0; i < 200_000; i++) records.push({ device: { id: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, macs: [mac(i)] }, at: { file: 'arp.txt', line: i + 2 } })
    const { devices } = mergeDevices(records)
    expect(devices).toHaveLength(200_000)
    expect(devices[123_456]!.aliases).toEqual(['10.1.226.64'])
  })
})

describe('identify of a merged device', () => {
  const catalog = loadDefaultCatalog()

  it('reports the brand an export declares, against a scan\'s MAC and RTSP banner, with where it was declared', () => {
    const { devices } = merge(
      ['netbox.csv', 11, { id: 'cam-gate-1', manufacturer: 'Lorex', model: 'LNB8005', role: 'camera', addresses: ['10.20.5.21'] }],
      ['scan.xml', 19, { id: '10.20.5.21', macs: ['3C:EF:8C:5A:21:07'], banners: [{ protocol: 'rtsp', field: 'server', text: 'Dahua Rtsp Server' }] }],
    )
    const a = identify(devices[0]!, catalog, { at: '2026-11-23' })
    expect(a.group).toBe('dahua')
    const rebrand = a.conflicts.find((c) => c.kind === 'oem_rebrand')
    expect(rebrand).toMatchObject({ declared: 'lorex', maker: 'dahua', declaredAt: { file: 'netbox.csv', line: 11 } })
    expect(formatConflict(rebrand!, catalog.manufacturers)).toMatch(/^declared Lorex Technology \(netbox\.csv:11\); MAC OUI and banner say Zhejiang Dahua Technology/)
  })

  it('reports a later file\'s declared maker that the evidence contradicts, though the first file\'s declared maker is taken', () => {
    const { devices } = merge(
      ['cmdb.csv', 3, { id: 'nvr-1', manufacturer: 'Dahua', macs: ['3C:EF:8C:00:00:01'] }],
      ['netbox.csv', 7, { id: 'nvr-1', manufacturer: 'Lorex', role: 'camera' }],
      ['assets.csv', 5, { id: 'nvr-1', manufacturer: 'dahua' }],
    )
    expect(devices[0]!.manufacturer).toBe('Dahua')
    const a = identify(devices[0]!, catalog, { at: '2026-11-23' })
    expect(a.group).toBe('dahua')
    const rebrands = a.conflicts.filter((c) => c.kind === 'oem_rebrand')
    // The third file's "dahua" agrees: one conflict, the Lorex record's.
    expect(rebrands).toHaveLength(1)
    expect(rebrands[0]).toMatchObject({ declared: 'lorex', maker: 'dahua', methods: ['declared', 'oui'], known: true, declaredAt: { file: 'netbox.csv', line: 7 } })
    expect(formatConflict(rebrands[0]!, catalog.manufacturers)).toMatch(/^declared Lorex Technology \(netbox\.csv:7\); declared and MAC OUI say Zhejiang Dahua Technology \(known OEM/)
  })

  it('leaves a device read once as identify sees it without merging', () => {
    const device: Device = { id: 'cam-gate-1', manufacturer: 'Lorex', macs: ['3C:EF:8C:5A:21:07'] }
    const { devices } = merge(['netbox.csv', 11, device])
    expect(devices[0]).toBe(device)
    expect(identify(devices[0]!, catalog).conflicts.every((c) => c.kind !== 'oem_rebrand' || c.declaredAt === undefined)).toBe(true)
  })
})
