import { describe, expect, it } from 'vitest'
import type { Finding } from '../domain/finding.js'
import type { FlowExposureWithPath } from '../exposure/analyze.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { DEFAULT_COST_TABLE } from './cost-table.js'
import { parsePhases } from './phases.js'
import { buildPlanInput } from './plan-input.js'
import type { PlanDevice } from './plan-input.js'

const phases = parsePhases('2026-2029')
const finding = (rule: string, effect: Finding['effect']): Finding => ({
  rule, deviceId: 'x', severity: 'error', effect, manufacturer: 'huawei', group: 'huawei', list: 'ndaa-889', confidence: 1, evidence: [], notes: [],
})
const DEVICES: PlanDevice[] = [
  { device: { id: 'core-1', role: 'core', site: 'fra', network: 'op-de' }, group: 'huawei', node: 'de:fra', findings: [finding('core', { kind: 'remove_by', date: '2027-12-31' })] },
  { device: { id: 'agg-1', role: 'aggregation', site: 'kl', network: 'op-de' }, group: 'huawei', node: 'de:kl', findings: [finding('ban', { kind: 'prohibit' })] },
  { device: { id: 'cam-1', role: 'camera', site: 'kl' }, group: 'hikvision', node: 'de:kl', findings: [finding('parts', { kind: 'flag' })] },
  { device: { id: 'ok-1', role: 'core', site: 'muc' }, group: 'cisco', node: 'de:muc', findings: [] },
]
const flow = (over: Partial<FlowExposureWithPath>): FlowExposureWithPath => ({
  id: 'f', src: 'de:a', dst: 'de:b', volume: 100, routedMetric: 10, exposedShare: 1, untrusted: [], unknown: [],
  clean: { exists: false, metric: null, stretch: null, path: [] }, cheapestFix: null, ...over,
})
const opts = { phases, budgets: { shared: { 2026: 1e6 } }, costTable: DEFAULT_COST_TABLE, objective: 'max-clean' } as const

describe('buildPlanInput', () => {
  it('marks a candidate whose every finding asks to confirm it (a maker on weak evidence, a missing date) with what to confirm, and not one with a finding that stands', () => {
    const weak: Finding = { ...finding('ban', { kind: 'prohibit' }), severity: 'warning', confidence: 0.4, toConfirm: ['weak_evidence'] }
    const undated: Finding = { ...finding('no-new', { kind: 'prohibit' }), severity: 'warning', toConfirm: ['acquired_date_undecided'] }
    const at = (id: string, findings: Finding[]): PlanDevice => ({ device: { id, role: 'cpe', site: 'kas' }, group: 'zte', node: 'de:kas', findings })
    const { input } = buildPlanInput([
      at('lte-1', [weak, finding('parts', { kind: 'flag' })]), at('lte-2', [undated, weak]), at('rt-1', [undated, finding('ban', { kind: 'prohibit' })]),
    ], [], opts)
    expect(input.candidates.map((c) => [c.deviceId, c.toConfirm])).toEqual([
      ['lte-1', ['weak_evidence']], ['lte-2', ['weak_evidence', 'acquired_date_undecided']], ['rt-1', undefined],
    ])
    expect(input.candidates[2]).not.toHaveProperty('toConfirm')
  })

  it('keeps a device whose findings an exemption waives as a candidate, due by the later of the exemption\'s last day and its own date, with the waiver', () => {
    const waiver = { until: '2027-06-30', reason: 'replacement contracted', target: 'device core-w', exemption: 0, file: 'policy.yaml', line: 9 }
    const at = (id: string, f: Finding): PlanDevice => ({ device: { id, role: 'core', site: 'fra' }, group: 'huawei', node: 'de:fra', findings: [f] })
    const { input, dueAfterPhases } = buildPlanInput([
      // Prohibited now, waived until mid-2027: due by 2027-06-30 (phase 2026 is the last to end by it), not at once.
      at('core-w', { ...finding('ban', { kind: 'prohibit' }), waiver }),
      // Its own date is later than the exemption's last day: the own date stands.
      at('core-late', { ...finding('core', { kind: 'remove_by', date: '2028-12-31' }), waiver }),
      // Waived past the last phase: due after it, as any such date.
      at('core-2031', { ...finding('ban', { kind: 'prohibit' }), waiver: { ...waiver, until: '2031-01-31' } }),
    ], [], opts)
    expect(input.candidates.map((c) => [c.deviceId, c.deadlinePhase, c.deadline, c.waived])).toEqual([
      ['core-w', 0, '2027-06-30', { until: '2027-06-30', reason: 'replacement contracted' }],
      ['core-late', 2, '2028-12-31', { until: '2027-06-30', reason: 'replacement contracted' }],
      ['core-2031', undefined, '2031-01-31', { until: '2031-01-31', reason: 'replacement contracted' }],
    ])
    expect(dueAfterPhases).toEqual(['core-2031'])
  })

  it('takes devices with prohibit or remove-by findings as candidates, with their deadline phase', () => {
    const { input } = buildPlanInput(DEVICES, [], opts)
    expect(input.candidates.map((c) => [c.deviceId, c.deadlinePhase])).toEqual([['core-1', 1], ['agg-1', 0]])
    expect(input.candidates.every((c) => c.cost > 0 && c.costBreakdown.source !== '')).toBe(true)
  })

  it('makes a prohibit finding that applies only from a later date due by that date, as a remove-by date is, and one in force at the start due at once', () => {
    const prohibit = (deadline?: string): Finding => ({ ...finding('ban', { kind: 'prohibit' }), ...(deadline !== undefined && { deadline }) })
    const at = (id: string, f: Finding): PlanDevice => ({ device: { id, role: 'core', site: 'fra' }, group: 'huawei', node: 'de:fra', findings: [f] })
    const quarters = parsePhases('2025Q1..2026Q4')
    const { input, dueAfterPhases } = buildPlanInput([
      // The Covered List names DJI from 2025-12-22, in a policy effective from 2021-03-12: the
      // finding's deadline is the entry's date, the last quarter ending by it 2025-Q3.
      at('drone-1', { ...prohibit('2025-12-22'), list: 'fcc-covered', group: 'dji' }),
      // A policy effective from 2026-07-01: due by the end of 2026-Q2.
      at('rt-next', prohibit('2026-07-01')),
      // Effective before the plan starts, or with no date: due in the first quarter, with no date.
      at('rt-old', prohibit('2021-03-12')),
      at('rt-plain', prohibit()),
      // Effective after the last quarter: no quarter must replace it.
      at('rt-2030', prohibit('2030-01-01')),
    ], [], { ...opts, phases: quarters })
    expect(input.candidates.map((c) => [c.deviceId, c.deadlinePhase === undefined ? undefined : quarters[c.deadlinePhase]!.id, c.deadline])).toEqual([
      ['drone-1', '2025-Q3', '2025-12-22'], ['rt-next', '2026-Q2', '2026-07-01'], ['rt-old', '2025-Q1', undefined], ['rt-plain', '2025-Q1', undefined],
      ['rt-2030', undefined, '2030-01-01'],
    ])
    expect(dueAfterPhases).toEqual(['rt-2030'])
  })

  it('binds no phase with a deadline after the last one: a device due in 2035 need not go by 2029, and is listed', () => {
    const later: PlanDevice = { device: { id: 'tr-1', role: 'transport', site: 'muc' }, group: 'huawei', node: 'de:muc', findings: [finding('rest', { kind: 'remove_by', date: '2035-12-31' })] }
    const { input, dueAfterPhases } = buildPlanInput([...DEVICES, later], [], opts)
    expect(input.candidates.map((c) => [c.deviceId, c.deadlinePhase, c.deadline])).toEqual([
      ['core-1', 1, '2027-12-31'], ['agg-1', 0, undefined], ['tr-1', undefined, '2035-12-31'],
    ])
    expect(dueAfterPhases).toEqual(['tr-1'])
    // The last day of the last phase is still in the plan.
    const onTime: PlanDevice = { ...later, findings: [finding('rest', { kind: 'remove_by', date: '2029-12-31' })] }
    expect(buildPlanInput([onTime], [], opts).input.candidates[0]?.deadlinePhase).toBe(3)
  })

  it('imposes deadlines only from the rules named', () => {
    const { input } = buildPlanInput(DEVICES, [], { ...opts, deadlineRules: new Set(['core']) })
    expect(input.candidates.map((c) => c.deadlinePhase)).toEqual([1, undefined])
  })

  it('makes an exposed flow depend on the candidates of the untrusted nodes on its paths, weighted by class', () => {
    const f = flow({ id: 'f1', class: 'secret', untrusted: [{ node: 'de:fra', share: 1 }, { node: 'de:kl', share: 0.5 }] })
    const { input, deviceValue } = buildPlanInput(DEVICES, [f], opts)
    expect(input.flows).toEqual([{ id: 'f1', value: 1000, paths: [{ deviceIds: ['agg-1', 'core-1'], stretch: 1 }] }])
    expect(deviceValue.get('core-1')).toBe(500)
  })

  it('weighs a class whatever its case (SECRET, Secret), and lists the classes no weight names', () => {
    const through = { untrusted: [{ node: 'de:fra', share: 1 }] }
    const flows = [
      flow({ id: 'f1', class: 'SECRET', ...through }), flow({ id: 'f2', class: 'Confidential ', ...through }),
      flow({ id: 'f3', class: 'top-secret', ...through }), flow({ id: 'f4', class: 'top-secret', ...through }),
    ]
    const { input, unweightedClasses } = buildPlanInput(DEVICES, flows, opts)
    expect(input.flows.map((f) => [f.id, f.value])).toEqual([['f1', 1000], ['f2', 500], ['f3', 100], ['f4', 100]])
    expect(unweightedClasses).toEqual([{ class: 'top-secret', flows: ['f3', 'f4'] }])
    expect(formatDiagnostic({
      code: 'unweighted_flow_class', severity: 'warning', at: { file: 'flows.csv', line: 4 }, class: 'top-secret', flows: 2, weight: 1, known: ['secret=10', 'internal=1'],
    })).toBe('flows.csv:4: warning: flow class "top-secret" (2 flows) has no weight: they count 1 per unit of volume in the plan. ' +
      'Known classes: secret=10, internal=1. Give it a weight with --class-weight top-secret=<weight>, or write one of the known classes.')
  })

  it('sets aside flows that cross unknown nodes, which no replacement cleans', () => {
    const f = flow({ id: 'f2', untrusted: [{ node: 'de:fra', share: 1 }], unknown: [{ node: 'de:x', share: 1 }] })
    const { input, uncleanable } = buildPlanInput(DEVICES, [f], opts)
    expect(input.flows).toEqual([])
    expect(uncleanable).toEqual(['f2'])
    expect(buildPlanInput(DEVICES, [f], { ...opts, unknownAs: 'trusted' }).input.flows).toHaveLength(1)
  })

  it('offers the cheapest fix path as a reroute when asked', () => {
    const f = flow({ id: 'f3', untrusted: [{ node: 'de:fra', share: 1 }, { node: 'de:kl', share: 1 }], cheapestFix: { nodes: ['de:kl'], cost: 1, metric: 15 } })
    const { input } = buildPlanInput(DEVICES, [f], { ...opts, allowReroute: true })
    expect(input.flows[0]?.paths).toEqual([{ deviceIds: ['agg-1', 'core-1'], stretch: 1 }, { deviceIds: ['agg-1'], stretch: 1.5, rerouted: true }])
  })

  it('costs no replacement for a device recorded as retired or sold, and lists it for its removal to be confirmed', () => {
    const retired = (id: string, status: string): PlanDevice => ({
      device: { id, role: 'core', site: 'fra', network: 'op-de', status }, group: 'huawei', node: 'de:fra', findings: [finding('ban', { kind: 'prohibit' })],
    })
    const devices = [...DEVICES, retired('old-2', 'Sold'), retired('old-1', 'Retired'), retired('leaving-1', 'Decommissioning'), retired('spare-1', 'In Stock')]
    const { input, outOfService } = buildPlanInput(devices, [], opts)
    // Being decommissioned, it is still in the network; in stock, it is replaced before it is installed.
    expect(input.candidates.map((c) => c.deviceId)).toEqual(['core-1', 'agg-1', 'leaving-1', 'spare-1'])
    expect(outOfService).toEqual(['old-1', 'old-2'])
    expect(buildPlanInput(DEVICES, [], opts).outOfService).toEqual([])
  })

  it('cleans no flow by replacements on a node where a device recorded as out of service still forwards traffic', () => {
    const sold: PlanDevice = { device: { id: 'old-1', role: 'core', site: 'fra', status: 'Sold' }, group: 'huawei', node: 'de:fra', findings: [finding('ban', { kind: 'prohibit' })] }
    const soldCamera: PlanDevice = { device: { id: 'old-cam', role: 'camera', site: 'kl', status: 'Retired' }, group: 'hikvision', node: 'de:kl', findings: [finding('ban', { kind: 'prohibit' })] }
    const viaFra = flow({ id: 'via-fra', untrusted: [{ node: 'de:fra', share: 1 }] })
    const viaKl = flow({ id: 'via-kl', untrusted: [{ node: 'de:kl', share: 1 }] })
    const { input, uncleanable } = buildPlanInput([...DEVICES, sold, soldCamera], [viaFra, viaKl], opts)
    // core-1 is still a candidate at fra, but replacing it leaves the sold core on the path; a camera forwards no traffic.
    expect(input.candidates.map((c) => c.deviceId)).toContain('core-1')
    expect(uncleanable).toEqual(['via-fra'])
    expect(input.flows.map((f) => f.id)).toEqual(['via-kl'])
  })
})
