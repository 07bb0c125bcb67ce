import type { AttributionFormat } from '../../report/attributions.js'
import { VERSION } from '../../version.js'
import type { CliContext } from '../context.js'
import { terminalWidth } from '../context.js'
import { dataDirFor } from '../data-dir.js'
import { parseDateOption } from '../date-option.js'
import { startWorkersFor } from '../inventory-workers.js'
import { assertOutputNotInput, formatOfOutput } from '../output-options.js'
import type { Options } from './identify-run.js'

/** `trustpath identify <inventory...>`: one row per device with its manufacturer, group, confidence and evidence. */
export default async function identifyCommand(ctx: CliContext, inventories: string[], opts: Options): Promise<number> {
  // A bad --at is a usage error before anything is read or written, not a failure deep in a worker.
  if (opts.at !== undefined) parseDateOption(opts.at, '--at')
  await assertOutputNotInput(ctx, opts.output, inventories.map((file) => ({ option: 'the inventory', file })))
  const format: AttributionFormat = opts.format ?? formatOfOutput(opts.output, ['json', 'jsonl', 'csv'] as const, 'identify') ??
    (ctx.stdout.isTTY && !opts.output ? 'table' : 'jsonl')
  const pool = await startWorkersFor(ctx, inventories, opts, {
    dataDir: dataDirFor(ctx, opts), now: ctx.now().toISOString(), format, toolVersion: VERSION, width: terminalWidth(ctx, opts.output) ?? 160,
  })
  try {
    // Loaded once the workers are starting (see inventory-workers.ts).
    const { identifyWith } = await import('./identify-run.js')
    return await identifyWith(ctx, inventories, opts, format, pool)
  } finally {
    await pool?.workers.close()
  }
}
