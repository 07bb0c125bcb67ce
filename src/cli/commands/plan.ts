import { resolve } from 'node:path'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { ExitError, TrustpathError } from '../../errors.js'
import { analyzeExposure } from '../../exposure/analyze.js'
import type { FlowExposureWithPath } from '../../exposure/analyze.js'
import { decodeTextFile, readFileBytes, readTextFile } from '../../io/read-text.js'
import { isZip } from '../../inventory/formats.js'
import { assertNotInventory } from '../../io/read-topology.js'
import { createHighsSolver } from '../../io/solvers/highs.js'
import { DEFAULT_COST_TABLE } from '../../plan/cost-table.js'
import { buildCostTable, parseCostOverrides, parseCostWorkbook } from '../../plan/costs.js'
import { moneyUsageError, parseBudgets, parseMoney, parsePhases } from '../../plan/phases.js'
import { buildPlanInput, DEFAULT_CLASS_WEIGHTS } from '../../plan/plan-input.js'
import type { PlanDevice } from '../../plan/plan-input.js'
import type { PlanInput } from '../../plan/types.js'
import { planReplacements } from '../../plan/plan.js'
import { parseSchedule, scheduleRowsOffCandidates, validateScheduleDeadlines, type ScheduleEntry } from '../../plan/schedule.js'
import { compareSubsidyRules, ineligibleAfter } from '../../plan/subsidy.js'
import type { SubsidyComparison, SubsidyRequest } from '../../plan/subsidy.js'
import type { Phase, PlanObjective } from '../../plan/types.js'
import { showControlsInLines } from '../../util/text-width.js'
import { formatInfeasibilityText, formatPlanCsv, formatPlanHeadline, formatPlanText, formatSubsidyText, formatUsd } from '../../report/plan.js'
import { formatPlanHtmlReport, HTML_FLOWS, mostExposedFirst } from '../../report/html.js'
import { buildNodeNamer } from '../../report/exposure-table.js'
import type { ExposureSummary } from '../../exposure/types.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println, write } from '../context.js'
import { DiagnosticsPrinter } from '../diagnostics-printer.js'
import type { InventoryOptions } from '../inventory-source.js'
import type { NetworkOptions } from '../network-options.js'
import { flowsSource, inNetworkFiles, loadNetwork, networkInputFiles, parseDefaultMetric, parseTransitRoles, rateNodes, stopOnErrors, stoppedAt } from '../network-options.js'
import { assertOutputNotInput, formatOfOutput, withOutput } from '../output-options.js'
import { parseDateOption } from '../date-option.js'
import { startStatusLine } from '../progress.js'
import { formatCount, pluralOf } from '../../util/plural.js'

type Options = InventoryOptions & NetworkOptions & {
  inventory: string[]; policy: string; sites?: string; phases?: string; budget?: string[]; carryOver?: boolean; costs?: string; schedule?: string
  objective: PlanObjective; allowReroute?: boolean; deadlineRules?: string; classWeight?: string; timeLimit: string; solver: 'highs' | 'greedy'
  subsidy?: string; subsidyCutoff?: string; unknownAs: 'untrusted' | 'trusted'; format?: 'text' | 'json' | 'csv' | 'html'; output?: string; now?: string; dataDir?: string
}

/**
 * `trustpath plan`: which untrusted devices to replace in which phase, within the budgets and by
 * the deadlines, cleaning the most sensitive traffic earliest; exit 0 with a plan, 1 when no plan
 * meets the deadlines (with the budget increases that would), 2 for usage or input errors.
 */
export default async function planCommand(ctx: CliContext, opts: Options): Promise<number> {
  const now = opts.now !== undefined ? parseDateOption(opts.now, '--now') : ctx.now()
  const year = now.getUTCFullYear()
  const phases = parsePhases(opts.phases ?? `${year}-${year + 3}`)
  const timeLimit = Number(opts.timeLimit)
  // Infinity (or 1e400) reached the solver, which refuses a limit that is not finite.
  if (!(timeLimit > 0) || !Number.isFinite(timeLimit * 1000)) {
    // 0 or -5 is a number, and to call it none puzzled: the limit must leave the solver some time.
    const why = Number.isFinite(timeLimit) && opts.timeLimit.trim() !== '' ? 'is not more than 0 seconds: the solver needs some time' : 'is not a number of seconds'
    throw new TrustpathError('usage', `--time-limit: "${opts.timeLimit}" ${why}`, { hint: 'For example --time-limit 60.' })
  }
  // The budgets are checked now too, every network they name taken as loaded, and the subsidy read:
  // a mistyped amount or phase is told before the inventory and topologies are read (minutes for
  // big ones) rather than after; the network names are checked once the networks are loaded.
  parseBudgets(opts.budget ?? [], phases, networksNamedIn(opts.budget ?? []), { carryOver: opts.carryOver === true })
  const fund = opts.subsidy !== undefined ? parseAmount(opts.subsidy) : undefined
  if (opts.subsidyCutoff !== undefined && fund === undefined) {
    throw new TrustpathError('usage', '--subsidy-cutoff needs --subsidy: it says which devices the fund may pay for', { hint: 'For example --subsidy 1.9B --subsidy-cutoff 2020-06-30.' })
  }
  const cutoff = opts.subsidyCutoff === undefined ? undefined : parseDateOption(opts.subsidyCutoff, '--subsidy-cutoff').toISOString().slice(0, 10)
  await assertOutputNotInput(ctx, opts.output, [
    ...networkInputFiles(opts), ...opts.inventory.map((file) => ({ option: '-i', file })), { option: '-p', file: opts.policy }, { option: '--sites', file: opts.sites },
    { option: '--costs', file: opts.costs }, { option: '--schedule', file: opts.schedule },
  ])
  const format = opts.format ?? formatOfOutput(opts.output, ['json', 'csv', 'html'] as const, 'plan') ?? 'text'
  // Flows are routed on the topologies: without one, --flows and the options about routing were
  // silently unused and the plan valued no flow, which reads as "no sensitive traffic exposed".
  const routing = [['--flows', opts.flows], ['--interconnect', opts.interconnect], ['--allow-reroute', opts.allowReroute], ['--site-map', opts.siteMap]] as const
  const unused = routing.filter(([, value]) => value !== undefined && value !== false).map(([option]) => option)
  if ((opts.topology ?? []).length === 0 && unused.length > 0) {
    const why = unused.length === 1 && unused[0] === '--site-map' ? 'its table places devices on the nodes of the operator topologies' : 'flows are routed on the operator topologies'
    throw new TrustpathError('usage', `${unused.join(', ')} ${unused.length === 1 ? 'needs' : 'need'} -t (--topology): ${why}`, {
      hint: 'Add -t network.graphml (see trustpath exposure --help for the formats), or leave the option out to plan by deadlines and costs alone.',
    })
  }
  const printer = new DiagnosticsPrinter(ctx, { showInfo: false, all: opts.allDiagnostics === true, quiet: opts.quiet })

  let costTable = DEFAULT_COST_TABLE
  if (opts.costs !== undefined) {
    const path = resolve(ctx.cwd, opts.costs)
    const bytes = await readFileBytes(path, 'cost table')
    // A procurement sheet kept in Excel is read as it is saved (.xlsx), as a CSV file is.
    let parsed: ReturnType<typeof parseCostOverrides>
    if (isZip(bytes)) parsed = parseCostWorkbook(bytes, { file: opts.costs })
    else {
      const text = decodeTextFile(bytes, path, 'cost table')
      assertNotInventory(text, opts.costs, { required: ['equipment'], optional: [] }, 'a cost table', 'Give the costs (role,model,equipment,labour,site_overhead) with --costs, and the inventory with -i.')
      parsed = parseCostOverrides(text, { file: opts.costs })
    }
    stopBeforePlanning(ctx, printer, parsed.diagnostics, opts.costs)
    costTable = buildCostTable(parsed.value)
  }
  let schedule: Map<string, ScheduleEntry> | undefined
  if (opts.schedule !== undefined) {
    const text = await readTextFile(resolve(ctx.cwd, opts.schedule), 'schedule')
    assertNotInventory(text, opts.schedule, { required: ['phase', 'not_before'], optional: [] }, 'a schedule', 'Give the schedule (device,phase,not_before) with --schedule, and the inventory with -i.')
    const parsed = parseSchedule(text, { file: opts.schedule }, phases)
    stopBeforePlanning(ctx, printer, parsed.diagnostics, opts.schedule)
    schedule = parsed.schedule
  }
  const classWeights = parseClassWeights(opts.classWeight)
  const defaultMetric = parseDefaultMetric(opts.defaultMetric)

  const deadlineRules = opts.deadlineRules === undefined ? undefined : new Set(opts.deadlineRules.split(',').map((s) => s.trim()).filter(Boolean))
  const network = await loadNetwork(ctx, opts, printer, 'plan')
  const transitRoles = parseTransitRoles(opts.transitRoles)
  const devices: PlanDevice[] = []
  const networks = new Set<string>()
  // The scheduled devices the inventory holds: a schedule row for any other is a mistyped id.
  const scheduledSeen = new Set<string>()
  /** Schedule rows that name no device id, by the ids of the devices of that name or alias. */
  const scheduledByName = new Map<string, string[]>()
  // A device without a network of its own is the operator's whose node it sits on: its budget
  // (--budget Abilene:300k) and its share of a subsidy are that network's.
  const nodeNetwork = new Map(network.topology.nodes.flatMap((n) => (n.network === undefined ? [] : [[n.id, n.network] as const])))
  const { placements, devices: flowEndDevices, inventoryErrors, unplaced } = await rateNodes(ctx, opts, network, now, printer, (device, attribution, findings, node) => {
    const operator = device.network ?? (node === undefined ? undefined : nodeNetwork.get(node))
    if (operator !== undefined) networks.add(operator)
    if (schedule?.has(device.id)) scheduledSeen.add(device.id)
    // A row may name the device as the team calls it (rt-fra-01) where the inventory's ids are a
    // tool's (NetBox's 101), or by another id it was read under (an alias of a device merged by --merge).
    else if (schedule !== undefined) {
      for (const other of new Set([device.name, ...(device.aliases ?? [])])) {
        if (other !== undefined && schedule.has(other)) scheduledByName.set(other, [...(scheduledByName.get(other) ?? []), device.id])
      }
    }
    if (findings.some((f) => f.effect.kind !== 'flag')) {
      devices.push({ device: operator === device.network ? device : { ...device, network: operator }, group: attribution.group, findings, node })
    }
  }, (policy) => {
    // A rule id the policy does not have (a typo) made every finding lose its deadline, silently.
    const ids = policy.policy.rules.map((r) => r.id)
    const unknown = deadlineRules === undefined ? [] : [...deadlineRules].filter((id) => !ids.includes(id))
    if (unknown.length > 0) {
      throw new TrustpathError('usage', `--deadline-rules: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is not a rule' : 'are not rules'} of ${opts.policy}`, {
        hint: `The policy's rules: ${ids.join(', ')}.`,
      })
    }
  })
  printer.finish()
  // A row that names one device by its name or alias (and no device by its id) schedules that device.
  for (const [name, ids] of scheduledByName) {
    if (ids.length !== 1 || scheduledSeen.has(name) || schedule?.has(ids[0]!)) continue
    schedule!.set(ids[0]!, schedule!.get(name)!)
    schedule!.delete(name)
    scheduledSeen.add(ids[0]!)
  }

  const budgets = parseBudgets(opts.budget ?? [], phases, [...networks].sort(), { carryOver: opts.carryOver === true })
  let exposures: FlowExposureWithPath[] = []
  let exposureSummary: ExposureSummary | undefined
  if (network.topology.nodes.length > 0) {
    const analysis = analyzeExposure(network.topology, placements, network.flows, {
      unknownAs: opts.unknownAs, topologyFile: network.topologyFile, flowsFile: network.flowsFile, flowLines: network.flowLines, defaultMetric,
      routedPaths: format === 'html', devices: flowEndDevices,
    })
    // A flow whose end names no node is skipped, as `exposure` skips it, and the run exits 2 after
    // the plan; only a flow list of which nothing could be routed stops here.
    const diagnostics = inNetworkFiles(analysis.diagnostics, network)
    if (analysis.flows.length === 0) stopOnErrors(printer, diagnostics, undefined, stoppedAt(ctx, 'plan', flowsSource(network)))
    else printer.add(diagnostics)
    exposures = analysis.flows
    exposureSummary = analysis.summary
  }
  // A flow between parts of the network that no link joins is routed nowhere: no replacement
  // cleans it and it is in no count of the plan, so it is named rather than silently dropped.
  const unrouted = exposures.filter((f) => f.routedMetric === null).map((f) => f.id)
  // Flows no untrusted equipment is on: counted, so that every flow of the list is accounted for.
  const cleanFlows = exposures.filter((f) => f.routedMetric !== null && f.exposedShare === 0).length
  const cleanAlready = cleanFlows > 0 ? `; ${formatCount(cleanFlows, 'flow')} ${pluralOf(cleanFlows, 'is', 'are')} clean already` : ''
  // Rows of the flow list left out for errors (an end that names no node, a bad volume): told in the
  // plan itself too, since a plan saved as JSON or HTML is read without the messages of its run.
  const skippedFlows = network.skippedFlows + (Array.isArray(network.flows) ? (network.flows as readonly unknown[]).length - exposures.length : 0)
  const { input, uncleanable, deviceValue, outOfService, dueAfterPhases, unweightedClasses } = buildPlanInput(devices, exposures, {
    phases, budgets, costTable, objective: opts.objective, classWeights, allowReroute: opts.allowReroute === true,
    unknownAs: opts.unknownAs, transitRoles, ...(schedule ? { schedule } : {}),
    deadlineRules,
  })
  const unbudgeted = unbudgetedCandidates(input)
  // A tool's numeric id (NetBox's `101`) says nothing to the reader: lines that list devices give the
  // name beside it, as the plan's tables do.
  const names = new Map(devices.flatMap((d) => (d.device.name !== undefined && d.device.name !== d.device.id ? [[d.device.id, d.device.name] as const] : [])))
  const label = (id: string): string => (names.has(id) ? `${id} (${names.get(id)!})` : id)
  if (unweightedClasses.length > 0) {
    const file = flowsSource(network)
    const known = Object.entries(classWeights).map(([k, w]) => `${k}=${w}`)
    printer.add(unweightedClasses.map((u) => {
      const line = network.flowLines?.get(u.flows[0]!)
      return { code: 'unweighted_flow_class', severity: 'warning', at: line === undefined ? { file } : { file, line }, class: u.class, flows: u.flows.length, weight: 1, known }
    }))
  }
  // Deadlines are known only now, from the findings: a schedule row past one stops the run as a bad
  // schedule row does, rather than reaching the planner as a plan that cannot meet it.
  if (schedule !== undefined && opts.schedule !== undefined) {
    const source = { file: opts.schedule }
    stopBeforePlanning(ctx, printer, [
      // A name that several devices share schedules none of them: the row says which they are.
      ...scheduleRowsOffCandidates(input.candidates, schedule, source, (id) => scheduledSeen.has(id), outOfService).map((d) => {
        const shared = d.code === 'schedule_not_candidate' && !d.inInventory ? scheduledByName.get(d.device) : undefined
        return shared !== undefined && shared.length > 1 ? { ...d, sharedBy: shared } : d
      }),
      ...validateScheduleDeadlines(input.candidates, schedule, phases, source),
    ], opts.schedule)
  }
  const solver = opts.solver === 'greedy' ? undefined : createHighsSolver()
  // The solver holds the thread until it returns, up to the time limit: say so while it runs.
  const solving = startStatusLine(ctx, `  planning ${formatCount(input.candidates.length, 'candidate device')}, ${formatCount(input.flows.length, 'flow')}` +
    (solver === undefined ? ' (greedy)' : `: HiGHS, at most ${opts.timeLimit} s (--time-limit)`), opts.quiet)
  let result: Awaited<ReturnType<typeof planReplacements>>
  try {
    result = await planReplacements(input, solver, { timeLimitMs: timeLimit * 1000 })
  } finally {
    solving.stop()
  }

  let subsidy: SubsidyComparison | undefined
  if (fund !== undefined) {
    const byOperator = new Map<string, SubsidyRequest['candidates'][number][]>()
    // A fund that pays only for equipment obtained by a date (--subsidy-cutoff): a device dated after
    // it is asked for by no operator, and the split says which and what they cost.
    const dateOf = new Map(devices.flatMap((d) => (d.device.manufactured === undefined ? [] : [[d.device.id, d.device.manufactured] as const])))
    const ineligible: NonNullable<SubsidyComparison['ineligible']>['devices'] = []
    for (const c of input.candidates) {
      const date = dateOf.get(c.deviceId)
      if (cutoff !== undefined && date !== undefined && ineligibleAfter(date, cutoff)) {
        ineligible.push({ deviceId: c.deviceId, cost: c.cost, value: deviceValue.get(c.deviceId) ?? 0, date })
        continue
      }
      const op = c.network ?? 'unassigned'
      const list = byOperator.get(op) ?? []
      list.push({ deviceId: c.deviceId, cost: c.cost, value: deviceValue.get(c.deviceId) ?? 0 })
      byOperator.set(op, list)
    }
    const requests = [...byOperator.entries()].sort((a, b) => a[0].localeCompare(b[0]))
      .map(([operator, candidates]) => ({ operator, requested: candidates.reduce((s, c) => s + c.cost, 0), candidates }))
    subsidy = compareSubsidyRules(fund, requests)
    if (cutoff !== undefined) subsidy.ineligible = { cutoff, devices: ineligible.sort((a, b) => b.cost - a.cost || a.deviceId.localeCompare(b.deviceId)) }
  }

  let text: string
  if (format === 'json') {
    text = `${JSON.stringify({
      ...('plan' in result ? { plan: result.plan } : { infeasible: result.infeasible }),
      candidates: input.candidates.length, flows: input.flows.length, uncleanableFlows: uncleanable, cleanFlows,
      ...(unrouted.length > 0 ? { unroutedFlows: unrouted } : {}),
      ...(outOfService.length > 0 ? { outOfService } : {}),
      ...(dueAfterPhases.length > 0 ? { dueAfterPhases } : {}),
      ...(unbudgeted.length > 0 ? { unbudgeted: unbudgeted.map((c) => c.deviceId) } : {}),
      ...(skippedFlows > 0 ? { skippedFlows } : {}),
      // Inventory rows that did not read (exit status 2): their devices are in no count of the plan.
      ...(inventoryErrors.count > 0 ? { malformedRows: inventoryErrors.count } : {}),
      // Untrusted devices on no node clean no flow when replaced: say how many, as exposure's summary does.
      ...(network.topology.nodes.length > 0 && unplaced.devices > 0 ? { unplacedDevices: unplaced } : {}),
      ...(subsidy ? { subsidy } : {}),
    }, null, 2)}\n`
  } else if (format === 'csv') {
    text = formatPlanCsv('plan' in result ? result.plan : undefined)
  } else if (format === 'html') {
    const settings = [
      `phases ${phases.map((p) => p.id).join(', ')}`,
      (opts.budget ?? []).length === 0 ? 'no budget limit' : `budgets ${(opts.budget ?? []).join(', ')}${opts.carryOver === true ? ' (carry-over)' : ''}`,
      `objective ${opts.objective}`,
      ...(deadlineRules === undefined ? [] : [`deadlines from ${[...deadlineRules].join(', ')}`]),
      `${formatCount(input.candidates.length, 'candidate device')}, ${formatCount(input.flows.length, 'exposed flow')} that replacements can clean` +
        (uncleanable.length > 0 ? ` (${uncleanable.length.toLocaleString('en-US')} more ${pluralOf(uncleanable.length, 'crosses', 'cross')} nodes no replacement cleans` +
          `${blockingUnknown(exposures, uncleanable, opts.unknownAs, buildNodeNamer(network.topology))})` : '') + cleanAlready,
      ...(unrouted.length > 0 ? [formatUnrouted(unrouted)] : []),
      ...(outOfService.length > 0 ? [formatOutOfService(outOfService, label)] : []),
      ...(dueAfterPhases.length > 0 ? [formatDueAfterPhases(dueAfterPhases, phases, label)] : []),
      ...(unbudgeted.length > 0 ? [formatUnbudgeted(unbudgeted, label)] : []),
      ...(skippedFlows > 0 ? [formatSkippedFlows(skippedFlows, flowsSource(network))] : []),
    ].join('; ')
    text = formatPlanHtmlReport({
      title: 'trustpath plan', generatedAt: now.toISOString(), inventoryFile: opts.inventory.join(', '), policyFile: opts.policy,
      topologyFiles: opts.topology ?? [], ...(inventoryErrors.count > 0 ? { inputErrors: inventoryErrors } : {}),
      ...(network.topology.nodes.length > 0 && unplaced.devices > 0 ? { unplacedDevices: unplaced } : {}),
      plan: { result, ...(subsidy ? { subsidy } : {}), settings, carryOver: opts.carryOver === true },
      ...(exposureSummary !== undefined
        ? { exposure: { topology: network.topology, placements, flows: mostExposedFirst(exposures, HTML_FLOWS), summary: exposureSummary, unknownAs: opts.unknownAs } }
        : {}),
    })
  } else {
    text = `${formatCount(input.candidates.length, 'candidate device')}, ${formatCount(input.flows.length, 'exposed flow')} that replacements can clean` +
      (uncleanable.length > 0 ? ` (${uncleanable.length.toLocaleString('en-US')} more ${pluralOf(uncleanable.length, 'crosses', 'cross')} nodes no replacement cleans` +
        `${blockingUnknown(exposures, uncleanable, opts.unknownAs, buildNodeNamer(network.topology))})` : '') + cleanAlready + '.\n' +
      (unrouted.length > 0 ? `${formatUnrouted(unrouted)}.\n` : '') +
      (outOfService.length > 0 ? `${formatOutOfService(outOfService, label)}.\n` : '') +
      (dueAfterPhases.length > 0 ? `${formatDueAfterPhases(dueAfterPhases, phases, label)}.\n` : '') +
      (unbudgeted.length > 0 ? `${formatUnbudgeted(unbudgeted, label)}.\n` : '') +
      (skippedFlows > 0 ? `${formatSkippedFlows(skippedFlows, flowsSource(network))}.\n` : '') + '\n'
    text += 'plan' in result ? formatPlanText(result.plan) : formatInfeasibilityText(result.infeasible)
    if (subsidy) text += `\n${formatSubsidyText(subsidy, uncleanable.length)}`
    // Device ids, names and node labels come from files anyone may have shaped: their escape
    // sequences are shown, not sent to the terminal.
    text = showControlsInLines(text)
  }
  await withOutput(ctx, opts.output, async (out) => write(out, text))
  const toFile = opts.output !== undefined && opts.output !== '-'
  if ((format !== 'text' || toFile) && opts.quiet !== true) {
    // The plan went to a file or a program: say on standard error what it holds, above all when no
    // plan fits (exit 1), which the page or the JSON would otherwise be the only place to tell.
    const outcome = 'plan' in result ? formatPlanHeadline(result.plan) : formatInfeasibilityText(result.infeasible).trimEnd()
    println(ctx.stderr, showControlsInLines(`${outcome}${toFile ? `\nWritten to ${opts.output}.` : ''}`))
  }
  if (printer.counts.error > 0) {
    println(ctx.stderr, `${formatCount(printer.counts.error, 'input error')}, listed above; what they name was left out of the plan. Fix them and run again.`)
    return EXIT.input
  }
  // A greedy plan that misses deadlines is no plan that meets them: exit as when none fits.
  return 'plan' in result && (result.plan.unmetDeadlines ?? []).length === 0 ? EXIT.ok : EXIT.findings
}

/** `1 flow is not routed, its ends not being connected: no replacement cleans it (cross)`. */
function formatUnrouted(ids: readonly string[]): string {
  const shown = shownFirst(ids, (id) => id)
  return `${formatCount(ids.length, 'flow')} ${pluralOf(ids.length, 'is', 'are')} not routed, ${pluralOf(ids.length, 'its', 'their')} ends not being connected: ` +
    `no replacement cleans ${pluralOf(ids.length, 'it', 'them')}; join the parts of the topology (a link, --interconnect) or check the ends (${shown})`
}

/**
 * The unknown nodes that most of the flows no replacement cleans cross, when unknown nodes count
 * as untrusted: `; unknown ones, most often None (112), Atlanta (47): find out what they hold`.
 * "9 more cross nodes no replacement cleans" named none, and on Deltacom 9 of 12 flows were such.
 */
function blockingUnknown(exposures: readonly FlowExposureWithPath[], uncleanable: readonly string[], unknownAs: 'untrusted' | 'trusted', name: (id: string) => string): string {
  if (unknownAs !== 'untrusted') return ''
  const ids = new Set(uncleanable)
  const flowsAcross = new Map<string, number>()
  for (const f of exposures) {
    if (!ids.has(f.id)) continue
    for (const n of f.unknown) flowsAcross.set(n.node, (flowsAcross.get(n.node) ?? 0) + 1)
  }
  if (flowsAcross.size === 0) return ''
  const most = [...flowsAcross].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 3).map(([id]) => name(id))
  return `; unknown ones, most often ${most.join(', ')}: find out what they hold`
}

/** Devices shown by name in the line on those recorded as out of service; the rest are counted. */
const OUT_OF_SERVICE_SHOWN = 5

/** `rt-1, rt-2, and 3 more`: the first few of a list, each as `label` gives it, the rest counted. */
function shownFirst(ids: readonly string[], label: (id: string) => string): string {
  return ids.slice(0, OUT_OF_SERVICE_SHOWN).map(label).join(', ') + (ids.length > OUT_OF_SERVICE_SHOWN ? `, and ${(ids.length - OUT_OF_SERVICE_SHOWN).toLocaleString('en-US')} more` : '')
}

/**
 * `2 devices with findings are recorded as out of service in the inventory and are not costed:
 * confirm that they are gone (rt-old-03, rt-mx-05)`.
 */
function formatOutOfService(ids: readonly string[], label: (id: string) => string): string {
  const shown = shownFirst(ids, label)
  return `${formatCount(ids.length, 'device')} with findings ${pluralOf(ids.length, 'is', 'are')} recorded as out of service in the inventory and ` +
    `${pluralOf(ids.length, 'is', 'are')} not costed as ${pluralOf(ids.length, 'a replacement', 'replacements')}: confirm that ${pluralOf(ids.length, 'it is', 'they are')} gone (${shown})`
}

/**
 * `3 candidate devices are due only after the last phase, 2029: ...`. Mapped to the last phase, a
 * device due in 2035 had to be replaced by 2029; now no phase must, and the line says so.
 */
function formatDueAfterPhases(ids: readonly string[], phases: readonly Phase[], label: (id: string) => string): string {
  const shown = shownFirst(ids, label)
  return `${formatCount(ids.length, 'candidate device')} ${pluralOf(ids.length, 'is', 'are')} due only after the last phase, ${phases[phases.length - 1]!.id}: ` +
    `no phase must replace ${pluralOf(ids.length, 'it', 'them')}, and the plan does where that cleans flows; extend --phases to plan ${pluralOf(ids.length, 'its deadline', 'their deadlines')} (${shown})`
}

/** `2 flows of flows.csv were skipped for errors (told on standard error) and count in no figure of this plan`. */
function formatSkippedFlows(skipped: number, file: string): string {
  return `${formatCount(skipped, 'flow')} of ${file} ${pluralOf(skipped, 'was', 'were')} skipped for errors (an end that names no node, a bad volume; ` +
    `told when the plan was made) and ${pluralOf(skipped, 'counts', 'count')} in no figure of this plan`
}

/**
 * The candidates no budget caps: with budgets per operator network and none shared, those of no
 * network (a device without a network column on no topology node) or of a network no --budget
 * names. Their replacements were planned as free of any budget, silently: a phase spent $932,000
 * while its only budget line read "Abilene: spent $699,000 of $1,000,000".
 */
function unbudgetedCandidates(input: PlanInput): PlanInput['candidates'] {
  const { shared, byNetwork } = input.budgets
  if (shared !== undefined || byNetwork === undefined) return []
  return input.candidates.filter((c) => c.network === undefined || byNetwork[c.network] === undefined)
}

/**
 * `1 candidate device is under no budget, since the budgets are per operator network and it has no
 * network: its replacement ($233,000) is capped by none; ...`.
 */
function formatUnbudgeted(candidates: PlanInput['candidates'], label: (id: string) => string): string {
  const ids = candidates.map((c) => c.deviceId)
  const shown = shownFirst(ids, label)
  const cost = candidates.reduce((sum, c) => sum + c.cost, 0)
  const networks = [...new Set(candidates.flatMap((c) => (c.network === undefined ? [] : [c.network])))].sort()
  const why = [
    ...(candidates.some((c) => c.network === undefined) ? ['no network (no network column, and on no topology node)'] : []),
    ...(networks.length > 0 ? [`a network no --budget names (${networks.join(', ')})`] : []),
  ].join(' or ')
  return `${formatCount(ids.length, 'candidate device')} ${pluralOf(ids.length, 'is', 'are')} under no budget, since the budgets are per operator network ` +
    `and ${pluralOf(ids.length, 'it has', 'they have')} ${why}: ${pluralOf(ids.length, 'its replacement', 'their replacements')} ` +
    `(${formatUsd(cost)}) ${pluralOf(ids.length, 'is', 'are')} capped by none; put ${pluralOf(ids.length, 'it', 'them')} in a network that has a --budget, ` +
    `or add a budget for all operators (--budget 5M) (${shown})`
}

/**
 * Stops at an error in the cost table or the schedule: a plan priced or timed with a row left
 * out would look right and be wrong, so no plan is made until the file says what it means.
 */
function stopBeforePlanning(ctx: CliContext, printer: DiagnosticsPrinter, diagnostics: readonly Diagnostic[], file: string): void {
  printer.add(diagnostics)
  if (!diagnostics.some((d) => d.severity === 'error')) return
  printer.finish()
  println(ctx.stderr, `No plan was made: fix the errors in ${file} above and run again.`)
  throw new ExitError(EXIT.input)
}

function parseClassWeights(text: string | undefined): Record<string, number> {
  const weights: Record<string, number> = { ...DEFAULT_CLASS_WEIGHTS }
  if (text === undefined) return weights
  for (const part of text.split(',')) {
    // A class may hold spaces, as classification markings do (TOP SECRET).
    const m = /^\s*([^=]*[^=\s])\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part)
    if (m === null) {
      // secret=-1 or secret=high is class=weight, with a weight that is no number of 0 or more.
      const weight = /^\s*[^=]*[^=\s]\s*=\s*(.*?)\s*$/.exec(part)?.[1]
      const why = weight === undefined || weight === '' ? 'is not class=weight' : `has the weight "${weight}", which is not a number of 0 or more`
      throw new TrustpathError('usage', `--class-weight: "${part}" ${why}`, { hint: 'For example --class-weight secret=10,confidential=5.' })
    }
    weights[m[1]!.toLowerCase()] = Number(m[2])
  }
  return weights
}

/** The networks `--budget` values name (`op-de:3M`). */
function networksNamedIn(specs: readonly string[]): string[] {
  return specs.flatMap((s) => (s.includes(':') ? [s.slice(0, s.indexOf(':')).trim()] : []))
}

function parseAmount(text: string): number {
  const amount = parseMoney(text)
  if (amount === undefined) throw moneyUsageError(text, '--subsidy', 'For example --subsidy 1.9B or --subsidy 250000000.')
  return amount
}
