import { buildCatalog } from '../catalog/catalog.js'
import type { Catalog, CatalogMeta } from '../catalog/types.js'
import { defaultOuiSource, loadCatalogOverride, loadDefaultOui } from './data-tables.js'

/**
 * Loads the catalog: the shipped IEEE data (the oui-data package) and curated enterprise numbers,
 * or the registries refreshed into `dataDir` by `trustpath catalog update`.
 */
export async function loadCatalog(dataDir: string | undefined): Promise<Catalog> {
  const override = dataDir === undefined ? undefined : await loadCatalogOverride(dataDir)
  const meta: CatalogMeta = {
    oui: override?.oui
      // Registries not refreshed name the shipped data, once.
      ? { source: `IEEE registry files ${[...new Set(override.oui.sources.map((s) => `${s.file}${s.date ? ` (${s.date})` : ''}`))].join(', ')}` }
      : defaultOuiSource(),
    enterprise: override?.enterprise
      ? { source: `IANA ${override.enterprise.source.file}`, ...(override.enterprise.source.date ? { date: override.enterprise.source.date } : {}) }
      : { source: 'trustpath curated enterprise numbers (IANA registry)' },
  }
  return buildCatalog({
    ouiEntries: override?.oui?.entries ?? loadDefaultOui,
    ...(override?.enterprise ? { enterpriseEntries: override.enterprise.entries } : {}),
    meta,
  })
}

/** The shipped catalog, without refreshed registries. */
export function loadDefaultCatalog(): Catalog {
  return buildCatalog({
    ouiEntries: loadDefaultOui,
    meta: { oui: defaultOuiSource(), enterprise: { source: 'trustpath curated enterprise numbers (IANA registry)' } },
  })
}
