import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Attribution } from '../domain/evidence.js'
import type { Topology } from '../domain/topology.js'
import { buildNodeResolver, buildNodeSuggester, NodeTrustBuilder } from './node-trust.js'
import { parseSiteMap, SITE_MAP_COLUMNS, validateSiteMapNodes } from './site-map.js'

// Part of the Topology Zoo's GARR: its nodes are labelled by city code, as a LibreNMS inventory's locations are not.
const GARR: Topology = {
  networks: ['Garr201201'],
  nodes: [
    { id: 'Garr201201:18', network: 'Garr201201', label: 'NA' },
    { id: 'Garr201201:20', network: 'Garr201201', label: 'RM' },
    { id: 'Garr201201:21', network: 'Garr201201', label: 'MI' },
  ],
  links: [],
}
const HUAWEI: Attribution = {
  deviceId: 'x', manufacturer: 'huawei', group: 'huawei', confidence: 0.9, evidence: [], conflicts: [], componentGroups: [], unrecognised: [],
}

describe('parseSiteMap', () => {
  it('reads a site written with a comma, quoted as a spreadsheet saves it, and finds it in any case and spacing', () => {
    const { value, diagnostics } = parseSiteMap('site,node\n"Roma, Via dei Tizii 6",RM\nFRA-DC2 Building B,de:fra\n', { file: 'sites.csv' })
    expect(diagnostics).toEqual([])
    expect(value.lookup('Roma, Via dei Tizii 6')?.node).toBe('RM')
    expect(value.lookup('ROMA,  via dei tizii 6 ')?.node).toBe('RM')
    expect(value.lookup('fra-dc2 building b')).toMatchObject({ site: 'FRA-DC2 Building B', node: 'de:fra', at: { file: 'sites.csv', line: 3 } })
    expect(value.lookup('Roma')).toBeUndefined()
  })

  it('reads a header in the words of a monitoring system (location,node_label), with a byte order mark as Excel saves UTF-8', () => {
    const { value, diagnostics } = parseSiteMap('\ufefflocation,node_label\nMilano Caldera,MI\n', { file: 'sites.csv' })
    expect(diagnostics).toEqual([])
    expect(value.lookup('Milano Caldera')?.node).toBe('MI')
  })

  it('refuses a site given twice, in another case or spacing too, at the second row, whichever node it gives', () => {
    const { value, diagnostics } = parseSiteMap('site,node\nNapoli,NA\nRoma,RM\nNAPOLI ,RM\nRoma,RM\n', { file: 'sites.csv' })
    expect(diagnostics).toEqual([
      { code: 'site_map_duplicate', severity: 'error', at: { file: 'sites.csv', line: 4 }, site: 'NAPOLI', node: 'RM', first: { file: 'sites.csv', line: 2 }, firstNode: 'NA' },
      { code: 'site_map_duplicate', severity: 'error', at: { file: 'sites.csv', line: 5 }, site: 'Roma', node: 'RM', first: { file: 'sites.csv', line: 3 }, firstNode: 'RM' },
    ])
    expect(value.lookup('napoli')?.node).toBe('NA')
  })

  it('reads a table of 100,000 sites and finds each of them, checking every row against the ones before it for a repeat', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `Site ${i} Building ${i % 7},N${i % 500}`)
    const { value, diagnostics } = parseSiteMap(`site,node\n${rows.join('\n')}\n`, { file: 'sites.csv' })
    expect(diagnostics).toEqual([])
    expect(value.entries).toHaveLength(100_000)
    let found = 0
    for (let i = 0; i < 100_000; i++) if (value.lookup(`SITE ${i}  building ${i % 7}`)?.node === `N${i % 500}`) found++
    expect(found).toBe(100_000)
  })

  it('reports a row without its site or node at its line, and a table of no row', () => {
    expect(parseSiteMap('site,node\n,RM\nNapoli,\n', { file: 's.csv' }).diagnostics.map((d) => [d.code, d.at.line])).toEqual([['invalid_field', 2], ['invalid_field', 3]])
    expect(parseSiteMap('site,node\n', { file: 's.csv' }).diagnostics.map((d) => d.code)).toEqual(['nothing_imported'])
    expect(parseSiteMap('prefix,node\n10.0.0.0/8,RM\n', { file: 's.csv' }).diagnostics.map((d) => d.code)).toContain('missing_column')
  })
})

describe('docs/topology.md, a table of sites to nodes', () => {
  const doc = readFileSync(new URL('../../docs/topology.md', import.meta.url), 'utf8')
  const section = doc.slice(doc.indexOf('### A table of sites to nodes'), doc.indexOf('## Flows and routing'))

  it('shows a table that reads, whose sites are found as the page says', () => {
    const example = /```csv\n([^]*?)```/.exec(section)![1]!
    const { value, diagnostics } = parseSiteMap(example, { file: 'sites.csv' })
    expect(diagnostics).toEqual([])
    expect(value.lookup('ROMA,  via dei tizii 6')?.node).toBe('RM')
    expect(value.lookup('FRA-DC2 Building B')?.node).toBe('de:fra')
  })

  it('names every other header the table reads', () => {
    for (const alias of Object.keys(SITE_MAP_COLUMNS.aliases!)) expect(section, alias).toContain(`\`${alias}\``)
  })
})

describe('validateSiteMapNodes', () => {
  it('resolves each node by label in any case and reports one that names no node at its line, with the nodes it may have meant', () => {
    const { value: map } = parseSiteMap('site,node\n"Roma, Via dei Tizii 6",rm\nMilano,Garr201201:21\nNapoli,NA1\n', { file: 'sites.csv' })
    const { value, diagnostics } = validateSiteMapNodes(map, buildNodeResolver(GARR), buildNodeSuggester(GARR))
    expect(value.get('rm')).toBe('Garr201201:20')
    expect(value.get('Garr201201:21')).toBe('Garr201201:21')
    expect(diagnostics).toEqual([
      { code: 'site_map_unknown_node', severity: 'error', at: { file: 'sites.csv', line: 4 }, node: 'NA1', site: 'Napoli', suggestions: [{ node: 'Garr201201:18' }] },
    ])
  })
})

describe('NodeTrustBuilder with a site map', () => {
  it('places each device on the node its site is mapped to, before the nodes\' own names, and a site not in the map as before', () => {
    const { value: map } = parseSiteMap('site,node\n"Roma, Via dei Tizii 6",RM\nMI,NA\n', { file: 'sites.csv' })
    const nodes = validateSiteMapNodes(map, buildNodeResolver(GARR), buildNodeSuggester(GARR)).value
    const b = new NodeTrustBuilder(GARR, undefined, undefined, (site) => {
      const e = map.lookup(site)
      return e === undefined ? undefined : nodes.get(e.node)
    })
    b.add({ id: 'rt1.rm', site: 'roma, via dei tizii 6', role: 'core' }, HUAWEI, [])
    // The user's table says MI is the NA node: it wins over the node labelled MI.
    b.add({ id: 'rt1.x', site: 'MI', role: 'core' }, HUAWEI, [])
    b.add({ id: 'rt2.rm', site: 'RM', role: 'core' }, HUAWEI, [])
    b.add({ id: 'rt1.bo', site: 'Bologna', role: 'core' }, HUAWEI, [])
    expect(b.nodeOf({ id: 'rt1.rm', site: 'Roma, Via dei Tizii 6' })).toBe('Garr201201:20')
    expect(Object.fromEntries(b.finish().map((p) => [p.node, p.devices]))).toEqual({ 'Garr201201:18': 1, 'Garr201201:20': 2, 'Garr201201:21': 0 })
    expect([...b.unmatchedSites.keys()]).toEqual(['Bologna'])
    expect(b.placesBySite).toBe(true)
    // rt2.rm's site is RM's label: placed as before, not counted as placed by the table.
    expect(b.placedBySite).toBe(2)
  })

  it('places a site that names two nodes (the Topology Zoo\'s two "Jackson") on the one the table gives', () => {
    const us: Topology = { networks: ['us'], nodes: [{ id: 'us:1', network: 'us', label: 'Jackson' }, { id: 'us:2', network: 'us', label: 'Jackson' }], links: [] }
    const without = new NodeTrustBuilder(us)
    without.add({ id: 'r1', site: 'Jackson', role: 'core' }, HUAWEI, [])
    expect(without.ambiguous).toBe(1)
    const b = new NodeTrustBuilder(us, undefined, undefined, (site) => (site === 'Jackson' ? 'us:2' : undefined))
    b.add({ id: 'r1', site: 'Jackson', role: 'core' }, HUAWEI, [])
    expect(b.ambiguous).toBe(0)
    expect(b.nodeOf({ id: 'r1', site: 'Jackson' })).toBe('us:2')
  })
})
