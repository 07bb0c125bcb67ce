import type { Source } from '../domain/manufacturer.js'
import type { NameAliases } from './org-name.js'

/** Where the spellings below come from. */
export const REGISTRY_ALIASES_SOURCE: Source = {
  title: 'IEEE registry (MA-L, MA-M, MA-S, IAB, CID), organisation names as registered',
  url: 'https://regauth.standards.ieee.org/standards-ra-web/pub/view.html#registries',
  date: '2026-05-21',
}

/**
 * Organisation names as the IEEE registries spell them, for the manufacturers whose blocks must
 * all resolve (the covered groups and their subsidiaries and brands), plus the coined brand words
 * that identify a manufacturer wherever they appear. Names that only look alike stay out on
 * purpose; the tests check them:
 *
 * - "Teltronic AG" (Biberist, CH) is not Teltronic S.A.U. (Zaragoza, ES; Sepura's from 2015, in
 *   Hytera's group from 2017);
 *   "Teltronics, Inc." (Texas) neither.
 * - "SHENZHEN HONOR ELECTRONIC CO.,LTD" is not Honor Device Co., Ltd.
 * - "Shanghai Dahua Scale Factory" makes weighing scales, not Zhejiang Dahua's cameras.
 * - "JOREX LOREX INDIA PRIVATE LIMITED" is not Lorex Technology.
 * - "ZTEC Instruments", "ANHUI WANZTEN P&T", "Wuxi Zhongxing Optoelectronics" and
 *   "Hangzhou Zhongxinghui Intelligent Technology" are not ZTE.
 * - "Symantec Corporation" alone is not Huawei Symantec.
 * - "WatchGuard Video" (Plano, Texas; police body and in-car cameras) is not WatchGuard
 *   Technologies (Seattle; firewalls).
 * - "Ifoundry Systems Singapore" and "Shenzhen Afoundry Electronic" are not Foundry Networks, whose
 *   blocks the registry now lists under Brocade.
 * - "Tandberg Data ASA", "Tandberg Storage ASA" and "TANDBERG TELEVISION AS" are not TANDBERG
 *   (video conferencing, Cisco's since 2010); "Hangzhou Zhongchuan Digital Equipment" is not Digital
 *   Equipment Corporation; "ARMITEL Co." is not Mitel.
 * - Of the many Toshiba registrants only "Toshiba TEC Corporation" (copiers, label printers) is
 *   Toshiba TEC; "Toshiba Teli", "Toshiba Toko Meter Systems", "Toshiba Global Commerce Solutions",
 *   the joint ventures and Toshiba Corporation itself are not. "OKI DENKI BOHSAI" and "Oki Seatec"
 *   are not OKI (Oki Electric Industry).
 *
 * Entries whose slug the catalog lacks are ignored by `buildNameResolver` (they wait for the
 * catalog to list that manufacturer; none at the time of writing).
 * Huawei's former server business xFusion resolves by its catalog name; the catalog bounds its
 * Huawei parent at the sale (5 Nov 2021), as it does Honor's.
 */
export const REGISTRY_ALIASES: readonly NameAliases[] = [
  // Huawei group
  {
    manufacturer: 'huawei',
    names: [
      'HUAWEI TECHNOLOGIES CO.,LTD',
      'Huawei Technologies Co., Ltd.',
    ],
    // EchoLife (its home gateways and ONTs) and SmartAX (its access nodes and DSL modems) are Huawei's
    // own product-line words: a text that names one names Huawei, as weakly as its name does.
    tokens: ['huawei', 'echolife', 'smartax'],
  },
  // Joint venture with Symantec (2008), wholly Huawei's since 2012.
  { manufacturer: 'huawei-symantec', names: ['Huawei Symantec Technologies Co.,Ltd.'] },
  { manufacturer: 'huawei-device', names: ['Huawei Device Co., Ltd.'] },
  { manufacturer: 'hisilicon', names: ['Hisilicon Technologies Co., Ltd'], tokens: ['hisilicon'] },
  { manufacturer: 'honor', names: ['Honor Device Co., Ltd.'] },
  // Both spellings the registry uses (441A4C "Co.,Ltd.", 347379 and CID 2A0BB8 "Co., Limited").
  { manufacturer: 'xfusion', names: ['xFusion Digital Technologies Co.,Ltd.', 'xFusion Digital Technologies Co., Limited'], tokens: ['xfusion'] },
  // ZTE group
  {
    manufacturer: 'zte',
    names: [
      'zte corporation',
      // ZTE's name in full is Zhongxing Telecommunication Equipment; this early block is ZTE's.
      'ZHONGXING TELECOM LTD.',
      // Registered at ZTE's H block, Zhangjiang Hi-Tech Park, Shanghai.
      'SHANGHAI ZTE TECHNOLOGIES CO.,LTD',
    ],
    tokens: ['zte'],
  },
  { manufacturer: 'nubia', names: ['Nubia Technology Co.,Ltd.'] },
  { manufacturer: 'sanechips', names: ['Sanechips Technology Co., Ltd.'], tokens: ['sanechips'] },
  // Hikvision group
  {
    manufacturer: 'hikvision',
    names: ['Hangzhou Hikvision Digital Technology Co.,Ltd.', 'Prama Hikvision India Private Limited'],
    tokens: ['hikvision'],
  },
  { manufacturer: 'ezviz', names: ['Hangzhou Ezviz Software Co.,Ltd.'], tokens: ['ezviz'] },
  // Hikvision's own brands, coined words a text names them by anywhere ("HiWatch DS-I114W",
  // "HiWatch  DS-H216QA(B)" in users' reports): no registry name holds either.
  { manufacturer: 'hiwatch', names: [], tokens: ['hiwatch'] },
  { manufacturer: 'hilook', names: [], tokens: ['hilook'] },
  { manufacturer: 'hikrobot', names: ['Hangzhou Hikrobot Technology Co., Ltd.'], tokens: ['hikrobot'] },
  // HikStorage's coined words, wherever its registrant is based: the IEEE lists the CID of its Wuhan
  // company, JEDEC's JEP106 list the memory maker "Hangzhou Hikstorage Technology Co" (bank 13,
  // code 124), and HIKSEMI is the brand its drives are sold under.
  { manufacturer: 'hikstorage', names: ['WUHAN HIKSTORAGE TECHNOLOGY CO.,LTD'], tokens: ['hikstorage', 'hiksemi'] },
  // HIKMICRO's registered company name.
  { manufacturer: 'hikmicro', names: ['Hangzhou Microimage Software Co., Ltd'], tokens: ['hikmicro'] },
  // Dahua group
  {
    manufacturer: 'dahua',
    names: [
      'Zhejiang Dahua Technology Co., Ltd.',
      'ZHEJIANG DAHUA TECHNOLOGYCO.,LTD',
      // Dahua's subsidiary at its Fuyang (Hangzhou) base.
      'ZHEJIANG DAHUA ZHILIAN CO.,LTD',
    ],
    // Its name anywhere in a text ("Welcome to Dahua NVR"), but not the scale maker of the same
    // Chinese name (大华, a common one).
    tokens: ['dahua'],
    unrelated: ['Shanghai Dahua Scale Factory', 'Dahua Scale'],
  },
  // Imou is the brand of Hangzhou Huacheng Network Technology, a Dahua subsidiary.
  { manufacturer: 'imou', names: ['Hangzhou Huacheng Network Technology Co.,Ltd'], tokens: ['imou'] },
  { manufacturer: 'huaray', names: ['Zhejiang HuaRay Technology Co.,Ltd'] },
  // "Lorex E891AB" (an NVR in a user's report) names Lorex; the registry's Jorex Lorex India is another company.
  { manufacturer: 'lorex', names: ['Lorex Technology Inc.'], tokens: ['lorex'], unrelated: ['JOREX LOREX INDIA PRIVATE LIMITED'] },
  // Hytera group
  {
    manufacturer: 'hytera',
    names: ['Hytera Communications Corporation Limited', 'Hytera Communications Co .,ltd'],
    tokens: ['hytera'],
  },
  { manufacturer: 'sepura', names: ['Sepura Limited', 'Sepura plc'] },
  { manufacturer: 'teltronic', names: ['Teltronic S.A.U.'], unrelated: ['Teltronic AG', 'Teltronics, Inc.'] },
  { manufacturer: 'norsat', names: ['Norsat International Inc.'] },
  // FY25 NDAA s.1709(a)(1) entities. "DJI" is a coined word: its blocks for DJI Osmo, DJI Ronin
  // (both registered at DJI Sky City) and DJI Baiwang resolve through it.
  {
    manufacturer: 'dji',
    names: ['SZ DJI TECHNOLOGY CO.,LTD', 'SZ DJI Ronin Technology Co., Ltd.', 'DJI Osmo Technology Co., Ltd.'],
    tokens: ['dji'],
  },
  // Not "autel" as a token: Beijing Autelan and Autelis are other companies, and "Autel lntelligent
  // Technology" is Autel Robotics' parent (automotive diagnostics): s.1709(a)(1) does not name it,
  // and whether it counts as an affiliate there is left open.
  { manufacturer: 'autel-robotics', names: ['Autel Robotics USA LLC'] },
  // Outside the covered groups: registry names that the catalog's bare names would catch. The
  // slugs `arista` and `axis` themselves claim the bare words, so these stay blocked here:
  // Arista Corp (Fremont, industrial computers) is not Arista Networks; AXIS CORPORATION
  // (Tokorozawa, JP) is not Axis Communications. (HP Inc. no longer resolves to `hpe`: the catalog
  // dropped the bare alias "HP".)
  // Five of Arista Networks' blocks drop the plural.
  { manufacturer: 'arista', names: ['Arista Network, Inc.'], unrelated: ['Arista Corp'] },
  // Coined brand words of makers outside the covered groups, so a text that names one anywhere
  // ("Mikrotik RB951", "ZyXEL switch") resolves as "Huawei ..." does (lookup, declared names,
  // sysDescr); words with another meaning (Juniper, Arista, Axis, Ruijie as a given name) are not here.
  ...(['mikrotik', 'ubiquiti', 'fortinet', 'fiberhome', 'netgear', 'sonicwall', 'zyxel', 'uniview', 'amcrest', 'mediatek', 'realtek', 'qualcomm'] as const)
    .map((slug) => ({ manufacturer: slug, names: [], tokens: [slug] })),
  { manufacturer: 'axis', names: [], unrelated: ['AXIS CORPORATION'] },
  // Coined words of brands that sell covered makers' products (oem.ts), so that a text naming one
  // ("INTELBRAS VIP-S3120" in an ONVIF client's report) reaches the brand and its OEM relations.
  ...(['annke', 'intelbras', 'montavue'] as const).map((slug) => ({ manufacturer: slug, names: [], tokens: [slug] })),
  // Coined words of the router, storage and phone makers. Not "lancom": Beijing L&S Lancom
  // Platform Tech. is another company; LANCOM Systems' own blocks resolve by name. Not "poly" or
  // "arris" either: Litton/Poly-Scientific, Harris and Parris are other companies. "Pepwave" is
  // Peplink's first name (IANA 27662 "PePWave Ltd."), still the name of its routers ("Pepwave MAX
  // HD4" as the sysDescr of one, LibreNMS tests/snmpsim/pepwave.snmprec).
  ...(['draytek', 'adtran', 'commscope', 'netapp', 'yealink', 'grandstream', 'polycom', 'plantronics', 'peplink', 'pepwave'] as const)
    .map((token) => ({
      manufacturer: token === 'polycom' || token === 'plantronics' ? 'poly' : token === 'pepwave' ? 'peplink' : token,
      names: [],
      tokens: [token],
    })),
  // OKI's print servers, built into its printers, carry the coined name OkiLAN ("OKI OkiLAN", the
  // sysDescr of LibreNMS tests/snmpsim/okilan.snmprec; "OKI OkiLAN 8450e Rev.08.01 ..." in full).
  { manufacturer: 'oki', names: [], tokens: ['okilan'] },
  // Network and security makers. Coined words only: not "ruckus", "brocade", "foundry" or
  // "cambium", which are ordinary words; their registry names resolve by name.
  ...(['avaya', 'citrix', 'netscaler', 'enterasys', 'sophos'] as const)
    .map((token) => ({ manufacturer: token === 'netscaler' ? 'citrix' : token, names: [], tokens: [token] })),
  // The coined names of the firewall makers Sophos bought (Astaro, Cyberoam), which scanners still
  // give its appliances ("Cyberoam UTM firewall sshd", "Astaro Security http proxy"); no registrant
  // of the IEEE or IANA registries holds either word. Avigilon is Motorola Solutions' (its cameras:
  // "Avigilon ONVIF camera rtspd"); "Avigilon Alta" is its only registrant.
  { manufacturer: 'sophos', names: [], tokens: ['astaro', 'cyberoam'] },
  { manufacturer: 'motorola-solutions', names: [], tokens: ['avigilon'] },
  // Avaya's UK unit (Welwyn Garden City) resolves through the token; "WatchGuard Video" is another company.
  { manufacturer: 'watchguard', names: ['WatchGuard Technologies, Inc.'], tokens: ['watchguard'], unrelated: ['WatchGuard Video'] },
  // ── Cameras, operator CPE, industrial and cellular makers ──────────────────────────────────
  // Coined words only. Not "tvt", "calix" or "sony" alone as tokens where a look-alike exists:
  // "Calixto Systems" is another company, and Sony's joint ventures (Sony Tektronix, Sony Honda
  // Mobility) are kept out by name.
  ...(['vivotek', 'mobotix', 'milesight', 'reolink', 'foscam', 'xiongmai', 'tiandy', 'sagemcom', 'vantiva', 'technicolor',
    'arcadyan', 'sercomm', 'askey', 'zhone', 'moxa', 'teltonika', 'cradlepoint', 'quectel', 'fibocom', 'edgecore', 'accton'] as const)
    .map((token) => ({
      manufacturer: token === 'technicolor' ? 'vantiva' : token === 'zhone' ? 'dzs' : token,
      names: [],
      tokens: [token],
    })),
  // "Sony Ericsson" (phones) stays Sony's by name, as its token gave it before Ericsson had one:
  // with both makers' words in it, the tokens alone would leave it to neither.
  { manufacturer: 'sony', names: ['Sony Ericsson', 'Sony Ericsson Mobile Communications', 'Sony Ericsson Mobile Communications AB'], tokens: ['sony'], unrelated: ['SONY TEKTRONIX CORP.', 'Sony Honda Mobility Inc.'] },
  // Thomson's DSL gateway unit at Edegem, the address Vantiva Technologies Belgium registers at.
  // "for Telus" would read as a third party's product without the name spelled out.
  { manufacturer: 'vantiva', names: ['Thomson Telecom Belgium', 'Technicolor CH USA Inc for Telus'] },
  // DASAN Network Solutions merged with Zhone into DASAN Zhone Solutions (DZS); one block spells
  // it "Newtork". DASAN Networks (its own catalog entry), DASAN Co. and DASAN TPS are other
  // companies of the DASAN group.
  { manufacturer: 'dzs', names: ['DASAN Network Solutions', 'DASAN Newtork Solutions'] },
  // One MA-L block glues the legal form to the name.
  { manufacturer: 'allied-telesis', names: ['Allied-telesisK.K.'] },
  { manufacturer: 'ale', names: ['ALE International'] },
  // Siemens AG and its units register under many names. Joint ventures and businesses Siemens
  // sold or spun off are other companies: Nokia Siemens Networks (now Nokia's), Fujitsu Siemens
  // Computers (its products say "Fujitsu Siemens ServerView", "Fujitsu-Siemens FibreCAT"; Fujitsu's
  // since 1 April 2009), Valeo Siemens eAutomotive, Siemens Energy (listed on its own since 2020), the
  // former Siemens Home & Office Comm. Devices (Gigaset) and Siemens Convergence Creators (Atos).
  {
    manufacturer: 'siemens',
    names: [],
    tokens: ['siemens'],
    unrelated: [
      'Nokia Siemens Networks GmbH & Co. KG.', 'Fujitsu Siemens Computers', 'Fujitsu Siemens', 'Valeo Siemens eAutomotive Norway',
      'Siemens Energy Global GmbH & Co. KG', 'Siemens Energy Global GmbH & Co.KG - GT PRM',
      'Siemens Home & Office Comm. Devices', 'Siemens Convergence Creators GmbH&Co.KG',
    ],
  },
  // IT, storage, server, printer, power and consumer-network makers. Coined words only; the
  // others resolve by their registry names. "Canon", "Brother" and "Eaton" are ordinary words or
  // surnames ("Brother, Brother & Sons ApS", "McKay Brothers LLC" are other companies); "APC" is
  // an abbreviation that others use too ("APCON, Inc.", "Vanderlande APC inc.").
  ...(['synology', 'qnap', 'supermicro', 'inspur', 'vmware', 'microsoft', 'kaspersky', 'asustek', 'xiaomi', 'epson', 'xerox', 'lexmark', 'ricoh', 'kyocera'] as const)
    .map((token) => ({ manufacturer: token === 'asustek' ? 'asus' : token, names: [], tokens: [token] })),
  // "Lenovo" as a token also takes "Motorola Mobility LLC, a Lenovo Company" (Motorola's phone
  // business, which its registry name gives as Lenovo's). "Vuzix / Lenovo" is a block shared with
  // Vuzix (smart glasses) and stays unnamed. Motorola's Wuhan company registers at No. 19 Gaoxin 4th
  // Road, the address of Lenovo Mobile Communication (Wuhan) in the registry: Lenovo made its Wuhan
  // plant on Gaoxin 4th Road the global manufacturing base of Motorola phones from 2015 (Science
  // and Technology Daily, 24 Mar 2015). One block spells it "Motorola(Wuhan)"; both normalise alike.
  {
    manufacturer: 'lenovo',
    names: ['Motorola (Wuhan) Mobility Technologies Communication Co., Ltd.'],
    tokens: ['lenovo'],
    unrelated: ['Vuzix / Lenovo'],
  },
  // Unisplendour, owner of New H3C, registered its one block as Tsinghua Unisplendour, its former name.
  { manufacturer: 'unisplendour', names: [], tokens: ['unisplendour'] },
  // Coined names of network makers, read anywhere in a text as "Huawei" is ("Welcome to Cisco
  // device", "Tellabs 8609 Smart Router"); every registrant with one of these words is its maker
  // (Cisco-Linksys resolves to Linksys by its full name first).
  ...(['cisco', 'ciena', 'infinera', 'siklu', 'utstarcom', 'ekinops', 'tellabs', 'maipu'] as const)
    .map((token) => ({ manufacturer: token, names: [], tokens: [token] })),
  // Two-word coined names, looked up as a pair of words ("Welcome to TP-Link router").
  { manufacturer: 'tp-link', names: [], tokens: ['TP-Link'] },
  { manufacturer: 'd-link', names: [], tokens: ['D-Link'] },
  // Ericsson's name anywhere in a text ("Ericsson IPOS-16.1.5.0.72-Release", "Ericsson, EAB/RWI/K",
  // "Ericsson - North America"); LG-Ericsson and Ericsson-LG Enterprise were joint ventures with LG,
  // and stay unnamed, as "Sony Ericsson" does (two makers' words).
  { manufacturer: 'ericsson', names: [], tokens: ['ericsson'], unrelated: ['LG-Ericsson', 'Ericsson-LG'] },
  // H3C's coined name, as its devices write it in login banners and sysDescrs ("Copyright (c)
  // 2004-2018 Hangzhou H3C Tech. Co., Ltd."); every registrant with the word is Hangzhou or New H3C.
  { manufacturer: 'h3c', names: [], tokens: ['h3c'] },
  // "Xerox International Partners" was a joint venture with Fuji Xerox; Fuji Xerox (now FUJIFILM
  // Business Innovation) is another company: Fujifilm's and Xerox's joint venture for 57 years,
  // wholly Fujifilm's from November 2019, renamed on 1 April 2021 (Japan Times, "Fujifilm to end
  // brand license and sales cooperation with Xerox", 6 Jan 2020). A text that names it ("FUJI XEROX
  // DocuPrint") is not Xerox's either (see `unrelated` in org-name.ts).
  { manufacturer: 'xerox', names: [], unrelated: ['Xerox International Partners', 'Fuji Xerox Co., Ltd.'] },
  // Ricoh's Korean joint venture of old, now Sindoh, is one word and not Ricoh.
  { manufacturer: 'ricoh', names: [], unrelated: ['SINDORICOH'] },
  {
    manufacturer: 'canon',
    names: [
      'CANON INC.', 'Canon Imaging Systems Inc.', 'Canon Korea Inc.', 'CANON FINETECH INC.',
      'Canon Electronic Business Machines (H.K.) Co., Ltd.', 'CANON ELECTRON TUBES & DEVICES CO., LTD.',
    ],
  },
  { manufacturer: 'brother', names: ['Brother Industries, LTD.'] },
  {
    manufacturer: 'eaton',
    names: [
      'Eaton Corporation', 'Eaton Corp. Electrical Group Data Center Solutions - Pulizzi', 'Eaton Industries GmbH',
      'Eaton Automation AG', 'Eaton Bussmann', 'EATON FHF Funke + Huster Fernsig GmbH',
    ],
  },
  { manufacturer: 'apc', names: ['AMERICAN POWER CONVERSION CORP', 'APC by Schneider Electric', 'APC'] },
  { manufacturer: 'hp-inc', names: ['HP Inc.'] },
  { manufacturer: 'raspberry-pi', names: ['Raspberry Pi (Trading) Ltd', 'Raspberry Pi Trading Ltd', 'Raspberry Pi Foundation'] },
  // Makers found in LibreNMS's recorded devices (m to z). "Raisecom" is a coined word: the registry
  // lists no other organisation with it.
  { manufacturer: 'raisecom', names: [], tokens: ['raisecom'] },
  // Makers named in Recog's fingerprints. Coined words only: not "tandberg" (Tandberg Data and
  // Tandberg Television are other companies), "sharp" or "savin" (ordinary words), "digital" or "efi".
  ...(['mitel', 'aastra', 'tilgin'] as const).map((token) => ({ manufacturer: token, names: [], tokens: [token] })),
  // ── Makers of IEEE blocks common in operator and enterprise networks ───────────────────────
  // Catalog makers whose blocks stand under another name: AVM's full company name, Cisco's Service
  // Provider Video Technology Group (the former Scientific-Atlanta, at its Lawrenceville address)
  // and HP's ProCurve unit of before the split (HPE's, as `hpe` holds Hewlett-Packard's names).
  { manufacturer: 'avm', names: ['AVM Audiovisuelles Marketing und Computersysteme GmbH'] },
  { manufacturer: 'cisco', names: ['Cisco SPVTG'] },
  { manufacturer: 'hpe', names: ['ProCurve Networking by HP'] },
  // "Star-Net" alone is an Israeli registrant (Kiryat Bialik), not Fujian Star-Net.
  // "Ruijie" is a coined word (锐捷's pinyin): a text that names it in passing ("Vendor: Ruijie", a PPTP
  // server's "Ruijie General Operation System") names the maker, as weakly as any other name.
  { manufacturer: 'ruijie', names: [], tokens: ['ruijie'], unrelated: ['Star-Net'] },
  // Comheart's Chinese name, Tianyi Kanghe, at the same Dayi county address.
  { manufacturer: 'comheart', names: ['Sichuan tianyi kanghe communications co., LTD'], tokens: ['comheart'] },
  // Scientific-Atlanta's Danish unit Arcodan and "Linksys Telecom Shenzhen" (an MA-M block in
  // Shenzhen) were not verified to be theirs; "SONOS Co., Ltd." (Korea) is not Sonos, Inc.
  { manufacturer: 'scientific-atlanta', names: [], unrelated: ['Scientific-Atlanta Arcodan A/S'] },
  { manufacturer: 'linksys', names: [], tokens: ['linksys'], unrelated: ['Linksys Telecom Shenzhen CO., LTD'] },
  { manufacturer: 'sonos', names: [], unrelated: ['SONOS Co., Ltd.'] },
  // Coined words only: not "mist", "zebra", "buffalo", "sky", "oracle", "ibm" or "kaon" (ordinary
  // words, a city or another registrant's word: "Zebra Elektronik", "Zebra Information Tech",
  // "Rockwell Collins"); their registry names resolve by name.
  ...(['mellanox', 'nvidia', 'nortel', 'belkin', 'mitrastar', 'sundray', 'eero', 'hitron', 'humax', 'actiontec', '2wire',
    'gemtek', 'freebox'] as const).map((token) => ({ manufacturer: token, names: [], tokens: [token] })),
  // Gongjin's two blocks that misspell Shenzhen; coined words of the smaller CPE and transport makers.
  // "SMC Corporation" (pneumatics, Japan), Standard Microsystems and "SMC Gateway" are not SMC
  // Networks; "Eltex of Sweden" (textile machine sensors) and "EltexAlatau" are not Eltex Enterprise;
  // "TELCO systems, s.r.o." (Slovakia) is not Telco Systems, Inc.
  { manufacturer: 'gongjin', names: ['Shengzhen Gongjin Electronics'], tokens: ['gongjin'] },
  { manufacturer: 'smc-networks', names: [], unrelated: ['SMC Corporation', 'SMC Gateway'] },
  { manufacturer: 'telco-systems', names: [], unrelated: ['TELCO systems, s.r.o.'] },
  // The PCI vendor lists' "Century Systems, Inc." (vendor 123C) is not shown to be the Japanese
  // maker of routers (CENTURY SYSTEMS CORP. in the IEEE registry, "Century Systems Co.,Ltd." in the
  // Linux boards it maintains), so that spelling names nobody.
  { manufacturer: 'century-systems', names: [], unrelated: ['Century Systems, Inc.', 'Century Systems Incorporated'] },
  ...(['comtrend', 'edimax', 'genexis', 'westell', 'airties', 'iskratel', 'ceragon', 'lantronix', 'peplink', 'trendnet',
    'inteno', 'devolo', 'ubee'] as const).map((token) => ({ manufacturer: token, names: [], tokens: [token] })),
  // ── Makers of the most common IEEE blocks that resolved to nobody ──────────────────────────
  // Coined words of device makers and ODMs. Not the chip and module makers' names (Espressif, NXP,
  // Bouffalo, AMPAK...): a sysDescr or a banner names the SoC inside a device as often as its maker,
  // so their registry names resolve by name only. "Foxconn" takes Hon Hai's blocks registered as
  // Foxconn (Brasil, Nanjing, 4Tech, Foxconn Interconnect Technology).
  ...(['realme', 'oneplus', 'foxconn', 'infinix', 'gaoshengda', 'midea', 'pegatron', 'elitegroup', 'haier', 'hisense',
    'changhong', 'garmin', 'goertek', 'wistron', 'panasonic', 'bosch'] as const)
    .map((token) => ({ manufacturer: token === 'foxconn' ? 'hon-hai' : token, names: [], tokens: [token] })),
  // "Wistron NeWeb" is WNC, its former subsidiary, by the name's first two words. Bosch's units
  // ("Bosch Access Systems", "Bosch Thermotechnik", "Bosch Automotive Products (Suzhou)"...) had
  // reached Bosch only as "Robert Bosch".
  { manufacturer: 'panasonic', names: [], unrelated: ['China Hualu Panasonic AVC Networks Co., LTD.', 'TeraDiode / Panasonic'] },
  { manufacturer: 'tcl', names: [], unrelated: ['TCL INCORPORATED'] },
  // The Hisense-Hitachi air-conditioning joint venture is not Hisense's alone.
  { manufacturer: 'hisense', names: [], unrelated: ['Qingdao Hisense Hitachi Air-conditioning Systems Co.,Ltd.'] },
  // Honeywell's units register under many names ("Honeywell Environmental & Combustion Controls",
  // "Honeywell Analytics", "Honeywell Security (China)"...), which its bare name did not reach.
  // Yamatake-Honeywell was a joint venture; the block shared with Securite Communications
  // and "HONEYWELL-DATING" (Cassano Magnago, Italy) were not verified to be Honeywell's.
  {
    manufacturer: 'honeywell',
    names: [],
    tokens: ['honeywell'],
    unrelated: ['YAMATAKE-HONEYWELL CO., LTD.', 'SECURITE COMMUNICATIONS / HONEYWELL', 'HONEYWELL-DATING'],
  },
  // Look-alikes of the new makers' names, kept apart: MURATA MACHINERY (another Kyoto company),
  // OPPO Digital (Mountain View), Vivo International (Australia), Bose Professional (Transom Post).
  { manufacturer: 'murata', names: [], unrelated: ['MURATA MACHINERY, LTD.'] },
  { manufacturer: 'oppo', names: [], unrelated: ['OPPO Digital, Inc.'] },
  { manufacturer: 'vivo', names: [], unrelated: ['Vivo International Corporation Pty Ltd'] },
  { manufacturer: 'bose', names: [], unrelated: ['Transom Post OpCo LLC dba Bose Professional'] },
]
