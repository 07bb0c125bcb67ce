import type { ManufacturerSlug } from '../domain/manufacturer.js'
import { TrustpathError } from '../errors.js'
import { halfAt, isLocallyAdministered, isMulticast, parseMac } from './mac.js'
import { blockEntry, type OuiBlocks } from './oui-blocks.js'
import { GOLDEN, HAS_28, HAS_36, INDEX_MASK, indexOuiPrefixes, MIX, type OuiIndex } from './oui-index.js'
import type { OuiEntry, OuiMatch, OuiTable } from './types.js'

/*
 * Index layout (measured by bench/mac-lookup.mjs):
 *
 * - `top`: open addressing over the 24-bit prefix (MA-L, CID, and the parent block of every
 *   MA-M / MA-S / IAB assignment). Key and value interleaved in one Int32Array (key -1 = empty);
 *   the value's bits 0-23 hold 1 + the index of the 24-bit match (0: none), bit 24 says "MA-M
 *   blocks exist under this prefix", bit 25 says "36-bit blocks exist under this prefix".
 * - `mid`: open addressing over the 28-bit prefix, which fits an int32 key.
 * - `low`: open addressing over the 36-bit prefix, kept in a Float64Array (exact below 2^53).
 *
 * A MAC under an ordinary MA-L block costs one multiply-shift hash and usually one probe; only
 * blocks flagged in `top` pay for the longer tables. Matches are built once, so a lookup
 * allocates nothing. Linear probing with a load factor of at most 1/2.
 */

const TWO_24 = 0x1000000

type Bits = OuiMatch['bits']

function bitsOfPrefix(prefix: string): Bits | undefined {
  switch (prefix.length) {
    case 6: return 24
    case 7: return 28
    case 9: return 36
    default: return undefined
  }
}

/** Value of the hex digits `text[from .. to)` (at most 24 bits), or -1. */
function hexValue(text: string, from: number, to: number): number {
  let v = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1
    if (d < 0) return -1
    v = (v << 4) | d
  }
  return v
}

/** The index of entries (their prefixes read by hand); throws on a malformed prefix. */
function indexEntries(entries: readonly OuiEntry[]): OuiIndex {
  const hi = new Int32Array(entries.length)
  const rest = new Int32Array(entries.length)
  const bits = new Uint8Array(entries.length)
  for (let i = 0; i < entries.length; i++) {
    const prefix = entries[i]!.prefix
    const width = bitsOfPrefix(prefix)
    const h = width === undefined ? -1 : hexValue(prefix, 0, 6)
    const r = width === undefined || width === 24 ? 0 : hexValue(prefix, 6, prefix.length)
    if (width === undefined || h < 0 || r < 0) {
      throw new TrustpathError(
        'catalog_invalid',
        `catalog/buildOuiTable: entry ${i} has the prefix ${JSON.stringify(prefix)}; expected 6, 7 or 9 hex digits.`,
      )
    }
    hi[i] = h
    rest[i] = r
    bits[i] = width
  }
  return indexOuiPrefixes(hi, rest, bits)
}

/**
 * Indexes IEEE assignments for longest-prefix lookups of 48-bit MACs: a 36-bit block (MA-S, IAB)
 * wins over a 28-bit one (MA-M), which wins over a 24-bit one (MA-L, CID). When two entries have
 * the same prefix, the later one wins, so a refreshed registry can be appended to an older one.
 *
 * @example
 * const table = buildOuiTable([{ prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' }])
 * table.lookup(0x00e0fc123456)?.organization // 'HUAWEI TECHNOLOGIES CO.,LTD'
 */
export function buildOuiTable(
  input: readonly OuiEntry[] | OuiBlocks,
  options: {
    /**
     * Names the manufacturer of a block without one (CID blocks excepted), on the block's first
     * lookup: a registry holds some 35,000 organisation names, and resolving them all took half of
     * loading a catalog, while an inventory meets a few hundred blocks.
     */
    resolve?: (organization: string) => ManufacturerSlug | undefined
  } = {},
): OuiTable {
  const blocks = Array.isArray(input) ? undefined : input as OuiBlocks
  const list = input as readonly OuiEntry[]
  const widths = blocks?.bits
  // Packed blocks carry their index (see `oui-blocks.ts`); entries are indexed here.
  const index = blocks?.index ?? (blocks !== undefined ? indexOuiPrefixes(blocks.hi, blocks.rest, blocks.bits) : indexEntries(list))
  const { top, midKeys, midVals, lowKeys, lowVals, holder, distinct } = index
  const topShift = 32 - index.topBits
  const topMask = (1 << index.topBits) - 1
  const midShift = 32 - index.midBits
  const midMask = (1 << index.midBits) - 1
  const lowShift = 32 - index.lowBits
  const lowMask = (1 << index.lowBits) - 1

  // A block's match is made on its first lookup, with its manufacturer named then (see `resolve`).
  const { resolve } = options
  // Filled by a builtin: a loop of pushes, run once and so never optimised, took ~30 ms.
  const matches: (OuiMatch | undefined)[] = new Array<OuiMatch | undefined>(distinct).fill(undefined)
  const makeMatch = (k: number): OuiMatch => {
    const i = holder[k]!
    const entry = blocks === undefined ? list[i]! : blockEntry(blocks, i)
    const prefix = entry.prefix.toUpperCase()
    const manufacturer = entry.manufacturer ?? (resolve === undefined || entry.registry === 'CID' ? undefined : resolve(entry.organization))
    const bits = (widths === undefined ? bitsOfPrefix(entry.prefix) : widths[i]) as Bits
    // Built field by field: object spread measured several times slower here.
    const match: OuiMatch = manufacturer === undefined
      ? { prefix, registry: entry.registry, organization: entry.organization, bits }
      : { prefix, registry: entry.registry, organization: entry.organization, manufacturer, bits }
    matches[k] = match
    return match
  }
  const matchAt = (k: number): OuiMatch => matches[k] ?? makeMatch(k)

  // Kept small so that V8 inlines it into the caller's loop (a 48-bit argument to a call that is
  // not inlined is boxed); the rare longer prefixes go to `lookupLonger` with small integers.
  function lookup(mac48: number): OuiMatch | undefined {
    // For 0 <= mac48 < 2^48 the quotient is below 2^24, so `| 0` is a floor.
    const hi = (mac48 / TWO_24) | 0
    return lookupHalves(hi, mac48 - hi * TWO_24)
  }

  function lookupHalves(hi: number, lo: number): OuiMatch | undefined {
    let h = Math.imul(hi, GOLDEN) >>> topShift
    let k = top[2 * h] as number
    while (k !== hi) {
      if (k === -1) return undefined
      h = (h + 1) & topMask
      k = top[2 * h] as number
    }
    const v = top[2 * h + 1] as number
    if (v > INDEX_MASK) return lookupLonger(v, hi, lo)
    return v === 0 ? undefined : matchAt(v - 1)
  }

  function lookupLonger(v: number, hi: number, lo: number): OuiMatch | undefined {
    if ((v & HAS_36) !== 0) {
      const s12 = lo >>> 12
      const key = hi * 4096 + s12
      let j = Math.imul(hi ^ Math.imul(s12, MIX), GOLDEN) >>> lowShift
      let lk = lowKeys[j] as number
      while (lk !== -1) {
        if (lk === key) return matchAt(lowVals[j] as number)
        j = (j + 1) & lowMask
        lk = lowKeys[j] as number
      }
    }
    if ((v & HAS_28) !== 0) {
      const key = (hi << 4) | (lo >>> 20)
      let j = Math.imul(key, GOLDEN) >>> midShift
      let mk = midKeys[j] as number
      while (mk !== -1) {
        if (mk === key) return matchAt(midVals[j] as number)
        j = (j + 1) & midMask
        mk = midKeys[j] as number
      }
    }
    const index = v & INDEX_MASK
    return index === 0 ? undefined : matchAt(index - 1)
  }

  /** The flags and 24-bit index of `hi` in `top`, 0 when absent (the probe of `lookupHalves`, for cold paths). */
  function topValue(hi: number): number {
    for (let h = Math.imul(hi, GOLDEN) >>> topShift; ; h = (h + 1) & topMask) {
      const k = top[2 * h] as number
      if (k === hi) return top[2 * h + 1] as number
      if (k === -1) return 0
    }
  }

  function block(prefix: string): { match: OuiMatch | undefined; longer: number } | undefined {
    const bits = bitsOfPrefix(prefix)
    const hi = bits === undefined ? -1 : hexValue(prefix, 0, 6)
    const rest = bits === undefined || bits === 24 ? 0 : hexValue(prefix, 6, prefix.length)
    if (bits === undefined || hi < 0 || rest < 0) return undefined
    // The longest block holding the prefix is no longer than the prefix: longer tables are masked off.
    const v = topValue(hi)
    const match = bits === 36 ? lookupHalves(hi, rest * 4096)
      : bits === 28 ? lookupLonger(v & ~HAS_36, hi, rest << 20)
        : lookupLonger(v & INDEX_MASK, hi, 0)
    let longer = 0
    if (bits === 24 && (v & HAS_28) !== 0) for (const k of midKeys) if (k !== -1 && k >>> 4 === hi) longer++
    if (bits !== 36 && (v & HAS_36) !== 0) {
      for (const k of lowKeys) {
        if (k === -1 || Math.floor(k / 4096) !== hi) continue
        if (bits === 24 || ((k % 4096) >>> 8) === rest) longer++
      }
    }
    return { match, longer }
  }

  return {
    size: distinct,
    lookup,
    lookupHalves,
    block,
    *entries(): Iterable<OuiEntry> {
      for (let k = 0; k < distinct; k++) {
        const { bits: _bits, ...entry } = matchAt(k)
        yield entry
      }
    },
  }
}

/**
 * Looks a MAC address written as text up in `table`; undefined when the text is not a MAC or no
 * block holds it.
 */
export function lookupMac(table: OuiTable, text: string): OuiMatch | undefined {
  return lookupText(table, text, false)
}

/**
 * `lookupMac` for a device's own address: undefined also for a locally administered or group
 * (multicast) address, which names no maker, and for the all-zero address, which tools write for
 * a MAC they did not learn (it lies in Xerox's block 00-00-00, and would make a Xerox of any device).
 */
export function lookupUniversalMac(table: OuiTable, text: string): OuiMatch | undefined {
  return lookupText(table, text, true)
}

function lookupText(table: OuiTable, text: string, universalOnly: boolean): OuiMatch | undefined {
  // The common colon or dash form is read as two 24-bit halves that stay small integers: a 48-bit
  // number passed to a call that is not inlined is boxed, one allocation per MAC.
  if (text.length === 17) {
    const hi = halfAt(text, 0)
    const lo = halfAt(text, 9)
    const sep = text.charCodeAt(2)
    if ((hi | lo) >= 0 && text.charCodeAt(8) === sep && text.charCodeAt(11) === sep) {
      // The U/L and I/G bits are the two low bits of the first octet.
      return universalOnly && ((hi & 0x030000) !== 0 || (hi | lo) === 0) ? undefined : table.lookupHalves(hi, lo)
    }
  }
  const mac = parseMac(text)
  if (mac === undefined || (universalOnly && (mac === 0 || isLocallyAdministered(mac) || isMulticast(mac)))) return undefined
  return table.lookup(mac)
}

/**
 * Returns the entries with `manufacturer` set from their organisation name. CID entries and
 * blocks registered as "Private" never get one: a CID is not a MAC block of a manufacturer, and a
 * private block hides its holder.
 */
export function resolveOuiEntries(
  entries: readonly OuiEntry[],
  resolveName: (organization: string) => ManufacturerSlug | undefined,
): OuiEntry[] {
  const cache = new Map<string, ManufacturerSlug | undefined>()
  return entries.map((entry) => {
    const { manufacturer: _previous, ...rest } = entry
    if (entry.registry === 'CID' || isPrivateOrganization(entry.organization)) return rest
    let manufacturer = cache.get(entry.organization)
    if (manufacturer === undefined && !cache.has(entry.organization)) {
      manufacturer = resolveName(entry.organization)
      cache.set(entry.organization, manufacturer)
    }
    return manufacturer === undefined ? rest : { ...rest, manufacturer }
  })
}

/** True for the registries' placeholder name of a block whose holder asked to stay unnamed. */
export function isPrivateOrganization(organization: string): boolean {
  return organization.trim().toLowerCase() === 'private'
}

/**
 * True for the holder of the MA-L blocks the IEEE keeps for itself and divides into MA-M, MA-S and
 * IAB blocks (70-B3-D5, 00-50-C2, ...): the registry's "IEEE Registration Authority". A MAC that
 * only such a block holds lies in a smaller block the registry data lacks.
 */
export function isRegistrationAuthority(organization: string): boolean {
  return organization.trim().replace(/\s+/g, ' ').toLowerCase() === 'ieee registration authority'
}
