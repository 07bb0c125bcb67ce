/**
 * SNDlib networks in their XML form (`<network xmlns="http://sndlib.zib.de/network">`): read with
 * saxes like GraphML (no DOCTYPE, no entity expansion) into the same `SndlibNetwork` as the native
 * format, then the one conversion `toTopology` shared with it.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { emptyTopology } from './builder.js'
import type { SndlibDemand, SndlibLink, SndlibNetwork, SndlibNode, SndlibResult } from './sndlib.js'
import { toTopology } from './sndlib.js'
import { networkOf, resolveLimits, type ParseTopologyOptions, type TopologySource, tooLarge } from './source.js'
import { TopologyXmlReader, unexpectedRoot } from './xml-root.js'

/** What a malformed-XML diagnostic says is expected. */
const SNDLIB_EXPECTED = 'SNDlib XML (a <network> in the SNDlib namespace)'

/**
 * Reads the elements trustpath uses: meta, nodes with coordinates, links, demands. Coordinates of
 * `<nodes coordinatesType="pixel">` are places in a drawing, not longitude and latitude: not read.
 */
export function readSndlibXml(text: string, file: string, diagnostics: Diagnostic[]): SndlibNetwork {
  const net: SndlibNetwork = { meta: new Map(), nodes: [], links: [], demands: [] }
  const reader = new TopologyXmlReader(file, diagnostics, SNDLIB_EXPECTED, 'network')
  const { parser } = reader
  const here = (): SourceLocation => reader.here()
  const fail = (d: Diagnostic): never => reader.fail(d)
  const path: string[] = []
  let text_ = ''
  let node: SndlibNode | undefined
  let link: SndlibLink | undefined
  let demand: SndlibDemand | undefined
  let module: [string, string] | undefined
  /** `<nodes coordinatesType="pixel">`: the coordinates are places in a drawing, not on the globe. */
  let pixel = false
  const local = (name: string) => name.slice(name.indexOf(':') + 1)

  parser.on('opentag', (tag) => {
    const name = local(tag.name)
    const at = here()
    if (path.length === 0 && name !== 'network') {
      fail(unexpectedRoot(tag.name, 'network', at))
    }
    path.push(name)
    text_ = ''
    const id = tag.attributes['id']
    if (name === 'nodes') pixel = tag.attributes['coordinatesType'] === 'pixel'
    if (name === 'node' && path.includes('nodes')) node = { id: id ?? '', at }
    else if (name === 'link' && path.includes('links')) {
      link = { id: id ?? '', source: '', target: '', preInstalledCapacity: '0', preInstalledCapacityCost: '0', routingCost: '0', setupCost: '0', modules: [], at }
    } else if (name === 'demand' && path.includes('demands')) {
      demand = { id: id ?? '', source: '', target: '', routingUnit: '1', demandValue: '', maxPathLength: 'UNLIMITED', at }
    } else if (name === 'addModule') module = ['', '']
  })
  parser.on('text', (t) => { text_ += t })
  parser.on('closetag', (tag) => {
    const name = local(tag.name)
    const value = text_.trim()
    text_ = ''
    const parent = path[path.length - 2]
    if (parent === 'meta') net.meta.set(name, value)
    if (node !== undefined && parent === 'coordinates' && !pixel) {
      if (name === 'x') node.lon = value
      if (name === 'y') node.lat = value
    }
    if (link !== undefined && parent === 'link') {
      if (name === 'source') link.source = value
      if (name === 'target') link.target = value
      if (name === 'routingCost') link.routingCost = value
      if (name === 'setupCost') link.setupCost = value
    }
    if (link !== undefined && parent === 'preInstalledModule') {
      if (name === 'capacity') link.preInstalledCapacity = value
      if (name === 'cost') link.preInstalledCapacityCost = value
    }
    if (module !== undefined && parent === 'addModule') {
      if (name === 'capacity') module[0] = value
      if (name === 'cost') module[1] = value
    }
    if (demand !== undefined && parent === 'demand') {
      if (name === 'source') demand.source = value
      if (name === 'target') demand.target = value
      if (name === 'demandValue') demand.demandValue = value
    }
    if (name === 'node' && node !== undefined) {
      net.nodes.push(node)
      node = undefined
    } else if (name === 'link' && link !== undefined) {
      net.links.push(link)
      link = undefined
    } else if (name === 'demand' && demand !== undefined) {
      net.demands.push(demand)
      demand = undefined
    } else if (name === 'addModule' && module !== undefined) {
      link?.modules.push(module)
      module = undefined
    }
    path.pop()
  })
  reader.read(text)
  return net
}

/**
 * Parses an SNDlib XML file: nodes (x = longitude, y = latitude), links (routing cost as metric,
 * pre-installed capacity) and demands (as flows), like the native format.
 *
 * @example
 * const { topology, flows } = parseSndlibXml(text, { file: 'abilene.xml' })
 */
export function parseSndlibXml(text: string, source: TopologySource, options: ParseTopologyOptions = {}): SndlibResult {
  const network = networkOf('topology/parseSndlibXml', source)
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  if (tooLarge(text, source.file, limits, diagnostics)) {
    return { topology: emptyTopology(network), flows: [], diagnostics }
  }
  const net = readSndlibXml(text, source.file, diagnostics)
  if (diagnostics.some((d) => d.severity === 'error')) return { topology: emptyTopology(network), flows: [], diagnostics }
  return toTopology(net, network, source.file, limits, diagnostics)
}
