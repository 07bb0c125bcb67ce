import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { testdir } from '../../src/test-support/testdir.js'
import { runCli } from './run-cli.js'

// A diamond: src → (a | b) → dst; a holds a Huawei core router, b a Juniper one.
const TOPOLOGY = JSON.stringify({
  network: 'net',
  nodes: [
    { id: 'src', lat: 50.0, lon: 8.0 }, { id: 'a', lat: 50.5, lon: 8.5 }, { id: 'b', lat: 49.5, lon: 8.5 }, { id: 'dst', lat: 50.0, lon: 9.0 },
  ],
  links: [{ a: 'src', b: 'a', metric: 10 }, { a: 'src', b: 'b', metric: 10 }, { a: 'a', b: 'dst', metric: 10 }, { a: 'b', b: 'dst', metric: 10 }],
})
const INVENTORY = [
  { id: 'r-src', site: 'src', role: 'core', manufacturer: 'Cisco' },
  { id: 'r-a', site: 'a', role: 'core', manufacturer: 'Huawei', macs: ['00:e0:fc:00:00:01'] },
  { id: 'r-b', site: 'b', role: 'core', manufacturer: 'Juniper' },
  { id: 'r-dst', site: 'dst', role: 'core', manufacturer: 'Cisco' },
].map((d) => JSON.stringify(d)).join('\n') + '\n'
const POLICY = 'version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n'
const FLOWS = 'id,src,dst,volume,class\nf1,src,dst,100,secret\n'

describe('trustpath exposure', () => {
  it('stops with an input error on a topology that gives no node, instead of a clean run with no flows', async () => {
    const dir = await testdir({ 'empty.json': '{"nodes": [], "links": []}', 'other.json': '{"edges": "x"}', 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    const run = await runCli(['exposure', '-t', 'empty.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'all-pairs', '--format', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/empty\.json: the topology holds no nodes, so there is nothing to route\n\s*hint: Check that this is the intended file; a topology is GraphML, .*REPETITA, BRITE, Inet, LGL, a containerlab, GNS3, EVE-NG, Kathará or CML lab, /)
    expect(run.stderr).toMatch(/ or NetBox's cables \(docs\/topology\.md#which-file-do-i-give\)\.\n/)
    expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
    // An object with no node or link list of any known shape is named by its keys.
    const other = await runCli(['exposure', '-t', 'other.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'all-pairs', '--format', 'json'], { cwd: dir })
    expect(other.status).toBe(2)
    expect(other.stdout).toBe('')
    expect(other.stderr).toContain('other.json:1: error: the JSON is well-formed but not what is read here: expected a topology, with "nodes" or "links"')
    expect(other.stderr).toContain('but this is an object of "edges"')
  })

  it('splits a flow evenly over equal-cost paths and finds the clean one', async () => {
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out.flows).toHaveLength(1)
    const f = out.flows[0]
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'src', 'dst', 'volume', 'routedMetric', 'exposedShare', 'untrusted', 'clean', 'cheapestFix']))
    expect(f).toMatchObject({ id: 'f1', src: 'net:src', dst: 'net:dst', volume: 100, routedMetric: 20, exposedShare: 0.5 })
    expect(f.untrusted).toEqual([{ node: 'net:a', share: 0.5 }])
    expect(f.clean).toEqual({ exists: true, metric: 20, stretch: 1, path: ['net:src', 'net:b', 'net:dst'] })
    expect(f.cheapestFix).toMatchObject({ nodes: [], cost: 0 })
    // The routing the shares follow from: both equal-cost branches, each with half the volume.
    expect(f.routed).toEqual([
      { node: 'net:src', share: 1 }, { node: 'net:a', share: 0.5 }, { node: 'net:b', share: 0.5 }, { node: 'net:dst', share: 1 },
    ])
    expect(out.summary).toMatchObject({ flows: 1, totalVolume: 100, exposedVolume: 50, exposedShare: 0.5, flowsWithoutCleanPath: 0 })
    // The CSV carries the same routing in its last column.
    const csv = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'csv'], { cwd: dir })
    const [header, row] = csv.stdout.trim().split('\n')
    expect(header!.split(',').at(-1)).toBe('routed')
    expect(row!.split(',').at(-1)).toBe('net:src=1;net:a=0.5;net:b=0.5;net:dst=1')
  })

  it('routes a flow sheet and reads a sites table headed in German or Japanese as the same ones headed in English', async () => {
    const sites = 'id,name,kind,lat,lon\nhq,Headquarters,ministry,50.0,8.0\n'
    const dir = await testdir({
      'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY,
      'flows.csv': FLOWS, 'sites.csv': sites,
      // A German spreadsheet's CSV: semicolons, a decimal comma, a unit beside the volume.
      'fluesse.csv': 'Fluss-ID;Quelle;Ziel;Volumen (Mbit/s);Klasse\nf1;src;dst;100,0;secret\n',
      'standorte.csv': 'Kennung;Name;Art;Breitengrad;Längengrad\nhq;Headquarters;ministry;50,0;8,0\n',
      'flows-ja.csv': 'フローID,送信元,宛先,帯域（Mbps）,機密区分\nf1,src,dst,100,secret\n',
      'sites-ja.csv': 'ID,名称,種別,緯度,経度\nhq,Headquarters,ministry,50.0,8.0\n',
    })
    const run = (flows: string, sitesFile: string) =>
      runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', flows, '--sites', sitesFile, '--format', 'json', '--now', '2026-01-01'], { cwd: dir })
    const english = await run('flows.csv', 'sites.csv')
    expect(english.status, english.stderr).toBe(1)
    expect(JSON.parse(english.stdout).summary).toMatchObject({ flows: 1, totalVolume: 100, exposedVolume: 50 })
    for (const [flows, sitesFile] of [['fluesse.csv', 'standorte.csv'], ['flows-ja.csv', 'sites-ja.csv']] as const) {
      const other = await run(flows, sitesFile)
      expect(other.status, other.stderr).toBe(1)
      expect(other.stderr).toBe(english.stderr)
      expect(other.stdout).toBe(english.stdout)
    }
  })

  it('routes a flow sheet that names the routers at its ends (by id, any case) from the nodes the inventory puts them on, in exposure and plan', async () => {
    const flows = 'Flow ID,Source,Destination,Volume,Classification\nf1,r-src,R-DST,100,secret\nf2,r-lost,dst,10,secret\n'
    const inventory = `${INVENTORY}${JSON.stringify({ id: 'r-lost', site: 'atlantis', role: 'core', manufacturer: 'Cisco' })}\n`
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'flows.csv': flows })
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(2)
    const out = JSON.parse(run.stdout)
    expect(out.flows).toEqual([expect.objectContaining({ id: 'f1', src: 'net:src', dst: 'net:dst', exposedShare: 0.5 })])
    expect(run.stderr).toContain('flows.csv:3: error: "r-lost" in flow source is an inventory device on no topology node')
    const plan = await runCli(['plan', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--phases', '2026-2027',
      '--now', '2026-01-15', '--solver', 'greedy', '--format', 'json'], { cwd: dir })
    expect(plan.status, plan.stderr).toBe(2)
    const planned = JSON.parse(plan.stdout)
    expect(planned.flows).toBe(1)
    expect(planned.plan.actions).toEqual([expect.objectContaining({ deviceId: 'r-a', reasons: expect.arrayContaining(['cleans flow f1 from 2026']) })])
  })

  it('says in the JSON and on the HTML page, as in the table, how many rows of the flow list were skipped for errors and count in no total', async () => {
    const flows = 'id,src,dst,volume,class\nf1,src,dst,100,secret\nf2,src,Atlantis,10,secret\nf3,src,dst,lots,secret\n'
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': flows })
    const args = ['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv']
    const table = await runCli([...args, '-f', 'table'], { cwd: dir })
    expect(table.stdout).toContain('1 flow (2 more of the list skipped, see the errors above), 100 Mbit/s of sensitive traffic')
    const json = await runCli([...args, '-f', 'json'], { cwd: dir })
    expect(json.status).toBe(2)
    expect(JSON.parse(json.stdout).summary).toMatchObject({ flows: 1, totalVolume: 100, skippedFlows: 2 })
    await runCli([...args, '-o', 'exposure.html'], { cwd: dir })
    expect(readFileSync(join(dir, 'exposure.html'), 'utf8')).toContain('<p class="conflict">2 more flows of flows.csv were skipped for errors ' +
      '(an end that names no node, a bad volume), told when the page was made: they count in no figure of this page. Fix them and run again.</p>')
    // A list read whole says nothing more.
    const clean = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'all-pairs', '-f', 'json'], { cwd: dir })
    expect(JSON.parse(clean.stdout).summary.skippedFlows).toBeUndefined()
  })

  it('says in the JSON and on the HTML page which untrusted devices sit on no node, and so make no node untrusted', async () => {
    // A Huawei router whose site ("Boston") names no node of the topology, and a Cisco one without a site.
    const inventory = `${INVENTORY}${JSON.stringify({ id: 'r-bos', site: 'Boston', role: 'core', manufacturer: 'Huawei' })}\n${JSON.stringify({ id: 'r-x', role: 'core', manufacturer: 'Cisco' })}\n`
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const args = ['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv']
    const json = await runCli([...args, '-f', 'json'], { cwd: dir })
    expect(JSON.parse(json.stdout).summary.unplacedDevices).toEqual({ devices: 2, untrusted: 1, untrustedExamples: ['r-bos'] })
    await runCli([...args, '-o', 'exposure.html'], { cwd: dir })
    expect(readFileSync(join(dir, 'exposure.html'), 'utf8')).toContain('<p class="conflict">2 devices of devices.jsonl are on no topology node, ' +
      '1 of them untrusted (r-bos), which makes no node untrusted: give their site as a node\'s label or id, map the inventory\'s sites to nodes with --site-map (site,node), or place devices without a site by their addresses with --prefixes (prefix,node); the run named the sites that match no node.</p>')
    // The plan says so too, in its JSON and on its page: replacing r-bos cleans no flow, as the topology does not say where it is.
    const plan = await runCli(['plan', ...args.slice(1), '--phases', '2027', '-f', 'json'], { cwd: dir })
    expect(JSON.parse(plan.stdout).unplacedDevices).toEqual({ devices: 2, untrusted: 1, untrustedExamples: ['r-bos'] })
    await runCli(['plan', ...args.slice(1), '--phases', '2027', '-o', 'plan.html'], { cwd: dir })
    expect(readFileSync(join(dir, 'plan.html'), 'utf8')).toContain('<p class="conflict">2 devices of devices.jsonl are on no topology node, 1 of them untrusted (r-bos)')
    // Every device on a node: nothing to say.
    const placed = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'json'], { cwd: await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS }) })
    expect(JSON.parse(placed.stdout).summary.unplacedDevices).toBeUndefined()
  })

  it('offers, for a LibreNMS device whose location names no node of a Topology Zoo GML, the nodes at its lat/lng; and places a site written as one of two labels that differ by case', async () => {
    // Part of the Topology Zoo's GARR (Garr201201.gml): two Florence nodes labelled FI and Fi, Napoli.
    const gml = 'graph [\n  Network "GARR"\n  multigraph 1\n' +
      '  node [\n    id 18\n    label "NA"\n    Country "Italy"\n    Longitude 14.25\n    Internal 1\n    Latitude 40.83333\n  ]\n' +
      '  node [\n    id 29\n    label "FI"\n    Country "Italy"\n    Longitude 11.25\n    Internal 1\n    Latitude 43.76667\n  ]\n' +
      '  node [\n    id 30\n    label "Fi"\n    Country "Italy"\n    Longitude 11.25\n    Internal 1\n    Latitude 43.76667\n  ]\n' +
      '  edge [\n    source 29\n    target 30\n    LinkSpeed "34"\n    LinkLabel "34 Mbps"\n  ]\n' +
      '  edge [\n    source 29\n    target 18\n    LinkSpeed "1"\n    LinkLabel "1 Gbps"\n  ]\n]\n'
    // LibreNMS's /api/v0/devices: the location as sysLocation gives it (coordinates in brackets), and lat/lng as strings.
    const librenms = JSON.stringify({
      status: 'ok',
      devices: [
        { device_id: '15', hostname: 'sw1.fi.garr.net', sysName: 'sw1.fi.garr.net', sysObjectID: '.1.3.6.1.4.1.2011.2.23.95', hardware: 'S5328C-EI', location: 'Fi', os: 'vrp', lat: '43.76667', lng: '11.25' },
        { device_id: '17', hostname: 'rt1.na.garr.net', sysName: 'rt1.na.garr.net', sysObjectID: '.1.3.6.1.4.1.2011.2.224.279', hardware: 'CE6881-48S6CQ', location: 'Napoli [40.83333, 14.25]', os: 'vrp', lat: '40.83333', lng: '14.25' },
      ],
      count: 2,
    }, null, 4)
    const dir = await testdir({ 'Garr201201.gml': gml, 'librenms.json': librenms, 'policy.yaml': POLICY, 'flows.csv': 'src,dst,volume\nFi,NA,100\n' })
    const run = await runCli(['exposure', '-t', 'Garr201201.gml', '-i', 'librenms.json', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toContain('librenms.json: 1 device is on no topology node: its site matches no node\'s id, label or site (of 3 nodes):\n' +
      '  "Napoli [40.83333, 14.25]" (1 device: 17; librenms.json:15): did you mean NA (18), 0 km from its lat/lon?\n')
    const out = JSON.parse(run.stdout)
    // The Huawei switch at "Fi" is on node 30, not refused as naming FI (29) and Fi (30).
    expect(out.nodes.find((n: { node: string }) => n.node === 'Garr201201:30')).toMatchObject({ status: 'untrusted', untrusted: ['15'] })
    expect(out.flows[0]).toMatchObject({ src: 'Garr201201:30', dst: 'Garr201201:18', exposedShare: 1 })
  })

  it('places LibreNMS devices whose locations are street addresses on GARR\'s nodes by a --site-map table, in exposure and plan; a mistyped node stops the run at its line, writing nothing', async () => {
    const gml = 'graph [\n  Network "GARR"\n' +
      '  node [\n    id 18\n    label "NA"\n    Longitude 14.25\n    Latitude 40.83333\n  ]\n' +
      '  node [\n    id 20\n    label "RM"\n    Longitude 12.48\n    Latitude 41.9\n  ]\n' +
      '  node [\n    id 21\n    label "MI"\n    Longitude 9.19\n    Latitude 45.46\n  ]\n' +
      '  edge [\n    source 20\n    target 18\n  ]\n  edge [\n    source 20\n    target 21\n  ]\n]\n'
    const librenms = JSON.stringify({
      status: 'ok',
      devices: [
        { device_id: '1', hostname: 'rt1.rm.garr.net', sysName: 'rt1.rm.garr.net', sysObjectID: '.1.3.6.1.4.1.2011.2.224.279', hardware: 'CE6881-48S6CQ', location: 'Roma, Via dei Tizii 6', os: 'vrp' },
        { device_id: '2', hostname: 'rt1.mi.garr.net', sysName: 'rt1.mi.garr.net', sysObjectID: '.1.3.6.1.4.1.9.1.1', hardware: 'ASR9K', location: 'Milano  Caldera', os: 'iosxr' },
        { device_id: '3', hostname: 'rt1.na.garr.net', sysName: 'rt1.na.garr.net', sysObjectID: '.1.3.6.1.4.1.9.1.1', hardware: 'ASR9K', location: 'Napoli, Monte S. Angelo', os: 'iosxr' },
      ],
      count: 3,
    }, null, 4)
    const dir = await testdir({
      'Garr201201.gml': gml, 'librenms.json': librenms, 'policy.yaml': POLICY, 'flows.csv': 'src,dst,volume,class\nMI,NA,100,secret\n',
      // A planner's table, in the inventory's words and spacing or not; Bologna has no device yet.
      'sites.csv': 'location,node_label\n"Roma, Via dei Tizii 6",rm\nmilano caldera,MI\nBologna,BO\n',
      'typo.csv': 'site,node\n"Roma, Via dei Tizii 6",RM\n"Napoli, Monte S. Angelo",NA1\nROMA,  VIA DEI TIZII 6,NA\n"roma, via dei tizii 6",NA\n',
    })
    const args = ['-t', 'Garr201201.gml', '-i', 'librenms.json', '-p', 'policy.yaml', '--flows', 'flows.csv']
    const before = await runCli(['exposure', ...args, '-f', 'json'], { cwd: dir })
    expect(before.stderr).toContain('librenms.json: 3 devices are on no topology node')
    expect(before.stderr).toContain('; or map the inventory\'s sites to nodes in a table given with --site-map (site,node: "Roma, Via dei Tizii 6",RM).\n')
    expect(JSON.parse(before.stdout).nodes.find((n: { node: string }) => n.node === 'Garr201201:20')).toMatchObject({ status: 'unknown', devices: 0 })

    // BO names no node of this GARR: the table stops the run rather than place nothing there silently.
    const bad = await runCli(['exposure', ...args, '--site-map', 'sites.csv'], { cwd: dir })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('sites.csv:4: error: "BO", the node of site "Bologna", is not a node of the network')

    // The row for Naples is written shorter than the inventory writes it: the warning names the inventory's site.
    await writeFile(join(dir, 'sites.csv'), 'location,node_label\n"Roma, Via dei Tizii 6",rm\nmilano caldera,MI\nNapoli,NA\n')
    const run = await runCli(['exposure', ...args, '--site-map', 'sites.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toContain('sites.csv:4: warning: 1 site of the site map is no inventory device\'s site: "Napoli" (did you mean the inventory\'s "Napoli, Monte S. Angelo"?).')
    expect(run.stderr).toContain('librenms.json: 1 device is on no topology node: its site matches no node\'s id, label or site (of 3 nodes):\n' +
      '  "Napoli, Monte S. Angelo" (1 device: 3; librenms.json:')
    expect(run.stderr).toContain('; or add a row site,node for the site to the --site-map table.\n')
    expect(run.stderr).toContain('librenms.json: 2 devices are placed by their site on the node the site map sites.csv gives them.\n')
    const out = JSON.parse(run.stdout)
    // The Huawei router of "Roma, Via dei Tizii 6" makes RM untrusted; the Cisco one of "Milano  Caldera" is on MI.
    expect(out.nodes.find((n: { node: string }) => n.node === 'Garr201201:20')).toMatchObject({ status: 'untrusted', untrusted: ['1'] })
    expect(out.nodes.find((n: { node: string }) => n.node === 'Garr201201:21')).toMatchObject({ status: 'trusted', devices: 1 })
    expect(out.flows[0]).toMatchObject({ src: 'Garr201201:21', dst: 'Garr201201:18', untrusted: [{ node: 'Garr201201:20', share: 1 }] })

    // The plan reads the same placement: the router at Rome is the one to replace.
    const plan = await runCli(['plan', ...args, '--site-map', 'sites.csv', '--phases', '2027', '-f', 'json', '--now', '2026-12-01'], { cwd: dir })
    expect(plan.status, plan.stderr).toBe(0)
    const actions = JSON.parse(plan.stdout).plan.actions as { deviceId: string; reasons: string[] }[]
    expect(actions.map((a) => a.deviceId)).toEqual(['1'])

    // Every row to fix at its line, and no output file half-written.
    const typo = await runCli(['exposure', ...args, '--site-map', 'typo.csv', '-o', 'out.json'], { cwd: dir })
    expect(typo.status).toBe(2)
    expect(typo.stderr).toContain('typo.csv:3: error: "NA1", the node of site "Napoli, Monte S. Angelo", is not a node of the network; nothing is routed until it is fixed. Did you mean "NA" (Garr201201:18)?')
    expect(typo.stderr).toContain('typo.csv:4: error: the row has 3 fields, the header has 2. Quote fields that contain commas.')
    expect(typo.stderr).toContain('typo.csv:5: error: the site "roma, via dei tizii 6" was already given at typo.csv:2, as "RM"; here it is "NA"')
    expect(typo.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(join(dir, 'out.json'))).toBe(false)
  })

  it('does not call a site map row unused when its device is placed by a node\'s devices list first', async () => {
    const topology = JSON.stringify({ ...JSON.parse(TOPOLOGY), nodes: JSON.parse(TOPOLOGY).nodes.map((n: { id: string }) => (n.id === 'a' ? { ...n, devices: ['r-a'] } : n)) })
    const inventory = INVENTORY.replace('"site":"a"', '"site":"Building A"').replace('"site":"b"', '"site":"Building B"')
    const dir = await testdir({ 'net.json': topology, 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'flows.csv': FLOWS, 'sites.csv': 'site,node\nBuilding A,a\nBuilding B,b\n' })
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--site-map', 'sites.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).not.toContain('site_map')
    expect(run.stderr).not.toContain('no inventory device\'s site')
    expect(run.stderr).toContain('devices.jsonl: 1 device is placed by its site on the node the site map sites.csv gives it.\n')
    expect(JSON.parse(run.stdout).nodes.filter((n: { devices: number }) => n.devices > 0).map((n: { node: string }) => n.node).sort()).toEqual(['net:a', 'net:b', 'net:dst', 'net:src'])
  })

  it('places the hosts of an nmap scan, which have no site, on the nodes of the prefixes that hold their addresses, in exposure and plan; the default route places none', async () => {
    const host = (address: string, product: string) => `<host><status state="up" reason="echo-reply"/><address addr="${address}" addrtype="ipv4"/><hostnames></hostnames>` +
      `<ports><port protocol="tcp" portid="22"><state state="open" reason="syn-ack"/><service name="ssh" product="${product}" extrainfo="protocol 2.0" method="probed" conf="10"/></port></ports></host>\n`
    const scan = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nmaprun>\n<nmaprun scanner="nmap" args="nmap -sV -oX scan.xml 10.1.0.0/16" start="1796638321" version="7.94SVN" xmloutputversion="1.05">\n' +
      host('10.1.1.1', 'Huawei VRP sshd') + host('192.0.2.7', 'Huawei VRP sshd') + '<runstats><finished time="1796638410" exit="success"/><hosts up="2" down="0" total="2"/></runstats>\n</nmaprun>\n'
    const files = {
      'net.json': TOPOLOGY, 'scan.xml': scan, 'policy.yaml': 'version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n', 'flows.csv': FLOWS,
      'prefixes.csv': 'prefix,node\n10.1.1.0/24,a\n0.0.0.0/0,dst\n',
    }
    const dir = await testdir(files)
    const args = ['-t', 'net.json', '-i', 'scan.xml', '-p', 'policy.yaml', '--flows', 'flows.csv', '--unknown-as', 'trusted']
    const before = await runCli(['exposure', ...args, '-f', 'json'], { cwd: dir })
    expect(before.stderr).toContain('scan.xml: 2 devices have no site and no node lists them, so they are on no topology node. Add a site column (a node label or id). ' +
      'They are named by an address, as a scan names hosts: --prefixes (prefix,node) places such a device on the node of the longest prefix that holds its address.\n')
    const run = await runCli(['exposure', ...args, '--prefixes', 'prefixes.csv', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toContain('scan.xml: 1 device without a site is placed by its address on the node of the prefix of prefixes.csv that holds it.\n')
    expect(run.stderr).toContain('scan.xml: 1 device has no site and no node lists it, so it is on no topology node. Add a site column (a node label or id). ' +
      'It is named by an address that no prefix of --prefixes holds (0.0.0.0/0 and ::/0 place no device): add a prefix that holds it.\n')
    const out = JSON.parse(run.stdout)
    expect(out.nodes.filter((n: { devices: number }) => n.devices > 0)).toMatchObject([{ node: 'net:a', status: 'untrusted', untrusted: ['10.1.1.1'] }])
    expect(out.flows[0]).toMatchObject({ id: 'f1', exposedShare: 0.5, untrusted: [{ node: 'net:a', share: 0.5 }] })
    // The plan reads the same placement: the router at a is a candidate whose replacement cleans f1's other half.
    const plan = await runCli(['plan', ...args, '--prefixes', 'prefixes.csv', '--phases', '2027', '-f', 'json', '--now', '2026-12-01'], { cwd: dir })
    expect(plan.status, plan.stderr).toBe(0)
    const actions = JSON.parse(plan.stdout).plan.actions as { deviceId: string; reasons: string[] }[]
    expect(actions.find((a) => a.deviceId === '10.1.1.1')?.reasons).toContain('cleans flow f1 from 2027')
    expect(actions.find((a) => a.deviceId === '192.0.2.7')?.reasons).not.toContain('cleans flow f1 from 2027')
  })

  it('says on the pages of check, exposure and plan, and in the JSON, that the inventory was cut short, where the exit status alone said so', async () => {
    // A LibreNMS answer cut in its second device: the first device is read, the rest is an input error at line 15.
    const whole = JSON.stringify({
      status: 'ok',
      devices: [
        { device_id: '12', hostname: 'src-rt', sysName: 'src-rt', sysObjectID: '.1.3.6.1.4.1.9.1.1639', hardware: 'ASR-9010', location: 'src', os: 'iosxr' },
        { device_id: '14', hostname: 'a-rt', sysName: 'a-rt', sysObjectID: '.1.3.6.1.4.1.3902.3.100.20', hardware: 'ZXR10 M6000-8S Plus', location: 'a', os: 'zxr10' },
      ],
      count: 2,
    }, null, 4)
    const cut = whole.slice(0, whole.indexOf('"sysObjectID": ".1.3.6.1.4.1.3902'))
    const dir = await testdir({ 'net.json': TOPOLOGY, 'librenms.json': cut, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const told = /<p class="conflict">1 input error in librenms\.json, at librenms\.json:\d+, was told when the page was made: what it names \(a row or record, or the rest of a file cut short\) was skipped and counts in no figure of this page\. Fix it and run again\.<\/p>/
    const args = ['-t', 'net.json', '-i', 'librenms.json', '-p', 'policy.yaml', '--flows', 'flows.csv']
    const json = await runCli(['exposure', ...args, '-f', 'json'], { cwd: dir })
    expect(json.status).toBe(2)
    expect(JSON.parse(json.stdout).summary.malformedRows).toBe(1)
    await runCli(['exposure', ...args, '-o', 'exposure.html'], { cwd: dir })
    expect(readFileSync(join(dir, 'exposure.html'), 'utf8')).toMatch(told)
    await runCli(['plan', ...args, '--phases', '2027', '-o', 'plan.html'], { cwd: dir })
    expect(readFileSync(join(dir, 'plan.html'), 'utf8')).toMatch(told)
    const plan = await runCli(['plan', ...args, '--phases', '2027', '-f', 'json'], { cwd: dir })
    expect(JSON.parse(plan.stdout).malformedRows).toBe(1)
    const check = await runCli(['check', 'librenms.json', '-p', 'policy.yaml', '-o', 'report.html'], { cwd: dir })
    expect(check.status).toBe(2)
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(told)
  })

  it('writes GeoJSON with nodes, links, routed and clean paths', async () => {
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'geojson'], { cwd: dir })
    const geo = JSON.parse(run.stdout)
    expect(geo.type).toBe('FeatureCollection')
    const kinds = geo.features.map((f: { properties: { kind: string } }) => f.properties.kind)
    expect(kinds.filter((k: string) => k === 'node')).toHaveLength(4)
    expect(kinds).toEqual(expect.arrayContaining(['link', 'routed-path', 'clean-path']))
    const a = geo.features.find((f: { properties: { id?: string } }) => f.properties.id === 'net:a')
    expect(a.properties.status).toBe('untrusted')
    expect(a.geometry).toEqual({ type: 'Point', coordinates: [8.5, 50.5] })
  })

  it('writes a self-contained HTML page (told by the -o extension): totals, the map, the flows and the untrusted nodes with their devices', async () => {
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '-o', 'exposure.html'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stdout).toBe('')
    const html = readFileSync(join(dir, 'exposure.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).not.toMatch(/<script src=|<link [^>]*href="http/)
    expect(html).toContain('<b>50.0%</b>of the sensitive volume exposed')
    expect(html).toContain('<svg width="900"')
    // The routed paths on the map: the exposed one through a, red; the untrusted node a.
    expect(html).toMatch(/<polyline points="[^"]+" fill="none" stroke="#d92d20"/)
    expect(html).toMatch(/<tr><td><span class="nowrap">f1<\/span><br><small>net:src → net:dst<\/small><\/td><td>secret<\/td><td>100<\/td><td class="bad">50\.0%<\/td><td>net:a 50\.0%<\/td>/)
    expect(html).toMatch(/<section id="nodes">.*<td>net:a<\/td><td>50<\/td><td>1<\/td><td>huawei<\/td><td>r-a<\/td>/s)
  })

  it('says a flow to a node no link reaches is not routed, in the table and on the page, rather than 0% exposed', async () => {
    const island = JSON.stringify({ ...JSON.parse(TOPOLOGY), nodes: [...JSON.parse(TOPOLOGY).nodes, { id: 'far', lat: 51, lon: 9 }] })
    const dir = await testdir({ 'net.json': island, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': 'id,src,dst,volume\nf9,src,far,5\n' })
    const args = ['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv']
    const table = await runCli([...args, '-f', 'table'], { cwd: dir })
    expect(table.stdout).toMatch(/^f9 +src +far +5 +no path +none +not routed: its ends are not connected$/m)
    expect(table.stdout).toContain('1 flow has no clean path (1 not routed at all: its ends are in parts of the topology that no link joins; ' +
      'join them (a link, or --interconnect between networks) or check the ends).')
    await runCli([...args, '-o', 'exposure.html', '-q'], { cwd: dir })
    expect(readFileSync(join(dir, 'exposure.html'), 'utf8')).toMatch(/<td>5<\/td><td>not routed: its ends are not connected<\/td>/)
  })

  it('treats a node with no devices as untrusted by default and as trusted on request', async () => {
    const inventory = INVENTORY.split('\n').filter((l) => !l.includes('r-b')).join('\n')
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const args = ['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'json']
    const strict = JSON.parse((await runCli(args, { cwd: dir })).stdout).flows[0]
    expect(strict.exposedShare).toBe(1)
    expect(strict.clean.exists).toBe(false)
    const lenient = JSON.parse((await runCli([...args, '--unknown-as', 'trusted'], { cwd: dir })).stdout).flows[0]
    expect(lenient.exposedShare).toBe(0.5)
    expect(lenient.unknown).toEqual([{ node: 'net:b', share: 0.5 }])
  })

  it('counts a RAN device as forwarding traffic by default, as the library and the demo do', async () => {
    const inventory = INVENTORY.replace('"id":"r-a","site":"a","role":"core"', '"id":"r-a","site":"a","role":"ran"')
    expect(inventory).toContain('"role":"ran"')
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const args = ['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'json']
    expect(JSON.parse((await runCli(args, { cwd: dir })).stdout).flows[0].untrusted).toEqual([{ node: 'net:a', share: 0.5 }])
    const coreOnly = JSON.parse((await runCli([...args, '--transit-roles', 'core'], { cwd: dir })).stdout).flows[0]
    expect(coreOnly.untrusted).toEqual([])
  })

  it('skips a flow row with a bad volume, reports its line, counts it as skipped and still routes the others', async () => {
    const flows = `${FLOWS}f2,src,dst,lots,secret\n`
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': flows })
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^flows\.csv:3: error: field "volume" has the value "lots"/m)
    expect(run.stderr).toMatch(/^1 flow \(1 more of the list skipped, see the errors above\)/m)
    expect(JSON.parse(run.stdout).flows.map((f: { id: string }) => f.id)).toEqual(['f1'])
  })

  it('generates all-pairs flows', async () => {
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'all-pairs', '-f', 'csv'], { cwd: dir })
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^id,src,dst,volume,class,routed_metric,exposed_share/)
    expect(lines).toHaveLength(1 + 12)
  })

  it('keeps each flow\'s class in the CSV, as the JSON and the HTML page do, so that a sheet of results tells secret flows from others', async () => {
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': 'id,src,dst,volume,class\nf1,src,dst,100,secret\nf2,dst,src,5,\n' })
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'csv'], { cwd: dir })
    const rows = run.stdout.trim().split('\n').map((line) => line.split(',').slice(0, 5).join(','))
    expect(rows).toEqual(['id,src,dst,volume,class', 'f1,net:src,net:dst,100,secret', 'f2,net:dst,net:src,5,'])
  })

  it('reports malformed GraphML with file and line, without a stack trace', async () => {
    const dir = await testdir({
      'bad.graphml': '<?xml version="1.0"?>\n<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>\n',
      'devices.jsonl': INVENTORY, 'policy.yaml': POLICY,
    })
    const run = await runCli(['exposure', '-t', 'bad.graphml', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/bad\.graphml:\d+/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('says, after errors that stop it, that nothing was routed and which file to fix, since each error says its entry "is skipped"', async () => {
    // An edge to a node the file never declares: the run stops rather than route around the link.
    const graphml = '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="undirected">\n' +
      '<node id="src"/>\n<node id="dst"/>\n<edge source="src" target="dts"/>\n</graph>\n</graphml>\n'
    const dir = await testdir({
      'net.graphml': graphml, 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY,
      'flows.csv': 'id,src,dst,volume,class\nf1,src,nowhere,100,secret\n', 'ix.csv': 'a,b,metric\nnet:src,other:x,1\n',
    })
    const args = ['-i', 'devices.jsonl', '-p', 'policy.yaml']
    const topology = await runCli(['exposure', '-t', 'net.graphml', ...args, '--flows', 'all-pairs'], { cwd: dir })
    expect(topology.status).toBe(2)
    expect(topology.stdout).toBe('')
    expect(topology.stderr).toMatch(/^net\.graphml:6:1: error: "dts" in target is not a node of the network \(2 nodes\); the entry is skipped\./)
    expect(topology.stderr.trimEnd().split('\n').at(-1)).toBe('No flow was routed: fix the errors in net.graphml above and run again ' +
      '(read without what they name, the topology would route the flows over other paths).')
    const plan = await runCli(['plan', '-t', 'net.graphml', ...args, '--flows', 'all-pairs'], { cwd: dir })
    expect(plan.status).toBe(2)
    expect(plan.stderr.trimEnd().split('\n').at(-1)).toMatch(/^No plan was made: fix the errors in net\.graphml above and run again /)
    const flows = await runCli(['exposure', '-t', 'net.json', ...args, '--flows', 'flows.csv'], { cwd: dir })
    expect(flows.status).toBe(2)
    expect(flows.stderr.trimEnd().split('\n').at(-1)).toBe('No flow was routed: fix the errors in flows.csv above and run again.')
    const interconnect = await runCli(['exposure', '-t', 'net.json', ...args, '--flows', 'all-pairs', '--interconnect', 'ix.csv'], { cwd: dir })
    expect(interconnect.status).toBe(2)
    expect(interconnect.stderr.trimEnd().split('\n').at(-1)).toBe('No flow was routed: fix the errors in ix.csv above and run again.')
  })

  it('reads the same diamond drawn in Graphviz DOT and exported from Gephi as GEXF', async () => {
    const dot = '// the diamond\ngraph net {\n  edge [weight=10]\n  src -- { a b } -- dst\n}\n'
    const gexf = '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="undirected">\n<nodes>' +
      ['src', 'a', 'b', 'dst'].map((id) => `<node id="${id}" label="${id}"/>`).join('') + '</nodes>\n<edges>' +
      [['src', 'a'], ['src', 'b'], ['a', 'dst'], ['b', 'dst']].map(([s, t], i) => `<edge id="${i}" source="${s}" target="${t}" weight="10"/>`).join('') +
      '</edges>\n</graph>\n</gexf>\n'
    const dir = await testdir({ 'net.gv': dot, 'net.gexf': gexf, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    for (const file of ['net.gv', 'net.gexf']) {
      const run = await runCli(['exposure', '-t', file, '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
      expect(run.status, run.stderr).toBe(1)
      const f = JSON.parse(run.stdout).flows[0]
      expect(f).toMatchObject({ src: 'net:src', dst: 'net:dst', routedMetric: 20, exposedShare: 0.5 })
      expect(f.clean).toMatchObject({ exists: true, path: ['net:src', 'net:b', 'net:dst'] })
    }
  })

  it('warns, in the file of its network, that a GraphML exported by Gephi (weight 1.0 on every edge) routes by hops though its nodes are placed', async () => {
    // Keys as Gephi's GraphML export writes them (label, Edge Label, weight, r/g/b, x/y, size),
    // with the Topology Zoo's Latitude and Longitude kept from the file Gephi opened.
    const nodes = [['src', 50.0, 8.0], ['a', 50.5, 8.5], ['b', 49.5, 8.5], ['dst', 50.0, 9.0]] as const
    const graphml = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      '<key attr.name="label" attr.type="string" for="node" id="label"/>\n<key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>\n' +
      '<key attr.name="weight" attr.type="double" for="edge" id="weight"/>\n<key attr.name="r" attr.type="int" for="node" id="r"/>\n' +
      '<key attr.name="x" attr.type="float" for="node" id="x"/>\n<key attr.name="y" attr.type="float" for="node" id="y"/>\n' +
      '<key attr.name="Latitude" attr.type="double" for="node" id="Latitude"/>\n<key attr.name="Longitude" attr.type="double" for="node" id="Longitude"/>\n' +
      '<graph edgedefault="undirected">\n' +
      nodes.map(([id, lat, lon]) => `<node id="${id}"><data key="label">${id}</data><data key="r">153</data><data key="x">${lon * 10}</data><data key="y">${-lat * 10}</data>` +
        `<data key="Latitude">${lat}</data><data key="Longitude">${lon}</data></node>\n`).join('') +
      [['src', 'a'], ['src', 'b'], ['a', 'dst'], ['b', 'dst']].map(([s, t], i) => `<edge id="${i}" source="${s}" target="${t}"><data key="weight">1.0</data></edge>\n`).join('') +
      '</graph>\n</graphml>\n'
    const dir = await testdir({ 'gephi.graphml': graphml, 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': 'id,src,dst,volume,class\nf1,gephi:src,gephi:dst,100,secret\n' })
    const run = await runCli(['exposure', '-t', 'net.json', '-t', 'gephi.graphml', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'json'], { cwd: dir })
    expect(run.stderr).toContain('gephi.graphml: warning: every one of the 4 links of gephi gives the metric 1, so paths count hops, though 4 of them join nodes with coordinates')
    expect(JSON.parse(run.stdout).flows[0]).toMatchObject({ src: 'gephi:src', dst: 'gephi:dst', routedMetric: 2 })
  })

  it('reads the same diamond built as a containerlab lab, a GNS3 project and a REPETITA graph', async () => {
    const clab = 'name: net\ntopology:\n  nodes:\n' + ['src', 'a', 'b', 'dst'].map((n) => `    ${n}: {kind: ${n === 'a' ? 'huawei_vrp' : 'ceos'}}\n`).join('') +
      '  links:\n' + [['src', 'a'], ['src', 'b'], ['a', 'dst'], ['b', 'dst']].map(([x, y]) => `    - endpoints: ["${x}:eth1", "${y}:eth2"]\n`).join('')
    const gns3 = JSON.stringify({
      name: 'net', project_id: '6f1c4c9e-2d44-4f51-9a0e-5b7f0f6d1a11', revision: 9,
      topology: {
        links: [['src', 'a'], ['src', 'b'], ['a', 'dst'], ['b', 'dst']].map(([x, y], i) => ({ link_id: `l${i}`, nodes: [{ node_id: `id-${x}`, adapter_number: 0, port_number: 0 }, { node_id: `id-${y}`, adapter_number: 1, port_number: 0 }] })),
        nodes: ['src', 'a', 'b', 'dst'].map((n) => ({ name: n, node_id: `id-${n}`, node_type: 'qemu', properties: {}, x: 0, y: 0 })),
      },
      type: 'topology', version: '2.2.32',
    }, null, 4)
    // REPETITA knows nodes by position (src 0, a 1, b 2, dst 3): flows name them by label.
    const graph = 'NODES 4\nlabel x y\nsrc 8.0 50.0\na 8.5 50.5\nb 8.5 49.5\ndst 9.0 50.0\n\nEDGES 8\nlabel src dest weight bw delay\n' +
      [[0, 1], [0, 2], [1, 3], [2, 3]].flatMap(([x, y], i) => [`e${2 * i} ${x} ${y} 10 1000000 100`, `e${2 * i + 1} ${y} ${x} 10 1000000 100`]).join('\n') + '\n'
    const dir = await testdir({ 'net.clab.yml': clab, 'net.gns3': gns3, 'net.graph': graph, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    for (const file of ['net.clab.yml', 'net.gns3', 'net.graph']) {
      const run = await runCli(['exposure', '-t', file, '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
      expect(run.status, `${file}: ${run.stderr}`).toBe(1)
      const f = JSON.parse(run.stdout).flows[0]
      const [src, b, dst] = file === 'net.graph' ? ['net:0', 'net:2', 'net:3'] : ['net:src', 'net:b', 'net:dst']
      expect(f, file).toMatchObject({ src, dst, exposedShare: 0.5 })
      expect(f.clean, file).toMatchObject({ exists: true, path: [src, b, dst] })
    }
  })

  it('reads the same diamond drawn in Cytoscape (.cyjs) and written by NetworkX\'s cytoscape_data', async () => {
    const ends = [['src', 'a'], ['src', 'b'], ['a', 'dst'], ['b', 'dst']]
    // Cytoscape desktop: ids are SUIDs, the names are the sites the inventory gives.
    const suid = { src: 101, a: 102, b: 103, dst: 104 }
    const cyjs = JSON.stringify({
      format_version: '1.0', generated_by: 'cytoscape-3.10.2', target_cytoscapejs_version: '~2.1', data: { name: 'net', SUID: 52 },
      elements: {
        nodes: Object.entries(suid).map(([name, id], i) => ({ data: { id: String(id), shared_name: name, name, SUID: id, selected: false }, position: { x: i * 100, y: 0 }, selected: false })),
        edges: ends.map(([x, y], i) => ({ data: { id: String(200 + i), source: String(suid[x as keyof typeof suid]), target: String(suid[y as keyof typeof suid]), interaction: 'interacts with', Weight: 10 }, selected: false })),
      },
    }, null, 2)
    const networkx = JSON.stringify({
      data: [], directed: false, multigraph: false,
      elements: { nodes: ['src', 'a', 'b', 'dst'].map((n) => ({ data: { id: n, value: n, name: n } })), edges: ends.map(([x, y]) => ({ data: { source: x, target: y } })) },
    })
    const dir = await testdir({ 'net.cyjs': cyjs, 'net.json': networkx, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    for (const file of ['net.cyjs', 'net.json']) {
      const run = await runCli(['exposure', '-t', file, '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
      expect(run.status, `${file}: ${run.stderr}`).toBe(1)
      const f = JSON.parse(run.stdout).flows[0]
      const [src, b, dst] = file === 'net.cyjs' ? ['net:101', 'net:103', 'net:104'] : ['net:src', 'net:b', 'net:dst']
      expect(f, file).toMatchObject({ src, dst, exposedShare: 0.5 })
      expect(f.clean, file).toMatchObject({ exists: true, path: [src, b, dst] })
    }
  })

  it('reads the same diamond as a Pajek network, its vertices named by their labels', async () => {
    // Vertices 1 to 4 are src, a, b, dst; the third number of an edge line is its value (the metric).
    const net = '% the diamond\n*Network net\n*Vertices 4\n1 "src" 0.1 0.5 0.5\n2 "a" 0.5 0.1 0.5\n3 "b" 0.5 0.9 0.5\n4 "dst" 0.9 0.5 0.5\n*Edges\n1 2 10\n1 3 10\n2 4 10\n3 4 10\n'
    const dir = await testdir({ 'net.net': net, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['exposure', '-t', 'net.net', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const f = JSON.parse(run.stdout).flows[0]
    expect(f).toMatchObject({ src: 'net:1', dst: 'net:4', routedMetric: 20, exposedShare: 0.5, untrusted: [{ node: 'net:2', share: 0.5 }] })
    expect(f.clean).toMatchObject({ exists: true, path: ['net:1', 'net:3', 'net:4'] })
  })

  it('reads the same diamond exported from Cytoscape as XGMML, and refuses its DOCTYPE', async () => {
    const ids = { src: -1, a: -2, b: -3, dst: -4 }
    const xgmml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<graph id="52" label="net" directed="1" cy:documentVersion="3.0" xmlns:cy="http://www.cytoscape.org" xmlns="http://www.cs.rpi.edu/XGMML">\n' +
      Object.entries(ids).map(([name, id]) => `  <node id="${id}" label="${name}">\n    <att name="name" value="${name}" type="string" cy:type="String"/>\n    <graphics type="ELLIPSE" x="${id * 50}" y="0"/>\n  </node>\n`).join('') +
      [['src', 'a'], ['src', 'b'], ['a', 'dst'], ['b', 'dst']].map(([x, y]) => `  <edge label="${x} (pp) ${y}" source="${ids[x as keyof typeof ids]}" target="${ids[y as keyof typeof ids]}" cy:directed="0">\n    <att name="weight" value="10" type="real" cy:type="Double"/>\n  </edge>\n`).join('') +
      '</graph>\n'
    const doctype = xgmml.replace('<graph ', '<!DOCTYPE graph PUBLIC "-//John Punin//DTD graph description//EN" "http://www.cs.rpi.edu/~puninj/XGMML/xgmml.dtd">\n<graph ')
    const dir = await testdir({ 'net.xgmml': xgmml, 'dtd.xgmml': doctype, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['exposure', '-t', 'net.xgmml', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const f = JSON.parse(run.stdout).flows[0]
    expect(f).toMatchObject({ src: 'net:-1', dst: 'net:-4', routedMetric: 20, exposedShare: 0.5, untrusted: [{ node: 'net:-2', share: 0.5 }] })
    expect(f.clean).toMatchObject({ exists: true, path: ['net:-1', 'net:-3', 'net:-4'] })
    const refused = await runCli(['exposure', '-t', 'net=dtd.xgmml', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv'], { cwd: dir })
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/dtd\.xgmml:2:\d+: error: .*DOCTYPE/)
  })

  it('reads the same diamond cabled in a Batfish snapshot\'s layer1_topology.json, each cable listed both ways', async () => {
    const cables = [['src', 'a'], ['src', 'b'], ['a', 'dst'], ['b', 'dst']].flatMap(([x, y], i) => {
      const [p, q] = [{ hostname: x, interfaceName: `GigabitEthernet0/${i}` }, { hostname: y, interfaceName: `GigabitEthernet1/${i}` }]
      return [{ node1: p, node2: q }, { node1: q, node2: p }]
    })
    const dir = await testdir({ 'layer1_topology.json': JSON.stringify({ edges: cables }, null, 2), 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['exposure', '-t', 'net=layer1_topology.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out.flows[0]).toMatchObject({ src: 'net:src', dst: 'net:dst', exposedShare: 0.5, untrusted: [{ node: 'net:a', share: 0.5 }] })
    expect(out.flows[0].clean).toMatchObject({ exists: true, path: ['net:src', 'net:b', 'net:dst'] })
  })

  it('refuses a YAML topology that is no containerlab lab, naming the formats read, and a netlab lab with what netlab writes from it', async () => {
    // nodes and links at the top level: netlab's lab topology (netlab.tools), not a policy.
    const dir = await testdir({ 'lab.yml': 'nodes:\n  - r1\nlinks:\n  - r1-r2\n', 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    const run = await runCli(['exposure', '-t', 'lab.yml', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('trustpath: lab.yml: the topology is a netlab lab topology (YAML), which is not read: a topology is GraphML, GML, DOT, GEXF, XGMML, JSON, ' +
      'a CSV link list, an edge list, a Pajek network, SNDlib, REPETITA, BRITE, Inet, LGL, a containerlab, GNS3, EVE-NG, Kathará or CML lab, a neighbour table, an IS-IS or OSPF database (show isis database detail, show ip ospf database router, show ospf database router extensive) or NetBox\'s cables\n' +
      '  hint: Give the lab as netlab builds it: the clab.yml that `netlab create` writes for containerlab, or the graph.dot of `netlab graph`, with -t.\n')
  })

  it('reports a DOT syntax error with file, line and column, without a stack trace', async () => {
    const dir = await testdir({ 'map.dot': 'graph G {\n  fra -- ber [weight=3\n}\n', 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    const run = await runCli(['exposure', '-t', 'map.dot', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('map.dot:3:1: error: cannot read the DOT here')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses the policy or the inventory given as the topology, saying which option takes it', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const policy = await runCli(['exposure', '-t', 'policy.yaml', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv'], { cwd: dir })
    expect(policy.status).toBe(2)
    expect(policy.stderr).toBe('trustpath: policy.yaml: the topology is YAML but no containerlab topology (a policy?), which is not read: a topology is GraphML, GML, DOT, GEXF, XGMML, JSON, ' +
      'a CSV link list, an edge list, a Pajek network, SNDlib, REPETITA, BRITE, Inet, LGL, a containerlab, GNS3, EVE-NG, Kathará or CML lab, a neighbour table, an IS-IS or OSPF database (show isis database detail, show ip ospf database router, show ospf database router extensive) or NetBox\'s cables\n  hint: Give the policy with -p (--policy) and a topology file with -t.\n')
    const inventory = await runCli(['exposure', '-t', 'devices.jsonl', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv'], { cwd: dir })
    expect(inventory.status).toBe(2)
    expect(inventory.stderr).toMatch(/^trustpath: devices\.jsonl: the topology is JSON Lines \(an inventory\?\), which is not read: .*\n  hint: Give the inventory with -i/)
  })

  it('refuses a flow list given as the topology, naming --flows, instead of routing between its ends', async () => {
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS, 'flows.json': '{"flows": [{"src": "src", "dst": "dst", "volume": 100}]}\n',
      'links.csv': 'src,dst,metric\nsrc,a,10\nsrc,b,10\na,dst,10\nb,dst,10\n',
    })
    for (const flows of ['flows.csv', 'flows.json']) {
      const run = await runCli(['exposure', '-t', flows, '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toBe(`trustpath: ${flows}: the topology is a flow list (src, dst and volume), which is not read as a topology: a topology is GraphML, GML, DOT, GEXF, XGMML, JSON, ` +
        'a CSV link list, an edge list, a Pajek network, SNDlib, REPETITA, BRITE, Inet, LGL, a containerlab, GNS3, EVE-NG, Kathará or CML lab, a neighbour table, an IS-IS or OSPF database (show isis database detail, show ip ospf database router, show ospf database router extensive) or NetBox\'s cables\n  hint: Give the flow list with --flows (of trustpath exposure or plan), and a topology file with -t.\n')
    }
    // A link list with src and dst columns (and no volume) stays a topology.
    const links = await runCli(['exposure', '-t', 'net=links.csv', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(links.status, links.stderr).toBe(1)
    expect(JSON.parse(links.stdout).flows.map((f: { id: string }) => f.id)).toEqual(['f1'])
  })

  it('refuses a GraphML file with a DOCTYPE (no entity expansion)', async () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<graphml><graph><node id="&lol;"/></graph></graphml>\n'
    const dir = await testdir({ 'evil.graphml': xml, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    const run = await runCli(['exposure', '-t', 'evil.graphml', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/evil\.graphml:2/)
  })

  it('names the ids of a label two nodes share, points at the flow line, and prints a table with headers and labels', async () => {
    // Two nodes labelled Jackson (as in the Topology Zoo's Deltacom) and one without coordinates.
    const zoo = `<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="d0" />
  <key attr.name="Latitude" attr.type="double" for="node" id="d1" />
  <key attr.name="Longitude" attr.type="double" for="node" id="d2" />
  <graph edgedefault="undirected">
    <node id="0"><data key="d0">Atlanta</data><data key="d1">33.749</data><data key="d2">-84.388</data></node>
    <node id="1"><data key="d0">Jackson</data><data key="d1">32.299</data><data key="d2">-90.185</data></node>
    <node id="2"><data key="d0">Jackson</data><data key="d1">30.332</data><data key="d2">-81.656</data></node>
    <node id="3"><data key="d0">None</data></node>
    <edge source="0" target="1" /><edge source="0" target="2" /><edge source="1" target="3" /><edge source="3" target="2" />
  </graph>
</graphml>
`
    const devices = 'id,site,role,manufacturer\nr1,Jackson,core,Huawei\nr2,Atlanta,core,Cisco\n'
    const flows = 'id,src,dst,volume,class\nf1,Atlanta,1,10,secret\nf2,Jackson,Atlanta,5,secret\nf3,Atlanta,Atlanta,1,secret\n'
    const dir = await testdir({ 'us.graphml': zoo, 'devices.csv': devices, 'policy.yaml': POLICY, 'flows.csv': flows })
    const run = await runCli(['exposure', '-t', 'us.graphml', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'table'], { cwd: dir })
    expect(run.stderr).toContain('flows.csv:3: error: "Jackson" matches several nodes (us:1, us:2)')
    expect(run.stderr).toContain('devices.csv: 1 device is on no topology node because its site names several nodes (a label or site they share):\n  "Jackson" names Jackson (1), Jackson (2) (device r1; devices.csv:2)\n' +
      '  Set the site to one of those node ids, list the device in that node\'s devices, or map the site to one node id in a --site-map table (site,node).')
    expect(run.stderr).toContain('flows.csv:4: warning: flow "f3" goes from node "us:0" to itself')
    expect(run.stderr).toMatch(/us\.graphml: warning: 2 links of us give no metric and touch 1 node without coordinates \("None" \(us:3\)\); they get the median metric/)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toMatch(/^flow\s+from\s+to\s+volume\s+exposed/)
    expect(lines[1]).toMatch(/^f1\s+Atlanta \(0\)\s+Jackson \(1\)\s+10\s+100\.0%/)
    expect(lines[2]).toMatch(/^f3\s+Atlanta \(0\)\s+Atlanta \(0\)\s+1\s+0\.0%/)
  })
})

describe('trustpath exposure --flows sample', () => {
  it('lists sampled flows in the order of their ids, as all-pairs flows are', async () => {
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    for (const flows of ['sample:12', 'sample:30:5', 'all-pairs']) {
      const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', flows, '-f', 'csv'], { cwd: dir })
      const ids = run.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0]!)
      const expected = flows === 'all-pairs' ? ids : Array.from({ length: Number(flows.split(':')[1]) }, (_, i) => `sample-${i + 1}`)
      expect(ids, flows).toEqual(expected)
      if (flows === 'all-pairs') expect(ids.slice(0, 3)).toEqual(['net:src>net:a', 'net:src>net:b', 'net:src>net:dst'])
    }
  })
})

/**
 * Two access switches' `show cdp neighbors detail` from one saved session: both uplink to a Huawei
 * aggregation switch, sw-a also to a Linux host.
 */
const CDP_SESSION = `sw-a#show cdp neighbors detail
-------------------------
Device ID: agg-1.example.net
Entry address(es):
  IP address: 10.20.0.1
Platform: HUAWEI S5720-28X-SI-AC,  Capabilities: Router Switch IGMP
Interface: GigabitEthernet1/0/49,  Port ID (outgoing port): GigabitEthernet0/0/1
Holdtime : 151 sec

Version :
Huawei Versatile Routing Platform Software
VRP (R) software, Version 5.170 (S5720 V200R019C10SPC500)

advertisement version: 2
Duplex: full

-------------------------
Device ID: jumphost
Entry address(es):
  IP address: 10.20.0.50
Platform: Linux,  Capabilities: Host
Interface: GigabitEthernet1/0/19,  Port ID (outgoing port): eth0
Holdtime : 145 sec

Version :
Linux 5.15.0-91-generic #101-Ubuntu SMP

Total cdp entries displayed : 2
sw-a#
sw-b#show cdp neighbors detail
-------------------------
Device ID: agg-1.example.net
Entry address(es):
  IP address: 10.20.0.1
Platform: HUAWEI S5720-28X-SI-AC,  Capabilities: Router Switch IGMP
Interface: GigabitEthernet1/0/49,  Port ID (outgoing port): GigabitEthernet0/0/3
Holdtime : 160 sec

Version :
Huawei Versatile Routing Platform Software

Total cdp entries displayed : 1
sw-b#
`

describe('trustpath exposure on neighbour tables', () => {
  it('routes a flow between two switches of a CDP session over the Huawei neighbour they share, the same file giving the devices', async () => {
    const dir = await testdir({ 'campus.txt': CDP_SESSION, 'policy.yaml': POLICY, 'flows.csv': 'id,src,dst,volume,class\nf1,sw-a,sw-b,100,secret\n' })
    const run = await runCli(['exposure', '-t', 'campus.txt', '-i', 'campus.txt', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out.flows[0]).toMatchObject({ id: 'f1', src: 'campus:sw-a', dst: 'campus:sw-b', exposedShare: 1, untrusted: [{ node: 'campus:agg-1.example.net', share: 1 }] })
    expect(out.flows[0].clean.exists).toBe(false)
    const agg = out.nodes.find((n: { node: string }) => n.node === 'campus:agg-1.example.net')
    expect(agg).toMatchObject({ status: 'untrusted', untrusted: ['agg-1.example.net'], groups: ['huawei'] })
    expect(out.links.map((l: { a: string; b: string }) => `${l.a} ${l.b}`)).toEqual([
      'campus:sw-a campus:agg-1.example.net', 'campus:sw-a campus:jumphost', 'campus:sw-b campus:agg-1.example.net',
    ])
    expect(run.stderr).not.toMatch(/on no (topology )?node|warning/)
  })
})

describe('links given the default metric, with several topologies', () => {
  it('are warned about in the file of their own network, as exposure and plan read it', async () => {
    const net = (a: string, b: string) => `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="Latitude" attr.type="double" for="node" id="d1" />
  <key attr.name="Longitude" attr.type="double" for="node" id="d2" />
  <graph edgedefault="undirected">
    <node id="${a}"><data key="d1">50.11</data><data key="d2">8.68</data></node>
    <node id="${b}"><data key="d1">52.52</data><data key="d2">13.40</data></node>
    <node id="x" />
    <edge source="${a}" target="${b}" /><edge source="${b}" target="x" />
  </graph>
</graphml>
`
    const dir = await testdir({
      'de.graphml': net('fra', 'ber'),
      // Every node of this one has coordinates: nothing to warn about in it.
      'it.graphml': net('mil', 'rom').replace('<node id="x" />', '').replace(/<edge source="rom" target="x" \/>/, ''),
      'devices.csv': 'id,site,role,manufacturer\nr1,op-de:fra,core,Huawei\n',
      'policy.yaml': POLICY,
    })
    for (const command of [['exposure'], ['plan', '--solver', 'greedy']]) {
      const run = await runCli([...command, '-t', 'op-de=de.graphml', '-t', 'it.graphml', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
      expect(run.status, command[0]).not.toBe(2)
      expect(run.stderr, command[0]).toMatch(/^de\.graphml: warning: 1 link of op-de gives no metric and touches 1 node without coordinates \("op-de:x"\)/m)
      expect(run.stderr, command[0]).not.toContain('it.graphml:')
    }
  })

  it('offer the node of that network an interconnect end with a typo may have meant, at its line', async () => {
    // SNDlib's nobel-germany names its nodes by city (Berlin); Colt's Topology Zoo file labels its numbered nodes.
    const dir = await testdir({
      'colt.csv': 'a,b,metric\nBerlin,Hamburg,290\n', 'nobel.csv': 'a,b,metric\nBerlin,Leipzig,150\n',
      'ix.csv': 'a,b,metric\ncolt:Hamburg,nobel:Leipzig,40\ncolt:Berlin,nobel:Berlim,5\n',
      'devices.csv': 'id,site,role,manufacturer\nr1,colt:Berlin,core,Huawei\n',
      'policy.yaml': POLICY,
    })
    const run = await runCli(['exposure', '-t', 'colt.csv', '-t', 'nobel.csv', '--interconnect', 'ix.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('ix.csv:3: error: "nobel:Berlim" in end b is not a node of network "nobel" (2 nodes); the entry is skipped. Did you mean "nobel:Berlin"?')
  })

  it('are warned about in the interconnect file for links between networks, with whose median they take', async () => {
    const dir = await testdir({
      'de.csv': 'a,b,metric\nfra,ber,120\n', 'it.csv': 'a,b,metric\nmil,rom,90\n',
      // One interconnect gives its metric, the other takes the median of the links between networks.
      'ix.csv': 'a,b,metric\nde:fra,it:mil,40\nde:ber,it:rom,\n',
      'devices.csv': 'id,site,role,manufacturer\nr1,de:fra,core,Huawei\n',
      'policy.yaml': POLICY,
    })
    const run = await runCli(['exposure', '-t', 'de.csv', '-t', 'it.csv', '--interconnect', 'ix.csv', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'all-pairs', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('ix.csv: warning: 1 link between networks gives no metric and touches 2 nodes without coordinates ("de:ber", "it:rom"); ' +
      'they get the median metric of the other links between networks, 40.')
  })
  it('reads a router\'s IS-IS database as the topology: routers named by hostname carry the inventory\'s devices, flows take the IGP metrics', async () => {
    // IOS-XR's `show isis database detail` (its lines as in CiscoTestAutomation/genielibs,
    // pkgs/ops-pkg/src/genie/libs/ops/isis/iosxr/tests/isis_output.py): R1 reaches R4 over R2 at 20, over R3 at 40.
    const lsp = (name: string, seq: string, neighbours: [string, number][]): string =>
      `${name}.00-00              0x${seq}   0xfe94        402  /1200         0/0/0\n  Area Address:   49.0002\n  Hostname:       ${name}\n` +
      neighbours.map(([n, m]) => `  Metric: ${m}         IS-Extended ${n}.00\n`).join('')
    const lsdb = 'RP/0/RP0/CPU0:R1#show isis database detail\n\nIS-IS core (Level-2) Link State Database\n' +
      'LSPID                 LSP Seq Num  LSP Checksum  LSP Holdtime/Rcvd  ATT/P/OL\n' +
      lsp('R1', '000003bd', [['R2', 10], ['R3', 10]]) + lsp('R2', '000003be', [['R1', 10], ['R4', 10]]) +
      lsp('R3', '000003bf', [['R1', 10], ['R4', 30]]) + lsp('R4', '000003c0', [['R2', 10], ['R3', 30]])
    const inventory = [
      { id: 'R1', role: 'core', manufacturer: 'Cisco' }, { id: 'R2', role: 'core', manufacturer: 'Huawei' },
      { id: 'R3', role: 'core', manufacturer: 'Juniper' }, { id: 'R4', role: 'core', manufacturer: 'Cisco' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n'
    const dir = await testdir({ 'lsdb.txt': lsdb, 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'flows.csv': 'id,src,dst,volume\nf1,core:R1,core:R4,100\n' })
    const run = await runCli(['exposure', '-t', 'core=lsdb.txt', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const f = JSON.parse(run.stdout).flows[0]
    expect(f).toMatchObject({ id: 'f1', src: 'core:R1', dst: 'core:R4', routedMetric: 20, exposedShare: 1 })
    expect(f.untrusted).toEqual([{ node: 'core:R2', share: 1 }])
    expect(f.clean).toEqual({ exists: true, metric: 40, stretch: 2, path: ['core:R1', 'core:R3', 'core:R4'] })
  })
  it('reads a router\'s OSPF database as the topology: routers named by router id (and by the prompt) carry the inventory\'s devices, flows take the OSPF costs', async () => {
    // Cisco IOS's `show ip ospf database router` (its layout as in CiscoTestAutomation/genieparser,
    // src/genie/libs/parser/iosxe/tests/ShowIpOspfDatabaseRouter/cli/equal/golden_output1_output.txt):
    // R1 (1.1.1.1) reaches 4.4.4.4 over 2.2.2.2 at 20, and over a LAN with 3.3.3.3 at 40.
    const link = (kind: 'p2p' | 'transit' | 'stub', ref: string, metric: number): string => {
      const [what, id] = kind === 'p2p' ? ['another Router (point-to-point)', 'Neighboring Router ID'] : kind === 'transit' ? ['a Transit Network', 'Designated Router address'] : ['a Stub Network', 'Network/subnet number']
      return `    Link connected to: ${what}\n     (Link ID) ${id}: ${ref}\n     (Link Data) Router Interface address: 10.0.0.1\n      Number of MTID metrics: 0\n       TOS 0 Metrics: ${metric}\n\n`
    }
    const lsa = (id: string, links: string[]): string =>
      `  LS age: 742\n  Options: (No TOS-capability, DC)\n  LS Type: Router Links\n  Link State ID: ${id}\n  Advertising Router: ${id}\n  Number of Links: ${links.length}\n\n${links.join('')}\n`
    const lsdb = 'R1#show ip ospf database router\n\n            OSPF Router with ID (1.1.1.1) (Process ID 1)\n\n                Router Link States (Area 0)\n\n' +
      lsa('1.1.1.1', [link('stub', '1.1.1.1', 1), link('p2p', '2.2.2.2', 10), link('transit', '10.0.13.3', 10)]) +
      lsa('2.2.2.2', [link('p2p', '1.1.1.1', 10), link('p2p', '4.4.4.4', 10)]) +
      lsa('3.3.3.3', [link('transit', '10.0.13.3', 10), link('p2p', '4.4.4.4', 30)]) +
      lsa('4.4.4.4', [link('p2p', '2.2.2.2', 10), link('p2p', '3.3.3.3', 30)])
    const inventory = [
      { id: 'R1', role: 'core', manufacturer: 'Cisco' }, { id: '2.2.2.2', role: 'core', manufacturer: 'Huawei' },
      { id: '3.3.3.3', role: 'core', manufacturer: 'Juniper' }, { id: '4.4.4.4', role: 'core', manufacturer: 'Cisco' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n'
    // Every device is placed: R1 by the prompt's name, the others by their router ids.
    await expectOspfCostsRouted(lsdb, inventory, 'R1')
  })
  it('reads a Juniper router\'s show ospf database router extensive as the topology: the prompt names its own router, flows take the OSPF costs', async () => {
    // Junos's layout as in CiscoTestAutomation/genieparser,
    // src/genie/libs/parser/junos/tests/ShowOspfDatabaseExtensive/cli/equal/golden_output_output.txt:
    // r1 (1.1.1.1) reaches 4.4.4.4 over 2.2.2.2 at 20, and over a LAN (DR 10.0.13.3) with 3.3.3.3 at 40.
    const lsa = (id: string, links: [string, string, number][], own = false): string =>
      `Router  ${own ? '*' : ' '}${id}         ${id}         0x80000004   247  0x22 0x7e38  48\n  bits 0x0, link count ${links.length}\n` +
      links.map(([type, ref, metric]) => `  id ${ref}, data 10.0.0.1, Type ${type}\n    Topology count: 0, Default metric: ${metric}\n`).join('') +
      '  Aging timer 00:54:08\n  Installed 00:05:44 ago, expires in 00:54:08, sent 00:05:42 ago\n  Last changed 1d 02:16:03 ago, Change count: 69\n'
    const lsdb = 'lab@r1> show ospf database router extensive\n\n    OSPF database, Area 0.0.0.0\n Type       ID               Adv Rtr           Seq      Age  Opt  Cksum  Len\n' +
      lsa('1.1.1.1', [['Stub (3)', '1.1.1.1', 0], ['PointToPoint (1)', '2.2.2.2', 10], ['Transit (2)', '10.0.13.3', 10]], true) +
      lsa('2.2.2.2', [['PointToPoint (1)', '1.1.1.1', 10], ['PointToPoint (1)', '4.4.4.4', 10]]) +
      lsa('3.3.3.3', [['Transit (2)', '10.0.13.3', 10], ['PointToPoint (1)', '4.4.4.4', 30]]) +
      lsa('4.4.4.4', [['PointToPoint (1)', '2.2.2.2', 10], ['PointToPoint (1)', '3.3.3.3', 30]])
    const inventory = [
      { id: 'r1', role: 'core', manufacturer: 'Juniper' }, { id: '2.2.2.2', role: 'core', manufacturer: 'Huawei' },
      { id: '3.3.3.3', role: 'core', manufacturer: 'Juniper' }, { id: '4.4.4.4', role: 'core', manufacturer: 'Cisco' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n'
    // Every device is placed: r1 by the prompt's name (on its own LSA, marked *), the others by their router ids.
    await expectOspfCostsRouted(lsdb, inventory, 'r1')
  })
  it('reads a Huawei router\'s display ospf lsdb router as the topology, saved after its <AR1> prompt: the prompt names its router, flows take the OSPF costs', async () => {
    // VRP's layout as in Huawei's command reference ("display ospf lsdb"): 1.1.1.1 reaches 4.4.4.4
    // over 2.2.2.2 at 20, and over a LAN (DR 10.0.13.3) with 3.3.3.3 at 40.
    const lsa = (id: string, links: [string, string, number][]): string =>
      `  Type      : Router\n  Ls id     : ${id}\n  Adv rtr   : ${id}\n  Ls age    : 639\n  Len       : 60\n  Options   :  E\n  seq#      : 80000007\n` +
      `  chksum    : 0x42e\n  Link count: ${links.length}\n` +
      links.map(([type, ref, metric]) => `   * Link ID: ${ref}\n     Data   : 10.0.0.1\n     Link Type: ${type}\n     Metric : ${metric}\n`).join('') + '\n'
    const lsdb = '<AR1>display ospf lsdb router\n\n\t OSPF Process 1 with Router ID 1.1.1.1\n\t\t         Area: 0.0.0.0\n\t\t Link State Database\n\n\n' +
      lsa('1.1.1.1', [['StubNet', '1.1.1.1', 0], ['P-2-P', '2.2.2.2', 10], ['TransNet', '10.0.13.3', 10]]) +
      lsa('2.2.2.2', [['P-2-P', '1.1.1.1', 10], ['P-2-P', '4.4.4.4', 10]]) +
      lsa('3.3.3.3', [['TransNet', '10.0.13.3', 10], ['P-2-P', '4.4.4.4', 30]]) +
      lsa('4.4.4.4', [['P-2-P', '2.2.2.2', 10], ['P-2-P', '3.3.3.3', 30]])
    const inventory = [
      { id: 'AR1', role: 'core', manufacturer: 'Cisco' }, { id: '2.2.2.2', role: 'core', manufacturer: 'Huawei' },
      { id: '3.3.3.3', role: 'core', manufacturer: 'Juniper' }, { id: '4.4.4.4', role: 'core', manufacturer: 'Cisco' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n'
    // Every device is placed: AR1 by the prompt's name, the others by their router ids; the file was refused as XML of root <AR1>.
    await expectOspfCostsRouted(lsdb, inventory, 'AR1')
  })
  it('reads FRR\'s show ipv6 ospf6 database router detail as the topology: routers named by router id, a LAN through its DR, flows take the OSPF costs', async () => {
    // ospf6d's layout as in obonaventure/cnp3blog, _posts/2017-12-03-ipmininet-ospfv3.md (FRR's ospf6d prints the same lines):
    // 1.1.1.1 reaches 4.4.4.4 over 2.2.2.2 at 20, and over a LAN (DR 3.3.3.3, its interface 0.0.0.5) with 3.3.3.3 at 40.
    const lsa = (router: string, links: [string, number, string, string][]): string =>
      `\nAge: 1552 Type: Router\nLink State ID: 0.0.0.0\nAdvertising Router: ${router}\nLS Sequence Number: 0x8000000d\nCheckSum: 0xb82f Length: 56\nDuration: 00:25:50\n` +
      '    Bits: -------- Options: --|R|-|--|E|V6\n' +
      links.map(([type, metric, nif, peer]) => `    Type: ${type} Metric: ${metric}\n    Interface ID: 0.0.0.3\n    Neighbor Interface ID: ${nif}\n    Neighbor Router ID: ${peer}\n`).join('')
    const lsdb = 'r1# show ipv6 ospf6 database router detail\n\n        Area Scoped Link State Database (Area 0.0.0.0)\n' +
      lsa('1.1.1.1', [['Point-To-Point', 10, '0.0.0.4', '2.2.2.2'], ['Transit-Network', 10, '0.0.0.5', '3.3.3.3']]) +
      lsa('2.2.2.2', [['Point-To-Point', 10, '0.0.0.4', '1.1.1.1'], ['Point-To-Point', 10, '0.0.0.6', '4.4.4.4']]) +
      lsa('3.3.3.3', [['Transit-Network', 10, '0.0.0.5', '3.3.3.3'], ['Point-To-Point', 30, '0.0.0.7', '4.4.4.4']]) +
      lsa('4.4.4.4', [['Point-To-Point', 10, '0.0.0.6', '2.2.2.2'], ['Point-To-Point', 30, '0.0.0.7', '3.3.3.3']])
    const inventory = [
      { id: '1.1.1.1', role: 'core', manufacturer: 'Cisco' }, { id: '2.2.2.2', role: 'core', manufacturer: 'Huawei' },
      { id: '3.3.3.3', role: 'core', manufacturer: 'Juniper' }, { id: '4.4.4.4', role: 'core', manufacturer: 'Cisco' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n'
    await expectOspfCostsRouted(lsdb, inventory, '1.1.1.1')
  })
  it('reads a Juniper router\'s show ospf3 database router extensive as the topology: the prompt names its own router, flows take the OSPF costs', async () => {
    // Junos's OSPF3 layout as in CiscoTestAutomation/genieparser,
    // src/genie/libs/parser/junos/tests/ShowOspf3DatabaseExtensive/cli/equal/golden_output_output.txt:
    // r1 (1.1.1.1) reaches 4.4.4.4 over 2.2.2.2 at 20, and over 3.3.3.3 at 40.
    const lsa = (id: string, links: [string, number][], own = false): string =>
      `Router     ${own ? '*' : ' '}0.0.0.0          ${id}     0x800018ed  2504  0xaf2d  56\nbits 0x2, Options 0x33\n` +
      links.map(([peer, metric], i) => `Type PointToPoint (1), Metric ${metric}\n    Loc-If-Id ${i + 2}, Nbr-If-Id 2, Nbr-Rtr-Id ${peer}\n`).join('') +
      links.map(([peer, metric]) => `Type: PointToPoint, Node ID: ${peer}, Metric: ${metric}, Bidirectional\n`).join('') +
      'Aging timer 00:18:16\nInstalled 00:41:38 ago, expires in 00:18:16, sent 00:41:36 ago\nLast changed 2w6d 04:50:31 ago, Change count: 196\n'
    const lsdb = 'lab@r1> show ospf3 database router extensive\n\n    OSPF3 database, Area 0.0.0.0\nType       ID               Adv Rtr           Seq         Age  Cksum  Len\n' +
      lsa('1.1.1.1', [['2.2.2.2', 10], ['3.3.3.3', 10]], true) + lsa('2.2.2.2', [['1.1.1.1', 10], ['4.4.4.4', 10]]) +
      lsa('3.3.3.3', [['1.1.1.1', 10], ['4.4.4.4', 30]]) + lsa('4.4.4.4', [['2.2.2.2', 10], ['3.3.3.3', 30]])
    const inventory = [
      { id: 'r1', role: 'core', manufacturer: 'Juniper' }, { id: '2.2.2.2', role: 'core', manufacturer: 'Huawei' },
      { id: '3.3.3.3', role: 'core', manufacturer: 'Juniper' }, { id: '4.4.4.4', role: 'core', manufacturer: 'Cisco' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n'
    await expectOspfCostsRouted(lsdb, inventory, 'r1')
  })
})

describe('an operator\'s sheet that names each device\'s node under a header of its own', () => {
  it('is told, in exposure as in plan, that its "PoP" column is not read and would place the devices if called site', async () => {
    const dir = await testdir({
      'net.json': TOPOLOGY,
      'devices.csv': 'Hostname,Vendor,Model,Role,PoP\nrt-a,Huawei,NE40E-X8,core,a\nrt-b,Juniper,MX960,core,b\n',
      'policy.yaml': POLICY,
      'flows.csv': FLOWS,
    })
    const runs = [
      ['exposure', '-t', 'net.json', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'json'],
      ['plan', '-t', 'net.json', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv', '--solver', 'greedy'],
    ]
    for (const args of runs) {
      const run = await runCli(args, { cwd: dir })
      expect(run.stderr, args[0]).toContain('devices.csv: 2 devices have no site and no node lists them, so they are on no topology node. ' +
        'Add a site column (a node label or id); the column "PoP" is not read: if it names the nodes, call it site.')
    }
    // Renamed, the same sheet places its devices: the Huawei router makes node a untrusted.
    const renamed = await testdir({
      'net.json': TOPOLOGY,
      'devices.csv': 'Hostname,Vendor,Model,Role,site\nrt-a,Huawei,NE40E-X8,core,a\nrt-b,Juniper,MX960,core,b\n',
      'policy.yaml': POLICY,
      'flows.csv': FLOWS,
    })
    const run = await runCli(runs[0]!, { cwd: renamed })
    expect(run.stderr).not.toContain('no topology node')
    expect(JSON.parse(run.stdout).nodes.find((n: { node: string }) => n.node === 'net:a')).toMatchObject({ status: 'untrusted', untrusted: ['rt-a'] })
  })
})

describe('the volumes of an exposure run', () => {
  it('are given in Mbit/s in the text summary, as on the HTML page and in --help, where the text said "100 sensitive volume" without a unit', async () => {
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'table'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stdout).toContain('1 flow, 100 Mbit/s of sensitive traffic: 50 Mbit/s (50.0%) crosses untrusted equipment')
    expect(run.stdout).toMatch(/^Untrusted nodes by sensitive traffic crossing them, in Mbit\/s:\n {2}a +50 in 1 flow/m)
    const page = await runCli(['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '-o', 'exposure.html'], { cwd: dir })
    const html = readFileSync(join(dir, 'exposure.html'), 'utf8')
    expect(html).toContain('1 flow carries 100 Mbit/s of sensitive traffic')
    expect(html).toContain('<th scope="col">volume (Mbit/s)</th>')
    expect(html).toContain('<th scope="col">sensitive volume crossing (Mbit/s)</th>')
    expect(page.status).toBe(1)
    const help = await runCli(['exposure', '--help'], { cwd: dir })
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('volume in Mbit/s')
  })
})

describe('trustpath exposure, waived devices', () => {
  // The Huawei router on a is waived until 2027-06-30: the compliance decision is taken, but the
  // flow still crosses the router on half its traffic (its two equal-cost paths), so a stays untrusted.
  const policy = `${POLICY}exemptions:\n  - { device: r-a, until: 2027-06-30, reason: "replacement contracted" }\n`
  it('keeps a node untrusted through a waived router and says in JSON, the table, the CSV, GeoJSON and HTML that the router is waived, until when and why', async () => {
    const dir = await testdir({ 'net.json': TOPOLOGY, 'devices.jsonl': INVENTORY, 'policy.yaml': policy, 'flows.csv': FLOWS })
    const args = ['exposure', '-t', 'net.json', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--now', '2026-06-01']
    const json = await runCli([...args, '--format', 'json'], { cwd: dir })
    expect(json.status, json.stderr).toBe(1)
    const out = JSON.parse(json.stdout)
    expect(out.flows[0].exposedShare).toBe(0.5)
    expect(out.nodes.find((n: { node: string }) => n.node.endsWith('a'))).toMatchObject({
      status: 'untrusted', untrusted: ['r-a'], untrustedWaived: [{ device: 'r-a', until: '2027-06-30', reason: 'replacement contracted' }], untrustedWaivedCount: 1, waived: true,
    })
    expect(out.summary.exposedVolume).toBe(50)
    expect(out.summary.waivedDevices).toEqual([{ device: 'r-a', node: expect.stringMatching(/a$/), until: '2027-06-30', reason: 'replacement contracted', volume: 50, flows: 1 }])
    const table = await runCli([...args, '--format', 'table'], { cwd: dir })
    expect(table.status, table.stderr).toBe(1)
    expect(table.stdout).toContain('Nodes: 1 untrusted (1 only through waived devices), 0 unknown, 3 trusted.')
    expect(table.stdout).toMatch(/\(1 untrusted device: huawei; waived\)/)
    expect(table.stdout).toMatch(/Waived devices on the flows' paths .*\n {2}r-a +\S*a +50 in 1 flow {2}waived until 2027-06-30 \(replacement contracted\)\n/)
    // Each flow marks the node it crosses as waived: in JSON, the table's row and the CSV.
    expect(out.flows[0].untrusted).toEqual([{ node: out.nodes.find((n: { node: string }) => n.node.endsWith('a')).node, share: 0.5, waived: true }])
    expect(table.stdout).toMatch(/f1 .* waived \S*a\S* 50\.0%/)
    const csv = await runCli([...args, '--format', 'csv'], { cwd: dir })
    const [header, row] = csv.stdout.trimEnd().split('\n').map((l) => l.split(','))
    expect(row![header!.indexOf('untrusted_waived')]).toMatch(/a$/)
    const geojson = JSON.parse((await runCli([...args, '--format', 'geojson'], { cwd: dir })).stdout)
    expect(geojson.features.find((f: { properties: { kind: string; id: string } }) => f.properties.kind === 'node' && f.properties.id.endsWith('a')).properties).toMatchObject({
      status: 'untrusted', untrustedDevicesWaived: [{ device: 'r-a', until: '2027-06-30', reason: 'replacement contracted' }], waived: true,
    })
    await runCli([...args, '-o', 'exposure.html', '-q'], { cwd: dir })
    const html = readFileSync(join(dir, 'exposure.html'), 'utf8')
    expect(html).toContain('r-a (waived until 2027-06-30: replacement contracted)')
    expect(html).toContain('<br><small>waived</small>')
    const help = await runCli(['exposure', '--help'], { cwd: dir })
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('A device whose findings an exemption of the policy waives still makes its node untrusted')
  })
})

describe('trustpath exposure, nodes to confirm', () => {
  // A base's traffic to the ministry crosses Frankfurt, where a Huawei NE40E is confirmed by its
  // declared maker, MAC block and model; Stuttgart's to Hamburg crosses Kassel, where the only
  // untrusted device is a Drei HuiTube LTE router, ZTE's only by the OEM relation the catalog holds
  // for Drei's brand (weak evidence: confirm the maker first).
  const NET = JSON.stringify({
    network: 'op-de',
    nodes: [
      { id: 'ram', label: 'Ramstein', lat: 49.44, lon: 7.6 }, { id: 'fra', label: 'Frankfurt', lat: 50.11, lon: 8.68 },
      { id: 'kas', label: 'Kassel', lat: 51.31, lon: 9.48 }, { id: 'ber', label: 'Berlin', lat: 52.52, lon: 13.4 },
      { id: 'stu', label: 'Stuttgart', lat: 48.78, lon: 9.18 }, { id: 'ham', label: 'Hamburg', lat: 53.55, lon: 9.99 },
    ],
    links: [
      { a: 'ram', b: 'fra', metric: 10 }, { a: 'fra', b: 'ber', metric: 10 }, { a: 'stu', b: 'kas', metric: 10 }, { a: 'kas', b: 'ham', metric: 10 },
      { a: 'fra', b: 'kas', metric: 30 },
    ],
  })
  const DEVICES = 'id,name,site,role,manufacturer,model,mac\n' +
    'fra-core1,rt-fra-01,fra,core,Huawei,NE40E-X8,00:e0:fc:12:34:56\nkas-lte1,lte-kas-01,kas,cpe,Drei,HuiTube,\n' +
    'kas-core1,rt-kas-01,kas,core,Cisco,ASR 9001,00:00:0c:11:22:37\nram-core1,rt-ram-01,ram,core,Cisco,ASR 9001,00:00:0c:11:22:33\n' +
    'ber-core1,rt-ber-01,ber,core,Cisco,ASR 9001,00:00:0c:11:22:34\nstu-core1,rt-stu-01,stu,core,Cisco,ASR 9001,00:00:0c:11:22:35\n' +
    'ham-core1,rt-ham-01,ham,core,Cisco,ASR 9001,00:00:0c:11:22:36\n'
  const FILES = {
    'net.json': NET, 'devices.csv': DEVICES, 'policy.yaml': 'version: 1\nrules:\n  - { id: no-covered, lists: [fcc-covered], effect: prohibit }\n',
    'flows.csv': 'id,src,dst,volume,class\nbase-ministry,ram,ber,500,secret\nstu-ham,stu,ham,200,secret\n',
  }
  const ARGS = ['exposure', '-t', 'net.json', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv', '--now', '2026-12-07']

  it('tells the traffic that crosses a confirmed Huawei router from the traffic that crosses a router that may be ZTE\'s, in JSON, CSV, table, GeoJSON and HTML, and routes around both', async () => {
    const dir = await testdir(FILES)
    const json = await runCli([...ARGS, '-f', 'json'], { cwd: dir })
    expect(json.status, json.stderr).toBe(1)
    const out = JSON.parse(json.stdout)
    const nodes = new Map((out.nodes as { node: string }[]).map((n) => [n.node, n]))
    // Both stay untrusted; Kassel is marked as a node to confirm, with the device to confirm.
    expect(nodes.get('op-de:fra')).toMatchObject({ status: 'untrusted', untrusted: ['fra-core1'] })
    expect(nodes.get('op-de:fra')).not.toHaveProperty('toConfirm')
    expect(nodes.get('op-de:kas')).toMatchObject({ status: 'untrusted', untrusted: ['kas-lte1'], untrustedToConfirm: ['kas-lte1'], untrustedToConfirmCount: 1, toConfirm: true })
    const flows = new Map((out.flows as { id: string }[]).map((f) => [f.id, f]))
    expect(flows.get('base-ministry')).toMatchObject({ exposedShare: 1, untrusted: [{ node: 'op-de:fra', share: 1 }] })
    expect(flows.get('base-ministry')).not.toHaveProperty('exposedShareToConfirm')
    expect(flows.get('stu-ham')).toMatchObject({ exposedShare: 1, exposedShareToConfirm: 1, untrusted: [{ node: 'op-de:kas', share: 1, toConfirm: true }] })
    expect(out.summary).toMatchObject({
      exposedVolume: 700, exposedVolumeToConfirm: 200,
      untrustedNodes: [{ node: 'op-de:fra', volume: 500, flows: 1 }, { node: 'op-de:kas', volume: 200, flows: 1, toConfirm: true }],
      devicesToConfirm: [{ device: 'kas-lte1', node: 'op-de:kas', volume: 200, flows: 1 }],
    })

    const csv = await runCli([...ARGS, '-f', 'csv'], { cwd: dir })
    const [header, ...rows] = csv.stdout.trim().split('\n').map((l) => l.split(','))
    const column = (row: string[], name: string) => row[header!.indexOf(name)]
    expect(rows.map((r) => [r[0], column(r, 'exposed_share'), column(r, 'exposed_share_to_confirm'), column(r, 'untrusted_to_confirm')]))
      .toEqual([['base-ministry', '1', '0', ''], ['stu-ham', '1', '1', 'op-de:kas']])
    expect(header!.at(-1)).toBe('routed')

    const table = await runCli([...ARGS, '-f', 'table'], { cwd: dir })
    expect(table.stdout).toMatch(/base-ministry .* Frankfurt \(fra\) 100\.0%; fix: Frankfurt \(fra\)/)
    expect(table.stdout).toMatch(/stu-ham .* to confirm Kassel \(kas\) 100\.0%; fix: Kassel \(kas\)/)
    expect(table.stdout).toContain('200 Mbit/s of it (28.6%) crosses untrusted equipment only at nodes to confirm, whose untrusted devices rest on findings to confirm ' +
      '(a maker on weak evidence, a date the policy needs): confirm them before replacing.')
    expect(table.stdout).toContain('Nodes: 2 untrusted (1 to confirm), 0 unknown, 4 trusted.')
    expect(table.stdout).toMatch(/Kassel \(kas\) +200 in 1 flow {2}\(1 untrusted device: zte; to confirm\)/)
    expect(table.stdout).toMatch(/Devices to confirm first .*\n {2}kas-lte1 {2}Kassel \(kas\) +200 in 1 flow\n/)

    const geojson = await runCli([...ARGS, '-f', 'geojson'], { cwd: dir })
    const points = (JSON.parse(geojson.stdout).features as { properties: Record<string, unknown> }[]).filter((f) => f.properties['kind'] === 'node')
    const kassel = points.find((f) => f.properties['id'] === 'op-de:kas')!.properties
    expect(kassel).toMatchObject({ status: 'untrusted', untrustedDevicesToConfirm: ['kas-lte1'], toConfirm: true })
    expect(points.find((f) => f.properties['id'] === 'op-de:fra')!.properties).not.toHaveProperty('toConfirm')

    const html = await runCli([...ARGS, '-o', 'exposure.html'], { cwd: dir })
    expect(html.status, html.stderr).toBe(1)
    const page = readFileSync(join(dir, 'exposure.html'), 'utf8')
    expect(page).toContain('<title>Kassel (untrusted, to confirm: its untrusted devices rest on findings to confirm)</title>')
    expect(page).toContain('<title>Frankfurt (untrusted)</title>')
    expect(page).toContain('untrusted, to confirm (weak evidence of the maker or a missing date: confirm before replacing)')
    expect(page).toContain('200 Mbit/s of the exposed volume (28.6%) crosses untrusted equipment only at nodes to confirm')
    expect(page).toContain('first kas-lte1 (Kassel, 200 Mbit/s)')
    expect(page).toContain('kas-lte1 (to confirm)')
    const help = await runCli(['exposure', '--help'], { cwd: dir })
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('is routed around all the same, but marked "to confirm"')
  })
})

describe('the exposure CSV', () => {
  it('names the ends of each flow by their labels in its last two columns, where a sheet opened from it showed only node ids', async () => {
    const graphml = '<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      '  <key attr.name="label" attr.type="string" for="node" id="d34" />\n  <graph edgedefault="undirected">\n' +
      '    <node id="0"><data key="d34">Beijing</data></node>\n    <node id="1"><data key="d34">Hong Kong</data></node>\n' +
      '    <node id="2" />\n    <edge source="0" target="1" />\n    <edge source="1" target="2" />\n  </graph>\n</graphml>\n'
    const dir = await testdir({
      'Chinanet.graphml': graphml,
      'devices.csv': 'name,manufacturer,model,site,role\nbj-core-01,Huawei,NE40E-X8,Beijing,core\n',
      'policy.yaml': POLICY,
      'flows.csv': 'id,src,dst,volume,class\nembassy-hk,Beijing,Hong Kong,400,secret\nto-2,Hong Kong,2,10,secret\n',
    })
    const run = await runCli(['exposure', '-t', 'Chinanet.graphml', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv', '-f', 'csv',
      '--default-metric', '1'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const [header, ...rows] = run.stdout.trimEnd().split(/\r?\n/)
    expect(header!.split(',').slice(0, 3)).toEqual(['id', 'src', 'dst'])
    expect(header!.split(',').slice(-3)).toEqual(['src_label', 'dst_label', 'routed'])
    const embassy = rows.find((r) => r.startsWith('embassy-hk,'))!
    expect(embassy.split(',').slice(0, 3)).toEqual(['embassy-hk', 'Chinanet:0', 'Chinanet:1'])
    expect(embassy.split(',').slice(-3, -1)).toEqual(['Beijing', 'Hong Kong'])
    // A node without a label leaves its cell empty.
    expect(rows.find((r) => r.startsWith('to-2,'))!.split(',').slice(-3, -1)).toEqual(['Hong Kong', ''])
  })
})

/**
 * Runs exposure on an OSPF database of four routers (1.1.1.1 reaches 4.4.4.4 over the Huawei
 * 2.2.2.2 at 20, and over 3.3.3.3 at 40) with a flow from the router the prompt names, `from`:
 * every device placed, the flow routed at the OSPF costs.
 */
async function expectOspfCostsRouted(lsdb: string, inventory: string, from: string): Promise<void> {
  const dir = await testdir({ 'lsdb.txt': lsdb, 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'flows.csv': `id,src,dst,volume\nf1,${from},4.4.4.4,100\n` })
  const run = await runCli(['exposure', '-t', 'core=lsdb.txt', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
  expect(run.status, run.stderr).toBe(1)
  expect(run.stderr).not.toMatch(/on no topology node/)
  const f = JSON.parse(run.stdout).flows[0]
  expect(f).toMatchObject({ id: 'f1', src: 'core:1.1.1.1', dst: 'core:4.4.4.4', routedMetric: 20, exposedShare: 1 })
  expect(f.untrusted).toEqual([{ node: 'core:2.2.2.2', share: 1 }])
  expect(f.clean).toEqual({ exists: true, metric: 40, stretch: 2, path: ['core:1.1.1.1', 'core:3.3.3.3', 'core:4.4.4.4'] })
}
