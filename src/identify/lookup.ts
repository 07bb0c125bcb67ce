import { isLocallyAdministered, isMulticast, parseMac, formatMac } from '../catalog/mac.js'
import { groupOf } from '../catalog/manufacturers.js'
import type { Catalog, EnterpriseEntry, OuiMatch } from '../catalog/types.js'
import { BANNER_PROTOCOLS } from '../domain/device.js'
import type { ManufacturerSlug } from '../domain/manufacturer.js'
import type { BannerMatch } from './banner.js'
import { matchBanner } from './banner.js'
import { matchModel } from './identify.js'
import { enterpriseOf, parseOid } from './oid.js'

/** What the catalog says about one identifier, and why. */
export type LookupResult =
  | { kind: 'mac'; query: string; mac: string; locallyAdministered: boolean; multicast: boolean; match: OuiMatch | undefined; group: ManufacturerSlug | undefined }
  | { kind: 'oid'; query: string; enterprise: number | undefined; entry: EnterpriseEntry | undefined; group: ManufacturerSlug | undefined }
  | { kind: 'text'; query: string; name: ManufacturerSlug | undefined; model: { pattern: string; manufacturer: ManufacturerSlug; product?: string } | undefined; banners: BannerMatch[]; groups: ManufacturerSlug[] }

/**
 * Looks up a MAC address, an SNMP object identifier, or a text (manufacturer name, model number,
 * banner or sysDescr), and tells which catalog entry or pattern answers.
 *
 * @example
 * lookupIdentifier('00:E0:FC:00:00:01', catalog) // { kind: 'mac', match: { prefix: '00E0FC', ... }, group: 'huawei' }
 */
export function lookupIdentifier(query: string, catalog: Catalog, at?: string): LookupResult {
  const groupAt = (slug: ManufacturerSlug | undefined) =>
    slug === undefined ? undefined : groupOf(slug, at, catalog.manufacturers).group
  const q = query.trim()
  const mac = parseMac(q)
  if (mac !== undefined) {
    const multicast = isMulticast(mac)
    const locallyAdministered = isLocallyAdministered(mac)
    const match = catalog.oui.lookup(mac)
    return {
      kind: 'mac', query: q, mac: formatMac(mac), locallyAdministered, multicast, match,
      group: match?.registry === 'CID' || locallyAdministered || multicast ? undefined : groupAt(match?.manufacturer),
    }
  }
  const arcs = /^[.\d]+$|::|^iso\.|^enterprises\./.test(q) ? parseOid(q) : undefined
  if (arcs !== undefined) {
    const enterprise = enterpriseOf(arcs)
    const entry = enterprise === undefined ? undefined : catalog.enterprises.lookup(enterprise)
    return { kind: 'oid', query: q, enterprise, entry, group: groupAt(entry?.manufacturer) }
  }
  const name = catalog.resolveName(q)
  const m = matchModel(q, catalog.models)
  const model = m === undefined ? undefined : { pattern: m.name, manufacturer: m.manufacturer, ...(m.product ? { product: m.product } : {}) }
  // A bare text may come from any protocol: try each, keep each pattern once.
  const banners = BANNER_PROTOCOLS.flatMap((protocol) => matchBanner({ protocol, text: q }, catalog.banners))
    .filter((b, i, all) => all.findIndex((x) => x.pattern === b.pattern) === i)
  const groups = [...new Set([name, model?.manufacturer, ...banners.map((b) => b.manufacturer)]
    .filter((s): s is string => s !== undefined).map((s) => groupAt(s)!))].sort()
  return { kind: 'text', query: q, name, model, banners, groups }
}
