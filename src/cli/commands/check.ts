import { resolve } from 'node:path'
import { checkInventory } from '../../check/check-inventory.js'
import { openOutputFile, stdoutOutput } from '../../io/output.js'
import { addToSummary, finishSummary, newSummary } from '../../report/findings.js'
import type { FindingsFormat } from '../../report/findings-writer.js'
import { buildFindingsWriter } from '../../report/findings-writer.js'
import { VERSION } from '../../version.js'
import type { Catalog } from '../../catalog/types.js'
import type { Device } from '../../domain/device.js'
import type { Attribution } from '../../domain/evidence.js'
import type { Finding } from '../../domain/finding.js'
import { formatHtmlReport } from '../../report/html.js'
import { dataDirFor, loadCatalogFor } from '../catalog-options.js'
import { readTextFile } from '../../io/read-text.js'
import { checkCsvInParallel } from '../../io/parallel-check.js'
import { detectInventoryFormat } from '../../inventory/parse.js'
import type { CompiledPolicy } from '../../policy/evaluate.js'
import type { FindingsWriter } from '../../report/findings-writer.js'
import type { DiagnosticsPrinter as Printer } from '../diagnostics-printer.js'
import { TrustpathError } from '../../errors.js'
import { statInventory } from '../../io/read-inventory.js'
import { startProgress } from '../progress.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println, write } from '../context.js'
import { DiagnosticsPrinter } from '../diagnostics-printer.js'
import type { InventoryOptions } from '../inventory-source.js'
import { openInventory } from '../inventory-source.js'
import { loadPolicyFor, parseDateOption } from '../policy-options.js'

type Options = InventoryOptions & { sites?: string; policy: string; format?: FindingsFormat | 'html'; output?: string; quiet?: boolean; now?: string; dataDir?: string; jobs?: string }

/**
 * `trustpath check <inventory> --policy <file>`: findings in inventory order, streamed to the
 * output as they are found; exit 0 clean, 1 findings, 2 input error.
 */
export default async function checkCommand(ctx: CliContext, inventory: string, opts: Options): Promise<number> {
  const now = opts.now !== undefined ? parseDateOption(opts.now, '--now') : ctx.now()
  const catalog = await loadCatalogFor(ctx, opts)
  const printer = new DiagnosticsPrinter(ctx, { showInfo: !opts.quiet })
  const policy = await loadPolicyFor(ctx, opts.policy, catalog, printer, opts.sites)
  if (opts.format === 'html') return checkToHtml(ctx, inventory, opts, catalog, policy, printer, now)
  const format: FindingsFormat = opts.format ?? (ctx.stdout.isTTY && !opts.output ? 'table' : 'json')
  const writer = buildFindingsWriter(format, {
    sarif: { policyFile: opts.policy, inventoryFile: inventory === '-' ? 'stdin' : inventory, rules: policy.policy.rules, toolVersion: VERSION },
    manufacturers: catalog.manufacturers,
    width: ctx.stdout.columns ?? 160,
  })
  const jobs = parseJobs(opts.jobs)
  if (jobs > 1 && !opts.strict && inventory !== '-' && (opts.inputFormat ?? detectInventoryFormat(inventory)) === 'csv') {
    return checkParallel(ctx, inventory, opts, { jobs, now, catalogDir: dataDirFor(ctx, opts), policy, printer, writer, format })
  }
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

function parseJobs(text: string | undefined): number {
  if (text === undefined) return 1
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new TrustpathError('usage', `--jobs: "${text}" is not a number of worker threads`, { hint: 'For example --jobs 2 (one per core).' })
  }
  return n
}

/** The same check with worker threads (CSV files only): same output, same order, same diagnostics. */
async function checkParallel(
  ctx: CliContext, inventory: string, opts: Options,
  run: { jobs: number; now: Date; catalogDir: string; policy: CompiledPolicy; printer: Printer; writer: FindingsWriter; format: FindingsFormat },
): Promise<number> {
  const path = resolve(ctx.cwd, inventory)
  const stat = await statInventory(path)
  const bar = startProgress(ctx, stat.totalBytes, opts.quiet)
  const out = opts.output ? await openOutputFile(resolve(ctx.cwd, opts.output)) : stdoutOutput(ctx.stdout)
  let result
  try {
    await write(out.stream, run.writer.head)
    result = await checkCsvInParallel({
      path, file: inventory, jobs: run.jobs, policy: run.policy, detectDuplicates: opts.duplicateCheck !== false,
      setup: {
        policyText: await readTextFile(resolve(ctx.cwd, opts.policy), 'policy'), policyFile: opts.policy, dataDir: run.catalogDir,
        now: run.now.toISOString(), format: run.format, inventoryFile: inventory, toolVersion: VERSION, width: ctx.stdout.columns ?? 160,
        sites: [...run.policy.sites.values()],
      },
      write: (text) => write(out.stream, text),
      onProgress: (bytes, devices) => bar.update(bytes, devices),
      onDiagnostics: (diagnostics) => run.printer.add(diagnostics),
    })
    run.printer.add(result.diagnostics)
    run.printer.finish()
    await write(out.stream, run.writer.tail(finishSummary(result.summary, result.devices, run.printer.counts.error)))
    await out.commit()
  } catch (err) {
    await out.abort()
    throw err
  } finally {
    bar.stop()
  }
  if (!opts.quiet && run.format !== 'table') {
    println(ctx.stderr, `${result.devices.toLocaleString('en-US')} devices checked: ${result.summary.findings.toLocaleString('en-US')} findings on ` +
      `${result.summary.devicesWithFindings.toLocaleString('en-US')} devices${opts.output ? `; written to ${opts.output}` : ''}.`)
  }
  if (run.printer.counts.error > 0) {
    println(ctx.stderr, `${run.printer.counts.error.toLocaleString('en-US')} malformed row(s) skipped; fix them, or use --strict to stop at the first.`)
    return EXIT.input
  }
  return result.summary.findings > 0 ? EXIT.findings : EXIT.ok
}

/** Devices an HTML report holds; past this the report says it shows only the first ones. */
const HTML_DEVICE_LIMIT = 20_000

/** `check --format html`: a self-contained report of the attributions and findings. */
async function checkToHtml(
  ctx: CliContext, inventory: string, opts: Options, catalog: Catalog, policy: CompiledPolicy, printer: Printer, now: Date,
): Promise<number> {
  const items: { device: Device; attribution: Attribution }[] = []
  const findings: Finding[] = []
  let total = 0
  const source = await openInventory(ctx, inventory, opts)
  let result
  try {
    result = await checkInventory(source.batches, {
      catalog, policy, now,
      onDevice: (device, attribution, found) => {
        total += found.length
        if (items.length >= HTML_DEVICE_LIMIT) return
        items.push({ device, attribution })
        for (const f of found) findings.push(f)
      },
      onFindings: () => {},
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
  const html = formatHtmlReport({
    title: `trustpath check: ${inventory}`, generatedAt: now.toISOString(), inventoryFile: inventory, policyFile: opts.policy,
    items, findings, manufacturers: catalog.manufacturers,
    catalogNotes: [`trustpath ${VERSION}`, `IEEE blocks: ${catalog.meta.oui.source}`, `enterprise numbers: ${catalog.meta.enterprise.source}`],
    ...(result.devices > items.length
      ? { notice: `Only the first ${items.length.toLocaleString('en-US')} of ${result.devices.toLocaleString('en-US')} devices are shown; use --format json or csv for all of them.` }
      : {}),
  })
  const out = opts.output ? await openOutputFile(resolve(ctx.cwd, opts.output)) : stdoutOutput(ctx.stdout)
  try {
    await write(out.stream, html)
    await out.commit()
  } catch (err) {
    await out.abort()
    throw err
  }
  if (printer.counts.error > 0) return EXIT.input
  return total > 0 ? EXIT.findings : EXIT.ok
}
