import { describe, expect, it } from 'vitest'
import { parsePhases } from './phases.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { parseSchedule, scheduleRowsOffCandidates, validateScheduleDeadlines } from './schedule.js'
import type { Candidate } from './types.js'

const phases = parsePhases('2026-2029')

describe('parseSchedule', () => {
  it('reads a schedule headed in German or Japanese as the same schedule headed in English', () => {
    const english = parseSchedule('device,phase,not_before\nrt-1,2027,\nbts-9,,2028-01-01\n', { file: 's.csv' }, phases)
    const german = parseSchedule('Gerät;Phase;nicht_vor\nrt-1;2027;\nbts-9;;01.01.2028\n', { file: 's.csv' }, phases)
    const japanese = parseSchedule('機器,フェーズ,開始可能日\nrt-1,2027,\nbts-9,,2028/1/1\n', { file: 's.csv' }, phases)
    // Umlauts written out, as a system without them exports the sheet.
    const plain = parseSchedule('Geraet;Phase;nicht vor\nrt-1;2027;\nbts-9;;01.01.2028\n', { file: 's.csv' }, phases)
    for (const r of [german, japanese, plain]) {
      expect(r.diagnostics).toEqual([])
      expect(r.schedule).toEqual(english.schedule)
    }
  })

  it('reads scheduled phases and not-before dates', () => {
    const { schedule, diagnostics } = parseSchedule('device,phase,not_before\nrt-1,2027,\nbts-9,,2028-01-01\nbts-10,,2028-03-01\n', { file: 's.csv' }, phases)
    expect(diagnostics).toEqual([])
    expect(Object.fromEntries(schedule)).toMatchObject({ 'rt-1': { phase: 1 }, 'bts-9': { notBefore: 2 }, 'bts-10': { notBefore: 3 } })
    expect(schedule.get('bts-9')).toMatchObject({ at: { file: 's.csv', line: 3 }, notBeforeDate: '2028-01-01' })
  })

  it('reports an unknown phase and a bad date with their lines', () => {
    const { diagnostics } = parseSchedule('device,phase,not_before\nrt-1,2035,\nrt-2,,tomorrow\n', { file: 's.csv' }, phases)
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['invalid_field', 2], ['invalid_field', 3]])
  })

  it('reads a phase written as --phases writes it or as the day booked, and a not_before date as a German sheet writes it', () => {
    const quarters = parsePhases('2026Q1..2027Q4')
    const text = 'device;phase;not_before\nrt-1;2027q2;\nrt-2;2027-05-15;\nbts-9;;01.03.2027\nrt-3;2031-01-01;\nrt-4;Q3 2027;\n'
    const { schedule, diagnostics } = parseSchedule(text, { file: 'termine.csv' }, quarters)
    expect(Object.fromEntries(schedule)).toMatchObject({ 'rt-1': { phase: 5 }, 'rt-2': { phase: 5 }, 'bts-9': { notBefore: 5, notBeforeDate: '2027-03-01' }, 'rt-4': { phase: 6 } })
    expect(diagnostics.map(formatDiagnostic)).toEqual(['termine.csv:5: error: field "phase" has the value "2031-01-01"; expected one of the phases ' +
      '2026-Q1, 2026-Q2, 2026-Q3, 2026-Q4, 2027-Q1, 2027-Q2, 2027-Q3, 2027-Q4, or a date within them (2026-01-01 to 2027-12-31).'])
  })

  it('keeps the first row of a device scheduled twice and says so, rather than the last without a word', () => {
    const { schedule, diagnostics } = parseSchedule('device,phase\nrt-1,2027\nrt-2,2026\nrt-1,2029\n', { file: 's.csv' }, phases)
    expect(schedule.get('rt-1')).toMatchObject({ phase: 1, at: { line: 2 } })
    expect(diagnostics.map(formatDiagnostic)).toEqual(['s.csv:4: warning: device "rt-1" was already scheduled at s.csv:2; this row is skipped. Keep one row per device.'])
  })

  it('needs a device column, and a phase or not_before column', () => {
    expect(parseSchedule('id,phase\n', { file: 's.csv' }, phases).diagnostics).toContainEqual(expect.objectContaining({ code: 'missing_column', column: 'device' }))
    expect(parseSchedule('device,when\nrt-1,2027\n', { file: 's.csv' }, phases).diagnostics).toContainEqual(expect.objectContaining({ code: 'missing_column', column: 'phase' }))
  })

  it('reads a schedule as the other tables are read: a spreadsheet\'s ";" and quoted fields, a row short of fields reported', () => {
    const { schedule, diagnostics } = parseSchedule('device;phase;not_before\r\n"rt-1";2027;\r\n"bts-9, rack 2";;2028-01-01\r\nrt-7;2026\r\n', { file: 's.csv' }, phases)
    expect(Object.fromEntries(schedule)).toMatchObject({ 'rt-1': { phase: 1 }, 'bts-9, rack 2': { notBefore: 2 } })
    expect(diagnostics).toMatchObject([{ code: 'malformed_csv', problem: 'field_count', at: { line: 4 } }])
  })
})

describe('validateScheduleDeadlines', () => {
  const candidate = (deviceId: string, extra: Partial<Candidate>): Candidate =>
    ({ deviceId, cost: 1, costBreakdown: { equipment: 1, labour: 0, siteOverhead: 0, source: 'test' }, findings: [], ...extra })
  const text = 'device,phase,not_before\nrt-1,2028,\nrt-2,,2029-01-01\nrt-3,2026,\nrt-4,2029,\n'
  const { schedule } = parseSchedule(text, { file: 'schedule.csv' }, phases)

  it('reports a replacement scheduled after its deadline, with the line, the deadline and the phase asked', () => {
    const diagnostics = validateScheduleDeadlines([
      candidate('rt-1', { deadlinePhase: 0, deadline: '2026-12-31', deadlineRule: 'core-2026' }),
      candidate('rt-2', { deadlinePhase: 1, deadline: '2027-12-31', deadlineRule: 'ran-2027' }),
      candidate('rt-3', { deadlinePhase: 0, deadline: '2026-12-31', deadlineRule: 'core-2026' }),
      candidate('rt-4', {}),
    ], schedule, phases, { file: 'schedule.csv' })
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'schedule.csv:2: error: device "rt-1" is scheduled for phase 2028, after its deadline 2026-12-31 (rule core-2026), which falls in phase 2026: ' +
        'no plan could meet that deadline. Schedule it in phase 2026 or earlier, or leave its phase empty to let the planner choose; ' +
        'if the date cannot move, change the deadline in the policy (an exemption, or --deadline-rules).',
      'schedule.csv:3: error: device "rt-2" may not be touched before 2029-01-01 (phase 2029), after its deadline 2027-12-31 (rule ran-2027), which falls in phase 2027: ' +
        'no plan could meet that deadline. Give a not_before date in phase 2027 or earlier, or leave it empty; ' +
        'if the date cannot move, change the deadline in the policy (an exemption, or --deadline-rules).',
    ])
  })

  it('names a prohibit finding, which is due in the first phase', () => {
    const [d] = validateScheduleDeadlines([candidate('rt-4', { deadlinePhase: 0, deadlineRule: 'ban' })], schedule, phases, { file: 'schedule.csv' })
    expect(formatDiagnostic(d!)).toMatch(/^schedule\.csv:5: error: device "rt-4" is scheduled for phase 2029, after its deadline \(prohibited: the first phase\) \(rule ban\), which falls in phase 2026/)
  })
})

describe('scheduleRowsOffCandidates', () => {
  it('says of a scheduled device recorded as out of service that it is why the device is no candidate, not a missing finding', () => {
    const { schedule } = parseSchedule('device,phase\nold-1,2026\nok-1,2026\n', { file: 's.csv' }, phases)
    const diagnostics = scheduleRowsOffCandidates([], schedule, { file: 's.csv' }, () => true, ['old-1'])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      's.csv:2: warning: device "old-1" is no candidate for replacement: the inventory records it as out of service, so there is nothing to buy for it; ' +
        'this row is ignored. Confirm that it is gone from the network, or correct its status in the inventory if it is still in service.',
      's.csv:3: warning: device "ok-1" is no candidate for replacement: the policy gives it no prohibit or remove-by finding (it is clean, exempt or only flagged); ' +
        'this row is ignored. Check the device id, or the rule that should cover it (trustpath check shows its findings).',
    ])
  })
})
