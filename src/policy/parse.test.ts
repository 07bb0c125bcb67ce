import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { suggest } from '../util/suggest.js'
import { parsePolicy } from './parse.js'
import { KNOWN } from '../test-support/policy.js'

const EXAMPLE = readFileSync(new URL('../../test/fixtures/policy/example.yaml', import.meta.url), 'utf8')

const parse = (yaml: string) => parsePolicy(yaml, { file: 'policy.yaml' }, KNOWN)
const codes = (yaml: string) => parse(yaml).diagnostics.map((d) => `${d.code}@${d.at.line}`)
const formatted = (yaml: string) => parse(yaml).diagnostics.map(formatDiagnostic).join('\n')

describe('parsePolicy', () => {
  it('tells an inventory or another table given as the policy as what it is, in one error, and still reads a policy written as JSON', () => {
    const jsonl = '{"id":"d1","manufacturer":"Huawei"}\n{"id":"d2","manufacturer":"ZTE"}\n'
    expect(formatted(jsonl)).toBe('policy.yaml:1: error: the file is JSON Lines (a record a line, as an inventory is), not a YAML policy. ' +
      'Expected a YAML map with version: 1 and rules (docs/policy.md); check that the policy, not the inventory or another table, follows -p.')
    expect(codes('# devices\n\nid,name,manufacturer\nd1,rt-1,Huawei\n')).toEqual(['policy_invalid@3'])
    expect(formatted('id\tmanufacturer\nd1\tHuawei\n')).toMatch(/^policy\.yaml:1: error: the file is a table \(CSV: a header line and rows\), not a YAML policy/)
    expect(formatted('<?xml version="1.0"?>\n<nmaprun>\n')).toMatch(/^policy\.yaml:1: error: the file is XML, not a YAML policy/)
    // A policy in JSON is YAML, and one whose first lines have no colon yet is still read as YAML.
    expect(parse('{"version": 1, "rules": [{"id": "ban", "lists": ["ndaa-889"], "effect": "prohibit"}]}\n').diagnostics).toEqual([])
    expect(parse('---\n# a, b, c\nversion: 1\nrules:\n  - {id: ban, lists: [ndaa-889], effect: prohibit}\n').diagnostics).toEqual([])
  })

  it('parses the documented example into rules, lists, sites and exemptions', () => {
    const { policy, diagnostics } = parsePolicy(EXAMPLE, { file: 'example.yaml' }, KNOWN)
    expect(diagnostics).toEqual([])
    expect(policy?.effective).toBe('2026-01-01')
    expect(policy?.rules.map((r) => [r.id, r.match, r.effect.kind, r.at.line])).toEqual([
      ['s889-ban', 'manufacturer', 'prohibit', 10],
      ['de-5g-core', 'manufacturer', 'remove_by', 14],
      ['base-zone', 'manufacturer', 'prohibit', 19],
      ['components', 'components', 'flag', 23],
    ])
    expect(policy?.rules[1]).toMatchObject({ scope: { roles: ['core'], networks: ['op-de'] }, effect: { date: '2026-12-31' } })
    expect([...(policy?.lists.keys() ?? [])]).toEqual(['fcc-covered', 'ndaa-889', 'high-risk-extra', 'huawei-zte'])
    expect(policy?.rules[1]?.lists).toEqual(['huawei-zte'])
    expect(policy?.lists.get('high-risk-extra')?.entries.map((e) => e.group)).toEqual(['fiberhome', 'uniview'])
    expect(policy?.sites[0]).toMatchObject({ id: 'ramstein', kind: 'military-base', lat: 49.4369 })
    expect(policy?.exemptions[0]).toMatchObject({ device: 'cam-042', rule: 'base-zone', until: '2027-06-30', at: { file: 'example.yaml', line: 28 } })
  })

  it('reads the documented example saved with a carriage return alone at each line end, its lines where an editor shows them', () => {
    const { policy, diagnostics } = parsePolicy(EXAMPLE.replaceAll('\n', '\r'), { file: 'example.yaml' }, KNOWN)
    expect(diagnostics).toEqual([])
    expect(policy?.rules.map((r) => [r.id, r.at.line])).toEqual([['s889-ban', 10], ['de-5g-core', 14], ['base-zone', 19], ['components', 23]])
  })

  it('reports YAML syntax errors with line and column', () => {
    const { policy, diagnostics } = parse('version: 1\nrules:\n  - id: a\n   lists: [x]\n')
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
    // Each says what makes it no day, so that the fix is plain.
    expect(formatted(yaml).split('\n')).toEqual([
      'policy.yaml:2:12: error: effective: invalid value. Expected a real calendar date as YYYY-MM-DD (February 2026 has 28 days), got "2026-02-29".',
      'policy.yaml:6:23: error: exemptions[0].until: invalid value. Expected a real calendar date as YYYY-MM-DD ' +
        '(there is no month 13: the month comes second, the day last), got "2027-13-01".',
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
    expect(formatted(yaml)).toMatchInlineSnapshot(`"policy.yaml:5:5: error: rules[0]: unknown key "scop" (did you mean "scope"?). Expected one of id, description, lists, match, scope, effect, effective, severity, purposes."`)
  })

  it('reports a key that is a list as an unknown key, without the YAML library\'s own warning on standard error', () => {
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
    try {
      const yaml = 'version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag, [core, ran]: x }\n'
      expect(formatted(yaml)).toMatchInlineSnapshot(`"policy.yaml:3:5: error: rules[0]: unknown key "[ core, ran ]". Expected one of id, description, lists, match, scope, effect, effective, severity, purposes."`)
      expect(warnings).not.toHaveBeenCalled()
    } finally {
      warnings.mockRestore()
    }
  })

  it('tells a misspelled required key once, by the unknown key that names it, not also as the key missing', () => {
    const yaml = 'version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    efect: prohibit\n'
    expect(formatted(yaml)).toBe('policy.yaml:5:5: error: rules[0]: unknown key "efect" (did you mean "effect"?). ' +
      'Expected one of id, description, lists, match, scope, effect, effective, severity, purposes.')
    expect(codes('version: 1\nrulse:\n  - { id: a, lists: [ndaa-889], effect: flag }\n')).toEqual(['policy_invalid@2'])
    // A key that names nothing close leaves the missing one reported.
    expect(formatted('version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    action: prohibit\n')).toMatch(/rules\[0\]\.effect is missing/)
  })

  it('rejects unknown roles, purposes and severities', () => {
    const yaml = 'version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope: { roles: [core, router] }\n    purposes: [fun]\n    severity: fatal\n    effect: flag\n'
    expect(codes(yaml)).toEqual(['policy_invalid@5', 'policy_invalid@6', 'policy_invalid@7'])
  })

  it('reads a scope by lifecycle status, and tells a status written where its class goes which class it is', () => {
    const ok = parse('version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope: { status: [in-service, not-deployed] }\n    effect: flag\n')
    expect(ok.diagnostics).toEqual([])
    expect(ok.policy?.rules[0]?.scope).toEqual({ status: ['in-service', 'not-deployed'] })
    const yaml = 'version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope:\n      status: [active, Retired]\n    effect: flag\n'
    expect(codes(yaml)).toEqual(['policy_invalid@6', 'policy_invalid@6'])
    expect(formatted(yaml)).toMatchInlineSnapshot(`
      "policy.yaml:6:16: error: rules[0].scope.status[0]: invalid value. Expected one of in-service, not-deployed, out-of-service, the classes of the statuses inventories record (for devices recorded as "active", write in-service), got "active".
      policy.yaml:6:24: error: rules[0].scope.status[1]: invalid value. Expected one of in-service, not-deployed, out-of-service, the classes of the statuses inventories record (for devices recorded as "Retired", write out-of-service), got "Retired"."
    `)
    // a class in another case: how to write it, with no word of a recorded status read as another class
    expect(formatted('version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope: { status: [Out-Of-Service] }\n    effect: flag\n')).toMatchInlineSnapshot(`"policy.yaml:5:23: error: rules[0].scope.status[0]: invalid value. Expected one of in-service, not-deployed, out-of-service, got "Out-Of-Service". Write it as out-of-service."`)
    expect(codes('version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope: { status: [] }\n    effect: flag\n')).toEqual(['policy_invalid@5'])
    expect(formatted('version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope: { status: retired }\n    effect: flag\n')).toMatch(/scope\.status.*a list of lifecycle classes/)
  })

  it('reads a scope by the days equipment was bought or installed, and refuses a period that names no day or none in order', () => {
    const ok = parse('version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope: { acquired: { from: 2022-10-13 } }\n    effect: prohibit\n')
    expect(ok.diagnostics).toEqual([])
    expect(ok.policy?.rules[0]?.scope).toEqual({ acquired: { from: '2022-10-13' } })
    const yaml = 'version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    scope: { acquired: {} }\n    effect: prohibit\n' +
      '  - id: b\n    lists: [ndaa-889]\n    scope: { acquired: { from: 2022-10-13, until: 2020-06-30 } }\n    effect: prohibit\n'
    expect(formatted(yaml)).toMatchInlineSnapshot(`
      "policy.yaml:5:24: error: rules[0].scope.acquired: names no day. Expected from: YYYY-MM-DD (bought or installed on or after it), until: YYYY-MM-DD (on or before it), or both.
      policy.yaml:9:51: error: rules[1].scope.acquired: until 2020-06-30 is before from 2022-10-13, so no device falls in it. Expected from on or before until (both days count)."
    `)
    // The words of the rules themselves: Canada's "after September 1, 2022", "obtained on or before June 30, 2020".
    const words = 'version: 1\nrules:\n  - id: c\n    lists: [ndaa-889]\n    scope: { acquired: { after: 2022-09-01, before: 2020-07-01 } }\n    effect: prohibit\n'
    expect(formatted(words)).toMatchInlineSnapshot(`
      "policy.yaml:5:26: error: rules[0].scope.acquired: unknown key "after" (write from: 2022-09-02: both days of a period count). Expected one of from, until.
      policy.yaml:5:45: error: rules[0].scope.acquired: unknown key "before" (write until: 2020-06-30: both days of a period count). Expected one of from, until."
    `)
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

  it('tells manufacturers written where a rule names lists (lists: [huawei, zte], as Germany\'s agreements name them) once, with the list to define', () => {
    const yaml = 'version: 1\nrules:\n  - { id: de-5g-core, lists: [huawei, zte], scope: { roles: [core] }, effect: { remove-by: 2026-12-31 } }\n'
    expect(codes(yaml)).toEqual(['unknown_list@3'])
    expect(formatted(yaml)).toBe('policy.yaml:3:31 (rules[0].lists[0]): error: unknown vendor list "huawei": "huawei" and "zte" are manufacturers, and a rule names vendor lists. ' +
      'Define a list at the top and name it in the rule: lists: { huawei-zte: [huawei, zte] }, then lists: [huawei-zte] in the rule. Known lists: fcc-covered, ndaa-889.')
    // What it says works.
    expect(parse(yaml.replace('[huawei, zte]', '[huawei-zte]').replace('rules:', 'lists: { huawei-zte: [huawei, zte] }\nrules:')).diagnostics).toEqual([])
    // A list id that is no manufacturer is still an unknown list, with the close ones.
    expect(formatted('version: 1\nrules:\n  - { id: a, lists: [ndaa889], effect: prohibit }\n')).toMatch(/unknown vendor list "ndaa889" \(did you mean "ndaa-889"\?\)/)
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
      ['exemptions[1]: names no device, site, network or rule', 6],
    ])
  })

  it('reports an empty file, or one of comments only, once as an empty policy', () => {
    expect(formatted('')).toMatchInlineSnapshot(`"policy.yaml:1: error: the policy is empty. Expected a map with version: 1 and rules (the example in docs/policy.md is a start)."`)
    expect(codes('# draft\n# TODO\n')).toEqual(['policy_invalid@1'])
  })
})

describe('parsePolicy on policies as users write them', () => {
  const RULE = 'rules:\n  - { id: a, lists: [ndaa-889], effect: prohibit }\n'

  it('tells the fix for a syntax error: tabs, a repeated key, a second document', () => {
    expect(formatted('version: 1\nrules:\n\t- id: a\n')).toMatch(/Tabs are not allowed as indentation\. Indent with spaces, not tabs\.$/)
    // A rule one of whose keys an editor indented with a tab: the tab is told, not the misaligned key below it that follows from it.
    expect(formatted('version: 1\nrules:\n  - id: a\n\t  lists: [ndaa-889]\n    effect: prohibit\n'))
      .toBe('policy.yaml:4:1: error: the policy is not valid YAML: Tabs are not allowed as indentation. Indent with spaces, not tabs.')
    expect(parse('version: 1\nversion: 1\n').diagnostics).toMatchObject([{ code: 'policy_syntax', yamlCode: 'DUPLICATE_KEY', at: { line: 2 } }])
    expect(formatted(`version: 1\n${RULE}---\nversion: 1\n`)).toMatchInlineSnapshot(`"policy.yaml:4:1: error: the policy is not valid YAML: the file holds more than one YAML document. A policy is one YAML document: remove the "---" line, or split the file."`)
  })

  it('says once, and in its own words, that lists nested thousands of levels deep cannot be read', () => {
    const { diagnostics } = parse(`version: 1\nrules: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)
    // The column is where the parser's stack ran out, which depends on the machine.
    expect(diagnostics).toMatchObject([{ code: 'policy_syntax', yamlCode: 'RESOURCE_EXHAUSTION', at: { line: 2 } }])
    expect(formatDiagnostic(diagnostics[0]!).replace(/^policy\.yaml:2:\d+: /, '')).toMatchInlineSnapshot(`"error: the policy is not valid YAML: its lists or maps are nested too deeply to be read. A policy nests a few levels (rules, their match, lists): look for brackets that are never closed or indentation that keeps growing."`)
  })

  it('refuses lists nested a hundred levels deep at the list that goes past, before the YAML parser recurses into them', () => {
    // Read by the parser's recursion, nesting some thousands deep could abort Node itself (a
    // regular expression compiled with the stack run out), beyond the reach of any catch.
    const { diagnostics } = parse(`version: 1\nrules: ${'['.repeat(150)}${']'.repeat(150)}\n`)
    expect(diagnostics).toEqual([{
      code: 'policy_syntax', severity: 'error', at: { file: 'policy.yaml', line: 2, column: 107 }, yamlCode: 'RESOURCE_EXHAUSTION',
      problem: 'its lists or maps are nested too deeply to be read',
    }])
    const blocks = parse(`version: 1\nrules:\n${'- '.repeat(120)}x\n`).diagnostics
    expect(blocks).toMatchObject([{ code: 'policy_syntax', yamlCode: 'RESOURCE_EXHAUSTION', at: { line: 3, column: 199 } }])
  })

  it('refuses list items nested thousands deep on one line at that line, where the YAML parser overflowed the stack', () => {
    const { diagnostics } = parse(`# rules\n${'- '.repeat(20000)}\nversion: 1\n`)
    expect(diagnostics).toEqual([{
      code: 'policy_syntax', severity: 'error', at: { file: 'policy.yaml', line: 2 }, yamlCode: 'RESOURCE_EXHAUSTION',
      problem: 'its lists or maps are nested too deeply to be read',
    }])
  })

  it('tells lists nested thousands of levels deep and cut short as a file cut short, where it overflowed the stack', () => {
    const { diagnostics } = parse(`version: 1\nrules: ${'['.repeat(5000)}`)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ code: 'policy_truncated', at: { line: 2, column: 5008 } })
    expect(diagnostics[0]!.code === 'policy_truncated' && diagnostics[0]!.open).toHaveLength(5000)
  })

  it('reads CRLF line ends and JSON, which is YAML', () => {
    expect(parse(`version: 1\r\n${RULE.replaceAll('\n', '\r\n')}`).diagnostics).toEqual([])
    expect(parse('{"version": 1, "rules": [{"id": "a", "lists": ["ndaa-889"], "effect": "flag"}]}').policy?.rules).toHaveLength(1)
  })

  it('refuses an alias bomb quickly, at its first alias', () => {
    const levels = Array.from({ length: 12 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`)
    const yaml = `version: 1\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${levels.join('\n')}\n${RULE}`
    // Expanded, it would hold 9^13 items: refused at once, or the test never ends.
    const { diagnostics } = parse(yaml)
    expect(diagnostics).toMatchObject([{ code: 'policy_syntax', yamlCode: 'ALIAS_LIMIT', at: { line: 3 } }])
  })

  it('tells a list that names another list that rules combine lists, rather than that the list is an unknown manufacturer', () => {
    expect(formatted(`version: 1\nlists:\n  extra: [ndaa-889, fiberhome]\nrules:\n  - { id: a, lists: [extra], effect: prohibit }\n`)).toMatchInlineSnapshot(`"policy.yaml:3:11: error: lists.extra[0]: "ndaa-889" is a vendor list, not a manufacturer. Expected manufacturer slugs only; to check both lists, name them side by side in the rule (lists: [ndaa-889, extra])."`)
  })

  it('says where a key written at the wrong level belongs: roles in the scope, exemptions at the top', () => {
    expect(formatted('version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    roles: [camera]\n    effect: prohibit\n' +
      '    exemptions:\n      - { device: cam-042, until: 2027-06-30, reason: PO 4711 }\n')).toMatchInlineSnapshot(`
        "policy.yaml:5:5: error: rules[0]: unknown key "roles" ("roles" is a key of a rule's scope: write scope: { roles: ... }). Expected one of id, description, lists, match, scope, effect, effective, severity, purposes.
        policy.yaml:7:5: error: rules[0]: unknown key "exemptions" ("exemptions" is a top-level key: write it at the left margin, beside rules:). Expected one of id, description, lists, match, scope, effect, effective, severity, purposes."
      `)
  })

  it('says to quote a value with a comma in a { } map, whose rest was read as a key', () => {
    expect(formatted(`version: 1\n${RULE}exemptions:\n  - { device: cam-042, until: 2027-06-30, reason: PO 4711, delivery late }\n`)).toMatchInlineSnapshot(`"policy.yaml:5:60: error: exemptions[0]: unknown key "delivery late" (a comma inside { } ends a value: put a value that holds a comma in quotes, e.g. reason: "PO 4711, delivery late"). Expected one of device, site, network, rule, until, reason."`)
  })

  it('refuses a site with one coordinate, at that coordinate', () => {
    expect(formatted(`version: 1\nsites:\n  - { id: ramstein, kind: military-base, lat: 49.4369 }\n${RULE}`)).toMatchInlineSnapshot(`"policy.yaml:3:47: error: sites[0]: lat without lon. Expected both lat and lon in decimal degrees (or neither), got only lat."`)
  })

  it('tells a misspelled anchor and a merge of a text at the alias, not as an alias bomb or a crash', () => {
    const shared = 'version: 1\nrules:\n  - &ban { id: a, lists: [ndaa-889], effect: prohibit }\n'
    expect(formatted(`${shared}  - { <<: *bam, id: b }\n`)).toMatchInlineSnapshot(`"policy.yaml:4:11: error: the policy is not valid YAML: the alias *bam names no anchor &bam above it. An alias (*name) must refer to an anchor (&name) defined above it: check the spelling of both."`)
    expect(parse(`${shared}  - { id: b, lists: [ndaa-889], effect: *eff }\n`).diagnostics)
      .toMatchObject([{ code: 'policy_syntax', yamlCode: 'BAD_ALIAS', at: { line: 4, column: 41 } }])
    expect(parse(`${shared}  - { <<: [*ban, *nope], id: b }\n`).diagnostics).toMatchObject([{ yamlCode: 'BAD_ALIAS', at: { line: 4, column: 18 } }])
    expect(parse(`version: 1\nrules:\n  - { id: &id a, lists: [ndaa-889], effect: prohibit }\n  - { <<: *id, id: b }\n`).diagnostics)
      .toMatchObject([{ code: 'policy_syntax', yamlCode: 'BAD_MERGE', at: { line: 4, column: 11 } }])
    expect(formatted(`${shared}  - { <<: [*ban, 3], id: b }\n`)).toMatchInlineSnapshot(`"policy.yaml:4:11: error: the policy is not valid YAML: a merge key (<<) takes a map, an alias (*name) of a map or a list of those. Put an anchor on a map of the shared settings (- &base { lists: [ndaa-889], effect: prohibit }) and merge it with <<: *base."`)
  })

  it('merges shared settings with a merge key, also into many rules', () => {
    const many = Array.from({ length: 300 }, (_, i) => `  - { <<: *base, id: r${i} }`).join('\n')
    const { policy, diagnostics } = parse(`version: 1\nrules:\n  - &base { id: base, lists: [ndaa-889], effect: { remove-by: 2027-06-30 } }\n${many}\n`)
    expect(diagnostics).toEqual([])
    expect(policy?.rules).toHaveLength(301)
    expect(policy?.rules[300]).toMatchObject({ id: 'r299', lists: ['ndaa-889'], effect: { kind: 'remove_by', date: '2027-06-30' } })
  })

  it('says how to write a quoted version, a scalar where a list belongs, and a quoted number', () => {
    expect(formatted(`version: "1"\n${RULE}`)).toMatchInlineSnapshot(`"policy.yaml:1:10: error: version: invalid value. Expected the number 1, got "1". Write it as 1 (a number, without quotes)."`)
    expect(parse('version: 1\nrules:\n  - { id: a, lists: ndaa-889, effect: flag, scope: { roles: core } }\n').diagnostics
      .map((d) => d.code === 'policy_invalid' && d.suggestion)).toEqual(['[ndaa-889]', '[core]'])
    const near = parse('version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag, scope: { near: { kind: base, km: "5 km" } } }\n')
    expect(near.diagnostics).toMatchObject([{ problem: 'rules[0].scope.near.km: invalid value', suggestion: '5 (a number, without quotes or unit)' }])
  })

  it('reads rules keyed by id as a mistake and shows the list form', () => {
    expect(parse('version: 1\nrules:\n  ban: { lists: [ndaa-889], effect: prohibit }\n').diagnostics)
      .toMatchObject([{ code: 'policy_invalid', problem: 'rules: invalid value', suggestion: 'a list with one "- id: ban" item per entry' }])
  })

  it('suggests the date in YYYY-MM-DD for the layouts that read one way only', () => {
    const suggestions = (date: string) => parse(`version: 1\neffective: ${date}\n${RULE}`).diagnostics.map((d) => d.code === 'policy_invalid' && d.suggestion)
    expect(suggestions('31.12.2026')).toEqual(['2026-12-31'])
    expect(suggestions('12/31/2026')).toEqual(['2026-12-31'])
    expect(suggestions('2026/12/31')).toEqual(['2026-12-31'])
    expect(suggestions('2026-1-5')).toEqual(['2026-01-05'])
    expect(suggestions('20261231')).toEqual(['2026-12-31'])
    expect(suggestions('2026-12-31T00:00:00Z')).toEqual(['2026-12-31'])
    // Dates as the rules write them: the FCC Covered List's "March 12, 2021", the FAR's "August 13,
    // 2020", the UK direction's "31 December 2023".
    expect(suggestions('"August 13, 2020"')).toEqual(['2020-08-13'])
    expect(suggestions('31 December 2023')).toEqual(['2023-12-31'])
    expect(suggestions('Dec 31 2027')).toEqual(['2027-12-31'])
    expect(suggestions('1st Sept 2026')).toEqual(['2026-09-01'])
    expect(suggestions('31 February 2026')).toEqual([undefined])
    expect(suggestions('31 Decembre 2026')).toEqual([undefined])
    expect(suggestions('01/02/2026')).toEqual([undefined])
    expect(suggestions('31.02.2026')).toEqual([undefined])
    expect(parse(`version: 1\neffective: "2026-12-31"\n${RULE}`).diagnostics).toEqual([])
  })

  it('tells the day a deadline worded as the rules word it stands for, and both ends of a year or month alone', () => {
    const told = (key: string, date: string) => {
      const yaml = key === 'remove-by' ? `version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: { remove-by: ${date} } }\n`
        : `version: 1\neffective: ${date}\n${RULE}`
      return parse(yaml).diagnostics.map((d) => formatDiagnostic(d).replace(/^.*?Write it as /, ''))
    }
    // The UK direction's "by the end of 2027", Germany's "by the end of 2026", Canada's "by June 28, 2024".
    expect(told('remove-by', 'end of 2027')).toEqual(['2027-12-31.'])
    expect(told('remove-by', 'By the end of 2026')).toEqual(['2026-12-31.'])
    expect(told('remove-by', 'end-June 2024')).toEqual(['2024-06-30.'])
    expect(told('effective', 'start of 2025')).toEqual(['2025-01-01.'])
    // A year alone is not a day: a remove-by date is the last day allowed, so its end comes first.
    expect(told('remove-by', '2027')).toEqual(['2027-12-31 for the end of that year, 2027-01-01 for its start.'])
    expect(told('remove-by', '2027-12')).toEqual(['2027-12-31 for the end of that month, 2027-12-01 for its start.'])
    expect(told('effective', '2020')).toEqual(['2020-01-01 for the start of that year, 2020-12-31 for its end.'])
    expect(told('remove-by', 'Q4 2027')).toEqual([expect.stringMatching(/got "Q4 2027"\.$/)])
  })

  it('names the literal a differently written effect, role or purpose means, and the map form of remove-by', () => {
    const effect = (e: string) => parse(`version: 1\nrules:\n  - id: a\n    lists: [ndaa-889]\n    effect: ${e}\n`).diagnostics.map((d) => d.code === 'policy_invalid' && d.suggestion)
    expect(effect('Prohibit')).toEqual(['prohibit'])
    expect(effect('remove_by')).toEqual(['{ remove-by: YYYY-MM-DD }'])
    expect(effect('removeBy 31.12.2026')).toEqual(['{ remove-by: 2026-12-31 }'])
    expect(effect('ban')).toEqual([undefined])
    expect(formatted('version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag, scope: { roles: [Core, router] }, purposes: [public safety] }\n'))
      .toMatchInlineSnapshot(`
        "policy.yaml:3:64: error: rules[0].scope.roles[0]: invalid value. Expected one of core, ran, transport, aggregation, access, cpe, camera, radio, server, other, got "Core". Write it as core.
        policy.yaml:3:70: error: rules[0].scope.roles[1]: invalid value. Expected one of core, ran, transport, aggregation, access, cpe, camera, radio, server, other, got "router".
        policy.yaml:3:92: error: rules[0].purposes[0]: invalid value. Expected one of public-safety, government-facility-security, critical-infrastructure-surveillance, national-security, got "public safety". Write it as public-safety."
      `)
  })

  it('tells an effect word given a date (effect: { prohibit: 2022-10-13 }, "prohibited from") once, with the ways to say it', () => {
    const told = (effect: string) => formatted(`version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: ${effect} }\n`)
    expect(told('{ prohibit: 2022-10-13 }')).toBe('policy.yaml:3:43: error: rules[0].effect: prohibit takes no date. Expected effect: prohibit ' +
      'with effective: 2022-10-13 beside it in the rule (or at the top, for every prohibit rule), ' +
      'or effect: { remove-by: 2022-10-12 }, an error from 2022-10-13.')
    expect(told('{ Flag: 2027-12-31 }')).toBe('policy.yaml:3:43: error: rules[0].effect: flag takes no date. Expected effect: flag, ' +
      'or effect: { remove-by: 2027-12-31 } for equipment to be gone by that day.')
  })

  it('reports what is wrong inside a remove-by map rather than the whole effect', () => {
    const problems = (e: string) => parse(`version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: ${e} }\n`).diagnostics.map((d) => d.code === 'policy_invalid' && d.problem)
    expect(problems('{ remove-by: }')).toEqual(['rules[0].effect.remove-by: invalid value'])
    // A JSON policy writes keys in snake_case: the key meant is told once, not also as the key missing.
    expect(problems('{ remove_by: 2026-12-31 }')).toEqual(['rules[0].effect: unknown key "remove_by" (did you mean "remove-by"?)'])
    expect(problems('{ removeBy: 2026-12-31 }')).toEqual(['rules[0].effect: unknown key "removeBy" (did you mean "remove-by"?)'])
  })

  it('tells a zone radius written as radius, or in metres or miles, as the km it is, once', () => {
    const told = (near: string) => parse(`version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag, scope: { near: { kind: military-base, ${near} } } }\n`)
      .diagnostics.map((d) => d.code === 'policy_invalid' && d.problem)
    expect(told('radius: 5')).toEqual(['rules[0].scope.near: unknown key "radius" (did you mean "km"?)'])
    // `m` is one letter from `km`: `km: 500` would be a zone a thousand times too wide.
    expect(told('m: 500')).toEqual(['rules[0].scope.near: unknown key "m" (the radius is in km: write km: 0.5)'])
    expect(told('miles: 3')).toEqual(['rules[0].scope.near: unknown key "miles" (the radius is in km: write km: 4.828)'])
    // A word that means nothing close leaves km reported missing.
    expect(told('size: 5')).toEqual(['rules[0].scope.near.km is missing', 'rules[0].scope.near: unknown key "size"'])
  })

  it('reads a prohibit rule\'s own effective date, and refuses one on a rule whose effect has its own date or none', () => {
    const rule = (effect: string) => `version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: ${effect}, effective: 2022-10-13 }\n`
    expect(parse(rule('prohibit')).policy?.rules[0]).toMatchObject({ effect: { kind: 'prohibit' }, effective: '2022-10-13' })
    expect(formatted(rule('{ remove-by: 2027-12-31 }'))).toBe('policy.yaml:3:79: error: rules[0].effective: a date from which a prohibit rule applies, ' +
      'given to a remove-by rule. Expected effect: prohibit with effective: 2022-10-13 (an error from that day), or no effective (remove-by 2027-12-31 is the deadline).')
    expect(formatted(rule('flag'))).toMatch(/given to a flag rule\. Expected effect: prohibit with effective: 2022-10-13, or no effective \(a flag rule has no deadline\)\.$/)
  })

  it('reads a JSON policy that names its schema for the editor ("$schema", as VS Code finds it), and leaves the key out of the keys it suggests', () => {
    const json = '{\n  "$schema": "./policy.schema.json",\n  "version": 1,\n  "rules": [{ "id": "a", "lists": ["ndaa-889"], "effect": "prohibit" }]\n}\n'
    expect(parse(json)).toMatchObject({ diagnostics: [], policy: { rules: [{ id: 'a' }] } })
    expect(formatted('version: 1\nshema: x\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag }\n'))
      .toBe('policy.yaml:2:1: error: (top level): unknown key "shema". Expected one of version, effective, lists, sites, rules, exemptions.')
  })

  it('refuses a radius past the antipode and an infinite one, showing the value written', () => {
    const yaml = 'version: 1\nrules:\n  - { id: a, lists: [ndaa-889], effect: flag, scope: { near: { kind: base, km: 1e9 } } }\n  - { id: b, lists: [ndaa-889], effect: flag, scope: { near: { kind: base, km: .inf } } }\n'
    expect(parse(yaml).diagnostics).toMatchObject([
      { code: 'policy_invalid', at: { line: 3 }, got: '1000000000', expected: expect.stringContaining('up to 20015') },
      { code: 'policy_invalid', at: { line: 4 }, got: 'Infinity' },
    ])
  })

  it('points out a latitude and longitude that look swapped', () => {
    const yaml = `version: 1\nsites:\n  - { id: s, kind: base, lat: 100.1, lon: 8.6 }\n${RULE}`
    expect(parse(yaml).diagnostics).toMatchObject([{ problem: 'sites[0].lat: invalid value', suggestion: 'lat: 8.6, lon: 100.1 (latitude and longitude look swapped)' }])
  })

  it('suggests a slug for a rule id or list id written with capitals or spaces', () => {
    expect(parse('version: 1\nrules:\n  - { id: S889 Ban, lists: [ndaa-889], effect: flag }\n').diagnostics).toMatchObject([{ suggestion: 's889-ban' }])
    expect(formatted('version: 1\nlists:\n  My List: [huawei]\nrules:\n  - { id: a, lists: [my-list], effect: flag }\n'))
      .toMatchInlineSnapshot(`"policy.yaml:3:3: error: lists: invalid id "My List". Expected a lowercase slug (a-z, 0-9, -). Write it as my-list."`)
  })

  it('suggests the built-in list a differently written list name means', () => {
    const yaml = 'version: 1\nrules:\n  - { id: a, lists: [NDAA-889, fcc_covered, FCC Covered List], effect: flag }\n'
    expect(parse(yaml).diagnostics.map((d) => d.code === 'unknown_list' && d.suggestions)).toEqual([['ndaa-889'], ['fcc-covered'], ['fcc-covered']])
  })

  it('names the slug of a manufacturer a list names by its name', () => {
    const resolveName = (name: string) => (/huawei/i.test(name) ? 'huawei' : /hikvision/i.test(name) ? 'hikvision' : undefined)
    const check = (entries: string) => parsePolicy(`version: 1\nlists:\n  mine: [${entries}]\nrules:\n  - { id: a, lists: [mine], effect: flag }\n`,
      { file: 'policy.yaml' }, { ...KNOWN, resolveName }).diagnostics
    const diagnostics = check('Huawei Technologies, HikVision')
    expect(diagnostics.map((d) => d.code === 'unknown_manufacturer' && [d.manufacturer, d.suggestions[0]])).toEqual([
      ['Huawei Technologies', 'huawei'], ['HikVision', 'hikvision'],
    ])
    expect(check('huawei-technologies')).toMatchObject([{ code: 'unknown_manufacturer', suggestions: ['huawei'] }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"policy.yaml:3:10 (lists.mine[0]): error: unknown manufacturer "Huawei Technologies". Did you mean "huawei"? Lists name manufacturers by their catalog slug, not by their name. Run \`trustpath catalog manufacturers\` for the catalog slugs."`)
  })

  it('asks for one exemption per device when an exemption lists several', () => {
    const yaml = `version: 1\n${RULE}exemptions:\n  - { device: [a, b], rule: a, until: 2027-01-01, reason: x }\n`
    expect(parse(yaml).diagnostics).toMatchObject([{ expected: 'one device id (write one exemption per device)' }])
  })

  it('reads a waiver for a whole site or network, alone or for one rule', () => {
    // A base whose network replacement is contracted; an operator's network under a regulator's extension.
    const yaml = `version: 1\n${RULE}exemptions:\n  - { site: ramstein, until: 2027-06-30, reason: "network replacement contracted, PO 8812" }\n` +
      '  - { network: op-de-5g, rule: a, until: 2027-12-31, reason: "regulator\'s extension, letter of 2026-05-04" }\n'
    const { policy, diagnostics } = parse(yaml)
    expect(diagnostics).toEqual([])
    expect(policy?.exemptions).toMatchObject([
      { site: 'ramstein', until: '2027-06-30', at: { line: 5 } },
      { network: 'op-de-5g', rule: 'a', until: '2027-12-31', at: { line: 6 } },
    ])
  })

  it('refuses an exemption naming a site and a network, or a device and a site, with the one exemption each to write', () => {
    const yaml = `version: 1\n${RULE}exemptions:\n  - { site: ramstein, network: op-de, until: 2027-01-01, reason: x }\n` +
      '  - { device: cam-042, site: ramstein, until: 2027-01-01, reason: x }\n'
    expect(parse(yaml).diagnostics.map(formatDiagnostic)).toEqual([
      'policy.yaml:5:32: error: exemptions[0]: names both site "ramstein" and network "op-de". ' +
        'Expected one device, site or network per exemption, with a rule or without; write one exemption for each of site and network.',
      'policy.yaml:6:30: error: exemptions[1]: names both device "cam-042" and site "ramstein". ' +
        'Expected one device, site or network per exemption, with a rule or without; write one exemption for each of device and site.',
    ])
  })

  it('tells a site or network exemption written as a scope (sites: [...]) the key it means, and a list of sites to become one exemption each', () => {
    const yaml = `version: 1\n${RULE}exemptions:\n  - { sites: [ramstein], until: 2027-01-01, reason: x }\n  - { network: [op-de, op-it], until: 2027-01-01, reason: x }\n`
    expect(parse(yaml).diagnostics).toMatchObject([
      { problem: 'exemptions[0]: unknown key "sites" (did you mean "site"?)', at: { line: 5 } },
      { problem: 'exemptions[1].network: invalid value', expected: 'one network id (write one exemption per network)', at: { line: 6 } },
    ])
  })

  it('asks for a number where an id belongs (a NetBox device id) in quotes, as written', () => {
    const yaml = `version: 1\n${RULE}exemptions:\n  - { device: 120, rule: a, until: 2027-01-01, reason: x }\n  - { device: 0042, until: 2027-01-01, reason: x }\n`
    expect(parse(yaml).diagnostics.map(formatDiagnostic)).toEqual([
      'policy.yaml:5:15: error: exemptions[0].device: invalid value. Expected a device id, got 120. Write it as "120" (in quotes: YAML reads 120 as a number).',
      'policy.yaml:6:15: error: exemptions[1].device: invalid value. Expected a device id, got 42. Write it as "0042" (in quotes: YAML reads 0042 as a number).',
    ])
    expect(parse(`version: 1\nrules:\n  - { id: a, lists: [ndaa-889], scope: { networks: [65001] }, effect: flag }\n`).diagnostics)
      .toMatchObject([{ problem: 'rules[0].scope.networks[0]: invalid value', suggestion: '"65001" (in quotes: YAML reads 65001 as a number)' }])
  })
})

describe('suggest', () => {
  it('offers close slugs by edit distance and prefix, closest first', () => {
    expect(suggest('huwei', ['huawei', 'zte', 'hikvision'])).toEqual(['huawei'])
    expect(suggest('hik', ['huawei', 'hikvision'])).toEqual(['hikvision'])
    expect(suggest('nokia', ['huawei', 'zte'])).toEqual([])
  })

  it('ignores case, spaces, underscores and hyphens, and offers a known name that starts the given one', () => {
    expect(suggest('FCC_Covered', ['fcc-covered', 'ndaa-889'])).toEqual(['fcc-covered'])
    expect(suggest('huawei-technologies', ['huawei', 'zte'])).toEqual(['huawei'])
    expect(suggest('Military Base', ['military-base', 'embassy'])).toEqual(['military-base'])
  })
})

describe('the diagnostics example of docs/policy.md', () => {
  it('is what the policy it shows gives, and then once its two shape errors are fixed', () => {
    const page = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8')
    const section = page.slice(page.indexOf('## Diagnostics'))
    const blocks = [...section.matchAll(/```(?:yaml)?\n([\s\S]*?)```/g)].map((m) => m[1]!)
    const [yaml, first, second] = blocks
    expect(formatted(yaml!)).toBe(first!.trimEnd())
    expect(formatted(yaml!.replace('31.12.2026', '2026-12-31').replace('effect: ban', 'effect: prohibit'))).toBe(second!.trimEnd())
  })
})

describe('a policy written as JSON with a JSON mistake', () => {
  it('is one error in JSON\'s words where JSON stops, not the YAML parser\'s view of it', () => {
    const missingComma = '{\n  "version": 1,\n  "rules": [{"id": "ban" "lists": ["ndaa-889"], "effect": "prohibit"}]\n}\n'
    expect(formatted(missingComma)).toBe('policy.yaml:3:26: error: the policy is not valid JSON: Expected \',\' or \'}\' after property value. ' +
      'Check this place for a missing comma, quote or bracket.')
    // The last brace left out reads as a file cut short, told with the bracket to add.
    const unclosed = '{"version": 1, "rules": [{"id": "ban", "lists": ["ndaa-889"], "effect": "prohibit"}]\n'
    expect(parse(unclosed).diagnostics).toMatchObject([{ code: 'policy_truncated', open: [{ bracket: '{', line: 1 }], at: { line: 1, column: 85 } }])
    // YAML's flow style is YAML, not told in JSON's words; and valid JSON is read as a policy.
    expect(formatted('{version: 1, rules: [{id: ban, lists: [ndaa-889], effect: prohibit}]\n')).toMatch(/^policy\.yaml:1:69: error: the policy ends inside the \{ opened on line 1 /)
    expect(formatted('{version: 1, rules: [{id: ban lists: [ndaa-889], effect: prohibit}]}\n')).toMatch(/^policy\.yaml:1:\d+: error: the policy is not valid YAML: /)
    expect(parse('{"version": 1, "rules": [{"id": "ban", "lists": ["ndaa-889"], "effect": "prohibit"}]}\n').diagnostics).toEqual([])
  })
})

describe('a policy cut short (a download or copy that stopped part-way)', () => {
  const HEAD = 'version: 1\nrules:\n  - { id: s889-ban, lists: [ndaa-889], effect: prohibit }\n'

  it('is one error at the end naming the line of the bracket left open, inside a flow map, after a key with no value, or mid-list', () => {
    expect(formatted(`${HEAD}  - { id: cameras, lists: [ndaa-889`)).toBe('policy.yaml:4:36: error: the policy ends inside the { opened on line 4 ' +
      '("- { id: cameras, lists: [ndaa-889"), never closed: the file looks cut short (a download or copy that stopped part-way). ' +
      'Get the whole file again; if only its end is missing, complete the last entry and close the brackets with ]}.')
    expect(parse(`${HEAD}  - { id: cameras, lists:`).diagnostics).toMatchObject([{ code: 'policy_truncated', open: [{ bracket: '{', line: 4 }], at: { line: 4 } }])
    expect(parse(`${HEAD}  - id: cameras\n    lists: [ndaa-889,\n`).diagnostics)
      .toMatchObject([{ code: 'policy_truncated', open: [{ bracket: '[', line: 5 }], lineText: 'lists: [ndaa-889,', at: { line: 5 } }])
    // A list of rules in brackets, cut in its second rule: the outer [ is named, and both brackets are to close.
    const flow = parse('version: 1\nrules: [\n  { id: a, lists: [ndaa-889], effect: prohibit },\n  { id: b')
    expect(flow.diagnostics).toMatchObject([{ code: 'policy_truncated', open: [{ bracket: '[', line: 2 }, { bracket: '{', line: 4 }] }])
    expect(formatted('version: 1\nrules: [\n  { id: a, lists: [ndaa-889], effect: prohibit },\n  { id: b')).toMatch(/close the brackets with \}\]\.$/)
  })

  it('ending on a key or a list item with no value, tells the missing value with the possibility that the file was cut short', () => {
    const cut = ' The file ends on this line, with the value missing: if it was cut short (a download or copy that stopped part-way), get the whole file again.'
    expect(formatted(`${HEAD}  - id: cameras\n    lists: [ndaa-889]\n    effect:`)).toBe(
      `policy.yaml:6:12: error: rules[1].effect: invalid value. Expected prohibit, flag or {remove-by: YYYY-MM-DD}, got null.${cut}`)
    expect(formatted(`${HEAD}  - id: cameras\n    effect: prohibit\n    lists:\n      - ndaa-889\n      - `)).toBe(
      `policy.yaml:8:9: error: rules[1].lists[1]: invalid value. Expected a text, got null.${cut}`)
    // The same value missing on a line other than the last is only the mistake it is.
    expect(formatted(`version: 1\nrules:\n  - id: cameras\n    effect:\n    lists: [ndaa-889]\n`)).not.toContain('cut short')
  })

  it('is not claimed for a bracket closed on a line indented too little, which stays an indentation error', () => {
    const diagnostics = parse('version: 1\nrules:\n  - { id: a, lists: [ndaa-889],\n  effect: prohibit }\n').diagnostics
    expect(diagnostics.map((d) => d.code)).not.toContain('policy_truncated')
    expect(diagnostics).toMatchObject([{ code: 'policy_syntax', yamlCode: 'BAD_INDENT' }, { code: 'policy_syntax' }])
  })
})
