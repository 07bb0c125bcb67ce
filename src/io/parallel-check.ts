import { createReadStream } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { buildColumnMap, idOf, type ColumnMap } from '../inventory/columns.js'
import type { CsvProblem, CsvSpans } from '../inventory/csv.js'
import { CsvTokenizer, cellsAt } from '../inventory/csv.js'
import { DuplicateIndex } from '../inventory/parse.js'
import type { CompiledPolicy } from '../policy/evaluate.js'
import { exemptionDiagnostics } from '../policy/evaluate.js'
import type { CheckSummary } from '../report/findings.js'
import { mergeSummary, newSummary } from '../report/findings.js'
import type { WorkerBatch, WorkerResult, WorkerSetup } from './parallel-check-worker.js'

/**
 * Characters read per message to a worker. Small enough that a worker's objects die young and
 * two messages in flight per worker bound the memory; big enough that messaging costs little.
 */
const CHUNK = 1 << 18

/** What a parallel check reports back; the findings went to `write` in inventory order. */
export type ParallelCheckResult = { devices: number; summary: CheckSummary; diagnostics: Diagnostic[] }

/**
 * Checks a CSV inventory with `jobs` worker threads. The main thread reads the file and finds where
 * each record lies (the same tokenizer as the sequential reader, without splitting records into
 * cells), reports malformed and repeated rows, and hands the text with the records' places to the
 * workers, which split, validate, identify, check and format them; their output is written back in
 * inventory order, and every diagnostic in line order, exactly as the sequential check gives them.
 */
export async function checkCsvInParallel(opts: {
  path: string; file: string; jobs: number; policy: CompiledPolicy; setup: Omit<WorkerSetup, 'header' | 'file'>
  detectDuplicates: boolean
  write: (text: string) => Promise<void> | void
  onProgress: (bytes: number, devices: number) => void
  onDiagnostics: (diagnostics: readonly Diagnostic[]) => void
}): Promise<ParallelCheckResult> {
  const tokenizer = new CsvTokenizer()
  const problems: CsvProblem[] = []
  const duplicates = opts.detectDuplicates ? new DuplicateIndex() : undefined
  let header: string[] | undefined
  let usable = false
  let idColumns: Pick<ColumnMap, 'idColumns'> = { idColumns: [] }
  let workers: Worker[] = []
  const summary = newSummary()
  let devices = 0
  let rows = 0
  let anyError = false
  let bytes = 0
  let wroteAny = false
  let seq = 0
  let nextToWrite = 0
  const done = new Map<number, WorkerResult>()
  /** Per message: the diagnostics the main thread found in its rows. */
  const mainDiagnostics = new Map<number, Diagnostic[]>()
  const waiting: (() => void)[] = []
  let failure: unknown
  const wake = () => { while (waiting.length > 0) waiting.shift()!() }

  const flushInOrder = async () => {
    for (let r = done.get(nextToWrite); r !== undefined; r = done.get(nextToWrite)) {
      done.delete(nextToWrite)
      opts.onDiagnostics(mergeByLine(r.diagnostics, mainDiagnostics.get(nextToWrite) ?? []))
      mainDiagnostics.delete(nextToWrite)
      mergeSummary(summary, r.summary)
      devices += r.devices
      if (r.text !== '') {
        await opts.write(wroteAny ? r.text : r.text.replace(/^,\n/, ''))
        wroteAny = true
      }
      nextToWrite++
      opts.onProgress(bytes, devices)
    }
  }

  const startWorkers = async (h: string[]) => {
    const setup: WorkerSetup = { ...opts.setup, header: h, file: opts.file }
    workers = Array.from({ length: opts.jobs }, () => new Worker(new URL('./parallel-check-worker.js', import.meta.url), { workerData: setup }))
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      w.once('error', reject)
      w.once('message', () => resolve())
    })))
    for (const w of workers) {
      w.on('message', (r: WorkerResult | { used: Uint8Array }) => {
        if (!('seq' in r)) return
        done.set(r.seq, r)
        flushInOrder().then(wake, (err) => { failure = err; wake() })
      })
      w.on('error', (err) => { failure = err; wake() })
    }
  }

  const malformed = (line: number, problem: CsvProblem['problem']): Diagnostic =>
    ({ code: 'malformed_csv', severity: 'error', at: { file: opts.file, line }, problem })

  /** Reads the records of one scan; sends them to a worker (once there is a header). */
  const take = async (spans: CsvSpans, last: boolean) => {
    const diagnostics: Diagnostic[] = []
    const batch: WorkerBatch = { seq, text: spans.text, delimiter: spans.delimiter, starts: [], ends: [], lines: [], quoted: [], repeated: [] }
    let p = 0
    for (let i = 0; i < spans.starts.length; i++) {
      const line = spans.lines[i]!
      for (; p < problems.length && problems[p]!.line < line; p++) diagnostics.push(malformed(problems[p]!.line, problems[p]!.problem))
      const start = spans.starts[i]!
      const end = spans.ends[i]!
      const quoted = spans.quoted[i]
      if (header === undefined) {
        header = cellsAt(spans.text, start, end, quoted !== undefined, spans.delimiter)
        const columns = buildColumnMap(header, { file: opts.file, line }, diagnostics)
        usable = columns.usable
        idColumns = columns
        if (usable) await startWorkers(header)
        continue
      }
      if (!usable) continue
      const fields = quoted !== undefined ? quoted.length : countFields(spans.text, start, end, spans.delimiter)
      if (fields !== header.length) {
        diagnostics.push({ code: 'malformed_csv', severity: 'error', at: { file: opts.file, line }, problem: 'field_count', expected: header.length, got: fields })
        continue
      }
      rows++
      // As the sequential reader: a repeated id is reported after the row's own diagnostics, and
      // the row is validated (for those) but not checked. The worker does the validating.
      let repeated = 0
      if (duplicates !== undefined) {
        const id = idOf((k) => (quoted !== undefined ? quoted[k] : fieldAt(spans.text, start, end, k, spans.delimiter)), idColumns)
        const first = id === '' ? undefined : duplicates.check(id, line)
        if (first !== undefined) {
          diagnostics.push({ code: 'duplicate_device', severity: 'warning', at: { file: opts.file, line }, id, first: { file: opts.file, line: first } })
          repeated = 1
        }
      }
      batch.starts.push(start)
      batch.ends.push(end)
      batch.lines.push(line)
      batch.quoted.push(quoted !== undefined ? 1 : 0)
      batch.repeated.push(repeated)
    }
    if (last) {
      for (; p < problems.length; p++) diagnostics.push(malformed(problems[p]!.line, problems[p]!.problem))
      if (rows === 0 && !anyError && !diagnostics.some((d) => d.severity === 'error')) diagnostics.push({ code: 'empty_input', severity: 'warning', at: { file: opts.file } })
    }
    problems.splice(0, p)
    if (diagnostics.some((d) => d.severity === 'error')) anyError = true
    if (workers.length === 0) {
      // No usable header yet (or ever): nothing to check, only diagnostics to report.
      opts.onDiagnostics(diagnostics)
      return
    }
    if (batch.starts.length === 0) batch.text = ''
    mainDiagnostics.set(seq, diagnostics)
    workers[seq % workers.length]!.postMessage(batch)
    seq++
    // At most two messages in flight per worker: memory stays bounded however big the file.
    while (seq - nextToWrite > workers.length * 2 && failure === undefined) await new Promise<void>((r) => waiting.push(r))
    if (failure !== undefined) throw failure
  }

  try {
    for await (const chunk of createReadStream(opts.path, { encoding: 'utf8', highWaterMark: CHUNK })) {
      bytes += Buffer.byteLength(chunk as string)
      await take(tokenizer.pushSpans(chunk as string, problems), false)
    }
    await take(tokenizer.endSpans(problems), true)
    while (nextToWrite < seq && failure === undefined) await new Promise<void>((r) => waiting.push(r))
    if (failure !== undefined) throw failure
    const used = new Uint8Array(opts.policy.exemptions.length)
    for (const w of workers) {
      const part = await new Promise<{ used: Uint8Array }>((resolve) => {
        w.once('message', resolve)
        w.postMessage({ done: true })
      })
      part.used.forEach((u, i) => { if (u) used[i] = 1 })
    }
    return { devices, summary, diagnostics: exemptionDiagnostics(opts.policy, { used }, new Date(opts.setup.now)) }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}

/** Fields of a record without quotes: its separators plus one. */
function countFields(text: string, start: number, end: number, sep: string): number {
  let n = 1
  for (let i = text.indexOf(sep, start); i !== -1 && i < end; i = text.indexOf(sep, i + 1)) n++
  return n
}

/** Field `k` of a record without quotes. */
function fieldAt(text: string, start: number, end: number, k: number, sep: string): string {
  let from = start
  for (let j = 0; j < k; j++) from = text.indexOf(sep, from) + 1
  const to = text.indexOf(sep, from)
  return text.slice(from, to === -1 || to > end ? end : to)
}

/**
 * Two lists of diagnostics, each in line order, merged into one in line order; on the same line the
 * worker's (the row's own) come before the main thread's (a repeated id), as the sequential reader
 * reports them.
 */
function mergeByLine(fromWorker: readonly Diagnostic[], fromMain: readonly Diagnostic[]): Diagnostic[] {
  if (fromMain.length === 0) return [...fromWorker]
  if (fromWorker.length === 0) return [...fromMain]
  const line = (d: Diagnostic) => d.at.line ?? Infinity
  const out: Diagnostic[] = []
  let w = 0
  for (const m of fromMain) {
    while (w < fromWorker.length && line(fromWorker[w]!) <= line(m)) out.push(fromWorker[w++]!)
    out.push(m)
  }
  while (w < fromWorker.length) out.push(fromWorker[w++]!)
  return out
}
