import type { FindingsFormat } from '../../report/findings-writer.js'
import { VERSION } from '../../version.js'
import type { CliContext } from '../context.js'
import { terminalWidth } from '../context.js'
import { dataDirFor } from '../data-dir.js'
import { parseDateOption } from '../date-option.js'
import { parseJobs, startWorkersFor } from '../inventory-workers.js'
import { assertOutputNotInput, formatOfOutput } from '../output-options.js'
import type { Options } from './check-run.js'

/**
 * `trustpath check <inventory...> --policy <file>`: findings in inventory order, streamed to the
 * output as they are found; exit 0 clean, 1 findings, 2 input error.
 */
export default async function checkCommand(ctx: CliContext, inventories: string[], opts: Options): Promise<number> {
  const now = opts.now !== undefined ? parseDateOption(opts.now, '--now') : ctx.now()
  const format: FindingsFormat | 'html' = opts.format ?? formatOfOutput(opts.output, ['json', 'jsonl', 'csv', 'sarif', 'html'] as const, 'check') ??
    (ctx.stdout.isTTY && !opts.output ? 'table' : 'json')
  parseJobs(opts.jobs) // a bad --jobs is a usage error whatever the input
  await assertOutputNotInput(ctx, opts.output, [
    ...inventories.map((file) => ({ option: 'the inventory', file })), { option: '-p', file: opts.policy }, { option: '--sites', file: opts.sites },
  ])
  const pool = format === 'html' ? undefined : await startWorkersFor(ctx, inventories, opts, {
    dataDir: dataDirFor(ctx, opts), now: now.toISOString(), format, toolVersion: VERSION, width: terminalWidth(ctx, opts.output) ?? 160,
  })
  try {
    // Loaded once the workers are starting (see inventory-workers.ts).
    const { checkWith } = await import('./check-run.js')
    return await checkWith(ctx, inventories, opts, now, format, pool)
  } finally {
    await pool?.workers.close()
  }
}
