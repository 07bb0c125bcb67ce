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
    ids.push(...b.devices.map((d) => d.id))
    warnings.push(...b.diagnostics.map(formatDiagnostic))
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
      'the same device under two ids (an export\'s own id in one file, a name in another)? It is counted twice: leave out the file that says less of it to count it once.'])
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
      'the same device under two ids (an address in one file, a name in another)? It is counted twice: leave out the file that says less of it to count it once.',
    ])
  })
})
