/**
 * A router's IS-IS link-state database as a topology: the output of `show isis database detail`
 * as FRR, Cisco IOS and IOS-XR print it, Junos's `show isis database detail` or `extensive`, and
 * Huawei VRP's `display isis lsdb verbose`, Cisco NX-OS's and Arista EOS's `show isis database detail` and Nokia SR OS's `show router isis database detail`. Every router of the area floods its LSP to every other,
 * so one router's database holds the whole area (the whole backbone at level 2), with the metric
 * each router gives each of its adjacencies.
 *
 * What was read to write this (real outputs):
 * - FRR: `IS-IS Level-2 link-state database:`, then an LSP header `c1.00-00  142  0x00000007
 *   0xd869  874  0/0/0` (LSP id, PDU length, sequence number, checksum, holdtime, ATT/P/OL; a `*`
 *   after the id marks the router's own), then `Hostname: c1` and `Extended Reachability:
 *   0000.0000.0003.00 (Metric: 10)`: FRR names a neighbour by its system id, not its hostname
 *   (ipSpace's netlab IS-IS exercises, "show isis database detail c1.00-00" on FRR). The system
 *   ids are named by `show isis hostname` (`Level  System ID  Dynamic Hostname` lines).
 * - Cisco IOS-XR: `IS-IS test (Level-1) Link State Database`, headers without a PDU length
 *   (`R3.00-00  0x000003bd  0xfe94  402 /1200  1/0/0`), then `Hostname: R3` and
 *   `Metric: 10  IS-Extended R4.03` (CiscoTestAutomation/genielibs,
 *   pkgs/ops-pkg/src/genie/libs/ops/isis/iosxr/tests/isis_output.py). Cisco IOS prints
 *   `IS-IS Level-2 Link State Database:` and the same lines; narrow metrics give `Metric: 10 IS R2.00`.
 * - Junos: `IS-IS level 2 link-state database:`, then per LSP `SPINE-1.00-00 Sequence: 0x13,
 *   Checksum: 0xd1c1, Lifetime: 736 secs` and its neighbours `IS neighbor: LEAF-1.00  Metric: 10`,
 *   named by hostname; `extensive` adds the LSP's TLVs, which repeat the neighbours as `IS
 *   extended neighbor: LEAF-1.00, Metric: default 10` (and narrow `IS neighbor: LEAF-1.00,
 *   Internal, Metric: default 10`), not read again (Juniper's techposts, juniper.github.io, "EANTC
 *   BIER InterOp Testing on PTX10002-36QDD", `show isis database extensive` on a PTX10002).
 * - Huawei VRP: `Database information for ISIS(1)`, then `Level-2 Link State Database` alone, LSP
 *   headers as Cisco's (`1111.1111.1111.00-00*  0x0000000c 0xe880  1193  365  0/0/0`), then
 *   `HOST NAME    R94` and the neighbours, `+NBR  ID      R95.00  COST: 100` (extended metrics;
 *   narrow ones without the `+`), by hostname where the router knows it, else by system id
 *   (Huawei's command reference, "display isis lsdb", and its IS-IS troubleshooting guide's
 *   `display isis 1111 lsdb verbose local`, support.huawei.com). Without `is-name` configured,
 *   routers and neighbours are named by system id; `display isis name-table` maps system ids to
 *   hostnames (`System ID  Hostname  Type`, its rows `0000.0000.0001  AR1  DYNAMIC`; Huawei's
 *   command reference, "display isis name-table", and eNSP lab notes on GitHub).
 * - Arista EOS: `IS-IS Instance: DC-UNDERLAY VRF: default`, `IS-IS Level 2 Link State Database`,
 *   headers in decimal (`Spine1.00-00   13  59001   994    165 L2 <>`; later releases add the
 *   received LSP id, `... L2  0000.0000.0020.00-00  <>`), then `Hostname: Spine1` and `IS Neighbor
 *   : Leaf1.00   Metric: 10` (multi-vendor results of EANTC's 2024 interoperability tests and
 *   ipSpace's netlab exercises on GitHub).
 * - Cisco NX-OS: `IS-IS Process: 1 LSP database VRF: default`, `IS-IS Level-2 Link State
 *   Database`, headers as IOS's (`r1.00-00            * 0x00000009   0x1E07    921   0/0/0/3`),
 *   then `Hostname      :  r1                 Length : 2` and `Extended IS   :  r2.00   Metric :
 *   5`; `MtExtend IS   :` and the neighbour lines under it are the IPv6 topology's
 *   (CiscoTestAutomation/genieparser's NX-OS `show isis database detail` and ipSpace's blog).
 * - Nokia SR OS (classic and MD-CLI): `Router Base ISIS Instance 1 Database` (`Rtr Base ISIS
 *   Instance 0 Database (detail)` in later releases), `Displaying Level 2 database`, then per LSP
 *   `LSP ID    : r01.00-00     Level     : L2` and its TLVs, `IS-Hostname   : r01` and each
 *   adjacency as a `TE IS Nbrs   :` block of `Nbr   : r03.00` and `Default Metric  : 10` (then its
 *   sub-TLVs), named by hostname; `TE IP Reach` blocks give prefixes with their own `Default
 *   Metric` lines (a TiMOS-B-13.0 7750 SR and a later release's MD-CLI in public lab notes on GitHub;
 *   SR OS's `overload max-metric` shown as `Default Metric  : 16777214` under `TE IS Nbrs`).
 *
 * Choices:
 * - A router is a node named by its hostname (`Hostname:`), else by the name its LSP id gives it,
 *   so that an inventory device of that name is placed on it, as neighbour tables place theirs.
 * - An LSP of pseudonode `.01` to `.ff` is a broadcast LAN: the routers on it are linked two by
 *   two, each way at the metric the router gives the LAN (the LAN gives 0 back).
 * - An adjacency seen from both ends is one link; with a different metric each way it is warned
 *   about (`asymmetric_link_metrics`) and routed at the smaller one. A neighbour whose own LSP is
 *   missing is still linked, at the one metric known.
 * - Multi-topology lines (`MT Reachability`, `MT (IPv6 Unicast) IS-Extended`, `IS (MT-IPv6)`)
 *   repeat the adjacencies of the IPv4 topology for another address family, and are not read.
 * - Level-1 and level-2 databases in one dump are both read, with one `isis_levels_merged` note:
 *   an adjacency of both levels is one link, at its smaller metric.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, emptyTopology } from './builder.js'
import { LinkStateGraph } from './link-state.js'
import { LINE_BREAK } from '../../util/line-ends.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

/**
 * A database's banner: FRR `IS-IS Level-2 link-state database:`, IOS `IS-IS Level-1 Link State
 * Database:`, IOS-XR `IS-IS CORE (Level-2) Link State Database`, Junos `IS-IS level 2 link-state database:`,
 * Huawei `Level-2 Link State Database` (under `Database information for ISIS(1)`).
 */
const BANNER = /^(?:IS-IS\b.*?\bLevel[- ]?([12])\)?:?\s+Link[- ]State Database\b|Level-([12]) Link State Database$)/i

/** Nokia SR OS's banner: `Router Base ISIS Instance 1 Database`, `Rtr Base ISIS Instance 0 Database (detail)`; then each level's `Displaying Level 2 database`. */
const NOKIA_BANNER = /^(?:Router|Rtr) \S+ ISIS Instance \d+ Database\b/i
const NOKIA_LEVEL = /^Displaying Level ([12]) database$/i

/** Nokia's LSP header: `LSP ID    : r01.00-00                 Level     : L2`. */
const NOKIA_HEADER = /^LSP ID\s*:\s*(\S+?)\.([0-9a-f]{2})-([0-9a-f]{2})(?:\s|$)/i

/** Nokia's block of one adjacency, `TE IS Nbrs   :` (narrow metrics: `IS Nbrs   :`), and its lines `Nbr   : r03.00`, `Default Metric  : 10`. */
const NOKIA_NBRS = /^(?:TE )?IS Nbrs\s*:$/i
const NOKIA_NBR = /^Nbr\s*:\s*(\S+)$/i
const NOKIA_METRIC = /^Default Metric\s*:\s*(\S+)$/i
/** A TLV's heading line in Nokia's detail (`TE IP Reach   :`, `I/F Addresses :`), which ends an adjacency's block. */
const NOKIA_HEADING = /^[A-Za-z][\w /()-]*:$/

/**
 * An LSP's header: its id `<name>.<pseudonode>-<fragment>`, an optional `*` (the router's own; glued
 * to the id in OcNOS's `000F.0000.0001.00-00* 0x00000007`), FRR's PDU length, then the sequence number and checksum.
 */
const LSP_HEADER = /^(\S+?)\.([0-9a-f]{2})-([0-9a-f]{2})\*?\s+(?:\*\s*)?(?:\d+\s+)?0x[0-9a-f]+\s+0x[0-9a-f]+/i

/** Junos's LSP header: `SPINE-1.00-00 Sequence: 0x13, Checksum: 0xd1c1, Lifetime: 736 secs`. */
const JUNOS_HEADER = /^(\S+?)\.([0-9a-f]{2})-([0-9a-f]{2})\s+Sequence:\s*0x[0-9a-f]+,/i

/**
 * Arista EOS's LSP header: `Spine1.00-00   13  59001   994    165 L2 <>` (sequence number,
 * checksum, lifetime and length in decimal, the IS type), later releases adding the received LSP
 * id before the flags (`... 571 L2  0000.0000.0020.00-00  <>`).
 */
const ARISTA_HEADER = /^(\S+?)\.([0-9a-f]{2})-([0-9a-f]{2})\s+\d+\s+\d+\s+\d+\s+\d+\s+L[12]\b/i

/**
 * NX-OS's neighbour lines: `Extended IS   :  R2.00   Metric : 10` (its multi-topology `MtExtend IS
 * :` line, and the lines of neighbours under it, repeat them for IPv6).
 */
const NXOS_REACH = /^Extended IS\s*:\s*(\S+)\.([0-9a-f]{2})\s+Metric\s*:\s*(\S+)$/i

/** Arista's neighbour lines: `IS Neighbor          : Leaf1.00            Metric: 10`. */
const ARISTA_REACH = /^IS Neighbor\s+:\s*(\S+)\.([0-9a-f]{2})\s+Metric:\s*(\S+)$/i

/** FRR's neighbour lines: `Extended Reachability: 0000.0000.0003.00 (Metric: 10)`, narrow metrics `IS Reachability: r2.00 (Metric: 10)`. */
const FRR_REACH = /^(?:Extended|IS) Reachability:\s*(\S+)\.([0-9a-f]{2})\s+\(Metric:\s*(\S+?)\)/i

/** Cisco's neighbour lines: `Metric: 10  IS-Extended R4.03`, narrow metrics `Metric: 10  IS R2.00`. */
const CISCO_REACH = /^Metric:\s*(\S+)\s+IS(?:-Extended)?\s+(\S+)\.([0-9a-f]{2})$/i

/** Junos's neighbour lines: `IS neighbor: LEAF-1.00  Metric: 10` (the TLVs' `IS neighbor: LEAF-1.00, Internal, ...` repeat them). */
const JUNOS_REACH = /^IS neighbor:\s*(\S+)\.([0-9a-f]{2})\s+Metric:\s*(\S+)$/i

/** Huawei's neighbour lines: `+NBR  ID      R95.00  COST: 100`, narrow metrics ` NBR  ID      R95.00  COST: 100`. */
const HUAWEI_REACH = /^\+?NBR\s+ID\s+(\S+)\.([0-9a-f]{2})\s+COST:\s*(\S+)$/i

/** A line that starts like a neighbour line, to report one that does not read. */
const REACH_START = /^(?:(?:Extended|IS) Reachability:|Metric:\s*\S+\s+IS(?:-Extended)?\s|IS neighbor\s*:\s*\S+\s+Metric:|Extended IS\s*:|\+?NBR\s+ID\s)/i

/** An LSP's hostname: `Hostname: r1`, Huawei's `HOST NAME    R94`, Nokia's `IS-Hostname   : r01`, NX-OS's `Hostname      :  r1      Length : 2`. */
const HOSTNAME = /^(?:Hostname:|HOST NAME\s|IS-Hostname\s*:)\s*(\S+)\s*$|^Hostname\s+:\s*(\S+)\s+Length\s*:\s*\d+$/i

/** A system id, as FRR names neighbours: `0000.0000.0003`. */
const SYSTEM_ID = /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i

/**
 * A line of `show isis hostname`: the level (or `*`, the router's own), the system id, the
 * hostname; of Huawei's `display isis name-table`, the system id, the hostname and its type
 * (`0000.0000.0001       AR1        DYNAMIC`, `STATIC` for a name mapped on the router alone).
 */
const HOSTNAME_TABLE = /^(?:\d\s+|\*\s+)*([0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})\s+(\S+)(?:\s+(?:DYNAMIC|STATIC))?$/i

/** How far into a text its banner is looked for. */
const BANNER_LINES = 30

/** Most system ids an `isis_system_ids_unnamed` warning names. */
const UNNAMED_EXAMPLES = 3

/**
 * True when a text starts like `show isis database detail`: an IS-IS database banner among its
 * first lines, followed by the detail of an LSP (its hostname or a neighbour line). The plain
 * `show isis database` (headers alone) does not pass: it has no adjacencies to read.
 */
export function isIsisDatabaseStart(head: string): boolean {
  const banner = isIsisDatabaseBanner(head)
  if (banner === undefined) return false
  return head.split(LINE_BREAK).slice(banner).some((l) => HOSTNAME.test(l.trim()) || FRR_REACH.test(l.trim()) || CISCO_REACH.test(l.trim()) || JUNOS_REACH.test(l.trim()) || HUAWEI_REACH.test(l.trim()) || ARISTA_REACH.test(l.trim()) || NXOS_REACH.test(l.trim()) || NOKIA_NBRS.test(l.trim()))
}

/** The line of an IS-IS database banner among a text's first 30 lines (with or without the detail after it), else undefined. */
export function isIsisDatabaseBanner(head: string): number | undefined {
  const lines = head.split(LINE_BREAK, BANNER_LINES)
  const i = lines.findIndex((l) => BANNER.test(l.trim()) || NOKIA_BANNER.test(l.trim()))
  return i < 0 ? undefined : i + 1
}

/** One LSP as read: who sent it (the name in its id), its pseudonode number, its hostname and neighbours. */
type Lsp = { origin: string; pseudonode: string; hostname?: string; at: SourceLocation; neighbors: { ref: string; pseudonode: string; metric: number; at: SourceLocation }[] }

/**
 * Parses `show isis database detail` into a topology of one network.
 *
 * @example
 * const { topology } = parseIsisDatabase('IS-IS Level-2 Link State Database:\nr1.00-00  * 0x2  0x3  900/*  0/0/0\n  Hostname: r1\n  Metric: 10  IS-Extended r2.00\n', { file: 'core.txt' })
 * topology.links // [{ a: 'core:r1', b: 'core:r2', metric: 10 }]
 */
export function parseIsisDatabase(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseIsisDatabase', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const lsps: Lsp[] = []
  const hostnames = new Map<string, string>()
  /** The levels that hold an LSP, and the banner of the level being read. */
  const levels = new Set<string>()
  let level: { level: string; at: SourceLocation } | undefined
  let levelAt: SourceLocation | undefined
  let lsp: Lsp | undefined
  /** Nokia's adjacency block being read (`TE IS Nbrs :`): its neighbour and metric, as far as read. */
  let nokia: { ref?: string; pseudonode?: string; metric?: number; at?: SourceLocation; line?: string; broken?: boolean } | undefined
  const addNeighbor = (ref: string, pseudonode: string, rawMetric: string, at: SourceLocation, line: string): void => {
    const metric = Number(rawMetric)
    if (lsp === undefined) {
      diagnostics.push({ code: 'malformed_isis_database', severity: 'error', at, expected: 'an LSP header line (`r1.00-00  0x00000007  0xd869 ...`) before the LSP\'s neighbours', got: line })
    } else if (!/^\d+$/.test(rawMetric) || metric > 0xffffff) {
      diagnostics.push({ code: 'malformed_isis_database', severity: 'error', at, expected: 'a metric of 0 to 16777215', got: line })
    } else {
      lsp.neighbors.push({ ref, pseudonode: pseudonode.toLowerCase(), metric, at })
    }
  }
  /** Ends Nokia's adjacency block: a neighbour read without its metric is reported. */
  const endNokia = (): void => {
    if (nokia?.ref !== undefined && nokia.metric === undefined && !nokia.broken) {
      diagnostics.push({ code: 'malformed_isis_database', severity: 'error', at: nokia.at!, expected: 'a `Default Metric :` line in the neighbour\'s `TE IS Nbrs` block', got: nokia.line! })
    }
    nokia = undefined
  }
  /**
   * One line inside Nokia's adjacency block: its `Nbr :` or `Default Metric :` (the neighbour is
   * added once both are read), or a sub-TLV's line. False at a line that ends the block: an LSP's
   * header, another block, or a TLV's heading (`TE IP Reach   :`, whose metrics are a prefix's)
   * before the neighbour and its metric are read; the headings of sub-TLVs after them are in it.
   */
  const readNokiaLine = (line: string, at: SourceLocation): boolean => {
    const block = nokia!
    if (NOKIA_HEADER.test(line) || NOKIA_NBRS.test(line)) return false
    const read = block.ref !== undefined && block.metric !== undefined
    if (NOKIA_HEADING.test(line)) return read || block.broken === true
    if (read || block.broken === true) return true
    const nbr = NOKIA_NBR.exec(line)
    if (nbr !== null) {
      const id = /^(\S+?)\.([0-9a-f]{2})$/i.exec(nbr[1]!)
      if (id === null) {
        diagnostics.push({ code: 'malformed_isis_database', severity: 'error', at, expected: 'a neighbour `<name>.00` (`Nbr   : r2.00`)', got: line })
        block.broken = true
        return true
      }
      block.ref = id[1]!
      block.pseudonode = id[2]!
      block.at = at
      block.line = line
    }
    const metric = nbr === null ? NOKIA_METRIC.exec(line) : null
    if (metric !== null) {
      const raw = metric[1]!
      if (!/^\d+$/.test(raw) || Number(raw) > 0xffffff) {
        diagnostics.push({ code: 'malformed_isis_database', severity: 'error', at, expected: 'a metric of 0 to 16777215', got: line })
        block.broken = true
        return true
      }
      block.metric = Number(raw)
    }
    if (block.ref !== undefined && block.metric !== undefined && lsp !== undefined) {
      lsp.neighbors.push({ ref: block.ref, pseudonode: block.pseudonode!.toLowerCase(), metric: block.metric, at: block.at! })
    }
    return true
  }
  const lines = text.replace(/^\ufeff/, '').split(LINE_BREAK)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const at: SourceLocation = { file, line: i + 1 }
    const banner = BANNER.exec(line) ?? NOKIA_LEVEL.exec(line)
    if (banner !== null) {
      level = { level: banner[1] ?? banner[2]!, at }
      lsp = undefined
      endNokia()
      continue
    }
    if (nokia !== undefined) {
      if (readNokiaLine(line, at)) continue
      endNokia()
    }
    if (NOKIA_NBRS.test(line)) {
      nokia = {}
      continue
    }
    const header = LSP_HEADER.exec(line) ?? JUNOS_HEADER.exec(line) ?? NOKIA_HEADER.exec(line) ?? ARISTA_HEADER.exec(line)
    if (header !== null) {
      // A level counts when it holds an LSP: Junos prints the banner of an empty level too.
      if (level !== undefined && !levels.has(level.level)) {
        levels.add(level.level)
        if (levels.size === 2) levelAt ??= level.at
      }
      lsp = { origin: header[1]!, pseudonode: header[2]!.toLowerCase(), at, neighbors: [] }
      lsps.push(lsp)
      continue
    }
    const host = HOSTNAME.exec(line)
    if (host !== null && lsp !== undefined) {
      lsp.hostname = host[1] ?? host[2]!
      continue
    }
    const frr = FRR_REACH.exec(line) ?? JUNOS_REACH.exec(line) ?? HUAWEI_REACH.exec(line) ?? ARISTA_REACH.exec(line) ?? NXOS_REACH.exec(line)
    const cisco = frr === null ? CISCO_REACH.exec(line) : null
    if (frr !== null || cisco !== null) {
      const [ref, pseudonode, rawMetric] = frr !== null ? [frr[1]!, frr[2]!, frr[3]!] : [cisco![2]!, cisco![3]!, cisco![1]!]
      addNeighbor(ref, pseudonode, rawMetric, at, line)
      continue
    }
    if (REACH_START.test(line) && !/\bMT\b/.test(line)) {
      diagnostics.push({ code: 'malformed_isis_database', severity: 'error', at, expected: 'a neighbour `<name>.00` and its metric (`Metric: 10  IS-Extended r2.00`, `Extended Reachability: 0000.0000.0002.00 (Metric: 10)`, `IS neighbor: r2.00  Metric: 10`, `IS Neighbor  : r2.00  Metric: 10`, `Extended IS  :  r2.00  Metric : 10`, `+NBR  ID  r2.00  COST: 10`)', got: line })
      continue
    }
    // `show isis hostname` saved with the database names FRR's system ids.
    const named = HOSTNAME_TABLE.exec(line)
    if (named !== null) hostnames.set(named[1]!.toLowerCase(), named[2]!)
  }
  endNokia()
  // The name in an LSP's id (a hostname, or a system id where the router knows none) → the router's hostname.
  for (const l of lsps) if (l.pseudonode === '00' && l.hostname !== undefined) hostnames.set(l.origin.toLowerCase(), l.hostname)
  // A system id that is itself an LSP's id (a database without hostnames names every router so) is that router.
  const origins = new Set(lsps.map((l) => l.origin.toLowerCase()))
  const unnamed = new Map<string, SourceLocation>()
  const nameOf = (ref: string, at: SourceLocation): string => {
    const known = hostnames.get(ref.toLowerCase())
    if (known !== undefined) return known
    if (SYSTEM_ID.test(ref) && !origins.has(ref.toLowerCase()) && !unnamed.has(ref)) unnamed.set(ref, at)
    return ref
  }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const graph = new LinkStateGraph()
  for (const l of lsps) {
    if (l.pseudonode !== '00') continue
    const router = l.hostname ?? nameOf(l.origin, l.at)
    if (!builder.hasNode(router)) builder.addNode(router, { devices: [router] }, l.at)
    for (const n of l.neighbors) {
      const neighbor = nameOf(n.ref, n.at)
      // A LAN is `<DIS>.<pseudonode>`: the routers whose LSPs list it are on it.
      if (n.pseudonode === '00') graph.arc(router, neighbor, n.metric, n.at)
      else graph.join(`${neighbor}.${n.pseudonode}`, router, n.metric, n.at)
    }
  }
  graph.addTo(builder)
  if (levels.size === 2 && levelAt !== undefined) diagnostics.push({ code: 'isis_levels_merged', severity: 'info', at: levelAt })
  if (unnamed.size > 0) {
    const [first] = unnamed.values()
    diagnostics.push({ code: 'isis_system_ids_unnamed', severity: 'warning', at: first!, ids: unnamed.size, examples: [...unnamed.keys()].slice(0, UNNAMED_EXAMPLES) })
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
