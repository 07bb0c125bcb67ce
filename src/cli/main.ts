#!/usr/bin/env node
import { cwd, env, stderr, stdin, stdout } from 'node:process'
import { setFlagsFromString } from 'node:v8'
import { TrustpathError } from '../errors.js'
import { toWriteError } from '../io/output.js'
import { EXIT, runCli } from './cli.js'

// V8 allocates the objects of a line of code straight in the old generation once most of those it
// made survived a young-generation collection ("allocation-site pretenuring"). Early in a run the
// young generation is small and the first batch of devices is held while the output is set up, so
// lines of the per-device path were switched over for the rest of the run (V8 never switches back):
// their objects then lived in the old generation until a full collection, keeping the young
// objects they point to alive through every scavenge. A one-thread check of 1M devices spent a
// fifth of its time collecting garbage: 6.9 s of CPU and 230-250 MB at peak, 5.4 s and 150 MB
// without (medians of three runs). The flag is read at each collection, so setting it here, before
// any device is read, is enough; worker threads share it (theirs hand each device on as it is
// built, and were not affected).
setFlagsFromString('--no-allocation-site-pretenuring')

// A reader that stops early (`trustpath identify x.csv | head`) closes the pipe: stop quietly.
// Any other failure to write the output (a redirect to a full disk) fails the writer waiting on it,
// which explains it (see withOutput); one that no writer waited on is told here, after the run.
let stdoutFailure: NodeJS.ErrnoException | undefined
stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  stdoutFailure ??= err
})

// A reader of the messages that stops early (2>&1 | head) closes standard error: the rest of them
// have nowhere to go, but the run goes on (an -o file is still written) and ends with its status.
// Unheard, the pipe's error ended the run as a crash, with status 1 and a stack trace nobody saw.
stderr.on('error', () => {})

// An interrupted run (Ctrl-C, kill) removes the temporary files of its unfinished outputs and
// restores the terminal a progress bar changed, then ends by the signal: see io/interrupt.ts.

// The one place that exits: runCli never calls process.exit, it returns the status.
let status = await runCli(process.argv.slice(2), { stdout, stderr, stdin, env, cwd: cwd(), now: () => new Date() })
// A failed write reports its error event after the write call returned: let it come.
await new Promise((resolve) => setImmediate(resolve))
if (stdoutFailure !== undefined && status !== EXIT.input) {
  const explained = toWriteError('standard output', stdoutFailure)
  const message = explained instanceof TrustpathError ? explained.message : `cannot write standard output: ${stdoutFailure.message}`
  const hint = explained instanceof TrustpathError && explained.hint !== undefined ? `\n  hint: ${explained.hint}` : ''
  stderr.write(`trustpath: ${message}${hint}\n`)
  status = EXIT.input
}
process.exitCode = status
