import { createWriteStream, rmSync } from 'node:fs'
import { chmod, mkdir, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, basename } from 'node:path'
import type { Writable } from 'node:stream'
import { TrustpathError } from '../errors.js'
import { onInterrupt } from './interrupt.js'

/** An output destination: written in full and then committed, or aborted leaving nothing behind. */
export type Output = {
  stream: Writable
  /** Finishes the output; for a file, moves the complete temporary file into place. */
  commit(): Promise<void>
  /** Drops a partial file output. */
  abort(): Promise<void>
}

/**
 * Where an output really goes: the target of a symbolic link (so the link stays a link), and
 * whether it is a regular file (or not there yet) that may be replaced by a temporary file, or a
 * device, pipe or socket (`/dev/null`, `/dev/stdout`, a FIFO) that must be written in place.
 */
async function outputTarget(path: string): Promise<{ path: string; inPlace: boolean; mode?: number }> {
  const s = await stat(path).catch(() => undefined)
  if (s === undefined) return { path, inPlace: false }
  // A device or pipe is opened by the path given: `/dev/stdout` on a pipe resolves to no path
  // (`pipe:[...]`), and taking it for a new file replaced the /dev/stdout link with the output.
  if (!s.isFile()) return { path, inPlace: true }
  return { path: await realpath(path).catch(() => path), inPlace: false, mode: s.mode & 0o7777 }
}

/**
 * Creates the directory `dir` and those of its parents that are missing, one at a time from the
 * deepest that exists; a directory that is there costs one stat. Node's recursive mkdir never
 * returns when a parent exists but refuses children with ENOENT (any path under /proc, a link to
 * nowhere): it takes the ENOENT for a missing parent, makes that parent again and retries, without
 * end. Made one at a time, the refused directory's ENOENT is the answer.
 */
async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = []
  for (let d = dir; ; d = dirname(d)) {
    // Anything but a directory that is there (not there, unreadable, a file) is left to mkdir,
    // whose error says what is wrong; a file found here fails the write after it (ENOTDIR).
    if (await stat(d).then(() => true, () => false)) break
    missing.push(d)
    if (dirname(d) === d) break
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d)
    } catch (cause) {
      // Made meanwhile by another process: that is as good. A link to nowhere is EEXIST too, and is no directory.
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST' || !(await stat(d).then((s) => s.isDirectory(), () => false))) throw cause
    }
  }
}

/**
 * Removes the temporary file `tmp` if the run is interrupted (Ctrl-C, kill) before the returned
 * function is called: the target was never touched, and nothing is left beside it.
 */
function removeOnInterrupt(tmp: string): () => void {
  return onInterrupt(() => rmSync(tmp, { force: true }))
}

/**
 * Gives the temporary file of an output that replaces a file that file's permissions, as writing
 * it in place (`>`) keeps them: the new file was made with the umask's, so findings kept private
 * with chmod 600 became readable by all on the next run.
 */
async function keepMode(tmp: string, target: { inPlace: boolean; mode?: number }): Promise<void> {
  if (target.inPlace || target.mode === undefined) return
  await chmod(tmp, target.mode).catch(() => {}) // a file system without modes (a FAT stick) keeps its own
}

/** Where the data is written first: the target in place, else a temporary file beside it. */
function writePathOf(target: { path: string; inPlace: boolean }): string {
  return target.inPlace ? target.path : join(dirname(target.path), `.${basename(target.path)}.${process.pid}.tmp`)
}

/** Whether the process `pid` runs on this machine (one of another user's counts: it cannot be signalled, but is there). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temporary files of `target` that earlier runs left beside it when they were killed
 * outright (kill -9, the out-of-memory killer, a power cut), which no signal handler can clean up:
 * each names its run's process, and one whose process no longer runs is dropped. A run writing the
 * same file now keeps its own. Failures are ignored: the write that follows says what is wrong.
 */
async function removeStaleTemporaries(target: { path: string; inPlace: boolean }): Promise<void> {
  if (target.inPlace) return
  const prefix = `.${basename(target.path)}.`
  const names = await readdir(dirname(target.path)).catch(() => [] as string[])
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue
    const pid = name.slice(prefix.length, -'.tmp'.length)
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isRunning(Number(pid))) continue
    await rm(join(dirname(target.path), name), { force: true }).catch(() => {})
  }
}

/**
 * Opens an output file for streaming. The data goes to a temporary file beside the target, which
 * replaces the target only on commit, so an interrupted run never leaves a half-written file. A
 * device or pipe (`/dev/null`, a FIFO) is written directly: renaming onto it would replace it.
 */
export async function openOutputFile(path: string, shown = path): Promise<Output> {
  const target = await outputTarget(path)
  const tmp = writePathOf(target)
  try {
    await makeDirectory(dirname(target.path))
  } catch (cause) {
    throw new TrustpathError('input_unreadable', `cannot create the directory of ${shown}: ${systemReason(cause, [])}`, { cause, hint: writeHint(cause) })
  }
  await removeStaleTemporaries(target)
  // Made private at once when it replaces a private file; its mode is set exactly below.
  const stream = createWriteStream(tmp, target.mode === undefined ? {} : { mode: target.mode & 0o700 })
  const done = target.inPlace ? () => {} : removeOnInterrupt(tmp)
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', (cause) => reject(toWriteError(shown, cause, [path, tmp])))
  })
  await keepMode(tmp, target)
  // A write that fails later (a full disk) rejects the writer waiting on it (see cli/context.ts
  // `write`); the listener keeps the stream's error event from ending the process unexplained.
  stream.on('error', () => {})
  return {
    stream,
    async commit() {
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())))
      if (!target.inPlace) await rename(tmp, target.path)
      done()
    },
    async abort() {
      stream.destroy()
      if (!target.inPlace) await rm(tmp, { force: true })
      done()
    },
  }
}

/** Standard output as an Output: commit waits for the data to drain. */
export function stdoutOutput(stream: Writable): Output {
  return {
    stream,
    commit: async () => {
      if (stream.writableNeedDrain) await new Promise((resolve) => stream.once('drain', resolve))
    },
    abort: async () => {},
  }
}

/**
 * Writes a whole text file atomically (temporary file + rename; a device or pipe is written in
 * place). `shown` is the path as messages give it.
 */
export async function writeFileAtomic(path: string, text: string, shown = path): Promise<void> {
  return writeBytesAtomic(path, text, shown)
}

/** `writeFileAtomic` for bytes. */
export async function writeBytesAtomic(path: string, text: string | Uint8Array, shown = path): Promise<void> {
  const target = await outputTarget(path)
  const tmp = writePathOf(target)
  let done = () => {}
  try {
    await makeDirectory(dirname(target.path))
    await removeStaleTemporaries(target)
    if (!target.inPlace) done = removeOnInterrupt(tmp)
    await writeFile(tmp, text, target.mode === undefined ? {} : { mode: target.mode & 0o700 })
    await keepMode(tmp, target)
    if (!target.inPlace) await rename(tmp, target.path)
    done()
  } catch (cause) {
    if (!target.inPlace) await rm(tmp, { force: true }).catch(() => {})
    done()
    throw new TrustpathError('input_unreadable', `cannot write ${shown}: ${systemReason(cause, [path, tmp])}`, {
      cause, hint: writeHint(cause),
    })
  }
}

/**
 * A failed write of the output `path` (as messages show it) as the error that explains it; an
 * error that is not a failed system call (open, write, close, rename) of an output is returned as
 * it is. `written` are the paths the call may name (the output's own, its temporary file).
 */
export function toWriteError(path: string, cause: unknown, written: readonly string[] = []): unknown {
  if (cause instanceof TrustpathError) return cause
  const e = cause as NodeJS.ErrnoException
  if (typeof e?.code !== 'string' || !['open', 'write', 'close', 'fsync', 'rename'].includes(e.syscall ?? '')) return cause
  return new TrustpathError('input_unreadable', `cannot write ${path}: ${systemReason(cause, written)}`, { cause, hint: writeHint(cause) })
}

/**
 * Node's words for a failed system call ("EISDIR: illegal operation on a directory"), without the
 * call and path it appends when that path is one of `written`: the message names the output in
 * front, and the temporary file beside it (.out.json.1234.tmp) is none the user gave. Another path
 * (a directory that cannot be made) is kept.
 */
function systemReason(cause: unknown, written: readonly string[]): string {
  const e = cause as NodeJS.ErrnoException
  const message = e.message ?? String(cause)
  const tail = /, (\w+)(?: '([^']*)')?(?: -> '[^']*')?$/.exec(message)
  if (tail === null || (tail[2] !== undefined && !written.includes(tail[2]))) return message
  return message.slice(0, tail.index)
}

/** What to do about a failed write, from its error code. */
function writeHint(cause: unknown): string {
  switch ((cause as NodeJS.ErrnoException).code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return 'A file stands where a directory of the path should be: choose another path, or move that file away.'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'The directory is not writable: choose another path, or fix its permissions.'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full: free some space or write elsewhere.'
    case 'ENOENT':
      if ((cause as NodeJS.ErrnoException).syscall === 'mkdir') {
        return 'No directory can be made there (under /proc or /sys, or through a link to nowhere): choose a path on an ordinary file system.'
      }
      return 'Check that the directory exists and is writable.'
    case 'EISDIR':
      return 'The path is a directory: give the name of a file in it.'
    default:
      return 'Check that the directory exists and is writable.'
  }
}
