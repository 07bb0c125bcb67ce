/**
 * The catalog data a run reads: the shipped IEEE blocks and their names, and the user catalog of
 * the data directory as `catalog update` packed it. Apart from data-tables.ts (which reads registry
 * files and writes the user catalog), so that loading a catalog, in every run and every worker
 * thread, loads none of the registry parsers, the schema or the writers.
 */
import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import IAB from '../catalog/data/ieee-iab.json' with { type: 'json' }
import { isPrivateOrganization } from '../catalog/oui.js'
import { unpackOuiBlocks, type OuiBlocks } from '../catalog/oui-blocks.js'
import type { OuiEntry } from '../catalog/types.js'
import type { OuiRegistry } from '../domain/evidence.js'
import type { CatalogOverride } from './data-tables.js'

/** Name of the catalog file inside the data directory. */
export const CATALOG_FILE = 'catalog.json'

/**
 * The catalog file's blocks packed (see `catalog/oui-blocks.ts`), written beside it by `catalog
 * update`: reading, parsing and validating the 4-5 MB JSON of a refreshed registry took ~0.3 s in
 * every run and every worker thread. It stands for the JSON only while the JSON is the one it was
 * written with (same size and modification time); otherwise the JSON is read.
 */
export const PACKED_CATALOG_FILE = 'catalog.oui.bin'

/** Where one table of a refreshed catalog came from. */
export type RegistryFileSource = {
  /** The file name as given to `catalog update` (base name only). */
  file: string
  registry?: OuiRegistry
  /** Date of the data (ISO yyyy-mm-dd): the file's own date if it states one, else its mtime. */
  date?: string
  /**
   * Where `date` comes from: the registry's own "last updated" line, the file's modification
   * time (the IEEE files state no date: a copy made today reads as today's), or the day it was
   * read from standard input (a download piped in, `-`). Absent in catalog files written before it
   * was recorded.
   */
  dateOf?: 'registry' | 'file' | 'read'
  /** The line a file cut short (a download interrupted) ends on, when `catalog update --force` took it. */
  cutAt?: number
}

/**
 * The date of a registry file as words for a report: ` (file modified 2026-05-21)`, ` (last
 * updated 2025-08-22)`, or ''; and, for a file cut short that --force took, where it was cut
 * (` (file modified 2026-05-21; cut short at line 38897)`), so that its blocks are not taken for the
 * whole registry.
 */
export function formatRegistryDate(source: RegistryFileSource): string {
  const parts = [
    ...(source.date === undefined ? [] : [`${source.dateOf === 'file' ? 'file modified ' : source.dateOf === 'registry' ? 'last updated ' : source.dateOf === 'read' ? 'read ' : ''}${source.date}`]),
    ...(source.cutAt === undefined ? [] : [`cut short at line ${source.cutAt}`]),
  ]
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`
}

/**
 * Blocks of a registry that a file `catalog update` took lacks, kept among the entries from the
 * data before it (`source`: the shipped data, or a file taken earlier, with its registry): the
 * registries only grow, so the file was an older copy or the blocks were withdrawn, and a MAC of a
 * withdrawn block still names the maker that held it. Absent in catalog files written before
 * blocks were kept, and after `catalog update --replace`.
 */
export type KeptBlocks = { source: RegistryFileSource; prefixes: string[] }

const REGISTRY_BY_DIGITS: Readonly<Record<number, OuiRegistry>> = { 6: 'MA-L', 7: 'MA-M', 9: 'MA-S' }

/**
 * The IEEE assignments shipped with trustpath: MA-L, MA-M and MA-S from the `oui-data` package,
 * which carries no IAB blocks, plus the IAB registry shipped in `catalog/data/ieee-iab.json`
 * (written by scripts/write-iab-data.mjs from the IEEE's iab.csv). CID blocks are not shipped:
 * a CID has the locally administered bit set, so it is no evidence anyway. Each oui-data value is
 * "organisation\naddress…"; the registry follows from the prefix length. Blocks registered as
 * "Private" are kept but name no holder.
 */
export function loadDefaultOuiEntries(): OuiEntry[] {
  const data = createRequire(import.meta.url)('oui-data') as Record<string, string>
  const entries: OuiEntry[] = []
  for (const prefix of Object.keys(data).sort()) {
    const registry = REGISTRY_BY_DIGITS[prefix.length]
    if (registry === undefined) continue
    const value = data[prefix] as string
    const end = value.indexOf('\n')
    const organization = (end === -1 ? value : value.slice(0, end)).trim()
    entries.push({ prefix: prefix.toUpperCase(), registry, organization: organization === '' || isPrivateOrganization(organization) ? 'Private' : organization })
  }
  for (const [prefix, organization] of IAB.entries as [string, string][]) {
    entries.push({ prefix, registry: 'IAB', organization: isPrivateOrganization(organization) ? 'Private' : organization })
  }
  return entries
}

/** Where the build writes the shipped blocks packed (`scripts/pack-oui.mjs`), beside the compiled catalog. */
export const PACKED_OUI_FILE = new URL('../catalog/data/oui-default.bin', import.meta.url)

/**
 * The shipped IEEE blocks: read from the packed file the build writes (see `catalog/oui-blocks.ts`
 * for why), or from the packages as `loadDefaultOuiEntries` reads them when that file is missing
 * (running from the sources) or was packed from another version of the data.
 */
export function loadDefaultOui(): OuiBlocks | OuiEntry[] {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(PACKED_OUI_FILE)
  } catch {
    return loadDefaultOuiEntries()
  }
  const blocks = unpackOuiBlocks(bytes)
  return blocks !== undefined && blocks.source === defaultOuiSource().source ? blocks : loadDefaultOuiEntries()
}

/** The version of the `oui-data` package, to name the shipped data in catalog metadata. */
export function defaultOuiSource(): { source: string } {
  if (shippedSource === undefined) {
    // The package exports only its data file, so its package.json is read beside it (once: loading
    // the shipped blocks and naming them in the catalog both ask).
    const main = createRequire(import.meta.url).resolve('oui-data')
    const pkg = JSON.parse(readFileSync(join(dirname(main), 'package.json'), 'utf8')) as { version?: string }
    shippedSource = `oui-data ${pkg.version ?? 'unknown'} and the IEEE IAB registry of ${IAB.date}`
  }
  return { source: shippedSource }
}

let shippedSource: string | undefined

/**
 * The shipped data of one registry, as a refreshed catalog names the registries not refreshed:
 * `oui-data 2.1.9 (shipped)` for MA-L, MA-M and MA-S, `IEEE IAB registry of 2026-05-21 (shipped)`
 * for IAB, where each was named by both (the IAB registry's date read as MA-M's).
 */
export function shippedRegistrySource(registry: OuiRegistry): RegistryFileSource {
  return { file: `${shippedRegistryName(registry)}${SHIPPED}`, registry }
}

const SHIPPED = ' (shipped)'

/** The shipped data's name when `source` is a registry not refreshed (see `shippedRegistrySource`), else undefined. */
export function shippedNameOf(source: RegistryFileSource): string | undefined {
  return source.date === undefined && source.file.endsWith(SHIPPED) ? source.file.slice(0, -SHIPPED.length) : undefined
}

/** The shipped data a registry's blocks come from: `oui-data 2.1.9`, or `IEEE IAB registry of 2026-05-21` for IAB. */
export function shippedRegistryName(registry: OuiRegistry): string {
  const [ouiData = '', iab = ''] = defaultOuiSource().source.split(' and the ')
  return registry === 'IAB' ? iab : ouiData
}

/** What the packed catalog file keeps beside the blocks (as their `source`). */
export type PackedCatalogMeta = {
  /** The catalog file it was written with. */
  json: { size: number; mtimeMs: number }
  oui: RegistryFileSource[] | null
  /** Absent in packed files written before blocks were kept. */
  kept?: KeptBlocks[]
  enterprise: NonNullable<CatalogOverride['enterprise']> | null
}

/** The user catalog as `loadCatalog` needs it: the blocks packed or as entries. */
export type LoadedCatalogOverride = {
  oui?: { sources: RegistryFileSource[]; entries: OuiEntry[] | OuiBlocks; kept?: KeptBlocks[] }
  enterprise?: CatalogOverride['enterprise']
}

/**
 * Reads the user catalog of `dir` for use (undefined when there is none): from the packed file
 * when it belongs to the catalog file as it is now, else from the catalog file
 * (`readCatalogOverride`, with its checks).
 */
export async function loadCatalogOverride(dir: string): Promise<LoadedCatalogOverride | undefined> {
  try {
    const [json, bytes] = await Promise.all([stat(join(dir, CATALOG_FILE)), readFile(join(dir, PACKED_CATALOG_FILE))])
    const blocks = unpackOuiBlocks(bytes)
    const meta = blocks === undefined ? undefined : JSON.parse(blocks.source) as PackedCatalogMeta
    if (blocks !== undefined && meta !== undefined && meta.json.size === json.size && meta.json.mtimeMs === json.mtimeMs) {
      const out: LoadedCatalogOverride = {}
      if (meta.oui !== null) out.oui = { sources: meta.oui, entries: blocks, ...(meta.kept === undefined ? {} : { kept: meta.kept }) }
      if (meta.enterprise !== null) out.enterprise = meta.enterprise
      return out
    }
  } catch (cause) {
    // No catalog file (the usual case: the shipped data) needs none of the code that reads one.
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT' && await isMissing(join(dir, CATALOG_FILE))) return undefined
    // no packed file, or not one of ours: the catalog file decides
  }
  // Loaded only here: reading and checking a catalog file takes the registry parsers, the schema
  // and the writers, which a run on the shipped data (and each of its worker threads) does not.
  const { readCatalogOverride } = await import('./data-tables.js')
  return readCatalogOverride(dir)
}

/** True when nothing is at `path` (an unreadable or odd path is for `readCatalogOverride` to explain). */
async function isMissing(path: string): Promise<boolean> {
  return stat(path).then(() => false, (err: NodeJS.ErrnoException) => err.code === 'ENOENT')
}
