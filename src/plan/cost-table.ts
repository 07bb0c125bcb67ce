/**
 * Default replacement costs by device role and model, in US dollars, with the public figure each
 * one comes from.
 *
 * Few public figures exist per device. The ones used here:
 *
 * - FCC, 9 Feb 2022 (DA 22-131): 181 applications to the Secure and Trusted Communications
 *   Networks Reimbursement Program asked for about $5.6 billion to remove, replace and dispose of
 *   about 24,000 units of covered equipment at about 8,400 locations.
 * - FCC Chairwoman's letters to Congress, 15 Jul 2022: all reasonable and supported cost estimates
 *   plus administrative expenses need $4.98 billion (reported by Consumer Electronics Daily and
 *   Next TV; the FCC letter is DOC-385335).
 * - Light Reading, 27 May 2022: PTCI asked for about $29 million for 44 cell towers; United
 *   Wireless for $173 million for 110 towers.
 * - The Lens (New Orleans): a city surveillance camera costs $1,094 to $8,263 up front, labour is
 *   billed at $125 an hour, and purchase plus installation came to about $9,200 per camera.
 * - KETK (Tyler, Texas): Smith County paid about $400,000 for 108 Motorola handheld radios.
 *
 * Where a row splits a public total into equipment, labour and per-site overhead, or scales it to
 * one device, its `source.kind` is `derived` and the title says what it was derived from. Rows
 * with no public figure at all are `placeholder`: round numbers to be replaced by the user's own
 * quotes (`--costs costs.csv`). Every figure is a planning default, not a price quote.
 */
import type { DeviceRole } from '../domain/device.js'

/** Where a cost figure comes from. */
export type CostSource = {
  /**
   * `public`: the figure is stated in the source; `derived`: computed from a figure in the source
   * (the title says how); `placeholder`: no public figure was found, a round planning number.
   */
  kind: 'public' | 'derived' | 'placeholder'
  title: string
  /** Absent for placeholders. */
  url?: string
  /** Publication date (ISO, or the year when only that is known). */
  date?: string
}

/** How a cost row matches a device's model. */
export type ModelMatcher =
  | { kind: 'exact'; model: string }
  /** A regular expression, searched for anywhere in the model string, case-insensitively. */
  | { kind: 'pattern'; pattern: string }

/** One row of a cost table: what replacing a device of this role (and model) costs. */
export type CostRow = {
  /** Stable id shown as the cost's source, e.g. `default:ran/huawei-bbu` or `costs.csv:4`. */
  id: string
  role: DeviceRole
  /** Absent: the row applies to every device of the role that no model row matched. */
  model?: ModelMatcher
  /** Replacement hardware and licences, USD. */
  equipment: number
  /** Removal, installation, configuration and disposal work, USD. */
  labour: number
  /** Per-site costs (mobilisation, tower crew, structural analysis, permits), USD. */
  siteOverhead: number
  source: CostSource
}

/** A cost table: model rows are tried first (in order), then the role row, then the `other` row. */
export type CostTable = { rows: readonly CostRow[] }

const FCC_APPLICATIONS: Omit<CostSource, 'kind' | 'title'> = {
  url: 'https://docs.fcc.gov/public/attachments/DA-22-131A1.txt',
  date: '2022-02-09',
}
const FCC_NEED: Omit<CostSource, 'kind' | 'title'> = {
  url: 'https://docs.fcc.gov/public/attachments/DOC-385335A1.txt',
  date: '2022-07-15',
}

/**
 * All-in cost of one RAN site: $4.98B of approved need (FCC, 15 Jul 2022) over the ~8,400
 * locations of the applications (FCC DA 22-131) ≈ $593k. The split into equipment, labour and
 * site overhead (60/25/15 %) is trustpath's assumption. Light Reading's PTCI figure ($29M for
 * 44 towers ≈ $659k) is of the same size.
 */
const RAN_SITE = { equipment: 355_000, labour: 148_000, siteOverhead: 90_000 } as const

/** Average per covered unit: $5.6B requested for ~24,000 units (FCC DA 22-131) ≈ $233k. */
const PER_UNIT = { equipment: 180_000, labour: 33_000, siteOverhead: 20_000 } as const

const placeholder = (what: string): CostSource => ({
  kind: 'placeholder',
  title: `trustpath placeholder: no public figure found for ${what}; replace with your own quotes`,
})

/** The built-in cost table (USD). Override rows with `parseCostOverrides` and `buildCostTable`. */
export const DEFAULT_COST_TABLE: CostTable = {
  rows: [
    // RAN: a site's baseband unit carries most of the site; its radio units a smaller share.
    {
      id: 'default:ran/baseband-unit',
      role: 'ran',
      // Huawei BBU3900/BBU5900, ZTE ZXSDR B8200 / V9200 baseband units.
      model: { kind: 'pattern', pattern: '\\b(BBU\\s?\\d{4}|ZXSDR\\s?B\\d{4}|V9200)\\b' },
      equipment: 200_000,
      labour: 60_000,
      siteOverhead: RAN_SITE.siteOverhead,
      source: {
        kind: 'derived',
        title: 'Estimate derived from the FCC figures ($4.98B approved need over ~8,400 locations ≈ $593k per site): ' +
          'the baseband unit\'s share of a site with one baseband unit and three radio units',
        ...FCC_NEED,
      },
    },
    {
      id: 'default:ran/radio-unit',
      role: 'ran',
      // Huawei AAU/RRU (AAU5613, RRU3959), ZTE ZXSDR R8xxx / A9xxx radio units.
      model: { kind: 'pattern', pattern: '\\b(AAU\\s?\\d{4}\\w*|RRU\\s?\\d{4}\\w*|ZXSDR\\s?R\\d{4}\\w*|A9\\d{3}\\w*)\\b' },
      equipment: 40_000,
      labour: 20_000,
      siteOverhead: RAN_SITE.siteOverhead,
      source: {
        kind: 'derived',
        title: 'Estimate derived from the FCC figures ($4.98B approved need over ~8,400 locations ≈ $593k per site): ' +
          'one radio unit\'s share of a site with one baseband unit and three radio units',
        ...FCC_NEED,
      },
    },
    {
      id: 'default:ran',
      role: 'ran',
      ...RAN_SITE,
      source: {
        kind: 'derived',
        title: 'Estimate derived from the FCC figures: $4.98B approved need (letter to Congress, 15 Jul 2022) over ' +
          '~8,400 locations (DA 22-131) ≈ $593k per RAN site all-in; split 60/25/15 % by trustpath',
        ...FCC_NEED,
      },
    },
    // Core and transport routers.
    {
      id: 'default:core/ne40e-class-router',
      role: 'core',
      // Huawei NE40E/NE5000E/NE8000, ZTE ZXR10 M6000/T8000 service and core routers.
      model: { kind: 'pattern', pattern: '\\b(NE40E|NE5000E|NE8000|NE9000|ZXR10\\s?(M6000|T8000))\\b' },
      ...PER_UNIT,
      source: {
        kind: 'derived',
        title: 'Estimate derived from the FCC figures: ~$5.6B requested for ~24,000 covered units (DA 22-131) ≈ $233k per unit',
        ...FCC_APPLICATIONS,
      },
    },
    {
      id: 'default:core',
      role: 'core',
      ...PER_UNIT,
      source: {
        kind: 'derived',
        title: 'Estimate derived from the FCC figures: ~$5.6B requested for ~24,000 covered units (DA 22-131) ≈ $233k per unit',
        ...FCC_APPLICATIONS,
      },
    },
    { id: 'default:transport', role: 'transport', equipment: 40_000, labour: 8_000, siteOverhead: 5_000, source: placeholder('a transport router or microwave link') },
    { id: 'default:aggregation', role: 'aggregation', equipment: 25_000, labour: 5_000, siteOverhead: 5_000, source: placeholder('an aggregation switch or router') },
    // Fixed access.
    {
      id: 'default:access/olt',
      role: 'access',
      // Huawei MA5800/MA5600T/EA5800, ZTE ZXA10 C300/C600 OLTs.
      model: { kind: 'pattern', pattern: '\\b(MA5[68]\\d{2}\\w*|EA5800\\w*|ZXA10\\s?C[36]\\d{2})\\b' },
      equipment: 30_000,
      labour: 6_000,
      siteOverhead: 3_000,
      source: placeholder('an OLT chassis with line cards'),
    },
    { id: 'default:access', role: 'access', equipment: 5_000, labour: 1_000, siteOverhead: 1_000, source: placeholder('an access switch') },
    {
      id: 'default:cpe/ont',
      role: 'cpe',
      // Huawei EchoLife HG8xxx/EG8xxx, ZTE ZXHN F6xx ONTs.
      model: { kind: 'pattern', pattern: '\\b(HG8\\d{3}\\w*|EG8\\d{3}\\w*|HN8\\d{3}\\w*|ZXHN\\s?F\\d{3,4}\\w*)\\b' },
      equipment: 150,
      labour: 150,
      siteOverhead: 0,
      source: placeholder('an ONT (optical network terminal)'),
    },
    { id: 'default:cpe', role: 'cpe', equipment: 200, labour: 150, siteOverhead: 0, source: placeholder('a customer router') },
    // Video surveillance.
    {
      id: 'default:camera/nvr',
      role: 'camera',
      // Hikvision DS-7xxx/DS-9xxx, Dahua NVR4xxx/NVR5xxx recorders.
      model: { kind: 'pattern', pattern: '\\b(DS-[79]\\d{3}\\w*|NVR\\d{4}\\w*)\\b' },
      equipment: 3_000,
      labour: 1_000,
      siteOverhead: 0,
      source: placeholder('a network video recorder'),
    },
    {
      id: 'default:camera',
      role: 'camera',
      equipment: 1_094,
      labour: 500,
      siteOverhead: 0,
      source: {
        kind: 'derived',
        title: 'Reported by The Lens (New Orleans), "The Cost of a Camera": camera hardware $1,094-$8,263 each (low end taken), ' +
          'labour $125/hour (4 hours assumed); the city put purchase and installation at about $9,200 per camera',
        url: 'https://surveillance.thelensnola.org/cost/',
        date: '2021',
      },
    },
    // Land mobile radio.
    {
      id: 'default:radio/repeater',
      role: 'radio',
      // Hytera RD98x/RD96x DMR repeaters, DS-6310 and similar base stations.
      model: { kind: 'pattern', pattern: '\\b(RD9[68]\\d\\w*|RD6[23]\\d\\w*|HR10\\d{2}\\w*|DS-6\\d{3}\\w*)\\b' },
      equipment: 6_000,
      labour: 2_000,
      siteOverhead: 2_000,
      source: placeholder('a DMR repeater'),
    },
    {
      id: 'default:radio',
      role: 'radio',
      equipment: 3_700,
      labour: 0,
      siteOverhead: 0,
      source: {
        kind: 'derived',
        title: 'Reported by KETK (Tyler, Texas): Smith County paid about $400,000 for 108 Motorola handheld radios ≈ $3,700 each',
        url: 'https://www.ketk.com/news/local-news/smith-county-begins-replacing-unreliable-communication-radios-used-for-public-safety/',
      },
    },
    { id: 'default:server', role: 'server', equipment: 12_000, labour: 2_000, siteOverhead: 0, source: placeholder('a server') },
    { id: 'default:other', role: 'other', equipment: 5_000, labour: 1_000, siteOverhead: 0, source: placeholder('a device of unknown role') },
  ],
}
