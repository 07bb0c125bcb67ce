import { createReadStream } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { buildColumnMap } from '../inventory/columns.js'
import type { CsvProblem, CsvRecord } from '../inventory/csv.js'
import { CsvTokenizer } from '../inventory/csv.js'
import { DuplicateIndex } from '../inventory/parse.js'
import type { CompiledPolicy } from '../policy/evaluate.js'
import { exemptionDiagnostics } from '../policy/evaluate.js'
import type { CheckSummary } from '../report/findings.js'
import { mergeSummary, newSummary } from '../report/findings.js'
import type { WorkerBatch, WorkerResult, WorkerSetup } from './parallel-check-worker.js'

/** Records per message to a worker. */
const BATCH = 2048

/** What a parallel check reports back; the findings went to `write` in inventory order. */
export type ParallelCheckResult = { devices: number; summary: CheckSummary; diagnostics: Diagnostic[] }

/**
 * Checks a CSV inventory with `jobs` worker threads. The main thread reads the file, splits it into
 * records, reports malformed and repeated rows (exactly as the sequential reader does) and hands
 * batches of records to the workers, which validate, identify, check and format them; their output
 * is written back in inventory order. Returns undefined, having read nothing, when the header has
 * no id (the sequential path then reports it).
 */
export async function checkCsvInParallel(opts: {
  path: string; file: string; jobs: number; policy: CompiledPolicy; setup: Omit<WorkerSetup, 'header' | 'file'>
  detectDuplicates: boolean
  write: (text: string) => Promise<void> | void
  onProgress: (bytes: number, devices: number) => void
  onDiagnostics: (diagnostics: readonly Diagnostic[]) => void
}): Promise<ParallelCheckResult> {
  const tokenizer = new CsvTokenizer()
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  const duplicates = opts.detectDuplicates ? new DuplicateIndex() : undefined
  let header: string[] | undefined
  let idIndex = -1
  let workers: Worker[] = []
  const summary = newSummary()
  let devices = 0
  let bytes = 0
  let wroteAny = false
  let seq = 0
  let nextToWrite = 0
  const done = new Map<number, WorkerResult>()
  const pendingDiagnostics = new Map<number, Diagnostic[]>()
  const waiting: (() => void)[] = []
  let cells: string[][] = []
  let lines: number[] = []
  let failure: unknown

  const flushInOrder = async () => {
    for (let r = done.get(nextToWrite); r !== undefined; r = done.get(nextToWrite)) {
      done.delete(nextToWrite)
      opts.onDiagnostics([...(pendingDiagnostics.get(nextToWrite) ?? []), ...r.diagnostics])
      pendingDiagnostics.delete(nextToWrite)
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
  const send = async (diagnostics: Diagnostic[]) => {
    const batch: WorkerBatch = { seq, cells, lines }
    pendingDiagnostics.set(seq, diagnostics)
    workers[seq % workers.length]!.postMessage(batch)
    seq++
    cells = []
    lines = []
    // At most two batches in flight per worker: memory stays bounded however big the file.
    while (seq - nextToWrite > workers.length * 2 && failure === undefined) await new Promise<void>((r) => waiting.push(r))
    if (failure !== undefined) throw failure
  }

  const start = async (h: string[]) => {
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
        flushInOrder().then(() => { while (waiting.length > 0) waiting.shift()!() }, (err) => { failure = err; while (waiting.length > 0) waiting.shift()!() })
      })
      w.on('error', (err) => { failure = err; while (waiting.length > 0) waiting.shift()!() })
    }
  }

  try {
    let rowDiagnostics: Diagnostic[] = []
    const take = async () => {
      let p = 0
      for (const record of records) {
        for (; p < problems.length && problems[p]!.line < record.line; p++) {
          rowDiagnostics.push({ code: 'malformed_csv', severity: 'error', at: { file: opts.file, line: problems[p]!.line }, problem: problems[p]!.problem })
        }
        if (header === undefined) {
          header = record.cells
          const columns = buildColumnMap(header, { file: opts.file, line: record.line }, rowDiagnostics)
          idIndex = columns.targets.findIndex((t) => t?.kind === 'scalar' && t.field === 'id')
          if (idIndex < 0) idIndex = columns.targets.findIndex((t) => t?.kind === 'scalar' && t.field === 'name')
          await start(header)
          continue
        }
        if (record.cells.length !== header.length) {
          rowDiagnostics.push({ code: 'malformed_csv', severity: 'error', at: { file: opts.file, line: record.line }, problem: 'field_count', expected: header.length, got: record.cells.length })
          continue
        }
        const id = record.cells[idIndex]?.trim() ?? ''
        if (duplicates !== undefined && id !== '') {
          const first = duplicates.check(id, record.line)
          if (first !== undefined) {
            rowDiagnostics.push({ code: 'duplicate_device', severity: 'warning', at: { file: opts.file, line: record.line }, id, first: { file: opts.file, line: first } })
            continue
          }
        }
        cells.push(record.cells)
        lines.push(record.line)
        if (cells.length >= BATCH) {
          await send(rowDiagnostics)
          rowDiagnostics = []
        }
      }
      for (; p < problems.length; p++) {
        rowDiagnostics.push({ code: 'malformed_csv', severity: 'error', at: { file: opts.file, line: problems[p]!.line }, problem: problems[p]!.problem })
      }
      records.length = 0
      problems.length = 0
    }
    for await (const chunk of createReadStream(opts.path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      bytes += Buffer.byteLength(chunk as string)
      tokenizer.push(chunk as string, records, problems)
      await take()
    }
    tokenizer.end(records, problems)
    await take()
    if (workers.length === 0) {
      opts.onDiagnostics(rowDiagnostics)
      return { devices: 0, summary, diagnostics: [] }
    }
    await send(rowDiagnostics)
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
