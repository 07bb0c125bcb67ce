import type { Manufacturer, ManufacturerSlug } from '../domain/manufacturer.js'
import { BANNER_PATTERNS } from './banners.js'
import { ENTERPRISE_NUMBERS, NO_MAKER_ENTERPRISE_NUMBERS } from './enterprise-numbers.js'
import { buildEnterpriseTable } from './iana-enterprise.js'
import { MANUFACTURERS } from './manufacturers.js'
import { MODEL_PATTERNS } from './model-patterns.js'
import { OEM_RELATIONS } from './oem.js'
import { productOidTable } from './product-oid-data.js'
import { buildNameResolver } from './org-name.js'
import { buildOuiTable } from './oui.js'
import type { OuiBlocks } from './oui-blocks.js'
import type { ProductOidTable } from './product-oids.js'
import { REGISTRY_ALIASES } from './registry-aliases.js'
import type { Catalog, CatalogMeta, EnterpriseEntry, OuiEntry, OuiTable } from './types.js'

/** The raw tables a catalog is built from; the identifier registries come from files or packages. */
export type CatalogInput = {
  /** The IEEE blocks, or a function that reads them when the table is first needed. */
  ouiEntries: readonly OuiEntry[] | OuiBlocks | (() => readonly OuiEntry[] | OuiBlocks)
  /** Refreshed IANA entries; the curated enterprise numbers of the catalog always apply on top. */
  enterpriseEntries?: readonly EnterpriseEntry[]
  meta: CatalogMeta
}

/**
 * Builds a catalog: the curated manufacturers, OEM relations, banner and model patterns, plus the
 * given registries with every organisation name resolved to a catalog manufacturer.
 */
export function buildCatalog(input: CatalogInput): Catalog {
  const manufacturers = new Map<ManufacturerSlug, Manufacturer>(MANUFACTURERS.map((m) => [m.slug, m]))
  // Built on the first name resolved: the main thread of a check with worker threads validates the
  // policy and resolves no name (building the resolver normalizes every name and alias of the
  // catalog: 65-125 ms of a thread's start in a profile).
  let resolver: ((name: string) => ManufacturerSlug | undefined) | undefined
  const resolveName = (name: string): ManufacturerSlug | undefined => (resolver ??= buildNameResolver(MANUFACTURERS, REGISTRY_ALIASES))(name)

  // Registry organisation names repeat (Huawei holds ~2,000 blocks): resolve each distinct name once.
  const byOrganization = new Map<string, ManufacturerSlug | undefined>()
  const resolveOrg = (name: string): ManufacturerSlug | undefined => {
    if (byOrganization.has(name)) return byOrganization.get(name)
    const slug = resolveName(name)
    byOrganization.set(name, slug)
    return slug
  }

  const enterprises = new Map<number, EnterpriseEntry>()
  for (const e of input.enterpriseEntries ?? []) {
    // Numbers that other makers' devices report name nobody, whatever their registrant.
    const slug = NO_MAKER_ENTERPRISE_NUMBERS.has(e.number) ? undefined : e.manufacturer ?? resolveOrg(e.organization)
    enterprises.set(e.number, slug === undefined ? { number: e.number, organization: e.organization } : { ...e, manufacturer: slug })
  }
  for (const e of ENTERPRISE_NUMBERS) {
    enterprises.set(e.number, {
      number: e.number, organization: e.organization, manufacturer: e.manufacturer, ...(e.unregistered ? { unregistered: e.unregistered } : {}),
      ...(e.branches ? { branches: e.branches.map(({ arcs, manufacturer, organization, exactly }) => ({ arcs, manufacturer, organization, ...(exactly ? { exactly } : {}) })) } : {}),
    })
  }

  // The MAC block table is built when first used: reading and indexing some 58,000 blocks is most
  // of loading a catalog, and a thread that only validates a policy (the main thread of a check
  // with worker threads) never looks a MAC up. Each block's organisation is resolved on its first
  // lookup (see buildOuiTable).
  let oui: OuiTable | undefined
  const ouiEntries = input.ouiEntries
  return {
    manufacturers,
    oem: OEM_RELATIONS,
    get oui(): OuiTable {
      return (oui ??= buildOuiTable(typeof ouiEntries === 'function' ? ouiEntries() : ouiEntries, { resolve: resolveOrg }))
    },
    enterprises: buildEnterpriseTable([...enterprises.values()]),
    // Indexed when a sysObjectID is first looked up: most runs (a CSV of MACs, a policy check in
    // the main thread) never ask.
    get products(): ProductOidTable {
      return productOidTable()
    },
    banners: BANNER_PATTERNS,
    models: MODEL_PATTERNS,
    resolveName,
    meta: input.meta,
  }
}
