import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Site } from '../domain/site.js'
import { readCsvTable, type CsvColumns } from '../topology/import/csv-table.js'
import { arrayElementLines, isObject, parseJsonText } from '../topology/import/json-text.js'
import { showValue } from '../diagnostics/show-value.js'
import { parseDecimal } from '../util/decimal.js'

type SiteColumn = 'id' | 'name' | 'kind' | 'lat' | 'lon' | 'country' | 'network'

const SITE_COLUMNS: CsvColumns<SiteColumn> = {
  required: ['id'],
  optional: ['name', 'kind', 'lat', 'lon', 'country', 'network'],
  aliases: { site: 'id', slug: 'id', latitude: 'lat', longitude: 'lon', lng: 'lon', type: 'kind', operator: 'network' },
}

/**
 * Parses a sites file for geofences: CSV (`id,name,kind,lat,lon,country,network`; NetBox's
 * `slug`, `latitude`, `longitude` are accepted) or JSON (an array of sites, or `{"sites": [...]}`,
 * as `trustpath demo` writes it). Bad coordinates are reported with their line and left out.
 *
 * @example
 * parseSites('id,kind,lat,lon\nramstein,military-base,49.4369,7.6003\n', { file: 'sites.csv' })
 */
export function parseSites(text: string, source: { file: string }): { sites: Site[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const sites: Site[] = []
  const add = (raw: Record<string, unknown>, at: { file: string; line?: number; path?: (string | number)[] }) => {
    const id = typeof raw['id'] === 'string' ? raw['id'].trim() : typeof raw['slug'] === 'string' ? raw['slug'].trim() : ''
    if (id === '') {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'id', value: String(raw['id'] ?? ''), expected: 'a site id' })
      return
    }
    const site: Site = { id }
    for (const key of ['name', 'kind', 'country', 'network'] as const) {
      const v = raw[key]
      if (typeof v === 'string' && v.trim() !== '') site[key] = v.trim()
    }
    for (const [key, limit] of [['lat', 90], ['lon', 180]] as const) {
      const v = raw[key] ?? raw[key === 'lat' ? 'latitude' : 'longitude']
      if (v === undefined || v === null || v === '') continue
      const n = typeof v === 'number' ? v : typeof v === 'string' ? parseDecimal(v) ?? Number.NaN : Number.NaN
      if (Number.isFinite(n) && Math.abs(n) <= limit) site[key] = n
      else diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: key, value: String(v), expected: `a number in [-${limit}, ${limit}]` })
    }
    // One coordinate alone places nothing: the site would silently be no geofence centre.
    if ((site.lat === undefined) !== (site.lon === undefined) && !diagnostics.some((d) => d.at === at)) {
      const lacks = site.lat === undefined ? 'lat' : 'lon'
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: lacks, value: '', expected: `a number in [-${lacks === 'lat' ? 90 : 180}, ${lacks === 'lat' ? 90 : 180}] beside ${lacks === 'lat' ? 'lon' : 'lat'} (both, or neither)` })
    }
    sites.push(site)
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    // A syntax error is placed on its line and column; each site on the line where it starts.
    const body = text.replace(/^\uFEFF/, '')
    const parsed = parseJsonText(body, source.file, diagnostics)
    if (parsed === undefined) return { sites, diagnostics }
    const json = parsed.value
    const list = Array.isArray(json) ? json : isObject(json) ? json['sites'] : undefined
    if (!Array.isArray(list)) {
      diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file: source.file, line: 1 }, problem: 'expected an array of sites or {"sites": [...]}', wellFormed: true })
      return { sites, diagnostics }
    }
    const lines = arrayElementLines(body).get(Array.isArray(json) ? '' : 'sites') ?? []
    list.forEach((s, i) => {
      const line = lines[i]
      const at = { file: source.file, ...(line === undefined ? {} : { line }), path: Array.isArray(json) ? [i] : ['sites', i] }
      if (isObject(s)) add(s, at)
      else diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'site', value: showValue(s), expected: 'an object with an id, name, kind, lat and lon' })
    })
    return { sites, diagnostics }
  }
  for (const row of readCsvTable(text, source.file, SITE_COLUMNS, diagnostics) ?? []) add(row.cells, { file: source.file, line: row.line })
  return { sites, diagnostics }
}
