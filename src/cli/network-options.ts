import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { hasErrors } from '../diagnostics/diagnostic.js'
import { DEVICE_ROLES } from '../domain/device.js'
import type { DeviceRole } from '../domain/device.js'
import type { Flow, Topology } from '../domain/topology.js'
import { ExitError, TrustpathError } from '../errors.js'
import { buildPairNames, generateFlows, parseFlowGenerator, type FlowGenerator } from '../exposure/generate-flows.js'
import { TRANSIT_ROLES } from '../exposure/node-trust.js'
import { readFlows, readInterconnect, readTopology } from '../io/read-topology.js'
import { flowLogOf, readFlowRecords, readPrefixTable } from '../io/read-flow-records.js'
import { validatePrefixNodes, type PrefixTable } from '../exposure/address-prefixes.js'
import { validateSiteMapNodes, type SiteMap, type SiteMapEntry } from '../exposure/site-map.js'
import { readSiteMap } from '../io/read-site-map.js'
import { recordAddresses, toRecordFlows } from '../exposure/record-flows.js'
import type { FlowRecordFormat, FlowRecords, UnreadFlowLog } from '../topology/import/flow-records.js'
import { TOPOLOGY_FORMATS } from '../inventory/not-text.js'
import { mergeTopologies, networkFromFile, parseTopologySpec } from '../topology/import/index.js'
import { sortDiagnostics } from '../topology/import/source.js'
import type { InputFile } from './output-options.js'
import type { CompiledPolicy } from '../policy/evaluate.js'
import type { DefaultMetric } from '../topology/graph.js'
import { EXIT } from './cli.js'
import { startProgress } from './progress.js'
import type { CliContext } from './context.js'
import type { DiagnosticsPrinter } from './diagnostics-printer.js'
import { checkInventory } from '../check/check-inventory.js'
import type { Attribution } from '../domain/evidence.js'
import type { Finding } from '../domain/finding.js'
import type { Device } from '../domain/device.js'
import { buildNearbyNodeFinder, buildNodeResolver, buildNodeSuggester, FlowEndDevices, NodeTrustBuilder } from '../exposure/node-trust.js'
import { buildNodeNamer } from '../report/exposure-table.js'
import { formatUnplacedDevices } from '../report/placement.js'
import type { InputErrors } from '../report/html.js'
import { formatCount } from '../util/plural.js'
import { suggest } from '../util/suggest.js'
import { formatSpan } from '../util/span.js'
import type { UnplacedDevicesSummary } from '../report/placement.js'
import type { NodePlacement } from '../exposure/node-trust.js'
import { loadCatalogFor } from './catalog-options.js'
import { println } from './context.js'
import type { InventoryOptions } from './inventory-source.js'
import { openInventory } from './inventory-source.js'
import { loadPolicyFor } from './policy-options.js'

/** The network options shared by `exposure` and `plan`. */
export type NetworkOptions = { topology?: string[]; interconnect?: string[]; flows?: string; prefixes?: string; siteMap?: string; transitRoles?: string; defaultMetric?: string; quiet?: boolean }

/**
 * Topologies joined by interconnects, the flows to study, and the file names for messages, with
 * the line of each flow of a flows file.
 */
export type LoadedNetwork = {
  topology: Topology; flows: Iterable<Flow>; topologyFile: string; flowsFile: string; flowLines: ReadonlyMap<string, number> | undefined
  /** Rows of the flow list that were reported and skipped (a bad field, a repeated id). */
  skippedFlows: number
  /** The file of each network, as the user wrote it. */
  networkFiles: ReadonlyMap<string, string>
  /** The interconnect files, as the user wrote them (comma-separated), when there are any. */
  interconnectFile?: string
  /** How many flows `--flows all-pairs` or `sample:N` generates (they are not held, so not counted otherwise). */
  generated?: number
  /**
   * The sums of a flow log (`--flows` of nfdump's CSV or Zeek's conn.log), made flows by node once
   * the inventory tells the devices' addresses (`rateNodes`, which then sets `flows`).
   */
  records?: FlowRecords
  /** The prefix table of `--prefixes`, with the node id each row's node is. */
  prefixes?: { table: PrefixTable; nodes: ReadonlyMap<string, string> }
  /** The site map of `--site-map`, with the node id each row's node is, and the file as the user wrote it. */
  siteMap?: { map: SiteMap; nodes: ReadonlyMap<string, string>; file: string }
}

/**
 * Prints diagnostics and stops (exit 2) when one is an error, with `stopped` as the last line: an
 * error that says its entry "is skipped" reads as if the run went on without it.
 */
export function stopOnErrors(printer: DiagnosticsPrinter, diagnostics: readonly Diagnostic[], showInfo?: boolean, stopped?: { ctx: CliContext; line: string }): void {
  printer.add(diagnostics, showInfo)
  if (hasErrors(diagnostics)) {
    printer.finish()
    if (stopped !== undefined) println(stopped.ctx.stderr, stopped.line)
    throw new ExitError(EXIT.input)
  }
}

/** The last line of a run that stops at errors in a file it routes on. */
export function stoppedAt(ctx: CliContext, command: string, file: string, why = ''): { ctx: CliContext; line: string } {
  return { ctx, line: `${command === 'plan' ? 'No plan was made' : 'No flow was routed'}: fix the errors in ${file} above and run again${why}.` }
}

/** The file the flows routed come from: the flow list, else the topologies (`--flows all-pairs`, `sample:N`). */
export function flowsSource(network: Pick<LoadedNetwork, 'flowsFile' | 'topologyFile'>): string {
  return network.flowsFile === '<flows>' ? network.topologyFile : network.flowsFile
}

/**
 * A diagnostic of a file read by its absolute path, with the file named as the user wrote it: at
 * the place it points to and at the `first` place of a duplicate (a node id used twice), which is
 * in the same file.
 */
function asWritten(d: Diagnostic, file: string): Diagnostic {
  const out = { ...d, at: { ...d.at, file } }
  return 'first' in out && out.first.file === d.at.file ? { ...out, first: { ...out.first, file } } : out
}

/** A node's label by its id, for the nodes a table's unknown node is offered. */
function labelsOf(topology: Topology): (node: string) => string | undefined {
  const labels = new Map(topology.nodes.flatMap((n) => (n.label === undefined ? [] : [[n.id, n.label] as const])))
  return (node) => labels.get(node)
}

/**
 * Adds to an interconnect end that names no node the nodes of its network it may have meant
 * (`nobel:Berlim`: did you mean nobel:Berlin?), as a flow end gets them.
 */
function withSuggestions(topology: Topology): (d: Diagnostic) => Diagnostic {
  const near = buildNodeSuggester(topology)
  const labelOf = labelsOf(topology)
  return (d) => {
    if (d.code !== 'unknown_node' || d.suggestions !== undefined) return d
    const colon = d.node.indexOf(':')
    const network = colon > 0 ? d.node.slice(0, colon + 1).toLowerCase() : undefined
    const suggestions = near(d.node).filter((id) => network === undefined || id.toLowerCase().startsWith(network))
      .map((node) => {
        const label = labelOf(node)
        return label === undefined ? { node } : { node, label }
      })
    return suggestions.length === 0 ? d : { ...d, suggestions }
  }
}

/**
 * Reads the topologies (one network each, `net=file` names it), joins them with the interconnect
 * files, and takes the flows from `--flows` (a file, `all-pairs` or `sample:N[:seed]`) or else from
 * the demands the topology files carried. Diagnostics name the files as the user wrote them.
 */
export async function loadNetwork(ctx: CliContext, opts: NetworkOptions, printer: DiagnosticsPrinter, command: string): Promise<LoadedNetwork> {
  const specs = opts.topology ?? []
  assertDistinctNetworks(ctx, specs)
  const parts: { network: string; topology: Topology }[] = []
  const demands: Flow[] = []
  const names = new Map<string, TopologyOption>()
  for (const spec of specs) {
    const { network, path } = parseTopologySpec(spec)
    const read = await readTopology(resolve(ctx.cwd, path), network !== undefined ? { network } : {}).catch((err: unknown) => {
      // `-t de:de.graphml`: a network named with a colon, as node ids are written, rather than with =.
      const named = /^([^:=/\\]{2,}):(.+)$/.exec(path)
      if (err instanceof TrustpathError && err.code === 'input_unreadable' && named !== null && existsSync(resolve(ctx.cwd, named[2]!))) {
        throw new TrustpathError(err.code, err.message, { at: { file: path }, cause: err, hint: `To name the network, write -t ${named[1]}=${named[2]}.` })
      }
      // `-t "op de=de.graphml"`, `-t Köln=de.graphml`: a name of other characters than net=file takes.
      const unnamed = network === undefined ? /^([^=/\\]+)=(.+)$/.exec(path) : null
      if (err instanceof TrustpathError && err.code === 'input_unreadable' && unnamed !== null && existsSync(resolve(ctx.cwd, unnamed[2]!))) {
        const fixed = unnamed[1]!.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'net'
        throw new TrustpathError('usage', `-t ${spec}: "${unnamed[1]}" is no network name: a name in net=file is ASCII letters, digits, "_", "." and "-"`, {
          hint: `Write -t ${fixed}=${unnamed[2]}; the network's name prefixes its node ids (${fixed}:node) and names its --budget.`,
        })
      }
      throw err
    })
    // Notes about a topology (links to hosts outside a lab left out) are shown even where the
    // command hides the policy's notes: they say why the network has fewer links than the file.
    // A topology read without the nodes or links an error names would route flows over other paths.
    stopOnErrors(printer, read.diagnostics.map((d) => asWritten(d, path)), true,
      stoppedAt(ctx, command, path, ' (read without what they name, the topology would route the flows over other paths)'))
    // A file that gave no node (another format read as this one, an empty export) leaves nothing
    // to route: the run would end "clean" with no flows.
    if (read.topology.nodes.length === 0) {
      printer.finish()
      throw new TrustpathError('input_invalid', 'the topology holds no nodes, so there is nothing to route', {
        at: { file: path },
        hint: `Check that this is the intended file; a topology is ${TOPOLOGY_FORMATS} (docs/topology.md#which-file-do-i-give).`,
      })
    }
    const name = read.topology.networks[0] ?? network ?? path
    const first = names.get(name)
    if (first !== undefined) {
      printer.finish()
      throw repeatedNetwork(ctx, name, first, { spec, network, path })
    }
    names.set(name, { spec, network, path })
    parts.push({ network: name, topology: read.topology })
    demands.push(...read.flows)
  }
  let topology = mergeTopologies(parts)
  for (const path of opts.interconnect ?? []) {
    const read = await readInterconnect(resolve(ctx.cwd, path), topology)
    const near = withSuggestions(topology)
    stopOnErrors(printer, read.diagnostics.map((d) => near(asWritten(d, path))), undefined, stoppedAt(ctx, command, path))
    topology = read.topology
  }
  let prefixes: LoadedNetwork['prefixes']
  if (opts.prefixes !== undefined) {
    const read = await readPrefixTable(resolve(ctx.cwd, opts.prefixes))
    const stop = stoppedAt(ctx, command, opts.prefixes, ' (an address placed by another prefix would route its traffic from the wrong node)')
    // The nodes of the rows that read are checked too, so that one run lists every row to fix, at its line.
    const checked = validatePrefixNodes(read.value, buildNodeResolver(topology), buildNodeSuggester(topology), labelsOf(topology))
    stopOnErrors(printer, sortDiagnostics([...read.diagnostics, ...checked.diagnostics]).map((d) => asWritten(d, opts.prefixes!)), undefined, stop)
    prefixes = { table: read.value, nodes: checked.value }
  }
  let siteMap: LoadedNetwork['siteMap']
  if (opts.siteMap !== undefined) {
    const file = opts.siteMap
    const read = await readSiteMap(resolve(ctx.cwd, file))
    const stop = stoppedAt(ctx, command, file, ' (a device placed on another node would make the wrong node untrusted)')
    // As a prefix table's: the nodes of the rows that read are checked too, so one run lists every row to fix.
    const checked = validateSiteMapNodes(read.value, buildNodeResolver(topology), buildNodeSuggester(topology), labelsOf(topology))
    stopOnErrors(printer, sortDiagnostics([...read.diagnostics, ...checked.diagnostics]).map((d) => asWritten(d, file)), undefined, stop)
    siteMap = { map: read.value, nodes: checked.value, file }
  }
  let records: FlowRecords | undefined
  let flows: Iterable<Flow> = []
  let flowsFile = '<flows>'
  let flowLines: ReadonlyMap<string, number> | undefined
  let skippedFlows = 0
  let generated: number | undefined
  const generator = opts.flows === undefined ? undefined : flowGeneratorOf(opts.flows)
  if (generator !== undefined) {
    // A network of one node has no pair: the run would end clean with no flow, whatever the node holds.
    if (topology.nodes.length < 2) {
      printer.finish()
      throw new TrustpathError('input_invalid', `--flows ${opts.flows} gives no flow: the topology has ${topology.nodes.length} node, and a pair needs two`, {
        at: { file: specs.map((spec) => parseTopologySpec(spec).path).join(', ') },
        hint: 'Check that the topology holds its nodes and links, or give the flows in a file with --flows (a flow from a node to itself crosses that node).',
      })
    }
    flows = generateFlows(topology.nodes.map((n) => n.id), generator, buildPairNames(topology.nodes))
    generated = generator.kind === 'all-pairs' ? topology.nodes.length * (topology.nodes.length - 1) : generator.count
  } else if (opts.flows !== undefined) {
    flowsFile = opts.flows
    const log = await flowLogOf(resolve(ctx.cwd, opts.flows))
    if (log !== undefined && 'format' in log) {
      records = await readRecords(ctx, opts.flows, log.format, printer, command, opts.quiet)
    } else {
      if (log !== undefined) refuseUnreadFlowLog(opts.flows, log.unread, printer)
      const read = await readFlows(resolve(ctx.cwd, opts.flows)).catch((err: unknown) => {
        // A missing "file" named like a word (all_pairs, allpairs, sample) was meant as a generator.
        if (err instanceof TrustpathError && err.code === 'input_unreadable' && !/[./\\]/.test(opts.flows!)) {
          throw new TrustpathError(err.code, err.message, { at: { file: opts.flows! }, cause: err, hint: `--flows takes a flow file, all-pairs (every pair of nodes) or sample:N[:seed] (N random pairs); "${opts.flows}" is none of them.` })
        }
        throw err
      })
      const diagnostics = read.diagnostics.map((d) => asWritten(d, opts.flows!))
      // A bad row is skipped, as a bad inventory row is; only a list that gave no flow at all stops.
      if (read.flows.length === 0) {
        // The error below says what the nothing_imported warning says, and what to do.
        stopOnErrors(printer, diagnostics.filter((d) => d.code !== 'nothing_imported'), undefined, stoppedAt(ctx, command, opts.flows, ', since none of its flows could be read'))
        // An empty file or a header line only (a failed export): the run would end clean, with no flow exposed.
        printer.finish()
        throw new TrustpathError('input_invalid', 'the flow list holds no flows (an empty file, or a header line only), so nothing is routed', {
          at: { file: opts.flows },
          hint: 'Check that this is the intended file; a flow is a row id,src,dst,volume,class. Or route every pair of nodes with --flows all-pairs.',
        })
      }
      printer.add(diagnostics)
      skippedFlows = new Set(diagnostics.filter((d) => d.severity === 'error' || d.code === 'duplicate_flow').map((d) => d.at.line ?? d.at.path?.join('.'))).size
      flows = read.flows
      flowLines = read.lines
    }
  } else if (demands.length > 0) {
    flows = demands
  } else if (specs.length > 0) {
    throw new TrustpathError('usage', `${command} needs flows`, {
      hint: 'Pass --flows flows.csv (id,src,dst,volume,class), --flows all-pairs or --flows sample:1000.',
    })
  }
  const networkFiles = new Map([...names].map(([name, { path }]) => [name, path]))
  const interconnectFile = (opts.interconnect ?? []).join(', ')
  return {
    topology, flows, topologyFile: specs.join(', '), flowsFile, flowLines, skippedFlows, networkFiles,
    ...(interconnectFile !== '' ? { interconnectFile } : {}), ...(generated !== undefined ? { generated } : {}),
    ...(records !== undefined ? { records } : {}), ...(prefixes !== undefined ? { prefixes } : {}), ...(siteMap !== undefined ? { siteMap } : {}),
  }
}

/**
 * Stops at a flow log of a kind not read (nfdump's statistics, pmacct's CSV) with what to export
 * instead, rather than read it as a flow list and list the columns of a flow list it lacks.
 */
function refuseUnreadFlowLog(file: string, unread: UnreadFlowLog, printer: DiagnosticsPrinter): never {
  printer.finish()
  if (unread.kind === 'nfdump-statistics') {
    throw new TrustpathError('input_invalid', 'this is nfdump\'s statistics (nfdump -s ... -o csv, its columns val and ibyt): the top addresses, not the flows between two, so nothing is routed', {
      at: { file, line: 1 },
      hint: 'Export the records instead: nfdump -r <file> -o csv > flows.csv (add -A srcip,dstip to sum them per pair of addresses).',
    })
  }
  throw new TrustpathError('input_invalid', `these are flow records of a kind not read (its columns ${unread.columns.map((c) => `"${c}"`).join(', ')}), so nothing is routed; ` +
    'the records read are nfdump\'s CSV and JSON, GoFlow2\'s and ipfixcol2\'s JSON, Zeek\'s conn.log and AWS VPC flow logs', {
    at: { file, line: 1 },
    hint: 'Export the records with nfdump -r <file> -o csv (nfdump reads NetFlow, IPFIX and sFlow from nfcapd), or write a flow list id,src,dst,volume,class with each volume in Mbit/s.',
  })
}

/** What to check of a flow log that gave no record, in the words of the tool that wrote it. */
const EMPTY_LOG_HINT: Record<FlowRecordFormat, string> = {
  nfdump: 'that nfdump\'s time window (-t) or filter selected records',
  'nfdump-json': 'that nfdump\'s time window (-t) or filter selected records',
  ipfixcol2: 'that ipfixcol2 had received flows from the exporters then',
  goflow: 'that GoFlow2 had received flows from the routers then (it writes a line per flow as it decodes them)',
  zeek: 'that Zeek had written records to it: a conn.log just opened holds its # lines only, and the records of the hour are in the rotated conn.*.log.gz',
  'zeek-json': 'that Zeek had written records to it: the records of the hour are in the rotated conn.*.log.gz',
  vpc: 'that its interfaces carried traffic then: a NODATA or SKIPDATA record carries none, and a REJECT one went no further than the interface',
}

/**
 * The sums of a flow log (nfdump's CSV, Zeek's conn.log, told by its start: `flowLogOf`) given with
 * `--flows`, read a line at a time. A log that gave no record stops the run.
 */
async function readRecords(ctx: CliContext, file: string, format: FlowRecordFormat, printer: DiagnosticsPrinter, command: string, quiet: boolean | undefined): Promise<FlowRecords> {
  const path = resolve(ctx.cwd, file)
  // A day of a border router's NetFlow is tens of millions of records: minutes of reading, shown
  // on a terminal as the bytes of the file read and the records counted.
  const bar = startProgress(ctx, statSync(path).size, quiet, 'records')
  const read = await readFlowRecords(path, format, (bytes, records) => bar.update(bytes, records)).finally(() => bar.stop())
  const diagnostics = read.diagnostics.map((d) => asWritten(d, file))
  if (read.value.records === 0) {
    stopOnErrors(printer, diagnostics.filter((d) => d.code !== 'nothing_imported'), undefined, stoppedAt(ctx, command, file, ', since none of its records could be read'))
    printer.finish()
    throw new TrustpathError('input_invalid', `the flow log holds no records (${format === 'nfdump' ? 'nfdump\'s header and summary only' : format === 'nfdump-json' ? 'an empty array of records' : format === 'goflow' || format === 'ipfixcol2' ? 'no line of a flow' : format === 'vpc' ? 'a header line, or records of no traffic' : 'a conn.log of header lines only'}), so nothing is routed`, {
      at: { file },
      hint: `Check that this is the intended file and ${EMPTY_LOG_HINT[format]}.`,
    })
  }
  printer.add(diagnostics)
  return { ...read.value, file }
}

/**
 * The flows of a flow log, one per source node, destination node and class (`toRecordFlows`), set
 * on `network` once the inventory's devices, whose addresses place hosts on nodes, are known.
 * Stops when no record could be placed on a node.
 */
function setRecordFlows(network: Pick<LoadedNetwork, 'topology' | 'records' | 'prefixes' | 'flows' | 'flowLines'>, devices: FlowEndDevices, printer: DiagnosticsPrinter): string | undefined {
  const records = network.records
  if (records === undefined) {
    if (network.prefixes !== undefined && Array.isArray(network.flows)) network.flows = placeAddressEnds(network.flows as Flow[], network.topology, devices, network.prefixes)
    return undefined
  }
  // Flows named by their nodes' labels where those are unique (BE>UK [secret]), as all-pairs flows are.
  const pairNames = buildPairNames(network.topology.nodes)
  const nameOf = new Map(network.topology.nodes.map((n, i) => [n.id, pairNames[i]!]))
  const made = toRecordFlows(records, { devices: (address) => devices.resolve(address), prefixes: network.prefixes, names: (node) => nameOf.get(node) ?? node })
  printer.add(made.diagnostics)
  const unclassified = made.diagnostics.find((d) => d.code === 'unclassified_flows')
  if (made.value.flows.length === 0 && unclassified !== undefined) {
    printer.finish()
    throw new TrustpathError('input_invalid', `none of the ${records.records.toLocaleString('en-US')} flow records runs to or from a prefix that the prefix table gives a class (${unclassified.classes.join(', ')}), so no sensitive flow is routed`, {
      at: { file: records.file },
      hint: 'Check that the log covers the sensitive prefixes (its time window, its exporter), or give the prefixes of the traffic to count a class in the prefix table.',
    })
  }
  if (made.value.flows.length === 0) {
    printer.finish()
    throw new TrustpathError('input_invalid', `none of the ${records.records.toLocaleString('en-US')} flow records has both its addresses on a node, so nothing is routed`, {
      at: { file: records.file },
      hint: network.prefixes === undefined
        ? 'Give a prefix table with --prefixes (prefix,node[,class]: 10.20.0.0/16,berlin,secret) that places the addresses on topology nodes.'
        : 'Add prefixes that hold the addresses above to the prefix table, or check that it is the table of this network.',
    })
  }
  const clock = localTimesAcrossClockChange(records)
  if (clock !== undefined) printer.add([clock])
  network.flows = made.value.flows
  network.flowLines = made.value.lines
  return formatRecordsRead(records, made.value.flows.length)
}

/**
 * The times a flow log's records run between, and the clock they were read by: ` (2026-11-20
 * 12:00:00 to 12:10:00 UTC)`, or for times written without a zone (nfdump's local time) ` (2026-03-29
 * 01:58:00 to 03:02:58, local time as written, no zone)`, so that a capture across a change of
 * daylight-saving time, an hour longer or shorter than its local times say, can be told.
 */
function formatWindow(records: Partial<Pick<FlowRecords, 'window' | 'localTimes'>>): string {
  if (records.window === undefined) return ''
  const at = (seconds: number): string => new Date(Math.round(seconds) * 1000).toISOString().slice(0, 19).replace('T', ' ')
  const from = at(records.window.start)
  const to = at(records.window.end)
  const end = to.slice(0, 10) === from.slice(0, 10) ? to.slice(11) : to
  return ` (${from} to ${end}${records.localTimes === true ? ', local time as written, no zone' : ' UTC'})`
}

/**
 * Times written without a zone (nfdump's local time) that run across a change of daylight-saving
 * time in the zone of the machine running trustpath (`TZ`, else the system's): if nfdump ran in
 * that zone too, the capture lasted an hour more or less than its times say. A hint, not a fix:
 * the zone nfdump ran in is not written, so the span is left as the times give it.
 */
export function localTimesAcrossClockChange(records: Pick<FlowRecords, 'file' | 'span' | 'localTimes'> & Partial<Pick<FlowRecords, 'window'>>): Diagnostic | undefined {
  if (!records.localTimes || records.window === undefined) return undefined
  // The wall-clock time read as UTC, as that instant in this machine's zone.
  const offset = (seconds: number): number => {
    const t = new Date(Math.round(seconds) * 1000)
    return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()).getTimezoneOffset()
  }
  const from = -offset(records.window.start)
  const to = -offset(records.window.end)
  if (from === to) return undefined
  return {
    code: 'flow_times_clock_change', severity: 'warning', at: { file: records.file }, zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    fromOffset: from, toOffset: to, span: records.span, spanInZone: records.span - (to - from) * 60,
  }
}

/**
 * What a flow log gave, for the line before the results: the span its volumes are averaged over,
 * which the Mbit/s depend on. `1,000,000 flow records over 16m 40s (2026-11-20 12:00:00 to 12:16:40, local time as written, no zone) in nfcapd.csv: 12 flows
 * between nodes, each in Mbit/s averaged over that span.`
 */
export function formatRecordsRead(records: Pick<FlowRecords, 'file' | 'records' | 'span'> & Partial<Pick<FlowRecords, 'window' | 'localTimes'>>, flows: number): string {
  const span = records.span <= 0 ? 'no time (volumes taken over one second)' : formatSpan(records.span)
  return `${records.records.toLocaleString('en-US')} flow ${records.records === 1 ? 'record' : 'records'} over ${span}${formatWindow(records)} in ${records.file}: ` +
    `${flows.toLocaleString('en-US')} ${flows === 1 ? 'flow' : 'flows'} between nodes, ${flows === 1 ? 'its volume' : 'each volume'} in Mbit/s averaged over that span.`
}

/**
 * Diagnostics of the joined graph that concern one network (its links given the default metric)
 * placed in that network's file, rather than in the list of every topology file; those of the
 * links between networks in the interconnect files.
 */
export function inNetworkFiles(diagnostics: readonly Diagnostic[], network: Pick<LoadedNetwork, 'networkFiles' | 'interconnectFile'>): Diagnostic[] {
  return diagnostics.map((d) => {
    const file = d.code === 'default_link_metric' && d.between === true ? network.interconnectFile
      : (d.code === 'default_link_metric' || d.code === 'hop_metrics_over_places' || d.code === 'mixed_link_metrics') && d.network !== undefined
        ? network.networkFiles.get(d.network) : undefined
    return file === undefined ? d : { ...d, at: { ...d.at, file } }
  })
}

/** The files the network options name, for `assertOutputNotInput`. */
export function networkInputFiles(opts: NetworkOptions): InputFile[] {
  return [
    ...(opts.topology ?? []).map((spec) => ({ option: '-t', file: parseTopologySpec(spec).path })),
    ...(opts.interconnect ?? []).map((file) => ({ option: '--interconnect', file })),
    { option: '--flows', file: opts.flows === undefined || flowGeneratorOf(opts.flows) !== undefined ? undefined : opts.flows },
    { option: '--prefixes', file: opts.prefixes },
    { option: '--site-map', file: opts.siteMap },
  ]
}

/** The most flows `sample:N` draws: each drawn pair is held in memory (all-pairs streams them instead). */
const MAX_SAMPLE_FLOWS = 100_000_000

/**
 * The flows `--flows` generates (`all-pairs`, `sample:N[:seed]`), or undefined for a file. A value
 * that starts as a sample and is not one (`sample:abc`, `sample:0`) is a usage error: read as a
 * file name it was "no such file", which says nothing of the syntax.
 */
function flowGeneratorOf(flows: string): FlowGenerator | undefined {
  const generator = parseFlowGenerator(flows)
  if (generator === undefined ? !flows.startsWith('sample:') : generator.kind === 'all-pairs' || (generator.count >= 1 && generator.count <= MAX_SAMPLE_FLOWS)) return generator
  const problem = generator === undefined ? 'expected sample:N[:seed], N and seed whole numbers' : `a sample draws from 1 to ${MAX_SAMPLE_FLOWS.toLocaleString('en-US')} flows`
  throw new TrustpathError('usage', `--flows ${flows}: ${problem}`, {
    hint: '--flows sample:1000 draws 1,000 flows between random nodes, and --flows sample:1000:7 draws them with the seed 7 ' +
      `(the same seed, the same flows). A flow file whose name starts with sample: goes as ./${flows}.`,
  })
}

/** A -t option as given, and its parts. */
type TopologyOption = { spec: string; network: string | undefined; path: string }

/**
 * Stops on two -t options that give one network name for certain, before any file is read: the
 * same file twice without net=, or one net= name twice. Other repeats show once the files are
 * read (two files of one base name; JSON topologies whose "network" is the same): see `loadNetwork`.
 */
function assertDistinctNetworks(ctx: CliContext, specs: readonly string[]): void {
  const named = new Map<string, TopologyOption>()
  const unnamed = new Map<string, TopologyOption>()
  for (const spec of specs) {
    const { network, path } = parseTopologySpec(spec)
    const option: TopologyOption = { spec, network, path }
    const [seen, key] = network !== undefined ? [named, network] : [unnamed, resolve(ctx.cwd, path)]
    const first = seen.get(key)
    if (first !== undefined) throw repeatedNetwork(ctx, network ?? networkFromFile(path), first, option)
    seen.set(key, option)
  }
}

/**
 * Two -t options that give the network `name`, in the user's words: mergeTopologies refuses them
 * too, but names itself rather than the options.
 */
function repeatedNetwork(ctx: CliContext, name: string, first: TopologyOption, second: TopologyOption): TrustpathError {
  if (first.network === second.network && resolve(ctx.cwd, first.path) === resolve(ctx.cwd, second.path)) {
    return new TrustpathError('usage', `-t ${second.spec} is given twice, both times as the network "${name}"`, {
      hint: 'Give each topology file once. Each -t is one network, named after its file or by net=file: -t de=de.graphml -t it=it.graphml.',
    })
  }
  // The names suggested must parse as net=file.
  const base = name.replace(/[^A-Za-z0-9_.-]+/g, '-')
  const unnamed = first.network === undefined || second.network === undefined
  return new TrustpathError('usage', `-t ${first.spec} and -t ${second.spec} both give the network "${name}"` +
    (unnamed ? ' (without net=file, a network is named after its file, or by the "network" of a JSON topology)' : ''), {
    hint: `Give each network its own name with net=file, e.g. -t ${base}-1=${first.path} -t ${base}-2=${second.path}; node ids are network:node, so two networks cannot share a name.`,
  })
}

/** Parses `--default-metric median|max|<number>`. */
export function parseDefaultMetric(text: string | undefined): DefaultMetric {
  if (text === undefined || text === 'median' || text === 'max') return text ?? 'median'
  const n = Number(text)
  if (text.trim() === '' || !(Number.isFinite(n) && n >= 0)) {
    throw new TrustpathError('usage', `--default-metric: "${text}" is not median, max or a number ≥ 0`, {
      hint: 'For example --default-metric median (the typical link of the network), --default-metric max, or --default-metric 1 (count hops).',
    })
  }
  return n
}

/** Parses `--transit-roles core,transport,...`. */
export function parseTransitRoles(text: string | undefined): readonly DeviceRole[] {
  if (text === undefined) return TRANSIT_ROLES
  const roles = text.split(',').map((s) => s.trim()).filter(Boolean)
  const bad = roles.filter((r) => !(DEVICE_ROLES as readonly string[]).includes(r))
  if (bad.length > 0) {
    throw new TrustpathError('usage', `--transit-roles: unknown role ${bad.map((b) => `"${b}"`).join(', ')}`, {
      hint: `Roles are ${DEVICE_ROLES.join(', ')}.`,
    })
  }
  return roles as DeviceRole[]
}

/**
 * Reads and checks the inventory, placing each device on its topology node and rating the nodes
 * (see `NodeTrustBuilder`); `onDevice` sees every checked device too. Says how many devices sit on
 * no node, why, and which node each unmatched site may have meant. `onPolicy` sees the policy once
 * it is loaded, before the inventory is read, to check options that name its rules. The flow ends
 * of a flow list that name no node are looked up among the devices (`devices`, for the exposure);
 * the addresses of a flow log too, and its flows by node are then set on `network` (`flows`).
 */
export async function rateNodes(
  ctx: CliContext,
  opts: InventoryOptions & { inventory: string[]; policy: string; sites?: string; transitRoles?: string; dataDir?: string; prefixes?: string },
  network: Pick<LoadedNetwork, 'topology' | 'flows' | 'flowLines' | 'records' | 'prefixes' | 'siteMap'>,
  now: Date,
  printer: DiagnosticsPrinter,
  onDevice?: (device: Device, attribution: Attribution, findings: readonly Finding[], node: string | undefined) => void,
  onPolicy?: (policy: CompiledPolicy) => void,
): Promise<{ placements: NodePlacement[]; devices: FlowEndDevices; unplaced: UnplacedDevicesSummary; inventoryErrors: InputErrors }> {
  const { topology } = network
  const devices = new FlowEndDevices(network.records !== undefined ? recordAddresses(network.records) : flowEndsNamingNoNode(topology, network.flows))
  const catalog = await loadCatalogFor(ctx, opts)
  // A waived finding is a compliance decision: the device still forwards traffic, and still has to
  // go once its exemption ends. Its findings come with their `waiver`, for the node and the plan to say so.
  const policy = await loadPolicyFor(ctx, opts.policy, catalog, printer, opts.sites, { keepWaived: true })
  onPolicy?.(policy)
  // A device without a site (a scan's host) sits on the node of the prefix that holds its address; the
  // default route, which a table gives for the rest of the traffic, places no equipment.
  const prefixes = network.prefixes
  const byAddress = prefixes === undefined ? undefined : (address: string): string | undefined => {
    const entry = prefixes.table.lookup(address)
    return entry === undefined || /\/0$/.test(entry.prefix) ? undefined : prefixes.nodes.get(entry.node)
  }
  // A site of the site map places its devices on its node. The rows that some device's site
  // reaches are kept (whether or not a node's devices list placed the device first), so that the
  // others (a typo in the table) can be told.
  const siteMap = network.siteMap
  const mapped = new Set<SiteMapEntry>()
  const bySite = siteMap === undefined ? undefined : (site: string): string | undefined => {
    const entry = siteMap.map.lookup(site)
    return entry === undefined ? undefined : siteMap.nodes.get(entry.node)
  }
  const trust = new NodeTrustBuilder(topology, parseTransitRoles(opts.transitRoles), byAddress, bySite)
  const source = await openInventory(ctx, opts.inventory, opts)
  // Columns no field reads: one may hold the node a device sits on, under a header of the sheet's own.
  const unreadColumns = new Set<string>()
  // The inventory's input errors: what they name is on no node, which a page made from the run says.
  const inventoryErrors: InputErrors = { count: 0 }
  const noteUnread = (diagnostics: readonly Diagnostic[]) => {
    for (const d of diagnostics) {
      if (d.code === 'unknown_column') for (const c of d.columns) unreadColumns.add(c)
      if (d.severity === 'error' && inventoryErrors.count++ === 0) inventoryErrors.first = d.at
    }
  }
  try {
    const checked = await checkInventory(source.batches, {
      catalog, policy, now,
      onDevice: (device, attribution, findings, at) => {
        trust.add(device, attribution, findings, at)
        const row = siteMap === undefined || device.site === undefined ? undefined : siteMap.map.lookup(device.site)
        if (row !== undefined) mapped.add(row)
        const node = trust.nodeOf(device)
        devices.add(device, node)
        onDevice?.(device, attribution, findings, node)
      },
      onFindings: () => {},
      onBatch: (devices, diagnostics) => {
        printer.add(diagnostics)
        noteUnread(diagnostics)
        source.progress(devices)
      },
    })
    printer.add(checked.diagnostics)
    noteUnread(checked.diagnostics)
  } finally {
    source.done()
  }
  if (siteMap !== undefined) {
    const unused = siteMap.map.entries.filter((e) => !mapped.has(e))
    if (unused.length > 0) {
      // A row whose site is an inventory's site on no node but for a slip (`Napoli` for `Napoli, Monte S. Angelo`) names it.
      const onNoNode = [...trust.unmatchedSites.keys()]
      const sites = unused.slice(0, 5).map((e) => ({ site: e.site, suggestions: suggest(e.site, onNoNode) }))
      printer.add([{ code: 'site_map_unused', severity: 'warning', at: { ...unused[0]!.at, file: siteMap.file }, sites, count: unused.length }])
    }
  }
  for (const line of formatUnplacedDevices(trust, opts.inventory.join(', '), topology.nodes.length, buildNodeSuggester(topology), buildNodeNamer(topology), [...unreadColumns],
    buildNearbyNodeFinder(topology))) {
    println(ctx.stderr, line)
  }
  if (siteMap !== undefined && opts.quiet !== true) {
    println(ctx.stderr, `${opts.inventory.join(', ')}: ${formatCount(trust.placedBySite, 'device')} ${trust.placedBySite === 1 ? 'is' : 'are'} placed by ` +
      `${trust.placedBySite === 1 ? 'its' : 'their'} site on the node the site map ${siteMap.file} gives ${trust.placedBySite === 1 ? 'it' : 'them'}.`)
  }
  if (trust.placedByAddress > 0 && opts.quiet !== true) {
    println(ctx.stderr, `${opts.inventory.join(', ')}: ${formatCount(trust.placedByAddress, 'device')} without a site ` +
      `${trust.placedByAddress === 1 ? 'is' : 'are'} placed by ${trust.placedByAddress === 1 ? 'its' : 'their'} address on the node of the prefix of ${opts.prefixes ?? '--prefixes'} that holds it.`)
  }
  const summary = setRecordFlows(network, devices, printer)
  if (summary !== undefined && opts.quiet !== true) println(ctx.stderr, summary)
  const unplaced: UnplacedDevicesSummary = { devices: trust.unplaced, untrusted: trust.unplacedUntrusted, untrustedExamples: trust.unplacedUntrustedExamples }
  return { placements: trust.finish(), devices, unplaced, inventoryErrors }
}

/**
 * A flow list's ends written as addresses that name no node and no inventory device, placed on
 * the node of the longest prefix of `--prefixes` that holds them (an end in no prefix is left as
 * written, for `resolveFlows` to report).
 */
function placeAddressEnds(flows: readonly Flow[], topology: Topology, devices: FlowEndDevices, prefixes: NonNullable<LoadedNetwork['prefixes']>): Flow[] {
  const resolve = buildNodeResolver(topology)
  const place = (end: string): string => {
    if (resolve(end).kind !== 'none' || devices.resolve(end).kind !== 'none') return end
    const entry = prefixes.table.lookup(end)
    return entry === undefined ? end : prefixes.nodes.get(entry.node) ?? end
  }
  return flows.map((f) => ({ ...f, src: place(f.src), dst: place(f.dst) }))
}

/**
 * The ends of a flow list that name no node of the topology (they may name inventory devices);
 * none for generated flows, which are node ids and are not held.
 */
function flowEndsNamingNoNode(topology: Topology, flows: Iterable<Flow>): Set<string> {
  const out = new Set<string>()
  if (!Array.isArray(flows)) return out
  const resolve = buildNodeResolver(topology)
  for (const f of flows as readonly Flow[]) {
    for (const end of [f.src, f.dst]) if (!out.has(end) && resolve(end).kind === 'none') out.add(end)
  }
  return out
}
