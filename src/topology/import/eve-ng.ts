/**
 * EVE-NG (and UNetLab, PNETLab) labs: the `.unl` file EVE-NG keeps each lab in, XML under a `<lab>`
 * root:
 *
 *     <lab name="ISP_NET" version="1" ...>
 *       <topology>
 *         <nodes>
 *           <node id="3" name="PE-1" type="qemu" template="huaweine40e" image="huaweine40e-ne40e" ...>
 *             <interface id="2" name="e1/0/0" type="ethernet" network_id="2"/>
 *           </node>
 *         </nodes>
 *         <networks>
 *           <network id="2" type="bridge" name="Net-PE-1iface_2" visibility="0"/>
 *         </networks>
 *       </topology>
 *     </lab>
 *
 * Choices:
 * - Each `<node>` is a topology node named by its EVE-NG name, listing the inventory device of that
 *   name; two nodes of one name are `<name>#<id>` and place no device by name, as in a GNS3 project.
 *   Its image (else its template) is kept as its `platform`: the lab's word for the OS, not evidence
 *   of the manufacturer.
 * - EVE-NG joins interfaces through networks: a line drawn between two nodes is a hidden bridge
 *   network of two interfaces, a switch-like bridge drawn on the canvas may join several. The nodes
 *   of one network are linked two by two, as the routers on a LAN are. A serial interface names its
 *   peer (`remote_id`, `remote_if`) instead, and links the two nodes.
 * - A cloud network (`type="pnet0"` to `pnet9`) bridges to the host's interfaces, outside the lab:
 *   links to it are left out, with one `links_outside_lab` note. A network that no `<network>`
 *   element declares is taken as a bridge.
 * - The canvas places (`left`, `top`), the configurations and the pictures are not read.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined, emptyTopology } from './builder.js'
import { TopologyXmlReader, localName, unexpectedRoot } from './xml-root.js'
import { networkOf, resolveLimits, sortDiagnostics, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

const EVE_EXPECTED = 'an EVE-NG lab (<lab><topology><nodes><node name="..."><interface network_id="..."/></node></nodes></topology></lab>)'

/** Names of cloud networks a `links_outside_lab` note lists. */
const OUTSIDE_EXAMPLES = 5

type EveNode = { id: string; name: string | undefined; platform: string | undefined; at: SourceLocation }

/**
 * Parses an EVE-NG lab (`.unl`) into a topology of one network; node ids are the EVE-NG node names.
 *
 * @example
 * const { topology } = parseEveNg(unlText, { file: 'ISP_NET.unl' })
 * topology.nodes.map((n) => n.id) // ['ISP_NET:PE-1', 'ISP_NET:01-AGG-SW1']
 */
export function parseEveNg(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseEveNg', source)
  const reader = TopologyXmlReader.of(text, file, limits, diagnostics, EVE_EXPECTED, 'lab')
  if (reader === undefined) return { topology: emptyTopology(network), diagnostics }
  const { parser } = reader
  const nodes: EveNode[] = []
  /** Network id → the EVE node ids of the interfaces on it, and where the first was. */
  const members = new Map<string, { nodes: string[]; at: SourceLocation }>()
  /** Network id → its type and name, as its `<network>` declares them. */
  const declared = new Map<string, { type: string | undefined; name: string | undefined }>()
  const serials: { a: string; b: string; at: SourceLocation }[] = []
  const path: string[] = []
  let current: EveNode | undefined
  parser.on('opentag', (tag) => {
    const name = localName(tag.name).toLowerCase()
    path.push(name)
    const attr = (n: string): string | undefined => tag.attributes[n]
    if (path.length === 1) {
      if (name !== 'lab') reader.fail(unexpectedRoot(tag.name, 'lab', reader.tagAt))
      return
    }
    const parent = path[path.length - 2]
    if (name === 'node' && parent === 'nodes') {
      const id = reader.nodeId(attr)
      current = id === undefined ? undefined : { id, name: attr('name'), platform: attr('image') || attr('template') || undefined, at: reader.tagAt }
      if (current !== undefined) nodes.push(current)
      return
    }
    if (name === 'interface' && parent === 'node' && current !== undefined) {
      const net = attr('network_id')
      const remote = attr('remote_id')
      if (net !== undefined && net !== '' && net !== '0') {
        const m = members.get(net)
        if (m === undefined) members.set(net, { nodes: [current.id], at: reader.tagAt })
        else m.nodes.push(current.id)
      } else if (remote !== undefined && remote !== '' && remote !== '0') {
        serials.push({ a: current.id, b: remote, at: reader.tagAt })
      }
      return
    }
    if (name === 'network' && parent === 'networks') {
      const id = attr('id')
      if (id !== undefined) declared.set(id, { type: attr('type'), name: attr('name') })
    }
  })
  parser.on('closetag', (tag) => {
    path.pop()
    if (localName(tag.name).toLowerCase() === 'node') current = undefined
  })
  if (!reader.read(text)) return { topology: emptyTopology(network), diagnostics: sortDiagnostics(diagnostics) }

  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const counts = new Map<string, number>()
  for (const n of nodes) if (n.name !== undefined) counts.set(n.name, (counts.get(n.name) ?? 0) + 1)
  /** EVE node id → local id. */
  const ids = new Map<string, string>()
  for (const n of nodes) {
    if (builder.full) break
    const shared = n.name === undefined || n.name === '' || (counts.get(n.name) ?? 0) > 1
    const id = n.name === undefined || n.name === '' ? n.id : shared ? `${n.name}#${n.id}` : n.name
    ids.set(n.id, id)
    builder.addNode(id, defined({ devices: shared ? undefined : [n.name!], platform: n.platform }), n.at)
  }
  const outside = { links: 0, ends: [] as string[], at: undefined as SourceLocation | undefined }
  for (const [net, { nodes: on, at }] of members) {
    const kind = declared.get(net)
    if (kind?.type !== undefined && /^pnet\d*$/i.test(kind.type)) {
      outside.links += on.length
      outside.at ??= at
      const shown = kind.name || kind.type
      if (outside.ends.length < OUTSIDE_EXAMPLES && !outside.ends.includes(shown)) outside.ends.push(shown)
      continue
    }
    for (let i = 0; i < on.length && !builder.full; i++) {
      for (let j = i + 1; j < on.length && !builder.full; j++) {
        builder.addLink(ids.get(on[i]!) ?? on[i]!, ids.get(on[j]!) ?? on[j]!, {}, at, ['node', 'node'])
      }
    }
  }
  /** A serial line is written on both its ends: read once. */
  const seen = new Set<string>()
  for (const s of serials) {
    if (builder.full) break
    if (seen.has(`${s.b}\u0000${s.a}`)) continue
    seen.add(`${s.a}\u0000${s.b}`)
    builder.addLink(ids.get(s.a) ?? s.a, ids.get(s.b) ?? s.b, {}, s.at, ['node', 'remote_id'])
  }
  if (outside.at !== undefined) diagnostics.push({ code: 'links_outside_lab', severity: 'info', at: outside.at, links: outside.links, ends: outside.ends })
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
