/**
 * The answers of NAPALM's getters other than `get_facts` (which facts.ts reads), saved as JSON
 * (`json.dump(device.get_lldp_neighbors_detail(), f)`, or a Nornir task's result): each getter's
 * shape is its TypedDict of napalm/base/models.py.
 *
 * - `get_lldp_neighbors_detail` and `get_lldp_neighbors`: an object keyed by the local interface,
 *   each a list of the neighbours seen on it (`{"Eth1/1": [{"remote_chassis_id":
 *   "50:87:89:A1:D8:D6", "remote_system_name": "n9k2", "remote_system_description": "Cisco Nexus
 *   Operating System (NX-OS) Software 7.0(3)I4(1)", "remote_port": ...}]}`; the short form
 *   `{"hostname", "port"}`). Each neighbour is a device, as in a neighbour table (lldp.ts): one
 *   neighbour seen on several ports is one device. Its system description is its sysDescr.
 * - `get_interfaces`: an object keyed by interface name, each `{"is_up", "is_enabled",
 *   "description", "last_flapped", "speed", "mtu", "mac_address"}`: the interfaces of the one
 *   device the getter ran on, which the answer does not name. It is that device, known by the
 *   file's name as a `show version` saved without its prompt is, with the MACs of its interfaces.
 *
 * Read as records, these were refused as an object without a device list, or, on one line, as a
 * device without an id.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Device } from '../domain/device.js'
import { isAddress, MacEntries } from './addresses.js'
import { emptyNeighbor, NeighborTable, valueOf } from './lldp.js'
import { isObject } from './device-input.js'
import type { RowSink } from './rows.js'
import { fileStem } from '../util/file-stem.js'
import { formatMac, parseMac } from '../catalog/mac.js'

/** Keys of a neighbour of `get_lldp_neighbors_detail` of which one names the neighbour (LLDPNeighborDetailDict). */
const DETAIL_KEYS: readonly string[] = ['remote_chassis_id', 'remote_system_name', 'remote_system_description']

/** Whether a record is a neighbour of `get_lldp_neighbors_detail`, or of `get_lldp_neighbors` (`{"hostname", "port"}` alone). */
function isNeighbor(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false
  if (DETAIL_KEYS.some((k) => k in v) && 'remote_port' in v) return true
  const keys = Object.keys(v)
  return keys.length === 2 && typeof v['hostname'] === 'string' && 'port' in v
}

/** Whether a record is an interface of `get_interfaces` (InterfaceDict). */
function isInterface(v: unknown): v is Record<string, unknown> {
  return isObject(v) && 'mac_address' in v && 'is_up' in v && 'is_enabled' in v
}

/** Whether every value of a non-empty object passes `test`. */
function everyValue(value: Record<string, unknown>, test: (v: unknown) => boolean): boolean {
  let n = 0
  for (const k in value) {
    if (!test(value[k])) return false
    n++
  }
  return n > 0
}

/** Whether an object is the answer of `get_lldp_neighbors(_detail)`: interfaces, each a list of neighbours (one at least in the answer). */
export function isNapalmNeighbors(value: Record<string, unknown>): boolean {
  let any = false
  const ok = everyValue(value, (list) => {
    if (!Array.isArray(list) || !list.every(isNeighbor)) return false
    if (list.length > 0) any = true
    return true
  })
  return ok && any
}

/** Whether an object is the answer of `get_interfaces`: interfaces keyed by name. */
export function isNapalmInterfaces(value: Record<string, unknown>): boolean {
  return everyValue(value, isInterface)
}

/** The getters whose answers this file reads when saved together, keyed by the getter's name. */
const READ_GETTERS: readonly string[] = ['get_facts', 'get_interfaces', 'get_lldp_neighbors_detail', 'get_lldp_neighbors', 'get_arp_table', 'get_ipv6_neighbors_table', 'get_mac_address_table']

/**
 * Whether an object holds the answers of several getters under their names, as Nornir's
 * `napalm_get` task returns them (`{"get_facts": {...}, "get_interfaces": {...}, "get_arp_table":
 * [...]}`) and NetBox's NAPALM endpoint answers (`/api/dcim/devices/{id}/napalm/?method=get_facts`:
 * `{"get_facts": {...}}`, as pynetbox documents it): every key a getter's name, one of them read here.
 */
function isNapalmGetters(value: Record<string, unknown>): boolean {
  let read = false
  for (const k in value) {
    if (!/^get_[a-z0-9_]+$/.test(k)) return false
    if (READ_GETTERS.includes(k)) read = true
  }
  return read
}

/** Whether an object holds the getters' answers of several hosts under the hosts' names (`{"sw1": {"get_facts": ...}}`, a Nornir run's results saved by host). */
function isNapalmHosts(value: Record<string, unknown>): boolean {
  return everyValue(value, (v) => isObject(v) && isNapalmGetters(v))
}

/** Whether an object is one of the answers of NAPALM's getters this file reads. */
export function isNapalmAnswer(value: Record<string, unknown>): boolean {
  return isNapalmNeighbors(value) || isNapalmInterfaces(value) || isNapalmGetters(value) || isNapalmHosts(value)
}

/** The MACs of the interfaces of `get_interfaces`, without repeats. */
function interfaceMacs(value: Record<string, unknown>): string[] {
  const macs: string[] = []
  for (const k in value) {
    const text = (value[k] as Record<string, unknown>)['mac_address']
    const mac = typeof text === 'string' ? parseMac(text.trim()) : undefined
    // Interfaces without a MAC of their own (loopbacks, tunnels) are written `""` or `"None"`, and some with the all-zero MAC.
    if (mac === undefined || mac === 0) continue
    const formatted = formatMac(mac)
    if (!macs.includes(formatted)) macs.push(formatted)
  }
  return macs
}

/**
 * Hands on the devices of one host's getters (see `isNapalmGetters`): the host itself, from
 * `get_facts` (its `hostname`, else the host's name in the results, else the file's) with the MACs
 * of its `get_interfaces`; the neighbours of its LLDP getter (the detailed one when both are
 * there); and the entries of its address tables, gathered by MAC as the other address tables
 * are, but for the host's own MACs (its interfaces' entries in its ARP table are the host).
 */
function emitGetters(value: Record<string, unknown>, at: SourceLocation, sink: RowSink, host: string | undefined): void {
  const facts = isObject(value['get_facts']) ? { ...value['get_facts'] } : undefined
  const interfaces = value['get_interfaces']
  const own = isObject(interfaces) && isNapalmInterfaces(interfaces) ? interfaceMacs(interfaces) : []
  if (facts !== undefined || own.length > 0) {
    const record: Record<string, unknown> = facts ?? {}
    if (typeof record['hostname'] !== 'string' || record['hostname'].trim() === '') record['hostname'] = host ?? fileStem(at.file).replace(/^<(.*)>$/, '$1')
    if (own.length > 0) record['macs'] = own
    sink.row(record, { ...at, path: [...(at.path ?? []), facts !== undefined ? 'get_facts' : 'get_interfaces'] })
  }
  const lldp = ['get_lldp_neighbors_detail', 'get_lldp_neighbors'].find((k) => isObject(value[k]) && isNapalmNeighbors(value[k] as Record<string, unknown>))
  if (lldp !== undefined) emitNeighbors(value[lldp] as Record<string, unknown>, { ...at, path: [...(at.path ?? []), lldp] }, sink)
  const ownSet = new Set(own)
  for (const k of ['get_arp_table', 'get_ipv6_neighbors_table', 'get_mac_address_table']) {
    const table = value[k]
    if (!Array.isArray(table)) continue
    table.forEach((entry, i) => {
      const mac = isObject(entry) && typeof entry['mac'] === 'string' ? parseMac(entry['mac'].trim()) : undefined
      if (mac !== undefined && ownSet.has(formatMac(mac))) return
      sink.row(entry, { ...at, path: [...(at.path ?? []), k, i] })
    })
  }
}

/** Hands the devices of a NAPALM answer (`isNapalmAnswer`) to the sink. */
export function emitNapalmAnswer(value: Record<string, unknown>, at: SourceLocation, sink: RowSink): void {
  if (isNapalmNeighbors(value)) return emitNeighbors(value, at, sink)
  if (isNapalmGetters(value)) return emitGetters(value, at, sink, undefined)
  if (!isNapalmInterfaces(value)) {
    for (const host in value) emitGetters(value[host] as Record<string, unknown>, { ...at, path: [...(at.path ?? []), host] }, sink, host)
    return
  }
  const macs = interfaceMacs(value)
  if (macs.length === 0) {
    sink.diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file: at.file, line: at.line ?? 1 }, problem: "it is the answer of NAPALM's get_interfaces, which names no device and none of whose interfaces has a MAC: save get_facts for the device instead", wellFormed: true })
    return
  }
  sink.row({ id: fileStem(at.file).replace(/^<(.*)>$/, '$1'), macs }, at)
}

function emitNeighbors(value: Record<string, unknown>, at: SourceLocation, sink: RowSink): void {
  const table = new NeighborTable()
  for (const port in value) {
    ;(value[port] as Record<string, unknown>[]).forEach((r, i) => {
      const n = emptyNeighbor()
      const text = (k: string): string | undefined => (typeof r[k] === 'string' ? valueOf(r[k]) : undefined)
      const sysName = text('remote_system_name') ?? text('hostname')
      if (sysName !== undefined) n.sysName = sysName
      const chassis = text('remote_chassis_id')
      if (chassis !== undefined) n.chassisId = { value: chassis }
      const descr = text('remote_system_description')
      if (descr !== undefined) n.sysDescr = descr
      table.add(n, { ...at, path: [port, i] })
    })
  }
  table.emit(sink)
}

/**
 * The keys of an entry of NAPALM's address tables besides its `mac`: `get_arp_table`
 * (ARPTableDict: `interface`, `mac`, `ip`, `age`), `get_ipv6_neighbors_table` (IPV6NeighborDict:
 * and `state`) and `get_mac_address_table` (MACAdressTable: `interface`, `vlan`, `static`,
 * `active`, `moves`, `last_move`).
 */
const ADDRESS_ENTRY_KEYS: ReadonlySet<string> = new Set(['ip', 'interface', 'age', 'state', 'vlan', 'static', 'active', 'moves', 'last_move'])

/** The MAC of an entry of NAPALM's address tables, else undefined (any other record). */
function addressEntryMac(value: Record<string, unknown>): number | undefined {
  const mac = value['mac']
  if (typeof mac !== 'string' || !('interface' in value)) return undefined
  for (const k in value) if (k !== 'mac' && !ADDRESS_ENTRY_KEYS.has(k)) return undefined
  return parseMac(mac.trim())
}

/**
 * A sink that gathers the entries of NAPALM's address tables by MAC, as the text of an ARP or MAC
 * address table is read (addresses.ts): one device per MAC with its addresses, handed on at
 * `flush`. Read one record a device, each entry became a device known by its IP address (`ip` is
 * a name), and a MAC seen with two addresses two devices, while a second MAC of one address (an
 * address that moved) was skipped as a repeated id; an entry of the MAC address table, which has
 * no address, was refused as a device without an id. Every other record goes on as it came.
 */
export class AddressEntrySink implements RowSink {
  private readonly inner: RowSink
  private readonly entries = new MacEntries()

  constructor(inner: RowSink) {
    this.inner = inner
  }

  get diagnostics(): Diagnostic[] {
    return this.inner.diagnostics
  }

  row(input: unknown, at: SourceLocation): void {
    const mac = isObject(input) ? addressEntryMac(input) : undefined
    if (mac === undefined) return this.inner.row(input, at)
    const ip = (input as Record<string, unknown>)['ip']
    this.entries.add(mac, typeof ip === 'string' && isAddress(ip.trim()) ? [ip.trim()] : [], undefined, at)
  }

  device(device: Device | undefined, at: SourceLocation, byName?: boolean): void {
    this.inner.device(device, at, byName)
  }

  /** Hands the devices of the entries gathered on. */
  flush(): void {
    this.entries.emit(this.inner)
  }
}
