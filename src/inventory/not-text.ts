/**
 * Recognises an inventory that is not text before its bytes are read as rows: a compressed file,
 * a spreadsheet workbook, UTF-16 text or other binary data would otherwise come out as a stream of
 * "unknown column" and malformed-row diagnostics full of mangled characters.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { TrustpathError } from '../errors.js'
import { lineEndsOf } from '../util/line-ends.js'
import { DOT_HEAD, GML_GRAPH, isPajekStart, isRepetitaStart, isSndlibNativeStart, looksLikeContainerlab, looksLikeCytoscapeJson, looksLikeGns3 } from '../topology/import/text-starts.js'
import { yamlKindOf, yamlTopLevelKeys } from '../util/yaml-kind.js'
import { looksLikeFlows } from '../topology/import/flows.js'
import { isOspfDatabaseStart } from '../topology/import/ospf-database.js'
import { isIsisDatabaseStart } from '../topology/import/isis-database.js'
import { isCommandOutputStart } from './cli-output.js'

/** Characters of the start of a file looked at. */
const SAMPLE = 4096

/**
 * What the start of a file (decoded as UTF-8, invalid bytes as U+FFFD) says it is when it is not
 * text, or undefined for text.
 *
 * @example
 * notTextKind('\u001f\ufffd\b\u0000...') // 'gzip'
 */
export function notTextKind(start: string): 'gzip' | OtherCompression | 'zip' | 'tar' | 'ole' | 'pcap' | 'utf16' | 'utf32' | 'legacy' | 'nul' | 'binary' | undefined {
  if (start.startsWith('\u001f\ufffd')) return 'gzip'
  for (const [kind, test] of OTHER_COMPRESSIONS) if (test.test(start)) return kind
  if (PCAP_STARTS.some((p) => start.startsWith(p)) || PCAPNG_START.test(start)) return 'pcap'
  // An empty archive is its directory's end alone (PK\x05\x06), NUL bytes that would pass for UTF-16.
  if (start.startsWith('PK\u0003\u0004') || start.startsWith('PK\u0005\u0006')) return 'zip'
  // A tar archive (a folder of captures or backups packed, `.tar.gz` once decompressed): the magic
  // field of its first header, `ustar` and a NUL (POSIX) or two spaces (GNU) at byte 257 (GNU tar's
  // manual, "Basic Tar Format"), after NUL padding; looked for a little before, as a name with
  // letters beyond ASCII (2 bytes, 1 character) moves it.
  if (/\u0000ustar(?:\u0000| {2})/.test(start.slice(TAR_MAGIC_AT - 100, TAR_MAGIC_AT + 8))) return 'tar'
  // The signature D0 CF 11 E0 A1 B1 1A E1 of an OLE compound file (an Excel 97-2003 .xls), as
  // UTF-8 decoding leaves it; its header is mostly NUL bytes, which would read as UTF-16.
  if (start.startsWith('\ufffd\ufffd\u0011\u0871\u001a')) return 'ole'
  const n = Math.min(start.length, SAMPLE)
  let nul = 0
  /** NUL characters at odd places: UTF-16 of ASCII puts all of its NULs on one side. */
  let oddNul = 0
  /** Characters other than NUL by their place modulo 4: UTF-32 of ASCII puts them all on one. */
  const placed = [0, 0, 0, 0]
  let control = 0
  let invalid = 0
  /** Characters beyond ASCII that did decode. */
  let decoded = 0
  for (let i = 0; i < n; i++) {
    const c = start.charCodeAt(i)
    if (c === 0) {
      nul++
      oddNul += i & 1
      continue
    }
    placed[i & 3]!++
    if (c === 0xfffd) invalid++
    else if (c >= 0x80) decoded++
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) control++
  }
  // UTF-16 text of ASCII characters has a NUL beside every other character, all on one side;
  // a program or a capture has runs of NULs, on both.
  // UTF-32 of ASCII: three NULs beside each character (read as UTF-16 when its byte order mark
  // passed for UTF-16's, a NUL beside each), as iconv -t UTF-32 writes it.
  if (start.startsWith('\ufeff\u0000') || start.startsWith('\u0000\u0000\ufffd\ufffd') || (nul > 0 && nul >= n / 2 && Math.max(...placed) >= 0.9 * (n - nul))) return 'utf32'
  if (nul > 0 && nul >= n / 3 && Math.max(oddNul, nul - oddNul) >= 0.9 * nul) return 'utf16'
  // Text with a stray NUL or two (a field a database or a serial console padded): text, but no
  // reader takes a NUL as a character; the line it is on is the place to fix.
  if (nul > 0 && nul <= MAX_STRAY_NULS && control <= n / 100 && invalid <= n / 100) return 'nul'
  if (nul > 0 || control > n / 20) return 'binary'
  // Text with many bytes that are not UTF-8 but no control characters: a legacy code page. So is
  // text whose bytes that are not UTF-8 outnumber twice the characters that are (a few words of
  // GBK among ASCII, where a byte pair passes for a UTF-8 character): read as UTF-8, its words
  // would turn to U+FFFD unseen. UTF-8 with a stray byte has more characters than strays.
  if (invalid > n / 10 || (invalid >= 3 && invalid > 2 * decoded)) return 'legacy'
  return undefined
}

/** Where a tar header's magic field starts (the name, mode, owner, size... fields come first). */
const TAR_MAGIC_AT = 257

/** Compressions other than gzip, which trustpath does not decompress (see `OTHER_COMPRESSIONS`). */
type OtherCompression = 'bzip2' | 'xz' | 'zstd'

/**
 * The starts of files compressed otherwise than with gzip (logrotate and tar compress with these
 * too), as UTF-8 decoding (or Windows-1252's, for bytes that are not UTF-8) leaves them: bzip2's
 * `BZh`, its block size 1-9 and the block magic 31 41 59 26 53 59 (`1AY&SY`); xz's header magic
 * FD 37 7A 58 5A 00 (the .xz file format, 2.1.1.1); zstd's frame magic 0xFD2FB528, little-endian
 * (RFC 8878, 3.1.1).
 */
const OTHER_COMPRESSIONS: readonly (readonly [OtherCompression, RegExp])[] = [
  ['bzip2', /^BZh[1-9]1AY&SY/],
  ['xz', /^[\ufffd\u00fd]7zXZ\u0000/],
  ['zstd', /^\([\ufffd\u00b5]\/[\ufffd\u00fd]/],
]

/** NUL characters in the start of a text that is otherwise text: more are binary data. */
const MAX_STRAY_NULS = 8

/**
 * The starts of a libpcap capture (tcpdump -w, Wireshark's "pcap"), as UTF-8 decoding leaves
 * them: the magic number A1B2C3D4 (microseconds) or A1B23C4D (nanoseconds), little- or
 * big-endian, then the format's major version 2 (libpcap's pcap-savefile(5)).
 */
const PCAP_STARTS = ['\ufffd\u00f2\ufffd\u0002\u0000', '\ufffd\ufffd\ufffd\ufffd\u0000\u0002', 'M<\ufffd\ufffd\u0002\u0000', '\ufffd\ufffd<M\u0000\u0002']

/**
 * A pcapng capture (Wireshark's default): its Section Header Block, type 0A0D0D0A, then the
 * block's length and the byte-order magic 1A2B3C4D in either order (the pcapng specification,
 * IETF draft-ietf-opsawg-pcapng, section 4.1).
 */
const PCAPNG_START = /^\n\r\r\n[^]{1,4}(?:M<\+\u001a|\u001a\+<M)/

/** The topology formats read, as messages that refuse a file or ask for a topology list them. */
export const TOPOLOGY_FORMATS = 'GraphML, GML, DOT, GEXF, XGMML, JSON, a CSV link list, an edge list, a Pajek network, SNDlib, REPETITA, BRITE, Inet, LGL, a containerlab, GNS3, EVE-NG, Kathará or CML lab, a neighbour table, an IS-IS or OSPF database (show isis database detail, show ip ospf database router, show ospf database router extensive) or NetBox\'s cables'

/**
 * The files trustpath reads as text, by the role messages name them with: the formats each may be
 * in, and whether people keep it in a spreadsheet (so that Excel's way of saving it as UTF-8 CSV
 * is the fix to suggest, rather than an editor's).
 */
const ROLES = {
  inventory: { formats: 'CSV, an Excel workbook (.xlsx), JSON, JSON Lines, an nmap or masscan scan, a Nessus scan, a Greenbone report, a Nexpose report, Qualys results, a CycloneDX BOM, an SNMP walk, a neighbour table or an address table (ARP, MAC address table, DHCP leases)', spreadsheet: true },
  policy: { formats: 'YAML', spreadsheet: false },
  'sites file': { formats: 'CSV or JSON', spreadsheet: true },
  'cost table': { formats: 'CSV', spreadsheet: true },
  schedule: { formats: 'CSV', spreadsheet: true },
  topology: { formats: TOPOLOGY_FORMATS, spreadsheet: false },
  'node list': { formats: 'CSV', spreadsheet: true },
  'flow list': { formats: 'CSV or JSON, nfdump\'s CSV (nfdump -r file -o csv) Zeek\'s conn.log (TSV or JSON) or an AWS VPC flow log', spreadsheet: true },
  'prefix table': { formats: 'CSV', spreadsheet: true },
  'site map': { formats: 'CSV', spreadsheet: true },
  'interconnect file': { formats: 'CSV', spreadsheet: true },
  'query list': { formats: 'plain text, one MAC, OID, model number or banner a line', spreadsheet: false },
  file: { formats: undefined, spreadsheet: false },
} as const satisfies Record<string, { formats: string | undefined; spreadsheet: boolean }>

/** The role of a text file, as messages name it (`the policy is UTF-16 text`). */
export type TextFileRole = keyof typeof ROLES

type NotText = NonNullable<ReturnType<typeof notTextKind>>

/** What a file that is not text is, and how to make it the text the role needs. */
function explain(kind: NotText, what: TextFileRole): { is: string; hint: string } {
  const { formats, spreadsheet } = ROLES[what]
  const asText = formats === undefined ? 'Pass the file as UTF-8 text.' : `Pass the ${what} as UTF-8 text (${formats}).`
  // Windows PowerShell's ">" and Out-File write UTF-16LE unless told otherwise: the usual way a
  // hand-made or generated YAML, JSON or XML file comes to be UTF-16.
  const editor = 'in an editor: the encoding choice of "Save as"; from Windows PowerShell: Out-File -Encoding utf8 rather than ">"'
  switch (kind) {
    case 'gzip':
      return {
        is: 'gzip-compressed',
        // trustpath and the library's read functions decompress a gzip file as they read it: only
        // text handed to a parse function comes here compressed.
        hint: what === 'inventory' ? 'Decompress the bytes first (zlib.gunzipSync); trustpath and readInventory decompress a file themselves, as they read it.'
          : 'Decompress the bytes first (zlib.gunzipSync); trustpath and the library\'s read functions (readTopology, readFlows, readInterconnect) decompress a file themselves.',
      }
    case 'bzip2':
    case 'xz':
    case 'zstd': {
      // The tools' own ways to decompress, keeping the file: bzip2 -dk, xz -dk; zstd keeps it unless told --rm.
      const decompress = kind === 'zstd' ? 'zstd -d FILE' : `${kind} -dk FILE`
      const stream = kind === 'zstd' ? 'zstd -dc FILE' : `${kind} -dc FILE`
      return {
        is: `${kind}-compressed (trustpath decompresses gzip only)`,
        hint: what === 'inventory' ? `Decompress it first (${decompress}), or stream it in: ${stream} | trustpath ... -` : `Decompress it first (${decompress}), or compress it with gzip instead.`,
      }
    }
    case 'tar':
      return {
        is: 'a tar archive',
        hint: what === 'inventory' ? 'Extract it (tar -xf FILE) and give the folder it holds: a folder is read file by file, compressed files too.' : `Extract it (tar -xf FILE) and pass the ${what} in it.`,
      }
    case 'zip':
      // readInventory reads a workbook by its bytes: an inventory's text that is a zip came through the library's parse functions.
      if (what === 'inventory') {
        return { is: 'a zip archive (an Excel .xlsx workbook is one)', hint: 'Give a workbook\'s bytes to parseWorkbookInventory, or its path to readInventory, which tells a workbook by its bytes; or save the sheet as CSV (UTF-8).' }
      }
      return spreadsheet
        ? { is: 'a zip archive (an Excel .xlsx workbook is one)', hint: `Save the sheet as CSV (UTF-8), or unzip the archive and pass the ${what} in it.` }
        : { is: 'a zip archive', hint: `Unzip the archive and pass the ${what} in it.` }
    case 'utf32':
      return { is: 'UTF-32 text', hint: 'Save it as UTF-8 (in an editor: the encoding choice of "Save as"; or iconv -f UTF-32 -t UTF-8 FILE).' }
    case 'utf16':
      return {
        is: 'UTF-16 text',
        hint: spreadsheet
          ? 'Save it as UTF-8 (in Excel: "CSV UTF-8"; in an editor: the encoding choice of "Save as"; or iconv -f UTF-16 -t UTF-8 FILE).'
          : `Save it as UTF-8 (${editor}; or iconv -f UTF-16 -t UTF-8 FILE).`,
      }
    case 'legacy':
      return {
        is: 'text in an encoding other than UTF-8 (a Windows code page such as 1252, 1251 or GBK?)',
        // The code page is the one the file was written in, which only its writer knows for sure.
        hint: spreadsheet
          ? 'Save it as UTF-8 (in Excel: "CSV UTF-8"; in an editor: the encoding choice of "Save as"; or iconv -f <its code page: WINDOWS-1252, WINDOWS-1251, GBK, SHIFT_JIS...> -t UTF-8 FILE).'
          : 'Save it as UTF-8 (in an editor: the encoding choice of "Save as"; or iconv -f <its code page: WINDOWS-1252, WINDOWS-1251, GBK, SHIFT_JIS...> -t UTF-8 FILE).',
      }
    case 'ole':
      // Excel also wraps a workbook saved with a password to open in an OLE compound file (MS-OFFCRYPTO).
      return {
        is: 'an Excel 97-2003 workbook (.xls), a workbook saved with a password, or another OLE compound file, not text',
        hint: what === 'inventory' ? 'Save it as an Excel workbook (.xlsx) without a password, or the sheet as CSV (in Excel: "CSV UTF-8").'
          : spreadsheet ? 'Save the sheet as CSV (in Excel: "CSV UTF-8").' : asText,
      }
    case 'pcap':
      return {
        is: 'a packet capture (pcap or pcapng), not text',
        hint: what === 'inventory'
          ? 'Give the addresses it holds as text: in Wireshark, Statistics > Endpoints, the Ethernet tab, Copy > as CSV, saved to a file; ' +
            'or tshark -r FILE -T fields -E header=y -E separator=, -e eth.src -e eth.dst > addresses.csv (docs/inventory.md, Wireshark\'s endpoint tables).'
          : asText,
      }
    case 'nul':
      return { is: 'text with a NUL byte in it, which no text file holds', hint: "Remove the NUL bytes (tr -d '\\000' < FILE > NEW_FILE) and check the line named, or export the file again." }
    case 'binary':
      return { is: 'binary data, not text', hint: asText }
  }
}

/**
 * Throws `input_invalid` when the start of `file` says it is not text; `what` names the file's
 * role in the message (`inventory`, `topology`, ...) and picks the hint that fits it (Excel's
 * "CSV UTF-8" for a table, an editor's encoding for a policy).
 */
export function assertText(start: string, file: string, what: TextFileRole = 'inventory'): void {
  const kind = notTextKind(start)
  if (kind === undefined) return
  const { is, hint } = explain(kind, what)
  // The line of the first NUL, counted as the readers count lines (a CR alone ends one in a file whose first line break is one).
  const at: SourceLocation = kind === 'nul' ? { file, line: start.slice(0, start.indexOf('\u0000')).split(lineEndsOf(start) === 'cr' ? /\r\n?/ : '\n').length } : { file }
  throw new TrustpathError('input_invalid', `the ${what} is ${is}`, { at, hint })
}

/** An optional first line of a saved session: the prompt and the command (`sw1#show cdp neighbors`, `<HUAWEI>display lldp neighbor brief`). */
const PROMPT_LINE = '(?:[^\\n]*[#>\\]][^\\n]*\\n)?'

/**
 * The short neighbour tables, told by their first lines (after a session's prompt line, if any):
 * they give a name and a port per neighbour, nothing of its maker, and are refused as inventories
 * and as topologies with the detailed command to run (whose output is read as both).
 */
const SHORT_NEIGHBOR_TABLES: readonly { test: RegExp; what: string; hint: string }[] = [
  // Two layouts: `Local Interface  Exptime(s)  Neighbor Interface  Neighbor Device`, and the
  // S-series switches' `Local Intf  Neighbor Dev  Neighbor Intf  Exptime(s)` (`Exptime` in older
  // versions), which `display cdp neighbor brief` prints too.
  { test: new RegExp(`^${PROMPT_LINE}\\s*(?:Local Interface\\s+Exptime\\(s\\)\\s+Neighbor Interface\\s+Neighbor Device|Local Intf\\s+Neighbor Dev\\s+Neighbor Intf\\s+Exptime\\b)`), what: "Huawei's short neighbour table (display lldp neighbor brief)", hint: 'Save the output of display lldp neighbor (without brief) instead: it gives each neighbour\'s chassis MAC, system name and description.' },
  // H3C Comware's (and HPE's Comware switches') `display lldp neighbor-information list`: a legend of
  // the agents' marks (`Chassis ID : * -- -- Nearest nontpmr bridge neighbor`), then `System Name
  // Local Interface  Chassis ID  Port ID` (`System Name` last on some releases). Its legend's first
  // line passed for the `Chassis id:` of Cisco's detailed table: a neighbour named by the legend.
  { test: new RegExp(`^${PROMPT_LINE}\\s*(?:Chassis ID\\s*:\\s*\\*\\s*--\\s*--\\s*Nearest nontpmr bridge neighbou?r|System Name\\s+Local Interface\\s+Chassis ID\\s+Port ID|Local Interface\\s+Chassis ID\\s+Port ID\\s+System Name)\\b`, 'i'), what: "H3C Comware's short neighbour table (display lldp neighbor-information list)", hint: 'Save the output of display lldp neighbor-information verbose instead: it gives each neighbour\'s chassis id, system name and description.' },
  { test: new RegExp(`^${PROMPT_LINE}\\s*Capability Codes: R - Router[\\s\\S]*?\\n\\s*Device[ -]ID\\s+Local Intrfce\\s+Holdtme\\s+Capability\\s+Platform\\s+Port ID`), what: "Cisco's short CDP neighbour table (show cdp neighbors)", hint: 'Save the output of show cdp neighbors detail instead: it gives each neighbour\'s platform, software version and addresses.' },
  // Junos's `show lldp neighbors`, with a `Parent Interface` column on the switches and in later
  // releases, after the login banner (`--- JUNOS 11.2R1.10 built ...`) and `{master:0}` lines a
  // saved session may hold: the detail is printed per interface.
  { test: /^(?:[^\n]*\n){0,3}?[^\S\n]*Local Interface\s+(?:Parent Interface\s+)?Chassis Id\s+Port info\s+System Name\b/, what: "Junos's short neighbour table (show lldp neighbors)", hint: 'Save the output of show lldp neighbors interface <interface> for each interface instead: it gives each neighbour\'s chassis id, system name and description.' },
  // NX-OS's `show lldp neighbors detail` starts with the same header, followed by a blank line and the entries.
  { test: new RegExp(`^${PROMPT_LINE}\\s*Capability codes:\\s*\\n\\s*\\(R\\) Router[\\s\\S]*?\\n\\s*Device ID\\s+Local Intf\\s+Hold-time\\s+Capability\\s+Port ID[^\\n]*\\n(?=[^\\S\\n]*\\S)(?![^\\S\\n]*Chassis id)`), what: "Cisco's short LLDP neighbour table (show lldp neighbors)", hint: 'Save the output of show lldp neighbors detail instead: it gives each neighbour\'s chassis id, system name and description.' },
]

/**
 * Text outputs of scanners and tools that are not inventories, told by their first lines, each
 * with what to pass instead: read as CSV they gave an "unknown column" warning for the tool's
 * banner line and a missing id column, which says nothing of what to do.
 */
/** What to do with a list of identifiers given as an inventory. */
const LOOKUP_LIST_HINT = 'trustpath lookup --from FILE tells what each line names, one a line; to check devices, give an inventory of them ' +
  '(a CSV such as id,sys_object_id or id,banner_ssh, one device a row).'

const OTHER_OUTPUTS: readonly { test: RegExp; what: string; hint: string }[] = [
  // Walks are read (see snmpwalk.ts), but not with -Ov, which prints values without the OIDs that say what they are.
  { test: /^(?:STRING|Hex-STRING|OID|INTEGER|Timeticks|Gauge32|Counter32|IpAddress): /, what: 'an snmpwalk output printed with -Ov (values without their OIDs)', hint: 'Walk again without -Ov, e.g. snmpwalk -v2c -c public HOST system > walk.txt: trustpath reads sysDescr, sysObjectID and the other objects by their OIDs.' },
  ...SHORT_NEIGHBOR_TABLES,
  // Lists of what `lookup --from` reads, one identifier a line, with no device: read as a CSV, the
  // first was a header of unknown columns and a missing id column; as a walk, one device of them all.
  {
    test: /^\s*\.?1\.3\.6\.1(?:\.\d+)+[^\S\r\n]*(?:\r?\n[^\S\r\n]*\.?1\.3\.6\.1(?:\.\d+)+[^\S\r\n]*)*(?:\r?\n\s*)?$|^\s*\.?1\.3\.6\.1(?:\.\d+)+[^\S\r\n]*\r?\n[^\S\r\n]*\.?1\.3\.6\.1(?:\.\d+)+[^\S\r\n]*\r?\n/,
    what: 'a list of SNMP object identifiers, one a line', hint: LOOKUP_LIST_HINT,
  },
  { test: /^\s*SSH-\d\.\d+-[^\s,;|]*(?:[ \t][^\r\n]*)?\r?(?:\n|$)/, what: 'a list of SSH banners (or one captured banner)', hint: LOOKUP_LIST_HINT },
  // Angry IP Scanner's IP:Port list (IPListExporter, angryip/ipscan: `address:port`, a line per open
  // port, `.lst`): addresses and ports, nothing of any device's maker.
  {
    test: /^\s*\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}[^\S\r\n]*(?:\r?\n|$)(?:[^\S\r\n]*(?:\d{1,3}(?:\.\d{1,3}){3}:\d{1,5})?[^\S\r\n]*(?:\r?\n|$))*$/,
    what: 'a list of addresses and ports (address:port, one a line: Angry IP Scanner\'s IP:Port list), which names no maker',
    hint: 'Export the scan as CSV or XML instead (Angry IP Scanner: Scan > Export all, with the MAC Address and Web detect fetchers chosen), or give a scan of the services\' banners (nmap -sV -oX).',
  },
  // FOFA's search API (/api/v1/search/all) answers `{"error": false, "size": …, "page": 1, "mode":
  // "extended", "query": …, "results": [["1.2.3.4", "22", …], …]}`, each result the values of the
  // `fields` asked for, in their order, without their names (projectdiscovery/uncover,
  // sources/agent/fofa/response.go): read as devices, each result was an error of its own.
  {
    test: /^\s*\{(?=[\s\S]*"mode"\s*:\s*"\w+")(?=[\s\S]*"query"\s*:)(?=[\s\S]*"results"\s*:\s*\[\s*\[)/,
    what: 'FOFA\'s search answer, whose results are values without the names of their fields',
    hint: 'Put the fields the search asked for (its fields=, in their order) before the results as a first row, and read that table: jq \'[["ip","port","protocol","banner"]] + .results\' answer.json > fofa.json. Ask for banner (and server, title) to have what each service sent.',
  },
]

/**
 * A policy's first key (after comments, a `---` document start or a `%YAML` directive): one of the
 * top-level keys of docs/policy.schema.json, at the start of a line and followed by a colon, which
 * no CSV header or scanner output has. A policy written as JSON starts `{"version": 1, "rules"`.
 */
const POLICY_START = /^(?:[^\S\n]*(?:#[^\n]*)?\n|---[^\n]*\n|%[^\n]*\n)*(?:version|effective|lists|sites|rules|exemptions)[^\S\n]*:(?:\s|$)|^\s*\{\s*"version"\s*:\s*\d+\s*,\s*"(?:effective|lists|sites|rules|exemptions)"\s*:/

/** Whether the start of a file is a policy's (see `POLICY_START`). */
export function isPolicyStart(start: string): boolean {
  return POLICY_START.test(start.slice(start.charCodeAt(0) === 0xfeff ? 1 : 0, SAMPLE))
}

/**
 * A JSON topology: an object whose `nodes`, `links` or `edges` list comes after nothing but simple
 * values (NetworkX's `"directed": false, "multigraph": false, "graph": {}`, trustpath's
 * `"network": "op-de"`). Read as an inventory it was one device without an id.
 */
const JSON_TOPOLOGY_START = /^\s*\{\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*(?:-?\d+(?:\.\d+)?|null|true|false|"(?:[^"\\]|\\.)*"|\{[^{}]*\})\s*,\s*)*"(?:nodes|links|edges)"\s*:\s*\[/

/** Batfish's `layer1_topology.json`: an `edges` list whose first edge starts with its `node1`, a `hostname` and an `interfaceName`. */
const BATFISH_LAYER1_START = /^\s*\{\s*"edges"\s*:\s*\[\s*\{\s*"node1"\s*:\s*\{\s*"(?:hostname|interfaceName)"\s*:/

/** `JSON_TOPOLOGY_START`, unless an `id` or a `name` comes first at the top level: that object is a device (a line of JSON Lines). */
function isJsonTopologyStart(head: string): boolean {
  const m = JSON_TOPOLOGY_START.exec(head)
  return m !== null && !/"(?:id|name)"\s*:/.test(m[0].replace(/\{[^{}]*\}/g, '{}'))
}

/**
 * The hint for Zabbix's host export in YAML (its default) or XML (here and in xml-scan.ts): the same
 * export in JSON is read (Data collection > Hosts > Export offers YAML, XML and JSON, saved as
 * zabbix_export_hosts.yaml, .xml and .json: Zabbix manual, 4 Hosts,
 * https://www.zabbix.com/documentation/current/manual/xml_export_import/hosts).
 */
export const ZABBIX_EXPORT_HINT = 'Export the hosts again as JSON (Data collection > Hosts, mark them, Export > JSON: zabbix_export_hosts.json), which is read with each host\'s inventory.'

/** The hint for a topology given as the inventory (here and in xml-scan.ts). */
export const TOPOLOGY_HINT = 'A topology goes with -t (--topology) of trustpath exposure or plan (trustpath exposure -t network.graphml -i INVENTORY -p policy.yaml); give an inventory here.'

/** The hint for a NetBox export that is not the device list: which export is wanted, and where the cables go. */
const NETBOX_DEVICES_HINT = 'Give NetBox\'s device list: in NetBox, Devices > Devices, then Export; or the API\'s /api/dcim/devices/?limit=0 (see docs/inventory.md#which-file-do-i-give).'

/** The normalized cells of the first line of a CSV text (`Termination A` → `termination_a`), skipping Excel's `sep=` line. */
function csvHeaderCells(head: string): Set<string> {
  const lines = head.split('\n', 3)
  const line = (/^\s*sep=.?\r?$/.test(lines[0] ?? '') ? lines[1] : lines[0]) ?? ''
  return new Set(line.split(/[,;\t|]/).map((c) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase().replace(/[\s-]+/g, '_')))
}

/**
 * NetBox's (and Nautobot's) cable list: the API answer (`a_terminations`, or `termination_a_type`
 * before NetBox 3.3), the CSV import format (`side_a_device`), or the table exported from the UI
 * (NetBox 4's default columns `ID,Label,Termination A,Termination B,Status,Type`; before 3.3,
 * `Side A`). Read as an inventory, every cable became a device named by its status.
 */
function isNetboxCables(head: string): boolean {
  if (/^\s*[{[]/.test(head)) return /"(?:a_terminations|termination_a_type)"\s*:/.test(head)
  const cells = csvHeaderCells(head)
  return cells.has('side_a_device') || (cells.has('termination_a') && cells.has('termination_b'))
}

/**
 * NetBox's (and Nautobot's) interface list: the API answer, whose objects nest their `device` and
 * carry `mgmt_only`, which a device has not; or the CSV of the interface table (default columns
 * `Device,Name,Label,Enabled,Type,Description`) or of the import format (`device,name,type,enabled,
 * mgmt_only,...`). Read as an inventory, every interface with a MAC became a device named by its port.
 */
function isNetboxInterfaces(head: string): boolean {
  if (/^\s*[{[]/.test(head)) return /"mgmt_only"\s*:/.test(head) && /"device"\s*:\s*\{/.test(head)
  const cells = csvHeaderCells(head)
  return cells.has('device') && cells.has('name') && ['enabled', 'mgmt_only', 'management_only', 'mtu', 'lag'].some((c) => cells.has(c))
}

/**
 * A list of sites or networks as JSON: its records carry a time zone (TP-Link Omada's sites,
 * `{"siteId", "name", "region", "timeZone", "scenario"}`: its Open API's site list; Meraki's
 * networks, `{"id", "organizationId", "name", "productTypes", "timeZone"}`: its Dashboard API's
 * getOrganizationNetworks; NetBox's sites,
 * `"time_zone"`), and nothing of a device's: no MAC, serial number, model or address. Read as an
 * inventory, each site became a device named after it, without a word.
 */
function isSiteList(head: string): boolean {
  return /^\s*[{[]/.test(head) && /"(?:timeZone|time_zone|timezone)"\s*:/.test(head) &&
    !/"(?:[\w-]*(?:mac|serial|model|ip_?address|hostname)[\w-]*|ip|sn)"\s*:/i.test(head)
}

/**
 * A list of the wireless networks a survey heard, each by its BSSID and network name and nothing of
 * a device's (no host name, model or serial number): runZero's wireless export
 * (`/export/org/wireless.json`, `.jsonl` or `.csv`: `{"id", "essid", "bssid", "type":
 * "infrastructure", "authentication", "vendor", "family", ...}`, its Export API), airodump-ng's CSV
 * (`BSSID, First time seen, ..., ESSID, Key`). Its networks are the access points in radio range,
 * the neighbours' too; read as an inventory, each became a device whose model was its network type
 * and whose maker was the survey's reading of the BSSID.
 */
function isWirelessSurvey(head: string): boolean {
  if (/^\s*[{[]/.test(head)) {
    return /"bssid"\s*:/i.test(head) && /"e?ssid"\s*:/i.test(head) &&
      !/"(?:[\w-]*(?:serial|model|hostname)[\w-]*|name|sn|mac|mac_?address)"\s*:/i.test(head)
  }
  const cells = csvHeaderCells(head)
  return cells.has('bssid') && (cells.has('essid') || cells.has('ssid')) &&
    !['name', 'hostname', 'model', 'serial', 'serial_number', 'mac', 'mac_address'].some((c) => cells.has(c))
}

/**
 * runZero's service export (`/export/org/services.json` or `.jsonl`): one record per service, each
 * with its own `id` and the fields of its asset repeated beside its `service_asset_id`
 * (`{"service_id", "service_asset_id", "service_address", "service_port", ..., "id": <the
 * service's>, "names", "macs", ...}`, as the runZero integration's test data holds it). Read as an
 * inventory, an asset with eleven services became eleven devices.
 */
function isServiceList(head: string): boolean {
  return /^\s*[{[]/.test(head) && /"service_asset_id"\s*:/.test(head) && /"service_id"\s*:/.test(head)
}

/**
 * A list of interfaces as JSON, each naming its device by an id and its own SNMP ifIndex: Cisco
 * Catalyst Center's (`GET /dna/intent/api/v1/interface`: `{"response": [{"deviceId", "ifIndex",
 * "portName", "macAddress", "pid", "serialNo", ...}]}`, as cisco.dnac's Ansible modules show its
 * answer), LibreNMS's ports asked for the columns of its ports table (`/api/v0/ports?columns=
 * port_id,device_id,ifIndex,ifName,...`: `{"ports": [...]}`).
 * Read as an inventory, every port became a device with its switch's model and serial number.
 */
function isInterfaceList(head: string): boolean {
  return /^\s*[{[]/.test(head) && /"ifIndex"\s*:/.test(head) && /"(?:deviceId|device_id)"\s*:/.test(head)
}

/**
 * A list of links between devices as JSON, each with a `from` and a `to` end that is an object
 * (Ubiquiti UISP's data links, `GET /nms/api/v2.1/data-links`: `{"id", "from": {"device":
 * {"identification": {...}}, "site": ...}, "to": {...}, "type": "wireless", ...}`, as
 * nycmeshnet/meshdb types them from UISP's Swagger file). Read as an inventory, each link became a
 * device named by its id, whose model was the link's type.
 */
function isLinkList(head: string): boolean {
  return /^\s*[{[]/.test(head) && /"from"\s*:\s*\{/.test(head) && /"to"\s*:\s*\{/.test(head)
}

/** A JSON string, as the patterns below skip over one. */
const JSON_STRING = '"(?:[^"\\\\]|\\\\.)*"'

/**
 * The first record of `identify --format json` or `jsonl` (also pretty-printed by jq): an `id`,
 * then, past other simple values, `group`, `confidence` and the `evidence` list in that order.
 */
const OWN_ATTRIBUTIONS_JSON = new RegExp(`^\\s*\\[?\\s*\\{\\s*"id"\\s*:\\s*${JSON_STRING}(?:${JSON_STRING}|[^"{}\\[\\]])*?"group"\\s*:\\s*(?:${JSON_STRING}|null)\\s*,\\s*"confidence"\\s*:\\s*-?[\\d.]+\\s*,\\s*"evidence"\\s*:\\s*\\[`)

/** `check --format json` (its `findings` list) or the first finding of `--format jsonl`. */
const OWN_FINDINGS_JSON = new RegExp(`^\\s*\\{\\s*(?:"findings"\\s*:\\s*\\[|"rule"\\s*:\\s*${JSON_STRING}\\s*,\\s*"deviceId"\\s*:)`)

/**
 * trustpath's own results, told by their start: read as an inventory, the manufacturer that
 * identify or check concluded came back as a declared one (a MAC's guess counted as the owner's
 * word), and in a folder read with them the devices of the captures beside it were skipped as
 * repeated ids.
 */
const OWN_OUTPUTS: readonly { test: (head: string) => boolean; what: string }[] = [
  {
    test: (h) => OWN_ATTRIBUTIONS_JSON.test(h) || (!/^\s*[{[]/.test(h) && ['id', 'manufacturer', 'group', 'confidence', 'evidence', 'conflicts'].every((c) => csvHeaderCells(h).has(c))),
    what: 'trustpath identify\'s output (attributions)',
  },
  {
    test: (h) => OWN_FINDINGS_JSON.test(h) || (!/^\s*[{[]/.test(h) && ['device', 'rule', 'severity', 'matched_group', 'evidence'].every((c) => csvHeaderCells(h).has(c))),
    what: 'trustpath check\'s output (findings)',
  },
]

/** `plan --schedule`'s CSV: a `device` column and `phase` or `not_before`, and no other. */
function isSchedule(head: string): boolean {
  if (/^\s*[{[<]/.test(head)) return false
  const cells = [...csvHeaderCells(head)].filter((c) => c !== '')
  return cells.includes('device') && (cells.includes('phase') || cells.includes('not_before')) && cells.every((c) => c === 'device' || c === 'phase' || c === 'not_before')
}

/**
 * Files that trustpath reads through another option, told by their start, each with the option:
 * read as an inventory, a policy gave an "unknown column" warning for `version: 1` and a missing id
 * column, and a GML topology a malformed row for each quoted label. XML topologies (GraphML, GEXF,
 * SNDlib XML) are told by their root element, in xml-scan.ts. `instead` is what the file is not,
 * where that says more than "an inventory" (NetBox's cable list is not its device list).
 */
const OTHER_INPUTS: readonly { test: (head: string) => boolean; what: string; instead?: string; hint: string }[] = [
  { test: (h) => POLICY_START.test(h), what: 'a policy file', hint: 'A policy goes with -p (--policy) of trustpath check, exposure or plan (trustpath check INVENTORY -p policy.yaml); give an inventory here.' },
  // A flow list (its header `src,dst,volume`) read as an inventory gave unknown columns and a missing id.
  { test: looksLikeFlows, what: 'a flow list (src, dst and volume)', hint: 'A flow list goes with --flows of trustpath exposure or plan (trustpath exposure -t network.graphml -i INVENTORY -p policy.yaml --flows flows.csv); give an inventory here.' },
  // DOT before GML, as the topology reader tells them: a DOT body may hold a `graph [...]` line.
  { test: (h) => DOT_HEAD.test(h), what: 'a topology in Graphviz DOT', hint: TOPOLOGY_HINT },
  { test: (h) => GML_GRAPH.test(h), what: 'a topology in GML', hint: TOPOLOGY_HINT },
  { test: isSndlibNativeStart, what: 'a topology in SNDlib\'s native format', hint: TOPOLOGY_HINT },
  // Before the JSON topologies, whose `edges` list it shares: each of its edges is a cable.
  { test: (h) => BATFISH_LAYER1_START.test(h), what: 'a topology in Batfish\'s layer-1 format (cables between hostnames)', hint: TOPOLOGY_HINT },
  { test: isJsonTopologyStart, what: 'a topology in JSON (nodes and links)', hint: TOPOLOGY_HINT },
  { test: isRepetitaStart, what: 'a topology in REPETITA\'s format', hint: TOPOLOGY_HINT },
  { test: (h) => /^\s*\{/.test(h) && looksLikeGns3(h), what: 'a GNS3 project (a lab topology)', hint: TOPOLOGY_HINT },
  { test: looksLikeCytoscapeJson, what: 'a topology in Cytoscape JSON', hint: TOPOLOGY_HINT },
  { test: isPajekStart, what: 'a topology in Pajek\'s format', hint: TOPOLOGY_HINT },
  // A router's link-state database (its prompt line a session's): read as command output, it gave
  // "no device could be read" and the commands read, which said nothing of what it is. A session
  // that starts with a command read here (show version, then the database) is read for it.
  { test: (h) => !isCommandOutputStart(h) && isOspfDatabaseStart(h), what: 'an OSPF link-state database (a topology of the area\'s routers and links)', hint: TOPOLOGY_HINT },
  { test: (h) => !isCommandOutputStart(h) && isIsisDatabaseStart(h), what: 'an IS-IS link-state database (a topology of the area\'s routers and links)', hint: TOPOLOGY_HINT },
  // After the policy test: a policy has no top-level `topology:` key.
  { test: (h) => !/^\s*[{[]/.test(h) && looksLikeContainerlab(h), what: 'a containerlab topology', hint: TOPOLOGY_HINT },
  {
    test: isNetboxCables, what: 'NetBox\'s cable list', instead: 'its device list',
    hint: `${NETBOX_DEVICES_HINT} The cables are a topology: they go with -t (--topology) of trustpath exposure or plan.`,
  },
  { test: isNetboxInterfaces, what: 'NetBox\'s interface list', instead: 'its device list', hint: NETBOX_DEVICES_HINT },
  {
    test: isLinkList, what: 'a list of links between devices (each with its "from" and "to" end)', instead: 'a device list',
    hint: 'Give the tool\'s list of devices (for Ubiquiti UISP /nms/api/v2.1/devices). Links between devices make a topology, which goes with -t (--topology) of trustpath exposure or plan in one of the formats of docs/topology.md#which-file-do-i-give.',
  },
  {
    test: isInterfaceList, what: 'a list of interfaces (each with its device\'s id and its ifIndex)', instead: 'a device list',
    hint: 'Give the tool\'s list of devices: for Cisco Catalyst Center /dna/intent/api/v1/network-device, for LibreNMS /api/v0/devices (see docs/inventory.md#which-file-do-i-give).',
  },
  {
    test: isServiceList, what: 'runZero\'s service export (one record per service, each repeating its asset)', instead: 'its asset export',
    hint: 'Give runZero\'s asset export (/export/org/assets.json, or Inventory > Export): one record per asset, with the services it runs.',
  },
  {
    test: isWirelessSurvey, what: 'a list of the wireless networks a survey heard (BSSID and network name, neighbours\' too)', instead: 'a device list',
    hint: 'Give the tool\'s list of devices: for runZero its asset export (/export/org/assets.json, or Inventory > Export); an access point of yours is in it with its MACs.',
  },
  {
    test: isSiteList, what: 'a list of sites or networks (each with a time zone, none with a MAC, serial number, model or address)', instead: 'a device list',
    hint: 'Give the tool\'s list of devices: for TP-Link Omada its Open API\'s /sites/{siteId}/devices (or /clients), for Cisco Meraki /organizations/{organizationId}/devices, for NetBox Devices > Devices, then Export.',
  },
  // Read as an inventory, each scheduled device became a device without a maker, and in a folder read
  // as one its id made the inventory's own row of that device a repeated one, skipped.
  { test: isSchedule, what: 'a replacement schedule (device, phase, not_before)', hint: 'A schedule goes with --schedule of trustpath plan (trustpath plan -i INVENTORY -p policy.yaml --schedule schedule.csv); give an inventory here.' },
]

/**
 * Throws `input_invalid` when the start of an inventory (its first chunk of text, a byte order mark
 * included) is not text (`assertText`), is the output of another tool (see `OTHER_OUTPUTS`) or is a
 * file that another option takes (a policy, a topology: see `OTHER_INPUTS`).
 */
export function assertInventory(start: string, file: string): void {
  assertText(start, file)
  const head = start.slice(start.charCodeAt(0) === 0xfeff ? 1 : 0, SAMPLE)
  for (const o of OTHER_OUTPUTS) {
    if (o.test.test(head)) throw new TrustpathError('input_invalid', `the inventory is ${o.what}, not an inventory`, { at: { file }, hint: o.hint })
  }
  for (const o of OWN_OUTPUTS) {
    if (o.test(head)) {
      throw new TrustpathError('input_invalid', `the inventory is ${o.what}, not an inventory`, {
        at: { file }, hint: 'Give the inventory it was made from (a result read back would count what trustpath concluded as what the inventory declares); to write the result to this file, give it with -o.',
      })
    }
  }
  // A YAML file of another tool (a Docker Compose file, a Kubernetes manifest...) before the
  // policy test: a Compose file may start with `version:` as a policy does.
  const keys = yamlTopLevelKeys(head)
  if (keys.includes('zabbix_export')) {
    throw new TrustpathError('input_invalid', 'the inventory is Zabbix\'s export in YAML (zabbix_export_hosts.yaml), which is not read', { at: { file }, hint: ZABBIX_EXPORT_HINT })
  }
  const yaml = yamlKindOf(keys)
  if (yaml !== undefined) {
    throw new TrustpathError('input_invalid', `the inventory is ${yaml} (YAML), not an inventory`, {
      at: { file }, hint: `Give an inventory: ${ROLES.inventory.formats}.`,
    })
  }
  for (const o of OTHER_INPUTS) {
    if (o.test(head)) throw new TrustpathError('input_invalid', `the inventory is ${o.what}, not ${o.instead ?? 'an inventory'}`, { at: { file }, hint: o.hint })
  }
}

/**
 * Throws `input_invalid` when a topology file is a short neighbour table (`show cdp neighbors`,
 * `display lldp neighbor brief`): read as a link list it gave missing `a` and `b` columns, or an
 * XML root `<HUAWEI>` for Huawei's prompt, which says nothing of the detailed command to run.
 */
export function assertNotShortNeighborTable(start: string, file: string): void {
  const head = start.slice(start.charCodeAt(0) === 0xfeff ? 1 : 0, SAMPLE)
  for (const o of SHORT_NEIGHBOR_TABLES) {
    if (o.test.test(head)) throw new TrustpathError('input_invalid', `the topology is ${o.what}, which is not read`, { at: { file }, hint: o.hint })
  }
}
