/**
 * Batfish's layer-1 topology (`batfish/layer1_topology.json` in a Batfish snapshot), the cabling
 * that Batfish users write beside their configurations:
 *
 *     {"edges": [
 *       {"node1": {"hostname": "as1border1", "interfaceName": "GigabitEthernet0/0"},
 *        "node2": {"hostname": "as1core1", "interfaceName": "GigabitEthernet1/0"}},
 *       {"node1": {"hostname": "as1core1", "interfaceName": "GigabitEthernet1/0"},
 *        "node2": {"hostname": "as1border1", "interfaceName": "GigabitEthernet0/0"}}]}
 *
 * What was read to write this: Batfish's example network (batfish/batfish,
 * networks/example/example_layer1_topology.json: `edges` of `node1` and `node2`, each a `hostname`
 * and an `interfaceName`; most cables listed in both directions, a few in one only, and one cable
 * between two ports of one router, as3core1 GigabitEthernet2/0 to GigabitEthernet3/0), and the
 * description of Batfish's question on it ("Returns normalized Layer 1 edges that were input to
 * Batfish... All node names are lower-cased"), so hostnames are one node whatever their case.
 *
 * Each hostname is a node named as first written, listing the inventory device of that name; each
 * cable is a link, its reverse (the same two ports the other way round) the same cable. A cable
 * between two ports of one device is a self-loop, skipped as GraphML's are. The file has no
 * metrics, capacities or places.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder } from './builder.js'
import { arrayElementLinesAt, isObject, jsonId, shownValue } from './json-text.js'
import { resolveLimits, sortDiagnostics, type ParseTopologyOptions, type TopologyResult } from './source.js'

/** True for a parsed Batfish layer-1 topology: an `edges` list whose first object has `node1` and `node2` objects, and no node list. */
export function isBatfishLayer1(doc: unknown): doc is Record<string, unknown> & { edges: unknown[] } {
  if (!isObject(doc) || !Array.isArray(doc['edges']) || doc['nodes'] !== undefined || doc['links'] !== undefined) return false
  const first = doc['edges'].find(isObject)
  return first !== undefined && isObject(first['node1']) && isObject(first['node2'])
}

/** A cable end: the hostname and the interface, or what is wrong with it. */
function endOf(v: unknown): { host: string; port: string } | { bad: unknown } {
  if (!isObject(v)) return { bad: v }
  const host = jsonId(v['hostname'])
  if (host === undefined) return { bad: v['hostname'] }
  return { host, port: jsonId(v['interfaceName']) ?? '' }
}

/**
 * Reads a parsed Batfish layer-1 topology into a topology of one network: hostnames are nodes
 * (one node whatever the case, as Batfish lower-cases them), each cable a link once.
 */
export function readBatfishLayer1(doc: Record<string, unknown> & { edges: unknown[] }, text: string, network: string, file: string, options: ParseTopologyOptions, diagnostics: Diagnostic[]): TopologyResult {
  const builder = new TopologyBuilder(network, file, resolveLimits(options), diagnostics)
  const lines = arrayElementLinesAt(text, ['edges'])
  /** Lower-cased hostname → the node's id (the hostname as first written). */
  const hosts = new Map<string, string>()
  const nodeOf = (host: string, at: SourceLocation): string => {
    const known = hosts.get(host.toLowerCase())
    if (known !== undefined) return known
    hosts.set(host.toLowerCase(), host)
    builder.addNode(host, { devices: [host] }, at)
    return host
  }
  /** Cables read, as `host[port]|host[port]` in both orders. */
  const cables = new Set<string>()
  doc.edges.forEach((edge, i) => {
    if (builder.full) return
    const line = lines[i]
    const at: SourceLocation = line === undefined ? { file, path: ['edges', i] } : { file, line, path: ['edges', i] }
    const ends = isObject(edge) ? [endOf(edge['node1']), endOf(edge['node2'])] as const : undefined
    if (ends === undefined || 'bad' in ends[0] || 'bad' in ends[1]) {
      const [field, value] = ends === undefined ? ['edges', edge] : 'bad' in ends[0] ? ['node1.hostname', ends[0].bad] : ['node2.hostname', (ends[1] as { bad: unknown }).bad]
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field, value: shownValue(value, { quoteStrings: true }), expected: 'a cable between two ports, each {"hostname": ..., "interfaceName": ...}' })
      return
    }
    const [a, b] = ends
    const key = (x: { host: string; port: string }, y: { host: string; port: string }): string => `${x.host.toLowerCase()}[${x.port}]|${y.host.toLowerCase()}[${y.port}]`
    if (cables.has(key(a, b))) return
    cables.add(key(a, b)).add(key(b, a))
    builder.addLink(nodeOf(a.host, at), nodeOf(b.host, at), {}, at, ['node1.hostname', 'node2.hostname'])
  })
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
