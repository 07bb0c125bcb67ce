import { BANNER_PATTERNS } from '../catalog/banners.js'
import type { BannerPattern } from '../catalog/types.js'
import type { ManufacturerSlug } from '../domain/manufacturer.js'
import { LINE_BREAK } from '../util/line-ends.js'

/** A banner pattern that matched: which one, the manufacturer it names, and what it captured. */
export type BannerMatch = {
  /** Name of the pattern in the catalog (`huawei-vrp`). */
  pattern: string
  manufacturer: ManufacturerSlug
  product?: string
  version?: string
  /** The matched part of the text, at most 120 characters. */
  excerpt: string
  /** Copied from the pattern: `low` for strings several makers ship. */
  certainty: 'high' | 'low'
}

/** What a banner is: the protocol it was read from, the header or part, and the text. */
export type BannerInput = { protocol: string; field?: string; text: string }

const MAX_EXCERPT = 120

/**
 * The patterns prepared for matching. Keywords are found in one pass over the text: a table keyed
 * by each pair of adjacent (ASCII-folded) characters lists the keywords that start with that pair,
 * and only those are compared at that position. This is a cheap stand-in for Aho-Corasick that
 * costs a typed-array read per character and needs no lower-cased copy of the text.
 */
type Index = {
  /** Pair code (two folded bytes) → position in `startingWith` + 1; 0 means no keyword starts so. */
  pairs: Uint16Array
  /** Keyword ids that start with a given pair. */
  startingWith: number[][]
  /** Keyword id → its lower-case characters. */
  keywords: string[]
  /** Keyword id → positions (in the pattern list) of the patterns it admits. */
  admits: number[][]
  /** Patterns without keywords: always tried. */
  always: number[]
  patterns: readonly BannerPattern[]
  /** Per pattern: the protocols and fields it accepts, as sets (undefined = any). */
  protocols: (ReadonlySet<string> | undefined)[]
  fields: (ReadonlySet<string> | undefined)[]
  /** Scratch: the call number in which a keyword or pattern was last seen (dedupes without a Set). */
  keywordSeen: Uint32Array
  patternSeen: Uint32Array
  epoch: number
}

const INDEXES = new WeakMap<readonly BannerPattern[], Index>()

/** The protocol a pattern sees: HTTPS is HTTP over TLS, its headers and titles are the same. */
function normalizeProtocol(protocol: string): string {
  const p = protocol.toLowerCase()
  return p === 'https' ? 'http' : p
}

/**
 * The reply code before an FTP or SMTP greeting: "220 ", or "220-" on the first line of a greeting
 * of several lines. nmap, Shodan and Censys keep it and Recog does not; the patterns are written
 * for the greeting alone, so the matcher drops it here, once, for every FTP and SMTP pattern.
 */
const GREETING_REPLY_CODE = /^220[ -]/

/**
 * The text the patterns see: an FTP or SMTP greeting without its reply code, any other banner as
 * it is. A banner of protocol `other` that starts with the code is a greeting too (a scanner that
 * did not know the port), and no pattern for `other` expects the code.
 */
function patternText(protocol: string, text: string): string {
  // A sysDescr exported with the quotes snmpwalk prints around a string (`STRING: "..."`), or
  // that an agent puts around its whole value, is read inside them.
  if (protocol === 'snmp') {
    const quoted = QUOTED.exec(text)
    return quoted === null ? text : quoted[1]!
  }
  return (protocol === 'ftp' || protocol === 'smtp' || protocol === 'other') && GREETING_REPLY_CODE.test(text) ? text.slice(4) : text
}

/** A text in double quotes, with spaces or line breaks around them. */
const QUOTED = /^\s*"([\s\S]*)"\s*$/

/**
 * The protocol a text announces in its first bytes, for a banner whose protocol its source did not
 * name (a scanner's `banner` column without a protocol column, a port it did not know): an HTTP,
 * RTSP or SIP response starts with its status line (`HTTP/1.1 200 OK`: RFC 9112 section 4, RFC
 * 2326 section 7.1, RFC 3261 section 7.2), an SSH server's answer with its identification string
 * (`SSH-2.0-HUAWEI-1.5`: RFC 4253 section 4.2). Read as `other`, a camera's whole HTTP answer
 * matched none of the patterns of HTTP's Server header, and an SSH line was only a weak mention of
 * its maker. Undefined for any other text.
 */
function announcedProtocol(text: string): string | undefined {
  const m = ANNOUNCED.exec(text)
  return m === null ? undefined : (m[1] ?? 'ssh').toLowerCase()
}
const ANNOUNCED = /^\s*(?:(HTTP|RTSP|SIP)\/\d\.\d[ \t]+\d{3}\b|SSH-\d\.\d+-)/

/** ASCII lower case of one UTF-16 code unit; other characters are left alone. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c
}

function pairCode(a: number, b: number): number {
  return ((a & 0xff) << 8) | (b & 0xff)
}

function buildIndex(patterns: readonly BannerPattern[]): Index {
  const ids = new Map<string, number>()
  const keywords: string[] = []
  const admits: number[][] = []
  const always: number[] = []
  patterns.forEach((p, i) => {
    // A one-character keyword cannot be found by pairs; such a pattern is tried on every text.
    const usable = (p.keywords ?? []).filter((k) => k.length >= 2)
    if (usable.length === 0 || usable.length !== (p.keywords ?? []).length) {
      always.push(i)
      return
    }
    for (const k of usable) {
      let id = ids.get(k)
      if (id === undefined) {
        id = keywords.length
        ids.set(k, id)
        keywords.push(k)
        admits.push([])
      }
      const list = admits[id]
      if (list !== undefined && !list.includes(i)) list.push(i)
    }
  })
  const pairs = new Uint16Array(65536)
  const startingWith: number[][] = []
  keywords.forEach((k, id) => {
    const code = pairCode(k.charCodeAt(0), k.charCodeAt(1))
    let slot = pairs[code] ?? 0
    if (slot === 0) {
      startingWith.push([])
      slot = startingWith.length
      pairs[code] = slot
    }
    startingWith[slot - 1]?.push(id)
  })
  return {
    pairs,
    startingWith,
    keywords,
    admits,
    always,
    patterns,
    protocols: patterns.map((p) => (p.protocols === undefined ? undefined : new Set(p.protocols.map(normalizeProtocol)))),
    fields: patterns.map((p) => (p.fields === undefined ? undefined : new Set(p.fields.map((f) => f.toLowerCase())))),
    keywordSeen: new Uint32Array(keywords.length),
    patternSeen: new Uint32Array(patterns.length),
    epoch: 0,
  }
}

function indexFor(patterns: readonly BannerPattern[]): Index {
  let index = INDEXES.get(patterns)
  if (index === undefined) {
    index = buildIndex(patterns)
    INDEXES.set(patterns, index)
  }
  return index
}

/** True when keyword `k` (lower case) occurs in `text` at `at`, ignoring ASCII case. */
function occursAt(text: string, at: number, k: string): boolean {
  if (at + k.length > text.length) return false
  for (let j = 2; j < k.length; j++) {
    if (fold(text.charCodeAt(at + j)) !== k.charCodeAt(j)) return false
  }
  return true
}

/** Positions of the patterns whose keywords occur in the text, in catalog order. */
function candidates(index: Index, text: string): number[] {
  const found: number[] = index.always.length > 0 ? [...index.always] : []
  index.epoch = (index.epoch + 1) >>> 0
  if (index.epoch === 0) {
    index.keywordSeen.fill(0)
    index.patternSeen.fill(0)
    index.epoch = 1
  }
  const epoch = index.epoch
  for (const i of found) index.patternSeen[i] = epoch
  const { pairs, startingWith, keywords, admits, keywordSeen, patternSeen } = index
  let sorted = true
  let prev = fold(text.charCodeAt(0))
  for (let i = 0; i + 1 < text.length; i++) {
    const next = fold(text.charCodeAt(i + 1))
    const slot = pairs[pairCode(prev, next)] ?? 0
    prev = next
    if (slot === 0) continue
    for (const id of startingWith[slot - 1] ?? []) {
      if (keywordSeen[id] === epoch) continue
      const k = keywords[id]
      if (k === undefined || !occursAt(text, i, k)) continue
      keywordSeen[id] = epoch
      for (const p of admits[id] ?? []) {
        if (patternSeen[p] === epoch) continue
        patternSeen[p] = epoch
        if (found.length > 0 && (found[found.length - 1] ?? 0) > p) sorted = false
        found.push(p)
      }
    }
  }
  return sorted ? found : found.sort((a, b) => a - b)
}

function toMatch(p: BannerPattern, m: RegExpExecArray): BannerMatch {
  const groups = m.groups
  // A pattern's `model` group is the exact model where the text also names it (a sysDescr's last line), over the family in `product`.
  const product = groups?.['model'] ?? groups?.['product'] ?? (p.product !== undefined && p.product !== 'product' ? p.product : undefined)
  const version = groups?.['version']
  const excerpt = m[0].length > MAX_EXCERPT ? m[0].slice(0, MAX_EXCERPT) : m[0]
  return {
    pattern: p.name,
    manufacturer: p.manufacturer,
    ...(product !== undefined && product !== '' ? { product: product.trim() } : {}),
    ...(version !== undefined && version !== '' ? { version } : {}),
    excerpt: excerpt.trim(),
    certainty: p.certainty ?? 'high',
  }
}

/**
 * Matches one banner against the catalog's banner patterns and returns every pattern that fires,
 * in catalog order. A pattern is tried only when the banner's protocol and field are among the
 * ones it declares, and one of its keywords occurs in the text.
 *
 * @example
 * matchBanner({ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' })
 * // [{ pattern: 'huawei-vrp-ssh', manufacturer: 'huawei', version: '1.5', excerpt: 'SSH-2.0-HUAWEI-1.5', certainty: 'high' }]
 */
export function matchBanner(banner: BannerInput, patterns: readonly BannerPattern[] = BANNER_PATTERNS): BannerMatch[] {
  if (banner.text.length === 0) return []
  const index = indexFor(patterns)
  const protocol = normalizeProtocol(banner.protocol === 'other' ? announcedProtocol(banner.text) ?? 'other' : banner.protocol)
  const text = patternText(protocol, banner.text)
  const field = banner.field?.toLowerCase()
  const out = matchPart(index, protocol, field, text)
  // A banner captured whole (a response with its headers, "Server: ..." with its header name) is
  // also read part by part, as the patterns expect the value of one header or the title.
  const parts = bannerParts(field, text)
  if (parts === undefined) return out
  for (const part of parts) {
    for (const m of matchPart(index, protocol, part.field, part.text)) {
      if (!out.some((o) => o.pattern === m.pattern)) out.push(m)
    }
  }
  return out
}

function matchPart(index: Index, protocol: string, field: string | undefined, text: string): BannerMatch[] {
  const out: BannerMatch[] = []
  if (text.length === 0) return out
  for (const i of candidates(index, text)) {
    const protocols = index.protocols[i]
    if (protocols !== undefined && !protocols.has(protocol)) continue
    const fields = index.fields[i]
    if (field !== undefined && fields !== undefined && !fields.has(field)) continue
    const p = index.patterns[i]
    if (p === undefined) continue
    const m = p.pattern.exec(text)
    if (m !== null) out.push(toMatch(p, m))
  }
  return out
}

/** One header (lower-case name), the title, or the first line (the banner's own field) of a banner captured whole. */
export type BannerPart = { field: string | undefined; text: string }

/** The status or request line of an HTTP, RTSP or SIP message. */
const START_LINE = /^(?:(?:HTTP|RTSP|SIP)\/\d\.\d\s+\d{3}\b|[A-Z_]+ \S+ (?:HTTP|RTSP|SIP)\/\d\.\d\s*$)/
/** `Name: value` on one line. */
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*?)\s*$/
/** Header names that scanners also write before a single value ("Server: Hikvision-Webs"). */
const VALUE_HEADERS: ReadonlySet<string> = new Set(['server', 'www-authenticate', 'user-agent', 'title'])
const TITLE = /<title[^>]*>([^<]*)<\/title>/i

/**
 * The parts of a banner that scanners capture whole, or undefined when it is a single value:
 *
 * - an HTTP, RTSP or SIP message (what nmap's `banner` script, Shodan and Censys keep): its header
 *   lines, by lower-case name (folded lines joined), and the `<title>` of an HTML body;
 * - a single header written with its name (`Server: DNVRS-Webs`): its value;
 * - an HTML page: its title;
 * - any other text of several lines (an SSH identification line followed by the key exchange, as
 *   Shodan and ssh-audit print it; an FTP greeting of several lines): its first line.
 *
 * @example
 * bannerParts(undefined, 'RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nServer: Dahua Rtsp Server\r\n')
 * // [{ field: 'cseq', text: '1' }, { field: 'server', text: 'Dahua Rtsp Server' }]
 */
export function bannerParts(field: string | undefined, text: string): BannerPart[] | undefined {
  const lines = text.split(LINE_BREAK)
  const whole = partsOfWhole(field, text, lines)
  if (whole !== undefined) return whole
  // More after a first line that says who answers (an SSH identification line with the key
  // exchange a scanner prints after it, a greeting of several lines): the first line alone.
  const first = lines[0]!.trim()
  if (first !== '' && lines.length > 1 && lines.slice(1).some((l) => l.trim() !== '')) return [{ field, text: first }]
  return undefined
}

/**
 * The parts of a banner that is a message, a named header or a page (the first three cases of
 * `bannerParts`), or undefined for any other text.
 */
export function messageParts(field: string | undefined, text: string): BannerPart[] | undefined {
  return partsOfWhole(field, text, text.split(LINE_BREAK))
}

function partsOfWhole(field: string | undefined, text: string, lines: readonly string[]): BannerPart[] | undefined {
  const first = lines[0]!.trim()
  if (START_LINE.test(first)) {
    const parts: BannerPart[] = []
    let i = 1
    for (; i < lines.length; i++) {
      const line = lines[i]!
      if (line.trim() === '') break
      const last = parts[parts.length - 1]
      if (/^[ \t]/.test(line) && last !== undefined) {
        last.text = `${last.text} ${line.trim()}`
        continue
      }
      const h = HEADER_LINE.exec(line)
      if (h !== null) parts.push({ field: h[1]!.toLowerCase(), text: h[2]! })
    }
    const title = TITLE.exec(lines.slice(i).join('\n'))
    if (title !== null) parts.push({ field: 'title', text: decodeEntities(title[1]!).trim() })
    return parts
  }
  if (lines.length === 1 || lines.slice(1).every((l) => l.trim() === '')) {
    const h = HEADER_LINE.exec(first)
    const name = h?.[1]?.toLowerCase()
    if (h !== null && name !== undefined && VALUE_HEADERS.has(name) && (field === undefined || field === name)) {
      return [{ field: name, text: h[2]! }]
    }
  }
  if (/^\s*<(?:!doctype\s+html|html)\b/i.test(text)) {
    const title = TITLE.exec(text)
    if (title !== null) return [{ field: 'title', text: decodeEntities(title[1]!).trim() }]
  }
  return undefined
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The common named and numeric character references of an HTML title. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all
    }
    return ENTITIES[ref.toLowerCase()] ?? all
  })
}

/**
 * Matches an SNMP sysDescr (OID 1.3.6.1.2.1.1.1.0) against the banner patterns declared for `snmp`.
 *
 * @example
 * matchSysDescr('Arista Networks EOS version 4.15.3F running on an Arista Networks DCS-7050TX-128')
 * // [{ pattern: 'arista-eos-sysdescr', manufacturer: 'arista', product: 'DCS-7050TX-128', version: '4.15.3F', ... }]
 */
export function matchSysDescr(text: string, patterns: readonly BannerPattern[] = BANNER_PATTERNS): BannerMatch[] {
  return matchBanner({ protocol: 'snmp', field: 'sysdescr', text }, patterns)
}
