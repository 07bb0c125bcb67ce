import type { OuiRegistry } from '../domain/evidence.js'
import type { Manufacturer, ManufacturerSlug } from '../domain/manufacturer.js'
import { groupOf } from './manufacturers.js'
import type { Catalog, CatalogMeta, EnterpriseEntry, OuiEntry } from './types.js'

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
  /**
   * Enterprise numbers among `enterprises` that are not registered with IANA (arcs a maker's
   * firmware reports without a registration, which the catalog holds itself): the count of a
   * refreshed catalog is the registry file's plus these.
   */
  unregisteredEnterprises: number[]
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
  const unregisteredEnterprises: number[] = []
  for (const e of catalog.enterprises.entries()) {
    enterprises++
    if (e.unregistered) unregisteredEnterprises.push(e.number)
    if (e.manufacturer !== undefined) statsOf(e.manufacturer).enterprises.push(e.number)
  }
  const total = (g: GroupStats) => g.blocks['MA-L'] + g.blocks['MA-M'] + g.blocks['MA-S'] + g.blocks.IAB
  const list = [...groups.values()]
    .map((g) => ({ ...g, enterprises: g.enterprises.sort((a, b) => a - b), members: g.members.sort() }))
    .sort((a, b) => total(b) - total(a) || a.group.localeCompare(b.group))
  return {
    meta: catalog.meta, manufacturers: catalog.manufacturers.size, blocks, resolvedBlocks, enterprises,
    unregisteredEnterprises: unregisteredEnterprises.sort((a, b) => a - b),
    bannerPatterns: catalog.banners.length, modelPatterns: catalog.models.length, groups: list,
  }
}

/** How a registry file changes the blocks of one registry (or IANA's enterprise numbers), per manufacturer group (groups as of today). */
export type RegistryChanges = {
  /** Blocks the file has and the catalog had not, per group; `''` for blocks that name no catalog manufacturer. */
  added: Map<ManufacturerSlug | '', number>
  /** Blocks the catalog had and the file has not, per group (`''` as above). */
  removed: Map<ManufacturerSlug | '', number>
  /** Blocks in both whose holder resolves to another group now, per pair of groups (`''` as above), most first. */
  moved: { from: ManufacturerSlug | ''; to: ManufacturerSlug | ''; count: number }[]
}

/**
 * Compares the blocks of one registry before and after a refresh: which groups gain blocks, lose
 * them, or see a block pass to another holder (Huawei Device's blocks registered to Honor Device
 * after the sale). An assignment listed more than once counts once, by its last listing, as lookups
 * read it. Enterprise numbers are compared the same way, number by number. `resolve` names the manufacturer of a registry organisation name.
 */
export function buildRegistryChanges(
  before: readonly (OuiEntry | EnterpriseEntry)[],
  after: readonly (OuiEntry | EnterpriseEntry)[],
  resolve: (organization: string) => ManufacturerSlug | undefined,
  manufacturers: ReadonlyMap<ManufacturerSlug, Manufacturer>,
): RegistryChanges {
  const groupCache = new Map<string, ManufacturerSlug | ''>()
  const groupOfName = (organization: string): ManufacturerSlug | '' => {
    let group = groupCache.get(organization)
    if (group === undefined) {
      const slug = resolve(organization)
      group = slug === undefined ? '' : groupOf(slug, undefined, manufacturers).group
      groupCache.set(organization, group)
    }
    return group
  }
  const last = (entries: readonly (OuiEntry | EnterpriseEntry)[]) => new Map<string | number, string>(entries.map((e) => ['prefix' in e ? e.prefix : e.number, e.organization]))
  const old = last(before)
  const next = last(after)
  const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1)
  const added = new Map<ManufacturerSlug | '', number>()
  const removed = new Map<ManufacturerSlug | '', number>()
  const moved = new Map<string, { from: ManufacturerSlug | ''; to: ManufacturerSlug | ''; count: number }>()
  for (const [prefix, organization] of next) {
    const was = old.get(prefix)
    if (was === undefined) count(added, groupOfName(organization))
    else if (was !== organization) {
      const from = groupOfName(was)
      const to = groupOfName(organization)
      if (from === to) continue
      const pair = moved.get(`${from} ${to}`) ?? { from, to, count: 0 }
      pair.count++
      moved.set(`${from} ${to}`, pair)
    }
  }
  for (const [prefix, organization] of old) if (!next.has(prefix)) count(removed, groupOfName(organization))
  const pairs = [...moved.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
  return { added, removed, moved: pairs }
}
