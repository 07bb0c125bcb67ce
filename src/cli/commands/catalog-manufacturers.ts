import { groupOf } from '../../catalog/manufacturers.js'
import { formatOemScope } from '../../report/words.js'
import { loadCatalogFor } from '../catalog-options.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println } from '../context.js'

/** `trustpath catalog manufacturers`: slugs, names, groups and the sources of each relation. */
export default async function catalogManufacturersCommand(ctx: CliContext, opts: { format: 'text' | 'json'; dataDir?: string }): Promise<number> {
  const catalog = await loadCatalogFor(ctx, opts)
  const list = [...catalog.manufacturers.values()].sort((a, b) => a.slug.localeCompare(b.slug))
  if (opts.format === 'json') {
    println(ctx.stdout, JSON.stringify({ manufacturers: list, oem: catalog.oem }, null, 2))
    return EXIT.ok
  }
  for (const m of list) {
    const group = groupOf(m.slug, undefined, catalog.manufacturers).group
    println(ctx.stdout, `${m.slug.padEnd(24)} ${m.name}${m.country ? ` (${m.country})` : ''}${group !== m.slug ? ` — group ${group}` : ''}`)
    for (const p of m.parents) {
      println(ctx.stdout, `${' '.repeat(25)}${p.kind} of ${p.parent}${p.from ? ` from ${p.from}` : ''}${p.until ? ` until ${p.until}` : ''} — ${p.source.title}${p.source.url ? ` <${p.source.url}>` : ''}`)
    }
    const s = m.interfaceMaker
    if (s !== undefined) {
      println(ctx.stdout, `${' '.repeat(25)}makes network interfaces for other makers' devices: its MACs name a device only beside other evidence — ${s.title}${s.url ? ` <${s.url}>` : ''}`)
    }
    const k = m.contractManufacturer
    if (k !== undefined) {
      println(ctx.stdout, `${' '.repeat(25)}builds devices for other brands: its MACs on a device whose other evidence names another maker name who built it, not a second maker — ${k.title}${k.url ? ` <${k.url}>` : ''}`)
    }
    const w = m.softwareMaker
    if (w !== undefined) {
      println(ctx.stdout, `${' '.repeat(25)}makes software that runs on other makers' hardware: its name in a banner or a scanner's product names that software, not the device's maker — ${w.title}${w.url ? ` <${w.url}>` : ''}`)
    }
    const c = m.chipMaker
    if (c !== undefined) {
      println(ctx.stdout, `${' '.repeat(25)}makes chips that other makers build into their devices: its name in a banner or a sysDescr names the chip (a component), not the device's maker — ${c.title}${c.url ? ` <${c.url}>` : ''}`)
    }
    const b = m.interfaceBlocks
    if (b !== undefined) {
      println(ctx.stdout, `${' '.repeat(25)}blocks ${b.prefixes.join(', ')} number network interfaces of other makers' devices: their MACs name a device only beside other evidence — ${b.source.title}${b.source.url ? ` <${b.source.url}>` : ''}`)
    }
  }
  println(ctx.stdout)
  println(ctx.stdout, 'Known OEM relations (brand sells products made by maker):')
  for (const r of catalog.oem) {
    println(ctx.stdout, `  ${r.brand} <- ${r.maker}${r.products ? ` (${r.products})` : ''}${r.from ? ` from ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}` +
      `; covers ${formatOemScope(r.scope)} — ${r.source.title}${r.source.url ? ` <${r.source.url}>` : ''}`)
  }
  return EXIT.ok
}
