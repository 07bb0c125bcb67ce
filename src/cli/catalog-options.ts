import type { Catalog } from '../catalog/types.js'
import { loadCatalog } from '../io/load-catalog.js'
import type { CliContext } from './context.js'
import { dataDirFor } from './data-dir.js'

/** Loads the catalog the CLI works with: shipped data, or the registries refreshed with `catalog update`. */
export function loadCatalogFor(ctx: CliContext, opts: { dataDir?: string }): Promise<Catalog> {
  return loadCatalog(dataDirFor(ctx, opts))
}
