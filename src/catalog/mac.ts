/**
 * MAC addresses as 48-bit integers.
 *
 * A MAC is kept as a plain JavaScript number in 0 .. 2^48-1: exact in a double, cheap to compare
 * and to split into the 24/28/36-bit prefixes of the IEEE registries.
 */

/** 2^24: splits a 48-bit MAC into its high and low 24-bit halves. */
const TWO_24 = 0x1000000
/** 2^40: the first octet of a MAC is `Math.floor(mac / TWO_40)`. */
const TWO_40 = 0x10000000000

const CHAR_SPACE = 0x20
const CHAR_TAB = 0x09
const CHAR_COLON = 0x3a
const CHAR_DASH = 0x2d
const CHAR_DOT = 0x2e

/** Value of each ASCII hex digit; -1 for every other ASCII character. */
const HEX_VALUE = new Int8Array(128).fill(-1)
for (let d = 0; d < 10; d++) HEX_VALUE[0x30 + d] = d
for (let d = 0; d < 6; d++) {
  HEX_VALUE[0x41 + d] = 10 + d
  HEX_VALUE[0x61 + d] = 10 + d
}

/**
 * Value of every pair of ASCII characters read as two hex digits, indexed by `first << 7 | second`;
 * -1 when either is not a hex digit. One table read per octet measured 20-30% faster than two.
 */
const OCTET_VALUE = new Int16Array(128 * 128).fill(-1)
for (let a = 0; a < 128; a++) {
  for (let b = 0; b < 128; b++) {
    const x = HEX_VALUE[a] as number
    const y = HEX_VALUE[b] as number
    if (x >= 0 && y >= 0) OCTET_VALUE[(a << 7) | b] = (x << 4) | y
  }
}

/*
 * The readers below combine octets with shifts and ORs and check the sign once at the end: a
 * -1 shifted left by at most 16 bits keeps the sign bit, and OR keeps it, so any bad digit makes
 * the result negative. No branch per digit.
 */

/** Two hex digits at `i` as an octet; -1 when either is not a hex digit. */
function octetAt(text: string, i: number): number {
  const a = text.charCodeAt(i)
  const b = text.charCodeAt(i + 1)
  return (a | b) < 128 ? (OCTET_VALUE[(a << 7) | b] as number) : -1
}

/** Four hex digits at `i` as 16 bits; negative when any is not a hex digit. */
function quadAt(text: string, i: number): number {
  return (octetAt(text, i) << 8) | octetAt(text, i + 2)
}

/** Six hex digits at `i` as 24 bits; negative when any is not a hex digit. */
function sixAt(text: string, i: number): number {
  return (octetAt(text, i) << 16) | (octetAt(text, i + 2) << 8) | octetAt(text, i + 4)
}

/**
 * Three octets `aa:bb:cc` (or with `-`) at `i`, as 24 bits; -1 when a digit is not hex or the two
 * separators differ or are not `:`/`-`. Half of the 17-character form, for `lookupMac`.
 */
export function halfAt(text: string, i: number): number {
  const sep = text.charCodeAt(i + 2)
  if ((sep !== CHAR_COLON && sep !== CHAR_DASH) || text.charCodeAt(i + 5) !== sep) return -1
  return (octetAt(text, i) << 16) | (octetAt(text, i + 3) << 8) | octetAt(text, i + 6)
}

function isBlank(c: number): boolean {
  return c === CHAR_SPACE || c === CHAR_TAB || c === 0x0a || c === 0x0d
}

/**
 * Parses a MAC address into a 48-bit integer, or undefined when `text` is not one.
 *
 * Accepts `00:e0:fc:12:34:56`, `00-e0-fc-12-34-56`, `00e0.fc12.3456` (Cisco), `00e0-fc12-3456`
 * (Huawei, H3C), `00e0fc-123456` (HP ProCurve and Aruba switches: `Base MAC Addr : 7446a0-41a56f`
 * in `show system`), `00e0fc123456` and octets without their leading zero (`0:e0:fc:12:34:56`, as
 * macOS `arp` writes them), in any case, with surrounding blanks. A separator must be used consistently;
 * anything else (missing octets, mixed separators) is rejected.
 *
 * This is the product's hot path (every MAC of every inventory row goes through it), so it is
 * hand-written over `charCodeAt`: no regex, no substring, no allocation.
 *
 * @example
 * parseMac('00:E0:FC:12:34:56') // 0x00e0fc123456
 */
export function parseMac(text: string): number | undefined {
  // Kept small so that V8 inlines it and the colon form below: a 48-bit result returned from a
  // call that is not inlined is boxed (one allocation per MAC).
  const len = text.length
  const mac = len === 17 ? parseOctets(text, 0) : parseAt(text, 0, len)
  return mac >= 0 ? mac : parseTrimmed(text)
}

/** The retry for a MAC with surrounding blanks or octets without their leading zero, which are rare. */
function parseTrimmed(text: string): number | undefined {
  let start = 0
  let end = text.length
  while (start < end && isBlank(text.charCodeAt(start))) start++
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  const mac = start === 0 && end === text.length ? -1 : parseAt(text, start, end - start)
  if (mac >= 0) return mac
  // 0x00e0fc123456, as some management systems print an SNMP octet string.
  if (end - start === 14 && text.charCodeAt(start) === 0x30 && (text.charCodeAt(start + 1) | 0x20) === 0x78) {
    const hex = parseAt(text, start + 2, 12)
    if (hex >= 0) return hex
  }
  const m = UNPADDED.exec(text.slice(start, end))
  if (m === null) return widened(text)
  // 0:e0:fc:1:2:3, as macOS `arp` and some switch CLIs write it: six octets of one or two digits.
  const octets = m[0].split(m[1]!).map((o) => Number.parseInt(o, 16))
  return (((octets[0]! << 16) | (octets[1]! << 8) | octets[2]!) * TWO_24) + ((octets[3]! << 16) | (octets[4]! << 8) | octets[5]!)
}

/** Dashes other than the ASCII hyphen-minus that text copied from a document puts between octets, and the katakana long-vowel mark (ー) that a Japanese input method types for "-". */
const UNICODE_DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\u30fc]/g

/**
 * A MAC typed in full-width characters (`ＢＣ：ＡＤ：２８：１１：２２：３３`, a Japanese or Chinese
 * input method left in full-width mode) or with a dash that is not the ASCII one (`00‐e0‐fc‐…`, copied
 * from a document), read as the ASCII MAC it shows; undefined for any other text.
 */
function widened(text: string): number | undefined {
  if (/^[\x00-\x7f]*$/.test(text)) return undefined
  const ascii = text.normalize('NFKC').replace(UNICODE_DASHES, '-')
  return ascii === text || !/^[\x00-\x7f]*$/.test(ascii) ? undefined : parseMac(ascii)
}

/** Six octets of one or two hex digits, one separator throughout (`:` or `-`). */
const UNPADDED = /^[0-9a-f]{1,2}([:-])(?:[0-9a-f]{1,2}\1){4}[0-9a-f]{1,2}$/i

/** aa:bb:cc:dd:ee:ff or aa-bb-cc-dd-ee-ff at `start`, one separator throughout; or -1. */
function parseOctets(text: string, start: number): number {
  // A loop rather than twelve unrolled reads: the smaller bytecode leaves V8 room to inline this
  // and the table lookup into one caller. A bad octet (-1) keeps `bad` negative.
  const sep = text.charCodeAt(start + 2)
  let bad = sep === CHAR_COLON || sep === CHAR_DASH ? 0 : -1
  let hi = 0
  let lo = 0
  for (let i = start; i < start + 17; i += 3) {
    const o = octetAt(text, i)
    bad |= o
    if (i < start + 9) hi = (hi << 8) | o
    else lo = (lo << 8) | o
    if (i < start + 15 && text.charCodeAt(i + 2) !== sep) bad = -1
  }
  return bad < 0 ? -1 : hi * TWO_24 + lo
}

/** The MAC in `text[start .. start+len)`, in any accepted form; or -1. */
function parseAt(text: string, start: number, len: number): number {
  let hi: number
  let lo: number
  if (len === 17) {
    return parseOctets(text, start)
  } else if (len === 14) {
    // aabb.ccdd.eeff (Cisco) or aabb-ccdd-eeff (Huawei, H3C): the 24-bit halves straddle the middle group
    const sep = text.charCodeAt(start + 4)
    if ((sep !== CHAR_DOT && sep !== CHAR_DASH) || text.charCodeAt(start + 9) !== sep) return -1
    const a = quadAt(text, start)
    const b = quadAt(text, start + 5)
    const c = quadAt(text, start + 10)
    if ((a | b | c) < 0) return -1
    hi = (a << 8) | (b >>> 8)
    lo = ((b & 0xff) << 16) | c
  } else if (len === 12) {
    hi = sixAt(text, start)
    lo = sixAt(text, start + 6)
  } else if (len === 13 && text.charCodeAt(start + 6) === CHAR_DASH) {
    // aabbcc-ddeeff: the two 24-bit halves, as HP ProCurve and ArubaOS switches print a MAC
    hi = sixAt(text, start)
    lo = sixAt(text, start + 7)
  } else {
    return -1
  }
  if ((hi | lo) < 0) return -1
  return hi * TWO_24 + lo
}

/** How `formatMac` writes an address. */
export type FormatMacOptions = {
  /** `:` and `-` group by octet, `.` by 16 bits (Cisco), `''` writes bare hex. @default ':' */
  separator?: ':' | '-' | '.' | ''
  /** @default false */
  upperCase?: boolean
}

const DEFAULTS = { separator: ':', upperCase: false } as const satisfies Required<FormatMacOptions>

const HEX_LOWER = '0123456789abcdef'
const HEX_UPPER = '0123456789ABCDEF'

/**
 * Writes a 48-bit MAC address, by default as `00:e0:fc:12:34:56`.
 *
 * @example
 * formatMac(0x00e0fc123456, { separator: '.' }) // '00e0.fc12.3456'
 */
export function formatMac(mac: number, options: FormatMacOptions = {}): string {
  if (!isMac48(mac)) {
    throw new RangeError(`catalog/formatMac: ${mac} is not a 48-bit MAC address (an integer in 0 .. 2^48-1).`)
  }
  const opts = { ...DEFAULTS, ...options }
  const digits = opts.upperCase ? HEX_UPPER : HEX_LOWER
  const hi = Math.floor(mac / TWO_24)
  const lo = mac - hi * TWO_24
  let s = ''
  for (let i = 0; i < 12; i++) {
    const half = i < 6 ? hi : lo
    const shift = (5 - (i % 6)) * 4
    if (i > 0 && opts.separator !== '') {
      const every = opts.separator === '.' ? 4 : 2
      if (i % every === 0) s += opts.separator
    }
    s += digits[(half >>> shift) & 0xf]
  }
  return s
}

/** True for an integer in 0 .. 2^48-1. */
export function isMac48(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < TWO_24 * TWO_24
}

/**
 * True when the U/L bit (0x02 of the first octet) is set: the address was assigned locally
 * (randomised phone MACs, virtual machines), so its prefix says nothing about the manufacturer.
 */
export function isLocallyAdministered(mac: number): boolean {
  return (Math.floor(mac / TWO_40) & 0x02) !== 0
}

/** True when the I/G bit (0x01 of the first octet) is set: a group address, never a device's own. */
export function isMulticast(mac: number): boolean {
  return (Math.floor(mac / TWO_40) & 0x01) !== 0
}

/** Eight octets, one separator throughout (`:` or `-`), as an EUI-64 is written. */
const EUI64_OCTETS = /^[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){6}[0-9a-f]{2}$/i
/** Sixteen hex digits, perhaps after `0x`, as Zigbee tools print an IEEE address (`0x00124b0001020304`). */
const EUI64_DIGITS = /^(?:0x)?[0-9a-f]{16}$/i

/**
 * The eight octets of an EUI-64 (`00:12:4b:00:01:02:03:04`, `00-12-4B-...`, `00124b0001020304`,
 * `0x00124b0001020304`), with surrounding blanks; undefined for anything else, a MAC included.
 * Not on the hot path: only a text that is no MAC is tried.
 */
export function parseEui64(text: string): number[] | undefined {
  const t = text.trim()
  const m = EUI64_OCTETS.exec(t)
  const hex = m !== null ? t.split(m[1]!).join('') : EUI64_DIGITS.test(t) ? t.slice(t.length - 16) : undefined
  if (hex === undefined) return undefined
  return Array.from({ length: 8 }, (_, k) => Number.parseInt(hex.slice(2 * k, 2 * k + 2), 16))
}

/**
 * The MAC an EUI-64 was formed from: its first three octets, then `ff:fe` (an EUI-48 mapped into an
 * EUI-64) or `ff:ff` (a MAC-48, the older rule), then its last three. IEEE never assigns an EUI-64
 * with either in the fourth and fifth octets under a 24-bit block, keeping them for these mappings
 * (its EUI-64 guidelines, quoted at http://bcc16.ncu.edu.tw/pool/1.17.shtml: "ccccccFFFEeeeeee (an
 * EUI-48 extension)", "xxxxxxFFFFxxxxxx (reserved by IEEE/RAC)"). `ipv6` reads only `ff:fe`: the
 * modified EUI-64 of an IPv6 interface identifier (RFC 4291, appendix A) uses it for both, and its
 * caller has already inverted the universal/local bit. Undefined for an EUI-64 assigned as such.
 */
export function macOfEui64(octets: readonly number[], rule: 'ieee' | 'ipv6' = 'ieee'): number | undefined {
  if (octets[3] !== 0xff || (octets[4] !== 0xfe && (rule === 'ipv6' || octets[4] !== 0xff))) return undefined
  return (((octets[0]! << 16) | (octets[1]! << 8) | octets[2]!) * TWO_24) + ((octets[5]! << 16) | (octets[6]! << 8) | octets[7]!)
}
