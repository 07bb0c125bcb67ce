import type { Evidence } from '../domain/evidence.js'
import type { Finding } from '../domain/finding.js'
import type { Manufacturer } from '../domain/manufacturer.js'
import type { ByteOutput } from '../util/byte-output.js'
import { textOf, utf8Bytes } from '../util/byte-output.js'
import { showControls } from '../util/text-width.js'
import { csvLine } from './csv.js'
import { buildFindingJsonBytes } from './finding-json.js'
import type { CheckSummary } from './findings.js'
import { FINDING_CSV_COLUMNS, FINDING_CSV_MERGE_COLUMNS, formatCheckSummary, formatFindingCsvRows } from './findings.js'
import type { SarifContext } from './sarif.js'
import { buildSarifResultJson, toSarif } from './sarif.js'
import { briefEvidenceList, fitDeviceLabel, formatDeadline, formatDeadlineUrgency, joinNotes, tableDeviceLabel } from './words.js'

const COMMA_NEWLINE = utf8Bytes(',\n')
const NEWLINE = utf8Bytes('\n')

/** The formats `buildFindingsWriter` writes findings in. */
export const FINDINGS_FORMATS = ['table', 'json', 'jsonl', 'csv', 'sarif'] as const
/** A format `buildFindingsWriter` writes findings in: one of `FINDINGS_FORMATS`. */
export type FindingsFormat = (typeof FINDINGS_FORMATS)[number]

/**
 * Writes findings as they are found, device by device, so a check of millions of devices never
 * holds them all: `head`, then `device()` for each device with findings (in inventory order), then
 * `tail()` with the summary.
 */
export type FindingsWriter = {
  head: string
  /** `file` is the inventory file the device was read from, where several are read (SARIF locates the findings in it). */
  device(findings: readonly Finding[], line: number | undefined, file?: string): string
  /**
   * `device` written as UTF-8 straight into `out`, where the format has a faster way than its
   * text; for the others `deviceInto` (below) writes the text.
   */
  deviceBytes?(findings: readonly Finding[], line: number | undefined, out: ByteOutput): void
  tail(summary: CheckSummary): string
}

/** Writes the findings of one device into `out`, the fastest way the writer has. */
export function deviceInto(writer: FindingsWriter, findings: readonly Finding[], line: number | undefined, out: ByteOutput, file?: string): void {
  if (writer.deviceBytes !== undefined) writer.deviceBytes(findings, line, out)
  else out.text(writer.device(findings, line, file))
}

/**
 * Independent evidence before what the inventory declares: the table has room for little. An OEM
 * relation comes before the declared name it reads, as it says more (the maker and the source).
 */
function strongestFirst(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => RANK[a.method] - RANK[b.method])
}
const RANK = { declared: 2, oem: 1, oui: 0, snmp_enterprise: 0, banner: 0, model: 0, component: 0 } as const satisfies Record<Evidence['method'], number>

const LIFECYCLE_WORDS = { 'in-service': 'in service', 'not-deployed': 'not yet deployed', 'out-of-service': 'out of service' } as const

const W = { severity: 8, rule: 18, device: 20, manufacturer: 14, group: 10, deadline: 10, confidence: 4 } as const

/** The evidence column's width that the table keeps on a narrow terminal. */
const MIN_EVIDENCE = 20

/** Narrowest widths of the text columns, shrunk in this order on a terminal too narrow for the table. */
const SHRINK = [['rule', 12], ['device', 14], ['manufacturer', 10], ['group', 8]] as const

/**
 * The column widths for a table `width` columns wide: the rule, device, manufacturer and group
 * columns give up room (down to a width that still tells most apart) so that the evidence keeps
 * 20 columns; a terminal of 100 columns then shows a row on one line, where it wrapped each row.
 */
function tableWidths(width: number): Record<keyof typeof W, number> {
  const w: Record<keyof typeof W, number> = { ...W }
  const line = () => Object.values(w).reduce((sum, n) => sum + n + 2, 0) + MIN_EVIDENCE
  for (const [column, min] of SHRINK) {
    while (line() > width && w[column] > min) w[column]--
  }
  return w
}

/** What `buildFindingsWriter` needs besides the format. */
export type FindingsWriterContext = {
  sarif: SarifContext; manufacturers: ReadonlyMap<string, Manufacturer>; width?: number
  /** The rows continue a list begun elsewhere (a parallel worker's share): every JSON row starts with a comma. */
  continued?: boolean
  /**
   * Write the findings an exemption waives (`Finding.waiver`), marked as such; false leaves them
   * out (the summary still counts them apart).
   * @default true
   */
  waived?: boolean
  /** `check --merge`: the CSV adds the columns of `FINDING_CSV_MERGE_COLUMNS`. */
  merged?: boolean
}

/** A streaming writer for one output format. */
export function buildFindingsWriter(format: FindingsFormat, ctx: FindingsWriterContext): FindingsWriter {
  const writer = formatWriter(format, ctx)
  if (ctx.waived !== false) return writer
  const open = (fs: readonly Finding[]): readonly Finding[] => (fs.some((f) => f.waiver !== undefined) ? fs.filter((f) => f.waiver === undefined) : fs)
  const { deviceBytes } = writer
  return {
    head: writer.head,
    device: (fs, line, file) => writer.device(open(fs), line, file),
    ...(deviceBytes !== undefined && { deviceBytes: (fs: readonly Finding[], line: number | undefined, out: ByteOutput) => deviceBytes(open(fs), line, out) }),
    tail: writer.tail,
  }
}

function formatWriter(format: FindingsFormat, ctx: FindingsWriterContext): FindingsWriter {
  // The rows written, found in the counts: with worker threads, the workers' writers wrote them.
  const written = (summary: CheckSummary) => summary.findings + (ctx.waived !== false ? summary.waived ?? 0 : 0)
  switch (format) {
    case 'json': {
      const bytes = buildFindingJsonBytes()
      let first = ctx.continued !== true
      const deviceBytes = (fs: readonly Finding[], _: number | undefined, out: ByteOutput) => {
        for (const f of fs) {
          out.bytes(first ? NEWLINE : COMMA_NEWLINE)
          first = false
          bytes(f, out)
        }
      }
      // Each finding starts on its own line, so that a check without findings writes "findings": [].
      return {
        head: '{\n"findings": [',
        device: (fs, line) => textOf((out) => deviceBytes(fs, line, out)),
        deviceBytes,
        tail: (summary) => `${written(summary) > 0 ? '\n' : ''}],\n"summary": ${JSON.stringify(summary, null, 2)}\n}\n`,
      }
    }
    case 'jsonl': {
      const bytes = buildFindingJsonBytes()
      const deviceBytes = (fs: readonly Finding[], _: number | undefined, out: ByteOutput) => {
        for (const f of fs) {
          bytes(f, out)
          out.bytes(NEWLINE)
        }
      }
      return { head: '', device: (fs, line) => textOf((out) => deviceBytes(fs, line, out)), deviceBytes, tail: () => '' }
    }
    case 'csv':
      return {
        head: csvLine(ctx.merged === true ? [...FINDING_CSV_COLUMNS, ...FINDING_CSV_MERGE_COLUMNS] : FINDING_CSV_COLUMNS),
        device: (fs) => formatFindingCsvRows(fs, ctx.merged === true), tail: () => '',
      }
    case 'sarif': {
      // The log's frame comes from the whole-log writer with no results; results go in its array.
      const frame = JSON.stringify(toSarif([], ctx.sarif))
      const at = frame.lastIndexOf('"results":[]') + '"results":['.length
      let first = ctx.continued !== true
      const result = buildSarifResultJson(ctx.sarif)
      return {
        head: frame.slice(0, at),
        device: (fs, line, file) => fs.map((f) => {
          const s = `${first ? '\n' : ',\n'}${result(f, line, file)}`
          first = false
          return s
        }).join(''),
        tail: (summary) => `${written(summary) > 0 ? '\n' : ''}${frame.slice(at)}\n`,
      }
    }
    case 'table': {
      const width = ctx.width ?? 160
      const w = tableWidths(width)
      const cell = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n))
      // Control characters shown, not sent: the terminal would run an escape sequence in an id.
      const row = (cells: string[], shown: string) => {
        const rest = showControls(shown)
        const fixed = cells.map(showControls).map((c, i) => (i === 2 ? fitDeviceLabel(c, w.device) : cell(c, Object.values(w)[i]!))).join('  ')
        const room = Math.max(MIN_EVIDENCE, width - fixed.length - 2)
        return `${fixed}  ${rest.length > room ? `${rest.slice(0, room - 1)}…` : rest}`.trimEnd() + '\n'
      }
      // The blank line before the summary follows the summary's count, not rows this writer wrote:
      // with worker threads, the rows are written by the workers' writers.
      return {
        head: row(['SEVERITY', 'RULE', 'DEVICE', 'MANUFACTURER', 'GROUP', 'DEADLINE', 'CONF'], 'EVIDENCE'),
        // The maker by its catalog slug, as `identify`'s table gives it, and the strongest evidence in
        // few words (a piece of another maker named), so that more of it fits the width.
        // A device recorded as not in service says so first, where the width does not cut it off;
        // its note, the last, is then left out of the others.
        // A waived finding says so in the severity column, which counts only open ones, and its
        // last day, exemption and reason come first, where the width does not cut them off.
        // A deadline near or passed (due in 24 days, overdue by 300 days) comes before the evidence too.
        device: (fs) => fs.map((f) => {
          const away = f.lifecycle !== undefined && f.lifecycle !== 'in-service'
          const notes = away ? f.notes.slice(0, -1) : f.notes
          const urgency = f.waiver === undefined ? formatDeadlineUrgency(f) : undefined
          return row([
            f.waiver === undefined ? f.severity : 'waived', f.rule, tableDeviceLabel(f.deviceId, f.deviceName), f.manufacturer ?? 'unknown', f.matchedGroup ?? f.group ?? '-',
            formatDeadline(f) ?? '-', f.confidence.toFixed(2),
          ], (f.waiver !== undefined ? `until ${f.waiver.until} (${f.waiver.target}: ${f.waiver.reason}): ` : '') +
            (urgency !== undefined ? `${urgency}: ` : '') +
            (away ? `recorded ${JSON.stringify(f.deviceStatus)} (${LIFECYCLE_WORDS[f.lifecycle!]}): ` : '') +
            briefEvidenceList(strongestFirst(f.evidence).slice(0, 3), f.manufacturer) +
            (notes.length > 0 ? ` [${joinNotes(notes)}]` : ''))
        }).join(''),
        tail: (summary) => `${written(summary) > 0 ? '\n' : ''}${formatCheckSummary(summary, ctx.waived !== false)}`,
      }
    }
  }
}
