import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { TrustpathError } from '../errors.js'
import { parsePrefixTable, type PrefixTable } from '../exposure/address-prefixes.js'
import type { Diagnostic, WithDiagnostics } from '../diagnostics/diagnostic.js'
import { FlowRecordReader, flowRecordFormat, unreadFlowLog, type FlowRecordFormat, type FlowRecords, type UnreadFlowLog } from '../topology/import/flow-records.js'
import { inflateStream } from './gzip.js'
import { fileProblem, readTextFile } from './read-text.js'

/** The bytes of a file's start that tell a flow log. */
const HEAD_BYTES = 4096

/**
 * The bytes of a flow log, inflated as they are read when it is gzip-compressed (a rotated Zeek log,
 * `conn.00:00:00-01:00:00.log.gz`), whatever its name. The stream is closed when the caller stops.
 */
async function* logBytes(path: string, taken?: { bytes: number }): AsyncGenerator<Buffer> {
  const raw = createReadStream(path)[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  try {
    const start = await raw.next()
    const input = await inflateStream(start.done === true ? undefined : start.value, raw, path, 'flow log')
    if (input.first === undefined) return
    if (taken !== undefined) taken.bytes = input.inputBytes()
    yield input.first
    for (let r = await input.rest.next(); r.done !== true; r = await input.rest.next()) {
      if (taken !== undefined) taken.bytes = input.inputBytes()
      yield r.value
    }
  } finally {
    await raw.return?.()
  }
}

/**
 * What the start of a file (gzip-compressed or not) says of it as a flow log, from one read of it:
 * the record format read (nfdump's CSV, Zeek's conn.log, AWS VPC flow logs), a flow log of a kind
 * not read (nfdump's statistics, pmacct's CSV: see `unreadFlowLog`), or undefined for any other
 * file (one that cannot be opened too: reading it as a flow list says why).
 *
 * @example
 * const log = await flowLogOf('conn.log') // { format: 'zeek' }
 */
export async function flowLogOf(path: string): Promise<{ format: FlowRecordFormat } | { unread: UnreadFlowLog } | undefined> {
  const head = await logHead(path)
  if (head === undefined) return undefined
  const format = flowRecordFormat(head)
  if (format !== undefined) return { format }
  const unread = unreadFlowLog(head)
  return unread === undefined ? undefined : { unread }
}

/** The text of a file's start, inflated when it is gzip-compressed; undefined when it cannot be read. */
async function logHead(path: string): Promise<string | undefined> {
  try {
    // The first inflated chunk of a compressed log holds its header; a plain file is read no further than its head.
    for await (const chunk of logBytes(path)) return chunk.subarray(0, HEAD_BYTES).toString('utf8')
    return undefined
  } catch {
    return undefined
  }
}

/** Lines read between two calls of a flow log's `onProgress`. */
const PROGRESS_LINES = 8192

/**
 * Reads a flow log (nfdump's CSV, Zeek's conn.log), gzip-compressed or not, a line at a time,
 * summing the bytes per pair of addresses: memory grows with the pairs, not the records.
 * `onProgress`, when given, is told now and then the bytes of the file read so far (compressed
 * ones for a compressed log, so that they count up to the file's size) and the records read.
 *
 * @throws TrustpathError `input_unreadable` when the file cannot be read.
 * @example
 * const { value, diagnostics } = await readFlowRecords('conn.log', 'zeek')
 */
export async function readFlowRecords(
  path: string, format: FlowRecordFormat, onProgress?: (bytes: number, records: number) => void,
): Promise<{ value: FlowRecords; diagnostics: Diagnostic[] }> {
  const reader = new FlowRecordReader(path, format)
  const taken = { bytes: 0 }
  const stream = Readable.from(logBytes(path, taken), { objectMode: false }).setEncoding('utf8')
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let line = 0
  try {
    for await (const text of lines) {
      reader.push(text, ++line)
      if (onProgress !== undefined && line % PROGRESS_LINES === 0) onProgress(taken.bytes, reader.recordsRead)
    }
    onProgress?.(taken.bytes, reader.recordsRead)
  } catch (cause) {
    // A damaged or cut-short compressed log says so itself (file, what, how to mend it).
    if (cause instanceof TrustpathError) throw cause
    throw new TrustpathError('input_unreadable', `cannot read the flow log: ${fileProblem(cause)}`, { at: { file: path, line: line + 1 }, cause, hint: 'Check the path and that the file is whole.' })
  }
  return reader.finish()
}

/**
 * Reads a prefix table (CSV `prefix,node[,class]`; see `parsePrefixTable`).
 *
 * @throws TrustpathError `input_unreadable` when the file cannot be read.
 */
export async function readPrefixTable(path: string): Promise<WithDiagnostics<PrefixTable>> {
  return parsePrefixTable(await readTextFile(path, 'prefix table'), { file: path })
}
