import type { Evidence } from '../domain/evidence.js'
import type { Finding } from '../domain/finding.js'

/**
 * A serializer of findings as one-line JSON, for the streamed `json` and `jsonl` outputs: the same
 * text as `JSON.stringify(finding)` for a finding built by `checkDevice`, at a fraction of the cost.
 *
 * Written by hand because formatting was the largest single cost of a big check: about 600 bytes
 * of JSON per device, most of it evidence and notes that thousands of devices share (identify
 * memoizes evidence objects, checkDevice memoizes notes). Here the JSON of each shared object is
 * built once and reused; only the few device-specific values (ids, names, MACs) are escaped per
 * finding. On 1M generated devices this took formatting from about 5 µs to about 1 µs a device.
 *
 * Keys come in the order of the `Finding` type as `checkDevice` builds it; optional keys that are
 * undefined are left out, as JSON.stringify does.
 */
export type FindingJson = (finding: Finding) => string

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

  const evidenceJson = (e: Evidence): string => {
    if (e.method !== 'oui') return json(e)
    let parts = ouiParts.get(e.prefix)
    if (parts === undefined || parts.manufacturer !== e.manufacturer || parts.registry !== e.registry || parts.organization !== e.organization) {
      // Built from the evidence itself, so the text is whatever JSON.stringify makes of it.
      const whole = JSON.stringify({ ...e, value: '\u0000' })
      const at = whole.indexOf('"\\u0000"')
      parts = { manufacturer: e.manufacturer, registry: e.registry, organization: e.organization, head: whole.slice(0, at), tail: whole.slice(at + 8) }
      if (ouiParts.size >= MAX_BLOCKS) ouiParts.clear()
      ouiParts.set(e.prefix, parts)
    }
    return parts.head + JSON.stringify(e.value) + parts.tail
  }

  const evidenceList = (list: readonly Evidence[]): string => {
    if (list.length === 0) return '[]'
    let s = '[' + evidenceJson(list[0]!)
    for (let i = 1; i < list.length; i++) s += ',' + evidenceJson(list[i]!)
    return s + ']'
  }

  return { json, evidenceList }
}

export function buildFindingJson(): FindingJson {
  const { json, evidenceList: listJson } = buildSharedJson()
  const optional = (key: string, v: string | undefined): string => (v === undefined ? '' : `,"${key}":${JSON.stringify(v)}`)

  return (f) =>
    `{"rule":${JSON.stringify(f.rule)},"deviceId":${JSON.stringify(f.deviceId)},"severity":"${f.severity}","effect":${json(f.effect)}` +
    `${optional('manufacturer', f.manufacturer)}${optional('group', f.group)},"list":${JSON.stringify(f.list)}` +
    `${optional('matchedGroup', f.matchedGroup)},"confidence":${JSON.stringify(f.confidence)},"evidence":${listJson(f.evidence)}` +
    `,"notes":${f.notes.length === 0 ? '[]' : json(f.notes)}${optional('deviceName', f.deviceName)}${optional('deadline', f.deadline)}}`
}
