import type { Finding } from '../domain/finding.js'
import type { ByteOutput } from '../util/byte-output.js'
import { utf8Bytes } from '../util/byte-output.js'
import { buildSharedBytes, buildSharedJson, optionalJson, PieceCache, PieceTree } from './shared-json.js'

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

export function buildFindingJson(): FindingJson {
  const { json, evidenceList: listJson } = buildSharedJson()
  return (f) =>
    `{"rule":${JSON.stringify(f.rule)},"deviceId":${JSON.stringify(f.deviceId)},"severity":"${f.severity}","effect":${json(f.effect)}` +
    `${optionalJson('manufacturer', f.manufacturer)}${optionalJson('group', f.group)},"list":${JSON.stringify(f.list)}` +
    `${optionalJson('matchedGroup', f.matchedGroup)},"confidence":${JSON.stringify(f.confidence)},"evidence":${listJson(f.evidence)}` +
    `,"notes":${f.notes.length === 0 ? '[]' : json(f.notes)}${optionalJson('deviceName', f.deviceName)}${optionalJson('deadline', f.deadline)}}`
}

/** `buildFindingJson` writing UTF-8 bytes into a `ByteOutput`: the same text, without building it as a string. */
export type FindingJsonBytes = (finding: Finding, out: ByteOutput) => void

/**
 * Writes findings as `buildFindingJson` does, from byte pieces cached per shared object and per
 * combination of the shared values, with only the device's id, name and MACs written per finding.
 */
export function buildFindingJsonBytes(): FindingJsonBytes {
  const { json, evidenceList } = buildSharedBytes()
  const heads = new PieceCache<string>()
  const middles = new PieceTree()
  const notesBytes = new WeakMap<readonly string[], Uint8Array>()
  const deadlines = new PieceCache<string>()

  return (f, out) => {
    out.bytes(heads.get(f.rule) ?? heads.put(f.rule, `{"rule":${JSON.stringify(f.rule)},"deviceId":`))
    out.jsonString(f.deviceId)
    // Everything from severity to the evidence is shared by the findings of one rule on devices
    // identified alike.
    const t = middles
    const level = t.at(t.at(t.at(t.at(t.at(t.at(t.root, f.effect), f.severity), f.list), f.manufacturer), f.group), f.matchedGroup)
    out.bytes(t.piece(level, f.confidence) ?? t.put(level, f.confidence,
      `,"severity":"${f.severity}","effect":${json(f.effect)}${optionalJson('manufacturer', f.manufacturer)}${optionalJson('group', f.group)}` +
      `,"list":${JSON.stringify(f.list)}${optionalJson('matchedGroup', f.matchedGroup)},"confidence":${JSON.stringify(f.confidence)},"evidence":`))
    evidenceList(f.evidence, out)
    if (f.notes.length === 0) out.bytes(NO_NOTES)
    else {
      let notes = notesBytes.get(f.notes)
      if (notes === undefined) notesBytes.set(f.notes, (notes = utf8Bytes(`,"notes":${json(f.notes)}`)))
      out.bytes(notes)
    }
    if (f.deviceName !== undefined) {
      out.bytes(DEVICE_NAME)
      out.jsonString(f.deviceName)
    }
    if (f.deadline !== undefined) out.bytes(deadlines.get(f.deadline) ?? deadlines.put(f.deadline, optionalJson('deadline', f.deadline)))
    out.bytes(CLOSE_OBJECT)
  }
}

const NO_NOTES = utf8Bytes(',"notes":[]')
const DEVICE_NAME = utf8Bytes(',"deviceName":')
const CLOSE_OBJECT = utf8Bytes('}')
