import { basename } from 'node:path'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { formatDiagnostic, formatDiagnosticMessage } from '../diagnostics/format.js'
import { TrustpathError } from '../errors.js'
import { CrossSourceIds } from '../inventory/cross-source-ids.js'
import { DeviceMerger } from '../inventory/merge.js'
import type { InventoryBatch, InventoryFormat } from '../inventory/rows.js'
import { STDIN_FILE, statInventory } from '../io/inventory-file.js'
import type { InventoryInput } from '../io/inventory-files.js'
import { listInventories } from '../io/inventory-files.js'
import { readInventory, throwAtFirstError, type ReadInventoryOptions } from '../io/read-inventory.js'
import { println, type CliContext } from './context.js'
import { startProgress } from './progress.js'

/** Inventory options shared by the commands that read one. */
export type InventoryOptions = {
  inputFormat?: InventoryFormat; sheet?: string; strict?: boolean; quiet?: boolean; duplicateCheck?: boolean; allDiagnostics?: boolean
  /** `--merge`: the records of one device in several files are merged into one device (see `mergeDevices`). */
  merge?: boolean
}

/** An inventory being read: its batches, a progress hook and a hook to call when done. */
export type InventorySourceHandle = {
  /** The files read, in order (`<stdin>` for standard input): those named, and those found in the directories named. */
  files: readonly string[]
  batches: AsyncGenerator<InventoryBatch>
  progress(devices: number): void
  done(): void
}

/** The refusal of an inventory that holds no devices, told before anything is written. */
export function emptyInventoryError(at: SourceLocation, readAs?: string): TrustpathError {
  // A report of a scan or a tool that found nothing is neither an empty file nor a bare header.
  const what = readAs !== undefined ? `: read as ${readAs}, it lists none` : ' (an empty file, or a header line only)'
  return new TrustpathError('input_invalid', `the inventory holds no devices${what}`, {
    at, hint: `Check that the ${readAs !== undefined ? 'scan or export found devices' : 'export or scan worked'}, and that this is the file it wrote.`,
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
  // Batches are read now up to the first device, before the command writes anything: a file
  // refused at its start (compressed, a workbook, binary, another tool's output, unreadable) then
  // fails before a header or an opening bracket reaches standard output, and so does one whose
  // header names no column a device is known by, which would have replaced an -o file of earlier
  // results with an empty one. (A file whose rows were each refused gives its empty result, with
  // one thread as with workers, which cannot tell it before they write.)
  const ahead: InventoryBatch[] = []
  try {
    for (;;) {
      const next = await inner.next()
      if (next.done === true) break
      ahead.push(next.value)
      bytes = next.value.bytes
      if (next.value.devices.length > 0) break
    }
    if (!ahead.some((b) => b.devices.length > 0)) {
      const said = ahead.flatMap((b) => b.diagnostics)
      // The reader says `empty_input` once it has read the whole input and found no device in it.
      const empty = said.find((d) => d.code === 'empty_input' && d.severity === 'error')
      const noColumn = said.some((d) => d.code === 'missing_column' && d.severity === 'error')
      if (empty !== undefined || noColumn) {
        // What the reader said of the lines it could not take (a lease whose MAC is unreadable) tells why.
        for (const d of said) if (d !== empty) println(ctx.stderr, formatDiagnostic(d))
        if (empty !== undefined) throw emptyInventoryError(empty.at, empty.code === 'empty_input' ? empty.readAs : undefined)
        throw new TrustpathError('input_invalid', 'no device can be read from the inventory: its header names no column a device is known by; nothing was written', {
          at: { file: stat.file }, hint: 'Fix the header as said above (or give the file an id, name, MAC or serial number column) and run again.',
        })
      }
    }
  } catch (err) {
    bar.stop()
    throw err
  }
  async function* batches(): AsyncGenerator<InventoryBatch> {
    yield* ahead
    ahead.length = 0
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
  for (const input of inputs) {
    // A file found in a directory that cannot be read (a broken link) weighs nothing: its read is skipped with a warning.
    sizes.push(input.path === '-' ? undefined : await statInventory(input.path).then((s) => s.totalBytes, (err: unknown) => {
      if (input.foundIn === undefined) throw err
      return 0
    }))
  }
  const total = sizes.every((n) => n !== undefined) ? sizes.reduce<number>((a, n) => a + n!, 0) : undefined
  const bar = startProgress(ctx, total, opts.quiet)
  const files = inputs.map((i) => (i.path === '-' ? STDIN_FILE : i.path))
  let bytes = 0
  // A device whose id an earlier file used is read as `<id>/<file name>` when it differs (see CrossSourceIds).
  // With --merge a device of a used id that is the same device is kept, to be merged with it; one
  // that is another device given the same name is renamed, with or without --no-duplicate-check
  // (merging holds every device anyway, and would take switches that kept the factory name for one).
  const ids = opts.duplicateCheck === false && opts.merge !== true ? undefined : new CrossSourceIds((id, at) => [`${id}/${basename(at.file)}`, `${id}/${at.file}`], { merge: opts.merge === true })

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
        if (ids !== undefined) ids.filter(batch)
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
  const inner = opts.merge === true ? merged(all()) : all()
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
 * `--merge`: the batches of several files with their devices held back, then the devices they make
 * once every file is read (see `mergeDevices`), in batches of `MERGED_BATCH`. The diagnostics of
 * each file go on as it is read.
 */
async function* merged(batches: AsyncGenerator<InventoryBatch>): AsyncGenerator<InventoryBatch> {
  const merger = new DeviceMerger()
  let bytes = 0
  for await (const batch of batches) {
    for (let i = 0; i < batch.devices.length; i++) merger.add(batch.devices[i]!, batch.locations[i]!)
    bytes = batch.bytes
    yield { devices: [], locations: [], diagnostics: batch.diagnostics, bytes }
  }
  const { devices, locations, diagnostics } = merger.finish()
  for (let start = 0; start < devices.length || start === 0; start += MERGED_BATCH) {
    yield { devices: devices.slice(start, start + MERGED_BATCH), locations: locations.slice(start, start + MERGED_BATCH), diagnostics: start === 0 ? diagnostics : [], bytes }
  }
}

/** Devices a batch of merged devices holds: the commands write their output batch by batch. */
const MERGED_BATCH = 1024

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
