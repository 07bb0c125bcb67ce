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

/** Value of one hex digit, or -1. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30 // 0-9
  const l = c | 0x20 // fold A-F onto a-f
  if (l >= 0x61 && l <= 0x66) return l - 0x57 // a-f
  return -1
}

function isBlank(c: number): boolean {
  return c === CHAR_SPACE || c === CHAR_TAB || c === 0x0a || c === 0x0d
}

/**
 * Reads `count` hex digits of `text` from `at`, skipping one separator `sep` after every `group`
 * digits (0: no separators). Returns the value, or -1 when a character is out of place.
 * At most 24 bits are read per call, so the value stays a small integer.
 */
function readHex(text: string, at: number, count: number, group: number, sep: number): number {
  let v = 0
  let i = at
  for (let n = 0; n < count; n++) {
    if (group !== 0 && n !== 0 && n % group === 0) {
      if (text.charCodeAt(i) !== sep) return -1
      i++
    }
    const d = hexValue(text.charCodeAt(i))
    if (d < 0) return -1
    v = (v << 4) | d
    i++
  }
  return v
}

/**
 * Parses a MAC address into a 48-bit integer, or undefined when `text` is not one.
 *
 * Accepts `00:e0:fc:12:34:56`, `00-e0-fc-12-34-56`, `00e0.fc12.3456` (Cisco) and `00e0fc123456`,
 * in any case, with surrounding blanks. A separator must be used consistently; anything else
 * (missing digits, mixed separators, `0:e0:fc:…`) is rejected.
 *
 * This is the product's hot path (every MAC of every inventory row goes through it), so it is
 * hand-written over `charCodeAt`: no regex, no substring, no allocation.
 *
 * @example
 * parseMac('00:E0:FC:12:34:56') // 0x00e0fc123456
 */
export function parseMac(text: string): number | undefined {
  let start = 0
  let end = text.length
  while (start < end && isBlank(text.charCodeAt(start))) start++
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  const len = end - start
  let hi: number
  let lo: number
  if (len === 17) {
    // aa:bb:cc:dd:ee:ff or aa-bb-cc-dd-ee-ff
    const sep = text.charCodeAt(start + 2)
    if (sep !== CHAR_COLON && sep !== CHAR_DASH) return undefined
    hi = readHex(text, start, 6, 2, sep)
    if (hi < 0 || text.charCodeAt(start + 8) !== sep) return undefined
    lo = readHex(text, start + 9, 6, 2, sep)
  } else if (len === 14) {
    // aabb.ccdd.eeff: the 24-bit halves straddle the middle group
    if (text.charCodeAt(start + 4) !== CHAR_DOT || text.charCodeAt(start + 9) !== CHAR_DOT) return undefined
    const a = readHex(text, start, 4, 0, 0)
    const b = readHex(text, start + 5, 4, 0, 0)
    const c = readHex(text, start + 10, 4, 0, 0)
    if (a < 0 || b < 0 || c < 0) return undefined
    hi = (a << 8) | (b >>> 8)
    lo = ((b & 0xff) << 16) | c
  } else if (len === 12) {
    hi = readHex(text, start, 6, 0, 0)
    lo = readHex(text, start + 6, 6, 0, 0)
  } else {
    return undefined
  }
  if (hi < 0 || lo < 0) return undefined
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
