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

/** Deutsche Telekom's Speedport Hybrid router is Huawei's. */
export const SPEEDPORT_HYBRID: Source = {
  title: '4G.de: Hybrid-Router der Telekom unter Plagiats-Verdacht ("Speedport Hybrid von Huawei")',
  url: 'https://www.4g.de/news/hybrid-router-telekom-plagiats-verdacht-10347/',
}

/**
 * Known "brand X sells products made by Y" relations. Only relations with a source are listed;
 * most come from reporting rather than filings, and their titles say so.
 */
export const OEM_RELATIONS: readonly OemRelation[] = [
  {
    brand: 'lorex', maker: 'dahua',
    products: 'video surveillance cameras and recorders',
    until: '2018-02-06',
    source: {
      title: 'Security Sales & Integration: FLIR Sells Lorex Business to Dahua ("Dahua served as the primary OEM supplier of video surveillance products to Lorex prior to the acquisition")',
      url: 'https://www.securitysales.com/business/mergers/flir-sells-lorex-dahua-exits-diy-smb-markets/',
      date: '2018-02-06',
    },
  },
  {
    brand: 'lorex', maker: 'dahua',
    products: 'cameras and their components and firmware, after the sale to Skywatch',
    from: '2022-11',
    source: {
      title: 'Nebraska Attorney General: lawsuit against Lorex, alleging that Lorex still sources its cameras\u2019 component parts from Dahua (reported allegation)',
      url: 'https://www.einpresswire.com/article/851747640/attorney-general-hilgers-sues-lorex-for-selling-cameras-that-put-nebraskans-security-at-risk',
      date: '2025-09-23',
    },
  },
  {
    brand: 'amcrest', maker: 'dahua',
    products: 'IP cameras, doorbells and recorders',
    source: {
      title: 'Dahua makes the AD410 doorbell for Amcrest; Amcrest and Lorex listed as Dahua-OEM brands sharing Dahua\u2019s API (reported by users in rroller/dahua PR #437 and toxuin/alarmserver issue #1, citing IPVM\u2019s Dahua OEM directory)',
      url: 'https://github.com/toxuin/alarmserver/issues/1',
      date: '2021-03-22',
    },
  },
  {
    brand: 'annke', maker: 'hikvision',
    products: 'IP cameras and NVRs',
    source: {
      title: 'Annke cameras run Hikvision-compatible firmware and tools; "Annke OEMs Hikvision hardware" (reported by users in Supergiovane/node-red-contrib-hikvision-ultimate issue #24 and ch-bas/cctv-camera-database PR #49)',
      url: 'https://github.com/Supergiovane/node-red-contrib-hikvision-ultimate/issues/24',
      date: '2021-09-03',
    },
  },
  {
    brand: 'honeywell', maker: 'dahua',
    products: 'video surveillance cameras and recorders (Honeywell said in February 2022 that it would stop selling them after three months)',
    source: {
      title: 'IPVM (public article): Honeywell, Dahua, Deception And Endangering US Security ("hidden relabelling of PRC-made ... Dahua products")',
      url: 'https://ipvm.com/reports/honey-dahua',
      date: '2022-02-04',
    },
  },
  {
    brand: 'luma', maker: 'hikvision',
    products: 'NVRs',
    source: {
      title: 'Home Assistant documentation, Hikvision integration: "Luma NVRs are rebranded Hikvision-based hardware" (home-assistant.io PR #45985, after a user confirmed a Luma NVR works with it)',
      url: 'https://github.com/home-assistant/home-assistant.io/pull/45985',
      date: '2026-06-14',
    },
  },
  { brand: 'vodafone', maker: 'huawei', products: 'K-series USB mobile broadband modems (model numbers without "-Z")', source: VODAFONE_K_HUAWEI },
  { brand: 'vodafone', maker: 'zte', products: 'K-series USB mobile broadband modems (model numbers ending "-Z")', source: VODAFONE_K_ZTE },
  {
    brand: 'vodafone', maker: 'huawei',
    products: 'Vodafone-branded 3G phones (five-year contract signed in February 2006)',
    from: '2006-02',
    source: {
      title: 'China Tech News: Huawei reaches big 3G deal with Vodafone (Huawei to make Vodafone-branded 3G phones for 21 countries)',
      url: 'https://www.chinatechnews.com/2006/02/17/3477-huawei-reaches-big-3g-deal-with-vodafone',
      date: '2006-02-17',
    },
  },
  { brand: 'deutsche-telekom', maker: 'huawei', products: 'Speedport Hybrid router', source: SPEEDPORT_HYBRID },
  {
    brand: 'lts', maker: 'hikvision',
    products: 'IP cameras and recorders',
    source: {
      title: 'LTS (LT Security) named a Hikvision OEM partner (reported by Black Box USA, an integrator, and in CamioCam/rtsp issue #224)',
      url: 'https://blackboxusa.com/reasons-why-we-stopped-installing-hikvision-security-cameras/',
    },
  },
]
