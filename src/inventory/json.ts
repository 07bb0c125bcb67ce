/**
 * JSON inventories, streamed: JSON Lines (one device object per line), a top-level JSON array of
 * devices, and an object with a `devices` array (`{"devices": [...]}`).
 *
 * Arrays are not parsed whole: a small scanner tracks strings and nesting depth, cuts out each
 * element of the device array and hands it to `JSON.parse` with the line it starts on. Only the
 * element being read is held in memory, so a multi-gigabyte array streams like JSON Lines.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { hasOwnShape, isObject } from './device-input.js'
import { resolveColumn } from './columns.js'
import type { RowParser, RowSink } from './rows.js'
import { MASSCAN_END } from './masscan.js'
import { CycloneDxParser, isCycloneDxStart } from './cyclonedx.js'
import { emitLldpd, isLldpdOutput } from './lldpd.js'
import { AnsibleOutputParser, isAnsibleOutputStart } from './ansible-output.js'
import { AddressEntrySink, emitNapalmAnswer, isNapalmAnswer } from './napalm.js'
import { isNetworkFacts } from './facts.js'

const QUOTE = 0x22
const BACKSLASH = 0x5c
const LF = 0x0a
const COMMA = 0x2c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COLON = 0x3a

function isSpace(c: number): boolean {
  return c === 0x20 || c === LF || c === 0x0d || c === 0x09
}

/**
 * A `malformed_json` diagnostic for `text` (which starts at `line`), placed on the line and column
 * that `JSON.parse` complains about when its message says so (Node 20: "... at position N"; see
 * `JSON_POSITION`).
 */
export function reportJson(sink: RowSink, file: string, text: string, line: number, column: number, err: unknown): void {
  let message = err instanceof Error ? err.message : String(err)
  const at: SourceLocation = { file, line }
  // A comma after the last member or element (`{"id": "d1",}`), which JavaScript and many editors
  // allow: JSON.parse names what it expected instead (or, for a `]`, no place at all).
  const comma = trailingComma(text)
  if (comma !== undefined) {
    const close = text[comma]!
    message = `a comma before the closing ${close}, which JSON does not allow after the last ${close === '}' ? 'member' : 'element'}: remove it in JSON at position ${comma}`
  }
  const m = JSON_POSITION.exec(message)
  if (m !== null) {
    const pos = Number(m[2])
    let l = line
    let lineStart = -1
    for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
      l++
      lineStart = i
    }
    at.line = l
    at.column = lineStart === -1 ? column + pos : pos - lineStart
  }
  sink.diagnostics.push({ code: 'malformed_json', severity: 'error', at, problem: message.replace(JSON_POSITION, (_, where: string) => (where === 'after' ? ' after the end of the JSON document' : '')) })
}

/**
 * Where a `}` or `]` follows a comma (spaces between) outside strings: the first comma after a last
 * member or element; undefined when there is none.
 */
function trailingComma(text: string): number | undefined {
  let inString = false
  /** The last character outside strings and spaces was a comma. */
  let comma = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) inString = false
      continue
    }
    if (isSpace(c)) continue
    if (comma && (c === CLOSE_BRACE || c === CLOSE_BRACKET)) return i
    comma = c === COMMA
    if (c === QUOTE) inString = true
  }
  return undefined
}

/**
 * Where `JSON.parse` says the problem is: "in JSON at position N", or "after JSON at position N"
 * for a second document after the first (a file saved twice); Node 22 adds the line and column
 * within the text parsed, which are not the file's.
 */
const JSON_POSITION = / (in|after) JSON at position (\d+)(?: \(line \d+ column \d+\))?/

/** Hands one parsed top-level value to the sink; `{"devices": [...]}` on one line is expanded. */
function emit(sink: RowSink, value: unknown, at: SourceLocation): void {
  const failed = isObject(value) ? apiError(value) : undefined
  if (failed !== undefined) return reportApiError(sink, failed, at)
  // A NAPALM getter's answer, keyed by interface: its lists are of one device's neighbours (napalm.ts).
  if (isObject(value) && isNapalmAnswer(value)) return emitNapalmAnswer(value, at, sink)
  // `{"devices": [...]}`, or a NetBox API page `{"count": n, "results": [...]}`; not a record of a
  // tool's own shape, whose lists are its own: a zgrab2 line's `data` held, some levels down, the
  // addresses its HTTP module was redirected to (`redirects_to_resolved_ips`), each read as a device.
  const found = isObject(value) && isDocument(value) && !hasOwnShape(value) ? deviceList(value) ?? soleRecordList(value) : undefined
  // A JSON-RPC answer of another method (Zabbix's `apiinfo.version`, `{"jsonrpc": "2.0", "result":
  // "7.0.0", "id": 1}`, or `host.create`'s `{"hostids": [...]}`) holds no device: it was read as a
  // device named by the request's id.
  if (found === undefined && isObject(value) && isRpcAnswer(value)) {
    sink.diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file: at.file, line: at.line ?? 1 }, problem: NO_LIST, wellFormed: true })
    return
  }
  if (found === undefined) return row(sink, value, at)
  const [path, list] = found
  if (Array.isArray(list)) list.forEach((d, i) => row(sink, d, { ...at, path: [...path, i] }))
  else for (const k in list) row(sink, list[k], { ...at, path: [...path, k] })
}

function isEmpty(value: Record<string, unknown>): boolean {
  for (const _ in value) return false
  return true
}

/**
 * The message of an API's answer that reports a failed request, saved in place of the device list;
 * else undefined: a JSON-RPC 2.0 error (`{"jsonrpc": "2.0", "error": {"code": -32602, "message":
 * "Invalid params.", "data": "Not authorised."}, "id": 1}`, as Zabbix answers; the JSON-RPC 2.0
 * specification, 5.1 Error object), a GraphQL answer with errors and no data (`{"errors":
 * [{"message": …}], "data": null}`; the GraphQL specification, Response, Errors: Lansweeper's and
 * NetBox's APIs), or Kaseya VSA's answer with an error and no result (`{"Result": null,
 * "ResponseCode": 401, "Status": …, "Error": …}`, its REST API's response model). Such an answer
 * was read as a device (the JSON-RPC error's `id`) or refused as a record without an id.
 */
function apiError(value: Record<string, unknown>): string | undefined {
  const error = value['error']
  if (isObject(error) && !('result' in value) && Object.keys(value).every((k) => RPC_KEYS.has(k))) {
    const data = error['data']
    return [error['message'], typeof data === 'string' ? data : undefined].filter((t) => typeof t === 'string' && t !== '').join(' ') || 'an error'
  }
  const errors = value['errors']
  if (Array.isArray(errors) && errors.length > 0 && (value['data'] === null || value['data'] === undefined) && Object.keys(value).every((k) => k === 'errors' || k === 'data' || k === 'extensions')) {
    return errors.map((e) => (isObject(e) && typeof e['message'] === 'string' ? e['message'] : '')).filter((m) => m !== '').join('; ') || 'an error'
  }
  const kaseya = value['Error']
  if (typeof kaseya === 'string' && kaseya !== '' && kaseya !== 'None' && 'ResponseCode' in value && value['ResponseCode'] !== 0 && (value['Result'] === null || value['Result'] === undefined)) {
    return `${kaseya} (response code ${String(value['ResponseCode'])})`
  }
  // An answer of a status and a message alone, the status a failure: TP-Link Omada's Open API
  // (`{"errorCode": -44112, "msg": "The access token has expired..."}`, its error codes in the
  // Open API Access Guide, 1.2), Armis's (`{"message": "Invalid access token.", "success": false}`).
  if (Object.keys(value).every((k) => STATUS_KEYS.has(k))) {
    const failed = value['success'] === false || (typeof value['errorCode'] === 'number' && value['errorCode'] !== 0)
    const message = value['msg'] ?? value['message']
    if (failed && typeof message === 'string' && message !== '') {
      return typeof value['errorCode'] === 'number' ? `${message} (error code ${value['errorCode']})` : message
    }
  }
  return undefined
}

/** The keys of an answer that only reports a status (see `apiError`). */
const STATUS_KEYS: ReadonlySet<string> = new Set(['success', 'errorCode', 'msg', 'message'])

function reportApiError(sink: RowSink, message: string, at: SourceLocation): void {
  sink.diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file: at.file, line: at.line ?? 1 }, problem: `it is an API's answer to a request that failed ("${message}"), not a device list: repeat the request (its credentials, its parameters) and save the answer that lists the devices`, wellFormed: true })
}

/** An object that is an answer, not a device: it has no id, or it is a JSON-RPC answer (`{"id": 1, "result": [...]}`), whose id is the request's. */
function isDocument(value: Record<string, unknown>): boolean {
  if (!('id' in value)) return true
  return isRpcAnswer(value)
}
const RPC_KEYS: ReadonlySet<string> = new Set(['jsonrpc', 'id', 'result', 'error'])

/** A JSON-RPC answer with a result: its keys are JSON-RPC's alone. */
function isRpcAnswer(value: Record<string, unknown>): boolean {
  if (!('result' in value)) return false
  for (const k in value) if (!RPC_KEYS.has(k)) return false
  return true
}

/**
 * One entry of a device list; a FortiManager JSON-RPC result (`{"data": [...], "status": {...},
 * "url": "/dvmdb/..."}`) gives the devices of its `data`.
 */
function row(sink: RowSink, input: unknown, at: SourceLocation): void {
  // An empty object says nothing: WhatWeb's JSON log ends its array with one (`{}`, then `]`).
  if (isObject(input) && isEmpty(input)) return
  const value = unwrapRecord(input)
  // lldpd's neighbour table (`lldpcli -f json`): one device per neighbour.
  if (isObject(value) && isLldpdOutput(value)) return emitLldpd(value, at, sink)
  if (isObject(value) && isNapalmAnswer(value)) return emitNapalmAnswer(value, at, sink)
  if (isObject(value) && Array.isArray(value['data']) && typeof value['url'] === 'string' && 'status' in value && !('id' in value)) {
    value['data'].forEach((d, i) => sink.row(d, { ...at, path: [...(at.path ?? []), 'data', i] }))
  } else sink.row(value, at)
}

/**
 * The record an answer wraps under its only key, else the value itself: a single record of an API
 * is often returned so (Cisco ISE's ERS: `{"ERSEndPoint": {"id": …, "name": …, "mac": …}}`;
 * Forescout's Web API: `{"host": {"id": …, "ip": …, "mac": …, "fields": {...}}}`).
 */
function unwrapRecord(value: unknown): unknown {
  if (!isObject(value)) return value
  let only: unknown
  let n = 0
  for (const k in value) {
    if (++n > 1) return value
    only = value[k]
  }
  return isObject(only) && 'id' in only ? only : value
}

/**
 * The device list of an API answer and its path: the first of `LIST_KEYS` that holds an array,
 * its key written in any case (Device42 answers `{"Devices": [...]}`); or a `devices` object of
 * device objects keyed by their ids (Observium: `{"devices": {"12": {...}}}`); either also one
 * level down, under a wrapper key (see `WRAPPER_KEYS`).
 */
function deviceList(value: Record<string, unknown>, wrapped = false): [string[], unknown[] | Record<string, unknown>] | undefined {
  // Called for each line of JSON Lines without an id (Shodan banners): exact keys first, without allocating.
  for (const key of LIST_KEYS) {
    const found = listAt(value, key, key)
    if (found !== undefined) return [[key], found]
  }
  for (const k in value) {
    const c = k.charCodeAt(0)
    const upper = c >= 0x41 && c <= 0x5a
    if (!upper && !wrapped) continue
    const key = upper ? k.toLowerCase() : k
    const found = LIST_KEY_SET.has(key) || (wrapped && WRAPPED_LIST_KEY_SET.has(key)) ? listAt(value, k, key) : undefined
    if (found !== undefined) return [[k], found]
  }
  if (wrapped) return undefined
  // In any case, as the streaming reader takes them (`searchResult` from a hand-written client).
  // Only keys that start as one does (`_`, `s`, `q`, `z`, `m`) are lowered: this runs for each JSON Lines line without an id.
  for (const k in value) {
    const c = k.charCodeAt(0)
    if ((c !== 0x5f && (c | 0x20) !== 0x73 && (c | 0x20) !== 0x71 && (c | 0x20) !== 0x7a && (c | 0x20) !== 0x6d) || !WRAPPER_KEY_SET.has(k.toLowerCase())) continue
    const wrapper = value[k]
    const inner = isObject(wrapper) ? deviceList(wrapper, true) : undefined
    if (inner !== undefined) return [[k, ...inner[0]], inner[1]]
  }
  // A page of a paged answer under the answer's own list key, its records under the page's:
  // TP-Link Omada's Open API (`{"errorCode": 0, "msg": …, "result": {"totalRows", "currentPage",
  // "currentSize", "data": [...]}}`: its client and device lists) and Armis's search API
  // (`{"data": {"count", "next", "results": [...], "total"}, "success": true}`). A list key that
  // holds one record (Kaseya VSA's `Result`) was taken above, by `listAt`.
  for (const key of PAGE_KEYS) {
    const page = value[key]
    const inner = isObject(page) ? deviceList(page, true) : undefined
    if (inner !== undefined) return [[key, ...inner[0]], inner[1]]
  }
  return undefined
}

/** List keys that may hold a page of a paged answer rather than its list (see `deviceList`). */
const PAGE_KEYS: readonly string[] = ['result', 'data', 'response']
const PAGE_KEY_SET: ReadonlySet<string> = new Set(PAGE_KEYS)

function listAt(value: Record<string, unknown>, k: string, key: string): unknown[] | Record<string, unknown> | undefined {
  const list = value[k]
  if (Array.isArray(list)) return list
  if (key === KEYED_KEY && isObject(list) && Object.keys(list).length > 0 && Object.values(list).every(isObject)) return list
  // Nagios XI before 5.7 answered a single host with the host itself rather than a list of one.
  if (key === SINGLE_KEY && isObject(list)) return [list]
  // Kaseya VSA's REST API answers `GET /assetmgmt/agents/{agentId}` with the agent under `Result`
  // (`{"Result": {"AgentId": …, "AgentName": …, "ComputerName": …, "IPAddress": …, ...},
  // "ResponseCode": 0, "Status": "OK", "Error": "None"}`: its help, Get Agent, Sample Response
  // Model), and its lists under the same key: a record that names a device (by an id or name
  // key) is that answer's one device. Other JSON-RPC results (`{"hostids": [...]}`) are none.
  // Cisco Catalyst Center answers for one device the same way under `response` (`GET
  // /dna/intent/api/v1/network-device/{id}`: `{"response": {"id", "hostname", "platformId", ...},
  // "version": "1.0"}`), which was read one level down, without its id and its sysDescr.
  // So does the Censys Platform API for one host (`{"result": {"resource": {"ip", "services", ...}}}`),
  // a record of a tool's own shape.
  if ((key === 'result' || key === 'response') && isObject(list) && (namesDevice(list) || hasOwnShape(list))) return [list]
  return undefined
}

/** Whether a record has a key of a device's id or name (see `listAt`). */
function namesDevice(record: Record<string, unknown>): boolean {
  for (const k in record) {
    const target = resolveColumn(k)
    if (target?.kind === 'scalar' && (target.field === 'id' || target.field === 'name') && (typeof record[k] === 'string' || typeof record[k] === 'number')) return true
  }
  return false
}

/** The list key under which an answer of one record may hold that record alone (Nagios XI's `hoststatus`). */
const SINGLE_KEY = 'hoststatus'

/**
 * Keys of a top-level object that hold the device list: `devices`, and the list of an API answer
 * (`results` NetBox, `result` Zabbix and other JSON-RPC, `response` Cisco DNA Center, `rows`
 * Snipe-IT, `items`, `data` (also a Shodan host's banners), `matches` Shodan search, `value`
 * OData: Microsoft Graph (Intune), `aps`, `switches`, `gateways` Aruba Central, `node` OpenNMS,
 * `hosts` Forescout's Web API, `objects` Claroty CTD, `list` Ruckus SmartZone's queries,
 * `hoststatus` Nagios XI's `objects/hoststatus`), the first one present.
 */
const LIST_KEYS: readonly string[] = ['devices', 'results', 'result', 'response', 'rows', 'items', 'data', 'matches', 'value', 'aps', 'switches', 'gateways', 'node', 'hosts', 'objects', 'list', 'hoststatus']
const LIST_KEY_SET: ReadonlySet<string> = new Set(LIST_KEYS)
/** What an answer without a device list is told. */
const NO_LIST = `the top-level object has no list of devices (a "${LIST_KEYS.join('", "')}" array)`
/**
 * The list of an export that names its list by its own word (`{"total": 2, "assets": [...]}`,
 * `{"records": [...]}`, `{"equipment": [...]}`): the one non-empty array of objects of an object
 * none of whose keys is a device field and that is no record of a tool's own shape, when its first
 * records have a device field. A record
 * without an id that lists its interfaces (`{"hostname": ..., "interfaces": [...]}`) is a device,
 * not a list. The path to the list, and the list; else undefined.
 */
function soleRecordList(value: Record<string, unknown>, nested = false, depth = 0): [string[], unknown[]] | undefined {
  // LeakIX's answer for a host, `{"Services": [...], "Leaks": [...]}` (its API's /host/{ip}, as
  // smicallef/spiderfoot, modules/sfp_leakix.py, reads it): its services, a device each; the leaks
  // are events of those services, whose summaries describe a leak, not the device. With both lists
  // filled it was refused as an answer without a device list.
  const services = value['Services']
  if (!nested && Array.isArray(services) && 'Leaks' in value && Object.keys(value).length === 2) return [['Services'], services]
  let found: string | undefined
  for (const k in value) {
    const v = value[k]
    if (!Array.isArray(v) || v.length === 0 || !v.every(isObject)) continue
    if (found !== undefined) return undefined
    found = k
  }
  // A GraphQL answer holds its query's list one level down: `{"data": {"device_list": [...]}}`
  // (NetBox's and Nautobot's GraphQL API); so does a search of Censys under `result`
  // (`{"result": {"hits": [...]}}`: its Platform API's, and its Search API v2's `{"code": 200,
  // "status": "OK", "result": {"query", "total", "hits": [...]}}`).
  if (found === undefined && !nested) {
    for (const key of ['data', 'result']) {
      if (!isObject(value[key])) continue
      const inner = soleRecordList(value[key], true, 1)
      return inner === undefined ? undefined : [[key, ...inner[0]], inner[1]]
    }
  }
  // Deeper, as the query nests its fields: Lansweeper's Data API answers `site(id) {
  // assetResources { total items } }` with `{"data": {"site": {"assetResources": {"total": n,
  // "pagination": {...}, "items": [...]}}}}` (DeskproApps/lansweeper, src/services/lansweeper/searchDevicesService.ts):
  // down the one object of each level, a few levels.
  if (found === undefined && nested && depth < 4) {
    let only: string | undefined
    for (const k in value) {
      if (!isObject(value[k])) continue
      if (only !== undefined) return undefined
      only = k
    }
    if (only === undefined) return undefined
    const inner = soleRecordList(value[only] as Record<string, unknown>, true, depth + 1)
    return inner === undefined ? undefined : [[only, ...inner[0]], inner[1]]
  }
  if (found === undefined || hasOwnShape(value) || describesItself(value)) return undefined
  for (const k in value) if (resolveColumn(k) !== undefined) return undefined
  // Its records describe devices: one of the first has a device field besides an id (a policy's
  // `rules` or a report's `findings` are no device list).
  const list = value[found] as Record<string, unknown>[]
  // (or in a section of their own: Lansweeper's items keep theirs under `assetBasicInfo` and `assetCustom`)
  const devices = list.slice(0, 10).some((r) => Object.keys(r).some((k) => k !== 'id' && resolveColumn(k) !== undefined) || hasOwnShape(r) || describesItself(r))
  return devices ? [[found], list] : undefined
}

/**
 * Whether a record names its own maker or serial number in a section of its own, one level down:
 * Datto RMM's device audit (`GET /v2/audit/device/{deviceUid}`: `{"portalUrl", "systemInfo":
 * {"manufacturer", "model", ...}, "nics": [{"ipv4", "macAddress", ...}], "bios": {"serialNumber",
 * ...}, "baseBoard": {...}}`: DattoRMM.Core's DRMMDeviceAudit, its SystemInfo, Nics, Bios and
 * BaseBoard, https://www.powershellgallery.com/packages/DattoRMM.Core/0.6.0/Content/en-US%5Cabout_DRMMDeviceAudit.help.txt). Such a record is one device, with the MACs of its interfaces: its `nics` were
 * taken for the list of an answer, each interface a device without its maker, model and serial.
 */
function describesItself(value: Record<string, unknown>): boolean {
  for (const k in value) {
    const section = value[k]
    if (!isObject(section)) continue
    for (const field in section) {
      const target = resolveColumn(field)
      if (target?.kind === 'scalar' && (target.field === 'manufacturer' || target.field === 'serial') && typeof section[field] === 'string' && section[field] !== '') return true
    }
  }
  return false
}

/** The key that may hold an object of devices keyed by id instead of an array (Observium). */
const KEYED_KEY = 'devices'
/**
 * Keys of an object that hold an answer's list one level down: `_embedded` of a HAL
 * answer (JSON Hypertext Application Language: Aruba ClearPass answers `GET /api/endpoint` with
 * `{"_links": {...}, "_embedded": {"items": [...]}}`), Cisco ISE's `SearchResult` (its ERS
 * API answers `GET /ers/config/endpoint` with `{"SearchResult": {"total": n, "resources": [...]}}`)
 * Cisco Prime Infrastructure's `queryResponse` (`GET /webacs/api/v4/data/Devices.json?.full=true`:
 * `{"queryResponse": {"@count": n, "entity": [...]}}`) and Zabbix's `zabbix_export`, the hosts
 * exported as JSON from its host list (`{"zabbix_export": {"version": "5.4", "date": ..., "hosts":
 * [{"host": ..., "name": ..., "groups": [...]}]}}`, as Zabbix's own API tests import one:
 * zabbix/zabbix, ui/tests/api_json/testConfiguration.php), each with its `inventory`, and
 * ManageEngine Endpoint Central's `message_response` (its API v1.4 answers `GET
 * /api/1.4/som/computers` with `{"message_type": "computers", "message_response": {"computers":
 * [...], "total", "limit", "page"}, "status": "success"}`: dannyota/hotpot,
 * pkg/ingest/meec/computer/client.go).
 */
const WRAPPER_KEYS: readonly string[] = ['_embedded', 'SearchResult', 'queryResponse', 'zabbix_export', 'message_response']
const WRAPPER_KEY_SET: ReadonlySet<string> = new Set(WRAPPER_KEYS.map((k) => k.toLowerCase()))
/**
 * List keys read under a wrapper key only: `resources` names many things at the top of other JSON
 * (a Terraform state's), which hold no devices; `entity` is Prime Infrastructure's, `computers`
 * and `scancomputers` Endpoint Central's (its computers, and those of its inventory scans).
 */
const WRAPPED_LIST_KEY_SET: ReadonlySet<string> = new Set(['resources', 'entity', 'computers', 'scancomputers'])

/**
 * A line of a scanner's log, which `2>&1` saves among its results: ProjectDiscovery's tools
 * (httpx, naabu, nuclei: its gologger writes `[INF] Current httpx version v1.9.0`, `[WRN] ...`,
 * `[ERR] ...`, `[FTL]`, `[DBG]`, `[VER]`) and the logrus logger of zgrab2 and other Go programs
 * (`INFO[0000] started grab at ...`). Each was an error of malformed JSON (and a first one made
 * the file a JSON array: `[INF]`).
 */
const TOOL_LOG_LINE = /^(?:\[(?:INF|WRN|ERR|FTL|DBG|VER)\] |(?:INFO|WARN|WARNING|ERRO|ERROR|DEBU|DEBUG|FATA|FATAL|TRAC|TRACE|PANI|PANIC)\[\d+\] )/
/** How much of a text tells a log line at its start. */
const LOG_PREFIX_LENGTH = 16

/** A line that is not JSON but is known to hold no device. */
const SKIP: unique symbol = Symbol('skip')

/**
 * A line that is not JSON as masscan before 1.3 wrote its records: a JSON object followed by a
 * comma (the value), or its closing `{finished: 1}` (SKIP); else undefined. Only lines that
 * `JSON.parse` refused come here.
 */
function recover(text: string): unknown {
  if (MASSCAN_END.test(text)) return SKIP
  const end = text.trimEnd()
  if (!end.endsWith(',')) return undefined
  try {
    return JSON.parse(end.slice(0, -1))
  } catch {
    return undefined
  }
}

/** JSON Lines: one device object per line; blank lines are skipped. */
export class JsonLinesParser implements RowParser {
  private buf = ''
  private line: number
  private readonly file: string
  /** A line of a scanner's log was met (see `TOOL_LOG_LINE`): said once. */
  private logged = false

  /** `line`: the line the text starts on (a later part of a file read elsewhere). */
  constructor(file: string, line = 1) {
    this.file = file
    this.line = line
  }

  /** The text held back (an incomplete last line) and the line it starts on. */
  get held(): { text: string; line: number } {
    return { text: this.buf, line: this.line }
  }

  push(chunk: string, sink: RowSink): void {
    this.buf = this.buf === '' ? chunk : this.buf + chunk
    this.scan(false, sink)
  }

  end(sink: RowSink): void {
    this.scan(true, sink)
  }

  private scan(final: boolean, sink: RowSink): void {
    const { buf, file } = this
    const n = buf.length
    let pos = 0
    let line = this.line
    while (pos < n) {
      let nl = buf.indexOf('\n', pos)
      if (nl === -1) {
        if (!final) break
        nl = n
      }
      const text = buf.slice(pos, nl)
      if (text.length > 0 && !(isSpace(text.charCodeAt(0)) && text.trim() === '')) {
        let value: unknown
        let ok = true
        try {
          value = JSON.parse(text)
        } catch (err) {
          ok = false
          const fixed = text.trim() === '' ? undefined : recover(text)
          if (fixed === undefined && TOOL_LOG_LINE.test(text)) {
            if (!this.logged) sink.diagnostics.push({ code: 'log_line_skipped', severity: 'warning', at: { file, line }, text: text.trim() })
            this.logged = true
          } else if (fixed === undefined) reportJson(sink, file, text, line, 1, err)
          else if (fixed !== SKIP) {
            ok = true
            value = fixed
          }
        }
        if (ok) emit(sink, value, { file, line })
      }
      line++
      pos = nl + 1
    }
    this.buf = pos >= n ? '' : buf.slice(pos)
    this.line = line
  }
}

/**
 * A JSON array of devices, or an object whose `devices` key holds one, scanned incrementally.
 * Each element is parsed on its own, so one bad element gives one diagnostic and the scan goes on.
 */
export class JsonArrayParser implements RowParser {
  private readonly file: string
  /** `array`: the top-level value is the device array; `object`: it holds one under `devices`. */
  private readonly top: 'array' | 'object'
  private buf = ''
  /** Scan position in `buf`, and the line it is on. */
  private pos = 0
  private line = 1
  private depth = 0
  private inString = false
  private stringStart = -1
  /** The last string closed at depth 1 of an object (or 2, under a wrapper key): the key when a value opens. */
  private lastKey: string | undefined
  /** The scan is inside an object of the top-level object's under a wrapper key (see `WRAPPER_KEYS`). */
  private inWrapper = false
  /** Depth of the device array's elements once it is open; 0 before and after. */
  private elementDepth = 0
  /** The device list is an object of devices keyed by id (`{"devices": {"12": {...}}}`), and its `:` was read. */
  private keyed = false
  private afterColon = false
  /** The key of the member being read of a keyed device list. */
  private memberKey = ''
  private sawDevices = false
  private elementStart = -1
  private elementLine = 0
  private elementColumn = 0
  private lineStart = 0
  private closed = false
  /** Where the top-level value ended in `buf` (while it is held whole: see `startSequence`). */
  private closedAt = 0
  private trailingReported = false
  /**
   * Until a device list opens, a top-level object is held whole (up to WHOLE_LIMIT): with no list
   * in it, it may be one record itself (a Censys host as `censys view` prints it).
   */
  private holding: boolean
  /**
   * The column names of a table written as JSON, one array a row after an array of names (Checkmk's
   * views exported as JSON: `[["host", "inv_hardware_system_serial"], ["sw-1", "2102351234"]]`);
   * each later row is read as the object of its cells under those names.
   */
  private columns: string[] | undefined
  private elements = 0
  /**
   * The reader of the values after the first, once a second top-level value follows it: objects
   * written one after another, as `jq '.[]'` prints them, or API pages saved one after another.
   */
  private rest: JsonSequenceParser | undefined

  constructor(file: string, top: 'array' | 'object') {
    this.file = file
    this.top = top
    this.holding = top === 'object'
  }

  push(chunk: string, sink: RowSink): void {
    if (this.rest !== undefined) return this.rest.push(chunk, sink)
    this.buf += chunk
    this.scan(sink)
    if (this.rest !== undefined) return
    if (this.holding && (this.sawDevices || this.buf.length > WHOLE_LIMIT)) this.holding = false
    // Keep only what is still needed: the element being read, or the open string.
    const keep = this.holding ? 0 : this.elementStart >= 0 ? this.elementStart : this.inString ? this.stringStart : this.pos
    if (keep > 0) {
      this.buf = this.buf.slice(keep)
      this.pos -= keep
      this.lineStart -= keep
      if (this.elementStart >= 0) this.elementStart -= keep
      if (this.stringStart >= 0) this.stringStart -= keep
    }
  }

  end(sink: RowSink): void {
    if (this.rest !== undefined) return this.rest.end(sink)
    this.scan(sink)
    // (the scan may have started a sequence: `rest` is read again, past the narrowing above)
    const rest = this.rest as JsonSequenceParser | undefined
    if (rest !== undefined) return rest.end(sink)
    const { file } = this
    // A file cut short after a whole device, before the `,` or `]` that would end it: the device is read.
    if (this.elementStart >= 0 && !this.inString && this.depth === this.elementDepth) this.element(this.buf.length, sink)
    if (this.elementStart >= 0 || this.depth > 0 || this.inString) {
      const line = this.elementStart >= 0 ? this.elementLine : this.line
      // Before a device list opens, what is cut short is the top-level object (a single record).
      const open = this.top === 'object' && !this.sawDevices ? 'object' : 'array'
      sink.diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file, line }, problem: `Unexpected end of JSON input: the ${open} is never closed`, cutShort: true })
    } else if (this.top === 'object' && !this.sawDevices && this.closed) this.finishObject(this.buf.slice(0, this.closedAt), sink)
  }

  /** The top-level object read whole (`text`), which held no device list: one record, or an error. */
  private finishObject(text: string, sink: RowSink): void {
    const { file } = this
    const failed = this.holding ? heldObject(text, (v) => apiError(v) !== undefined) : undefined
    if (failed !== undefined) return reportApiError(sink, apiError(failed.value)!, { file, line: failed.line })
    // A list key holding one record rather than a list (see `SINGLE_KEY` and `listAt`), which the
    // scan does not open: before a record read whole, which would read it one level down, as a
    // section of an answer, without its own id.
    const single = this.holding ? heldObject(text, holdsSingleRecord) : undefined
    if (single !== undefined) return emit(sink, single.value, { file, line: single.line })
    const record = this.holding ? wholeRecord(text) : undefined
    if (record !== undefined) return row(sink, record.value, { file, line: record.line })
    const sole = this.holding ? heldObject(text, holdsSoleList) : undefined
    if (sole !== undefined) return emit(sink, sole.value, { file, line: sole.line })
    sink.diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file, line: 1 }, problem: NO_LIST, wellFormed: true })
  }

  /**
   * A second top-level value begins at `i`: the first is finished (an object held whole is read as
   * one record or page, as at the end of a file), and the rest of the text goes to a reader of
   * values one after another.
   */
  private startSequence(i: number, sink: RowSink): void {
    if (this.top === 'object' && !this.sawDevices) {
      // Read as one value when alone, each object of a sequence is a record, whether or not it has an id.
      const text = this.buf.slice(0, this.closedAt)
      const first = this.holding ? parsedValue(text) : undefined
      if (first !== undefined && isObject(first)) emitValue(sink, first, { file: this.file, line: lineOf(text, text.search(/\S/)) })
      else this.finishObject(text, sink)
    }
    this.rest = new JsonSequenceParser(this.file, this.line, i - this.lineStart + 1)
    const tail = this.buf.slice(i)
    this.buf = ''
    this.pos = 0
    this.rest.push(tail, sink)
  }

  private element(end: number, sink: RowSink): void {
    const text = this.buf.slice(this.elementStart, end).trimEnd()
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (err) {
      if (!MASSCAN_END.test(text)) reportJson(sink, this.file, text, this.elementLine, this.elementColumn, err)
      this.elementStart = -1
      return
    }
    this.elementStart = -1
    // An attribute of a collection written from XML (`"@uri"`, `"@size"`: see `scan`) is no device.
    if (this.keyed && this.memberKey.startsWith('@') && !isObject(value)) return
    if (this.top === 'array' && Array.isArray(value)) {
      if (this.elements++ === 0 && value.length > 0 && value.every((v) => typeof v === 'string')) {
        this.columns = value as string[]
        return
      }
      if (this.columns !== undefined) value = tableRow(this.columns, value)
    } else this.elements++
    row(sink, value, { file: this.file, line: this.elementLine })
  }

  private scan(sink: RowSink): void {
    const buf = this.buf
    const n = buf.length
    let i = this.pos
    while (i < n) {
      if (this.inString) {
        const q = buf.indexOf('"', i)
        if (q === -1) {
          i = n
          break
        }
        let backslashes = 0
        for (let k = q - 1; k > this.stringStart && buf.charCodeAt(k) === BACKSLASH; k--) backslashes++
        i = q + 1
        if (backslashes % 2 === 1) continue
        this.inString = false
        if (this.top === 'object' && (this.depth === 1 || (this.depth === 2 && this.inWrapper))) this.lastKey = buf.slice(this.stringStart + 1, q)
        else if (this.keyed && !this.afterColon && this.depth === this.elementDepth) this.memberKey = buf.slice(this.stringStart + 1, q)
        continue
      }
      const c = buf.charCodeAt(i)
      if (c === LF) {
        this.line++
        this.lineStart = i + 1
      } else if (!isSpace(c)) {
        if (this.closed) {
          if (c === OPEN_BRACE || c === OPEN_BRACKET) return this.startSequence(i, sink)
          if (c !== COMMA && !this.trailingReported) {
            this.trailingReported = true
            sink.diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file: this.file, line: this.line, column: i - this.lineStart + 1 }, problem: 'text after a JSON value (each value is an object or an array)', between: true })
          }
        } else {
          if (this.elementDepth !== 0 && this.depth === this.elementDepth) {
            if (c === COMMA || c === (this.keyed ? CLOSE_BRACE : CLOSE_BRACKET)) {
              if (this.elementStart >= 0) this.element(i, sink)
              if (c === COMMA) {
                this.afterColon = false
                i++
                continue
              }
              this.elementDepth = 0
            } else if (this.keyed && c === OPEN_BRACKET && this.elementStart < 0) {
              // `devices` as JSON written from XML holds its `device` elements as an array, beside
              // the collection's attributes (Junos Space: `{"devices": {"@uri": …, "@size": "2",
              // "device": [...]}}`): the array is the device list.
              this.keyed = false
              this.elementDepth = this.depth + 1
            } else if (this.keyed && !this.afterColon) {
              // A key of a keyed device list: its string is read below; the device follows its `:`.
              if (c === COLON) {
                this.afterColon = true
                i++
                continue
              }
            } else if (this.elementStart < 0) {
              this.elementStart = i
              this.elementLine = this.line
              this.elementColumn = i - this.lineStart + 1
            }
          }
          if (c === QUOTE) {
            this.inString = true
            this.stringStart = i
          } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (this.depth === 0) {
              if (this.top === 'array') this.elementDepth = 1
            } else if (this.top === 'object' && (this.depth === 1 || (this.depth === 2 && this.inWrapper)) && this.lastKey !== undefined && !this.sawDevices) {
              const key = this.lastKey.toLowerCase()
              if (c === OPEN_BRACKET ? LIST_KEY_SET.has(key) || (this.inWrapper && WRAPPED_LIST_KEY_SET.has(key)) : key === KEYED_KEY) {
                this.sawDevices = true
                this.elementDepth = this.depth + 1
                this.keyed = c === OPEN_BRACE
              } else if (this.depth === 1 && c === OPEN_BRACE && (WRAPPER_KEY_SET.has(key) || PAGE_KEY_SET.has(key))) this.inWrapper = true
            }
            this.depth++
          } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            this.depth--
            if (this.depth === 1) this.inWrapper = false
            if (this.depth <= 0) {
              this.depth = 0
              this.closed = true
              this.closedAt = i + 1
            }
          }
        }
      }
      i++
    }
    this.pos = i
  }
}

/** The value of a JSON text, or undefined when it is not JSON. */
function parsedValue(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** One top-level value of a sequence: an array's elements are devices; an object is a device or an answer's page (see `emit`). */
function emitValue(sink: RowSink, value: unknown, at: SourceLocation): void {
  if (Array.isArray(value)) value.forEach((d, i) => row(sink, d, { ...at, path: [i] }))
  else emit(sink, value, at)
}

/**
 * JSON values one after another, each over as many lines as it takes: the objects `jq '.[]'` (or
 * `jq '.results[]'`) prints without `-c`, or API pages a loop of `curl` saved into one file. Each
 * value is held whole while it is read, so a value is as big as memory allows; a `,` between two
 * values (an array's inside, copied without its brackets) is skipped. `line`, `column`: where the
 * text starts in the file.
 */
export class JsonSequenceParser implements RowParser {
  private readonly file: string
  private buf = ''
  private pos = 0
  private line: number
  private lineStart: number
  private depth = 0
  private inString = false
  private stringStart = -1
  private valueStart = -1
  private valueLine = 0
  private valueColumn = 0
  /** A stray text between values was reported: the next is reported only after a value is read. */
  private strayReported = false

  constructor(file: string, line = 1, column = 1) {
    this.file = file
    this.line = line
    this.lineStart = 1 - column
  }

  push(chunk: string, sink: RowSink): void {
    this.buf = this.buf === '' ? chunk : this.buf + chunk
    this.scan(sink)
    const keep = this.valueStart >= 0 ? this.valueStart : this.pos
    if (keep > 0) {
      this.buf = this.buf.slice(keep)
      this.pos -= keep
      this.lineStart -= keep
      if (this.valueStart >= 0) this.valueStart -= keep
      if (this.stringStart >= 0) this.stringStart -= keep
    }
  }

  end(sink: RowSink): void {
    this.scan(sink)
    if (this.valueStart >= 0) {
      sink.diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file: this.file, line: this.valueLine, column: this.valueColumn }, problem: `Unexpected end of JSON input: the ${this.buf.charCodeAt(this.valueStart) === OPEN_BRACE ? 'object' : 'array'} is never closed`, cutShort: true })
    }
  }

  private scan(sink: RowSink): void {
    const buf = this.buf
    const n = buf.length
    let i = this.pos
    while (i < n) {
      if (this.inString) {
        const q = buf.indexOf('"', i)
        if (q === -1) {
          // Line breaks inside a string are malformed JSON, which the value's parse reports; they are counted all the same.
          for (let k = buf.indexOf('\n', i); k !== -1; k = buf.indexOf('\n', k + 1)) {
            this.line++
            this.lineStart = k + 1
          }
          i = n
          break
        }
        for (let k = buf.indexOf('\n', i); k !== -1 && k < q; k = buf.indexOf('\n', k + 1)) {
          this.line++
          this.lineStart = k + 1
        }
        let backslashes = 0
        for (let k = q - 1; k > this.stringStart && buf.charCodeAt(k) === BACKSLASH; k--) backslashes++
        i = q + 1
        if (backslashes % 2 === 0) this.inString = false
        continue
      }
      const c = buf.charCodeAt(i)
      if (c === LF) {
        this.line++
        this.lineStart = i + 1
      } else if (c === QUOTE) {
        if (this.depth === 0) this.stray(i, sink)
        this.inString = true
        this.stringStart = i
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.depth++ === 0) {
          this.valueStart = i
          this.valueLine = this.line
          this.valueColumn = i - this.lineStart + 1
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (this.depth === 0) this.stray(i, sink)
        else if (--this.depth === 0) {
          this.value(buf.slice(this.valueStart, i + 1), sink)
          this.valueStart = -1
        }
      } else if (this.depth === 0 && !isSpace(c) && c !== COMMA) this.stray(i, sink)
      i++
    }
    this.pos = i
  }

  private value(text: string, sink: RowSink): void {
    this.strayReported = false
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (err) {
      reportJson(sink, this.file, text, this.valueLine, this.valueColumn, err)
      return
    }
    emitValue(sink, value, { file: this.file, line: this.valueLine })
  }

  private stray(i: number, sink: RowSink): void {
    if (this.strayReported) return
    this.strayReported = true
    sink.diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file: this.file, line: this.line, column: i - this.lineStart + 1 }, problem: 'text after a JSON value (each value is an object or an array)', between: true })
  }
}

/** A row of a table written as JSON as the object of its cells under the column names (see `JsonArrayParser.columns`). */
function tableRow(columns: readonly string[], cells: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  columns.forEach((name, i) => {
    if (i < cells.length && !(name in out)) out[name] = cells[i]
  })
  return out
}

/** Text of a top-level object held whole, at most, to read it as one record (see `JsonArrayParser.holding`). */
const WHOLE_LIMIT = 16 << 20

/**
 * The top-level object of a text held whole (see `JsonArrayParser.holding`) when `accepts` takes
 * it, and the line it starts on; else undefined.
 */
function heldObject(text: string, accepts: (value: Record<string, unknown>) => boolean): { value: Record<string, unknown>; line: number } | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  return isObject(value) && accepts(value) ? { value, line: lineOf(text, text.search(/\S/)) } : undefined
}

/** An answer whose list key holds its one record (Nagios XI before 5.7, Kaseya VSA: see `listAt`). */
const holdsSingleRecord = (value: Record<string, unknown>): boolean => deviceList(value) !== undefined

/** An answer whose one list of records is under a key of its own (see `soleRecordList`). */
const holdsSoleList = (value: Record<string, unknown>): boolean => soleRecordList(value) !== undefined

/** The 1-based line of a position in a text. */
function lineOf(text: string, position: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) line++
  return line
}

/**
 * A top-level object with no device list that is one record itself (it has an id, or it is a
 * record of a tool read in its own shape, lldpd's neighbour table, a device's facts as NAPALM
 * or Ansible gather them, the answer of another of NAPALM's getters (napalm.ts), or a record that names its maker or serial in a section, see
 * `describesItself`), with the line it starts on;
 * else undefined.
 */
function wholeRecord(text: string): { value: Record<string, unknown>; line: number } | undefined {
  let value: unknown
  try {
    value = unwrapRecord(JSON.parse(text))
  } catch {
    return undefined
  }
  if (!isObject(value) || !('id' in value || hasOwnShape(value) || isLldpdOutput(value) || isNapalmAnswer(value) || isNetworkFacts(value) || describesItself(value))) return undefined
  // A JSON-RPC answer without a result (an error) is no device either.
  if (Object.keys(value).every((k) => RPC_KEYS.has(k))) return undefined
  return { value, line: lineOf(text, text.search(/\S/)) }
}

/**
 * Picks the JSON flavour from the start of the text: `[` is an array. `{` is a `{"devices": [...]}`
 * or `{"results": [...]}` document (a NetBox or other REST API page, whose `count`, `next` and
 * `previous` may come first) when such a key opens it; else JSON Lines when its first line is a
 * whole JSON value (or, past a malformed first line, its second is), and a document otherwise (an
 * object pretty-printed over several lines). Until it can tell, it holds the text back.
 */
export class JsonAutoParser implements RowParser {
  private readonly file: string
  private readonly linesOnly: boolean
  private inner: RowParser | undefined
  private held = ''

  /** With `linesOnly`, the text is JSON Lines whatever it starts with. */
  constructor(file: string, linesOnly = false) {
    this.file = file
    this.linesOnly = linesOnly
  }

  push(chunk: string, sink: RowSink): void {
    const entries = this.entriesOf(sink)
    if (this.inner !== undefined) return this.inner.push(chunk, entries)
    this.held += chunk
    const inner = this.choose(false)
    if (inner !== undefined) this.start(inner, entries)
  }

  end(sink: RowSink): void {
    const entries = this.entriesOf(sink)
    if (this.inner === undefined) this.start(this.choose(true) ?? new JsonLinesParser(this.file), entries)
    this.inner?.end(entries)
    entries.flush()
  }

  /** The entries of NAPALM's address tables, gathered by MAC (see `AddressEntrySink`). */
  private entries: AddressEntrySink | undefined

  private entriesOf(sink: RowSink): AddressEntrySink {
    this.entries ??= new AddressEntrySink(sink)
    return this.entries
  }

  private start(inner: RowParser, sink: RowSink): void {
    this.inner = inner
    const held = this.held
    this.held = ''
    inner.push(held, sink)
  }

  private choose(final: boolean): RowParser | undefined {
    const text = this.held
    let i = 0
    while (i < text.length && isSpace(text.charCodeAt(i))) i++
    // The `ansible` command's output: `<host> | SUCCESS => {`, its result's JSON on the lines after.
    if (i < text.length && text.charCodeAt(i) !== OPEN_BRACE && text.charCodeAt(i) !== OPEN_BRACKET) {
      const nl = text.indexOf('\n', i)
      if (nl === -1 && !final && text.length - i <= MAX_HOLD) return undefined
      if (isAnsibleOutputStart(text.slice(i, nl === -1 ? text.length : nl))) return new AnsibleOutputParser(this.file)
    }
    if (this.linesOnly) {
      // JSON Lines, unless its first line opens an object or array it does not close: objects
      // pretty-printed one after another (`jq '.[]'` without `-c`), read as the JSON reader reads them.
      const nl = text.indexOf('\n', i)
      if (nl === -1 && !final && text.length - i <= MAX_HOLD) return undefined
      const first = text.slice(i, nl === -1 ? text.length : nl).trim()
      if (first !== '{' && first !== '[') return new JsonLinesParser(this.file)
    }
    if (i >= text.length) return final ? new JsonLinesParser(this.file) : undefined
    const c = text.charCodeAt(i)
    // A scanner's log line first (`[INF] Current httpx version ...`), its results one a line after it.
    if (c === OPEN_BRACKET && text.length - i < LOG_PREFIX_LENGTH && !final) return undefined
    if (c === OPEN_BRACKET && TOOL_LOG_LINE.test(text.slice(i, i + LOG_PREFIX_LENGTH))) return new JsonLinesParser(this.file)
    if (c === OPEN_BRACKET) return new JsonArrayParser(this.file, 'array')
    if (c !== OPEN_BRACE) return new JsonLinesParser(this.file)
    // A CycloneDX BOM is one document whose devices are found in its whole (see cyclonedx.ts).
    const bom = isCycloneDxStart(text.slice(i, i + 8192), final)
    if (bom === undefined) return undefined
    if (bom) return new CycloneDxParser(this.file)
    const start = DOCUMENT_START.exec(text.slice(i, i + 4096))
    // (an object with an id before its list is a device, not a document, unless it is a JSON-RPC answer)
    if (start !== null && (!/"id"\s*:/.test(start[0]) || RPC_START.test(start[0]))) return new JsonArrayParser(this.file, 'object')
    // Whole lines decide: the first, and the second when the first is not a JSON value.
    const lines: string[] = []
    let at = i
    while (lines.length < 2) {
      const nl = text.indexOf('\n', at)
      if (nl === -1) {
        if (!final && text.length - i <= MAX_HOLD) return undefined
        if (at < text.length) lines.push(text.slice(at))
        break
      }
      if (text.slice(at, nl).trim() !== '') lines.push(text.slice(at, nl))
      at = nl + 1
      if (lines.length === 1 && isJsonValue(lines[0]!)) break
    }
    const [first, second] = lines
    if (first === undefined) return new JsonLinesParser(this.file)
    // masscan before 1.3: one record a line, each followed by a comma, and no `[`.
    if (!isJsonValue(first) && recover(first) !== undefined) return new JsonLinesParser(this.file)
    if (isJsonValue(first)) {
      // One document on one line: `{"meta": ..., "devices": [...]}`.
      const value = JSON.parse(first) as Record<string, unknown>
      return isDocument(value) && deviceList(value) !== undefined
        ? new JsonArrayParser(this.file, 'object')
        : new JsonLinesParser(this.file)
    }
    return second !== undefined && second.trimStart().startsWith('{') && isJsonValue(second)
      ? new JsonLinesParser(this.file)
      : new JsonArrayParser(this.file, 'object')
  }
}

/** The start of a JSON-RPC answer whose id comes first (FortiManager): `{"id": 1, "result": [`. */
const RPC_START = /^\{\s*"id"\s*:\s*(?:\d+|"[^"]*")\s*,\s*"result"\s*:\s*\[$/

/** Text held back, at most, to see the first lines of a JSON inventory whole. */
const MAX_HOLD = 1 << 20

/** `{"devices": [` or another list key, after any keys of plain values (`count`, `next`, `jsonrpc`, `status`, ...) of an API answer. */
const DOCUMENT_START = new RegExp(
  '^\\{\\s*(?:"(?:[^"\\\\]|\\\\.)*"\\s*:\\s*(?:-?\\d+(?:\\.\\d+)?|null|true|false|"(?:[^"\\\\]|\\\\.)*")\\s*,\\s*)*' +
  `(?:"(?:${LIST_KEYS.join('|')})"\\s*:\\s*\\[|"${KEYED_KEY}"\\s*:\\s*\\{)`,
  'i',
)

function isJsonValue(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
