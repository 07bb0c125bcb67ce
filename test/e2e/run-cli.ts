import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The built CLI, as `npx trustpath` runs it. */
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))

export type CliRun = { status: number | null; stdout: string; stderr: string }

/**
 * Runs the built CLI in `cwd` with an isolated data directory, feeding `input` on standard input.
 * With `timeoutMs`, a run that has not ended by then is killed and ends with the status null, so
 * a command that hangs fails its test rather than spinning on after it.
 */
export function runCli(args: string[], opts: { cwd: string; input?: string | Uint8Array; env?: Record<string, string>; timeoutMs?: number }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env['PATH'] ?? '', HOME: opts.cwd, TRUSTPATH_HOME: `${opts.cwd}/.trustpath`, ...opts.env },
      ...(opts.timeoutMs === undefined ? {} : { timeout: opts.timeoutMs, killSignal: 'SIGKILL' as const }),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s })
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s })
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
    // A command that stops before reading its input (a usage error, an unreadable file) closes the
    // pipe: the EPIPE of the write is no failure of the test, whose status and output tell.
    child.stdin.on('error', () => {})
    child.stdin.end(opts.input ?? '')
  })
}
