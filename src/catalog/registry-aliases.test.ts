import { describe, expect, it } from 'vitest'
import type { ManufacturerSlug } from '../domain/manufacturer.js'
import { loadDefaultOuiEntries } from '../io/data-tables.js'
import { groupOf, MANUFACTURERS } from './manufacturers.js'
import { buildNameResolver } from './org-name.js'
import { REGISTRY_ALIASES } from './registry-aliases.js'

const COVERED_GROUPS = ['huawei', 'zte', 'hikvision', 'dahua', 'hytera'] as const
type CoveredGroup = (typeof COVERED_GROUPS)[number]

/** Every group a manufacturer ever belonged to (any date), following parents to the top. */
function groupsEver(slug: ManufacturerSlug): Set<ManufacturerSlug> {
  const bySlug = new Map(MANUFACTURERS.map((m) => [m.slug, m]))
  const seen = new Set<ManufacturerSlug>([slug])
  const todo = [slug]
  for (let s = todo.pop(); s !== undefined; s = todo.pop()) {
    for (const p of bySlug.get(s)?.parents ?? []) {
      if (!seen.has(p.parent)) { seen.add(p.parent); todo.push(p.parent) }
    }
  }
  return seen
}
function coveredGroupOf(slug: ManufacturerSlug | undefined): CoveredGroup | undefined {
  if (slug === undefined) return undefined
  const groups = groupsEver(slug)
  return COVERED_GROUPS.find((g) => groups.has(g))
}

/** Names that look like a covered group's in the registry, checked by hand to belong to others. */
const NEAR_MISSES = [
  'SHENZHEN HONOR ELECTRONIC CO.,LTD', 'Shanghai Dahua Scale Factory', 'JOREX LOREX INDIA PRIVATE LIMITED',
  'Teltronic AG', 'Teltronics, Inc.', 'ZTEC Instruments, Inc.', 'ANHUI WANZTEN P&T CO., LTD',
  'Wuxi Zhongxing Optoelectronics Technology Co.,Ltd.', 'Hangzhou Zhongxinghui Intelligent Technology Co., Ltd.',
  'Hella Sonnen- und Wetterschutztechnik GmbH', 'PRIZOR VIZTECH LIMITED', 'Aztech Associates Inc.', 'Aztek, Inc.',
  'Naztec, Inc.', 'Aztek Networks, Inc.', 'Shenztech Ltd', 'AZTEQ Mobile', 'Kaztek Systems', 'Aztech Electronics Pte Ltd',
  'Aztech Group DOOEL', 'AZTEK SA', 'Symantec Corporation', 'Rosenberger Hochfrequenztechnik GmbH & Co. KG',
  'Brähler ICS Konferenztechnik AG', 'Hisense Broadband Multimedia Technology Co.,Ltd.', 'Hikari Co.,Ltd.', 'SmartD Technologies Inc',
]
const COVERED_LOOKING = /huawei|h3c|hmn tech|hisilicon|honor|zte|zhongxing|sanechips|nubia|hikvision|hikrobot|ezviz|dahua|imou|huacheng|lorex|hytera|sepura|norsat|teltronic|microimage|huaray|xfusion|pyronix|hikstorage|hiksemi|\btd tech\b|yinwang/i

const resolve = buildNameResolver(MANUFACTURERS, REGISTRY_ALIASES)
/** Registry spellings of subsidiaries the catalog does not list yet: they cannot resolve. */
const WAITING = new Set(REGISTRY_ALIASES
  .filter((a) => !MANUFACTURERS.some((m) => m.slug === a.manufacturer))
  .flatMap((a) => a.names))
const entries = loadDefaultOuiEntries()

/** The shipped registry's blocks per catalog maker, counted once for every block of tests below. */
let counted: Map<ManufacturerSlug, number> | undefined
function blockCounts(): Map<ManufacturerSlug, number> {
  if (counted !== undefined) return counted
  counted = new Map()
  for (const e of entries) {
    const slug = resolve(e.organization)
    if (slug !== undefined) counted.set(slug, (counted.get(slug) ?? 0) + 1)
  }
  return counted
}

describe('registry names of the covered groups (oui-data)', () => {
  const counts = new Map<string, number>()
  const unresolved = new Set<string>()
  const surprising = new Set<string>()
  for (const e of entries) {
    const group = coveredGroupOf(resolve(e.organization))
    if (group !== undefined) {
      counts.set(`${group} ${e.registry}`, (counts.get(`${group} ${e.registry}`) ?? 0) + 1)
      if (!COVERED_LOOKING.test(e.organization)) surprising.add(e.organization)
    } else if (COVERED_LOOKING.test(e.organization) && !NEAR_MISSES.includes(e.organization) && !WAITING.has(e.organization)) {
      unresolved.add(e.organization)
    }
  }

  it('resolves every block whose name looks like a covered group, except the checked near misses', () => {
    expect([...unresolved].sort()).toEqual([])
  })

  it('resolves no block of an unrelated-looking organisation to a covered group', () => {
    expect([...surprising].sort()).toEqual([])
  })

  it('resolves no near miss to a covered group', () => {
    for (const name of NEAR_MISSES) expect(coveredGroupOf(resolve(name)), name).toBeUndefined()
  })

  it('counts the blocks of each covered group', () => {
    // oui-data 2.1.9 (IEEE data of about Aug 2026); lower bounds so a registry refresh only adds.
    expect(counts.get('huawei MA-L')).toBeGreaterThanOrEqual(2_050)
    expect(counts.get('zte MA-L')).toBeGreaterThanOrEqual(500)
    expect(counts.get('zte MA-M')).toBeGreaterThanOrEqual(1)
    expect(counts.get('hikvision MA-L')).toBeGreaterThanOrEqual(100)
    expect(counts.get('hikvision MA-M')).toBeGreaterThanOrEqual(1)
    expect(counts.get('dahua MA-L')).toBeGreaterThanOrEqual(39)
    expect(counts.get('hytera MA-L')).toBeGreaterThanOrEqual(3)
    expect(counts.get('hytera MA-S')).toBeGreaterThanOrEqual(1)
  })

  it('resolves each registry spelling to its own manufacturer', () => {
    expect(resolve('HUAWEI TECHNOLOGIES CO.,LTD')).toBe('huawei')
    expect(resolve('Huawei Device Co., Ltd.')).toBe('huawei-device')
    expect(resolve('Huawei Symantec Technologies Co.,Ltd.')).toBe('huawei-symantec')
    expect(resolve('Hisilicon Technologies Co., Ltd')).toBe('hisilicon')
    expect(resolve('Honor Device Co., Ltd.')).toBe('honor')
    expect(resolve('zte corporation')).toBe('zte')
    expect(resolve('Nubia Technology Co.,Ltd.')).toBe('nubia')
    expect(resolve('Hangzhou Ezviz Software Co.,Ltd.')).toBe('ezviz')
    expect(resolve('Hangzhou Huacheng Network Technology Co.,Ltd')).toBe('imou')
    expect(resolve('ZHEJIANG DAHUA TECHNOLOGYCO.,LTD')).toBe('dahua')
    expect(resolve('Lorex Technology Inc.')).toBe('lorex')
    expect(resolve('Teltronic S.A.U.')).toBe('teltronic')
    // Hytera's earlier name, as its code and the DMR feature set ids still write it
    expect(resolve('SHENZHEN HYT SCIENCE&TECHNOLOGY CO., LTD.')).toBe('hytera')
    expect(resolve('HYT science tech')).toBe('hytera')
    expect(resolve('Hangzhou Microimage Software Co., Ltd')).toBe('hikmicro')
    expect(resolve('Zhejiang HuaRay Technology Co.,Ltd')).toBe('huaray')
    expect(resolve('SZ DJI TECHNOLOGY CO.,LTD')).toBe('dji')
    expect(resolve('DJI Osmo Technology Co., Ltd.')).toBe('dji')
    expect(resolve('SZ DJI Ronin Technology Co., Ltd.')).toBe('dji')
    expect(resolve('Autel Robotics USA LLC')).toBe('autel-robotics')
  })

  it('puts the subsidiaries that waited for the catalog in their covered groups', () => {
    expect(coveredGroupOf(resolve('Hangzhou Microimage Software Co., Ltd'))).toBe('hikvision')
    expect(coveredGroupOf(resolve('Zhejiang HuaRay Technology Co.,Ltd'))).toBe('dahua')
    expect(coveredGroupOf(resolve('Teltronic S.A.U.'))).toBe('hytera')
    // Huawei's car business as a company of its own since 2024, registered at Huawei's headquarters (10-91-66).
    expect(resolve('Shenzhen Yinwang Intelligent Technologies Co.,Ltd.')).toBe('yinwang')
    expect(coveredGroupOf(resolve('Shenzhen Yinwang Intelligent Technologies Co.,Ltd.'))).toBe('huawei')
  })

  it('keeps other Autel companies away from Autel Robotics', () => {
    expect(resolve('Autel lntelligent Technology Corp.,Ltd')).toBeUndefined()
    expect(resolve('Beijing Autelan Technology Co.,Ltd')).toBeUndefined()
    expect(resolve('Autelis, LLC')).toBeUndefined()
  })

  it('names only catalog slugs, apart from those waiting for the catalog to list them', () => {
    const known = new Set(MANUFACTURERS.map((m) => m.slug))
    const waiting = REGISTRY_ALIASES.map((a) => a.manufacturer).filter((s) => !known.has(s))
    expect(waiting).toEqual([])
  })

  it('keeps registry names of other makers that short aliases would catch unresolved', () => {
    expect(resolve('Arista Corp')).toBeUndefined()
    expect(resolve('AXIS CORPORATION')).toBeUndefined()
    expect(resolve('HP Tuners LLC')).toBeUndefined()
    expect(resolve('Arista Networks, Inc.')).toBe('arista')
  })

  it('names a maker whose coined brand word stands anywhere in a text, but not for words with another meaning', () => {
    expect(resolve('Mikrotik RB951')).toBe('mikrotik')
    expect(resolve('ZyXEL GS1900 switch')).toBe('zyxel')
    expect(resolve('Welcome to Dahua NVR')).toBe('dahua')
    expect(resolve('Tellabs 8609 Smart Router')).toBe('tellabs')
    expect(resolve('User Access Verification (Cisco device)')).toBe('cisco')
    expect(resolve('Shanghai Dahua Scale Factory')).toBeUndefined()
    expect(resolve('Cisco-Linksys, LLC')).toBe('linksys')
    // Two-word coined names, as a pair of words anywhere; a third party's product names neither.
    expect(resolve('Welcome to TP-Link router')).toBe('tp-link')
    expect(resolve('D-Link DIR-615 login')).toBe('d-link')
    expect(resolve('TP-Link compatible adapter')).toBeUndefined()
    expect(resolve('Juniper bush')).toBeUndefined()
    expect(resolve('Netgear-compatible power supply')).toBeUndefined()
  })

  it('names Hikvision\'s own brands and the brands of covered makers\' OEM products by their coined words anywhere in a text', () => {
    // Users' reports: centreon/centreon-plugins issue #4734, maciej-or/hikvision_next issue #328,
    // henry-spanka/node-red-contrib-hikvision issue #18, rroller/dahua pull request #79, agsh/onvif pull request #29.
    expect(resolve('IP camera HiWatch DS-I114W')).toBe('hiwatch')
    expect(resolve('HiWatch  DS-H216QA(B)')).toBe('hiwatch')
    expect(resolve('hilook (brand of hikvision) supported?')).toBeUndefined() // two makers named: no guess
    expect(resolve('HiLook IPC-B140H-M')).toBe('hilook')
    expect(resolve('Lorex E891AB')).toBe('lorex')
    expect(resolve('INTELBRAS VIP-S3120')).toBe('intelbras')
    // The registry's other Lorex.
    expect(resolve('JOREX LOREX INDIA PRIVATE LIMITED')).toBeUndefined()
    expect(resolve('Lorex Technology Inc.')).toBe('lorex')
  })
})

describe('registry names of router, storage and phone makers outside the covered groups (oui-data)', () => {
  const counts = blockCounts()

  it('resolves the blocks of each maker', () => {
    // Lower bounds, so a registry refresh only adds.
    expect(counts.get('commscope')).toBeGreaterThanOrEqual(340)
    expect(counts.get('3com')).toBeGreaterThanOrEqual(43)
    expect(counts.get('adtran')).toBeGreaterThanOrEqual(15)
    expect(counts.get('poly')).toBeGreaterThanOrEqual(13)
    expect(counts.get('yealink')).toBeGreaterThanOrEqual(11)
    expect(counts.get('netapp')).toBeGreaterThanOrEqual(4)
    expect(counts.get('grandstream')).toBeGreaterThanOrEqual(4)
    expect(counts.get('draytek')).toBeGreaterThanOrEqual(3)
    expect(counts.get('lancom')).toBeGreaterThanOrEqual(2)
    expect(counts.get('snom')).toBeGreaterThanOrEqual(2)
    expect(counts.get('arris')).toBeGreaterThanOrEqual(2)
  })

  it('resolves each registry spelling to its own maker', () => {
    expect(resolve('LANCOM Systems GmbH')).toBe('lancom')
    expect(resolve('DrayTek Corp.')).toBe('draytek')
    expect(resolve('Adtran Inc')).toBe('adtran')
    expect(resolve('Commscope')).toBe('commscope')
    expect(resolve('Arris')).toBe('arris')
    expect(resolve('NetApp')).toBe('netapp')
    expect(resolve('YEALINK(XIAMEN) NETWORK TECHNOLOGY CO.,LTD.')).toBe('yealink')
    expect(resolve('XIAMEN YEALINK NETWORK TECHNOLOGY CO.,LTD')).toBe('yealink')
    expect(resolve('Grandstream Networks, Inc.')).toBe('grandstream')
    expect(resolve('PLANTRONICS, INC.')).toBe('poly')
    expect(resolve('Polycom')).toBe('poly')
    expect(resolve('snom technology GmbH')).toBe('snom')
    expect(resolve('3COM EUROPE LTD')).toBe('3com')
    expect(resolve('3Com Ltd')).toBe('3com')
  })

  it('keeps look-alike organisations away from them', () => {
    for (const name of [
      'Beijing L&S Lancom Platform Tech. Co., Ltd.', 'Adtranz Sweden', 'Harris Corporation', 'Parris Service Corporation',
      'BARRISTER INFO SYS CORP', 'LITTON/POLY-SCIENTIFIC', 'N3com',
    ]) expect(resolve(name), name).toBeUndefined()
  })

  it('keeps the Huawei-3Com joint venture with H3C, not 3Com', () => {
    expect(resolve('Huawei-3Com')).toBe('h3c')
  })
})


describe('registry names of network and security makers outside the covered groups (oui-data)', () => {
  const counts = blockCounts()

  it('resolves the blocks of each maker', () => {
    // Lower bounds from the IEEE files of May 2026, so a registry refresh only adds.
    expect(counts.get('ruckus')).toBeGreaterThanOrEqual(99)
    expect(counts.get('avaya')).toBeGreaterThanOrEqual(54)
    expect(counts.get('brocade')).toBeGreaterThanOrEqual(25)
    expect(counts.get('cambium')).toBeGreaterThanOrEqual(9)
    expect(counts.get('sophos')).toBeGreaterThanOrEqual(4)
    expect(counts.get('enterasys')).toBeGreaterThanOrEqual(4)
    expect(counts.get('watchguard')).toBeGreaterThanOrEqual(2)
    expect(counts.get('citrix')).toBeGreaterThanOrEqual(1)
    expect(counts.get('array-networks')).toBeGreaterThanOrEqual(1)
  })

  it('resolves each registry spelling to its own maker', () => {
    expect(resolve('Ruckus Wireless')).toBe('ruckus')
    expect(resolve('Brocade Communications Systems LLC')).toBe('brocade')
    expect(resolve('Avaya Inc')).toBe('avaya')
    expect(resolve('Avaya LLC')).toBe('avaya')
    expect(resolve('Avaya ECS Ltd')).toBe('avaya')
    expect(resolve('Citrix Systems, Inc.')).toBe('citrix')
    expect(resolve('WatchGuard Technologies, Inc.')).toBe('watchguard')
    expect(resolve('Sophos Ltd')).toBe('sophos')
    expect(resolve('Cambium Networks Limited')).toBe('cambium')
    expect(resolve('Enterasys')).toBe('enterasys')
    expect(resolve('Array Networks')).toBe('array-networks')
  })

  it('keeps look-alike organisations away from them', () => {
    for (const name of [
      'WatchGuard Video', 'Ifoundry Systems Singapore', 'Shenzhen Afoundry Electronic Co., Ltd', 'Array Corporation', 'Array Technologies Inc',
      'ArrayComm', 'Arrayent',
    ]) {
      expect(resolve(name), name).toBeUndefined()
    }
  })
})

describe('registry names of camera, CPE, industrial and cellular makers (oui-data)', () => {
  const counts = blockCounts()

  it('resolves the blocks of each maker', () => {
    // Lower bounds from the IEEE files of May 2026, so a registry refresh only adds.
    const expected: Record<ManufacturerSlug, number> = {
      sagemcom: 219, vantiva: 138, sony: 138, arcadyan: 90, quectel: 73, siemens: 67, askey: 52, sercomm: 50,
      edgecore: 31, calix: 22, accton: 19, 'allied-telesis': 17, dzs: 16, ale: 15, fibocom: 6, 'sierra-wireless': 6,
      teltonika: 6, milesight: 4, tiandy: 3, moxa: 2, cradlepoint: 2, tvt: 2, vivotek: 1, mobotix: 1, reolink: 1, 'i-pro': 1,
    }
    for (const [slug, n] of Object.entries(expected)) expect(counts.get(slug) ?? 0, slug).toBeGreaterThanOrEqual(n)
  })

  it('resolves each registry spelling to its own maker', () => {
    expect(resolve('Sagemcom Broadband SAS')).toBe('sagemcom')
    expect(resolve('Vantiva USA LLC')).toBe('vantiva')
    expect(resolve('Thomson Telecom Belgium')).toBe('vantiva')
    expect(resolve('Technicolor CH USA Inc for Telus')).toBe('vantiva')
    expect(resolve('Sony Interactive Entertainment Inc.')).toBe('sony')
    expect(resolve('i-PRO Co., Ltd.')).toBe('i-pro')
    expect(resolve('Xiamen Milesight IoT Co., Ltd.')).toBe('milesight')
    expect(resolve('TVT CO.,LTD')).toBe('tvt')
    expect(resolve('Zhone Technologies, Inc.')).toBe('dzs')
    expect(resolve('DASAN Newtork Solutions')).toBe('dzs')
    expect(resolve('Siemens AG, Sector Industry, Drive Technologies, Motion Control Systems')).toBe('siemens')
    expect(resolve('MOXA TECHNOLOGIES CORP., LTD.')).toBe('moxa')
    expect(resolve('UAB TELTONIKA NETWORKS')).toBe('teltonika')
    expect(resolve('Sierra Wireless, ULC')).toBe('sierra-wireless')
    expect(resolve('Allied-telesisK.K.')).toBe('allied-telesis')
    expect(resolve('ALLIED TELESYN INTERNAIONAL')).toBe('allied-telesis')
    expect(resolve('Edgecore Americas Networking Corporation')).toBe('edgecore')
    expect(resolve('ACCTON TECHNOLOGY CORPORATION')).toBe('accton')
  })

  it('gives DASAN Networks its own blocks, not DZS\'s (DASAN Network Solutions merged with Zhone)', () => {
    expect(resolve('DASAN Networks, Inc.')).toBe('dasan-networks')
    expect(resolve('DASAN Network Solutions')).toBe('dzs')
    expect(resolve('DASAN CO., LTD.')).toBeUndefined()
    expect(resolve('DASAN TPS')).toBeUndefined()
  })

  it('gives Alcatel-Lucent Enterprise its own blocks, not Nokia\'s', () => {
    expect(resolve('Alcatel-Lucent Enterprise')).toBe('ale')
    expect(resolve('ALE International')).toBe('ale')
    expect(resolve('Alcatel-Lucent IPD')).toBe('nokia')
  })

  it('keeps look-alike organisations, joint ventures and former units away from them', () => {
    for (const name of [
      'Calixto Systems Pvt Ltd', 'Cradle Technologies', 'SONY TEKTRONIX CORP.', 'Sony Honda Mobility Inc.',
      "Liaoning IK'SONYA Science and Technology Co., Ltd.", 'Nokia Siemens Networks GmbH & Co. KG.', 'Fujitsu Siemens Computers',
      'Valeo Siemens eAutomotive Norway', 'Siemens Energy Global GmbH & Co. KG', 'Siemens Home & Office Comm. Devices',
      'PMC-SIERRA, INC.', 'SIERRA MONITOR CORP.', 'Allied Vision Technologies', 'ALLIED SIGNAL INC.', 'THOMSON CSF',
      'Thomson Video Networks', 'Weightech Com. Imp. Exp. Equip. Pesagem Ltda', 'HongKong Ipro Technology Co., Limited',
    ]) {
      expect(resolve(name), name).toBeUndefined()
    }
  })
})

describe('registry names of other dates', () => {
  it('resolves the spellings of older registry files to their manufacturers', () => {
    // oui.txt of the late 2000s (the layout with "company_id" in the title block), and Debian's
    // ieee-data 20220827.1 (oui.csv, oui.txt and the others of 2022-08-27).
    const OLDER: [string, ManufacturerSlug][] = [
      ['Huawei Technologies Co., Ltd.', 'huawei'], // 00-18-82, 2000s
      ['ShenZhen Huawei Communication Technologies Co.,Ltd.', 'huawei'], // 00-1E-10, 2000s
      ['Hangzhou H3C Technologies Co., Ltd.', 'h3c'], // 00-0F-E2, 2000s
      ['Huawei Device Co., Ltd.', 'huawei-device'], // 2022: 430 blocks
      ['Huawei Symantec Technologies Co.,Ltd.', 'huawei-symantec'], // 00-22-A1, 2022
      ['Hangzhou H3C Technologies Co., Limited', 'h3c'], // 2022
      ['New H3C Technologies Co., Ltd', 'h3c'], // 2022
      ['zte corporation', 'zte'], // 2022: 298 blocks
      ['ZHONGXING TELECOM LTD.', 'zte'], // 00-D0-D0, 2022
      ['SHANGHAI ZTE TECHNOLOGIES CO.,LTD', 'zte'], // 2022
      ['Hangzhou Hikvision Digital Technology Co.,Ltd.', 'hikvision'], // 2022
      ['Prama Hikvision India Private Limited', 'hikvision'], // 2022
      ['Zhejiang Dahua Technology Co., Ltd.', 'dahua'], // 2022
      ['hangzhou huacheng network technology co., ltd', 'imou'], // 2022, in lower case
      ['Hytera Communications Corporation Limited', 'hytera'], // 2022
      ['Hytera Communications Co .,ltd', 'hytera'], // 2022
      ['Sepura Plc', 'sepura'], // 2022 (Sepura Limited in later files)
    ]
    for (const [name, slug] of OLDER) expect(resolve(name), name).toBe(slug)
  })

  it('resolves spellings a later file may use: another case or legal form, or the city before the name', () => {
    const LATER: [string, ManufacturerSlug][] = [
      ['HUAWEI DEVICE CO.,LTD', 'huawei-device'],
      ['Shenzhen Huawei Device Co., Ltd.', 'huawei-device'],
      ['Honor Device Co.,Ltd', 'honor'],
      ['Shenzhen Honor Device Co., Ltd.', 'honor'],
      // The word-for-word English of its Chinese name, as Qichacha writes it.
      ['Honor Terminal Co., Ltd.', 'honor'],
      ['Shenzhen Nubia Technology Co., Ltd.', 'nubia'],
      ['NUBIA TECHNOLOGY CO., LTD.', 'nubia'],
      ['Shenzhen Sanechips Technology Co., Ltd.', 'sanechips'],
      ['XFUSION DIGITAL TECHNOLOGIES CO., LTD.', 'xfusion'],
      ['Hangzhou EZVIZ Network Co., Ltd.', 'ezviz'],
      ['Hangzhou Hikmicro Sensing Technology Co., Ltd.', 'hikmicro'],
      // HikStorage's company in Hangzhou, as JEDEC's JEP106 list names it (bank 13, code 124), and
      // its brand: the IEEE's one registration is of its Wuhan company, and they named nobody.
      ['Hangzhou Hikstorage Technology Co', 'hikstorage'],
      ['Hangzhou Hikstorage Technology Co., Ltd.', 'hikstorage'],
      ['HIKSEMI Technology Co., Ltd.', 'hikstorage'],
    ]
    for (const [name, slug] of LATER) expect(resolve(name), name).toBe(slug)
    // Names that only share a word or a city with them.
    for (const name of ['SHENZHEN HONOR ELECTRONIC CO.,LTD', 'Shenzhen Honor Co., Ltd.', 'Huaweitech Solutions LLC', 'Shenzhen Huawen Technology Co., Ltd.']) {
      expect(coveredGroupOf(resolve(name)), name).toBeUndefined()
    }
  })

  it('keeps the look-alikes of the 2022 files away from the covered groups', () => {
    // Checked by hand: other companies whose names share a syllable or a brand word.
    for (const name of [
      'BEIJING HUAWOO TECHNOLOGIES CO.LTD', 'Huaqin Technology Co.,Ltd', 'HUAQIN TELECOM HONG KONG LTD', 'Huami Information Technology Co.,Ltd.',
      'Huahao Kunpeng Technology (chengDu)  Co.,Ltd.', 'Shenzhen YOUHUA Technology Co., Ltd', 'D-Hike Electroncs Technology Co.,Ltd',
      'Shenzhen Hikeen Technology CO.,LTD', 'ZHEJIANG HIKAILINK TECHNOLOGY Co., Ltd', 'Hikari Alphax Inc.', 'Hangzhou Huanyu Vision Technology Co., Ltd',
      'Longdhua(Beijing) Controls Technology Co.,Ltd', 'Shanghai Dahua Scale Factory', 'Teltronics, Inc.', 'Symantec Corporation',
    ]) expect(coveredGroupOf(resolve(name)), name).toBeUndefined()
  })
})

describe('registry names of IT, storage, server, printer and power makers (oui-data)', () => {
  const counts = blockCounts()

  it('resolves the blocks of each maker', () => {
    // Lower bounds from oui-data and the IEEE files of May 2026, so a registry refresh only adds.
    const AT_LEAST: [ManufacturerSlug, number][] = [
      ['xiaomi', 338], ['lenovo', 176], ['microsoft', 128], ['asus', 93], ['hp-inc', 44], ['canon', 31],
      ['epson', 22], ['kyocera', 18], ['xerox', 15], ['eaton', 14], ['raspberry-pi', 10], ['inspur', 8],
      ['supermicro', 8], ['brother', 7], ['lexmark', 5], ['ricoh', 4], ['vmware', 4], ['apc', 3],
      ['synology', 2], ['qnap', 2],
    ]
    for (const [slug, n] of AT_LEAST) expect(counts.get(slug) ?? 0, slug).toBeGreaterThanOrEqual(n)
  })

  it('resolves each registry spelling to its own maker', () => {
    const SPELLINGS: [string, ManufacturerSlug][] = [
      ['Synology Incorporated', 'synology'], ['QNAP Systems, Inc.', 'qnap'], ['Super Micro Computer, Inc.', 'supermicro'],
      ['LENOVO(BEIJING)CO., LTD.', 'lenovo'], ['Lenovo Mobile Communication Technology Ltd.', 'lenovo'],
      ['Motorola Mobility LLC, a Lenovo Company', 'lenovo'],
      ['Motorola (Wuhan) Mobility Technologies Communication Co., Ltd.', 'lenovo'],
      ['Motorola(Wuhan) Mobility Technologies Communication Co.,Ltd', 'lenovo'], ['Inspur Group Co., Ltd.', 'inspur'],
      ['Inspur (Shandong) Electronic Information Co., Ltd', 'inspur'], ['VMware, Inc.', 'vmware'],
      ['Microsoft Corporation', 'microsoft'], ['MICROSOFT CORP.', 'microsoft'], ['ASUSTek COMPUTER INC.', 'asus'],
      ['Xiaomi Communications Co Ltd', 'xiaomi'], ['Beijing Xiaomi Mobile Software Co., Ltd', 'xiaomi'],
      ['XIAOMI Electronics,CO.,LTD', 'xiaomi'], ['HP Inc.', 'hp-inc'], ['CANON INC.', 'canon'],
      ['CANON ELECTRON TUBES & DEVICES CO., LTD.', 'canon'], ['Brother industries, LTD.', 'brother'],
      ['Seiko Epson Corporation', 'epson'], ['XEROX CORPORATION', 'xerox'], ['LEXMARK INTERNATIONAL, INC.', 'lexmark'],
      ['RICOH COMPANY,LTD.', 'ricoh'], ['KYOCERA Document Solutions Inc.', 'kyocera'], ['AMERICAN POWER CONVERSION CORP', 'apc'],
      ['APC by Schneider Electric', 'apc'], ['Eaton Corporation', 'eaton'], ['EATON FHF Funke + Huster Fernsig GmbH', 'eaton'],
      ['Raspberry Pi (Trading) Ltd', 'raspberry-pi'], ['Raspberry Pi Trading Ltd', 'raspberry-pi'],
      // H3C's owner, under its former name.
      ['Tsinghua Unisplendour Co., Ltd.', 'unisplendour'],
      // Pure Storage's block 24-A9-37 in the IEEE file of 2026-05-21, and under its new name in oui-data 2.1.9.
      ['PURE Storage', 'pure-storage'], ['Everpure, Inc.', 'pure-storage'],
    ]
    for (const [name, slug] of SPELLINGS) expect(resolve(name), name).toBe(slug)
  })

  it('keeps Motorola Solutions and the other Unis and Unigroup companies apart from Lenovo and Unisplendour', () => {
    expect(resolve('Motorola Solutions Inc.')).toBe('motorola-solutions')
    // Joint ventures and Unigroup units whose owner was not checked against a source stay unnamed.
    for (const name of [
      'Beijing Unis HengYue Technology Co., Ltd.', 'Unis Flash Memory Technology(Chengdu)Co.,Ltd.', 'UNIS-WDC Storage Co.,Ltd',
      'Beijing Unigroup Tsingteng Microsystem Co., LTD.', 'MOTOROLA COMMUNICATION ISRAEL',
    ]) expect(resolve(name), name).toBeUndefined()
  })

  it('keeps the blocks of the two companies of the Hewlett-Packard split apart', () => {
    expect(resolve('HP Inc.')).toBe('hp-inc')
    expect(resolve('Hewlett Packard Enterprise')).toBe('hpe')
    // The name the registry kept from before the split of 1 Nov 2015 stays with HPE, as before.
    expect(resolve('Hewlett Packard')).toBe('hpe')
  })

  it('keeps look-alike organisations away from them', () => {
    for (const name of [
      'Brother, Brother & Sons ApS', 'McKay Brothers LLC', 'APCON, Inc.', ' Vanderlande APC inc.', 'SINDORICOH',
      'Asustor Inc.', 'Vuzix / Lenovo', 'Xerox International Partners', 'HP Tuners LLC', 'Fuji Xerox Co., Ltd.',
    ]) expect(resolve(name), name).toBeUndefined()
  })

  it('keeps texts that name a look-alike organisation among other words away from them', () => {
    // A Fuji Xerox printer's sysDescr as a LibreNMS OS test gives it, and a Linux printer package's
    // description: Fuji Xerox was Fujifilm's and Xerox's joint venture, wholly Fujifilm's from 2019
    // and renamed FUJIFILM Business Innovation in 2021 (Japan Times, 6 Jan 2020).
    for (const name of ['FUJI XEROX DocuPrint', 'Fuji Xerox DocuPrint CP405 Printer', 'Nokia Siemens Networks', 'WatchGuard Video']) {
      expect(resolve(name), name).toBeUndefined()
    }
    // Xerox's own printers (LibreNMS's xerox poller quotes "Des:Xerox WorkCentre 7535") and Siemens' name still resolve.
    expect(resolve('Xerox WorkCentre 7535')).toBe('xerox')
    expect(resolve('Siemens AG')).toBe('siemens')
  })
})

describe('registry names of Chinese network and security makers (oui-data)', () => {
  const counts = blockCounts()

  it('resolves every block of each maker', () => {
    // Exact counts in the IEEE files of May 2026 (a registry refresh may only add).
    expect(counts.get('bdcom')).toBeGreaterThanOrEqual(9)
    expect(counts.get('c-data')).toBeGreaterThanOrEqual(7)
    expect(counts.get('hillstone')).toBeGreaterThanOrEqual(3)
    expect(counts.get('maipu')).toBeGreaterThanOrEqual(3)
    expect(counts.get('sangfor')).toBeGreaterThanOrEqual(1)
    expect(counts.get('dptech')).toBeGreaterThanOrEqual(1)
  })

  it('resolves each registry spelling to its own maker', () => {
    const SPELLINGS: [string, ManufacturerSlug][] = [
      ['Hillstone Networks Inc', 'hillstone'], ['Hillstone Networks Corp.', 'hillstone'],
      ['Sangfor Technologies Inc.', 'sangfor'],
      ['Chengdu Maipu Electric Industrial Co., Ltd.', 'maipu'], ['Maipu Communication Technology Co.,Ltd.', 'maipu'],
      ['Hangzhou DPtech Technologies Co., Ltd.', 'dptech'],
      ['Shanghai Baud Data Communication Co.,Ltd.', 'bdcom'],
      ['Shenzhen C-Data Technology Co., Ltd.', 'c-data'],
    ]
    for (const [name, slug] of SPELLINGS) expect(resolve(name), name).toBe(slug)
  })

  it('keeps look-alike organisations away from them', () => {
    for (const name of [
      'BaudTec Corporation', 'shanghai baudcom communication device co.,ltd', 'BVBA DPTechnics',
      'Sharetronic Data Technology Co.,Ltd', 'GWD Media Limited',
    ]) expect(resolve(name), name).toBeUndefined()
  })
})

describe('registry names of makers named in Recog fingerprints (oui-data)', () => {
  const counts = blockCounts()

  it('resolves every block of each maker', () => {
    // Exact counts in the IEEE files of May 2026 (a registry refresh may only add).
    expect(counts.get('digital-equipment')).toBeGreaterThanOrEqual(10)
    expect(counts.get('sharp')).toBeGreaterThanOrEqual(20)
    expect(counts.get('mitel')).toBeGreaterThanOrEqual(3)
    expect(counts.get('tilgin')).toBeGreaterThanOrEqual(2)
    expect(counts.get('aastra')).toBeGreaterThanOrEqual(1)
    expect(counts.get('tandberg')).toBeGreaterThanOrEqual(1)
    expect(counts.get('efi')).toBeGreaterThanOrEqual(1)
  })

  it('resolves each registry spelling to its own maker', () => {
    const SPELLINGS: [string, ManufacturerSlug][] = [
      ['TANDBERG TELECOM AS', 'tandberg'],
      ['MITEL CORPORATION', 'mitel'], ['Mitel Networks Corporation', 'mitel'], ['Aastra Telecom', 'aastra'],
      ['Tilgin AB', 'tilgin'], ['ELECTRONICS FOR IMAGING, INC.', 'efi'],
      ['SHARP Corporation', 'sharp'], ['SHARP Corporation.', 'sharp'],
      ['DIGITAL EQUIPMENT CORPORATION', 'digital-equipment'], ['DIGITAL EQUIPMENT CORP.', 'digital-equipment'],
    ]
    for (const [name, slug] of SPELLINGS) expect(resolve(name), name).toBe(slug)
  })

  it('keeps look-alike organisations away from them', () => {
    for (const name of [
      'Tandberg Data ASA', 'Tandberg Storage ASA', 'TANDBERG TELEVISION AS', 'ARMITEL Co.', 'EFI Electronics, Corporation',
      'Hangzhou Zhongchuan Digital Equipment Co., Ltd.', 'Zhuhai Raysharp Technology Co.,Ltd', 'HISHARP', 'Shenzhen Highsharp Electronics Ltd.',
    ]) expect(resolve(name), name).toBeUndefined()
  })

  it('puts Aastra in Mitel\'s group and Digital in Compaq\'s, then Hewlett-Packard\'s, by date', () => {
    const bySlug = new Map(MANUFACTURERS.map((m) => [m.slug, m]))
    expect(groupOf('aastra', '2013-06-01', bySlug).group).toBe('aastra')
    expect(groupOf('aastra', '2014-02-01', bySlug).group).toBe('mitel')
    expect(groupOf('digital-equipment', '1997-01-01', bySlug).group).toBe('digital-equipment')
    expect(groupOf('digital-equipment', '2000-01-01', bySlug)).toMatchObject({ group: 'compaq', chain: ['digital-equipment', 'compaq'] })
    expect(groupOf('digital-equipment', undefined, bySlug).group).toBe('hpe')
    expect(groupOf('tandberg', '2009-02-09', bySlug).group).toBe('tandberg')
    expect(groupOf('tandberg', undefined, bySlug).group).toBe('cisco')
    expect(groupOf('savin', undefined, bySlug).group).toBe('ricoh')
  })
})

describe('registry names of printer makers named in FusionInventory\'s dictionary (oui-data)', () => {
  const counts = blockCounts()

  it('resolves every block of each maker', () => {
    // Exact counts in the IEEE files of May 2026 (a registry refresh may only add).
    expect(counts.get('oki')).toBeGreaterThanOrEqual(4)
    expect(counts.get('toshiba-tec')).toBeGreaterThanOrEqual(1)
  })

  it('resolves each registry spelling to its own maker', () => {
    const SPELLINGS: [string, ManufacturerSlug][] = [
      ['Oki Electric Industry Co., Ltd.', 'oki'], ['OKI ELECTRIC INDUSTRY CO., LTD', 'oki'],
      ['Toshiba TEC Corporation Inc', 'toshiba-tec'],
    ]
    for (const [name, slug] of SPELLINGS) expect(resolve(name), name).toBe(slug)
  })

  it('keeps other Toshiba companies, joint ventures and OKI look-alikes away from them', () => {
    // Toshiba Corporation itself is `toshiba`, not Toshiba TEC.
    for (const name of ['Toshiba', 'TOSHIBA CORPORATION', 'Toshiba Corp.']) expect(resolve(name), name).toBe('toshiba')
    for (const name of [
      'Toshiba Teli Corporation', 'Toshiba Toko Meter Systems Co., LTD.',
      'TOSHIBA CLIENT SOLUTIONS CO., LTD.', 'Toshiba Visual Solutions Corporation Co.,Ltd', 'Toshiba Global Commerce Solutions',
      'Toshiba Electron Tubes & Devices Co., Ltd.', 'Toshiba Samsung Storage Technolgoy Korea Corporation ',
      'TOSHIBA MITSUBISHI-ELECTRIC INDUSTRIAL SYSTEMS CORPORATION', 'OKI DENKI BOHSAI CO.,LTD.', 'Oki Seatec Co., Ltd.',
    ]) expect(resolve(name), name).toBeUndefined()
  })
})

describe('registry names of makers common in operator and enterprise networks (oui-data)', () => {
  const counts = blockCounts()

  it('resolves every block of each maker', () => {
    // Exact counts in the IEEE files of May 2026 (a registry refresh may only add).
    const AT_LEAST: [ManufacturerSlug, number][] = [
      ['eero', 116], ['comheart', 94], ['mellanox', 75], ['nortel', 72], ['sky-uk', 39], ['cig', 38], ['actiontec', 36],
      ['humax', 36], ['buffalo', 35], ['2wire', 34], ['ibm', 34], ['hitron', 32], ['adb', 30], ['linksys', 28],
      ['belkin', 20], ['mitrastar', 20], ['mist', 17], ['oracle', 17], ['zebra', 17], ['gemtek', 15], ['kaon', 15],
      ['sonos', 15], ['rockwell-automation', 14], ['sundray', 14], ['freebox', 13], ['nvidia', 10],
      ['scientific-atlanta', 8],
      // Catalog makers with blocks under other names: AVM's full name (32), Fujian Star-Net (27) and
      // "Arista Network, Inc." (5).
      ['avm', 45], ['ruijie', 61], ['arista', 55],
    ]
    for (const [slug, n] of AT_LEAST) expect(counts.get(slug) ?? 0, slug).toBeGreaterThanOrEqual(n)
  })

  it('resolves each registry spelling to its own maker', () => {
    const SPELLINGS: [string, ManufacturerSlug][] = [
      ['AVM Audiovisuelles Marketing und Computersysteme GmbH', 'avm'], ['Cisco SPVTG', 'cisco'],
      ['FUJIAN STAR-NET COMMUNICATION CO.,LTD', 'ruijie'], ['Arista Network, Inc.', 'arista'],
      ['ProCurve Networking by HP', 'hpe'], ['Mist Systems, Inc.', 'mist'], ['Mellanox Technologies, Inc.', 'mellanox'],
      ['NVIDIA Corporation', 'nvidia'], ['Cisco-Linksys, LLC', 'linksys'], ['The Linksys Group, Inc.', 'linksys'],
      ['Linksys USA, Inc', 'linksys'], ['Belkin International Inc.', 'belkin'], ['BELKIN COMPONENTS', 'belkin'],
      ['Scientific-Atlanta, Inc.', 'scientific-atlanta'], ['SCIENTIFIC ATLANTA', 'scientific-atlanta'],
      ['Nortel Networks', 'nortel'], ['NORTHERN TELECOM/NETWORK', 'nortel'], ['Nortel Networks PLC (UK)', 'nortel'],
      ['MitraStar Technology Corp.', 'mitrastar'], ['Shenzhen Sundray Technologies company Limited', 'sundray'],
      ['eero inc.', 'eero'], ['Zebra Technologies Inc.', 'zebra'], ['Zebra Technologies Corp.', 'zebra'],
      ['BUFFALO.INC', 'buffalo'], ['Hitron Technologies. Inc', 'hitron'], ['HUMAX Co., Ltd.', 'humax'],
      ['HUMAX NETWORKS', 'humax'], ['Actiontec Electronics, Inc', 'actiontec'], ['2Wire Inc', '2wire'],
      ['ADB Broadband Italia', 'adb'], ['Advanced Digital Broadcast SA', 'adb'], ['SKY UK LIMITED', 'sky-uk'],
      ['CIG SHANGHAI CO LTD', 'cig'], ['Cambridge Industries(Group) Co.,Ltd.', 'cig'],
      ['Sichuan Tianyi Comheart Telecom Co.,LTD', 'comheart'], ['Sichuan tianyi kanghe communications co., LTD', 'comheart'],
      ['Kaon Group Co., Ltd.', 'kaon'], ['Kaon Broadband CO., LTD.', 'kaon'],
      ['Gemtek Technology Co., Ltd.', 'gemtek'], ['FREEBOX SAS', 'freebox'], ['Oracle Corporation ', 'oracle'],
      ['IBM Corp', 'ibm'], ['International Business Machines', 'ibm'], ['IBM Research GmbH', 'ibm'],
      ['IBM Japan, Fujisawa MT+D', 'ibm'], ['Rockwell Automation', 'rockwell-automation'], ['Sonos, Inc.', 'sonos'],
    ]
    for (const [name, slug] of SPELLINGS) expect(resolve(name), name).toBe(slug)
  })

  it('keeps look-alike organisations away from them', () => {
    for (const name of [
      'Star-Net', 'Zebra Elektronik A.S.', 'Zebra Information Tech Co. Ltd', 'SONOS Co., Ltd.', 'SonoSite, Inc.',
      'Rockwell Collins Canada',
      'Scientific-Atlanta Arcodan A/S', 'Linksys Telecom Shenzhen CO., LTD', 'Tianyi Telecom Terminals Company Limited',
      'Calnex Solutions plc', 'infomark', 'x-star networks Inc.', 'WireStar Networks',
    ]) expect(resolve(name), name).toBeUndefined()
  })

  it('puts Linksys in Cisco\'s group and then Belkin\'s, and Mist, Mellanox and Scientific-Atlanta in their buyers\', by date', () => {
    const bySlug = new Map(MANUFACTURERS.map((m) => [m.slug, m]))
    expect(groupOf('linksys', '2002-06-01', bySlug).group).toBe('linksys')
    expect(groupOf('linksys', '2008-06-01', bySlug).group).toBe('cisco')
    expect(groupOf('linksys', '2016-06-01', bySlug).group).toBe('belkin')
    expect(groupOf('linksys', undefined, bySlug).group).toBe('belkin')
    expect(groupOf('mist', '2018-06-01', bySlug).group).toBe('mist')
    expect(groupOf('mist', '2020-06-01', bySlug).group).toBe('juniper')
    expect(groupOf('mellanox', '2020-04-26', bySlug).group).toBe('mellanox')
    expect(groupOf('mellanox', '2020-04-27', bySlug).group).toBe('nvidia')
    expect(groupOf('scientific-atlanta', '2005-06-01', bySlug).group).toBe('scientific-atlanta')
    expect(groupOf('scientific-atlanta', '2007-06-01', bySlug).group).toBe('cisco')
  })

  it('resolves every block of the smaller CPE, transport and small-business makers', () => {
    // Exact counts in the IEEE files of May 2026 (a registry refresh may only add).
    const AT_LEAST: [ManufacturerSlug, number][] = [
      ['skyworth-digital', 80], ['gongjin', 27], ['comtrend', 10], ['alpha-networks', 9], ['compal-broadband', 9],
      ['smc-networks', 9], ['adva', 8], ['eltex', 8], ['efm-networks', 8], ['genexis', 8], ['eci-telecom', 7],
      ['edimax', 7], ['red-lion', 7], ['devolo', 6], ['hms', 6], ['mimosa', 6], ['telco-systems', 6], ['airties', 5],
      ['iskratel', 5], ['westell', 5], ['ceragon', 4], ['inteno', 4], ['lantronix', 4], ['peplink', 4], ['trendnet', 4],
      // Ubee Interactive: 13 blocks as "Ubee Interactive Co., Limited" and one as "Ubee Interactive co, Limited."
      ['ubee', 14],
    ]
    for (const [slug, n] of AT_LEAST) expect(counts.get(slug) ?? 0, slug).toBeGreaterThanOrEqual(n)
  })

  it('keeps the look-alikes of the smaller makers away from them', () => {
    for (const name of [
      'SMC Corporation', 'STANDARD MICROSYSTEMS CORP.', 'SMC Gateway', 'Eltex of Sweden AB', 'EltexAlatau', 'TELCO systems, s.r.o.',
      'Skyworth Overseas Development Ltd.', 'Shenzhen Skyworth Display Technologies Co., Ltd',
      'UbeeAirWalk, Inc.', 'Shenzhen Duubee Intelligent Technologies Co.,LTD.',
    ]) expect(resolve(name), name).toBeUndefined()
    // Compal Electronics' Kunshan company is Compal's, not Compal Broadband Networks'.
    expect(resolve('Compal Information (kunshan) Co., Ltd.')).toBe('compal')
    expect(resolve('Ubee Interactive Co., Limited')).toBe('ubee')
    expect(resolve('Ubee Interactive co, Limited.')).toBe('ubee')
    expect(resolve('Shengzhen Gongjin Electronics')).toBe('gongjin')
    expect(resolve('Skyworth Digital Technology(Shenzhen) Co.,Ltd')).toBe('skyworth-digital')
    expect(resolve('SMC Networks, Inc.')).toBe('smc-networks')
  })
})

describe('registry names of operator-network makers (oui-data)', () => {
  const counts = blockCounts()

  it('resolves every block of each maker', () => {
    // Exact counts in the IEEE files of May 2026 (a registry refresh may only add).
    const AT_LEAST: [ManufacturerSlug, number][] = [
      ['v-sol', 11], ['tellabs', 7], ['spirent', 7], ['mavenir', 4], ['keysight', 5], ['harmonic', 4], ['ufispace', 4],
      ['utstarcom', 4], ['tejas-networks', 3], ['ubiquoss', 3], ['coriant', 2], ['infinera', 2], ['casa-systems', 2],
      ['radware', 2], ['radwin', 2], ['baicells', 2], ['airspan', 2], ['parallel-wireless', 2], ['ribbon', 1],
      ['siae-microelettronica', 1], ['ekinops', 1], ['a10-networks', 1], ['gigamon', 1], ['siklu', 1], ['comba', 1],
      ['allot', 1], ['sandvine', 1], ['exfo', 1],
    ]
    for (const [slug, n] of AT_LEAST) expect(counts.get(slug) ?? 0, slug).toBeGreaterThanOrEqual(n)
  })

  it('resolves each registry spelling to its own maker', () => {
    const SPELLINGS: [string, ManufacturerSlug][] = [
      ['Infinera, Inc.', 'infinera'], ['Coriant GmbH', 'coriant'], ['SONUS NETWORKS, INC.', 'ribbon'],
      ['TELLABS OPERATIONS, INC.', 'tellabs'], ['Tellabs Enterprise, Inc.', 'tellabs'], ['Harmonic, Inc', 'harmonic'], ['Harmonic Video Network', 'scopus'], ['Tadiran Scopus', 'scopus'],
      ['SIAE-Microelettronica S.p.A.', 'siae-microelettronica'], ['EKINOPS SAS', 'ekinops'],
      ['Tejas Networks India Limited', 'tejas-networks'], ['UTStarcom (China) Co.,Ltd', 'utstarcom'],
      ['Guangzhou V-SOLUTION Electronic Technology Co., Ltd.', 'v-sol'], ['VSOLUTION TELECOMMUNICATION TECHNOLOGY CO.,LTD.', 'v-sol'],
      ['Ufispace Co., LTD.', 'ufispace'], ['A10 Networks', 'a10-networks'], ['Gigamon Systems LLC', 'gigamon'],
      ['Siklu Communication', 'siklu'], ['RADWIN Inc.', 'radwin'], ['Baicells Technologies Co.,LTD', 'baicells'],
      ['Comba Telecom Systems (China) Ltd.', 'comba'], ['Airspan Communications, Ltd.', 'airspan'],
      ['MAVENIR IPA UK LTD', 'mavenir'], ['Mavenir System, Inc.', 'mavenir'], ['Allot Communications', 'allot'],
      ['Sandvine Incorporated', 'sandvine'], ['Keysight Technologies, Inc.', 'keysight'],
      ['Performance Analysis Broadband, Spirent plc', 'spirent'], ['Spirent plc, Service Assurance Broadband', 'spirent'],
      ['EXFO', 'exfo'],
    ]
    for (const [name, slug] of SPELLINGS) expect(resolve(name), name).toBe(slug)
  })

  it('keeps the look-alikes of these makers away from them', () => {
    for (const name of [
      'HARMONIC DATA SYSTEMS, LTD.', 'HARMONIC SYSTEMS INCORPORATED', 'Harmonic Design GmbH', 'Harmonic Technology Limited',
      'Harmonic Video Systems Ltd.', 'Scopus International Pvt. Ltd.', '6harmonics Inc', 'Presonus Corporation', 'Trusonus corp.',
      'ViaVideo Communications, Inc.', 'RAD Data Communications, Ltd.',
    ]) expect(resolve(name), name).toBeUndefined()
  })
})

describe('registry names of the makers whose enterprise numbers monitoring tools map (oui-data)', () => {
  it('resolves each registry spelling to its own maker', () => {
    const SPELLINGS: [string, ManufacturerSlug][] = [
      ['Infoblox', 'infoblox'], ['ALAXALA Networks Corporation', 'alaxala'], ['Barracuda Networks, Inc.', 'barracuda'],
      ['PacketFront Network Products AB', 'waystream'], ['RACOM, s.r.o.', 'racom-sro'], ['MICROSENS GmbH & CO. KG', 'microsens'],
      ['PATTON ELECTRONICS CO.', 'patton-electronics'], ['OpenGear, Inc', 'opengear'], ['Raritan Computer, Inc', 'raritan'],
      ['Server Technology, Inc.', 'server-technology'], ['Delta Electronics, Inc.', 'delta-electronics'],
      ['Exalt Communications', 'exalt-communications'], ['Acme Packet', 'acme-packet'], ['BTI Systems Inc.', 'bti-systems'],
      ['Colubris Networks', 'colubris'], ['BINTEC COMMUNICATIONS GMBH', 'bintec'], ['SAF Tehnika Ltd.', 'saf-tehnika'],
      ['Sub10 Systems Ltd', 'sub10'], ['PLANET Technology Corporation', 'planet-technology'], ['Netonix', 'netonix'],
      ['TERACOM TELEMATICA S.A', 'teracom-datacom'], ['PARADYNE CORP.', 'paradyne'], ['NETSCOUT SYSTEMS INC', 'netscout'],
      ['Arbor Networks Inc', 'arbor-networks'], ['World Wide Packets', 'world-wide-packets'],
      ['EMC Corporation', 'emc'], ['EqualLogic Inc', 'equallogic'], ['BlueArc UK Ltd', 'bluearc'],
      ['AVTECH Software, Inc.', 'avtech-software'], ['WIESEMANN & THEIS GMBH', 'wiesemann-theis'],
      ['PacketFlux Technologies, Inc.', 'packetflux'], ['Dell EMC', 'dell'],
    ]
    for (const [name, slug] of SPELLINGS) expect(resolve(name), name).toBe(slug)
  })

  it('keeps the look-alikes and the short common names away from them', () => {
    for (const name of [
      'Intracom S.A.', 'IntraServer Technology, Inc.', 'OceanServer Technology, Inc', 'Teracom Limited', 'Delta Networks, Inc.',
      'Datacom', 'Digi', 'Exalt', 'Patton', 'Planet', 'SAF', 'Arbor Technology Corp.',
      'Ann Arbor Sensor Systems LLC', 'EMC PARTNER AG', 'EMC Electronic Media Communication SA', 'EMCOM CORPORATION',
      'Emcore Corporation', 'AVTECH', 'AVTECH Corporation', 'NAVTECH PTE LTD', 'HW server', 'HW Communications Ltd',
      'Infratec Datentechnik GmbH', 'Hitachi Data Systems',
    ]) expect(resolve(name), name).toBeUndefined()
    // Quanta Computer, the ODM, is a maker of its own, no look-alike of an enterprise-number maker.
    expect(resolve('Quanta Computer Inc.')).toBe('quanta')
  })
})

describe('registry names of the makers of the most common blocks that resolved to nobody (oui-data)', () => {
  const counts = blockCounts()

  it('resolves every block of each maker', () => {
    // Exact counts in the shipped registry (a refresh may only add).
    const AT_LEAST: [ManufacturerSlug, number][] = [
      ['texas-instruments', 393], ['espressif', 342], ['amazon', 205], ['oppo', 188], ['vivo', 168], ['hon-hai', 164],
      ['silicon-labs', 154], ['lg-electronics', 126], ['eero', 116], ['google', 110], ['nintendo', 110], ['azurewave', 82],
      ['murata', 78], ['lite-on', 76], ['itel', 66], ['realme', 62], ['gaoshengda', 54], ['midea', 54], ['tecno', 54],
      ['fn-link', 53], ['tct-mobile', 51], ['wnc', 50], ['nxp', 49], ['tw-electronics', 49], ['ampak', 42], ['tuya', 42],
      ['hisense', 41], ['ai-link', 40], ['honeywell', 40], ['infinix', 38], ['compal', 33], ['cvte', 33], ['hmd-global', 31],
      ['haier', 30], ['roku', 30], ['universal-electronics', 30], ['blackberry', 29], ['bouffalo', 29], ['htc', 29],
      ['goertek', 28], ['gigabyte', 27], ['pegatron', 26], ['msi', 25], ['elitegroup', 24], ['usi', 23], ['microchip', 22],
      ['quanta', 22], ['oneplus', 21], ['tmall', 19], ['toshiba', 17], ['vizio', 16], ['changhong', 15], ['garmin', 15],
      ['meta', 15], ['bose', 13], ['ring', 13], ['telink', 11], ['u-blox', 11],
      ['em-microelectronic', 72], ['panasonic', 52], ['lg-innotek', 50], ['wistron', 31], ['lcfc', 30], ['tcl', 24],
      ['unionman', 25], ['tinno', 21], ['seagate', 13], ['vusiongroup', 13], ['edifier', 11], ['netis', 11], ['vestel', 9],
      ['gopro', 8],
      // Catalog makers whose units' or new names had not resolved: FRITZ! (AVM, 4 more) and Bosch's units.
      ['avm', 50], ['bosch', 46],
    ]
    for (const [slug, n] of AT_LEAST) expect(counts.get(slug) ?? 0, slug).toBeGreaterThanOrEqual(n)
  })

  it('resolves each registry spelling to its own maker', () => {
    const SPELLINGS: [string, ManufacturerSlug][] = [
      ['Texas Instruments', 'texas-instruments'], ['Espressif Inc.', 'espressif'], ['Silicon Laboratories', 'silicon-labs'],
      ['AzureWave Technology Inc.', 'azurewave'], ['AzureWave Technologies (Shanghai) Inc.', 'azurewave'],
      ['Murata Manufacturing Co., Ltd.', 'murata'], ['Liteon Technology Corporation', 'lite-on'], ['LITE-ON Technology Corp.', 'lite-on'],
      ['Lite-On Network Communication (Dongguan) Limited', 'lite-on'], ['Universal Global Scientific Industrial., Ltd', 'usi'],
      ['AMPAK Technology, Inc.', 'ampak'], ['AMPAK Technology,Inc.', 'ampak'], ['FN-LINK TECHNOLOGY LIMITED', 'fn-link'],
      ['HUNAN FN-LINK TECHNOLOGY LIMITED', 'fn-link'], ['Sichuan AI-Link Technology Co., Ltd.', 'ai-link'], ['u-blox AG', 'u-blox'],
      ['NXP Semiconductor (Tianjin) LTD.', 'nxp'], ['NXP Semiconductors Taiwan Ltd.', 'nxp'], ['NXP USA, Inc', 'nxp'],
      ['Telink Semiconductor (Shanghai) Co., Ltd.', 'telink'], ['Telink Semiconductor CO, Limtied, Taiwan', 'telink'],
      ['Bouffalo Lab (Nanjing) Co., Ltd.', 'bouffalo'], ['Hong Kong Bouffalo Lab Limited', 'bouffalo'], ['Tuya Smart Inc.', 'tuya'],
      ['Microchip Technology Inc.', 'microchip'], ['Microchip Technologies Inc', 'microchip'],
      ['Amazon Technologies Inc.', 'amazon'], ['Amazon.com, LLC', 'amazon'], ['Ring LLC', 'ring'], ['Google, Inc.', 'google'],
      ['GUANGDONG OPPO MOBILE TELECOMMUNICATIONS CORP.,LTD', 'oppo'], ['vivo Mobile Communication Co., Ltd.', 'vivo'],
      ['Realme Chongqing MobileTelecommunications Corp Ltd', 'realme'], ['OnePlus Tech (Shenzhen) Ltd', 'oneplus'],
      ['Hon Hai Precision Ind. Co.,Ltd.', 'hon-hai'], ['HON HAI-CCPBG  PRECISION IND.CO.,LTD.', 'hon-hai'], ['FOXCONN', 'hon-hai'],
      ['Foxconn(NanJing) Communication Co.,Ltd.', 'hon-hai'], ['LG Electronics (Mobile Communications)', 'lg-electronics'],
      ['LG ELECTRONICS INC', 'lg-electronics'], ['Nintendo Co.,Ltd', 'nintendo'], ['Nintendo Co., Ltd.', 'nintendo'],
      ['ITEL MOBILE LIMITED', 'itel'], ['TECNO MOBILE LIMITED', 'tecno'], ['Infinix mobility limited', 'infinix'],
      ['HMD Global Oy', 'hmd-global'], ['TCT mobile ltd', 'tct-mobile'], ['HTC Corporation', 'htc'], ['RIM', 'blackberry'],
      ['BlackBerry RTS', 'blackberry'], ['Roku, Inc', 'roku'], ['Vizio, Inc', 'vizio'], ['Bose Corporation', 'bose'],
      ['Garmin International', 'garmin'], ['Meta Platforms, Inc.', 'meta'], ['Facebook Inc', 'meta'],
      ['HISENSE VISUAL TECHNOLOGY CO.,LTD', 'hisense'], ['Qingdao Haier Technology Co.,Ltd', 'haier'],
      ['GD Midea Air-Conditioning Equipment Co.,Ltd.', 'midea'], ['Sichuan Changhong Electric Ltd.', 'changhong'],
      ['Zhejiang Tmall Technology Co., Ltd.', 'tmall'], ['Universal Electronics, Inc.', 'universal-electronics'],
      ['GIGA-BYTE TECHNOLOGY CO.,LTD.', 'gigabyte'], ['Giga-byte Communications Inc.', 'gigabyte'],
      ["MICRO-STAR INT'L CO.,LTD.", 'msi'], ['Micro-Star INTL CO., LTD.', 'msi'], ['Elitegroup Computer Systems Co.,Ltd.', 'elitegroup'],
      ['PEGATRON CORPORATION', 'pegatron'], ['WNC Corporation', 'wnc'], ['Taicang T&W Electronics', 'tw-electronics'],
      ['T&W Electronics(Shenzhen)Co.,Ltd.', 'tw-electronics'], ['Hui Zhou Gaoshengda Technology Co.,LTD', 'gaoshengda'],
      ['WEIFANG GOERTEK ELECTRONICS CO.,LTD', 'goertek'], ['Guangzhou Shiyuan Electronic Technology Company Limited', 'cvte'],
      ['Honeywell Environmental & Combustion Controls', 'honeywell'], ['Honeywell Analytics', 'honeywell'],
      ['Honeywell Security (China) Co., Ltd.', 'honeywell'], ['LG Innotek', 'lg-innotek'], ['EM Microelectronic', 'em-microelectronic'],
      ['FRITZ! Technology GmbH', 'avm'], ['Bosch Access Systems GmbH', 'bosch'], ['Bosch Thermotechnik GmbH', 'bosch'],
      ['Panasonic Corporation AVC Networks Company', 'panasonic'], ['Panasonic Connect Co., Ltd.', 'panasonic'],
      ['Panasonic i-PRO Sensing Solutions Co., Ltd.', 'i-pro'], ['Wistron Corporation', 'wistron'],
      ['Wistron InfoComm(Kunshan)Co.,Ltd.', 'wistron'], ['Wistron NeWeb Corporation', 'wnc'],
      ['LCFC(Hefei) Electronics Technology co., ltd', 'lcfc'], ['Shenzhen TINNO Mobile Technology Corp.', 'tinno'],
      ['UNION MAN TECHNOLOGY CO.,LTD', 'unionman'], ['UNIONMAN TECHNOLOGY CO.,LTD', 'unionman'], ['VusionGroup', 'vusiongroup'],
      ['Edifier International', 'edifier'], ['Vestel Elektronik San ve Tic. A.S.', 'vestel'], ['GoPro', 'gopro'],
      ['Seagate Technology', 'seagate'], ['Seagate Cloud Systems Inc', 'seagate'], ['Netis Technology Co., Ltd.', 'netis'], ['TCL King Electrical Appliances(Huizhou)Co.,Ltd', 'tcl'], ['TCL King Electrical Appliances (Huizhou) Co., Ltd', 'tcl'],
      // Google's since it bought Nest Labs (closed 7 Feb 2014): its own catalog entry, in Google's group.
      ['Nest Labs Inc.', 'nest'],
      // Ericsson's blocks under other spellings, and Sony Ericsson by name.
      ['Ericsson, EAB/RWI/K', 'ericsson'], ['Ericsson - North America', 'ericsson'], ['Sony Ericsson Mobile Communications AB', 'sony'],
    ]
    for (const [name, slug] of SPELLINGS) expect(resolve(name), name).toBe(slug)
  })

  it('keeps look-alikes and the other companies of a group or a joint venture away from them', () => {
    for (const name of [
      'MURATA MACHINERY, LTD.', 'OPPO Digital, Inc.', 'Dongguan Koppo Electronic Co.,Ltd', 'Vivo International Corporation Pty Ltd',
      'SHENZHEN TECNO TECHNOLOGY', 'itelio GmbH', 'Transom Post OpCo LLC dba Bose Professional', 'Telink Micro LLC', 'Fortelink Inc.',
      'Blink by Amazon', 'ORBISAT DA AMAZONIA IND E AEROL SA', 'Limidea Concept Pte. Ltd.', 'META SYSTEM SPA', 'Meta-Networks, LLC',
      'LG Display', 'LG CNS', 'Hitachi-LG Data Storage Korea, Inc', 'LG-Ericsson Co.,Ltd.', 'Quanta Storage Inc.',
      'Quanta Microsystems, INC.', 'China IWNComm Co., Ltd.', 'YAMATAKE-HONEYWELL CO., LTD.',
      'SECURITE COMMUNICATIONS / HONEYWELL', 'HONEYWELL-DATING', 'Qingdao Hisense Hitachi Air-conditioning Systems Co.,Ltd.',
      'CLOUD NETWORK TECHNOLOGY SINGAPORE PTE. LTD.', 'CHONGQING FUGUI ELECTRONICS CO.,LTD.', 'Toshiba Teli Corporation',
      'China Hualu Panasonic AVC Networks Co., LTD.', 'TeraDiode / Panasonic', 'TCL INCORPORATED',
      'Fritz Kuebler GmbH', 'AVM ELECTRONICS PTE LTD', 'tinnos', 'LG-Ericsson Co.,Ltd.', 'Ericsson-LG Enterprise',
    ]) expect(resolve(name), name).toBeUndefined()
    // LG Innotek is LG Electronics' sister, not LG Electronics.
    expect(resolve('LG Innotek')).toBe('lg-innotek')
    expect(resolve('Compal Broadband Networks, Inc.')).toBe('compal-broadband')
    expect(resolve('Toshiba TEC Corporation Inc')).toBe('toshiba-tec')
  })

  it('names a chip maker (or TCL) in a text only by its whole name, never by a word of it', () => {
    // A sysDescr or banner names the SoC inside another maker's device as often as that device's maker.
    // "Tcl" is a scripting language too.
    for (const text of ['Linux 5.4 NXP i.MX8MQ', 'Espressif ESP32-C3', 'ESP8266 (Espressif) firmware', 'BL602 by Bouffalo', 'AMPAK AP6256', 'Tcl/Tk 8.6'])
      expect(resolve(text), text).toBeUndefined()
  })
})

describe('Chinese names of the makers, as Chinese-language inventories write them', () => {
  it('resolves the short name and the legal name to the maker and its group', () => {
    const NAMES: [string, ManufacturerSlug, CoveredGroup | undefined][] = [
      ['华为', 'huawei', 'huawei'], ['华为技术有限公司', 'huawei', 'huawei'], ['華為技術有限公司', 'huawei', 'huawei'],
      ['海思半导体有限公司', 'hisilicon', 'huawei'],
      ['新华三', 'h3c', 'huawei'], ['新华三技术有限公司', 'h3c', 'huawei'], ['华三', 'h3c', 'huawei'],
      ['杭州华三通信技术有限公司', 'h3c', 'huawei'], ['新华三集团', 'h3c', 'huawei'],
      ['中兴', 'zte', 'zte'], ['中兴通讯股份有限公司', 'zte', 'zte'], ['中兴微电子', 'sanechips', 'zte'],
      ['海能达', 'hytera', 'hytera'],
      ['海康', 'hikvision', 'hikvision'], ['海康威视', 'hikvision', 'hikvision'],
      ['杭州海康威视数字技术股份有限公司', 'hikvision', 'hikvision'], ['萤石', 'ezviz', 'hikvision'],
      ['大华', 'dahua', 'dahua'], ['大华股份', 'dahua', 'dahua'], ['浙江大华', 'dahua', 'dahua'],
      ['浙江大华技术股份有限公司', 'dahua', 'dahua'], ['乐橙', 'imou', 'dahua'],
      ['宇视', 'uniview', undefined], ['浙江宇视科技有限公司', 'uniview', undefined],
      ['天地伟业', 'tiandy', undefined], ['天津天地伟业数码科技有限公司', 'tiandy', undefined],
      ['锐捷', 'ruijie', undefined], ['锐捷网络股份有限公司', 'ruijie', undefined],
      ['深信服', 'sangfor', undefined], ['深信服科技股份有限公司', 'sangfor', undefined],
      ['烽火', 'fiberhome', undefined], ['烽火通信科技股份有限公司', 'fiberhome', undefined],
      ['普联', 'tp-link', undefined], ['普联技术有限公司', 'tp-link', undefined],
      ['山石网科', 'hillstone', undefined], ['迪普科技', 'dptech', undefined], ['杭州迪普科技股份有限公司', 'dptech', undefined],
      ['中国移动', 'china-mobile', undefined], ['中国电信股份有限公司上海分公司', 'china-telecom', undefined],
      ['中国联合网络通信股份有限公司', 'china-unicom', undefined],
      ['移远通信', 'quectel', undefined], ['上海移远通信技术股份有限公司', 'quectel', undefined],
      ['广和通', 'fibocom', undefined], ['深圳市广和通无线股份有限公司', 'fibocom', undefined],
      ['雄迈', 'xiongmai', undefined], ['大疆', 'dji', undefined],
      ['联想', 'lenovo', undefined], ['浪潮', 'inspur', undefined], ['小米', 'xiaomi', undefined],
      // Legal names of the covered groups' companies and of other makers, with their sources in the catalog.
      ['华为终端', 'huawei-device', 'huawei'], ['华为终端有限公司', 'huawei-device', 'huawei'],
      ['华为终端（深圳）有限公司', 'huawei-device', 'huawei'],
      ['努比亚', 'nubia', 'zte'], ['努比亚技术有限公司', 'nubia', 'zte'],
      ['荣耀终端有限公司', 'honor', 'huawei'], ['荣耀终端股份有限公司', 'honor', 'huawei'],
      ['超聚变', 'xfusion', 'huawei'], ['超聚变数字技术有限公司', 'xfusion', 'huawei'], ['超聚变数字技术股份有限公司', 'xfusion', 'huawei'],
      ['飞塔', 'fortinet', undefined], ['卡巴斯基', 'kaspersky', undefined], ['卡巴斯基实验室', 'kaspersky', undefined],
      ['中国电信集团有限公司', 'china-telecom', undefined], ['中国联合网络通信集团有限公司', 'china-unicom', undefined],
      ['中国联通集团', 'china-unicom', undefined],
      ['萤石网络', 'ezviz', 'hikvision'], ['杭州萤石网络股份有限公司', 'ezviz', 'hikvision'],
      ['华为海洋', 'hmn-tech', 'huawei'], ['华为海洋网络有限公司', 'hmn-tech', 'huawei'], ['華為海洋網絡(香港)有限公司', 'hmn-tech', 'huawei'],
    ]
    for (const [name, slug, group] of NAMES) {
      expect(resolve(name), name).toBe(slug)
      expect(coveredGroupOf(slug), name).toBe(group)
    }
  })

  it('still resolves the English registry names of the same makers', () => {
    const NAMES: [string, ManufacturerSlug][] = [
      ['HUAWEI TECHNOLOGIES CO.,LTD', 'huawei'], ['Huawei Device Co., Ltd.', 'huawei-device'],
      ['New H3C Technologies Co., Ltd', 'h3c'], ['zte corporation', 'zte'],
      ['Hangzhou Hikvision Digital Technology Co.,Ltd.', 'hikvision'], ['Zhejiang Dahua Technology Co., Ltd.', 'dahua'],
      ['Zhejiang Uniview Technologies Co.,Ltd.', 'uniview'], ['Ruijie Networks Co.,LTD', 'ruijie'],
      ['Sangfor Technologies Inc.', 'sangfor'], ['Hillstone Networks Inc', 'hillstone'],
      ['TP-LINK TECHNOLOGIES CO.,LTD.', 'tp-link'], ['Quectel Wireless Solutions Co.,Ltd.', 'quectel'],
    ]
    for (const [name, slug] of NAMES) expect(resolve(name), name).toBe(slug)
  })

  it('reads a Latin name glued to Chinese or Japanese words as a word of its own', () => {
    // ZTE's Japanese company, as Japanese asset lists write it (ZTEジャパン株式会社).
    expect(resolve('ZTEジャパン株式会社')).toBe('zte')
    expect(resolve('HUAWEI华为')).toBe('huawei')
    expect(resolve('日本HP')).toBe('hp-inc')
  })

  it('resolves the legal names of Chinese makers\' companies that begin with the maker\'s name', () => {
    const NAMES: [string, ManufacturerSlug][] = [
      // Hytera's bond prospectus of 2018 (SZSE 002583) names the issuer 海能达通信股份有限公司.
      ['海能达通信股份有限公司', 'hytera'], ['深圳市海能达通信股份有限公司', 'hytera'],
      ['深圳市中兴微电子技术有限公司', 'sanechips'], ['杭州海康威视系统技术有限公司', 'hikvision'],
      ['杭州海康机器人技术有限公司', 'hikrobot'], ['卡巴斯基实验室有限公司', 'kaspersky'],
    ]
    for (const [name, slug] of NAMES) expect(resolve(name), name).toBe(slug)
  })

  it('never finds a short Chinese name inside a longer text', () => {
    // 大华 is also an accounting firm's name, 烽火 means beacon fire, 中兴 and 华为 begin many names;
    // a 飞塔 (flight stack) kit is a drone part, not Fortinet's.
    for (const name of ['大华会计师事务所', '烽火台', '中兴路', '华为云计算技术有限公司', '海康路', '上海大华衡器厂', '飞塔套装', '荣耀之路']) {
      expect(resolve(name), name).toBeUndefined()
    }
  })

  it('resolves the same names written in traditional characters, as Hong Kong and Taiwan inventories write them', () => {
    const NAMES: [string, ManufacturerSlug][] = [
      ['華為', 'huawei'], ['華為終端有限公司', 'huawei-device'], ['榮耀終端有限公司', 'honor'], ['中興通訊股份有限公司', 'zte'],
      ['海康威視', 'hikvision'], ['大華', 'dahua'], ['浙江大華技術股份有限公司', 'dahua'], ['海能達', 'hytera'],
      ['新華三技術有限公司', 'h3c'], ['銳捷網絡股份有限公司', 'ruijie'], ['宇視科技', 'uniview'], ['超聚變', 'xfusion'],
      ['卡巴斯基實驗室', 'kaspersky'], ['中國移動', 'china-mobile'], ['中國電信股份有限公司', 'china-telecom'],
      ['中國電信集團有限公司', 'china-telecom'], ['中國聯通', 'china-unicom'], ['飛塔', 'fortinet'],
    ]
    for (const [name, slug] of NAMES) expect(resolve(name), name).toBe(slug)
    // Taiwan's 中興電工 (Chung Hsin Electric) and the bank 大華銀行 are other companies.
    for (const name of ['中興電工機械股份有限公司', '大華銀行', '上海大華衡器廠', '大華會計師事務所']) expect(resolve(name), name).toBeUndefined()
  })

  it('resolves the Chinese names of more makers found in networks, short and with their legal forms', () => {
    // The short names as the sources write them, then each with a legal form as inventories record it.
    const NAMES: [string, ManufacturerSlug, CoveredGroup | undefined][] = [
      ['瑞斯康达', 'raisecom', undefined], ['瑞斯康达科技发展股份有限公司', 'raisecom', undefined],
      ['亿联网络', 'yealink', undefined], ['厦门亿联网络技术股份有限公司', 'yealink', undefined],
      ['同为股份', 'tvt', undefined], ['深圳市同为数码科技股份有限公司', 'tvt', undefined], ['同为数码科技有限公司', 'tvt', undefined],
      ['共进股份', 'gongjin', undefined], ['深圳市共进电子股份有限公司', 'gongjin', undefined], ['共进电子', 'gongjin', undefined],
      ['创维数字', 'skyworth-digital', undefined], ['创维数字股份有限公司', 'skyworth-digital', undefined],
      ['纳思达', 'ninestar', undefined], ['纳思达股份有限公司', 'ninestar', undefined],
      ['道通智能航空', 'autel-robotics', undefined],
      ['浪潮', 'inspur', undefined], ['浪潮集团', 'inspur', undefined], ['浪潮集团有限公司', 'inspur', undefined],
      ['海康机器人', 'hikrobot', 'hikvision'], ['杭州海康机器人股份有限公司', 'hikrobot', 'hikvision'],
      ['中兴微电子', 'sanechips', 'zte'], ['华睿科技', 'huaray', 'dahua'], ['浙江华睿科技股份有限公司', 'huaray', 'dahua'],
      ['合勤科技', 'zyxel', undefined], ['合勤科技股份有限公司', 'zyxel', undefined],
      ['友訊', 'd-link', undefined], ['友訊科技股份有限公司', 'd-link', undefined],
      ['聯發科', 'mediatek', undefined], ['瑞昱半導體股份有限公司', 'realtek', undefined],
      ['智邦科技', 'accton', undefined], ['智邦科技股份有限公司', 'accton', undefined],
      ['群暉科技', 'synology', undefined], ['群暉科技股份有限公司', 'synology', undefined],
      ['威聯通', 'qnap', undefined], ['華碩', 'asus', undefined],
      ['中磊', 'sercomm', undefined], ['中磊電子股份有限公司', 'sercomm', undefined],
      ['智易科技股份有限公司', 'arcadyan', undefined], ['明泰科技股份有限公司', 'alpha-networks', undefined],
      ['正文科技股份有限公司', 'gemtek', undefined], ['亞旭', 'askey', undefined],
      ['聯發科技股份有限公司', 'mediatek', undefined], ['晶睿通訊股份有限公司', 'vivotek', undefined],
      ['訊舟科技股份有限公司', 'edimax', undefined],
    ]
    for (const [name, slug, group] of NAMES) {
      expect(resolve(name), name).toBe(slug)
      expect(coveredGroupOf(slug), name).toBe(group)
    }
  })

  it('resolves the Taiwanese makers written in simplified characters, and the mainland ones in traditional', () => {
    const NAMES: [string, ManufacturerSlug][] = [
      ['友讯科技', 'd-link'], ['联发科', 'mediatek'], ['瑞昱半导体', 'realtek'], ['群晖科技', 'synology'], ['威联通', 'qnap'],
      ['华硕', 'asus'], ['中磊电子', 'sercomm'], ['亚旭', 'askey'], ['晶睿通讯', 'vivotek'], ['讯舟科技', 'edimax'],
      ['億聯網絡', 'yealink'], ['共進電子', 'gongjin'], ['創維數字', 'skyworth-digital'], ['納思達', 'ninestar'],
      ['深圳市同為數碼科技股份有限公司', 'tvt'], ['杭州海康機器人股份有限公司', 'hikrobot'],
    ]
    for (const [name, slug] of NAMES) expect(resolve(name), name).toBe(slug)
  })

  it('leaves the common words and the short names no source gives on their own unresolved', () => {
    // 正文 "main text", 同为 "both are", 共进 "advance together"; 道通科技 is Autel Intelligent, which says it
    // is not Autel Robotics; 创维 alone is the Skyworth group, not its set-top box maker.
    for (const name of [
      '正文', '同为', '共进', '道通科技', '道通科技股份有限公司', '创维', '亿联', '明泰', '合勤', '瑞昱', '华睿', '浪潮之巅',
      '中磊会计师事务所', '正文科技园', '同为数码',
    ]) expect(resolve(name), name).toBeUndefined()
  })
})

describe('Korean and Russian names of the makers, as inventories in Korea and Russia write them', () => {
  it('resolves the name with its legal form before or after it, and the short name, to the maker', () => {
    const NAMES: [string, ManufacturerSlug, CoveredGroup | undefined][] = [
      ['화웨이', 'huawei', 'huawei'], ['Хуавей', 'huawei', 'huawei'], ['ООО «Хуавей»', 'huawei', 'huawei'],
      ['하이크비전', 'hikvision', 'hikvision'], ['다후아', 'dahua', 'dahua'],
      ['삼성전자주식회사', 'samsung', undefined], ['삼성전자', 'samsung', undefined],
      ['시스코', 'cisco', undefined], ['시스코시스템즈', 'cisco', undefined], ['ООО «Сиско Системс»', 'cisco', undefined],
      ['주니퍼', 'juniper', undefined], ['주니퍼네트웍스', 'juniper', undefined],
      ['㈜다산네트웍스', 'dasan-networks', undefined], ['주식회사 유비쿼스', 'ubiquoss', undefined], ['(주)유비쿼스', 'ubiquoss', undefined],
      ['한화비전(주)', 'hanwha-vision', undefined], ['한화테크윈 주식회사', 'hanwha-vision', undefined],
      ['아이디스', 'idis', undefined], ['(주)아이디스', 'idis', undefined],
      ['ООО «Элтекс»', 'eltex', undefined], ['Элтекс', 'eltex', undefined], ['«Элтекс», ООО', 'eltex', undefined],
    ]
    for (const [name, slug, group] of NAMES) {
      expect(resolve(name), name).toBe(slug)
      expect(coveredGroupOf(slug), name).toBe(group)
    }
  })

  it('resolves Kaspersky\'s Korean and Russian names, the Russian one with its legal form', () => {
    for (const name of ['카스퍼스키', '카스퍼스키랩', 'АО «Лаборатория Касперского»', 'Лаборатория Касперского', 'カスペルスキー', '株式会社カスペルスキー']) {
      expect(resolve(name), name).toBe('kaspersky')
    }
  })

  it('leaves look-alikes and the names no source was read for unresolved', () => {
    // 다산 alone and DASAN Co. are other companies of the DASAN group; ООО «Элтека» makes packaging
    // and cables; Циско, Хуавэй and Кьютек are spellings no source read gives.
    for (const name of ['다산', '다산네트웍스솔루션즈', 'ООО «Элтека»', 'Циско', 'Хуавэй', 'Кьютек', 'Ростелеком', '삼성']) {
      expect(resolve(name), name).toBeUndefined()
    }
  })
})

describe('Japanese names of the makers, as Japanese inventories write them', () => {
  it('resolves the network makers\' names in Japanese, with their legal forms, and leaves their namesakes alone', () => {
    const NAMES: [string, ManufacturerSlug][] = [
      ['ヤマハ株式会社', 'yamaha'], ['ヤマハ', 'yamaha'], ['古河電気工業株式会社', 'furukawa-electric'], ['古河電工', 'furukawa-electric'],
      ['株式会社アイ・オー・データ機器', 'i-o-data'], ['I-O DATA DEVICE, INC.', 'i-o-data'], ['FITELnet', 'furukawa-electric'],
    ]
    for (const [name, slug] of NAMES) expect(resolve(name), name).toBe(slug)
    // Yamaha Motor is not Yamaha Corporation.
    for (const name of ['ヤマハ発動機株式会社', 'ヤマハ発動機', 'Yamaha Motor Co., Ltd.']) expect(resolve(name), name).toBeUndefined()
  })

  it('resolves the name with its legal form before or after it, and the short name, to the maker', () => {
    const NAMES: [string, ManufacturerSlug, CoveredGroup | undefined][] = [
      ['日本電気株式会社', 'nec', undefined], ['日本電気', 'nec', undefined], ['富士通株式会社', 'fujitsu', undefined],
      ['ソニー株式会社', 'sony', undefined], ['ソニーグループ株式会社', 'sony', undefined],
      ['株式会社バッファロー', 'buffalo', undefined], ['（株）バッファロー', 'buffalo', undefined], ['ﾊﾞｯﾌｧﾛｰ', 'buffalo', undefined],
      ['アライドテレシス株式会社', 'allied-telesis', undefined], ['アライドテレシスホールディングス株式会社', 'allied-telesis', undefined],
      ['i-PRO株式会社', 'i-pro', undefined], ['アイプロ', 'i-pro', undefined],
      ['パナソニックi-PROセンシングソリューションズ株式会社', 'i-pro', undefined],
      ['東芝テック株式会社', 'toshiba-tec', undefined], ['東芝テック㈱', 'toshiba-tec', undefined],
      ['キヤノン株式会社', 'canon', undefined], ['キャノン', 'canon', undefined],
      ['株式会社リコー', 'ricoh', undefined], ['㈱リコー', 'ricoh', undefined], ['京セラ株式会社', 'kyocera', undefined],
      ['コニカミノルタ株式会社', 'konica-minolta', undefined], ['シャープ株式会社', 'sharp', undefined],
      ['ブラザー工業株式会社', 'brother', undefined], ['セイコーエプソン株式会社', 'epson', undefined], ['エプソン', 'epson', undefined],
      ['沖電気工業株式会社', 'oki', undefined], ['沖電気', 'oki', undefined],
      ['Apple Japan合同会社', 'apple', undefined], ['アップル', 'apple', undefined],
      ['シスコシステムズ合同会社', 'cisco', undefined], ['シスコ・システムズ・インク', 'cisco', undefined],
      ['ジュニパーネットワークス株式会社', 'juniper', undefined],
      ['ファーウェイ', 'huawei', 'huawei'], ['華為技術日本株式会社', 'huawei', 'huawei'], ['ファーウェイ・ジャパン', 'huawei', 'huawei'],
      ['ハイクビジョン', 'hikvision', 'hikvision'], ['杭州海康威視数字技術', 'hikvision', 'hikvision'],
      ['ダーファ', 'dahua', 'dahua'], ['ダーファ・テクノロジー', 'dahua', 'dahua'], ['浙江大華技術', 'dahua', 'dahua'],
      ['ポラリス・キャピタル・グループ株式会社', 'polaris-capital', undefined],
    ]
    for (const [name, slug, group] of NAMES) {
      expect(resolve(name), name).toBe(slug)
      expect(coveredGroupOf(slug), name).toBe(group)
    }
  })

  it('still resolves the English registry names of the same makers', () => {
    const NAMES: [string, ManufacturerSlug][] = [
      ['NEC Corporation', 'nec'], ['FUJITSU LIMITED', 'fujitsu'], ['Sony Corporation', 'sony'], ['BUFFALO.INC', 'buffalo'],
      ['Allied Telesis, Inc.', 'allied-telesis'], ['i-PRO Co., Ltd.', 'i-pro'], ['Toshiba TEC Corporation Inc', 'toshiba-tec'],
      ['CANON INC.', 'canon'], ['RICOH COMPANY,LTD.', 'ricoh'], ['KYOCERA CORPORATION', 'kyocera'],
      ['KONICA MINOLTA HOLDINGS, INC.', 'konica-minolta'], ['SHARP CORPORATION', 'sharp'],
      ['Brother Industries, LTD.', 'brother'], ['Seiko Epson Corporation', 'epson'],
      ['OKI ELECTRIC INDUSTRY CO., LTD', 'oki'], ['Apple, Inc.', 'apple'], ['Cisco Systems, Inc', 'cisco'],
    ]
    for (const [name, slug] of NAMES) expect(resolve(name), name).toBe(slug)
  })

  it('never finds a Japanese short name inside a longer text, nor a misspelling of a voiced kana', () => {
    // シャープ is also the sharp sign (シャープペンシル), ソニー and アップル begin other names.
    for (const name of ['株式会社シャープペンシル', 'ソニー生命保険株式会社', 'アップルパイ株式会社', 'ハッファロー', '株式会社']) {
      expect(resolve(name), name).toBeUndefined()
    }
  })
})

describe('registry names of Japanese and Korean network makers (oui-data)', () => {
  it('resolves each as the IEEE spells it', () => {
    expect(resolve('YAMAHA CORPORATION')).toBe('yamaha')
    expect(resolve('THE FURUKAWA ELECTRIC CO., LTD')).toBe('furukawa-electric')
    expect(resolve('APRESIA Systems Ltd')).toBe('apresia')
    expect(resolve('APRESIA Systems, Ltd.')).toBe('apresia')
    expect(resolve('I-O DATA, INC.')).toBe('i-o-data')
    expect(resolve('CENTURY SYSTEMS CORP.')).toBe('century-systems')
    expect(resolve('Century Systems Co.,Ltd.')).toBe('century-systems')
    expect(resolve('ICOM INC.')).toBe('icom')
    expect(resolve('IDIS Co., Ltd.')).toBe('idis')
    expect(resolve('Ubiquoss Inc')).toBe('ubiquoss')
  })

  it('keeps other companies of the same or a similar name away from them', () => {
    for (const name of [
      'YAMAHA MOTOR CO.,LTD', // Yamaha Motor, not Yamaha Corporation
      'Furukawa Industrial S.A. Produtos Elétricos',
      'INSYS icom GmbH', 'ICOMM HK LIMITED', 'iComm HK LIMITED', 'Icomera',
      'CENTURY OPTICOMM CO.,LTD',
      'IDIS Nederland BV', 'UNIDIS', 'Vidisco ltd.',
      'CENTURY SYSTEMS, INC.', 'Century Systems Incorporated', // a PCI vendor, not shown to be the same company
    ]) {
      expect(resolve(name), name).toBeUndefined()
    }
  })
})

describe('Chinese, Japanese and Korean names of makers outside the covered groups', () => {
  const BY_SLUG = new Map(MANUFACTURERS.map((m) => [m.slug, m]))
  const groupToday = (slug: ManufacturerSlug) => groupOf(slug, undefined, BY_SLUG).group

  it('resolves each name, with its legal form where inventories add one, to the maker and its group', () => {
    const NAMES: [string, ManufacturerSlug, ManufacturerSlug][] = [
      ['思科', 'cisco', 'cisco'], ['思科系统', 'cisco', 'cisco'], ['思科系统网络技术有限公司', 'cisco', 'cisco'], ['思科系統', 'cisco', 'cisco'],
      ['瞻博网络', 'juniper', 'hpe'], ['瞻博網絡', 'juniper', 'hpe'], ['ジュニパー', 'juniper', 'hpe'],
      ['慧与', 'hpe', 'hpe'], ['慧与科技', 'hpe', 'hpe'], ['慧与（中国）有限公司', 'hpe', 'hpe'], ['惠普企业', 'hpe', 'hpe'], ['惠普企業', 'hpe', 'hpe'],
      ['ヒューレット・パッカード', 'hpe', 'hpe'], ['ヒューレット・パッカード・エンタープライズ', 'hpe', 'hpe'],
      ['日本ヒューレット・パッカード合同会社', 'hpe', 'hpe'],
      ['惠普', 'hp-inc', 'hp-inc'], ['惠普公司', 'hp-inc', 'hp-inc'], ['株式会社日本HP', 'hp-inc', 'hp-inc'],
      ['戴尔', 'dell', 'dell'], ['戴尔股份有限公司', 'dell', 'dell'], ['デル', 'dell', 'dell'], ['デル・テクノロジーズ株式会社', 'dell', 'dell'],
      ['联想集团有限公司', 'lenovo', 'lenovo'], ['聯想集団', 'lenovo', 'lenovo'], ['レノボ', 'lenovo', 'lenovo'], ['レノボ・ジャパン株式会社', 'lenovo', 'lenovo'],
      ['诺基亚', 'nokia', 'nokia'], ['諾基亞', 'nokia', 'nokia'], ['ノキア', 'nokia', 'nokia'],
      ['爱立信', 'ericsson', 'ericsson'], ['愛立信', 'ericsson', 'ericsson'], ['エリクソン', 'ericsson', 'ericsson'],
      ['戴爾', 'dell', 'dell'], ['慧與', 'hpe', 'hpe'],
      ['노키아', 'nokia', 'nokia'], ['에릭슨', 'ericsson', 'ericsson'], ['델', 'dell', 'dell'], ['델컴퓨터', 'dell', 'dell'], ['레노버', 'lenovo', 'lenovo'],
      ['三星电子', 'samsung', 'samsung'], ['三星電子', 'samsung', 'samsung'], ['三星电子株式会社', 'samsung', 'samsung'], ['サムスン電子', 'samsung', 'samsung'],
      ['LG전자', 'lg-electronics', 'lg-electronics'], ['LG전자 주식회사', 'lg-electronics', 'lg-electronics'],
      ['株式会社 東芝', 'toshiba', 'toshiba'], ['東芝', 'toshiba', 'toshiba'],
      ['パナソニック株式会社', 'panasonic', 'panasonic'], ['パナソニック', 'panasonic', 'panasonic'],
      ['アイ・オー・データ', 'i-o-data', 'i-o-data'],
    ]
    for (const [name, slug, group] of NAMES) {
      expect(resolve(name), name).toBe(slug)
      expect(groupToday(slug), name).toBe(group)
    }
  })

  it('leaves the group names, common words and other companies that hold a maker\'s name unresolved', () => {
    for (const name of [
      // The Samsung chaebol's bare name, in each language, and longer names that begin with it.
      '三星', '삼성', 'サムスン', '三星集团', '三星重工', '삼성생명',
      // Hitachi is not in the catalog, and no name of it is found inside a longer one.
      '日立', '日立製作所', '日立国際電気',
      // 联想 and 思科 begin other words and names; 瞻博 alone is a name no source read gives.
      '联想词', '联想控股', '思科路', '瞻博',
      // 中国惠普 was HP's company in China, which half of HP it stands for depends on the date.
      '中国惠普',
      // Ericsson-LG (에릭슨LG) is the joint company of Ericsson and LG Electronics in Korea; LG alone is the group.
      '에릭슨LG', 'LG에릭슨', 'LG', '엘지', 'LG이노텍',
      // Longer names that begin with a maker's short name, and words that hold one.
      '東芝デバイス&ストレージ', 'モデル', '델타', 'ジュニパーベリー', 'デルタ電子', 'エリクソン・ジャパン',
    ]) expect(resolve(name), name).toBeUndefined()
    // The companies with a name of their own keep it.
    expect(resolve('新华三技术有限公司')).toBe('h3c')
    expect(resolve('東芝テック株式会社')).toBe('toshiba-tec')
    expect(resolve('パナソニックi-PROセンシングソリューションズ株式会社')).toBe('i-pro')
    expect(resolve('株式会社アイ・オー・データ機器')).toBe('i-o-data')
  })
})
