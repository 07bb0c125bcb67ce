/**
 * Worker threads for the commands that read big CSV or JSON Lines inventories (`check`,
 * `identify`): how many (`--jobs`), and starting them early. This module loads little, so that a
 * command starts its workers before it loads its own modules (the YAML and policy code alone took
 * 0.18 s, which the workers then waited for); `run-in-workers.ts` runs an inventory through them.
 */
import { open, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { TrustpathError } from '../errors.js'
import { buildColumnMap } from '../inventory/columns.js'
import { CsvTokenizer, HEADER_SCAN_RECORDS, headerIndex, type CsvProblem, type CsvRecord } from '../inventory/csv.js'
import { detectInventoryFormat, FORMAT_STARTS } from '../inventory/formats.js'
import { isGvmCsvStart } from '../inventory/gvm.js'
import { isMasscanListStart } from '../inventory/masscan-list.js'
import { isInfobloxCsvStart } from '../inventory/infoblox.js'
import { isNessusCsvStart } from '../inventory/nessus.js'
import { isNexposeCsvStart } from '../inventory/nexpose.js'
import { isQualysCsvStart } from '../inventory/qualys.js'
import { isWiresharkCsvStart } from '../inventory/wireshark.js'
import { isNmapTextStart } from '../inventory/nmap-text.js'
import { assertInventory } from '../inventory/not-text.js'
import { isZip } from '../inventory/formats.js'
import { statInventory } from '../io/inventory-file.js'
import { isGzip } from '../io/gzip.js'
import { ENCODING_SAMPLE, textEncodingOf } from '../io/text-encoding.js'
import type { WorkerSetup } from '../io/parallel-inventory-worker.js'
import type { InventoryWorkers } from '../io/worker-pool.js'
import { startInventoryWorkers } from '../io/worker-pool.js'
import { lineEndsOf } from '../util/line-ends.js'
import type { CliContext } from './context.js'
import type { InventoryOptions } from './inventory-source.js'

/**
 * Below this size starting worker threads (0.3-0.4 s for their modules and catalogs) costs more
 * than they save: with two cores, checking 250k devices (41 MB) took 1.3 s with two workers and
 * 1.2 s with one thread; 1M devices (165 MB) took 2.4 s instead of 3.1 s.
 */
const AUTO_JOBS_BYTES = 64 << 20

/**
 * Workers `auto` starts at most: each holds its own catalog and memo tables (about 85 MB each in a
 * check of 1M devices), and one main thread feeds them all; `--jobs N` asks for more.
 */
const AUTO_JOBS_MAX = 4

/** `--jobs`: `auto` (the default) or a number of worker threads. */
export function parseJobs(text: string | undefined): number | 'auto' {
  if (text === undefined || text === 'auto') return 'auto'
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new TrustpathError('usage', `--jobs: "${text}" is neither auto nor a number of worker threads from 1 to 64`, { hint: 'For example --jobs 2 (one per core), or --jobs 1 for none.' })
  }
  return n
}

/**
 * Worker threads for an inventory file of `fileBytes`: as asked, or with `auto` one per core (at
 * most 4) on files of 64 MiB and more. None for what is not a regular file (undefined size):
 * workers read at offsets.
 */
export function workerCount(requested: number | 'auto', fileBytes: number | undefined): number {
  if (fileBytes === undefined) return 1
  if (requested !== 'auto') return requested
  return fileBytes >= AUTO_JOBS_BYTES ? Math.min(availableParallelism(), AUTO_JOBS_MAX) : 1
}

/**
 * Starts the worker threads `--jobs` asks for, or none (undefined) when the inventory is not a CSV
 * or JSON Lines file or is read with `--strict` (which stops at the first bad row, in order). They
 * start at once, to load their catalogs while this thread loads its own and reads the policy.
 */
export async function startWorkersFor(
  ctx: CliContext, inventories: readonly string[], opts: InventoryOptions & { jobs?: string }, setup: Omit<WorkerSetup, 'file' | 'inventoryFile'>,
): Promise<InventoryThreads | undefined> {
  const requested = parseJobs(opts.jobs)
  // Several inventories, or a directory of them, are read one after another by one thread.
  if (inventories.length !== 1) return undefined
  const inventory = inventories[0]!
  const format = splittableFormat(inventory, opts)
  // With --sheet, a text inventory is read by the one thread, which warns that the option is not used.
  if (opts.strict || inventory === '-' || format === undefined || opts.sheet !== undefined) return undefined
  const path = resolve(ctx.cwd, inventory)
  if (await isDirectory(path)) return undefined
  const { totalBytes } = await statInventory(path)
  const jobs = workerCount(requested, totalBytes)
  if (jobs <= 1 || totalBytes === undefined) return undefined
  const start = await firstBytes(path, ENCODING_SAMPLE)
  // A zip is read as a workbook (or refused) by the one thread, whatever its name. So is a
  // gzip-compressed file, read in one stream: its parts cannot be cut apart at byte offsets.
  if (isZip(start) || isGzip(start)) return undefined
  // Workers decode UTF-8; parts cut after a line break byte do not fit UTF-16 anyway: one thread
  // reads a file in another encoding, having told it from the same first bytes.
  if (textEncodingOf(start) !== 'utf8') return undefined
  // A file refused at its start (compressed, a workbook, binary, another tool's output) is refused
  // here, before the command writes its header and before workers start.
  const head = new TextDecoder().decode(start)
  assertInventory(head, inventory)
  // A file that does not start as its format does (CSV named .jsonl) is read by one thread, which
  // reads it as its content shows and says so.
  if (FORMAT_STARTS[format]?.test(head.trimStart()) === false) return undefined
  // Objects pretty-printed one after another in a file named .jsonl (`jq '.[]'` without `-c`) are
  // no lines to cut apart: one thread reads them.
  if (format === 'jsonl' && /^[{[]\s*$/.test(head.trimStart().split('\n', 1)[0]!)) return undefined
  // A file whose lines end in a carriage return alone (Excel for Mac) has no line feed to cut
  // parts after: one thread reads it. So does a file whose first line break is not in the sample,
  // which does not tell how its lines end.
  if (lineEndsOf(head) !== 'lf') return undefined
  // A Nessus, Greenbone, Qualys or InsightVM CSV export holds one row per result, a host's rows
  // scattered through the file: one thread groups them.
  if (format === 'csv' && (isNessusCsvStart(head) || isGvmCsvStart(head) || isQualysCsvStart(head) || isNexposeCsvStart(head))) return undefined
  // Wireshark's Endpoints table and tshark's field output are read by their addresses, each
  // address once wherever it appears again, by one thread.
  if (format === 'csv' && isWiresharkCsvStart(head)) return undefined
  // An Infoblox export gives a host's MACs in a section after its host records: one thread joins them.
  if (format === 'csv' && isInfobloxCsvStart(head)) return undefined
  // nmap's or masscan's text output named .csv is read as what it is, by one thread.
  if (format === 'csv' && opts.inputFormat === undefined && (isNmapTextStart(head.trimStart()) || isMasscanListStart(head.trimStart()))) return undefined
  // A CSV without an id column knows its devices by their names, which may repeat: one thread tells
  // apart the devices that share a name by their serials and MACs (parse.ts, `NamedIds`).
  if (format === 'csv' && knowsDevicesByName(head)) return undefined
  // A CSV whose header names no column a device is known by gives no device: one thread refuses it
  // before anything is written, where workers wrote an empty result over the -o file.
  if (format === 'csv' && namesNoDevice(head)) return undefined
  // A file of a header line at most has nothing to split, and the one thread tells it is empty
  // before anything is written.
  if (start.length >= totalBytes && head.split('\n').filter((l) => l.trim() !== '').length < 2) return undefined
  return { workers: startInventoryWorkers(jobs, { ...setup, file: inventory, inventoryFile: inventory }), path, format, totalBytes }
}

/** The header among the first lines of a CSV (see `headerIndex`), or undefined when they do not hold it. */
function headerOf(head: string): CsvRecord | undefined {
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  new CsvTokenizer().push(head.slice(0, head.lastIndexOf('\n') + 1), records, problems)
  // After a title, the header is looked for among the first records (a scanner's findings below
  // lines about its report): the records the start holds are all there is to tell it by.
  const at = headerIndex(records, false) ?? (records.length < HEADER_SCAN_RECORDS ? headerIndex(records, true) : undefined)
  return at === undefined ? undefined : records[at]
}

/** Whether the header among the first lines of a CSV names no column that a device is known by (id, name or MAC). */
export function namesNoDevice(head: string): boolean {
  const header = headerOf(head)
  if (header === undefined) return false
  try {
    return !buildColumnMap(header.cells, { file: '' }, []).usable
  } catch {
    return false
  }
}

/**
 * Whether the header among the first lines of a CSV (see `headerIndex`) has no id column but a
 * name column, which then stands in for it; false when the header is not in them, or is refused
 * (the one thread reports it).
 */
export function knowsDevicesByName(head: string): boolean {
  const header = headerOf(head)
  if (header === undefined) return false
  try {
    return buildColumnMap(header.cells, { file: '' }, []).idFromName === true
  } catch {
    return false
  }
}

/** True for a directory (whose files one thread reads); false for anything else, or nothing there (the reader reports that). */
async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false)
}

/** Up to `n` bytes of the start of a file (fewer, or none, when it cannot be read: the reader reports that). */
async function firstBytes(path: string, n: number): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r')
    try {
      const buf = new Uint8Array(n)
      const { bytesRead } = await handle.read(buf, 0, n, 0)
      return buf.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch {
    return new Uint8Array(0)
  }
}

/** Worker threads started for one inventory file, with what was learnt of the file on the way. */
export type InventoryThreads = { workers: InventoryWorkers; path: string; format: 'csv' | 'jsonl'; totalBytes: number }

/**
 * The format of an inventory whose parts cut after a line break can be read apart: CSV, and JSON
 * Lines (by its `.jsonl` or `.ndjson` name or `--input-format jsonl`; a `.json` file may be one
 * document over many lines).
 */
function splittableFormat(inventory: string, opts: InventoryOptions): 'csv' | 'jsonl' | undefined {
  const format = opts.inputFormat ?? detectInventoryFormat(inventory)
  return format === 'csv' || format === 'jsonl' ? format : undefined
}
