#!/usr/bin/env node
import { cwd, env, stderr, stdin, stdout } from 'node:process'
import { runCli } from './cli.js'

// The one place that exits: runCli never calls process.exit, it returns the status.
const status = await runCli(process.argv.slice(2), { stdout, stderr, stdin, env, cwd: cwd(), now: () => new Date() })
process.exitCode = status
