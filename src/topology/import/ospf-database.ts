/**
 * A router's OSPF link-state database as a topology: the router LSAs of `show ip ospf database
 * router` as Cisco IOS, IOS XE, IOS-XR (`show ospf database router`) and FRR print them, with the
 * network LSAs of `show ip ospf database network` when they are saved beside them; Junos's, and
 * the OSPFv3 databases of Cisco, FRR (`show ipv6 ospf6 database router detail`) and Junos (`show
 * ospf3 database router extensive`), Huawei VRP's `display ospf lsdb router` and Nokia SR OS's
 * `show router ospf database detail`. Every router
 * of an area floods its router LSA to every other, so one router's database holds the whole area,
 * with the cost each router gives each of its links.
 *
 * What was read to write this (real outputs):
 * - Cisco IOS XE: `OSPF Router with ID (10.4.1.1) (Process ID 1)`, `Router Link States (Area 0)`,
 *   then per LSA `LS age:`, `Link State ID:`, `Advertising Router:` and its links, each `Link
 *   connected to: another Router (point-to-point)` with `(Link ID) Neighboring Router ID: ...`, `a
 *   Transit Network` with `(Link ID) Designated Router address: ...` or `a Stub Network`, and `TOS
 *   0 Metrics: 1` (after `Number of MTID metrics: 2`, the `MTID 32 Metrics:` lines of other
 *   topologies); `Net Link States (Area 0)` with `Link State ID: 10.1.2.1 (address of Designated
 *   Router)` and `Attached Router:` lines (CiscoTestAutomation/genieparser,
 *   src/genie/libs/parser/iosxe/tests/ShowIpOspfDatabaseRouter/cli/equal/golden_output1_output.txt
 *   and ShowIpOspfDatabaseNetwork/cli/equal/golden_output1_output.txt).
 * - FRR (as VyOS documents it, vyos/vyos-documentation, docs/configuration/protocols/ospf.rst):
 *   `OSPF Router with ID (10.0.13.1)`, `Router Link States (Area 0.0.0.0)`, `LS Type: router-LSA`
 *   and `TOS 0 Metric: 1`; FRR writes an NSSA's area `(Area 0.0.0.1 [NSSA])`.
 * - Junos `show ospf database router extensive` (or `detail`; `network` beside it): no banner with
 *   the router id, but `OSPF database, Area 0.0.0.8` (older releases: `OSPF link state database,
 *   Area 0.0.0.0`), a column header, then one header line per LSA, `Router   10.34.2.250
 *   10.34.2.250   0x8000205a  1027  0x22 0x26f6 144` (type, LSA id, advertising router, seq, age,
 *   options, checksum, length; a `*` before the id marks the printing router's own LSAs), its
 *   links as `id 10.34.2.251, data 10.34.2.201, Type PointToPoint (1)` (`Transit (2)`, `Stub (3)`,
 *   `Virtual (4)`) each followed by `Topology count: 0, Default metric: 5`; a network LSA
 *   (`Network *10.69.197.1  192.168.219.235 ...`) lists `attached router 10.69.198.249`. The
 *   `Topology default (ID 0)` block that `extensive` adds (`Type: PointToPoint, Node ID: ...`,
 *   `Metric: 5, Bidirectional`) repeats the links and is not read again (CiscoTestAutomation/genieparser,
 *   src/genie/libs/parser/junos/tests/ShowOspfDatabaseExtensive/cli/equal/golden_output_output.txt and
 *   ShowOspfDatabaseNetworkLsaidDetail/cli/equal/golden_output_output.txt; Juniper's prompt
 *   `user@host> show ...` as in Juniper's CLI documentation).
 * - Cisco's OSPFv3 (`show ospfv3 database router`, `show ipv6 ospf database router`): an `OSPFv3
 *   Router with ID (3.3.3.3) (Process ID 1)` banner (IOS XE's `OSPFv3 1 address-family ipv6
 *   (router-id 1.1.1.1)`), the same LSA headers with `Link State ID: 0` (no router id), and links as
 *   `Link connected to: another Router (point-to-point)` or `a Transit Network`, then `Link Metric:
 *   1`, `Local Interface ID: 25`, `Neighbor (DR) Interface ID: 25` and `Neighbor (DR) Router ID:
 *   4.4.4.4` (`Neighbor Router ID:` for a point-to-point link); its network LSA's `Link State ID: 24
 *   (Interface ID of Designated Router)` with `Attached Router:` lines (https://pastebin.com/rnXj9nQq
 *   and https://pastebin.com/sGYfg1Zt; CiscoTestAutomation/genieparser, src/genie/libs/parser/iosxe/show_ospf.py).
 * - FRR's OSPFv3 (ospf6d, `show ipv6 ospf6 database router detail`, or `detail` of the whole
 *   database): `Area Scoped Link State Database (Area 0.0.0.0)` (`I/F Scoped ...` and `AS Scoped
 *   ...` for LSAs of no area), each LSA from `Age: 1552 Type: Router` with `Link State ID:` and
 *   `Advertising Router:`, a router LSA's links as `Type: Transit-Network Metric: 5` (or
 *   `Point-To-Point`, `Virtual-Link`), `Interface ID: 0.0.0.3`, `Neighbor Interface ID: 0.0.0.2`,
 *   `Neighbor Router ID: 0.0.0.3`; a network LSA's `Link State ID: 0.0.0.2` (the DR's interface id)
 *   and `Attached Router:` lines (obonaventure/cnp3blog, _posts/2017-12-03-ipmininet-ospfv3.md, as
 *   Quagga printed it; FRRouting/frr, ospf6d/ospf6_lsa.c, ospf6d/ospf6_intra.c and ospf6d/ospf6d.c
 *   print the same lines). It names no router id before its LSAs, and marks none as its own: its
 *   prompt names no node.
 * - Junos's OSPFv3 (`show ospf3 database extensive`): `OSPF3 database, Area 0.0.0.8`, the header
 *   line of each LSA as in OSPFv2 (`Router     *0.0.0.0   10.189.5.252  0x80001890 ...`, the router
 *   id in `Adv Rtr`), its links as `Type PointToPoint (1), Metric 5` then `Loc-If-Id 2, Nbr-If-Id 2,
 *   Nbr-Rtr-Id 10.34.2.251`, the `Type: PointToPoint, Node ID: ...` lines of `extensive` repeating
 *   them; `OSPF3 AS SCOPE link state database` and `OSPF3 Link-Local database, interface ...` for
 *   the LSAs of no area (CiscoTestAutomation/genieparser,
 *   src/genie/libs/parser/junos/tests/ShowOspf3DatabaseExtensive/cli/equal/golden_output_output.txt).
 *   Its LANs (`Type Transit (2)`, the DR's `Nbr-If-Id` and `Nbr-Rtr-Id`) and network LSAs are read
 *   as OSPFv3 defines them (RFC 5340, A.4.3 and A.4.4); no published output of them was found.
 * - Huawei VRP (`display ospf lsdb router`, `display ospf lsdb network`): an `OSPF Process 1 with Router ID 10.0.2.2`
 *   banner, `Area: 0.0.0.0` and `Link State Database` headings, then per LSA `Type      : Router`,
 *   `Ls id     : 10.0.3.3`, `Adv rtr   : 10.0.3.3` (`LS ID`, `Adv Rtr` in other releases) and its
 *   links, each `* Link ID: 10.0.2.2` (some releases without the `*`), `Data   : 10.0.23.3`, `Link
 *   Type: P-2-P` (`TransNet`, `StubNet`, `Virtual`) and `Metric : 48`; a network LSA (`Type      :
 *   Network`, its `Ls id` the DR's address) lists `Attached Router    4.4.4.4` (`Attached Router:
 *   1.1.1.1` in Huawei's command reference). A saved session's prompt is `<R2>display ...` or
 *   `[~R2]display ...` (dmulyalin/ttp_templates, ttp_templates/platform/huawei_display_ospf_lsdb_router.txt;
 *   Huawei's NetEngine command reference, "display ospf lsdb", support.huawei.com).
 * - Nokia SR OS (`show router ospf database detail`): an `OSPFv2 (0) Link State Database (Type :
 *   All) (Detailed)` banner, then each LSA after its heading, `Router LSA for Area 0.0.0.0`,
 *   `Network LSA for Area 0.0.0.0` (`Summary LSA for Area ...` and the others not read), its fields
 *   two to a line: `Area Id : 0.0.0.0   Adv Router Id : 10.255.0.1`, `Link State Id : 10.255.0.1
 *   (184483841)`, a router LSA's links numbered, `Link Type (1) : Transit Network`, then `DR Rtr Id
 *   (1) : 10.0.13.2   I/F Address (1) : 10.0.13.1` (the link's id and data) and `No of TOS (1) : 0
 *   Metric-0 (1) : 100`; a network LSA's `Router Id (1) : 10.255.0.2   Router Id (2) : 10.255.0.1`
 *   (a TiMOS-B-13.0 7750 SR in public lab notes on GitHub). Its point-to-point links are read as its
 *   transit ones are, the line after `Link Type (n)` giving the link's id (the neighbour's router
 *   id, RFC 2328, A.4.2): no published output of one was found.
 *
 * Choices:
 * - A router is a node named by its router id (`Advertising Router:`, Junos's `Adv Rtr` column),
 *   the one name every LSA gives it; its `devices` list that id, so an inventory device with that
 *   id sits on it. The router that printed the database is also named by its prompt (`R1#show ip
 *   ospf database router`) when the prompt comes before the `OSPF Router with ID` line: its node is
 *   labelled so and lists that name too. Only the first process after a prompt is so named. Junos
 *   prints no router id before its LSAs: its prompt (`lab@r1> show ospf database ...`) names the
 *   router of the first router LSA marked `*` (its own) after it.
 * - A point-to-point link is a link at the metric each end gives it; seen from both ends with a
 *   different metric each way it is warned about (`asymmetric_link_metrics`) and routed at the
 *   smaller one, as IS-IS's adjacencies are. A link the neighbour's own router LSA (in the same
 *   area) does not list back is left out, as OSPF's SPF leaves it (an adjacency gone down, an
 *   unreachable router's stale LSA); one to a router whose LSA is missing from the dump is kept.
 * - A transit network (a LAN with a designated router) links the routers on it two by two, each
 *   way at the metric the router gives the network (the network gives 0 back). The routers on it
 *   are those whose router LSAs list its designated router's address, in the same area; when the
 *   network's own LSA is in the dump, only the routers it lists as `Attached Router` (OSPF's SPF
 *   uses a link only when both ends list it).
 * - Stub networks are prefixes, not links. A virtual link is a path across a transit area, whose
 *   routers and links are in that area's LSAs: it is not read as a link of its own.
 * - Summary, external, NSSA and opaque LSAs carry prefixes and are skipped.
 * - Several areas (an area border router's database, or the dumps of several routers in one
 *   file) are all read, as one network, with one `ospf_areas_merged` note. So are several
 *   processes of one router (`Process ID 1`, `Process ID 2`): each is a routing domain of its own,
 *   joined to the others only where one router id is in both.
 */
import type { Diagnostic, OspfDialect, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, emptyTopology } from './builder.js'
import { LinkStateGraph } from './link-state.js'
import { LINE_BREAK } from '../../util/line-ends.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

/** The database's banner: Cisco `OSPF Router with ID (10.4.1.1) (Process ID 1)`, FRR `OSPF Router with ID (10.0.13.1)`. */
const BANNER = /^OSPF Router with ID\s*\(([^)\s]+)\)/i
/** OSPFv3's banner: Cisco `OSPFv3 Router with ID (3.3.3.3) (Process ID 1)`, IOS XE's `OSPFv3 1 address-family ipv6 (router-id 1.1.1.1)`. */
const BANNER_V3 = /^OSPFv3 (?:Router with ID\s*\(|\S+ address-family \S+ \(router-id\s+)([^)\s]+)\)/i

/**
 * A section's heading: `Router Link States (Area 0)`, `Net Link States (Area 0.0.0.0)`, FRR's
 * `Router Link States (Area 0.0.0.1 [NSSA])`, and the headings of LSAs not read (`Summary Net
 * Link States (Area 0)`, `Type-5 AS External Link States`).
 */
// The kind ends on a non-blank (lines are trimmed, so the same kind): from `(.+?)`, each blank of a
// long run of them was tried as the kind's end, and a line of 40,000 blanks took seconds.
const SECTION = /^(.*?\S)\s+Link States(?:\s*\(Area\s+([^)\s]+)(?:\s*\[[^\]]*\])?\))?\s*$/i

const LS_AGE = /^LS age:/i
const LINK_STATE_ID = /^Link State ID:\s*(\S+)/i
const ADVERTISING_ROUTER = /^Advertising Router:\s*(\S+)/i
const LINK_CONNECTED = /^Link connected to:\s*(.*)$/i
/** `(Link ID) Neighboring Router ID: 2.2.2.2`, `(Link ID) Designated Router address: 10.1.2.1`. */
const LINK_ID = /^\(Link ID\)[^:]*:\s*(\S+)/i
/** OSPFv3's link lines: `Link Metric: 1`, `Neighbor (DR) Interface ID: 25`, `Neighbor Router ID: 4.4.4.4` or `Neighbor (DR) Router ID: 4.4.4.4`. */
const LINK_METRIC = /^Link Metric:\s*(.*)$/i
const NEIGHBOR_DR_INTERFACE_ID = /^Neighbor \(DR\) Interface ID:\s*(\S+)/i
const NEIGHBOR_ROUTER_ID = /^Neighbor (?:\(DR\) )?Router ID:\s*(\S+)/i
/** Cisco `TOS 0 Metrics: 10`, FRR `TOS 0 Metric: 10`. */
const TOS0_METRIC = /^TOS 0 Metrics?:\s*(.*)$/i
const ATTACHED_ROUTER = /^Attached Router:\s*(\S+)/i

/** Junos's area heading: `OSPF database, Area 0.0.0.8`, older releases' `OSPF link state database, Area 0.0.0.0`, OSPFv3's `OSPF3 database, Area 0.0.0.8`. */
const JUNOS_AREA = /^OSPF(3?) (?:link state )?database, Area\s+(\S+)\s*$/i
/**
 * Junos's headings of LSAs outside any area: `OSPF AS SCOPE link state database`, `OSPF Link-Local
 * link state database, interface ge-0/0/0.0`, OSPFv3's `OSPF3 Link-Local database, interface ge-0/0/0.0 Area 0.0.0.8`.
 */
const JUNOS_OTHER_SCOPE = /^OSPF3? (?:AS SCOPE|Link-Local) (?:link state )?database/i
/** A Junos OSPFv3 router LSA's link: `Type PointToPoint (1), Metric 5` (the `Type: PointToPoint, Node ID: ...` lines of `extensive` are not). */
const JUNOS_OSPF3_LINK = /^Type\s+[^\s:]+\s+\((\d+)\),\s*Metric\s+(.*)$/i
/** Its neighbour, on the next line: `Loc-If-Id 2, Nbr-If-Id 2, Nbr-Rtr-Id 10.34.2.251` (a LAN's: its DR's interface id and router id). */
const JUNOS_OSPF3_NEIGHBOR = /^Loc-If-Id\s+\S+,\s*Nbr-If-Id\s+(\S+),\s*Nbr-Rtr-Id\s+(\S+)/i

/** FRR's ospf6d heading of an area's LSAs: `Area Scoped Link State Database (Area 0.0.0.0)`. */
const OSPF6_AREA = /^Area Scoped Link State Database \(Area\s+([^)\s]+)\)/i
/** Its headings of LSAs outside any area: `I/F Scoped Link State Database (I/F eth0 in Area 0.0.0.0)`, `AS Scoped Link State Database`. */
const OSPF6_OTHER_SCOPE = /^(?:I\/F|AS) Scoped Link State Database/i
/** An LSA's first line in ospf6d's detail: `Age: 1552 Type: Router`, `Age:  310 Type: Network`. */
const OSPF6_LSA = /^Age:\s*\d+\s+Type:\s*(\S+)/i
/** A router LSA's link: `Type: Transit-Network Metric: 5`, then `Interface ID:`, `Neighbor Interface ID:`, `Neighbor Router ID:`. */
const OSPF6_LINK = /^Type:\s*(\S+)\s+Metric:\s*(.*)$/i
const OSPF6_NEIGHBOR_INTERFACE_ID = /^Neighbor Interface ID:\s*(\S+)/i
/**
 * A Junos LSA's header line: `Router  *10.4.1.1   10.4.1.1   0x80000004   247  0x22 0x7e38  48`,
 * `OpaqArea*10.1.0.4  10.189.5.252 ...` (no space before the `*` of a long type name).
 */
const JUNOS_LSA = /^([A-Za-z][\w-]*?)\s*(\*?)\s*(\d{1,3}(?:\.\d{1,3}){3})\s+(\d{1,3}(?:\.\d{1,3}){3})\s+0x[0-9a-f]+\s+\d+\b/i
/** A Junos router LSA's link: `id 10.34.2.251, data 10.34.2.201, Type PointToPoint (1)`. */
const JUNOS_LINK = /^id\s+(\S+),\s*data\s+(\S+),\s*Type\s+(.*)$/i
/** Its metric: `Topology count: 0, Default metric: 5`. */
const JUNOS_METRIC = /^Topology count:\s*\d+,\s*Default metric:\s*(.*)$/i
const JUNOS_ATTACHED_ROUTER = /^attached router\s+(\S+)/i
/**
 * A Junos prompt before a command: `lab@r1> show ...`, `root@R8> show ...`, configuration mode's
 * `root@r1# run show ...`, a logical system's `lab@mxB:R4> show ...`.
 */
const JUNOS_PROMPT = /^[\w.-]+@([A-Za-z0-9][\w.-]*)(:[\w.-]+)?[>#]\s*(?:run\s+)?show\s/i

/** Nokia's banner: `OSPFv2 (0) Link State Database (Type : All) (Detailed)`; the plain command's lacks `(Detailed)`. */
const NOKIA_BANNER = /^OSPFv2 \(\d+\) Link State Database\b/i
/** Nokia's LSA heading: `Router LSA for Area 0.0.0.0`, `Network LSA for Area 0.0.0.0`, `Summary LSA for Area 0.0.0.0`. */
const NOKIA_LSA = /^(\S.*?) LSA for Area\s+(\S+)$/i
/** A numbered field of a router LSA's link or a network LSA's router, its number: `Link Type (1)`, `Metric-0 (1)`, `Router Id (2)`. */
const NOKIA_NUMBER = /\((\d+)\)$/
/** Nokia's link types (RFC 2328, A.4.2), as it names them: `Transit Network`, `Stub Network`, `Virtual Link`, and its point-to-point links. */
const NOKIA_LINK_KINDS: Readonly<Record<string, PendingLink['kind']>> = { 'transit network': 'transit', 'stub network': 'other', 'virtual link': 'other' }

/**
 * A Nokia line's fields, one or two, as `[key, value]`: `Area Id          : 0.0.0.0              Adv
 * Router Id    : 10.255.0.1`, the second field after a run of blanks before its key. Cut at
 * colons and blanks rather than by one regex, whose ways to split a long line of blanks without a
 * second colon grew with the square of its length.
 */
function nokiaFields(line: string): [string, string][] {
  const first = line.indexOf(':')
  if (first <= 0) return []
  const key = line.slice(0, first).trim()
  const rest = line.slice(first + 1)
  const second = rest.indexOf(':')
  const gap = second < 0 ? -1 : rest.slice(0, second).trimEnd().lastIndexOf('  ')
  if (gap < 0) return [[key, rest.trim()]]
  return [[key, rest.slice(0, gap).trim()], [rest.slice(gap, second).trim(), rest.slice(second + 1).trim()]]
}

/** Huawei's banner: `OSPF Process 1 with Router ID 10.0.2.2`. */
const HUAWEI_BANNER = /^OSPF Process\s+\d+\s+with Router[- ]ID\s+(\S+)/i
/** Huawei's area heading, under the banner: `Area: 0.0.0.0`. */
const HUAWEI_AREA = /^Area:\s*(\S+)$/i
/** A Huawei LSA's first line: `Type      : Router`, `Type      : Network`, `Type      : Sum-Net`. */
const HUAWEI_LSA = /^Type\s+:\s*(\S+)$/i
/** A Huawei LSA's id and advertising router: `Ls id     : 10.0.3.3`, `Adv rtr   : 10.0.3.3` (`LS ID`, `Adv Rtr`). */
const HUAWEI_LS_ID = /^Ls id\s*:\s*(\S+)$/i
const HUAWEI_ADV_RTR = /^Adv rtr\s*:\s*(\S+)$/i
/** A Huawei router LSA's link: `* Link ID: 10.0.2.2`, then `Link Type: P-2-P` and `Metric : 48`. */
const HUAWEI_LINK_ID = /^(?:\*\s*)?Link ID\s*:\s*(\S+)$/i
const HUAWEI_LINK_TYPE = /^Link Type\s*:\s*(.*)$/i
const HUAWEI_METRIC = /^Metric\s*:\s*(.*)$/i
/** A Huawei network LSA's member: `Attached Router    4.4.4.4`, `Attached Router: 1.1.1.1`. */
const HUAWEI_ATTACHED_ROUTER = /^Attached Router\s*:?\s*(\d{1,3}(?:\.\d{1,3}){3})$/i
/** Huawei's link types by name: P-2-P, TransNet, StubNet, Virtual. */
const HUAWEI_LINK_KINDS: Readonly<Record<string, PendingLink['kind']>> = { 'p-2-p': 'router', transnet: 'transit', stubnet: 'other', virtual: 'other' }
/**
 * A Huawei prompt before a command: `<R2>display ospf lsdb router`, `[~R2]display ...`, `[R2]disp ...`
 * (user view, and the system view of a session in configuration).
 */
const HUAWEI_PROMPT_LINE = /^(?:<([\w.-]+)>|\[~?\*?([\w.-]+)\])\s*dis\w*\s/i
/** The view a Huawei prompt adds to the host in a routing protocol's configuration: `[AR1-ospf-1]`, `[AR1-ospf-1-area-0.0.0.1]`, `[AR1-isis-1]`. */
const HUAWEI_PROTOCOL_VIEW = /-(?:ospf|ospfv3|isis)-\d+(?:-area-[\d.]+)?$/i

/** A prompt before a command: `R1#show ...`, `r1# show ...`, `RP/0/RP0/CPU0:xr1#show ...`, `R1>sh ...`. */
const PROMPT = /^(?:RP\/[^:\s]+:)?([A-Za-z0-9][\w.-]*)(?:\([\w-]+\))?[#>]\s*sh(?:ow)?\s/i

/** The largest OSPF metric (16 bits). */
const MAX_METRIC = 0xffff

/** How far into a text its banner is looked for. */
const BANNER_LINES = 30

/**
 * True when a text starts like the detail of an OSPF database (`show ip ospf database router` or
 * `network`): an `OSPF Router with ID` banner or a `... Link States (Area ...)` heading among its
 * first lines, followed by an LSA's `Link State ID:` line; or Junos's `OSPF database, Area ...`
 * followed by a link (`id ..., data ..., Type ...`) or an `attached router` line. The plain `show
 * ip ospf database` and `show ospf database` (one line per LSA) do not pass: they have no links to
 * read. OSPFv3's (`show ospfv3 database router`) passes as OSPFv2's does.
 */
export function isOspfDatabaseStart(head: string): boolean {
  const lines = head.split(LINE_BREAK)
  const banner = lines.slice(0, BANNER_LINES).findIndex((l) => BANNER.test(l.trim()) || BANNER_V3.test(l.trim()) || /^(?:Router|Net) Link States \(Area /i.test(l.trim()))
  if (banner >= 0 && lines.slice(banner).some((l) => LINK_STATE_ID.test(l.trim()))) return true
  // Junos: `OSPF database, Area 0.0.0.0` then a router LSA's link or a network LSA's attached router
  // (the plain `show ospf database`, one line per LSA, has neither).
  const area = lines.slice(0, BANNER_LINES).findIndex((l) => JUNOS_AREA.test(l.trim()))
  if (area >= 0 && lines.slice(area).some((l) => JUNOS_LINK.test(l.trim()) || JUNOS_OSPF3_LINK.test(l.trim()) || JUNOS_ATTACHED_ROUTER.test(l.trim()))) return true
  // FRR's ospf6d: `Area Scoped Link State Database (Area 0.0.0.0)` or an LSA's `Age: 5 Type: Router`,
  // then a router LSA's link or a network LSA's attached router (the plain `show ipv6 ospf6 database` has neither).
  const ospf6 = lines.slice(0, BANNER_LINES).findIndex((l) => OSPF6_AREA.test(l.trim()) || OSPF6_LSA.test(l.trim()))
  if (ospf6 >= 0 && lines.slice(ospf6).some((l) => OSPF6_LINK.test(l.trim()) || ATTACHED_ROUTER.test(l.trim()))) return true
  // Huawei: `OSPF Process 1 with Router ID 10.0.2.2`, then a router LSA's `Link Type:` or a network
  // LSA's `Attached Router` (the plain `display ospf lsdb`, one line per LSA, and `display ospf peer` have neither).
  const huawei = lines.slice(0, BANNER_LINES).findIndex((l) => HUAWEI_BANNER.test(l.trim()))
  if (huawei >= 0 && lines.slice(huawei).some((l) => HUAWEI_LINK_TYPE.test(l.trim()) || HUAWEI_ATTACHED_ROUTER.test(l.trim()))) return true
  // Nokia: `OSPFv2 (0) Link State Database ...`, then a router LSA's `Link Type (1) :` or a network LSA's `Router Id (1) :`.
  const nokia = lines.slice(0, BANNER_LINES).findIndex((l) => NOKIA_BANNER.test(l.trim()))
  return nokia >= 0 && lines.slice(nokia).some((l) => /^(?:Link Type|Router Id) \(\d+\)\s*:/i.test(l.trim()))
}

/** A router LSA as read: its router id, area, and the links to other routers and to transit networks. */
type RouterLsa = { router?: string; area: string; at: SourceLocation; links: { kind: 'router' | 'transit'; ref: string; metric: number; at: SourceLocation }[] }

/** A link being read, from its `Link connected to:` line (Junos: `id ..., data ..., Type ...`) to its metric. */
type PendingLink = {
  kind: 'router' | 'transit' | 'other'; ref?: string; at: SourceLocation; line: string; dialect: OspfDialect
  /** OSPFv3's: its metric (read before the neighbour), the DR's interface id of a transit network, and the LSA it is of. */
  metric?: number; drInterface?: string; owner?: RouterLsa
}

/** The OSPFv3 layouts, whose links name their neighbour (or a LAN's DR) by router id and interface id after the metric. */
const OSPFV3_DIALECTS: ReadonlySet<OspfDialect> = new Set(['ospfv3', 'frr-ospf6', 'junos-ospf3'])

/** What each OSPFv3 layout writes after a link's first line, for the error when it is missing. */
const OSPFV3_NEIGHBOR_LINES: Readonly<Record<OspfDialect, (kind: 'router' | 'transit') => string>> = {
  cisco: () => '', junos: () => '', huawei: () => '', nokia: () => '',
  ospfv3: (kind) => `a \`Link Metric:\` and a \`Neighbor ${kind === 'router' ? '' : '(DR) '}Router ID:\` line${kind === 'router' ? '' : ' (with its `Neighbor (DR) Interface ID:`)'} after the link`,
  'frr-ospf6': (kind) => `a \`Neighbor Router ID:\` line${kind === 'router' ? '' : ' (with its `Neighbor Interface ID:`)'} after the link`,
  'junos-ospf3': () => 'a `Loc-If-Id ..., Nbr-If-Id ..., Nbr-Rtr-Id ...` line after the link',
}

/** Junos's link types by their number (RFC 2328, A.4.2): 1 point-to-point, 2 transit, 3 stub, 4 virtual link. */
const JUNOS_LINK_KINDS: Readonly<Record<string, PendingLink['kind']>> = { 1: 'router', 2: 'transit', 3: 'other', 4: 'other' }

/** OSPFv3's link types by their number (RFC 5340, A.4.3): 1 point-to-point, 2 transit, 4 virtual link. */
const OSPFV3_LINK_KINDS: Readonly<Record<string, PendingLink['kind']>> = { 1: 'router', 2: 'transit', 4: 'other' }

/** ospf6d's link types by name (FRR, ospf6d/ospf6_intra.c). */
const OSPF6_LINK_KINDS: Readonly<Record<string, PendingLink['kind']>> = { 'point-to-point': 'router', 'transit-network': 'transit', 'stub-network': 'other', 'virtual-link': 'other' }

/**
 * An OSPFv3 interface id as a number: Cisco writes it so (`24`), FRR as a dotted quad (`0.0.0.24`),
 * Junos both (a network LSA's id `0.0.0.24`, a link's `Nbr-If-Id 24`).
 */
function interfaceId(raw: string): string {
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(raw)
  return octets === null ? raw : String(octets.slice(1).reduce((n, o) => n * 256 + Number(o), 0))
}

/** A link's metric when it reads as one (0 to 65535). */
function metricOf(raw: string): number | undefined {
  const text = raw.trim()
  return /^\d+$/.test(text) && Number(text) <= MAX_METRIC ? Number(text) : undefined
}

/** A decimal area number as a dotted one (`0` → `0.0.0.0`), as FRR writes Cisco's areas. */
function areaName(raw: string): string {
  if (!/^\d+$/.test(raw)) return raw
  const n = Number(raw)
  return n > 0xffffffff ? raw : [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.')
}

/**
 * Parses `show ip ospf database router` (with `show ip ospf database network`, in the same file,
 * when saved) into a topology of one network.
 *
 * @example
 * const text = 'OSPF Router with ID (1.1.1.1)\nRouter Link States (Area 0)\nLS age: 5\nLink State ID: 1.1.1.1\nAdvertising Router: 1.1.1.1\n' +
 *   'Link connected to: another Router (point-to-point)\n(Link ID) Neighboring Router ID: 2.2.2.2\nTOS 0 Metrics: 10\n'
 * parseOspfDatabase(text, { file: 'core.txt' }).topology.links // [{ a: 'core:1.1.1.1', b: 'core:2.2.2.2', metric: 10 }]
 */
export function parseOspfDatabase(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseOspfDatabase', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const routerLsas: RouterLsa[] = []
  /** Each transit network (`<area>\n<designated router's address>`) whose network LSA was read → its attached routers. */
  const attached = new Map<string, Set<string>>()
  /** Router id → the host name of the prompt before its banner. */
  const hosts = new Map<string, string>()
  /** Each area read, with the line of its first heading. */
  const areas = new Map<string, SourceLocation>()
  let host: string | undefined
  let firstBanner: SourceLocation | undefined
  let section: 'router' | 'network' | 'junos' | 'ospf6' | 'huawei' | 'nokia' | 'other' | undefined
  /** Whether any of the file is in Junos's layout (and its OSPFv3's), or in FRR's ospf6d's: the errors then name their commands. */
  let junos = false
  let anyJunosV3 = false
  let anyOspf6 = false
  /** Whether any of the file is in Huawei's layout, or in Nokia's. */
  let huawei = false
  let nokia = false
  /** Nokia's links being read, by their number in the LSA: the kind from `Link Type (n)`, the id from the line after it. */
  let nokiaLinks = new Map<string, PendingLink & { expectId: boolean }>()
  /** Whether the Junos area being read is OSPFv3's (`OSPF3 database, Area ...`). */
  let junosV3 = false
  /** The host of a Junos prompt, until the router's own router LSA (marked `*`) after it is read. */
  let junosHost: string | undefined
  let area = ''
  let lsa: RouterLsa | undefined
  let net: { id?: string; adv?: string; v3: boolean; routers: Set<string> } | undefined
  /** Whether the process being read is OSPFv3's, and whether any was. */
  let v3 = false
  let anyV3 = false
  let link: PendingLink | undefined
  const malformed = (at: SourceLocation, expected: string, got: string, dialect: OspfDialect = 'cisco'): void => {
    diagnostics.push({ code: 'malformed_ospf_database', severity: 'error', at, expected, got, dialect })
  }
  /** Ends the link being read: one without its metric is reported; an OSPFv3 link, read whole, is noted. */
  const closeLink = (): void => {
    if (link !== undefined && OSPFV3_DIALECTS.has(link.dialect) && link.kind !== 'other') {
      const { kind, ref, metric, drInterface, owner, at, dialect } = link
      // OSPFv3 names a transit network by its DR's router id and interface id (RFC 5340, A.4.3).
      if (ref !== undefined && metric !== undefined && (kind === 'router' || drInterface !== undefined)) owner!.links.push({ kind, ref: kind === 'router' ? ref : `${ref}/${drInterface}`, metric, at })
      else malformed(at, OSPFV3_NEIGHBOR_LINES[dialect](kind), link.line, dialect)
    } else if (link !== undefined && link.dialect === 'huawei') {
      malformed(link.at, 'a `Link Type:` and a `Metric :` line after the link', link.line, 'huawei')
    } else if (link !== undefined && link.kind !== 'other') {
      malformed(link.at, link.dialect === 'junos' ? 'a `Topology count: 0, Default metric:` line after the link' : 'a `TOS 0 Metrics:` line after the link', link.line, link.dialect)
    }
    link = undefined
  }
  const closeNetwork = (): void => {
    if (net?.id !== undefined && (!net.v3 || net.adv !== undefined)) {
      const key = net.v3 ? `${area}\n${net.adv}/${net.id}` : `${area}\n${net.id}`
      const routers = attached.get(key) ?? new Set<string>()
      for (const r of net.routers) routers.add(r)
      attached.set(key, routers)
    }
    net = undefined
  }
  /** Starts an LSA from the line that gives its type (ospf6d's `Age: 5 Type: Router`, Huawei's `Type : Router`): a router or network LSA is read, another skipped. */
  const openLsa = (type: string, isV3: boolean, at: SourceLocation): void => {
    closeLink()
    closeNetwork()
    lsa = undefined
    const kind = type.toLowerCase()
    if (kind === 'router') {
      lsa = { area, at, links: [] }
      routerLsas.push(lsa)
    } else if (kind === 'network') {
      net = { v3: isV3, routers: new Set() }
    }
  }
  /** One line of Junos's layout, inside an area: an LSA's header, a router LSA's link or metric, a network LSA's attached router. */
  const readJunosLine = (line: string, at: SourceLocation): void => {
    const header = JUNOS_LSA.exec(line)
    if (header !== null) {
      closeLink()
      closeNetwork()
      lsa = undefined
      const type = header[1]!.toLowerCase()
      if (type === 'router') {
        lsa = { router: header[4]!, area, at, links: [] }
        routerLsas.push(lsa)
        if (header[2] === '*' && junosHost !== undefined) {
          if (!hosts.has(lsa.router!)) hosts.set(lsa.router!, junosHost)
          junosHost = undefined
        }
      } else if (type === 'network') {
        // OSPFv3's network LSA is named by its DR (`Adv Rtr`) and the DR's interface id (its `ID`).
        net = junosV3 ? { id: interfaceId(header[3]!), adv: header[4]!, v3: true, routers: new Set() } : { id: header[3]!, v3: false, routers: new Set() }
      }
      return
    }
    const attachedRouter = JUNOS_ATTACHED_ROUTER.exec(line)
    if (attachedRouter !== null) {
      net?.routers.add(attachedRouter[1]!)
      return
    }
    if (lsa === undefined) return
    if (junosV3) {
      const linkLine = JUNOS_OSPF3_LINK.exec(line)
      if (linkLine !== null) {
        closeLink()
        const kind = OSPFV3_LINK_KINDS[linkLine[1]!]
        const metric = metricOf(linkLine[2]!)
        if (kind === undefined) malformed(at, 'a link of Type PointToPoint (1), Transit (2) or Virtual (4)', line, 'junos-ospf3')
        else if (metric === undefined) malformed(at, `a metric of 0 to ${MAX_METRIC}`, line, 'junos-ospf3')
        else link = { kind, metric, at, line, dialect: 'junos-ospf3', owner: lsa }
        return
      }
      const neighbor = JUNOS_OSPF3_NEIGHBOR.exec(line)
      if (neighbor !== null && link !== undefined) {
        link.drInterface = interfaceId(neighbor[1]!)
        link.ref = neighbor[2]!
        closeLink()
      }
      return
    }
    const idLine = JUNOS_LINK.exec(line)
    if (idLine !== null) {
      closeLink()
      const number = /\((\d+)\)\s*$/.exec(idLine[3]!)?.[1]
      const kind = number === undefined ? undefined : JUNOS_LINK_KINDS[number]
      if (kind === undefined) malformed(at, 'a link of Type PointToPoint (1), Transit (2), Stub (3) or Virtual (4)', line, 'junos')
      else link = { kind, ref: idLine[1]!, at, line, dialect: 'junos' }
      return
    }
    const metricLine = JUNOS_METRIC.exec(line)
    if (metricLine !== null && link !== undefined) {
      const raw = metricLine[1]!.trim()
      const pending = link
      link = undefined
      if (pending.kind === 'other') return
      const metric = Number(raw)
      if (!/^\d+$/.test(raw) || metric > MAX_METRIC) malformed(at, `a metric of 0 to ${MAX_METRIC}`, line, 'junos')
      else lsa.links.push({ kind: pending.kind, ref: pending.ref!, metric, at })
    }
  }
  /** One line of FRR's ospf6d detail, inside an area: an LSA's `Age: ... Type: ...`, its ids, a router LSA's links, a network LSA's attached routers. */
  const readOspf6Line = (line: string, at: SourceLocation): void => {
    const header = OSPF6_LSA.exec(line)
    if (header !== null) {
      openLsa(header[1]!, true, at)
      return
    }
    if (lsa === undefined && net === undefined) return
    // A network LSA is named by its DR (`Advertising Router:`) and the DR's interface id (`Link State ID: 0.0.0.2`).
    const id = LINK_STATE_ID.exec(line)
    if (id !== null) {
      if (net !== undefined) net.id = interfaceId(id[1]!)
      return
    }
    const advertising = ADVERTISING_ROUTER.exec(line)
    if (advertising !== null) {
      if (lsa !== undefined) lsa.router = advertising[1]!
      else net!.adv = advertising[1]!
      return
    }
    if (net !== undefined) {
      const router = ATTACHED_ROUTER.exec(line)
      if (router !== null) net.routers.add(router[1]!)
      return
    }
    const linkLine = OSPF6_LINK.exec(line)
    if (linkLine !== null) {
      closeLink()
      const kind = OSPF6_LINK_KINDS[linkLine[1]!.toLowerCase()]
      const metric = metricOf(linkLine[2]!)
      if (kind === undefined) malformed(at, 'a link of Type Point-To-Point, Transit-Network or Virtual-Link', line, 'frr-ospf6')
      else if (metric === undefined) malformed(at, `a metric of 0 to ${MAX_METRIC}`, line, 'frr-ospf6')
      else link = { kind, metric, at, line, dialect: 'frr-ospf6', owner: lsa }
      return
    }
    if (link === undefined) return
    const neighborInterface = OSPF6_NEIGHBOR_INTERFACE_ID.exec(line)
    if (neighborInterface !== null) {
      link.drInterface = interfaceId(neighborInterface[1]!)
      return
    }
    const neighbor = NEIGHBOR_ROUTER_ID.exec(line)
    if (neighbor !== null) link.ref = neighbor[1]!
  }
  /** Ends the Nokia LSA being read: a link without its id or metric is reported. */
  const closeNokia = (): void => {
    for (const l of nokiaLinks.values()) {
      if (l.kind !== 'other') malformed(l.at, l.ref === undefined ? 'the link\'s id on the line after its `Link Type`' : 'a `Metric-0` field of the link', l.line, 'nokia')
    }
    nokiaLinks = new Map()
  }
  /** One line of Nokia's layout: an LSA's heading or fields. */
  const readNokiaLine = (line: string, at: SourceLocation): void => {
    const heading = NOKIA_LSA.exec(line)
    if (heading !== null) {
      closeNokia()
      area = areaName(heading[2]!)
      if (!areas.has(area)) areas.set(area, at)
      openLsa(heading[1]!, false, at)
      return
    }
    if (lsa === undefined && net === undefined) return
    for (const [i, [key, value]] of nokiaFields(line).entries()) {
      const numbered = NOKIA_NUMBER.exec(key)
      const name = (numbered === null ? key : key.slice(0, numbered.index)).trim().toLowerCase()
      if (numbered === null) {
        if (name === 'adv router id' && lsa !== undefined) lsa.router = value
        else if (name === 'link state id' && net !== undefined) net.id = value.split(/\s/)[0]!
        continue
      }
      const n = numbered[1]!
      if (net !== undefined) {
        if (name === 'router id') net.routers.add(value)
        continue
      }
      if (name === 'link type') {
        const type = value.toLowerCase()
        const kind = NOKIA_LINK_KINDS[type] ?? (/point.?to.?point/.test(type) ? 'router' : undefined)
        if (kind === undefined) malformed(at, 'a link of Link Type Point To Point, Transit Network, Stub Network or Virtual Link', line, 'nokia')
        else nokiaLinks.set(n, { kind, at, line, dialect: 'nokia', expectId: true })
        continue
      }
      const pending = nokiaLinks.get(n)
      if (pending === undefined) continue
      // The line after the link's type gives its id first: a transit network's DR address, a point-to-point neighbour's router id.
      if (pending.expectId && i === 0) {
        pending.expectId = false
        const id = value.split(/\s/)[0]!
        if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(id)) pending.ref = id
        else if (pending.kind !== 'other') {
          // Taking another field for the id would make a router of it: the link is reported once, here.
          nokiaLinks.delete(n)
          malformed(at, 'the link\'s id, an address or router id, first on the line after its `Link Type`', line, 'nokia')
        }
        continue
      }
      if (name === 'metric-0') {
        nokiaLinks.delete(n)
        if (pending.kind === 'other') continue
        const metric = metricOf(value)
        if (metric === undefined) malformed(at, `a metric of 0 to ${MAX_METRIC}`, line, 'nokia')
        else if (pending.ref === undefined) malformed(pending.at, 'the link\'s id on the line after its `Link Type`', pending.line, 'nokia')
        else lsa!.links.push({ kind: pending.kind, ref: pending.ref, metric, at })
      }
    }
  }
  /** The `Link Type:` of the Huawei link being read, once read. */
  let huaweiType: string | undefined
  /** One line of Huawei's layout, after its banner: an LSA's `Type :`, its ids, a router LSA's links, a network LSA's attached routers. */
  const readHuaweiLine = (line: string, at: SourceLocation): void => {
    const type = HUAWEI_LSA.exec(line)
    if (type !== null) {
      openLsa(type[1]!, false, at)
      return
    }
    const id = HUAWEI_LS_ID.exec(line)
    if (id !== null) {
      if (net !== undefined) net.id = id[1]!
      else if (lsa !== undefined) lsa.router ??= id[1]!
      return
    }
    const advertising = HUAWEI_ADV_RTR.exec(line)
    if (advertising !== null) {
      if (lsa !== undefined) lsa.router = advertising[1]!
      return
    }
    if (net !== undefined) {
      const router = HUAWEI_ATTACHED_ROUTER.exec(line)
      if (router !== null) net.routers.add(router[1]!)
      return
    }
    if (lsa === undefined) return
    const linkId = HUAWEI_LINK_ID.exec(line)
    if (linkId !== null) {
      closeLink()
      // Its kind is known from its `Link Type:` line; until then it is read as one that must give its metric.
      link = { kind: 'router', ref: linkId[1]!, at, line, dialect: 'huawei' }
      huaweiType = undefined
      return
    }
    if (link === undefined) return
    const typeLine = HUAWEI_LINK_TYPE.exec(line)
    if (typeLine !== null) {
      const kind = HUAWEI_LINK_KINDS[typeLine[1]!.trim().toLowerCase()]
      if (kind === undefined) {
        malformed(at, 'a link of Link Type P-2-P, TransNet, StubNet or Virtual', line, 'huawei')
        link = undefined
      } else {
        link.kind = kind
        huaweiType = typeLine[1]!.trim()
      }
      return
    }
    const metricLine = HUAWEI_METRIC.exec(line)
    if (metricLine !== null) {
      const pending = link
      link = undefined
      if (huaweiType === undefined) {
        malformed(pending.at, 'a `Link Type:` line between the link\'s `Link ID:` and its `Metric :`', pending.line, 'huawei')
        return
      }
      if (pending.kind === 'other') return
      const metric = metricOf(metricLine[1]!)
      if (metric === undefined) malformed(at, `a metric of 0 to ${MAX_METRIC}`, line, 'huawei')
      else lsa.links.push({ kind: pending.kind, ref: pending.ref!, metric, at })
    }
  }
  const lines = text.replace(/^\ufeff/, '').split(LINE_BREAK)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const at: SourceLocation = { file, line: i + 1 }
    const huaweiPrompt = HUAWEI_PROMPT_LINE.exec(line)
    if (huaweiPrompt !== null) {
      host = (huaweiPrompt[1] ?? huaweiPrompt[2]!).replace(HUAWEI_PROTOCOL_VIEW, '')
      junosHost = undefined
      continue
    }
    const huaweiBanner = HUAWEI_BANNER.exec(line)
    if (huaweiBanner !== null) {
      closeLink()
      closeNetwork()
      firstBanner ??= at
      huawei = true
      if (host !== undefined && !hosts.has(huaweiBanner[1]!)) hosts.set(huaweiBanner[1]!, host)
      host = undefined
      section = 'huawei'
      area = ''
      lsa = undefined
      continue
    }
    if (NOKIA_BANNER.test(line)) {
      closeLink()
      closeNetwork()
      closeNokia()
      firstBanner ??= at
      nokia = true
      section = 'nokia'
      lsa = undefined
      continue
    }
    if (section === 'nokia') {
      readNokiaLine(line, at)
      continue
    }
    if (section === 'huawei') {
      const huaweiArea = HUAWEI_AREA.exec(line)
      if (huaweiArea !== null) {
        closeLink()
        closeNetwork()
        lsa = undefined
        area = areaName(huaweiArea[1]!)
        if (!areas.has(area)) areas.set(area, at)
        continue
      }
      readHuaweiLine(line, at)
      continue
    }
    const junosPrompt = JUNOS_PROMPT.exec(line)
    if (junosPrompt !== null) {
      // A logical system's prompt (`lab@mxB:R4>`) names the chassis, not the router the LSAs are of.
      junosHost = junosPrompt[2] === undefined ? junosPrompt[1]! : undefined
      host = undefined
      continue
    }
    const prompt = PROMPT.exec(line)
    if (prompt !== null) {
      host = prompt[1]!
      junosHost = undefined
      continue
    }
    const junosArea = JUNOS_AREA.exec(line)
    if (junosArea !== null || JUNOS_OTHER_SCOPE.test(line)) {
      closeLink()
      closeNetwork()
      firstBanner ??= at
      junos = true
      junosV3 = /^OSPF3/i.test(line)
      anyJunosV3 ||= junosV3
      section = junosArea === null ? 'other' : 'junos'
      area = areaName(junosArea?.[2] ?? '')
      if (junosArea !== null && !areas.has(area)) areas.set(area, at)
      lsa = undefined
      continue
    }
    const ospf6Area = OSPF6_AREA.exec(line)
    if (ospf6Area !== null || OSPF6_OTHER_SCOPE.test(line)) {
      closeLink()
      closeNetwork()
      firstBanner ??= at
      anyOspf6 = true
      section = ospf6Area === null ? 'other' : 'ospf6'
      area = areaName(ospf6Area?.[1] ?? '')
      if (ospf6Area !== null && !areas.has(area)) areas.set(area, at)
      lsa = undefined
      continue
    }
    // ospf6d's LSAs saved without their area's heading.
    if (section === undefined && OSPF6_LSA.test(line)) {
      firstBanner ??= at
      anyOspf6 = true
      section = 'ospf6'
    }
    if (section === 'ospf6') {
      readOspf6Line(line, at)
      continue
    }
    const banner = BANNER.exec(line) ?? BANNER_V3.exec(line)
    if (banner !== null) {
      v3 = /^OSPFv3/i.test(line)
      anyV3 ||= v3
      closeLink()
      closeNetwork()
      firstBanner ??= at
      // The prompt names the router id of the first process after it: the router's other processes
      // (the `Process ID 2` of the same command) have ids of their own, which the device cannot sit on at once.
      if (host !== undefined && !hosts.has(banner[1]!)) hosts.set(banner[1]!, host)
      host = undefined
      section = undefined
      lsa = undefined
      continue
    }
    const heading = SECTION.exec(line)
    if (heading !== null) {
      closeLink()
      closeNetwork()
      firstBanner ??= at
      const kind = heading[1]!.toLowerCase()
      section = kind === 'router' ? 'router' : kind === 'net' ? 'network' : 'other'
      area = areaName(heading[2] ?? '')
      if (section !== 'other' && !areas.has(area)) areas.set(area, at)
      lsa = undefined
      continue
    }
    if (section === 'junos') {
      readJunosLine(line, at)
      continue
    }
    if (section === undefined || section === 'other') continue
    if (LS_AGE.test(line)) {
      closeLink()
      closeNetwork()
      lsa = undefined
      if (section === 'router') {
        lsa = { area, at, links: [] }
        routerLsas.push(lsa)
      } else {
        net = { v3, routers: new Set() }
      }
      continue
    }
    if (section === 'network') {
      const id = LINK_STATE_ID.exec(line)
      if (id !== null) {
        // An LSA whose `LS age:` line was cut off.
        if (net === undefined || net.id !== undefined) {
          closeNetwork()
          net = { v3, routers: new Set() }
        }
        net.id = net.v3 ? interfaceId(id[1]!) : id[1]!
        continue
      }
      // OSPFv3's network LSA is named by its DR's router id (`Advertising Router:`) and interface id (`Link State ID: 24 (Interface ID of Designated Router)`).
      const advertising = ADVERTISING_ROUTER.exec(line)
      if (advertising !== null && net !== undefined) {
        net.adv = advertising[1]!
        continue
      }
      const router = ATTACHED_ROUTER.exec(line)
      if (router !== null && net !== undefined) net.routers.add(router[1]!)
      continue
    }
    const id = LINK_STATE_ID.exec(line)
    if (id !== null && (lsa === undefined || lsa.router !== undefined)) {
      // An LSA whose `LS age:` line was cut off.
      closeLink()
      lsa = { area, at, links: [] }
      routerLsas.push(lsa)
    }
    const advertising = ADVERTISING_ROUTER.exec(line)
    if (advertising !== null && lsa !== undefined) {
      lsa.router = advertising[1]!
      continue
    }
    if (id !== null) {
      lsa!.router ??= id[1]!
      continue
    }
    const connected = LINK_CONNECTED.exec(line)
    if (connected !== null) {
      closeLink()
      const what = connected[1]!
      const kind = /another Router/i.test(what) ? 'router' : /Transit Network/i.test(what) ? 'transit' : /Stub Network|Virtual Link/i.test(what) ? 'other' : undefined
      if (kind === undefined) {
        malformed(at, 'another Router (point-to-point), a Transit Network, a Stub Network or a Virtual Link', line)
      } else if (lsa === undefined) {
        malformed(at, 'an LSA\'s `LS age:` and `Link State ID:` lines before its links', line)
      } else {
        link = v3 ? { kind, at, line, dialect: 'ospfv3', owner: lsa } : { kind, at, line, dialect: 'cisco' }
      }
      continue
    }
    if (link?.dialect === 'ospfv3') {
      const metricLine = LINK_METRIC.exec(line)
      if (metricLine !== null) {
        const raw = metricLine[1]!.trim()
        if (/^\d+$/.test(raw) && Number(raw) <= MAX_METRIC) {
          link.metric = Number(raw)
        } else {
          malformed(at, `a metric of 0 to ${MAX_METRIC}`, line, 'ospfv3')
          link = undefined
        }
        continue
      }
      const drInterface = NEIGHBOR_DR_INTERFACE_ID.exec(line)
      if (drInterface !== null) {
        link.drInterface = interfaceId(drInterface[1]!)
        continue
      }
      const neighbor = NEIGHBOR_ROUTER_ID.exec(line)
      if (neighbor !== null) link.ref = neighbor[1]!
      continue
    }
    const linkId = LINK_ID.exec(line)
    if (linkId !== null && link !== undefined) {
      link.ref = linkId[1]!
      continue
    }
    const tos = TOS0_METRIC.exec(line)
    if (tos !== null && link !== undefined) {
      const raw = tos[1]!.trim()
      const metric = Number(raw)
      const pending = link
      link = undefined
      if (pending.kind === 'other') continue
      if (!/^\d+$/.test(raw) || metric > MAX_METRIC) malformed(at, `a metric of 0 to ${MAX_METRIC}`, line)
      else if (pending.ref === undefined) malformed(pending.at, 'a `(Link ID)` line that names the neighbour or the designated router', pending.line)
      else lsa!.links.push({ kind: pending.kind, ref: pending.ref, metric, at })
    }
  }
  closeLink()
  closeNetwork()
  closeNokia()
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const read = routerLsas.filter((l): l is RouterLsa & { router: string } => l.router !== undefined)
  if (read.length === 0) {
    diagnostics.push({ code: 'ospf_router_lsas_missing', severity: 'error', at: firstBanner ?? { file }, dialect: nokia ? 'nokia' : huawei ? 'huawei' : anyOspf6 ? 'frr-ospf6' : anyJunosV3 ? 'junos-ospf3' : junos ? 'junos' : anyV3 ? 'ospfv3' : 'cisco' })
    return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
  }
  // OSPF's route computation uses a point-to-point link only when the neighbour's router LSA links
  // back (RFC 2328, 16.1): a link the neighbour's LSA, read in the same area, does not list is left out.
  const back = new Set(read.flatMap((l) => l.links.filter((k) => k.kind === 'router').map((k) => `${l.area}\n${l.router}\n${k.ref}`)))
  const advertised = new Set(read.map((l) => `${l.area}\n${l.router}`))
  const graph = new LinkStateGraph()
  for (const l of read) {
    if (!builder.hasNode(l.router)) {
      const name = hosts.get(l.router)
      builder.addNode(l.router, name === undefined ? { devices: [l.router] } : { label: name, devices: [l.router, name] }, l.at)
    }
    for (const k of l.links) {
      if (k.kind === 'router') {
        if (!advertised.has(`${l.area}\n${k.ref}`) || back.has(`${l.area}\n${k.ref}\n${l.router}`)) graph.arc(l.router, k.ref, k.metric, k.at)
        continue
      }
      const key = `${l.area}\n${k.ref}`
      const members = attached.get(key)
      if (members === undefined || members.has(l.router)) graph.join(key, l.router, k.metric, k.at)
    }
  }
  graph.addTo(builder)
  if (areas.size > 1) {
    const [, second] = [...areas.values()]
    diagnostics.push({ code: 'ospf_areas_merged', severity: 'info', at: second!, areas: [...areas.keys()] })
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
