import type { ManufacturerSlug, OemRelation, RelationKind, Source } from './manufacturer.js'

/** One observation that points at a manufacturer. `method` says how it was obtained. */
export type Evidence =
  /**
   * `value`: the manufacturer as the inventory writes it; with `field: 'model'`, the maker's name
   * that a model begins with ("Dell" of "Dell PowerEdge R750") in an inventory that declares none.
   */
  | { method: 'declared'; manufacturer: ManufacturerSlug; value: string; field?: 'model' }
  /**
   * `interfaceOnly`: the block is a network-interface maker's (see `Manufacturer.interfaceMaker`)
   * and no other evidence names that maker's group, so the MAC names the interface's maker, not the
   * device's: listed with the components, not weighed.
   * `contractManufacturer`: the block is a contract manufacturer's (see
   * `Manufacturer.contractManufacturer`) and the device's other evidence names another maker and
   * not the builder: the MAC names who built the device for that maker, listed with the evidence,
   * not weighed, and no conflict.
   */
  | { method: 'oui'; manufacturer: ManufacturerSlug; value: string; prefix: string; registry: OuiRegistry; organization: string; interfaceOnly?: true; contractManufacturer?: true }
  /**
   * `value`: the sysObjectID, or, with `privateObject`, an object the agent answered under the
   * maker's enterprise number when it gave no sysObjectID (weaker: see EVIDENCE_WEIGHTS).
   * `product`: the product the sysObjectID names in its maker's MIB (`S5328C-EI`), when known.
   */
  | { method: 'snmp_enterprise'; manufacturer: ManufacturerSlug; value: string; enterprise: number; organization: string; product?: string; privateObject?: true }
  /** `command`: the command whose output the text is (`show version`), for a device's saved command output. */
  | { method: 'banner'; manufacturer: ManufacturerSlug; value: string; pattern: string; protocol: string; product?: string; version?: string; command?: string }
  /**
   * `brand`: the brand a maker's model is sold under (a Huawei-made Vodafone USB modem); `serial`:
   * the serial number the model was read from (Hikvision's begin with it), when no model was given.
   */
  | { method: 'model'; manufacturer: ManufacturerSlug; value: string; pattern: string; product?: string; brand?: ManufacturerSlug; serial?: string }
  | { method: 'component'; manufacturer: ManufacturerSlug; value: string; kind?: string }
  /**
   * The declared brand (`value`, as the inventory writes it; `brand`, its catalog slug) sells the
   * maker's products by an OEM relation that covers this device (its date, role or model): what a
   * brand is reported to sell, not what this device shows, so it is weak (see EVIDENCE_WEIGHTS).
   */
  | { method: 'oem'; manufacturer: ManufacturerSlug; value: string; brand: ManufacturerSlug; relation: OemRelation }
/** How a piece of evidence was found (`declared`, `oui`, `snmp_enterprise`, `banner`, `model`, `component`, `oem`). */
export type EvidenceMethod = Evidence['method']

/** IEEE registries: MA-L (24-bit), MA-M (28-bit), MA-S (36-bit), IAB (36-bit), CID (not a manufacturer). */
export type OuiRegistry = 'MA-L' | 'MA-M' | 'MA-S' | 'IAB' | 'CID'

/** Why a device has no manufacturer or a contradiction between its evidence. */
export type Conflict =
  /**
   * A declared manufacturer that the other evidence contradicts. `known` when the declared brand
   * belongs to the maker's group at the device's date or sells the maker's products; `relation` is
   * the OEM relation (with its source) that explains it, in the latter case. `otherProducts` is
   * true when that relation is on record for other products than this device (its model or role
   * is outside the relation's scope): the brand is known to sell the maker's products, but not
   * this one on record (a Vodafone router of Huawei's, where the relation is Vodafone's Huawei USB
   * modems). `namedBy: 'banner'` when nobody declared the brand and the device named it itself (a
   * banner, a scanner's product, a recorder's answer to its maker's discovery), and a known OEM
   * relation has the brand sell the maker's products: then `declared` is the brand it named.
   * `declaredAt`: where it was declared, for a device merged from several records.
   */
  | {
    kind: 'oem_rebrand'; declared: ManufacturerSlug; maker: ManufacturerSlug; methods: EvidenceMethod[]; known: boolean; relation?: OemRelation; otherProducts?: true; namedBy?: 'banner'
    /**
     * Where the declared name was read, for a device merged from several records (`Device.sources`):
     * each record that declares a maker the evidence contradicts has its own conflict.
     */
    declaredAt?: { file: string; sheet?: string; line?: number }
  }
  | { kind: 'contradicting_evidence'; manufacturers: ManufacturerSlug[] }
  /**
   * A time-bound ownership relation of the maker that the device's date cannot decide: the device
   * has no date, or the date it is attributed at (`at`: its `manufactured` date, or identify's `at`)
   * and a bound of the relation fall in one year or month, either known no closer (a device of 2020
   * and Honor's sale on 2020-11-17; a device of 2020-05-01 and HMN Technologies, Huawei's "until 2020").
   */
  | {
    kind: 'relation_date_unknown'; manufacturer: ManufacturerSlug; parent: ManufacturerSlug; from?: string; until?: string; at?: string
    /** `purchased` when `at` is the date the device was bought or installed (see `Device.dateKind`). */
    atKind?: 'purchased'
  }

/** An ownership relation bounded in time that an attribution followed from `manufacturer` to `parent`. */
export type TimedOwner = {
  manufacturer: ManufacturerSlug; parent: ManufacturerSlug; kind: RelationKind; from?: string; until?: string; at?: string
  /** `purchased` when `at` is the date the device was bought or installed (see `Device.dateKind`). */
  atKind?: 'purchased'
  /** Where the catalog has the relation from. */
  source: Source
}

/** A device attributed to its real manufacturer and that manufacturer's group, with the evidence. */
export type Attribution = {
  deviceId: string
  /** The manufacturer that made the device, or undefined when unknown. */
  manufacturer: ManufacturerSlug | undefined
  /** The group at the top of the manufacturer's ownership chain at the device's date. */
  group: ManufacturerSlug | undefined
  /**
   * That ownership chain, from the manufacturer up to the group (`[h3c, 3com, hpe]` for an H3C
   * switch of 2012): a policy list that names a maker below the top names its devices too.
   * Undefined when the manufacturer is unknown, or in an attribution built by hand (then only
   * `manufacturer` and `group` are known).
   */
  chain?: readonly ManufacturerSlug[] | undefined
  /**
   * The relations of that chain bounded in time, which the device's date decided (Honor, a brand
   * of Huawei from 2013 until 2020-11-17, for a phone of 2019), with the date they were read at
   * (undefined: the device has no date, and only relations holding today were followed). Absent
   * when the chain has none.
   */
  timedOwners?: readonly TimedOwner[]
  /**
   * The relations bounded in time of that chain's makers that the device's date rules out, with
   * that date: why the group is not another (Honor, a brand of Huawei until 2020-11-17, for a
   * phone of 2022; Lorex, Dahua's from 2018-02-06, for a camera of 2017). Absent when none is.
   */
  ruledOutOwners?: readonly TimedOwner[]
  /** In [0, 1]: how sure the evidence makes the attribution. 0 when unknown. */
  confidence: number
  evidence: Evidence[]
  conflicts: Conflict[]
  /** Why the manufacturer is unknown (only when it is). */
  unknownReason?: 'no_evidence' | 'unrecognised_evidence'
  /**
   * Groups of hardware components inside the device (a HiSilicon SoC in another brand's camera),
   * also those of network interfaces its MACs name and no other evidence does (an Intel card).
   */
  componentGroups: ManufacturerSlug[]
  /**
   * Identifiers that were read but name no catalog manufacturer (an OUI of an unlisted organisation).
   * `noMaker` says why a known number names none: a sysObjectID under an enterprise number that the
   * agent software of many makers reports (Net-SNMP's 8072 on a Linux host, Microsoft's 311 on a
   * Windows server), so that the reason reads as what it is and not as a gap in the catalog.
   */
  unrecognised: { method: EvidenceMethod; value: string; organization?: string; noMaker?: string }[]
  /**
   * The other groups the evidence points at when it contradicts itself (see the
   * `contradicting_evidence` conflict), with how strongly, in [0, 1], strongest first: a policy
   * that lists one of them still reports the device, to be confirmed (a Huawei MAC on a device
   * attributed to another maker). Absent when the evidence agrees. `makers` lists the makers
   * below the group's top that its evidence names, and those between them and the top (EZVIZ, in
   * Hikvision's group), when it names any: a list that names one of them reports the device too.
   */
  rivals?: readonly { group: ManufacturerSlug; score: number; makers?: readonly ManufacturerSlug[] }[]
}

/** The pattern name of banner evidence from a sysDescr that matched no pattern but names a manufacturer (weak). */
export const SYSDESCR_NAME_PATTERN = 'sysdescr-names-manufacturer'

/**
 * The pattern name of banner evidence from a banner the device sent (a Server header, a title, a
 * greeting) that matched no pattern but names a manufacturer (weak, as a sysDescr's name).
 */
export const BANNER_NAME_PATTERN = 'banner-names-manufacturer'

/**
 * The pattern name of banner evidence from the subject of a certificate a device issued itself
 * (`commonName=192.168.1.1/organizationName=ZTE`) that matched no pattern but whose organisation
 * names a manufacturer (weak, as a banner's name: an organisation's internal authority signs its
 * own servers' certificates the same way).
 */
export const CERTIFICATE_NAME_PATTERN = 'certificate-names-manufacturer'

/**
 * The pattern name of banner evidence from a product a scanner named for a service (nmap -sV:
 * `Huawei VRP sshd`) that matched no pattern but names a manufacturer (weak: second-hand).
 */
export const PRODUCT_NAME_PATTERN = 'scanner-product-names-manufacturer'

/**
 * The pattern name of banner evidence from a CPE a scanner gave a service (nmap -sV:
 * `cpe:/h:huawei:hg8245t`, `cpe:/o:huawei:vrp`) that names a device maker (weak, as a product name).
 */
export const SCANNER_CPE_PATTERN = 'scanner-cpe-names-manufacturer'

/**
 * The pattern name of banner evidence from the extra information a scanner gave a service's match
 * (nmap -sV `extrainfo`: `Huawei SmartAX MT882 ADSL router UPnP`, `model: DS-2CD2032-I`) that
 * names a manufacturer or a model of one (weak, as a product name).
 */
export const SCANNER_INFO_PATTERN = 'scanner-info-names-manufacturer'

/** The pattern name of banner evidence from the VENDOR field of a DOCSIS sysDescr (`<<HW_REV: ...; VENDOR: Huawei; ...>>`). */
export const DOCSIS_VENDOR_PATTERN = 'docsis-sysdescr-vendor'
