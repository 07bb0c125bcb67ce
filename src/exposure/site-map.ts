/**
 * A site map (`site,node`): the sites of an inventory, written in its own words (`Roma, Via dei
 * Tizii 6`, `FRA-DC2 Building B`), mapped onto the nodes of a topology labelled otherwise (`RM`).
 */
import type { Diagnostic, SourceLocation, WithDiagnostics } from '../diagnostics/diagnostic.js'
import { readCsvTable, type CsvColumns } from '../topology/import/csv-table.js'
import { resolveTableNodes } from './address-prefixes.js'
import { nameKey, type NodeResolver } from './node-trust.js'

/** A row of a site map. */
export type SiteMapEntry = {
  /** The site as the inventory writes it. */
  site: string
  /** The node as written: a node id, label or site, as a flow end names one. */
  node: string
  at: SourceLocation
}

/**
 * A site in any case and spacing: spaces around it dropped, runs of spaces inside it one space,
 * letters folded as node labels are (`STRASSE` is `Straße`).
 */
const siteKey = (site: string): string => nameKey(site.trim().replace(/\s+/g, ' '))

/** The rows of a site map, looked up by an inventory device's site. */
export class SiteMap {
  readonly entries: readonly SiteMapEntry[]
  private readonly exact = new Map<string, SiteMapEntry>()
  private readonly folded = new Map<string, SiteMapEntry>()

  constructor(entries: readonly SiteMapEntry[]) {
    this.entries = entries
    for (const e of entries) {
      if (!this.exact.has(e.site)) this.exact.set(e.site, e)
      const k = siteKey(e.site)
      if (!this.folded.has(k)) this.folded.set(k, e)
    }
  }

  /** The row of a site: as written, else in any case and spacing; undefined when no row gives it. */
  lookup(site: string): SiteMapEntry | undefined {
    return this.exact.get(site) ?? this.folded.get(siteKey(site))
  }
}

/** Columns of a site map: the inventory's word for a site first, then the topology's node. */
export const SITE_MAP_COLUMNS: CsvColumns<'site' | 'node'> = {
  required: ['site', 'node'],
  optional: [],
  aliases: {
    location: 'site', site_name: 'site', location_name: 'site', inventory_site: 'site',
    node_label: 'node', node_id: 'node', label: 'node', pop: 'node', topology_node: 'node',
  },
}

/**
 * Parses a site map: CSV `site,node` (LibreNMS's `location` and a `node_label` are read too). A
 * row without a site or node is an `invalid_field` error; a site given twice, in any case and
 * spacing, is a `site_map_duplicate` error at its second row, whichever node it gives: the node
 * would otherwise depend on the order of the rows.
 *
 * @example
 * const { value } = parseSiteMap('site,node\n"Roma, Via dei Tizii 6",RM\n', { file: 'sites.csv' })
 * value.lookup('roma,  via dei tizii 6')?.node // 'RM'
 */
export function parseSiteMap(text: string, source: { file: string }): WithDiagnostics<SiteMap> {
  const { file } = source
  const diagnostics: Diagnostic[] = []
  const rows = readCsvTable(text.replace(/^\ufeff/, ''), file, SITE_MAP_COLUMNS, diagnostics) ?? []
  const entries: SiteMapEntry[] = []
  const first = new Map<string, SiteMapEntry>()
  for (const row of rows) {
    const at: SourceLocation = { file, line: row.line }
    const site = (row.cells.site ?? '').trim()
    const node = (row.cells.node ?? '').trim()
    if (site === '' || node === '') {
      const field = site === '' ? 'site' : 'node'
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field, value: '',
        expected: field === 'site' ? 'the site as the inventory writes it' : 'a node id, node label or site of the topology' })
      continue
    }
    const entry: SiteMapEntry = { site, node, at }
    const before = first.get(siteKey(site))
    if (before !== undefined) {
      diagnostics.push({ code: 'site_map_duplicate', severity: 'error', at, site, node, first: before.at, firstNode: before.node })
      continue
    }
    first.set(siteKey(site), entry)
    entries.push(entry)
  }
  if (entries.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({ code: 'nothing_imported', severity: 'warning', at: { file }, expected: 'sites' })
  }
  return { value: new SiteMap(entries), diagnostics }
}

/**
 * The nodes of a site map checked against the topology, as a prefix table's are: a row whose node
 * names no node is a `site_map_unknown_node` error at its line, with the nodes it may have meant;
 * one that names several, `ambiguous_node`. Returns each node as written → its node id.
 */
export function validateSiteMapNodes(
  map: SiteMap, resolve: NodeResolver, suggest: (ref: string) => string[], labelOf?: (node: string) => string | undefined,
): WithDiagnostics<Map<string, string>> {
  return resolveTableNodes(map.entries, resolve, suggest,
    (e, suggestions) => ({ code: 'site_map_unknown_node', severity: 'error', at: e.at, node: e.node, site: e.site, suggestions }), labelOf)
}
