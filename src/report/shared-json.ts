import type { Evidence } from '../domain/evidence.js'
import { putBounded } from '../util/bounded-map.js'
import type { ByteOutput } from '../util/byte-output.js'
import { utf8Bytes } from '../util/byte-output.js'

/** Blocks whose OUI evidence text is kept; the table is emptied when full. */
const MAX_BLOCKS = 100_000

/**
 * JSON of objects that many output rows share, built once per object: evidence (identify memoizes
 * it), notes, effects, conflicts. `json` is keyed by identity and weak, so an entry goes with its
 * object: objects that are not shared cost a little time and no lasting memory. OUI evidence
 * differs per device only in its MAC: the text around that value is kept per block.
 */
export type SharedJson = {
  json(o: object): string
  evidenceList(list: readonly Evidence[]): string
  /** The JSON of an OUI evidence around its value (the MAC), the same object while the block's text stays the same. */
  ouiParts(e: Extract<Evidence, { method: 'oui' }>): { head: string; tail: string }
}

export function buildSharedJson(): SharedJson {
  const shared = new WeakMap<object, string>()
  const ouiParts = new Map<string, { manufacturer: string; registry: string; organization: string; head: string; tail: string }>()

  const json = (o: object): string => {
    let s = shared.get(o)
    if (s === undefined) {
      s = JSON.stringify(o)
      shared.set(o, s)
    }
    return s
  }

  const partsOf = (e: Extract<Evidence, { method: 'oui' }>) => {
    let parts = ouiParts.get(e.prefix)
    if (parts === undefined || parts.manufacturer !== e.manufacturer || parts.registry !== e.registry || parts.organization !== e.organization) {
      // Built from the evidence itself, so the text is whatever JSON.stringify makes of it.
      const whole = JSON.stringify({ ...e, value: '\u0000' })
      const at = whole.indexOf('"\\u0000"')
      parts = { manufacturer: e.manufacturer, registry: e.registry, organization: e.organization, head: whole.slice(0, at), tail: whole.slice(at + 8) }
      putBounded(ouiParts, e.prefix, parts, MAX_BLOCKS)
    }
    return parts
  }

  const evidenceJson = (e: Evidence): string => {
    if (e.method !== 'oui') return json(e)
    const parts = partsOf(e)
    return parts.head + JSON.stringify(e.value) + parts.tail
  }

  const evidenceList = (list: readonly Evidence[]): string => {
    if (list.length === 0) return '[]'
    let s = '[' + evidenceJson(list[0]!)
    for (let i = 1; i < list.length; i++) s += ',' + evidenceJson(list[i]!)
    return s + ']'
  }

  return { json, evidenceList, ouiParts: partsOf }
}

/** `,"key":"value"` for a defined string, nothing for undefined: an optional key as JSON.stringify writes it. */
export function optionalJson(key: string, v: string | undefined): string {
  return v === undefined ? '' : `,"${key}":${JSON.stringify(v)}`
}

/** A string or null, as JSON. */
export function nullableJson(v: string | undefined): string {
  return v === undefined ? 'null' : JSON.stringify(v)
}

/** Entries per cache of byte pieces; a cache is emptied when full. */
const MAX_PIECES = 10_000

/**
 * UTF-8 pieces of output by key, each made from its text once (`cache.get(key) ?? cache.put(key,
 * text)`: the text is built only when missing); emptied when full.
 */
export class PieceCache<K> {
  private readonly map = new Map<K, Uint8Array>()

  get(key: K): Uint8Array | undefined {
    return this.map.get(key)
  }

  put(key: K, text: string): Uint8Array {
    return putBounded(this.map, key, utf8Bytes(text), MAX_PIECES)
  }
}

/**
 * UTF-8 pieces of output keyed by several values, looked up level by level
 * (`tree.piece(tree.at(tree.at(root, a), b), c) ?? tree.put(...)`): no key string is built and
 * hashed per row, which took a twentieth of writing findings. Emptied when it holds too many pieces.
 */
export class PieceTree {
  readonly root = new Map<unknown, unknown>()
  private count = 0

  /** The level under `key` of `level` (made when missing). */
  at(level: Map<unknown, unknown>, key: unknown): Map<unknown, unknown> {
    let next = level.get(key) as Map<unknown, unknown> | undefined
    if (next === undefined) level.set(key, (next = new Map()))
    return next
  }

  piece(level: Map<unknown, unknown>, key: unknown): Uint8Array | undefined {
    return level.get(key) as Uint8Array | undefined
  }

  put(level: Map<unknown, unknown>, key: unknown, text: string): Uint8Array {
    if (++this.count > MAX_PIECES) {
      this.root.clear()
      this.count = 1
    }
    const bytes = utf8Bytes(text)
    level.set(key, bytes)
    return bytes
  }
}

/** `SharedJson` for writers of UTF-8 bytes (see `ByteOutput`): the JSON of shared objects as cached bytes. */
export type SharedBytes = {
  json(o: object): string
  /** The UTF-8 of `json(o)`, built once per object. */
  bytesOf(o: object): Uint8Array
  /** Writes `evidenceList(list)` of `SharedJson` into `out`. */
  evidenceList(list: readonly Evidence[], out: ByteOutput): void
}

export function buildSharedBytes(): SharedBytes {
  const { json, ouiParts } = buildSharedJson()
  const shared = new WeakMap<object, Uint8Array>()
  const ouiBytes = new Map<string, { text: { head: string; tail: string }; head: Uint8Array; tail: Uint8Array }>()
  const bytesOf = (o: object): Uint8Array => {
    let b = shared.get(o)
    if (b === undefined) shared.set(o, (b = utf8Bytes(json(o))))
    return b
  }
  const evidence = (e: Evidence, out: ByteOutput) => {
    if (e.method !== 'oui') {
      out.bytes(bytesOf(e))
      return
    }
    const text = ouiParts(e)
    let b = ouiBytes.get(e.prefix)
    if (b === undefined || b.text !== text) b = putBounded(ouiBytes, e.prefix, { text, head: utf8Bytes(text.head), tail: utf8Bytes(text.tail) }, MAX_PIECES)
    out.bytes(b.head)
    out.jsonString(e.value)
    out.bytes(b.tail)
  }
  const evidenceList = (list: readonly Evidence[], out: ByteOutput) => {
    out.bytes(OPEN_LIST)
    for (let i = 0; i < list.length; i++) {
      if (i > 0) out.bytes(COMMA)
      evidence(list[i]!, out)
    }
    out.bytes(CLOSE_LIST)
  }
  return { json, bytesOf, evidenceList }
}

const OPEN_LIST = utf8Bytes('[')
const CLOSE_LIST = utf8Bytes(']')
const COMMA = utf8Bytes(',')
