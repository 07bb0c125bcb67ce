/**
 * Kathará labs: the `lab.conf` of a Kathará network scenario (and of Netkit's before it), lines of
 * `device[arg]=value`:
 *
 *     r1[0]="A"
 *     r1[1]="B"
 *     r1[image]="kathara/frr"
 *     pc1[0]="A"
 *
 * Choices:
 * - Each device named in the file is a node of that name, listing the inventory device of that name;
 *   its `image` is kept as its `platform` (the lab's word for the OS, not evidence of the
 *   manufacturer).
 * - A numeric argument is an interface (`eth0`, `eth1`...) and its value the collision domain it is
 *   on (a MAC address may follow a `/`): the devices of one collision domain are linked two by two,
 *   as the routers on a LAN are. A domain one device alone is on links nothing.
 * - Other arguments (`mem`, `cpus`, `sysctl`, `bridged`...) and the `LAB_...` lines describe the
 *   scenario and are not read; nor are comments (`#`).
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined, emptyTopology } from './builder.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

const ASSIGNMENT = /^([^\s[\]=#]+)\[([^\]]+)\]\s*=\s*(.*)$/
const LAB_LINE = /^LAB_[A-Z_]+\s*=/

/** A value without its quotes, single or double. */
function unquote(value: string): string {
  const v = value.trim()
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v
}

/**
 * Parses a Kathará `lab.conf` into a topology of one network; node ids are the device names, and the
 * devices of each collision domain are linked two by two.
 *
 * @example
 * const { topology } = parseKathara('r1[0]="A"\nr2[0]="A"\n', { file: 'lab.conf', network: 'campus' })
 * topology.links // [{ a: 'campus:r1', b: 'campus:r2' }]
 */
export function parseKathara(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseKathara', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  /** Device → where it is first named, and its image. */
  const devices = new Map<string, { at: SourceLocation; image?: string }>()
  /** Collision domain → the devices on it, in file order, and where it is first named. */
  const domains = new Map<string, { devices: string[]; at: SourceLocation }>()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '' || line.startsWith('#') || LAB_LINE.test(line)) continue
    const at: SourceLocation = { file, line: i + 1 }
    const m = ASSIGNMENT.exec(line)
    if (m === null) {
      diagnostics.push({ code: 'malformed_kathara', severity: 'error', at, got: line })
      continue
    }
    const [, device, arg, raw] = m as unknown as [string, string, string, string]
    const entry = devices.get(device) ?? { at }
    devices.set(device, entry)
    if (arg === 'image') entry.image = unquote(raw)
    if (!/^\d+$/.test(arg)) continue
    const domain = unquote(raw).split('/')[0]!.trim()
    if (domain === '') continue
    const d = domains.get(domain)
    if (d === undefined) domains.set(domain, { devices: [device], at })
    else if (!d.devices.includes(device)) d.devices.push(device)
  }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  for (const [device, { at, image }] of devices) {
    if (builder.full) break
    builder.addNode(device, defined({ devices: [device], platform: image }), at)
  }
  for (const { devices: on, at } of domains.values()) {
    for (let i = 0; i < on.length && !builder.full; i++) {
      for (let j = i + 1; j < on.length && !builder.full; j++) builder.addLink(on[i]!, on[j]!, {}, at, ['device', 'device'])
    }
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
