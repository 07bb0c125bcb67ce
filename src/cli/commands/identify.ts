import type { Catalog } from '../../catalog/types.js'
import type { Device } from '../../domain/device.js'
import type { Attribution } from '../../domain/evidence.js'
import { identify } from '../../identify/identify.js'
import {
  ATTRIBUTION_CSV_COLUMNS, buildAttributionJson, formatAttributionCsv, formatAttributionTableHeader, formatAttributionTableRow,
} from '../../report/attributions.js'
import { csvLine } from '../../report/csv.js'
import { loadCatalogFor } from '../catalog-options.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println, write } from '../context.js'
import { DiagnosticsPrinter } from '../diagnostics-printer.js'
import type { InventoryOptions } from '../inventory-source.js'
import { openInventory } from '../inventory-source.js'
import { withOutput } from '../output-options.js'

type Format = 'table' | 'json' | 'jsonl' | 'csv'
type Options = InventoryOptions & { format?: Format; output?: string; quiet?: boolean; at?: string; dataDir?: string }

/** `trustpath identify <inventory>`: one row per device with its manufacturer, group, confidence and evidence. */
export default async function identifyCommand(ctx: CliContext, inventory: string, opts: Options): Promise<number> {
  const catalog = await loadCatalogFor(ctx, opts)
  const format: Format = opts.format ?? (ctx.stdout.isTTY && !opts.output ? 'table' : 'jsonl')
  const source = await openInventory(ctx, inventory, opts)
  const printer = new DiagnosticsPrinter(ctx)
  const writer = rowWriter(format, catalog, ctx.stdout.columns ?? 160)
  const tally = { devices: 0, unknown: 0, conflicts: 0, groups: new Map<string, number>() }
  try {
    await withOutput(ctx, opts.output, async (out) => {
      await write(out, writer.head)
      for await (const batch of source.batches) {
        printer.add(batch.diagnostics)
        let text = ''
        for (const device of batch.devices) {
          const a = identify(device, catalog, opts.at !== undefined ? { at: opts.at } : {})
          text += writer.row(device, a, tally.devices === 0)
          tally.devices++
          if (a.group === undefined) tally.unknown++
          else tally.groups.set(a.group, (tally.groups.get(a.group) ?? 0) + 1)
          if (a.conflicts.length > 0) tally.conflicts++
        }
        if (text !== '') await write(out, text)
        source.progress(tally.devices)
      }
      await write(out, writer.tail)
    })
  } finally {
    source.done()
  }
  printer.finish()
  if (!opts.quiet) {
    const top = [...tally.groups.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8)
    println(ctx.stderr, `${tally.devices.toLocaleString('en-US')} devices: ${(tally.devices - tally.unknown).toLocaleString('en-US')} attributed, ` +
      `${tally.unknown.toLocaleString('en-US')} unknown, ${tally.conflicts.toLocaleString('en-US')} with conflicts` +
      (top.length > 0 ? ` (${top.map(([g, n]) => `${g} ${n.toLocaleString('en-US')}`).join(', ')})` : '') +
      (opts.output ? `; written to ${opts.output}` : ''))
  }
  if (printer.counts.error > 0) {
    println(ctx.stderr, `${printer.counts.error.toLocaleString('en-US')} input error(s), listed above; what they name was skipped. Fix them, or use --strict to stop at the first.`)
    return EXIT.input
  }
  return EXIT.ok
}

type RowWriter = { head: string; row: (device: Device, a: Attribution, first: boolean) => string; tail: string }

function rowWriter(format: Format, catalog: Catalog, width: number): RowWriter {
  switch (format) {
    case 'json': {
      const json = buildAttributionJson(catalog)
      return { head: '[\n', row: (d, a, first) => `${first ? '' : ',\n'}${json(d, a)}`, tail: '\n]\n' }
    }
    case 'jsonl': {
      const json = buildAttributionJson(catalog)
      return { head: '', row: (d, a) => `${json(d, a)}\n`, tail: '' }
    }
    case 'csv':
      return { head: csvLine(ATTRIBUTION_CSV_COLUMNS), row: (d, a) => formatAttributionCsv(d, a, catalog), tail: '' }
    case 'table':
      return { head: formatAttributionTableHeader(), row: (d, a) => formatAttributionTableRow(d, a, catalog, width), tail: '' }
  }
}
