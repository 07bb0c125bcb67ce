import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { MAC_BLOCKS, REBRANDED_TEMPLATES, TEMPLATES } from './models.js'
import { buildDemoScenario, EXEMPT_DEVICE } from './scenario.js'

/** Published coordinates of the US sites (the facilities' own pages and their encyclopedia entries). */
const PUBLIC_LOCATIONS: Record<string, [number, number]> = {
  'ramstein': [49.43683, 7.60033],
  'aviano': [46.03139, 12.59694],
  'yokota': [35.74861, 139.34861],
  'embassy-berlin': [52.515278, 13.378333],
  'embassy-rome': [41.90667, 12.49083],
  'embassy-tokyo': [35.66861, 139.74328],
}

/** Which field sites and PoPs lie within 5 km of each base, and which just beyond. */
const BASE_ZONES: Record<string, { inside: string[]; outside: string[] }> = {
  ramstein: { inside: ['de-kbh', 'de-lds', 'de-rmb'], outside: ['de-hom', 'de-kl', 'de-ktw', 'de-stw', 'de-wei'] },
  aviano: { inside: ['it-ape', 'it-avn', 'it-rvp'], outside: ['it-fon', 'it-pn', 'it-sqr'] },
  yokota: { inside: ['jp-fus', 'jp-hjm', 'jp-hmr', 'jp-msm'], outside: ['jp-akr', 'jp-ome', 'jp-tac'] },
}

const R_KM = 6371
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number): number => (d * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLon = rad(b.lon - a.lon)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2
  return 2 * R_KM * Math.asin(Math.sqrt(h))
}

const scenario = buildDemoScenario()
const places = new Map<string, { lat: number; lon: number; network: string }>(
  [...scenario.sites, ...scenario.pops].map((s) => [s.id, s]),
)
const oui = createRequire(import.meta.url)('oui-data') as Record<string, string>

describe('buildDemoScenario', () => {
  it('builds the same scenario on every call', () => {
    expect(buildDemoScenario()).toEqual(scenario)
  })

  it('gives every device, site and PoP a unique id', () => {
    const deviceIds = scenario.devices.map((d) => d.id)
    expect(new Set(deviceIds).size).toBe(deviceIds.length)
    const placeIds = [...scenario.sites, ...scenario.pops].map((s) => s.id)
    expect(new Set(placeIds).size).toBe(placeIds.length)
  })

  it('places between 300 and 400 devices over all nine roles', () => {
    expect(scenario.devices.length).toBeGreaterThanOrEqual(300)
    expect(scenario.devices.length).toBeLessThanOrEqual(400)
    const roles = new Set(scenario.devices.map((d) => d.role))
    for (const role of ['core', 'ran', 'transport', 'aggregation', 'access', 'cpe', 'camera', 'radio', 'server']) {
      expect(roles, role).toContain(role)
    }
  })

  it('puts every device at a site or PoP of its own network, with the place\'s coordinates', () => {
    for (const d of scenario.devices) {
      const place = places.get(d.site ?? '')
      expect(place, d.id).toBeDefined()
      expect(d.network, d.id).toBe(place?.network)
      expect([d.lat, d.lon], d.id).toEqual([place?.lat, place?.lon])
    }
  })

  it('names three fictional operators, each with 6 to 10 PoPs and one or two gateways toward the US', () => {
    expect(scenario.networks.map((n) => n.id)).toEqual(['op-de', 'op-it', 'op-jp'])
    for (const network of scenario.networks) {
      const pops = scenario.pops.filter((p) => p.network === network.id)
      expect(pops.length, network.id).toBeGreaterThanOrEqual(6)
      expect(pops.length, network.id).toBeLessThanOrEqual(10)
      const gateways = pops.filter((p) => p.gateway !== undefined)
      expect(gateways.length, network.id).toBeGreaterThanOrEqual(1)
      expect(gateways.length, network.id).toBeLessThanOrEqual(2)
      expect(pops.every((p) => p.country === network.country)).toBe(true)
    }
  })

  it('attaches every site to a PoP of the network that serves it', () => {
    for (const site of scenario.sites) {
      const pop = scenario.pops.find((p) => p.id === site.attachedTo)
      expect(pop, site.id).toBeDefined()
      expect(pop?.network, site.id).toBe(site.network)
    }
  })

  it('places each US site within 0.05 degrees of its public location', () => {
    for (const [id, [lat, lon]] of Object.entries(PUBLIC_LOCATIONS)) {
      const site = scenario.sites.find((s) => s.id === id)
      expect(site, id).toBeDefined()
      expect(Math.abs((site?.lat ?? 0) - lat), id).toBeLessThan(0.05)
      expect(Math.abs((site?.lon ?? 0) - lon), id).toBeLessThan(0.05)
    }
    expect(scenario.sites.filter((s) => s.kind === 'military-base').map((s) => s.id)).toEqual(['ramstein', 'aviano', 'yokota'])
    expect(scenario.sites.filter((s) => s.kind === 'embassy')).toHaveLength(3)
  })

  it('has places and devices both inside and outside 5 km of each base', () => {
    for (const [baseId, expected] of Object.entries(BASE_ZONES)) {
      const base = scenario.sites.find((s) => s.id === baseId)
      if (base === undefined) throw new Error(baseId)
      const near = [...scenario.sites, ...scenario.pops]
        .filter((s) => s.network === base.network && s.id !== base.id && !('kind' in s && s.kind === 'embassy'))
        .map((s) => ({ id: s.id, km: haversineKm(base, s) }))
        .filter((s) => s.km < 25)
      expect(near.filter((s) => s.km <= 5).map((s) => s.id).sort(), baseId).toEqual(expected.inside)
      expect(near.filter((s) => s.km > 5).map((s) => s.id).sort(), baseId).toEqual(expected.outside)
      const devices = scenario.devices.filter((d) => d.network === base.network && d.lat !== undefined && d.lon !== undefined)
      const km = devices.map((d) => haversineKm(base, { lat: d.lat ?? 0, lon: d.lon ?? 0 }))
      expect(km.filter((k) => k <= 5).length, baseId).toBeGreaterThan(10)
      expect(km.filter((k) => k > 5 && k < 10).length, baseId).toBeGreaterThan(5)
    }
  })

  it('draws every MAC from a documented IEEE block as a unicast, globally administered address', () => {
    const blocks = new Set<string>(Object.values(MAC_BLOCKS).flat())
    const all = scenario.devices.flatMap((d) => d.macs ?? [])
    expect(all.length).toBeGreaterThan(200)
    expect(new Set(all).size).toBe(all.length)
    for (const mac of all) {
      expect(mac).toMatch(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/)
      const first = Number.parseInt(mac.slice(0, 2), 16)
      expect(first & 0b01, mac).toBe(0)
      expect(first & 0b10, mac).toBe(0)
      expect(blocks, mac).toContain(mac.slice(0, 8).replaceAll(':', ''))
    }
  })

  it('documents only blocks the IEEE registry assigns to the named manufacturer', () => {
    const ORGANIZATION: Record<keyof typeof MAC_BLOCKS, RegExp> = {
      huawei: /^HUAWEI TECHNOLOGIES/, honor: /^Honor Device/, zte: /^zte corporation/i,
      hikvision: /^Hangzhou Hikvision/, dahua: /^Zhejiang Dahua/i, hytera: /^Hytera Communications/,
      cisco: /^Cisco Systems/, juniper: /^Juniper Networks/, nokia: /^Nokia/, ericsson: /^Ericsson AB/,
      nec: /^NEC Corporation/, necPlatforms: /^NEC Platforms/, fujitsu: /^Fujitsu Limited/i, avm: /^AVM GmbH/,
      axis: /^Axis Communications/, motorola: /^Motorola Solutions/, dell: /^Dell Inc/, hpe: /^Hewlett Packard Enterprise/,
    }
    for (const [maker, prefixes] of Object.entries(MAC_BLOCKS) as [keyof typeof MAC_BLOCKS, readonly string[]][]) {
      for (const prefix of prefixes) expect(oui[prefix], `${maker} ${prefix}`).toMatch(ORGANIZATION[maker])
    }
  })

  it('includes rebranded cameras that carry the real maker\'s MAC block and banners', () => {
    const rebrands = scenario.devices.filter((d) => ['Lorex', 'Amcrest', 'Honeywell', 'HiWatch', 'LTS'].includes(d.manufacturer ?? ''))
    expect(rebrands.length).toBeGreaterThanOrEqual(8)
    for (const d of rebrands) {
      const maker = ['HiWatch', 'LTS'].includes(d.manufacturer ?? '') ? 'hikvision' : 'dahua'
      const prefix = (d.macs?.[0] ?? '').slice(0, 8).replaceAll(':', '')
      expect(MAC_BLOCKS[maker] as readonly string[], d.id).toContain(prefix)
      const banner = maker === 'dahua' ? 'Rtsp Server/3.0' : 'App-webs/'
      expect(d.banners?.map((b) => b.text), d.id).toContain(banner)
      expect(d.role).toBe('camera')
    }
    expect(new Set(rebrands.map((d) => d.manufacturer)).size).toBe(REBRANDED_TEMPLATES.length)
  })

  it('includes the hard cases for identification', () => {
    const undeclared = scenario.devices.filter((d) => d.manufacturer === undefined)
    const netSnmp = (oid: string | undefined): boolean => oid === undefined || oid.startsWith('1.3.6.1.4.1.8072.')
    const telling = undeclared.filter((d) =>
      d.macs !== undefined || !netSnmp(d.snmp?.sysObjectID) || (d.snmp?.sysDescr !== undefined && !d.snmp.sysDescr.startsWith('Linux ')))
    expect(telling.length).toBeGreaterThanOrEqual(6)
    const hisiliconOnly = undeclared.filter((d) => d.components?.some((c) => c.manufacturer === 'HiSilicon') && d.macs === undefined && d.snmp === undefined)
    expect(hisiliconOnly.length).toBeGreaterThanOrEqual(3)
    const honor = scenario.devices.filter((d) => d.manufacturer === 'Honor').map((d) => d.manufactured?.slice(0, 4))
    expect(honor.sort()).toEqual(['2019', '2022'])
    const bare = undeclared.filter((d) => d.macs === undefined && d.snmp === undefined && d.components === undefined && d.banners === undefined)
    expect(bare.length).toBeGreaterThanOrEqual(3)
    expect(scenario.devices.filter((d) => d.model === 'PD985' && d.macs === undefined).length).toBeGreaterThan(0)
  })

  it('uses the sysDescr format of each manufacturer\'s operating system', () => {
    const descr = (template: keyof typeof TEMPLATES): string =>
      scenario.devices.find((d) => d.model === (TEMPLATES[template] as { model?: string }).model)?.snmp?.sysDescr ?? ''
    expect(descr('huawei-ne40e-x8')).toMatch(/^Huawei Versatile Routing Platform Software\r\nVRP \(R\) software, Version 8\.\d+ \(NE40E V800R\w+\)\r\n.*\r\nHUAWEI NE40E-X8$/)
    expect(descr('juniper-mx480')).toMatch(/^Juniper Networks, Inc\. mx480 internet router, kernel JUNOS /)
    expect(descr('nokia-7750')).toMatch(/^TiMOS-C-\d+\.\d+\.R\d+ cpm\/hops64 Nokia 7750 SR Copyright \(c\) 2000-\d{4} Nokia\.$/)
    expect(descr('zte-m6000')).toMatch(/^ZXR10 ROS Version V[\d.]+ ZXR10 M6000-8S Plus Software, Version /)
    expect(descr('cisco-asr9010')).toMatch(/^Cisco IOS XR Software \(ASR9K\), Version /)
  })

  it('writes a policy that lists every US site, PoP and field site with kind and coordinates', () => {
    const policy = parse(scenario.policyYaml) as {
      version: number; effective: string
      sites: { id: string; kind: string; lat: number; lon: number }[]
      rules: { id: string; lists: string[]; scope?: Record<string, unknown>; effect: unknown }[]
      exemptions: { device: string; rule: string; until: string }[]
    }
    expect(policy.version).toBe(1)
    expect(policy.effective).toBe('2026-01-01')
    const ids = policy.sites.map((s) => s.id)
    expect(ids.sort()).toEqual([...places.keys()].sort())
    for (const s of policy.sites) {
      const place = places.get(s.id)
      expect([s.lat, s.lon], s.id).toEqual([place?.lat, place?.lon])
      expect(s.kind, s.id).toMatch(/^(military-base|embassy|pop|cell-site|street-cabinet)$/)
    }
    const rules = Object.fromEntries(policy.rules.map((r) => [r.id, r]))
    expect(rules['s889-ban']?.effect).toBe('prohibit')
    expect(rules['de-5g-core']).toMatchObject({ scope: { roles: ['core'], networks: ['op-de'] }, effect: { 'remove-by': '2026-12-31' } })
    expect(rules['ran-and-management']).toMatchObject({ scope: { roles: ['ran', 'transport', 'aggregation'] }, effect: { 'remove-by': '2029-12-31' } })
    // Germany's agreements of July 2024 name Huawei and ZTE (BMI, reported by telecomtv.com,
    // "Germany finally unveils Huawei, ZTE ban plan"), not Hikvision, DJI or Kaspersky as the FCC
    // Covered List does.
    expect((policy as { lists?: Record<string, string[]> }).lists).toEqual({ 'huawei-zte': ['huawei', 'zte'] })
    expect([rules['de-5g-core']?.lists, rules['ran-and-management']?.lists]).toEqual([['huawei-zte'], ['huawei-zte']])
    expect(rules['base-zone']).toMatchObject({ lists: ['ndaa-889'], scope: { near: { kind: 'military-base', km: 5 } }, effect: 'prohibit' })
    expect(rules['covered-components']).toMatchObject({ match: 'components', effect: 'flag' })
  })

  it('exempts a device that exists and lies inside a base zone', () => {
    const policy = parse(scenario.policyYaml) as { exemptions: { device: string; rule: string; until: string }[] }
    expect(policy.exemptions).toEqual([expect.objectContaining({ device: EXEMPT_DEVICE, rule: 'base-zone', until: '2027-06-30' })])
    const device = scenario.devices.find((d) => d.id === EXEMPT_DEVICE)
    const ramstein = scenario.sites.find((s) => s.id === 'ramstein')
    expect(device?.manufacturer).toBe('Huawei')
    if (device === undefined || ramstein === undefined) throw new Error('missing')
    expect(haversineKm(ramstein, { lat: device.lat ?? 0, lon: device.lon ?? 0 })).toBeLessThan(5)
  })
})
