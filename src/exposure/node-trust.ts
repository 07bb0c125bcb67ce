import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { Device, DeviceRole } from '../domain/device.js'
import type { Attribution } from '../domain/evidence.js'
import type { Finding, Waiver } from '../domain/finding.js'
import type { Topology } from '../domain/topology.js'
import type { Graph } from '../topology/graph.js'
import { haversineKm } from '../topology/algorithms/haversine.js'
import { loose, suggest } from '../util/suggest.js'
import { canonicalAddress } from './address-prefixes.js'
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
  /** The groups the policy's lists name in the findings of the untrusted devices. */
  groups: string[]
  /** A junction of the topology (see `TopologyNode.junction`): without devices, it is trusted, not unknown. */
  junction?: true
  /**
   * Of `untrusted`, the devices each of whose prohibit or remove-by findings asks to confirm it
   * first (`Finding.toConfirm`: weak evidence of the maker, a date the rule needs and the device
   * lacks...; ids, at most 20); present when there are any.
   */
  untrustedToConfirm?: string[]
  /** How many devices `untrustedToConfirm` stands for; present with it. */
  untrustedToConfirmCount?: number
  /**
   * Present when the node is untrusted only through devices to confirm (every one of its untrusted
   * devices is in `untrustedToConfirm`): it stays untrusted for routing, but what makes it so is
   * to be confirmed (a site visit) before its equipment is replaced.
   */
  toConfirm?: true
  /**
   * Of `untrusted`, the devices each of whose prohibit or remove-by findings an exemption waives
   * (`Finding.waiver`), with the last day and reason of the exemption that ends first (at most 20);
   * present when there are any. A waiver is a compliance decision: the device still forwards the
   * traffic, so it keeps its node untrusted.
   */
  untrustedWaived?: WaivedDevice[]
  /** How many devices `untrustedWaived` stands for; present with it. */
  untrustedWaivedCount?: number
  /** Present when every untrusted device of the node is in `untrustedWaived`. */
  waived?: true
}

/** An untrusted device whose findings an exemption waives: until its last day, for its reason. */
export type WaivedDevice = { device: string; until: string; reason: string }

/**
 * A name as it is compared in any case: composed (NFC), so that a label saved decomposed (`u` and a
 * combining diaeresis, as macOS writes file names and some exports copy them) is the `ü` typed
 * elsewhere, and folded by upper case and back, so that `STRASSE` is `Straße` as `ZÜRICH` is `Zürich`.
 */
export const nameKey = (name: string): string => name.normalize('NFC').toUpperCase().toLowerCase()

/** Finds the node a name refers to: a node id, a node's own id within its network, its label or its site. */
export type NodeLocator = (ref: string, network?: string) => string | undefined

/**
 * What a name refers to: one node, several (a label or site shared by nodes the network does not
 * tell apart: their ids, sorted), or none.
 */
export type NodeMatch = { kind: 'node'; node: string } | { kind: 'ambiguous'; matches: string[] } | { kind: 'none' }

/** Like `NodeLocator`, but says when a name matches several nodes. */
export type NodeResolver = (ref: string, network?: string) => NodeMatch

/**
 * Builds a resolver over a topology. A reference is tried as a node id (`de:fra`), then as a
 * node's site, then as its id within its network (`fra`), then as its label as written, then as its
 * label in any case (a node without a label by its id within its network, in any case: `FRA` for a
 * link list's `fra`), then as its site in any case. The label as written comes first as the site
 * does: the Topology Zoo's GARR has two Florence nodes labelled `FI` and `Fi`, and `Fi` is the second.
 * Within a network, the first way of matching that names one node decides. A node of `network`
 * that the reference matches in any way wins over the nodes of other networks (a device of the
 * network `Colt` at the site `Berlin` sits on Colt's Berlin, not on the node of another network whose
 * id is `Berlin`); without one, a reference that matches nodes of several networks, or several
 * nodes of one that no way of matching tells apart, is ambiguous (the matches are returned, so a
 * message can name the node ids to use instead).
 */
export function buildNodeResolver(topology: Topology): NodeResolver {
  const ids = new Set(topology.nodes.map((n) => n.id))
  const bySite = new Map<string, string[]>()
  const bySiteLower = new Map<string, string[]>()
  const byLocal = new Map<string, string[]>()
  const byLabel = new Map<string, string[]>()
  const byLabelExact = new Map<string, string[]>()
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
    add(bySiteLower, n.site === undefined ? undefined : nameKey(n.site), n.id)
    const colon = n.id.indexOf(':')
    const local = colon >= 0 ? n.id.slice(colon + 1) : n.id
    add(byLocal, local, n.id)
    // A node without a label (a CSV link list's, an edge list's) is named by its id: in any case, as a label is.
    add(byLabel, nameKey(n.label ?? local), n.id)
    if (n.label !== undefined) add(byLabelExact, n.label.normalize('NFC'), n.id)
  }
  const networkNamed = buildNetworkNamer(topology.networks)
  const lookup = (ref: string, network: string | undefined, only: string | undefined): NodeMatch => {
    // Per network, the first way of matching that names one node of it, else the nodes the first
    // way that names any does. A label as written comes before the same label in another case (`Fi`
    // and `FI`), and a site in another case comes last (`fra-dc1` for `FRA-DC1`): a site is a name,
    // as a label is.
    const found = new Map<string | undefined, { node?: string; first?: string[] }>()
    const ways = [bySite.get(ref), byLocal.get(ref), byLabelExact.get(ref.normalize('NFC')), byLabel.get(nameKey(ref)), bySiteLower.get(nameKey(ref))]
    for (const all of ways) {
      if (all === undefined) continue
      const byNetwork = new Map<string | undefined, string[]>()
      for (const id of all) {
        const net = networkOf.get(id)
        if (only !== undefined && net !== only) continue
        const list = byNetwork.get(net)
        if (list === undefined) byNetwork.set(net, [id])
        else list.push(id)
      }
      for (const [net, list] of byNetwork) {
        let f = found.get(net)
        if (f === undefined) found.set(net, (f = {}))
        if (f.node !== undefined) continue
        if (list.length === 1) f.node = list[0]
        else f.first ??= list
      }
    }
    // The device's own network decides, whatever way another network's node matches: `Berlin`
    // is the label of a node of the operator's network, though it is the id of a node of another.
    // In any case, as --budget names it: `colt` for the network of Colt.graphml.
    const mine = network === undefined ? undefined : found.get(networkNamed(network) ?? network)
    const decided = mine !== undefined ? [mine] : [...found.values()]
    const matches = decided.flatMap((f) => (f.node !== undefined ? [f.node] : f.first ?? []))
    if (matches.length === 0) return { kind: 'none' }
    return matches.length === 1 ? { kind: 'node', node: matches[0]! } : { kind: 'ambiguous', matches: matches.toSorted(compareIds) }
  }
  return (ref, network) => {
    if (ids.has(ref)) return { kind: 'node', node: ref }
    const m = lookup(ref, network, undefined)
    if (m.kind === 'node') return m
    // `it:Frankfurt`: a label, site or id within one network, for names that several networks share.
    const colon = ref.indexOf(':')
    const net = colon > 0 ? networkNamed(ref.slice(0, colon)) : undefined
    if (net !== undefined) {
      const inNet = lookup(ref.slice(colon + 1), net, net)
      if (inNet.kind !== 'none' || m.kind === 'none') return inNet
    }
    return m
  }
}

/**
 * The network a `network:` prefix names: written as loaded, else in another case when only one
 * network has that name in any case (`deltacom:` for the Topology Zoo's `Deltacom.graphml`).
 */
function buildNetworkNamer(networks: readonly string[]): (written: string) => string | undefined {
  const exact = new Set(networks)
  const byLower = new Map<string, string | null>()
  for (const net of exact) {
    const k = net.toLowerCase()
    byLower.set(k, byLower.has(k) ? null : net)
  }
  return (written) => (exact.has(written) ? written : byLower.get(written.toLowerCase()) ?? undefined)
}

/** Most names looked up by a suggester: a long list of typos costs no more than this. */
const MAX_SUGGESTED = 100

/**
 * Builds a function that finds up to three nodes a name that matches none may have meant (ids,
 * closest first), for "did you mean" in messages: the same name but for case, accents, spaces or
 * `-`; the name before a comma or parenthesis (`Frankfurt, DE`, `Paris (FR)`); the digits of a
 * prefixed id (`n12` for node `12`); a prefix (`FRA` for Frankfurt); a small edit distance.
 * Suggestions are never used to place anything.
 */
export function buildNodeSuggester(topology: Topology): (ref: string) => string[] {
  // Accents do not count: München ~ Munchen.
  const plain = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim()
  const byName = new Map<string, string[]>()
  const add = (name: string | undefined, id: string) => {
    const k = name === undefined ? '' : plain(name)
    if (k === '' || k === 'None') return // the Topology Zoo's label for a node it could not name
    const list = byName.get(k)
    if (list === undefined) byName.set(k, [id])
    else if (!list.includes(id)) list.push(id)
  }
  for (const n of topology.nodes) {
    const colon = n.id.indexOf(':')
    add(colon >= 0 ? n.id.slice(colon + 1) : n.id, n.id)
    add(n.label, n.id)
    add(n.site, n.id)
  }
  const names = [...byName.keys()]
  const networkNamed = buildNetworkNamer(topology.networks)
  const cache = new Map<string, string[]>()
  return (ref) => {
    const cached = cache.get(ref)
    if (cached !== undefined) return cached
    if (cache.size >= MAX_SUGGESTED) return []
    const text = plain(ref)
    const colon = text.indexOf(':')
    const local = colon > 0 && networkNamed(text.slice(0, colon)) !== undefined ? text.slice(colon + 1) : text
    // The name before a comma or parenthesis, or the digits of a prefixed id, when it is a name as
    // it stands; else names close to what was written.
    const variants = [local, local.split(/[,(]/)[0]!.trim(), /^[A-Za-z]+(\d+)$/.exec(local)?.[1] ?? '']
      .filter((v) => v !== '').map(loose)
    let found = names.filter((n) => variants.includes(loose(n)))
    // One or two characters are close to every short id: only a name as it stands is offered then.
    if (found.length === 0 && local.length >= 3) found = suggest(local, names)
    const out: string[] = []
    for (const name of found) {
      for (const id of byName.get(name) ?? []) if (!out.includes(id) && out.length < 3) out.push(id)
    }
    cache.set(ref, out)
    return out
  }
}

/** How far from a device's coordinates a node is offered for its site that names no node: a metro area. */
export const NEARBY_NODE_KM = 25

/** A node offered for a device's coordinates, with its distance from them in km. */
export type NearbyNode = { node: string; km: number }

/**
 * Builds a function that finds the nodes within `NEARBY_NODE_KM` of a point (up to three, nearest
 * first, the node order on a tie), for "did you mean" on a device whose site names no node but
 * whose inventory gives its coordinates (LibreNMS's `lat` and `lng`, NetBox's site's latitude and
 * longitude): a site written `Napoli [40.83333, 14.25]` is near the node labelled `NA` that the
 * topology places there. Like `buildNodeSuggester`'s, its answers never place anything.
 */
export function buildNearbyNodeFinder(topology: Topology): (lat: number, lon: number) => NearbyNode[] {
  const placed = topology.nodes.filter((n) => n.lat !== undefined && n.lon !== undefined && Number.isFinite(n.lat) && Number.isFinite(n.lon) &&
    Math.abs(n.lat) <= 90 && Math.abs(n.lon) <= 180 && n.junction !== true)
  return (lat, lon) => {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return []
    const near: (NearbyNode & { order: number })[] = []
    placed.forEach((n, order) => {
      const km = haversineKm(lat, lon, n.lat!, n.lon!)
      if (km <= NEARBY_NODE_KM) near.push({ node: n.id, km, order })
    })
    return near.sort((a, b) => a.km - b.km || a.order - b.order).slice(0, 3).map(({ node, km }) => ({ node, km }))
  }
}

/**
 * Builds a locator over a topology: `buildNodeResolver`, with undefined for a name that matches no
 * node or several.
 */
export function buildNodeLocator(topology: Topology): NodeLocator {
  const resolve = buildNodeResolver(topology)
  return (ref, network) => {
    const m = resolve(ref, network)
    return m.kind === 'node' ? m.node : undefined
  }
}

/** What a flow end that names an inventory device refers to: its node, or a device on no node. */
export type DeviceEndMatch = NodeMatch | { kind: 'unplaced' }

/**
 * The inventory devices that flow ends name, by id or address (`addresses`, the management
 * address an inventory gives: a flow log names hosts so) or else by name (any case, as node
 * labels), and the nodes they sit on: a flow written from the embassy's router `cpe-emb-01` starts
 * at the node that router sits on. Only the names in `wanted` are kept (the flow ends that name no node), so
 * an inventory of millions of devices adds no more than the flow list does.
 */
export class FlowEndDevices {
  private readonly wanted: ReadonlySet<string>
  private readonly byId = new Map<string, (string | undefined)[]>()
  private readonly byName = new Map<string, (string | undefined)[]>()

  constructor(wanted: Iterable<string>) {
    this.wanted = new Set([...wanted].map(nameKey))
  }

  /** Notes the node `device` sits on (undefined: on none) when a flow end names it. */
  add(device: Device, node: string | undefined): void {
    if (this.wanted.size === 0) return
    const id = nameKey(device.id)
    if (this.wanted.has(id)) push(this.byId, id, node)
    // A device merged from several sources (`--merge`) is named by any of its ids: a flow from a scan's address.
    for (const alias of device.aliases ?? []) {
      const key = nameKey(alias)
      if (key !== id && this.wanted.has(key)) push(this.byId, key, node)
    }
    // A flow log names hosts by address: the management address an inventory gives names its device.
    for (const address of device.addresses ?? []) {
      const key = nameKey(canonicalAddress(address) ?? address)
      if (key !== id && this.wanted.has(key) && !(device.aliases ?? []).some((a) => nameKey(a) === key)) push(this.byId, key, node)
    }
    const name = device.name === undefined ? undefined : nameKey(device.name.trim())
    if (name !== undefined && name !== '' && name !== id && this.wanted.has(name)) push(this.byName, name, node)
  }

  /**
   * The node of the device a flow end names: by id, else by name; `ambiguous` (with the node ids)
   * when devices of that name sit on several nodes, `unplaced` when the device is on no node.
   */
  resolve(ref: string): DeviceEndMatch {
    const k = nameKey(ref)
    const list = this.byId.get(k) ?? this.byName.get(k)
    if (list === undefined) return { kind: 'none' }
    const nodes = [...new Set(list.filter((n) => n !== undefined))].sort(compareIds)
    if (nodes.length === 0) return { kind: 'unplaced' }
    return nodes.length === 1 ? { kind: 'node', node: nodes[0]! } : { kind: 'ambiguous', matches: nodes }
  }
}

function push(map: Map<string, (string | undefined)[]>, key: string, node: string | undefined): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [node])
  else if (list.length < MAX_IDS) list.push(node)
}

/** Node ids in natural order: `net:9` before `net:10`. */
const compareIds = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true })

/** Places devices on nodes and rates each node; feed it devices one by one (streams). */
export class NodeTrustBuilder {
  private readonly resolve: NodeResolver
  /** Device id → the nodes whose `devices` list names it (more than one when two lists name it). */
  private readonly explicit = new Map<string, string[]>()
  private readonly networkOf = new Map<string, string | undefined>()
  private readonly placements = new Map<string, NodePlacement>()
  /** Node id → its untrusted devices whose every finding is to confirm (ids, at most 20) and their number. */
  private readonly toConfirm = new Map<string, { ids: string[]; count: number }>()
  /** Node id → its untrusted devices whose every finding is waived (at most 20) and their number. */
  private readonly waived = new Map<string, { devices: WaivedDevice[]; count: number }>()
  private readonly transit: ReadonlySet<string>
  /** Devices on no node (the ambiguous ones included). */
  unplaced = 0
  unplacedExamples: string[] = []
  /**
   * Of those, the transit devices with a prohibit or remove-by finding: untrusted equipment that
   * makes no node untrusted, since the topology does not say where it is.
   */
  unplacedUntrusted = 0
  /** Their ids (at most 20). */
  unplacedUntrustedExamples: string[] = []
  /** Devices on no node because their site matches several nodes (also counted in `unplaced`). */
  ambiguous = 0
  /**
   * The sites that matched several nodes, with the node ids, a few of their devices and where the
   * first of them is written (when `add` was told), by site (at most 20 sites).
   */
  ambiguousSites = new Map<string, { matches: string[]; devices: string[]; at?: SourceLocation }>()
  /** Devices on no node because they have no site and no node lists them (also counted in `unplaced`). */
  noSite = 0
  /** Of those, the devices named by an address (a scan's host, an `addresses` entry): a prefix table may place them. */
  noSiteAddressed = 0
  /**
   * The sites that matched no node, with their number of devices, a few of them and where the first
   * is written (the inventory's file and line, when `add` was told), in order of appearance (at most 20 sites).
   */
  unmatchedSites = new Map<string, { count: number; devices: string[]; at?: SourceLocation; position?: { lat: number; lon: number } }>()
  /**
   * Devices on no node because the `devices` lists of several nodes name them (two labs with a node
   * `r1` each) and neither their network nor their site tells which (also counted in `unplaced`).
   */
  multiplyListed = 0
  /** Those devices, with the ids of the nodes that list them (at most 20 devices). */
  multiplyListedDevices = new Map<string, string[]>()
  /** Devices without a site that `byAddress` placed by an address (not counted in `unplaced`). */
  placedByAddress = 0
  /** Devices that `bySite` placed by their site (not counted in `unplaced`). */
  placedBySite = 0
  /** Whether devices without a site are placed by their addresses (a `byAddress` was given). */
  readonly placesByAddress: boolean
  private readonly byAddress: ((address: string) => string | undefined) | undefined
  /** Whether a site map places devices by their sites (a `bySite` was given). */
  readonly placesBySite: boolean
  private readonly bySite: ((site: string) => string | undefined) | undefined

  /**
   * `byAddress`, when given, is the node an address is on (a prefix table's, `--prefixes`): a device
   * that no node lists and that has no site sits on the node of its first address that has one (its
   * id or name when it is an address, as a scan names hosts, then its `addresses`). `bySite`, when
   * given, is the node id an inventory's site is mapped to (a site map's, `--site-map`): a device
   * that no node lists sits on it, before its site is looked up among the nodes.
   */
  constructor(topology: Topology, transitRoles: readonly DeviceRole[] = TRANSIT_ROLES, byAddress?: (address: string) => string | undefined,
    bySite?: (site: string) => string | undefined) {
    this.resolve = buildNodeResolver(topology)
    this.transit = new Set(transitRoles)
    this.byAddress = byAddress
    this.placesByAddress = byAddress !== undefined
    this.bySite = bySite
    this.placesBySite = bySite !== undefined
    for (const n of topology.nodes) {
      this.placements.set(n.id, {
        node: n.id, status: 'unknown', devices: 0, transit: 0, untrusted: [], untrustedCount: 0,
        unidentified: [], unidentifiedCount: 0, groups: [], ...(n.junction === true ? { junction: true as const } : {}),
      })
      this.networkOf.set(n.id, n.network)
      for (const d of n.devices ?? []) {
        const list = this.explicit.get(d)
        if (list === undefined) this.explicit.set(d, [n.id])
        else if (!list.includes(n.id)) list.push(n.id)
      }
    }
  }

  /**
   * The node a device sits on: the node whose `devices` list names it, by id or else by name (of
   * several such nodes, the one in the device's network, else the one its site names), else the
   * node of its site.
   */
  nodeOf(device: Device): string | undefined {
    const m = this.matchOf(device)
    return m.kind === 'node' ? m.node : undefined
  }

  private matchOf(device: Device): NodeMatch {
    const listed = this.listedBy(device)
    if (listed !== undefined) {
      if (listed.length === 1) return { kind: 'node', node: listed[0]! }
      // Listed by several nodes: the one in the device's network, else the one its site names.
      const mine = listed.filter((id) => this.networkOf.get(id) === device.network)
      if (device.network !== undefined && mine.length === 1) return { kind: 'node', node: mine[0]! }
      const bySite = device.site === undefined ? undefined : this.siteMatch(device.site, device.network)
      if (bySite?.kind === 'node' && listed.includes(bySite.node)) return bySite
      return { kind: 'ambiguous', matches: listed.toSorted(compareIds) }
    }
    if (device.site !== undefined) return this.siteMatch(device.site, device.network)
    const node = this.addressNodeOf(device)
    return node === undefined ? { kind: 'none' } : { kind: 'node', node }
  }

  /** The node a site names: the site map's, which says it in the user's words, else the node whose id, label or site it is. */
  private siteMatch(site: string, network: string | undefined): NodeMatch {
    const mapped = this.bySite?.(site)
    return mapped !== undefined && this.placements.has(mapped) ? { kind: 'node', node: mapped } : this.resolve(site, network)
  }

  /** The node of the first address of a device (its id, its name, then its `addresses`) that `byAddress` places. */
  private addressNodeOf(device: Device): string | undefined {
    if (this.byAddress === undefined) return undefined
    for (const address of [device.id, ...(device.name === undefined ? [] : [device.name]), ...(device.addresses ?? [])]) {
      const node = this.byAddress(address)
      if (node !== undefined && this.placements.has(node)) return node
    }
    return undefined
  }

  /**
   * The nodes whose `devices` list names the device: by its id, else by another id it was read under
   * (`aliases`, of a device merged from several sources), else by its name, as NetBox's cable list
   * names the devices a CSV export of NetBox's devices gives by their numeric `ID`.
   */
  private listedBy(device: Device): string[] | undefined {
    const byId = this.explicit.get(device.id)
    if (byId !== undefined) return byId
    // A device merged from several sources (`--merge`) is listed under any of its ids (a scan's address).
    if (device.aliases !== undefined) {
      for (const alias of device.aliases) {
        const listed = this.explicit.get(alias)
        if (listed !== undefined) return listed
      }
    }
    return device.name === undefined ? undefined : this.explicit.get(device.name)
  }

  /**
   * Places one device (by the node's `devices` list, else by its site) and counts it; `at`, where
   * the inventory writes it, lets a message on a site that places no device name its line.
   */
  add(device: Device, attribution: Attribution, findings: readonly Finding[], at?: SourceLocation): void {
    const m = this.matchOf(device)
    const p = m.kind === 'node' ? this.placements.get(m.node) : undefined
    if (p === undefined) {
      this.unplaced++
      if (this.unplacedExamples.length < MAX_IDS) this.unplacedExamples.push(device.id)
      if ((device.role === undefined || this.transit.has(device.role)) && findings.some((f) => f.effect.kind !== 'flag')) {
        this.unplacedUntrusted++
        if (this.unplacedUntrustedExamples.length < MAX_IDS) this.unplacedUntrustedExamples.push(device.id)
      }
      if (m.kind === 'ambiguous' && this.listedBy(device) !== undefined) {
        this.multiplyListed++
        if (this.multiplyListedDevices.size < MAX_IDS) this.multiplyListedDevices.set(device.id, m.matches)
        return
      }
      if (device.site === undefined) {
        this.noSite++
        if ([device.id, device.name, ...(device.addresses ?? [])].some((a) => a !== undefined && canonicalAddress(a) !== undefined)) this.noSiteAddressed++
      }
      else if (m.kind === 'none') {
        const site = this.unmatchedSites.get(device.site)
        // The coordinates of the first device of the site that has them, for the nodes near it.
        const position = device.lat !== undefined && device.lon !== undefined && Number.isFinite(device.lat) && Number.isFinite(device.lon)
          ? { lat: device.lat, lon: device.lon } : undefined
        if (site !== undefined) {
          site.count++
          if (site.devices.length < 3) site.devices.push(device.id)
          if (site.position === undefined && position !== undefined) site.position = position
        } else if (this.unmatchedSites.size < MAX_IDS) {
          this.unmatchedSites.set(device.site, { count: 1, devices: [device.id], ...(at !== undefined ? { at } : {}), ...(position !== undefined ? { position } : {}) })
        }
      }
      if (m.kind === 'ambiguous' && device.site !== undefined) {
        this.ambiguous++
        const site = this.ambiguousSites.get(device.site)
        if (site !== undefined) {
          if (site.devices.length < 3) site.devices.push(device.id)
        } else if (this.ambiguousSites.size < MAX_IDS) {
          this.ambiguousSites.set(device.site, { matches: m.matches, devices: [device.id], ...(at !== undefined ? { at } : {}) })
        }
      }
      return
    }
    if (device.site === undefined && this.byAddress !== undefined && this.listedBy(device) === undefined) this.placedByAddress++
    else if (device.site !== undefined && this.bySite !== undefined && this.listedBy(device) === undefined && this.bySite(device.site) === p.node) this.placedBySite++
    p.devices++
    if (device.role !== undefined && !this.transit.has(device.role)) return
    p.transit++
    if (findings.some((f) => f.effect.kind !== 'flag')) {
      p.untrustedCount++
      if (p.untrusted.length < MAX_IDS) p.untrusted.push(device.id)
      if (findings.every((f) => f.effect.kind === 'flag' || f.toConfirm !== undefined)) {
        let c = this.toConfirm.get(p.node)
        if (c === undefined) this.toConfirm.set(p.node, (c = { ids: [], count: 0 }))
        c.count++
        if (c.ids.length < MAX_IDS) c.ids.push(device.id)
      }
      const waiver = waiverOf(findings)
      if (waiver !== undefined) {
        let w = this.waived.get(p.node)
        if (w === undefined) this.waived.set(p.node, (w = { devices: [], count: 0 }))
        w.count++
        if (w.devices.length < MAX_IDS) w.devices.push({ device: device.id, until: waiver.until, reason: waiver.reason })
      }
      // The groups the findings' lists name: the device's own, a maker below its group's top, or one
      // that split evidence points at (a Huawei and a ZTE MAC on a device attributed to Cisco give two).
      for (const f of findings) {
        if (f.effect.kind === 'flag') continue
        const g = f.matchedGroup ?? attribution.group
        if (g !== undefined && !p.groups.includes(g)) p.groups.push(g)
      }
    } else if (attribution.group === undefined) {
      p.unidentifiedCount++
      if (p.unidentified.length < MAX_IDS) p.unidentified.push(device.id)
    }
  }

  /** Every node with its status, sorted by node id. */
  finish(): NodePlacement[] {
    const out = [...this.placements.values()].sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0))
    for (const p of out) {
      // A junction where a link branches holds nothing to distrust, unless the inventory puts a device there.
      p.status = p.untrustedCount > 0 ? 'untrusted' : p.junction === true && p.devices === 0 ? 'trusted'
        : p.transit === 0 || p.unidentifiedCount > 0 ? 'unknown' : 'trusted'
      p.groups.sort()
      const c = this.toConfirm.get(p.node)
      if (c !== undefined) {
        p.untrustedToConfirm = c.ids
        p.untrustedToConfirmCount = c.count
        if (c.count === p.untrustedCount) p.toConfirm = true
      }
      const w = this.waived.get(p.node)
      if (w !== undefined) {
        p.untrustedWaived = w.devices
        p.untrustedWaivedCount = w.count
        if (w.count === p.untrustedCount) p.waived = true
      }
    }
    return out
  }
}

/**
 * The waiver of a device whose every prohibit or remove-by finding an exemption waives: the one
 * that ends first (the day its finding counts again); undefined when one is not waived.
 */
function waiverOf(findings: readonly Finding[]): Waiver | undefined {
  let first: Waiver | undefined
  for (const f of findings) {
    if (f.effect.kind === 'flag') continue
    if (f.waiver === undefined) return undefined
    if (first === undefined || f.waiver.until < first.until) first = f.waiver
  }
  return first
}

/** The trust input of the exposure computation, by graph node index. */
export function toNodeTrust(
  graph: Graph, placements: readonly NodePlacement[], unknownAs: NodeTrust['unknownAs'], replacementCost?: (p: NodePlacement) => number,
): NodeTrust {
  const status = new Uint8Array(graph.nodeCount).fill(TRUST_STATUS.unknown)
  const cost = replacementCost === undefined ? undefined : new Float64Array(graph.nodeCount).fill(1)
  let toConfirm: Uint8Array | undefined
  for (const p of placements) {
    const i = graph.index.get(p.node)
    if (i === undefined) continue
    status[i] = TRUST_STATUS[p.status] satisfies TrustStatus
    if (cost !== undefined && replacementCost !== undefined) cost[i] = replacementCost(p)
    if (p.toConfirm === true && p.status === 'untrusted') (toConfirm ??= new Uint8Array(graph.nodeCount))[i] = 1
  }
  return { status, unknownAs, ...(cost !== undefined ? { replacementCost: cost } : {}), ...(toConfirm !== undefined ? { toConfirm } : {}) }
}
