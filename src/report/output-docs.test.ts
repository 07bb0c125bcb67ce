import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Finding, Waiver } from '../domain/finding.js'
import { ATTRIBUTION_CSV_COLUMNS, type AttributionRow } from './attributions.js'
import { FINDING_CSV_COLUMNS, newSummary, type CheckSummary } from './findings.js'

const doc = readFileSync(new URL('../../docs/output.md', import.meta.url), 'utf8')

/** A finding with every field the type has: a field added to the type without a line in the doc fails here. */
const FULL_FINDING = {
  rule: 'ban', deviceId: 'd1', deviceName: 'cam-1', severity: 'error', effect: { kind: 'prohibit' }, deadline: '2026-01-01', daysLeft: -340,
  manufacturer: 'hikvision', group: 'hikvision', list: 'fcc-covered', matchedGroup: 'hikvision', confidence: 1, evidence: [], notes: [],
  deviceStatus: 'Retired', lifecycle: 'out-of-service', toConfirm: ['weak_evidence'],
  waiver: { until: '2027-06-30', reason: 'PO 8812', target: 'site ramstein', exemption: 0, file: 'policy.yaml', line: 7 },
  deviceAliases: ['10.20.5.21'], deviceSources: [{ file: 'netbox.csv', line: 11, id: 'cam-1', manufacturer: 'Lorex' }],
} satisfies Required<Finding>

const FULL_WAIVER = FULL_FINDING.waiver satisfies Required<Waiver>

const FULL_SUMMARY = { ...newSummary(), byLifecycle: {}, waived: 0, deadlines: { passed: 0, within90Days: 0, next: { date: '2026-12-31', daysLeft: 24 } } } satisfies Required<CheckSummary>

const FULL_ROW = {
  id: 'd1', name: 'cam-1', status: 'Retired', lifecycle: 'out-of-service', manufacturer: null, group: null, confidence: 0, evidence: [],
  conflicts: [], timedOwners: [], ruledOutOwners: [], componentGroups: [], unknownReason: 'no_evidence', unrecognised: [],
  aliases: ['10.20.5.21'], sources: [{ file: 'netbox.csv', line: 11, id: 'cam-1', manufacturer: 'Lorex' }],
} satisfies Required<AttributionRow>

describe('docs/output.md', () => {
  it.each([
    ['a finding of check', Object.keys(FULL_FINDING)],
    ['the summary of check', Object.keys(FULL_SUMMARY)],
    ['the waiver of a waived finding', Object.keys(FULL_WAIVER)],
    ['a device of identify', Object.keys(FULL_ROW)],
  ])('documents every field of %s in a table row', (_, keys) => {
    for (const key of keys) expect(doc, key).toContain(`| \`${key}\` |`)
  })

  it('names every CSV column of check and identify', () => {
    for (const column of [...FINDING_CSV_COLUMNS, ...ATTRIBUTION_CSV_COLUMNS]) expect(doc, column).toContain(`\`${column}\``)
  })
})
