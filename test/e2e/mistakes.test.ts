import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { runCli } from './run-cli.js'

// Mistakes a new user makes on the command line; each must end in one clear error with exit 2, or
// the right result, never a stack trace or a silently wrong answer.

const CSV = `id,name,role,manufacturer,model,macs
r1,rt-fra-01,core,Huawei,NE40E-X8,00:e0:fc:12:34:56
r2,rt-muc-01,core,Juniper,MX480,28:8a:1c:00:00:01
`

const POLICY = `version: 1
rules:
  - id: s889-ban
    lists: [ndaa-889]
    effect: prohibit
`

const LINKS = 'a,b,metric\nrt-fra-01,rt-muc-01,10\n'
const FLOWS = 'id,src,dst,volume,class\nf1,rt-fra-01,rt-muc-01,100,secret\n'

function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at |internal error/)
}

describe('-o naming a file the command reads', () => {
  it('is refused before anything is written, so the inventory, policy or flows are not replaced', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS, 'flows.csv': FLOWS })
    const runs: [string[], string, RegExp][] = [
      [['identify', 'devices.csv', '-f', 'csv', '-o', 'devices.csv'], 'devices.csv', /-o devices\.csv is the same file as the inventory devices\.csv/],
      [['identify', 'devices.csv', '-o', `../${dir.split('/').at(-1)}/devices.csv`], 'devices.csv', /is the same file as the inventory devices\.csv/],
      [['check', 'devices.csv', '-p', 'policy.yaml', '-o', 'policy.yaml'], 'policy.yaml', /-o policy\.yaml is the same file as -p policy\.yaml/],
      [['exposure', '-t', 'de=links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv', '-o', 'flows.csv'], 'flows.csv', /-o flows\.csv is the same file as --flows flows\.csv/],
      [['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '-t', 'de=links.csv', '--flows', 'flows.csv', '-o', 'links.csv'], 'links.csv', /-o links\.csv is the same file as -t links\.csv/],
    ]
    const before = (f: string) => readFileSync(join(dir, f), 'utf8')
    for (const [args, file, message] of runs) {
      const kept = before(file)
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(message)
      expect(run.stderr).toMatch(/hint: Write the result to another file/)
      expectNoStack(run.stderr)
      expect(run.stdout).toBe('')
      expect(before(file), args.join(' ')).toBe(kept)
    }
  })

  it('still writes the output when the inventory comes from standard input', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    const run = await runCli(['identify', '-', '--input-format', 'csv', '-f', 'csv', '-o', 'out.csv'], { cwd: dir, input: CSV })
    expect(run.status, run.stderr).toBe(0)
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toMatch(/^r1,rt-fra-01,huawei,huawei,/m)
  })
})

describe('plan options about flows without a topology', () => {
  it('are a usage error naming the options, rather than a plan that values no flow', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv', '--allow-reroute'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^trustpath: --flows, --allow-reroute need -t \(--topology\): flows are routed on the operator topologies\n  hint: Add -t /)
    expect(run.stdout).toBe('')
    const alone = await runCli(['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--format', 'json'], { cwd: dir })
    expect(alone.status, alone.stderr).toBe(0)
    expect(JSON.parse(alone.stdout).candidates).toBe(1)
  })
})
