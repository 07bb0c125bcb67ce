import { resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { openOutputFile, stdoutOutput, toWriteError } from '../io/output.js'
import type { CliContext } from './context.js'

/**
 * Runs `body` with the command's output stream: the `-o` file (written to a temporary file and
 * moved into place only when `body` succeeds, so a failed run leaves nothing half written) or
 * standard output.
 */
export async function withOutput<T>(ctx: CliContext, output: string | undefined, body: (stream: Writable) => Promise<T>): Promise<T> {
  const out = output !== undefined ? await openOutputFile(resolve(ctx.cwd, output)) : stdoutOutput(ctx.stdout)
  try {
    const result = await body(out.stream)
    await out.commit()
    return result
  } catch (err) {
    await out.abort()
    throw toWriteError(output ?? 'standard output', err)
  }
}
