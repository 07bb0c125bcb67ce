/**
 * Cisco Modeling Labs 2 (CML) labs: the YAML a lab is exported and imported as (`lab:` beside
 * `nodes:` and `links:` at the top level):
 *
 *     lab:
 *       title: Basic Forwarding Behavior
 *     links:
 *       - id: l1
 *         n1: n0
 *         n2: n4
 *         label: R2-GigabitEthernet0/2<->R5-GigabitEthernet0/2
 *     nodes:
 *       - id: n0
 *         label: R2
 *         node_definition: iosv
 *
 * Choices:
 * - Each node is a topology node named by its `label` (the name CML shows), listing the inventory
 *   device of that name; two nodes of one label are `<label>#<id>` and place no device by name. Its
 *   `node_definition` (`iosv`, `csr1000v`, `unmanaged_switch`...) is kept as `platform`: the lab's
 *   word for the OS, not evidence of the manufacturer. An unmanaged switch is a node like the others.
 * - Each link joins the nodes its `n1` and `n2` name. A link to an external connector (which bridges
 *   to a network outside the lab) is left out, with one `links_outside_lab` note, and so is the
 *   connector.
 * - The canvas places (`x`, `y`), configurations and annotations are not read.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined, emptyTopology } from './builder.js'
import { parseYamlText, yamlGet, yamlItems, yamlString } from './yaml-text.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

/** The node definition of CML's external connector, a bridge to a network outside the lab. */
const EXTERNAL_CONNECTOR = 'external_connector'
/** Names of connectors a `links_outside_lab` note lists. */
const OUTSIDE_EXAMPLES = 5

/**
 * Parses a CML 2 lab (YAML) into a topology of one network; node ids are the nodes' labels.
 *
 * @example
 * const { topology } = parseCml('lab:\n  title: two\nnodes:\n  - {id: n0, label: R1, node_definition: iosv}\n  - {id: n1, label: R2, node_definition: iosv}\nlinks:\n  - {id: l0, n1: n0, n2: n1}\n', { file: 'two.yaml' })
 * topology.links // [{ a: 'two:R1', b: 'two:R2' }]
 */
export function parseCml(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseCml', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const parsed = parseYamlText(text, file, diagnostics)
  if (parsed === undefined) return { topology: emptyTopology(network), diagnostics }
  const { doc, at } = parsed
  const root = doc.contents
  const nodes = yamlItems(doc, yamlGet(doc, root, 'nodes')).map((n) => ({
    node: n, id: yamlString(yamlGet(doc, n, 'id')), label: yamlString(yamlGet(doc, n, 'label')), definition: yamlString(yamlGet(doc, n, 'node_definition')),
  }))
  const counts = new Map<string, number>()
  for (const n of nodes) if (n.label !== undefined) counts.set(n.label, (counts.get(n.label) ?? 0) + 1)
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  /** CML node id → local id, or undefined for an external connector. */
  const ids = new Map<string, string | undefined>()
  const connectors = new Map<string, string>()
  for (const n of nodes) {
    if (builder.full) break
    const where: SourceLocation = at(n.node)
    if (n.id === undefined) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at: where, field: 'id', value: '', expected: 'an id on every node (n0, n1...), which the links name' })
      continue
    }
    if (n.definition === EXTERNAL_CONNECTOR) {
      ids.set(n.id, undefined)
      connectors.set(n.id, n.label ?? n.id)
      continue
    }
    const shared = n.label === undefined || (counts.get(n.label) ?? 0) > 1
    const id = n.label === undefined ? n.id : shared ? `${n.label}#${n.id}` : n.label
    ids.set(n.id, id)
    builder.addNode(id, defined({ devices: shared ? undefined : [n.label!], platform: n.definition }), where)
  }
  const outside = { links: 0, ends: [] as string[], at: undefined as SourceLocation | undefined }
  for (const link of yamlItems(doc, yamlGet(doc, root, 'links'))) {
    if (builder.full) break
    const where = at(link)
    const ends = [yamlString(yamlGet(doc, link, 'n1')), yamlString(yamlGet(doc, link, 'n2'))]
    const connector = ends.find((e) => e !== undefined && connectors.has(e))
    if (connector !== undefined) {
      outside.links++
      outside.at ??= where
      const name = connectors.get(connector)!
      if (outside.ends.length < OUTSIDE_EXAMPLES && !outside.ends.includes(name)) outside.ends.push(name)
      continue
    }
    if (ends[0] === undefined || ends[1] === undefined) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at: where, field: ends[0] === undefined ? 'n1' : 'n2', value: '', expected: 'the ids of the two nodes a link joins (n1, n2)' })
      continue
    }
    builder.addLink(ids.get(ends[0]) ?? ends[0], ids.get(ends[1]) ?? ends[1], {}, where, ['n1', 'n2'])
  }
  if (outside.at !== undefined) diagnostics.push({ code: 'links_outside_lab', severity: 'info', at: outside.at, links: outside.links, ends: outside.ends })
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
