/**
 * Infoblox NIOS's CSV export ("Export data in Infoblox CSV import format"), the file a Grid
 * Manager writes of its DNS and DHCP objects: sections one after another, each under a header line
 * whose first cell names the object type (`header-hostrecord`, `header-hostaddress`,
 * `header-fixedaddress`, ...), each row starting with that type (`hostrecord`, ...), required fields
 * marked with `*` in an exported file (`fqdn*`, `ip_address*`). The fields are those of the
 * Infoblox CSV Import Reference (NIOS 6.5 and 8.x): a host record's `fqdn*` and `addresses`; a host
 * address's `parent*` (the host record's FQDN), `address*` and `mac_address`, the MAC an address is
 * given by DHCP; a fixed address's `ip_address*`, `name` and `mac_address`, `00:00:00:00:00:00` for a
 * reservation. `EA-Site` is the predefined extensible attribute Site.
 *
 * A host record is one device, known by its FQDN, with the MACs of its host addresses, which the
 * export writes in a later section; a fixed address is one device, known by its address. Other
 * objects (networks, ranges, zones, A and PTR records) are no devices and are not read.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { CsvRecord } from './csv.js'
import type { RowSink } from './rows.js'

/** A column name as the export writes it, without case or the `*` of a required field. */
const key = (cell: string): string => cell.trim().toLowerCase().replace(/\*$/, '')

const TYPE_HEADER = /^header-[a-z0-9_]+$/

/** True for the header line of a section of an Infoblox CSV export: `header-<object type>` first. */
export function isInfobloxCsvHeader(cells: readonly string[]): boolean {
  return cells.length > 1 && TYPE_HEADER.test(key(cells[0]!))
}

/** True when the start of a file is an Infoblox CSV export (its first line is a section's header). */
export function isInfobloxCsvStart(start: string): boolean {
  return /^\uFEFF?"?header-[a-z0-9_]+"?[,;\t]/i.test(start)
}

/** One device of the export, as it is gathered from its sections. */
type InfobloxDevice = { at: SourceLocation; id: string; name: string; site?: string; macs: string[] }

export class InfobloxCsvObjects {
  private type: string
  private columns: Map<string, number>
  private width: number
  /** The devices in the order they first appear, host records by their FQDN in lower case. */
  private readonly devices = new Map<string, InfobloxDevice>()
  private readonly at: (line: number) => SourceLocation

  constructor(header: readonly string[], at: (line: number) => SourceLocation) {
    this.at = at
    this.type = ''
    this.columns = new Map()
    this.width = 0
    this.section(header)
  }

  private section(header: readonly string[]): void {
    this.type = key(header[0]!).slice('header-'.length)
    this.columns = new Map(header.map((c, i) => [key(c), i]))
    this.width = header.length
  }

  add(record: CsvRecord, sink: RowSink): void {
    const cells = record.cells
    if (isInfobloxCsvHeader(cells)) {
      this.section(cells)
      return
    }
    if (cells.every((c) => c.trim() === '')) return
    if (this.type !== 'hostrecord' && this.type !== 'hostaddress' && this.type !== 'fixedaddress') return
    // The export ends a row whose last field is empty with a separator, so a row is as wide as its header.
    if (cells.length !== this.width) {
      sink.diagnostics.push({ code: 'malformed_csv', severity: 'error', at: this.at(record.line), problem: 'field_count', expected: this.width, got: cells.length })
      return
    }
    const get = (name: string): string => {
      const i = this.columns.get(name)
      return i === undefined ? '' : cells[i]!.trim()
    }
    const at = this.at(record.line)
    const mac = get('mac_address')
    if (this.type === 'fixedaddress') {
      const ip = get('ip_address')
      // A reservation holds an address for no client: the reference has it imported with the MAC 00:00:00:00:00:00.
      if (ip === '' || /^0{1,2}(?:[:-]?0{1,2}){5}$/.test(mac)) return
      const device = this.device(`ip:${ip}`, at, ip, get('name') || ip)
      this.site(device, get('ea-site'))
      if (mac !== '') device.macs.push(mac)
      return
    }
    const fqdn = this.type === 'hostrecord' ? get('fqdn') : get('parent')
    if (fqdn === '') return
    const device = this.device(`host:${fqdn.toLowerCase()}`, at, fqdn, fqdn)
    this.site(device, get('ea-site'))
    if (mac !== '') device.macs.push(mac)
  }

  private device(k: string, at: SourceLocation, id: string, name: string): InfobloxDevice {
    let device = this.devices.get(k)
    if (device === undefined) {
      device = { at, id, name, macs: [] }
      this.devices.set(k, device)
    }
    return device
  }

  private site(device: InfobloxDevice, site: string): void {
    if (site !== '' && device.site === undefined) device.site = site
  }

  end(sink: RowSink): void {
    for (const d of this.devices.values()) {
      sink.row({
        id: d.id,
        name: d.name,
        ...(d.site !== undefined ? { site: d.site } : {}),
        ...(d.macs.length > 0 ? { macs: d.macs } : {}),
      }, d.at)
    }
  }
}
