/**
 * Several operator networks as one topology: node ids qualified by network, then interconnect
 * links between them.
 */
import type { Topology, TopologyNode } from '../../domain/topology.js'
import { TrustpathError } from '../../errors.js'
import { NETWORK_SEPARATOR, checkNetworkName, qualifyNodeId } from './source.js'

/** One operator network to merge. */
export type TopologyPart = { network: string; topology: Topology }

/** The node's id without the `<network>:` prefix its current network gave it. */
function localId(node: TopologyNode): string {
  const prefix = node.network === undefined ? undefined : node.network + NETWORK_SEPARATOR
  return prefix !== undefined && node.id.startsWith(prefix) ? node.id.slice(prefix.length) : node.id
}

/**
 * Merges operator networks into one topology, in the given order. Every node of a part gets the
 * part's network and the id `<network>:<local id>` (a parsed node's existing prefix is replaced,
 * so a part can be renamed); links follow their nodes. Parallel links are kept.
 *
 * @throws TrustpathError `usage` when a network name is repeated or not usable.
 * @example
 * const de = parseGraphml(deText, { file: 'de.graphml' }).topology
 * const it = parseGraphml(itText, { file: 'it.graphml' }).topology
 * const all = mergeTopologies([{ network: 'de', topology: de }, { network: 'it', topology: it }])
 */
export function mergeTopologies(parts: readonly TopologyPart[]): Topology {
  const seen = new Set<string>()
  const merged: Topology = { nodes: [], links: [], networks: [] }
  for (const { network, topology } of parts) {
    checkNetworkName('topology/mergeTopologies', network)
    if (seen.has(network)) {
      throw new TrustpathError('usage', `topology/mergeTopologies: the network "${network}" is given twice.`, {
        hint: 'Give each topology file its own network name: --topology de=a.graphml --topology it=b.graphml.',
      })
    }
    seen.add(network)
    merged.networks.push(network)
    const ids = new Map<string, string>()
    for (const node of topology.nodes) {
      const id = qualifyNodeId(network, localId(node))
      ids.set(node.id, id)
      merged.nodes.push({ ...node, id, network })
    }
    for (const link of topology.links) {
      const a = ids.get(link.a)
      const b = ids.get(link.b)
      if (a === undefined || b === undefined) {
        throw new TrustpathError('usage', `topology/mergeTopologies: a link of network "${network}" ends at "${a === undefined ? link.a : link.b}", which is not a node of that network.`, {
          hint: 'Merge topologies as the importers return them, or add the node before the link.',
        })
      }
      merged.links.push({ ...link, a, b })
    }
  }
  return merged
}
