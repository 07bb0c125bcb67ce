import { basename } from 'node:path'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { formatDiagnostic, formatDiagnosticMessage } from '../diagnostics/format.js'
import { TrustpathError } from '../errors.js'
import { deviceMacHashes, deviceMacsHash, identityHash, serialHash } from '../inventory/device-identity.js'
import { DuplicateIndex } from '../inventory/parse.js'
import type { InventoryBatch, InventoryFormat } from '../inventory/rows.js'
import type { Device } from '../domain/device.js'
import { STDIN_FILE, statInventory } from '../io/inventory-file.js'
import type { InventoryInput } from '../io/inventory-files.js'
import { listInventories } from '../io/inventory-files.js'
import { readInventory, throwAtFirstError, type ReadInventoryOptions } from '../io/read-inventory.js'
import { println, type CliContext } from './context.js'
import { startProgress } from './progress.js'

/** Inventory options shared by the commands that read one. */
export type InventoryOptions = { inputFormat?: InventoryFormat; sheet?: string; strict?: boolean; quiet?: boolean; duplicateCheck?: boolean }

/** An inventory being read: its batches, a progress hook and a hook to call when done. */
export type InventorySourceHandle = {
  /** The files read, in order (`<stdin>` for standard input): those named, and those found in the directories named. */
  files: readonly string[]
  batches: AsyncGenerator<InventoryBatch>
  progress(devices: number): void
  done(): void
}

/** The refusal of an inventory that holds no devices, told before anything is written. */
export function emptyInventoryError(at: SourceLocation): TrustpathError {
  return new TrustpathError('input_invalid', 'the inventory holds no devices (an empty file, or a header line only)', {
    at, hint: 'Check that the export or scan worked, and that this is the file it wrote.',
  })
}

/**
 * Opens the inventories given (paths, directories, or `-` for standard input) with a progress bar
 * on a terminal: one file as `openOne` reads it, several one after another (`openMany`).
 */
export async function openInventory(ctx: CliContext, paths: string | readonly string[], opts: InventoryOptions): Promise<InventorySourceHandle> {
  const inputs = await listInventories(typeof paths === 'string' ? [paths] : paths)
  if (inputs.length === 1 && inputs[0]!.foundIn === undefined) return openOne(ctx, inputs[0]!.path, opts)
  return openMany(ctx, inputs, opts)
}

/** What the reader of each file takes of the command's options (`--strict` aside). */
function readOptions(ctx: CliContext, opts: InventoryOptions): ReadInventoryOptions {
  return {
    ...(opts.inputFormat !== undefined ? { format: opts.inputFormat } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.duplicateCheck === false ? { detectDuplicates: false } : {}),
    stdin: ctx.stdin,
  }
}

/** Opens one inventory file (or `-` for standard input): a file refused at its start is refused here. */
async function openOne(ctx: CliContext, path: string, opts: InventoryOptions): Promise<InventorySourceHandle> {
  const stat = await statInventory(path)
  const bar = startProgress(ctx, stat.totalBytes, opts.quiet)
  let bytes = 0
  const inner = readInventory(path, { ...readOptions(ctx, opts), ...(opts.strict ? { strict: true } : {}) })
  // The first batch is read now, before the command writes anything: a file refused at its start
  // (compressed, a workbook, binary, another tool's output, unreadable) then fails before a header
  // or an opening bracket reaches standard output.
  let first: IteratorResult<InventoryBatch>
  try {
    first = await inner.next()
    // The reader says `empty_input` once it has read the whole input and found no device in it:
    // that too is a refusal before any row, told as the others are, with nothing written.
    const empty = first.done !== true && first.value.devices.length === 0 ? first.value.diagnostics.find((d) => d.code === 'empty_input' && d.severity === 'error') : undefined
    if (empty !== undefined) {
      // What the reader said of the lines it could not take (a lease whose MAC is unreadable) tells why.
      for (const d of first.value.diagnostics) if (d !== empty) println(ctx.stderr, formatDiagnostic(d))
      throw emptyInventoryError(empty.at)
    }
  } catch (err) {
    bar.stop()
    throw err
  }
  async function* batches(): AsyncGenerator<InventoryBatch> {
    if (first.done) return
    bytes = first.value.bytes
    yield first.value
    for await (const batch of inner) {
      bytes = batch.bytes
      yield batch
    }
  }
  return {
    files: [stat.file],
    batches: batches(),
    progress: (devices) => bar.update(bytes, devices),
    done: () => bar.stop(),
  }
}

/**
 * Several inventory files read one after another as one inventory. A file refused at its start (or
 * from which no device is read) does not stop the others: a file named itself is an error, told
 * where it was met, and one found in a directory is skipped with a warning (a folder of captures
 * may hold a README). Ids are unique across the files: a device whose id an earlier file used is
 * skipped, as one repeated in its own file is. Nothing is written before the first device is read;
 * when no file holds one, the run is refused as a single empty inventory is.
 */
async function openMany(ctx: CliContext, inputs: readonly InventoryInput[], opts: InventoryOptions): Promise<InventorySourceHandle> {
  const sizes: (number | undefined)[] = []
  for (const input of inputs) sizes.push(input.path === '-' ? undefined : (await statInventory(input.path)).totalBytes)
  const total = sizes.every((n) => n !== undefined) ? sizes.reduce<number>((a, n) => a + n!, 0) : undefined
  const bar = startProgress(ctx, total, opts.quiet)
  const files = inputs.map((i) => (i.path === '-' ? STDIN_FILE : i.path))
  let bytes = 0
  const ids = opts.duplicateCheck === false ? undefined : new CrossFileIds(files)

  // --sheet names a worksheet of the workbooks among the files: the text files beside them are not
  // each warned about, only a run in which no file took it (see `SheetUse`).
  const sheet = opts.sheet === undefined ? undefined : new SheetUse(opts.sheet)

  async function* all(): AsyncGenerator<InventoryBatch> {
    let done = 0
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i]!
      sheet?.startFile()
      for await (const batch of readOneOfMany(input, files[i]!, opts, ctx)) {
        bytes = done + batch.bytes
        sheet?.filter(batch)
        if (ids !== undefined) ids.filter(batch, i)
        if (opts.strict) throwAtFirstError(batch)
        yield batch
      }
      sheet?.endFile()
      done += sizes[i] ?? 0
      bytes = done
    }
    const unused = sheet?.unused()
    if (unused !== undefined) yield { devices: [], locations: [], diagnostics: [unused], bytes }
  }

  // Batches are read ahead until the first device, so that a run in which no file holds one is
  // refused before anything is written (what was said of each file tells why).
  const inner = all()
  const ahead: InventoryBatch[] = []
  try {
    for (;;) {
      const next = await inner.next()
      if (next.done === true) break
      ahead.push(next.value)
      if (next.value.devices.length > 0) break
    }
    if (!ahead.some((b) => b.devices.length > 0)) {
      for (const b of ahead) for (const d of b.diagnostics) println(ctx.stderr, formatDiagnostic(d))
      // Located at the directory when its files are all that was read; not at the first of several named.
      const given = new Set(inputs.map((input, i) => input.foundIn ?? files[i]!))
      throw new TrustpathError('input_invalid', inputs.length === 1 ? 'the one file read holds no device' : `none of the ${inputs.length} files read holds a device`, {
        ...(given.size === 1 ? { at: { file: [...given][0]! } } : {}),
        hint: 'Check that the exports or scans worked and that these are the files meant (what was said of each file is above).',
      })
    }
  } catch (err) {
    bar.stop()
    throw err
  }
  async function* batches(): AsyncGenerator<InventoryBatch> {
    yield* ahead
    ahead.length = 0
    yield* inner
  }
  return { files, batches: batches(), progress: (devices) => bar.update(bytes, devices), done: () => bar.stop() }
}

/**
 * One file of several: its batches, with a refusal at its start made a diagnostic. A file found in
 * a directory from which no device is read gives one warning that says why, in place of what the
 * reader said of it (a README read as CSV misses every column).
 */
async function* readOneOfMany(input: InventoryInput, file: string, opts: InventoryOptions, ctx: CliContext): AsyncGenerator<InventoryBatch> {
  const foundIn = input.foundIn
  const severity = foundIn === undefined ? 'error' : 'warning'
  const skipped = (problem: string, more: { hint?: string; rows?: true }): Diagnostic =>
    ({ code: 'inventory_skipped', severity, at: { file }, problem, ...more, ...(foundIn !== undefined ? { foundIn } : {}) })
  // `--strict` is applied by `openMany`, which knows a file found in a directory from one named.
  const reader = readInventory(input.path, readOptions(ctx, opts))
  // A found file's diagnostics are held until it gives a device.
  const held: Diagnostic[] = []
  let devices = 0
  let last = 0
  try {
    for await (const batch of reader) {
      last = batch.bytes
      if (foundIn !== undefined && devices === 0 && batch.devices.length === 0) {
        held.push(...batch.diagnostics)
        continue
      }
      if (held.length > 0) batch.diagnostics.unshift(...held.splice(0))
      devices += batch.devices.length
      yield batch
    }
  } catch (err) {
    // --strict stops at a file named that is refused, not at one found in a directory (an archive
    // beside the captures), which is skipped as a README is.
    if (!(err instanceof TrustpathError) || (err.code !== 'input_invalid' && err.code !== 'input_unreadable') || (opts.strict && foundIn === undefined)) throw err
    yield { devices: [], locations: [], diagnostics: [skipped(err.message, err.hint !== undefined ? { hint: err.hint } : {})], bytes: last }
    return
  }
  if (foundIn === undefined || devices > 0) return
  const first = held.find((d) => d.severity === 'error' && d.code !== 'empty_input')
  const problem = first === undefined
    ? skipped('it holds no devices (an empty file, or a header line only)', {})
    : skipped(`${first.at.line !== undefined ? `line ${first.at.line}: ` : ''}${firstSentence(formatDiagnosticMessage(first))}`, { rows: true })
  yield { devices: [], locations: [], diagnostics: [problem], bytes: last }
}

/** The first sentence of a message: what is wrong, without how to fix a file that is no inventory anyway. */
function firstSentence(message: string): string {
  const end = message.search(/\.\s/)
  return end === -1 ? message : message.slice(0, end)
}

/**
 * Whether the files of one run took `--sheet`: the reader warns of each text file that it ignores
 * the option (`sheet_ignored`), which among several files, a workbook and the CSVs beside it, is
 * said of every CSV. Those warnings are dropped, and one is given at the end when no file read was
 * a workbook. A file skipped (a README, an archive) counts neither way.
 */
class SheetUse {
  private readonly sheet: string
  private firstIgnored: SourceLocation | undefined
  private taken = false
  private ignored = false
  private skipped = false

  constructor(sheet: string) {
    this.sheet = sheet
  }

  startFile(): void {
    this.ignored = false
    this.skipped = false
  }

  /** Drops the batch's `sheet_ignored` warning, noting it. */
  filter(batch: InventoryBatch): void {
    const at = batch.diagnostics.findIndex((d) => d.code === 'sheet_ignored')
    if (at !== -1) {
      this.firstIgnored ??= batch.diagnostics[at]!.at
      this.ignored = true
      batch.diagnostics.splice(at, 1)
    }
    if (batch.diagnostics.some((d) => d.code === 'inventory_skipped')) this.skipped = true
  }

  endFile(): void {
    if (!this.ignored && !this.skipped) this.taken = true
  }

  /** The one warning of a run in which no file took the sheet, else undefined. */
  unused(): Diagnostic | undefined {
    return this.taken || this.firstIgnored === undefined ? undefined : { code: 'sheet_ignored', severity: 'warning', at: this.firstIgnored, sheet: this.sheet }
  }
}

/**
 * Device ids across the files of one run, each with the file and line that used it first: within
 * a file the reader tells a repeated id; this tells one an earlier file used. Such a device is the
 * same device listed again, skipped, unless it names a serial, or MACs, and an earlier device of
 * that id names another serial, or other MACs, none of them the same: then it is another device that
 * was given the same name (a folder of SNMP walks, one file per switch, of switches that all kept
 * the factory sysName `HUAWEI`), read under its id and its file's name (`HUAWEI/10.0.0.2.txt`), as
 * the walks of one file are told apart by their order. So is a walk without sysName, whose id is its
 * order in its file (`walk-1`), unless its serial or MACs are those of the earlier one.
 */
class CrossFileIds {
  private readonly index = new DuplicateIndex()
  /**
   * By the number `index` keeps (1-based): the file and the line of the device, and a 32-bit hash of
   * its serial and of its MACs (0: it names none; see device-identity.ts), written in order. Compared only
   * when an id comes again, with the devices of that id: a table keyed by id and serial cost every
   * device two more random probes, and a run over two big CSVs half as long again as one file.
   */
  private fileOf = new Int32Array(1 << 10)
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
  /** The sheet read of each file that is a workbook, by the file's index (one sheet a workbook is read). */
  private readonly sheetOf = new Map<number, string>()
  /** The numbers of the devices read under a new name (`freeId`), by the number of the first device of their id. */
  private readonly renamedOf = new Map<number, number[]>()
  private readonly files: readonly string[]

  constructor(files: readonly string[]) {
    this.files = files
  }

  /** Drops from `batch` (of file `file`) the devices whose id an earlier file used, saying so. */
  filter(batch: InventoryBatch, file: number): void {
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
        // The same device listed again: an earlier device of its id has its serial, or its MACs.
        const ofId = [first, ...(this.renamedOf.get(first) ?? [])]
        const bySerial = serial !== 0 ? ofId.find((n) => this.serialOf[n] === serial) : undefined
        const byMacs = bySerial === undefined && macs !== 0 ? ofId.find((n) => this.macsOf[n] === macs || this.sharesMac(n, macList)) : undefined
        const again = bySerial ?? byMacs
        const differ = again !== undefined ? undefined
          : serial !== 0 && this.serialOf[first] !== 0 ? 'serial' as const
            : macs !== 0 && this.macsOf[first] !== 0 ? 'macs' as const
              : isWalkOrder(device) ? 'walk_order' as const : undefined
        const renamed = differ === undefined ? undefined : this.freeId(device.id, this.files[file]!)
        if (renamed === undefined) {
          const same = bySerial !== undefined ? 'serial' as const : byMacs !== undefined ? 'macs' as const : undefined
          batch.diagnostics.push({ code: 'duplicate_device', severity: 'warning', at, id: device.id, first: this.locationOf(again ?? first), ...(same !== undefined ? { same } : {}) })
          continue
        }
        batch.diagnostics.push({ code: 'repeated_id_renamed', severity: 'warning', at, id: device.id, first: this.locationOf(first), differ: differ!, renamed })
        device = { ...device, id: renamed }
        const list = this.renamedOf.get(first)
        if (list === undefined) this.renamedOf.set(first, [number])
        else list.push(number)
      }
      this.relate(batch, device, at, file)
      this.add(file, at.line ?? 0, serial, macs, macList)
      if (at.sheet !== undefined) this.sheetOf.set(file, at.sheet)
      batch.devices[kept] = device
      batch.locations[kept++] = at
    }
    batch.devices.length = kept
    batch.locations.length = kept
  }

  /** Records the next device (number `count`), growing the arrays by doubling. */
  private add(file: number, line: number, serial: number, macs: number, macList: readonly number[]): void {
    if (this.count === this.fileOf.length) {
      const grow = <T extends Int32Array | Uint32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2)
        b.set(a)
        return b
      }
      this.fileOf = grow(this.fileOf)
      this.lineOf = grow(this.lineOf)
      this.serialOf = grow(this.serialOf)
      this.macsOf = grow(this.macsOf)
      this.macStart = grow(this.macStart)
    }
    const n = this.count++
    // The start of the device after it marks the end of its MACs.
    if (n + 1 === this.macStart.length) {
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
    this.fileOf[n] = file
    this.lineOf[n] = line
    this.serialOf[n] = serial
    this.macsOf[n] = macs
  }

  /**
   * Tells a device that has the MAC of an earlier file's device of another id (the first such MAC),
   * and records the device's MACs not seen before. Virtual routers' MACs (VRRP, HSRP), which two
   * routers answer for, tell nothing.
   */
  private relate(batch: InventoryBatch, device: Device, at: SourceLocation, file: number): void {
    const number = this.count
    let told = false
    let recorded = false
    for (const mac of device.macs ?? []) {
      if (VIRTUAL_ROUTER_MAC.test(mac)) continue
      const hash = identityHash(mac.toLowerCase().replace(/[^0-9a-f]/g, ''))
      if (hash === 0) continue
      const owner = this.macOwner.get(hash)
      if (owner === undefined) {
        if (this.macOwner.size < MAX_MAC_OWNERS) {
          this.macOwner.set(hash, number)
          recorded = true
        }
        continue
      }
      if (told || this.fileOf[owner] === file) continue
      const other = this.idOf.get(owner)
      if (other === undefined || other === device.id) continue
      batch.diagnostics.push({ code: 'shared_mac_other_id', severity: 'warning', at, id: device.id, mac, other, first: this.locationOf(owner) })
      told = true
    }
    if (recorded) this.idOf.set(number, device.id)
  }

  /** True when device `number` has one of the MACs hashed in `macList`. */
  private sharesMac(number: number, macList: readonly number[]): boolean {
    const end = this.macStart[number + 1]!
    for (let i = this.macStart[number]!; i < end; i++) if (macList.includes(this.macPool[i]!)) return true
    return false
  }

  private locationOf(number: number): SourceLocation {
    const line = this.lineOf[number]!
    const file = this.files[this.fileOf[number]!]!
    // A workbook's rows are at a sheet's rows (`assets.xlsx:Switches!2`), as its own diagnostics say.
    const sheet = this.sheetOf.get(this.fileOf[number]!)
    if (sheet !== undefined) return line > 0 ? { file, sheet, line } : { file, sheet }
    return line > 0 ? { file, line } : { file }
  }

  /** `id/<file name>`, else `id/<file path>`, whichever no device has (it is then taken), or undefined. */
  private freeId(id: string, file: string): string | undefined {
    for (const candidate of new Set([`${id}/${basename(file)}`, `${id}/${file}`])) {
      if (this.index.check(candidate, this.count) === undefined) return candidate
    }
    return undefined
  }
}

/** MACs recorded to tell one device under two ids: about 80 bytes each, 20 MB at most. */
const MAX_MAC_OWNERS = 1 << 18

/** The MACs of virtual routers, which the routers of a pair both answer for: VRRP (RFC 5798) and HSRP. */
const VIRTUAL_ROUTER_MAC = /^(?:00[:.-]?00[:.-]?5e[:.-]?00[:.-]?0[12]|00[:.-]?00[:.-]?0c[:.-]?07[:.-]?ac|00[:.-]?00[:.-]?0c[:.-]?9f[:.-]?f)/i

/**
 * True for the id an SNMP walk without sysName has, its order in its file (`walk-1`): the first
 * walk of each file of a folder of walks is `walk-1`, a different device in each, also a walk of
 * the interfaces' MACs alone (`snmpwalk ... ifPhysAddress > 10.0.0.5.txt`), which has no system
 * group to read.
 */
function isWalkOrder(device: Device): boolean {
  return device.name === undefined && /^walk-\d+$/.test(device.id)
}
