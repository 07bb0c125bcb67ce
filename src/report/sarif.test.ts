import { describe, expect, expectTypeOf, it } from 'vitest'
import { evaluatePolicy } from '../policy/evaluate.js'
import { item, policyOf } from '../test-support/policy.js'
import { sarifValidator } from '../test-support/sarif-schema.js'
import fc from 'fast-check'
import type { Finding, Waiver } from '../domain/finding.js'
import { lifecycleOf } from '../domain/lifecycle.js'
import { buildSarifResultJson, formatFindingMessage, toSarif, toSarifResult } from './sarif.js'

const validate = sarifValidator()

const POLICY = policyOf(`
version: 1
effective: 2026-01-01
rules:
  - id: s889-ban
    description: No covered equipment anywhere (NDAA FY2019 s.889)
    lists: [ndaa-889]
    effect: prohibit
  - id: de-5g-core
    lists: [fcc-covered]
    scope: { roles: [core] }
    effect: { remove-by: 2026-12-31 }
  - { id: parts, lists: [fcc-covered], match: components, effect: flag }
`)

const { findings } = evaluatePolicy(POLICY, [
  item('core-1', 'huawei', { name: 'fra-core-1', role: 'core' }, {
    evidence: [
      { method: 'declared', manufacturer: 'huawei', value: 'Huawei' },
      { method: 'oui', manufacturer: 'huawei', value: '00:e0:fc:12:34:56', prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
    ],
  }),
  item('cam 7', 'axis', {}, { componentGroups: ['huawei'] }),
  item('cam-9', 'dahua'),
], { now: new Date('2026-09-01T00:00:00Z'), sites: new Map() })

const CTX = {
  policyFile: 'policy.yaml', inventoryFile: 'inventory/devices 2026.csv', rules: [...POLICY.rules], toolVersion: '0.1.0',
  deviceLines: new Map([['core-1', 2], ['cam 7', 3]]),
}

describe('toSarif', () => {
  it('writes a log that validates against the official SARIF 2.1.0 schema', () => {
    const log = toSarif(findings, CTX)
    const ok = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('validates with no findings as well', () => {
    expect(validate(toSarif([], { ...CTX, rules: [] }))).toBe(true)
  })

  it('describes the rules and one result per finding with level, location and evidence, typed for a caller to read without a cast', () => {
    const log = toSarif(findings, CTX)
    const run = log.runs[0]
    expectTypeOf(run.results[0]!.level).toEqualTypeOf<'error' | 'warning' | 'note'>()
    expectTypeOf(run.results[0]!.properties.group).toEqualTypeOf<string | null>()
    expect(run.tool.driver.name).toBe('trustpath')
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['s889-ban', 'de-5g-core', 'parts'])
    expect(run.results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.region?.startLine])).toEqual([
      ['parts', 'note', 3],
      ['s889-ban', 'warning', undefined],
      ['de-5g-core', 'warning', 2],
      ['s889-ban', 'error', 2],
    ])
    expect(run.results[0]?.locations[0].physicalLocation.artifactLocation.uri).toBe('inventory/devices%202026.csv')
    expect(run.results[3]?.properties).toMatchObject({ deviceId: 'core-1', group: 'huawei', list: 'ndaa-889', deadline: '2026-01-01', confidence: 0.9 })
    expect(run.results[3]?.relatedLocations?.[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'policy.yaml' }, region: { startLine: 5 } })
  })

  it('names device, manufacturer, group, deadline and evidence in the message', () => {
    const core = findings.find((f) => f.deviceId === 'core-1' && f.rule === 's889-ban')!
    expect(formatFindingMessage(core)).toMatchInlineSnapshot(`"Device fra-core-1 (core-1) (manufacturer huawei, group huawei): huawei is on ndaa-889; prohibited from 2026-01-01 (243 days ago). Evidence (confidence 90%): declared "Huawei" → huawei; oui "00:e0:fc:12:34:56" → huawei."`)
    const cam = findings.find((f) => f.deviceId === 'cam 7')!
    expect(formatFindingMessage(cam)).toContain('fcc-covered names huawei; flagged for review')
    expect(formatFindingMessage(cam)).toContain('Note: contains hardware components of huawei, which fcc-covered names.')
    // A device named by its id, as a CSV without an id column reads it, is named once.
    expect(formatFindingMessage({ ...core, deviceId: 'sw-01', deviceName: 'sw-01' })).toMatch(/^Device sw-01 \(manufacturer huawei/)
  })

  it('gives a rule\'s own effective date among its properties, and each result its deadline and the days to it, in words and as a number', () => {
    const policy = policyOf('version: 1\neffective: 2020-08-13\nrules:\n' +
      '  - { id: dvd-5g-new, lists: [ndaa-889], effect: prohibit, effective: 2022-10-13 }\n  - { id: de-5g-core, lists: [ndaa-889], effect: { remove-by: 2026-12-31 } }\n')
    const checked = evaluatePolicy(policy, [item('gnb', 'huawei')], { now: new Date('2026-12-07T00:00:00Z'), sites: new Map() }).findings
    const run = toSarif(checked, { ...CTX, rules: [...policy.rules] }).runs[0]
    expect(validate(toSarif(checked, { ...CTX, rules: [...policy.rules] }))).toBe(true)
    expect(run.tool.driver.rules.map((r) => r.properties)).toEqual([
      { lists: ['ndaa-889'], match: 'manufacturer', effect: { kind: 'prohibit' }, effective: '2022-10-13' },
      { lists: ['ndaa-889'], match: 'manufacturer', effect: { kind: 'remove_by', date: '2026-12-31' } },
    ])
    expect(run.results.map((r) => [r.ruleId, r.properties.deadline, r.properties.daysLeft])).toEqual([['de-5g-core', '2026-12-31', 24], ['dvd-5g-new', '2022-10-13', -1516]])
    expect(run.results[0]?.message.text).toContain('to be removed by 2026-12-31 (in 24 days).')
    expect(run.results[1]?.message.text).toContain('prohibited from 2022-10-13 (1,516 days ago).')
  })

  it('calls software a banner named software, not a component of the device', () => {
    const finding: Finding = {
      rule: 'parts', deviceId: 'ksc', severity: 'error', effect: { kind: 'prohibit' }, manufacturer: 'dell', group: 'dell',
      list: 'fcc-covered', matchedGroup: 'kaspersky', confidence: 0.75, notes: ['runs software of kaspersky, which fcc-covered names'],
      evidence: [
        { method: 'oui', manufacturer: 'dell', value: 'd4:be:d9:00:00:07', prefix: 'D4BED9', registry: 'MA-L', organization: 'Dell Inc.' },
        { method: 'component', manufacturer: 'kaspersky', value: 'Kaspersky Security Center Web Console', kind: 'software' },
      ],
    }
    expect(formatFindingMessage(finding)).toContain('oui "d4:be:d9:00:00:07" → dell; software "Kaspersky Security Center Web Console" → kaspersky.')
  })
})

describe('toSarif, a waived finding', () => {
  // A base whose network replacement is contracted: its switch is waived, kept in the log as a
  // suppressed result, so that a reviewer sees it and the waiver it rests on.
  const policy = policyOf('version: 1\nrules:\n  - { id: s889-ban, lists: [ndaa-889], effect: prohibit }\n' +
    'exemptions:\n  - { site: ramstein, until: 2027-06-30, reason: "base network replacement contracted, PO 8812" }\n')
  const kept = evaluatePolicy(policy, [item('rs-sw1', 'huawei', { site: 'ramstein' }), item('fra-core1', 'huawei', { site: 'fra-1' })],
    { now: new Date('2026-12-07'), sites: new Map(), keepWaived: true }).findings
  const ctx = { policyFile: 'policy.yaml', inventoryFile: 'devices.csv', rules: [...policy.rules], toolVersion: '0.1.0', deviceLines: new Map([['rs-sw1', 2], ['fra-core1', 3]]) }

  it('writes a log with a suppressed result that validates against the official SARIF 2.1.0 schema', () => {
    const log = toSarif(kept, ctx)
    const ok = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('suppresses the waived result externally, accepted, justified by the reason, located at the exemption\'s line in the policy; the open one has none', () => {
    const results = toSarif(kept, ctx).runs[0].results
    expect(results.map((r) => [r.locations[0].logicalLocations[0].name, r.level, r.suppressions?.length ?? 0])).toEqual([['fra-core1', 'error', 0], ['rs-sw1', 'error', 1]])
    expect(results[1]!.suppressions).toEqual([{
      kind: 'external', status: 'accepted', justification: 'base network replacement contracted, PO 8812',
      location: { physicalLocation: { artifactLocation: { uri: 'policy.yaml', index: 1 }, region: { startLine: 5 } } },
      properties: { until: '2027-06-30', target: 'site ramstein', exemption: 0 },
    }])
    expect(results[1]!.properties.waiver).toMatchObject({ until: '2027-06-30', target: 'site ramstein', line: 5 })
    expect(results[1]!.message.text).toMatch(/\. Waived until 2027-06-30 by the exemption for site ramstein \(base network replacement contracted, PO 8812\), policy\.yaml:5 \(exemptions\[0\]\)\.$/)
  })
})

describe('toSarif, a finding to confirm', () => {
  it('says in its properties what to confirm, as the JSON output does, so that a script reading the log can sort them out', () => {
    // A camera whose maker rests on a MAC OUI alone (weak evidence): a warning until confirmed.
    const f: Finding = {
      rule: 's889-ban', deviceId: 'cam-12', severity: 'warning', effect: { kind: 'prohibit' }, manufacturer: 'dahua', group: 'dahua', list: 'ndaa-889',
      confidence: 0.55, evidence: [], notes: ['the manufacturer rests on weak evidence only (confirm it before acting)'], toConfirm: ['weak_evidence'],
    }
    const log = toSarif([f, findings[0]!], CTX)
    expect(validate(log)).toBe(true)
    expect(log.runs[0].results.map((r) => r.properties.toConfirm)).toEqual([['weak_evidence'], undefined])
  })
})

describe('buildSarifResultJson', () => {
  it('writes the same text as JSON.stringify of toSarifResult, for rules with and without a line', () => {
    const policy = policyOf(`
version: 1
rules:
  - { id: ban, lists: [ndaa-889], effect: prohibit }
  - { id: deadline, lists: [fcc-covered], effect: { remove-by: 2026-12-31 } }
`)
    const rules = [...policy.rules, { ...policy.rules[0]!, id: 'no-line', at: { file: 'p.yaml' } }]
    const ctx = { policyFile: 'dir with space/policy.yaml', inventoryFile: 'C:\\inv\\dev ü.csv', rules, toolVersion: '1' }
    const text = fc.string({ unit: 'binary', maxLength: 8 })
    const finding = fc.record({
      rule: fc.constantFrom('ban', 'deadline', 'no-line', 'unknown "rule"'), deviceId: text,
      severity: fc.constantFrom('error' as const, 'warning' as const, 'note' as const),
      effect: fc.constantFrom({ kind: 'prohibit' as const }, { kind: 'remove_by' as const, date: '2026-12-31' }, { kind: 'flag' as const }),
      manufacturer: fc.option(fc.constantFrom('huawei', 'zte'), { nil: undefined }), group: fc.option(fc.constantFrom('huawei', 'zte'), { nil: undefined }),
      list: fc.constantFrom('ndaa-889', 'fcc-covered'), matchedGroup: fc.option(fc.constantFrom('huawei', 'hikvision'), { nil: undefined }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      evidence: fc.array(fc.oneof(
        fc.record({ method: fc.constant('declared' as const), manufacturer: fc.constant('huawei'), value: text }),
        fc.record({ method: fc.constant('oui' as const), manufacturer: fc.constant('huawei'), value: text, prefix: fc.constant('00E0FC'), registry: fc.constant('MA-L' as const), organization: fc.constant('HUAWEI TECHNOLOGIES CO.,LTD') }),
      ), { maxLength: 3 }),
      notes: fc.array(text, { maxLength: 2 }),
      deviceName: fc.option(text, { nil: undefined }), deadline: fc.option(fc.constant('2026-01-01'), { nil: undefined }),
      deviceStatus: fc.option(fc.constantFrom('Active', 'Lost/Stolen', 'In "Stock"'), { nil: undefined }),
      waiver: fc.option(fc.constantFrom<Waiver>(
        { until: '2027-06-30', reason: 'PO "8812"', target: 'site ramstein', exemption: 1, file: 'policy.yaml', line: 8 },
        { until: '2027-12-31', reason: 'extension', target: 'network op-de-5g, rule ban', exemption: 0, file: 'policy.yaml' },
      ), { nil: undefined }),
      toConfirm: fc.option(fc.constantFrom<Finding['toConfirm']>(['weak_evidence'], ['acquired_date_undecided', 'purpose_not_established']), { nil: undefined }),
    }).map(({ deviceName, deadline, deviceStatus, waiver, toConfirm, ...rest }) => {
      const f: Finding = rest
      if (deviceName !== undefined) f.deviceName = deviceName
      if (deadline !== undefined) f.deadline = deadline
      if (deviceStatus !== undefined) {
        f.deviceStatus = deviceStatus
        f.lifecycle = lifecycleOf(deviceStatus)
      }
      if (waiver !== undefined) f.waiver = waiver
      if (toConfirm !== undefined) f.toConfirm = toConfirm
      return f
    })
    const result = buildSarifResultJson(ctx)
    fc.assert(fc.property(fc.array(fc.tuple(finding, fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined })), { minLength: 1, maxLength: 4 }), (pairs) => {
      for (const [f, line] of [...pairs, ...pairs]) expect(result(f, line)).toBe(JSON.stringify(toSarifResult(f, ctx, line)))
    }), { numRuns: 300 })
  })
})

describe('a SARIF result of a device merged from several sources (--merge)', () => {
  const policy = policyOf('version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n')
  const ctx = { policyFile: 'policy.yaml', inventoryFile: 'netbox.csv', inventoryFiles: ['netbox.csv', 'scan.xml', 'arp.txt'], rules: policy.rules, toolVersion: '1' }
  const f: Finding = {
    rule: 'ban', deviceId: 'cam-gate-1', severity: 'error', effect: { kind: 'prohibit' }, manufacturer: 'dahua', group: 'dahua', list: 'ndaa-889',
    confidence: 0.97, evidence: [], notes: [], deviceAliases: ['10.20.5.21'],
    deviceSources: [{ file: 'netbox.csv', line: 11, id: 'cam-gate-1', manufacturer: 'Lorex' }, { file: 'scan.xml', line: 19, id: '10.20.5.21' }, { file: 'arp.txt', line: 9, id: '10.20.5.21' }],
  }

  it('is located at the record it is read under, its other records after the rule as related locations, the same text streamed', () => {
    const result = toSarifResult(f, ctx, 11, 'netbox.csv')
    expect(result.relatedLocations?.map((r) => [r.id, r.physicalLocation.artifactLocation.uri, r.physicalLocation.artifactLocation.index, r.physicalLocation.region?.startLine, r.message.text])).toEqual([
      [0, 'policy.yaml', 3, 3, 'rule ban'],
      [1, 'scan.xml', 1, 19, 'device cam-gate-1, also read here as "10.20.5.21"'],
      [2, 'arp.txt', 2, 9, 'device cam-gate-1, also read here as "10.20.5.21"'],
    ])
    expect(buildSarifResultJson(ctx)(f, 11, 'netbox.csv')).toBe(JSON.stringify(result))
    expect(sarifValidator()(toSarif([f], ctx))).toBe(true)
  })
})
