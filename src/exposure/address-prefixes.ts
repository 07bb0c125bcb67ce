/**
 * IP addresses as flow ends: the prefix table (`prefix,node[,class]`) that places the addresses of
 * a flow log on topology nodes, longest prefix first, IPv4 and IPv6.
 */
import { createRequire } from 'node:module'
import type { Diagnostic, SourceLocation, WithDiagnostics } from '../diagnostics/diagnostic.js'
import { readCsvTable, type CsvColumns } from '../topology/import/csv-table.js'
import type { NodeResolver } from './node-trust.js'

// ipaddr.js is CommonJS whose exports Node's ESM loader cannot name, and its types are `export =`.
const { IPv4, IPv6 } = createRequire(import.meta.url)('ipaddr.js') as typeof import('ipaddr.js')

/** An address read as a number: 32 bits (IPv4) or 128 (IPv6). */
type Address = { family: 4 | 6; value: bigint }

// Addresses are parsed by ipaddr.js (well kept, the one Express trusts for proxy addresses) rather
// than by hand: IPv6's text forms (`::`, an embedded IPv4 tail, a zone) are easy to get subtly wrong.
function valueOf(bytes: readonly number[]): bigint {
  let v = 0n
  for (const b of bytes) v = (v << 8n) | BigInt(b)
  return v
}

function bytesOf(family: 4 | 6, value: bigint): number[] {
  const out: number[] = []
  for (let i = (family === 4 ? 4 : 16) - 1; i >= 0; i--) out.push(Number((value >> BigInt(i * 8)) & 0xffn))
  return out
}

/** An IPv4 or IPv6 address as written in a flow log or an inventory (an IPv6 zone is dropped); undefined for any other text. */
export function parseIpAddress(text: string): Address | undefined {
  const t = text.trim()
  if (t.includes(':')) {
    // The zone (`fe80::1%eth0`) names the interface, not the address.
    const bare = t.replace(/%.*$/, '')
    return IPv6.isValid(bare) ? { family: 6, value: valueOf(IPv6.parse(bare).toByteArray()) } : undefined
  }
  // Only the four-part dotted form: ipaddr's parse also takes `10.1` and hex parts, which no log writes.
  return IPv4.isValidFourPartDecimal(t) ? { family: 4, value: valueOf(IPv4.parse(t).toByteArray()) } : undefined
}

/** The text of an address: IPv4 dotted, IPv6 as RFC 5952 writes it. */
function addressText(family: 4 | 6, value: bigint): string {
  return family === 4 ? new IPv4(bytesOf(4, value)).toString() : new IPv6(bytesOf(6, value)).toRFC5952String()
}

/**
 * An address in one spelling: IPv4 dotted, IPv6 as RFC 5952 writes it (lower case, the longest
 * run of zero groups as `::`), so that `2001:DB8:0:0::1` in an inventory and `2001:db8::1` in a
 * flow log are one address. Undefined when the text is no address.
 */
export function canonicalAddress(text: string): string | undefined {
  const a = parseIpAddress(text)
  return a === undefined ? undefined : addressText(a.family, a.value)
}

/** A row of the prefix table. */
export type PrefixEntry = {
  /** The prefix as written (`10.20.0.0/16`). */
  prefix: string
  /** The node as written: a node id, label or site, as a flow end names one. */
  node: string
  /** The sensitivity class of the traffic to and from the prefix, when given. */
  class?: string
  at: SourceLocation
}

/** Longest-prefix lookup over the rows of a prefix table. */
export class PrefixTable {
  readonly entries: readonly PrefixEntry[]
  /** Family → prefix length → network number → the entry (the first row of that prefix). */
  private readonly byLength = new Map<4 | 6, Map<number, Map<bigint, PrefixEntry>>>()
  /** Family → the lengths present, longest first. */
  private readonly lengths = new Map<4 | 6, number[]>()
  /** Class → its rank: the row order of the first row that gives it. */
  private readonly classRank = new Map<string, number>()

  constructor(entries: readonly { entry: PrefixEntry; family: 4 | 6; length: number; network: bigint }[]) {
    this.entries = entries.map((e) => e.entry)
    for (const { entry, family, length, network } of entries) {
      let byLength = this.byLength.get(family)
      if (byLength === undefined) this.byLength.set(family, (byLength = new Map()))
      let networks = byLength.get(length)
      if (networks === undefined) byLength.set(length, (networks = new Map()))
      if (!networks.has(network)) networks.set(network, entry)
      if (entry.class !== undefined && !this.classRank.has(entry.class)) this.classRank.set(entry.class, this.classRank.size)
    }
    for (const [family, byLength] of this.byLength) this.lengths.set(family, [...byLength.keys()].sort((a, b) => b - a))
  }

  /** The row of the longest prefix that holds `address`, or undefined (also for text that is no address). */
  lookup(address: string): PrefixEntry | undefined {
    const a = parseIpAddress(address)
    if (a === undefined) return undefined
    const bits = a.family === 4 ? 32 : 128
    const byLength = this.byLength.get(a.family)
    for (const length of this.lengths.get(a.family) ?? []) {
      const network = length === 0 ? 0n : (a.value >> BigInt(bits - length)) << BigInt(bits - length)
      const hit = byLength!.get(length)!.get(network)
      if (hit !== undefined) return hit
    }
    return undefined
  }

  /** The classes the table gives, in the order of the rows that first give them (the most sensitive first). */
  get classes(): string[] {
    return [...this.classRank.keys()]
  }

  /**
   * The class of a flow between two ends of these classes: the one given, or when both differ the
   * one the table names first (a table lists its most sensitive classes first).
   */
  flowClass(a: string | undefined, b: string | undefined): string | undefined {
    if (a === undefined || b === undefined || a === b) return a ?? b
    return (this.classRank.get(a) ?? Infinity) <= (this.classRank.get(b) ?? Infinity) ? a : b
  }
}

type PrefixColumn = 'prefix' | 'node' | 'class'

/** Columns of a prefix table. */
export const PREFIX_COLUMNS: CsvColumns<PrefixColumn> = {
  required: ['prefix', 'node'],
  optional: ['class'],
  aliases: { network: 'prefix', subnet: 'prefix', cidr: 'prefix', site: 'node', sensitivity: 'class', classification: 'class' },
}

/**
 * Parses a prefix table: CSV `prefix,node[,class]` (with that header, or without a header when its
 * first line starts with a prefix, the columns then in that order), a prefix in CIDR notation (`10.20.0.0/16`,
 * `2001:db8:20::/48`; an address alone is its /32 or /128). A row whose prefix does not read, or
 * has bits set past its length (`10.20.1.0/16`: `10.20.0.0/16` was meant, or `/24`), is an
 * `invalid_prefix` error; a prefix given twice keeps its first row (`duplicate_prefix`).
 *
 * @example
 * const { value } = parsePrefixTable('prefix,node,class\n10.20.0.0/16,berlin,secret\n', { file: 'prefixes.csv' })
 * value.lookup('10.20.3.4') // { prefix: '10.20.0.0/16', node: 'berlin', class: 'secret', ... }
 */
export function parsePrefixTable(text: string, source: { file: string }): WithDiagnostics<PrefixTable> {
  const { file } = source
  const diagnostics: Diagnostic[] = []
  // A table kept without a header (as an IPAM export or a hand-made list often is) starts with a
  // prefix: its columns are then prefix,node[,class] in that order.
  const body = text.replace(/^\ufeff/, '')
  const firstLine = /^[^\r\n]*/.exec(body.trimStart())![0]
  const sep = [',', ';', '\t'].find((c) => firstLine.includes(c)) ?? ','
  const firstCells = firstLine.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1'))
  const headerless = parseIpAddress(firstCells[0]!.split('/')[0]!) !== undefined && firstCells.length <= 3
  const header = headerless ? `${['prefix', 'node', 'class'].slice(0, Math.max(2, firstCells.length)).join(sep)}\n` : ''
  const shift = headerless ? 1 : 0
  const read: Diagnostic[] = []
  const rows = (readCsvTable(header + body, file, PREFIX_COLUMNS, read) ?? []).map((r) => ({ ...r, line: r.line - shift }))
  for (const d of read) diagnostics.push(d.at.line === undefined || shift === 0 ? d : { ...d, at: { ...d.at, line: d.at.line - shift } } as Diagnostic)
  const kept: { entry: PrefixEntry; family: 4 | 6; length: number; network: bigint }[] = []
  const first = new Map<string, SourceLocation>()
  for (const row of rows) {
    const at: SourceLocation = { file, line: row.line }
    const written = (row.cells.prefix ?? '').trim()
    const node = (row.cells.node ?? '').trim()
    const cls = (row.cells.class ?? '').trim()
    const m = /^([^/]+?)(?:\/(\d{1,3}))?$/.exec(written)
    const address = m === null ? undefined : parseIpAddress(m[1]!)
    const bits = address?.family === 4 ? 32 : 128
    const length = m?.[2] === undefined ? bits : Number(m[2])
    if (address === undefined || length > bits) {
      diagnostics.push({ code: 'invalid_prefix', severity: 'error', at, value: written, problem: written === '' ? 'empty' : address === undefined ? 'not_an_address' : 'length' })
      continue
    }
    const host = bits - length
    const network = (address.value >> BigInt(host)) << BigInt(host)
    if (network !== address.value) {
      const canonical = `${addressText(address.family, network)}/${length}`
      diagnostics.push({ code: 'invalid_prefix', severity: 'error', at, value: written, problem: 'host_bits', network: canonical })
      continue
    }
    if (node === '') {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'node', value: '', expected: 'a node id, node label or site the prefix is at' })
      continue
    }
    const key = `${address.family}/${network}/${length}`
    const before = first.get(key)
    if (before !== undefined) {
      diagnostics.push({ code: 'duplicate_prefix', severity: 'warning', at, prefix: written, first: before })
      continue
    }
    first.set(key, at)
    const entry: PrefixEntry = { prefix: written, node, at }
    if (cls !== '') entry.class = cls
    kept.push({ entry, family: address.family, length, network })
  }
  if (kept.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({ code: 'nothing_imported', severity: 'warning', at: { file }, expected: 'prefixes' })
  }
  return { value: new PrefixTable(kept), diagnostics }
}

/**
 * The nodes of a prefix table checked against the topology: a row whose node names no node (by id,
 * label or site, as a flow end does) or several is a `prefix_unknown_node` error at its line, with
 * the nodes it may have meant.
 */
export function validatePrefixNodes(
  table: PrefixTable, resolve: NodeResolver, suggest: (ref: string) => string[], labelOf?: (node: string) => string | undefined,
): WithDiagnostics<Map<string, string>> {
  return resolveTableNodes(table.entries, resolve, suggest,
    (e, suggestions) => ({ code: 'prefix_unknown_node', severity: 'error', at: e.at, node: e.node, prefix: e.prefix, suggestions }), labelOf)
}

/**
 * The nodes that the rows of a table (a prefix table, a site map) name, checked against the
 * topology: each node as written → its node id. A node that names several nodes is an
 * `ambiguous_node` error at the first row that writes it; one that names none is the table's own
 * error (`unknown`), given up to three nodes it may have meant, each with its label by `labelOf`.
 */
export function resolveTableNodes<R extends { node: string; at: SourceLocation }>(
  rows: readonly R[], resolve: NodeResolver, suggest: (ref: string) => string[], unknown: (row: R, suggestions: { node: string; label?: string }[]) => Diagnostic,
  labelOf?: (node: string) => string | undefined,
): WithDiagnostics<Map<string, string>> {
  // A node offered by its label too, as the table's writer knows it (NL rather than Geant2012:0).
  const offered = (node: string): { node: string; label?: string } => {
    const label = labelOf?.(node)
    return label === undefined ? { node } : { node, label }
  }
  const nodes = new Map<string, string>()
  const diagnostics: Diagnostic[] = []
  for (const e of rows) {
    if (nodes.has(e.node)) continue
    const m = resolve(e.node)
    if (m.kind === 'node') nodes.set(e.node, m.node)
    else if (m.kind === 'ambiguous') diagnostics.push({ code: 'ambiguous_node', severity: 'error', at: e.at, node: e.node, matches: m.matches })
    else diagnostics.push(unknown(e, suggest(e.node).slice(0, 3).map(offered)))
  }
  return { value: nodes, diagnostics }
}
