import type { OuiRegistry } from '../domain/evidence.js'
import type { ManufacturerSlug } from '../domain/manufacturer.js'
import { groupOf } from './manufacturers.js'
import type { Catalog, CatalogMeta } from './types.js'

/** Blocks and enterprise numbers held by one manufacturer group. */
export type GroupStats = {
  group: ManufacturerSlug
  name: string
  blocks: Record<Exclude<OuiRegistry, 'CID'>, number>
  enterprises: number[]
  /** Members of the group (as of today) that hold blocks. */
  members: ManufacturerSlug[]
}

/** What the catalog holds, per group, and where its data comes from. */
export type CatalogStats = {
  meta: CatalogMeta
  manufacturers: number
  blocks: Record<OuiRegistry, number>
  /** Blocks whose organisation resolves to a catalog manufacturer. */
  resolvedBlocks: number
  enterprises: number
  bannerPatterns: number
  modelPatterns: number
  groups: GroupStats[]
}

/** Counts the catalog's blocks and enterprise numbers per manufacturer group (groups as of today). */
export function buildCatalogStats(catalog: Catalog): CatalogStats {
  const blocks: Record<OuiRegistry, number> = { 'MA-L': 0, 'MA-M': 0, 'MA-S': 0, IAB: 0, CID: 0 }
  const groups = new Map<ManufacturerSlug, GroupStats>()
  const statsOf = (slug: ManufacturerSlug): GroupStats => {
    const group = groupOf(slug, undefined, catalog.manufacturers).group
    let g = groups.get(group)
    if (g === undefined) {
      g = { group, name: catalog.manufacturers.get(group)?.name ?? group, blocks: { 'MA-L': 0, 'MA-M': 0, 'MA-S': 0, IAB: 0 }, enterprises: [], members: [] }
      groups.set(group, g)
    }
    if (!g.members.includes(slug)) g.members.push(slug)
    return g
  }
  let resolvedBlocks = 0
  for (const e of catalog.oui.entries()) {
    blocks[e.registry]++
    if (e.registry === 'CID' || e.manufacturer === undefined) continue
    resolvedBlocks++
    statsOf(e.manufacturer).blocks[e.registry]++
  }
  let enterprises = 0
  for (const e of catalog.enterprises.entries()) {
    enterprises++
    if (e.manufacturer !== undefined) statsOf(e.manufacturer).enterprises.push(e.number)
  }
  const total = (g: GroupStats) => g.blocks['MA-L'] + g.blocks['MA-M'] + g.blocks['MA-S'] + g.blocks.IAB
  const list = [...groups.values()]
    .map((g) => ({ ...g, enterprises: g.enterprises.sort((a, b) => a - b), members: g.members.sort() }))
    .sort((a, b) => total(b) - total(a) || a.group.localeCompare(b.group))
  return {
    meta: catalog.meta, manufacturers: catalog.manufacturers.size, blocks, resolvedBlocks, enterprises,
    bannerPatterns: catalog.banners.length, modelPatterns: catalog.models.length, groups: list,
  }
}
