import { isLocallyAdministered, isMulticast, macOfEui64, parseEui64, parseMac, formatMac } from '../catalog/mac.js'
import { assertOwnershipDate, groupOf, interfaceSourceOf } from '../catalog/manufacturers.js'
import type { Catalog, CatalogMeta, EnterpriseEntry, OuiEntry, OuiMatch } from '../catalog/types.js'
import type { ProductOid } from '../catalog/product-oids.js'
import { BANNER_PROTOCOLS } from '../domain/device.js'
import type { ManufacturerSlug, OemRelation, ParentRelation, Source } from '../domain/manufacturer.js'
import type { BannerMatch } from './banner.js'
import { matchBanner } from './banner.js'
import { docsisFields } from '../catalog/docsis.js'
import { ENTERPRISE_NUMBERS, NO_MAKER_ENTERPRISE_NUMBERS } from '../catalog/enterprise-numbers.js'
import { DOCSIS_VENDOR_PATTERN } from '../domain/evidence.js'
import { matchModel } from './identify.js'
import { enterpriseEntryOf, parseOid } from './oid.js'
import { unescapeControls } from '../util/escapes.js'
import { genericServerOf } from '../catalog/generic-software.js'
import { parseUsbDeviceLines, usbProductOf, usbVendorOf } from '../catalog/usb-vendors.js'
import { describedManufacturers, describedModels } from '../catalog/described-models.js'
import type { PastedText } from './pasted-text.js'
import { parsePastedText } from './pasted-text.js'
import type { SharedAdapterMac } from '../catalog/shared-adapter-macs.js'
import { sharedAdapterOf } from '../catalog/shared-adapter-macs.js'
import { cpeProduct, cpeVendor, deviceMakerCpe } from '../catalog/cpe.js'

/**
 * What the catalog says about one identifier, and why. `pasted`: the query was copied with what a
 * tool wrote around it (quotes, an snmpwalk line, a row of nmap's port table), and the answer is
 * of the text inside (`query` stays the whole query).
 */
export type LookupResult = LookupAnswer & { pasted?: PastedText }

type LookupAnswer =
  /**
   * `interfaceMaker`: the block's maker sells network interfaces for other makers' devices (the
   * source that says so): the MAC names a device's card or chip, not the device. `contractManufacturer`:
   * the block's maker builds devices for other brands (the source that says so): beside another
   * maker's evidence the MAC names who built the device, alone its maker.
   */
  /**
   * `ipv6`: the IPv6 address whose interface identifier (modified EUI-64) holds the MAC; `eui64`: the
   * EUI-64 formed from the MAC (`ff:fe` or `ff:ff` in its middle).
   */
  /** `sharedAdapter`: the MAC is the one a VPN client gives its virtual adapter on every computer. */
  | { kind: 'mac'; query: string; mac: string; locallyAdministered: boolean; multicast: boolean; match: OuiMatch | undefined; group: ManufacturerSlug | undefined; registryData?: string; interfaceMaker?: Source; contractManufacturer?: Source; ipv6?: string; eui64?: string; sharedAdapter?: SharedAdapterMac }
  /** `product`: the product the OID names in its maker's MIB, when the catalog knows it. */
  /**
   * `noMaker`: why the enterprise number names no maker whoever registered it (devices of other makers
   * report it: Broadcom's 4413, Realtek's 27282), when the catalog says so.
   */
  /** `registrant`: IANA's registrant, when `entry` is a branch of its tree that names another maker. */
  | { kind: 'oid'; query: string; enterprise: number | undefined; entry: EnterpriseEntry | undefined; group: ManufacturerSlug | undefined; registryData?: string; product?: ProductOid; noMaker?: string; registrant?: string }
  /** `oem`: the OEM relations by which the named brand sells other makers' products. */
  /** `generic`: a server the firmware of many makers embeds (Dropbear, GoAhead-Webs), when the text names that and no maker. */
  /**
   * `brandModel`: the query was a brand that sells other makers' products and a model after it
   * ("TRENDnet TV-IP310PI"): the model, and the brand's OEM relations whose model scope holds it, as
   * identification reads a device declared with that brand and model (none: the brand's own, unless
   * other evidence or the device's role says otherwise).
   */
  /**
   * `cpe`: the query was a CPE name (`cpe:/h:huawei:ar3200`, `cpe:2.3:o:zte:...`), as scanners and
   * bills of materials give them: its part, vendor and product, and the maker it names as
   * identification reads a scanner's CPE (none for an application, an operating system of many
   * makers' devices, or a vendor the catalog does not know).
   */
  | { kind: 'text'; query: string; name: ManufacturerSlug | undefined; cpe?: LookupCpe; model: { pattern: string; manufacturer: ManufacturerSlug; product?: string; brand?: ManufacturerSlug; source?: Source } | undefined; banners: BannerMatch[]; groups: ManufacturerSlug[]; oem: OemRelation[]; brandModel?: { model: string; covering: OemRelation[] }; owners?: ParentRelation[]; hint?: string; generic?: { name: string; what: string }; usb?: { vendorId: string; productId: string; manufacturer?: ManufacturerSlug; vendor?: string; product?: string; source?: Source }[] }
  /**
   * An OUI or longer block prefix (`00E0FC`, `00:e0:fc`, `70B3D50AE`): the block with exactly this
   * prefix, else the longest block holding it, and how many longer blocks lie under it. `eui64`: the
   * query was an EUI-64 assigned as such (no MAC in it), whose first 36 bits are the prefix.
   */
  | { kind: 'prefix'; query: string; prefix: string; match: OuiEntry | undefined; group: ManufacturerSlug | undefined; longer: number; registryData?: string; interfaceMaker?: Source; contractManufacturer?: Source; eui64?: true }

/** A CPE name looked up: see `LookupResult`'s `cpe`. */
export type LookupCpe = {
  /** `h` hardware, `o` operating system, `a` application (`*` or `-`: any or none). */
  part: string
  vendor: string | undefined
  product: string | undefined
  /** The maker the CPE names in identification, when it names one. */
  manufacturer?: ManufacturerSlug
  /** Why it names no device maker: `application`, `general-os` (Linux, Windows, VxWorks, EulerOS...), `unknown-vendor`, `interface-maker`. */
  none?: 'application' | 'general-os' | 'unknown-vendor' | 'interface-maker'
}

/**
 * Looks up a MAC address, an SNMP object identifier, or a text (manufacturer name, model number,
 * banner or sysDescr), and tells which catalog entry or pattern answers, the groups as of `at`
 * (ISO yyyy-mm-dd) when given.
 *
 * @throws TrustpathError `usage` when `at` is not an ISO date.
 * @example
 * lookupIdentifier('00:E0:FC:00:00:01', catalog) // { kind: 'mac', match: { prefix: '00E0FC', ... }, group: 'huawei' }
 */
export function lookupIdentifier(query: string, catalog: Catalog, at?: string): LookupResult {
  assertOwnershipDate(at, 'identify/lookupIdentifier', 'the date')
  const pasted = parsePastedText(query)
  if (pasted === undefined) return lookupOne(query, catalog, at)
  return { ...lookupOne(pasted.text, catalog, at), query: query.trim(), pasted }
}

/** The blocks kept from earlier data, per catalog: registry and prefix to the data's name. */
const KEPT_INDEX = new WeakMap<CatalogMeta['oui'], ReadonlyMap<string, string>>()

/** The data a block was kept from when a registry file taken later lacks it (see `CatalogMeta`); undefined for the others. */
function keptFrom(meta: CatalogMeta['oui'], entry: OuiEntry): string | undefined {
  if (meta.kept === undefined) return undefined
  let index = KEPT_INDEX.get(meta)
  if (index === undefined) {
    index = new Map(meta.kept.flatMap((k) => k.prefixes.map((p) => [`${k.registry} ${p}`, k.from] as const)))
    KEPT_INDEX.set(meta, index)
  }
  return index.get(`${entry.registry} ${entry.prefix.toUpperCase()}`)
}

function lookupOne(query: string, catalog: Catalog, at: string | undefined): LookupAnswer {
  const groupAt = (slug: ManufacturerSlug | undefined) =>
    slug === undefined ? undefined : groupOf(slug, at, catalog.manufacturers).group
  const interfaceMakerOf = (entry: OuiEntry | undefined): Source | undefined =>
    entry?.manufacturer === undefined || entry.registry === 'CID' ? undefined : interfaceSourceOf(catalog.manufacturers.get(entry.manufacturer), entry.prefix)
  const contractManufacturerOf = (entry: OuiEntry | undefined): { contractManufacturer?: Source } => {
    const source = entry?.manufacturer === undefined || entry.registry === 'CID' ? undefined : catalog.manufacturers.get(entry.manufacturer)?.contractManufacturer
    return source === undefined ? {} : { contractManufacturer: source }
  }
  // The registry data a block was read from, and its date: the file `catalog update` took, or the shipped data.
  // For an address no block holds, the MA-L registry's data: every MA-M, MA-S and IAB block lies in an MA-L block.
  // A block kept from the data before a file that lacks it (see `catalog update`) names that data.
  const registryData = (entry: OuiEntry | undefined): { registryData?: string } => {
    const file = catalog.meta.oui.registries?.[entry?.registry ?? 'MA-L'] ?? catalog.meta.oui.source
    const kept = entry === undefined ? undefined : keptFrom(catalog.meta.oui, entry)
    return { registryData: kept === undefined ? file : `${kept}; kept, as ${file} lacks this block` }
  }
  const q = query.trim()
  const fromIpv6 = macOfIpv6(q)
  const eui64 = fromIpv6 === undefined ? parseEui64(q) : undefined
  const fromEui64 = eui64 === undefined ? undefined : macOfEui64(eui64)
  const mac = parseMac(HEX_OCTETS.test(q) ? q.split(/\s+/).join(':') : q) ?? fromIpv6 ?? fromEui64
  if (mac !== undefined) {
    const multicast = isMulticast(mac)
    const locallyAdministered = isLocallyAdministered(mac)
    const match = catalog.oui.lookup(mac)
    const interfaceMaker = interfaceMakerOf(match)
    const sharedAdapter = sharedAdapterOf(mac)
    return {
      kind: 'mac', query: q, mac: formatMac(mac), locallyAdministered, multicast, match,
      ...(sharedAdapter !== undefined ? { sharedAdapter } : {}),
      group: match?.registry === 'CID' || locallyAdministered || multicast ? undefined : groupAt(match?.manufacturer),
      ...registryData(match),
      ...(interfaceMaker !== undefined && !locallyAdministered && !multicast ? { interfaceMaker } : {}),
      ...(!locallyAdministered && !multicast ? contractManufacturerOf(match) : {}),
      ...(fromIpv6 !== undefined ? { ipv6: q } : {}),
      ...(fromEui64 !== undefined ? { eui64: q } : {}),
    }
  }
  // An EUI-64 assigned as such: the block of its first 36 bits (the longest an IEEE block is).
  const prefix = eui64 !== undefined ? eui64.slice(0, 5).map((o) => o.toString(16).padStart(2, '0')).join('').slice(0, 9).toUpperCase() : blockPrefixOf(q)
  const found = prefix === undefined ? undefined : catalog.oui.block(prefix)
  if (prefix !== undefined && found !== undefined) {
    const entry = found.match === undefined ? undefined : withoutBits(found.match)
    const interfaceMaker = interfaceMakerOf(entry)
    return {
      kind: 'prefix', query: q, prefix, match: entry, longer: eui64 !== undefined ? 0 : found.longer,
      group: entry === undefined || entry.registry === 'CID' ? undefined : groupAt(entry.manufacturer),
      ...registryData(entry),
      ...(interfaceMaker !== undefined ? { interfaceMaker } : {}),
      ...contractManufacturerOf(entry),
      ...(eui64 !== undefined ? { eui64: true as const } : {}),
    }
  }
  const arcs = /^[.\d]+$|::|^iso\.|^enterprises\./.test(q) ? parseOid(q) : undefined
  if (arcs !== undefined) {
    const found = enterpriseEntryOf(catalog.enterprises, arcs)
    const enterprise = found?.enterprise
    const entry = found?.entry
    const product = enterprise === undefined ? undefined : catalog.products.lookup(arcs.join('.'))
    const noMaker = enterprise === undefined || entry?.manufacturer !== undefined ? undefined : NO_MAKER_ENTERPRISE_NUMBERS.get(enterprise)
    const registered = enterprise === undefined ? undefined : catalog.enterprises.lookup(enterprise)
    const registrant = registered !== undefined && entry !== undefined && registered !== entry ? registered.organization : undefined
    // The catalog's own entry of a number stands above a refreshed file's (see buildCatalog): its source, else the file's.
    const curated = registered === undefined || enterprise === undefined ? undefined : ENTERPRISE_NUMBERS.find((e) => e.number === enterprise)
    const { source: data, date, registry } = catalog.meta.enterprise
    // A number a copy of IANA's registry lacks is said to be absent from that copy, with its date.
    const registryData = registered === undefined ? (enterprise !== undefined && registry ? `${data}${date ? ` (${date})` : ''}` : undefined) : curated !== undefined
      // A title that states its date already ("... (last updated 2025-08-22)") is not dated twice.
      ? `trustpath's own entry, from ${curated.source.title}${curated.source.date && !curated.source.title.includes(curated.source.date) ? ` (${curated.source.date})` : ''}`
      : `${data}${date ? ` (${date})` : ''}`
    return {
      kind: 'oid', query: q, enterprise, entry, group: groupAt(entry?.manufacturer),
      ...(registryData !== undefined ? { registryData } : {}),
      ...(product ? { product } : {}), ...(noMaker ? { noMaker } : {}), ...(registrant !== undefined ? { registrant } : {}),
    }
  }
  const cpe = /^cpe:/i.test(q) ? lookupCpe(q, catalog) : undefined
  if (cpe !== undefined) {
    // The maker is named only where identification takes the CPE as evidence of it.
    const name = cpe.none === undefined ? cpe.manufacturer : undefined
    return { kind: 'text', query: q, name, model: undefined, banners: [], groups: name === undefined ? [] : [groupAt(name)!], oem: [], cpe }
  }
  // A brand that sells other makers' products, then a model ("Drei 3Pocket", "Deutsche Telekom
  // Speedport Hybrid"), as an inventory's manufacturer and model columns give them.
  const branded = brandAndModel(q, catalog)
  // A maker's name, or the one a device's own description gives (TR-069's and UPnP's Manufacturer).
  const name = catalog.resolveName(q) ?? branded?.brand ?? describedManufacturers(q).map((n) => catalog.resolveName(n)).find((x) => x !== undefined)
  // A model number, or the model a device's own description gives (a TR-069 Inform's ProductClass,
  // a UPnP description's modelName, an ONVIF answer's Model), as identification reads it.
  const m = matchModel(q, catalog.models, catalog.resolveName) ?? describedModels(q).map((v) => matchModel(v, catalog.models, catalog.resolveName)).find((x) => x !== undefined)
  const model = m === undefined ? undefined : {
    pattern: m.name, manufacturer: m.manufacturer, ...(m.product ? { product: m.product } : {}),
    ...(m.brand ? { brand: m.brand } : {}), ...(m.source ? { source: m.source } : {}),
  }
  // A bare text may come from any protocol: try each, keep each pattern once. A response kept on
  // one line with its line breaks written as escapes (`\r\n`, `\x0D\x0A`) is read header by header,
  // as an inventory's banner cell is.
  const text = q.includes('\\') ? unescapeControls(q) : q
  const banners = BANNER_PROTOCOLS.flatMap((protocol) => matchBanner({ protocol, text }, catalog.banners))
    .filter((b, i, all) => all.findIndex((x) => x.pattern === b.pattern) === i)
  // A DOCSIS sysDescr names its maker in its VENDOR field, as identification reads it.
  const docsis = docsisFields(q)
  const docsisMaker = docsis?.vendor === undefined ? undefined : catalog.resolveName(docsis.vendor)
  if (docsisMaker !== undefined && !banners.some((b) => b.manufacturer === docsisMaker)) {
    banners.push({ pattern: DOCSIS_VENDOR_PATTERN, manufacturer: docsisMaker, excerpt: docsis!.block.slice(0, 120), certainty: docsis!.referenceDesign ? 'low' : 'high' })
  }
  // A listing of a host's USB devices names each device's maker by its vendor id (or by name).
  // A product another maker made under the vendor id's name (HP's lt4132, Huawei's) is its maker's.
  const usb = parseUsbDeviceLines(text).map(({ vendorId, productId, line }) => {
    const product = usbProductOf(vendorId, productId)
    const vendor = usbVendorOf(vendorId)
    const maker = product?.manufacturer ?? vendor?.manufacturer ?? catalog.resolveName(line)
    return {
      vendorId, productId, ...(maker !== undefined ? { manufacturer: maker } : {}), ...(vendor !== undefined ? { vendor: vendor.name } : {}),
      ...(product !== undefined ? { product: product.name, source: product.source } : {}),
    }
  })
  const groups = [...new Set([name, model?.manufacturer, ...banners.map((b) => b.manufacturer), ...usb.map((u) => u.manufacturer)]
    .filter((s): s is string => s !== undefined).map((s) => groupAt(s)!))].sort()
  const oem = name === undefined ? [] : catalog.oem.filter((r) => r.brand === name)
  const result: LookupResult = { kind: 'text', query: q, name, model, banners, groups, oem }
  if (branded !== undefined && branded.brand === name) {
    const covering = oem.filter((r) => typeof r.scope === 'object' && r.scope.models !== undefined && new RegExp(r.scope.models, 'i').test(branded.model))
    result.brandModel = { model: branded.model, covering }
    // A device declared so is attributed to the maker of a relation that holds its model: that maker's group too.
    result.groups = [...new Set([...groups, ...covering.map((r) => groupAt(r.maker)!)])].sort()
  }
  // The groups the named maker belongs or belonged to, with their dates: Honor's devices made
  // before its sale are in Huawei's group, which the group of today does not say.
  const owners = name === undefined ? [] : catalog.manufacturers.get(name)?.parents ?? []
  if (owners.length > 0) result.owners = owners
  if (usb.length > 0) result.usb = usb
  const generic = groups.length === 0 ? genericServerOf(text) : undefined
  if (generic !== undefined) result.generic = { name: generic.name, what: generic.what }
  if (groups.length === 0 && ipv6Groups(q) !== undefined) {
    result.hint = 'an IPv6 address whose interface identifier was not formed from a MAC (no ff:fe in its middle: chosen at random or assigned), so it names no manufacturer'
  } else if (groups.length === 0 && /^(?:[0-9a-f]{1,2}[:.-]){2,}[0-9a-f]{0,2}$/i.test(q)) {
    result.hint = 'this looks like a MAC address but is not one: a MAC has six octets (00:e0:fc:12:34:56); an OUI prefix has three (00:e0:fc)'
  }
  return result
}

/**
 * A CPE name as identification reads a scanner's CPE of a host or service (`field: cpe`): the
 * vendor of hardware, or of an operating system only one maker's devices run, names its maker; an
 * application, a general operating system and a maker of network interfaces (whose hardware CPE
 * names a part of another maker's device) name none. Undefined for text that is no CPE.
 */
function lookupCpe(q: string, catalog: Catalog): LookupCpe | undefined {
  const part = /^cpe:(?:2\.3:)?\/?([aho*-])/i.exec(q)?.[1]?.toLowerCase()
  const vendor = cpeVendor(q)
  if (part === undefined || vendor === undefined) return undefined
  const product = cpeProduct(q)
  const base = { part, vendor, product }
  if (part !== 'h' && part !== 'o') return { ...base, none: 'application' }
  if (deviceMakerCpe(q) === undefined) return { ...base, none: 'general-os' }
  const maker = catalog.resolveName(q)
  if (maker === undefined) return { ...base, none: 'unknown-vendor' }
  if (catalog.manufacturers.get(maker)?.interfaceMaker !== undefined) return { ...base, manufacturer: maker, none: 'interface-maker' }
  return { ...base, manufacturer: maker }
}

/** The most words a brand's name before a model is taken to have ("Hutchison Drei Austria"). */
const MAX_BRAND_WORDS = 4

/**
 * The brand and the model after it, when the text begins with a name of a brand that has OEM
 * relations, written whole as the catalog lists it, and goes on with more: the longest such name
 * wins ("Deutsche Telekom Speedport Hybrid" is Deutsche Telekom's Speedport Hybrid, not Telekom's
 * "Deutsche"). Undefined for any other text.
 */
function brandAndModel(text: string, catalog: Catalog): { brand: ManufacturerSlug; model: string } | undefined {
  const words = text.split(/\s+/)
  for (let k = Math.min(words.length - 1, MAX_BRAND_WORDS); k >= 1; k--) {
    const prefix = words.slice(0, k).join(' ')
    const brand = catalog.resolveName(prefix)
    if (brand === undefined || !catalog.oem.some((r) => r.brand === brand)) continue
    const m = catalog.manufacturers.get(brand)
    const names = m === undefined ? [] : [m.name, ...m.aliases]
    if (names.some((n) => n.localeCompare(prefix, 'en', { sensitivity: 'base' }) === 0)) return { brand, model: words.slice(k).join(' ') }
  }
  return undefined
}

/** A MAC written as the six octets of an SNMP Hex-STRING (`00 E0 FC 12 34 56`). */
const HEX_OCTETS = /^[0-9a-f]{2}(?:[ \t]+[0-9a-f]{2}){5}$/i

/**
 * The MAC an IPv6 address was formed from, when its interface identifier is a modified EUI-64
 * (RFC 4291, appendix A): the MAC's first three octets with the universal/local bit inverted,
 * `ff:fe`, then its last three (`fe80::2e0:fcff:fe12:3456` from `00:e0:fc:12:34:56`). Addresses
 * formed at random (privacy addresses, RFC 8981) hold no `ff:fe` there, but one may by chance:
 * 1 in 65,536. A zone (`%eth0`) or prefix length (`/64`) is dropped. Undefined for anything else.
 */
export function macOfIpv6(text: string): number | undefined {
  const groups = ipv6Groups(text)
  if (groups === undefined) return undefined
  const [a, b, c, d] = groups.slice(4) as [number, number, number, number]
  return macOfEui64([(a >> 8) ^ 0x02, a & 0xff, b >> 8, b & 0xff, c >> 8, c & 0xff, d >> 8, d & 0xff], 'ipv6')
}

/**
 * The eight 16-bit groups of an IPv6 address written in hex groups (RFC 4291 2.2: at most one `::`,
 * a zone `%eth0` or prefix length `/64` dropped); undefined for anything else, also for an address
 * ending in an IPv4 address (which holds no MAC).
 */
function ipv6Groups(text: string): number[] | undefined {
  const address = text.replace(/%[^/]*|\/\d{1,3}$/g, '')
  const halves = address.split('::')
  if (halves.length > 2 || !address.includes(':')) return undefined
  const left = halves[0] === '' ? [] : halves[0]!.split(':')
  const right = halves.length === 1 || halves[1] === '' ? [] : halves[1]!.split(':')
  const given = left.length + right.length
  if (halves.length === 1 ? given !== 8 : given > 7) return undefined
  const words = [...left, ...Array<string>(8 - given).fill('0'), ...right]
  return words.every((g) => /^[0-9a-f]{1,4}$/i.test(g)) ? words.map((g) => Number.parseInt(g, 16)) : undefined
}

/**
 * The upper-case hex digits of a block prefix written as 6, 7 or 9 hex digits, or as three octets
 * with `:` or `-` (`00:E0:FC`); undefined for anything else.
 */
function blockPrefixOf(q: string): string | undefined {
  if (/^(?:[0-9a-f]{6}|[0-9a-f]{7}|[0-9a-f]{9})$/i.test(q)) return q.toUpperCase()
  const m = /^([0-9a-f]{2})([:-])([0-9a-f]{2})\2([0-9a-f]{2})$/i.exec(q)
  return m === null ? undefined : `${m[1]}${m[3]}${m[4]}`.toUpperCase()
}

/** A block as the registry lists it (the match without its width). */
function withoutBits({ bits: _bits, ...entry }: OuiMatch): OuiEntry {
  return entry
}
