import type { DeviceRole } from './device.js'

/** A stable lowercase identifier of a manufacturer in the catalog: `huawei`, `hisilicon`, `zte`. */
export type ManufacturerSlug = string

/** Where a fact in the catalog comes from: a law, a regulator's page, a company filing, a news report. */
export type Source = {
  title: string
  url?: string
  /** When the source was published or read (ISO date). */
  date?: string
}

/** How a manufacturer belongs to another. */
export type RelationKind = 'subsidiary' | 'affiliate' | 'brand' | 'division'

/** Membership of a manufacturer in a group, for a period. */
export type ParentRelation = {
  parent: ManufacturerSlug
  kind: RelationKind
  /** First day the relation held (ISO date); open when absent. */
  from?: string
  /** First day the relation no longer held (ISO date); open when absent. */
  until?: string
  /**
   * The relation began with the maker (a brand launched, a company founded by its parent): nothing
   * of the maker was made before `from`, so a device of the year of `from`, or bought or installed
   * after it, was made after it too. Without it, such a device may have been made before (a company
   * bought with its stock).
   */
  founded?: true
  source: Source
}

/** Brand `brand` sells products made by `maker` (an OEM / ODM relation). */
export type OemRelation = {
  brand: ManufacturerSlug
  maker: ManufacturerSlug
  /** Which products, in words (e.g. "IP cameras and NVRs"). */
  products?: string
  /**
   * Which of the brand's devices the relation attributes to the maker on their label alone:
   * `brand`, every device of the brand (it sells nothing else of note); an `OemScope`, those of
   * some roles or models, when the products are a part of what the brand sells; `none`, no device,
   * when the products cannot be told from an inventory's fields (the relation then only explains
   * a declared brand that other evidence contradicts).
   */
  scope: 'brand' | 'none' | OemScope
  /** First day the relation held (ISO date); open when absent. */
  from?: string
  /** First day the relation no longer held (ISO date); open when absent. */
  until?: string
  source: Source
}

/**
 * The devices of a brand an OEM relation covers: those of one of `roles`, and those whose model
 * matches `models`; either is enough. A device with neither a role nor a model is covered only by
 * brand-wide relations (`scope: 'brand'`).
 */
export type OemScope = {
  roles?: readonly DeviceRole[]
  /**
   * A regular expression (its source, as JSON can carry it) over the model as the inventory writes
   * it, matched without regard to case: `^K\\d{4}(?!-Z)` for Vodafone's Huawei-made modems.
   */
  models?: string
}

/**
 * A company that split into several on a date (Hewlett-Packard into HP Inc. and Hewlett Packard
 * Enterprise on 1 Nov 2015). Its `names` (as registries and inventories still write them: the
 * registry kept "Hewlett Packard" on the old blocks) name either successor.
 */
export type CompanySplit = { company: string; on: string; names: readonly string[]; source: Source }

/** A maker of equipment, with the names it goes by and the groups it belongs to. */
export type Manufacturer = {
  slug: ManufacturerSlug
  name: string
  /** Other names: legal names, short names, transliterations, registry spellings. */
  aliases: string[]
  /** ISO 3166-1 alpha-2 country of the headquarters. */
  country?: string
  parents: ParentRelation[]
  sources: Source[]
  /**
   * Set for a maker of network interfaces (controllers, cards, Wi-Fi chips) that other makers build
   * into their devices, with the source that says so: a MAC in its IEEE blocks names the
   * interface's maker, which is the device's maker only when other evidence names it too (an Intel
   * MAC on a Dell server is Intel's network card).
   */
  interfaceMaker?: Source
  /**
   * Blocks of a maker of whole devices that number interfaces of others' devices all the same (the
   * block of Hyper-V's virtual network cards among Microsoft's Surface and Xbox blocks), by prefix
   * (hex digits as the registry writes them), with the source: read as `interfaceMaker`'s blocks.
   */
  interfaceBlocks?: { prefixes: readonly string[]; source: Source }
  /**
   * Set for a contract manufacturer or ODM that builds whole devices for other brands (Hon Hai for
   * Cisco, Sony and Dell; Quanta and Compal for HP and Dell), with the source that says so. A MAC in
   * its blocks on a device whose other evidence names another maker (its declared maker, its model
   * number, sysObjectID or a banner) is the builder's, listed with `contractManufacturer` and not
   * weighed: no second group and no rebrand. A MAC that is all a device shows names the builder.
   */
  contractManufacturer?: Source
  /**
   * Set for a maker of operating systems and server software that runs on other makers' hardware
   * (Windows, IIS, SQL Server), with the source that says so: its name in a banner, a sysDescr or a
   * scanner's product name ("Microsoft IIS httpd", "Microsoft Windows RPC") names that software,
   * not the device's maker. Declared names, MAC blocks and enterprise numbers still name it.
   */
  softwareMaker?: Source
  /**
   * Set for a maker of chips (SoCs) that other makers build into their devices, with the source
   * that says so: its name in a banner, a sysDescr or a scanner's product name (a boot log's
   * "Machine model: Hisilicon Hi3516CV300 DEMO Board", a toolchain's "Hisilicon_v300") names the
   * chip, a component of kind `soc`, not the device's maker. Declared names, MAC blocks and
   * enterprise numbers still name it.
   */
  chipMaker?: Source
  /**
   * The split this maker came out of: evidence that names it by a name of the company before the
   * split counts for the sibling instead when the device's other evidence names the sibling (an HP
   * printer in a block the registry still calls "Hewlett Packard" is HP Inc.'s, not HPE's).
   */
  splitFrom?: CompanySplit
}
