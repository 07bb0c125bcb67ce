import type { Finding, Waiver } from '../domain/finding.js'
import type { ByteOutput } from '../util/byte-output.js'
import { utf8Bytes } from '../util/byte-output.js'
import { buildSharedBytes, optionalJson, PieceCache, PieceTree } from './shared-json.js'

/**
 * A serializer of findings as one-line JSON for the streamed `json` and `jsonl` outputs, written as
 * UTF-8 straight into a `ByteOutput`: the same text as `JSON.stringify(finding)` for a finding
 * built by `checkDevice`, at a fraction of the cost.
 *
 * Written by hand because formatting was the largest single cost of a big check: about 600 bytes
 * of JSON per device, most of it evidence and notes that thousands of devices share (identify
 * memoizes evidence objects, checkDevice memoizes notes). The bytes of each shared object, and of
 * each combination of shared values, are made once; only the few device-specific values (ids,
 * names, MACs) are written per finding. Building each finding as a string instead, and joining the
 * strings for the stream, cost 1.5 µs a device on 1M generated devices; this takes about 0.5 µs.
 *
 * Keys come in the order of the `Finding` type as `checkDevice` builds it; optional keys that are
 * undefined are left out, as JSON.stringify does.
 */
export type FindingJsonBytes = (finding: Finding, out: ByteOutput) => void

export function buildFindingJsonBytes(): FindingJsonBytes {
  const { json, evidenceList } = buildSharedBytes()
  const heads = new PieceCache<string>()
  const middles = new PieceTree()
  const notesBytes = new WeakMap<readonly string[], Uint8Array>()
  // By deadline, then by the days left to it (one value per deadline on one check's date).
  const deadlines = new PieceTree()
  const statuses = new PieceCache<string>()
  // checkDevice shares one array per combination of reasons.
  const confirmBytes = new WeakMap<readonly string[], Uint8Array>()
  // A waiver is one object per exemption, shared by the findings it waives.
  const waivers = new WeakMap<Waiver, Uint8Array>()

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
    if (f.deadline !== undefined) {
      const level = deadlines.at(deadlines.root, f.deadline)
      out.bytes(deadlines.piece(level, f.daysLeft) ??
        deadlines.put(level, f.daysLeft, `${optionalJson('deadline', f.deadline)}${f.daysLeft !== undefined ? `,"daysLeft":${f.daysLeft}` : ''}`))
    }
    // The class follows from the status (lifecycleOf): the status alone keys their bytes.
    if (f.deviceStatus !== undefined) {
      out.bytes(statuses.get(f.deviceStatus) ?? statuses.put(f.deviceStatus, `${optionalJson('deviceStatus', f.deviceStatus)}${optionalJson('lifecycle', f.lifecycle)}`))
    }
    if (f.toConfirm !== undefined) {
      let reasons = confirmBytes.get(f.toConfirm)
      if (reasons === undefined) confirmBytes.set(f.toConfirm, (reasons = utf8Bytes(`,"toConfirm":${JSON.stringify(f.toConfirm)}`)))
      out.bytes(reasons)
    }
    if (f.waiver !== undefined) {
      let waiver = waivers.get(f.waiver)
      if (waiver === undefined) waivers.set(f.waiver, (waiver = utf8Bytes(`,"waiver":${JSON.stringify(f.waiver)}`)))
      out.bytes(waiver)
    }
    if (f.deviceAliases !== undefined) out.text(`,"deviceAliases":${JSON.stringify(f.deviceAliases)}`)
    if (f.deviceSources !== undefined) out.text(`,"deviceSources":${JSON.stringify(f.deviceSources)}`)
    out.bytes(CLOSE_OBJECT)
  }
}

const NO_NOTES = utf8Bytes(',"notes":[]')
const DEVICE_NAME = utf8Bytes(',"deviceName":')
const CLOSE_OBJECT = utf8Bytes('}')
