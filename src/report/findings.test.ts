import { describe, expect, it } from 'vitest'
import type { Finding, Waiver } from '../domain/finding.js'
import { lifecycleOf } from '../domain/lifecycle.js'
import { addToSummary, finishSummary, formatCheckSummary, formatFindingsCsv, mergeSummary, newSummary } from './findings.js'
import { buildFindingsWriter } from './findings-writer.js'

function finding(deviceId: string, status?: string): Finding {
  const f: Finding = {
    rule: 'ban', deviceId, severity: 'error', effect: { kind: 'prohibit' }, manufacturer: 'huawei', group: 'huawei', list: 'ndaa-889',
    confidence: 0.9, evidence: [], notes: [],
  }
  if (status !== undefined) {
    f.deviceStatus = status
    f.lifecycle = lifecycleOf(status)
  }
  return f
}

describe('the summary of a check', () => {
  it('counts the findings on devices recorded as not in service, by class, and says to confirm them', () => {
    const summary = newSummary()
    for (const [id, status] of [['a', 'Retired'], ['b', 'In Stock'], ['c', 'Active'], ['d', undefined], ['e', 'Sold']] as const) addToSummary(summary, [finding(id, status)])
    const done = finishSummary(summary, 9, 0)
    expect(done.byLifecycle).toEqual({ 'not-deployed': 1, 'out-of-service': 2 })
    expect(formatCheckSummary(done)).toContain('3 findings are on devices the inventory records as not in service (2 out of service, 1 not yet deployed): ' +
      'confirm that they are gone from the network or not installed.\n')
  })

  it('adds the counts of worker threads\' shares, and says nothing of the status when every device is in service', () => {
    const [one, two] = [newSummary(), newSummary()]
    addToSummary(one, [finding('a', 'Retired')])
    addToSummary(two, [finding('b', 'Retired'), finding('b', 'Retired')])
    addToSummary(two, [finding('c', 'Active')])
    const total = newSummary()
    mergeSummary(total, one)
    mergeSummary(total, two)
    expect(total.byLifecycle).toEqual({ 'out-of-service': 3 })
    expect(formatCheckSummary(finishSummary(one, 1, 0))).toContain('1 finding is on a device the inventory records as not in service (1 out of service): ' +
      'confirm that it is gone from the network or not installed.\n')
    const clean = newSummary()
    addToSummary(clean, [finding('c', 'Active'), finding('d')])
    const done = finishSummary(clean, 2, 0)
    expect(done).not.toHaveProperty('byLifecycle')
    expect(formatCheckSummary(done)).not.toContain('not in service')
  })
})

/** The waiver a site's exemption gives its findings (as compilePolicy builds it). */
const RAMSTEIN_WAIVER = {
  until: '2027-06-30', reason: 'base network replacement contracted, PO 8812', target: 'site ramstein', exemption: 1, file: 'policy.yaml', line: 8,
} as const satisfies Waiver

function waived(deviceId: string, waiver: Waiver = RAMSTEIN_WAIVER): Finding {
  return { ...finding(deviceId), waiver }
}

describe('the summary of a check with waived findings', () => {
  it('counts waived findings apart: not among the findings, their severities, rules or groups, nor their devices among those with findings', () => {
    const summary = newSummary()
    addToSummary(summary, [finding('fra-core1'), waived('fra-core1')])
    addToSummary(summary, [waived('rs-sw1'), waived('rs-sw1')])
    const done = finishSummary(summary, 6, 0)
    expect(done).toMatchObject({ devicesWithFindings: 1, findings: 1, bySeverity: { error: 1 }, byRule: { ban: 1 }, byGroup: { huawei: 1 }, waived: 3 })
    // The key comes last, so that the summary of a policy without waivers reads as before.
    expect(Object.keys(done).at(-1)).toBe('waived')
    expect(formatCheckSummary(done)).toMatch(/^6 devices checked: 1 finding on 1 device \(1 error, 0 warnings, 0 notes\); 3 more waived by exemptions, not counted\.\n/)
    expect(formatCheckSummary(done, false)).toContain('; 3 more waived by exemptions, left out and not counted.\n')
  })

  it('adds the waived counts of worker threads\' shares, and has no waived key when nothing was waived', () => {
    const [one, two, total] = [newSummary(), newSummary(), newSummary()]
    addToSummary(one, [waived('a')])
    addToSummary(two, [waived('b'), finding('b')])
    mergeSummary(total, one)
    mergeSummary(total, two)
    expect(finishSummary(total, 2, 0)).toMatchObject({ devicesWithFindings: 1, findings: 1, waived: 2 })
    const clean = newSummary()
    addToSummary(clean, [finding('c')])
    expect(finishSummary(clean, 1, 0)).not.toHaveProperty('waived')
    expect(formatCheckSummary(finishSummary(clean, 1, 0))).not.toContain('waived')
  })
})

describe('formatFindingsCsv', () => {
  it('ends each row with the device\'s recorded status and its class, empty when the inventory records none', () => {
    const [head, retired, bare] = formatFindingsCsv([finding('a', 'Lost/Stolen'), finding('b')]).trimEnd().split('\n')
    expect(head).toMatch(/,notes,status,lifecycle,waived_until,waiver_reason,waiver,to_confirm$/)
    expect(retired).toMatch(/,Lost\/Stolen,out-of-service,,,,$/)
    expect(bare).toMatch(/,,,,,,$/)
  })

  it('keeps a finding\'s notes apart in their cell', () => {
    const f = finding('a', 'Retired')
    f.notes = ['the purpose of this device is not established (set the device\'s purpose or the rule\'s purposes)', 'the inventory records the device as "Retired" (out of service)']
    expect(formatFindingsCsv([f])).toContain('"the purpose of this device is not established (set the device\'s purpose or the rule\'s purposes). ' +
      'the inventory records the device as ""Retired"" (out of service)"')
  })

  it('says the evidence of two MACs of one block once, as the same words twice read as one MAC counted twice', () => {
    // A switch listed with two MACs of Huawei's 00-E0-FC (an inventory's "00:E0:FC:12:34:56 00:E0:FC:12:34:57").
    const f = finding('sw-core-01')
    f.evidence = [
      { method: 'declared', manufacturer: 'huawei', value: 'Huawei' },
      { method: 'oui', manufacturer: 'huawei', value: '00:e0:fc:12:34:56', prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
      { method: 'oui', manufacturer: 'huawei', value: '00:e0:fc:12:34:57', prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
    ]
    const row = formatFindingsCsv([f]).trimEnd().split('\n')[1]!
    expect(row).toContain('huawei: declared ""Huawei""; huawei: MAC OUI 00E0FC (MA-L HUAWEI TECHNOLOGIES CO.,LTD)",')
  })
})

describe('the CSV of a finding to confirm', () => {
  it('lists what to confirm in the to_confirm column, `;` between the reasons, empty for a finding that needs none', () => {
    const unsure: Finding = { ...finding('cam-12'), severity: 'warning', toConfirm: ['weak_evidence', 'purpose_not_established'] }
    const [head, sure, row] = formatFindingsCsv([finding('fra-core1'), unsure]).trimEnd().split('\n')
    const at = head!.split(',').indexOf('to_confirm')
    expect([sure!.split(',')[at], row!.split(',')[at]]).toEqual(['', 'weak_evidence;purpose_not_established'])
  })
})

describe('the CSV of a check with waived findings', () => {
  it('writes a waived finding\'s last day, reason and exemption (file, line, target) in columns of their own, empty for an open one', () => {
    const lines = formatFindingsCsv([finding('fra-core1'), waived('rs-sw1')]).trimEnd().split('\n')
    const rows = lines.map((l) => l.split(','))
    const at = (column: string) => rows[0]!.indexOf(column)
    expect(rows.map((r) => [r[0], r[at('waived_until')]])).toEqual([['device', 'waived_until'], ['fra-core1', ''], ['rs-sw1', '2027-06-30']])
    expect(lines[1]).toMatch(/,,,,$/)
    // The reason holds a comma: quoted, in one cell.
    expect(lines[2]).toContain(',2027-06-30,"base network replacement contracted, PO 8812",policy.yaml:8 (exemptions[1]): site ramstein')
  })

  it('guards a reason a spreadsheet would run as a formula', () => {
    expect(formatFindingsCsv([waived('a', { ...RAMSTEIN_WAIVER, reason: '=HYPERLINK("http://x")' })])).toContain(',"\'=HYPERLINK(""http://x"")",')
  })
})

describe('the writers of a check with waived findings', () => {
  const SARIF = { policyFile: 'policy.yaml', inventoryFile: 'devices.csv', rules: [], toolVersion: '0' }
  const write = (format: 'json' | 'jsonl' | 'table' | 'csv', fs: Finding[], waived?: boolean) => {
    const w = buildFindingsWriter(format, { sarif: SARIF, manufacturers: new Map(), width: 200, ...(waived !== undefined && { waived }) })
    const summary = newSummary()
    addToSummary(summary, fs)
    return w.head + w.device(fs, 2) + w.tail(finishSummary(summary, 1, 0))
  }

  it('writes a device\'s only finding, waived, as a JSON row with its waiver, in a valid document whose summary counts no finding', () => {
    const doc = JSON.parse(write('json', [waived('rs-sw1')])) as { findings: Finding[]; summary: { findings: number; waived: number } }
    expect(doc.findings.map((f) => [f.deviceId, f.waiver?.target])).toEqual([['rs-sw1', 'site ramstein']])
    expect(doc.summary).toMatchObject({ findings: 0, waived: 1 })
  })

  it('leaves waived findings out of every format with waived: false, still counting them in the summary', () => {
    const doc = JSON.parse(write('json', [finding('fra-core1'), waived('fra-core1')], false)) as { findings: Finding[]; summary: { waived: number } }
    expect(doc.findings.map((f) => f.waiver)).toEqual([undefined])
    expect(doc.summary.waived).toBe(1)
    expect(JSON.parse(write('json', [waived('rs-sw1')], false))).toMatchObject({ findings: [] })
    expect(write('jsonl', [waived('rs-sw1')], false)).toBe('')
    expect(write('csv', [waived('rs-sw1')], false).trimEnd().split('\n')).toHaveLength(1)
    expect(write('table', [waived('rs-sw1')], false)).toContain('1 more waived by exemptions, left out and not counted.')
  })

  it('marks a waived row of the table "waived" in the severity column, its last day, exemption and reason first in the text', () => {
    const table = write('table', [finding('fra-core1'), waived('rs-sw1')])
    const [, open, marked] = table.split('\n')
    expect(open).toMatch(/^error +ban +fra-core1 /)
    expect(marked).toMatch(/^waived +ban +rs-sw1 +huawei +huawei +now +0\.90 +until 2027-06-30 \(site ramstein: base network replacement contracted, PO 8812\):$/)
    expect(table).toContain('1 device checked: 1 finding on 1 device (1 error, 0 warnings, 0 notes); 1 more waived by exemptions, not counted.')
  })
})

describe('the table of findings on a terminal', () => {
  const SARIF = { policyFile: 'p.yaml', inventoryFile: 'd.jsonl', rules: [], toolVersion: '0' }
  const ROW: Finding = {
    ...finding('de-fra-aggregation-02'), rule: 'ran-and-management', manufacturer: 'hikvision', group: 'hikvision', deadline: '2029-12-31',
    evidence: [{ method: 'oui', manufacturer: 'hikvision', value: '4c:bd:8f:00:00:01', prefix: '4CBD8F', registry: 'MA-L', organization: 'Hangzhou Hikvision Digital Technology Co.,Ltd.' }],
  }

  it('fits a row on a terminal of 100 columns, the rule, device, maker and group columns shrunk so that the evidence keeps 20', () => {
    const writer = buildFindingsWriter('table', { sarif: SARIF, manufacturers: new Map(), width: 100 })
    const lines = (writer.head + writer.device([ROW], undefined)).trimEnd().split('\n')
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100)
    expect(lines[1]).toMatch(/^error {5}ran-and-man… {2}de-fra-ag…n-02 {2}hikvision {3}hikvisi… {2}2029-12-31 {2}0\.90 {2}MAC 4CBD8F/)
    // Wide enough, the columns keep their widths.
    const wide = buildFindingsWriter('table', { sarif: SARIF, manufacturers: new Map(), width: 160 })
    expect(wide.device([ROW], undefined)).toMatch(/^error {5}ran-and-management {2}de-fra-aggreg…ion-02 {2}hikvision {7}hikvision {3}2029-12-31/)
  })

  it('shows the control characters of an id or banner as \\x1B rather than sending an escape sequence to the terminal', () => {
    // "\x1b[1A\x1b[2K" moves up a line and erases it: a device named so would hide the row above.
    const hostile: Finding = {
      ...finding('cam\u001b[1A\u001b[2K-1'),
      evidence: [{ method: 'banner', manufacturer: 'huawei', value: 'SSH-2.0-HUAWEI\u001b]0;owned\u0007', pattern: 'banner-names-manufacturer', protocol: 'ssh' }],
    }
    const writer = buildFindingsWriter('table', { sarif: { policyFile: 'p.yaml', inventoryFile: 'd.jsonl', rules: [], toolVersion: '0' }, manufacturers: new Map(), width: 200 })
    const row = writer.device([hostile], undefined)
    expect(row).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(row).toContain('cam\\x1B[1A\\x1B[2K-1')
  })
})

