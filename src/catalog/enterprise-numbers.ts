import type { ManufacturerSlug, Source } from '../domain/manufacturer.js'
import type { EnterpriseBranch } from './types.js'

/** One IANA private enterprise number (the N in sysObjectID 1.3.6.1.4.1.N...) and its catalog manufacturer. */
export type EnterpriseNumber = {
  number: number
  /** The registrant as IANA spells it. */
  organization: string
  manufacturer: ManufacturerSlug
  source: Source
  /** Branches of the number's tree that another maker's devices report, each with its source. */
  branches?: readonly (EnterpriseBranch & { source: Source })[]
  /** Not an IANA registration (see `EnterpriseEntry.unregistered`). */
  unregistered?: true
}

/**
 * HP's MIBs put network peripherals (printers and their Jetdirect print servers) under
 * hp.nm.system.net-peripheral, 1.3.6.1.4.1.11.2.3.9; HP's printing business went to HP Inc. in 2015.
 */
const HP_NET_PERIPHERAL: Source = {
  title: 'GLPI Agent, SNMP MibSupport HPNetPeripheral (after HP-LASERJET-COMMON-MIB and JETDIRECT3-MIB): hpPeripheral = .1.3.6.1.4.1.11.2.3.9 (hp.nm.system.net-peripheral), hpNetPrinter = hpPeripheral.1',
  url: 'https://github.com/glpi-project/glpi-agent/blob/develop/lib/GLPI/Agent/SNMP/MibSupport/HPNetPeripheral.pm',
}

const IANA: Source = {
  title: 'IANA, Private Enterprise Numbers (SMI Network Management Private Enterprise Codes)',
  url: 'https://www.iana.org/assignments/enterprise-numbers',
  date: '2024-08-28',
}

/** The IANA file as Wireshark generates its table from it (epan/sminmpec.c), where the numbers below were read. */
const IANA_VIA_WIRESHARK: Source = {
  title: 'IANA Private Enterprise Numbers, as copied into Wireshark epan/sminmpec.c (generated from the IANA file)',
  url: 'https://github.com/wireshark/wireshark/blob/master/epan/sminmpec.c',
}

/** Another copy of Observium's OS definitions, where its Altiga and IronPort lines were read. */
const OBSERVIUM_OS_DEFINITIONS = 'https://github.com/lukaszszszsz/observium-checkpoint/blob/7c34402f2223b614f8a93fc7b8cdeedd81704faf/includes/definitions/os.inc.php'

/** A public copy of IANA's enterprise-numbers.txt, where the numbers added with it were read. */
const IANA_FILE_COPY = 'https://github.com/CamberLoid/iana-tracking/blob/03ca3a523510ccbbcecb5078d7e17b17acaebb47/enterprise-numbers.txt'

/** IANA's enterprise-numbers.txt as of its "last updated 2025-08-22" line, read in a public copy of the file. */
const IANA_FILE_2025: Source = {
  title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (last updated 2025-08-22)',
  url: 'https://www.iana.org/assignments/enterprise-numbers.txt',
  date: '2025-08-22',
}

/**
 * Cambium's Canopy radios (PMP access points and subscriber modules) still report the branch of
 * Motorola's number where the line began: whispRoot is { enterprises 161 19 } in Cambium's own MIB.
 */
const CANOPY_WHISP_ROOT: Source = {
  title: 'Cambium Networks, WHISP-GLOBAL-REG-MIB (Copyright 2005-2015 Cambium Networks, as LibreNMS ships it): mot ::= { enterprises 161 }, whispRoot ::= { mot 19 }, canopySnmpAgent ::= { whispRoot 250 }; LibreNMS tests/snmpsim/pmp.snmprec reports 1.3.6.1.4.1.161.19.250.256',
  url: 'https://github.com/librenms/librenms/blob/master/mibs/cambium/WHISP-GLOBAL-REG-MIB',
}

/**
 * Alcatel's OmniAccess WLAN line of AOS-W was Aruba's, resold under Alcatel's label: its controllers
 * and access points report a branch of Alcatel-Lucent Enterprise's number, under Aruba's model
 * numbers (AP60, AP124, OmniAccess 6000...). Aruba is Hewlett Packard Enterprise's in the catalog.
 */
const ALE_AOS_W: Source = {
  title: 'LibreNMS arubaos OS definition: sysObjectID .1.3.6.1.4.1.6486.800.1.1.2.2.2 ("AOS-W") among ArubaOS\'s; Observium\'s AOS-W hardware table (6486.800.1.1.2.2.2.1.1.x: OmniAccess 5000, 4308, 6000...; .1.2.x: OmniAccess AP60, AP70, AP124, AP125...); CNET, "Alcatel to pick new Wi-Fi partner": Alcatel to resell wireless switches and access points from Aruba Wireless Networks under the Alcatel label; Techworld, "Alcatel sticks with Aruba": Alcatel\'s OEM partnership with Aruba, Aruba\'s AP124 and AP125 to ship from Alcatel',
  url: 'https://github.com/librenms/librenms/blob/master/resources/definitions/os_detection/arubaos.yaml',
}

/**
 * Huawei-3Com (H3C) kept its MIB tree under Huawei's number, 2011.10 (HUAWEI-3COM-OID-MIB's
 * h3cCommon), before it took its own 25506: its Comware devices of that time report sysObjectIDs
 * there, and name H3C, whose dated relations put it in Huawei's group only until 2006.
 */
const HUAWEI_3COM_TREE: Source = {
  title: 'H3C-IPX-MIB (as pysnmp compiles it): h3cIpx MODULE-IDENTITY at 1.3.6.1.4.1.2011.10.2.34, under h3cCommon imported from HUAWEI-3COM-OID-MIB; Observium includes/definitions/os.inc.php: the h3c OS ("H3C Comware") matches sysObjectID .1.3.6.1.4.1.2011.10 and .1.3.6.1.4.1.25506.1., the vrp OS ("Huawei VRP") .1.3.6.1.4.1.2011.2.',
  url: 'https://github.com/DotZero24/pysnmp-mibs',
}

/**
 * Symmetricom's SyncServer time servers report 1.3.6.1.4.1.39165.1.6, an OID under Hikvision's
 * number, as their sysObjectID, while Hikvision's own devices answer objects below it (39165.1.6.0
 * "Hikvision"): only that OID itself, as a sysObjectID, names Symmetricom.
 */
const SYNCSERVER_SYSOBJECTID: Source = {
  title: 'LibreNMS tests/snmpsim/microsemitime.snmprec: a time server whose sysDescr reads "Linux SyncServer 2.6.10_mvl401-pc_target.Gryphon..." reports sysObjectID 1.3.6.1.4.1.39165.1.6 and interface MACs 00:A0:69:0B:61:70-73 (IEEE MA-L 00A069: Symmetricom, Inc.); LibreNMS microsemitime OS definition ("SyncServer"): sysObjectID .1.3.6.1.4.1.39165.1.6 or .1.3.6.1.4.1.9070.1.2 (9070: Symmetricom); LibreNMS hikvision.snmprec: 1.3.6.1.4.1.39165.1.6.0 = "Hikvision"',
  url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/microsemitime.snmprec',
}

const pen = (number: number, organization: string, manufacturer: ManufacturerSlug): EnterpriseNumber =>
  ({ number, organization, manufacturer, source: IANA })

/**
 * Enterprise numbers of the covered makers and of the major other makers. Numbers whose registrant
 * is no longer the maker a device of today would come from (HP's 11 is used by HP Inc. and HPE;
 * Motorola's 161 by Motorola Solutions and Motorola Mobility) resolve to the enterprise-network
 * maker, except in branches known to be the other's (`branches`: HP's printers).
 */
export const ENTERPRISE_NUMBERS: readonly EnterpriseNumber[] = [
  {
    ...pen(2011, 'HUAWEI Technology Co.,Ltd', 'huawei'),
    branches: [{ arcs: [10], manufacturer: 'h3c', organization: 'HUAWEI Technology Co.,Ltd, branch 2011.10: the tree of Huawei-3Com (H3C) before its own number', source: HUAWEI_3COM_TREE }],
  },
  pen(34774, 'Huawei Symantec Technologies Co.,Ltd', 'huawei-symantec'),
  pen(25506, 'H3C', 'h3c'),
  pen(3902, 'Zhongxing Telecom Co.,ltd. (abbr. ZTE)', 'zte'),
  pen(40297, 'Hytera Communications Co.,Ltd.', 'hytera'),
  pen(46055, 'Hytera Broadband Products', 'hytera'),
  pen(58597, 'Hytera Austria GmbH', 'hytera'),
  pen(46904, 'Sepura plc', 'sepura'),
  {
    ...pen(39165, 'Hikvision Digital Technology Co., Ltd.', 'hikvision'),
    branches: [{
      arcs: [1, 6], exactly: true, manufacturer: 'symmetricom', source: SYNCSERVER_SYSOBJECTID,
      organization: 'Hikvision Digital Technology Co., Ltd., OID 39165.1.6 itself: the sysObjectID of Symmetricom\'s SyncServer time servers',
    }],
  },
  pen(37496, 'ZHEJIANG DAHUA TECHNOLOGY CO.,LTD', 'dahua'),
  // Not an IANA number (those stay below 100,000): the arc of DAHUA-SNMP-MIB, which Dahua firmware
  // and the OEM products built on it (Intelbras, BCS, Amcrest...) report as their sysObjectID.
  {
    number: 1004849, organization: 'DAHUA-SNMP-MIB (unregistered arc used by Dahua firmware)', manufacturer: 'dahua', unregistered: true,
    source: { title: 'LibreNMS, dahua-nvr OS definition and DAHUA-SNMP-MIB (devices report 1.3.6.1.4.1.1004849)', url: 'https://github.com/librenms/librenms', date: '2026-11-23' },
  },
  // Further registrations of the covered groups' companies, read in IANA's file (copy of
  // 2025-08-22): each names the company, whose group the catalog's dated relations give (New H3C;
  // xFusion, Huawei's server business until its sale in 2021; Norsat, Hytera's from 2017, with its
  // Sinclair division). 34754's "PowerTrunk Inc." has its contact at teltronic.es: PowerTrunk is
  // Teltronic's name in the US (see manufacturers.ts), and Teltronic is in Hytera's group.
  ...([
    [61878, 'New H3C Technologies Co., Ltd', 'h3c'],
    [58132, 'xFusion Digital Technologies Co., Ltd.', 'xfusion'],
    [40560, 'Norsat International Inc.', 'norsat'],
    [53115, 'Sinclair Technologies, a division of Norsat International Inc.', 'norsat'],
    [34754, 'PowerTrunk Inc.', 'teltronic'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_FILE_2025 })),
  pen(23668, 'Kaspersky Lab ZAO', 'kaspersky'),
  pen(28357, 'Research Institute of China Mobile', 'china-mobile'),
  pen(45064, 'China Mobile Hong Kong Company Limited', 'china-mobile'),
  pen(56278, 'China Mobile IoT Company Limited', 'china-mobile'),
  pen(58942, 'China Mobile International Limited', 'china-mobile'),
  pen(49625, 'China Telecom', 'china-telecom'),
  pen(55228, 'China Telecom Global Limited', 'china-telecom'),
  pen(57097, 'China Telecom Fufu Information Technology CO.,LTD.', 'china-telecom'),
  pen(34161, 'CUSI(China unicom system integration limited corporation)', 'china-unicom'),
  pen(9, 'ciscoSystems', 'cisco'),
  pen(5771, 'Cisco Systems, Inc.', 'cisco'),
  pen(5842, 'Cisco Systems', 'cisco'),
  pen(2636, 'Juniper Networks, Inc.', 'juniper'),
  pen(94, 'Nokia', 'nokia'),
  pen(637, 'Nokia', 'nokia'),
  pen(3729, 'Nokia', 'nokia'),
  pen(6527, 'Nokia', 'nokia'),
  pen(7483, "Nokia (Formerly 'Alcatel-Lucent')", 'nokia'),
  pen(193, 'Ericsson AB', 'ericsson'),
  pen(2352, 'Ericsson, Inc.', 'ericsson'),
  pen(30065, 'Arista Networks, Inc.', 'arista'),
  pen(14988, 'MikroTik', 'mikrotik'),
  pen(41112, 'Ubiquiti Networks, Inc.', 'ubiquiti'),
  // airOS radios report 1.3.6.1.4.1.10002.1 (LibreNMS tests/snmpsim/airos.snmprec), but IANA lists 10002
  // as Frogfoot Networks, whose MIB airOS implements: the number is left out rather than given to Ubiquiti.
  // Two numbers that covered makers' devices report are not theirs and are left out too. Hytera
  // repeaters report 1.3.6.1.4.1.26381 (LibreNMS tests/snmpsim/hytera.snmprec), the number of the
  // lwIP TCP/IP stack, whose MIB files say it belongs to the lwIP project: any device built on lwIP
  // may report it. Hikvision recorders report 1.3.6.1.4.1.50001 (hikvision-nvr.snmprec), which IANA
  // lists as Scildon, an unrelated registrant. Their sysDescr names Hikvision instead.
  pen(368, 'Axis Communications AB', 'axis'),
  pen(36849, 'Hanwha Vision Co., Ltd.', 'hanwha-vision'),
  pen(11408, 'Fiberhome Telecommunication Technologies Co.,LTD', 'fiberhome'),
  pen(22508, 'Beijing FiberHome Mobile Technologies Co.,Ltd', 'fiberhome'),
  pen(48155, 'Wuhan FiberHome International Technologies Co., LTD', 'fiberhome'),
  pen(11863, 'TP-Link Systems Inc.', 'tp-link'),
  pen(4526, 'Netgear', 'netgear'),
  {
    ...pen(11, 'Hewlett-Packard', 'hpe'),
    branches: [{ arcs: [2, 3, 9], manufacturer: 'hp-inc', organization: 'Hewlett-Packard, branch 11.2.3.9: network peripherals (printers, Jetdirect), HP Inc.\'s since 2015', source: HP_NET_PERIPHERAL }],
  },
  pen(47196, 'Hewlett Packard Enterprise', 'hpe'),
  pen(14823, 'Aruba, a Hewlett Packard Enterprise company', 'hpe'),
  pen(674, 'Dell Inc.', 'dell'),
  pen(12356, 'Fortinet, Inc.', 'fortinet'),
  pen(25461, 'PALO ALTO NETWORKS', 'palo-alto-networks'),
  pen(236, 'Samsung Electronics Co., LTD.', 'samsung'),
  pen(119, 'NEC Corporation', 'nec'),
  pen(211, 'Fujitsu Limited', 'fujitsu'),
  pen(890, 'ZyXEL Communications Corp.', 'zyxel'),
  pen(171, 'D-Link Systems, Inc.', 'd-link'),
  pen(1271, 'Ciena Corporation', 'ciena'),
  pen(1916, 'Extreme Networks', 'extreme-networks'),
  pen(3967, 'Bosch Sicherheitssysteme Engineering GmbH', 'bosch'),
  pen(5318, 'Robert Bosch GmbH', 'bosch'),
  {
    ...pen(161, 'Motorola', 'motorola-solutions'),
    branches: [{ arcs: [19], manufacturer: 'cambium', organization: 'Motorola, branch 161.19 (whispRoot): the Canopy radios (PMP, PTP), Cambium Networks\' line', source: CANOPY_WHISP_ROOT }],
  },
  pen(46202, 'Avigilon Corporation', 'motorola-solutions'),
  pen(39747, 'Zhejiang Uniview Technologies Co., Ltd.', 'uniview'),
  pen(54999, 'Uniview Europe B.V.', 'uniview'),
  pen(20998, 'Honeywell International Inc', 'honeywell'),
  pen(59646, 'SHENZHEN TENDA TECHNOLOGY CO;LTD', 'tenda'),
  pen(4881, 'Ruijie Networks Co., Ltd.', 'ruijie'),
  pen(8741, 'SonicWALL, Inc.', 'sonicwall'),
  pen(2620, 'Check Point Software Technologies Ltd', 'checkpoint'),
  pen(3375, 'F5 Labs, Inc.', 'f5'),
  pen(12276, 'F5 Networks Inc', 'f5'),
  pen(63, 'Apple Computer, Inc.', 'apple'),
  pen(343, 'Intel Corporation', 'intel'),
  // 4413 (Broadcom) is left out: it is the sysObjectID of Broadcom's reference switch agent, which
  // other makers ship on their switches (LibreNMS tests/snmpsim/edgeswitch.snmprec: a Ubiquiti
  // EdgeSwitch reports the bare 1.3.6.1.4.1.4413, and its EdgeSwitch-SWITCHING-MIB sits under 4413).
  pen(1449, 'QUALCOMM Incorporated', 'qualcomm'),
  // 27282 (Realtek) is left out for the same reason as 4413: switches of other brands built on
  // Realtek's switch chips and their software report it. LibreNMS's edgeswitch definition takes
  // 1.3.6.1.4.1.27282.3.2.10 with a sysDescr of "RTL8380" or "Linux UBNT" for a Ubiquiti switch, and
  // an Almatek AN-SGM10P8A answers "System Object ID: 1.3.6.1.4.1.27282.1.1" in its `show info`.
  ...([
    [43, '3Com', '3com'],
    [664, 'Adtran', 'adtran'],
    [872, 'AVM GmbH', 'avm'],
    [789, 'Network Appliance Corporation', 'netapp'],
    [2356, 'LANCOM Systems', 'lancom'],
    [4115, 'Arris Interactive LLC', 'arris'],
    [7367, 'DrayTek Corporation', 'draytek'],
    [7526, 'snom technology AG', 'snom'],
    [13885, 'Polycom, Inc.', 'poly'],
    [37459, 'Yealink', 'yealink'],
    [42397, 'Grandstream Networks, Inc.', 'grandstream'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  // Network and security makers. 1991 was Foundry's and now stands in Brocade's name (below, as
  // IANA's current file spells it); FastIron/ICX switches kept it after that line went to ARRIS with
  // Ruckus, and NetIron routers after they went to Extreme, so a Ruckus- or Extreme-branded switch
  // reporting it is named by its sysDescr.
  { number: 1991, organization: "Brocade Communication Systems, Inc. (formerly 'Foundry Networks, Inc.')", manufacturer: 'brocade', source: IANA_FILE_2025 },
  ...([
    [1588, 'Brocade Communications Systems, Inc.', 'brocade'],
    [3097, 'WatchGuard Technologies Inc.', 'watchguard'],
    [5624, 'Enterasys Networks', 'enterasys'],
    [5951, 'Netscaler', 'citrix'],
    [2604, 'Sophos Plc', 'sophos'],
    [6889, 'Avaya Communication', 'avaya'],
    // Avaya's Ethernet Routing Switches and the ERS 8000 / VSP line came with Nortel's enterprise
    // business (2009) and kept the numbers of the companies Nortel had bought: SynOptics (45, the
    // BayStack and ERS stackables) and Rapid City (2272, the Passport / ERS 8000 / VSP chassis). That
    // line went on to Extreme Networks in 2017, so an Extreme-branded switch reporting them is named
    // by its sysDescr. Nortel's own registrations (35 "Nortel Networks", 562 "Northern Telecom") name
    // Nortel, not Avaya (below).
    [45, 'SynOptics', 'avaya'],
    [2272, 'Rapid City Communication', 'avaya'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  // Cameras, operator CPE, industrial and cellular makers, read in Wireshark's copy of the IANA
  // file. 122 is Sony's as a whole (its network cameras report it too). 6296 (DASAN Co.) is left
  // out: it is the DASAN parent's number, not DZS's.
  ...([
    [122, 'Sony', 'sony'],
    [207, 'Allied Telesis, Inc.', 'allied-telesis'],
    [259, 'ACCTON Technology', 'accton'],
    [4329, 'Siemens AG', 'siemens'],
    [5504, 'Zhone Technologies, Inc.', 'dzs'],
    [6321, 'Calix Networks', 'calix'],
    [8691, 'Moxa Technologies Co., Ltd.', 'moxa'],
    [20992, 'CradlePoint, Inc.', 'cradlepoint'],
    // The Yamaha of the routers, not Yamaha Motor; 1168, "ICOM Informatique", is not Icom Inc.
    [1182, 'Yamaha Corporation', 'yamaha'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  {
    number: 6486, organization: "Alcatel-Lucent Enterprise (previous was 'Alcatel')", manufacturer: 'ale', source: IANA_VIA_WIRESHARK,
    branches: [{
      arcs: [800, 1, 1, 2, 2, 2], manufacturer: 'hpe', source: ALE_AOS_W,
      organization: "Alcatel-Lucent Enterprise, branch 6486.800.1.1.2.2.2: the OmniAccess WLAN controllers and access points of AOS-W, Aruba Networks' products sold under Alcatel's label",
    }],
  },
  // First read in the makers' own MIBs (RUCKUS-EVENT-MIB; Cambium's ePMP MIB: cambium ::= { enterprises
  // 17713 }), since read in IANA's file (copy of 2025-08-22) and spelled as it spells them.
  ...([
    [25053, 'Ruckus Wireless, Inc.', 'ruckus'],
    [17713, "Cambium Networks Limited (formerly 'PipingHot Networks Limited')", 'cambium'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_FILE_2025 })),
  // IT, storage, server, printer and power makers: read in IANA's file (copy of 2025-08-22).
  // Microsoft's 311 and VMware's 6876 are left out on purpose: the SNMP agents of Windows and of
  // ESXi report them on servers of other makers, so they name the software, not the hardware.
  ...([
    [253, 'Xerox', 'xerox'],
    [318, 'American Power Conversion Corp.', 'apc'],
    [367, 'RICOH Co. Ltd.', 'ricoh'],
    [534, 'Eaton Corporation', 'eaton'],
    [641, 'Lexmark International', 'lexmark'],
    [1248, 'SEIKO EPSON CORPORATION', 'epson'],
    [1347, 'KYOCERA Corporation', 'kyocera'],
    [1602, 'CANON Inc.', 'canon'],
    [2435, 'Brother Industries, Ltd.', 'brother'],
    [2623, 'ASUSTek Computer Inc.', 'asus'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_FILE_2025 })),
  // First read in the makers' own MIBs as LibreNMS ships them (SYNOLOGY-SYSTEM-MIB, SUPERMICRO-SMI,
  // LENOVO-SMI-MIB, QNAP NAS-MIB, each rooted at the number), since read in IANA's file (copy of
  // 2025-08-22) and spelled as it spells them.
  ...([
    [6574, 'Synology Inc.', 'synology'],
    [10876, 'Super Micro Computer Inc.', 'supermicro'],
    [19046, 'Lenovo Enterprise Business Group', 'lenovo'],
    [24681, 'QNAP SYSTEMS, INC', 'qnap'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_FILE_2025 })),
  // Numbers of makers found in LibreNMS's recorded devices (tests/snmpsim, m to z), read in
  // Wireshark's copy of the IANA file. 3224 is NetScreen's: Juniper's ScreenOS firewalls (SSG, ISG)
  // report it (screenos.snmprec), as their SSH server still says "NetScreen". 4874 stands in Juniper's
  // name with Unisphere's: JunosE on the E-series (ERX) routers reports it (LibreNMS's junose OS).
  ...([
    [3224, 'NetScreen Technologies, Inc.', 'juniper'],
    [4874, 'Juniper Networks/Unisphere', 'juniper'],
    [8886, 'Beijing Raisecom Scientific & Technology Development Co., Ltd.', 'raisecom'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  // Chinese network and security makers and Aerohive, read in Wireshark's copy of the IANA file.
  // C-Data's OLTs report 1.3.6.1.4.1.17409 (LibreNMS tests/snmpsim/cdata.snmprec), which IANA lists
  // as the National Standardization Committee of Radio & Television: not C-Data's, so left out.
  // C-Data's own number, 34592, is listed below.
  ...([
    [3320, 'Shanghai Baud Data Communication Development Corp.', 'bdcom'],
    [26928, 'Aerohive Networks, Inc.', 'aerohive'],
    [28557, 'Hillstone Networks Inc', 'hillstone'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  // IANA's file names 13400's registrant "Vertiv Tech Co.,Ltd.", formerly "Emerson Network Power Co.,Ltd."
  // (the name under which it holds the IEEE block 00-09-F5): Vertiv's UPSes answer under it (LibreNMS's
  // vertiv-ups recording: sysObjectID 13400.2.54, sysDescr only "LwIP SNMP Application").
  {
    number: 13400, organization: 'Vertiv Tech Co.,Ltd.', manufacturer: 'vertiv',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt, as copied into Wireshark\'s enterprises.tsv (Debian libwireshark-data 4.0.17-0+deb12u3): 13400 "Vertiv Tech Co.,Ltd." # formerly \'Emerson Network Power Co.,Ltd.\'; LibreNMS tests/snmpsim/vertiv-ups.snmprec: sysObjectID .1.3.6.1.4.1.13400.2.54',
      url: IANA_FILE_2025.url,
    },
  },
  // IANA's file names 5651's registrant Maipu Electric Industrial Co.; Maipu's own MIB (MAIPU-SMI) is
  // rooted at it.
  {
    number: 5651, organization: 'Maipu Electric Industrial Co., Ltd', manufacturer: 'maipu',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (last updated 2025-08-22): 5651 "Maipu Electric Industrial Co., Ltd"; MAIPU-SMI (organization Maipu Data Communication, Inc., as LibreNMS ships it): maipu MODULE-IDENTITY ... ::= { enterprises 5651 }',
      url: IANA_FILE_2025.url, date: IANA_FILE_2025.date,
    },
  },
  // IANA's file names 37950's registrant "v-solution" (contact at v-solution.cn), the name under which V-SOL
  // holds its IEEE blocks (Guangzhou V-Solution ...): V-SOL's EPON OLTs report it as their sysObjectID
  // (LibreNMS's vsolution_v1600d recording, a V1600D), besides the PBN number some of them answer under
  // (see NO_MAKER_ENTERPRISE_NUMBERS).
  {
    number: 37950, organization: 'v-solution', manufacturer: 'v-sol',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (a public copy of the file): 37950 "v-solution", contact Zhiy.lu&v-solution.cn; LibreNMS tests/snmpsim/vsolution_v1600d.snmprec: sysDescr "V1600D", sysObjectID 1.3.6.1.4.1.37950.1.1.5.10.14.1',
      url: 'https://github.com/CamberLoid/iana-tracking/blob/03ca3a523510ccbbcecb5078d7e17b17acaebb47/enterprise-numbers.txt',
    },
  },
  // Makers named in Rapid7 Recog's fingerprints, read in Wireshark's copy of the IANA file. 5596 is
  // TANDBERG's: Cisco's TelePresence codecs kept it (Open-AudIT names 5596.130.6.4.1 and
  // 5596.150.6.4.1 an SX20), and TANDBERG's group is Cisco's from 2010, so a codec of either time
  // falls in the right group. 36 is Digital's (DECservers, Digital UNIX). 216 "Tandberg Data" and
  // 1114 "EFI Electronics" are other companies than TANDBERG and EFI, and are left out.
  ...([
    [36, 'DEC', 'digital-equipment'],
    [1027, 'Mitel, Corp.', 'mitel'],
    [5596, 'Tandberg ASA', 'tandberg'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  // Printer, industrial, cellular, OLT and server makers, read in Wireshark's copy of the IANA file;
  // each is the number the maker's own MIB or its devices use. 1129 stands in the name of TEC
  // Corporation, the name Toshiba TEC bore before it took Toshiba's: Toshiba's e-STUDIO MFPs answer
  // under it (1.3.6.1.4.1.1129.2.3...). 20542 was registered by AirLink Communications, whose ALEOS
  // gateways Sierra Wireless sells (their telnet banner reads "Sierra Wireless Inc.  ALEOS
  // Environment") and whose ALEOS objects sit under 1.3.6.1.4.1.20542.9. Sagemcom's cable modems
  // keep their private objects under 1038.28; C-Data's OLTs answer under 34592 (its
  // CDATA-COMMON-SMI module) besides the 17409 above. Schneider Electric's PowerLogic meters answer
  // under 3833, while the UPSs of APC, its subsidiary, keep APC's 318. Konica's (2364) and Minolta's (2590) numbers
  // from before their merger, and Inspur Group's 48512, are left out: no device was seen under them.
  ...([
    [248, 'Richard Hirschmann GmbH & Co.', 'hirschmann'],
    [1038, 'SAGEMCOM SAS', 'sagemcom'],
    [1129, 'Tec Corporation', 'toshiba-tec'],
    [2001, 'Oki Data Corporation', 'oki'],
    [2136, 'Electronics For Imaging, Inc.', 'efi'],
    [2385, 'SHARP Corporation', 'sharp'],
    [3833, 'Schneider Electric', 'schneider-electric'],
    [18334, 'KONICA MINOLTA HOLDINGS, INC.', 'konica-minolta'],
    [20542, 'AirLink Communications, Inc.', 'sierra-wireless'],
    [34592, 'Shenzhen C-Data Technology Co.,Ltd.', 'c-data'],
    [37945, 'Inspur(BeiJing) Electronic Information Industry Co.,Ltd', 'inspur'],
    [48690, 'Teltonika', 'teltonika'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  // Makers of IEEE blocks common in operator and enterprise networks, read in Wireshark's copy of the
  // IANA file; IBM's 2 as IANA's current file spells it. Allen-Bradley's 95 is listed below, from
  // IANA's current file.
  { number: 2, organization: 'IBM (https://w3.ibm.com/standards )', manufacturer: 'ibm', source: IANA_FILE_2025 },
  ...([
    [35, 'Nortel Networks', 'nortel'],
    [111, 'Oracle', 'oracle'],
    [562, 'Northern Telecom, Ltd.', 'nortel'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  // 95 was Allen-Bradley's (Wireshark's older copy spells it "Allen-Bradely Company"); IANA's current
  // file names Rockwell Automation, Allen-Bradley's owner, as its registrant, with a rockwell.com contact.
  { number: 95, organization: "Rockwell Automation, Inc. (formerly 'Allen-Bradley Company')", manufacturer: 'rockwell-automation', source: IANA_FILE_2025 },
  // Network, wireless, camera, printer and console-server makers, read in Wireshark's copy of the
  // IANA file; each is the number the maker's devices report or its own MIB is rooted at (LibreNMS
  // OS definitions: ceraos, adva, linksys-ss, zebra, vivotek, trendnet, mellanox, eltex-mes23xx,
  // binox; LANTRONIX-MIB; MIMOSA-MIB-TC; Datadog's Peplink profile). Two stand in another name
  // than the maker's: 2281 in that of Giganet Ltd, the name Ceragon Networks bore before it took
  // Ceragon's, and its CeraOS radios answer under it; 738 in that of B.A.T.M. Advance Technologies,
  // the BATM group Telco Systems was part of, and Telco Systems' BiNOX switches answer under it.
  // Zebra's printers also answer under 683 (LibreNMS's zebra definition; GLPI reads their model from
  // ESI-MIB under it), which IANA lists as Extended Systems, Inc.: another company's, left out.
  ...([
    [244, 'Lantronix', 'lantronix'],
    [738, 'B.A.T.M. Advance Technologies', 'telco-systems'],
    [2281, 'Giganet Ltd', 'ceragon'],
    [2544, 'ADVA AG Optical Networking', 'adva'],
    [3955, 'Linksys', 'linksys'],
    [10642, 'Zebra Technologies Corporation', 'zebra'],
    [23465, 'VIVOTEK INC.', 'vivotek'],
    [23695, 'PePLink Ltd.', 'peplink'],
    [28866, 'TRENDnet, Inc.', 'trendnet'],
    [33049, 'Mellanox Technologies LTD', 'mellanox'],
    [35265, 'Eltex Enterprise, Ltd.', 'eltex'],
    [43356, 'Mimosa Networks, Inc', 'mimosa'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  // Operator-network makers, read in IANA's file (copy of 2025-08-22): each registration stands in
  // the maker's name. Sonus registered seven numbers (177, 1556, 2127, 2879, 3948, 5173, 6618), and
  // Ribbon, the company Sonus and GENBAND combined into, one more (52694). 38124 stands in the name of
  // Harmonic France (formerly Thomson Video Networks), with a contact at Harmonic's domain. Infinera's
  // 21296 and Coriant's 42229 now stand in Nokia's name, each "formerly" the maker's: they name the maker that built the device, and the catalog's dated
  // relations (Coriant to Infinera from 2018-10-01, Infinera to Nokia from 2025-02-28) put it in its
  // group. 2509 stands in Aviat Networks' own name, with a contact at Aviat's domain. 4466 is
  // Scopus's, Harmonic's since 2009 (see manufacturers.ts). Two registrations stay out because their
  // text names another company than the maker whose devices report them, and no source tying the
  // two was read here: 1872 "Alteon Networks, Inc." (the Alteon load balancers Radware sells) and
  // 7564 "Clickarrray Networks, Inc." (Array Networks' devices).
  ...([
    [177, 'Sonus Networks, Inc.', 'ribbon'],
    [1949, 'UTStarcom, Inc.', 'utstarcom'],
    [2509, 'Aviat Networks', 'aviat-networks'],
    [2879, 'Sonus Networks, Inc.', 'ribbon'],
    [3054, 'Ixia Communications', 'ixia'],
    [3373, 'SIAE Microelettronica S.p.A.', 'siae-microelettronica'],
    [4458, 'Radwin Ltd.', 'radwin'],
    [4641, 'Tellabs Inc (ADP)', 'tellabs'],
    [11610, 'Sandvine Incorporated', 'sandvine'],
    [20044, 'Ekinops SAS', 'ekinops'],
    [20858, 'Casa Systems, Inc.', 'casa-systems'],
    [21296, "Nokia (formerly 'Infinera Corp.')", 'infinera'],
    [22610, "A10 Networks (previously 'Raksha Networks Inc.')", 'a10-networks'],
    [26866, 'Gigamon Systems LLC', 'gigamon'],
    [31926, 'Siklu Communication LTD', 'siklu'],
    [42229, "Nokia (formerly 'Coriant R&D GmbH')", 'coriant'],
    [4466, "Harmonic Video Network (formerly 'Tadiran Scopus')", 'scopus'],
    [2603, 'Allot Communications', 'allot'],
    [429, 'UTStarcom Incorporated', 'utstarcom'],
    [7064, 'UTStarcom (China) Co., Ltd Shenzhen Branch', 'utstarcom'],
    [1397, 'Tellabs', 'tellabs'],
    [5874, 'Tellabs MNG', 'tellabs'],
    [1556, 'Sonus Networks, Inc.', 'ribbon'],
    [2127, 'Sonus Networks, Inc.', 'ribbon'],
    [3948, 'Sonus Networks, Inc.', 'ribbon'],
    [5173, 'Sonus Networks, Inc.', 'ribbon'],
    [6618, 'Sonus Networks, Inc.', 'ribbon'],
    [52694, 'Ribbon Communications', 'ribbon'],
    [2032, "Mavenir Systems (formerly 'airwide solutions')", 'mavenir'],
    [25979, 'Mavenir Systems, Inc.', 'mavenir'],
    [6718, 'Exfo Fiber Optic Test Equipment', 'exfo'],
    [8255, 'Tejas Networks', 'tejas-networks'],
    [17518, 'Comba Telecom System(Guang Zhou) Ltd.', 'comba'],
    [19454, 'Airspan Networks Inc.', 'airspan'],
    [33824, 'Spirent Communications of Rockville, Inc.', 'spirent'],
    [36141, 'Ubiquoss', 'ubiquoss'],
    [36859, "Ixia (formerly 'BreakingPoint Systems')", 'ixia'],
    [38124, "Harmonic France (formerly 'Thomson Video Networks')", 'harmonic'],
    [40842, 'A10 Networks', 'a10-networks'],
    [41733, 'Parallel Wireless', 'parallel-wireless'],
    [43286, 'Keysight Technologies, Inc.', 'keysight'],
    [51242, 'Ufi Space', 'ufispace'],
    [52257, 'Ufi Space Co., Ltd.', 'ufispace'],
    [53058, 'Baicells', 'baicells'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_FILE_2025 })),
  // Makers of network, power and management equipment found in operator networks, read in IANA's file
  // (copy of 2025-08-22; Debian's libwireshark-data enterprises.tsv lists the same registrants). Each
  // stands in the name of the company that built the devices, and the catalog's dated relations put it in its
  // group where a closing was read (Force10 under Dell, Meru under Fortinet, Metamako under Arista,
  // OneAccess under Ekinops, Avocent under Vertiv; see manufacturers.ts). 43191 is Metamako's, the
  // low-latency line Arista sells as its 7130 series, not Mojo Networks'. 476 and 6302 stand in Vertiv's
  // own name ("formerly" Emerson Computer Power and Emerson Energy Systems), 5003 and 4923 in
  // AudioCodes'. 52674 stands in the name of "Schneider Electric / APC NetBotz": APC's NetBotz line,
  // so it names APC, Schneider Electric's since 2007. NAG's own MIB puts SNR, its switch line, under 40418.
  // Left out: 629 "NBASE Switch Communication" (no source tying NBASE to MRV was read, and MRV is not
  // in the catalog), 1918 "Swichtec Power Systems" (no tie to Eaton read), 8239 "Peribit Networks" (no
  // tie to Juniper read), 11898 "Agere Systems, Inc." (Proxim's Tsunami radios report 11898.2.4.9 in
  // LibreNMS's proxim definition, but no source of how they came to Agere's number was read), 14125
  // "SENAO INTERNATIONAL CO., Ltd." (EnGenius's own MIB is rooted at it, but no source tying EnGenius to
  // Senao was read), and 89 "RND", 705 "Merlin Gerin", 12345 "VWB Group", 27975 "Centec Networks Inc.",
  // 51134 "JWIPC TECHNOLOGY DEVELOPMENT LTD.", 35098 "PICA8 Inc." and 40310 "Cumulus Networks, inc",
  // which devices of several makers report.
  ...([
    [476, "Vertiv (formerly 'Emerson Computer Power')", 'vertiv'],
    [6302, "Vertiv (formerly 'Emerson Energy Systems')", 'vertiv'],
    [3808, 'Cyber Power System Inc.', 'cyberpower'],
    [4923, 'AudioCodes', 'audiocodes'],
    [5003, 'AudioCodes LTD', 'audiocodes'],
    [6027, 'Force10 Networks, Inc.', 'force10'],
    [6141, 'World Wide Packets', 'world-wide-packets'],
    [6339, 'Digital China (Shanghai) Networks Ltd.', 'digital-china-networks'],
    [9694, 'Arbor Networks', 'arbor-networks'],
    [10418, 'Avocent Corporation', 'avocent'],
    [13191, 'OneAccess', 'oneaccess'],
    [15983, 'Meru Networks', 'meru-networks'],
    [17163, 'Riverbed Technology, Inc.', 'riverbed'],
    [27514, 'QTECH LLC', 'qtech'],
    [40418, 'NAG LLC', 'nag-snr'],
    [43191, 'Metamako', 'metamako'],
    [52642, 'FS.COM INC', 'fs-com'],
    [52674, 'Schneider Electric / APC NetBotz', 'apc'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_FILE_2025 })),
  // 3807 stands in the name of the Wuhan Research Institute of Posts and Telecommunications (WRI), the
  // state institute FiberHome belongs to: FiberHome's annual report names FiberHome Technologies Group
  // its controlling shareholder and lists WRI and China Information and Communication Technologies
  // Group (CICT) in its definitions, and a company profile describes FiberHome as a member of WRI
  // (also called FiberHome Technologies Group), which was combined in 2018 with the Telecommunication
  // Science and Technology Research Institute into CICT. FiberHome's switches answer under the number
  // (an S4820-28T-X is 3807.1.482816), so it names FiberHome, the maker of the devices; WRI itself is
  // not in the catalog, and its number does not move FiberHome into another group.
  {
    number: 3807, organization: 'Wuhan Research Institute of Posts and Telecommunications', manufacturer: 'fiberhome',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (last updated 2025-08-22): 3807 "Wuhan Research Institute of Posts and Telecommunications"; FiberHome Telecommunication Technologies, 2020 annual report (600498), definitions: \u6b66\u6c49\u90ae\u79d1\u9662 is \u6b66\u6c49\u90ae\u7535\u79d1\u5b66\u7814\u7a76\u9662\u6709\u9650\u516c\u53f8, \u70fd\u706b\u79d1\u6280 the controlling shareholder \u70fd\u706b\u79d1\u6280\u96c6\u56e2\u6709\u9650\u516c\u53f8, \u4e2d\u56fd\u4fe1\u79d1 \u4e2d\u56fd\u4fe1\u606f\u901a\u4fe1\u79d1\u6280\u96c6\u56e2\u6709\u9650\u516c\u53f8; mdkpw.com: \u70fd\u706b\u901a\u4fe1 is a member of \u6b66\u6c49\u90ae\u7535\u79d1\u5b66\u7814\u7a76\u9662(\u70fd\u706b\u79d1\u6280\u96c6\u56e2), which joined \u7535\u4fe1\u79d1\u5b66\u6280\u672f\u7814\u7a76\u9662 in 2018 in \u4e2d\u56fd\u4fe1\u606f\u901a\u4fe1\u79d1\u6280\u96c6\u56e2; switch inventory scripts name sysObjectID .1.3.6.1.4.1.3807.1.482816 a FiberHome S4820-28T-X',
      url: IANA_FILE_2025.url, date: IANA_FILE_2025.date,
    },
  },
  // 4998 stands in the name of Cadant, whose CMTS ARRIS sells: ARRIS's guide to the Cadant C3 calls
  // Cadant a trademark of ARRIS, and the C4 CMTS reports 4998.2.1. ARRIS is CommScope's from 2019.
  {
    number: 4998, organization: 'Cadant Inc.', manufacturer: 'arris',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (last updated 2025-08-22): 4998 "Cadant Inc."; ARRIS, Cadant C3 CMTS Installation, Operation, and Maintenance Guide (Release 3.0, March 2004, (c) 2003, 2004 ARRIS): "Cadant is a registered trademark of ARRIS Licensing Company"; device tables name sysObjectID .1.3.6.1.4.1.4998.2.1 "ARRIS CADANTC4", and Checkmk\'s arris_cmts checks detect the CMTS by it',
      url: 'https://www.scribd.com/document/409788173/c3-cadant-pdf',
    },
  },
  // 2684 stands in the name of ViaVideo, which Polycom acquired in January 1998; Polycom's ViewStation
  // objects sit under it.
  {
    number: 2684, organization: 'ViaVideo Communications, Inc.', manufacturer: 'poly',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (last updated 2025-08-22): 2684 "ViaVideo Communications, Inc."; Polycom, Inc., Form 8-K of 16 Jan 1998, Item 2, Acquisition or disposition of assets: "On January 2, 1998, the Registrant acquired V..." (the copy read breaks off there), and Form S-8 of 30 Jan 1998 registering the ViaVideo 1996 Stock Option/Stock Issuance Plan; Centreon\'s Polycom plugin reads polycomVSPhoneNumber at .1.3.6.1.4.1.2684.1.1.2.0',
      url: 'https://www.incjournal.com/cik/1010/552/1998/og98W2XG9OQuBy2.shtml',
      date: '1998-01-16',
    },
  },
  // Numbers that monitoring tools map to device OSes (LibreNMS's OS definitions and detection tests,
  // Observium's os.inc.php), read in IANA's file (copy of 2025-08-22), each in the name of the maker
  // of the devices: Infoblox's NIOS appliances (7779.1), Acme Packet's session border controllers
  // (9148.1; Oracle's from 2013), Digi's and Patton's devices (332.11.6, 1768.100.4), ADVA's older
  // number (1671, besides 2544), Server Technology's Sentry PDUs (1718.3). 29789 stands in Red Lion's
  // name with BlueTree Wireless Data's, its contact at Red Lion's domain (besides Sixnet's 20540 below).
  ...([
    [332, 'Digi International', 'digi-international'],
    [1671, 'ADVA Optical Networking Ltd.', 'adva'],
    [1718, 'Server Technology Inc.', 'server-technology'],
    [1768, 'Patton Electronics Company', 'patton-electronics'],
    [7779, 'InfoBlox Inc.', 'infoblox'],
    [9148, 'Acme Packet', 'acme-packet'],
    [29789, 'Red Lion Controls (BlueTree Wireless Data, Inc.)', 'red-lion'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_FILE_2025 })),
  // The same, read in Wireshark's copy of the IANA file, each registrant the maker: ALAXALA, DPtech,
  // Barracuda (10704 stands in the name of its Austrian company, formerly phion), Waystream (formerly
  // PacketFront), MICROSENS (3181.10.3), RACOM, Opengear's console servers (25049.1.81; Digi's from
  // 2019), Raritan, Delta's UPSs (2254.2.4), Alvarion's BreezeACCESS and BreezeMAX radios (12394.4.1,
  // 12394.1), Exalt's radios (25651.1.2), SAF Tehnika and Sub10 (7571.100.1.1.5, 39003), PLANET and
  // Netonix (10456.1.1516, 46242), bintec (272.4.201), BTI's optical platforms (18070.2.2; Juniper's
  // from 2016) and Red Lion's Sixnet devices. 8744 is Colubris's: LibreNMS's hpmsm OS (HP's MSM
  // wireless devices) is detected by 8744.1; Techworld reported HP ProCurve's purchase of Colubris,
  // but no closing was read, so the number names Colubris, not HP. 15397 stands in Sandvine's name:
  // the PacketLogic appliances report 15397.2 (LibreNMS's procera, Observium's plos). 21239 stands in
  // Vertiv's name (formerly Geist's): Geist's PDUs and climate monitors report 21239.2 and 21239.5.
  // 1411 stands in Juniper's name with Funk Software's: LibreNMS's juniperex2500os is 1411.102.
  // 9070 is Symmetricom's: LibreNMS's microsemitime (SyncServer) OS answers to 9070.1.2 besides 39165.1.6.
  // 6066 is Occam Networks', Calix's from 2011: LibreNMS's calix OS answers to 6066.1.44 besides 6321.
  // 1429 is Scientific-Atlanta's, Cisco's from 2006: Cisco's EPC cable gateways kept it (LibreNMS's
  // ciscoepc.snmprec, an EPC3940L, reports 1429.3940.3.2.1.1.0).
  ...([
    [272, 'BinTec Communications GmbH', 'bintec'],
    [1411, 'Juniper Networks/Funk Software', 'juniper'],
    [1429, 'Scientific-Atlanta, Inc.', 'scientific-atlanta'],
    [2254, 'Delta Electronics, Inc.', 'delta-electronics'],
    [3181, 'MICROSENS GmbH & Co. KG', 'microsens'],
    [7571, 'SAF tehnika', 'saf-tehnika'],
    [8744, 'Colubris Networks Inc.', 'colubris'],
    [6066, 'Occam Networks, Inc.', 'occam-networks'],
    [9070, 'Symmetricom', 'symmetricom'],
    [9303, 'Waystream AB', 'waystream'],
    [10456, 'PLANET Technology Corp.', 'planet-technology'],
    [10704, "Barracuda Networks AG (previous was 'phion Information Technologies')", 'barracuda'],
    [12394, 'Alvarion Ltd.', 'alvarion'],
    [13742, 'Raritan Computer, Inc.', 'raritan'],
    [15397, 'Sandvine Corporation', 'sandvine'],
    [18070, 'BTI Photonic Systems', 'bti-systems'],
    [20540, 'Red Lion Controls (SIXNET)', 'red-lion'],
    [21239, 'Vertiv', 'vertiv'],
    [21839, 'ALAXALA Networks Corporation', 'alaxala'],
    [25049, 'Opengear Inc.', 'opengear'],
    [25651, 'Exalt Communications', 'exalt-communications'],
    [31648, 'HANGZHOU DPTECH Technologies Co., Ltd.', 'dptech'],
    [33555, 'RACOM s.r.o.', 'racom-sro'],
    [39003, 'Sub10 Systems Ltd.', 'sub10'],
    [46242, 'Netonix', 'netonix'],
  ] as const).map(([number, organization, manufacturer]) => ({ number, organization, manufacturer, source: IANA_VIA_WIRESHARK })),
  // Left out from the same lists: 16972 "DSL Terminal Remote Management Alliance" (an industry
  // alliance, not a maker), 2955 "PSINet UK Ltd." (a network operator, not a maker), 42 "Sun
  // Microsystems" (42.2.1.1 is the SNMP agent of Solaris, which runs on other makers' servers), 935
  // "Phoenixtec Power Co., Ltd." (LibreNMS's powerwalker OS answers to it: another brand than the
  // registrant, and no tie between them was read), 7244 "Quanta Computer Inc." (LibreNMS's quanta OS
  // answers to it and to Broadcom's 4413 alike; Quanta is not in the catalog, and adding it would also
  // give it the IEEE blocks registered in its name, which wants a review of its own), and numbers of
  // companies bought by makers in the catalog for which no source tying the registrant to the buyer
  // was read here: 5528 "NetBotz" (APC's NetBotz before
  // 52674), 14525 "Trapeze Networks, Inc" (Juniper's WLAN), 388 "Symbol Technologies, Inc.", 3417
  // "CacheFlow Inc." (Blue Coat's ProxySG), 6983 "Sofaware Technologies" (Check Point's Embedded
  // NGX), 12532 "Neoteris, Inc." (Juniper's IVE), 1751 "Lucent Technologies" and 5567 "Riverstone
  // Networks".
  // 1795 is Paradyne's: its DSLAMs report it (a device table names 1795.1.14.9.8.4 a "PARADYNE ATT
  // DSLAM8810"), and Observium's zhonedslam OS ("Zhone DLSAM") answers to it, as the line went on under
  // Zhone, now DZS. It names Paradyne, which the catalog's dated relation puts in DZS's group.
  {
    number: 1795, organization: 'Paradyne', manufacturer: 'paradyne',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (last updated 2025-08-22): 1795 "Paradyne" (contact at eng.paradyne.com); Observium includes/definitions/os.inc.php: zhonedslam ("Zhone DLSAM") matches sysObjectID .1.3.6.1.4.1.1795; a device table names .1.3.6.1.4.1.1795.1.14.2.4.5.1 "PARADYNE ATM-9580" and .1.3.6.1.4.1.1795.1.14.9.8.4 "PARADYNE ATT DSLAM8810"',
      url: 'https://github.com/pgmillon/observium/blob/master/includes/definitions/os.inc.php',
    },
  },
  // 3709 stands in the name of Teracom Telemática, the legal name of the Brazilian maker DATACOM,
  // whose switches and routers report it (LibreNMS's datacom).
  {
    number: 3709, organization: 'Teracom Telematica Ltda.', manufacturer: 'teracom-datacom',
    source: {
      title: 'IANA Private Enterprise Numbers, as copied into Wireshark (3709 "Teracom Telematica Ltda."); Teletime (24 Nov 2010): "A Teracom Telemática Ltda, razão social da brasileira Datacom"; LibreNMS OS detection test: sysObjectID .1.3.6.1.4.1.3709 is the datacom OS',
      url: 'https://teletime.com.br/24/11/2010/teracom-deve-ser-a-grande-vencedora-do-leilao-de-rede-ipmpls-da-telebras/',
      date: '2010-11-24',
    },
  },
  // Makers of storage arrays, UPS network cards, PDUs, environment monitors and industrial switches,
  // read in IANA's file (copy of 2025-08-22), each the number the maker's devices report as their
  // sysObjectID or answer objects under, as monitoring tools detect them. 24062 stands in the name of
  // Beijer Electronics Corp., the Taiwanese company of the Beijer group, which owns Korenix: Korenix's
  // JetNet switches report it. 5491 stands in the name of "UPS Manufacturing", its contact at Riello
  // UPS: the NetMan cards of Riello's UPSs report it. Left out: 17373 "IT Watchdogs, Inc." (Aphel's
  // Genesis II PDUs report it as their sysObjectID too, in NUT's snmp-ups driver, besides IT
  // Watchdogs' own Weather Goose), 29640 "AP Nederland BV" (Observium calls the PDUs that report
  // 29640.1.2.4 "OEC PDU", a brand no source tied to the registrant), 35251 "AWIND Inc" (no device
  // was seen under it) and 11606 "Pacific Broadbank Networks" (V-SOL's OLTs answer under it as PBN's
  // own devices do; see NO_MAKER_ENTERPRISE_NUMBERS).
  ...([
    [1139, 'EMC Corp', 'emc', 'Checkmk: the EMC VPLEX checks read vplexDirector objects under .1.3.6.1.4.1.1139.21.2.2 (DETECT_VPLEX: an empty sysDescr and objects under 1139.21.2.2.8.1); Unity traps .1.3.6.1.4.1.1139.103.1.18.2.x', 'https://github.com/Checkmk/checkmk'],
    [12740, 'EqualLogic', 'equallogic', 'LibreNMS equallogic OS ("Dell EqualLogic", storage): sysObjectID .1.3.6.1.4.1.12740.17.1 and .1.3.6.1.4.1.12740.12.1.', 'https://github.com/librenms/librenms/blob/master/resources/definitions/os_detection/equallogic.yaml'],
    [11096, 'BlueArc, part of Hitachi Data Systems', 'bluearc', 'Checkmk hitachi_hnas checks (BLUEARC-SERVER-MIB): detected by a sysObjectID under .1.3.6.1.4.1.11096.6', 'https://github.com/Checkmk/checkmk'],
    [5491, 'UPS Manufacturing', 'riello-ups', 'contact at riello-ups.com; Observium includes/definitions/os.inc.php: netmanplus ("NetMan Plus", UPS) matches sysObjectID .1.3.6.1.4.1.5491.6; FusionInventory\'s UPS MIB support: riello => .1.3.6.1.4.1.5491', 'https://github.com/pgmillon/observium/blob/master/includes/definitions/os.inc.php'],
    [28507, 'Gude Analog- und Digitalsysteme GmbH', 'gude', 'Observium includes/definitions/os.inc.php: gude-epc ("Gude Expert Power Control", GUDEADS-EPC8X-MIB) matches .1.3.6.1.4.1.28507.1 and .6, gude-pdu ("Gude Expert PDU") .28507.23, .27 and .35; Checkmk\'s pdu_gude_8301 check detects sysObjectID .1.3.6.1.4.1.28507.26', 'https://github.com/pgmillon/observium/blob/master/includes/definitions/os.inc.php'],
    [20916, 'AVTECH Software, Inc.', 'avtech-software', 'LibreNMS avtech OS ("Avtech Environment Sensor"): sysObjectID .1.3.6.1.4.1.20916.1. and .1.3.6.1.4.1.20916 (Room Alert)', 'https://github.com/librenms/librenms/blob/master/resources/definitions/os_detection/avtech.yaml'],
    [21796, 'HW group s.r.o', 'hw-group', 'Checkmk hwg_temp and hwg_humidity checks read .1.3.6.1.4.1.21796.4.1.3.1 on devices whose sysDescr contains "hwg", and the damocles2 checks .1.3.6.1.4.1.21796.3.4.1.1; Poseidon units report a sysObjectID under .1.3.6.1.4.1.21796.3', 'https://github.com/Checkmk/checkmk'],
    [5040, 'Wiesemann & Theis GmbH', 'wiesemann-theis', 'Observium includes/definitions/os.inc.php: the W&T WebGraph thermometers (environment, WebGraph-8xThermometer-US-MIB) match sysObjectID .1.3.6.1.4.1.5040.1; Checkmk\'s wut_webio check reads the Web-IO objects under .1.3.6.1.4.1.5040.1.2', 'https://github.com/pgmillon/observium/blob/master/includes/definitions/os.inc.php'],
    [1909, 'Infratec plus GmbH', 'infratec-plus', 'Observium includes/definitions/os.inc.php: infratec-rms ("Infratec RMS", environment) matches sysObjectID .1.3.6.1.4.1.1909.10; Checkmk\'s rms200_temp (cmk/plugins/infratec_plus) detects sysObjectID .1.3.6.1.4.1.1909.13', 'https://github.com/pgmillon/observium/blob/master/includes/definitions/os.inc.php'],
    [32050, 'PacketFlux Technologies, Inc.', 'packetflux', 'Observium includes/definitions/os.inc.php: sitemonitor ("PacketFlux SiteMonitor", environment, PACKETFLUX-MIB) matches sysObjectID .1.3.6.1.4.1.32050', 'https://github.com/pgmillon/observium/blob/master/includes/definitions/os.inc.php'],
    [24062, 'Beijer Electronics Corp.', 'korenix', 'Observium includes/definitions/os.inc.php: korenix-jetnet (Korenix JetNet switches) matches sysObjectID .1.3.6.1.4.1.24062.2.1, .2.2 and .2.3; Elektroniknet: Beijer Electronics took its stake in Korenix of Taipei to 92% and put it with Westermo', 'https://github.com/pgmillon/observium/blob/master/includes/definitions/os.inc.php'],
  ] as const).map(([number, organization, manufacturer, seen, url]) => ({
    number, organization, manufacturer,
    source: { title: `${IANA_FILE_2025.title}: ${number} "${organization}"; ${seen}`, url },
  })),
  // 29671 (Meraki's cloud-managed devices, 29671.1 and 29671.2) and 3607 (Cerent's: the ONS 15454
  // optical platforms report 3607) are those of companies Cisco bought, and name Cisco, as 3224 names
  // Juniper: the catalog already counts Meraki as Cisco's, and the ONS line is Cisco's since its
  // purchase of Cerent (announced in August 1999; EE Times calls Cerent acquired by August 2000).
  {
    number: 29671, organization: 'Meraki Networks, Inc.', manufacturer: 'cisco',
    source: {
      title: 'IANA Private Enterprise Numbers, as copied into Wireshark (29671 "Meraki Networks, Inc."); Observium os.inc.php: meraki ("Cisco Meraki") matches .1.3.6.1.4.1.29671.1 and .29671.2; Cisco Meraki (encyclopedia page): Cisco announced its intent to acquire Meraki in November 2012, a deal completed in December of that year',
      url: 'https://probsee.com/p/Cisco_Meraki',
    },
  },
  {
    number: 3607, organization: 'Cerent Corporation', manufacturer: 'cisco',
    source: {
      title: 'IANA Private Enterprise Numbers, as copied into Wireshark (3607 "Cerent Corporation"); Observium os.inc.php: cisco-ons ("Cisco Cerent ONS") matches .1.3.6.1.4.1.3607.; Cisco, "Cisco Systems to acquire Cerent Corporation and Monterey Networks" (26 Aug 1999); EE Times (4 Aug 2000): Carl Russo was chief executive of Cerent when it was acquired by Cisco, and Cerent\'s ONS 15454 "has lots of traction"',
      url: 'https://newsroom.cisco.com/c/r/newsroom/en/us/a/y1999/m08/cisco-systems-to-acquire-cerent-corporation-and-monterey-networks-for-combined-7-4-billion.html',
      date: '1999-08-26',
    },
  },
  // 232 is Compaq's, but HP kept Compaq's management MIBs (the cpq* tree) for its ProLiant servers,
  // and iLO 4 reports 1.3.6.1.4.1.232.9.4.10 as its sysObjectID: it names HPE, whose servers
  // those are, not Compaq.
  {
    number: 232, organization: 'Compaq', manufacturer: 'hpe',
    source: {
      title: 'IANA Private Enterprise Numbers as copied into Wireshark epan/sminmpec.c (232 "Compaq"); Observium includes/definitions/os.inc.php, hpilo: sysObjectID .1.3.6.1.4.1.232.9.4.10 is "iLO 4"',
      url: 'https://github.com/pgmillon/observium/blob/master/includes/definitions/os.inc.php',
    },
  },
  // Network, security and storage makers already in the catalog, read in a public copy of IANA's file,
  // each registration in the maker's own name (141 "formerly" Frontier Software Development, 278
  // "formerly" Hitachi Cable, both with their contacts at the maker's domain; 1981 with its contact
  // at EMC's), and, where a monitoring tool was read, the number the maker's devices answer under.
  // Left out from the same reading: 41263 "Nutanix Inc." (the objects under it describe
  // Nutanix's cluster software, its clusters, containers and virtual machines as Centreon's plugin
  // reads them, and Nutanix is not in the catalog), 2076 "Future Software" (a maker of protocol
  // software, not of devices), 12325 "Fraunhofer FOKUS" (a research institute), and 3717 "GeNUA
  // mbH", 5205 "Ruby Tech Corp." and 12148 "ELTEK Energy AS" (makers not in the catalog).
  ...([
    [141, "NetScout Systems, Inc. (formerly 'Frontier Software Development')", 'netscout', 'contact at netscout.com; a FirstWave SNMP vendor file for NetScout names the manufacturer "Netscout Systems, Inc." and reads the serial number at .1.3.6.1.4.1.141.61.1.0'],
    [278, "APRESIA Systems, Ltd. (formerly 'Hitachi Cable, Ltd.')", 'apresia', 'contact at apresiasystems.co.jp'],
    [1981, 'EMC CLARiiON Advanced Storage Solutions', 'emc', 'contact at emc.com; LibreNMS\'s OS detection test: the flareos OS answers to sysObjectID .1.3.6.1.4.1.1981.1.1'],
    [20632, 'Barracuda Networks, Inc.', 'barracuda', 'contact at barracudanetworks.com; Checkmk\'s Barracuda checks (cmk.plugins.barracuda) read .1.3.6.1.4.1.20632.2.5, and a check_mk plugin for a Barracuda WAF .1.3.6.1.4.1.20632.8'],
    [35047, 'Sangfor Technologies Co.,Ltd.', 'sangfor', 'contact at sangfor.com.cn; SANGFOR-GENERAL-MIB objects as polled on a Sangfor SG: CPU use at .1.3.6.1.4.1.35047.1.3.0, online users at .1.3.6.1.4.1.35047.2.1.1.1.0'],
    // Peplink's first name (its routers are still sold as Pepwave); beside 23695 "PePLink Ltd.".
    [27662, 'PePWave Ltd.', 'peplink', 'contact at pepwave.com; LibreNMS tests/snmpsim/pepwave.snmprec: a Pepwave MAX HD4 reports sysObjectID .1.3.6.1.4.1.27662 and answers its model under Peplink\'s 23695 (.1.3.6.1.4.1.23695.200.1.1.1.1.1.0 "Pepwave MAX HD4")'],
  ] as const).map(([number, organization, manufacturer, seen]) => ({
    number, organization, manufacturer,
    source: { title: `IANA, Private Enterprise Numbers, enterprise-numbers.txt (a public copy of the file): ${number} "${organization}"; ${seen}`, url: IANA_FILE_COPY },
  })),
  // 40482 is Pure Storage's own registration: LibreNMS's purestorage OS (storage; sysDescr Pure
  // Storage, FlashArray or Purity) answers to sysObjectIDs under it.
  {
    number: 40482, organization: 'Pure Storage', manufacturer: 'pure-storage',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (a public copy of the file): 40482 "Pure Storage", contact at purestorage.com; LibreNMS resources/definitions/os_detection/purestorage.yaml ("Pure Storage", type storage): sysObjectID .1.3.6.1.4.1.40482 and .1.3.6.1.4.1.40482., sysDescr /Pure.*Storage/i, /FlashArray/i, /Purity/i',
      url: 'https://github.com/librenms/librenms/blob/master/resources/definitions/os_detection/purestorage.yaml',
    },
  },
  // Numbers of companies Cisco bought, whose product lines went on as Cisco's and kept them, as 29671
  // (Meraki) and 3607 (Cerent) do: Airespace's wireless LAN controllers (Checkmk counts
  // 14179.1.1.4.3 among the sysObjectIDs of Cisco's WLCs), Altiga's VPN 3000 concentrators
  // (3076.1.2.1.1.x, whose sysDescr reads "Cisco Systems, Inc./VPN 3000 Concentrator") and
  // IronPort's AsyncOS appliances (15497.1.2, "Cisco IronPort Model C160").
  // Airespace also sold its controllers through Alcatel, NEC and Nortel under their labels: those
  // too are of Airespace's make, now Cisco's, as the OmniAccess WLAN products under 6486 are named by
  // Aruba's maker rather than by the label.
  {
    number: 14179, organization: "Airespace, Inc (formerly 'Black Storm Networks')", manufacturer: 'cisco',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (a public copy of the file): 14179 "Airespace, Inc (formerly \'Black Storm Networks\')", contact at airespace.com; Checkmk, Cisco WLC sections: sysObjectID .1.3.6.1.4.1.14179.1.1.4.3 among the Cisco WLC device OIDs; CNET, "Cisco buys wireless start-up for $450 million" (Cisco will buy wireless switch start-up Airespace, closing expected by April 30); Baseline, "Cisco Systems: A Patient Predator": in March, Cisco bought Airespace; Le Monde Informatique: Alcatel, NEC and Nortel Networks had OEM partnerships with Airespace',
      url: 'https://www.cnet.com/news/cisco-buys-wireless-start-up-for-450-million/',
    },
  },
  {
    number: 3076, organization: 'Altiga Networks, Inc.', manufacturer: 'cisco',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (a public copy of the file): 3076 "Altiga Networks, Inc.", contact at altiga.com; Observium includes/definitions/os.inc.php: cisco-altiga ("Cisco VPN Concentrator", vendor Cisco) matches sysObjectID .1.3.6.1.4.1.3076.1.2.1.1.2.1 (Cisco VPN3005), .1.3.6.1.4.1.3076.1.2.1.1.1.1 (Cisco/Altiga C10/15/20/30/50/60) and .1.3.6.1.4.1.3076.1.2.1.1.1.2 (Cisco VPN3015/3030/3060), with sysDescr "Cisco Systems, Inc./VPN 3000 Concentrator Series Version 2.5.Rel Jun 21 2000"',
      url: OBSERVIUM_OS_DEFINITIONS,
    },
  },
  {
    number: 15497, organization: 'IronPort Systems, Inc.', manufacturer: 'cisco',
    source: {
      title: 'IANA, Private Enterprise Numbers, enterprise-numbers.txt (a public copy of the file): 15497 "IronPort Systems, Inc.", contact at ironport.com; Observium includes/definitions/os.inc.php: asyncos ("Cisco IronPort") matches sysObjectID .1.3.6.1.4.1.15497.1.2, sysDescr "Cisco IronPort Model C160, AsyncOS Version: 7.6.2-014"; Cisco IT at Work: Cisco acquired IronPort in January 2007',
      url: 'https://www.cisco.com/web/about/ciscoitatwork/news/082320071.html',
    },
  },
]

/**
 * Enterprise numbers that devices of other makers report, so that they name no maker even when a
 * refreshed IANA file (`catalog update --enterprise`) gives a registrant the catalog knows: the
 * registrant wrote the software, or is unrelated to what reports its number. Each is explained
 * where ENTERPRISE_NUMBERS leaves it out.
 */
export const NO_MAKER_ENTERPRISE_NUMBERS: ReadonlyMap<number, string> = new Map([
  [311, "Microsoft's: the SNMP agent of Windows, on servers of every maker"],
  // NET-SNMP-MIB puts netSnmp at enterprises 8072 and its netSnmpAgentOIDs (linux .3.2.10) under it;
  // UCD-SNMP-MIB, its predecessor's, ucdavis at 2021 (its agents report 2021.250.<platform>).
  [8072, "Net-SNMP's: the default sysObjectID of its agent (8072.3.2.10 on Linux), which firmware of every maker runs unchanged"],
  [2021, "UC Davis' (UCD-SNMP, Net-SNMP's predecessor): the default sysObjectID of its agent (2021.250.<platform>), on devices of every maker"],
  [6876, "VMware's: the SNMP agent of ESXi, on servers of every maker"],
  [4413, "Broadcom's: its reference switch software, which other makers ship (a Ubiquiti EdgeSwitch reports it)"],
  [27282, "Realtek's: the software of its switch chips, which other brands ship (Ubiquiti and Almatek switches report it)"],
  [10002, "Frogfoot Networks': airOS radios (Ubiquiti) report it, as they implement its MIB"],
  [26381, "the lwIP TCP/IP stack's: any device built on lwIP may report it (Hytera repeaters do)"],
  [50001, "Scildon's, an unrelated registrant: Hikvision recorders report it"],
  [17409, "the National Standardization Committee of Radio & Television's: C-Data OLTs report it"],
  [11606, "Pacific Broadband Networks' (PBN, registered as \"Pacific Broadbank Networks\"): V-SOL's OLTs answer under it too"],
])

/**
 * The latest day the catalog's enterprise numbers were read in IANA's registry (the dates of their
 * IANA sources): how current the shipped numbers are.
 */
export function curatedEnterpriseDate(numbers: readonly EnterpriseNumber[] = ENTERPRISE_NUMBERS): string | undefined {
  let latest: string | undefined
  for (const n of numbers) {
    const { url, date } = n.source
    if (date !== undefined && url?.startsWith('https://www.iana.org/') && (latest === undefined || date > latest)) latest = date
  }
  return latest
}
