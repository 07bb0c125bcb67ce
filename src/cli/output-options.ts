import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve, sep } from 'node:path'
import type { Writable } from 'node:stream'
import { ExitError, TrustpathError } from '../errors.js'
import { openOutputFile, stdoutOutput, toWriteError } from '../io/output.js'
import type { CliContext } from './context.js'

/**
 * Runs `body` with the command's output stream: the `-o` file (written to a temporary file and
 * moved into place only when `body` succeeds, so a failed run leaves nothing half written) or
 * standard output. With `commitIf`, a result it refuses leaves the `-o` file as it was (standard
 * output has had its bytes already).
 */
export async function withOutput<T>(ctx: CliContext, output: string | undefined, body: (stream: Writable) => Promise<T>,
  { commitIf }: { commitIf?: (result: T) => boolean } = {}): Promise<T> {
  const out = output !== undefined ? await openOutputFile(resolve(ctx.cwd, output), output) : stdoutOutput(ctx.stdout)
  let started = false
  const unwatch = output === undefined ? onFirstWrite(ctx.stdout, () => { started = true }) : () => {}
  try {
    const result = await body(out.stream)
    // A run that read nothing of its input (every file refused) leaves the -o file as it was: an
    // empty report would replace last week's good one.
    if (commitIf === undefined || commitIf(result)) await out.commit()
    else await out.abort()
    return result
  } catch (err) {
    await out.abort()
    // A reader that stopped early (`| head`) closed standard output: stop quietly, as main.ts does
    // when the pipe's error comes first.
    if (output === undefined && (err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') throw new ExitError(0, { cause: err })
    // Results are streamed: a run that fails part-way (--strict at a bad row) has already written the
    // start of them, which an -o file would have dropped. Say so, or a script reads half a report.
    if (started && err instanceof TrustpathError) {
      throw new TrustpathError(err.code, err.message, { ...(err.at !== undefined && { at: err.at }), cause: err, hint: (err.hint !== undefined ? `${err.hint} ` : '') +
        'Standard output holds only the start of the result, cut off where the run stopped (a JSON or SARIF document left unclosed, a CSV without its last rows): ' +
        'discard it, or write to a file with -o, which is kept only when the run completes.' })
    }
    throw toWriteError(output ?? 'standard output', err)
  } finally {
    unwatch()
  }
}

/**
 * Calls `seen` at the first write to `stream` (then steps aside); the returned function steps aside
 * if no write came. Writable streams count no bytes that every kind of standard output shares (a
 * file redirect has no bytesWritten).
 */
function onFirstWrite(stream: Writable, seen: () => void): () => void {
  const own = Object.hasOwn(stream, 'write')
  const original = stream.write
  const restore = (): void => {
    if (own) stream.write = original
    else Reflect.deleteProperty(stream, 'write')
  }
  stream.write = function (this: Writable, ...args: Parameters<Writable['write']>) {
    restore()
    seen()
    return original.apply(this, args)
  } as Writable['write']
  return () => {
    if (stream.write !== original) restore()
  }
}

/** A file a command reads, with the option that names it (`--policy`), or the argument's name (`inventory`). */
export type InputFile = { option: string; file: string | undefined }

/**
 * Throws a usage error when the `-o` file is one of the files the command reads (the same file,
 * through any path or link): the output replaces it once the run succeeds, so a mistyped
 * `-o devices.csv` or `-o policy.yaml` would overwrite the user's inventory or policy with the
 * results. Checked before anything is read, so the mistake costs no waiting.
 */
export async function assertOutputNotInput(ctx: CliContext, output: string | undefined, inputs: readonly InputFile[]): Promise<void> {
  if (output === undefined) return
  await assertOutputOutsideDirectories(ctx, output, inputs)
  const out = await identity(resolve(ctx.cwd, output))
  // An output that is not there yet, or a device such as /dev/null or /dev/stdout, replaces nothing.
  if (out === undefined || !out.isFile) return
  for (const { option, file } of inputs) {
    if (file === undefined || file === '-') continue
    const input = await identity(resolve(ctx.cwd, file))
    if (input !== undefined && input.dev === out.dev && input.ino === out.ino) {
      throw new TrustpathError('usage', `-o ${output} is the same file as ${option} ${file}: writing the result would replace it`, {
        hint: 'Write the result to another file, e.g. -o results.json.',
      })
    }
  }
}

/**
 * Throws a usage error when the `-o` file would be written inside a directory the command reads
 * (every file below it is an inventory): the next run would read the results as one.
 */
async function assertOutputOutsideDirectories(ctx: CliContext, output: string, inputs: readonly InputFile[]): Promise<void> {
  const target = resolve(ctx.cwd, output)
  const outDir = await realDirectory(dirname(target))
  // A device such as /dev/null is written to, not created in a directory.
  if (outDir === undefined || (await identity(target).then((i) => i !== undefined && !i.isFile))) return
  for (const { option, file } of inputs) {
    if (file === undefined || file === '-') continue
    const dir = await realpath(resolve(ctx.cwd, file)).catch(() => undefined)
    if (dir === undefined || !(await stat(dir).then((s) => s.isDirectory(), () => false))) continue
    if (outDir === dir || outDir.startsWith(dir.endsWith(sep) ? dir : dir + sep)) {
      throw new TrustpathError('usage', `-o ${output} is inside ${file}, which is read as ${option}: a later run would read the result as an inventory`, {
        hint: 'Write the result outside the directories read, e.g. -o results.json.',
      })
    }
  }
}

/**
 * The real path of a directory that the output may create (`-o captures/new/out.json` makes
 * `captures/new`): that of its deepest existing ancestor, with the rest of the path after it.
 */
async function realDirectory(dir: string): Promise<string | undefined> {
  const missing: string[] = []
  for (let at = dir; ; at = dirname(at)) {
    const real = await realpath(at).catch(() => undefined)
    if (real !== undefined) return join(real, ...missing.reverse())
    if (dirname(at) === at) return undefined
    missing.push(basename(at))
  }
}

async function identity(path: string): Promise<{ dev: number; ino: number; isFile: boolean } | undefined> {
  try {
    const s = await stat(path)
    return { dev: s.dev, ino: s.ino, isFile: s.isFile() }
  } catch {
    return undefined
  }
}

/** Output formats by the extension of the `-o` file. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.sarif': 'sarif', '.html': 'html', '.htm': 'html', '.geojson': 'geojson',
}

/** The formats as messages name them. */
const FORMAT_NAMES: Readonly<Record<string, string>> = { json: 'JSON', jsonl: 'JSON Lines', csv: 'CSV', sarif: 'SARIF', html: 'HTML', geojson: 'GeoJSON' }

/**
 * The format the `-o` file's extension names, when the command writes it (`-o findings.csv` is a
 * CSV, `-o findings.sarif` SARIF): without `--format`, writing JSON into a file named .csv would
 * surprise. Undefined for standard output or another extension. An extension that names a format
 * the command does not write (`identify -o report.html`) is a usage error: the file would have held
 * JSON Lines under the name of a page.
 */
export function formatOfOutput<F extends string>(output: string | undefined, formats: readonly F[], command: string): F | undefined {
  if (output === undefined || output === '-') return undefined
  const name = output.toLowerCase()
  const extension = name.endsWith('.sarif.json') ? '.sarif' : extname(name)
  const format = FORMAT_BY_EXTENSION[extension]
  if (format === undefined) return undefined
  if ((formats as readonly string[]).includes(format)) return format as F
  const named = Object.entries(FORMAT_BY_EXTENSION).filter(([, f]) => (formats as readonly string[]).includes(f)).map(([e]) => e)
  throw new TrustpathError('usage', `-o ${output}: ${command} does not write ${FORMAT_NAMES[format] ?? format}, which the file's extension names`, {
    hint: `Name the file for a format ${command} writes (${named.join(', ')}), or give --format to write one under this name.`,
  })
}
