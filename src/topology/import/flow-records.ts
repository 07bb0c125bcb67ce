/**
 * Flow records as the network measured them, read line by line and summed per pair of addresses:
 *
 * - nfdump's CSV (`nfdump -r file -o csv`): a header line naming its columns, in nfdump 1.6's
 *   words (`ts,te,td,sa,da,sp,dp,pr,...,ipkt,ibyt,opkt,obyt,...`) or in those of later releases'
 *   CSV (`firstSeen,lastSeen,duration,...,srcAddr,dstAddr,...,inBytes,outBytes`), times written
 *   `2024-01-15 10:23:45.123`, then nfdump's `Summary` block at the end, which is not a record.
 *   `ibyt` is the bytes from `sa` to `da`; `obyt`, which bidirectional exporters fill, the bytes back.
 * - Zeek's conn.log (TSV): `#separator \x09`, then a `#fields` line (`ts uid id.orig_h id.orig_p
 *   id.resp_h id.resp_p proto service duration orig_bytes resp_bytes ...`), `ts` in seconds since
 *   the epoch; `orig_bytes` goes from `id.orig_h` to `id.resp_h`, `resp_bytes` back; `-` is unset.
 * - ipfixcol2's JSON output (one object a line, IPFIX's element names): `iana:octetDeltaCount`,
 *   `iana:sourceIPv4Address`/`iana:sourceIPv6Address`, `iana:destinationIPv4Address`/`...IPv6...`,
 *   `iana:flowStartMilliseconds` and `iana:flowEndMilliseconds` (ISO 8601 in UTC, or milliseconds since
 *   the epoch); a biflow's `iana@reverse:octetDeltaCount@reverse` back.
 * - AWS VPC Flow Logs as S3 keeps them: a header line of the fields, space-separated (the default
 *   `version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start
 *   end action log-status`, or a custom format's), `start` and `end` in seconds since the epoch;
 *   a `NODATA` or `SKIPDATA` record (its fields `-`) carries no traffic, and a `REJECT`ed one
 *   went no further than the interface, so neither counts.
 * - Zeek's conn.log as JSON lines (`LogAscii::use_json`, as Security Onion and Corelight keep it):
 *   one object a line with the same keys, an unset field left out, `ts` in seconds or ISO 8601.
 * - nfdump's JSON (`-o json`, an array of objects a field a line; `-o json-log`, an object a line):
 *   `first`/`last` (1.6: `t_first`/`t_last`) in nfdump's local time, `src4_addr`/`src6_addr`,
 *   `dst4_addr`/`dst6_addr`, `in_bytes`, and `out_bytes` back. Read field by field rather than as
 *   JSON, since some releases write a comma after an object's last field.
 * - GoFlow2's JSON lines (`-format=json`): `time_flow_start_ns`, `time_flow_end_ns`, `src_addr`,
 *   `dst_addr`, `bytes`, `sampling_rate` (GoFlow2 1.x and cloudflare/goflow: `TimeFlowStart` in
 *   seconds, `SrcAddr`, `Bytes`, `SamplingRate`). GoFlow2 passes the router's sampled counts on as
 *   they are, so the bytes of a record are multiplied by its sampling rate (when above 1).
 *
 * Memory grows with the pairs of addresses, not with the records: a log of millions of records
 * between a few thousand hosts holds a few thousand sums.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'

/** The record formats read. */
export type FlowRecordFormat = 'nfdump' | 'nfdump-json' | 'goflow' | 'ipfixcol2' | 'zeek' | 'zeek-json' | 'vpc'

/** The tool whose records a diagnostic speaks of. */
type RecordTool = 'nfdump' | 'zeek' | 'vpc' | 'goflow' | 'ipfixcol2'

/** The bytes one address sent another, in the records of a log. */
export type AddressPairVolume = { src: string; dst: string; bytes: number; records: number; line: number }

/** What a flow log gives: the bytes per pair of addresses and the time the records span. */
export type FlowRecords = {
  file: string
  format: FlowRecordFormat
  /** Key `src dst` (the addresses as written) → the pair's sums, in the order first seen. */
  pairs: Map<string, AddressPairVolume>
  /** Records read (those left out not counted). */
  records: number
  /** Seconds from the first record's start to the last record's end (0 when all are in one instant). */
  span: number
  /**
   * The first record's start and the last record's end, in seconds since the epoch as read; absent
   * when no record gave a time. With `localTimes`, they are a clock's local time read as if UTC.
   */
  window?: { start: number; end: number }
  /**
   * Some times were written without a zone (nfdump writes the local time of the machine that ran
   * it): they are read as written, so that only differences count, and the window is that clock's.
   */
  localTimes: boolean
}

/**
 * The format of a flow log told by its start: nfdump's CSV header (its source and destination
 * address and bytes columns) or Zeek's `#separator`/`#fields` lines; undefined for any other text.
 */
export function flowRecordFormat(head: string): FlowRecordFormat | undefined {
  const text = head.replace(/^\ufeff/, '')
  if (/^#separator /.test(text) || /^#fields\t/m.test(text.slice(0, 2048)) && /\tid\.orig_h\t/.test(text)) return 'zeek'
  // A conn.log's keys, not another Zeek log's (dns.log has the ends but no bytes or state).
  if (/^\{/.test(text) && text.includes('"id.orig_h"') && /"(?:conn_state|orig_bytes)"/.test(text)) return 'zeek-json'
  if (/^\s*\{/.test(text) && /"(?:time_flow_start_ns|TimeFlowStart)"\s*:/.test(text) && /"(?:src_addr|SrcAddr)"\s*:/.test(text)) return 'goflow'
  if (/^\s*\{/.test(text) && /"iana:octet(?:Delta|Total)Count"\s*:/.test(text) && /"iana:sourceIPv[46]Address"\s*:/.test(text)) return 'ipfixcol2'
  if (/^\s*[[{]/.test(text) && /"export_sysid"\s*:/.test(text) && /"(?:t_)?first"\s*:/.test(text)) return 'nfdump-json'
  const line = text.split(/\r?\n/, 1)[0]!
  if (vpcColumns(line.trim().split(/ +/)) !== undefined) return 'vpc'
  const first = line.split(',').map((c) => c.trim())
  return nfdumpColumns(first) !== undefined ? 'nfdump' : undefined
}

/** A flow log of a kind not read, told by its header: what it is and the columns that tell it. */
export type UnreadFlowLog = { kind: 'nfdump-statistics' | 'flow-records'; columns: string[] }

const SOURCE_ADDRESS = /^(?:(?:src|source|orig)[_ .-]?(?:ip|addr|address|host|h)(?:v[46])?|ip[46]?[_ .-]?src)$/i
const DESTINATION_ADDRESS = /^(?:(?:dst|dest|destination|resp)[_ .-]?(?:ip|addr|address|host|h)(?:v[46])?|ip[46]?[_ .-]?dst)$/i
const BYTES = /^(?:(?:in|orig|src|total)[_ .-]?)?(?:bytes|byt|octets)$/i

/**
 * A flow log whose kind is not read, told by its header line, for an error that says so rather
 * than read it as a flow list: nfdump's statistics (`nfdump -s srcip/bytes -o csv`, whose
 * `ts,te,td,pr,val,fl,...,ibyt` rows are top addresses, not flows between two), or records that
 * name a source and destination address and bytes in other words (pmacct's print plugin's
 * `SRC_IP,DST_IP,...,BYTES`, a collector's own export). Undefined for any other text.
 */
export function unreadFlowLog(head: string): UnreadFlowLog | undefined {
  const line = head.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0]!
  // A JSON record a line (pmacct's -O json, a collector's export) names its fields as keys.
  const columns = /^\s*\{/.test(line)
    ? [...line.matchAll(/"([^"]+)"\s*:/g)].map((m) => m[1]!)
    : line.split(/[,;\t]| +/).map((c) => c.trim().replace(/^"(.*)"$/, '$1')).filter((c) => c !== '')
  // Azure's NSG flow logs keep each record as a comma-separated tuple under flowTuples.
  if (/"flowTuples"\s*:/.test(head)) return { kind: 'flow-records', columns: ['flowTuples'] }
  if (columns.includes('val') && columns.includes('fl') && (columns.includes('ibyt') || columns.includes('byt')) && !columns.includes('sa')) {
    return { kind: 'nfdump-statistics', columns: ['val', columns.includes('ibyt') ? 'ibyt' : 'byt'] }
  }
  const src = columns.find((c) => SOURCE_ADDRESS.test(c))
  const dst = columns.find((c) => DESTINATION_ADDRESS.test(c))
  const bytes = columns.find((c) => BYTES.test(c))
  return src !== undefined && dst !== undefined && bytes !== undefined ? { kind: 'flow-records', columns: [src, dst, bytes] } : undefined
}

type NfdumpColumns = { start: number; end: number; duration: number; src: number; dst: number; bytes: number; back: number }

/** The columns of an nfdump CSV header, in 1.6's words or later releases'; undefined when it is not one. */
function nfdumpColumns(header: readonly string[]): NfdumpColumns | undefined {
  const at = (...names: string[]): number => {
    for (const n of names) {
      const i = header.indexOf(n)
      if (i >= 0) return i
    }
    return -1
  }
  const c: NfdumpColumns = {
    start: at('ts', 'firstSeen'), end: at('te', 'lastSeen'), duration: at('td', 'duration'),
    src: at('sa', 'srcAddr'), dst: at('da', 'dstAddr'), bytes: at('ibyt', 'inBytes', 'byt', 'bytes'), back: at('obyt', 'outBytes'),
  }
  return c.src >= 0 && c.dst >= 0 && c.bytes >= 0 && c.start >= 0 ? c : undefined
}

type VpcColumns = { src: number; dst: number; bytes: number; start: number; end: number; action: number }

/** The fields a VPC flow log's header names; undefined when it is not one. */
function vpcColumns(header: readonly string[]): VpcColumns | undefined {
  const c = { src: header.indexOf('srcaddr'), dst: header.indexOf('dstaddr'), bytes: header.indexOf('bytes'), start: header.indexOf('start'), end: header.indexOf('end'), action: header.indexOf('action') }
  return c.src >= 0 && c.dst >= 0 && c.bytes >= 0 && c.start >= 0 ? c : undefined
}

/**
 * A time as nfdump writes it → seconds, and whether it was written without a zone: `%ts`'s
 * `2024-01-15 10:23:45.123` is the local time of the machine that ran nfdump, read as written (only
 * differences count); `%tsr`'s `1705314225.123` is seconds since the epoch. `unset` for the
 * `0000-00-00 00:00:00.000` nfdump writes for a record that carries no time.
 */
function nfdumpTime(text: string): { seconds: number; local: boolean } | 'unset' | undefined {
  const t = text.trim()
  if (/^\d{9,}(?:\.\d+)?$/.test(t)) return Number(t) > 0 ? { seconds: Number(t), local: false } : 'unset'
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/.exec(t)
  if (m === null) return undefined
  if (m[1] === '0000') return 'unset'
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
  return { seconds: ms / 1000 + (m[7] === undefined ? 0 : Number(`0.${m[7]}`)), local: true }
}

/** An ISO 8601 time → seconds; one without a zone (`2026-11-20T12:00:00`) read as written, as nfdump's are. */
function isoTime(text: string): { seconds: number; local: boolean } | undefined {
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text.trim())
  const ms = Date.parse(zoned ? text : `${text.trim()}Z`)
  return Number.isFinite(ms) ? { seconds: ms / 1000, local: !zoned } : undefined
}

/** A string of its own, not a slice of the line it was cut from (which the slice keeps in memory). */
const copyOf = (text: string): string => JSON.parse(JSON.stringify(text)) as string

/** Records that do not read reported one by one; the others are counted. */
const MAX_INVALID_REPORTED = 100

const COUNT = /^\d+$/

/** A brace, or a `"key" : value` pair (a string, a number, true, false or null), of nfdump's JSON. */
const NFDUMP_JSON_TOKEN = /[{}]|"(\w+)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/g
const SECONDS = /^\d+(?:\.\d+)?$/

/**
 * Reads a flow log a line at a time (`push`), then gives the sums (`finish`). A record whose
 * address, bytes or time does not read is an `invalid_flow_record` error and is left out.
 */
export class FlowRecordReader {
  private readonly file: string
  readonly format: FlowRecordFormat
  private readonly diagnostics: Diagnostic[] = []
  private readonly pairs = new Map<string, AddressPairVolume>()
  private readonly addresses = new Map<string, string>()
  /** Records that did not read. */
  private invalid = 0
  private records = 0
  private first = Infinity
  private last = -Infinity
  private localTimes = false
  private nfdump: NfdumpColumns | undefined
  private header: string[] = []
  private vpc: VpcColumns | undefined
  private zeek: { ts: number; src: number; dst: number; duration: number; out: number; back: number } | undefined
  /** The fields of the nfdump JSON object being read, and the line it opens at. */
  private object: Map<string, string> | undefined
  private objectLine = 0
  private separator = '\t'
  private unset = '-'
  private done = false

  constructor(file: string, format: FlowRecordFormat) {
    this.file = file
    this.format = format
  }

  /** Records read so far (those left out not counted). */
  get recordsRead(): number {
    return this.records
  }

  /** Reads one line (`line` is its 1-based number). */
  push(text: string, line: number): void {
    if (this.done) return
    const t = line === 1 ? text.replace(/^\ufeff/, '') : text
    if (t.trim() === '') return
    if (this.format === 'nfdump') this.nfdumpLine(t, line)
    else if (this.format === 'zeek-json') this.zeekJsonLine(t, line)
    else if (this.format === 'nfdump-json') this.nfdumpJsonLine(t, line)
    else if (this.format === 'goflow') this.goflowLine(t, line)
    else if (this.format === 'ipfixcol2') this.ipfixcolLine(t, line)
    else if (this.format === 'vpc') this.vpcLine(t, line)
    else this.zeekLine(t, line)
  }

  private nfdumpLine(text: string, line: number): void {
    const cells = text.split(',').map((c) => c.trim())
    if (this.nfdump === undefined) {
      this.nfdump = nfdumpColumns(cells)
      this.header = cells
      if (this.nfdump === undefined) {
        this.diagnostics.push({ code: 'invalid_flow_record', severity: 'error', at: { file: this.file, line }, format: 'nfdump', field: 'header', value: text.slice(0, 80), expected: 'nfdump -o csv\'s header (ts,te,td,sa,da,...,ibyt)' })
        this.done = true
      }
      return
    }
    // nfdump ends its CSV with a summary of all records, which is no record.
    if (cells[0] === 'Summary') {
      this.done = true
      return
    }
    const c = this.nfdump
    const at: SourceLocation = { file: this.file, line }
    const first = nfdumpTime(cells[c.start] ?? '')
    if (first === undefined) return this.bad(at, 'nfdump', this.header[c.start]!, cells[c.start] ?? '', 'a time such as 2024-01-15 10:23:45.123, or seconds since the epoch')
    const last = c.end >= 0 ? nfdumpTime(cells[c.end] ?? '') : undefined
    const start = first === 'unset' ? undefined : first.seconds
    let end = last === undefined || last === 'unset' ? undefined : last.seconds
    if (end === undefined && start !== undefined && c.duration >= 0 && SECONDS.test(cells[c.duration] ?? '')) end = start + Number(cells[c.duration])
    const bytes = cells[c.bytes] ?? ''
    if (!COUNT.test(bytes)) return this.bad(at, 'nfdump', this.header[c.bytes]!, bytes, 'a whole number of bytes')
    const back = c.back >= 0 && COUNT.test(cells[c.back] ?? '') ? Number(cells[c.back]) : 0
    if (first !== 'unset' && first.local) this.localTimes = true
    this.record(cells[c.src] ?? '', cells[c.dst] ?? '', Number(bytes), back, start, end ?? start, at, 'nfdump', [this.header[c.src]!, this.header[c.dst]!])
  }

  private zeekLine(text: string, line: number): void {
    if (text.startsWith('#')) {
      const directive = /^#(\w+)[ \t](.*)$/.exec(text)
      if (directive === null) return
      const [, name, value] = directive
      if (name === 'separator') this.separator = value!.replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
      else if (name === 'unset_field') this.unset = value!
      else if (name === 'fields') {
        const fields = value!.split(this.separator)
        const ix = (f: string) => fields.indexOf(f)
        this.zeek = { ts: ix('ts'), src: ix('id.orig_h'), dst: ix('id.resp_h'), duration: ix('duration'), out: ix('orig_bytes'), back: ix('resp_bytes') }
        if (this.zeek.ts < 0 || this.zeek.src < 0 || this.zeek.dst < 0 || this.zeek.out < 0) {
          this.diagnostics.push({ code: 'invalid_flow_record', severity: 'error', at: { file: this.file, line }, format: 'zeek', field: '#fields', value: value!.slice(0, 80), expected: 'conn.log\'s fields (ts, id.orig_h, id.resp_h, orig_bytes, resp_bytes)' })
          this.done = true
        }
      }
      return
    }
    const z = this.zeek
    if (z === undefined) return
    const cells = text.split(this.separator)
    const at: SourceLocation = { file: this.file, line }
    const ts = cells[z.ts] ?? ''
    if (!SECONDS.test(ts)) return this.bad(at, 'zeek', 'ts', ts, 'seconds since the epoch')
    const count = (i: number): number | undefined => {
      const v = cells[i] ?? this.unset
      return v === this.unset || v === '' ? 0 : COUNT.test(v) ? Number(v) : undefined
    }
    const out = count(z.out)
    if (out === undefined) return this.bad(at, 'zeek', 'orig_bytes', cells[z.out] ?? '', 'a whole number of bytes or -')
    const back = z.back >= 0 ? count(z.back) : 0
    if (back === undefined) return this.bad(at, 'zeek', 'resp_bytes', cells[z.back] ?? '', 'a whole number of bytes or -')
    const duration = z.duration >= 0 && SECONDS.test(cells[z.duration] ?? '') ? Number(cells[z.duration]) : 0
    this.record(cells[z.src] ?? '', cells[z.dst] ?? '', out, back, Number(ts), Number(ts) + duration, at, 'zeek', ['id.orig_h', 'id.resp_h'])
  }

  private vpcLine(text: string, line: number): void {
    const cells = text.trim().split(/ +/)
    if (this.vpc === undefined) {
      this.vpc = vpcColumns(cells)
      this.header = cells
      return
    }
    const c = this.vpc
    const at: SourceLocation = { file: this.file, line }
    // NODATA and SKIPDATA records give `-` for the flow's fields; a rejected flow crossed nothing.
    if (cells[c.src] === '-' || (c.action >= 0 && cells[c.action] === 'REJECT')) return
    const start = cells[c.start] ?? ''
    if (!SECONDS.test(start)) return this.bad(at, 'vpc', 'start', start, 'seconds since the epoch')
    const bytes = cells[c.bytes] ?? ''
    if (!COUNT.test(bytes)) return this.bad(at, 'vpc', 'bytes', bytes, 'a whole number of bytes')
    const end = c.end >= 0 && SECONDS.test(cells[c.end] ?? '') ? Number(cells[c.end]) : Number(start)
    this.record(cells[c.src] ?? '', cells[c.dst] ?? '', Number(bytes), 0, Number(start), end, at, 'vpc', ['srcaddr', 'dstaddr'])
  }

  private zeekJsonLine(text: string, line: number): void {
    const at: SourceLocation = { file: this.file, line }
    const r = this.objectOf(text, at, 'zeek')
    if (r === undefined) return
    const iso = typeof r['ts'] === 'string' ? isoTime(r['ts']) : undefined
    if (iso?.local === true) this.localTimes = true
    const ts = typeof r['ts'] === 'number' ? r['ts'] : iso?.seconds ?? Number.NaN
    if (!Number.isFinite(ts)) return this.bad(at, 'zeek', 'ts', String(r['ts'] ?? ''), 'seconds since the epoch or an ISO 8601 time')
    const count = (key: string): number | undefined => {
      const v = r[key]
      return v === undefined || v === null ? 0 : typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined
    }
    const out = count('orig_bytes')
    if (out === undefined) return this.bad(at, 'zeek', 'orig_bytes', JSON.stringify(r['orig_bytes']), 'a whole number of bytes')
    const back = count('resp_bytes')
    if (back === undefined) return this.bad(at, 'zeek', 'resp_bytes', JSON.stringify(r['resp_bytes']), 'a whole number of bytes')
    const duration = typeof r['duration'] === 'number' && r['duration'] >= 0 ? r['duration'] : 0
    const end = (key: string) => (typeof r[key] === 'string' ? r[key] : '')
    this.record(end('id.orig_h'), end('id.resp_h'), out, back, ts, ts + duration, at, 'zeek', ['id.orig_h', 'id.resp_h'])
  }

  /**
   * A line of nfdump's JSON: braces open and close a record, and `"key" : value` pairs fill it,
   * however the lines cut them (a field a line for `-o json`, a record a line for `-o json-log`).
   */
  private nfdumpJsonLine(text: string, line: number): void {
    for (const m of text.matchAll(NFDUMP_JSON_TOKEN)) {
      if (m[0] === '{') {
        this.object = new Map()
        this.objectLine = line
      } else if (m[0] === '}') {
        if (this.object !== undefined) this.nfdumpJsonRecord(this.object, { file: this.file, line: this.objectLine })
        this.object = undefined
      } else if (this.object !== undefined) {
        const value = m[2]!
        this.object.set(m[1]!, value.startsWith('"') ? value.slice(1, -1) : value)
      }
    }
  }

  private nfdumpJsonRecord(o: Map<string, string>, at: SourceLocation): void {
    const firstKey = o.has('first') ? 'first' : 't_first'
    const first = nfdumpTime(o.get(firstKey) ?? '')
    if (first === undefined) return this.bad(at, 'nfdump', firstKey, o.get(firstKey) ?? '', 'a time such as 2024-01-15T10:23:45.123')
    const last = nfdumpTime(o.get(o.has('last') ? 'last' : 't_last') ?? '')
    const start = first === 'unset' ? undefined : first.seconds
    const end = last === undefined || last === 'unset' ? undefined : last.seconds
    const bytes = o.get('in_bytes') ?? ''
    if (!COUNT.test(bytes)) return this.bad(at, 'nfdump', 'in_bytes', bytes, 'a whole number of bytes')
    const out = o.get('out_bytes') ?? ''
    if (first !== 'unset' && first.local) this.localTimes = true
    const src = o.has('src4_addr') ? 'src4_addr' : 'src6_addr'
    const dst = o.has('dst4_addr') ? 'dst4_addr' : 'dst6_addr'
    this.record(o.get(src) ?? '', o.get(dst) ?? '', Number(bytes), COUNT.test(out) ? Number(out) : 0, start, end ?? start, at, 'nfdump', [src, dst])
  }

  /** The JSON object a line of JSON lines holds; undefined, reported at its line, for any other line. */
  private objectOf(text: string, at: SourceLocation, tool: RecordTool): Record<string, unknown> | undefined {
    let o: unknown
    try {
      o = JSON.parse(text)
    } catch {
      o = undefined
    }
    if (typeof o === 'object' && o !== null && !Array.isArray(o)) return o as Record<string, unknown>
    this.bad(at, tool, 'line', text.slice(0, 80), 'one JSON object a line')
    return undefined
  }

  /** A line of GoFlow2's JSON output: one record, its sampled counts scaled by its sampling rate. */
  private goflowLine(text: string, line: number): void {
    const at: SourceLocation = { file: this.file, line }
    const r = this.objectOf(text, at, 'goflow')
    if (r === undefined) return
    // GoFlow2 2.x writes snake_case keys and times in nanoseconds; 1.x and cloudflare/goflow CamelCase and seconds.
    const v2 = 'time_flow_start_ns' in r || 'src_addr' in r
    const key = (snake: string, camel: string): string => (v2 ? snake : camel)
    const bytesKey = key('bytes', 'Bytes')
    const bytes = r[bytesKey]
    if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes < 0) return this.bad(at, 'goflow', bytesKey, JSON.stringify(bytes) ?? '', 'a whole number of bytes')
    const rateKey = key('sampling_rate', 'SamplingRate')
    const rate = r[rateKey] ?? 0
    if (typeof rate !== 'number' || !(rate >= 0)) return this.bad(at, 'goflow', rateKey, JSON.stringify(rate), 'a sampling rate (0 or 1 when unsampled)')
    const time = (k: string): number | undefined => {
      const v = r[k]
      return typeof v === 'number' && v > 0 ? (v2 ? v / 1e9 : v) : undefined
    }
    const start = time(key('time_flow_start_ns', 'TimeFlowStart'))
    const end = time(key('time_flow_end_ns', 'TimeFlowEnd'))
    const address = (k: string): string => (typeof r[k] === 'string' ? r[k] : '')
    this.record(address(key('src_addr', 'SrcAddr')), address(key('dst_addr', 'DstAddr')), bytes * Math.max(1, rate), 0, start, end ?? start, at, 'goflow', [key('src_addr', 'SrcAddr'), key('dst_addr', 'DstAddr')])
  }

  /** A line of ipfixcol2's JSON output: one IPFIX record, by its information elements' names. */
  private ipfixcolLine(text: string, line: number): void {
    const at: SourceLocation = { file: this.file, line }
    const r = this.objectOf(text, at, 'ipfixcol2')
    if (r === undefined) return
    const bytesKey = 'iana:octetDeltaCount' in r ? 'iana:octetDeltaCount' : 'iana:octetTotalCount'
    const bytes = r[bytesKey]
    if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes < 0) return this.bad(at, 'ipfixcol2', bytesKey, JSON.stringify(bytes) ?? '', 'a whole number of bytes')
    const reverse = r['iana@reverse:octetDeltaCount@reverse']
    // <timestamp>formatted</timestamp> writes ISO 8601 in UTC, unix milliseconds since the epoch.
    const time = (k: string): number | undefined => {
      const v = r[k]
      if (typeof v === 'number') return v > 0 ? v / 1000 : undefined
      const iso = typeof v === 'string' ? isoTime(v) : undefined
      if (iso?.local === true) this.localTimes = true
      return iso?.seconds
    }
    const start = time('iana:flowStartMilliseconds')
    const end = time('iana:flowEndMilliseconds')
    const src = 'iana:sourceIPv4Address' in r ? 'iana:sourceIPv4Address' : 'iana:sourceIPv6Address'
    const dst = 'iana:destinationIPv4Address' in r ? 'iana:destinationIPv4Address' : 'iana:destinationIPv6Address'
    const address = (k: string): string => (typeof r[k] === 'string' ? r[k] : '')
    const back = typeof reverse === 'number' && Number.isInteger(reverse) && reverse > 0 ? reverse : 0
    this.record(address(src), address(dst), bytes, back, start, end ?? start, at, 'ipfixcol2', [src, dst])
  }

  private bad(at: SourceLocation, format: RecordTool, field: string, value: string, expected: string): void {
    // A log of millions of bad records would otherwise hold a diagnostic for each.
    if (this.invalid++ < MAX_INVALID_REPORTED) this.diagnostics.push({ code: 'invalid_flow_record', severity: 'error', at, format, field, value, expected })
  }

  private record(src: string, dst: string, bytes: number, back: number, start: number | undefined, end: number | undefined, at: SourceLocation, format: RecordTool, names: [string, string]): void {
    if (src === '' || dst === '') return this.bad(at, format, src === '' ? names[0] : names[1], '', 'an IPv4 or IPv6 address')
    this.records++
    // A record that carries no time counts its bytes but does not stretch the span.
    if (start !== undefined && start < this.first) this.first = start
    if (end !== undefined && end > this.last) this.last = end
    this.add(src, dst, bytes, at.line!)
    if (back > 0) this.add(dst, src, back, at.line!)
  }

  /**
   * The address, one string for all its records: a cell cut from a line may keep the whole line
   * alive, which a million pairs of hosts multiplied to hundreds of megabytes.
   */
  private intern(address: string): string {
    let kept = this.addresses.get(address)
    if (kept === undefined) {
      kept = copyOf(address)
      this.addresses.set(kept, kept)
    }
    return kept
  }

  private add(src: string, dst: string, bytes: number, line: number): void {
    const key = `${src} ${dst}`
    const pair = this.pairs.get(key)
    if (pair === undefined) this.pairs.set(copyOf(key), { src: this.intern(src), dst: this.intern(dst), bytes, records: 1, line })
    else {
      pair.bytes += bytes
      pair.records++
    }
  }

  /** The sums of the records read, and what was found wrong. */
  finish(): { value: FlowRecords; diagnostics: Diagnostic[] } {
    this.done = true
    // An nfdump JSON record still open at the end: the file was cut short, and its last record is not counted.
    if (this.object !== undefined) {
      this.bad({ file: this.file, line: this.objectLine }, 'nfdump', 'JSON object', '{', 'a "}" that closes it before the end of the file, which ends inside it: cut short?')
      this.object = undefined
    }
    if (this.invalid > MAX_INVALID_REPORTED) {
      this.diagnostics.push({ code: 'flow_records_skipped', severity: 'error', at: { file: this.file }, records: this.invalid - MAX_INVALID_REPORTED, reported: MAX_INVALID_REPORTED })
    }
    const timed = this.records > 0 && this.first <= this.last
    const span = timed ? this.last - this.first : 0
    if (this.records === 0 && !this.diagnostics.some((d) => d.severity === 'error')) {
      this.diagnostics.push({ code: 'nothing_imported', severity: 'warning', at: { file: this.file }, expected: 'flow records' })
    }
    const value: FlowRecords = { file: this.file, format: this.format, pairs: this.pairs, records: this.records, span, localTimes: this.localTimes }
    if (timed) value.window = { start: this.first, end: this.last }
    return { value, diagnostics: this.diagnostics }
  }
}

/**
 * Parses a whole flow log held as text (see `FlowRecordReader` to read one line by line).
 *
 * @example
 * const { value } = parseFlowRecords('ts,te,td,sa,da,sp,dp,pr,flg,fwd,stos,ipkt,ibyt\n' +
 *   '2024-01-15 10:00:00.000,2024-01-15 10:00:10.000,10.000,10.1.0.5,10.2.0.9,51514,443,TCP,.AP.SF,0,0,10,125000\n', { file: 'flows.csv' })
 * value.pairs.get('10.1.0.5 10.2.0.9')?.bytes // 125000
 */
export function parseFlowRecords(text: string, source: { file: string }): { value: FlowRecords; diagnostics: Diagnostic[] } {
  const format = flowRecordFormat(text.slice(0, 4096)) ?? 'nfdump'
  const reader = new FlowRecordReader(source.file, format)
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) reader.push(lines[i]!, i + 1)
  return reader.finish()
}
