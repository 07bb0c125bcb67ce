/**
 * The files of the inventories a command is given: each file named, and the files of each
 * directory named (a folder of saved command outputs, SNMP walks or configuration backups, one file
 * per device; the exports of several sites).
 */
import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { TrustpathError } from '../errors.js'
import { unreadable } from './inventory-file.js'

/** One inventory file to read. */
export type InventoryInput = {
  /** The path as given, or the directory's path joined with the names below it. */
  path: string
  /**
   * The directory named on the command line that this file was found in; undefined for a file
   * named itself (or `-`). A file found in a directory that holds no inventory is skipped with a
   * warning, where one named itself is an error.
   */
  foundIn?: string
}

/**
 * The files to read for `args`, in order: each file as given, and in place of a directory every
 * file below it, sorted by path (names compared by code point, so that the order does not depend on
 * the locale). Names that start with a dot (`.git`, `.DS_Store`, editors' swap files) are not read,
 * nor version control's directories (`CVS`), nor editors' backups and the lock files of an open
 * workbook (see `isLeftOut`), nor a directory reached again through a link. A file named twice, or
 * found again in a directory named, is read once, in its first place: as a file named itself when
 * it is named (a refusal of it is then an error, not a warning).
 *
 * @throws TrustpathError `input_unreadable` for a path that cannot be read; `input_invalid` for a
 *   directory that holds no file to read.
 * @example
 * await listInventories(['captures/', 'netbox.csv']) // captures/rt1.txt, captures/sw2.txt, netbox.csv
 */
export async function listInventories(args: readonly string[]): Promise<InventoryInput[]> {
  const out: InventoryInput[] = []
  // Each file's real path, with its entry in `out`.
  const seen = new Map<string, InventoryInput>()
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) {
        const input = { path: '-' }
        out.push(input)
        seen.set('-', input)
      }
      continue
    }
    let info
    try {
      info = await stat(arg)
    } catch (err) {
      throw unreadable(arg, err)
    }
    if (!info.isDirectory()) {
      const real = await realpath(arg).catch(() => arg)
      const earlier = seen.get(real)
      if (earlier === undefined) {
        const input = { path: arg }
        out.push(input)
        seen.set(real, input)
      } else {
        // Found in a directory named before it, and named too: it is meant as an inventory.
        delete earlier.foundIn
      }
      continue
    }
    if ((await walk(arg, arg, out, seen, new Set([await realpath(arg).catch(() => arg)]))) === 0) {
      throw new TrustpathError('input_invalid', `the directory holds no file to read (${LEFT_OUT})`, {
        at: { file: arg }, hint: 'Check the path, or name the inventory files themselves.',
      })
    }
  }
  return out
}

/**
 * Version control's own directories that are not named with a dot, as `tar --exclude-vcs` leaves
 * them out: RANCID keeps each group's saved configurations under CVS (`configs/CVS/Entries`).
 */
const VCS_DIRECTORIES: ReadonlySet<string> = new Set(['CVS', 'RCS', 'SCCS', '_darcs', '{arch}'])

/** The names a directory's walk leaves out, in words. */
export const LEFT_OUT = 'names starting with a dot, backups ending in ~ and lock files starting with ~$ are not read'

/**
 * True for a name a directory's walk leaves out: hidden (`.git`, `.DS_Store`, Vim's `.devices.csv.swp`),
 * an editor's backup (`devices.csv~` of Emacs, Vim and gedit) or auto-save (`#devices.csv#` of
 * Emacs), or the lock file Excel and LibreOffice keep beside an open workbook (`~$devices.xlsx`,
 * `.~lock.devices.xlsx#`). A backup holds the devices of an older version of the file beside it,
 * and a lock file is no workbook.
 */
function isLeftOut(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name.startsWith('~$') || (name.length > 1 && name.startsWith('#') && name.endsWith('#'))
}

/** Adds the files below `dir` to `out`, depth first, in order of their names; returns how many it met (also those already in `out`). */
async function walk(dir: string, root: string, out: InventoryInput[], seen: Map<string, InventoryInput>, dirs: Set<string>): Promise<number> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (err) {
    throw unreadable(dir, err)
  }
  // By code point, as the bytes of their UTF-8 compare: JavaScript's < compares UTF-16 units, which
  // puts a name with an emoji (a surrogate pair) before one with a full-width letter (U+FF21).
  const names = entries.filter((e) => !isLeftOut(e.name) && !(VCS_DIRECTORIES.has(e.name) && !e.isFile()))
    .map((e) => ({ entry: e, key: Buffer.from(e.name) }))
    .sort((a, b) => Buffer.compare(a.key, b.key)).map((e) => e.entry)
  let met = 0
  for (const entry of names) {
    const path = join(dir, entry.name)
    let isDir = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      // A link is read as what it points to. A broken one (its file moved or deleted, or a loop of
      // links) is kept as a file, for the read to say it cannot be read, as a warning: left out, a
      // capture that a link names went missing without a word.
      const target = await stat(path).catch(() => undefined)
      isDir = target?.isDirectory() === true
      isFile = target === undefined || target.isFile()
    }
    if (isDir) {
      const real = await realpath(path).catch(() => path)
      if (dirs.has(real)) continue
      dirs.add(real)
      met += await walk(path, root, out, seen, dirs)
    } else if (isFile) {
      met++
      const real = await realpath(path).catch(() => path)
      if (seen.has(real)) continue
      const input = { path, foundIn: root }
      out.push(input)
      seen.set(real, input)
    }
  }
  return met
}
