/**
 * A worker of `runInventoryInParallel`: takes a part of a CSV or JSON Lines file (raw bytes, cut
 * by the main thread after a line break) and does all the work on its records: splitting,
 * validation, identification, for `check` the policy, and the formatting of the output, which goes
 * back as UTF-8 bytes. It also says how much of the part it read (a part cut inside a quoted field
 * is read up to the record that continues in the next part) and the hashed id of every device, for
 * the main thread's check of repeated ids across parts.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Device } from '../domain/device.js'
import type { Site } from '../domain/site.js'
import { identify } from '../identify/identify.js'
import { buildColumnMap } from '../inventory/columns.js'
import type { CsvContinuation } from '../inventory/csv.js'
import { CsvRowParser } from '../inventory/csv.js'
import { skippedRowOf } from '../inventory/device-identity.js'
import { toDevice } from '../inventory/device-input.js'
import { JsonLinesParser } from '../inventory/json.js'
import { CsvDeviceBuilder } from '../inventory/csv-device.js'
import { hashId } from '../inventory/duplicate-index.js'
import type { RowParser, RowSink } from '../inventory/rows.js'
import type { InventorySpelling } from '../policy/evaluate.js'
import { checkDevice, compilePolicy, newCheckState } from '../policy/evaluate.js'
import type { Policy } from '../policy/policy.js'
import { addToSummary, newSummary } from '../report/findings.js'
import type { AttributionFormat, AttributionTally } from '../report/attributions.js'
import { addToTally, buildAttributionsWriter, newAttributionTally } from '../report/attributions.js'
import type { CheckSummary } from '../report/findings.js'
import type { FindingsFormat } from '../report/findings-writer.js'
import { buildFindingsWriter, deviceInto } from '../report/findings-writer.js'
import { ByteOutput } from '../util/byte-output.js'
import { loadCatalog } from './load-catalog.js'

/** What a worker is started with: enough to load the catalog while the main thread reads the policy. */
export type WorkerSetup = {
  file: string
  dataDir: string | undefined
  now: string
  /** The output format: of findings for `check`, of attributions for `identify`. */
  format: FindingsFormat | AttributionFormat
  inventoryFile: string
  toolVersion: string
  width: number
}

/** What is done with each device: `check` it against a policy, or `identify` it only. */
export type WorkerTask =
  | {
    kind: 'check'
    /** The policy the main thread parsed and validated (structured-cloned). */
    policy: Policy
    policyFile: string
    /** Sites from `--sites`, merged into the policy's own. */
    sites: Site[]
    /** Keep and write the findings exemptions waive, marked (`compilePolicy`'s `keepWaived`). */
    keepWaived: boolean
  }
  | { kind: 'identify'; at: string | undefined }

/** The counts of one part, by task. */
export type PartCounts = { kind: 'check'; summary: CheckSummary } | { kind: 'identify'; tally: AttributionTally }

/** How the file's records are read: CSV under a header read by the main thread, or JSON Lines. */
export type WorkerSource = {
  kind: 'csv'; header: string[]; delimiter: string
  /** False when the header has no id column: only malformed records are reported. */
  usable: boolean
} | { kind: 'jsonl' }

/** What the main thread sends once the policy (and a CSV file's header) are read. */
export type WorkerHeader = { source: WorkerSource; task: WorkerTask }

/**
 * One part of the file: whole lines from `line` on. `skip` maps devices whose id was used before,
 * by their place among the part's devices (0, 1, ...), to the line that used it first: they are
 * validated, for their diagnostics, but not checked. `final` marks the end of the file.
 */
export type WorkerJob = { seq: number; attempt: number; bytes: Uint8Array; line: number; final: boolean; skip?: Map<number, number> }

/** The bytes of an answer, back from the main thread once written, to be filled again. */
export type WorkerMessage = { recycle: ArrayBufferLike }

/** The answer to a `WorkerJob`. */
export type WorkerResult = {
  seq: number
  attempt: number
  /** The buffer of the job's bytes, back for the next part. */
  input: ArrayBuffer
  /** The formatted findings (UTF-8). */
  out: Uint8Array
  diagnostics: Diagnostic[]
  counts: PartCounts
  /** Devices checked or identified. */
  devices: number
  /** Records with the header's number of fields. */
  rows: number
  /** Per exemption of the policy: 1 when a device of this part used it (empty for `identify`). */
  used: Uint8Array
  /** The part's near spellings of the names the policy writes (see `CheckState`; empty for `identify`). */
  spellings: Map<string, InventorySpelling[]>
  /** Per device built, in order: its line, and the two hashes of its id (`hashId`) at 2i and 2i+1. */
  lines: Int32Array
  hashes: Uint32Array
  /** Bytes read: less than the part when its last record continues in the next part. */
  read: number
  /** The line of the first byte not read. */
  readLine: number
}

const setup = workerData as WorkerSetup
const catalog = await loadCatalog(setup.dataDir)
const now = new Date(setup.now)
/** What is done with each device of a part, and the counts of the part when it is done. */
type Task = {
  device(device: Device, line: number, out: ByteOutput): void
  finish(): { counts: PartCounts; used: Uint8Array; spellings: Map<string, InventorySpelling[]> }
}
/** What the header message sets up: the task of each part, and the reader of a part from its first line. */
type Plan = { task: () => Task; reader: (line: number) => PartReader }
/** A reader of records that says what it held back at the end of its text. */
type PartReader = RowParser & { readonly held: { text: string; line: number } }
let plan: Plan | undefined
const pair = new Uint32Array(2)
/** Bytes of a part decoded and tokenized at a time. */
const PIECE = 1 << 16
const LF = 0x0a

/** Answer buffers back from the main thread. */
const spare: ArrayBuffer[] = []

parentPort!.on('message', (msg: WorkerHeader | WorkerJob | WorkerMessage) => {
  if ('recycle' in msg) {
    if (spare.length < 4) spare.push(msg.recycle as ArrayBuffer)
    return
  }
  if ('task' in msg) {
    plan = { task: taskOf(msg.task), reader: readerOf(msg.source) }
    return
  }
  const result = doPart(msg, plan!)
  // Transferred, not copied: none of these buffers is used here again (the main thread sends them back).
  parentPort!.postMessage(result, [result.input, result.out.buffer, result.lines.buffer, result.hashes.buffer, result.used.buffer] as ArrayBuffer[])
})
parentPort!.postMessage({ ready: true })

/** A maker of the task of each part. */
function taskOf(task: WorkerTask): () => Task {
  if (task.kind === 'identify') {
    const writer = buildAttributionsWriter(setup.format as AttributionFormat, catalog, { width: setup.width, continued: true })
    const options = task.at !== undefined ? { at: task.at } : {}
    return () => {
      const tally = newAttributionTally()
      return {
        device(device, _, out) {
          const a = identify(device, catalog, options)
          addToTally(tally, a)
          writer.rowInto(device, a, out)
        },
        finish: () => ({ counts: { kind: 'identify', tally }, used: new Uint8Array(0), spellings: new Map() }),
      }
    }
  }
  const policy = compilePolicy(task.policy, new Map(task.sites.map((s) => [s.id, s])), { keepWaived: task.keepWaived })
  const writer = buildFindingsWriter(setup.format as FindingsFormat, {
    sarif: { policyFile: task.policyFile, inventoryFile: setup.inventoryFile, rules: policy.policy.rules, toolVersion: setup.toolVersion },
    manufacturers: catalog.manufacturers, width: setup.width, continued: true,
  })
  return () => {
    const state = newCheckState(policy)
    const summary = newSummary()
    return {
      device(device, line, out) {
        const found = checkDevice(policy, device, identify(device, catalog), now, state)
        if (found.length === 0) return
        addToSummary(summary, found)
        deviceInto(writer, found, line, out)
      },
      finish: () => ({ counts: { kind: 'check', summary }, used: state.used, spellings: state.spellings ?? new Map() }),
    }
  }
}

/** A maker of the reader of each part. */
function readerOf(source: WorkerSource): (line: number) => PartReader {
  if (source.kind === 'jsonl') return (line) => new JsonLinesParser(setup.file, line)
  // One builder for every part, so that its memo tables are too.
  const columns: Omit<CsvContinuation, 'line'> = {
    builder: new CsvDeviceBuilder(buildColumnMap(source.header, { file: setup.file, line: 1 }, [])),
    expected: source.header.length, delimiter: source.delimiter, usable: source.usable, header: source.header,
  }
  return (line) => new CsvRowParser(setup.file, { ...columns, line })
}

function doPart(job: WorkerJob, plan: Plan): WorkerResult {
  const task = plan.task()
  // Output goes into a buffer back from the main thread when one is big enough.
  const capacity = job.bytes.byteLength * 4
  const i = spare.findIndex((b) => b.byteLength >= capacity)
  const out = new ByteOutput(i === -1 ? capacity : new Uint8Array(spare.splice(i, 1)[0]!))
  const lines: number[] = []
  const hashes: number[] = []
  let devices = 0
  let rows = 0
  /** Devices built so far: their place is the key of `job.skip`. */
  let built = 0
  const sink: RowSink = {
    diagnostics: [] as Diagnostic[],
    row(input: unknown, at: SourceLocation) {
      this.device(toDevice(input, at, this.diagnostics), at)
    },
    device(device: Device | undefined, at: SourceLocation) {
      rows++
      if (device === undefined) return
      const line = at.line!
      const first = job.skip?.get(built++)
      if (first !== undefined) {
        const skipped = skippedRowOf(device)
        this.diagnostics.push({ code: 'duplicate_device', severity: 'warning', at, id: device.id, first: { file: at.file, line: first }, ...(skipped !== undefined ? { skipped } : {}) })
        return
      }
      hashId(device.id, pair, 0)
      hashes.push(pair[0]!, pair[1]!)
      lines.push(line)
      devices++
      task.device(device, line, out)
    },
  }
  const parser = plan.reader(job.line)
  // Decoded and fed in pieces cut after a line break, as the sequential reader reads: the records
  // of a whole part, split at once, lived long enough to be promoted to the old generation.
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength)
  for (let at = 0; at < bytes.length;) {
    let end = Math.min(at + PIECE, bytes.length)
    if (end < bytes.length) {
      const nl = bytes.lastIndexOf(LF, end - 1)
      if (nl >= at) end = nl + 1
    }
    parser.push(bytes.toString('utf8', at, end), sink)
    at = end
  }
  if (job.final) parser.end(sink)
  const held = parser.held
  const { counts, used, spellings } = task.finish()
  return {
    seq: job.seq, attempt: job.attempt, input: job.bytes.buffer as ArrayBuffer, out: out.view(), diagnostics: sink.diagnostics, counts, devices, rows,
    used, spellings, lines: Int32Array.from(lines), hashes: Uint32Array.from(hashes),
    read: job.bytes.byteLength - Buffer.byteLength(held.text), readLine: held.line,
  }
}
