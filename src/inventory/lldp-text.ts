/**
 * Neighbour tables as network devices print them, read one neighbour a device (see lldp.ts):
 * - Cisco IOS, IOS-XE and NX-OS `show cdp neighbors detail` (`Device ID:`, `Entry address(es):`,
 *   `Platform: cisco WS-C2960X-48FPD-L,  Capabilities: ...`, `Version :` and the software banner
 *   up to a blank line, `Peer Source MAC:`) and `show lldp neighbors detail` (`Chassis id:`,
 *   `System Name:`, `System Description:` over several lines, `Management Addresses:`, the MED
 *   inventory);
 * - Arista EOS `show lldp neighbors detail` (`Interface Ethernet1 detected 1 LLDP neighbors:`,
 *   `Neighbor 001c.7300.0001/Ethernet48, age 3 seconds`, then its fields as a list of `- Field: "value"`);
 * - Juniper Junos `show lldp neighbors interface <interface>` (`LLDP Neighbor Information:`, its
 *   `Local Information:` about the port, then `Neighbour Information:` with `Chassis ID :`,
 *   `System name :`, `System Description :` and the `Address :` of its management address);
 * - Huawei VRP `display lldp neighbor` (`GE1/0/1 has 1 neighbor(s):`, `Neighbor index :1`,
 *   `Chassis ID :00e0-fc12-3456`, `System description :` over several lines, `Management address
 *   value :`, the MED `Manufacturer name` and `Model name`; VRP 5's older layout, `Neighbor 1:`
 *   then `ChassisId:`, `SysName:`, `SysDesc:`) and H3C Comware `display lldp
 *   neighbor-information verbose`, whose lines have the same `Key : value` layout.
 * - MikroTik RouterOS `/ip neighbor print detail` (MNDP, CDP and LLDP neighbours alike), an entry per
 *   number with its `key=value` pairs (`identity="sw1"`, `mac-address=...`, `platform=`, `board=`,
 *   `version=`, `system-description=`), wrapped onto indented lines on a narrow terminal.
 * - lldpd's `lldpcli -f keyvalue show neighbors details` (`lldpctl -f keyvalue`): one `key=value` a
 *   line, the key the path of the JSON output (`lldp.eth0.chassis.name=sw1`, `lldp.eth0.chassis.mac=`,
 *   `lldp.eth0.chassis.descr=`, `lldp.eth0.chassis.mgmt-ip=`, `lldp.eth0.lldp-med.inventory.model=`),
 *   each neighbour from its `lldp.<interface>.via=` line.
 * Several commands' outputs may follow each other in one file, with the prompt lines of a saved
 * session between them; the output of another command after its prompt (`show version`) is skipped. Fields are told by their names, whatever the column they are aligned to;
 * fields that say nothing of the maker (hold time, VLANs, power, port speeds) are skipped. A line
 * that is neither a field, nor a continuation of one, nor part of the commands' framing is
 * reported with its line.
 *
 * The device that printed a table is named by the session's prompt line before it
 * (`sw-core-01#show cdp neighbors detail`, `<HUAWEI>display lldp neighbor`, `[~HUAWEI]...`,
 * `admin@sw1:~$ lldpcli show neighbors details`) or by lldpd's `Local chassis:` section
 * (`lldpcli show chassis`); each neighbour is handed on with it, so that the topology importer can
 * link the two.
 */
import { LineSplitter } from './lines.js'
import { withoutPagerPrompts } from '../util/pager.js'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { emptyNeighbor, hostPart, neighborKey, NeighborTable, valueOf, type LldpNeighbor, type NeighborRecord } from './lldp.js'
import type { RowParser, RowSink } from './rows.js'

/** A line that starts a neighbour entry in one of the tables read here. */
const ENTRY_START = /^[ \t]*(?:lldp\.[^.=\s]+\.(?:via|rid|age|chassis\.[\w-]+)=|Local Interface\s*:|\d+ +(?:[A-Z]+ +)?interface=[^\s=]+ (?:[^\s=]+=(?:"[^"\n]*"|\S*) +)*?(?:mac-address|identity)=|Device ID\s*:|LLDP Neighbor Information\s*:|Local Intf\s*:|Chassis id\s*:|(?:LLDP )?Neighbor (?:index\s*:|\d+\s*:[^\S\n]*$)|LLDP neighbor-information of port\b|\S+ has \d+ neighbou?rs?\b|Interface:\s+\S+,\s+via:|Interface \S+ detected \d+ LLDP neighbou?rs?)/im

/**
 * True when the start of a text (its first few KiB) is a neighbour table of the commands read
 * here. Such a table has no extension of its own (`.txt`, `.log`, standard input), and is told from
 * a CSV file by its first lines.
 */
export function isNeighborTableStart(head: string): boolean {
  return ENTRY_START.test(head)
}

/**
 * A first line that is Huawei's prompt and a command, not XML or JSON: `<HUAWEI>display lldp
 * neighbor`, `[~HUAWEI]display lldp neighbor` (in the system view).
 */
export const HUAWEI_PROMPT = /^\s*(?:<[\w.-]+>|\[~?\*?[\w.-]+\])[^<\n]*\n/

/**
 * A prompt line of a saved session, or a prompt alone, with the host in one of its groups:
 * Huawei's and H3C's `<HUAWEI>display lldp neighbor` (user view) and `[~HUAWEI]dis lldp nei`
 * (system view, `~` or `*` before the name on VRP8); MikroTik's `[admin@rt1] > /ip neighbor print
 * detail`; a Linux shell's `admin@sw1:~$ lldpcli show
 * neighbors details` or `[admin@sw1 ~]$ ...`; Cisco's and Arista's `sw1#show cdp neighbors detail`
 * (`sw1>`, `sw1(config)#`, IOS-XR's `RP/0/RSP0/CPU0:sw1#`).
 */
const PROMPT = /^\s*(?:<([^<>\s]+)>|\[[~*]*([^[\]\s@]+)\]|[\w.-]+@([\w.-]+):[^\s$#]*[$#]|\[[\w.-]+@([\w.-]+)(?:\s[^\]]*\][$#]|\] ?>)|([A-Za-z0-9][\w.\-/:()@]*)[#>])\s*((?:(?:show|sh|display|dis|terminal|term|screen-length|enable|exit|quit|end|lldpcli|lldpctl|sudo)\b|\/).*)?$/i

/**
 * A command after a prompt that shows something other than neighbours (`show version`, `display
 * current-configuration`): its output, up to the next prompt, is no part of a table. The neighbour
 * commands name LLDP, CDP or neighbours (`display lldp neighbor`, `sh cdp nei det`, lldpd's
 * `lldpcli`, RouterOS's `/ip neighbor print`).
 */
const OTHER_SHOW = /^(?:sh\w*|dis\w*)\s+(?!.*\b(?:lldp|cdp|nei\w*)\b)\S/i

/**
 * The host a prompt line names: Cisco's prompt without its mode (`sw1(config)#`), IOS-XR's
 * without the route processor before the `:`, a `user@` before it dropped.
 */
function promptHost(m: RegExpExecArray): string | undefined {
  const named = m[1] ?? m[2] ?? m[3] ?? m[4]
  if (named !== undefined) return named
  const host = m[5]?.replace(/\(.*\)$/, '').split(':').pop()?.split('@').pop()
  return host === undefined || host === '' ? undefined : host
}
/** lldpd's `Local chassis:`, whose chassis (`lldpcli show chassis`) is the device itself. */
const LOCAL_CHASSIS = /^\s*Local chassis\s*:\s*$/i
/**
 * The lines between entries: dashes, a port's count of neighbours, Comware's port and agent
 * headers, the closing count, the `{master:0}` (`{backup}`, `{primary:node0}`) that Junos
 * prints above its prompt on a switch or a cluster, the time IOS XR prints above each command's
 * output (`Tue Jan 16 13:49:50.315 AEST`), and the neighbour command echoed without a prompt
 * (`display lldp neighbor`, as a script that ran it saves it).
 */
const SEPARATOR = /^\s*-{3,}\s*$/
const FRAMING = /^\s*(?:\{[\w:.-]+\}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d+ \d\d:\d\d:\d\d(?:\.\d+)? [A-Z]{2,5}|\S+ has \d+ neighbou?rs?(?:\(s\))?\s*:?|LLDP neighbor-information of port\b.*|LLDP agent\b.*:|LLDP neighbors\s*:|(?:dis\w*|sh\w*) +(?:lldp|cdp) +nei\w*(?: +[\w/.-]+)*|Interface \S+ detected \d+ LLDP neighbou?rs?\s*:?|Total\b.*\bentries displayed\s*:.*)\s*$/i
/** Arista EOS's `Neighbor 001c.7300.0001/Ethernet48, age 3 seconds`, which starts an entry. */
const EOS_NEIGHBOR = /^\s*Neighbor \S+, age \d+/i
/** The legend and column header that `show lldp neighbors detail` prints first on NX-OS. */
const LEGEND = /^\s*Capability codes\s*:/i
const COLUMNS = /^\s*Device[ -]ID\s{2,}Local Intr?f(?:a?ce)?\b/i
/** `Key: value` and `Key : value`, the value possibly empty. */
const FIELD = /^\s*([A-Za-z][A-Za-z0-9 /().,&_-]{0,60}?)\s*:\s?(.*)$/
/** `System Name - not advertised`, `Auto Negotiation - supported, enabled`. */
const DASH_FIELD = /^\s*[A-Za-z][\w /().-]*? - \S/
/** A label of a group of fields: `MED Device information`, `Ca type Ca value`. */
const LABEL = /^[A-Za-z][A-Za-z0-9 ()/.,-]*$/
/**
 * Fields that follow a system description, which may span several lines without a blank line
 * after it (NX-OS, Huawei): the description ends at them.
 */
const AFTER_DESCRIPTION = /^\s*(?:System capabilit|SysCap|Enabled capabilit|Time remaining|Management address|Expired time|OID\s*:|Vlan ID|Port VLAN ID|Auto[- ]negotiation|Advertisement version|Holdtime|MgmtIP|MgmtIface|Capability\s*:|Port\s*:)/i

/** Field names (lower case, single spaces) → what they give. */
const FIELDS: Readonly<Record<string, Field>> = {
  'system name': 'sysName',
  'chassis type': 'chassisType',
  'chassis id type': 'chassisType',
  'chassis id': 'chassisId',
  'system description': 'description',
  sysname: 'sysName',
  chassisid: 'lldpdChassisId',
  sysdescr: 'description',
  // VRP 5's older layout: `ChassisIdSubtype: macAddress`, `ChassisId: 0018-823c-c455`, `SysName:`, `SysDesc:`.
  sysdesc: 'description',
  chassisidsubtype: 'chassisType',
  mgmtip: 'managementAddress',
  version: 'version',
  platform: 'platform',
  'peer source mac': 'mac',
  // IOS XR's LLDP entries: the source MAC of the neighbour's frames.
  'peer mac address': 'mac',
  'entry address(es)': 'entryAddresses',
  'interface address(es)': 'entryAddresses',
  'management address(es)': 'managementAddresses',
  'mgmt address(es)': 'managementAddresses',
  'management addresses': 'managementAddresses',
  'ip address': 'address',
  // Junos's `Address :` under `Management address` (`Management Info` in later releases).
  address: 'address',
  'ipv4 address': 'address',
  'ipv6 address': 'address',
  ip: 'address',
  'management address type': 'managementType',
  'management address subtype': 'managementType',
  'management address': 'managementAddress',
  'management address value': 'managementAddress',
  manufacturer: 'manufacturer',
  'manufacturer name': 'manufacturer',
  model: 'model',
  'model name': 'model',
  'device model name': 'model',
  'serial number': 'serial',
  serialnum: 'serial',
  'device serial number': 'serial',
  's/w revision': 'software',
  softwarerev: 'software',
  'software revision': 'software',
  'f/w revision': 'firmware',
  firmwarerev: 'firmware',
  'firmware revision': 'firmware',
}
type Field =
  | 'sysName' | 'chassisType' | 'chassisId' | 'lldpdChassisId' | 'description' | 'version' | 'platform' | 'mac' | 'entryAddresses'
  | 'managementAddresses' | 'address' | 'managementType' | 'managementAddress' | 'manufacturer' | 'model' | 'serial'
  | 'software' | 'firmware'

/** The entry being read. */
type Entry = {
  at: SourceLocation
  /** A CDP entry (`Device ID:`), or an LLDP one. */
  cdp: boolean
  /** lldpd's local chassis: the device that prints the table, not a neighbour. */
  self?: boolean
  neighbor: LldpNeighbor
  chassisType?: string
  /** The address list being read, and the addresses of each. */
  list?: 'entry' | 'management'
  managementType?: string
  management: string[]
  entry: string[]
  /** CDP's Device ID as written. */
  deviceId?: string
  /** The interface of lldpd's `-f keyvalue` lines the entry was read from. */
  keyvalue?: string
  /** MikroTik's `platform=` and `board=`, which make its Platform (`MikroTik RB750UPr2`). */
  routeros?: { platform?: string; board?: string }
}

/** A CDP Device ID of NX-OS: the host name, then the chassis serial number in parentheses. */
const CDP_SERIAL = /^(\S+?)\(([A-Z0-9]{8,14})\)$/

/** An entry of MikroTik's `/ip neighbor print detail`: its number, flags, then `key=value` pairs from `interface=`. */
const ROUTEROS_ENTRY = /^\s*\d+ +(?:[A-Z]+ +)?(?=interface=)/
/** A line of `key=value` pairs alone, as RouterOS wraps an entry onto the next lines. */
const ROUTEROS_PAIRS = /^\s+(?:[a-z][\w-]*=(?:"(?:[^"\\]|\\.)*"|\S*)\s*)+$/
const ROUTEROS_PAIR = /([a-z][\w-]*)=("(?:[^"\\]|\\.)*"|\S*)/g
/** A line of lldpd's `-f keyvalue` output: the interface, the rest of the key, the value. */
const KEYVALUE = /^lldp\.([^.=\s]+)\.([^=]+)=(.*)$/
/** lldpd's inventory keys (`lldp-med.inventory.model`) → the LLDP-MED inventory's fields. */
const KEYVALUE_INVENTORY: Readonly<Record<string, 'manufacturer' | 'model' | 'serial' | 'software' | 'firmware'>> = {
  manufacturer: 'manufacturer', model: 'model', serial: 'serial', software: 'software', firmware: 'firmware',
}

const EXPECTED_OUTSIDE = 'a neighbour entry (Device ID:, Local Intf:, Local Interface:, Chassis id:, Neighbor index:, LLDP Neighbor Information:), a prompt line or a blank line'
const EXPECTED_INSIDE = 'a "Field: value" line of the neighbour entry, or a line of a field above it'

/** A value without the quotes Arista EOS puts around text (`"leaf-1"`). */
function unquote(text: string): string {
  const t = text.trim()
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : text
}

/** The first word of an address field (`FE80::1  (link-local)`). */
function firstWord(text: string): string | undefined {
  return valueOf(text.trim().split(/\s+/)[0])
}

/** True for an entry that holds nothing of its neighbour yet (Junos's, at its local information). */
function isFresh(entry: Entry): boolean {
  const n = entry.neighbor
  return n.chassisId === undefined && n.sysName === undefined && n.sysDescr === undefined && n.platform === undefined &&
    n.macs.length === 0 && entry.management.length === 0 && entry.entry.length === 0
}

/** The inventory's parser of neighbour text: the neighbours come out merged into devices at the end. */
export class NeighborTextParser implements RowParser {
  private readonly table = new NeighborTable()
  private readonly reader: NeighborTextReader

  constructor(file: string) {
    this.reader = new NeighborTextReader(file, (r) => this.table.add(r.neighbor, r.at))
  }

  push(chunk: string, sink: RowSink): void {
    this.reader.push(chunk, sink.diagnostics)
  }

  end(sink: RowSink): void {
    this.reader.end(sink.diagnostics)
    this.table.emit(sink)
  }
}

/**
 * Reads the text of neighbour commands line by line, handing each neighbour on as its entry ends,
 * with the device that printed it when the text names it. Problems go to the diagnostics given
 * with each chunk.
 */
/** The width of the terminal a device wraps its neighbour table's long values at (H3C Comware's). */
const WRAP_WIDTH = 80

export class NeighborTextReader {
  private readonly file: string
  private readonly onRecord: (record: NeighborRecord) => void
  private readonly lines = new LineSplitter()
  private line = 1
  private entry: Entry | undefined
  /** The system description being read over several lines, and whether a blank line ends it. */
  private description: string[] | undefined
  /** The line before (without its line end): whether it filled a terminal's 80 columns, wrapped onto the next. */
  private previous = ''
  private legend = false
  /** The device that printed the table being read: the host of the last prompt line, or lldpd's local chassis. */
  private local: string | undefined
  /** Inside lldpd's `Local chassis:` section, up to the next framing or prompt line. */
  private localChassis = false
  /** After a prompt and a command of other output (`show version`), up to the next prompt. */
  private otherOutput = false

  constructor(file: string, onRecord: (record: NeighborRecord) => void) {
    this.file = file
    this.onRecord = onRecord
  }

  // A session saved with paging on holds a pager prompt and the characters that erased it at the start of a line.
  push(chunk: string, diagnostics: Diagnostic[]): void {
    this.lines.push(chunk, (line) => this.read(withoutPagerPrompts(line), diagnostics))
  }

  end(diagnostics: Diagnostic[]): void {
    this.lines.end((line) => this.read(withoutPagerPrompts(line), diagnostics))
    this.finish()
  }

  private read(raw: string, diagnostics: Diagnostic[]): void {
    const at = this.line++
    // Arista EOS writes its fields as a list (`    - System Name: "leaf-1"`).
    const line = (raw.endsWith('\r') ? raw.slice(0, -1) : raw).replace(/^(\s*)- /, '$1  ')
    // The output of another command of the session (`<sw1>display version`) up to the next prompt.
    if (this.otherOutput && !PROMPT.test(line)) return
    const blank = line.trim() === ''
    const previous = this.previous
    this.previous = line
    if (this.description !== undefined) {
      if (!(blank ? this.description.length > 0 : this.endsDescription(line))) {
        const pieces = this.description
        // Comware wraps a description at the terminal's 80 columns, mid-word, onto lines indented
        // under its value (`... Software Version 7.1.045, ` above `Release 1005P09`): a line that
        // filled them goes on in the next, as the device's text does, with no line break.
        if (!blank && pieces.length > 0 && previous.length === WRAP_WIDTH && /^\s{8,}\S/.test(line)) pieces[pieces.length - 1] += (previous.endsWith(' ') ? ' ' : '') + line.trim()
        else if (!blank) pieces.push(line.trim())
        return
      }
      this.endDescription()
    }
    if (blank) {
      this.legend = false
      if (this.entry !== undefined) this.entry.list = undefined
      return
    }
    if (SEPARATOR.test(line)) return this.finish()
    if (FRAMING.test(line)) {
      this.localChassis = false
      return this.finish()
    }
    const prompt = PROMPT.exec(line)
    if (prompt !== null) {
      this.finish()
      this.localChassis = false
      this.otherOutput = OTHER_SHOW.test(prompt[6]?.trim() ?? '')
      // The prompt of the host whose local chassis was read names it without the domain its neighbours see.
      const host = promptHost(prompt)
      if (host !== undefined && (this.local === undefined || hostPart(host) !== hostPart(this.local))) this.local = host
      return
    }
    if (LOCAL_CHASSIS.test(line)) {
      this.finish()
      this.localChassis = true
      return
    }
    if (LEGEND.test(line)) {
      this.finish()
      this.legend = true
      return
    }
    if (COLUMNS.test(line)) return
    const kv = KEYVALUE.exec(line)
    if (kv !== null) return this.keyvalue(at, kv[1]!, kv[2]!, kv[3]!)
    const routeros = ROUTEROS_ENTRY.exec(line)
    if (routeros !== null) {
      this.start(at, false)
      this.entry!.routeros = {}
      return this.pairs(this.entry!, line.slice(routeros[0].length))
    }
    if (this.entry?.routeros !== undefined && ROUTEROS_PAIRS.test(line)) return this.pairs(this.entry, line)
    if (EOS_NEIGHBOR.test(line)) return this.start(at, false)
    const field = FIELD.exec(line)
    const key = field === null ? undefined : field[1]!.toLowerCase().replace(/\s+/g, ' ')
    const value = field === null ? '' : unquote(field[2]!)
    if (key === 'device id') {
      this.start(at, true, (n) => (n.sysName = valueOf(value)))
      this.entry!.deviceId = valueOf(value)
      return
    }
    if (key === 'local intf' || key === 'neighbor index' || key === 'lldp neighbor index' || key === 'lldp neighbor information') return this.start(at, false)
    // VRP 5's older layout numbers each neighbour of a port: `Neighbor 1:`.
    if (key !== undefined && value.trim() === '' && /^neighbor \d+$/.test(key)) return this.start(at, false)
    // IOS XR starts each LLDP entry with its `Local Interface:`; Junos writes it inside an entry's
    // local information, after the line that started the entry.
    if (key === 'local interface' && (this.entry === undefined || !isFresh(this.entry))) return this.start(at, false)
    // lldpd's `Interface:    eth0, via: LLDP, RID: 1, Time: ...` (CDP's `Interface:` line is inside an entry).
    if (key === 'interface' && /,\s+via:/.test(value)) return this.start(at, false)
    if (key === 'chassis id' && (this.entry === undefined || this.entry.cdp || this.entry.neighbor.chassisId !== undefined)) {
      // NX-OS starts each LLDP entry with its chassis id.
      this.start(at, false)
    }
    // lldpd's `Chassis:` heads the local chassis, as it heads each neighbour's inside their entries.
    if (key === 'chassis' && this.localChassis && this.entry === undefined) return this.start(at, false, undefined, true)
    const entry = this.entry
    if (entry === undefined) {
      if (this.legend && /^\s/.test(line)) return
      diagnostics.push({ code: 'malformed_neighbors', severity: 'error', at: { file: this.file, line: at }, got: line.trim().slice(0, 120), expected: EXPECTED_OUTSIDE })
      return
    }
    if (key === undefined) {
      if (DASH_FIELD.test(line) || /^\s/.test(line) || LABEL.test(line)) return
      diagnostics.push({ code: 'malformed_neighbors', severity: 'error', at: { file: this.file, line: at }, got: line.trim().slice(0, 120), expected: EXPECTED_INSIDE })
      return
    }
    this.field(entry, FIELDS[key], value, /^\s/.test(line))
  }

  /** A line of lldpd's `-f keyvalue` output: `via` (the first key of each neighbour) or another interface starts a neighbour. */
  private keyvalue(at: number, iface: string, key: string, raw: string): void {
    if (key === 'via' || this.entry?.keyvalue !== iface) {
      this.start(at, false)
      this.entry!.keyvalue = iface
    }
    const entry = this.entry!
    const n = entry.neighbor
    const value = valueOf(raw)
    if (value === undefined) return
    const chassisId = /^chassis\.(mac|local|ip|ifname|ifalias)$/.exec(key)
    if (chassisId !== null) n.chassisId ??= { subtype: chassisId[1]!, value }
    else if (key === 'chassis.name') n.sysName ??= value
    else if (key === 'chassis.descr') n.sysDescr ??= value
    else if (key === 'chassis.mgmt-ip') entry.management.push(value)
    else if (key.startsWith('lldp-med.inventory.')) {
      const field = KEYVALUE_INVENTORY[key.slice('lldp-med.inventory.'.length)]
      if (field !== undefined) n.inventory[field] ??= value
    }
  }

  /** The `key=value` pairs of a RouterOS neighbour (see the top of this file); the others say nothing of the maker. */
  private pairs(entry: Entry, text: string): void {
    const n = entry.neighbor
    const r = entry.routeros!
    for (const m of text.matchAll(ROUTEROS_PAIR)) {
      const value = valueOf(unquote(m[2]!))
      if (value === undefined) continue
      switch (m[1]) {
        case 'identity':
          n.sysName ??= value
          break
        case 'mac-address':
          if (!n.macs.includes(value)) n.macs.push(value)
          break
        case 'address':
        case 'address4':
        case 'address6':
          entry.management.push(value)
          break
        case 'system-description':
          n.sysDescr ??= value
          break
        case 'platform':
          r.platform = value
          break
        case 'board':
          r.board = value
          break
        case 'version':
          n.inventory.software ??= value
          break
      }
    }
  }

  /** A line that ends a system description: a field that follows it, a new entry, the framing. */
  private endsDescription(line: string): boolean {
    return AFTER_DESCRIPTION.test(line) || ENTRY_START.test(line) || SEPARATOR.test(line) || FRAMING.test(line) || PROMPT.test(line)
  }

  private endDescription(): void {
    const text = unquote(this.description!.join('\n'))
    this.description = undefined
    const n = this.entry?.neighbor
    if (n !== undefined && text !== '') n.sysDescr ??= text
  }

  private field(entry: Entry, field: Field | undefined, value: string, indented: boolean): void {
    const n = entry.neighbor
    // An address list lasts over its indented `IP address:` lines.
    if (!indented && field !== 'address') entry.list = undefined
    switch (field) {
      case undefined:
        return
      case 'sysName':
        // NX-OS's CDP entries give the System Name beside the Device ID, which adds the serial number.
        n.sysName = valueOf(value) ?? n.sysName
        return
      case 'chassisType':
        entry.chassisType = valueOf(value)
        return
      case 'chassisId': {
        const id = valueOf(value)
        if (id !== undefined) n.chassisId = entry.chassisType === undefined ? { value: id } : { subtype: entry.chassisType, value: id }
        return
      }
      case 'lldpdChassisId': {
        // lldpd writes the subtype first: `mac 00:e0:fc:12:34:56`, `local 2102312BRA10J5000046`.
        const m = /^\s*(\S+)\s+(\S.*?)\s*$/.exec(value)
        if (m !== null) n.chassisId = { subtype: m[1]!, value: m[2]! }
        // VRP 5's `ChassisId: 0018-823c-c455`, its subtype on the `ChassisIdSubtype:` line above.
        else {
          const id = valueOf(value)
          if (id !== undefined) n.chassisId = entry.chassisType === undefined ? { value: id } : { subtype: entry.chassisType, value: id }
        }
        return
      }
      case 'version':
        // CDP's software banner; an LLDP-MED `Version` is no description.
        if (!entry.cdp) return
        this.description = value.trim() === '' ? [] : [value.trim()]
        return
      case 'description':
        this.description = value.trim() === '' ? [] : [value.trim()]
        return
      case 'platform':
        n.platform ??= valueOf(value.split(/,\s*Capabilities\s*:/i)[0])
        return
      case 'mac': {
        const mac = valueOf(value)
        if (mac !== undefined) n.macs.push(mac)
        return
      }
      case 'entryAddresses':
        entry.list = 'entry'
        return
      case 'managementAddresses':
        entry.list = 'management'
        return
      case 'address': {
        const address = firstWord(value)
        if (address !== undefined) (entry.list === 'management' ? entry.management : entry.entry).push(address)
        return
      }
      case 'managementType':
        entry.managementType = valueOf(value)
        return
      case 'managementAddress': {
        // VRP 5's older layout writes the type before the address: `Management address: ipV4: 172.16.245.1`.
        const typed = /^\s*(ipv4|ipv6|all802)\s*:\s*(\S.*)$/i.exec(value)
        const address = firstWord(typed === null ? value : typed[2]!)
        const type = typed === null ? entry.managementType : typed[1]
        if (address === undefined) return
        // Huawei's `all802` management address is a MAC of the neighbour.
        if (type !== undefined && /802|mac/i.test(type)) n.macs.push(address)
        else entry.management.push(address)
        return
      }
      case 'manufacturer':
      case 'model':
      case 'serial':
      case 'software':
      case 'firmware':
        n.inventory[field] ??= valueOf(value)
        return
    }
  }

  private start(at: number, cdp: boolean, init?: (n: LldpNeighbor) => void, self = false): void {
    this.finish()
    const neighbor = emptyNeighbor()
    init?.(neighbor)
    this.entry = { at: { file: this.file, line: at }, cdp, neighbor, management: [], entry: [], ...(self ? { self } : {}) }
  }

  /** Ends the entry being read, if any, and hands it on (the local chassis names the device instead). */
  private finish(): void {
    if (this.description !== undefined) this.endDescription()
    const entry = this.entry
    if (entry === undefined) return
    this.entry = undefined
    const n = entry.neighbor
    for (const a of [...entry.management, ...entry.entry]) if (!n.addresses.includes(a)) n.addresses.push(a)
    if (entry.cdp) {
      // NX-OS adds its chassis serial number to the Device ID (`leaf-3(FDO21120U8N)`); its System
      // Name, when printed, has replaced the Device ID as the name already.
      const id = entry.deviceId === undefined ? undefined : CDP_SERIAL.exec(entry.deviceId)
      if (id !== null && id !== undefined) {
        if (n.sysName === entry.deviceId) n.sysName = id[1]!
        n.inventory.serial ??= id[2]!
      }
    }
    const r = entry.routeros
    if (r !== undefined && (r.platform !== undefined || r.board !== undefined)) n.platform ??= [r.platform, r.board].filter((v) => v !== undefined).join(' ')
    if (entry.self === true) {
      this.local = neighborKey(n) ?? this.local
      return
    }
    this.onRecord(this.local === undefined ? { neighbor: n, at: entry.at } : { neighbor: n, at: entry.at, local: this.local })
  }
}
