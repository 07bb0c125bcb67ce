import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { NFDUMP_HEADER, NFDUMP_SUMMARY, nfdumpRecord } from '../test-support/flow-logs.js'
import { testdir } from '../test-support/testdir.js'
import { runCli } from './cli.js'
import type { CliContext } from './context.js'

const TOPOLOGY = JSON.stringify({ network: 'net', nodes: [{ id: 'emb' }, { id: 'par' }], links: [{ a: 'emb', b: 'par', metric: 10 }] })
const INVENTORY = '{"id":"r-emb","site":"emb","role":"core","manufacturer":"Cisco"}\n{"id":"r-par","site":"par","role":"core","manufacturer":"Cisco"}\n'
const POLICY = 'version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n'
const PREFIXES = 'prefix,node,class\n10.20.30.0/24,emb,secret\n10.9.0.0/16,par,\n'

/** An nfdump export of an hour of one link: 40,000 records, some 13 MB. */
function bigExport(): string {
  const lines = [NFDUMP_HEADER]
  for (let i = 0; i < 40_000; i++) {
    const at = new Date(Date.UTC(2026, 10, 20, 12) + i * 90).toISOString().replace('T', ' ').replace('Z', '')
    lines.push(nfdumpRecord(at, at, '0.000', `10.20.30.${(i % 200) + 1}`, `10.9.${i % 7}.1`, 1500))
  }
  return [...lines, ...NFDUMP_SUMMARY].join('\n') + '\n'
}

/** A context whose standard error is a terminal, its text kept. */
function terminal(cwd: string): { ctx: CliContext; stderr: () => string } {
  let err = ''
  const stderr = Object.assign(new Writable({ write(chunk, _enc, done) { err += String(chunk); done() } }), { isTTY: true, columns: 160 })
  const stdout = new Writable({ write(_chunk, _enc, done) { done() } })
  return { ctx: { stdout, stderr, stdin: new PassThrough(), env: { TRUSTPATH_HOME: `${cwd}/.trustpath` }, cwd, now: () => new Date('2026-11-30') }, stderr: () => err }
}

describe('reading a large flow log on a terminal', () => {
  const files = async () => testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'prefixes.csv': PREFIXES, 'nfcapd.csv': bigExport() })
  const argv = (dir: string, extra: string[] = []) => ['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'nfcapd.csv', '--prefixes', 'prefixes.csv', '-f', 'json', ...extra]
    .map((a) => (/\.(json|jsonl|yaml|csv)$/.test(a) ? join(dir, a) : a))

  it('shows a bar of the file read and the records counted, as minutes of reading would need', async () => {
    const dir = await files()
    const { ctx, stderr } = terminal(dir)
    expect(await runCli(argv(dir), ctx), stderr()).toBe(0)
    expect(stderr()).toMatch(/reading \[[=-]+\] \d+% \| [\d,]+ records \|/)
    expect(stderr()).toMatch(/40,000 flow records over 1h 0m \(.*\) in \S*nfcapd\.csv/)
  })

  it('shows none with --quiet', async () => {
    const dir = await files()
    const { ctx, stderr } = terminal(dir)
    expect(await runCli(argv(dir, ['-q']), ctx), stderr()).toBe(0)
    expect(stderr()).not.toContain('reading [')
  })
})
