import { open } from 'node:fs/promises'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { buildColumnMap } from '../inventory/columns.js'
import type { CsvProblem, CsvRecord } from '../inventory/csv.js'
import { CsvTokenizer, headerIndex, linesBeforeHeader } from '../inventory/csv.js'
import { DuplicateIndex } from '../inventory/duplicate-index.js'
import { assertInventory } from '../inventory/not-text.js'
import { unreadable } from './inventory-file.js'
import type { InventorySpelling } from '../policy/evaluate.js'
import { mergeCheckState } from '../policy/evaluate.js'
import type { InventoryWorkers } from './worker-pool.js'
import type { PartCounts, WorkerHeader, WorkerJob, WorkerMessage, WorkerResult, WorkerSource, WorkerTask } from './parallel-inventory-worker.js'

/**
 * Bytes read at a time, and about the size of a part handed to a worker: small enough that two
 * parts in flight per worker bound the memory, big enough that messaging costs little.
 */
const PART_BYTES = 1 << 18

const LF = 0x0a

/**
 * What a parallel run reports back (the output went to `write` in inventory order, the counts to
 * `onCounts`): the devices done, per exemption of the policy whether a device used it, and the
 * near spellings of the policy's names that the parts saw (see `CheckState`).
 */
export type ParallelResult = { devices: number; used: Uint8Array; spellings: Map<string, InventorySpelling[]> }

/** A part of the file (bytes `start` to `end`) handed to a worker, until its answer is written. */
type Job = {
  seq: number; attempt: number; start: number; end: number; line: number; final: boolean; skip?: Map<number, number>
  worker: number
  result: Promise<WorkerResult>; resolve: (r: WorkerResult) => void; reject: (err: unknown) => void
}

/**
 * Checks or identifies (`task`) a CSV or JSON Lines inventory, a regular file, with the worker
 * threads of `pool`; the output and the diagnostics are exactly those of the sequential run, in
 * the same order.
 *
 * The main thread does little, so that the workers have the cores: it reads a CSV header, then reads
 * the file in parts cut after a line break and hands each to the least busy worker; it writes the answers in
 * order and keeps the ids seen (as hashes) to find repeated ones. A cut inside a quoted field that
 * spans lines is found afterwards: the worker reads up to the record it cuts and says so, and the
 * next part is done again from there. A part with a repeated id is done again with that device
 * skipped. Both are rare, and neither changes the output.
 *
 * Buffers go back and forth instead of being made anew: a part's bytes return with its answer, and
 * the bytes of an answer return to their worker once written. Allocating them per part made the
 * main thread collect garbage every 60 ms, for a fifth of its time.
 */
export async function runInventoryInParallel(pool: InventoryWorkers, opts: {
  path: string; file: string
  /** CSV, or JSON Lines (one device a line: every part cut after a line break is whole records). */
  format: 'csv' | 'jsonl'
  task: WorkerTask
  detectDuplicates: boolean
  /** Bytes read at a time, about the size of a part (default 256 KiB; tests use tiny parts). */
  partBytes?: number
  /** The output is a JSON list: workers start every row with ",\n", of which the first row written loses the comma. */
  commaFirst: boolean
  /** Writes output bytes; `done` is called once the stream has taken them (they are reused after). */
  write: (data: Uint8Array, done: () => void) => Promise<void> | void
  onProgress: (bytes: number, devices: number) => void
  onDiagnostics: (diagnostics: readonly Diagnostic[]) => void
  /** The counts of each part, in order. */
  onCounts: (counts: PartCounts) => void
}): Promise<ParallelResult> {
  const partBytes = opts.partBytes ?? PART_BYTES
  const { workers } = pool
  const jobs = new Map<number, Job>()
  let failure: unknown
  let waiting: (() => void)[] = []
  const changed = () => new Promise<void>((r) => waiting.push(r))
  const notify = () => {
    const w = waiting
    waiting = []
    for (const r of w) r()
  }
  const fail = (err: unknown) => {
    failure ??= err
    for (const job of jobs.values()) job.reject(failure)
    notify()
  }
  /** Buffers to read parts into: each comes back with the answer to its part. */
  const buffers: ArrayBuffer[] = []
  const bufferFor = (size: number): Uint8Array => {
    const i = buffers.findIndex((b) => b.byteLength >= size)
    return new Uint8Array(i === -1 ? new ArrayBuffer(Math.max(size, 2 * partBytes)) : buffers.splice(i, 1)[0]!)
  }
  const onMessage = (r: WorkerResult | { ready: true }) => {
    if (!('seq' in r)) return
    if (buffers.length < 4 * workers.length) buffers.push(r.input)
    const job = jobs.get(r.seq)
    if (job !== undefined && job.attempt === r.attempt) job.resolve(r)
  }
  /**
   * Parts handed to each worker and not answered yet. A part goes to the worker with the fewest (in
   * turn among equals): handed out in turn, a worker slowed down (by the main thread, or collecting
   * garbage) kept its queue while the other waited for the next part.
   */
  const pending = new Int32Array(workers.length)
  const handlers = workers.map((_, w) => (r: WorkerResult | { ready: true }) => {
    if ('seq' in r) pending[w]!--
    onMessage(r)
  })
  workers.forEach((w, i) => {
    w.on('message', handlers[i]!)
    w.on('error', fail)
  })
  let turn = 0
  const leastBusy = (): number => {
    let best = turn++ % workers.length
    for (let k = 1; k < workers.length; k++) {
      const w = (best + k) % workers.length
      if (pending[w]! < pending[best]!) best = w
    }
    pending[best]!++
    return best
  }
  /** Hands `bytes` (a part, or a part again with `attempt` given: the earlier answer is then ignored) to a worker. */
  const dispatch = (part: Pick<Job, 'seq' | 'start' | 'end' | 'line' | 'final' | 'skip'> & { attempt?: number }, bytes: Uint8Array) => {
    let resolve!: (r: WorkerResult) => void
    let reject!: (err: unknown) => void
    const result = new Promise<WorkerResult>((res, rej) => { resolve = res; reject = rej })
    result.catch(() => {}) // awaited later; a worker's failure is reported there
    const job: Job = { ...part, attempt: (part.attempt ?? -1) + 1, worker: leastBusy(), result, resolve, reject }
    jobs.set(job.seq, job)
    if (failure !== undefined) reject(failure)
    else {
      const message: WorkerJob = { seq: job.seq, attempt: job.attempt, bytes, line: job.line, final: job.final }
      if (job.skip !== undefined) message.skip = job.skip
      workers[job.worker]!.postMessage(message, [bytes.buffer as ArrayBuffer])
    }
    notify()
  }

  const file = await open(opts.path, 'r').catch((err: unknown) => { throw unreadable(opts.file, err) })
  /** Reads into `bytes` at `offset` from the file's `position`; read errors are the user's to fix. */
  const readAt = (bytes: Uint8Array, offset: number, length: number, position: number): Promise<number> =>
    file.read(bytes, offset, length, position).then((r) => r.bytesRead, (err: unknown) => { throw unreadable(opts.file, err) })
  /** Bytes `start` to `end` of the file, read again (for a part done again). */
  const reread = async (start: number, end: number): Promise<Uint8Array> => {
    const bytes = bufferFor(end - start).subarray(0, end - start)
    for (let at = 0; at < bytes.length;) {
      const n = await readAt(bytes, at, bytes.length - at, start + at)
      if (n === 0) throw unreadable(opts.file, new Error('the file became shorter while it was read'))
      at += n
    }
    return bytes
  }
  try {
    let head: { end: number; endLine: number }
    let source: WorkerSource
    let anyError = false
    if (opts.format === 'jsonl') {
      // No header; a byte order mark is skipped, as the sequential reader drops it.
      const start = new Uint8Array(4096)
      const read = await readAt(start, 0, start.length, 0)
      assertInventory(utf8(start.subarray(0, read)), opts.file)
      head = { end: read >= 3 && start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf ? 3 : 0, endLine: 1 }
      source = { kind: 'jsonl' }
    } else {
      const header = await readHeader(readAt, opts.file, partBytes)
      const diagnostics = header.diagnostics
      if (header.header === undefined) {
        // No record at all: the whole file was read, and only its malformed lines can be reported.
        if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push({ code: 'empty_input', severity: 'error', at: { file: opts.file } })
        opts.onDiagnostics(diagnostics)
        return { devices: 0, used: new Uint8Array(0), spellings: new Map() }
      }
      // A header without an id column is reported here; the workers then only report the
      // malformed records of the rest, as the sequential reader does.
      const { usable } = buildColumnMap(header.header.cells, { file: opts.file, line: header.header.line }, diagnostics)
      opts.onDiagnostics(diagnostics)
      anyError = diagnostics.some((d) => d.severity === 'error')
      head = header
      source = { kind: 'csv', header: header.header.cells, delimiter: header.delimiter, usable }
    }
    await pool.ready
    for (const w of workers) w.postMessage({ task: opts.task, source } satisfies WorkerHeader)

    // The producer reads and hands out parts; the consumer takes the answers in order.
    let produced = 0
    let producing = true
    let consumed = 0
    /** Where the part after an answered one must start, when that part was not handed out yet. */
    let carry: { start: number; line: number } | undefined
    const produce = async () => {
      // `buf` holds the bytes from `start` on that are not handed out yet: `held` of them.
      let buf = bufferFor(2 * partBytes)
      let held = 0
      let start = head.end
      let line = head.endLine
      for (;;) {
        if (buf.length - held < partBytes) {
          const bigger = bufferFor(held + partBytes)
          bigger.set(buf.subarray(0, held))
          buf = bigger
        }
        const bytesRead = await readAt(buf, held, partBytes, start + held)
        held += bytesRead
        const final = bytesRead === 0
        const cut = final ? held : buf.subarray(0, held).lastIndexOf(LF) + 1
        if (cut === 0 && !final) continue // a line longer than a part: read on
        const part = buf.subarray(0, cut)
        const lines = countLines(part)
        // The rest moves to a fresh buffer; this one goes to the worker.
        const next = bufferFor(2 * partBytes)
        next.set(buf.subarray(cut, held))
        held -= cut
        if (carry !== undefined) {
          dispatch({ seq: produced++, start: carry.start, end: start + cut, line: carry.line, final }, await reread(carry.start, start + cut))
          carry = undefined
          buffers.push(part.buffer as ArrayBuffer)
        } else {
          dispatch({ seq: produced++, start, end: start + cut, line, final }, part)
        }
        buf = next
        start += cut
        line += lines
        if (final) break
        while (produced - consumed > workers.length * 2 && failure === undefined) await changed()
        if (failure !== undefined) throw failure
      }
      producing = false
      notify()
    }

    let used = new Uint8Array(0)
    const spellings = new Map<string, InventorySpelling[]>()
    const seen = opts.detectDuplicates ? new DuplicateIndex() : undefined
    let devices = 0
    let rows = 0
    let bytes = head.end
    let wroteAny = false
    const consume = async () => {
      for (;;) {
        while (!jobs.has(consumed) && producing && failure === undefined) await changed()
        if (failure !== undefined) throw failure
        let job = jobs.get(consumed)
        if (job === undefined) return
        let r = await job.result
        if (job.start + r.read < job.end) {
          // The part ended inside a record: the next part starts where this one stopped reading.
          const from = job.start + r.read
          const after = jobs.get(consumed + 1)
          if (after !== undefined) dispatch({ ...after, start: from, line: r.readLine }, await reread(from, after.end))
          else carry = { start: from, line: r.readLine }
        }
        if (seen !== undefined && consumed === 0 && r.lines.length > 0) {
          // The first part tells about how many devices the file holds: room for them all at once.
          seen.reserve(Math.ceil(1.1 * r.lines.length * (await file.stat()).size / (job.end - job.start)))
        }
        if (seen !== undefined && job.skip === undefined) {
          const skip = new Map<number, number>()
          for (let i = 0; i < r.lines.length; i++) {
            const first = seen.checkHashed(r.hashes[2 * i]!, r.hashes[2 * i + 1]!, r.lines[i]!)
            if (first !== undefined) skip.set(i, first)
          }
          if (skip.size > 0) {
            recycle(job, r)
            dispatch({ ...job, skip }, await reread(job.start, job.end))
            job = jobs.get(consumed)!
            r = await job.result
          }
        }
        opts.onDiagnostics(r.diagnostics)
        if (r.diagnostics.some((d) => d.severity === 'error')) anyError = true
        opts.onCounts(r.counts)
        if (used.length < r.used.length) used = new Uint8Array(r.used.length)
        mergeCheckState({ used, spellings }, r)
        devices += r.devices
        rows += r.rows
        bytes += r.read
        if (r.out.length > 0) {
          // In a JSON list every row a worker writes starts with ",\n"; the very first keeps only
          // the line break, as the sequential writer puts it.
          const out = !wroteAny && opts.commaFirst ? r.out.subarray(1) : r.out
          const answered = job
          const answer = r
          await opts.write(out, () => recycle(answered, answer))
          wroteAny = true
        } else recycle(job, r)
        jobs.delete(consumed++)
        notify()
        opts.onProgress(bytes, devices)
      }
    }
    /** The bytes of an answer go back to the worker that wrote them. */
    const recycle = (job: Job, r: WorkerResult) => {
      if (failure === undefined) workers[job.worker]!.postMessage({ recycle: r.out.buffer } satisfies WorkerMessage, [r.out.buffer as ArrayBuffer])
    }
    await Promise.all([produce(), consume()].map((p) => p.catch((err) => { fail(err); throw err })))
    if (rows === 0 && !anyError) opts.onDiagnostics([{ code: 'empty_input', severity: 'error', at: { file: opts.file } }])
    return { devices, used, spellings }
  } finally {
    await file.close()
    workers.forEach((w, i) => {
      w.off('message', handlers[i]!)
      w.off('error', fail)
    })
  }
}

/** What `readHeader` found. */
type Head = {
  /** The first record, unless the file has none. */
  header: CsvRecord | undefined
  delimiter: string
  /** Malformed records before the header. */
  diagnostics: Diagnostic[]
  /** The byte after the header, and its line. */
  end: number
  endLine: number
}

/** Reads until the header record is complete, with the same tokenizer as the sequential reader. */
async function readHeader(readAt: (bytes: Uint8Array, offset: number, length: number, position: number) => Promise<number>, file: string, chunk: number): Promise<Head> {
  const tokenizer = new CsvTokenizer()
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  const malformed = (p: CsvProblem): Diagnostic => ({ code: 'malformed_csv', severity: 'error', at: { file, line: p.line }, problem: p.problem })
  // Bytes read so far; the tokenizer gets whole lines only (`fed` bytes), so no character is cut in two.
  let read: Uint8Array = new Uint8Array(0)
  let fed = 0
  let position = 0
  const more = async (): Promise<boolean> => {
    const bytes = new Uint8Array(chunk)
    const bytesRead = await readAt(bytes, 0, chunk, position)
    if (bytesRead === 0) return false
    if (position === 0) assertInventory(utf8(bytes.subarray(0, bytesRead)), file)
    position += bytesRead
    read = concat(read, bytes.subarray(0, bytesRead))
    return true
  }
  for (let final = false; !final && headerIndex(records, false) === undefined;) {
    if (await more()) {
      const cut = read.lastIndexOf(LF) + 1
      if (cut > fed) tokenizer.push(utf8(read.subarray(fed, cut)), records, problems)
      fed = Math.max(fed, cut)
    } else {
      tokenizer.push(utf8(read.subarray(fed)), records, problems)
      tokenizer.end(records, problems)
      final = true
    }
  }
  // The header may come after a title (see `headerIndex`), reported as the sequential reader does.
  const at = headerIndex(records, true)!
  const header = records[at]
  const diagnostics = problems.filter((p) => header === undefined || p.line < header.line).map(malformed)
  if (header === undefined) return { header, delimiter: ',', diagnostics, end: read.length, endLine: 1 }
  if (at > 0) diagnostics.push(linesBeforeHeader(records[0]!, header, { file, line: records[0]!.line }))
  // The header ends on the line break after its start line and the line breaks inside its cells.
  let breaks = header.line
  for (const cell of header.cells) breaks += cell.split('\n').length - 1
  let end = 0
  for (let k = 0; k < breaks; k++) {
    const i = read.indexOf(LF, end)
    if (i === -1) {
      end = read.length
      break
    }
    end = i + 1
  }
  return { header, delimiter: tokenizer.delimiter ?? ',', diagnostics, end, endLine: breaks + 1 }
}

/** The text of UTF-8 bytes (invalid sequences become U+FFFD, as the sequential reader reads them). */
function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
}

/**
 * Line breaks in `bytes`. Searched through a Buffer view: Buffer's `indexOf` is a memchr, where a
 * Uint8Array's took three times as long per line (80 ms of the main thread's time for 1M lines).
 */
function countLines(bytes: Uint8Array): number {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let n = 0
  for (let i = b.indexOf(LF); i !== -1; i = b.indexOf(LF, i + 1)) n++
  return n
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
