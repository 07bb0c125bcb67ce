import { describe, expect, it } from 'vitest'
import type { Manufacturer } from '../domain/manufacturer.js'
import { buildNameResolver, certificateOrganization, namesThirdPartyProduct, normalizeOrganization } from './org-name.js'
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

  it.each([
    ['华为技术有限公司', '华为技术'],
    ['浙江大华技术股份有限公司', '浙江大华技术'],
    ['新华三技术有限公司', '新华三技术'],
    ['中兴通讯股份有限公司', '中兴通讯'],
    ['锐捷网络股份有限公司', '锐捷网络'],
    ['中国移动通信集团公司', '中国移动通信集团'], // 集团 ("group") is not a legal form
    ['華為技術有限公司', '華為技術'], // traditional characters
    ['中國電信有限責任公司', '中國電信'],
    ['华为终端（深圳）有限公司', '华为终端'], // full-width parentheses holding the seat
    ['华为终端(深圳)有限公司', '华为终端'],
    ['  华为技术有限公司 ', '华为技术'],
    ['\ufeff华为', '华为'], // a byte-order mark left on the first field
    ['中国电信股份有限公司上海分公司', '中国电信'], // a branch office of the company
    ['华为技术有限公司北京分公司', '华为技术'],
  ])('drops the Chinese legal form of %j: %j', (name, expected) => {
    expect(normalizeOrganization(name)).toBe(expected)
  })

  it.each([
    ['株式会社バッファロー', 'バッファロー'], // 株式会社 before the name
    ['日本電気株式会社', '日本電気'], // and after it
    ['富士通株式会社', '富士通'],
    ['ブラザー工業株式会社', 'ブラザー工業'],
    ['株式会社　バッファロー', 'バッファロー'], // a full-width space
    ['日本電気　株式会社', '日本電気'],
    ['(株)リコー', 'リコー'], // the abbreviation, in ASCII and full-width parentheses
    ['（株）リコー', 'リコー'],
    ['シャープ（株）', 'シャープ'],
    ['㈱リコー', 'リコー'], // the abbreviation as one character
    ['東芝テック㈱', '東芝テック'],
    ['有限会社大和工業', '大和工業'],
    ['Apple Japan合同会社', 'apple japan'],
    ['i-PRO株式会社', 'i pro'],
    ['ｿﾆｰ株式会社', 'ソニー'], // half-width katakana
    ['ﾊﾞｯﾌｧﾛｰ', 'バッファロー'], // half-width katakana with a separate voicing mark
    ['華為技術日本株式会社', '華為技術日本'],
  ])('drops the Japanese legal form of %j: %j', (name, expected) => {
    expect(normalizeOrganization(name)).toBe(expected)
  })

  it.each([
    ['주식회사 다산네트웍스', '다산네트웍스'], // 주식회사 before the name
    ['주식회사다산네트웍스', '다산네트웍스'], // glued to it
    ['삼성전자주식회사', '삼성전자'], // and after it
    ['삼성전자 주식회사', '삼성전자'],
    ['(주)유비쿼스', '유비쿼스'], // the abbreviation, in ASCII and full-width parentheses
    ['（주）유비쿼스', '유비쿼스'],
    ['한화비전(주)', '한화비전'],
    ['㈜다산네트웍스', '다산네트웍스'], // the abbreviation as one character
    ['유한회사 한화비전', '한화비전'],
    ['한화비전 유한책임회사', '한화비전'],
  ])('drops the Korean legal form of %j: %j', (name, expected) => {
    expect(normalizeOrganization(name)).toBe(expected)
  })

  it.each([
    ['ООО «Элтекс»', 'элтекс'], // before the name, which stands in quotes
    ['ООО "Элтекс"', 'элтекс'],
    ['«Элтекс», ООО', 'элтекс'], // and after it
    ['Элтекс ООО', 'элтекс'],
    ['АО «Элтекс»', 'элтекс'],
    ['ПАО «Элтекс»', 'элтекс'],
    ['ЗАО "Элтекс"', 'элтекс'],
    ['Общество с ограниченной ответственностью «Элтекс»', 'элтекс'], // written out
    ['Акционерное общество «Элтекс»', 'элтекс'],
    ['Публичное акционерное общество «Элтекс»', 'элтекс'],
    ['Хуавэй', 'хуавэи'], // the breve of й goes, as accents do
  ])('drops the Russian legal form of %j: %j', (name, expected) => {
    expect(normalizeOrganization(name)).toBe(expected)
  })

  it('keeps a Korean or Russian name that is only a legal form, and the letters that tell Hangul apart', () => {
    expect(normalizeOrganization('주식회사')).toBe('주식회사')
    expect(normalizeOrganization('(주)')).toBe('주')
    expect(normalizeOrganization('ООО')).toBe('ооо')
    expect(normalizeOrganization('Акционерное общество')).toBe('акционерное общество')
    expect(normalizeOrganization('Общественная организация «Элтекс»')).toBe('общественная организация элтекс') // not a legal form
    expect(normalizeOrganization('주니퍼')).not.toBe(normalizeOrganization('주니파'))
    expect(normalizeOrganization('유비쿼스')).toBe('유비쿼스') // 유 at the start is not (유)
  })

  it('keeps the voicing marks that tell kana apart, and a Japanese name that is only a legal form', () => {
    expect(normalizeOrganization('バッファロー')).not.toBe(normalizeOrganization('ハッファロー'))
    expect(normalizeOrganization('パナソニック')).not.toBe(normalizeOrganization('ハナソニック'))
    expect(normalizeOrganization('株式会社')).toBe('株式会社')
    expect(normalizeOrganization('（株）')).toBe('株')
    expect(normalizeOrganization('株式会社ABC商事株式会社')).toBe('abc 商事') // both ends; the Latin name a word of its own
  })

  it('keeps a Chinese name that is only a legal form, and Chinese inside a longer name', () => {
    expect(normalizeOrganization('有限公司')).toBe('有限公司')
    expect(normalizeOrganization('公司')).toBe('公司')
    expect(normalizeOrganization('（深圳）有限公司')).toBe('深圳 有限公司')
    expect(normalizeOrganization('华为北京分公司')).toBe('华为北京分公司') // a branch with no company name before it
    expect(normalizeOrganization('Huawei 华为技术有限公司')).toBe('huawei 华为技术')
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

  it('reads a name after the Chinese city its registrant put before it, and only a catalog name of two words or more', () => {
    const resolveNubia = buildNameResolver([...MANUFACTURERS, maker('nubia', 'Nubia Technology', ['Nubia'])], EXTRA)
    // Nubia Technology Co., Ltd. is seated in Shenzhen, as the registry's "Nubia Technology Co.,Ltd." block says.
    expect(resolveNubia('Shenzhen Nubia Technology Co., Ltd.')).toBe('nubia')
    expect(resolve('Shenzhen Honor Device Co., Ltd.')).toBe('honor')
    expect(resolve('Guangdong Dongguan Huawei Device Co., Ltd.')).toBe('huawei-device')
    // A one-word name after the city is any company's word; another name after it is another company.
    expect(resolve('Shenzhen Honor Co., Ltd.')).toBeUndefined()
    expect(resolve('SHENZHEN HONOR ELECTRONIC CO.,LTD')).toBeUndefined()
    expect(resolve('Shenzhen New Technologies Co., Ltd.')).toBeUndefined()
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

  it('does not take a brand word that is part of an unrelated organisation\'s name of several words', () => {
    const withUnrelated = buildNameResolver([maker('xerox', 'Xerox', [])], [{ manufacturer: 'xerox', names: [], tokens: ['xerox'], unrelated: ['Fuji Xerox Co., Ltd.'] }])
    // The whole name, as before, and now a text that holds it (its legal form left out).
    expect(withUnrelated('Fuji Xerox Co., Ltd.')).toBeUndefined()
    expect(withUnrelated('FUJI XEROX DocuPrint')).toBeUndefined()
    // The token still names its manufacturer elsewhere.
    expect(withUnrelated('Xerox WorkCentre 7535')).toBe('xerox')
    // An unrelated name of one word blocks only itself: "Teltronic AG" is not a text around a token.
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

describe('Chinese names', () => {
  // Short Chinese names are aliases only: whole names, never tokens.
  const resolveCn = buildNameResolver([
    maker('huawei', 'Huawei Technologies', ['Huawei', '华为', '华为技术']),
    maker('huawei-device', 'Huawei Device', ['华为终端']),
    maker('dahua', 'Zhejiang Dahua Technology', ['Dahua', '大华', '浙江大华技术']),
  ], EXTRA)

  it('resolves a Chinese legal name to the maker of its short name', () => {
    expect(resolveCn('华为技术有限公司')).toBe('huawei')
    expect(resolveCn('华为')).toBe('huawei')
    expect(resolveCn('华为终端（深圳）有限公司')).toBe('huawei-device')
    expect(resolveCn('浙江大华技术股份有限公司')).toBe('dahua')
    expect(resolveCn('大华')).toBe('dahua')
  })

  it('resolves a Chinese name after its city or province, when the name is of three characters or more', () => {
    expect(resolveCn('深圳市华为终端有限公司')).toBe('huawei-device')
    expect(resolveCn('广东省深圳华为终端有限公司')).toBe('huawei-device')
    expect(resolveCn('深圳華為終端有限公司')).toBe('huawei-device')
    // Two characters are a common word of many names (大华 of the Shanghai scale factory, 上海大华衡器厂).
    expect(resolveCn('上海大华有限公司')).toBeUndefined()
    expect(resolveCn('深圳华为有限公司')).toBeUndefined()
    expect(resolveCn('上海大华衡器厂')).toBeUndefined()
  })

  it('resolves a Chinese name that starts with a Chinese maker\'s name of three characters or more, then its trade', () => {
    const resolveTrade = buildNameResolver([
      { ...maker('hytera', 'Hytera Communications', ['Hytera', '海能达']), country: 'CN' },
      { ...maker('zte', 'ZTE', ['ZTE', '中兴', '中兴通讯']), country: 'CN' },
      { ...maker('sanechips', 'Sanechips', ['中兴微电子']), country: 'CN' },
      { ...maker('nec', 'NEC', ['NEC', '日本電気']), country: 'JP' },
    ])
    // Hytera's legal name (its bond prospectus of 2018: 海能达通信股份有限公司), after a city or not.
    expect(resolveTrade('海能达通信股份有限公司')).toBe('hytera')
    expect(resolveTrade('深圳市海能达通信股份有限公司')).toBe('hytera')
    expect(resolveTrade('深圳市中兴微电子技术有限公司')).toBe('sanechips')
    // The longest name wins: 中兴微电子 is not 中兴通讯's, and 中兴 alone begins other names.
    expect(resolveTrade('中兴通讯技术')).toBe('zte')
    expect(resolveTrade('中兴商业股份有限公司')).toBeUndefined()
    // Only words of a trade may follow: a park (园) or an institute (研究所) named after a maker is not the maker.
    expect(resolveTrade('海能达通信园')).toBeUndefined()
    expect(resolveTrade('海能达研究所')).toBeUndefined()
    // Japanese names are not place + trade name + trade: 日本電気硝子 (Nippon Electric Glass) is not NEC.
    expect(resolveTrade('日本電気硝子株式会社')).toBeUndefined()
    expect(resolveTrade('日本電気株式会社')).toBe('nec')
  })

  it('does not find a short Chinese name inside a longer one', () => {
    for (const name of ['上海大华衡器厂', '大华会计师事务所', '大华银行', '华为云计算技术有限公司']) {
      expect(resolveCn(name), name).toBeUndefined()
    }
  })

  it('resolves a name written in traditional characters as the simplified one', () => {
    expect(resolveCn('華為技術有限公司')).toBe('huawei')
    expect(resolveCn('華為')).toBe('huawei')
    expect(resolveCn('華為終端（深圳）有限公司')).toBe('huawei-device')
    expect(resolveCn('浙江大華技術股份有限公司')).toBe('dahua')
    expect(resolveCn('大華')).toBe('dahua')
    // Mixed scripts, as a hand-typed record may have them.
    expect(resolveCn('华為技术')).toBe('huawei')
  })

  it('finds a short name in traditional characters inside a longer one no more than in simplified ones', () => {
    for (const name of ['上海大華衡器廠', '大華會計師事務所', '大華銀行', '華為雲計算技術有限公司']) {
      expect(resolveCn(name), name).toBeUndefined()
    }
  })

  it('still resolves Japanese names that share characters with traditional Chinese', () => {
    const resolveJa = buildNameResolver([maker('nec', 'NEC', ['NEC', '日本電気']), maker('toshiba-tec', 'Toshiba TEC', ['東芝テック'])])
    expect(resolveJa('日本電気株式会社')).toBe('nec')
    expect(resolveJa('東芝テック㈱')).toBe('toshiba-tec')
  })

  it('leaves the name as written in the normalized form', () => {
    expect(normalizeOrganization('華為終端有限公司')).toBe('華為終端')
  })
})

describe('names of third-party parts', () => {
  it('does not take "Huawei-compatible" or "for Cisco" for the maker', () => {
    const resolve = buildNameResolver(CATALOG_MANUFACTURERS, REGISTRY_ALIASES)
    expect(resolve('Huawei-compatible SFP')).toBeUndefined()
    expect(resolve('SFP module for Cisco')).toBeUndefined()
    expect(resolve('Huawei')).toBe('huawei')
  })

  it('takes a maker\'s own product for a platform for the maker, and a part made for another maker for nobody', () => {
    const resolve = buildNameResolver(CATALOG_MANUFACTURERS, REGISTRY_ALIASES)
    // Kaspersky's product names (its mail security's X-KLMS-AntiVirus header, its product list)
    expect(resolve('Kaspersky Security for Linux Mail Server')).toBe('kaspersky')
    expect(resolve('Kaspersky Security for Internet Gateway')).toBe('kaspersky')
    expect(resolve('Hikvision bracket for Dahua cameras')).toBeUndefined()
    expect(resolve('For Cisco 2960')).toBeUndefined()
    expect(namesThirdPartyProduct('Kaspersky Security for Linux Mail Server', resolve)).toBe(false)
    expect(namesThirdPartyProduct('Power supply for Hikvision NVR', resolve)).toBe(true)
    expect(namesThirdPartyProduct('Kaspersky Security for Linux Mail Server')).toBe(true)
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

describe('buildNameResolver with an unrelated name inside a longer text', () => {
  const withXerox = buildNameResolver([maker('xerox', 'Xerox', [])], [
    { manufacturer: 'xerox', names: [], tokens: ['xerox'], unrelated: ['Fuji Xerox Co., Ltd.'] },
  ])

  it('names nobody for a text that contains the other company\'s name, and the maker for its own', () => {
    expect(withXerox('FUJI XEROX DocuCentre-III C2200 ;ESS1.120.4,IOT 20.6.0')).toBeUndefined()
    expect(withXerox('Xerox WorkCentre 7132;ESS PS1.202.1')).toBe('xerox')
  })
})

// Certificate subjects of devices' own web and management interfaces, and issuers of certificate
// authorities, as Rapid7 Recog's fingerprints quote them (xml/x509_subjects.xml, xml/x509_issuers.xml).
describe('organisations of certificate names', () => {
  it('reads the O attribute of a distinguished name in RFC 4514\'s, OpenSSL\'s and nmap\'s forms', () => {
    expect(certificateOrganization('CN=IPMI,OU=Software,O=Super Micro Computer,ST=California,C=US')).toBe('Super Micro Computer')
    expect(certificateOrganization('CN=Oracle Integrated Lights Out Manager,O=Oracle America\\, Inc.,L=Redwood Shores,ST=California,C=US')).toBe('Oracle America, Inc.')
    expect(certificateOrganization('C = US, ST = Texas, L = Round Rock, O = Dell Inc., OU = Remote Access Group, CN = idrac-JXJJC02')).toBe('Dell Inc.')
    expect(certificateOrganization('/C=US/ST=Texas/O=Dell Inc./CN=idrac')).toBe('Dell Inc.')
    expect(certificateOrganization('Subject: commonName=IPMI/organizationName=Super Micro Computer/stateOrProvinceName=California/countryName=US')).toBe('Super Micro Computer')
  })

  it('reads nothing from a certificate authority\'s name, a name without an organisation, or a text that is no distinguished name', () => {
    for (const text of [
      'CN=Amazon,OU=Server CA 1B,O=Amazon,C=US',
      'CN=Go Daddy Secure Certificate Authority - G2,OU=http://certs.godaddy.com/repository/,O=GoDaddy.com\\, Inc.,L=Scottsdale,ST=Arizona,C=US',
      'CN=Chromecast ICA 3,OU=Cast,O=Google Inc,L=Mountain View,ST=California,C=US',
      'CN=192.168.1.100, C=CN',
      'O=VMware Installer',
      'Copyright (c) 2010 by QTECH LLC, O=x',
      'realm="O=Dell Inc."',
    ]) expect(certificateOrganization(text), text).toBeUndefined()
  })

  it('reads a text with a long run of spaces in one pass (a padded banner field)', () => {
    // Scanned once per space, 200,000 spaces took most of a minute.
    expect(certificateOrganization(`CN=a${' '.repeat(200_000)}x`)).toBeUndefined()
    expect(certificateOrganization(`CN=a,${' '.repeat(200_000)}O=Dell Inc.`)).toBe('Dell Inc.')
  })

  it('resolves the maker a device\'s own certificate names, and nobody for an authority\'s', () => {
    const resolve = buildNameResolver(CATALOG_MANUFACTURERS, REGISTRY_ALIASES)
    expect(resolve('CN=IPMI,OU=Software,O=Super Micro Computer,ST=California,C=US')).toBe('supermicro')
    expect(resolve('CN=idrac-JXJJC02,OU=Remote Access Group,O=Dell Inc.,L=Round Rock,ST=Texas,C=US')).toBe('dell')
    expect(resolve('CN=SERVER-1231,OU=ISS,O=Hewlett-Packard Company,L=Houston,ST=Texas,C=US')).toBe('hpe')
    expect(resolve('CN=R190V,OU=Products,O=Cambium Networks Inc,L=San Jose,ST=CA,C=US')).toBe('cambium')
    expect(resolve('CN=iPX3010,OU=I Project,O=Samsung Electronics,L=Suwon,ST=Gyeonggi-do,C=KR')).toBe('samsung')
    expect(resolve('CN=ZA1117619249,OU=Internally Generated Certificate,O=American Power Conversion Corp,L=Default Locality,ST=Default State,C=US')).toBe('apc')
    expect(resolve('CN=www.hikvision.com,OU=DVRNVR,O=HIKVISION,L=HangZhou,ST=ZheJiang,C=CN')).toBe('hikvision')
    // Google's Cast certificate of a Vizio TV names the TV's maker in its unit; Chromecast's own, Google.
    expect(resolve('CN=9V039WC9 FA8FCA697898,OU=Cast TV (Vizio),O=Google Inc,L=Mountain View,ST=California,C=US')).toBe('vizio')
    expect(resolve('CN=LVDZG5 FA8FCA67413D,OU=Cast,O=Google Inc,L=Mountain View,ST=California,C=US')).toBe('google')
    // A unit's parenthesis that names nobody leaves the organisation: HPE's SMH certificate.
    expect(resolve('CN=bigsrv99,OU=Hewlett Packard Enterprise Network Management Software (SMH),O=Hewlett Packard Enterprise,L=Houston,ST=Texas,C=US')).toBe('hpe')
    expect(resolve('CN=Amazon,OU=Server CA 1B,O=Amazon,C=US')).toBeUndefined()
    expect(resolve('CN=DigiCert SHA2 Secure Server CA,O=DigiCert Inc,C=US')).toBeUndefined()
    expect(resolve('CN=Eureka Gen1 ICA,OU=Google TV,O=Google Inc,L=Mountain View,ST=California,C=US')).toBeUndefined()
  })
})
