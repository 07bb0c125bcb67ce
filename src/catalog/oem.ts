import type { OemRelation } from '../domain/manufacturer.js'

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
    brand: 'lts', maker: 'hikvision',
    products: 'IP cameras and recorders',
    source: {
      title: 'LTS (LT Security) named a Hikvision OEM partner (reported by Black Box USA, an integrator, and in CamioCam/rtsp issue #224)',
      url: 'https://blackboxusa.com/reasons-why-we-stopped-installing-hikvision-security-cameras/',
    },
  },
]
