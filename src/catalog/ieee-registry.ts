import type { Diagnostic, WithDiagnostics } from '../diagnostics/diagnostic.js'
import type { OuiRegistry } from '../domain/evidence.js'
import type { OuiEntry } from './types.js'

/** The header line of every IEEE registry CSV (oui.csv, mam.csv, oui36.csv, iab.csv, cid.csv). */
export const IEEE_REGISTRY_HEADER = ['Registry', 'Assignment', 'Organization Name', 'Organization Address'] as const

/** Hex digits of an assignment in each registry. */
const ASSIGNMENT_DIGITS: Readonly<Record<OuiRegistry, number>> = {
  'MA-L': 6, 'MA-M': 7, 'MA-S': 9, IAB: 9, CID: 6,
}

const HEX = /^[0-9A-Fa-f]+$/

function isRegistry(value: string): value is OuiRegistry {
  return Object.hasOwn(ASSIGNMENT_DIGITS, value)
}

/** One CSV record and the 1-based line it starts on. */
type CsvRecord = { line: number; fields: string[]; unclosed: boolean }

/**
 * Splits RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes. The IEEE
 * files use CRLF and quote only fields that need it.
 */
function* readCsvRecords(text: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  const n = text.length
  while (i < n) {
    const start = line
    const fields: string[] = []
    let field = ''
    let unclosed = false
    for (;;) {
      if (text[i] === '"') {
        i++
        for (;;) {
          const q = text.indexOf('"', i)
          if (q === -1) {
            field += text.slice(i)
            i = n
            unclosed = true
            break
          }
          field += text.slice(i, q)
          i = q + 1
          if (text[i] === '"') {
            field += '"'
            i++
          } else break
        }
        for (const c of field) if (c === '\n') line++
        // Text after the closing quote (a malformed field) is kept as is.
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++]
      } else {
        let j = i
        while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++
        field = text.slice(i, j)
        i = j
      }
      fields.push(field)
      field = ''
      if (i < n && text[i] === ',') {
        i++
        continue
      }
      break
    }
    if (text[i] === '\r') i++
    if (text[i] === '\n') i++
    line++
    yield { line: start, fields, unclosed }
  }
}

/**
 * Parses an IEEE registry CSV as published by the IEEE Registration Authority (MA-L `oui.csv`,
 * MA-M `mam.csv`, MA-S `oui36.csv`, `iab.csv`, `cid.csv`). A wrong header gives a
 * `registry_header` error and no entries; a bad row gives `registry_row_invalid` with its line
 * and is skipped. When `source.registry` is given, rows of another registry are bad rows.
 *
 * @example
 * parseIeeeRegistryCsv(text, { file: 'oui.csv', registry: 'MA-L' }).value[0]
 * // { prefix: '286FB9', registry: 'MA-L', organization: 'Nokia Shanghai Bell Co., Ltd.' }
 */
export function parseIeeeRegistryCsv(
  text: string,
  source: { file: string; registry?: OuiRegistry },
): WithDiagnostics<OuiEntry[]> {
  const diagnostics: Diagnostic[] = []
  const entries: OuiEntry[] = []
  const bad = (line: number, problem: string) =>
    diagnostics.push({ code: 'registry_row_invalid', severity: 'warning', at: { file: source.file, line }, problem })

  let header = true
  for (const record of readCsvRecords(text)) {
    const { line, fields } = record
    if (header) {
      header = false
      const got = fields.map((f) => f.trim())
      if (got.length < 3 || IEEE_REGISTRY_HEADER.some((name, k) => k < 3 && got[k] !== name)) {
        diagnostics.push({
          code: 'registry_header', severity: 'error', at: { file: source.file, line },
          expected: [...IEEE_REGISTRY_HEADER], got,
        })
        return { value: [], diagnostics }
      }
      continue
    }
    if (fields.length === 1 && (fields[0] ?? '').trim() === '') continue // blank line
    if (record.unclosed) {
      bad(line, 'a quoted field is never closed')
      continue
    }
    const [registry = '', assignment = '', organization = ''] = fields.map((f) => f.trim())
    if (!isRegistry(registry)) {
      bad(line, `unknown registry "${registry}"; expected MA-L, MA-M, MA-S, IAB or CID`)
      continue
    }
    if (source.registry !== undefined && registry !== source.registry) {
      bad(line, `registry "${registry}" in a ${source.registry} file`)
      continue
    }
    const digits = ASSIGNMENT_DIGITS[registry]
    if (assignment.length !== digits || !HEX.test(assignment)) {
      bad(line, `assignment "${assignment}" is not ${digits} hex digits as ${registry} requires`)
      continue
    }
    if (organization === '') {
      bad(line, `assignment ${assignment} has no organization name`)
      continue
    }
    entries.push({ prefix: assignment.toUpperCase(), registry, organization })
  }
  if (header) {
    diagnostics.push({
      code: 'registry_header', severity: 'error', at: { file: source.file, line: 1 },
      expected: [...IEEE_REGISTRY_HEADER], got: [],
    })
  }
  return { value: entries, diagnostics }
}
