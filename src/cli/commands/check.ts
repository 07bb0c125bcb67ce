import { resolve } from 'node:path'
import { checkInventory } from '../../check/check-inventory.js'
import { openOutputFile, stdoutOutput } from '../../io/output.js'
import { addToSummary, finishSummary, newSummary } from '../../report/findings.js'
import type { FindingsFormat } from '../../report/findings-writer.js'
import { buildFindingsWriter } from '../../report/findings-writer.js'
import { VERSION } from '../../version.js'
import { loadCatalogFor } from '../catalog-options.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println, write } from '../context.js'
import { DiagnosticsPrinter } from '../diagnostics-printer.js'
import type { InventoryOptions } from '../inventory-source.js'
import { openInventory } from '../inventory-source.js'
import { loadPolicyFor, parseDateOption } from '../policy-options.js'

type Options = InventoryOptions & { policy: string; format?: FindingsFormat; output?: string; quiet?: boolean; now?: string; dataDir?: string }

/**
 * `trustpath check <inventory> --policy <file>`: findings in inventory order, streamed to the
 * output as they are found; exit 0 clean, 1 findings, 2 input error.
 */
export default async function checkCommand(ctx: CliContext, inventory: string, opts: Options): Promise<number> {
  const now = opts.now !== undefined ? parseDateOption(opts.now, '--now') : ctx.now()
  const catalog = await loadCatalogFor(ctx, opts)
  const printer = new DiagnosticsPrinter(ctx, { showInfo: !opts.quiet })
  const policy = await loadPolicyFor(ctx, opts.policy, catalog, printer)
  const format: FindingsFormat = opts.format ?? (ctx.stdout.isTTY && !opts.output ? 'table' : 'json')
  const writer = buildFindingsWriter(format, {
    sarif: { policyFile: opts.policy, inventoryFile: inventory === '-' ? 'stdin' : inventory, rules: policy.policy.rules, toolVersion: VERSION },
    manufacturers: catalog.manufacturers,
    width: ctx.stdout.columns ?? 160,
  })
  const source = await openInventory(ctx, inventory, opts)
  const out = opts.output ? await openOutputFile(resolve(ctx.cwd, opts.output)) : stdoutOutput(ctx.stdout)
  const tally = newSummary()
  let result
  try {
    await write(out.stream, writer.head)
    let pending = ''
    result = await checkInventory(source.batches, {
      catalog, policy, now,
      onFindings: (findings, line) => {
        addToSummary(tally, findings)
        pending += writer.device(findings, line)
      },
      onBatch: (devices, diagnostics) => {
        printer.add(diagnostics)
        source.progress(devices)
        if (pending.length === 0) return
        const text = pending
        pending = ''
        return write(out.stream, text)
      },
    })
    printer.add(result.diagnostics)
    printer.finish()
    await write(out.stream, pending + writer.tail(finishSummary(tally, result.devices, printer.counts.error)))
    await out.commit()
  } catch (err) {
    await out.abort()
    throw err
  } finally {
    source.done()
  }
  if (!opts.quiet && format !== 'table') {
    println(ctx.stderr, `${result.devices.toLocaleString('en-US')} devices checked: ${tally.findings.toLocaleString('en-US')} findings on ` +
      `${tally.devicesWithFindings.toLocaleString('en-US')} devices${opts.output ? `; written to ${opts.output}` : ''}.`)
  }
  if (printer.counts.error > 0) {
    println(ctx.stderr, `${printer.counts.error.toLocaleString('en-US')} malformed row(s) skipped; fix them, or use --strict to stop at the first.`)
    return EXIT.input
  }
  return tally.findings > 0 ? EXIT.findings : EXIT.ok
}
