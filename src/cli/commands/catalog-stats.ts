import { buildCatalogStats } from '../../catalog/stats.js'
import { OUI_REGISTRIES } from '../../catalog/oui-blocks.js'
import { loadCatalogFor } from '../catalog-options.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println } from '../context.js'

/** `trustpath catalog stats`: blocks and enterprise numbers per group, and the data's sources. */
export default async function catalogStatsCommand(ctx: CliContext, opts: { format: 'text' | 'json'; dataDir?: string }): Promise<number> {
  const stats = buildCatalogStats(await loadCatalogFor(ctx, opts))
  if (opts.format === 'json') {
    println(ctx.stdout, JSON.stringify(stats, null, 2))
    return EXIT.ok
  }
  const n = (x: number) => x.toLocaleString('en-US')
  println(ctx.stdout, `IEEE blocks: ${stats.meta.oui.source}${stats.meta.oui.date ? ` (${stats.meta.oui.date})` : ''}`)
  println(ctx.stdout, `  MA-L ${n(stats.blocks['MA-L'])}, MA-M ${n(stats.blocks['MA-M'])}, MA-S ${n(stats.blocks['MA-S'])}, IAB ${n(stats.blocks.IAB)}, CID ${n(stats.blocks.CID)}; ` +
    `${n(stats.resolvedBlocks)} resolve to catalog manufacturers`)
  // Refreshed one by one, the registries may be of different dates: each with its file.
  const registries = stats.meta.oui.registries
  if (registries !== undefined) {
    for (const registry of OUI_REGISTRIES) {
      const from = registries[registry]
      if (from !== undefined) println(ctx.stdout, `  ${registry.padEnd(4)} from ${from}`)
      // Blocks that file lacks, kept from the data before it (see catalog update), each data with its date.
      for (const k of stats.meta.oui.kept ?? []) {
        if (k.registry === registry) println(ctx.stdout, `       ${n(k.prefixes.length)} ${k.prefixes.length === 1 ? 'block' : 'blocks'} it lacks kept from ${k.from}`)
      }
    }
  }
  // Beside a registry file's numbers, the arcs the catalog holds that IANA never registered: said, so that the
  // count is not taken for the file's (which the update reported).
  const unregistered = stats.unregisteredEnterprises
  const beside = unregistered.length === 0 || !stats.meta.enterprise.registry ? ''
    : `, ${n(unregistered.length)} of them the catalog's own that IANA has not registered (${unregistered.join(' ')})`
  println(ctx.stdout, `Enterprise numbers: ${stats.meta.enterprise.source}${stats.meta.enterprise.date ? ` (${stats.meta.enterprise.date})` : ''}: ${n(stats.enterprises)}${beside}`)
  println(ctx.stdout, `Manufacturers: ${stats.manufacturers}; banner patterns: ${stats.bannerPatterns}; model patterns: ${stats.modelPatterns}`)
  println(ctx.stdout)
  const rows = stats.groups.map((g) => [g.group, String(g.blocks['MA-L']), String(g.blocks['MA-M']), String(g.blocks['MA-S']), String(g.blocks.IAB),
    g.enterprises.join(' ') || '-', g.members.filter((m) => m !== g.group).join(' ') || '-'])
  const head = ['GROUP', 'MA-L', 'MA-M', 'MA-S', 'IAB', 'ENTERPRISE', 'MEMBERS WITH BLOCKS']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  for (const r of [head, ...rows]) {
    println(ctx.stdout, r.map((c, i) => (i >= 1 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd())
  }
  return EXIT.ok
}
