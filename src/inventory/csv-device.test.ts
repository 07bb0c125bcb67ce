import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { buildColumnMap, toNumber } from './columns.js'
import { CsvDeviceBuilder } from './csv-device.js'
import { toDevice } from './device-input.js'

const HEADER = [
  'id', 'name', 'role', 'manufacturer', 'macs', 'sys_object_id', 'sys_descr', 'banner_ssh', 'banner_http_server',
  'firmware_version', 'firmware_sha256', 'components', 'manufactured', 'purpose', 'lat', 'lon', 'status',
]
const AT = { file: 'f.csv', line: 7 }

// Good and bad values for every column, with the spaces a real export leaves around them.
const pick = (...xs: string[]) => fc.constantFrom('', ...xs, ...xs.map((x) => ` ${x} `))
const row = fc.tuple(
  pick('d1', 'cam-7'), pick('rt-1'), pick('core', 'Core Router', 'gNodeB', 'toaster'), pick('Huawei', 'Lorex'),
  pick('00:e0:fc:00:00:01', '00-E0-FC-00-00-01;00e0.fc00.0002', 'nonsense', 'bc:ad:28:00:00:01 | zz', '00:E0:FC:00:00:01,00e0fc000002', '00:e0:fc:00:00:01\u00a000:e0:fc:00:00:02\t00:e0:fc:00:00:01'),
  pick('1.3.6.1.4.1.2011.2.62', '.1.3.6.1.4.1.3902.3', 'enterprises.9', 'x.y'), pick('Huawei Versatile Routing Platform'),
  pick('SSH-2.0-HUAWEI-1.5'), pick('App-webs/', 'DahuaHttp'), pick('V800R011C00'),
  pick('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'abc'),
  pick('HiSilicon:Hi3516:soc', ':Hi3798:;Broadcom::', '::'), pick('2019-05-01', '2019-02-30', 'May 2019'),
  pick('public-safety'), pick('50.1', '91', '8,6'), pick('-8.68', 'east'), pick('Decommissioning', 'Retired', '1', 'up', 'N/A'),
)

/** The same row as the JSON device shape, as a user would write it by hand. */
function asJson(cells: readonly string[]): Record<string, unknown> {
  const v = (i: number) => (cells[i]!.trim() === '' ? undefined : cells[i]!.trim())
  const macs = v(4)?.split(/[;,\s|]+/).filter((m) => m !== '')
  const banners = [['ssh', undefined, v(7)], ['http', 'server', v(8)]]
    .filter(([, , text]) => text !== undefined)
    .map(([protocol, field, text]) => (field === undefined ? { protocol, text } : { protocol, field, text }))
  const components = v(11)?.split(';').filter((c) => c.trim() !== '').map((c) => {
    const [manufacturer, model, kind] = c.split(':').map((s) => s.trim())
    return { ...(manufacturer ? { manufacturer } : {}), ...(model ? { model } : {}), ...(kind ? { kind } : {}) }
  })
  return {
    // The id column is there: an empty cell is an empty id, not a missing one.
    id: v(0) ?? '', name: v(1), role: v(2), manufacturer: v(3), macs,
    snmp: v(5) === undefined && v(6) === undefined ? undefined : { sysObjectID: v(5), sysDescr: v(6) },
    banners: banners.length > 0 ? banners : undefined,
    firmware: v(9) === undefined && v(10) === undefined ? undefined : { version: v(9), sha256: v(10) },
    components, manufactured: v(12), purpose: v(13),
    lat: v(14) === undefined ? undefined : toNumber(v(14)!), lon: v(15) === undefined ? undefined : toNumber(v(15)!),
    status: v(16),
  }
}

describe('CsvDeviceBuilder', () => {
  it('gives the same device and the same diagnostics, in the same order, as toDevice on the JSON shape', () => {
    const builder = new CsvDeviceBuilder(buildColumnMap(HEADER, { file: 'f.csv', line: 1 }, []))
    fc.assert(fc.property(row, (cells) => {
      const fromCsv: Diagnostic[] = []
      const fromJson: Diagnostic[] = []
      const device = builder.build(cells, AT, fromCsv)
      expect(device).toEqual(toDevice(asJson(cells), AT, fromJson))
      expect(fromCsv).toEqual(fromJson)
      if (device !== undefined) expect(Object.keys(device)).toEqual(Object.keys(toDevice(asJson(cells), AT, [])!))
    }), { numRuns: 2000 })
  })

  it('takes the best column of a field whatever their order: a model number over a model name over a category', () => {
    const header = ['Type', 'Name', 'Model', 'Model No.', 'hostname', 'Manufacturer (OEM)']
    const builder = new CsvDeviceBuilder(buildColumnMap(header, { file: 'f.csv', line: 1 }, []))
    expect(builder.build(['IP Camera', 'cam-1', 'Hikvision Bullet 4MP', 'DS-2CD2043G2-I', '10.0.0.5', 'Hikvision'], AT, []))
      .toMatchObject({ id: 'cam-1', name: 'cam-1', model: 'DS-2CD2043G2-I', manufacturer: 'Hikvision' })
    // Without the better columns, the next best ones count.
    expect(builder.build(['IP Camera', '', 'Hikvision Bullet 4MP', '', '10.0.0.5', ''], AT, [])).toMatchObject({ id: '10.0.0.5', model: 'Hikvision Bullet 4MP' })
    expect(builder.build(['IP Camera', 'cam-3', '', '', '', ''], AT, [])).toMatchObject({ model: 'IP Camera' })
  })

  it('turns escaped line breaks in a banner cell back, so a captured response is read header by header', () => {
    const builder = new CsvDeviceBuilder(buildColumnMap(['id', 'banner_rtsp'], { file: 'f.csv', line: 1 }, []))
    expect(builder.build(['c1', 'RTSP/1.0 200 OK\\r\\nServer: Dahua Rtsp Server\\x0D\\x0A'], AT, [])?.banners)
      .toEqual([{ protocol: 'rtsp', text: 'RTSP/1.0 200 OK\r\nServer: Dahua Rtsp Server\r\n' }])
  })

  it('takes the name for the id when the file has no id column', () => {
    const builder = new CsvDeviceBuilder(buildColumnMap(['name', 'role'], { file: 'f.csv', line: 1 }, []))
    expect(builder.build(['rt-1', 'core'], AT, [])).toEqual({ id: 'rt-1', name: 'rt-1', role: 'core' })
    // A row without a name then lacks the name, not an id column the file does not have.
    const diagnostics: Diagnostic[] = []
    expect(builder.build(['', 'core'], AT, diagnostics)).toBeUndefined()
    expect(diagnostics).toMatchObject([{ code: 'invalid_field', field: 'name', value: '' }])
  })

  it('takes the serial for the id of a device without a name (an unnamed Meraki device)', () => {
    const builder = new CsvDeviceBuilder(buildColumnMap(['Name', 'Serial', 'MAC', 'Model'], { file: 'f.csv', line: 1 }, []))
    expect(builder.build(['', 'Q2MV-IJKL-9012', '9c:e3:30:07:08:09', 'MV12WE'], AT, []))
      .toEqual({ id: 'Q2MV-IJKL-9012', model: 'MV12WE', serial: 'Q2MV-IJKL-9012', macs: ['9c:e3:30:07:08:09'] })
    // Without a serial either, by its first MAC; without any, the row lacks a name.
    expect(builder.build(['', '', '9c:e3:30:07:08:09', 'MV12WE'], AT, [])).toEqual({ id: '9c:e3:30:07:08:09', model: 'MV12WE', macs: ['9c:e3:30:07:08:09'] })
    const diagnostics: Diagnostic[] = []
    expect(builder.build(['', '', '', 'MV12WE'], AT, diagnostics)).toBeUndefined()
    expect(diagnostics).toMatchObject([{ code: 'invalid_field', field: 'name', value: '' }])
  })

  it('takes a name or serial written "Unknown" or "N/A" for none: such rows are not one device', () => {
    const builder = new CsvDeviceBuilder(buildColumnMap(['hostname', 'serial', 'mac'], { file: 'f.csv', line: 1 }, []))
    expect(builder.build(['Unknown', 'FCW2233L0AB', '00:e0:fc:00:00:01'], AT, [])).toMatchObject({ id: 'FCW2233L0AB', name: 'Unknown' })
    expect(builder.build(['Unknown', 'N/A', '00:e0:fc:00:00:02'], AT, [])).toMatchObject({ id: '00:e0:fc:00:00:02', name: 'Unknown', serial: 'N/A' })
    const diagnostics: Diagnostic[] = []
    expect(builder.build(['N/A', '-', ''], AT, diagnostics)).toBeUndefined()
    expect(diagnostics).toMatchObject([{ code: 'invalid_field', field: 'name', value: 'N/A' }])
  })
})

describe('management addresses', () => {
  const build = (header: string[], cells: string[]) => {
    const diagnostics: Diagnostic[] = []
    return new CsvDeviceBuilder(buildColumnMap(header, { file: 'f.csv', line: 1 }, diagnostics)).build(cells, AT, diagnostics)
  }

  it('keeps the address of a NetBox export beside the name, without its prefix length, and changes no id or name', () => {
    const header = ['Name', 'Status', 'Manufacturer', 'Serial number', 'IP Address']
    expect(build(header, ['sw-old-7', 'Retired', 'ZTE', 'ZTE2928E0007', '10.20.0.17/24'])).toMatchObject({ id: 'sw-old-7', name: 'sw-old-7', addresses: ['10.20.0.17'] })
    expect(build(['Hostname', 'Management IP', 'IP Address'], ['core-1', '10.0.0.1/32', '10.0.0.1; 2001:DB8::1/128'])?.addresses).toEqual(['10.0.0.1', '2001:db8::1'])
  })

  it('keeps each address column of NetBox\'s device table (IP Address, IPv4 Address, IPv6 Address, OOB IP), once each', () => {
    // The columns of NetBox's DeviceTable (primary_ip, primary_ip4, primary_ip6, oob_ip), as its "Export > Current view" heads them.
    const diagnostics: Diagnostic[] = []
    const header = ['Name', 'Status', 'IP Address', 'IPv4 Address', 'IPv6 Address', 'OOB IP']
    const device = new CsvDeviceBuilder(buildColumnMap(header, { file: 'f.csv', line: 1 }, diagnostics))
      .build(['sw-old-7', 'Retired', '10.20.0.17/24', '10.20.0.17/24', '2001:DB8::17/64', '192.168.100.17/24'], AT, diagnostics)
    expect(diagnostics).toEqual([])
    expect(device).toMatchObject({ id: 'sw-old-7', name: 'sw-old-7', addresses: ['10.20.0.17', '2001:db8::17', '192.168.100.17'] })
  })

  it('does not repeat a name that is the address, nor read a name column that holds no address', () => {
    expect(build(['Name', 'IP Address'], ['10.0.0.5', '10.0.0.5/24'])).toEqual({ id: '10.0.0.5', name: '10.0.0.5' })
    expect(build(['Name', 'Hostname'], ['core-1', 'core-1.example.net'])).toEqual({ id: 'core-1', name: 'core-1' })
    // An address alone is the name, as before.
    expect(build(['IP Address', 'Manufacturer'], ['10.0.0.9', 'Hikvision'])).toEqual({ id: '10.0.0.9', name: '10.0.0.9', manufacturer: 'Hikvision' })
  })

  it('reads a column of several addresses (IP Addresses) as the device\'s addresses, and names an unnamed device by the first', () => {
    // An asset list's download as a public script reads it (`Name,ID,Owner,Hostnames,IP
    // Addresses,MAC Addresses,Importance,Labels,Description`): its IP Addresses were an unknown
    // column, and a device known by them alone was named by the whole cell.
    const header = ['Name', 'ID', 'Owner', 'Hostnames', 'IP Addresses', 'MAC Addresses', 'Importance', 'Labels', 'Description']
    const diagnostics: Diagnostic[] = []
    const builder = new CsvDeviceBuilder(buildColumnMap(header, { file: 'f.csv', line: 1 }, diagnostics))
    expect(diagnostics).toMatchObject([{ code: 'unknown_column', columns: ['Owner', 'Importance', 'Labels', 'Description'] }])
    expect(builder.build(['cam-lobby', 'a1', '', 'cam-lobby.example.net', '10.20.1.7, 10.20.9.7', 'C0:56:E3:00:00:01', 'none', '', ''], AT, diagnostics))
      .toMatchObject({ id: 'a1', name: 'cam-lobby', addresses: ['10.20.1.7', '10.20.9.7'], macs: ['c0:56:e3:00:00:01'] })
    expect(build(['IP Addresses', 'MAC Addresses'], ['10.20.1.8 10.20.9.8', 'C0:56:E3:00:00:02']))
      .toEqual({ id: '10.20.1.8', name: '10.20.1.8', addresses: ['10.20.9.8'], macs: ['c0:56:e3:00:00:02'] })
    expect(build(['Hostname', 'IPv4 Addresses'], ['rt-1', '192.0.2.1;192.0.2.2'])?.addresses).toEqual(['192.0.2.1', '192.0.2.2'])
    // A name of several words is a name still.
    expect(build(['Name', 'IP Addresses'], ['Core Switch 1', ''])).toEqual({ id: 'Core Switch 1', name: 'Core Switch 1' })
  })
})
