/**
 * Neighbour tables (LLDP and CDP) as inventories: each neighbour a switch or router saw is a
 * device. The readers of each table (lldpd's JSON and XML in lldpd.ts, the text of Cisco, Huawei
 * and H3C commands in lldp-text.ts) give `LldpNeighbor`s in LLDP's own terms; `NeighborTable`
 * merges the repeated ones and turns each into the device shape.
 */
import { formatMac, parseMac } from '../catalog/mac.js'
import { MANUFACTURERS } from '../catalog/manufacturers.js'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { RowSink } from './rows.js'

/** One neighbour as a table gives it, in LLDP's terms (CDP's fields are mapped onto them). */
export type LldpNeighbor = {
  /** The chassis id, and its subtype when the table names it (`mac`, `macAddress`, `local`, ...). */
  chassisId?: { subtype?: string; value: string }
  /** System Name (CDP: the Device ID). */
  sysName?: string
  /** System Description (CDP: the Version text). */
  sysDescr?: string
  /** CDP's Platform: maker and model (`cisco WS-C2960X-48FPD-L`), or the model alone (`N9K-C9372TX`). */
  platform?: string
  /** Management addresses, the preferred first. */
  addresses: string[]
  /** MACs other than the chassis id: CDP's Peer Source MAC, a management address of type all802. */
  macs: string[]
  /** LLDP-MED inventory. */
  inventory: { manufacturer?: string; model?: string; serial?: string; software?: string; firmware?: string }
}

/**
 * One sighting of a neighbour as a reader gives it: the neighbour, where its entry starts, and the
 * device whose table lists it when the output names that device (the prompt line of a saved session,
 * lldpd's local chassis). The inventory merges sightings into devices; the topology importer makes
 * each one a link between the device that saw the neighbour and the neighbour.
 */
export type NeighborRecord = { neighbor: LldpNeighbor; at: SourceLocation; local?: string }

/** A new, empty neighbour. */
export function emptyNeighbor(): LldpNeighbor {
  return { addresses: [], macs: [], inventory: {} }
}

/**
 * Values tables write for a field they do not know: Huawei's `NA` and `--`, lldpd's empty
 * strings, Cisco's `not advertised`.
 */
const NO_VALUE = /^(?:|-+|NA|N\/A|not advertised|unknown)$/i

/** A value as written, trimmed, or undefined when the table says it has none. */
export function valueOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const v = text.trim()
  return NO_VALUE.test(v) ? undefined : v
}

/** Chassis id subtypes that say the id is a MAC (lldpd `mac`, Huawei `macAddress` or `MAC address`, Arista `MAC address (4)`). */
const MAC_SUBTYPE = /^mac\s*(?:address)?(?:\s*\(4\))?$/i

/** The chassis id as a MAC when its subtype says so, or it has none and reads as one (Cisco's `7c25.86c9.aaaa`). */
function chassisMac(id: LldpNeighbor['chassisId']): string | undefined {
  if (id === undefined) return undefined
  if (id.subtype !== undefined && !MAC_SUBTYPE.test(id.subtype.trim())) return undefined
  const mac = parseMac(id.value.trim())
  return mac === undefined ? undefined : formatMac(mac)
}

/**
 * The id a neighbour is known by, as a device of the inventory and as a node of the topology: its
 * system name, else its chassis MAC, else its chassis id, else its first management address
 * (undefined when it has none of them, and is then not read).
 */
export function neighborKey(neighbor: LldpNeighbor): string | undefined {
  return neighbor.sysName ?? chassisMac(neighbor.chassisId) ?? valueOf(neighbor.chassisId?.value) ?? neighbor.addresses[0]
}

/**
 * The host part of a device's name, to tell the names one device goes by apart from those of
 * others: without a CDP Device ID's serial number (`leaf-03(FDO21120XYZ)`) or a domain
 * (`sw1.example.net`), lower-cased.
 */
export function hostPart(name: string): string {
  return name.replace(/\([^()]*\)$/, '').split('.')[0]!.toLowerCase()
}

/** Lower-case one-word names and aliases of the catalog's manufacturers: the maker words of a CDP Platform. */
let makerWords: ReadonlySet<string> | undefined

function isMakerWord(word: string): boolean {
  makerWords ??= new Set(MANUFACTURERS.flatMap((m) => [m.name, ...m.aliases]).filter((n) => !/\s/.test(n)).map((n) => n.toLowerCase()))
  return makerWords.has(word.toLowerCase())
}

/**
 * CDP's Platform as manufacturer and model: `cisco WS-C2960X-48FPD-L`, `HUAWEI S5720-28X-SI-AC`
 * and `Cisco IP Phone 7945` start with the maker's name; Nexus switches write the model alone
 * (`N9K-C9372TX`), hosts their system (`Linux`, `VMware`). The first word is the maker only when
 * the catalog knows it as one; otherwise the whole text is the model.
 */
export function splitPlatform(platform: string): { manufacturer?: string; model?: string } {
  const m = /^(\S+)\s+(\S.*)$/.exec(platform)
  if (m !== null && isMakerWord(m[1]!)) return { manufacturer: m[1]!, model: m[2]! }
  return isMakerWord(platform) ? { manufacturer: platform } : { model: platform }
}

/** A neighbour merged from every time it was seen, with where it was first seen. */
type Entry = { at: SourceLocation; neighbor: LldpNeighbor; macs: string[] }

/** Appends the values of `from` that `to` lacks. */
function addAll(to: string[], from: readonly string[]): void {
  for (const v of from) if (!to.includes(v)) to.push(v)
}

/**
 * The neighbours of one file, merged by device: the same chassis seen on two ports, or by two
 * switches whose outputs were saved to one file, is one device. A neighbour is known by its system
 * name, else by its chassis MAC, else by its chassis id, else by its first management address;
 * the first value seen of each field is kept, MACs and addresses are collected.
 */
export class NeighborTable {
  private readonly entries = new Map<string, Entry>()

  add(neighbor: LldpNeighbor, at: SourceLocation): void {
    const id = neighborKey(neighbor)
    if (id === undefined) return
    const mac = chassisMac(neighbor.chassisId)
    const macs = mac === undefined ? [] : [mac]
    for (const m of neighbor.macs) {
      const parsed = parseMac(m)
      if (parsed !== undefined) addAll(macs, [formatMac(parsed)])
    }
    const seen = this.entries.get(id)
    if (seen === undefined) {
      this.entries.set(id, { at, neighbor: { ...neighbor, addresses: [...neighbor.addresses], inventory: { ...neighbor.inventory } }, macs })
      return
    }
    const n = seen.neighbor
    n.sysName ??= neighbor.sysName
    n.sysDescr ??= neighbor.sysDescr
    n.platform ??= neighbor.platform
    addAll(n.addresses, neighbor.addresses)
    addAll(seen.macs, macs)
    const inv = n.inventory
    for (const k of ['manufacturer', 'model', 'serial', 'software', 'firmware'] as const) inv[k] ??= neighbor.inventory[k]
  }

  /** Hands every device to the sink, in the order they were first seen. */
  emit(sink: RowSink): void {
    for (const [id, { at, neighbor, macs }] of this.entries) sink.row(toDeviceInput(id, neighbor, macs), at)
    this.entries.clear()
  }
}

/**
 * A merged neighbour in the device shape: its system name (else the first management address)
 * the name; the LLDP-MED inventory's manufacturer, model and serial, else those CDP's Platform
 * names; the system description the sysDescr; the software revision (else the firmware's) the
 * firmware version. Capabilities (Router, Bridge, WLAN) are not read: roles are the user's.
 */
function toDeviceInput(id: string, n: LldpNeighbor, macs: string[]): Record<string, unknown> {
  const platform = n.platform === undefined ? {} : splitPlatform(n.platform)
  const device: Record<string, unknown> = { id }
  const name = n.sysName ?? n.addresses[0]
  if (name !== undefined) device['name'] = name
  const manufacturer = n.inventory.manufacturer ?? platform.manufacturer
  if (manufacturer !== undefined) device['manufacturer'] = manufacturer
  const model = n.inventory.model ?? platform.model
  if (model !== undefined) device['model'] = model
  if (n.inventory.serial !== undefined) device['serial'] = n.inventory.serial
  if (macs.length > 0) device['macs'] = macs
  if (n.sysDescr !== undefined) device['snmp'] = { sysDescr: n.sysDescr }
  const version = n.inventory.software ?? n.inventory.firmware
  if (version !== undefined) device['firmware'] = version
  return device
}
