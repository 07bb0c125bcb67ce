import type { Device } from '../domain/device.js'
import type { Attribution, Conflict, Evidence, EvidenceMethod } from '../domain/evidence.js'
import type { ManufacturerSlug } from '../domain/manufacturer.js'
import { isLocallyAdministered, isMulticast, parseMac } from '../catalog/mac.js'
import { groupOf } from '../catalog/manufacturers.js'
import type { Catalog, ModelPattern } from '../catalog/types.js'
import type { BannerMatch } from './banner.js'
import { matchBanner, matchSysDescr } from './banner.js'
import { enterpriseOf, parseOid } from './oid.js'

/**
 * How much one piece of evidence of each kind says about who made the device, in [0, 1].
 * Declared names are the weakest (inventories copy the brand on the label); an SNMP enterprise
 * number is set by the firmware's maker and rarely lies. Pieces for the same group combine as
 * independent signals: 1 - Π(1 - w).
 */
export const EVIDENCE_WEIGHTS = {
  declared: 0.6,
  oui: 0.75,
  snmp_enterprise: 0.85,
  banner: 0.8,
  model: 0.7,
  component: 0,
} as const satisfies Record<EvidenceMethod, number>

/** Weight of a banner pattern marked as low certainty (a server string several makers ship). */
const LOW_CERTAINTY_BANNER_WEIGHT = 0.4

/** Options of {@link identify}. */
export type IdentifyOptions = {
  /**
   * The date at which ownership relations are resolved when the device carries no `manufactured`
   * date (ISO yyyy-mm-dd). When neither is known, time-bound relations are reported as conflicts.
   * @default undefined
   */
  at?: string
}

type Scored = { evidence: Evidence; weight: number }

/**
 * Attributes a device to its real manufacturer and that manufacturer's group, combining every piece
 * of evidence the inventory holds: declared manufacturer and model, MAC OUIs, sysObjectID, sysDescr,
 * banners and hardware components. Unknown stays unknown, with the reason.
 *
 * @example
 * const a = identify({ id: 'd1', macs: ['00:e0:fc:12:34:56'] }, catalog)
 * a.group // 'huawei'
 */
export function identify(device: Device, catalog: Catalog, options: IdentifyOptions = {}): Attribution {
  const scored: Scored[] = []
  const components: Evidence[] = []
  const unrecognised: Attribution['unrecognised'] = []

  if (device.manufacturer !== undefined && device.manufacturer.trim() !== '') {
    const slug = catalog.resolveName(device.manufacturer)
    if (slug !== undefined) {
      scored.push({ evidence: { method: 'declared', manufacturer: slug, value: device.manufacturer }, weight: EVIDENCE_WEIGHTS.declared })
    } else {
      unrecognised.push({ method: 'declared', value: device.manufacturer })
    }
  }

  for (const text of device.macs ?? []) {
    const mac = parseMac(text)
    if (mac === undefined || isLocallyAdministered(mac) || isMulticast(mac)) continue
    const match = catalog.oui.lookup(mac)
    if (match === undefined || match.registry === 'CID') continue
    if (match.manufacturer === undefined) {
      unrecognised.push({ method: 'oui', value: text, organization: match.organization })
      continue
    }
    scored.push({
      evidence: {
        method: 'oui', manufacturer: match.manufacturer, value: text, prefix: match.prefix,
        registry: match.registry, organization: match.organization,
      },
      weight: EVIDENCE_WEIGHTS.oui,
    })
  }

  const oid = device.snmp?.sysObjectID
  if (oid !== undefined) {
    const arcs = parseOid(oid)
    const enterprise = arcs === undefined ? undefined : enterpriseOf(arcs)
    if (enterprise !== undefined) {
      const entry = catalog.enterprises.lookup(enterprise)
      if (entry?.manufacturer !== undefined) {
        scored.push({
          evidence: { method: 'snmp_enterprise', manufacturer: entry.manufacturer, value: oid, enterprise, organization: entry.organization },
          weight: EVIDENCE_WEIGHTS.snmp_enterprise,
        })
      } else {
        unrecognised.push({ method: 'snmp_enterprise', value: oid, ...(entry ? { organization: entry.organization } : {}) })
      }
    }
  }

  const sysDescr = device.snmp?.sysDescr
  if (sysDescr !== undefined && sysDescr !== '') {
    for (const m of matchSysDescr(sysDescr, catalog.banners)) {
      scored.push(bannerEvidence(m, 'snmp'))
    }
  }
  for (const banner of device.banners ?? []) {
    for (const m of matchBanner(banner, catalog.banners)) {
      scored.push(bannerEvidence(m, banner.protocol))
    }
  }

  if (device.model !== undefined && device.model !== '') {
    const m = matchModel(device.model, catalog.models)
    if (m !== undefined) {
      scored.push({
        evidence: { method: 'model', manufacturer: m.manufacturer, value: device.model, pattern: m.name, ...(m.product ? { product: m.product } : {}) },
        weight: EVIDENCE_WEIGHTS.model,
      })
    }
  }

  for (const c of device.components ?? []) {
    const slug = (c.manufacturer ? catalog.resolveName(c.manufacturer) : undefined) ??
      (c.model ? matchModel(c.model, catalog.models)?.manufacturer : undefined)
    const value = [c.manufacturer, c.model].filter(Boolean).join(' ')
    if (slug === undefined) {
      if (value !== '') unrecognised.push({ method: 'component', value })
      continue
    }
    components.push({ method: 'component', manufacturer: slug, value, ...(c.kind ? { kind: c.kind } : {}) })
  }

  return combine(device, catalog, options, scored, components, unrecognised)
}

function bannerEvidence(m: BannerMatch, protocol: string): Scored {
  const weight = m.certainty === 'low' ? LOW_CERTAINTY_BANNER_WEIGHT : EVIDENCE_WEIGHTS.banner
  return {
    evidence: {
      method: 'banner', manufacturer: m.manufacturer, value: m.excerpt, pattern: m.pattern, protocol,
      ...(m.product !== undefined ? { product: m.product } : {}),
      ...(m.version !== undefined ? { version: m.version } : {}),
    },
    weight,
  }
}

/** The first model pattern that matches, trying the text as given and upper-cased. */
export function matchModel(model: string, patterns: readonly ModelPattern[]): ModelPattern | undefined {
  const text = model.trim()
  for (const p of patterns) if (p.pattern.test(text)) return p
  return undefined
}

function combine(
  device: Device,
  catalog: Catalog,
  options: IdentifyOptions,
  scored: Scored[],
  components: Evidence[],
  unrecognised: Attribution['unrecognised'],
): Attribution {
  const at = device.manufactured ?? options.at
  const conflicts: Conflict[] = []
  const groupCache = new Map<ManufacturerSlug, ReturnType<typeof groupOf>>()
  const resolve = (slug: ManufacturerSlug) => {
    let g = groupCache.get(slug)
    if (g === undefined) {
      g = groupOf(slug, at, catalog.manufacturers)
      groupCache.set(slug, g)
    }
    return g
  }

  const componentGroups = [...new Set(components.map((e) => resolve(e.manufacturer).group))].sort()
  const evidence = [...scored.map((s) => s.evidence), ...components]

  if (scored.length === 0) {
    return {
      deviceId: device.id, manufacturer: undefined, group: undefined, confidence: 0, evidence, conflicts,
      unknownReason: unrecognised.length > 0 || components.length > 0 ? 'unrecognised_evidence' : 'no_evidence',
      componentGroups, unrecognised,
    }
  }

  // Score groups: independent signals for the same group reinforce each other.
  const miss = new Map<ManufacturerSlug, number>()
  const methods = new Map<ManufacturerSlug, Set<EvidenceMethod>>()
  for (const s of scored) {
    const g = resolve(s.evidence.manufacturer).group
    miss.set(g, (miss.get(g) ?? 1) * (1 - s.weight))
    let ms = methods.get(g)
    if (ms === undefined) methods.set(g, (ms = new Set()))
    ms.add(s.evidence.method)
  }
  const ranked = [...miss.entries()]
    .map(([group, m]) => ({ group, score: 1 - m, methods: methods.get(group)!.size }))
    .sort((a, b) => b.score - a.score || b.methods - a.methods || a.group.localeCompare(b.group))
  const winner = ranked[0]!
  const group = winner.group

  // The manufacturer inside the group: the best-supported one, preferring makers over brands
  // named only by the inventory (a HiWatch label on a Hikvision camera is still Hikvision's).
  const perMaker = new Map<ManufacturerSlug, number>()
  for (const s of scored) {
    if (resolve(s.evidence.manufacturer).group !== group) continue
    const w = s.evidence.method === 'declared' ? s.weight * 0.5 : s.weight
    perMaker.set(s.evidence.manufacturer, 1 - (1 - (perMaker.get(s.evidence.manufacturer) ?? 0)) * (1 - w))
  }
  const manufacturer = [...perMaker.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]

  // A declared name that the rest of the evidence contradicts: a rebrand (OEM) or a wrong record.
  let explained = false
  const declared = scored.find((s) => s.evidence.method === 'declared')?.evidence.manufacturer
  if (declared !== undefined && declared !== manufacturer) {
    const otherMethods = [...new Set(scored
      .filter((s) => s.evidence.method !== 'declared' && resolve(s.evidence.manufacturer).group === group)
      .map((s) => s.evidence.method))]
    if (otherMethods.length > 0) {
      const known = isKnownOem(catalog, declared, manufacturer, at) || resolve(declared).group === group
      explained = known
      conflicts.push({ kind: 'oem_rebrand', declared, maker: manufacturer, methods: otherMethods, known })
    }
  }
  const rivals = ranked.slice(1).filter((r) => !(explained && r.group === resolve(declared!).group))
  if (rivals.length > 0) {
    conflicts.push({ kind: 'contradicting_evidence', manufacturers: [group, ...rivals.map((r) => r.group)] })
  }
  const strongestRival = rivals.reduce((max, r) => Math.max(max, r.score), 0)
  const confidence = round(winner.score * (1 - strongestRival / 2))

  for (const rel of resolve(manufacturer).undated) {
    conflicts.push({
      kind: 'relation_date_unknown', manufacturer, parent: rel.parent,
      ...(rel.from !== undefined ? { from: rel.from } : {}),
      ...(rel.until !== undefined ? { until: rel.until } : {}),
    })
  }

  return { deviceId: device.id, manufacturer, group, confidence, evidence, conflicts, componentGroups, unrecognised }
}

function isKnownOem(catalog: Catalog, brand: ManufacturerSlug, maker: ManufacturerSlug, at: string | undefined): boolean {
  const makerGroup = groupOf(maker, at, catalog.manufacturers).group
  return catalog.oem.some((r) =>
    r.brand === brand &&
    (r.maker === maker || groupOf(r.maker, at, catalog.manufacturers).group === makerGroup) &&
    (at === undefined || ((r.from === undefined || r.from <= at) && (r.until === undefined || at < r.until))))
}

const round = (x: number): number => Math.round(x * 1000) / 1000
