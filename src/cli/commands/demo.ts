import { readFile, stat } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { checkInventory } from '../../check/check-inventory.js'
import { buildDemoScenario } from '../../demo/scenario.js'
import { buildDemoTopology, toFlowsCsv, toInterconnectCsv, toTopologyJson } from '../../demo/topology.js'
import type { Finding } from '../../domain/finding.js'
import type { Topology } from '../../domain/topology.js'
import { analyzeExposure } from '../../exposure/analyze.js'
import { NodeTrustBuilder } from '../../exposure/node-trust.js'
import { readFlows, readInterconnect, readTopology } from '../../io/read-topology.js'
import { formatExposureSummary, toExposureGeojson } from '../../report/exposure.js'
import { mergeTopologies } from '../../topology/import/index.js'
import { createHighsSolver } from '../../io/solvers/highs.js'
import { DEFAULT_COST_TABLE } from '../../plan/cost-table.js'
import { parseBudgets, parsePhases } from '../../plan/phases.js'
import { buildPlanInput } from '../../plan/plan-input.js'
import type { PlanDevice } from '../../plan/plan-input.js'
import { planReplacements } from '../../plan/plan.js'
import { compareSubsidyRules } from '../../plan/subsidy.js'
import { formatInfeasibilityText, formatPlanText, formatSubsidyText } from '../../report/plan.js'
import type { Device } from '../../domain/device.js'
import type { Attribution } from '../../domain/evidence.js'
import { readInventory } from '../../io/read-inventory.js'
import { loadDefaultCatalog } from '../../io/load-catalog.js'
import { writeFileAtomic } from '../../io/output.js'
import { toAttributionRow } from '../../report/attributions.js'
import { formatCheckSummary, summarizeFindings } from '../../report/findings.js'
import { formatHtmlReport } from '../../report/html.js'
import { toSarif } from '../../report/sarif.js'
import { formatConflict } from '../../report/words.js'
import { VERSION } from '../../version.js'
import { TrustpathError } from '../../errors.js'
import { EXIT } from '../cli.js'
import type { CliContext } from '../context.js'
import { println, shownPath } from '../context.js'
import { shellWord } from '../shell-word.js'
import { DiagnosticsPrinter } from '../diagnostics-printer.js'
import { loadPolicyFor } from '../policy-options.js'
import { formatCount } from '../../util/plural.js'

type Options = { out: string; quiet?: boolean }

/** The first line of the demo's policy, by which a directory the demo wrote before is known. */
const DEMO_POLICY_MARK = '# trustpath demo policy\n'

/**
 * Throws a usage error when the directory holds files by the names the demo writes that no demo
 * wrote (`demo -o .` in a project with its own policy.yaml, flows.csv or report.html): each would
 * be replaced. A directory of an earlier demo, told by its policy's first line or an input file
 * the same as this demo's, is written again.
 */
async function assertDemoDirectory(shown: string, inputs: ReadonlyMap<string, string>, outputs: readonly string[]): Promise<void> {
  const present: string[] = []
  let demo = false
  for (const [path, text] of inputs) {
    const old = await readFile(path, 'utf8').catch(() => undefined)
    if (old === undefined) continue
    present.push(path)
    if (old === text || (basename(path) === 'policy.yaml' && old.startsWith(DEMO_POLICY_MARK))) demo = true
  }
  for (const path of outputs) if (await stat(path).then(() => true, () => false)) present.push(path)
  if (present.length === 0 || demo) return
  const names = present.map((p) => basename(p))
  throw new TrustpathError('usage', `${shown} holds ${names.length === 1 ? 'a file' : 'files'} that the demo would replace: ${names.join(', ')}`, {
    hint: 'Give the demo a new or empty directory (trustpath demo -o trustpath-demo), or move those files away.',
  })
}

/** The demo's planning settings: yearly phases to the RAN deadline, per-operator budgets, a subsidy fund. */
const DEMO_PLAN = {
  phases: '2026-2029',
  budgets: ['op-de:3.1M', 'op-it:1.5M', 'op-jp:0.5M'],
  deadlineRules: ['de-5g-core', 'ran-and-management', 'base-zone'],
  subsidy: 5_000_000,
}

/**
 * `trustpath demo`: writes the built-in scenario (inventory, policy, sites) to a directory, runs
 * identify and check on it exactly as a user would, and writes the HTML, JSON and SARIF reports.
 */
export default async function demoCommand(ctx: CliContext, opts: Options): Promise<number> {
  const dir = resolve(ctx.cwd, opts.out)
  const shown = relative(ctx.cwd, dir) || '.'
  // A file in the directory's place would fail the first write with ENOTDIR, naming a file inside it.
  if (await stat(dir).then((s) => !s.isDirectory(), () => false)) {
    throw new TrustpathError('usage', `demo: -o ${opts.out} is a file: the demo writes its report and the files it used into a directory`, {
      hint: 'Give the name of a directory, new or existing: trustpath demo -o demo-report.',
    })
  }
  // Messages name each file as the user sees it: under the working directory, relative to it.
  const writeDemoFile = (file: string, text: string) => writeFileAtomic(file, text, shownPath(ctx, file))
  const scenario = buildDemoScenario()
  const files = {
    inventory: join(dir, 'inventory.jsonl'),
    policy: join(dir, 'policy.yaml'),
    sites: join(dir, 'sites.json'),
    html: join(dir, 'report.html'),
    json: join(dir, 'report.json'),
    sarif: join(dir, 'findings.sarif'),
    interconnect: join(dir, 'interconnect.csv'),
    flows: join(dir, 'flows.csv'),
    geojson: join(dir, 'exposure.geojson'),
    plan: join(dir, 'plan.json'),
  }
  const demoTopology = buildDemoTopology(scenario)
  // The scenario's input files, by path, in the order written.
  const inputFiles = new Map<string, string>([
    [files.inventory, scenario.devices.map((d) => JSON.stringify(d)).join('\n') + '\n'],
    [files.policy, scenario.policyYaml],
    [files.sites, `${JSON.stringify({ networks: scenario.networks, pops: scenario.pops, sites: scenario.sites }, null, 2)}\n`],
    ...demoTopology.topologies.map((part) => [join(dir, `topology-${part.network}.json`), toTopologyJson(part.network, part.topology)] as const),
    [files.interconnect, toInterconnectCsv(demoTopology.interconnect)],
    [files.flows, toFlowsCsv(demoTopology.flows)],
  ])
  await assertDemoDirectory(shown, inputFiles, [files.html, files.json, files.sarif, files.geojson, files.plan])
  for (const [path, text] of inputFiles) await writeDemoFile(path, text)

  const catalog = loadDefaultCatalog()
  const printer = new DiagnosticsPrinter(ctx)
  const policyFile = join(shown, 'policy.yaml')
  const inventoryFile = join(shown, 'inventory.jsonl')
  // The report shows the finding the demo exemption waives, marked with its waiver, as `check` does;
  // exposure and plan count it as they do: the device is still there, and due once the exemption ends.
  const policy = await loadPolicyFor(ctx, relative(ctx.cwd, files.policy), catalog, printer, undefined, { keepWaived: true })
  // The topology files are read back as a user's `trustpath exposure` would read them.
  const parts: { network: string; topology: Topology }[] = []
  for (const part of demoTopology.topologies) {
    const read = await readTopology(join(dir, `topology-${part.network}.json`), { network: part.network })
    printer.add(read.diagnostics)
    parts.push({ network: part.network, topology: read.topology })
  }
  const joined = await readInterconnect(files.interconnect, mergeTopologies(parts))
  const flows = await readFlows(files.flows)
  printer.add([...joined.diagnostics, ...flows.diagnostics])
  const trust = new NodeTrustBuilder(joined.topology)

  const items: { device: Device; attribution: Attribution }[] = []
  const candidates: PlanDevice[] = []
  const now = ctx.now()
  const result = await checkInventory(readInventory(files.inventory, { format: 'jsonl' }), {
    catalog, policy, now,
    onDevice: (device, attribution, findings: readonly Finding[]) => {
      items.push({ device, attribution })
      trust.add(device, attribution, findings)
      if (findings.some((f) => f.effect.kind !== 'flag')) candidates.push({ device, group: attribution.group, findings, node: trust.nodeOf(device) })
    },
    onBatch: (_, diagnostics) => printer.add(diagnostics),
  })
  const placements = trust.finish()
  const exposure = analyzeExposure(joined.topology, placements, flows.flows, { unknownAs: 'untrusted', routedPaths: true })
  printer.add(exposure.diagnostics)

  // What do we do? Four yearly phases, per-operator budgets with carry-over, the German 5G-core
  // deadline, the RAN and management deadline and the base zones; then a subsidy split.
  const phases = parsePhases(DEMO_PLAN.phases)
  const budgets = parseBudgets(DEMO_PLAN.budgets, phases, scenario.networks.map((n) => n.id), { carryOver: true })
  const planInput = buildPlanInput(candidates, exposure.flows, {
    phases, budgets, costTable: DEFAULT_COST_TABLE, objective: 'max-clean', deadlineRules: new Set(DEMO_PLAN.deadlineRules),
  })
  const planned = await planReplacements(planInput.input, createHighsSolver(), { timeLimitMs: 30_000 })
  const subsidy = compareSubsidyRules(DEMO_PLAN.subsidy, scenario.networks.map((n) => {
    const mine = planInput.input.candidates.filter((c) => c.network === n.id)
    return {
      operator: n.id, requested: mine.reduce((sum, c) => sum + c.cost, 0),
      candidates: mine.map((c) => ({ deviceId: c.deviceId, cost: c.cost, value: planInput.deviceValue.get(c.deviceId) ?? 0 })),
    }
  }))
  await writeDemoFile(files.plan, `${JSON.stringify({ settings: DEMO_PLAN, ...planned, subsidy }, null, 2)}\n`)
  printer.finish()
  const summary = summarizeFindings(result.findings, result.devices, printer.counts.error)
  await writeDemoFile(files.geojson, `${JSON.stringify(toExposureGeojson(joined.topology, exposure.links, placements, exposure.flows))}\n`)

  await writeDemoFile(files.html, formatHtmlReport({
    title: 'trustpath demo: operators in Germany, Italy and Japan near US sites',
    generatedAt: now.toISOString(), inventoryFile, policyFile, items, findings: result.findings,
    manufacturers: catalog.manufacturers,
    catalogNotes: [`trustpath ${VERSION}`, `IEEE blocks: ${catalog.meta.oui.source}`, `enterprise numbers: ${catalog.meta.enterprise.source}`],
    exposure: { topology: joined.topology, placements, flows: exposure.flows, summary: exposure.summary },
    plan: { result: planned, subsidy, settings: `phases ${DEMO_PLAN.phases}; budgets ${DEMO_PLAN.budgets.join(', ')} (carry-over); deadlines from ${DEMO_PLAN.deadlineRules.join(', ')}`, carryOver: true },
  }))
  await writeDemoFile(files.json, `${JSON.stringify({
    generatedAt: now.toISOString(), summary,
    attributions: items.map(({ device, attribution }) => toAttributionRow(device, attribution, catalog)),
    findings: result.findings,
    exposure: { summary: exposure.summary, flows: exposure.flows, nodes: placements },
  }, null, 2)}\n`)
  await writeDemoFile(files.sarif, `${JSON.stringify(toSarif(result.findings, {
    policyFile, inventoryFile, rules: policy.policy.rules, toolVersion: VERSION, deviceLines: result.deviceLines,
  }), null, 2)}\n`)

  const outputs = [join(shown, 'report.html'), join(shown, 'report.json'), join(shown, 'findings.sarif'), join(shown, 'plan.json'), join(shown, 'exposure.geojson')]
  const inputs = [inventoryFile, policyFile, join(shown, 'sites.json'), ...demoTopology.topologies.map((t) => join(shown, `topology-${t.network}.json`)), join(shown, 'interconnect.csv'), join(shown, 'flows.csv')]
  if (opts.quiet) {
    // One path a line, for a script to read.
    for (const path of [...outputs, ...inputs]) println(ctx.stdout, path)
    return EXIT.ok
  }
  const byGroup = new Map<string, number>()
  for (const { attribution: a } of items) byGroup.set(a.group ?? 'unknown', (byGroup.get(a.group ?? 'unknown') ?? 0) + 1)
  const rebrands = items.filter(({ attribution: a }) => a.conflicts.some((c) => c.kind === 'oem_rebrand'))
  println(ctx.stdout, `trustpath demo: ${scenario.networks.map((n) => `${n.name} (${n.country})`).join(', ')}; ` +
    `${formatCount(scenario.sites.filter((s) => s.kind === 'military-base' || s.kind === 'embassy').length, 'US site')}`)
  println(ctx.stdout)
  println(ctx.stdout, `What do we have? ${formatCount(items.length, 'device')}: ` +
    [...byGroup.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([g, n]) => `${g} ${n}`).join(', '))
  println(ctx.stdout, `Rebranded equipment unmasked: ${rebrands.length}`)
  for (const { device, attribution: a } of rebrands.slice(0, 5)) {
    const c = a.conflicts.find((x) => x.kind === 'oem_rebrand')!
    println(ctx.stdout, `  ${device.id}: ${formatConflict(c, catalog.manufacturers)}`)
  }
  if (rebrands.length > 5) println(ctx.stdout, `  … and ${rebrands.length - 5} more (see the report)`)
  println(ctx.stdout)
  println(ctx.stdout, 'What breaks the policy?')
  println(ctx.stdout, formatCheckSummary(summary).trimEnd())
  println(ctx.stdout)
  println(ctx.stdout, 'What does it expose?')
  println(ctx.stdout, formatExposureSummary(exposure.summary, placements, 'untrusted').trimEnd())
  println(ctx.stdout)
  println(ctx.stdout, `What do we do? Phases ${DEMO_PLAN.phases}, budgets ${DEMO_PLAN.budgets.join(', ')} with carry-over:`)
  const planText = 'plan' in planned ? formatPlanText(planned.plan) : formatInfeasibilityText(planned.infeasible)
  println(ctx.stdout, planText.split('\n').filter((l) => !/^ {2}[a-z]{2}-/.test(l) && !l.startsWith('  …')).join('\n').trimEnd())
  println(ctx.stdout)
  println(ctx.stdout, formatSubsidyText(subsidy, planInput.uncleanable.length).trimEnd())
  println(ctx.stdout)
  println(ctx.stdout, `Wrote ${outputs[0]} (open it in a browser), ${outputs.slice(1, 4).join(', ')},`)
  println(ctx.stdout, `  ${outputs[4]}, and the inputs ${inputs.slice(0, 3).join(', ')},`)
  println(ctx.stdout, `  ${inputs.slice(3).join(', ')}.`)
  // Paths quoted where a shell needs it (demo -o "my demo"), so that each line runs as printed.
  const q = shellWord
  const topologies = demoTopology.topologies.map((t) => `-t ${q(join(shown, `topology-${t.network}.json`))}`).join(' ')
  println(ctx.stdout, `Try: npx trustpath check ${q(inventoryFile)} --policy ${q(policyFile)}`)
  println(ctx.stdout, `     npx trustpath identify ${q(inventoryFile)}`)
  println(ctx.stdout, `     npx trustpath plan -i ${q(inventoryFile)} -p ${q(policyFile)} ${topologies} ` +
    `--interconnect ${q(join(shown, 'interconnect.csv'))} --flows ${q(join(shown, 'flows.csv'))} --phases ${DEMO_PLAN.phases} ` +
    `${DEMO_PLAN.budgets.map((b) => `--budget ${b}`).join(' ')} --carry-over --deadline-rules ${DEMO_PLAN.deadlineRules.join(',')} --subsidy 5M`)
  println(ctx.stdout, `     npx trustpath exposure ${topologies} ` +
    `--interconnect ${q(join(shown, 'interconnect.csv'))} -i ${q(inventoryFile)} -p ${q(policyFile)} --flows ${q(join(shown, 'flows.csv'))}`)
  return EXIT.ok
}
