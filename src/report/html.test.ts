import { describe, expect, it } from 'vitest'
import type { Attribution } from '../domain/evidence.js'
import type { Finding } from '../domain/finding.js'
import type { Manufacturer } from '../domain/manufacturer.js'
import { formatExposureHtmlReport, formatHtmlReport, formatPlanHtmlReport, HTML_FOLD_ROWS, type HtmlReportInput } from './html.js'

const LONG = 'Shenzhen Example Intelligent Surveillance Technology Company Limited'
const manufacturers = new Map([
  ['acme', { slug: 'acme', name: LONG, parents: [] } as unknown as Manufacturer],
  ['other', { slug: 'other', name: 'Other', parents: [] } as unknown as Manufacturer],
])

function attribution(deviceId: string, group: string): Attribution {
  return { deviceId, manufacturer: group, group, confidence: 1, evidence: [], conflicts: [], componentGroups: [], unrecognised: [] }
}

function finding(deviceId: string, i: number): Finding {
  return {
    rule: 'ban', deviceId, severity: 'error', effect: { kind: 'prohibit' }, manufacturer: 'acme', group: 'acme', list: 'covered',
    confidence: 1, evidence: [], notes: i === 0 ? ['confirm the maker before acting'] : [],
  }
}

/** A network of two nodes, Frankfurt (untrusted) and an unlabelled one, and a flow between them. */
function sampleExposure(): NonNullable<HtmlReportInput['exposure']> {
  return {
    topology: {
      networks: ['net'], links: [{ a: '1', b: '2' }],
      nodes: [{ id: '1', label: 'Frankfurt', network: 'net', lat: 50.1, lon: 8.7 }, { id: '2', network: 'net', lat: 52.5, lon: 13.4 }],
    },
    placements: [
      { node: '1', status: 'untrusted', devices: 1, transit: 1, untrusted: ['d0'], untrustedCount: 1, unidentified: [], unidentifiedCount: 0, groups: ['acme'] },
      { node: '2', status: 'trusted', devices: 1, transit: 1, untrusted: [], untrustedCount: 0, unidentified: [], unidentifiedCount: 0, groups: [] },
    ],
    flows: [{
      id: 'f1', src: '1', dst: '2', volume: 10, routedMetric: 1, exposedShare: 1, untrusted: [{ node: '1', share: 1 }], unknown: [],
      clean: { exists: false, metric: null, stretch: null, path: [] }, cheapestFix: { nodes: ['1'], cost: 1, metric: 1 }, routedPath: ['1', '2'],
    }],
    summary: { flows: 1, totalVolume: 10, exposedVolume: 10, exposedShare: 1, exposedVolumeToConfirm: 0, unroutedFlows: 0, flowsWithoutCleanPath: 1, untrustedNodes: [], unknownNodes: [] },
  }
}

function report(findings: number, withExposure = false): string {
  const items = Array.from({ length: 12 }, (_, i) => ({ device: { id: `d${i}` }, attribution: attribution(`d${i}`, i < 8 ? 'acme' : 'other') }))
  const input: HtmlReportInput = {
    title: 'report', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'devices.csv', items,
    findings: Array.from({ length: findings }, (_, i) => finding(`d${i}`, i)), manufacturers, catalogNotes: [],
  }
  if (withExposure) input.exposure = sampleExposure()
  return formatHtmlReport(input)
}

describe('formatHtmlReport', () => {
  it('cuts a long manufacturer name in the chart of groups and keeps the whole name as its tooltip', () => {
    const html = report(1)
    const label = new RegExp(`<span class="name" title="${LONG}">([^<]*)</span>`).exec(html)![1]!
    expect(label.endsWith('…')).toBe(true)
    expect(label.length).toBeLessThanOrEqual(44)
  })

  it('draws the chart of groups as bars as long as their share of the largest group, in a width that follows the page\'s', () => {
    // A drawing 780 px wide stuck out of a 390 px phone screen.
    const html = report(1)
    expect(html).toContain('<span class="track"><span class="bad" style="width:100.0%"></span></span><span>8</span></div>')
    expect(html).toContain('<span class="track"><span class="ok" style="width:50.0%"></span></span><span>4</span></div>')
    expect(html).not.toContain('<svg width="780"')
  })

  it('offers a filter over a long list of findings, and shows the notes column only when a finding has notes', () => {
    const long = report(12)
    expect(long).toContain('data-filter="findings"')
    expect(long).toContain('<table id="findings">')
    expect(long).toContain('<th scope="col">notes</th>')
    expect(long).toContain('confirm the maker before acting')
    const short = formatHtmlReport({
      title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'x.csv', items: [], manufacturers, catalogNotes: [],
      findings: [{ ...finding('d1', 1), notes: [] }],
    })
    expect(short).not.toContain('data-filter="findings"')
    expect(short).not.toContain('<th scope="col">notes</th>')
  })

  it('names the nodes of the flow table by their labels, with the id as the tooltip; a node without a label by its id', () => {
    const html = report(1, true)
    expect(html).toContain('<span title="1">Frankfurt</span> 100.0%')
    const row = /<tr><td><span class="nowrap">f1<\/span>.*<\/tr>/.exec(html)![0]
    expect(row).toContain('<td><span title="1">Frankfurt</span></td>')
  })

  it('shows the id of a node whose label other nodes share, as the Topology Zoo\'s Deltacom labels twelve nodes "None"', () => {
    const input = sampleExposure()
    const e = input
    e.topology.nodes = [
      { id: 'Deltacom:5', label: 'Valdosta', network: 'Deltacom' }, { id: 'Deltacom:112', label: 'None', network: 'Deltacom' },
      { id: 'Deltacom:85', label: 'None', network: 'Deltacom' },
    ]
    e.flows = [{ ...e.flows[0]!, src: 'Deltacom:5', dst: 'Deltacom:112', untrusted: [{ node: 'Deltacom:112', share: 1 }], cheapestFix: { nodes: ['Deltacom:112', 'Deltacom:5'], cost: 2, metric: 1 } }]
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'x.csv', items: [], findings: [], manufacturers, catalogNotes: [], exposure: e })
    const row = /<tr><td><span class="nowrap">f1<\/span>.*<\/tr>/.exec(html)![0]
    expect(row).toContain('<small>Valdosta → None (112)</small>')
    expect(row).toContain('<span title="Deltacom:112">None (112)</span> 100.0%')
    expect(row).toContain('<td><span title="Deltacom:112">None (112)</span>, <span title="Deltacom:5">Valdosta</span></td>')
  })

  it('lists the unknown nodes on a flow\'s paths beside the untrusted ones when they count as untrusted', () => {
    const e = sampleExposure()
    const viaUnknown = { ...e, flows: [{ ...e.flows[0]!, untrusted: [], unknown: [{ node: '2', share: 1 }] }] }
    const page = (x: typeof e) => formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'x.csv', items: [], findings: [], manufacturers, catalogNotes: [], exposure: x })
    const row = (html: string) => /<tr><td><span class="nowrap">f1<\/span>.*<\/tr>/.exec(html)![0]
    expect(row(page(viaUnknown))).toContain('<td>unknown 2 100.0%</td>')
    expect(row(page({ ...viaUnknown, unknownAs: 'trusted' }))).not.toContain('unknown 2')
  })

  it('shows a device\'s recorded status under its role, and counts the findings on devices recorded as not in service', () => {
    const items = [{ device: { id: 'old-1', role: 'core' as const, status: 'Retired' }, attribution: attribution('old-1', 'acme') }, { device: { id: 'rt-2' }, attribution: attribution('rt-2', 'acme') }]
    const retired: Finding = { ...finding('old-1', 1), deviceStatus: 'Retired', lifecycle: 'out-of-service' }
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'd.csv', items, findings: [retired, finding('rt-2', 1)], manufacturers, catalogNotes: [] })
    expect(html).toContain('<td>core<br><small>Retired</small></td>')
    expect(html).toContain('<div class="card"><b>1</b>finding on devices recorded as not in service</div>')
    expect(report(3)).not.toContain('recorded as not in service')
  })

  it('lets a value of thousands of characters without a space break anywhere, and keeps ordinary words whole', () => {
    // A scanner's field padded with one long token (a key blob, a path) must not widen the table
    // of every device far past the page; a site or model of ordinary words is left as it is.
    const blob = `AAAAB3NzaC1yc2E<${'x'.repeat(5000)}`
    const items = [{ device: { id: 'cam-1', site: blob, model: 'DS-2CD2032-I' }, attribution: attribution('cam-1', 'acme') }]
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'd.csv', items, findings: [], manufacturers, catalogNotes: [] })
    expect(html.includes(`<td><span class="long">AAAAB3NzaC1yc2E&#60;${'x'.repeat(5000)}</span></td>`)).toBe(true)
    expect(html).toContain('<small>DS-2CD2032-I</small>')
    expect(html).toContain('<span class="nowrap">cam-1</span>')
    expect(html).toMatch(/\.long\{white-space:normal;overflow-wrap:anywhere\}/)
  })

  it('folds the findings and devices of a big inventory under a line that opens them, and leaves a small one open', () => {
    // Drawing 40,000 rows kept a browser busy for half a minute before the page could be read.
    const page = (n: number) => {
      const items = Array.from({ length: n }, (_, i) => ({ device: { id: `d${i}` }, attribution: attribution(`d${i}`, 'acme') }))
      return formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'd.csv', items, findings: items.map((_, i) => finding(`d${i}`, 1)), manufacturers, catalogNotes: [] })
    }
    const big = page(HTML_FOLD_ROWS + 1)
    expect(big).toContain('<details class="fold"><summary>Show the 1,001 findings</summary>\n<table id="findings">')
    expect(big).toContain('<details class="fold"><summary>Show the 1,001 devices</summary>\n<table id="devices">')
    const small = page(HTML_FOLD_ROWS)
    expect(small).not.toContain('<details class="fold">')
    expect(small).toContain('<table id="devices">')
  })

  it('gives a long list of rebranded devices a filter box, and folds it past HTML_FOLD_ROWS rows as the other lists', () => {
    // A 20,000-device inventory unmasked 2,472 rebranded devices: a table drawn whole, with no filter.
    const page = (n: number) => {
      const items = Array.from({ length: n }, (_, i) => ({
        device: { id: `cam-${i}`, manufacturer: 'Lorex' },
        attribution: { ...attribution(`cam-${i}`, 'acme'), conflicts: [{ kind: 'oem_rebrand' as const, declared: 'other', maker: 'acme', methods: ['oui' as const], known: true }] },
      }))
      return formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'd.csv', items, findings: [], manufacturers, catalogNotes: [] })
    }
    const big = page(HTML_FOLD_ROWS + 1)
    expect(big).toContain('<input type="search" data-filter="rebrands" data-what="rebranded devices" placeholder="filter rebranded devices…" aria-label="filter rebranded devices" hidden>')
    expect(big).toContain('<details class="fold"><summary>Show the 1,001 rebranded devices</summary>\n<table id="rebrands">')
    const few = page(3)
    expect(few).toContain('<table id="rebrands">')
    expect(few).not.toContain('data-filter="rebrands"')
    expect(few).not.toContain('<details class="fold">')
  })

  it('counts the whole run on its cards when it lists only the first devices of a huge inventory, written as the CLI writes them', () => {
    const items = Array.from({ length: 3 }, (_, i) => ({ device: { id: `d${i}` }, attribution: attribution(`d${i}`, 'acme') }))
    const html = formatHtmlReport({
      title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'd.csv', items, findings: [finding('d0', 1)], manufacturers, catalogNotes: [],
      notice: 'Only the first 3 of 21,000 devices are shown', totals: { devices: 21_000, devicesWithFindings: 10_091, findings: 20_911, byRule: { ban: 20_000, other: 911 } },
    })
    expect(html).toContain('<div class="card"><b>21,000</b>devices</div>')
    expect(html).toContain('<div class="card bad"><b>10,091</b>devices with findings</div>')
    expect(html).toContain('<div class="card bad"><b>20,911</b>findings</div>')
    expect(html).toContain('<tr><td>ban</td><td>20,000</td></tr><tr><td>other</td><td>911</td></tr>')
    expect(html).toContain('<b>0</b>unknown manufacturer among the 3 listed')
    expect(html).toContain('<h2>Devices by manufacturer group (the 3 listed)</h2>')
    expect(report(1)).toContain('<div class="card"><b>12</b>devices</div>')
  })

  it('says on its first cards how severe the findings are and how many are past their deadline, as the CLI\'s summary does', () => {
    // The CLI said "Deadlines: 246 findings past their deadline; 8 due within 90 days, the next on
    // 2026-12-31 (in 23 days)"; the page sent to a CISO gave the days only in the rows of the findings.
    const at = (deviceId: string, severity: Finding['severity'], deadline: string, daysLeft: number): Finding => ({ ...finding(deviceId, 1), severity, deadline, daysLeft })
    const findings = [at('d0', 'error', '2026-01-01', -341), at('d1', 'error', '2026-01-01', -341), at('d1', 'warning', '2026-12-31', 23), at('d2', 'warning', '2029-12-31', 1119), { ...finding('d3', 1), severity: 'note' as const }]
    const items = Array.from({ length: 4 }, (_, i) => ({ device: { id: `d${i}` }, attribution: attribution(`d${i}`, 'acme') }))
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-12-08T00:30:29.107Z', inventoryFile: 'd.csv', items, findings, manufacturers, catalogNotes: [] })
    expect(html).toContain('<b>5</b>findings<small>2 errors, 2 warnings, 1 note</small></div>')
    expect(html).toContain('<div class="card bad"><b>2</b>findings past their deadline</div>')
    expect(html).toContain('<div class="card due"><b>1</b>due within 90 days<small>the next on <span class="date">2026-12-31</span> (in 23 days)</small></div>')
    // None due soon: the next deadline is still named, without the colour of one due.
    const later = formatHtmlReport({ title: 'r', generatedAt: '2026-12-08T00:30:29.107Z', inventoryFile: 'd.csv', items, findings: [findings[3]!], manufacturers, catalogNotes: [] })
    expect(later).toContain('<div class="card"><b>0</b>due within 90 days<small>the next on <span class="date">2029-12-31</span> (in 1,119 days)</small></div>')
    expect(later).not.toContain('past their deadline')
    expect(later).toContain('<small>1 warning</small>')
    // No deadline at all, no card of deadlines.
    expect(report(3)).not.toContain('due within')
    // A huge inventory: the cards count the whole run, not the findings of the devices listed.
    const big = formatHtmlReport({
      title: 'r', generatedAt: '2026-12-08T00:30:29.107Z', inventoryFile: 'd.csv', items, findings, manufacturers, catalogNotes: [],
      totals: { devices: 21_000, devicesWithFindings: 900, findings: 1_000, byRule: { ban: 1_000 }, bySeverity: { error: 990, warning: 10, note: 0 }, deadlines: { passed: 990, within90Days: 0 } },
    })
    expect(big).toContain('<b>1,000</b>findings<small>990 errors, 10 warnings</small></div>')
    expect(big).toContain('<div class="card bad"><b>990</b>findings past their deadline</div>')
    expect(big).toContain('<div class="card"><b>0</b>due within 90 days</div>')
  })

  it('gives the time of the run at its head as a reader writes it, in UTC, on the check, exposure and plan pages', () => {
    // "generated 2026-12-08T00:30:29.107Z" read as a machine's stamp.
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-12-08T00:30:29.107Z', inventoryFile: 'd.csv', items: [], findings: [], manufacturers, catalogNotes: [] })
    expect(html).toContain('· generated <time class="date" datetime="2026-12-08T00:30:29.107Z">2026-12-08 00:30 UTC</time></p></header>')
    const exposure = formatExposureHtmlReport({ title: 'e', generatedAt: '2026-12-08T00:30:29Z', topologyFiles: ['t.json'], inventoryFile: 'd.csv', policyFile: 'p.yaml', exposure: sampleExposure() })
    expect(exposure).toContain('generated <time class="date" datetime="2026-12-08T00:30:29Z">2026-12-08 00:30 UTC</time>')
    expect(formatHtmlReport({ title: 'r', generatedAt: 'yesterday', inventoryFile: 'd.csv', items: [], findings: [], manufacturers, catalogNotes: [] })).toContain('· generated yesterday</p>')
  })

  it('names the unknown nodes that expose flows on the exposure page, as the CLI\'s summary does, with volumes too small for two decimals kept', () => {
    // The CLI listed "Unknown nodes (no known equipment) by sensitive traffic crossing them"; the page
    // said "2 untrusted nodes of 4" and named none of the two that exposed the flow of 0.004 Mbit/s.
    const e = sampleExposure()
    e.topology.nodes.push({ id: '3', label: 'Munich', network: 'net', lat: 48.1, lon: 11.6 })
    e.placements = [...e.placements, { node: '3', status: 'unknown', devices: 0, transit: 0, untrusted: [], untrustedCount: 0, unidentified: [], unidentifiedCount: 0, groups: [] }]
    e.summary.untrustedNodes = [{ node: '1', volume: 0.00004, flows: 1 }]
    e.summary.unknownNodes = [{ node: '3', volume: 0.004, flows: 1 }]
    const input = { title: 'e', generatedAt: '2026-12-08T00:30:29Z', topologyFiles: ['t.json'], inventoryFile: 'd.csv', policyFile: 'p.yaml', exposure: e }
    const html = formatExposureHtmlReport(input)
    expect(html).toContain('untrusted node of 3<small>and 1 unknown node on the paths, counted as untrusted</small></div>')
    expect(html).toContain('<h2>Unknown nodes on the routed paths</h2>')
    expect(html).toContain('<tr><td>Munich<br><small>3</small></td><td>0.004</td><td>1</td></tr>')
    expect(html).toContain('<tr><td>Frankfurt<br><small>1</small></td><td>0.00004</td>')
    // Counted as clean (--unknown-as trusted), they are not named as exposing anything.
    const trusted = formatExposureHtmlReport({ ...input, exposure: { ...e, unknownAs: 'trusted' } })
    expect(trusted).not.toContain('Unknown nodes on the routed paths')
    expect(trusted).not.toContain('unknown node on the paths')
  })

  it('gives the device\'s name under its id in the findings, as the waived findings and the devices do', () => {
    const items = [{ device: { id: 'de-fra-core-01', name: 'Frankfurt PoP core 1' }, attribution: attribution('de-fra-core-01', 'acme') }]
    const html = formatHtmlReport({
      title: 'r', generatedAt: '2026-12-08T00:30:29Z', inventoryFile: 'd.csv', items, manufacturers, catalogNotes: [],
      findings: [{ ...finding('de-fra-core-01', 1), deviceName: 'Frankfurt PoP core 1' }, { ...finding('sw-2', 1) }],
    })
    expect(html).toContain('<td class="nowrap">de-fra-core-01<br><small>Frankfurt PoP core 1</small></td><td>')
    expect(html).toContain('<td class="nowrap">sw-2</td><td>')
  })

  it('links to each of its sections from a line under the cards, by their headings', () => {
    const html = report(12, true)
    expect(html).toContain('<nav class="contents" aria-label="Contents"><a href="#exposure">Exposure of sensitive flows</a> · <a href="#groups">Devices by manufacturer group</a> · ' +
      '<a href="#by-rule">Findings by rule</a> · <a href="#all-findings">Findings</a> · <a href="#rebranded">Rebranded equipment</a> · <a href="#all-devices">All devices</a></nav>')
    for (const [, id] of html.matchAll(/<a href="#([^"]+)">/g)) expect(html).toContain(`<section id="${id}">`)
  })

  it('labels its charts and maps with what they show, for a screen reader that reads each as one image', () => {
    const html = report(1, true)
    expect(html).toContain(`role="img" aria-label="Devices by manufacturer group: ${LONG} 8, Other 4"`)
    expect(html).toContain('role="img" aria-label="Map of net: 2 nodes, 1 untrusted, 0 unknown, 1 trusted"')
  })

  it('marks every header cell of its tables as the head of a column, for a screen reader that reads a cell with its header', () => {
    const items = [{ device: { id: 'cam-1', manufacturer: 'Lorex' }, attribution: { ...attribution('cam-1', 'acme'), conflicts: [{ kind: 'oem_rebrand' as const, declared: 'other', maker: 'acme', methods: ['oui' as const], known: true }] } }]
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'd.csv', items, findings: [finding('cam-1', 0)], manufacturers, catalogNotes: [], exposure: sampleExposure() })
    const heads = html.match(/<th[ >][^>]*>?/g)!
    expect(heads.length).toBeGreaterThan(20)
    for (const th of heads) expect(th).toBe('<th scope="col">')
  })

  it('says that no device is rebranded rather than showing the head of an empty table', () => {
    const html = report(1)
    expect(html).toContain('<h2>Rebranded equipment</h2><p>None: no device was found to be sold under a brand other than its maker\'s.</p></section>')
    expect(html).not.toContain('<th scope="col">what the evidence says</th>')
  })

  it('shows the characters that reorder text by their code points, so that a name cannot pass for another', () => {
    // "cam-\u202Eevil" shows as "cam-live" where the override is obeyed.
    const items = [{ device: { id: 'cam-1', name: 'cam-\u202Eevil\u202C', model: '\u2067DS-2CD\u2069' }, attribution: attribution('cam-1', 'acme') }]
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'd.csv', items, findings: [], manufacturers, catalogNotes: [] })
    expect(html).toContain('<small>cam-[U+202E]evil[U+202C]</small>')
    expect(html).toContain('<small>[U+2067]DS-2CD[U+2069]</small>')
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  })

  it('makes no link of an address an inventory writes in a declared brand, where the sources the catalog cites are links', () => {
    const a: Attribution = { ...attribution('cam-1', 'acme'), evidence: [{ method: 'declared', manufacturer: 'acme', value: 'Acme <https://evil.example/login>' }] }
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'd.csv', items: [{ device: { id: 'cam-1' }, attribution: a }], findings: [], manufacturers, catalogNotes: [] })
    expect(html).toContain('<li>declared &#34;Acme &#60;https://evil.example/login&#62;&#34;</li>')
    expect(html).not.toContain('<a href="https://evil.example')
  })

  it('lists the evidence of two MACs of one block once in a device\'s row', () => {
    const oui = (value: string) => ({ method: 'oui' as const, manufacturer: 'acme', value, prefix: '00E0FC', registry: 'MA-L' as const, organization: 'ACME' })
    const a: Attribution = { ...attribution('sw-1', 'acme'), evidence: [oui('00:e0:fc:12:34:56'), oui('00:e0:fc:12:34:57')] }
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'd.csv', items: [{ device: { id: 'sw-1' }, attribution: a }], findings: [], manufacturers, catalogNotes: [] })
    expect(html.match(/<li>MAC OUI 00E0FC \(MA-L ACME\)<\/li>/g)).toHaveLength(1)
  })

  it('says at its top that the run had input errors, where the first is, and that what they name is in none of its figures, on the check, exposure and plan pages', () => {
    // A LibreNMS answer cut short: the page would count the devices read before the cut as if they were all.
    const inputErrors = { count: 3, first: { file: 'librenms.json', line: 34 } }
    const told = '<p class="conflict">3 input errors in librenms.json, the first at librenms.json:34, were told when the page was made: ' +
      'what they name (a row or record, or the rest of a file cut short) was skipped and counts in no figure of this page. Fix them and run again.</p>'
    const check: HtmlReportInput = {
      title: 'report', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'librenms.json', items: [], findings: [], manufacturers, catalogNotes: [], inputErrors,
    }
    expect(formatHtmlReport(check)).toContain(told)
    const exposure = { title: 'exposure', generatedAt: '2026-01-01T00:00:00Z', topologyFiles: ['Garr201201.gml'], inventoryFile: 'librenms.json', policyFile: 'policy.yaml', exposure: sampleExposure() }
    expect(formatExposureHtmlReport({ ...exposure, inputErrors })).toContain(told)
    const plan = {
      title: 'plan', generatedAt: '2026-01-01T00:00:00Z', inventoryFile: 'librenms.json', policyFile: 'policy.yaml', topologyFiles: [],
      plan: { result: { infeasible: { phases: [], increases: [] } }, settings: 'phases 2027' },
    }
    expect(formatPlanHtmlReport({ ...plan, inputErrors })).toContain(told)
    expect(formatHtmlReport({ ...check, inputErrors: { count: 1, first: { file: 'librenms.json', line: 34 } } }))
      .toContain('<p class="conflict">1 input error in librenms.json, at librenms.json:34, was told when the page was made: what it names')
    // A run without errors says nothing of them.
    expect(formatHtmlReport({ ...check, inputErrors: undefined } as HtmlReportInput)).not.toContain('input error')
    expect(formatExposureHtmlReport(exposure)).not.toContain('input error')
  })

  it('says that no device breaks a rule when none does, without red counts or the heads of empty tables', () => {
    const html = report(0)
    expect(html).toContain('<p>None: no device of the 12 checked breaks a rule of the policy.</p>')
    expect(html).toContain('<div class="card"><b>0</b>findings</div>')
    expect(html).toContain('<div class="card"><b>0</b>devices with findings</div>')
    expect(html).not.toContain('<table id="findings">')
    expect(html).not.toContain('<h2>Findings by rule</h2>')
    expect(report(1)).toContain('<div class="card bad"><b>1</b>finding<small>1 error</small></div>')
  })

  it('lists waived findings in a section of their own, by last day, exemption and reason, counted in a card of their own and in none of the others', () => {
    // A base's switch waived until its replacement is done; the core router beside it counts.
    const waiver = { until: '2027-06-30', reason: 'base network replacement contracted, PO 8812', target: 'site ramstein', exemption: 1, file: 'policy.yaml', line: 8 }
    const items = ['rs-sw1', 'fra-core1'].map((id) => ({ device: { id }, attribution: attribution(id, 'acme') }))
    const html = formatHtmlReport({
      title: 'r', generatedAt: '2026-12-07T00:00:00Z', inventoryFile: 'd.csv', items, manufacturers, catalogNotes: [],
      findings: [{ ...finding('fra-core1', 1) }, { ...finding('rs-sw1', 1), deviceName: 'gate switch', waiver }],
    })
    expect(html).toContain('<div class="card bad"><b>1</b>device with findings</div>')
    expect(html).toContain('<div class="card bad"><b>1</b>finding<small>1 error</small></div>')
    expect(html).toContain('<div class="card"><b>1</b>finding waived by exemptions, not counted</div>')
    expect(html).toContain('<tr><td>ban</td><td>1</td></tr></table>')
    const open = html.slice(html.indexOf('<table id="findings">'), html.indexOf('</table>', html.indexOf('<table id="findings">')))
    expect(open).toContain('fra-core1')
    expect(open).not.toContain('rs-sw1')
    expect(html).toContain('<section id="waived"><h2>Waived findings</h2>')
    expect(html).toContain('<tr><td class="date">2027-06-30</td><td class="nowrap">ban</td><td class="nowrap">rs-sw1<br><small>gate switch</small></td>' +
      `<td>${LONG}</td><td>acme</td><td>error</td><td>site ramstein<br><small>policy.yaml:8 (exemptions[1])</small></td><td>base network replacement contracted, PO 8812</td></tr>`)
  })

  it('says that no finding counts when every one is waived, and points at the waived ones; no section of them when none is', () => {
    const waiver = { until: '2027-06-30', reason: 'PO 8812', target: 'site ramstein', exemption: 0, file: 'policy.yaml', line: 7 }
    const items = [{ device: { id: 'rs-sw1' }, attribution: attribution('rs-sw1', 'acme') }]
    const html = formatHtmlReport({ title: 'r', generatedAt: '2026-12-07T00:00:00Z', inventoryFile: 'd.csv', items, manufacturers, catalogNotes: [], findings: [{ ...finding('rs-sw1', 1), waiver }] })
    expect(html).toContain('<p>None: no device of the 1 checked breaks a rule of the policy that no exemption waives (waived: 1, listed below).</p>')
    expect(html).toContain('<div class="card"><b>0</b>findings</div>')
    expect(report(1)).not.toContain('id="waived"')
    expect(report(1)).not.toContain('waived by exemptions')
  })
})
