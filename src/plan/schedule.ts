import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { readCsvTable, type CsvColumns } from '../topology/import/csv-table.js'
import { suggestDate } from '../util/dates.js'
import { normalizePhaseId, phaseOf } from './phases.js'
import type { Candidate, Phase } from './types.js'

/**
 * What a schedule file says of one device: phase indexes, the `not_before` date as written, and the
 * row it came from.
 */
export type ScheduleEntry = { phase?: number; notBefore?: number; notBeforeDate?: string; at?: SourceLocation }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * A date as a sheet writes it, as YYYY-MM-DD: `2027-06-30`, `30.06.2027`, `2027/6/30`, and
 * `30/06/2027` or `06/30/2027` when the day is above 12 (see `suggestDate`); else undefined.
 */
function writtenDate(text: string): string | undefined {
  if (!ISO_DATE.test(text)) return suggestDate(text)
  const ms = Date.parse(`${text}T00:00:00Z`)
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text) ? text : undefined
}

type ScheduleColumn = 'device' | 'phase' | 'not_before'

const SCHEDULE_COLUMNS: CsvColumns<ScheduleColumn> = { required: ['device'], optional: ['phase', 'not_before'], oneOf: ['phase', 'not_before'] }

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
  // The CSV reader of the other tables: quoted fields, the separator of the header line (`;` from
  // a spreadsheet in a European locale), unknown columns and rows with too few fields reported.
  const rows = readCsvTable(text.replace(/^\uFEFF/, ''), source.file, SCHEDULE_COLUMNS, diagnostics)
  if (rows === undefined) {
    if (!diagnostics.some((d) => d.code === 'missing_column')) {
      diagnostics.push({ code: 'missing_column', severity: 'error', at: { file: source.file, line: 1 }, column: 'device', expected: ['device', 'phase', 'not_before'] })
    }
    return { schedule, diagnostics }
  }
  const ids = phases.map((p) => p.id)
  for (const { line, cells } of rows) {
    const at = { file: source.file, line }
    const device = cells.device ?? ''
    if (device === '') {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'device', value: '', expected: 'a device id' })
      continue
    }
    const first = schedule.get(device)?.at
    if (first !== undefined) {
      diagnostics.push({ code: 'duplicate_schedule_row', severity: 'warning', at, device, first })
      continue
    }
    const entry: ScheduleEntry = { at }
    const phase = cells.phase ?? ''
    if (phase !== '') {
      // A sheet may give the phase as --phases writes it (2027Q2) or the day the work is booked for.
      const date = writtenDate(phase)
      const index = date !== undefined ? phaseOf(date, phases) ?? -1 : ids.indexOf(normalizePhaseId(phase))
      if (index < 0) {
        diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'phase', value: phase,
          expected: `one of the phases ${ids.join(', ')}${date !== undefined ? `, or a date within them (${phases[0]!.start} to ${phases[phases.length - 1]!.end})` : ''}` })
      } else entry.phase = index
    }
    const written = cells.not_before ?? ''
    const notBefore = writtenDate(written) ?? written
    if (notBefore !== '') {
      if (!ISO_DATE.test(notBefore)) {
        diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'not_before', value: written, expected: 'a date (YYYY-MM-DD)' })
      } else {
        const index = phases.findIndex((p) => p.start >= notBefore)
        entry.notBefore = index < 0 ? phases.length : index
        entry.notBeforeDate = notBefore
      }
    }
    schedule.set(device, entry)
  }
  return { schedule, diagnostics }
}

/**
 * Schedule rows that put a candidate after its deadline: a replacement scheduled in a later phase
 * than the one its deadline falls in, or a `not_before` that keeps it in place past that phase.
 * The planner treats deadlines as hard constraints, so such a row leaves no plan that meets them;
 * it is reported at its line, with the device, the deadline and the phase asked, so that the
 * schedule or the policy is fixed rather than a plan made that silently misses the deadline.
 * Only candidates know their deadlines, hence a check after the inventory is checked rather than
 * in `parseSchedule`.
 */
export function validateScheduleDeadlines(candidates: readonly Candidate[], schedule: ReadonlyMap<string, ScheduleEntry>, phases: readonly Phase[], source: { file: string }): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const c of candidates) {
    const entry = schedule.get(c.deviceId)
    if (entry === undefined || c.deadlinePhase === undefined) continue
    const late = entry.phase !== undefined
      ? (entry.phase > c.deadlinePhase ? { field: 'phase' as const, index: entry.phase, value: phases[entry.phase]!.id } : undefined)
      : (entry.notBefore !== undefined && entry.notBefore > c.deadlinePhase
        ? { field: 'not_before' as const, index: entry.notBefore, value: entry.notBeforeDate ?? '' }
        : undefined)
    if (late === undefined) continue
    diagnostics.push({
      code: 'schedule_after_deadline', severity: 'error', at: entry.at ?? { file: source.file }, device: c.deviceId, field: late.field, value: late.value,
      // A not_before after the last phase keeps the device out of every phase.
      phase: phases[late.index]?.id ?? `after ${phases[phases.length - 1]!.id}`, deadlinePhase: phases[c.deadlinePhase]!.id,
      ...(c.deadline !== undefined ? { deadline: c.deadline } : {}), ...(c.deadlineRule !== undefined ? { rule: c.deadlineRule } : {}),
    })
  }
  return diagnostics
}

/**
 * Schedule rows for devices that are no candidates: the planner never sees them, so without a
 * word they would be dropped. `inInventory` tells a mistyped id (not in the inventory) from a
 * device the policy does not ask to replace, and `outOfService` (`PlanInputResult.outOfService`)
 * from one with findings that the inventory records as out of service.
 */
export function scheduleRowsOffCandidates(
  candidates: readonly Candidate[], schedule: ReadonlyMap<string, ScheduleEntry>, source: { file: string },
  inInventory: (device: string) => boolean, outOfService: readonly string[] = [],
): Diagnostic[] {
  const ids = new Set(candidates.map((c) => c.deviceId))
  const away = new Set(outOfService)
  const diagnostics: Diagnostic[] = []
  for (const [device, entry] of schedule) {
    if (ids.has(device)) continue
    diagnostics.push({
      code: 'schedule_not_candidate', severity: 'warning', at: entry.at ?? { file: source.file }, device, inInventory: inInventory(device),
      ...(away.has(device) ? { outOfService: true as const } : {}),
    })
  }
  return diagnostics
}
