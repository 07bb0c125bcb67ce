/**
 * IEEE blocks as columns of numbers plus one list of organisation names: what `buildOuiTable`
 * indexes, and what the shipped registry data is stored as (`packOuiBlocks`).
 *
 * Why a packed file of our own: every thread that looks MACs up (the main thread, and each worker
 * of a parallel check) read the oui-data package, a 5.6 MB JSON object of some 54,000
 * "organisation\naddress" strings, then sorted its keys, made an entry object per block and indexed
 * them. On a 2-core machine that was 0.4-0.5 s of CPU per thread, half of a small `check` and a
 * second of a parallel one. The packed file is written at build time from the same data, with the
 * lookup index already built (`oui-index.ts`), and read as typed arrays over the file's bytes: no
 * loop over the blocks runs when it is loaded (each took tens of milliseconds, run once and so never
 * optimised), names are decoded one by one as blocks are first matched, and entry objects are made
 * only for the blocks a run looks up.
 */
import type { OuiRegistry } from '../domain/evidence.js'
import { TrustpathError } from '../errors.js'
import { indexOuiPrefixes, type OuiIndex } from './oui-index.js'
import type { OuiEntry } from './types.js'

/** Registries by their code in `registry`. */
export const OUI_REGISTRIES: readonly OuiRegistry[] = ['MA-L', 'MA-M', 'MA-S', 'IAB', 'CID']

/** IEEE blocks in columns (entry `i` in slot `i` of each), later entries winning over equal prefixes. */
export type OuiBlocks = {
  readonly count: number
  /** The first 24 bits of each prefix. */
  readonly hi: Int32Array
  /** The bits after them: 4 for a 28-bit prefix, 12 for a 36-bit one, 0 for a 24-bit one. */
  readonly rest: Int32Array
  /** 24, 28 or 36. */
  readonly bits: Uint8Array
  /** Index into `OUI_REGISTRIES`. */
  readonly registry: Uint8Array
  /** The number of the organisation's name (see `organizationName`). */
  readonly organization: Int32Array
  /** Distinct organisation names. */
  readonly names: number
  /** Name number `k`. */
  organizationName(k: number): string
  /** Where the blocks came from (for catalog metadata). */
  readonly source: string
  /** The lookup index of the blocks, as `indexOuiPrefixes` builds it. */
  readonly index: OuiIndex
}

/** The upper-case hex prefix of block `i`. */
export function blockPrefix(blocks: OuiBlocks, i: number): string {
  const head = blocks.hi[i]!.toString(16).toUpperCase().padStart(6, '0')
  const bits = blocks.bits[i]!
  if (bits === 24) return head
  return head + blocks.rest[i]!.toString(16).toUpperCase().padStart(bits === 28 ? 1 : 3, '0')
}

/**
 * Block `i` as an entry (without a manufacturer: names are resolved by the table). A block whose
 * numbers are out of range (a damaged file) is an error here, when it is first used, rather than
 * a check of every block at load time.
 */
export function blockEntry(blocks: OuiBlocks, i: number): OuiEntry {
  const w = blocks.bits[i]
  const rest = blocks.rest[i]!
  const registry = OUI_REGISTRIES[blocks.registry[i]!]
  const name = blocks.organization[i]!
  if ((w !== 24 && w !== 28 && w !== 36) || blocks.hi[i]! >>> 24 !== 0 || rest < 0 || rest >= (w === 24 ? 1 : w === 28 ? 16 : 4096) ||
    registry === undefined || !(name >= 0 && name < blocks.names)) {
    throw new TrustpathError('catalog_invalid', `the packed IEEE blocks (${blocks.source}) are damaged at block ${i}`, {
      hint: 'Rebuild the package (npm run build), or refresh the catalog with trustpath catalog update (--reset for the shipped data).',
    })
  }
  return { prefix: blockPrefix(blocks, i), registry, organization: blocks.organizationName(name) }
}

/** "TPO2" read as a little-endian 32-bit number: a file from a big-endian machine, or of another layout, does not match. */
const MAGIC = 0x324f5054
/** The header's 32-bit numbers (see `packOuiBlocks`). */
const HEADER_WORDS = 10
const WIDTHS: Readonly<Record<number, number>> = { 6: 24, 7: 28, 9: 36 }
/** Typed arrays read the platform's byte order; the file is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/**
 * Packs registry entries (prefixes of 6, 7 or 9 hex digits) and a description of their source
 * into bytes that `unpackOuiBlocks` reads back. Layout, little-endian, every part at a multiple of
 * its element size: a header of 10 x u32 (magic, count, distinct prefixes, names, topBits,
 * midBits, lowBits, source bytes, name bytes, 0); the index's lowKeys (f64), top, midKeys, midVals,
 * lowVals and holder (i32); the blocks' hi, rest and name number (count x i32), the end of each
 * name in the name bytes (i32); width and registry code (2 x count x u8); the source and the
 * distinct names, UTF-8.
 */
export function packOuiBlocks(entries: readonly OuiEntry[], source: string): Uint8Array {
  const count = entries.length
  const hi = new Int32Array(count)
  const rest = new Int32Array(count)
  const organization = new Int32Array(count)
  const bits = new Uint8Array(count)
  const registry = new Uint8Array(count)
  const names: string[] = []
  const nameIndex = new Map<string, number>()
  entries.forEach((e, i) => {
    const width = WIDTHS[e.prefix.length]
    if (width === undefined || !/^[0-9A-Fa-f]+$/.test(e.prefix)) throw new Error(`packOuiBlocks: entry ${i} has the prefix ${JSON.stringify(e.prefix)}; expected 6, 7 or 9 hex digits`)
    const name = e.organization
    let k = nameIndex.get(name)
    if (k === undefined) {
      k = names.length
      names.push(name)
      nameIndex.set(name, k)
    }
    hi[i] = Number.parseInt(e.prefix.slice(0, 6), 16)
    rest[i] = e.prefix.length === 6 ? 0 : Number.parseInt(e.prefix.slice(6), 16)
    organization[i] = k
    bits[i] = width
    registry[i] = OUI_REGISTRIES.indexOf(e.registry)
  })
  const index = indexOuiPrefixes(hi, rest, bits)
  const encoder = new TextEncoder()
  const sourceBytes = encoder.encode(source)
  const encoded = names.map((n) => encoder.encode(n))
  const nameEnds = new Int32Array(names.length)
  let end = 0
  encoded.forEach((b, k) => { nameEnds[k] = end += b.length })
  const parts: ArrayBufferView[] = [
    new Uint32Array([MAGIC, count, index.distinct, names.length, index.topBits, index.midBits, index.lowBits, sourceBytes.length, end, 0]),
    index.lowKeys, index.top, index.midKeys, index.midVals, index.lowVals, index.holder, hi, rest, organization, nameEnds,
    bits, registry, sourceBytes, ...encoded,
  ]
  if (!LITTLE_ENDIAN) throw new Error('packOuiBlocks: the packed layout is written on little-endian machines only')
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at)
    at += p.byteLength
  }
  return out
}

/**
 * Reads bytes written by `packOuiBlocks` as views over them (copied once when they are not
 * aligned for 8-byte numbers); undefined when they are not such a file (another layout, a truncated
 * file, another byte order). Blocks are checked when they are first used (`blockEntry`).
 */
export function unpackOuiBlocks(bytes: Uint8Array): OuiBlocks | undefined {
  if (!LITTLE_ENDIAN || bytes.length < 4 * HEADER_WORDS) return undefined
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice()
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS)
  const [magic, count, distinct, names, topBits, midBits, lowBits, sourceLength, namesLength] = header as unknown as number[]
  if (magic !== MAGIC || topBits! > 26 || midBits! > 26 || lowBits! > 26 || distinct! > count!) return undefined
  const lowSlots = 1 << lowBits!
  const midSlots = 1 << midBits!
  const size = 4 * HEADER_WORDS + 8 * lowSlots + 4 * (2 << topBits!) + 4 * (2 * midSlots + lowSlots + distinct! + 3 * count! + names!) +
    2 * count! + sourceLength! + namesLength!
  if (bytes.length !== size) return undefined
  let at = bytes.byteOffset + 4 * HEADER_WORDS
  const f64 = (n: number) => {
    const a = new Float64Array(bytes.buffer, at, n)
    at += 8 * n
    return a
  }
  const i32 = (n: number) => {
    const a = new Int32Array(bytes.buffer, at, n)
    at += 4 * n
    return a
  }
  const u8 = (n: number) => {
    const a = new Uint8Array(bytes.buffer, at, n)
    at += n
    return a
  }
  const lowKeys = f64(lowSlots)
  const top = i32(2 << topBits!)
  const midKeys = i32(midSlots)
  const midVals = i32(midSlots)
  const lowVals = i32(lowSlots)
  const holder = i32(distinct!)
  const hi = i32(count!)
  const rest = i32(count!)
  const organization = i32(count!)
  const nameEnds = i32(names!)
  const bits = u8(count!)
  const registry = u8(count!)
  const decoder = new TextDecoder()
  const source = decoder.decode(u8(sourceLength!))
  const nameBytes = u8(namesLength!)
  if (names! > 0 && nameEnds[names! - 1] !== namesLength) return undefined
  const decoded: (string | undefined)[] = []
  return {
    count: count!, hi, rest, bits, registry, organization, names: names!, source,
    organizationName: (k) => (decoded[k] ??= decoder.decode(nameBytes.subarray(k === 0 ? 0 : nameEnds[k - 1], nameEnds[k]))),
    index: { top, topBits: topBits!, midKeys, midVals, midBits: midBits!, lowKeys, lowVals, lowBits: lowBits!, holder, distinct: distinct! },
  }
}
