import { ExitError } from '../../errors.js'
import { streamAnalysis } from '../../exposure/analyze.js'
import type { FlowExposureWithPath } from '../../exposure/analyze.js'
import type { ExposureSummary } from '../../exposure/types.js'
import { csvLine } from '../../report/csv.js'
import { formatExposureHtmlReport, HTML_FLOWS, mostExposedFirst } from '../../report/html.js'
import { EXPOSURE_CSV_COLUMNS, formatExposureCsv, formatExposureSummary, toExposureGeojson } from '../../report/exposure.js'
import { buildNodeNamer, exposureTableWidths, fitExposureTableWidths, formatExposureTableHeader, formatExposureTableRow, nameSummaryNodes } from '../../report/exposure-table.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println, terminalWidth, write } from '../context.js'
import { DiagnosticsPrinter } from '../diagnostics-printer.js'
import type { InventoryOptions } from '../inventory-source.js'
import { flowsSource, inNetworkFiles, loadNetwork, networkInputFiles, parseDefaultMetric, parseTransitRoles, rateNodes, stoppedAt } from '../network-options.js'
import { assertOutputNotInput, formatOfOutput, withOutput } from '../output-options.js'
import { parseDateOption } from '../date-option.js'
import { startFlowProgress } from '../progress.js'

export type ExposureFormat = 'table' | 'json' | 'csv' | 'geojson' | 'html'
type Options = InventoryOptions & {
  topology: string[]; interconnect?: string[]; inventory: string[]; policy: string; sites?: string; flows?: string; prefixes?: string; siteMap?: string
  format?: ExposureFormat; output?: string; unknownAs: 'untrusted' | 'trusted'; transitRoles?: string; now?: string; dataDir?: string
  defaultMetric?: string
}

/**
 * `trustpath exposure`: which sensitive flows cross untrusted equipment on the paths the network
 * routes them, and whether a clean path exists.
 */
export default async function exposureCommand(ctx: CliContext, opts: Options): Promise<number> {
  const now = opts.now !== undefined ? parseDateOption(opts.now, '--now') : ctx.now()
  const printer = new DiagnosticsPrinter(ctx, { showInfo: false, all: opts.allDiagnostics === true, quiet: opts.quiet })
  parseTransitRoles(opts.transitRoles) // a bad --transit-roles stops before anything is read
  const defaultMetric = parseDefaultMetric(opts.defaultMetric)
  await assertOutputNotInput(ctx, opts.output, [
    ...networkInputFiles(opts), ...opts.inventory.map((file) => ({ option: '-i', file })), { option: '-p', file: opts.policy }, { option: '--sites', file: opts.sites },
  ])
  const format: ExposureFormat = opts.format ?? formatOfOutput(opts.output, ['json', 'csv', 'geojson', 'html'] as const, 'exposure') ??
    (ctx.stdout.isTTY && !opts.output ? 'table' : 'json')
  const network = await loadNetwork(ctx, opts, printer, 'exposure')
  const { topology, topologyFile, flowsFile, skippedFlows } = network

  // Devices → nodes, rated with the policy (and a flow log's addresses placed on nodes by them).
  const { placements, devices, unplaced, inventoryErrors } = await rateNodes(ctx, opts, network, now, printer)
  const { flows, flowLines } = network

  // Text for people names nodes by label (with the id that tells them apart); JSON and CSV keep ids.
  const name = buildNodeNamer(topology)
  const summaryText = (totals: ExposureSummary): string => {
    const named = nameSummaryNodes(totals, placements, name)
    return formatExposureSummary(named.summary, named.placements, opts.unknownAs, skipped())
  }
  const skipped = (): number => skippedFlows + analysis.skipped
  const analysis = streamAnalysis(topology, placements, flows, {
    unknownAs: opts.unknownAs, routedPaths: format === 'geojson' || format === 'html', routedNodes: format === 'json' || format === 'csv', topologyFile, flowsFile, flowLines, defaultMetric, devices,
  })
  printer.add(inNetworkFiles(analysis.diagnostics, network))
  const printed = analysis.diagnostics.length
  printer.finish()
  if (printer.counts.error > 0 && analysis.count === 0) {
    println(ctx.stderr, stoppedAt(ctx, 'exposure', flowsSource(network)).line)
    throw new ExitError(EXIT.input)
  }

  // Results are written as they are computed: memory does not grow with the number of flows.
  const summary = await withOutput(ctx, opts.output, async (out): Promise<ExposureSummary> => {
    let totals: ExposureSummary
    let kept: FlowExposureWithPath[] = []
    let buffer = ''
    let first = true
    const flush = async (force: boolean) => {
      if (buffer.length > (force ? 0 : 1 << 20)) {
        await write(out, buffer)
        buffer = ''
      }
    }
    if (format === 'json') buffer += '{\n"flows": [\n'
    if (format === 'csv') buffer += csvLine(EXPOSURE_CSV_COLUMNS)
    // On a terminal, a row longer than its width is cut rather than wrapped, after its figures.
    const fitted = format === 'table' ? exposureTableWidths(flows, name, topology.nodes.map((n) => n.id)) : { id: 0, end: 0 }
    const line = terminalWidth(ctx, opts.output)
    const widths = format === 'table' && line !== undefined ? fitExposureTableWidths(fitted, line) : fitted
    if (format === 'table') buffer += formatExposureTableHeader(widths)
    // A bar over the flows on a long run, unless the table's rows go to the same terminal.
    const progress = startFlowProgress(ctx, analysis.count ?? network.generated, opts.quiet === true || (format === 'table' && ctx.stdout.isTTY === true && (opts.output ?? '-') === '-'))
    let done = 0
    try {
      for (;;) {
        const step = analysis.flows.next()
        if (step.done === true) {
          totals = step.value
          break
        }
        if ((++done & 1023) === 0) progress.tick(done)
        const f = step.value
        switch (format) {
          case 'json': buffer += `${first ? '' : ',\n'}${JSON.stringify(f)}`; break
          case 'csv': buffer += formatExposureCsv(f); break
          case 'table': buffer += formatExposureTableRow(f, name, widths, opts.unknownAs); break
          case 'geojson': kept.push(f); break
          case 'html':
            // The page lists the most exposed flows only: keep the top ones as they stream past.
            kept.push(f)
            if (kept.length >= 2 * HTML_FLOWS) kept = mostExposedFirst(kept, HTML_FLOWS)
            break
        }
        first = false
        await flush(false)
      }
    } finally {
      progress.stop()
    }
    switch (format) {
      case 'json':
        // Rows of the flow list left out for errors count in no total: say how many, as the table does.
        buffer += `\n],\n"summary": ${JSON.stringify({
          ...totals, ...(skipped() > 0 ? { skippedFlows: skipped() } : {}),
          // Devices the topology does not place make no node untrusted: say how many, and which untrusted ones.
          ...(unplaced.devices > 0 ? { unplacedDevices: unplaced } : {}),
          // Inventory rows that did not read (exit status 2) are on no node: say how many, as check's summary does.
          ...(inventoryErrors.count > 0 ? { malformedRows: inventoryErrors.count } : {}),
        }, null, 2)},\n"nodes": ${JSON.stringify(placements)},\n"links": ${JSON.stringify(analysis.links)}\n}\n`
        break
      case 'table':
        buffer += `\n${summaryText(totals)}`
        break
      case 'geojson':
        buffer += `${JSON.stringify(toExposureGeojson(topology, analysis.links, placements, kept))}\n`
        break
      case 'html': {
        kept = mostExposedFirst(kept, HTML_FLOWS)
        buffer += formatExposureHtmlReport({
          title: 'trustpath exposure', generatedAt: now.toISOString(), topologyFiles: opts.topology, inventoryFile: opts.inventory.join(', '), policyFile: opts.policy,
          ...(opts.flows === undefined ? {} : { flowsFile: opts.flows }),
          exposure: { topology, placements, flows: kept, summary: totals, unknownAs: opts.unknownAs }, skippedFlows: skipped(), unplacedDevices: unplaced,
          ...(inventoryErrors.count > 0 ? { inputErrors: inventoryErrors } : {}),
          ...(totals.flows > kept.length
            ? { notice: `The ${kept.length.toLocaleString('en-US')} most exposed of ${totals.flows.toLocaleString('en-US')} flows are listed; use --format json or csv for all of them.` }
            : {}),
        })
        break
      }
      case 'csv':
        break
    }
    await flush(true)
    return totals
  })
  // Generated flows are read as they are routed: what they gave to say comes at the end.
  if (analysis.diagnostics.length > printed) {
    printer.add(inNetworkFiles(analysis.diagnostics.slice(printed), network))
    printer.finish()
  }
  if (format !== 'table' && !opts.quiet) println(ctx.stderr, summaryText(summary).trimEnd())
  if (printer.counts.error > 0) return EXIT.input
  return summary.exposedVolume > 0 ? EXIT.findings : EXIT.ok
}

