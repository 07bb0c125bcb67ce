import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { runCli } from './run-cli.js'

// Commands as README.md and docs/*.md show them, and what those pages promise of them.

const POLICY = `version: 1
rules:
  - id: s889-ban
    lists: [ndaa-889]
    effect: prohibit
`

describe('--strict', () => {
  it('stops at the first malformed row with one error that names the file and line once', async () => {
    const dir = await testdir({
      'devices.csv': 'id,name,manufacturer,manufactured\nd1,a,Huawei,2019-05-01\nd2,b,Cisco,2019-13-45\n',
      'policy.yaml': POLICY,
    })
    for (const args of [['identify', 'devices.csv', '--strict'], ['check', 'devices.csv', '-p', 'policy.yaml', '--strict']]) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/^trustpath: devices\.csv:3: field "manufactured" has the value "2019-13-45"; expected an ISO date/m)
      expect(run.stderr.match(/devices\.csv:3/g)).toHaveLength(1)
      expect(run.stderr).toMatch(/hint: Fix this row, or run without --strict/)
    }
  })
})

describe('a containerlab topology with links to the host', () => {
  it('leaves them out with one links_outside_lab note, in exposure as in plan', async () => {
    const dir = await testdir({
      'lab.clab.yml': 'name: lab\ntopology:\n  nodes:\n    r1: { kind: huawei_vrp }\n    r2: { kind: nokia_srlinux }\n  links:\n    - endpoints: ["r1:eth1", "r2:eth1"]\n    - endpoints: ["r1:eth2", "host:veth0"]\n',
      'devices.csv': 'id,role,manufacturer\nr1,core,Huawei\nr2,core,Nokia\n',
      'policy.yaml': POLICY,
    })
    const runs = [
      ['exposure', '-t', 'lab.clab.yml', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs', '-f', 'json'],
      ['plan', '-t', 'lab.clab.yml', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs', '--solver', 'greedy'],
    ]
    for (const args of runs) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).not.toBe(2)
      expect(run.stderr, args[0]).toMatch(/^lab\.clab\.yml:8:\d+: info: 1 link of the lab ends outside it \("host"\)/m)
    }
  })
})

describe('an XML file that is no topology, given with -t', () => {
  it('is named by its root even behind a DOCTYPE: an nmap scan is an inventory, to give with -i', async () => {
    const dir = await testdir({
      // The head nmap -oX writes, DOCTYPE and stylesheet included.
      'scan.xml': '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nmaprun>\n<?xml-stylesheet href="file:///usr/bin/../share/nmap/nmap.xsl" type="text/xsl"?>\n' +
        '<nmaprun scanner="nmap" args="nmap -oX scan.xml 10.0.0.0/24" start="1700000000" version="7.94" xmloutputversion="1.05">\n</nmaprun>\n',
      'page.xml': '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html><body/></html>\n',
      'entities.graphml': '<?xml version="1.0"?>\n<!DOCTYPE graphml [ <!ENTITY a "b"> ]>\n<graphml/>\n',
      'devices.csv': 'id,role,manufacturer\nr1,core,Huawei\n',
      'policy.yaml': POLICY,
    })
    const expose = (topology: string) => runCli(['exposure', '-t', topology, '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
    const scan = await expose('scan.xml')
    expect(scan.status).toBe(2)
    expect(scan.stderr).toMatch(/^scan\.xml:2:\d+: error: the root element is <nmaprun>: this is an nmap scan .*Give it as the inventory \(-i\)/m)
    const page = await expose('page.xml')
    expect(page.stderr).toMatch(/^page\.xml:2:\d+: error: the root element is <html>: this is an HTML page/m)
    // A DOCTYPE in a topology's own format is still refused as one.
    const entities = await expose('entities.graphml')
    expect(entities.status).toBe(2)
    expect(entities.stderr).toMatch(/entities\.graphml:2:\d+: error: the XML has a DOCTYPE declaration, which is rejected/)
  })
})

describe('-o without --format', () => {
  it('writes the format the file extension names, and --format still wins', async () => {
    const dir = await testdir({
      'devices.csv': 'id,name,role,manufacturer,macs\nd1,core-1,core,Huawei,00:e0:fc:12:34:56\n',
      'links.csv': 'a,b\nd1,d2\n',
      'policy.yaml': POLICY,
    })
    const { readFile } = await import('node:fs/promises')
    const { join } = await import('node:path')
    const written = async (args: string[], file: string): Promise<string> => {
      const run = await runCli([...args, '-o', file, '-q'], { cwd: dir })
      expect(run.status, `${args.join(' ')} -o ${file}: ${run.stderr}`).not.toBe(2)
      return readFile(join(dir, file), 'utf8')
    }
    const check = ['check', 'devices.csv', '-p', 'policy.yaml']
    expect(await written(check, 'findings.csv')).toMatch(/^device,name,rule,severity,/)
    expect(JSON.parse(await written(check, 'findings.sarif'))).toMatchObject({ version: '2.1.0' })
    expect(await written(check, 'report.html')).toMatch(/^<!doctype html>/i)
    expect(JSON.parse(await written(check, 'findings.json'))).toHaveProperty('findings')
    expect(await written([...check, '-f', 'json'], 'forced.csv')).toMatch(/^\{/)
    expect(await written(['identify', 'devices.csv'], 'attributions.csv')).toMatch(/^id,name,manufacturer,group,/)
    expect(JSON.parse(await written(['identify', 'devices.csv'], 'attributions.json'))).toHaveLength(1)
    const exposure = ['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs']
    expect(JSON.parse(await written(exposure, 'exposure.geojson'))).toMatchObject({ type: 'FeatureCollection' })
    const plan = ['plan', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs', '--solver', 'greedy']
    expect(typeof JSON.parse(await written(plan, 'plan.json'))).toBe('object')
    expect(await written(plan, 'plan.txt')).not.toMatch(/^\{/)
    expect((await written(check, 'findings.jsonl')).split('\n')[0]).toMatch(/^\{"rule":"s889-ban","deviceId":"d1",/)
  })

  it('refuses an extension that names a format the command does not write, before reading anything', async () => {
    const dir = await testdir({ 'devices.csv': 'id,manufacturer\nd1,Huawei\n', 'links.csv': 'a,b\nd1,d2\n', 'policy.yaml': POLICY })
    const runs: [string[], string][] = [
      [['identify', 'devices.csv', '-o', 'report.html'], 'trustpath: -o report.html: identify does not write HTML, which the file\'s extension names'],
      [['check', 'devices.csv', '-p', 'policy.yaml', '-o', 'map.geojson'], 'trustpath: -o map.geojson: check does not write GeoJSON, which the file\'s extension names'],
      [['exposure', '-t', 'links.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs', '-o', 'flows.sarif'], 'trustpath: -o flows.sarif: exposure does not write SARIF, which the file\'s extension names'],
      [['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '-o', 'plan.sarif'], 'trustpath: -o plan.sarif: plan does not write SARIF, which the file\'s extension names'],
    ]
    for (const [args, first] of runs) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr.split('\n')[0]).toBe(first)
      expect(run.stderr.split('\n')[1]).toMatch(/^  hint: Name the file for a format \w+ writes \(\.json, .*\), or give --format to write one under this name\.$/)
      expect(run.stdout).toBe('')
    }
    const { readdirSync } = await import('node:fs')
    expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual(['devices.csv', 'links.csv', 'policy.yaml'])
    // --format writes the format asked for under any name.
    const forced = await runCli(['identify', 'devices.csv', '-f', 'jsonl', '-o', 'report.html', '-q'], { cwd: dir })
    expect(forced.status).toBe(0)
  })
})

describe('check -o report.html, the auditor\'s report of docs/output.md', () => {
  it('is one page needing no other file, naming the inventory and policy, with the findings, the waived ones and every device', async () => {
    const dir = await testdir({
      'devices.csv': 'id,name,role,site,manufacturer,model\ncam-042,cam-042,camera,ramstein,Hikvision,DS-2CD2032-I\nr1,core-1,core,fra,Huawei,NE40E\nr2,core-2,core,fra,Cisco,ASR9k\n',
      'policy.yaml': `${POLICY}exemptions:\n  - { device: cam-042, until: 2027-06-30, reason: "replacement ordered, PO 4711" }\n`,
    })
    const run = await runCli(['check', 'devices.csv', '-p', 'policy.yaml', '--now', '2026-12-07', '-o', 'report.html', '-q'], { cwd: dir })
    expect(run.status).toBe(1)
    const { readFile } = await import('node:fs/promises')
    const { join } = await import('node:path')
    const page = await readFile(join(dir, 'report.html'), 'utf8')
    expect(page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//)
    expect(page).toContain('devices.csv')
    expect(page).toContain('policy.yaml')
    for (const heading of ['Findings', 'Waived findings', 'Rebranded equipment', 'All devices']) expect(page, heading).toMatch(new RegExp(`<h2[^>]*>${heading}<`))
    expect(page).toContain('replacement ordered, PO 4711')
    expect(page).toContain('core-2')
  })
})
