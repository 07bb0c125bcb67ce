/**
 * containerlab's `topology-data.json`, the file `containerlab deploy` writes in the lab directory
 * (`clab-<lab>/topology-data.json`) for tools that read a running lab:
 *
 *     {"name": "srl02", "type": "clab", "clab": {"config": {...}},
 *      "nodes": {"srl1": {"shortname": "srl1", "longname": "clab-srl02-srl1", "kind": "srl", ...}},
 *      "links": [{"a": {"node": "srl1", "interface": "e1-1", "mac": "...", "peer": "z"},
 *                 "z": {"node": "srl2", "interface": "e1-1", "mac": "...", "peer": "a"}}]}
 *
 * What was read to write this: containerlab's manual (containerlab.dev, "Topology definition",
 * the sample generated `topology-data.json`), and its v0.73 layout, where each link's ends sit in
 * `endpoints: {a, z}`. Nodes are named by their key (the name in the `.clab.yml`), as the
 * containerlab reader names them, and list the inventory device of that name, with the `kind` as
 * the platform; the network is the lab's `name`.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined } from './builder.js'
import { arrayElementLinesAt, isObject, jsonId, shownValue } from './json-text.js'
import { resolveLimits, sortDiagnostics, type ParseTopologyOptions, type TopologyResult } from './source.js'

/** Names of ends outside the lab that a `links_outside_lab` diagnostic lists. */
const OUTSIDE_EXAMPLES = 3

/** True for a parsed `topology-data.json`: `"type": "clab"` (or a `clab` object), a map of `nodes` and a list of `links`. */
export function isClabTopologyData(doc: unknown): doc is Record<string, unknown> & { nodes: Record<string, unknown> } {
  return isObject(doc) && (doc['type'] === 'clab' || isObject(doc['clab'])) && isObject(doc['nodes']) && Array.isArray(doc['links'] ?? [])
}

/** The lab's name, for the network when none is given. */
export function clabLabName(doc: Record<string, unknown>): string | undefined {
  const name = jsonId(doc['name'])
  return name !== undefined && !name.includes(':') ? name : undefined
}

/** The node one end of a link names (`{"node": "srl1", ...}`). */
function endNode(end: unknown): string | undefined {
  return isObject(end) ? jsonId(end['node']) : undefined
}

/**
 * Reads a parsed `topology-data.json` into a topology of one network: each of `nodes` a node
 * listing the device of its name, each link between two of them a link; links to an end that is
 * no node of the lab (the host, the management network) are left out with one `links_outside_lab` note.
 */
export function readClabTopologyData(doc: Record<string, unknown> & { nodes: Record<string, unknown> }, text: string, network: string, file: string, options: ParseTopologyOptions, diagnostics: Diagnostic[]): TopologyResult {
  const builder = new TopologyBuilder(network, file, resolveLimits(options), diagnostics)
  for (const [name, node] of Object.entries(doc.nodes)) {
    if (builder.full) break
    if (name.trim() === '') continue
    const kind = isObject(node) ? jsonId(node['kind']) : undefined
    builder.addNode(name, defined({ devices: [name], platform: kind }), { file, path: ['nodes', name] })
  }
  const lines = arrayElementLinesAt(text, ['links'])
  const outside = { links: 0, ends: [] as string[], at: undefined as SourceLocation | undefined }
  const links = (doc['links'] ?? []) as unknown[]
  links.forEach((link, i) => {
    if (builder.full) return
    const line = lines[i]
    const at: SourceLocation = line === undefined ? { file, path: ['links', i] } : { file, line, path: ['links', i] }
    // containerlab 0.73 and later put the ends in `endpoints`; earlier versions beside each other.
    const ends = isObject(link) && isObject(link['endpoints']) ? link['endpoints'] : link
    const a = isObject(ends) ? endNode(ends['a']) : undefined
    const z = isObject(ends) ? endNode(ends['z']) : undefined
    if (a === undefined || z === undefined) {
      diagnostics.push({
        code: 'invalid_field', severity: 'error', at, field: a === undefined ? 'a.node' : 'z.node',
        value: shownValue(isObject(ends) ? ends[a === undefined ? 'a' : 'z'] : link, { quoteStrings: true }), expected: 'a link between two ends, each {"node": ..., "interface": ...}',
      })
      return
    }
    const out = [a, z].find((e) => !builder.hasNode(e))
    if (out !== undefined) {
      outside.links++
      outside.at ??= at
      if (outside.ends.length < OUTSIDE_EXAMPLES && !outside.ends.includes(out)) outside.ends.push(out)
      return
    }
    builder.addLink(a, z, {}, at, ['a.node', 'z.node'])
  })
  if (outside.at !== undefined) diagnostics.push({ code: 'links_outside_lab', severity: 'info', at: outside.at, links: outside.links, ends: outside.ends })
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
