import { buildCatalog } from '../catalog/catalog.js'
import type { Catalog, CatalogMeta } from '../catalog/types.js'
import type { OuiRegistry } from '../domain/evidence.js'
import { curatedEnterpriseDate } from '../catalog/enterprise-numbers.js'
import type { RegistryFileSource } from './shipped-data.js'
import { formatCount } from '../util/plural.js'
import { defaultOuiSource, formatRegistryDate, loadCatalogOverride, loadDefaultOui, shippedNameOf, shippedRegistryName } from './shipped-data.js'

/** The shipped enterprise numbers, dated by the latest reading of IANA's registry among their sources. */
/** The registries the shipped data holds blocks of (it has no CID). */
const SHIPPED_REGISTRIES: readonly OuiRegistry[] = ['MA-L', 'MA-M', 'MA-S', 'IAB']

/** The shipped data, with each registry named by its own source. */
const shippedOuiSource = (): CatalogMeta['oui'] =>
  ({ ...defaultOuiSource(), registries: Object.fromEntries(SHIPPED_REGISTRIES.map((r) => [r, shippedRegistryName(r)])) })

const CURATED_ENTERPRISE_SOURCE: CatalogMeta['enterprise'] = (() => {
  const date = curatedEnterpriseDate()
  return { source: 'trustpath curated enterprise numbers, read in the IANA registry', ...(date === undefined ? {} : { date }) }
})()

/**
 * A refreshed enterprise-numbers file: its "last updated" date is the data's date; a modification
 * time (a file without that line) is said to be one, and is no date of the registry.
 */
function refreshedEnterpriseSource(source: RegistryFileSource): CatalogMeta['enterprise'] {
  if (source.date !== undefined && source.dateOf !== 'file' && source.dateOf !== 'read') {
    return { source: `IANA ${source.file}${source.cutAt === undefined ? '' : ` cut short at line ${source.cutAt}`}`, date: source.date, registry: true }
  }
  return { source: `IANA ${source.file}${formatRegistryDate(source)}`, registry: true }
}

/**
 * The files the IEEE blocks were refreshed from, then the shipped data of the registries not
 * refreshed: `IEEE registry files oui.csv (file modified 2026-05-21), mam.csv (...); shipped: IEEE
 * IAB registry of 2026-05-21`.
 */
function refreshedOuiSource(sources: readonly RegistryFileSource[]): string {
  const files = new Set<string>()
  const shipped = new Set<string>()
  for (const s of sources) {
    const name = shippedNameOf(s)
    if (name === undefined) files.add(`${s.file}${formatRegistryDate(s)}`)
    else shipped.add(name)
  }
  const taken = files.size === 0 ? '' : `IEEE registry files ${[...files].join(', ')}`
  return taken + (shipped.size === 0 ? '' : `${taken === '' ? '' : '; '}shipped: ${[...shipped].join(', ')}`)
}

/**
 * Loads the catalog: the shipped IEEE data (the oui-data package) and curated enterprise numbers,
 * or the registries refreshed into `dataDir` by `trustpath catalog update`.
 */
export async function loadCatalog(dataDir: string | undefined): Promise<Catalog> {
  const override = dataDir === undefined ? undefined : await loadCatalogOverride(dataDir)
  const meta: CatalogMeta = {
    oui: override?.oui
      // Registries not refreshed name the shipped data, once.
      ? {
        source: refreshedOuiSource(override.oui.sources) +
          (override.oui.kept ?? []).map((k) => `; ${formatCount(k.prefixes.length, `${k.source.registry ?? ''} block`)} they lack kept from ${k.source.file}${formatRegistryDate(k.source)}`).join(''),
        registries: Object.fromEntries(override.oui.sources.flatMap((s) => (s.registry === undefined ? [] : [[s.registry, `${s.file}${formatRegistryDate(s)}`]]))),
        ...(override.oui.kept === undefined ? {} : {
          kept: override.oui.kept.flatMap((k) => (k.source.registry === undefined ? [] : [{ registry: k.source.registry, from: `${k.source.file}${formatRegistryDate(k.source)}`, prefixes: k.prefixes }])),
        }),
      }
      // Each registry names its own shipped data, so that a lookup in an IAB block does not name
      // oui-data, nor one in an MA-L block the IAB registry's date.
      : shippedOuiSource(),
    enterprise: override?.enterprise ? refreshedEnterpriseSource(override.enterprise.source) : CURATED_ENTERPRISE_SOURCE,
  }
  return buildCatalog({
    ouiEntries: override?.oui?.entries ?? loadDefaultOui,
    ...(override?.enterprise ? { enterpriseEntries: override.enterprise.entries } : {}),
    meta,
  })
}

/**
 * The shipped catalog, without refreshed registries. Its IEEE blocks are read from the file the
 * package ships at the first MAC lookup, not before. Build it once and share it between calls and
 * requests: each call builds the tables again and reads the blocks again (about 50 ms with the first
 * lookup), and `identify` keeps what it learnt per catalog.
 */
export function loadDefaultCatalog(): Catalog {
  return buildCatalog({
    ouiEntries: loadDefaultOui,
    meta: { oui: shippedOuiSource(), enterprise: CURATED_ENTERPRISE_SOURCE },
  })
}
