/**
 * The work of `trustpath identify` once its worker threads (if any) are started: see identify.ts,
 * which loads this module after starting them.
 */
import { identify } from '../../identify/identify.js'
import type { AttributionFormat } from '../../report/attributions.js'
import { addToTally, buildAttributionsWriter, mergeTally, newAttributionTally } from '../../report/attributions.js'
import { loadCatalogFor } from '../catalog-options.js'
import { EXIT } from '../cli.js'
import type { InventoryThreads } from '../inventory-workers.js'
import { runInWorkers } from '../run-in-workers.js'
import type { CliContext } from '../context.js'
import { BatchBytes, println, terminalWidth, write } from '../context.js'
import { DiagnosticsPrinter, inputErrorsLine, readSomething, writtenTo } from '../diagnostics-printer.js'
import type { InventoryOptions } from '../inventory-source.js'
import { openInventory } from '../inventory-source.js'
import { withOutput } from '../output-options.js'
import { formatCount } from '../../util/plural.js'

export type Options = InventoryOptions & { format?: AttributionFormat; output?: string; quiet?: boolean; at?: string; dataDir?: string; jobs?: string }

export async function identifyWith(ctx: CliContext, inventories: string[], opts: Options, format: AttributionFormat, pool: InventoryThreads | undefined): Promise<number> {
  const catalog = await loadCatalogFor(ctx, opts)
  const printer = new DiagnosticsPrinter(ctx, { all: opts.allDiagnostics === true, quiet: opts.quiet })
  const writer = buildAttributionsWriter(format, catalog, { width: terminalWidth(ctx, opts.output) ?? 160, merged: opts.merge === true })
  const tally = newAttributionTally()
  // Opened before anything is written: an unreadable inventory leaves no half-written output.
  const source = pool === undefined ? await openInventory(ctx, inventories, opts) : undefined
  await withOutput(ctx, opts.output, async (out) => {
    if (source === undefined) {
      await runInWorkers(ctx, pool!, inventories[0]!, opts, out, {
        head: writer.head,
        task: { kind: 'identify', at: opts.at },
        commaFirst: format === 'json',
        onDiagnostics: (diagnostics) => printer.add(diagnostics),
        onCounts: (counts) => { if (counts.kind === 'identify') mergeTally(tally, counts.tally) },
      })
    } else {
      const batches = new BatchBytes(out)
      // The head goes out with the first batch, after that batch's diagnostics: on a terminal, a
      // warning about the inventory's header line comes above the table rather than under its head.
      let head = false
      for await (const batch of source.batches) {
        printer.add(batch.diagnostics)
        if (!head) {
          batches.out.text(writer.head)
          head = true
        }
        for (const device of batch.devices) {
          const a = identify(device, catalog, opts.at !== undefined ? { at: opts.at } : {})
          writer.rowInto(device, a, batches.out)
          addToTally(tally, a)
        }
        await batches.flush()
        source.progress(tally.devices)
      }
      if (!head) await write(out, writer.head)
    }
    await write(out, writer.tail(tally.devices))
    // Errors that refused every device (a file of another format, rows all bad) leave the -o file as
    // it was: the attributions of nothing would replace the last good ones.
  }, { commitIf: () => readSomething(printer.counts.error, tally.devices) }).finally(() => source?.done())
  printer.finish()
  if (!opts.quiet) {
    const top = Object.entries(tally.groups).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8)
    println(ctx.stderr, `${formatCount(tally.devices, 'device')}: ${(tally.devices - tally.unknown).toLocaleString('en-US')} attributed, ` +
      `${tally.unknown.toLocaleString('en-US')} unknown` +
      (tally.interfaceOnly > 0 ? ` (${tally.interfaceOnly.toLocaleString('en-US')} known only by a network interface's maker)` : '') +
      `, ${tally.conflicts.toLocaleString('en-US')} with conflicts` +
      (top.length > 0 ? ` (${top.map(([g, n]) => `${g} ${n.toLocaleString('en-US')}`).join(', ')})` : '') +
      writtenTo(opts.output, readSomething(printer.counts.error, tally.devices)))
  }
  if (printer.counts.error > 0) {
    println(ctx.stderr, inputErrorsLine(printer.counts.error, tally.devices))
    return EXIT.input
  }
  return EXIT.ok
}
