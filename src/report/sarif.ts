import type { Evidence } from '../domain/evidence.js'
import type { ConfirmReason, Effect, Finding, FindingSeverity, Waiver } from '../domain/finding.js'
import type { LifecycleClass } from '../domain/lifecycle.js'
import type { ManufacturerSlug } from '../domain/manufacturer.js'
import type { Rule } from '../policy/policy.js'
import { buildSharedJson, nullableJson, optionalJson } from './shared-json.js'
import { formatDaysLeft, formatWaiver } from './words.js'

/** What `toSarif` needs besides the findings. */
export type SarifContext = {
  policyFile: string
  inventoryFile: string
  /**
   * Every inventory file read, when several are (`inventoryFile` among them): each is an artifact,
   * and a finding is located in the file its device came from.
   */
  inventoryFiles?: readonly string[]
  /** The policy's rules, in policy order: they become the driver's rules. */
  rules: readonly Rule[]
  toolVersion: string
  /** 1-based line of each device in the inventory file, when the reader knows it. */
  deviceLines?: ReadonlyMap<string, number>
}

/** A SARIF 2.1.0 log as `toSarif` writes it: one run, the policy's rules, one result per finding. */
export type SarifLog = {
  $schema: string
  version: '2.1.0'
  runs: [SarifRun]
}

/** The run of the trustpath driver in a `SarifLog`. */
export type SarifRun = {
  tool: {
    driver: {
      name: 'trustpath'
      version: string
      rules: {
        id: string
        shortDescription: { text: string }
        defaultConfiguration: { level: FindingSeverity }
        /** `effective`: a prohibit rule's own date (the policy's applies to the others, as the results' deadlines say). */
        properties: { lists: string[]; match: Rule['match']; effect: Effect; effective?: string }
      }[]
    }
  }
  /** The inventory files, then the policy file. */
  artifacts: { location: { uri: string } }[]
  results: SarifResult[]
}

/** One finding as a SARIF result, located at the device's line in its inventory file. */
export type SarifResult = {
  ruleId: string
  /** The rule's index in the driver's rules (absent for a rule the context does not list). */
  ruleIndex?: number
  level: FindingSeverity
  message: { text: string }
  locations: [{
    physicalLocation: { artifactLocation: { uri: string; index: number }; region?: { startLine: number } }
    logicalLocations: [{ name: string; kind: 'device' }]
  }]
  /**
   * The rule's line in the policy file, when known (`id` 0); then, for a device merged from several
   * records (`--merge`), each record of it but the one `locations` names, in the order read (ids 1, 2...).
   */
  relatedLocations?: [SarifRelatedLocation, ...SarifRelatedLocation[]]
  partialFingerprints: { 'trustpathFinding/v1': string }
  /** A waived finding's exemption, as SARIF's suppression of a result kept in a separate file (the policy). */
  suppressions?: [SarifSuppression]
  properties: {
    deviceId: string
    deviceName?: string
    deviceStatus?: string
    lifecycle?: LifecycleClass
    manufacturer: ManufacturerSlug | null
    group: ManufacturerSlug | null
    matchedGroup?: ManufacturerSlug
    list: string
    effect: Effect
    deadline?: string
    daysLeft?: number
    confidence: number
    evidence: Evidence[]
    notes: string[]
    /** What to confirm before acting on the finding (`Finding.toConfirm`). */
    toConfirm?: readonly ConfirmReason[]
    waiver?: Waiver
  }
}

/** A place related to a result: the rule's line in the policy, or another record of a merged device. */
export type SarifRelatedLocation = {
  id: number
  message: { text: string }
  physicalLocation: { artifactLocation: { uri: string; index: number }; region?: { startLine: number } }
}

/**
 * The records of a merged device (`Finding.deviceSources`) but the one the result is located at,
 * as related locations numbered from `firstId`, each in its file's artifact.
 */
function sourceLocations(f: Finding, inventories: readonly string[], file: string | undefined, line: number | undefined, firstId: number): SarifRelatedLocation[] {
  const out: SarifRelatedLocation[] = []
  const located = file ?? inventories[0]
  for (const s of f.deviceSources ?? []) {
    if (s.file === located && s.line === line) continue
    const index = Math.max(0, inventories.indexOf(s.file))
    out.push({
      id: firstId + out.length,
      message: { text: `device ${f.deviceId}, also read here${s.id !== f.deviceId ? ` as ${JSON.stringify(s.id)}` : ''}${s.manufacturer !== undefined ? ` (declared ${JSON.stringify(s.manufacturer)})` : ''}` },
      physicalLocation: { artifactLocation: { uri: toUri(inventories[index]!), index }, ...(s.line !== undefined && { region: { startLine: s.line } }) },
    })
  }
  return out
}

/**
 * The exemption that waives a result, as SARIF 2.1.0 writes a suppression (§3.35): `kind`
 * `external`, a suppression kept outside the scanned artifact (here the policy file, located at
 * the exemption's line); `status` `accepted`, since the policy grants it; `justification` its
 * reason. Viewers that honour suppressions show the result as suppressed rather than open.
 */
export type SarifSuppression = {
  kind: 'external'
  status: 'accepted'
  justification: string
  location: { physicalLocation: { artifactLocation: { uri: string; index: number }; region?: { startLine: number } } }
  properties: { until: string; target: string; exemption: number }
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/**
 * Results a SARIF run may hold for GitHub code scanning: it rejects a file with a run of more, and
 * of those it takes shows the 5,000 most severe ("SARIF results exceed limit",
 * https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit).
 */
export const GITHUB_SARIF_RESULT_LIMIT = 25_000

/** SARIF levels are spelled like finding severities. */
const LEVEL = { error: 'error', warning: 'warning', note: 'note' } as const satisfies Record<FindingSeverity, string>

/** A path as a SARIF uri-reference: forward slashes, percent-encoded. */
function toUri(path: string): string {
  // encodeURI leaves `#` and `?` as they are, which would cut a name such as `Site #2.csv` short.
  return encodeURI(path.replaceAll('\\', '/')).replaceAll('#', '%23').replaceAll('?', '%3F')
}

function formatEffect(effect: Effect, deadline: string | undefined, daysLeft: number | undefined): string {
  const when = daysLeft === undefined ? '' : ` (${formatDaysLeft(daysLeft)})`
  switch (effect.kind) {
    case 'prohibit':
      return deadline === undefined ? 'prohibited' : `prohibited from ${deadline}${when}`
    case 'remove_by':
      return `to be removed by ${deadline ?? effect.date}${when}`
    case 'flag':
      return 'flagged for review'
  }
}

/** `declared "Huawei" → huawei; oui "00E0FC" → huawei` */
export function formatEvidenceSummary(finding: Finding): string {
  if (finding.evidence.length === 0) return 'no evidence recorded'
  // An OEM relation is only as good as its source: the message names it.
  // Software a banner named is no part of the device: it says so ("software", not "component").
  return finding.evidence.map((e) => `${e.method === 'component' && e.kind === 'software' ? 'software' : e.method} ${JSON.stringify(e.value)} → ${e.manufacturer}` +
    (e.method === 'oem' ? ` (${e.brand} sells ${e.relation.products ?? 'products'} made by ${e.relation.maker}; source: ${e.relation.source.url ?? e.relation.source.title})` : '')).join('; ')
}

/** One sentence per finding: device, manufacturer and group, list, effect and deadline, evidence, notes. */
export function formatFindingMessage(finding: Finding): string {
  // A name that is the id (a CSV without an id column) is said once.
  const device = finding.deviceName !== undefined && finding.deviceName !== finding.deviceId ? `${finding.deviceName} (${finding.deviceId})` : finding.deviceId
  const maker = `manufacturer ${finding.manufacturer ?? 'unknown'}, group ${finding.group ?? 'unknown'}`
  // A listed group other than the device's: its components' maker, a maker below the top of its
  // ownership chain, or a group split evidence points at; the notes say which.
  const matched = finding.matchedGroup !== undefined && finding.matchedGroup !== finding.group
    ? `${finding.list} names ${finding.matchedGroup}`
    : `${finding.matchedGroup ?? finding.group ?? 'its group'} is on ${finding.list}`
  const confidence = `confidence ${Math.round(finding.confidence * 100)}%`
  return `Device ${device} (${maker}): ${matched}; ${formatEffect(finding.effect, finding.deadline, finding.daysLeft)}. ` +
    `Evidence (${confidence}): ${formatEvidenceSummary(finding)}.` +
    finding.notes.map((n) => ` Note: ${n}.`).join('') +
    (finding.waiver !== undefined ? ` W${formatWaiver(finding.waiver).slice(1)}.` : '')
}

/** The suppression of a waived finding, its exemption located in the policy file (the artifact at `policyIndex`). */
function toSuppression(w: Waiver, policyUri: string, policyIndex: number): SarifSuppression {
  return {
    kind: 'external', status: 'accepted', justification: w.reason,
    location: { physicalLocation: { artifactLocation: { uri: policyUri, index: policyIndex }, ...(w.line !== undefined && { region: { startLine: w.line } }) } },
    properties: { until: w.until, target: w.target, exemption: w.exemption },
  }
}

function defaultLevel(rule: Rule): FindingSeverity {
  if (rule.severity !== undefined) return rule.severity
  return rule.effect.kind === 'prohibit' ? 'error' : rule.effect.kind === 'flag' ? 'note' : 'warning'
}

/**
 * Writes findings as a SARIF 2.1.0 log for code-scanning dashboards: one run of the trustpath
 * driver, the policy's rules, one result per finding located in the inventory file.
 *
 * @example
 * const log = toSarif(findings, { policyFile: 'policy.yaml', inventoryFile: 'devices.csv', rules: policy.rules, toolVersion: '0.1.0' })
 */
export function toSarif(findings: readonly Finding[], ctx: SarifContext): SarifLog {
  const inventories = inventoryFilesOf(ctx)
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'trustpath',
          version: ctx.toolVersion,
          rules: ctx.rules.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description ?? `Rule ${rule.id} on ${rule.lists.join(', ')}` },
            defaultConfiguration: { level: LEVEL[defaultLevel(rule)] },
            properties: { lists: [...rule.lists], match: rule.match, effect: rule.effect, ...(rule.effective !== undefined && { effective: rule.effective }) },
          })),
        },
      },
      artifacts: [...inventories, ctx.policyFile].map((file) => ({ location: { uri: toUri(file) } })),
      results: findings.map((f) => toSarifResult(f, ctx, ctx.deviceLines?.get(f.deviceId))),
    }],
  }
}

/** The inventory files that are the log's first artifacts (the policy follows them). */
function inventoryFilesOf(ctx: SarifContext): readonly string[] {
  return ctx.inventoryFiles !== undefined && ctx.inventoryFiles.length > 0 ? ctx.inventoryFiles : [ctx.inventoryFile]
}

/**
 * One finding as a SARIF result (for streaming writers); `line` is the device's line in the
 * inventory, `file` the inventory file it is in when several are read.
 */
export function toSarifResult(f: Finding, ctx: SarifContext, line: number | undefined, file?: string): SarifResult {
  const ruleIndex = ctx.rules.findIndex((r) => r.id === f.rule)
  const index = ruleIndex >= 0 ? ruleIndex : undefined
  const inventories = inventoryFilesOf(ctx)
  const fileIndex = file === undefined ? 0 : Math.max(0, inventories.indexOf(file))
  const inventoryUri = toUri(inventories[fileIndex]!)
  const policyUri = toUri(ctx.policyFile)
  const policyIndex = inventories.length

  const rule = index === undefined ? undefined : ctx.rules[index]
  const related: SarifRelatedLocation[] = rule?.at.line !== undefined
    ? [{
      id: 0,
      message: { text: `rule ${f.rule}` },
      physicalLocation: { artifactLocation: { uri: policyUri, index: policyIndex }, region: { startLine: rule.at.line } },
    }]
    : []
  if (f.deviceSources !== undefined) related.push(...sourceLocations(f, inventories, file, line, 1))
  return {
    ruleId: f.rule,
    ...(index !== undefined && { ruleIndex: index }),
    level: LEVEL[f.severity],
    message: { text: formatFindingMessage(f) },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: inventoryUri, index: fileIndex },
        ...(line !== undefined && { region: { startLine: line } }),
      },
      logicalLocations: [{ name: f.deviceId, kind: 'device' }],
    }],
    ...(related.length > 0 && { relatedLocations: related as [SarifRelatedLocation, ...SarifRelatedLocation[]] }),
    partialFingerprints: { 'trustpathFinding/v1': `${f.deviceId}/${f.rule}` },
    ...(f.waiver !== undefined && { suppressions: [toSuppression(f.waiver, policyUri, policyIndex)] }),
    properties: {
      deviceId: f.deviceId,
      ...(f.deviceName !== undefined && { deviceName: f.deviceName }),
      ...(f.deviceStatus !== undefined && { deviceStatus: f.deviceStatus }),
      ...(f.lifecycle !== undefined && { lifecycle: f.lifecycle }),
      manufacturer: f.manufacturer ?? null,
      group: f.group ?? null,
      ...(f.matchedGroup !== undefined && { matchedGroup: f.matchedGroup }),
      list: f.list,
      effect: f.effect,
      ...(f.deadline !== undefined && { deadline: f.deadline }),
      ...(f.daysLeft !== undefined && { daysLeft: f.daysLeft }),
      confidence: f.confidence,
      evidence: f.evidence,
      notes: f.notes,
      ...(f.toConfirm !== undefined && { toConfirm: f.toConfirm }),
      ...(f.waiver !== undefined && { waiver: f.waiver }),
    },
  }
}

/** The related locations of a rule (`,"relatedLocations":[...]`, or empty) with those of a merged device's records after them. */
function mergedRelated(ruleRelated: string, sources: readonly SarifRelatedLocation[]): string {
  if (sources.length === 0) return ruleRelated
  const more = sources.map((r) => JSON.stringify(r)).join(',')
  return ruleRelated === '' ? `,"relatedLocations":[${more}]` : `${ruleRelated.slice(0, -1)},${more}]`
}

/**
 * SARIF results as one-line JSON for the streamed `check --format sarif`: the same text as
 * `JSON.stringify(toSarifResult(f, ctx, line))`, written by hand because serializing each result
 * object was most of the cost of a big SARIF check. The parts that depend only on the rule are
 * built once per rule; evidence, effects and notes come from the shared-object cache.
 */
export function buildSarifResultJson(ctx: SarifContext): (f: Finding, line: number | undefined, file?: string) => string {
  const { json, evidenceList } = buildSharedJson()
  const inventories = inventoryFilesOf(ctx)
  // Each file's artifact location, by its name (a device of an unnamed file is located in the first).
  const locations = new Map(inventories.map((file, i) => [file, `{"uri":${JSON.stringify(toUri(file))},"index":${i}}`]))
  const firstLocation = locations.get(inventories[0]!)!
  const policyUri = toUri(ctx.policyFile)
  const policyIndex = inventories.length
  const byRule = new Map<string, { head: string; related: string }>()
  // A waiver is one object per exemption, shared by the findings it waives.
  const suppressions = new WeakMap<Waiver, string>()
  const suppressionOf = (w: Waiver): string => {
    let json = suppressions.get(w)
    if (json === undefined) suppressions.set(w, (json = `,"suppressions":${JSON.stringify([toSuppression(w, policyUri, policyIndex)])}`))
    return json
  }
  const ruleParts = (ruleId: string): { head: string; related: string } => {
    let parts = byRule.get(ruleId)
    if (parts === undefined) {
      const index = ctx.rules.findIndex((r) => r.id === ruleId)
      const rule = index >= 0 ? ctx.rules[index] : undefined
      const related = rule?.at.line !== undefined
        ? `,"relatedLocations":${JSON.stringify([{
          id: 0, message: { text: `rule ${ruleId}` },
          physicalLocation: { artifactLocation: { uri: policyUri, index: policyIndex }, region: { startLine: rule.at.line } },
        }])}`
        : ''
      parts = { head: `{"ruleId":${JSON.stringify(ruleId)}${index >= 0 ? `,"ruleIndex":${index}` : ''}`, related }
      byRule.set(ruleId, parts)
    }
    return parts
  }
  return (f, line, file) => {
    const rule = ruleParts(f.rule)
    const device = JSON.stringify(f.deviceId)
    const location = file === undefined ? firstLocation : locations.get(file) ?? firstLocation
    return `${rule.head},"level":"${LEVEL[f.severity]}","message":{"text":${JSON.stringify(formatFindingMessage(f))}}` +
      `,"locations":[{"physicalLocation":{"artifactLocation":${location}` +
      `${line !== undefined ? `,"region":{"startLine":${line}}` : ''}},"logicalLocations":[{"name":${device},"kind":"device"}]}]` +
      `${f.deviceSources === undefined ? rule.related : mergedRelated(rule.related, sourceLocations(f, inventories, file, line, 1))},"partialFingerprints":{"trustpathFinding/v1":${JSON.stringify(`${f.deviceId}/${f.rule}`)}}` +
      `${f.waiver !== undefined ? suppressionOf(f.waiver) : ''}` +
      `,"properties":{"deviceId":${device}${optionalJson('deviceName', f.deviceName)}${optionalJson('deviceStatus', f.deviceStatus)}` +
      `${optionalJson('lifecycle', f.lifecycle)},"manufacturer":${nullableJson(f.manufacturer)}` +
      `,"group":${nullableJson(f.group)}${optionalJson('matchedGroup', f.matchedGroup)},"list":${JSON.stringify(f.list)},"effect":${json(f.effect)}` +
      `${optionalJson('deadline', f.deadline)}${f.daysLeft !== undefined ? `,"daysLeft":${f.daysLeft}` : ''},"confidence":${JSON.stringify(f.confidence)},"evidence":${evidenceList(f.evidence)}` +
      `,"notes":${json(f.notes)}${f.toConfirm !== undefined ? `,"toConfirm":${json(f.toConfirm)}` : ''}${f.waiver !== undefined ? `,"waiver":${JSON.stringify(f.waiver)}` : ''}}}`
  }
}
