import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { parsePolicy, suggest } from './parse.js'
import { KNOWN } from '../test-support/policy.js'

const EXAMPLE = readFileSync(new URL('../../test/fixtures/policy/example.yaml', import.meta.url), 'utf8')

const parse = (yaml: string) => parsePolicy(yaml, { file: 'policy.yaml' }, KNOWN)
const codes = (yaml: string) => parse(yaml).diagnostics.map((d) => `${d.code}@${d.at.line}`)
const formatted = (yaml: string) => parse(yaml).diagnostics.map(formatDiagnostic).join('\n')

describe('parsePolicy', () => {
  it('parses the documented example into rules, lists, sites and exemptions', () => {
    const { policy, diagnostics } = parsePolicy(EXAMPLE, { file: 'example.yaml' }, KNOWN)
    expect(diagnostics).toEqual([])
    expect(policy?.effective).toBe('2026-01-01')
    expect(policy?.rules.map((r) => [r.id, r.match, r.effect.kind, r.at.line])).toEqual([
      ['s889-ban', 'manufacturer', 'prohibit', 9],
      ['de-5g-core', 'manufacturer', 'remove_by', 13],
      ['base-zone', 'manufacturer', 'prohibit', 18],
      ['components', 'components', 'flag', 22],
    ])
    expect(policy?.rules[1]).toMatchObject({ scope: { roles: ['core'], networks: ['op-de'] }, effect: { date: '2026-12-31' } })
    expect([...(policy?.lists.keys() ?? [])]).toEqual(['fcc-covered', 'ndaa-889', 'high-risk-extra'])
    expect(policy?.lists.get('high-risk-extra')?.entries.map((e) => e.group)).toEqual(['fiberhome', 'uniview'])
    expect(policy?.sites[0]).toMatchObject({ id: 'ramstein', kind: 'military-base', lat: 49.4369 })
    expect(policy?.exemptions[0]).toMatchObject({ device: 'cam-042', rule: 'base-zone', until: '2027-06-30', at: { file: 'example.yaml', line: 27 } })
  })

  it('reports YAML syntax errors with line and column', () => {
    const { policy, diagnostics } = parse('version: 1\nrules:\n  - id: a\n   lists: [x\n')
    expect(policy).toBeUndefined()
    expect(diagnostics[0]).toMatchObject({ code: 'policy_syntax', severity: 'error', at: { file: 'policy.yaml', line: expect.any(Number), column: expect.any(Number) } })
  })

  it('reports a duplicate key as a syntax error on its line', () => {
    expect(codes('version: 1\nversion: 1\nrules: []\n')).toEqual(['policy_syntax@2'])
  })

  it('names the key path, the expected and the actual value of a bad effect', () => {
    const yaml = 'version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: prohibit }\n  - { id: b, lists: [ndaa-889], effect: flag }\n  - id: c\n    lists: [ndaa-889]\n    effect: ban\n'
    expect(formatted(yaml)).toMatchInlineSnapshot(`"policy.yaml:7:13: error: rules[2].effect: invalid value. Expected prohibit, flag or {remove-by: YYYY-MM-DD}, got "ban"."`)
  })

  it('rejects dates that are not on the calendar', () => {
    const yaml = 'version: 1\neffective: 2026-02-29\nrules:\n  - { id: a, lists: [ndaa-889], effect: { remove-by: 2028-02-29 } }\nexemptions:\n  - { rule: a, until: 2027-13-01, reason: x }\n'
    expect(parse(yaml).diagnostics.map((d) => [d.code, d.at.line, d.code === 'policy_invalid' && d.problem])).toEqual([
      ['policy_invalid', 2, 'effective: invalid value'],
      ['policy_invalid', 6, 'exemptions[0].until: invalid value'],
    ])
  })

  it('reports missing required keys at the enclosing node', () => {
    const yaml = 'version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n'
    expect(parse(yaml).diagnostics).toMatchObject([{ code: 'policy_invalid', problem: 'rules[0].effect is missing', at: { line: 3 } }])
  })

  it('reports an exemption without until or reason', () => {
    const yaml = 'version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag }\nexemptions:\n  - { rule: a }\n'
    expect(parse(yaml).diagnostics.map((d) => d.code === 'policy_invalid' && d.problem))
      .toEqual(['exemptions[0].until is missing', 'exemptions[0].reason is missing'])
  })

  it('reports an unknown key with a suggestion, at the key', () => {
    const yaml = 'version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scop: { roles: [core] }\n    effect: flag\n'
    expect(formatted(yaml)).toMatchInlineSnapshot(`"policy.yaml:5:5: error: rules[0]: unknown key "scop" (did you mean "scope"?). Expected one of id, description, lists, match, scope, effect, severity, purposes."`)
  })

  it('rejects unknown roles, purposes and severities', () => {
    const yaml = 'version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope: { roles: [core, router] }\n    purposes: [fun]\n    severity: fatal\n    effect: flag\n'
    expect(codes(yaml)).toEqual(['policy_invalid@5', 'policy_invalid@6', 'policy_invalid@7'])
  })

  it('rejects a geofence without a positive radius', () => {
    expect(codes('version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope: { near: { kind: embassy, km: -1 } }\n    effect: flag\n'))
      .toEqual(['policy_invalid@5'])
  })

  it('rejects a version other than 1 and a policy without rules', () => {
    expect(codes('version: 2\nrules: []\n')).toEqual(['policy_invalid@1', 'policy_invalid@2'])
  })

  it('reports a rule naming an unknown list, with the known lists and the close ones', () => {
    const yaml = 'version: 1\nlists:\n  extra: [fiberhome]\nrules:\n  - id: a\n    lists: [fcc-covred]\n    effect: flag\n'
    expect(parse(yaml).diagnostics).toMatchObject([{ code: 'unknown_list', list: 'fcc-covred', known: ['extra', 'fcc-covered', 'ndaa-889'], at: { line: 6 } }])
    expect(formatted(yaml.replace('fcc-covred', 'ndaa889'))).toMatch(/did you mean "ndaa-889"\?/)
    expect(formatted(yaml)).toMatchInlineSnapshot(`"policy.yaml:6:13 (rules[0].lists[0]): error: unknown vendor list "fcc-covred" (did you mean "fcc-covered"?). Known lists: extra, fcc-covered, ndaa-889. Define it under "lists:" or use a built-in list."`)
  })

  it('reports an unknown manufacturer in a user list with close suggestions', () => {
    const yaml = 'version: 1\nlists:\n  extra:\n    - fiberhome\n    - hikvison\nrules:\n  - { id: a, lists: [extra], effect: flag }\n'
    expect(parse(yaml).diagnostics).toMatchObject([{ code: 'unknown_manufacturer', manufacturer: 'hikvison', suggestions: ['hikvision'], at: { line: 5 } }])
    expect(formatted(yaml)).toMatchInlineSnapshot(`"policy.yaml:5:7 (lists.extra[1]): error: unknown manufacturer "hikvison". Did you mean "hikvision"? Run \`trustpath catalog manufacturers\` for the catalog slugs."`)
  })

  it('refuses to redefine a built-in list', () => {
    expect(codes('version: 1\nlists:\n  ndaa-889: [huawei]\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag }\n')).toEqual(['policy_invalid@3'])
  })

  it('reports duplicate rule ids at the second one, naming the first', () => {
    const yaml = 'version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag }\n  - { id: a, lists: [fcc-covered], effect: flag }\n'
    expect(parse(yaml).diagnostics).toMatchObject([{ code: 'policy_invalid', problem: 'rules[1].id: "a" is already the id of rules[0] (line 3)', at: { line: 4 } }])
  })

  it('reports duplicate site ids', () => {
    const yaml = 'version: 1\nsites:\n  - { id: s, kind: embassy, lat: 1, lon: 2 }\n  - { id: s, kind: embassy, lat: 1, lon: 3 }\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag }\n'
    expect(codes(yaml)).toEqual(['policy_invalid@4'])
  })

  it('reports an exemption naming an unknown rule, and one naming nothing', () => {
    const yaml = 'version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag }\nexemptions:\n  - { rule: b, until: 2027-01-01, reason: x }\n  - { until: 2027-01-01, reason: y }\n'
    expect(parse(yaml).diagnostics.map((d) => d.code === 'policy_invalid' && [d.problem, d.at.line])).toEqual([
      ['exemptions[0].rule: no rule has the id "b"', 5],
      ['exemptions[1]: names neither a device nor a rule', 6],
    ])
  })

  it('treats an empty file as a policy without version and rules', () => {
    expect(codes('')).toEqual(['policy_invalid@1', 'policy_invalid@1'])
  })
})

describe('suggest', () => {
  it('offers close slugs by edit distance and prefix, closest first', () => {
    expect(suggest('huwei', ['huawei', 'zte', 'hikvision'])).toEqual(['huawei'])
    expect(suggest('hik', ['huawei', 'hikvision'])).toEqual(['hikvision'])
    expect(suggest('nokia', ['huawei', 'zte'])).toEqual([])
  })
})
