import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { BANNER_COLUMN, buildColumnMap, INVENTORY_COLUMNS, resolveColumn, toDeviceInput } from './columns.js'

describe('resolveColumn', () => {
  it('matches headers without regard to case, spaces, dashes and underscores', () => {
    for (const h of ['sys_object_id', 'SysObjectID', 'sys object id', 'SYS-OBJECT-ID']) {
      expect(resolveColumn(h)).toEqual({ kind: 'scalar', field: 'sysObjectID' })
    }
    expect(resolveColumn(' Firmware Version ')).toEqual({ kind: 'scalar', field: 'firmwareVersion' })
  })

  it('accepts the documented aliases: vendor, mac, latitude, hostname', () => {
    expect(resolveColumn('vendor')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    expect(resolveColumn('MAC')).toEqual({ kind: 'macs' })
    expect(resolveColumn('latitude')).toEqual({ kind: 'scalar', field: 'lat' })
    expect(resolveColumn('hostname')).toEqual({ kind: 'scalar', field: 'name' })
  })

  it('reads banner columns with a protocol and an optional field', () => {
    expect(resolveColumn('banner_ssh')).toEqual({ kind: 'banner', protocol: 'ssh' })
    expect(resolveColumn('banner_sip_user-agent')).toEqual({ kind: 'banner', protocol: 'sip', field: 'user-agent' })
    expect(resolveColumn('Banner HTTP WWW-Authenticate')).toEqual({ kind: 'banner', protocol: 'http', field: 'www-authenticate' })
    expect(resolveColumn('banner_gopher')).toBeUndefined()
    expect(resolveColumn('banner')).toBeUndefined()
  })

  it('documents every column with an example, and every example banner column resolves', () => {
    expect(INVENTORY_COLUMNS.map((c) => c.name)).toContain('id')
    for (const c of INVENTORY_COLUMNS) {
      expect(resolveColumn(c.name)).toEqual(c.target)
      for (const a of c.aliases) expect(resolveColumn(a)).toEqual(c.target)
    }
    for (const e of BANNER_COLUMN.examples) expect(resolveColumn(e)?.kind).toBe('banner')
  })
})

describe('buildColumnMap and toDeviceInput', () => {
  it('maps cells onto the JSON device shape, splitting MACs and components on ";"', () => {
    const diagnostics: Diagnostic[] = []
    const map = buildColumnMap(['id', 'mac', 'macs', 'components', 'lat', 'firmware_sha256'], { file: 'f.csv', line: 1 }, diagnostics)
    expect(diagnostics).toEqual([])
    const input = toDeviceInput(['d1', 'a; b', 'c', 'HiSilicon:Hi3516:soc; :Hi3798:', '50.1', 'ab'], map)
    expect(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))).toEqual({
      id: 'd1', macs: ['a', 'b', 'c'],
      components: [{ manufacturer: 'HiSilicon', model: 'Hi3516', kind: 'soc' }, { model: 'Hi3798' }],
      lat: 50.1, firmware: { sha256: 'ab' },
    })
  })

  it('leaves a non-numeric coordinate as text for the validator to report', () => {
    const map = buildColumnMap(['id', 'lon'], { file: 'f.csv', line: 1 }, [])
    expect(toDeviceInput(['d1', '8,6'], map)['lon']).toBe('8,6')
  })
})
