/**
 * Reading inventories from files or stdin, streamed: the I/O edge around `parseInventoryStream`.
 */
import { open, stat } from 'node:fs/promises'
import { stdin as processStdin } from 'node:process'
import type { Readable } from 'node:stream'
import { formatDiagnostic } from '../diagnostics/format.js'
import { TrustpathError } from '../errors.js'
import { parseInventoryStream, type ParseInventoryOptions } from '../inventory/parse.js'
import type { InventoryBatch, InventoryFormat } from '../inventory/rows.js'

/** The name diagnostics use for standard input. */
export const STDIN_FILE = '<stdin>'

/** Options of `readInventory`. */
export type ReadInventoryOptions = ParseInventoryOptions & {
  /** The format; when absent, the file extension decides, then the first character. */
  format?: InventoryFormat
  /**
   * Stop at the first error diagnostic by throwing `TrustpathError('input_invalid')`.
   * @default false
   */
  strict?: boolean
  /** Bytes read per chunk. @default 64 KiB (small chunks keep the parsed rows young; see parse.ts) */
  chunkSize?: number
  /** Read this stream instead of `process.stdin` when the path is `-` (for tests). */
  stdin?: Readable
}

const DEFAULTS = { strict: false, chunkSize: 1 << 16 } as const

/** What a progress bar needs before reading starts. */
export type InventoryStat = {
  /** The name diagnostics use: the path, or `<stdin>`. */
  file: string
  /** Size in bytes; undefined for stdin and pipes, where the end is not known in advance. */
  totalBytes: number | undefined
}

/** An inventory that cannot be read, as a user error with a hint. */
export function unreadable(path: string, err: unknown): TrustpathError {
  const code = (err as { code?: string }).code
  const hint = code === 'ENOENT' ? 'Check the path; use "-" to read the inventory from standard input.'
    : code === 'EACCES' || code === 'EPERM' ? 'Check the file permissions.'
      : code === 'EISDIR' ? 'Pass an inventory file, not a directory.'
        : 'Check that the file exists and can be read.'
  const why = err instanceof Error ? err.message : String(err)
  return new TrustpathError('input_unreadable', `cannot read the inventory: ${why}`, { at: { file: path }, hint, cause: err })
}

/**
 * The display name and size of an inventory, for a progress bar against `InventoryBatch.bytes`.
 *
 * @example
 * const { totalBytes } = await statInventory('devices.csv')
 */
export async function statInventory(path: string): Promise<InventoryStat> {
  if (path === '-') return { file: STDIN_FILE, totalBytes: undefined }
  try {
    const s = await stat(path)
    if (s.isDirectory()) throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' })
    return { file: path, totalBytes: s.isFile() ? s.size : undefined }
  } catch (err) {
    throw unreadable(path, err)
  }
}

/** The file's text in chunks; read errors become `input_unreadable`. */
async function* chunksOf(path: string, opts: { chunkSize: number; stdin?: Readable }): AsyncGenerator<string> {
  let stream: Readable
  if (path === '-') {
    stream = opts.stdin ?? processStdin
    stream.setEncoding('utf8')
  } else {
    let handle
    try {
      handle = await open(path, 'r')
    } catch (err) {
      throw unreadable(path, err)
    }
    stream = handle.createReadStream({ encoding: 'utf8', highWaterMark: opts.chunkSize })
  }
  try {
    for await (const chunk of stream) yield chunk as string
  } catch (err) {
    throw unreadable(path === '-' ? STDIN_FILE : path, err)
  } finally {
    stream.destroy()
  }
}

/**
 * Reads an inventory file (or stdin for `-`) as a stream of batches, in any supported format.
 * Bad rows are reported in `diagnostics` and skipped; with `strict`, the first error throws.
 *
 * @throws TrustpathError `input_unreadable` when the file cannot be read, `input_invalid` in
 *   strict mode at the first error diagnostic.
 * @example
 * for await (const batch of readInventory('devices.csv', { strict: false })) {
 *   devices.push(...batch.devices)
 *   diagnostics.push(...batch.diagnostics)
 * }
 */
export async function* readInventory(path: string, options: ReadInventoryOptions = {}): AsyncGenerator<InventoryBatch> {
  const opts = { ...DEFAULTS, ...options }
  const file = path === '-' ? STDIN_FILE : path
  const source = opts.format === undefined ? { file } : { file, format: opts.format }
  const chunks = chunksOf(path, opts.stdin === undefined ? { chunkSize: opts.chunkSize } : { chunkSize: opts.chunkSize, stdin: opts.stdin })
  for await (const batch of parseInventoryStream(chunks, source, opts)) {
    if (opts.strict) {
      const error = batch.diagnostics.find((d) => d.severity === 'error')
      if (error !== undefined) {
        throw new TrustpathError('input_invalid', formatDiagnostic(error), {
          at: error.at,
          hint: 'Fix this row, or run without --strict to skip bad rows and report them all.',
        })
      }
    }
    yield batch
  }
}
