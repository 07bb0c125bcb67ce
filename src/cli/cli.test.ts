import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { testdir } from '../test-support/testdir.js'
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

describe('a table and the diagnostics of the inventory on one terminal', () => {
  /** A context whose standard output and error go to one text, in the order written, as on a terminal. */
  function sharedContext(cwd: string): { ctx: CliContext; text: () => string } {
    let text = ''
    const sink = () => new Writable({ write(chunk, _enc, done) { text += String(chunk); done() } })
    const stdin = Object.assign(new PassThrough(), { isTTY: true })
    return { ctx: { stdout: sink(), stderr: sink(), stdin, env: { TRUSTPATH_HOME: `${cwd}/.trustpath` }, cwd, now: () => new Date('2026-06-30') }, text: () => text }
  }
  const CSV = 'Name,Rack,Manufacturer,Type\nrt-1,R1,Huawei,NE40E-X8\nsw-1,R2,Cisco,C9300-48P\n'

  for (const command of ['identify', 'check']) {
    it(`puts a warning about the header line above the table's head, not under it: ${command}`, async () => {
      const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': 'version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n' })
      const { ctx, text } = sharedContext(dir)
      const file = join(dir, 'devices.csv')
      await runCli(command === 'identify' ? ['identify', file, '-f', 'table', '-q'] : ['check', file, '-p', join(dir, 'policy.yaml'), '-f', 'table', '-q'], ctx)
      const lines = text().split('\n')
      expect(lines[0]).toMatch(/devices\.csv:1: warning: unknown column "Rack" is ignored/)
      expect(lines[1]).toMatch(command === 'identify' ? /^DEVICE +MANUFACTURER/ : /^SEVERITY +RULE +DEVICE/)
      expect(lines[2]).toMatch(/^(error +ban +)?rt-1 +huawei/)
    })
  }
})

describe('--all-diagnostics', () => {
  // 15 rows with a MAC that is none, among good ones: the first 10 are printed, then a count.
  const rows = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? `d${i},rt-${i},zz:zz:${i}` : `d${i},rt-${i},00e0fc0000${(i + 16).toString(16)}`))
  const CSV = `id,name,mac\n${rows.join('\n')}\n`

  async function run(args: string[]): Promise<{ status: number; lines: string[] }> {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': 'version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n' })
    let err = ''
    const sink = (onText: (s: string) => void) => new Writable({ write(chunk, _enc, done) { onText(String(chunk)); done() } })
    const ctx: CliContext = { stdout: sink(() => {}), stderr: sink((s) => { err += s }), stdin: new PassThrough(), env: { TRUSTPATH_HOME: join(dir, '.trustpath') }, cwd: dir, now: () => new Date('2026-06-30') }
    const status = await runCli(args.map((a) => (a.includes('.') && !a.startsWith('-') ? join(dir, a) : a)), ctx)
    // Each diagnostic as its line number; the count and the hint as they are.
    return { status, lines: err.trimEnd().split('\n').filter((l) => /devices\.csv:\d|more invalid_mac|all-diagnostics/.test(l)).map((l) => /devices\.csv:(\d+): warning: "zz/.exec(l)?.[1] ?? l) }
  }

  for (const command of [['identify', 'devices.csv', '-f', 'csv'], ['check', 'devices.csv', '-p', 'policy.yaml', '-f', 'csv']]) {
    it(`prints the first 10 of a kind and says how to see the rest, then every one when given: ${command[0]}`, async () => {
      const capped = await run(command)
      expect(capped.lines.slice(0, -2)).toEqual(['2', '4', '6', '8', '10', '12', '14', '16', '18', '20'])
      expect(capped.lines.slice(-2)).toEqual(['… and 5 more invalid_mac diagnostics', '  (--all-diagnostics prints every one, with its line)'])
      const all = await run([...command, '--all-diagnostics'])
      expect(all.lines).toEqual(Array.from({ length: 15 }, (_, i) => String(2 + 2 * i)))
    })
  }
})
