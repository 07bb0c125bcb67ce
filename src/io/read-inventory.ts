/**
 * Reading inventories from files or stdin, streamed: the I/O edge around `parseInventoryStream`
 * (and `parseWorkbookInventory` for an Excel workbook, told by its first bytes).
 */
import { open, stat } from 'node:fs/promises'
import { stdin as processStdin } from 'node:process'
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { formatDiagnosticMessage } from '../diagnostics/format.js'
import { TrustpathError } from '../errors.js'
import { parseInventoryStream, parseWorkbookInventory, type ParseInventoryOptions } from '../inventory/parse.js'
import { isZip } from '../inventory/formats.js'
import type { InventoryBatch, InventoryFormat } from '../inventory/rows.js'
import { STDIN_FILE, unreadable } from './inventory-file.js'
import { decodeWindows1252, ENCODING_SAMPLE, legacyDecoder, textEncodingOf } from './text-encoding.js'
import { inflateStream } from './gzip.js'

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
  /** The worksheet of an Excel workbook to read, by name or 1-based number; see `parseWorkbookInventory`. */
  sheet?: string
}

const DEFAULTS = { strict: false, chunkSize: 1 << 16 } as const

/** The file's bytes in chunks (stdin for `-`); read errors become `input_unreadable`. */
async function* bytesOf(path: string, opts: { chunkSize: number; stdin?: Readable }): AsyncGenerator<Buffer> {
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
    for await (const raw of stream) yield typeof raw === 'string' ? Buffer.from(raw, 'utf8') : (raw as Buffer)
  } catch (err) {
    throw unreadable(path === '-' ? STDIN_FILE : path, err)
  } finally {
    stream.destroy()
  }
}

/**
 * Bytes as text in chunks. The encoding follows from the first bytes (`textEncodingOf`): UTF-8,
 * UTF-16 (Excel's "Unicode Text", Windows PowerShell's `>`), Windows-1252 (Excel's plain "CSV"
 * on a Western European Windows) or the code page of a Chinese, Japanese, Korean, Russian, Central
 * European or Turkish one.
 */
async function* textOf(first: Buffer, more: AsyncIterator<Buffer>, file: string): AsyncGenerator<string> {
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
    if (encoding !== 'utf8' && encoding !== 'utf16le' && encoding !== 'utf16be') {
      // A legacy code page: the decoder keeps a multi-byte character cut between chunks.
      const decoder = legacyDecoder(encoding, file)
      decode = (chunk) => decoder.decode(chunk, { stream: true })
      end = () => decoder.decode()
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
  // The first chunk was read to tell a workbook; the rest follow it without another generator between.
  for (let next: Buffer | undefined = first; next !== undefined; next = await more.next().then((r) => (r.done === true ? undefined : r.value))) {
    let chunk = next
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
}

/**
 * The largest workbook read: it is held in memory whole (a zip is read from its directory at the
 * end). Excel's largest sheet, 1,048,576 rows of eight columns, is about 150 MB.
 */
const MAX_WORKBOOK_BYTES = 1 << 30

/** All the bytes of a workbook, from its first chunk on. */
async function collect(first: Buffer, rest: AsyncIterator<Buffer>, file: string): Promise<Uint8Array> {
  const chunks = [first]
  let size = first.length
  for (let r = await rest.next(); r.done !== true; r = await rest.next()) {
    chunks.push(r.value)
    size += r.value.length
    if (size > MAX_WORKBOOK_BYTES) {
      throw new TrustpathError('input_invalid', 'the workbook is larger than the 1 GiB read', { at: { file }, hint: 'Export the inventory as CSV instead.' })
    }
  }
  return chunks.length === 1 ? first : Buffer.concat(chunks, size)
}

/**
 * Reads an inventory file (or stdin for `-`) as a stream of batches, in any supported format,
 * gzip-compressed or not (told by its first bytes; inflated as it is read, the format told by the
 * text and by the name without `.gz`). Bad rows are reported in `diagnostics` and skipped; with
 * `strict`, the first error throws. Locations name `path` as given, with the lines of the text.
 *
 * @throws TrustpathError `input_unreadable` when the file cannot be read, `input_invalid` in
 *   strict mode at the first error diagnostic, or for a gzip file that does not decompress.
 * @example
 * for await (const batch of readInventory('devices.csv', { strict: false })) {
 *   devices.push(...batch.devices)
 *   diagnostics.push(...batch.diagnostics)
 * }
 */
export async function* readInventory(path: string, options: ReadInventoryOptions = {}): AsyncGenerator<InventoryBatch> {
  const opts = { ...DEFAULTS, ...options }
  let sized = false
  if (path !== '-' && opts.expectedBytes === undefined) {
    // A file's size sizes the duplicate check (a pipe or a file that cannot be read: none).
    const size = await stat(path).then((s) => (s.isFile() ? s.size : undefined), () => undefined)
    if (size !== undefined) opts.expectedBytes = size
    sized = size !== undefined
  }
  const file = path === '-' ? STDIN_FILE : path
  const raw = bytesOf(path, opts.stdin === undefined ? { chunkSize: opts.chunkSize } : { chunkSize: opts.chunkSize, stdin: opts.stdin })
  // The file is closed however the reading ends: a parser that refuses the file part-way (a web
  // page, a topology) or a reader that stops early leaves the bytes' generator suspended, and
  // with it the file handle, which garbage collection then closed with a warning.
  let inflated: AsyncIterator<Buffer> | undefined
  try {
    const start = await raw.next()
    // A gzip-compressed input (whatever its name, standard input too) is read as the bytes it
    // holds, inflated as they are read; its format follows from them and from its name without `.gz`.
    const input = await inflateStream(start.done === true ? undefined : start.value, raw, file, 'inventory')
    const first: IteratorResult<Buffer, undefined> = input.first === undefined ? { done: true, value: undefined } : { done: false, value: input.first }
    const more = input.rest
    if (input.compressed) inflated = more
    // The compressed size tells nothing of the number of rows.
    if (input.compressed && sized) delete opts.expectedBytes
    let batches: AsyncIterable<InventoryBatch> | Iterable<InventoryBatch>
    // A sheet asked for in a text inventory would otherwise be dropped without a word, and the
    // user would take the rows read for those of the sheet.
    let sheetIgnored = false
    if (first.done !== true && isZip(first.value)) {
      // A zip is read as a workbook whatever its name (xlsx.ts refuses other archives); its bytes
      // are all needed, as a zip's directory is at its end.
      const bytes = await collect(first.value, more, file)
      batches = parseWorkbookInventory(bytes, opts.sheet === undefined ? { file } : { file, sheet: opts.sheet }, opts)
    } else {
      // A file named .xlsx that is no zip is read by its content: CSV saved under a workbook's name,
      // or an Excel 97-2003 or password-protected workbook, which the text reader refuses with a hint.
      // Text given with --input-format xlsx is refused there, as any format asked for and not found.
      const source = opts.format === undefined ? { file } : { file, format: opts.format }
      const chunks = first.done === true ? [] : textOf(first.value, more, file)
      batches = parseInventoryStream(chunks, source, opts)
      // (With --input-format xlsx the text is refused, and the sheet goes with it.)
      sheetIgnored = opts.sheet !== undefined && opts.format !== 'xlsx'
    }
    for await (const batch of batches) {
      if (sheetIgnored) {
        batch.diagnostics.unshift({ code: 'sheet_ignored', severity: 'warning', at: { file }, sheet: opts.sheet! })
        sheetIgnored = false
      }
      if (opts.strict) throwAtFirstError(batch)
      // How far through the file: a compressed file's bytes read, against its size on disk.
      if (input.compressed) batch.bytes = input.inputBytes()
      yield batch
    }
  } finally {
    await inflated?.return?.(undefined)
    await raw.return(undefined)
  }
}

/**
 * `--strict`: throws `input_invalid` for the batch's first error diagnostic, with its place; one
 * file's reader and the reader of several files stop alike.
 */
export function throwAtFirstError(batch: InventoryBatch): void {
  const error = batch.diagnostics.find((d) => d.severity === 'error')
  if (error === undefined) return
  throw new TrustpathError('input_invalid', formatDiagnosticMessage(error), {
    at: error.at,
    hint: 'Fix this row, or run without --strict to skip bad rows and report them all.',
  })
}
