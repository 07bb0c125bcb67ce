import type { OuiRegistry } from '../domain/evidence.js'
import type { Manufacturer, ManufacturerSlug, OemRelation, Source } from '../domain/manufacturer.js'
import type { ProductOidTable } from './product-oids.js'

/** One IEEE assignment: a MAC prefix block and the organisation that holds it. */
export type OuiEntry = {
  /** Upper-case hex digits of the prefix: 6 (MA-L), 7 (MA-M) or 9 (MA-S, IAB, and CID uses 6). */
  prefix: string
  registry: OuiRegistry
  /** The organisation name exactly as the registry spells it. */
  organization: string
  /** The catalog manufacturer the organisation name resolves to, if any. */
  manufacturer?: ManufacturerSlug
}

/** The result of looking a MAC address up: the longest matching block. */
export type OuiMatch = OuiEntry & { bits: 24 | 28 | 36 }

/** IEEE assignments indexed for longest-prefix lookups. */
export interface OuiTable {
  readonly size: number
  /** Longest-prefix match of a 48-bit MAC address given as a number (0 .. 2^48-1). */
  lookup(mac48: number): OuiMatch | undefined
  /** The same for a MAC given as its two 24-bit halves (`hi` holds the OUI). */
  lookupHalves(hi: number, lo: number): OuiMatch | undefined
  /**
   * The block of a prefix of 6, 7 or 9 hex digits, or the longest shorter block holding it, and the
   * number of longer blocks under it; undefined when the text is not such a prefix.
   */
  block(prefix: string): { match: OuiMatch | undefined; longer: number } | undefined
  entries(): Iterable<OuiEntry>
}

/** One IANA private enterprise number. */
export type EnterpriseEntry = {
  number: number
  organization: string
  manufacturer?: ManufacturerSlug
  /**
   * The number is not in IANA's registry: an arc that a maker's firmware reports without having
   * registered it (Dahua's 1004849), and `organization` says what uses it, not a registrant.
   */
  unregistered?: true
  /** Branches under the number that another maker's devices report (see `EnterpriseBranch`). */
  branches?: readonly EnterpriseBranch[]
}

/**
 * A branch of an enterprise number's OID tree whose devices another maker makes: HP's printers
 * report 1.3.6.1.4.1.11.2.3.9..., a branch of Hewlett-Packard's 11, which HP Inc. and Hewlett
 * Packard Enterprise both use since HP split in two.
 */
export type EnterpriseBranch = {
  /** The arcs below the enterprise number (`[2, 3, 9]` for 11.2.3.9). */
  arcs: readonly number[]
  manufacturer: ManufacturerSlug
  /** What the branch is, as evidence shows it. */
  organization: string
  /**
   * The branch names the device only when the OID is the branch itself, as a sysObjectID is, and
   * not the objects below it, which stay the number's (another maker's device reports as its
   * sysObjectID an OID whose subtree holds the registrant's own objects).
   */
  exactly?: true
}

/** IANA private enterprise numbers (the N of sysObjectID 1.3.6.1.4.1.N...), looked up by number. */
export interface EnterpriseTable {
  readonly size: number
  lookup(enterprise: number): EnterpriseEntry | undefined
  entries(): Iterable<EnterpriseEntry>
}

/** A named, anchored regex over a banner or sysDescr, tied to a manufacturer. */
export type BannerPattern = {
  /** Stable id, e.g. `huawei-vrp`. */
  name: string
  manufacturer: ManufacturerSlug
  /** Which protocols the text may come from; absent means any. `snmp` means sysDescr. */
  protocols?: readonly string[]
  /** Which banner fields (server, title, www-authenticate, user-agent, greeting); absent means any. */
  fields?: readonly string[]
  pattern: RegExp
  /**
   * Product family in words, or the name of a capture group (`product`) in the pattern; a `model`
   * group, where the text also names the exact model, is the product over both.
   */
  product?: string
  /** Real captured strings this pattern must match (checked by the tests). */
  examples: readonly string[]
  /** Where the examples come from. */
  source?: Source
  /**
   * Lower-case literals of which at least one occurs in every text the pattern matches. The
   * matcher runs the regex only when one of them is found, so a catalog of hundreds of patterns
   * stays cheap. Absent means the regex always runs.
   */
  keywords?: readonly string[]
  /**
   * `low` when the text is shipped by several makers or is weak on its own (a bare RTSP server
   * string, an empty SSH software version): a hint to weigh with other evidence, never proof.
   * @default 'high'
   */
  certainty?: 'high' | 'low'
}

/** A model-number pattern (Hikvision DS-2CD..., Huawei NE40E...). */
export type ModelPattern = {
  name: string
  manufacturer: ManufacturerSlug
  pattern: RegExp
  product?: string
  examples: readonly string[]
  /** Model strings that look similar but must not match. */
  counterExamples?: readonly string[]
  /**
   * Other makers that number their own products the same way (Canon's MF printers beside ZTE's MF
   * modems): for a device that declares one of them, the model number is no evidence of this maker.
   */
  sharedWith?: readonly ManufacturerSlug[]
  /**
   * The brand the model is sold under when that is not the maker's own (a Vodafone K-series USB
   * modem made by Huawei): the model number names the real maker, whatever label the device wears.
   */
  brand?: ManufacturerSlug
  /** Where the attribution of the model numbers comes from (needed when `brand` is set). */
  source?: Source
}

/** Where each table of a catalog came from and how old it is. */
export type CatalogMeta = {
  /**
   * Where the IEEE blocks come from; `registries` names each registry's file and its date when the
   * registries were refreshed one by one (`oui.csv (file modified 2026-05-21)`).
   */
  oui: {
    source: string; date?: string; registries?: Partial<Record<OuiRegistry, string>>
    /**
     * Blocks a registry file taken by `catalog update` lacks, kept from the data before it: per
     * registry and data (`oui-data 2.1.9 (shipped)`, `oui.csv (file modified 2025-08-22)`), the
     * blocks' prefixes. A lookup of one names that data, not the registry's file.
     */
    kept?: { registry: OuiRegistry; from: string; prefixes: readonly string[] }[]
  }
  /**
   * Where the enterprise numbers come from. `registry` is true when they were read in a copy of
   * IANA's registry (`catalog update --enterprise`), which lists every number assigned: a number it
   * lacks is not assigned now (never, or returned to IANA), not missing from the data.
   */
  enterprise: { source: string; date?: string; registry?: true }
}

/** Everything trustpath knows about manufacturers and their identifiers. */
export type Catalog = {
  manufacturers: ReadonlyMap<ManufacturerSlug, Manufacturer>
  oem: readonly OemRelation[]
  oui: OuiTable
  enterprises: EnterpriseTable
  /** The products that sysObjectIDs name, from the makers' MIB modules (see `catalog/product-oid-data.ts`). */
  products: ProductOidTable
  banners: readonly BannerPattern[]
  models: readonly ModelPattern[]
  /** Resolves a free-text organisation or brand name to a catalog manufacturer. */
  resolveName(name: string): ManufacturerSlug | undefined
  meta: CatalogMeta
}
