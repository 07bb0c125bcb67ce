import { describe, expect, it } from 'vitest'
import { compareSubsidyRules } from '../plan/subsidy.js'
import type { Plan } from '../plan/types.js'
import { formatPlanHtmlReport } from './html.js'

const PLAN: Plan = {
  objective: 'max-clean', status: 'optimal', gap: 0, value: 0, totalCost: 0, actions: [], spend: [], flowsCleaned: [], findingsCleared: [],
  solver: { name: 'highs', milliseconds: 10, variables: 2, constraints: 2 },
}

describe('formatPlanHtmlReport', () => {
  it('shows the subsidy money each rule leaves unallocated below its grants', () => {
    // A fund of $200,000 against two core routers of $233,000: paying by impact funds neither.
    const subsidy = compareSubsidyRules(200_000, [
      { operator: 'geant', requested: 233_000, candidates: [{ deviceId: 'fr-core-1', cost: 233_000, value: 3 }] },
      { operator: 'us', requested: 233_000, candidates: [{ deviceId: 'kc-core-1', cost: 233_000, value: 25_000 }] },
    ])
    const html = formatPlanHtmlReport({
      title: 'trustpath plan', generatedAt: '2026-06-01T00:00:00Z', inventoryFile: 'devices.csv', policyFile: 'policy.yaml', topologyFiles: [],
      plan: { result: { plan: PLAN }, subsidy, settings: 'phases 2026' },
    })
    expect(html).toContain('<tfoot><tr><td>unallocated</td><td>$0</td><td></td><td>$200,000</td><td></td></tr></tfoot>')
  })

  it('gives a plan of more than ten replacements a filter box over them', () => {
    const page = (n: number) => formatPlanHtmlReport({
      title: 'trustpath plan', generatedAt: '2026-06-01T00:00:00Z', inventoryFile: 'devices.csv', policyFile: 'policy.yaml', topologyFiles: [],
      plan: {
        result: { plan: { ...PLAN, actions: Array.from({ length: n }, (_, i) => ({ deviceId: `rt-${i}`, phase: '2026', cost: 1000, reasons: ['deadline 2026'], findingsCleared: [] })) } },
        settings: 'phases 2026',
      },
    })
    expect(page(11)).toContain('<input type="search" data-filter="actions" data-what="replacements" placeholder="filter replacements…" aria-label="filter replacements" hidden>')
    expect(page(11)).toContain('<table id="actions">')
    expect(page(10)).not.toContain('data-filter="actions"')
  })

  it('marks the header cells of the replacements and the subsidy split as heads of columns', () => {
    const subsidy = compareSubsidyRules(200_000, [{ operator: 'us', requested: 233_000, candidates: [{ deviceId: 'kc-core-1', cost: 233_000, value: 25_000 }] }])
    const html = formatPlanHtmlReport({
      title: 'trustpath plan', generatedAt: '2026-06-01T00:00:00Z', inventoryFile: 'devices.csv', policyFile: 'policy.yaml', topologyFiles: [],
      plan: { result: { plan: PLAN }, subsidy, settings: 'phases 2026' },
    })
    const heads = html.match(/<th[ >][^>]*>?/g)!
    expect(heads.length).toBe(14)
    for (const th of heads) expect(th).toBe('<th scope="col">')
  })

  it('gives the spend per phase as a table beside its chart, which a phone scales down past reading', () => {
    const plan: Plan = {
      ...PLAN, spend: [
        { phase: '2026', network: 'op-de', spent: 1_000, budget: 3_000, left: 2_000 }, { phase: '2026', network: 'op-jp', spent: 0, budget: null, left: null },
        { phase: '2027', network: 'op-de', spent: 2_500, budget: 3_000, left: 500 },
      ],
    }
    const html = formatPlanHtmlReport({
      title: 'trustpath plan', generatedAt: '2026-06-01T00:00:00Z', inventoryFile: 'devices.csv', policyFile: 'policy.yaml', topologyFiles: [],
      plan: { result: { plan }, settings: 'phases 2026-2027', carryOver: true },
    })
    expect(html).toContain('<details><summary>Spend per phase as a table</summary>\n<table><thead><tr><th scope="col">phase</th><th scope="col">operator</th><th scope="col">spent</th>' +
      '<th scope="col">budget, with the money carried over</th></tr></thead><tbody>\n' +
      '<tr><td>2026</td><td>op-de</td><td>$1,000</td><td>$3,000</td></tr><tr><td>2026</td><td>op-jp</td><td>$0</td><td>none</td></tr><tr><td>2027</td><td>op-de</td><td>$2,500</td><td>$3,000</td></tr>\n</tbody></table></details>')
  })

  it('says which deadlines a greedy plan misses, as the text does', () => {
    const plan: Plan = { ...PLAN, status: 'heuristic', gap: null, unmetDeadlines: [{ deviceId: 'core-2', deadline: '2026' }] }
    const html = formatPlanHtmlReport({
      title: 'trustpath plan', generatedAt: '2026-06-01T00:00:00Z', inventoryFile: 'devices.csv', policyFile: 'policy.yaml', topologyFiles: [],
      plan: { result: { plan }, settings: 'phases 2026' },
    })
    expect(html).toContain('<p><strong>This greedy plan misses the deadline of 1 device (core-2 due 2026), replacing it later or not at all')
  })

  it('says above the exposure which untrusted devices are on no topology node, whose replacement cleans no flow', () => {
    const page = (unplacedDevices?: { devices: number; untrusted: number; untrustedExamples: string[] }) => formatPlanHtmlReport({
      title: 'trustpath plan', generatedAt: '2026-06-01T00:00:00Z', inventoryFile: 'librenms.json', policyFile: 'policy.yaml', topologyFiles: ['Garr201201.gml'],
      plan: { result: { plan: PLAN }, settings: 'phases 2027' }, ...(unplacedDevices === undefined ? {} : { unplacedDevices }),
    })
    expect(page({ devices: 3, untrusted: 2, untrustedExamples: ['15', '17'] })).toContain('<p class="conflict">3 devices of librenms.json are on no topology node, ' +
      '2 of them untrusted (15, 17), which make no node untrusted: give their site as a node\'s label or id, map the inventory\'s sites to nodes with --site-map (site,node), or place devices without a site by their addresses with --prefixes (prefix,node); the run named the sites that match no node.</p>')
    expect(page()).not.toContain('on no topology node')
  })
})
