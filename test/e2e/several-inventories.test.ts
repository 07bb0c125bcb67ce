import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { sarifValidator } from '../../src/test-support/sarif-schema.js'
import { testdir } from '../../src/test-support/testdir.js'
import { buildWorkbook, textSheet } from '../../src/test-support/workbook.js'
import { runCli } from './run-cli.js'

// NTC Templates' IOS show version of a Catalyst 4948E (rt-fra-01) and a VRP display version of an
// NE40E-X2-M8A (pe-1), saved as one file per router as a folder of captures holds them.
const LOG = readFileSync(new URL('../fixtures/cli/two-routers.log', import.meta.url), 'utf8').split('\n')
const CISCO = `${LOG.slice(0, 42).join('\n')}\n`
const HUAWEI = `${LOG.slice(42).join('\n')}`

const POLICY = `version: 1
rules:
  - id: s889-ban
    lists: [ndaa-889]
    effect: prohibit
`

const SITE_CSV = `id,name,manufacturer,macs
cam-1,gate camera,Hikvision,
sw-9,access switch,,00:e0:fc:00:00:09
`

/** A folder of captures: one file per device, a README beside them, and a hidden directory. */
function captures(): Record<string, string> {
  return {
    'captures/rt-fra-01.txt': CISCO,
    'captures/pe/pe-1.txt': HUAWEI,
    'captures/README.md': '# Captures\n\nshow version of each router, taken in May.\n',
    'captures/.git/HEAD': 'ref: refs/heads/main\n',
    'site.csv': SITE_CSV,
    'policy.yaml': POLICY,
  }
}

describe('several inventories: files and directories read as one', () => {
  it('warns of a link in a folder whose capture was moved away, or that loops, and reads the rest', async () => {
    const dir = await testdir(captures())
    symlinkSync('../archive/rt-muc-01.txt', join(dir, 'captures', 'rt-muc-01.txt'))
    symlinkSync('loop-b.txt', join(dir, 'captures', 'loop-a.txt'))
    symlinkSync('loop-a.txt', join(dir, 'captures', 'loop-b.txt'))
    const run = await runCli(['identify', 'captures', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect((JSON.parse(run.stdout) as { id: string }[]).map((r) => r.id)).toEqual(['pe-1', 'rt-fra-01'])
    expect(run.stderr).toMatch(/^captures\/rt-muc-01\.txt: warning: skipped \(found in captures\): cannot read the inventory: it is a link to \.\.\/archive\/rt-muc-01\.txt, which is not there\. Point the link at the inventory file, or remove it\.$/m)
    expect(run.stderr).toMatch(/^captures\/loop-a\.txt: warning: skipped \(found in captures\): cannot read the inventory: it is a link in a loop of links \(loop-b\.txt \.\.\.\)/m)
    // Named itself, a broken link is an error that says so.
    const named = await runCli(['identify', 'captures/rt-muc-01.txt'], { cwd: dir })
    expect(named.status).toBe(2)
    expect(named.stderr).toBe('trustpath: captures/rt-muc-01.txt: cannot read the inventory: it is a link to ../archive/rt-muc-01.txt, which is not there\n  hint: Point the link at the inventory file, or remove it.\n')
  })

  it('identifies every device of a folder of captures and of a CSV, skipping the README with a warning', async () => {
    const dir = await testdir(captures())
    const run = await runCli(['identify', 'captures', 'site.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; manufacturer: string | null }[]
    // Depth first, by name: captures/pe/pe-1.txt before captures/rt-fra-01.txt; then the CSV.
    expect(rows.map((r) => [r.id, r.manufacturer])).toEqual([['pe-1', 'huawei'], ['rt-fra-01', 'cisco'], ['cam-1', 'hikvision'], ['sw-9', 'huawei']])
    expect(run.stderr).toMatch(/^captures\/README\.md: warning: skipped \(found in captures\): the inventory is in a layout trustpath does not read: its first line \("# Captures"\) is no CSV header naming a known column/m)
    expect(run.stderr).not.toMatch(/HEAD/)
    expect(run.stderr).toMatch(/^4 devices: 4 attributed/m)
  })

  it('checks them, locating each SARIF result in its own file, valid against the schema', async () => {
    const dir = await testdir(captures())
    const run = await runCli(['check', 'captures', 'site.csv', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'sarif'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const log = JSON.parse(run.stdout)
    expect(sarifValidator()(log)).toBe(true)
    const artifacts = (log.runs[0].artifacts as { location: { uri: string } }[]).map((a) => a.location.uri)
    expect(artifacts).toEqual(['captures/README.md', 'captures/pe/pe-1.txt', 'captures/rt-fra-01.txt', 'site.csv', 'policy.yaml'])
    const located = (log.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region?: { startLine: number } } }[]; relatedLocations: { physicalLocation: { artifactLocation: { index: number } } }[]; properties: { deviceId: string } }[])
      .map((r) => [r.properties.deviceId, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.artifactLocation.index, r.locations[0]!.physicalLocation.region?.startLine, r.relatedLocations[0]!.physicalLocation.artifactLocation.index])
    expect(located).toEqual([['pe-1', 'captures/pe/pe-1.txt', 1, 1, 4], ['cam-1', 'site.csv', 3, 2, 4], ['sw-9', 'site.csv', 3, 3, 4]])
  })

  it('names each file in SARIF by a URI that resolves to it, whatever characters its name holds', async () => {
    const names = ['Site #2 (Zürich).csv', 'what?.csv', '100% done.csv']
    const dir = await testdir({ ...Object.fromEntries(names.map((n, i) => [`exports/${n}`, `id,manufacturer\nd${i},ZTE\n`])), 'policy.yaml': POLICY })
    const run = await runCli(['check', 'exports', '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'sarif'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const log = JSON.parse(run.stdout)
    expect(sarifValidator()(log)).toBe(true)
    // As a viewer resolves them against the folder the log was made in.
    const resolved = (uri: string) => decodeURIComponent(new URL(uri, 'file:///inventories/').pathname).slice('/inventories/'.length)
    const artifacts = (log.runs[0].artifacts as { location: { uri: string } }[]).map((a) => resolved(a.location.uri))
    expect(artifacts).toEqual([...names.map((n) => `exports/${n}`).sort(), 'policy.yaml'])
    const located = (log.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]).map((r) => resolved(r.locations[0]!.physicalLocation.artifactLocation.uri))
    expect(located).toEqual(names.map((n) => `exports/${n}`).sort())
  })

  it('reads the walks of several unconfigured switches, one file per host, that all name themselves HUAWEI, as several devices', async () => {
    // snmpwalk -v2c -c public $h system; ... ifPhysAddress > $h.txt, for switches left with the
    // factory sysName; one walked again into another folder is the same switch.
    const walk = (mac: string) => 'SNMPv2-MIB::sysDescr.0 = STRING: S5720-28X-PWR-SI-AC\nHuawei Versatile Routing Platform Software\n' +
      'SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2011.2.23.420\nSNMPv2-MIB::sysName.0 = STRING: HUAWEI\n' +
      `IF-MIB::ifPhysAddress.5 = STRING: ${mac}\n`
    const dir = await testdir({
      'walks/10.0.0.1.txt': walk('0:e0:fc:12:34:51'), 'walks/10.0.0.2.txt': walk('0:e0:fc:12:34:52'), 'walks/10.0.0.3.txt': walk('0:e0:fc:12:34:53'),
      'walks/old/10.0.0.2.txt': walk('0:e0:fc:12:34:52'), 'site.csv': 'id,manufacturer\nHUAWEI,Huawei\n',
    })
    const run = await runCli(['identify', 'walks', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      'HUAWEI,HUAWEI,huawei', 'HUAWEI/10.0.0.2.txt,HUAWEI,huawei', 'HUAWEI/10.0.0.3.txt,HUAWEI,huawei',
    ])
    expect(run.stderr).toMatch(/^walks\/10\.0\.0\.2\.txt:1: warning: device id "HUAWEI" was already used at walks\/10\.0\.0\.1\.txt:1 by another device \(their MACs differ\): this one is read as "HUAWEI\/10\.0\.0\.2\.txt"\.$/m)
    // The same switch walked twice is one device, and a row that says nothing of the device's MACs
    // or serial is taken for the same device, as before.
    expect(run.stderr).toMatch(/^walks\/old\/10\.0\.0\.2\.txt:1: warning: device "HUAWEI" is the one read at walks\/10\.0\.0\.2\.txt:1 \(a MAC in common\): this file's lines of it are not read/m)
    const csv = await runCli(['identify', 'walks/10.0.0.1.txt', 'site.csv', '-f', 'csv'], { cwd: dir })
    expect(csv.stdout.trim().split('\n').length).toBe(2)
  })

  it('takes a switch a neighbour table names and its own walk, whose MACs hold the chassis MAC the table gave, for one device', async () => {
    // A core switch's display lldp neighbor names the access switch by its sysName and chassis MAC;
    // the access switch's own walk lists that MAC among its interfaces' MACs, and another.
    const lldp = '<core-1>display lldp neighbor\nGigabitEthernet0/0/1 has 1 neighbor(s):\n\nNeighbor index :1\nChassis type   :MAC address\n' +
      'Chassis ID     :00e0-fc12-3456\nPort ID        :GigabitEthernet0/0/48\nSystem name         :sw-fra-access-07\n' +
      'System description  :S5720-28X-PWR-SI-AC\nHuawei Versatile Routing Platform Software\nExpired time   :96s\n'
    const walk = 'SNMPv2-MIB::sysDescr.0 = STRING: S5720-28X-PWR-SI-AC\nSNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2011.2.23.420\n' +
      'SNMPv2-MIB::sysName.0 = STRING: sw-fra-access-07\nIF-MIB::ifPhysAddress.5 = STRING: 0:e0:fc:12:34:56\nIF-MIB::ifPhysAddress.7 = STRING: 0:e0:fc:12:34:57\n'
    const dir = await testdir({ 'caps/core-1-lldp.txt': lldp, 'caps/sw-fra-access-07.txt': walk })
    const run = await runCli(['identify', 'caps', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['sw-fra-access-07'])
    expect(run.stderr).toMatch(/^caps\/sw-fra-access-07\.txt:1: warning: device "sw-fra-access-07" is the one read at caps\/core-1-lldp\.txt:4 \(a MAC in common\): this file's lines of it are not read, as a device is read from the first file that names it \(name first the file that says most of it, such as a device's own walk before a neighbour table that names it\)\.$/m)
  })

  it('tells a device a scan names by its address and a walk by its sysName, which share a MAC: one device under two ids', async () => {
    // The scan of test/fixtures/inventory/scan.nmap (its Huawei router rt-fra-01, 10.0.0.1) and a walk of that router
    // under its sysName, beside the VRRP MAC it answers for with its pair (which tells nothing).
    const scan = readFileSync(new URL('../fixtures/inventory/scan.nmap', import.meta.url), 'utf8')
    const walk = 'SNMPv2-MIB::sysDescr.0 = STRING: Huawei AR1220\nSNMPv2-MIB::sysName.0 = STRING: rt-fra-01\n' +
      'IF-MIB::ifPhysAddress.2 = STRING: 0:0:5e:0:1:1\nIF-MIB::ifPhysAddress.3 = STRING: 0:e0:fc:12:34:56\n'
    const dir = await testdir({ 'caps/scan.nmap': scan, 'caps/walks/rt-fra-01.txt': walk })
    const run = await runCli(['identify', 'caps', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^caps\/walks\/rt-fra-01\.txt:1: warning: device "rt-fra-01" has the MAC 00:e0:fc:12:34:56 of device "10\.0\.0\.1" read at caps\/scan\.nmap:3: the same device under two ids/m)
    expect(run.stderr.match(/has the MAC/g)).toHaveLength(1)
    expect(run.stderr).toContain('1 device seems to be read under two ids, sharing a MAC')
  })

  it('reads the walks of hosts without sysName, one file each, as several devices, though each is the first walk of its file', async () => {
    const dir = await testdir({
      'walks/10.0.0.1.txt': 'SNMPv2-MIB::sysDescr.0 = STRING: Huawei AR1220\nSNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2011.2.224.1\n',
      'walks/10.0.0.2.txt': 'SNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS Software, C2600 Software (C2600-ADVIPSERVICESK9-M), Version 12.4(25d), RELEASE SOFTWARE (fc1)\n' +
        'SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.9.1.209\n',
    })
    const run = await runCli(['identify', 'walks', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['walk-1,,huawei', 'walk-1/10.0.0.2.txt,,cisco'])
    // A walk of a host's interfaces' MACs alone, without its system group, after one of another host's system group.
    const macsOnly = await testdir({
      'walks/10.0.0.1.txt': 'SNMPv2-MIB::sysDescr.0 = STRING: Huawei AR1220\nSNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2011.2.224.1\n',
      'walks/10.0.0.5.txt': 'IF-MIB::ifPhysAddress.2 = STRING: 0:e0:fc:12:34:56\n',
    })
    const both = await runCli(['identify', 'walks', '-f', 'csv'], { cwd: macsOnly })
    expect(both.stdout.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['walk-1,,huawei', 'walk-1/10.0.0.5.txt,,huawei'])
    expect(run.stderr).toMatch(/^walks\/10\.0\.0\.2\.txt:1: warning: device id "walk-1" was already used at walks\/10\.0\.0\.1\.txt:1 by the walk of that order in its file \(a walk without sysName is known by its order\): this one is read as "walk-1\/10\.0\.0\.2\.txt"\.$/m)
  })

  it('skips a device whose id an earlier file used, saying where, and tells a file named that is no inventory as an input error', async () => {
    const dir = await testdir({ ...captures(), 'again.csv': 'id,manufacturer\nrt-fra-01,Cisco\nnew-1,ZTE\n', 'scan.gz': gzipSync('id\nd1\n').subarray(0, 20) })
    const run = await runCli(['identify', 'captures', 'again.csv', 'scan.gz', '-f', 'csv'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['pe-1', 'rt-fra-01', 'new-1'])
    expect(run.stderr).toMatch(/^again\.csv:2: warning: device id "rt-fra-01" was already used at captures\/rt-fra-01\.txt:1: this file.s lines of it are not read/m)
    expect(run.stderr).toMatch(/^scan\.gz: error: skipped: the inventory is a gzip file that cannot be decompressed: it ends before its compressed data does .*\. Download or copy the file again/m)
  })

  it('does not read back its own results found in a folder or named: what it concluded is no declared manufacturer', async () => {
    const dir = await testdir(captures())
    // Last run's results, left in the folder of captures or named by mistake for -o.
    for (const [args, file] of [[['identify', 'captures', '-f', 'csv'], 'attributions.csv'], [['identify', 'site.csv', '-f', 'json'], 'attributions.json'],
      [['identify', 'site.csv', '-f', 'jsonl'], 'attributions.jsonl'], [['check', 'site.csv', '-p', 'policy.yaml', '-f', 'csv'], 'findings.csv'],
      [['check', 'site.csv', '-p', 'policy.yaml', '-f', 'jsonl'], 'findings.jsonl']] as const) {
      const made = await runCli([...args], { cwd: dir })
      expect(made.stdout.length, file).toBeGreaterThan(0)
      writeFileSync(join(dir, file.endsWith('.csv') ? join('captures', file) : file), made.stdout)
    }
    const run = await runCli(['identify', 'captures', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    // The captures' own devices, attributed by their show version, not last run's rows.
    expect((JSON.parse(run.stdout) as { id: string; evidence: { method: string }[] }[]).map((r) => [r.id, r.evidence.map((e) => e.method).join(' ')]))
      .toEqual([['pe-1', 'banner model'], ['rt-fra-01', 'banner model']])
    expect(run.stderr).toMatch(/^captures\/attributions\.csv: warning: skipped \(found in captures\): the inventory is trustpath identify's output \(attributions\), not an inventory\./m)
    expect(run.stderr).toMatch(/^captures\/findings\.csv: warning: skipped \(found in captures\): the inventory is trustpath check's output \(findings\), not an inventory\./m)
    for (const [file, what] of [['attributions.json', 'identify'], ['attributions.jsonl', 'identify'], ['findings.jsonl', 'check']]) {
      const named = await runCli(['identify', 'site.csv', file!, '-f', 'csv'], { cwd: dir })
      expect(named.status, file).toBe(2)
      expect(named.stderr, file).toMatch(new RegExp(`^${file!.replace('.', '\\.')}: error: skipped: the inventory is trustpath ${what}'s output.*; to write the result to this file, give it with -o\\.$`, 'm'))
      expect(named.stdout.trim().split('\n').length, file).toBe(3)
    }
  })

  it('refuses a folder that holds no device, and one that holds no file, before writing anything', async () => {
    const dir = await testdir({ 'docs/README.md': '# Notes\n', 'docs/empty.csv': '', 'empty/.keep': '' })
    const none = await runCli(['identify', 'docs', '-f', 'json'], { cwd: dir })
    expect(none.status).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toMatch(/^docs\/empty\.csv: warning: skipped \(found in docs\): it holds no devices/m)
    expect(none.stderr).toMatch(/^trustpath: docs: none of the 2 files read holds a device$/m)
    const named = await runCli(['identify', 'docs/empty.csv', 'docs/README.md', '-f', 'json'], { cwd: dir })
    expect(named.status).toBe(2)
    expect(named.stdout).toBe('')
    expect(named.stderr).toMatch(/^trustpath: none of the 2 files read holds a device$/m)
    const empty = await runCli(['identify', 'empty'], { cwd: dir })
    expect(empty.status).toBe(2)
    expect(empty.stderr).toMatch(/^trustpath: empty: the directory holds no file to read \(names starting with a dot, backups ending in ~ and lock files starting with ~\$ are not read\)$/m)
  })

  it('refuses to write the result inside a folder it reads, and a policy given where an inventory goes', async () => {
    const dir = await testdir(captures())
    const inside = await runCli(['identify', 'captures', '-o', 'captures/out.json'], { cwd: dir })
    expect(inside.status).toBe(2)
    expect(inside.stderr).toMatch(/-o captures\/out\.json is inside captures, which is read as the inventory/)
    expect(readFileSync(join(dir, 'captures', 'README.md'), 'utf8')).toMatch(/^# Captures/)
    // Nor in a folder below it that the output would create.
    const below = await runCli(['identify', 'captures', '-o', 'captures/results/out.json'], { cwd: dir })
    expect(below.status).toBe(2)
    expect(below.stderr).toMatch(/-o captures\/results\/out\.json is inside captures, which is read as the inventory/)
    expect(existsSync(join(dir, 'captures', 'results'))).toBe(false)
    const policy = await runCli(['check', 'site.csv', 'policy.yaml', '-p', 'policy.yaml'], { cwd: dir })
    expect(policy.status).toBe(2)
    expect(policy.stderr).toMatch(/"policy\.yaml" is a policy, not an inventory \(a policy goes with -p\)/)
  })

  it('takes --sheet for the workbooks among the files without a warning for each CSV beside them, and warns once when none is a workbook', async () => {
    const { sheet, strings } = textSheet('Switches', [['Hostname', 'Vendor'], ['sw-ham-1', 'ZTE']])
    const cover = textSheet('Cover', [['Inventory of Hamburg']])
    const dir = await testdir({
      'exports/ham.xlsx': buildWorkbook({ sheets: [{ ...cover.sheet, rows: cover.sheet.rows.replace(/<v>0<\/v>/, `<v>${strings.length}</v>`) }, sheet], strings: [...strings, ...cover.strings] }),
      'exports/fra.csv': 'id,manufacturer\nsw-fra-1,Huawei\n', 'exports/muc.csv': 'id,manufacturer\nsw-muc-1,Cisco\n', 'ber.csv': 'id,manufacturer\nsw-ber-1,Cisco\n',
    })
    const run = await runCli(['identify', 'exports', 'ber.csv', '--sheet', 'Switches', '-f', 'csv', '-q'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['sw-fra-1', 'sw-ham-1', 'sw-muc-1', 'sw-ber-1'])
    expect(run.stderr).toBe('')
    const none = await runCli(['identify', 'exports/fra.csv', 'exports/muc.csv', 'ber.csv', '--sheet', 'Switches', '-f', 'csv', '-q'], { cwd: dir })
    expect(none.status, none.stderr).toBe(0)
    expect(none.stderr.match(/--sheet "Switches" is ignored/g)).toHaveLength(1)
    expect(none.stderr).toMatch(/^exports\/fra\.csv: warning: --sheet "Switches" is ignored/m)
  })

  it('names the sheet and row of a workbook where an id repeated in a later file was used first', async () => {
    const { sheet, strings } = textSheet('Switches', [['Hostname', 'Vendor'], ['sw-ham-1', 'ZTE']])
    const dir = await testdir({ 'ham.xlsx': buildWorkbook({ sheets: [sheet], strings }), 'again.csv': 'Hostname,Vendor\nsw-ham-1,ZTE\n' })
    const run = await runCli(['identify', 'ham.xlsx', 'again.csv', '-f', 'csv', '-q'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^again\.csv:2: warning: device id "sw-ham-1" was already used at ham\.xlsx:Switches!2: this file.s lines of it are not read,/m)
  })

  it('stops at a bad row of any file with --strict, but not at a README or an archive found in a folder', async () => {
    const dir = await testdir({ ...captures(), 'captures/old.csv.gz': gzipSync('id\nd1\n').subarray(0, 20), 'bad.csv': 'id,macs\nb1,00:e0:fc:00:00:01\nb1,00:e0:fc:00:00:02\n"open,\n' })
    const ok = await runCli(['identify', 'captures', '--strict', '-f', 'jsonl'], { cwd: dir })
    expect(ok.status, ok.stderr).toBe(0)
    expect(ok.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['pe-1', 'rt-fra-01'])
    expect(ok.stderr).toMatch(/^captures\/old\.csv\.gz: warning: skipped \(found in captures\): the inventory is a gzip file that cannot be decompressed/m)
    // Named, it stops the run as a single file would.
    const named = await runCli(['identify', 'captures/old.csv.gz', 'captures', '--strict', '-f', 'jsonl'], { cwd: dir })
    expect(named.status).toBe(2)
    const bad = await runCli(['identify', 'captures', 'bad.csv', '--strict', '-f', 'jsonl'], { cwd: dir })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^trustpath: bad\.csv:4: /m)
  })
})

/**
 * The sources of one data centre's network, given together: a NetBox device export (names, serials,
 * a camera declared Lorex, a switch recorded Retired), SNMP walks one file per device (by sysName or
 * by address), an nmap scan of the management subnet (addresses, MACs, banners; a camera only it
 * sees), the LLDP neighbours of the two core switches and the core's ARP table.
 */
function fraDc1(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const f of ['netbox.csv', 'walks/agg-fra-01.txt', 'walks/core-fra-1.txt', 'walks/10.20.0.12.txt', 'walks/10.20.0.20.txt',
    'scan.xml', 'lldp/core-fra-1.txt', 'lldp/core-fra-2.txt', 'arp.txt']) {
    files[`fra/${f}`] = readFileSync(new URL(`../fixtures/inventory/fra-dc1/${f}`, import.meta.url), 'utf8')
  }
  return { ...files, 'policy.yaml': POLICY }
}

describe('several sources of one network: an inventory export, walks, a scan, neighbour and ARP tables', () => {
  const SOURCES = ['fra/netbox.csv', 'fra/walks', 'fra/scan.xml', 'fra/lldp', 'fra/arp.txt']

  it('tells each device a scan or an ARP table names by its address that shares a MAC with one the export names, where a skipped walk gave the MAC', async () => {
    const dir = await testdir(fraDc1())
    const run = await runCli(['identify', ...SOURCES, '-f', 'csv', '--all-diagnostics'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    // The walk of agg-fra-01 is skipped for the export's row of its serial; its MACs still tell the scan's host to be it.
    expect(run.stderr).toContain('fra/scan.xml:4: warning: device "10.20.0.11" has the MAC 4c:1f:cc:aa:00:11 of device "agg-fra-01" read at fra/netbox.csv:4 ' +
      '(the MAC given at fra/walks/agg-fra-01.txt:1): the same device under two ids')
    // A walk known by the same name as the export's row, naming no serial: its MAC is the OLT's, which the ARP table names by address.
    expect(run.stderr).toContain('fra/arp.txt:7: warning: device "10.20.0.20" has the MAC 00:19:c6:00:20:01 of device "olt-fra-1" read at fra/netbox.csv:7 ' +
      '(the MAC given at fra/walks/10.20.0.20.txt:1)')
    // The retired ZTE switch the export names by name, which the scan still sees answering at its address.
    expect(run.stderr).toContain('fra/scan.xml:14: warning: device "10.20.0.17" has the address 10.20.0.17 of device "sw-old-7" read at fra/netbox.csv:8: ' +
      'the same device under two ids')
    // A switch the scan names by the address the export gives it; the neighbour table's entry of it, skipped, adds no second warning.
    expect(run.stderr).toContain('fra/scan.xml:9: warning: device "10.20.0.13" has the address 10.20.0.13 of device "acc-fra-03" read at fra/netbox.csv:6')
    expect(run.stderr).not.toContain('fra/lldp/core-fra-2.txt:20: warning: device "acc-fra-03" has the MAC')
    // The ARP table's line of a host the scan named adds no second warning for the same pair.
    expect(run.stderr.match(/"10\.20\.0\.11" has the MAC/g)).toHaveLength(1)
    expect(run.stderr.match(/warning: device "[^"]+" has the MAC/g)).toHaveLength(4)
    // The scan's camera at an address the export does not list is no one's.
    expect(run.stderr).not.toContain('"10.20.5.77" has the')
    // A walk of a device the export named, without a serial: the same device, not a name to make unique.
    expect(run.stderr).toContain('fra/walks/10.20.0.20.txt:1: warning: device id "olt-fra-1" was already used at fra/netbox.csv:7: this file\'s lines of it are not read')
    expect(run.stderr).not.toContain('Give every device a unique id')
    expect(run.stderr.match(/warning: device "[^"]+" has the address/g)).toHaveLength(5)
    expect(run.stderr).toContain('9 devices seem to be read under two ids, sharing a MAC (shared_mac_other_id above) or an address (shared_address_other_id above): ' +
      'each is counted twice in the device and finding counts')
    const ids = run.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])
    // The export's 13 devices, then what only the scan and the ARP table name by address.
    expect(ids).toHaveLength(23)
    expect(ids.slice(0, 13)).toEqual(['core-fra-1', 'core-fra-2', 'agg-fra-01', 'acc-fra-02', 'acc-fra-03', 'olt-fra-1', 'sw-old-7', 'fw-fra-1',
      'srv-nms-1', 'cam-gate-1', 'cam-lobby-2', 'cam-park-3', 'radio-base-1'])
  })

  it('tells a walk that names by its sysName a device a NetBox export with its ID column names by that ID, by the serial both give', async () => {
    const files = fraDc1()
    // The export with NetBox's own ID as a column, which is then the device's id.
    const [head, ...rows] = files['fra/netbox.csv']!.trimEnd().split('\n')
    files['fra/netbox.csv'] = `ID,${head}\n${rows.map((r, i) => `${i + 1},${r}`).join('\n')}\n`
    const dir = await testdir(files)
    const run = await runCli(['identify', ...SOURCES, '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain('fra/walks/agg-fra-01.txt:1: warning: device "agg-fra-01" has the serial number "2102353173DMKB000123" of device "3" read at fra/netbox.csv:4: ' +
      'the same device under two ids')
    expect(run.stderr.match(/has the serial number/g)).toHaveLength(3)
    expect(run.stderr).toMatch(/^13 devices seem to be read under two ids, sharing a MAC \(shared_mac_other_id above\) or a serial number \(shared_serial_other_id above\) or an address \(shared_address_other_id above\)/m)
  })

  it('checks them, telling under the summary that findings of a device read under two ids are counted twice', async () => {
    const dir = await testdir(fraDc1())
    const run = await runCli(['check', ...SOURCES, '-p', 'policy.yaml', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toMatch(/^9 devices seem to be read under two ids, sharing a MAC \(shared_mac_other_id above\) or an address \(shared_address_other_id above\)[^\n]*\n23 devices checked: 14 findings on 14 devices\.$/m)
    // The camera NetBox declares Lorex, which the scan sees answering as Dahua at its address.
    const rows = run.stdout.trim().split('\n')
    expect(rows.find((r) => r.includes('cam-gate-1'))).toMatch(/dahua/)
    expect(rows.find((r) => r.includes('10.20.5.21'))).toMatch(/dahua/)
  })

  it('tells the scan\'s host at the primary address a NetBox API answer gives a device of, as for its CSV export', async () => {
    // GET /api/dcim/devices/ of NetBox 4, trimmed: each address an IP address record with its prefix length.
    const ip = (id: number, family: 4 | 6, address: string) => ({ id, url: `https://netbox.example.net/api/ipam/ip-addresses/${id}/`, display: address, family: { value: family, label: `IPv${family}` }, address })
    const answer = {
      count: 2, next: null, previous: null,
      results: [
        {
          id: 7, url: 'https://netbox.example.net/api/dcim/devices/7/', display: 'sw-old-7', name: 'sw-old-7',
          device_type: { id: 3, manufacturer: { id: 2, name: 'ZTE', slug: 'zte' }, model: 'ZXR10 2928E', slug: 'zxr10-2928e' },
          role: { id: 4, name: 'Access', slug: 'access' }, site: { id: 1, name: 'fra-dc1', slug: 'fra-dc1' },
          serial: 'ZTE2928E0007', status: { value: 'decommissioning', label: 'Decommissioning' },
          primary_ip: ip(17, 4, '10.20.0.17/24'), primary_ip4: ip(17, 4, '10.20.0.17/24'), primary_ip6: null, oob_ip: null,
        },
        {
          id: 13, url: 'https://netbox.example.net/api/dcim/devices/13/', display: 'acc-fra-03', name: 'acc-fra-03',
          device_type: { id: 5, manufacturer: { id: 6, name: 'Juniper', slug: 'juniper' }, model: 'EX2300-24T', slug: 'ex2300-24t' },
          role: { id: 4, name: 'Access', slug: 'access' }, site: { id: 1, name: 'fra-dc1', slug: 'fra-dc1' },
          serial: 'JW3619300123', status: { value: 'active', label: 'Active' },
          primary_ip: ip(31, 6, '2001:DB8:20::13/64'), primary_ip4: null, primary_ip6: ip(31, 6, '2001:DB8:20::13/64'), oob_ip: ip(32, 4, '10.20.0.13/24'),
        },
      ],
    }
    const scan = readFileSync(new URL('../fixtures/inventory/fra-dc1/scan.xml', import.meta.url), 'utf8')
    const dir = await testdir({ 'devices.json': JSON.stringify(answer, null, 2), 'scan.xml': scan })
    const run = await runCli(['identify', 'devices.json', 'scan.xml', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    // The retired switch NetBox names by name, and the switch it reaches out of band, each told once at the scan's line.
    expect(run.stderr).toMatch(/^scan\.xml:14: warning: device "10\.20\.0\.17" has the address 10\.20\.0\.17 of device "sw-old-7" read at devices\.json:\d+: the same device under two ids/m)
    expect(run.stderr).toMatch(/^scan\.xml:9: warning: device "10\.20\.0\.13" has the address 10\.20\.0\.13 of device "acc-fra-03" read at devices\.json:\d+: the same device under two ids/m)
    expect(run.stderr.match(/has the address/g)).toHaveLength(2)
    expect(run.stderr).toContain('2 devices seem to be read under two ids, sharing')
    // Nothing is merged: the ids are NetBox's names and the scan's addresses, as before.
    const ids = run.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0])
    expect(ids.slice(0, 3)).toEqual(['sw-old-7', 'acc-fra-03', '10.20.0.11'])
    expect(ids).toContain('10.20.0.17')
  })
})

describe('several sources of one network merged with --merge', () => {
  const SOURCES = ['fra/netbox.csv', 'fra/walks', 'fra/scan.xml', 'fra/lldp', 'fra/arp.txt']
  // What a user counts by hand: the export's 13 devices, and the camera only the scan and the ARP table see.
  const DEVICES = ['core-fra-1', 'core-fra-2', 'agg-fra-01', 'acc-fra-02', 'acc-fra-03', 'olt-fra-1', 'sw-old-7', 'fw-fra-1',
    'srv-nms-1', 'cam-gate-1', 'cam-lobby-2', 'cam-park-3', 'radio-base-1', '10.20.5.77']

  it('identifies each device once, its other ids and every file and line kept, and shows the camera NetBox declares Lorex to be Dahua\'s', async () => {
    const dir = await testdir(fraDc1())
    const run = await runCli(['identify', '--merge', ...SOURCES, '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; aliases?: string[]; sources?: { file: string; line?: number; id: string }[]; group: string; conflicts: { kind: string; text: string }[] }[]
    expect(rows.map((r) => r.id)).toEqual(DEVICES)
    const agg = rows.find((r) => r.id === 'agg-fra-01')!
    expect(agg.aliases).toEqual(['10.20.0.11'])
    expect(agg.sources!.map((s) => `${s.file}:${s.line}`)).toEqual(['fra/netbox.csv:4', 'fra/walks/agg-fra-01.txt:1', 'fra/scan.xml:4', 'fra/lldp/core-fra-1.txt:3', 'fra/lldp/core-fra-2.txt:3', 'fra/arp.txt:4'])
    const camera = rows.find((r) => r.id === 'cam-gate-1')!
    expect(camera.group).toBe('dahua')
    expect(camera.conflicts.map((c) => c.text)).toEqual([expect.stringMatching(/^declared Lorex Technology \(fra\/netbox\.csv:11\); MAC OUI and banner say Zhejiang Dahua Technology \(known OEM\/rebrand/)])
    // No device is told to be read under two ids: they are one. One line says how many were merged.
    expect(run.stderr).not.toMatch(/other_id|two ids|this file's lines of it are not read/)
    expect(run.stderr).toContain('info: 33 records of several files merged into 11 devices (--merge)')
    expect(run.stderr).toMatch(/^14 devices: 14 attributed, 0 unknown, 1 with conflicts/m)
  })

  it('checks each device once, a SARIF result at the export\'s line with the device\'s other records as related locations', async () => {
    const dir = await testdir(fraDc1())
    const run = await runCli(['check', '--merge', ...SOURCES, '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'sarif'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const log = JSON.parse(run.stdout)
    expect(sarifValidator()(log)).toBe(true)
    type Located = { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }
    const results = log.runs[0].results as { properties: { deviceId: string }; locations: Located[]; relatedLocations: Located[] }[]
    // Before --merge, 14 findings on 14 devices: the scan's and the ARP table's Huawei, ZTE and Dahua hosts counted again.
    expect(results.map((r) => r.properties.deviceId)).toEqual(['agg-fra-01', 'acc-fra-02', 'olt-fra-1', 'sw-old-7', 'cam-gate-1', 'cam-lobby-2', 'radio-base-1', '10.20.5.77'])
    const where = (l: Located) => `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region?.startLine}`
    const camera = results.find((r) => r.properties.deviceId === 'cam-gate-1')!
    expect(where(camera.locations[0]!)).toBe('fra/netbox.csv:11')
    expect(camera.relatedLocations.map(where)).toEqual(['policy.yaml:3', 'fra/scan.xml:19', 'fra/arp.txt:9'])
    expect(run.stderr).toMatch(/^14 devices checked: 8 findings on 8 devices\.$/m)
  })

  it('keeps a NetBox export\'s name over its numeric ID column, and over a scan\'s address', async () => {
    const files = fraDc1()
    const [head, ...rows] = files['fra/netbox.csv']!.trimEnd().split('\n')
    files['fra/netbox.csv'] = `ID,${head}\n${rows.map((r, i) => `${i + 1},${r}`).join('\n')}\n`
    const dir = await testdir(files)
    const run = await runCli(['identify', '--merge', ...SOURCES, '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const out = JSON.parse(run.stdout) as { id: string; name?: string; aliases?: string[] }[]
    expect(out).toHaveLength(14)
    // The walk's sysName names the switch; the row of the camera nothing else names by name keeps NetBox's ID, with its name.
    expect(out.find((r) => r.id === 'agg-fra-01')?.aliases).toEqual(['3', '10.20.0.11'])
    expect(out.find((r) => r.name === 'cam-gate-1')).toMatchObject({ id: '10', aliases: ['10.20.5.21'] })
  })

  it('plans one replacement per device, where without it the scan\'s and the ARP table\'s hosts of the same switches and cameras were bought again', async () => {
    const dir = await testdir(fraDc1())
    const args = ['plan', '-i', ...SOURCES, '-p', 'policy.yaml', '--now', '2026-11-23', '--phases', '2026-2029', '--solver', 'greedy', '-f', 'json']
    const replaced = async (more: string[]) => {
      const run = await runCli([...args, ...more], { cwd: dir })
      expect(run.status, run.stderr).toBe(0)
      const { plan } = JSON.parse(run.stdout) as { plan: { actions: { deviceId: string }[] } }
      return plan.actions.map((a) => a.deviceId).sort()
    }
    // sw-old-7, which NetBox records Retired, answers the scan: it is on the network, and replaced.
    expect(await replaced(['--merge'])).toEqual(['10.20.5.77', 'acc-fra-02', 'agg-fra-01', 'cam-gate-1', 'cam-lobby-2', 'olt-fra-1', 'radio-base-1', 'sw-old-7'])
    expect(await replaced([])).toHaveLength(13)
  })

  it('leaves the line that says how many devices were merged out under --quiet, as the summary', async () => {
    const dir = await testdir(fraDc1())
    const run = await runCli(['identify', '--merge', ...SOURCES, '-f', 'jsonl', '-q'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(14)
    expect(run.stderr).not.toMatch(/merged into|devices: /)
  })

  it('gives a merged device\'s other ids and records in two more CSV columns, of identify and of check', async () => {
    const dir = await testdir(fraDc1())
    const identify = await runCli(['identify', '--merge', ...SOURCES, '-f', 'csv'], { cwd: dir })
    expect(identify.status, identify.stderr).toBe(0)
    const lines = identify.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/,ruled_out_owners,aliases,sources$/)
    expect(lines.find((l) => l.startsWith('agg-fra-01,'))).toMatch(
      /,10\.20\.0\.11,fra\/netbox\.csv:4;fra\/walks\/agg-fra-01\.txt:1;fra\/scan\.xml:4;fra\/lldp\/core-fra-1\.txt:3;fra\/lldp\/core-fra-2\.txt:3;fra\/arp\.txt:4$/)
    const check = await runCli(['check', '--merge', ...SOURCES, '-p', 'policy.yaml', '--now', '2026-11-23', '-f', 'csv'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    const rows = check.stdout.trim().split('\n')
    expect(rows[0]).toMatch(/,to_confirm,device_aliases,device_sources$/)
    expect(rows.find((l) => l.startsWith('cam-gate-1,'))).toMatch(/,10\.20\.5\.21,fra\/netbox\.csv:11;fra\/scan\.xml:19;fra\/arp\.txt:9$/)
    // Without --merge the columns are those of every CSV.
    const plain = await runCli(['identify', 'fra/netbox.csv', '-f', 'csv'], { cwd: dir })
    expect(plain.stdout.split('\n')[0]).toMatch(/,ruled_out_owners$/)
  })

  it('takes a schedule row that names a merged device by another id it was read under (the scan\'s address)', async () => {
    const dir = await testdir({ ...fraDc1(), 'schedule.csv': 'device,phase,not_before\n10.20.0.11,,2028-01-01\n' })
    const run = await runCli(['plan', '-i', ...SOURCES, '--merge', '-p', 'policy.yaml', '--now', '2026-11-23', '--phases', '2026-2029', '--solver', 'greedy',
      '--schedule', 'schedule.csv', '-f', 'json'], { cwd: dir })
    // The row is the switch's: it keeps it past the deadline of its ban, which the planner says, rather than a row naming no device.
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^schedule\.csv:2: error: device "agg-fra-01" may not be touched before 2028-01-01/m)
    expect(run.stderr).not.toMatch(/not a candidate|no device/)
  })

  it('keeps apart switches walked one file each that all kept the factory name, also with --no-duplicate-check, and merges the one walked twice', async () => {
    const walk = (mac: string) => 'SNMPv2-MIB::sysDescr.0 = STRING: S5720-28X-PWR-SI-AC\nHuawei Versatile Routing Platform Software\n' +
      `SNMPv2-MIB::sysName.0 = STRING: HUAWEI\nIF-MIB::ifPhysAddress.5 = STRING: ${mac}\n`
    const dir = await testdir({ 'walks/10.0.0.1.txt': walk('0:e0:fc:12:34:51'), 'walks/10.0.0.2.txt': walk('0:e0:fc:12:34:52'), 'walks/old/10.0.0.2.txt': walk('0:e0:fc:12:34:52') })
    for (const more of [[], ['--no-duplicate-check']]) {
      const run = await runCli(['identify', '--merge', 'walks', '-f', 'json', ...more], { cwd: dir })
      expect(run.status, run.stderr).toBe(0)
      const rows = JSON.parse(run.stdout) as { id: string; sources?: { file: string }[] }[]
      expect(rows.map((r) => [r.id, r.sources?.map((s) => s.file)])).toEqual([
        ['HUAWEI', undefined], ['HUAWEI/10.0.0.2.txt', ['walks/10.0.0.2.txt', 'walks/old/10.0.0.2.txt']],
      ])
    }
  })

  it('reads one file given with --merge as it reads it without', async () => {
    const dir = await testdir(fraDc1())
    const merged = await runCli(['identify', '--merge', 'fra/netbox.csv', '-f', 'csv'], { cwd: dir })
    const plain = await runCli(['identify', 'fra/netbox.csv', '-f', 'csv'], { cwd: dir })
    expect(merged.status, merged.stderr).toBe(0)
    // The same rows, with the two columns of --merge (a header the same whatever the number of files), empty.
    const lines = plain.stdout.trim().split('\n')
    expect(merged.stdout).toBe(`${[`${lines[0]},aliases,sources`, ...lines.slice(1).map((l) => `${l},,`)].join('\n')}\n`)
  })
})

describe('several inventories after -i', () => {
  it('give exposure the same answer as the one inventory they were cut from', async () => {
    const dir = await testdir({})
    const demo = await runCli(['demo', '-o', 'demo', '-q'], { cwd: dir })
    expect(demo.status, demo.stderr).toBe(0)
    const lines = readFileSync(join(dir, 'demo', 'inventory.jsonl'), 'utf8').trimEnd().split('\n')
    const half = Math.floor(lines.length / 2)
    writeFileSync(join(dir, 'a.jsonl'), `${lines.slice(0, half).join('\n')}\n`)
    writeFileSync(join(dir, 'b.jsonl'), `${lines.slice(half).join('\n')}\n`)
    const network = ['-t', 'demo/topology-op-de.json', '-t', 'demo/topology-op-it.json', '-t', 'demo/topology-op-jp.json', '--interconnect', 'demo/interconnect.csv',
      '-p', 'demo/policy.yaml', '--sites', 'demo/sites.json', '--flows', 'demo/flows.csv', '--now', '2026-11-23', '-f', 'json', '-q']
    const whole = await runCli(['exposure', ...network, '-i', 'demo/inventory.jsonl'], { cwd: dir })
    const parts = await runCli(['exposure', ...network, '-i', 'a.jsonl', 'b.jsonl'], { cwd: dir })
    // Exit 1: the demo's sensitive flows cross untrusted equipment.
    expect(whole.status, whole.stderr).toBe(1)
    expect(parts.status, parts.stderr).toBe(1)
    expect(JSON.parse(parts.stdout).flows.length).toBeGreaterThan(0)
    expect(parts.stdout).toBe(whole.stdout)
  })
})
