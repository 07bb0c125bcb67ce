import type { Device, DeviceRole } from '../domain/device.js'
import { MAC_BLOCKS, TEMPLATES, type Template, type TemplateKey } from './models.js'
import { FIELD_SITES, NETWORKS, POPS, US_SITES, type DemoNetwork, type DemoSite, type Pop } from './places.js'
import { buildPrng, type Prng } from '../util/prng.js'

export type { DemoNetwork, DemoSite, DemoSiteKind, GatewayKind, Pop } from './places.js'

/** The demo that `trustpath demo` runs on: three operators, six US sites, their equipment and a policy. */
export type DemoScenario = {
  /** US sites (military bases, embassies) and the operators' field sites (cell sites, cabinets). */
  sites: DemoSite[]
  /** Points of presence of the three operators. */
  pops: Pop[]
  devices: Device[]
  /** The demo policy, in the policy file format. */
  policyYaml: string
  networks: DemoNetwork[]
}

/** Fixed seed: the scenario is identical on every run. */
const SEED = 0x7e57_0889

/** Purposes (the covered-list purpose clause) of devices placed for them. */
type Purpose = 'public-safety' | 'government-facility-security' | 'critical-infrastructure-surveillance'

/** `count` devices of one model at one site (a PoP id or a field-site id), in one role. */
type Placement = {
  site: string
  role: DeviceRole
  template: TemplateKey
  count: number
  purpose?: Purpose
  /** Date of manufacture, for makers whose ownership changed (Honor). */
  manufactured?: string
}

const p = (site: string, role: DeviceRole, template: TemplateKey, count = 1, extra: Partial<Placement> = {}): Placement =>
  ({ site, role, template, count, ...extra })

const GUARD: Partial<Placement> = { purpose: 'government-facility-security' }
const INFRA: Partial<Placement> = { purpose: 'critical-infrastructure-surveillance' }
const SAFETY: Partial<Placement> = { purpose: 'public-safety' }

// op-de, Rheinnetz: Huawei in the 5G core (Frankfurt, Berlin) and most of the RAN, Cisco and
// Juniper elsewhere in the core, Ericsson radio in Frankfurt, Munich and Stuttgart.
const DE: readonly Placement[] = [
  p('de-fra', 'core', 'huawei-ne40e-x8', 2), p('de-fra', 'core', 'huawei-ce12808'), p('de-fra', 'core', 'huawei-e9000', 2),
  p('de-fra', 'core', 'juniper-mx480'),
  p('de-ber', 'core', 'huawei-ne40e-x8', 2), p('de-ber', 'core', 'huawei-e9000'), p('de-ber', 'core', 'juniper-mx480'),
  p('de-ham', 'core', 'cisco-asr9010'), p('de-muc', 'core', 'cisco-asr9010'), p('de-cgn', 'core', 'cisco-asr9010'),
  p('de-str', 'core', 'cisco-asr9010'), p('de-kl', 'core', 'juniper-mx480'), p('de-lds', 'core', 'juniper-mx480'),
  p('de-fra', 'aggregation', 'huawei-ne40e-x3a', 2), p('de-kl', 'aggregation', 'huawei-ne40e-x3a', 2),
  p('de-lds', 'aggregation', 'huawei-ne40e-x3a', 2),
  p('de-ber', 'aggregation', 'nokia-7750'), p('de-ham', 'aggregation', 'nokia-7750'), p('de-muc', 'aggregation', 'nokia-7750'),
  p('de-cgn', 'aggregation', 'nokia-7750'), p('de-str', 'aggregation', 'nokia-7750'),
  p('de-fra', 'transport', 'huawei-osn9800'), p('de-ber', 'transport', 'huawei-osn9800'), p('de-kl', 'transport', 'huawei-osn9800'),
  p('de-lds', 'transport', 'huawei-osn9800'), p('de-lds', 'transport', 'undeclared-huawei-oid'),
  p('de-ham', 'transport', 'nokia-1830'), p('de-muc', 'transport', 'nokia-1830'), p('de-cgn', 'transport', 'nokia-1830'),
  p('de-str', 'transport', 'nokia-1830'),
  ...['de-fra', 'de-ber', 'de-ham', 'de-muc', 'de-cgn', 'de-str', 'de-kl', 'de-lds'].map((s) => p(s, 'access', 'cisco-c9300')),
  p('de-ber', 'access', 'huawei-ma5800'), p('de-ham', 'access', 'huawei-ma5800'), p('de-kl', 'access', 'huawei-ma5800'),
  // RAN around Ramstein: Huawei baseband units and active antenna units
  ...['de-rmb', 'de-kbh', 'de-wei', 'de-stw', 'de-ktw', 'de-hom'].flatMap((s) => [
    p(s, 'ran', 'huawei-bbu5900'), p(s, 'ran', 'huawei-aau5613', 3),
  ]),
  ...['de-ber', 'de-ham', 'de-cgn'].flatMap((s) => [p(s, 'ran', 'huawei-bbu5900'), p(s, 'ran', 'huawei-aau5613', 2)]),
  ...['de-fra', 'de-muc', 'de-str'].flatMap((s) => [p(s, 'ran', 'ericsson-bb6630'), p(s, 'ran', 'ericsson-air6449', 2)]),
  // Cameras at the cell sites around Ramstein and in the Landstuhl PoP
  p('de-rmb', 'camera', 'hikvision-2143', 2, GUARD), p('de-kbh', 'camera', 'dahua-2431', 1, GUARD),
  p('de-kbh', 'camera', 'lorex-dahua', 1, GUARD), p('de-ktw', 'camera', 'hikvision-2143', 1, INFRA),
  p('de-wei', 'camera', 'amcrest-dahua', 1, INFRA), p('de-stw', 'camera', 'axis-p3245'),
  p('de-stw', 'camera', 'hisilicon-camera'), p('de-wei', 'camera', 'unknown-linux'),
  p('de-lds', 'camera', 'hikvision-nvr', 1, GUARD), p('de-lds', 'camera', 'hikvision-2143', 2, GUARD),
  p('de-bmi', 'camera', 'dahua-2431', 1, GUARD), p('de-bmi', 'camera', 'honeywell-dahua', 1, GUARD),
  // Radios of the site-security crews
  p('de-lds', 'radio', 'hytera-rd985', 1, SAFETY), p('de-rmb', 'radio', 'hytera-pd985', 3, SAFETY),
  p('de-kl', 'radio', 'motorola-slr5700'),
  // Customer premises
  p('de-fra', 'cpe', 'avm-7590', 2), p('de-kl', 'cpe', 'avm-7590', 2), p('de-rmb', 'cpe', 'huawei-b535'),
  p('de-kbh', 'cpe', 'huawei-b535'), p('de-lds', 'cpe', 'huawei-b535'),
  p('de-kbh', 'cpe', 'honor-router-huawei-era', 1, { manufactured: '2019-11-20' }),
  p('de-rmb', 'cpe', 'honor-router-honor-era', 1, { manufactured: '2022-05-09' }),
  p('de-fra', 'server', 'dell-r750', 2), p('de-ber', 'server', 'huawei-2288h'),
  p('de-ktw', 'other', 'unknown-bare'),
]

// op-it, Reti Tirrene: Nokia and Cisco core, ZTE in aggregation, access, OLTs and CPE, Nokia radio
// around Aviano, Ericsson in the cities, some Huawei RAN in Friuli.
const IT: readonly Placement[] = [
  p('it-mil', 'core', 'nokia-7750', 2), p('it-rom', 'core', 'nokia-7750', 2), p('it-bo', 'core', 'nokia-7750'),
  p('it-na', 'core', 'nokia-7750'), p('it-mes', 'core', 'cisco-asr9010'), p('it-pn', 'core', 'cisco-asr9010'),
  p('it-ud', 'core', 'cisco-asr9010'), p('it-pmo', 'core', 'cisco-asr9010'), p('it-pmo', 'core', 'huawei-ne40e-x8'),
  ...['it-mil', 'it-rom', 'it-pn', 'it-mes', 'it-bo', 'it-na'].map((s) => p(s, 'aggregation', 'zte-m6000')),
  p('it-ud', 'aggregation', 'juniper-mx480'), p('it-pmo', 'aggregation', 'juniper-mx480'),
  p('it-mes', 'aggregation', 'undeclared-zte-descr'),
  ...['it-mil', 'it-rom', 'it-bo', 'it-na'].map((s) => p(s, 'transport', 'nokia-1830')),
  p('it-pn', 'transport', 'zte-zxone9700'), p('it-mes', 'transport', 'zte-zxone9700'),
  ...['it-mil', 'it-rom', 'it-pn', 'it-mes', 'it-bo', 'it-na', 'it-ud'].map((s) => p(s, 'access', 'zte-c320')),
  p('it-mil', 'access', 'cisco-c9300'), p('it-rom', 'access', 'cisco-c9300'),
  ...['it-ape', 'it-avn', 'it-rvp', 'it-sqr', 'it-fon'].flatMap((s) => [p(s, 'ran', 'nokia-airscale'), p(s, 'ran', 'nokia-habrok', 2)]),
  ...['it-mil', 'it-rom', 'it-bo', 'it-na'].flatMap((s) => [p(s, 'ran', 'ericsson-bb6630'), p(s, 'ran', 'ericsson-air6449', 2)]),
  ...['it-pn', 'it-ud'].flatMap((s) => [p(s, 'ran', 'huawei-bbu5900'), p(s, 'ran', 'huawei-aau5613', 2)]),
  p('it-ape', 'camera', 'hikvision-2143', 2, GUARD), p('it-ape', 'camera', 'dahua-2431', 1, GUARD),
  p('it-avn', 'camera', 'amcrest-dahua', 1, GUARD), p('it-avn', 'camera', 'lorex-dahua', 1, GUARD),
  p('it-rvp', 'camera', 'hiwatch-hikvision', 1, GUARD), p('it-rvp', 'camera', 'undeclared-dahua-mac', 1, GUARD),
  p('it-sqr', 'camera', 'hikvision-2143', 1, INFRA), p('it-pn', 'camera', 'dahua-nvr', 1, INFRA),
  p('it-avn', 'camera', 'hisilicon-nvr'), p('it-fon', 'camera', 'unknown-bare'),
  p('it-vve', 'camera', 'dahua-2431', 1, GUARD), p('it-vve', 'camera', 'honeywell-dahua', 1, GUARD),
  p('it-pn', 'radio', 'hytera-rd985', 1, SAFETY), p('it-avn', 'radio', 'hytera-pd985', 3, SAFETY),
  p('it-rvp', 'radio', 'undeclared-hytera-mac', 1, SAFETY),
  p('it-pn', 'cpe', 'zte-f670l', 3), p('it-avn', 'cpe', 'zte-f670l', 2), p('it-rvp', 'cpe', 'zte-f670l', 2),
  p('it-rom', 'cpe', 'zte-f670l', 3), p('it-mes', 'cpe', 'zte-f670l', 2), p('it-mil', 'cpe', 'zte-f670l', 2),
  p('it-mil', 'server', 'hpe-dl380'), p('it-rom', 'server', 'hpe-dl380'),
  p('it-sqr', 'other', 'unknown-linux'),
]

// op-jp, Kumo Tsushin: Juniper and Cisco core, Nokia aggregation and RAN, Fujitsu and NEC
// transport, a little Huawei aggregation near Yokota; many rebranded cameras around the base.
const JP: readonly Placement[] = [
  p('jp-tky', 'core', 'juniper-mx480', 2), p('jp-osa', 'core', 'juniper-mx480', 2), p('jp-nag', 'core', 'juniper-mx480'),
  ...['jp-yok', 'jp-tac', 'jp-chi', 'jp-shi', 'jp-fus'].map((s) => p(s, 'core', 'cisco-asr9010')),
  ...['jp-tky', 'jp-osa', 'jp-nag', 'jp-yok'].map((s) => p(s, 'aggregation', 'nokia-7750')),
  p('jp-fus', 'aggregation', 'huawei-ne40e-x3a'), p('jp-tac', 'aggregation', 'huawei-ne40e-x3a'),
  p('jp-nag', 'aggregation', 'undeclared-juniper-descr'),
  ...['jp-tky', 'jp-osa', 'jp-nag', 'jp-yok', 'jp-chi', 'jp-shi'].map((s) => p(s, 'transport', 'fujitsu-flashwave')),
  p('jp-fus', 'transport', 'nec-ipasolink'), p('jp-tac', 'transport', 'nec-ipasolink'),
  ...['jp-tky', 'jp-fus', 'jp-tac', 'jp-yok', 'jp-osa', 'jp-nag', 'jp-chi', 'jp-shi'].map((s) => p(s, 'access', 'cisco-c9300')),
  p('jp-tac', 'access', 'huawei-ma5800'),
  ...['jp-hmr', 'jp-hjm', 'jp-msm', 'jp-ome', 'jp-akr'].flatMap((s) => [p(s, 'ran', 'nokia-airscale'), p(s, 'ran', 'nokia-habrok', 2)]),
  ...['jp-tky', 'jp-yok', 'jp-osa'].flatMap((s) => [p(s, 'ran', 'ericsson-bb6630'), p(s, 'ran', 'ericsson-air6449', 2)]),
  p('jp-hmr', 'camera', 'hiwatch-hikvision', 1, GUARD), p('jp-hmr', 'camera', 'lts-hikvision', 1, GUARD),
  p('jp-hjm', 'camera', 'hikvision-2143', 1, GUARD), p('jp-hjm', 'camera', 'honeywell-dahua', 1, GUARD),
  p('jp-msm', 'camera', 'dahua-2431', 1, GUARD), p('jp-msm', 'camera', 'amcrest-dahua', 1, GUARD),
  p('jp-msm', 'camera', 'undeclared-hikvision-oid', 1, GUARD),
  p('jp-fus', 'camera', 'hikvision-nvr', 1, GUARD), p('jp-fus', 'camera', 'hikvision-2143', 2, GUARD),
  p('jp-fus', 'camera', 'lorex-dahua', 1, GUARD),
  p('jp-ome', 'camera', 'dahua-2431', 1, INFRA), p('jp-akr', 'camera', 'lts-hikvision', 1, INFRA),
  p('jp-akr', 'camera', 'hisilicon-camera'),
  p('jp-aks', 'camera', 'axis-p3245'), p('jp-aks', 'camera', 'hikvision-2143', 1, GUARD),
  p('jp-fus', 'radio', 'hytera-rd985', 1, SAFETY), p('jp-fus', 'radio', 'hytera-pd985', 3, SAFETY),
  p('jp-tac', 'radio', 'motorola-slr5700'),
  p('jp-tky', 'cpe', 'nec-aterm', 2), p('jp-yok', 'cpe', 'nec-aterm', 2), p('jp-fus', 'cpe', 'nec-aterm', 2),
  p('jp-hjm', 'cpe', 'huawei-b535'), p('jp-ome', 'cpe', 'huawei-b535'),
  p('jp-tky', 'server', 'dell-r750'), p('jp-osa', 'server', 'dell-r750'),
  p('jp-tac', 'other', 'unknown-bare'), p('jp-ome', 'other', 'unknown-bare'),
]

/** The edge switch of each US site: the site's own, trusted equipment where its flows start. */
const US: readonly Placement[] = [
  p('ramstein', 'cpe', 'cisco-c9300'), p('embassy-berlin', 'cpe', 'cisco-c9300'),
  p('aviano', 'cpe', 'cisco-c9300'), p('embassy-rome', 'cpe', 'cisco-c9300'),
  p('yokota', 'cpe', 'cisco-c9300'), p('embassy-tokyo', 'cpe', 'cisco-c9300'),
]

/** Every placement of the demo, in the order devices are built. */
export const PLACEMENTS: readonly Placement[] = [...DE, ...IT, ...JP, ...US]

/** The demo exemption: a Huawei baseband unit inside the Ramstein zone, awaiting its swap. */
export const EXEMPT_DEVICE = 'de-kbh-ran-01'

/**
 * Builds the demo scenario. Pure and deterministic: two calls give deep-equal results.
 *
 * @example
 * const { devices, policyYaml } = buildDemoScenario()
 */
export function buildDemoScenario(): DemoScenario {
  const rng = buildPrng(SEED)
  const places = new Map<string, Pop | DemoSite>()
  for (const place of [...POPS, ...US_SITES, ...FIELD_SITES]) places.set(place.id, place)

  const counters = new Map<string, number>()
  const macs = new Set<string>()
  const devices: Device[] = []
  for (const placement of PLACEMENTS) {
    const place = places.get(placement.site)
    if (place === undefined) throw new Error(`demo placement names an unknown site: ${placement.site}`)
    for (let i = 0; i < placement.count; i++) {
      const key = `${placement.site}-${placement.role}`
      const n = (counters.get(key) ?? 0) + 1
      counters.set(key, n)
      devices.push(buildDevice(rng, macs, placement, place, n))
    }
  }

  return {
    sites: [...US_SITES, ...FIELD_SITES].map((s) => ({ ...s })),
    pops: POPS.map((pop) => ({ ...pop })),
    devices,
    policyYaml: formatPolicyYaml(),
    networks: NETWORKS.map((n) => ({ ...n })),
  }
}

function buildDevice(rng: Prng, macs: Set<string>, placement: Placement, place: Pop | DemoSite, n: number): Device {
  const t: Template = TEMPLATES[placement.template]
  const nn = String(n).padStart(2, '0')
  const device: Device = {
    id: `${placement.site}-${placement.role}-${nn}`,
    name: `${place.name} ${placement.role} ${n}`,
    site: place.id,
    role: placement.role,
    network: place.network,
  }
  if (t.manufacturer !== undefined) device.manufacturer = t.manufacturer
  if (t.model !== undefined) device.model = t.model
  if (t.serial !== undefined) device.serial = t.serial(rng, t.model ?? '')
  if (t.mac !== undefined) {
    device.macs = Array.from({ length: t.macCount ?? 1 }, () => buildMac(rng, macs, MAC_BLOCKS[t.mac as keyof typeof MAC_BLOCKS]))
  }
  const release = t.releases === undefined ? undefined : rng.pick(t.releases)
  if (t.sysObjectID !== undefined || release?.sysDescr !== undefined) {
    device.snmp = {}
    if (t.sysObjectID !== undefined) device.snmp.sysObjectID = t.sysObjectID
    if (release?.sysDescr !== undefined) device.snmp.sysDescr = release.sysDescr
  }
  if (t.banners !== undefined) device.banners = t.banners(device.serial ?? '')
  if (release !== undefined) device.firmware = { version: release.version }
  if (t.components !== undefined) device.components = t.components.map((c) => ({ ...c }))
  if (placement.manufactured !== undefined) device.manufactured = placement.manufactured
  if (placement.purpose !== undefined) device.purpose = placement.purpose
  device.lat = place.lat
  device.lon = place.lon
  return device
}

/** A unicast, globally administered MAC in one of the blocks, never handed out twice. */
function buildMac(rng: Prng, used: Set<string>, blocks: readonly string[]): string {
  for (;;) {
    const low = [rng.int(256), rng.int(256), rng.int(256)].map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
    const block = rng.pick(blocks)
    const mac = [block.slice(0, 2), block.slice(2, 4), block.slice(4, 6), ...low].join(':')
    if (!used.has(mac)) {
      used.add(mac)
      return mac
    }
  }
}

// --- the policy ---------------------------------------------------------------------------------

const yamlString = (s: string): string => JSON.stringify(s)

function formatSite(s: { id: string; name: string; kind: string; lat: number; lon: number; country: string; network?: string }): string {
  const network = s.network === undefined ? '' : `, network: ${s.network}`
  return `  - { id: ${s.id}, name: ${yamlString(s.name)}, kind: ${s.kind}, lat: ${s.lat}, lon: ${s.lon}, country: ${s.country}${network} }`
}

/** The demo policy: the s.889 ban, Germany's 5G-core and RAN/management deadlines, a 5 km zone around the bases. */
function formatPolicyYaml(): string {
  const sites = [
    ...US_SITES.map((s) => formatSite(s)),
    ...POPS.map((pop) => formatSite({ ...pop, kind: 'pop' })),
    ...FIELD_SITES.map((s) => formatSite(s)),
  ]
  return [
    '# trustpath demo policy',
    'version: 1',
    'effective: 2026-01-01',
    '# Germany\'s 2024 agreements with its operators name Huawei and ZTE only, not the whole FCC Covered List.',
    'lists:',
    '  huawei-zte: [huawei, zte]',
    'sites:',
    ...sites,
    'rules:',
    '  - id: s889-ban',
    '    description: "NDAA FY2019 s.889: no covered telecommunications or video surveillance equipment in systems serving US facilities."',
    '    lists: [ndaa-889]',
    '    effect: prohibit',
    '  - id: de-5g-core',
    '    description: "Germany: no critical Huawei or ZTE components in the 5G core network after 2026-12-31."',
    '    lists: [huawei-zte]',
    '    scope: { roles: [core], networks: [op-de] }',
    '    effect: { remove-by: 2026-12-31 }',
    '  - id: ran-and-management',
    '    description: "Germany: Huawei and ZTE critical management systems out of the access and transport networks by 2029-12-31; applied here to the RAN, transport and aggregation equipment itself, in every network."',
    '    lists: [huawei-zte]',
    '    scope: { roles: [ran, transport, aggregation] }',
    '    effect: { remove-by: 2029-12-31 }',
    '  - id: base-zone',
    '    description: "Nothing of a covered manufacturer within 5 km of a military base."',
    '    lists: [ndaa-889]',
    '    scope: { near: { kind: military-base, km: 5 } }',
    '    effect: prohibit',
    '  - id: base-security-cameras',
    '    description: "Cameras and radios near the bases serve the security of government facilities and public safety."',
    '    lists: [fcc-covered]',
    '    scope: { roles: [camera, radio], near: { kind: military-base, km: 5 } }',
    '    purposes: [government-facility-security, public-safety]',
    '    effect: prohibit',
    '  - id: covered-components',
    '    description: "Chips of covered manufacturers inside other brands\' products."',
    '    lists: [fcc-covered]',
    '    match: components',
    '    effect: flag',
    'exemptions:',
    `  - { device: ${EXEMPT_DEVICE}, rule: base-zone, until: 2027-06-30, reason: "Swap to a trusted RAN vendor scheduled with the Landstuhl cluster rebuild" }`,
    '',
  ].join('\n')
}
