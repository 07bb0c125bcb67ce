import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { toDevice } from './device-input.js'

const AT = { file: 'devices.json', line: 7 }

function check(input: unknown) {
  const diagnostics: Diagnostic[] = []
  const device = toDevice(input, AT, diagnostics)
  return { device, diagnostics }
}

describe('toDevice', () => {
  it('keeps a valid device and normalises case, MAC style and a leading dot in the OID', () => {
    const { device, diagnostics } = check({
      id: ' d1 ', role: 'Core', macs: ['00-E0-FC-12-34-56', '00e0.fc12.3456', '00:e0:fc:12:34:57'],
      snmp: { sysObjectID: '.1.3.6.1.4.1.2011.2.62' }, banners: [{ protocol: 'HTTPS', field: 'Server', text: 'nginx' }],
      firmware: { sha256: 'AB'.repeat(32) }, serial: 12345, lat: -33.9, lon: 151.2,
    })
    expect(diagnostics).toEqual([])
    expect(device).toEqual({
      id: 'd1', role: 'core', serial: '12345', macs: ['00:e0:fc:12:34:56', '00:e0:fc:12:34:57'],
      snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.62' }, banners: [{ protocol: 'https', field: 'server', text: 'nginx' }],
      firmware: { sha256: 'ab'.repeat(32) }, lat: -33.9, lon: 151.2,
    })
  })

  it('drops the entry when the id is missing, empty or not a string', () => {
    for (const input of [{ id: '  ' }, { id: { a: 1 } }, 'd1', null]) {
      const { device, diagnostics } = check(input)
      expect(device).toBeUndefined()
      expect(diagnostics.map((d) => d.code)).toEqual(['invalid_field'])
    }
    expect(formatDiagnostic(check({ id: '' }).diagnostics[0]!)).toMatchInlineSnapshot(`"devices.json:7: error: field "id" has the value ""; expected a non-empty device id (string)."`)
  })

  it('names the keys of a record that has no id at all', () => {
    for (const input of [{ name: ' ' }, { foo: 1, bar: [2] }, {}]) {
      const { device, diagnostics } = check(input)
      expect(device).toBeUndefined()
      expect(diagnostics).toMatchObject([{ code: 'missing_id', keys: Object.keys(input) }])
    }
    expect(formatDiagnostic(check({ foo: 1, bar: [2] }).diagnostics[0]!)).toMatchInlineSnapshot(`"devices.json:7: error: the record has no "id" and is skipped (its keys: foo, bar); a device needs at least an id. Give each device an "id" (docs/inventory.md shows the JSON shape of a device, and the other names read as its id), or check that this is the inventory meant."`)
    const many = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`k${i + 1}`, i]))
    expect(formatDiagnostic(check(many).diagnostics[0]!)).toContain('(its keys: k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11, k12, and 2 more)')
  })

  it('knows a device without an id by its name, as a CSV without an id column', () => {
    expect(check({ name: 'sw1', model: 'S5720-28X-SI-AC' })).toEqual({ device: { id: 'sw1', name: 'sw1', model: 'S5720-28X-SI-AC' }, diagnostics: [] })
  })

  it('reports an unknown role with the list of roles and keeps the device without it', () => {
    const { device, diagnostics } = check({ id: 'd1', role: 'toaster' })
    expect(device).toEqual({ id: 'd1' })
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"devices.json:7: error: field "role" has the value "toaster"; expected one of core, ran, transport, aggregation, access, cpe, camera, radio, server, other (or a name holding a keyword such as "core router", "gNodeB", "NVR")."`)
  })

  it.each([
    ['Core Router', 'core'], ['access-switch', 'access'], ['gNodeB', 'ran'], ['Radio Unit', 'ran'], ['NVR', 'camera'],
    ['DMR repeater', 'radio'], ['Distribution Switch', 'aggregation'], ['ONT', 'cpe'], ['DWDM', 'transport'], ['Firewall', 'other'],
    // NetBox's demo roles; Cisco Catalyst Center's roles and families
    ['Wireless AP', 'access'], ['Access Point', 'access'], ['Patch Panel', 'other'], ['Data Center Switch', 'other'],
    ['BORDER ROUTER', 'other'], ['ACCESS', 'access'], ['Unified AP', 'access'], ['AP Controller', 'other'], ['Wireless Controller', 'other'], ['Access Controller', 'other'], ['Wireless Access Point Controller', 'other'],
    // Ubiquiti UISP's device roles (its API's DeviceIdentification.role, as nycmeshnet/meshdb types
    // them from UISP's Swagger file): each was an error, on every device of a UISP export.
    ['ap', 'access'], ['ptp', 'transport'], ['station', 'cpe'], ['homeWiFi', 'cpe'], ['convertor', 'other'], ['router', 'other'], ['ups', 'other'],
    // and a base station is still RAN equipment
    ['Base Station', 'ran'], ['Engineering Station', undefined],
  ])('maps the role name %j of an inventory tool to %s', (name, role) => {
    expect(check({ id: 'd1', role: name }).device?.role).toBe(role)
  })

  it.each(['UNKNOWN', 'None', 'N/A', '-'])('reads the role %j as no role, without a diagnostic', (name) => {
    expect(check({ id: 'd1', role: name })).toEqual({ device: { id: 'd1' }, diagnostics: [] })
  })

  it('keeps the lifecycle status of NetBox and Nautobot devices by its label, as their CSV exports write it', () => {
    const netbox = { id: 18, name: 'rt-fra-02', device_type: { model: 'NE40E-X8', manufacturer: { name: 'Huawei' } }, status: { value: 'decommissioning', label: 'Decommissioning' } }
    expect(check(netbox)).toEqual({ device: { id: 'rt-fra-02', name: 'rt-fra-02', manufacturer: 'Huawei', model: 'NE40E-X8', status: 'Decommissioning' }, diagnostics: [] })
    // Nautobot's status record nested (?depth=1), and known only by its id and URL (no depth): no status.
    const nautobot = { id: 'b1c3', name: 'sw-1', device_type: { model: 'S5720' }, status: { id: 'f00d', object_type: 'extras.status', url: 'https://n/api/extras/statuses/f00d/', name: 'Planned' } }
    expect(check(nautobot).device?.status).toBe('Planned')
    expect(check({ ...nautobot, status: { id: 'f00d', object_type: 'extras.status', url: 'https://n/api/extras/statuses/f00d/' } }).device).not.toHaveProperty('status')
  })

  it('reads a Snipe-IT asset checked out to someone as deployed, whatever its status label', () => {
    const asset = (name: string, meta: string) => ({ id: 5, asset_tag: 'A-5', serial: 'S5', status_label: { id: 2, name, status_type: 'pending', status_meta: meta } })
    expect(check(asset('Pending', 'pending')).device?.status).toBe('Pending')
    expect(check(asset('Pending', 'deployed')).device?.status).toBe('Pending (Deployed)')
  })

  it('keeps a status written in the device shape, and never reports a status that is no lifecycle', () => {
    expect(check({ id: 'd1', status: ' In Stock ' })).toEqual({ device: { id: 'd1', status: 'In Stock' }, diagnostics: [] })
    // LibreNMS's and Observium's `status` is whether the device answers; ServiceNow's choice values are numbers.
    for (const status of [1, 0, '1', true, 'up', { code: 0, message: 'OK' }, ['Active']]) {
      expect(check({ id: 'd1', status }), JSON.stringify(status)).toEqual({ device: { id: 'd1' }, diagnostics: [] })
    }
    // In another tool's record, with a column name of its own (ServiceNow with display values).
    expect(check({ sys_id: 'a'.repeat(32), name: 'sw-9', install_status: { display_value: 'Retired', value: '7' } }).device?.status).toBe('Retired')
    expect(check({ device_id: 4, hostname: 'sw-4', status: 1, hardware: 'S5720' }).device).toEqual({ id: '4', name: 'sw-4', model: 'S5720' })
  })

  it('reads a NetBox API device object', () => {
    const { device, diagnostics } = check({
      id: 17, name: 'rt-fra-01', serial: '2102351931P0K1000123',
      site: { id: 3, name: 'Frankfurt', slug: 'fra' }, tenant: { id: 1, name: 'Rheinnetz', slug: 'op-de' },
      role: { id: 2, name: 'Core Router', slug: 'core-router' },
      device_type: { id: 9, model: 'NE40E-X8', manufacturer: { id: 4, name: 'Huawei', slug: 'huawei' } },
      platform: { id: 1, name: 'VRP', slug: 'vrp' }, status: { value: 'active', label: 'Active' },
    })
    expect(diagnostics).toEqual([])
    expect(device).toEqual({
      id: 'rt-fra-01', name: 'rt-fra-01', site: 'fra', role: 'core', network: 'op-de', manufacturer: 'Huawei', model: 'NE40E-X8',
      serial: '2102351931P0K1000123', status: 'Active',
    })
  })

  it('keeps the primary and out-of-band addresses of NetBox and Nautobot devices, without prefix length, IPv6 in lower case', () => {
    const nb = (extra: Record<string, unknown>) => check({ id: 31, name: 'acc-fra-03', device_type: { model: 'EX2300-24T', manufacturer: { name: 'Juniper' } }, ...extra })
    const ip = (address: string) => ({ id: 5, url: 'https://netbox.example.net/api/ipam/ip-addresses/5/', family: { value: 4, label: 'IPv4' }, address })
    const { device, diagnostics } = nb({ primary_ip: ip('2001:DB8:20::13/64'), primary_ip4: ip('10.20.0.13/24'), primary_ip6: ip('2001:DB8:20::13/64'), oob_ip: ip('10.99.0.13/24') })
    expect(diagnostics).toEqual([])
    expect(device).toEqual({ id: 'acc-fra-03', name: 'acc-fra-03', manufacturer: 'Juniper', model: 'EX2300-24T', addresses: ['10.20.0.13', '2001:db8:20::13', '10.99.0.13'] })
    // None assigned (null), or a Nautobot answer not nested, whose records are known by their id and url alone.
    expect(nb({ primary_ip: null, primary_ip4: null, primary_ip6: null }).device?.addresses).toBeUndefined()
    expect(nb({ primary_ip4: { id: 'c5a1', url: 'https://nautobot.example.net/api/ipam/ip-addresses/c5a1/' } }).device?.addresses).toBeUndefined()
    // A device without a name is known by its NetBox id; its address is still its own.
    expect(check({ id: 40, name: null, device_type: { model: 'S5735' }, primary_ip4: ip('10.20.0.40/24') }).device).toEqual({ id: 'netbox-40', model: 'S5735', addresses: ['10.20.0.40'] })
  })

  it('keeps the addresses of a record\'s address keys beside its name, as a CSV\'s IP Address column beside Name', () => {
    const { device, diagnostics } = check({ hostname: 'sw-old-7', vendor: 'ZTE', model: 'ZXR10 2928E', management_ip: '10.20.0.17/24', management_ips: ['10.20.0.17', 'FD00:20::17'] })
    expect(diagnostics).toEqual([])
    expect(device).toEqual({ id: 'sw-old-7', name: 'sw-old-7', manufacturer: 'ZTE', model: 'ZXR10 2928E', addresses: ['10.20.0.17', 'fd00:20::17'] })
    // An address that is the device's id or name is not repeated; one with nothing better to name it names it, as before.
    expect(check({ id: '10.20.0.17', ip_address: '10.20.0.17' }).device).toEqual({ id: '10.20.0.17', name: '10.20.0.17' })
    expect(check({ ip: '10.20.0.18', model: 'S5735' }).device).toEqual({ id: '10.20.0.18', name: '10.20.0.18', model: 'S5735' })
    // A related record's address (an uplink's, a gateway's) is another device's.
    expect(check({ hostname: 'cam-1', uplink: { name: 'sw-9', ip_address: '10.0.0.9' } }).device?.addresses).toBeUndefined()
  })

  it('drops bad MACs with an invalid_mac warning and keeps the good ones', () => {
    const { device, diagnostics } = check({ id: 'd1', macs: '00:e0:fc:12:34:56; 0:e0:fc:1:2:3 ;00e0-fc12-3457, zz / 0:e0:fc:12:34' })
    expect(device?.macs).toEqual(['00:e0:fc:12:34:56', '00:e0:fc:01:02:03', '00:e0:fc:12:34:57'])
    expect(diagnostics.map((d) => d.code === 'invalid_mac' && d.value)).toEqual(['zz', '0:e0:fc:12:34'])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"devices.json:7: warning: "zz" is not a MAC address; it is ignored. Write it as 00:e0:fc:12:34:56 (":", "-", "." or no separators), several separated by ";"."`)
  })

  it('takes "N/A", "unknown" and "-" in a MAC field for no MAC, without a warning', () => {
    for (const macs of ['N/A', 'unknown', '-', ['n/a'], ['00:e0:fc:12:34:56', 'Unknown']]) {
      const { device, diagnostics } = check({ id: 'd1', macs })
      expect(diagnostics, JSON.stringify(macs)).toEqual([])
      expect(device?.macs, JSON.stringify(macs)).toEqual(Array.isArray(macs) && macs.length === 2 ? ['00:e0:fc:12:34:56'] : undefined)
    }
  })

  it('drops a sysObjectID that is not an OID with an invalid_oid warning', () => {
    const { device, diagnostics } = check({ id: 'd1', snmp: { sysObjectID: 'enterprises.huawei', sysDescr: 'VRP' } })
    expect(device?.snmp).toEqual({ sysDescr: 'VRP' })
    expect(diagnostics).toMatchObject([{ code: 'invalid_oid', severity: 'warning', value: 'enterprises.huawei', at: AT }])
  })

  it('keeps private objects under enterprises only without a sysObjectID, and reports one that is not there', () => {
    const { device, diagnostics } = check({ id: 'cam', snmp: { privateObjects: ['.1.3.6.1.4.1.39165.1.1.0', '1.3.6.1.2.1.1.1.0'] } })
    expect(device?.snmp).toEqual({ privateObjects: ['1.3.6.1.4.1.39165.1.1.0'] })
    expect(diagnostics.map((d) => d.code === 'invalid_field' && d.field)).toEqual(['snmp.privateObjects'])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('devices.json:7')
    const withOid = check({ id: 'sw', snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.23', privateObjects: ['1.3.6.1.4.1.39165.1.1.0'] } })
    expect(withOid.device?.snmp).toEqual({ sysObjectID: '1.3.6.1.4.1.2011.2.23' })
  })

  it('reads sysObjectIDs as net-snmp prints them and keeps the numeric form', () => {
    for (const [text, numeric] of [
      ['SNMPv2-SMI::enterprises.2011.2.23.351', '1.3.6.1.4.1.2011.2.23.351'],
      ['iso.3.6.1.4.1.3902.3.1', '1.3.6.1.4.1.3902.3.1'],
      ['.1.3.6.1.4.1.9.1.1017', '1.3.6.1.4.1.9.1.1017'],
    ]) {
      const { device, diagnostics } = check({ id: 'd1', snmp: { sysObjectID: text } })
      expect(diagnostics).toEqual([])
      expect(device?.snmp).toEqual({ sysObjectID: numeric })
    }
    expect(check({ id: 'd1', snmp: { sysObjectID: '5.3.6' } }).diagnostics).toMatchObject([{ code: 'invalid_oid' }])
  })

  it('reports banners with an unknown protocol or no text by their path', () => {
    const { device, diagnostics } = check({
      id: 'd1', banners: [{ protocol: 'gopher', text: 'x' }, { protocol: 'ssh' }, { protocol: 'ssh', text: 'SSH-2.0-x' }, 'SSH-2.0'],
    })
    expect(device?.banners).toEqual([{ protocol: 'ssh', text: 'SSH-2.0-x' }])
    expect(diagnostics.map((d) => d.code === 'invalid_field' && d.field)).toEqual(['banners[0].protocol', 'banners[1].text', 'banners[3]'])
  })

  it('checks coordinates, dates, digests, components and nested shapes', () => {
    const { device, diagnostics } = check({
      id: 'd1', lat: 91, lon: 'east', manufactured: '2019-02-30', firmware: { version: 'V1', sha256: 'abc' },
      components: [{ kind: 'soc' }, { manufacturer: 'HiSilicon' }], snmp: 'x', name: ['a'],
    })
    expect(device).toEqual({ id: 'd1', firmware: { version: 'V1' }, components: [{ manufacturer: 'HiSilicon' }] })
    expect(diagnostics.map((d) => d.code === 'invalid_field' && d.field)).toEqual([
      'name', 'snmp', 'firmware.sha256', 'components[0]', 'manufactured', 'lat', 'lon',
    ])
    expect(formatDiagnostic(diagnostics[5]!)).toMatchInlineSnapshot(`"devices.json:7: error: field "lat" has the value "91"; expected a number in [-90, 90]."`)
  })

  it('keeps the date of a manufacture date with a time, as exports write them', () => {
    for (const made of ['2019-05-01 00:00:00', '2019-05-01T10:20:30Z', '2019-05-01T10:20:30.5+02:00', '2019-05-01 10:20 UTC']) {
      expect(check({ id: 'd1', manufactured: made }).device, made).toEqual({ id: 'd1', manufactured: '2019-05-01' })
    }
    // Day and month read either way: the year alone, with a warning.
    expect(check({ id: 'd1', manufactured: '05/01/2019' })).toMatchObject({ device: { manufactured: '2019' }, diagnostics: [{ code: 'ambiguous_date' }] })
    for (const bad of ['05/01/2019 later', '2019-05-01 later', '2019-13-01 00:00']) {
      expect(check({ id: 'd1', manufactured: bad }).diagnostics.map((d) => d.code), bad).toEqual(['invalid_field'])
    }
  })

  it('reads coordinates written as decimal strings, as PHP-backed APIs write them', () => {
    expect(check({ id: 'd1', lat: '52.5200', lon: '13,4050' })).toEqual({ device: { id: 'd1', lat: 52.52, lon: 13.405 }, diagnostics: [] })
    expect(check({ id: 'd1', lat: '152.5' }).diagnostics.map((d) => d.code)).toEqual(['invalid_field'])
  })

  it('reads a firmware given as its version alone', () => {
    expect(check({ id: 'd1', firmware: 'V200R011C10' }).device).toEqual({ id: 'd1', firmware: { version: 'V200R011C10' } })
    expect(check({ id: 'd1', firmware: ['V1'] }).diagnostics.map((d) => d.code)).toEqual(['invalid_field'])
  })

  it('accepts "vendor" as the declared manufacturer', () => {
    expect(check({ id: 'd1', vendor: 'Hikvision' }).device).toEqual({ id: 'd1', manufacturer: 'Hikvision' })
  })
})
