import type { OemRelation, Source } from '../domain/manufacturer.js'

/** Linux's USB serial driver names Vodafone K-series modems among Huawei's (USB vendor id 12d1) products. */
export const VODAFONE_K_HUAWEI: Source = {
  title: 'Linux kernel, drivers/usb/serial/option.c: HUAWEI_PRODUCT_K3765, K4505, K4605 (and in older releases K3770, K3771, K3806, K4510, K4511) under HUAWEI_VENDOR_ID 0x12D1; Microsoft\u2019s Windows 10 IoT Core hardware compatibility list names "Vodafone (Huawei) K5150" and "K5160"; MikroTik\u2019s peripherals list "Vodafone (Huawei) K4203"; the K5161h is reported by users as a Huawei modem with USB id 12d1:1591',
  url: 'https://github.com/torvalds/linux/blob/master/drivers/usb/serial/option.c',
}

/** Linux's qmi_wwan driver names the "-Z" Vodafone K-series modems as ZTE's (USB vendor id 19d2). */
export const VODAFONE_K_ZTE: Source = {
  title: 'Linux kernel, drivers/net/usb/qmi_wwan.c: "ZTE (Vodafone) K3570-Z", "K3571-Z", "K3765-Z", "K5006-Z" under ZTE\u2019s USB vendor id 0x19d2 (usb_modeswitch\u2019s table also lists ZTE K3565-Z, K3806-Z, K5008-Z there)',
  url: 'https://github.com/torvalds/linux/blob/master/drivers/net/usb/qmi_wwan.c',
}

/**
 * Model numbers of Vodafone's Huawei-made K-series modems that a source names (a bare "K" and four
 * digits is too common to claim): the OEM relation's scope and the model pattern share them.
 */
export const VODAFONE_K_HUAWEI_MODELS = String.raw`K(?:3765|3770|3771|3806|4203|4505|4510|4511|4605|5150|5160|5161h?)`

/** Vodafone's ZTE-made K-series modems: the "-Z" models. */
export const VODAFONE_K_ZTE_MODELS = String.raw`K[345][0-9]{3}-Z`

/**
 * HP's lt4132 LTE module, in HP's laptops, is Huawei's ME906s-158: Linux's MBIM driver says so where
 * it gives the module (USB id 03f0:a31d, HP's vendor id) the quirk of Huawei's. HP's lt4120 is
 * another maker's (Foxconn's T77W595, a Qualcomm Snapdragon X5 module) and is no part of it.
 */
export const HP_LT4132_HUAWEI: Source = {
  title: 'Linux kernel, drivers/net/usb/cdc_mbim.c: "The HP lt4132 (03f0:a31d) is a rebranded Huawei ME906s-158, therefore it too requires the above \"NDP to end\" quirk" (commit a68491f895a9, "net: cdc_mbim: apply \"NDP to end\" quirk to HP lt4132 modem")',
  url: 'https://github.com/torvalds/linux/commit/a68491f895a9',
  date: '2017-07-01',
}

/** The lt4132 as HP and USB descriptors name it ("HP lt4132 LTE/HSPA+ 4G Module"). */
export const HP_LT4132_MODELS = String.raw`(?:HP )?lt4132(?: LTE/HSPA\+ 4G Module)?`

/**
 * Vodafone's R-series mobile Wi-Fi routers (and its W5101 router), by the makers USB_ModeSwitch's
 * data names them under, each model by its USB vendor id: Huawei's 12d1 or ZTE's 19d2. The "-z"
 * suffix marks ZTE's, as on the K-series, but not every ZTE model carries it (R203, R212).
 */
export const VODAFONE_R_MAKERS: Source = {
  title: 'USB_ModeSwitch data package 20191128 (Debian usb-modeswitch-data 20191128-5), usb_modeswitch.d: under Huawei\u2019s USB vendor id 12d1 "Huawei R201" (12d1:1523), "Vodafone (Huawei) R205", "Vodafone / Huawei R206 Router", "R206_MR", "R207", "R208", "R210", "R215", "R215_MR", "W5101 Router", "Huawei/Vodafone R216" (12d1:1f09), "Vodafone/Huawei R218h", "Huawei/Vodafone R226" (12d1:1f07); under ZTE\u2019s 19d2 "Vodafone / ZTE R203 Router", "R206-z", "R209-z", "R212"',
  url: 'https://sources.debian.org/src/usb-modeswitch-data/20191128-5/usb_modeswitch.d/',
  date: '2019-11-28',
}

/**
 * Vodafone's Huawei-made R-series models that the source names ("R" and three digits alone is too
 * common to claim: Dell's PowerEdge R210 and R215 are servers), and the ZTE-made ones.
 */
export const VODAFONE_R_HUAWEI_MODELS = String.raw`R(?:201|205|206|207|208|210|215|216|218h|226)(?:_MR)?|W5101`
export const VODAFONE_R_ZTE_MODELS = String.raw`R(?:203|212|206-Z|209-Z)`

/**
 * Vodafone's R216-Z is ZTE's MF910: a tool for the device names it so and drives it through ZTE's
 * web interface (goform_set_cmd_process); the R216 without "-Z" is Huawei's (USB_ModeSwitch, above).
 */
export const VODAFONE_R216Z_ZTE: Source = {
  title: 'cosote/R216-Z, README: "Tools for Vodafone R216-Z (ZTE MF910)" (scripts pushed to the device over adb, its login and connection through ZTE\u2019s goform_set_cmd_process web interface); sferhah/ZteLteMonitor, a monitor for ZTE LTE routers, refers owners of the device to it',
  url: 'https://github.com/cosote/R216-Z',
}

/**
 * Vodafone's R218 (without the "h" of Huawei's R218h, above) is ZTE's MF920V: Rayhunter's installer
 * names the device so and installs on it through ZTE's web interface and a flaw of ZTE's firmware.
 */
export const VODAFONE_R218_ZTE: Source = {
  title: 'EFF Rayhunter, installer/src/zte.rs: "Installer for the ZTE MF920V (Vodafone R218) hotspot" (logs in through ZTE\u2019s goform_set_cmd_process and starts a shell through the USB_MODE_SWITCH goform, CVE-2019-3412)',
  url: 'https://github.com/EFForg/rayhunter/blob/516c4eb9554ae0f1069df2090ed0c626f3e27b9d/installer/src/zte.rs',
}

/**
 * MegaFon's M150-2 USB modem is Huawei's E3372h-153. A client library for Huawei's HiLink modems was
 * written for it and gives the hardware version the device reports (CL2E3372HM, Huawei's E3372h
 * board); another lists it, with MTS's 827F and 829F, among the E3372s it works with.
 */
export const MEGAFON_M150_2_HUAWEI: Source = {
  title: 'kenshaw/hilink (a Go package for Huawei HiLink devices), README: "built for interfacing with a Huawei E3370h-153 (specifically a Megafon M150-2) device", "Megafon M150-2 (aka E3372h-153, aka hw rev. CL2E3372HM)"; bondrogeen/hilinkhuawei, README, compatibility: "E3372 (MTS 827F / 829F, MegaFon M150-2, Beeline E3372 / E3370, TELE2 E3372p-153"',
  url: 'https://github.com/kenshaw/hilink',
}

/** MegaFon's M100-3 USB modem is ZTE's MF823: the device answers ATI with ZTE's name and model. */
export const MEGAFON_M100_3_ZTE: Source = {
  title: 'ArchWiki, "ZTE MF 823 (Megafon M100-3) 4G Modem" (the modem\u2019s answer to ATI: "Manufacturer: ZTE CORPORATION", "Model: MF823"; USB product ids of ZTE\u2019s 19d2)',
  url: 'https://wiki.archlinux.org/index.php/ZTE_MF_823_(Megafon_M100-3)_4G_Modem',
}

/**
 * MTS's (Mobile TeleSystems') hotspots and routers by the maker of each, as a table of mobile
 * routers whose default Wi-Fi key is made from the IMEI names them, each model with its maker and
 * its type allocation code (TAC, the IMEI's first eight digits, which the GSMA allocates to a
 * device's maker), checked against labels' photos. MTS sells devices of many makers under its own numbers (Senseit,
 * WeWins, Highscreen, BQ, TCT Mobile...): only the numbers the table gives Huawei or ZTE are theirs.
 * The same table lists MegaFon's MR150-6 and MR150-7 hotspots as WeWins', not a covered maker's.
 */
export const MTS_ROUTER_MAKERS: Source = {
  title: 'RealEnder/imeigen, readme.md, "Known devices" (SSID mask, model, TAC; "confirmed via various images, found on the Internet and validated against wpa-sec submissions"): Huawei: "MTS8212FT_XXXX | Huawei B315s-22", "MTS8213FT-XXXX | Huawei E5785Lh-22c MTS"; ZTE: "ZTE MF910/831FT MTS", "ZTE MF910/MF910W/MF900/Blade S6 Lite/MTS 833F", "ZTE MTS 835F", "ZTE MTS 835FT", "ZTE MTS 837F", "ZTE 838FT", "ZTE 8330FT MTS"; other makers: "Senseit MTS 872FT", "Unitac/Oltrade LLC TPS MTS 850FT", "WeWins MTS 8920FT", "TCT Mobile MTS 411D", "WeWins MR150-6" and "WeWins/Sunnycat MR150-7" (MegaFon); bondrogeen/hilinkhuawei names MTS 827F and 829F among Huawei\u2019s E3372 modems',
  url: 'https://github.com/RealEnder/imeigen/blob/34180000150e2a0b483ebd1c6c79a4bb9240b4e1/readme.md',
}

/** MTS's model numbers the source gives Huawei, written with MTS's name before them or not. */
export const MTS_HUAWEI_MODELS = String.raw`(?:MTS ?)?(?:827F|829F|8212FT|8213FT)`
/** MTS's model numbers the source gives ZTE. */
export const MTS_ZTE_MODELS = String.raw`(?:MTS ?)?(?:831FT|833F|835FT?|837F|838FT|8330FT)`

/**
 * Deutsche Telekom's Speedport Hybrid router is Huawei's. heise online, reporting Viprinet's
 * injunctions against Telekom's advertising, names Huawei as its maker in words; teltarif and 4G.de
 * say the same in passing.
 */
export const SPEEDPORT_HYBRID: Source = {
  title: 'heise online: Streit um Hybrid-Router: Viprinet erwirkt Einstweilige Verfügungen gegen Telekom ("mit dem von Huawei produzierten Routermodell Speedport Hybrid"); teltarif: Viprinet lässt Router-Werbung von der Telekom verbieten ("einem von Huawei produzierten Hybrid-Router"); 4G.de: Hybrid-Router der Telekom unter Plagiats-Verdacht ("Speedport Hybrid von Huawei")',
  url: 'https://heise.de/-2466887',
}

/**
 * Vodafone's GigaCube (an LTE router for the home) has been built by more than one maker; the one
 * named ZTE MF289F is ZTE's. A bare "GigaCube" names no maker. The source is the OpenWrt port of
 * the device, whose author names the operators that sell it.
 */
export const GIGACUBE_ZTE: Source = {
  title: 'OpenWrt pull request #10710, "ipq40xx: Add ZTE MF289F": "a 4G Cat.20 router used by Vodafone Italy (called Vodafone FWA) and Vodafone DE\\T-Mobile PL (called GigaCube)" (the port was merged as OpenWrt commit 0de6a333, which Freifunk Gluon PR #2921 cites for the ZTE MF289F "also known in Germany as Gigacube CAT20"); zte-cpe-rs README: "ZTE devices, such as the GigaCube ZTE MF289F"',
  url: 'https://github.com/openwrt/openwrt/pull/10710',
  date: '2022-09-14',
}

/** Vodafone's ZTE-made GigaCube, by its model number with or without the product name before it. */
export const GIGACUBE_ZTE_MODELS = String.raw`(?:(?:Vodafone )?GigaCube[ -]?)?MF289F`

/**
 * Drei (Hutchison Drei Austria) sells ZTE's MF282 LTE router as the "HuiTube" and the MF282 Plus as
 * the "DreiTube".
 */
export const DREI_TUBE_ZTE: Source = {
  title: 'OpenWrt pull request #13482, "ipq4019: add support for ZTE MF282 Plus aka DreiTube" ("a LTE router used (exclusively?) by the network operator \"3\"", merged); OpenWrt forum topic 157177: "Adding OpenWrt support for ZTE MF282 aka 3 HuiTube"',
  url: 'https://github.com/openwrt/openwrt/pull/13482',
  date: '2023-09-18',
}

/** Drei's ZTE-made tubes: their product names (with Drei's "3" before them or not) and ZTE's model numbers. */
export const DREI_TUBE_ZTE_MODELS = String.raw`(?:3 ?)?(?:HuiTube|DreiTube)|MF282(?: ?Plus)?`

/**
 * Drei's 3Pocket mobile hotspot is ZTE's MF920V. The later version of the device page of Rayhunter
 * (the EFF's IMSI-catcher detector, which runs on the MF920V) keeps only the variant its authors
 * tested, "Drei 3Pocket ... rebranded MF920V"; an earlier version listed other operators' names
 * for it untested (Vodafone R218, Megafon MR150-5, MTS 835F). Of those, Vodafone's R218 and MTS's
 * 835F rest on other sources below (Rayhunter's installer for the device, a table of IMEI-keyed
 * routers); MegaFon's MR150-5 is left out.
 */
export const DREI_POCKET_ZTE: Source = {
  title: 'EFF Rayhunter, doc/zte-mf920v.md, "Known Variants": "Drei 3Pocket | Austria | Yes, with SIM-lock | rebranded MF920V" (the earlier version of the page names it "DreiPocket")',
  url: 'https://github.com/EFForg/rayhunter/blob/2776711e671f51c847d1f6b00f714d0294129567/doc/zte-mf920v.md',
}

/** Drei's ZTE-made 3Pocket, by the names the source gives it (ZTE's MF920V is read by zte-mf). */
export const DREI_POCKET_ZTE_MODELS = String.raw`(?:3|Drei) ?Pocket`

/**
 * Australian operators' Huawei-made USB modems, as owners name them: Telstra's E8372h-320 (a USB
 * modem with Wi-Fi) and Optus's E3372h-608, which Optus's prepaid shop sells as the "E3372".
 */
export const AU_OPERATOR_HUAWEI_STICKS: Source = {
  title: 'uavpal/disco4g issue #87, "Cant get USB MODEM to work." (owners\u2019 reports: "the telstra 8372h-320"; "a optus e3372h-608 which is same as optus prepaid", the Optus prepaid mobile broadband shop page for the E3372 at optus.com.au/shop/prepaid/mobile-broadband/usb/e3372)',
  url: 'https://github.com/uavpal/disco4g/issues/87',
  date: '2021-03-11',
}

/**
 * Vodafone Portugal's Vodafone Station of Huawei's HG8247B7-8N ONT: a library for Vodafone's home
 * gateways adds a backend for it beside those of its other makers (Sercomm, Technicolor), tested
 * against the device with Vodafone Portugal's firmware.
 */
export const VODAFONE_PT_STATION_HUAWEI: Source = {
  title: 'chemelli74/aiovodafone pull request #591, "feat: add Huawei (PT Vodafone ONT) device support": "Huawei-based Vodafone Station / ONT devices (e.g. PT Vodafone HG8247B7-8N)", "Tested live against HG8247B7-8N (PTVDF firmware)" (open when read)',
  url: 'https://github.com/chemelli74/aiovodafone/pull/591',
  date: '2026-08-08',
}

/** Orange's Livebox Fibre of the ZTE ZXHN F6600P model. */
export const ORANGE_F6600P_ZTE: Source = {
  title: 'mkst/zte-config-utility issue #121: "the ZTE ZXHN F6600P router, which is issued by the company Orange (Livebox Fibre)" (an owner\u2019s report, with the router\u2019s ZTE factory parameters: vendor id ZTEG, OUI FC4009)',
  url: 'https://github.com/mkst/zte-config-utility/issues/121',
  date: '2025-07-31',
}

/**
 * Lorex's model families that software written for Dahua's API drives as Dahua's: the LHV1004 DVR and
 * NR818 NVR (homebridge-dahua-alerts, "Lorex DVR" beside Dahua's, through Dahua's VideoMotion API) and
 * the LNB4321B camera (unifi-cam-proxy's "Dahua/Lorex" driver). An inventory without a role still
 * names them by these model numbers.
 */
const LOREX_DAHUA_MODELS = String.raw`^(?:LNB[0-9]{4}|LHV[0-9]{4}|NR8[0-9]{2})`

/**
 * Lorex's 2K wired video doorbell (B451AJ, sold as B451AJD and B451AJDB), which software written
 * for Dahua's video intercoms (VTO door stations) drives beside Dahua's own VTO models. Lorex's
 * battery doorbell and its other doorbells are not named and stay Lorex's.
 */
const LOREX_B451_DAHUA: Source = {
  title: 'baudneo/dahuavto2mqtt (events of Dahua\u2019s VTO door stations over Dahua\u2019s protocol, after riogrande75/Dahua), SupportedModels.md: "VTO1220BW", "VTO2111d-WP" ... "Lorex 2K Wired Video Doorbell (B451AJ)"; README: "Lorex 2k Doorbell username is always admin"; kushagharahi/homebridge-dahua-alerts issue #30, "Lorex 2K Doorbell B451AJD-E" (an owner of the model); rroller/dahua issue #282 (2023-06-05): "The Dahua DB61 doorbell is resold through various partners under different names, i.e. Amcrest AD410, Lorex 2K"',
  url: 'https://github.com/baudneo/dahuavto2mqtt/blob/5b4be5794e3efc4f5ccebb7ba8adf3be9b8b8b3b/SupportedModels.md',
}

const LOREX_DAHUA_API: Source = {
  title: 'homebridge-dahua-alerts, README: confirmed working through Dahua\u2019s VideoMotion API with the Lorex DVR LHV1004 DHV and NVR NR818 beside Dahua\u2019s recorders ("lots of Dahua/Lorex NVRs and standalone cameras share this VideoMotion api"); unifi-cam-proxy, docs/docs/configuration/dahua.md: its "Dahua/Lorex" driver, with the Lorex LNB4321B camera',
  url: 'https://github.com/kushagharahi/homebridge-dahua-alerts',
}

/**
 * Camio's table of camera models it connects to (company, model, the MAC blocks their devices carry),
 * cited by the version that holds the row: the table changed under its rows. The earlier version
 * lists Amcrest's IP2M-841 camera and NV1104 recorder, FLIR's DNR200 and GenIV's G4-HBRPRO8-1TB
 * recorders in Dahua's block 90:02:A9 with Dahua's RTSP path, and LT Security's CMIP8242WB camera in
 * Hikvision's blocks (C4:2F:90, BC:AD:28, 44:19:B6...). The later version no longer has those rows
 * (Camio dropped the GenIV row, CamioCam/rtsp issue #63, and gave its Dahua rows IC Realtime's name,
 * issue #140) but adds Q-See's QCW2MPSL, TRENDnet's TV-IP310PI and the Lorex and Luma rows that
 * oem.ts cites. A link to the master branch would show a reader the later table only.
 */
const CAMIO_TABLE_EARLY = 'https://github.com/CamioCam/rtsp/blob/01e028a2da045fe1133e40b997018fa020f19d99/cameras/paths.csv'
const CAMIO_TABLE_LATER = 'https://github.com/CamioCam/rtsp/blob/a33e45a90cb51936fb3d1a02ffa4f434149a319c/cameras/paths.csv'

/**
 * A recorder or camera that Camio's table lists in Dahua's or Hikvision's MAC blocks, or at their
 * RTSP paths (`/cam/realmonitor?channel=...&subtype=...` is Dahua's, `/Streaming/channels/...`
 * Hikvision's), was made by that maker. A MAC block says more than a path: the same table lists
 * SnapAV's Luma-500 NVR at `/Streaming/channels/` in the block of Hunt Electronic (00:0F:0D), a
 * Taiwanese maker, so a model known by the path alone is backed by a second source where one is on
 * record. The table names single models, so these relations cover those models and their
 * channel-count variants, not the brand's other products.
 */
function camioSource(rows: string, url: string): Source {
  return { title: `Camio\u2019s camera table: ${rows}`, url }
}

/**
 * Known "brand X sells products made by Y" relations. Only relations with a source are listed;
 * most come from reporting rather than filings, and their titles say so.
 *
 * `scope` says which of the brand's devices identification attributes to the maker on their label
 * alone (weakly: see EVIDENCE_WEIGHTS in identify.ts): video brands by the camera role (which
 * recorders take too) or their model families, operators by the model numbers of the products the
 * source names. A relation whose products an inventory cannot tell apart from the brand's others
 * (Honeywell sells far more than cameras, and not every Honeywell camera was Dahua's) has scope
 * `none` and only explains a declared brand that a MAC block, a banner or a model contradicts.
 */
export const OEM_RELATIONS: readonly OemRelation[] = [
  {
    brand: 'lorex', maker: 'dahua',
    products: 'video surveillance cameras and recorders',
    // "Primary", not sole: Camio's table lists Lorex's LNE3003 camera of the FLIR years in FLIR's
    // own block 00:40:7F at a path that is not Dahua's (/video.mp4), beside Lorex's NR9320N NVR in
    // the same block at Dahua's. So the relation stays weak evidence for a Lorex camera of those
    // years, and a MAC block or banner that names another maker wins over it.
    scope: { roles: ['camera'] },
    until: '2018-02-06',
    source: {
      title: 'Security Sales & Integration: FLIR Sells Lorex Business to Dahua ("Dahua served as the primary OEM supplier of video surveillance products to Lorex prior to the acquisition")',
      url: 'https://www.securitysales.com/business/mergers/flir-sells-lorex-dahua-exits-diy-smb-markets/',
      date: '2018-02-06',
    },
  },
  {
    brand: 'lorex', maker: 'dahua',
    products: 'cameras, after the sale to Skywatch, with components and firmware',
    scope: { roles: ['camera'] },
    // The day Dahua sold Lorex (see the relation in manufacturers.ts).
    from: '2022-11-24',
    source: {
      title: 'Nebraska Attorney General: lawsuit against Lorex, alleging that Lorex still sources its cameras\u2019 component parts from Dahua (reported allegation)',
      url: 'https://www.einpresswire.com/article/851747640/attorney-general-hilgers-sues-lorex-for-selling-cameras-that-put-nebraskans-security-at-risk',
      date: '2025-09-23',
    },
  },
  {
    brand: 'lorex', maker: 'dahua',
    products: 'LHV DVRs, NR8 NVRs and LNB cameras, which run Dahua\u2019s firmware',
    // The families of the models the sources name; undated, as the firmware is Dahua's whoever owned Lorex.
    scope: { models: LOREX_DAHUA_MODELS },
    source: LOREX_DAHUA_API,
  },
  {
    brand: 'lorex', maker: 'dahua',
    products: 'B451AJ 2K wired video doorbell, which software for Dahua\u2019s video intercoms drives',
    // B451AJ, B451AJD, B451AJDB, B451AJD-E: the model and its retail variants.
    scope: { models: String.raw`^B451AJ(?:[A-Z]{0,2})(?:-[A-Z0-9]+)?$` },
    source: LOREX_B451_DAHUA,
  },
  {
    brand: 'amcrest', maker: 'dahua',
    products: 'IP cameras, doorbells and recorders',
    // IP2M-841, IP3M-..., IP8M-...: the IP camera families; NV: recorders; AD410: the doorbell.
    scope: { roles: ['camera'], models: String.raw`^(?:IP[2-8]M-|NV[0-9]{4}|AD[0-9]{3})` },
    source: {
      title: 'Camio\u2019s camera table: Amcrest IP2M-841 and NV1104 in Dahua\u2019s MAC block 90:02:A9 with Dahua\u2019s RTSP path; python-amcrest: "Amcrest and Dahua devices share similar firmwares"; Dahua makes the AD410 doorbell for Amcrest (reported by users in rroller/dahua PR #437 and toxuin/alarmserver issue #1, citing IPVM\u2019s Dahua OEM directory)',
      url: CAMIO_TABLE_EARLY,
    },
  },
  {
    brand: 'annke', maker: 'hikvision',
    products: 'IP cameras and NVRs',
    scope: { roles: ['camera'] },
    source: {
      title: 'Annke cameras run Hikvision-compatible firmware and tools; "Annke OEMs Hikvision hardware" (reported by users in Supergiovane/node-red-contrib-hikvision-ultimate issue #24 and ch-bas/cctv-camera-database PR #49)',
      url: 'https://github.com/Supergiovane/node-red-contrib-hikvision-ultimate/issues/24',
      date: '2021-09-03',
    },
  },
  {
    brand: 'honeywell', maker: 'dahua',
    products: 'video surveillance cameras and recorders (Honeywell said in February 2022 that it would stop selling them after three months)',
    scope: 'none',
    source: {
      title: 'IPVM (public article): Honeywell, Dahua, Deception And Endangering US Security ("hidden relabelling of PRC-made ... Dahua products")',
      url: 'https://ipvm.com/reports/honey-dahua',
      date: '2022-02-04',
    },
  },
  {
    brand: 'luma', maker: 'hikvision',
    products: 'NVRs (not every one: Camio\u2019s table lists the Luma-500 NVR in the MAC block of Hunt Electronic, a Taiwanese maker)',
    // Luma also sells cameras the source does not name, and no model family of the NVRs is on record.
    scope: 'none',
    source: {
      title: 'Home Assistant documentation, Hikvision integration: "Luma NVRs are rebranded Hikvision-based hardware" (home-assistant.io PR #45985, after a user confirmed a Luma NVR works with it)',
      url: 'https://github.com/home-assistant/home-assistant.io/pull/45985',
      date: '2026-06-14',
    },
  },
  {
    brand: 'vodafone', maker: 'huawei', products: 'K-series USB mobile broadband modems (model numbers without "-Z")',
    scope: { models: `^(?:${VODAFONE_K_HUAWEI_MODELS})$` }, source: VODAFONE_K_HUAWEI,
  },
  {
    brand: 'vodafone', maker: 'zte', products: 'K-series USB mobile broadband modems (model numbers ending "-Z")',
    scope: { models: `^(?:${VODAFONE_K_ZTE_MODELS})$` }, source: VODAFONE_K_ZTE,
  },
  {
    brand: 'vodafone', maker: 'zte', products: 'R216-Z mobile Wi-Fi router (ZTE MF910)',
    // The R216 without "-Z" is Huawei's (the R-series relation below).
    scope: { models: '^R216-Z$' }, source: VODAFONE_R216Z_ZTE,
  },
  {
    brand: 'vodafone', maker: 'zte', products: 'R218 mobile Wi-Fi hotspot (ZTE MF920V)',
    // The R218h is Huawei's (the R-series relation below): only the bare R218 is ZTE's.
    scope: { models: '^R218$' }, source: VODAFONE_R218_ZTE,
  },
  {
    brand: 'hp-inc', maker: 'huawei', products: 'lt4132 LTE module of HP\u2019s laptops (Huawei ME906s-158)',
    scope: { models: `^(?:${HP_LT4132_MODELS})$` }, source: HP_LT4132_HUAWEI,
  },
  {
    brand: 'vodafone', maker: 'huawei', products: 'R-series mobile Wi-Fi routers and the W5101 router (the models the source names under Huawei\u2019s USB vendor id)',
    // Only as Vodafone's: the same numbers are other makers' products (Dell's PowerEdge R210).
    scope: { models: `^(?:${VODAFONE_R_HUAWEI_MODELS})$` }, source: VODAFONE_R_MAKERS,
  },
  {
    brand: 'vodafone', maker: 'zte', products: 'R-series mobile Wi-Fi routers R203, R206-Z, R209-Z and R212',
    scope: { models: `^(?:${VODAFONE_R_ZTE_MODELS})$` }, source: VODAFONE_R_MAKERS,
  },
  {
    brand: 'vodafone', maker: 'huawei',
    products: 'Vodafone-branded 3G phones (five-year contract signed in February 2006)',
    // Phones have no role of their own, and the source names no models.
    scope: 'none',
    from: '2006-02',
    source: {
      title: 'RCR Wireless: Huawei to sell Vodafone-branded 3G handsets in Europe ("Huawei to build 3G phones that Vodafone plans to sell under its own brand", from September 2006, in 21 countries, for at least five years); BBC News and China Tech News report the same deal',
      url: 'https://rcrwireless.com/20060215/archived-articles/huawei-to-sell-vodafone-branded-3g-handsets-in-europe',
      date: '2006-02-15',
    },
  },
  {
    brand: 'vodafone', maker: 'zte', products: 'GigaCube MF289F LTE home router',
    // Only the model the source names: other GigaCubes have other makers.
    scope: { models: `^(?:${GIGACUBE_ZTE_MODELS})$` }, source: GIGACUBE_ZTE,
  },
  {
    brand: 'drei', maker: 'zte', products: 'HuiTube (MF282) and DreiTube (MF282 Plus) LTE routers',
    scope: { models: `^(?:${DREI_TUBE_ZTE_MODELS})$` }, source: DREI_TUBE_ZTE,
  },
  {
    brand: 'drei', maker: 'zte', products: '3Pocket mobile hotspot (ZTE MF920V)',
    // The names the source gives; a later hotspot Drei may sell under another maker's number stays Drei's.
    scope: { models: `^(?:${DREI_POCKET_ZTE_MODELS})$` }, source: DREI_POCKET_ZTE,
  },
  {
    brand: 'vodafone', maker: 'huawei', products: 'Vodafone Station of Vodafone Portugal, Huawei HG8247B7 ONT (Vodafone Stations of other countries are Sercomm\u2019s or Technicolor\u2019s)',
    // The model the source names; a bare "Vodafone Station" names no maker.
    scope: { models: '^HG8247B7(?:-8N)?$' }, source: VODAFONE_PT_STATION_HUAWEI,
  },
  // Operators whose devices' own model numbers name the maker: the relation says the brand on the
  // label is that maker's OEM customer. Each covers only the models its source names.
  { brand: 'telstra', maker: 'huawei', products: 'E8372h-320 USB modem with Wi-Fi', scope: { models: '^E?8372h-320$' }, source: AU_OPERATOR_HUAWEI_STICKS },
  { brand: 'optus', maker: 'huawei', products: 'E3372 USB modem (E3372h-608)', scope: { models: '^E3372(?:h-608)?$' }, source: AU_OPERATOR_HUAWEI_STICKS },
  { brand: 'orange', maker: 'zte', products: 'Livebox Fibre of the ZXHN F6600P model (Liveboxes of other models are other makers\u2019)', scope: { models: '^(?:ZXHN )?F6600P$' }, source: ORANGE_F6600P_ZTE },
  { brand: 'deutsche-telekom', maker: 'huawei', products: 'Speedport Hybrid router', scope: { models: '^Speedport Hybrid$' }, source: SPEEDPORT_HYBRID },
  // Russia's operators: MegaFon's and MTS's own model numbers, each relation only the numbers its
  // source gives the maker. MegaFon's MR150-6 and MR150-7 (WeWins') and MTS's other numbers stay theirs.
  { brand: 'megafon', maker: 'huawei', products: 'M150-2 USB modem (Huawei E3372h-153)', scope: { models: '^(?:MegaFon )?M150-2$' }, source: MEGAFON_M150_2_HUAWEI },
  { brand: 'megafon', maker: 'zte', products: 'M100-3 USB modem (ZTE MF823)', scope: { models: '^(?:MegaFon )?M100-3$' }, source: MEGAFON_M100_3_ZTE },
  {
    brand: 'mts', maker: 'huawei', products: '827F and 829F USB modems (Huawei E3372), 8212FT router (Huawei B315s-22) and 8213FT hotspot (Huawei E5785Lh-22c)',
    scope: { models: `^(?:${MTS_HUAWEI_MODELS})$` }, source: MTS_ROUTER_MAKERS,
  },
  {
    brand: 'mts', maker: 'zte', products: '831FT, 833F, 835F, 835FT, 837F, 838FT and 8330FT hotspots and routers',
    scope: { models: `^(?:${MTS_ZTE_MODELS})$` }, source: MTS_ROUTER_MAKERS,
  },
  {
    brand: 'lts', maker: 'hikvision',
    products: 'IP cameras and recorders',
    // CMIP: LT Security's IP camera model numbers (CMIP8242WB, CMIP7422W-28M).
    scope: { roles: ['camera'], models: '^CMIP[0-9]' },
    source: {
      title: 'Camio\u2019s camera table: LT Security CMIP8242WB in Hikvision\u2019s MAC blocks; LTS named a Hikvision OEM partner (reported by Black Box USA, an integrator, and in CamioCam/rtsp issue #224)',
      url: CAMIO_TABLE_EARLY,
    },
  },
  {
    brand: 'ic-realtime', maker: 'dahua',
    products: 'IP cameras',
    scope: { roles: ['camera'] },
    source: {
      title: 'Camio, which connects IC Realtime\u2019s cameras: "ICR wants the make and model of the dahua cameras that they use to have \"IC Realtime\" somewhere in the name" (CamioCam/rtsp issue #140)',
      url: 'https://github.com/CamioCam/rtsp/issues/140',
      date: '2017-09-28',
    },
  },
  {
    brand: 'flir', maker: 'dahua',
    products: 'DNR200-series network video recorders (the consumer line FLIR sold with Lorex to Dahua in February 2018)',
    // FLIR sold no recorders after 2018, so any DNR200 in an inventory predates the sale; the
    // relation carries no `until`, or the undated ones would fall outside it.
    scope: { models: '^DNR2[0-9]{2}' },
    source: camioSource('FLIR DNR200 recorder in Dahua\u2019s MAC block 90:02:A9 with Dahua\u2019s RTSP path (FLIR-DNR200-Series manual)', CAMIO_TABLE_EARLY),
  },
  {
    brand: 'geniv', maker: 'dahua',
    products: 'G4-HBRPRO hybrid recorders',
    // G4-HBRPRO8-1TB: the 8-channel model; the digit after HBRPRO is the channel count.
    scope: { models: '^G4-HBRPRO[0-9]' },
    source: camioSource('GenIV G4-HBRPRO8-1TB recorder in Dahua\u2019s MAC block 90:02:A9 with Dahua\u2019s RTSP path', CAMIO_TABLE_EARLY),
  },
  {
    brand: 'q-see', maker: 'dahua',
    products: 'QCW2MPSL IP camera',
    // Q-See sold recorders and cameras of several makers; only this model is on record.
    scope: { models: '^QCW2MPSL' },
    source: camioSource('Q-See QCW2MPSL camera in Dahua\u2019s MAC block 38:AF:29 with Dahua\u2019s RTSP path', CAMIO_TABLE_LATER),
  },
  {
    brand: 'trendnet', maker: 'hikvision',
    products: 'TV-IP310PI IP camera',
    // In TRENDnet's own block (D8:EB:97), which wins over the relation; the table writes the model
    // without its "TV-" prefix. The path alone is the evidence here (see camioSource).
    scope: { models: String.raw`^(?:TV-)?IP310PI\b` },
    source: camioSource('TRENDnet TV-IP310PI ("IP310Pl") camera in TRENDnet\u2019s own MAC block D8:EB:97, at Hikvision\u2019s RTSP path /Streaming/channels/101 (the path alone; CamioCam/rtsp PR #136)', CAMIO_TABLE_LATER),
  },
  {
    brand: 'trendnet', maker: 'hikvision',
    products: 'TV-IP321PI IP camera',
    // Hikvision's recovery handshake (the camera at 192.0.0.64 asking 192.0.0.128 for digicap.dav)
    // is Hikvision's firmware, not only its API.
    scope: { models: String.raw`^(?:TV-)?IP321PI\b` },
    source: {
      title: 'scottlamb/hikvision-tftpd (a TFTP server to unbrick Hikvision cameras and NVRs, README), issue #7: an owner of several TRENDnet TV-IP321PI cameras recovered one with it after a failed upgrade of its firmware 5.1.x to 5.3.3; a new one flashed with it stayed at Hikvision\u2019s recovery address 192.0.0.64 (user report)',
      url: 'https://github.com/scottlamb/hikvision-tftpd/issues/7',
      date: '2018-05-23',
    },
  },
  {
    brand: 'watchnet', maker: 'dahua',
    products: 'recorders ("WatchNet is based on Dahua"; the one tested answered at Dahua\u2019s RTSP path)',
    // No model is named, and Watchnet also made recorders of its own: the relation only explains a
    // Watchnet device that a Dahua MAC block or banner contradicts.
    scope: 'none',
    source: {
      title: 'Camio, adding a WatchNet DVR to its camera table: "WatchNet is based on Dahua", tested at Dahua\u2019s RTSP path /cam/realmonitor (CamioCam/rtsp issue #75)',
      url: 'https://github.com/CamioCam/rtsp/issues/75',
      date: '2016-12-27',
    },
  },
  {
    brand: 'montavue', maker: 'dahua',
    products: 'Ultra HD network video recorders',
    // The source names no model, and Montavue sells cameras and recorders of more than one line.
    scope: 'none',
    source: {
      title: 'Camio, adding the Montavue Ultra HD NVR to its camera table: MAC block 3C:EF:8C "Zhejiang Dahua Technology Co., Ltd."; Montavue\u2019s manual gives no RTSP path, so Camio proposes Dahua\u2019s "since it\u2019s Dahua" (CamioCam/rtsp issue #118; the MAC block is the evidence, the path was not reported tested)',
      url: 'https://github.com/CamioCam/rtsp/issues/118',
      date: '2017-06-14',
    },
  },
  {
    brand: 'intelbras', maker: 'dahua',
    products: 'VIP and VIPC IP cameras',
    // Intelbras also sells phones, routers and alarm panels: only its IP camera model numbers
    // (VIP 3230 D, VIP-3430-D-IA, VIPC 1230 B G2) are in scope. Cameras in Intelbras's own IEEE
    // blocks stay Intelbras's.
    scope: { models: '^VIPC?[ -]?[0-9]{4}' },
    source: {
      title: 'rroller/dahua (the Dahua integration for Home Assistant), issue #25: "Intelbras VIP3230D (white label from Dahua IPC-HDBW1230E-S2 in Brazil)" works through Dahua\u2019s HTTP API (user report; an Intelbras iM3 streams at Dahua\u2019s RTSP path /cam/realmonitor, homebridge-camera-ffmpeg issue #892)',
      url: 'https://github.com/rroller/dahua/issues/25',
      date: '2021-06-21',
    },
  },
  {
    brand: 'empiretech', maker: 'dahua',
    products: 'IP cameras and video intercoms sold under Dahua\u2019s OEM model numbers (IPC-..., the DB2X-WP doorbell)',
    // EmpireTech's model numbers are Dahua's OEM ones (IPC-B54IR-ASE, IPC-Color4M-T) or
    // its own for a Dahua product (DB2X-WP, Dahua's VTO2311R-WP); a PoE switch or cable it sells stays its own.
    scope: { models: String.raw`^(?:IPC-|DB2X-)` },
    source: {
      title: 'rroller/dahua (the Dahua integration for Home Assistant), issue #308: "EmpireTech DB2X-WP (rebranded Dahua VTO2311R-WP)", both on the same Dahua firmware 4.510.0000002.1.R (user report, with the two products\u2019 pages); its PR #529 drives EmpireTech\u2019s IPC-Color4M-T; badbread/crumbvms issue #182 lists the make of an IPC-B54IR-ASE-2.8MM-S3 as "EmpireTech/Dahua"',
      url: 'https://github.com/rroller/dahua/issues/308',
      date: '2023-10-18',
    },
  },
  {
    brand: 'rca', maker: 'hikvision',
    products: 'HSDB2A video doorbell',
    // RCA is a licensed name on many makers' products (tablets, TVs, phones): only the doorbell is Hikvision's.
    scope: { models: String.raw`^HSDB2A\b` },
    source: {
      title: 'IPCamTalk thread "New RCA HSDB2A 3MP Doorbell IP Camera": an owner recovers an RCA doorbell over its board\u2019s serial header as the thread on Hikvision\u2019s devices describes ("Hik didn\u2019t put a JST-ZH connector on the 4-pin TTL Serial header"), loading RCA\u2019s firmware renamed to Hikvision\u2019s file name digicap.dav, and finds its recovery looking for ezviz.dav (EZVIZ is Hikvision\u2019s brand); onvif2mqtt PR #10 names RCA among the rebrands of Hikvision\u2019s DS-HD1 (user reports)',
      url: 'https://ipcamtalk.com/threads/new-rca-hsdb2a-3mp-doorbell-ip-camera.31601/page-372',
    },
  },
]
