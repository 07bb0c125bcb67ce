/**
 * Address tables as inventories: the tables that map the addresses of a segment to MAC addresses,
 * where the MAC's block names the maker of each device.
 *
 * Hosts' tables: `arp -a` and `arp -an` (Linux net-tools, macOS and the BSDs: `? (10.0.0.1) at
 * 0:e0:fc:12:34:56 on en0 ifscope [ethernet]`), Linux `arp` (`Address  HWtype  HWaddress ...`),
 * Windows `arp -a` (an `Interface: 10.0.0.2 --- 0x7` block, then `Internet Address  Physical
 * Address  Type`), iproute2's `ip neigh` (`10.0.0.1 dev eth0 lladdr 00:e0:fc:12:34:56 REACHABLE`),
 * arp-scan (normal and `--plain`: `IP<tab>MAC<tab>vendor`), dnsmasq's lease file (`expiry MAC IP
 * hostname client-id`) and ISC dhcpd's `dhcpd.leases` (`lease IP { ... hardware ethernet MAC;
 * client-hostname "name"; }`).
 *
 * Network devices' tables, saved from a session (a prompt and command line first, or none): Cisco
 * IOS, IOS-XE and NX-OS `show ip arp` and `show mac address-table`, Arista `show ip arp`, Huawei
 * and H3C `display arp` and `display mac-address`, Juniper `show arp`, MikroTik `/ip arp print`.
 *
 * One reader serves all the line tables, whatever their columns: a line that holds a MAC (in any of
 * the notations `parseMac` reads) is an entry, its IPv4 and IPv6 addresses are the entry's, and
 * every other line (prompts, legends, headers, totals, entries still incomplete) is framing. Only the
 * host name needs the layout: the first word of `arp -a`, the fourth field of a dnsmasq lease, the
 * column a table's header calls `Name`, `Hostname` or `Address` (Linux `arp` prints the name there
 * when it resolves one). So a table of a device not listed here is read as well when its entries
 * name their MACs.
 *
 * One device per MAC (a router answering for many addresses by proxy ARP is one device), in the
 * order the MACs are first seen; its id is its first IPv4 address (else its first IPv6 address)
 * unless another MAC of the file has that address too, else the MAC. Broadcast and multicast MACs
 * (Windows lists ff-ff-ff-ff-ff-ff and 01-00-5e-...) and the all-zero MAC are no device. Locally
 * administered MACs are kept: they are devices, only their maker cannot be told. The vendor that
 * arp-scan prints is its own registry's guess and is not read: the catalog reads the MAC itself.
 */
import { LineSplitter } from './lines.js'
import { formatMac, isMulticast, parseMac } from '../catalog/mac.js'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { RowParser, RowSink } from './rows.js'

/** An IPv4 address, dotted. */
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

export function isIpv4(text: string): boolean {
  const m = IPV4.exec(text)
  return m !== null && Number(m[1]) < 256 && Number(m[2]) < 256 && Number(m[3]) < 256 && Number(m[4]) < 256
}

/**
 * `host:port`, the id of a service a scanner saw; an IPv6 address in brackets (`[2001:db8::1]:23`,
 * RFC 3986's form of a URI's host), as without them the port reads as its last group:
 * `2001:db8::1:23` is another address.
 */
export function hostAndPort(host: string, port: string | number): string {
  return isIpv6(host) ? `[${host}]:${port}` : `${host}:${port}`
}

/** An IPv6 address (RFC 4291 text forms, a zone after `%` allowed); told apart from a time such as `00:17:58`. */
export function isIpv6(text: string): boolean {
  if (text.indexOf(':') < 0) return false
  const zone = text.indexOf('%')
  const t = zone >= 0 ? text.slice(0, zone) : text
  if (!t.includes(':') || !/^[0-9a-f:.]+$/i.test(t)) return false
  const halves = t.split('::')
  if (halves.length > 2) return false
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')))
  let count = groups.length
  const last = groups[groups.length - 1]
  if (last !== undefined && last.includes('.')) {
    if (!isIpv4(last)) return false
    groups.pop()
    count++ // an IPv4 address at the end takes two groups
  }
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false
  return halves.length === 2 ? count < 8 : count === 8
}

/**
 * The addresses a cell gives, several separated by `;`, `,` or spaces, each without a prefix length
 * (`10.20.0.1/24`, as NetBox writes an address) or a zone, an IPv6 address in lower case; undefined
 * when the cell holds no address. With `found`, the addresses of earlier cells: those not in it
 * yet are added to it (the list of a device's addresses, each once).
 */
export function addressesIn(cell: string, found?: string[]): string[] | undefined {
  for (const part of cell.split(/[;,\s]+/)) {
    const slash = part.indexOf('/')
    const text = slash >= 0 && /^\d{1,3}$/.test(part.slice(slash + 1)) ? part.slice(0, slash) : part
    if (text === '' || !isAddress(text)) continue
    const zone = text.indexOf('%')
    const address = (zone >= 0 ? text.slice(0, zone) : text).toLowerCase()
    if (!(found ??= []).includes(address)) found.push(address)
  }
  return found
}

/**
 * A device's management addresses without its id and name where they are one (an id or name that
 * is an address says it already); undefined when none is left.
 */
export function addressesBeside(addresses: readonly string[] | undefined, device: { id: string; name?: string }): string[] | undefined {
  if (addresses === undefined) return undefined
  const id = device.id.toLowerCase()
  const name = device.name?.toLowerCase()
  const others = addresses.filter((a) => a !== id && a !== name)
  return others.length > 0 ? others : undefined
}

/** An IPv4 or IPv6 address. */
export function isAddress(text: string): boolean {
  const c = text.charCodeAt(0)
  // Both start with a hex digit or `:`.
  if (!((c >= 0x30 && c <= 0x3a) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))) return false
  return isIpv4(text) || isIpv6(text)
}

/** A word of a line without what tables put around addresses: `(10.0.0.1)`, `[ether]`, `Vlan10,`, `lladdr;`, NX-OS's `*` of an FHRP entry. */
function bare(word: string): string {
  return word.replace(/^[(*[]+|[)\],;]+$/g, '')
}

/** Twelve hex digits without separators, taken for a MAC only with a letter among them (a number of twelve digits is more often a count). */
const BARE_HEX = /^(?=.*[a-f])[0-9a-f]{12}$/i

/**
 * The MAC a word of a table holds, as a 48-bit number, or undefined. Only a MAC with separators
 * (or a bare one with a hex letter) counts, so that a 12-digit number is not taken for one.
 */
function macOf(word: string): number | undefined {
  // Most words of a line (interfaces, states, addresses) are told apart by their length alone.
  if (word.length < 11 || word.length > 20) return undefined
  const w = bare(word)
  if (w.length < 11 || w.length > 17) return undefined
  if (!/[:.-]/.test(w) && !BARE_HEX.test(w)) return undefined
  return parseMac(w)
}

/** The all-zero MAC: Windows and some switches list it for an entry that has none yet. */
const ZERO_MAC = 0

/**
 * Words after an IP address that say the entry has no MAC yet (`<incomplete>`, Cisco's and
 * Huawei's `Incomplete`, NX-OS's `INCOMPLETE`, `ip neigh`'s `FAILED`), so that the line is no
 * entry to report; also a scanner's line of a host that gave no MAC: nbtscan's `<unknown>` and its
 * `Sendto failed: Permission denied` (the network's own address), Angry IP Scanner's `[n/a]` (not
 * available: a dead host, or one behind a router) and `[n/s]` (not scanned) in its text export.
 */
const NO_MAC_YET = /(?:^|[\s(<])(?:incomplete|failed|noarp|none|unreachable|unknown)(?:$|[\s)>:])|(?:^|\s)\[n\/[as]\](?:$|\s)/i

/** A column header that names the MAC column (Cisco `Hardware Addr`, Windows `Physical Address`, Linux `HWaddress`, MikroTik `MAC-ADDRESS`). */
const MAC_HEADER = /^(?:mac|mac[ -]?addr(?:ess)?|hardware addr(?:ess)?|hw ?address|physical address|link-?layer address)$/i
/**
 * A column header whose values are host names (Juniper's `Name`, MikroTik's `HOST-NAME` in `/ip
 * dhcp-server lease print`, nbtscan's `NetBIOS Name`, Angry IP Scanner's `Hostname`), and one whose
 * values may be (Linux `arp`'s `Address`: the name it resolved, else the IP).
 */
const NAME_HEADER = /^(?:name|host[ -]?name|host|netbios name)$/i
const ADDRESS_HEADER = /^address$/i

/** The columns of a header line: each title (words one space apart) and where it starts. */
function headerColumns(line: string): { title: string; start: number }[] {
  const columns: { title: string; start: number }[] = []
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) columns.push({ title: m[0], start: m.index ?? 0 })
  return columns
}

/**
 * A header line of a table, aligned in columns by runs of spaces, one of which is a MAC column;
 * not a CSV header (no `,`, `;`, `|` or tab between its titles).
 */
function isHeader(line: string): boolean {
  if (/[,;|\t]/.test(line)) return false
  const columns = headerColumns(line)
  return columns.length >= 2 && columns.some((c) => MAC_HEADER.test(c.title))
}

/** `arp -a`'s entries: `name (IP) at MAC ...`, the name `?` when none was resolved. */
const BSD_ENTRY = /^\s*(\S+) \(([^()\s]+)\) at /

/** An optional prompt and command before a table: `sw1#show ip arp`, `<HUAWEI>display arp`, `[admin@MikroTik] > /ip arp print`, `$ ip neigh`. */
const PROMPT = /^\s*(?:\S*[#>$%\]]\s*)?(?:(?:sudo\s+)?(?:show|sh|display|dis|arp|arp-scan|ip|\/ip|cat|run)\b.*)?$/

/**
 * A line of the Fing CLI's event log as CSV (`fing -o log,csv`): time, state, IP address, an empty
 * field, host name, MAC and Fing's vendor, separated by `;`, without a header
 * (`2018/08/29 04:31:35;up;192.168.1.74;;iongmacario;02:04:4B:00:B5:0A;`, as gmacario/docker-fing's
 * README shows its output). The vendor is Fing's reading of the MAC and is not read.
 */
const FING_LOG = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2};[a-z]*;[\da-f.:]+;[^;]*;[^;]*;(?:[\da-f]{2}[:-]){5}[\da-f]{2};/i

/** True when a text starts with a line of the Fing CLI's event log (see `FING_LOG`): a `.csv` file so named is read as one. */
export function isFingLogStart(text: string): boolean {
  return FING_LOG.test(text)
}

/**
 * Lines that start an address table, each enough to tell one: an entry of `arp -a` (net-tools
 * writes `<incomplete>`, macOS and the BSDs `(incomplete)`), of `ip neigh`, of dnsmasq's lease file,
 * the first lines of arp-scan and of Windows' `arp -a`, and the statements of `dhcpd.leases`.
 */
const START_LINES: readonly RegExp[] = [
  /^\S+ \([\d.]+\) at (?:(?:[\da-f]{1,2}:){5}[\da-f]{1,2}\b|<incomplete>|\(incomplete\)|\* )/i,
  /^[\da-f.:]+ dev \S+ (?:lladdr \S+ )?(?:router )?(?:proxy )?(?:REACHABLE|STALE|DELAY|PROBE|FAILED|INCOMPLETE|PERMANENT|NOARP|NONE)\b/,
  /^\d+ (?:[\da-f]{2}:){5}[\da-f]{2} [\d.]+ \S+ \S+$/i,
  /^duid (?:[\da-f]{2}:)+[\da-f]{2}$/i,
  /^Interface: \S+, type: \S+, MAC: /,
  /^Starting arp-scan /,
  FING_LOG,
  // Windows names the block in its language (`Interface:`, German `Schnittstelle:`).
  /^\S+: [\d.]+ --- 0x[\da-f]+$/i,
  /^(?:lease [\d.]+ \{|authoring-byte-order \S+;|server-duid ")/,
  // An entry of an ARP table whose header is not told (ZTE's `show arp` writes its titles over two
  // lines, `Hardware` above `Address`): an IPv4 address first, then a MAC among the words after it,
  // on a line of words apart by spaces (a CSV or TSV row has its own separators).
  /^\d{1,3}(?:\.\d{1,3}){3} +(?:[^\s,;|]+ +)*?(?:(?:[\da-f]{1,2}[:-]){5}[\da-f]{1,2}|[\da-f]{4}[.-][\da-f]{4}[.-][\da-f]{4})(?: [^,;|\t]*)?$/i,
  // A list of MACs, one a line (copied from a switch, an export's column): each is a device. No
  // CSV header is a MAC.
  /^(?:(?:[\da-f]{2}[:-]){5}[\da-f]{2}|[\da-f]{4}\.[\da-f]{4}\.[\da-f]{4})$/i,
]
/** arp-scan's `--plain` entries: IP, MAC and vendor separated by tabs; only as the first line, where a TSV file has its header. */
const ARP_SCAN_PLAIN = /^[\d.]+\t(?:[\da-f]{2}:){5}[\da-f]{2}\t/i

/** Lines of the start looked at, at most: the legends and titles of the longest tables before their header. */
const START_LINES_LOOKED_AT = 24

/**
 * True when the start of a text (its first few KiB) is an address table read here: told by an
 * entry or a first line of one of the layouts, or by a header with a MAC column among the first
 * lines (after a session's prompt, a legend, a title). Such a table has no extension of its own
 * (`.txt`, standard input) and is told from a CSV file by these lines, once per file.
 */
export function isAddressTableStart(head: string): boolean {
  let content = 0
  let from = 0
  for (let i = 0; i < START_LINES_LOOKED_AT && from < head.length; i++) {
    const nl = head.indexOf('\n', from)
    const raw = head.slice(from, nl < 0 ? head.length : nl)
    from = nl < 0 ? head.length : nl + 1
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const trimmed = line.trim()
    // MikroTik's header starts with `#`, the column of its entries' numbers.
    if (isHeader(line)) return true
    if (trimmed === '' || trimmed.startsWith('#')) continue
    if (content++ === 0 && ARP_SCAN_PLAIN.test(line)) return true
    if (START_LINES.some((r) => r.test(trimmed))) return true
  }
  return false
}

/** One device being gathered: where its MAC was first seen, its addresses and its host name. */
type Entry = { at: SourceLocation; ips: string[]; name?: string }

/** A host name as a table writes it: not `?` (arp -a), `*` (dnsmasq), `-`, nor an address. */
function hostName(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const t = text.trim()
  if (!/^[\w][\w.-]*$/.test(t) || isAddress(t) || macOf(t) !== undefined) return undefined
  return t
}

const EXPECTED_ENTRY = 'an entry with the MAC address of the IP address (00:e0:fc:12:34:56, 00-e0-fc-12-34-56, 00e0.fc12.3456 or 00e0-fc12-3456), or an incomplete entry'

/**
 * Reads an address table line by line (see the top of this file): `dhcpd.leases` by its lease
 * blocks, every other table by the MACs of its lines. The devices go to the sink at the end, once
 * every line of each MAC has been read.
 */
export class AddressTableParser implements RowParser {
  private readonly file: string
  private readonly lines = new LineSplitter()
  private line = 1
  /** Told by the first line that is not blank or a comment: ISC dhcpd's lease file, or a table of lines. */
  private layout: 'lines' | 'dhcpd' | undefined
  private readonly entries = new MacEntries()
  /** The name column of the last header line read: where it starts and where the next column starts. */
  private nameColumn: { start: number; end: number } | undefined
  /** dhcpd.leases: the lease being read, and the depth of the other blocks being skipped. */
  private lease: { at: SourceLocation; ip: string; mac?: number; name?: string } | undefined
  private depth = 0

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string, sink: RowSink): void {
    this.lines.push(chunk, (line) => this.read(line, sink))
  }

  end(sink: RowSink): void {
    this.lines.end((line) => this.read(line, sink))
    this.endLease()
    this.emit(sink)
  }

  private read(raw: string, sink: RowSink): void {
    const at = this.line++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const trimmed = line.trim()
    // `#` starts a comment of dhcpd.leases, and MikroTik's header (read as one in a table of lines).
    if (trimmed === '' || (trimmed.startsWith('#') && this.layout !== 'lines')) return
    this.layout ??= /^(?:lease|authoring-byte-order|server-duid|failover|ia-na|ia-ta|ia-pd)\b/.test(trimmed) ? 'dhcpd' : 'lines'
    if (this.layout === 'dhcpd') this.readLease(trimmed, at, sink)
    else this.readLine(line, at, sink)
  }

  /** A line of a table: an entry when it holds a MAC, a header when it names the columns, framing otherwise. */
  private readLine(line: string, at: number, sink: RowSink): void {
    if (FING_LOG.test(line)) {
      // Fing's event log: a host's events (up, down) one a line, one device per MAC.
      const fields = line.split(';')
      const mac = parseMac(fields[5]!.trim())
      if (mac !== undefined && isAddress(fields[2]!)) this.add(mac, [fields[2]!], hostName(fields[4]), at)
      return
    }
    // Words as plain strings: this runs once per line of tables of a million entries.
    const words = line.trim().split(/\s+/)
    let mac: number | undefined
    let macAt = -1
    for (let i = 0; i < words.length && mac === undefined; i++) {
      mac = macOf(words[i]!)
      macAt = i
    }
    if (mac === undefined) {
      if (isHeader(line)) {
        const columns = headerColumns(line)
        const named = columns.findIndex((c) => NAME_HEADER.test(c.title))
        const i = named >= 0 ? named : columns.findIndex((c) => ADDRESS_HEADER.test(c.title))
        this.nameColumn = i < 0 ? undefined : { start: columns[i]!.start, end: columns[i + 1]?.start ?? Infinity }
        return
      }
      // A line that starts with an address is an entry; without a MAC it must say it has none yet.
      const first = bare(words[0]!)
      if (isAddress(first) && !NO_MAC_YET.test(line) && !PROMPT.test(line)) {
        sink.diagnostics.push({ code: 'malformed_address_entry', severity: 'error', at: { file: this.file, line: at }, got: line.trim().slice(0, 120), expected: EXPECTED_ENTRY })
      }
      return
    }
    // The scanner's own interface, which arp-scan names before its results, is no entry.
    if (line.startsWith('Interface: ')) return
    // dnsmasq: expiry, MAC, IPv4 address, host name (`*` for none), client id (whose hex bytes
    // could read as an IPv6 address).
    if (words.length === 5 && macAt === 1 && /^\d+$/.test(words[0]!) && isIpv4(words[2]!)) {
      return this.add(mac, [words[2]!], hostName(words[3]!), at)
    }
    const ips: string[] = []
    for (let i = 0; i < words.length; i++) {
      if (i === macAt) continue
      const word = bare(words[i]!)
      if (isAddress(word) && !ips.includes(word)) ips.push(word)
    }
    this.add(mac, ips, this.nameOf(line), at)
  }

  /** The host name an entry gives: by the layout of `arp -a`, else by its header's name column. */
  private nameOf(line: string): string | undefined {
    const bsd = BSD_ENTRY.exec(line)
    if (bsd !== null) return hostName(bsd[1])
    const column = this.nameColumn
    if (column === undefined) return undefined
    // The first word that starts inside the column.
    const end = Math.min(column.end, line.length)
    for (let i = column.start; i < end; i++) {
      if (line.charCodeAt(i) <= 0x20 || (i > 0 && line.charCodeAt(i - 1) > 0x20)) continue
      let j = i
      while (j < line.length && line.charCodeAt(j) > 0x20) j++
      return hostName(line.slice(i, j))
    }
    return undefined
  }

  /**
   * A line of `dhcpd.leases` (dhcpd.leases(5)): a lease block gives its address, `hardware ethernet`
   * its MAC and `client-hostname` the name; other blocks (failover state, DHCPv6 `ia-na`) and the
   * other statements are skipped. The vendor class (`set vendor-class-identifier = "MSFT 5.0";`,
   * `android-dhcp-13`, `udhcp 1.36.1`) names the client's DHCP software, seldom its maker, and a
   * client sends what it likes: it is not taken as evidence.
   */
  private readLease(line: string, at: number, sink: RowSink): void {
    if (this.depth === 0 && this.lease === undefined) {
      const m = /^lease (\S+) \{$/.exec(line)
      if (m !== null && isAddress(m[1]!)) {
        this.lease = { at: { file: this.file, line: at }, ip: m[1]! }
        return
      }
    }
    const opens = line.endsWith('{')
    if (this.lease !== undefined && this.depth === 0 && !opens) {
      if (line === '}') return this.endLease()
      const hardware = /^hardware \S+ (\S+);$/.exec(line)
      if (hardware !== null) {
        const mac = parseMac(hardware[1]!)
        if (mac === undefined) sink.diagnostics.push({ code: 'invalid_mac', severity: 'warning', at: { file: this.file, line: at }, value: hardware[1]! })
        else this.lease.mac = mac
        return
      }
      const name = /^client-hostname "(.*)";$/.exec(line)
      if (name !== null) this.lease.name = name[1]!.trim() === '' ? undefined : name[1]!.trim()
      return
    }
    if (opens) this.depth++
    else if (line.startsWith('}') && this.depth > 0) this.depth--
  }

  private endLease(): void {
    const lease = this.lease
    this.lease = undefined
    if (lease?.mac !== undefined) this.add(lease.mac, [lease.ip], lease.name, lease.at.line!)
  }

  private add(mac: number, ips: string[], name: string | undefined, at: number): void {
    this.entries.add(mac, ips, name, { file: this.file, line: at })
  }

  private emit(sink: RowSink): void {
    this.entries.emit(sink)
  }
}

/**
 * The entries of an address table gathered by MAC: one device per MAC, in the order the MACs are
 * first seen, with every address seen with it; its id is its first IPv4 address (else its first
 * IPv6 address) unless another MAC of the table has that address too, else the MAC (see the top of
 * this file). Broadcast, multicast and all-zero MACs are no device.
 */
export class MacEntries {
  private readonly entries = new Map<number, Entry>()

  /** Adds what a line (or record) says of a MAC: its addresses, and its host name when it names one. */
  add(mac: number, ips: readonly string[], name: string | undefined, at: SourceLocation): void {
    if (mac === ZERO_MAC || isMulticast(mac)) return
    const seen = this.entries.get(mac)
    if (seen === undefined) {
      const entry: Entry = { at, ips: [...ips] }
      if (name !== undefined) entry.name = name
      this.entries.set(mac, entry)
      return
    }
    for (const ip of ips) if (!seen.ips.includes(ip)) seen.ips.push(ip)
    seen.name ??= name
  }

  /** Hands each MAC to the sink as a device, in the order first seen, with the id its addresses give it. */
  emit(sink: RowSink): void {
    // An address that two MACs claim (a conflict, or a lease given to another client) names neither.
    const owners = new Map<string, number>()
    for (const { ips } of this.entries.values()) for (const ip of ips) owners.set(ip, (owners.get(ip) ?? 0) + 1)
    for (const [mac, { at, ips, name }] of this.entries) {
      let id: string | undefined
      for (const ip of ips) {
        if (owners.get(ip) !== 1) continue
        if (isIpv4(ip)) {
          id = ip
          break
        }
        id ??= ip
      }
      const text = formatMac(mac)
      const device: Record<string, unknown> = { id: id ?? text, macs: [text] }
      if (name !== undefined) device['name'] = name
      sink.row(device, at)
    }
    this.entries.clear()
  }
}
