import { COMMAND_OUTPUT_FIELDS, type Device, type DeviceRole, type DeviceSource } from '../domain/device.js'
import { BANNER_NAME_PATTERN, CERTIFICATE_NAME_PATTERN, DOCSIS_VENDOR_PATTERN, PRODUCT_NAME_PATTERN, SCANNER_CPE_PATTERN, SCANNER_INFO_PATTERN, SYSDESCR_NAME_PATTERN, type Attribution, type Conflict, type Evidence, type EvidenceMethod, type TimedOwner } from '../domain/evidence.js'
import type { ManufacturerSlug, OemRelation, ParentRelation } from '../domain/manufacturer.js'
import { assertOwnershipDate, groupOf, interfaceSourceOf } from '../catalog/manufacturers.js'
import { TrustpathError } from '../errors.js'
import { lookupUniversalMac } from '../catalog/oui.js'
import { isLocallyAdministered, isMulticast, parseMac } from '../catalog/mac.js'
import type { Catalog, ModelPattern, OuiMatch } from '../catalog/types.js'
import type { BannerMatch } from './banner.js'
import { matchBanner, matchSysDescr, messageParts } from './banner.js'
import { docsisFields } from '../catalog/docsis.js'
import { NO_MAKER_ENTERPRISE_NUMBERS } from '../catalog/enterprise-numbers.js'
import { enterpriseEntryOf, parseOid, privateObjectsStandIn } from './oid.js'
import { putBounded } from '../util/bounded-map.js'
import { dateSpan, deviceDate, isCalendarDate } from '../util/dates.js'
import { isPlaceholder } from '../util/placeholder.js'
import { LINE_BREAK } from '../util/line-ends.js'
import { cpeProduct, cpeVendor, deviceMakerCpe } from '../catalog/cpe.js'
import { compactName, isNameOf, namesThirdPartyProduct } from '../catalog/org-name.js'
import { namesHostSoftware } from '../catalog/host-software.js'
import { parseUsbDeviceLines, usbProductOf, usbVendorOf } from '../catalog/usb-vendors.js'
import { describedManufacturers, describedModels } from '../catalog/described-models.js'
import { MODEL_SERIAL } from '../catalog/model-patterns.js'
import { SHARED_ADAPTER_PREFIXES, sharedAdapterOf } from '../catalog/shared-adapter-macs.js'

/**
 * How much one piece of evidence of each kind says about who made the device, in [0, 1].
 * Declared names are the weakest (inventories copy the brand on the label); an SNMP enterprise
 * number is set by the firmware's maker and rarely lies. Pieces for the same group combine as
 * independent signals: 1 - Π(1 - w), except a scanner's conclusions (see `SCANNER_FIELDS`),
 * which count together as one piece, the strongest of them. An OEM relation of the declared brand
 * (`oem`) says what the brand is reported to sell, not what this device shows: alone it stays below
 * the policy's weak-evidence threshold, so its findings ask to confirm the maker.
 */
export const EVIDENCE_WEIGHTS = {
  declared: 0.6,
  oui: 0.75,
  snmp_enterprise: 0.85,
  banner: 0.8,
  model: 0.7,
  component: 0,
  oem: 0.4,
} as const satisfies Record<EvidenceMethod, number>

/**
 * Weight of an object an agent answered under a maker's enterprise number when it gave no
 * sysObjectID (a camera answering only its maker's MIB). Weaker than a sysObjectID: the agent does
 * not say what it is, only which MIB it implements, and a maker's MIB can be implemented by
 * another's firmware (Intelbras recorders answer Dahua's); as strong as a declared name.
 */
const PRIVATE_OBJECT_WEIGHT = 0.6

/** Weight of a banner pattern marked as low certainty (a server string several makers ship). */
const LOW_CERTAINTY_BANNER_WEIGHT = 0.4

/**
 * Banner fields that hold what a scanner concluded about a service rather than text the device
 * sent: the product it named (nmap -sV, Rapid7's fingerprints), the extra information of its match
 * (nmap's `extrainfo`: `Huawei SmartAX MT882 ADSL router UPnP`, `model: ...`) and the CPEs it
 * gave. One scan's conclusions come from one reading of the device's answers by one rule base (a
 * CPE and the product of the same match line, the same guess on several ports), so they are not
 * independent: together they weigh as much as the strongest of them, and two weak guesses stay
 * as weak as one.
 */
const SCANNER_FIELDS: ReadonlySet<string> = new Set(['product', 'extrainfo', 'cpe'])

/** `model: DS-2CD2032-I`, `model DS-2CD2032-I`, `model number: ...` in nmap's extra information, up to the next `;` or `,`. */
const INFO_MODEL = /\bmodel(?: number)?:? +([^;,]+)/i

/** Options of {@link identify}. */
export type IdentifyOptions = {
  /**
   * The date at which ownership relations are resolved when the device carries no `manufactured`
   * date (ISO yyyy-mm-dd). When neither is known, time-bound relations are reported as conflicts.
   * @default undefined
   */
  at?: string
}

/**
 * One piece of evidence with its weight. `scanner` marks a scanner's conclusion (see
 * `SCANNER_FIELDS`), `mention` a maker's name that a text gives in passing (see `isMention`).
 * `signal` numbers what combining sees of it (method, maker, weight, `scanner` and `mention`):
 * pieces with equal signals combine alike, which is what the memo of `combine` keys on.
 */
type Scored = { evidence: Evidence; weight: number; scanner: boolean; mention?: true; signal: number }

/**
 * A maker's name that a banner or sysDescr gives with no pattern of the maker's own wording
 * around it (`banner-names-manufacturer`, `sysdescr-names-manufacturer`): a reseller's page title
 * ("Hikvision Distributor | ..."), a host name in a Linux sysDescr ("Linux hikvision-backup ...").
 * The same page served on two ports, or a host named after the maker and its page, name it again
 * without telling more of who made the device: such mentions count together as one, the strongest,
 * as a scanner's conclusions do, so that they stay a hint to confirm however often they repeat.
 */
function isMention(evidence: Evidence): boolean {
  return evidence.method === 'banner' && (evidence.pattern === BANNER_NAME_PATTERN || evidence.pattern === SYSDESCR_NAME_PATTERN || evidence.pattern === CERTIFICATE_NAME_PATTERN)
}

/**
 * Real inventories repeat the same declared names, models, sysDescr strings and banners thousands
 * of times (one firmware, one text). Each catalog gets bounded memo tables that map those texts
 * straight to their scored evidence, so a repeated text costs one map lookup and the evidence
 * object is shared by every device that shows it (evidence is never mutated once built; the
 * findings writer caches the JSON of shared evidence objects). A table is emptied when it reaches
 * MEMO_LIMIT entries, so memory stays bounded on any input.
 */
const MEMO_LIMIT = 50_000
type Unrecognised = Attribution['unrecognised'][number]
/**
 * A text's verdict: scored evidence, a text that names no catalog manufacturer, or nothing to say
 * (null, so that one `get` tells a remembered "nothing" from a text not seen yet).
 */
type Verdict = Scored | Unrecognised | null
type Memo = {
  names: Map<string, ManufacturerSlug | undefined>
  declared: Map<string, Verdict>
  enterprises: Map<string, Verdict>
  models: Map<string, ModelPattern | undefined>
  modelEvidence: Map<string, Scored | null>
  /** The declared evidence of a model that begins with a maker's name (inventories without a manufacturer). */
  modelMakers: Map<string, Scored | null>
  /** Banner texts by protocol, field ('' for none) and text: no key is built per device. */
  banners: Map<string, Map<string, Map<string, readonly Scored[]>>>
  groups: Map<string, ReturnType<typeof groupOf>>
  /** `method maker weight` (and ` scanner` for a scanner's conclusion) → its signal number. */
  signals: Map<string, number>
  /**
   * OUI blocks → the signal of their evidence (the evidence itself differs per device: its MAC), and
   * whether the block numbers network interfaces inside other makers' devices (`interfaceSourceOf`),
   * and whether it is a contract manufacturer's (`Manufacturer.contractManufacturer`).
   */
  ouiBlocks: Map<OuiMatch, { signal: number; interface: boolean; contract: boolean; shared: boolean }>
  /** Results of `combine` by date, then by the signals of the pieces in order (a trie). */
  combined: Map<string, CombineNode>
  combinedNodes: number
  /** The OEM relations of each brand that has any, compiled once per catalog. */
  oem: Map<ManufacturerSlug, readonly OemRule[]>
  /**
   * Makers whose name in a free text names a part or software of theirs, not the device's maker:
   * of network interfaces (`Manufacturer.interfaceMaker`), of software that runs on other makers'
   * hardware (`Manufacturer.softwareMaker`) and of chips (`Manufacturer.chipMaker`).
   */
  namesNoDevice: ReadonlySet<ManufacturerSlug>
  /**
   * Of those, the makers whose name in a text is a component of the device, by the kind it names:
   * `software` (`Manufacturer.softwareMaker`) or `soc` (`Manufacturer.chipMaker`).
   */
  partMakers: ReadonlyMap<ManufacturerSlug, string>
  /** The model patterns of chip makers (`Manufacturer.chipMaker`): a word of a text they read names the chip. */
  chipModels: readonly ModelPattern[]
  /** Makers that came out of a split (`Manufacturer.splitFrom`): the split's names (as `compactName`s) and the siblings. */
  splits: ReadonlyMap<ManufacturerSlug, { names: ReadonlySet<string>; siblings: readonly ManufacturerSlug[] }>
  /** The model patterns that other makers number their products by too, by name, with those makers (`ModelPattern.sharedWith`). */
  sharedModels: ReadonlyMap<string, readonly ManufacturerSlug[]>
  /** The banner patterns written for a serial number (`fields` holds `serial`), by name: the only ones a device's serial is read by. */
  serialPatterns: ReadonlySet<string>
}

/** An OEM relation ready to test against devices: its scope compiled, its evidence kept per declared text. */
type OemRule = {
  relation: OemRelation
  /** Position in `catalog.oem`: tells two relations of the same brand and maker apart in signals. */
  index: number
  roles: readonly DeviceRole[] | undefined
  models: RegExp | undefined
  /** The brand's names in lower case, which a model may begin with ("TRENDnet TV-IP310PI"). */
  brandNames: ReadonlySet<string>
  brandWide: boolean
  /** Whether a model is in the scope, by model text (the regex runs once per distinct model). */
  modelFits: Map<string, boolean>
  /** The relation's evidence by declared text. */
  evidence: Map<string, Scored>
}

/** What `combine` decides from the signals alone; shared by every device with the same signals. */
type Combined = Pick<Attribution, 'manufacturer' | 'group' | 'chain' | 'confidence' | 'conflicts' | 'componentGroups' | 'rivals' | 'timedOwners' | 'ruledOutOwners'> & {
  /** The device's own evidence named the brand's group: its OEM relation is left out of the evidence. */
  outweighsOem: boolean
}
type CombineNode = { next: Map<number, CombineNode> | undefined; result: Combined | undefined }

const MEMOS = new WeakMap<Catalog, Memo>()

/** The catalog last asked for and its memo: nearly every call is for the same catalog. */
let lastCatalog: Catalog | undefined
let lastMemo: Memo | undefined

function memoFor(catalog: Catalog): Memo {
  if (catalog === lastCatalog) return lastMemo!
  let m = MEMOS.get(catalog)
  if (m === undefined) {
    m = {
      names: new Map(), declared: new Map(), enterprises: new Map(), models: new Map(), modelEvidence: new Map(), modelMakers: new Map(),
      banners: new Map(), groups: new Map(), signals: new Map(), ouiBlocks: new Map(), combined: new Map(), combinedNodes: 0,
      oem: oemRules(catalog.oem, catalog.manufacturers),
      namesNoDevice: new Set([...catalog.manufacturers.values()]
        .filter((m) => m.interfaceMaker !== undefined || m.softwareMaker !== undefined || m.chipMaker !== undefined).map((m) => m.slug)),
      partMakers: new Map([...catalog.manufacturers.values()].flatMap((m): [ManufacturerSlug, string][] =>
        m.softwareMaker !== undefined ? [[m.slug, SOFTWARE_KIND]] : m.chipMaker !== undefined ? [[m.slug, CHIP_KIND]] : [])),
      chipModels: catalog.models.filter((p) => catalog.manufacturers.get(p.manufacturer)?.chipMaker !== undefined),
      splits: splitsOf(catalog),
      sharedModels: new Map(catalog.models.flatMap((p) => (p.sharedWith !== undefined ? [[p.name, p.sharedWith] as const] : []))),
      serialPatterns: new Set(catalog.banners.filter((p) => p.fields?.includes(SERIAL_FIELD)).map((p) => p.name)),
    }
    MEMOS.set(catalog, m)
  }
  lastCatalog = catalog
  lastMemo = m
  return m
}

function remember<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  const hit = map.get(key)
  if (hit !== undefined || map.has(key)) return hit as V
  return putBounded(map, key, compute(), MEMO_LIMIT)
}

/** A piece of evidence with its weight and signal. */
function scoredOf(memo: Memo, evidence: Evidence, weight: number, scanner = false): Scored {
  const mention = !scanner && isMention(evidence)
  return { evidence, weight, scanner, ...(mention ? { mention } : {}), signal: signalOf(memo, evidence.method, evidence.manufacturer, weight, scanner, mention) }
}

function signalOf(memo: Memo, method: EvidenceMethod, manufacturer: ManufacturerSlug, weight: number, scanner = false, mention = false): number {
  const key = `${method} ${manufacturer} ${weight}${scanner ? ' scanner' : ''}${mention ? ' mention' : ''}`
  let signal = memo.signals.get(key)
  if (signal === undefined) memo.signals.set(key, (signal = memo.signals.size))
  return signal
}

/** Stores a computed value in a memo table, emptying the table first when it is full. */
function put<K, V>(map: Map<K, V>, key: K, value: V): V {
  return putBounded(map, key, value, MEMO_LIMIT)
}

function isScored(v: Verdict): v is Scored {
  return v !== null && 'weight' in v
}

/** The memo table of banners seen on one protocol and field. */
function bannerTable(memo: Memo, protocol: string, field: string): Map<string, readonly Scored[]> {
  let byField = memo.banners.get(protocol)
  if (byField === undefined) memo.banners.set(protocol, (byField = new Map()))
  let table = byField.get(field)
  // Fields are free text in JSON inventories: their number is bounded like every other table's.
  if (table === undefined) table = put(byField, field, new Map<string, readonly Scored[]>())
  return table
}

/**
 * Attributes a device to its real manufacturer and that manufacturer's group, combining every piece
 * of evidence the inventory holds: declared manufacturer and model, MAC OUIs, sysObjectID, sysDescr,
 * banners and hardware components. Unknown stays unknown, with the reason.
 *
 * @throws TrustpathError `usage` when `options.at` is not an ISO date, `input_invalid` when the
 *   device's `manufactured` is not one (`toDevice` reads the dates inventories write, `June 2019` or
 *   `31.12.2019`, as the parsers do).
 * @example
 * const a = identify({ id: 'd1', macs: ['00:e0:fc:12:34:56'] }, catalog)
 * a.group // 'huawei'
 */
export function identify(device: Device, catalog: Catalog, options: IdentifyOptions = {}): Attribution {
  // A date written otherwise reached groupOf only for makers whose owner changed (Honor), as a RangeError naming it.
  if (options.at !== undefined) assertOwnershipDate(options.at, 'identify', 'options.at')
  if (device.manufactured !== undefined && !isCalendarDate(device.manufactured)) {
    throw new TrustpathError('input_invalid', `identify: device "${device.id}" has manufactured ${JSON.stringify(device.manufactured)}, which is not an ISO date`, {
      hint: 'Write it as yyyy-mm-dd (or yyyy-mm, yyyy), or leave it out when unknown; toDevice reads a device object with the dates inventories write (June 2019, 31.12.2019) as the parsers do.',
    })
  }
  const attribution = identifyDevice(device, catalog, options)
  return device.sources === undefined ? attribution : withSourceConflicts(attribution, device, catalog, options)
}

/** `identify` once its arguments are checked, for a device of one record. */
function identifyDevice(device: Device, catalog: Catalog, options: IdentifyOptions): Attribution {
  const memo = memoFor(catalog)
  const scored: Scored[] = []
  const components: Evidence[] = []
  const unrecognised: Attribution['unrecognised'] = []

  // The declared manufacturer; without one, a maker's name the model begins with. Either way its
  // evidence's value is the text declared.
  let declared: Verdict | undefined
  const manufacturer = device.manufacturer
  // "Unknown", "N/A", "-" written as the manufacturer or model declare nothing (util/placeholder.ts).
  const model = device.model !== undefined && device.model !== '' && !isPlaceholder(device.model) ? device.model : undefined
  if (manufacturer !== undefined && manufacturer.trim() !== '' && !isPlaceholder(manufacturer)) {
    // Hot path: memo lookups are written out (a `remember(map, key, () => ...)` call would
    // allocate a closure per device even when the text was seen before).
    declared = memo.declared.get(manufacturer) ?? put(memo.declared, manufacturer, declaredVerdict(memo, manufacturer, resolveName(memo, catalog, manufacturer)))
  } else if (model !== undefined) {
    // An inventory without a manufacturer column often writes the maker into the model ("Dell
    // PowerEdge R750", "H3C S5130S-28S-EI"): that name is what the inventory declares.
    // `undefined` is "not seen yet": a model that names no maker is remembered as null.
    declared = memo.modelMakers.get(model)
    if (declared === undefined) declared = put(memo.modelMakers, model, modelMakerVerdict(memo, catalog, model))
  }
  if (declared !== undefined && declared !== null) {
    if (isScored(declared)) {
      scored.push(declared)
      // One lookup for every device; only brands that sell other makers' products go further.
      const slug = declared.evidence.manufacturer
      const rules = memo.oem.get(slug)
      if (rules !== undefined) oemEvidence(memo, rules, device, declared.evidence.value, slug, deviceDate(device, options.at), catalog.manufacturers.get(slug)?.parents ?? [], scored)
    } else unrecognised.push(declared)
  }

  // MACs of network-interface makers' blocks, weighed only when other evidence names their group;
  // MACs of contract manufacturers' blocks, weighed unless other evidence names another maker.
  let interfaces: Scored[] | undefined
  let builders: Scored[] | undefined
  const macs = device.macs
  if (macs !== undefined) {
    // A Windows host's interfaces are adapters in or on another maker's computer: each MAC names its adapter.
    const adapters = device.snmp?.sysDescr !== undefined && WINDOWS_HOST.test(device.snmp.sysDescr)
    for (const text of macs) {
      // 00-00-00 is the block the IEEE gave Xerox in the 1970s: a MAC in it now is a placeholder a
      // device gives a virtual interface (a Nokia router's NAT interfaces report 00:00:00:01:01:01),
      // not a Xerox part, so it names nobody.
      if ((parseMac(text) ?? TWO_24) < TWO_24) continue
      const match = lookupUniversalMac(catalog.oui, text)
      if (match === undefined) {
        // A universal MAC that no block of the registry data holds (assigned after that data, as
        // when it was refreshed from an older copy, or never): said, not taken for no data.
        if (isUniversalMac(text)) unrecognised.push({ method: 'oui', value: text })
        continue
      }
      if (match.registry === 'CID') continue
      if (match.manufacturer === undefined) {
        unrecognised.push({ method: 'oui', value: text, organization: match.organization })
        continue
      }
      let block = memo.ouiBlocks.get(match)
      if (block === undefined) {
        const maker = catalog.manufacturers.get(match.manufacturer)
        block = put(memo.ouiBlocks, match, {
          signal: signalOf(memo, 'oui', match.manufacturer, EVIDENCE_WEIGHTS.oui),
          interface: interfaceSourceOf(maker, match.prefix) !== undefined,
          contract: maker?.contractManufacturer !== undefined,
          shared: SHARED_ADAPTER_PREFIXES.has(match.prefix),
        })
      }
      const piece: Scored = {
        evidence: {
          method: 'oui', manufacturer: match.manufacturer, value: text, prefix: match.prefix,
          registry: match.registry, organization: match.organization,
        },
        weight: EVIDENCE_WEIGHTS.oui,
        scanner: false,
        signal: block.signal,
      }
      // A VPN client's virtual adapter has the same MAC on every computer (Cisco AnyConnect's 00:05:9A:3C:7A:00).
      const shared = block.shared && sharedAdapterOf(parseMac(text) ?? -1) !== undefined
      if (block.interface || adapters || shared) (interfaces ??= []).push(piece)
      else {
        scored.push(piece)
        if (block.contract) (builders ??= []).push(piece)
      }
    }
  }

  const snmp = device.snmp
  if (snmp !== undefined) {
    const oid = snmp.sysObjectID
    if (oid !== undefined) {
      const v = memo.enterprises.get(oid) ?? put(memo.enterprises, oid, enterpriseVerdict(memo, oid, catalog))
      if (isScored(v)) scored.push(v)
      else if (v !== null) unrecognised.push(v)
    }
    if (snmp.privateObjects !== undefined && privateObjectsStandIn(oid)) {
      for (const object of snmp.privateObjects) {
        const key = `\u0000${object}`
        const v = memo.enterprises.get(key) ?? put(memo.enterprises, key, enterpriseVerdict(memo, object, catalog, true))
        if (isScored(v)) scored.push(v)
        else if (v !== null) unrecognised.push(v)
      }
    }
    const sysDescr = snmp.sysDescr
    // A sysDescr written as a placeholder ("N/A", "Unknown") says nothing, as a declared manufacturer does not.
    if (sysDescr !== undefined && sysDescr !== '' && !isPlaceholder(sysDescr)) {
      const table = bannerTable(memo, '\u0000sysDescr', '')
      const found = table.get(sysDescr) ?? put(table, sysDescr, sysDescrEvidence(memo, catalog, sysDescr))
      for (const s of found) place(s, scored, components)
    }
  }
  const banners = device.banners
  if (banners !== undefined) {
    for (const banner of banners) {
      const table = bannerTable(memo, banner.protocol, banner.field ?? '')
      const found = table.get(banner.text) ?? put(table, banner.text, bannerVerdict(memo, catalog, banner))
      for (const s of found) place(s, scored, components)
    }
  }

  let modelScored: Scored | null = null
  if (model !== undefined) {
    let s = memo.modelEvidence.get(model)
    if (s === undefined) s = put(memo.modelEvidence, model, modelVerdict(model, memo, catalog))
    // A model number another maker gives its own products too names nobody on a device that declares that maker.
    if (s !== null && !(declared != null && isScored(declared) && sharedModelNumber(memo, s.evidence, declared.evidence.manufacturer))) scored.push((modelScored = s))
  }
  // A serial that begins with the model number (Hikvision's full serials) tells the model when the
  // model column does not: read once, not as a second piece of the same evidence. Shorter than a
  // model, a date, letters and six digits (22 characters), a serial is none of them.
  const serial = device.serial
  if (modelScored === null && serial !== undefined && serial.length >= 22 && serial.length <= 80) {
    const fromSerial = MODEL_SERIAL.exec(serial.trim())?.[1]
    const s = fromSerial === undefined ? null : memo.modelEvidence.get(fromSerial) ?? put(memo.modelEvidence, fromSerial, modelVerdict(fromSerial, memo, catalog))
    if (s !== null) scored.push({ ...s, evidence: { ...(s.evidence as Extract<Evidence, { method: 'model' }>), serial: serial.trim() } })
  }
  // An ONT's GPON serial begins with its maker's PON vendor ID (HWTC, ZTEG), which the patterns
  // for the serial field read, as weakly as they say: the ID can be set on another maker's ONT.
  if (serial !== undefined && serial.length >= 12 && serial.length <= 80) {
    const table = bannerTable(memo, '\u0000serial', '')
    const found = table.get(serial) ?? put(table, serial, serialEvidence(memo, catalog, serial.trim()))
    for (const s of found) place(s, scored, components)
  }

  for (const c of device.components ?? []) {
    const model = c.model
    const declared = c.manufacturer ? resolveName(memo, catalog, c.manufacturer) : undefined
    const byModel = model ? remember(memo.models, model, () => matchModel(model, catalog.models)) : undefined
    // A part sold under the declared brand but made by another maker (HP's lt4132 module, Huawei's
    // ME906s-158) is its maker's, as a device of that brand and model is; otherwise the declared name wins.
    const slug = byModel?.brand !== undefined && byModel.brand === declared ? byModel.manufacturer : declared ?? byModel?.manufacturer
    const value = [c.manufacturer, c.model].filter(Boolean).join(' ')
    if (slug === undefined) {
      if (value !== '') unrecognised.push({ method: 'component', value })
      continue
    }
    components.push({ method: 'component', manufacturer: slug, value, ...(c.kind ? { kind: c.kind } : {}) })
  }

  if (builders !== undefined) weighBuilders(memo, catalog, deviceDate(device, options.at), builders, scored, components)
  if (interfaces !== undefined) weighInterfaces(memo, catalog, deviceDate(device, options.at), interfaces, scored, components)
  if (memo.splits.size > 0) weighSplits(memo, catalog, deviceDate(device, options.at), scored)

  if (scored.length === 0 || components.length > 0) return combine(device, catalog, memo, options, scored, components, unrecognised)
  // Devices whose pieces have the same signals (the same makers, methods and weights, in order) at
  // the same date combine alike: the decision is memoized and only the evidence list is the device's.
  // A purchase date is kept apart from a date of manufacture: the conflicts and owners say which it is.
  const at = device.manufactured === undefined ? options.at ?? '' : device.dateKind === undefined ? device.manufactured : `${device.manufactured} ${device.dateKind}`
  let node: CombineNode = memo.combined.get(at) ?? put(memo.combined, at, { next: undefined, result: undefined })
  for (let i = 0; i < scored.length; i++) {
    const signal = scored[i]!.signal
    let child: CombineNode | undefined = node.next?.get(signal)
    if (child === undefined) {
      if (memo.combinedNodes >= MEMO_LIMIT) {
        memo.combined.clear()
        memo.combinedNodes = 0
      }
      memo.combinedNodes++
      child = { next: undefined, result: undefined }
      ;(node.next ??= new Map()).set(signal, child)
    }
    node = child
  }
  let r = node.result
  if (r === undefined) {
    const full = combine(device, catalog, memo, options, scored, components, unrecognised)
    node.result = r = {
      manufacturer: full.manufacturer, group: full.group, chain: full.chain, confidence: full.confidence, conflicts: full.conflicts,
      // combine lists every piece but an outweighed OEM relation (this path has no components).
      componentGroups: full.componentGroups, outweighsOem: full.evidence.length < scored.length,
    }
    if (full.rivals !== undefined) r.rivals = full.rivals
    if (full.timedOwners !== undefined) r.timedOwners = full.timedOwners
    if (full.ruledOutOwners !== undefined) r.ruledOutOwners = full.ruledOutOwners
  }
  const evidence: Evidence[] = r.outweighsOem ? [] : new Array(scored.length)
  if (r.outweighsOem) {
    for (const s of scored) if (s.evidence.method !== 'oem') evidence.push(s.evidence)
  } else for (let i = 0; i < scored.length; i++) evidence[i] = scored[i]!.evidence
  // Whether an OEM relation is on record for other products than this device turns on its model and
  // role, which the signals do not hold: said of each device anew.
  const conflicts = r.conflicts.some((c) => c.kind === 'oem_rebrand' && c.relation !== undefined) ? ownOemScope(memo, r.conflicts, device, scored) : r.conflicts
  const attribution: Attribution = {
    deviceId: device.id, manufacturer: r.manufacturer, group: r.group, chain: r.chain, confidence: r.confidence, evidence,
    conflicts, componentGroups: r.componentGroups, unrecognised,
  }
  // Assigned, not spread: this is the hot path, and most devices have no rivals.
  if (r.rivals !== undefined) attribution.rivals = r.rivals
  if (r.timedOwners !== undefined) attribution.timedOwners = r.timedOwners
  if (r.ruledOutOwners !== undefined) attribution.ruledOutOwners = r.ruledOutOwners
  return attribution
}

/**
 * Puts a text's piece of evidence with the weighed ones, or, when it is software the device runs or
 * a chip inside it (`partEvidence`), with the components, once per maker and kind: a Windows host's
 * services all name Microsoft, a camera's boot log names HiSilicon on several lines.
 */
function place(s: Scored, scored: Scored[], components: Evidence[]): void {
  const e = s.evidence
  if (e.method !== 'component') scored.push(s)
  else if (!components.some((c) => c.method === 'component' && c.kind === e.kind && c.manufacturer === e.manufacturer)) components.push(e)
}

/**
 * The sysDescr of Windows's SNMP agent: `Hardware: Intel64 Family 6 Model 85 Stepping 4 AT/AT
 * COMPATIBLE - Software: Windows Version 6.3 (Build 17763 Multiprocessor Free)`. Windows runs on
 * other makers' computers, and the MACs of its interfaces (IF-MIB's ifPhysAddress) are those of
 * the adapters it drives: a USB modem (Huawei's sticks show as "HUAWEI Mobile Connect - Network
 * Card", with a MAC of Huawei's 00:1E:10 block), a VPN client's virtual adapter (Cisco AnyConnect's
 * is 00:05:9A:3C:7A:00 on every computer). They are weighed as network interfaces' MACs are: the
 * adapters' makers, not the host's, unless other evidence names them too.
 */
const WINDOWS_HOST = /^Hardware: .* - Software: Windows\b/

/**
 * Puts the MACs of network-interface makers where they belong: with the evidence when other
 * evidence names the interface maker's group too (an Intel switch with its own sysDescr), else with
 * the components, marked `interfaceOnly` and not weighed (an Intel card in a Dell server, or a MAC
 * that is all a device shows: the card's maker is known, the device's is not). Their place among
 * the evidence is after the other pieces: the order of the evidence is the order of the signals.
 */
function weighInterfaces(
  memo: Memo, catalog: Catalog, at: string | undefined, interfaces: readonly Scored[], scored: Scored[], components: Evidence[],
): void {
  const named = scored.map((s) => groupAt(memo, catalog, s.evidence.manufacturer, at).group)
  for (const piece of interfaces) {
    if (named.includes(groupAt(memo, catalog, piece.evidence.manufacturer, at).group)) scored.push(piece)
    else if (piece.evidence.method === 'oui') components.push({ ...piece.evidence, interfaceOnly: true })
  }
}

/**
 * Takes the MACs of contract manufacturers' blocks (`Manufacturer.contractManufacturer`) out of
 * the weighed evidence when the device's other evidence names another maker and none names the
 * builder's group: its declared maker, its model number, its sysObjectID or a banner (a Cisco
 * C9300 in a Hon Hai block, a Dell laptop in Compal's). Such a MAC names who built the device for
 * that maker: it is listed with the components, marked `contractManufacturer`, not weighed and not
 * in `componentGroups`. A MAC that is all a device shows still names the builder as its maker.
 */
function weighBuilders(
  memo: Memo, catalog: Catalog, at: string | undefined, builders: readonly Scored[], scored: Scored[], components: Evidence[],
): void {
  const named: ManufacturerSlug[] = []
  for (const s of scored) if (!builders.includes(s)) named.push(groupAt(memo, catalog, s.evidence.manufacturer, at).group)
  if (named.length === 0) return
  for (const piece of builders) {
    if (named.includes(groupAt(memo, catalog, piece.evidence.manufacturer, at).group) || piece.evidence.method !== 'oui') continue
    scored.splice(scored.indexOf(piece), 1)
    components.push({ ...piece.evidence, contractManufacturer: true })
  }
}

function splitsOf(catalog: Catalog): Memo['splits'] {
  const splits = new Map<ManufacturerSlug, { names: ReadonlySet<string>; siblings: readonly ManufacturerSlug[] }>()
  const makers = [...catalog.manufacturers.values()]
  for (const m of makers) {
    const split = m.splitFrom
    if (split === undefined) continue
    const siblings = makers.filter((o) => o.slug !== m.slug && o.splitFrom?.company === split.company).map((o) => o.slug)
    splits.set(m.slug, { names: new Set(split.names.map(compactName)), siblings })
  }
  return splits
}

/**
 * Evidence that names a maker by the name of the company it split from (a MAC block the registry
 * still calls "Hewlett Packard", a declared "HP") counts for the sibling instead when the device's
 * other evidence names the sibling's group and not this maker's: an HP printer's declared "HP" and
 * its old Hewlett-Packard block are one maker, HP Inc., and no OEM conflict. The piece keeps its
 * value and organisation; only the maker it counts for changes.
 */
function weighSplits(memo: Memo, catalog: Catalog, at: string | undefined, scored: Scored[]): void {
  let any = false
  for (const s of scored) if (memo.splits.has(s.evidence.manufacturer)) any = true
  if (!any) return
  const preSplit = scored.map((s) => {
    const split = memo.splits.get(s.evidence.manufacturer)
    if (split === undefined) return false
    const name = splitName(s.evidence)
    return name !== undefined && split.names.has(compactName(name))
  })
  const named: ManufacturerSlug[] = []
  for (let i = 0; i < scored.length; i++) if (!preSplit[i]) named.push(groupAt(memo, catalog, scored[i]!.evidence.manufacturer, at).group)
  // With nothing else to tell, a name's reading (declared, else a scanner's CPE) stands for the
  // split's other names (a declared "HP" beside a "Hewlett Packard" block is one maker, whichever).
  const declared = (scored.find((s, i) => preSplit[i] && s.evidence.method === 'declared') ??
    scored.find((s, i) => preSplit[i] && s.evidence.method === 'banner'))?.evidence.manufacturer
  for (let i = 0; i < scored.length; i++) {
    if (!preSplit[i]) continue
    const s = scored[i]!
    const own = s.evidence.manufacturer
    if (named.includes(groupAt(memo, catalog, own, at).group)) continue
    const siblings = memo.splits.get(own)!.siblings
    const sibling = siblings.find((m) => named.includes(groupAt(memo, catalog, m, at).group)) ??
      (named.length === 0 && declared !== undefined && siblings.includes(declared) ? declared : undefined)
    if (sibling !== undefined) scored[i] = scoredOf(memo, { ...s.evidence, manufacturer: sibling }, s.weight, s.scanner)
  }
}

/**
 * The name a piece of evidence gives its maker by, when it is a name as written: a block's
 * organisation, a declared manufacturer, the vendor of a scanner's CPE (NVD writes `hp` for both
 * halves of Hewlett-Packard: `cpe:/h:hp:integrated_lights-out`, `cpe:/h:hp:laserjet_...`).
 */
function splitName(e: Evidence): string | undefined {
  if (e.method === 'oui') return e.organization
  if (e.method === 'declared') return e.field === undefined ? e.value : undefined
  return e.method === 'banner' && e.pattern === SCANNER_CPE_PATTERN ? cpeVendor(e.value) : undefined
}

function resolveName(memo: Memo, catalog: Catalog, name: string): ManufacturerSlug | undefined {
  return remember(memo.names, name, () => catalog.resolveName(name))
}

/**
 * The declared evidence of a model that begins with a maker's name, or null. The name is the
 * shortest run of words that names the maker, unless more words name another one ("Hewlett Packard
 * Enterprise" is not "Hewlett Packard"): "Fortinet" of "Fortinet FortiGate 600E". A third party's
 * part made to fit a maker's equipment ("Cisco compatible SFP") names no maker of its own.
 */
function modelMakerVerdict(memo: Memo, catalog: Catalog, model: string): Scored | null {
  if (namesThirdPartyProduct(model, (s) => resolveName(memo, catalog, s))) return null
  const words = model.trim().split(/\s+/)
  let slug: ManufacturerSlug | undefined
  let name = ''
  for (let k = 1; k <= Math.min(words.length, MAX_MAKER_WORDS); k++) {
    const prefix = words.slice(0, k).join(' ')
    const s = resolveName(memo, catalog, prefix)
    if (s === undefined || s === slug) continue
    slug = s
    name = prefix
  }
  return slug === undefined ? null : scoredOf(memo, { method: 'declared', manufacturer: slug, value: name, field: 'model' }, EVIDENCE_WEIGHTS.declared)
}

function declaredVerdict(memo: Memo, declared: string, slug: ManufacturerSlug | undefined): Verdict {
  return slug !== undefined
    ? scoredOf(memo, { method: 'declared', manufacturer: slug, value: declared }, EVIDENCE_WEIGHTS.declared)
    : { method: 'declared', value: declared }
}

/** The OEM relations by brand, their model scopes compiled (case-insensitive, as inventories vary in case). */
function oemRules(relations: readonly OemRelation[], manufacturers: Catalog['manufacturers']): Map<ManufacturerSlug, readonly OemRule[]> {
  const byBrand = new Map<ManufacturerSlug, OemRule[]>()
  relations.forEach((relation, index) => {
    const scope = relation.scope
    // A relation that covers no device by its label is left to explain conflicts (see `knownOem`).
    if (scope === 'none') return
    const brand = manufacturers.get(relation.brand)
    const rule: OemRule = {
      relation, index,
      roles: scope === 'brand' ? undefined : scope.roles,
      models: scope === 'brand' || scope.models === undefined ? undefined : new RegExp(scope.models, 'i'),
      brandNames: new Set(brand === undefined ? [] : [brand.name, ...brand.aliases].map((n) => n.toLowerCase())),
      brandWide: scope === 'brand',
      modelFits: new Map(), evidence: new Map(),
    }
    const list = byBrand.get(relation.brand)
    if (list === undefined) byBrand.set(relation.brand, [rule])
    else list.push(rule)
  })
  return byBrand
}

/**
 * Adds the evidence of the brand's OEM relations that cover the device: at its date (without one,
 * only relations that still hold, as ownership is resolved as of today), and in the relation's
 * scope (its role is listed or its model matches; a relation without a scope covers every device).
 * At most one relation per maker: a second one for the same maker would count the same label twice.
 * A relation that names the device's model is taken before one that covers its role only: its
 * source speaks of this product (Lorex's B451AJ doorbell, not Lorex's cameras in general).
 */
function oemEvidence(
  memo: Memo, rules: readonly OemRule[], device: Device, declared: string, brand: ManufacturerSlug, at: string | undefined,
  brandParents: readonly ParentRelation[], scored: Scored[],
): void {
  let makers: ManufacturerSlug[] | undefined
  // No array is made for the common device whose model no relation of its brand names.
  let byModel: OemRule[] | undefined
  if (rules.length > 1) for (const rule of rules) if (inOemModelScope(rule, device)) (byModel ??= []).push(rule)
  for (const rule of byModel === undefined ? rules : [...byModel, ...rules]) {
    const r = rule.relation
    if (!oemHoldsAt(r, at) && !oemHandsOver(r, at, brandParents)) continue
    if (!inOemScope(rule, device)) continue
    if (makers?.includes(r.maker)) continue
    ;(makers ??= []).push(r.maker)
    let s = rule.evidence.get(declared)
    if (s === undefined) {
      const evidence: Evidence = { method: 'oem', manufacturer: r.maker, value: declared, brand, relation: r }
      const key = `oem ${r.maker} ${EVIDENCE_WEIGHTS.oem} ${rule.index}`
      let signal = memo.signals.get(key)
      if (signal === undefined) memo.signals.set(key, (signal = memo.signals.size))
      s = putBounded(rule.evidence, declared, { evidence, weight: EVIDENCE_WEIGHTS.oem, scanner: false, signal }, MEMO_LIMIT)
    }
    scored.push(s)
  }
}

function inOemScope(rule: OemRule, device: Device): boolean {
  if (rule.brandWide) return true
  if (rule.roles !== undefined && device.role !== undefined && rule.roles.includes(device.role)) return true
  return inOemModelScope(rule, device)
}

/** Whether the relation's model pattern holds the device's model. */
function inOemModelScope(rule: OemRule, device: Device): boolean {
  const model = device.model
  if (rule.models === undefined || model === undefined || model === '') return false
  let fits = rule.modelFits.get(model)
  if (fits === undefined) fits = putBounded(rule.modelFits, model, modelInOemScope(rule, rule.models, model.trim()), MEMO_LIMIT)
  return fits
}

/** The most words a brand's name before a model is taken to have ("Hutchison Drei Austria"). */
const MAX_BRAND_WORDS = 4

/**
 * Whether a model is in a relation's model scope, written alone or after the brand's name, as
 * inventories without a manufacturer column (or with the brand in both) write it: "TRENDnet
 * TV-IP310PI", "Deutsche Telekom Speedport Hybrid".
 */
function modelInOemScope(rule: OemRule, models: RegExp, model: string): boolean {
  if (models.test(model)) return true
  const words = model.split(/\s+/)
  for (let k = Math.min(words.length - 1, MAX_BRAND_WORDS); k >= 1; k--) {
    if (rule.brandNames.has(words.slice(0, k).join(' ').toLowerCase())) return models.test(words.slice(k).join(' '))
  }
  return false
}

function enterpriseVerdict(memo: Memo, oid: string, catalog: Catalog, privateObject = false): Verdict {
  const arcs = parseOid(oid)
  const found = arcs === undefined ? undefined : enterpriseEntryOf(catalog.enterprises, arcs)
  if (found === undefined) return null
  const { enterprise, entry } = found
  if (entry?.manufacturer !== undefined) {
    // A sysObjectID is the device's own statement of its product; an object answered without one
    // is a MIB variable, which names none. (This runs once per distinct OID: the verdict is memoized.)
    const product = privateObject ? undefined : catalog.products.lookup(arcs!.join('.'))
    return scoredOf(
      memo,
      {
        method: 'snmp_enterprise', manufacturer: entry.manufacturer, value: oid, enterprise, organization: entry.organization,
        ...(product !== undefined ? { product: product.name } : {}),
        ...(privateObject ? { privateObject: true as const } : {}),
      },
      privateObject ? PRIVATE_OBJECT_WEIGHT : EVIDENCE_WEIGHTS.snmp_enterprise,
    )
  }
  // An unknown number under which only private objects were answered says nothing worth listing.
  if (privateObject) return null
  // A number the catalog knows names no maker (the agent software's, not the device's): say so.
  const noMaker = entry?.manufacturer === undefined ? NO_MAKER_ENTERPRISE_NUMBERS.get(enterprise) : undefined
  return {
    method: 'snmp_enterprise', value: oid,
    ...(entry ? { organization: entry.organization } : {}), ...(noMaker !== undefined ? { noMaker } : {}),
  }
}

/** Whether the model pattern of `evidence` is one that `declared` numbers its own products by too (`ModelPattern.sharedWith`). */
function sharedModelNumber(memo: Memo, evidence: Evidence, declared: ManufacturerSlug): boolean {
  if (memo.sharedModels.size === 0 || evidence.method !== 'model') return false
  return memo.sharedModels.get(evidence.pattern)?.includes(declared) === true
}

function modelVerdict(model: string, memo: Memo, catalog: Catalog): Scored | null {
  const m = remember(memo.models, model, () => matchModel(model, catalog.models, catalog.resolveName))
  return m === undefined ? null : scoredOf(
    memo,
    {
      method: 'model', manufacturer: m.manufacturer, value: model, pattern: m.name,
      ...(m.product ? { product: m.product } : {}), ...(m.brand ? { brand: m.brand } : {}),
    },
    EVIDENCE_WEIGHTS.model,
  )
}

function bannerEvidence(memo: Memo, m: BannerMatch, protocol: string, scanner = false, command?: string): Scored {
  const weight = m.certainty === 'low' ? LOW_CERTAINTY_BANNER_WEIGHT : EVIDENCE_WEIGHTS.banner
  return scoredOf(memo, {
    method: 'banner', manufacturer: m.manufacturer, value: m.excerpt, pattern: m.pattern, protocol,
    ...(m.product !== undefined ? { product: m.product } : {}),
    ...(m.version !== undefined ? { version: m.version } : {}),
    ...(command !== undefined ? { command } : {}),
  }, weight, scanner)
}

/**
 * The evidence of a banner: the patterns it matches; else, for the product a scanner named
 * (`field: product`) or the extra information of its match (`field: extrainfo`), the manufacturer
 * that text names, as weak evidence, and for the extra information also a model number it gives
 * (`model: DS-2CD2032-I`) that a model pattern reads. Generic extra information (`protocol 2.0`,
 * `Ubuntu Linux`, `access denied`) names nobody. A CPE a scanner gave a service (`field: cpe`) is
 * no text the device sent: it names the maker of its vendor, as weakly as the product it was
 * concluded with, when it is hardware or an OS of one maker's devices.
 */
function bannerVerdict(memo: Memo, catalog: Catalog, banner: NonNullable<Device['banners']>[number]): readonly Scored[] {
  const field = banner.field
  const scanner = field !== undefined && SCANNER_FIELDS.has(field)
  if (field === 'cpe') {
    const cpe = deviceMakerCpe(banner.text)
    const named = cpe === undefined ? undefined : resolveName(memo, catalog, cpe)
    // A maker of network interfaces names the part of another maker's device its hardware CPE
    // speaks of (`cpe:/h:intel:active_management_technology`, Intel AMT inside a Dell or HP PC).
    if (named === undefined || catalog.manufacturers.get(named)?.interfaceMaker !== undefined) return []
    const maker = memo.splits.has(named) ? splitHalfOfCpe(memo, catalog, cpe!, banner.protocol, named) : named
    return [bannerEvidence(memo, { pattern: SCANNER_CPE_PATTERN, manufacturer: maker, excerpt: cpe!.slice(0, 120), certainty: 'low' }, banner.protocol, true)]
  }
  // A listing of the USB devices attached to the host (lsusb, the kernel's log, usb-devices) names
  // the makers of those parts, by vendor id or by name: a Huawei stick in a Teltonika router.
  if (banner.protocol === 'other') {
    const usb = usbParts(memo, catalog, banner.text)
    if (usb !== undefined) return usb
  }
  // A serial's pattern reads a device's serial only: a banner that lists serials (an OLT's list of
  // its ONTs, pasted whole) names the ONTs' makers, not the device's.
  const matched = matchBanner(banner, catalog.banners).filter((m) => field === SERIAL_FIELD || !memo.serialPatterns.has(m.pattern))
  if (matched.length > 0) {
    const command = field !== undefined && banner.protocol === 'other' && COMMAND_OUTPUT_FIELDS.includes(field) ? field : undefined
    return matched.map((m) => bannerEvidence(memo, m, banner.protocol, scanner, command))
  }
  if (field !== 'product' && field !== 'extrainfo') {
    // The model the device's own description gives (a TR-069 Inform's ProductClass, a UPnP
    // description's modelName, an ONVIF answer's Model or hardware scope), read as a model number
    // is; a chip maker's part number there ("Hi3516EV300", which cheap cameras give as their
    // hardware) names the chip inside, a component, as it does anywhere in a banner.
    const models = describedModels(banner.text).flatMap((model) =>
      memo.chipModels.some((c) => c.pattern.test(model)) ? chipModelEvidence(memo, model) ?? [] : modelVerdict(model, memo, catalog) ?? [])
    // The maker the description gives is read as a name in a banner is (an XML text is otherwise
    // read as a page, by its title alone).
    const makers = describedManufacturers(banner.text).flatMap((name) => {
      const named = namedMaker(memo, catalog, name)
      return named === undefined ? [] : [bannerEvidence(memo, { pattern: BANNER_NAME_PATTERN, manufacturer: named, excerpt: name.slice(0, 120), certainty: 'low' }, banner.protocol)]
    })
    if (makers.length > 0) return [...models, ...makers]
    return [...models, ...namingEvidence(memo, catalog, banner)]
  }
  const pattern = field === 'product' ? PRODUCT_NAME_PATTERN : SCANNER_INFO_PATTERN
  const excerpt = banner.text.slice(0, 120).trim()
  // A device maker's software on other makers' computers (catalog/host-software.ts) names nobody.
  const named = namesHostSoftware(banner.text) ? undefined : namedMaker(memo, catalog, banner.text)
  if (named !== undefined) return [bannerEvidence(memo, { pattern, manufacturer: named, excerpt, certainty: 'low' }, banner.protocol, true)]
  const part = partEvidence(memo, catalog, banner.text)
  if (part !== undefined) return [part]
  const model = field === 'extrainfo' ? INFO_MODEL.exec(banner.text)?.[1]?.trim() : undefined
  const m = model ? remember(memo.models, model, () => matchModel(model, catalog.models, catalog.resolveName)) : undefined
  if (m === undefined) return []
  return [bannerEvidence(memo, { pattern, manufacturer: m.manufacturer, excerpt, certainty: 'low', ...(m.product ? { product: m.product } : {}) }, banner.protocol, true)]
}

/**
 * The evidence of a banner that no pattern reads: the maker it names, as a sysDescr's name is read,
 * else the software or chip of another maker it names (`partEvidence`).
 */
function namingEvidence(memo: Memo, catalog: Catalog, banner: NonNullable<Device['banners']>[number]): Scored[] {
  const texts = namingTexts(banner, (s) => resolveName(memo, catalog, s))
  for (const { field: part, text } of texts) {
    const named = namesHostSoftware(text) ? undefined : namedMaker(memo, catalog, text)
    // A banner that is the maker's name and nothing else ("ZTE", "ruijie") is the Server header of
    // its own web site or of software it ships for any server; a page title of the name alone
    // ("Riverbed Technology, Inc.") is a Steelhead's, and counts.
    if (named !== undefined && !(part !== 'title' && isNameOf(catalog.manufacturers.get(named), text))) {
      return [bannerEvidence(memo, { pattern: part === 'certificate' ? CERTIFICATE_NAME_PATTERN : BANNER_NAME_PATTERN, manufacturer: named, excerpt: namingExcerpt(memo, catalog, text, named), certainty: 'low' }, banner.protocol)]
    }
  }
  for (const { text } of texts) {
    const part = partEvidence(memo, catalog, text)
    if (part !== undefined) return [part]
  }
  return []
}

/**
 * The half of a split company a CPE of its old name names by its product (NVD's vendor `hp` is
 * either half: `cpe:/h:hp:integrated_lights-out` is HPE's iLO, `cpe:/h:hp:laserjet_4250` an HP Inc.
 * printer), read as a scanner's product name (`hp integrated lights-out`) or as a model
 * (`laserjet 4250`); `named`, the name's own reading, when the product tells nothing.
 */
function splitHalfOfCpe(memo: Memo, catalog: Catalog, cpe: string, protocol: string, named: ManufacturerSlug): ManufacturerSlug {
  const product = cpeProduct(cpe)
  if (product === undefined) return named
  const halves = [named, ...memo.splits.get(named)!.siblings]
  const asProduct = matchBanner({ protocol, field: 'product', text: `${cpeVendor(cpe) ?? ''} ${product}` }, catalog.banners)
    .find((m) => halves.includes(m.manufacturer))?.manufacturer
  if (asProduct !== undefined) return asProduct
  const asModel = remember(memo.models, product, () => matchModel(product, catalog.models, catalog.resolveName))?.manufacturer
  return asModel !== undefined && halves.includes(asModel) ? asModel : named
}

/** The banner patterns written for a serial number (`fields: ['serial']`) that a device's serial matches. */
function serialEvidence(memo: Memo, catalog: Catalog, serial: string): readonly Scored[] {
  return matchBanner({ protocol: 'other', field: SERIAL_FIELD, text: serial }, catalog.banners)
    .filter((m) => memo.serialPatterns.has(m.pattern))
    .map((m) => bannerEvidence(memo, m, 'other', false, 'serial number'))
}

/** The banner field of a device's serial number, which only the patterns written for it read. */
const SERIAL_FIELD = 'serial'

/**
 * What a sysDescr says: the banner patterns that match it, or, when none does, the manufacturer it
 * names (as `lookup` reads a text: a catalog name, or a coined brand word such as "Huawei" or
 * "ZTE" anywhere in it), as evidence of low certainty. The firmware writes the sysDescr, so a name
 * in it is a hint worth reporting, but a host name or a comment in it could name anyone.
 */
function sysDescrEvidence(memo: Memo, catalog: Catalog, sysDescr: string): readonly Scored[] {
  const matched = matchSysDescr(sysDescr, catalog.banners)
  // A DOCSIS device names its maker in the VENDOR field of its sysDescr (`<<HW_REV: ...; VENDOR:
  // Sagemcom; ...>>`), which its firmware writes: as strong as a banner pattern, for any maker the
  // catalog names (weak for a chip maker's reference design left as it was).
  const docsis = docsisFields(sysDescr)
  const vendor = docsis?.vendor !== undefined ? resolveName(memo, catalog, docsis.vendor) : undefined
  const out = matched.map((m) => bannerEvidence(memo, m, 'snmp'))
  if (vendor !== undefined && !matched.some((m) => m.manufacturer === vendor)) {
    out.push(bannerEvidence(memo, { pattern: DOCSIS_VENDOR_PATTERN, manufacturer: vendor, excerpt: docsis!.block.slice(0, 120), certainty: docsis!.referenceDesign ? 'low' : 'high' }, 'snmp'))
  }
  if (out.length > 0) return out
  const named = namedMaker(memo, catalog, sysDescr)
  if (named === undefined) {
    const part = partEvidence(memo, catalog, sysDescr)
    return part === undefined ? [] : [part]
  }
  return [bannerEvidence(memo, { pattern: SYSDESCR_NAME_PATTERN, manufacturer: named, excerpt: namingExcerpt(memo, catalog, sysDescr, named), certainty: 'low' }, 'snmp')]
}


/**
 * The maker a free text names in passing (a sysDescr, a banner or a scanner's product name that no
 * pattern reads), unless it is a maker of network interfaces or of the virtual ones, or of software
 * that runs on other makers' hardware: "VMware ESXi 7.0.3", "Intel(R) Xeon(R)", "MediaTek MT7621"
 * or "Microsoft IIS httpd" in a text names the hypervisor, the processor, the chip or the server
 * software, not the device's maker.
 */
function namedMaker(memo: Memo, catalog: Catalog, text: string): ManufacturerSlug | undefined {
  const named = resolveName(memo, catalog, text)
  return named === undefined || memo.namesNoDevice.has(named) ? undefined : named
}

/**
 * What the evidence of a name in a text shows: the text, or, when it is longer than an excerpt, its
 * first line that names the maker by itself (a login banner's copyright line after its ASCII art),
 * else its first 120 characters.
 */
function namingExcerpt(memo: Memo, catalog: Catalog, text: string, named: ManufacturerSlug): string {
  if (text.length > MAX_NAMING_EXCERPT) {
    for (const line of text.split(LINE_BREAK)) {
      const t = line.trim()
      if (t !== '' && t.length <= MAX_NAMING_EXCERPT && resolveName(memo, catalog, t) === named) return t
    }
  }
  return text.slice(0, MAX_NAMING_EXCERPT).trim()
}

const MAX_NAMING_EXCERPT = 120

/** The `kind` of a component that is software the device runs, named in a banner or by a scanner. */
const SOFTWARE_KIND = 'software'

/** The `kind` of a component that a listing of the host's USB devices names. */
const USB_KIND = 'usb'

/**
 * The USB devices a captured listing names (`parseUsbDeviceLines`), each a component of kind `usb`
 * of the maker that holds its vendor id (`USB_VENDORS`), else of the maker its line names ("ID
 * 0cf3:3004 Atheros Communications, Inc."): parts attached to the host, which weigh nothing for the
 * host's maker. Undefined when the text lists no USB device; a listing whose devices name no maker
 * (a root hub of "Linux Foundation") gives no evidence at all.
 */
function usbParts(memo: Memo, catalog: Catalog, text: string): Scored[] | undefined {
  const lines = parseUsbDeviceLines(text)
  if (lines.length === 0) return undefined
  const parts: Scored[] = []
  for (const { vendorId, productId, line } of lines) {
    const maker = usbProductOf(vendorId, productId)?.manufacturer ?? usbVendorOf(vendorId)?.manufacturer ?? resolveName(memo, catalog, line)
    if (maker !== undefined) parts.push(scoredOf(memo, { method: 'component', manufacturer: maker, value: line.slice(0, 120), kind: USB_KIND }, EVIDENCE_WEIGHTS.component))
  }
  return parts
}

/** The `kind` of a component that is a chip maker's SoC, named in a banner or a sysDescr. */
const CHIP_KIND = 'soc'

/**
 * Software of a maker of software for other makers' hardware that a text names ("Microsoft IIS
 * httpd", "Kaspersky Security Center Web Console"), or a chip of a maker of chips for other makers'
 * devices ("Machine model: Hisilicon Hi3516CV300 DEMO Board" in a camera's boot log): a component
 * of kind `software` or `soc`, which weighs nothing for the device's maker but puts the part's group
 * among the device's component groups, as a policy's `match: components` rule reads them
 * (Kaspersky's software is on the FCC Covered List, HiSilicon is Huawei's).
 */
function partEvidence(memo: Memo, catalog: Catalog, text: string): Scored | undefined {
  const named = resolveName(memo, catalog, text)
  if (named === undefined) return chipModelEvidence(memo, text)
  const kind = memo.partMakers.get(named)
  if (kind === undefined) return undefined
  return scoredOf(memo, { method: 'component', manufacturer: named, value: text.slice(0, 120).trim(), kind }, EVIDENCE_WEIGHTS.component)
}

/** Words of a text that may be a chip's part number: letters and digits, with both. */
const CHIP_WORD = /\b(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{5,16}\b/g

/**
 * A chip maker's part number a text gives without the maker's name ("Machine: hi3518ev200" in a
 * camera's kernel log, U-Boot's banner ending in "hi3518ev300", an SDK's "Hi3519V101_MPP_V1.0.4.0"),
 * read by that maker's model patterns: a component of kind `soc`, as `partEvidence` reads the name.
 */
function chipModelEvidence(memo: Memo, text: string): Scored | undefined {
  if (memo.chipModels.length === 0) return undefined
  for (const [word] of text.replaceAll('_', ' ').matchAll(CHIP_WORD)) {
    const p = memo.chipModels.find((c) => c.pattern.test(word))
    if (p !== undefined) return scoredOf(memo, { method: 'component', manufacturer: p.manufacturer, value: word, kind: CHIP_KIND }, EVIDENCE_WEIGHTS.component)
  }
  return undefined
}

/** Banner fields whose text the device's firmware writes about itself (see `namingTexts`). */
const SELF_DESCRIBING_FIELDS: ReadonlySet<string> = new Set(['server', 'title', 'www-authenticate', 'user-agent', 'greeting', 'certificate'])

/**
 * A host name or a web address in a banner ("220 mail.huawei.com ESMTP", "Location:
 * http://www.zte.com.cn/"): it names whoever owns the domain, not the device's maker.
 */
// Each alternative starts only where no part of a name or address stands before it, so that a long
// run of labels or hyphens is scanned once, not once from each of its characters.
const HOST_NAME = /(?<![a-z0-9.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]\b|(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/\S*/gi

/**
 * The texts of a banner that may name its maker in passing ("220 Welcome to Huawei FTP service.",
 * "Server: Hikvision RTSP Server", a telnet login banner's copyright line): the banner itself, or of
 * a message captured whole (an HTTP or RTSP response) only its Server, WWW-Authenticate and
 * User-Agent headers and its title, as the other headers (cookies, policies, redirects) name other
 * sites. Host names and web addresses are left out. A field the device does not write about itself
 * (any other header an inventory names) gives nothing.
 */
function namingTexts(banner: NonNullable<Device['banners']>[number], nameOf: (name: string) => ManufacturerSlug | undefined): { field: string | undefined; text: string }[] {
  const field = banner.field?.toLowerCase()
  if (field !== undefined && !SELF_DESCRIBING_FIELDS.has(field)) return []
  const parts = messageParts(field, banner.text)
  // A page without a title: its body is markup and scripts, not the device's words about itself.
  if (parts === undefined && /^\s*</.test(banner.text)) return []
  const texts = parts === undefined ? [{ field, text: banner.text }] : parts.filter((p) => p.field !== undefined && SELF_DESCRIBING_FIELDS.has(p.field))
  // A third party's words about a maker's devices ("Hikvision Exporter", a monitoring exporter for
  // its cameras) name the devices it serves, not the one that answers.
  return texts.map((p) => ({ field: p.field, text: p.text.replace(HOST_NAME, ' ').trim() })).filter((p) => p.text !== '' && !namesThirdPartyProduct(p.text, nameOf))
}

/**
 * The first model pattern that matches the text, or, with `resolveName`, the text after a leading
 * manufacturer name (`Hikvision DS-2CD2143G2-I`, `Huawei Technologies Co., Ltd. NE40E-X8`: asset
 * tools often show a model with its maker's name before it). Only a prefix that names a catalog
 * manufacturer is dropped, so "Compatible with S5720" stays unmatched. A leading word for the kind
 * of device ("OLT MA5800-X7", "Switch Catalyst 9300-48P", "Cisco Router ISR4331"; see
 * `DEVICE_KIND_WORDS`) names no maker either, and is passed over the same way.
 */
export function matchModel(
  model: string, patterns: readonly ModelPattern[], resolveName?: (name: string) => ManufacturerSlug | undefined,
): ModelPattern | undefined {
  const text = asciiModel(model).trim()
  const found = matchModelText(text, patterns, resolveName)
  if (found !== undefined) return found
  // "ZXHN H168N V3.5", "ZTE F601 v7", "HG8245H Ver. 3": the model with its hardware version after it.
  const unversioned = text.replace(HARDWARE_VERSION, '')
  return unversioned === text || unversioned === '' ? undefined : matchModelText(unversioned, patterns, resolveName)
}

/** A hardware version written after a model, as inventories and users' reports give it. */
const HARDWARE_VERSION = /\s+(?:V|Ver\.? ?|Rev\.? ?|HW ?)[0-9]{1,2}(?:\.[0-9]{1,2})?[A-Z]?$/i

function matchModelText(
  text: string, patterns: readonly ModelPattern[], resolveName: ((name: string) => ManufacturerSlug | undefined) | undefined,
): ModelPattern | undefined {
  const whole = matchAfterKind(text, patterns)
  if (whole !== undefined || resolveName === undefined) return whole
  const words = text.split(/\s+/)
  for (let k = 1; k < Math.min(words.length, MAX_MAKER_WORDS + 1); k++) {
    if (resolveName(words.slice(0, k).join(' ')) === undefined) continue
    const m = matchAfterKind(words.slice(k).join(' '), patterns)
    if (m !== undefined) return m
  }
  return undefined
}

/**
 * A model typed in full-width characters (`ＤＳ－２ＣＤ２１４３Ｇ２－Ｉ`, an input method left in
 * full-width mode in a Japanese or Chinese sheet) or with a dash that is not ASCII's (`DS‐2CD2143G2‐I`,
 * copied from a document; `DS-2CDー` typed with a Japanese input method, which writes the long-vowel
 * mark for "-"), as the ASCII text it shows; other text as it is.
 */
function asciiModel(model: string): string {
  if (/^[\x00-\x7f]*$/.test(model)) return model
  return model.normalize('NFKC').replace(/[\u2010-\u2015\u2212\ufe58\ufe63]|(?<=[0-9A-Za-z])\u30fc(?=[0-9A-Za-z])/g, '-')
}

/**
 * Words for a kind of device that inventories write before a model number. They are dropped only
 * when the text as written matches no pattern, so a maker whose product name begins with such a
 * word (Ericsson's "Router 6675") is read whole first, and what follows must still match a pattern
 * on its own ("Router 6000" and "Switch" alone name nobody).
 */
const DEVICE_KIND_WORDS = /^(?:(?:OLT|ONT|ONU|Switch|Router|Firewall|Gateway|Modem|Camera|NVR|DVR|AP|Access Point|IP Phone|Phone)\s+){1,2}(?=\S)/i

function matchAfterKind(text: string, patterns: readonly ModelPattern[]): ModelPattern | undefined {
  for (const p of patterns) if (p.pattern.test(text)) return p
  const rest = text.replace(DEVICE_KIND_WORDS, '')
  if (rest === text) return undefined
  for (const p of patterns) if (p.pattern.test(rest)) return p
  return undefined
}

/**
 * The attribution of a device merged from several records (`Device.sources`), with the manufacturer
 * each record declares that the evidence contradicts: the one `device.manufacturer` holds (the
 * first record's) is weighed as declared, and its conflict says where it was declared; each other
 * record's declared name, not weighed (it would count the device's label twice), gets an
 * `oem_rebrand` conflict of its own when it names another maker than the attribution (a NetBox
 * export's "Lorex" beside a scan's Dahua MAC and RTSP banner, whichever file was read first).
 */
function withSourceConflicts(a: Attribution, device: Device, catalog: Catalog, options: IdentifyOptions): Attribution {
  const memo = memoFor(catalog)
  const sources = device.sources!
  const where = (s: DeviceSource) => ({ file: s.file, ...(s.sheet !== undefined ? { sheet: s.sheet } : {}), ...(s.line !== undefined ? { line: s.line } : {}) })
  const key = (name: string) => name.trim().toLowerCase()
  const primary = device.manufacturer === undefined ? undefined : sources.find((s) => s.manufacturer !== undefined && key(s.manufacturer) === key(device.manufacturer!))
  // Conflicts are shared by devices attributed alike (see `identifyDevice`): the merged device's are its own copies.
  const conflicts: Conflict[] = a.conflicts.map((c) => (c.kind === 'oem_rebrand' && c.namedBy === undefined && primary !== undefined ? { ...c, declaredAt: where(primary) } : c))
  if (a.manufacturer !== undefined && a.group !== undefined) {
    const at = deviceDate(device, options.at)
    const resolve = (slug: ManufacturerSlug) => groupAt(memo, catalog, slug, at)
    const told = new Set<string>(device.manufacturer === undefined ? [] : [key(device.manufacturer)])
    for (const s of sources) {
      const name = s.manufacturer
      if (name === undefined || name.trim() === '' || isPlaceholder(name) || told.has(key(name))) continue
      told.add(key(name))
      const declared = resolveName(memo, catalog, name)
      if (declared === undefined || declared === a.manufacturer) continue
      // The methods of the evidence that names the attribution's group, the first record's declared name among them.
      const methods: EvidenceMethod[] = []
      for (const e of a.evidence) {
        if (e.method !== 'oem' && !methods.includes(e.method) && resolve(e.manufacturer).group === a.group) methods.push(e.method)
      }
      if (methods.length === 0) continue
      const declaredGroup = resolve(declared).group
      const relation = declaredGroup === a.group ? undefined : knownOem(catalog, declared, a.manufacturer, at)
      const known = declaredGroup === a.group || relation !== undefined
      conflicts.push({
        kind: 'oem_rebrand', declared, maker: a.manufacturer, methods, known,
        ...(relation !== undefined ? { relation } : {}),
        ...(relation !== undefined && outsideOemScope(memo, relation, device) ? { otherProducts: true as const } : {}),
        declaredAt: where(s),
      })
    }
  }
  return { ...a, conflicts }
}

/** Words of a manufacturer name before a model that `matchModel` drops, at most. */
const MAX_MAKER_WORDS = 5

function combine(
  device: Device,
  catalog: Catalog,
  memo: Memo,
  options: IdentifyOptions,
  scored: Scored[],
  components: Evidence[],
  unrecognised: Attribution['unrecognised'],
): Attribution {
  // A date bought or installed is read as on or before it (`deviceDate`); the conflicts and owners
  // give the date as the inventory does, with its kind.
  const at = deviceDate(device, options.at)
  const given = device.manufactured ?? options.at
  const conflicts: Conflict[] = []
  const resolve = (slug: ManufacturerSlug) => groupAt(memo, catalog, slug, at)

  let componentGroups: ManufacturerSlug[] = []
  // A contract manufacturer's MAC names who built the device, not a part of it.
  if (components.length > 0) {
    componentGroups = [...new Set(components.filter((e) => !(e.method === 'oui' && e.contractManufacturer)).map((e) => resolve(e.manufacturer).group))].sort()
  }
  // A declared brand with an OEM relation that covers the device is read one of two ways, never
  // both (they are one label): see `oemReading`. The reading not taken is not scored; an OEM
  // relation outweighed by the device's own evidence is not listed either (it named no rival).
  const skipped = oemReading(scored, (slug) => resolve(slug).group)
  // A brand the device names itself where nobody declared one, that a known OEM relation has sell
  // the products of a maker the other evidence names: a label on that maker's device, listed and
  // not scored, so that the brand neither outweighs nor rivals its maker (see `brandLabels`).
  const labels = scored.some((s) => s.evidence.method === 'declared') ? undefined : brandLabels(catalog, scored, (slug) => resolve(slug).group, at)
  const evidence: Evidence[] = []
  for (let i = 0; i < scored.length; i++) if (skipped !== 'oem' || scored[i]!.evidence.method !== 'oem') evidence.push(scored[i]!.evidence)
  for (const c of components) evidence.push(c)

  if (scored.length === 0) {
    // Nothing named a maker: say which texts were read and matched no pattern, so that an unknown
    // device with a sysDescr is not reported as having no identifying data.
    // Texts that named software the device runs (a component) were read, and are left out.
    const excerpt = (t: string) => (t.length > 80 ? `${t.slice(0, 77)}...` : t).replace(/\s+/g, ' ').trim()
    const gave = (protocol: string, field: string, text: string) => (bannerTable(memo, protocol, field).get(text)?.length ?? 0) > 0
    const sysDescr = device.snmp?.sysDescr
    if (sysDescr && !isPlaceholder(sysDescr) && !gave('\u0000sysDescr', '', sysDescr)) unrecognised.push({ method: 'banner', value: `sysDescr "${excerpt(sysDescr)}"` })
    for (const b of device.banners ?? []) {
      if (!gave(b.protocol, b.field ?? '', b.text)) unrecognised.push({ method: 'banner', value: `${b.protocol}${b.field ? ` ${b.field}` : ''} "${excerpt(b.text)}"` })
    }
    if (device.model && !isPlaceholder(device.model)) unrecognised.push({ method: 'model', value: `"${excerpt(device.model)}"` })
    return {
      deviceId: device.id, manufacturer: undefined, group: undefined, chain: undefined, confidence: 0, evidence, conflicts,
      unknownReason: unrecognised.length > 0 || components.length > 0 ? 'unrecognised_evidence' : 'no_evidence',
      componentGroups, unrecognised,
    }
  }

  const declaredIndex = scored.findIndex((s) => s.evidence.method === 'declared')

  // Score groups: independent signals for the same group reinforce each other. A device has a
  // handful of pieces of evidence, so small parallel arrays beat maps here (this is the hot path).
  // A scanner's conclusions are one signal: per group only the strongest of them counts
  // (`scannerBest`, made only for devices that have any); so are the mentions of a maker's name
  // (`mentionBest`).
  const groupOfScored: ManufacturerSlug[] = new Array(scored.length)
  const groups: ManufacturerSlug[] = []
  const miss: number[] = []
  const methodBits: number[] = []
  let scannerBest: number[] | undefined
  let mentionBest: number[] | undefined
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!
    const g = resolve(s.evidence.manufacturer).group
    groupOfScored[i] = g
    if (s.evidence.method === skipped || labels?.has(i) === true) {
      // Listed, not scored: no group of its own and no part of the maker's choice below.
      groupOfScored[i] = ''
      continue
    }
    let k = groups.indexOf(g)
    if (k < 0) {
      k = groups.length
      groups.push(g)
      miss.push(1)
      methodBits.push(0)
      scannerBest?.push(0)
      mentionBest?.push(0)
    }
    if (s.scanner) {
      scannerBest ??= new Array<number>(groups.length).fill(0)
      if (s.weight > scannerBest[k]!) scannerBest[k] = s.weight
    } else if (s.mention === true) {
      mentionBest ??= new Array<number>(groups.length).fill(0)
      if (s.weight > mentionBest[k]!) mentionBest[k] = s.weight
    } else miss[k] = miss[k]! * (1 - s.weight)
    methodBits[k] = methodBits[k]! | METHOD_BIT[s.evidence.method]
  }
  if (scannerBest !== undefined) for (let k = 0; k < groups.length; k++) miss[k] = miss[k]! * (1 - scannerBest[k]!)
  if (mentionBest !== undefined) for (let k = 0; k < groups.length; k++) miss[k] = miss[k]! * (1 - mentionBest[k]!)
  let best = 0
  for (let k = 1; k < groups.length; k++) {
    const d = miss[k]! - miss[best]!
    if (d < 0 || (d === 0 && (popcount(methodBits[k]!) > popcount(methodBits[best]!) ||
      (popcount(methodBits[k]!) === popcount(methodBits[best]!) && groups[k]! < groups[best]!)))) best = k
  }
  const group = groups[best]!
  const winnerScore = 1 - miss[best]!

  // The manufacturer inside the group: the best-supported one, preferring makers over brands
  // named only by the inventory (a HiWatch label on a Hikvision camera is still Hikvision's).
  let manufacturer = ''
  let manufacturerScore = -1
  const makers: ManufacturerSlug[] = []
  const makerMiss: number[] = []
  let makerScannerBest: number[] | undefined
  for (let i = 0; i < scored.length; i++) {
    if (groupOfScored[i] !== group) continue
    const s = scored[i]!
    const w = s.evidence.method === 'declared' ? s.weight * 0.5 : s.weight
    let k = makers.indexOf(s.evidence.manufacturer)
    if (k < 0) {
      k = makers.length
      makers.push(s.evidence.manufacturer)
      makerMiss.push(1)
      makerScannerBest?.push(0)
    }
    if (s.scanner) {
      makerScannerBest ??= new Array<number>(makers.length).fill(0)
      if (w > makerScannerBest[k]!) makerScannerBest[k] = w
    } else makerMiss[k] = makerMiss[k]! * (1 - w)
  }
  for (let k = 0; k < makers.length; k++) {
    const score = 1 - makerMiss[k]! * (1 - (makerScannerBest?.[k] ?? 0))
    if (score > manufacturerScore || (score === manufacturerScore && makers[k]! < manufacturer)) {
      manufacturer = makers[k]!
      manufacturerScore = score
    }
  }

  // A declared name that the rest of the evidence contradicts: a rebrand (OEM) or a wrong record.
  // Evidence that only reads the declared name through an OEM relation contradicts nothing: the
  // conflict is reported when independent evidence names the maker too.
  let explainedGroup: ManufacturerSlug | undefined
  const declared = declaredIndex >= 0 ? scored[declaredIndex]!.evidence.manufacturer : undefined
  if (declared !== undefined && declared !== manufacturer) {
    const otherMethods: EvidenceMethod[] = []
    let applied: OemRelation | undefined
    for (let i = 0; i < scored.length; i++) {
      const e = scored[i]!.evidence
      if (e.method === 'oem') {
        if (groupOfScored[i] === group) applied ??= e.relation
      } else if (e.method !== 'declared' && groupOfScored[i] === group && !otherMethods.includes(e.method)) otherMethods.push(e.method)
    }
    if (otherMethods.length > 0) {
      const declaredGroup = resolve(declared).group
      // A brand of the maker's own group needs no OEM relation; otherwise the relation found (the
      // brand sells the maker's products at the device's date) is reported with its source: the one
      // that covers the device, else any of the brand's (whatever products it names).
      const relation = declaredGroup === group ? undefined : applied ?? knownOem(catalog, declared, manufacturer, at)
      const known = declaredGroup === group || relation !== undefined
      if (known) explainedGroup = declaredGroup
      conflicts.push({ kind: 'oem_rebrand', declared, maker: manufacturer, methods: otherMethods, known, ...(relation ? { relation } : {}), ...(relation !== undefined && relation !== applied && outsideOemScope(memo, relation, device) ? { otherProducts: true } : {}) })
    }
  }
  // A brand that the device names itself (a banner, a scanner's product, a recorder's answer to
  // Dahua's discovery) where nobody declared one: when a known OEM relation has the brand sell the
  // maker's products, that brand is the label on the maker's device, not a rival maker. Reported
  // as the rebrand it is (`namedBy: 'banner'`), with the relation and its source.
  if (labels !== undefined) conflicts.push(...labelConflicts(memo, device, scored, labels, groupOfScored, group, manufacturer, (slug) => resolve(slug).group))
  let strongestRival = 0
  let rivals: { group: ManufacturerSlug; score: number; makers?: ManufacturerSlug[] }[] | undefined
  if (groups.length > 1) {
    rivals = []
    for (let k = 0; k < groups.length; k++) {
      if (k === best || groups[k] === explainedGroup) continue
      const rival: { group: ManufacturerSlug; score: number; makers?: ManufacturerSlug[] } = { group: groups[k]!, score: 1 - miss[k]! }
      // The makers below the group's top that its evidence names (EZVIZ, in Hikvision's group),
      // with those between them and the top: a list may name one of them.
      for (let i = 0; i < scored.length; i++) {
        if (groupOfScored[i] !== rival.group) continue
        for (const m of resolve(scored[i]!.evidence.manufacturer).chain) {
          if (m !== rival.group && !(rival.makers ??= []).includes(m)) rival.makers.push(m)
        }
      }
      rivals.push(rival)
    }
    rivals.sort((a, b) => b.score - a.score || (a.group < b.group ? -1 : 1))
    if (rivals.length > 0) {
      conflicts.push({ kind: 'contradicting_evidence', manufacturers: [group, ...rivals.map((r) => r.group)] })
      strongestRival = rivals[0]!.score
    }
  }
  const confidence = round(winnerScore * (1 - strongestRival / 2))

  const owners = resolve(manufacturer)
  for (const rel of owners.undated) {
    conflicts.push({
      kind: 'relation_date_unknown', manufacturer, parent: rel.parent,
      ...(rel.from !== undefined ? { from: rel.from } : {}),
      ...(rel.until !== undefined ? { until: rel.until } : {}),
      ...(given !== undefined ? { at: given } : {}),
      ...(device.manufactured !== undefined && device.dateKind !== undefined ? { atKind: device.dateKind } : {}),
    })
  }

  const attribution: Attribution = { deviceId: device.id, manufacturer, group, chain: owners.chain, confidence, evidence, conflicts, componentGroups, unrecognised }
  const { timed, ruledOut } = timedOwners(owners, given)
  // Chains are shared by the devices of one maker and date: the kind of date is the device's own.
  const kind = device.manufactured !== undefined ? device.dateKind : undefined
  if (timed !== undefined) attribution.timedOwners = kind === undefined ? timed : timed.map((t) => ({ ...t, atKind: kind }))
  if (ruledOut !== undefined) attribution.ruledOutOwners = kind === undefined ? ruledOut : ruledOut.map((t) => ({ ...t, atKind: kind }))
  if (rivals !== undefined && rivals.length > 0) {
    attribution.rivals = rivals.map((r) => (r.makers === undefined ? { group: r.group, score: round(r.score) } : { group: r.group, score: round(r.score), makers: r.makers }))
  }
  return attribution
}

/**
 * The banners that name a brand as a label only, by position in `scored`, each with the OEM relation
 * that makes it one: the brand is known to sell the products of a maker that other evidence names
 * (`knownOem`), and nothing but banners names the brand's own group (its own MAC block outweighs
 * the relation, as for a declared brand in `oemReading`). Undefined when there is none.
 */
function brandLabels(
  catalog: Catalog, scored: readonly Scored[], groupOfSlug: (slug: ManufacturerSlug) => ManufacturerSlug, at: string | undefined,
): Map<number, OemRelation> | undefined {
  let labels: Map<number, OemRelation> | undefined
  for (let i = 0; i < scored.length; i++) {
    const e = scored[i]!.evidence
    // Every relation of the brand counts, those that cover no device by its label too (see `knownOem`).
    if (e.method !== 'banner' || !catalog.oem.some((r) => r.brand === e.manufacturer)) continue
    const brandGroup = groupOfSlug(e.manufacturer)
    let relation: OemRelation | undefined
    let ownEvidence = false
    for (const other of scored) {
      const o = other.evidence
      if (o.method === 'oem' || o.method === 'declared') continue
      if (groupOfSlug(o.manufacturer) === brandGroup) ownEvidence ||= o.method !== 'banner'
      else relation ??= knownOem(catalog, e.manufacturer, o.manufacturer, at)
    }
    if (relation !== undefined && !ownEvidence) (labels ??= new Map()).set(i, relation)
  }
  return labels
}

/**
 * The `oem_rebrand` conflicts of the brands the device named as labels (`brandLabels`) of the maker
 * the attribution chose: the brand, the methods that name the maker, the relation with its source
 * (and whether it is on record for other products than this device), `namedBy: 'banner'`.
 */
function labelConflicts(
  memo: Memo, device: Device, scored: readonly Scored[], labels: ReadonlyMap<number, OemRelation>, groupOfScored: readonly ManufacturerSlug[],
  group: ManufacturerSlug, manufacturer: ManufacturerSlug, groupOfSlug: (slug: ManufacturerSlug) => ManufacturerSlug,
): Conflict[] {
  const methods: EvidenceMethod[] = []
  for (let i = 0; i < scored.length; i++) {
    const m = scored[i]!.evidence.method
    if (groupOfScored[i] === group && m !== 'oem' && !methods.includes(m)) methods.push(m)
  }
  const conflicts: Conflict[] = []
  const brands = new Set<ManufacturerSlug>()
  for (const [i, relation] of labels) {
    const brand = scored[i]!.evidence.manufacturer
    if (methods.length === 0 || brands.has(brand) || groupOfSlug(relation.maker) !== group) continue
    brands.add(brand)
    conflicts.push({
      kind: 'oem_rebrand', declared: brand, maker: manufacturer, methods, known: true, relation, namedBy: 'banner',
      ...(outsideOemScope(memo, relation, device) ? { otherProducts: true as const } : {}),
    })
  }
  return conflicts
}

/**
 * Which reading of a declared brand with an OEM relation combining leaves out: the declared name
 * (`declared`), so that the brand counts as the maker's through the relation, unless other evidence
 * names the brand's own group (its own MAC block), which then outweighs what the brand is reported
 * to sell in general (`oem`). Undefined when the device has no such relation.
 */
function oemReading(scored: readonly Scored[], groupOfSlug: (slug: ManufacturerSlug) => ManufacturerSlug): 'declared' | 'oem' | undefined {
  let declared: ManufacturerSlug | undefined
  let oem = false
  for (const s of scored) {
    if (s.evidence.method === 'declared') declared = s.evidence.manufacturer
    else if (s.evidence.method === 'oem') oem = true
  }
  if (declared === undefined || !oem) return undefined
  const brandGroup = groupOfSlug(declared)
  for (const s of scored) {
    const m = s.evidence.method
    if (m !== 'declared' && m !== 'oem' && groupOfSlug(s.evidence.manufacturer) === brandGroup) return 'oem'
  }
  return 'declared'
}

type OwnerLists = { timed?: readonly TimedOwner[]; ruledOut?: readonly TimedOwner[] }

/** `timedOwners` and `ruledOutOwners` by ownership chain (chains are memoized per maker and date, see `groupAt`). */
const TIMED_OWNERS = new WeakMap<ReturnType<typeof groupOf>, OwnerLists>()

/**
 * The relations of an ownership chain bounded in time, as `Attribution.timedOwners` gives them, and
 * those the date rules out, as `Attribution.ruledOutOwners` does; each undefined when there is none.
 */
function timedOwners(owners: ReturnType<typeof groupOf>, at: string | undefined): OwnerLists {
  const memo = TIMED_OWNERS.get(owners)
  if (memo !== undefined) return memo
  const owner = (manufacturer: ManufacturerSlug, r: ParentRelation): TimedOwner => ({
    manufacturer, parent: r.parent, kind: r.kind,
    ...(r.from !== undefined ? { from: r.from } : {}), ...(r.until !== undefined ? { until: r.until } : {}), ...(at !== undefined ? { at } : {}),
    source: r.source,
  })
  const lists: OwnerLists = {}
  let timed: TimedOwner[] | undefined
  owners.via.forEach((r, i) => {
    if (r.from !== undefined || r.until !== undefined) (timed ??= []).push(owner(owners.chain[i]!, r))
  })
  if (timed !== undefined) lists.timed = timed
  if (owners.ruledOut.length > 0) lists.ruledOut = owners.ruledOut.map((r) => owner(r.manufacturer, r.relation))
  TIMED_OWNERS.set(owners, lists)
  return lists
}

/** The group of a manufacturer at a date (memoized: ownership chains are walked once per maker and date). */
function groupAt(memo: Memo, catalog: Catalog, slug: ManufacturerSlug, at: string | undefined): ReturnType<typeof groupOf> {
  const key = at === undefined ? slug : `${slug}@${at}`
  return memo.groups.get(key) ?? put(memo.groups, key, groupOf(slug, at, catalog.manufacturers))
}

/** The OEM relation by which `brand` sells products of `maker` (or of its group) at `at`, if any. */
function knownOem(catalog: Catalog, brand: ManufacturerSlug, maker: ManufacturerSlug, at: string | undefined): OemRelation | undefined {
  const makerGroup = groupOf(maker, at, catalog.manufacturers).group
  return catalog.oem.find((r) =>
    r.brand === brand &&
    (r.maker === maker || groupOf(r.maker, at, catalog.manufacturers).group === makerGroup) &&
    (at === undefined || oemHoldsAt(r, at)))
}

/**
 * The `oem_rebrand` conflicts of a memoized combination, each relation's `otherProducts` set for this
 * device: when no evidence of the device read the relation and its model or role lies outside the
 * relation's scope (as `combine` decides it for the device it first ran for).
 */
function ownOemScope(memo: Memo, conflicts: readonly Conflict[], device: Device, scored: readonly Scored[]): Conflict[] {
  return conflicts.map((c) => {
    if (c.kind !== 'oem_rebrand' || c.relation === undefined) return c
    const relation = c.relation
    const other = !scored.some((s) => s.evidence.method === 'oem' && s.evidence.relation === relation) && outsideOemScope(memo, relation, device)
    if (other === (c.otherProducts === true)) return c
    const { otherProducts: _, ...rest } = c
    return other ? { ...rest, otherProducts: true as const } : rest
  })
}

/**
 * Whether a device is outside an OEM relation's scope by what it says of itself: a role the scope
 * does not list, or a model its pattern does not match, and neither in scope. A device that says
 * neither is not known to be outside, nor is one of a relation without a scope of roles or models.
 * Reads the relation's rule as `oemRules` compiled it (its pattern and the models it has tried).
 */
function outsideOemScope(memo: Memo, r: OemRelation, device: Device): boolean {
  const rule = memo.oem.get(r.brand)?.find((x) => x.relation === r)
  if (rule === undefined || rule.brandWide) return false
  if (inOemScope(rule, device)) return false
  return (rule.roles !== undefined && device.role !== undefined) || (rule.models !== undefined && (device.model?.trim() ?? '') !== '')
}

/**
 * Whether an OEM relation covers a device of date `at`: without a date, when it still holds; with
 * one, when the whole of it (a year or a month alone: all its days) falls in the relation's period.
 */
function oemHoldsAt(r: OemRelation, at: string | undefined): boolean {
  if (at === undefined) return r.until === undefined
  const [first, last] = dateSpan(at)
  return (r.from === undefined || r.from <= first) && (r.until === undefined || last < r.until)
}

/**
 * Whether the maker of an OEM relation made the device either way when the device's date straddles
 * a bound of the relation at which the maker came to own the brand, or ceased to: the part of the
 * date outside the relation falls wholly in a period the brand was the maker's (Dahua supplied Lorex
 * until it bought Lorex on 2018-02-06: a Lorex camera of 2018 was made by Dahua, or by its
 * subsidiary). A purchase date reaches back two years (`dateSpan`), and is handed over the same way.
 */
function oemHandsOver(r: OemRelation, at: string | undefined, brandParents: readonly ParentRelation[]): boolean {
  if (at === undefined) return false
  const [first, last] = dateSpan(at)
  // The relation must hold on some day of the date: its start before the date's end, its end after the date's start.
  if ((r.from !== undefined && dateSpan(r.from)[0] > last) || (r.until !== undefined && dateSpan(r.until)[1] <= first)) return false
  const owned = (start: string, endExclusive: string | undefined) => brandParents.some((p) => p.parent === r.maker &&
    (p.from === undefined || dateSpan(p.from)[1] <= start) &&
    (p.until === undefined || (endExclusive !== undefined && endExclusive <= dateSpan(p.until)[0])))
  if (r.from !== undefined && first < dateSpan(r.from)[1] && !owned(first, dateSpan(r.from)[1])) return false
  if (r.until !== undefined && last >= dateSpan(r.until)[0] && !owned(dateSpan(r.until)[0], dayAfter(last))) return false
  return true
}

/** The day after a YYYY-MM-DD day. */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

const round = (x: number): number => Math.round(x * 1000) / 1000

const METHOD_BIT = {
  declared: 1, oui: 2, snmp_enterprise: 4, banner: 8, model: 16, component: 32, oem: 64,
} as const satisfies Record<EvidenceMethod, number>

function popcount(x: number): number {
  let n = 0
  for (let v = x; v !== 0; v &= v - 1) n++
  return n
}

/** Whether `text` is a MAC the IEEE assigns from its blocks: not all zeros, not locally administered, not multicast. */
/** MACs below this are in the 00-00-00 block. */
const TWO_24 = 0x1000000

function isUniversalMac(text: string): boolean {
  const mac = parseMac(text)
  return mac !== undefined && mac !== 0 && !isLocallyAdministered(mac) && !isMulticast(mac)
}
