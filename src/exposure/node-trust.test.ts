import { describe, expect, it } from 'vitest'
import type { Attribution } from '../domain/evidence.js'
import type { Finding } from '../domain/finding.js'
import type { Topology } from '../domain/topology.js'
import { buildNearbyNodeFinder, buildNodeLocator, buildNodeResolver, buildNodeSuggester, FlowEndDevices, NEARBY_NODE_KM, NodeTrustBuilder } from './node-trust.js'

const TOPOLOGY: Topology = {
  networks: ['de', 'it'],
  nodes: [
    { id: 'de:fra', label: 'Frankfurt', network: 'de', site: 'fra-dc1' },
    { id: 'de:ber', label: 'Berlin', network: 'de' },
    { id: 'it:mil', label: 'Milan', network: 'it', devices: ['special-1'] },
    { id: 'it:ber', label: 'Bergamo', network: 'it' },
    { id: 'de:x', label: 'Shared', network: 'de' },
    { id: 'it:x', label: 'Shared', network: 'it' },
  ],
  links: [],
}

const attribution = (group: string | undefined): Attribution => ({
  deviceId: 'x', manufacturer: group, group, confidence: group ? 0.9 : 0, evidence: [], conflicts: [], componentGroups: [], unrecognised: [],
})
const finding = (kind: 'prohibit' | 'flag'): Finding => ({
  rule: 'r', deviceId: 'x', severity: 'error', effect: { kind }, manufacturer: 'huawei', group: 'huawei', list: 'ndaa-889',
  confidence: 0.9, evidence: [], notes: [],
})

describe('buildNodeLocator', () => {
  const locate = buildNodeLocator(TOPOLOGY)

  it('finds a node by id, site, id within its network and label', () => {
    expect(locate('de:fra')).toBe('de:fra')
    expect(locate('fra-dc1')).toBe('de:fra')
    expect(locate('fra')).toBe('de:fra')
    expect(locate('frankfurt')).toBe('de:fra')
  })

  it('lets the device network decide between nodes of the same name', () => {
    expect(locate('ber')).toBeUndefined()
    expect(locate('ber', 'it')).toBe('it:ber')
    expect(locate('Shared', 'de')).toBe('de:x')
  })
})

describe('buildNodeResolver', () => {
  const resolve = buildNodeResolver(TOPOLOGY)

  it('says which nodes share a name the network does not tell apart', () => {
    expect(resolve('Shared')).toEqual({ kind: 'ambiguous', matches: ['de:x', 'it:x'] })
    expect(resolve('x')).toEqual({ kind: 'ambiguous', matches: ['de:x', 'it:x'] })
    expect(resolve('Shared', 'it')).toEqual({ kind: 'node', node: 'it:x' })
    expect(resolve('atlantis')).toEqual({ kind: 'none' })
  })
})

describe('buildNodeResolver on nodes without labels', () => {
  it('finds a node a CSV link list names only by its id in any case, as a label is, where FRA for the node fra was refused with "did you mean fra?"', () => {
    const links: Topology = { networks: ['links'], nodes: [{ id: 'links:fra', network: 'links' }, { id: 'links:ber', network: 'links' }], links: [] }
    const resolve = buildNodeResolver(links)
    expect(resolve('FRA')).toEqual({ kind: 'node', node: 'links:fra' })
    expect(resolve('links:Ber')).toEqual({ kind: 'node', node: 'links:ber' })
    // A node's own label still names it; its id in another case does not then.
    expect(buildNodeResolver(TOPOLOGY)('MIL')).toEqual({ kind: 'none' })
  })

  it('finds a node by its site in another case (an inventory writes fra-dc1 where the topology has FRA-DC1), the exact site first', () => {
    const topology: Topology = {
      networks: ['op'],
      nodes: [{ id: 'op:n1', network: 'op', label: 'Frankfurt PoP', site: 'FRA-DC1' }, { id: 'op:n2', network: 'op', label: 'fra-dc1 annex', site: 'fra-dc1' }],
      links: [],
    }
    const resolve = buildNodeResolver(topology)
    expect(resolve('Fra-Dc1')).toEqual({ kind: 'ambiguous', matches: ['op:n1', 'op:n2'] })
    expect(resolve('fra-dc1')).toEqual({ kind: 'node', node: 'op:n2' })
    expect(resolve('FRA-DC1')).toEqual({ kind: 'node', node: 'op:n1' })
    expect(buildNodeResolver({ ...topology, nodes: [topology.nodes[0]!] })('fra-dc1')).toEqual({ kind: 'node', node: 'op:n1' })
  })
})

describe('buildNodeResolver on labels that differ only by case', () => {
  // The Topology Zoo's GARR (Garr201201.gml) labels two Florence nodes FI (29) and Fi (30).
  const garr: Topology = {
    networks: ['Garr201201'],
    nodes: [
      { id: 'Garr201201:29', network: 'Garr201201', label: 'FI', lat: 43.76667, lon: 11.25 },
      { id: 'Garr201201:30', network: 'Garr201201', label: 'Fi', lat: 43.76667, lon: 11.25 },
    ],
    links: [],
  }
  const resolve = buildNodeResolver(garr)

  it('places a site written as one of the labels on that node, where "Fi" was refused as naming FI (29) and Fi (30)', () => {
    expect(resolve('Fi')).toEqual({ kind: 'node', node: 'Garr201201:30' })
    expect(resolve('FI')).toEqual({ kind: 'node', node: 'Garr201201:29' })
  })

  it('still names both nodes for a site in a third case, which neither label is written as', () => {
    expect(resolve('fi')).toEqual({ kind: 'ambiguous', matches: ['Garr201201:29', 'Garr201201:30'] })
  })

  it('places the devices of the inventory by the label as written', () => {
    const b = new NodeTrustBuilder(garr)
    b.add({ id: 'sw1.fi', site: 'Fi', role: 'core' }, attribution('huawei'), [finding('prohibit')])
    b.add({ id: 'rt1.fi', site: 'FI', role: 'core' }, attribution('cisco'), [])
    expect(b.ambiguous).toBe(0)
    const nodes = Object.fromEntries(b.finish().map((p) => [p.node, p.status]))
    expect(nodes).toEqual({ 'Garr201201:29': 'trusted', 'Garr201201:30': 'untrusted' })
  })
})

describe('buildNodeResolver on labels outside ASCII', () => {
  // Geant's Zürich and a Bavarian Straße, saved decomposed (u + U+0308, as macOS writes names) in the topology.
  const topology: Topology = {
    networks: ['geant'],
    nodes: [
      { id: 'geant:8', network: 'geant', label: 'Zu\u0308rich' },
      { id: 'geant:36', network: 'geant', label: 'Straße' },
      { id: 'geant:31', network: 'geant', label: 'Москва', site: 'МСК-1' },
    ],
    links: [],
  }

  it('finds a label saved decomposed by the composed name typed in a flow list or an inventory, where "Zürich" was refused with "did you mean Zürich?"', () => {
    const resolve = buildNodeResolver(topology)
    expect(resolve('Z\u00fcrich')).toEqual({ kind: 'node', node: 'geant:8' })
    expect(resolve('Z\u00dcRICH')).toEqual({ kind: 'node', node: 'geant:8' })
  })

  it('finds labels and sites in any case beyond ASCII: STRASSE for Straße, МОСКВА for Москва, мск-1 for МСК-1', () => {
    const resolve = buildNodeResolver(topology)
    expect(resolve('STRASSE')).toEqual({ kind: 'node', node: 'geant:36' })
    expect(resolve('МОСКВА')).toEqual({ kind: 'node', node: 'geant:31' })
    expect(resolve('мск-1')).toEqual({ kind: 'node', node: 'geant:31' })
  })

  it('finds an inventory device a flow end names when one of the two writes its name decomposed', () => {
    const devices = new FlowEndDevices(['rt-Z\u00fcrich-01'])
    devices.add({ id: 'd1', name: 'rt-Zu\u0308rich-01' }, 'geant:8')
    expect(devices.resolve('rt-Z\u00fcrich-01')).toEqual({ kind: 'node', node: 'geant:8' })
  })

  it('finds a device merged from several sources (--merge) by the scan\'s address it was also read under', () => {
    const devices = new FlowEndDevices(['10.20.0.11'])
    devices.add({ id: 'agg-fra-01', aliases: ['10.20.0.11'] }, 'de:fra')
    expect(devices.resolve('10.20.0.11')).toEqual({ kind: 'node', node: 'de:fra' })
  })

  it('finds a device by the management address its inventory gives, an IPv6 one in any spelling', () => {
    const devices = new FlowEndDevices(['172.16.9.1', '2001:db8::9'])
    devices.add({ id: 'r-par', addresses: ['172.16.9.1'] }, 'fr:par')
    devices.add({ id: 'r-ber', addresses: ['2001:DB8:0:0::9'] }, 'de:ber')
    expect(devices.resolve('172.16.9.1')).toEqual({ kind: 'node', node: 'fr:par' })
    expect(devices.resolve('2001:db8::9')).toEqual({ kind: 'node', node: 'de:ber' })
    expect(devices.resolve('172.16.9.2')).toEqual({ kind: 'none' })
  })
})

describe('NodeTrustBuilder of devices merged from several sources', () => {
  it('places a device on the node whose devices list names another id it was read under', () => {
    const b = new NodeTrustBuilder(TOPOLOGY, ['core'])
    expect(b.nodeOf({ id: 'agg-fra-01', aliases: ['10.20.0.11', 'special-1'], site: 'fra-dc1' })).toBe('it:mil')
    expect(b.nodeOf({ id: 'agg-fra-01', site: 'fra-dc1' })).toBe('de:fra')
  })
})

describe('NodeTrustBuilder', () => {
  it('marks a node untrusted only through a device whose findings ask to confirm it (weak evidence of the maker), and not one with a confirmed untrusted device too', () => {
    const toConfirm: Finding = { ...finding('prohibit'), severity: 'warning', toConfirm: ['weak_evidence'] }
    const b = new NodeTrustBuilder(TOPOLOGY)
    b.add({ id: 'lte-1', site: 'Frankfurt', role: 'cpe' }, attribution('zte'), [toConfirm])
    b.add({ id: 'core-1', site: 'Frankfurt', role: 'core' }, attribution('cisco'), [])
    b.add({ id: 'lte-2', site: 'Milan', role: 'cpe' }, attribution('zte'), [toConfirm, finding('flag')])
    b.add({ id: 'core-2', site: 'Milan', role: 'core' }, attribution('huawei'), [finding('prohibit')])
    // A device with one finding that stands and one to confirm is confirmed untrusted.
    b.add({ id: 'core-3', site: 'Berlin', role: 'core' }, attribution('huawei'), [toConfirm, finding('prohibit')])
    const byNode = new Map(b.finish().map((p) => [p.node, p]))
    expect(byNode.get('de:fra')).toMatchObject({ status: 'untrusted', untrusted: ['lte-1'], untrustedToConfirm: ['lte-1'], untrustedToConfirmCount: 1, toConfirm: true })
    expect(byNode.get('it:mil')).toMatchObject({ status: 'untrusted', untrusted: ['lte-2', 'core-2'], untrustedToConfirm: ['lte-2'], untrustedToConfirmCount: 1 })
    expect(byNode.get('it:mil')).not.toHaveProperty('toConfirm')
    expect(byNode.get('de:ber')).toMatchObject({ status: 'untrusted', untrusted: ['core-3'] })
    expect(byNode.get('de:ber')).not.toHaveProperty('untrustedToConfirm')
    expect(byNode.get('de:ber')).not.toHaveProperty('toConfirm')
  })

  it('keeps a node untrusted through a router whose findings an exemption waives, and names it with the exemption that ends first', () => {
    const waiver = (until: string, reason: string) => ({ until, reason, target: 'device', exemption: 0, file: 'policy.yaml' })
    const b = new NodeTrustBuilder(TOPOLOGY)
    b.add({ id: 'core-1', site: 'Frankfurt', role: 'core' }, attribution('huawei'), [
      { ...finding('prohibit'), waiver: waiver('2027-06-30', 'replacement contracted') }, { ...finding('prohibit'), waiver: waiver('2026-12-31', 'site exemption') }, finding('flag'),
    ])
    // One waived finding beside one that stands: the router is not waived.
    b.add({ id: 'core-2', site: 'Milan', role: 'core' }, attribution('huawei'), [{ ...finding('prohibit'), waiver: waiver('2027-06-30', 'x') }, finding('prohibit')])
    b.add({ id: 'core-3', site: 'Milan', role: 'core' }, attribution('huawei'), [{ ...finding('prohibit'), waiver: waiver('2027-06-30', 'PO 4711') }])
    const byNode = new Map(b.finish().map((p) => [p.node, p]))
    expect(byNode.get('de:fra')).toMatchObject({
      status: 'untrusted', untrusted: ['core-1'], untrustedWaived: [{ device: 'core-1', until: '2026-12-31', reason: 'site exemption' }], untrustedWaivedCount: 1, waived: true,
    })
    expect(byNode.get('it:mil')).toMatchObject({ status: 'untrusted', untrustedCount: 2, untrustedWaived: [{ device: 'core-3', until: '2027-06-30', reason: 'PO 4711' }], untrustedWaivedCount: 1 })
    expect(byNode.get('it:mil')).not.toHaveProperty('waived')
  })

  it('counts devices whose site two nodes share apart, with the node ids to use instead', () => {
    const b = new NodeTrustBuilder(TOPOLOGY)
    b.add({ id: 'r1', site: 'Shared', role: 'core' }, attribution('cisco'), [])
    b.add({ id: 'r2', site: 'Shared', role: 'core' }, attribution('cisco'), [])
    b.add({ id: 'lost', site: 'atlantis', role: 'core' }, attribution('cisco'), [])
    expect(b.unplaced).toBe(3)
    expect(b.ambiguous).toBe(2)
    expect([...b.ambiguousSites]).toEqual([['Shared', { matches: ['de:x', 'it:x'], devices: ['r1', 'r2'] }]])
  })

  it('rates a junction where a link branches (the Topology Zoo\'s hyperedge nodes) trusted while no device sits there, not unknown', () => {
    // Colt's node 60 joins Hannover, Magdeburg and Berlin, unlabelled ("None") and unplaced.
    const colt: Topology = {
      networks: ['Colt'],
      nodes: [{ id: 'Colt:60', label: 'None', network: 'Colt', junction: true }, { id: 'Colt:73', label: 'None', network: 'Colt', junction: true }, { id: 'Colt:1', label: 'Berlin', network: 'Colt' }],
      links: [],
    }
    const b = new NodeTrustBuilder(colt)
    b.add({ id: 'r1', site: '73', role: 'transport' }, attribution('huawei'), [finding('prohibit')])
    const rated = Object.fromEntries(b.finish().map((p) => [p.node, p.status]))
    expect(rated).toEqual({ 'Colt:60': 'trusted', 'Colt:73': 'untrusted', 'Colt:1': 'unknown' })
  })

  it('rates a node untrusted when a transit device on it has a prohibit finding', () => {
    const b = new NodeTrustBuilder(TOPOLOGY)
    b.add({ id: 'r1', site: 'fra', role: 'core' }, attribution('huawei'), [finding('prohibit')])
    b.add({ id: 'r2', site: 'fra', role: 'core' }, attribution('cisco'), [])
    const fra = b.finish().find((p) => p.node === 'de:fra')!
    expect(fra).toMatchObject({ status: 'untrusted', devices: 2, transit: 2, untrustedCount: 1, untrusted: ['r1'], groups: ['huawei'] })
  })

  it('names the listed group of a finding on split evidence, not the maker the device is attributed to', () => {
    const b = new NodeTrustBuilder(TOPOLOGY)
    b.add({ id: 'r1', site: 'fra', role: 'core' }, attribution('cisco'), [{ ...finding('prohibit'), manufacturer: 'cisco', group: 'cisco', matchedGroup: 'huawei', severity: 'warning' }])
    expect(b.finish().find((p) => p.node === 'de:fra')).toMatchObject({ status: 'untrusted', untrusted: ['r1'], groups: ['huawei'] })
  })

  it('names every listed group the findings of a device on split evidence name (a Huawei and a ZTE MAC beside a Cisco one)', () => {
    const b = new NodeTrustBuilder(TOPOLOGY)
    const split = { ...finding('prohibit'), manufacturer: 'cisco', group: 'cisco', severity: 'warning' } as const
    b.add({ id: 'r1', site: 'fra', role: 'core' }, attribution('cisco'), [{ ...split, matchedGroup: 'zte' }, { ...split, rule: 'r2', matchedGroup: 'huawei' }])
    expect(b.finish().find((p) => p.node === 'de:fra')).toMatchObject({ status: 'untrusted', untrustedCount: 1, groups: ['huawei', 'zte'] })
  })

  it('ignores endpoints (cameras) and flag-only findings for the node rating', () => {
    const b = new NodeTrustBuilder(TOPOLOGY)
    b.add({ id: 'cam', site: 'Berlin', role: 'camera', network: 'de' }, attribution('hikvision'), [finding('prohibit')])
    b.add({ id: 'sw', site: 'Berlin', role: 'access', network: 'de' }, attribution('cisco'), [finding('flag')])
    expect(b.finish().find((p) => p.node === 'de:ber')).toMatchObject({ status: 'trusted', devices: 2, transit: 1 })
  })

  it('rates a node unknown when it has no transit device, or an unidentified one', () => {
    const b = new NodeTrustBuilder(TOPOLOGY)
    b.add({ id: 'r', site: 'mil', role: 'core', network: 'it' }, attribution(undefined), [])
    const nodes = b.finish()
    expect(nodes.find((p) => p.node === 'it:mil')).toMatchObject({ status: 'unknown', unidentified: ['r'] })
    expect(nodes.find((p) => p.node === 'it:ber')).toMatchObject({ status: 'unknown', devices: 0 })
  })

  it('places a device a node\'s devices list names by its name when its id is another (NetBox\'s CSV export of devices gives the numeric ID)', () => {
    // NetBox's cable list names the devices at its ends; two routers at FRA, so the site tells neither.
    const cables: Topology = {
      networks: ['dc'],
      nodes: [{ id: 'dc:rt-fra-01', network: 'dc', site: 'FRA', devices: ['rt-fra-01'] }, { id: 'dc:rt-fra-02', network: 'dc', site: 'FRA', devices: ['rt-fra-02'] }],
      links: [],
    }
    const b = new NodeTrustBuilder(cables)
    b.add({ id: '104', name: 'rt-fra-02', site: 'FRA', role: 'core' }, attribution('huawei'), [finding('prohibit')])
    b.add({ id: '101', name: 'rt-fra-01', site: 'FRA', role: 'core' }, attribution('cisco'), [])
    expect(b.unplaced).toBe(0)
    expect(b.finish().map((p) => [p.node, p.status])).toEqual([['dc:rt-fra-01', 'trusted'], ['dc:rt-fra-02', 'untrusted']])
  })

  it('places a device two labs list (a node r1 in each) by its network or its site, and counts it apart when neither tells', () => {
    // Two containerlab labs, each with a node named r1: each node lists the inventory device r1.
    const labs: Topology = {
      networks: ['east', 'west'],
      nodes: [
        { id: 'east:r1', label: 'r1', network: 'east', devices: ['r1'] },
        { id: 'west:r1', label: 'r1', network: 'west', devices: ['r1'] },
        { id: 'west:r3', label: 'r3', network: 'west', devices: ['r3'] },
      ],
      links: [],
    }
    const placed = (device: { id: string; network?: string; site?: string }) => new NodeTrustBuilder(labs).nodeOf({ ...device, role: 'core' })
    expect(placed({ id: 'r1', network: 'east' })).toBe('east:r1')
    expect(placed({ id: 'r1', site: 'west:r1' })).toBe('west:r1')
    expect(placed({ id: 'r1' })).toBeUndefined()
    const b = new NodeTrustBuilder(labs)
    b.add({ id: 'r1', role: 'core' }, attribution('huawei'), [finding('prohibit')])
    b.add({ id: 'r3', role: 'core' }, attribution('cisco'), [])
    expect({ unplaced: b.unplaced, multiplyListed: b.multiplyListed, noSite: b.noSite }).toEqual({ unplaced: 1, multiplyListed: 1, noSite: 0 })
    expect([...b.multiplyListedDevices]).toEqual([['r1', ['east:r1', 'west:r1']]])
    // Neither node is made untrusted by a device that may be on the other.
    expect(b.finish().map((p) => [p.node, p.status])).toEqual([['east:r1', 'unknown'], ['west:r1', 'unknown'], ['west:r3', 'trusted']])
  })

  it('places devices named by a node devices list, and counts the ones it cannot place', () => {
    const b = new NodeTrustBuilder(TOPOLOGY)
    b.add({ id: 'special-1', site: 'nowhere', role: 'core' }, attribution('juniper'), [])
    b.add({ id: 'lost', site: 'atlantis', role: 'core' }, attribution('juniper'), [])
    expect(b.finish().find((p) => p.node === 'it:mil')).toMatchObject({ status: 'trusted', devices: 1 })
    expect(b.unplaced).toBe(1)
    expect(b.unplacedExamples).toEqual(['lost'])
  })
})

describe('buildNodeSuggester', () => {
  const NODES: Topology = {
    networks: ['de', 'it'],
    nodes: [
      { id: 'de:12', network: 'de', label: 'Frankfurt' },
      { id: 'de:13', network: 'de', label: 'München' },
      { id: 'it:38', network: 'it', label: 'Milan' },
      { id: 'it:7', network: 'it', label: 'None' },
    ],
    links: [],
  }
  const near = buildNodeSuggester(NODES)

  it('offers the node a site with a country, a code, a prefixed id or other accents meant', () => {
    expect(near('Frankfurt, DE')).toEqual(['de:12'])
    expect(near('FRA')).toEqual(['de:12'])
    expect(near('n12')).toEqual(['de:12'])
    expect(near('Munchen')).toEqual(['de:13'])
    expect(near('Milano')).toEqual(['it:38'])
    expect(near('it:Milam')).toEqual(['it:38'])
    expect(near('IT:Milam')).toEqual(['it:38'])
  })

  it('offers nothing for a name close to no node, nor fuzzy matches of one or two characters, nor "None" labels', () => {
    expect(near('Atlantis')).toEqual([])
    expect(near('x')).toEqual([])
    expect(near('Nome')).toEqual([])
  })
})

describe('buildNodeResolver with several networks', () => {
  it('reads network:label for a label both networks use, and keeps ids first', () => {
    const resolve = buildNodeResolver({
      networks: ['de', 'it'],
      nodes: [{ id: 'de:1', network: 'de', label: 'Paris' }, { id: 'it:1', network: 'it', label: 'Paris' }],
      links: [],
    })
    expect(resolve('Paris')).toEqual({ kind: 'ambiguous', matches: ['de:1', 'it:1'] })
    expect(resolve('it:paris')).toEqual({ kind: 'node', node: 'it:1' })
    expect(resolve('de:1')).toEqual({ kind: 'node', node: 'de:1' })
    expect(resolve('fr:Paris')).toEqual({ kind: 'none' })
  })

  it('reads the network of network:name in any case, as labels are, unless two networks differ only by case', () => {
    const resolve = buildNodeResolver({
      networks: ['Deltacom', 'it'],
      nodes: [{ id: 'Deltacom:25', network: 'Deltacom', label: 'Jackson' }, { id: 'Deltacom:91', network: 'Deltacom', label: 'Jackson' }, { id: 'it:1', network: 'it', label: 'Jackson' }],
      links: [],
    })
    expect(resolve('deltacom:25')).toEqual({ kind: 'node', node: 'Deltacom:25' })
    expect(resolve('DELTACOM:Jackson')).toEqual({ kind: 'ambiguous', matches: ['Deltacom:25', 'Deltacom:91'] })
    expect(resolve('IT:jackson')).toEqual({ kind: 'node', node: 'it:1' })
    const twice = buildNodeResolver({
      networks: ['de', 'DE'],
      nodes: [{ id: 'de:1', network: 'de', label: 'Paris' }, { id: 'DE:1', network: 'DE', label: 'Paris' }],
      links: [],
    })
    expect(twice('De:paris')).toEqual({ kind: 'none' })
    expect(twice('DE:paris')).toEqual({ kind: 'node', node: 'DE:1' })
  })
})

describe('buildNodeResolver with a Topology Zoo network beside an SNDlib one', () => {
  // Colt.graphml numbers its nodes and labels them (node 144 "Berlin"); SNDlib's nobel-germany
  // gives its nodes city names as ids (`Berlin`), loaded as `-t nobel=nobel-germany.txt`.
  const both: Topology = {
    networks: ['Colt', 'nobel'],
    nodes: [
      { id: 'Colt:144', network: 'Colt', label: 'Berlin' },
      { id: 'Colt:141', network: 'Colt', label: 'Frankfurt' },
      { id: 'nobel:Berlin', network: 'nobel' },
      { id: 'nobel:Frankfurt', network: 'nobel' },
      { id: 'nobel:Muenchen', network: 'nobel' },
    ],
    links: [],
  }

  it('places a device of the network Colt at the site Berlin on Colt\'s Berlin, not on the node of the other network whose id is Berlin', () => {
    const b = new NodeTrustBuilder(both)
    b.add({ id: 'colt-r1', site: 'Berlin', network: 'Colt', role: 'core' }, attribution('huawei'), [finding('prohibit')])
    b.add({ id: 'nob-r1', site: 'Berlin', network: 'nobel', role: 'core' }, attribution('cisco'), [])
    expect(b.nodeOf({ id: 'colt-r1', site: 'Berlin', network: 'Colt' })).toBe('Colt:144')
    // The network in another case, as a sheet typed by hand writes it (and as --budget colt:1M reads it).
    expect(b.nodeOf({ id: 'colt-r2', site: 'Berlin', network: 'colt' })).toBe('Colt:144')
    expect(Object.fromEntries(b.finish().map((p) => [p.node, p.status]))).toMatchObject({ 'Colt:144': 'untrusted', 'nobel:Berlin': 'trusted' })
  })

  it('says a flow end Frankfurt is ambiguous between the two networks, rather than take the node whose id it is', () => {
    const resolve = buildNodeResolver(both)
    expect(resolve('Frankfurt')).toEqual({ kind: 'ambiguous', matches: ['Colt:141', 'nobel:Frankfurt'] })
    expect(resolve('Colt:Frankfurt')).toEqual({ kind: 'node', node: 'Colt:141' })
    expect(resolve('nobel:Frankfurt')).toEqual({ kind: 'node', node: 'nobel:Frankfurt' })
    expect(resolve('Muenchen')).toEqual({ kind: 'node', node: 'nobel:Muenchen' })
  })
})

describe('buildNearbyNodeFinder', () => {
  const topology: Topology = {
    networks: ['n'],
    nodes: [
      { id: 'n:fi', network: 'n', label: 'FI', lat: 43.76667, lon: 11.25 },
      { id: 'n:pi', network: 'n', label: 'PI', lat: 43.71553, lon: 10.39659 },
      { id: 'n:j', network: 'n', lat: 43.77, lon: 11.25, junction: true },
      { id: 'n:x', network: 'n', label: 'nowhere' },
    ],
    links: [],
  }
  const near = buildNearbyNodeFinder(topology)

  it('finds the nodes within a metro area of a point, nearest first, with their distance, and not a junction', () => {
    // Sesto Fiorentino, about 9 km from the centre of Florence; Pisa is 69 km away.
    const found = near(43.8337, 11.1983)
    expect(found.map((n) => n.node)).toEqual(['n:fi'])
    expect(found[0]!.km).toBeGreaterThan(8)
    expect(found[0]!.km).toBeLessThan(NEARBY_NODE_KM)
    expect(near(43.76667, 11.25)).toEqual([{ node: 'n:fi', km: 0 }])
  })

  it('finds nothing far from every node, nor for coordinates that are no number', () => {
    expect(near(45.46427, 9.18951)).toEqual([])
    expect(near(Number.NaN, 11.25)).toEqual([])
  })
})

describe('NodeTrustBuilder placing devices without a site by their address', () => {
  const garr: Topology = {
    networks: ['Garr201201'],
    nodes: [{ id: 'Garr201201:18', network: 'Garr201201', label: 'NA' }, { id: 'Garr201201:35', network: 'Garr201201', label: 'MI-1' }],
    links: [],
  }
  // What --prefixes gives: 193.206.130.0/24 is MI-1's, 193.206.135.0/24 NA's.
  const byAddress = (address: string) => (address.startsWith('193.206.130.') ? 'Garr201201:35' : address.startsWith('193.206.135.') ? 'Garr201201:18' : undefined)

  it('puts an nmap host (named by its address) and a device whose addresses hold one on the node of its prefix, and counts them', () => {
    const b = new NodeTrustBuilder(garr, undefined, byAddress)
    b.add({ id: '193.206.130.1', name: 'rt1.mi1.garr.net' }, attribution('huawei'), [finding('prohibit')])
    b.add({ id: 'sw9', addresses: ['2001:760::1', '193.206.135.9'] }, attribution('cisco'), [])
    expect(b.placedByAddress).toBe(2)
    expect(b.unplaced).toBe(0)
    expect(Object.fromEntries(b.finish().map((p) => [p.node, [p.status, p.untrusted]]))).toEqual({
      'Garr201201:18': ['trusted', []], 'Garr201201:35': ['untrusted', ['193.206.130.1']],
    })
  })

  it('keeps a device with a site where its site puts it, and one whose address no prefix holds on no node, counted as named by an address', () => {
    const b = new NodeTrustBuilder(garr, undefined, byAddress)
    b.add({ id: '193.206.130.2', site: 'NA' }, attribution('cisco'), [])
    b.add({ id: '10.0.0.1' }, attribution('cisco'), [])
    b.add({ id: 'printer-3' }, attribution('cisco'), [])
    expect(b.nodeOf({ id: '193.206.130.2', site: 'NA' })).toBe('Garr201201:18')
    expect([b.placedByAddress, b.unplaced, b.noSite, b.noSiteAddressed]).toEqual([0, 2, 2, 1])
  })

  it('places no device by address without a prefix table, but counts those named by one', () => {
    const b = new NodeTrustBuilder(garr)
    b.add({ id: '193.206.130.1' }, attribution('huawei'), [finding('prohibit')])
    expect([b.placedByAddress, b.unplaced, b.noSiteAddressed, b.placesByAddress]).toEqual([0, 1, 1, false])
  })
})

