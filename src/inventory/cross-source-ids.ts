/**
 * Device ids across the sources of one inventory: several files read as one, or the sheets of one
 * workbook. Within a source the reader tells a repeated id; this tells one an earlier source used.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { Device } from '../domain/device.js'
import { deviceMacHashes, deviceMacsHash, identityHash, serialHash } from './device-identity.js'
import { DuplicateIndex } from './duplicate-index.js'
import { addressesIn } from './addresses.js'
import type { InventoryBatch } from './rows.js'

/**
 * Each device id with the source and line that used it first. A device whose id an earlier source
 * used is the same device listed again, skipped, unless it names a serial, or MACs, and an earlier
 * device of that id names another serial, or other MACs, none of them the same: then it is another
 * device that was given the same name (a folder of SNMP walks, one file per switch, of switches that
 * all kept the factory sysName `HUAWEI`), read under a new id (`renames`: its file's name,
 * `HUAWEI/10.0.0.2.txt`, or its sheet's), as the walks of one file are told apart by their order. So
 * is a walk without sysName, whose id is its order in its file (`walk-1`), unless its serial or MACs
 * are those of the earlier one. A device of a later file under another id that has the MAC of an
 * earlier file's device is told (`shared_mac_other_id`), and still read.
 */
export class CrossSourceIds {
  private readonly index = new DuplicateIndex()
  /**
   * By the number `index` keeps (1-based): the source (file and sheet) and the line of the device,
   * and a 32-bit hash of its serial and of its MACs (0: it names none; see device-identity.ts),
   * written in order. Compared only when an id comes again, with the devices of that id: a table
   * keyed by id and serial cost every device two more random probes, and a run over two big CSVs
   * half as long again as one file.
   */
  private placeOf = new Int32Array(1 << 10)
  private lineOf = new Int32Array(1 << 10)
  private serialOf = new Uint32Array(1 << 10)
  private macsOf = new Uint32Array(1 << 10)
  /**
   * The hash of each MAC of each device, in order (`deviceMacHashes`), from `macStart[n]` up to the
   * next device's start: a device that shares a MAC with an earlier one of its id is that device
   * (a switch's own walk, whose interfaces' MACs hold the chassis MAC that a neighbour table gave
   * alone), where the hashes of their sets differ. About 4 bytes a device and 4 a MAC.
   */
  private macStart = new Int32Array(1 << 10)
  private macPool = new Uint32Array(1 << 10)
  private pooled = 0
  /**
   * The first device (its number) of each MAC hash, up to `MAX_MAC_OWNERS` MACs: a device of a later
   * file under another id with one of them is told (`shared_mac_other_id`).
   */
  private readonly macOwner = new Map<number, number>()
  /** The id of each device whose MAC is in `macOwner`, by its number. */
  private readonly idOf = new Map<number, string>()
  private count = 1
  /** The sources met, each a file and a sheet of it (a workbook's), by their number in `placeOf`. */
  private readonly places: SourceLocation[] = []
  /** The number of each source in `places`, by its file (and sheet). */
  private readonly placeNumbers = new Map<string, number>()
  /** The numbers of the devices read under a new name, by the number of the first device of their id. */
  private readonly renamedOf = new Map<number, number[]>()
  /** The new id of each device read under a new name, by its number. */
  private readonly renamedIds = new Map<number, string>()
  /**
   * Where a MAC in `macOwner` was given, by its hash (a serial in `serialOwner`: by -1 minus the
   * number of its device), when that is not where its device was read:
   * the MACs of a device's later file whose lines were not read (its walk, after the inventory
   * row of its serial), so that a message points to the file that gave the MAC.
   */
  private readonly macSeen = new Map<number, SourceLocation>()
  /**
   * The first device (its number) of each serial, up to `MAX_MAC_OWNERS`: a device of a later file
   * under another id with that serial is told (`shared_serial_other_id`): an export that names
   * devices by their ids (NetBox's `ID`) and a walk that names one by its sysName. Kept as text (in
   * upper case), not as a hash: one false tie would be told as one device counted twice.
   */
  private readonly serialOwner = new Map<string, number>()
  /**
   * The first device (its number) of each management address, up to `MAX_MAC_OWNERS`: its
   * `addresses`, or its id or name when that is an address. A device of a later file under another
   * id with that address is told (`shared_address_other_id`): an export that names a device by its
   * name beside its address, and a scan or an ARP table that names it by that address.
   */
  private readonly addressOwner = new Map<string, number>()
  /** The pairs of devices (their numbers, `a,b` with a < b) told to share a MAC, told once. */
  private readonly toldPairs = new Set<string>()
  /**
   * The devices (their numbers) told to be one of another id: each is told once, so that the count
   * of devices read under two ids holds it once (a scan's host told by its MAC to be a walk's
   * switch, whose ARP table line then has the address of the export's row of it).
   */
  private readonly toldNumbers = new Set<number>()
  private readonly renames: (id: string, at: SourceLocation) => readonly string[]
  private readonly merge: boolean

  /**
   * `renames` gives the ids to try, in order, for another device read under a used id at `at`.
   * `merge` (`--merge`): a device of a used id that is the same device is kept, under the id of
   * the device it is (a renamed one's new id), for `mergeDevices` to merge, and devices of other
   * ids that share a MAC, serial or address are not told (they are merged).
   */
  constructor(renames: (id: string, at: SourceLocation) => readonly string[], options: { merge?: boolean } = {}) {
    this.renames = renames
    this.merge = options.merge === true
  }

  /** Drops from `batch` the devices whose id an earlier source used, saying so, and renames those that differ. */
  filter(batch: InventoryBatch): void {
    let kept = 0
    for (let i = 0; i < batch.devices.length; i++) {
      let device = batch.devices[i]!
      const at = batch.locations[i]!
      const serial = serialHash(device)
      const macs = deviceMacsHash(device)
      const macList = deviceMacHashes(device)
      const number = this.count
      const first = this.index.check(device.id, number)
      if (first !== undefined) {
        // The same device listed again: an earlier device of its id has its serial, or one of its MACs.
        const ofId = [first, ...(this.renamedOf.get(first) ?? [])]
        const bySerial = serial !== 0 ? ofId.find((n) => this.serialOf[n] === serial) : undefined
        const byMacs = bySerial === undefined && macs !== 0 ? ofId.find((n) => this.macsOf[n] === macs || this.sharesMac(n, macList)) : undefined
        const again = bySerial ?? byMacs
        const differ = again !== undefined ? undefined
          : serial !== 0 && this.serialOf[first] !== 0 ? 'serial' as const
            : macs !== 0 && this.macsOf[first] !== 0 ? 'macs' as const
              : isWalkOrder(device) ? 'walk_order' as const : undefined
        const renamed = differ === undefined ? undefined : this.freeId(device.id, at)
        // (Another device for which no new id is free is skipped, as without --merge.)
        if (differ === undefined && this.merge) {
          const keptId = this.renamedIds.get(again ?? first)
          batch.devices[kept] = keptId === undefined ? device : { ...device, id: keptId }
          batch.locations[kept++] = at
          continue
        }
        if (renamed === undefined) {
          const same = bySerial !== undefined ? 'serial' as const : byMacs !== undefined ? 'macs' as const : undefined
          batch.diagnostics.push({ code: 'duplicate_device', severity: 'warning', at, id: device.id, first: this.locationOf(again ?? first), ...(same !== undefined ? { same } : {}) })
          // Its lines are not read, but its MACs are the kept device's: a scan or an address table
          // that names the device by its address is then told to be it (a switch's walk, skipped
          // for the inventory row of its serial, holds the MAC the scan saw).
          this.relate(batch, device, at, again ?? first)
          continue
        }
        batch.diagnostics.push({ code: 'repeated_id_renamed', severity: 'warning', at, id: device.id, first: this.locationOf(first), differ: differ!, renamed })
        device = { ...device, id: renamed }
        this.renamedIds.set(number, renamed)
        const list = this.renamedOf.get(first)
        if (list === undefined) this.renamedOf.set(first, [number])
        else list.push(number)
      }
      const place = this.placeAt(at)
      if (!this.merge) this.relate(batch, device, at)
      this.add(place, at.line ?? 0, serial, macs, macList)
      batch.devices[kept] = device
      batch.locations[kept++] = at
    }
    batch.devices.length = kept
    batch.locations.length = kept
  }

  /** The number of the source of `at` (its file and sheet), the last one's without a search. */
  private placeAt(at: SourceLocation): number {
    const last = this.places.length - 1
    const place = this.places[last]
    if (place !== undefined && place.file === at.file && place.sheet === at.sheet) return last
    // A folder of captures is thousands of files: they are found by name, not by a search through them.
    const key = at.sheet === undefined ? at.file : `${at.file}\u0000${at.sheet}`
    const known = this.placeNumbers.get(key)
    if (known !== undefined) return known
    this.places.push(at.sheet === undefined ? { file: at.file } : { file: at.file, sheet: at.sheet })
    this.placeNumbers.set(key, last + 1)
    return last + 1
  }

  /** Records the next device (number `count`), growing the arrays by doubling. */
  private add(place: number, line: number, serial: number, macs: number, macList: readonly number[]): void {
    if (this.count === this.placeOf.length) {
      const grow = <T extends Int32Array | Uint32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2)
        b.set(a)
        return b
      }
      this.placeOf = grow(this.placeOf)
      this.lineOf = grow(this.lineOf)
      this.serialOf = grow(this.serialOf)
      this.macsOf = grow(this.macsOf)
    }
    const n = this.count++
    // The start of the device after it marks the end of its MACs.
    if (n + 1 >= this.macStart.length) {
      const b = new Int32Array(this.macStart.length * 2)
      b.set(this.macStart)
      this.macStart = b
    }
    this.macStart[n] = this.pooled
    if (this.pooled + macList.length > this.macPool.length) {
      const b = new Uint32Array(Math.max(this.macPool.length * 2, this.pooled + macList.length))
      b.set(this.macPool)
      this.macPool = b
    }
    for (const h of macList) this.macPool[this.pooled++] = h
    this.macStart[n + 1] = this.pooled
    this.placeOf[n] = place
    this.lineOf[n] = line
    this.serialOf[n] = serial
    this.macsOf[n] = macs
  }

  /**
   * Tells a device that has the MAC of an earlier file's device of another id (the first such MAC),
   * and records the device's MACs not seen before. Virtual routers' MACs (VRRP, HSRP), which two
   * routers answer for, tell nothing; nor do the sheets of one workbook, told apart as one file.
   */
  private relate(batch: InventoryBatch, device: Device, at: SourceLocation, kept?: number): void {
    // A device skipped as one read before (`kept`) adds its MACs to that one's, under that one's id.
    const number = kept ?? this.count
    const id = kept === undefined ? device.id : this.renamedIds.get(kept) ?? device.id
    let told = false
    let recorded = false
    const serial = tieSerial(device.serial)
    if (serial !== undefined) {
      const owner = this.serialOwner.get(serial)
      if (owner === undefined) {
        if (this.serialOwner.size < MAX_MAC_OWNERS) {
          this.serialOwner.set(serial, number)
          if (kept !== undefined) this.macSeen.set(-1 - number, at)
          recorded = true
        }
      } else if (owner !== number) {
        const tie = this.tie(owner, number, id, at, -1 - owner)
        if (tie !== undefined) {
          batch.diagnostics.push({ code: 'shared_serial_other_id', severity: 'warning', at, id, serial: device.serial!.trim(), ...tie })
          told = true
        }
      }
    }
    for (const mac of device.macs ?? []) {
      if (VIRTUAL_ROUTER_MAC.test(mac)) continue
      const hash = identityHash(mac.toLowerCase().replace(/[^0-9a-f]/g, ''))
      if (hash === 0) continue
      const owner = this.macOwner.get(hash)
      if (owner === undefined) {
        if (this.macOwner.size < MAX_MAC_OWNERS) {
          this.macOwner.set(hash, number)
          if (kept !== undefined) this.macSeen.set(hash, at)
          recorded = true
        }
        continue
      }
      if (told || owner === number) continue
      const tie = this.tie(owner, number, id, at, hash)
      if (tie === undefined) continue
      batch.diagnostics.push({ code: 'shared_mac_other_id', severity: 'warning', at, id, mac, ...tie })
      told = true
    }
    for (const address of tiedAddresses(device)) {
      const owner = this.addressOwner.get(address)
      if (owner === undefined) {
        if (this.addressOwner.size < MAX_MAC_OWNERS) {
          this.addressOwner.set(address, number)
          recorded = true
        }
        continue
      }
      if (told || owner === number) continue
      const tie = this.tie(owner, number, id, at)
      if (tie === undefined) continue
      batch.diagnostics.push({ code: 'shared_address_other_id', severity: 'warning', at, id, address, ...tie })
      told = true
    }
    if (recorded && !this.idOf.has(number)) this.idOf.set(number, id)
  }

  /**
   * The device `owner` of another id and file that device `number` (id `id`, at `at`) shares a MAC
   * or serial with (`key`, in `macSeen`), to tell, or undefined: the same file, the same id, or a
   * pair told before (an address table's line of a host the scan named and told).
   */
  private tie(owner: number, number: number, id: string, at: SourceLocation, key?: number):
    { other: string; first: SourceLocation; seen?: SourceLocation } | undefined {
    const seen = key === undefined ? undefined : this.macSeen.get(key)
    if ((seen ?? this.places[this.placeOf[owner]!]!).file === at.file) return undefined
    const other = this.idOf.get(owner)
    if (other === undefined || other === id) return undefined
    const pair = owner < number ? `${owner},${number}` : `${number},${owner}`
    if (this.toldPairs.has(pair) || this.toldNumbers.has(number)) return undefined
    this.toldPairs.add(pair)
    this.toldNumbers.add(number)
    return { other, first: this.locationOf(owner), ...(seen !== undefined ? { seen } : {}) }
  }

  /** True when device `number` has one of the MACs hashed in `macList`. */
  private sharesMac(number: number, macList: readonly number[]): boolean {
    const end = this.macStart[number + 1]!
    for (let i = this.macStart[number]!; i < end; i++) if (macList.includes(this.macPool[i]!)) return true
    return false
  }

  /** Where the device of number `number` was read: a workbook's rows are at a sheet's rows (`assets.xlsx:Switches!2`). */
  private locationOf(number: number): SourceLocation {
    const line = this.lineOf[number]!
    const place = this.places[this.placeOf[number]!]!
    return line > 0 ? { ...place, line } : place
  }

  /** The first of `renames` that no device has (it is then taken), or undefined. */
  private freeId(id: string, at: SourceLocation): string | undefined {
    for (const candidate of new Set(this.renames(id, at))) {
      if (this.index.check(candidate, this.count) === undefined) return candidate
    }
    return undefined
  }
}

/**
 * The serial that ties a device to one of another id, in upper case, or undefined for none that
 * can: a short one, or one with spaces (the DMI texts left in many PCs and servers, `To be filled
 * by O.E.M.`, `System Serial Number`, `Default string`), which unrelated devices share.
 */
export function tieSerial(serial: string | undefined): string | undefined {
  const s = serial?.trim().toUpperCase()
  return s === undefined || s.length < 5 || /\s/.test(s) ? undefined : s
}

/**
 * The management addresses that tie a device to one of another id: its `addresses` and its id and
 * name where they are an address (a scan's host, an ARP table's entry). Not the addresses every
 * host has or that name no one host: unspecified, loopback, link-local (169.254/16, fe80::/10),
 * broadcast and multicast.
 */
export function tiedAddresses(device: Device): string[] {
  let found = addressesIn(device.id)
  if (device.name !== undefined) found = addressesIn(device.name, found)
  for (const a of device.addresses ?? []) found = addressesIn(a, found)
  return found === undefined ? [] : found.filter((a) => !UNTIED_ADDRESS.test(a))
}

/** Addresses no one device is known by (see `tiedAddresses`). */
const UNTIED_ADDRESS = /^(?:0\.|127\.|169\.254\.|2(?:2[4-9]|[3-5]\d)\.|::1?$|fe[89ab][0-9a-f]:|ff[0-9a-f]{2}:)/

/** MACs (and serials) recorded to tell one device under two ids: about 80 bytes each, 20 MB at most. */
const MAX_MAC_OWNERS = 1 << 18

/** The MACs of virtual routers, which the routers of a pair both answer for: VRRP (RFC 5798) and HSRP. */
export const VIRTUAL_ROUTER_MAC = /^(?:00[:.-]?00[:.-]?5e[:.-]?00[:.-]?0[12]|00[:.-]?00[:.-]?0c[:.-]?07[:.-]?ac|00[:.-]?00[:.-]?0c[:.-]?9f[:.-]?f)/i

/**
 * True for the id an SNMP walk without sysName has, its order in its file (`walk-1`): the first
 * walk of each file of a folder of walks is `walk-1`, a different device in each, also a walk of
 * the interfaces' MACs alone (`snmpwalk ... ifPhysAddress > 10.0.0.5.txt`), which has no system
 * group to read.
 */
function isWalkOrder(device: Device): boolean {
  return device.name === undefined && /^walk-\d+$/.test(device.id)
}
