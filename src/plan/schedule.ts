import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Phase } from './types.js'

/** What a schedule file says of one device. */
export type ScheduleEntry = { phase?: number; notBefore?: number }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Parses a schedule CSV: `device,phase,not_before`. `phase` (a phase id such as `2027` or
 * `2027-Q2`) fixes an already scheduled replacement; `not_before` (a date) keeps the device in place
 * until the first phase that starts on or after that date. Bad rows are reported with their line.
 *
 * @example
 * parseSchedule('device,phase,not_before\nrt-1,2027,\nbts-9,,2028-01-01\n', { file: 'schedule.csv' }, phases)
 */
export function parseSchedule(text: string, source: { file: string }, phases: readonly Phase[]): { schedule: Map<string, ScheduleEntry>; diagnostics: Diagnostic[] } {
  const schedule = new Map<string, ScheduleEntry>()
  const diagnostics: Diagnostic[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase())
  const col = (name: string) => header.indexOf(name)
  const [iDevice, iPhase, iNotBefore] = [col('device'), col('phase'), col('not_before')]
  if (iDevice < 0 || (iPhase < 0 && iNotBefore < 0)) {
    diagnostics.push({ code: 'missing_column', severity: 'error', at: { file: source.file, line: 1 }, column: iDevice < 0 ? 'device' : 'phase', expected: ['device', 'phase', 'not_before'] })
    return { schedule, diagnostics }
  }
  const ids = phases.map((p) => p.id)
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return
    const at = { file: source.file, line: i + 2 }
    const cells = line.split(',').map((c) => c.trim())
    const device = cells[iDevice] ?? ''
    if (device === '') {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'device', value: '', expected: 'a device id' })
      return
    }
    const entry: ScheduleEntry = {}
    const phase = iPhase >= 0 ? cells[iPhase] ?? '' : ''
    if (phase !== '') {
      const index = ids.indexOf(phase)
      if (index < 0) diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'phase', value: phase, expected: `one of the phases ${ids.join(', ')}` })
      else entry.phase = index
    }
    const notBefore = iNotBefore >= 0 ? cells[iNotBefore] ?? '' : ''
    if (notBefore !== '') {
      if (!ISO_DATE.test(notBefore)) {
        diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'not_before', value: notBefore, expected: 'a date (YYYY-MM-DD)' })
      } else {
        const index = phases.findIndex((p) => p.start >= notBefore)
        entry.notBefore = index < 0 ? phases.length : index
      }
    }
    schedule.set(device, entry)
  })
  return { schedule, diagnostics }
}
