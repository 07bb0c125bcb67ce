/**
 * The work of `trustpath check` once its worker threads (if any) are started: see check.ts, which
 * loads this module after starting them.
 */
import type { Writable } from 'node:stream'
import type { Catalog } from '../../catalog/types.js'
import { checkInventory } from '../../check/check-inventory.js'
import type { Device } from '../../domain/device.js'
import type { Attribution } from '../../domain/evidence.js'
import type { Finding } from '../../domain/finding.js'
import type { CompiledPolicy } from '../../policy/evaluate.js'
import { exemptionDiagnostics, mergeCheckState, newCheckState } from '../../policy/evaluate.js'
import type { CheckSummary } from '../../report/findings.js'
import { addToSummary, finishSummary, formatDeadlines, formatNotInService, formatWaived, mergeSummary, newSummary } from '../../report/findings.js'
import type { FindingsFormat, FindingsWriter } from '../../report/findings-writer.js'
import { buildFindingsWriter, deviceInto } from '../../report/findings-writer.js'
import { formatHtmlReport } from '../../report/html.js'
import { GITHUB_SARIF_RESULT_LIMIT } from '../../report/sarif.js'
import { VERSION } from '../../version.js'
import { loadCatalogFor } from '../catalog-options.js'
import { EXIT } from '../cli.js'
import type { InventoryThreads } from '../inventory-workers.js'
import { runInWorkers } from '../run-in-workers.js'
import type { CliContext } from '../context.js'
import { BatchBytes, println, terminalWidth, write } from '../context.js'
import { DiagnosticsPrinter, inputErrorsLine, readSomething, writtenTo } from '../diagnostics-printer.js'
import type { InventoryOptions, InventorySourceHandle } from '../inventory-source.js'
import { openInventory } from '../inventory-source.js'
import { STDIN_FILE } from '../../io/inventory-file.js'
import { withOutput } from '../output-options.js'
import { loadPolicyFor } from '../policy-options.js'
import { formatCount } from '../../util/plural.js'

export type Options = InventoryOptions & {
  policy: string; sites?: string; format?: FindingsFormat | 'html'; output?: string; quiet?: boolean; now?: string; dataDir?: string; jobs?: string
  /** False (`--no-waived`): leave out the findings exemptions waive, which are written, marked, by default. */
  waived?: boolean
}

/** What a check run needs once the catalog and policy are loaded. */
type Run = { ctx: CliContext; inventories: string[]; opts: Options; catalog: Catalog; policy: CompiledPolicy; printer: DiagnosticsPrinter; now: Date }

/** Devices an HTML report holds; past this the report says it shows only the first ones. */
const HTML_DEVICE_LIMIT = 20_000

export async function checkWith(ctx: CliContext, inventories: string[], opts: Options, now: Date, format: FindingsFormat | 'html', pool: InventoryThreads | undefined): Promise<number> {
  const catalog = await loadCatalogFor(ctx, opts)
  const printer = new DiagnosticsPrinter(ctx, { showInfo: !opts.quiet, all: opts.allDiagnostics === true, quiet: opts.quiet })
  // With --no-waived, waived findings are neither kept nor counted: the output holds the findings that count only.
  const policy = await loadPolicyFor(ctx, opts.policy, catalog, printer, opts.sites, { keepWaived: opts.waived !== false })
  const run: Run = { ctx, inventories, opts, catalog, policy, printer, now }
  if (format === 'html') return checkToHtml(run)

  // Opened before anything is written: an unreadable inventory leaves no half-written output.
  const source = pool === undefined ? await openInventory(ctx, inventories, opts) : undefined
  // SARIF locates each finding in its file: every file read is an artifact.
  const files = (source?.files ?? inventories).map((f) => (f === '-' || f === STDIN_FILE ? 'stdin' : f))
  const writer = buildFindingsWriter(format, {
    sarif: { policyFile: opts.policy, inventoryFile: files[0]!, inventoryFiles: files, rules: policy.policy.rules, toolVersion: VERSION },
    manufacturers: catalog.manufacturers,
    width: terminalWidth(ctx, opts.output) ?? 160,
    merged: opts.merge === true,
  })
  const summary = await withOutput(ctx, opts.output, async (out) => {
    const { devices, tally } = source === undefined ? await checkParallel(run, out, pool!, format, writer.head) : await checkSequential(run, out, writer, source)
    printer.finish()
    const finished = finishSummary(tally, devices, printer.counts.error)
    await write(out, writer.tail(finished))
    return finished
  }, { commitIf: (finished) => readSomething(printer.counts.error, finished.devices) }).finally(() => source?.done())
  if (format !== 'table') printSummaryLine(run, summary)
  if (format === 'sarif') warnOfSarifLimit(run, summary.findings + (summary.waived ?? 0))
  return exitStatus(run, summary.findings, summary.devices)
}

/**
 * Says that GitHub code scanning will refuse a SARIF log of more results than it takes: the upload
 * fails, far from the run that could have been split. Said under --quiet too, since the file is
 * of no use for that service.
 */
function warnOfSarifLimit({ ctx, opts }: Run, results: number): void {
  if (results <= GITHUB_SARIF_RESULT_LIMIT) return
  const file = opts.output !== undefined && opts.output !== '-' ? opts.output : 'the SARIF log'
  println(ctx.stderr, `warning: ${file} holds ${results.toLocaleString('en-US')} results, and GitHub code scanning refuses a run of more than ` +
    `${GITHUB_SARIF_RESULT_LIMIT.toLocaleString('en-US')} (it shows the 5,000 most severe of those it takes). ` +
    'Check the inventory in parts, one SARIF file each (sites, networks), or give the rules narrower scopes.')
}

/** The one-line summary on standard error, for the formats whose output holds no summary for a reader. */
function printSummaryLine(run: Run, counts: Pick<CheckSummary, 'devices' | 'findings' | 'devicesWithFindings' | 'byLifecycle' | 'waived' | 'deadlines'>): void {
  const { ctx, opts, printer } = run
  if (opts.quiet) return
  const written = writtenTo(opts.output, readSomething(printer.counts.error, counts.devices))
  println(ctx.stderr, `${formatCount(counts.devices, 'device')} checked: ${formatCount(counts.findings, 'finding')} on ` +
    `${formatCount(counts.devicesWithFindings, 'device')}${formatWaived(counts)}${written}.`)
  const deadlines = formatDeadlines(counts)
  if (deadlines !== '') println(ctx.stderr, `${deadlines}.`)
  const notInService = formatNotInService(counts)
  if (notInService !== '') println(ctx.stderr, `${notInService}.`)
}

/** 2 when rows were malformed (after saying so), else 1 with findings, else 0. */
function exitStatus({ ctx, printer }: Run, findings: number, devices: number): number {
  if (printer.counts.error > 0) {
    println(ctx.stderr, inputErrorsLine(printer.counts.error, devices))
    return EXIT.input
  }
  return findings > 0 ? EXIT.findings : EXIT.ok
}

/** One thread: findings are written batch by batch, as they are found. */
async function checkSequential(run: Run, out: Writable, writer: FindingsWriter, source: InventorySourceHandle): Promise<{ devices: number; tally: CheckSummary }> {
  const { catalog, policy, printer, now } = run
  const tally = newSummary()
  const batches = new BatchBytes(out)
  // The head goes out with the first batch, after that batch's diagnostics (findings are only
  // buffered until then): on a terminal, a warning about the inventory's header line comes above
  // the table rather than under its head.
  let head = false
  const writeHead = () => {
    if (!head) batches.out.text(writer.head)
    head = true
  }
  const result = await checkInventory(source.batches, {
    catalog, policy, now,
    onFindings: (findings, line, file) => {
      addToSummary(tally, findings)
      writeHead()
      deviceInto(writer, findings, line, batches.out, file === STDIN_FILE ? 'stdin' : file)
    },
    onBatch: (devices, diagnostics) => {
      printer.add(diagnostics)
      writeHead()
      source.progress(devices)
      return batches.flush()
    },
  })
  printer.add(result.diagnostics)
  writeHead()
  await batches.flush()
  return { devices: result.devices, tally }
}

/** Worker threads (CSV files only): the same output, in the same order, with the same diagnostics. */
async function checkParallel(run: Run, out: Writable, pool: InventoryThreads, format: FindingsFormat, head: string): Promise<{ devices: number; tally: CheckSummary }> {
  const { ctx, inventories, opts, policy, printer, now } = run
  const tally = newSummary()
  const result = await runInWorkers(ctx, pool, inventories[0]!, opts, out, {
    head,
    task: { kind: 'check', policy: policy.policy, policyFile: opts.policy, sites: [...policy.sites.values()], keepWaived: policy.keepWaived },
    commaFirst: format === 'json' || format === 'sarif',
    onDiagnostics: (diagnostics) => printer.add(diagnostics),
    onCounts: (counts) => { if (counts.kind === 'check') mergeSummary(tally, counts.summary) },
  })
  const state = newCheckState(policy)
  mergeCheckState(state, result)
  printer.add(exemptionDiagnostics(policy, state, now))
  return { devices: result.devices, tally }
}

/** `check --format html`: a self-contained report of the attributions and findings. */
async function checkToHtml(run: Run): Promise<number> {
  const { ctx, inventories, opts, catalog, policy, printer, now } = run
  const inventory = inventories.join(', ')
  const items: { device: Device; attribution: Attribution }[] = []
  const findings: Finding[] = []
  // Counts of every finding, also of those past the devices the page shows.
  const tally = newSummary()
  const source = await openInventory(ctx, inventories, opts)
  let devices = 0
  try {
    const result = await checkInventory(source.batches, {
      catalog, policy, now,
      onDevice: (device, attribution, found) => {
        addToSummary(tally, found)
        if (items.length >= HTML_DEVICE_LIMIT) return
        items.push({ device, attribution })
        for (const f of found) findings.push(f)
      },
      onFindings: () => {},
      onBatch: (count, diagnostics) => {
        printer.add(diagnostics)
        source.progress(count)
      },
    })
    printer.add(result.diagnostics)
    devices = result.devices
  } finally {
    source.done()
  }
  printer.finish()
  const html = formatHtmlReport({
    title: `trustpath check: ${inventory}`, generatedAt: now.toISOString(), inventoryFile: inventory, policyFile: opts.policy,
    ...(printer.counts.error > 0 ? { inputErrors: { count: printer.counts.error, ...(printer.firstError !== undefined ? { first: printer.firstError } : {}) } } : {}),
    items, findings, manufacturers: catalog.manufacturers,
    catalogNotes: [`trustpath ${VERSION}`, `IEEE blocks: ${catalog.meta.oui.source}`, `enterprise numbers: ${catalog.meta.enterprise.source}`],
    ...(devices > items.length
      ? {
        notice: `Only the first ${items.length.toLocaleString('en-US')} of ${devices.toLocaleString('en-US')} devices are shown; use --format json or csv for all of them.`,
        totals: {
          devices, devicesWithFindings: tally.devicesWithFindings, findings: tally.findings, byRule: tally.byRule, bySeverity: tally.bySeverity,
          ...(tally.waived !== undefined && { waived: tally.waived }),
          ...(tally.deadlines !== undefined && { deadlines: tally.deadlines }),
        },
      }
      : {}),
  })
  await withOutput(ctx, opts.output, (out) => Promise.resolve(write(out, html)), { commitIf: () => readSomething(printer.counts.error, devices) })
  printSummaryLine(run, { ...tally, devices })
  return exitStatus(run, tally.findings, devices)
}

