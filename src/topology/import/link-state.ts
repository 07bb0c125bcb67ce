/**
 * What the readers of link-state databases (IS-IS, OSPF) share: the adjacencies each router
 * advertises, with its own metric each way, and the broadcast networks (an IS-IS pseudonode, an
 * OSPF transit network) that join the routers on them, turned into the links of a topology.
 */
import type { SourceLocation } from '../../diagnostics/diagnostic.js'
import type { TopologyBuilder } from './builder.js'

/**
 * The adjacencies of a link-state database. A pair of routers is one link, routed at the smaller
 * of the metrics its two ends give it (the builder warns when they differ); a broadcast network
 * links the routers on it two by two, each way at the metric the router gives the network (the
 * network gives 0 back, in IS-IS as in OSPF).
 */
export class LinkStateGraph {
  /** The smallest metric each way of each pair of routers (`a\nb`, a < b), and where it was first read. */
  private readonly pairs = new Map<string, { a: string; b: string; ab?: number; ba?: number; at: SourceLocation }>()
  /** Each broadcast network → the routers on it, with the smallest metric each gives it. */
  private readonly networks = new Map<string, Map<string, { metric: number; at: SourceLocation }>>()

  /** Notes that `from` reaches `to` at `metric`. */
  arc(from: string, to: string, metric: number, at: SourceLocation): void {
    if (from === to) return
    const [a, b] = from < to ? [from, to] : [to, from]
    const key = `${a}\n${b}`
    const pair = this.pairs.get(key) ?? { a, b, at }
    this.pairs.set(key, pair)
    if (from === a) pair.ab = Math.min(pair.ab ?? metric, metric)
    else pair.ba = Math.min(pair.ba ?? metric, metric)
  }

  /** Notes that `router` is on the broadcast network `network` (any key that names it) at `metric`. */
  join(network: string, router: string, metric: number, at: SourceLocation): void {
    const members = this.networks.get(network) ?? new Map<string, { metric: number; at: SourceLocation }>()
    this.networks.set(network, members)
    const was = members.get(router)
    if (was === undefined || metric < was.metric) members.set(router, { metric, at })
  }

  /**
   * Adds the links to `builder`, and the routers they name that it does not hold yet (as nodes that
   * list the inventory device of their id). A metric of 0 is no routing cost: such a link keeps the
   * default metric.
   */
  addTo(builder: TopologyBuilder): void {
    for (const members of this.networks.values()) {
      const list = [...members]
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, am] = list[i]!
          const [b, bm] = list[j]!
          this.arc(a, b, am.metric, am.at)
          this.arc(b, a, bm.metric, bm.at)
        }
      }
    }
    for (const { a, b, ab, ba, at } of this.pairs.values()) {
      if (builder.full) break
      for (const id of [a, b]) if (!builder.hasNode(id)) builder.addNode(id, { devices: [id] }, at)
      const metric = Math.min(ab ?? Infinity, ba ?? Infinity)
      if (ab !== undefined) builder.noteArc(a, b, ab, at)
      if (ba !== undefined) builder.noteArc(b, a, ba, at)
      builder.addLink(a, b, metric > 0 ? { metric } : {}, at, [a, b])
    }
  }
}
