/**
 * SNMP walks as an inventory: what Net-SNMP's snmpwalk, snmpbulkwalk and snmpget print, as users
 * save it (`snmpwalk -v2c -c public HOST system > walk.txt`), and snmpsim's recordings (`.snmprec`,
 * one `OID|TAG|VALUE` line per object, as LibreNMS keeps its test devices).
 *
 * A walk is one device. A file of several walks one after another (`for h in ...; do snmpwalk ...
 * $h system; done > walks.txt`) gives one device per walk: a new walk starts where the system
 * group starts again, at a system object the walk being read already holds (or at sysDescr.0 when
 * other objects came after the walk's system group, or, in snmpsim recordings, which are in OID order,
 * after any system object). A walk that repeats an earlier one line for
 * line, and holds a sysUpTime, a MAC or a serial number, is the same output pasted or saved twice,
 * not a second device (two devices differ in those at least): it is skipped with a warning. Walks
 * of nothing but a sysName, sysDescr and sysObjectID may be two switches of one model left with
 * the default sysName, and stay two devices.
 *
 * Net-SNMP prints a line per object, `NAME = TYPE: VALUE`, in the shapes its -O options choose:
 * names as MIB names (`SNMPv2-MIB::sysDescr.0`, the default), numbers (`.1.3.6.1.2.1.1.1.0`, -On),
 * `iso.3.6.1.2.1.1.1.0` when no MIB is loaded, short names (`sysDescr.0`, -Os), full paths (-Of),
 * `IF-MIB::ifPhysAddress[2]` (-OX); `NAME VALUE` with -Oq and `NAME = VALUE` with -OQ (no types).
 * A string of an object whose MIB gives it a display hint (DisplayString: sysDescr) is printed as
 * it is, line breaks included, so its value goes on over the next lines up to the next object; a
 * string without one is quoted (`"..."`, with `\"` and `\\` escaped) or printed as hex bytes
 * (`Hex-STRING: 00 E0 FC 12 34 56`, 16 bytes a line) when it holds bytes that are not text
 * (snmplib/mib.c, sprint_realloc_octet_string).
 *
 * What becomes what: sysName.0 the id and name (the id of a walk without one is its order,
 * `walk-3`), sysDescr.0 and sysObjectID.0 the SNMP identity, sysLocation.0 the site (as other
 * tools' location columns are), ifPhysAddress the MACs, and the chassis of ENTITY-MIB's physical
 * table (entPhysicalClass chassis(3), else its first entry) the manufacturer, model, serial number
 * and firmware; its other entries that name their manufacturer are components. LLDP-MIB's local
 * chassis id is a MAC too when its subtype says it is one. A UPS without an ENTITY-MIB chassis is
 * named by UPS-MIB's upsIdentManufacturer and upsIdentModel (RFC 1628), the maker and model its
 * agent reports. Without either, a maker's own identity objects (Hikvision's, Dahua's), the
 * syno_hw_version of a Synology NAS's kernel command line (HOST-RESOURCES-MIB), or the MODEL field
 * of a DOCSIS sysDescr name the model. A walk without a sysObjectID keeps the first object under
 * each private enterprise number it holds: identification takes a maker's number as weaker
 * evidence of that maker (a camera that answers only its maker's MIB).
 */
import { LineSplitter } from './lines.js'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { docsisFields } from '../catalog/docsis.js'
import { productOidTable } from '../catalog/product-oid-data.js'
import { parseOid, privateObjectsStandIn } from '../identify/oid.js'
import type { RowParser, RowSink } from './rows.js'

/** The objects of a walk that identification reads. */
type WalkObject =
  | 'sysDescr' | 'sysObjectID' | 'sysName' | 'sysLocation' | 'ifDescr' | 'ifPhysAddress' | 'dot1dBaseBridgeAddress'
  | 'entPhysicalClass' | 'entPhysicalFirmwareRev' | 'entPhysicalSoftwareRev' | 'entPhysicalSerialNum'
  | 'entPhysicalMfgName' | 'entPhysicalModelName' | 'lldpLocChassisIdSubtype' | 'lldpLocChassisId'
  | 'upsIdentManufacturer' | 'upsIdentModel' | 'hrSystemInitialLoadParameters'
  | 'hikDeviceType' | 'hikSoftwVersion' | 'dahuaDeviceType' | 'dahuaSoftwareRevision' | 'dahuaSerialNumber'
  | 'dot11manufacturerProductName'

/**
 * Each object by its OID (SNMPv2-MIB system group, IF-MIB ifTable, ENTITY-MIB entPhysicalEntry
 * { mib-2 47 1 1 1 1 }, LLDP-MIB lldpLocalSystemData { 1 0 8802 1 1 2 1 3 }, UPS-MIB upsIdent
 * { mib-2 33 1 1 }); the name is the
 * one the MIB gives it, which Net-SNMP prints when the MIB is loaded.
 */
const OBJECTS: Readonly<Record<WalkObject, string>> = {
  sysDescr: '1.3.6.1.2.1.1.1',
  sysObjectID: '1.3.6.1.2.1.1.2',
  sysName: '1.3.6.1.2.1.1.5',
  sysLocation: '1.3.6.1.2.1.1.6',
  ifDescr: '1.3.6.1.2.1.2.2.1.2',
  ifPhysAddress: '1.3.6.1.2.1.2.2.1.6',
  // BRIDGE-MIB (RFC 4188) dot1dBaseBridgeAddress { dot1dBase 1 }: the MAC a switch is known by,
  // where a switch (or a power system's monitoring unit) records no interface's.
  dot1dBaseBridgeAddress: '1.3.6.1.2.1.17.1.1',
  entPhysicalClass: '1.3.6.1.2.1.47.1.1.1.1.5',
  entPhysicalFirmwareRev: '1.3.6.1.2.1.47.1.1.1.1.9',
  entPhysicalSoftwareRev: '1.3.6.1.2.1.47.1.1.1.1.10',
  entPhysicalSerialNum: '1.3.6.1.2.1.47.1.1.1.1.11',
  entPhysicalMfgName: '1.3.6.1.2.1.47.1.1.1.1.12',
  entPhysicalModelName: '1.3.6.1.2.1.47.1.1.1.1.13',
  lldpLocChassisIdSubtype: '1.0.8802.1.1.2.1.3.1',
  lldpLocChassisId: '1.0.8802.1.1.2.1.3.2',
  upsIdentManufacturer: '1.3.6.1.2.1.33.1.1.1',
  upsIdentModel: '1.3.6.1.2.1.33.1.1.2',
  // HOST-RESOURCES-MIB hrSystem { host 1 }: Synology's DSM puts its kernel command line here,
  // syno_hw_version=<model> among it (LibreNMS tells DSM and SRM by that word).
  hrSystemInitialLoadParameters: '1.3.6.1.2.1.25.1.4',
  // Makers' own identity objects, for the devices that answer their maker's MIB and no system
  // group. Both MIBs call the model deviceType, so these keys are not the MIBs' names: a name is
  // read by its module (`MODULE_OBJECTS`), a number as it is. Hikvision's cameras, HIK-DEVICE-MIB
  // under 39165: deviceType.0 (39165.1.1.0) and softwVersion.0 (39165.1.3.0), which LibreNMS reads
  // as hardware and version (its recording of a DS-2CD2185FWD-I answers them, and no system group).
  hikDeviceType: '1.3.6.1.4.1.39165.1.1',
  hikSoftwVersion: '1.3.6.1.4.1.39165.1.3',
  // Dahua's recorders and cameras, DAHUA-SNMP-MIB under { dahua 2 } (1004849.2): softwareRevision
  // { versionInfo 1 } (2.1.1.1), serialNumber { productInfo 4 } (2.1.2.4) and deviceType, "The
  // device mode", { productInfo 6 } (2.1.2.6).
  dahuaDeviceType: '1.3.6.1.4.1.1004849.2.1.2.6',
  dahuaSoftwareRevision: '1.3.6.1.4.1.1004849.2.1.1.1',
  dahuaSerialNumber: '1.3.6.1.4.1.1004849.2.1.2.4',
  // IEEE802dot11-MIB dot11ResourceInfoTable (1.2.840.10036.3.1.2), one row per radio interface:
  // dot11manufacturerProductName (column 3) names the access point's product. A UniFi access point
  // answers it with its model ("UAP" in LibreNMS's unifi recording, beside Frogfoot's 10002.1 as
  // sysObjectID and a bare Linux kernel line as sysDescr), which LibreNMS's unifi definition reads
  // to tell it. Its dot11manufacturerName (column 2) is left out: it may name the radio's maker.
  dot11manufacturerProductName: '1.2.840.10036.3.1.2.1.3',
}
const BY_NAME: ReadonlyMap<string, WalkObject> = new Map(Object.keys(OBJECTS).map((k) => [k, k as WalkObject]))
const BY_OID: readonly (readonly [string, WalkObject])[] = Object.entries(OBJECTS).map(([k, oid]) => [`${oid}.`, k as WalkObject])

/** Objects of `OBJECTS` whose MIB name is not their key, by `MODULE::name` as Net-SNMP prints them with the MIB loaded. */
const MODULE_OBJECTS: ReadonlyMap<string, WalkObject> = new Map([
  ['HIK-DEVICE-MIB::deviceType', 'hikDeviceType'],
  ['HIK-DEVICE-MIB::softwVersion', 'hikSoftwVersion'],
  ['DAHUA-SNMP-MIB::deviceType', 'dahuaDeviceType'],
  ['DAHUA-SNMP-MIB::softwareRevision', 'dahuaSoftwareRevision'],
  ['DAHUA-SNMP-MIB::serialNumber', 'dahuaSerialNumber'],
])

/** Private enterprises, { internet 4 1 }: objects under a maker's number. */
const ENTERPRISES = '1.3.6.1.4.1.'
/** Private objects kept a walk, at most: one per enterprise number. */
const MAX_PRIVATE_OBJECTS = 8

/** The system group, { mib-2 1 }: where a walk of `system` starts. */
const SYSTEM = '1.3.6.1.2.1.1.'

/** Names Net-SNMP puts before numbers when it knows a node but not the objects under it. */
const BASES: Readonly<Record<string, string>> = {
  iso: '1', 'mib-2': '1.3.6.1.2.1', enterprises: '1.3.6.1.4.1', private: '1.3.6.1.4', internet: '1.3.6.1', ccitt: '0', 'joint-iso-ccitt': '2',
  // NET-SNMP-MIB's arc of the sysObjectIDs a Net-SNMP agent reports by default (linux is .10): kept
  // whole, as it tells a generic agent from a product (see snmpOf in device-input.ts).
  netSnmpAgentOIDs: '1.3.6.1.4.1.8072.3.2',
}

/**
 * MIB modules that Net-SNMP names a sysObjectID by when the module is loaded
 * (`OID: HUAWEI-MIB::s2700-9TP-EI-AC`, `OID: CISCO-PRODUCTS-MIB::cisco2611`,
 * `OID: NET-SNMP-MIB::netSnmpAgentOIDs.10`): the number of the product is not in the walk (unless
 * the catalog's product tables define the symbol, catalog/product-oid-data.ts), but the module
 * defines all its objects under its maker's private enterprise number, which is what
 * identification reads. Only modules seen naming a sysObjectID in real walks are listed, and the
 * makers' MIBs whose objects are read; another name is reported (`unresolved_oid`) with the way to
 * get the number (-On). An object named by one of these modules stands, in a walk without a
 * sysObjectID, for the maker's number.
 */
const MODULE_ENTERPRISES: Readonly<Record<string, number>> = {
  'HUAWEI-MIB': 2011,
  'CISCO-PRODUCTS-MIB': 9,
  'NET-SNMP-MIB': 8072,
  // The makers' MIBs of `MODULE_OBJECTS`: an object they name is under the maker's number.
  'HIK-DEVICE-MIB': 39165,
  'DAHUA-SNMP-MIB': 1004849,
}

/** The types Net-SNMP prints before a value (none with -OQ and -Oq). */
const TYPED = /^(STRING|Hex-STRING|OID|INTEGER|Timeticks|Counter32|Counter64|Gauge32|UInteger32|IpAddress|Network Address|BITS|OPAQUE|Opaque|NULL|Wrong Type \(should be [^)]*\)):(?: |$)/
/** What Net-SNMP prints instead of a value: the object is not there. */
const NO_VALUE = /^(?:No Such Object available|No Such Instance currently exists|No more variables left in this MIB View)/
/** An OID as Net-SNMP prints it beyond doubt: with a module, as numbers, with an index or a -OX index. */
const STRONG_NAME = /::|^\.?(?:iso|\d+)\.\d|\.\d+$|\]$/
/** `NAME = VALUE`, NAME without spaces (nor the separators of a CSV header). */
const VARBIND = /^([^\s=,;|]+) = ?(.*)$/
/** `NAME VALUE` (-Oq). */
const QUICK_VARBIND = /^([^\s=,;|]+)(?: (.*))?$/
/** The name of -Oq's first line: with its MIB, or numbers from the top (nothing else tells it from text). */
const QUICK_FIRST = /^(?:[A-Za-z][\w-]*::\S+|\.?(?:iso|1)(?:\.\d+)+)$/
/**
 * An snmpsim record: OID|TAG|VALUE, the tag a BER type number with `x` when the value is hex, `e`
 * when it is a string with Python's escapes (`\x00`, `\n`, `\"`; snmpsim's record/snmprec.py).
 */
const SNMPREC = /^\.?(\d+(?:\.\d+)+)\|(\d+)([xe]?)(?::[^|]*)?\|(.*)$/
/** A line of a Hex-STRING that goes on. */
const HEX_LINE = /^(?:[0-9A-Fa-f]{2} ?)+(?:\s+\[.*\])?\s*$/
/** What snmpwalk and snmpget write to standard error, when it is saved with the walk (`2>&1`). */
/**
 * snmpwalk's answer to an object name it cannot turn into numbers (`system: Unknown Object
 * Identifier (Sub-id not found: (top) -> system)`): its MIB files are not installed, as on Debian
 * and Ubuntu by default, so nothing was walked.
 */
const UNKNOWN_NAME = /^\S+: Unknown Object Identifier\b/
const TOOL_MESSAGE = new RegExp(`^(?:Timeout: No Response from |End of MIB\\b|Error in packet|Reason: |Failed object: |snmp\\w*: )|${UNKNOWN_NAME.source}`)

/** True for a line that snmpwalk or snmpget printed about the walk rather than an object of it. */
export function isSnmpToolMessage(line: string): boolean {
  return TOOL_MESSAGE.test(line.trim())
}

/**
 * A command line of a saved terminal session (`admin@nms:~$ snmpwalk -v2c ...`, `[root@nms ~]#
 * snmpget ...`, or the command alone): skipped, as a `#` comment is. An option is required, so that
 * a line of text that merely names the tool is not taken for one.
 */
const COMMAND_LINE = /^(?:[^=|]*[$#>%]\s*)?(?:sudo\s+)?snmp(?:bulk)?(?:walk|get(?:next)?)\s+-/

/** Whether `line` is a command line that ran the walk (see `COMMAND_LINE`), skipped before and between walks. */
export function isSnmpCommandLine(line: string): boolean {
  return COMMAND_LINE.test(line)
}

/** How the file writes its objects, told from its first object line. */
type Layout = 'net-snmp' | 'quick' | 'snmprec'

/** The layout of a walk from its first line that is not blank or a `#` comment, or undefined when it is no walk. */
export function snmpWalkLayout(line: string): Layout | undefined {
  const l = line.trimEnd()
  if (SNMPREC.test(l)) return 'snmprec'
  const m = VARBIND.exec(l)
  if (m !== null && l.includes(' = ') && (STRONG_NAME.test(m[1]!) || TYPED.test(m[2]!) || m[2]!.startsWith('"') || NO_VALUE.test(m[2]!))) return 'net-snmp'
  const q = QUICK_VARBIND.exec(l)
  if (q !== null && QUICK_FIRST.test(q[1]!) && !l.includes(' = ')) return 'quick'
  return undefined
}

/** An object of the walk: which one (when it is one that is read) and its instance. */
type Name = { object: WalkObject | undefined; index: string; system: string | undefined; oid?: string }

/**
 * What an object name printed by Net-SNMP is: one of `OBJECTS` with its index, and its key in the
 * system group when it is in it (a walk holds each once).
 */
function resolveName(raw: string): Name {
  let name = raw.replace(/\[([^\]]*)\]/g, '.$1')
  let module: string | undefined
  const colon = name.indexOf('::')
  if (colon >= 0) {
    module = name.slice(0, colon)
    name = name.slice(colon + 2)
  }
  if (name.startsWith('.')) name = name.slice(1)
  const labels = name.split('.')
  let last = -1
  for (let i = labels.length - 1; i >= 0; i--) {
    if (!/^\d+$/.test(labels[i]!)) {
      last = i
      break
    }
  }
  if (last >= 0) {
    const label = labels[last]!
    const index = labels.slice(last + 1).join('.')
    const base = BASES[label]
    if (base === undefined) {
      const own = module !== undefined ? MODULE_OBJECTS.get(`${module}::${label}`) : undefined
      // An object of a maker's MIB stands for the maker's number (all the MIB defines is under it).
      const enterprise = module !== undefined ? MODULE_ENTERPRISES[module] : undefined
      if (own !== undefined) return { object: own, index, system: undefined, oid: `${ENTERPRISES}${enterprise}` }
      if (enterprise !== undefined) return { object: undefined, index: '', system: undefined, oid: `${ENTERPRISES}${enterprise}` }
      const object = BY_NAME.get(label)
      // The system group's objects are named sys... (and DISMAN-EVENT-MIB::sysUpTimeInstance).
      const inSystem = object !== undefined ? OBJECTS[object].startsWith(SYSTEM) : label.startsWith('sys') && (module === undefined || /^(?:SNMPv2-MIB|RFC1213-MIB|DISMAN-EVENT-MIB)$/.test(module))
      return { object, index, system: inSystem ? `${label}.${index}` : undefined }
    }
    name = index === '' ? base : `${base}.${index}`
  }
  const oid = `${name}.`
  const system = oid.startsWith(SYSTEM) ? name.slice(SYSTEM.length) : undefined
  for (const [prefix, object] of BY_OID) {
    if (oid.startsWith(prefix)) return { object, index: name.slice(prefix.length), system, oid: name }
  }
  return { object: undefined, index: '', system, oid: name }
}

/** A value being read: its type as printed, its text, and whether more lines may belong to it. */
type Pending = {
  name: Name
  at: SourceLocation
  type: string | undefined
  text: string
  quoted: boolean
  /** 'quote': a quoted string not closed yet; 'text': a string printed as it is; 'hex': hex bytes. */
  more: 'quote' | 'text' | 'hex' | undefined
}

/** One chassis or module of ENTITY-MIB's physical table. */
type Entity = { class?: number; mfg?: string; model?: string; serial?: string; software?: string; firmware?: string }

/** What one walk says of its device. */
type Walk = {
  at: SourceLocation
  order: number
  sysDescr?: string
  sysObjectID?: string
  sysName?: string
  sysLocation?: string
  /** MACs of the device that are no interface's (the bridge address). */
  macs: string[]
  /** ifPhysAddress by interface index. */
  interfaceMacs: Map<string, string>
  /** Interfaces whose ifDescr names a subscriber's unit behind a PON port (`EPON0/1:3`). */
  subscriberInterfaces: Set<string>
  entities: Map<number, Entity>
  chassisIdSubtype?: number
  chassisId?: string
  upsManufacturer?: string
  upsModel?: string
  /** What the maker's own objects name (Hikvision's, Dahua's, Synology's syno_hw_version). */
  privateModel?: string
  /** The product the first radio's IEEE 802.11 MIB names (dot11manufacturerProductName). */
  radioProduct?: string
  privateSerial?: string
  privateVersion?: string
  /** The first object under each private enterprise number, numeric. */
  privateObjects: Map<string, string>
  /** System objects read, to tell where the next walk starts. */
  system: Set<string>
  /** Whether objects of other groups came after the system group. */
  afterSystem: boolean
  /** Whether the walk holds a sysUpTime, which tells two devices apart as a MAC or a serial does. */
  uptime: boolean
  /** Two 32-bit hashes (FNV-1a, djb2) and the length of the walk's lines, to tell a walk repeated word for word. */
  fnv: number
  djb: number
  length: number
}

/** ENTITY-MIB PhysicalClass values: chassis(3) is the device itself, the others name a component's kind. */
const PHYSICAL_CLASSES: Readonly<Record<number, string>> = {
  1: 'other', 2: 'unknown', 3: 'chassis', 4: 'backplane', 5: 'container', 6: 'powerSupply', 7: 'fan', 8: 'sensor',
  9: 'module', 10: 'port', 11: 'stack', 12: 'cpu',
}
/** LldpChassisIdSubtype macAddress(4): the chassis id is a MAC of the device. */
const CHASSIS_ID_MAC = 4
/**
 * The serial number a sysDescr states, as Digital China Networks' switches write it:
 * `S4600-52P-SI Device, Compiled ... HardWare Version 1.0.1  Serial No.:SW045010FB16000330 Copyright ...`.
 */
const SYSDESCR_SERIAL = /\bSerial No\.?:\s*([A-Z0-9][A-Z0-9-]{5,})\b/i
/**
 * An ifDescr naming a subscriber's unit (ONU, ONT) behind a PON port: the port, then a colon and
 * the unit's number, as V-SOL's and BDCOM's OLTs write them (`EPON0/1:3`, `GPON0/2:15`).
 */
const PON_SUBSCRIBER = /pon[^:\s]*:\d+$/i

const cut = (s: string): string => (s.length > 120 ? `${s.slice(0, 117)}...` : s)

/** Reads a walk fed in chunks; each walk goes to the sink as the JSON device shape. */
export class SnmpWalkRowParser implements RowParser {
  private readonly file: string
  private readonly lines = new LineSplitter()
  private line = 0
  private layout: Layout | undefined
  private pending: Pending | undefined
  private walk: Walk | undefined
  private walks = 0
  /** Ids given so far: a sysName seen before (HUAWEI is the name of every unconfigured VRP switch) gets the walk's order. */
  private readonly ids = new Set<string>()
  /** Where each walk read so far starts, by the hashes of its lines. */
  private readonly seen = new Map<string, SourceLocation>()
  private sink: RowSink | undefined

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string, sink: RowSink): void {
    this.sink = sink
    this.lines.push(chunk, (line) => this.readLine(line, sink))
  }

  end(sink: RowSink): void {
    this.sink = sink
    this.lines.end((line) => this.readLine(line, sink))
    this.finishValue()
    this.finishWalk(sink)
  }

  private readLine(raw: string, sink: RowSink): void {
    this.line++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (this.layout === undefined) {
      if (line.trim() === '' || line.startsWith('#') || COMMAND_LINE.test(line)) return
      this.layout = snmpWalkLayout(line) ?? 'net-snmp'
    }
    const pending = this.pending
    // A quoted string goes on to its closing quote, unless an object line comes first (a quote cut off).
    if (pending?.more === 'quote' && !this.isObjectLine(line)) {
      this.appendQuoted(pending, `\n${line}`)
      this.digest(line)
      return
    }
    if (this.readObject(line, sink)) {
      this.digest(line)
      return
    }
    // The tool's message for the next host (2>&1) is no line of a string printed as it is: it would
    // end up in the sysDescr and go unreported.
    if (pending?.more === 'text' && !TOOL_MESSAGE.test(line) && !COMMAND_LINE.test(line)) {
      pending.text += `\n${line}`
      this.digest(line)
      return
    }
    if (pending?.more === 'hex' && HEX_LINE.test(line)) {
      pending.text += `\n${line}`
      this.digest(line)
      return
    }
    this.finishValue()
    if (line.trim() === '' || line.startsWith('#') || COMMAND_LINE.test(line)) return
    const at = { file: this.file, line: this.line }
    if (TOOL_MESSAGE.test(line)) {
      sink.diagnostics.push({ code: 'snmpwalk_message', severity: 'warning', at, message: cut(line.trim()), ...(UNKNOWN_NAME.test(line) ? { unknownName: true } : {}) })
    }
    else sink.diagnostics.push({ code: 'malformed_snmpwalk', severity: 'error', at, got: cut(line.trim()) })
  }

  /**
   * Adds a line of the walk being read to its hashes. Blank lines are left out: a copy pasted after
   * a blank line holds one more at the end of its last string than the walk before it.
   */
  private digest(line: string): void {
    const walk = this.walk
    if (walk === undefined || line.trim() === '') return
    let fnv = walk.fnv
    let djb = walk.djb
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i)
      fnv = Math.imul(fnv ^ c, 16777619)
      djb = (Math.imul(djb, 33) + c) | 0
    }
    // The line break, so that lines joined differently hash differently.
    walk.fnv = Math.imul(fnv ^ 10, 16777619)
    walk.djb = (Math.imul(djb, 33) + 10) | 0
    walk.length += line.length + 1
  }

  private isObjectLine(line: string): boolean {
    if (this.layout === 'snmprec') return SNMPREC.test(line)
    const m = VARBIND.exec(line)
    return m !== null && line.includes(' = ') && (STRONG_NAME.test(m[1]!) || TYPED.test(m[2]!))
  }

  /** Reads `line` as an object line of the file's layout; false when it is none. */
  private readObject(line: string, sink: RowSink): boolean {
    let nameText: string
    let rest: string
    if (this.layout === 'snmprec') {
      const m = SNMPREC.exec(line)
      if (m === null) return false
      this.finishValue()
      this.startValue(sink, m[1]!, snmprecValue(m[2]!, m[3]!, m[4]!))
      return true
    }
    if (this.layout === 'quick') {
      const m = QUICK_VARBIND.exec(line)
      if (m === null || !STRONG_NAME.test(m[1]!)) return false
      nameText = m[1]!
      rest = m[2] ?? ''
    } else {
      const m = VARBIND.exec(line)
      if (m === null || !line.includes(' = ') || !(STRONG_NAME.test(m[1]!) || TYPED.test(m[2]!) || m[2]!.startsWith('"') || NO_VALUE.test(m[2]!))) return false
      nameText = m[1]!
      rest = m[2]!
    }
    this.finishValue()
    if (NO_VALUE.test(rest)) {
      this.startValue(sink, nameText, undefined)
      return true
    }
    const typed = TYPED.exec(rest)
    const type = typed?.[1]
    const value = typed === null ? rest : rest.slice(typed[0].length)
    if (value.startsWith('"')) {
      const p = this.startValue(sink, nameText, { type, text: '', quoted: true })
      p.more = 'quote'
      this.appendQuoted(p, value.slice(1))
    } else {
      const p = this.startValue(sink, nameText, { type, text: value, quoted: false })
      p.more = type === 'Hex-STRING' ? 'hex' : type === 'STRING' || type === undefined ? 'text' : undefined
    }
    return true
  }

  /** Starts reading an object (a new walk may start here); `value` undefined: the agent has none. */
  private startValue(sink: RowSink, nameText: string, value: { type: string | undefined; text: string; quoted: boolean } | undefined): Pending {
    const name = resolveName(nameText)
    const at = { file: this.file, line: this.line }
    let walk = this.walk
    // snmpsim keeps a recording's objects in OID order, where sysDescr.0 comes first in the system group:
    // in recordings one after another (`cat *.snmprec`), a sysDescr.0 after any system object begins
    // the next one, also after a recording that has no sysDescr (LibreNMS's hwg-ste: a sysObjectID only).
    const recordingStart = this.layout === 'snmprec' || walk?.afterSystem === true
    if (name.system !== undefined && walk !== undefined &&
      (walk.system.has(name.system) || (name.object === 'sysDescr' && walk.system.size > 0 && recordingStart))) {
      this.finishWalk(sink)
      walk = undefined
    }
    if (walk === undefined) {
      walk = {
        at, order: ++this.walks, macs: [], interfaceMacs: new Map(), subscriberInterfaces: new Set(), entities: new Map(), privateObjects: new Map(), system: new Set(), afterSystem: false,
        uptime: false, fnv: 0x811c9dc5, djb: 5381, length: 0,
      }
      this.walk = walk
    }
    if (name.system !== undefined) {
      walk.system.add(name.system)
      // sysUpTime.0 (1.3.6.1.2.1.1.3.0), printed by DISMAN-EVENT-MIB as sysUpTimeInstance.
      if (name.system === '3.0' || name.system.startsWith('sysUpTime')) walk.uptime = true
    } else if (walk.system.size > 0) walk.afterSystem = true
    const oid = name.oid
    if (value !== undefined && oid !== undefined && oid.startsWith(ENTERPRISES) && walk.privateObjects.size < MAX_PRIVATE_OBJECTS) {
      const end = oid.indexOf('.', ENTERPRISES.length)
      const enterprise = end < 0 ? oid.slice(ENTERPRISES.length) : oid.slice(ENTERPRISES.length, end)
      if (enterprise !== '' && !walk.privateObjects.has(enterprise)) walk.privateObjects.set(enterprise, oid)
    }
    const p: Pending = { name, at, type: value?.type, text: value?.text ?? '', quoted: value?.quoted ?? false, more: undefined }
    this.pending = value === undefined ? undefined : p
    return p
  }

  /** Adds text after an opening quote; the value is closed by an unescaped `"` at the end of a line. */
  private appendQuoted(p: Pending, text: string): void {
    const end = text.trimEnd()
    let closed = false
    if (end.endsWith('"')) {
      let backslashes = 0
      for (let i = end.length - 2; i >= 0 && end[i] === '\\'; i--) backslashes++
      closed = backslashes % 2 === 0
    }
    p.text += closed ? end.slice(0, -1) : text
    if (closed) p.more = undefined
  }

  /** Applies the value being read to the walk. */
  private finishValue(): void {
    const p = this.pending
    this.pending = undefined
    const walk = this.walk
    if (p === undefined || walk === undefined || p.name.object === undefined) return
    const text = p.quoted ? p.text.replace(/\\(["\\])/g, '$1') : p.text
    const { object, index } = p.name
    switch (object) {
      case 'sysDescr':
        if (index === '0') walk.sysDescr = textOf(p, text, true)
        break
      case 'sysObjectID':
        if (index === '0') walk.sysObjectID = this.oidOf(text.trim(), p.at)
        break
      case 'sysName':
        if (index === '0') walk.sysName = textOf(p, text, false)
        break
      case 'sysLocation':
        if (index === '0') walk.sysLocation = textOf(p, text, false)
        break
      case 'ifDescr':
        if (PON_SUBSCRIBER.test(textOf(p, text, false) ?? '')) walk.subscriberInterfaces.add(index)
        break
      case 'ifPhysAddress': {
        const mac = macOf(p, text)
        if (mac !== undefined) walk.interfaceMacs.set(index, mac)
        break
      }
      case 'dot1dBaseBridgeAddress': {
        const mac = index === '0' ? macOf(p, text) : undefined
        if (mac !== undefined && !walk.macs.includes(mac)) walk.macs.push(mac)
        break
      }
      case 'lldpLocChassisIdSubtype':
        walk.chassisIdSubtype = integerOf(text)
        break
      case 'lldpLocChassisId':
        walk.chassisId = macOf(p, text)
        break
      case 'upsIdentManufacturer':
        if (index === '0') walk.upsManufacturer = textOf(p, text, false)
        break
      case 'upsIdentModel':
        if (index === '0') walk.upsModel = textOf(p, text, false)
        break
      case 'hrSystemInitialLoadParameters': {
        // The kernel command line of a Synology NAS: `... syno_hw_version=DS918+ ...`, the model
        // sometimes with the board's revision after it (`DS207+v10` in Observium's poller comment,
        // `DS414r1` in U-Boot's DS414 settings), which is no part of the model name.
        const m = index === '0' ? /(?:^|\s)syno_hw_version=(\S+)/.exec(textOf(p, text, false) ?? '') : null
        if (m !== null) walk.privateModel ??= m[1]!.replace(/(?<=[0-9A-Za-z+])[vr][0-9]+$/, '')
        break
      }
      case 'hikDeviceType':
      case 'dahuaDeviceType':
        if (index === '0') walk.privateModel ??= textOf(p, text, false)
        break
      case 'hikSoftwVersion':
      case 'dahuaSoftwareRevision':
        if (index === '0') walk.privateVersion ??= textOf(p, text, false)
        break
      case 'dahuaSerialNumber':
        if (index === '0') walk.privateSerial ??= textOf(p, text, false)
        break
      case 'dot11manufacturerProductName': {
        const product = textOf(p, text, false)?.trim()
        if (product !== undefined && product !== '') walk.radioProduct ??= product
        break
      }
      default: {
        const i = Number(index)
        if (!Number.isInteger(i)) break
        const entity = walk.entities.get(i) ?? {}
        walk.entities.set(i, entity)
        if (object === 'entPhysicalClass') {
          const c = integerOf(text)
          if (c !== undefined) entity.class = c
          break
        }
        const value = textOf(p, text, false)
        if (value === undefined) break
        if (object === 'entPhysicalMfgName') entity.mfg = value
        else if (object === 'entPhysicalModelName') entity.model = value
        else if (object === 'entPhysicalSerialNum') entity.serial = value
        else if (object === 'entPhysicalSoftwareRev') entity.software = value
        else entity.firmware = value
      }
    }
  }

  /**
   * A sysObjectID as toDevice reads it (numbers, `iso.3...`, `SNMPv2-SMI::enterprises.2011...`),
   * a MIB name under a known base (`SNMPv2-SMI::mib-2...`, -Of's `.iso.org.dod...enterprises.2011...`)
   * as numbers, a product name of a module in `MODULE_ENTERPRISES` as its enterprise; else undefined,
   * reported.
   */
  private oidOf(text: string, at: SourceLocation): string | undefined {
    if (text === '') return undefined
    if (parseOid(text) !== undefined) return text
    const colon = text.indexOf('::')
    const labels = (colon >= 0 ? text.slice(colon + 2) : text).replace(/^\./, '').split('.')
    let last = labels.length - 1
    while (last >= 0 && /^\d+$/.test(labels[last]!)) last--
    const base = last >= 0 ? BASES[labels[last]!] : undefined
    if (base !== undefined) return [base, ...labels.slice(last + 1)].join('.')
    const enterprise = colon > 0 ? MODULE_ENTERPRISES[text.slice(0, colon)] : undefined
    if (enterprise !== undefined) {
      // A product the catalog's MIB tables define keeps its number, and so its product name.
      const product = productOidTable().bySymbol(text.slice(0, colon), text.slice(colon + 2))
      return product?.oid ?? `1.3.6.1.4.1.${enterprise}`
    }
    this.sink?.diagnostics.push({ code: 'unresolved_oid', severity: 'warning', at, value: cut(text) })
    return undefined
  }

  private finishWalk(sink: RowSink): void {
    this.finishValue()
    const walk = this.walk
    this.walk = undefined
    if (walk === undefined) return
    const distinct = walk.uptime || walk.macs.length > 0 || walk.interfaceMacs.size > 0 || walk.chassisId !== undefined || walk.privateSerial !== undefined ||
      [...walk.entities.values()].some((e) => e.serial !== undefined)
    if (distinct) {
      const key = `${walk.fnv >>> 0}:${walk.djb >>> 0}:${walk.length}`
      const first = this.seen.get(key)
      if (first !== undefined) {
        sink.diagnostics.push({ code: 'repeated_walk', severity: 'warning', at: walk.at, first })
        return
      }
      this.seen.set(key, walk.at)
    }
    sink.row(this.toDeviceShape(walk), walk.at)
  }

  private toDeviceShape(walk: Walk): Record<string, unknown> {
    const name = walk.sysName
    let id = name ?? `walk-${walk.order}`
    if (this.ids.has(id)) id = `${id}/walk-${walk.order}`
    this.ids.add(id)
    // An OLT's interfaces for the subscribers' units behind its PON ports report those units' MACs
    // (another maker's, often): they are not the OLT's.
    const macs: string[] = []
    for (const [index, mac] of walk.interfaceMacs) if (!walk.subscriberInterfaces.has(index) && !macs.includes(mac)) macs.push(mac)
    for (const mac of walk.macs) if (!macs.includes(mac)) macs.push(mac)
    if (walk.chassisIdSubtype === CHASSIS_ID_MAC && walk.chassisId !== undefined && !macs.includes(walk.chassisId)) macs.push(walk.chassisId)
    // The device is the first chassis; without classes, the first entry.
    const indexes = [...walk.entities.keys()].sort((a, b) => a - b)
    const hasClasses = indexes.some((i) => walk.entities.get(i)!.class !== undefined)
    const chassisIndex = hasClasses ? indexes.find((i) => walk.entities.get(i)!.class === 3) : indexes[0]
    const chassis = chassisIndex === undefined ? undefined : walk.entities.get(chassisIndex)
    const components = indexes
      .filter((i) => i !== chassisIndex && walk.entities.get(i)!.mfg !== undefined)
      .map((i) => {
        const e = walk.entities.get(i)!
        const kind = e.class !== undefined ? PHYSICAL_CLASSES[e.class] : undefined
        return { manufacturer: e.mfg, ...(e.model !== undefined ? { model: e.model } : {}), ...(kind !== undefined ? { kind } : {}) }
      })
    const version = chassis?.software ?? chassis?.firmware ?? walk.privateVersion
    // Without a sysObjectID that names the device, the enterprise numbers the agent answered objects
    // under stand in for it (as weaker evidence: identification decides which numbers name a maker).
    const privateObjects = walk.privateObjects.size > 0 && privateObjectsStandIn(walk.sysObjectID) ? [...walk.privateObjects.values()] : undefined
    const snmp = walk.sysObjectID !== undefined || walk.sysDescr !== undefined || privateObjects !== undefined
      ? {
        ...(walk.sysObjectID !== undefined ? { sysObjectID: walk.sysObjectID } : {}), ...(walk.sysDescr !== undefined ? { sysDescr: walk.sysDescr } : {}),
        ...(privateObjects !== undefined ? { privateObjects } : {}),
      }
      : undefined
    const docsis = walk.sysDescr !== undefined ? docsisFields(walk.sysDescr) : undefined
    return {
      id,
      name,
      site: walk.sysLocation,
      // A UPS card's agent often has no ENTITY-MIB; its UPS-MIB identity names the UPS instead.
      manufacturer: chassis?.mfg ?? walk.upsManufacturer,
      model: chassis?.model ?? walk.upsModel ?? walk.privateModel ?? walk.radioProduct ?? docsis?.model,
      serial: chassis?.serial ?? walk.privateSerial ?? (walk.sysDescr !== undefined ? SYSDESCR_SERIAL.exec(walk.sysDescr)?.[1] : undefined),
      macs: macs.length > 0 ? macs : undefined,
      snmp,
      firmware: version !== undefined ? { version } : undefined,
      components: components.length > 0 ? components : undefined,
    }
  }
}

/** An snmpsim record's value in the shape of Net-SNMP's: its type, and hex bytes spaced as Net-SNMP prints them. */
function snmprecValue(tag: string, encoding: string, value: string): { type: string | undefined; text: string; quoted: boolean } {
  if (encoding === 'x') return { type: 'Hex-STRING', text: value.replace(/(..)(?=.)/g, '$1 '), quoted: false }
  // An escaped string is bytes too (a MAC of unprintable bytes, a sysDescr with a NUL).
  if (encoding === 'e') return { type: 'Hex-STRING', text: unescapedBytes(value).map((b) => b.toString(16).padStart(2, '0')).join(' '), quoted: false }
  return { type: SNMPREC_TYPES[tag], text: value, quoted: false }
}
/** The escapes snmpsim writes (as Python writes a string literal): `\xHH`, `\n`, `\t`, `\\`, `\'`, `\"`... */
const SNMPREC_ESCAPE = /\\(x[0-9A-Fa-f]{2}|[\\'"abfnrtv])/g
const ESCAPES: Readonly<Record<string, number>> = { '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 }
const UTF8_ENCODER = new TextEncoder()
/** The bytes of an snmpsim `e` value: its text in UTF-8 with the escapes read (an unknown one is kept as written). */
function unescapedBytes(value: string): number[] {
  const out: number[] = []
  const text = (s: string): void => { for (const b of UTF8_ENCODER.encode(s)) out.push(b) }
  let last = 0
  for (const m of value.matchAll(SNMPREC_ESCAPE)) {
    text(value.slice(last, m.index))
    const e = m[1]!
    out.push(e.length === 3 ? Number.parseInt(e.slice(1), 16) : ESCAPES[e]!)
    last = m.index + m[0].length
  }
  text(value.slice(last))
  return out
}
/** snmpsim's tags, the BER types of the values (snmpsim's grammar/snmprec). */
const SNMPREC_TYPES: Readonly<Record<string, string>> = {
  2: 'INTEGER', 4: 'STRING', 5: 'NULL', 6: 'OID', 64: 'IpAddress', 65: 'Counter32', 66: 'Gauge32', 67: 'Timeticks', 68: 'Opaque', 70: 'Counter64',
}

/** The bytes of a Hex-STRING (`00 E0 FC`, 16 a line, with -OT the text in brackets after them). */
function hexBytes(text: string): number[] {
  const out: number[] = []
  for (const line of text.split('\n')) {
    const bytes = line.split('[')[0]!.match(/\b[0-9A-Fa-f]{2}\b/g) ?? []
    for (const b of bytes) out.push(Number.parseInt(b, 16))
  }
  return out
}

const UTF8 = new TextDecoder('utf-8')

/**
 * A text value: a Hex-STRING decoded as UTF-8 (Net-SNMP prints a string without a display hint as
 * hex when a byte is not printable: a sysDescr with a NUL or a © in it), control characters but
 * line breaks and tabs left out. `multiline` keeps the lines of a value printed as it is
 * (sysDescr); else its first line is the value, as lines after it may be other text saved with the
 * walk, and a quoted value is taken whole.
 */
function textOf(p: { type: string | undefined; quoted: boolean }, text: string, multiline: boolean): string | undefined {
  let s = p.type === 'Hex-STRING'
    ? UTF8.decode(new Uint8Array(hexBytes(text))).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    : text
  if (!multiline) s = p.quoted ? s.replace(/\s*\n\s*/g, ' ') : s.split('\n')[0]!
  s = s.trim()
  return s === '' ? undefined : s
}

/**
 * The text of one value as Net-SNMP prints it after its type (`STRING: "..."`, `Hex-STRING: 48 75
 * ...`): a Hex-STRING decoded, a quoted string read inside its quotes, every line kept (ended by a
 * line feed, as a copy from a Windows terminal may end them in CR LF).
 */
export function snmpValueText(type: string, text: string): string | undefined {
  const value = text.replace(/\r\n?/g, '\n').trim()
  const quoted = /^"([\s\S]*)"$/.exec(value)
  return textOf({ type, quoted: quoted !== null }, quoted === null ? value : quoted[1]!, true)
}

const MAC_WITH_SEPARATORS = /^[0-9A-Fa-f]{1,2}(?:[:-][0-9A-Fa-f]{1,2}){5}$/
const SPACED_HEX = /^(?:[0-9A-Fa-f]{2} ){5}[0-9A-Fa-f]{2} ?$/

/**
 * A MAC (PhysAddress, LldpChassisId) as `00:e0:fc:12:34:56`: from hex bytes; from IF-MIB's display
 * hint `0:e0:fc:12:34:56`; from hex pairs written as a string; from bytes printed as a quoted string
 * because all six are printable.
 * Undefined for an empty value, another length (a tunnel's, FireWire's) and 00:00:00:00:00:00,
 * which interfaces without an address of their own report.
 */
function macOf(p: { type: string | undefined; quoted: boolean }, text: string): string | undefined {
  const t = p.quoted ? text : text.trim()
  let bytes: number[] | undefined
  // Spaced hex pairs as a string's text: quoted by Net-SNMP, or as LibreNMS's recordings keep a
  // Hex-STRING they were made from (`1.0.8802.1.1.2.1.3.2.0|4|d4 c1 c8 18 86 50`): 17 characters cannot be 6 bytes.
  if (p.type === 'Hex-STRING' || SPACED_HEX.test(t)) bytes = hexBytes(t)
  else if (MAC_WITH_SEPARATORS.test(t)) bytes = t.split(/[:-]/).map((b) => Number.parseInt(b, 16))
  else if (p.quoted && t.length === 6) bytes = [...t].map((c) => c.charCodeAt(0))
  if (bytes === undefined || bytes.length !== 6 || bytes.every((b) => b === 0) || bytes.some((b) => b > 255)) return undefined
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':')
}

/** An INTEGER as printed: `chassis(3)` with its MIB, `3` without (or with -Oe). */
function integerOf(text: string): number | undefined {
  const m = /\((-?\d+)\)\s*$/.exec(text) ?? /^\s*(-?\d+)\s*$/.exec(text)
  return m === null ? undefined : Number(m[1])
}
