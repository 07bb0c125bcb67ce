import { spawn } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { sarifValidator } from '../../src/test-support/sarif-schema.js'
import { testdir } from '../../src/test-support/testdir.js'
import { LOCALIZED_INVENTORIES } from '../../src/test-support/localized-inventories.js'
import { buildWorkbook, textSheet } from '../../src/test-support/workbook.js'
import { CLI, runCli } from './run-cli.js'

const CSV = `id,name,role,manufacturer,model,macs,sys_object_id,sys_descr,banner_ssh
r1,rt-fra-01,core,Huawei,NE40E-X8,00:e0:fc:12:34:56,1.3.6.1.4.1.2011.2.62,,SSH-2.0-HUAWEI-1.5
r2,rt-muc-01,core,Juniper,MX480,28:8a:1c:00:00:01,1.3.6.1.4.1.2636.1.1.1.2.25,,
c1,cam-01,camera,Lorex,LNB8005,74:c9:29:00:00:02,,,
u1,mystery,other,,,,,,
`

const POLICY = `version: 1
rules:
  - id: s889-ban
    lists: [ndaa-889]
    effect: prohibit
`

/** `identify -f json` of one inventory file: each device's id, manufacturer and group (exit status 0 checked). */
async function attributions(file: string, cwd: string): Promise<[string, string | null, string | null][]> {
  const run = await runCli(['identify', file, '-f', 'json'], { cwd })
  expect(run.status, run.stderr).toBe(0)
  const rows = JSON.parse(run.stdout) as { id: string; manufacturer: string | null; group: string | null }[]
  return rows.map((r) => [r.id, r.manufacturer, r.group])
}

/** Runs a command with one thread and with two worker threads; the two must agree byte for byte. */
async function sameWithWorkers(args: string[], cwd: string): Promise<Awaited<ReturnType<typeof runCli>>> {
  const one = await runCli([...args, '--jobs', '1'], { cwd })
  const two = await runCli([...args, '--jobs', '2'], { cwd })
  expect(two.status, two.stderr).toBe(one.status)
  expect(two.stdout).toBe(one.stdout)
  expect(two.stderr).toBe(one.stderr)
  return one
}

describe('trustpath demo', () => {
  it('writes the report, the inputs, and exits 0', async () => {
    const dir = await testdir({})
    const run = await runCli(['demo'], { cwd: dir })
    expect(run.status).toBe(0)
    for (const f of ['report.html', 'report.json', 'findings.sarif', 'inventory.jsonl', 'policy.yaml', 'sites.json']) {
      expect(existsSync(join(dir, 'trustpath-demo', f))).toBe(true)
    }
    const html = readFileSync(join(dir, 'trustpath-demo', 'report.html'), 'utf8')
    expect(html).toContain('<!doctype html>')
    expect(html).not.toMatch(/<script src=|<link [^>]*href="http/)
    const report = JSON.parse(readFileSync(join(dir, 'trustpath-demo', 'report.json'), 'utf8'))
    expect(report.attributions.length).toBeGreaterThanOrEqual(300)
    expect(report.findings.length).toBeGreaterThan(0)
    expect(sarifValidator()(JSON.parse(readFileSync(join(dir, 'trustpath-demo', 'findings.sarif'), 'utf8')))).toBe(true)
    // The demo's exemption waives the Kindsbach RAN unit's base-zone finding until 2027-06-30: the
    // report keeps it, marked, as check does, and the plan replaces the unit by the exemption's end.
    const reason = 'Swap to a trusted RAN vendor scheduled with the Landstuhl cluster rebuild'
    expect(report.findings.filter((f: { deviceId: string; waiver?: unknown }) => f.waiver !== undefined)).toEqual([
      expect.objectContaining({ deviceId: 'de-kbh-ran-01', rule: 'base-zone', waiver: expect.objectContaining({ until: '2027-06-30', reason }) }),
    ])
    expect(report.summary.waived).toBe(1)
    expect(run.stdout).toContain('; 1 more waived by exemptions, not counted.')
    const plan = JSON.parse(readFileSync(join(dir, 'trustpath-demo', 'plan.json'), 'utf8'))
    expect(plan.plan.actions.find((a: { deviceId: string }) => a.deviceId === 'de-kbh-ran-01')).toMatchObject({
      phase: '2026', reasons: ['deadline 2027-06-30 (rule base-zone)', `waived until 2027-06-30 (${reason})`],
    })

    const check = await runCli(['check', 'trustpath-demo/inventory.jsonl', '--policy', 'trustpath-demo/policy.yaml', '--format', 'sarif'], { cwd: dir })
    expect(check.status).toBe(1)
    const validate = sarifValidator()
    expect(validate(JSON.parse(check.stdout)), JSON.stringify(validate.errors)).toBe(true)
  })

  it('prints commands that run as printed, pasted into a shell, also for a directory whose name has a space', async () => {
    const dir = await testdir({})
    const run = await runCli(['demo', '-o', 'my demo'], { cwd: dir })
    expect(run.status).toBe(0)
    const commands = run.stdout.split('\n').filter((l) => /^(Try: | {5})npx trustpath /.test(l)).map((l) => l.replace(/^(Try: | {5})npx trustpath /, ''))
    expect(commands.map((c) => c.split(' ')[0])).toEqual(['check', 'identify', 'plan', 'exposure'])
    const statuses: Record<string, number> = { check: 1, identify: 0, plan: 0, exposure: 1 }
    for (const command of commands) {
      const shell = spawn('sh', ['-c', `"${process.execPath}" "${CLI}" ${command} > /dev/null`], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', HOME: dir } })
      let stderr = ''
      shell.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
      const status = await new Promise<number | null>((resolve) => shell.on('close', (code) => resolve(code)))
      expect(status, `${command}\n${stderr}`).toBe(statuses[command.split(' ')[0]!])
    }
  }, 60_000)

  it('with --quiet prints the paths it wrote, one a line, and nothing else', async () => {
    const dir = await testdir({})
    const run = await runCli(['demo', '-o', 'out', '--quiet'], { cwd: dir })
    expect(run.status).toBe(0)
    const paths = run.stdout.trimEnd().split('\n')
    expect(paths).toContain(join('out', 'report.html'))
    expect(paths).toContain(join('out', 'inventory.jsonl'))
    for (const p of paths) expect(existsSync(join(dir, p)), p).toBe(true)
    expect(run.stderr).toBe('')
  })

  it('refuses a directory whose own policy and report it would replace (demo -o . in a project), and writes its own again', async () => {
    const dir = await testdir({ 'policy.yaml': 'version: 1\nrules: []\n', 'report.html': '<p>last quarter</p>\n', 'notes.txt': 'kept\n' })
    const run = await runCli(['demo', '-o', '.', '--quiet'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('trustpath: . holds files that the demo would replace: policy.yaml, report.html\n' +
      '  hint: Give the demo a new or empty directory (trustpath demo -o trustpath-demo), or move those files away.\n')
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe('version: 1\nrules: []\n')
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('<p>last quarter</p>\n')
    expect(existsSync(join(dir, 'inventory.jsonl'))).toBe(false)
    // A directory the demo wrote is written again.
    expect((await runCli(['demo', '-o', 'out', '--quiet'], { cwd: dir })).status).toBe(0)
    expect((await runCli(['demo', '-o', 'out', '--quiet'], { cwd: dir })).status).toBe(0)
  })
})

describe('trustpath check --format sarif, more findings than code scanning takes', () => {
  it('warns that GitHub code scanning refuses a run of more than 25,000 results, and says nothing under the limit', async () => {
    // GitHub's "SARIF results exceed limit": 25,000 results per run at most.
    const cameras = (n: number) => Array.from({ length: n }, (_, i) => `{"id":"cam-${i}","manufacturer":"Hikvision"}`).join('\n')
    const dir = await testdir({ 'over.jsonl': cameras(25_001), 'under.jsonl': cameras(25_000), 'policy.yaml': POLICY })
    const over = await runCli(['check', 'over.jsonl', '-p', 'policy.yaml', '-o', 'over.sarif', '-q'], { cwd: dir, timeoutMs: 120_000 })
    expect(over.status, over.stderr).toBe(1)
    expect(over.stderr).toContain('warning: over.sarif holds 25,001 results, and GitHub code scanning refuses a run of more than 25,000')
    expect((JSON.parse(readFileSync(join(dir, 'over.sarif'), 'utf8')) as { runs: { results: unknown[] }[] }).runs[0]!.results).toHaveLength(25_001)
    const under = await runCli(['check', 'under.jsonl', '-p', 'policy.yaml', '-o', 'under.sarif'], { cwd: dir, timeoutMs: 120_000 })
    expect(under.status, under.stderr).toBe(1)
    expect(under.stderr).not.toContain('code scanning')
  }, 240_000)
})

describe('trustpath check --format html, more devices than the page lists', () => {
  it('gives on its cards the counts of the JSON summary, for all the devices', async () => {
    const cameras = Array.from({ length: 20_001 }, (_, i) => `{"id":"cam-${i}","manufacturer":"${i % 3 === 0 ? 'Axis' : 'Hikvision'}"}`).join('\n')
    const dir = await testdir({ 'cameras.jsonl': cameras, 'policy.yaml': POLICY })
    const html = await runCli(['check', 'cameras.jsonl', '-p', 'policy.yaml', '-o', 'report.html', '-q'], { cwd: dir, timeoutMs: 120_000 })
    expect(html.status, html.stderr).toBe(1)
    const json = await runCli(['check', 'cameras.jsonl', '-p', 'policy.yaml', '-f', 'json', '-q'], { cwd: dir, timeoutMs: 120_000 })
    const summary = (JSON.parse(json.stdout) as { summary: { devices: number; devicesWithFindings: number; findings: number; bySeverity: { error: number; warning: number } } }).summary
    expect(summary.devices).toBe(20_001)
    const page = readFileSync(join(dir, 'report.html'), 'utf8')
    expect(page).toContain('Only the first 20,000 of 20,001 devices are shown')
    expect(page).toContain(`<b>${summary.devices.toLocaleString('en-US')}</b>devices</div>`)
    expect(page).toContain(`<b>${summary.devicesWithFindings.toLocaleString('en-US')}</b>devices with findings</div>`)
    const severities = [`${summary.bySeverity.error.toLocaleString('en-US')} errors`, `${summary.bySeverity.warning.toLocaleString('en-US')} warnings`].filter((s) => !s.startsWith('0 '))
    expect(page).toContain(`<b>${summary.findings.toLocaleString('en-US')}</b>findings<small>${severities.join(', ')}</small></div>`)
  }, 240_000)
})

describe('trustpath --help', () => {
  it('teaches every command and subcommand with examples, as the README says', async () => {
    const dir = await testdir({})
    const commands = [['identify'], ['check'], ['exposure'], ['plan'], ['lookup'], ['demo'], ['catalog', 'stats'], ['catalog', 'manufacturers'], ['catalog', 'update']]
    for (const command of commands) {
      const run = await runCli([...command, '--help'], { cwd: dir })
      expect(run.status, command.join(' ')).toBe(0)
      expect(run.stdout, command.join(' ')).toMatch(new RegExp(`\\n\\s+\\$ trustpath ${command.join(' ')}\\b`))
    }
  })

  it('shows in check --help how to pass the sites of geofences, how to check as of another day and how to leave waived findings out', async () => {
    const help = (await runCli(['check', '--help'], { cwd: await testdir({}) })).stdout
    expect(help).toMatch(/\$ trustpath check \S+ -p policy\.yaml --sites \S+\.csv +# geofences/)
    expect(help).toMatch(/\$ trustpath check \S+ -p policy\.yaml --now \d{4}-\d\d-\d\d +# deadlines and exemptions/)
    // Waived findings are written by default; the option that leaves them out is shown for a code-scanning upload.
    expect(help).toMatch(/\$ trustpath check \S+ -p policy\.yaml --no-waived -o \S+\.sarif +# waived devices left out/)
    expect(help.replace(/\s+/g, ' ')).toContain('Exit status: 0 no findings (waived ones aside), 1 findings')
  })

  it('shows in check --help a policy that a new user can save and run as it is, without the docs', async () => {
    const help = (await runCli(['check', '--help'], { cwd: await testdir({}) })).stdout
    const lines = help.split('\n')
    const start = lines.findIndex((l) => l.trim() === 'version: 1')
    expect(start).toBeGreaterThan(0)
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('  '))
    const policy = lines.slice(start, end).map((l) => l.slice(2)).join('\n')
    expect(policy).toContain('remove-by: 2028-12-31')
    const dir = await testdir({
      'policy.yaml': `${policy}\n`,
      'devices.csv': 'id,name,manufacturer,model\nrt-na-01,rt1.na,Huawei,CE6881-48S6CQ\nrt-bo-01,rt1.bo,ZTE,ZXR10 M6000-8S Plus\nrt-rm-01,rt1.rm,Cisco,ASR-9010\n',
    })
    const run = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '-f', 'json', '--now', '2026-12-07'], { cwd: dir })
    expect(run.stderr).not.toMatch(/error/)
    const out = JSON.parse(run.stdout)
    // ZTE's router breaks both rules; Huawei's is waived until mid-2027; Cisco's is clean.
    expect(out.findings.filter((f: { waiver?: unknown }) => f.waiver === undefined).map((f: { deviceId: string; rule: string }) => `${f.deviceId} ${f.rule}`))
      .toEqual(['rt-bo-01 covered', 'rt-bo-01 out-by-2028'])
    expect(out.summary.waived).toBe(2)
  })

  it('points check --help and identify --help to the description of their outputs\' fields, which exists', async () => {
    const dir = await testdir({})
    for (const command of ['check', 'identify']) {
      const help = (await runCli([command, '--help'], { cwd: dir })).stdout
      expect(help.replace(/\s+/g, ' ')).toContain('docs/output.md')
    }
    expect(existsSync(new URL('../../docs/output.md', import.meta.url))).toBe(true)
  })

  it('describes the inventories identify and check take in a sentence that closes, and says what --jobs does with several', async () => {
    const dir = await testdir({})
    for (const command of ['identify', 'check']) {
      const help = (await runCli([command, '--help'], { cwd: dir })).stdout.replace(/\s+/g, ' ')
      const argument = /Arguments: inventory (.*?) Options:/.exec(help)?.[1] ?? ''
      expect(argument, command).toMatch(/^inventory files or directories .*\.csv or \.tsv file/)
      // Every bracket opened is closed, in order.
      let depth = 0
      for (const c of argument) {
        depth += c === '(' ? 1 : c === ')' ? -1 : 0
        expect(depth, `${command}: ${argument}`).toBeGreaterThanOrEqual(0)
      }
      expect(depth, command).toBe(0)
      // The device's own outputs read: Huawei's display elabel and H3C's display device manuinfo too.
      expect(argument, command).toMatch(/show version, show inventory, display version, display elabel or display device manuinfo output/)
      expect(help, command).toMatch(/-j, --jobs <n\|auto> worker threads for a CSV or JSON Lines inventory file read alone \(several are read by one thread\)/)
    }
  })
})

describe('trustpath identify --at', () => {
  it('resolves Honor to the Huawei group before November 2020 and refuses a date in another layout as a usage error', async () => {
    const dir = await testdir({ 'devices.csv': 'id,manufacturer\nh1,Honor\n' })
    const before = await runCli(['identify', 'devices.csv', '-f', 'json', '--at', '2020-06-30'], { cwd: dir })
    expect(JSON.parse(before.stdout)[0]).toMatchObject({ manufacturer: 'honor', group: 'huawei' })
    const after = await runCli(['identify', 'devices.csv', '-f', 'json', '--at', '2021-06-30'], { cwd: dir })
    expect(JSON.parse(after.stdout)[0]).toMatchObject({ manufacturer: 'honor', group: 'honor' })
    const bad = await runCli(['identify', 'devices.csv', '-f', 'csv', '--at', '30.06.2020'], { cwd: dir })
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    // A layout that reads one way only is told as the date it means; one that does not, by the layout.
    expect(bad.stderr).toBe('trustpath: --at: "30.06.2020" is not a date\n  hint: Write it as 2020-06-30.\n')
    const ambiguous = await runCli(['identify', 'devices.csv', '--at', '01/02/2020'], { cwd: dir })
    expect(ambiguous.status).toBe(2)
    expect(ambiguous.stderr).toBe('trustpath: --at: "01/02/2020" is not a date\n  hint: Write it as YYYY-MM-DD, e.g. 2026-12-31.\n')
    // A year or a month alone is not a day: the message offers its first and last days, and picks neither.
    const year = await runCli(['identify', 'devices.csv', '--at', '2020'], { cwd: dir })
    expect(year.status).toBe(2)
    expect(year.stderr).toBe('trustpath: --at: "2020" is a year, not a day\n  hint: Write the day as YYYY-MM-DD: 2020-01-01 for the start of it, 2020-12-31 for its end.\n')
    const month = await runCli(['identify', 'devices.csv', '--at', '2020-02'], { cwd: dir })
    expect(month.stderr).toBe('trustpath: --at: "2020-02" is a month, not a day\n  hint: Write the day as YYYY-MM-DD: 2020-02-01 for the start of it, 2020-02-29 for its end.\n')
  })
})

describe('trustpath identify on dates bought or installed', () => {
  it('decides by a purchase date before a sale, leaves one after it undecided, reads an Excel serial with a warning at its line, and gives the relations in CSV', async () => {
    // Snipe-IT's "Purchase Date"; 43831 is how a date cell of 2020-01-01 comes out when the raw value is exported.
    const dir = await testdir({ 'assets.csv': 'Asset Name,Manufacturer,Purchase Date\nph-1,Honor,43831\nph-2,Honor,2021-02-01\nph-3,Honor,2022-03-01\n' })
    const json = await runCli(['identify', 'assets.csv', '-f', 'json'], { cwd: dir })
    expect(json.stderr).toContain('assets.csv:2: warning: field "purchased" has the value "43831", a number, read as the Excel date serial it is: 2020-01-01')
    const rows = JSON.parse(json.stdout) as { id: string; group: string; conflicts: { text: string }[]; timedOwners?: { at: string }[] }[]
    expect(rows.map((r) => [r.id, r.group])).toEqual([['ph-1', 'huawei'], ['ph-2', 'honor'], ['ph-3', 'honor']])
    expect(rows[0]!.timedOwners).toMatchObject([{ at: '2020-01-01', atKind: 'purchased' }])
    expect(rows[1]!.conflicts.map((c) => c.text)).toEqual([expect.stringContaining('the device was bought or installed on 2021-02-01, after 2020-11-17, ' +
      'and the inventory gives no date of manufacture: made in the 2 years before that, before or after 2020-11-17, not decided')])
    const csv = await runCli(['identify', 'assets.csv', '-f', 'csv'], { cwd: dir })
    const lines = csv.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/,timed_owners,ruled_out_owners$/)
    expect(lines[1]).toContain('which covers 2020-01-01, the device\'s date (when it was bought or installed: it was made in the 2 years before it); source: https://www.scmp.com/')
  })
})

describe('trustpath check, a ban on new installations (scope.acquired)', () => {
  it('finds the baseband installed after the UK direction of 2022-10-13 in every format, with one thread or two, and names the waiver it applied', async () => {
    // Snipe-IT's columns: a date of manufacture and a purchase date beside it.
    const dir = await testdir({
      'ran.csv': 'Asset Name,Manufacturer,Model,Role,Network,Manufacture Date,Purchase Date\n' +
        'bbu-2021,Huawei,BBU5900,ran,uk-5g,2020-11-01,2021-06-01\nbbu-2023,Huawei,BBU5900,ran,uk-5g,2021-04-01,2023-02-14\n' +
        'bbu-spare,Huawei,BBU5900,ran,uk-5g,2021-09-01,2023-03-01\ngnb-e,Ericsson,Baseband 6630,ran,uk-5g,,2023-02-14\n',
      'policy.yaml': 'version: 1\nlists: { huawei: [huawei] }\nrules:\n' +
        '  - { id: dvd-5g-new, lists: [huawei], scope: { networks: [uk-5g], acquired: { from: 2022-10-13 } }, effect: prohibit }\n' +
        'exemptions:\n  - { device: bbu-spare, until: 2027-01-31, reason: "swap booked, PO 4711" }\n',
    })
    const args = ['check', 'ran.csv', '-p', 'policy.yaml', '--now', '2026-12-07']
    const json = await sameWithWorkers([...args, '-f', 'json'], dir)
    expect(json.status).toBe(1)
    const findings = (JSON.parse(json.stdout) as { findings: { deviceId: string; rule: string; severity: string; waiver?: { until: string } }[] }).findings
    // The spare bought after the ban is waived until its swap: listed, marked, not counted.
    expect(findings.map((f) => [f.deviceId, f.rule, f.severity, f.waiver?.until])).toEqual([
      ['bbu-2023', 'dvd-5g-new', 'error', undefined], ['bbu-spare', 'dvd-5g-new', 'error', '2027-01-31'],
    ])
    expect(json.stderr).toContain('policy.yaml:6:5 (exemptions[0]): info: the exemption for "device bbu-spare" (swap booked, PO 4711) lifted findings, ' +
      'which are reported as waived and not counted; it applies until 2027-01-31, 55 days from the check\'s date.')
    expect(json.stderr).toContain('4 devices checked: 1 finding on 1 device; 1 more waived by exemptions, not counted.')
    const csv = await runCli([...args, '-f', 'csv'], { cwd: dir })
    expect(csv.stdout.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual(['bbu-2023,bbu-2023,dvd-5g-new,error', 'bbu-spare,bbu-spare,dvd-5g-new,error'])
    const table = await runCli([...args, '-f', 'table'], { cwd: dir })
    expect(table.stdout).toMatch(/error +dvd-5g-new +bbu-2023 +huawei +huawei +now /)
    expect(table.stdout).toMatch(/waived +dvd-5g-new +bbu-spare +huawei +huawei +now +[\d.]+ +until 2027-01-31 \(device bbu-spare: swap booked, PO 4711\)/)
    const sarif = await runCli([...args, '-f', 'sarif'], { cwd: dir })
    const log = JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; level: string; suppressions?: unknown[] }[] }[] }
    expect(sarifValidator()(log)).toBe(true)
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.level, r.suppressions?.length ?? 0])).toEqual([['dvd-5g-new', 'error', 0], ['dvd-5g-new', 'error', 1]])
  })
})

describe('trustpath check, deadlines of several regulations in one policy', () => {
  it('dates each rule by its own effective or remove-by date, and says in every format how many days are left or gone, with one thread or two', async () => {
    // Germany's 2024 agreements (5G core by the end of 2026), Sweden's PTS conditions (phased out by
    // 1 January 2025), the UK direction's ban on new Huawei equipment in 5G from 2022-10-13, and
    // s.889(a)(1)(B) from 2020-08-13, in one policy, checked on 2026-12-07.
    const dir = await testdir({
      'net.csv': 'id,manufacturer,model,role,network,purchased\n' +
        'core-fra,Huawei,NE40E-X8,core,op-de-5g,2019-05-01\nran-sto,ZTE,ZXSDR B8200,ran,se-3500,2019-06-01\n' +
        'gnb-lon,Huawei,BBU5900,ran,uk-5g,2023-03-01\nrt-ams,Juniper,MX480,core,op-nl,2021-01-01\n',
      'policy.yaml': 'version: 1\neffective: 2020-08-13\nlists: { huawei-zte: [huawei, zte], huawei: [huawei] }\nrules:\n' +
        '  - { id: s889-b, lists: [ndaa-889], effect: prohibit }\n' +
        '  - { id: de-5g-core, lists: [huawei-zte], scope: { roles: [core], networks: [op-de-5g] }, effect: { remove-by: 2026-12-31 } }\n' +
        '  - { id: pts-central, lists: [huawei-zte], scope: { networks: [se-3500] }, effect: { remove-by: 2024-12-31 } }\n' +
        '  - { id: dvd-5g-new, lists: [huawei], scope: { networks: [uk-5g], acquired: { from: 2022-10-13 } }, effect: prohibit, effective: 2022-10-13 }\n',
    })
    const args = ['check', 'net.csv', '-p', 'policy.yaml', '--now', '2026-12-07']
    const json = await sameWithWorkers([...args, '-f', 'json'], dir)
    expect(json.status).toBe(1)
    const out = JSON.parse(json.stdout) as { findings: { deviceId: string; rule: string; severity: string; deadline?: string; daysLeft?: number }[]; summary: { deadlines?: unknown } }
    expect(out.findings.map((f) => [f.deviceId, f.rule, f.severity, f.deadline, f.daysLeft])).toEqual([
      ['core-fra', 's889-b', 'error', '2020-08-13', -2307], ['core-fra', 'de-5g-core', 'warning', '2026-12-31', 24],
      ['ran-sto', 's889-b', 'error', '2020-08-13', -2307], ['ran-sto', 'pts-central', 'error', '2024-12-31', -706],
      ['gnb-lon', 's889-b', 'error', '2020-08-13', -2307], ['gnb-lon', 'dvd-5g-new', 'error', '2022-10-13', -1516],
    ])
    expect(out.summary.deadlines).toEqual({ passed: 5, within90Days: 1, next: { date: '2026-12-31', daysLeft: 24 } })
    expect(json.stderr).toContain('Deadlines: 5 findings past their deadline; 1 due within 90 days, the next on 2026-12-31 (in 24 days).')
    const csv = (await runCli([...args, '-f', 'csv'], { cwd: dir })).stdout.trim().split('\n').map((l) => l.split(','))
    const column = (name: string) => csv.slice(1).map((row) => row[csv[0]!.indexOf(name)])
    expect(column('rule')).toEqual(['s889-b', 'de-5g-core', 's889-b', 'pts-central', 's889-b', 'dvd-5g-new'])
    expect(column('days_left')).toEqual(['-2307', '24', '-2307', '-706', '-2307', '-1516'])
    const table = (await runCli([...args, '-f', 'table'], { cwd: dir })).stdout
    expect(table).toMatch(/warning +de-5g-core +core-fra +huawei +huawei +2026-12-31 +[\d.]+ +due in 24 days: /)
    expect(table).toMatch(/error +pts-central +ran-sto +zte +zte +2024-12-31 +[\d.]+ +overdue by 706 days: /)
    const sarif = JSON.parse((await runCli([...args, '-f', 'sarif'], { cwd: dir })).stdout) as { runs: { results: { ruleId: string; message: { text: string }; properties: { deadline?: string; daysLeft?: number } }[] }[] }
    expect(sarifValidator()(sarif)).toBe(true)
    const first = sarif.runs[0]!.results[1]!
    expect([first.ruleId, first.properties.deadline, first.properties.daysLeft]).toEqual(['de-5g-core', '2026-12-31', 24])
    expect(first.message.text).toContain('to be removed by 2026-12-31 (in 24 days)')
  })
})

describe('trustpath check, exemptions for a whole site or network', () => {
  it('marks the findings of a waived base and of a network waived for one rule as waived, names both waivers, and says which site it found no device at, with one thread or two', async () => {
    const dir = await testdir({
      'devices.csv': 'id,manufacturer,model,role,site,network\n' +
        'rs-sw1,Huawei,S5735,access,ramstein,base-lan\nrs-cam2,Hikvision,DS-2CD2143G2,camera,ramstein,base-lan\n' +
        'fra-core1,Huawei,NE40E,core,fra-1,op-de-5g\nham-core1,ZTE,ZXR10,core,ham-1,op-de-5g\n',
      'policy.yaml': 'version: 1\nlists: { huawei-zte: [huawei, zte] }\nrules:\n' +
        '  - { id: no-huawei-zte, lists: [huawei-zte], effect: prohibit }\n' +
        '  - { id: de-5g-core, lists: [huawei-zte], scope: { roles: [core], networks: [op-de-5g] }, effect: { remove-by: 2026-12-31 } }\n' +
        'exemptions:\n  - { site: ramstein, until: 2027-06-30, reason: "base network replacement contracted, PO 8812" }\n' +
        '  - { network: op-de-5g, rule: de-5g-core, until: 2027-12-31, reason: "regulator\'s extension" }\n' +
        '  - { site: Spangdahlem, until: 2027-06-30, reason: "replacement contracted" }\n',
    })
    const run = await sameWithWorkers(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-12-07', '-f', 'json'], dir)
    expect(run.status).toBe(1)
    const findings = (JSON.parse(run.stdout) as { findings: { deviceId: string; rule: string; waiver?: unknown }[] }).findings
    expect(findings.filter((f) => f.waiver === undefined).map((f) => `${f.deviceId}/${f.rule}`)).toEqual(['fra-core1/no-huawei-zte', 'ham-core1/no-huawei-zte'])
    expect(run.stderr).toContain('policy.yaml:7:5 (exemptions[0]): info: the exemption for "site ramstein" (base network replacement contracted, PO 8812) lifted findings, ' +
      'which are reported as waived and not counted; it applies until 2027-06-30, 205 days from the check\'s date.')
    expect(run.stderr).toContain('policy.yaml:8:5 (exemptions[1]): info: the exemption for "network op-de-5g, rule de-5g-core" (regulator\'s extension) lifted findings, ' +
      'which are reported as waived and not counted; it applies until 2027-12-31, 389 days from the check\'s date.')
    expect(run.stderr).toContain('policy.yaml:9:5 (exemptions[2]): info: the exemption for "site Spangdahlem" matches no finding: no device of the inventory is at the site "Spangdahlem".')
  })
})

describe('trustpath check, a scope or exemption written otherwise than the inventory writes it', () => {
  // A policy typed from the regulator's letter (op_de, fra), checked against what the NMS exports (OP-DE, FRA).
  const POLICY = 'version: 1\nlists: { huawei-zte: [huawei, zte] }\nrules:\n' +
    '  - { id: de-core, lists: [huawei-zte], scope: { roles: [core], networks: [op_de] }, effect: { remove-by: 2026-12-31 } }\n' +
    '  - { id: fra-cams, lists: [ndaa-889], scope: { sites: [fra], roles: [camera] }, effect: flag }\n' +
    'exemptions:\n  - { device: RT-FRA-02, until: 2027-06-30, reason: "swap booked, PO 4711" }\n'

  it('matches nothing, and says so naming the inventory\'s spelling of each name, with one thread or two', async () => {
    const dir = await testdir({
      'devices.csv': 'id,name,manufacturer,model,role,network,site\n' +
        'rt-fra-01,core1,Huawei,NE40E-X8,core,OP-DE,FRA\nrt-fra-02,core2,ZTE,ZXR10 M6000,core,OP-DE,FRA\ncam-fra-01,gate cam,Hikvision,DS-2CD2143G2-I,camera,OP-DE,FRA\n',
      'policy.yaml': POLICY,
    })
    const run = await sameWithWorkers(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-12-07', '-f', 'csv'], dir)
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('policy.yaml:4:5 (rules[0].scope.networks[0]): info: rule "de-core" names the network "op_de", which no device of the inventory has. ' +
      'The inventory\'s network column has the near spelling "OP-DE": if that is the one meant, write it as the inventory does (letter case counts).')
    expect(run.stderr).toContain('rule "fra-cams" names the site "fra", which no device of the inventory has. The inventory\'s site column has the near spelling "FRA"')
    expect(run.stderr).toContain('the exemption for "device RT-FRA-02" matches no finding: no device of the inventory has the id "RT-FRA-02". ' +
      'The inventory has the near spelling "rt-fra-02"')
    // Written as the inventory writes them, the rules find the devices and the exemption lifts one.
    writeFileSync(join(dir, 'policy.yaml'), POLICY.replace('[op_de]', '[OP-DE]').replace('[fra]', '[FRA]').replace('RT-FRA-02', 'rt-fra-02'))
    const fixed = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-12-07', '-f', 'json'], { cwd: dir })
    expect(fixed.status, fixed.stderr).toBe(1)
    const findings = (JSON.parse(fixed.stdout) as { findings: { deviceId: string; rule: string; waiver?: unknown }[] }).findings
    expect(findings.map((f) => `${f.deviceId}/${f.rule}${f.waiver === undefined ? '' : ' waived'}`)).toEqual(['rt-fra-01/de-core', 'rt-fra-02/de-core waived', 'cam-fra-01/fra-cams'])
    expect(fixed.stderr).not.toContain('near spelling')
  })

  it('names the same spellings when worker threads each read a part of a large inventory in which they appear apart', async () => {
    // 30,000 devices (about 1.5 MB, several parts): the network's two spellings are near the start and the end.
    const rows = Array.from({ length: 30_000 }, (_, i) =>
      `sw-${i},access ${i},Cisco,C9300,access,${i === 10 ? 'OP-DE' : i === 29_990 ? 'Op_De' : 'op-it'},${i === 15_000 ? 'FRA' : `site-${i % 500}`}`)
    const dir = await testdir({ 'devices.csv': `id,name,manufacturer,model,role,network,site\n${rows.join('\n')}\n`, 'policy.yaml': POLICY })
    const run = await sameWithWorkers(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-12-07', '-f', 'csv'], dir)
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('The inventory\'s network column has the near spellings "OP-DE" and "Op_De": if one of them is the one meant')
    expect(run.stderr).toContain('The inventory\'s site column has the near spelling "FRA"')
  }, 60_000)
})

describe('trustpath check, waived findings kept in the report for an audit', () => {
  // A compliance officer's inventory and policy: a camera waived for the s.889 rule, a base waived
  // for every rule, an operator's 5G network waived for the core rule, a lab waiver that has
  // expired, and one for a site no device is at. A clean switch beside them.
  const FILES = {
    'devices.csv': 'id,name,manufacturer,model,role,site,network,purpose\n' +
      'cam-042,gate cam,Hikvision,DS-2CD2143G2,camera,ramstein,base-lan,public-safety\nrs-sw1,,Huawei,S5735,access,ramstein,base-lan,\n' +
      'fra-core1,,Huawei,NE40E,core,fra-1,op-de-5g,\nlab-r1,,Huawei,AR6120,access,lab,lab-net,\nsw-clean,,Cisco,C9300,access,fra-1,op-de-5g,\n',
    'policy.yaml': 'version: 1\nlists: { huawei-zte: [huawei, zte] }\nrules:\n' +
      '  - { id: s889-ban, lists: [ndaa-889], effect: prohibit }\n' +
      '  - { id: de-5g-core, lists: [huawei-zte], scope: { roles: [core], networks: [op-de-5g] }, effect: { remove-by: 2026-12-31 } }\n' +
      'exemptions:\n' +
      '  - { device: cam-042, rule: s889-ban, until: 2027-06-30, reason: "replacement ordered, PO 4711" }\n' +
      '  - { site: ramstein, until: 2027-06-30, reason: "base network replacement contracted, PO 8812" }\n' +
      '  - { network: op-de-5g, rule: de-5g-core, until: 2027-12-31, reason: "regulator\'s extension" }\n' +
      '  - { device: lab-r1, until: 2026-01-31, reason: "isolated test lab" }\n' +
      '  - { site: spangdahlem, until: 2027-06-30, reason: "replacement contracted" }\n',
  }
  const ARGS = ['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-12-07']
  type JsonFinding = { deviceId: string; rule: string; severity: string; waiver?: { until: string; reason: string; target: string; exemption: number; file: string; line: number } }

  it('lists each waived finding with its exemption (file, line, target), reason and last day in JSON, with one thread or two, and counts only the open ones', async () => {
    const dir = await testdir(FILES)
    const run = await sameWithWorkers([...ARGS, '-f', 'json'], dir)
    // The exit status is that of the open findings: the lab router's waiver has expired.
    expect(run.status).toBe(1)
    const doc = JSON.parse(run.stdout) as { findings: JsonFinding[]; summary: { devices: number; devicesWithFindings: number; findings: number; waived: number } }
    expect(doc.findings.map((f) => [f.deviceId, f.rule, f.waiver === undefined ? 'open' : `waived until ${f.waiver.until}`])).toEqual([
      ['cam-042', 's889-ban', 'waived until 2027-06-30'],
      ['rs-sw1', 's889-ban', 'waived until 2027-06-30'],
      ['fra-core1', 's889-ban', 'open'],
      ['fra-core1', 'de-5g-core', 'waived until 2027-12-31'],
      ['lab-r1', 's889-ban', 'open'],
    ])
    expect(doc.findings[1]!.waiver).toEqual({
      until: '2027-06-30', reason: 'base network replacement contracted, PO 8812', target: 'site ramstein', exemption: 1, file: 'policy.yaml', line: 8,
    })
    expect(doc.summary).toMatchObject({ devices: 5, devicesWithFindings: 2, findings: 2, waived: 3 })
    expect(run.stderr).toContain('5 devices checked: 2 findings on 2 devices; 3 more waived by exemptions, not counted.')
    // The expired waiver and the unused one are still told.
    expect(run.stderr).toContain('policy.yaml:10:5 (exemptions[3]): info: the exemption for "device lab-r1" (isolated test lab) expired on 2026-01-31')
    expect(run.stderr).toContain('policy.yaml:11:5 (exemptions[4]): info: the exemption for "site spangdahlem" matches no finding')
    const lines = (await sameWithWorkers([...ARGS, '-f', 'jsonl'], dir)).stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonFinding)
    expect(lines.filter((f) => f.waiver === undefined).map((f) => f.deviceId)).toEqual(['fra-core1', 'lab-r1'])
    expect(lines).toHaveLength(5)
  })

  it('marks them in CSV, the table, SARIF (a suppression, valid against the schema) and HTML, with one thread or two', async () => {
    const dir = await testdir(FILES)
    const csv = (await sameWithWorkers([...ARGS, '-f', 'csv'], dir)).stdout.trim().split('\n')
    expect(csv[0]).toMatch(/,waived_until,waiver_reason,waiver,to_confirm$/)
    expect(csv.find((l) => l.startsWith('rs-sw1,'))).toMatch(/,2027-06-30,"base network replacement contracted, PO 8812",policy\.yaml:8 \(exemptions\[1\]\): site ramstein,$/)
    expect(csv.find((l) => l.startsWith('lab-r1,'))).toMatch(/,,,,$/)

    const table = await sameWithWorkers([...ARGS, '-f', 'table'], dir)
    expect(table.stdout).toMatch(/^waived +s889-ban +rs-sw1 +huawei +huawei +now +[\d.]+ +until 2027-06-30 \(site ramstein: /m)
    expect(table.stdout).toMatch(/^error +s889-ban +lab-r1 /m)
    expect(table.stdout).toContain('5 devices checked: 2 findings on 2 devices (2 errors, 0 warnings, 0 notes); 3 more waived by exemptions, not counted.')

    const sarif = await sameWithWorkers([...ARGS, '-f', 'sarif'], dir)
    const log = JSON.parse(sarif.stdout) as { runs: { results: { locations: { logicalLocations: { name: string }[] }[]; suppressions?: { kind: string; status: string; justification: string; location: unknown }[] }[] }[] }
    expect(sarifValidator()(log)).toBe(true)
    const suppressed = log.runs[0]!.results.filter((r) => r.suppressions !== undefined)
    expect(suppressed.map((r) => r.locations[0]!.logicalLocations[0]!.name)).toEqual(['cam-042', 'rs-sw1', 'fra-core1'])
    expect(suppressed[0]!.suppressions).toEqual([{
      kind: 'external', status: 'accepted', justification: 'replacement ordered, PO 4711',
      location: { physicalLocation: { artifactLocation: { uri: 'policy.yaml', index: 1 }, region: { startLine: 7 } } },
      properties: { until: '2027-06-30', target: 'device cam-042, rule s889-ban', exemption: 0 },
    }])

    const html = await runCli([...ARGS, '-o', 'report.html'], { cwd: dir })
    expect(html.status).toBe(1)
    const page = readFileSync(join(dir, 'report.html'), 'utf8')
    expect(page).toContain('<div class="card bad"><b>2</b>findings<small>')
    expect(page).toContain('<div class="card"><b>3</b>findings waived by exemptions, not counted</div>')
    expect(page).toContain('<section id="waived"><h2>Waived findings</h2>')
  })

  it('exits 0 when every finding is waived, saying how many', async () => {
    const dir = await testdir({ ...FILES, 'devices.csv': 'id,manufacturer,model,role,site\nrs-sw1,Huawei,S5735,access,ramstein\n' })
    const run = await runCli([...ARGS, '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('1 device checked: 0 findings on 0 devices; 1 more waived by exemptions, not counted.')
  })

  it('leaves them out with --no-waived, neither written nor counted, with one thread or two', async () => {
    const dir = await testdir(FILES)
    const run = await sameWithWorkers([...ARGS, '-f', 'json', '--no-waived'], dir)
    expect(run.status).toBe(1)
    const doc = JSON.parse(run.stdout) as { findings: JsonFinding[]; summary: Record<string, unknown> }
    expect(doc.findings.map((f) => `${f.deviceId}/${f.rule}`)).toEqual(['fra-core1/s889-ban', 'lab-r1/s889-ban'])
    expect(doc.summary).not.toHaveProperty('waived')
    expect(run.stderr).toContain('(base network replacement contracted, PO 8812) lifted findings, which are not reported;')
    expect(run.stderr).toContain('5 devices checked: 2 findings on 2 devices.')
  })
})

describe('trustpath identify, manufacturers written in Chinese', () => {
  // As Chinese asset tools and CMDBs export them: short names and full legal names, UTF-8.
  const ROWS: [string, string, string, string][] = [
    ['c1', '华为技术有限公司', 'huawei', 'huawei'],
    ['c2', '新华三技术有限公司', 'h3c', 'tsinghua-unigroup'],
    ['c3', '华三', 'h3c', 'tsinghua-unigroup'],
    ['c4', '中兴', 'zte', 'zte'],
    ['c5', '中兴通讯股份有限公司', 'zte', 'zte'],
    ['c6', '海康', 'hikvision', 'hikvision'],
    ['c7', '杭州海康威视数字技术股份有限公司', 'hikvision', 'hikvision'],
    ['c8', '大华', 'dahua', 'dahua'],
    ['c9', '浙江大华技术股份有限公司', 'dahua', 'dahua'],
    ['c10', '海能达', 'hytera', 'hytera'],
    ['c11', '宇视', 'uniview', 'uniview'],
    ['c12', '天地伟业', 'tiandy', 'tiandy'],
    ['c13', '锐捷网络股份有限公司', 'ruijie', 'ruijie'],
    ['c14', '深信服', 'sangfor', 'sangfor'],
    ['c15', '烽火', 'fiberhome', 'fiberhome'],
    ['c16', '普联', 'tp-link', 'tp-link'],
    ['c17', '中国电信股份有限公司上海分公司', 'china-telecom', 'china-telecom'],
  ]
  const csv = `id,manufacturer\n${ROWS.map(([id, name]) => `${id},${name}`).join('\n')}\nx1,大华会计师事务所\n`

  it('attributes each device to its maker and group, with or without a byte-order mark', async () => {
    const dir = await testdir({ 'plain.csv': csv, 'bom.csv': `\ufeff${csv.replaceAll('\n', '\r\n')}` })
    for (const file of ['plain.csv', 'bom.csv']) {
      expect(await attributions(file, dir), file).toEqual([
        ...ROWS.map(([id, , manufacturer, group]) => [id, manufacturer, group]),
        // An accounting firm's name that begins with a maker's short name names no maker.
        ['x1', null, null],
      ])
    }
  })
})

describe('trustpath identify, more makers written in Chinese, simplified and traditional', () => {
  // A mainland asset export in simplified characters and a Taiwanese one in traditional characters,
  // with the makers' legal names and short names.
  const ROWS: [string, string, string, string][] = [
    ['m1', '瑞斯康达科技发展股份有限公司', 'raisecom', 'raisecom'],
    ['m2', '厦门亿联网络技术股份有限公司', 'yealink', 'yealink'],
    ['m3', '深圳市同为数码科技股份有限公司', 'tvt', 'tvt'],
    ['m4', '共进股份', 'gongjin', 'gongjin'],
    ['m5', '杭州海康机器人股份有限公司', 'hikrobot', 'hikvision'],
    ['m6', '中兴微电子', 'sanechips', 'zte'],
    ['m7', '浙江华睿科技股份有限公司', 'huaray', 'dahua'],
    ['t1', '合勤科技股份有限公司', 'zyxel', 'zyxel'],
    ['t2', '友訊科技股份有限公司', 'd-link', 'd-link'],
    ['t3', '瑞昱半導體股份有限公司', 'realtek', 'realtek'],
    ['t4', '群暉科技股份有限公司', 'synology', 'synology'],
    ['t5', '華碩', 'asus', 'asus'],
    ['t6', '中磊電子股份有限公司', 'sercomm', 'sercomm'],
    ['t7', '明泰科技股份有限公司', 'alpha-networks', 'alpha-networks'],
  ]
  const csv = `id,manufacturer\n${ROWS.map(([id, name]) => `${id},${name}`).join('\n')}\nx1,道通科技股份有限公司\nx2,正文\n`

  it('attributes each device to its maker and group, and leaves the look-alikes unattributed', async () => {
    const dir = await testdir({ 'devices.csv': `\ufeff${csv}` })
    expect(await attributions('devices.csv', dir)).toEqual([
      ...ROWS.map(([id, , manufacturer, group]) => [id, manufacturer, group]),
      // Autel Intelligent, which says it is not Autel Robotics, and a common word.
      ['x1', null, null], ['x2', null, null],
    ])
  })
})

describe('trustpath identify, manufacturers written in Japanese', () => {
  // As Japanese asset tools export them: legal forms before or after the name, (株) and ㈱,
  // full-width spaces and half-width katakana, in UTF-8.
  const ROWS: [string, string, string, string | null][] = [
    ['j1', '日本電気株式会社', 'nec', 'nec'],
    ['j2', '株式会社バッファロー', 'buffalo', 'buffalo'],
    ['j3', '富士通（株）', 'fujitsu', 'fujitsu'],
    ['j4', '㈱リコー', 'ricoh', 'ricoh'],
    ['j5', 'アライドテレシス　株式会社', 'allied-telesis', 'allied-telesis'],
    ['j6', 'ｷﾔﾉﾝ株式会社', 'canon', 'canon'],
    ['j7', 'ファーウェイ・ジャパン', 'huawei', 'huawei'],
    ['j8', 'ハイクビジョン', 'hikvision', 'hikvision'],
    ['j9', 'ダーファ', 'dahua', 'dahua'],
  ]
  const csv = `id,manufacturer\n${ROWS.map(([id, name]) => `${id},${name}`).join('\n')}\nx1,株式会社シャープペンシル\n`

  it('attributes each device to its maker and group', async () => {
    const dir = await testdir({ 'devices.csv': csv })
    expect(await attributions('devices.csv', dir)).toEqual([
      ...ROWS.map(([id, , manufacturer, group]) => [id, manufacturer, group]),
      // A company whose name begins with a maker's short name names no maker.
      ['x1', null, null],
    ])
  })
})

describe('trustpath identify, manufacturers written in Korean and Russian', () => {
  // As Korean and Russian asset lists write them: 주식회사, (주) and ㈜ before or after the name;
  // ООО, АО and the written-out form before the name, which stands in «» or "" quotes.
  const ROWS: [string, string, string, string | null][] = [
    ['k1', '화웨이', 'huawei', 'huawei'],
    ['k2', '삼성전자주식회사', 'samsung', 'samsung'],
    ['k3', '시스코시스템즈', 'cisco', 'cisco'],
    ['k4', '㈜다산네트웍스', 'dasan-networks', 'dasan-networks'],
    ['k5', '주식회사 유비쿼스', 'ubiquoss', 'ubiquoss'],
    ['k6', '한화테크윈(주)', 'hanwha-vision', 'hanwha-vision'],
    ['k7', '아이디스', 'idis', 'idis'],
    ['r1', 'ООО «Элтекс»', 'eltex', 'eltex'],
    ['r2', 'Хуавей', 'huawei', 'huawei'],
    ['r3', 'Общество с ограниченной ответственностью "Сиско Системс"', 'cisco', 'cisco'],
  ]
  // Each name quoted as a spreadsheet saves it, doubling the quotes inside.
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`
  const csv = `id,manufacturer\n${ROWS.map(([id, name]) => `${id},${quoted(name)}`).join('\n')}\nx1,다산\nx2,ООО «Элтека»\n`

  it('attributes each device to its maker and group', async () => {
    const dir = await testdir({ 'devices.csv': csv })
    expect(await attributions('devices.csv', dir)).toEqual([
      ...ROWS.map(([id, , manufacturer, group]) => [id, manufacturer, group]),
      // A word of a maker's name, and a packaging maker one letter away from Eltex, name no maker.
      ['x1', null, null], ['x2', null, null],
    ])
  })
})

describe('trustpath identify, Japanese network makers', () => {
  const ROWS: [string, string, string][] = [
    ['n1', 'ヤマハ株式会社', 'yamaha'],
    ['n2', '古河電気工業株式会社', 'furukawa-electric'],
    ['n3', '株式会社アイ・オー・データ機器', 'i-o-data'],
    ['n4', 'APRESIA Systems, Ltd.', 'apresia'],
    ['n5', 'Century Systems Corp.', 'century-systems'],
    ['n6', 'Icom Inc.', 'icom'],
  ]
  const csv = `id,manufacturer\n${ROWS.map(([id, name]) => `${id},"${name}"`).join('\n')}\nx1,ヤマハ発動機株式会社\n`

  it('attributes each device to its maker, and Yamaha Motor to nobody', async () => {
    const dir = await testdir({ 'devices.csv': csv })
    expect((await attributions('devices.csv', dir)).map(([id, manufacturer]) => [id, manufacturer])).toEqual([...ROWS.map(([id, , slug]) => [id, slug]), ['x1', null]])
  })

  it('names Yamaha and Furukawa Electric from a model column alone, and not a graphics card of the same shape', async () => {
    const dir = await testdir({ 'models.csv': 'id,model\nm1,RTX830\nm2,SWX2220\nm3,FITELnet F220\nm4,RTX3080\nm5,F220\n' })
    expect((await attributions('models.csv', dir)).map(([id, manufacturer]) => [id, manufacturer])).toEqual([
      ['m1', 'yamaha'], ['m2', 'yamaha'], ['m3', 'furukawa-electric'], ['m4', null], ['m5', null],
    ])
  })

  it('names the makers of an asset register\'s model column alone, after a word for the kind of device too, and not a look-alike', async () => {
    const rows = [
      ['a1', 'Catalyst 9300-48P', 'cisco'], ['a2', 'MS225-48FP', 'cisco'], ['a3', 'FortiGate-60F', 'fortinet'], ['a4', 'PA-3220', 'palo-alto-networks'],
      ['a5', 'DCS-7050SX3-48YC8', 'arista'], ['a6', 'JL075A', 'hpe'], ['a7', 'Router 6675', 'ericsson'], ['a8', 'RG-S5750C-28GT4XS-H', 'ruijie'],
      ['a9', 'T54W', 'yealink'], ['a10', 'OLT MA5800-X7', 'huawei'], ['a11', 'R750', null], ['a12', 'RG-6', null],
    ] as const
    const dir = await testdir({ 'assets.csv': `id,model\n${rows.map(([id, model]) => `${id},${model}`).join('\n')}\n` })
    expect((await attributions('assets.csv', dir)).map(([id, manufacturer]) => [id, manufacturer])).toEqual(rows.map(([id, , maker]) => [id, maker]))
  })
})

describe('trustpath identify, inventories exported with headers in Chinese, Japanese, Korean, Russian, Polish and Turkish', () => {
  // Each in the code page its Windows saves it in; makers in Chinese and Japanese, and as Korean
  // and Russian NetBox and Snipe-IT users name them.
  const EXPECTED: Record<string, [string, string, string][]> = {
    'bk-switches.csv': [['ZC-0001', 'huawei', 'huawei'], ['ZC-0002', 'h3c', 'tsinghua-unigroup'], ['ZC-0003', 'sangfor', 'sangfor']],
    'snipe-zh-tw.csv': [['台北核心交換器', 'd-link', 'd-link'], ['監視攝影機', 'dahua', 'dahua']],
    'snipe-ja.csv': [['東京本社ルータ', 'nec', 'nec'], ['大阪支店NAS', 'buffalo', 'buffalo'], ['名古屋サーバ', 'fujitsu', 'fujitsu']],
    'snipe-ko.csv': [['서울-코어-01', 'huawei', 'huawei'], ['부산-스위치-01', 'cisco', 'cisco']],
    'netbox-ru.csv': [['msk-core-01', 'huawei', 'huawei'], ['nsk-cam-01', 'hikvision', 'hikvision']],
    'netbox-pl.csv': [['Przełącznik Wrocław', 'huawei', 'huawei'], ['Kamera Łódź', 'hikvision', 'hikvision']],
    'netbox-tr.csv': [['Erişim anahtarı Kadıköy', 'huawei', 'huawei'], ['Giriş kamerası', 'hikvision', 'hikvision']],
  }

  it('attributes every device of each file, from the maker column it names in its own language', async () => {
    const dir = await testdir(Object.fromEntries(LOCALIZED_INVENTORIES.map((f) => [f.file, Buffer.from(f.base64, 'base64')])))
    for (const { file } of LOCALIZED_INVENTORIES) {
      const run = await runCli(['identify', file, '-f', 'json'], { cwd: dir })
      expect(run.status, `${file}: ${run.stderr}`).toBe(0)
      const rows = JSON.parse(run.stdout) as { id: string; manufacturer: string | null; group: string | null; evidence: { method: string }[] }[]
      expect(rows.map((r) => [r.id, r.manufacturer, r.group]), file).toEqual(EXPECTED[file])
      for (const r of rows) expect(r.evidence.map((e) => e.method), `${file} ${r.id}`).toContain('declared')
    }
  })
})

describe('trustpath identify, NetBox\'s device list exported in German', () => {
  // NetBox writes UTF-8 with commas; the same list opened and saved again by Excel on a German
  // Windows has semicolons and Windows-1252.
  const NETBOX_DE = 'Name,Standort,Hersteller,Gerätetyp,Seriennummer,MAC-Adresse\n' +
    'fra-sw-01,Frankfurt,Huawei,S5720-28X-SI-AC,2102351234,00:e0:fc:12:34:56\n' +
    'muc-cam-01,München,Axis,P3245-V,ACCC8E123456,\n'

  it('attributes the Huawei switch by its MAC and its manufacturer, each column read under its German header', async () => {
    const dir = await testdir({ 'netbox-de.csv': NETBOX_DE, 'excel-de.csv': Buffer.from(NETBOX_DE.replaceAll(',', ';'), 'latin1') })
    for (const file of ['netbox-de.csv', 'excel-de.csv']) {
      const run = await runCli(['identify', file, '-f', 'jsonl'], { cwd: dir })
      expect(run.status, `${file}: ${run.stderr}`).toBe(0)
      expect(run.stderr, file).not.toContain('unknown column')
      const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; manufacturer: string | null; evidence: { method: string; value: string }[] })
      expect(rows.map((r) => [r.id, r.manufacturer]), file).toEqual([['fra-sw-01', 'huawei'], ['muc-cam-01', 'axis']])
      expect(rows[0]!.evidence.map((e) => [e.method, e.value]), file).toEqual([['declared', 'Huawei'], ['oui', '00:e0:fc:12:34:56'], ['model', 'S5720-28X-SI-AC']])
    }
  })
})

describe('trustpath identify, NetBox\'s device list saved by Excel on a Polish or Turkish Windows', () => {
  // Windows-1250 and 1254 with semicolons: read as Windows-1252, "Typ urządzenia" would come out
  // as "Typ urz¹dzenia" (an unknown column) and "Kamera Łódź" as "Kamera £ódŸ".
  const FILES = LOCALIZED_INVENTORIES.filter((f) => f.file === 'netbox-pl.csv' || f.file === 'netbox-tr.csv')

  it('reads every column under its header and the names with their letters, as one thread and with --jobs 2', async () => {
    expect(FILES.map((f) => f.encoding)).toEqual(['windows-1250', 'windows-1254'])
    const dir = await testdir(Object.fromEntries(FILES.map((f) => [f.file, Buffer.from(f.base64, 'base64')])))
    const names: Record<string, string[]> = {
      'netbox-pl.csv': ['Przełącznik Wrocław', 'Kamera Łódź'],
      'netbox-tr.csv': ['Erişim anahtarı Kadıköy', 'Giriş kamerası'],
    }
    for (const { file } of FILES) {
      const run = await sameWithWorkers(['identify', file, '-f', 'jsonl'], dir)
      expect(run.status, `${file}: ${run.stderr}`).toBe(0)
      expect(run.stderr, file).not.toContain('unknown column')
      const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; name: string; manufacturer: string | null; evidence: { method: string; value: string }[] })
      expect(rows.map((r) => [r.name, r.manufacturer]), file).toEqual([[names[file]![0], 'huawei'], [names[file]![1], 'hikvision']])
      // The maker, the MAC and the device type are each read from their translated header.
      expect(rows[0]!.evidence.map((e) => [e.method, e.value]), file).toEqual([['declared', 'Huawei'], ['oui', '00:e0:fc:12:34:56'], ['model', 'S5735-L24T4S-A']])
    }
  })
})

describe('trustpath lookup', () => {
  it('shows the bidirectional controls of a banner it quotes from a file as codes, rather than sending them to the terminal', async () => {
    const dir = await testdir({ 'banners.txt': 'SSH-2.0-HUAWEI-1.5 evil\u202Eexe\n' })
    const run = await runCli(['lookup', '--from', 'banners.txt'], { cwd: dir })
    expect(run.stdout).not.toContain('\u202E')
    expect(run.stdout.split('\n')[0]).toBe('"SSH-2.0-HUAWEI-1.5 evil\\u202Eexe"')
  })

  it('shows in lookup\'s help that a maker\'s name gives the groups it belonged to', async () => {
    const run = await runCli(['lookup', '--help'], { cwd: await testdir({}) })
    expect(run.stdout).toMatch(/trustpath lookup Honor +# a maker: its group, and the groups it belonged to/)
  })

  it('names Huawei for a MAC of block 00:E0:FC', async () => {
    const run = await runCli(['lookup', '00:E0:FC:00:00:01', '--format', 'json'], { cwd: await testdir({}) })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'mac', group: 'huawei', match: { prefix: '00E0FC', registry: 'MA-L' } })
    expect(JSON.parse(run.stdout)).not.toHaveProperty('interfaceMaker')
  })

  it('names the registry data, with its date, that holds no block of an address, since a block assigned after it is not there; not for a random or group address', async () => {
    const dir = await testdir({ 'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\r\nMA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",Dongguan CN\r\n' })
    utimesSync(join(dir, 'oui.csv'), new Date('2026-05-21T12:00:00Z'), new Date('2026-05-21T12:00:00Z'))
    expect((await runCli(['catalog', 'update', '--oui', 'oui.csv', '--force'], { cwd: dir })).status).toBe(0)
    const run = await runCli(['lookup', '9C:00:00:00:00:01'], { cwd: dir })
    expect(run.status).toBe(1) // found nothing
    expect(run.stdout).toBe('MAC 9c:00:00:00:00:01\n  no IEEE block holds this address in the registry data (oui.csv (file modified 2026-05-21)): ' +
      'not assigned, or assigned after that data (refresh it with `trustpath catalog update --oui oui.csv`)\n')
    expect((await runCli(['lookup', '9C0000'], { cwd: dir })).stdout).toContain('no IEEE block holds this prefix in the registry data (oui.csv (file modified 2026-05-21))')
    expect((await runCli(['lookup', '9E:00:00:00:00:01'], { cwd: dir })).stdout).toMatch(/^ {2}no IEEE block holds this address\n$/m)
  })

  it('does not call the arc Dahua firmware reports (1.3.6.1.4.1.1004849, DAHUA-SNMP-MIB) an IANA registration, and names Dahua by it', async () => {
    const dir = await testdir({})
    const text = await runCli(['lookup', '1.3.6.1.4.1.1004849.2.10.2'], { cwd: dir })
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('  enterprise number 1004849 is not registered with IANA: DAHUA-SNMP-MIB')
    expect(text.stdout).not.toContain('IANA private enterprise 1004849')
    expect(text.stdout).toMatch(/^  manufacturer: Zhejiang Dahua Technology \(dahua\); group: Zhejiang Dahua Technology \(dahua\)$/m)
    const json = JSON.parse((await runCli(['lookup', '1.3.6.1.4.1.1004849.2.10.2', '-f', 'json'], { cwd: dir })).stdout)
    expect(json).toMatchObject({ kind: 'oid', enterprise: 1004849, entry: { manufacturer: 'dahua', unregistered: true } })
    // A registered number still names its registrant.
    expect((await runCli(['lookup', '1.3.6.1.4.1.37496.1'], { cwd: dir })).stdout).toContain('IANA private enterprise 37496 registered to "ZHEJIANG DAHUA TECHNOLOGY CO.,LTD"')
  })

  it('says which built-in list names the group a lookup resolves to, since when and with what limits, so a reader need not know the lists', async () => {
    const dir = await testdir({})
    // IEEE MA-L 0019EB "Pyronix Ltd": a Hikvision subsidiary, on both lists for the four purposes only.
    const pyronix = await runCli(['lookup', '00:19:EB:00:00:01'], { cwd: dir })
    expect(pyronix.stdout).toMatch(/^  on built-in list fcc-covered as "Hangzhou Hikvision Digital Technology Company" since 2021-03-12 \(group hikvision\), for equipment used for public-safety, government-facility-security, critical-infrastructure-surveillance, national-security only; source: .*<https:\/\/www\.fcc\.gov\/supplychain\/coveredlist>$/m)
    expect(pyronix.stdout).toMatch(/^  on built-in list ndaa-889 as "Hangzhou Hikvision Digital Technology Company" since 2018-08-13 \(group hikvision\), for equipment used for /m)
    const huawei = JSON.parse((await runCli(['lookup', 'Huawei', '-f', 'json'], { cwd: dir })).stdout)
    expect(huawei.lists.map((l: { list: string; since: string }) => [l.list, l.since])).toEqual([['fcc-covered', '2021-03-12'], ['ndaa-889', '2018-08-13']])
    expect(huawei.lists[0]).not.toHaveProperty('purposes')
    // China Mobile's entry is for services: said so, as no device matches it.
    expect((await runCli(['lookup', 'China Mobile'], { cwd: dir })).stdout).toContain('covers the section 214 telecommunications services it provides, not equipment, so no device matches it')
    // A maker on no list says nothing of lists.
    const cisco = await runCli(['lookup', 'Cisco'], { cwd: dir })
    expect(cisco.stdout).not.toContain('built-in list')
    expect(JSON.parse((await runCli(['lookup', 'Cisco', '-f', 'json'], { cwd: dir })).stdout)).not.toHaveProperty('lists')
  })

  it('reads a CPE a scanner gave as identify does: a Huawei router\'s hardware CPE names Huawei (weak evidence), OpenSSH\'s application CPE nobody', async () => {
    const dir = await testdir({})
    const router = await runCli(['lookup', 'cpe:/h:huawei:ar3200'], { cwd: dir })
    expect(router.status).toBe(0)
    expect(router.stdout).toContain('CPE: hardware "ar3200" of vendor "huawei": names Huawei Technologies (huawei)')
    expect(router.stdout).toContain('weak evidence')
    expect(router.stdout).toContain('on built-in list ndaa-889')
    const ssh = await runCli(['lookup', 'cpe:/a:openbsd:openssh:8.9', '-f', 'json'], { cwd: dir })
    expect(ssh.status).toBe(1)
    expect(JSON.parse(ssh.stdout)).toMatchObject({ kind: 'text', groups: [], cpe: { part: 'a', vendor: 'openbsd', product: 'openssh', none: 'application' } })
  })

  it('says that a banner naming Kaspersky names software the host runs, and check reports it under a components rule', async () => {
    const dir = await testdir({
      'hosts.jsonl': '{"id":"ksc","macs":["d4:be:d9:00:00:07"],"banners":[{"protocol":"https","field":"title","text":"Kaspersky Security Center Web Console"}]}\n',
      'policy.yaml': 'version: 1\nrules:\n  - { id: covered, lists: [fcc-covered], effect: prohibit }\n  - { id: covered-parts, lists: [fcc-covered], match: components, effect: prohibit }\n',
    })
    const text = await runCli(['lookup', 'Kaspersky Security Center Web Console'], { cwd: dir })
    expect(text.stdout).toContain('lists it as software the device runs')
    const check = await runCli(['check', 'hosts.jsonl', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status).toBe(1)
    const findings = JSON.parse(check.stdout) as { findings: { rule: string; group: string; notes: string[] }[] }
    expect(findings.findings.map((f) => [f.rule, f.group, f.notes])).toEqual([['covered-parts', 'dell', ['runs software of kaspersky, which fcc-covered names']]])
  })

  it('says that a boot log naming HiSilicon names the SoC inside another maker\'s camera, and check reports it under a components rule', async () => {
    // A Xiaomi camera's boot log on a HiSilicon Hi3518EV300 (OpenHisiIpCam/br-hisicam issue #18)
    // and the SDK board name other brands' cameras print (OpenIPC/firmware issue #1415).
    const dir = await testdir({
      'cams.jsonl': '{"id":"cam","manufacturer":"Xiaomi","role":"camera","banners":[{"protocol":"other","text":"[    0.000000] Machine model: Hisilicon Hi3516CV300 DEMO Board"}]}\n',
      'policy.yaml': 'version: 1\nrules:\n  - { id: covered, lists: [fcc-covered], effect: prohibit }\n  - { id: covered-parts, lists: [fcc-covered], match: components, effect: prohibit }\n',
    })
    const text = await runCli(['lookup', 'Machine model: Hisilicon Hi3516CV300 DEMO Board'], { cwd: dir })
    expect(text.stdout).toContain('lists it as the device\'s SoC')
    const check = await runCli(['check', 'cams.jsonl', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status).toBe(1)
    const findings = JSON.parse(check.stdout) as { findings: { rule: string; group: string; notes: string[] }[] }
    expect(findings.findings.map((f) => [f.rule, f.group])).toEqual([['covered-parts', 'xiaomi']])
  })

  it('says which group a maker belonged to and when, with the source: Honor was Huawei\'s brand until its sale', async () => {
    const dir = await testdir({})
    const text = await runCli(['lookup', 'Honor'], { cwd: dir })
    expect(text.status).toBe(0)
    expect(text.stdout).toMatch(/^  Honor Device was a brand of Huawei Technologies from 2013 until 2020-11-17 \(a device made in that time is in its group\); source: .*<https:\/\//m)
    const json = JSON.parse((await runCli(['lookup', 'EZVIZ', '--format', 'json'], { cwd: dir })).stdout)
    expect(json).toMatchObject({ kind: 'text', name: 'ezviz', owners: [{ parent: 'hikvision', kind: 'subsidiary' }], groups: ['hikvision'] })
    // A maker that belongs to no group says none.
    expect((await runCli(['lookup', 'Huawei'], { cwd: dir })).stdout).not.toMatch(/ (?:is|was) a (?:brand|subsidiary) of/)
  })

  it('says in a sentence that reads whose Lorex was and when, and whose parts its cameras carry since the sale to Skywatch', async () => {
    const text = (await runCli(['lookup', 'Lorex'], { cwd: await testdir({}) })).stdout
    expect(text).toMatch(/^  Lorex Technology was a subsidiary of Zhejiang Dahua Technology from 2018-02-06 until 2022-11-24 \(a device made in that time is in its group\); source: Texas Attorney General: /m)
    expect(text).toMatch(/^  OEM relation: Lorex Technology sells cameras, after the sale to Skywatch, with components and firmware made by Zhejiang Dahua Technology from 2022-11-24; source: /m)
  })

  it('says that an Intel MAC names a network card, not the device it is in', async () => {
    const dir = await testdir({ 'inv.csv': 'id,manufacturer,macs\nsrv,Dell,00:1B:21:00:00:01\npc,,00:1B:21:00:00:02\n' })
    const json = await runCli(['lookup', '00:1B:21:00:00:01', '--format', 'json'], { cwd: dir })
    expect(JSON.parse(json.stdout)).toMatchObject({ kind: 'mac', group: 'intel', interfaceMaker: { url: expect.stringContaining('intel.com') } })
    const text = await runCli(['lookup', '00:1B:21:00:00:01'], { cwd: dir })
    expect(text.stdout).toContain('this block numbers network interfaces inside other makers\' devices')
    // A device known only by such a MAC is unknown, and the summary says why.
    const run = await runCli(['identify', 'inv.csv', '-f', 'json'], { cwd: dir })
    const rows = JSON.parse(run.stdout) as { id: string; manufacturer: string | null; conflicts: unknown[]; evidence: { interfaceOnly?: boolean }[] }[]
    expect(rows.map((r) => [r.id, r.manufacturer, r.conflicts.length])).toEqual([['srv', 'dell', 0], ['pc', null, 0]])
    expect(rows[1]!.evidence).toEqual([expect.objectContaining({ interfaceOnly: true })])
    expect(run.stderr).toMatch(/2 devices: 1 attributed, 1 unknown \(1 known only by a network interface's maker\), 0 with conflicts/)
  })

  it('looks up every line of a file (--from) or of standard input (-): blank lines skipped, JSON results with their line, a summary, exit 1 when one names nothing', async () => {
    const list = 'SSH-2.0-HUAWEI-1.5\r\n\r\n00:E0:FC:00:00:01\r\nnothing known here\n  1.3.6.1.4.1.3902.3.1  \n'
    const dir = await testdir({ 'banners.txt': list, 'blank.txt': '\n \n' })
    const run = await runCli(['lookup', '--from', 'banners.txt', '-f', 'jsonl'], { cwd: dir })
    expect(run.status).toBe(1)
    const rows = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(rows.map((r) => [r.line, r.query, r.groups?.[0] ?? r.group ?? null])).toEqual([
      [1, 'SSH-2.0-HUAWEI-1.5', 'huawei'], [3, '00:E0:FC:00:00:01', 'huawei'], [4, 'nothing known here', null], [5, '1.3.6.1.4.1.3902.3.1', 'zte'],
    ])
    expect(run.stderr).toBe('4 queries: 3 name a manufacturer or block, 1 nothing the catalog knows.\n')
    const piped = await runCli(['lookup', '-'], { cwd: dir, input: 'SSH-2.0-HUAWEI-1.5\n00:E0:FC:00:00:01\n' })
    expect(piped.status).toBe(0)
    expect(piped.stdout).toMatch(/^"SSH-2\.0-HUAWEI-1\.5"\n {2}banner: pattern huawei-vrp-ssh .*\nMAC 00:e0:fc:00:00:01\n/s)
    const json = JSON.parse((await runCli(['lookup', '-', '-f', 'json'], { cwd: dir, input: '00E0FC\n' })).stdout)
    expect(json).toEqual([expect.objectContaining({ line: 1, kind: 'prefix', group: 'huawei' })])
    // A column of MACs saved by Excel for Mac: a carriage return alone ends each line.
    const mac = await runCli(['lookup', '-', '-f', 'jsonl'], { cwd: dir, input: '00:E0:FC:00:00:01\rC0:56:E3:00:00:02\r' })
    expect(mac.stdout.trimEnd().split('\n').map((l) => [JSON.parse(l).line, JSON.parse(l).group])).toEqual([[1, 'huawei'], [2, 'hikvision']])
    const blank = await runCli(['lookup', '--from', 'blank.txt'], { cwd: dir })
    expect(blank.status).toBe(2)
    expect(blank.stderr).toMatch(/^trustpath: blank\.txt: the query list holds no query \(the file is empty or holds blank lines only\)/)
    const both = await runCli(['lookup', '--from', 'banners.txt', '00E0FC'], { cwd: dir })
    expect(both.status).toBe(2)
    expect(both.stderr).toMatch(/give queries as arguments or --from a file, not both/)
  })

  it('reads a banner pasted with what a tool wrote around it: quotes, an snmpwalk line, a row of nmap\'s port table or a script\'s line, a line end', async () => {
    const dir = await testdir({})
    const zte = 'ZXR10 ROS Version V4.8.01A ZXPON C220 Software, Version V2.8.01A.21'
    const pasted = [
      '"SSH-2.0-ROSSSH"',
      `SNMPv2-MIB::sysDescr.0 = STRING: "${zte}"`,
      'SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2011.2.23.95',
      '22/tcp   open  ssh     OpenSSH 7.4 (protocol 2.0)',
      'SSH-2.0-Cisco-1.25\r\n',
      '|_http-server-header: App-webs/',
    ]
    const run = await runCli(['lookup', ...pasted, '-f', 'jsonl'], { cwd: dir })
    const rows = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(rows.map((r) => [r.pasted?.form ?? null, r.groups?.[0] ?? r.group ?? null])).toEqual([
      ['quoted', 'mikrotik'], ['snmp_walk', 'zte'], ['snmp_walk', 'huawei'], ['nmap_port', null], [null, 'cisco'], ['nmap_script', 'hikvision'],
    ])
    // Before, the anchored patterns of the ZTE sysDescr and of MikroTik's SSH server missed the text inside.
    expect(rows[1]).toMatchObject({ query: pasted[1], banners: [expect.objectContaining({ manufacturer: 'zte' })] })
    const text = await runCli(['lookup', ...pasted.slice(1, 4)], { cwd: dir })
    expect(text.stdout).toContain(`  read as the value of an snmpwalk line (SNMPv2-MIB::sysDescr.0, the sysDescr): "${zte}"`)
    expect(text.stdout).toContain('  product: S5328C-EI (HUAWEI-MIB s5328C-EI ::= { lanSw 95 })')
    expect(text.stdout).toContain('  read as a row of nmap\'s port table: port 22/tcp, service ssh (banners of protocol ssh), what -sV named: product "OpenSSH 7.4", extra information "protocol 2.0"')
    expect(text.stdout).toContain('  OpenSSH: an SSH server that devices and servers of many makers run, so it names no manufacturer')
    // A walk saved to a file is looked up a line at a time, each value inside its line.
    writeFileSync(join(dir, 'walk.txt'), `${pasted[1]}\n${pasted[2]}\n`)
    const walk = await runCli(['lookup', '--from', 'walk.txt', '-f', 'jsonl'], { cwd: dir })
    expect(walk.status).toBe(0)
    expect(walk.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).kind)).toEqual(['text', 'oid'])
  })

  it('reads a whole HTTP response pasted with its CR LF line ends header by header, and echoes it without a \\x0D on every line', async () => {
    const response = 'HTTP/1.1 200 OK\r\nServer: xxxxxxxx-xxxxx\r\nContent-Type: text/html\r\n\r\n'
    const run = await runCli(['lookup', response], { cwd: await testdir({}) })
    expect(run.status).toBe(0)
    expect(run.stdout).toBe([
      '"HTTP/1.1 200 OK', 'Server: xxxxxxxx-xxxxx', 'Content-Type: text/html"',
      '  banner: pattern fortinet-fortios-masked-server of Fortinet, product FortiOS web interface or SSL-VPN portal (FortiGate): "xxxxxxxx-xxxxx"',
      '  group: Fortinet (fortinet)', '',
    ].join('\n'))
  })

  it('says that a maker named in passing in a longer text is weak evidence, so that a reseller\'s page title does not read as a covered device', async () => {
    const dir = await testdir({})
    // The heading of a reseller's site (cctvempire.co.uk: "Hikvision Authorised reseller"), as a page title.
    const reseller = await runCli(['lookup', 'CCTV Empire - Hikvision Authorised reseller'], { cwd: dir })
    expect(reseller.stdout).toMatch(/^ {2}name: the catalog knows it as Hangzhou Hikvision Digital Technology \(hikvision\)\n {2}in a banner or a sysDescr, a maker's name that no pattern of its own wording reads is weak evidence \(below the policy's weak-evidence threshold of 0\.5, however often it is repeated\)/m)
    // What nmap's -sV concluded is a scanner's conclusion, said so.
    const nmap = await runCli(['lookup', '22/tcp open  ssh     Huawei VRP sshd (protocol 2.0)'], { cwd: dir })
    expect(nmap.stdout).toMatch(/^ {2}a maker's name in what a scanner concluded \(nmap's product and extra information\) is weak evidence/m)
    // The name alone, or a banner a pattern reads, says nothing of the kind.
    for (const q of ['Hikvision', 'Hikvision-Webs']) expect((await runCli(['lookup', q], { cwd: dir })).stdout).not.toMatch(/weak evidence/)
  })

  it('says of the MAC a VPN client gives its virtual adapter on every computer that it names the adapter, not the device\'s maker', async () => {
    const run = await runCli(['lookup', '00-05-9A-3C-7A-00'], { cwd: await testdir({}) })
    expect(run.stdout).toMatch(/^ {2}the MAC of the Cisco AnyConnect \(Secure Client\) Virtual Miniport Adapter, the same on every computer the VPN client is installed on: in a device, it names that software's virtual adapter \(a component\), not the device's maker$/m)
    expect(run.stdout).toMatch(/^ {2}source: Netwrix Endpoint Policy Manager knowledge base/m)
  })

  it('looks an OUI prefix up in any spelling, and says how many longer blocks lie under it', async () => {
    const dir = await testdir({})
    for (const q of ['00E0FC', '00:e0:fc', '00-E0-FC']) {
      const run = await runCli(['lookup', q, '--format', 'json'], { cwd: dir })
      expect(run.status).toBe(0)
      expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'prefix', prefix: '00E0FC', group: 'huawei', match: { registry: 'MA-L' }, longer: 0 })
    }
    const ra = JSON.parse((await runCli(['lookup', '70B3D5', '--format', 'json'], { cwd: dir })).stdout)
    expect(ra.longer).toBeGreaterThan(1000)
    const text = await runCli(['lookup', '00:e0:fc:12:34'], { cwd: dir })
    expect(text.status).toBe(1)
    expect(text.stdout).toMatch(/hint: this looks like a MAC address but is not one/)
  })

  it('names ZTE for an OID under enterprise 3902', async () => {
    const run = await runCli(['lookup', '1.3.6.1.4.1.3902.3.1'], { cwd: await testdir({}) })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/ZTE/)
    expect(run.stdout).toMatch(/3902/)
  })

  it('names the product of a sysObjectID with its MIB definition and source, and none for an unknown product node', async () => {
    const run = await runCli(['lookup', '1.3.6.1.4.1.2011.2.23.95', '1.3.6.1.4.1.2011.2.360.1.5'], { cwd: await testdir({}) })
    expect(run.status).toBe(0)
    const [known, unknown] = run.stdout.split(/\n(?=OID )/)
    expect(known).toMatch(/^  product: S5328C-EI \(HUAWEI-MIB s5328C-EI ::= \{ lanSw 95 \}\)$/m)
    expect(known).toMatch(/^  source: Huawei Technologies, HUAWEI-MIB V5\.43 .*<https:\/\/github\.com\/librenms\/librenms\/blob\/master\/mibs\/huawei\/HUAWEI-MIB>$/m)
    expect(unknown).toMatch(/manufacturer: Huawei Technologies \(huawei\)/)
    expect(unknown).not.toMatch(/product/)
  })

  it('says that nothing matches a text the catalog does not know, with no empty group line, and exits 1', async () => {
    const run = await runCli(['lookup', 'zzzz'], { cwd: await testdir({}) })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('"zzzz"\n  nothing in the catalog matches: no manufacturer name, model pattern or banner pattern\n')
  })

  it('refuses an empty or blank query as a usage error (exit 2) that shows the three kinds of query', async () => {
    const dir = await testdir({})
    for (const args of [[''], ['00:E0:FC:00:00:01', '  ']]) {
      const run = await runCli(['lookup', ...args], { cwd: dir })
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(/^trustpath: lookup: (the query|query 2 of 2) is empty\n  hint: Give a MAC address or OUI prefix \(.*\), an SNMP sysObjectID \(.*\) or a text: a model number, banner or sysDescr \(.*\)\.\n$/)
    }
  })

  it('says once why a DOCSIS sysDescr or a banner names its maker, with no name line repeating it, and a maker\'s name as a name', async () => {
    const dir = await testdir({})
    const docsis = '<<HW_REV: 1.0; VENDOR: HUAWEI; BOOTR: 1.2; SW_REV: V100R001; MODEL: HG8245H>>'
    const run = await runCli(['lookup', docsis, 'SSH-2.0-HUAWEI-1.5', 'Huawei', 'Hikvision'], { cwd: dir })
    expect(run.status).toBe(0)
    // The lines naming the built-in lists the group is on have a test of their own.
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('  on built-in list ')).join('\n')).toBe([
      `"${docsis}"`,
      `  banner: pattern docsis-sysdescr-vendor of Huawei Technologies: "${docsis}"`,
      '  group: Huawei Technologies (huawei)',
      '"SSH-2.0-HUAWEI-1.5"',
      '  banner: pattern huawei-vrp-ssh of Huawei Technologies, product VRP SSH server, version 1.5: "SSH-2.0-HUAWEI-1.5"',
      '  group: Huawei Technologies (huawei)',
      '"Huawei"',
      '  name: the catalog knows it as Huawei Technologies (huawei)',
      '  group: Huawei Technologies (huawei)',
      // A name whole is a name first, though Hikvision's cameras also send it as their SIP user agent.
      '"Hikvision"',
      '  name: the catalog knows it as Hangzhou Hikvision Digital Technology (hikvision)',
      '  banner: pattern hikvision-sip-user-agent of Hangzhou Hikvision Digital Technology, product camera, recorder or video platform (GB28181 SIP signalling): "Hikvision"',
      '  group: Hangzhou Hikvision Digital Technology (hikvision)',
      '',
    ].join('\n'))
  })

  it('says that an OID with no private enterprise number names no manufacturer, also for the enterprises arc itself', async () => {
    const run = await runCli(['lookup', '1.3.6.1.4.1', '1.3.6.1.2.1.1.1.0'], { cwd: await testdir({}) })
    expect(run.status).toBe(1)
    const why = '  holds no private enterprise number (1.3.6.1.4.1.<number>, as a sysObjectID does): names no manufacturer'
    expect(run.stdout).toBe(`OID 1.3.6.1.4.1\n${why}\nOID 1.3.6.1.2.1.1.1.0\n${why}\n`)
  })

  it('says why an enterprise number other makers\' devices report names no manufacturer, instead of suggesting a refresh', async () => {
    const run = await runCli(['lookup', '1.3.6.1.4.1.27282.3.2.10', '1.3.6.1.4.1.4413'], { cwd: await testdir({}) })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^OID 1\.3\.6\.1\.4\.1\.27282\.3\.2\.10\n  enterprise number 27282 names no manufacturer: Realtek's: .*\nOID 1\.3\.6\.1\.4\.1\.4413\n  enterprise number 4413 names no manufacturer: Broadcom's: .*\n$/)
    expect(run.stdout).not.toMatch(/catalog update/)
  })

  it('says a locally administered MAC is no evidence and exits 1', async () => {
    const run = await runCli(['lookup', '02:e0:fc:00:00:01', '--format', 'json'], { cwd: await testdir({}) })
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'mac', locallyAdministered: true })
    expect(JSON.parse(run.stdout).group).toBeUndefined()
  })
})

describe('trustpath catalog', () => {
  it('says that a --data-dir naming a file is no directory, for a lookup, an update and --reset alike, rather than fail as a bug', async () => {
    const dir = await testdir({ 'policy.yaml': POLICY })
    for (const args of [['lookup', '00E0FC'], ['catalog', 'update', '--reset'], ['catalog', 'update', '--enterprise', 'policy.yaml']]) {
      const run = await runCli(['--data-dir', 'policy.yaml', ...args], { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toBe('trustpath: policy.yaml: the data directory is a file, not a directory\n' +
        '  hint: Give --data-dir (or $TRUSTPATH_HOME) a directory, new or existing: catalog update writes catalog.json into it.\n')
    }
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe(POLICY)
  })

  it('shows at least 2,000 MA-L blocks for the Huawei group', async () => {
    const run = await runCli(['catalog', 'stats', '--format', 'json'], { cwd: await testdir({}) })
    expect(run.status).toBe(0)
    const huawei = JSON.parse(run.stdout).groups.find((g: { group: string }) => g.group === 'huawei')
    expect(huawei.blocks['MA-L']).toBeGreaterThanOrEqual(2000)
  })

  it('states how old each table is in catalog stats: the IANA reading of the shipped enterprise numbers, an IEEE file\'s modification day, an IANA file\'s "last updated"', async () => {
    const shipped = await runCli(['catalog', 'stats'], { cwd: await testdir({}) })
    expect(shipped.stdout).toMatch(/^Enterprise numbers: trustpath curated enterprise numbers, read in the IANA registry \(\d{4}-\d{2}-\d{2}\): \d+$/m)
    expect(JSON.parse((await runCli(['catalog', 'stats', '-f', 'json'], { cwd: await testdir({}) })).stdout).meta.enterprise.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const dir = await testdir({
      'mam.csv': 'Registry,Assignment,Organization Name,Organization Address\r\nMA-M,A4CDEF1,"Zhejiang Dahua Technology Co., Ltd.",Hangzhou CN\r\n',
      'enterprise-numbers.txt': 'PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2025-08-22)\n\n2011\n  HUAWEI Technology Co.,Ltd\n    Contact\n      x&example.com\nEnd of Document\n',
    })
    utimesSync(join(dir, 'mam.csv'), new Date('2026-05-21T12:00:00Z'), new Date('2026-05-21T12:00:00Z'))
    const update = await runCli(['catalog', 'update', '--mam', 'mam.csv', '--enterprise', 'enterprise-numbers.txt', '--force'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    expect(update.stdout).toMatch(/^MA-M +1 block from mam\.csv \(file modified 2026-05-21\)/m)
    expect(update.stdout).toMatch(/^PEN +1 enterprise number from enterprise-numbers\.txt \(last updated 2025-08-22\)$/m)
    const stats = await runCli(['catalog', 'stats'], { cwd: dir })
    // The file taken first, then the shipped data of the registries not refreshed, by name.
    expect(stats.stdout).toMatch(/^IEEE blocks: IEEE registry files mam\.csv \(file modified 2026-05-21\); shipped: IEEE IAB registry of \d{4}-\d{2}-\d{2}, oui-data [\d.]+; /m)
    // Each registry with the data it comes from: the one refreshed, the others as shipped.
    // The shipped data of each, by its own name and date: MA-L's was named with the IAB registry's date too.
    // The shipped MA-M blocks mam.csv lacks are kept, under the data they come from.
    expect(stats.stdout).toMatch(/^ {2}MA-L from oui-data [\d.]+ \(shipped\)\n {2}MA-M from mam\.csv \(file modified 2026-05-21\)\n {7}[\d,]+ blocks it lacks kept from oui-data [\d.]+ \(shipped\)\n {2}MA-S from oui-data [\d.]+ \(shipped\)\n {2}IAB {2}from IEEE IAB registry of \d{4}-\d{2}-\d{2} \(shipped\)\n/m)
    const iab = JSON.parse((await runCli(['lookup', '0050C2F71', '-f', 'json'], { cwd: dir })).stdout)
    expect(iab.registryData).toMatch(/^IEEE IAB registry of \d{4}-\d{2}-\d{2} \(shipped\)$/)
    // The catalog's own numbers apply on top of the file's one; among them the arc IANA has not
    // registered, said so that the count is not taken for the file's.
    expect(stats.stdout).toMatch(/^Enterprise numbers: IANA enterprise-numbers\.txt \(2025-08-22\): \d+, 1 of them the catalog's own that IANA has not registered \(1004849\)$/m)
    expect(JSON.parse((await runCli(['catalog', 'stats', '-f', 'json'], { cwd: dir })).stdout).unregisteredEnterprises).toEqual([1004849])
  })

  it('reads registry files that Windows PowerShell saved as UTF-16 (curl.exe ... > oui.csv), as the text they hold', async () => {
    const dir = await testdir({})
    const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    writeFileSync(join(dir, 'oui.csv'), utf16le('Registry,Assignment,Organization Name,Organization Address\r\nMA-L,A4CDEF,"HUAWEI TECHNOLOGIES CO.,LTD","Shenzhen CN"\r\n'))
    writeFileSync(join(dir, 'enterprise-numbers.txt'), utf16le('PRIVATE ENTERPRISE NUMBERS\r\n\r\n(last updated 2025-08-22)\r\n\r\n3902\r\n  ZTE Corporation\r\n    Contact\r\n      x&example.com\r\nEnd of Document\r\n'))
    const update = await runCli(['catalog', 'update', '--oui', 'oui.csv', '--enterprise', 'enterprise-numbers.txt', '--force'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    expect(update.stdout).toMatch(/^MA-L +1 block from oui\.csv/m)
    expect(update.stdout).toMatch(/^PEN +1 enterprise number from enterprise-numbers\.txt \(last updated 2025-08-22\)$/m)
    expect(JSON.parse((await runCli(['lookup', 'A4:CD:EF:00:00:01', '-f', 'json'], { cwd: dir })).stdout)).toMatchObject({ group: 'huawei', match: { prefix: 'A4CDEF' } })
  })

  it('refreshes the registries from IEEE files, and lookups use them; a file much smaller than the data needs --force', async () => {
    const dir = await testdir({
      'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\nMA-L,A4CDEF,"HUAWEI TECHNOLOGIES CO.,LTD","Shenzhen CN"\n',
      'mam.csv': 'Registry,Assignment,Organization Name,Organization Address\nMA-M,A4CDEF1,"Zhejiang Dahua Technology Co., Ltd.",Hangzhou CN\n',
    })
    // One block per file: far fewer than the shipped data, so refused without --force.
    const refused = await runCli(['catalog', 'update', '--oui', 'oui.csv', '--mam', 'mam.csv'], { cwd: dir })
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/oui\.csv: --oui: the file holds 1 MA-L entries, but the catalog holds [\d,]+ now: [\d,]+ MA-L entries of the catalog are not in it, among them huawei [\d,]+, .*; nothing was written/)
    // The groups on a built-in list are named, each, before Apple's or Cisco's larger counts.
    expect(refused.stderr).toMatch(/among them huawei [\d,]+, zte [\d,]+, (?:[a-z-]+ [\d,]+, )*hikvision [\d,]+, (?:[a-z-]+ [\d,]+, )*dahua [\d,]+, (?:[a-z-]+ [\d,]+, )*hytera [\d,]+[,;]/)
    // The date is the file's modification time, as the report says it: the IEEE's CSV states none.
    expect(refused.stderr).toMatch(/an older copy \(file modified \d{4}-\d{2}-\d{2}\) or a download cut short/)
    expect(refused.stderr).toMatch(/https:\/\/standards-oui\.ieee\.org\/oui\/oui\.csv\), or pass --force/)
    expect(existsSync(join(dir, '.trustpath', 'catalog.json'))).toBe(false)
    const update = await runCli(['catalog', 'update', '--oui', 'oui.csv', '--mam', 'mam.csv', '--force'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    const l1 = JSON.parse((await runCli(['lookup', 'a4:cd:ef:12:34:56', '--format', 'json'], { cwd: dir })).stdout)
    expect(l1).toMatchObject({ group: 'dahua', match: { registry: 'MA-M', prefix: 'A4CDEF1' } })
    const l2 = JSON.parse((await runCli(['lookup', 'a4:cd:ef:f2:34:56', '--format', 'json'], { cwd: dir })).stdout)
    expect(l2).toMatchObject({ group: 'huawei', match: { registry: 'MA-L' } })
  })

  it('says what a newer registry file changed: blocks added and removed per group, and blocks now registered to another group', async () => {
    const head = 'Registry,Assignment,Organization Name,Organization Address\r\n'
    const dir = await testdir({
      'oui-2025.csv': head +
        'MA-L,A4CDEF,"Huawei Device Co., Ltd.","No.2 of Xincheng Road, Songshan Lake Zone Dongguan Guangdong CN 523808 "\r\n' +
        'MA-L,A4CDF0,"Hangzhou Hikvision Digital Technology Co.,Ltd.",Hangzhou CN\r\n' +
        'MA-L,A4CDF1,Acme Widgets,Springfield US\r\n',
      // A year later: the first block registered to Honor Device, one block gone, two new ones.
      'oui-2026.csv': head +
        'MA-L,A4CDEF,"HONOR DEVICE CO.,LTD",Shenzhen CN\r\n' +
        'MA-L,A4CDF0,"Hangzhou Hikvision Digital Technology Co.,Ltd.",Hangzhou CN\r\n' +
        'MA-L,A4CDF2,"Shenzhen Nubia Technology Co., Ltd.","Nanshan District, ""Hi-Tech"" Park Shenzhen CN"\r\n' +
        'MA-L,A4CDF3,"ZHEJIANG DAHUA TECHNOLOGY CO.,LTD",Hangzhou CN\r\n',
    })
    expect((await runCli(['catalog', 'update', '--oui', 'oui-2025.csv', '--force', '--replace'], { cwd: dir })).status).toBe(0)
    const update = await runCli(['catalog', 'update', '--oui', 'oui-2026.csv', '--replace'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    expect(update.stdout).toMatch(/^MA-L +4 blocks from oui-2026\.csv \(file modified \d{4}-\d{2}-\d{2}\)\n {6}2 added \(dahua 1, zte 1\), 1 removed \(1 naming no catalog manufacturer\), 1 now of another holder's group \(huawei → honor 1\)\n/m)
    const nubia = JSON.parse((await runCli(['lookup', 'a4:cd:f2:12:34:56', '--format', 'json'], { cwd: dir })).stdout)
    expect(nubia).toMatchObject({ group: 'zte', match: { manufacturer: 'nubia' } })
    // The same file again changes nothing, and says nothing of changes.
    const again = await runCli(['catalog', 'update', '--oui', 'oui-2026.csv', '--replace'], { cwd: dir })
    expect(again.stdout).not.toMatch(/added/)
  })

  // Ten runs of the CLI, four of them catalog updates from registry files: longer than the default limit on a loaded machine.
  it('keeps the blocks an older IEEE file lacks, a lookup of one naming the data it comes from and its date, where a Huawei MAC named no one after the update', async () => {
    const header = 'Registry,Assignment,Organization Name,Organization Address\r\n'
    const huawei = 'MA-L,A4CDEF,"HUAWEI TECHNOLOGIES CO.,LTD",Shenzhen CN\r\n'
    const hikvision = 'MA-L,A4CDF0,"Hangzhou Hikvision Digital Technology Co.,Ltd.",Hangzhou CN\r\n'
    const acme = 'MA-L,A4CDF2,Acme Widgets,Springfield US\r\n'
    const dir = await testdir({
      'oui-aug.csv': header + huawei + hikvision + acme,
      // An older copy: the Hikvision block is not in it.
      'oui-may.csv': header + huawei + acme,
      // A copy that lists that block under another holder.
      'oui-other.csv': header + huawei + 'MA-L,A4CDF0,Example Holdings,Springfield US\r\n' + acme,
    })
    utimesSync(join(dir, 'oui-aug.csv'), new Date('2026-08-03T12:00:00Z'), new Date('2026-08-03T12:00:00Z'))
    utimesSync(join(dir, 'oui-may.csv'), new Date('2026-05-21T12:00:00Z'), new Date('2026-05-21T12:00:00Z'))
    // Over the shipped data: its Huawei block 00-E0-FC, which the small file lacks, is kept and names the shipped data.
    const first = await runCli(['catalog', 'update', '--oui', 'oui-aug.csv', '--force'], { cwd: dir })
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/^ {6}[\d,]+ blocks the file lacks kept from the data before \(oui-data [\d.]+ \(shipped\): huawei [\d,]+, zte [\d,]+, .*\): the registries only grow, so the file is an older copy, or these blocks were withdrawn \(--replace drops them\)\n/m)
    expect(first.stdout).not.toMatch(/removed \(|name no one/)
    const shipped = JSON.parse((await runCli(['lookup', '00:e0:fc:12:34:56', '-f', 'json'], { cwd: dir })).stdout)
    expect(shipped).toMatchObject({ group: 'huawei', registryData: expect.stringMatching(/^oui-data [\d.]+ \(shipped\); kept, as oui-aug\.csv \(file modified 2026-08-03\) lacks this block$/) })
    expect(JSON.parse((await runCli(['lookup', 'a4:cd:ef:12:34:56', '-f', 'json'], { cwd: dir })).stdout).registryData).toBe('oui-aug.csv (file modified 2026-08-03)')

    // The older file: the Hikvision block it lacks is kept from the file taken before, with that file's date.
    const older = await runCli(['catalog', 'update', '--oui', 'oui-may.csv', '--force'], { cwd: dir })
    expect(older.status, older.stderr).toBe(0)
    expect(older.stdout).toMatch(/^MA-L +2 blocks from oui-may\.csv \(file modified 2026-05-21\)\n/m)
    expect(older.stdout).toMatch(/^ {6}[\d,]+ blocks the file lacks kept from the data before \(oui-data [\d.]+ \(shipped\) and oui-aug\.csv \(file modified 2026-08-03\): huawei [\d,]+, .*hikvision [\d,]+/m)
    expect(older.stdout).toContain('the current file is https://standards-oui.ieee.org/oui/oui.csv (--replace drops them)\n')
    const lookup = await runCli(['lookup', 'a4:cd:f0:12:34:56'], { cwd: dir })
    expect(lookup.stdout).toContain('  IEEE MA-L block A4CDF0/24 assigned to "Hangzhou Hikvision Digital Technology Co.,Ltd."\n' +
      '  registry data: oui-aug.csv (file modified 2026-08-03); kept, as oui-may.csv (file modified 2026-05-21) lacks this block\n')
    expect(lookup.stdout).toMatch(/group: .*\(hikvision\)/)
    // An update on top keeps where each kept block comes from: the shipped data stays the shipped data.
    expect((await runCli(['catalog', 'update', '--oui', 'oui-may.csv', '--force'], { cwd: dir })).status).toBe(0)
    expect(JSON.parse((await runCli(['lookup', 'a4:cd:f0:12:34:56', '-f', 'json'], { cwd: dir })).stdout).registryData)
      .toBe('oui-aug.csv (file modified 2026-08-03); kept, as oui-may.csv (file modified 2026-05-21) lacks this block')
    expect(JSON.parse((await runCli(['lookup', '00:e0:fc:12:34:56', '-f', 'json'], { cwd: dir })).stdout).registryData).toMatch(/^oui-data [\d.]+ \(shipped\); kept/)
    const stats = await runCli(['catalog', 'stats'], { cwd: dir })
    expect(stats.stdout).toMatch(/^ {2}MA-L from oui-may\.csv \(file modified 2026-05-21\)\n {7}[\d,]+ blocks it lacks kept from oui-data [\d.]+ \(shipped\)\n {7}1 block it lacks kept from oui-aug\.csv \(file modified 2026-08-03\)\n/m)
    expect(JSON.parse((await runCli(['catalog', 'stats', '-f', 'json'], { cwd: dir })).stdout).meta.oui.kept)
      .toContainEqual({ registry: 'MA-L', from: 'oui-aug.csv (file modified 2026-08-03)', prefixes: ['A4CDF0'] })

    // A file that lists the block, under another holder, takes it.
    expect((await runCli(['catalog', 'update', '--oui', 'oui-other.csv', '--force'], { cwd: dir })).status).toBe(0)
    const other = JSON.parse((await runCli(['lookup', 'a4:cd:f0:12:34:56', '-f', 'json'], { cwd: dir })).stdout)
    expect(other.match.organization).toBe('Example Holdings')
    expect(other.registryData).toMatch(/^oui-other\.csv \(file modified [\d-]+\)$/)
    // --replace takes the file as it is: the blocks it lacks name no one, as the report says.
    const replaced = await runCli(['catalog', 'update', '--oui', 'oui-may.csv', '--force', '--replace'], { cwd: dir })
    expect(replaced.status, replaced.stderr).toBe(0)
    expect(replaced.stdout).toMatch(/now name no one \(huawei [\d,]+, .*hikvision/)
    expect(replaced.stdout).not.toContain('kept')
    expect(JSON.parse((await runCli(['lookup', '00:e0:fc:12:34:56', '-f', 'json'], { cwd: dir })).stdout)).not.toHaveProperty('group')
    expect((await runCli(['catalog', 'stats'], { cwd: dir })).stdout).not.toContain('kept from')
    // Without an IEEE file it would change nothing: said, not silently unused.
    const alone = await runCli(['catalog', 'update', '--enterprise', 'oui-may.csv', '--replace'], { cwd: dir })
    expect(alone.status).toBe(2)
    expect(alone.stderr).toMatch(/^trustpath: --replace applies to the IEEE registry files \(--oui, --mam, --oui36, --iab, --cid\), and none was given\n/)
  }, 90_000)

  it('says of an IEEE file taken with --replace that adds no block and lacks some the catalog held that it may be an older copy, naming the covered groups whose blocks now name no one', async () => {
    const header = 'Registry,Assignment,Organization Name,Organization Address\r\n'
    const rows = ['MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",Dongguan CN\r\n', 'MA-L,A4CDF0,"Hangzhou Hikvision Digital Technology Co.,Ltd.",Hangzhou CN\r\n',
      'MA-L,A4CDF1,"Apple, Inc.",Cupertino US\r\n', 'MA-L,A4CDF2,Acme Widgets,Somewhere\r\n']
    const dir = await testdir({ 'oui-new.csv': header + rows.join(''), 'oui-old.csv': header + rows[0] + rows[3], 'oui-same.csv': header + rows.join('') })
    expect((await runCli(['catalog', 'update', '--oui', 'oui-new.csv', '--force', '--replace'], { cwd: dir })).status).toBe(0)
    const older = await runCli(['catalog', 'update', '--oui', 'oui-old.csv', '--force', '--replace'], { cwd: dir })
    expect(older.status, older.stderr).toBe(0)
    expect(older.stdout).toMatch(/^ {6}0 added, 2 removed \(hikvision 1, apple 1\)\n {6}no block added: a copy older than the data it replaces\? The 2 blocks it lacks now name no one \(hikvision 1\); the current file is https:\/\/standards-oui\.ieee\.org\/oui\/oui\.csv\n/m)
    // A file that adds blocks, or changes nothing, is no older copy.
    expect((await runCli(['catalog', 'update', '--oui', 'oui-same.csv', '--force', '--replace'], { cwd: dir })).stdout).not.toContain('no block added')
    expect((await runCli(['catalog', 'update', '--oui', 'oui-same.csv', '--replace'], { cwd: dir })).stdout).not.toContain('no block added')
    // A block the file lacks names no one then.
    expect(JSON.parse((await runCli(['lookup', 'a4:cd:f0:12:34:56', '-f', 'json'], { cwd: dir })).stdout)).toMatchObject({ group: 'hikvision' })
    expect((await runCli(['catalog', 'update', '--oui', 'oui-old.csv', '--force', '--replace'], { cwd: dir })).status).toBe(0)
    expect(JSON.parse((await runCli(['lookup', 'a4:cd:f0:12:34:56', '-f', 'json'], { cwd: dir })).stdout)).not.toHaveProperty('group')
  })

  it('says which numbers a newer enterprise-numbers file took from a group keep the catalog\'s own entry, which lookups still read', async () => {
    const pen = (entries: string) => `PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2026-05-20)\n\n${entries}\nEnd of Document\n`
    const entry = (n: number, organization: string) => `${n}\n  ${organization}\n    Contact\n      x&example.com\n`
    const dir = await testdir({
      'enterprise-2025.txt': pen(entry(2011, 'HUAWEI Technology Co.,Ltd') + entry(3902, 'Zhongxing Telecom Co.,ltd. (abbr. ZTE)') + entry(99990, 'Acme Widgets')),
      // 2011 given to another holder and 3902 gone, as a file edited by hand (or a registry error) would have them; 99990 to Nubia.
      'enterprise-2026.txt': pen(entry(2011, 'Example Holdings') + entry(99990, 'Nubia Technology Co., Ltd.')),
    })
    expect((await runCli(['catalog', 'update', '--enterprise', 'enterprise-2025.txt', '--force'], { cwd: dir })).status).toBe(0)
    const update = await runCli(['catalog', 'update', '--enterprise', 'enterprise-2026.txt', '--force'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    expect(update.stdout).toMatch(/^ {6}0 added, 1 removed \(zte 1\), 2 now of another holder's group \(none → zte 1, huawei → none 1\)\n/m)
    // The changes counted 2011 and 3902, but lookups read the catalog's own entries of them: said under the changes.
    expect(update.stdout).toMatch(/^ {6}2 of these numbers keep the catalog's own entry, which lookups read before the file's: 2011 \(huawei\), 3902 \(zte\)\n/m)
    expect(JSON.parse((await runCli(['lookup', '1.3.6.1.4.1.2011.2.23.95', '-f', 'json'], { cwd: dir })).stdout)).toMatchObject({ group: 'huawei' })
    expect(JSON.parse((await runCli(['lookup', '1.3.6.1.4.1.99990.1', '-f', 'json'], { cwd: dir })).stdout)).toMatchObject({ group: 'zte' })
  })

  it('names the blocks a newer file adds for a group on a built-in list before those of larger groups, where one Hikvision block was counted among "more groups"', async () => {
    const header = 'Registry,Assignment,Organization Name,Organization Address\r\n'
    const makers = ['Apple, Inc.', 'Cisco Systems, Inc', 'Samsung Electronics Co.,Ltd', 'Intel Corporate', 'Dell Inc.', 'Hewlett Packard Enterprise',
      'LENOVO(BEIJING)CO., LTD.', 'Sony Corporation', 'Nokia Corporation', 'Xiaomi Communications Co Ltd']
    // Two new blocks of each of ten makers, and one of Hikvision's.
    const rows = makers.flatMap((maker, i) => [0, 1].map((k) => `MA-L,F1F0${(2 * i + k).toString(16).padStart(2, '0').toUpperCase()},"${maker}",Somewhere\r\n`)).join('') +
      'MA-L,F1F1FF,"Hangzhou Hikvision Digital Technology Co.,Ltd.",Hangzhou CN\r\n'
    const dir = await testdir({ 'oui-old.csv': `${header}MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",Dongguan CN\r\n`, 'oui-new.csv': `${header}MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",Dongguan CN\r\n${rows}` })
    expect((await runCli(['catalog', 'update', '--oui', 'oui-old.csv', '--force'], { cwd: dir })).status).toBe(0)
    const update = await runCli(['catalog', 'update', '--oui', 'oui-new.csv', '--force'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    expect(update.stdout).toMatch(/^ {6}21 added \(hikvision 1, apple 2, cisco 2, dell 2, hpe 2, intel 2, lenovo 2, nokia 2, 6 of 3 more groups\), 0 removed\n/m)
  })

  it('says what a newer enterprise-numbers file changed, number by number, against the one taken before', async () => {
    const pen = (entries: string) => `PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2026-05-20)\n\n${entries}\nEnd of Document\n`
    const dir = await testdir({
      'enterprise-2025.txt': pen('2011\n  HUAWEI Technology Co.,Ltd\n    Contact\n      x&example.com\n99990\n  Acme Widgets\n    Contact\n      x&example.com\n'),
      'enterprise-2026.txt': pen('2011\n  Huawei Technologies Co., Ltd.\n    Contact\n      x&example.com\n99990\n  Shenzhen Nubia Technology Co., Ltd.\n    Contact\n      x&example.com\n' +
        '99991\n  Hangzhou EZVIZ Network Co., Ltd.\n    Contact\n      x&example.com\n'),
    })
    const first = await runCli(['catalog', 'update', '--enterprise', 'enterprise-2025.txt', '--force'], { cwd: dir })
    expect(first.stdout).not.toMatch(/added/)
    const update = await runCli(['catalog', 'update', '--enterprise', 'enterprise-2026.txt', '--force'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    // 2011's new spelling stays Huawei's: no change of group to tell.
    expect(update.stdout).toMatch(/^PEN +3 enterprise numbers from enterprise-2026\.txt \(last updated 2026-05-20\)\n {6}1 added \(hikvision 1\), 0 removed, 1 now of another holder's group \(none → zte 1\)\n/m)
     // A lookup names where each number's entry comes from: the file taken, or the catalog's own entry, which stands above it.
    const ezviz = await runCli(['lookup', '1.3.6.1.4.1.99991.1'], { cwd: dir })
    expect(ezviz.stdout).toMatch(/^ {2}IANA private enterprise 99991 registered to "Hangzhou EZVIZ Network Co., Ltd."\n {2}registry data: IANA enterprise-2026\.txt \(2026-05-20\)\n/m)
    const huawei = await runCli(['lookup', '1.3.6.1.4.1.2011.2.23.95', '-f', 'json'], { cwd: dir })
    expect(JSON.parse(huawei.stdout).registryData).toMatch(/^trustpath's own entry, from IANA, Private Enterprise Numbers/)
  })

  it('names in a lookup the registry file a block was read from and its date, and says a Private block names no holder', async () => {
    const dir = await testdir({
      'mam.csv': 'Registry,Assignment,Organization Name,Organization Address\r\n' +
        'MA-M,A4CDEF1,"Zhejiang Dahua Technology Co., Ltd.",Hangzhou CN\r\n' +
        // As the IEEE lists 741AE09 in mam.csv: "Private" and no address.
        'MA-M,A4CDEF2,Private,\r\n',
    })
    utimesSync(join(dir, 'mam.csv'), new Date('2026-05-21T12:00:00Z'), new Date('2026-05-21T12:00:00Z'))
    expect((await runCli(['catalog', 'update', '--mam', 'mam.csv', '--force'], { cwd: dir })).status).toBe(0)
    const dahua = await runCli(['lookup', 'a4:cd:ef:12:34:56'], { cwd: dir })
    expect(dahua.stdout).toMatch(/^ {2}IEEE MA-M block A4CDEF1\/28 assigned to "Zhejiang Dahua Technology Co., Ltd."\n {2}registry data: mam\.csv \(file modified 2026-05-21\)\n {2}manufacturer: /m)
    expect(JSON.parse((await runCli(['lookup', 'A4CDEF1', '-f', 'json'], { cwd: dir })).stdout)).toMatchObject({ registryData: 'mam.csv (file modified 2026-05-21)' })
    const hidden = await runCli(['lookup', 'a4:cd:ef:22:34:56'], { cwd: dir })
    expect(hidden.stdout).toMatch(/a private block: its holder asked the IEEE not to publish its name, so it names no manufacturer/)
    // Blocks of a registry not refreshed come from the shipped data, which the lookup names.
    expect((await runCli(['lookup', '00:e0:fc:12:34:56'], { cwd: dir })).stdout).toMatch(/^ {2}registry data: oui-data [\d.]+ \(shipped\)$/m)
  })

  it('says which option takes a registry file given for another (enterprise-numbers.txt as --oui, oui.csv as --enterprise), and that a header alone holds no entry; writes nothing', async () => {
    const dir = await testdir({
      'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\r\nMA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",Dongguan CN\r\n',
      'enterprise-numbers.txt': 'PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2026-05-20)\n\n2011\n  HUAWEI Technology Co.,Ltd\n    Contact\n      x&example.com\nEnd of Document\n',
      'header.csv': 'Registry,Assignment,Organization Name,Organization Address\r\n',
    })
    const pen = await runCli(['catalog', 'update', '--oui', 'enterprise-numbers.txt'], { cwd: dir })
    expect(pen.status).toBe(2)
    expect(pen.stderr).toMatch(/^enterprise-numbers\.txt:1: error: this file is IANA's private enterprise numbers \(enterprise-numbers\.txt\), not MA-L; nothing is read from it\. Pass it with --enterprise/)
    const oui = await runCli(['catalog', 'update', '--enterprise', 'oui.csv'], { cwd: dir })
    expect(oui.status).toBe(2)
    expect(oui.stderr).toMatch(/^oui\.csv:1: error: this file is the IEEE MA-L registry \(oui\.csv or oui\.txt\), not IANA's private enterprise numbers; nothing is read from it\. Pass it with --oui, or download IANA's file as https:\/\/www\.iana\.org\/assignments\/enterprise-numbers\.txt\./)
    const header = await runCli(['catalog', 'update', '--oui', 'header.csv'], { cwd: dir })
    expect(header.status).toBe(2)
    expect(header.stderr).toMatch(/^--oui header\.csv: no MA-L entries read; nothing was written\. The file holds no entry after its header: a download that failed\? Download it again \(https:\/\/standards-oui\.ieee\.org\/oui\/oui\.csv\)\.$/m)
    expect(existsSync(join(dir, '.trustpath', 'catalog.json'))).toBe(false)
  })

  it('takes the IEEE text layout as well, told from the content, and gives the blocks the CSV gives', async () => {
    const mam = [
      'OUI                                                         Organization                                 ',
      'OUI-28/MA-M Range                                           Organization                                 ',
      '                                                            Address                                      ',
      '',
      'A4-CD-EF   (hex)\t\tZhejiang Dahua Technology Co., Ltd.',
      '100000-1FFFFF     (base 16)\t\tZhejiang Dahua Technology Co., Ltd.',
      '\t\t\t\tHangzhou  Zhejiang  310053',
      '\t\t\t\tCN',
      '',
      'A4-CD-EF   (hex)\t\tPrivate',
      'F00000-FFFFFF     (base 16)\t\tPrivate',
      '',
    ].join('\r\n')
    // Named .csv on purpose: the content decides.
    const dir = await testdir({ 'mam.csv': mam })
    const update = await runCli(['catalog', 'update', '--mam', 'mam.csv', '--force'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    expect(update.stdout).toMatch(/MA-M +2 blocks from mam\.csv/)
    expect(update.stdout).toMatch(/^Wrote \.trustpath\/catalog\.json: /m)
    const lookup = JSON.parse((await runCli(['lookup', 'a4:cd:ef:12:34:56', '--format', 'json'], { cwd: dir })).stdout)
    expect(lookup).toMatchObject({ group: 'dahua', match: { registry: 'MA-M', prefix: 'A4CDEF1' } })
  })

  it('refuses mam.csv saved again by a spreadsheet that turned assignments into numbers, even with --force, and keeps the catalog taken before', async () => {
    const header = 'Registry,Assignment,Organization Name,Organization Address'
    const dir = await testdir({
      'mam.csv': `${header}\r\nMA-M,A4CDEF1,"Zhejiang Dahua Technology Co., Ltd.",Hangzhou CN\r\nMA-M,0C5CB59,Acme,\r\n`,
      // Opened in Excel and saved as "CSV UTF-8": a byte-order mark, and the assignments that read as numbers written as numbers.
      'mam-saved.csv': `\ufeff${header}\r\nMA-M,A4CDEF1,"Zhejiang Dahua Technology Co., Ltd.",Hangzhou CN\r\nMA-M,1.87E+25,"Shenzhen WITSTECH Co.,Ltd.",Shenzhen CN\r\n` +
        'MA-M,12345,Acme,\r\n',
    })
    expect((await runCli(['catalog', 'update', '--mam', 'mam.csv', '--force'], { cwd: dir })).status).toBe(0)
    const before = readFileSync(join(dir, '.trustpath', 'catalog.json'), 'utf8')
    for (const force of [[], ['--force']]) {
      const update = await runCli(['catalog', 'update', '--mam', 'mam-saved.csv', ...force], { cwd: dir })
      expect(update.status).toBe(2)
      expect(update.stderr).toMatch(/^mam-saved\.csv:3: error: assignment "1\.87E\+25" \(and 1 more row like it\) is a number as a spreadsheet writes it/)
      expect(update.stderr).toContain('Pass the file as downloaded, not opened and saved. Download the MA-M registry as https://standards-oui.ieee.org/oui28/mam.csv')
      expect(update.stderr).toMatch(/--mam mam-saved\.csv: no MA-M entries read; nothing was written\.\n$/)
      expect(update.stderr).not.toMatch(/\n\s+at /)
    }
    expect(readFileSync(join(dir, '.trustpath', 'catalog.json'), 'utf8')).toBe(before)
    const lookup = JSON.parse((await runCli(['lookup', '0c:5c:b5:90:00:01', '--format', 'json'], { cwd: dir })).stdout)
    expect(lookup).toMatchObject({ match: { registry: 'MA-M', prefix: '0C5CB59' } })
  })

  it('says of an enterprise number that IANA\'s file taken lists without an organisation that the registry lists none, where it asked to refresh the registry just taken', async () => {
    const dir = await testdir({
      'enterprise-numbers.txt': 'PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2026-05-20)\n\n2011\n  HUAWEI Technology Co.,Ltd\n    Contact\n      x&example.com\n' +
        '4242\n  ---none---\n    ---none---\n      ---none---\n\nEnd of Document\n',
    })
    const shipped = await runCli(['lookup', '1.3.6.1.4.1.4242.1'], { cwd: dir })
    expect(shipped.stdout).toContain('enterprise number 4242: not in the catalog (refresh with `trustpath catalog update --enterprise`)')
    expect((await runCli(['catalog', 'update', '--enterprise', 'enterprise-numbers.txt', '--force'], { cwd: dir })).status).toBe(0)
    const run = await runCli(['lookup', '1.3.6.1.4.1.4242.1'], { cwd: dir })
    expect(run.status).toBe(1) // found nothing
    expect(run.stdout).toBe('OID 1.3.6.1.4.1.4242.1\n  enterprise number 4242: IANA\'s registry data (IANA enterprise-numbers.txt (2026-05-20)) lists no organisation ' +
      'for it (returned to IANA, "---none---", or not assigned by that date); it names no manufacturer\n')
    expect(JSON.parse((await runCli(['lookup', '1.3.6.1.4.1.4242.1', '-f', 'json'], { cwd: dir })).stdout)).toMatchObject({
      enterprise: 4242, registryData: 'IANA enterprise-numbers.txt (2026-05-20)',
    })
  })

  it('reads a registry piped in with -, dated the day it was read, where it looked for a file named "-"', async () => {
    const dir = await testdir({})
    const cid = 'Registry,Assignment,Organization Name,Organization Address\r\nCID,EA2701,ACCE Technology Corp.,"6F.-2, No. 38, Beida Rd., Hsinchu City  TW 300024 "\r\n'
    const update = await runCli(['catalog', 'update', '--cid', '-', '--force'], { cwd: dir, input: cid })
    expect(update.status, update.stderr).toBe(0)
    expect(update.stdout).toMatch(/^CID +1 block from standard input \(read \d{4}-\d{2}-\d{2}\)$/m)
    expect((await runCli(['catalog', 'stats'], { cwd: dir })).stdout).toMatch(/^ {2}CID  from standard input \(read \d{4}-\d{2}-\d{2}\)$/m)
    expect((await runCli(['lookup', 'EA:27:01:00:00:01'], { cwd: dir })).stdout).toMatch(/^ {2}registry data: standard input \(read \d{4}-\d{2}-\d{2}\)$/m)
    // A download that failed (curl -f writes nothing), and another registry piped in, are said so, of standard input.
    const failed = await runCli(['catalog', 'update', '--oui', '-'], { cwd: dir, input: '' })
    expect(failed.status).toBe(2)
    expect(failed.stderr).toMatch(/^<stdin>:1: error: the file is empty, not an IEEE registry file \(a download that failed\?\)/)
    const other = await runCli(['catalog', 'update', '--oui', '-'], { cwd: dir, input: cid })
    expect(other.stderr).toMatch(/^<stdin>:2: error: this file is the IEEE CID registry \(cid\.csv or cid\.txt\), not MA-L; nothing is read from it\. Pass it with --cid/)
    const twice = await runCli(['catalog', 'update', '--oui', '-', '--enterprise', '-'], { cwd: dir, input: cid })
    expect(twice.status).toBe(2)
    expect(twice.stderr).toBe('trustpath: --oui - and --enterprise -: standard input holds one file\n' +
      '  hint: Pipe one registry in, and give the others as files (or run catalog update once per registry).\n')
  })

  it('names the file and line of a Wireshark manuf file given for a registry, and where to download the registry', async () => {
    const dir = await testdir({ manuf: '# This file was generated by running ./tools/make-manuf.py.\n#\n00:E0:FC\tHuawei\tHUAWEI TECHNOLOGIES CO.,LTD\n' })
    const update = await runCli(['catalog', 'update', '--oui', 'manuf'], { cwd: dir })
    expect(update.status).toBe(2)
    // The file as the user wrote it, as other commands name their files, not its absolute path.
    expect(update.stderr).toMatch(/^manuf:3: error: this is Wireshark's manuf file/)
    expect(update.stderr).not.toContain(dir)
    expect(update.stderr).toMatch(/https:\/\/standards-oui\.ieee\.org\/oui\/oui\.txt/)
    expect(update.stderr).not.toMatch(/\n\s+at /) // no stack trace
    expect(existsSync(join(dir, '.trustpath', 'catalog.json'))).toBe(false)
  })

  it('refuses a registry file cut short with its file and line, and takes it with --force, saying where it was cut wherever its data is named', async () => {
    const dir = await testdir({
      'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\r\nMA-L,A4CDEF,"HUAWEI TECHNOLOGIES CO.,LTD","Shenzhen CN"\r\nMA-L,A4CDF0,"HUAWEI TECHNO',
      'enterprise-numbers.txt': 'PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2025-08-22)\n\n2011\n  HUAWEI Technology Co.,Ltd\n    Contact\n',
    })
    const refused = await runCli(['catalog', 'update', '--oui', 'oui.csv'], { cwd: dir })
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/oui\.csv:3: warning: the file ends in the middle of this line/)
    expect(refused.stderr).toMatch(/oui\.csv:3: --oui: the file was cut short at line 3; nothing was written/)
    expect(refused.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(join(dir, '.trustpath', 'catalog.json'))).toBe(false)
    const pen = await runCli(['catalog', 'update', '--enterprise', 'enterprise-numbers.txt'], { cwd: dir })
    expect(pen.status).toBe(2)
    expect(pen.stderr).toMatch(/enterprise-numbers\.txt:7: warning: the file ends here without IANA's closing line "End of Document"/)
    const forced = await runCli(['catalog', 'update', '--oui', 'oui.csv', '--force'], { cwd: dir })
    expect(forced.status, forced.stderr).toBe(0)
    // Where the file was cut stays with its data: in the report, catalog stats and lookups, so that
    // its blocks are not taken for the whole registry.
    expect(forced.stdout).toMatch(/MA-L +1 block from oui\.csv \(file modified \d{4}-\d{2}-\d{2}; cut short at line 3\)\n/)
    // The blocks after the cut are kept from the data before, and said why the file lacks them.
    expect(forced.stdout).toMatch(/^ {6}[\d,]+ blocks the file lacks kept from the data before \(oui-data [\d.]+ \(shipped\): huawei [\d,]+, .*\): the file was cut short at line 3 \(--replace drops them\)\n/m)
    expect((await runCli(['catalog', 'stats'], { cwd: dir })).stdout).toMatch(/^ {2}MA-L from oui\.csv \(file modified \d{4}-\d{2}-\d{2}; cut short at line 3\)$/m)
    expect((await runCli(['lookup', 'a4:cd:ef:12:34:56'], { cwd: dir })).stdout).toMatch(/^ {2}registry data: oui\.csv \(file modified \d{4}-\d{2}-\d{2}; cut short at line 3\)$/m)
    const forcedPen = await runCli(['catalog', 'update', '--enterprise', 'enterprise-numbers.txt', '--force'], { cwd: dir })
    expect(forcedPen.stdout).toMatch(/^PEN +1 enterprise number from enterprise-numbers\.txt \(last updated 2025-08-22; cut short at line 7\)$/m)
    expect((await runCli(['catalog', 'stats'], { cwd: dir })).stdout).toMatch(/^Enterprise numbers: IANA enterprise-numbers\.txt cut short at line 7 \(2025-08-22\): \d+, 1 of them /m)
  })

  it('refuses an enterprise-numbers file of a few entries on the first refresh, as it is not IANA\'s registry, and takes it with --force', async () => {
    const dir = await testdir({
      'enterprise-numbers.txt': 'PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2025-08-22)\n\n2011\n  HUAWEI Technology Co.,Ltd\n    Contact\n      x&example.com\nEnd of Document\n',
    })
    const refused = await runCli(['catalog', 'update', '--enterprise', 'enterprise-numbers.txt'], { cwd: dir })
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/^trustpath: enterprise-numbers\.txt: --enterprise: the file holds 1 enterprise number and lacks \d+ of the \d+ the catalog read in IANA's registry/)
    expect(refused.stderr).toContain('--force')
    expect(existsSync(join(dir, '.trustpath', 'catalog.json'))).toBe(false)
    const forced = await runCli(['catalog', 'update', '--enterprise', 'enterprise-numbers.txt', '--force'], { cwd: dir })
    expect(forced.status, forced.stderr).toBe(0)
    expect(forced.stdout).toMatch(/PEN +1 enterprise number from enterprise-numbers\.txt/)
  })

  it('writes the catalog even when the reader of its output stops at the first line (`| head -1`)', async () => {
    const dir = await testdir({
      'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\r\nMA-L,A4CDEF,"HUAWEI TECHNOLOGIES CO.,LTD","Shenzhen CN"\r\n',
      'mam.csv': 'Registry,Assignment,Organization Name,Organization Address\r\nMA-M,A4CDEF1,"Zhejiang Dahua Technology Co., Ltd.",Hangzhou CN\r\n',
    })
    const status = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'catalog', 'update', '--oui', 'oui.csv', '--mam', 'mam.csv', '--force'], {
        cwd: dir, env: { PATH: process.env['PATH'] ?? '', HOME: dir, TRUSTPATH_HOME: join(dir, '.trustpath') },
      })
      // Close the pipe as soon as the first bytes arrive, as `head -1` does.
      child.stdout.once('data', () => child.stdout.destroy())
      child.on('error', reject)
      child.on('close', resolve)
    })
    expect(status).toBe(0)
    expect(existsSync(join(dir, '.trustpath', 'catalog.json'))).toBe(true)
  })

  it('counts an assignment the IEEE lists more than once as one block, and says so', async () => {
    const dir = await testdir({
      // 080030 is listed three times in the IEEE's MA-L registry, to three early holders.
      'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\r\n' +
        'MA-L,080030,NETWORK RESEARCH CORPORATION,2380 N. ROSE AVENUE OXNARD CA US 93010 \r\n' +
        'MA-L,080030,ROYAL MELBOURNE INST OF TECH,GPO BOX 2476V MELBOURNE VIC AU 3001 \r\n' +
        'MA-L,080030,CERN,CH-1211  GENEVE SUISSE/SWITZ CH 023 \r\n' +
        'MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",Dongguan CN\r\n',
    })
    const update = await runCli(['catalog', 'update', '--oui', 'oui.csv', '--force'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    expect(update.stdout).toMatch(/MA-L +2 blocks from oui\.csv \(file modified \d{4}-\d{2}-\d{2}\); 2 more listings of an assignment listed before \(the last listing counts\)/)
    const lookup = JSON.parse((await runCli(['lookup', '08:00:30:12:34:56', '--format', 'json'], { cwd: dir })).stdout)
    expect(lookup).toMatchObject({ match: { prefix: '080030', organization: 'CERN' } })
  })

  it('tells a catalog file cut short (a disk that filled up, a copy cut) to go back with --reset, which works, where its hint sent to catalog update, which fails on it too', async () => {
    const dir = await testdir({
      'mam.csv': 'Registry,Assignment,Organization Name,Organization Address\r\nMA-M,A4CDEF1,"Zhejiang Dahua Technology Co., Ltd.",Hangzhou CN\r\n',
    })
    expect((await runCli(['catalog', 'update', '--mam', 'mam.csv', '--force'], { cwd: dir })).status).toBe(0)
    const file = join(dir, '.trustpath', 'catalog.json')
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 5_000))
    const hint = '  hint: Run `trustpath catalog update --reset` to go back to the shipped data (it removes this file), ' +
      'then `trustpath catalog update` with the registry files to refresh them again.\n'
    for (const args of [['lookup', '00E0FC'], ['catalog', 'update', '--mam', 'mam.csv', '--force']]) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toMatch(/^trustpath: \.trustpath\/catalog\.json: the catalog file is not valid JSON: .*\n/)
      expect(run.stderr, args.join(' ')).toContain(hint)
    }
    expect((await runCli(['catalog', 'update', '--reset'], { cwd: dir })).status).toBe(0)
    expect((await runCli(['catalog', 'update', '--mam', 'mam.csv', '--force'], { cwd: dir })).status).toBe(0)
    expect(JSON.parse((await runCli(['lookup', 'a4:cd:ef:12:34:56', '--format', 'json'], { cwd: dir })).stdout)).toMatchObject({ group: 'dahua' })
  })

  it('says a MAC that only one of the IEEE\'s own blocks holds lies in a block the registry data lacks, where it said the IEEE was not in the catalog', async () => {
    // 70-B3-D5, the IEEE's own MA-L block, and one of its MA-S blocks, as the files of 2026-05-21 list them.
    const dir = await testdir({
      'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\r\nMA-L,70B3D5,IEEE Registration Authority,445 Hoes Lane Piscataway NJ US 08554 \r\n',
      'oui36.csv': 'Registry,Assignment,Organization Name,Organization Address\r\nMA-S,70B3D500F,"Neusoft Reach Automotive Technology (Shenyang) Co.,Ltd","No.2 Xinxiu Street, Hunnan District, Shenyang Shenyang Liaoning CN 110000 "\r\n',
    })
    expect((await runCli(['catalog', 'update', '--oui', 'oui.csv', '--oui36', 'oui36.csv', '--force', '--replace'], { cwd: dir })).status).toBe(0)
    const missing = await runCli(['lookup', '70:b3:d5:00:00:01'], { cwd: dir })
    expect(missing.stdout).toContain('  IEEE MA-L block 70B3D5/24 assigned to "IEEE Registration Authority"\n  registry data: oui.csv (file modified ')
    expect(missing.stdout).toContain("  the IEEE's own block, divided into MA-M, MA-S and IAB blocks: none of the registry data holds this address " +
      "(a block assigned after the data's date? refresh the registries with `trustpath catalog update --mam mam.csv --oui36 oui36.csv --iab iab.csv`)\n")
    expect(missing.stdout).not.toContain('not in the trustpath catalog')
    const prefix = await runCli(['lookup', '70B3D5'], { cwd: dir })
    expect(prefix.stdout).toContain("  the IEEE's own block, divided into MA-M, MA-S and IAB blocks held by their own organisations\n  1 longer block (MA-M, MA-S or IAB) lies under it")
    // A MAC of the MA-S block names that block's holder.
    expect((await runCli(['lookup', '70:b3:d5:00:f0:01'], { cwd: dir })).stdout).toContain('IEEE MA-S block 70B3D500F/36 assigned to "Neusoft Reach Automotive Technology (Shenyang) Co.,Ltd"')
  })

  it('rejects a file that is not an IEEE registry and writes nothing', async () => {
    const dir = await testdir({ 'oui.csv': 'prefix,vendor\n00E0FC,Huawei\n' })
    const update = await runCli(['catalog', 'update', '--oui', 'oui.csv'], { cwd: dir })
    expect(update.status).toBe(2)
    expect(update.stderr).toMatch(/oui\.csv:1/)
    expect(existsSync(join(dir, '.trustpath', 'catalog.json'))).toBe(false)
  })
})

describe('an inventory without devices', () => {
  it('is an input error (exit 2), so a failed export does not pass as clean', async () => {
    const dir = await testdir({ 'header.csv': 'id,name\n', 'empty.jsonl': '', 'policy.yaml': 'version: 1\nrules:\n  - { id: r, lists: [ndaa-889], effect: prohibit }\n' })
    for (const file of ['header.csv', 'empty.jsonl']) {
      const check = await runCli(['check', file, '-p', 'policy.yaml', '-f', 'csv'], { cwd: dir })
      expect(check.status, file).toBe(2)
      expect(check.stderr).toMatch(/holds no devices/)
      expect((await runCli(['identify', file, '-f', 'csv'], { cwd: dir })).status, file).toBe(2)
    }
  })

  it('writes an empty JSON list ([]), with one thread or two, when every row is malformed or nothing is found', async () => {
    const dir = await testdir({
      'bad.csv': 'id,manufacturer\n,Huawei\n,ZTE\n',
      'clean.csv': 'id,manufacturer\nx,Juniper\ny,Cisco\n',
      'policy.yaml': POLICY,
    })
    const identify = await sameWithWorkers(['identify', 'bad.csv', '-f', 'json'], dir)
    expect(identify.status).toBe(2)
    expect(identify.stdout).toBe('[]\n')
    const check = await sameWithWorkers(['check', 'bad.csv', '-p', 'policy.yaml', '-f', 'json'], dir)
    expect(check.stdout).toMatch(/^\{\n"findings": \[\],\n"summary": /)
    for (const file of ['bad.csv', 'clean.csv']) {
      const sarif = await sameWithWorkers(['check', file, '-p', 'policy.yaml', '-f', 'sarif'], dir)
      expect(sarif.stdout, file).toContain('"results":[]}')
      expect(sarifValidator()(JSON.parse(sarif.stdout)), file).toBe(true)
    }
  })
})

describe('equipment sold under another brand', () => {
  const DEVICES = JSON.stringify({
    devices: [
      { id: 'lte-backup', manufacturer: 'Vodafone', model: 'K5161h' },
      { id: 'cam-lobby', manufacturer: 'Lorex', model: 'IPC-HFW2431S-S-S2', manufactured: '2024-03-01' },
      { id: 'dsl-branch', manufacturer: 'Telekom', model: 'Speedport Hybrid' },
      { id: 'dsl-home', manufacturer: 'Telekom', model: 'Speedport Smart 4' },
    ],
  })

  it('comes out with the real maker, a conflict naming the OEM relation and its source, and an ndaa-889 finding', async () => {
    const dir = await testdir({ 'devices.json': DEVICES, 'policy.yaml': POLICY })
    const run = await runCli(['identify', 'devices.json', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; group: string; conflicts: { kind: string; text: string }[] }[]
    expect(rows.map((r) => [r.id, r.group])).toEqual([['lte-backup', 'huawei'], ['cam-lobby', 'dahua'], ['dsl-branch', 'huawei'], ['dsl-home', 'deutsche-telekom']])
    const stick = rows[0]!.conflicts.find((c) => c.kind === 'oem_rebrand')!
    expect(stick.text).toMatch(/^declared Vodafone; model number says Huawei Technologies \(known OEM\/rebrand: Vodafone sells K-series USB mobile broadband modems .* source: Linux kernel, drivers\/usb\/serial\/option\.c/)
    expect(rows[1]!.conflicts.find((c) => c.kind === 'oem_rebrand')!.text).toMatch(/Nebraska Attorney General/)

    const check = await runCli(['check', 'devices.json', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status).toBe(1)
    const findings = JSON.parse(check.stdout).findings as { deviceId: string; group: string }[]
    expect(findings.map((f) => [f.deviceId, f.group]).sort()).toEqual([['cam-lobby', 'dahua'], ['dsl-branch', 'huawei'], ['lte-backup', 'huawei']])
  })

  it('attributes cameras declared only by their brand to the maker the brand\'s OEM relation names, as warnings naming its source', async () => {
    const csv = 'id,manufacturer,model,role\nc1,Amcrest,IP2M-841,camera\nc2,Annke,C500,camera\nc3,LTS,CMIP7422W-28M,camera\nc4,Amcrest,,\n'
    const dir = await testdir({ 'oem.csv': csv, 'policy.yaml': POLICY })
    const run = await runCli(['identify', 'oem.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; group: string; confidence: number; evidence: { method: string; relation?: { source: { url: string } } }[] }[]
    expect(rows.map((r) => [r.id, r.group, r.confidence])).toEqual([['c1', 'dahua', 0.4], ['c2', 'hikvision', 0.4], ['c3', 'hikvision', 0.4], ['c4', 'amcrest', 0.6]])
    expect(rows[0]!.evidence.find((e) => e.method === 'oem')?.relation?.source.url).toBe('https://github.com/CamioCam/rtsp/blob/01e028a2da045fe1133e40b997018fa020f19d99/cameras/paths.csv')
    const table = await runCli(['identify', 'oem.csv', '-f', 'table'], { cwd: dir })
    expect(table.stdout).toMatch(/c1 +dahua +dahua +0\.40 +amcrest: declared "Amcrest", OEM: "Amcrest" sells IP cameras/)

    const check = await runCli(['check', 'oem.csv', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status).toBe(1)
    const findings = JSON.parse(check.stdout).findings as { deviceId: string; group: string; severity: string; notes: string[]; evidence: { method: string; relation?: { source: { url: string } } }[] }[]
    expect(findings.map((f) => [f.deviceId, f.group, f.severity])).toEqual([['c1', 'dahua', 'warning'], ['c2', 'hikvision', 'warning'], ['c3', 'hikvision', 'warning']])
    for (const f of findings) {
      expect(f.evidence.find((e) => e.method === 'oem')?.relation?.source.url, f.deviceId).toMatch(/^https:\/\//)
      expect(f.notes.join(' '), f.deviceId).toMatch(/weak evidence .* confirm the maker/)
    }
    const sarif = await runCli(['check', 'oem.csv', '-p', 'policy.yaml', '-f', 'sarif'], { cwd: dir })
    const messages = (JSON.parse(sarif.stdout).runs[0].results as { message: { text: string } }[]).map((r) => r.message.text)
    expect(messages[1]).toMatch(/oem "Annke" → hikvision \(annke sells IP cameras and NVRs made by hikvision; source: https:\/\/github\.com\/Supergiovane/)
  })

  it('identifies Meraki clients and Defender for IoT devices by their MACs, not again by the maker each tool read from the MAC', async () => {
    // Meraki's GET /networks/{networkId}/clients (its `manufacturer`, the Dashboard API's schema;
    // a sample in cradcli1/personal-id-system, Servers/README.md) and Defender for IoT's
    // /external/v1/devices (its `vendor`, "as defined in the MAC address": MicrosoftDocs/azure-docs,
    // articles/defender-for-iot/organizations). Read as declared, the camera weighed 0.9 on its MAC's
    // registry entry counted twice.
    const clients = [
      { id: 'k74272e', mac: 'c0:56:e3:11:22:33', description: 'cam-lobby', ip: '192.0.2.21', manufacturer: 'Hangzhou Hikvision Digital Technology', os: null, recentDeviceSerial: 'Q234-ABCD-5678', recentDeviceName: 'My AP', recentDeviceMac: '00:18:0a:00:00:01', status: 'Online' },
    ]
    const ot = [
      { sensorId: 7, zoneId: 1, siteId: 1, vendor: 'Hangzhou Hikvision Digital Technology', name: 'cam-gate', firmware: [], id: 81, macAddresses: ['c0:56:e3:00:00:09'], authorized: true, ipAddresses: ['10.4.14.110'], engineeringStation: false, type: 'IP Camera', operatingSystem: null, protocols: [], scanner: false },
    ]
    const dir = await testdir({ 'clients.json': JSON.stringify(clients, null, 2), 'devices.json': JSON.stringify(ot) })
    for (const file of ['clients.json', 'devices.json']) {
      const run = await runCli(['identify', file, '-f', 'json'], { cwd: dir })
      expect(run.status, run.stderr).toBe(0)
      const rows = JSON.parse(run.stdout) as { group: string; confidence: number; evidence: { method: string }[] }[]
      expect(rows.map((r) => [r.group, r.confidence, r.evidence.map((e) => e.method)]), file).toEqual([['hikvision', 0.75, ['oui']]])
    }
  })

  it('unmasks operator-branded LTE routers and a Lorex DVR declared by brand and model only, and leaves the brands\' other products alone', async () => {
    // The GigaCube MF289F is ZTE's (OpenWrt PR #10710, the port of the device), the DreiTube is ZTE's MF282 Plus and
    // the "3 HuiTube" its MF282 (OpenWrt PR #13482, OpenWrt forum topic 157177). Vodafone Stations
    // are Sercomm's or Technicolor's (chemelli74/aiovodafone's backends), GigaCubes of other makers exist.
    // Telstra's E8372h-320 is Huawei's (uavpal/disco4g issue #87); Lorex's LHV1004 DVR answers
    // Dahua's API (homebridge-dahua-alerts' README).
    const csv = 'name,manufacturer,model\ncube,Vodafone,GigaCube MF289F\ntube,Drei,MF282 Plus\nhui,Drei,HuiTube\nbare,Vodafone,GigaCube\nstation,Vodafone,Vodafone Station\nstick,Telstra,E8372h-320\ndvr,Lorex,LHV1004\n'
    const dir = await testdir({ 'cpe.csv': csv, 'policy.yaml': POLICY })
    const run = await runCli(['identify', 'cpe.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; group: string; confidence: number; conflicts: { kind: string; text: string }[] }[]
    expect(rows.map((r) => [r.id, r.group, r.confidence])).toEqual([
      ['cube', 'zte', 0.82], ['tube', 'zte', 0.82], ['hui', 'zte', 0.4], ['bare', 'vodafone', 0.6], ['station', 'vodafone', 0.6], ['stick', 'huawei', 0.82],
      ['dvr', 'dahua', 0.4],
    ])
    expect(rows[5]!.conflicts.find((c) => c.kind === 'oem_rebrand')!.text).toMatch(/^declared Telstra; model number says Huawei Technologies \(known OEM\/rebrand: Telstra sells E8372h-320/)
    expect(rows[0]!.conflicts.find((c) => c.kind === 'oem_rebrand')!.text)
      .toMatch(/^declared Vodafone; model number says ZTE Corporation \(known OEM\/rebrand: Vodafone sells GigaCube MF289F LTE home router made by ZTE Corporation; source: OpenWrt pull request #10710, "ipq40xx: Add ZTE MF289F": "a 4G Cat\.20 router used by Vodafone Italy .* \(called GigaCube\)"/)
    const table = await runCli(['identify', 'cpe.csv', '-f', 'table'], { cwd: dir })
    expect(table.stdout).toMatch(/hui +zte +zte +0\.40 +drei: declared "Drei", OEM: "Drei" sells HuiTube \(MF282\) and DreiTube \(MF282 Plus\) LTE routers/)
  })

  it('names the covered maker of a Drei 3Pocket, a Portuguese Vodafone Station, Vodafone\'s R-series hotspots, EmpireTech\'s Dahua doorbell and RCA\'s Hikvision doorbell, and leaves the brands\' other models theirs', async () => {
    // Rayhunter's device page (the 3Pocket is a rebranded ZTE MF920V), aiovodafone PR #591 (PT Vodafone's
    // HG8247B7-8N), rroller/dahua issue #308 (EmpireTech DB2X-WP, a rebranded Dahua VTO2311R-WP), IPCamTalk's
    // RCA HSDB2A thread (Hikvision's board and firmware file names).
    const csv = 'name,manufacturer,model,role\npocket,Drei,3Pocket,cpe\nneo,Drei,Neo 5G,cpe\nont,Vodafone,HG8247B7-8N,cpe\nstation,Vodafone,Vodafone Station,cpe\n' +
      'bell,EmpireTech,DB2X-WP,camera\nswitch,EmpireTech,PFS3008-8ET-96,access\nrca,RCA,HSDB2A,camera\ntablet,RCA,RCT6873W42,other\n' +
      // Vodafone's R216 and R206-Z by USB_ModeSwitch's data (Huawei's 12d1, ZTE's 19d2); a Dell R210 is a server.
      'mifi,Vodafone,R216,cpe\nmifiz,Vodafone,R206-Z,cpe\nserver,Dell,R210,server\n' +
      // The brand written into the model, as an inventory without a manufacturer column has it.
      'inline,,Drei 3Pocket,cpe\n'
    const dir = await testdir({ 'brands.csv': csv })
    const run = await runCli(['identify', 'brands.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; group: string; confidence: number; evidence: { method: string; relation?: { source: { url: string } } }[]; conflicts: { kind: string; text: string }[] }[]
    expect(rows.map((r) => [r.id, r.group, r.confidence])).toEqual([
      ['pocket', 'zte', 0.4], ['neo', 'drei', 0.6], ['ont', 'huawei', 0.82], ['station', 'vodafone', 0.6],
      ['bell', 'dahua', 0.4], ['switch', 'empiretech', 0.6], ['rca', 'hikvision', 0.4], ['tablet', 'rca', 0.6],
      ['mifi', 'huawei', 0.4], ['mifiz', 'zte', 0.4], ['server', 'dell', 0.6], ['inline', 'zte', 0.4],
    ])
    const source = (id: string) => rows.find((r) => r.id === id)!.evidence.find((e) => e.method === 'oem')?.relation?.source.url
    expect(source('pocket')).toMatch(/EFForg\/rayhunter\/blob\/[0-9a-f]{40}\/doc\/zte-mf920v\.md$/)
    expect(source('bell')).toBe('https://github.com/rroller/dahua/issues/308')
    expect(source('rca')).toMatch(/^https:\/\/ipcamtalk\.com\/threads\/new-rca-hsdb2a-3mp-doorbell-ip-camera\./)
    // The Huawei ONT under Vodafone's name is a known rebrand of this product, not only of Vodafone's others.
    expect(rows[2]!.conflicts.find((c) => c.kind === 'oem_rebrand')!.text).toMatch(/^declared Vodafone; model number says Huawei Technologies \(known OEM\/rebrand: Vodafone sells Vodafone Station of Vodafone Portugal, Huawei HG8247B7 ONT/)
  })

  it('names the covered maker of Russian operators\' modems (MegaFon, MTS), Vodafone\'s R216-Z and Lorex\'s 2K doorbell from an inventory\'s brand and model, and leaves the operators\' other makers\' models theirs', async () => {
    // kenshaw/hilink (MegaFon M150-2 = Huawei E3372h-153), ArchWiki (MegaFon M100-3 = ZTE MF823), RealEnder/imeigen's
    // table (MTS 835F and 8330FT ZTE's, 8212FT Huawei's; MegaFon MR150-6 and MTS 872FT of WeWins and Senseit),
    // cosote/R216-Z (Vodafone R216-Z = ZTE MF910), baudneo/dahuavto2mqtt (Lorex B451AJ among Dahua's VTOs).
    const csv = 'name,manufacturer,model,role\nmf1,MegaFon,M150-2,cpe\nmf2,MegaFon,M100-3,cpe\nmf3,MegaFon,MR150-6,cpe\n' +
      'mts1,MTS,835F,cpe\nmts2,\u041c\u0422\u0421,MTS 8330FT,cpe\nmts3,MTS,8212FT,cpe\nmts4,MTS,872FT,cpe\n' +
      'vf,Vodafone,R216-Z,cpe\nvf2,Vodafone,R218,cpe\nbell,Lorex,B451AJD,camera\ntester,MTS Systems,Landmark 370,other\n'
    const dir = await testdir({ 'ru.csv': csv })
    const run = await runCli(['identify', 'ru.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; group: string; confidence: number; evidence: { method: string; relation?: { source: { url: string } } }[] }[]
    expect(rows.map((r) => [r.id, r.group, r.confidence])).toEqual([
      ['mf1', 'huawei', 0.4], ['mf2', 'zte', 0.4], ['mf3', 'megafon', 0.6],
      ['mts1', 'zte', 0.4], ['mts2', 'zte', 0.4], ['mts3', 'huawei', 0.4], ['mts4', 'mts', 0.6],
      ['vf', 'zte', 0.4], ['vf2', 'zte', 0.4], ['bell', 'dahua', 0.4], ['tester', 'mts-systems', 0.6],
    ])
    const source = (id: string) => rows.find((r) => r.id === id)!.evidence.find((e) => e.method === 'oem')?.relation?.source.url
    expect(source('mf1')).toBe('https://github.com/kenshaw/hilink')
    expect(source('mts1')).toMatch(/^https:\/\/github\.com\/RealEnder\/imeigen\/blob\/[0-9a-f]{40}\/readme\.md$/)
    expect(source('vf')).toBe('https://github.com/cosote/R216-Z')
    expect(source('vf2')).toMatch(/^https:\/\/github\.com\/EFForg\/rayhunter\/blob\/[0-9a-f]{40}\/installer\/src\/zte\.rs$/)
    expect(source('bell')).toMatch(/^https:\/\/github\.com\/baudneo\/dahuavto2mqtt\//)
    const lookup = await runCli(['lookup', 'MTS 835F', 'MTS 872FT', 'MegaFon M150-2'], { cwd: dir })
    expect(lookup.stdout).toMatch(/^ {2}model "835F": in the scope of the relation with ZTE Corporation: a device declared MTS \(Mobile TeleSystems\) with this model is attributed to ZTE Corporation on the relation alone \(weak evidence, to confirm\)$/m)
    expect(lookup.stdout).toMatch(/^ {2}model "872FT": in the scope of no relation above by its model: a device declared MTS \(Mobile TeleSystems\) with this model stays MTS \(Mobile TeleSystems\)'s/m)
    expect(lookup.stdout).toMatch(/OEM relation: MegaFon sells M150-2 USB modem \(Huawei E3372h-153\) made by Huawei Technologies; source: kenshaw\/hilink/)
  })

  it('lookup of a brand and a model says whether an OEM relation holds the model, and that another model stays the brand\'s', async () => {
    const dir = await testdir({})
    const pocket = await runCli(['lookup', 'Drei 3Pocket'], { cwd: dir })
    expect(pocket.stdout).toMatch(/^ {2}model "3Pocket": in the scope of the relation with ZTE Corporation: a device declared Drei \(Hutchison Drei Austria\) with this model is attributed to ZTE Corporation on the relation alone \(weak evidence, to confirm\)$/m)
    // The maker's group and its lists, as for the device; the brand and model are columns, not a banner's words.
    expect(pocket.stdout).toMatch(/^ {2}groups: Drei \(Hutchison Drei Austria\) \(drei\), ZTE Corporation \(zte\)$/m)
    expect(pocket.stdout).toContain('on built-in list ndaa-889 as "ZTE Corporation"')
    expect(pocket.stdout).toMatch(/^ {2}name: the catalog knows it as Drei/m)
    expect(pocket.stdout).not.toContain('in a banner or a sysDescr')
    const router = await runCli(['lookup', 'TRENDnet TEW-827DRU'], { cwd: dir })
    expect(router.stdout).toMatch(/^ {2}model "TEW-827DRU": in the scope of no relation above by its model: a device declared TRENDnet with this model stays TRENDnet's/m)
    const lorex = await runCli(['lookup', 'Lorex LNR6100'], { cwd: dir })
    expect(lorex.stdout).toMatch(/stays Lorex Technology's, unless other evidence \(a MAC block, a banner\) names its maker, or its role \(camera\) is one a relation above covers$/m)
    const stick = await runCli(['lookup', 'Vodafone K5006-Z'], { cwd: dir })
    expect(stick.stdout).toMatch(/^ {2}model "K5006-Z": in the scope of the relation with ZTE Corporation: .* attributed to ZTE Corporation, which its model number names too \(above\)$/m)
    // A model number of the maker's own, under a brand none of whose relations holds it.
    const ont = await runCli(['lookup', 'Vodafone HG8245H'], { cwd: dir })
    expect(ont.stdout).toMatch(/^ {2}model "HG8245H": in the scope of no relation above, but its model number names Huawei Technologies \(above\), whose device it is whatever brand it is declared with$/m)
    const json = JSON.parse((await runCli(['lookup', 'RCA HSDB2A', '-f', 'json'], { cwd: dir })).stdout)
    expect(json).toMatchObject({ name: 'rca', brandModel: { model: 'HSDB2A', covering: [{ brand: 'rca', maker: 'hikvision' }] } })
  })

  it('lookup tells the brand a model number is sold under, its maker and the source', async () => {
    const run = await runCli(['lookup', 'K5006-Z'], { cwd: await testdir({}) })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('sold under the Vodafone brand, made by ZTE Corporation')
    expect(run.stdout).toMatch(/source: Linux kernel, drivers\/net\/usb\/qmi_wwan\.c/)
    expect(run.stdout).toContain('group: ZTE Corporation (zte)')
  })
})

describe('devices built by contract manufacturers', () => {
  // Real MA-L blocks: 00016C "FOXCONN" (Hon Hai), C45444 Quanta Computer Inc., F01B24 zte corporation.
  const CSV = 'id,role,manufacturer,model,macs\n' +
    'sw-core,access,Cisco,C9300-48P,00:01:6c:11:22:33\n' +
    'nb-17,other,HP,EliteBook 840 G8,c4:54:44:01:02:03\n' +
    'nb-18,other,Dell,,c4:54:44:01:02:04\n' +
    'cpe-9,cpe,Vodafone,MF286R,f0:1b:24:01:02:03\n'

  it('keeps a branded device its brand\'s, the builder listed, and still unmasks a covered maker', async () => {
    const dir = await testdir({ 'fleet.csv': CSV, 'policy.yaml': POLICY })
    const run = await runCli(['identify', 'fleet.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; group: string; confidence: number; conflicts: { kind: string }[]; evidence: { method: string; manufacturer: string; contractManufacturer?: boolean }[] }[]
    expect(rows.map((r) => [r.id, r.group, r.confidence, r.conflicts.map((c) => c.kind)])).toEqual([
      ['sw-core', 'cisco', 0.88, []],
      ['nb-17', 'hp-inc', 0.88, []],
      // A brand alone, with no model the catalog reads: the builder built it for that brand.
      ['nb-18', 'dell', 0.6, []],
      ['cpe-9', 'zte', 0.925, ['oem_rebrand']],
    ])
    expect(rows[0]!.evidence).toContainEqual({ method: 'oui', manufacturer: 'hon-hai', value: '00:01:6c:11:22:33', prefix: '00016C', registry: 'MA-L', organization: 'FOXCONN', contractManufacturer: true })
    const table = await runCli(['identify', 'fleet.csv', '-f', 'table'], { cwd: dir })
    expect(table.stdout).toMatch(/sw-core +cisco +cisco +0\.88 +declared "Cisco", model C9300-48P, hon-hai: MAC 00016C \(built by\)\n/)

    const check = await runCli(['check', 'fleet.csv', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status).toBe(1)
    expect((JSON.parse(check.stdout).findings as { deviceId: string; group: string }[]).map((f) => [f.deviceId, f.group])).toEqual([['cpe-9', 'zte']])
  })

  it('lookup says a contract manufacturer\'s block names who built a device another maker is declared for', async () => {
    const run = await runCli(['lookup', '00:01:6c:11:22:33'], { cwd: await testdir({}) })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('manufacturer: Hon Hai Precision Industry (Foxconn) (hon-hai)')
    expect(run.stdout).toContain('this block is of a contract manufacturer that builds devices for other brands')
    const json = await runCli(['lookup', '00:01:6c:11:22:33', '-f', 'json'], { cwd: await testdir({}) })
    expect(JSON.parse(json.stdout).contractManufacturer.url).toMatch(/^http:\/\/www\.itworld\.com\//)
    // A Cisco block is no contract manufacturer's.
    expect((await runCli(['lookup', 'e8:0a:b9:00:00:03'], { cwd: await testdir({}) })).stdout).not.toContain('contract manufacturer')
  })

  it('catalog manufacturers marks the contract manufacturers, with the source that says they build for other brands', async () => {
    const run = await runCli(['catalog', 'manufacturers'], { cwd: await testdir({}) })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^hon-hai +Hon Hai Precision Industry \(Foxconn\) \(TW\)\n +builds devices for other brands: .* — ITworld \(IDG News Service\): Foxconn builds products for many vendors.* <http:\/\/www\.itworld\.com\//m)
  })
})

describe('trustpath identify', () => {
  it('attributes each device with the JSON fields of the documentation', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    const run = await runCli(['identify', 'devices.csv', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[]
    // Juniper is Hewlett Packard Enterprise's since July 2025: an undated Juniper device is in HPE's group.
    expect(rows.map((r) => [r['id'], r['group']])).toEqual([['r1', 'huawei'], ['r2', 'hpe'], ['c1', 'dahua'], ['u1', null]])
    for (const r of rows) expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'manufacturer', 'group', 'confidence', 'evidence', 'conflicts']))
    const cam = rows[2] as { conflicts: { kind: string; declared: string; maker: string }[] }
    expect(cam.conflicts).toContainEqual(expect.objectContaining({ kind: 'oem_rebrand', declared: 'lorex', maker: 'dahua' }))
  })

  it('names in its help the web scans and saved configurations identify and check read', async () => {
    for (const command of ['identify', 'check']) {
      const help = (await runCli([command, '--help'], { cwd: await testdir({}) })).stdout.replace(/\s+/g, ' ')
      expect(help, command).toMatch(/httpx JSON or CSV, WhatWeb JSON or XML log, fingerprintx JSON/)
      expect(help, command).toMatch(/a saved configuration, one device a file \(RANCID's or Oxidized's files, a FortiGate backup, a RouterOS export, a running configuration\)/)
    }
  })

  it('names in its help the JSON fields of a device\'s recorded status', async () => {
    const run = await runCli(['identify', '--help'], { cwd: await testdir({}) })
    expect(run.stdout).toMatch(/JSON fields: id, name, status and lifecycle/)
  })

  it('gives the same output, summary and exit status with worker threads (--jobs 2)', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `r${i},rt-${i},core,${i % 2 ? 'Huawei' : 'Juniper'},,${i % 2 ? '00:e0:fc' : '28:8a:1c'}:00:00:01,,,`)
    rows.splice(700, 0, 'r5,again,core,Cisco,,,,,', 'bad,row')
    const dir = await testdir({ 'big.csv': `${CSV.split('\n')[0]}\n${rows.join('\n')}\n` })
    for (const format of ['json', 'csv']) {
      const one = await sameWithWorkers(['identify', 'big.csv', '-f', format], dir)
      expect(one.status).toBe(2)
      expect(one.stderr).toMatch(/2,000 devices: 2,000 attributed/)
    }
  })

  it('reads the header under a report\'s title lines, as one thread and with --jobs 2', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `sw${i};Huawei;S5735;00:e0:fc:00:01:${(i % 256).toString(16).padStart(2, '0')}`)
    const dir = await testdir({ 'export.csv': `Device inventory\nExported 2026-12-01 by admin\n\nHostname;Vendor;Model;MAC Address\n${rows.join('\n')}\n` })
    const run = await sameWithWorkers(['identify', 'export.csv', '-f', 'jsonl'], dir)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^export\.csv:1: warning: the lines above the header on line 4, from "Device inventory", are read as a title/)
    expect(run.stderr).toMatch(/300 devices: 300 attributed/)
  })

  it('tells apart devices that share a name in a CSV without an id column, as one thread and with --jobs 2', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `IPCamera,Hikvision,J${String(i).padStart(8, '0')},44:19:b6:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i % 256).toString(16).padStart(2, '0')}`)
    const dir = await testdir({ 'nodes.csv': `Node Name,Vendor,Serial Number,MAC Address\n${rows.join('\n')}\n` })
    const run = await sameWithWorkers(['identify', 'nodes.csv', '-f', 'jsonl'], dir)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^nodes\.csv:3: warning: device id "IPCamera" was already used at nodes\.csv:2 by another device \(their serial numbers differ\): this one is read as "IPCamera\/J00000001"\./m)
    expect(run.stderr).toMatch(/300 devices: 300 attributed/)
  })

  it('skips the header of each file joined into one, as one thread and with --jobs 2', async () => {
    const part = (k: number) => `Hostname,Vendor,MAC Address\n${Array.from({ length: 400 }, (_, i) => `sw${k}-${i},Huawei,00:e0:fc:00:0${k}:${(i % 256).toString(16).padStart(2, '0')}`).join('\n')}\n`
    const dir = await testdir({ 'all.csv': `${part(1)}${part(2)}${part(3)}` })
    const run = await sameWithWorkers(['identify', 'all.csv', '-f', 'jsonl'], dir)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^all\.csv:402: warning: this row repeats the header/m)
    expect(run.stderr).toMatch(/^all\.csv:803: warning: this row repeats the header/m)
    expect(run.stderr).toMatch(/1,200 devices: 1,200 attributed/)
  })

  it('reads objects pretty-printed one after another (jq without -c) named .jsonl, as one thread and with --jobs 2', async () => {
    const objects = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `sw-${i}`, manufacturer: 'Huawei', macs: ['00:e0:fc:00:00:01'] }, null, 2))
    const dir = await testdir({ 'devices.jsonl': `${objects.join('\n')}\n` })
    const run = await sameWithWorkers(['identify', 'devices.jsonl', '-f', 'jsonl'], dir)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^300 devices: 300 attributed/m)
  })

  it('reads a spreadsheet export whose lines end in a carriage return alone, with its empty rows, as one thread and with --jobs 2', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `r${i},rt-${i},core,Huawei,NE40E,00:e0:fc:00:00:01,,,`)
    const text = `${CSV.split('\n')[0]}\r${rows.join('\r')}\r,,,,,,,,\r,,,,,,,,\r`
    const dir = await testdir({ 'mac-export.csv': text })
    const run = await sameWithWorkers(['identify', 'mac-export.csv', '-f', 'jsonl'], dir)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^300 devices: 300 attributed/)
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).group)).toEqual(rows.map(() => 'huawei'))
    // A first line longer than the sample read to tell how lines end (64 KiB): still one thread.
    const wide = await testdir({ 'wide-export.csv': `${CSV.split('\n')[0]},${'x'.repeat(70_000)}\r${rows.map((r) => `${r},`).join('\r')}\r` })
    const wideRun = await sameWithWorkers(['identify', 'wide-export.csv', '-f', 'jsonl'], wide)
    expect(wideRun.status, wideRun.stderr).toBe(0)
    expect(wideRun.stderr).toMatch(/300 devices: 300 attributed/)
  })

  it('writes nothing to standard output when the inventory cannot be read', async () => {
    const dir = await testdir({ 'inventory/keep.txt': '', 'policy.yaml': POLICY })
    for (const args of [['identify', 'inventory', '-f', 'json'], ['check', 'inventory', '-p', 'policy.yaml', '-f', 'json']]) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args[0]).toBe(2)
      expect(run.stdout, args[0]).toBe('')
      // A directory is read as its files: here one that holds nothing.
      expect(run.stderr).toMatch(/^inventory\/keep\.txt: warning: skipped \(found in inventory\): it holds no devices/m)
      expect(run.stderr).toMatch(/^trustpath: inventory: the one file read holds no device\n\s*hint: Check that the exports or scans worked/m)
    }
    // A missing file is said in words, as for a policy or topology, not with the system's message.
    const missing = await runCli(['identify', 'nosuch.csv'], { cwd: dir })
    expect(missing.stderr).toMatch(/^trustpath: nosuch\.csv: cannot read the inventory: no such file\n\s*hint: Check the path/)
  })

  it('reads JSON Lines from standard input and writes JSON Lines when piped', async () => {
    const dir = await testdir({})
    const input = '{"id":"a","macs":["00:e0:fc:00:00:01"]}\n{"id":"b","snmp":{"sysObjectID":"1.3.6.1.4.1.3902.1"}}\n'
    const run = await runCli(['identify', '-', '--input-format', 'jsonl'], { cwd: dir, input })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).group)).toEqual(['huawei', 'zte'])
  })

  it('reports a malformed row with file and line, keeps the good rows, and exits 2', async () => {
    const dir = await testdir({ 'devices.csv': 'id,role,macs\nd1,core,00:e0:fc:00:00:01\nd2,"core,00:e0:fc:00:00:02\n' })
    const run = await runCli(['identify', 'devices.csv', '--format', 'jsonl'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/devices\.csv:3/)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
  })

  it('stops at the first malformed row with --strict and writes no output file', async () => {
    const dir = await testdir({ 'devices.csv': 'id,role\nd1,core\nd2,"core\n' })
    const run = await runCli(['identify', 'devices.csv', '--strict', '-o', 'out.jsonl'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/devices\.csv:3/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false)
  })

  it('skips a repeated device id with a warning, unless the check is turned off', async () => {
    const dir = await testdir({ 'devices.csv': 'id,role\nd1,core\nd1,core\n' })
    const run = await runCli(['identify', 'devices.csv', '-f', 'jsonl'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/devices\.csv:3: warning: device id "d1" was already used at devices\.csv:2/)
    const off = await runCli(['identify', 'devices.csv', '-f', 'jsonl', '--no-duplicate-check'], { cwd: dir })
    expect(off.stdout.trim().split('\n')).toHaveLength(2)
  })

  it('reads a CSV file named .jsonl as CSV, with one thread or two, and warns that the name says otherwise', async () => {
    const dir = await testdir({ 'devices.jsonl': CSV })
    const run = await sameWithWorkers(['identify', 'devices.jsonl', '-f', 'jsonl'], dir)
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).group)).toEqual(['huawei', 'hpe', 'dahua', null])
    expect(run.stderr).toMatch(/^devices\.jsonl:1: warning: the text does not start as JSON Lines \(\{\) does, as the file name says; it is read as CSV/)
  })

  it('reads a Nessus CSV export asked for as --input-format nessus, and refuses a plain CSV asked for as nmap once, with its line', async () => {
    const nessus = '"Plugin ID","CVE","CVSS v2.0 Base Score","Risk","Host","Protocol","Port","Name","Synopsis","Description","Solution","See Also","Plugin Output"\n' +
      '"10267","","","None","10.0.0.1","tcp","22","SSH Server Type and Version Information","","","n/a","","SSH version : SSH-2.0-HUAWEI-1.5"\n'
    const dir = await testdir({ 'export.txt': nessus, 'devices.txt': CSV })
    const read = await runCli(['identify', 'export.txt', '--input-format', 'nessus', '-f', 'jsonl'], { cwd: dir })
    expect(read.status, read.stderr).toBe(0)
    expect(JSON.parse(read.stdout)).toMatchObject({ id: '10.0.0.1', group: 'huawei' })
    const refused = await runCli(['identify', 'devices.txt', '--input-format', 'nmap', '-f', 'json'], { cwd: dir })
    expect(refused.status).toBe(2)
    expect(refused.stdout).toBe('[]\n')
    expect(refused.stderr.split('\n').filter((l) => /error/.test(l))).toEqual([
      'devices.txt:1: error: the text does not start as an nmap scan (its XML, or its normal or grepable output) does, which --input-format nmap asks for: it starts like CSV, and is not read. ' +
        'Leave --input-format out (the format is told from the content), or check that this is the file meant.',
      '1 input error, listed above; no device was read. Fix the input and run again.',
    ])
  })

  it('leaves the -o file as it was when errors refused every device, where a report of nothing replaced last week\'s', async () => {
    // Every row lacks its id: each is refused, and no device is read.
    const dir = await testdir({ 'bad.csv': 'id,manufacturer,model\n,Huawei,NE40E\n,ZTE,ZXR10\n', 'devices.csv': CSV, 'policy.yaml': POLICY,
      'findings.json': '{"last":"week"}\n', 'ids.csv': 'kept\n' })
    for (const args of [['-f', 'json'], ['-f', 'json', '-j', '2']]) {
      const check = await runCli(['check', 'bad.csv', '-p', 'policy.yaml', ...args, '-o', 'findings.json'], { cwd: dir })
      expect(check.status).toBe(2)
      expect(readFileSync(join(dir, 'findings.json'), 'utf8')).toBe('{"last":"week"}\n')
      expect(check.stderr).toContain('0 devices checked: 0 findings on 0 devices; nothing written to findings.json.')
    }
    const html = await runCli(['check', 'bad.csv', '-p', 'policy.yaml', '-f', 'html', '-o', 'report.html'], { cwd: dir })
    expect(html.status).toBe(2)
    expect(existsSync(join(dir, 'report.html'))).toBe(false)
    const identify = await runCli(['identify', 'bad.csv', '-f', 'csv', '-o', 'ids.csv'], { cwd: dir })
    expect(identify.status).toBe(2)
    expect(readFileSync(join(dir, 'ids.csv'), 'utf8')).toBe('kept\n')
    expect(identify.stderr).toContain('; nothing written to ids.csv')
    // A file with devices in it gives the report, which replaces the old one.
    const good = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '-f', 'json', '-o', 'findings.json'], { cwd: dir })
    expect(good.stderr).toContain('written to findings.json')
    expect(JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8')).findings.length).toBeGreaterThan(0)
  })

  it('refuses a policy or a topology given as the inventory with one error naming the option that takes it', async () => {
    const dir = await testdir({
      'policy.yaml': POLICY,
      'net.graphml': '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="undirected"><node id="a"/></graph></graphml>\n',
      'net.gml': 'graph [\n  node [ id 0 label "fra" ]\n  node [ id 1 label "ber" ]\n  edge [ source 0 target 1 ]\n]\n',
    })
    const policy = await runCli(['identify', 'policy.yaml'], { cwd: dir })
    expect(policy.status).toBe(2)
    expect(policy.stderr.trim().split('\n')).toEqual([
      'trustpath: policy.yaml: the inventory is a policy file, not an inventory',
      '  hint: A policy goes with -p (--policy) of trustpath check, exposure or plan (trustpath check INVENTORY -p policy.yaml); give an inventory here.',
    ])
    for (const file of ['net.graphml', 'net.gml']) {
      const topology = await runCli(['check', file, '-p', 'policy.yaml'], { cwd: dir })
      expect(topology.status).toBe(2)
      expect(topology.stdout).toBe('')
      expect(topology.stderr).toMatch(new RegExp(`^trustpath: ${file.replace('.', '\\.')}: the inventory is a topology in (GraphML|GML)\\b.*\\n  hint: A topology goes with -t \\(--topology\\)`))
      expect(topology.stderr.trim().split('\n')).toHaveLength(2)
    }
  })

  it('explains a missing file without a stack trace', async () => {
    const run = await runCli(['identify', 'nope.csv'], { cwd: await testdir({}) })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/nope\.csv/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('trustpath check', () => {
  it('exits 1 with findings and writes CSV with a header', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY })
    const run = await runCli(['check', 'devices.csv', '--policy', 'policy.yaml', '--format', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^device,/)
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['r1', 'c1'])
  })

  it("reads two routers' saved show version and display version as two devices, flags the Huawei one, and names the commands a file without device output holds", async () => {
    // rt-fra-01: NTC Templates' IOS show version of a Catalyst 4948E; pe-1: its VRP display version of an NE40E-X2-M8A.
    const log = readFileSync(new URL('../fixtures/cli/two-routers.log', import.meta.url), 'utf8')
    const dir = await testdir({ 'session.log': log, 'clock.txt': 'rt-fra-01#show clock\n*10:15:02.123 UTC Mon Mar 4 2024\n', 'policy.yaml': POLICY })
    const identify = await runCli(['identify', 'session.log', '-f', 'json'], { cwd: dir })
    expect(identify.status, identify.stderr).toBe(0)
    const rows = JSON.parse(identify.stdout) as { id: string; manufacturer: string | null }[]
    expect(rows.map((r) => [r.id, r.manufacturer])).toEqual([['rt-fra-01', 'cisco'], ['pe-1', 'huawei']])
    const check = await runCli(['check', '-', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'csv'], { cwd: dir, input: log })
    expect(check.status, check.stderr).toBe(1)
    expect(check.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['pe-1'])
    const none = await runCli(['identify', 'clock.txt'], { cwd: dir })
    expect(none.status).toBe(2)
    expect(none.stderr).toMatch(/clock\.txt: error: no device could be read from this command output: .*the file holds only "show clock"/)
  })

  it("finds the Huawei neighbour in a switch's saved show lldp neighbors detail, and names the line it cannot read", async () => {
    const table = `core-sw1#show lldp neighbors detail
------------------------------------------------
Local Intf: Gi1/0/1
Chassis id: 00e0.fc12.3456
Port id: GE0/0/24
Port Description: GigabitEthernet0/0/24
System Name: acc-fra-12

System Description:
S5735-S48T4X
Huawei Versatile Routing Platform Software
VRP (R) software, Version 5.170 (S5735 V200R022C00SPC500)

Time remaining: 109 seconds
System Capabilities: B,R
Enabled Capabilities: B,R
Management Addresses:
    IP: 10.40.0.12
Auto Negotiation - supported, enabled
Vlan ID: - not advertised

------------------------------------------------
Local Intf: Gi1/0/2
Chassis id: 5c83.8f12.0001
Port id: Ethernet1/1
Port Description: Ethernet1/1
System Name: spine-1

System Description:
Cisco Nexus Operating System (NX-OS) Software 9.3(8)

Time remaining: 97 seconds
System Capabilities: B, R
Enabled Capabilities: B, R
Management Addresses:
    IP: 10.99.2.1

Total entries displayed: 2

core-sw1#
`
    const dir = await testdir({ 'core-sw1-lldp.txt': table, 'policy.yaml': POLICY })
    const run = await runCli(['check', 'core-sw1-lldp.txt', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['acc-fra-12'])
    const identify = await runCli(['identify', '-', '-f', 'jsonl'], { cwd: dir, input: table })
    expect(identify.status, identify.stderr).toBe(0)
    const byId = Object.fromEntries(identify.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((a) => [a.id, a.manufacturer]))
    expect(byId).toEqual({ 'acc-fra-12': 'huawei', 'spine-1': 'cisco' })
    const bad = await testdir({ 'n.txt': table.replace('Time remaining: 97 seconds\n', 'Time remaining: 97 seconds\n}} pasted by mistake\n'), 'policy.yaml': POLICY })
    const broken = await runCli(['check', 'n.txt', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'csv'], { cwd: bad })
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(/n\.txt:33: error: this line is no part of a neighbour table: "}} pasted by mistake"/)
  })

  it('identifies the Huawei device of an ARP table (arp -a, ip neigh) with default --jobs, and names the entry it cannot read', async () => {
    // macOS arp -a: a Huawei gateway (00:e0:fc), a camera by name, a broadcast and an incomplete entry.
    const arp = `? (192.168.1.1) at 0:e0:fc:12:34:56 on en0 ifscope [ethernet]
cam-lobby.lan (192.168.1.64) at 28:8a:1c:0:0:1 on en0 ifscope [ethernet]
? (192.168.1.77) at (incomplete) on en0 ifscope [ethernet]
? (192.168.1.255) at ff:ff:ff:ff:ff:ff on en0 ifscope [ethernet]
`
    const dir = await testdir({ 'arp.txt': arp, 'policy.yaml': POLICY })
    const identify = await runCli(['identify', 'arp.txt', '-f', 'jsonl'], { cwd: dir })
    expect(identify.status, identify.stderr).toBe(0)
    const byId = Object.fromEntries(identify.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((a) => [a.id, a.manufacturer]))
    expect(byId).toEqual({ '192.168.1.1': 'huawei', '192.168.1.64': 'juniper' })
    const check = await runCli(['check', 'arp.txt', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'csv'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    expect(check.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['192.168.1.1'])
    const neigh = await runCli(['identify', '-', '-f', 'jsonl'], { cwd: dir, input: '192.168.1.1 dev eth0 lladdr 00:e0:fc:12:34:56 REACHABLE\n' })
    expect(neigh.status, neigh.stderr).toBe(0)
    expect(JSON.parse(neigh.stdout)).toMatchObject({ id: '192.168.1.1', manufacturer: 'huawei' })
    const bad = await testdir({ 'arp.txt': 'Interface: 192.168.1.23 --- 0x7\n  Internet Address      Physical Address      Type\n  192.168.1.1           00-e0-fc-12-34-56     dynamic\n  192.168.1.2           00-e0-fc-12     dynamic\n', 'policy.yaml': POLICY })
    const broken = await runCli(['check', 'arp.txt', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'csv'], { cwd: bad })
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(/arp\.txt:4: error: this entry of an address table has no MAC address that can be read: "192\.168\.1\.2 /)
    expect(broken.stdout).toMatch(/^192\.168\.1\.1,/m)
  })

  it('gives the same output and diagnostics with worker threads (--jobs 2)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => i % 3 === 0
      ? `r${i},rt-${i},core,Huawei,NE40E-X8,00:e0:fc:00:${String(i % 90).padStart(2, '0')}:01,1.3.6.1.4.1.2011.2.62,"Huawei Versatile Routing Platform Software, VRP",SSH-2.0-HUAWEI-1.5`
      : `r${i},sw-${i},access,Juniper,EX4300,28:8a:1c:00:00:01,,,`)
    // Malformed rows of every kind, spread over the file: a repeated id (also with a bad role, whose
    // own diagnostic comes first), too few fields, a stray quote, a quoted field over two lines, a
    // blank line, and a row far past the first 256k characters the main thread reads at once.
    rows.splice(1500, 0, 'r3,again,core,Cisco,,,,,', 'r-bad,too,few', 'r6,dup,toaster,Huawei,,,,,', 'r-stray,a"b,core,Huawei,,,,,',
      'r-multi,two-lines,core,Huawei,,,,"Huawei Versatile Routing Platform\nSoftware, VRP",', '')
    rows.push('r9,late-again,core,Huawei,,,,,', 'r-last,no-newline-after-this,core,Huawei,,,,,')
    const dir = await testdir({ 'big.csv': `${CSV.split('\n')[0]}\n${rows.join('\n')}`, 'policy.yaml': POLICY })
    const one = await sameWithWorkers(['check', 'big.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'sarif'], dir)
    expect(one.status).toBe(2)
    expect(one.stderr).toMatch(/big\.csv:1502: warning: device id "r3"/)
    expect(one.stderr).toMatch(/big\.csv:1504: error: .*role[\s\S]*big\.csv:1504: warning: device id "r6"/)
    expect(one.stderr).toMatch(/big\.csv:1505: error: .*quote/)
    // The table too, with its blank line before the summary.
    const table = await sameWithWorkers(['check', 'big.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'table'], dir)
    expect(table.stdout).toMatch(/\n\n\d[\d,]* devices checked/)
  })

  it('refuses a spreadsheet export of a header and empty rows only with worker threads as with one, writing nothing', async () => {
    // More than the 64 KiB read at the start, so that the workers start and find no device.
    const dir = await testdir({ 'empty-rows.csv': `${CSV.split('\n')[0]}\n${',,,,,,,,\n'.repeat(10_000)}`, 'policy.yaml': POLICY })
    for (const args of [['identify', 'empty-rows.csv', '-f', 'json'], ['check', 'empty-rows.csv', '-p', 'policy.yaml', '-f', 'sarif']]) {
      const run = await sameWithWorkers(args, dir)
      expect([run.status, run.stdout]).toEqual([2, ''])
      expect(run.stderr).toMatch(/holds no devices/)
      expect((await runCli([...args, '--jobs', '2', '-o', 'out.json'], { cwd: dir })).status).toBe(2)
      expect(existsSync(join(dir, 'out.json'))).toBe(false)
    }
  })

  it('reads a spreadsheet\'s ";"-separated inventory, also with worker threads', async () => {
    const semi = `\ufeff${CSV.replaceAll(',', ';').replaceAll('\n', '\r\n')}`
    const dir = await testdir({ 'devices.csv': semi, 'policy.yaml': POLICY })
    const one = await sameWithWorkers(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'csv'], dir)
    expect(one.status, one.stderr).toBe(1)
    expect(one.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['r1', 'c1'])
  })

  it('reads JSON Lines with worker threads too, with the same output and diagnostics', async () => {
    const lines = Array.from({ length: 1500 }, (_, i) => i === 700 ? '{"id": "r1"' : `{"id":"r${i % 1400}","role":"core","manufacturer":"${i % 2 ? 'Huawei' : 'Juniper'}"}`)
    const dir = await testdir({ 'devices.jsonl': `${lines.join('\n')}\n`, 'policy.yaml': POLICY })
    const one = await sameWithWorkers(['check', 'devices.jsonl', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'json'], dir)
    expect(one.status).toBe(2)
    expect(one.stderr).toMatch(/devices\.jsonl:701:12: error[\s\S]*devices\.jsonl:1401: warning: device id "r0" was already used at devices\.jsonl:1/)
  })

  it('finds repeated ids the same way with worker threads when the id comes from a second id column', async () => {
    const dir = await testdir({ 'devices.csv': 'id,asset_id,name,manufacturer\n,a1,x,Huawei\nb2,,y,Huawei\n,a1,z,Huawei\n', 'policy.yaml': POLICY })
    const one = await sameWithWorkers(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'csv'], dir)
    expect(one.stderr).toMatch(/devices\.csv:4: warning: device id "a1" was already used at devices\.csv:2/)
  })

  it('draws geofences around the sites of a --sites file', async () => {
    const dir = await testdir({
      'sites.csv': 'id,kind,lat,lon\nbase,military-base,50.0,8.0\n',
      'devices.csv': 'id,role,manufacturer,lat,lon\nnear,core,Huawei,50.01,8.01\nfar,core,Huawei,51,9\n',
      'policy.yaml': 'version: 1\nrules:\n  - { id: zone, lists: [ndaa-889], scope: { near: { kind: military-base, km: 5 } }, effect: prohibit }\n',
    })
    const run = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--sites', 'sites.csv', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout).findings.map((f: { deviceId: string }) => f.deviceId)).toEqual(['near'])
  })

  it('warns that devices whose site the --sites file lacks were taken as outside a geofence, with one thread or two', async () => {
    // Two Huawei routers at sites the table places, one 1 km from the base; one at a depot it does not list.
    const dir = await testdir({
      'sites.csv': 'id,kind,lat,lon\nbase,military-base,50.0,8.0\npop-1,pop,50.009,8.0\npop-2,pop,51,9\n',
      'devices.csv': 'id,site,manufacturer\nr1,pop-1,Huawei\nr2,pop-2,Huawei\nr3,depot-7,Huawei\n',
      'policy.yaml': 'version: 1\nrules:\n  - { id: zone, lists: [ndaa-889], scope: { near: { kind: military-base, km: 5 } }, effect: prohibit }\n',
    })
    const run = await sameWithWorkers(['check', 'devices.csv', '-p', 'policy.yaml', '--sites', 'sites.csv', '-f', 'csv'], dir)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('r1')
    expect(run.stdout).not.toContain('r3')
    expect(run.stderr).toContain('policy.yaml:3:5 (rules[0].scope.near): warning: rule "zone": some devices of its lists\' makers in its scope have no position')
    expect(run.stderr).toContain('taken as outside the 5 km zone around sites of kind "military-base" without being measured')
  })

  it('writes a self-contained HTML report of the attributions and findings', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY })
    const run = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '-f', 'html', '-o', 'report.html'], { cwd: dir })
    expect(run.status).toBe(1)
    const html = readFileSync(join(dir, 'report.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('s889-ban')
    expect(html).toContain('rt-fra-01')
    expect(html).not.toMatch(/<script src=|<link [^>]*href="http/)
    expect(run.stderr).toMatch(/^\d+ devices checked: \d+ findings on \d+ devices; written to report\.html\.$/m)
  })

  it('exits 0 when nothing breaks the policy', async () => {
    const dir = await testdir({ 'devices.csv': 'id,manufacturer\nx,Juniper\n', 'policy.yaml': POLICY })
    const run = await runCli(['check', 'devices.csv', '--policy', 'policy.yaml', '--format', 'json'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).findings).toEqual([])
  })

  it('reports a bad policy with file and line and exits 2', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': 'version: 1\nrules:\n  - id: x\n    lists: [ndaa-889]\n    effect: ban\n' })
    const run = await runCli(['check', 'devices.csv', '--policy', 'policy.yaml'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/policy\.yaml:5/)
  })

  it('rejects a --now that is not a date', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY })
    const run = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-02-30'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/--now/)
  })
})

describe('an SNMP walk as the inventory', () => {
  // A loop of `snmpwalk -v2c -c public $h system` over two hosts, saved as one file, MIBs loaded.
  const WALKS = `SNMPv2-MIB::sysDescr.0 = STRING: S5720-28X-PWR-SI-AC
Huawei Versatile Routing Platform Software
 VRP (R) software,Version 5.170 (S5720 V200R011C10SPC600)
 Copyright (C) 2000-2018 HUAWEI TECH Co., Ltd.
SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2011.2.23.420
DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (1512345600) 175 days, 0:57:36.00
SNMPv2-MIB::sysName.0 = STRING: sw-fra-access-07
SNMPv2-MIB::sysDescr.0 = STRING: Juniper Networks, Inc. ex4300-48t Ethernet Switch, kernel JUNOS 21.4R3
SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2636.1.1.1.2.63
SNMPv2-MIB::sysName.0 = STRING: sw-fra-core-01
`

  it('finds the Huawei switch with check and names the file and line of a line that is no walk line', async () => {
    const dir = await testdir({ 'walks.txt': WALKS, 'bad.txt': WALKS.replace('0:57:36.00\n', '0:57:36.00\nswitch 3 did not answer\n'), 'policy.yaml': POLICY })
    const run = await runCli(['check', 'walks.txt', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(JSON.parse(run.stdout).findings.map((f: { deviceId: string }) => f.deviceId)).toEqual(['sw-fra-access-07'])
    const bad = await runCli(['check', 'bad.txt', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/bad\.txt:7: error: "switch 3 did not answer" is not a line of an SNMP walk/)
    const piped = await runCli(['identify', '-', '-f', 'json'], { cwd: dir, input: WALKS })
    expect(JSON.parse(piped.stdout).map((a: { group?: string }) => a.group ?? null)).toEqual(['huawei', 'hpe'])
  })
})

describe('counts in messages', () => {
  const ONE = 'id,name,role,manufacturer,model,macs\nr1,rt-fra-01,core,Huawei,NE40E-X8,00:e0:fc:12:34:56\n'

  it('says "1 device" and "1 finding", not "1 devices" and "1 findings"', async () => {
    const dir = await testdir({ 'devices.csv': ONE, 'policy.yaml': POLICY })
    const check = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.stderr).toMatch(/^1 device checked: 1 finding on 1 device\.$/m)
    const table = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '-f', 'table'], { cwd: dir })
    expect(table.stdout).toMatch(/^1 device checked: 1 finding on 1 device \(1 error, 0 warnings, 0 notes\)\.$/m)
    // The row names the maker by its slug and its strongest evidence in few words.
    expect(table.stdout).toMatch(/^error +\S+ +r1 +huawei +huawei +\S+ +0\.97 +MAC 00E0FC, model NE40E-X8, declared "Huawei"$/m)
    const identify = await runCli(['identify', 'devices.csv', '-f', 'json'], { cwd: dir })
    expect(identify.stderr).toMatch(/^1 device: 1 attributed, 0 unknown, 0 with conflicts/m)
  })

  it('says "1 input error" for a single bad row', async () => {
    const dir = await testdir({ 'devices.csv': `${ONE}r1,dup,core,Huawei,NE40E-X8,"unclosed\n` })
    const run = await runCli(['identify', 'devices.csv', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^1 input error, listed above;/m)
  })
})

describe('a scan report that lists no host', () => {
  // Cuts of real reports of scans that found nothing: Greenbone's (its <hosts> count 0, an empty
  // <results>) and a Qualys scan report of no host (DefectDojo's unittests/scans/openvas/no_vuln.xml
  // and unittests/scans/qualys/empty.xml).
  const GREENBONE = '<?xml version="1.0" ?>\n<report id="0615f30d-1f0c-4a17-bb0d-5a1015b93299" extension="xml" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" content_type="text/xml">\n' +
    '  <name>HP-scan</name>\n  <report id="b44c0ad2-2d97-4e07-afe5-51c5b8f3cbbe">\n    <scan_run_status>Done</scan_run_status>\n    <hosts>\n      <count>0</count>\n    </hosts>\n' +
    '    <results start="1" max="-1"/>\n  </report>\n</report>\n'
  const QUALYS = '<?xml version="1.0" encoding="UTF-8" ?>\n\n<!DOCTYPE ASSET_DATA_REPORT SYSTEM "https://qualysguard.qualys.eu/asset_data_report.dtd">\n<ASSET_DATA_REPORT>\n  <HEADER>\n' +
    '    <RISK_SCORE_SUMMARY>\n      <TOTAL_VULNERABILITIES>0</TOTAL_VULNERABILITIES>\n    </RISK_SCORE_SUMMARY>\n  </HEADER>\n</ASSET_DATA_REPORT>\n'

  it('says what it was read as, not that it is an empty file or a header line, and writes nothing', async () => {
    const dir = await testdir({ 'greenbone.xml': GREENBONE, 'qualys.xml': QUALYS })
    for (const [name, readAs] of [['greenbone.xml', 'the XML of a Greenbone (OpenVAS, GVM) report'], ['qualys.xml', 'Qualys results as XML']] as const) {
      const run = await runCli(['identify', name, '-f', 'csv'], { cwd: dir })
      expect(run.status, name).toBe(2)
      expect(run.stdout, name).toBe('')
      expect(run.stderr, name).toMatch(new RegExp(`^trustpath: ${name.replace('.', '\\.')}: the inventory holds no devices: read as ${readAs.replace(/[()]/g, '\\$&')} \\(.*\\), it lists none\\n  hint: Check that the scan or export found devices`))
      expect(run.stderr, name).not.toMatch(/header line/)
    }
  })
})

describe('an inventory refused at its start', () => {
  const ONE = 'id,name,role,manufacturer,model,macs\nr1,rt-fra-01,core,Huawei,NE40E-X8,00:e0:fc:12:34:56\n'
  // The first bytes of each kind of file: gzip cut short or damaged (whatever its name), a zip
  // local file header (an .xlsx), bytes of no text, a walk printed with -Ov, a header without rows, nothing.
  const FILES: Record<string, [string | Uint8Array, RegExp]> = {
    'inv.csv.gz': [gzipSync(ONE).subarray(0, 30), /the inventory is a gzip file that cannot be decompressed: it ends before its compressed data does/],
    'gz.csv': [Buffer.concat([gzipSync(ONE).subarray(0, 12), Buffer.alloc(40, 0xff)]), /the inventory is a gzip file that cannot be decompressed: its compressed data is damaged/],
    'book.csv': [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]), /the inventory is a zip archive/],
    'bin.csv': [new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)), /the inventory is binary data/],
    'walk.csv': ['STRING: Huawei Versatile Routing Platform Software\nOID: SNMPv2-SMI::enterprises.2011.2.23.420\n', /snmpwalk output printed with -Ov/],
    'header.csv': ['id,name,manufacturer\n', /the inventory holds no devices/],
    'empty.csv': ['', /the inventory holds no devices/],
  }

  it('writes nothing to standard output, with one thread or two, in every format', async () => {
    const dir = await testdir({ ...Object.fromEntries(Object.entries(FILES).map(([name, [contents]]) => [name, contents])), 'policy.yaml': POLICY })
    for (const [name, [, error]] of [...Object.entries(FILES), ['missing.csv', ['', /cannot read the inventory/]] as const]) {
      for (const args of [['identify', name, '-f', 'csv'], ['check', name, '-p', 'policy.yaml', '-f', 'table'], ['check', name, '-p', 'policy.yaml', '-f', 'json']]) {
        for (const jobs of ['1', '2']) {
          const run = await runCli([...args, '--jobs', jobs], { cwd: dir })
          const what = `${args.join(' ')} --jobs ${jobs}`
          expect(run.status, what).toBe(2)
          expect(run.stdout, what).toBe('')
          expect(run.stderr, what).toMatch(error)
        }
      }
    }
  }, 180_000)

  it('leaves no -o file behind, and reads a UTF-16 inventory', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...ONE].flatMap((c) => [c.charCodeAt(0), 0])])
    const dir = await testdir({ 'inv.csv.gz': gzipSync(ONE).subarray(0, 30), 'header.csv': 'id,name\n', 'u16.csv': utf16 })
    for (const name of ['inv.csv.gz', 'header.csv']) {
      const run = await runCli(['identify', name, '-f', 'csv', '-o', 'out.csv'], { cwd: dir })
      expect(run.status).toBe(2)
      expect(existsSync(join(dir, 'out.csv'))).toBe(false)
    }
    const run = await runCli(['identify', 'u16.csv', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^r1,rt-fra-01,huawei/m)
  })

  it('identifies the makers a CSV saved by Excel on a Chinese Windows (GBK) names in Chinese', async () => {
    // "id,name,manufacturer" and three devices whose makers are written as their legal names in
    // Chinese (Huawei, Dahua, ZTE), as GBK bytes (made with a converter).
    const gbk = Buffer.from('aWQsbmFtZSxtYW51ZmFjdHVyZXIKZDEsusvQxMK308nG9yy7qs6qvLzK9dPQz965q8u+CmQyLMnjz/HNtyzV472ttPO7qry8yvW5ybfd09DP3rmry74KZDMsvdPI6727u7u7+izW0NDLzajRtrnJt93T0M/euavLvgo=', 'base64')
    const dir = await testdir({ 'assets.csv': gbk })
    const run = await runCli(['identify', 'assets.csv', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.split('\n').slice(1, 4).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      'd1,核心路由器,huawei,huawei', 'd2,摄像头,dahua,dahua', 'd3,接入交换机,zte,zte',
    ])
  })

  it('reads a --sites file Excel saved on a Japanese Windows (Shift_JIS): its site ids match the inventory\'s', async () => {
    // "id,name,kind,lat,lon" and four sites around Yokota (横田) written in Japanese, as Shift_JIS
    // bytes (made with a converter): the air base (kind 基地), the embassy, and two operator
    // buildings, 福生駅 about 2 km from the base and 八王子 about 12 km.
    const sites = Buffer.from('aWQsbmFtZSxraW5kLGxhdCxsb24KiaGTYyyJoZNjlPKNc4/qLIrukm4sMzUuNzQ4NSwxMzkuMzQ4NQqTjIuekeWOZ4rZLI3dk/qVxI2RkeWOZ4rZLJHljmeK2SwzNS42Njg0LDEzOS43NDM2CpWfkLaJdyyVn5C2iXeRT4vHjsksi8eOySwzNS43NDI0LDEzOS4zMjcxCpSqiaSOcSyUqomkjnGDZoFbg16DWoOTg16BWyyLx47JLDM1LjY2NjQsMTM5LjMxNjAK', 'base64')
    const dir = await testdir({
      'sites.csv': sites,
      'inv.csv': 'id,site,manufacturer\nd1,福生駅,Huawei\nd2,八王子,Huawei\n',
      'policy.yaml': 'version: 1\nrules:\n  - id: base-zone\n    lists: [ndaa-889]\n    scope: { near: { kind: 基地, km: 5 } }\n    effect: prohibit\n',
    })
    const run = await runCli(['check', 'inv.csv', '-p', 'policy.yaml', '--sites', 'sites.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(JSON.parse(run.stdout).findings.map((f: { deviceId: string }) => f.deviceId)).toEqual(['d1'])
  })

  it('writes nothing, and leaves the -o file of an earlier run, when no device is read (a header naming no column a device is known by), with one thread or two', async () => {
    // The device column, unknown, is not the first (which would then name the devices).
    const rows = Array.from({ length: 200 }, (_, i) => `Huawei;NE40E-X8;rt-${i}`)
    const dir = await testdir({ 'export.csv': `Hersteller;Typ;Gerät\n${rows.join('\n')}\n`, 'policy.yaml': POLICY, 'findings.json': '{"findings": ["of last week"]}\n' })
    const run = await sameWithWorkers(['check', 'export.csv', '-p', 'policy.yaml', '-o', 'findings.json'], dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^export\.csv:1: error: missing column "id"/m)
    expect(run.stderr).toMatch(/^trustpath: export\.csv: no device can be read from the inventory: its header names no column a device is known by; nothing was written\n  hint: Fix the header as said above \(or give the file an id, name, MAC or serial number column\) and run again\.\n$/m)
    expect(readFileSync(join(dir, 'findings.json'), 'utf8')).toBe('{"findings": ["of last week"]}\n')
    expect(readdirSync(dir).sort()).toEqual(['export.csv', 'findings.json', 'policy.yaml'])
  })

  it('says why no device was read: the warnings of the lines it could not take come before the refusal', async () => {
    const dir = await testdir({ 'dhcpd.leases': 'lease 10.0.0.7 {\n  hardware ethernet 00:e0:fc:12:34;\n}\n' })
    const run = await runCli(['identify', 'dhcpd.leases'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^dhcpd\.leases:2: warning: "00:e0:fc:12:34" is not a MAC address[^\n]*\ntrustpath: dhcpd\.leases: the inventory holds no devices/)
  })
})

describe('a CycloneDX bill of materials as the inventory', () => {
  /** An HBOM of a gateway of another brand built on a HiSilicon SoC (JSON, 1.5). */
  const GATEWAY = JSON.stringify({
    $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json', bomFormat: 'CycloneDX', specVersion: '1.5', version: 1,
    metadata: {
      component: {
        type: 'device', 'bom-ref': 'gw-branch-7', name: 'AX-GW-200', supplier: { name: 'Acme Networks' },
        properties: [{ name: 'cdx:device:serialNumber', value: 'AX200-0042' }],
      },
    },
    components: [
      { type: 'device', name: 'Hi3798MV200', supplier: { name: 'HiSilicon Technologies Co., Ltd' }, properties: [{ name: 'cdx:device:function', value: 'SoC' }] },
      { type: 'device', name: 'RTL8211F', supplier: { name: 'Realtek' }, properties: [{ name: 'cdx:device:function', value: 'network' }] },
      { type: 'firmware', name: 'gw-os', version: '3.2.1' },
    ],
  }, null, 2)

  /** A camera's BOM in XML (1.4), its maker the supplier of the subject. */
  const CAMERA = `<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">
  <metadata>
    <component type="device" bom-ref="cam-gate-2">
      <supplier><name>Hangzhou Hikvision Digital Technology Co., Ltd.</name></supplier>
      <name>DS-2CD2T47G2-L</name>
      <properties><property name="cdx:device:macAddress">c0:56:e3:00:00:01</property></properties>
    </component>
  </metadata>
</bom>
`

  const COMPONENTS_POLICY = `version: 1
rules:
  - id: parts
    lists: [ndaa-889]
    match: components
    effect: flag
`

  it('attributes a camera to the maker its BOM names, and flags a device whose HBOM names a HiSilicon SoC', async () => {
    const dir = await testdir({ 'gateway.cdx.json': GATEWAY, 'camera.xml': CAMERA, 'policy.yaml': COMPONENTS_POLICY })
    const camera = await runCli(['identify', 'camera.xml', '-f', 'json'], { cwd: dir })
    expect(camera.status, camera.stderr).toBe(0)
    expect((JSON.parse(camera.stdout) as { id: string; group: string }[]).map((r) => [r.id, r.group])).toEqual([['cam-gate-2', 'hikvision']])

    const gateway = await runCli(['identify', 'gateway.cdx.json', '-f', 'json'], { cwd: dir })
    expect(gateway.status, gateway.stderr).toBe(0)
    const [row] = JSON.parse(gateway.stdout) as { id: string; componentGroups: string[] }[]
    expect(row!.id).toBe('gw-branch-7')
    expect(row!.componentGroups).toContain('huawei')

    const check = await runCli(['check', 'gateway.cdx.json', '--policy', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    const findings = JSON.parse(check.stdout).findings as { deviceId: string; rule: string }[]
    expect(findings.map((f) => [f.deviceId, f.rule])).toEqual([['gw-branch-7', 'parts']])
  })

  it('flags devices of other brands whose module or SoC is named by its model number alone', async () => {
    const inventory = [
      { id: 'rut-depot-1', manufacturer: 'Teltonika', model: 'RUT955', components: [{ model: 'ME909s-120', kind: 'modem' }] },
      { id: 'cam-yard-3', manufacturer: 'Axis', model: 'P1455-LE', components: [{ model: 'Hi3516CV300', kind: 'soc' }] },
      { id: 'rut-depot-2', manufacturer: 'Teltonika', model: 'RUTX11', components: [{ model: 'EG25-G', kind: 'modem' }] },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n'
    const dir = await testdir({ 'devices.jsonl': inventory, 'policy.yaml': COMPONENTS_POLICY })
    const check = await runCli(['check', 'devices.jsonl', '--policy', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    const findings = JSON.parse(check.stdout).findings as { deviceId: string; rule: string }[]
    expect(findings.map((f) => [f.deviceId, f.rule]).sort()).toEqual([['cam-yard-3', 'parts'], ['rut-depot-1', 'parts']])
  })

  it('refuses an SBOM that names no device, with the file and what to give instead', async () => {
    const dir = await testdir({ 'app.json': JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ type: 'library', name: 'zlib', version: '1.3' }] }) })
    const run = await runCli(['identify', 'app.json', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('app.json:1: error: the CycloneDX BOM describes no device')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('inventories from packet captures and spreadsheets', () => {
  // Wireshark's Statistics > Endpoints > Ethernet copied as CSV, with and without name resolution.
  const ENDPOINTS = 'Address,Packets,Bytes,Tx Packets,Tx Bytes,Rx Packets,Rx Bytes\n' +
    '"00:e0:fc:12:34:56",120,15000,60,8000,60,7000\n"ff:ff:ff:ff:ff:ff",30,1920,0,0,30,1920\n"28:8a:1c:00:00:01",50,6000,25,3000,25,3000\n'
  const RESOLVED = 'Address,Packets,Bytes,Tx Packets,Tx Bytes,Rx Packets,Rx Bytes\n' +
    '"HikvisionDig_00:00:07",120,15000,60,8000,60,7000\n"Broadcast",30,1920,0,0,30,1920\n"CiscoLinksys_00:00:02",5,600,2,300,3,300\n'
  // A sheet saved as CSV with its total row, and a MAC column holding EUI-64s.
  const SHEET = 'name,role,macs,ports\nrt-fra-01,core,00:e0:fc:ff:fe:12:34:56,8\nzb-gw-01,other,00:12:4b:00:01:02:03:04,1\nGrand Total,,,9\n'

  it('checks the MACs of an endpoint table, the short names of a resolved one, and a sheet with EUI-64s and a total row', async () => {
    const dir = await testdir({ 'endpoints.csv': ENDPOINTS, 'resolved.csv': RESOLVED, 'sheet.csv': SHEET, 'policy.yaml': POLICY })
    const check = await runCli(['check', 'endpoints.csv', '--policy', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    expect((JSON.parse(check.stdout).findings as { deviceId: string; group: string }[]).map((f) => [f.deviceId, f.group])).toEqual([['00:e0:fc:12:34:56', 'huawei']])

    expect(await attributions('resolved.csv', dir)).toEqual([['HikvisionDig_00:00:07', 'hikvision', 'hikvision'], ['CiscoLinksys_00:00:02', null, null]])
    const resolved = await runCli(['identify', 'resolved.csv', '-f', 'json'], { cwd: dir })
    expect(resolved.stderr).toContain('resolved.csv:2: warning: Wireshark wrote the Ethernet addresses with their makers\' short names ("HikvisionDig_00:00:07")')

    const sheet = await runCli(['check', 'sheet.csv', '--policy', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(sheet.status, sheet.stderr).toBe(1)
    expect((JSON.parse(sheet.stdout).findings as { deviceId: string }[]).map((f) => f.deviceId)).toEqual(['rt-fra-01'])
    expect(sheet.stderr).toContain('sheet.csv:3: warning: "00:12:4b:00:01:02:03:04" is an EUI-64 (8 octets), not a MAC address; it is not read as evidence')
    expect(sheet.stderr).toContain('sheet.csv:4: warning: this row, "Grand Total 9", is a spreadsheet\'s total, not a device: it is skipped.')
    expect(await attributions('sheet.csv', dir)).toEqual([['rt-fra-01', 'huawei', 'huawei'], ['zb-gw-01', null, null]])
  })

  it('checks each MAC of tshark\'s field output once, the same with worker threads asked for', async () => {
    const packets = 'frame.number,eth.src,eth.dst,ip.src,ip.dst\n' +
      Array.from({ length: 200 }, (_, i) => i % 2 === 0
        ? `${i + 1},"00:e0:fc:12:34:56","ff:ff:ff:ff:ff:ff","10.0.0.1","10.0.0.255"`
        : `${i + 1},"28:8a:1c:00:00:01","00:e0:fc:12:34:56","198.51.100.7","10.0.0.1"`).join('\n') + '\n'
    const dir = await testdir({ 'packets.csv': packets, 'policy.yaml': POLICY })
    const run = await sameWithWorkers(['check', 'packets.csv', '--policy', 'policy.yaml', '-f', 'json'], dir)
    expect(run.status, run.stderr).toBe(1)
    expect((JSON.parse(run.stdout).findings as { deviceId: string }[]).map((f) => f.deviceId)).toEqual(['00:e0:fc:12:34:56'])
    expect(run.stderr).toMatch(/^2 devices checked/m)
  })

  it('refuses Wireshark\'s Conversations table before writing anything, and names the table to save', async () => {
    const dir = await testdir({
      'conversations.csv': 'Address A,Address B,Packets,Bytes,Packets A → B,Bytes A → B,Packets B → A,Bytes B → A,Rel Start,Duration,Bits/s A → B,Bits/s B → A\n' +
        '"00:e0:fc:12:34:56","28:8a:1c:00:00:01",10,1000,5,500,5,500,0.000000,1.0000,4000,4000\n',
    })
    const run = await runCli(['identify', 'conversations.csv', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain("conversations.csv:1: the inventory is Wireshark's Conversations table")
    expect(run.stderr).toContain('Statistics > Endpoints')
  })
})

describe('Greenbone (OpenVAS, GVM) reports', () => {
  const REPORT = readFileSync(new URL('../fixtures/inventory/gvm-report.xml', import.meta.url), 'utf8')

  it('finds the Huawei router and the Hikvision camera of an XML report with check, and not the host the OS detection guessed', async () => {
    const dir = await testdir({ 'report.xml': REPORT, 'policy.yaml': POLICY })
    const check = await runCli(['check', 'report.xml', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    const findings = JSON.parse(check.stdout).findings as { deviceId: string; group: string; severity: string }[]
    // The camera's finding is a warning as ndaa-889 covers Hikvision by purpose, which a scan does not tell.
    expect(findings.map((f) => [f.deviceId, f.group, f.severity])).toEqual([['10.0.0.5', 'hikvision', 'warning'], ['10.0.0.1', 'huawei', 'error']])

    // The camera again, known only by the hardware CPE its detection registered (no MAC, no banner).
    const bare = REPORT.replace('<value>BC:AD:28:00:00:07</value>', '<value>02:00:00:00:00:07</value>').replace('Server: App-webs/', 'Server: webs')
    const identify = await runCli(['identify', '-', '-f', 'json'], { cwd: dir, input: bare })
    expect(identify.status, identify.stderr).toBe(0)
    expect((JSON.parse(identify.stdout) as { id: string; group?: string }[]).map((a) => [a.id, a.group ?? null]))
      .toEqual([['10.0.0.5', 'hikvision'], ['10.0.0.1', 'huawei'], ['10.0.0.9', null]])
  })
})

describe('Rapid7 Nexpose / InsightVM reports', () => {
  const REPORT = readFileSync(new URL('../fixtures/inventory/nexpose-report.xml', import.meta.url), 'utf8')

  it('finds the Huawei router and the Hikvision camera of an XML Export 2.0 report with check, and not the host only the OS fingerprint names', async () => {
    const dir = await testdir({ 'report.xml': REPORT, 'policy.yaml': POLICY })
    const check = await runCli(['check', 'report.xml', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    const findings = JSON.parse(check.stdout) as { findings: { deviceId: string; group: string; severity: string }[] }
    // The camera's finding is a warning as ndaa-889 covers Hikvision by purpose, which a scan does not tell.
    expect(findings.findings.map((f) => [f.deviceId, f.group, f.severity])).toEqual([['10.0.0.1', 'huawei', 'error'], ['10.0.0.5', 'hikvision', 'warning']])

    // A broken report is one error with the file and line, no stack trace.
    const broken = await runCli(['identify', '-'], { cwd: dir, input: REPORT.replace('</names>', '') })
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(/<stdin>:\d+: .*Rapid7 Nexpose or InsightVM report/)
    expect(broken.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('Qualys VMDR results', () => {
  const SCAN = readFileSync(new URL('../fixtures/inventory/qualys-scan.xml', import.meta.url), 'utf8')

  it('finds the Huawei router and the Hikvision camera of scan results with check, and not the host Qualys fingerprinted as Huawei', async () => {
    const dir = await testdir({ 'scan.xml': SCAN, 'policy.yaml': POLICY })
    const check = await runCli(['check', 'scan.xml', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    const findings = JSON.parse(check.stdout).findings as { deviceId: string; group: string; severity: string }[]
    expect(findings.map((f) => [f.deviceId, f.group, f.severity]).sort()).toEqual([['10.0.0.1', 'huawei', 'error'], ['10.0.0.5', 'hikvision', 'warning']])

    // The router again from standard input, known only by the SSH banner QID 38050 quotes (no MAC).
    const bare = SCAN.replace('NBTSTAT\t00:E0:FC:12:34:56', 'NBTSTAT\t02:00:00:00:00:01')
    expect(bare).not.toBe(SCAN)
    const identify = await runCli(['identify', '-', '-f', 'json'], { cwd: dir, input: bare })
    expect(identify.status, identify.stderr).toBe(0)
    expect((JSON.parse(identify.stdout) as { id: string; group?: string }[]).map((a) => [a.id, a.group ?? null]))
      .toEqual([['10.0.0.1', 'huawei'], ['10.0.0.5', 'hikvision'], ['10.0.0.9', null]])
  })

  it('reports a file cut short with the file and line, and no stack trace', async () => {
    const dir = await testdir({ 'scan.xml': SCAN.slice(0, SCAN.indexOf('</SCAN>')) })
    const run = await runCli(['identify', 'scan.xml', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/scan\.xml:\d+: error: .*Qualys results as XML/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})

describe("nmap's text outputs and masscan's list as the inventory", () => {
  const NORMAL = readFileSync(new URL('../fixtures/inventory/scan.nmap', import.meta.url), 'utf8')
  const GREPABLE = readFileSync(new URL('../fixtures/inventory/scan.gnmap', import.meta.url), 'utf8')

  it('finds the Huawei router and the Hikvision camera of scan.nmap with check, also named .csv with two threads, and reads -oG and -oL from standard input', async () => {
    const dir = await testdir({ 'scan.nmap': NORMAL, 'scan.csv': NORMAL, 'policy.yaml': POLICY })
    const check = await runCli(['check', 'scan.nmap', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    const findings = JSON.parse(check.stdout).findings as { deviceId: string; group: string; severity: string }[]
    // The camera's finding is a warning as ndaa-889 covers Hikvision by purpose, which a scan does not tell.
    // The router known only by the CPE of Service Info is weak evidence: a warning.
    expect(findings.map((f) => [f.deviceId, f.group, f.severity]).sort()).toEqual([['10.0.0.1', 'huawei', 'error'], ['10.0.0.2', 'huawei', 'warning'], ['10.0.0.5', 'hikvision', 'warning']])
    const named = await sameWithWorkers(['check', 'scan.csv', '-p', 'policy.yaml', '-f', 'json'], dir)
    expect(named.stdout).toBe(check.stdout)

    // The grepable output carries no MAC and no script output: the products -sV named are weak evidence.
    const grepable = await runCli(['identify', '-', '-f', 'json'], { cwd: dir, input: GREPABLE })
    expect(grepable.status, grepable.stderr).toBe(0)
    expect((JSON.parse(grepable.stdout) as { id: string; group?: string }[]).map((a) => [a.id, a.group ?? null])).toEqual([['10.0.0.1', 'huawei'], ['10.0.0.5', 'hikvision']])

    const list = await runCli(['identify', '-', '-f', 'json'], { cwd: dir, input: '#masscan\nopen tcp 22 10.0.0.1 1700000000\nbanner tcp 22 10.0.0.1 1700000001 ssh SSH-2.0-HUAWEI-1.5\nopen tcp 443 10.0.0.9 1700000002\nstray text\n# end\n' })
    expect(list.status).toBe(2)
    expect((JSON.parse(list.stdout) as { id: string; group?: string }[]).map((a) => [a.id, a.group ?? null])).toEqual([['10.0.0.1', 'huawei'], ['10.0.0.9', null]])
    expect(list.stderr).toMatch(/^<stdin>:5: error: "stray text" is not a line of this scan output/m)
    expect(list.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('output that cannot be written', () => {
  /** Runs the CLI with standard output redirected to `path` (as `> path` does), standard error captured. */
  function runRedirected(args: string[], cwd: string, path: string): Promise<{ status: number | null; stderr: string }> {
    const fd = openSync(path, 'w')
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', HOME: cwd, TRUSTPATH_HOME: `${cwd}/.trustpath` }, stdio: ['ignore', fd, 'pipe'] })
      let stderr = ''
      child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d })
      child.on('error', reject)
      child.on('close', (status) => {
        closeSync(fd)
        resolve({ status, stderr })
      })
    })
  }

  // /dev/full answers every write with ENOSPC, as a full disk does.
  it.skipIf(!existsSync('/dev/full'))('says the disk is full in one line, with exit 2, for -o and for a redirect of standard output', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `d${i},Huawei,00:e0:fc:00:${(i % 256).toString(16).padStart(2, '0')}:01`)
    const dir = await testdir({ 'devices.csv': `id,manufacturer,macs\n${rows.join('\n')}\n`, 'policy.yaml': POLICY })
    const runs = [
      await runCli(['identify', 'devices.csv', '-f', 'json', '-o', '/dev/full'], { cwd: dir }),
      await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '-f', 'sarif', '-o', '/dev/full', '-j', '2'], { cwd: dir }),
      await runRedirected(['identify', 'devices.csv', '-f', 'json'], dir, '/dev/full'),
      await runRedirected(['lookup', '00E0FC'], dir, '/dev/full'),
    ]
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(2)
      expect(run.stderr).toMatch(/^trustpath: cannot write (?:\/dev\/full|standard output): ENOSPC: no space left on device\n  hint: The disk is full: free some space or write elsewhere\.\n/)
      expect(run.stderr).not.toMatch(/internal error|    at /)
    }
  })

  it('says that -o names a directory, and how to fix it', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    mkdirSync(join(dir, 'out'))
    const run = await runCli(['identify', 'devices.csv', '-o', 'out'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('trustpath: cannot write out: EISDIR: illegal operation on a directory\n  hint: The path is a directory: give the name of a file in it.\n')
  })

  it('names a file that stands where a directory of -o should be as the user wrote the path, and no temporary file', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'results': 'an earlier result\n' })
    const run = await runCli(['identify', 'devices.csv', '-o', 'results/attributions.json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('trustpath: cannot write results/attributions.json: ENOTDIR: not a directory\n' +
      '  hint: A file stands where a directory of the path should be: choose another path, or move that file away.\n')
  })

  it('refuses demo -o naming a file before writing anything, since the demo writes a directory', async () => {
    const dir = await testdir({ 'report.json': '{}\n' })
    const run = await runCli(['demo', '-o', 'report.json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('trustpath: demo: -o report.json is a file: the demo writes its report and the files it used into a directory\n' +
      '  hint: Give the name of a directory, new or existing: trustpath demo -o demo-report.\n')
    expect(readdirSync(dir)).toEqual(['report.json'])
  })
})

describe('an Excel workbook as the inventory', () => {
  const { sheet, strings } = textSheet('Network', [
    ['Asset Name', 'Manufacturer', 'Model', 'MAC Address', 'Serial Number'],
    ['rt-fra-01', 'Huawei', 'NE40E-X8', '00:e0:fc:12:34:56', '2102351234'],
    ['sw-fra-02', 'Juniper', 'EX4300', '28:8a:1c:00:00:01', ''],
    ['', 'Cisco', '', '', ''],
  ])
  const cover = { name: 'Read me', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Exported from the asset register</t></is></c></row>' }
  const book = buildWorkbook({ sheets: [cover, sheet], strings })

  it('identifies its devices, from a file or standard input, saying which sheet it read and where rows are bad', async () => {
    const dir = await testdir({ 'assets.xlsx': book })
    const run = await runCli(['identify', 'assets.xlsx', '-f', 'csv', '-q'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout.split('\n').slice(1, 3).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['rt-fra-01,rt-fra-01,huawei', 'sw-fra-02,sw-fra-02,juniper'])
    expect(run.stderr).toContain('assets.xlsx:Network: warning: read the sheet "Network": the sheet before it ("Read me") is hidden or names no inventory column')
    expect(run.stderr).toContain('assets.xlsx:Network!4: error: field "name" has the value ""')
    const piped = await runCli(['identify', '-', '-f', 'csv', '-q', '--sheet', 'Network'], { cwd: dir, input: book })
    expect(piped.stdout).toBe(run.stdout)
    const other = await runCli(['identify', 'assets.xlsx', '--sheet', 'Cameras'], { cwd: dir })
    expect(other.status).not.toBe(0)
    expect(other.stderr).toContain('the workbook has no sheet "Cameras"')
    expect(other.stdout).toBe('')
  })

  it('warns once that --sheet is not used when the inventory is text, with one thread or two, and reads it', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    const run = await sameWithWorkers(['identify', 'devices.csv', '--sheet', 'Network', '-f', 'csv', '-q'], dir)
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['r1', 'r2', 'c1', 'u1'])
    expect(run.stderr).toBe('devices.csv: warning: --sheet "Network" is ignored: the inventory is text, not an Excel workbook (.xlsx, .xlsm), and is read as its content shows. ' +
      'Leave --sheet out, or check that this is the workbook meant.\n')
    const workbook = await runCli(['identify', '-', '--sheet', 'Network', '-f', 'csv', '-q'], { cwd: dir, input: book })
    expect(workbook.stderr).not.toContain('--sheet')
  })

  it('checks it against a policy', async () => {
    const dir = await testdir({ 'assets.xlsx': book, 'policy.yaml': POLICY })
    const run = await runCli(['check', 'assets.xlsx', '-p', 'policy.yaml', '-f', 'json', '-q'], { cwd: dir })
    // Exit 2: the fourth row has no name (reported above); the findings are still written.
    expect(run.status).toBe(2)
    const findings = JSON.parse(run.stdout).findings as { deviceId: string; group: string }[]
    expect(findings.map((f) => [f.deviceId, f.group])).toEqual([['rt-fra-01', 'huawei']])
  })
})

describe('an Excel workbook of one sheet per kind of device', () => {
  const switches = textSheet('Switches', [['Hostname', 'Manufacturer', 'Model'], ['sw-fra-01', 'Huawei', 'S5735-L24T4S-A1'], ['sw-fra-02', 'Juniper', 'EX4300']])
  const cameras = textSheet('Cameras', [['Hostname', 'Manufacturer', 'Model'], ['cam-gate-01', 'Hikvision', 'DS-2CD2143G2-I']])
  // Each sheet with its own strings, inline, so that the two need no shared table.
  const inline = (t: typeof switches) => ({ ...t.sheet, rows: t.sheet.rows.replace(/ t="s"><v>(\d+)<\/v>/g, (_, i: string) => ` t="inlineStr"><is><t>${t.strings[Number(i)]!}</t></is>`) })
  const book = buildWorkbook({ sheets: [inline(switches), inline(cameras)] })

  it('checks the devices of every sheet, says which sheets it read, and tells an id used again in another file where it was first', async () => {
    const dir = await testdir({ 'assets.xlsx': book, 'policy.yaml': POLICY, 'more.csv': 'id,manufacturer\ncam-gate-01,Hikvision\n' })
    const run = await runCli(['check', 'assets.xlsx', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const findings = JSON.parse(run.stdout).findings as { deviceId: string; group: string }[]
    expect(findings.map((f) => [f.deviceId, f.group])).toEqual([['sw-fra-01', 'huawei'], ['cam-gate-01', 'hikvision']])
    expect(run.stderr).toContain('assets.xlsx: info: read the 2 sheets "Switches", "Cameras" one after another')
    const both = await runCli(['identify', 'assets.xlsx', 'more.csv', '-f', 'csv', '-q'], { cwd: dir })
    expect(both.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['sw-fra-01', 'sw-fra-02', 'cam-gate-01'])
    expect(both.stderr).toContain("more.csv:2: warning: device id \"cam-gate-01\" was already used at assets.xlsx:Cameras!2: this file's lines of it are not read")
    // --sheet reads the one sheet named.
    const one = await runCli(['identify', 'assets.xlsx', '--sheet', 'Cameras', '-f', 'csv', '-q'], { cwd: dir })
    expect(one.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['cam-gate-01'])
  })
})

describe('a lifecycle status in the inventory', () => {
  // NetBox's device list as its CSV export writes it: the status by its label.
  const NETBOX = `Name,Status,Role,Manufacturer,Type
rt-fra-01,Active,core,Huawei,NE40E-X8
rt-fra-02,Decommissioning,core,Huawei,NE40E-X8
rt-old-03,Retired,core,Huawei,NE40E-X8
rt-new-04,Inventory,core,Huawei,NE40E-X8
rt-mx-05,Retired,core,Juniper,MX480
`
  const SCOPED = `version: 1
rules:
  - id: s889-ban
    lists: [ndaa-889]
    effect: prohibit
  - id: live-only
    lists: [ndaa-889]
    scope: { status: [in-service] }
    effect: flag
`

  it('still checks devices recorded as retired or in stock, says their status in each finding, and counts those findings in the summary', async () => {
    const dir = await testdir({ 'devices.csv': NETBOX, 'policy.yaml': POLICY })
    const table = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'table'], { cwd: dir })
    expect(table.status, table.stderr).toBe(1)
    expect(table.stdout).toMatch(/rt-old-03 .* recorded "Retired" \(out of service\): model NE40E-X8/)
    expect(table.stdout).toMatch(/rt-new-04 .* recorded "Inventory" \(not yet deployed\): model NE40E-X8/)
    expect(table.stdout).not.toMatch(/rt-fra-0[12] .* recorded/)
    expect(table.stdout).toContain('5 devices checked: 4 findings on 4 devices')
    expect(table.stdout).toContain('2 findings are on devices the inventory records as not in service (1 out of service, 1 not yet deployed): confirm that they are gone from the network or not installed.')

    const json = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'json'], { cwd: dir })
    const out = JSON.parse(json.stdout) as { findings: { deviceId: string; deviceStatus?: string; lifecycle?: string }[]; summary: { byLifecycle?: Record<string, number> } }
    expect(out.findings.map((f) => [f.deviceId, f.deviceStatus, f.lifecycle])).toEqual([
      ['rt-fra-01', 'Active', 'in-service'], ['rt-fra-02', 'Decommissioning', 'in-service'], ['rt-old-03', 'Retired', 'out-of-service'], ['rt-new-04', 'Inventory', 'not-deployed'],
    ])
    expect(out.summary.byLifecycle).toEqual({ 'not-deployed': 1, 'out-of-service': 1 })
    expect(json.stderr).toContain('2 findings are on devices the inventory records as not in service (1 out of service, 1 not yet deployed)')

    const csv = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'csv'], { cwd: dir })
    const [head, ...rows] = csv.stdout.trim().split('\n')
    // The waiver's columns and to_confirm come last, empty: the policy waives nothing, nothing is to confirm.
    expect(head).toMatch(/,notes,status,lifecycle,waived_until,waiver_reason,waiver,to_confirm$/)
    expect(rows.map((r) => r.split(',').slice(-6).join(','))).toEqual(['Active,in-service,,,,', 'Decommissioning,in-service,,,,', 'Retired,out-of-service,,,,', 'Inventory,not-deployed,,,,'])
  })

  it('limits a rule to devices in service when its scope says so', async () => {
    const dir = await testdir({ 'devices.csv': NETBOX, 'policy.yaml': SCOPED })
    const run = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'jsonl'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const found = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { rule: string; deviceId: string })
    expect(found.filter((f) => f.rule === 'live-only').map((f) => f.deviceId)).toEqual(['rt-fra-01', 'rt-fra-02'])
  })

  it('refuses a status written where its class goes, with the line and the class to write', async () => {
    const dir = await testdir({ 'devices.csv': NETBOX, 'policy.yaml': SCOPED.replace('[in-service]', '[active]') })
    const run = await runCli(['check', 'devices.csv', '-p', 'policy.yaml'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('policy.yaml:8:23: error: rules[1].scope.status[0]')
    expect(run.stderr).toContain('for devices recorded as "active", write in-service')
    expect(run.stdout).toBe('')
  })

  it('carries the status and its class in identify\'s JSON and CSV', async () => {
    const dir = await testdir({ 'devices.csv': NETBOX })
    const json = await runCli(['identify', 'devices.csv', '-f', 'json'], { cwd: dir })
    expect(json.status, json.stderr).toBe(0)
    expect((JSON.parse(json.stdout) as { id: string; status?: string; lifecycle?: string }[]).map((r) => [r.id, r.status, r.lifecycle])).toEqual([
      ['rt-fra-01', 'Active', 'in-service'], ['rt-fra-02', 'Decommissioning', 'in-service'], ['rt-old-03', 'Retired', 'out-of-service'],
      ['rt-new-04', 'Inventory', 'not-deployed'], ['rt-mx-05', 'Retired', 'out-of-service'],
    ])
    const csv = await runCli(['identify', 'devices.csv', '-f', 'csv'], { cwd: dir })
    const [head, ...rows] = csv.stdout.trim().split('\n')
    expect(head).toMatch(/,status,lifecycle,timed_owners,ruled_out_owners$/)
    expect(rows[2]).toMatch(/,Retired,out-of-service,,$/)
  })

  it('gives the same findings, notes and summary with worker threads (--jobs 2)', async () => {
    const statuses = ['Active', 'Retired', 'In Stock', 'Decommissioning', '', 'Lost/Stolen', '1']
    const rows = Array.from({ length: 3000 }, (_, i) => `sw-${i},${statuses[i % statuses.length]},core,${i % 3 ? 'Huawei' : 'Juniper'},S5720`)
    const dir = await testdir({ 'big.csv': `Name,Status,Role,Manufacturer,Type\n${rows.join('\n')}\n`, 'policy.yaml': SCOPED })
    for (const format of ['json', 'sarif', 'table']) {
      const one = await sameWithWorkers(['check', 'big.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', format], dir)
      expect(one.status, one.stderr).toBe(1)
      expect(`${one.stdout}${one.stderr}`).toMatch(/findings are on devices the inventory records as not in service/)
    }
    // NetBox's API devices as JSON Lines, the status an object.
    const slugs = ['active', 'planned', 'decommissioning', 'inventory', 'offline']
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({
      id: i, name: `rt-${i}`, device_type: { model: 'NE40E-X8', manufacturer: { name: i % 2 ? 'Huawei' : 'Juniper' } },
      role: { slug: 'core' }, status: { value: slugs[i % slugs.length], label: slugs[i % slugs.length]!.replace(/^./, (c) => c.toUpperCase()) },
    }))
    const jsonl = await testdir({ 'netbox.jsonl': `${lines.join('\n')}\n`, 'policy.yaml': SCOPED })
    const run = await sameWithWorkers(['check', 'netbox.jsonl', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'jsonl'], jsonl)
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toContain('1,200 findings are on devices the inventory records as not in service (1,200 not yet deployed)')
  })
})

describe('the deadline of a finding in the table and the HTML report', () => {
  it('is "now" for a prohibition already in force, the date of a remove-by, and nothing for a flag, where a prohibition showed "-" as if it had none', async () => {
    const dir = await testdir({
      'devices.csv': 'id,role,manufacturer,model\nrt-1,core,Huawei,NE40E-X8\nrt-2,core,ZTE,ZXR10 M6000-8S\nrt-3,core,Hikvision,DS-2CD2143G2-I\n',
      'policy.yaml': 'version: 1\nrules:\n' +
        '  - { id: ban-huawei, lists: [huawei-only], effect: prohibit }\n' +
        '  - { id: zte-by-2028, lists: [zte-only], effect: { remove-by: 2028-12-31 } }\n' +
        '  - { id: note-hikvision, lists: [hik-only], effect: flag }\n' +
        'lists:\n  huawei-only: [huawei]\n  zte-only: [zte]\n  hik-only: [hikvision]\n',
    })
    const table = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--format', 'table', '--now', '2026-06-30'], { cwd: dir })
    expect(table.status, table.stderr).toBe(1)
    expect(table.stdout).toMatch(/^error +ban-huawei +rt-1 +huawei +huawei +now +0\.\d\d /m)
    expect(table.stdout).toMatch(/^warning +zte-by-2028 +rt-2 +zte +zte +2028-12-31 +0\.\d\d /m)
    expect(table.stdout).toMatch(/^note +note-hikvision +rt-3 +hikvision +hikvision +- +0\.\d\d /m)
    const page = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '-o', 'report.html', '--now', '2026-06-30'], { cwd: dir })
    expect(page.status, page.stderr).toBe(1)
    const html = readFileSync(join(dir, 'report.html'), 'utf8')
    const deadlineOf = (rule: string) => new RegExp(`<td class="nowrap">${rule}</td>.*?<td class="date">([^<]*(?:<br><small>[^<]*</small>)?)</td><td>0\\.\\d\\d</td>`).exec(html)?.[1]
    expect(deadlineOf('ban-huawei')).toBe('now')
    // The days to a deadline, under it.
    expect(deadlineOf('zte-by-2028')).toBe('2028-12-31<br><small>in 915 days</small>')
    expect(deadlineOf('note-hikvision')).toBe('')
  })
})
