import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Evidence } from '../domain/evidence.js'
import type { ConfirmReason, Finding, Waiver } from '../domain/finding.js'
import { lifecycleOf } from '../domain/lifecycle.js'
import { ByteOutput, textOf } from '../util/byte-output.js'
import { buildFindingJsonBytes } from './finding-json.js'

const text = fc.string({ unit: 'binary', maxLength: 12 })

const evidence: fc.Arbitrary<Evidence> = fc.oneof(
  fc.record({ method: fc.constant('declared' as const), manufacturer: text, value: text }),
  fc.record({
    method: fc.constant('oui' as const), manufacturer: fc.constantFrom('huawei', 'zte'), value: text,
    prefix: fc.constantFrom('00E0FC', '4C09B4', '70B3D5123'), registry: fc.constantFrom('MA-L' as const, 'MA-S' as const),
    organization: fc.constantFrom('HUAWEI TECHNOLOGIES CO.,LTD', 'zte corporation', 'Ünïcode "quoted" \\ org'),
  }),
  fc.record({
    method: fc.constant('banner' as const), manufacturer: text, value: text, pattern: text, protocol: text,
    product: text, version: text,
  }, { requiredKeys: ['method', 'manufacturer', 'value', 'pattern', 'protocol'] }),
)

/** Waivers as compilePolicy builds them: one object per exemption, shared by the findings it waives. */
const WAIVERS: readonly Waiver[] = [
  { until: '2027-06-30', reason: 'replacement ordered, PO 4711', target: 'device cam-042, rule base-zone', exemption: 0, file: 'policy.yaml', line: 7 },
  { until: '2027-12-31', reason: 'regulator\'s "extension" — Ä', target: 'network op-de-5g', exemption: 3, file: 'C:\\p\\policy.yaml' },
]

/** Findings in the shape checkDevice builds: keys in its order, optional ones assigned at the end. */
const finding: fc.Arbitrary<Finding> = fc.record({
  rule: text, deviceId: text, severity: fc.constantFrom('error' as const, 'warning' as const, 'note' as const),
  effect: fc.oneof(fc.constant({ kind: 'prohibit' as const }), fc.record({ kind: fc.constant('remove_by' as const), date: text })),
  manufacturer: fc.option(text, { nil: undefined }), group: fc.option(text, { nil: undefined }), list: text,
  matchedGroup: fc.option(text, { nil: undefined }), confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  evidence: fc.array(evidence, { maxLength: 4 }), notes: fc.array(text, { maxLength: 2 }),
  deviceName: fc.option(text, { nil: undefined }), deadline: fc.option(text, { nil: undefined }), daysLeft: fc.integer({ min: -3000, max: 3000 }),
  deviceStatus: fc.option(fc.constantFrom('Active', 'Retired', 'In "Stock"', 'Décommissionné'), { nil: undefined }),
  toConfirm: fc.option(fc.constantFrom<readonly ConfirmReason[]>(['weak_evidence'], ['acquired_date_undecided', 'purpose_not_established']), { nil: undefined }),
  waiver: fc.option(fc.constantFrom(...WAIVERS), { nil: undefined }),
}).map((f) => {
  const { deviceName, deadline, daysLeft, deviceStatus, toConfirm, waiver, ...rest } = f
  const out: Finding = rest
  if (deviceName !== undefined) out.deviceName = deviceName
  if (deadline !== undefined) {
    out.deadline = deadline
    out.daysLeft = daysLeft
  }
  if (deviceStatus !== undefined) {
    out.deviceStatus = deviceStatus
    out.lifecycle = lifecycleOf(deviceStatus)
  }
  if (toConfirm !== undefined) out.toConfirm = toConfirm
  if (waiver !== undefined) out.waiver = waiver
  return out
})

describe('buildFindingJsonBytes, read as text', () => {
  it('writes the same text as JSON.stringify, also for shared objects met again', () => {
    const bytes = buildFindingJsonBytes()
    const json = (f: Finding) => textOf((out) => bytes(f, out))
    fc.assert(fc.property(fc.array(finding, { minLength: 1, maxLength: 5 }), (fs) => {
      // Each finding twice: the second time its evidence, effect and notes come from the caches.
      for (const f of [...fs, ...fs]) expect(json(f)).toBe(JSON.stringify(f))
    }), { numRuns: 300 })
  })

  it('does not take one block\'s OUI evidence text for another that shares its prefix text', () => {
    const bytes = buildFindingJsonBytes()
    const json = (f: Finding) => textOf((out) => bytes(f, out))
    const at = (manufacturer: string, organization: string, value: string): Finding => ({
      rule: 'r', deviceId: 'd', severity: 'error', effect: { kind: 'prohibit' }, manufacturer, group: manufacturer, list: 'l',
      confidence: 1, evidence: [{ method: 'oui', manufacturer, value, prefix: '00E0FC', registry: 'MA-L', organization }], notes: [],
    })
    const a = at('huawei', 'A', 'x')
    const b = at('zte', 'B', 'y')
    expect([json(a), json(b), json(a)]).toEqual([JSON.stringify(a), JSON.stringify(b), JSON.stringify(a)])
  })
})

describe('buildFindingJsonBytes', () => {
  const decoder = new TextDecoder()

  it('writes the UTF-8 of JSON.stringify, also from the pieces it cached', () => {
    const bytes = buildFindingJsonBytes()
    fc.assert(fc.property(fc.array(finding, { minLength: 1, maxLength: 5 }), (fs) => {
      const out = new ByteOutput(8) // tiny, so that it grows while it is written
      for (const f of [...fs, ...fs]) bytes(f, out)
      expect(decoder.decode(out.view())).toBe([...fs, ...fs].map((f) => JSON.stringify(f)).join(''))
    }), { numRuns: 300 })
  })

  it('does not share the cached middle of findings that differ in one value', () => {
    const bytes = buildFindingJsonBytes()
    const effect = { kind: 'prohibit' as const }
    const base: Finding = { rule: 'r', deviceId: 'd', severity: 'error', effect, manufacturer: 'ab', group: 'c', list: 'l', confidence: 1, evidence: [], notes: [] }
    // The same characters split between two values differently, and each value left out in turn.
    const { confidence, evidence, notes } = base
    const variants: Finding[] = [
      base, { ...base, manufacturer: 'a', group: 'bc' }, { ...base, manufacturer: undefined }, { ...base, confidence: 0.5 },
      { rule: 'r', deviceId: 'd', severity: 'error', effect, manufacturer: 'ab', group: 'c', list: 'l', matchedGroup: 'c', confidence, evidence, notes },
    ]
    for (const f of variants) if (f.manufacturer === undefined) delete f.manufacturer
    const out = new ByteOutput()
    for (const f of [...variants, ...variants]) bytes(f, out)
    expect(decoder.decode(out.view())).toBe([...variants, ...variants].map((f) => JSON.stringify(f)).join(''))
  })
})


describe('the JSON of a finding on a device merged from several sources (--merge)', () => {
  it('gives the device\'s other ids and records as JSON.stringify writes them', () => {
    const f: Finding = {
      rule: 'ban', deviceId: 'cam-gate-1', severity: 'error', effect: { kind: 'prohibit' }, manufacturer: 'dahua', group: 'dahua', list: 'ndaa-889',
      confidence: 0.97, evidence: [], notes: [], deviceAliases: ['10.20.5.21'],
      deviceSources: [{ file: 'netbox.csv', line: 11, id: 'cam-gate-1', manufacturer: 'Lorex' }, { file: 'scan.xml', line: 19, id: '10.20.5.21' }],
    }
    expect(textOf((out) => buildFindingJsonBytes()(f, out))).toBe(JSON.stringify(f))
  })
})
