/**
 * The JSON device shape as written in an inventory (`DeviceInput`) → a validated `Device`.
 *
 * Hand-written rather than a zod schema: on 200k generated devices (already JSON-parsed) an
 * equivalent zod 4 schema took 0.71-0.83 s against 0.47-0.50 s here, and this validator also
 * does what zod would need a second pass for: canonical MACs, lower-cased roles and protocols,
 * and our own diagnostic codes instead of zod issues.
 */
import { formatMac, macOfEui64, parseEui64, parseMac } from '../catalog/mac.js'
import { parseOid, privateObjectsStandIn } from '../identify/oid.js'
import { BANNER_PROTOCOLS, DEVICE_ROLES, type Banner, type BannerProtocol, type Component, type Device, type DeviceRole } from '../domain/device.js'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { columnRank, isOsVendorBesideOs, isWindowsProductId, nameQuality, resolveColumn } from './columns.js'
import { headerKey } from './header-key.js'
import { fromNetboxDevice, isNetboxDevice, statusOf, type NetboxDevice } from './netbox.js'
import { fromShodanBanner, fromShodanInternetDbHost, isShodanBanner, isShodanInternetDbHost, type ShodanBanner, type ShodanInternetDbHost } from './shodan.js'
import { fromMasscanRecord, isMasscanRecord, type MasscanRecord } from './masscan.js'
import { fromZgrab2Line, isZgrab2Line, type Zgrab2Line } from './zgrab2.js'
import { fromNucleiResult, isNucleiResult, type NucleiResult } from './nuclei.js'
import { fromCensysHost, isCensysHost, type CensysHost } from './censys.js'
import { fromHttpxResult, isHttpxResult, type HttpxResult } from './httpx.js'
import { fromWhatWebRecord, isWhatWebRecord, type WhatWebRecord } from './whatweb.js'
import { fromFingerprintxService, isFingerprintxService, type FingerprintxService } from './fingerprintx.js'
import { fromBinaryEdgeEvent, fromBinaryEdgePort, isBinaryEdgeEvent, isBinaryEdgePort, type BinaryEdgeEvent, type BinaryEdgePort } from './binaryedge.js'
import { isNoRole, mapRole } from './roles.js'
import { fromAnsibleHostFacts, isAnsibleHostFacts } from './facts.js'
import { showValue } from '../diagnostics/show-value.js'
import { addressesBeside, addressesIn, hostAndPort, isIpv4, isIpv6 } from './addresses.js'
import { putBounded } from '../util/bounded-map.js'
import { partialDate, suggestDate } from '../util/dates.js'
import { parseDecimal } from '../util/decimal.js'
import { isPlaceholder } from '../util/placeholder.js'

/**
 * A device as an inventory writes it, before validation: the JSON device shape with any values.
 * CSV rows skip this shape and use the same field validators (see `CsvDeviceBuilder` in csv-device.ts).
 */
export type DeviceInput = Record<string, unknown>

const ROLE_SET: ReadonlySet<string> = new Set(DEVICE_ROLES)
const PROTOCOL_SET: ReadonlySet<string> = new Set(BANNER_PROTOCOLS)
const EXPECTED_ROLE = `one of ${DEVICE_ROLES.join(', ')} (or a name holding a keyword such as "core router", "gNodeB", "NVR")`
const EXPECTED_PROTOCOL = `one of ${BANNER_PROTOCOLS.join(', ')}`
const SHA256 = /^[0-9a-fA-F]{64}$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?:Z|UTC|[+-]\d{2}:?\d{2}))?$/i

/** Collects the diagnostics of one row; `at` is shared by all of them. */
export type Ctx = { at: SourceLocation; diagnostics: Diagnostic[] }

/** A wrong value for a diagnostic: strings whole, anything else as (cut) JSON. */
const show = (value: unknown): string => (typeof value === 'string' ? value : showValue(value))

export function invalid(ctx: Ctx, field: string, value: unknown, expected: string): void {
  ctx.diagnostics.push({ code: 'invalid_field', severity: 'error', at: ctx.at, field, value: show(value), expected })
}

/** A JSON object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A trimmed non-empty string (numbers are written as text), undefined when absent or empty, or a diagnostic. */
function text(ctx: Ctx, field: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string') {
    const s = v.trim()
    return s === '' ? undefined : s
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  invalid(ctx, field, v, 'a string')
  return undefined
}

type TextField = 'name' | 'site' | 'network' | 'manufacturer' | 'model' | 'serial' | 'purpose'

function setText(ctx: Ctx, device: Device, field: TextField, v: unknown): void {
  const value = text(ctx, field, v)
  if (value !== undefined && !(field === 'site' && isNoSite(value))) device[field] = value
}

/**
 * A site written as dashes alone (`-`, `--`), as Endpoint Central writes every field without a
 * value (`--`: dannyota/hotpot, pkg/ingest/meec/computer/client.go): no site. Other placeholders
 * are left alone here: `NA` is a site's name too.
 */
export function isNoSite(text: string): boolean {
  return /^-+$/.test(text)
}

export function coordinate(ctx: Ctx, field: 'lat' | 'lon', v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined
  const limit = field === 'lat' ? 90 : 180
  // PHP-backed APIs (LibreNMS, Observium) write numbers as strings: "52.5200".
  const n = typeof v === 'string' ? parseDecimal(v) ?? v : v
  if (typeof n === 'number' && Number.isFinite(n) && n >= -limit && n <= limit) return n
  invalid(ctx, field, v, `a number in [-${limit}, ${limit}]`)
  return undefined
}

function isoDate(s: string): boolean {
  const m = ISO_DATE.exec(s)
  if (m === null) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
}

/** True for a MAC in the canonical form `00:e0:fc:12:34:56`: lower-case hex digits in pairs between colons (no regex). */
function isCanonicalMac(m: string): boolean {
  if (m.length !== 17) return false
  for (let i = 0; i < 17; i++) {
    const c = m.charCodeAt(i)
    if (i % 3 === 2 ? c !== 0x3a : !((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false
  }
  return true
}

/**
 * The MACs of one text, appended to `out`: MACs never hold `;`, `,`, `|`, `/` or blanks, so any of
 * them may separate several. Written out because most texts hold one MAC, which is then taken whole.
 * An interface name in brackets before a MAC is dropped, as Zabbix's agent writes them
 * (`system.hw.macaddr` → `[eth0] 00:11:22:33:44:55`, the item that fills a host's inventory MACs),
 * and so is a note in parentheses after it (`00:E0:FC:12:34:56 (Huawei Technologies)`, as nmap
 * prints a MAC with its maker), and so is a name followed by a colon before it (`eth0: …`). A list in
 * brackets is read with or without quotes around its MACs; a list typed in a Chinese or Japanese
 * sheet may be separated by `、` or a full-width comma or semicolon.
 */
export function splitMacs(text: string, out: string[]): string[] {
  // "N/A", "unknown", "-": no MAC, and no warning either ("N/A" would split into "N" and "A").
  if (isPlaceholder(text)) return out
  const cell = text.includes('[') || text.includes('(') ? text.replace(BRACKETED, (_, square: string | undefined, round: string | undefined) => {
    const inner = square ?? round ?? ''
    // A list written as Python or JSON writes one (pandas' `to_csv` of a column of lists, `jq -r`
    // of an array): `['00:e0:fc:12:34:56', '3c:ef:8c:00:00:01']`, whose quotes are no part of a MAC.
    return MAC_LIKE.test(inner) ? ` ${inner.replace(/['"]/g, ' ')} ` : ' '
  }) : text
  // The octets of an SNMP Hex-STRING, as snmpwalk prints a MAC (`00 E0 FC 12 34 56`): six a MAC.
  if (cell.includes(' ') && HEX_OCTETS.test(cell)) {
    const octets = cell.trim().split(/\s+/)
    for (let k = 0; k < octets.length; k += 6) out.push(octets.slice(k, k + 6).join(':'))
    return out
  }
  let from = 0
  for (let i = 0; i <= cell.length; i++) {
    const c = i < cell.length ? cell.charCodeAt(i) : 0x3b
    if (c === 0x3b || c === 0x2c || c === 0x7c || c === 0x2f || c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && (WIDE_SEPARATORS.has(c) || /\s/.test(cell[i]!)))) {
      if (i > from && !isInterfaceLabel(cell, from, i)) out.push(from === 0 && i === cell.length ? cell : cell.slice(from, i))
      from = i + 1
    }
  }
  return out
}

/**
 * The separators of a list typed in a Chinese or Japanese sheet: the ideographic comma `、` and the
 * full-width comma, semicolon, vertical bar and slash (`，；｜／`).
 */
const WIDE_SEPARATORS: ReadonlySet<number> = new Set([0x3001, 0xff0c, 0xff1b, 0xff5c, 0xff0f])

/**
 * An interface's name before its MAC in a list (`eth0: 00:e0:fc:12:34:56, wlan0: …`): a word that
 * ends in `:` and holds a letter no hex digit is. Such a word is no MAC written wrong.
 */
function isInterfaceLabel(cell: string, from: number, to: number): boolean {
  return to - from > 1 && cell.charCodeAt(to - 1) === 0x3a && /[g-z]/i.test(cell.slice(from, to))
}

/**
 * Text in brackets (see `splitMacs`): an interface name, `[eth0]`, `[Local Area Connection]`, is
 * dropped; brackets around MACs (`[00:e0:fc:12:34:56, …]`) are only taken away.
 */
const BRACKETED = /\[([^\]]*)\]|\(([^)]*)\)/g
/** Whole MACs written as octets between blanks (see `splitMacs`). */
const HEX_OCTETS = /^\s*[0-9a-f]{2}(?:[ \t]+[0-9a-f]{2}){5}(?:\s+[0-9a-f]{2}(?:[ \t]+[0-9a-f]{2}){5})*\s*$/i
const MAC_LIKE = /[0-9a-f]{2}[:-][0-9a-f]{2}[:-][0-9a-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}|[0-9a-f]{12}/i

export function macs(ctx: Ctx, v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined
  const list = typeof v === 'string' ? splitMacs(v, []) : Array.isArray(v) ? v : undefined
  if (list === undefined) {
    invalid(ctx, 'macs', v, 'a list of MAC addresses')
    return undefined
  }
  const out: string[] = []
  for (const entry of list) {
    // Device42 lists a device's MACs as objects: `[{"mac": "…", "port_name": "eth0"}]`.
    const m: unknown = isObject(entry) ? entry['mac'] ?? entry['mac_address'] ?? entry['macAddress'] ?? entry : entry
    // Most inventories already write the canonical form: it is taken as it is, unparsed.
    if (typeof m === 'string' && isCanonicalMac(m)) {
      if (!out.includes(m)) out.push(m)
      continue
    }
    if (typeof m === 'string' && (m.trim() === '' || isPlaceholder(m))) continue
    let mac = typeof m === 'string' ? parseMac(m) : undefined
    let eui64: number[] | undefined
    // Past the forms of a MAC (the usual case ends above): a DHCP client identifier, whose type 255
    // is no MAC at all, else an EUI-64 (8 octets): the MAC it was formed from, when it holds one
    // (`00:e0:fc:ff:fe:12:34:56`); one assigned as such (an IEEE 802.15.4 radio's) is no evidence
    // (see `invalid_mac`'s `eui64`).
    if (mac === undefined && typeof m === 'string') {
      if (DUID_CLIENT_ID.test(m.trim())) continue
      mac = parseMac(clientIdMac(m))
      // A MAC of decimal digits alone, written without separators, whose leading zeros a
      // spreadsheet dropped when it took the cell for a number (Huawei's 00-25-68 and ZTE's 00-25-12
      // are such blocks: 002568123456 saved as 2568123456). Ten or eleven digits can be nothing else
      // in a MAC column; fewer would make a MAC of a short number (an asset number typed there).
      if (mac === undefined && DROPPED_ZEROS.test(m.trim())) mac = parseMac(m.trim().padStart(12, '0'))
      eui64 = mac === undefined ? parseEui64(m) : undefined
      if (eui64 !== undefined) mac = macOfEui64(eui64)
    }
    if (mac === undefined) {
      const value = show(typeof m === 'string' ? m.trim() : m)
      ctx.diagnostics.push(eui64 !== undefined
        ? { code: 'invalid_mac', severity: 'warning', at: ctx.at, value, eui64: true }
        : { code: 'invalid_mac', severity: 'warning', at: ctx.at, value })
      continue
    }
    const normal = formatMac(mac)
    if (!out.includes(normal)) out.push(normal)
  }
  return out.length > 0 ? out : undefined
}

/**
 * The MAC in a DHCP client identifier of hardware type 1 (Ethernet): `01:00:0c:29:0a:6f:c3`, as
 * Kea's lease file and ISC dhcpd's `uid` write it, is type 01 and the MAC; else the text as it is.
 */
export function clientIdMac(text: string): string {
  const t = text.trim()
  return CLIENT_ID.test(t) ? t.slice(3) : t
}
const CLIENT_ID = /^01([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){5}$/i
/** A MAC of twelve decimal digits that lost one or two leading zeros (see `macs`). */
const DROPPED_ZEROS = /^\d{10,11}$/
/**
 * A DHCP client identifier of type 255: an IAID and a DUID (RFC 4361, section 6.1, as quoted in
 * systemd pull request #28371, https://github.com/systemd/systemd/pull/28371), which
 * systemd-networkd sends by default (its `ClientIdentifier=` "the default is `duid`": NixOS/nixpkgs
 * pull request #145183, https://github.com/NixOS/nixpkgs/pull/145183). It is no MAC, nor a
 * malformed one: passed over without a word, as the lease's `hwaddr` gives the MAC.
 */
const DUID_CLIENT_ID = /^ff([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){7,}$/i

function snmp(ctx: Ctx, v: unknown): Device['snmp'] {
  if (v === undefined || v === null) return undefined
  if (!isObject(v)) {
    invalid(ctx, 'snmp', v, 'an object with sysObjectID and sysDescr')
    return undefined
  }
  const out = snmpOf(ctx, text(ctx, 'snmp.sysObjectID', v['sysObjectID']), text(ctx, 'snmp.sysDescr', v['sysDescr']))
  const objects = v['privateObjects']
  if (objects === undefined || !privateObjectsStandIn(out?.sysObjectID)) return out
  // Objects under enterprise numbers (the SNMP walk reader writes them), kept for an agent without a
  // sysObjectID or with Net-SNMP's default one; anything else in the list is reported and left out.
  const kept: string[] = []
  for (const o of Array.isArray(objects) ? objects : [objects]) {
    const oid = typeof o === 'string' ? numericOid(o) : undefined
    if (oid !== undefined && oid.startsWith('1.3.6.1.4.1.')) kept.push(oid)
    else invalid(ctx, 'snmp.privateObjects', o, 'OIDs under 1.3.6.1.4.1 (enterprises)')
  }
  return kept.length > 0 ? { ...out, privateObjects: kept } : out
}

/** Memo of sysObjectID texts: an inventory repeats a few hundred of them. Emptied when full. */
const OIDS = new Map<string, string | null>()
/** Role texts seen: their role, null for none, `NO_ROLE` for a text that says the device has none ("N/A"). */
const ROLES = new Map<string, DeviceRole | typeof NO_ROLE | null>()
const NO_ROLE: unique symbol = Symbol('no role')
const MEMO_LIMIT = 10_000

/** Memoizes a computed value (undefined is kept as null: known to be none) and returns it. */
function store<V>(map: Map<string, V | null>, key: string, value: V | undefined): V | undefined {
  return putBounded(map, key, value ?? null, MEMO_LIMIT) ?? undefined
}

function numericOid(oid: string): string | undefined {
  const arcs = parseOid(oid)
  return arcs !== undefined && arcs[0]! <= 2 ? arcs.join('.') : undefined
}

function roleOf(text: string): DeviceRole | undefined {
  const role = text.toLowerCase()
  return ROLE_SET.has(role) ? (role as DeviceRole) : mapRole(role)
}

/** The SNMP part of a device from its trimmed sysObjectID and sysDescr (a bad OID is a warning and dropped). */
export function snmpOf(ctx: Ctx, oid: string | undefined, descr: string | undefined): Device['snmp'] {
  const out: NonNullable<Device['snmp']> = {}
  if (oid !== undefined) {
    // As agents and tools print it (`.1.3.6...`, `iso.3.6...`, `SNMPv2-SMI::enterprises.2011...`),
    // kept in numeric form.
    // Hot path: a memo lookup with a closure (`remember(map, key, () => ...)`) allocated one per device.
    const known = OIDS.get(oid)
    const normal = known === undefined ? store(OIDS, oid, numericOid(oid)) : known ?? undefined
    if (normal !== undefined) out.sysObjectID = normal
    else ctx.diagnostics.push({ code: 'invalid_oid', severity: 'warning', at: ctx.at, value: oid })
  }
  if (descr !== undefined) out.sysDescr = descr
  return out.sysObjectID === undefined && out.sysDescr === undefined ? undefined : out
}

/** Sets the role from a trimmed role text: a trustpath role, or a name holding one of its keywords. */
export function setRole(ctx: Ctx, device: Device, text: string | undefined): void {
  if (text === undefined) return
  const known = ROLES.get(text)
  const mapped = known === undefined ? store(ROLES, text, isNoRole(text) ? NO_ROLE : roleOf(text)) : known ?? undefined
  if (mapped === NO_ROLE) return
  if (mapped !== undefined) device.role = mapped
  else invalid(ctx, 'role', text.toLowerCase(), EXPECTED_ROLE)
}

/**
 * Sets the date of manufacture from a trimmed text: an ISO date, or a year or a month alone
 * (`2019`, `03/2019`, `Mar 2019`), kept as such (`2019`, `2019-03`): it decides whose the device is
 * when the whole year or month falls before or after a change of owner, and is reported as not
 * deciding when the change falls in it. Without it, the date bought or installed (`bought`) stands
 * in for it, marked as such (`dateKind`); given beside it, it is kept as `purchased`.
 */
export function setManufactured(ctx: Ctx, device: Device, made: string | undefined, bought?: string): void {
  if (made !== undefined && noDate(made)) made = undefined
  if (bought !== undefined && noDate(bought)) bought = undefined
  if (made !== undefined) {
    const date = readDate(ctx, 'manufactured', made)
    if (date !== undefined) device.manufactured = date
    // Kept beside the date of manufacture for a policy's rules on when equipment was bought or
    // installed (no new installations from a date); identify reads the date of manufacture.
    const purchased = bought === undefined ? undefined : readDate(ctx, 'purchased', bought)
    if (purchased !== undefined) device.purchased = purchased
    return
  }
  if (bought === undefined) return
  const date = readDate(ctx, 'purchased', bought)
  if (date === undefined) return
  device.manufactured = date
  device.dateKind = 'purchased'
}

/**
 * A date cell that says the date is not known: a placeholder (`N/A`, `unknown`, `-`), or the zero
 * date MySQL stores for none (`0000-00-00`, which asset tools built on it export).
 */
function noDate(text: string): boolean {
  return isPlaceholder(text) || /^0000-00-00(?:[T ]00:00(?::00)?)?$/.test(text)
}

/** A device date from a trimmed text (see `setManufactured`), or undefined with a diagnostic. */
function readDate(ctx: Ctx, field: 'manufactured' | 'purchased', text: string): string | undefined {
  // Exports often write a date with a time ("2019-05-01 00:00:00", "2019-05-01T00:00:00Z"): the date as written is kept.
  const date = ISO_DATE_TIME.exec(text)?.[1] ?? text
  if (isoDate(date)) return date
  const partial = partialDate(text)
  // Years outside this span are typing mistakes (`0219`) or placeholders (`9999`), not dates.
  if (partial !== undefined && partial.year >= '1970' && partial.year <= '2099') {
    return partial.month === undefined ? partial.year : `${partial.year}-${partial.month}`
  }
  // A date in another layout that reads one way only (31.12.2019, 12/31/2019, December 31, 2019, 2019/12/31)
  // is that date: a German or American sheet's dates were each an error, the device left undated.
  // As a yyyy-mm-dd date, it is taken whatever its year.
  const meant = suggestDate(text)
  if (meant !== undefined) return meant
  // 03/04/2019: the 3rd of April or the 4th of March, as the tool that wrote it was set; the year is the same.
  const both = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text)
  if (both !== null && Number(both[1]) >= 1 && Number(both[1]) <= 12 && Number(both[3]) >= 1 && Number(both[3]) <= 12 && both[2] === '/') {
    const [a, b, y] = [both[1]!.padStart(2, '0'), both[3]!.padStart(2, '0'), both[4]!]
    // 03/03/2019 reads one way.
    if (a === b && isoDate(`${y}-${a}-${b}`)) return `${y}-${a}-${b}`
    if (y >= '1970' && y <= '2099') {
      ctx.diagnostics.push({ code: 'ambiguous_date', severity: 'warning', at: ctx.at, field, value: text, readings: [`${y}-${b}-${a}`, `${y}-${a}-${b}`], kept: y })
      return y
    }
  }
  // A whole number of five digits is what a date cell holds under Excel's number format, and what tools
  // that write the cell's raw value put in a CSV (rsv's excel2csv gave 45383 for 2024/4/1:
  // ribbondz/rsv issue #8; ImportExcel's Import-Excel | Export-Csv, dfinke/ImportExcel issue #852): in a date
  // column, one of the serials of 1990 to 2099 is read as that date, with a warning.
  const serial = excelSerialDate(text)
  if (serial !== undefined) {
    ctx.diagnostics.push({ code: 'excel_serial_date', severity: 'warning', at: ctx.at, field, value: text, date: serial })
    return serial
  }
  invalid(ctx, field, text, `an ISO date (yyyy-mm-dd, a time after it is ignored), or a year or a month alone (yyyy, yyyy-mm)${dateHint(text)}`)
  return undefined
}

/** The serials of 1990-01-01 and 2099-12-31 in Excel's 1900 date system: the dates a device's may be. */
const SERIAL_SPAN = [32_874, 73_050] as const

/**
 * The date a whole number of five digits (`43831`, `43831.0`) stands for as an Excel date serial
 * (1900 date system), when it is one of 1990 to 2099; undefined for any other text.
 */
function excelSerialDate(text: string): string | undefined {
  const m = /^(\d{5})(?:\.0+)?$/.exec(text)
  if (m === null) return undefined
  const serial = Number(m[1])
  if (serial < SERIAL_SPAN[0] || serial > SERIAL_SPAN[1]) return undefined
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
}

/**
 * What a date written otherwise means, for its diagnostic: a number of five digits, which in a date
 * column is a date serial of Excel's 1900 date system that a column formatted as a number or as
 * General saved as such (43831 is 2020-01-01). The value is not read: a number is not taken for a date.
 */
function dateHint(made: string): string {
  if (!/^\d{5}$/.test(made.trim())) return ''
  const serial = Number(made.trim())
  // Serial 61 and on: after the 1900-02-29 that Excel counts and that never was.
  const iso = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
  return `; ${made.trim()} looks like an Excel date serial (${iso} in Excel's 1900 date system): format the column as a date before saving, or write ${iso}`
}

function banners(ctx: Ctx, v: unknown): Banner[] | undefined {
  if (v === undefined || v === null) return undefined
  if (!Array.isArray(v)) {
    invalid(ctx, 'banners', v, 'a list of {protocol, field, text}')
    return undefined
  }
  const out: Banner[] = []
  v.forEach((b: unknown, i) => {
    const path = `banners[${i}]`
    if (!isObject(b)) return invalid(ctx, path, b, 'an object {protocol, field, text}')
    const protocol = typeof b['protocol'] === 'string' ? b['protocol'].trim().toLowerCase() : undefined
    if (protocol === undefined || !PROTOCOL_SET.has(protocol)) return invalid(ctx, `${path}.protocol`, b['protocol'], EXPECTED_PROTOCOL)
    const t = text(ctx, `${path}.text`, b['text'])
    if (t === undefined) return invalid(ctx, `${path}.text`, b['text'] ?? '', 'the banner text')
    const field = text(ctx, `${path}.field`, b['field'])?.toLowerCase()
    out.push(field === undefined ? { protocol: protocol as BannerProtocol, text: t } : { protocol: protocol as BannerProtocol, field, text: t })
  })
  return out.length > 0 ? out : undefined
}

export function firmware(ctx: Ctx, v: unknown): Device['firmware'] {
  if (v === undefined || v === null) return undefined
  // Most tools' JSON writes the version alone: Meraki `"firmware": "wireless-29-6"`.
  if (typeof v === 'string' || typeof v === 'number') {
    const version = text(ctx, 'firmware', v)
    return version === undefined ? undefined : { version }
  }
  if (!isObject(v)) {
    invalid(ctx, 'firmware', v, 'an object with version and sha256')
    return undefined
  }
  const out: NonNullable<Device['firmware']> = {}
  const version = text(ctx, 'firmware.version', v['version'])
  if (version !== undefined) out.version = version
  const sha = text(ctx, 'firmware.sha256', v['sha256'])
  if (sha !== undefined) {
    if (SHA256.test(sha)) out.sha256 = sha.toLowerCase()
    else invalid(ctx, 'firmware.sha256', sha, 'a SHA-256 digest (64 hex digits)')
  }
  return out.version === undefined && out.sha256 === undefined ? undefined : out
}

export function components(ctx: Ctx, v: unknown): Component[] | undefined {
  if (v === undefined || v === null) return undefined
  if (!Array.isArray(v)) {
    invalid(ctx, 'components', v, 'a list of {manufacturer, model, kind}')
    return undefined
  }
  const out: Component[] = []
  v.forEach((c: unknown, i) => {
    const path = `components[${i}]`
    if (!isObject(c)) return invalid(ctx, path, c, 'an object {manufacturer, model, kind}')
    const component: Component = {}
    const manufacturer = text(ctx, `${path}.manufacturer`, c['manufacturer'])
    const model = text(ctx, `${path}.model`, c['model'])
    const kind = text(ctx, `${path}.kind`, c['kind'])
    if (manufacturer !== undefined) component.manufacturer = manufacturer
    if (model !== undefined) component.model = model
    if (kind !== undefined) component.kind = kind
    if (manufacturer !== undefined || model !== undefined) out.push(component)
    else invalid(ctx, path, c, 'a component with a manufacturer or a model')
  })
  return out.length > 0 ? out : undefined
}

/** The keys of the JSON device shape (and `vendor`, `mac`, read as manufacturer and macs). */
const DEVICE_KEYS: ReadonlySet<string> = new Set([
  'id', 'name', 'site', 'role', 'network', 'manufacturer', 'vendor', 'model', 'serial', 'macs', 'mac', 'snmp', 'banners',
  'firmware', 'components', 'manufactured', 'purchased', 'purpose', 'lat', 'lon', 'status',
])

/**
 * An entry whose keys are not those of the device shape, read as CSV headers are (`hostname`,
 * `sysDescr`, `hardware`, `mac_address`, `device_id`, ... : the exports of inventory tools as JSON),
 * when the shape's own key is absent; the best ranked key of a field wins, as among CSV columns.
 * Without an id, the name is the id. Entries in the device shape come back as they are.
 */
/** Keys (as `headerKey` writes them) of a record's section about its operating system, not read one level down. */
const OS_SECTIONS: ReadonlySet<string> = new Set(['os', 'operatingsystem'])

function withColumnNames(raw: Record<string, unknown>): Record<string, unknown> {
  let foreign = false
  for (const k in raw) {
    if (!DEVICE_KEYS.has(k)) {
      foreign = true
      break
    }
  }
  if (!foreign) return raw
  const out: Record<string, unknown> = { ...raw }
  // A field of ServiceNow's Table API asked with `sysparm_display_value=all`, its own fields too
  // (`"name": {"display_value": "rt-9", "value": "rt-9"}`), by its display value.
  for (const k in out) {
    const v = out[k]
    if (DEVICE_KEYS.has(k) && isObject(v) && typeof v['display_value'] === 'string') out[k] = v['display_value']
  }
  // A model record that names its manufacturer gives the device's, where the record names none:
  // Ralph's data center assets (`GET /api/data-center-assets/`: `"model": {"id": 168, "name":
  // "R630", "type": "data_center", "manufacturer": {"id": 33, "name": "Dell"}}`, allegro/ralph,
  // docs/api.md), whose maker was lost, as NetBox's `device_type.manufacturer` would be.
  const model = out['model']
  if (isObject(model) && isBlank(out['manufacturer']) && isBlank(out['vendor'])) {
    const maker = model['manufacturer']
    const name = isObject(maker) ? maker['name'] : maker
    if (typeof name === 'string') out['manufacturer'] = name
  }
  // Ralph places a data center asset by its rack, the rack in a server room, the room in a data
  // center (`"rack": {"name": "Rack 123", "server_room": {"name": "Room 1", "data_center": {"name":
  // "New York"}}}`, allegro/ralph, docs/api.md): the data center is its site.
  const rack = out['rack']
  if (isBlank(out['site']) && isObject(rack) && isObject(rack['server_room'])) {
    const dc = rack['server_room']['data_center']
    if (isObject(dc) && typeof dc['name'] === 'string') out['site'] = dc['name']
  }
  // A related object named by its `name` where the shape has text (Armis: `"site": {"name": "Geneva", "location": …}`),
  // or a ServiceNow reference (see `serviceNowReference`).
  for (const k of NAMED_FIELDS) {
    const v = out[k]
    if (isObject(v) && typeof v['name'] === 'string') out[k] = v['name']
    else if (isObject(v)) {
      const ref = serviceNowReference(v)
      if (ref !== undefined) out[k] = ref === NAMES_NOTHING ? undefined : ref
    }
  }
  // Microsoft Defender for IoT lists a device's modules under `firmware` (`[{"model", "serial",
  // "firmwareVersion", "moduleAddress", "rack", "slot", ...}]`, `N/A` where it knows nothing: its
  // on-premises management console's /external/v1/devices, MicrosoftDocs/azure-docs,
  // articles/defender-for-iot/organizations/api/management-inventory-apis.md). The first module
  // (the CPU of a PLC) gives the device's firmware version, and its model and serial where the
  // record has none of its own, before the device `type` ("PLC"), a category; each device was an
  // error for a firmware that was no object.
  const modules = Array.isArray(raw['firmware']) ? raw['firmware'] : undefined
  if (modules !== undefined) {
    out['firmware'] = undefined
    const first = modules.find(isObject)
    if (first !== undefined) {
      const version = known(first['firmwareVersion'] ?? first['version'])
      if (typeof version === 'string' || typeof version === 'number') out['firmware'] = String(version)
      if (isBlank(out['model'])) out['model'] = known(first['model'])
      if (isBlank(out['serial'])) out['serial'] = known(first['serial'])
    }
  }
  const byRank = (a: [string, unknown], b: [string, unknown]) => columnRank(a[0]) - columnRank(b[0])
  const top = Object.entries(raw).filter(([k]) => !DEVICE_KEYS.has(k)).map(toolKey(raw))
  // One level down too (Zabbix keeps vendor, model and MACs under `inventory`, OpenNMS under
  // `assetRecord`), ranked with the top level, which wins among equals: OpenNMS's top-level `type`
  // is the node's state ("A"), not a better model than `assetRecord.modelNumber`.
  // The `id` and `name` one level down are a related record's own (Snipe-IT: `"status_label":
  // {"id": 1, "name": "Ready to Deploy"}`), never the device's, but in the section of a device's own
  // record that Jamf Pro calls `general` (its API's computer inventory: `{"id": "1", "general":
  // {"name": …, "lastIpAddress": …}, "hardware": {"make": …, "macAddress": …}}`: jensenbox/python-jamf,
  // docs/ComputerInventoryResponse.md and ComputerGeneral.md).
  // So is a `device` one level down: ZoomEye's `portinfo.device` is the kind of device it guessed
  // ("webcam", "router"), which became the device's name (ZoomEye's host search, r4b3rt/DarkEye,
  // zoomeye/config.go).
  // A section of the operating system describes the software, not the device: NinjaOne's device
  // details keep the computer's maker and model under `system` and the OS's under `os`
  // (`{"manufacturer": "Microsoft Corporation", "name": "Windows 11 Pro", ...}`: NielsKrijnen/ninja-api,
  // src/services/devices/types.ts, DeviceDetails), whose maker was declared the device's.
  // In any case: ConnectWise Automate embeds the computer's client and location as `{"Id": 7,
  // "Name": "Acme Ltd"}` (its `LabTech.Models.Computer`: asachs01/node-connectwise-automate,
  // src/types/computers.ts), and every computer was named after its client.
  const nested: [string, unknown][] = []
  /** The entries of the device's own sections (`general`), whose addresses are the device's too. */
  let ownNested: [string, unknown][] | undefined
  for (const [key, v] of top) {
    if (!isObject(v) || OS_SECTIONS.has(headerKey(key))) continue
    const own = OWN_SECTIONS.has(key.toLowerCase())
    for (const pair of Object.entries(v)) {
      if (RELATED_OWN_KEYS.has(pair[0].toLowerCase()) && !own) continue
      // A `type` one level down is a kind, never a model: of the device (Datto RMM's `"deviceType":
      // {"category": "server", "type": "physical"}`, whose "physical" was the device's model;
      // Lansweeper's `assetBasicInfo.type`, "Camera") or of a related record.
      if (pair[0].toLowerCase() === 'type') continue
      nested.push(pair)
      if (own) (ownNested ??= []).push(pair)
    }
  }
  const inOrder = [...top, ...nested]
  const entries = [...inOrder].sort(byRank)
  // Every MAC key is read, as every MAC column of a CSV is (Intune: `wiFiMacAddress` and
  // `ethernetMacAddress`; Jamf Pro: `macAddress` and `altMacAddress` of its `hardware` section;
  // Zabbix: `macaddress_a` and `macaddress_b` of its `inventory`), in the record's order; those one
  // level down only when none is at the top, where a related record's MAC (a gateway's, an uplink's)
  // would be another device's.
  const macLists: [number, unknown[]][] = []
  // Banner keys are read as banner columns are (`banner`, `ssh_banner`, `http_server`,
  // `html_title`): the exports of internet scanners keep what a service sent under `banner`, at the
  // top (Hunter's `data.arr`, Criminal IP's `data.result`) or one level down (ZoomEye's
  // `portinfo.banner`), and were read with no evidence at all.
  const found: Banner[] = []
  const snmp: Record<string, unknown> = isObject(raw['snmp']) ? { ...raw['snmp'] } : {}
  const fw: Record<string, unknown> = isObject(raw['firmware']) ? { ...raw['firmware'] } : {}
  /** The values of the keys read as a name, at the top and in the device's own sections (see `nameKeyAddresses`). */
  let names: unknown[] | undefined
  for (const pair of entries) {
    const [k, entry] = pair
    const target = resolveColumn(k)
    // A value written as an object that holds it: Snipe-IT's custom fields (`"MAC Address": {"field":
    // "_snipeit_mac_address_1", "value": "…"}`), the host properties of Forescout's Web API
    // (`"fields": {"hostname": {"timestamp": …, "value": "cam-7"}}`).
    const ref = isObject(entry) ? serviceNowReference(entry) : undefined
    if (ref === NAMES_NOTHING) continue
    // A status written as a record (Snipe-IT: `"status_label": {"id": 1, "name": "Ready to Deploy"}`).
    if (ref === undefined && isObject(entry) && target?.kind === 'scalar' && target.field === 'status') {
      const status = statusOf(entry)
      if (status !== undefined && isBlank(out['status'])) out['status'] = status
      continue
    }
    // A related record of a site, role, network, maker or model named by its `name` (ConnectWise
    // Automate's `"Location": {"Id": 3, "Name": "Berlin Office"}`), as the shape's own keys are.
    const named = ref === undefined && isObject(entry) && target?.kind === 'scalar' && NAMED_TARGETS.has(target.field) ? recordName(entry) : undefined
    const v = ref ?? named ?? (isObject(entry) && 'value' in entry && !('id' in entry) ? entry['value'] : entry)
    if (target === undefined || v === null || v === undefined || v === '') continue
    if (target.kind === 'scalar' && target.field === 'name' && (top.includes(pair) || ownNested?.includes(pair) === true)) (names ??= []).push(v)
    if (target.kind === 'macs') {
      // An empty list names no MAC (Tenable's asset export: `"mac_addresses": []` beside the MACs of
      // its `network_interfaces`), and leaves the interfaces' MACs to be read.
      const list = typeof v === 'string' ? splitMacs(v, []) : Array.isArray(v) ? v.filter((m) => !isBlank(m)) : undefined
      if (isBlank(out['macs']) && isBlank(out['mac']) && list !== undefined && list.length > 0) macLists.push([inOrder.indexOf(pair), list])
      continue
    }
    if (target.kind === 'banner') {
      const texts = (Array.isArray(v) ? v : [v]).filter((t): t is string => typeof t === 'string' && t.trim() !== '')
      const protocol = target.protocol === 'other' && target.field === undefined ? serviceProtocol(raw) : target.protocol
      for (const t of texts) found.push(target.field === undefined ? { protocol, text: t } : { protocol, field: target.field, text: t })
      continue
    }
    if (target.kind !== 'scalar') continue
    // A list where one value is meant (runZero: `"names": ["sw-fra-01", "sw-fra-01.example.net"]`): its first.
    const value = Array.isArray(v) ? v.find((x) => (typeof x === 'string' && x.trim() !== '') || typeof x === 'number') : v
    if (typeof value !== 'string' && typeof value !== 'number') continue
    const field = target.field
    // GLPI names a related record by its row id (`"manufacturers_id": 12`) unless the answer was
    // asked to expand them (`expand_dropdowns=true`: `"Huawei"`); such a number names nothing.
    if (typeof value === 'number' && field !== 'id' && k.endsWith('_id')) continue
    // phpIPAM's devices give their device type and location as row ids (`"type": "1"`,
    // `"location": "3"`), which name nothing outside its database.
    if (ROW_ID_KEYS.has(k) && /^\d+$/.test(String(value).trim())) continue
    if (field === 'model' && typeof value === 'string' && isWindowsProductId(value.trim())) continue
    if (field === 'sysObjectID' || field === 'sysDescr') snmp[field] ??= value
    else if (field === 'firmwareVersion') fw['version'] ??= value
    else if (field === 'firmwareSha256') fw['sha256'] ??= value
    // The shape's own key left empty (IP Fabric: `"model": ""` beside its `platform`; Aruba Central:
    // `"model": ""` beside `aruba_part_no`) is no value: the next best key gives it.
    else if (isBlank(out[field])) out[field] = value
    // An address, or a tool's own key for the device, gives way to a name (see `nameQuality`).
    else if (field === 'name' && typeof value === 'string' && typeof out['name'] === 'string' && nameQuality(value) > nameQuality(out['name'])) out['name'] = value
  }
  // Microsoft beside "Windows 10" made the operating system, not the computer (see `isOsVendorBesideOs`).
  if (typeof out['manufacturer'] === 'string' && typeof out['model'] === 'string' && isOsVendorBesideOs(out['manufacturer'], out['model'])) out['manufacturer'] = undefined
  const topMacs = macLists.filter(([i]) => i < top.length)
  const ownMacs = topMacs.length > 0 ? topMacs : macLists
  if (ownMacs.length > 0) out['macs'] = ownMacs.sort((a, b) => a[0] - b[0]).flatMap(([, list]) => list)
  if (isBlank(out['macs']) && isBlank(out['mac'])) {
    const macs = interfaceMacs(raw)
    if (macs.length > 0) out['macs'] = macs
  }
  // The ip:port of a scanner's record of one service (see `serviceId`), once: it reads every key.
  const service = serviceId(raw)
  // What a service sent, as ONYPHE keeps it under `data` (`{"@category": "datascan", "ip", "port",
  // "protocol": "ssh", "data": "SSH-2.0-…"}`: projectdiscovery/uncover, sources/agent/onyphe/example.json),
  // read so in a record of one service only: elsewhere `data` is an answer's list or a record of its own.
  if (found.length === 0 && typeof raw['data'] === 'string' && raw['data'].trim() !== '' && service !== undefined) {
    found.push({ protocol: serviceProtocol(raw), text: raw['data'] })
  }
  // The Server header as Netlas keeps it, a list under `http.headers.server` (projectdiscovery/uncover,
  // sources/agent/netlas/response.go).
  const http = raw['http']
  const headers = isObject(http) ? http['headers'] : undefined
  const server = isObject(headers) ? headers['server'] : undefined
  if (found.length === 0 && service !== undefined) {
    for (const t of Array.isArray(server) ? server : [server]) {
      if (typeof t === 'string' && t.trim() !== '') found.push({ protocol: serviceProtocol(raw) === 'https' ? 'https' : 'http', field: 'server', text: t })
    }
  }
  // A web service's response head, which Hunter and FOFA keep under `header` and leave `banner`
  // empty for (projectdiscovery/uncover, sources/agent/hunter/response.go; FOFA's field list,
  // xiecat/fofax-doc, docs/guide/output.md), read header by header.
  if (found.length === 0 && typeof raw['header'] === 'string' && raw['header'].trim() !== '' && service !== undefined) {
    found.push({ protocol: serviceProtocol(raw) === 'https' ? 'https' : 'http', text: raw['header'] })
  }
  if (found.length === 0 && service !== undefined) found.push(...leakixBanners(raw))
  if (found.length === 0 && service !== undefined) found.push(...quakeBanners(raw))
  // Quake's `components` of a service are its guesses of the products (`{"product_name_cn",
  // "product_name_en", "product_vendor", "version"}`), not the device's hardware parts: each was an error.
  const parts = raw['components']
  if (Array.isArray(parts) && service !== undefined && parts.every((c) => isObject(c) && !('manufacturer' in c) && !('model' in c))) out['components'] = undefined
  if (found.length > 0 && isBlank(raw['banners'])) out['banners'] = found
  if (Object.keys(snmp).length > 0) out['snmp'] = snmp
  if (Object.keys(fw).length > 0 && modules === undefined) out['firmware'] = fw
  out['addresses'] = interfaceAddresses(raw, ownAddresses(raw, names === undefined ? undefined : nameKeyAddresses(names)))
  // Without an id a device is known by its name, else by its serial (a Meraki device never named).
  // A name or serial written "Unknown" or "N/A" names no device (see util/placeholder.ts).
  if (out['id'] === undefined || out['id'] === '') out['id'] = service ?? known(out['name']) ?? known(out['serial'])
  return out
}

/**
 * The addresses under a record's keys read as a name (`ip_address`, `management_ip`, runZero's
 * `addresses`, ...; see columns.ts), as CSV name columns give them: the values of those keys at the
 * top of the record and in the section of its own record that Jamf Pro calls `general`
 * (`lastIpAddress`), not in a related record (a gateway's or an uplink's address is another
 * device's). The device's management addresses, the id and name left out by `toDevice`; undefined
 * when none.
 */
function nameKeyAddresses(values: readonly unknown[]): string[] | undefined {
  let found: string[] | undefined
  for (const v of values) {
    for (const t of Array.isArray(v) ? v : [v]) if (typeof t === 'string') found = addressesIn(t, found)
  }
  return found
}

/**
 * The banners of a LeakIX event of a service (its l9format: `{"event_type": "service", "ip", "port",
 * "protocol", "summary", "http": {"header": {"Server": …}, "title": …}}`, LeakIX/l9format,
 * l9event.go and l9event.json; its API answers a search with a list of them, a host with
 * `{"Services": [...], "Leaks": [...]}`): the web answer's Server header, in any case, and its
 * title, else the `summary`, what the service sent. A leak's `summary` describes the leak
 * (`Env config file found: ...`) and is not read. Each service was a device without evidence.
 */
function leakixBanners(raw: Record<string, unknown>): Banner[] {
  const protocol = serviceProtocol(raw)
  const web: BannerProtocol = protocol === 'https' ? 'https' : 'http'
  const out: Banner[] = []
  const http = raw['http']
  // Its first API kept the headers at the top, each a list (`"headers": {"Server": ["nginx"]}`, as
  // smicallef/spiderfoot, modules/sfp_leakix.py, reads them).
  const headers = isObject(http) && isObject(http['header']) ? http['header'] : raw['headers']
  if (isObject(headers)) {
    for (const k in headers) {
      if (k.toLowerCase() !== 'server') continue
      const v = headers[k]
      for (const t of Array.isArray(v) ? v : [v]) if (typeof t === 'string' && t.trim() !== '') out.push({ protocol: web, field: 'server', text: t })
    }
  }
  const title = isObject(http) ? http['title'] : undefined
  if (typeof title === 'string' && title.trim() !== '') out.push({ protocol: web, field: 'title', text: title })
  const summary = raw['summary']
  if (out.length === 0 && raw['event_type'] === 'service' && typeof summary === 'string' && summary.trim() !== '') out.push({ protocol, text: summary })
  return out
}

/**
 * The banners of a service record of Quake (360), whose search answers `{"code": 0, "data": [{"ip",
 * "port", "service": {"name", "response", "http": {"title", "response_headers", ...}}, "components",
 * "location"}], "meta"}` (360quake/quake_rs, src/quake.rs, the fields its client reads): what the
 * port answered (`service.response`), else a web answer's headers (`service.http.response_headers`),
 * and the page title, of the protocol `service.name` names (`http/ssl` is HTTPS). Its `components`
 * are Quake's own guesses of the product and are not read. Each service was a device without evidence.
 */
function quakeBanners(raw: Record<string, unknown>): Banner[] {
  const service = raw['service']
  if (!isObject(service)) return []
  const name = typeof service['name'] === 'string' ? service['name'].trim().toLowerCase() : ''
  const [base = '', tunnel] = name.split('/')
  const named = bannerProtocolNamed(base) ?? 'other'
  const protocol: BannerProtocol = named === 'http' && tunnel === 'ssl' ? 'https' : named
  const web: BannerProtocol = protocol === 'https' ? 'https' : 'http'
  const out: Banner[] = []
  const http = isObject(service['http']) ? service['http'] : undefined
  const response = service['response']
  const headers = http?.['response_headers']
  if (typeof response === 'string' && response.trim() !== '') out.push({ protocol, text: response })
  else if (typeof headers === 'string' && headers.trim() !== '') out.push({ protocol: web, text: headers })
  const title = http?.['title']
  if (typeof title === 'string' && title.trim() !== '') out.push({ protocol: web, field: 'title', text: title })
  return out
}

/**
 * `ip:port` for a record of one service an internet scanner saw (an IP and a port, no id of its
 * own), as Shodan's banners are known: Hunter's `{"ip", "port", "banner"}`, Criminal IP's
 * `{"ip_address", "open_port_no", "banner"}`, ZoomEye's `{"ip", "portinfo": {"port", "banner"}}`
 * give a record per port, and known by the IP alone every service of a host but the first was
 * skipped as a duplicate, with its banner. Undefined for any other record.
 */
/**
 * The protocol a scanner's record names for its service (`"protocol": "ssh"` in Hunter's and
 * ONYPHE's records, `"service_name": "SSH"` in Criminal IP's, `"portinfo": {"service": "ssh"}` in
 * ZoomEye's) when it is one a banner can be of, else `other`.
 */
function serviceProtocol(raw: Record<string, unknown>): BannerProtocol {
  const portinfo = raw['portinfo']
  for (const v of [raw['protocol'], raw['service_name'], raw['service'], isObject(portinfo) ? portinfo['service'] : undefined]) {
    const p = bannerProtocolNamed(v)
    if (p !== undefined) return p
  }
  return 'other'
}

/** The banner protocol a scanner's protocol or service value names (`ssh`, `HTTP`), if it is one. */
export function bannerProtocolNamed(value: unknown): BannerProtocol | undefined {
  const p = typeof value === 'string' ? value.trim().toLowerCase() : undefined
  return p !== undefined && PROTOCOL_SET.has(p) ? (p as BannerProtocol) : undefined
}

function serviceId(raw: Record<string, unknown>): string | undefined {
  const ip = SERVICE_IP_KEYS.map((k) => raw[k]).find((v): v is string => typeof v === 'string' && (isIpv4(v.trim()) || isIpv6(v.trim())))
  if (ip === undefined) return undefined
  const portinfo = raw['portinfo']
  const port = [raw['port'], raw['open_port_no'], isObject(portinfo) ? portinfo['port'] : undefined]
    .find((v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 65536) || (typeof v === 'string' && /^\d{1,5}$/.test(v.trim())))
  if (port === undefined) return undefined
  // A record with a model or a serial number describes a device, as a CSV row does (columns.ts,
  // `serviceColumns`): its `port` is the switch port it is on, and it keeps its address as its name.
  for (const k in raw) {
    const target = resolveColumn(k)
    if (target?.kind === 'scalar' && (target.field === 'model' || target.field === 'serial') && !isBlank(raw[k])) return undefined
  }
  return hostAndPort(ip.trim(), String(port).trim())
}
const SERVICE_IP_KEYS: readonly string[] = ['ip', 'ip_address', 'ip_str']

/**
 * Keys of a record's list of its own network interfaces (NetBox's GraphQL `interfaces`, an asset
 * manager's `networkAdapters`, `nics`, `ports`), lower case without separators. A list of other
 * devices (`neighbors`, an access point's `clients`) is not one: their MACs are theirs.
 * So is the list of a machine's addresses, each with the MAC of the adapter that holds it:
 * Microsoft Defender for Endpoint's machines (`"ipAddresses": [{"ipAddress": "10.166.113.47",
 * "macAddress": "8CEC4B897E73", "operationalStatus": "Up"}]`, its machine resource type and List
 * machines API), whose MACs, the only ones a machine record gives, were not read.
 */
const INTERFACE_LIST_KEYS: ReadonlySet<string> = new Set([
  'interface', 'interfaces', 'nic', 'nics', 'networkinterface', 'networkinterfaces', 'netinterfaces', 'networkadapter',
  'networkadapters', 'adapters', 'ports', 'ethernetports', 'ethernetinterfaces', 'ipaddresses',
])

/** The entries of a device record's interface lists (see `INTERFACE_LIST_KEYS`). */
function* interfaceEntries(raw: Record<string, unknown>): Generator<Record<string, unknown>> {
  for (const k in raw) {
    const list = raw[k]
    if (!Array.isArray(list) || !INTERFACE_LIST_KEYS.has(k.toLowerCase().replace(/[^a-z]/g, ''))) continue
    for (const item of list) if (isObject(item)) yield item
  }
}

/** MACs a device record lists under its interfaces (see `INTERFACE_LIST_KEYS`), at most 256. */
function interfaceMacs(raw: Record<string, unknown>): string[] {
  const macs: string[] = []
  for (const item of interfaceEntries(raw)) {
    for (const key in item) {
      const v = item[key]
      if (resolveColumn(key)?.kind !== 'macs') continue
      for (const mac of Array.isArray(v) ? v : [v]) if (typeof mac === 'string' && mac.trim() !== '' && macs.length < 256) macs.push(mac)
    }
  }
  return macs
}

/**
 * Keys of a record that give the device's address and never its name, lower case without
 * separators: Cisco Meraki's Dashboard API gives a device's `lanIp` ("LAN IP address of the
 * device", its organization and network device lists) beside its `name`, which is null for a device
 * never named, known by its serial. Each device was read without an address. Microsoft Defender for
 * Endpoint gives a machine's `lastIpAddress` ("Last IP on local NIC on the machine", its machine
 * resource type) beside its `computerDnsName`; its `lastExternalIpAddress`, the address it reached
 * the internet through (a NAT's, a proxy's), is not the machine's.
 */
const ADDRESS_ONLY_KEYS: ReadonlySet<string> = new Set(['lanip', 'lastipaddress'])

/** The addresses of a record's `ADDRESS_ONLY_KEYS` after those of `found`, each once; undefined when none. */
function ownAddresses(raw: Record<string, unknown>, found: string[] | undefined): string[] | undefined {
  for (const k in raw) {
    const v = raw[k]
    if (typeof v === 'string' && ADDRESS_ONLY_KEYS.has(k.toLowerCase().replace(/[^a-z0-9]/g, ''))) found = addressesIn(v, found)
  }
  return found
}

/**
 * Keys of an address in an entry of a record's interface list (see `INTERFACE_LIST_KEYS`), lower
 * case without separators: Zabbix's hosts (its API's `host.get` and its JSON host export) keep the
 * addresses it polls only there (`"interfaces": [{"type": "2", "useip": "1", "ip": "192.0.2.21",
 * "dns": "", "port": "161"}]`: Zabbix manual, Host interface object and 4 Hosts export), and each
 * host was read without one. Other keys of an entry (its `name`, a `description` naming a peer)
 * give none.
 */
const INTERFACE_ADDRESS_KEYS: ReadonlySet<string> = new Set(['ip', 'ipaddress', 'ipaddresses', 'ipv4', 'ipv4address', 'ipv6', 'ipv6address'])

/**
 * The addresses a device record lists under its interfaces (see `INTERFACE_ADDRESS_KEYS`) after
 * those of `found`, each once, at most 256; undefined when none.
 */
function interfaceAddresses(raw: Record<string, unknown>, found: string[] | undefined): string[] | undefined {
  for (const item of interfaceEntries(raw)) {
    for (const key in item) {
      if (!INTERFACE_ADDRESS_KEYS.has(key.toLowerCase().replace(/[^a-z0-9]/g, ''))) continue
      const v = item[key]
      for (const t of Array.isArray(v) ? v : [v]) {
        if (typeof t === 'string' && (found?.length ?? 0) < 256) found = addressesIn(t, found)
      }
    }
  }
  return found
}

/**
 * Keys that one tool uses for a field other tools use them for differently, read as that field
 * only in that tool's records, told by keys its records always carry: Cisco Catalyst Center's
 * network devices (`/dna/intent/api/v1/network-device`, with `platformId` and
 * `managementIpAddress`) hold the device's SNMP sysDescr in `description`, which is free text
 * written by people in NetBox, Zabbix, phpIPAM and most other tools.
 */
const TOOL_KEYS: readonly { marks: readonly string[]; key: string; as: string }[] = [
  { marks: ['platformId', 'managementIpAddress'], key: 'description', as: 'sysDescr' },
]

/** The entry `[key, value]` of `raw` under the name its tool's records give it (see `TOOL_KEYS`). */
function toolKey(raw: Record<string, unknown>): (entry: [string, unknown]) => [string, unknown] {
  const renamed = TOOL_KEYS.filter(({ marks }) => marks.every((m) => m in raw))
  if (renamed.length === 0) return (entry) => entry
  return ([k, v]) => [renamed.find(({ key }) => key === k)?.as ?? k, v]
}

/** JSON keys whose whole-number values are row ids of a related record (see `withColumnNames`). */
const ROW_ID_KEYS: ReadonlySet<string> = new Set(['type', 'location'])

/** True for a value that says nothing: absent, null, or text of spaces only. */
function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
}

/**
 * A name that is a MAC written with `:` or `-` between its octets, for a record without MACs:
 * network access control names an endpoint by its MAC, and Cisco ISE's ERS list of endpoints
 * (`{"id": …, "name": "C0:56:E3:00:00:01"}`) gives nothing else.
 */
function macName(name: unknown): string | undefined {
  return typeof name === 'string' && name.length === 17 && MAC_NAME.test(name) ? name : undefined
}
const MAC_NAME = /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$/

/** A ServiceNow record id: 32 hex digits. */
const SYS_ID = /^[0-9a-f]{32}$/

/** What `serviceNowReference` gives for a reference that names its record by its sys_id alone. */
const NAMES_NOTHING: unique symbol = Symbol('names nothing')

/**
 * The text of a reference field of ServiceNow's Table API (`manufacturer`, `model_id`,
 * `location`): `{"link": …, "value": "<sys_id>"}` by default, which names nothing outside the
 * instance (`NAMES_NOTHING`), `{"display_value": "Cisco Systems", "link": …, "value": …}` with
 * `sysparm_display_value=all`, read by its display value; undefined for any other object.
 */
function serviceNowReference(v: Record<string, unknown>): string | typeof NAMES_NOTHING | undefined {
  if (typeof v['display_value'] === 'string') return v['display_value']
  if (typeof v['link'] !== 'string' || typeof v['value'] !== 'string') return undefined
  // Another API's link with its value in words ({"link": "/api/vendors/3", "value": "Cisco"}) names it.
  return SYS_ID.test(v['value']) ? NAMES_NOTHING : v['value']
}

/**
 * The keys of a record's fields that would give its site, role, network, maker or model but are
 * ServiceNow references by their sys_id alone (`"manufacturer": {"link": …, "value": "31e8…"}`,
 * the Table API's answer without `sysparm_display_value`), which name nothing outside the
 * instance and are left out (see `serviceNowReference`); undefined when there are none.
 */
export function referencesWithoutNames(raw: unknown): string[] | undefined {
  if (!isObject(raw)) return undefined
  let keys: string[] | undefined
  for (const k in raw) {
    const v = raw[k]
    if (!isObject(v) || serviceNowReference(v) !== NAMES_NOTHING) continue
    const target = resolveColumn(k)
    if (NAMED_FIELDS.includes(k) || (target?.kind === 'scalar' && NAMED_TARGETS.has(target.field))) (keys ??= []).push(k)
  }
  return keys
}

/** Text fields of the device shape that other tools write as an object with a name. */
const NAMED_FIELDS: readonly string[] = ['site', 'role', 'network', 'manufacturer', 'vendor', 'model']
/** The fields a related record may give by its name under another key (see `withColumnNames`). */
const NAMED_TARGETS: ReadonlySet<string> = new Set(['site', 'role', 'network', 'manufacturer', 'model'])
/**
 * Sections of a device's own record, whose `name` is the device's (see `withColumnNames`): Jamf
 * Pro's `general`, Lansweeper's `assetBasicInfo` (its Data API's assets: `{"key", "url",
 * "assetBasicInfo": {"name", "ipAddress", "mac", "type", ...}, "assetCustom": {"manufacturer",
 * "model", "serialNumber", "location", ...}}`: panoramicdata/LanSweeper.Api, its GraphQL fragments).
 */
const OWN_SECTIONS: ReadonlySet<string> = new Set(['general', 'assetbasicinfo'])
/** Keys one level down that are a related record's own, not the device's, in any case (see `withColumnNames`). */
const RELATED_OWN_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'device'])

/** The `name` (or `Name`) of a related record, when it is text that names one (Jamf Pro's `"site": {"id": "-1", "name": "None"}` names none). */
function recordName(record: Record<string, unknown>): string | undefined {
  const n = record['name'] ?? record['Name']
  return typeof n === 'string' && n.trim() !== '' && !isPlaceholder(n) ? n : undefined
}

/** A value that is there: not null, undefined or blank. */
function present(v: unknown): unknown {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? undefined : v
}

/** A value that names a device: present, and no placeholder such as "Unknown" or "N/A". */
function known(v: unknown): unknown {
  const p = present(v)
  return typeof p === 'string' && isPlaceholder(p) ? undefined : p
}

/**
 * Records of tools whose shape differs from a device's, each read in its own vocabulary and
 * turned into the device shape by its module; the first whose test matches reads the record.
 */
const OWN_SHAPES: readonly { is: (raw: Record<string, unknown>) => boolean; to: (raw: never) => Record<string, unknown> }[] = [
  { is: isNetboxDevice, to: (d: NetboxDevice) => fromNetboxDevice(d) },
  { is: isShodanBanner, to: (b: ShodanBanner) => fromShodanBanner(b) },
  { is: isShodanInternetDbHost, to: (h: ShodanInternetDbHost) => fromShodanInternetDbHost(h) },
  { is: isMasscanRecord, to: (r: MasscanRecord) => fromMasscanRecord(r) },
  { is: isZgrab2Line, to: (l: Zgrab2Line) => fromZgrab2Line(l) },
  { is: isCensysHost, to: (h: CensysHost) => fromCensysHost(h) },
  { is: isHttpxResult, to: (r: HttpxResult) => fromHttpxResult(r) },
  { is: isWhatWebRecord, to: (r: WhatWebRecord) => fromWhatWebRecord(r) },
  { is: isFingerprintxService, to: (s: FingerprintxService) => fromFingerprintxService(s) },
  { is: isNucleiResult, to: (r: NucleiResult) => fromNucleiResult(r) },
  { is: isBinaryEdgeEvent, to: (e: BinaryEdgeEvent) => fromBinaryEdgeEvent(e) },
  { is: isBinaryEdgePort, to: (p: BinaryEdgePort) => fromBinaryEdgePort(p) },
  { is: isAnsibleHostFacts, to: (f: Record<string, unknown>) => fromAnsibleHostFacts(f) },
]

/** True for a record of a tool read in its own shape (a NetBox device, a Shodan banner, a Censys host...). */
export function hasOwnShape(raw: Record<string, unknown>): boolean {
  return OWN_SHAPES.some(({ is }) => is(raw))
}

/** The record in the device shape when a tool's own shape is recognised, else undefined. */
function ownShape(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const { is, to } of OWN_SHAPES) if (is(raw)) return to(raw as never)
  return undefined
}

/**
 * A JSON:API resource object (`{"type": "device", "id": "…", "attributes": {...}}`: Auvik,
 * Open-AudIT) as the entry its attributes describe, with the resource's id; else undefined. A
 * record with other keys beside those JSON:API allows is no resource: a runZero asset has a `type`
 * ("Router") and `attributes` too, but its MACs, names and hardware at the top.
 */
function fromJsonApiResource(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  const attributes = raw['attributes']
  if (!isObject(attributes) || typeof raw['type'] !== 'string' || raw['id'] === undefined) return undefined
  for (const key in raw) if (!JSON_API_KEYS.has(key)) return undefined
  return { ...attributes, id: raw['id'] }
}

/**
 * An object of Icinga 2's API (`/v1/objects/hosts`: `{"attrs": {...}, "joins": {}, "meta": {},
 * "name": "…", "type": "Host"}`) as the entry its attributes describe, known by its name; else
 * undefined. Its `type` is the kind of Icinga object, never the device's model.
 */
function fromIcingaObject(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  const attrs = raw['attrs']
  if (!isObject(attrs) || typeof raw['type'] !== 'string' || typeof raw['name'] !== 'string') return undefined
  for (const key in raw) if (!ICINGA_OBJECT_KEYS.has(key)) return undefined
  return { ...attrs, name: raw['name'] }
}

/**
 * An object of i-doit's CMDB as its JSON-RPC API lists it (`cmdb.objects.read`, `cmdb.object.read`:
 * `{"id": "26", "title": "Client01", "sysid": "SYSID_1651224253", "type": "10", "type_title":
 * "Client", "status": "2", "cmdb_status": "6", "cmdb_status_title": "in operation"}`: the i-doit
 * knowledge base, API methods) as the entry it describes: `title` is the object's name, and
 * `cmdb_status_title` its lifecycle status; `status` is the object's condition in i-doit (normal,
 * archived, deleted: "independent of" the CMDB status, the knowledge base's CMDB Status page), a
 * number, and `type` and `type_title` its object type. Such objects came out as bare ids. Else
 * undefined.
 */
function fromIdoitObject(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  const title = raw['title']
  if (typeof title !== 'string' || typeof raw['sysid'] !== 'string' || !('type_title' in raw || 'objecttype' in raw)) return undefined
  const { title: _, sysid: __, type: ___, type_title: ____, objecttype: _____, status: ______, cmdb_status: _______, cmdb_status_title: status, ...rest } = raw
  return { ...rest, name: title, ...(typeof status === 'string' ? { status } : {}) }
}

/** The members of an object in the answers of Icinga 2's API ("Object Queries Result"). */
const ICINGA_OBJECT_KEYS: ReadonlySet<string> = new Set(['name', 'type', 'attrs', 'joins', 'meta'])

/**
 * An entity of Cisco Prime Infrastructure's REST API (`{"@url": …, "@type": "Devices",
 * "@dtoType": "devicesDTO", "devicesDTO": {...}}`) as the record it wraps, the part number and
 * serial number of its first manufacturer part (`"manufacturerPartNrs": {"manufacturerPartNr":
 * [{"name", "partNumber", "serialNumber"}]}`, the chassis) read as its model and serial; else
 * undefined. The DTO's `@id` is its id, `deviceName` its name, `deviceType` ("Cisco Catalyst
 * 2960-24TT-L Switch", "Router") a type ranked below the part number.
 */
function fromPrimeEntity(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  const dtoType = raw['@dtoType']
  const dto = typeof dtoType === 'string' ? raw[dtoType] : undefined
  if (!isObject(dto)) return undefined
  const parts = isObject(dto['manufacturerPartNrs']) ? dto['manufacturerPartNrs']['manufacturerPartNr'] : undefined
  const first = Array.isArray(parts) ? parts.find(isObject) : isObject(parts) ? parts : undefined
  const { manufacturerPartNrs: _, ...rest } = dto
  return first === undefined ? rest : { ...rest, partNumber: first['partNumber'], serialNumber: first['serialNumber'] }
}

/**
 * The record a list entry wraps under `data`, its only key: Netlas's search answer (`{"items":
 * [{"data": {"ip", "port", "protocol", "http": {...}}}]}`: projectdiscovery/uncover,
 * sources/agent/netlas/response.go), whose services were known by their IP, read one level down,
 * and skipped as repeats. Else undefined.
 */
function fromDataWrapper(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  const data = raw['data']
  if (!isObject(data)) return undefined
  for (const key in raw) if (key !== 'data') return undefined
  return data
}

/**
 * A Domotz device (`GET /agent/{agent_id}/device`: `{"id", "display_name", "hw_address",
 * "ip_addresses", "vendor", "model", "user_data": {"name", "vendor", "model", "type"}, ...}`,
 * domotz/terraform-provider-domotz, internal/client/models.go) as the entry it describes: its
 * `vendor` is what Domotz discovered, "Ubiquiti Inc" as the IEEE registry names the block of the
 * `hw_address` (the MAC, read itself: declared as well, one registry entry counted twice), and
 * is left out; what the user wrote in `user_data` (a name, a vendor, a model) comes before what
 * Domotz discovered. Else undefined.
 */
function fromDomotzDevice(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  const user = raw['user_data']
  if (!isObject(user) || !('hw_address' in raw) || !('display_name' in raw)) return undefined
  const { user_data: _, vendor: __, ...rest } = raw
  const out: Record<string, unknown> = rest
  for (const [from, to] of [['name', 'display_name'], ['vendor', 'vendor'], ['model', 'model']] as const) {
    const v = user[from]
    if (typeof v === 'string' && v.trim() !== '') out[to] = v
  }
  return out
}

/**
 * Records whose maker field is the tool's own reading of the MAC beside it (the name the IEEE
 * registry gives the MAC's block), as Domotz's `vendor` is: the MAC is read itself, and the field
 * read as declared counted one registry entry twice and made the maker of a NIC or module the
 * device's brand, which hid a rebrand. Each shape names the record and the field left out.
 */
const MAC_READING_SHAPES: readonly { is: (raw: Record<string, unknown>) => boolean; field: string; section?: string }[] = [
  // A client of a Meraki network (`GET /networks/{networkId}/clients`: `{"id", "mac",
  // "description", "ip", "manufacturer", "os", "recentDeviceSerial", "recentDeviceName",
  // "recentDeviceMac", "ssid", "status", ...}`, the Dashboard API's schema: "Manufacturer of the
  // client"; a sample in cradcli1/personal-id-system, Servers/README.md).
  { is: (raw) => 'mac' in raw && ('recentDeviceMac' in raw || 'recentDeviceSerial' in raw), field: 'manufacturer' },
  // A device of Microsoft Defender for IoT's management console (`/external/v1/devices`:
  // `{"id", "name", "vendor", "macAddresses", "ipAddresses", "engineeringStation", "scanner",
  // ...}`): its device inventory's `Vendor` is "the name of the device's vendor, as defined in
  // the MAC address" (MicrosoftDocs/azure-docs, articles/defender-for-iot/organizations, the
  // inventory's column reference, and api/management-inventory-apis.md for the record).
  { is: (raw) => 'macAddresses' in raw && 'ipAddresses' in raw && ('engineeringStation' in raw || 'sensorId' in raw), field: 'vendor' },
  // An entry of OPNsense's ARP table (`/api/diagnostics/interface/getArp`, and the rows of
  // `search_arp`: `{"mac", "ip", "intf", "manufacturer", "hostname", ...}`), whose `manufacturer`
  // is the registration of the MAC's OUI (opnsense/core, src/opnsense/scripts/interfaces/list_arp.py:
  // `netaddr.EUI(mac).oui.registration().org`).
  { is: (raw) => 'mac' in raw && 'intf' in raw, field: 'manufacturer' },
  // A host of Forescout's Web API (`GET /api/hosts/{id}`: `{"host": {"id", "ip", "mac", "fields":
  // {"vendor": {"timestamp", "value"}, "hostname": {...}, ...}}}`), whose `vendor` property is the
  // vendor of its network card, read from the MAC (a published Forescout policy's syslog template
  // sends it as `nic_vendor="{vendor}"`: david-thurm/forescout_pro_serve, cdm_policy_v3/instructions.md).
  { is: (raw) => 'mac' in raw && 'ip' in raw, field: 'vendor', section: 'fields' },
  // A record that gives the OUI its vendor was read from beside it: the UniFi controller's clients
  // (`{"mac", "vendor": "Espressif Inc.", "vendorOui": "588C81", ...}`, "the UniFi controller's own
  // lookup": OpenDigitalProductFactory/opendigitalproductfactory, pull request 4077).
  { is: (raw) => 'vendorOui' in raw || 'vendor_oui' in raw, field: 'vendor' },
  // A client of a TP-Link Omada site (its Open API's `/sites/{siteId}/clients`: `{"id", "mac",
  // "name", "hostName", "vendor", "deviceType", "connectDevType", "apMac", "switchMac", ...}`, as
  // its documented response lists them): its `vendor` is the controller's own identification of the
  // client, not what the device or its owner declared, and is left out as other tools' guesses are.
  { is: (raw) => 'mac' in raw && 'connectDevType' in raw, field: 'vendor' },
]

/** A record of `MAC_READING_SHAPES` without the tool's reading of its MAC. Else undefined. */
function withoutMacReading(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  const shape = MAC_READING_SHAPES.find((s) => {
    const holder = s.section === undefined ? raw : raw[s.section]
    return isObject(holder) && s.field in holder && s.is(raw)
  })
  if (shape === undefined) return undefined
  if (shape.section !== undefined) {
    const { [shape.field]: _, ...fields } = raw[shape.section] as Record<string, unknown>
    return { ...raw, [shape.section]: fields }
  }
  const { [shape.field]: _, ...rest } = raw
  return rest
}

/** The members of a JSON:API resource object (JSON:API 1.1, "Resource Objects"). */
const JSON_API_KEYS: ReadonlySet<string> = new Set(['type', 'id', 'lid', 'attributes', 'relationships', 'links', 'meta'])

/**
 * Validates one inventory entry and returns it as a `Device`, appending diagnostics for what is
 * wrong. A wrong field gives `invalid_field` and is left out; bad MACs (`invalid_mac`) and
 * sysObjectIDs (`invalid_oid`) are warnings and are dropped. The entry is dropped (undefined) only
 * when it is not an object or its `id` is missing or invalid.
 *
 * MACs come out as lower-case `00:e0:fc:12:34:56`, without duplicates; roles and banner
 * protocols in lower case; strings trimmed; empty strings left out.
 */
export function toDevice(raw: unknown, at: SourceLocation, diagnostics: Diagnostic[]): Device | undefined {
  const ctx: Ctx = { at, diagnostics }
  if (!isObject(raw)) {
    invalid(ctx, '(device)', raw, 'an object with at least an "id"')
    return undefined
  }
  const resource = fromJsonApiResource(raw) ?? fromIcingaObject(raw) ?? fromIdoitObject(raw) ?? fromPrimeEntity(raw) ?? fromDataWrapper(raw) ?? fromDomotzDevice(raw) ?? withoutMacReading(raw)
  const input = resource !== undefined ? withColumnNames(resource) : ownShape(raw) ?? withColumnNames(raw)
  // Without an id the name is the id, as in a CSV without an id column and in other tools' records
  // (see `withColumnNames`): `{"name": "sw1", "model": "S5720"}` is a device, not an error. A name
  // written "Unknown" or "N/A" names no device; the serial then stands in for it.
  const rawId = input['id'] ?? (typeof input['name'] === 'string' ? known(input['name']) : undefined) ?? (typeof input['serial'] === 'string' ? known(input['serial']) : undefined)
  if (rawId === undefined) {
    // A record with no id under any of its names: its keys tell the user which file or record it is
    // (another tool's answer, a settings object), which an empty id value would not.
    diagnostics.push({ code: 'missing_id', severity: 'error', at, keys: Object.keys(raw) })
    return undefined
  }
  const id = typeof rawId === 'string' ? rawId.trim() : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : ''
  if (id === '') {
    invalid(ctx, 'id', rawId ?? '', 'a non-empty device id (string)')
    return undefined
  }
  // Built in the order of the Device type, so serialised devices read the same whatever the source.
  const device: Device = { id }
  setText(ctx, device, 'name', input['name'])
  setText(ctx, device, 'site', input['site'])
  // Inventory tools name roles freely ("Core Router", "gNodeB"): a keyword decides, else it is an error.
  setRole(ctx, device, text(ctx, 'role', input['role']))
  setText(ctx, device, 'network', input['network'])
  // "vendor" is accepted on input; the product's word is "manufacturer"
  setText(ctx, device, 'manufacturer', input['manufacturer'] ?? input['vendor'])
  setText(ctx, device, 'model', input['model'])
  setText(ctx, device, 'serial', input['serial'])
  const m = macs(ctx, input['macs'] ?? input['mac'] ?? macName(input['name']))
  if (m !== undefined) device.macs = m
  // Management addresses (see `nameKeyAddresses`, `fromNetboxDevice`); an id or name that is one already says it.
  const addresses = addressList(input['addresses'], device)
  if (addresses !== undefined) device.addresses = addresses
  const s = snmp(ctx, input['snmp'])
  if (s !== undefined) device.snmp = s
  const b = banners(ctx, input['banners'])
  if (b !== undefined) device.banners = b
  const fw = firmware(ctx, input['firmware'])
  if (fw !== undefined) device.firmware = fw
  const c = components(ctx, input['components'])
  if (c !== undefined) device.components = c
  setManufactured(ctx, device, text(ctx, 'manufactured', input['manufactured']), text(ctx, 'purchased', input['purchased']))
  setText(ctx, device, 'purpose', input['purpose'])
  const lat = coordinate(ctx, 'lat', input['lat'])
  if (lat !== undefined) device.lat = lat
  const lon = coordinate(ctx, 'lon', input['lon'])
  if (lon !== undefined) device.lon = lon
  // Read leniently: a status that is no lifecycle (a monitoring tool's 1 or 0) is no error either.
  const status = statusOf(input['status'])
  if (status !== undefined) device.status = status
  return device
}

/** The addresses of a list as `addressesIn` reads them, without the device's id and name; undefined when none. */
function addressList(v: unknown, device: Device): string[] | undefined {
  if (!Array.isArray(v)) return undefined
  let found: string[] | undefined
  for (const t of v) if (typeof t === 'string') found = addressesIn(t, found)
  return addressesBeside(found, device)
}
