import type { Readable, Writable } from 'node:stream'

/** Everything a command may touch of the outside world, injected so commands run in tests as plain functions. */
export type CliContext = {
  stdout: Writable & { isTTY?: boolean; columns?: number }
  stderr: Writable & { isTTY?: boolean; columns?: number }
  stdin: Readable
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  now: () => Date
}

/** Writes a line to a stream. */
export function println(stream: Writable, text = ''): void {
  stream.write(`${text}\n`)
}

/** Writes text and resolves once the stream has taken it (respects backpressure on pipes). */
export function write(stream: Writable, text: string | Uint8Array): Promise<void> | void {
  if (!stream.write(text)) return new Promise((resolve) => stream.once('drain', () => resolve()))
}

/** `write` for bytes whose buffer is filled again after: `done` is called once they are written out. */
export function writeThen(stream: Writable, data: Uint8Array, done: () => void): Promise<void> | void {
  if (!stream.write(data, () => done())) return new Promise((resolve) => stream.once('drain', () => resolve()))
}
