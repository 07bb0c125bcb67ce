import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { runCli } from './run-cli.js'

// A site's inventory as NetBox exports it, with a MAC that cannot be read on line 3.
const DEVICES = 'id,name,role,manufacturer,model,macs\nr1,rt-fra-01,core,Huawei,NE40E-X8,00:e0:fc:12:34:56\nc1,cam-gate,camera,Hikvision,DS-2CD2143G0-I,zz:19\nr2,rt-fra-02,core,Cisco,ASR-9001,\n'
const POLICY = 'version: 1\nrules:\n  - { id: s889-ban, lists: [ndaa-889], effect: prohibit }\n'

/** Rows enough for two worker threads to be asked for: 30,000 devices, every tenth a ZTE router. */
function bigJsonl(): string {
  const lines: string[] = []
  for (let i = 0; i < 30_000; i++) lines.push(JSON.stringify({ id: `d${i}`, name: `host-${i}`, manufacturer: i % 10 === 0 ? 'ZTE' : 'Juniper' }))
  return `${lines.join('\n')}\n`
}

describe('gzip-compressed inputs through the CLI', () => {
  it('identifies and checks a compressed inventory as the plain one, naming the file as given, also from standard input', async () => {
    const dir = await testdir({ 'devices.csv': DEVICES, 'devices.csv.gz': gzipSync(DEVICES), 'policy.yaml': POLICY, 'policy.yaml.gz': gzipSync(POLICY) })
    const plain = await runCli(['identify', 'devices.csv', '-f', 'csv'], { cwd: dir })
    const gz = await runCli(['identify', 'devices.csv.gz', '-f', 'csv'], { cwd: dir })
    expect(gz.status, gz.stderr).toBe(plain.status)
    expect(gz.stdout).toBe(plain.stdout)
    expect(gz.stdout).toMatch(/^r1,rt-fra-01,huawei,huawei,/m)
    expect(gz.stderr).toMatch(/^devices\.csv\.gz:3: warning: "zz:19" is not a MAC address/m)
    const piped = await runCli(['identify', '-', '-f', 'csv'], { cwd: dir, input: gzipSync(DEVICES) })
    expect(piped.stdout).toBe(plain.stdout)
    expect(piped.stderr).toMatch(/^<stdin>:3: warning: "zz:19"/m)

    const check = await runCli(['check', 'devices.csv.gz', '-p', 'policy.yaml.gz', '-f', 'json'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    const findings = (JSON.parse(check.stdout) as { findings: { deviceId: string }[] }).findings
    expect(findings.map((f) => f.deviceId).sort()).toEqual(['c1', 'r1'])
  })

  it('reads compressed files found in a directory, with --merge too', async () => {
    const dir = await testdir({
      'site/netbox.csv.gz': gzipSync(DEVICES),
      // arp -a of the core: rt-fra-01's MAC, and a ZTE router that the export lacks.
      'site/arp.txt.gz': gzipSync('? (10.0.0.1) at 00:e0:fc:12:34:56 [ether] on eth0\n? (10.0.0.9) at 00:19:c6:00:00:09 [ether] on eth0\n'),
    })
    const run = await runCli(['identify', 'site', '-f', 'csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^r1,rt-fra-01,huawei/m)
    expect(run.stdout).toMatch(/,zte,zte,/)
    const merged = await runCli(['identify', 'site', '--merge', '-f', 'csv'], { cwd: dir })
    expect(merged.status, merged.stderr).toBe(0)
    // The one record of rt-fra-01 in each file, merged; located at the lines of each file as named.
    expect(merged.stdout).toMatch(/^r1,rt-fra-01,huawei,.*,"?[^\n]*site\/arp\.txt\.gz:1;site\/netbox\.csv\.gz:2"?$/m)
  })

  it('checks a big compressed JSON Lines file in one stream with --jobs 2, with the output of the plain file read by workers', async () => {
    const text = bigJsonl()
    const dir = await testdir({ 'hosts.jsonl': text, 'hosts.jsonl.gz': gzipSync(text), 'policy.yaml': POLICY })
    const plain = await runCli(['check', 'hosts.jsonl', '-p', 'policy.yaml', '-f', 'csv', '--jobs', '2', '-o', 'plain.csv'], { cwd: dir })
    const gz = await runCli(['check', 'hosts.jsonl.gz', '-p', 'policy.yaml', '-f', 'csv', '--jobs', '2', '-o', 'gz.csv'], { cwd: dir })
    expect(plain.status, plain.stderr).toBe(1)
    expect(gz.status, gz.stderr).toBe(1)
    expect(readFileSync(join(dir, 'gz.csv'), 'utf8')).toBe(readFileSync(join(dir, 'plain.csv'), 'utf8'))
    expect(gz.stderr).toMatch(/30,000 devices checked: 3,000 findings/)
  }, 60_000)

  it('refuses a gzip file cut short with exit 2, keeping an earlier -o file as it was', async () => {
    const whole = gzipSync(bigJsonl())
    const dir = await testdir({ 'hosts.jsonl.gz': whole.subarray(0, Math.floor(whole.length * 0.6)), 'out.csv': 'earlier results\n' })
    const run = await runCli(['identify', 'hosts.jsonl.gz', '-f', 'csv', '-o', 'out.csv'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^trustpath: hosts\.jsonl\.gz: the inventory is a gzip file that cannot be decompressed: it ends before its compressed data does \(cut short: an interrupted download or copy\?\)\n {2}hint: Download or copy the file again/m)
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/)
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('earlier results\n')
    expect(existsSync(join(dir, 'attributions.csv'))).toBe(false)
  })

  it('routes flows over compressed topologies, flows, interconnects and sites as over the plain files', async () => {
    const graphml = '<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      '  <key attr.name="label" attr.type="string" for="node" id="d0"/>\n  <graph edgedefault="undirected">\n' +
      '    <node id="0"><data key="d0">src</data></node>\n    <node id="1"><data key="d0">a</data></node>\n' +
      '    <node id="2"><data key="d0">b</data></node>\n    <node id="3"><data key="d0">dst</data></node>\n' +
      '    <edge source="0" target="1"/>\n    <edge source="1" target="3"/>\n    <edge source="0" target="2"/>\n    <edge source="2" target="3"/>\n' +
      '  </graph>\n</graphml>\n'
    const inventory = '{"id":"r-a","site":"a","role":"core","manufacturer":"Huawei"}\n{"id":"r-b","site":"b","role":"core","manufacturer":"Juniper"}\n'
    const flows = 'id,src,dst,volume,class\nf1,src,dst,100,secret\n'
    const files = { 'net.graphml': graphml, 'devices.jsonl': inventory, 'flows.csv': flows, 'policy.yaml': POLICY }
    const dir = await testdir({ ...files, ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`${name}.gz`, gzipSync(text)])) })
    const args = (gz: string) => ['exposure', '-t', `net.graphml${gz}`, '-i', `devices.jsonl${gz}`, '-p', `policy.yaml${gz}`, '--flows', `flows.csv${gz}`, '--format', 'json']
    const plain = await runCli(args(''), { cwd: dir })
    const gz = await runCli(args('.gz'), { cwd: dir })
    expect(gz.status, gz.stderr).toBe(plain.status)
    expect(gz.stdout).toBe(plain.stdout)
    // The network is named after the file without .gz, as for net.graphml.
    expect(gz.stdout).toContain('"net:1"')
    const cut = await runCli(['exposure', '-t', 'net.graphml.gz', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv'], {
      cwd: await testdir({ 'net.graphml.gz': gzipSync(graphml).subarray(0, 40), 'devices.jsonl': inventory, 'flows.csv': flows, 'policy.yaml': POLICY }),
    })
    expect(cut.status).toBe(2)
    expect(cut.stderr).toMatch(/net\.graphml\.gz: the topology is a gzip file that cannot be decompressed/)
  })

  it('refreshes the catalog from registry files downloaded compressed, and refuses one cut short', async () => {
    const oui = 'Registry,Assignment,Organization Name,Organization Address\r\nMA-L,A4CDEF,"HUAWEI TECHNOLOGIES CO.,LTD","Shenzhen CN"\r\n'
    const dir = await testdir({ 'oui.csv.gz': gzipSync(oui), 'cut.csv.gz': gzipSync(oui).subarray(0, 30) })
    const update = await runCli(['catalog', 'update', '--oui', 'oui.csv.gz', '--force'], { cwd: dir })
    expect(update.status, update.stderr).toBe(0)
    expect(update.stdout).toMatch(/^MA-L +1 block from oui\.csv\.gz/m)
    const lookup = JSON.parse((await runCli(['lookup', 'A4:CD:EF:00:00:01', '-f', 'json'], { cwd: dir })).stdout) as { group: string; match: { prefix: string } }
    expect(lookup).toMatchObject({ group: 'huawei', match: { prefix: 'A4CDEF' } })
    const cut = await runCli(['catalog', 'update', '--oui', 'cut.csv.gz', '--force'], { cwd: dir })
    expect(cut.status).toBe(2)
    expect(cut.stderr).toMatch(/^trustpath: cut\.csv\.gz: the IEEE MA-L registry is a gzip file that cannot be decompressed: it ends before its compressed data does/m)
  })
})
