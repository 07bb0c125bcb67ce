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
  source: Source
}

/** Brand `brand` sells products made by `maker` (an OEM / ODM relation). */
export type OemRelation = {
  brand: ManufacturerSlug
  maker: ManufacturerSlug
  /** Which products, in words (e.g. "IP cameras and NVRs"). */
  products?: string
  from?: string
  until?: string
  source: Source
}

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
}
