import type { Evidence } from '../domain/evidence.js'
import { putBounded } from '../util/bounded-map.js'

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
