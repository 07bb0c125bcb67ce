/**
 * What every topology importer shares: where the text comes from, the result shapes, the input
 * limits, and how node ids are qualified by their network.
 */
import { fileStem } from '../../util/file-stem.js'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import type { Flow, Topology } from '../../domain/topology.js'
import { TrustpathError } from '../../errors.js'

/** Where a topology text comes from: the file name for diagnostics, and the network it describes. */
export type TopologySource = {
  file: string
  /** The operator network; defaults to the file's base name without extension (`de.graphml` → `de`). */
  network?: string
}

/** A topology with the diagnostics found while importing it. */
export type TopologyResult = { topology: Topology; diagnostics: Diagnostic[] }

/**
 * Flows with the diagnostics found while importing them, and where each flow was read (flow id →
 * 1-based line, when the source has lines), so later stages can point at the flow's line.
 */
export type FlowsResult = { flows: Flow[]; diagnostics: Diagnostic[]; lines?: Map<string, number> }

/** Caps on untrusted input, so a hostile or broken file cannot exhaust memory. */
export type TopologyLimits = {
  /**
   * Characters of text a parser accepts (readers check the same number as bytes before reading).
   * @default 67_108_864 (64 MiB: the largest Topology Zoo file is 80 KB)
   */
  maxChars: number
  /** @default 1_000_000 */
  maxNodes: number
  /** @default 5_000_000 */
  maxLinks: number
  /** Flows (SNDlib demands, flow files). @default 5_000_000 */
  maxFlows: number
}

/** Options shared by the topology and flow parsers. */
export type ParseTopologyOptions = {
  /** Override some of the input caps; the rest keep their defaults. */
  limits?: Partial<TopologyLimits>
}

/** The default input caps (see `TopologyLimits`). */
export const TOPOLOGY_LIMITS: Readonly<TopologyLimits> = {
  maxChars: 64 * 1024 * 1024,
  maxNodes: 1_000_000,
  maxLinks: 5_000_000,
  maxFlows: 5_000_000,
}

/** The caps in force for `options`. */
export function resolveLimits(options: ParseTopologyOptions): TopologyLimits {
  return { ...TOPOLOGY_LIMITS, ...options.limits }
}

/** True (with an `input_too_large` error for `file`) when `text` is longer than the limits allow. */
export function tooLarge(text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): boolean {
  if (text.length <= limits.maxChars) return false
  diagnostics.push({ code: 'input_too_large', severity: 'error', at: { file }, what: 'characters', limit: limits.maxChars })
  return true
}

/** Separates the network from the node's own id in a qualified id: `de:berlin-1`. */
export const NETWORK_SEPARATOR = ':'

/**
 * The id of a node that is unique across loaded networks: `<network>:<local id>`.
 *
 * @example
 * qualifyNodeId('de', '17') // 'de:17'
 */
export function qualifyNodeId(network: string, localId: string): string {
  return `${network}${NETWORK_SEPARATOR}${localId}`
}

/**
 * The default network name of a file: its base name without the last extension, with any `:`
 * replaced by `-` (the separator of qualified ids). A Kathará `lab.conf` is named by its folder, as
 * Kathará names the lab (every lab's file has that one name).
 *
 * @example
 * networkFromFile('zoo/Abilene.graphml') // 'Abilene'
 * networkFromFile('labs/fat-tree/lab.conf') // 'fat-tree'
 */
export function networkFromFile(file: string): string {
  const parts = file.split(/[\\/]/)
  const folder = parts.length > 1 && parts[parts.length - 1]!.toLowerCase() === 'lab.conf' ? parts[parts.length - 2] : undefined
  const name = (folder !== undefined && folder !== '' && folder !== '.' && folder !== '..' ? folder : fileStem(file)).replaceAll(NETWORK_SEPARATOR, '-')
  return name === '' ? 'network' : name
}

/** Throws `usage` for a network name that cannot qualify node ids. */
export function checkNetworkName(fn: string, network: string): void {
  if (network === '' || network.includes(NETWORK_SEPARATOR) || network.trim() !== network) {
    throw new TrustpathError('usage', `${fn}: the network name ${JSON.stringify(network)} is not usable: it must be non-empty, without spaces around it and without ":".`, {
      hint: 'Name the network with --topology <name>=<file>, e.g. --topology de=de.graphml.',
    })
  }
}

/** The network of `source`: given, or derived from the file name. Checks a given name. */
export function networkOf(fn: string, source: TopologySource): string {
  if (source.network === undefined) return networkFromFile(source.file)
  checkNetworkName(fn, source.network)
  return source.network
}

/**
 * Parses a `--topology` argument: `de=de.graphml` names the network, a bare path takes the
 * network from the file name.
 *
 * @example
 * parseTopologySpec('de=topo/de.graphml') // { network: 'de', path: 'topo/de.graphml' }
 */
export function parseTopologySpec(spec: string): { network?: string; path: string } {
  const m = /^([A-Za-z0-9_.-]+)=(.+)$/.exec(spec)
  return m === null ? { path: spec } : { network: m[1]!, path: m[2]! }
}

/**
 * Orders diagnostics by file (in order of first appearance), then by line, keeping the order of
 * those on the same line: users read them top to bottom, whichever pass found them.
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const files = new Map<string, number>()
  for (const d of diagnostics) if (!files.has(d.at.file)) files.set(d.at.file, files.size)
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((p, q) => files.get(p.d.at.file)! - files.get(q.d.at.file)! || (p.d.at.line ?? 0) - (q.d.at.line ?? 0) || p.i - q.i)
    .map((x) => x.d)
}
