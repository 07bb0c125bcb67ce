/**
 * What is learnt of an inventory file before it is read: its name for diagnostics, its size and
 * its text encoding. Kept apart from the reader so that the CLI can decide on worker threads (and
 * start them) before loading the parsers.
 */
import { stat } from 'node:fs/promises'
import { isUtf8 } from 'node:buffer'
import { TrustpathError } from '../errors.js'
import { fileProblem } from './read-text.js'

/** The name diagnostics use for standard input. */
export const STDIN_FILE = '<stdin>'

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
  return new TrustpathError('input_unreadable', `cannot read the inventory: ${fileProblem(err)}`, { at: { file: path }, hint, cause: err })
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

/** Windows-1252's characters for the bytes 0x80-0x9F (where it differs from ISO-8859-1). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Windows-1252 bytes as text (one byte a character, so chunks can be cut anywhere). */
export function decodeWindows1252(bytes: Buffer): string {
  const text = bytes.toString('latin1')
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text
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
