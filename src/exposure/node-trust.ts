import type { Device, DeviceRole } from '../domain/device.js'
import type { Attribution } from '../domain/evidence.js'
import type { Finding } from '../domain/finding.js'
import type { Topology } from '../domain/topology.js'
import type { Graph } from '../topology/graph.js'
import { TRUST_STATUS } from './types.js'
import type { NodeTrust, TrustStatus } from './types.js'

/**
 * Roles whose devices forward other people's traffic, so that an untrusted one on a node makes the
 * node untrusted. Cameras, servers and handheld radios are endpoints: they are findings of their
 * own but do not put the flows that cross their site at risk. A device without a role counts as
 * forwarding traffic (the cautious reading).
 */
export const TRANSIT_ROLES: readonly DeviceRole[] = ['core', 'transport', 'aggregation', 'access', 'ran', 'cpe', 'other']

/** Most device ids kept per node and kind, for the report; the counts are always complete. */
const MAX_IDS = 20

/** What a node holds and what that makes it. */
export type NodePlacement = {
  node: string
  /** trusted: every transit device identified and none untrusted; untrusted: at least one untrusted
   * transit device; unknown: no transit device known, or some not identified and none untrusted. */
  status: 'trusted' | 'untrusted' | 'unknown'
  devices: number
  transit: number
  /** Transit devices with a prohibit or remove-by finding (ids, at most 20). */
  untrusted: string[]
  untrustedCount: number
  /** Transit devices with no manufacturer (ids, at most 20). */
  unidentified: string[]
  unidentifiedCount: number
  /** Groups of the untrusted devices. */
  groups: string[]
}

/** Finds the node a name refers to: a node id, a node's own id within its network, its label or its site. */
export type NodeLocator = (ref: string, network?: string) => string | undefined

/**
 * Builds a locator over a topology. A reference is tried as a node id (`de:fra`), then as a
 * node's site, then as its id within its network (`fra`), then as its label (case-insensitive).
 * When several nodes match, the one in `network` wins; when that does not decide, nothing matches.
 */
export function buildNodeLocator(topology: Topology): NodeLocator {
  const ids = new Set(topology.nodes.map((n) => n.id))
  const bySite = new Map<string, string[]>()
  const byLocal = new Map<string, string[]>()
  const byLabel = new Map<string, string[]>()
  const add = (m: Map<string, string[]>, k: string | undefined, id: string) => {
    if (k === undefined || k === '') return
    const list = m.get(k)
    if (list === undefined) m.set(k, [id])
    else if (!list.includes(id)) list.push(id)
  }
  const networkOf = new Map<string, string | undefined>()
  for (const n of topology.nodes) {
    networkOf.set(n.id, n.network)
    add(bySite, n.site, n.id)
    const colon = n.id.indexOf(':')
    add(byLocal, colon >= 0 ? n.id.slice(colon + 1) : n.id, n.id)
    add(byLabel, n.label?.toLowerCase(), n.id)
  }
  const pick = (list: string[] | undefined, network: string | undefined): string | undefined => {
    if (list === undefined) return undefined
    if (list.length === 1) return list[0]
    const mine = network === undefined ? [] : list.filter((id) => networkOf.get(id) === network)
    return mine.length === 1 ? mine[0] : undefined
  }
  return (ref, network) => {
    if (ids.has(ref)) return ref
    return pick(bySite.get(ref), network) ?? pick(byLocal.get(ref), network) ?? pick(byLabel.get(ref.toLowerCase()), network)
  }
}

/** Places devices on nodes and rates each node; feed it devices one by one (streams). */
export class NodeTrustBuilder {
  private readonly locate: NodeLocator
  private readonly explicit = new Map<string, string>()
  private readonly placements = new Map<string, NodePlacement>()
  private readonly transit: ReadonlySet<string>
  unplaced = 0
  unplacedExamples: string[] = []

  constructor(topology: Topology, transitRoles: readonly DeviceRole[] = TRANSIT_ROLES) {
    this.locate = buildNodeLocator(topology)
    this.transit = new Set(transitRoles)
    for (const n of topology.nodes) {
      this.placements.set(n.id, {
        node: n.id, status: 'unknown', devices: 0, transit: 0, untrusted: [], untrustedCount: 0,
        unidentified: [], unidentifiedCount: 0, groups: [],
      })
      for (const d of n.devices ?? []) this.explicit.set(d, n.id)
    }
  }

  /** The node a device sits on: the node whose `devices` list names it, else the node of its site. */
  nodeOf(device: Device): string | undefined {
    return this.explicit.get(device.id) ?? (device.site === undefined ? undefined : this.locate(device.site, device.network))
  }

  /** Places one device (by the node's `devices` list, else by its site) and counts it. */
  add(device: Device, attribution: Attribution, findings: readonly Finding[]): void {
    const node = this.nodeOf(device)
    const p = node === undefined ? undefined : this.placements.get(node)
    if (p === undefined) {
      this.unplaced++
      if (this.unplacedExamples.length < MAX_IDS) this.unplacedExamples.push(device.id)
      return
    }
    p.devices++
    if (device.role !== undefined && !this.transit.has(device.role)) return
    p.transit++
    if (findings.some((f) => f.effect.kind !== 'flag')) {
      p.untrustedCount++
      if (p.untrusted.length < MAX_IDS) p.untrusted.push(device.id)
      const g = attribution.group ?? findings[0]?.matchedGroup
      if (g !== undefined && !p.groups.includes(g)) p.groups.push(g)
    } else if (attribution.group === undefined) {
      p.unidentifiedCount++
      if (p.unidentified.length < MAX_IDS) p.unidentified.push(device.id)
    }
  }

  /** Every node with its status, sorted by node id. */
  finish(): NodePlacement[] {
    const out = [...this.placements.values()].sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0))
    for (const p of out) {
      p.status = p.untrustedCount > 0 ? 'untrusted' : p.transit === 0 || p.unidentifiedCount > 0 ? 'unknown' : 'trusted'
      p.groups.sort()
    }
    return out
  }
}

/** The trust input of the exposure computation, by graph node index. */
export function toNodeTrust(
  graph: Graph, placements: readonly NodePlacement[], unknownAs: NodeTrust['unknownAs'], replacementCost?: (p: NodePlacement) => number,
): NodeTrust {
  const status = new Uint8Array(graph.nodeCount).fill(TRUST_STATUS.unknown)
  const cost = replacementCost === undefined ? undefined : new Float64Array(graph.nodeCount).fill(1)
  for (const p of placements) {
    const i = graph.index.get(p.node)
    if (i === undefined) continue
    status[i] = TRUST_STATUS[p.status] satisfies TrustStatus
    if (cost !== undefined && replacementCost !== undefined) cost[i] = replacementCost(p)
  }
  return { status, unknownAs, ...(cost !== undefined ? { replacementCost: cost } : {}) }
}
