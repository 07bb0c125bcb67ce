/**
 * Reading inventories from files or stdin, streamed: the I/O edge around `parseInventoryStream`.
 */
import { open, stat } from 'node:fs/promises'
import { stdin as processStdin } from 'node:process'
import type { Readable } from 'node:stream'
import { isUtf8 } from 'node:buffer'
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
 * The file's text in chunks; read errors become `input_unreadable`. The encoding follows from the
 * first bytes (`textEncodingOf`): UTF-8, UTF-16 (Excel's "Unicode Text", Windows PowerShell's `>`)
 * or Windows-1252 (Excel's plain "CSV" on a Western European Windows).
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
    let decode: ((chunk: Buffer) => string) | undefined
    let end = (): string => ''
    /** The first bytes, held until there are enough to tell the encoding. */
    let head: Buffer | undefined = Buffer.alloc(0)
    const start = (sample: Buffer) => {
      const encoding = textEncodingOf(sample)
      if (encoding === 'windows-1252') {
        decode = decodeWindows1252
        return
      }
      const decoder = new StringDecoder(encoding === 'utf8' ? 'utf8' : 'utf16le')
      end = () => decoder.end()
      if (encoding !== 'utf16be') {
        decode = (chunk) => decoder.write(chunk)
        return
      }
      // Node decodes UTF-16LE only: big-endian code units are swapped into it, by whole pairs.
      let odd: Buffer | undefined
      decode = (chunk) => {
        if (odd !== undefined) chunk = Buffer.concat([odd, chunk])
        const even = chunk.length & ~1
        odd = even < chunk.length ? chunk.subarray(even) : undefined
        return decoder.write(Buffer.from(chunk.subarray(0, even)).swap16())
      }
    }
    for await (const raw of stream) {
      let chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : (raw as Buffer)
      if (head !== undefined) {
        head = Buffer.concat([head, chunk])
        if (head.length < ENCODING_SAMPLE) continue
        chunk = head
        head = undefined
        start(chunk)
      }
      const text = decode!(chunk)
      if (text !== '') yield text
    }
    let rest = ''
    if (head !== undefined && head.length > 0) {
      start(head)
      rest = decode!(head)
    }
    rest += end()
    if (rest !== '') yield rest
  } catch (err) {
    throw unreadable(path === '-' ? STDIN_FILE : path, err)
  } finally {
    stream.destroy()
  }
}

/** How an inventory's bytes are decoded (see `textEncodingOf`). */
export type TextEncodingName = 'utf8' | 'utf16le' | 'utf16be' | 'windows-1252'

/** Bytes looked at to tell the encoding of a text: the first 64 KiB, a chunk of the sequential reader. */
export const ENCODING_SAMPLE = 1 << 16

/**
 * The encoding of a text from its first bytes (up to `ENCODING_SAMPLE`): UTF-16 when `utf16Of`
 * says so; Windows-1252 when the bytes are not valid UTF-8, none of them forms a UTF-8 character
 * of two bytes or more, and none is zero (a legacy code page: 1252 is what Excel writes on Western
 * European systems, and it decodes any byte); else UTF-8, where a stray invalid byte among UTF-8
 * text, or one after the sample, is read as U+FFFD.
 */
export function textEncodingOf(start: Uint8Array): TextEncodingName {
  const utf16 = utf16Of(start)
  if (utf16 !== undefined) return utf16 === 'le' ? 'utf16le' : 'utf16be'
  const sample = start.subarray(0, ENCODING_SAMPLE)
  // Cut after the last ASCII byte, so that a character the sample cuts in two does not count.
  let cut = sample.length
  if (cut === ENCODING_SAMPLE) while (cut > 0 && sample[cut - 1]! >= 0x80) cut--
  const checked = sample.subarray(0, cut)
  return !isUtf8(checked) && !checked.includes(0) && !hasUtf8Sequence(checked) ? 'windows-1252' : 'utf8'
}

/** True when the bytes hold at least one well-formed UTF-8 sequence of two to four bytes. */
function hasUtf8Sequence(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!
    if (c < 0xc2 || c > 0xf4) continue
    const n = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3
    let ok = i + n < b.length
    for (let k = 1; ok && k <= n; k++) ok = (b[i + k]! & 0xc0) === 0x80
    if (ok) return true
  }
  return false
}

/** Windows-1252's characters for the bytes 0x80-0x9F (where it differs from ISO-8859-1). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Windows-1252 bytes as text (one byte a character, so chunks can be cut anywhere). */
function decodeWindows1252(bytes: Buffer): string {
  const text = bytes.toString('latin1')
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text
}


/**
 * UTF-16 from the first bytes of a file: a byte order mark (FF FE little-endian, FE FF big-endian),
 * or, without one, text of ASCII characters with a zero byte beside each (as a file written
 * without its mark looks); undefined for anything else, read as UTF-8.
 */
export function utf16Of(start: Uint8Array): 'le' | 'be' | undefined {
  if (start.length >= 2 && start[0] === 0xff && start[1] === 0xfe) return 'le'
  if (start.length >= 2 && start[0] === 0xfe && start[1] === 0xff) return 'be'
  const n = Math.min(start.length, 512) & ~1
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
