import { BANNER_NAME_PATTERN, CERTIFICATE_NAME_PATTERN, PRODUCT_NAME_PATTERN, SCANNER_CPE_PATTERN, SCANNER_INFO_PATTERN, SYSDESCR_NAME_PATTERN, type Attribution, type Conflict, type Evidence, type EvidenceMethod, type TimedOwner } from '../domain/evidence.js'
import type { Finding, Waiver } from '../domain/finding.js'
import type { Manufacturer, ManufacturerSlug, OemRelation, ParentRelation, RelationKind, Source } from '../domain/manufacturer.js'
import { isPrivateOrganization, isRegistrationAuthority } from '../catalog/oui.js'
import { boundBoughtAfter, formatBoughtAfter, formatSharedBound, MADE_WITHIN_YEARS_BEFORE_PURCHASE, sharedPeriod } from '../util/dates.js'
import { formatLocation } from '../diagnostics/format.js'
import { formatCount } from '../util/plural.js'

/** How each evidence method is named in text output. */
export const METHOD_LABELS = {
  declared: 'declared',
  oui: 'MAC OUI',
  snmp_enterprise: 'SNMP enterprise',
  banner: 'banner',
  model: 'model number',
  component: 'component',
  oem: 'OEM relation',
} as const satisfies Record<EvidenceMethod, string>

/** The display name of a catalog manufacturer, or the slug when it is not in the catalog. */
export function manufacturerName(slug: ManufacturerSlug | undefined, manufacturers: ReadonlyMap<string, Manufacturer>): string {
  if (slug === undefined) return 'unknown'
  return manufacturers.get(slug)?.name ?? slug
}

/** Where a waiver's exemption is written: `policy.yaml:8 (exemptions[1])`. */
export function formatWaiverAt(w: Waiver): string {
  return `${w.file}${w.line !== undefined ? `:${w.line}` : ''} (exemptions[${w.exemption}])`
}

/**
 * A waived finding's waiver in words: `waived until 2027-06-30 by the exemption for site ramstein
 * (base network replacement contracted, PO 8812), policy.yaml:8 (exemptions[1])`.
 */
export function formatWaiver(w: Waiver): string {
  return `waived until ${w.until} by the exemption for ${w.target} (${w.reason}), ${formatWaiverAt(w)}`
}

/** One piece of evidence in a few words: `MAC OUI 00E0FC (HUAWEI TECHNOLOGIES CO.,LTD)`. */
export function formatEvidence(e: Evidence): string {
  switch (e.method) {
    case 'declared':
      return e.field === 'model' ? `declared "${e.value}" (the start of the model)` : `declared "${e.value}"`
    case 'oui':
      return `MAC OUI ${e.prefix} (${e.registry} ${e.organization})` +
        (e.interfaceOnly ? ': the network interface\'s maker only, not the device\'s' : '') +
        (e.contractManufacturer ? ': the contract manufacturer that built the device for its brand, not a second maker' : '')
    case 'snmp_enterprise':
      return `SNMP enterprise ${e.enterprise} (${e.organization})${e.product ? `, product ${e.product}` : ''}${e.privateObject ? `, a private object (${e.value}) in place of a sysObjectID` : ''}`
    case 'banner':
      // A sysDescr that no pattern reads but that names the maker: the text says more than the pattern name.
      if (e.pattern === SYSDESCR_NAME_PATTERN) return `sysDescr names it: "${e.value.length > 60 ? `${e.value.slice(0, 59)}…` : e.value}" (weak)`
      if (e.pattern === BANNER_NAME_PATTERN) return `the ${e.protocol} banner names it: "${e.value.length > 60 ? `${e.value.slice(0, 59)}…` : e.value}" (weak)`
      if (e.pattern === CERTIFICATE_NAME_PATTERN) return `the ${e.protocol} certificate the device issued itself names it as its organisation: "${e.value.length > 60 ? `${e.value.slice(0, 59)}…` : e.value}" (weak)`
      if (e.pattern === PRODUCT_NAME_PATTERN) return `the scanner names the ${e.protocol} product: "${e.value.length > 60 ? `${e.value.slice(0, 59)}…` : e.value}" (weak)`
      if (e.pattern === SCANNER_INFO_PATTERN) return `the scanner's information on the ${e.protocol} service names it: "${e.value.length > 60 ? `${e.value.slice(0, 59)}…` : e.value}" (weak)`
      // A CPE a scanner concluded (nmap -sV, Shodan, Censys, fingerprintx): of a service, or of the
      // host as a whole (Censys's operating_system, protocol `other`).
      if (e.pattern === SCANNER_CPE_PATTERN) return `the scanner's CPE for the ${e.protocol === 'other' ? 'host' : `${e.protocol} service`} names it: ${e.value} (weak)`
      return `${e.protocol === 'snmp' ? 'sysDescr' : e.command ?? `${e.protocol} banner`} ${e.pattern}` +
        (e.product ? ` ${e.product}` : '') + (e.version ? ` ${e.version}` : '')
    case 'model':
      return `model ${e.value}${e.serial ? ` read from the serial ${e.serial}` : ''} (${e.pattern}${e.brand ? `, sold under the ${e.brand} brand` : ''})`
    case 'component':
      // Software a banner or a scanner named: it runs on the device, whoever made the device.
      if (e.kind === 'software') return `runs software of ${e.manufacturer}: "${e.value.length > 60 ? `${e.value.slice(0, 59)}…` : e.value}"`
      return `component ${e.value}${e.kind ? ` (${e.kind})` : ''}`
    case 'oem':
      return `OEM relation: "${e.value}" sells ${e.relation.products ?? 'products'} made by ${e.manufacturer}` +
        ` (source: ${e.relation.source.url ?? e.relation.source.title}; weak)`
  }
}

/**
 * An OEM relation in words, with its source: `amcrest sells IP cameras made by dahua from 2020;
 * source: <title> <url>`. Slugs, as evidence is written without the catalog's names.
 */
export function formatOemRelation(r: OemRelation, name: (slug: ManufacturerSlug) => string = (s) => s): string {
  return `${name(r.brand)} sells ${r.products ?? 'products'} made by ${name(r.maker)}` +
    `${r.from ? ` from ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}; ` +
    `source: ${r.source.title}${r.source.url ? ` <${r.source.url}>` : ''}`
}

/** The evidence of an attribution in one line, grouped by manufacturer: `huawei: MAC OUI 00E0FC, sysDescr huawei-vrp`. */
export function summarizeEvidence(a: Attribution): string {
  if (a.evidence.length === 0) {
    if (a.unrecognised.length === 0) return 'no identifying data'
    return a.unrecognised.map((u) => u.method === 'banner' || u.method === 'model'
      ? `${u.method === 'model' ? 'model ' : ''}${u.value} (matches no known pattern)`
      // A block the registry lists as "Private": its holder asked not to be named, so no catalog could know it.
      : u.method === 'oui' && u.organization !== undefined && isPrivateOrganization(u.organization)
        ? `${METHOD_LABELS[u.method]} of a private block (its holder is not published)`
        // The IEEE's own MA-L block: the MAC's smaller block (MA-M, MA-S, IAB) is missing from the registry data.
        : u.method === 'oui' && u.organization !== undefined && isRegistrationAuthority(u.organization)
          ? `${METHOD_LABELS[u.method]} of the IEEE's own block, in a smaller block the registry data lacks (refresh the MA-M, MA-S and IAB registries)`
          // A MAC in no block of the registry data: assigned after that data, or never.
          : u.method === 'oui' && u.organization === undefined
            ? `MAC ${u.value} in no IEEE block of the registry data (assigned since?)`
            // A number the catalog knows to be agent software's (Net-SNMP's, Windows'): not a gap in it.
            : u.noMaker !== undefined
              ? `${METHOD_LABELS[u.method]} ${u.value} names no manufacturer (${u.noMaker})`
              : `${METHOD_LABELS[u.method]} ${u.organization ?? u.value} (not in catalog)`).join('; ')
  }
  return evidenceLine(a.evidence)
}

/**
 * Pieces of evidence in words, each with its maker, joined by `; ` and each said once: two MACs of
 * one block read as the same words, which said twice looked like one MAC counted twice.
 */
export function evidenceLine(evidence: readonly Evidence[]): string {
  return [...new Set(evidence.map((e) => `${e.manufacturer}: ${formatEvidence(e)}`))].join('; ')
}

/**
 * A finding's notes in one CSV cell or table line, apart by `. `: a note may hold a `;` itself, and a
 * space alone ran two notes into one (`… or the rule's purposes) the inventory records …`).
 */
export function joinNotes(notes: readonly string[]): string {
  return notes.join('. ')
}

/**
 * A finding's deadline as the table and the HTML report show it: its date, or `now` for a
 * prohibition already in force, which has none (a blank or a dash read as "no deadline"); nothing
 * for a flag, which asks for no removal.
 */
export function formatDeadline(f: Pick<Finding, 'deadline' | 'effect'>): string | undefined {
  return f.deadline ?? (f.effect.kind === 'prohibit' ? 'now' : undefined)
}

/** Days from a check's date within which a deadline is near: the summary counts such findings, and the table says so. */
export const DEADLINE_NEAR_DAYS = 90

/** A deadline's distance from the check's date in words: `in 24 days`, `today`, `1,409 days ago`. */
export function formatDaysLeft(daysLeft: number): string {
  if (daysLeft === 0) return 'today'
  return daysLeft > 0 ? `in ${formatCount(daysLeft, 'day')}` : `${formatCount(-daysLeft, 'day')} ago`
}

/**
 * What a table says first of a finding whose deadline is near or passed: `due in 24 days` or
 * `overdue by 1,409 days` for a remove-by, `applies in 12 days` for a prohibition not yet in
 * force; undefined for a deadline farther off, and for a prohibition in force (its error says so).
 */
export function formatDeadlineUrgency(f: Pick<Finding, 'daysLeft' | 'effect'>): string | undefined {
  const n = f.daysLeft
  if (n === undefined || n > DEADLINE_NEAR_DAYS) return undefined
  if (f.effect.kind === 'remove_by') return n < 0 ? `overdue by ${formatCount(-n, 'day')}` : n === 0 ? 'due today' : `due in ${formatCount(n, 'day')}`
  return n > 0 ? `applies in ${formatCount(n, 'day')}` : undefined
}

/**
 * A device as a terminal table names it: its id, or, when the id is a number (a database row id,
 * as NetBox's and GLPI's exports give) and the device has a name, the name with the id after it
 * (`ams-core-01 (101)`), as SARIF names it.
 */
export function tableDeviceLabel(id: string, name: string | undefined): string {
  return name !== undefined && name !== '' && name !== id && /^\d+$/.test(id) ? `${name} (${id})` : id
}

/**
 * A device's label in a terminal table's column of `n` characters, padded, or cut in the middle
 * when longer: its end tells it from its neighbours (`de-fra-aggregation-01` and `-02`, a row number
 * in brackets), which a cut at the end would make two rows of one name.
 */
export function fitDeviceLabel(label: string, n: number): string {
  if (label.length <= n) return label.padEnd(n)
  const tail = Math.min(8, Math.floor(n / 3))
  return `${label.slice(0, n - 1 - tail)}…${label.slice(label.length - tail)}`
}

/**
 * The evidence of an attribution in few words, for a terminal table's last column: each piece as
 * its kind and what it read (`declared "Huawei", MAC 00E0FC, sysDescr huawei-vrp, model NE40E-X8`),
 * prefixed with its maker only when that is not the device's.
 */
export function summarizeEvidenceBriefly(a: Attribution): string {
  return a.evidence.length === 0 ? summarizeEvidence(a) : briefEvidenceList(a.evidence, a.manufacturer)
}

/**
 * Pieces of evidence in few words, joined: each prefixed with its maker when that is not `maker`
 * (the device's), and each said once (two MACs of one block, one banner seen twice).
 */
export function briefEvidenceList(evidence: readonly Evidence[], maker: ManufacturerSlug | undefined): string {
  return [...new Set(evidence.map((e) => `${e.manufacturer === maker ? '' : `${e.manufacturer}: `}${briefEvidence(e)}`))].join(', ')
}

/** One piece of evidence in few words (see `summarizeEvidenceBriefly`). */
function briefEvidence(e: Evidence): string {
  switch (e.method) {
    case 'declared':
      return `declared "${e.value}"`
    case 'oui':
      return `MAC ${e.prefix}${e.interfaceOnly ? ' (interface)' : e.contractManufacturer ? ' (built by)' : ''}`
    case 'snmp_enterprise':
      return `${e.privateObject ? 'SNMP object' : 'sysObjectID'} ${e.enterprise}${e.product ? ` ${e.product}` : ''}`
    case 'banner': {
      const where = e.protocol === 'snmp' ? 'sysDescr' : e.command ?? e.protocol
      const weak = e.pattern === SYSDESCR_NAME_PATTERN || e.pattern === BANNER_NAME_PATTERN || e.pattern === PRODUCT_NAME_PATTERN || e.pattern === SCANNER_INFO_PATTERN
      if (e.pattern === CERTIFICATE_NAME_PATTERN) return `${where} certificate names it (weak)`
      if (e.pattern === SCANNER_CPE_PATTERN) return `${e.protocol === 'other' ? 'scanner' : where} CPE names it (weak)`
      // A product short enough to read at a glance (NE40E, App-webs/), else the pattern's name.
      return weak ? `${where} names it (weak)` : `${where} ${e.product !== undefined && e.product.length <= 24 ? e.product : e.pattern}`
    }
    case 'model':
      return `model ${e.value}${e.serial ? ' (from the serial)' : ''}`
    case 'component':
      return `${e.kind === 'software' ? 'software' : 'component'} ${e.value.length > 40 ? `${e.value.slice(0, 39)}…` : e.value}`
    case 'oem':
      return `OEM: "${e.value}" sells ${e.relation.products ?? 'products'} made by ${e.manufacturer} (weak)`
  }
}

/** Which devices of a brand an OEM relation attributes to the maker, in words: `role camera or model /^CMIP[0-9]/`. */
export function formatOemScope(scope: OemRelation['scope']): string {
  if (scope === 'brand') return 'every device of the brand'
  if (scope === 'none') return 'no device by its label alone (explains conflicts)'
  const parts: string[] = []
  if (scope.roles !== undefined) parts.push(`role ${scope.roles.join(' or ')}`)
  if (scope.models !== undefined) parts.push(`model /${scope.models}/`)
  return parts.join(' or ')
}

/**
 * A conflict in words: `declared lorex; MAC OUI and banner say dahua (known OEM)`; with where it was
 * declared, for a device merged from several records: `declared lorex (netbox.csv:11); ...`.
 */
export function formatConflict(c: Conflict, manufacturers: ReadonlyMap<string, Manufacturer>): string {
  const name = (s: ManufacturerSlug) => manufacturerName(s, manufacturers)
  switch (c.kind) {
    case 'oem_rebrand':
      return `${c.namedBy === 'banner' ? 'names itself' : 'declared'} ${name(c.declared)}${c.declaredAt !== undefined ? ` (${formatLocation(c.declaredAt)})` : ''}; ${joinAnd(c.methods.map((m) => METHOD_LABELS[m]))} ${c.methods.length === 1 ? 'says' : 'say'} ${name(c.maker)}` +
        (!c.known ? ` (possible OEM/rebrand${pastTie(c.declared, c.maker, manufacturers)})`
          : c.relation === undefined ? ` (${formatGroupTie(c.declared, c.maker, manufacturers)})`
          : c.otherProducts === true
          ? ` (known OEM/rebrand of other products: ${formatOemRelation(c.relation, name)})`
          : ` (known OEM/rebrand: ${formatOemRelation(c.relation, name)})`)
    case 'contradicting_evidence':
      return `evidence points at several groups: ${c.manufacturers.map(name).join(' vs ')}`
    case 'relation_date_unknown':
      return `${name(c.manufacturer)} belonged to ${name(c.parent)}` +
        (c.from ? ` from ${c.from}` : '') + (c.until ? ` until ${c.until}` : '') +
        (c.at !== undefined && c.atKind !== undefined && boundBoughtAfter(c.at, [c.from, c.until]) !== undefined
          ? `; ${formatBoughtAfter(c.at, boundBoughtAfter(c.at, [c.from, c.until])!)}, so it is not attributed to ${name(c.parent)}`
          : c.at !== undefined
          ? `; the date it is attributed at, ${c.at}${c.atKind !== undefined ? ` (the date it was bought or installed: it was made in the ${MADE_WITHIN_YEARS_BEFORE_PURCHASE} years before it)` : ''}, and ${formatSharedBound(c.at, c.from, c.until)} both fall in ${sharedPeriod(c.at, [c.from, c.until]) ?? c.at}, known no closer, so it is not attributed to ${name(c.parent)}`
          : '; the device has no manufactured date, so it is attributed as of today')
  }
}

const RELATION_WORDS: Record<RelationKind, string> = { subsidiary: 'a subsidiary', affiliate: 'an affiliate', brand: 'a brand', division: 'a division' }

/**
 * Why a declared maker and the maker the evidence names are one group, when no OEM relation is
 * needed: one belongs to the other (`Honor Device was a brand of Huawei Technologies from 2013
 * until 2020-11-17`), else both to one group. The relation is the first that ties them; which of
 * a maker's relations held at the device's date is the attribution's business, not this text's.
 */
function formatGroupTie(declared: ManufacturerSlug, maker: ManufacturerSlug, manufacturers: ReadonlyMap<string, Manufacturer>): string {
  return relationTie(declared, maker, manufacturers) ?? sharedGroup(declared, maker, manufacturers)
}

/**
 * What a possible OEM/rebrand adds when the two makers were one group at another time than the
 * device's (a Honor device made after 2020-11-17, or with no date, with a Huawei MAC):
 * `; Honor Device was a brand of Huawei Technologies from 2013 until 2020-11-17`.
 */
function pastTie(declared: ManufacturerSlug, maker: ManufacturerSlug, manufacturers: ReadonlyMap<string, Manufacturer>): string {
  const tie = relationTie(declared, maker, manufacturers)
  return tie === undefined ? '' : `; ${tie}`
}

/** How one of two makers belongs or belonged to the other's group, in words; undefined when neither does. */
function relationTie(declared: ManufacturerSlug, maker: ManufacturerSlug, manufacturers: ReadonlyMap<string, Manufacturer>): string | undefined {
  const name = (s: ManufacturerSlug) => manufacturerName(s, manufacturers)
  for (const [child, other] of [[declared, maker], [maker, declared]] as const) {
    const above = ancestorsOf(other, manufacturers)
    const rel = manufacturers.get(child)?.parents.find((p) => above.has(p.parent))
    if (rel === undefined) continue
    return `${name(child)} ${rel.until ? 'was' : 'is'} ${RELATION_WORDS[rel.kind]} of ${name(rel.parent)}` +
      (rel.from ? ` from ${rel.from}` : '') + (rel.until ? ` until ${rel.until}` : '')
  }
  return undefined
}

/** The group two makers are both in, in words. */
function sharedGroup(declared: ManufacturerSlug, maker: ManufacturerSlug, manufacturers: ReadonlyMap<string, Manufacturer>): string {
  const above = ancestorsOf(maker, manufacturers)
  const shared = [...ancestorsOf(declared, manufacturers)].find((a) => above.has(a))
  return shared === undefined ? 'one group' : `both in the group of ${manufacturerName(shared, manufacturers)}`
}

/** A maker and every group above it, at any time. */
function ancestorsOf(slug: ManufacturerSlug, manufacturers: ReadonlyMap<string, Manufacturer>): Set<ManufacturerSlug> {
  const seen = new Set<ManufacturerSlug>([slug])
  for (const s of seen) for (const p of manufacturers.get(s)?.parents ?? []) seen.add(p.parent)
  return seen
}

/**
 * A maker's membership of a group, for `lookup`: `was a brand of Huawei Technologies from 2013 until
 * 2020-11-17 (a device made in that time is in its group); source: …`.
 */
/**
 * How an attribution followed a relation bounded in time, and at what date: `Honor Device was a
 * brand of Huawei Technologies from 2013 until 2020-11-17, which covers 2019-06-01, the device's date`.
 */
export function formatTimedOwner(t: TimedOwner, manufacturers: ReadonlyMap<ManufacturerSlug, Manufacturer>): string {
  return `${timedRelation(t, manufacturers)}` +
    (t.at === undefined ? '; the device has no manufactured date, so it is attributed as of today'
      : `, which covers ${t.at}, the device's date${t.atKind !== undefined ? BOUGHT : ''}`) +
    sourceNote(t.source)
}

/**
 * A relation bounded in time that the device's date rules out (`Attribution.ruledOutOwners`), in
 * words: `Honor Device was a brand of Huawei Technologies from 2013 until 2020-11-17, which does not
 * cover 2022-03-01, the device's date: not attributed to Huawei Technologies; source: <url>`.
 */
export function formatRuledOutOwner(t: TimedOwner, manufacturers: ReadonlyMap<ManufacturerSlug, Manufacturer>): string {
  return `${timedRelation(t, manufacturers)}, which does not cover ${t.at ?? 'the date'}, the device's date${t.atKind !== undefined ? BOUGHT : ''}: ` +
    `not attributed to ${manufacturerName(t.parent, manufacturers)}${sourceNote(t.source)}`
}

const BOUGHT = ` (when it was bought or installed: it was made in the ${MADE_WITHIN_YEARS_BEFORE_PURCHASE} years before it)`

function timedRelation(t: TimedOwner, manufacturers: ReadonlyMap<ManufacturerSlug, Manufacturer>): string {
  const name = (s: ManufacturerSlug) => manufacturerName(s, manufacturers)
  const period = (t.from ? ` from ${t.from}` : '') + (t.until ? ` until ${t.until}` : '')
  return `${name(t.manufacturer)} ${t.until ? 'was' : 'is'} ${RELATION_WORDS[t.kind]} of ${name(t.parent)}${period}`
}

/** `; source: <url>` (the title when there is no address). */
function sourceNote(source: Source): string {
  return `; source: ${source.url ?? source.title}`
}

export function formatOwner(rel: ParentRelation, name: (s: ManufacturerSlug) => string): string {
  const period = (rel.from ? ` from ${rel.from}` : '') + (rel.until ? ` until ${rel.until}` : '')
  const when = rel.from && rel.until ? 'made in that time' : rel.until ? `made before ${rel.until}` : rel.from ? `made from ${rel.from} on` : ''
  return `${rel.until ? 'was' : 'is'} ${RELATION_WORDS[rel.kind]} of ${name(rel.parent)}${period}` +
    (when !== '' ? ` (a device ${when} is in its group)` : '') +
    `; source: ${rel.source.title}${rel.source.url ? ` <${rel.source.url}>` : ''}`
}

function joinAnd(xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('')
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`
}
