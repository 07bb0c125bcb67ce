import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { formatLocation } from '../diagnostics/format.js'
import type { NearbyNode, NodeTrustBuilder } from '../exposure/node-trust.js'
import type { NodeNamer } from './exposure-table.js'
import { formatCount } from '../util/plural.js'
import { showControls } from '../util/text-width.js'

/** What a run knows about the devices it could not place on a node (see `NodeTrustBuilder`). */
export type UnplacedDevices = Pick<NodeTrustBuilder, 'unplaced' | 'ambiguous' | 'ambiguousSites' | 'noSite' | 'unmatchedSites' | 'multiplyListed' | 'multiplyListedDevices'> &
  Partial<Pick<NodeTrustBuilder, 'noSiteAddressed' | 'placesByAddress' | 'placesBySite'>>

/**
 * The inventory devices on no topology node, for the reports: how many, and the untrusted transit
 * devices among them (a Huawei router whose site names no node makes no node untrusted).
 */
export type UnplacedDevicesSummary = { devices: number; untrusted: number; untrustedExamples: string[] }

/** Sites named in full in a message; the counts always cover all of them. */
const SHOWN = 5

const devicesOf = (devices: readonly string[], total: number): string =>
  `${formatCount(total, 'device')}: ${devices.join(', ')}${total > devices.length ? ', …' : ''}`

/**
 * The nodes near a point, those as far from it (to the km) together: `RM-1 (10) or RM-2 (55), 0 km,
 * or FRA (44), 18 km`.
 */
function nearbyNodes(around: readonly NearbyNode[], name: NodeNamer): string {
  const byKm = new Map<string, string[]>()
  for (const n of around) {
    const km = `${Math.round(n.km).toLocaleString('en-US')} km`
    byKm.set(km, [...(byKm.get(km) ?? []), name(n.node)])
  }
  return [...byKm].map(([km, names]) => `${names.join(' or ')}, ${km}`).join(', or ')
}

/**
 * What to do about devices without a site that are named by an address (a scan's hosts): a prefix
 * table places them, or, when one was given, a prefix of it that holds the address would.
 */
function addressedWithoutSite(addressed: number, noSite: number, byPrefixes: boolean): string {
  if (addressed === 0) return ''
  const who = addressed === noSite ? (noSite === 1 ? 'It is' : 'They are') : `${addressed.toLocaleString('en-US')} of them ${addressed === 1 ? 'is' : 'are'}`
  return byPrefixes
    ? ` ${who} named by an address that no prefix of --prefixes holds (0.0.0.0/0 and ::/0 place no device): add a prefix that holds it.`
    : ` ${who} named by an address, as a scan names hosts: --prefixes (prefix,node) places such a device on the node of the longest prefix that holds its address.`
}

/** `; devices.csv:42`: where the first device of a site is written, for the user to find the row to fix. */
const firstAt = (at: SourceLocation | undefined): string => (at?.line === undefined ? '' : `; ${formatLocation(at)}`)

/**
 * The lines that tell a user which devices of `inventory` sit on no topology node and why: sites
 * that match no node (each with its devices and the nodes it may have meant), sites that name
 * several nodes (with their ids), devices with no site; and how to fix each. `unreadColumns` are
 * the inventory's columns that no field reads: an operator's sheet often names the node a device
 * sits on under a header of its own (`PoP`), which the message for devices without a site names.
 * `nearby` (`buildNearbyNodeFinder`) offers, for a site whose name suggests no node, the nodes near
 * the coordinates its devices give (a monitoring system's `Napoli [40.83333, 14.25]`, near `NA`).
 */
export function formatUnplacedDevices(
  u: UnplacedDevices, inventory: string, nodes: number, suggest: (site: string) => string[], name: NodeNamer,
  unreadColumns: readonly string[] = [], nearby?: (lat: number, lon: number) => NearbyNode[],
): string[] {
  if (u.unplaced === 0 || nodes === 0) return []
  const lines: string[] = []
  const unmatched = u.unplaced - u.ambiguous - u.noSite - u.multiplyListed
  if (unmatched > 0) {
    const sites = [...u.unmatchedSites].slice(0, SHOWN).map(([site, s]) => {
      const near = suggest(site)
      const around = near.length === 0 && s.position !== undefined && nearby !== undefined ? nearby(s.position.lat, s.position.lon) : []
      return `  "${site}" (${devicesOf(s.devices, s.count)}${firstAt(s.at)})` +
        (near.length > 0 ? `: did you mean ${near.map(name).join(' or ')}?` : '') +
        (around.length > 0 ? `: did you mean ${nearbyNodes(around, name)} from ${s.count === 1 ? 'its' : 'their'} lat/lon?` : '')
    })
    const more = Math.max(0, u.unmatchedSites.size - SHOWN)
    lines.push(`${inventory}: ${formatCount(unmatched, 'device')} ${unmatched === 1 ? 'is' : 'are'} on no topology node: ` +
      `${unmatched === 1 ? 'its' : 'their'} site matches no node's id, label or site (of ${formatCount(nodes, 'node')}):`,
    ...sites, ...(more > 0 ? [`  … and ${more === 1 ? 'another site' : `${formatCount(more, 'other site')}`}${u.unmatchedSites.size >= 20 ? ' or more' : ''}`] : []),
    '  Write the site as a node label (any case), its id, or network:label with several topologies; ' +
      'or list the device in the node\'s devices' +
      (u.placesBySite === true ? '; or add a row site,node for the site to the --site-map table.' : '; or map the inventory\'s sites to nodes in a table given with --site-map (site,node: "Roma, Via dei Tizii 6",RM).'))
  }
  if (u.ambiguous > 0) {
    const [site, first] = [...u.ambiguousSites][0] ?? []
    const net = first?.matches[0]?.split(':')[0]
    const example = site !== undefined && net !== undefined && first!.matches.some((m) => !m.startsWith(`${net}:`)) ? `${net}:${site}` : undefined
    const sites = [...u.ambiguousSites].slice(0, SHOWN)
      .map(([site, s]) => `  "${site}" names ${s.matches.map(name).join(', ')} (${s.devices.length === 1 ? 'device' : 'devices'} ${s.devices.join(', ')}${s.devices.length >= 3 ? ', …' : ''}${firstAt(s.at)})`)
    // A network column tells nodes of several networks apart, not two nodes of one network that
    // share a label (Uninett's two "NORDUnet Stockholm").
    const networks = (matches: readonly string[]) => new Set(matches.map((m) => (m.includes(':') ? m.slice(0, m.indexOf(':')) : ''))).size
    const acrossNetworks = [...u.ambiguousSites.values()].some((s) => networks(s.matches) > 1)
    lines.push(`${inventory}: ${formatCount(u.ambiguous, 'device')} ${u.ambiguous === 1 ? 'is' : 'are'} on no topology node because ` +
      `${u.ambiguous === 1 ? 'its' : 'their'} site names several nodes (a label or site they share):`,
    ...sites, ...(u.ambiguousSites.size > SHOWN ? ['  …'] : []),
    `  Set the site to one of those node ids${example === undefined ? '' : ` or write the network before it (${example})`}, ` +
      `${acrossNetworks ? 'give the device a network column, ' : ''}list the device in that node's devices, ` +
      `or map the site to one node id in ${u.placesBySite === true ? 'the --site-map table' : 'a --site-map table (site,node)'}.`)
  }
  if (u.multiplyListed > 0) {
    const listed = [...u.multiplyListedDevices]
    const networks = new Set(listed.flatMap(([, nodes]) => nodes.map((m) => (m.includes(':') ? m.slice(0, m.indexOf(':')) : ''))))
    lines.push(`${inventory}: ${formatCount(u.multiplyListed, 'device')} ${u.multiplyListed === 1 ? 'is' : 'are'} on no topology node because ` +
      `the devices lists of several nodes name ${u.multiplyListed === 1 ? 'it' : 'them'}:`,
    ...listed.slice(0, SHOWN).map(([device, nodes]) => `  ${device} is listed by ${nodes.map(name).join(', ')}`),
    ...(listed.length > SHOWN || u.multiplyListed > listed.length ? ['  …'] : []),
    `  ${networks.size > 1 ? 'Give the device a network column naming the network it is in, or a site naming its node; or keep' : 'Keep'} ` +
      'it in the devices list of one node only.')
  }
  if (u.noSite > 0) {
    lines.push(`${inventory}: ${formatCount(u.noSite, 'device')} ${u.noSite === 1 ? 'has' : 'have'} no site and no node lists ${u.noSite === 1 ? 'it' : 'them'}, ` +
      `so ${u.noSite === 1 ? 'it is' : 'they are'} on no topology node. Add a site column (a node label or id)` +
      (unreadColumns.length === 0 ? '.' : unreadColumns.length === 1
        ? `; the column "${unreadColumns[0]}" is not read: if it names the nodes, call it site.`
        : `; the columns ${unreadColumns.slice(0, SHOWN).map((c) => `"${c}"`).join(', ')}${unreadColumns.length > SHOWN ? ', …' : ''} are not read: ` +
          'if one names the nodes, call it site.') +
      addressedWithoutSite(u.noSiteAddressed ?? 0, u.noSite, u.placesByAddress === true))
  }
  // Sites and device ids come from the inventory: their escape sequences are shown, not sent to the terminal.
  return lines.map(showControls)
}
