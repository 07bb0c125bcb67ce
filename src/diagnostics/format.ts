import { IEEE_REGISTRY_FILES } from '../catalog/ieee-registry.js'
import type { OuiRegistry } from '../domain/evidence.js'
import type { Diagnostic, OspfDialect, SkippedRow, SourceLocation } from './diagnostic.js'
import { formatCount, pluralOf } from '../util/plural.js'
import { showControlsInLines } from '../util/text-width.js'
import { formatMbits } from '../report/mbits.js'
import { formatSpan } from '../util/span.js'

/** The id a scanner's export gives a service: an IPv4 or bracketed IPv6 address and a port, perhaps a report's tag (`10.0.0.7:22`, `[2001:db8::7]:443/http`). */
const SERVICE_ID = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[\dA-Fa-f:.]+\]):\d{1,5}(?:\/[\w-]+)?$/

/** The inventory formats, as a text in them starts (see `FORMAT_STARTS`). */
const FORMAT_WORDS: Readonly<Record<string, string>> = {
  nmap: "an nmap scan (its XML, or its normal or grepable output)", nessus: 'a Nessus scan (XML, or a Tenable CSV findings export with its plugin ID column)', json: 'JSON ({ or [)',
  jsonl: 'JSON Lines ({)', cyclonedx: 'a CycloneDX BOM (JSON or XML)', xlsx: 'an Excel workbook (.xlsx, .xlsm: a zip archive)',
}

/** The formats a text is read as when its start decides (an XML root then picks the scanner). */
const READ_WORDS: Readonly<Record<string, string>> = {
  csv: 'CSV', json: 'JSON', jsonl: 'JSON Lines', nmap: 'XML', snmpwalk: 'an SNMP walk', lldp: 'a neighbour table',
  masscan: "masscan's list", addresses: 'an address table', cli: "a device's command output",
}

/** The keys of a record named in a message at most; more only lengthen the line. */
const MAX_KEYS_SHOWN = 12

/** Qualys API errors of its concurrency limit (1960) and rate limit (1965): asking again later works (Qualys API, Appendix D). */
const QUALYS_LIMIT_ERRORS: ReadonlySet<string> = new Set(['1960', '1965'])

/** The command that prints the router LSAs an OSPF database is read from, by whose layout it is in. */
const OSPF_ROUTER_COMMAND: Readonly<Record<OspfDialect, string>> = {
  cisco: 'show ip ospf database router', junos: 'show ospf database router extensive', ospfv3: 'show ospfv3 database router',
  'frr-ospf6': 'show ipv6 ospf6 database router detail', 'junos-ospf3': 'show ospf3 database router extensive',
  huawei: 'display ospf lsdb router', nokia: 'show router ospf database detail',
}

/**
 * `file:line:column` (or as much of it as is known), plus a data path when there is one. A row of
 * a workbook's sheet is `file:sheet!row` (`assets.xlsx:Assets!12`), the sheet quoted as Excel
 * quotes it in a reference when its name is more than letters and digits (`'IP phones'!12`).
 */
export function formatLocation(at: SourceLocation): string {
  let s = at.file
  if (at.sheet !== undefined) {
    s += `:${/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(at.sheet) ? at.sheet : `'${at.sheet.replaceAll("'", "''")}'`}`
    if (at.line !== undefined) s += `!${at.line}`
    return s
  }
  if (at.line !== undefined) s += `:${at.line}`
  if (at.line !== undefined && at.column !== undefined) s += `:${at.column}`
  if (at.path && at.path.length > 0) s += ` (${formatPath(at.path)})`
  return s
}

/** A number of bytes in the largest unit that keeps it above 1: `1.5 GB`. */
function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB']
  let v = bytes
  let u = 0
  while (v >= 1000 && u < units.length - 1) { v /= 1000; u++ }
  return `${v.toLocaleString('en-US', { maximumFractionDigits: u === 0 ? 0 : 1 })} ${units[u]}`
}

/** Nodes offered for a name that names none, by label with the id beside it: `"NL" (Geant2012:0) or "BE" (Geant2012:1)`. */
function formatNodeSuggestions(suggestions: readonly { node: string; label?: string }[]): string {
  return suggestions.map((s) => (s.label === undefined ? quote(s.node) : `${quote(s.label)} (${s.node})`)).join(' or ')
}

function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

/** Quoted text is cut at this many characters: a file with no line breaks gave a 30 MB "column name". */
const MAX_QUOTED = 200

/** A command that prints the configuration, whole or abridged (`sh run`, `show running-config`, `display cur`, `display current-configuration`, SR OS's `admin display-config`). */
const SHOWS_CONFIGURATION = /^(?:sh\w*\s+(?:run\w*(?:-config\w*)?|startup-config|configuration)|dis\w*\s+(?:cur|sav)[\w-]*|admin\s+display-config)\s*$/i

/** What a skipped row declares: `Huawei NE40E-X8, MAC 00:e0:fc:12:34:56, serial "2102351"` (quoted where a file may hold anything). */
const skippedRowText = (r: SkippedRow): string =>
  [
    ...(r.manufacturer !== undefined || r.model !== undefined ? [[r.manufacturer, r.model].filter((x) => x !== undefined).map((x) => quote(x)).join(' ')] : []),
    ...(r.mac !== undefined ? [`MAC ${quote(r.mac)}`] : []),
    ...(r.serial !== undefined ? [`serial ${quote(r.serial)}`] : []),
  ].join(', ')

const quote = (s: string): string =>
  s.length > MAX_QUOTED ? `${JSON.stringify(s.slice(0, MAX_QUOTED))}… (${s.length.toLocaleString('en-US')} characters)` : JSON.stringify(s)
/** Whether node ids (`de:141`, `it:18`) belong to more than one network. */
const sharedAcrossNetworks = (ids: readonly string[]): boolean =>
  ids.every((id) => id.includes(':')) && new Set(ids.map((id) => id.split(':')[0])).size > 1

/** What to do about the YAML parser's errors that users commonly meet, by its error code. */
const YAML_FIXES: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  MULTIPLE_DOCS: 'A policy is one YAML document: remove the "---" line, or split the file.',
  DUPLICATE_KEY: 'Each key may appear once in a map: remove or rename the repeated one.',
  BAD_INDENT: 'Check the indentation of this line and the ones above: keys of one map start in the same column.',
  MISSING_CHAR: 'Check for an unclosed bracket or quote on this line or the ones above.',
  MULTILINE_IMPLICIT_KEY: 'Check the indentation of this line and the next: keys of one map start in the same column, and a "key: value" pair fits on one line.',
  BLOCK_AS_IMPLICIT_KEY: 'Check the indentation of this line and the next: keys of one map start in the same column.',
  UNEXPECTED_TOKEN: 'Check this line for a stray character, an unclosed bracket or a missing ": " after a key.',
  BAD_ALIAS: 'An alias (*name) must refer to an anchor (&name) defined above it: check the spelling of both.',
  BAD_MERGE: 'Put an anchor on a map of the shared settings (- &base { lists: [ndaa-889], effect: prohibit }) and merge it with <<: *base.',
  ALIAS_LIMIT: 'Write the values out instead of nesting aliases.',
  RESOURCE_EXHAUSTION: 'A policy nests a few levels (rules, their match, lists): look for brackets that are never closed or indentation that keeps growing.',
}

/** Why each file that users download instead of an IEEE registry cannot stand for one. */
const FOREIGN_REGISTRY_FILES: Readonly<Record<Extract<Diagnostic, { code: 'registry_format' }>['found'], (got: string, into: string, file: string, rows: number) => string>> = {
  empty: () => 'the file is empty, not an IEEE registry file (a download that failed?).',
  html: () => 'this is an HTML page, not an IEEE registry file (a browser saved the page instead of the file?).',
  redirect: (got) => `this is a server's redirection page (${quote(got)}), not an IEEE registry file: the address moved, and curl saves the page ` +
    'unless told to follow it (curl -L).',
  http_headers: (got) => /^\S+\s+2\d\d\b/.test(got)
    ? `the file starts with the headers of the server's answer (${quote(got)}), as curl -i and wget --save-headers keep them, not an IEEE registry file. Download it again without them (curl -o FILE URL).`
    : `the file holds the server's answer ${quote(got)}, a refusal or an error, not an IEEE registry file: the download failed.`,
  wireshark_manuf: () => "this is Wireshark's manuf file, not an IEEE registry file: it merges the registries, " +
    'so it cannot tell IAB from MA-S blocks or CID from MA-L assignments, and shortens some names.',
  nmap_mac_prefixes: () => "this is Nmap's nmap-mac-prefixes, not an IEEE registry file: it names no registry and shortens the names.",
  arp_scan_oui: () => "this is arp-scan's ieee-oui.txt (or its ieee-iab.txt), not an IEEE registry file: its get-oui keeps a prefix and a name of each block " +
    'but no registry, and its recent versions merge MA-L, MA-M, MA-S and IAB into one file (a 36-bit block there may be MA-S or IAB).',
  arp_scan_mac_vendor: () => "this is arp-scan's mac-vendor.txt, not an IEEE registry file: it holds the few MACs arp-scan names itself " +
    '(virtual machines, addresses the IEEE did not assign), not the registry.',
  systemd_hwdb: () => "this is systemd's hardware database of MAC blocks (20-OUI.hwdb), not an IEEE registry file: it merges the registries " +
    'and keeps a prefix and a name of each block, but no registry.',
  mac_prefix_list: (got) => `${quote(got)} is a MAC prefix and a name, as a tool or a library keeps its own list of makers (the cache of Python's ` +
    "mac_vendor_lookup, Wireshark's manuf without its comments), not an IEEE registry file: it names no registry.",
  vendor_csv: (got) => `${quote(got)} heads a MAC vendor list in CSV, as lookup services export their database, not an IEEE registry file ` +
    '(its header is "Registry,Assignment,Organization Name,Organization Address"): such a list is made from the registries, under its own names and dates.',
  json: () => 'this is JSON (a MAC vendor list as a library ships it or a lookup service exports it), not an IEEE registry file, ' +
    'which is CSV or text.',
  resaved: (got) => `${quote(got)} is the IEEE's header with its fields parted by semicolons or tabs: a spreadsheet saved the file again, ` +
    'and may have turned assignments that read as numbers into numbers. Pass the file as downloaded, not opened and saved.',
  // Microsoft KB Q66033, "XL: Hexadecimal Values Changed When Imported from .CSV File": 06E2 becomes 6.00E+02.
  resaved_numbers: (got, _into, _file, rows) => `assignment ${quote(got)}${rows > 1 ? ` (and ${formatCount(rows - 1, 'more row')} like it)` : ''} ` +
    'is a number as a spreadsheet writes it, not hex digits: the file was opened in a spreadsheet ' +
    'and saved again, which turned the assignments it read as numbers into numbers (001882 into 1882, 06E2... into 6.00E+02), and those blocks ' +
    'cannot be read back. Pass the file as downloaded, not opened and saved.',
  gzip: (_, into, file) => `the file is gzip-compressed, as a server may send it: decompress it first (gzip -dc ${file} > ${into}).`,
  zip: () => 'the file is a zip archive (an Excel workbook saved from the registry is one), not an IEEE registry file. Pass the file as downloaded.',
  xls: () => 'the file is an Excel 97-2003 workbook (.xls), not an IEEE registry file. Pass the file as downloaded.',
  utf16: (_, _into, file) => 'the file is UTF-16 text (a spreadsheet\'s "Unicode Text", or Windows PowerShell\'s ">"), while the IEEE writes its files in UTF-8. ' +
    `Pass the file as downloaded, or convert it (iconv -f UTF-16 -t UTF-8 ${file}).`,
  binary: () => 'the file is binary data (a program, a capture, an image...), not text: not an IEEE registry file. Pass the file as downloaded.',
  unknown: (got) => `${quote(got)} starts neither an IEEE registry CSV (header "Registry,Assignment,Organization Name,Organization Address") ` +
    'nor an IEEE registry text file (entries like "00-E0-FC   (hex)   HUAWEI TECHNOLOGIES CO.,LTD").',
}

/** The lists of MAC blocks that users have beside the IEEE's files, as said of one given for IANA's enterprise numbers. */
const MAC_BLOCK_LISTS = {
  wireshark_manuf: "Wireshark's manuf file, a list of MAC address blocks",
  nmap_mac_prefixes: "Nmap's nmap-mac-prefixes, a list of MAC address blocks",
  arp_scan_oui: "arp-scan's ieee-oui.txt, a list of MAC address blocks",
  arp_scan_mac_vendor: "arp-scan's mac-vendor.txt, a list of MAC addresses",
  systemd_hwdb: "systemd's hardware database of MAC blocks (20-OUI.hwdb)",
  json: 'JSON',
  mac_prefix_list: 'a list of MAC prefixes and names',
  vendor_csv: 'a MAC vendor list in CSV',
} as const satisfies Partial<Record<Extract<Diagnostic, { code: 'registry_format' }>['found'], string>>

/** What each XML root element that is no topology (or not the one a reader expects) is, and what to do. */
const TOPOLOGY_XML = 'a topology in XML is GraphML (<graphml>), GEXF (<gexf>), XGMML (<graph>), SNDlib XML (<network>) or an EVE-NG lab (<lab>)'
const FOREIGN_XML_ROOTS: Readonly<Record<Extract<Diagnostic, { code: 'unexpected_xml_root' }>['found'], (expected: string) => string>> = {
  graphml: (expected) => `this is GraphML, but <${expected}> is expected here. Let trustpath detect the format from the content.`,
  gexf: (expected) => `this is GEXF (Gephi), but <${expected}> is expected here. Let trustpath detect the format from the content.`,
  sndlib: (expected) => `this is SNDlib XML, but <${expected}> is expected here. Let trustpath detect the format from the content.`,
  nmap: () => 'this is an nmap scan (nmap -oX), which lists devices, not the links between them. Give it as the inventory (-i), with a topology of the network.',
  svg: () => `this is an SVG image, not a topology: ${TOPOLOGY_XML}. Export the network from the tool that drew it in one of those formats, or as DOT.`,
  html: () => `this is an HTML page, not a topology (a browser saved the page instead of the file?): ${TOPOLOGY_XML}.`,
  drawio: () => `this is a draw.io diagram, not a topology: it holds shapes rather than nodes and links, and ${TOPOLOGY_XML}. ` +
    'Write the network as a CSV link list (a,b) or draw it in yEd, which saves GraphML.',
  xgmml: (expected) => `this is XGMML (Cytoscape), but <${expected}> is expected here. Let trustpath detect the format from the content.`,
  'eve-ng': (expected) => `this is an EVE-NG lab (.unl), but <${expected}> is expected here. Let trustpath detect the format from the content.`,
  // VIRL's <connection>s name their ends by XPath into the file's own nodes and interfaces.
  virl: () => `this is a Cisco VIRL topology (.virl), which is not read: ${TOPOLOGY_XML}. ` +
    'Save the routers\' show cdp neighbors detail (or show lldp neighbors detail) and give that, or write the lab\'s links as an edge list, one "router-a router-b" line per link.',
  unknown: () => `${TOPOLOGY_XML}.`,
}

/** Where to download a registry, in both layouts (or every registry when the file's is not known). */
/** The first line of IANA's enterprise-numbers.txt, and where IANA publishes the file. */
const IANA_TITLE = 'PRIVATE ENTERPRISE NUMBERS'
const IANA_ADDRESS = 'https://www.iana.org/assignments/enterprise-numbers.txt'

/**
 * The name to decompress a gzip-compressed registry file into: its own name without `.gz`
 * (`oui.csv.gz` gives `oui.csv`), else `fallback`, so that the command never writes over the file it reads.
 */
function decompressedName(file: string | undefined, fallback: string): string {
  const name = (file ?? '').split(/[\\/]/).pop() ?? ''
  return /\.gz$/i.test(name) && name.length > 3 ? name.slice(0, -3) : fallback
}

/** A file as a command a hint suggests names it: bare when a shell reads it back as written, else quoted; FILE when not known. */
function shellFile(file: string | undefined): string {
  if (file === undefined || file === '') return 'FILE'
  return /^[\p{L}\p{N}_@%+=:,./-]+$/u.test(file) ? file : shellQuoted(file)
}

function downloadRegistry(registry: OuiRegistry | undefined): string {
  if (registry === undefined) {
    return 'Download the registry from https://standards-oui.ieee.org/ as CSV (oui/oui.csv, oui28/mam.csv, oui36/oui36.csv, ' +
      'iab/iab.csv, cid/cid.csv) or as text (the same names ending in .txt).'
  }
  const { folder, csv, text } = IEEE_REGISTRY_FILES[registry]
  const base = `https://standards-oui.ieee.org/${folder}/`
  return `Download the ${registry} registry as ${base}${csv} or ${base}${text}.`
}
const num = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 1 })
const list = (xs: readonly string[], max = 12): string =>
  xs.length <= max ? xs.join(', ') : `${xs.slice(0, max).join(', ')}, … (${xs.length - max} more)`

/**
 * An argument of a command line a hint suggests, as a shell reads it back: in double quotes when it
 * holds only letters, digits, spaces and punctuation a shell takes literally (`"TOP SECRET=<weight>"`),
 * else in single quotes, which keep a quote, `$` or backquote of a name read from a file as written
 * (in double quotes, `$(...)` would run when the line is copied into a shell).
 */
function shellQuoted(arg: string): string {
  return /^[\p{L}\p{N}_@%+=:,./<> -]*$/u.test(arg) ? `"${arg}"` : `'${arg.replaceAll("'", `'\\''`)}'`
}

/** `--class-weight`'s argument for a class: bare when the class is one word (`secret=<weight>`), else quoted. */
function classWeightWord(cls: string): string {
  return /^[\p{L}\p{N}_@%+=:,./-]+$/u.test(cls) ? `${cls}=<weight>` : shellQuoted(`${cls}=<weight>`)
}

/** `"OP-DE"`, `"OP-DE" and "Op-De"`, `"a", "b" and "c"`: a few of the inventory's values, quoted. */
const quotedFew = (values: readonly string[]): string =>
  values.length === 1 ? quote(values[0]!) : `${values.slice(0, -1).map(quote).join(', ')} and ${quote(values[values.length - 1]!)}`

/**
 * ` The inventory also writes it "FRA": ...`: an exemption's site or network that other devices write
 * otherwise but for case, spaces, `_` and `-`; empty when none do.
 */
const otherWritings = (values: readonly string[] | undefined): string => values === undefined || values.length === 0 ? ''
  : ` The inventory also writes it ${quotedFew(values)}, and the devices written so are outside the exemption, their findings reported (letter case counts): ` +
    'if they are the same, write it one way in the inventory, or add an exemption for each writing.'

/** `the near spelling "OP-DE": if that is the one meant`: the inventory's near spellings of a name, quoted, and the start of what to do. */
const spellings = (values: readonly string[]): string => values.length === 1
  ? `the near spelling ${quotedFew(values)}: if that is the one meant`
  : `the near spellings ${quotedFew(values)}: if one of them is the one meant`

/** The one place that turns a diagnostic into words: what, where, expected/got, and how to fix it. */
export function formatDiagnostic(d: Diagnostic): string {
  return showControlsInLines(`${formatLocation(d.at)}: ${d.severity}: ${describe(d)}`)
}

/**
 * What a diagnostic says, without its place and severity: the message of an error that carries
 * the place itself (`--strict` stops with one), which the CLI prints after the place.
 */
export function formatDiagnosticMessage(d: Diagnostic): string {
  return showControlsInLines(describe(d))
}

/** A column whose header speaks of an IP address (`address`, `IP`, `mgmt addr`, `IPv4`). */
const ADDRESS_COLUMN = /(?:^|[^a-z])(?:ip|ipv4|ipv6|addr|address)(?:[^a-z]|$)/i

function describe(d: Diagnostic): string {
  switch (d.code) {
    case 'missing_column':
      if (d.valueInHeader !== undefined) {
        return `missing column ${quote(d.column)}: the first line holds values, not column names (${quote(d.valueInHeader)} is an address), so the file has no header line ` +
          '(shodan parse writes none; rows copied without their first line have none). Add a header line naming the columns first, separated as the rows are: ' +
          'for shodan parse --fields ip_str,port,data the same names, ip_str, port and data; else id or name, and the columns of docs/inventory.md.'
      }
      return `missing column ${quote(d.column)}${d.spellings === undefined || d.spellings.length === 0 ? '' : ` (or headed ${list(d.spellings.map(quote), 16)})`}. Expected columns include: ${list(d.expected)}. ` +
        // An inventory needs an id, a name, a MAC or a serial number column: without an id, each device is known by
        // its name, else by its MAC, else by its serial number.
        (d.column === 'id' && d.expected.includes('name')
          ? 'Add an id column, or a name column (each device is then known by its name), a MAC column (known by its MAC), or a serial number column (known by its serial number).'
          : 'Add the column to the header line.')
    case 'unknown_column':
      return (d.columns.length === 1
        ? `unknown column ${quote(d.columns[0]!)} is ignored. Known columns: ${list(d.known, 30)}.`
        : `unknown columns ${list(d.columns.map(quote), 20)} are ignored. Known columns: ${list(d.known, 30)}.`) +
        // The address columns are read as names (a device's name or else its address), so the list above does not show them.
        (d.known.includes('name') && d.columns.some((c) => ADDRESS_COLUMN.test(c)) ? ' A device\'s management address goes in a column named ip_address (or management_ip).' : '')
    case 'name_column_taken':
      return `the header names no id, name or MAC column, so each device is known by its first column, ${quote(d.column)}, which trustpath does not know ` +
        '(a sheet\'s device name or address, in its own words). If another column names the devices, rename that one "name" (or "id").'
    case 'seller_column':
      return `column ${quote(d.column)} is read as the manufacturer only in rows whose ${quote(d.maker)} is empty; beside a manufacturer column it may name the company the devices were bought from ` +
        `(ServiceNow's Vendor, a purchase sheet's reseller), which is then declared their maker. If it does, leave it out of the export or rename it (for example "supplier").`
    case 'malformed_csv':
      switch (d.problem) {
        case 'unclosed_quote':
          return 'a quoted field is never closed. Close the field with a double quote ("), and write a quote inside a field as "".'
        case 'stray_quote':
          return 'a double quote appears inside an unquoted field. Quote the whole field and double the inner quote ("").'
        case 'field_count':
          return (d.got ?? 0) > (d.expected ?? 0)
            ? `the row has ${formatCount(d.got ?? 0, 'field')}, the header has ${d.expected}. Quote fields that contain commas.`
            // Fewer: a line of text without separators below the table (a footer, "Report generated on ...")
            // or a row whose empty cells were cut off; quoting would not help either.
            : `the row has ${formatCount(d.got ?? 0, 'field')}, the header has ${d.expected}: it is skipped. A line of text below or inside the table ` +
              '(a note, a footer) is no device: remove it; a device\'s row keeps a separator for each empty cell (sw1,,,).'
      }
      return 'malformed CSV row.'
    case 'malformed_json':
      if (d.between === true) {
        return `not valid JSON: ${d.problem}; it is skipped, and the JSON values before and after it are read (only the first such text is reported). ` +
          'Remove the text that is no JSON (a message a command printed into the file), or make it a JSON value.'
      }
      if (d.cutShort === true) {
        return `not valid JSON: ${d.problem}, as the file ends inside it: it was cut short (a download, copy or export that did not finish) or lacks its closing brackets. ` +
          'What comes before it was read; get the whole file again, or close the brackets.'
      }
      if (d.wellFormed === true) return `the JSON is well-formed but not what is read here: ${d.problem}. Check that this is the intended file, and the option it goes with.`
      return `not valid JSON: ${d.problem}. Fix the JSON syntax on this line (one JSON object per line for JSON Lines).`
    case 'malformed_neighbors':
      return `this line is no part of a neighbour table: ${quote(d.got)}; expected ${d.expected}. ` +
        'Keep the output of the neighbour commands as the device printed it, with only the prompt lines between them.'
    case 'malformed_address_entry':
      return `this entry of an address table has no MAC address that can be read: ${quote(d.got)}; expected ${d.expected}. ` +
        'The line is skipped. Keep the table as the command printed it (a MAC cut short or pasted over loses its device).'
    case 'invalid_field':
      return `field ${quote(d.field)} has the value ${quote(d.value)}; expected ${d.expected}.`
    case 'unread_link_field':
      return `field ${quote(d.field)} has the value ${quote(d.value)}; expected ${d.expected}. The link is kept without it, ` +
        'as routing uses neither a capacity nor a latency (write the number alone to keep it).'
    case 'missing_id': {
      const shown = d.keys.slice(0, MAX_KEYS_SHOWN).join(', ') + (d.keys.length > MAX_KEYS_SHOWN ? `, and ${d.keys.length - MAX_KEYS_SHOWN} more` : '')
      return `the record has no "id" and is skipped (${d.keys.length === 0 ? 'it is an empty object' : `its keys: ${shown}`}); a device needs at least an id. ` +
        'Give each device an "id" (docs/inventory.md shows the JSON shape of a device, and the other names read as its id), or check that this is the inventory meant.'
    }
    case 'invalid_mac':
      if (d.eui64) {
        return `${quote(d.value)} is an EUI-64 (8 octets), not a MAC address; it is not read as evidence: an IEEE 802.15.4 (Zigbee, Thread) ` +
          'radio\'s EUI-64 names the maker of its radio chip more often than the device\'s, and a Fibre Channel WWN is written the same way. ' +
          'Give the device\'s MAC if it has one; `trustpath lookup` shows the IEEE block of the EUI-64.'
      }
      return `${quote(d.value)} is not a MAC address; it is ignored. Write it as 00:e0:fc:12:34:56 (":", "-", "." or no separators), several separated by ";".`
    case 'ambiguous_date':
      return `field ${quote(d.field)} has the value ${quote(d.value)}, which reads as ${d.readings[0]} or ${d.readings[1]} (day or month first); ` +
        `only its year, ${d.kept}, is kept, which decides whose the device is unless a change of owner falls in it. Write it as yyyy-mm-dd to keep the day.`
    case 'excel_serial_date':
      return `field ${quote(d.field)} has the value ${quote(d.value)}, a number, read as the Excel date serial it is: ${d.date} (Excel's 1900 date system). ` +
        `Format the column as a date before saving, or write ${d.date}, to read it without this warning.`
    case 'invalid_oid':
      return `${quote(d.value)} is not an SNMP object identifier; it is ignored. Write it as dotted numbers, e.g. 1.3.6.1.4.1.2011.2.62.`
    case 'malformed_scan_line':
      return `${quote(d.got)} is not a line of this scan output; it is skipped. Expected ${d.expected}. ` +
        'Keep the file as the scanner wrote it, or mark added text with a leading #.'
    case 'references_without_names':
      return `${d.fields.map((f) => quote(f)).join(', ')} ${d.fields.length === 1 ? 'is a reference to another record by its id' : 'are references to other records by their ids'} alone ` +
        `(as ServiceNow's Table API answers without display values), which ${d.fields.length === 1 ? 'names' : 'name'} nothing outside the tool: left out of every device. ` +
        'Ask for display values (sysparm_display_value=true), or export the list as CSV.'
    case 'malformed_definition':
      if (d.unclosed === true) {
        return `the definition that starts here (${quote(d.got)}) is not closed by "}" before the end of the file, so it is skipped: ` +
          'the file may have been cut short. Give the configuration files whole, as the monitoring system reads them.'
      }
      return `${quote(d.got)} is not a line of these object definitions; it is skipped. Expected ${d.expected}. ` +
        'Give the configuration files as the monitoring system reads them.'
    case 'malformed_snmpwalk':
      return `${quote(d.got)} is not a line of an SNMP walk; it is skipped. Each object is a line "NAME = TYPE: VALUE" as snmpwalk prints it ` +
        '(a STRING value may go on over the next lines), or "OID|TAG|VALUE" in an snmpsim recording. Remove text saved with the walk, or mark it with a leading #.'
    case 'snmpwalk_message':
      if (d.unknownName === true) {
        return `the walk holds a message of the SNMP tool, ${quote(d.message)}: snmpwalk knew no object of that name (its MIB files are not installed), so nothing was walked. ` +
          'Walk the objects by number: snmpwalk -v2c -c <community> -On <host> .1.3.6.1.2.1.1 (the system group; .1.3.6.1.2.1 for more).'
      }
      return `the walk holds a message of the SNMP tool, ${quote(d.message)}: the walk of a host here is missing or cut short. Walk that host again.`
    case 'format_mismatch': {
      const found = READ_WORDS[d.found] ?? d.found
      if (d.by === 'option') {
        return `the text does not start as ${FORMAT_WORDS[d.asked] ?? d.asked} does, which --input-format ${d.asked} asks for: it starts like ${found}, and is not read. ` +
          'Leave --input-format out (the format is told from the content), or check that this is the file meant.'
      }
      return `the text does not start as ${FORMAT_WORDS[d.asked] ?? d.asked} does, as the file name says; it is read as ${found}, as its start shows. ` +
        'Name the file for what it holds, or check that this is the file meant.'
    }
    case 'cli_output_without_device':
      return 'no device could be read from this command output: trustpath reads the output of show version, show inventory, ' +
        'display version, display device and display elabel, after a prompt line naming the device (rt-fra-01#show version, <HUAWEI>display version) or alone in the file' +
        `${d.skipped.length === 0 ? '' : `; the file holds only ${d.skipped.slice(0, 6).map((c) => quote(c)).join(', ')}${d.skipped.length > 6 ? `, and ${d.skipped.length - 6} more` : ''}`}. ` +
        (d.skipped.some((c) => SHOWS_CONFIGURATION.test(c))
          ? `A saved configuration is read as one device, named by its hostname, when the file starts with it: remove the prompt line of ${quote(d.skipped.find((c) => SHOWS_CONFIGURATION.test(c))!)} before it, or save one of those commands' output with the rest.`
          : 'Save one of those commands\' output with the rest.')
    case 'repeated_walk':
      return `this walk repeats the walk at ${formatLocation(d.first)} line for line (the same output pasted or saved twice); ` +
        'it is read once, as one device. Remove the copy from the file.'
    case 'results_truncated':
      return 'the answer holds only the first page of hosts (the API\'s truncation limit); the hosts after it are not in this file. ' +
        `Ask again with truncation_limit=0 for every host in one answer, or save the next page${d.next === '' ? '' : ` (${d.next})`} and read it too.`
    case 'qualys_api_answer': {
      const text = d.text === '' ? '' : ` "${d.text}"`
      if (d.qualysCode === undefined) {
        return `this is an answer of the Qualys API${text}, not results: it holds no hosts. ` +
          'Save the answer of a call that lists hosts (the Host List Detection API), or a scan\'s or report\'s XML download.'
      }
      return `this is an error answer of the Qualys API, not results: error ${d.qualysCode}${text}; it holds no hosts. ` +
        (QUALYS_LIMIT_ERRORS.has(d.qualysCode) ? 'Qualys limits how many API calls run at once (1960) and in a while (1965): wait, then ask again' : 'Fix the request as the text says and ask again') +
        ', and save the answer that holds the hosts.'
    }
    case 'unresolved_oid':
      return `the sysObjectID ${quote(d.value)} is a MIB name whose number the walk does not hold; it is not used. ` +
        'Walk with -On (numeric OIDs), e.g. snmpwalk -v2c -c public -On HOST system, so that its enterprise number is read.'
    case 'duplicate_device':
      if (d.same !== undefined) {
        // Two files of one device (its own walk and a neighbour table naming it): ids are no mistake to fix.
        const why = `device ${quote(d.id)} is the one read at ${formatLocation(d.first)} (${d.same === 'serial' ? 'the same serial number' : 'a MAC in common'}): `
        // The sheets of one workbook: the row lists the device again.
        if (d.at.sheet !== undefined && d.at.file === d.first.file) return `${why}this row is skipped, as a device is read from the first row that names it.`
        return `${why}this file's lines of it are not read, as a device is read from the first file that names it (name first the file that says most of it, such as a device's own walk before a neighbour table that names it).`
      }
      // A scanner's service, `address:port` (Shadowserver's `address:port/tag`): the same service
      // of a host reported again, as by the scans of two days in one folder; no id to fix.
      if (SERVICE_ID.test(d.id)) {
        return `${quote(d.id)} was already read at ${formatLocation(d.first)}: the same service of the same host, reported again (a later scan of it?); ` +
          'this row is skipped, as a service is read from the first row that reports it. Give one scan of a host, or the latest first.'
      }
      // Another file of the device (the inventory's row and its walk, which names no serial): its
      // lines add nothing to the device read first, unless it is another device given its name.
      if (d.at.file !== d.first.file) {
        return `device id ${quote(d.id)} was already used at ${formatLocation(d.first)}: this file's lines of it are not read, as a device is read ` +
          'from the first file that names it (name first the file that says most of it). If it is another device given the same name, rename one of them.'
      }
      return `device id ${quote(d.id)} was already used at ${formatLocation(d.first)}; this row${d.skipped === undefined ? '' : ` (${skippedRowText(d.skipped)})`} is skipped. ` +
        'Give every device a unique id.'
    case 'shared_mac_other_id':
      return `device ${quote(d.id)} has the MAC ${d.mac} of device ${quote(d.other)} read at ${formatLocation(d.first)}` +
        `${d.seen !== undefined ? ` (the MAC given at ${formatLocation(d.seen)})` : ''}: the same device under two ids ` +
        '(an address in one file, a name in another)? It is counted twice: to count it once, leave its lines out of the file that says less of it (not the whole file, whose other devices may be in no other).'
    case 'shared_serial_other_id':
      return `device ${quote(d.id)} has the serial number ${quote(d.serial)} of device ${quote(d.other)} read at ${formatLocation(d.first)}` +
        `${d.seen !== undefined ? ` (the serial given at ${formatLocation(d.seen)})` : ''}: the same device under two ids ` +
        '(an export\'s own id in one file, a name in another)? It is counted twice: to count it once, leave its lines out of the file that says less of it (not the whole file, whose other devices may be in no other).'
    case 'shared_address_other_id':
      return `device ${quote(d.id)} has the address ${d.address} of device ${quote(d.other)} read at ${formatLocation(d.first)}: the same device under two ids ` +
        '(an address in one file, a name beside that address in another)? It is counted twice: to count it once, leave its lines out of the file that says less of it (not the whole file, whose other devices may be in no other). ' +
        'If the address was reused (another network, a device replaced), both are read.'
    case 'merge_refused':
      return `device ${quote(d.id)} has the ${d.key === 'mac' ? 'MAC' : d.key === 'serial' ? 'serial number' : 'address'} ${d.key === 'serial' ? quote(d.value) : d.value} ` +
        `of device ${quote(d.other)} read at ${formatLocation(d.first)}, but is not merged with it: that would make one device of ` +
        (d.because === 'same_file'
          ? `${quote(d.apart[0])} and ${quote(d.apart[1])}, which ${d.file ?? 'one file'} lists apart`
          : d.because === 'serials_differ'
          ? `two serial numbers, ${quote(d.apart[0])} and ${quote(d.apart[1])}`
          : `records of two networks, ${quote(d.apart[0])} and ${quote(d.apart[1])}, which may use the same private addresses`) +
        `. Both are read; check the ${d.key === 'address' ? 'address (reused for another device, or out of date in an export)' : d.key === 'mac' ? 'MAC (a virtual or shared one?)' : 'serial number'}.`
    case 'answering_not_in_service':
      return `device ${quote(d.id)} answered here (${d.answered === 'banner' ? 'a service\'s banner' : 'an SNMP answer'}), but ${formatLocation(d.statusAt)} records it ` +
        `${quote(d.status)} (${d.lifecycle === 'out-of-service' ? 'out of service' : 'not deployed'}): it is on the network, so it is checked and planned as a device in service. ` +
        `Correct its status where it is recorded, or take it out of the network.`
    case 'devices_merged':
      return `${formatCount(d.records, 'record')} of several files merged into ${formatCount(d.devices, 'device')} (--merge): each is counted once, under the id that names it best, its other ids kept as aliases`
    case 'repeated_id_renamed':
      return `device id ${quote(d.id)} was already used at ${formatLocation(d.first)} ${d.differ === 'walk_order'
        ? 'by the walk of that order in its file (a walk without sysName is known by its order)'
        : `by another device (their ${d.differ === 'serial' ? 'serial numbers' : 'MACs'} differ)`}: this one is read as ${quote(d.renamed)}.`
    case 'workbook_sheet':
      return `read the sheet ${quote(d.sheet)}: the ${pluralOf(d.skipped.length, 'sheet')} before it (${d.skipped.map(quote).join(', ')}) ${pluralOf(d.skipped.length, 'is', 'are')} hidden or ` +
        `${pluralOf(d.skipped.length, 'names', 'name')} no inventory column in ${pluralOf(d.skipped.length, 'its', 'their')} first rows. Pass --sheet <name|number> to read another sheet.`
    case 'workbook_sheets_read':
      return `read the ${d.sheets.length} sheets ${d.sheets.map(quote).join(', ')} one after another, each with its header: ids are unique across them, as across files. ` +
        'Pass --sheet <name|number> to read one only.'
    case 'workbook_sheets_unread':
      return `the ${pluralOf(d.unread.length, 'sheet')} ${d.unread.map(quote).join(', ')} ${pluralOf(d.unread.length, 'names', 'name')} inventory columns but none that tells devices apart ` +
        `(an id, a name, a MAC or a serial number column), and ${pluralOf(d.unread.length, 'is', 'are')} not read. Name the column that identifies each device "id" or "name", or pass --sheet ${shellQuoted(d.unread[0]!)} to see what is missing.`
    case 'repeated_header':
      return 'this row repeats the header (files joined one after another, each with its header?): it is skipped.'
    case 'resolved_addresses':
      return `Wireshark wrote the Ethernet addresses with their makers' short names (${quote(d.example)}), not the MACs: only a short name that ` +
        'names one manufacturer is read, as the manufacturer the device declares, and the others name none. ' +
        (d.tool === 'tshark'
          ? 'Give the fields eth.src and eth.dst instead of eth.src_resolved and eth.dst_resolved, so that each MAC is read.'
          : 'Save the Endpoints table again with "Name resolution" unticked, so that each MAC is read.')
    case 'total_row':
      return `this row, ${quote(d.text)}, is a spreadsheet's total, not a ${d.table === 'flows' ? 'flow' : d.table === 'costs' ? 'cost row' : 'device'}: it is skipped.`
    case 'host_without_result':
      return `host ${quote(d.host)} gathered no facts (${d.status}${d.message !== undefined ? `: ${quote(d.message)}` : ''}): it is skipped. ` +
        'Run the facts module again for it once it can be reached.'
    case 'log_line_skipped':
      return `this line, ${quote(d.text)}, is a line of the scanner's log saved with its results (its standard error with 2>&1), not a result: ` +
        'it and the log lines after it are skipped. Save the results alone (the scanner\'s output file, such as httpx -json -o results.jsonl, or its standard output without 2>&1).'
    case 'row_without_device':
      if (d.reason === 'lease_without_mac') {
        return `this lease of ${quote(d.text)} names no hardware address (a declined lease, or a DHCPv6 client known by its DUID alone): ` +
          'an address, not a device, it is skipped.'
      }
      if (d.reason === 'no_answer') {
        return `this host of the scan, ${quote(d.text)}, did not answer and nothing else was found of it (no MAC address, no banner): ` +
          'an address, not a device, it is skipped.'
      }
      return d.reason === 'merged_cells'
        ? `this row, ${quote(d.text)}, is one cell merged across the table (a note or a section title), not a device: it is skipped.`
        : `this row holds nothing in the columns of a device, only ${quote(d.text)} in a column that is not read: it is skipped.`
    case 'lines_before_header':
      return d.at.line !== undefined && d.header - d.at.line > 1
        ? `the lines above the header on line ${d.header}, from ${quote(d.text)}, are read as a title: the columns are those of line ${d.header}.`
        : `the line above the header on line ${d.header}, ${quote(d.text)}, is read as a title: the columns are those of line ${d.header}.`
    case 'sheet_ignored':
      return `--sheet ${quote(d.sheet)} is ignored: the inventory is text, not an Excel workbook (.xlsx, .xlsm), and is read as its content shows. ` +
        'Leave --sheet out, or check that this is the workbook meant.'
    case 'empty_input':
      return d.readAs !== undefined
        ? `the input holds no devices: read as ${d.readAs}, it lists none. Check that the scan or export found devices, and that this is the file it wrote.`
        : 'the input holds no devices (an empty file, or a header line only): check that the export or scan worked.'
    case 'inventory_skipped':
      return `${d.foundIn !== undefined ? `skipped (found in ${d.foundIn}): ` : 'skipped: '}` +
        `${d.rows === true ? `no device was read from it (${d.problem})` : d.problem}` +
        `${d.rows !== true && /[.!?]$/.test(d.problem) ? '' : '.'}${d.hint !== undefined ? ` ${d.hint}` : ''}`
    case 'bom_without_device': {
      const types = Object.entries(d.types).sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => `${n} ${t}`).join(', ')
      return `the CycloneDX BOM describes no device: it has no metadata.component and none of its ${formatCount(d.components, 'component')}` +
        `${types === '' ? '' : ` (${types})`} is of type "device". Give the BOM of the device itself, whose metadata.component names it.`
    }
    case 'policy_syntax':
      if (d.language === 'json') return `the policy is not valid JSON: ${d.problem}. Check this place for a missing comma, quote or bracket.`
      return `the policy is not valid YAML: ${d.problem}.` +
        (d.yamlCode !== undefined && d.yamlCode in YAML_FIXES ? ` ${YAML_FIXES[d.yamlCode]}` : '')
    case 'policy_truncated': {
      const outer = d.open[0]!
      const closers = d.open.map((o) => (o.bracket === '{' ? '}' : ']')).reverse().join('')
      return `the policy ends inside the ${outer.bracket} opened on line ${outer.line} (${quote(d.lineText)}), never closed: ` +
        'the file looks cut short (a download or copy that stopped part-way). Get the whole file again; ' +
        `if only its end is missing, complete the last entry and close the brackets with ${closers}.`
    }
    case 'policy_invalid':
      return d.problem +
        (d.expected !== undefined ? `. Expected ${d.expected}` : '') +
        (d.got !== undefined ? `, got ${d.got}` : '') + '.' +
        (d.suggestion !== undefined ? ` Write it as ${d.suggestion}.` : '') +
        (d.endsFile === true ? ' The file ends on this line, with the value missing: if it was cut short (a download or copy that stopped part-way), get the whole file again.' : '')
    case 'unknown_list':
      if (d.manufacturers !== undefined) {
        const id = d.manufacturers.join('-')
        const named = d.manufacturers.map(quote)
        return `unknown vendor list ${quote(d.list)}: ${named.length === 1 ? `${named[0]} is a manufacturer` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)} are manufacturers`}, ` +
          'and a rule names vendor lists. Define a list at the top and name it in the rule: ' +
          `lists: { ${id}: [${d.manufacturers.join(', ')}] }, then lists: [${id}] in the rule. Known lists: ${list(d.known)}.`
      }
      return `unknown vendor list ${quote(d.list)}${d.suggestions !== undefined && d.suggestions.length > 0 ? ` (did you mean ${d.suggestions.map(quote).join(' or ')}?)` : ''}. ` +
        `Known lists: ${list(d.known)}. Define it under "lists:" or use a built-in list.`
    case 'unknown_manufacturer':
      return `unknown manufacturer ${quote(d.manufacturer)}.` +
        (d.suggestions.length > 0 ? ` Did you mean ${d.suggestions.map(quote).join(' or ')}?` : '') +
        (/^[a-z0-9][a-z0-9-]*$/.test(d.manufacturer) ? '' : ' Lists name manufacturers by their catalog slug, not by their name.') +
        ' Run `trustpath catalog manufacturers` for the catalog slugs.'
    case 'unknown_site_kind':
      if (d.unlocated !== undefined && d.unlocated.length > 0) {
        return `no site of kind ${quote(d.kind)} has both lat and lon (${list(d.unlocated, 5)}), ` +
          'so this geofence matches nothing. Give those sites lat and lon in decimal degrees, under "sites:" or in the --sites file.'
      }
      return `no site of kind ${quote(d.kind)} is defined, so this geofence matches nothing.` +
        (d.suggestions !== undefined && d.suggestions.length > 0 ? ` Did you mean ${d.suggestions.map(quote).join(' or ')}?` : '') +
        (d.known.length > 0
          ? ` Known kinds: ${list(d.known)}.`
          : ' No site has a kind: give the sites under "sites:" (or in the --sites file) a kind and lat/lon.')
    case 'zone_unlocated':
      return `rule ${quote(d.rule)}: no device of its lists' makers in its scope has a position, so none can be within ${d.km} km of a site of kind ${quote(d.kind)}. ` +
        'Give the devices lat and lon, or their sites coordinates (the policy\'s sites:, or --sites with id,name,kind,lat,lon).'
    case 'zone_partly_unlocated':
      return `rule ${quote(d.rule)}: some devices of its lists' makers in its scope have no position (their own lat and lon, or a site with coordinates), ` +
        `so they were taken as outside the ${d.km} km zone around sites of kind ${quote(d.kind)} without being measured. ` +
        'To check them, give them lat and lon, or their sites coordinates (the policy\'s sites:, or --sites with id,name,kind,lat,lon); a rule without near: covers them wherever they are.'
    case 'list_categories_unchecked':
      return `${d.list} also covers products by where they were produced, which a device's manufacturer does not tell: ` +
        `${d.categories.map((c) => `${c.name} (since ${c.since})`).join('; ')}. ` +
        'The check does not find these: to flag such devices for review, name their makers in a list of the policy\'s own, in a rule scoped to the ' +
        'devices bought since the entry\'s date (scope: { acquired: { from: <date> } }, effect: flag; docs/policy.md#us-the-fcc-covered-list).'
    case 'scope_value_unseen': {
      const what = d.key === 'networks' ? 'network' : 'site'
      return `rule ${quote(d.rule)} names the ${what} ${quote(d.value)}, which no device of the inventory has. ` + (d.inventorySpellings !== undefined
        ? `The inventory's ${what} column has ${spellings(d.inventorySpellings)}, write it as the inventory does (letter case counts).`
        : `If the inventory should have it, write it as the inventory's ${what} column does (letter case counts).`)
    }
    case 'scope_value_split': {
      const what = d.key === 'networks' ? 'network' : 'site'
      return `rule ${quote(d.rule)} names the ${what} ${quote(d.value)}; the inventory's ${what} column also writes it ${quotedFew(d.inventorySpellings)}, ` +
        `and the devices written so are outside the rule (letter case counts). If they are the same ${what}, write it one way in the inventory, ` +
        `or name each writing in the rule's scope.`
    }
    case 'exemption_expired':
      return `the exemption for ${quote(d.target)} (${d.reason}) expired on ${d.until} and no longer applies: its findings are reported.`
    case 'exemption_applied':
      return `the exemption for ${quote(d.target)} (${d.reason}) lifted findings, which ${d.kept ? 'are reported as waived and not counted' : 'are not reported'}; it applies until ${d.until}, ` +
        `${d.daysLeft === 0 ? 'its last day' : `${formatCount(d.daysLeft, 'day')} from the check's date`}.${otherWritings(d.otherWritings)}`
    case 'exemption_unused': {
      const near = d.inventorySpellings !== undefined ? ` The inventory has ${spellings(d.inventorySpellings)}, write it as the inventory does (letter case counts).` : undefined
      return `the exemption for ${quote(d.target)} matches no finding` + (d.deviceInInventory === false
        ? `: no device of the inventory has the id ${quote(d.device ?? '')}.${near ?? ' Write the id as the inventory gives it (letter case counts).'}`
        : d.siteInInventory === false
          ? `: no device of the inventory is at the site ${quote(d.site ?? '')}.${near ?? ' Write the site id as the inventory\'s site column gives it (letter case counts).'}`
          : d.networkInInventory === false
            ? `: no device of the inventory is on the network ${quote(d.network ?? '')}.${near ?? ' Write it as the inventory\'s network column gives it (letter case counts).'}`
            : `.${otherWritings(d.otherWritings)}`)
    }
    case 'registry_row_invalid':
      return `registry row skipped: ${d.problem}.`
    case 'registry_header':
      return (d.got.join('').trim() === '' ? 'the file is empty or blank (a download that failed?)' : `unexpected header ${quote(d.got.join(','))}`) +
        `; expected ${quote(d.expected.join(','))}. ` + (d.expected[0] === IANA_TITLE
        ? `Pass IANA's file as downloaded: ${IANA_ADDRESS}.`
        : 'Pass the registry file as downloaded (`trustpath catalog update --help` gives the addresses).')
    case 'registry_format': {
      if (d.registry === 'PEN' && Object.hasOwn(MAC_BLOCK_LISTS, d.found)) {
        // A list of MAC blocks given for IANA's numbers: what it is, not why it is no IEEE registry.
        return `this is ${MAC_BLOCK_LISTS[d.found as keyof typeof MAC_BLOCK_LISTS]}, not IANA's enterprise-numbers.txt. Download IANA's file as ${IANA_ADDRESS}.`
      }
      if (d.registry === 'PEN') {
        // IANA's file: the IEEE's words of the reasons are said of IANA's, with its address.
        const why = FOREIGN_REGISTRY_FILES[d.found](d.got, decompressedName(d.at.file, 'iana-pen.txt'), shellFile(d.at.file), d.rows ?? 1)
          .replace(/not an IEEE registry file/g, "not IANA's enterprise-numbers.txt").replace(/the IEEE writes its files/, 'IANA writes its file')
        return `${why} Download IANA's file as ${IANA_ADDRESS}.`
      }
      return `${FOREIGN_REGISTRY_FILES[d.found](d.got, decompressedName(d.at.file, 'registry.csv'), shellFile(d.at.file), d.rows ?? 1)} ${downloadRegistry(d.registry)}`
    }
    case 'registry_mismatch': {
      const is = d.got === 'PEN'
        ? "IANA's private enterprise numbers (enterprise-numbers.txt)"
        : `the IEEE ${d.got} registry (${IEEE_REGISTRY_FILES[d.got].csv} or ${IEEE_REGISTRY_FILES[d.got].text})`
      const option = d.got === 'PEN' ? '--enterprise' : IEEE_REGISTRY_FILES[d.got].option
      const download = d.expected === 'PEN' ? `download IANA's file as ${IANA_ADDRESS}.` : downloadRegistry(d.expected).replace(/^D/, 'd')
      return `this file is ${is}, not ${d.expected === 'PEN' ? "IANA's private enterprise numbers" : d.expected}; nothing is read from it. ` +
        `Pass it with ${option}, or ${download}`
    }
    case 'registry_truncated': {
      const end = d.ending === 'mid_line'
        ? `the file ends in the middle of this line, while ${d.registry === 'PEN' ? "Wireshark ends every line of its copy of IANA's registry, enterprises.tsv," : 'the IEEE ends every line of its registry files'} with a line break`
        : d.ending === 'mid_entry'
          ? 'the file ends after this (hex) line, in the middle of its entry: the (base 16) line with the rest of the block does not follow'
          : 'the file ends here without IANA\'s closing line "End of Document"'
      const skipped = !d.skipped ? '' : d.ending === 'mid_entry' ? ' The entry was skipped.' : ' The entry on this line was skipped, since its name may be cut.'
      const again = d.registry === 'PEN'
        ? 'Download https://www.iana.org/assignments/enterprise-numbers.txt again'
        : `${downloadRegistry(d.registry).replace(/\.$/, '')} again`
      return `${end}: a download cut short?${skipped} ${again}, or pass --force to use the entries read.`
    }
    case 'invalid_metric':
      return `the link ${quote(d.a)}–${quote(d.b)} has the metric ${d.value}; it is skipped. ` +
        'Give a finite number ≥ 0, or leave the metric out to use the distance between the nodes.'
    case 'invalid_coordinates':
      return `node ${quote(d.id)} has the coordinates lat ${d.lat}, lon ${d.lon}, outside [-90, 90] × [-180, 180]; ` +
        'they are ignored, so its links get the default metric (--default-metric) unless they give one.'
    case 'default_link_metric': {
      const examples = d.examples.map((e) => (e.label === null ? quote(e.id) : `${quote(e.label)} (${e.id})`)).join(', ')
      const others = d.wholeGraph === true ? 'the links of the whole graph' : d.between === true ? 'the other links between networks' : 'the other links'
      const how = d.basis === 'given' ? 'the given default metric' : `the ${d.basis === 'median' ? 'median' : 'longest'} metric of ${others}`
      const which = d.between === true ? ' between networks' : d.network === undefined ? '' : ` of ${d.network}`
      return `${formatCount(d.links, 'link')}${which} ${pluralOf(d.links, 'gives', 'give')} no metric and ${pluralOf(d.links, 'touches', 'touch')} ` +
        `${formatCount(d.nodes, 'node')} without coordinates (${examples}${d.nodes > d.examples.length ? ', …' : ''}); ` +
        `they get ${how}, ${num(d.metric)}. Give the nodes coordinates or the links a metric, or choose with --default-metric median|max|<number>.`
    }
    case 'mixed_link_metrics':
      return `${formatCount(d.given, 'link')}${d.network === undefined ? '' : ` of ${d.network}`} ${pluralOf(d.given, 'gives its', 'give their')} metric ` +
        `(typically ${num(d.givenMedian)}) and ${formatCount(d.distance, 'other')} ${pluralOf(d.distance, 'takes', 'take')} the great-circle distance in km ` +
        `(typically ${num(d.distanceMedian)}): the two scales do not mix, so paths favour the links whose metric is the smaller scale whatever their length. ` +
        'Give every link a metric on one scale, or remove the given metrics to route by distance.'
    case 'hop_metrics_over_places':
      return `every one of the ${formatCount(d.links, 'link')}${d.network === undefined ? '' : ` of ${d.network}`} gives the metric 1, so paths count hops, ` +
        `though ${d.placed.toLocaleString('en-US')} of them join nodes with coordinates, whose great-circle distance would be the metric without it ` +
        '(Gephi writes a weight of 1.0 on every edge that had none). To route by distance, remove the weights from the file; if hops are meant, nothing needs doing.'
    case 'directed_edges':
      return `${d.edges.toLocaleString('en-US')} of ${formatCount(d.total, 'edge')} ${pluralOf(d.edges, 'is', 'are')} directed; trustpath routes every link in both directions, ` +
        'so a one-way edge is used both ways (an edge listed once per direction is the same link twice). Make the graph undirected to silence this.'
    case 'cytoscape_session_network':
      return `this is the network file of a Cytoscape session (a .cys archive's networks/*.xgmml): its ${formatCount(d.nodes, 'node')} sit in the session's sub-networks, ` +
        'and their names and attributes in the session\'s tables, which the file does not hold, so it is not read. ' +
        'Export the network from Cytoscape as XGMML or Cytoscape JSON (.cyjs), and give that file.'
    case 'group_members_skipped':
      return `${d.nodes.toLocaleString('en-US')} ${pluralOf(d.nodes, 'node is', 'nodes are')} defined only inside a group's nested graph ` +
        `(${d.examples.map(quote).join(', ')}${d.nodes > d.examples.length ? ', …' : ''}), as Cytoscape 2.x writes a collapsed group, and ` +
        `${pluralOf(d.nodes, 'is', 'are')} not read, nor the links inside the group: the root graph shows the group as one node. ` +
        'Expand the groups in Cytoscape and export the network again.'
    case 'group_nodes_skipped':
      return `${formatCount(d.nodes, 'node')} ${pluralOf(d.nodes, 'holds', 'hold')} a nested graph, as a group of a yEd drawing does, and ${pluralOf(d.nodes, 'joins', 'join')} no link ` +
        `(${d.examples.join(', ')}${d.nodes > d.examples.length ? ', …' : ''}): ${pluralOf(d.nodes, 'it is', 'they are')} left out as ${pluralOf(d.nodes, 'a node', 'nodes')}, ` +
        `and the nodes inside ${pluralOf(d.nodes, 'it', 'them')} are read. Give a site of a device as one of those nodes, not as the group.`
    case 'hyperedges_meshed':
      return `${formatCount(d.hyperedges, 'hyperedge')} ${pluralOf(d.hyperedges, 'joins', 'join')} several nodes at once; ${pluralOf(d.hyperedges, 'it is', 'they are')} read as ` +
        `${formatCount(d.links, 'link')}, one between every two of ${pluralOf(d.hyperedges, 'its', 'their')} endpoints, as on a shared segment. ` +
        'Write the links as <edge> elements to give each its own metric or label.'
    case 'missing_link_ends': {
      const missing = d.expected.filter((k) => !d.found.includes(k))
      return `the link has no ${missing.map(quote).join(' and ')} (${d.found.length === 0 ? 'it has no keys' : `its keys: ${list(d.found.map(quote), 8)}`}); it is skipped. ` +
        `Name the two nodes it joins by their ids in ${quote(d.expected[0])} and ${quote(d.expected[1])}.`
    }
    case 'link_ends_by_position':
      return `the links name their nodes by position in the "nodes" list (0 for the first), as NetworkX before 2.0 and d3's force layout write them: ` +
        `${formatCount(d.ends, 'numeric link end')} ${pluralOf(d.ends, 'is', 'are')} no node's id, and every numeric end is a position among the ${formatCount(d.nodes, 'node')}. ` +
        'Each is read as the node at that position; check a few links, or write node ids in "source" and "target".'
    case 'cables_skipped': {
      const r = d.reasons
      const parts = [
        r.power ? formatCount(r.power, 'power cable') : '', r.console ? formatCount(r.console, 'console cable') : '',
        r.planned ? `${formatCount(r.planned, 'planned cable')} (not in place yet)` : '',
        r.other ? `${formatCount(r.other, 'cable')} ending on something other than a port or circuit` : '',
      ].filter((p) => p !== '')
      return `cables left out of the topology, as they carry no traffic between devices: ${parts.join(', ')}.` +
        (r.planned ? ' A planned cable counts once its status in NetBox is connected.' : '')
    }
    case 'patch_paths_unresolved':
      return `${formatCount(d.ports, 'patch panel port')} (on ${d.panels.map(quote).join(', ')}${d.panelCount > d.panels.length ? ', …' : ''}) could lead on through several ports, ` +
        'and the cable list does not say which; the paths through them are not followed. ' +
        'Name each front port like the rear port it leads to in NetBox, so that the path can be followed.'
    case 'duplicate_device_name':
      return `${formatCount(d.count, 'device name')} ${pluralOf(d.count, 'is', 'are')} shared by several NetBox devices (${d.names.map(quote).join(', ')}${d.count > d.names.length ? ', …' : ''}); ` +
        'their nodes are named <name>#<NetBox id> so that they stay apart, and no inventory device is placed on them by name. ' +
        'Give the devices unique names in NetBox, or list each inventory device in its node\'s "devices".'
    case 'cable_ends_untyped':
      return `NetBox's cable table does not say what each of the ${formatCount(d.cables, 'cable')} ends on, so console cables and patch panels count as links between devices (power cables are told by their type). ` +
        'For an exact topology, give the answer of /api/dcim/cables/ instead, or the import-format CSV with side_a_type and side_b_type.'
    case 'malformed_xml':
      // Well-formed XML of another kind (an SVG, a topology given as the inventory) is no markup to fix.
      if (d.wrongRoot) return `this XML is not what is read here: ${d.problem}. Check which file was passed.`
      return `not well-formed XML: ${d.problem}. Fix the markup at this position (${d.expected} is expected).`
    case 'xml_doctype_rejected':
      return 'the XML has a DOCTYPE declaration, which is rejected: document type definitions and entities can hide expanding or external content. ' +
        'Remove the <!DOCTYPE ...> declaration; GraphML, GEXF, XGMML and SNDlib XML do not need it.'
    case 'unexpected_xml_root':
      return `the root element is <${d.root}>: ${FOREIGN_XML_ROOTS[d.found](d.expected)}`
    case 'input_too_large':
      return `the input has more than ${d.limit.toLocaleString('en-US')} ${d.what}, the limit; the rest is not read. ` +
        'Split the topology into several files (one per network), or raise the limit in the import options.'
    case 'malformed_gml':
      return `cannot read the GML here: expected ${d.expected}, got ${quote(d.got)}. ` +
        'GML as the Internet Topology Zoo and NetworkX write it is expected: graph [ node [ id 0 label "A" ] edge [ source 0 target 1 ] ].'
    case 'malformed_dot':
      return `cannot read the DOT here: expected ${d.expected}, got ${d.got === '' ? 'the end of the file' : quote(d.got)}. ` +
        'Fix the text at this position; DOT as Graphviz reads it is expected: graph G { fra -- ber [weight=3] }.'
    case 'positions_not_geographic':
      return `${d.nodes.toLocaleString('en-US')} of ${formatCount(d.total, 'node')} ${pluralOf(d.nodes, 'has a position', 'have positions')} that ${pluralOf(d.nodes, 'is', 'are')} no longitude and latitude ` +
        `(here x ${d.x}, y ${d.y}: x is read as a longitude from -180 to 180, y as a latitude from -90 to 90), so no position of this file is read as a place: ` +
        'each link takes the metric the file gives it, else the default metric (--default-metric), and the nodes are left off geojson maps.'
    case 'malformed_edge_list':
      return `cannot read this line of the edge list: expected two node names and an optional metric (a positive number, or a data dict such as {'weight': 3}), got ${quote(d.got)}. ` +
        (d.word === true ? 'A name with a space is read as two names where spaces separate: separate the fields with tabs (NetworkX: write_edgelist(G, path, delimiter=\'\\t\')), or fix the line.' : 'Fix the line, or start it with # to make it a comment.')
    case 'malformed_adjacency_list':
      return `cannot read this line of the adjacency list: expected ${d.expected}, got ${quote(d.got)}. ` +
        'Fix the line, or start it with # to make it a comment.'
    case 'malformed_tgf':
      return `cannot read this edge line of the TGF file: expected two node ids and an optional label, got ${quote(d.got)}. ` +
        'Fix the line: an edge line names the ids of two node lines above the # line.'
    case 'malformed_isis_database':
      return `cannot read this line of the IS-IS database: expected ${d.expected}, got ${quote(d.got)}. ` +
        'Save the output of show isis database detail (Junos: show isis database extensive; Huawei: display isis lsdb verbose; Nokia: show router isis database detail) as the router printed it.'
    case 'isis_levels_merged':
      return 'the IS-IS database holds level 1 and level 2: both are read, as one network, and an adjacency of both levels is one link at its smaller metric. ' +
        'Save one level (show isis database detail level-2) to have it alone.'
    case 'isis_system_ids_unnamed':
      return `${formatCount(d.ids, 'neighbour')} ${pluralOf(d.ids, 'is', 'are')} named by system id alone (${d.examples.map(quote).join(', ')}${d.ids > d.examples.length ? ', …' : ''}), ` +
        'as FRR writes its neighbours, and no hostname in the file names ' + pluralOf(d.ids, 'it', 'them') + ': ' + pluralOf(d.ids, 'it is a node', 'they are nodes') +
        ' apart from the router of that name, and no inventory device is placed on ' + pluralOf(d.ids, 'it', 'them') + '. ' +
        'Save show isis hostname (Huawei: display isis name-table) in the same file, before or after the database.'
    case 'malformed_ospf_database':
      return `cannot read this line of the OSPF database: expected ${d.expected}, got ${quote(d.got)}. ` +
        `Save the output of ${OSPF_ROUTER_COMMAND[d.dialect]} as the router printed it.`
    case 'ospf_areas_merged':
      return `the OSPF database holds ${formatCount(d.areas.length, 'area')} (${d.areas.join(', ')}): all are read, as one network, and routers linked in several areas are linked once, at the smaller metric. ` +
        'To have one area alone, save the database of a router inside it: an area border router prints every area it is in.'
    case 'ospf_router_lsas_missing':
      return 'the OSPF database holds no router LSA, whose links make the topology (network, summary and external LSAs name no router-to-router costs). ' +
        // Nokia's one command prints every LSA; the others print the network LSAs with a command of their own.
        (d.dialect === 'nokia' ? `Save ${OSPF_ROUTER_COMMAND.nokia} (every LSA, the router LSAs among them) and give that.`
          : `Save ${OSPF_ROUTER_COMMAND[d.dialect]} (and ${OSPF_ROUTER_COMMAND[d.dialect].replace(' router', ' network')}, in the same file) and give that.`)
    case 'malformed_repetita':
      return `cannot read this ${d.section} line of the REPETITA file: expected ${d.expected}, got ${quote(d.got)}. ` +
        'Fix the line to the layout of its section\'s header (label x y; label src dest weight bw delay; label src dest bw).'
    case 'malformed_brite':
      return `cannot read this ${d.section === 'Nodes' ? 'node' : 'edge'} line of the BRITE file: expected ${d.expected}, got ${quote(d.got)}. ` +
        'Fix the line to the layout BRITE writes in its section, or give the file as BRITE wrote it.'
    case 'malformed_inet':
      return `cannot read this line of the Inet file: expected ${d.expected}, got ${quote(d.got)}. ` +
        'An Inet file gives the numbers of nodes and links on its first line, then a line per node (id x y), then a line per link (from to weight): fix the line, or the counts of the first line.'
    case 'malformed_lgl':
      return `cannot read this line of the LGL file: expected ${d.expected}, got ${quote(d.got)}. ` +
        'An LGL file gives a "# <vertex>" line, then a line per neighbour of that vertex ("<neighbour> [<weight>]"): fix the line.'
    case 'malformed_kathara':
      return `cannot read this line of the Kathará lab.conf: expected device[interface]="collision domain" (or device[option]=value), got ${quote(d.got)}. ` +
        'Fix the line, or start it with # to make it a comment.'
    case 'malformed_pajek':
      return `cannot read this line of the Pajek network: expected ${d.expected}, got ${quote(d.got)}. ` +
        'Fix the line, or start it with % to make it a comment.'
    case 'pajek_matrix':
      return 'the network\'s lines are written as a matrix (*Matrix), which is not read, so it has no links here. ' +
        'Write them as *Edges (or *Arcs) lines, one "<vertex> <vertex> [value]" line per link, or save the network as GraphML.'
    case 'malformed_yaml':
      return `not valid YAML: ${d.problem}. Fix the YAML syntax on this line (indent with spaces, not tabs).`
    case 'links_outside_lab':
      return `${formatCount(d.links, 'link')} of the lab ${pluralOf(d.links, 'ends', 'end')} outside it (${d.ends.map(quote).join(', ')}): ` +
        'the host and the management network are not nodes of the topology, so these links are left out.'
    case 'malformed_sndlib':
      return `cannot read this ${d.section} line of the SNDlib file: expected ${d.expected}, got ${quote(d.got)}. ` +
        'Fix the line to the layout of the SNDlib native format, given in the comment above each section.'
    case 'sndlib_not_network':
      return `this SNDlib file is of type ${quote(d.type)}, not a network, so it holds no nodes or links: an SNDlib instance comes as a network file ` +
        '(NODES, LINKS, DEMANDS) and a model file (the rules of the design problem). Give the network file (its first line says type: network) with -t.'
    case 'sndlib_demands_only':
      return `the SNDlib file gives ${formatCount(d.nodes, 'node')} and ${formatCount(d.demands, 'demand')} but no link, so no demand can be routed: ` +
        'it is a demand matrix (as SNDlib\'s dynamic traffic matrices are), not a network. Give the network file of the same nodes with -t, ' +
        'and this file with --flows to route its demands over it.'
    case 'flow_matrix':
      return 'this is a traffic matrix (sources down the first column, destinations across the first row), not a flow list, which has one row per flow: ' +
        `id,src,dst,volume,class. Write each filled cell as a row (its first: ${d.example.src},${d.example.dst},${d.example.volume}), ` +
        'with the class of its traffic, and give that file with --flows.'
    case 'unknown_node':
      if (d.unplacedDevice === true) {
        return `${quote(d.node)} in ${d.end} is an inventory device on no topology node (see the devices on no node above), so the flow cannot be routed; ` +
          'the entry is skipped. Give the device a site that names a node, or write the node in the flow.'
      }
      return `${quote(d.node)} in ${d.end} is not a node of ${d.network === undefined ? 'the network' : `network ${quote(d.network)}`} (${formatCount(d.nodes, 'node')}); the entry is skipped. ` +
        (d.suggestions !== undefined && d.suggestions.length > 0
          ? `Did you mean ${formatNodeSuggestions(d.suggestions)}? `
          : '') +
        (d.names === true
          ? `Write a node id, label (any case)${d.devices === true ? ', site, or the id or name of an inventory device.' : ' or site.'}`
          : d.network !== undefined
          ? `Write ${d.network}:<node id or label (any case)> as the network's file names the node.`
          : 'Check the id for typos, or declare the node first.')
    case 'unknown_network':
      return `no network ${quote(d.network)} is loaded; known networks: ${list(d.known)}. ` +
        'Write endpoints as <network>:<node id or label>, and load the network with --topology <network>=<file>.'
    case 'ambiguous_node':
      if (d.devices === true) {
        return `${quote(d.node)} names inventory devices on several nodes (${list(d.matches)}); the entry is skipped. ` +
          'Write the id of one of the devices, or the node id.'
      }
      return `${quote(d.node)} matches several nodes (${list(d.matches)}); the entry is skipped. Use the node id instead of its label` +
        (sharedAcrossNetworks(d.matches) ? `, or write the network before it (${d.matches[0]!.split(':')[0]}:${d.node}).` : '.')
    case 'duplicate_node':
      return `node id ${quote(d.id)} was already used at ${formatLocation(d.first)}; this node is skipped. Give every node a unique id.`
    case 'unweighted_flow_class':
      return `flow class ${quote(d.class)} (${d.flows.toLocaleString('en-US')} ${d.flows === 1 ? 'flow' : 'flows'}) has no weight: ` +
        `${d.flows === 1 ? 'it counts' : 'they count'} ${d.weight} per unit of volume in the plan. Known classes: ${d.known.join(', ')}. ` +
        `Give it a weight with --class-weight ${classWeightWord(d.class)}, or write one of the known classes.`
    case 'duplicate_flow':
      return `flow id ${quote(d.id)} was already used at ${formatLocation(d.first)}; this flow is skipped. Give every flow a unique id.`
    case 'unknown_key':
      return `data key ${quote(d.key)} is not declared by any <key> element; the value is ignored. Declare it with <key id=${quote(d.key)} for="${d.on ?? 'node'}" attr.name="..."/>.`
    case 'self_flow':
      return `flow ${quote(d.id)} goes from node ${quote(d.node)} to itself; it crosses only that node, so it counts as exposed only when ` +
        'that node holds untrusted equipment (an unknown node does not make it exposed). Check its src and dst.'
    case 'self_loop':
      return `a link from node ${quote(d.node)} to itself is skipped: it carries no traffic between nodes.`
    case 'self_loops_skipped':
      return `${d.links.toLocaleString('en-US')} ${pluralOf(d.links, 'link goes', 'links go')} from a node to itself (${d.nodes.map(quote).join(', ')}` +
        `${d.links > d.nodes.length ? ', …' : ''}) and ${pluralOf(d.links, 'is', 'are')} skipped: a self-loop carries no traffic between nodes.`
    case 'asymmetric_link_metrics': {
      const examples = d.examples.map((e) => `${e.a} → ${e.b} ${num(e.ab)}, back ${num(e.ba)}`).join('; ')
      return `${formatCount(d.links, 'link')} ${pluralOf(d.links, 'has', 'have')} a different metric in each direction (${examples}${d.links > d.examples.length ? '; …' : ''}): ` +
        'trustpath routes every link both ways at its smaller metric, so a flow in the costlier direction may be shown on a path the network does not take. ' +
        'Check the flows that cross those nodes, or give each link the metric of the direction the sensitive flows take.'
    }
    case 'local_device_from_file':
      return `no prompt line names the device that saw ${pluralOf(d.neighbors, 'this neighbour', `these ${d.neighbors.toLocaleString('en-US')} neighbours`)}, ` +
        `so the file's name, ${quote(d.device)}, is taken as that device. Keep the prompt lines of the session ` +
        `(sw-core-01#show cdp neighbors detail) or lldpd's local chassis (lldpcli show chassis) before the table, or name the file after the device.`
    case 'unknown_unit':
      return `the unit ${quote(d.unit)} is not a known bit rate; capacities and volumes are kept as written, not converted to Mbit/s. ` +
        `Known units: ${d.known.join(', ')}.`
    case 'invalid_prefix':
      return d.problem === 'host_bits'
        ? `the prefix ${quote(d.value)} has bits set past its length, so it is no network; the row is skipped. Write ${d.network ?? 'the network address'}, or the length meant (/32 for one address).`
        : d.problem === 'empty'
        ? 'the row gives no prefix; it is skipped. Write a prefix in CIDR notation: 10.20.0.0/16 or 2001:db8:20::/48.'
        : `${quote(d.value)} is no prefix; the row is skipped. Write a prefix in CIDR notation: 10.20.0.0/16 or 2001:db8:20::/48 (the length at most 32 for IPv4, 128 for IPv6).`
    case 'duplicate_prefix':
      return `the prefix ${quote(d.prefix)} was already given at ${formatLocation(d.first)}; this row is skipped. Keep one row per prefix.`
    case 'prefix_unknown_node':
      return `${quote(d.node)}, the node of prefix ${quote(d.prefix)}, is not a node of the network; no flow is read until it is fixed. ` +
        (d.suggestions.length > 0 ? `Did you mean ${formatNodeSuggestions(d.suggestions)}? ` : '') +
        'Write a node id, label (any case) or site of the topology.'
    case 'site_map_unknown_node':
      return `${quote(d.node)}, the node of site ${quote(d.site)}, is not a node of the network; nothing is routed until it is fixed. ` +
        (d.suggestions.length > 0 ? `Did you mean ${formatNodeSuggestions(d.suggestions)}? ` : '') +
        'Write a node id, label (any case) or site of the topology.'
    case 'site_map_duplicate':
      return `the site ${quote(d.site)} was already given at ${formatLocation(d.first)}` +
        (d.node === d.firstNode ? ` (the same node, ${quote(d.node)})` : `, as ${quote(d.firstNode)}; here it is ${quote(d.node)}`) +
        '; nothing is routed until it is fixed. Keep one row per site (sites match in any case and spacing).'
    case 'site_map_unused':
      return `${formatCount(d.count, 'site')} of the site map ${d.count === 1 ? 'is' : 'are'} no inventory device's site: ` +
        `${d.sites.map((s) => quote(s.site) + (s.suggestions.length > 0 ? ` (did you mean the inventory's ${s.suggestions.map(quote).join(' or ')}?)` : '')).join(', ')}` +
        `${d.count > d.sites.length ? ', …' : ''}. ` +
        'Check the spelling against the inventory\'s sites (any case and spacing match); a row for a site with no device places nothing.'
    case 'unknown_address':
      if (d.unplacedDevice === true) {
        return `the address ${d.address} is an inventory device's, and that device is on no topology node (see the devices on no node above)${d.prefixes ? ', and the address is in no prefix of the prefix table' : ''}, so its ` +
          `${formatCount(d.records, 'flow record')} (${formatBytes(d.bytes)}) ${pluralOf(d.records, 'is', 'are')} left out. Give the device a site that names a node, or add a prefix that holds the address.`
      }
      return `the address ${d.address} is ${d.prefixes ? 'in no prefix of the prefix table and ' : ''}no inventory device's address, so its ` +
        `${formatCount(d.records, 'flow record')} (${formatBytes(d.bytes)}) ${pluralOf(d.records, 'is', 'are')} left out. ` +
        (d.prefixes ? 'Add a prefix that holds it to the prefix table (prefix,node[,class]).' : 'Give a prefix table with --prefixes (prefix,node[,class]) that places the addresses on nodes.')
    case 'shared_device_address':
      return `the address ${d.address} is the address of inventory devices on ${formatCount(d.nodes.length, 'node')} (${d.nodes.map(quote).join(', ')}), so it tells no node; its ` +
        `${formatCount(d.records, 'flow record')} (${formatBytes(d.bytes)}) ` +
        (d.placedOn !== undefined
          ? `${pluralOf(d.records, 'goes', 'go')} to ${quote(d.placedOn)}, the node of the prefix that holds it. `
          : `${pluralOf(d.records, 'is', 'are')} left out. `) +
        'Give each device its own address in the inventory, or place the address with a prefix of its own in the prefix table.'
    case 'unclassified_flows':
      return `${formatCount(d.flows, 'flow')} between nodes (${formatBytes(d.bytes)}, ${formatMbits(d.volume)} Mbit/s) ${pluralOf(d.flows, 'runs', 'run')} between prefixes that give no class, ` +
        `where the prefix table classes others (${d.classes.map(quote).join(', ')}): ordinary traffic, left out of the sensitive flows, their figures and the plan's value. ` +
        'To count such traffic, give the prefix of either end a class in the prefix table (internal).'
    case 'flow_times_clock_change': {
      const utc = (minutes: number): string => `UTC${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`
      return `the records' times carry no zone and run across a change of daylight-saving time in this machine's zone (${d.zone}, ${utc(d.fromOffset)} to ${utc(d.toOffset)}): ` +
        `if the exporter ran in that zone, the capture lasted ${d.spanInZone > 0 ? formatSpan(d.spanInZone) : 'no time'}, not ${formatSpan(d.span)}, and every volume is off by as much. ` +
        'Export the times in UTC (TZ=UTC nfdump -r ... -o csv, or nfdump\'s %tsr and %ter) to be sure.'
    }
    case 'flow_records_no_span':
      return `the ${formatCount(d.records, 'flow record')} span no time (one instant), so no rate can be told: each volume is taken over one second, ` +
        'in megabits carried rather than Mbit/s. Exposed shares and the ranking of nodes hold; give a longer capture for rates.'
    case 'flow_records_skipped':
      return `${formatCount(d.records, 'more flow record')} beyond the ${d.reported} above did not read either and ${pluralOf(d.records, 'is', 'are')} left out. ` +
        'Check that the file is the tool\'s export as written (nfdump -o csv, Zeek\'s conn.log), not edited or cut.'
    case 'invalid_flow_record':
      return `the ${d.format === 'zeek' ? 'Zeek conn.log' : d.format === 'vpc' ? 'VPC flow log' : d.format === 'goflow' ? 'GoFlow2' : d.format === 'ipfixcol2' ? 'ipfixcol2' : 'nfdump'} record's ${d.field} ${quote(d.value)} does not read (expected ${d.expected}); the record is left out.`
    case 'nothing_imported':
      return `the input holds no ${d.expected}. Check that this is the intended file and format.`
    case 'duplicate_schedule_row':
      return `device ${quote(d.device)} was already scheduled at ${formatLocation(d.first)}; this row is skipped. Keep one row per device.`
    case 'duplicate_cost_row':
      return `a cost row for role ${quote(d.role)}${d.model === '' ? '' : ` and model ${quote(d.model)}`} was already given at ${formatLocation(d.first)}; this row is skipped. ` +
        'Keep one row per role and model.'
    case 'schedule_not_candidate':
      if (d.outOfService === true) {
        return `device ${quote(d.device)} is no candidate for replacement: the inventory records it as out of service, so there is nothing to buy for it; ` +
          'this row is ignored. Confirm that it is gone from the network, or correct its status in the inventory if it is still in service.'
      }
      if (d.sharedBy !== undefined && d.sharedBy.length > 1) {
        return `${quote(d.device)} is the name of ${formatCount(d.sharedBy.length, 'device')} of the inventory (${d.sharedBy.slice(0, 5).join(', ')}` +
          `${d.sharedBy.length > 5 ? ', …' : ''}), not of one; this row is ignored. Write the id of the device to schedule.`
      }
      return d.inInventory
        ? `device ${quote(d.device)} is no candidate for replacement: the policy gives it no prohibit or remove-by finding (it is clean, exempt or only flagged); this row is ignored. ` +
          'Check the device id, or the rule that should cover it (trustpath check shows its findings).'
        : `device ${quote(d.device)} is not in the inventory; this row is ignored. Check the device id against the inventory's ids.`
    case 'schedule_after_deadline': {
      const due = `${d.deadline !== undefined ? `its deadline ${d.deadline}` : 'its deadline (prohibited: the first phase)'}${d.rule !== undefined ? ` (rule ${d.rule})` : ''}`
      const asked = d.field === 'phase'
        ? `device ${quote(d.device)} is scheduled for phase ${d.phase}`
        : `device ${quote(d.device)} may not be touched before ${d.value} (phase ${d.phase})`
      const fix = d.field === 'phase'
        ? `Schedule it in phase ${d.deadlinePhase} or earlier, or leave its phase empty to let the planner choose`
        : `Give a not_before date in phase ${d.deadlinePhase} or earlier, or leave it empty`
      return `${asked}, after ${due}, which falls in phase ${d.deadlinePhase}: no plan could meet that deadline. ` +
        `${fix}; if the date cannot move, change the deadline in the policy (an exemption, or --deadline-rules).`
    }
  }
}
