import { describe, expect, it } from 'vitest'
import type { Manufacturer } from '../domain/manufacturer.js'
import { buildNameResolver, normalizeOrganization } from './org-name.js'
import { MANUFACTURERS as CATALOG_MANUFACTURERS } from './manufacturers.js'
import { REGISTRY_ALIASES } from './registry-aliases.js'

const maker = (slug: string, name: string, aliases: string[]): Manufacturer =>
  ({ slug, name, aliases, parents: [], sources: [] })

// A small catalog of its own, so these tests do not move when the real one grows.
const MANUFACTURERS: Manufacturer[] = [
  maker('huawei', 'Huawei Technologies', ['Huawei']),
  maker('huawei-device', 'Huawei Device', []),
  maker('honor', 'Honor Device', ['Honor']),
  maker('zte', 'ZTE Corporation', ['ZTE']),
  maker('dahua', 'Zhejiang Dahua Technology', ['Dahua']),
  maker('hikvision', 'Hangzhou Hikvision Digital Technology', ['Hikvision']),
  maker('teltronic', 'Teltronic', []),
  maker('cisco', 'Cisco Systems', ['Cisco']),
  maker('acme-a', 'Acme', []),
  maker('acme-b', 'Acme Inc', []),
  maker('generic', 'New Technologies', []),
]
const EXTRA = [
  { manufacturer: 'huawei', names: [], tokens: ['huawei'] },
  { manufacturer: 'zte', names: ['ZHONGXING TELECOM LTD.'], tokens: ['zte'] },
  { manufacturer: 'hikvision', names: [], tokens: ['hikvision'] },
  { manufacturer: 'teltronic', names: ['Teltronic S.A.U.'], unrelated: ['Teltronic AG'] },
  { manufacturer: 'not-in-catalog', names: ['Cisco Systems, Inc'], tokens: ['cisco'] },
]
const resolve = buildNameResolver(MANUFACTURERS, EXTRA)

describe('normalizeOrganization', () => {
  it.each([
    ['HUAWEI TECHNOLOGIES CO.,LTD', 'huawei technologies'],
    ['Huawei Technologies Co., Ltd.', 'huawei technologies'],
    ['Huawei Device Co., Ltd.', 'huawei device'],
    ['Hytera Communications Co .,ltd', 'hytera communications'],
    ['Hytera Communications Corporation Limited', 'hytera communications'],
    ['ZHEJIANG DAHUA TECHNOLOGYCO.,LTD', 'zhejiang dahua technology'],
    ['Zhejiang Dahua Technology Co.,Ltd', 'zhejiang dahua technology'],
    ['Teltronic S.A.U.', 'teltronic'],
    ['QUERCUS TECHNOLOGIES, S.L.', 'quercus technologies'],
    ['Rosenberger Hochfrequenztechnik GmbH & Co. KG', 'rosenberger hochfrequenztechnik'],
    ['Prama Hikvision India Private Limited', 'prama hikvision india'],
    ['  Cisco   Systems,  Inc ', 'cisco systems'],
    ['Brähler ICS Konferenztechnik AG', 'brahler ics konferenztechnik'],
    ['zte corporation', 'zte'],
  ])('reduces %j to %j', (name, expected) => {
    expect(normalizeOrganization(name)).toBe(expected)
  })

  it('keeps "Technologies" and a name that is only a legal form', () => {
    expect(normalizeOrganization('Technologies Inc')).toBe('technologies')
    expect(normalizeOrganization('Limited')).toBe('limited')
    expect(normalizeOrganization('')).toBe('')
  })
})

describe('buildNameResolver', () => {
  it('matches names and aliases exactly after normalization', () => {
    expect(resolve('HUAWEI TECHNOLOGIES CO.,LTD')).toBe('huawei')
    expect(resolve('Huawei Device Co., Ltd.')).toBe('huawei-device')
    expect(resolve('Honor Device Co., Ltd.')).toBe('honor')
    expect(resolve('ZHONGXING TELECOM LTD.')).toBe('zte')
    expect(resolve('CISCO SYSTEMS, INC.')).toBe('cisco')
  })

  it('matches an organisation that starts with a multi-word alias', () => {
    expect(resolve('Zhejiang Dahua Technology Vietnam Co., Ltd')).toBe('dahua')
    expect(resolve('Honor Device (Shenzhen) Co., Ltd.')).toBe('honor')
  })

  it('matches a distinctive brand word anywhere in the name', () => {
    expect(resolve('Prama Hikvision India Private Limited')).toBe('hikvision')
    expect(resolve('SHANGHAI ZTE TECHNOLOGIES CO.,LTD')).toBe('zte')
    expect(resolve('Huawei Symantec Technologies Co.,Ltd.')).toBe('huawei')
  })

  it('does not match near misses', () => {
    for (const name of [
      'SHENZHEN HONOR ELECTRONIC CO.,LTD', // "honor" is a word, not a brand token
      'Shanghai Dahua Scale Factory', // "Dahua" is a common name
      'ZTEC Instruments, Inc.', // "zte" only inside a word
      'ANHUI WANZTEN P&T CO., LTD',
      'Hella Sonnen- und Wetterschutztechnik GmbH',
      'Teltronic AG', // same name as a catalog manufacturer but for the legal form
      'New Technologies Research Co', // a generic alias never matches by prefix
      'Huawei ZTE Joint Lab', // two distinctive tokens of two manufacturers
    ]) {
      expect(resolve(name), name).toBeUndefined()
    }
    expect(resolve('Teltronic S.A.U.')).toBe('teltronic')
  })

  it('resolves a name claimed by two manufacturers to nothing', () => {
    expect(resolve('ACME, Inc.')).toBeUndefined()
  })

  it('ignores extras for slugs the catalog lacks', () => {
    expect(resolve('Cisco Systems, Inc')).toBe('cisco')
    expect(resolve('Cisco Meraki')).toBeUndefined()
  })

  it('resolves empty and punctuation-only names and the registries\' Private placeholder to nothing', () => {
    expect(buildNameResolver([maker('private', 'Private', [])])('Private')).toBeUndefined()
    expect(resolve('')).toBeUndefined()
    expect(resolve(' .,- ')).toBeUndefined()
  })
})

describe('names of third-party parts', () => {
  it('does not take "Huawei-compatible" or "for Cisco" for the maker', () => {
    const resolve = buildNameResolver(CATALOG_MANUFACTURERS, REGISTRY_ALIASES)
    expect(resolve('Huawei-compatible SFP')).toBeUndefined()
    expect(resolve('SFP module for Cisco')).toBeUndefined()
    expect(resolve('Huawei')).toBe('huawei')
  })
})

describe('vendor names of CPE identifiers', () => {
  it('resolves the NVD vendors of the covered makers', () => {
    const resolve = buildNameResolver(CATALOG_MANUFACTURERS, REGISTRY_ALIASES)
    // cpe:2.3:o:dahuasecurity:..., cpe:2.3:h:hikvision:..., cpe:/h:zte:..., cpe:2.3:h:huawei:...
    expect(resolve('dahuasecurity')).toBe('dahua')
    expect(resolve('hikvision')).toBe('hikvision')
    expect(resolve('zte')).toBe('zte')
    expect(resolve('huawei')).toBe('huawei')
  })
})
