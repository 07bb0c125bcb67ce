import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { TrustpathError } from '../errors.js'
import { parsePrefixTable, type PrefixTable } from '../exposure/address-prefixes.js'
import type { Diagnostic, WithDiagnostics } from '../diagnostics/diagnostic.js'
import { FlowRecordReader, flowRecordFormat, type FlowRecordFormat, type FlowRecords } from '../topology/import/flow-records.js'
import { fileProblem, readTextFile } from './read-text.js'

/** The bytes of a file's start that tell a flow log. */
const HEAD_BYTES = 4096

/**
 * The flow record format of a file (nfdump's CSV, Zeek's conn.log) told by its start, or undefined
 * for any other file (one that cannot be opened too: reading it as a flow list says why).
 */
export async function flowRecordFormatOf(path: string): Promise<FlowRecordFormat | undefined> {
  let handle
  try {
    handle = await open(path, 'r')
    const buffer = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return flowRecordFormat(buffer.subarray(0, bytesRead).toString('utf8'))
  } catch {
    return undefined
  } finally {
    await handle?.close()
  }
}

/**
 * Reads a flow log (nfdump's CSV, Zeek's conn.log) a line at a time, summing the bytes per pair of
 * addresses: memory grows with the pairs, not the records.
 *
 * @throws TrustpathError `input_unreadable` when the file cannot be read.
 * @example
 * const { value, diagnostics } = await readFlowRecords('conn.log', 'zeek')
 */
export async function readFlowRecords(path: string, format: FlowRecordFormat): Promise<{ value: FlowRecords; diagnostics: Diagnostic[] }> {
  const reader = new FlowRecordReader(path, format)
  const stream = createReadStream(path, { encoding: 'utf8' })
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let line = 0
  try {
    for await (const text of lines) reader.push(text, ++line)
  } catch (cause) {
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
