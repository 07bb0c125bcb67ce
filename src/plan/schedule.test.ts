import { describe, expect, it } from 'vitest'
import { parsePhases } from './phases.js'
import { parseSchedule } from './schedule.js'

const phases = parsePhases('2026-2029')

describe('parseSchedule', () => {
  it('reads scheduled phases and not-before dates', () => {
    const { schedule, diagnostics } = parseSchedule('device,phase,not_before\nrt-1,2027,\nbts-9,,2028-01-01\nbts-10,,2028-03-01\n', { file: 's.csv' }, phases)
    expect(diagnostics).toEqual([])
    expect(Object.fromEntries(schedule)).toEqual({ 'rt-1': { phase: 1 }, 'bts-9': { notBefore: 2 }, 'bts-10': { notBefore: 3 } })
  })

  it('reports an unknown phase and a bad date with their lines', () => {
    const { diagnostics } = parseSchedule('device,phase,not_before\nrt-1,2035,\nrt-2,,tomorrow\n', { file: 's.csv' }, phases)
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['invalid_field', 2], ['invalid_field', 3]])
  })

  it('needs a device column', () => {
    expect(parseSchedule('id,phase\n', { file: 's.csv' }, phases).diagnostics[0]).toMatchObject({ code: 'missing_column', column: 'device' })
  })
})
