#!/usr/bin/env node
import { cwd, env, stderr, stdin, stdout } from 'node:process'
import { TrustpathError } from '../errors.js'
import { removeTemporaryOutputs, toWriteError } from '../io/output.js'
import { EXIT, runCli } from './cli.js'

// A reader that stops early (`trustpath identify x.csv | head`) closes the pipe: stop quietly.
// Any other failure to write the output (a redirect to a full disk) fails the writer waiting on it,
// which explains it (see withOutput); one that no writer waited on is told here, after the run.
let stdoutFailure: NodeJS.ErrnoException | undefined
stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  stdoutFailure ??= err
})

// A reader of standard error that stops early (`trustpath check big.csv -p policy.yaml -o out.json
// 2>&1 | head`) closes it: the run goes on without printing more, and still writes its output.
// The pipe's error, unheard, ended the run with status 1 and left the output's temporary file.
stderr.on('error', () => {})

// An interrupted run (Ctrl-C, kill) removes the temporary files of its unfinished outputs, then
// ends by the signal as it would have without this handler.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeTemporaryOutputs()
    process.kill(process.pid, signal)
  })
}

// The one place that exits: runCli never calls process.exit, it returns the status.
let status = await runCli(process.argv.slice(2), { stdout, stderr, stdin, env, cwd: cwd(), now: () => new Date() })
// A failed write reports its error event after the write call returned: let it come.
await new Promise((resolve) => setImmediate(resolve))
if (stdoutFailure !== undefined && status !== EXIT.input) {
  const explained = toWriteError('standard output', stdoutFailure)
  const hint = explained instanceof TrustpathError && explained.hint !== undefined ? `\n  hint: ${explained.hint}` : ''
  stderr.write(`trustpath: cannot write standard output: ${stdoutFailure.message}${hint}\n`)
  status = EXIT.input
}
process.exitCode = status
