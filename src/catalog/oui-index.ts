/**
 * The hash tables behind MAC lookups (see the layout notes in `oui.ts`), built from the prefixes of
 * IEEE blocks in columns. Kept apart from the table's lookups so that the packed block files
 * (`oui-blocks.ts`) can store a built index: building it walks every block once, which, run once per
 * thread, is too short for V8 to optimise and took about a tenth of a second per thread.
 */

export const INDEX_MASK = 0xffffff
export const HAS_28 = 1 << 24
export const HAS_36 = 1 << 25
/** Multiplicative (Fibonacci) hashing constant: 2^32 / golden ratio. */
export const GOLDEN = 0x9e3779b1 | 0
export const MIX = 0x85ebca6b | 0

/**
 * The tables of `buildOuiTable`: `top` over the 24-bit prefixes (key and value side by side),
 * `midKeys`/`midVals` over the 28-bit ones, `lowKeys`/`lowVals` over the 36-bit ones; each holds
 * 2^bits slots. The k-th distinct prefix, in the order first seen, is held by block `holder[k]`
 * (the last block with that prefix).
 */
export type OuiIndex = {
  readonly top: Int32Array
  readonly topBits: number
  readonly midKeys: Int32Array
  readonly midVals: Int32Array
  readonly midBits: number
  readonly lowKeys: Float64Array
  readonly lowVals: Int32Array
  readonly lowBits: number
  readonly holder: Int32Array
  readonly distinct: number
}

/** log2 of the table capacity for `count` keys at a load factor of at most 1/2 (min 16 slots). */
function capacityBits(count: number): number {
  let bits = 4
  while (1 << bits < count * 2) bits++
  return bits
}

/**
 * Indexes blocks given as columns: the first 24 bits of each prefix, the bits after them, and the
 * prefix width (24, 28 or 36). Later blocks win over earlier ones with the same prefix.
 */
export function indexOuiPrefixes(his: Int32Array, rests: Int32Array, widths: Uint8Array): OuiIndex {
  const count = widths.length
  let n28 = 0
  let n36 = 0
  for (let i = 0; i < count; i++) {
    if (widths[i] === 28) n28++
    else if (widths[i] === 36) n36++
  }

  // The tables are filled in one pass, without an intermediate map: each prefix is found or
  // inserted where the lookups will probe for it.
  const holder = new Int32Array(count)
  let distinct = 0

  // top: 24-bit keys (sized for every entry having its own). Key and value side by side: one
  // cache line per probe.
  const topBits = capacityBits(count)
  const topShift = 32 - topBits
  const topMask = (1 << topBits) - 1
  const top = new Int32Array(2 << topBits).fill(-1)
  // mid: 28-bit keys
  const midBits = capacityBits(n28)
  const midShift = 32 - midBits
  const midMask = (1 << midBits) - 1
  const midKeys = new Int32Array(1 << midBits).fill(-1)
  const midVals = new Int32Array(1 << midBits)
  // low: 36-bit keys, hashed from the 24-bit half and the next 12 bits
  const lowBits = capacityBits(n36)
  const lowShift = 32 - lowBits
  const lowMask = (1 << lowBits) - 1
  const lowKeys = new Float64Array(1 << lowBits).fill(-1)
  const lowVals = new Int32Array(1 << lowBits)

  for (let i = 0; i < count; i++) {
    const hi = his[i]!
    const rest = rests[i]!
    const bits = widths[i]!
    let t = Math.imul(hi, GOLDEN) >>> topShift
    while (top[2 * t] !== -1 && top[2 * t] !== hi) t = (t + 1) & topMask
    if (top[2 * t] === -1) {
      top[2 * t] = hi
      top[2 * t + 1] = 0
    }
    const flags = top[2 * t + 1]!
    if (bits === 24) {
      if ((flags & INDEX_MASK) !== 0) holder[(flags & INDEX_MASK) - 1] = i
      else {
        top[2 * t + 1] = flags | (distinct + 1)
        holder[distinct++] = i
      }
    } else if (bits === 28) {
      top[2 * t + 1] = flags | HAS_28
      const key = (hi << 4) | rest
      let j = Math.imul(key, GOLDEN) >>> midShift
      while (midKeys[j] !== -1 && midKeys[j] !== key) j = (j + 1) & midMask
      if (midKeys[j] === key) holder[midVals[j]!] = i
      else {
        midKeys[j] = key
        midVals[j] = distinct
        holder[distinct++] = i
      }
    } else {
      top[2 * t + 1] = flags | HAS_36
      const key = hi * 4096 + rest
      let j = Math.imul(hi ^ Math.imul(rest, MIX), GOLDEN) >>> lowShift
      while (lowKeys[j] !== -1 && lowKeys[j] !== key) j = (j + 1) & lowMask
      if (lowKeys[j] === key) holder[lowVals[j]!] = i
      else {
        lowKeys[j] = key
        lowVals[j] = distinct
        holder[distinct++] = i
      }
    }
  }
  return { top, topBits, midKeys, midVals, midBits, lowKeys, lowVals, lowBits, holder: holder.subarray(0, distinct), distinct }
}
