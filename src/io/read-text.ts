import { readFile } from 'node:fs/promises'
import { TrustpathError } from '../errors.js'
import { assertText } from '../inventory/not-text.js'
import { decodeLegacyText } from './text-encoding.js'
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
 * `textEncodingOf` tells), or fails with `input_unreadable` naming the file, or with
 * `input_invalid` when it is not text (compressed, UTF-16, binary; see `assertText`).
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

/** Reads a whole file's bytes, or fails with `input_unreadable` naming the file and what it was to be. */
export async function readFileBytes(path: string, what: TextFileRole = 'file'): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    const hint = code === 'EISDIR' ? `Give the path of the ${what} itself, not of a directory.` : code === 'EACCES' || code === 'EPERM' ? 'Check the file permissions.' : 'Check the path.'
    throw new TrustpathError('input_unreadable', `cannot read the ${what}: ${fileProblem(cause)}`, { at: { file: path }, cause, hint })
  }
}
