import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { runCli } from './run-cli.js'
import { NFDUMP_HEADER, NFDUMP_SUMMARY, nfdumpRecord, ZEEK_CONN_HEADER } from '../../src/test-support/flow-logs.js'

// A diamond: the embassy's PoP → (a | b) → Paris; a holds a Huawei core router, b a Juniper one.
const TOPOLOGY = JSON.stringify({
  network: 'net',
  nodes: [{ id: 'emb' }, { id: 'a' }, { id: 'b' }, { id: 'par' }],
  links: [{ a: 'emb', b: 'a', metric: 10 }, { a: 'emb', b: 'b', metric: 10 }, { a: 'a', b: 'par', metric: 10 }, { a: 'b', b: 'par', metric: 10 }],
})
// The Paris router gives its management address, which the flow log names.
const INVENTORY = [
  { id: 'r-emb', site: 'emb', role: 'core', manufacturer: 'Cisco' },
  { id: 'r-a', site: 'a', role: 'core', manufacturer: 'Huawei' },
  { id: 'r-b', site: 'b', role: 'core', manufacturer: 'Juniper' },
  { id: 'r-par', site: 'par', role: 'core', manufacturer: 'Cisco', management_ip: '172.16.9.1' },
].map((d) => JSON.stringify(d)).join('\n') + '\n'
const POLICY = 'version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n'
const PREFIXES = 'prefix,node,class\n10.20.30.0/24,emb,secret\n10.9.0.0/16,par,\n2001:db8:9::/48,par,\n'

const NFDUMP = [
  NFDUMP_HEADER,
  nfdumpRecord('2026-11-20 12:00:00.000', '2026-11-20 12:00:05.000', '5.000', '10.20.30.7', '10.9.0.7', 625000),
  nfdumpRecord('2026-11-20 12:00:05.000', '2026-11-20 12:00:10.000', '5.000', '10.20.30.7', '172.16.9.1', 625000),
  nfdumpRecord('2026-11-20 12:00:06.000', '2026-11-20 12:00:07.000', '1.000', '192.0.2.1', '10.9.0.7', 6000),
  nfdumpRecord('2026-11-20 12:00:07.000', '2026-11-20 12:00:08.000', '1.000', '192.0.2.1', '10.9.0.8', 6000),
  ...NFDUMP_SUMMARY,
].join('\n') + '\n'
const ZEEK = [
  ...ZEEK_CONN_HEADER,
  '1795176000.000000\tCHhAvVGS1DHFjwGM9\t10.20.30.7\t51514\t2001:db8:9::7\t443\ttcp\tssl\t10.000000\t250000\t1000000\tSF\tT\tF\t0\tShADadFf\t40\t7080\t200\t260400\t(empty)',
  '#close\t2026-11-20-12-10-00',
].join('\n') + '\n'

const files = { 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'prefixes.csv': PREFIXES, 'nfcapd.csv': NFDUMP, 'conn.log': ZEEK }
const args = (flows: string, prefixes = 'prefixes.csv') => ['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', flows, '--prefixes', prefixes, '--format', 'json']

describe('trustpath exposure of flow records', () => {
  it('routes the traffic an nfdump export measured, per node pair, in Mbit/s over the capture', async () => {
    const dir = await testdir(files)
    const run = await runCli(args('nfcapd.csv'), { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const out = JSON.parse(run.stdout)
    // 1,250,000 bytes (one record to a host in Paris' prefix, one to the Paris router's own address) × 8 / 10 s.
    expect(out.flows).toHaveLength(1)
    expect(out.flows[0]).toMatchObject({ id: 'net:emb>net:par [secret]', src: 'net:emb', dst: 'net:par', volume: 1, class: 'secret', exposedShare: 0.5 })
    expect(out.summary).toMatchObject({ flows: 1, totalVolume: 1, exposedVolume: 0.5 })
    // The host in no prefix is named once, with its records and bytes, at its first record.
    expect(run.stderr).toContain('nfcapd.csv:4: warning: the address 192.0.2.1 is in no prefix of the prefix table and no inventory device\'s address, so its 2 flow records (12 kB) are left out.')
    expect(run.stderr.match(/192\.0\.2\.1/g)).toHaveLength(1)
    // The span the Mbit/s are averaged over is said before the results.
    expect(run.stderr).toContain('4 flow records over 10s (2026-11-20 12:00:00 to 12:00:10, local time as written, no zone) in nfcapd.csv: 1 flow between nodes, its volume in Mbit/s averaged over that span.')
  })

  it('routes a Zeek conn.log both ways, an IPv6 responder placed by its prefix', async () => {
    const dir = await testdir(files)
    const run = await runCli(args('conn.log'), { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out.flows.map((f: { id: string; volume: number }) => [f.id, f.volume])).toEqual([
      ['net:emb>net:par [secret]', 0.2], ['net:par>net:emb [secret]', 0.8],
    ])
  })

  it('routes nfdump\'s -o json and GoFlow2\'s JSON lines as it routes nfdump\'s CSV, sampled bytes scaled by their rate', async () => {
    // nfdump -o json: an array, a field a line; 10 s of the embassy's call to Paris, both ways.
    const nfdumpJson = '[\n{\n\t"type" : "FLOW",\n\t"sampled" : 0,\n\t"export_sysid" : 1,\n\t"first" : "2026-11-20T12:00:00.000",\n\t"last" : "2026-11-20T12:00:10.000",\n' +
      '\t"in_packets" : 900,\n\t"in_bytes" : 1000000,\n\t"proto" : 6,\n\t"src4_addr" : "10.20.30.7",\n\t"dst4_addr" : "10.9.0.7",\n\t"out_packets" : 300,\n\t"out_bytes" : 250000,\n}]\n'
    // GoFlow2 -format=json: sFlow samples of one packet in 1,000, a minute apart.
    const goflow = [0, 60].map((t, i) => JSON.stringify({
      type: 'SFLOW_5', time_received_ns: (1795176000 + t) * 1e9, sequence_num: i, sampling_rate: 1000, sampler_address: '192.0.2.1',
      time_flow_start_ns: (1795176000 + t) * 1e9, time_flow_end_ns: (1795176000 + t) * 1e9, bytes: 1500, packets: 1, src_addr: '10.20.30.7', dst_addr: '10.9.0.7', proto: 'TCP',
    })).join('\n') + '\n'
    const dir = await testdir({ ...files, 'nfcapd.json': nfdumpJson, 'goflow2.log': goflow })
    const json = await runCli(args('nfcapd.json'), { cwd: dir })
    expect(json.status, json.stderr).toBe(1)
    // (1,000,000 bytes) × 8 / 10 s = 0.8 Mbit/s; out_bytes back, 0.2.
    expect(JSON.parse(json.stdout).flows.map((f: { id: string; volume: number }) => [f.id, f.volume])).toEqual([
      ['net:emb>net:par [secret]', 0.8], ['net:par>net:emb [secret]', 0.2],
    ])
    expect(json.stderr).toContain('2026-11-20 12:00:00 to 12:00:10, local time as written, no zone')
    const go = await runCli(args('goflow2.log'), { cwd: dir })
    expect(go.status, go.stderr).toBe(1)
    // 2 samples × 1,500 bytes × 1,000 × 8 / 60 s = 0.4 Mbit/s, in UTC.
    expect(JSON.parse(go.stdout).flows.map((f: { id: string; volume: number }) => [f.id, f.volume])).toEqual([['net:emb>net:par [secret]', 0.4]])
    expect(go.stderr).toContain('2 flow records over 1m 0s (2026-11-20 12:00:00 to 12:01:00 UTC) in goflow2.log')
  })

  it('routes ipfixcol2\'s JSON output, a biflow\'s reverse bytes back', async () => {
    const ipfix = '{"@type":"ipfix.entry","iana:octetDeltaCount":1000000,"iana@reverse:octetDeltaCount@reverse":250000,"iana:flowStartMilliseconds":"2026-11-20T12:00:00.000Z","iana:flowEndMilliseconds":"2026-11-20T12:00:10.000Z","iana:sourceIPv4Address":"10.20.30.7","iana:destinationIPv4Address":"10.9.0.7","iana:protocolIdentifier":"TCP"}\n'
    const run = await runCli(args('flows.ipfix.json'), { cwd: await testdir({ ...files, 'flows.ipfix.json': ipfix }) })
    expect(run.status, run.stderr).toBe(1)
    expect(JSON.parse(run.stdout).flows.map((f: { id: string; volume: number }) => [f.id, f.volume])).toEqual([
      ['net:emb>net:par [secret]', 0.8], ['net:par>net:emb [secret]', 0.2],
    ])
  })

  it('reads a rotated, gzip-compressed conn.log as the log it holds, and refuses one cut short', async () => {
    const packed = gzipSync(ZEEK)
    const dir = await testdir({ ...files, 'conn.00:00:00-01:00:00.log.gz': packed, 'cut.log.gz': packed.subarray(0, packed.length - 12) })
    const run = await runCli(args('conn.00:00:00-01:00:00.log.gz'), { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(JSON.parse(run.stdout).flows.map((f: { id: string; volume: number }) => [f.id, f.volume])).toEqual([
      ['net:emb>net:par [secret]', 0.2], ['net:par>net:emb [secret]', 0.8],
    ])
    const cut = await runCli(args('cut.log.gz'), { cwd: dir })
    expect(cut.status).toBe(2)
    expect(cut.stdout).toBe('')
    expect(cut.stderr).toContain('cut.log.gz')
    expect(cut.stderr).toMatch(/cut short/)
    expect(cut.stderr).not.toMatch(/\n\s+at /)
  })

  it('stops with exit 2 at a prefix that does not read, and at one whose node is no node, with file and line', async () => {
    const dir = await testdir({ ...files, 'bad.csv': 'prefix,node\n10.20.30.1/24,emb\n', 'nowhere.csv': 'prefix,node\n10.20.30.0/24,embasy\n' })
    const bad = await runCli(args('nfcapd.csv', 'bad.csv'), { cwd: dir })
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toContain('bad.csv:2: error: the prefix "10.20.30.1/24" has bits set past its length, so it is no network; the row is skipped. Write 10.20.30.0/24')
    const nowhere = await runCli(args('nfcapd.csv', 'nowhere.csv'), { cwd: dir })
    expect(nowhere.status).toBe(2)
    expect(nowhere.stderr).toContain('nowhere.csv:2: error: "embasy", the node of prefix "10.20.30.0/24", is not a node of the network')
    expect(nowhere.stderr).toContain('Did you mean "net:emb"?')
    expect(nowhere.stderr).not.toMatch(/\n\s+at /)
  })

  it('stops with exit 2 at a flow log none of whose records reads, and at one that cannot be read', async () => {
    const dir = await testdir({ ...files, 'broken.csv': `${NFDUMP_HEADER}\n${nfdumpRecord('2026-11-20 12:00:00', '2026-11-20 12:00:01', '1.000', '10.20.30.7', '10.9.0.7', '1.2M')}\n` })
    const broken = await runCli(args('broken.csv'), { cwd: dir })
    expect(broken.status).toBe(2)
    expect(broken.stderr).toContain('broken.csv:2: error: the nfdump record\'s ibyt "1.2M" does not read (expected a whole number of bytes)')
    const missing = await runCli(args('gone.csv'), { cwd: dir })
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('gone.csv')
    expect(missing.stderr).not.toMatch(/\n\s+at /)
  })

  it('lists every row of a prefix table to fix in one run: a prefix that does not read and a node misspelt further down', async () => {
    const dir = await testdir({ ...files, 'ipam.csv': 'network,site,classification\n10.20.30.1/24,emb,secret\n10.9.0.0/16,prs,\n2001:db8:9::/48,par,\n' })
    const run = await runCli(args('nfcapd.csv', 'ipam.csv'), { cwd: dir })
    expect(run.status).toBe(2)
    const errors = run.stderr.split('\n').filter((l) => l.includes(': error: '))
    expect(errors).toHaveLength(2)
    expect(errors[0]).toContain('ipam.csv:2: error: the prefix "10.20.30.1/24" has bits set past its length')
    expect(errors[1]).toContain('ipam.csv:3: error: "prs", the node of prefix "10.9.0.0/16", is not a node of the network')
  })

  it('stops with exit 2 at a log of header lines only, and says what to check in the words of the tool that wrote it', async () => {
    const vpcHeader = 'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status'
    const dir = await testdir({
      ...files,
      'nfcapd-empty.csv': [NFDUMP_HEADER, ...NFDUMP_SUMMARY.slice(0, 2), '0,0,0,0,0,0'].join('\n') + '\n',
      'conn-empty.log': [...ZEEK_CONN_HEADER, '#close\t2026-11-20-12-10-00'].join('\n') + '\n',
      'vpc-empty.log': `${vpcHeader}\n2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA\n`,
    })
    const runs = [['nfcapd-empty.csv', 'nfdump\'s time window (-t) or filter'], ['conn-empty.log', 'a conn.log just opened holds its # lines only'], ['vpc-empty.log', 'a NODATA or SKIPDATA record carries none']] as const
    for (const [file, hint] of runs) {
      const run = await runCli(args(file), { cwd: dir })
      expect(run.status, file).toBe(2)
      expect(run.stderr).toContain(`${file}: the flow log holds no records`)
      expect(run.stderr).toContain(hint)
      if (file !== 'nfcapd-empty.csv') expect(run.stderr, file).not.toContain('nfdump')
    }
  })

  it('stops with exit 2 at a log of a kind not read, with what to export instead, rather than read it as a flow list', async () => {
    const dir = await testdir({
      ...files,
      'pmacct.csv': 'SRC_IP,DST_IP,PACKETS,BYTES\n10.20.30.7,10.9.0.7,20,4249\n',
      'top-talkers.csv': 'ts,te,td,pr,val,fl,flP,ipkt,ipktP,ibyt,ibytP,ipps,ipbs,ibpp\n2026-11-20 12:00:00,2026-11-20 12:05:00,300.000,any,10.20.30.7,12,0.5,900,0.4,1250000,0.6,3,33333,1388\n',
    })
    const pmacct = await runCli(args('pmacct.csv'), { cwd: dir })
    expect(pmacct.status).toBe(2)
    expect(pmacct.stderr).toContain('pmacct.csv:1: these are flow records of a kind not read (its columns "SRC_IP", "DST_IP", "BYTES")')
    expect(pmacct.stderr).toContain('nfdump -r <file> -o csv')
    expect(pmacct.stderr).not.toContain('missing column')
    // pmacct's JSON and Azure's NSG flow logs are told too, rather than read as a JSON flow list.
    for (const [file, text, columns] of [
      ['pmacct.json', '{"event_type": "purge", "ip_src": "10.20.30.7", "ip_dst": "10.9.0.7", "stamp_inserted": "2026-11-20 12:00:00", "packets": 18, "bytes": 11882}\n', '"ip_src", "ip_dst", "bytes"'],
      ['PT1H.json', '{"records":[{"time":"2026-11-20T12:00:00.000Z","category":"NetworkSecurityGroupFlowEvent","properties":{"Version":2,"flows":[{"rule":"DefaultRule_AllowInternetOutBound","flows":[{"mac":"000D3AF87856","flowTuples":["1795176000,10.20.30.7,10.9.0.7,44931,443,T,O,A,B,,,,"]}]}]}}]}\n', '"flowTuples"'],
    ] as const) {
      const run = await runCli(args(file), { cwd: await testdir({ ...files, [file]: text }) })
      expect(run.status, file).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain(`${file}:1: these are flow records of a kind not read (its columns ${columns})`)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
    const stats = await runCli(args('top-talkers.csv'), { cwd: dir })
    expect(stats.status).toBe(2)
    expect(stats.stderr).toContain('top-talkers.csv:1: this is nfdump\'s statistics')
    expect(stats.stderr).toContain('-A srcip,dstip')
  })

  it('places the address ends of a flow list by the device that has the address, else the prefix', async () => {
    const dir = await testdir({ ...files, 'flows.csv': 'id,src,dst,volume,class\nf1,10.20.30.99,172.16.9.1,40,secret\nf2,10.20.30.99,203.0.113.5,10,secret\n' })
    const run = await runCli(args('flows.csv'), { cwd: dir })
    // A flow list's skipped row is an input error (exit 2), its other flows still routed.
    expect(run.status, run.stderr).toBe(2)
    const out = JSON.parse(run.stdout)
    expect(out.flows.map((f: { id: string; src: string; dst: string }) => [f.id, f.src, f.dst])).toEqual([['f1', 'net:emb', 'net:par']])
    // An address in no prefix stays an unknown node, at its line.
    expect(run.stderr).toContain('flows.csv:3: error: "203.0.113.5" in flow destination is not a node of the network')
  })

  it('counts only the traffic of classed prefixes as sensitive when the table classes some, in exposure and plan', async () => {
    // nfdump 1.7's default -o csv: the embassy's secret call to Paris, and a bulk copy between two
    // Paris hosts' offices that no class covers, a hundred times larger. 60 s of capture.
    const nfdump17 = [
      'firstSeen,duration,proto,srcAddr,srcPort,dstAddr,dstPort,packets,bytes,flows',
      '2026-11-20 12:00:00.000,60.000,TCP,10.20.30.7,51514,10.9.0.7,443,2000,750000,1',
      '2026-11-20 12:00:00.000,60.000,TCP,10.9.0.8,40000,10.9.0.9,445,90000,75000000,1',
    ].join('\n') + '\n'
    const prefixes = 'prefix,node,class\n10.20.30.0/24,emb,secret\n10.9.0.8/32,emb,\n10.9.0.0/16,par,\n'
    const dir = await testdir({ ...files, 'nfcapd17.csv': nfdump17, 'offices.csv': prefixes })
    const run = await runCli(args('nfcapd17.csv', 'offices.csv'), { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const out = JSON.parse(run.stdout)
    // 750,000 bytes × 8 / 60 s = 0.1 Mbit/s: the secret flow alone is the sensitive traffic.
    expect(out.flows.map((f: { id: string; volume: number }) => [f.id, f.volume])).toEqual([['net:emb>net:par [secret]', 0.1]])
    expect(out.summary).toMatchObject({ flows: 1, totalVolume: 0.1 })
    expect(run.stderr).toContain('nfcapd17.csv:3: warning: 1 flow between nodes (75 MB, 10 Mbit/s) runs between prefixes that give no class, where the prefix table classes others ("secret")')
    expect(run.stderr).toContain('give the prefix of either end a class in the prefix table')
    // The plan weighs the embassy's flow, not the bulk copy.
    const plan = await runCli(['plan', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'nfcapd17.csv', '--prefixes', 'offices.csv', '--phases', '2027', '--format', 'json'], { cwd: dir })
    expect(plan.status, plan.stderr).toBe(0)
    expect(plan.stdout).toContain('net:emb>net:par [secret]')
    expect(plan.stdout).not.toContain('net:emb>net:par"')
    // A log of ordinary traffic only routes no sensitive flow, and says why (exit 2).
    const only = await runCli(args('nfcapd17.csv', 'prefixes.csv').map((a) => (a === 'prefixes.csv' ? 'none-secret.csv' : a)), { cwd: await testdir({ ...files, 'nfcapd17.csv': nfdump17.split('\n').filter((l) => !l.includes('10.20.30.7')).join('\n'), 'none-secret.csv': prefixes }) })
    expect(only.status).toBe(2)
    expect(only.stdout).toBe('')
    expect(only.stderr).toContain('none of the 1 flow records runs to or from a prefix that the prefix table gives a class (secret)')
  })

  it('warns when nfdump\'s zoneless times run across a daylight-saving change of the zone it runs in, with the span that zone gives', async () => {
    // nfdump 1.7's default CSV, run in Brussels the night clocks went from 02:00 to 03:00: 5 minutes, written as 65.
    const night = [
      'firstSeen,duration,proto,srcAddr,srcPort,dstAddr,dstPort,packets,bytes,flows',
      '2026-03-29 01:58:00.000,60.000,TCP,10.20.30.7,51514,10.9.0.7,443,25000,37500000,1',
      '2026-03-29 03:02:00.000,58.000,TCP,10.20.30.7,40112,10.9.0.7,22,3000,3750000,1',
    ].join('\n') + '\n'
    const dir = await testdir({ ...files, 'nfcapd.202603290155.csv': night })
    const brussels = await runCli(args('nfcapd.202603290155.csv'), { cwd: dir, env: { TZ: 'Europe/Brussels' } })
    expect(brussels.status, brussels.stderr).toBe(1)
    expect(brussels.stderr).toContain('nfcapd.202603290155.csv: warning: the records\' times carry no zone and run across a change of daylight-saving time in this machine\'s zone (Europe/Brussels, UTC+01:00 to UTC+02:00): ' +
      'if the exporter ran in that zone, the capture lasted 4m 58s, not 1h 5m, and every volume is off by as much.')
    expect(brussels.stderr).toContain('TZ=UTC nfdump')
    // A machine kept in UTC, as nfdump's author advises for collectors, sees no change of clock.
    const utc = await runCli(args('nfcapd.202603290155.csv'), { cwd: dir, env: { TZ: 'UTC' } })
    expect(utc.stderr).not.toContain('daylight-saving')
  })

  it('names the flows of records by their nodes\' labels where no other node has them, as a plan then lists them', async () => {
    const labelled = JSON.stringify({ ...JSON.parse(TOPOLOGY), nodes: [{ id: 'emb', label: 'Embassy' }, { id: 'a', label: 'Kassel' }, { id: 'b', label: 'Kassel' }, { id: 'par', label: 'Paris' }] })
    const dir = await testdir({ ...files, 'net.json': labelled })
    const run = await runCli(args('nfcapd.csv'), { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(JSON.parse(run.stdout).flows.map((f: { id: string; src: string }) => [f.id, f.src])).toEqual([['Embassy>Paris [secret]', 'net:emb']])
    const plan = await runCli(['plan', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'nfcapd.csv', '--prefixes', 'prefixes.csv', '--phases', '2027'], { cwd: dir })
    expect(plan.status, plan.stderr).toBe(0)
    expect(plan.stdout).toContain('cleans flow Embassy>Paris [secret]')
  })

  it('says how to place the addresses when no prefix table is given and no device has them', async () => {
    const dir = await testdir(files)
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'conn.log', '--format', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('none of the 1 flow records has both its addresses on a node, so nothing is routed')
    expect(run.stderr).toContain('Give a prefix table with --prefixes (prefix,node[,class]')
  })
})
