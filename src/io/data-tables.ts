import { readFile, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Readable } from 'node:stream'
import { parseIanaEnterpriseDate, parseIanaEnterpriseNumbers } from '../catalog/iana-enterprise.js'
import { IEEE_REGISTRY_FILES, parseIeeeRegistry } from '../catalog/ieee-registry.js'
import { packOuiBlocks } from '../catalog/oui-blocks.js'
import type { EnterpriseEntry, OuiEntry } from '../catalog/types.js'
import type { WithDiagnostics } from '../diagnostics/diagnostic.js'
import type { OuiRegistry } from '../domain/evidence.js'
import { TrustpathError } from '../errors.js'
import { writeBytesAtomic, writeFileAtomic } from './output.js'
import { fileProblem } from './read-text.js'
import { utf16Of } from './text-encoding.js'
import { inflateWholeOrRefuse } from './gzip.js'
import { CATALOG_FILE, PACKED_CATALOG_FILE, type KeptBlocks, type PackedCatalogMeta, type RegistryFileSource } from './shipped-data.js'

// What a run reads of the catalog data lives in shipped-data.ts; it is also reached from here.
export {
  CATALOG_FILE, PACKED_CATALOG_FILE, PACKED_OUI_FILE, defaultOuiSource, formatRegistryDate, loadCatalogOverride, loadDefaultOui,
  loadDefaultOuiEntries, shippedNameOf, shippedRegistryName, shippedRegistrySource,
} from './shipped-data.js'
export type { KeptBlocks, LoadedCatalogOverride, RegistryFileSource } from './shipped-data.js'

/**
 * The user catalog file (`catalog.json` in the data directory), written by `catalog update`.
 * Entries are stored as the registries spell them, without manufacturers, so that every catalog
 * version resolves the names with its own rules.
 */
export type CatalogOverride = {
  format: 'trustpath-catalog'
  version: 1
  oui?: { sources: RegistryFileSource[]; entries: OuiEntry[]; kept?: KeptBlocks[] }
  enterprise?: { source: RegistryFileSource; entries: EnterpriseEntry[] }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })
const LATIN1 = new TextDecoder('latin1')

/**
 * The text of a registry file: UTF-8 as the IEEE and IANA write them now, else Latin-1, the
 * encoding of older copies of oui.txt (bytes such as E1 for "a" with an acute accent, which
 * read as UTF-8 would turn into replacement characters). UTF-16, with its byte order mark or
 * without, is the file as Windows PowerShell 5's `>` or `Out-File` saves a download
 * (`curl.exe -s https://standards-oui.ieee.org/oui/oui.csv > oui.csv`): read as the text it holds.
 */
function decodeRegistryText(bytes: Uint8Array): string {
  const utf16 = utf16Of(bytes.subarray(0, 512))
  if (utf16 !== undefined) return new TextDecoder(utf16 === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes)
  try {
    return UTF8.decode(bytes)
  } catch {
    return LATIN1.decode(bytes)
  }
}

/**
 * Reads a registry file's text. `names` are the file names the registry has (oui.csv, oui.txt):
 * given a directory that holds one (the ieee-data package's /usr/share/ieee-data), the hint names it.
 */
/** The `catalog update` argument that reads a registry from standard input, and the name its data goes by. */
export const STDIN_REGISTRY = '-'
const STDIN_SOURCE = 'standard input'

/** A registry's text, from its file or, for `-`, from `stdin` (a download piped in). */
async function readText(path: string, what: string, names: readonly string[] = [], stdin?: Readable): Promise<string> {
  // A registry file as a server may send it, gzip-compressed (`oui.csv.gz`, or `curl` without
  // `--compressed` that saved the compressed answer), is read as the text it holds.
  if (path === STDIN_REGISTRY && stdin !== undefined) {
    const chunks: Buffer[] = []
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer)
    return decodeRegistryText(await inflateWholeOrRefuse(Buffer.concat(chunks), STDIN_SOURCE, what))
  }
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (cause) {
    const inside = (cause as NodeJS.ErrnoException).code === 'EISDIR'
      ? (await Promise.all(names.map(async (name) => (await stat(join(path, name)).then((s) => s.isFile(), () => false)) ? join(path, name) : undefined)))
        .filter((found) => found !== undefined)
      : []
    throw new TrustpathError('input_unreadable', `cannot read the ${what}: ${fileProblem(cause)}`, {
      at: { file: path },
      cause,
      hint: inside.length > 0
        ? `Give the registry file in it, not the directory: ${inside.join(' or ')}.`
        : 'Check the path. The registry files are published by the IEEE (oui.csv, mam.csv, oui36.csv, iab.csv, cid.csv, or the same as .txt) and IANA (enterprise-numbers.txt, which Wireshark copies as enterprises.tsv).',
    })
  }
  return decodeRegistryText(await inflateWholeOrRefuse(bytes, path, what))
}

/** The day a registry's data dates from when it states none: its file's modification day, or today for standard input. */
async function undatedSource(path: string, stdin: Readable | undefined): Promise<Pick<RegistryFileSource, 'date' | 'dateOf'>> {
  if (path === STDIN_REGISTRY && stdin !== undefined) return { date: new Date().toISOString().slice(0, 10), dateOf: 'read' }
  const date = await modifiedDate(path)
  return date === undefined ? {} : { date, dateOf: 'file' }
}

async function modifiedDate(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).mtime.toISOString().slice(0, 10)
  } catch {
    return undefined
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * The date the IEEE wrote at the head of its text files until about 2016 ("Generated: Sun, 24 May
 * 2015 05:00:02 -0400", the day as written there), as yyyy-mm-dd; undefined for the files of later
 * years and the CSVs, which state none.
 */
export function ieeeGeneratedDate(text: string): string | undefined {
  const found = /^\s*Generated:\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/m.exec(text.slice(0, 1000))
  if (found === null) return undefined
  const month = MONTHS.indexOf((found[2] as string).toLowerCase())
  return month === -1 ? undefined : `${found[3]}-${String(month + 1).padStart(2, '0')}-${(found[1] as string).padStart(2, '0')}`
}

/**
 * Reads an IEEE registry file, CSV (`oui.csv`) or text (`oui.txt`), told from its content. Throws
 * `input_unreadable` when the file cannot be read; data problems, and a file of neither layout,
 * come back as diagnostics. The source's date is the one an older text file states ("Generated:
 * ..."), else the file's modification date, since the IEEE's files of later years state none.
 * With `stdin`, the path `-` reads the registry from it, dated the day it was read.
 *
 * @example
 * const { value, diagnostics, source } = await readIeeeRegistry('oui.txt', 'MA-L')
 */
export async function readIeeeRegistry(
  path: string,
  registry: OuiRegistry,
  stdin?: Readable,
): Promise<WithDiagnostics<OuiEntry[]> & { source: RegistryFileSource }> {
  const text = await readText(path, `IEEE ${registry} registry`, [IEEE_REGISTRY_FILES[registry].csv, IEEE_REGISTRY_FILES[registry].text], stdin)
  const result = parseIeeeRegistry(text, { file: path, registry })
  const source: RegistryFileSource = { file: path === STDIN_REGISTRY && stdin !== undefined ? STDIN_SOURCE : basename(path), registry }
  const generated = ieeeGeneratedDate(text)
  Object.assign(source, generated === undefined ? await undatedSource(path, stdin) : { date: generated, dateOf: 'registry' })
  return { ...result, source }
}

/**
 * Reads IANA's enterprise-numbers.txt. Throws `input_unreadable` when the file cannot be read.
 * The source's date is the file's "(last updated …)" date, else its modification date. With
 * `stdin`, the path `-` reads the file from it.
 */
export async function readIanaEnterpriseNumbers(
  path: string,
  stdin?: Readable,
): Promise<WithDiagnostics<EnterpriseEntry[]> & { source: RegistryFileSource }> {
  // Wireshark installs its copy beside its other data files (/usr/share/wireshark/enterprises.tsv).
  const text = await readText(path, 'IANA enterprise numbers file', ['enterprise-numbers.txt', 'enterprise-numbers', 'enterprises.tsv'], stdin)
  const result = parseIanaEnterpriseNumbers(text, { file: path })
  const source: RegistryFileSource = { file: path === STDIN_REGISTRY && stdin !== undefined ? STDIN_SOURCE : basename(path) }
  const stated = parseIanaEnterpriseDate(text)
  Object.assign(source, stated === undefined ? await undatedSource(path, stdin) : { date: stated, dateOf: 'registry' })
  return { ...result, source }
}

const HEX_PREFIX = /^(?:[0-9A-F]{6}|[0-9A-F]{7}|[0-9A-F]{9})$/

/**
 * The schema of the user catalog file, built when a file is there to check: loading zod took
 * 130-200 ms, paid by every run (and every worker thread) for a file most users never write.
 */
async function catalogOverrideSchema() {
  const { z } = await import('zod')
  const registry = z.enum(['MA-L', 'MA-M', 'MA-S', 'IAB', 'CID'])
  const source = z.object({
    file: z.string(),
    registry: registry.optional(),
    date: z.string().optional(),
    dateOf: z.enum(['registry', 'file', 'read']).optional(),
    cutAt: z.number().int().positive().optional(),
  })
  return z.object({
    format: z.literal('trustpath-catalog'),
    version: z.literal(1),
    oui: z.object({
      sources: z.array(source),
      entries: z.array(z.object({ prefix: z.string().regex(HEX_PREFIX), registry, organization: z.string() })),
      kept: z.array(z.object({ source, prefixes: z.array(z.string().regex(HEX_PREFIX)) })).optional(),
    }).optional(),
    enterprise: z.object({
      source,
      entries: z.array(z.object({ number: z.number().int().nonnegative(), organization: z.string() })),
    }).optional(),
  })
}

/**
 * Reads the user catalog file of `dir`; undefined when there is none. Throws `input_unreadable`
 * when it exists but cannot be read, and `catalog_invalid` when it is not a catalog file.
 */
export async function readCatalogOverride(dir: string): Promise<CatalogOverride | undefined> {
  const path = join(dir, CATALOG_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw dataDirIsFile(dir, cause) ?? new TrustpathError('input_unreadable', `cannot read the catalog file: ${(cause as Error).message}`, {
      at: { file: path }, cause, hint: 'Check the permissions of the data directory.',
    })
  }
  // catalog update reads this file too (to keep the registries not given), so it cannot rewrite it:
  // --reset, which reads nothing, goes back to the shipped data.
  const hint = 'Run `trustpath catalog update --reset` to go back to the shipped data (it removes this file), ' +
    'then `trustpath catalog update` with the registry files to refresh them again.'
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw new TrustpathError('catalog_invalid', `the catalog file is not valid JSON: ${(cause as Error).message}`, {
      at: { file: path }, cause, hint,
    })
  }
  const parsed = (await catalogOverrideSchema()).safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new TrustpathError('catalog_invalid', `the catalog file is not a trustpath catalog: ${issue?.message ?? 'invalid'}`, {
      at: { file: path, path: (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol') },
      hint,
    })
  }
  return parsed.data as CatalogOverride
}

/**
 * Writes the user catalog file of `dir` (created if needed) atomically: a temporary file is
 * renamed over the old one, so a failed or interrupted update leaves the previous catalog intact.
 * Manufacturers on entries are not stored. Returns the file's path.
 */
export async function writeCatalogOverride(dir: string, data: CatalogOverride): Promise<string> {
  const path = join(dir, CATALOG_FILE)
  const stored: CatalogOverride = { format: 'trustpath-catalog', version: 1 }
  if (data.oui !== undefined) {
    stored.oui = {
      sources: data.oui.sources,
      entries: data.oui.entries.map(({ prefix, registry, organization }) => ({ prefix, registry, organization })),
      ...(data.oui.kept === undefined || data.oui.kept.length === 0 ? {} : { kept: data.oui.kept }),
    }
  }
  if (data.enterprise !== undefined) {
    stored.enterprise = {
      source: data.enterprise.source,
      entries: data.enterprise.entries.map(({ number, organization }) => ({ number, organization })),
    }
  }
  // One entry per line: diffable, and still a single JSON document.
  const text = JSON.stringify(stored, null, 0)
    .replace(/\},\{"(prefix|number)"/g, '},\n{"$1"')
  const packedPath = join(dir, PACKED_CATALOG_FILE)
  // The old packed file goes first: between the two writes, the JSON alone is read.
  await rm(packedPath, { force: true }).catch(() => {}) // a path that cannot be written fails below, with its reason
  await writeFileAtomic(path, `${text}\n`)
  const written = await stat(path)
  const meta: PackedCatalogMeta = {
    json: { size: written.size, mtimeMs: written.mtimeMs },
    oui: stored.oui === undefined ? null : stored.oui.sources,
    ...(stored.oui?.kept === undefined ? {} : { kept: stored.oui.kept }),
    enterprise: stored.enterprise ?? null,
  }
  await writeBytesAtomic(packedPath, packOuiBlocks(stored.oui?.entries ?? [], JSON.stringify(meta)))
  return path
}

/** Removes the user catalog of `dir` (the catalog file and its packed blocks), if any; true when there was one. */
export async function removeCatalogOverride(dir: string): Promise<boolean> {
  const existed = await stat(join(dir, CATALOG_FILE)).then(() => true, () => false)
  try {
    await rm(join(dir, PACKED_CATALOG_FILE), { force: true })
    await rm(join(dir, CATALOG_FILE), { force: true })
  } catch (cause) {
    throw dataDirIsFile(dir, cause) ?? cause
  }
  return existed
}

/**
 * The error of a data directory that is a file (--data-dir policy.yaml): reading the catalog in
 * it fails with ENOTDIR, which said to check permissions, and --reset failed as a bug.
 */
function dataDirIsFile(dir: string, cause: unknown): TrustpathError | undefined {
  if ((cause as NodeJS.ErrnoException).code !== 'ENOTDIR') return undefined
  return new TrustpathError('input_unreadable', 'the data directory is a file, not a directory', {
    at: { file: dir }, cause,
    hint: 'Give --data-dir (or $TRUSTPATH_HOME) a directory, new or existing: catalog update writes catalog.json into it.',
  })
}
