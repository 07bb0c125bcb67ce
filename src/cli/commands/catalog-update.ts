import { resolve } from 'node:path'
import { buildCatalog } from '../../catalog/catalog.js'
import { ENTERPRISE_NUMBERS } from '../../catalog/enterprise-numbers.js'
import { buildCatalogStats, buildRegistryChanges, type RegistryChanges } from '../../catalog/stats.js'
import { IEEE_REGISTRY_FILES } from '../../catalog/ieee-registry.js'
import { groupOf, manufacturerMap, MANUFACTURERS } from '../../catalog/manufacturers.js'
import { buildNameResolver } from '../../catalog/org-name.js'
import { REGISTRY_ALIASES } from '../../catalog/registry-aliases.js'
import type { EnterpriseEntry, OuiEntry } from '../../catalog/types.js'
import type { Manufacturer, ManufacturerSlug } from '../../domain/manufacturer.js'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { hasErrors } from '../../diagnostics/diagnostic.js'
import type { OuiRegistry } from '../../domain/evidence.js'
import { TrustpathError, ExitError } from '../../errors.js'
import type { CatalogOverride, KeptBlocks, RegistryFileSource } from '../../io/data-tables.js'
import {
  defaultOuiSource, formatRegistryDate, loadDefaultOuiEntries, readCatalogOverride, readIanaEnterpriseNumbers, readIeeeRegistry,
  removeCatalogOverride, shippedRegistrySource, STDIN_REGISTRY, writeCatalogOverride,
} from '../../io/data-tables.js'
import { dataDirFor } from '../data-dir.js'
import { STDIN_FILE } from '../../io/inventory-file.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println, shownPath } from '../context.js'
import { DiagnosticsPrinter } from '../diagnostics-printer.js'
import { formatCount, pluralOf } from '../../util/plural.js'
import { BUILTIN_LISTS } from '../../policy/lists.js'
import { withoutGzipSuffix } from '../../util/file-stem.js'

type Options = { oui?: string; mam?: string; oui36?: string; iab?: string; cid?: string; enterprise?: string; reset?: boolean; force?: boolean; replace?: boolean; dataDir?: string }

/**
 * A registry file with fewer entries than this share of the current data is refused without
 * --force: the registries only grow (the IEEE's MA-L by some thousands of blocks a year), so a much
 * smaller file is an older copy (Debian's ieee-data of 2022 holds 81% of the MA-L blocks of 2026)
 * or a download cut short, and taking it would silently forget real blocks.
 */
const SHRINK_LIMIT = 0.9

/** What a refused file would have dropped from the catalog: how many, and the largest groups among them. */
type Loss = { count: number; groups: string }

/** Throws when the file of `option` holds far fewer entries than the catalog has (`before`). */
function refuseShrunk(
  printer: DiagnosticsPrinter, option: string, path: string, count: number, before: number, what: string,
  loss: () => Loss, dated: string, download: string,
): void {
  if (count >= SHRINK_LIMIT * before) return
  printer.finish()
  const lost = loss()
  const among = lost.groups === '' ? '' : `, among them ${lost.groups}`
  throw new TrustpathError('input_invalid', `${option}: the file holds ${count.toLocaleString('en-US')} ${what}, ` +
    `but the catalog holds ${before.toLocaleString('en-US')} now: ${lost.count.toLocaleString('en-US')} ${what} of the catalog ` +
    `are not in it${among}; nothing was written`, {
    at: { file: path },
    hint: `The registries only grow, so this is an older copy${dated} ` +
      `or a download cut short. Download the current file (${download}), or pass --force to use this one anyway.`,
  })
}

/**
 * The catalog's own enterprise numbers that were read in IANA's file or Wireshark's copy of it: a
 * whole copy of the registry (over 60,000 numbers: the copy in Wireshark 4.0.17 holds 62,241) lists
 * them all.
 */
const READ_IN_REGISTRY = ENTERPRISE_NUMBERS.filter((e) => /iana\.org\/assignments\/enterprise-numbers|\/sminmpec\.c$/.test(e.source.url ?? ''))

/**
 * Throws when an enterprise-numbers file lacks many of the numbers the catalog read in IANA's
 * registry: a file someone wrote or cut down, not the registry. On the first refresh there is no
 * earlier copy to compare with (see `refuseShrunk`), so this is what keeps a file of a few lines
 * from standing in for the registry.
 */
function refuseIncompleteRegistry(printer: DiagnosticsPrinter, path: string, numbers: readonly { number: number }[]): void {
  const listed = new Set(numbers.map((e) => e.number))
  const missing = READ_IN_REGISTRY.filter((e) => !listed.has(e.number))
  if (missing.length <= (1 - SHRINK_LIMIT) * READ_IN_REGISTRY.length) return
  printer.finish()
  const some = missing.slice(0, 3).map((e) => `${e.number} ${e.organization}`).join('; ')
  throw new TrustpathError('input_invalid', `--enterprise: the file holds ${formatCount(numbers.length, 'enterprise number')} and lacks ` +
    `${missing.length} of the ${READ_IN_REGISTRY.length} the catalog read in IANA's registry (${some}...); nothing was written`, {
    at: { file: path },
    hint: 'IANA\'s file lists every number it assigned, over 60,000: download it whole (https://www.iana.org/assignments/enterprise-numbers.txt), ' +
      'or pass --force to use this one anyway.',
  })
}

/** Throws when a registry file ends as a download cut short does (see `registry_truncated`). */
function refuseTruncated(printer: DiagnosticsPrinter, option: string, path: string, diagnostics: readonly Diagnostic[]): void {
  const cut = diagnostics.find((d) => d.code === 'registry_truncated')
  if (cut === undefined) return
  printer.finish()
  throw new TrustpathError('input_invalid', `${option}: the file was cut short at line ${cut.at.line ?? '?'}; nothing was written`, {
    at: { file: path, ...(cut.at.line === undefined ? {} : { line: cut.at.line }) },
    hint: 'Download the file again, or pass --force to use the entries read.',
  })
}

/** The source of a file taken, with the line it was cut short at when --force took it so (see `registry_truncated`). */
function withCut(source: RegistryFileSource, diagnostics: readonly Diagnostic[]): RegistryFileSource {
  const cut = diagnostics.find((d) => d.code === 'registry_truncated')
  return cut?.at.line === undefined ? source : { ...source, cutAt: cut.at.line }
}

/** The catalog's blocks of `registry` that `next` lacks, counted per manufacturer group (those on a built-in list, and the largest to five). */
function lostBlocks(current: readonly OuiEntry[], next: readonly OuiEntry[]): Loss {
  const kept = new Set(next.map((e) => e.prefix))
  const resolve = buildNameResolver(MANUFACTURERS, REGISTRY_ALIASES)
  const manufacturers = manufacturerMap()
  const groups = new Map<string, number>()
  let count = 0
  for (const e of new Map(current.map((c) => [c.prefix, c])).values()) {
    if (kept.has(e.prefix)) continue
    count++
    const slug = resolve(e.organization)
    if (slug === undefined) continue
    const group = groupOf(slug, undefined, manufacturers).group
    groups.set(group, (groups.get(group) ?? 0) + 1)
  }
  // The groups on a built-in list first, as in the changes of a file taken (formatGroupCounts).
  const listedFirst = (g: string) => (LISTED_GROUPS.has(g) ? 0 : 1)
  const sorted = [...groups].sort((a, b) => listedFirst(a[0]) - listedFirst(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))
  const largest = sorted.slice(0, Math.max(5, sorted.filter(([g]) => LISTED_GROUPS.has(g)).length))
  return { count, groups: largest.map(([g, n]) => `${g} ${n.toLocaleString('en-US')}`).join(', ') }
}

/** Groups listed by name in a line of changes; the rest are counted. */
const CHANGED_GROUPS_SHOWN = 8

/** The groups a built-in list names (Huawei, ZTE, Hikvision, Dahua, Hytera...), whose blocks a change names before any other's. */
const LISTED_GROUPS: ReadonlySet<string> = new Set([...BUILTIN_LISTS.values()].flatMap((list) => list.entries.map((e) => e.group)))

/**
 * Blocks per group, most first, the groups on a built-in list before the others, so that the
 * handful of a covered group is not counted among many more groups:
 * `huawei 4, hikvision 3, apple 9, 12 of 9 more groups; 2 naming no catalog manufacturer`.
 */
function formatGroupCounts(counts: ReadonlyMap<string, number>): string {
  const listedFirst = (g: string) => (LISTED_GROUPS.has(g) ? 0 : 1)
  const named = [...counts].filter(([g]) => g !== '').sort((a, b) => listedFirst(a[0]) - listedFirst(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))
  const listed = named.filter(([g]) => LISTED_GROUPS.has(g)).length
  const shown = named.slice(0, Math.max(CHANGED_GROUPS_SHOWN, listed)).map(([g, n]) => `${g} ${n.toLocaleString('en-US')}`)
  const more = named.length - shown.length
  const rest = named.slice(shown.length).reduce((sum, [, n]) => sum + n, 0)
  if (more > 0) shown.push(`${rest.toLocaleString('en-US')} of ${formatCount(more, 'more group')}`)
  const none = counts.get('') ?? 0
  return shown.join(', ') + (none === 0 ? '' : `${shown.length === 0 ? '' : '; '}${none.toLocaleString('en-US')} naming no catalog manufacturer`)
}

/**
 * What a registry file changed, as a line under its report line: blocks added and removed per
 * group, and blocks that passed to another group's holder. Undefined when nothing changed.
 */
function formatRegistryChanges(changes: RegistryChanges): string | undefined {
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  const added = total(changes.added)
  const removed = total(changes.removed)
  const moved = changes.moved.reduce((a, m) => a + m.count, 0)
  if (added + removed + moved === 0) return undefined
  const part = (n: number, what: string, counts: ReadonlyMap<string, number>) => `${n.toLocaleString('en-US')} ${what}${n === 0 ? '' : ` (${formatGroupCounts(counts)})`}`
  const pairs = changes.moved.slice(0, CHANGED_GROUPS_SHOWN).map((m) => `${m.from || 'none'} → ${m.to || 'none'} ${m.count.toLocaleString('en-US')}`)
  return `      ${part(added, 'added', changes.added)}, ${part(removed, 'removed', changes.removed)}` +
    (moved === 0 ? '' : `, ${moved.toLocaleString('en-US')} now of another holder's group (${pairs.join(', ')}${changes.moved.length > pairs.length ? ', ...' : ''})`)
}

/**
 * Said of an IEEE file that adds no block and lacks some the catalog held: the registries only
 * grow, so it is a copy older than the data it replaces (files of May given over shipped data of
 * August), and the blocks it lacks, of the groups on a built-in list first, no longer name a maker.
 */
function formatOlderCopy(changes: RegistryChanges, download: string): string | undefined {
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  const removed = total(changes.removed)
  if (total(changes.added) > 0 || removed === 0) return undefined
  const listed = [...changes.removed].filter(([g]) => LISTED_GROUPS.has(g)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const among = listed.length === 0 ? '' : ` (${listed.map(([g, n]) => `${g} ${n.toLocaleString('en-US')}`).join(', ')})`
  return `      no block added: a copy older than the data it replaces? The ${formatCount(removed, 'block')} it lacks now name no one${among}; ` +
    `the current file is ${download}`
}

/**
 * The numbers a newer enterprise-numbers file removed or gave a holder of another group that the
 * catalog's own entries hold (lookups read those before a file's, see buildCatalog), as a line
 * under the changes: the changes count them, but lookups of them do not change.
 */
function formatKeptByOwnEntries(
  before: readonly EnterpriseEntry[], after: readonly EnterpriseEntry[],
  resolveName: (organization: string) => ManufacturerSlug | undefined, manufacturers: ReadonlyMap<ManufacturerSlug, Manufacturer>,
): string | undefined {
  const groupOfName = (organization: string | undefined): string => {
    const slug = organization === undefined ? undefined : resolveName(organization)
    return slug === undefined ? 'none' : groupOf(slug, undefined, manufacturers).group
  }
  const was = new Map(before.map((e) => [e.number, e.organization]))
  const now = new Map(after.map((e) => [e.number, e.organization]))
  const kept = ENTERPRISE_NUMBERS.filter((own) => {
    const old = was.get(own.number)
    const next = now.get(own.number)
    return old !== undefined && (next === undefined || (next !== old && groupOfName(next) !== groupOfName(old)))
  }).sort((a, b) => a.number - b.number)
  if (kept.length === 0) return undefined
  const shown = kept.slice(0, 5).map((own) => `${own.number} (${groupOf(own.manufacturer, undefined, manufacturers).group})`).join(', ') + (kept.length > 5 ? ', ...' : '')
  return `      ${kept.length === 1 ? '1 of these numbers keeps' : `${kept.length} of these numbers keep`} the catalog's own entry, which lookups read before the file's: ${shown}`
}

/** The blocks a registry file lacks, kept, and the data each comes from (see `keepLacked`). */
type Lacked = { entries: OuiEntry[]; kept: KeptBlocks[] }

/**
 * The blocks of `before` (the last listing of each) that `file` lacks, to keep: the registries only
 * grow, so a file that lacks a block is an older copy, or the block was withdrawn, and a MAC of it
 * still names the maker that held it when the device was made. Each block names the data it comes
 * from: the one it was kept from before (`keptBefore`), else `dataBefore`, the registry's data
 * before this file (the shipped data, or a file taken earlier).
 */
function keepLacked(before: readonly OuiEntry[], file: readonly OuiEntry[], keptBefore: readonly KeptBlocks[], dataBefore: RegistryFileSource): Lacked {
  const listed = new Set(file.map((e) => e.prefix))
  const origin = new Map<string, RegistryFileSource>()
  for (const k of keptBefore) for (const prefix of k.prefixes) origin.set(prefix, k.source)
  const entries: OuiEntry[] = []
  const bySource = new Map<RegistryFileSource, string[]>()
  for (const e of new Map(before.map((b) => [b.prefix, b])).values()) {
    if (listed.has(e.prefix)) continue
    entries.push(e)
    const source = origin.get(e.prefix) ?? dataBefore
    let prefixes = bySource.get(source)
    if (prefixes === undefined) bySource.set(source, (prefixes = []))
    prefixes.push(e.prefix)
  }
  return { entries, kept: [...bySource].map(([source, prefixes]) => ({ source, prefixes })) }
}

/**
 * Said of the blocks a registry file lacks that were kept: how many, from which data, of which
 * groups (those on a built-in list first); and why: a file cut short (`cutAt`), else an older copy or
 * blocks withdrawn, with where the current file is when it adds no block.
 */
function formatKept(lacked: Lacked, groups: ReadonlyMap<string, number>, changes: RegistryChanges, download: string, cutAt: number | undefined): string | undefined {
  if (lacked.entries.length === 0) return undefined
  const from = lacked.kept.map((k) => `${k.source.file}${formatRegistryDate(k.source)}`).join(' and ')
  const added = [...changes.added.values()].reduce((a, b) => a + b, 0)
  const why = cutAt !== undefined ? `the file was cut short at line ${cutAt}`
    : `the registries only grow, so the file is an older copy, or these blocks were withdrawn${added === 0 ? `; the current file is ${download}` : ''}`
  return `      ${formatCount(lacked.entries.length, 'block')} the file lacks kept from the data before (${from}: ${formatGroupCounts(groups)}): ` +
    `${why} (--replace drops them)`
}

/** Where the IEEE publishes the file of `registry` in the layout given (CSV or text). */
function ieeeAddress(registry: OuiRegistry, path: string): string {
  const { folder, csv, text } = IEEE_REGISTRY_FILES[registry]
  return `https://standards-oui.ieee.org/${folder}/${withoutGzipSuffix(path).toLowerCase().endsWith('.txt') ? text : csv}`
}

const REGISTRY_OPTIONS = [
  ['oui', 'MA-L'], ['mam', 'MA-M'], ['oui36', 'MA-S'], ['iab', 'IAB'], ['cid', 'CID'],
] as const satisfies readonly (readonly [keyof Options, OuiRegistry])[]

/** `trustpath catalog update`: refresh the registries from official files; nothing is written unless all parse. */
export default async function catalogUpdateCommand(ctx: CliContext, opts: Options): Promise<number> {
  const dir = dataDirFor(ctx, opts)
  // The options that --reset would leave unused: the registry files, --force and --replace.
  const resetIgnores = [...REGISTRY_OPTIONS.map(([option]) => option), 'enterprise', 'force', 'replace'] as const
  const withReset = resetIgnores.filter((option) => opts[option] !== undefined && opts[option] !== false)
  if (opts.reset && withReset.length > 0) {
    // --reset drops every refreshed registry: the files given beside it were silently not read.
    throw new TrustpathError('usage', `--reset cannot be combined with ${withReset.map((o) => `--${o}`).join(', ')}: it goes back to the shipped data and reads no file`, {
      hint: 'Run trustpath catalog update --reset alone, then catalog update with the files to take them.',
    })
  }
  if (opts.reset) {
    const removed = await removeCatalogOverride(dir)
    println(ctx.stdout, removed
      ? `Removed the refreshed registries in ${shownPath(ctx, dir)}; the shipped data (${defaultOuiSource().source}) applies again.`
      : `No refreshed registries in ${shownPath(ctx, dir)}; the shipped data (${defaultOuiSource().source}) applies.`)
    return EXIT.ok
  }
  const given = REGISTRY_OPTIONS.filter(([option]) => opts[option] !== undefined)
  // A download piped in (curl -L ... | trustpath catalog update --oui -): standard input is read once.
  const piped = [...given.map(([option]) => option), ...(opts.enterprise === undefined ? [] : ['enterprise' as const])].filter((o) => opts[o] === STDIN_REGISTRY)
  if (piped.length > 1) {
    throw new TrustpathError('usage', `${piped.map((o) => `--${o} -`).join(' and ')}: standard input holds one file`, {
      hint: 'Pipe one registry in, and give the others as files (or run catalog update once per registry).',
    })
  }
  if (piped.length === 1 && ctx.stdin.isTTY === true) {
    throw new TrustpathError('usage', `--${piped[0]} -: standard input is this terminal, not a file piped in`, {
      hint: `Pipe the download in (curl -fsSL URL | trustpath catalog update --${piped[0]} -), or give the file's path.`,
    })
  }
  /** The path of a registry option's file, or `-`; and the name its diagnostics give it. */
  const pathOf = (value: string) => (value === STDIN_REGISTRY ? value : resolve(ctx.cwd, value))
  const nameOf = (value: string) => (value === STDIN_REGISTRY ? STDIN_FILE : value)
  if (given.length === 0 && opts.enterprise === undefined) {
    throw new TrustpathError('usage', 'catalog update needs at least one registry file', {
      hint: 'Pass --oui oui.csv, --mam mam.csv, --oui36 oui36.csv, --iab iab.csv, --cid cid.csv (or the same as .txt) or --enterprise enterprise-numbers.txt (see --help).',
    })
  }
  if (opts.replace && given.length === 0) {
    // IANA's file replaces the numbers taken before anyway: --replace would be silently unused.
    throw new TrustpathError('usage', '--replace applies to the IEEE registry files (--oui, --mam, --oui36, --iab, --cid), and none was given', {
      hint: 'An enterprise-numbers file is always taken as it is: run catalog update --enterprise without --replace.',
    })
  }
  const printer = new DiagnosticsPrinter(ctx)
  // What was read, printed once the catalog is written: a reader that stops early (`| head -1`)
  // ends the process quietly (see cli/main.ts), and must not end it before the write.
  const report: string[] = []
  const current = await readCatalogOverride(dir)
  const byRegistry = new Map<OuiRegistry, OuiEntry[]>()
  const sources = new Map<OuiRegistry, RegistryFileSource>()
  for (const e of current?.oui?.entries ?? loadDefaultOuiEntries()) {
    let list = byRegistry.get(e.registry)
    if (list === undefined) byRegistry.set(e.registry, (list = []))
    list.push(e)
  }
  for (const s of current?.oui?.sources ?? []) if (s.registry) sources.set(s.registry, s)
  // The blocks kept from earlier data, per registry (see keepLacked).
  const kept = new Map<OuiRegistry, KeptBlocks[]>()
  for (const k of current?.oui?.kept ?? []) if (k.source.registry) kept.set(k.source.registry, [...kept.get(k.source.registry) ?? [], k])

  const resolveName = buildNameResolver(MANUFACTURERS, REGISTRY_ALIASES)
  const manufacturers = manufacturerMap()
  for (const [option, registry] of given) {
    const path = pathOf(opts[option] as string)
    const read = await readIeeeRegistry(path, registry, ctx.stdin)
    const { value, source } = read
    // Diagnostics name the file as the user wrote it, as those of the other commands do.
    const diagnostics = read.diagnostics.map((d) => ({ ...d, at: { ...d.at, file: nameOf(opts[option] as string) } }))
    printer.add(diagnostics)
    if (hasErrors(diagnostics) || value.length === 0) {
      printer.finish()
      // Without an error, the file had no entry to read (a header alone) or every row was skipped, as said above.
      const why = hasErrors(diagnostics) ? '' : diagnostics.length === 0
        ? ` The file holds no entry after its header: a download that failed? Download it again (${ieeeAddress(registry, path)}).`
        : ` Every row was skipped, as said above: download the file again (${ieeeAddress(registry, path)}).`
      println(ctx.stderr, `--${option} ${opts[option]}: no ${registry} entries read; nothing was written.${why}`)
      throw new ExitError(EXIT.input)
    }
    const before = byRegistry.get(registry) ?? []
    if (!opts.force) {
      refuseTruncated(printer, `--${option}`, nameOf(opts[option] as string), diagnostics)
      refuseShrunk(printer, `--${option}`, nameOf(opts[option] as string), value.length, before.length, `${registry} entries`,
        () => lostBlocks(before, value), formatRegistryDate(source), ieeeAddress(registry, path))
    }
    // The blocks the file lacks are kept, each naming the data it comes from, unless --replace.
    const lacked = opts.replace ? undefined : keepLacked(before, value, kept.get(registry) ?? [], sources.get(registry) ?? shippedRegistrySource(registry))
    const taken = lacked === undefined ? value : [...lacked.entries, ...value]
    if (lacked === undefined || lacked.kept.length === 0) kept.delete(registry)
    else kept.set(registry, lacked.kept)
    byRegistry.set(registry, taken)
    sources.set(registry, withCut(source, diagnostics))
    // The IEEE lists a few early assignments more than once (MA-L 080030 three times): the last
    // listing is the one looked up, so the count of blocks is that of distinct assignments.
    const blocks = new Set(value.map((e) => e.prefix)).size
    const repeated = value.length - blocks
    const note = repeated === 0 ? '' : `; ${formatCount(repeated, 'more listing')} of an assignment listed before (the last listing counts)`
    // Fewer blocks than before (within the 90% that is taken, or with --force) is no refresh: said,
    // so that a copy older than the data it replaces is not taken for news.
    const held = new Set(before.map((e) => e.prefix)).size
    const fewer = held > blocks && lacked === undefined ? `; ${(held - blocks).toLocaleString('en-US')} fewer than the ${formatCount(held, 'block')} the catalog held` : ''
    report.push(`${registry.padEnd(5)} ${blocks.toLocaleString('en-US').padStart(7)} ${pluralOf(blocks, 'block')} from ${opts[option] === STDIN_REGISTRY ? source.file : opts[option]}${formatRegistryDate(sources.get(registry)!)}${note}${fewer}`)
    const changes = buildRegistryChanges(before, taken, resolveName, manufacturers)
    const changed = formatRegistryChanges(changes)
    if (changed !== undefined) report.push(changed)
    const older = lacked === undefined
      ? formatOlderCopy(changes, ieeeAddress(registry, path))
      : formatKept(lacked, buildRegistryChanges(lacked.entries, [], resolveName, manufacturers).removed, changes, ieeeAddress(registry, path), sources.get(registry)?.cutAt)
    if (older !== undefined) report.push(older)
  }

  const next: CatalogOverride = { format: 'trustpath-catalog', version: 1 }
  if (given.length > 0 || current?.oui) {
    next.oui = {
      sources: [...byRegistry.keys()].sort().map((r) => sources.get(r) ?? shippedRegistrySource(r)),
      entries: [...byRegistry.values()].flat(),
      kept: [...kept.keys()].sort().flatMap((r) => kept.get(r)!),
    }
  }
  if (opts.enterprise !== undefined) {
    const path = pathOf(opts.enterprise)
    const read = await readIanaEnterpriseNumbers(path, ctx.stdin)
    const { value, source } = read
    const diagnostics = read.diagnostics.map((d) => ({ ...d, at: { ...d.at, file: nameOf(opts.enterprise!) } }))
    printer.add(diagnostics)
    if (hasErrors(diagnostics) || value.length === 0) {
      printer.finish()
      const why = hasErrors(diagnostics) ? '' : ' The file lists no number after its title: a download that failed? Download it again (https://www.iana.org/assignments/enterprise-numbers.txt).'
      println(ctx.stderr, `--enterprise ${opts.enterprise}: no enterprise numbers read; nothing was written.${why}`)
      throw new ExitError(EXIT.input)
    }
    if (!opts.force) {
      refuseTruncated(printer, '--enterprise', nameOf(opts.enterprise), diagnostics)
      const before = current?.enterprise?.entries ?? []
      refuseShrunk(printer, '--enterprise', nameOf(opts.enterprise), value.length, before.length, 'enterprise numbers', () => {
        const kept = new Set(value.map((e) => e.number))
        return { count: before.filter((e) => !kept.has(e.number)).length, groups: '' }
      }, formatRegistryDate(source), 'https://www.iana.org/assignments/enterprise-numbers.txt')
      refuseIncompleteRegistry(printer, nameOf(opts.enterprise), value)
    }
    const taken = withCut(source, diagnostics)
    next.enterprise = { source: taken, entries: value }
    report.push(`PEN   ${value.length.toLocaleString('en-US').padStart(7)} ${pluralOf(value.length, 'enterprise number')} from ${opts.enterprise === STDIN_REGISTRY ? taken.file : opts.enterprise}${formatRegistryDate(taken)}`)
    // Against the numbers of the file taken before; the first file has none to compare with.
    if (current?.enterprise !== undefined) {
      const changed = formatRegistryChanges(buildRegistryChanges(current.enterprise.entries, value, resolveName, manufacturers))
      if (changed !== undefined) report.push(changed)
      const kept = changed === undefined ? undefined : formatKeptByOwnEntries(current.enterprise.entries, value, resolveName, manufacturers)
      if (kept !== undefined) report.push(kept)
    }
  } else if (current?.enterprise) {
    next.enterprise = current.enterprise
  }
  printer.finish()

  const path = await writeCatalogOverride(dir, next)
  for (const line of report) println(ctx.stdout, line)
  const stats = buildCatalogStats(buildCatalog({
    ouiEntries: next.oui?.entries ?? loadDefaultOuiEntries(),
    ...(next.enterprise ? { enterpriseEntries: next.enterprise.entries } : {}),
    meta: { oui: { source: 'refreshed' }, enterprise: { source: 'refreshed' } },
  }))
  println(ctx.stdout, `Wrote ${shownPath(ctx, path)}: ${formatCount(stats.resolvedBlocks, 'block')} ${pluralOf(stats.resolvedBlocks, 'resolves', 'resolve')} to catalog manufacturers.`)
  const top = stats.groups.slice(0, 8).map((g) => `${g.group} ${(g.blocks['MA-L'] + g.blocks['MA-M'] + g.blocks['MA-S'] + g.blocks.IAB).toLocaleString('en-US')}`)
  println(ctx.stdout, `Largest groups: ${top.join(', ')}. Run \`trustpath catalog stats\` for all.`)
  return EXIT.ok
}
