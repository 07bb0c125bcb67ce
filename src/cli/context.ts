import { isAbsolute, relative, sep } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { ByteOutput } from '../util/byte-output.js'

/** Everything a command may touch of the outside world, injected so commands run in tests as plain functions. */
export type CliContext = {
  stdout: Writable & { isTTY?: boolean; columns?: number }
  stderr: Writable & { isTTY?: boolean; columns?: number }
  stdin: Readable & { isTTY?: boolean }
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  now: () => Date
}

/**
 * A path as messages show it: relative to the working directory when it lies under it (files are
 * opened by absolute path, but shown as the user wrote them), else as it is.
 */
export function shownPath(ctx: CliContext, path: string): string {
  if (isAbsolute(path) && path === ctx.cwd) return '.'
  return isAbsolute(path) && path.startsWith(`${ctx.cwd}${sep}`) ? relative(ctx.cwd, path) : path
}

/**
 * The width of the terminal a table is printed on: that of standard output when it is a terminal
 * and no `-o` file is given; undefined otherwise, since a table written to a file (`-f table -o
 * findings.txt`) is no narrower for the terminal the command ran in.
 */
export function terminalWidth(ctx: CliContext, output: string | undefined): number | undefined {
  return output === undefined && ctx.stdout.isTTY === true ? ctx.stdout.columns : undefined
}

/** Streams on which a progress bar holds the last line, each with the bar's redraw. */
const PROGRESS_LINES = new WeakMap<Writable, () => void>()

/**
 * Marks `stream`'s last line as a progress bar's until the returned function is called: a line
 * written with `println` meanwhile takes the bar's place, and the bar is drawn again below it.
 */
export function holdProgressLine(stream: Writable, redraw: () => void): () => void {
  PROGRESS_LINES.set(stream, redraw)
  return () => {
    PROGRESS_LINES.delete(stream)
  }
}

/** Writes a line to a stream (above the progress bar drawn on it, if any). */
export function println(stream: Writable, text = ''): void {
  const redraw = PROGRESS_LINES.get(stream)
  if (redraw === undefined) {
    stream.write(`${text}\n`)
    return
  }
  // From the start of the bar's line, cleared, with wrapping on (the bar turns it off: a long
  // warning was cut at the edge of the screen); then the cursor saved again on the line below,
  // where the bar goes back to clear itself when done (it cleared the warning's line before).
  stream.write(`\x1b[1G\x1b[2K\x1b[?7h${text}\n\x1b[?7l\x1b7`)
  redraw()
}

/** Writes text and resolves once the stream has taken it (respects backpressure on pipes). */
export function write(stream: Writable, text: string | Uint8Array): Promise<void> | void {
  if (!stream.write(text)) return drained(stream)
}

/** `write` for bytes whose buffer is filled again after: `done` is called once they are written out. */
export function writeThen(stream: Writable, data: Uint8Array, done: () => void): Promise<void> | void {
  if (!stream.write(data, () => done())) return drained(stream)
}

/**
 * Resolves when the stream drains, and rejects when it fails instead (a full disk): a stream that
 * failed never drains, and waiting for it ended the run silently with Node's status 13.
 */
function drained(stream: Writable): Promise<void> {
  if (stream.errored) return Promise.reject(stream.errored)
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError)
      resolve()
    }
    const onError = (err: Error) => {
      stream.off('drain', onDrain)
      reject(err)
    }
    stream.once('drain', onDrain)
    stream.once('error', onError)
  })
}

/** Bytes a batch's buffer starts with (about 600 bytes of output a device, 512 devices a batch). */
const BATCH_BYTES = 1 << 19

/** Output of a batch below this is copied rather than handed over with its buffer. */
const SMALL_FLUSH = 1 << 14

/**
 * Output written batch by batch as UTF-8 bytes (see `ByteOutput`): the rows of a batch go into
 * `out`, and `flush` hands them to the stream; a buffer is filled again once the stream has
 * written it, so that big outputs do not allocate a new one per batch.
 */
export class BatchBytes {
  out = new ByteOutput(BATCH_BYTES)
  private readonly spare: Uint8Array[] = []
  private readonly stream: Writable

  constructor(stream: Writable) {
    this.stream = stream
  }

  flush(): Promise<void> | void {
    if (this.out.length === 0) return
    // A small batch (a file of a folder of captures, one device) is copied out and its buffer kept:
    // handing the buffer over would take a new one of half a megabyte for each.
    if (this.out.length < SMALL_FLUSH) {
      const copy = this.out.view().slice()
      this.out.length = 0
      return writeThen(this.stream, copy, () => {})
    }
    const data = this.out.view()
    this.out = new ByteOutput(this.spare.pop() ?? BATCH_BYTES)
    return writeThen(this.stream, data, () => {
      if (this.spare.length < 4) this.spare.push(new Uint8Array(data.buffer))
    })
  }
}

