import { describe, expect, it } from 'vitest'
import type { Attribution } from '../domain/evidence.js'
import type { Topology } from '../domain/topology.js'
import { buildNearbyNodeFinder, buildNodeSuggester, NodeTrustBuilder } from '../exposure/node-trust.js'
import { buildNodeNamer } from './exposure-table.js'
import { formatUnplacedDevices } from './placement.js'

const TOPOLOGY: Topology = {
  networks: ['de', 'it'],
  nodes: [
    { id: 'de:12', network: 'de', label: 'Frankfurt' },
    { id: 'de:13', network: 'de', label: 'Milan' },
    { id: 'it:38', network: 'it', label: 'Milan' },
  ],
  links: [],
}
const CISCO: Attribution = {
  deviceId: 'x', manufacturer: 'cisco', group: 'cisco', confidence: 0.9, evidence: [], conflicts: [], componentGroups: [], unrecognised: [],
}

const run = (devices: { id: string; site?: string }[], unreadColumns: string[] = []): string[] => {
  const b = new NodeTrustBuilder(TOPOLOGY)
  for (const d of devices) b.add({ ...d, role: 'core' }, CISCO, [])
  return formatUnplacedDevices(b, 'devices.csv', TOPOLOGY.nodes.length, buildNodeSuggester(TOPOLOGY), buildNodeNamer(TOPOLOGY), unreadColumns)
}

describe('formatUnplacedDevices', () => {
  it('shows the escape sequences and bidirectional controls of a site and a device id, rather than sending them to the terminal', () => {
    const lines = run([{ id: 'r1\u001b]8;;http://evil\u0007', site: 'x\u001b[2J\u202Ey' }])
    expect(lines[1]).toBe('  "x\\x1B[2J\\u202Ey" (1 device: r1\\x1B]8;;http://evil\\x07)')
  })

  it('names the columns no field reads when devices have no site: one of them may name the nodes', () => {
    expect(run([{ id: 'r1' }], ['PoP'])).toEqual([
      'devices.csv: 1 device has no site and no node lists it, so it is on no topology node. Add a site column (a node label or id); ' +
        'the column "PoP" is not read: if it names the nodes, call it site.',
    ])
    expect(run([{ id: 'r1' }, { id: 'r2' }], ['Rack', 'PoP'])[0]).toMatch(/Add a site column \(a node label or id\); the columns "Rack", "PoP" are not read: if one names the nodes, call it site\.$/)
    // Devices that have a site are not told about the columns.
    expect(run([{ id: 'r1', site: 'FRANKFURT' }], ['PoP'])).toEqual([])
  })

  it('names the file and line of the first device of each site that places none, for the row to be found in a long sheet', () => {
    const b = new NodeTrustBuilder(TOPOLOGY)
    b.add({ id: 'colt-lost', name: 'Router Köln-Süd', site: 'Köln', role: 'core' }, CISCO, [], { file: 'devices.csv', line: 42 })
    b.add({ id: 'colt-lost-2', site: 'Köln', role: 'core' }, CISCO, [], { file: 'devices.csv', line: 57 })
    b.add({ id: 'r5', site: 'Milan', role: 'core' }, CISCO, [], { file: 'devices.xlsx', sheet: 'Routers', line: 9 })
    const lines = formatUnplacedDevices(b, 'devices.csv', TOPOLOGY.nodes.length, buildNodeSuggester(TOPOLOGY), buildNodeNamer(TOPOLOGY))
    expect(lines[1]).toBe('  "Köln" (2 devices: colt-lost, colt-lost-2; devices.csv:42)')
    expect(lines[4]).toBe('  "Milan" names Milan (de:13), Milan (it:38) (device r5; devices.xlsx:Routers!9)')
  })

  it('says nothing when every device is on a node', () => {
    expect(run([{ id: 'r1', site: 'FRANKFURT' }, { id: 'r2', site: 'it:Milan' }])).toEqual([])
  })

  it('names each unmatched site with its devices and the node it may have meant, how to fix it, and the sites several nodes share', () => {
    expect(run([
      { id: 'r1', site: 'Frankfurt, DE' }, { id: 'r2', site: 'Frankfurt, DE' }, { id: 'r3', site: 'FRA' }, { id: 'r4', site: 'Atlantis' },
      { id: 'r5', site: 'Milan' }, { id: 'r6' },
    ])).toMatchInlineSnapshot(`
      [
        "devices.csv: 4 devices are on no topology node: their site matches no node's id, label or site (of 3 nodes):",
        "  "Frankfurt, DE" (2 devices: r1, r2): did you mean Frankfurt (de:12)?",
        "  "FRA" (1 device: r3): did you mean Frankfurt (de:12)?",
        "  "Atlantis" (1 device: r4)",
        "  Write the site as a node label (any case), its id, or network:label with several topologies; or list the device in the node's devices; or map the inventory's sites to nodes in a table given with --site-map (site,node: "Roma, Via dei Tizii 6",RM).",
        "devices.csv: 1 device is on no topology node because its site names several nodes (a label or site they share):",
        "  "Milan" names Milan (de:13), Milan (it:38) (device r5)",
        "  Set the site to one of those node ids or write the network before it (de:Milan), give the device a network column, list the device in that node's devices, or map the site to one node id in a --site-map table (site,node).",
        "devices.csv: 1 device has no site and no node lists it, so it is on no topology node. Add a site column (a node label or id).",
      ]
    `)
  })

  it('tells, when a site map was given, to add the site that placed no device to it', () => {
    const b = new NodeTrustBuilder(TOPOLOGY, undefined, undefined, (site) => (site === 'Frankfurt am Main, Hanauer Landstr. 298' ? 'de:12' : undefined))
    b.add({ id: 'r1', site: 'Frankfurt am Main, Hanauer Landstr. 298', role: 'core' }, CISCO, [])
    b.add({ id: 'r2', site: 'Mailand, Via Caldera 21', role: 'core' }, CISCO, [])
    const lines = formatUnplacedDevices(b, 'devices.csv', TOPOLOGY.nodes.length, buildNodeSuggester(TOPOLOGY), buildNodeNamer(TOPOLOGY))
    expect(lines[0]).toBe('devices.csv: 1 device is on no topology node: its site matches no node\'s id, label or site (of 3 nodes):')
    expect(lines[1]).toBe('  "Mailand, Via Caldera 21" (1 device: r2)')
    expect(lines[2]).toMatch(/; or add a row site,node for the site to the --site-map table\.$/)
  })

  it('asks for no network column when the nodes sharing a site\'s label are of one network, and says "device" for one', () => {
    const topology: Topology = {
      networks: ['no'],
      nodes: [{ id: 'no:28', network: 'no', label: 'NORDUnet Stockholm' }, { id: 'no:58', network: 'no', label: 'NORDUnet Stockholm' }],
      links: [],
    }
    const b = new NodeTrustBuilder(topology)
    b.add({ id: '206', site: 'NORDUnet Stockholm', network: 'no', role: 'core' }, CISCO, [])
    expect(formatUnplacedDevices(b, 'devices.csv', 2, buildNodeSuggester(topology), buildNodeNamer(topology)).slice(1)).toEqual([
      '  "NORDUnet Stockholm" names NORDUnet Stockholm (28), NORDUnet Stockholm (58) (device 206)',
      '  Set the site to one of those node ids, list the device in that node\'s devices, or map the site to one node id in a --site-map table (site,node).',
    ])
  })

  it('names a device the devices lists of nodes in two networks both name, with those nodes and how to tell them apart', () => {
    const labs: Topology = {
      networks: ['east', 'west'],
      nodes: [{ id: 'east:r1', label: 'r1', network: 'east', devices: ['r1'] }, { id: 'west:r1', label: 'r1', network: 'west', devices: ['r1'] }],
      links: [],
    }
    const b = new NodeTrustBuilder(labs)
    b.add({ id: 'r1', role: 'core' }, CISCO, [])
    expect(formatUnplacedDevices(b, 'devices.csv', 2, buildNodeSuggester(labs), buildNodeNamer(labs))).toMatchInlineSnapshot(`
      [
        "devices.csv: 1 device is on no topology node because the devices lists of several nodes name it:",
        "  r1 is listed by r1 (east:r1), r1 (west:r1)",
        "  Give the device a network column naming the network it is in, or a site naming its node; or keep it in the devices list of one node only.",
      ]
    `)
  })

  // Nodes of the Topology Zoo's GARR (Garr201201.gml): two Rome PoPs at one point, Frascati 18 km away, Napoli.
  const GARR: Topology = {
    networks: ['Garr201201'],
    nodes: [
      { id: 'Garr201201:10', network: 'Garr201201', label: 'RM-1', lat: 41.89474, lon: 12.4839 },
      { id: 'Garr201201:18', network: 'Garr201201', label: 'NA', lat: 40.83333, lon: 14.25 },
      { id: 'Garr201201:44', network: 'Garr201201', label: 'FRA', lat: 41.81632, lon: 12.66868 },
      { id: 'Garr201201:55', network: 'Garr201201', label: 'RM-2', lat: 41.89474, lon: 12.4839 },
      { id: 'Garr201201:3', network: 'Garr201201', label: 'GEANT' },
    ],
    links: [],
  }
  const garr = (devices: { id: string; site: string; lat?: number; lon?: number }[]): string[] => {
    const b = new NodeTrustBuilder(GARR)
    devices.forEach((d, i) => b.add({ ...d, role: 'core' }, CISCO, [], { file: 'devices.json', line: 10 + i }))
    return formatUnplacedDevices(b, 'devices.json', GARR.nodes.length, buildNodeSuggester(GARR), buildNodeNamer(GARR), [], buildNearbyNodeFinder(GARR))
  }

  it('offers the nodes near the coordinates of a site\'s devices when its name suggests none, as LibreNMS writes a location and its lat/lng', () => {
    expect(garr([
      { id: '13', site: 'Roma, Via dei Tizii 6 [41.89474, 12.4839]', lat: 41.89474, lon: 12.4839 },
      { id: '17', site: 'Napoli [40.83333, 14.25]', lat: 40.83333, lon: 14.25 },
      { id: '18', site: 'Napoli [40.83333, 14.25]', lat: 40.83333, lon: 14.25 },
    ]).slice(1, 3)).toEqual([
      '  "Roma, Via dei Tizii 6 [41.89474, 12.4839]" (1 device: 13; devices.json:10): did you mean RM-1 (10) or RM-2 (55), 0 km, or FRA (44), 18 km from its lat/lon?',
      '  "Napoli [40.83333, 14.25]" (2 devices: 17, 18; devices.json:11): did you mean NA (18), 0 km from their lat/lon?',
    ])
  })

  it('offers no node for a device without coordinates or far from every node, and the name\'s suggestion first', () => {
    const lines = garr([
      { id: '20', site: 'Caserta' },
      { id: '21', site: 'Potenza', lat: 40.64432, lon: 15.80857 },
      { id: '22', site: 'rm-2 annex', lat: 40.83333, lon: 14.25 },
    ])
    expect(lines[1]).toBe('  "Caserta" (1 device: 20; devices.json:10)')
    expect(lines[2]).toBe('  "Potenza" (1 device: 21; devices.json:11)')
    expect(lines[3]).toBe('  "rm-2 annex" (1 device: 22; devices.json:12): did you mean RM-2 (55)?')
  })

  it('tells devices without a site that are named by an address (a scan\'s hosts) that --prefixes places them, or which prefix is missing', () => {
    const scan = (byAddress?: (a: string) => string | undefined): string[] => {
      const b = new NodeTrustBuilder(TOPOLOGY, undefined, byAddress)
      for (const id of ['193.206.130.1', '193.206.135.23', 'printer-3']) b.add({ id, role: 'core' }, CISCO, [])
      return formatUnplacedDevices(b, 'scan.xml', TOPOLOGY.nodes.length, buildNodeSuggester(TOPOLOGY), buildNodeNamer(TOPOLOGY))
    }
    expect(scan()).toEqual([
      'scan.xml: 3 devices have no site and no node lists them, so they are on no topology node. Add a site column (a node label or id). ' +
        '2 of them are named by an address, as a scan names hosts: --prefixes (prefix,node) places such a device on the node of the longest prefix that holds its address.',
    ])
    expect(scan((a) => (a.startsWith('193.206.130.') ? 'de:12' : undefined))).toEqual([
      'scan.xml: 2 devices have no site and no node lists them, so they are on no topology node. Add a site column (a node label or id). ' +
        '1 of them is named by an address that no prefix of --prefixes holds (0.0.0.0/0 and ::/0 place no device): add a prefix that holds it.',
    ])
  })
})
