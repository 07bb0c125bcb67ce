import { spawn } from 'node:child_process'
import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { CLI, runCli } from './run-cli.js'

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
    // A site map places devices on topology nodes: without one it would be read for nothing.
    const siteMap = await runCli(['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--site-map', 'flows.csv'], { cwd: dir })
    expect(siteMap.status).toBe(2)
    expect(siteMap.stderr).toMatch(/^trustpath: --site-map needs -t \(--topology\): its table places devices on the nodes of the operator topologies\n  hint: Add -t /)
    const alone = await runCli(['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--format', 'json'], { cwd: dir })
    expect(alone.status, alone.stderr).toBe(0)
    expect(JSON.parse(alone.stdout).candidates).toBe(1)
  })
})

describe('a NetBox export that is not the device list, given as the inventory', () => {
  // NetBox 4's cable table exported from the UI with its default columns, and the interface table with its own.
  const CABLES_CSV = 'ID,Label,Termination A,Termination B,Status,Type\n1,,xe-0/0/0,xe-0/0/1,Connected,SMF\n'
  const INTERFACES_CSV = 'Device,Name,Label,Enabled,Type,Description\nrt-fra-01,GigabitEthernet0/0/1,,True,1000BASE-T (1GE),uplink\n'
  // The API's answer for /api/dcim/interfaces/: each interface nests its device.
  const INTERFACES_JSON = JSON.stringify({
    count: 1, next: null, previous: null,
    results: [{
      id: 100, url: 'https://netbox.example.net/api/dcim/interfaces/100/', display: 'xe-0/0/0',
      device: { id: 1, url: 'https://netbox.example.net/api/dcim/devices/1/', display: 'rt-fra-01', name: 'rt-fra-01' },
      name: 'xe-0/0/0', label: '', type: { value: '10gbase-x-sfpp', label: 'SFP+ (10GE)' }, enabled: true, mtu: null,
      mac_address: '00:E0:FC:12:34:56', mgmt_only: false, description: '', cable: null, tags: [], custom_fields: {},
    }],
  }, null, 2)

  it('is refused with the export it is, the one wanted, and where cables go, with one thread or two', async () => {
    const dir = await testdir({ 'cables.csv': CABLES_CSV, 'interfaces.csv': INTERFACES_CSV, 'interfaces.json': INTERFACES_JSON, 'policy.yaml': POLICY })
    const cases: [string, RegExp][] = [
      ['cables.csv', /^trustpath: cables\.csv: the inventory is NetBox's cable list, not its device list\n  hint: Give NetBox's device list: .*\/api\/dcim\/devices\/.* The cables are a topology: they go with -t \(--topology\)/],
      ['interfaces.csv', /^trustpath: interfaces\.csv: the inventory is NetBox's interface list, not its device list\n  hint: Give NetBox's device list: .* \(see docs\/inventory\.md#which-file-do-i-give\)\./],
      ['interfaces.json', /^trustpath: interfaces\.json: the inventory is NetBox's interface list, not its device list\n/],
    ]
    for (const [file, message] of cases) {
      for (const args of [['identify', file, '-f', 'csv'], ['check', file, '-p', 'policy.yaml', '-j', '2']]) {
        const run = await runCli(args, { cwd: dir })
        expect(run.status, args.join(' ')).toBe(2)
        expect(run.stderr).toMatch(message)
        expect(run.stdout).toBe('')
        expectNoStack(run.stderr)
      }
    }
  })
})

describe('a report of Huawei\'s iMaster NCE or U2000 given as the inventory', () => {
  const HEAD = (title: string) => `"${title}"\r\n"Save Time: 10/02/2026 04:00:46"\r\n"User Name:admin"\r\n"Total 2 Records"\r\n`
  const NE_REPORT = HEAD('NE Report') +
    '"NE Name","NE Type","NE IP Address","NE ID","Software Version","Create Time","Running Status","Subnet","Subnet Path","Patch Version List"\r\n' +
    '"FRA-PE-01","NE40E-X8","10.33.79.9","0-0","VRP5.160 V600R008C10","10/31/2016 17:06:34","Normal","CORE","Physical Root/DATACOMM/CORE","SPC300 SPH111"\r\n' +
    '"FRA-ATN-07","ATN 910B","10.33.80.17","0-0","VRP5.160 V300R003C10","03/12/2018 09:41:02","Normal","ACCESS","Physical Root/DATACOMM/ACCESS","SPC500"\r\n'
  const BOARD_REPORT = HEAD('Board Report') +
    '"NE","Board Name","Board Type","NE Type","Subrack ID","Slot ID","Hardware Version","Software Version","SN(Bar Code)","PN(BOM Code/Item)","Description","Manufacture Date"\r\n' +
    '"FRA-PE-01","LPU 1","DEVLPUF-21","NE40E-X8","1","1","CR52LPUK REV D","FSU ver Version 2.1","210305253310B2000065","03052533","Flexible Card Line Processing Unit(LPUF-21)","2011-02-13"\r\n' +
    '"FRA-PE-01","LPU 2","DEVLPUF-21","NE40E-X8","1","2","CR52LPUK REV D","FSU ver Version 2.1","210305253310B2000066","03052533","Flexible Card Line Processing Unit(LPUF-21)","2011-02-13"\r\n'

  it('is read below its title lines when it is the NE Report, one device per NE, with one thread or two', async () => {
    const dir = await testdir({ 'NE_Report.csv': NE_REPORT, 'policy.yaml': POLICY })
    const identified = await runCli(['identify', 'NE_Report.csv', '-f', 'json'], { cwd: dir })
    expect(identified.status, identified.stderr).toBe(0)
    expect(JSON.parse(identified.stdout).map((a: { id: string; group: string }) => `${a.id}:${a.group}`)).toEqual(['FRA-PE-01:huawei', 'FRA-ATN-07:huawei'])
    expect(identified.stderr).toMatch(/^NE_Report\.csv:5: warning: unknown columns "NE ID", /)
    const checked = await runCli(['check', 'NE_Report.csv', '-p', 'policy.yaml', '-j', '2', '-f', 'json'], { cwd: dir })
    expect(checked.stdout).toMatch(/"FRA-ATN-07"/)
    expect(checked.status).toBe(1)
  })

  it('is refused with the column that shows it and the NE Report to give instead when it lists boards', async () => {
    const dir = await testdir({ 'Board_Report.csv': BOARD_REPORT, 'policy.yaml': POLICY })
    for (const args of [['identify', 'Board_Report.csv', '-f', 'csv'], ['check', 'Board_Report.csv', '-p', 'policy.yaml', '-j', '2']]) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/^trustpath: Board_Report\.csv:5: the inventory lists the parts of network elements, one row per part \("Board Name"\), not devices\n  hint: Give the list of network elements instead, one row per NE: in Huawei's iMaster NCE or U2000 the NE Report/)
      expect(run.stdout).toBe('')
      expectNoStack(run.stderr)
    }
  })
})

describe('a YAML file that is not a policy', () => {
  const COMPOSE = 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.25\n    ports:\n      - "8080:80"\n'
  const K8S = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n'
  const OPENAPI = 'openapi: 3.0.3\ninfo:\n  title: Pets\n  version: 1.0.0\npaths: {}\n'

  it('given as the policy, is one error saying what the file is, not one per key', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'compose.yaml': COMPOSE, 'k8s.yaml': K8S, 'openapi.yaml': OPENAPI, 'other.yaml': 'foo: 1\nbar: 2\n' })
    const cases: [string, string][] = [
      ['compose.yaml', 'compose.yaml:1: error: the file is a Docker Compose file, not a policy (its top-level keys: version, services).'],
      ['k8s.yaml', 'k8s.yaml:1: error: the file is a Kubernetes manifest, not a policy (its top-level keys: apiVersion, kind, metadata, spec).'],
      ['openapi.yaml', 'openapi.yaml:1: error: the file is an OpenAPI description, not a policy (its top-level keys: openapi, info, paths).'],
      ['other.yaml', 'other.yaml:1: error: the file is not a policy: none of its top-level keys (foo, bar) is a policy key.'],
    ]
    for (const [file, message] of cases) {
      const run = await runCli(['check', 'devices.csv', '-p', file], { cwd: dir })
      expect(run.status, file).toBe(2)
      expect(run.stderr).toBe(`${message} Expected a map with version: 1 and rules (the example in docs/policy.md is a start).\n`)
      expect(run.stdout).toBe('')
    }
  })

  it('given as the inventory or as a topology, says what the file is', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'compose.yaml': COMPOSE, 'k8s.yml': K8S, 'flows.csv': FLOWS })
    const inventory = await runCli(['identify', 'compose.yaml'], { cwd: dir })
    expect(inventory.status).toBe(2)
    expect(inventory.stderr).toMatch(/^trustpath: compose\.yaml: the inventory is a Docker Compose file \(YAML\), not an inventory\n  hint: Give an inventory: CSV, /)
    const topology = await runCli(['exposure', '-t', 'k8s.yml', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv'], { cwd: dir })
    expect(topology.status).toBe(2)
    expect(topology.stderr).toMatch(/^trustpath: k8s\.yml: the topology is a Kubernetes manifest \(YAML\), which is not read/)
    expectNoStack(inventory.stderr + topology.stderr)
  })

  it('a containerlab lab given as the policy or the inventory is told to go with -t', async () => {
    const LAB = 'name: lab\ntopology:\n  nodes:\n    r1: {kind: nokia_srlinux}\n    r2: {kind: ceos}\n  links:\n    - endpoints: ["r1:e1-1", "r2:eth1"]\n'
    const dir = await testdir({ 'devices.csv': CSV, 'lab.clab.yml': LAB })
    const policy = await runCli(['check', 'devices.csv', '-p', 'lab.clab.yml'], { cwd: dir })
    expect(policy.status).toBe(2)
    expect(policy.stderr).toBe('lab.clab.yml:1: error: the file is a containerlab topology, not a policy (its top-level keys: name, topology). Expected a policy with -p, and the lab with -t (--topology) of trustpath exposure or plan.\n')
    const inventory = await runCli(['identify', 'lab.clab.yml'], { cwd: dir })
    expect(inventory.status).toBe(2)
    expect(inventory.stderr).toMatch(/^trustpath: lab\.clab\.yml: the inventory is a containerlab topology, not an inventory\n  hint: A topology goes with -t \(--topology\)/)
    expectNoStack(policy.stderr + inventory.stderr)
  })

  it('a policy with two letters of a key swapped is told the key meant', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY.replace('rules:', 'rulse:') })
    const run = await runCli(['check', 'devices.csv', '-p', 'policy.yaml'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('policy.yaml:2:1: error: (top level): unknown key "rulse" (did you mean "rules"?).')
  })
})

describe('catalog update --reset with registry files', () => {
  it('is a usage error, and the refreshed data stays, rather than the files being silently dropped', async () => {
    const dir = await testdir({ 'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\n' })
    const run = await runCli(['catalog', 'update', '--reset', '--oui', 'oui.csv', '--force'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('trustpath: --reset cannot be combined with --oui, --force: it goes back to the shipped data and reads no file\n' +
      '  hint: Run trustpath catalog update --reset alone, then catalog update with the files to take them.\n')
    expect(run.stdout).toBe('')
    const alone = await runCli(['catalog', 'update', '--reset'], { cwd: dir })
    expect(alone.status, alone.stderr).toBe(0)
    // Nothing was refreshed in this data directory: nothing is said to be removed.
    expect(alone.stdout).toMatch(/^No refreshed registries in \.trustpath; the shipped data \(.*\) applies\.\n$/)
    const row = 'MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD","Shenzhen CN"\n'
    await writeFile(join(dir, 'oui.csv'), `Registry,Assignment,Organization Name,Organization Address\n${row}`)
    expect((await runCli(['catalog', 'update', '--oui', 'oui.csv', '--force'], { cwd: dir })).status).toBe(0)
    const reset = await runCli(['catalog', 'update', '--reset'], { cwd: dir })
    expect(reset.stdout).toMatch(/^Removed the refreshed registries in \.trustpath; the shipped data \(.*\) applies again\.\n$/)
  })
})

describe('a flow list without flows', () => {
  it('is an input error (exit 2) for exposure and plan, so a failed export does not pass as no exposure', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS, 'empty.csv': '', 'header.csv': 'id,src,dst,volume,class\r\n' })
    for (const flows of ['empty.csv', 'header.csv']) {
      for (const args of [['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', flows, '-f', 'json'],
        ['plan', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', flows]]) {
        const run = await runCli(args, { cwd: dir })
        expect(run.status, args.join(' ')).toBe(2)
        expect(run.stderr).toBe(`trustpath: ${flows}: the flow list holds no flows (an empty file, or a header line only), so nothing is routed\n` +
          '  hint: Check that this is the intended file; a flow is a row id,src,dst,volume,class. Or route every pair of nodes with --flows all-pairs.\n')
        expect(run.stdout).toBe('')
      }
    }
  })
})

describe('plan --deadline-rules naming a rule the policy lacks', () => {
  it('is a usage error listing the policy\'s rules, rather than a plan in which no finding has a deadline', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY })
    const run = await runCli(['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--deadline-rules', 's889-ban,s899-ban'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('trustpath: --deadline-rules: "s899-ban" is not a rule of policy.yaml\n  hint: The policy\'s rules: s889-ban.\n')
    expect(run.stdout).toBe('')
  })
})

describe('--input-format xlsx for a text inventory', () => {
  it('is refused as any format asked for and not found, from a file or standard input, rather than read as CSV without a word', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'devices.jsonl': '{"id":"r1","manufacturer":"Huawei"}\n' })
    const cases: [string[], string, string][] = [
      [['identify', 'devices.csv', '--input-format', 'xlsx', '-f', 'csv'], 'devices.csv', 'CSV'],
      [['identify', 'devices.jsonl', '--input-format', 'xlsx', '--sheet', 'Assets', '-f', 'csv'], 'devices.jsonl', 'JSON'],
      [['identify', '-', '--input-format', 'xlsx', '-f', 'csv'], '<stdin>', 'CSV'],
    ]
    for (const [args, file, found] of cases) {
      const run = await runCli(args, { cwd: dir, input: CSV })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr.split('\n')[0]).toBe(`${file}:1: error: the text does not start as an Excel workbook (.xlsx, .xlsm: a zip archive) does, ` +
        `which --input-format xlsx asks for: it starts like ${found}, and is not read. Leave --input-format out (the format is told from the content), or check that this is the file meant.`)
      // The sheet goes with the refused text: no warning that it is ignored while the text "is read".
      expect(run.stderr).not.toContain('--sheet')
      expect(run.stdout).not.toMatch(/^r1,/m)
    }
    const asIs = await runCli(['identify', 'devices.csv', '-f', 'csv'], { cwd: dir })
    expect(asIs.status, asIs.stderr).toBe(0)
    expect(asIs.stdout).toMatch(/^r1,rt-fra-01,huawei,/m)
  })
})

describe('a sites file without sites', () => {
  it('is an input error (exit 2), as an empty inventory or flow list is, so geofences do not pass without their centres', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'empty.csv': '', 'header.csv': 'id,name,kind,lat,lon\r\n', 'sites.json': '{"sites": []}\n' })
    for (const sites of ['empty.csv', 'header.csv', 'sites.json']) {
      const run = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--sites', sites, '-f', 'json'], { cwd: dir })
      expect(run.status, sites).toBe(2)
      expect(run.stderr).toBe(`trustpath: ${sites}: the sites file holds no sites (an empty file, a header line only, or an empty JSON list)\n` +
        '  hint: Check that this is the intended file; a site is a row id,name,kind,lat,lon (or a JSON object with those keys). Or leave --sites out: the policy\'s own sites are used.\n')
      expect(run.stdout).toBe('')
    }
    const one = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--sites', 'one.csv', '-f', 'json'], { cwd: await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'one.csv': 'id,kind,lat,lon\nramstein,military-base,49.4369,7.6003\n' }) })
    expect(one.status, one.stderr).toBe(1)
    expect(JSON.parse(one.stdout).summary.findings).toBe(1)
  })
})

describe('--flows sample: that is not sample:N[:seed]', () => {
  it('is a usage error that explains the syntax, not "no such file", and stops before anything is read', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS })
    const cases: [string, string][] = [
      ['sample:abc', 'expected sample:N[:seed], N and seed whole numbers'],
      ['sample:', 'expected sample:N[:seed], N and seed whole numbers'],
      ['sample:5:x', 'expected sample:N[:seed], N and seed whole numbers'],
      ['sample:0', 'a sample draws from 1 to 100,000,000 flows'],
      ['sample:99999999999', 'a sample draws from 1 to 100,000,000 flows'],
    ]
    for (const [flows, problem] of cases) {
      for (const args of [['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', flows],
        ['plan', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', flows]]) {
        const run = await runCli(args, { cwd: dir })
        expect(run.status, args.join(' ')).toBe(2)
        expect(run.stderr).toBe(`trustpath: --flows ${flows}: ${problem}\n` +
          '  hint: --flows sample:1000 draws 1,000 flows between random nodes, and --flows sample:1000:7 draws them with the seed 7 ' +
          `(the same seed, the same flows). A flow file whose name starts with sample: goes as ./${flows}.\n`)
        expect(run.stdout).toBe('')
      }
    }
    const sample = await runCli(['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'sample:3:7', '-f', 'json', '-q'], { cwd: dir })
    expect(JSON.parse(sample.stdout).summary.flows).toBe(3)
    // A word that is no file and no generator is told the three kinds of value; a missing path is only missing.
    const word = await runCli(['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all_pairs'], { cwd: dir })
    expect(word.status).toBe(2)
    expect(word.stderr).toBe('trustpath: all_pairs: cannot read the flow list: no such file\n' +
      '  hint: --flows takes a flow file, all-pairs (every pair of nodes) or sample:N[:seed] (N random pairs); "all_pairs" is none of them.\n')
    const path = await runCli(['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv'], { cwd: dir })
    expect(path.stderr).toBe('trustpath: flows.csv: cannot read the flow list: no such file\n  hint: Check the path.\n')
  })
})

describe('a JSON inventory record without an id', () => {
  it('is reported as having no id, with its keys, its file and line, rather than as an id with the value ""', async () => {
    const dir = await testdir({ 'foo.json': '{"foo": 1}\n', 'list.json': '[\n  {"id": "r1", "manufacturer": "Huawei"},\n  {\n    "hostname_x": "sw-2",\n    "vendor_y": "ZTE"\n  }\n]\n' })
    const one = await runCli(['identify', 'foo.json', '-f', 'csv'], { cwd: dir })
    expect(one.status).toBe(2)
    expect(one.stderr.split('\n')[0]).toBe('foo.json:1: error: the record has no "id" and is skipped (its keys: foo); a device needs at least an id. ' +
      'Give each device an "id" (docs/inventory.md shows the JSON shape of a device, and the other names read as its id), or check that this is the inventory meant.')
    const list = await runCli(['identify', 'list.json', '-f', 'csv'], { cwd: dir })
    expect(list.status).toBe(2)
    expect(list.stderr).toMatch(/^list\.json:3: error: the record has no "id" and is skipped \(its keys: hostname_x, vendor_y\)/)
    expect(list.stdout).toMatch(/^r1,,huawei,/m)
    expectNoStack(one.stderr + list.stderr)
  })
})

describe('one network given twice with -t', () => {
  it('is a usage error in the user\'s words: which -t, which network name, how to name networks', async () => {
    // Two JSON topologies that name their network alike, as their "network" field does.
    const core = JSON.stringify({ network: 'core', nodes: [{ id: 'rt-fra-01' }, { id: 'rt-muc-01' }], links: [{ source: 'rt-fra-01', target: 'rt-muc-01' }] })
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS, 'flows.csv': FLOWS, 'a/links.csv': LINKS, 'b/links.csv': LINKS, 'fra.json': core, 'muc.json': core })
    const cases: [string[], string][] = [
      [['-t', 'links.csv', '-t', 'links.csv'], 'trustpath: -t links.csv is given twice, both times as the network "links"\n' +
        '  hint: Give each topology file once. Each -t is one network, named after its file or by net=file: -t de=de.graphml -t it=it.graphml.\n'],
      [['-t', 'a/links.csv', '-t', 'b/links.csv'], 'trustpath: -t a/links.csv and -t b/links.csv both give the network "links" (without net=file, a network is named after its file, or by the "network" of a JSON topology)\n' +
        '  hint: Give each network its own name with net=file, e.g. -t links-1=a/links.csv -t links-2=b/links.csv; node ids are network:node, so two networks cannot share a name.\n'],
      [['-t', 'fra.json', '-t', 'muc.json'], 'trustpath: -t fra.json and -t muc.json both give the network "core" (without net=file, a network is named after its file, or by the "network" of a JSON topology)\n' +
        '  hint: Give each network its own name with net=file, e.g. -t core-1=fra.json -t core-2=muc.json; node ids are network:node, so two networks cannot share a name.\n'],
      [['-t', 'de=a/links.csv', '-t', 'de=b/links.csv'], 'trustpath: -t de=a/links.csv and -t de=b/links.csv both give the network "de"\n' +
        '  hint: Give each network its own name with net=file, e.g. -t de-1=a/links.csv -t de-2=b/links.csv; node ids are network:node, so two networks cannot share a name.\n'],
    ]
    for (const [topologies, message] of cases) {
      for (const command of ['exposure', 'plan']) {
        const run = await runCli([command, ...topologies, '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv'], { cwd: dir })
        expect(run.status, [command, ...topologies].join(' ')).toBe(2)
        expect(run.stderr).toBe(message)
        expect(run.stdout).toBe('')
      }
    }
    const named = await runCli(['exposure', '-t', 'de=a/links.csv', '-t', 'it=b/links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs', '-f', 'json', '-q'], { cwd: dir })
    expect(named.stderr).not.toContain('given twice')
    expect(JSON.parse(named.stdout).nodes.map((n: { node: string }) => n.node)).toEqual(['de:rt-fra-01', 'de:rt-muc-01', 'it:rt-fra-01', 'it:rt-muc-01'])
  })
})

describe('demo -o under a pseudo file system', () => {
  // Node's recursive mkdir spins without end on a path under /proc (a directory there answers
  // ENOENT for a child, which it takes for a missing parent); only Linux has one to try.
  it.skipIf(process.platform !== 'linux')('is an error that returns at once, not a run that never ends', async () => {
    const dir = await testdir({})
    const started = Date.now()
    const run = await runCli(['demo', '-o', '/proc/trustpath-demo'], { cwd: dir, timeoutMs: 15_000 })
    expect(run.status).toBe(2)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(run.stderr).toBe('trustpath: cannot write /proc/trustpath-demo/inventory.jsonl: ENOENT: no such file or directory, mkdir \'/proc/trustpath-demo\'\n' +
      '  hint: No directory can be made there (under /proc or /sys, or through a link to nowhere): choose a path on an ordinary file system.\n')
    const identify = await runCli(['identify', '-', '--input-format', 'csv', '-o', '/proc/trustpath-out/devices.json'], { cwd: dir, input: CSV, timeoutMs: 15_000 })
    expect(identify.status).toBe(2)
    expect(identify.stderr).toMatch(/^trustpath: cannot create the directory of .*trustpath-out\/devices\.json: ENOENT/)
  })

  it('still makes the missing directories of an ordinary path', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    const run = await runCli(['identify', 'devices.csv', '-f', 'csv', '-o', 'out/a/b/attributions.csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(readFileSync(join(dir, 'out/a/b/attributions.csv'), 'utf8')).toMatch(/^r1,rt-fra-01,huawei,/m)
  })
})

describe('standard output named as the output', () => {
  it('-o - writes to standard output, not to a file named "-"', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    const run = await runCli(['identify', 'devices.csv', '-f', 'csv', '-o', '-', '-q'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe('id,name,manufacturer,group,confidence,evidence,conflicts,component_groups,status,lifecycle,timed_owners,ruled_out_owners')
    expect(existsSync(join(dir, '-'))).toBe(false)
  })

  it.runIf(existsSync('/proc/self/fd'))('a link to standard output on a pipe (as /dev/stdout is) is written through, not replaced by a file', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    symlinkSync('/proc/self/fd/1', join(dir, 'out'))
    // Through a shell pipe: the test runner's own standard output is a socket, which cannot be opened by path.
    const shell = spawn('sh', ['-c', `"${process.execPath}" "${CLI}" identify devices.csv -f csv -o out -q | cat`], { cwd: dir })
    let stdout = ''
    shell.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    const status = await new Promise<number | null>((resolve) => shell.on('close', (code) => resolve(code)))
    expect(status).toBe(0)
    expect(stdout.split('\n')[0]).toBe('id,name,manufacturer,group,confidence,evidence,conflicts,component_groups,status,lifecycle,timed_owners,ruled_out_owners')
    expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true)
  })

  it('a reader that stops early (| head) ends the run quietly', async () => {
    const rows = Array.from({ length: 20000 }, (_, i) => `d${i},dev-${i},core,Huawei,NE40E-X8,00:e0:fc:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`)
    const dir = await testdir({ 'big.csv': `id,name,role,manufacturer,model,macs\n${rows.join('\n')}\n` })
    const child = spawn(process.execPath, [CLI, 'identify', 'big.csv', '-f', 'jsonl', '-q'], { cwd: dir })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })
})

describe('a reader of the diagnostics that stops early (2>&1 | head)', () => {
  it('leaves the run to finish and write its -o file, with the status of its input errors', async () => {
    // 3,000 rows with a MAC that is none: more warnings than a pipe holds, printed one and all.
    const rows = Array.from({ length: 6000 }, (_, i) => (i % 2 === 0 ? `d${i},rt-${i},not-a-mac-${i}` : `d${i},rt-${i},1,2`))
    const dir = await testdir({ 'devices.csv': `id,name,macs\n${rows.join('\n')}\n` })
    const child = spawn(process.execPath, [CLI, 'identify', 'devices.csv', '-o', 'out.csv', '--all-diagnostics'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
    child.stderr.once('data', () => child.stderr.destroy())
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    expect(status).toBe(2)
    expect(readdirSync(dir).sort()).toEqual(['devices.csv', 'out.csv'])
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(1 + 3000)
  })
})

describe('a run interrupted with Ctrl-C', () => {
  it('leaves neither the output nor its temporary file, and ends by the signal', async () => {
    const dir = await testdir({})
    const child = spawn(process.execPath, [CLI, 'identify', '-', '-o', 'out.json', '-q'], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', HOME: dir } })
    child.stdin.on('error', () => {})
    // Standard input stays open, so the run is still writing (the output is begun) when interrupted.
    const rows = Array.from({ length: 20000 }, (_, i) => `d${i},00:e0:fc:00:${((i >> 8) & 15).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`)
    child.stdin.write(`id,mac\n${rows.join('\n')}\n`)
    while (!readdirSync(dir).some((f) => f.endsWith('.tmp'))) await new Promise((resolve) => setTimeout(resolve, 20))
    child.kill('SIGINT')
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_, s) => resolve(s)))
    expect(signal).toBe('SIGINT')
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('a plan interrupted with Ctrl-C while HiGHS solves', () => {
  it('ends at once by the signal, rather than when the solver reaches --time-limit', async () => {
    const dir = await testdir({})
    expect((await runCli(['demo', '-o', 'd', '-q'], { cwd: dir })).status).toBe(0)
    // The demo's networks with a flow between every pair of nodes, quarterly: HiGHS runs to the time limit.
    const args = ['plan', '-i', 'd/inventory.jsonl', '-p', 'd/policy.yaml', '-t', 'd/topology-op-de.json', '-t', 'd/topology-op-it.json', '-t', 'd/topology-op-jp.json',
      '--interconnect', 'd/interconnect.csv', '--flows', 'all-pairs', '--phases', '2026Q1..2029Q4', '--budget', 'op-de:1M', '--budget', 'op-it:0.5M', '--budget', 'op-jp:0.2M',
      '--carry-over', '--deadline-rules', 'de-5g-core,ran-and-management,base-zone', '--allow-reroute', '--time-limit', '60', '-o', 'plan.json']
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', HOME: dir } })
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_, s) => resolve(s)))
    // Reading and routing take about a second; the solve, the rest of the minute.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    child.kill('SIGINT')
    const interrupted = Date.now()
    const signal = await ended
    // Not a speed measurement: a solve that ran on would end at the 60 s limit, long after this
    // bound, which leaves room for a loaded machine.
    expect(Date.now() - interrupted).toBeLessThan(20_000)
    expect(signal).toBe('SIGINT')
    expect(readdirSync(dir).filter((f) => f.includes('plan'))).toEqual([])
  }, 90_000)
})

describe('a misspelt required option', () => {
  it('is told as the unknown option it is, with the one meant, not as the required option missing', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS })
    const runs: [string[], string, string][] = [
      [['check', 'devices.csv', '--polcy', 'policy.yaml'], '--polcy', '--policy'],
      [['exposure', '--topolgy', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml'], '--topolgy', '--topology'],
      [['plan', '--inventroy', 'devices.csv', '-p', 'policy.yaml'], '--inventroy', '--inventory'],
    ]
    for (const [args, typo, meant] of runs) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr.split('\n').slice(0, 2)).toEqual([`error: unknown option '${typo}'`, `(Did you mean ${meant}?)`])
      expect(run.stdout).toBe('')
    }
    // A required option left out is still named.
    const missing = await runCli(['check', 'devices.csv'], { cwd: dir })
    expect(missing.status).toBe(2)
    expect(missing.stderr.split('\n')[0]).toBe("error: required option '-p, --policy <file>' not specified")
    // Several left out are named together, not one failed run at a time.
    const three = await runCli(['exposure', '--flows', 'all-pairs'], { cwd: dir })
    expect(three.status).toBe(2)
    expect(three.stderr.split('\n')[0]).toBe("error: required options not specified: '-t, --topology <file...>', '-i, --inventory <file...>', '-p, --policy <file>'")
  })
})

describe('a directory given for a file', () => {
  it('is named as written (the working directory as "."), with the file the option wants', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS, 'sub/x': '' })
    const runs: [string[], string][] = [
      [['check', 'devices.csv', '-p', '.'], 'trustpath: .: cannot read the policy: it is a directory'],
      [['check', 'devices.csv', '-p', 'sub'], 'trustpath: sub: cannot read the policy: it is a directory'],
      [['check', 'devices.csv', '-p', 'policy.yaml', '--sites', '.'], 'trustpath: .: cannot read the sites file: it is a directory'],
      [['exposure', '-t', '.', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs'], 'trustpath: .: cannot read the topology: it is a directory'],
    ]
    for (const [args, first] of runs) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      const what = first.replace(/.*cannot read the (.*): it is a directory/, '$1')
      expect(run.stderr).toBe(`${first}\n  hint: Give the path of the ${what} itself, not of a directory.\n`)
    }
  })
})

describe('a topology given where flows or interconnect links go', () => {
  it('is told as a topology in one error, with -t, rather than by an error for each quoted line; SNDlib demands are still read as flows', async () => {
    const net = '*Vertices 2\n1 "rt-fra-01"\n2 "rt-muc-01"\n*Edges\n1 2 10\n'
    const xgmml = '<graph xmlns="http://www.cs.rpi.edu/XGMML"><node id="1" label="rt-fra-01"/><node id="2" label="rt-muc-01"/><edge source="1" target="2"/></graph>\n'
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS, 'flows.csv': FLOWS, 'de.net': net, 'de.xgmml': xgmml })
    const runs: [string[], string, string][] = [
      [['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'de.net'], 'de.net: the file is a topology (Pajek\'s format), not a flow list',
        'Give the topology with -t, and the flows (id,src,dst,volume,class) with --flows.'],
      [['exposure', '-t', 'de=links.csv', '--interconnect', 'de.xgmml', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv'], 'de.xgmml: the file is a topology (XGMML), not an interconnect file',
        'Give each network\'s topology with -t; --interconnect takes the links between networks (a,b,metric,capacity,latency_ms with network:node ends).'],
    ]
    for (const [args, message, hint] of runs) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toBe(`trustpath: ${message}\n  hint: ${hint}\n`)
      expect(run.stdout).toBe('')
    }
    const sndlib = '?SNDlib native format; type: network, version: 1.0\nNODES (\n  A ( 8.68 50.11 )\n  B ( 11.58 48.14 )\n)\nLINKS (\n  L1 ( A B ) 0.00 0.00 0.00 0.00 ( 40.00 1.00 )\n)\n' +
      'DEMANDS (\n  D1 ( A B ) 1 5.00 UNLIMITED\n)\n'
    const withSndlib = await testdir({ 'net.txt': sndlib, 'devices.csv': CSV, 'policy.yaml': POLICY })
    const flows = await runCli(['exposure', '-t', 'n=net.txt', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'net.txt', '-f', 'json'], { cwd: withSndlib })
    expect(flows.stderr).not.toContain('not a flow list')
    expect(JSON.parse(flows.stdout).flows).toHaveLength(1)
  })
})

describe('a node id used twice in a topology', () => {
  it('names the first use by the file as written, as the second, not by its path from the root', async () => {
    const cyjs = '{"elements": {"nodes": [{"data": {"id": "a"}}, {"data": {"id": "a"}}, {"data": {"id": "b"}}], "edges": [{"data": {"source": "a", "target": "b"}}]}}\n'
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'lab.cyjs': cyjs, 'flows.csv': 'src,dst,volume\na,a,1\na,a,1\n' })
    const run = await runCli(['exposure', '-t', 'lab.cyjs', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('lab.cyjs:1 (elements.nodes[1]): error: node id "a" was already used at lab.cyjs:1 (elements.nodes[0]); this node is skipped.')
    expect(run.stderr).not.toContain(dir)
  })
})

describe('generated flows on a topology of one node', () => {
  it('is an input error naming the topology, rather than a clean run without flows', async () => {
    const cyjs = '{"elements": {"nodes": [{"data": {"id": "rt-fra-01"}}], "edges": []}}\n'
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'lab.cyjs': cyjs })
    for (const flows of ['all-pairs', 'sample:10']) {
      const run = await runCli(['exposure', '-t', 'lab.cyjs', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', flows], { cwd: dir })
      expect(run.status, flows).toBe(2)
      expect(run.stderr).toContain(`trustpath: lab.cyjs: --flows ${flows} gives no flow: the topology has 1 node, and a pair needs two\n  hint: Check that the topology holds its nodes and links`)
      expect(run.stdout).toBe('')
    }
  })
})

describe('an inventory given where links or flows go', () => {
  it('is told as an inventory in one error, with the option it goes with, rather than by every column it lacks', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS, 'flows.csv': FLOWS })
    const runs: [string[], string, string][] = [
      [['exposure', '-t', 'devices.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv'], 'a topology', 'Give the inventory with -i, and a topology file with -t.'],
      [['plan', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'devices.csv'], 'a flow list', 'Give the inventory with -i, and the flows (id,src,dst,volume,class) with --flows.'],
      [['exposure', '-t', 'de=links.csv', '--interconnect', 'devices.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv'], 'an interconnect file', 'Give the inventory with -i; --interconnect takes'],
      [['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--costs', 'devices.csv'], 'a cost table', 'Give the costs (role,model,equipment,labour,site_overhead) with --costs, and the inventory with -i.'],
      [['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--schedule', 'devices.csv'], 'a schedule', 'Give the schedule (device,phase,not_before) with --schedule, and the inventory with -i.'],
    ]
    for (const [args, what, hint] of runs) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toContain(`trustpath: devices.csv: the file is an inventory (a table of devices, with the columns manufacturer, macs), not ${what}\n  hint: ${hint}`)
      expect(run.stderr).not.toMatch(/missing column|unknown column/)
      expect(run.stdout).toBe('')
    }
    const sites = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--sites', 'devices.csv'], { cwd: dir })
    expect(sites.status).toBe(2)
    expect(sites.stderr).toContain('trustpath: devices.csv: the file is an inventory (a table of devices, with the columns manufacturer, macs), not a sites file\n  hint: Give the sites')
    expect(sites.stdout).toBe('')
    // An inventory exported in another language is told the same way, by the columns it names.
    const german = await testdir({ 'geraete.csv': 'Name,Standort,Hersteller,Gerätetyp,Seriennummer,MAC-Adresse\nfra-sw-01,Frankfurt,Huawei,S5720-28X-SI-AC,2102351234,00:e0:fc:12:34:56\n', 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS })
    for (const [args, what] of [[['exposure', '-t', 'geraete.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs'], 'a topology'], [['plan', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'geraete.csv'], 'a flow list']] as const) {
      const run = await runCli([...args], { cwd: german })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toContain(`trustpath: geraete.csv: the file is an inventory (a table of devices, with the columns Hersteller, Seriennummer, MAC-Adresse), not ${what}`)
      expect(run.stderr).not.toMatch(/missing column|unknown column/)
    }
    // A flow sheet headed in German with a maker column beside its flows is a flow list all the same.
    await writeFile(join(german, 'fluesse.csv'), 'Quelle;Ziel;Volumen;Hersteller\nrt-fra-01;rt-muc-01;100;Huawei\n')
    const flows = await runCli(['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'fluesse.csv', '--format', 'json'], { cwd: german })
    expect(flows.stderr).not.toContain('is an inventory')
    expect(flows.stderr).toContain('unknown column "Hersteller" is ignored')
    expect(JSON.parse(flows.stdout).summary).toMatchObject({ flows: 1, totalVolume: 100 })
    // A JSON inventory (the demo's inventory.jsonl, a JSON array, NetBox's {"devices": [...]}) given as the flows.
    const DEVICE = { id: 'r1', name: 'rt-fra-01', manufacturer: 'Huawei', macs: ['00:e0:fc:12:34:56'] }
    const json = await testdir({
      'inventory.jsonl': `${JSON.stringify(DEVICE)}\n${JSON.stringify({ ...DEVICE, id: 'r2', name: 'rt-muc-01' })}\n`,
      'inventory.json': JSON.stringify([DEVICE], null, 2), 'devices.json': JSON.stringify({ devices: [DEVICE] }),
      'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS,
    })
    for (const file of ['inventory.jsonl', 'inventory.json', 'devices.json']) {
      const run = await runCli(['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', file], { cwd: json })
      expect(run.status, file).toBe(2)
      expect(run.stderr).toBe(`trustpath: ${file}: the file is an inventory (a JSON list of devices, with the fields manufacturer, macs), not a flow list\n` +
        '  hint: Give the inventory with -i, and the flows (id,src,dst,volume,class) with --flows.\n')
    }
    // A flow list in JSON is still a flow list.
    const flowsJson = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': LINKS, 'flows.json': JSON.stringify([{ id: 'f1', src: 'rt-fra-01', dst: 'rt-muc-01', volume: 100, class: 'secret' }]) })
    const routed = await runCli(['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.json', '-f', 'json'], { cwd: flowsJson })
    expect(routed.status, routed.stderr).toBe(1)
    expect(JSON.parse(routed.stdout).flows).toHaveLength(1)
    // A link list with a column of MACs beside its ends is still a link list.
    const withMacs = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'links.csv': 'a,b,mac\nrt-fra-01,rt-muc-01,00:e0:fc:00:00:01\n' })
    const links = await runCli(['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs', '-f', 'json'], { cwd: withMacs })
    expect(links.status).toBe(1)
    expect(JSON.parse(links.stdout).flows).toHaveLength(2)
  })
})

describe('a file given without its option', () => {
  it('is named with where it goes, rather than counted as an argument too many or read as the wrong file', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY })
    const policy = await runCli(['check', 'devices.csv', 'policy.yaml'], { cwd: dir })
    expect(policy.status).toBe(2)
    expect(policy.stderr).toBe('trustpath: check: "policy.yaml" is a policy, not an inventory (a policy goes with -p)\n' +
      '  hint: check reads every file named as an inventory; give the policy with -p and the output file with -o (trustpath check devices.csv -p policy.yaml -o findings.sarif).\n')
    const output = await runCli(['identify', 'devices.csv', 'out.json'], { cwd: dir })
    expect(output.status).toBe(2)
    expect(output.stderr.split('\n')).toEqual([
      'trustpath: identify: "out.json" is not there to read, and every file named is read as an inventory',
      '  hint: identify reads every file named as an inventory; give the output file with -o (trustpath identify devices.csv -o attributions.json).', '',
    ])
    const inventory = await runCli(['plan', 'devices.csv', '-p', 'policy.yaml'], { cwd: dir })
    expect(inventory.status).toBe(2)
    expect(inventory.stderr.split('\n')[0]).toBe('trustpath: plan: "devices.csv" is one argument too many')
    expect(inventory.stderr.split('\n')[1]).toMatch(/^  hint: plan takes every file with its option: -i inventory, -p policy/)
    expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual(['devices.csv', 'policy.yaml'])
  })

  it('a YAML inventory that is no policy (Zabbix\'s host export) is told as what it is, not as a policy given without -p', async () => {
    // Data collection > Hosts > Export saves YAML by default (zabbix_export_hosts.yaml).
    const zabbix = "zabbix_export:\n  version: '6.4'\n  host_groups:\n    - uuid: 6f6799aa69e844b4b3918f779f2abf08\n      name: 'Network devices'\n  hosts:\n    - host: core-sw-01\n      name: core-sw-01\n      inventory_mode: AUTOMATIC\n      inventory:\n        vendor: Huawei\n        model: S5720-28X-SI-AC\n"
    const dir = await testdir({ 'zabbix_export_hosts.yaml': zabbix, 'policy.yaml': POLICY })
    for (const args of [['check', 'zabbix_export_hosts.yaml', '-p', 'policy.yaml'], ['identify', 'zabbix_export_hosts.yaml']]) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args[0]).toBe(2)
      expect(run.stderr, args[0]).toContain('zabbix_export_hosts.yaml: the inventory is Zabbix\'s export in YAML (zabbix_export_hosts.yaml), which is not read\n' +
        '  hint: Export the hosts again as JSON (Data collection > Hosts, mark them, Export > JSON: zabbix_export_hosts.json)')
      expect(run.stderr, args[0]).not.toContain('is a policy')
    }
  })

  it('a file named first, without a command, is told which commands read it', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    const run = await runCli(['devices.csv'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      "error: unknown command 'devices.csv'", '(a command comes first: trustpath identify devices.csv, or trustpath check devices.csv -p policy.yaml)',
    ])
    // A misspelt command is still offered the one meant.
    expect((await runCli(['identfy', 'devices.csv'], { cwd: dir })).stderr.split('\n')[1]).toBe('(Did you mean identify?)')
  })
})

describe('a network named with a colon (-t de:de.csv)', () => {
  it('is told to be written with =, when the file after the colon exists', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'de.csv': LINKS })
    const run = await runCli(['exposure', '-t', 'de:de.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('trustpath: de:de.csv: cannot read the topology: no such file\n  hint: To name the network, write -t de=de.csv.\n')
    const missing = await runCli(['exposure', '-t', 'de:other.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
    expect(missing.stderr).toBe('trustpath: de:other.csv: cannot read the topology: no such file\n  hint: Check the path.\n')
  })
})

describe('a network named with a space or an accent (-t "op de=de.csv", -t Köln=de.csv)', () => {
  it('is told which characters a name takes and the name to write, rather than that no such file exists', async () => {
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': POLICY, 'de.csv': LINKS })
    for (const [spec, fixed] of [['op de=de.csv', 'op-de'], ['Köln=de.csv', 'Koln']] as const) {
      const run = await runCli(['exposure', '-t', spec, '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
      expect(run.status, spec).toBe(2)
      expect(run.stderr).toBe(`trustpath: -t ${spec}: "${spec.split('=')[0]}" is no network name: a name in net=file is ASCII letters, digits, "_", "." and "-"\n` +
        `  hint: Write -t ${fixed}=de.csv; the network's name prefixes its node ids (${fixed}:node) and names its --budget.\n`)
    }
  })
})

describe('a policy cut short (a download or copy that stopped part-way)', () => {
  it('is told as cut short inside the bracket opened on a named line, not as an indentation mistake, by every command that reads it', async () => {
    const cut = `${POLICY}  - { id: cameras, lists: [ndaa-889`
    const dir = await testdir({ 'devices.csv': CSV, 'policy.yaml': cut, 'links.csv': LINKS, 'flows.csv': FLOWS })
    const message = 'policy.yaml:6:36: error: the policy ends inside the { opened on line 6 ("- { id: cameras, lists: [ndaa-889"), never closed: ' +
      'the file looks cut short (a download or copy that stopped part-way). Get the whole file again; ' +
      'if only its end is missing, complete the last entry and close the brackets with ]}.\n'
    for (const args of [
      ['check', 'devices.csv', '-p', 'policy.yaml'],
      ['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv'],
      ['plan', '-i', 'devices.csv', '-p', 'policy.yaml'],
    ]) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args[0]).toBe(2)
      expect(run.stderr, args[0]).toBe(message)
      expect(run.stdout, args[0]).toBe('')
    }
  })
})

describe('--strict stopping at a bad row after results went to standard output', () => {
  it('says that standard output holds only the start of the result, and says nothing of it when none was written', async () => {
    // 1,000 good rows fill the first batches, whose findings are written before row 1,002 is read.
    const rows = Array.from({ length: 1000 }, (_, i) => `r${i},rt-${i},core,Huawei,NE40E-X8,,2019-05-01\n`).join('')
    const late = `id,name,role,manufacturer,model,macs,manufactured\n${rows}bad,rt-bad,core,ZTE,ZXR10,,20l9\n`
    const early = 'id,name,role,manufacturer,model,macs,manufactured\nbad,rt-bad,core,ZTE,ZXR10,,20l9\nr1,rt-1,core,Huawei,NE40E-X8,,2019-05-01\n'
    const dir = await testdir({ 'late.csv': late, 'early.csv': early, 'policy.yaml': POLICY })
    const partial = 'Standard output holds only the start of the result, cut off where the run stopped (a JSON or SARIF document left unclosed, ' +
      'a CSV without its last rows): discard it, or write to a file with -o, which is kept only when the run completes.'
    const run = await runCli(['check', 'late.csv', '-p', 'policy.yaml', '-f', 'json', '--strict'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout.length).toBeGreaterThan(0)
    expect(() => JSON.parse(run.stdout)).toThrow()
    expect(run.stderr).toMatch(/^trustpath: late\.csv:1002: field "manufactured" has the value "20l9"/)
    expect(run.stderr).toContain(`  hint: Fix this row, or run without --strict to skip bad rows and report them all. ${partial}\n`)
    // Nothing written yet: no word of a partial result.
    const first = await runCli(['check', 'early.csv', '-p', 'policy.yaml', '-f', 'json', '--strict'], { cwd: dir })
    expect(first.status).toBe(2)
    expect(first.stdout).toBe('')
    expect(first.stderr).not.toContain('Standard output')
    // With -o the file is not written at all, and nothing is said of standard output.
    const file = await runCli(['check', 'late.csv', '-p', 'policy.yaml', '-f', 'json', '--strict', '-o', 'out.json'], { cwd: dir })
    expect(file.status).toBe(2)
    expect(existsSync(join(dir, 'out.json'))).toBe(false)
    expect(file.stderr).not.toContain('Standard output')
  })
})

describe('the FCC Covered List saved from its page, given as the policy', () => {
  it('is told as the list, built in as fcc-covered, with the smallest policy that names it, and the policy written so checks the inventory', async () => {
    // The head of the Covered List's table as the FCC publishes it (fcc.gov/supplychain/coveredlist), saved as CSV.
    const covered = 'covered_equipment_or_services,date_of_inclusion_on_covered_list\n' +
      '"Telecommunications equipment produced by Huawei Technologies Company, including telecommunications or video surveillance services provided by such entity or using such equipment.","March 12, 2021"\n'
    const dir = await testdir({ 'devices.csv': CSV, 'covered-list.csv': covered, 'Covered List.csv': covered.replace(/^[^\n]*/, 'Covered Equipment or Services,Date of Inclusion on Covered List') })
    for (const list of ['covered-list.csv', 'Covered List.csv']) {
      const run = await runCli(['check', 'devices.csv', '-p', list], { cwd: dir })
      expect(run.status, list).toBe(2)
      expect(run.stderr).toContain(`${list}:1: error: the file is the FCC Covered List (its table of covered equipment or services), not a YAML policy. ` +
        'Expected a YAML policy that names the list: the Covered List is built in, with the date of each entry, as fcc-covered; ' +
        'the smallest policy is version: 1 and rules: [{ id: no-covered, lists: [fcc-covered], effect: prohibit }] (docs/policy.md).')
    }
    // The policy the message gives, written as it says, finds the Huawei router.
    await writeFile(join(dir, 'policy.yaml'), 'version: 1\nrules: [{ id: no-covered, lists: [fcc-covered], effect: prohibit }]\n')
    const checked = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    expect(checked.status, checked.stderr).toBe(1)
    expect(JSON.parse(checked.stdout).findings.map((f: { deviceId: string }) => f.deviceId)).toEqual(['r1'])
  })
})

describe('files broken in ways a reader had crashed on', () => {
  it('end in one clear error at the file and line, with exit 2 and no stack trace', async () => {
    // lldpd's -f xml with its <chassis> line lost; a policy of list items nested thousands deep on one line.
    const lldp = '<?xml version="1.0" encoding="UTF-8"?>\n<lldp label="LLDP neighbors">\n <interface label="Interface" name="eth0" via="LLDP" rid="1">\n' +
      '   <id label="ChassisID" type="mac">00:e0:fc:a1:b2:c3</id>\n   <name label="SysName">tor-7.example.net</name>\n  </chassis>\n </interface>\n</lldp>\n'
    const dir = await testdir({ 'neighbors.xml': lldp, 'devices.csv': CSV, 'policy.yaml': `# policy\n${'- '.repeat(20_000)}\nversion: 1\n` })
    const runs: [string[], RegExp][] = [
      [['identify', 'neighbors.xml'], /^neighbors\.xml:5: error: .*<name> is inside an element with a name="eth0" attribute/m],
      [['check', 'devices.csv', '-p', 'policy.yaml'], /^policy\.yaml:2: error: the policy is not valid YAML: its lists or maps are nested too deeply to be read\./m],
    ]
    for (const [args, message] of runs) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(message)
      expectNoStack(run.stderr)
    }
  })
})
