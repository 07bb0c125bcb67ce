/**
 * A device's own command output as an inventory: what operators save of a router or switch (by
 * hand, or from a session log), one file per device, often with the session's prompt line before
 * each command (RANCID's and Oxidized's files, which keep such output as comments above the
 * configuration, are read by config-backup.ts, which hands those comments to this reader):
 * - Cisco IOS, IOS-XE, IOS-XR and NX-OS `show version` (the software banner, `cisco WS-C4948E
 *   (MPC8548) processor ...`, `Processor board ID`, the `Model Number` and `System Serial Number`
 *   lines of Catalyst switches) and `show inventory` (`NAME: "Chassis", DESCR: "..."` then
 *   `PID: ..., VID: ..., SN: ...` per entry);
 * - Huawei VRP `display version` (the software banner, `HUAWEI NE40E-X2-M8A uptime is ...`),
 *   `display device` (`S5730-48C-SI-AC's Device status:`) and `display elabel` (`[Board
 *   Properties]` blocks of `BoardType=`, `BarCode=`, `VendorName=`);
 * - H3C Comware `display device manuinfo` (HPE's Comware switches too): the first block, the
 *   chassis's (`Slot 1 CPU 0:`, `Chassis self:`), of `DEVICE_NAME :`, `DEVICE_SERIAL_NUMBER :`,
 *   `MAC_ADDRESS :` and `VENDOR_NAME :`;
 * - Arista EOS `show version` (`Arista CCS-720XP-24ZY4-F`, `Serial number:`) and Juniper Junos
 *   `show version` (`Model: mx240`);
 * - a server's `dmidecode` (`dmidecode -t system`): its `System Information` block; its BMC's
 *   `ipmitool fru`: the first record's product, board and chassis areas;
 * - a Dahua camera's or recorder's `getSystemInfo` (`deviceType=`, `serialNumber=`);
 * - any other maker's `show version` or `display version` (H3C Comware, ZTE), whose banner alone
 *   is read.
 *
 * One device per host named by the prompts (`rt-fra-01#show inventory`, `<HUAWEI>display version`,
 * `[~HUAWEI]display elabel`, `user@mx1> show version`, IOS-XR's `RP/0/RSP0/CPU0:pe1#`); output
 * before the first prompt is the first host's, and a file without prompts is one device named
 * after the file. The output of other commands (a configuration, a neighbour table) is skipped.
 *
 * What becomes what: the host the id and name; the chassis entry of `show inventory` (the entry
 * named or described as a chassis, else the first) the model and serial, else the chassis block of
 * `display elabel` (a backplane's or chassis's, else the first) with its `VendorName` as the
 * manufacturer, else the model and serial `show version` or `display version` print; the other
 * elabel blocks that name their vendor are components; the first lines of `show version` or
 * `display version` are a banner (protocol `other`, field the command), which the catalog's
 * banner patterns read as they read a sysDescr.
 */
import { LineSplitter } from './lines.js'
import { fileStem } from '../util/file-stem.js'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { RowParser, RowSink } from './rows.js'
import { defined } from '../util/defined.js'
import { formatMac, parseMac } from '../catalog/mac.js'

/** The commands read here, by what their output gives. */
type Command = 'version' | 'inventory' | 'elabel' | 'device' | 'manuinfo' | 'dmidecode' | 'fru' | 'systeminfo' | 'system' | 'onts'

/** A command word abbreviated as the CLIs accept it: `sh`, `sho`, `show`; at least `min` letters. */
function abbreviation(word: string, min: number): string {
  let out = word.slice(0, min)
  for (const c of word.slice(min)) out += `(?:${c}`
  return out + ')?'.repeat(word.length - min)
}
const SHOW = abbreviation('show', 2)
const DISPLAY = abbreviation('display', 3)
/** The commands whose output is read, abbreviated or not (`sh ver`, `dis elabel`). */
const COMMANDS: readonly (readonly [RegExp, Command])[] = [
  // (ZXR10's `show version software` prints the same banner)
  [new RegExp(`^(?:${SHOW}|${DISPLAY})\\s+${abbreviation('version', 3)}(?:\\s+software)?\\s*(?:\\|.*)?$`, 'i'), 'version'],
  [new RegExp(`^${SHOW}\\s+${abbreviation('inventory', 3)}\\s*(?:\\|.*)?$`, 'i'), 'inventory'],
  [new RegExp(`^${DISPLAY}\\s+elabel\\s*(?:\\|.*)?$`, 'i'), 'elabel'],
  [new RegExp(`^${DISPLAY}\\s+${abbreviation('device', 3)}\\s+${abbreviation('manuinfo', 5)}\\s*(?:\\|.*)?$`, 'i'), 'manuinfo'],
  [new RegExp(`^${DISPLAY}\\s+${abbreviation('device', 3)}\\s*(?:\\|.*)?$`, 'i'), 'device'],
  [new RegExp(`^${DISPLAY}\\s+ont\\s+info\\s+(?:summary\\s+)?\\d[\\d/ ]*(?:\\s+all)?\\s*(?:\\|.*)?$`, 'i'), 'onts'],
  [new RegExp(`^${SHOW}\\s+${abbreviation('system', 3)}(?:\\s+${abbreviation('information', 4)})?\\s*(?:\\|.*)?$`, 'i'), 'system'],
]

/** The first word of a command after a prompt: any command the sessions read here are made of. */
const COMMAND_WORD = /^(?:sh|sho|show|dis|disp|displ|displa|display|terminal|term|screen-length|enable|en|exit|quit|end|more|dir|admin|run|file|ping|traceroute|tracert|copy|write|configure|conf|system-view|sys|return|save|undo|set|request|cli|environment|no|reset|debugging|undebug)\b/i

/**
 * A prompt line of a saved session, or a prompt alone, with the host in one of its groups:
 * Huawei's and H3C's `<HUAWEI>display version` (user view) and `[~HUAWEI]display elabel` (system
 * view, with a command: `[Slot_0]` alone is a line of `display elabel`); Junos's `user@mx1> show
 * version` (`user@mx1#` in configuration mode); Cisco's, Arista's and ZTE's `rt-fra-01#show
 * inventory` (`sw1>`, `sw1(config)#`, IOS-XR's `RP/0/RSP0/CPU0:pe1#`).
 */
const PROMPT = /^\s*(?:<([\w.-]+)>|\[[~*]*([\w.-]+)\](?=\s*\S)|[\w.-]+@([\w.-]+)[>#%]|([A-Za-z0-9][\w.\-/:()]*)[#>])\s*(.*)$/

/**
 * The line Junos prints before its prompt on a switch or a chassis of several routing engines
 * (`{master:0}`, `{backup:1}`, `{primary:node0}`), `[edit]` after it in configuration mode: no
 * part of any output.
 */
const JUNOS_CONTEXT = /^\s*\{(?:master|backup|primary|secondary|linecard|hold)(?::[\w-]+)?\}(?:\[edit[^\]]*\])?\s*$/

/** The host a prompt names (Cisco's without its mode, IOS-XR's without the route processor), and the command after it. */
function readPrompt(line: string): { host: string; command: string } | undefined {
  const m = PROMPT.exec(line)
  if (m === null) return undefined
  const command = m[5]!.trim()
  // A `!` typed at the prompt is a comment, as a session log keeps between commands.
  if (command !== '' && command !== '!' && !COMMAND_WORD.test(command)) return undefined
  const named = m[1] ?? m[2] ?? m[3]
  const host = named ?? m[4]!.replace(/\(.*\)$/, '').split(':').pop()!
  return host === '' ? undefined : { host, command }
}

/** The first line of Comware's `display version`, H3C's or HPE's (see `BARE_STARTS`). */
const COMWARE_BANNER = /^(?:(?:H3C|HPE?|Hewlett Packard Enterprise) Comware (?:Platform )?Software\b|Comware Software, Version )/

/**
 * Output that starts a command's output by itself, for a file saved without prompts: the software
 * banners of Cisco's and Huawei's `show version` and `display version`, `show inventory`'s first
 * entry, `display elabel`'s and `display device`'s first lines.
 */
const BARE_STARTS: readonly (readonly [RegExp, Command])[] = [
  [/^(?:Cisco IOS Software,|Cisco IOS Software \[|Cisco IOS XE Software, Version |Cisco Internetwork Operating System Software|Cisco IOS XR Software|Cisco Nexus Operating System \(NX-OS\) Software|Huawei Versatile Routing Platform Software|ZTE ZX[A-Z0-9]+ Software, Version|ZXR10 Router Operating System Software\b|ZXR10 [\w-]+ Software, Version ZXR10 )/, 'version'],
  // Comware's `display version`: `H3C Comware Platform Software` or `HP Comware Platform Software`
  // above `Comware Software, Version 5.20...` (Comware 5), `HP Comware Software, Version 7.1.045`,
  // `H3C Comware Software, Version 7.1.064` (Comware 7).
  [COMWARE_BANNER, 'version'],
  [/^(?:NAME|Name):\s*"[^"]*"\s*,\s*DESCR:\s*"/, 'inventory'],
  [/^(?:\/\$\[(?:System Integration|Board Integration|ArchivesInfo) Version\]|\[Board Properties\])\s*$/, 'elabel'],
  [/^\S+'s Device status:\s*$/, 'device'],
  [/^DEVICE_NAME\s*:/, 'manuinfo'],
  // Huawei SmartAX's `display ont info 0 all` (`F/S/P   ONT   SN   Control ...` after a line of
  // dashes) and `display ont info summary 0/1/0` (`Command is being executed. Please wait`).
  [/^F\/S\/P\s+ONT\s+SN\s+Control\b|^Command is being executed\. Please wait\s*$|^In port \d+\/\s*\d+\/\s*\d+\s*, the total of ONTs are:/, 'onts'],
  // HPE ProCurve's and ArubaOS-Switch's `show system`.
  [/^Status and Counters - General System Information\s*$/, 'system'],
  // A server's `dmidecode` (`dmidecode -t system`), which opens with the tool's version.
  [/^# dmidecode \d+\.\d+\s*$/, 'dmidecode'],
  // A server's `ipmitool fru` (`ipmitool fru print`), read from its BMC: the first record is the server's.
  [/^FRU Device Description\s*:\s*Builtin FRU Device\b/, 'fru'],
  // A Dahua camera's or recorder's `/cgi-bin/magicBox.cgi?action=getSystemInfo` (and the devices
  // built on Dahua's firmware): `deviceType=`, `processor=`, `serialNumber=`, `updateSerial=`.
  [/^deviceType=\S[^=]*$/, 'systeminfo'],
]

function bareStart(line: string): Command | undefined {
  const t = line.trimStart()
  for (const [test, command] of BARE_STARTS) if (test.test(t)) return command
  return undefined
}

/**
 * True when a line starts the software banner of Cisco's or Huawei's `show version` or `display
 * version` (`Cisco IOS Software, ...`, `Cisco IOS XE Software, Version ...`, `Huawei Versatile
 * Routing Platform Software`), as a collector copies it above a saved configuration.
 */
export function isVersionBannerStart(line: string): boolean {
  return bareStart(line) === 'version'
}

/**
 * True when the first line of a text that is not blank is a prompt with one of the commands read
 * here (`rt-fra-01#show version`, `<HUAWEI>display elabel`), or the start of such output without a
 * prompt (`Cisco IOS Software, ...`, `NAME: "Chassis", DESCR: "..."`, `Huawei Versatile Routing
 * Platform Software`). A CSV header, a neighbour table or an SNMP walk starts otherwise.
 */
export function isCommandOutputStart(head: string): boolean {
  const line = firstLine(head)
  if (line === undefined) return false
  const prompt = readPrompt(line)
  if (prompt !== undefined) return !/[,;\t]/.test(prompt.command) && commandOf(prompt.command) !== undefined
  if (bareStart(line) !== undefined) return true
  // ZTE prints the product (`ZXCTN 6120H-S`) on a line of its own above its software banner,
  // Comware the slot or chassis above `display device manuinfo`'s first block.
  const second = secondLine(head, line) ?? ''
  const next = bareStart(second)
  if ((PRODUCT_LINE.test(line) && next === 'version') || (MANUINFO_BLOCK.test(line) && next === 'manuinfo')) return true
  // Comware 5 answers for a chassis that keeps no manufacturing information (`Chassis self:`,
  // then `Only new chassis support this command.`), and goes on with its slots' blocks.
  if (MANUINFO_BLOCK.test(line) && /^\s*Only new chassis support this command\.\s*$/m.test(head.slice(0, 400)) && /^\s*DEVICE_NAME\s*:/m.test(head)) return true
  // SmartAX draws a line of dashes above `display ont info`'s table.
  if (/^\s*-{20,}\s*$/.test(line) && next === 'onts') return true
  // Arista's and Junos's `show version`, told by their first lines together.
  const third = secondLine(head, second) ?? ''
  return leadingVersionStart([line], second) || leadingVersionStart([line, second, third], secondLine(head, third) ?? '')
}

/** The first line of a Huawei SmartAX access node's `display version` (`  VERSION : MA5600V800R018C10`), above `PATCH :` and `PRODUCT : MA5608T`. */
const SMARTAX_VERSION = /^\s*VERSION\s*:\s*\S+\s*$/

/** A Junos member's line above its part of `show version`: `fpc0:` (a virtual chassis), `node0:` (a cluster), `localre:`, `re0:`. */
const JUNOS_MEMBER = /^(?:(?:fpc|node|re|member)\d+|localre|otherre):\s*$/
/** Junos's `Hostname: lab` line of `show version`, with the host. */
const JUNOS_HOSTNAME = /^Hostname: (\S+)\s*$/

/**
 * Whether `line` after the lines `leading` (the first lines that are not blank) starts `show
 * version` saved without a prompt, where no first line alone tells it: Arista EOS's `Arista
 * CCS-720XP-24ZY4-F` above `Hardware version: 11.00`; Junos's `Hostname: lab` above `Model:
 * mx240`, under the member's line and a line of dashes on a virtual chassis or a cluster (`fpc0:`,
 * `node0:`); a Huawei SmartAX's `VERSION : ...` above `PATCH :` or `PRODUCT :` (`display version`).
 */
function leadingVersionStart(leading: readonly string[], line: string): boolean {
  if (leading.length === 1 && /^Arista [\w-]+\s*$/.test(leading[0]!)) return /^Hardware version:/.test(line)
  if (leading.length === 1 && SMARTAX_VERSION.test(leading[0]!)) return /^\s*(?:PATCH|PRODUCT)\s*:/.test(line)
  if (!/^Model: \S+/.test(line) || !JUNOS_HOSTNAME.test(leading[leading.length - 1] ?? '')) return false
  return leading.length === 1 || (leading.length === 3 && JUNOS_MEMBER.test(leading[0]!) && /^-{10,}\s*$/.test(leading[1]!))
}

/** The line above a block of Comware's `display device manuinfo`: `Slot 1 CPU 0:`, `Chassis self:`, `Fan 1`, `Power 2`. */
const MANUINFO_BLOCK = /^\s*(?:(?:Chassis|Slot|Subslot)\b[\w ]*:|(?:Fan|Power)\s+\d+:?)\s*$/

/** A short line of a name alone, as ZTE's `show version` starts with the product's (`ZXCTN 6120H-S`). */
const PRODUCT_LINE = /^\s*[A-Za-z][\w.+/-]*(?: [\w.+/-]+){0,3}\s*$/

/** The line after `first` (the text's first line that is not blank). */
function secondLine(head: string, first: string): string | undefined {
  const at = head.indexOf(first)
  const nl = head.indexOf('\n', at + first.length)
  if (nl < 0) return undefined
  const next = head.indexOf('\n', nl + 1)
  return head.slice(nl + 1, next < 0 ? head.length : next).replace(/\r$/, '')
}

/**
 * True when the first line of a text that is not blank is a prompt and a command of any kind
 * (`sw1#show running-config`): a saved session, told only once the neighbour and address tables
 * (which start so too) are ruled out. Read as CSV it gave a missing id column and stray quotes; read
 * here, the commands read are found further on, or the error says which ones are read.
 */
export function isSessionStart(head: string): boolean {
  const line = firstLine(head)
  const prompt = line === undefined ? undefined : readPrompt(line)
  // A line of comma-separated cells is no prompt (`Rack2>display name,model`): a command typed
  // at a prompt has no comma, semicolon or tab between its words.
  return prompt !== undefined && prompt.command !== '' && !/[,;\t]/.test(prompt.command)
}

/** The first line of a text that is not blank, nor Junos's `{master:0}` before its prompt. */
function firstLine(head: string): string | undefined {
  let from = 0
  for (;;) {
    const found = /\S/.exec(head.slice(from))
    if (found === null) return undefined
    const start = head.lastIndexOf('\n', from + found.index) + 1
    const nl = head.indexOf('\n', start)
    const line = head.slice(start, nl < 0 ? head.length : nl).replace(/\r$/, '')
    if (nl < 0 || !JUNOS_CONTEXT.test(line)) return line
    from = nl + 1
  }
}

function commandOf(text: string): Command | undefined {
  for (const [test, command] of COMMANDS) if (test.test(text)) return command
  return undefined
}

/** Lines of a command's output kept, at most: the facts read here are in its first lines, or its first blocks. */
const MAX_SECTION_LINES = 20_000
/** Other commands remembered per host, at most, for the message when nothing is read. */
const MAX_SKIPPED = 20
/** Lines of `show version` or `display version` given as the banner: what a sysDescr holds is in the first few. */
const BANNER_LINES = 16

/** What the output of one host says of it. */
type Facts = {
  host: string | undefined
  at: SourceLocation
  /** The banner of `show version` / `display version` (the first seen), with the command that printed it. */
  banner?: { field: string; text: string }
  inventory?: { model?: string; serial?: string }
  elabel?: { manufacturer?: string; model?: string; serial?: string }
  /** What `dmidecode` prints of the system (its SMBIOS System Information). */
  system?: { manufacturer?: string; model?: string; serial?: string; firmware?: string }
  /** The chassis's MAC that `display device manuinfo` prints. */
  macs?: string[]
  elabelComponents: { manufacturer: string; model?: string }[]
  deviceModel?: string
  versionModel?: string
  versionSerial?: string
  /** The ONTs an OLT's `display ont info` lists: each a device of its own. */
  onts?: Ont[]
  /** Commands seen whose output is not read (for the message when nothing is read). */
  skipped: string[]
}

/** An ONT of Huawei SmartAX's `display ont info`: its port and ID, GPON serial, type and description. */
type Ont = { port: string; id: string; serial: string; model?: string; description?: string }

/** A command's output being read. */
type Section = { command: Command | undefined; field: string; lines: string[] }

/** An `xxxxxxxx` value (a serial or a code left out of a published capture) or nothing: no value. */
function valueOf(text: string | undefined): string | undefined {
  const t = text?.trim()
  return t === undefined || t === '' || /^x+$/i.test(t) || /^(?:n\/?a|--?|none|unknown)$/i.test(t) ? undefined : t
}

/** Reads a device's saved command output, one device per host its prompts name. */
export class CommandOutputParser implements RowParser {
  private readonly file: string
  private readonly lines = new LineSplitter()
  private line = 0
  /** Facts by host, in the order the hosts first appear; output before any prompt goes to `unprompted`. */
  private readonly hosts = new Map<string, Facts>()
  private unprompted: Facts | undefined
  private facts: Facts | undefined
  private section: Section | undefined
  /** Whether the section being read was opened by a prompt (else by its output's first line). */
  private prompted = false
  /** The lines that are not blank before the first command's output (at most two). */
  private readonly leading: string[] = []

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string): void {
    this.lines.push(chunk, (line) => this.read(line))
  }

  end(sink: RowSink): void {
    this.lines.end((line) => this.read(line))
    this.finishSection()
    let devices = [...this.hosts.values()]
    const before = this.unprompted
    if (before !== undefined) {
      // Output saved before the first prompt is the first host's (a session's first command
      // typed before its prompt was captured), or, without prompts, the file's one device.
      const first = devices[0]
      if (first === undefined) devices = [before]
      else merge(first, before)
    }
    let emitted = 0
    const ids = new Set<string>()
    for (const facts of devices) {
      const shape = this.toDeviceShape(facts, ids)
      if (shape !== undefined) {
        sink.row(shape, facts.at)
        emitted++
      }
      // The ONTs an OLT lists, each known by the OLT's name (when a prompt gives it), its port and ID.
      for (const ont of facts.onts ?? []) {
        const id = `${facts.host === undefined ? '' : `${facts.host}:`}${ont.port}/${ont.id}`
        if (ids.has(id)) continue
        ids.add(id)
        sink.row({ id, name: ont.description, model: ont.model, serial: ont.serial, role: 'cpe' }, facts.at)
        emitted++
      }
    }
    if (emitted === 0) {
      const skipped = [...new Set(devices.flatMap((d) => d.skipped))]
      sink.diagnostics.push({ code: 'cli_output_without_device', severity: 'error', at: { file: this.file }, skipped })
    }
  }

  private read(raw: string): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    this.line++
    if (JUNOS_CONTEXT.test(line)) return
    const prompt = readPrompt(line)
    if (prompt !== undefined) {
      this.finishSection()
      this.facts = this.hostFacts(prompt.host)
      const command = prompt.command === '' ? undefined : commandOf(prompt.command)
      const other = prompt.command.slice(0, 60)
      if (command === undefined && other !== '' && other !== '!' && this.facts.skipped.length < MAX_SKIPPED && !this.facts.skipped.includes(other)) this.facts.skipped.push(other)
      this.section = prompt.command === '' ? undefined : { command, field: canonical(prompt.command, command), lines: [] }
      this.prompted = true
      return
    }
    // Without a prompt before it, a command's output is told by its first line, or by its first
    // lines together (Arista's, Junos's `show version`).
    if (!this.prompted && this.facts === undefined && leadingVersionStart(this.leading, line)) {
      const host = JUNOS_HOSTNAME.exec(this.leading[this.leading.length - 1]!)?.[1]
      this.facts = this.unprompted = emptyFacts(host, { file: this.file, line: this.line - this.leading.length })
      this.section = { command: 'version', field: SMARTAX_VERSION.test(this.leading[0]!) ? 'display version' : 'show version', lines: [...this.leading, line] }
      return
    }
    const bare = this.prompted ? undefined : bareStart(line)
    if (bare !== undefined && bare !== this.section?.command) {
      this.finishSection()
      this.facts ??= this.unprompted ??= emptyFacts(undefined, { file: this.file, line: this.line })
      this.section = { command: bare, field: bare === 'version' ? (/^\s*Huawei/.test(line) || COMWARE_BANNER.test(line.trimStart()) ? 'display version' : 'show version') : bare, lines: [] }
      // ZTE's product line above its banner (see `isCommandOutputStart`) belongs to the output.
      if (bare === 'version' && this.leading.length === 1 && PRODUCT_LINE.test(this.leading[0]!)) this.section.lines.push(this.leading[0]!)
    }
    const section = this.section
    if (section === undefined && this.facts === undefined && line.trim() !== '' && this.leading.length < 3) this.leading.push(line)
    if (section !== undefined && section.command !== undefined && section.lines.length < MAX_SECTION_LINES) section.lines.push(line)
  }

  private hostFacts(host: string): Facts {
    let facts = this.hosts.get(host)
    if (facts === undefined) {
      facts = emptyFacts(host, { file: this.file, line: this.line })
      this.hosts.set(host, facts)
    }
    return facts
  }

  private finishSection(): void {
    const section = this.section
    const facts = this.facts
    this.section = undefined
    if (section === undefined || facts === undefined || section.command === undefined) return
    switch (section.command) {
      case 'version':
        readVersion(section, facts)
        return
      case 'inventory':
        facts.inventory ??= readInventory(section.lines)
        return
      case 'elabel':
        readElabel(section.lines, facts)
        return
      case 'manuinfo':
        readManuinfo(section.lines, facts)
        return
      case 'dmidecode':
        facts.system ??= readSystemInformation(section.lines)
        return
      case 'fru':
        facts.system ??= readBuiltinFru(section.lines)
        return
      case 'systeminfo':
        facts.system ??= readDahuaSystemInfo(section.lines)
        return
      case 'onts':
        (facts.onts ??= []).push(...readOnts(section.lines))
        return
      case 'system': {
        const system = readProcurveSystem(section.lines)
        if (system === undefined) return
        facts.host ??= system.name
        facts.system ??= { ...(system.serial !== undefined ? { serial: system.serial } : {}), ...(system.firmware !== undefined ? { firmware: system.firmware } : {}) }
        if (system.mac !== undefined) facts.macs ??= [system.mac]
        return
      }
      case 'device':
        for (const l of section.lines) {
          const m = /^\s*(\S+)'s Device status:\s*$/.exec(l)
          if (m !== null) {
            facts.deviceModel ??= valueOf(m[1])
            break
          }
        }
    }
  }

  private toDeviceShape(facts: Facts, ids: Set<string>): Record<string, unknown> | undefined {
    const inventory = facts.inventory
    const elabel = facts.elabel
    const system = facts.system
    const model = inventory?.model ?? elabel?.model ?? facts.deviceModel ?? facts.versionModel ?? system?.model
    const serial = inventory?.serial ?? elabel?.serial ?? facts.versionSerial ?? system?.serial
    const manufacturer = elabel?.manufacturer ?? system?.manufacturer
    const banner = facts.banner
    if (model === undefined && serial === undefined && banner === undefined && manufacturer === undefined && facts.macs === undefined) return undefined
    let id = facts.host ?? baseName(this.file)
    if (ids.has(id)) id = `${id}/${facts.at.line ?? 1}`
    ids.add(id)
    return {
      id,
      name: facts.host,
      manufacturer,
      model,
      serial,
      banners: banner === undefined ? undefined : [{ protocol: 'other', field: banner.field, text: banner.text }],
      components: facts.elabelComponents.length > 0 ? facts.elabelComponents : undefined,
      macs: facts.macs,
      firmware: system?.firmware,
    }
  }
}

function emptyFacts(host: string | undefined, at: SourceLocation): Facts {
  return { host, at, elabelComponents: [], skipped: [] }
}

/** Adds what `from` says to `to` where `to` says nothing. */
function merge(to: Facts, from: Facts): void {
  to.banner ??= from.banner
  to.inventory ??= from.inventory
  to.elabel ??= from.elabel
  to.macs ??= from.macs
  if (to.elabelComponents.length === 0) to.elabelComponents = from.elabelComponents
  to.deviceModel ??= from.deviceModel
  to.system ??= from.system
  to.versionModel ??= from.versionModel
  to.versionSerial ??= from.versionSerial
  for (const s of from.skipped) if (!to.skipped.includes(s)) to.skipped.push(s)
}

/** The command as the banner's field: `show version` or `display version`, however it was abbreviated. */
function canonical(command: string, kind: Command | undefined): string {
  if (kind === 'version') return /^d/i.test(command.trim()) ? 'display version' : 'show version'
  return command.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase()
}

/** The file's name without its folders and extension (`rt-fra-01.txt` → `rt-fra-01`), the id of a device no prompt names; `<stdin>` is `stdin`. */
function baseName(file: string): string {
  return fileStem(file).replace(/^<(.*)>$/, '$1')
}

/**
 * `show version` / `display version`: its first lines are the banner; Cisco's `Model Number` (else
 * the processor line, `cisco WS-C4948E (MPC8548) processor`) and `System Serial Number` (else
 * `Processor board ID`), and Huawei's `HUAWEI NE40E-X2-M8A uptime is` give a model and a serial.
 */
function readVersion(section: Section, facts: Facts): void {
  const lines = section.lines
  let first = 0
  // (and the command itself, echoed without a prompt: pyATS/Genie's outputs of old IOS start `show version`)
  while (first < lines.length && (lines[first]!.trim() === '' || BARE_VERSION_COMMAND.test(lines[first]!))) first++
  const text = lines.slice(first, first + BANNER_LINES).join('\n').trimEnd()
  if (text !== '') facts.banner ??= { field: section.field, text }
  let model: string | undefined
  let processorModel: string | undefined
  let serial: string | undefined
  let boardId: string | undefined
  const junos = lines.some((l) => /^Hostname: \S+\s*$/.test(l)) && lines.some((l) => /^(?:Junos: |JUNOS )/.test(l))
  // EOS opens with `Arista <model>` and `Hardware version:` (vEOS and cEOS lab images: their image name).
  const eos = /^Arista ([\w-]+)\s*$/.exec(lines[first] ?? '')?.[1]
  const arista = eos !== undefined && /^Hardware version:/.test(lines[first + 1] ?? '')
  if (arista) model = valueOf(eos)
  // ZTE: the product's line above its banner (`ZXCTN 6120H-S`, then `ZTE ZXCTN Software, Version: ...`).
  if (PRODUCT_LINE.test(lines[first] ?? '') && /^ZTE ZX[A-Z0-9]+ Software, Version/.test(lines[first + 1] ?? '')) model = valueOf(lines[first])
  // ZXR10 switches: `ZXR10 2928E Version Number    : 2900E Series V2.05.10B25` under their banner.
  const zxr10 = /^ZXR10 Router Operating System Software\b/.test(lines[first] ?? '') ? /^\s*(ZXR10 [\w-]+) Version Number\s*:/.exec(lines[first + 1] ?? '') : null
  if (zxr10 !== null) model = valueOf(zxr10[1])
  // SmartAX: `PRODUCT : MA5608T` under `VERSION :` (and `PATCH :`).
  if (SMARTAX_VERSION.test(lines[first] ?? '')) model = valueOf(lines.slice(first + 1, first + 3).map((l) => /^\s*PRODUCT\s*:\s*(\S+)\s*$/.exec(l)?.[1]).find((m) => m !== undefined))
  // ZXR10 routers and switches of ROS 4 (the G-series, 8900, 6900): `ZXR10 8912 Software, Version ZXR10 G-Series&8900&6900 V2.8.02...`.
  model ??= valueOf(/^(ZXR10 [\w-]+) Software, Version ZXR10 /.exec(lines[first] ?? '')?.[1])
  for (const l of lines) {
    let m: RegExpExecArray | null
    if ((m = /^\s*Model [Nn]umber\s*:\s*(\S+)\s*$/.exec(l)) !== null) model ??= valueOf(m[1])
    else if ((m = /^\s*System [Ss]erial [Nn]umber\s*:\s*(\S+)\s*$/.exec(l)) !== null) serial ??= valueOf(m[1])
    else if ((m = /^cisco (\S+) \([^)]*\) processor\b/i.exec(l)) !== null) processorModel ??= valueOf(m[1])
    // (older IOS writes more after it: `Processor board ID 15897747, with hardware revision 00000000`, `... JAD05060AFK (2402584041)`)
    else if ((m = /^\s*Processor [Bb]oard ID\s+([^\s,]+)(?:\s*$|,? )/.exec(l)) !== null) boardId ??= valueOf(m[1])
    // Junos: `Model: mx240` after `Hostname:`; Arista EOS: `Serial number: JPE11400249` under `Arista CCS-720XP-24ZY4-F`.
    else if (junos && (m = /^Model: (\S+)\s*$/.exec(l)) !== null) model ??= valueOf(m[1])
    else if (arista && (m = /^Serial number:\s*(\S+)\s*$/.exec(l)) !== null) serial ??= valueOf(m[1])
    // VRP: `HUAWEI NE40E-X2-M8A uptime is ...`, `Huawei AR617VW-LTE4EA Router uptime is ...`; before
    // 2012, under the Quidway brand: `Quidway NetEngine 40E uptime is`, `Quidway S9306 Terabit Routing Switch uptime is`.
    else if ((m = /^(?:HUAWEI|Huawei|Quidway) (\S.*?)(?: Terabit Routing Switch| Routing Switch| Router| Switch)? uptime is\b/.exec(l)) !== null) model ??= valueOf(m[1])
  }
  facts.versionModel ??= model ?? processorModel
  facts.versionSerial ??= serial ?? boardId
  readCiscoVersionIdentity(lines, first, facts)
}

/** `show version` or `display version` alone on its line, however abbreviated (ZXR10's `show version software` too): the command echoed without its prompt. */
const BARE_VERSION_COMMAND = /^\s*(?:sh|sho|show|dis|disp|displ|displa|display)\s+ver(?:s|si|sio|sion)?(?:\s+software)?\s*$/i

/**
 * What Cisco's `show version` says of the device itself, for an output saved without its prompt
 * (as pyATS/Genie keeps its golden outputs, or a script that ran the command): IOS and IOS-XE
 * name the host in `<hostname> uptime is ...`, NX-OS in `Device name: <hostname>` (and its model
 * in `cisco Nexus9000 C9332D-GX2B Chassis`); a Catalyst's
 * `Base Ethernet MAC Address : 00:b6:70:dd:28:80` is its own MAC. Other makers' lines of the same
 * form name the model instead (`HUAWEI NE40E-X8A uptime is`, `H3C S7510E uptime is`, ZTE's and
 * NX-OS's `System uptime is`, `Kernel uptime is`), so only Cisco's banners are read so. Such an
 * output was known by the file's name alone, without the MAC.
 */
function readCiscoVersionIdentity(lines: readonly string[], first: number, facts: Facts): void {
  const banner = lines[first] ?? ''
  const ios = /^(?:Cisco IOS Software|Cisco IOS XE Software|Cisco Internetwork Operating System Software)\b/.test(banner)
  const nxos = /^Cisco Nexus Operating System \(NX-OS\) Software\b/.test(banner)
  if (!ios && !nxos) return
  for (const l of lines) {
    let m: RegExpExecArray | null
    if (ios && (m = /^([A-Za-z][\w.-]*) uptime is \d/.exec(l)) !== null && m[1] !== 'System' && m[1] !== 'Kernel') facts.host ??= m[1]
    else if (nxos && (m = /^\s*Device name:\s*(\S+)\s*$/.exec(l)) !== null) facts.host ??= m[1]
    // NX-OS: `cisco Nexus9000 C9332D-GX2B Chassis`, `cisco Nexus7000 C7010 (10 Slot) Chassis`.
    else if (nxos && (m = /^\s*cisco (Nexus\s?\S+(?: [\w-]+)?)(?: \([^)]*\))? [Cc]hassis\b/.exec(l)) !== null) facts.versionModel ??= m[1]
    else if ((m = /^\s*Base [Ee]thernet MAC [Aa]ddress\s*:\s*(\S+)\s*$/.exec(l)) !== null) {
      const mac = parseMac(m[1]!)
      if (mac !== undefined && mac !== 0) facts.macs ??= [formatMac(mac)]
    }
  }
}

/**
 * A value of SMBIOS that its maker left as a placeholder (`To Be Filled By O.E.M.`, `Not
 * Specified`, `System Serial Number`, `Default string`, `0123456789`), or that a published dump
 * blanked out (`PPPPPPPPPP` for the product, `SSSSSSSS` for the serial): no value.
 */
const SMBIOS_PLACEHOLDER = /^(?:to be filled by o\.?e\.?m\.?|not specified|not applicable|not available|default string|system (?:manufacturer|product name|serial number|version)|0123456789|none|unknown|n\/a|0+|x+|P{4,}|S{4,})$/i

/**
 * `dmidecode`'s `System Information` block (SMBIOS type 1): `Manufacturer:` the manufacturer,
 * `Product Name:` the model, `Serial Number:` the serial; the other blocks (the board's, the
 * chassis's, the memory's) name parts.
 */
function readSystemInformation(lines: readonly string[]): { manufacturer?: string; model?: string; serial?: string } | undefined {
  const at = lines.findIndex((l) => /^System Information\s*$/.test(l))
  if (at < 0) return undefined
  const out: { manufacturer?: string; model?: string; serial?: string } = {}
  for (const l of lines.slice(at + 1)) {
    if (!/^\s/.test(l) || l.trim() === '') break
    const m = /^\s+(Manufacturer|Product Name|Serial Number):\s*(.*?)\s*$/.exec(l)
    const v = m === null ? undefined : valueOf(m[2])
    if (m === null || v === undefined || SMBIOS_PLACEHOLDER.test(v)) continue
    if (m[1] === 'Manufacturer') out.manufacturer ??= v
    else if (m[1] === 'Product Name') out.model ??= v
    else out.serial ??= v
  }
  return out.manufacturer === undefined && out.model === undefined && out.serial === undefined ? undefined : out
}

/**
 * `ipmitool fru`'s first record, the server's own (`Builtin FRU Device (ID 0)`): its product area
 * (`Product Manufacturer`, `Product Name`, `Product Serial`), else its board's (`Board Mfg`,
 * `Board Product`, `Board Serial`) and chassis's serial; the records after it are its parts'
 * (power supplies, backplanes).
 */
function readBuiltinFru(lines: readonly string[]): { manufacturer?: string; model?: string; serial?: string } | undefined {
  const fields = new Map<string, string>()
  for (const l of lines.slice(1)) {
    if (/^FRU Device Description\s*:/.test(l)) break
    const m = /^\s*([A-Za-z][\w ]*?)\s*:\s*(.*?)\s*$/.exec(l)
    const v = m === null ? undefined : valueOf(m[2])
    if (m !== null && v !== undefined && !SMBIOS_PLACEHOLDER.test(v) && !fields.has(m[1]!)) fields.set(m[1]!, v)
  }
  const out = {
    manufacturer: fields.get('Product Manufacturer') ?? fields.get('Board Mfg'),
    model: fields.get('Product Name') ?? fields.get('Board Product'),
    serial: fields.get('Product Serial') ?? fields.get('Chassis Serial') ?? fields.get('Board Serial'),
  }
  if (out.manufacturer === undefined && out.model === undefined && out.serial === undefined) return undefined
  return defined(out)
}

/**
 * Dahua's `getSystemInfo`: `deviceType=` the model (`DH-XVR5116HS-I3`), `serialNumber=` the serial;
 * where the type is a number or a kind (`deviceType=31`, `IP Camera`), as some firmware writes it,
 * the model is `updateSerial=` (`DHI-NVR4108HS-8P-4KS2`).
 */
function readDahuaSystemInfo(lines: readonly string[]): { model?: string; serial?: string } | undefined {
  const fields = new Map<string, string>()
  for (const l of lines) {
    const m = /^\s*(\w+)=(.*?)\s*$/.exec(l)
    const v = m === null ? undefined : valueOf(m[2])
    if (m !== null && v !== undefined && !fields.has(m[1]!)) fields.set(m[1]!, v)
  }
  const type = fields.get('deviceType')
  const model = type === undefined || /^\d+$|^(?:IP ?Camera|Network Camera|NVR|DVR|XVR)$/i.test(type) ? fields.get('updateSerial') : type
  const serial = fields.get('serialNumber')
  if (model === undefined && serial === undefined) return undefined
  return { ...(model !== undefined ? { model } : {}), ...(serial !== undefined ? { serial } : {}) }
}

/**
 * ProCurve's and ArubaOS-Switch's `show system`: `Key : value` pairs, two a line
 * (`  Software revision  : K.15.06.0017         Base MAC Addr      : 7446a0-41a56f`): `System Name`
 * the device's name, `Serial Number`, `Base MAC Addr` its MAC, `Software revision` its firmware.
 */
function readProcurveSystem(lines: readonly string[]): { name?: string; serial?: string; mac?: string; firmware?: string } | undefined {
  const fields = new Map<string, string>()
  for (const l of lines) {
    for (const m of l.matchAll(/([A-Z][\w ()%/-]*?)\s*:\s*(\S(?:.*?\S)?)(?=\s{3,}[A-Z][\w ()%/-]*?\s*:|\s*$)/g)) {
      const v = valueOf(m[2])
      if (v !== undefined && !fields.has(m[1]!.trim())) fields.set(m[1]!.trim(), v)
    }
  }
  const out = { name: fields.get('System Name'), serial: fields.get('Serial Number'), mac: fields.get('Base MAC Addr'), firmware: fields.get('Software revision') }
  if (out.serial === undefined && out.mac === undefined && out.firmware === undefined) return undefined
  return defined(out)
}

/** An ONT's port as `display ont info` writes it, blanks and all (`0/ 1/0`), and its GPON serial (`485754430A1B2C3D`, or `HWTC0A1B2C3D`). */
const ONT_PORT = String.raw`(\d+)\/\s*(\d+)\/\s*(\d+)`
const ONT_SERIAL = String.raw`([0-9A-Z]{16}|[A-Z]{4}[0-9A-F]{8})`
const ONT_ROW = new RegExp(String.raw`^\s*${ONT_PORT}\s+(\d+)\s+${ONT_SERIAL}\s+\S`)
const ONT_DESCRIPTION_ROW = new RegExp(String.raw`^\s*${ONT_PORT}\s+(\d+)\s+(\S.*?)\s*$`)
const ONT_SUMMARY_PORT = new RegExp(String.raw`^\s*In port ${ONT_PORT}\s*, the total of ONTs are:`)
const ONT_SUMMARY_ROW = new RegExp(String.raw`^\s*(\d+)\s+${ONT_SERIAL}\s+(\S+)\s+\S+\s+\S+\s+(\S.*?)\s*$`)

/**
 * Huawei SmartAX's `display ont info <frame> all` (a table of `F/S/P  ONT ID  SN  Control flag  Run
 * state ...`, then one of `F/S/P  ONT-ID  Description`, per port) and `display ont info summary
 * <port>` (`In port 0/2/11, ...`, then `ONT ID  SN  Type  Distance  Rx/Tx power  Description`):
 * each ONT with its GPON serial, its type (the summary's) and description (not Huawei's
 * `ONT_NO_DESCRIPTION`).
 */
function readOnts(lines: readonly string[]): Ont[] {
  const onts = new Map<string, Ont>()
  let descriptions = false
  let port: string | undefined
  for (const l of lines) {
    let m: RegExpExecArray | null
    if (/^\s*F\/S\/P\s+ONT-ID\s+Description\b/.test(l)) descriptions = true
    else if (/^\s*F\/S\/P\s+ONT\b/.test(l)) descriptions = false
    else if ((m = ONT_SUMMARY_PORT.exec(l)) !== null) port = `${m[1]}/${m[2]}/${m[3]}`
    else if (!descriptions && (m = ONT_ROW.exec(l)) !== null) {
      const key = `${m[1]}/${m[2]}/${m[3]}/${m[4]}`
      if (!onts.has(key)) onts.set(key, { port: `${m[1]}/${m[2]}/${m[3]}`, id: m[4]!, serial: m[5]! })
    } else if (descriptions && (m = ONT_DESCRIPTION_ROW.exec(l)) !== null) {
      const ont = onts.get(`${m[1]}/${m[2]}/${m[3]}/${m[4]}`)
      const text = valueOf(m[5])
      if (ont !== undefined && text !== undefined && text !== 'ONT_NO_DESCRIPTION') ont.description ??= text
    } else if (port !== undefined && (m = ONT_SUMMARY_ROW.exec(l)) !== null) {
      const key = `${port}/${m[1]}`
      const text = valueOf(m[4])
      if (!onts.has(key)) onts.set(key, { port, id: m[1]!, serial: m[2]!, model: valueOf(m[3]), ...(text !== undefined && text !== 'ONT_NO_DESCRIPTION' ? { description: text } : {}) })
    }
  }
  return [...onts.values()].map((o) => defined(o) as Ont)
}

/** `show inventory`: the chassis entry's PID and SN (the entry named or described as a chassis, else the first). */
function readInventory(lines: readonly string[]): { model?: string; serial?: string } | undefined {
  const entries: { name: string; descr: string; pid?: string; sn?: string }[] = []
  for (const l of lines) {
    // The ASA writes `Name:` where IOS writes `NAME:`.
    const name = /^\s*(?:NAME|Name):\s*"([^"]*)"\s*,\s*DESCR:\s*"([^"]*)"/.exec(l)
    if (name !== null) {
      entries.push({ name: name[1]!, descr: name[2]! })
      continue
    }
    const pid = /^\s*PID:\s*([^,]*?)\s*,\s*VID:\s*[^,]*,\s*SN:\s*(\S*)\s*$/.exec(l)
    const last = entries[entries.length - 1]
    if (pid !== null && last !== undefined && last.pid === undefined && last.sn === undefined) {
      const p = valueOf(pid[1])
      const s = valueOf(pid[2])
      if (p !== undefined) last.pid = p
      if (s !== undefined) last.sn = s
      continue
    }
    // RANCID keeps each entry's PID, VID and SN on lines of their own (`PID: WS-C3750X-48T-L`,
    // `VID: V02`, `SN: FDO1512R1DG`), leaving out the empty ones.
    const part = pid === null && last !== undefined ? /^\s*(PID|SN):\s*(\S+)\s*$/.exec(l) : null
    if (part !== null) {
      const v = valueOf(part[2])
      if (v !== undefined && part[1] === 'PID') last!.pid ??= v
      else if (v !== undefined) last!.sn ??= v
    }
  }
  // The entry named Chassis; else one named or described as a chassis that is no part of it (not
  // `Chassis 1 Fan Tray`); else the first with a PID (a stack's switches are named `Switch 1`).
  const chassis = entries.find((e) => /^chassis$/i.test(e.name.trim())) ??
    entries.find((e) => /\bchassis\b/i.test(`${e.name} ${e.descr}`) && !/\b(?:fan|power|supply|slot|module|sensor)\b/i.test(e.name)) ??
    entries.find((e) => e.pid !== undefined) ?? entries[0]
  if (chassis === undefined) return undefined
  return { ...(chassis.pid !== undefined ? { model: chassis.pid } : {}), ...(chassis.sn !== undefined ? { serial: chassis.sn } : {}) }
}

/**
 * `display elabel`: `[Board Properties]` blocks of `Key=value` lines, each under the section it
 * describes (`[Slot_0]`, `[Main_Board]`, `[Backplane_1]`). The chassis is the block of a backplane
 * or chassis section, else the first; the other blocks that name their vendor are components.
 */
/**
 * Comware's `display device manuinfo`: its first block is the chassis's (the slot of the main board
 * on a box, `Chassis self` on a chassis), read as `display elabel`'s chassis is; fans and power
 * supplies follow in blocks of their own, with their vendor's name beside Comware's.
 */
function readManuinfo(lines: readonly string[], facts: Facts): void {
  const fields = new Map<string, string>()
  for (const l of lines) {
    const m = /^\s*([A-Z][A-Z_ ]*[A-Z])\s*:\s*(.*)$/.exec(l)
    if (m === null) {
      // The next block (`Fan 1`, `Slot 2 CPU 0:`) once the first has its fields.
      if (fields.size > 0 && MANUINFO_BLOCK.test(l)) break
      continue
    }
    const key = m[1]!.replace(/ /g, '_')
    if (fields.has(key)) break
    fields.set(key, m[2]!)
  }
  const model = valueOf(fields.get('DEVICE_NAME'))
  const serial = valueOf(fields.get('DEVICE_SERIAL_NUMBER') ?? fields.get('MANU_SERIAL_NUMBER'))
  const vendor = valueOf(fields.get('VENDOR_NAME'))
  const mac = valueOf(fields.get('MAC_ADDRESS'))
  facts.elabel ??= { ...(vendor !== undefined ? { manufacturer: vendor } : {}), ...(model !== undefined ? { model } : {}), ...(serial !== undefined ? { serial } : {}) }
  if (mac !== undefined) facts.macs ??= [mac]
}

function readElabel(lines: readonly string[], facts: Facts): void {
  const blocks: { section: string; fields: Map<string, string> }[] = []
  let section = ''
  let block: Map<string, string> | undefined
  for (const l of lines) {
    const t = l.trim()
    const header = /^\[([^\]]+)\]$/.exec(t)
    if (header !== null) {
      if (/^Board Properties$/i.test(header[1]!)) {
        block = new Map()
        blocks.push({ section, fields: block })
      } else {
        block = undefined
        section = header[1]!
      }
      continue
    }
    const field = /^([A-Za-z]+)=(.*)$/.exec(t)
    if (field !== null && block !== undefined) {
      if (!block.has(field[1]!)) block.set(field[1]!, field[2]!)
      continue
    }
    if (t === '') block = undefined
  }
  if (blocks.length === 0) return
  const chassis = blocks.find((b) => /backplane|chassis/i.test(b.section)) ?? blocks[0]!
  const type = valueOf(chassis.fields.get('BoardType'))
  const bar = valueOf(chassis.fields.get('BarCode'))
  const vendor = valueOf(chassis.fields.get('VendorName'))
  facts.elabel ??= { ...(vendor !== undefined ? { manufacturer: vendor } : {}), ...(type !== undefined ? { model: type } : {}), ...(bar !== undefined ? { serial: bar } : {}) }
  if (facts.elabelComponents.length > 0) return
  for (const b of blocks) {
    if (b === chassis) continue
    const maker = valueOf(b.fields.get('VendorName'))
    if (maker === undefined) continue
    const model = valueOf(b.fields.get('BoardType'))
    facts.elabelComponents.push(model === undefined ? { manufacturer: maker } : { manufacturer: maker, model })
  }
}
