/**
 * The streaming shape shared by every inventory format: text chunks in, batches of validated
 * devices (with where each starts) and diagnostics out.
 */
import { isAnsibleOutputStart } from './ansible-output.js'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Device } from '../domain/device.js'
import { CsvRowParser } from './csv.js'
import { CycloneDxParser } from './cyclonedx.js'
import { deviceMacsHash, serialHash, skippedRowOf } from './device-identity.js'
import { referencesWithoutNames, toDevice } from './device-input.js'
import { JsonAutoParser } from './json.js'
import { assertInventory } from './not-text.js'
import { isSnmpCommandLine, isSnmpToolMessage, SnmpWalkRowParser, snmpWalkLayout } from './snmpwalk.js'
import { XmlScanParser } from './xml-scan.js'
import { isNmapTextStart, NmapTextParser } from './nmap-text.js'
import { isMasscanListStart, MasscanListParser } from './masscan-list.js'
import { HUAWEI_PROMPT, isNeighborTableStart, NeighborTextParser } from './lldp-text.js'
import { AddressTableParser, isAddressTableStart, isFingLogStart } from './addresses.js'
import { isCommandOutputStart, isSessionStart } from './cli-output.js'
import { DeviceTextParser, isConfigBackupStart } from './config-backup.js'
import { isIcingaConfigStart, isNagiosObjectsStart } from './nagios-objects.js'
import type { InventoryBatch, InventoryFormat, InventoryResult, InventorySource, RowParser, RowSink } from './rows.js'
import { detectInventoryFormat, FORMAT_STARTS } from './formats.js'
import { isNessusCsvStart } from './nessus.js'
import { readWorkbookRows } from './xlsx.js'
import { CrossSourceIds } from './cross-source-ids.js'
import { DuplicateIndex } from './duplicate-index.js'
import { TrustpathError } from '../errors.js'
import type { CsvRecord } from './csv.js'
import { withLineFeeds } from '../util/line-ends.js'

/**
 * Devices per batch: big enough to amortise the per-batch work, small enough that a batch is
 * checked while its objects are still young. With 4,096 (and 1 MiB chunks) parsing spent about
 * twice as long, most of it in garbage collection of objects that lived just long enough to be
 * promoted.
 */
const BATCH_SIZE = 512

/** Text held, at most, to tell a neighbour table from a CSV file (or from XML) by its first lines. */
const TEXT_SAMPLE = 4096
/** The start of a text that is JSON or XML whatever follows: no need to wait for more. */
const MARKUP_START = /^\s*(?:\{(?![A-Za-z])|\[\s*[{["\]]|<[?!])/


/**
 * The devices of a file known by their names (a CSV without an id column: an asset manager's or a
 * monitoring tool's list, a sheet kept by hand), by their lines: a hash of the serial and of the
 * MACs of each (see device-identity.ts), 8 bytes a line, kept only for such files. Names are not
 * unique as ids are: cameras and switches keep their factory names (`HIKVISION`, `IPCamera`), and
 * an asset manager lets two assets share one. A name that comes again with a serial, or MACs, where
 * the earlier devices of that name name other ones and none the same is another device: it is read
 * as `<name>/<serial>` (else `<name>/<first MAC>`), a stable id, where it was skipped as a repeat.
 */
class NamedIds {
  private serials = new Uint32Array(0)
  private macs = new Uint32Array(0)
  /** The lines of the devices read under a new id, by the line of the first device of their name. */
  private readonly renamedOf = new Map<number, number[]>()

  add(device: Device, line: number): void {
    this.put(line, serialHash(device), deviceMacsHash(device))
  }

  /**
   * For a device whose name the device on line `first` has: the line of the earlier device it is
   * (`again`: the same serial or MACs), or the id it is read under as another device (remembered
   * in `ids`), or undefined when nothing tells them apart (or that id is taken).
   */
  another(device: Device, line: number, first: number, ids: DuplicateIndex): { again: number } | { id: string; differ: 'serial' | 'macs' } | undefined {
    const serial = serialHash(device)
    const macs = deviceMacsHash(device)
    const ofName = [first, ...(this.renamedOf.get(first) ?? [])]
    const again = (serial !== 0 ? ofName.find((l) => this.serials[l] === serial) : undefined) ??
      (macs !== 0 ? ofName.find((l) => this.macs[l] === macs) : undefined)
    if (again !== undefined) return { again }
    const differ = serial !== 0 && (this.serials[first] ?? 0) !== 0 ? 'serial' as const : macs !== 0 && (this.macs[first] ?? 0) !== 0 ? 'macs' as const : undefined
    if (differ === undefined) return undefined
    const id = `${device.id}/${differ === 'serial' ? device.serial!.trim() : device.macs![0]!}`
    if (ids.check(id, line) !== undefined) return undefined
    this.put(line, serial, macs)
    const list = this.renamedOf.get(first)
    if (list === undefined) this.renamedOf.set(first, [line])
    else list.push(line)
    return { id, differ }
  }

  private put(line: number, serial: number, macs: number): void {
    if (line >= this.serials.length) {
      let n = Math.max(1 << 10, this.serials.length)
      while (n <= line) n *= 2
      const serials = new Uint32Array(n)
      serials.set(this.serials)
      this.serials = serials
      const m = new Uint32Array(n)
      m.set(this.macs)
      this.macs = m
    }
    this.serials[line] = serial
    this.macs[line] = macs
  }
}

/** Options of `parseInventoryStream` and `parseInventory`. */
export type ParseInventoryOptions = {
  /**
   * Report and skip devices whose id was already seen. Costs about 17 bytes of memory per device
   * (170 MB for 10M devices).
   * @default true
   */
  detectDuplicates?: boolean
  /**
   * The size of the input in bytes, when known (a file's): the duplicate check then makes room for
   * all of its devices after the first batch instead of growing step by step, which moves every id
   * seen again at each doubling (2% of a one-thread check of 1M devices).
   */
  expectedBytes?: number
}

const DEFAULTS = { detectDuplicates: true } as const satisfies ParseInventoryOptions

/**
 * Turns text chunks into batches synchronously; `parseInventoryStream` and `parseInventory` are
 * thin shells over it.
 */
class InventoryAssembler implements RowSink {
  private readonly source: InventorySource
  private parser: RowParser | undefined
  /** The format asked for when the text decides the parser (`lldp`: a text table, or lldpd's JSON or XML). */
  private readonly asked: InventoryFormat | undefined
  /** CSV by the file's name only: a scanner's text output named `.csv` is read as what it is. */
  private readonly csvByName: boolean
  /**
   * The format asked for or told by the name, until the first character shows the text can be in
   * it (`start`, see `FORMAT_STARTS`); `by` says which, for the warning when the text decides instead.
   */
  private expected: { format: InventoryFormat; start: RegExp; by: 'option' | 'name' } | undefined
  /** Set when the text did not fit `expected`: where it starts, for that warning. */
  private mismatch: { format: InventoryFormat; by: 'option' | 'name'; line: number } | undefined
  private held = ''
  private readonly duplicates: DuplicateIndex | undefined
  /** The serials and MACs of the devices known by their names, for a name that comes again. */
  private readonly namedIds = new NamedIds()
  /** See `ParseInventoryOptions.expectedBytes`; cleared once used. */
  private expectedBytes: number | undefined
  private devices: Device[] = []
  private locations: SourceLocation[] = []
  diagnostics: Diagnostic[] = []
  private bytes = 0
  private started = false
  private rows = 0
  /** Whether `references_without_names` was said for this input. */
  private referencesTold = false
  private readonly ready: InventoryBatch[] = []

  constructor(source: InventorySource, options: ParseInventoryOptions) {
    this.source = source
    const opts = { ...DEFAULTS, ...options }
    this.duplicates = opts.detectDuplicates ? new DuplicateIndex() : undefined
    this.expectedBytes = opts.expectedBytes
    const format = source.format ?? detectInventoryFormat(source.file)
    this.asked = format
    this.csvByName = source.format === undefined && format === 'csv'
    // A workbook's rows come through `startRecords`; text named like one is read by its content.
    // Text asked for as a workbook is refused as any format asked for and not found is: it cannot
    // start as a zip does (readInventory reads a zip as a workbook before any text is decoded).
    if (format === 'xlsx' && source.format === 'xlsx') this.expected = { format, start: NO_TEXT_START, by: 'option' }
    if (format === undefined || format === 'lldp' || format === 'xlsx') return
    const start = FORMAT_STARTS[format]
    if (start === undefined) this.parser = parserFor(format, source.file)
    else this.expected = { format, start, by: source.format !== undefined ? 'option' : 'name' }
  }

  /** Reads the rows of a workbook's sheet instead of text (see `parseWorkbookInventory`). */
  startRecords(parser: CsvRowParser): void {
    this.parser = parser
    this.started = true
  }

  /** Feeds records to the parser of `startRecords`; `bytes` is how far through the input they come from. */
  pushRecords(records: readonly CsvRecord[], bytes: number): InventoryBatch[] {
    this.bytes = bytes
    ;(this.parser as CsvRowParser).pushRecords(records, this)
    return this.take()
  }

  /** Adds diagnostics found outside the rows (which sheet of a workbook was read). */
  report(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) this.diagnostics.push(d)
  }

  row(input: unknown, at: SourceLocation): void {
    // Fields given as references by id alone are left out of every record; said once, at the first.
    if (!this.referencesTold) {
      const fields = referencesWithoutNames(input)
      if (fields !== undefined) {
        this.diagnostics.push({ code: 'references_without_names', severity: 'warning', at, fields })
        this.referencesTold = true
      }
    }
    this.device(toDevice(input, at, this.diagnostics), at)
  }

  device(device: Device | undefined, at: SourceLocation, byName = false): void {
    this.rows++
    if (device === undefined) return
    if (this.duplicates !== undefined && at.line !== undefined) {
      const line = at.line
      const first = this.duplicates.check(device.id, line)
      if (first !== undefined) {
        const lineAt = (l: number): SourceLocation => (at.sheet === undefined ? { file: at.file, line: l } : { file: at.file, sheet: at.sheet, line: l })
        const other = byName ? this.namedIds.another(device, line, first, this.duplicates) : undefined
        if (other === undefined || 'again' in other) {
          const skipped = skippedRowOf(device)
          this.diagnostics.push({ code: 'duplicate_device', severity: 'warning', at, id: device.id, first: lineAt(other?.again ?? first), ...(skipped !== undefined ? { skipped } : {}) })
          return
        }
        this.diagnostics.push({ code: 'repeated_id_renamed', severity: 'warning', at, id: device.id, first: lineAt(first), differ: other.differ, renamed: other.id })
        device = { ...device, id: other.id }
      } else if (byName) {
        this.namedIds.add(device, line)
      }
    }
    this.devices.push(device)
    this.locations.push(at)
    if (this.devices.length >= BATCH_SIZE) this.cut()
  }

  private cut(): void {
    this.ready.push({ devices: this.devices, locations: this.locations, diagnostics: this.diagnostics, bytes: this.bytes })
    this.devices = []
    this.locations = []
    this.diagnostics = []
  }

  /** Feeds one chunk; returns the batches it completed. */
  push(chunk: string): InventoryBatch[] {
    this.bytes += utf8Length(chunk)
    if (!this.started && chunk !== '') {
      this.started = true
      assertInventory(chunk, this.source.file)
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1) // a byte order mark, in any format
      const scan = this.csvByName ? scanTextFormat(chunk.trimStart()) : undefined
      if (scan !== undefined) this.parser = parserFor(scan, this.source.file)
    }
    if (this.parser === undefined) {
      this.held += chunk
      const expected = this.expected
      if (expected !== undefined) {
        // A format from the option or the name: its parser, once the first character fits it.
        const found = /\S/.exec(this.held)
        if (found === null) return []
        this.expected = undefined
        if (expected.start.test(found[0])) this.parser = parserFor(expected.format, this.source.file)
        else this.mismatch = { format: expected.format, by: expected.by, line: lineAt(this.held, found.index) }
      }
    }
    if (this.parser === undefined) {
      // No format from the name: wait for the first non-blank character, and for the first lines
      // of a text that may be a neighbour table or an SNMP walk.
      if (!MARKUP_START.test(this.held) && this.held.length < TEXT_SAMPLE) return []
      const format = this.textFormat(false)
      if (format === undefined) return []
      this.parser = this.parserForText(format)
    }
    if (this.held !== '') {
      chunk = this.held
      this.held = ''
    }
    this.parser.push(chunk, this)
    if (this.expectedBytes !== undefined && this.rows > 0) {
      // The first chunk with rows tells about how many devices the input holds.
      this.duplicates?.reserve(Math.ceil(1.1 * this.rows * this.expectedBytes / this.bytes))
      this.expectedBytes = undefined
    }
    return this.take()
  }

  /** Ends the input; returns the last batches (always at least one). */
  end(): InventoryBatch[] {
    let parser = this.parser
    if (parser === undefined) {
      // A text shorter than the sample, or a blank one (an empty CSV file, whose blank text is not
      // read; a blank file of a format asked for goes to that format's reader).
      // (A blank text asked for as a workbook has no text reader: it is read as text, which says it is empty.)
      parser = this.expected !== undefined && this.expected.format !== 'xlsx' ? parserFor(this.expected.format, this.source.file) : this.parserForText(this.textFormat(true) ?? 'csv')
      if (/\S/.test(this.held)) parser.push(this.held, this)
      this.held = ''
    }
    parser.end(this)
    if (this.rows === 0 && !this.diagnostics.some((d) => d.severity === 'error')) {
      const readAs = parser.readAs
      this.diagnostics.push({ code: 'empty_input', severity: 'error', at: { file: this.source.file }, ...(readAs !== undefined ? { readAs } : {}) })
    }
    this.cut()
    return this.take()
  }

  /**
   * The format of a text whose name did not tell it, from its first character and first lines;
   * undefined while the first line is not complete (unless `complete`: the text is all there is).
   */
  private textFormat(complete: boolean): InventoryFormat | undefined {
    // Told from lines: a text whose lines end in a carriage return alone is looked at with line feeds.
    const held = withLineFeeds(this.held)
    const found = /\S/.exec(held)
    if (found === null) return complete ? 'csv' : undefined
    const first = found[0]
    // The `ansible` command's output (`<host> | SUCCESS => {` and the result's JSON), which the JSON reader reads.
    if (isAnsibleOutputStart(held.slice(found.index))) return 'json'
    // A device's own command output, told by its first line: a prompt and show version, show
    // inventory, display version, display elabel... (a neighbour table's command is not one of
    // them), after Junos's `{master:0}` when the session starts with it.
    if (this.asked !== 'lldp' && isCommandOutputStart(held)) return 'cli'
    // A saved configuration, told by its first lines: RANCID's content type, a FortiGate's
    // `#config-version=`, a RouterOS export's header, or a comment with a `hostname` line after it.
    if (this.asked !== 'lldp' && isConfigBackupStart(held)) return 'cli'
    // A monitoring system's object definitions (Nagios's `define host{`), told by their first
    // line that is not a comment, read by the reader of configurations.
    if (this.asked !== 'lldp' && (isNagiosObjectsStart(held) || isIcingaConfigStart(held))) return 'cli'
    const table = this.asked === 'lldp' || isNeighborTableStart(held)
    // Junos's `{master:0}` above a prompt starts a saved session with a `{`: its table, when the
    // session's commands print one (`show lldp neighbors interface ...`, `show arp`).
    if (first === '{') return isSessionStart(held) ? (table ? 'lldp' : isAddressTableStart(held) ? 'addresses' : 'cli') : 'json'
    // Huawei's prompts (`<HUAWEI>`, `[~HUAWEI]`) start a saved session with a `<` or a `[` too, as
    // does MikroTik's (`[admin@MikroTik] > /ip arp print`) before its ARP table.
    if (first === '<' || first === '[') {
      // MikroTik's `[admin@rt1] > /ip neighbor print detail` too.
      if (table && (HUAWEI_PROMPT.test(held) || /^\s*\[[\w.-]+@[\w.-]+\] ?>[^\n]*\n/.test(held))) return 'lldp'
      if (/^\s*(?:<[^<>\s]+>|\[[^[\]{}"]+\])[^<\n]*\n/.test(held) && isAddressTableStart(held)) return 'addresses'
      if (isSessionStart(held)) return 'cli'
      return first === '<' ? 'nmap' : 'json'
    }
    if (table) return 'lldp'
    // Scanners' text outputs first: nmap's normal output holds MAC lines like an address table's.
    return scanTextFormat(held.slice(found.index)) ?? (isAddressTableStart(held) ? 'addresses' : isSessionStart(held) ? 'cli' : walkOrCsv(held, found.index, complete))
  }

  /**
   * The reader of the format the text shows. When the text did not fit the format its name tells,
   * a warning says so (a CSV saved as `.json` is read as CSV rather than failing on every line);
   * when it did not fit the format asked for, that is an error and nothing is read, since the
   * option says the file was meant to be another (a Nessus CSV export asked for as `nessus` is read).
   */
  private parserForText(format: InventoryFormat): RowParser {
    const m = this.mismatch
    // nmap's text outputs do not start as its XML does, and are nmap scans all the same.
    if (m === undefined || m.format === format || (m.format === 'nessus' && format === 'csv' && isNessusCsvStart(this.held.trimStart()))) {
      return parserFor(format, this.source.file, m === undefined && this.asked === undefined)
    }
    const severity = m.by === 'option' ? 'error' : 'warning'
    this.diagnostics.push({ code: 'format_mismatch', severity, at: { file: this.source.file, line: m.line }, asked: m.format, by: m.by, found: format })
    return severity === 'error' ? NOTHING_READ : parserFor(format, this.source.file)
  }

  private take(): InventoryBatch[] {
    return this.ready.splice(0, this.ready.length)
  }
}

/** The start of a format no text has (a workbook, whose bytes are a zip). */
const NO_TEXT_START = /(?!)/

/** The reader of a text refused at its start: the rest is not read. */
const NOTHING_READ: RowParser = { push: () => {}, end: () => {} }

/** The line (from 1) of the character at `index`. */
function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** Characters held back to find the first line of an inventory; past it the file is read as CSV. */
const MAX_SNIFF = 1 << 16

/**
 * An SNMP walk or CSV, told by the first line (from `from`) that is not blank or a `#` comment: a
 * walk's object line or the command that printed it, or not; undefined while that line is not
 * complete, unless `complete`.
 */
function walkOrCsv(held: string, from: number, complete: boolean): InventoryFormat | undefined {
  for (;;) {
    const nl = held.indexOf('\n', from)
    if (nl < 0 && !complete && held.length < MAX_SNIFF) return undefined
    const line = held.slice(from, nl < 0 ? held.length : nl)
    // The command line of a saved session (`$ snmpwalk -v2c ...`) says the walk follows.
    // So does what snmpwalk printed when it failed (`Timeout: No Response from ...`): read as a CSV
    // header, it had been an unknown column and a missing id column.
    if (isSnmpCommandLine(line) || isSnmpToolMessage(line)) return 'snmpwalk'
    if (nl < 0 || (line.trim() !== '' && !line.startsWith('#'))) return snmpWalkLayout(line) !== undefined ? 'snmpwalk' : 'csv'
    from = nl + 1
  }
}

/**
 * The text outputs of scanners, told by their first line (`text` starts at its first character
 * that is not blank): nmap's normal or grepable output, masscan's list, the Fing CLI's event log.
 */
export function scanTextFormat(text: string): 'nmap' | 'masscan' | 'addresses' | undefined {
  if (isNmapTextStart(text)) return 'nmap'
  if (isMasscanListStart(text)) return 'masscan'
  // The Fing CLI's event log, which it writes as CSV (`-o log,csv,scan.csv`) without a header.
  if (isFingLogStart(text)) return 'addresses'
  return undefined
}

/**
 * Holds the start of a text until its first character that is not blank tells which reader takes
 * it (`choose` gets undefined for a blank text); the held text goes to that reader whole, so that
 * its lines keep their numbers.
 */
class ByFirstCharParser implements RowParser {
  private readonly choose: (first: string | undefined) => RowParser
  private inner: RowParser | undefined
  private held = ''

  constructor(choose: (first: string | undefined) => RowParser) {
    this.choose = choose
  }

  push(chunk: string, sink: RowSink): void {
    if (this.inner !== undefined) return this.inner.push(chunk, sink)
    this.held += chunk
    const first = /\S/.exec(this.held)
    if (first === null) return
    this.inner = this.choose(first[0])
    const text = this.held
    this.held = ''
    this.inner.push(text, sink)
  }

  end(sink: RowSink): void {
    this.inner ??= this.choose(undefined)
    this.inner.end(sink)
  }

  get readAs(): string | undefined {
    return this.inner?.readAs
  }
}

/** `guessed`: the text is read as CSV only because nothing told another format (see `CsvRowParser`). */
function parserFor(format: InventoryFormat, file: string, guessed = false): RowParser {
  switch (format) {
    case 'csv':
      return new CsvRowParser(file, undefined, undefined, guessed)
    case 'json':
      return new JsonAutoParser(file)
    case 'jsonl':
      return new JsonAutoParser(file, true)
    case 'nmap':
      // nmap's XML (-oX), else its normal (-oN) or grepable (-oG) output; a blank file is read as
      // text, which says it holds no devices (as XML it lacked a root element).
      return new ByFirstCharParser((first) => (first === '<' ? new XmlScanParser(file, 'nmap') : new NmapTextParser(file)))
    case 'nessus':
      return new XmlScanParser(file, format)
    case 'masscan':
      // masscan's JSON (-oJ, -oD), else its list output (-oL).
      return new ByFirstCharParser((first) => (first === '[' || first === '{' ? new JsonAutoParser(file) : new MasscanListParser(file)))
    case 'cyclonedx':
      return new CycloneDxParser(file)
    case 'snmpwalk':
      return new SnmpWalkRowParser(file)
    case 'lldp':
      return new NeighborTextParser(file)
    case 'addresses':
      return new AddressTableParser(file)
    case 'cli':
      return new DeviceTextParser(file)
    case 'xlsx':
      throw new TrustpathError('input_invalid', 'an Excel workbook is read from its bytes, not from text', {
        at: { file }, hint: 'Read the file with readInventory (the CLI does), or save the sheet as CSV UTF-8.',
      })
  }
}

/** `Buffer.byteLength` where it exists (Node): native and about 10x faster than the loop below. */
const NODE_BUFFER = (globalThis as { Buffer?: { byteLength(s: string, encoding: 'utf8'): number } }).Buffer
const byteLength = NODE_BUFFER === undefined ? undefined : (s: string): number => NODE_BUFFER.byteLength(s, 'utf8')

/** UTF-8 length of a string, for the `bytes` progress counter. */
function utf8Length(s: string): number {
  if (byteLength !== undefined) return byteLength(s)
  let bytes = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) bytes += 1
    else if (c >= 0xd800 && c <= 0xdbff) {
      i++ // a surrogate pair: 2 UTF-16 units, 4 bytes
      bytes += 2
    } else bytes += 2
  }
  return bytes
}

/**
 * Parses an inventory that arrives in chunks, in any of the formats, yielding batches of up to 512
 * devices. Chunks are text, or bytes read as UTF-8 (a character cut between two chunks is kept
 * whole): a Node stream as it comes (`createReadStream(path)`, an HTTP request) or a fetch
 * response's `body`. Text in another encoding (UTF-16, a Windows code page) is decoded first, or
 * read by `readInventory`, which tells the encoding from the bytes. Diagnostics are reported in
 * the batch where they were found; bad rows are skipped and the stream goes on.
 *
 * @throws TrustpathError `usage` when a chunk is neither text nor bytes (an object stream's rows:
 *   give them to `toDevice`).
 * @example
 * for await (const batch of parseInventoryStream(createReadStream('devices.csv'), { file: 'devices.csv' })) {
 *   for (const device of batch.devices) count++
 * }
 */
export async function* parseInventoryStream(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  source: InventorySource,
  options: ParseInventoryOptions = {},
): AsyncGenerator<InventoryBatch> {
  const assembler = new InventoryAssembler(source, options)
  let decoder: InstanceType<typeof TextDecoder> | undefined
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') yield* assembler.push(chunk)
    else if (chunk instanceof Uint8Array) yield* assembler.push((decoder ??= new TextDecoder('utf-8')).decode(chunk, { stream: true }))
    else {
      throw new TrustpathError('usage', `inventory/parseInventoryStream: a chunk of ${source.file} is ${chunkKind(chunk)}, not text or bytes`, {
        at: { file: source.file },
        hint: 'Give the text of the inventory in chunks (a stream of a file, or strings); an object that describes a device goes through toDevice.',
      })
    }
  }
  if (decoder !== undefined) {
    const rest = decoder.decode()
    if (rest !== '') yield* assembler.push(rest)
  }
  yield* assembler.end()
}

/** What a chunk that is neither text nor bytes is, for the message: `an object`, `a number`, `null`. */
function chunkKind(chunk: unknown): string {
  if (chunk === null || chunk === undefined) return String(chunk)
  if (Array.isArray(chunk)) return 'an array'
  return typeof chunk === 'object' ? 'an object' : `a ${typeof chunk}`
}

/**
 * Parses an Excel workbook (.xlsx, .xlsm) from its bytes: one worksheet (`source.sheet`), else the
 * first visible one with a row naming a known column and every later visible one whose header
 * tells devices apart (see `readWorkbookRows`). In each sheet the first row naming a known column
 * is the header and each later row a device, through the CSV columns; ids are unique across the
 * sheets as across files (`CrossSourceIds`: another device of a used id is read as `<id>/<sheet>`).
 * Locations name the sheet, with the row number as the line. Batches come as the sheets' XML is
 * parsed; `bytes` counts the input's bytes in proportion. A workbook without a device ends with
 * one `empty_input` error, after what was said of each sheet.
 *
 * @throws TrustpathError `input_invalid` when the bytes are no workbook, or a damaged one.
 * @example
 * for (const batch of parseWorkbookInventory(bytes, { file: 'assets.xlsx' })) devices.push(...batch.devices)
 */
export function* parseWorkbookInventory(bytes: Uint8Array, source: InventorySource, options: ParseInventoryOptions = {}): Generator<InventoryBatch> {
  const workbook = readWorkbookRows(bytes, source.file, source.sheet === undefined ? {} : { sheet: source.sheet })
  const n = workbook.sheets.length
  const across = n > 1 && { ...DEFAULTS, ...options }.detectDuplicates ? new CrossSourceIds((id, at) => [`${id}/${at.sheet}`]) : undefined
  // What the sheets say before the first device is held, so that a workbook with none ends as an
  // empty file does: one batch, its last diagnostic the `empty_input` error.
  const held: Diagnostic[] = [...workbook.diagnostics]
  let devices = 0
  let last = 0
  for (let i = 0; i < n; i++) {
    const { sheet, batches } = workbook.sheets[i]!
    const assembler = new InventoryAssembler({ file: source.file }, options)
    assembler.startRecords(new CsvRowParser(source.file, undefined, sheet))
    const sheetBatches = function* (): Generator<InventoryBatch> {
      for (const { records, done, diagnostics } of batches) {
        assembler.report(diagnostics)
        yield* assembler.pushRecords(records, Math.round(((i + done) / n) * bytes.length))
      }
      yield* assembler.end()
    }
    for (const batch of sheetBatches()) {
      // A sheet of a header only is no empty workbook: the others may hold devices (told once, below).
      batch.diagnostics = batch.diagnostics.filter((d) => d.code !== 'empty_input')
      across?.filter(batch)
      last = batch.bytes
      if (devices === 0 && batch.devices.length === 0) {
        held.push(...batch.diagnostics)
        continue
      }
      if (held.length > 0) batch.diagnostics.unshift(...held.splice(0))
      devices += batch.devices.length
      yield batch
    }
  }
  if (devices === 0) {
    // As in one sheet: a workbook whose rows were all refused is not said to be empty.
    if (!held.some((d) => d.severity === 'error')) held.push({ code: 'empty_input', severity: 'error', at: { file: source.file } })
    yield { devices: [], locations: [], diagnostics: held, bytes: last }
  }
}

/**
 * Parses a whole inventory text (CSV, JSON array, `{"devices": [...]}` or JSON Lines).
 *
 * @example
 * const { devices, diagnostics } = parseInventory(text, { file: 'devices.jsonl' })
 */
export function parseInventory(text: string, source: InventorySource, options: ParseInventoryOptions = {}): InventoryResult {
  const assembler = new InventoryAssembler(source, options)
  const devices: Device[] = []
  const diagnostics: Diagnostic[] = []
  for (const batch of [...assembler.push(text), ...assembler.end()]) {
    for (const d of batch.devices) devices.push(d)
    for (const d of batch.diagnostics) diagnostics.push(d)
  }
  return { devices, diagnostics }
}

/**
 * Parses a whole CSV inventory.
 *
 * @example
 * const { devices, diagnostics } = parseInventoryCsv('id,name,macs\nd1,rt-fra-01,00:e0:fc:12:34:56\n', { file: 'devices.csv' })
 */
export function parseInventoryCsv(text: string, source: { file: string }): InventoryResult {
  return parseInventory(text, { file: source.file, format: 'csv' })
}

/**
 * Parses a whole JSON inventory: a JSON array, `{"devices": [...]}`, or JSON Lines.
 *
 * @example
 * const { devices } = parseInventoryJson('[{"id":"d1","macs":["00:e0:fc:12:34:56"]}]', { file: 'devices.json' })
 */
export function parseInventoryJson(text: string, source: { file: string }): InventoryResult {
  return parseInventory(text, { file: source.file, format: 'json' })
}
