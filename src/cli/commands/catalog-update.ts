import { resolve } from 'node:path'
import { buildCatalog } from '../../catalog/catalog.js'
import { buildCatalogStats } from '../../catalog/stats.js'
import type { OuiEntry } from '../../catalog/types.js'
import { hasErrors } from '../../diagnostics/diagnostic.js'
import type { OuiRegistry } from '../../domain/evidence.js'
import { TrustpathError, ExitError } from '../../errors.js'
import type { CatalogOverride, RegistryFileSource } from '../../io/data-tables.js'
import {
  defaultOuiSource, loadDefaultOuiEntries, readCatalogOverride, readIanaEnterpriseNumbers, readIeeeRegistry,
  removeCatalogOverride, writeCatalogOverride,
} from '../../io/data-tables.js'
import { dataDirFor } from '../data-dir.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println } from '../context.js'
import { DiagnosticsPrinter } from '../diagnostics-printer.js'

type Options = { oui?: string; mam?: string; oui36?: string; iab?: string; cid?: string; enterprise?: string; reset?: boolean; force?: boolean; dataDir?: string }

/**
 * A registry file with fewer entries than this share of the current data is refused without
 * --force: the registries only grow (the IEEE's MA-L by some thousands of blocks a year), so a much
 * smaller file is a download cut short, and taking it would silently forget real blocks.
 */
const SHRINK_LIMIT = 0.9

/** Throws when the file of `option` holds far fewer entries than the catalog has (`before`). */
function refuseShrunk(printer: DiagnosticsPrinter, option: string, path: string, count: number, before: number, what: string): void {
  if (count >= SHRINK_LIMIT * before) return
  printer.finish()
  throw new TrustpathError('input_invalid', `${option}: the file holds ${count.toLocaleString('en-US')} ${what}, ` +
    `but the catalog holds ${before.toLocaleString('en-US')} now; nothing was written`, {
    at: { file: path },
    hint: 'The registries only grow: this looks like a download cut short. Download the file again, or pass --force to use it anyway.',
  })
}

const REGISTRY_OPTIONS = [
  ['oui', 'MA-L'], ['mam', 'MA-M'], ['oui36', 'MA-S'], ['iab', 'IAB'], ['cid', 'CID'],
] as const satisfies readonly (readonly [keyof Options, OuiRegistry])[]

/** `trustpath catalog update`: refresh the registries from official files; nothing is written unless all parse. */
export default async function catalogUpdateCommand(ctx: CliContext, opts: Options): Promise<number> {
  const dir = dataDirFor(ctx, opts)
  if (opts.reset) {
    await removeCatalogOverride(dir)
    println(ctx.stdout, `Removed the refreshed registries in ${dir}; the shipped data (${defaultOuiSource().source}) applies again.`)
    return EXIT.ok
  }
  const given = REGISTRY_OPTIONS.filter(([option]) => opts[option] !== undefined)
  if (given.length === 0 && opts.enterprise === undefined) {
    throw new TrustpathError('usage', 'catalog update needs at least one registry file', {
      hint: 'Pass --oui oui.csv, --mam mam.csv, --oui36 oui36.csv, --iab iab.csv, --cid cid.csv (or the same as .txt) or --enterprise enterprise-numbers.txt (see --help).',
    })
  }
  const printer = new DiagnosticsPrinter(ctx)
  const current = await readCatalogOverride(dir)
  const byRegistry = new Map<OuiRegistry, OuiEntry[]>()
  const sources = new Map<OuiRegistry, RegistryFileSource>()
  for (const e of current?.oui?.entries ?? loadDefaultOuiEntries()) {
    let list = byRegistry.get(e.registry)
    if (list === undefined) byRegistry.set(e.registry, (list = []))
    list.push(e)
  }
  for (const s of current?.oui?.sources ?? []) if (s.registry) sources.set(s.registry, s)

  for (const [option, registry] of given) {
    const path = resolve(ctx.cwd, opts[option] as string)
    const { value, diagnostics, source } = await readIeeeRegistry(path, registry)
    printer.add(diagnostics)
    if (hasErrors(diagnostics) || value.length === 0) {
      printer.finish()
      println(ctx.stderr, `--${option} ${opts[option]}: no ${registry} entries read; nothing was written.`)
      throw new ExitError(EXIT.input)
    }
    if (!opts.force) refuseShrunk(printer, `--${option}`, path, value.length, byRegistry.get(registry)?.length ?? 0, `${registry} entries`)
    byRegistry.set(registry, value)
    sources.set(registry, source)
    println(ctx.stdout, `${registry.padEnd(5)} ${value.length.toLocaleString('en-US').padStart(7)} blocks from ${opts[option]}${source.date ? ` (${source.date})` : ''}`)
  }

  const next: CatalogOverride = { format: 'trustpath-catalog', version: 1 }
  if (given.length > 0 || current?.oui) {
    const fallback = { file: defaultOuiSource().source }
    next.oui = {
      sources: [...byRegistry.keys()].sort().map((r) => sources.get(r) ?? { ...fallback, registry: r }),
      entries: [...byRegistry.values()].flat(),
    }
  }
  if (opts.enterprise !== undefined) {
    const path = resolve(ctx.cwd, opts.enterprise)
    const { value, diagnostics, source } = await readIanaEnterpriseNumbers(path)
    printer.add(diagnostics)
    if (hasErrors(diagnostics) || value.length === 0) {
      printer.finish()
      println(ctx.stderr, `--enterprise ${opts.enterprise}: no enterprise numbers read; nothing was written.`)
      throw new ExitError(EXIT.input)
    }
    if (!opts.force) refuseShrunk(printer, `--enterprise`, path, value.length, current?.enterprise?.entries.length ?? 0, 'enterprise numbers')
    next.enterprise = { source, entries: value }
    println(ctx.stdout, `PEN   ${value.length.toLocaleString('en-US').padStart(7)} enterprise numbers from ${opts.enterprise}${source.date ? ` (${source.date})` : ''}`)
  } else if (current?.enterprise) {
    next.enterprise = current.enterprise
  }
  printer.finish()

  const path = await writeCatalogOverride(dir, next)
  const stats = buildCatalogStats(buildCatalog({
    ouiEntries: next.oui?.entries ?? loadDefaultOuiEntries(),
    ...(next.enterprise ? { enterpriseEntries: next.enterprise.entries } : {}),
    meta: { oui: { source: 'refreshed' }, enterprise: { source: 'refreshed' } },
  }))
  println(ctx.stdout, `Wrote ${path}: ${stats.resolvedBlocks.toLocaleString('en-US')} blocks resolve to catalog manufacturers.`)
  const top = stats.groups.slice(0, 8).map((g) => `${g.group} ${(g.blocks['MA-L'] + g.blocks['MA-M'] + g.blocks['MA-S'] + g.blocks.IAB).toLocaleString('en-US')}`)
  println(ctx.stdout, `Largest groups: ${top.join(', ')}. Run \`trustpath catalog stats\` for all.`)
  return EXIT.ok
}
