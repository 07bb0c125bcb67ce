/**
 * Reading inventories from files or stdin, streamed: the I/O edge around `parseInventoryStream`.
 */
import { open, stat } from 'node:fs/promises'
import { stdin as processStdin } from 'node:process'
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
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

/**
 * The file's text in chunks; read errors become `input_unreadable`. UTF-8 unless the first bytes
 * say UTF-16 (see `utf16Of`): Excel's "Unicode Text" and Windows PowerShell's `>` write UTF-16.
 */
async function* chunksOf(path: string, opts: { chunkSize: number; stdin?: Readable }): AsyncGenerator<string> {
  let stream: Readable
  if (path === '-') {
    stream = opts.stdin ?? processStdin
  } else {
    let handle
    try {
      handle = await open(path, 'r')
    } catch (err) {
      throw unreadable(path, err)
    }
    stream = handle.createReadStream({ highWaterMark: opts.chunkSize })
  }
  try {
    let decoder: StringDecoder | undefined
    let swap = false
    /** A lone byte of a UTF-16BE code unit cut by a chunk, put back before the next chunk. */
    let odd: Buffer | undefined
    /** The first bytes, held until there are enough to tell the encoding. */
    let head: Buffer | undefined = Buffer.alloc(0)
    const decode = (chunk: Buffer): string => {
      if (decoder === undefined) {
        const utf16 = utf16Of(chunk)
        decoder = new StringDecoder(utf16 === undefined ? 'utf8' : 'utf16le')
        swap = utf16 === 'be'
      }
      if (swap) {
        // Node decodes UTF-16LE only: big-endian code units are swapped into it, by whole pairs.
        if (odd !== undefined) chunk = Buffer.concat([odd, chunk])
        const even = chunk.length & ~1
        odd = even < chunk.length ? chunk.subarray(even) : undefined
        chunk = Buffer.from(chunk.subarray(0, even)).swap16()
      }
      return decoder.write(chunk)
    }
    for await (const raw of stream) {
      let chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : (raw as Buffer)
      if (head !== undefined) {
        head = Buffer.concat([head, chunk])
        if (head.length < ENCODING_SAMPLE) continue
        chunk = head
        head = undefined
      }
      const text = decode(chunk)
      if (text !== '') yield text
    }
    const rest = (head !== undefined && head.length > 0 ? decode(head) : '') + ((decoder as StringDecoder | undefined)?.end() ?? '')
    if (rest !== '') yield rest
  } catch (err) {
    throw unreadable(path === '-' ? STDIN_FILE : path, err)
  } finally {
    stream.destroy()
  }
}

/** Bytes looked at to tell the encoding of a text (see `utf16Of`). */
const ENCODING_SAMPLE = 512

/**
 * UTF-16 from the first bytes of a file: a byte order mark (FF FE little-endian, FE FF big-endian),
 * or, without one, text of ASCII characters with a zero byte beside each (as a file written
 * without its mark looks); undefined for anything else, read as UTF-8.
 */
export function utf16Of(start: Uint8Array): 'le' | 'be' | undefined {
  if (start.length >= 2 && start[0] === 0xff && start[1] === 0xfe) return 'le'
  if (start.length >= 2 && start[0] === 0xfe && start[1] === 0xff) return 'be'
  const n = Math.min(start.length, ENCODING_SAMPLE) & ~1
  if (n < 8) return undefined
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (start[i] === 0 && start[i + 1] !== 0) evenZero++
    if (start[i + 1] === 0 && start[i] !== 0) oddZero++
  }
  if (oddZero > 0.9 * (n / 2)) return 'le'
  if (evenZero > 0.9 * (n / 2)) return 'be'
  return undefined
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
