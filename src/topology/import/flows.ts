/**
 * Flow lists as CSV (`id,src,dst,volume,class`) or JSON (an array, or `{ "flows": [...] }`), and
 * REPETITA's `.demands` files (`DEMANDS <n>`, the memo line `label src dest bw`, then one demand a
 * line: its ends are node positions, which are the node ids REPETITA's `.graph` gets, and `bw` is in
 * kbit/s, read as a volume in Mbit/s like the links' bandwidth), and the demands of an SNDlib file
 * (native or XML), such as the demand matrices of SNDlib's dynamic traffic.
 * `src` and `dst` are kept as written (node ids, node labels, site ids or inventory devices): resolving them
 * against a topology is the exposure stage's job. The `id` may be left out (the column, or the
 * JSON field): the flow is then named after its line, `line-7`.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import type { Flow } from '../../domain/topology.js'
import { readNumber } from './builder.js'
import { csvColumn, readCsvTable, type CsvColumns } from './csv-table.js'
import { arrayElementLines, isObject, jsonId, parseJsonText } from './json-text.js'
import { resolveLimits, type FlowsResult, type ParseTopologyOptions, sortDiagnostics, tooLarge } from './source.js'
import { showValue } from '../../diagnostics/show-value.js'
import { expectedInstead, parseWrittenNumber } from '../../util/amount.js'
import { isTotalLabel, isTotalValue, totalRowText } from '../../inventory/total-row.js'
import { xmlRootName } from '../../util/xml.js'
import { readSndlibNetwork, UNITS, unitMultiplier, type SndlibNetwork } from './sndlib.js'
import { readSndlibXml } from './sndlib-xml.js'
import { isRepetitaDemandsStart, isSndlibNativeStart } from './text-starts.js'
import { xmlRootKind } from './xml-root.js'
import { withoutGzipSuffix } from '../../util/file-stem.js'

type FlowColumn = 'id' | 'src' | 'dst' | 'volume' | 'class'

/** Columns of a flow CSV. */
export const FLOW_COLUMNS: CsvColumns<FlowColumn> = {
  required: ['src', 'dst', 'volume'],
  optional: ['id', 'class'],
  // A sheet's own words: `Flow ID`, `Classification` (of the information, as marked), `Demand` (SNDlib's word).
  aliases: {
    source: 'src', from: 'src', destination: 'dst', target: 'dst', to: 'dst', sensitivity: 'class', classification: 'class',
    flow: 'id', flow_id: 'id', demand: 'volume',
  },
  // `Volume (Mbit/s)`, `Volume [Gbps]`: the unit is the sheet's own; shares and plan values compare volumes only.
  withUnit: ['volume'],
}

/** The column a flow CSV header cell names (after normalisation), if any. */
function flowColumn(cell: string): FlowColumn | undefined {
  return csvColumn(cell.replace(/^\s*"|"\s*$/g, ''), FLOW_COLUMNS)
}

/**
 * True when the start of a text is a flow list: a CSV header with both ends (`src`, `dst` or
 * their aliases) and a `volume`, or JSON whose first object has those keys (an array, or
 * `{"flows": [...]}`). A link list has no volume: a flow list given as a topology, read as one,
 * gave a network of the flows' ends and a meaningless analysis.
 */
export function looksLikeFlows(head: string): boolean {
  const text = head.replace(/^\ufeff/, '').trimStart()
  if (/^\{\s*"flows"\s*:\s*\[/.test(text) || isRepetitaDemandsStart(text)) return true
  const first = text.startsWith('[') ? /^\[\s*\{([^{}]*)\}/.exec(text)?.[1] : undefined
  const cells = first !== undefined
    ? [...first.matchAll(/"((?:[^"\\]|\\.)*)"\s*:/g)].map((m) => m[1]!)
    : text.startsWith('{') || text.startsWith('[') ? [] : text.split(/\r\n?|\n/, 1)[0]!.split(/[,;\t]/)
  const columns = new Set(cells.map(flowColumn))
  return columns.has('src') && columns.has('dst') && columns.has('volume')
}

const REPETITA_DEMAND = /^(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)$/

/** Reads the demand lines of a REPETITA demands file into `collector`; a line that does not read is reported. */
function readRepetitaDemands(text: string, file: string, collector: FlowCollector, diagnostics: Diagnostic[]): void {
  const lines = text.split('\n')
  // Line 1 is `DEMANDS <n>`, line 2 the memo line.
  for (let i = 2; i < lines.length && !collector.full; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const at: SourceLocation = { file, line: i + 1 }
    const m = REPETITA_DEMAND.exec(line)
    if (m === null) {
      diagnostics.push({ code: 'malformed_repetita', severity: 'error', at, section: 'DEMANDS', expected: '<label> <src> <dest> <bw>', got: line })
      continue
    }
    const kbits = readNumber(m[4], 'bw', 'nonnegative', at, diagnostics)
    if (kbits === undefined) continue
    collector.add({ id: m[1], src: m[2], dst: m[3], volume: kbits / 1000, class: undefined }, at)
  }
}

/**
 * The demands of an SNDlib network (native or XML; a demand matrix of SNDlib's dynamic traffic has
 * no links), in Mbit/s by its `META unit`, with their ends as written: the ids of the network's nodes.
 */
function readSndlibDemands(net: SndlibNetwork, file: string, collector: FlowCollector, diagnostics: Diagnostic[]): void {
  const written = net.meta.get('unit')
  let unit = unitMultiplier(written)
  if (unit === undefined) {
    diagnostics.push({ code: 'unknown_unit', severity: 'warning', at: { file }, unit: written ?? '', known: Object.keys(UNITS) })
    unit = 1
  }
  for (const d of net.demands) {
    if (collector.full) break
    const value = readNumber(d.demandValue, 'demand_value', 'nonnegative', d.at, diagnostics)
    if (value !== undefined) collector.add({ id: d.id, src: d.source, dst: d.target, volume: value * unit, class: undefined }, d.at)
  }
}

/** Options of `parseFlows`. */
export type ParseFlowsOptions = ParseTopologyOptions & {
  /** The format; when absent, `.json` means JSON, other names CSV, unless the text starts with `[` or `{`. */
  format?: 'csv' | 'json'
}

/** A volume written with its rate: `100 Mbit/s`, `2.5 Gbps`, `500 kb/s` (bits, not bytes: `MB/s` is not read). */
const RATE = /^(.*?\d)\s*([kKmMgGtT])(?:[bB]its?\/s|bps|b\/s)$/
const RATE_IN_MBITS: Readonly<Record<string, number>> = { k: 1e-3, m: 1, g: 1e3, t: 1e6 }
/** The rate in a volume column's header, `Volume (Gbit/s)`, `Demand [kbps]`: bits, as in a cell. */
const HEADER_RATE = /[([]\s*([kKmMgGtT])(?:[bB]its?\/s|bps|b\/s)\s*[)\]]\s*$/

/** A rate in bytes (`10 MB/s`, `1.5 GBps`): refused, since a sheet that means bits often writes B, but told in bits. */
const BYTE_RATE = /^(.*?\d)\s*([kKmMgGtT])(?:B\/s|Bps|[bB]ytes?\/s)$/

type RawFlow = { id: unknown; src: unknown; dst: unknown; volume: unknown; class: unknown }

class FlowCollector {
  readonly flows: Flow[] = []
  /** Flow id → the line it was read from. */
  readonly lines = new Map<string, number>()
  private readonly first = new Map<string, SourceLocation>()
  private readonly diagnostics: Diagnostic[]
  private readonly maxFlows: number
  full = false
  /** Rows seen, kept or not. */
  count = 0

  constructor(diagnostics: Diagnostic[], maxFlows: number) {
    this.diagnostics = diagnostics
    this.maxFlows = maxFlows
  }

  /**
   * `plainUnit`: Mbit/s per unit of a volume written without its rate (a `Volume (Gbit/s)` column's:
   * 1000). `byPosition`: a flow without an id is named after its position, not its line (JSON
   * whose flows share lines).
   */
  add(raw: Partial<RawFlow>, at: SourceLocation, plainUnit = 1, byPosition = false): void {
    // A list written by hand often has no id: the line (or the position in a JSON list without
    // line numbers) names the flow. An id column or field that is present but empty stays an error.
    const given = raw.id !== undefined ? jsonId(raw.id) : at.line !== undefined && !byPosition ? `line-${at.line}` : `flow-${this.count + 1}`
    this.count++
    const fields = { id: given, src: jsonId(raw.src), dst: jsonId(raw.dst) }
    let ok = true
    for (const [field, value] of Object.entries(fields)) {
      if (value !== undefined) continue
      const got = raw[field as keyof RawFlow]
      this.diagnostics.push({ code: 'invalid_field', severity: 'error', at, field, value: typeof got === 'string' ? got : got === undefined ? '' : showValue(got), expected: field === 'id' ? 'a flow id' : 'a node id, node label or site id' })
      ok = false
    }
    let volume: number | undefined
    if (raw.volume === undefined || raw.volume === null || raw.volume === '') {
      this.diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'volume', value: '', expected: 'a number of 0 or more (Mbit/s by convention)' })
    } else if (typeof raw.volume === 'string') {
      // As a spreadsheet saved it: `1,250.5`, `1.250,5`, `50,25` (see parseWrittenNumber), perhaps
      // with its rate (`100 Mbit/s`, `2.5 Gbps`), which is then converted to Mbit/s.
      const rate = RATE.exec(raw.volume.trim())
      const read = parseWrittenNumber(rate === null ? raw.volume : rate[1]!)
      const bytes = rate === null ? BYTE_RATE.exec(raw.volume.trim()) : null
      const inBytes = bytes === null ? undefined : parseWrittenNumber(bytes[1]!)
      if (bytes !== null && inBytes !== undefined && 'value' in inBytes) {
        const mbits = inBytes.value * 8 * RATE_IN_MBITS[bytes[2]!.toLowerCase()]!
        this.diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'volume', value: raw.volume,
          expected: `a rate in bits per second, not bytes: ${raw.volume.trim()} is ${mbits.toLocaleString('en-US', { maximumFractionDigits: 6 })} Mbit/s if bytes were meant ` +
            `(write ${mbits.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: false })}), or write ${bytes[1]!.trim()} ${bytes[2]}bit/s if the B stood for bits` })
      } else if ('value' in read) volume = rate === null ? read.value * plainUnit : read.value * RATE_IN_MBITS[rate[2]!.toLowerCase()]!
      else {
        this.diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'volume', value: raw.volume,
          expected: expectedInstead(read, 'a number of 0 or more (Mbit/s by convention)', '40, 1,000.5, 1.000,5 or 2.5 Gbit/s') })
      }
    } else {
      const n = readNumber(raw.volume, 'volume', 'nonnegative', at, this.diagnostics)
      volume = n === undefined ? undefined : n * plainUnit
    }
    if (!ok || volume === undefined) return
    const id = fields.id!
    const before = this.first.get(id)
    if (before !== undefined) {
      this.diagnostics.push({ code: 'duplicate_flow', severity: 'warning', at, id, first: before })
      return
    }
    if (this.flows.length >= this.maxFlows) {
      this.diagnostics.push({ code: 'input_too_large', severity: 'error', at, what: 'flows', limit: this.maxFlows })
      this.full = true
      return
    }
    this.first.set(id, at)
    if (at.line !== undefined) this.lines.set(id, at.line)
    const flow: Flow = { id, src: fields.src!, dst: fields.dst!, volume }
    const cls = typeof raw.class === 'string' ? raw.class.trim() : undefined
    if (cls !== undefined && cls !== '') flow.class = cls
    this.flows.push(flow)
  }
}

/**
 * A JSON flow's fields by the names a CSV header may give them (`source`, `from`, `destination`,
 * `to`, `classification`, `Volume (Mbit/s)`...), as `looksLikeFlows` tells a flow list by them; a
 * field named exactly as the column (`src`) wins over an alias of it. `volumeKey` is the name the
 * volume was read from, whose rate (`Volume (Gbit/s)`) is that of its plain numbers.
 */
function flowFields(o: Readonly<Record<string, unknown>>): { raw: Partial<RawFlow>; volumeKey: string | undefined } {
  const raw: Partial<Record<FlowColumn, unknown>> = {}
  let volumeKey: string | undefined
  for (const [key, value] of Object.entries(o)) {
    const column = flowColumn(key)
    if (column === undefined || (column in raw && key !== column)) continue
    raw[column] = value
    if (column === 'volume') volumeKey = key
  }
  return { raw, volumeKey }
}

/**
 * The first filled cell of a traffic matrix (sources down the first column, destinations across
 * the first row, a volume where they cross: a planning sheet's grid), as the flow it stands for;
 * undefined for any other text.
 * Told by a header that names no flow column, with an empty first cell or more than two names
 * after it, and a row below that starts with one of those names and holds numbers or nothing.
 */
function trafficMatrixCell(text: string): { src: string; dst: string; volume: string } | undefined {
  const lines = text.split(/\r\n?|\n/, 20).filter((l) => l.trim() !== '')
  const first = lines[0]
  const sep = first === undefined ? undefined : [',', ';', '\t', '|'].find((c) => first.includes(c))
  if (first === undefined || sep === undefined) return undefined
  const cellsOf = (line: string) => line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim())
  const header = cellsOf(first)
  if (header.some((c) => flowColumn(c) !== undefined) || (header[0] !== '' && header.length < 4)) return undefined
  const names = header.slice(1)
  for (const line of lines.slice(1)) {
    const row = cellsOf(line)
    if (!names.includes(row[0]!) || row.length !== header.length) continue
    if (!row.slice(1).every((c) => c === '' || /^[\d.,\s]+$/.test(c))) return undefined
    const at = row.findIndex((c, i) => i > 0 && c !== '' && Number.parseFloat(c) !== 0)
    if (at > 0) return { src: row[0]!, dst: header[at]!, volume: row[at]! }
  }
  return undefined
}

/**
 * A sheet's total row below the flows (`Total,,,1060`): a word for a total where the id or the
 * source goes, no destination, and nothing but numbers in the other cells.
 */
function isFlowTotalRow(cells: Partial<Record<FlowColumn, string>>): boolean {
  const label = [cells.id, cells.src].find((c) => c !== undefined && c !== '')
  if (label === undefined || !isTotalLabel(label) || (cells.dst ?? '') !== '') return false
  return Object.values(cells).every((c) => c === label || isTotalValue(c))
}

function formatOf(text: string, file: string, format: 'csv' | 'json' | undefined): 'csv' | 'json' {
  if (format !== undefined) return format
  if (/\.json$/i.test(withoutGzipSuffix(file))) return 'json'
  if (/\.csv$/i.test(withoutGzipSuffix(file))) return 'csv'
  const c = /\S/.exec(text)?.[0]
  return c === '[' || c === '{' ? 'json' : 'csv'
}

/**
 * Parses a flow list (CSV or JSON). Rows with a missing id, src or dst, or a volume that is not a
 * number of 0 or more, are reported and skipped; a repeated id is reported and skipped; a flow
 * without an id is named after its line (`line-7`). `lines`
 * maps each flow id to its line, for the diagnostics of later stages (`resolveFlows`).
 *
 * @example
 * const { flows } = parseFlows('id,src,dst,volume,class\nf1,embassy-1,de:17,40,secret\n', { file: 'flows.csv' })
 * flows // [{ id: 'f1', src: 'embassy-1', dst: 'de:17', volume: 40, class: 'secret' }]
 */
export function parseFlows(text: string, source: { file: string }, options: ParseFlowsOptions = {}): FlowsResult {
  const { file } = source
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  if (tooLarge(text, file, limits, diagnostics)) {
    return { flows: [], diagnostics }
  }
  const collector = new FlowCollector(diagnostics, limits.maxFlows)
  let matrix: { src: string; dst: string; volume: string } | undefined
  const start = text.replace(/^\ufeff/, '')
  const head = start.slice(0, 4096)
  const root = options.format === undefined && head.trimStart().startsWith('<') ? xmlRootName(head) : undefined
  if (options.format === undefined && isRepetitaDemandsStart(start)) {
    readRepetitaDemands(start, file, collector, diagnostics)
  } else if (options.format === undefined && isSndlibNativeStart(head)) {
    readSndlibDemands(readSndlibNetwork(start, file, diagnostics), file, collector, diagnostics)
  } else if (root !== undefined && xmlRootKind(root) === 'sndlib') {
    readSndlibDemands(readSndlibXml(start, file, diagnostics), file, collector, diagnostics)
  } else if (formatOf(text, file, options.format) === 'json') {
    const parsed = parseJsonText(text, file, diagnostics)
    if (parsed === undefined) return { flows: [], diagnostics }
    const doc = parsed.value
    const key = Array.isArray(doc) ? '' : 'flows'
    const list = Array.isArray(doc) ? doc : isObject(doc) ? doc['flows'] : undefined
    if (!Array.isArray(list)) {
      diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file, line: 1 }, problem: 'expected an array of flows, or an object with a "flows" array', wellFormed: true })
      return { flows: [], diagnostics }
    }
    const lines = arrayElementLines(text).get(key) ?? []
    // A list on one line (JSON.stringify's, a program's) would name every flow without an id line-1.
    const byPosition = new Set(lines).size < lines.length
    for (let i = 0; i < list.length && !collector.full; i++) {
      const item: unknown = list[i]
      const line = lines[i]
      const path = key === '' ? [i] : [key, i]
      const at: SourceLocation = line === undefined ? { file, path } : { file, line, path }
      const fields = isObject(item) ? flowFields(item) : { raw: {}, volumeKey: undefined }
      const unit = HEADER_RATE.exec(fields.volumeKey ?? '')
      collector.add(fields.raw, at, unit === null ? 1 : RATE_IN_MBITS[unit[1]!.toLowerCase()]!, byPosition)
    }
  } else if ((matrix = trafficMatrixCell(start)) !== undefined) {
    // Read as a flow list, its header named no column and every column was missing, one error each.
    diagnostics.push({ code: 'flow_matrix', severity: 'error', at: { file, line: 1 }, example: matrix })
  } else {
    const headers = new Map<FlowColumn, string>()
    const rows = readCsvTable(text, file, FLOW_COLUMNS, diagnostics, headers) ?? []
    // `Volume (Gbit/s)`: the column's plain numbers are in that rate, as a cell's own rate is read.
    const unit = HEADER_RATE.exec(headers.get('volume') ?? '')
    const plainUnit = unit === null ? 1 : RATE_IN_MBITS[unit[1]!.toLowerCase()]!
    for (const row of rows) {
      if (collector.full) break
      if (isFlowTotalRow(row.cells)) {
        diagnostics.push({ code: 'total_row', severity: 'warning', at: { file, line: row.line }, text: totalRowText(Object.values(row.cells)), table: 'flows' })
        continue
      }
      collector.add({ ...row.cells } as RawFlow, { file, line: row.line }, plainUnit)
    }
  }
  if (collector.flows.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({ code: 'nothing_imported', severity: 'warning', at: { file }, expected: 'flows' })
  }
  return { flows: collector.flows, diagnostics: sortDiagnostics(diagnostics), lines: collector.lines }
}
