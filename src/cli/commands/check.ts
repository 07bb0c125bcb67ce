import { resolve } from 'node:path'
import { checkInventory } from '../../check/check-inventory.js'
import { openOutputFile, stdoutOutput } from '../../io/output.js'
import { formatFindingsCsv, formatFindingsTable, summarizeFindings } from '../../report/findings.js'
import { toSarif } from '../../report/sarif.js'
import { VERSION } from '../../version.js'
import { loadCatalogFor } from '../catalog-options.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println, write } from '../context.js'
import { DiagnosticsPrinter } from '../diagnostics-printer.js'
import type { InventoryOptions } from '../inventory-source.js'
import { openInventory } from '../inventory-source.js'
import { loadPolicyFor, parseDateOption } from '../policy-options.js'

type Format = 'table' | 'json' | 'csv' | 'sarif'
type Options = InventoryOptions & { policy: string; format?: Format; output?: string; quiet?: boolean; now?: string; dataDir?: string }

/** `trustpath check <inventory> --policy <file>`: the findings; exit 0 clean, 1 findings, 2 input error. */
export default async function checkCommand(ctx: CliContext, inventory: string, opts: Options): Promise<number> {
  const now = opts.now !== undefined ? parseDateOption(opts.now, '--now') : ctx.now()
  const catalog = await loadCatalogFor(ctx, opts)
  const printer = new DiagnosticsPrinter(ctx, { showInfo: !opts.quiet })
  const policy = await loadPolicyFor(ctx, opts.policy, catalog, printer)
  const source = await openInventory(ctx, inventory, opts)
  let result
  try {
    result = await checkInventory(source.batches, {
      catalog, policy, now,
      onBatch: (devices, diagnostics) => {
        printer.add(diagnostics)
        source.progress(devices)
      },
    })
  } finally {
    source.done()
  }
  printer.add(result.diagnostics)
  printer.finish()

  const format: Format = opts.format ?? (ctx.stdout.isTTY && !opts.output ? 'table' : 'json')
  const summary = summarizeFindings(result.findings, result.devices, printer.counts.error)
  let text: string
  switch (format) {
    case 'table':
      text = formatFindingsTable(result.findings, summary, catalog.manufacturers, ctx.stdout.columns ?? 160)
      break
    case 'json':
      text = `${JSON.stringify({ summary, findings: result.findings }, null, 2)}\n`
      break
    case 'csv':
      text = formatFindingsCsv(result.findings)
      break
    case 'sarif':
      text = `${JSON.stringify(toSarif(result.findings, {
        policyFile: opts.policy, inventoryFile: inventory === '-' ? 'stdin' : inventory,
        rules: policy.policy.rules, toolVersion: VERSION, deviceLines: result.deviceLines,
      }), null, 2)}\n`
      break
  }
  const out = opts.output ? await openOutputFile(resolve(ctx.cwd, opts.output)) : stdoutOutput(ctx.stdout)
  try {
    await write(out.stream, text)
    await out.commit()
  } catch (err) {
    await out.abort()
    throw err
  }
  if (!opts.quiet && format !== 'table') {
    println(ctx.stderr, `${summary.devices.toLocaleString('en-US')} devices checked: ${summary.findings.toLocaleString('en-US')} findings on ` +
      `${summary.devicesWithFindings.toLocaleString('en-US')} devices${opts.output ? `; written to ${opts.output}` : ''}.`)
  }
  if (printer.counts.error > 0) {
    println(ctx.stderr, `${printer.counts.error.toLocaleString('en-US')} malformed row(s) skipped; fix them, or use --strict to stop at the first.`)
    return EXIT.input
  }
  return result.findings.length > 0 ? EXIT.findings : EXIT.ok
}
