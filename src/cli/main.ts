#!/usr/bin/env node
import { cwd, env, stderr, stdin, stdout } from 'node:process'
import { runCli } from './cli.js'

// A reader that stops early (`trustpath identify x.csv | head`) closes the pipe: stop quietly.
stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})

// The one place that exits: runCli never calls process.exit, it returns the status.
const status = await runCli(process.argv.slice(2), { stdout, stderr, stdin, env, cwd: cwd(), now: () => new Date() })
process.exitCode = status
