import type { BannerProtocol } from '../domain/device.js'
import { serviceProtocol } from '../inventory/nmap-host.js'
import { parseService, splitVersion } from '../inventory/nmap-text.js'
import { snmpValueText } from '../inventory/snmpwalk.js'

/**
 * A text copied from a tool's output with what the tool wrote around it, and the text itself:
 *
 * - `quoted`: a banner or sysDescr in the quotes of a JSON string, a log or a shell (`"SSH-2.0-ROSSSH"`,
 *   `'RouterOS CCR1036-12G-4S'`), read inside them (a JSON string's escapes turned back);
 * - `snmp_walk`: one line of snmpwalk or snmpget (`SNMPv2-MIB::sysDescr.0 = STRING: "..."`, or its
 *   value alone, `STRING: "..."`): the value, a Hex-STRING decoded; `object` is the object's name
 *   or OID as printed, `type` Net-SNMP's type (`STRING`, `Hex-STRING`, `OID`);
 * - `nmap_script`: a line of an nmap script's output under a port (`|_http-server-header: App-webs/`,
 *   `| banner: SSH-2.0-...`): its text, and for the scripts that capture what the device sent
 *   (`banner`, `http-server-header`, `http-title`, `snmp-sysdescr`) the banner's protocol and field;
 * - `nmap_port`: a port of nmap's normal output (`22/tcp open ssh Huawei VRP sshd (protocol 2.0)`)
 *   or grepable output (`22/open/tcp//ssh//Huawei VRP sshd/`): what -sV named, as `product` and the
 *   extra information in its last brackets, with the protocol of nmap's service name.
 */
export type PastedText =
  | { form: 'quoted'; text: string }
  | { form: 'snmp_walk'; object: string | undefined; type: 'STRING' | 'Hex-STRING' | 'OID'; sysDescr: boolean; text: string }
  | { form: 'nmap_port'; port: string; service: string; protocol: BannerProtocol; text: string; product: string; extrainfo?: string }
  | { form: 'nmap_script'; script: string; text: string; protocol?: BannerProtocol; field?: string }

/** `name = TYPE: value`, or `TYPE: value` alone (snmpwalk -Ov). */
const WALK_LINE = /^(?:([^\s=]+)\s*=\s*)?(STRING|Hex-STRING|OID):[ \t]*([\s\S]*)$/
/** sysDescr by name (any MIB module's, with or without its instance) or by OID (numeric or `iso.`). */
const SYS_DESCR = /(?:^|::)sysDescr(?:\.0)?$|^\.?(?:iso|1)\.3\.6\.1\.2\.1\.1\.1(?:\.0)?$/
/** A row of nmap's port table: port/protocol, state, service, then what -sV named (the VERSION column). */
const NMAP_ROW = /^(\d+\/(?:tcp|udp|sctp))[ \t]+((?:open|closed|filtered|unfiltered)(?:\|filtered)?)[ \t]+(\S+)(?:[ \t]+(.*))?$/
/** One port of nmap's grepable output: port/state/protocol/owner/service/rpc/version/. */
const NMAP_GREPABLE = /^(\d+)\/((?:open|closed|filtered|unfiltered)(?:\|filtered)?)\/(tcp|udp|sctp)\/[^/]*\/([^/]*)\/[^/]*\/([^/]*)\/,?$/
/** A line of a script's output in nmap's normal output: `| id: text` or `|_id: text` (the last one). */
const NMAP_SCRIPT = /^\|[ _]([A-Za-z0-9][\w.-]*): ([\s\S]+)$/
/** The scripts whose output is what the device sent, as the nmap readers take them (see `addScriptOutput`). */
const SCRIPT_BANNERS: Readonly<Record<string, { protocol?: BannerProtocol; field?: string }>> = {
  banner: {}, 'http-server-header': { protocol: 'http', field: 'server' }, 'http-title': { protocol: 'http', field: 'title' }, 'snmp-sysdescr': { protocol: 'snmp' },
}
/** Quotes a copied text may stand in: straight, typographic, backticks. */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [['"', '"'], ['\'', '\''], ['\u201c', '\u201d'], ['\u2018', '\u2019'], ['`', '`']]

/**
 * The text inside what a tool wrote around it, and what that was; undefined for a text that is not
 * one of these forms (it is then read as it is). Line ends and blanks around the whole are left
 * out first: a banner pasted with its `\r\n` is the same banner.
 *
 * @example
 * parsePastedText('SNMPv2-MIB::sysDescr.0 = STRING: "RouterOS CCR1036-12G-4S"')
 * // { form: 'snmp_walk', object: 'SNMPv2-MIB::sysDescr.0', type: 'STRING', sysDescr: true, text: 'RouterOS CCR1036-12G-4S' }
 */
export function parsePastedText(pasted: string): PastedText | undefined {
  const q = pasted.trim()
  const walk = WALK_LINE.exec(q)
  if (walk !== null) {
    const type = walk[2] as 'STRING' | 'Hex-STRING' | 'OID'
    const text = type === 'OID' ? walk[3]!.trim() : snmpValueText(type, walk[3]!)
    if (text === undefined || text === '') return undefined
    const object = walk[1]
    return { form: 'snmp_walk', object, type, sysDescr: object === undefined || SYS_DESCR.test(object), text }
  }
  const script = NMAP_SCRIPT.exec(q)
  if (script !== null) {
    const id = script[1]!
    // snmp-sysdescr adds the agent's uptime on a line of its own.
    const text = (id === 'snmp-sysdescr' ? script[2]!.replace(/\n\s*\|?_?\s*System uptime:[^\n]*$/, '') : script[2]!).trim()
    return { form: 'nmap_script', script: id, text, ...(SCRIPT_BANNERS[id] ?? {}) }
  }
  const row = NMAP_ROW.exec(q) ?? grepableRow(q)
  if (row !== null) {
    const service = parseService(row[3]!)
    const { product, extrainfo } = splitVersion((row[4] ?? '').trim())
    const text = [product, extrainfo].filter((s) => s !== undefined && s !== '').join(' ')
    return {
      form: 'nmap_port', port: row[1]!, service: row[3]!, protocol: serviceProtocol(service), text, product,
      ...(extrainfo !== undefined && extrainfo !== '' ? { extrainfo } : {}),
    }
  }
  const inner = unquoted(q)
  return inner === undefined || inner.trim() === '' ? undefined : { form: 'quoted', text: inner.trim() }
}

/** A grepable port in the shape of a normal row's groups: port/protocol, state, service, version. */
function grepableRow(q: string): string[] | null {
  const m = NMAP_GREPABLE.exec(q)
  if (m === null) return null
  // nmap writes a `/` of the service or version as `|`.
  return [q, `${m[1]}/${m[3]}`, m[2]!, m[4]!.replace(/\|/g, '/'), m[5]!.replace(/\|/g, '/')]
}

/** The text inside one pair of quotes around the whole; a JSON string's escapes are turned back. */
function unquoted(q: string): string | undefined {
  if (q.length < 2) return undefined
  if (q.startsWith('"') && q.endsWith('"')) {
    try {
      const value: unknown = JSON.parse(q)
      if (typeof value === 'string') return value
    } catch {
      // Not a JSON string (a quote inside it unescaped): the text between the quotes.
    }
  }
  const pair = QUOTE_PAIRS.find(([open, close]) => q.startsWith(open) && q.endsWith(close))
  return pair === undefined ? undefined : q.slice(pair[0].length, q.length - pair[1].length)
}
