import { readFileSync } from 'node:fs'
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

describe('an error that quotes a name', () => {
  it('shows the escape sequences of the name rather than sending them to the terminal', async () => {
    const { ctx, stderr } = terminalContext()
    expect(await runCli(['identify', 'a.csv', 'x\u001b[2J\u202E.csv'], ctx)).toBe(2)
    expect(stderr()).not.toMatch(/[\u001b\u202e]/)
    expect(stderr()).toContain('"x\\x1B[2J\\u202E.csv"')
  })
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

describe('an option of a command given before the command', () => {
  it('is told as the command\'s option, with the command line that puts it after the command', async () => {
    const runs: [string[], string][] = [
      [['--format', 'json', 'identify', 'devices.csv'], '(--format is an option of identify: give it after the command, as in trustpath identify devices.csv --format json)'],
      [['-q', 'check', 'my devices.csv', '-p', 'policy.yaml'], '(-q is an option of check: give it after the command, as in trustpath check \'my devices.csv\' -p policy.yaml -q)'],
      [['-f', 'json', 'catalog', 'stats'], '(-f is an option of catalog stats: give it after the command, as in trustpath catalog stats -f json)'],
    ]
    for (const [argv, note] of runs) {
      const { ctx, stderr } = terminalContext()
      expect(await runCli(argv, ctx), argv.join(' ')).toBe(2)
      expect(stderr().split('\n').slice(0, 2)).toEqual([`error: unknown option '${argv[0]}'`, note])
    }
  })

  it('is told as unknown alone when no command after it has such an option', async () => {
    const { ctx, stderr } = terminalContext()
    expect(await runCli(['--nope', 'identify', 'devices.csv'], ctx)).toBe(2)
    expect(stderr()).toBe("error: unknown option '--nope'\n(run with --help for usage)\n")
  })
})

describe('help', () => {
  /** A context that keeps standard output and error apart. */
  function helpContext(): { ctx: CliContext; stdout: () => string; stderr: () => string } {
    let out = ''
    let err = ''
    const sink = (onText: (s: string) => void) => new Writable({ write(chunk, _enc, done) { onText(String(chunk)); done() } })
    const stdin = Object.assign(new PassThrough(), { isTTY: true })
    const ctx: CliContext = { stdout: sink((s) => { out += s }), stderr: sink((s) => { err += s }), stdin, env: {}, cwd: '/nonexistent', now: () => new Date('2026-06-30') }
    return { ctx, stdout: () => out, stderr: () => err }
  }

  it('trustpath --help starts a new user at the demo, with examples of the commands and what the exit statuses mean', async () => {
    const { ctx, stdout } = helpContext()
    expect(await runCli(['--help'], ctx)).toBe(0)
    const examples = stdout().split('\nExamples:\n')[1]!.split('\n').filter((l) => l.startsWith('  $ ')).map((l) => l.trim().split(/\s+/)[2])
    expect(examples[0]).toBe('demo')
    expect(examples).toEqual(expect.arrayContaining(['identify', 'check', 'lookup', 'help']))
    expect(stdout()).toMatch(/\nExit status: 2 usage or input error, 3 a bug in trustpath;/)
  })

  it('plan --help says what a plan without --budget spends, and identify --help what happens without --at', async () => {
    const plan = helpContext()
    expect(await runCli(['plan', '--help'], plan.ctx)).toBe(0)
    expect(plan.stdout().replace(/\s+/g, ' ')).toMatch(/--budget <spec\.\.\.> budget: .*; repeatable \(default: none, spending is not limited\)/)
    const identify = helpContext()
    expect(await runCli(['identify', '--help'], identify.ctx)).toBe(0)
    expect(identify.stdout().replace(/\s+/g, ' ')).toMatch(/--at <date> .* \(default: none: such a device is attributed as of today, with a conflict that says so\)/)
  })

  it('exposure --help and plan --help say where --prefixes places an address and what its class means', async () => {
    for (const command of ['exposure', 'plan']) {
      const { ctx, stdout } = helpContext()
      expect(await runCli([command, '--help'], ctx)).toBe(0)
      const text = stdout().replace(/\s+/g, ' ')
      expect(text, command).toMatch(/--prefixes <file> CSV prefix,node\[,class\] \(or network,site,classification\)/)
      expect(text, command).toContain('the longest prefix that holds it, IPv4 and IPv6 (0.0.0.0/0 takes the rest)')
      expect(text, command).toContain('class, optional, is the sensitivity of the traffic to and from the prefix (secret, restricted)')
    }
  })

  it('exposure --help and plan --help say what --site-map reads and how its sites match', async () => {
    for (const command of ['exposure', 'plan']) {
      const { ctx, stdout } = helpContext()
      expect(await runCli([command, '--help'], ctx)).toBe(0)
      const text = stdout().replace(/\s+/g, ' ')
      expect(text, command).toContain('--site-map <file> CSV site,node (or location,node_label) placing inventory devices on nodes by their sites as the inventory writes them ("Roma, Via dei Tizii 6",RM)')
      expect(text, command).toContain('site in any case and spacing, node a node id, label (any case) or site')
      expect(text, command).toContain('a node that names no node or a site given twice stops the run (exit 2)')
    }
  })

  it('help catalog update shows the help of catalog update, as catalog update --help does', async () => {
    const asked = helpContext()
    expect(await runCli(['help', 'catalog', 'update'], asked.ctx)).toBe(0)
    const flag = helpContext()
    expect(await runCli(['catalog', 'update', '--help'], flag.ctx)).toBe(0)
    expect(asked.stdout()).toMatch(/^Usage: trustpath catalog update \[options\]\n/)
    expect(asked.stdout()).toBe(flag.stdout())
  })

  it('tells a command it does not know as unknown, with the command meant, rather than show the general help', async () => {
    for (const argv of [['help', 'chek'], ['chek', '--help'], ['help', 'catalog', 'stat'], ['catalog', 'stat', '-h']]) {
      const { ctx, stdout, stderr } = helpContext()
      expect(await runCli(argv, ctx), argv.join(' ')).toBe(2)
      expect(stdout(), argv.join(' ')).toBe('')
      expect(stderr(), argv.join(' ')).toMatch(argv.includes('catalog') ? /^error: unknown command 'stat'\n\(Did you mean stats\?\)\n/ : /^error: unknown command 'chek'\n\(Did you mean check\?\)\n/)
    }
  })
})

describe('a short option in the wrong case', () => {
  it('is told as unknown with the option meant, as a misspelt long option is', async () => {
    const runs: [string[], string][] = [
      [['-V'], '-v, --version'],
      [['check', 'devices.csv', '-P', 'policy.yaml'], '-p, --policy'],
      [['identify', 'devices.csv', '-O', 'out.json'], '-o, --output'],
      [['catalog', 'stats', '-F', 'json'], '-f, --format'],
    ]
    for (const [argv, meant] of runs) {
      const { ctx, stderr } = terminalContext()
      expect(await runCli(argv, ctx), argv.join(' ')).toBe(2)
      const flag = argv.find((a) => /^-[A-Z]$/.test(a))!
      expect(stderr()).toBe(`error: unknown option '${flag}'\n(Did you mean ${meant}?)\n(run with --help for usage)\n`)
    }
  })
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

describe('a file named where the command goes', () => {
  it('is told with the commands that read it, its name quoted where a shell would split it', async () => {
    const { ctx, stderr } = terminalContext()
    expect(await runCli(['my devices.csv'], ctx)).toBe(2)
    expect(stderr().split('\n')[1]).toBe("(a command comes first: trustpath identify 'my devices.csv', or trustpath check 'my devices.csv' -p policy.yaml)")
  })
})

describe('a table written with -o while the command runs in a narrow terminal', () => {
  it('is written whole, not cut to the terminal\'s width', async () => {
    const dir = await testdir({
      'devices.csv': 'id,name,site,role,manufacturer,model,macs,banner_ssh\nrt-fra-01,rt-fra-01,fra,core,Huawei,NE40E-X8,00:e0:fc:12:34:56,SSH-2.0-HUAWEI-1.5\n' +
        'rt-muc-01,rt-muc-01,muc,core,Juniper,MX480,28:8a:1c:00:00:01,\n',
      'policy.yaml': 'version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n',
      'links.csv': 'a,b,metric\nfra,muc,10\n',
    })
    let err = ''
    const sink = () => Object.assign(new Writable({ write(chunk, _enc, done) { err += String(chunk); done() } }), { isTTY: true, columns: 40 })
    const ctx: CliContext = { stdout: sink(), stderr: sink(), stdin: Object.assign(new PassThrough(), { isTTY: true }), env: { TRUSTPATH_HOME: join(dir, '.trustpath') }, cwd: dir, now: () => new Date('2026-06-30') }
    // The inputs by absolute path, as the other in-process runs give them.
    const at = (file: string) => join(dir, file)
    expect(await runCli(['identify', at('devices.csv'), '-f', 'table', '-o', 'attributions.txt', '-q'], ctx), err).toBe(0)
    expect(readFileSync(join(dir, 'attributions.txt'), 'utf8')).toMatch(/^rt-fra-01 .*declared "Huawei", MAC 00E0FC, .*ssh .*VRP SSH server/m)
    expect(await runCli(['exposure', '-t', at('links.csv'), '-i', at('devices.csv'), '-p', at('policy.yaml'), '--flows', 'all-pairs', '-f', 'table', '-o', 'exposure.txt', '-q'], ctx), err).toBe(1)
    expect(readFileSync(join(dir, 'exposure.txt'), 'utf8')).toMatch(/^links:fra>links:muc +fra +muc +1 +100\.0% +none +fra 100\.0%; fix: fra$/m)
  })
})

describe('a first check without a policy', () => {
  it('says what a policy is, with the smallest one, a line that check then reads', async () => {
    const { ctx, stderr } = terminalContext()
    expect(await runCli(['check', 'devices.csv'], ctx)).toBe(2)
    const lines = stderr().split('\n')
    expect(lines[0]).toBe("error: required option '-p, --policy <file>' not specified")
    // Where a first policy is written: the page's table of the rule for each need.
    expect(lines[1]).toContain('see docs/policy.md#which-rule-for-which-need;')
    const smallest = /the smallest is one line, (\{.*\}), or start from the one trustpath demo writes\)$/.exec(lines[1]!)?.[1]
    expect(smallest).toBeDefined()
    const dir = await testdir({ 'policy.yaml': `${smallest}\n`, 'devices.csv': 'id,manufacturer\nr1,Huawei\n' })
    const run = terminalContext()
    expect(await runCli(['check', join(dir, 'devices.csv'), '-p', join(dir, 'policy.yaml'), '-q'], { ...run.ctx, cwd: dir }), run.stderr()).toBe(1)
  })

  it('and an exposure without a topology says what a topology is, the simplest one, and where the formats are', async () => {
    const { ctx, stderr } = terminalContext()
    expect(await runCli(['exposure', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs'], ctx)).toBe(2)
    expect(stderr().split('\n').slice(0, 2)).toEqual([
      "error: required option '-t, --topology <file...>' not specified",
      "(a topology is the graph of an operator's network; the simplest is a CSV of links, a,b,metric, one line a link between two nodes; the formats read are in docs/topology.md#which-file-do-i-give, and trustpath demo writes three)",
    ])
  })
})

describe('an option of one value given twice', () => {
  it('is refused with both values, where the first was left out without a word', async () => {
    const { ctx, stderr } = terminalContext()
    expect(await runCli(['exposure', '-t', 'net.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'day.csv', '--flows=night.csv'], ctx)).toBe(2)
    expect(stderr().split('\n')[0]).toBe(
      "error: option '--flows <file|all-pairs|sample:N[:seed]>' is given 2 times (--flows day.csv, --flows=night.csv), and only one would be read: give it once")
  })

  it('but options of several values are repeated as often as needed', async () => {
    const dir = await testdir({ 'policy.yaml': 'version: 1\nrules: [{ id: ban, lists: [ndaa-889], effect: prohibit }]\n', 'a.csv': 'id,manufacturer\nr1,Huawei\n', 'b.csv': 'id,manufacturer\nr2,Cisco\n' })
    const { ctx, stderr } = terminalContext()
    const at = (f: string) => join(dir, f)
    expect(await runCli(['plan', '-i', at('a.csv'), '-i', at('b.csv'), '-p', at('policy.yaml'), '--phases', '2026-2027', '--budget', '2026=1M', '--budget', '2027=1M',
      '--solver', 'greedy', '-q', '-o', at('plan.json')], { ...ctx, cwd: dir }), stderr()).toBe(0)
    expect(JSON.parse(readFileSync(at('plan.json'), 'utf8')).plan.actions.map((a: { deviceId: string }) => a.deviceId)).toEqual(['r1'])
  })
})
