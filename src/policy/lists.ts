import type { Source } from '../domain/manufacturer.js'
import type { CategoryEntry, ListEntry, Purpose, VendorList } from './policy.js'
import { PURPOSES } from './policy.js'

/** The FCC's Covered List page; entries transcribed from the table as published (snapshot 2026-08-20). */
const FCC_COVERED_LIST: Source = {
  title: 'FCC, List of Equipment and Services Covered By Section 2 of The Secure Networks Act (Covered List)',
  url: 'https://www.fcc.gov/supplychain/coveredlist',
  date: '2026-08-20',
}

/** NDAA FY2019 s.889(f)(3), as enacted. */
const PL_115_232_S889: Source = {
  title: 'John S. McCain National Defense Authorization Act for Fiscal Year 2019, Pub. L. 115-232, s.889',
  url: 'https://www.congress.gov/115/plaws/publ232/PLAW-115publ232.pdf',
  date: '2018-08-13',
}

/** The four purposes of the Covered List's and s.889(f)(3)(B)'s limitation for Hytera, Hikvision and Dahua. */
const LIMITED: readonly Purpose[] = PURPOSES

const FCC_PURPOSE_TEXT = (entity: string): string =>
  `Video surveillance and telecommunications equipment produced by ${entity}, to the extent it is used for the purpose of ` +
  'public safety, security of government facilities, physical security surveillance of critical infrastructure, and other ' +
  'national security purposes, including telecommunications or video surveillance services provided by such entity or using such equipment.'

const FCC_TELECOM_TEXT = (entity: string): string =>
  `Telecommunications equipment produced by ${entity}, including telecommunications or video surveillance services ` +
  'provided by such entity or using such equipment.'

const PACIFIC_TEXT = 'International telecommunications services provided by Pacific Networks Corp and its wholly-owned ' +
  'subsidiary ComNet (USA) LLC subject to section 214 of the Communications Act of 1934.'

const S1709_TEXT = 'All communications and video surveillance equipment and services listed in Section 1709(a)(1) of the ' +
  'FY25 National Defense Authorization Act (Pub. L. 118-159).'

const fcc = (entry: Omit<ListEntry, 'source'>): ListEntry => ({ ...entry, source: FCC_COVERED_LIST })
/** An entry for section 214 telecommunications services an entity provides: it covers no equipment. */
const fccServices = (entry: Omit<ListEntry, 'source' | 'covers'>): ListEntry => ({ ...entry, covers: 'services', source: FCC_COVERED_LIST })

// One row per entity and entry of the Covered List table. The section 214 entries (China Mobile
// International USA, China Telecom (Americas), Pacific Networks and ComNet, China Unicom (Americas),
// Digitalsystem Technology) cover the telecommunications services those companies provide, not
// equipment: a China Mobile IoT module is not covered equipment, so they match no device. Kaspersky appears twice (AO Kaspersky Lab
// in 2022, Kaspersky Lab, Inc. in 2024); the evaluator reports the earliest entry of a group. The
// s.1709 entry names DJI and Autel Robotics through FY25 NDAA s.1709(a)(1); in the published table
// it shares a row with the foreign-produced UAS entry, both first dated December 22, 2025.
const FCC_ENTRIES: readonly ListEntry[] = [
  fcc({ group: 'huawei', name: 'Huawei Technologies Company', since: '2021-03-12', text: FCC_TELECOM_TEXT('Huawei Technologies Company') }),
  fcc({ group: 'zte', name: 'ZTE Corporation', since: '2021-03-12', text: FCC_TELECOM_TEXT('ZTE Corporation') }),
  fcc({ group: 'hytera', name: 'Hytera Communications Corporation', since: '2021-03-12', purposes: LIMITED, text: FCC_PURPOSE_TEXT('Hytera Communications Corporation') }),
  fcc({ group: 'hikvision', name: 'Hangzhou Hikvision Digital Technology Company', since: '2021-03-12', purposes: LIMITED, text: FCC_PURPOSE_TEXT('Hangzhou Hikvision Digital Technology Company') }),
  fcc({ group: 'dahua', name: 'Dahua Technology Company', since: '2021-03-12', purposes: LIMITED, text: FCC_PURPOSE_TEXT('Dahua Technology Company') }),
  fcc({
    group: 'kaspersky', name: 'AO Kaspersky Lab', since: '2022-03-25',
    text: 'Information security products, solutions, and services supplied, directly or indirectly, by AO Kaspersky Lab or any of ' +
      'its predecessors, successors, parents, subsidiaries, or affiliates.',
  }),
  fccServices({
    group: 'china-mobile', name: 'China Mobile International USA Inc.', since: '2022-03-25',
    text: 'International telecommunications services provided by China Mobile International USA Inc. subject to section 214 of the Communications Act of 1934.',
  }),
  fccServices({
    group: 'china-telecom', name: 'China Telecom (Americas) Corp.', since: '2022-03-25',
    text: 'Telecommunications services provided by China Telecom (Americas) Corp. subject to section 214 of the Communications Act of 1934.',
  }),
  fccServices({ group: 'pacific-networks', name: 'Pacific Networks Corp', since: '2022-09-20', text: PACIFIC_TEXT }),
  fccServices({ group: 'comnet', name: 'ComNet (USA) LLC', since: '2022-09-20', text: PACIFIC_TEXT }),
  fccServices({
    group: 'china-unicom', name: 'China Unicom (Americas) Operations Limited', since: '2022-09-20',
    text: 'International telecommunications services provided by China Unicom (Americas) Operations Limited subject to section 214 of the Communications Act of 1934.',
  }),
  fcc({
    group: 'kaspersky', name: 'Kaspersky Lab, Inc.', since: '2024-07-23',
    text: 'Cybersecurity and anti-virus software produced or provided by Kaspersky Lab, Inc. or any of its successors and assignees.',
  }),
  fcc({ group: 'dji', name: 'Shenzhen Da-Jiang Innovations Sciences and Technologies Company Limited (DJI)', since: '2025-12-22', text: S1709_TEXT }),
  fcc({ group: 'autel-robotics', name: 'Autel Robotics', since: '2025-12-22', text: S1709_TEXT }),
  fccServices({
    group: 'digitalsystem-technology', name: 'Digitalsystem Technology Inc.', since: '2026-07-07',
    text: 'International telecommunications services provided by Digitalsystem Technology Inc., subject to section 214 of the Communications Act of 1934.',
  }),
]

// Entries that cover products by origin, not by manufacturer: no attribution can match them, so
// they are carried for completeness and traceability only.
const FCC_CATEGORIES: readonly CategoryEntry[] = [
  {
    name: 'uncrewed aircraft systems (UAS) and UAS critical components produced in a foreign country',
    since: '2025-12-22',
    text: 'Uncrewed aircraft systems (UAS) and UAS critical components produced in a foreign country, except those on the ' +
      "DCMA's Blue UAS Cleared List or qualifying as domestic end products (both until January 1, 2028), devices granted a " +
      'Conditional Approval by DoW or DHS, and foreign-produced "Toy Drones" (updated January 7, March 18, June 15 and July 21, 2026).',
    source: FCC_COVERED_LIST,
  },
  { name: 'routers produced in a foreign country', since: '2026-03-23', text: 'Routers produced in a foreign country, except routers which have been granted a Conditional Approval by DoW or DHS.', source: FCC_COVERED_LIST },
  { name: 'foreign-produced power inverters', since: '2026-07-28', text: 'Foreign-produced power inverters, except power inverters which have been granted a Conditional Approval by DoW or DHS.', source: FCC_COVERED_LIST },
  { name: 'foreign-produced advanced robotic devices', since: '2026-07-28', text: 'Foreign-produced advanced robotic devices, except advanced robotic devices which have been granted a Conditional Approval by DoW.', source: FCC_COVERED_LIST },
]

const S889_A = 'Telecommunications equipment produced by Huawei Technologies Company or ZTE Corporation (or any subsidiary or ' +
  'affiliate of such entities). [s.889(f)(3)(A)]'
const S889_B = 'For the purpose of public safety, security of government facilities, physical security surveillance of critical ' +
  'infrastructure, and other national security purposes, video surveillance and telecommunications equipment produced by ' +
  'Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company, or Dahua Technology Company (or any ' +
  'subsidiary or affiliate of such entities). [s.889(f)(3)(B)]'

const s889 = (entry: Omit<ListEntry, 'source' | 'since'>): ListEntry => ({ ...entry, since: '2018-08-13', source: PL_115_232_S889 })

const NDAA_889_ENTRIES: readonly ListEntry[] = [
  s889({ group: 'huawei', name: 'Huawei Technologies Company', text: S889_A }),
  s889({ group: 'zte', name: 'ZTE Corporation', text: S889_A }),
  s889({ group: 'hytera', name: 'Hytera Communications Corporation', purposes: LIMITED, text: S889_B }),
  s889({ group: 'hikvision', name: 'Hangzhou Hikvision Digital Technology Company', purposes: LIMITED, text: S889_B }),
  s889({ group: 'dahua', name: 'Dahua Technology Company', purposes: LIMITED, text: S889_B }),
]

/** The vendor lists every policy can name without defining them: `fcc-covered` and `ndaa-889`. */
export const BUILTIN_LISTS: ReadonlyMap<string, VendorList> = new Map<string, VendorList>([
  ['fcc-covered', {
    id: 'fcc-covered',
    title: 'FCC Covered List (Secure and Trusted Communications Networks Act of 2019, s.2)',
    builtin: true,
    entries: FCC_ENTRIES,
    categories: FCC_CATEGORIES,
    source: FCC_COVERED_LIST,
  }],
  ['ndaa-889', {
    id: 'ndaa-889',
    title: 'NDAA FY2019 s.889 covered telecommunications equipment',
    builtin: true,
    entries: NDAA_889_ENTRIES,
    source: PL_115_232_S889,
  }],
])
