import { readFile } from 'node:fs/promises'
import { TrustpathError } from '../errors.js'
import { assertText } from '../inventory/not-text.js'
import { decodeLegacyText } from './text-encoding.js'
import { inflateWhole, inflateWholeOrRefuse } from './gzip.js'
import type { TextFileRole } from '../inventory/not-text.js'

/**
 * Why a file could not be read, in words for the usual causes (what every command says after
 * "cannot read the ..."), else the system's message.
 */
export function fileProblem(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : cause instanceof Error ? cause.message : String(cause)
}

/**
 * Reads a whole text file, UTF-8 or in the code page it was saved in (Windows-1252 and the others
 * `textEncodingOf` tells), decompressed when it is gzip-compressed (whatever its name), or fails
 * with `input_unreadable` naming the file, or with `input_invalid` when it is not text (a zip
 * archive, UTF-16, binary; see `assertText`) or is a damaged gzip file.
 */
export async function readTextFile(path: string, what: TextFileRole = 'file'): Promise<string> {
  return decodeTextFile(await readFileBytes(path, what), path, what)
}

/** The text of a file's bytes, as `readTextFile` reads it (`input_invalid` when it is not text). */
export function decodeTextFile(bytes: Buffer, path: string, what: TextFileRole = 'file'): string {
  const text = decodeLegacyText(bytes, path) ?? bytes.toString('utf8')
  assertText(text, path, what)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Reads a whole file's bytes, decompressed when they are gzip-compressed (see `inflateWhole`), or
 * fails with `input_unreadable` naming the file and what it was to be, or with `input_invalid` for
 * a damaged gzip file.
 */
export async function readFileBytes(path: string, what: TextFileRole = 'file'): Promise<Buffer> {
  return inflateWholeOrRefuse(await readRawBytes(path, what), path, what)
}

/**
 * As `readFileBytes`, for a reader with a cap on its input: undefined when the file, or the data a
 * compressed file holds, is larger than `maxBytes`.
 */
export async function readFileBytesUpTo(path: string, what: TextFileRole, maxBytes: number): Promise<Buffer | undefined> {
  const bytes = await readRawBytes(path, what)
  return bytes.length > maxBytes ? undefined : inflateWhole(bytes, path, what, maxBytes)
}

/** A file's bytes as they are stored. */
async function readRawBytes(path: string, what: TextFileRole): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    const hint = code === 'EISDIR' ? `Give the path of the ${what} itself, not of a directory.` : code === 'EACCES' || code === 'EPERM' ? 'Check the file permissions.' : 'Check the path.'
    throw new TrustpathError('input_unreadable', `cannot read the ${what}: ${fileProblem(cause)}`, { at: { file: path }, cause, hint })
  }
}
