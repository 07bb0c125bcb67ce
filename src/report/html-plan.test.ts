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
    expect(page(11)).toContain('<input type="search" data-filter="actions" data-what="replacements" placeholder="filter replacements…" aria-label="filter replacements">')
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
    expect(heads.length).toBe(10)
    for (const th of heads) expect(th).toBe('<th scope="col">')
  })

  it('says which deadlines a greedy plan misses, as the text does', () => {
    const plan: Plan = { ...PLAN, status: 'heuristic', gap: null, unmetDeadlines: [{ deviceId: 'core-2', deadline: '2026' }] }
    const html = formatPlanHtmlReport({
      title: 'trustpath plan', generatedAt: '2026-06-01T00:00:00Z', inventoryFile: 'devices.csv', policyFile: 'policy.yaml', topologyFiles: [],
      plan: { result: { plan }, settings: 'phases 2026' },
    })
    expect(html).toContain('<p><strong>This greedy plan misses the deadline of 1 device (core-2 due 2026), replacing it later or not at all')
  })
})
