import { homedir } from 'node:os'
import { resolve } from 'node:path'
import type { Catalog } from '../catalog/types.js'
import { defaultDataDir } from '../io/data-tables.js'
import { loadCatalog } from '../io/load-catalog.js'
import type { CliContext } from './context.js'

/** The directory of refreshed registries: --data-dir, else $TRUSTPATH_HOME, else ~/.local/share/trustpath. */
export function dataDirFor(ctx: CliContext, opts: { dataDir?: string }): string {
  return opts.dataDir !== undefined ? resolve(ctx.cwd, opts.dataDir) : defaultDataDir(ctx.env, homedir())
}

/** Loads the catalog the CLI works with: shipped data, or the registries refreshed with `catalog update`. */
export function loadCatalogFor(ctx: CliContext, opts: { dataDir?: string }): Promise<Catalog> {
  return loadCatalog(dataDirFor(ctx, opts))
}
