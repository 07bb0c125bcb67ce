/**
 * The duplicate check of device ids: the one part of reading an inventory that grows with it.
 */

/**
 * Remembers each device id (as a 64-bit hash) and the line it first appeared on, to report
 * duplicates.
 *
 * This is the one part of the stream that grows with the input, so it is kept small: an
 * open-addressing table of two 32-bit hashes and a line per slot, 12 bytes a slot at most 70%
 * full: about 17 bytes per device (17 MB per million), against 53 bytes plus the retained text of
 * each id in a Map of strings. Two different ids are taken for one only if both 32-bit hashes
 * collide: for 10 million devices the chance that this happens at all is about 3 in a million.
 * `detectDuplicates: false` turns the check off for inventories known to be unique.
 */
export class DuplicateIndex {
  // Small at first: a folder of captures reads thousands of files of one device each, and a big
  // file's reader reserves room once it knows the size (`reserve`).
  private h1 = new Uint32Array(1 << 8)
  private h2 = new Uint32Array(1 << 8)
  private lines = new Int32Array(1 << 8)
  private count = 0

  /** The line of the earlier device with this id, or undefined (and the id is remembered). */
  check(id: string, line: number): number | undefined {
    hashId(id, scratch, 0)
    return this.checkHashed(scratch[0]!, scratch[1]!, line)
  }

  /**
   * Makes room for `devices` ids in all, at once: growing step by step moves every id again at each
   * doubling, in random order (a tenth of the main thread's time in a parallel check of 1M devices).
   */
  reserve(devices: number): void {
    let slots = this.lines.length
    while (devices * 10 > slots * 7 && slots < MAX_RESERVED_SLOTS) slots *= 2
    if (slots > this.lines.length) this.grow(slots)
  }

  /** The line of the device with this id, or undefined; unlike `check`, the id is not remembered. */
  lookup(id: string): number | undefined {
    hashId(id, scratch, 0)
    return this.find(scratch[0]!, scratch[1]!)
  }

  /** `check` for an id hashed elsewhere with `hashId` (a worker thread of a parallel check). */
  checkHashed(a: number, b: number, line: number): number | undefined {
    const before = this.find(a, b)
    if (before !== undefined) return before
    if ((this.count + 1) * 10 > this.lines.length * 7) this.grow(this.lines.length * 2)
    this.insert(a, b, line)
    this.count++
    return undefined
  }

  private find(a: number, b: number): number | undefined {
    const mask = this.lines.length - 1
    for (let i = (a ^ (b >>> 7)) & mask; ; i = (i + 1) & mask) {
      const line = this.lines[i]!
      if (line === 0) return undefined
      if (this.h1[i] === a && this.h2[i] === b) return line
    }
  }

  private insert(a: number, b: number, line: number): void {
    const mask = this.lines.length - 1
    let i = (a ^ (b >>> 7)) & mask
    while (this.lines[i] !== 0) i = (i + 1) & mask
    this.h1[i] = a
    this.h2[i] = b
    this.lines[i] = line
  }

  private grow(slots: number): void {
    const { h1, h2, lines } = this
    this.h1 = new Uint32Array(slots)
    this.h2 = new Uint32Array(slots)
    this.lines = new Int32Array(slots)
    for (let i = 0; i < lines.length; i++) if (lines[i] !== 0) this.insert(h1[i]!, h2[i]!, lines[i]!)
  }
}

const scratch = new Uint32Array(2)

/** `reserve` makes room for at most this many slots (12 bytes each, 200 MB): past it the table grows as ids come. */
const MAX_RESERVED_SLOTS = 1 << 24

/** The two 32-bit hashes `DuplicateIndex` keeps of a device id, written to `into[at]` and `into[at + 1]`. */
export function hashId(id: string, into: Uint32Array, at: number): void {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
  into[at] = a >>> 0
  into[at + 1] = b >>> 0
}
