import type { Banner, Component } from '../domain/device.js'
import type { Prng } from '../util/prng.js'

/**
 * MAC prefix blocks the demo draws addresses from, per manufacturer. Every prefix is a real
 * IEEE MA-L (24-bit) assignment, checked against the IEEE registry file (oui.csv of 2026-05-21);
 * the organization names below are the registry's spelling. The low 24 bits come from the seeded
 * generator.
 */
export const MAC_BLOCKS = {
  /** IEEE MA-L assignments to "HUAWEI TECHNOLOGIES CO.,LTD". */
  huawei: ['00E0FC', '00259E', '001E10', '4C1FCC', '0819A6'],
  /** IEEE MA-L assignments to "Honor Device Co., Ltd.". */
  honor: ['0CB983', '2CB301'],
  /** IEEE MA-L assignments to "zte corporation". */
  zte: ['001E73', 'D0154A', 'F01B24', '98EE8C'],
  /** IEEE MA-L assignments to "Hangzhou Hikvision Digital Technology Co.,Ltd.". */
  hikvision: ['4CBD8F', 'C056E3', 'ECC89C', '548C81'],
  /** IEEE MA-L assignments to "Zhejiang Dahua Technology Co., Ltd.". */
  dahua: ['3CEF8C', '9002A9', 'E0508B', 'BC325F', '4C11BF'],
  /** IEEE MA-L assignments to "Hytera Communications Co .,ltd" and "Hytera Communications Corporation Limited". */
  hytera: ['6469BC', '9C066E'],
  /** IEEE MA-L assignments to "Cisco Systems, Inc". */
  cisco: ['00000C', '001B54', '0021A0', '00E0F7'],
  /** IEEE MA-L assignments to "Juniper Networks". */
  juniper: ['000585', '288A1C', 'E4F27C'],
  /** IEEE MA-L assignments to "Nokia" and "Nokia Solutions and Networks GmbH & Co. KG" (80AB4D). */
  nokia: ['00D0F6', '84DBFC', '80AB4D'],
  /** IEEE MA-L assignments to "Ericsson AB". */
  ericsson: ['E04735', 'F0B107', '549B72'],
  /** IEEE MA-L assignments to "NEC Corporation". */
  nec: ['D49234', '001697'],
  /** IEEE MA-L assignments to "NEC Platforms, Ltd.". */
  necPlatforms: ['081086', '6CE4DA', '8022A7'],
  /** IEEE MA-L assignment to "Fujitsu Limited". */
  fujitsu: ['34FE9E'],
  /** IEEE MA-L assignments to "AVM GmbH". */
  avm: ['0024FE', 'BC0543'],
  /** IEEE MA-L assignments to "Axis Communications AB". */
  axis: ['ACCC8E', '00408C'],
  /** IEEE MA-L assignments to "Motorola Solutions Inc.". */
  motorola: ['001F92', '00047D'],
  /** IEEE MA-L assignment to "Dell Inc.". */
  dell: ['D0431E'],
  /** IEEE MA-L assignment to "Hewlett Packard Enterprise". */
  hpe: ['1C98EC'],
} as const satisfies Record<string, readonly string[]>
export type MacMaker = keyof typeof MAC_BLOCKS

/** One firmware release of a model, with the SNMP sysDescr it announces (when it speaks SNMP). */
export type Release = { version: string; sysDescr?: string }

/** What it takes to make a device of one model. */
export type Template = {
  /** The manufacturer as the inventory declares it (a brand for OEM products); absent: undeclared. */
  manufacturer?: string
  model?: string
  /** Whose MAC blocks the device's addresses come from. */
  mac?: MacMaker
  /** How many MACs (default 1 when `mac` is set). */
  macCount?: number
  sysObjectID?: string
  releases?: readonly Release[]
  banners?: (serial: string) => Banner[]
  serial?: (rng: Prng, model: string) => string
  components?: readonly Component[]
}

// --- serial numbers, in each manufacturer's usual shape --------------------------------------

const DIGITS = '0123456789'
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const ALNUM = DIGITS + UPPER
const HEX = '0123456789ABCDEF'

function chars(rng: Prng, alphabet: string, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += alphabet[rng.int(alphabet.length)]
  return s
}

const huaweiSerial = (rng: Prng): string => `21023${chars(rng, DIGITS, 5)}P0${chars(rng, UPPER, 1)}${chars(rng, DIGITS, 7)}`
const zteSerial = (rng: Prng): string => `ZTEG${chars(rng, HEX, 8)}`
const ciscoSerial = (rng: Prng): string => `FOC${chars(rng, DIGITS, 4)}${chars(rng, ALNUM, 4)}`
const juniperSerial = (rng: Prng): string => `JN1${chars(rng, HEX, 9)}`
const nokiaSerial = (rng: Prng): string => `NS${chars(rng, DIGITS, 10)}`
const ericssonSerial = (rng: Prng): string => `D16${chars(rng, ALNUM, 7)}`
const hikvisionSerial = (rng: Prng, model: string): string =>
  `${model}20${20 + rng.int(5)}0${1 + rng.int(9)}1${rng.int(10)}AAWR${chars(rng, UPPER, 1)}${chars(rng, DIGITS, 8)}`
const dahuaSerial = (rng: Prng): string => `${chars(rng, DIGITS, 1)}${chars(rng, UPPER, 1)}0${chars(rng, ALNUM, 12)}`
const genericSerial = (rng: Prng): string => chars(rng, ALNUM, 10)

// --- banners ----------------------------------------------------------------------------------

const HUAWEI_SSH: Banner = { protocol: 'ssh', field: 'greeting', text: 'SSH-2.0-HUAWEI-1.5' }
const CISCO_SSH: Banner = { protocol: 'ssh', field: 'greeting', text: 'SSH-2.0-Cisco-1.25' }
/** Hikvision's embedded web server names itself "App-webs/" and challenges with realm "IP Camera(<n>)". */
const hikvisionBanners = (serial: string): Banner[] => [
  { protocol: 'http', field: 'server', text: 'App-webs/' },
  { protocol: 'http', field: 'www-authenticate', text: `Digest realm="IP Camera(${serial.slice(-5)})"` },
]
/** Dahua firmware (and the OEM brands running it) answers RTSP as "Rtsp Server/3.0", with realm "Login to <serial>". */
const dahuaBanners = (serial: string): Banner[] => [
  { protocol: 'rtsp', field: 'server', text: 'Rtsp Server/3.0' },
  { protocol: 'rtsp', field: 'www-authenticate', text: `Digest realm="Login to ${serial}"` },
]

// --- sysDescr strings, in the format each operating system uses ------------------------------

const vrp = (version: string, release: string, years: string, model: string): string =>
  `Huawei Versatile Routing Platform Software\r\nVRP (R) software, Version ${version} (${release})\r\n` +
  `Copyright (C) ${years} Huawei Technologies Co., Ltd.\r\nHUAWEI ${model}`

const CISCO_C9300_DESCR = (version: string, train: string, year: string, compiled: string): string =>
  `Cisco IOS Software [${train}], Catalyst L3 Switch Software (CAT9K_IOSXE), Version ${version}, RELEASE SOFTWARE (fc3)\r\n` +
  `Technical Support: http://www.cisco.com/techsupport\r\nCopyright (c) 1986-${year} by Cisco Systems, Inc.\r\n` +
  `Compiled ${compiled} by mcpre`

const LINUX_DESCR = 'Linux ipcam 4.9.37 #1 SMP PREEMPT Fri Jun 11 10:43:23 CST 2021 armv7l'

// --- the models -------------------------------------------------------------------------------

/**
 * Every model the demo places. sysObjectIDs: full product OIDs where the vendor MIB's value was
 * checked (Huawei NE40E 2011.2.62.2.5, Juniper jnxProductNameMX480 2636.1.1.1.2.25, Nokia
 * tmnxModelSR7Reg 6527.1.3.4, Cisco ASR 9010 9.1.1017 and Catalyst 9300 9.1.2494, ZTE C320
 * 3902.1015.320.1.2); otherwise only the private enterprise arc, which is what identification uses.
 */
export const TEMPLATES = {
  // Huawei
  'huawei-ne40e-x8': {
    manufacturer: 'Huawei', model: 'NE40E-X8', mac: 'huawei', macCount: 2, serial: huaweiSerial,
    sysObjectID: '1.3.6.1.4.1.2011.2.62.2.5',
    releases: [
      { version: 'V800R011C00SPC200', sysDescr: vrp('8.180', 'NE40E V800R011C00SPC200', '2012-2018', 'NE40E-X8') },
      { version: 'V800R011C10SPC100', sysDescr: vrp('8.180', 'NE40E V800R011C10SPC100', '2012-2019', 'NE40E-X8') },
    ],
    banners: () => [HUAWEI_SSH],
  },
  'huawei-ne40e-x3a': {
    manufacturer: 'Huawei Technologies Co., Ltd.', model: 'NE40E-X3A', mac: 'huawei', serial: huaweiSerial,
    releases: [{ version: 'V800R011C10SPC100', sysDescr: vrp('8.180', 'NE40E V800R011C10SPC100', '2012-2019', 'NE40E-X3A') }],
    banners: () => [HUAWEI_SSH],
  },
  'huawei-ce12808': {
    manufacturer: 'Huawei', model: 'CE12808', mac: 'huawei', macCount: 2, serial: huaweiSerial,
    sysObjectID: '1.3.6.1.4.1.2011',
    releases: [{ version: 'V200R022C00SPC500', sysDescr: vrp('8.220', 'CE12800 V200R022C00SPC500', '2012-2022', 'CE12808') }],
    banners: () => [HUAWEI_SSH],
  },
  'huawei-e9000': {
    manufacturer: 'Huawei', model: 'E9000', mac: 'huawei', macCount: 2, serial: huaweiSerial,
    releases: [{ version: 'UNC V100R021C10' }, { version: 'UDG V100R021C10' }],
  },
  'huawei-osn9800': {
    manufacturer: 'Huawei', model: 'OptiX OSN 9800 U32', mac: 'huawei', serial: huaweiSerial,
    releases: [{ version: 'V100R019C10' }],
  },
  'huawei-bbu5900': {
    manufacturer: 'Huawei', model: 'BBU5900', mac: 'huawei', serial: huaweiSerial,
    releases: [{ version: 'BTS5900 V100R017C10SPC230' }, { version: 'BTS5900 V100R018C10SPC210' }],
  },
  'huawei-aau5613': {
    manufacturer: 'HUAWEI', model: 'AAU5613', serial: huaweiSerial,
    releases: [{ version: 'BTS5900 V100R017C10SPC230' }],
  },
  'huawei-ma5800': {
    manufacturer: 'Huawei', model: 'MA5800-X7', mac: 'huawei', serial: huaweiSerial,
    releases: [{ version: 'MA5800V100R019C10SPC200' }],
    banners: () => [HUAWEI_SSH],
  },
  'huawei-b535': {
    manufacturer: 'Huawei', model: 'B535-232', mac: 'huawei', serial: huaweiSerial,
    releases: [{ version: '11.0.1.2(H192SP1C983)' }],
  },
  'huawei-2288h': {
    manufacturer: 'Huawei', model: 'FusionServer 2288H V5', mac: 'huawei', macCount: 2, serial: huaweiSerial,
    releases: [{ version: 'iBMC 3.55' }],
  },
  // Honor: a brand of Huawei until the sale of November 2020, then Honor Device Co., Ltd.
  'honor-router-huawei-era': {
    manufacturer: 'Honor', model: 'Router 3', mac: 'huawei', serial: genericSerial,
    releases: [{ version: '9.0.2.16' }],
  },
  'honor-router-honor-era': {
    manufacturer: 'Honor', model: 'Router 3', mac: 'honor', serial: genericSerial,
    releases: [{ version: '9.0.2.31' }],
  },
  // ZTE
  'zte-m6000': {
    manufacturer: 'ZTE', model: 'ZXR10 M6000-8S Plus', mac: 'zte', macCount: 2, serial: zteSerial,
    sysObjectID: '1.3.6.1.4.1.3902',
    releases: [{
      version: 'V5.00.10.31',
      sysDescr: 'ZXR10 ROS Version V5.00.10 ZXR10 M6000-8S Plus Software, Version V5.00.10.31 ' +
        'Copyright (c) 2000-2019 by ZTE Corporation Compiled 2019-08-12 10:21:05',
    }],
    banners: () => [{ protocol: 'ssh', field: 'greeting', text: 'SSH-2.0-ZTE_SSH.2.0' }],
  },
  'zte-c320': {
    manufacturer: 'ZTE Corporation', model: 'ZXA10 C320', mac: 'zte', serial: zteSerial,
    sysObjectID: '1.3.6.1.4.1.3902.1015.320.1.2',
    releases: [{
      version: 'V1.2.5P2',
      sysDescr: 'ZXR10 ROS Version V4.6.02A ZXPON C320 Software, Version V1.2.5P2 Copyright (c) 2000-2006 ' +
        'by ZTE Corporation Compiled 2013-09-23 07:34:16',
    }],
    banners: () => [{ protocol: 'ssh', field: 'greeting', text: 'SSH-2.0-ZTE_SSH.1.0' }],
  },
  'zte-f670l': {
    manufacturer: 'ZTE', model: 'ZXHN F670L', mac: 'zte', serial: zteSerial,
    releases: [{ version: 'V9.0.11P1N9' }, { version: 'V9.0.10P5N12' }],
  },
  'zte-zxone9700': {
    manufacturer: 'ZTE', model: 'ZXONE 9700', mac: 'zte', serial: zteSerial,
    releases: [{ version: 'V3.10' }],
  },
  // Cisco, Juniper, Nokia, Ericsson
  'cisco-asr9010': {
    manufacturer: 'Cisco', model: 'ASR-9010', mac: 'cisco', macCount: 2, serial: ciscoSerial,
    sysObjectID: '1.3.6.1.4.1.9.1.1017',
    releases: [
      { version: '7.1.3', sysDescr: 'Cisco IOS XR Software (ASR9K), Version 7.1.3  Copyright (c) 2013-2020 by Cisco Systems, Inc.' },
      { version: '7.5.2', sysDescr: 'Cisco IOS XR Software (ASR9K), Version 7.5.2  Copyright (c) 2013-2022 by Cisco Systems, Inc.' },
    ],
  },
  'cisco-c9300': {
    manufacturer: 'Cisco Systems', model: 'C9300-48P', mac: 'cisco', serial: ciscoSerial,
    sysObjectID: '1.3.6.1.4.1.9.1.2494',
    releases: [
      { version: '17.9.4a', sysDescr: CISCO_C9300_DESCR('17.9.4a', 'Cupertino', '2023', 'Fri 20-Oct-23 10:44') },
      { version: '17.6.5', sysDescr: CISCO_C9300_DESCR('17.6.5', 'Bengaluru', '2023', 'Wed 22-Mar-23 23:57') },
    ],
    banners: () => [CISCO_SSH],
  },
  'juniper-mx480': {
    manufacturer: 'Juniper Networks', model: 'MX480', mac: 'juniper', macCount: 2, serial: juniperSerial,
    sysObjectID: '1.3.6.1.4.1.2636.1.1.1.2.25',
    releases: [
      { version: '21.4R3-S2.6', sysDescr: 'Juniper Networks, Inc. mx480 internet router, kernel JUNOS 21.4R3-S2.6' },
      {
        version: '18.4R2.7',
        sysDescr: 'Juniper Networks, Inc. mx480 internet router, kernel JUNOS 18.4R2.7, Build date: 2019-06-27 10:00:44 UTC ' +
          'Copyright (c) 1996-2019 Juniper Networks, Inc.',
      },
    ],
  },
  'nokia-7750': {
    manufacturer: 'Nokia', model: '7750 SR-7', mac: 'nokia', macCount: 2, serial: nokiaSerial,
    sysObjectID: '1.3.6.1.4.1.6527.1.3.4',
    releases: [
      { version: 'TiMOS-C-22.10.R1', sysDescr: 'TiMOS-C-22.10.R1 cpm/hops64 Nokia 7750 SR Copyright (c) 2000-2022 Nokia.' },
      { version: 'TiMOS-C-20.10.R13', sysDescr: 'TiMOS-C-20.10.R13 cpm/hops64 Nokia 7750 SR Copyright (c) 2000-2022 Nokia.' },
    ],
  },
  'nokia-1830': {
    manufacturer: 'Nokia', model: '1830 PSS-32', mac: 'nokia', serial: nokiaSerial,
    releases: [{ version: '22.6' }],
  },
  'nokia-airscale': {
    manufacturer: 'Nokia', model: 'AirScale AMIA', mac: 'nokia', serial: nokiaSerial,
    releases: [{ version: 'SBTS23R2' }, { version: 'SBTS24R1' }],
  },
  'nokia-habrok': {
    manufacturer: 'Nokia', model: 'AirScale Habrok 32', serial: nokiaSerial,
    releases: [{ version: 'SBTS23R2' }],
  },
  'ericsson-bb6630': {
    manufacturer: 'Ericsson', model: 'Baseband 6630', mac: 'ericsson', serial: ericssonSerial,
    releases: [{ version: '23.Q4' }, { version: '24.Q1' }],
  },
  'ericsson-air6449': {
    manufacturer: 'Ericsson', model: 'AIR 6449 B77D', serial: ericssonSerial,
    releases: [{ version: '23.Q4' }],
  },
  // Japanese and other trusted makers
  'fujitsu-flashwave': {
    manufacturer: 'Fujitsu', model: 'FLASHWAVE 9500', mac: 'fujitsu', serial: genericSerial,
    releases: [{ version: 'R7.1' }],
  },
  'nec-ipasolink': {
    manufacturer: 'NEC', model: 'iPASOLINK VR', mac: 'nec', serial: genericSerial,
    releases: [{ version: '2.3.0' }],
  },
  'nec-aterm': {
    manufacturer: 'NEC Platforms', model: 'Aterm WX3600HP', mac: 'necPlatforms', serial: genericSerial,
    releases: [{ version: '1.3.2' }],
  },
  'avm-7590': {
    manufacturer: 'AVM', model: 'FRITZ!Box 7590', mac: 'avm', serial: genericSerial,
    releases: [{ version: '7.57' }],
  },
  'dell-r750': {
    manufacturer: 'Dell', model: 'PowerEdge R750', mac: 'dell', macCount: 2, serial: genericSerial,
    releases: [{ version: 'iDRAC9 6.10.30.00' }],
  },
  'hpe-dl380': {
    manufacturer: 'HPE', model: 'ProLiant DL380 Gen10', mac: 'hpe', macCount: 2, serial: genericSerial,
    releases: [{ version: 'iLO 5 2.78' }],
  },
  'axis-p3245': {
    manufacturer: 'Axis Communications', model: 'P3245-V', mac: 'axis', serial: genericSerial,
    releases: [{ version: '10.12.199' }],
  },
  'motorola-slr5700': {
    manufacturer: 'Motorola Solutions', model: 'SLR 5700', mac: 'motorola', serial: genericSerial,
    releases: [{ version: 'R2.10.12' }],
  },
  // Cameras of Hikvision and Dahua, under their own names
  'hikvision-2143': {
    manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', mac: 'hikvision', serial: hikvisionSerial,
    sysObjectID: '1.3.6.1.4.1.39165',
    releases: [{ version: 'V5.7.3 build 220112' }, { version: 'V5.7.12 build 221122' }],
    banners: hikvisionBanners,
  },
  'hikvision-nvr': {
    manufacturer: 'Hikvision', model: 'DS-7608NI-K2', mac: 'hikvision', serial: hikvisionSerial,
    releases: [{ version: 'V4.30.085 build 210601' }],
    banners: () => [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }],
  },
  'dahua-2431': {
    manufacturer: 'Dahua', model: 'IPC-HFW2431S-S-S2', mac: 'dahua', serial: dahuaSerial,
    sysObjectID: '1.3.6.1.4.1.1004849',
    releases: [{ version: 'V2.800.0000000.25.R, Build Date 2021-07-06' }],
    banners: dahuaBanners,
  },
  'dahua-nvr': {
    manufacturer: 'Dahua Technology', model: 'DHI-NVR4108HS-4KS2', mac: 'dahua', serial: dahuaSerial,
    releases: [{ version: 'V4.001.0000000.3.R, Build Date 2021-11-18' }],
    banners: dahuaBanners,
  },
  // Rebranded (OEM) cameras: the declared brand, the real maker's MAC block and firmware banners
  'lorex-dahua': {
    manufacturer: 'Lorex', model: 'E841CA-E', mac: 'dahua', serial: dahuaSerial,
    releases: [{ version: 'V2.800.03LX000.0.R' }],
    banners: dahuaBanners,
  },
  'amcrest-dahua': {
    manufacturer: 'Amcrest', model: 'IP8M-2496EB', mac: 'dahua', serial: dahuaSerial,
    releases: [{ version: 'V2.800.00AC000.0.R' }],
    banners: dahuaBanners,
  },
  'honeywell-dahua': {
    manufacturer: 'Honeywell', model: 'HBW2PR1', mac: 'dahua', serial: dahuaSerial,
    releases: [{ version: 'V2.622.HW00000.0.R' }],
    banners: dahuaBanners,
  },
  'hiwatch-hikvision': {
    manufacturer: 'HiWatch', model: 'HWI-B121H', mac: 'hikvision', serial: hikvisionSerial,
    releases: [{ version: 'V5.5.800 build 210628' }],
    banners: hikvisionBanners,
  },
  'lts-hikvision': {
    manufacturer: 'LTS', model: 'CMIP3042W-28', mac: 'hikvision', serial: hikvisionSerial,
    releases: [{ version: 'V5.5.82 build 190220' }],
    banners: hikvisionBanners,
  },
  // Hytera radios: handhelds have no Ethernet; repeaters do
  'hytera-pd985': { manufacturer: 'Hytera', model: 'PD985', serial: genericSerial, releases: [{ version: 'A9.05.09.004' }] },
  'hytera-rd985': { manufacturer: 'Hytera', model: 'RD985', mac: 'hytera', serial: genericSerial, releases: [{ version: 'A9.05.09.004' }] },
  // No declared manufacturer, but evidence that tells
  'undeclared-huawei-oid': {
    sysObjectID: '1.3.6.1.4.1.2011.2.62.2.5', serial: huaweiSerial,
  },
  'undeclared-zte-descr': {
    releases: [{
      version: 'V5.00.10.31',
      sysDescr: 'ZXR10 ROS Version V5.00.10 ZXR10 M6000-8S Plus Software, Version V5.00.10.31 ' +
        'Copyright (c) 2000-2019 by ZTE Corporation Compiled 2019-08-12 10:21:05',
    }],
  },
  'undeclared-juniper-descr': {
    releases: [{ version: '21.4R3-S2.6', sysDescr: 'Juniper Networks, Inc. mx480 internet router, kernel JUNOS 21.4R3-S2.6' }],
  },
  'undeclared-dahua-mac': { mac: 'dahua', serial: dahuaSerial },
  'undeclared-hikvision-oid': { sysObjectID: '1.3.6.1.4.1.39165', banners: hikvisionBanners, serial: genericSerial },
  'undeclared-hytera-mac': { mac: 'hytera' },
  // Only a HiSilicon part inside (real HiSilicon camera and NVR SoCs)
  'hisilicon-camera': {
    model: 'IPC-4MP-POE',
    components: [{ manufacturer: 'HiSilicon', model: 'Hi3516EV300', kind: 'soc' }],
  },
  'hisilicon-nvr': {
    model: 'NVR-8CH',
    components: [{ manufacturer: 'HiSilicon', model: 'Hi3536', kind: 'soc' }],
  },
  // Nothing identifying
  'unknown-bare': {},
  'unknown-linux': {
    sysObjectID: '1.3.6.1.4.1.8072.3.2.10',
    releases: [{ version: '4.9.37', sysDescr: LINUX_DESCR }],
  },
} as const satisfies Record<string, Template>
export type TemplateKey = keyof typeof TEMPLATES

/** Templates whose declared brand sells products made by Hikvision or Dahua. */
export const REBRANDED_TEMPLATES = ['lorex-dahua', 'amcrest-dahua', 'honeywell-dahua', 'hiwatch-hikvision', 'lts-hikvision'] as const satisfies readonly TemplateKey[]
