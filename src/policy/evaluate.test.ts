import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { formatDiagnostic } from '../diagnostics/format.js'
import type { Site } from '../domain/site.js'
import { checkDevice, compilePolicy, distanceKm, evaluatePolicy, exemptionDiagnostics, mergeCheckState, newCheckState } from './evaluate.js'
import { item, policyOf } from '../test-support/policy.js'
import type { Device } from '../domain/device.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parsePolicy } from './parse.js'
import { parseInventoryCsv } from '../inventory/parse.js'
import * as lib from '../index.js'

const NOW = new Date('2026-09-01T12:00:00Z')
const NO_SITES: ReadonlyMap<string, Site> = new Map()

const RAMSTEIN = { lat: 49.4369, lon: 7.6003 }
// Points due north of the base: one degree of latitude is 2π·6371/360 ≈ 111.195 km.
const KM_NORTH = (km: number) => ({ lat: RAMSTEIN.lat + km / 111.19493, lon: RAMSTEIN.lon })

const run = (yaml: string, items: ReturnType<typeof item>[], ctx: { now?: Date; sites?: ReadonlyMap<string, Site> } = {}) =>
  evaluatePolicy(policyOf(yaml), items, { now: ctx.now ?? NOW, sites: ctx.sites ?? NO_SITES })

const ids = (r: { findings: { deviceId: string; rule: string }[] }) => r.findings.map((f) => `${f.deviceId}/${f.rule}`)

describe('matching', () => {
  const POLICY = `
version: 1
rules:
  - { id: ban, lists: [ndaa-889], effect: prohibit }
`
  it('finds a device whose group is on the list and carries its attribution into the finding', () => {
    const { findings } = run(POLICY, [item('r1', 'huawei', { name: 'core-1' }), item('r2', 'cisco')])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'ban', deviceId: 'r1', deviceName: 'core-1', severity: 'error', effect: { kind: 'prohibit' },
      manufacturer: 'huawei', group: 'huawei', matchedGroup: 'huawei', list: 'ndaa-889', confidence: 0.9,
      evidence: [{ method: 'declared', manufacturer: 'huawei' }], notes: [],
    })
  })

  it('matches on the group, so a subsidiary attributed to its group is found', () => {
    const { findings } = run(POLICY, [item('cam', 'huawei', {}, { manufacturer: 'hisilicon' })])
    expect(findings[0]).toMatchObject({ manufacturer: 'hisilicon', group: 'huawei' })
  })

  it('matches a maker below the top of its ownership chain when a list names it', () => {
    const yaml = `
version: 1
lists: { mine: [h3c] }
rules:
  - { id: r, lists: [mine], effect: flag }
`
    // An H3C switch of 2012 is in Hewlett-Packard's group (H3C was 3Com's, 3Com HP's).
    const h3c = item('sw', 'hpe', {}, { manufacturer: 'h3c', chain: ['h3c', '3com', 'hpe'] })
    const hp = item('hp', 'hpe', {}, { manufacturer: 'hpe', chain: ['hpe'] })
    const { findings } = run(yaml, [h3c, hp])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ deviceId: 'sw', manufacturer: 'h3c', group: 'hpe', matchedGroup: 'h3c', list: 'mine' })
    // A list naming the group still matches by the group.
    expect(ids(run(yaml.replace('[h3c]', '[hpe]'), [h3c, hp]))).toEqual(['hp/r', 'sw/r'])
  })

  it('does not call a China Mobile IoT module covered: the Covered List names China Mobile International USA\'s section 214 services, not equipment', () => {
    const yaml = 'version: 1\nrules:\n  - { id: covered, lists: [fcc-covered], effect: prohibit }\n'
    const catalog = loadDefaultCatalog()
    // IEEE MA-L 2C3341 "China Mobile IOT Company Limited"; 00E0FC is Huawei's.
    const module = identify({ id: 'cat1', macs: ['2c:33:41:00:00:01'], role: 'cpe' }, catalog)
    const router = identify({ id: 'ar', macs: ['00:e0:fc:00:00:01'], role: 'cpe' }, catalog)
    expect(module.group).toBe('china-mobile')
    expect(ids(evaluatePolicy(policyOf(yaml), [{ device: { id: 'cat1' }, attribution: module }, { device: { id: 'ar' }, attribution: router }], { now: NOW, sites: NO_SITES }))).toEqual(['ar/covered'])
    // A policy that means to flag the group's equipment names it in a list of its own.
    const own = parsePolicy('version: 1\nlists: { carriers: [china-mobile] }\nrules:\n  - { id: carriers, lists: [carriers], effect: flag }\n',
      { file: 'policy.yaml' }, { manufacturers: new Set(catalog.manufacturers.keys()) }).policy!
    expect(ids(evaluatePolicy(own, [{ device: { id: 'cat1' }, attribution: module }], { now: NOW, sites: NO_SITES }))).toEqual(['cat1/carriers'])
  })

  it('reports a device without a date whose maker belonged to a listed group before a sale (Honor, Huawei\'s brand until 2020-11-17) as a warning to date it', () => {
    const catalog = loadDefaultCatalog()
    const policy = policyOf('version: 1\nrules:\n  - { id: s889, lists: [ndaa-889], effect: prohibit }\n')
    const devices: Device[] = [
      { id: 'honor-undated', manufacturer: 'Honor', model: 'View 20' },
      { id: 'honor-2019', manufacturer: 'Honor', model: 'View 20', manufactured: '2019-06-01' },
      { id: 'honor-2022', manufacturer: 'Honor', model: 'Magic 4', manufactured: '2022-06-01' },
      // FusionServer: Huawei's x86 servers, xFusion's since the sale of 2021-11-05.
      { id: 'xfusion-undated', model: 'FusionServer Pro 2288H V6' },
      { id: 'cisco', manufacturer: 'Cisco', model: 'ISR4331' },
    ]
    const { findings } = evaluatePolicy(policy, devices.map((device) => ({ device, attribution: identify(device, catalog) })), { now: NOW, sites: NO_SITES })
    expect(findings.map((f) => [f.deviceId, f.severity, f.group, f.matchedGroup])).toEqual([
      ['honor-2019', 'error', 'huawei', 'huawei'],
      ['honor-undated', 'warning', 'honor', 'huawei'],
      ['xfusion-undated', 'warning', 'xfusion', 'huawei'],
    ])
    expect(findings[1]?.notes).toEqual([
      'honor belonged to huawei, which ndaa-889 names, from 2013 until 2020-11-17; the device has no manufactured date, so it is attributed as of today: ' +
      'record its date of manufacture or purchase to know whose it is; an error is reported as a warning until then',
    ])
  })

  it('says why a device dated before a sale is the listed group\'s: the relation and its dates, which cover the device\'s date', () => {
    const catalog = loadDefaultCatalog()
    const policy = policyOf('version: 1\nrules:\n  - { id: s889, lists: [ndaa-889], effect: prohibit }\n')
    const devices: Device[] = [
      { id: 'honor-2019', manufacturer: 'Honor', model: 'View 20', manufactured: '2019-06-01' },
      // Lorex: Dahua's subsidiary from 2018-02-06 until its sale to Skywatch on 2022-11-24.
      { id: 'lorex-2020', manufacturer: 'Lorex', role: 'camera', purpose: 'public-safety', manufactured: '2020-05-01' },
      // Teltronic: Hytera's since 2022 (Sepura's before); without a date, attributed as of today.
      { id: 'teltronic', manufacturer: 'Teltronic', role: 'radio', purpose: 'public-safety' },
      // HiSilicon is Huawei's with no date to its tie: nothing to say.
      { id: 'soc', manufacturer: 'HiSilicon', manufactured: '2019-06-01' },
    ]
    const { findings } = evaluatePolicy(policy, devices.map((device) => ({ device, attribution: identify(device, catalog) })), { now: NOW, sites: NO_SITES })
    expect(findings.map((f) => [f.deviceId, f.severity, f.notes])).toEqual([
      ['honor-2019', 'error', ['honor was a brand of huawei from 2013 until 2020-11-17, which covers 2019-06-01, the date the device is attributed at']],
      ['lorex-2020', 'error', ['lorex was a subsidiary of dahua from 2018-02-06 until 2022-11-24, which covers 2020-05-01, the date the device is attributed at']],
      ['soc', 'error', []],
      ['teltronic', 'error', ['teltronic was a subsidiary of hytera from 2022; the device has no manufactured date, so it is attributed as of today']],
    ])
  })

  it('tells once that fcc-covered\'s entries by country of production (foreign-produced routers since 2026-03-23) are not checked, so a clean check is not read as clean of them', () => {
    const yaml = 'version: 1\nrules:\n  - { id: covered, lists: [ndaa-889, fcc-covered], effect: prohibit }\n  - { id: parts, lists: [fcc-covered], match: components, effect: flag }\n'
    // A router made abroad by a maker on no list: nothing to find by its maker.
    const { findings, diagnostics } = run(yaml, [item('edge', 'cisco')])
    expect(findings).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'list_categories_unchecked', severity: 'info', list: 'fcc-covered', at: { line: 3, path: ['rules', 0, 'lists', 1] } }])
    expect(formatDiagnostic(diagnostics[0]!)).toBe('policy.yaml:3:5 (rules[0].lists[1]): info: fcc-covered also covers products by where they were produced, which a device\'s manufacturer does not tell: ' +
      'uncrewed aircraft systems (UAS) and UAS critical components produced in a foreign country (since 2025-12-22); routers produced in a foreign country (since 2026-03-23); ' +
      'foreign-produced power inverters (since 2026-07-28); foreign-produced advanced robotic devices (since 2026-07-28). ' +
      'The check does not find these: to flag such devices for review, name their makers in a list of the policy\'s own, in a rule scoped to the ' +
      'devices bought since the entry\'s date (scope: { acquired: { from: <date> } }, effect: flag; docs/policy.md#us-the-fcc-covered-list).')
    expect(run('version: 1\nrules:\n  - { id: s889, lists: [ndaa-889], effect: prohibit }\n', [item('edge', 'cisco')]).diagnostics).toEqual([])
  })

  it('reports a device dated in the year a sale is known to only (Sepura, Hytera\'s until 2022) as a warning to confirm, not as undated', () => {
    const catalog = loadDefaultCatalog()
    // A TETRA radio of a police network: a purpose s.889(f)(3)(B) names, so only the date is in doubt.
    const device: Device = { id: 'tetra', manufacturer: 'Sepura', manufactured: '2022-05-01' }
    const { findings } = evaluatePolicy(policyOf('version: 1\nrules:\n  - { id: s889, lists: [ndaa-889], effect: prohibit, purposes: [public-safety] }\n'),
      [{ device, attribution: identify(device, catalog) }], { now: NOW, sites: NO_SITES })
    expect(findings.map((f) => [f.severity, f.group, f.matchedGroup, f.notes])).toEqual([['warning', 'sepura', 'hytera', [
      'sepura belonged to hytera, which ndaa-889 names, from 2017-05-25 until 2022; the date it is attributed at, 2022-05-01, and its end, 2022, both fall in 2022, known no closer: ' +
      'confirm whose it is; an error is reported as a warning until then',
    ]]])
  })

  it('decides by a year of purchase alone when the whole year falls before or after a sale, and asks to confirm when the sale falls in it', () => {
    const catalog = loadDefaultCatalog()
    // An asset list that keeps only the year or month bought, as many do.
    const csv = 'Asset Name,Manufacturer,Manufacture Date\n' +
      'honor-2019,Honor,2019\nhonor-2020,Honor,2020\nhonor-2022,Honor,2022\n' +
      'lorex-2017,Lorex,2017\nlorex-2020,Lorex,03/2020\nlorex-2024,Lorex,2024\n' +
      'h3c-2005,H3C,2005\nh3c-2015,H3C,2015\nxfusion-2020,xFusion,2020\nxfusion-2021,xFusion,Nov 2021\nxfusion-2023,xFusion,2023\n'
    const { devices, diagnostics } = parseInventoryCsv(csv, { file: 'assets.csv' })
    expect(diagnostics).toEqual([])
    const { findings } = evaluatePolicy(policyOf('version: 1\nrules:\n  - { id: s889, lists: [ndaa-889], effect: prohibit }\n'),
      devices.map((device) => ({ device, attribution: identify(device, catalog) })), { now: NOW, sites: NO_SITES })
    expect(findings.map((f) => [f.deviceId, f.severity, f.matchedGroup, f.notes.at(-1)])).toEqual([
      ['h3c-2005', 'error', 'huawei', 'h3c was a subsidiary of huawei from 2003-11 until 2006-01-27, which covers 2005, the date the device is attributed at'],
      ['honor-2019', 'error', 'huawei', 'honor was a brand of huawei from 2013 until 2020-11-17, which covers 2019, the date the device is attributed at'],
      ['honor-2020', 'warning', 'huawei', 'honor belonged to huawei, which ndaa-889 names, from 2013 until 2020-11-17; the date it is attributed at, 2020, ' +
        'and its end, 2020-11-17, both fall in 2020, known no closer: confirm whose it is; an error is reported as a warning until then'],
      // Dahua's entry covers video surveillance for the purposes the law names: a camera of no stated purpose is a warning.
      ['lorex-2020', 'warning', 'dahua', 'lorex was a subsidiary of dahua from 2018-02-06 until 2022-11-24, which covers 2020-03, the date the device is attributed at'],
      ['xfusion-2020', 'error', 'huawei', 'xfusion was a subsidiary of huawei until 2021-11-05, which covers 2020, the date the device is attributed at'],
      ['xfusion-2021', 'warning', 'huawei', 'xfusion belonged to huawei, which ndaa-889 names, until 2021-11-05; the date it is attributed at, 2021-11, ' +
        'and that change both fall in 2021-11, known no closer: confirm whose it is; an error is reported as a warning until then'],
    ])
  })

  it('says when the date that decides whose a device is was the date it was bought, as the inventory gave no date of manufacture', () => {
    const catalog = loadDefaultCatalog()
    const csv = 'Asset Name,Manufacturer,Purchase Date\nhonor-2019,Honor,2019-06-01\nhonor-2020,Honor,2020\nhonor-2022,Honor,2022-03-01\n'
    const { devices } = parseInventoryCsv(csv, { file: 'assets.csv' })
    const { findings } = evaluatePolicy(policyOf('version: 1\nrules:\n  - { id: s889, lists: [ndaa-889], effect: prohibit }\n'),
      devices.map((device) => ({ device, attribution: identify(device, catalog) })), { now: NOW, sites: NO_SITES })
    expect(findings.map((f) => [f.deviceId, f.severity, f.notes.at(-1)])).toEqual([
      ['honor-2019', 'error', 'honor was a brand of huawei from 2013 until 2020-11-17, which covers 2019-06-01, the date the device is attributed at ' +
        '(the date it was bought or installed, as the inventory gives no date of manufacture: it was made in the 2 years before it)'],
      ['honor-2020', 'warning', 'honor belonged to huawei, which ndaa-889 names, from 2013 until 2020-11-17; the date it is attributed at, 2020 ' +
        '(the date it was bought or installed, as the inventory gives no date of manufacture: it was made in the 2 years before it), ' +
        'and its end, 2020-11-17, both fall in 2020, known no closer: confirm whose it is; an error is reported as a warning until then'],
      // Bought after Honor left Huawei: it may have been made before, when Honor was Huawei's.
      ['honor-2022', 'warning', 'honor belonged to huawei, which ndaa-889 names, from 2013 until 2020-11-17; the device was bought or installed ' +
        'on 2022-03-01, after 2020-11-17, and the inventory gives no date of manufacture: made in the 2 years before that, before or after 2020-11-17, not decided: ' +
        'confirm whose it is; an error is reported as a warning until then'],
    ])
  })

  it('finds nothing for a device of unknown manufacturer', () => {
    expect(run(POLICY, [item('x', undefined)]).findings).toEqual([])
  })

  it('reports the first list of the rule that names the group', () => {
    const yaml = `
version: 1
lists: { mine: [huawei, fiberhome] }
rules:
  - { id: r, lists: [mine, fcc-covered], effect: flag }
`
    const { findings } = run(yaml, [item('a', 'huawei'), item('b', 'fiberhome'), item('c', 'kaspersky')])
    expect(findings.map((f) => `${f.deviceId}:${f.list}`)).toEqual(['a:mine', 'b:mine', 'c:fcc-covered'])
  })

  it('matches components with match: components and says so in a note', () => {
    const yaml = `
version: 1
rules:
  - { id: parts, lists: [fcc-covered], match: components, effect: flag }
  - { id: made-by, lists: [fcc-covered], effect: flag }
`
    const { findings } = run(yaml, [
      item('cam-1', 'axis', {}, { componentGroups: ['huawei'] }),
      item('cam-2', 'axis'),
    ])
    expect(ids({ findings })).toEqual(['cam-1/parts'])
    expect(findings[0]).toMatchObject({ group: 'axis', matchedGroup: 'huawei', severity: 'note' })
    expect(findings[0]?.notes[0]).toContain('contains hardware components of huawei')
  })

  it('says whether the components a rule matched are hardware parts, software the device runs, or both, and does not weaken them for an unknown maker', () => {
    const yaml = 'version: 1\nrules:\n  - { id: parts, lists: [fcc-covered], match: components, effect: prohibit }\n'
    const software = { method: 'component' as const, manufacturer: 'kaspersky', value: 'Kaspersky Security Center', kind: 'software' }
    const chip = { method: 'component' as const, manufacturer: 'hisilicon', value: 'HiSilicon Hi3516', kind: 'soc' }
    const { findings } = run(yaml, [
      item('host', undefined, {}, { componentGroups: ['kaspersky'], evidence: [software], confidence: 0 }),
      item('nvr', undefined, {}, { componentGroups: ['huawei', 'kaspersky'], evidence: [chip, software], confidence: 0 }),
    ])
    expect(findings.map((f) => [f.deviceId, f.severity, f.notes])).toEqual([
      ['host', 'error', ['runs software of kaspersky, which fcc-covered names']],
      ['nvr', 'error', ['contains hardware components or runs software of huawei, which fcc-covered names']],
    ])
  })

  it('sorts findings by device id, then rule id', () => {
    const yaml = `
version: 1
rules:
  - { id: z-rule, lists: [fcc-covered], effect: flag }
  - { id: a-rule, lists: [ndaa-889], effect: prohibit }
`
    const { findings } = run(yaml, [item('b', 'zte'), item('a', 'huawei'), item('c', 'nokia')])
    expect(ids({ findings })).toEqual(['a/a-rule', 'a/z-rule', 'b/a-rule', 'b/z-rule'])
  })
})

describe('scope', () => {
  it('limits a rule to roles', () => {
    const yaml = 'version: 1\nrules:\n  - { id: r, lists: [fcc-covered], scope: { roles: [core, ran] }, effect: flag }\n'
    const r = run(yaml, [item('a', 'huawei', { role: 'core' }), item('b', 'huawei', { role: 'access' }), item('c', 'huawei')])
    expect(ids(r)).toEqual(['a/r'])
  })

  it('limits a rule to networks', () => {
    const yaml = 'version: 1\nrules:\n  - { id: r, lists: [fcc-covered], scope: { networks: [op-de] }, effect: flag }\n'
    const r = run(yaml, [item('a', 'zte', { network: 'op-de' }), item('b', 'zte', { network: 'op-fr' })])
    expect(ids(r)).toEqual(['a/r'])
  })

  it('limits a rule to site ids', () => {
    const yaml = 'version: 1\nrules:\n  - { id: r, lists: [fcc-covered], scope: { sites: [fra-1] }, effect: flag }\n'
    const r = run(yaml, [item('a', 'zte', { site: 'fra-1' }), item('b', 'zte', { site: 'ber-1' })])
    expect(ids(r)).toEqual(['a/r'])
  })

  it('requires every scope condition to hold', () => {
    const yaml = 'version: 1\nrules:\n  - { id: r, lists: [fcc-covered], scope: { roles: [core], networks: [op-de] }, effect: flag }\n'
    const r = run(yaml, [
      item('both', 'huawei', { role: 'core', network: 'op-de' }),
      item('role-only', 'huawei', { role: 'core', network: 'op-fr' }),
      item('net-only', 'huawei', { role: 'ran', network: 'op-de' }),
    ])
    expect(ids(r)).toEqual(['both/r'])
  })

  describe('geofence', () => {
    const yaml = `
version: 1
sites:
  - { id: ramstein, name: Ramstein Air Base, kind: military-base, lat: ${RAMSTEIN.lat}, lon: ${RAMSTEIN.lon} }
rules:
  - { id: zone, lists: [ndaa-889], scope: { near: { kind: military-base, km: 5 } }, effect: prohibit }
`
    it('measures great-circle distance with a 6371 km Earth radius', () => {
      expect(distanceKm(RAMSTEIN, KM_NORTH(3))).toBeCloseTo(3, 3)
      // Ramstein to Berlin Brandenburg airport, about 530 km.
      expect(distanceKm(RAMSTEIN, { lat: 52.3667, lon: 13.5033 })).toBeGreaterThan(500)
    })

    it('puts a device 3 km from the base inside a 5 km zone and one 8 km away outside', () => {
      const r = run(yaml, [item('near', 'hikvision', { ...KM_NORTH(3), purpose: 'national-security' }),
        item('far', 'hikvision', { ...KM_NORTH(8), purpose: 'national-security' })])
      expect(ids(r)).toEqual(['near/zone'])
    })

    it("uses the device's site coordinates when the device has none", () => {
      const sites = new Map<string, Site>([
        ['pop-near', { id: 'pop-near', ...KM_NORTH(3) }],
        ['pop-far', { id: 'pop-far', ...KM_NORTH(8) }],
      ])
      const r = run(yaml, [item('a', 'huawei', { site: 'pop-near' }), item('b', 'huawei', { site: 'pop-far' }),
        item('c', 'huawei', { site: 'pop-unknown' }), item('d', 'huawei')], { sites })
      expect(ids(r)).toEqual(['a/zone'])
    })

    it('says how far from which site a device in the zone is, and by whose coordinates', () => {
      const yokota = '  - { id: yokota, kind: military-base, lat: 35.7486, lon: 139.3486 }\n'
      const sites = new Map<string, Site>([['pop-near', { id: 'pop-near', ...KM_NORTH(4.2) }]])
      const r = run(yaml.replace('rules:', `${yokota}rules:`), [item('a', 'huawei', KM_NORTH(3)), item('b', 'huawei', { site: 'pop-near' }),
        item('c', 'huawei', { site: 'pop-near' })], { sites })
      expect(r.findings.map((f) => f.notes)).toEqual([
        ['3.00 km from military-base site "ramstein" (Ramstein Air Base), inside the rule\'s 5 km zone, by the device\'s own lat/lon'],
        ['4.20 km from military-base site "ramstein" (Ramstein Air Base), inside the rule\'s 5 km zone, by the coordinates of its site "pop-near"'],
        ['4.20 km from military-base site "ramstein" (Ramstein Air Base), inside the rule\'s 5 km zone, by the coordinates of its site "pop-near"'],
      ])
    })

    it("prefers the device's own position over its site's", () => {
      const sites = new Map<string, Site>([['pop-near', { id: 'pop-near', ...KM_NORTH(3) }]])
      const r = run(yaml, [item('a', 'huawei', { site: 'pop-near', ...KM_NORTH(8) })], { sites })
      expect(r.findings).toEqual([])
    })

    it('says that the sites of a geofence\'s kind lack coordinates, rather than that no site has the kind', () => {
      const sites = new Map<string, Site>([['base', { id: 'base', kind: 'military-base', lat: RAMSTEIN.lat }]])
      const r = run(yaml.replace(/sites:\n.*\n/, ''), [item('a', 'huawei', KM_NORTH(1))], { sites })
      expect(r.diagnostics).toMatchObject([{ code: 'unknown_site_kind', kind: 'military-base', unlocated: ['base'], suggestions: [] }])
      expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"policy.yaml:4:5 (rules[0].scope.near.kind): warning: no site of kind "military-base" has both lat and lon (base), so this geofence matches nothing. Give those sites lat and lon in decimal degrees, under "sites:" or in the --sites file."`)
    })

    it('takes zone centres from the sites passed in as well as from the policy', () => {
      const noSites = yaml.replace(/sites:\n.*\n/, '')
      const sites = new Map<string, Site>([['base', { id: 'base', kind: 'military-base', ...RAMSTEIN }]])
      expect(ids(run(noSites, [item('a', 'huawei', KM_NORTH(3))], { sites }))).toEqual(['a/zone'])
    })

    it('warns when no device of the listed makers has a position, by its own or its site\'s coordinates, so the zone can hold none', () => {
      const r = run(yaml, [item('a', 'huawei', { site: 'Den Haag' }), item('b', 'huawei'), item('c', 'cisco', KM_NORTH(1))])
      expect(r.findings).toEqual([])
      expect(r.diagnostics.map(formatDiagnostic)).toEqual(['policy.yaml:6:5 (rules[0].scope.near): warning: rule "zone": no device of its lists\' makers ' +
        'in its scope has a position, so none can be within 5 km of a site of kind "military-base". Give the devices lat and lon, or their sites ' +
        'coordinates (the policy\'s sites:, or --sites with id,name,kind,lat,lon).'])
      // Every listed device with a position, inside the zone or not: the zone was tested.
      expect(run(yaml, [item('b', 'huawei', KM_NORTH(80)), item('c', 'huawei', KM_NORTH(1))]).diagnostics).toEqual([])
      const sites = new Map<string, Site>([['pop-far', { id: 'pop-far', ...KM_NORTH(80) }]])
      expect(run(yaml, [item('a', 'huawei', { site: 'pop-far' })], { sites }).diagnostics).toEqual([])
      // One placed, one whose site the sites table lacks, one with no site: the two were taken as
      // outside the zone without being measured, which a covered device 1 km from the base may be.
      const partly = run(yaml, [item('a', 'huawei', { site: 'Den Haag' }), item('b', 'huawei', KM_NORTH(80)), item('d', 'huawei')])
      expect(partly.diagnostics.map(formatDiagnostic)).toEqual(['policy.yaml:6:5 (rules[0].scope.near): warning: rule "zone": some devices of its lists\' makers ' +
        'in its scope have no position (their own lat and lon, or a site with coordinates), so they were taken as outside the 5 km zone around sites of kind ' +
        '"military-base" without being measured. To check them, give them lat and lon, or their sites coordinates (the policy\'s sites:, or --sites with ' +
        'id,name,kind,lat,lon); a rule without near: covers them wherever they are.'])
      // No device of the listed makers: nothing to say.
      expect(run(yaml, [item('c', 'cisco')]).diagnostics).toEqual([])
    })

    it('merges the geofence record of several checks, as worker threads give them', () => {
      const compiled = compilePolicy(policyOf(yaml), NO_SITES)
      const [unlocated, located] = [newCheckState(compiled), newCheckState(compiled)]
      const catalog = loadDefaultCatalog()
      const check = (device: Device, state: ReturnType<typeof newCheckState>) => checkDevice(compiled, device, identify(device, catalog), NOW, state)
      check({ id: 'a', manufacturer: 'Huawei', site: 'nowhere' }, unlocated)
      check({ id: 'b', manufacturer: 'Huawei', ...KM_NORTH(80) }, located)
      const merged = newCheckState(compiled)
      for (const s of [unlocated, located]) s.used.forEach((u, i) => { merged.used[i]! |= u })
      expect(exemptionDiagnostics(compiled, unlocated, NOW).map((d) => d.code)).toEqual(['zone_unlocated'])
      expect(exemptionDiagnostics(compiled, located, NOW)).toEqual([])
      expect(exemptionDiagnostics(compiled, merged, NOW).map((d) => d.code)).toEqual(['zone_partly_unlocated'])
    })

    it('warns when no site has the kind a geofence names', () => {
      const r = run(yaml.replace('kind: military-base, km', 'kind: embassy, km'), [item('a', 'huawei', KM_NORTH(1))])
      expect(r.findings).toEqual([])
      expect(r.diagnostics.map((d) => d.code)).toEqual(['unknown_site_kind'])
      expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"policy.yaml:6:5 (rules[0].scope.near.kind): warning: no site of kind "embassy" is defined, so this geofence matches nothing. Known kinds: military-base."`)
    })

    it('suggests the kind a differently written one means, and says when no site has a kind', () => {
      const r = run(yaml.replace('kind: military-base, km', 'kind: Military Base, km'), [item('a', 'huawei', KM_NORTH(1))])
      expect(r.diagnostics).toMatchObject([{ code: 'unknown_site_kind', kind: 'Military Base', suggestions: ['military-base'] }])
      const kindless = run(yaml.replace('kind: military-base, lat', 'lat'), [item('a', 'huawei', KM_NORTH(1))])
      expect(formatDiagnostic(kindless.diagnostics[0]!)).toMatch(/No site has a kind: give the sites under "sites:" \(or in the --sites file\) a kind and lat\/lon\.$/)
    })
  })
})

describe('purposes', () => {
  const yaml = (extra = '') => `
version: 1
rules:
  - { id: cams, lists: [fcc-covered], effect: prohibit${extra} }
`
  it('keeps full severity when the device purpose is one the list entry covers', () => {
    const { findings } = run(yaml(), [item('c', 'dahua', { purpose: 'public-safety' })])
    expect(findings[0]).toMatchObject({ severity: 'error', notes: [] })
  })

  it('lowers an unestablished purpose to a warning with a note naming the purposes', () => {
    const { findings } = run(yaml(), [item('c', 'hikvision')])
    expect(findings[0]?.severity).toBe('warning')
    expect(findings[0]?.notes).toEqual([
      'fcc-covered names hikvision only for equipment used for public-safety, government-facility-security, ' +
      "critical-infrastructure-surveillance, national-security; the purpose of this device is not established (set the device's purpose or the rule's purposes)",
    ])
  })

  it('establishes the purpose from the rule when the device does not state one', () => {
    const { findings } = run(yaml(', purposes: [government-facility-security]'), [item('c', 'hytera')])
    expect(findings[0]).toMatchObject({ severity: 'error', notes: [] })
  })

  it('reads a purpose as an inventory writes it (Public Safety, public_safety) and keeps a near miss as a warning to confirm', () => {
    const r = run(yaml(), [item('a', 'hikvision', { purpose: 'Public Safety' }), item('b', 'dahua', { purpose: 'national_security' }),
      item('c', 'hikvision', { purpose: 'public-saftey' }), item('d', 'hikvision', { purpose: 'office monitoring' })])
    expect(r.findings.map((f) => `${f.deviceId}/${f.severity}`)).toEqual(['a/error', 'b/error', 'c/warning'])
    expect(r.findings[2]?.notes).toEqual([
      'fcc-covered names hikvision only for equipment used for public-safety, government-facility-security, critical-infrastructure-surveillance, ' +
      'national-security; the purpose the inventory records for this device is none of these but close to one: write it as one of them, or as its real purpose',
    ])
  })

  it('keeps a purpose written in words of a covered one (physical security, of critical-infrastructure-surveillance) as a warning to confirm, not as another use', () => {
    // A gate camera an inventory records for "Physical security": security of a government
    // facility, or of critical infrastructure? Not "retail" either way.
    const r = run(yaml(), [item('gate', 'hikvision', { purpose: 'Physical security' }), item('lobby', 'dahua', { purpose: 'video surveillance' }),
      item('hall', 'hytera', { purpose: 'Government facilities' }), item('shop', 'dahua', { purpose: 'retail footfall counting' })])
    expect(r.findings.map((f) => `${f.deviceId}/${f.severity}/${f.toConfirm?.join()}`)).toEqual([
      'gate/warning/purpose_not_established', 'hall/warning/purpose_not_established', 'lobby/warning/purpose_not_established',
    ])
    expect(r.findings[0]?.notes[0]).toMatch(/the purpose the inventory records for this device is none of these but close to one: write it as one of them/)
  })

  it('skips a device whose stated purpose the list entry does not cover', () => {
    expect(run(yaml(), [item('c', 'dahua', { purpose: 'retail' })]).findings).toEqual([])
  })

  it('leaves entries without a purpose limitation alone', () => {
    expect(run(yaml(), [item('r', 'huawei')]).findings[0]).toMatchObject({ severity: 'error', notes: [] })
  })

  it('does not raise a flag above note when the purpose is unknown', () => {
    const { findings } = run(yaml().replace('prohibit', 'flag'), [item('c', 'dahua')])
    expect(findings[0]?.severity).toBe('note')
  })
})

describe('effects and severity', () => {
  it('makes prohibit an error with the policy effective date as deadline', () => {
    const { findings } = run('version: 1\neffective: 2026-01-01\nrules:\n  - { id: r, lists: [ndaa-889], effect: prohibit }\n', [item('a', 'zte')])
    expect(findings[0]).toMatchObject({ severity: 'error', effect: { kind: 'prohibit' }, deadline: '2026-01-01' })
  })

  it('makes prohibit a warning before the policy takes effect, as s.889(a)(1)(B) did before 2020-08-13, and an error from that day', () => {
    // NDAA FY2019 s.889(a)(1)(B) (Pub. L. 115-232) applies two years after enactment (2018-08-13):
    // https://www.eac.gov/what-section-889-fy-2019-ndaa ("went into effect on August 13, 2020").
    const yaml = 'version: 1\neffective: 2020-08-13\nrules:\n  - { id: s889-b, lists: [ndaa-889], effect: prohibit }\n'
    const finding = (now: string) => run(yaml, [item('a', 'zte')], { now: new Date(now) }).findings[0]
    expect(finding('2020-08-12T23:59:59Z')).toMatchObject({ severity: 'warning', deadline: '2020-08-13' })
    expect(finding('2020-08-12T12:00:00Z')?.notes).toEqual([
      'the prohibition applies from 2020-08-13, the policy\'s effective date: until then the finding is a warning',
    ])
    expect(finding('2020-08-13T00:00:00Z')).toMatchObject({ severity: 'error', deadline: '2020-08-13', notes: [] })
    // A severity the rule sets is kept, without the note.
    const set = run(yaml.replace('effect: prohibit', 'effect: prohibit, severity: error'), [item('a', 'zte')], { now: new Date('2020-01-01') }).findings[0]
    expect(set).toMatchObject({ severity: 'error', notes: [] })
  })

  it('dates a prohibit finding from the day the list added its maker when that is later than the policy\'s effective date (DJI on the Covered List since 2025-12-22)', () => {
    // FCC Covered List (https://www.fcc.gov/supplychain/coveredlist): Huawei since March 12, 2021;
    // the FY25 NDAA s.1709(a)(1) entry (DJI, Autel Robotics) since December 22, 2025.
    const yaml = 'version: 1\neffective: 2021-03-12\nrules:\n  - { id: covered, lists: [fcc-covered], effect: prohibit }\n'
    const items = [item('drone', 'dji'), item('router', 'huawei')]
    const before = run(yaml, items, { now: new Date('2025-06-01') }).findings
    expect(before.map((f) => [f.deviceId, f.severity, f.deadline])).toEqual([['drone', 'warning', '2025-12-22'], ['router', 'error', '2021-03-12']])
    expect(before[0]?.notes).toEqual([
      'fcc-covered names dji from 2025-12-22, after the policy\'s effective date 2021-03-12: the prohibition applies to it from that day, the finding\'s deadline',
    ])
    expect(before[1]?.notes).toEqual([])
    expect(run(yaml, items, { now: new Date('2025-12-22') }).findings.map((f) => [f.deviceId, f.severity, f.deadline]))
      .toEqual([['drone', 'error', '2025-12-22'], ['router', 'error', '2021-03-12']])
  })

  it('dates a prohibit rule from its own effective date in a policy of several rules (the UK direction\'s ban on new Huawei equipment beside s.889)', () => {
    // The UK's designated vendor direction, issued 13 October 2022: "an immediate ban on the installation of new Huawei
    // equipment in 5G networks" (https://www.commsupdate.com/articles/2022/10/14/dcms-confirms-issuance-of-legal-notices-to-operators-related-to-removal-of-huawei-equipment/).
    const yaml = 'version: 1\neffective: 2020-08-13\nrules:\n' +
      '  - { id: s889-b, lists: [ndaa-889], effect: prohibit }\n' +
      '  - { id: dvd-5g-new, lists: [ndaa-889], effect: prohibit, effective: 2022-10-13 }\n'
    const findings = (now: string) => run(yaml, [item('gnb', 'huawei')], { now: new Date(now) }).findings
    expect(findings('2026-09-01').map((f) => [f.rule, f.severity, f.deadline])).toEqual([['dvd-5g-new', 'error', '2022-10-13'], ['s889-b', 'error', '2020-08-13']])
    const before = findings('2022-01-01')
    expect(before.map((f) => [f.rule, f.severity])).toEqual([['dvd-5g-new', 'warning'], ['s889-b', 'error']])
    expect(before[0]?.notes).toEqual(['the prohibition applies from 2022-10-13, the rule\'s effective date: until then the finding is a warning'])
    // Without a policy date, the rule's own still dates it.
    const alone = run('version: 1\nrules:\n  - { id: r, lists: [fcc-covered], effect: prohibit, effective: 2022-10-13 }\n', [item('d', 'dji')]).findings[0]
    expect(alone).toMatchObject({ deadline: '2025-12-22', severity: 'error' })
    expect(alone?.notes).toEqual(['fcc-covered names dji from 2025-12-22, after the rule\'s effective date 2022-10-13: the prohibition applies to it from that day, the finding\'s deadline'])
  })

  it('gives prohibit no deadline when the policy has no effective date', () => {
    const { findings } = run('version: 1\nrules:\n  - { id: r, lists: [ndaa-889], effect: prohibit }\n', [item('a', 'zte')])
    expect(findings[0]).not.toHaveProperty('deadline')
  })

  it('makes remove-by a warning until the date and an error after it', () => {
    const yaml = 'version: 1\nrules:\n  - { id: r, lists: [fcc-covered], effect: { remove-by: 2026-12-31 } }\n'
    const severity = (now: string) => run(yaml, [item('a', 'huawei')], { now: new Date(now) }).findings[0]?.severity
    expect(severity('2026-06-01T00:00:00Z')).toBe('warning')
    expect(severity('2026-12-31T23:59:59Z')).toBe('warning')
    expect(severity('2027-01-01T00:00:00Z')).toBe('error')
    expect(run(yaml, [item('a', 'huawei')]).findings[0]).toMatchObject({ deadline: '2026-12-31', effect: { kind: 'remove_by', date: '2026-12-31' } })
  })

  it('makes flag a note without deadline', () => {
    const { findings } = run('version: 1\nrules:\n  - { id: r, lists: [fcc-covered], effect: flag }\n', [item('a', 'huawei')])
    expect(findings[0]).toMatchObject({ severity: 'note', effect: { kind: 'flag' } })
    expect(findings[0]).not.toHaveProperty('deadline')
  })

  it('reports an attribution on weak evidence alone as a warning with a note, never an error', () => {
    const weak = item('a', 'huawei', {}, { confidence: 0.4 })
    const { findings } = run('version: 1\nrules:\n  - { id: r, lists: [fcc-covered], effect: prohibit }\n', [weak, item('b', 'huawei')])
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'error'])
    expect(findings[0]?.notes.join(' ')).toMatch(/weak evidence/)
    expect(findings[1]?.notes).toEqual([])
  })

  it('marks a finding on weak evidence as one to confirm, and leaves a finding on firm evidence unmarked', () => {
    const weak = item('a', 'huawei', {}, { confidence: 0.4 })
    const { findings } = run('version: 1\nrules:\n  - { id: r, lists: [fcc-covered], effect: prohibit }\n', [weak, item('b', 'huawei')])
    expect(findings.map((f) => [f.deviceId, f.toConfirm])).toEqual([['a', ['weak_evidence']], ['b', undefined]])
    expect(findings[1]).not.toHaveProperty('toConfirm')
  })

  it('reports a device attributed to another maker when ordinary evidence also points at a listed group, as a warning to confirm', () => {
    const catalog = loadDefaultCatalog()
    const devices: Device[] = [
      // A Huawei MAC and a Cisco MAC: a tie that the attribution breaks one way.
      { id: 'split', macs: ['00:e0:fc:12:34:56', '00:00:0c:12:34:56'] },
      // Declared Huawei, but the MAC block is Cisco's: the inventory's word is evidence too.
      { id: 'declared', manufacturer: 'Huawei', macs: ['00:00:0c:12:34:57'] },
      // Cisco by its MAC and sysObjectID: nothing points elsewhere.
      { id: 'agreed', macs: ['00:00:0c:12:34:58'], snmp: { sysObjectID: '1.3.6.1.4.1.9.1.1' } },
      { id: 'huawei', macs: ['00:e0:fc:12:34:59'] },
    ]
    const compiled = compilePolicy(policyOf('version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n'), NO_SITES)
    const attributions = devices.map((d) => identify(d, catalog))
    expect(attributions.map((a) => [a.deviceId, a.group, a.rivals?.map((r) => r.group)])).toEqual([
      ['split', 'cisco', ['huawei']], ['declared', 'cisco', ['huawei']], ['agreed', 'cisco', undefined], ['huawei', 'huawei', undefined],
    ])
    const findings = devices.flatMap((d, i) => checkDevice(compiled, d, attributions[i]!, NOW))
    expect(findings.map((f) => [f.deviceId, f.severity, f.group, f.matchedGroup])).toEqual([
      ['split', 'warning', 'cisco', 'huawei'], ['declared', 'warning', 'cisco', 'huawei'], ['huawei', 'error', 'huawei', 'huawei'],
    ])
    expect(findings[0]!.notes.join(' ')).toMatch(/^the evidence is split: .*evidence of huawei, which ndaa-889 names, points at it too .*confirm the maker/)
    expect(findings[2]!.notes).toEqual([])
    // A rival below the weak-evidence threshold (a banner several makers send) is no finding.
    const hinted = { ...attributions[2]!, rivals: [{ group: 'huawei', score: 0.4 }] }
    expect(checkDevice(compiled, devices[2]!, hinted, NOW)).toEqual([])
  })

  it('reports split evidence of a maker below the top of its group to a list that names that maker, as it reports the maker\'s own devices', () => {
    const catalog = loadDefaultCatalog()
    // Declared HiSilicon (in Huawei's group), with a Cisco MAC block; and a HiSilicon device alone.
    const devices: Device[] = [{ id: 'split', manufacturer: 'HiSilicon', macs: ['00:00:0c:12:34:56'] }, { id: 'hisilicon', manufacturer: 'HiSilicon' }]
    const compiled = compilePolicy(policyOf('version: 1\nlists:\n  chips: [hisilicon]\nrules:\n  - { id: no-hisilicon, lists: [chips], effect: prohibit }\n'), NO_SITES)
    const attributions = devices.map((d) => identify(d, catalog))
    expect(attributions[0]!.rivals).toEqual([{ group: 'huawei', score: 0.6, makers: ['hisilicon'] }])
    const findings = devices.flatMap((d, i) => checkDevice(compiled, d, attributions[i]!, NOW))
    expect(findings.map((f) => [f.deviceId, f.severity, f.group, f.matchedGroup])).toEqual([
      ['split', 'warning', 'cisco', 'hisilicon'], ['hisilicon', 'error', 'huawei', 'hisilicon'],
    ])
  })

  it('lets a rule override the severity', () => {
    const { findings } = run('version: 1\nrules:\n  - { id: r, lists: [fcc-covered], effect: flag, severity: error }\n', [item('a', 'huawei')])
    expect(findings[0]?.severity).toBe('error')
  })
})

describe('exemptions', () => {
  const yaml = (exemptions: string) => `
version: 1
rules:
  - { id: ban, lists: [ndaa-889], effect: prohibit }
  - { id: watch, lists: [ndaa-889], effect: flag }
exemptions:
${exemptions}`

  it('lifts one rule on one device while the exemption is active', () => {
    const r = run(yaml('  - { device: a, rule: ban, until: 2026-09-01, reason: PO 4711 }\n'), [item('a', 'huawei'), item('b', 'huawei')])
    expect(ids(r)).toEqual(['a/watch', 'b/ban', 'b/watch'])
    expect(r.diagnostics).toMatchObject([{ code: 'exemption_applied', severity: 'info', until: '2026-09-01', daysLeft: 0 }])
  })

  it('names each waiver a report rests on, with its reason and last day, as a s.889 attestation must disclose it', () => {
    // A contractor's waiver for one camera under s.889(d); the findings it lifts are left out of the report.
    const policy = 'version: 1\neffective: 2020-08-13\nrules:\n  - { id: s889-b, lists: [ndaa-889], effect: prohibit }\n' +
      'exemptions:\n  - { device: cam-7, until: 2027-03-31, reason: "agency waiver under s.889(d), FAR 4.2104" }\n' +
      '  - { device: nvr-1, until: 2026-06-30, reason: "replacement ordered, PO 4711" }\n'
    const r = run(policy, [item('cam-7', 'dahua', { purpose: 'public-safety' }), item('nvr-1', 'hikvision', { purpose: 'public-safety' })], { now: new Date('2026-12-07') })
    expect(ids(r)).toEqual(['nvr-1/s889-b'])
    expect(r.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'policy.yaml:6:5 (exemptions[0]): info: the exemption for "device cam-7" (agency waiver under s.889(d), FAR 4.2104) lifted findings, which are not reported; ' +
        'it applies until 2027-03-31, 114 days from the check\'s date.',
      'policy.yaml:7:5 (exemptions[1]): info: the exemption for "device nvr-1" (replacement ordered, PO 4711) expired on 2026-06-30 and no longer applies: its findings are reported.',
    ])
  })

  it('lifts every rule for a device exemption and every device for a rule exemption', () => {
    const r = run(yaml('  - { device: a, until: 2027-01-01, reason: lab }\n  - { rule: watch, until: 2027-01-01, reason: noise }\n'),
      [item('a', 'huawei'), item('b', 'huawei')])
    expect(ids(r)).toEqual(['b/ban'])
  })

  it('stops applying an expired exemption and reports it', () => {
    const r = run(yaml('  - { device: a, rule: ban, until: 2026-08-31, reason: PO 4711 }\n'), [item('a', 'huawei')])
    expect(ids(r)).toEqual(['a/ban', 'a/watch'])
    expect(r.diagnostics).toMatchObject([{ code: 'exemption_expired', severity: 'info', until: '2026-08-31', at: { line: 7 } }])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"policy.yaml:7:5 (exemptions[0]): info: the exemption for "device a, rule ban" (PO 4711) expired on 2026-08-31 and no longer applies: its findings are reported."`)
  })

  it('counts an exemption renewed beside the first, and a device\'s beside its rule\'s, as used: both lift the finding', () => {
    const r = run(yaml('  - { device: a, rule: ban, until: 2026-12-31, reason: PO 4711 }\n  - { device: a, rule: ban, until: 2027-06-30, reason: "PO 4711, delivery late" }\n' +
      '  - { rule: watch, until: 2027-01-01, reason: noise }\n  - { device: a, rule: watch, until: 2027-01-01, reason: lab }\n'), [item('a', 'huawei')])
    expect(ids(r)).toEqual([])
    expect(r.diagnostics.map((d) => d.code)).toEqual(['exemption_applied', 'exemption_applied', 'exemption_applied', 'exemption_applied'])
  })

  it('says that devices writing an exempted site otherwise (FRA beside fra, merged from two tools) are outside the exemption', () => {
    const r = run(yaml('  - { site: fra, until: 2027-01-01, reason: swap ordered }\n'),
      [item('a', 'huawei', { site: 'fra' }), item('b', 'huawei', { site: 'FRA' }), item('c', 'huawei', { site: 'muc' })])
    expect(ids(r)).toEqual(['b/ban', 'b/watch', 'c/ban', 'c/watch'])
    expect(r.diagnostics).toMatchObject([{ code: 'exemption_applied', otherWritings: ['FRA'] }])
    expect(formatDiagnostic(r.diagnostics[0]!)).toContain('The inventory also writes it "FRA", and the devices written so are outside the exemption, their findings reported')
    // The devices written as the exemption does have no findings, those written otherwise do.
    const unused = run(yaml('  - { network: op-de, until: 2027-01-01, reason: lab }\n'), [item('a', 'cisco', { network: 'op-de' }), item('b', 'huawei', { network: 'OP_DE' })])
    expect(unused.diagnostics).toMatchObject([{ code: 'exemption_unused', network: 'op-de', networkInInventory: true, otherWritings: ['OP_DE'] }])
    expect(formatDiagnostic(unused.diagnostics[0]!)).toMatch(/matches no finding\. The inventory also writes it "OP_DE"/)
    // Written one way only: nothing more to say.
    expect(run(yaml('  - { site: fra, until: 2027-01-01, reason: swap }\n'), [item('a', 'huawei', { site: 'fra' })]).diagnostics[0]).not.toHaveProperty('otherWritings')
  })

  it('reports an exemption that lifts no finding', () => {
    const r = run(yaml('  - { device: ghost, until: 2027-01-01, reason: typo? }\n'), [item('a', 'huawei')])
    expect(r.diagnostics).toMatchObject([{ code: 'exemption_unused', severity: 'info', target: 'device ghost', at: { line: 7 } }])
  })

  it('says whether an unused exemption names a device the inventory lacks (a typo in its id) or one without findings', () => {
    const r = run(yaml('  - { device: Cam-042, rule: ban, until: 2027-01-01, reason: PO 4711 }\n  - { device: c, until: 2027-01-01, reason: lab }\n'),
      [item('cam-042', 'huawei'), item('c', 'cisco')])
    expect(ids(r)).toEqual(['cam-042/ban', 'cam-042/watch'])
    expect(r.diagnostics).toMatchObject([{ deviceInInventory: false }, { deviceInInventory: true }])
    expect(r.diagnostics.map((d) => formatDiagnostic(d))).toMatchInlineSnapshot(`
      [
        "policy.yaml:7:5 (exemptions[0]): info: the exemption for "device Cam-042, rule ban" matches no finding: no device of the inventory has the id "Cam-042". The inventory has the near spelling "cam-042": if that is the one meant, write it as the inventory does (letter case counts).",
        "policy.yaml:8:5 (exemptions[1]): info: the exemption for "device c" matches no finding.",
      ]
    `)
  })

  it('tells a network or site in a scope that no device of the inventory has (a typo there silences the rule)', () => {
    const yaml = 'version: 1\nrules:\n  - { id: de-core, lists: [ndaa-889], scope: { networks: [op-de, op_it] }, effect: prohibit }\n' +
      '  - { id: pop, lists: [ndaa-889], scope: { sites: [fra-1, Ber-1] }, effect: flag }\n'
    const r = run(yaml, [item('a', 'huawei', { network: 'op-de', site: 'fra-1' }), item('b', 'cisco', { network: 'op-it', site: 'ber-1' })])
    expect(ids(r)).toEqual(['a/de-core', 'a/pop'])
    expect(r.diagnostics).toMatchObject([
      { code: 'scope_value_unseen', severity: 'info', rule: 'de-core', key: 'networks', value: 'op_it', at: { line: 3, path: ['rules', 0, 'scope', 'networks', 1] } },
      { code: 'scope_value_unseen', rule: 'pop', key: 'sites', value: 'Ber-1', at: { line: 4 } },
    ])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"policy.yaml:3:5 (rules[0].scope.networks[1]): info: rule "de-core" names the network "op_it", which no device of the inventory has. The inventory's network column has the near spelling "op-it": if that is the one meant, write it as the inventory does (letter case counts)."`)
  })

  it('waives every device of a site, or of a network for one rule, and names each waiver with its reason and days left', () => {
    // A base whose network replacement is contracted; an operator's 5G network under a regulator's extension, for the core rule alone.
    const policy = 'version: 1\nlists: { huawei-zte: [huawei, zte] }\nrules:\n' +
      '  - { id: s889-ban, lists: [ndaa-889], effect: prohibit }\n' +
      '  - { id: de-5g-core, lists: [huawei-zte], scope: { roles: [core] }, effect: { remove-by: 2026-12-31 } }\n' +
      'exemptions:\n  - { site: ramstein, until: 2027-06-30, reason: "base network replacement contracted, PO 8812" }\n' +
      '  - { network: op-de-5g, rule: de-5g-core, until: 2027-12-31, reason: "regulator\'s extension of 2026-05-04" }\n'
    const r = run(policy, [
      item('rs-sw1', 'huawei', { site: 'ramstein', network: 'base-lan', role: 'access' }),
      item('rs-cam2', 'hikvision', { site: 'ramstein', role: 'camera', purpose: 'public-safety' }),
      item('fra-core1', 'huawei', { site: 'fra-1', network: 'op-de-5g', role: 'core' }),
      item('ham-core1', 'zte', { site: 'ham-1', network: 'op-de-4g', role: 'core' }),
    ])
    // The network's exemption names one rule: the prohibition still finds its core.
    expect(ids(r)).toEqual(['fra-core1/s889-ban', 'ham-core1/de-5g-core', 'ham-core1/s889-ban'])
    expect(r.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'policy.yaml:7:5 (exemptions[0]): info: the exemption for "site ramstein" (base network replacement contracted, PO 8812) lifted findings, which are not reported; ' +
        'it applies until 2027-06-30, 302 days from the check\'s date.',
      'policy.yaml:8:5 (exemptions[1]): info: the exemption for "network op-de-5g, rule de-5g-core" (regulator\'s extension of 2026-05-04) lifted findings, which are not reported; ' +
        'it applies until 2027-12-31, 486 days from the check\'s date.',
    ])
  })

  it('stops waiving a site when its exemption expires, and reports its findings again', () => {
    const r = run(yaml('  - { site: ramstein, until: 2026-08-31, reason: PO 8812 }\n'), [item('a', 'huawei', { site: 'ramstein' })])
    expect(ids(r)).toEqual(['a/ban', 'a/watch'])
    expect(r.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'policy.yaml:7:5 (exemptions[0]): info: the exemption for "site ramstein" (PO 8812) expired on 2026-08-31 and no longer applies: its findings are reported.',
    ])
  })

  it('says when a site or network exemption matched no device, naming the site or network it looked for (a typo there waives nothing)', () => {
    const r = run(yaml('  - { site: Ramstein, until: 2027-06-30, reason: PO 8812 }\n  - { network: op-de-5g, rule: ban, until: 2027-12-31, reason: extension }\n' +
      '  - { site: fra-1, until: 2027-06-30, reason: lab }\n'),
    [item('rs-sw1', 'huawei', { site: 'ramstein', network: 'base-lan' }), item('fra-sw1', 'cisco', { site: 'fra-1', network: 'op-de-4g' })])
    expect(ids(r)).toEqual(['rs-sw1/ban', 'rs-sw1/watch'])
    expect(r.diagnostics).toMatchObject([
      { code: 'exemption_unused', site: 'Ramstein', siteInInventory: false },
      { code: 'exemption_unused', network: 'op-de-5g', networkInInventory: false },
      { code: 'exemption_unused', site: 'fra-1', siteInInventory: true },
    ])
    expect(r.diagnostics.map((d) => formatDiagnostic(d))).toMatchInlineSnapshot(`
      [
        "policy.yaml:7:5 (exemptions[0]): info: the exemption for "site Ramstein" matches no finding: no device of the inventory is at the site "Ramstein". The inventory has the near spelling "ramstein": if that is the one meant, write it as the inventory does (letter case counts).",
        "policy.yaml:8:5 (exemptions[1]): info: the exemption for "network op-de-5g, rule ban" matches no finding: no device of the inventory is on the network "op-de-5g". Write it as the inventory's network column gives it (letter case counts).",
        "policy.yaml:9:5 (exemptions[2]): info: the exemption for "site fra-1" matches no finding.",
      ]
    `)
  })

  describe('the inventory\'s spelling of a name no device has', () => {
    // An operator's policy written from a planning sheet, checked against the inventory its NMS exports.
    const POLICY = 'version: 1\nrules:\n' +
      '  - { id: de-core, lists: [ndaa-889], scope: { networks: [op_de] }, effect: prohibit }\n' +
      '  - { id: fra-pop, lists: [ndaa-889], scope: { sites: [fra, ramstien] }, effect: flag }\n' +
      '  - { id: de-5g, lists: [ndaa-889], scope: { networks: [op-de-5g] }, effect: flag }\n' +
      'exemptions:\n  - { device: RT-FRA-01, until: 2027-06-30, reason: PO 4711 }\n  - { site: Fra_2, until: 2027-06-30, reason: PO 4712 }\n'
    const INVENTORY = [
      item('rt-fra-01', 'huawei', { network: 'OP-DE', site: 'FRA' }),
      item('rt-fra-02', 'huawei', { network: 'Op-De', site: 'FRA-2' }),
      item('rs-sw1', 'huawei', { network: 'op-de-4g', site: 'ramstein' }),
    ]

    it('names the inventory\'s spelling when only case, `_` or `-` differ, or one letter slipped, and none when a digit differs', () => {
      const r = run(POLICY, INVENTORY)
      expect(ids(r)).toEqual([])
      expect(r.diagnostics).toMatchObject([
        { code: 'scope_value_unseen', value: 'op_de', inventorySpellings: ['OP-DE', 'Op-De'] },
        { code: 'scope_value_unseen', value: 'op-de-5g' },
        { code: 'scope_value_unseen', value: 'fra', inventorySpellings: ['FRA'] },
        { code: 'scope_value_unseen', value: 'ramstien', inventorySpellings: ['ramstein'] },
        { code: 'exemption_unused', device: 'RT-FRA-01', inventorySpellings: ['rt-fra-01'] },
        { code: 'exemption_unused', site: 'Fra_2', inventorySpellings: ['FRA-2'] },
      ])
      // op-de-4g is one slip from op-de-5g, but another network: not offered.
      expect(r.diagnostics[1]).not.toHaveProperty('inventorySpellings')
      expect(r.diagnostics.map((d) => formatDiagnostic(d))).toMatchInlineSnapshot(`
        [
          "policy.yaml:3:5 (rules[0].scope.networks[0]): info: rule "de-core" names the network "op_de", which no device of the inventory has. The inventory's network column has the near spellings "OP-DE" and "Op-De": if one of them is the one meant, write it as the inventory does (letter case counts).",
          "policy.yaml:5:5 (rules[2].scope.networks[0]): info: rule "de-5g" names the network "op-de-5g", which no device of the inventory has. If the inventory should have it, write it as the inventory's network column does (letter case counts).",
          "policy.yaml:4:5 (rules[1].scope.sites[0]): info: rule "fra-pop" names the site "fra", which no device of the inventory has. The inventory's site column has the near spelling "FRA": if that is the one meant, write it as the inventory does (letter case counts).",
          "policy.yaml:4:5 (rules[1].scope.sites[1]): info: rule "fra-pop" names the site "ramstien", which no device of the inventory has. The inventory's site column has the near spelling "ramstein": if that is the one meant, write it as the inventory does (letter case counts).",
          "policy.yaml:7:5 (exemptions[0]): info: the exemption for "device RT-FRA-01" matches no finding: no device of the inventory has the id "RT-FRA-01". The inventory has the near spelling "rt-fra-01": if that is the one meant, write it as the inventory does (letter case counts).",
          "policy.yaml:8:5 (exemptions[1]): info: the exemption for "site Fra_2" matches no finding: no device of the inventory is at the site "Fra_2". The inventory has the near spelling "FRA-2": if that is the one meant, write it as the inventory does (letter case counts).",
        ]
      `)
    })

    it('tells when the inventory writes a network the scope names also otherwise, on devices the rule then leaves out (two exports merged)', () => {
      const r = run('version: 1\nrules:\n  - { id: de-core, lists: [ndaa-889], scope: { networks: [op-de, op-fr] }, effect: prohibit }\n', [
        item('nms-r1', 'huawei', { network: 'op-de' }),
        item('cmdb-r2', 'huawei', { network: 'OP-DE' }),
        item('cmdb-r3', 'huawei', { network: 'op_de' }),
        item('fr-r1', 'huawei', { network: 'op-fr' }),
        // One slip, not the same network written otherwise: not told.
        item('fr-r2', 'huawei', { network: 'op-frr' }),
      ])
      expect(ids(r)).toEqual(['fr-r1/de-core', 'nms-r1/de-core'])
      expect(r.diagnostics).toMatchObject([{ code: 'scope_value_split', rule: 'de-core', key: 'networks', value: 'op-de', inventorySpellings: ['OP-DE', 'op_de'] }])
      expect(r.diagnostics).toHaveLength(1)
      expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"policy.yaml:3:5 (rules[0].scope.networks[0]): info: rule "de-core" names the network "op-de"; the inventory's network column also writes it "OP-DE" and "op_de", and the devices written so are outside the rule (letter case counts). If they are the same network, write it one way in the inventory, or name each writing in the rule's scope."`)
    })

    it('keeps the same spellings when worker threads each check a part of the inventory, whatever order their parts merge in', () => {
      const compiled = compilePolicy(policyOf(POLICY), NO_SITES)
      const whole = newCheckState(compiled)
      for (const { device, attribution } of INVENTORY) checkDevice(compiled, device, attribution, NOW, whole)
      const parts = INVENTORY.map(({ device, attribution }) => {
        const state = newCheckState(compiled)
        checkDevice(compiled, device, attribution, NOW, state)
        return state
      })
      for (const order of [parts, [...parts].reverse()]) {
        const merged = newCheckState(compiled)
        for (const part of order) mergeCheckState(merged, part)
        expect(exemptionDiagnostics(compiled, merged, NOW)).toEqual(exemptionDiagnostics(compiled, whole, NOW))
      }
      expect(exemptionDiagnostics(compiled, whole, NOW)[0]).toMatchObject({ value: 'op_de', inventorySpellings: ['OP-DE', 'Op-De'] })
    })

    it('keeps the three nearest spellings per name, not every value of a large inventory', () => {
      // 200,000 devices at 200,000 sites: the spellings kept stay three per name, those of case and `_` first.
      const compiled = compilePolicy(policyOf('version: 1\nrules:\n  - { id: pop, lists: [ndaa-889], scope: { sites: [fra-pop] }, effect: flag }\n' +
        'exemptions:\n  - { device: Rt-Fra-01, until: 2027-06-30, reason: PO 1 }\n'), NO_SITES)
      const state = newCheckState(compiled)
      const near = ['fra-pops', 'FRA_POP', 'fro-pop', 'Fra-Pop', 'fra-po']
      for (let i = 0; i < 200_000; i++) {
        const { device, attribution } = item(i === 7 ? 'rt-fra-01' : `cam-${i}`, 'cisco', { site: near[i % 40_000] ?? `site-${i}` })
        checkDevice(compiled, device, attribution, NOW, state)
      }
      expect([...state.spellings!.values()].map((s) => s.length)).toEqual([3, 1])
      expect(compiled.named.site.memo.size).toBeLessThanOrEqual(4_096)
      expect(exemptionDiagnostics(compiled, state, NOW)).toMatchObject([
        { code: 'scope_value_unseen', value: 'fra-pop', inventorySpellings: ['FRA_POP', 'Fra-Pop', 'fra-po'] },
        { code: 'exemption_unused', device: 'Rt-Fra-01', inventorySpellings: ['rt-fra-01'] },
      ])
    })
  })

  it('tracks exemption use across streamed checks', () => {
    const compiled = compilePolicy(policyOf(yaml('  - { device: a, rule: ban, until: 2027-01-01, reason: r }\n')), NO_SITES)
    const state = newCheckState(compiled)
    const { device, attribution } = item('a', 'zte')
    expect(checkDevice(compiled, device, attribution, NOW, state).map((f) => f.rule)).toEqual(['watch'])
    expect(state.used[0]! & 1).toBe(1)
    // Without a state the check still applies the exemption.
    expect(checkDevice(compiled, device, attribution, NOW).map((f) => f.rule)).toEqual(['watch'])
  })
})

describe('waived findings kept for the record (keepWaived)', () => {
  // A compliance officer's policy: a camera waived for one rule, a base waived for every rule, an
  // operator's 5G network waived for the core rule, a lab waiver that has expired, and one for a
  // site no device is at.
  const POLICY = 'version: 1\nlists: { huawei-zte: [huawei, zte] }\nrules:\n' +
    '  - { id: s889-ban, lists: [ndaa-889], effect: prohibit }\n' +
    '  - { id: de-5g-core, lists: [huawei-zte], scope: { roles: [core] }, effect: { remove-by: 2026-12-31 } }\n' +
    'exemptions:\n' +
    '  - { device: cam-042, rule: s889-ban, until: 2027-06-30, reason: "replacement ordered, PO 4711" }\n' +
    '  - { site: ramstein, until: 2027-06-30, reason: "base network replacement contracted, PO 8812" }\n' +
    '  - { network: op-de-5g, rule: de-5g-core, until: 2027-12-31, reason: "regulator\'s extension" }\n' +
    '  - { device: lab-r1, until: 2026-01-31, reason: "isolated test lab" }\n' +
    '  - { site: spangdahlem, until: 2027-06-30, reason: "replacement contracted" }\n'
  const ITEMS = [
    item('cam-042', 'hikvision', { role: 'camera', purpose: 'public-safety' }),
    item('rs-sw1', 'huawei', { site: 'ramstein', role: 'access' }),
    item('fra-core1', 'huawei', { site: 'fra-1', network: 'op-de-5g', role: 'core' }),
    item('lab-r1', 'huawei', { site: 'lab', role: 'access' }),
    item('sw-clean', 'cisco', { site: 'fra-1', network: 'op-de-5g', role: 'access' }),
  ]
  const kept = (now = new Date('2026-12-07')) => evaluatePolicy(policyOf(POLICY), ITEMS, { now, sites: NO_SITES, keepWaived: true })
  const waivers = (r: ReturnType<typeof kept>) => r.findings.map((f) => [`${f.deviceId}/${f.rule}`, f.severity, f.waiver === undefined ? 'open' : `${f.waiver.target} until ${f.waiver.until}`])

  it('returns the waived findings beside the open ones, each naming its exemption, reason, last day, file and line', () => {
    const r = kept()
    expect(waivers(r)).toEqual([
      ['cam-042/s889-ban', 'error', 'device cam-042, rule s889-ban until 2027-06-30'],
      ['fra-core1/de-5g-core', 'warning', 'network op-de-5g, rule de-5g-core until 2027-12-31'],
      ['fra-core1/s889-ban', 'error', 'open'],
      ['lab-r1/s889-ban', 'error', 'open'],
      ['rs-sw1/s889-ban', 'error', 'site ramstein until 2027-06-30'],
    ])
    expect(r.findings.find((f) => f.deviceId === 'rs-sw1')!.waiver).toEqual({
      until: '2027-06-30', reason: 'base network replacement contracted, PO 8812', target: 'site ramstein', exemption: 1, file: 'policy.yaml', line: 8,
    })
    // The expired lab waiver and the one for a site without devices are still told as before.
    expect(r.diagnostics.map((d) => d.code)).toEqual(['exemption_applied', 'exemption_applied', 'exemption_applied', 'exemption_expired', 'exemption_unused'])
    expect(formatDiagnostic(r.diagnostics[1]!)).toBe('policy.yaml:8:5 (exemptions[1]): info: the exemption for "site ramstein" (base network replacement contracted, PO 8812) ' +
      'lifted findings, which are reported as waived and not counted; it applies until 2027-06-30, 205 days from the check\'s date.')
  })

  it('leaves them out as before without keepWaived, and the findings that count are the same', () => {
    const r = evaluatePolicy(policyOf(POLICY), ITEMS, { now: new Date('2026-12-07'), sites: NO_SITES })
    expect(ids(r)).toEqual(['fra-core1/s889-ban', 'lab-r1/s889-ban'])
    expect(kept().findings.filter((f) => f.waiver === undefined)).toEqual(r.findings)
  })

  it('reports a finding again as open, without a waiver, once its exemption has expired', () => {
    expect(waivers(kept(new Date('2027-07-01')))).toEqual([
      ['cam-042/s889-ban', 'error', 'open'],
      ['fra-core1/de-5g-core', 'error', 'network op-de-5g, rule de-5g-core until 2027-12-31'],
      ['fra-core1/s889-ban', 'error', 'open'],
      ['lab-r1/s889-ban', 'error', 'open'],
      ['rs-sw1/s889-ban', 'error', 'open'],
    ])
  })

  it('names the exemption that lasts longest when several waive one finding, and still marks every one used', () => {
    const yaml = 'version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\nexemptions:\n' +
      '  - { device: a, rule: ban, until: 2026-12-31, reason: PO 4711 }\n  - { site: ramstein, until: 2027-06-30, reason: PO 8812 }\n' +
      '  - { rule: ban, until: 2027-03-31, reason: review }\n'
    const r = evaluatePolicy(policyOf(yaml), [item('a', 'huawei', { site: 'ramstein' })], { now: NOW, sites: NO_SITES, keepWaived: true })
    expect(r.findings.map((f) => f.waiver?.target)).toEqual(['site ramstein'])
    expect(r.diagnostics.map((d) => d.code)).toEqual(['exemption_applied', 'exemption_applied', 'exemption_applied'])
  })

  it('shares one waiver object among the findings of an exemption', () => {
    const compiled = compilePolicy(policyOf(POLICY), NO_SITES, { keepWaived: true })
    const now = new Date('2026-12-07')
    const a = checkDevice(compiled, { id: 'sw1', site: 'ramstein' }, item('sw1', 'huawei').attribution, now)
    const b = checkDevice(compiled, { id: 'sw2', site: 'ramstein' }, item('sw2', 'zte').attribution, now)
    expect(a[0]!.waiver).toBe(b[0]!.waiver)
  })
})

describe('lifecycle status', () => {
  const POLICY = `
version: 1
rules:
  - { id: ban, lists: [ndaa-889], effect: prohibit }
  - id: live
    lists: [ndaa-889]
    scope: { status: [in-service] }
    effect: flag
  - id: stock
    lists: [ndaa-889]
    scope: { status: [not-deployed, out-of-service] }
    effect: flag
`
  const devices = [
    item('live', 'huawei', { status: 'Active' }),
    item('bare', 'huawei'),
    item('leaving', 'huawei', { status: 'Decommissioning' }),
    item('gone', 'huawei', { status: 'Retired' }),
    item('shelf', 'huawei', { status: 'In Stock' }),
  ]

  it('still checks a device recorded as retired or in stock, and its finding says the status and that the removal is to be confirmed', () => {
    const { findings } = run(POLICY, devices)
    const ban = findings.filter((f) => f.rule === 'ban')
    expect(ban.map((f) => [f.deviceId, f.severity, f.deviceStatus, f.lifecycle])).toEqual([
      ['bare', 'error', undefined, undefined], ['gone', 'error', 'Retired', 'out-of-service'], ['leaving', 'error', 'Decommissioning', 'in-service'],
      ['live', 'error', 'Active', 'in-service'], ['shelf', 'error', 'In Stock', 'not-deployed'],
    ])
    expect(ban.find((f) => f.deviceId === 'gone')?.notes).toEqual([
      'the inventory records the device as "Retired" (out of service): confirm that it is gone from the network; until then the finding stands',
    ])
    expect(ban.find((f) => f.deviceId === 'shelf')?.notes).toEqual([
      'the inventory records the device as "In Stock" (not yet deployed): confirm that it is not installed; until then the finding stands',
    ])
    // A device being decommissioned is still in the network: no note.
    expect(ban.find((f) => f.deviceId === 'leaving')?.notes).toEqual([])
  })

  it('limits a rule to the lifecycle classes of its scope, a device without a status being in service', () => {
    const { findings } = run(POLICY, devices)
    expect(findings.filter((f) => f.rule === 'live').map((f) => f.deviceId)).toEqual(['bare', 'leaving', 'live'])
    expect(findings.filter((f) => f.rule === 'stock').map((f) => f.deviceId)).toEqual(['gone', 'shelf'])
  })

  it('keeps the status note after the notes of the finding itself', () => {
    const yaml = 'version: 1\nrules:\n  - { id: cams, lists: [fcc-covered], effect: prohibit }\n'
    const { findings } = run(yaml, [item('cam', 'hikvision', { status: 'Lost/Stolen' })])
    expect(findings[0]?.notes).toHaveLength(2)
    expect(findings[0]?.notes[0]).toMatch(/only for equipment used for/)
    expect(findings[0]?.notes[1]).toMatch(/^the inventory records the device as "Lost\/Stolen" \(out of service\)/)
  })
})

describe('rules on when equipment was bought or installed (scope.acquired)', () => {
  // Canada's policy statement of 19 May 2022: no new Huawei or ZTE 4G or 5G equipment bought after
  // 1 September 2022, 5G equipment out by 28 June 2024, 4G equipment by 31 December 2027.
  const CANADA = `
version: 1
lists: { huawei-zte: [huawei, zte] }
rules:
  - { id: ca-no-new, lists: [huawei-zte], scope: { networks: [ca-4g, ca-5g], acquired: { from: 2022-09-02 } }, effect: prohibit }
  - { id: ca-5g, lists: [huawei-zte], scope: { networks: [ca-5g] }, effect: { remove-by: 2024-06-28 } }
  - { id: ca-4g, lists: [huawei-zte], scope: { networks: [ca-4g] }, effect: { remove-by: 2027-12-31 } }
`
  const findings = (yaml: string, items: ReturnType<typeof item>[]) =>
    run(yaml, items, { now: new Date('2026-12-07') }).findings.map((f) => [f.deviceId, f.rule, f.severity])

  it('finds equipment bought on or after the first day of a ban on new purchases, not equipment bought before it', () => {
    expect(findings(CANADA, [
      item('enb-old', 'huawei', { network: 'ca-4g', manufactured: '2019-03-01', dateKind: 'purchased' }),
      item('enb-new', 'huawei', { network: 'ca-4g', manufactured: '2022-09-02', dateKind: 'purchased' }),
      item('enb-eve', 'zte', { network: 'ca-4g', manufactured: '2022-09-01', dateKind: 'purchased' }),
      // Made before the ban, installed after it: the date installed decides.
      item('enb-stock', 'zte', { network: 'ca-4g', manufactured: '2021-05-01', purchased: '2023-01-10' }),
      item('gnb', 'huawei', { network: 'ca-5g', manufactured: '2020-01-01', dateKind: 'purchased' }),
    ])).toEqual([
      ['enb-eve', 'ca-4g', 'warning'],
      ['enb-new', 'ca-4g', 'warning'], ['enb-new', 'ca-no-new', 'error'],
      ['enb-old', 'ca-4g', 'warning'],
      ['enb-stock', 'ca-4g', 'warning'], ['enb-stock', 'ca-no-new', 'error'],
      ['gnb', 'ca-5g', 'error'],
    ])
  })

  it('reads a date of manufacture as a device bought in the two years after it, and asks for the date of the rest', () => {
    const { findings: found } = run(CANADA, [
      item('made-after', 'huawei', { network: 'ca-4g', manufactured: '2023-02-01' }),
      item('made-2021', 'huawei', { network: 'ca-4g', manufactured: '2021-02-01' }),
      // Made in 2015: bought by 2017, long before the ban on new equipment.
      item('made-2015', 'zte', { network: 'ca-4g', manufactured: '2015-01-01' }),
      item('year', 'huawei', { network: 'ca-4g', manufactured: '2022', dateKind: 'purchased' }),
      item('none', 'huawei', { network: 'ca-4g' }),
    ], { now: new Date('2026-12-07') })
    const noNew = found.filter((f) => f.rule === 'ca-no-new')
    expect(noNew.map((f) => [f.deviceId, f.severity])).toEqual([['made-2021', 'warning'], ['made-after', 'error'], ['none', 'warning'], ['year', 'warning']])
    expect(noNew.map((f) => f.notes)).toEqual([
      ['the rule applies to devices bought or installed from 2022-09-02; the device was made on 2021-02-01 and the inventory gives no date it was bought or installed: ' +
        'bought in the 2 years after that, inside the period or not, not decided; record that date (the purchased column) to know whether the rule applies; ' +
        'an error is reported as a warning until then'],
      [],
      ['the rule applies to devices bought or installed from 2022-09-02; the inventory gives no date the device was bought or installed: ' +
        'record it (the purchased column) to know whether the rule applies; an error is reported as a warning until then'],
      ['the rule applies to devices bought or installed from 2022-09-02; the device was bought or installed in 2022, part of which falls in that period: ' +
        'record the day to know whether the rule applies; an error is reported as a warning until then'],
    ])
    expect(found.filter((f) => f.deviceId === 'made-2015').map((f) => f.rule)).toEqual(['ca-4g'])
  })

  it('marks a ban on new equipment that an undated device leaves undecided as one to confirm, and its other rules not', () => {
    const { findings: found } = run(CANADA, [
      item('none', 'huawei', { network: 'ca-4g' }),
      item('dated', 'huawei', { network: 'ca-4g', manufactured: '2023-02-01' }),
    ], { now: new Date('2026-12-07') })
    expect(found.map((f) => [f.deviceId, f.rule, f.toConfirm])).toEqual([
      ['dated', 'ca-4g', undefined], ['dated', 'ca-no-new', undefined],
      ['none', 'ca-4g', undefined], ['none', 'ca-no-new', ['acquired_date_undecided']],
    ])
  })

  it('limits a program to equipment obtained by a date (rip and replace: on or before 2020-06-30)', () => {
    const yaml = 'version: 1\nlists: { huawei-zte: [huawei, zte] }\nrules:\n' +
      '  - { id: rip-and-replace, lists: [huawei-zte], scope: { acquired: { until: 2020-06-30 } }, effect: { remove-by: 2027-06-30 } }\n'
    expect(findings(yaml, [
      item('on-day', 'huawei', { manufactured: '2020-06-30', dateKind: 'purchased' }),
      item('after', 'huawei', { manufactured: '2020-07-01', dateKind: 'purchased' }),
      // Made after the day, so obtained after it too.
      item('made-after', 'zte', { manufactured: '2020-08-01' }),
      item('month', 'zte', { manufactured: '2020-06', dateKind: 'purchased' }),
    ])).toEqual([['month', 'rip-and-replace', 'warning'], ['on-day', 'rip-and-replace', 'warning']])
  })
})

describe('the real rules of docs/policy.md', () => {
  const page = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8')
  const section = page.slice(page.indexOf('## Real rules as policies'), page.indexOf('## Diagnostics'))
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!)
  const catalog = loadDefaultCatalog()
  const parseDoc = (yaml: string) => parsePolicy(yaml, { file: 'policy.yaml' }, { manufacturers: new Set(catalog.manufacturers.keys()) })
  const check = (yaml: string, devices: Device[], now: string) =>
    evaluatePolicy(parseDoc(yaml).policy!, devices.map((device) => ({ device, attribution: identify(device, catalog) })), { now: new Date(now), sites: NO_SITES })
      .findings.map((f) => [f.deviceId, f.rule, f.severity, f.deadline])

  it('are policies without a diagnostic', () => {
    expect(blocks).toHaveLength(7)
    for (const yaml of blocks) expect(parseDoc(yaml).diagnostics, yaml).toEqual([])
  })

  it('find what their text says: s.889(a)(1)(B) from 2020-08-13, a camera of unknown purpose a warning', () => {
    const devices: Device[] = [
      { id: 'r1', manufacturer: 'ZTE', model: 'ZXR10 M6000-8S Plus' },
      { id: 'cam', manufacturer: 'Hikvision', model: 'DS-2CD2032-I', role: 'camera' },
      { id: 'gate', manufacturer: 'Hikvision', model: 'DS-2CD2032-I', role: 'camera', purpose: 'government-facility-security' },
      // A Cisco router with a HiSilicon part (Huawei's group) in its bill of materials.
      { id: 'edge', manufacturer: 'Cisco', model: 'ISR4331', components: [{ manufacturer: 'HiSilicon', kind: 'soc' }] },
    ]
    expect(check(blocks[0]!, devices, '2026-12-06')).toEqual([
      ['cam', 's889-b', 'warning', '2020-08-13'], ['edge', 's889-b-components', 'error', '2020-08-13'],
      ['gate', 's889-b', 'error', '2020-08-13'], ['r1', 's889-b', 'error', '2020-08-13'],
    ])
  })

  it('find what their text says: the UK direction, Huawei out of the core by 2023-12-31 and out of 5G by 2027-12-31', () => {
    const devices: Device[] = [
      { id: 'core', manufacturer: 'Huawei', model: 'NE40E-X8', role: 'core', network: 'uk-5g' },
      { id: 'ran', manufacturer: 'Huawei', model: 'BBU5900', role: 'ran', network: 'uk-5g' },
      { id: 'zte', manufacturer: 'ZTE', model: 'ZXSDR B8200', role: 'ran', network: 'uk-5g' },
    ]
    expect(check(blocks[3]!, devices, '2026-12-06')).toEqual([
      ['core', 'dvd-5g', 'warning', '2027-12-31'], ['core', 'dvd-core', 'error', '2023-12-31'], ['ran', 'dvd-5g', 'warning', '2027-12-31'],
    ].flatMap((f) => f[1] === 'dvd-5g' ? [f, [f[0]!, 'dvd-5g-new', 'warning', '2022-10-13']] : [f]))
  })

  it('find what their text says: the Covered List\'s makers from their own dates, consumer routers bought since 2026-03-23 flagged by their makers', () => {
    const devices: Device[] = [
      { id: 'drone', manufacturer: 'DJI', model: 'Matrice 300 RTK', role: 'other' },
      { id: 'home-old', manufacturer: 'TP-Link', model: 'Archer AX55', role: 'cpe', manufactured: '2025-11-20', dateKind: 'purchased' },
      { id: 'home-new', manufacturer: 'TP-Link', model: 'Archer AX55', role: 'cpe', manufactured: '2026-05-01', dateKind: 'purchased' },
      { id: 'branch', manufacturer: 'Cisco', model: 'ISR4331', role: 'cpe', manufactured: '2026-05-01', dateKind: 'purchased' },
    ]
    expect(check(blocks[1]!, devices, '2026-12-06')).toEqual([
      ['drone', 'covered', 'error', '2025-12-22'], ['home-new', 'routers-since-2026-03-23', 'note', undefined],
    ])
  })

  it('find what their text says: the UK ban on installing Huawei in 5G from 2022-10-13 makes a baseband installed since an error now, due since that day', () => {
    const devices: Device[] = [
      { id: 'bbu-2021', manufacturer: 'Huawei', model: 'BBU5900', role: 'ran', network: 'uk-5g', manufactured: '2021-06-01', dateKind: 'purchased' },
      { id: 'bbu-2023', manufacturer: 'Huawei', model: 'BBU5900', role: 'ran', network: 'uk-5g', manufactured: '2021-06-01', purchased: '2023-02-14' },
    ]
    expect(check(blocks[3]!, devices, '2026-12-06')).toEqual([
      ['bbu-2021', 'dvd-5g', 'warning', '2027-12-31'],
      ['bbu-2023', 'dvd-5g', 'warning', '2027-12-31'], ['bbu-2023', 'dvd-5g-new', 'error', '2022-10-13'],
    ])
  })

  it('find what their text says: Canada, 5G gone by 2024-06-28, 4G by 2027-12-31, nothing new bought after 2022-09-01', () => {
    const devices: Device[] = [
      { id: 'gnb', manufacturer: 'Huawei', model: 'AAU5613', role: 'ran', network: 'ca-5g', manufactured: '2021-01-01', dateKind: 'purchased' },
      { id: 'enb', manufacturer: 'ZTE', model: 'ZXSDR B8200', role: 'ran', network: 'ca-4g', manufactured: '2019-05-01', dateKind: 'purchased' },
      { id: 'enb-new', manufacturer: 'ZTE', model: 'ZXSDR B8200', role: 'ran', network: 'ca-4g', manufactured: '2022-09-01', purchased: '2022-11-15' },
    ]
    expect(check(blocks[6]!, devices, '2026-12-06')).toEqual([
      ['enb', 'ca-4g', 'warning', '2027-12-31'],
      ['enb-new', 'ca-4g', 'warning', '2027-12-31'], ['enb-new', 'ca-no-new', 'error', '2022-09-02'],
      ['gnb', 'ca-5g', 'error', '2024-06-28'],
    ])
  })
})

describe('the date a check is judged at', () => {
  const POLICY = `
version: 1
rules:
  - { id: rm, lists: [fcc-covered], effect: { remove-by: 2027-12-31 } }
exemptions:
  - { device: r2, rule: rm, until: 2026-12-31, reason: contract }
`
  const catalog = loadDefaultCatalog()
  const devices: Device[] = [{ id: 'r1', macs: ['00:e0:fc:12:34:56'] }, { id: 'r2', macs: ['00:e0:fc:12:34:57'] }]

  it('refuses an Invalid Date at every entry point with a usage error naming the function, where the exemption read as expired', async () => {
    const { policy } = lib.parsePolicy(POLICY, { file: 'policy.yaml' }, { manufacturers: new Set(catalog.manufacturers.keys()) })
    const items = devices.map((device) => ({ device, attribution: lib.identify(device, catalog) }))
    // The exemption lifts r2's finding on the day given; a date JavaScript cannot read is no day.
    expect(lib.evaluatePolicy(policy!, items, { now: new Date('2026-06-30'), sites: NO_SITES }).findings.map((f) => f.deviceId)).toEqual(['r1'])
    const invalid = new Date('30/06/2026')
    const compiled = lib.compilePolicy(policy!, NO_SITES)
    const state = lib.newCheckState(compiled)
    const calls: [string, () => unknown][] = [
      ['policy/evaluatePolicy', () => lib.evaluatePolicy(policy!, items, { now: invalid, sites: NO_SITES })],
      ['policy/checkDevice', () => lib.checkDevice(compiled, items[1]!.device, items[1]!.attribution, invalid, state)],
      ['policy/exemptionDiagnostics', () => lib.exemptionDiagnostics(compiled, state, invalid)],
    ]
    for (const [name, call] of calls) {
      const error = (() => { try { call() } catch (e) { return e } })()
      expect(error, name).toBeInstanceOf(lib.TrustpathError)
      expect(error, name).toMatchObject({ code: 'usage', message: `${name}: now is an Invalid Date, not a date; deadlines and exemptions are judged at it` })
    }
    const batches = (async function* () { yield { devices, diagnostics: [] } })()
    await expect(lib.checkInventory(batches, { catalog, policy: compiled, now: invalid })).rejects.toMatchObject({ code: 'usage', message: expect.stringMatching(/^check\/checkInventory: now is an Invalid Date/) })
  })

  it('names what was passed instead of a Date, from a caller without types', () => {
    const { policy } = lib.parsePolicy(POLICY, { file: 'policy.yaml' }, { manufacturers: new Set(catalog.manufacturers.keys()) })
    expect(() => lib.evaluatePolicy(policy!, [], { now: '2026-06-30' as unknown as Date, sites: NO_SITES }))
      .toThrow('policy/evaluatePolicy: now is the string "2026-06-30", not a date')
  })
})
