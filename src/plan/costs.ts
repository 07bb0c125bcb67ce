/**
 * What replacing a device costs: user overrides read from CSV, merged over the default table, and
 * the lookup (model rows, then the role row, then `other`).
 *
 * Per-site overhead (tower crew mobilisation, structural analysis, permits) is paid once per site,
 * not once per device. The exact rule, "once per site per phase in which anything at the site is
 * replaced", needs a site variable in the MILP. `costsOf` offers both ways:
 * - `shared` (the default): the site's overhead, the largest overhead of its candidates' rows, is
 *   spread evenly over the candidate devices of the site (`siteOverheadShare`). Replacing all of
 *   them pays it exactly once; replacing some pays a proportional part. A device without a site
 *   pays its row's overhead in full.
 * - `separate`: devices carry no overhead and the per-site amounts come back on their own, for a
 *   planner that models the site as a variable.
 */
import { DEVICE_ROLES, type DeviceRole } from '../domain/device.js'
import type { Diagnostic, SourceLocation, WithDiagnostics } from '../diagnostics/diagnostic.js'
import { TrustpathError } from '../errors.js'
import { CsvTokenizer, linesBeforeHeader, type CsvProblem, type CsvRecord } from '../inventory/csv.js'
import { columnSpellings, titleRows } from '../topology/import/csv-table.js'
import { englishHeaders } from '../topology/import/table-headers.js'
import { isTotalLabel, totalRowText } from '../inventory/total-row.js'
import { readWorkbookRows } from '../inventory/xlsx.js'
import { DEFAULT_COST_TABLE, type CostRow, type CostTable } from './cost-table.js'
import type { CostBreakdown } from './types.js'
import { expectedInstead, parseWrittenNumber } from '../util/amount.js'

/** The columns of a cost override file. `model` may be left empty (the row then covers the role). */
export const COST_COLUMNS = ['role', 'model', 'equipment', 'labour', 'site_overhead'] as const
export type CostColumn = (typeof COST_COLUMNS)[number]
const REQUIRED: readonly CostColumn[] = ['role', 'equipment', 'labour', 'site_overhead']
/**
 * Accepted spellings of column names: a procurement sheet heads the price of one unit `Unit price`
 * (`Unit cost`), which is the equipment's.
 */
const ALIASES: Readonly<Record<string, CostColumn>> = {
  labor: 'labour', siteoverhead: 'site_overhead', overhead: 'site_overhead', unitprice: 'equipment', unitcost: 'equipment', unit_price: 'equipment', unit_cost: 'equipment',
}

/** A header's unit in brackets after its name: a sheet heads its amounts with their currency (`Equipment (USD)`, `Labour [$]`). */
const UNIT = /^(.*?)\s*[([]\s*([^()[\]]*?)\s*[)\]]$/

/**
 * Columns into which a procurement sheet splits an amount, each added to the amount it is part of:
 * labour is removal, installation, configuration and disposal, equipment the hardware and its
 * licences. Ignored as unknown columns, an installation column left its money out of the plan.
 */
const PART_OF: Readonly<Record<string, 'equipment' | 'labour'>> = {
  hardware: 'equipment', licence: 'equipment', licences: 'equipment', license: 'equipment', licenses: 'equipment', software: 'equipment',
  installation: 'labour', install: 'labour', removal: 'labour', configuration: 'labour', commissioning: 'labour', decommissioning: 'labour', disposal: 'labour',
}

/** A header cell's name without its unit, in lower case. */
function headerName(cell: string): string {
  return (UNIT.exec(cell.trim())?.[1] ?? cell).trim().toLowerCase()
}

/**
 * The column a header cell names, with or without its unit; in German, French, Italian, Spanish or
 * Japanese by the English header it stands for (table-headers.ts: `Rolle`, `Arbeitskosten`, `工事費`).
 */
function costColumn(cell: string): CostColumn | undefined {
  const english = (c: string): CostColumn | undefined => {
    const name = headerName(c)
    return (COST_COLUMNS as readonly string[]).includes(name) ? (name as CostColumn) : ALIASES[name.replace(/[\s-]/g, '')]
  }
  return english(cell) ?? englishHeaders(cell).map(english).find((c) => c !== undefined)
}

/** The amount a header cell names a part of (`Installation (USD)` of labour), if any. */
function partColumn(cell: string): 'equipment' | 'labour' | undefined {
  return PART_OF[headerName(cell).replace(/[\s-]/g, '')]
}

/**
 * A total's word followed by what it sums, in a cost sheet's role column (`Subtotal RAN`, `Total
 * core`, `Zwischensumme Kameras`): `isTotalLabel` takes words after the total's only before a
 * colon, since an inventory's device may be named `Total Station 3`; a role column holds no name.
 */
const SUBTOTAL = /^(?:sub[ -]?totals?|totals?|grand[ -]?total|sum|summe|zwischensumme|gesamt|sous[ -]total|subtotale|totale)\s+\p{L}/iu

/** The cost of replacing one device. */
export type DeviceCost = CostBreakdown & { total: number }

/** The fields of a device that decide its cost. */
export type CostedDevice = { role?: DeviceRole | undefined; model?: string | undefined; site?: string | undefined }

/**
 * Reads a cost override CSV (`role,model,equipment,labour,site_overhead`, USD, amounts as a
 * spreadsheet writes them: `$150,000`, `150.000,00`; see `parseWrittenNumber`). `model` is an
 * exact model (case-insensitive) or a regular expression between slashes (`/^NE40E/`). Bad rows
 * are skipped with a diagnostic; the other rows are kept.
 * @example
 * const { value: rows, diagnostics } = parseCostOverrides('role,model,equipment,labour,site_overhead\nran,,300000,120000,80000\n', { file: 'costs.csv' })
 * const table = buildCostTable(rows)
 */
export function parseCostOverrides(text: string, source: { file: string }): WithDiagnostics<CostRow[]> {
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  const tokenizer = new CsvTokenizer()
  tokenizer.push(text, records, problems)
  tokenizer.end(records, problems)
  const diagnostics: Diagnostic[] = problems.map((p) => ({
    code: 'malformed_csv', severity: 'error', at: { file: source.file, line: p.line }, problem: p.problem,
  }))
  return parseCostRecords(records, diagnostics, source)
}

/**
 * Reads a cost override sheet from an Excel workbook (.xlsx): its first visible sheet that names
 * columns (see `readWorkbookRows`), as `parseCostOverrides` reads a CSV file, each row's location
 * the sheet and its row number (`costs.xlsx:Prices!3`). Amounts typed as numbers are read as
 * they are; amounts typed as text as a CSV's are.
 *
 * @throws TrustpathError `input_invalid` when the bytes are no workbook, or a damaged one.
 * @example
 * const { value: rows, diagnostics } = parseCostWorkbook(await readFile('costs.xlsx'), { file: 'costs.xlsx' })
 */
export function parseCostWorkbook(bytes: Uint8Array, source: { file: string }): WithDiagnostics<CostRow[]> {
  // The workbook's own diagnostics speak of inventory sheets and --sheet, which costs do not have:
  // the rows' locations name the sheet read.
  const sheet = readWorkbookRows(bytes, source.file, { what: 'cost table' }).sheets[0]!
  const records: CsvRecord[] = []
  const diagnostics: Diagnostic[] = []
  for (const batch of sheet.batches) {
    records.push(...batch.records)
    diagnostics.push(...batch.diagnostics)
  }
  return parseCostRecords(records, diagnostics, { file: source.file, sheet: sheet.sheet })
}

function parseCostRecords(records: readonly CsvRecord[], diagnostics: Diagnostic[], source: { file: string; sheet?: string }): WithDiagnostics<CostRow[]> {
  const place = (line?: number): SourceLocation => ({ file: source.file, ...(source.sheet !== undefined && { sheet: source.sheet }), ...(line !== undefined && { line }) })
  const rows: CostRow[] = []
  const start = titleRows(records, (cell) => costColumn(cell) !== undefined)
  if (start > 0) diagnostics.push(linesBeforeHeader(records[0]!, records[start]!, place(records[0]!.line)))
  const header = records[start]
  if (header === undefined) {
    // Not empty_input, which speaks of devices: the default costs are used, and the file is named.
    diagnostics.push({ code: 'nothing_imported', severity: 'warning', at: place(), expected: 'cost rows' })
    return { value: rows, diagnostics: sortByLine(diagnostics) }
  }

  const index = new Map<CostColumn, number>()
  /** The columns added to equipment or labour (`installation`), by the header's name. */
  const parts: { to: 'equipment' | 'labour'; name: string; i: number }[] = []
  const unknown: string[] = []
  header.cells.forEach((raw, i) => {
    const unit = UNIT.exec(raw.trim())
    const part = partColumn(raw)
    const column = costColumn(raw) ?? part
    const field = part === undefined ? column : headerName(raw)
    if (column === undefined) unknown.push(raw)
    else if (unit !== null && column !== 'role' && column !== 'model' && !/^(?:usd|us\s?\$|\$)$/i.test(unit[2]!)) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at: place(header.line), field: field!, value: raw.trim(),
        expected: `amounts in US dollars: convert the column from ${unit[2]} and head it "${field}" or "${field} (USD)"` })
      index.set(column, i)
    } else if (part !== undefined) parts.push({ to: part, name: field!, i })
    else if (!index.has(column)) index.set(column, i)
  })
  if (diagnostics.some((d) => d.code === 'invalid_field')) return { value: rows, diagnostics: sortByLine(diagnostics) }
  if (unknown.length > 0) diagnostics.push({ code: 'unknown_column', severity: 'warning', at: place(header.line), columns: unknown, known: [...COST_COLUMNS] })
  const missing = REQUIRED.filter((c) => !index.has(c) && !parts.some((p) => p.to === c))
  for (const column of missing) {
    const spellings = columnSpellings(column, { aliases: ALIASES })
    diagnostics.push({ code: 'missing_column', severity: 'error', at: place(header.line), column, expected: [...COST_COLUMNS], spellings })
  }
  if (missing.length > 0) return { value: rows, diagnostics: sortByLine(diagnostics) }

  const seen = new Map<string, SourceLocation>()
  for (const record of records.slice(start + 1)) {
    const at = place(record.line)
    if (record.cells.length !== header.cells.length) {
      diagnostics.push({ code: 'malformed_csv', severity: 'error', at, problem: 'field_count', expected: header.cells.length, got: record.cells.length })
      continue
    }
    const cell = (c: CostColumn): string => {
      const i = index.get(c)
      return i === undefined ? '' : (record.cells[i] ?? '').trim()
    }
    // A sheet's total row below the prices (`Total,,$463,000,...`), or a subtotal that names what it
    // sums (`Subtotal RAN`, which no role is): no role, and nothing to price.
    if ((isTotalLabel(cell('role')) || SUBTOTAL.test(cell('role'))) && cell('model') === '') {
      diagnostics.push({ code: 'total_row', severity: 'warning', at, text: totalRowText(record.cells), table: 'costs' })
      continue
    }
    const partCells = parts.map((p) => ({ to: p.to, name: p.name, raw: (record.cells[p.i] ?? '').trim() }))
    const row = toCostRow(cell, partCells, index, at, diagnostics)
    if (row === undefined) continue
    const key = `${row.role}\u0000${row.model === undefined ? '' : row.model.kind === 'exact' ? `=${row.model.model.toLowerCase()}` : `/${row.model.pattern}`}`
    const first = seen.get(key)
    if (first !== undefined) {
      diagnostics.push({ code: 'duplicate_cost_row', severity: 'warning', at, role: row.role, model: cell('model'), first })
      continue
    }
    seen.set(key, at)
    rows.push(row)
  }
  return { value: rows, diagnostics: sortByLine(diagnostics) }
}

function toCostRow(
  cell: (c: CostColumn) => string,
  parts: readonly { to: 'equipment' | 'labour'; name: string; raw: string }[],
  index: ReadonlyMap<CostColumn, number>,
  at: SourceLocation,
  diagnostics: Diagnostic[],
): CostRow | undefined {
  let ok = true
  const role = cell('role').toLowerCase()
  if (!(DEVICE_ROLES as readonly string[]).includes(role)) {
    diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'role', value: cell('role'), expected: `one of ${DEVICE_ROLES.join(', ')}` })
    ok = false
  }
  const model = cell('model')
  let matcher: CostRow['model']
  if (model !== '') {
    const regex = /^\/(.+)\/$/.exec(model)
    if (regex === null) matcher = { kind: 'exact', model }
    else {
      const pattern = regex[1]!
      try {
        new RegExp(pattern, 'i')
        matcher = { kind: 'pattern', pattern }
      } catch {
        diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'model', value: model, expected: 'an exact model, or a valid regular expression between slashes such as /^NE40E/' })
        ok = false
      }
    }
  }
  const read = (field: string, raw: string): number => {
    const got = parseWrittenNumber(raw, { money: true })
    if ('value' in got) return got.value
    diagnostics.push({ code: 'invalid_field', severity: 'error', at, field, value: raw, expected: expectedInstead(got, 'an amount in US dollars') })
    ok = false
    return Number.NaN
  }
  // An amount is its column's cell plus those of the columns that are parts of it (installation).
  const amount = (column: 'equipment' | 'labour' | 'site_overhead'): number => {
    let sum = index.has(column) ? read(column, cell(column)) : 0
    for (const p of parts) if (p.to === column) sum += read(p.name, p.raw)
    return sum
  }
  const equipment = amount('equipment')
  const labour = amount('labour')
  const siteOverhead = amount('site_overhead')
  if (!ok) return undefined
  const row: CostRow = {
    id: at.sheet === undefined ? `${at.file}:${at.line ?? 0}` : `${at.file}:${at.sheet}!${at.line ?? 0}`,
    role: role as DeviceRole,
    equipment,
    labour,
    siteOverhead,
    source: { kind: 'public', title: `user cost override (${at.file}, ${at.sheet === undefined ? 'line' : `sheet ${at.sheet}, row`} ${at.line ?? '?'})` },
  }
  if (matcher !== undefined) row.model = matcher
  return row
}

function sortByLine(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.toSorted((a, b) => (a.at.line ?? 0) - (b.at.line ?? 0))
}

/**
 * A cost table with `overrides` in front of `base`: an override row wins over every base row, so a
 * role-only override also wins over the base table's model rows of that role.
 * @default base DEFAULT_COST_TABLE
 */
export function buildCostTable(overrides: readonly CostRow[], base: CostTable = DEFAULT_COST_TABLE): CostTable {
  if (overrides.length === 0) return base
  // A role-only override replaces the base rows of that role wholesale: the user's figure for "ran"
  // must not be shadowed by the default BBU row. Model overrides add to the base rows.
  const roleOnly = new Set(overrides.filter((r) => r.model === undefined).map((r) => r.role))
  const kept = base.rows.filter((r) => !roleOnly.has(r.role))
  return { rows: [...overrides, ...kept] }
}

const compiled = new WeakMap<CostRow, RegExp>()
function matches(row: CostRow, model: string): boolean {
  const m = row.model
  if (m === undefined) return false
  if (m.kind === 'exact') return m.model.localeCompare(model, 'en', { sensitivity: 'accent' }) === 0
  let re = compiled.get(row)
  if (re === undefined) {
    re = new RegExp(m.pattern, 'i')
    compiled.set(row, re)
  }
  return re.test(model)
}

/** The row that prices a device: the first model row that matches, else its role's row, else `other`. */
export function findCostRow(device: CostedDevice, table: CostTable): CostRow {
  const role = device.role ?? 'other'
  const model = device.model?.trim()
  if (model !== undefined && model !== '') {
    // A model row applies to devices of its role, and to devices whose role is unknown.
    const byModel = table.rows.find((r) => r.model !== undefined && (device.role === undefined || r.role === role) && matches(r, model))
    if (byModel !== undefined) return byModel
  }
  const byRole = table.rows.find((r) => r.model === undefined && r.role === role) ??
    table.rows.find((r) => r.model === undefined && r.role === 'other')
  if (byRole === undefined) {
    throw new TrustpathError('usage', `plan/costOf: the cost table has no row for role "${role}" and no "other" row.`, {
      hint: 'Add a row "other,,<equipment>,<labour>,<site_overhead>" to the cost file, or build the table over DEFAULT_COST_TABLE.',
    })
  }
  return byRole
}

/**
 * What replacing `device` costs by `table`, with the full per-site overhead of its row (see
 * `costsOf` to share the overhead among the devices of a site).
 * @example
 * costOf({ role: 'core', model: 'NE40E-X8' }, DEFAULT_COST_TABLE).total // 233000
 */
export function costOf(device: CostedDevice, table: CostTable): DeviceCost {
  const row = findCostRow(device, table)
  return {
    equipment: row.equipment,
    labour: row.labour,
    siteOverhead: row.siteOverhead,
    source: row.id,
    total: row.equipment + row.labour + row.siteOverhead,
  }
}

/**
 * One device's share of its site's overhead when the overhead is spread evenly over the
 * `devicesPerSite` candidate devices of the site.
 */
export function siteOverheadShare(siteOverhead: number, devicesPerSite: number): number {
  if (!(siteOverhead >= 0) || !Number.isFinite(siteOverhead)) {
    throw new TrustpathError('usage', `plan/siteOverheadShare: the overhead must be a finite amount ≥ 0; got ${siteOverhead}.`)
  }
  if (!Number.isInteger(devicesPerSite) || devicesPerSite < 1) {
    throw new TrustpathError('usage', `plan/siteOverheadShare: a site has at least one device; got ${devicesPerSite}.`)
  }
  return siteOverhead / devicesPerSite
}

/** How `costsOf` charges per-site overhead. */
export type SiteOverheadMode = 'shared' | 'separate'

/** Options of `costsOf`. */
export type CostsOfOptions = {
  /**
   * `shared`: spread each site's overhead evenly over its candidate devices; `separate`: leave it
   * off the devices and return it per site.
   * @default 'shared'
   */
  siteOverhead?: SiteOverheadMode
}

const DEFAULTS = { siteOverhead: 'shared' } as const satisfies Required<CostsOfOptions>

/**
 * The costs of a set of candidate devices, with per-site overhead charged once per site: the
 * site's overhead is the largest `siteOverhead` among its devices' rows.
 * @example
 * const { byDevice, bySite } = costsOf(candidates, table, { siteOverhead: 'separate' })
 */
export function costsOf<D extends CostedDevice & { id: string }>(
  devices: readonly D[],
  table: CostTable,
  options: CostsOfOptions = {},
): { byDevice: Map<string, DeviceCost>; bySite: Map<string, number> } {
  const opts = { ...DEFAULTS, ...options } satisfies CostsOfOptions
  const full = devices.map((d) => ({ device: d, cost: costOf(d, table) }))
  const bySite = new Map<string, number>()
  const count = new Map<string, number>()
  for (const { device, cost } of full) {
    if (device.site === undefined) continue
    bySite.set(device.site, Math.max(bySite.get(device.site) ?? 0, cost.siteOverhead))
    count.set(device.site, (count.get(device.site) ?? 0) + 1)
  }
  const byDevice = new Map<string, DeviceCost>()
  for (const { device, cost } of full) {
    let overhead = cost.siteOverhead
    if (device.site !== undefined) {
      overhead = opts.siteOverhead === 'separate' ? 0 : siteOverheadShare(bySite.get(device.site)!, count.get(device.site)!)
    }
    byDevice.set(device.id, { ...cost, siteOverhead: overhead, total: cost.equipment + cost.labour + overhead })
  }
  return { byDevice, bySite: new Map([...bySite].toSorted(([a], [b]) => a.localeCompare(b))) }
}
