/**
 * Saved configurations as an inventory: one file per device, as operators back them up by hand or
 * with a collector, which is often the only list of a network's devices there is. What names the
 * device's maker in them is what the device or the collector wrote at their head:
 * - RANCID's files open with `!RANCID-CONTENT-TYPE: cisco` (`#RANCID-CONTENT-TYPE: juniper`, `# `
 *   before RANCID 3), then the device's own description as comments: for IOS `!Chassis type:`,
 *   `!Image: Software:`, `!Serial Number:`, `!Processor ID:` and `show inventory`'s entries with
 *   their `!PID:` and `!SN:` on lines of their own; for Junos the commands and their output after
 *   `# ` (`# rt1> show chassis hardware`, `# Chassis   JN1234   MX240`, `# Model: mx240`);
 * - Oxidized's keep `show version` and `show inventory` (or the maker's equivalent) as `! ` or `# `
 *   comments above the configuration;
 * - the configurations themselves open with a header some makers write: a FortiGate backup's
 *   `#config-version=FGT60E-6.4.5-FW-build1828-...`, a RouterOS export's `# nov/14/2022 17:12:03 by
 *   RouterOS 6.49.7` with `# model = ...` and `# serial number = ...`, Arista's `! device: sw1
 *   (DCS-7280SR2K-48C6-M, EOS-4.25.1F)`, Junos's `## Last commit: ...` before `version 22.4R3;`,
 *   Huawei VRP's `!Software Version V600R024C00SPC500`.
 *
 * One device per file: its name the configuration's `hostname` (`sysname`, `host-name`, ExtremeXOS's
 * `configure snmp sysName`, a FortiGate's `set hostname`, RouterOS's `/system identity`, SR OS's `name`
 * first in `system`), else the
 * file's name. The lines that
 * name a maker or a product become banners of protocol `other` and field `configuration`, read by
 * the catalog's banner patterns for configurations; the comment lines that are command output
 * (`show version`, `show inventory` as Oxidized or RANCID keep them) are read as the command-output
 * reader reads them. Configuration syntax alone (a `hostname` or `sysname` line) names nobody: a
 * configuration with nothing else is a device without evidence.
 */
import { LineSplitter } from './lines.js'
import { fileStem } from '../util/file-stem.js'
import { CommandOutputParser, isVersionBannerStart } from './cli-output.js'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { RowParser, RowSink } from './rows.js'
import { IcingaConfigParser, isCommentsOnly, isIcingaConfigStart, isNagiosObjectsStart, NagiosObjectsParser } from './nagios-objects.js'

/**
 * First lines that say a text is a saved configuration, each as real files write it: RANCID's
 * content type; a FortiGate backup's `#config-version=`, or `get system status` first as Oxidized
 * keeps it (`# Version: FortiGate-91G v7.4.7,build2731,...`); RouterOS's export header (`# nov/14/2022
 * 17:12:03 by RouterOS 6.49.7`, `# 2025-09-19 16:47:46 by RouterOS 7.17`, `# RouterOS 6.48.3`), or
 * `/system resource print` first as Oxidized keeps it (`#   version: 7.18.2 (stable)`); Junos's
 * `## Last commit:`; EOS's and NX-OS's `! Command: show running-config`; IOS's `Building
 * configuration...` and `Current configuration : 3227 bytes`; Huawei VRP's `!Software Version
 * V200R005C00SPC500`, or `!CfgFileCrc:0054487a` before it in a saved vrpcfg.cfg; IOS XR's `!! IOS XR
 * Configuration 6.0.1` (after the time and `Building configuration...` as `show running-config`
 * prints them); Nokia SR OS's
 * `# TiMOS-C-20.10.R13 cpm/hops64 Nokia 7750 SR Copyright ...`.
 */
const CONFIG_STARTS: readonly RegExp[] = [
  /^[!#] ?RANCID-CONTENT-TYPE: ?[\w-]+\s*$/,
  /^#config-version=\w+-\d+\.\d+(?:\.\d+)?-FW-build\d+/,
  /^# Version: Forti\w+-[\w-]+ v\d+\.\d+/,
  /^# (?:\S+ \S+ by )?RouterOS \d+\.\d+/,
  /^#\s+version: \d+\.\d+[\w.]* \((?:stable|long-term|testing|development)\)\s*$/,
  /^## Last (?:commit|changed): /,
  /^! ?Command: show running-config\b/,
  /^Building configuration\.\.\.\s*$/,
  /^Current configuration : \d+ bytes\s*$/,
  /^!Software Version V\d{3}R\d{3}/,
  /^!CfgFileCrc:[0-9a-f]+\s*$/,
  /^# TiMOS-[A-Z]-\d+\.\d+\.R\d+ /,
  /^!! IOS XR Configuration (?:version = )?\d/,
]

/** The time IOS XR prints before a command's output (`Tue Nov 21 12:27:52.212 UTC`), the first line of its saved `show running-config`. */
const XR_TIMESTAMP = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d\.\d{3} \S+\s*$/

/**
 * A first line that may start a configuration, told as one only with a `hostname` or `sysname` line
 * after it: a comment, IOS's `version 15.2`, or the header ProCurve and ArubaOS-Switch write with `;`
 * (`; J9280A Configuration Editor; Created on release #Y.11.51`), after `Running configuration:`
 * when it was saved from `show running-config`.
 */
const MAYBE_CONFIG_START = /^(?:[!#]|version \S+\s*$|; \w+ Configuration Editor; |Running configuration:\s*$)/
/**
 * The device's name in IOS, EOS, NX-OS, ProCurve (`hostname "ProCurve Switch 2510G-48"`, quoted when
 * it holds spaces), Huawei VRP and H3C Comware (` sysname S1`), and ExtremeXOS (`configure snmp
 * sysName "X460_TestSwitch"`) configurations.
 */
const HOSTNAME_LINE = /^(?:[ \t]?(?:hostname|sysname)|configure snmp sysName) (?:"([^"\r\n]+)"|([^"\s]+))[ \t]*\r?$/m

/** The first `count` lines of a text that are not blank (without their line ends). */
function firstLines(head: string, count: number): string[] {
  const out: string[] = []
  for (const raw of head.split('\n')) {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '') continue
    out.push(line)
    if (out.length === count) break
  }
  return out
}

/**
 * True when a text starts as a saved configuration: its first line that is not blank is one of the
 * headers above, a `show version` banner kept as a comment (`! Cisco IOS XE Software, Version
 * 17.09.04a`), Oxidized's Junos `show version` (`# Model: srx300` then `# Junos: 22.4R3`, or
 * `# Hostname: lab` then `# Model: mx240`), or a comment (or IOS's `version 15.2`) with a
 * `hostname` or `sysname` line in the text given. A CSV header, a JSON value, an SNMP walk or a
 * session log starts otherwise.
 */
export function isConfigBackupStart(head: string): boolean {
  const [first, second] = firstLines(head, 2)
  if (first === undefined) return false
  if (CONFIG_STARTS.some((re) => re.test(first))) return true
  if (XR_TIMESTAMP.test(first) && second !== undefined && CONFIG_STARTS.some((re) => re.test(second))) return true
  if (/^! ?\S/.test(first) && isVersionBannerStart(first.replace(/^! ?/, ''))) return true
  if (/^# Model: [a-z]+\d[\w-]*\s*$/.test(first) && second !== undefined && /^# (?:Junos: |JUNOS )/.test(second)) return true
  if (/^# Hostname: \S+\s*$/.test(first) && second !== undefined && /^# Model: [a-z]+\d[\w-]*\s*$/.test(second)) return true
  if (JUNOS_SET_VERSION.test(first) && second !== undefined && /^set \S/.test(second)) return true
  return MAYBE_CONFIG_START.test(first) && HOSTNAME_LINE.test(head)
}

/**
 * The first line of a Junos configuration saved as `show configuration | display set` prints it
 * (`set version 20.4R3-S2.6`, then `set system host-name ...`), where the hierarchical one opens
 * with `## Last commit:` and `version 20.4R3-S2.6;`.
 */
const JUNOS_SET_VERSION = /^set version "?[\w.-]+"?\s*$/

/**
 * Lines that name a maker or a product, kept as banners (field `configuration`) with the lines
 * after them that the patterns read: RANCID's content type; the IOS image RANCID and Oxidized copy
 * from `show version` (`!Image: Software: C3550-IPSERVICESK9-M, 12.2(35)SE3, RELEASE SOFTWARE
 * (fc1)`); a FortiGate's `#config-version=`; RouterOS's export header with its `# model =` line;
 * Arista's `! device:`; Junos's `## Last commit:` with the `version` line after it, or the `set
 * version` line of a configuration saved as `display set`; Huawei VRP's `!Software Version
 * V600R024C00SPC500`; H3C Comware's ` version 7.1.070, Release 6318P01` (its first line after
 * `#`); Nokia SR OS's `# TiMOS-C-20.10.R13 cpm/hops64 Nokia 7750 SR Copyright ...`, the system
 * description the device also gives as its sysDescr (kept without its `# `).
 */
const MARKERS: readonly Marker[] = [
  { line: /^[!#] ?RANCID-CONTENT-TYPE: ?[\w-]+\s*$/, after: 0 },
  { line: /^! ?Image: (?:Slave: )?Software: /, after: 0 },
  { line: /^#config-version=/, after: 0 },
  { line: /^# (?:\S+ \S+ by )?RouterOS \d+\.\d+/, after: 4, comments: true },
  { line: /^! device: \S+ \(/, after: 0 },
  { line: /^## Last (?:commit|changed): /, after: 1 },
  { line: /^!Software Version V\d{3}R\d{3}C/, after: 0 },
  { line: JUNOS_SET_VERSION, after: 0 },
  { line: /^ version \d+\.\d+[\d.]*, (?:Release|Feature|ESS|Alpha|Beta) \w/, after: 0 },
  { line: /^# TiMOS-[A-Z]-\d+\.\d+\.R\d+ /, after: 0, uncomment: true },
]
/** The index of SR OS's header among the markers: its configuration names the device differently. */
const SROS_MARKER = MARKERS.length - 1

/**
 * A line that names a maker or a product, and how many lines after it its banner keeps (only
 * comment lines, with `comments`); with `uncomment`, the banner is the line without its `# `.
 */
type Marker = { line: RegExp; after: number; comments?: boolean; uncomment?: boolean }

/**
 * Lines of the comments at a configuration's head that start what a device prints about itself,
 * kept as a banner (field `configuration`) with the lines after them: the ASA's `show version`
 * (`Cisco Adaptive Security Appliance Software Version 9.12(4)67`), Junos's (`Model: srx300`),
 * EOS's (`Arista DCS-7050CX3-32S`), FortiOS's `get system status` (`Version: FortiGate-91G
 * v7.4.7,...`), RouterOS's `/system resource print` (`board-name: L009UiGS`).
 */
const SELF_DESCRIPTION_STARTS: readonly RegExp[] = [
  /^Cisco Adaptive Security Appliance Software Version /,
  /^Model: [a-z]+\d[\w-]*\s*$/,
  /^Arista [\w-]+\s*$/,
  /^Version: Forti/,
  /^\s*board-name: \S/,
]

/** The comments IOS opens its running configuration with (`! Last configuration change at 09:37:40 CEST Tue Aug 20 2024 by oxidized`). */
const CONFIG_COMMENT = /^(?:Last configuration change at |NVRAM config last updated at )/

/** Lines of a self-description or a header kept as its banner, at most. */
const BANNER_LINES = 16
/** Lines of the comments at a configuration's head read, at most (RANCID keeps whole tables there). */
const MAX_HEADER_LINES = 50_000

/** A banner being collected: its lines, how many more are wanted, and whether only comment lines. */
type Pending = { lines: string[]; more: number; comments?: boolean }

/** What a configuration says of its device. */
type ConfigFacts = {
  hostname?: string
  /** The host name the comments give (`get system status`'s `Hostname:`, EOS's `! device: sw1 (...)`). */
  headerHostname?: string
  model?: string
  serial?: string
  /** Serial numbers of a board rather than the chassis (IOS's `Processor ID`), when nothing better is said. */
  boardSerial?: string
}

/** Collects what the inner command-output reader emits. */
class Collector implements RowSink {
  readonly rows: Record<string, unknown>[] = []
  readonly diagnostics: Diagnostic[] = []
  row(input: unknown): void {
    if (input !== null && typeof input === 'object' && this.rows.length === 0) this.rows.push(input as Record<string, unknown>)
  }
  device(): void {}
}

/** Reads a saved configuration as one device. */
export class ConfigBackupParser implements RowParser {
  private readonly file: string
  private readonly lines = new LineSplitter()
  private line = 0
  private inHeader = true
  private headerLines = 0
  /** The comments at the head read as a device's command output (Oxidized's `show version`, RANCID's `show inventory`). */
  private readonly output: CommandOutputParser
  private readonly collected = new Collector()
  private readonly facts: ConfigFacts = {}
  private readonly banners: string[] = []
  private readonly pending: Pending[] = []
  private readonly markersSeen = new Set<number>()
  private selfDescribed = false
  /** Whether the comments at the head have reached the configuration's own (IOS's `Last configuration change at ...`). */
  private outputEnded = false
  private self: Pending | undefined
  /** The section of the configuration being read, where a name is set inside one (`config system global`, `/system identity`). */
  private block: 'fortios-global' | 'routeros-identity' | 'sros-system' | undefined
  private at: SourceLocation | undefined

  constructor(file: string) {
    this.file = file
    this.output = new CommandOutputParser(file)
  }

  push(chunk: string): void {
    this.lines.push(chunk, (line) => this.read(line))
  }

  end(sink: RowSink): void {
    this.lines.end((line) => this.read(line))
    this.flushSelf()
    for (const p of this.pending.splice(0)) this.banners.push(p.lines.join('\n').trimEnd())
    this.output.end(this.collected)
    const inner = this.collected.rows[0] ?? {}
    const f = this.facts
    const name = f.hostname ?? f.headerHostname ?? (typeof inner['name'] === 'string' ? inner['name'] : undefined)
    const innerBanners = Array.isArray(inner['banners']) ? (inner['banners'] as { protocol: string; field: string; text: string }[]) : []
    const banners = [...innerBanners, ...this.banners.filter((t) => t !== '').map((text) => ({ protocol: 'other', field: 'configuration', text }))]
    const model = (typeof inner['model'] === 'string' ? inner['model'] : undefined) ?? f.model
    const serial = (typeof inner['serial'] === 'string' ? inner['serial'] : undefined) ?? f.serial ?? f.boardSerial
    sink.row({
      id: name ?? fileStem(this.file).replace(/^<(.*)>$/, '$1'),
      name,
      manufacturer: typeof inner['manufacturer'] === 'string' ? inner['manufacturer'] : undefined,
      model,
      serial,
      banners: banners.length > 0 ? banners : undefined,
      components: inner['components'],
    }, this.at ?? { file: this.file, line: 1 })
  }

  private read(raw: string): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    this.line++
    if (this.at === undefined && line.trim() !== '') this.at = { file: this.file, line: this.line }
    this.collect(line)
    if (this.inHeader && (line.trim() === '' || /^\s*[!#]/.test(line)) && this.headerLines < MAX_HEADER_LINES) {
      this.headerLines++
      const text = line.replace(/^\s*[!#] ?/, '')
      // IOS's running configuration opens with these comments: what follows is configuration,
      // no command's output (and the user they name is nobody's maker).
      if (CONFIG_COMMENT.test(text)) this.outputEnded = true
      if (!this.outputEnded) {
        this.output.push(`${text}\n`)
        this.describe(text)
      } else this.flushSelf()
      this.readComment(text)
      return
    }
    this.inHeader = false
    this.flushSelf()
    this.readConfig(line)
  }

  /** Keeps the lines of the marker banners being collected, and starts one at a marker line. */
  private collect(line: string): void {
    for (const p of this.pending) {
      if (p.comments === true && !/^\s*[!#]/.test(line)) p.more = 0
      else {
        p.lines.push(line)
        p.more--
      }
    }
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const p = this.pending[i]!
      if (p.more > 0) continue
      this.banners.push(p.lines.join('\n').trimEnd())
      this.pending.splice(i, 1)
    }
    // Markers are comments at the head: a line of the configuration further on is none.
    if (!this.inHeader) return
    MARKERS.forEach((marker, i) => {
      if (this.markersSeen.has(i) || !marker.line.test(line)) return
      this.markersSeen.add(i)
      if (marker.after === 0) this.banners.push((marker.uncomment === true ? line.replace(/^\s*[!#] ?/, '') : line).trimEnd())
      else this.pending.push({ lines: [line], more: marker.after, ...(marker.comments === true ? { comments: true } : {}) })
    })
  }

  /** Collects the device's self-description among the comments at the head (its first 16 lines). */
  private describe(text: string): void {
    const self = this.self
    if (self !== undefined) {
      self.lines.push(text)
      if (--self.more <= 0) this.flushSelf()
    } else if (!this.selfDescribed && SELF_DESCRIPTION_STARTS.some((re) => re.test(text))) {
      this.selfDescribed = true
      this.self = { lines: [text], more: BANNER_LINES - 1 }
    }
  }

  private flushSelf(): void {
    if (this.self === undefined) return
    this.banners.push(this.self.lines.join('\n').trimEnd())
    this.self = undefined
  }

  /** A comment line of the head, without its `!` or `#`. */
  private readComment(text: string): void {
    const f = this.facts
    let m: RegExpExecArray | null
    // RANCID's (and Oxidized's) digest of IOS's show version: `Chassis type: WS-C4948E` (RANCID 2:
    // `Chassis type: WS-C3550-24 - a 3550 switch`), `Serial Number:`, `Processor ID:`.
    if ((m = /^Chassis type:(?: Slave:)? (\S+)/.exec(text)) !== null) f.model ??= value(m[1])
    else if ((m = /^\s*(?:System )?Serial [Nn]umber\s*:\s*(\S+)\s*$/.exec(text)) !== null) f.serial ??= value(m[1])
    else if ((m = /^Processor ID: (\S+)\s*$/.exec(text)) !== null) f.boardSerial ??= value(m[1])
    // Junos's show chassis hardware: `Chassis                                JN1234AB5678      MX240`.
    else if ((m = /^Chassis\s+([A-Z0-9]{6,})\s+([\w-]+)\s*$/.exec(text)) !== null) {
      f.serial ??= value(m[1])
      f.model ??= value(m[2])
    }
    // Junos's show version (`Model: srx300`), EOS's show inventory (`  Model           : DCS-7050CX3-32S`),
    // IOS's stacks (`Model number  : WS-C3750X-48T-L`).
    else if ((m = /^\s*Model(?: [Nn]umber| name)?\s*:\s*(\S+)\s*$/.exec(text)) !== null) f.model ??= value(m[1])
    // An OLT's self-description as Oxidized keeps it: V-SOL's `Olt Device Model:   V1600G0-B`;
    // TP-Link's show system-info, `Hardware Version     - DS-P7001-08 1.0` (the model, then its revision).
    else if ((m = /^\s*Olt Device Model\s*:\s*(\S+)\s*$/.exec(text)) !== null) f.model ??= value(m[1])
    else if ((m = /^\s*Hardware Version\s+-\s+(\S+)(?:\s+\d+(?:\.\d+)*)?\s*$/.exec(text)) !== null) f.model ??= value(m[1])
    // RouterOS's export: `model = RB750Gr3`, `serial number = 8B000A4884B6`.
    else if ((m = /^model = (\S.*?)\s*$/.exec(text)) !== null) f.model ??= value(m[1])
    else if ((m = /^serial number = (\S+)\s*$/.exec(text)) !== null) f.serial ??= value(m[1])
    // FortiOS's get system status: `Serial-Number: FGT91GTK00000000`, `Hostname: TEST-FW1234`.
    else if ((m = /^Serial-Number: (\S+)\s*$/.exec(text)) !== null) f.serial ??= value(m[1])
    else if ((m = /^Hostname: (\S+)\s*$/.exec(text)) !== null) f.headerHostname ??= value(m[1])
    // EOS: `device: ta367 (DCS-7280SR2K-48C6-M, EOS-4.25.1F-...)`.
    else if ((m = /^device: (\S+) \(([\w-]+), EOS-/.exec(text)) !== null) {
      f.headerHostname ??= value(m[1])
      f.model ??= value(m[2])
    }
  }

  /** A line of the configuration itself: where it names the device. */
  private readConfig(line: string): void {
    const f = this.facts
    if (f.hostname !== undefined) return
    let m: RegExpExecArray | null
    if ((m = HOSTNAME_LINE.exec(line)) !== null) f.hostname = value(m[1] ?? m[2])
    // Junos: `host-name mx1;` under `system {`, or `set system host-name mx1`.
    else if ((m = /^\s+host-name "?([^";\s]+)"?;\s*$/.exec(line)) !== null) f.hostname = value(m[1])
    else if ((m = /^set system host-name "?([^"\s]+)"?\s*$/.exec(line)) !== null) f.hostname = value(m[1])
    // SR OS: `name "nokia-1"`, the first line of `system` (the names further on are other objects').
    else if (this.block === 'sros-system') {
      if ((m = /^\s+name "?([^"]+?)"?\s*$/.exec(line)) !== null) f.hostname = value(m[1])
      this.block = undefined
    } else if (this.markersSeen.has(SROS_MARKER) && /^ {4}system\s*$/.test(line)) this.block = 'sros-system'
    // FortiOS: `set hostname "fw1"` in `config system global`.
    else if (/^config system global\s*$/.test(line)) this.block = 'fortios-global'
    else if (/^\/system identity\s*$/.test(line)) this.block = 'routeros-identity'
    else if (this.block === 'fortios-global' && (m = /^\s+set hostname "?([^"]+?)"?\s*$/.exec(line)) !== null) f.hostname = value(m[1])
    else if (this.block === 'routeros-identity' && (m = /^set name="?([^"]+?)"?\s*$/.exec(line)) !== null) f.hostname = value(m[1])
    else if (this.block === 'fortios-global' && /^end\s*$/.test(line)) this.block = undefined
    else if (this.block === 'routeros-identity' && /^\//.test(line)) this.block = undefined
  }
}

/** A value, or nothing for a blank one. */
function value(text: string | undefined): string | undefined {
  const t = text?.trim()
  return t === undefined || t === '' ? undefined : t
}

/** Characters held to tell a saved configuration from command output, at most. */
const SAMPLE = 4096
/** Characters of comments alone held before the text is read as what its sample shows. */
const MAX_COMMENTS = 1 << 16

/**
 * The reader of `--input-format cli` and of the texts told as command output or configurations:
 * holds the start of the text until it tells which it is (see `isConfigBackupStart`), then reads it
 * as a saved configuration (one device) or as command output (a device per prompt's host).
 */
export class DeviceTextParser implements RowParser {
  private readonly file: string
  private inner: RowParser | undefined
  private held = ''

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string, sink: RowSink): void {
    if (this.inner !== undefined) return this.inner.push(chunk, sink)
    this.held += chunk
    // A header of comments longer than the sample (a licence above Nagios's definitions) is held
    // until the first line that tells.
    if (this.held.length < SAMPLE || (this.held.length < MAX_COMMENTS && isCommentsOnly(this.held))) return
    this.choose().push(this.take(), sink)
  }

  end(sink: RowSink): void {
    if (this.inner === undefined) {
      const inner = this.choose()
      const text = this.take()
      if (text !== '') inner.push(text, sink)
    }
    this.inner!.end(sink)
  }

  private choose(): RowParser {
    this.inner = isNagiosObjectsStart(this.held)
      ? new NagiosObjectsParser(this.file)
      : isIcingaConfigStart(this.held) ? new IcingaConfigParser(this.file)
      : isConfigBackupStart(this.held) ? new ConfigBackupParser(this.file) : new CommandOutputParser(this.file)
    return this.inner
  }

  get readAs(): string | undefined {
    return this.inner?.readAs
  }

  private take(): string {
    const text = this.held
    this.held = ''
    return text
  }
}
