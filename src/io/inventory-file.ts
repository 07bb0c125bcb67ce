/**
 * What is learnt of an inventory file before it is read: its name for diagnostics and its size
 * (its text encoding: text-encoding.ts). Kept apart from the reader so that the CLI can decide on
 * worker threads (and start them) before loading the parsers.
 */
import { lstatSync, readlinkSync } from 'node:fs'
import { stat } from 'node:fs/promises'
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
  const link = code === 'ENOENT' || code === 'ELOOP' ? linkTarget(path) : undefined
  if (link !== undefined) {
    // A link whose file was moved or deleted, or a loop of links: "no such file" named the link, which is there.
    const problem = code === 'ELOOP' ? `it is a link in a loop of links (${link} ...)` : `it is a link to ${link}, which is not there`
    return new TrustpathError('input_unreadable', `cannot read the inventory: ${problem}`, { at: { file: path }, hint: 'Point the link at the inventory file, or remove it.', cause: err })
  }
  const hint = code === 'ENOENT' ? 'Check the path; use "-" to read the inventory from standard input.'
    : code === 'EACCES' || code === 'EPERM' ? 'Check the file permissions.'
      : code === 'EISDIR' ? 'Pass an inventory file, not a directory.'
        : 'Check that the file exists and can be read.'
  return new TrustpathError('input_unreadable', `cannot read the inventory: ${fileProblem(err)}`, { at: { file: path }, hint, cause: err })
}

/** Where the symbolic link `path` points, or undefined when it is no link. */
function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined
  } catch {
    return undefined
  }
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
