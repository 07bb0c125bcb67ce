/**
 * One device read from several sources of one network (an inventory export, SNMP walks, a scan,
 * neighbour and address tables), its records merged into one device: `--merge`.
 */
import { parseMac } from '../catalog/mac.js'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Device, DeviceSource } from '../domain/device.js'
import { addressesBeside, addressesIn, isIpv4, isIpv6 } from './addresses.js'
import { tiedAddresses, tieSerial, VIRTUAL_ROUTER_MAC } from './cross-source-ids.js'
import { isPlaceholder } from '../util/placeholder.js'
import { lifecycleOf } from '../domain/lifecycle.js'

/** The devices `mergeDevices` makes of the records given, with where each is read and what it said. */
export type MergeResult = {
  /** One device per set of records found to be one device, in the order of its first record. */
  devices: Device[]
  /** Parallel to `devices`: where the record whose id the device keeps was read. */
  locations: SourceLocation[]
  /** `merge_refused` warnings, then one `devices_merged` note when any device was merged. */
  diagnostics: Diagnostic[]
}

/**
 * Merges the records of one device read from several files into one device. Records are one
 * device when they have the same id (or one's id is the name another gives beside its number, as
 * an export with NetBox's `ID` column does), a MAC in common (not a virtual router's, VRRP or HSRP, which
 * two routers answer for; not the all-zero, broadcast or a multicast MAC), the same serial number
 * (not a short one or one with spaces, `To be filled by O.E.M.`), or the same management address
 * (its `addresses`, or an id or name that is an address; not loopback, link-local, multicast or
 * unspecified ones): the exclusions of the `shared_*_other_id` warnings. The relation is
 * transitive (a scan's host and a walk share a MAC, the walk and an export's row a serial: one
 * device), but never joins two records one file lists apart (the walks of one folder are files
 * of their own; an export's rows are one file), two serial numbers, or, by an address, records of
 * two operator networks: such a tie is told (`merge_refused`) and both are read. Ties are made
 * strongest first: ids, serials, MACs, then addresses.
 *
 * The merged device keeps the id of the first record whose id names the device best (a NetBox name
 * or a walk's sysName; then an export's number, NetBox's `ID`; then a scan's or an ARP table's
 * address, a MAC, or a walk's order `walk-1`), and is located at that record; its other ids are its `aliases` and
 * every record its `sources`. It has the union of the records' MACs, addresses, banners and
 * components; of every other field (declared manufacturer, model, serial, site, role, network,
 * status, dates, each SNMP and firmware field), the first record's value that gives it (a text
 * such as "Unknown" or "N/A" only when no record gives another). A
 * declared manufacturer of a later record is kept in `sources`, where identify reads it.
 *
 * Every record is held until all are given: memory grows with the records (a few hundred bytes
 * each, besides the devices), where reading without merging streams.
 *
 * @example
 * const { devices } = mergeDevices([
 *   { device: { id: 'cam-gate-1', manufacturer: 'Lorex', addresses: ['10.20.5.21'] }, at: { file: 'netbox.csv', line: 11 } },
 *   { device: { id: '10.20.5.21', macs: ['3c:ef:8c:5a:21:07'] }, at: { file: 'scan.xml', line: 19 } },
 * ])
 * devices[0].aliases // ['10.20.5.21']
 */
export function mergeDevices(records: Iterable<{ device: Device; at: SourceLocation }>): MergeResult {
  const merger = new DeviceMerger()
  for (const { device, at } of records) merger.add(device, at)
  return merger.finish()
}

/** `mergeDevices` fed record by record, as the files are read. */
export class DeviceMerger {
  private readonly devices: Device[] = []
  private readonly locations: SourceLocation[] = []

  /** Holds one record, read at `at`. */
  add(device: Device, at: SourceLocation): void {
    this.devices.push(device)
    this.locations.push(at)
  }

  /** The records held so far. */
  get records(): number {
    return this.devices.length
  }

  /** The merged devices of every record given (see `mergeDevices`). */
  finish(): MergeResult {
    const { devices, locations } = this
    const sets = new RecordSets(locations)
    const diagnostics: Diagnostic[] = []
    // The first record of each id, serial, MAC and address.
    const byId = new Map<string, number>()
    const bySerial = new Map<string, number>()
    const byMac = new Map<string, number>()
    const byAddress = new Map<string, number>()
    const told = new Set<number>()
    // `apart`: records of one file are not joined (all but records of one id, which the readers made sure are one device).
    const tie = (owners: Map<string, number>, i: number, key: string, what?: { key: 'mac' | 'serial' | 'address'; value: string }, apart = what !== undefined) => {
      const j = owners.get(key)
      if (j === undefined) {
        owners.set(key, i)
        return
      }
      const refused = sets.union(j, i, apart, what?.key === 'address')
      // A tie within one file is not told, as the warnings without --merge do not tell it (an address
      // table's line of a proxy-ARP router, one MAC for many addresses).
      if (refused === undefined || what === undefined || told.has(i) || locations[i]!.file === locations[j]!.file) return
      told.add(i)
      diagnostics.push({
        code: 'merge_refused', severity: 'warning', at: locations[i]!, id: devices[i]!.id, key: what.key, value: what.value,
        other: devices[j]!.id, first: locations[j]!, because: refused.because,
        apart: refused.apart.map((n) => (refused.because === 'same_file' ? devices[n]!.id : refused.because === 'serials_differ' ? sets.serialOf(n)! : devices[n]!.network!)) as [string, string],
        ...(refused.because === 'same_file' ? { file: locations[refused.apart[0]]!.file } : {}),
      })
    }
    // The strongest ties first, each kind over every record: a scan's host with the MAC of one
    // export row and the (out of date) address of another is the one of its MAC.
    const serials: (string | undefined)[] = []
    for (let i = 0; i < devices.length; i++) {
      const d = devices[i]!
      serials.push(tieSerial(d.serial))
      sets.add(i, serials[i], d.network)
      tie(byId, i, d.id)
    }
    // An export keyed by its own numbers (NetBox's `ID` column) names each device beside its number:
    // a walk or a neighbour table that has that name as its id is the same device.
    for (let i = 0; i < devices.length; i++) {
      const d = devices[i]!
      if (d.name !== undefined && d.name !== d.id && /^\d+$/.test(d.id) && idRank({ id: d.name }) === 0) tie(byId, i, d.name, undefined, true)
    }
    for (let i = 0; i < devices.length; i++) {
      if (serials[i] !== undefined) tie(bySerial, i, serials[i]!, { key: 'serial', value: devices[i]!.serial!.trim() })
    }
    for (let i = 0; i < devices.length; i++) {
      for (const mac of devices[i]!.macs ?? []) {
        const hex = tieMac(mac)
        if (hex !== undefined) tie(byMac, i, hex, { key: 'mac', value: mac })
      }
    }
    for (let i = 0; i < devices.length; i++) {
      for (const address of tiedAddresses(devices[i]!)) tie(byAddress, i, address, { key: 'address', value: address })
    }
    // The records of each device, in the order read; the devices in the order of their first records.
    const members = new Map<number, number[]>()
    for (let i = 0; i < devices.length; i++) {
      const root = sets.find(i)
      const list = members.get(root)
      if (list === undefined) members.set(root, [i])
      else list.push(i)
    }
    const out: MergeResult = { devices: [], locations: [], diagnostics }
    let mergedDevices = 0
    let mergedRecords = 0
    for (const list of members.values()) {
      if (list.length === 1) {
        out.devices.push(devices[list[0]!]!)
        out.locations.push(locations[list[0]!]!)
        continue
      }
      mergedDevices++
      mergedRecords += list.length
      let best = list[0]!
      for (const i of list) if (idRank(devices[i]!) < idRank(devices[best]!)) best = i
      const merged = mergeRecords(list.map((i) => devices[i]!), list.map((i) => locations[i]!), list.indexOf(best))
      const answering = answeringNotInService(merged, list, devices, locations)
      if (answering !== undefined) diagnostics.push(answering)
      // Seen answering, it is in the network whatever an export says: its findings count, and plan replaces it.
      out.devices.push(answering === undefined ? merged : withoutStatus(merged))
      out.locations.push(locations[best]!)
    }
    if (mergedDevices > 0 && locations.length > 0) {
      diagnostics.push({ code: 'devices_merged', severity: 'info', at: { file: locations[0]!.file }, devices: mergedDevices, records: mergedRecords })
    }
    return out
  }
}

/**
 * The warning for a merged device whose status (the first record's that gives one) says it is not
 * in the network (`Retired`, `Planned`) while a record without a status shows it answering: a
 * scan's banner, or a walk's SNMP answer. The export is out of date, or the device was not removed:
 * either way it is there, and a check that counted it "not in service", or a plan that left it out
 * as nothing to buy, would hide it.
 */
function answeringNotInService(merged: Device, list: readonly number[], devices: readonly Device[], locations: readonly SourceLocation[]): Diagnostic | undefined {
  const lifecycle = lifecycleOf(merged.status)
  if (lifecycle === 'in-service') return undefined
  const recorded = list.find((i) => devices[i]!.status === merged.status)
  const answered = (d: Device): 'banner' | 'snmp' | undefined =>
    (d.banners?.length ?? 0) > 0 ? 'banner' : d.snmp?.sysDescr !== undefined || d.snmp?.sysObjectID !== undefined ? 'snmp' : undefined
  const seen = list.find((i) => devices[i]!.status === undefined && answered(devices[i]!) !== undefined)
  if (recorded === undefined || seen === undefined) return undefined
  return {
    code: 'answering_not_in_service', severity: 'warning', at: locations[seen]!, id: merged.id, status: merged.status!,
    statusAt: locations[recorded]!, lifecycle, answered: answered(devices[seen]!)!,
  }
}

/** A device without its recorded status. */
function withoutStatus(device: Device): Device {
  const { status: _status, ...rest } = device
  return rest
}

/**
 * The sets of records found to be one device (union-find, by size), each with the files its
 * records were read from (one record of each, at most) and its serial number: two sets of records
 * of one file, or of two serials, are not joined.
 */
class RecordSets {
  private readonly parent: number[] = []
  private readonly size: number[] = []
  /**
   * By the root of each set: the record of each file (`file` of its location) among its records;
   * undefined for a set of one record (most of them), whose file is its location's.
   */
  private readonly files: (Map<string, number> | undefined)[] = []
  /** By the root of each set: its serial (`tieSerial`) and the record that gives it. */
  private readonly serials: ({ serial: string; record: number } | undefined)[] = []
  /** By the root of each set: the operator network a record of it names, and that record. */
  private readonly networks: ({ network: string; record: number } | undefined)[] = []
  private readonly locations: readonly SourceLocation[]

  constructor(locations: readonly SourceLocation[]) {
    this.locations = locations
  }

  add(i: number, serial: string | undefined, network: string | undefined): void {
    this.networks[i] = network === undefined || network.trim() === '' ? undefined : { network, record: i }
    this.parent[i] = i
    this.size[i] = 1
    this.files[i] = undefined
    this.serials[i] = serial === undefined ? undefined : { serial, record: i }
  }

  /** The files of the set of root `root`, with a record of each. */
  private filesOf(root: number): Map<string, number> {
    return this.files[root] ?? new Map([[this.locations[root]!.file, root]])
  }

  find(i: number): number {
    let root = i
    while (this.parent[root] !== root) root = this.parent[root]!
    while (this.parent[i] !== root) {
      const next = this.parent[i]!
      this.parent[i] = root
      i = next
    }
    return root
  }

  /** The serial of the set of record `i`. */
  serialOf(i: number): string | undefined {
    return this.serials[this.find(i)]?.serial
  }

  /**
   * Joins the sets of records `a` and `b`, or says why not: the records (one of each set) of one
   * file, or giving two serials. `apart`: records of one file are not joined (all but records of one
   * id, the same device, which the reader of each file and the check across files made sure of).
   */
  union(a: number, b: number, apart: boolean, byAddress = false): { because: 'same_file' | 'serials_differ' | 'networks_differ'; apart: [number, number] } | undefined {
    let ra = this.find(a)
    let rb = this.find(b)
    if (ra === rb) return undefined
    const sa = this.serials[ra]
    const sb = this.serials[rb]
    if (sa !== undefined && sb !== undefined && sa.serial !== sb.serial) return { because: 'serials_differ', apart: [sa.record, sb.record] }
    // Private addresses are used again in other operators' networks: an address ties no two records of two.
    const na = this.networks[ra]
    const nb = this.networks[rb]
    if (byAddress && na !== undefined && nb !== undefined && na.network !== nb.network) return { because: 'networks_differ', apart: [na.record, nb.record] }
    if (apart) {
      // The smaller set's files are looked up in the larger's: joins cost O(n log n) in all.
      const [small, large] = this.size[ra]! <= this.size[rb]! ? [ra, rb] : [rb, ra]
      for (const [file, record] of this.filesOf(small)) {
        const other = this.filesOf(large).get(file)
        if (other !== undefined) return { because: 'same_file', apart: small === ra ? [record, other] : [other, record] }
      }
    }
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra]
    this.parent[rb] = ra
    this.size[ra]! += this.size[rb]!
    const files = this.filesOf(ra)
    this.files[ra] = files
    for (const [file, record] of this.filesOf(rb)) if (!files.has(file)) files.set(file, record)
    this.files[rb] = undefined
    this.serials[ra] ??= this.serials[rb]
    this.networks[ra] ??= this.networks[rb]
    return undefined
  }
}

/**
 * The MAC as 12 hex digits when it ties two records, else undefined: not a virtual router's (VRRP,
 * HSRP), the all-zero one, or a group (multicast, broadcast) address, which no one device has.
 */
function tieMac(mac: string): string | undefined {
  if (VIRTUAL_ROUTER_MAC.test(mac)) return undefined
  const value = parseMac(mac)
  if (value === undefined || value === 0) return undefined
  const hex = value.toString(16).padStart(12, '0')
  // The group bit is the lowest bit of the first octet.
  return (parseInt(hex.slice(0, 2), 16) & 1) === 1 ? undefined : hex
}

/**
 * How well a record's id names the device, best first: 0, a name (an export's name, a walk's
 * sysName); 1, a number (an export's own key, NetBox's `ID`); 2, an address (a scan's host, an ARP
 * table's entry, a service `10.0.0.5:554`), a MAC (a MAC address table's entry) or a walk's order
 * in its file (`walk-1`, a walk without sysName).
 */
function idRank(device: Device): number {
  const id = device.id
  if (isIpv4(id) || isIpv6(id) || addressesIn(id) !== undefined || parseMac(id) !== undefined) return 2
  if (/^\[?[0-9a-f:.]+\]?:\d+$/i.test(id) || (device.name === undefined && /^walk-\d+$/.test(id))) return 2
  return /^\d+$/.test(id) ? 1 : 0
}

/** Fields `mergeRecords` does not take from the first record that gives them. */
const UNION_FIELDS = new Set(['id', 'name', 'macs', 'addresses', 'banners', 'components', 'snmp', 'firmware', 'manufactured', 'dateKind', 'lat', 'lon', 'aliases', 'sources'])

/** One device of its records (in the order read), under the id of record `best`. */
function mergeRecords(records: readonly Device[], at: readonly SourceLocation[], best: number): Device {
  const chosen = records[best]!
  const merged: Device = { id: chosen.id }
  const name = chosen.name ?? records.find((d) => d.name !== undefined)?.name
  if (name !== undefined) merged.name = name
  const target = merged as Record<string, unknown>
  // A text that says the value is not known ("Unknown", "N/A") is taken only where no record gives one.
  for (const known of [true, false]) {
    for (const d of records) {
      for (const [key, value] of Object.entries(d)) {
        if (value === undefined || UNION_FIELDS.has(key) || target[key] !== undefined) continue
        if (known && typeof value === 'string' && (value.trim() === '' || isPlaceholder(value))) continue
        target[key] = value
      }
    }
  }
  // Fields that go together: a date and its kind, a position's two coordinates.
  const dated = records.find((d) => d.manufactured !== undefined)
  if (dated !== undefined) {
    merged.manufactured = dated.manufactured!
    if (dated.dateKind !== undefined) merged.dateKind = dated.dateKind
  }
  const placed = records.find((d) => d.lat !== undefined && d.lon !== undefined)
  if (placed !== undefined) {
    merged.lat = placed.lat!
    merged.lon = placed.lon!
  }
  const macs = unionBy(records.map((d) => d.macs), (m) => parseMac(m)?.toString(16) ?? m.toLowerCase())
  if (macs !== undefined) merged.macs = macs
  // The addresses of every record, also the ids and names that are one (a scan's host), but the merged id's and name's.
  let addresses: string[] | undefined
  for (const d of records) {
    for (const a of d.addresses ?? []) addresses = addressesIn(a, addresses)
    addresses = addressesIn(d.id, addresses)
    if (d.name !== undefined) addresses = addressesIn(d.name, addresses)
  }
  addresses = addressesBeside(addresses, merged)
  if (addresses !== undefined) merged.addresses = addresses
  const banners = unionBy(records.map((d) => d.banners), (b) => `${b.protocol}\u0000${b.field ?? ''}\u0000${b.text}`)
  if (banners !== undefined) merged.banners = banners
  const components = unionBy(records.map((d) => d.components), (c) => `${c.manufacturer ?? ''}\u0000${c.model ?? ''}\u0000${c.kind ?? ''}`)
  if (components !== undefined) merged.components = components
  const snmp = firstOfEach(records.map((d) => d.snmp))
  if (snmp !== undefined) {
    // Objects under enterprise numbers are kept only where no sysObjectID is known (see `Device.snmp`).
    if (snmp.sysObjectID !== undefined) delete snmp.privateObjects
    merged.snmp = snmp
  }
  const firmware = firstOfEach(records.map((d) => d.firmware))
  if (firmware !== undefined) merged.firmware = firmware
  const aliases: string[] = []
  for (const d of records) if (d.id !== merged.id && !aliases.includes(d.id)) aliases.push(d.id)
  if (aliases.length > 0) merged.aliases = aliases
  merged.sources = records.map((d, i): DeviceSource => {
    const where = at[i]!
    return {
      file: where.file, ...(where.sheet !== undefined ? { sheet: where.sheet } : {}), ...(where.line !== undefined ? { line: where.line } : {}),
      id: d.id, ...(d.manufacturer !== undefined ? { manufacturer: d.manufacturer } : {}),
    }
  })
  return merged
}

/** The items of every list, each once by `key`, in order; undefined when there are none. */
function unionBy<T>(lists: readonly (readonly T[] | undefined)[], key: (item: T) => string): T[] | undefined {
  let out: T[] | undefined
  const seen = new Set<string>()
  for (const list of lists) {
    for (const item of list ?? []) {
      const k = key(item)
      if (seen.has(k)) continue
      seen.add(k)
      ;(out ??= []).push(item)
    }
  }
  return out
}

/** The first non-empty value of each field among the objects, in order; undefined when none gives one. */
function firstOfEach<T extends object>(objects: readonly (T | undefined)[]): T | undefined {
  let out: Record<string, unknown> | undefined
  for (const o of objects) {
    if (o === undefined) continue
    for (const [key, value] of Object.entries(o)) {
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue
      if ((out ??= {})[key] === undefined) out[key] = value
    }
  }
  return out as T | undefined
}
