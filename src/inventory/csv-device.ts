/**
 * CSV row → validated `Device` in one step, for the hot path of big CSV inventories.
 *
 * CSV rows once went through an intermediate object of the JSON device shape and then `toDevice`;
 * on 1M-row inventories that object, its nested parts and the generic checks of untyped JSON
 * values were about a third of parsing. Here the cells go straight into the device, through the
 * same field validators as `toDevice` (in its field order, so diagnostics come out in the same
 * order), and banner objects are shared by the rows that carry the same text in the same column.
 * `csv-device.test.ts` checks that a row gives what `toDevice` gives for the same JSON device.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Banner, Device } from '../domain/device.js'
import type { ColumnMap, ScalarField } from './columns.js'
import { filledCells, isOsVendorBesideOs, isWindowsProductId, toNumber } from './columns.js'
import { bannerProtocolNamed, components, coordinate, firmware, invalid, isNoSite, macs, setManufactured, setRole, snmpOf, splitMacs, type Ctx } from './device-input.js'
import { lifecycleStatus } from '../domain/lifecycle.js'
import { putBounded } from '../util/bounded-map.js'
import { isPlaceholder } from '../util/placeholder.js'
import { unescapeControls } from '../util/escapes.js'
import { isTotalValue } from './total-row.js'
import { withoutRepeatedServer } from './repeated-server.js'
import { serviceTagProtocol } from './shadowserver.js'
import { addressesBeside, addressesIn, hostAndPort, isIpv6 } from './addresses.js'

/** Scalar fields in slot order: one array slot per field holds the first non-empty cell. */
const SCALARS: readonly ScalarField[] = [
  'id', 'name', 'site', 'role', 'network', 'manufacturer', 'model', 'serial', 'sysObjectID', 'sysDescr',
  'firmwareVersion', 'firmwareSha256', 'manufactured', 'purpose', 'lat', 'lon', 'status', 'purchased',
]
const SLOT: Readonly<Record<ScalarField, number>> = Object.fromEntries(SCALARS.map((f, i) => [f, i])) as Record<ScalarField, number>
const MACS = -1
const COMPONENTS = -2
const BANNER = -3
const IGNORED = -4

/**
 * Slots whose texts key memo tables (of roles, names, models, enterprise numbers, sysDescr
 * patterns, lifecycle statuses): their cells are interned (`intern`), as are banner cells.
 */
const INTERNED: ReadonlySet<number> = new Set([SLOT.role, SLOT.manufacturer, SLOT.model, SLOT.sysObjectID, SLOT.sysDescr, SLOT.status])
/** Recent texts kept per interned column. */
const RECENT = 64

/** Banner objects per column, keyed by text: emptied when full. */
const BANNER_MEMO_LIMIT = 10_000

/** Builds devices from the cells of one CSV file's rows (see the module comment). */
export class CsvDeviceBuilder {
  /** Per column: a scalar slot (>= 0) or one of MACS, COMPONENTS, BANNER, IGNORED. */
  private readonly codes: Int32Array
  /** Per banner column: its protocol and field, and the banners seen in it. */
  private readonly banners: ({ protocol: Banner['protocol']; field: string | undefined; byRow: boolean; seen: Map<string, Banner> } | undefined)[]
  /** Per column: whether its `|` stand for line breaks (`ColumnMap.lineBreaks`); undefined when none do. */
  private readonly lineBreaks: Uint8Array | undefined
  private readonly idFromName: boolean
  /** The port and protocol columns of a scanner's export (`ColumnMap.service`). */
  private readonly service: ColumnMap['service']
  private readonly idFromMac: boolean
  /** The file has no id, name or MAC column: a device is known by its serial number (`ColumnMap.idFromSerial`). */
  private readonly idFromSerial: boolean
  /** The ping column of a network scan (`ColumnMap.ping`), else -1. */
  private readonly ping: number
  private readonly slots: (string | undefined)[] = new Array(SCALARS.length)
  /** The columns in the order they are read: by rank, so the best column of a field wins (`ColumnMap.ranks`). */
  private readonly order: Int32Array
  /** Per column whose texts key memo tables downstream: its recent texts (see `intern`), else undefined. */
  private readonly recent: ((string | undefined)[] | undefined)[]

  constructor(columns: ColumnMap) {
    this.codes = new Int32Array(columns.targets.length)
    this.banners = columns.targets.map(() => undefined)
    columns.targets.forEach((t, i) => {
      if (t === undefined) this.codes[i] = IGNORED
      else if (t.kind === 'scalar') this.codes[i] = SLOT[t.field]
      else if (t.kind === 'macs') this.codes[i] = MACS
      else if (t.kind === 'components') this.codes[i] = COMPONENTS
      else {
        this.codes[i] = BANNER
        this.banners[i] = { protocol: t.protocol, field: t.field?.toLowerCase(), byRow: t.byRow === true, seen: new Map() }
      }
    })
    if (columns.lineBreaks !== undefined && columns.lineBreaks.length > 0) {
      const breaks = new Uint8Array(columns.targets.length)
      for (const i of columns.lineBreaks) breaks[i] = 1
      this.lineBreaks = breaks
    }
    this.idFromName = columns.idFromName === true
    this.service = columns.service
    this.idFromMac = columns.idFromMac === true
    this.idFromSerial = columns.idFromSerial === true
    this.ping = columns.ping ?? -1
    const ranks = columns.ranks ?? []
    this.order = Int32Array.from(columns.targets.map((_, i) => i).sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b))
    this.recent = Array.from(this.codes, (code) => (code === BANNER || INTERNED.has(code) ? new Array<string | undefined>(RECENT).fill(undefined) : undefined))
  }

  /** True when the file has no id column and each device is known by its name (see `RowSink.device`). */
  get byName(): boolean {
    return this.idFromName
  }

  /**
   * Whether the cells after the first are those of a spreadsheet's total row (see total-row.ts):
   * each empty or a number, and nothing in a MAC, manufacturer or model column.
   */
  totalsOnly(cells: readonly string[]): boolean {
    for (let i = 1; i < cells.length; i++) {
      if (cells[i]!.trim() === '') continue
      const code = this.codes[i]
      if (code === MACS || code === SLOT.manufacturer || code === SLOT.model || !isTotalValue(cells[i]!)) return false
    }
    return true
  }

  /**
   * `name:port` in a scanner's export whose row gives a port (`ColumnMap.service`), and
   * `name:port/<tag>` where the row's tag joins it, else the name.
   */
  private withPort(name: string, cells: readonly string[]): string {
    if (this.service === undefined) return name
    const port = cells[this.service.port]?.trim()
    if (port === undefined || !/^\d{1,5}$/.test(port) || (name.endsWith(`:${port}`) && !isIpv6(name))) return name
    const tag = this.service.tagInId ? cells[this.service.protocol!]?.trim() : undefined
    return tag ? `${hostAndPort(name, port)}/${tag}` : hostAndPort(name, port)
  }

  /** The protocol a scanner's row names for its service when a banner can be of it (`ssh`, `HTTP`, Shadowserver's `telnet-alt`), else undefined. */
  private rowProtocol(cells: readonly string[]): Banner['protocol'] | undefined {
    const i = this.service?.protocol
    const cell = i === undefined ? undefined : cells[i]
    return cell === undefined ? undefined : bannerProtocolNamed(cell) ?? serviceTagProtocol(cell)
  }

  /** The device of one row (cells parallel to the header), or undefined when it has no id. */
  build(cells: readonly string[], at: SourceLocation, diagnostics: Diagnostic[]): Device | undefined {
    const slots = this.slots
    // A loop, not `fill`: the builtin is a call into the runtime, 200 instructions a row.
    for (let k = 0; k < slots.length; k++) slots[k] = undefined
    let macList: string[] | undefined
    /** The addresses of name columns that did not give the name (NetBox's `IP Address` beside `Name`). */
    let addressList: string[] | undefined
    let componentList: Record<string, string>[] | undefined
    let bannerList: Banner[] | undefined
    const order = this.order
    const n = cells.length
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!
      if (i >= n) continue
      const code = this.codes[i]!
      if (code === IGNORED) continue
      const recent = this.recent[i]
      let cell = recent === undefined ? trimmed(cells[i]!) : intern(recent, trimmed(cells[i]!))
      // Empty, or a marker for nothing: `NULL` (SQL exports; Nautobot for an empty field) and
      // Nautobot's `NoObject` (no related object: a device without a tenant or software version).
      if (cell === '' || cell === 'NULL' || cell === 'NoObject') continue
      // A report that writes a text's line breaks as `|` (Shadowserver's): turned back.
      if (this.lineBreaks !== undefined && this.lineBreaks[i] === 1 && cell.includes('|')) {
        cell = cell.replace(/\|/g, '\n').trim()
        if (cell === '') continue
      }
      if (code >= 0) {
        // A Windows product ID under `Product ID` is no model (see `isWindowsProductId`).
        if (code === SLOT.model && slots[code] === undefined && isWindowsProductId(cell)) continue
        const had = slots[code]
        if (had === undefined) {
          // A name column of several addresses (`IP Addresses`: "10.0.0.9, 10.0.0.10") names the
          // device by the first, and gives them all as its addresses; the whole cell was its name.
          const several = code === SLOT.name ? severalAddresses(cell) : undefined
          if (several === undefined) slots[code] = cell
          else {
            slots[code] = several[0]!
            for (const a of several.slice(1)) addressList = addressesIn(a, addressList)
          }
        } else if (code === SLOT.name) {
          // A name written as a placeholder ("N/A", Angry IP Scanner's `[n/a]` for a host name it
          // could not resolve) gives way to the next name column, the address a scan knows the host by.
          if (isPlaceholder(had)) {
            if (!isPlaceholder(cell)) slots[code] = cell
          } else {
            // A later name column's addresses are the device's management addresses (NetBox's `IP Address`).
            addressList = addressesIn(cell, addressList)
          }
        }
      } else if (code === MACS) {
        macList = splitMacs(cell, macList ?? [])
      } else if (code === BANNER) {
        // No banner: `N/A`, Angry IP Scanner's `[n/a]` where its web detection got no answer.
        if (isPlaceholder(cell)) continue
        const column = this.banners[i]!
        if (cell.includes('\\')) cell = unescapeControls(cell)
        // A bare banner column of a scanner's export is of the protocol the row names (`ssh`, `HTTP`).
        // So is a column of a text whose protocol is the row's (`byRow`: Shadowserver's `server`, `banner`).
        const protocol = column.byRow || (column.protocol === 'other' && column.field === undefined) ? this.rowProtocol(cells) ?? column.protocol : column.protocol
        const key = protocol === column.protocol ? cell : `${protocol}\n${cell}`
        const banner = column.seen.get(key) ?? putBounded(
          column.seen, key,
          column.field === undefined ? { protocol, text: cell } : { protocol, field: column.field, text: cell },
          BANNER_MEMO_LIMIT,
        )
        ;(bannerList ??= []).push(banner)
      } else {
        componentList ??= []
        for (const c of cell.split(';')) {
          if (c.trim() === '') continue
          const [manufacturer, model, kind] = c.split(':').map((s) => s.trim())
          const component: Record<string, string> = {}
          if (manufacturer) component['manufacturer'] = manufacturer
          if (model) component['model'] = model
          if (kind) component['kind'] = kind
          componentList.push(component)
        }
      }
    }
    const ctx: Ctx = { at, diagnostics }
    // Without an id column a device is known by its name, else by its serial (a Meraki device
    // that was never named), else by its first MAC; without a name column either, by its first MAC,
    // read here for that. A name or serial written "Unknown" or "N/A" names no device: taken as an
    // id, every such row would be one device, and all but the first skipped as repeats.
    const name = this.idFromName && slots[0] === undefined ? known(slots[1]) ?? known(slots[7]) : undefined
    const byMac = this.idFromMac || (this.idFromName && slots[0] === undefined && name === undefined)
    const macsAsId = byMac && macList !== undefined ? macs(ctx, macList) : undefined
    const id = slots[0] ?? (name !== undefined && name === slots[1] ? this.withPort(name, cells) : name) ?? macsAsId?.[0]
    if (id === undefined && macList === undefined && componentList === undefined && bannerList === undefined && slots.every((v) => v === undefined) && filledCells(cells) === 1) {
      // One cell, in a column that is not read: a row number or a note beside the table of a
      // hand-made sheet. A record of several values without its id (an endpoint without its MAC)
      // is still reported as an error below.
      diagnostics.push({ code: 'row_without_device', severity: 'warning', at, reason: 'unread_columns', text: filledText(cells) })
      return undefined
    }
    if (this.ping >= 0 && (macList === undefined || macList.length === 0) && bannerList === undefined && componentList === undefined && noAnswer(cells[this.ping]) && !describes(slots)) {
      // A host of a network scan that did not answer the ping (Angry IP Scanner writes `[n/a]`,
      // and `[n/s]`, not scanned, in the columns after it), of which nothing else was found: an
      // address, no device. A host that did not answer but gave a MAC or a banner is one.
      diagnostics.push({ code: 'row_without_device', severity: 'warning', at, reason: 'no_answer', text: filledText(cells) })
      return undefined
    }
    if (id === undefined) {
      if (this.idFromSerial) invalid(ctx, 'serial', '', 'a serial number: the file has no id, name or MAC column, so each device is known by its serial number')
      else if (this.idFromName) invalid(ctx, 'name', slots[1] ?? '', 'a device name (or a serial number or a MAC address): the file has no id column, so each device is known by its name')
      else if (this.idFromMac) invalid(ctx, 'macs', '', 'a MAC address: the file has no id or name column, so each device is known by its MAC')
      else invalid(ctx, 'id', '', 'a non-empty device id (string)')
      return undefined
    }
    // In the order of the Device type and of toDevice's checks.
    const device: Device = { id }
    if (slots[1] !== undefined) device.name = slots[1]
    if (slots[2] !== undefined && !isNoSite(slots[2])) device.site = slots[2]
    setRole(ctx, device, slots[3])
    if (slots[4] !== undefined) device.network = slots[4]
    // (Microsoft beside "Windows 10" made the operating system, not the computer: `isOsVendorBesideOs`.)
    if (slots[5] !== undefined && (slots[6] === undefined || !isOsVendorBesideOs(slots[5], slots[6]))) device.manufacturer = slots[5]
    if (slots[6] !== undefined) device.model = slots[6]
    if (slots[7] !== undefined) device.serial = slots[7]
    if (macList !== undefined) {
      const m = byMac ? macsAsId : macs(ctx, macList)
      if (m !== undefined) device.macs = m
    }
    const addresses = addressesBeside(addressList, device)
    if (addresses !== undefined) device.addresses = addresses
    if (slots[8] !== undefined || slots[9] !== undefined) {
      const s = snmpOf(ctx, slots[8], slots[9])
      if (s !== undefined) device.snmp = s
    }
    if (bannerList !== undefined) device.banners = this.service === undefined ? bannerList : withoutRepeatedServer(bannerList)
    if (slots[10] !== undefined || slots[11] !== undefined) {
      const fw = firmware(ctx, { version: slots[10], sha256: slots[11] })
      if (fw !== undefined) device.firmware = fw
    }
    if (componentList !== undefined) {
      const c = components(ctx, componentList)
      if (c !== undefined) device.components = c
    }
    setManufactured(ctx, device, slots[12], slots[17])
    if (slots[13] !== undefined) device.purpose = slots[13]
    if (slots[14] !== undefined) {
      const lat = coordinate(ctx, 'lat', toNumber(slots[14]))
      if (lat !== undefined) device.lat = lat
    }
    if (slots[15] !== undefined) {
      const lon = coordinate(ctx, 'lon', toNumber(slots[15]))
      if (lon !== undefined) device.lon = lon
    }
    if (slots[16] !== undefined) {
      const status = lifecycleStatus(slots[16])
      if (status !== undefined) device.status = status
    }
    return device
  }
}

/**
 * The text of a cell as the column has seen it before, when it has: a map hashes the whole of a
 * string the first time it is used as a key, and each row's cells are new strings, so every memo
 * lookup of a sysDescr or banner (100-200 characters, the same few texts on thousands of rows)
 * hashed it again: 6% of a one-thread check in a profile. The recent texts of a column sit in a
 * small table indexed by the length and three characters; a text equal to the one found there is
 * replaced by it, whose hash is known, after one comparison.
 */
function intern(recent: (string | undefined)[], s: string): string {
  const n = s.length
  if (n < 8) return s // short texts hash quickly
  const k = (n * 7 + s.charCodeAt(0) * 31 + s.charCodeAt(n >> 1) * 17 + s.charCodeAt(n - 1)) & (RECENT - 1)
  const seen = recent[k]
  if (seen === s) return seen
  recent[k] = s
  return s
}

/**
 * `s.trim()`, without the call for the usual cell that starts and ends with a visible ASCII
 * character (`trim` was 3% of the instructions of a 1-thread check, for cells it returned as they were).
 */
function trimmed(s: string): string {
  const n = s.length
  if (n === 0) return s
  const a = s.charCodeAt(0)
  const b = s.charCodeAt(n - 1)
  return a > 0x20 && a < 0x7f && b > 0x20 && b < 0x7f ? s : s.trim()
}

/** The filled cells of a row, for a diagnostic. */
function filledText(cells: readonly string[]): string {
  return cells.map((c) => c.trim()).filter((c) => c !== '').join(' ')
}

/**
 * A ping cell of a host that did not answer: a placeholder (Angry IP Scanner's `[n/a]`) or `dead`
 * (Advanced IP Scanner's status other than `alive`, as lan-scan-xml.ts passes it). An empty cell
 * says nothing: a sheet's `Ping` column may be left blank for hosts not pinged.
 */
function noAnswer(cell: string | undefined): boolean {
  if (cell === undefined) return false
  const t = cell.trim()
  return t !== '' && (isPlaceholder(t) || t.toLowerCase() === 'dead')
}

/** Whether a row's scalar cells say anything of what the device is (its maker, model, serial, SNMP identity, firmware). */
function describes(slots: readonly (string | undefined)[]): boolean {
  for (const k of DESCRIBING) {
    const v = slots[k]
    if (v !== undefined && !isPlaceholder(v)) return true
  }
  return false
}
const DESCRIBING: readonly number[] = [SLOT.manufacturer, SLOT.model, SLOT.serial, SLOT.sysObjectID, SLOT.sysDescr, SLOT.firmwareVersion]

/** A name or serial that names a device: not empty, and no placeholder such as "Unknown" or "N/A". */
function known(text: string | undefined): string | undefined {
  return text === undefined || isPlaceholder(text) ? undefined : text
}

/** The first word of a cell, when it may be an address followed by others. */
const SEVERAL_START = /^[0-9A-Fa-f:.]+[;,\s]/

/** The addresses of a cell that holds two or more addresses and nothing else, else undefined. */
function severalAddresses(cell: string): string[] | undefined {
  // Most names are no address: told by their first word at once, as this runs for every row.
  if (!SEVERAL_START.test(cell)) return undefined
  const parts = cell.split(/[;,\s]+/).filter((p) => p !== '')
  if (parts.length < 2) return undefined
  const found = addressesIn(cell)
  return found !== undefined && found.length === parts.length ? found : undefined
}
