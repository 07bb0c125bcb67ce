import { PassThrough, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli.js'
import type { CliContext } from './context.js'

/** A context whose standard input is the terminal, as when nothing is piped in. */
function terminalContext(): { ctx: CliContext; stderr: () => string } {
  let err = ''
  const sink = (onText: (s: string) => void) => new Writable({ write(chunk, _enc, done) { onText(String(chunk)); done() } })
  const stdin = Object.assign(new PassThrough(), { isTTY: true })
  const ctx: CliContext = { stdout: sink(() => {}), stderr: sink((s) => { err += s }), stdin, env: {}, cwd: '/nonexistent', now: () => new Date('2026-06-30') }
  return { ctx, stderr: () => err }
}

describe('"-" with nothing piped in', () => {
  // Standard input never ends here: a command that read it would wait, and the test time out.
  for (const argv of [['identify', '-'], ['check', '-', '-p', 'policy.yaml'], ['plan', '-i', '-', '-p', 'policy.yaml'], ['lookup', '-'], ['lookup', '--from', '-']]) {
    it(`is a usage error rather than a silent wait: ${argv.join(' ')}`, async () => {
      const { ctx, stderr } = terminalContext()
      expect(await runCli(argv, ctx)).toBe(2)
      const lines = stderr().trimEnd().split('\n')
      expect(lines[0]).toBe('trustpath: "-" reads standard input, but nothing is piped in (standard input is the terminal)')
      expect(lines[1]).toMatch(new RegExp(`^  hint: Pipe the input in \\(for example .* \\| trustpath ${argv[0]} .*\\), or give the file's name in place of "-"\\.$`))
      expect(lines).toHaveLength(2)
    })
  }
})
