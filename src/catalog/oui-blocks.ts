/**
 * IEEE blocks as columns of numbers plus one list of organisation names: what `buildOuiTable`
 * indexes, and what the shipped registry data is stored as (`packOuiBlocks`).
 *
 * Why a packed file of our own: every thread that looks MACs up (the main thread, and each worker
 * of a parallel check) read the oui-data package, a 5.6 MB JSON object of some 54,000
 * "organisation\naddress" strings, then sorted its keys, made an entry object per block and indexed
 * them. On a 2-core machine that was 0.4-0.5 s of CPU per thread, half of a small `check` and a
 * second of a parallel one. The packed file (about 1.3 MB) is written at build time from the same
 * data and read into typed arrays; entry objects are made only for the blocks a run looks up.
 */
import type { OuiRegistry } from '../domain/evidence.js'
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
  /** Index into `organizations`. */
  readonly organization: Int32Array
  readonly organizations: readonly string[]
  /** Where the blocks came from (for catalog metadata). */
  readonly source: string
}

/** The upper-case hex prefix of block `i`. */
export function blockPrefix(blocks: OuiBlocks, i: number): string {
  const head = blocks.hi[i]!.toString(16).toUpperCase().padStart(6, '0')
  const bits = blocks.bits[i]!
  if (bits === 24) return head
  return head + blocks.rest[i]!.toString(16).toUpperCase().padStart(bits === 28 ? 1 : 3, '0')
}

/** Block `i` as an entry (without a manufacturer: names are resolved by the table). */
export function blockEntry(blocks: OuiBlocks, i: number): OuiEntry {
  return { prefix: blockPrefix(blocks, i), registry: OUI_REGISTRIES[blocks.registry[i]!]!, organization: blocks.organizations[blocks.organization[i]!]! }
}

/** "TPO1" read as a little-endian 32-bit number: a file from a big-endian machine does not match. */
const MAGIC = 0x314f5054
const HEADER_BYTES = 16
const WIDTHS: Readonly<Record<number, number>> = { 6: 24, 7: 28, 9: 36 }

/**
 * Packs registry entries (prefixes of 6, 7 or 9 hex digits) and a description of their source
 * into bytes that `unpackOuiBlocks` reads back. Layout, little-endian: magic, count, source
 * length, names length (4 x u32); hi, rest, organisation index (3 x count x i32); width and
 * registry code (2 x count x u8); the source and the distinct names joined by line breaks, UTF-8.
 */
export function packOuiBlocks(entries: readonly OuiEntry[], source: string): Uint8Array {
  const count = entries.length
  const ints = new Int32Array(3 * count)
  const small = new Uint8Array(2 * count)
  const names: string[] = []
  const nameIndex = new Map<string, number>()
  entries.forEach((e, i) => {
    const bits = WIDTHS[e.prefix.length]
    const hi = Number.parseInt(e.prefix.slice(0, 6), 16)
    const rest = e.prefix.length === 6 ? 0 : Number.parseInt(e.prefix.slice(6), 16)
    if (bits === undefined || !/^[0-9A-Fa-f]+$/.test(e.prefix)) throw new Error(`packOuiBlocks: entry ${i} has the prefix ${JSON.stringify(e.prefix)}; expected 6, 7 or 9 hex digits`)
    const name = e.organization.replace(/[\r\n]+/g, ' ')
    let k = nameIndex.get(name)
    if (k === undefined) {
      k = names.length
      names.push(name)
      nameIndex.set(name, k)
    }
    ints[i] = hi
    ints[count + i] = rest
    ints[2 * count + i] = k
    small[i] = bits
    small[count + i] = OUI_REGISTRIES.indexOf(e.registry)
  })
  const encoder = new TextEncoder()
  const sourceBytes = encoder.encode(source)
  const nameBytes = encoder.encode(names.join('\n'))
  const out = new Uint8Array(HEADER_BYTES + ints.byteLength + small.length + sourceBytes.length + nameBytes.length)
  const header = new DataView(out.buffer)
  header.setUint32(0, MAGIC, true)
  header.setUint32(4, count, true)
  header.setUint32(8, sourceBytes.length, true)
  header.setUint32(12, nameBytes.length, true)
  const view = new DataView(out.buffer, HEADER_BYTES)
  for (let i = 0; i < ints.length; i++) view.setInt32(4 * i, ints[i]!, true)
  let at = HEADER_BYTES + ints.byteLength
  out.set(small, at)
  at += small.length
  out.set(sourceBytes, at)
  out.set(nameBytes, at + sourceBytes.length)
  return out
}

/**
 * Reads bytes written by `packOuiBlocks`; undefined when they are not such a file (another
 * format version, a truncated file, another byte order).
 */
export function unpackOuiBlocks(bytes: Uint8Array): OuiBlocks | undefined {
  if (bytes.length < HEADER_BYTES) return undefined
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES)
  if (header.getUint32(0, true) !== MAGIC) return undefined
  const count = header.getUint32(4, true)
  const sourceLength = header.getUint32(8, true)
  const namesLength = header.getUint32(12, true)
  if (bytes.length !== HEADER_BYTES + 14 * count + sourceLength + namesLength) return undefined
  // Copied into arrays of their own: the bytes need not be aligned for an Int32Array view.
  const ints = new Int32Array(3 * count)
  new Uint8Array(ints.buffer).set(bytes.subarray(HEADER_BYTES, HEADER_BYTES + 12 * count))
  let at = HEADER_BYTES + 12 * count
  const bits = bytes.slice(at, at + count)
  const registry = bytes.slice(at + count, at + 2 * count)
  at += 2 * count
  const decoder = new TextDecoder()
  const source = decoder.decode(bytes.subarray(at, at + sourceLength))
  const organizations = decoder.decode(bytes.subarray(at + sourceLength, at + sourceLength + namesLength)).split('\n')
  const organization = ints.subarray(2 * count)
  for (let i = 0; i < count; i++) {
    const w = bits[i]
    const rest = ints[count + i]!
    if ((w !== 24 && w !== 28 && w !== 36) || ints[i]! >>> 24 !== 0 || rest < 0 || rest >= (w === 24 ? 1 : w === 28 ? 16 : 4096) ||
      registry[i]! >= OUI_REGISTRIES.length || organization[i]! >= organizations.length) return undefined
  }
  return { count, hi: ints.subarray(0, count), rest: ints.subarray(count, 2 * count), bits, registry, organization, organizations, source }
}
