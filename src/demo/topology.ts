import type { Flow, Topology, TopologyLink, TopologyNode } from '../domain/topology.js'
import { haversineKm } from '../topology/algorithms/haversine.js'
import type { DemoScenario } from './scenario.js'

/** The demo networks as topologies, the links between them, and the sensitive flows of the US sites. */
export type DemoTopology = {
  /** One topology per operator network; node ids are `<network>:<site or PoP id>`. */
  topologies: { network: string; topology: Topology }[]
  /** Links between networks (their gateways). */
  interconnect: TopologyLink[]
  /** Flows from each US site to its host network's gateways toward the US, and between US sites of one country. */
  flows: Flow[]
}

/** Backbone links per PoP: to its nearest PoPs (then any disconnected parts are joined). */
const NEAREST = 2
/** Capacities in Mbit/s. */
const CAPACITY = { backbone: 100_000, access: 10_000, interconnect: 400_000 } as const
/** Sensitive volume per flow in Mbit/s, by the kind of the US site it starts at. */
const VOLUME = { 'military-base': 1_000, embassy: 200 } as const

/**
 * Builds the topology of the demo: each operator's PoPs meshed to their nearest neighbours, field
 * sites hanging off their PoP, US sites dual-homed to their PoP and the next nearest one; the
 * gateways of neighbouring networks interconnected; link metrics left to great-circle distance.
 */
export function buildDemoTopology(scenario: DemoScenario): DemoTopology {
  const qualified = (network: string, id: string) => `${network}:${id}`
  const topologies = scenario.networks.map((net) => {
    const pops = scenario.pops.filter((p) => p.network === net.id)
    const sites = scenario.sites.filter((s) => s.network === net.id)
    const nodes: TopologyNode[] = [
      ...pops.map((p) => ({ id: qualified(net.id, p.id), label: p.name, network: net.id, lat: p.lat, lon: p.lon, country: p.country, site: p.id })),
      ...sites.map((s) => ({ id: qualified(net.id, s.id), label: s.name, network: net.id, lat: s.lat, lon: s.lon, country: s.country, site: s.id })),
    ]
    const links: TopologyLink[] = []
    const linked = new Set<string>()
    const link = (a: string, b: string, capacity: number, label: string) => {
      const key = a < b ? `${a}|${b}` : `${b}|${a}`
      if (a === b || linked.has(key)) return
      linked.add(key)
      links.push({ a: qualified(net.id, a), b: qualified(net.id, b), capacity, label })
    }
    const byDistance = (from: { lat: number; lon: number }) =>
      pops.map((p) => ({ p, km: haversineKm(from.lat, from.lon, p.lat, p.lon) })).sort((x, y) => x.km - y.km || x.p.id.localeCompare(y.p.id))
    for (const p of pops) {
      for (const { p: q } of byDistance(p).slice(1, 1 + NEAREST)) link(p.id, q.id, CAPACITY.backbone, 'backbone')
    }
    joinComponents(pops.map((p) => p.id), links, net.id, (a, b) => {
      const pa = pops.find((p) => p.id === a)!
      const pb = pops.find((p) => p.id === b)!
      return haversineKm(pa.lat, pa.lon, pb.lat, pb.lon)
    }, (a, b) => link(a, b, CAPACITY.backbone, 'backbone'))
    for (const s of sites) {
      link(s.id, s.attachedTo, CAPACITY.access, 'access')
      if (s.kind === 'military-base' || s.kind === 'embassy') {
        const second = byDistance(s).find(({ p }) => p.id !== s.attachedTo)
        if (second !== undefined) link(s.id, second.p.id, CAPACITY.access, 'access (second path)')
      }
    }
    return { network: net.id, topology: { nodes, links, networks: [net.id] } }
  })

  const gateways = scenario.pops.filter((p) => p.gateway !== undefined)
  const interconnect: TopologyLink[] = []
  const byNetwork = (id: string) => gateways.filter((g) => g.network === id)
  for (const [a, b] of [['op-de', 'op-it']] as const) {
    const ga = byNetwork(a)[0]
    const gb = byNetwork(b)[0]
    if (ga !== undefined && gb !== undefined) {
      interconnect.push({ a: qualified(a, ga.id), b: qualified(b, gb.id), capacity: CAPACITY.interconnect, label: 'peering', interconnect: true })
    }
  }

  const flows: Flow[] = []
  const usSites = scenario.sites.filter((s) => s.kind === 'military-base' || s.kind === 'embassy')
  for (const s of usSites) {
    for (const g of byNetwork(s.network)) {
      flows.push({
        id: `${s.id}>${g.id}`, src: qualified(s.network, s.id), dst: qualified(g.network, g.id),
        volume: VOLUME[s.kind as keyof typeof VOLUME], class: s.kind === 'military-base' ? 'secret' : 'confidential',
      })
    }
  }
  for (const base of usSites.filter((s) => s.kind === 'military-base')) {
    for (const embassy of usSites.filter((s) => s.kind === 'embassy' && s.network === base.network)) {
      flows.push({ id: `${embassy.id}>${base.id}`, src: qualified(embassy.network, embassy.id), dst: qualified(base.network, base.id), volume: 100, class: 'secret' })
    }
  }
  return { topologies, interconnect, flows }
}

/** Adds the shortest link between disconnected parts until the PoPs form one network. */
function joinComponents(
  ids: string[], links: TopologyLink[], network: string, km: (a: string, b: string) => number, add: (a: string, b: string) => void,
): void {
  const local = (id: string) => id.slice(network.length + 1)
  for (;;) {
    const parent = new Map(ids.map((id) => [id, id]))
    const find = (x: string): string => {
      let r = x
      while (parent.get(r) !== r) r = parent.get(r)!
      return r
    }
    for (const l of links) {
      const a = local(l.a)
      const b = local(l.b)
      if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b))
    }
    const roots = new Set(ids.map(find))
    if (roots.size <= 1) return
    let best: [string, string, number] | undefined
    for (const a of ids) {
      for (const b of ids) {
        if (find(a) === find(b)) continue
        const d = km(a, b)
        if (best === undefined || d < best[2] || (d === best[2] && `${a}${b}` < `${best[0]}${best[1]}`)) best = [a, b, d]
      }
    }
    add(best![0], best![1])
  }
}

/** A demo topology in the topology JSON format (node ids local to the network, as files write them). */
export function toTopologyJson(network: string, topology: Topology): string {
  const local = (id: string) => (id.startsWith(`${network}:`) ? id.slice(network.length + 1) : id)
  return `${JSON.stringify({
    network,
    nodes: topology.nodes.map((n) => ({
      id: local(n.id), label: n.label, lat: n.lat, lon: n.lon, ...(n.country ? { country: n.country } : {}), ...(n.site ? { site: n.site } : {}),
    })),
    links: topology.links.map((l) => ({ a: local(l.a), b: local(l.b), ...(l.capacity !== undefined ? { capacity: l.capacity } : {}) })),
  }, null, 2)}\n`
}

/** Links between networks as an interconnect CSV (qualified node ids). */
export function toInterconnectCsv(links: readonly TopologyLink[]): string {
  return 'a,b,metric,capacity,latency_ms\n' + links.map((l) => `${l.a},${l.b},${l.metric ?? ''},${l.capacity ?? ''},${l.latencyMs ?? ''}\n`).join('')
}

/** Flows as a flow CSV. */
export function toFlowsCsv(flows: readonly Flow[]): string {
  return 'id,src,dst,volume,class\n' + flows.map((f) => `${f.id},${f.src},${f.dst},${f.volume},${f.class ?? ''}\n`).join('')
}
