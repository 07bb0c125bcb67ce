import { describe, expect, it } from 'vitest'
import type { Device } from '../domain/device.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { CrossSourceIds } from './cross-source-ids.js'
import type { InventoryBatch } from './rows.js'

/** One file's devices, each on its own line, as a batch the readers give. */
function batch(file: string, devices: Device[]): InventoryBatch {
  return { devices, locations: devices.map((_, i) => ({ file, line: i + 2 })), diagnostics: [], bytes: 0 }
}

/** Reads the files one after another, as several inventories are: the ids kept and the warnings. */
function readAll(...files: InventoryBatch[]): { ids: string[]; warnings: string[] } {
  const across = new CrossSourceIds((id, at) => [`${id}/${at.file}`])
  const ids: string[] = []
  const warnings: string[] = []
  for (const b of files) {
    across.filter(b)
    for (const d of b.devices) ids.push(d.id)
    for (const d of b.diagnostics) warnings.push(formatDiagnostic(d))
  }
  return { ids, warnings }
}

describe('devices of several files under two ids', () => {
  it('tells a walk under its sysName whose serial an export row under its NetBox ID gave', () => {
    const { ids, warnings } = readAll(
      batch('netbox.csv', [{ id: '3', name: 'agg-fra-01', serial: '2102353173DMKB000123' }]),
      batch('walks/agg-fra-01.txt', [{ id: 'agg-fra-01', serial: ' 2102353173dmkb000123 ' }]),
    )
    expect(ids).toEqual(['3', 'agg-fra-01'])
    expect(warnings).toEqual(['walks/agg-fra-01.txt:2: warning: device "agg-fra-01" has the serial number "2102353173dmkb000123" of device "3" read at netbox.csv:2: ' +
      'the same device under two ids (an export\'s own id in one file, a name in another)? It is counted twice: to count it once, leave its lines out of the file that says less of it (not the whole file, whose other devices may be in no other).'])
  })

  it('ties nobody by a serial a PC\'s firmware left as a placeholder, or one too short to tell devices apart', () => {
    const { warnings } = readAll(
      batch('a.csv', [{ id: 'pc-1', serial: 'To be filled by O.E.M.' }, { id: 'sw-1', serial: '1234' }]),
      batch('b.csv', [{ id: 'pc-2', serial: 'To be filled by O.E.M.' }, { id: 'sw-2', serial: '1234' }]),
    )
    expect(warnings).toEqual([])
  })

  it('keeps the MACs of a skipped walk as its device\'s, pointing to the walk, and tells a pair once', () => {
    const { ids, warnings } = readAll(
      batch('netbox.csv', [{ id: 'agg-fra-01', serial: '2102353173DMKB000123' }]),
      batch('walks/agg-fra-01.txt', [{ id: 'agg-fra-01', serial: '2102353173DMKB000123', macs: ['4c:1f:cc:aa:00:11'] }]),
      batch('scan.xml', [{ id: '10.20.0.11', macs: ['4C:1F:CC:AA:00:11'] }]),
      batch('arp.txt', [{ id: '10.20.0.11', macs: ['4c1f.ccaa.0011'] }]),
    )
    expect(ids).toEqual(['agg-fra-01', '10.20.0.11'])
    expect(warnings.filter((w) => w.includes('has the MAC'))).toEqual([
      'scan.xml:2: warning: device "10.20.0.11" has the MAC 4C:1F:CC:AA:00:11 of device "agg-fra-01" read at netbox.csv:2 (the MAC given at walks/agg-fra-01.txt:2): ' +
      'the same device under two ids (an address in one file, a name in another)? It is counted twice: to count it once, leave its lines out of the file that says less of it (not the whole file, whose other devices may be in no other).',
    ])
  })

  it('tells a scan\'s host at the address an export gives beside a device\'s name, once, with file and line of both', () => {
    const { ids, warnings } = readAll(
      batch('netbox.csv', [{ id: 'core-fra-1', addresses: ['10.20.0.1'] }, { id: 'sw-old-7', status: 'Retired', addresses: ['10.20.0.17'] }]),
      batch('scan.xml', [{ id: '10.20.0.17', name: '10.20.0.17' }, { id: '10.20.5.77' }]),
      batch('arp.txt', [{ id: '10.20.0.17' }, { id: 'fe80::1' }]),
    )
    // Nothing is merged: the scan's host is read, and counted twice.
    expect(ids).toEqual(['core-fra-1', 'sw-old-7', '10.20.0.17', '10.20.5.77', 'fe80::1'])
    expect(warnings.filter((w) => w.includes('has the address'))).toEqual([
      'scan.xml:2: warning: device "10.20.0.17" has the address 10.20.0.17 of device "sw-old-7" read at netbox.csv:3: the same device under two ids ' +
      '(an address in one file, a name beside that address in another)? It is counted twice: to count it once, leave its lines out of the file that says less of it (not the whole file, whose other devices may be in no other). ' +
      'If the address was reused (another network, a device replaced), both are read.',
    ])
  })

  it('ties nobody by an address within one file, nor by a loopback or link-local address every host has', () => {
    const { warnings } = readAll(
      batch('a.csv', [{ id: 'rt-1', addresses: ['127.0.0.1', '169.254.1.1', 'fe80::1'] }, { id: '10.0.0.9' }, { id: 'cam-9', addresses: ['10.0.0.9'] }]),
      batch('b.csv', [{ id: 'rt-2', addresses: ['127.0.0.1', '169.254.1.1', 'fe80::1'] }]),
    )
    expect(warnings).toEqual([])
  })

  it('keeps no address, and says nothing, where an id is no address: a service of a host, a name of digits', () => {
    const { warnings } = readAll(
      batch('netbox.csv', [{ id: 'cam-1', addresses: ['10.0.0.5'] }]),
      batch('masscan.json', [{ id: '10.0.0.5:554' }, { id: '10.0.0.5.local' }]),
    )
    expect(warnings).toEqual([])
  })

  it('tells each of thousands of scanned hosts at an export\'s addresses once, and none of a second scan of them', () => {
    const n = 100_000
    const rows: Device[] = []
    const hosts: Device[] = []
    for (let i = 0; i < n; i++) {
      const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`
      rows.push({ id: `dev-${i}`, addresses: [address] })
      hosts.push({ id: address })
    }
    const { warnings } = readAll(batch('export.csv', rows), batch('scan.xml', hosts), batch('scan-again.xml', hosts.map((h) => ({ ...h }))))
    expect(warnings.filter((w) => w.includes('has the address'))).toHaveLength(n)
  })
})

describe('devices of several files with --merge', () => {
  it('keeps a device of a used id that is the same device, under its id, and tells no shared MAC, for the merge', () => {
    const across = new CrossSourceIds((id, at) => [`${id}/${at.file}`], { merge: true })
    const files = [
      batch('walks/10.0.0.1.txt', [{ id: 'HUAWEI', macs: ['00:e0:fc:12:34:51'] }]),
      batch('walks/10.0.0.2.txt', [{ id: 'HUAWEI', macs: ['00:e0:fc:12:34:52'] }]),
      batch('walks/old/10.0.0.2.txt', [{ id: 'HUAWEI', macs: ['00:e0:fc:12:34:52'] }]),
      batch('scan.xml', [{ id: '10.0.0.1', macs: ['00:e0:fc:12:34:51'] }]),
    ]
    for (const b of files) across.filter(b)
    // Switches that kept the factory name are still told apart; the one walked twice is kept under the new id of the first walk of it.
    expect(files.map((b) => b.devices.map((d) => d.id))).toEqual([['HUAWEI'], ['HUAWEI/walks/10.0.0.2.txt'], ['HUAWEI/walks/10.0.0.2.txt'], ['10.0.0.1']])
    expect(files.flatMap((b) => b.diagnostics.map((d) => d.code))).toEqual(['repeated_id_renamed'])
  })
})
