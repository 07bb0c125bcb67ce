import { describe, expect, it } from 'vitest'
import { DEVICE_ROLES } from '../domain/device.js'
import { manufacturerMap } from './manufacturers.js'
import { OEM_RELATIONS } from './oem.js'

const bySlug = manufacturerMap()

describe('OEM_RELATIONS', () => {
  it('names only brands and makers that are in the catalog', () => {
    for (const r of OEM_RELATIONS) {
      expect(bySlug.has(r.brand), r.brand).toBe(true)
      expect(bySlug.has(r.maker), r.maker).toBe(true)
      expect(r.brand).not.toBe(r.maker)
    }
  })

  it('gives every relation a source with a title and a url', () => {
    for (const r of OEM_RELATIONS) {
      expect(r.source.title.length).toBeGreaterThan(0)
      expect(r.source.url).toMatch(/^https?:\/\//)
    }
  })

  it('orders from before until', () => {
    for (const r of OEM_RELATIONS) {
      if (r.from !== undefined && r.until !== undefined) expect(r.from < r.until).toBe(true)
    }
  })

  it('gives every relation a scope whose roles exist and whose model pattern compiles and is anchored', () => {
    for (const r of OEM_RELATIONS) {
      expect(r.scope, `${r.brand} <- ${r.maker}`).toBeDefined()
      if (typeof r.scope === 'string') {
        expect(['brand', 'none']).toContain(r.scope)
        continue
      }
      const { roles, models } = r.scope
      expect(roles !== undefined || models !== undefined, r.brand).toBe(true)
      for (const role of roles ?? []) expect(DEVICE_ROLES).toContain(role)
      if (models !== undefined) {
        expect(models.startsWith('^'), models).toBe(true)
        expect(() => new RegExp(models, 'i')).not.toThrow()
      }
    }
  })

  it('scopes the models its sources name, and not the brand\'s other models', () => {
    const fits = (brand: string, maker: string, model: string) => OEM_RELATIONS.some((r) =>
      r.brand === brand && r.maker === maker && typeof r.scope === 'object' && r.scope.models !== undefined && new RegExp(r.scope.models, 'i').test(model))
    const cases: [string, string, string, boolean][] = [
      // Lorex's models that Dahua-API software drives (homebridge-dahua-alerts, unifi-cam-proxy).
      ['lorex', 'dahua', 'LHV1004', true], ['lorex', 'dahua', 'NR818', true], ['lorex', 'dahua', 'LNB4321B', true],
      ['lorex', 'dahua', 'LNR6100', false], ['lorex', 'dahua', 'NR8', false],
      ['amcrest', 'dahua', 'IP2M-841', true], ['amcrest', 'dahua', 'NV1104', true], ['amcrest', 'dahua', 'AD410', true],
      ['amcrest', 'dahua', 'IP8M-2493EB-V2', true], ['amcrest', 'dahua', 'AWR-1', false],
      ['lts', 'hikvision', 'CMIP8242WB', true], ['lts', 'hikvision', 'LTN8708', false],
      ['vodafone', 'huawei', 'K5161h', true], ['vodafone', 'huawei', 'K3765-Z', false], ['vodafone', 'huawei', 'K3766', false],
      ['vodafone', 'zte', 'K5006-Z', true], ['vodafone', 'zte', 'K5006', false],
      // GigaCube MF289F and the DreiTube: OpenWrt PRs #10710 and #13482.
      ['vodafone', 'zte', 'GigaCube MF289F', true], ['vodafone', 'zte', 'MF289F', true], ['vodafone', 'zte', 'GigaCube', false],
      ['vodafone', 'zte', 'GigaCube 5G', false], ['vodafone', 'zte', 'GigaCube B528', false], ['vodafone', 'zte', 'Vodafone Station', false],
      ['drei', 'zte', 'HuiTube', true], ['drei', 'zte', '3HuiTube', true], ['drei', 'zte', 'DreiTube', true], ['drei', 'zte', 'MF282 Plus', true],
      ['drei', 'zte', 'MF282', true], ['drei', 'zte', '3Tube', false], ['drei', 'zte', 'Neo', false], ['drei', 'zte', 'MF286D', false],
      // Telstra's and Optus's sticks (uavpal/disco4g issue #87), Orange's Livebox Fibre F6600P (mkst/zte-config-utility issue #121).
      ['telstra', 'huawei', 'E8372h-320', true], ['telstra', 'huawei', '8372h-320', true], ['telstra', 'huawei', 'Smart Modem Gen 2', false],
      ['optus', 'huawei', 'E3372h-608', true], ['optus', 'huawei', 'E3372', true], ['optus', 'huawei', 'E5573', false],
      ['orange', 'zte', 'ZXHN F6600P', true], ['orange', 'zte', 'F6600P', true], ['orange', 'zte', 'Livebox Fibre', false], ['orange', 'zte', 'Livebox 5', false],
      ['deutsche-telekom', 'huawei', 'Speedport Hybrid', true], ['deutsche-telekom', 'huawei', 'Speedport Smart 4', false],
      ['flir', 'dahua', 'DNR216', true], ['flir', 'dahua', 'M232', false],
      ['geniv', 'dahua', 'G4-HBRPRO8-1TB', true], ['geniv', 'dahua', 'G4-NVR8', false],
      ['q-see', 'dahua', 'QCW2MPSL', true], ['q-see', 'dahua', 'QT5716', false],
      ['trendnet', 'hikvision', 'TV-IP310PI', true], ['trendnet', 'hikvision', 'IP310PI', true],
      ['trendnet', 'hikvision', 'TV-IP3100PI', false], ['trendnet', 'hikvision', 'TEW-827DRU', false],
      // The TV-IP321PI that Hikvision's recovery tool flashed (scottlamb/hikvision-tftpd issue #7).
      ['trendnet', 'hikvision', 'TV-IP321PI', true], ['trendnet', 'hikvision', 'IP321PI', true], ['trendnet', 'hikvision', 'TV-IP3210PI', false],
      ['intelbras', 'dahua', 'VIP 3230 D', true], ['intelbras', 'dahua', 'VIP-3430-D-IA', true], ['intelbras', 'dahua', 'VIPC 1230 B G2', true],
      ['intelbras', 'dahua', 'GF 2042', false], ['intelbras', 'dahua', 'TIP 200', false],
      // Vodafone's R-series by USB_ModeSwitch's data: Huawei's under 12d1, ZTE's under 19d2 (the "-z" ones and R203, R212).
      ['vodafone', 'huawei', 'R216', true], ['vodafone', 'huawei', 'R218h', true], ['vodafone', 'huawei', 'R226', true], ['vodafone', 'huawei', 'R215_MR', true],
      ['vodafone', 'huawei', 'W5101', true], ['vodafone', 'huawei', 'R216-Z', false], ['vodafone', 'huawei', 'R218', false], ['vodafone', 'huawei', 'R219', false],
      ['vodafone', 'zte', 'R206-Z', true], ['vodafone', 'zte', 'r209-z', true], ['vodafone', 'zte', 'R212', true], ['vodafone', 'zte', 'R203', true],
      ['vodafone', 'zte', 'R206', false], ['vodafone', 'zte', 'R216', false],
      // HP's lt4132 is a rebranded Huawei ME906s-158 (Linux cdc_mbim.c); its lt4120 is Foxconn's.
      ['hp-inc', 'huawei', 'lt4132', true], ['hp-inc', 'huawei', 'HP lt4132 LTE/HSPA+ 4G Module', true],
      ['hp-inc', 'huawei', 'lt4120', false], ['hp-inc', 'huawei', 'EliteBook 840 G3', false],
      // Drei's 3Pocket is ZTE's MF920V (Rayhunter's device page); Drei's other hotspots stay Drei's.
      ['drei', 'zte', '3Pocket', true], ['drei', 'zte', 'DreiPocket', true], ['drei', 'zte', '3 Pocket', true],
      ['drei', 'zte', '3Pocket 5G', false], ['drei', 'zte', 'Neo 5G', false],
      // Vodafone Portugal's Vodafone Station HG8247B7-8N (aiovodafone PR #591); other Stations are Sercomm's or Technicolor's.
      ['vodafone', 'huawei', 'HG8247B7-8N', true], ['vodafone', 'huawei', 'Vodafone Station', false], ['vodafone', 'huawei', 'HG8247H', false],
      // EmpireTech's Dahua products (rroller/dahua issue #308, PR #529; crumbvms issue #182), not its switches.
      ['empiretech', 'dahua', 'DB2X-WP', true], ['empiretech', 'dahua', 'IPC-Color4M-T', true], ['empiretech', 'dahua', 'IPC-B54IR-ASE-2.8MM-S3', true],
      ['empiretech', 'dahua', 'PoE switch', false], ['empiretech', 'dahua', 'DB2X', false],
      // RCA's HSDB2A doorbell is Hikvision's (IPCamTalk); RCA's tablets and phones are other makers'.
      ['rca', 'hikvision', 'HSDB2A', true], ['rca', 'hikvision', 'RCT6873W42', false], ['rca', 'hikvision', 'HSDB2', false],
      // Vodafone's R216-Z is ZTE's MF910 (cosote/R216-Z); the R216 is Huawei's.
      ['vodafone', 'zte', 'R216-Z', true], ['vodafone', 'zte', 'r216-z', true],
      // Vodafone's R218 is ZTE's MF920V (Rayhunter's installer); the R218h is Huawei's.
      ['vodafone', 'zte', 'R218', true], ['vodafone', 'zte', 'R218h', false], ['vodafone', 'huawei', 'R218h', true], ['vodafone', 'zte', 'R2180', false],
      // MegaFon's M150-2 is Huawei's E3372h-153 (kenshaw/hilink), its M100-3 ZTE's MF823 (ArchWiki); its
      // MR150-6 and MR150-7 are WeWins' (imeigen) and stay MegaFon's.
      ['megafon', 'huawei', 'M150-2', true], ['megafon', 'huawei', 'MegaFon M150-2', true], ['megafon', 'zte', 'M100-3', true],
      ['megafon', 'huawei', 'M100-3', false], ['megafon', 'zte', 'M150-2', false], ['megafon', 'huawei', 'M150-1', false],
      ['megafon', 'huawei', 'MR150-6', false], ['megafon', 'zte', 'MR150-6', false], ['megafon', 'huawei', 'MR150-7', false], ['megafon', 'zte', 'MR150-7', false],
      // MTS's numbers by the maker the imeigen table gives each (the TAC on the label); Senseit's,
      // WeWins', TCT's and an unsourced 8210FT stay MTS's.
      ['mts', 'zte', '835F', true], ['mts', 'zte', 'MTS 835FT', true], ['mts', 'zte', 'MTS835F', true], ['mts', 'zte', '831FT', true],
      ['mts', 'zte', '833F', true], ['mts', 'zte', '837F', true], ['mts', 'zte', '838FT', true], ['mts', 'zte', '8330FT', true],
      ['mts', 'huawei', '8212FT', true], ['mts', 'huawei', 'MTS 8213FT', true], ['mts', 'huawei', '827F', true], ['mts', 'huawei', '829F', true],
      ['mts', 'huawei', '835F', false], ['mts', 'zte', '8212FT', false], ['mts', 'huawei', '8210FT', false], ['mts', 'zte', '8210FT', false],
      ['mts', 'zte', '872FT', false], ['mts', 'huawei', '874FT', false], ['mts', 'zte', '8920FT', false], ['mts', 'huawei', '411D', false],
      ['mts', 'zte', '8835F', false], ['mts', 'zte', '835', false],
      // Lorex's 2K wired doorbell, which Dahua VTO software drives (baudneo/dahuavto2mqtt); Lorex's other doorbells stay Lorex's.
      ['lorex', 'dahua', 'B451AJ', true], ['lorex', 'dahua', 'B451AJD', true], ['lorex', 'dahua', 'B451AJDB', true], ['lorex', 'dahua', 'B451AJD-E', true],
      ['lorex', 'dahua', 'B463AJD', false], ['lorex', 'dahua', 'B451', false], ['lorex', 'dahua', 'B4510AJD', false],
    ]
    for (const [brand, maker, model, expected] of cases) expect(fits(brand, maker, model), `${brand} ${model}`).toBe(expected)
  })

  it('cites, for a product that a strong model pattern names, a report that names the maker in words', () => {
    // The Speedport Hybrid pattern weighs as a model number, so its source is heise's report of
    // Viprinet's injunctions ("dem von Huawei produzierten Routermodell Speedport Hybrid").
    const speedport = OEM_RELATIONS.find((r) => r.brand === 'deutsche-telekom' && r.maker === 'huawei')
    expect(speedport?.source.url).toBe('https://heise.de/-2466887')
    expect(speedport?.source.title).toMatch(/von Huawei produzierten Routermodell Speedport Hybrid/)
    // The GigaCube MF289F pattern: the OpenWrt port of the device, whose author names Vodafone DE's GigaCube.
    const gigacube = OEM_RELATIONS.find((r) => r.brand === 'vodafone' && r.maker === 'zte' && r.products?.includes('GigaCube'))
    expect(gigacube?.source.url).toBe('https://github.com/openwrt/openwrt/pull/10710')
    expect(gigacube?.source.title).toMatch(/Vodafone DE.*\(called GigaCube\)/)
  })

  it('cites Camio\'s camera table by the version that holds each row, not by its master branch', () => {
    // The later table gave Camio's Dahua rows IC Realtime's name and dropped GenIV's (CamioCam/rtsp
    // issues #140 and #63): Amcrest, FLIR, GenIV and LTS are rows of the earlier one only.
    const camio = (brand: string) => OEM_RELATIONS.filter((r) => r.brand === brand && r.source.url?.includes('CamioCam/rtsp/blob/')).map((r) => r.source.url)
    for (const brand of ['amcrest', 'flir', 'geniv', 'lts']) expect(camio(brand), brand).toEqual(['https://github.com/CamioCam/rtsp/blob/01e028a2da045fe1133e40b997018fa020f19d99/cameras/paths.csv'])
    for (const brand of ['q-see', 'trendnet']) expect(camio(brand), brand).toEqual(['https://github.com/CamioCam/rtsp/blob/a33e45a90cb51936fb3d1a02ffa4f434149a319c/cameras/paths.csv'])
    for (const r of OEM_RELATIONS) expect(r.source.url ?? '', r.brand).not.toMatch(/CamioCam\/rtsp\/blob\/master\//)
  })

  it('cites trade or general news for Vodafone\'s Huawei-made 3G phones of 2006', () => {
    const phones = OEM_RELATIONS.find((r) => r.brand === 'vodafone' && r.maker === 'huawei' && r.scope === 'none')
    expect(phones).toMatchObject({ from: '2006-02', source: { url: expect.stringMatching(/^https:\/\/rcrwireless\.com\//), date: '2006-02-15' } })
    expect(phones?.source.title).toMatch(/build 3G phones that Vodafone plans to sell under its own brand/)
  })

  it('says which TRENDnet camera rests on an RTSP path alone and which on Hikvision\'s recovery firmware', () => {
    const trendnet = OEM_RELATIONS.filter((r) => r.brand === 'trendnet')
    expect(trendnet.map((r) => r.source.url)).toEqual([
      'https://github.com/CamioCam/rtsp/blob/a33e45a90cb51936fb3d1a02ffa4f434149a319c/cameras/paths.csv',
      'https://github.com/scottlamb/hikvision-tftpd/issues/7',
    ])
    expect(trendnet[0]!.source.title).toMatch(/D8:EB:97.*the path alone/)
    expect(trendnet[1]!.source.title).toMatch(/TV-IP321PI.*192\.0\.0\.64/)
  })
})

