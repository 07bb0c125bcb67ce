import { describe, expect, it } from 'vitest'
import { BANNER_PATTERNS } from './banners.js'
import { groupOf, manufacturerMap } from './manufacturers.js'
import { MODEL_PATTERNS } from './model-patterns.js'
import { PRODUCT_OID_MODULES, productOidTable } from './product-oid-data.js'

const bySlug = manufacturerMap()

describe('MODEL_PATTERNS', () => {
  it('gives every pattern a unique name and a known manufacturer', () => {
    const names = MODEL_PATTERNS.map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    for (const p of MODEL_PATTERNS) expect(bySlug.has(p.manufacturer), p.name).toBe(true)
    // The makers that number their products as a pattern's maker does are catalog makers of other groups.
    for (const p of MODEL_PATTERNS) {
      for (const other of p.sharedWith ?? []) {
        expect(bySlug.has(other), `${p.name}: ${other}`).toBe(true)
        expect(groupOf(other, undefined, bySlug).group, `${p.name}: ${other}`).not.toBe(groupOf(p.manufacturer, undefined, bySlug).group)
      }
    }
  })

  it('anchors every pattern at both ends', () => {
    for (const p of MODEL_PATTERNS) {
      expect(p.pattern.source.startsWith('^'), p.name).toBe(true)
      expect(p.pattern.source.endsWith('$'), p.name).toBe(true)
      expect(p.pattern.global, p.name).toBe(false)
    }
  })

  it('matches all of its examples', () => {
    for (const p of MODEL_PATTERNS) {
      expect(p.examples.length, p.name).toBeGreaterThan(0)
      for (const example of p.examples) expect(p.pattern.test(example), `${p.name}: ${example}`).toBe(true)
    }
  })

  it('matches none of its counter-examples', () => {
    for (const p of MODEL_PATTERNS) {
      for (const c of p.counterExamples ?? []) expect(p.pattern.test(c), `${p.name}: ${c}`).toBe(false)
    }
  })

  it('lets no pattern claim an example of another manufacturer', () => {
    for (const p of MODEL_PATTERNS) {
      for (const example of p.examples) {
        const claimants = MODEL_PATTERNS.filter((q) => q.manufacturer !== p.manufacturer && q.pattern.test(example))
        expect(claimants.map((q) => q.name), `${p.name}: ${example}`).toEqual([])
      }
    }
  })

  it('claims none of the products that another maker\'s MIB module names', () => {
    const table = productOidTable()
    for (const m of PRODUCT_OID_MODULES) {
      for (const line of m.products.trim().split('\n')) {
        const symbol = line.trim().split(/\s+/)[1]
        if (symbol === undefined) continue
        const product = table.bySymbol(m.module, symbol)!
        const claimants = MODEL_PATTERNS.filter((p) => p.manufacturer !== product.manufacturer && p.pattern.test(product.name))
        expect(claimants.map((p) => p.name), `${m.module} ${symbol}: ${product.name}`).toEqual([])
      }
    }
  })

  it('claims no word of another maker\'s captured banner as that maker\'s model', () => {
    for (const b of BANNER_PATTERNS) {
      for (const example of b.examples) {
        for (const word of example.split(/[\s"'`,;:()<>[\]{}=]+/)) {
          const claimants = MODEL_PATTERNS.filter((p) => p.manufacturer !== b.manufacturer && p.pattern.test(word))
          expect(claimants.map((p) => p.name), `${b.name}: ${word} in "${example}"`).toEqual([])
        }
      }
    }
  })

  it('tells Dahua, HiLook and Imou "IPC-" models apart', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    expect(makerOf('IPC-HFW2431S-S-S2')).toEqual(['dahua'])
    expect(makerOf('IPC-B121HE-UC')).toEqual(['hilook'])
    expect(makerOf('IPC-A22EP')).toEqual(['imou'])
    expect(makerOf('ipc-hdw2431t-as-s2')).toEqual(['dahua'])
  })

  it('attributes the covered makers\' product lines and leaves the look-alikes of other makers alone', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    for (const m of ['B315s-22', 'E5577Cs-321', 'H112-370', 'AirEngine 5760-10', 'AC6605-26-PWR', 'USG6530F-D', 'Eudemon1000E-G5', 'MA5800-X7', 'HG8245H', 'EG8145V5-V2', 'HG659', 'HG532e']) {
      expect(makerOf(m), m).toEqual(['huawei'])
    }
    // Huawei's solar inverters (installers' and plant asset lists) and OceanStor storage (Huawei's documentation, a storage CLI's device type)
    for (const m of ['SUN2000-10KTL-M1', 'SUN2000-5KTL-L1', 'SUN2000-100KTL', 'OceanStor Dorado 5000 V6', 'Oceanstor Dorado2100 G2']) expect(makerOf(m), m).toEqual(['huawei'])
    // OptiXstar, the name of Huawei's Wi-Fi 6 ONTs (an operator's ONT records, a TR-069 note taken from a real HN8145X6N)
    for (const m of ['OptiXstar EG8145X6', 'OptiXstar HN8145X6N', 'OptiXstar K562e']) expect(makerOf(m), m).toEqual(['huawei'])
    for (const m of ['F670L', 'ZXHN F670L', 'MF286D', 'ZXV10 B860H', 'ZXA10 C600', 'MC801A', 'MC888']) expect(makerOf(m), m).toEqual(['zte'])
    // FiberHome's four-digit HG ONTs and Zebra's MC mobile computers are neither Huawei's nor ZTE's.
    for (const m of ['HG6245D', 'HG6143D', 'MC9300', 'MC3300']) expect(makerOf(m), m).toEqual([])
    expect(makerOf('USG-PRO-4')).toEqual(['ubiquiti'])
    for (const m of ['USG1100', 'USG2200-VPN', 'USG40']) expect(makerOf(m), m).toEqual([])
  })
  // Huawei's older campus switches as inventories and display version output name them (a switch
  // asset table's "Quidway S9306", scripts' "Quidway S2326TP-EI" and "Quidway S3328TP-EI", "Quidway
  // S5700-28C-EI-24S Routing Switch" in a saved display version), and Ruijie's switches of the same
  // shape (S5310-24GT4XS-E and S5750C-28GT4XS-E in tender notes, S5310-24GT4XS as a TR-069
  // productClass, S5750-48GT/4SFP-S in a Ruijie sysDescr).
  it('names Huawei\'s Quidway and chassis switches, and leaves Ruijie\'s S5310 and S5750 alone', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    for (const m of ['Quidway NetEngine 80', 'Quidway NetEngine 5000E']) expect(makerOf(m), m).toEqual(['huawei'])
    for (const m of ['Quidway S9306', 'S9303', 'Quidway S2326TP-EI', 'Quidway S3328TP-EI', 'Quidway S5700-28C-EI-24S', 'S2318TP-EI-AC']) {
      expect(makerOf(m), m).toEqual(['huawei'])
    }
    for (const m of ['S5310-24GT4XS-E', 'S5310-24GT4XS', 'S5750C-28GT4XS-E', 'S5750E-28GT4XS-H']) expect(makerOf(m), m).toEqual([])
    // The slash of an older Ruijie model (RG-S5750-48GT/4SFP-S in a Ruijie show version a network tool's parser quotes)
    expect(makerOf('RG-S5750-48GT/4SFP-S')).toEqual(['ruijie'])
  })

  it('names the camera, industrial and cellular makers by their own model families only', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    expect(makerOf('IPC2124LB-SF28KM-G')).toEqual(['uniview'])
    expect(makerOf('IPC-HFW2431S-S-S2')).toEqual(['dahua'])
    expect(makerOf('NVR301-04LS2-P4')).toEqual(['uniview'])
    expect(makerOf('NVR4108HS-8P-4KS2')).toEqual(['dahua'])
    expect(makerOf('OS6860E-P48')).toEqual(['ale'])
    expect(makerOf('7750 SR-7')).toEqual(['nokia'])
    expect(makerOf('SCALANCE XC208')).toEqual(['siemens'])
    expect(makerOf('EDS-G508E')).toEqual(['moxa'])
    // Meraki's switch ("Cisco Meraki MS250-48" in a captured sysDescr), not a Milesight camera
    expect(makerOf('MS250-48')).toEqual(['cisco'])
    // TVT's recorders share TP-Link's "TD-" prefix, so neither is claimed for TVT
    expect(makerOf('TD-9421S3B')).toEqual([])
  })


  it('names the covered makers\' chips and cellular modules and none of the look-alike parts of others', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    for (const m of ['Hi3516CV300', 'Hi3518EV200', 'Hi3536DV100', 'Hi3798MV100', 'Kirin 980', 'Balong 5000', 'Hi1151', 'SD5116H']) expect(makerOf(m), m).toEqual(['hisilicon'])
    for (const m of ['ME909s-120', 'ME906s-158', 'MU709s-2', 'MH5000-31', 'MS2372h-517', 'E3372h', 'E8372h', 'E173', 'E3372h-153']) expect(makerOf(m), m).toEqual(['huawei'])
    for (const m of ['ZM8620', 'ME3630-E', 'MF833V']) expect(makerOf(m), m).toEqual(['zte'])
    for (const m of ['ZX297520V3', 'ZX279128S']) expect(makerOf(m), m).toEqual(['sanechips'])
    // Linksys's E-series routers, Telit's ME910, Quectel, Fibocom, Sierra and the camera SoCs of
    // Goke, Ingenic and SigmaStar are nobody's the catalog covers.
    for (const m of ['E3000', 'E4200', 'E1200', 'ME910C1-WW', 'EC25-E', 'EG25-G', 'L850-GL', 'MC7455', 'LE910C4-EU', 'GK7205V200', 'T31', 'SSC338Q', 'MT7621A', 'RTL8197F', 'ISD5116']) {
      expect(makerOf(m), m).toEqual([])
    }
  })

  it('names the recorders and device codes of Hikvision\'s and Dahua\'s brands and families, in their groups', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    const groupOfModel = (model: string) => [...new Set(makerOf(model).map((m) => groupOf(m, undefined, bySlug).group))]
    for (const m of ['NVR-104H-D/4P', 'NVR-108MH-C/8P', 'DVR-208Q-K1(S)']) expect(makerOf(m), m).toEqual(['hilook'])
    for (const m of ['HWN-2104MH-4P', 'HWD-6104MH-G3(S)']) expect(makerOf(m), m).toEqual(['hiwatch'])
    for (const m of ['CS-C6N-A0-1C2WFR', 'CS-CV310-A0-1C2WFR']) expect(makerOf(m), m).toEqual(['ezviz'])
    for (const m of ['NVR-104H-D/4P', 'HWN-2104MH-4P', 'CS-C6N-A0-1C2WFR']) expect(groupOfModel(m), m).toEqual(['hikvision'])
    for (const m of ['DHI-ITC237-PW6M-IRLZF', 'ITC237-PW6M-IRLZF', 'TPC-BF5441', 'DH-TPC-BF5441', 'ASI7214X', 'DHI-ASI7214Y-V3', 'HAC-HFW1200C', 'SD29204UE-GN']) {
      expect(makerOf(m), m).toEqual(['dahua'])
    }
    for (const m of ['TC-C32WS', 'TC-C32WS 3ERA-28', 'TC-R3105']) expect(makerOf(m), m).toEqual(['tiandy'])
    for (const m of ['PNC380', 'HR1065', 'HR1068', 'HP785', 'HP508', 'VM685', 'VM580D']) expect(makerOf(m), m).toEqual(['hytera'])
    // Hikvision's mobile recorders and dashcams, in Hikvision's group.
    for (const m of ['AE-DC4328-K5', 'AE-DI2032-G40', 'AE-MD5043-SD/I/GLF/WI58']) {
      expect(makerOf(m), m).toEqual(['hikvision'])
      expect(groupOfModel(m), m).toEqual(['hikvision'])
    }
    // Lorex's numbers have no pattern: they are not distinctive (LNB is a satellite part's name too).
    for (const m of ['LNB4321B', 'LNB2153', 'N843', 'D841A82']) expect(makerOf(m), m).toEqual([])
    expect(makerOf('IPC2B24SA-AHDZK-PI-I2A')).toEqual(['uniview'])
  })

  it('leaves other makers\' recorders, part numbers and computers that share those prefixes alone', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    // Swann's recorders, Cisco's collaboration parts, Advantech's panel PCs, HP's notebooks, TP-Link's
    // Tapo camera, Hytera's own HYT radios (not Tiandy's) and HiSilicon's PON chip (not a Dahua PTZ).
    for (const m of ['NVR-7090', 'NVR-8580', 'DVR-1590', 'DVR-4575', 'CS-ROOM55-K9', 'CS-KIT-K9', 'CS-MIC-CLGP-CBK=', 'TPC-1581H', 'TPC-115W', 'HP830', 'HP 830 G8', 'HP840', 'HP745', 'TC70']) {
      expect(makerOf(m), m).toEqual([])
    }
    for (const m of ['TC-700', 'TC-610']) expect(makerOf(m), m).not.toContain('tiandy')
    expect(makerOf('SD5116H')).toEqual(['hisilicon'])
    // Epson's document scanners (SANE's epsonds backend: DS-5500, DS-6500, DS-7500, DS-50000, DS-60000,
    // DS-70000) are not Hikvision's recorders, which carry letters after their digits.
    for (const m of ['DS-7500', 'DS-70000', 'DS-60000']) expect(makerOf(m), m).toEqual([])
    for (const m of ['DS-7608NI-K2', 'DS-9632NI-I8', 'DS-7204HGHI-F1']) expect(makerOf(m), m).toEqual(['hikvision'])
    // Canon's i-SENSYS and imageCLASS printers (an office's printer list, cartridge tables) are not ZTE's MF hotspots.
    for (const m of ['MF264dw', 'MF421dw', 'MF428x', 'MF522x', 'MF445dw', 'MF449x', 'MF631Cn']) expect(makerOf(m), m).toEqual([])
    for (const m of ['MF286D', 'MF971R', 'MF283+', 'MF823']) expect(makerOf(m), m).toEqual(['zte'])
    // TP-Link's VIGI recorders ("Model Number: VIGI NVR1008H" on its Device Info page) and Synology's NVR1218
    // (a surveillance purchase list) are no Dahua NVRs, whose numbers go on with series letters or a dash.
    for (const m of ['NVR1008H', 'NVR1104H-4P', 'NVR1218']) expect(makerOf(m), m).toEqual([])
    expect(makerOf('VIGI NVR1008H-8P')).toEqual(['tp-link'])
    for (const m of ['NVR4108HS-4KS2', 'NVR5216-16P-4KS2E']) expect(makerOf(m), m).toEqual(['dahua'])
    // A Pt100 thermometer (an instrument calibration list's JUMO PT100) is no Hytera radio; Hytera's PD365 is.
    expect(makerOf('PT100')).toEqual([])
    expect(makerOf('PD365')).toEqual(['hytera'])
    // Sierra Wireless's MiniCard modules (sierrakeygen's table of Sierra modules) are not ZTE's MC 5G routers.
    for (const m of ['MC8801', 'MC8805']) expect(makerOf(m), m).not.toContain('zte')
    for (const m of ['MC801A', 'MC888', 'MC8020']) expect(makerOf(m), m).toEqual(['zte'])
  })

  it('names Huawei\'s, ZTE\'s and FiberHome\'s transport, microwave, access and RAN models and leaves bare technology names alone', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    for (const m of ['RTN 950', 'RTN 980', 'OptiX RTN 905 s', 'OSN 8800', 'OSN1800', 'OptiX OSN 1800 II TP', 'OptiX Metro 1000', 'CX600-X8', 'CX600-X1-M4', 'BSC6900', 'BSC6910', 'BTS3012AE', 'UA5000 IPMD', 'Huawei PTN 960']) {
      expect(makerOf(m), m).toEqual(['huawei'])
    }
    for (const m of ['ZXMP S385', 'ZXMP S325', 'ZXONE 9700', 'ZXWM M920', 'ZXMW NR8250', 'ZXSDR B8200', 'ZXSDR R8882', 'ZXUR 9000', 'ZXDSL 9806H', 'ZTE C320']) expect(makerOf(m), m).toEqual(['zte'])
    for (const m of ['AN5516-06', 'AN5116-06B', 'AN6000-17', 'AN5506-04-FA', 'FONST 5000', 'CiTRANS R8000-5']) expect(makerOf(m), m).toEqual(['fiberhome'])
    // PTN is a technology's name (and a washing machine's model); ZTE's radio numbers without ZXSDR
    // are a letter and four digits; FiberHome's series numbers need their chassis, Huawei's UA5000 its
    // control board (a .NET analyzer rule and a flight are UA5000 too).
    for (const m of ['PTN 960', 'PTN 3900', 'PTN 9604 AJ', 'RT-N66U', 'CX600', 'UA5000', 'C320', 'B8200', 'R8882', 'NR8250', 'S385', 'AN5516', 'AN6000']) {
      expect(makerOf(m), m).toEqual([])
    }
  })

  it('names the carrier makers\' microwave, optical and access families by their own words, not by bare numbers', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    for (const m of ['1830 PSS-32', '9500 MPR', '7360 ISAM FX-8', '7705 SAR-8']) expect(makerOf(m), m).toEqual(['nokia'])
    for (const m of ['MINI-LINK 6352', 'MINI-LINK TN', 'RBS 6201', 'RBS6101', 'Baseband 6630', 'AIR 6449', 'Router 6675']) expect(makerOf(m), m).toEqual(['ericsson'])
    for (const m of ['DTN-X XTC-10', 'Infinera XTC-4']) expect(makerOf(m), m).toEqual(['infinera'])
    expect(makerOf('NPT-1200')).toEqual(['eci-telecom'])
    expect(makerOf('Tejas TJ1400')).toEqual(['tejas-networks'])
    for (const m of ['6500-T12', 'Waveserver Ai', 'Ciena 6500']) expect(makerOf(m), m).toEqual(['ciena'])
    expect(makerOf('Aviat CTR 8540')).toEqual(['aviat-networks'])
    expect(makerOf('Wavence')).toEqual(['nokia'])
    for (const m of ['iPASOLINK 200', 'iPASOLINK VR4', 'PASOLINK NEO']) expect(makerOf(m), m).toEqual(['nec'])
    for (const m of ['FibeAir IP-20C', 'IP-20N']) expect(makerOf(m), m).toEqual(['ceragon'])
    expect(makerOf('ALFOplus2')).toEqual(['siae-microelettronica'])
    expect(makerOf('FLASHWAVE 9500')).toEqual(['fujitsu'])
    for (const m of ['LTP-8X', 'NTU-RG-1421G', 'MES2324']) expect(makerOf(m), m).toEqual(['eltex'])
    // A bare 6500 (Ciena's, Cisco's), 1830 or 9500, an ingress-protection rating and SIAE's AGS20 name nobody.
    // So do the chassis XTC-10, Tejas's TJ1400 (a jaw crusher's model too), ECI's XDM (a physics
    // sample's label), Ericsson's "Radio" and "AIR" units, a university's grant number and a year's
    // MES.
    for (const m of ['6500', '1830', '9500', 'IP-20', 'IP20', 'AGS20', 'LTP-1600', 'XTC-10', 'TJ1400', 'XDM-1000', 'Radio 4415', 'Waveserver', 'CTR 8540', 'NTU-RG-2022-010', 'MES 2024']) {
      expect(makerOf(m), m).toEqual([])
    }
  })

  it('names QNAP, Synology and APC models and leaves Hikvision DS- and other TS- numbers alone', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    for (const m of ['TS-453D', 'TVS-872XT']) expect(makerOf(m), m).toEqual(['qnap'])
    for (const m of ['DS920+', 'RS3621xs+', 'ds218']) expect(makerOf(m), m).toEqual(['synology'])
    for (const m of ['SMT1500RMI2U', 'AP9630']) expect(makerOf(m), m).toEqual(['apc'])
    expect(makerOf('DS-7608NI-K2')).toEqual(['hikvision'])
    for (const m of ['TS-7800', 'DS1307', 'RS485']) expect(makerOf(m), m).toEqual([])
    // Aruba's access point, not an APC card
    expect(makerOf('AP-515')).toEqual(['hpe'])
  })

  it('names the security, campus, phone and radio makers\' own families and leaves the shapes they share with others alone', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    const expected: Record<string, readonly string[]> = {
      cisco: ['Catalyst 9300-48P', 'CP-8845-K9', 'SPA525G2', 'SG350-28P', 'NCS-5501', 'MR46', 'MS225-48FP', 'MX68', 'C9300-48P', 'C8300-1N1S-4T2X', 'CW9166I'],
      'palo-alto-networks': ['PA-3220'],
      fortinet: ['FG-100F', 'FortiGate-60F', 'FS-148F', 'FAP-231F'],
      arista: ['DCS-7050SX3-48YC8', 'CCS-720DP-48S-2F'],
      hpe: ['AP-515', '8360-48Y6C', 'JL075A', 'CX 8360-48Y6C'],
      'motorola-solutions': ['XPR 7550', 'APX 6000', 'SLR 5700'],
      ruckus: ['ICX7150-48P'],
      ericsson: ['SSR8000', 'Router 6675', 'AIR 6449'],
      'tp-link': ['TL-SG3428'],
      'd-link': ['DGS-1210-28', 'DIR-850L'],
      zyxel: ['GS1900-24E', 'USG FLEX 100'],
      ruijie: ['RG-S5750C-28GT4XS-H'],
      yealink: ['T54W', 'SIP-T46S'],
      grandstream: ['GXP2170', 'GRP2612W', 'GWN7605'],
      nokia: ['AirScale-BTS'],
    }
    for (const [maker, models] of Object.entries(expected)) for (const m of models) expect(makerOf(m), m).toEqual([maker])
    // Juniper keeps its MX routers, Meraki's appliances are not Juniper's; Dell's R750 server is no
    // Ruckus access point, a ThinkPad no Yealink phone, an AirTies modem no Ericsson radio, a coaxial
    // cable no Ruijie switch, Netgear's and Mercusys's routers no Meraki access points, an HPE
    // Comware part no Aruba one, Dell EMC's DP4400 no Motorola radio, a bare USG40 (a Zyxel title
    // banner's hint only) nobody's, and the Huawei and H3C S-series stay apart.
    for (const m of ['MX204', 'MX480', 'MX10003']) expect(makerOf(m), m).toEqual(['juniper'])
    for (const m of ['MX400', 'MX650']) expect(makerOf(m), m).toEqual(['cisco'])
    for (const m of ['R750', 'T41p', 'T42p', 'Air5650', 'RG-6', 'RG-59', 'JG932A', 'MR60', 'MR70X', 'Radio 4415', 'EAP245', 'EAP1300', 'DP4400', 'USG40', 'S5130S-28S-EI']) {
      expect(makerOf(m), m).toEqual([])
    }
    expect(makerOf('S5735-L24T4S-A1')).toEqual(['huawei'])
  })

  it('names the small business, campus, Wi-Fi, server, UPS and camera lines of an asset register by their own shapes', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    const expected: Record<string, readonly string[]> = {
      ubiquiti: ['US-8-60W', 'US-16-150W', 'US-24-250W', 'US-48-500W', 'US-XG-16', 'ER-X', 'ER-X-SFP', 'ERLite-3', 'EdgeRouter X', 'EdgeSwitch 24', 'ES-24-250W'],
      hpe: ['IAP-305', '2930F'],
      cisco: ['SF300-24', 'SF350-48', 'SG300-28', 'CP-7945G', 'CP-6821'],
      netgear: ['GS308E', 'GS110TP', 'GS724T', 'XS708T', 'M4300-52G', 'JGS524', 'Orbi RBR50', 'Nighthawk R7000'],
      linksys: ['EA7500', 'WRT3200ACM'],
      zyxel: ['NSA325', 'NAS326'],
      'd-link': ['DCS-930L', 'DIR-882'],
      eaton: ['5PX1500', '9PX3000'],
      dell: ['PowerEdge R740', 'S4048-ON'],
      lenovo: ['ThinkSystem SR650'],
      supermicro: ['SYS-1029P-WTR'],
      poly: ['VVX 450', 'VVX450'],
      avaya: ['J179', 'J169'],
      'hanwha-vision': ['XNO-6080R', 'QNV-8080R', 'PNM-9000VD'],
      vivotek: ['IB9389-H', 'FD9189-H', 'IP9181-H'],
      mobotix: ['Mobotix M16', 'MX-M16B'],
      apc: ['Smart-UPS 1500', 'SMT1500'],
    }
    for (const [maker, models] of Object.entries(expected)) for (const m of models) expect(makerOf(m), m).toEqual([maker])
    // Etymotic's ER-4 earphones, Lenovo's Legion R7000 notebook, the RBR50 award, US highways,
    // D-Link's DCS-7 cameras (no Arista switch), SonicWall's NSA firewalls, the M16 rifle and the
    // bare numbers of Dell's servers and switches name nobody.
    for (const m of ['ER-4', 'R7000', 'RBR50', 'Legion R7000', 'US-8', 'US-24', 'DCS-7110', 'DCS-7513', 'NSA 2650', 'M16', 'R740', 'N3048P', 'SR650']) {
      expect(makerOf(m), m).toEqual([])
    }
    // Axis's M4308-PLE camera is no Netgear M4300 switch, Huawei's EA5821 no Linksys router.
    expect(makerOf('M4308-PLE')).toEqual(['axis'])
    expect(makerOf('EA5821')).toEqual(['huawei'])
  })
})
