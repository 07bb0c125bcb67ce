import type { CompanySplit, Manufacturer, ManufacturerSlug, ParentRelation, Source } from '../domain/manufacturer.js'
import { dateSpan, isCalendarDate } from '../util/dates.js'
import { TrustpathError } from '../errors.js'

// Sources shared by several entries. Dates are publication dates (or the snapshot date of a registry).

const FCC_COVERED_LIST: Source = {
  title: 'FCC, List of Equipment and Services Covered By Section 2 of The Secure Networks Act',
  url: 'https://www.fcc.gov/supplychain/coveredlist',
  date: '2026-08-20',
}
const IEEE_REGISTRY: Source = {
  title: 'IEEE Registration Authority, MA-L / MA-M / MA-S public listings (organisation names as registered)',
  url: 'https://standards-oui.ieee.org/',
  date: '2026-05-21',
}
const IANA_PEN: Source = {
  title: 'IANA, Private Enterprise Numbers (SMI Network Management Private Enterprise Codes)',
  url: 'https://www.iana.org/assignments/enterprise-numbers',
}
const OPENCONNECT_PROTOCOLS: Source = {
  title: 'OpenConnect, "Protocols": the SSL VPNs the client supports, among them Array Networks AG SSL VPN (--protocol=array)',
  url: 'https://www.infradead.org/openconnect/protocols.html',
}
const AEROHIVE_EXTREME: Source = {
  title: 'Extreme Networks, Form 10-Q for the quarter ended 30 Sep 2019, note 4 Business Combination: on 9 Aug 2019 Extreme consummated its acquisition of all outstanding common stock of Aerohive Networks, Inc.',
  url: 'https://sec.gov/Archives/edgar/data/1078271/000156459019039190/R11.htm',
  date: '2019-11',
}
const SCOPUS_HARMONIC: Source = {
  title: 'Broadcasting & Cable (nexttv.com): Q&A with Harmonic\u2019s Ovadia Cohen, \u201cfollowing the completion [of] Harmonic\u2019s $50 million acquisition of Scopus Video Networks\u201d, in the run-up to NAB 2009 (day of closing not read)',
  url: 'https://www.nexttv.com/news/qa-harmonics-ovadia-cohen-330040',
  date: '2009',
}
const INFINERA_NOKIA: Source = {
  title: 'Capacity Media: Nokia\u2019s $2.3bn Infinera acquisition expands data centre ambitions (the European Commission approved the takeover unconditionally; the deal officially closed on 28 February 2025)',
  url: 'https://capacitymedia.com/article/2eholbrphzjxlutdfz0g0/news/article-nokias-2-3bn-infinera-acquisition-expands-data-centre-ambitions',
  date: '2025-03',
}
const CORIANT_INFINERA: Source = {
  title: 'Light Reading: The New Infinera Is Already on Edge (Infinera closed its acquisition of Coriant on 1 Oct 2018)',
  url: 'https://www.lightreading.com/optical-ip/dwdm/the-new-infinera-is-already-on-edge/a/d-id/746488',
  date: '2018-10-01',
}
const RIBBON_10K_2017: Source = {
  title: 'Ribbon Communications Inc., Form 10-K for the fiscal year ended 31 Dec 2017 (the company formed by the combination of Sonus Networks and GENBAND, at 4 Technology Park Drive, Westford, Sonus\u2019s address)',
  url: 'https://investors.ribboncommunications.com/node/6131/html',
  date: '2018-03',
}
const IXIA_KEYSIGHT: Source = {
  title: 'Keysight blog, Testing Next Generation Networks: \u201cIn April 2017 ... Keysight announced the closing of the acquisition of Ixia\u201d (day of closing not read)',
  url: 'https://community.keysight.com/community/keysight-blogs/insights-outside-the-box/blog/2018/04/24/testing-next-generation-networks-a-look-at-osi-and-tcpip-models',
  date: '2018-04-24',
}
const HONOR_SALE: Source = {
  title: 'SCMP: Huawei sells Honor to ensure budget smartphone brand\u2019s survival amid US sanctions (sale to Shenzhen Zhixin New Information Technology announced 17 Nov 2020; Honor founded 2013)',
  url: 'https://www.scmp.com/tech/gear/article/3110117/huawei-sells-honor-ensure-budget-smartphone-brands-survival-amid-us',
  date: '2020-11-17',
}
const XFUSION_SALE: Source = {
  title: 'Pandaily: Huawei Advances Sale of x86 Server Business (the owner of Super Fusion Digital Technology, xFusion, which runs Huawei\u2019s x86 FusionServer business, changed on Friday 5 Nov 2021 to Henan Information Industry Investment; itreseller.ch reports the transaction closed that day)',
  url: 'https://pandaily.com/huawei-advances-sale-of-x86-server-business',
  date: '2021-11-08',
}
const HISILICON_SCMP: Source = {
  title: 'SCMP: US strikes at a Huawei prize: chip design company HiSilicon (subsidiary established in 2004)',
  url: 'https://www.scmp.com/tech/big-tech/article/3085551/us-strikes-huawei-prize-chip-design-company-hisilicon',
}
const HISILICON_CHIPS: Source = {
  title: 'OpenHisiIpCam/br-hisicam issue #18: the serial console of a Xiaomi MJSXJ02HL camera, built on a HiSilicon Hi3518ERNCV300 (U-Boot\u2019s "hi3518ev300"); OpenIPC/firmware issues #563 and #1415: cameras of other brands whose kernel says "Machine model: Hisilicon HI3516EV200 DEMO Board", "Hisilicon Hi3516CV300 DEMO Board" (HiSilicon\u2019s SDK board names)',
  url: 'https://github.com/OpenHisiIpCam/br-hisicam/issues/18',
}
const H3C_MAJORITY: Source = {
  title: 'evertiq: 3Com Acquires Majority Ownership of Huawei-3Com Joint Venture (JV formed Nov 2003 with Huawei at 51%; 2% sold to 3Com, completed 27 Jan 2006)',
  url: 'https://evertiq.com/news/2962',
  date: '2006-02-16',
}
const H3C_EXIT: Source = {
  title: '3Com Corporation, SEC filing 0000950135-07-003558, exhibit 99.3 (unaudited pro forma statements of Huawei-3Com Co., Limited): on 28 Nov 2006 Huawei accepted 3Com\u2019s bid for its 49 percent interest in H3C, for $882 million; "The Acquisition closed on March 29, 2007", after which Huawei-3Com is known as H3C Technologies Co., Limited',
  url: 'https://www.sec.gov/Archives/edgar/data/738076/000095013507003558/b656883cexv99w3.htm',
  date: '2007',
}
const HUAWEI_SYMANTEC: Source = {
  title: 'Convergedigest: Symantec completes sale of its 49% stake in Huawei Symantec (JV established 2008) to Huawei',
  url: 'https://www.convergedigest.com/2012/03/symantec-completes-sale-of-stake-in.html',
  date: '2012-03-29',
}
const HMN_SALE: Source = {
  title: 'Hengtong Optic-Electric, announcement of 9 Mar 2020 that the transfer of the underlying asset is complete (as Qingdao Marine Sensor Industry Technology Research Institute reproduces the report "\u4ea8\u901a\u5149\u7535\u6b63\u5f0f\u63a7\u80a1\u534e\u4e3a\u6d77\u6d0b" of 10 Mar 2020): by the register of members of Huawei Marine Networks (Hong Kong), Huawei Tech Investment transferred its 51% to Hengtong on 6 Mar 2020, and Huawei Marine became Hengtong\u2019s controlling subsidiary; Submarine Networks (zh) reports the same announcement. La Tercera quotes Huawei: Hengtong acquired the majority in 2020 and renamed it HMN Technologies',
  url: 'http://imarinesensors.com/english/news/domestic/202104/20210420181.html',
  date: '2020-03-10',
}
const HMN_JV: Source = {
  title: 'Reuters via investing.com: Huawei to sell undersea cable business (Huawei held 51% of Huawei Marine, a 2008 JV with Global Marine)',
  url: 'https://www.investing.com/news/economy-news/chinas-huawei-to-sell-undersea-cable-business-buyers-exchange-filing-shows-1885589',
  date: '2019-06-03',
}
const ZTE_MICRO: Source = {
  title: 'ITProPortal: New investment might see ZTE build CPUs (ZTE Microelectronics is a ZTE subsidiary; the Big Fund takes 24%)',
  url: 'https://www.itproportal.com/2015/11/25/new-investment-might-see-zte-build-cpus/',
  date: '2015-11-25',
}
const NUBIA_SCMP: Source = {
  title: 'SCMP: China\u2019s Nubia becomes independent from ZTE (founded 2012 as ZTE Mobile Telecom; ZTE holds 90%)',
  url: 'https://mcdn.i-scmp.com/tech/enterprises/article/1819590/chinas-nubia-becomes-independent-brand-gain-traction-red-hot',
}
const NUBIA_STAKES: Source = {
  title: 'Blog of Mobile: ZTE makes Nubia Technology a subsidiary again (stake cut to 49.9% and reclassified as associate on 17 Aug 2017; back to 78.33% and a subsidiary on 28 Dec 2020)',
  url: 'http://blogofmobile.com/article/136600',
  date: '2021-04-08',
}
const FLIR_TELEDYNE: Source = {
  title: 'Pacific Coast Business Times: Teledyne closes $8.2B Flir acquisition (completed 13 May 2021 on the stockholders\u2019 approval, announced 14 May; Flir now operates as Teledyne Flir)',
  url: 'https://pacbiztimes.com/2021/05/14/teledyne-closes-8-2b-flir-acquisition',
  date: '2021-05-14',
}
const HIKVISION_BRANDS: Source = {
  title: 'Wikipedia (mirror of January 2024): Hikvision, infobox brands Hiksemi (HikStorage), Ezviz, Hilook, Hiwatch; Ezviz a Hikvision brand',
  url: 'https://alem.dynip.sapo.pt/wiki/content/wikipedia_en_all_maxi_2024-01/A/Hikvision',
}
/**
 * HiLook's own documentation, which a Wikipedia mirror (HIKVISION_BRANDS) cannot replace for a
 * regulator: the manual of a HiLook network camera opens by thanking the reader for choosing
 * Hikvision products, under Hikvision's document number.
 */
const HILOOK_MANUAL: Source = {
  title: 'HiLook Network Camera User Manual (Hikvision document UD22027B-A, firmware 5.5.111, as uploaded to Scribd): "Thank you for choosing Hikvision products"',
  url: 'https://www.scribd.com/document/604975984/UD22027B-A-HiLook-Network-Camera-User-Manual-5-5-111-2010814',
}
const EZVIZ_SPINOFF: Source = {
  title: 'information.bz: Hikvision launches another IPO for its subsidiary (EZVIZ Network listed Dec 2022 as a Hikvision spin-off; Hikvision Robotics set up as a company in 2016)',
  url: 'https://information.bz/english/news/view/2024/08/06/13143.html',
  date: '2024-08-06',
}
const HIKROBOT_STAKE: Source = {
  title: 'wallstreetcn: Hikvision spin-off of Hikrobot (Hikvision holds 60%)',
  url: 'https://wallstreetcn.com/articles/3683951',
}
const LOREX_ACQ: Source = {
  title: 'Security Sales & Integration: FLIR Sells Lorex Business to Dahua for $29M (completed; Dahua was Lorex\u2019s primary OEM supplier before)',
  url: 'https://www.securitysales.com/business/mergers/flir-sells-lorex-dahua-exits-diy-smb-markets/',
  date: '2018-02-06',
}
const LOREX_SALE: Source = {
  title: 'Dahua announcement 2022-094: sale of 100% of Lorex to Skywatch, agreement approved 23 Nov 2022 (reported by Nebraska AG as completed the day before the FCC order of 25 Nov 2022; closing day not verified)',
  url: 'https://lawinsider.com/zh/contracts/jqz6YO3VXCn',
  date: '2022-11-23',
}
const LOREX_NEBRASKA: Source = {
  title: 'Nebraska Attorney General: lawsuit against Lorex (Lorex previously owned by Dahua, sold to Skywatch in 2022)',
  url: 'https://www.einpresswire.com/article/851747640/attorney-general-hilgers-sues-lorex-for-selling-cameras-that-put-nebraskans-security-at-risk',
  date: '2025-09-23',
}
const LOREX_TEXAS: Source = {
  title: 'Texas Attorney General: lawsuit against Lorex Technology Inc. and Lorex Corporation ("Dahua acquired the company in 2018. Dahua held ownership of the company until November 24, 2022, when Dahua sold Lorex to Skywatch Inc., a Taiwan-based company", one day before the FCC order of 25 Nov 2022); the Nebraska Attorney General gives the same day. A Florida Attorney General subpoena, as National Review reported it, says Dahua sold Lorex in 2023: the two that name the day are followed',
  url: 'https://www.einpresswire.com/article/893769021/attor-ney-gen-er-al-pax-ton-files-third-anti-ccp-law-suit-in-three-days-by-suing-baby-mon-i-tor-com-pa-ny-lorex-for-exploit-ing-par-ents-by-hid-ing',
  date: '2026-02-19',
}
const IMOU_HUACHENG: Source = {
  title: 'Dahua\u2019s controlling subsidiary Hangzhou Huacheng Network Technology (founded 2015, core brand \u4e50\u6a59, sold abroad as Imou); Dahua announced a plan to sell it on 3 Mar 2025, completion not verified (reported by Dushi Kuaibao via yaliqi.com)',
  url: 'https://yaliqi.com/new/673305444581643264',
}
const IMOU_DAHUA_2025_008: Source = {
  title: 'Dahua announcement 2025-008 (3 Mar 2025, as ddx.gubit.cn carries it): Hangzhou Huacheng Network Technology is Dahua\u2019s controlling subsidiary (\u63a7\u80a1\u5b50\u516c\u53f8); the board agreed to sell Dahua\u2019s 32.7321% to Shanghai Zhicheng, with its employee platform Ningbo Huayu selling 18.1969%, after which Huacheng leaves Dahua\u2019s consolidation; the deal may need administrative review (completion not verified, so the relation stays open)',
  url: 'http://ddx.gubit.cn/gonggao/002236/202503047894.html',
  date: '2025-03-04',
}
const IMOU_DAHUA: Source = {
  title: 'rroller/dahua issue #6 and PR #437: Imou devices are Dahua-based (Imou DB61i identical to Dahua DH-DB6i), "Imou is the consumer part of Dahua" (reported by users)',
  url: 'https://github.com/rroller/dahua/pull/437',
  date: '2024-12-17',
}
const SEPURA_ACQ: Source = {
  title: 'Urgent Communications: Sepura is a subsidiary of Hytera, which purchased it in 2017',
  url: 'https://urgentcomm.com/land-mobile-radio/sepura-we-re-not-impacted-by-injunction-to-freeze-hytera-assets-in-the-uk',
  date: '2020-04-30',
}
const SEPURA_HYTERA: Source = {
  title: 'Urgent Communications: Hytera Communications completed the acquisition of the Sepura Group on 25 May 2017, with Sepura\u2019s delisting from the London Stock Exchange; Hytera sold Sepura to Epiris in 2022 (AsianFin/TMTPost; "They no longer have shares", Sepura to the Daily Mirror; day of the 2022 sale not read)',
  url: 'https://urgentcomm.com/devices/hytera-communications-completes-acquisition-of-sepura',
  date: '2017-05-25',
}
const SEPURA_SALE: Source = {
  title: 'Hytera sold Sepura in summer 2022; Sepura: "They no longer have shares" (reported by the Daily Mirror via inkl)',
  url: 'https://inkl.com/news/kwasi-kwarteng-gives-green-light-to-chinese-firm-facing-espionage-charges-in-us',
}
const NORSAT_ACQ: Source = {
  title: 'Norsat press release (SEC exhibit 99.1): Norsat completes plan of arrangement with Hytera Communications, 20 Jul 2017',
  url: 'https://www.sec.gov/Archives/edgar/data/748213/000117625617000260/exhibit99-1.htm',
  date: '2017-07-20',
}
const TELTRONIC_SEPURA: Source = {
  title: 'Urgent Communications: Hytera Communications completes acquisition of Sepura (25 May 2017); Sepura had acquired Teltronic (PowerTrunk in the US) in a deal that closed in May 2015',
  url: 'https://urgentcomm.com/devices/hytera-communications-completes-acquisition-of-sepura',
  date: '2017-05-25',
}
const TELTRONIC_SALE: Source = {
  title: 'Hytera agrees to sell its Spanish subsidiary Teltronic S.A.U. to Next Gen Critical Comms (Nazca Capital); the 2022 sale of Sepura excluded Teltronic, which stayed with Hytera (reported by AsianFin/TMTPost; day Teltronic left Sepura and completion of the 2025 sale not verified)',
  url: 'http://www.zhouzhike.com/news/tuijian/332363.html',
  date: '2025-07-24',
}
const HUARAY_CLS: Source = {
  title: 'Zhejiang HuaRay Technology files for a Hong Kong listing: began in 2016 as a business unit inside Dahua, took in Dahua\u2019s AMR business in 2020, renamed in 2021; Dahua holds 32.58% before the IPO (reported by STAR Market Daily via cls.cn)',
  url: 'https://api3.cls.cn/share/article/2286058?os=android&sv=852',
  date: '2026-02-10',
}
const HUARAY_SPINOFF: Source = {
  title: 'Dahua announcement of 17 Nov 2025 on the spin-off of its subsidiary Zhejiang HuaRay Technology to the HKEX main board, Dahua keeping control of HuaRay (reported in an Eastmoney Guba post; the announcement itself not read)',
  url: 'https://gubaposthk.eastmoney.com/news,002236,1626209942.html',
  date: '2025-11-17',
}
const HIKMICRO_REGISTRY: Source = {
  title: 'IEEE MA-L listings of "Hangzhou Microimage Software Co., Ltd" (HIKMICRO) at Danfeng Road, Binjiang, Hangzhou; its being a Hikvision subsidiary is widely reported but was not verified against a filing or report',
  url: IEEE_REGISTRY.url,
  date: '2026-05-21',
}
const HIKSTORAGE_HIKVISION: Source = {
  title: 'Wikipedia, Hikvision (as wikihandbk.com mirrors it): "In May 2017, Hikvision established Hikstorage, a subsidiary focused on the production of storage devices"; the infobox of the January 2024 mirror names the brand "Hiksemi (HikStorage)" (HIKVISION_BRANDS). The IEEE lists a CID of "WUHAN HIKSTORAGE TECHNOLOGY CO.,LTD"',
  url: 'https://wikihandbk.com/wiki/%D0%90%D0%BD%D0%B3%D0%BB%D0%B8%D0%B9%D1%81%D0%BA%D0%B0%D1%8F_%D0%92%D0%B8%D0%BA%D0%B8%D0%BF%D0%B5%D0%B4%D0%B8%D1%8F:Hikvision',
}
const PYRONIX_HIKVISION: Source = {
  title: 'Doncaster Free Press: South Yorkshire security firm hits back after ban on surveillance camera sales to US government ("Hikvision, which trades locally as Pyronix"; "the Pyronix branches in Doncaster and Rotherham are part of the firm\u2019s empire"; written when the House passed the FY2019 NDAA bill; the day Hikvision bought Pyronix not read). The IEEE MA-L block 0019EB stands as "Pyronix Ltd"',
  url: 'https://www.doncasterfreepress.co.uk/news/south-yorkshire-security-firm-hits-back-after-ban-on-surveillance-camera-sales-to-us-government-46793',
}
const S1709_PILLSBURY: Source = {
  title: 'Pillsbury: FCC adds foreign-produced UAS and the FY25 NDAA s.1709(a)(1) entities to the Covered List (Public Notice of 22 Dec 2025); s.1709(a)(1) names Shenzhen Da-Jiang Innovations Sciences and Technologies Company Limited (DJI) and Autel Robotics, with any affiliate or subsidiary',
  url: 'https://www.pillsburylaw.com/en/news-and-insights/fcc-categorical-prohibition-foreign-produced-uas-critical-components.html',
  date: '2025-12-31',
}
const DJI_NAMES: Source = {
  title: 'DJI explained (Wikipedia mirror): SZ DJI Technology Co., Ltd. or Shenzhen DJI Sciences and Technologies Ltd. (\u6df1\u5733\u5927\u7586\u521b\u65b0\u79d1\u6280\u6709\u9650\u516c\u53f8), trade name DJI, headquarters DJI Sky City, Nanshan, Shenzhen',
  url: 'http://everything.explained.today/%2F%5C/DJI/',
}
const RUCKUS_BROCADE: Source = {
  title: 'Hussey v. Ruckus Wireless, Inc. (N.D. Cal., 29 Jun 2017): Brocade Communications Systems acquired Ruckus Wireless in May 2016 (day of closing not read)',
  url: 'http://ca.findacase.com/research/wfrmDocViewer.aspx/xq/fac.20170629_0004886.NCA.htm/qx',
  date: '2017-06-29',
}
const RUCKUS_ARRIS: Source = {
  title: 'Telecompaper via comunic.ro: CommScope confirms ARRIS takeover; ARRIS took over Ruckus Networks, acquired in December 2017 (day of closing not read)',
  url: 'http://arhiva.comunic.ro/article/commscope-confirms-arris-takeover-usd-74-billion?qt-articole=1',
  date: '2018-11-08',
}
const ARRIS_COMMSCOPE: Source = {
  title: 'ARRIS International plc, Form 8-K, Item 2.01: the scheme became effective on 4 Apr 2019 and ARRIS became an indirect, wholly owned subsidiary of CommScope',
  url: 'https://ca.advfn.com/stock-market/NASDAQ/ARRS/stock-news/79633261/current-report-filing-8-k',
  date: '2019-04-04',
}
const CRADLEPOINT_ERICSSON: Source = {
  title: 'Reuters via Nasdaq: Ericsson to buy wireless networking firm Cradlepoint in $1.1 bln deal (agreed 18 Sep 2020; Cradlepoint to become a subsidiary of Ericsson, closing expected before the end of 2020; day of closing not verified)',
  url: 'https://www.nasdaq.com/articles/ericsson-to-buy-wireless-networking-firm-cradlepoint-in-%241.1-bln-deal-2020-09-18',
  date: '2020-09-18',
}
const RUCKUS_REMAINCO: Source = {
  title: 'CommScope Reports Third Quarter 2025 Results (Form 8-K exhibit 99.1): RUCKUS and ANS remain with CommScope after the sale of CCS to Amphenol',
  url: 'https://modeledge.ai/api/proxy/0001517228/0001193125-25-257341/comm-ex99_1.htm',
  date: '2025-10-30',
}
const BROCADE_BROADCOM: Source = {
  title: 'Reuters via Yahoo Finance: Broadcom closes $5.5 billion Brocade deal (closed on a Friday in November 2017; exact day not read)',
  url: 'https://uk.finance.yahoo.com/news/broadcom-completes-brocade-acquisition-142039617.html',
  date: '2017-11',
}
const FOUNDRY_BROCADE: Source = {
  title: 'Foundry Networks press release (SEC exhibit 99.1, 8 Dec 2008): special meeting on 17 Dec 2008, merger into a Brocade subsidiary expected before the end of 2008; stockholders approved it shortly before Christmas (connect-professional.de)',
  url: 'https://www.sec.gov/Archives/edgar/data/1090071/000095013408021790/f50791exv99w1.htm',
  date: '2008-12-08',
}
const ENTERASYS_EXTREME: Source = {
  title: 'Extreme Networks, Form 10-Q for the quarter ended 31 Dec 2013, note on business combinations: acquisition of Enterasys completed on 31 Oct 2013',
  url: 'https://sec.gov/Archives/edgar/data/1078271/000107827114000008/R10.htm',
  date: '2014-02',
}
const HP_SEPARATION: Source = {
  title: 'Hewlett Packard Enterprise, quarterly statements of earnings, note (a): "On November 1, 2015, HP Inc. (formerly Hewlett-Packard Company) distributed ... shares of Hewlett Packard Enterprise common stock to HP Inc. stockholders"; HP Inc. kept the printing and personal systems businesses (HPE information statement of 8 Oct 2015)',
  url: 'https://studylib.net/doc/18205077/hewlett-packard-enterprise-company-and',
  date: '2016-05',
}
/** The two halves of Hewlett-Packard share its names: the registry's old blocks, and the bare "HP" of inventories. */
const HPE_ARUBA_NETWORKING: Source = {
  title: 'GitHub organisation of Aruba (github.com/aruba): "HPE Aruba Networking", Santa Clara, aruba-automation@hpe.com: the name HPE gives its Aruba business',
  url: 'https://github.com/aruba',
}
const SILVER_PEAK_ARUBA: Source = {
  title: 'CRN: Aruba CTO, Chief Architect leaving ("Silver Peak founder and former CEO David Hughes, who joined the company after Aruba acquired the SD-WAN specialist in 2020"; Aruba bought by HPE in May 2015; day of closing not read)',
  url: 'https://crnitalia.it/news/networking/aruba-cto-chief-architect-leaving-in-the-wake-of-founder-keerti-melkote-s-departure',
}
const NEST_GOOGLE: Source = {
  title: 'The Verge: Google completes Nest acquisition (closed on Friday, per its SEC filing; Google\'s 10-K: "The transaction closed on February 7, 2014")',
  url: 'https://www.theverge.com/2014/2/12/5404172/google-nest-purchase-closes',
  date: '2014-02-12',
}
const TRIPP_LITE_EATON: Source = {
  title: 'Eaton Corporation plc, Form 10-K 2023, note on acquisitions: "On March 17, 2021, Eaton acquired Tripp Lite for $1.65 billion" (UPS, rack PDUs, surge protectors, enclosures)',
  url: 'https://www.sec.gov/Archives/edgar/data/1551182/000155118224000006/R10.htm',
}
const TPLINK_BRANDS: Source = {
  title: 'TP-Link (encyclopaedia article): "owns several brands, including Deco, Tapo, Omada, VIGI, Aginet, Kasa Smart, and Mercusys"',
  url: 'https://profil123.com/en/TP-Link',
}
const KASPERSKY_SOFTWARE: Source = {
  title: 'FCC Covered List: "Information security products, solutions, and services supplied, directly or indirectly, by AO Kaspersky Lab" (added 25 Mar 2022) and "Cybersecurity and anti-virus software produced or provided by Kaspersky Lab, Inc." (added 23 Jul 2024)',
  url: 'https://www.fcc.gov/supplychain/coveredlist',
}
const HP_SPLIT: CompanySplit = {
  company: 'Hewlett-Packard', on: '2015-11-01',
  names: ['Hewlett Packard', 'Hewlett-Packard', 'Hewlett-Packard Company', 'Hewlett Packard Company', 'HP', '\u60e0\u666e', '\u60e0\u666e\u516c\u53f8', '\u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9', '\u65e5\u672c\u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9'],
  source: HP_SEPARATION,
}
// Owners of makers outside the covered groups. Closing days are given where the source states them.
const ALE_HUAXIN: Source = {
  title: 'Telecom Asia: Alcatel-Lucent has completed the sale of its enterprise unit (Alcatel-Lucent Enterprise) to China Huaxin Post & Telecommunication Economy Development Center, keeping a 15% stake; China Huaxin was set up by the Ministry of Post and Telecommunications in 1993 and is wholly owned by SASAC (closing reported on Wednesday 1 Oct 2014 by ZDNet; day of closing not verified; whether Nokia still holds the 15% not verified)',
  url: 'https://telecomasia.net/content/alcatel-lucent-sells-enterprise-business',
  date: '2014-10-02',
}
const LEXMARK_APEX: Source = {
  title: 'Smiley Pete: CFIUS cleared the sale of Lexmark to a consortium led by Apex Technology (now Ninestar) and PAG Asia Capital (Lexmark 8-K of 30 Sep 2016); the transaction was expected to close in 2016 (day of closing not read)',
  url: 'https://smileypete.com/business/lexmark-sale-cleared-to-move-forward-by-committee-on-foreign/',
  date: '2016-10',
}
const LEXMARK_XEROX: Source = {
  title: 'Xerox Holdings, Form 10-Q for the quarter ended 30 Sep 2025, note Acquisition: on 22 Dec 2024 Xerox agreed with Ninestar Group Company (the Seller) to buy Lexmark; "On July 1, 2025, Xerox Corporation completed the acquisition of all of the issued and outstanding equity of Lexmark"',
  url: 'https://www.sec.gov/Archives/edgar/data/1770450/000177045025000037/R17.htm',
  date: '2025-11',
}
const NINESTAR_UFLPA: Source = {
  title: 'DHS press release: Ninestar Corporation and eight of its Zhuhai-based subsidiaries added to the Uyghur Forced Labor Prevention Act Entity List, effective 12 Jun 2023 (an import restriction, not an FCC Covered List entry)',
  url: 'https://www.dhs.gov/news/2023/06/09/dhs-ban-imports-two-additional-prc-based-companies-part-its-enforcement-uyghur',
  date: '2023-06-09',
}
const VMWARE_BROADCOM: Source = {
  title: 'EconoTimes: Broadcom said on Wednesday 22 Nov 2023 that it completed its takeover of VMware',
  url: 'http://econotimes.com/Broadcom-Completes-69B-VMware-Takeover-Deal-After-China-Approves-1666681',
  date: '2023-11',
}
const APC_SCHNEIDER: Source = {
  title: 'Control Engineering: Done deal, Schneider Electric buys American Power Conversion (completed; trading in APC stock ended on 14 Feb 2007; day of closing not read)',
  url: 'https://www.controleng.com/articles/done-deal-schneider-electric-buys-american-power-conversion-for-6-1-billion/',
  date: '2007-02-27',
}
const SIERRA_SEMTECH: Source = {
  title: 'Pacific Coast Business Times: Semtech closed its acquisition of Sierra Wireless, it announced on 12 Jan 2023',
  url: 'https://pacbiztimes.com/?p=76543',
  date: '2023-01',
}
const MOBOTIX_KONICA: Source = {
  title: 'APA via trend.at: Konica Minolta took over about 65% of Mobotix from its two main shareholders (Mobotix announcement of a Tuesday after Easter 2016; month not verified). Konica Minolta agreed to sell its 65.2% to Certina Software Investments AG, completion expected between Apr and Sep 2025 (M&A Online via kotora.jp; completion not verified)',
  url: 'https://www.trend.at/newsticker/konica-ueberwachungskamera-hersteller-6289241',
}
const IPRO_POLARIS: Source = {
  title: 'Nikkei (31 May 2019): Panasonic and Polaris Capital Group set up a new security-camera company on 1 Oct 2019, held 80% by Polaris and 20% by Panasonic, taking over Panasonic\u2019s Suzhou plant, development and US sales (the day of the set-up announced, not read as done; Panasonic\u2019s later stake not verified)',
  url: 'https://www.nikkei.com/article/DGXMZO45527910R30C19A5000000/',
  date: '2019-05-31',
}
const POLY_HP: Source = {
  title: 'Swiss IT Reseller: HP has completed its acquisition of Poly (formed in 2019 from Plantronics and Polycom); HP closed the deal in August 2022 (day not read)',
  url: 'https://itreseller.ch/Artikel/96814/HP_schliesst_Poly-Uebernahme_ab.html',
  date: '2022-08',
}
const THREECOM_HP: Source = {
  title: 'Domain-b: the European Commission approved Hewlett-Packard\u2019s acquisition of 3Com (owner of the H3C, 3Com and TippingPoint brands) on 12 Feb 2010; HP expected to close by the end of June 2010 (tahawultech; day of closing not read)',
  url: 'https://domain-b.com/companies/companies_h/hewlett_packard/20100213_acquisition.html',
  date: '2010-02-13',
}
// Owners of makers whose enterprise numbers devices in operator networks report (enterprise-numbers.ts).
const FORCE10_DELL: Source = {
  title: 'Dell Inc., Form 10-K for the fiscal year ended 3 Feb 2012, note 7 Acquisitions: during fiscal 2012 Dell completed the acquisition of Force10 Networks, Inc.; the Form 10-Q for the nine months ended 28 Oct 2011 already lists it among the acquisitions completed (day of closing not read)',
  url: 'https://www.sec.gov/Archives/edgar/data/826083/000082608312000006/R14.htm',
  date: '2012',
}
const MERU_FORTINET: Source = {
  title: 'Fortinet, Form 10-K for 2015, note Business Combinations: "On July 8, 2015, we completed our acquisition of all of the outstanding shares of Meru Networks, Inc."',
  url: 'https://www.sec.gov/Archives/edgar/data/1262039/000126203916000053/R13.htm',
  date: '2016',
}
const ARBOR_NETSCOUT: Source = {
  title: 'NetScout Systems, Form 10-K for the fiscal year ended 31 Mar 2016, note Acquisitions: "On July 14, 2015 (Closing Date), the Company completed the Transaction, which included certain assets, liabilities, technology and employees within Tektronix Communications, VSS Monitoring, Arbor Networks and certain portions of the Fluke Networks Enterprise business" (Danaher\u2019s Communications Business; some foreign entities closed on 7 Oct 2015)',
  url: 'https://sec.gov/Archives/edgar/data/1078075/000162828016016851/R16.htm',
  date: '2016',
}
const WWP_CIENA: Source = {
  title: 'Spokane Journal of Business: World Wide Packets will remain here ("Early last month, Linthicum, Md.-based Ciena Corp. ... acquired World Wide Packets"; the Spokane Valley company "now operates as a subsidiary of Ciena"); IT World Canada: Ciena to acquire World Wide Packets (agreed in January 2008, expected to close in Ciena\u2019s second fiscal quarter of 2008, which ends in April) (day of closing not read)',
  url: 'https://spokanejournal.com/articles/11703-world-wide-packets-will-remain-here',
  date: '2008',
}
const PARADYNE_ZHONE: Source = {
  title: 'Zhone Technologies, FAQ of 8 Jul 2005 (Form 8-K exhibit 99.4): "Zhone Technologies, Inc. announced the acquisition of Paradyne Networks, Inc."; Zhone\u2019s Form 10-Q filed 4 Aug 2006, Part II Item 1: "As a result of our acquisitions of Tellium and Paradyne, we became involved in various legal proceedings ... relating to the operations of Tellium and Paradyne prior to our acquisition of these entities" (as Wikinvest quotes it; day of closing not read). Zhone took the name DASAN Zhone Solutions in 2016 (Form 8-K of 6 Sep 2016), later DZS',
  url: 'http://www.wikinvest.com/stock/Zhone_Technologies%20(ZHNE)/Part_Other_Information',
  date: '2006-08-04',
}
const METAMAKO_ARISTA: Source = {
  title: 'Arista Networks (Wikipedia, as HandWiki mirrors it): "In September 2018, Arista Networks acquired Metamako and integrated their low latency product line as the 7130 series" (day of closing not read)',
  url: 'https://encycloreader.org/r/handwiki.php?q=Software%3AArista_Networks',
}
const ONEACCESS_EKINOPS: Source = {
  title: 'Capacity Media: Ekinops in talks to buy Alcatel Submarine Networks from Nokia ("The company, which bought rival company OneAccess in October 2017"); Ekinops had announced exclusive negotiations to acquire OneAccess in April 2017 (day of closing not read)',
  url: 'https://www.capacitymedia.com/article/29otawlf81flwk1aoivi8/news/ekinops-in-talks-to-buy-alcatel-submarine-networks-from-nokia',
  date: '2018-10',
}
const VERTIV_S1: Source = {
  title: 'Vertiv Holdings Co, Form S-1 of 7 Feb 2020 (principal executive offices at 1050 Dearborn Drive, Columbus, Ohio)',
  url: 'https://www.sec.gov/Archives/edgar/data/1674101/000119312520028316/d880298ds1.htm',
  date: '2020-02-07',
}
const AVOCENT_VERTIV: Source = {
  title: 'HPAC: "Vertiv Co., formerly Emerson Network Power", repositioned "after being sold to Platinum Equity in November 2016"; the IEEE registry lists a block of "Emerson Network Power, Avocent Division" (Huntsville), and Emerson\u2019s 2010 annual report says it acquired one-hundred percent of Avocent Corporation in the first quarter of fiscal 2010 (day of the 2016 closing not read)',
  url: 'https://www.hpac.com/industrial/press-release/20929252/vertiv-sells-asco-to-schneider-electric',
  date: '2017',
}
const EMC_DELL: Source = {
  title: 'DABCC, BizTech Brief 2016: "On September 7th, almost a year after the deal was first publicly announced, Dell completed it\u2019s $65 Billion acquisition of EMC"; Business Standard (31 Aug 2016): Dell and EMC intend to close the transaction on Wednesday, 7 Sep 2016, China\u2019s MOFCOM clearance being the final regulatory condition',
  url: 'http://www.dabcc.com/biztech-brief-2016-summary-define-tomorrow/',
  date: '2016-09-07',
}
const EQUALLOGIC_DELL: Source = {
  title: 'EqualLogic (encyclopedia page): "In November 2007, Dell announced its acquisition of EqualLogic for approximately $1.4 billion in cash, a deal that closed in early 2008"; headquartered in Nashua, New Hampshire (day of closing not read)',
  url: 'https://probsee.com/p/equallogic',
}
const KORENIX_BEIJER: Source = {
  title: 'Elektroniknet: Beijer Electronics übernimmt Korenix (Beijer raised its 37% stake in the Taiwanese maker of industrial communication equipment, bought in July 2010, to 92%, and put it with Westermo in its Industrial Data Communications business; Korenix has its head office in Taipei) (day of closing not read)',
  url: 'https://www.elektroniknet.de/markt-technik/automation/beijer-electronics-uebernimmt-korenix-75242.html',
}
const ACME_PACKET_ORACLE: Source = {
  title: 'Oracle, Form 10-Q for the quarter ended 28 Feb 2013, note 2 Acquisitions: under the merger agreement of 4 Feb 2013 Acme Packet becomes a wholly-owned subsidiary of Oracle and each Acme Packet share is converted into $29.25; SEC Form 4 of Acme Packet\u2019s president and CEO: his shares disposed of on 28 Mar 2013 at $29.25',
  url: 'http://sec.gov/Archives/edgar/data/1130258/000120919113019048/xslF345X03/doc4.xml',
  date: '2013-03-28',
}
const OPENGEAR_DIGI: Source = {
  title: 'Digi International, Form 10-Q for the quarter ended 31 Mar 2020, note Acquisitions: "On December 13, 2019, we completed our acquisition of Opengear, Inc."',
  url: 'https://sec.gov/Archives/edgar/data/854775/000085477520000009/R9.htm',
  date: '2020',
}
const BTI_JUNIPER: Source = {
  title: 'SDxCentral (Jan 2016): Juniper Networks announced it is buying BTI Systems, the purchase slated to close in the second quarter; TruePulse: Juniper, which announced the acquisition of the Ottawa-based optical vendor in January, announced its completion (day of closing not read)',
  url: 'https://www.truepulse.com/juniper-completes-bti-systems-acquisition/',
}
const DIGI_10Q: Source = {
  title: 'Digi International Inc., Form 10-Q for the quarter ended 31 Dec 2020, cover page: entity address 9350 Excelsior Blvd., Hopkins, MN',
  url: 'https://capedge.com/filing/854775/0000854775-21-000006/DGII-10Q-2021Q1/file/83/data',
}
const OCCAM_CALIX: Source = {
  title: 'Calix, 2011 annual report, letter to stockholders: among the 2011 highlights, "Successfully completed the acquisition and integration of Occam Networks"; Occam Networks\u2019 letter to customers of 21 Sep 2010 (Rule 425 filing): the acquisition by Calix announced on 16 Sep 2010, expected to close in the Q4 2010/Q1 2011 timeframe (day of closing not read)',
  url: 'https://quarterlytics.com/company/calix_calx/annual-report-2011',
  date: '2012',
}
const CITRIX_CSG: Source = {
  title: 'Citrix Form 4 of 30 Sep 2022: Picard Merger Sub merged into Citrix on 30 Sep 2022, Citrix surviving as a wholly owned subsidiary of Picard Parent (Vista Equity Partners and Elliott\u2019s Evergreen Coast Capital, combining Citrix with TIBCO); diginomica: Citrix and TIBCO are now owned by the Cloud Software Group',
  url: 'https://portfoliosavvy.com/report/000087789022000103-schmitz-mark-j-2022-09-30',
  date: '2022-10-03',
}
const SOPHOS_ASTARO: Source = {
  title: 'linuxmind.dev, "Complete OS Guide: Sophos UTM (formerly Astaro Security Gateway)": in July 2011 Sophos acquired Astaro, whose Astaro Security Gateway was rebranded Sophos UTM',
  url: 'https://linuxmind.dev/?p=3565',
}
const SOPHOS_CYBEROAM: Source = {
  title: 'Sophos, "Cyberoam to Sophos Firewall Migration Guide, for customers with Cyberoam appliances" (June 2016): the Cyberoam appliances that move to Sophos Firewall',
  url: 'https://docslib.org/doc/5070476/cyberoam-to-sophos-firewall-migration-guide',
  date: '2016-06',
}
const SOPHOS_THOMA: Source = {
  title: 'MarketScreener: Thoma Bravo completed the acquisition of Sophos Group plc (through Surf Buyer Limited; the scheme was not yet effective on 26 Feb 2020, per FTSE Russell; day of completion not read)',
  url: 'https://m.marketscreener.com/quote/stock/SOPHOS-GROUP-PLC-22619574/news/Thoma-Bravo-LLC-completed-the-acquisition-of-Sophos-Group-plc-from-a-group-of-shareholders-33965408/',
}
// H3C after Huawei left, and its owners. Huawei sold its last 49% to 3Com on 29 Mar 2007 (H3C_EXIT);
// 3Com, and with it H3C, was Hewlett-Packard's from 2010 (THREECOM_HP).
const H3C_HPE_STAKE: Source = {
  title: 'Hewlett Packard Enterprise, Form 10-K for the year ended 31 Oct 2023, note Equity Method Investments: HPE\u2019s investments in equity interests "primarily related to a 49% equity interest in H3C Technologies Co., Limited", under a Shareholders\u2019 Agreement with Unisplendour International Technology Limited (UNIS) and H3C "dated as of May 1, 2016" (Unisplendour holds the other 51%; the day the 51% changed hands was not read)',
  url: 'https://www.sec.gov/Archives/edgar/data/1645590/000164559023000117/R29.htm',
  date: '2023-12-22',
}
const H3C_UNIS_2016: Source = {
  title: 'Unisplendour, on HPE\u2019s notice to sell its 49% (reported in Jan 2023 via 969895.com): in May 2016 Unisplendour\u2019s wholly owned Hong Kong subsidiary Unisplendour International completed the purchase of a 51% controlling stake in New H3C, which became Unisplendour\u2019s controlling subsidiary; HPE held 48% through HPE Cayman and 1% through Izar Holding (day of closing not read)',
  url: 'http://969895.com/show-7-46329-1.html',
  date: '2023-01',
}
const H3C_UNIS_81: Source = {
  title: 'Unisplendour announcement 2025-063 (28 Nov 2025): New H3C is a controlling subsidiary of Unisplendour, which holds 81% through its wholly owned Unisplendour International; Unisplendour International bought 30% from HPE Cayman (H3C Holdings Limited) and Izar Holding, closing on 4 Sep 2024, after which HPE Cayman held 19%; HPE Cayman\u2019s remaining 10% (agreed 17 Nov 2025) and 9% (agreed 28 Nov 2025) are sold to Unisplendour International and other investors, subject to approvals (completion not verified)',
  url: 'https://www.aijingu.com/notices/000938/AN202511281790073670.html',
  date: '2025-11-28',
}
const UNIS_UNIGROUP: Source = {
  title: 'C114 via kuaish.com: Unisplendour and the other Unigroup companies announced that on 10 Dec 2021 their indirect controlling shareholder Tsinghua Unigroup (\u7d2b\u5149\u96c6\u56e2) forwarded a notice of Tsinghua Holdings, which then held 51% of Tsinghua Unigroup',
  url: 'https://kuaish.com/it/at_10818.html',
  date: '2021-12',
}
const UNIS_CONTROL_2024: Source = {
  title: 'Unisplendour (000938) F10 data as of 31 Dec 2024: controlling shareholder Tibet Unisplendour Communications Technology (28.00%), held through Beijing Unisplendour Communications Technology Group by Tsinghua Unigroup, itself wholly held by Beijing Zhiguangxin Holdings; no actual controller',
  url: 'http://ddx.gubit.cn/mango/gudong/000938.html',
  date: '2025-05-21',
}
const UNIGROUP_RESTRUCTURING: Source = {
  title: 'Observer (guancha.cn) via xuehua.us: on 11 Jul 2022, at the end of its court restructuring, 100% of Tsinghua Unigroup was registered to Beijing Zhiguangxin Holdings (the holding platform of the Wise Road/JAC Capital consortium, funded mostly by local state capital); its controlling shareholder changed from Tsinghua Holdings (51% since 2013, Beijing Jiankun 49%) to Zhiguangxin, and its actual controller from the PRC Ministry of Education to none',
  url: 'https://www.xuehua.us/a/62cd0d95730ed79b4a75061b?lang=zh-tw',
  date: '2022-07-12',
}
const TSINGHUA_UNISPLENDOUR_NAME: Source = {
  title: 'Prospectus of \u6e05\u534e\u7d2b\u5149\u80a1\u4efd\u6709\u9650\u516c\u53f8 (Tsinghua Unisplendour Co., Ltd.), listed in Shenzhen on 25 Aug 1999 as 000938, the code Unisplendour (\u7d2b\u5149\u80a1\u4efd) still trades under',
  url: 'http://stock2000.com.cn/refresh/arch/1999/08/23/59284.htm',
  date: '1999-08-23',
}
// Notes on owners that the catalog records as sources, not as parents.
const TPLINK_SPLIT: Source = {
  title: 'Orange County Business Journal: TP-Link Systems Inc. (Irvine) says it is "fully separate from TP-Link Technologies Co. Ltd., which sells products to consumers in mainland China", with "totally unaffiliated ownership and operations" (company statement of 23 Dec 2024; separation begun in 2022 by its account; not verified against a filing, and questioned by US investigators)',
  url: 'https://www.ocbj.com/technology/tp-link-systems-moves-into-new-worldwide-hq/',
  date: '2024-12',
}
const LENOVO_LEGEND: Source = {
  title: 'Legend Holdings (HKEX 03396) announcement of Dec 2025, reported by GMTEight: Legend holds about 32.34% of Lenovo Group and calls it one of its important subsidiaries; Legend\u2019s largest shareholder is Chinese Academy of Sciences Holdings (36% in 2009, chinatechnews). Legend is the largest but not a majority shareholder, so it is not recorded as Lenovo\u2019s parent',
  url: 'https://gmteight.com/content/detail/339835',
  date: '2025-12-09',
}
const MOTOROLA_WUHAN: Source = {
  title: 'Science and Technology Daily (reposted by zhonghuixigou.com): Lenovo makes its Wuhan base the global manufacturing base of Motorola phones; the first phase uses Lenovo Mobile\u2019s existing Wuhan plant (on Gaoxin 4th Road), trial production from 11 May 2015. The IEEE registry lists "Motorola (Wuhan) Mobility Technologies Communication Co., Ltd." and "Lenovo Mobile Communication (Wuhan) Company Limited" at the same address, No. 19 Gaoxin 4th Road (the Wuhan company\u2019s shareholders not read)',
  url: 'http://zhonghuixigou.com/roll/20150324/3017941.shtml',
  date: '2015-03-24',
}
const INSPUR_SHANDONG: Source = {
  title: 'Soochow Securities report on Inspur International (\u6d6a\u6f6e\u56fd\u9645, reposted by apluoyu.com): Inspur Group Co., Ltd. (\u6d6a\u6f6e\u96c6\u56e2\u6709\u9650\u516c\u53f8, \u6d6a\u6f6e\u96c6\u56e2) is the ultimate holding company of the Inspur companies, and its actual controller is the Shandong provincial SASAC',
  url: 'http://apluoyu.com/ITjishu/123.html',
}
const INSPUR_ENTITY_LIST: Source = {
  title: 'Reuters via Channel NewsAsia: the US added Inspur Group to the Commerce Department\u2019s Entity List in the week before 8 Mar 2023 (an export restriction, not an FCC Covered List entry); six more Inspur subsidiaries followed on 25 Mar 2025 (Malay Mail)',
  url: 'https://www.channelnewsasia.com/business/nvidia-amd-grapple-latest-us-curbs-sales-chinas-inspur-3332161',
  date: '2023-03-08',
}
const AUTEL_DRONEDJ: Source = {
  title: 'Autel Robotics is the drone business of Autel Intelligent Technology, maker of automotive diagnostic equipment (interview with Maxwell Lee, reported by DroneDJ via flyingmachines.de)',
  url: 'https://www.flyingmachines.de/blogs/news/wie-autel-robotics-hofft-die-zukunft-der-drohnenindustrie-zu-gestalten',
}
const HYTERA_FORMERLY_HYT: Source = {
  title: 'Wikipedia, Hytera: "Hytera (Chinese: \u6d77\u80fd\u8fbe; previously HYT)"; the DMR feature set ids of ETSI TS 102 361 list 0x08 as "HYT science tech", China',
  url: 'https://en.wikipedia.org/wiki/Hytera',
}
// Chinese names of the makers, as Chinese-language inventories and asset tools write them: the
// company's short name and its legal name without the legal form (org-name drops \u6709\u9650\u516c\u53f8 and the
// like). They are aliases, matched only as the whole name: some short names mean other things too
// (\u5927\u534e is also a surname and other companies' name, \u70fd\u706b "beacon fire"), so none of them is
// ever a token that names a maker inside a longer text.
const HUAWEI_CN_NAMES: Source = {
  title: 'Simple English Wikipedia, Huawei: Chinese \u534e\u4e3a (traditional \u83ef\u70ba); Huawei Technologies Co., Ltd. is \u534e\u4e3a\u6280\u672f\u6709\u9650\u516c\u53f8 (traditional \u83ef\u70ba\u6280\u8853\u6709\u9650\u516c\u53f8)',
  url: 'https://simple.wikipedia.org/wiki/Huawei',
}
const EVERPURE_RENAME: Source = {
  title: 'Pawan Patra, "Evolution of Data Cloud Architecture Post-Everpure": Everpure (formerly Pure Storage)',
  url: 'https://pawanpatra.com/evolution-of-data-cloud-architecture-post-everpure',
  date: '2026-03-05',
}
const YINWANG_HUAWEI: Source = {
  title: 'Eye Shenzhen: Seres buys 10% stake in Huawei smart auto business unit (Huawei set up Shenzhen Yinwang Intelligent Technology in January 2024, wholly owned according to Tianyancha and Qichacha, to take over its Intelligent Automotive Solution business; Avatr Technology agreed to take another 10%, leaving Huawei the majority)',
  url: 'https://www.eyeshenzhen.com/content/2024-08/26/content_31172545.htm',
  date: '2024-08-26',
}
const TD_TECH_HUAWEI: Source = {
  title: 'Chinese Wikipedia, \u83ef\u70ba: among Huawei\u2019s principal subsidiaries \u9f0e\u6a4b\u901a\u8a0a\u6280\u8853\u6709\u9650\u516c\u53f8 (TD Tech) 49%; China Daily via china.org.cn (2005): Siemens and Huawei formally kicked off TD Tech Ltd, registered in Hong Kong, Siemens holding 51% and Huawei the rest; SCMP (2008): TD-Tech, 51% owned by Nokia Siemens Networks, names a Huawei vice-president its chief executive',
  url: 'https://zh.wikipedia.org/zh-hk/%E8%8F%AF%E7%88%B2',
}
const TD_TECH_JV: Source = {
  title: 'China Daily via china.org.cn: Siemens and Huawei formally kick off TD Tech Ltd, a US$100 million joint venture for TD-SCDMA products, registered in Hong Kong, Siemens 51%, Huawei the remainder',
  url: 'http://english.china.org.cn/english/BAT/123292.htm',
  date: '2005-03',
}
const TD_TECH_NSN: Source = {
  title: 'SCMP: Hopes high as Huawei executive heads TD-Tech (the venture, 51 per cent owned by Nokia Siemens, names Hou Jinlong of Huawei Wireless Networks chief executive)',
  url: 'https://www.scmp.com/article/636011/hopes-high-huawei-executive-heads-td-tech',
}
const HISILICON_CN_NAME: Source = {
  title: 'Chinese Wikipedia, \u83ef\u70ba: among the principal subsidiaries \u6d77\u601d\u534a\u5c0e\u9ad4 100% (simplified \u6d77\u601d\u534a\u5bfc\u4f53)',
  url: 'https://zh.wikipedia.org/zh-hk/%E8%8F%AF%E7%88%B2',
}
const H3C_CN_NAMES: Source = {
  title: 'knowcat.cn (7 Jun 2024): on 4 May 2016 Unisplendour completed its purchase of 51% of \u65b0\u534e\u4e09\u96c6\u56e2 (New H3C Group), which comprises \u676d\u5dde\u534e\u4e09\u901a\u4fe1\u6280\u672f\u6709\u9650\u516c\u53f8 (H3C, short \u534e\u4e09) and \u7d2b\u5149\u534e\u5c71\u79d1\u6280\u6709\u9650\u516c\u53f8; H3C\u2019s manuals name the company \u65b0\u534e\u4e09\u6280\u672f\u6709\u9650\u516c\u53f8 (title page of the S6520X-EI/HI security command reference, 6W100-20180821)',
  url: 'http://knowcat.cn/n/20240607/677899.html',
}
const ZTE_CN_NAMES: Source = {
  title: 'Wikipedia, ZTE: ZTE Corporation is \u4e2d\u5174\u901a\u8baf\u80a1\u4efd\u6709\u9650\u516c\u53f8 (traditional \u4e2d\u8208\u901a\u8a0a\u80a1\u4efd\u6709\u9650\u516c\u53f8); alternative Chinese names \u4e2d\u5174\u901a\u8baf and \u4e2d\u5174',
  url: 'http://wikien3.appspot.com/wiki/ZTE',
}
const HIKVISION_CN_NAMES: Source = {
  title: 'Hikvision, 2020 annual report (stock 002415, \u6d77\u5eb7\u5a01\u89c6): \u676d\u5dde\u6d77\u5eb7\u5a01\u89c6\u6570\u5b57\u6280\u672f\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'http://money.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?stockid=002415&id=7061163',
}
const DAHUA_CN_NAMES: Source = {
  title: 'Dahua, 2021 annual report (\u8bc1\u5238\u4ee3\u7801 002236, \u8bc1\u5238\u7b80\u79f0 \u5927\u534e\u80a1\u4efd): \u6d59\u6c5f\u5927\u534e\u6280\u672f\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'https://podms.com/p20220423002155.html',
}
const UNIVIEW_CN_NAMES: Source = {
  title: 'Uniview magazine (Aug 2017) on \u5b87\u8996\u79d1\u6280 (simplified \u5b87\u89c6\u79d1\u6280), short \u5b87\u8996; the company is \u6d59\u6c5f\u5b87\u89c6\u79d1\u6280\u6709\u9650\u516c\u53f8',
  url: 'http://www.xiaofutong.cn/About_Us/Company_Publication/Uniview_magazine/2017/yushi_13/201708/799921_140493_0.htm',
}
const TIANDY_CN_NAMES: Source = {
  title: 'FDD memo, Targeting Tiandy (1 Dec 2022): Tiandy Technologies Co., Ltd. (\u5929\u6d25\u5929\u5730\u4f1f\u4e1a\u6570\u7801\u79d1\u6280\u6709\u9650\u516c\u53f8), Tianjin; \u5929\u5730\u4f1f\u4e1a is that name without the place and "\u6570\u7801\u79d1\u6280" (digital technology)',
  url: 'https://www.fdd.org/analysis/2022/12/01/targeting-tiandy/',
}
const RUIJIE_CN_NAMES: Source = {
  title: 'Ruijie Networks, 2025 half-year report (stock 301165, \u9510\u6377\u7f51\u7edc): \u9510\u6377\u7f51\u7edc\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'http://www.igu888.com/gonggao/ggnews.php?code=301165&id=11325158',
}
const SANGFOR_CN_NAMES: Source = {
  title: 'Sangfor, 2020 annual report (\u8bc1\u5238\u4ee3\u7801 300454, \u8bc1\u5238\u7b80\u79f0 \u6df1\u4fe1\u670d): \u6df1\u4fe1\u670d\u79d1\u6280\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'http://money.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?stockid=300454&id=7071186',
}
const FIBERHOME_CN_NAMES: Source = {
  title: '\u70fd\u706b\u901a\u4fe1\u79d1\u6280\u80a1\u4efd\u6709\u9650\u516c\u53f8 (\u4ee5\u4e0b\u7b80\u79f0\u201c\u70fd\u706b\u901a\u4fe1\u201d), Wuhan, as gilin.com.cn profiles it; OFweek (May 2015) writes the company \u70fd\u706b in its product news',
  url: 'https://www.gilin.com.cn/essence0912708.html',
}
const TPLINK_CN_NAMES: Source = {
  title: 'Blue Word Plan via fywz.net (28 Apr 2025): the TP-Link known in China is \u6df1\u5733\u5e02\u666e\u8054\u6280\u672f\u6709\u9650\u516c\u53f8 (TP-LINK Technologies Co., Ltd.), founded 1996 in Shenzhen; Jiemian: TP-Link\u2019s company is \u666e\u8054\u6280\u672f\u6709\u9650\u516c\u53f8',
  url: 'https://fywz.net/news/EPW3d340nq.html',
}
const HILLSTONE_CN_NAMES: Source = {
  title: 'Hillstone Networks, 2023 annual report (\u516c\u53f8\u4ee3\u7801 688030, \u516c\u53f8\u7b80\u79f0 \u5c71\u77f3\u7f51\u79d1): \u5c71\u77f3\u7f51\u79d1\u901a\u4fe1\u6280\u672f\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'http://money.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=9905020&stockid=688030',
}
const DPTECH_CN_NAMES: Source = {
  title: 'DPtech, 2023 annual report (stock 300768, \u8fea\u666e\u79d1\u6280): \u676d\u5dde\u8fea\u666e\u79d1\u6280\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'http://money.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=9976825&stockid=300768',
}
const CHINA_MOBILE_CN_NAME: Source = {
  title: 'Wikipedia, China Mobile (China Mobile Communications Corporation; the article points to the Chinese Wikipedia article \u4e2d\u56fd\u79fb\u52a8)',
  url: 'https://db0nus869y26v.cloudfront.net/en/China_Mobile',
}
const CHINA_TELECOM_CN_NAME: Source = {
  title: 'China Telecom, 2024 annual report (\u516c\u53f8\u4ee3\u7801 601728, \u516c\u53f8\u7b80\u79f0 \u4e2d\u56fd\u7535\u4fe1): \u4e2d\u56fd\u7535\u4fe1\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'https://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=10805983&stockid=601728',
}
const CHINA_UNICOM_CN_NAME: Source = {
  title: 'China Unicom, 2021 annual report (\u516c\u53f8\u4ee3\u7801 600050, \u516c\u53f8\u7b80\u79f0 \u4e2d\u56fd\u8054\u901a): \u4e2d\u56fd\u8054\u5408\u7f51\u7edc\u901a\u4fe1\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'https://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?stockid=600050&id=7881569',
}
const QUECTEL_CN_NAMES: Source = {
  title: 'Quectel, 2019 annual report (\u516c\u53f8\u4ee3\u7801 603236, \u516c\u53f8\u7b80\u79f0 \u79fb\u8fdc\u901a\u4fe1): \u4e0a\u6d77\u79fb\u8fdc\u901a\u4fe1\u6280\u672f\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'https://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?stockid=603236&id=6035445',
}
const FIBOCOM_CN_NAMES: Source = {
  title: 'Fibocom, 2024 half-year report (stock 300638, \u5e7f\u548c\u901a): \u516c\u53f8\u3001\u672c\u516c\u53f8\u3001\u5e7f\u548c\u901a \u6307 \u6df1\u5733\u5e02\u5e7f\u548c\u901a\u65e0\u7ebf\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'https://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=10438986&stockid=300638',
}
const HANGZHOU_SECURITY_NAMES: Source = {
  title: 'Uniview, news (Jun 2019) on Hangzhou\u2019s security industry: \u6d77\u5eb7\u5a01\u89c6, \u6d59\u6c5f\u5927\u534e and \u5b87\u89c6\u79d1\u6280, called \u6d77\u5eb7, \u5927\u534e and \u5b87\u89c6 together \u201c\u6d77\u5927\u5b87\u201d; \u96c4\u8fc8 among the other Hangzhou security makers',
  url: 'https://cn.uniview.com/About_Us/News/Media_Boardcast/201906/803457_140493_0.htm',
}
const HUAWEI_DEVICE_CN_NAME: Source = {
  title: 'Huawei\u2019s guide to DevEco Testing Hypium (HarmonyOS UI test framework, published with the hypium package on PyPI; the privacy section was read in a stored copy of the guide): Hypium \u662f\u7531\u534e\u4e3a\u7ec8\u7aef\u6709\u9650\u516c\u53f8\uff08\u4ee5\u4e0b\u7b80\u79f0\u201c\u6211\u4eec\u201d\u6216\u201c\u534e\u4e3a\u201d\uff09\u63d0\u4f9b, the company the IEEE registry lists as Huawei Device Co., Ltd.',
  url: 'https://pypi.org/project/hypium',
}
const HONOR_CN_NAMES: Source = {
  title: 'Wikipedia, Honor (brand): native name \u8363\u8000; sold by Huawei in Nov 2020 to Shenzhen Zhixin New Information Technology',
  url: 'https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Huawei_Honor_Magic_2',
}
const HONOR_TERMINAL: Source = {
  title: 'Huawei transfers Honor series trademarks: the number exceeds 700 (Qichacha: the transferee is Honor Terminal Co., Ltd., the word-for-word English of \u8363\u8000\u7ec8\u7aef\u6709\u9650\u516c\u53f8)',
  url: 'https://semikronigbt.com/huawei-transfers-honor-series-trademarks-the-number-exceeds-700/',
  date: '2022-09-06',
}
const HONOR_CN_LEGAL_NAMES: Source = {
  title: 'China Business Journal: on 26 Jun (2025) \u8363\u8000\u7ec8\u7aef\u80a1\u4efd\u6709\u9650\u516c\u53f8 (\u201c\u8363\u8000\u201d) registered for IPO tutoring with the Shenzhen CSRC office; its controlling shareholder is \u6df1\u5733\u5e02\u667a\u4fe1\u65b0\u4fe1\u606f\u6280\u672f\u6709\u9650\u516c\u53f8 (49.55%). Jiemian, 5 Aug (2024; reprinted at cfztjj.com/article/11516542.html), writes the company \u69ae\u8000\u7d42\u7aef\u6709\u9650\u516c\u53f8 before its conversion to a joint-stock company',
  url: 'http://www.cbyiming.com/Web_home/newInfo?aid=292765',
  date: '2025-06',
}
const XFUSION_CN_NAME: Source = {
  title: 'xFusion\u2019s Zenoss plug-in (GitHub organisation Open-xFusion, the \u201cXFUSION Zenoss Plugin\u201d), routers.py header: \u7248\u6743\u4fe1\u606f\uff1a\u8d85\u805a\u53d8\u6570\u5b57\u6280\u672f\u6709\u9650\u516c\u53f8, 2017-2022',
  url: 'https://github.com/Open-xFusion/Server_Plugin_Zenoss/blob/3df5822ec6320cc90cc204c66c754fc4c44bc7dc/src/ZenPacks/community/xFusionServer/routers.py',
}
const NUBIA_CN_NAMES: Source = {
  title: 'NetEase (163.com) on \u52aa\u6bd4\u4e9a\u624b\u673a and Doubao: \u502a\u98de is president of ZTE\u2019s terminal division and of \u52aa\u6bd4\u4e9a\u6280\u672f\u6709\u9650\u516c\u53f8 (day read, year not stated); Blog of Mobile (3 May 2021) writes Nubia Technology (\u52aa\u6bd4\u4e9c\u6280\u8853), a ZTE subsidiary',
  url: 'https://www.163.com/dy/article/KGITSFJI0519F5EB.html',
}
const HMN_CN_NAMES: Source = {
  title: 'Submarine Networks (Chinese edition, Jun 2020): Hengtong completed the transfer of 51% of \u534e\u4e3a\u6d77\u6d0b\u7f51\u7edc(\u9999\u6e2f)\u6709\u9650\u516c\u53f8 (\u7b80\u79f0\u201c\u534e\u4e3a\u6d77\u6d0b\u201d, Huawei Marine System Co., Limited), founded in Jan 2008 by Huawei and Global Marine Systems; its operating company in Tianjin is \u534e\u4e3a\u6d77\u6d0b\u7f51\u7edc\u6709\u9650\u516c\u53f8',
  url: 'https://www.submarinenetworks.com/zh/cn/20200606',
  date: '2020-06',
}
const EZVIZ_CN_NAMES: Source = {
  title: 'EZVIZ, STAR Market listing announcement (\u80a1\u7968\u7b80\u79f0 \u8424\u77f3\u7f51\u7edc, \u80a1\u7968\u4ee3\u7801 688475): \u676d\u5dde\u8424\u77f3\u7f51\u7edc\u80a1\u4efd\u6709\u9650\u516c\u53f8, Hangzhou EZVIZ Network Co.,Ltd., Danfeng Road 399, Binjiang, Hangzhou; listed on 28 Dec 2022',
  url: 'http://stock.stockstar.com/notice/SN2022122600008656.shtml',
  date: '2022-12-27',
}
const FORTINET_CN_NAME: Source = {
  title: 'CNNVD bulletin on FortiOS/FortiProxy (CVE-2023-33308), 17 Jul 2023: FortiOS\u662f\u7f8e\u56fd\u98de\u5854\uff08Fortinet\uff09\u516c\u53f8\u7684\u4e00\u5957\u4e13\u7528\u4e8eFortiGate\u7f51\u7edc\u5b89\u5168\u5e73\u53f0\u4e0a\u7684\u64cd\u4f5c\u7cfb\u7edf (as carried by \u5b89\u5168\u5185\u53c2, archived in zxarj/wxvuln)',
  url: 'https://github.com/zxarj/wxvuln/blob/e2e5843f7c3c941395ec4a4f598df2bffd2f3d6c/doc/2023/2023-07/\u56fd\u5bb6\u6f0f\u6d1e\u5e93CNNVD\uff1a\u5173\u4e8eFortiOS\u2215FortiProxy\u5b89\u5168\u6f0f\u6d1e\u60c5\u51b5\u7684\u901a\u62a5.md',
  date: '2023-07-17',
}
const KASPERSKY_CN_NAMES: Source = {
  title: 'Global Times report: \u5361\u5df4\u65af\u57fa\u5b9e\u9a8c\u5ba4, the Russian company often called \u5361\u5df4\u65af\u57fa (Kaspersky); Chinese Wikipedia (zh-hk, via Wikiwand): \u5361\u5df4\u65af\u57fa\u5be6\u9a57\u5ba4 (Kaspersky Lab), a computer security company in Moscow',
  url: 'http://shicaozhen.com/toutiao/92646.html',
}
const CHINA_TELECOM_GROUP_CN_NAME: Source = {
  title: 'Chinese Wikipedia (zh-hant mirror), \u4e2d\u570b\u96fb\u4fe1: \u4e2d\u570b\u96fb\u4fe1\u96c6\u5718\u6709\u9650\u516c\u53f8 (China Telecommunications Group Co., Ltd.), \u7c21\u7a31\u4e2d\u570b\u96fb\u4fe1; English Wikipedia, China Telecom: \u4e2d\u56fd\u7535\u4fe1\u80a1\u4efd\u6709\u9650\u516c\u53f8, traditional \u4e2d\u570b\u96fb\u4fe1\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'https://wiwikim.kfd.me/zh-hant/%E4%B8%AD%E5%9B%BD%E7%94%B5%E4%BF%A1',
}
const CHINA_UNICOM_GROUP_CN_NAME: Source = {
  title: 'Chinese Wikipedia (mirror), \u4e2d\u56fd\u8054\u901a: \u4e2d\u56fd\u8054\u5408\u7f51\u7edc\u901a\u4fe1\u96c6\u56e2\u6709\u9650\u516c\u53f8, \u7b80\u79f0\u4e2d\u56fd\u8054\u901a\u96c6\u56e2\u3001\u4e2d\u56fd\u8054\u901a, formed in 2008-2009 from China Unicom and China Netcom',
  url: 'https://profilpelajar.com/zh/%E4%B8%AD%E5%9B%BD%E8%81%94%E9%80%9A',
}
// Chinese names of more makers found in networks: the PRC companies by their filings, the Taiwanese
// ones in traditional characters as Taiwan and the Taipei Times write them. A short name that is
// also a common word (\u6b63\u6587 "main text", \u540c\u4e3a "both are", \u5171\u8fdb "advance together") is left out, and so
// is one the sources do not write on its own (\u4ebf\u8054, \u660e\u6cf0, \u5408\u52e4, \u745e\u6631): only the longer form is an alias.
const RAISECOM_CN_NAMES: Source = {
  title: 'Raisecom, IPO prospectus (stock 603803, 6 Apr 2017): \u745e\u65af\u5eb7\u8fbe\u79d1\u6280\u53d1\u5c55\u80a1\u4efd\u6709\u9650\u516c\u53f8, RAISECOM TECHNOLOGY CO.,Ltd., Haidian, Beijing; its 2025 half-year report gives the Chinese short name \u745e\u65af\u5eb7\u8fbe (reportify.ai summary)',
  url: 'http://money.finance.sina.com.cn/corp/view/vISSUE_RaiseExplanationDetail.php?id=3188267&stockid=603803',
  date: '2017-04-06',
}
const YEALINK_CN_NAMES: Source = {
  title: 'Yealink, 2023 annual report (stock 300628, \u4ebf\u8054\u7f51\u7edc): \u53a6\u95e8\u4ebf\u8054\u7f51\u7edc\u6280\u672f\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'http://money.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=10035351&stockid=300628',
  date: '2024-04-23',
}
const TVT_CN_NAMES: Source = {
  title: 'TVT, IPO prospectus (stock 002835, \u540c\u4e3a\u80a1\u4efd): \u6df1\u5733\u5e02\u540c\u4e3a\u6570\u7801\u79d1\u6280\u80a1\u4efd\u6709\u9650\u516c\u53f8, SHENZHEN TVT DIGITAL TECHNOLOGY CO., LTD.',
  url: 'http://money.finance.sina.com.cn/corp/view/vISSUE_RaiseExplanationDetail.php?stockid=002835&id=2928541',
  date: '2016-12-14',
}
const GONGJIN_CN_NAMES: Source = {
  title: 'Gongjin, 2022 annual report (\u516c\u53f8\u4ee3\u7801 603118, \u516c\u53f8\u7b80\u79f0 \u5171\u8fdb\u80a1\u4efd): \u6df1\u5733\u5e02\u5171\u8fdb\u7535\u5b50\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'https://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?stockid=603118&id=9026829',
  date: '2023-04-21',
}
const SKYWORTH_DIGITAL_CN_NAME: Source = {
  title: 'Skyworth Digital, 2023 annual report (stock 000810, \u521b\u7ef4\u6570\u5b57): \u521b\u7ef4\u6570\u5b57\u80a1\u4efd\u6709\u9650\u516c\u53f8 (as carried by Securities Star)',
  url: 'https://stock.stockstar.com/notice/SN2024032100038270.shtml',
  date: '2024-03-22',
}
const NINESTAR_CN_NAME: Source = {
  title: 'Ninestar, report on its 2017 private placement (Shanghai Securities News): \u6cd5\u5b9a\u4e2d\u6587\u540d\u79f0 \u7eb3\u601d\u8fbe\u80a1\u4efd\u6709\u9650\u516c\u53f8, \u6cd5\u5b9a\u82f1\u6587\u540d\u79f0 Ninestar Corporation; its former names include \u73e0\u6d77\u4e07\u529b\u8fbe\u7535\u6c14\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'https://paper.cnstock.com/html/2017-12/20/content_924008.htm',
  date: '2017-12-20',
}
const AUTEL_ROBOTICS_CN_NAME: Source = {
  title: 'STAR Market Daily via cls.cn: \u9053\u901a\u667a\u80fd\u822a\u7a7a (Autel Robotics Co.,Ltd.), added to the US DoD 1260H list, is a drone company founded in 2014; the listed \u9053\u901a\u79d1\u6280 (Autel Intelligent Technology) says the two hold no shares in each other',
  url: 'https://api3.cls.cn/share/subject/2024?os=android&sv=817',
}
const HIKROBOT_CN_NAMES: Source = {
  title: 'Hikvision announcement, reported by zhineng518.com: its subsidiary \u6d77\u5eb7\u673a\u5668\u4eba filed for a ChiNext IPO, accepted by the Shenzhen Stock Exchange on 7 Mar 2023 as \u676d\u5dde\u6d77\u5eb7\u673a\u5668\u4eba\u80a1\u4efd\u6709\u9650\u516c\u53f8',
  url: 'https://www.zhineng518.com/page108?article_id=5609',
  date: '2023-03',
}
const SANECHIPS_CN_NAME: Source = {
  title: 'ninimall.com (5 Jun 2019): ZTE relies on its subsidiary \u4e2d\u5174\u5fae\u7535\u5b50, which grew out of the IC design department ZTE set up in 1996',
  url: 'https://ninimall.com/www/article/3000103270',
  date: '2019-06-05',
}
const HUARAY_CN_NAMES: Source = {
  title: 'Dahua announcement 2025-099 (17 Nov 2025): spin-off of its subsidiary \u6d59\u6c5f\u534e\u777f\u79d1\u6280\u80a1\u4efd\u6709\u9650\u516c\u53f8 (\u534e\u777f\u79d1\u6280) to the HKEX main board',
  url: 'https://www.aijingu.com/notices/002236/AN202511171783176792.html',
  date: '2025-11-17',
}
const TAIPEI_TIMES_WIMAX_2008: Source = {
  title: 'Taipei Times: Alcatel-Lucent unveils its WiMAX interoperability testing center in Taipei; the report names MediaTek Inc (\u806f\u767c\u79d1), Gemtek Technology Co (\u6b63\u6587), ZyXEL Communications Corp (\u5408\u52e4\u79d1\u6280), Asustek Computer Inc (\u83ef\u78a9) and Accton Technology Corp (\u667a\u90a6\u79d1\u6280)',
  url: 'http://taipeitimes.com/News/biz/archives/2008/02/22/2003402383',
  date: '2008-02-22',
}
const TAIPEI_TIMES_ASUS_DLINK_2009: Source = {
  title: 'Taipei Times: Asustek Computer Inc (\u83ef\u78a9) holds 4.27 percent of D-Link Corp (\u53cb\u8a0a); in 2005 it bought shares of Askey Computer Corp (\u4e9e\u65ed)',
  url: 'http://www.taipeitimes.com/News/biz/archives/2009/07/13/2003448556',
  date: '2009-07-13',
}
const TAIPEI_TIMES_ALPHA_2020: Source = {
  title: 'Taipei Times: Qisda Corp reaches a share transfer agreement with D-Link Corp (\u53cb\u8a0a\u79d1\u6280) for D-Link subsidiary Alpha Networks Inc (\u660e\u6cf0\u79d1\u6280)',
  url: 'https://www.taipeitimes.com/News/biz/archives/2020/09/21/2003743783',
  date: '2020-09-21',
}
const TAIPEI_TIMES_REALTEK_2021: Source = {
  title: 'Taipei Times: networking chip designer Realtek Semiconductor Corp (\u745e\u6631\u534a\u5c0e\u9ad4) plans to invest NT$7.2 billion in Taiwan',
  url: 'https://taipeitimes.com/News/biz/archives/2021/07/12/2003760686',
  date: '2021-07-12',
}
const TAIPEI_TIMES_SERCOMM_2019: Source = {
  title: 'Taipei Times: telecom equipment maker Sercomm Corp (\u4e2d\u78ca) posts 30 percent growth in net income',
  url: 'https://www.taipeitimes.com/News/biz/archives/2019/08/14/2003720433',
  date: '2019-08-14',
}
const YS_CONSULTING_NETWORKING_2018: Source = {
  title: 'Y\u2019s Consulting, news T00080982: networking makers move production out of China, among them \u53cb\u8a0a\u79d1\u6280 (D-Link), \u6b63\u6587\u79d1\u6280 (Gemtek Technology), \u4e2d\u78ca\u96fb\u5b50 (Sercomm) and \u667a\u6613\u79d1\u6280 (Arcadyan Technology)',
  url: 'https://www.ys-consulting.com.tw/news/80982.html',
  date: '2018-12-17',
}
const SYNOLOGY_CN_NAME: Source = {
  title: 'Wikipedia, Synology: Synology Inc (Chinese: \u7fa4\u6689\u79d1\u6280), founded in April 2000, a Taiwanese maker of network attached storage',
  url: 'http://en.wikipedia.org/wiki/Synology',
}
const MEDIATEK_CN_NAME: Source = {
  title: 'SayDigi (30 Sep 2024): IC \u8a2d\u8a08\u516c\u53f8\u806f\u767c\u79d1\u6280\uff08MediaTek\uff09\u651c\u624b\u5176\u5b50\u516c\u53f8\u9054\u767c\u79d1\u6280\uff08AIROHA\uff09, on Wi-Fi 7 and 10G-PON platforms for broadband operators (read in a saved copy of the page)',
  url: 'https://www.saydigi.com/2024/09/1436938.html',
  date: '2024-09-30',
}
const VIVOTEK_CN_NAME: Source = {
  title: 'VIVOTEK, official home page, organisation description: VIVOTEK Inc. was founded in February 2000; \u6676\u777f\u901a\u8a0a\u80a1\u4efd\u6709\u9650\u516c\u53f8\u6210\u7acb\u65bc2000\u5e742\u6708\uff0c\u4ee5\u81ea\u6709\u54c1\u724c\u300cVIVOTEK\u300d\u884c\u92b7\u5168\u7403 (read in a saved copy of the page)',
  url: 'https://www.vivotek.com/',
}
const EDIMAX_CN_NAME: Source = {
  title: 'Edimax\u2019s AirBox page (\u7a7a\u6c23\u76d2\u5b50, with the Edimax logo): Edimax\u8a0a\u821f\u79d1\u6280 and the Academia Sinica Institute of Information Science run the AirBox project, whose data go to Edimax Cloud\u8a0a\u821f\u79d1\u6280\u96f2\u7aef\u7269\u806f\u7db2\u5e73\u53f0 (read in a saved copy of the page)',
  url: 'https://airbox.edimaxcloud.com/',
}
const QNAP_CN_NAME: Source = {
  title: 'vocus.cc on IEI Integration (\u5a01\u5f37\u96fb, 3022) after its 2025 second-quarter results: IEI is known for its industrial PCs and its NAS subsidiary \u5a01\u806f\u901a (QNAP)',
  url: 'https://vocus.cc/article/689c83e9fd897800018d391a',
}
// Japanese names of the makers, as Japanese operators\u2019 inventories and asset tools write them: the
// company\u2019s name without its legal form (org-name drops \u682a\u5f0f\u4f1a\u793e before or after the name), in the
// katakana or kanji the company itself uses. Like the Chinese names, they match only as the whole
// name: \u30b7\u30e3\u30fc\u30d7 is also the sharp sign and \u30a2\u30c3\u30d7\u30eb the fruit.
const NEC_JA_NAMES: Source = {
  title: 'Nipponica encyclopaedia (kotobank), \u65e5\u672c\u96fb\u6c17(\u682a): a maker of communication and information equipment, abbreviated NEC',
  url: 'https://kotobank.jp/word/%E6%97%A5%E6%9C%AC%E9%9B%BB%E6%B0%97-109964',
}
const FUJITSU_JA_NAMES: Source = {
  title: 'Fujitsu, Annual Report 2009 (Japanese edition): \u5bcc\u58eb\u901a\u682a\u5f0f\u4f1a\u793e, Fujitsu Limited, Shiodome City Center, Tokyo',
  url: 'https://happylibus.com/doc/476816/%E3%82%A2%E3%83%8B%E3%83%A5%E3%82%A2%E3%83%AB%E3%83%AC%E3%83%9D%E3%83%BC%E3%83%88-2009',
}
const SONY_JA_NAMES: Source = {
  title: 'NTV News: the shareholders approved renaming \u30bd\u30cb\u30fc\u682a\u5f0f\u4f1a\u793e to \u30bd\u30cb\u30fc\u30b0\u30eb\u30fc\u30d7\u682a\u5f0f\u4f1a\u793e from 1 Apr 2021; the name \u30bd\u30cb\u30fc\u682a\u5f0f\u4f1a\u793e passes to the electronics subsidiary',
  url: 'https://news.ntv.co.jp/category/economy/667813',
}
const I_PRO_JA_NAMES: Source = {
  title: 'i-PRO, paper by its Chairman and CEO (2022): on 1 Apr 2022 \u30d1\u30ca\u30bd\u30cb\u30c3\u30afi-PRO\u30bb\u30f3\u30b7\u30f3\u30b0\u30bd\u30ea\u30e5\u30fc\u30b7\u30e7\u30f3\u30ba\u682a\u5f0f\u4f1a\u793e was renamed i-PRO\u682a\u5f0f\u4f1a\u793e; Zaikai Kyushu (26 Jun 2025) writes the company i-PRO(\u30a2\u30a4\u30d7\u30ed)',
  url: 'https://i-am.i-pro.net/ja/wp2022',
}
const ALLIED_TELESIS_JA_NAMES: Source = {
  title: 'Allied Telesis Holdings, annual securities report for 2019 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u30a2\u30e9\u30a4\u30c9\u30c6\u30ec\u30b7\u30b9\u30db\u30fc\u30eb\u30c7\u30a3\u30f3\u30b0\u30b9\u682a\u5f0f\u4f1a\u793e, \u3010\u82f1\u8a33\u540d\u3011ALLIED TELESIS HOLDINGS K.K.; the company\u2019s news of 14 Feb 2013 (at-global.com) calls the group \u30a2\u30e9\u30a4\u30c9\u30c6\u30ec\u30b7\u30b9',
  url: 'https://toushi.kankei.me/d/S100IBU8',
}
const BUFFALO_JA_NAME: Source = {
  title: 'FINDERS (26 May 2022), a visit to \u682a\u5f0f\u4f1a\u793e\u30d0\u30c3\u30d5\u30a1\u30ed\u30fc in Nagoya (named \u682a\u5f0f\u4f1a\u793e\u30e1\u30eb\u30b3 before)',
  url: 'https://finders.me/articles.php?id=3318&p=3',
}
const CANON_JA_NAMES: Source = {
  title: 'Daily Sports (19 Mar 2023), on \u30ad\u30e4\u30ce\u30f3\u682a\u5f0f\u4f1a\u793e: the company writes its name \u30ad\u30e4\u30ce\u30f3 with a full-size \u30e4; \u30ad\u30e3\u30ce\u30f3 is a common misspelling of it',
  url: 'https://daily.co.jp/society/life/2023/03/19/0016157704.shtml',
}
const BROTHER_JA_NAME: Source = {
  title: 'Brother Industries, annual securities report for the year to March 2023 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u30d6\u30e9\u30b6\u30fc\u5de5\u696d\u682a\u5f0f\u4f1a\u793e, \u3010\u82f1\u8a33\u540d\u3011BROTHER INDUSTRIES, LTD.',
  url: 'https://financialreports.eu/filings/7558974/content',
}
const EPSON_JA_NAMES: Source = {
  title: 'Seiko Epson, annual securities report for the year to March 2025 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u30bb\u30a4\u30b3\u30fc\u30a8\u30d7\u30bd\u30f3\u682a\u5f0f\u4f1a\u793e, \u3010\u82f1\u8a33\u540d\u3011SEIKO EPSON CORPORATION',
  url: 'https://financialreports.eu/filings/7249844/content',
}
const EPSON_JA_SHORT: Source = {
  title: 'Seiko Epson, quarterly report (April\u2013June 2017), notes: \u30bb\u30a4\u30b3\u30fc\u30a8\u30d7\u30bd\u30f3\u682a\u5f0f\u4f1a\u793e and its affiliates (\u4ee5\u4e0b\u300c\u30a8\u30d7\u30bd\u30f3\u300d\u3068\u3044\u3046)',
  url: 'https://irbank.net/E01873/condense/NotesToQuarterlyConsolidatedFinancialStatementsIFRSTextBlock?f=S100AVLJ',
}
const RICOH_JA_NAME: Source = {
  title: 'Ricoh, annual securities report for the year to March 2022 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u682a\u5f0f\u4f1a\u793e\u30ea\u30b3\u30fc, \u3010\u82f1\u8a33\u540d\u3011RICOH COMPANY,LTD.',
  url: 'https://toushi.kankei.me/d/S100OE3Q',
}
const KYOCERA_JA_NAME: Source = {
  title: 'Kyocera, annual securities report for the year to March 2019 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u4eac\u30bb\u30e9\u682a\u5f0f\u4f1a\u793e, \u3010\u82f1\u8a33\u540d\u3011KYOCERA CORPORATION',
  url: 'https://financialreports.eu/filings/kyocera-corporation/annual-report/2019/7710764',
}
const KONICA_MINOLTA_JA_NAMES: Source = {
  title: 'Konica Minolta, annual securities report for the year to March 2021 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u30b3\u30cb\u30ab\u30df\u30ce\u30eb\u30bf\u682a\u5f0f\u4f1a\u793e, \u3010\u82f1\u8a33\u540d\u3011KONICA MINOLTA, INC.; the reports for 2005 to 2012 are those of \u30b3\u30cb\u30ab\u30df\u30ce\u30eb\u30bf\u30db\u30fc\u30eb\u30c7\u30a3\u30f3\u30b0\u30b9\u682a\u5f0f\u4f1a\u793e',
  url: 'https://financialreports.eu/filings/konica-minolta-inc/annual-report/2021/7626064',
}
const POLARIS_JA_NAME: Source = {
  title: 'Nikkei (31 May 2019): Panasonic sets up the security-camera company with the investment fund \u30dd\u30e9\u30ea\u30b9\u30fb\u30ad\u30e3\u30d4\u30bf\u30eb\u30fb\u30b0\u30eb\u30fc\u30d7 (Tokyo, Chiyoda)',
  url: 'https://www.nikkei.com/article/DGXMZO45527910R30C19A5000000/',
}
const SHARP_JA_NAME: Source = {
  title: 'Sharp, annual securities report for the year to March 2017 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u30b7\u30e3\u30fc\u30d7\u682a\u5f0f\u4f1a\u793e, \u3010\u82f1\u8a33\u540d\u3011Sharp Corporation',
  url: 'https://financialreports.eu/filings/sharp-corporation/annual-report/2017/7827467',
}
const TOSHIBA_TEC_JA_NAME: Source = {
  title: 'Toshiba TEC, annual securities report for the year to March 2019 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u6771\u829d\u30c6\u30c3\u30af\u682a\u5f0f\u4f1a\u793e, \u3010\u82f1\u8a33\u540d\u3011TOSHIBA TEC CORPORATION',
  url: 'https://toushi.kankei.me/d/S100GC07',
}
const OKI_JA_NAMES: Source = {
  title: 'Nipponica encyclopaedia (kotobank), \u6c96\u96fb\u6c17\u5de5\u696d(\u682a): commonly called OKI; named \u6c96\u96fb\u6c17 from 1917, dissolved in 1949 and continued as \u6c96\u96fb\u6c17\u5de5\u696d (its annual securities report gives the English name Oki Electric Industry Company, Limited)',
  url: 'https://kotobank.jp/word/%E6%B2%96%E9%9B%BB%E6%B0%97%E5%B7%A5%E6%A5%AD-39907',
}
const APPLE_JA_NAMES: Source = {
  title: 'ASCII (8 Aug 2023): \u30a2\u30c3\u30d7\u30eb marks 40 years of its Japanese company, which as of August 2023 is Apple Japan \u5408\u540c\u4f1a\u793e',
  url: 'https://ascii.jp/elem/000/004/148/4148997',
}
const CISCO_JA_NAMES: Source = {
  title: 'Cloud Watch (2022), interview with the president of \u30b7\u30b9\u30b3\u30b7\u30b9\u30c6\u30e0\u30ba\u5408\u540c\u4f1a\u793e (\u4ee5\u4e0b\u3001\u30b7\u30b9\u30b3); Cisco\u2019s securities registration statements in Japan (EDINET) name it \u30b7\u30b9\u30b3\u30fb\u30b7\u30b9\u30c6\u30e0\u30ba\u30fb\u30a4\u30f3\u30af (Cisco Systems, Inc.)',
  url: 'https://cloud.watch.impress.co.jp/docs/column/keyman/1382264.html',
}
const JUNIPER_JA_NAME: Source = {
  title: 'Juniper Networks, white paper on the SSG 500 series (part number 200177-004 JP, Nov 2008), back page: Juniper Networks, Inc., Sunnyvale, and \u30b8\u30e5\u30cb\u30d1\u30fc\u30cd\u30c3\u30c8\u30ef\u30fc\u30af\u30b9\u682a\u5f0f\u4f1a\u793e, Tokyo',
  url: 'https://paperzz.com/doc/5698734/building-a-better-broadband-network',
}
const HUAWEI_JA_NAMES: Source = {
  title: 'Niconico encyclopaedia, \u83ef\u70ba\u6280\u8853: Japanese writes the company Huawei or \u30d5\u30a1\u30fc\u30a6\u30a7\u30a4; its Japanese company, set up in 2005, is \u30d5\u30a1\u30fc\u30a6\u30a7\u30a4\u30fb\u30b8\u30e3\u30d1\u30f3 (\u83ef\u70ba\u6280\u8853\u65e5\u672c\u682a\u5f0f\u4f1a\u793e)',
  url: 'https://dic.nicovideo.jp/t/r/a/%E8%8F%AF%E7%82%BA%E6%8A%80%E8%A1%93/2652870',
}
const HIKVISION_KO_NAME: Source = {
  title: 'Economy Chosun: \uc911\uad6d \ud558\uc774\ud06c\ube44\uc804(\u6d77\u5eb7\u5a01\u8996\u00b7Hikvision Digital Technology), the largest maker of surveillance cameras',
  url: 'http://economychosun.com/client/news/view.php?boardName=C12&t_num=12645',
}
const DAHUA_KO_NAME: Source = {
  title: 'Chosun Ilbo, on Korean security cameras gaining share abroad (reposted by uiwang.shop): \uc911\uad6d\uc758 \ud558\uc774\ud06c\ube44\uc804\u00b7\ub2e4\ud6c4\uc544 \uac19\uc740 \uc5c5\uccb4\ub4e4 (Chinese makers such as Hikvision and Dahua)',
  url: 'https://uiwang.shop/%EC%A4%91%EA%B5%AD%EC%82%B0%EC%97%90-%EC%B2%A0%ED%87%B4-%EB%96%A8%EC%96%B4%EC%A7%80%EC%9E%90-%E7%BE%8E%C2%B7%EC%9C%A0%EB%9F%BD%EC%84%9C-%EB%82%A0%EA%B0%9C-%EB%8F%8B%EC%B9%9C-%ED%95%9C%EA%B5%AD/',
}
const KASPERSKY_KO_RU_NAMES: Source = {
  title: 'News1 via Daum (16 Jul 2024): \ub7ec\uc2dc\uc544 \ubcf4\uc548\uc5c5\uccb4 \uce74\uc2a4\ud37c\uc2a4\ud0a4 ... \uce74\uc2a4\ud37c\uc2a4\ud0a4\uc758 \ubbf8\uad6d \uc790\ud68c\uc0ac\uc778 \uce74\uc2a4\ud37c\uc2a4\ud0a4\ub7a9; the company\u2019s own blog on Habr is headed \u00ab\u041b\u0430\u0431\u043e\u0440\u0430\u0442\u043e\u0440\u0438\u044f \u041a\u0430\u0441\u043f\u0435\u0440\u0441\u043a\u043e\u0433\u043e\u00bb (Kaspersky Lab)',
  url: 'https://v.daum.net/v/20240716213506873?sn=123',
}
const KASPERSKY_JA_NAME: Source = {
  title: 'Kaspersky Japan, privacy policy of its web sites: AO Kaspersky Lab (\u300c\u30ab\u30b9\u30da\u30eb\u30b9\u30ad\u30fc\u300d\u3001\u300cKaspersky Lab\u300d)',
  url: 'https://www.kaspersky.co.jp/web-privacy-policy',
}
const HIKVISION_DAHUA_JA_NAMES: Source = {
  title: 'Yokohama Trinity (a security-camera dealer), on the makers the US may ban: \u676d\u5dde\u6d77\u5eb7\u5a01\u8996\u6570\u5b57\u6280\u8853 (\u30cf\u30a4\u30af\u30d3\u30b8\u30e7\u30f3) and \u6d59\u6c5f\u5927\u83ef\u6280\u8853 (\u30c0\u30fc\u30d5\u30a1\u30c6\u30af\u30ce\u30ed\u30b8\u30fc)',
  url: 'https://yokohama-trinity.com/notification/dahua-hikvision-usa.html',
}
const DAHUA_JA_SHORT: Source = {
  title: 'The Epoch Times (Japanese edition), 18 Sep 2020: the US-embargoed camera maker \u30c0\u30fc\u30d5\u30a1 (\u6d59\u6c5f\u5927\u83ef\u6280\u8853)',
  url: 'https://www.epochtimes.jp/keyword/%E6%B5%99%E6%B1%9F%E5%A4%A7%E8%8F%AF%E6%8A%80%E8%A1%93/index.html',
}
// Korean and Russian names of the makers, as inventories and asset tools in Korea and Russia write
// them. Like the Chinese and Japanese names they match only as the whole name, their legal form
// (\uc8fc\uc2dd\ud68c\uc0ac, (\uc8fc), \u041e\u041e\u041e, \u0410\u041e...) dropped by org-name.
const HUAWEI_KO_NAME: Source = {
  title: 'Korean Wikipedia, \ud654\uc6e8\uc774: \ud654\uc6e8\uc774 \uae30\uc220 \uc720\ud55c \uacf5\uc0ac (\u534e\u4e3a\u6280\u672f\u6709\u9650\u516c\u53f8, Huawei Technologies Co. Ltd.), the largest network and telecommunications equipment supplier of the PRC',
  url: 'https://ko.m.wikipedia.org/wiki/%ED%99%94%EC%9B%A8%EC%9D%B4',
}
const HUAWEI_RU_NAME: Source = {
  title: 'Russian translation of the Wikipedia article on Huawei, headed \u0425\u0443\u0430\u0432\u0435\u0439: Huawei Technologies Co., Ltd. (\u534e\u4e3a), a Chinese corporation that designs, makes and sells telecommunication equipment',
  url: 'https://ru.stringtranslate.com/%D0%A5%D1%83%D0%B0%D0%B2%D0%B5%D0%B9/Huawei',
}
const KO_ROUTER_MAKERS: Source = {
  title: 'etnews (3 Aug 2004): \uc2dc\uc2a4\ucf54\uc2dc\uc2a4\ud15c\uc988 and \uc8fc\ub2c8\ud37c\ub124\ud2b8\uc6cd\uc2a4 contend for Hanaro Telecom\u2019s backbone routers (\uc8fc\ub2c8\ud37c\uc758 T-\uc2dc\ub9ac\uc988, \uc2dc\uc2a4\ucf54\uc758 \ub77c\uc6b0\ud130 12816)',
  url: 'https://etnews.com/200408030130',
  date: '2004-08-03',
}
const KO_NETWORK_MAKERS: Source = {
  title: 'etoday: of the network equipment (switches, routers) makers, \uc2dc\uc2a4\ucf54\uc2dc\uc2a4\ud15c\uc988 and \uc8fc\ub2c8\ud37c\ub124\ud2b8\uc6cd\uc2a4 held the large equipment; \uc0bc\uc131\uc804\uc790, LG\uc5d0\ub9ad\uc2a8 and China\u2019s \ud654\uc6e8\uc774 competed; \uc720\ube44\ucffc\uc2a4 developed Korea\u2019s first large-capacity router',
  url: 'https://etoday.co.kr/news/view/347936',
}
const UBIQUOSS_KO_NAME: Source = {
  title: 'Ubiquoss, half-year report for 2022 (KRX KIND): \ud68c\uc0ac\uba85 \uc8fc\uc2dd\ud68c\uc0ac \uc720\ube44\ucffc\uc2a4; \uad6d\ubb38\uba85\uce6d \uc8fc\uc2dd\ud68c\uc0ac \uc720\ube44\ucffc\uc2a4, \uc601\ubb38\uba85\uce6d Ubiquoss Inc.; its network business split off on 1 Mar 2017 from \uc8fc\uc2dd\ud68c\uc0ac \uc720\ube44\ucffc\uc2a4\ud640\ub529\uc2a4',
  url: 'https://kind.krx.co.kr/external/2022/08/16/000717/20220816002317/11012.htm',
  date: '2022-08-16',
}
const DASAN_NETWORKS_KO_NAME: Source = {
  title: 'Hankyung (4 Apr 2002, Yonhap): the network equipment maker \u321c\ub2e4\uc0b0\ub124\ud2b8\uc6cd\uc2a4 (formerly \ub2e4\uc0b0\uc778\ud130\ub124\ud2b8, CEO \ub0a8\ubbfc\uc6b0); Dong-A Ilbo (13 May 2014): \ub2e4\uc0b0\ub124\ud2b8\uc6cd\uc2a4 and \uc720\ube44\ucffc\uc2a4, Korea\u2019s first and second makers of wired telecommunication equipment, develop a large L3 switch together. The IEEE registry names the holder of 182CA9 and 54AED0 DASAN Networks, Inc., at DASAN Tower, Seongnam (\ub2e4\uc0b0 is DASAN in the Korean romanisation)',
  url: 'https://www.hankyung.com/economy/article/2002040473848',
  date: '2002-04-04',
}
const HANWHA_VISION_KO_NAMES: Source = {
  title: 'Hanwha Vision\u2019s website terms (as mirrored at 4cust.net): \ud55c\ud654\ube44\uc804 \ud648\ud398\uc774\uc9c0, \ud55c\ud654\ube44\uc804(\uc8fc); Google Patents KR102256474B1 (network security for cameras): original assignee \ud55c\ud654\ud14c\ud06c\uc708 \uc8fc\uc2dd\ud68c\uc0ac',
  url: 'http://4cust.net/',
}
const IDIS_KO_NAME: Source = {
  title: 'Shin Dong-A: \uc544\uc774\ub514\uc2a4 (CEO \uae40\uc601\ub2ec) and its DVRs, one of which recorded the Busan shooting-range fire; Hankyung (16 Sep 2004): \uc544\uc774\ub514\uc2a4 the sole DVR supplier of the New York City subway. The IEEE registry names the holder of 000322 IDIS Co., Ltd. (Seoul)',
  url: 'https://shindonga.donga.com/economy/3/03/13/109215/1',
}
const ELTEX_CISCO_RU_NAMES: Source = {
  title: 'Dzen (29 Jun 2023, after Vedomosti): the Federal Customs Service replaces its Cisco equipment with that of \u00ab\u042d\u043b\u0442\u0435\u043a\u0441\u00bb, a Novosibirsk company making its own routers; Cisco was represented in Russia by two legal entities, \u00ab\u0421\u0438\u0441\u043a\u043e \u0441\u043e\u043b\u044e\u0448\u0435\u043d\u0437\u00bb and \u00ab\u0421\u0438\u0441\u043a\u043e \u0441\u0438\u0441\u0442\u0435\u043c\u0441\u00bb',
  url: 'https://dzen.ru/a/ZJzXlVv180K-c4up',
  date: '2023-06-29',
}
// Chinese, Japanese and Korean names of more makers outside the covered groups, as inventories in
// those countries write them: a news report, filing or the company's own site shows each name for
// the maker. Like the names above they match only as the whole name. The bare name of the Samsung
// chaebol (\u4e09\u661f, \uc0bc\uc131, \u30b5\u30e0\u30b9\u30f3), of which Samsung Electronics is one company (SAMSUNG_CN_NAME),
// is left out; the electronics company's name is an alias.
const CISCO_CN_NAMES: Source = {
  title: 'Sina Tech (18 Jun 2013): \u601d\u79d1 sends Sina Tech a statement that it took no part in the PRISM programme, signed \u601d\u79d1\u7cfb\u7edf\u7f51\u7edc\u6280\u672f\u6709\u9650\u516c\u53f8, its company in China',
  url: 'http://t.cn/zHu1v78',
  date: '2013-06-18',
}
const DOJ_HPE_JUNIPER_CN: Source = {
  title: 'Reuters, Chinese edition (30 Jan 2025, as carried by TradingKey): the US Department of Justice sues to block \u60e0\u666e\u4f01\u4e1a (HPE.N) buying the network equipment maker \u77bb\u535a\u7f51\u7edc (JNPR.N), a deal that would leave \u601d\u79d1\u7cfb\u7edf\u516c\u53f8 (CSCO.O) and HPE with over 70% of the US market',
  url: 'https://www.tradingkey.com/zh-hans/news/stocks/250335848-reuters',
  date: '2025-01-30',
}
const HP_SPLIT_CN: Source = {
  title: 'Central News Agency (Taiwan, 1 Nov 2015, after AFP): \u60e0\u666e (Hewlett-Packard) splits today into \u60e0\u666e\u4f01\u696d (HP Enterprise), software and enterprise services, and \u60e0\u666e\u516c\u53f8 (HP Inc.), PCs and printers',
  url: 'http://www.cna.com.tw/news/afe/201511010161-1.aspx',
  date: '2015-11-01',
}
const HP_CN_NAME: Source = {
  title: 'Shenzhen Special Zone Daily (8 Oct 2014): the company is named after Hewlett and Packard, abbreviated HP, that is \u60e0\u666e; of the two halves of the split one is to be called \u60e0\u666e\u4f01\u4e1a, the other keeps the abbreviation',
  url: 'http://zhonghuixigou.com/roll/20141008/2712676.shtml',
  date: '2014-10-08',
}
const HPE_CN_NAME: Source = {
  title: 'Fortune China (5 Nov 2019): \u6167\u4e0e\u79d1\u6280 (Hewlett Packard Enterprise), split from \u60e0\u666e in 2015, sells servers, storage and software to enterprises; its CEO Antonio Neri',
  url: 'http://www.fortunechina.com/management/c/2019-11/05/content_350195.htm',
  date: '2019-11-05',
}
const HP_SPLIT_JA: Source = {
  title: 'ITmedia (2 Nov 2015, archived by megalodon.jp): \u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9 splits into HP Inc. and Hewlett Packard Enterprise; in Japan since 1 Aug 2015 the enterprise business is \u65e5\u672c\u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9\u682a\u5f0f\u4f1a\u793e and PCs and printing are \u682a\u5f0f\u4f1a\u793e \u65e5\u672cHP',
  url: 'https://megalodon.jp/ref/2015-1103-0956-10/www.itmedia.co.jp/pcuser/articles/1511/02/news142.html',
  date: '2015-11-02',
}
const HPE_JA_NAME: Source = {
  title: 'Japanese encyclopaedia article \u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9 (as carried by stampfactory.net): Hewlett-Packard Company was split on 1 Nov 2015 into HP Inc. and \u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9\u30fb\u30a8\u30f3\u30bf\u30fc\u30d7\u30e9\u30a4\u30ba; \u65e5\u672c\u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9\u682a\u5f0f\u4f1a\u793e became the Japanese company of the latter, \u65e5\u672cHP that of HP Inc.',
  url: 'https://stampfactory.net/dictionary/?id=49949',
}
const JUNIPER_JA_SHORT: Source = {
  title: 'Juniper Networks, Japanese site, corporate responsibility: the pages headed \u30b8\u30e5\u30cb\u30d1\u30fc\u306b\u3064\u3044\u3066 (about Juniper) call the company \u30b8\u30e5\u30cb\u30d1\u30fc\u30cd\u30c3\u30c8\u30ef\u30fc\u30af\u30b9 and \u30b8\u30e5\u30cb\u30d1\u30fc',
  url: 'http://www.juniper.net/jp/jp/company/citizenship-sustainability/operations/',
}
const DELL_CN_NAME: Source = {
  title: 'Chinese Wikipedia (mirror), \u6234\u5c14: \u6234\u5c14\u80a1\u4efd\u6709\u9650\u516c\u53f8 (\u82f1\u8bed: Dell Inc., \u7b80\u79f0\u6234\u5c14), of Round Rock, Texas, founded by Michael Dell in 1984',
  url: 'https://zhwiki.oracleblog.org/wiki/%E6%88%B4%E5%B0%94',
}
const DELL_JA_NAMES: Source = {
  title: 'Dell, Japanese terms of sale for consumers, headed \u30c7\u30eb\u8ca9\u58f2\u6761\u4ef6: \u300c\u30c7\u30eb\u30fb\u30c6\u30af\u30ce\u30ed\u30b8\u30fc\u30ba\u300d\u3068\u306f\u3001\u65e5\u672c\u56fd\u6cd5\u4eba\u30c7\u30eb\u30fb\u30c6\u30af\u30ce\u30ed\u30b8\u30fc\u30ba\u682a\u5f0f\u4f1a\u793e (an earlier version of the page: \u300c\u30c7\u30eb\u300d\u3068\u306f\u3001\u65e5\u672c\u56fd\u6cd5\u4eba\u30c7\u30eb\u682a\u5f0f\u4f1a\u793e)',
  url: 'https://dell.com/Learn/jp/ja/jpcorp1/terms-of-sale-consumer',
}
const LENOVO_JA_NAMES: Source = {
  title: 'Japanese Wikipedia (goo), Lenovo: \u30ec\u30ce\u30dc (Lenovo), simplified \u8054\u60f3\u96c6\u56e2, traditional \u806f\u60f3\u96c6\u56e3; its Japanese company is \u30ec\u30ce\u30dc\u30fb\u30b8\u30e3\u30d1\u30f3\u682a\u5f0f\u4f1a\u793e; in Japan written \u806f\u60f3\u96c6\u56e3, \u806f\u60f3\u30b0\u30eb\u30fc\u30d7 or \u30ec\u30ce\u30dc',
  url: 'https://wpedia.goo.ne.jp/wiki/Lenovo',
}
const TELECOM_VENDORS_CN: Source = {
  title: 'ICSmart (9 Sep 2020, after Kuai Keji) on Dell\u2019Oro\u2019s ranking of telecom equipment in the first half of 2020: \u534e\u4e3a 31%, \u8bfa\u57fa\u4e9a (after merging Alcatel-Lucent) 14%, then \u7231\u7acb\u4fe1, \u4e2d\u5174, \u601d\u79d1, Ciena and \u4e09\u661f; \u7231\u7acb\u4fe1 focuses on wireless equipment',
  url: 'https://icsmart.cn/?p=39749',
  date: '2020-09-09',
}
const TELECOM_VENDORS_JA: Source = {
  title: 'Kyoto Shimbun (19 Apr 2019, Kyodo): the Nordic telecom equipment makers \u30b9\u30a6\u30a7\u30fc\u30c7\u30f3\u306e\u30a8\u30ea\u30af\u30bd\u30f3 and \u30d5\u30a3\u30f3\u30e9\u30f3\u30c9\u306e\u30ce\u30ad\u30a2 win 5G orders; IHS Markit puts \u97d3\u56fd\u30b5\u30e0\u30b9\u30f3\u96fb\u5b50 at 21% of 5G equipment in 2018',
  url: 'https://www.kyoto-np.co.jp/economy/article/20190419000068',
  date: '2019-04-19',
}
const SAMSUNG_CN_NAME: Source = {
  title: 'The Economist, \u201cSamsung Electronics wants to dominate cutting-edge chipmaking\u201d, in a Chinese translation headed \u4e09\u661f\u7535\u5b50\u6b32\u4e3b\u5bfc\u5c16\u7aef\u82af\u7247\u5236\u9020: \u4e09\u661f\u7535\u5b50 (SE), the crown jewel of the Samsung chaebol',
  url: 'http://ziyuekaoyan.com/forum.php?action=printable&mod=viewthread&tid=3516',
}
const LG_KO_NAME: Source = {
  title: 'etnews (21 Nov 2002): LG\uc804\uc790 reorganises its network equipment business (its backbone communications division, NGN group)',
  url: 'https://etnews.com/200211210086',
  date: '2002-11-21',
}
const TELECOM_VENDORS_KO: Source = {
  title: 'Consumer Post, on the Financial Times\u2019 ranking of telecom equipment makers in 2017: \ud654\uc6e8\uc774(\uc911\uad6d) 28%, \uc5d0\ub9ad\uc2a8(\uc2a4\uc6e8\ub374) 27%, \ub178\ud0a4\uc544(\ud540\ub780\ub4dc) 23%, ZTE(\uc911\uad6d) 13%, \uc0bc\uc131\uc804\uc790(\ud55c\uad6d) 3%',
  url: 'http://www.consumerpost.co.kr/news/articleView.html?idxno=202798',
}
const DELL_KO_NAME: Source = {
  title: 'Hankyung (May 2003): \ub378\ucef4\ud4e8\ud130 renames itself \ub378, as it told the securities regulator on the 5th, to reflect its servers and storage besides PCs',
  url: 'https://hankyung.com/article/2003050678031',
  date: '2003-05',
}
const LENOVO_KO_NAME: Source = {
  title: 'inews24: Dell\u2019s Asia-Pacific enterprise head on \ub808\ub178\ubc84, the Chinese PC maker that bought IBM\u2019s x86 server business on 1 October',
  url: 'http://app.inews24.com/v/mrlted/866555',
}
const TOSHIBA_JA_NAME: Source = {
  title: 'Toshiba, annual securities report for the year to March 2010 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u682a\u5f0f\u4f1a\u793e \u6771\u829d, \u3010\u82f1\u8a33\u540d\u3011TOSHIBA CORPORATION',
  url: 'https://expydoc.com/doc/7119335/%E7%AC%AC171%E6%9C%9F-%E5%B9%B3%E6%88%9022%E5%B9%B43%E6%9C%8831%E6%97%A5-pdf-%E5%BD%A2%E5%BC%8F-672-kb---%E6%A0%AA%E4%B8%BB%E3%83%97%E3%83%AD',
  date: '2010-06-23',
}
const PANASONIC_JA_NAME: Source = {
  title: 'Panasonic, quarterly report for July\u2013September 2016 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u30d1\u30ca\u30bd\u30cb\u30c3\u30af\u682a\u5f0f\u4f1a\u793e, \u3010\u82f1\u8a33\u540d\u3011Panasonic Corporation',
  url: 'https://pdfslide.us/documents/0-h-0-panasonic.html',
  date: '2016-11-11',
}
const I_O_DATA_JA_SHORT: Source = {
  title: 'Nikkan Gendai on \u30a2\u30a4\u30fb\u30aa\u30fc\u30fb\u30c7\u30fc\u30bf\u6a5f\u5668 of Kanazawa, founded in 1976 in its president\u2019s garage: \u201c\u6210\u9577\u3092\u9042\u3052\u305f\u30a2\u30a4\u30fb\u30aa\u30fc\u30fb\u30c7\u30fc\u30bf\u306f\u201d, the company under its short name',
  url: 'https://nikkan-gendai.com/articles/view/life/334845',
}
// Japanese network makers (see the section of that name in MANUFACTURERS).
const YAMAHA_JA_NAME: Source = {
  title: 'Directors blog (kmonos): \u30e4\u30de\u30cf\u682a\u5f0f\u4f1a\u793e makes network equipment (routers) besides musical instruments; \u30e4\u30de\u30cf\u767a\u52d5\u6a5f (motorcycles, engines, boats) is another company, split off in 1955',
  url: 'https://blog.kmonos.jp/?p=20191',
}
const JVCKENWOOD_MERGER: Source = {
  title: 'Hachioji Keizai Shimbun, 2011: JVC Kenwood (formed in Oct 2008 by the integration of Kenwood and Victor) absorbs Kenwood, J&K Car Electronics and Victor on 1 Oct 2011, keeping each brand',
  url: 'https://hachioji.keizai.biz/headline/913',
}
const FURUKAWA_JA_NAMES: Source = {
  title: 'Furukawa Electric, history (furukawaelectric.com): Furukawa Electric, \u53e4\u6cb3\u96fb\u5de5\u30b0\u30eb\u30fc\u30d7, since 1884; Hirano Tsushin (2019): a survey answered by \u53e4\u6cb3\u96fb\u6c17\u5de5\u696d\u2019s fibre and cable division; Cloudflare WAN docs: Furukawa Electric FITELnet',
  url: 'http://www.furukawaelectric.com/jp/company/history.html',
}
const I_O_DATA_JA_NAMES: Source = {
  title: 'I-O DATA DEVICE, annual securities report for the 44th term, to June 2019 (EDINET): \u3010\u4f1a\u793e\u540d\u3011\u682a\u5f0f\u4f1a\u793e\u30a2\u30a4\u30fb\u30aa\u30fc\u30fb\u30c7\u30fc\u30bf\u6a5f\u5668, \u3010\u82f1\u8a33\u540d\u3011I-O DATA DEVICE, INC., Kanazawa',
  url: 'https://toushi.kankei.me/d/S100H04Z',
  date: '2019-09-26',
}
// Owners of the makers named in Rapid7 Recog's fingerprints (see the end of MANUFACTURERS).
const TANDBERG_CISCO: Source = {
  title: 'Cisco Systems, 2010 Annual Report, notes to the consolidated financial statements: Tandberg ASA among the business combinations completed in fiscal 2010 (the year ended 31 Jul 2010); day of closing not read',
  url: 'http://www.annualreportowl.com/Cisco/2010/Annual%20Report?p=52',
  date: '2010',
}
const TANDBERG_APPROVAL: Source = {
  title: 'Cisco press release of 29 Mar 2010: the European Commission and the US Department of Justice approvals were the last regulatory approvals required, closing expected "in the coming weeks"',
  url: 'https://www.norwegianamerican.com/cisco-receives-antitrust-approvals-from-european-commission-and-us-department-of-justice-for-pending-acquisition-of-tandberg/',
  date: '2010-03-29',
}
const TANDBERG_OTHERS: Source = {
  title: 'silicon.de: Cisco will Tandberg (Tandberg Data and Tandberg Television, which came out of the same Tandbergs Radiofabrikk of 1933, have long been independent and are not part of the deal)',
  url: 'https://www.silicon.de/41510495/cisco-will-tandberg/amp',
}
const AASTRA_MITEL: Source = {
  title: 'Mitel Networks Corporation, Form 10-K for 2014, note 1 Background and nature of operations: "On January 31, 2014, Mitel completed the acquisition of Aastra Technologies Limited"',
  url: 'https://www.sec.gov/Archives/edgar/data/1170534/000119312515064260/R8.htm',
  date: '2015',
}
const DEC_COMPAQ: Source = {
  title: 'Compaq Computer Corporation, Form 8-K of 11 Jun 1998, item 2: "On June 11, 1998, Compaq ... consummated its acquisition of Digital Equipment Corporation"; Digital became a wholly owned subsidiary of Compaq',
  url: 'https://www.incjournal.com/cik/7141/54/1998/HD0eDXmuYxGHkIp.shtml',
  date: '1998-06-26',
}
const COMPAQ_HP: Source = {
  title: 'Hewlett-Packard press release, Palo Alto, 3 May 2002: HP Closes Compaq Merger (HP "completed its merger transaction with Compaq Computer Corporation")',
  url: 'http://tech-insider.org/linux/research/2002/0503.html',
  date: '2002-05-03',
}
const SAVIN_RICOH: Source = {
  title: 'Savin end-user limited warranty (savin-usa.com): Ricoh Americas Corporation warrants the Savin product and services it through Ricoh or an authorised Savin dealer (since when Savin is Ricoh\u2019s was not read)',
  url: 'http://savin-usa.com/global/enduser.html',
}
const FIERY_LLC: Source = {
  title: 'Google Patents, US7461377B2 (print server management): original assignee Electronics for Imaging Inc, current assignee Fiery LLC; EFI\u2019s Fiery business now stands in the name of Fiery, LLC (how and when it was separated from EFI was not read)',
  url: 'https://patents.google.com/patent/US7461377',
}
// Owners of the makers whose IEEE blocks are common in operator and enterprise networks (see the
// section of that name in MANUFACTURERS).
const MIST_JUNIPER: Source = {
  title: 'Juniper Networks, Form 10-K for 2020, note 2 Business Combinations: "The Company acquired ... Mist Systems, Inc. (\u201cMist\u201d) in 2019" (day of closing not read)',
  url: 'https://www.sec.gov/Archives/edgar/data/1043604/000104360421000013/R11.htm',
  date: '2021-02',
}
const INTEL_OEM_ADAPTERS: Source = {
  title: 'Intel: List of Supported Retail Intel Ethernet Adapters ("If your adapter isn\'t listed below, it\'s an Original Equipment Manufacturer (OEM) or LAN on motherboard (LOM) adapter"; see the computer manufacturer for those)',
  url: 'https://www.intel.com/content/www/us/en/support/network-and-i-o/ethernet-products/000005633.html',
}
const BROADCOM_NETXTREME_DELL: Source = {
  title: 'Broadcom NetXtreme II Network Adapter User Guide (2014), as Dell ships it: "provided by the supplier of the referenced device without independent verification by Dell"',
  url: 'https://it.scribd.com/document/401459039/broadcom-netxtreme-adapters-owner-s-manual2-en-us-pdf',
}
const ATHEROS_NOTEBOOKS: Source = {
  title: 'CNET: Atheros Wi-Fi chips get notebook backers (Hewlett-Packard, Toshiba, IBM and NEC embed its 802.11 chips in their notebooks); Qualcomm bought Atheros in 2011 (Le Monde Informatique: Qualcomm acquiert Atheros, un sp\u00e9cialiste des composants WiFi)',
  url: 'https://www.cnet.com/tech/mobile/atheros-wi-fi-chips-get-notebook-backers/',
}
const LENOVO_MELLANOX_ADAPTERS: Source = {
  title: 'Lenovo Press LP1195: ThinkSystem Mellanox ConnectX-6 HDR/200GbE VPI Adapters (Mellanox adapters sold in Lenovo servers)',
  url: 'https://lenovopress.lenovo.com/lp1195',
  date: '2024-08-01',
}
const VMWARE_VIRTUAL_NICS: Source = {
  title: 'VMware vSphere API reference, fault NonVmwareOuiMacNotSupportedHost: a virtual machine\'s MAC address prefixed with VMware\'s 00:50:56 (the VMware OUI allocation ranges for virtual machines\' Ethernet interfaces: 00:05:69, 00:0c:29, 00:1c:14, 00:50:56)',
  url: 'https://developer.broadcom.com/xapis/vmware-storage-policy-api/8.0u2/vim.fault.NonVmwareOuiMacNotSupportedHost.html',
}
const CITRIX_SOFTWARE: Source = {
  title: 'Nmap service probe database (nmap-service-probes): Citrix\'s ICA service "Citrix Metaframe XP ICA" with o/Windows/ and cpe:/o:microsoft:windows, the "Citrix Web PN Server" header as "Citrix Metaframe ICA Browser", "Citrix Licensing Server", "Citrix XML Service" and "Citrix Xen Simple HTTP Server" (XenServer); Rapid7 Recog xml/html_title.xml gives "Welcome to Citrix XenServer" as a service of vendor Citrix (cpe:/a:citrix:xenserver)',
  url: 'https://github.com/nmap/nmap/blob/master/nmap-service-probes',
}
const WINDOWS_SERVER_HARDWARE: Source = {
  title: 'Microsoft Windows Server blog, Clarifying our hardware platform support (19 Feb 2016): "The Windows Server platform is supported on certified or logo\'d hardware as listed in the Windows Server Catalog", the hardware other makers certify for it',
  url: 'https://cloudblogs.microsoft.com/windowsserver/2016/02/19/clarifying-our-hardware-platform-support/',
  date: '2016-02-19',
}
const HYPERV_MACS: Source = {
  title: 'Microsoft Docs archive (blog of Robert Vierthaler): How does a NIC inside a VM get a MAC address assigned? ("the MAC address has 3 bytes fixed 00-15-5d", the Hyper-V host\'s pool of dynamic addresses)',
  url: 'https://docs.microsoft.com/en-us/archive/blogs/robertvi/how-does-a-nic-inside-a-vm-get-a-mac-address-assigned',
}
const HPE_JUNIPER: Source = {
  title: 'Dataquest India: HPE acquires Juniper Networks in a USD 13.4B deal ("Hewlett Packard Enterprise (HPE) completed its acquisition of Juniper Networks on 2 July 2025")',
  url: 'https://www.dqindia.com/news/hpe-acquires-juniper-networks-in-a-usd-134b-deal-targets-ai-networking-9458515',
  date: '2025-07-03',
}
const MELLANOX_NVIDIA: Source = {
  title: 'Globes: Nvidia completes $7b acquisition of Mellanox (NVIDIA announced the completion on 27 Apr 2020)',
  url: 'https://en.globes.co.il/en/article-Nvidia-completes-7b-acquisition-of-Mellanox-1001326786',
  date: '2020-04-27',
}
const LINKSYS_CISCO: Source = {
  title: 'Macworld: Cisco buys Linksys in a $500 million stock deal, announced 20 Mar 2003 (everything2), closing expected in July 2003; Linksys to operate as an independent unit (day of closing not read)',
  url: 'https://www.macworld.co.uk/news/mac/cisco-extends-wi-fi-reach-6116/',
  date: '2003-03',
}
const LINKSYS_BELKIN: Source = {
  title: 'moobilux: Belkin announced on Friday 25 Jan 2013 an agreement with Cisco to acquire Cisco\u2019s home networking business (Linksys products and technology), closing planned for March 2013 (day of closing not read). Foxconn Interconnect Technology announced in March 2018 that it would acquire Belkin, with Linksys, subject to US approval (il Post, 27 Mar 2018; completion not verified, so no owner of Belkin is recorded)',
  url: 'https://moobilux.com/2013/01/belkin-gibt-absichtserklarung-fur-linksys-ubernahme-ab/',
  date: '2013-01',
}
const SCIENTIFIC_ATLANTA_CISCO: Source = {
  title: 'Cisco Systems, Annual Report 2006, notes to the consolidated financial statements, note 1: "On February 24, 2006, the Company completed the acquisition of Scientific-Atlanta, Inc.", a provider of set-top boxes and video distribution networks',
  url: 'http://www.cisco.com/web/about/ac49/ac20/ac19/ar2006/financial_review/ncfs.html',
  date: '2006',
}
const MITRASTAR_UNIZYX: Source = {
  title: 'inside-it.ch: ZyXEL spins off its OEM/ODM business as MitraStar Technology on 1 Jan 2011 (decided in Oct 2010 by the boards of ZyXEL and its parent Unizyx, which holds 100% of ZyXEL and will wholly own MitraStar); MitraStar is ZyXEL\u2019s sister company, not its subsidiary (completion of the spin-off not read)',
  url: 'https://www.inside-it.ch/post/zyxel-spaltet-auftragsfertigung-ab-20101019',
  date: '2010-10-19',
}

// Owners and the interface evidence of makers with many IEEE blocks that other entries lacked.
const RING_AMAZON: Source = {
  title: 'Ring (company), Infogalactic: Ring LLC, a subsidiary, parent Amazon (2018\u2013present); "In February 2018, Ring was acquired by Amazon" (day of closing not read)',
  url: 'http://www.infogalactic.com/info/Ring_(company)',
}
const EERO_AMAZON: Source = {
  title: 'CNBC: Here\u2019s how Amazon could use the Wi-Fi tech it just bought ("Amazon announced on Monday evening that it had acquired mesh-networking Wi-Fi company Eero"; day of closing not read)',
  url: 'https://www.cnbc.com/2019/02/12/why-amazon-bought-eero.html',
  date: '2019-02-12',
}
const TI_CC2541_IROBOT: Source = {
  title: 'Texas Instruments CC2541 data sheet (2.4-GHz Bluetooth low energy system-on-chip), filed as the chipset data sheet of an iRobot product (ALT240ROB); the HM-10 Bluetooth modules of other makers carry the same chip (TI E2E forum, "CC2541: A CC2541 bizarre behavior or normal operation?")',
  url: 'https://manualmachine.com/irobot/alt240rob/11332470-chipset-datasheet/',
}
const ESPRESSIF_ESP32_USERS: Source = {
  title: 'boardor.com, ESP32, the most popular Wi-Fi Bluetooth dual-mode microcontroller: a chip series of Espressif; "Brands like Xiaomi, Midea, and Tuya commonly use ESP32 in their smart sockets, lighting, and air conditioning companions"',
  url: 'https://boardor.com/blog/esp32-the-most-popular-wi-fi-bluetooth-dual-mode-microcontroller',
}
const SILABS_SIGMA: Source = {
  title: 'Electronic Design: Silicon Labs Acquired Sigma Designs for $282 Million. Here\u2019s Why. (Silicon Labs stocks wireless components for household devices and industrial equipment, ZigBee, Bluetooth, Wi-Fi and Thread; Sigma Designs was the sole supplier of Z-Wave chips for more than 600 manufacturers, including Amazon and Samsung)',
  url: 'https://www.electronicdesign.com/embedded-revolution/silicon-labs-acquired-sigma-designs-282-million-heres-why',
}
const AZUREWAVE_MODULES: Source = {
  title: 'AzureWave AW-XH323/AW-XH325/AW-XH327 data sheet: IEEE 802.11 a/b/g/n/ac/ax Wi-Fi + Bluetooth 5.3 combo SIP module (as manuals.plus carries it)',
  url: 'https://manuals.plus/azurewave/aw-xh323-pur-wi-fi-plus-bluetooth-5-2-combo-sip-module-manual',
}
const MURATA_MODULES: Source = {
  title: 'Murata Manufacturing, W-LAN+Bluetooth Combo Module Data Sheet (Cypress chipset for 802.11a/b/g/n/ac + Bluetooth 5.0, LBEE5HY1MW), sold by distributors as a radio-certified Wi-Fi+BT RF module',
  url: 'https://novapart.co/products/LBEE5HY1MW-230/wifibt-rf-module-radio-certified/',
}
const LITEON_MODULES: Source = {
  title: 'LITE-ON WCBN3606L Wireless IoT Module, user manual: the end product into which the module is integrated must be labelled "Contains FCC ID: PPQ-WCBN3606L"; OEM integrator checklist for the LITE-ON module in host systems',
  url: 'https://manuzoid.fr/manuals/wWnDp-LITE%20ON%20WCBN3606L%20Wireless%20IOT%20Module%20Manuel%20utilisateur',
}
const USI_APPLE_WATCH: Source = {
  title: '9to5Mac: Foxconn to supply SiP for the Apple Watch from next year; component suppliers said to include Universal Scientific Industrial (USI)',
  url: 'https://9to5mac.com/2017/11/06/apple-watch-foxconn/',
  date: '2017-11-06',
}
const AMPAK_MODULES: Source = {
  title: 'AMPAK Technology, AP6256 data sheet (Wi-Fi 802.11ac + Bluetooth module, with a page for the customer\u2019s approval), Hsinchu Industrial Park; resold in SparkLAN\u2019s and Protech\u2019s module lines (AP6256, P-WFBT_AP6356SD)',
  url: 'https://pdf.elecfans.com/p/9127381.html',
  date: '2021-07-15',
}
const FNLINK_MODULES: Source = {
  title: 'FN-LINK Technology, K255B-SR data sheet: Wi-Fi dual-band 11a/b/g/n/ac + Bluetooth 5.0 combo module (factory at Liuyang, Changsha, Hunan)',
  url: 'https://electric.garden/hunan-fn-link-2aatl/wifi-bt-module-k255b-sr-k255b-sr',
  date: '2021-05-21',
}
const AILINK_MODULES: Source = {
  title: 'Sichuan AI-Link Technology, WF-M920T-USX1 data sheet: Wi-Fi 6 and Bluetooth 5.2 combo module (MediaTek MT7920 SoC), with a page for the customer\u2019s confirmation',
  url: 'https://electric.garden/sichuan-ai-link-2aoki/wf-m920t-usx1-wfm920tusx1',
  date: '2022',
}
const UBLOX_MODULES: Source = {
  title: 'u-blox, NINA module family application note (UBX-17065600): hardware guidelines for designing the customers\u2019 host PCBs that integrate NINA Wi-Fi and Bluetooth modules',
  url: 'https://manualmachine.com/ublox/ninaw1/19453166-user-manual',
}
const NXP_WIFI_CHIPS: Source = {
  title: 'NXP Community: u-blox\u2019s M2-JODY-377 module built on NXP\u2019s 88W9098 Wi-Fi/Bluetooth chip, set up after "Murata Wi-Fi & BT (NXP) for i.MX Linux User Guide"',
  url: 'https://community.nxp.com:443/t5/Wireless-Connectivity/Can-t-activate-the-NXP-s-88W9098-chip-s-Bluetooth-interface-on/m-p/1665713',
}
const TELINK_XIAOMI: Source = {
  title: 'pvvx/ATC_MiThermometer, README (read in a mirror): custom firmware for BLE thermometers on the Telink chipset, among them Xiaomi\u2019s LYWSD03MMC',
  url: 'https://github.com/pvvx/ATC_MiThermometer',
}
const BOUFFALO_MAGIC_HOME: Source = {
  title: 'Elektroda: interior of the BL602-based LED strip controller from Bouffalo Lab (the BL602, a Wi-Fi and Bluetooth LE microcontroller, "can sometimes be found in IoT devices, such as the Magic Home brand"; this one sold as EC79900 ecolight)',
  url: 'https://www.elektroda.com/news/news4153331.html',
}
const TUYA_MODULES: Source = {
  title: 'Tuya Developer, WB8P Module Datasheet: a Wi-Fi+Bluetooth module developed by Tuya (BK7231T chip) for smart sockets, lights and household appliances; Kogan\u2019s smart plug carries Tuya\u2019s WB2S module (zorruno.com, 2021)',
  url: 'https://developer.tuya.com/en/docs/iot/wb8p-module-datasheet?id=K9fwx4f89tvzd',
  date: '2024-02-06',
}
const LG_INNOTEK_WIFI: Source = {
  title: 'The Elec via bestwatersport.com (Korean): LG Innotek supplies the Wi-Fi modules of the Autopilot control module of Tesla\u2019s Model 3 (since about 2020, beside Telit and u-blox), after Hyundai and Kia, its main customers for Wi-Fi modules',
  url: 'https://bestwatersport.com/news/articleView.html?idxno=17526&reply_sc_order_by=I',
}
const EM_EM9304: Source = {
  title: 'EM Microelectronic-Marin, EM9304 data sheet (version 4.1, 30 Oct 2017): a Bluetooth 5.0 low energy IC that acts as a companion IC to any ASIC or MCU-based product, or as a complete system-on-chip',
  url: 'https://pdfslide.us/documents/optimized-50-low-energy-c-s-c-em-management-system-with-automatic-configuration.html',
  date: '2017-10-30',
}
const AVM_FRITZ: Source = {
  title: 'CRN Germany: Tsch\u00fcss, AVM! (the Berlin maker of the Fritz!Box, founded in 1986, is now called Fritz! GmbH; the Luxembourg investor Imker Capital Partners took over AVM in summer 2024); its IEEE blocks stand as "FRITZ! Technology GmbH" at AVM\u2019s address, Alt-Moabit 95, Berlin',
  url: 'https://www.crn.de/news/2025/tschuss-avm',
  date: '2025',
}
// Contract manufacturers and ODMs (`contractManufacturer`): each source says the company builds
// devices that other brands sell.
const FOXCONN_CUSTOMERS: Source = {
  title: 'ITworld (IDG News Service): Foxconn builds products for many vendors, but its mud sticks to Apple; Foxconn makes PCs, game consoles and network gear for many top companies: Sony, Nintendo, Amazon, HP, Dell, Acer, networking equipment for Cisco; Cisco, Huawei, Nintendo, Sony and Nokia confirmed they use Foxconn as a manufacturer',
  url: 'http://www.itworld.com/it-managementstrategy/306542/foxconn-builds-products-many-vendors-its-mud-sticks-apple',
}
const NOTEBOOK_ODMS: Source = {
  title: 'CNET: Taiwanese maker nabs notebook top spot; contract manufacturer Quanta made more notebooks than any other company in 2002, most for brands such as Hewlett-Packard, Dell and Sharp, Compal 4.1 million for many of the same companies; companies such as Quanta, Compal and Wistron design the notebooks their clients sell (iSuppli)',
  url: 'https://www.cnet.com/news/taiwanese-maker-nabs-notebook-top-spot/',
}
const PEGATRON_THIRD_PARTIES: Source = {
  title: 'Display Blog (DigiTimes): Pegatron next generation iPhone OEM; on 1 Jan 2008 Asustek split into three companies, Pegatron manufacturing PC-related devices for third-party customers; the next iPhone to be built by Pegatron',
  url: 'http://displayblog.com/2010/02/03/pegatron-next-generation-iphone-oem/',
  date: '2010-02-03',
}
const ACCTON_ODM: Source = {
  title: 'etherhack: The switch economy; ODMs turn chip makers\u2019 reference designs into hardware and firmware that other companies sell, and hardly ever sell finished products themselves (Accton, Delta Networks); OEMs produce the units (Foxconn, Accton, Delta Networks)',
  url: 'https://etherhack.wordpress.com/2010/04/20/the-switch-economy-according-to-us/',
  date: '2010-04-20',
}
const LCFC_LENOVO: Source = {
  title: 'The Register: Lenovo, Compal snuggle up to build notebook plant (a joint venture in Hefei, Lenovo 51% and Compal 49%, to act as an exclusive supplier of PCs to Lenovo, production from the end of 2012); DisplayDaily: LCFC (Hefei) Electronics, a joint venture between Lenovo and Compal',
  url: 'http://www.theregister.co.uk/2011/09/27/lenovo_compal_joint_venture/',
  date: '2011-09-27',
}
const MICROCHIP_WINC: Source = {
  title: 'RIOT OS, ATWINC15x0 WiFi module driver: the Microchip ATWINC15x0 Wi-Fi module "is widely used as WiFi interface on various boards and extension boards", e.g. the Adafruit WINC1500 WiFi Shield for Arduino',
  url: 'https://doc.riot-os.org/group__drivers__atwinc15x0.html',
}

/** The manufacturers trustpath knows: covered groups, their members and brands, and the major other makers. */
export const MANUFACTURERS: readonly Manufacturer[] = [
  // ── Huawei group ────────────────────────────────────────────────────────────────────────────
  {
    slug: 'huawei', name: 'Huawei Technologies', country: 'CN',
    aliases: ['Huawei', 'Huawei Technologies', 'Huawei Technology', 'Huawei Technologies Co., Ltd', 'Huawei Investment & Holding', '\u534e\u4e3a', '\u534e\u4e3a\u6280\u672f', '\u83ef\u70ba', '\u83ef\u70ba\u6280\u8853', '\u30d5\u30a1\u30fc\u30a6\u30a7\u30a4', '\u30d5\u30a1\u30fc\u30a6\u30a7\u30a4\u30fb\u30b8\u30e3\u30d1\u30f3', '\u83ef\u70ba\u6280\u8853\u65e5\u672c', '\ud654\uc6e8\uc774', '\u0425\u0443\u0430\u0432\u0435\u0439'],
    parents: [],
    sources: [FCC_COVERED_LIST, IEEE_REGISTRY, IANA_PEN, HUAWEI_CN_NAMES, HUAWEI_JA_NAMES, HUAWEI_KO_NAME, HUAWEI_RU_NAME],
  },
  {
    slug: 'huawei-device', name: 'Huawei Device', country: 'CN',
    aliases: ['Huawei Device', 'Huawei Device Co., Ltd.', '\u534e\u4e3a\u7ec8\u7aef'],
    parents: [{
      parent: 'huawei', kind: 'subsidiary',
      source: { title: 'IEEE MA-L listings of "Huawei Device Co., Ltd." at Songshan Lake, Dongguan (Huawei\u2019s consumer-device company; ownership reported, no primary filing checked)', url: IEEE_REGISTRY.url, date: '2026-05-21' },
    }],
    sources: [IEEE_REGISTRY, HUAWEI_DEVICE_CN_NAME],
  },
  {
    slug: 'hisilicon', name: 'HiSilicon Technologies', country: 'CN',
    aliases: ['HiSilicon', 'Hisilicon Technologies', 'HiSilicon Technologies Co., Ltd', 'Huawei HiSilicon', '\u6d77\u601d', '\u6d77\u601d\u534a\u5bfc\u4f53', '\u6d77\u601d\u534a\u5c0e\u9ad4'],
    parents: [{ parent: 'huawei', kind: 'subsidiary', source: HISILICON_SCMP }],
    sources: [HISILICON_SCMP, IEEE_REGISTRY, HISILICON_CN_NAME],
    // Its SoCs are inside other makers' cameras, recorders and set-top boxes: a boot log or banner
    // naming it names the chip (a component of the device). Its own MAC block still names it.
    chipMaker: HISILICON_CHIPS,
  },
  {
    slug: 'honor', name: 'Honor Device', country: 'CN',
    aliases: ['Honor', 'Honor Device', 'Honor Device Co., Ltd.', 'Honor Terminal', 'Huawei Honor', '\u8363\u8000', '\u8363\u8000\u7ec8\u7aef'],
    // Founded by Huawei in 2013 (the source): no Honor device was made before Huawei had the brand.
    parents: [{ parent: 'huawei', kind: 'brand', from: '2013', until: '2020-11-17', founded: true, source: HONOR_SALE }],
    sources: [HONOR_SALE, IEEE_REGISTRY, HONOR_CN_NAMES, HONOR_CN_LEGAL_NAMES, HONOR_TERMINAL],
  },
  {
    // A joint venture of Huawei (49%) with Siemens, since 2007 Nokia Siemens Networks (51%): private
    // LTE networks, CPE and rugged terminals. s.889(f)(3)(A) covers Huawei's "subsidiary or
    // affiliate": as for H3C while Huawei kept its 49%, the affiliate relation puts it in Huawei's
    // group rather than its majority owner's.
    slug: 'td-tech', name: 'TD Tech', country: 'CN',
    aliases: ['TD Tech', 'TD Tech Ltd', 'TD-Tech', 'ChengDu TD Tech', 'Chengdu TD Tech', '\u9f0e\u6865', '\u9f0e\u6865\u901a\u4fe1', '\u9f0e\u6865\u901a\u4fe1\u6280\u672f', '\u9f0e\u6a4b\u901a\u8a0a'],
    parents: [{ parent: 'huawei', kind: 'affiliate', source: TD_TECH_HUAWEI }],
    sources: [TD_TECH_HUAWEI, TD_TECH_JV, TD_TECH_NSN, IEEE_REGISTRY],
  },
  {
    // Huawei's Intelligent Automotive Solution business (Qiankun ADS, HarmonyOS cockpit), a company of
    // its own since January 2024, in which car makers took minority stakes. Its IEEE block 10-91-66 is
    // registered at Huawei's headquarters office building in Bantian, as "Shenzhen Yinwang
    // Intelligent Technologies Co.,Ltd.".
    slug: 'yinwang', name: 'Shenzhen Yinwang Intelligent Technology', country: 'CN',
    aliases: ['Shenzhen Yinwang Intelligent Technology', 'Yinwang Intelligent Technology', 'Yinwang Intelligent Technologies', '\u5f15\u671b\u667a\u80fd', '\u6df1\u5733\u5f15\u671b\u667a\u80fd\u6280\u672f'],
    parents: [{ parent: 'huawei', kind: 'subsidiary', from: '2024-01', source: YINWANG_HUAWEI }],
    sources: [YINWANG_HUAWEI, IEEE_REGISTRY],
  },
  {
    // Huawei's x86 server business (FusionServer), sold as a company on 5 Nov 2021. Its IEEE blocks
    // were registered under the new name; a FusionServer made before the sale is in Huawei's group.
    slug: 'xfusion', name: 'xFusion Digital Technologies', country: 'CN',
    aliases: ['xFusion', 'xFusion Digital Technologies', 'xFusion Digital Technologies Co., Limited', 'Super Fusion Digital Technology', '\u8d85\u805a\u53d8', '\u8d85\u805a\u53d8\u6570\u5b57\u6280\u672f'],
    parents: [{ parent: 'huawei', kind: 'subsidiary', until: '2021-11-05', source: XFUSION_SALE }],
    sources: [XFUSION_SALE, IEEE_REGISTRY, XFUSION_CN_NAME],
  },
  {
    slug: 'hmn-tech', name: 'HMN Technologies (formerly Huawei Marine Networks)', country: 'CN',
    aliases: ['HMN Technologies', 'HMN Tech', 'Huawei Marine', 'Huawei Marine Networks', 'Huawei Marine Systems', '\u534e\u4e3a\u6d77\u6d0b', '\u534e\u4e3a\u6d77\u6d0b\u7f51\u7edc'],
    parents: [{ parent: 'huawei', kind: 'subsidiary', until: '2020-03-06', source: HMN_SALE }],
    sources: [HMN_JV, HMN_SALE, IEEE_REGISTRY, HMN_CN_NAMES],
  },
  {
    slug: 'huawei-symantec', name: 'Huawei Symantec Technologies', country: 'CN',
    aliases: ['Huawei Symantec', 'Huawei Symantec Technologies', 'Huawei-Symantec'],
    parents: [{ parent: 'huawei', kind: 'subsidiary', source: HUAWEI_SYMANTEC }],
    sources: [HUAWEI_SYMANTEC, IEEE_REGISTRY, IANA_PEN],
  },
  {
    // Huawei's until 2006 (its affiliate until 29 Mar 2007), 3Com's (and through 3Com Hewlett-Packard's) until May 2016, then
    // Unisplendour's, with HPE keeping a minority. groupOf follows the first relation that holds, so
    // the order matters where two overlap: while Huawei kept its 49% (2006-2007) the group stays
    // Huawei's, a covered entity's affiliate, rather than its majority owner 3Com's; after 2016
    // Unisplendour, the majority owner, comes before HPE. HPE's remaining stake (19% since
    // 4 Sep 2024) was agreed to be sold in Nov 2025: its relation stays open until the completion
    // is on record.
    slug: 'h3c', name: 'H3C Technologies (New H3C)', country: 'CN',
    aliases: ['H3C', 'New H3C', 'New H3C Technologies', 'Hangzhou H3C Technologies', 'New H3C Intelligence Terminal', 'New H3C Group', 'Huawei-3Com', 'Huawei 3Com', 'H-3C', '\u65b0\u534e\u4e09', '\u65b0\u534e\u4e09\u6280\u672f', '\u65b0\u534e\u4e09\u96c6\u56e2', '\u534e\u4e09', '\u534e\u4e09\u901a\u4fe1', '\u676d\u5dde\u534e\u4e09\u901a\u4fe1\u6280\u672f'],
    parents: [
      { parent: 'huawei', kind: 'subsidiary', from: '2003-11', until: '2006-01-27', source: H3C_MAJORITY },
      { parent: 'huawei', kind: 'affiliate', from: '2006-01-27', until: '2007-03-29', source: H3C_EXIT },
      { parent: '3com', kind: 'subsidiary', from: '2006-01-27', until: '2016-05', source: H3C_MAJORITY },
      { parent: 'unisplendour', kind: 'subsidiary', from: '2016-05', source: H3C_UNIS_2016 },
      { parent: 'hpe', kind: 'affiliate', from: '2016-05', source: H3C_HPE_STAKE },
    ],
    sources: [H3C_MAJORITY, H3C_EXIT, THREECOM_HP, H3C_UNIS_2016, H3C_HPE_STAKE, H3C_UNIS_81, IEEE_REGISTRY, IANA_PEN, H3C_CN_NAMES],
  },
  // ── ZTE group ───────────────────────────────────────────────────────────────────────────────
  {
    slug: 'zte', name: 'ZTE Corporation', country: 'CN',
    aliases: ['ZTE', 'ZTE Corporation', 'Zhongxing Telecom', 'Zhongxing Telecommunication Equipment', '\u4e2d\u5174\u901a\u8baf', '\u4e2d\u5174', '\u4e2d\u8208', '\u4e2d\u8208\u901a\u8a0a'],
    parents: [],
    sources: [FCC_COVERED_LIST, IEEE_REGISTRY, IANA_PEN, ZTE_CN_NAMES],
  },
  {
    slug: 'sanechips', name: 'Sanechips Technology (ZTE Microelectronics)', country: 'CN',
    aliases: ['Sanechips', 'Sanechips Technology', 'ZTE Microelectronics', 'ZTE Microelectronics Technology', '\u4e2d\u5174\u5fae\u7535\u5b50'],
    parents: [{ parent: 'zte', kind: 'subsidiary', source: ZTE_MICRO }],
    sources: [ZTE_MICRO, SANECHIPS_CN_NAME],
  },
  {
    slug: 'nubia', name: 'Nubia Technology', country: 'CN',
    aliases: ['Nubia', 'Nubia Technology', 'ZTE Mobile Telecom', 'Shenzhen ZTE Mobile Telecom', 'Red Magic', '\u52aa\u6bd4\u4e9a', '\u52aa\u6bd4\u4e9a\u6280\u672f'],
    parents: [
      { parent: 'zte', kind: 'subsidiary', until: '2017-08-17', source: NUBIA_STAKES },
      { parent: 'zte', kind: 'affiliate', from: '2017-08-17', until: '2020-12-28', source: NUBIA_STAKES },
      { parent: 'zte', kind: 'subsidiary', from: '2020-12-28', source: NUBIA_STAKES },
    ],
    sources: [NUBIA_SCMP, NUBIA_STAKES, IEEE_REGISTRY, NUBIA_CN_NAMES],
  },
  // ── Hytera group ────────────────────────────────────────────────────────────────────────────
  {
    slug: 'hytera', name: 'Hytera Communications', country: 'CN',
    // "HYT" and Shenzhen HYT Science & Technology are the company's earlier name; the DMR standard's
    // feature set id 0x08 still names "HYT science tech".
    aliases: ['Hytera', 'Hytera Communications', 'Hytera Communications Corporation', 'HYT', 'HYT Science Tech', 'Shenzhen HYT Science & Technology', 'Hytera Broadband Products', '\u6d77\u80fd\u8fbe'],
    parents: [],
    sources: [FCC_COVERED_LIST, IEEE_REGISTRY, IANA_PEN, HYTERA_FORMERLY_HYT],
  },
  {
    slug: 'sepura', name: 'Sepura', country: 'GB',
    aliases: ['Sepura', 'Sepura Limited', 'Sepura plc'],
    parents: [{ parent: 'hytera', kind: 'subsidiary', from: '2017-05-25', until: '2022', source: SEPURA_HYTERA }],
    sources: [SEPURA_ACQ, SEPURA_HYTERA, SEPURA_SALE, IEEE_REGISTRY, IANA_PEN],
  },
  {
    slug: 'norsat', name: 'Norsat International', country: 'CA',
    aliases: ['Norsat', 'Norsat International'],
    parents: [{ parent: 'hytera', kind: 'subsidiary', from: '2017-07-20', source: NORSAT_ACQ }],
    sources: [NORSAT_ACQ, IEEE_REGISTRY],
  },
  {
    // In Hytera's group through Sepura from 2017; kept by Hytera when Sepura was sold in 2022.
    slug: 'teltronic', name: 'Teltronic S.A.U.', country: 'ES',
    aliases: ['Teltronic S.A.U.', 'Teltronic SAU', 'PowerTrunk'],
    parents: [
      { parent: 'sepura', kind: 'subsidiary', from: '2015-05', until: '2022', source: TELTRONIC_SEPURA },
      { parent: 'hytera', kind: 'subsidiary', from: '2022', source: TELTRONIC_SALE },
    ],
    sources: [TELTRONIC_SEPURA, TELTRONIC_SALE, IEEE_REGISTRY],
  },
  // ── Hikvision group ─────────────────────────────────────────────────────────────────────────
  {
    slug: 'hikvision', name: 'Hangzhou Hikvision Digital Technology', country: 'CN',
    aliases: ['Hikvision', 'Hangzhou Hikvision Digital Technology', 'Hikvision Digital Technology', 'Prama Hikvision India', 'HIK', '\u6d77\u5eb7\u5a01\u89c6', '\u6d77\u5eb7', '\u676d\u5dde\u6d77\u5eb7\u5a01\u89c6\u6570\u5b57\u6280\u672f', '\u6d77\u5eb7\u5a01\u89c6\u6570\u5b57\u6280\u672f', '\u30cf\u30a4\u30af\u30d3\u30b8\u30e7\u30f3', '\u676d\u5dde\u6d77\u5eb7\u5a01\u8996\u6570\u5b57\u6280\u8853', '\u6d77\u5eb7\u5a01\u8996', '\ud558\uc774\ud06c\ube44\uc804'],
    parents: [],
    sources: [FCC_COVERED_LIST, IEEE_REGISTRY, IANA_PEN, HIKVISION_CN_NAMES, HANGZHOU_SECURITY_NAMES, HIKVISION_DAHUA_JA_NAMES, HIKVISION_KO_NAME],
  },
  {
    slug: 'ezviz', name: 'EZVIZ', country: 'CN',
    aliases: ['EZVIZ', 'Hangzhou Ezviz Software', 'Hangzhou Ezviz Network', 'EZVIZ Network', '\u8424\u77f3', '\u8424\u77f3\u7f51\u7edc', '\u676d\u5dde\u8424\u77f3\u7f51\u7edc'],
    parents: [{ parent: 'hikvision', kind: 'subsidiary', source: EZVIZ_SPINOFF }],
    sources: [HIKVISION_BRANDS, EZVIZ_SPINOFF, IEEE_REGISTRY, EZVIZ_CN_NAMES],
  },
  {
    slug: 'hilook', name: 'HiLook', country: 'CN',
    aliases: ['HiLook', 'HiLook by Hikvision'],
    parents: [{ parent: 'hikvision', kind: 'brand', source: HILOOK_MANUAL }],
    sources: [HILOOK_MANUAL, HIKVISION_BRANDS],
  },
  {
    slug: 'hiwatch', name: 'HiWatch', country: 'CN',
    aliases: ['HiWatch', 'HiWatch by Hikvision'],
    parents: [{ parent: 'hikvision', kind: 'brand', source: HIKVISION_BRANDS }],
    sources: [HIKVISION_BRANDS],
  },
  {
    slug: 'hikrobot', name: 'Hangzhou Hikrobot', country: 'CN',
    aliases: ['Hikrobot', 'Hangzhou Hikrobot Technology', 'Hikvision Robotics', 'Hangzhou Hikrobot', '\u6d77\u5eb7\u673a\u5668\u4eba', '\u676d\u5dde\u6d77\u5eb7\u673a\u5668\u4eba'],
    parents: [{ parent: 'hikvision', kind: 'subsidiary', source: HIKROBOT_STAKE }],
    sources: [HIKROBOT_STAKE, EZVIZ_SPINOFF, IEEE_REGISTRY, HIKROBOT_CN_NAMES],
  },
  {
    slug: 'hikmicro', name: 'HIKMICRO (Hangzhou Microimage Software)', country: 'CN',
    aliases: ['HIKMICRO', 'Hangzhou Microimage Software', 'Hangzhou Microimage Software Co., Ltd', 'Microimage Software'],
    parents: [{ parent: 'hikvision', kind: 'subsidiary', source: HIKMICRO_REGISTRY }],
    sources: [HIKMICRO_REGISTRY],
  },
  {
    // Storage devices (SSDs, memory cards) sold under the HIKSEMI brand: a part that a device's bill
    // of materials names. Set up by Hikvision in 2017, so it has been Hikvision's all its life.
    slug: 'hikstorage', name: 'HikStorage (HIKSEMI)', country: 'CN',
    aliases: ['HikStorage', 'Hikstorage', 'Wuhan Hikstorage Technology', 'Wuhan Hikstorage Technology Co., Ltd', 'HIKSEMI', 'Hiksemi'],
    parents: [{ parent: 'hikvision', kind: 'subsidiary', source: HIKSTORAGE_HIKVISION }],
    sources: [HIKSTORAGE_HIKVISION, HIKVISION_BRANDS, IEEE_REGISTRY],
  },
  {
    // Intruder alarm panels and detectors, made in Doncaster and Rotherham. The day Hikvision bought
    // it was not read, so a Pyronix device of any date is put in Hikvision's group.
    slug: 'pyronix', name: 'Pyronix', country: 'GB',
    aliases: ['Pyronix', 'Pyronix Ltd', 'Pyronix Limited'],
    parents: [{ parent: 'hikvision', kind: 'subsidiary', source: PYRONIX_HIKVISION }],
    sources: [PYRONIX_HIKVISION, IEEE_REGISTRY],
  },
  // ── Dahua group ─────────────────────────────────────────────────────────────────────────────
  {
    slug: 'dahua', name: 'Zhejiang Dahua Technology', country: 'CN',
    // "dahuasecurity" is the vendor of Dahua's products in NVD's CPE names (cpe:2.3:o:dahuasecurity:...),
    // which bills of materials and scanners carry.
    aliases: ['Dahua', 'Dahua Technology', 'Zhejiang Dahua Technology', 'Zhejiang Dahua Technologyco', 'Zhejiang Dahua Zhilian', 'Dahua Security', 'dahuasecurity', '\u5927\u534e\u6280\u672f', '\u5927\u534e\u80a1\u4efd', '\u5927\u534e', '\u6d59\u6c5f\u5927\u534e', '\u6d59\u6c5f\u5927\u534e\u6280\u672f', '\u30c0\u30fc\u30d5\u30a1', '\u30c0\u30fc\u30d5\u30a1\u30c6\u30af\u30ce\u30ed\u30b8\u30fc', '\u30c0\u30fc\u30d5\u30a1\u30fb\u30c6\u30af\u30ce\u30ed\u30b8\u30fc', '\u6d59\u6c5f\u5927\u83ef\u6280\u8853', '\ub2e4\ud6c4\uc544'],
    parents: [],
    sources: [FCC_COVERED_LIST, IEEE_REGISTRY, IANA_PEN, DAHUA_CN_NAMES, HANGZHOU_SECURITY_NAMES, HIKVISION_DAHUA_JA_NAMES, DAHUA_JA_SHORT, DAHUA_KO_NAME],
  },
  {
    slug: 'imou', name: 'Imou', country: 'CN',
    aliases: ['Imou', 'Hangzhou Huacheng Network Technology', 'Huacheng Network Technology', '\u4e50\u6a59'],
    parents: [{ parent: 'dahua', kind: 'subsidiary', source: IMOU_DAHUA_2025_008 }],
    sources: [IMOU_DAHUA_2025_008, IMOU_HUACHENG, IMOU_DAHUA, IEEE_REGISTRY],
  },
  {
    // Machine vision and AMR; Dahua is the largest shareholder (32.58%) and states it keeps control.
    slug: 'huaray', name: 'Zhejiang HuaRay Technology', country: 'CN',
    aliases: ['HuaRay', 'Huaray Technology', 'Zhejiang HuaRay Technology', 'Zhejiang HuaRay Technology Co., Ltd', '\u534e\u777f\u79d1\u6280', '\u6d59\u6c5f\u534e\u777f\u79d1\u6280'],
    parents: [{ parent: 'dahua', kind: 'subsidiary', source: HUARAY_SPINOFF }],
    sources: [HUARAY_CLS, HUARAY_SPINOFF, IEEE_REGISTRY, HUARAY_CN_NAMES],
  },
  {
    slug: 'lorex', name: 'Lorex Technology', country: 'CA',
    aliases: ['Lorex', 'Lorex Technology', 'Lorex Corporation', 'Digimerge'],
    parents: [{ parent: 'dahua', kind: 'subsidiary', from: '2018-02-06', until: '2022-11-24', source: LOREX_TEXAS }],
    sources: [LOREX_ACQ, LOREX_SALE, LOREX_TEXAS, LOREX_NEBRASKA, IEEE_REGISTRY],
  },
  // ── Other covered entities (services and software on the FCC Covered List) ─────────────────
  {
    slug: 'kaspersky', name: 'Kaspersky Lab', country: 'RU',
    aliases: ['Kaspersky', 'Kaspersky Lab', 'AO Kaspersky Lab', 'Kaspersky Lab ZAO', 'Kaspersky Lab Middle-East', '\u5361\u5df4\u65af\u57fa', '\u5361\u5df4\u65af\u57fa\u5b9e\u9a8c\u5ba4', '\uce74\uc2a4\ud37c\uc2a4\ud0a4', '\uce74\uc2a4\ud37c\uc2a4\ud0a4\ub7a9', '\u041b\u0430\u0431\u043e\u0440\u0430\u0442\u043e\u0440\u0438\u044f \u041a\u0430\u0441\u043f\u0435\u0440\u0441\u043a\u043e\u0433\u043e', '\u30ab\u30b9\u30da\u30eb\u30b9\u30ad\u30fc'],
    parents: [], sources: [FCC_COVERED_LIST, IEEE_REGISTRY, IANA_PEN, KASPERSKY_CN_NAMES, KASPERSKY_KO_RU_NAMES, KASPERSKY_JA_NAME],
    // Its covered products are security software, run on other makers' hosts: a banner or a
    // scanner's product naming it names that software (a software component of the host).
    softwareMaker: KASPERSKY_SOFTWARE,
  },
  {
    slug: 'china-mobile', name: 'China Mobile', country: 'CN',
    aliases: ['China Mobile', 'China Mobile International USA', 'China Mobile International', 'China Mobile Group Device', 'China Mobile IOT', 'China Mobile (Hangzhou) Information Technology', 'Research Institute of China Mobile', 'CMCC', '\u4e2d\u56fd\u79fb\u52a8', '\u4e2d\u56fd\u79fb\u52a8\u901a\u4fe1', '\u4e2d\u56fd\u79fb\u52a8\u901a\u4fe1\u96c6\u56e2'],
    parents: [], sources: [FCC_COVERED_LIST, IEEE_REGISTRY, IANA_PEN, CHINA_MOBILE_CN_NAME],
  },
  {
    slug: 'china-telecom', name: 'China Telecom', country: 'CN',
    aliases: ['China Telecom', 'China Telecom (Americas)', 'China Telecom Americas', 'China Telecom Global', 'China Telecom Fufu Information Technology', 'China Telecom Corporation', '\u4e2d\u56fd\u7535\u4fe1', '\u4e2d\u56fd\u7535\u4fe1\u96c6\u56e2'],
    parents: [], sources: [FCC_COVERED_LIST, IEEE_REGISTRY, IANA_PEN, CHINA_TELECOM_CN_NAME, CHINA_TELECOM_GROUP_CN_NAME],
  },
  {
    slug: 'china-unicom', name: 'China Unicom', country: 'CN',
    aliases: ['China Unicom', 'China Unicom (Americas) Operations', 'China Unicom Americas', 'China Unicom Online Information Technology', 'China Unicom System Integration', 'CUSI', '\u4e2d\u56fd\u8054\u901a', '\u4e2d\u56fd\u8054\u5408\u7f51\u7edc\u901a\u4fe1', '\u4e2d\u56fd\u8054\u5408\u7f51\u7edc\u901a\u4fe1\u96c6\u56e2', '\u4e2d\u56fd\u8054\u901a\u96c6\u56e2'],
    parents: [], sources: [FCC_COVERED_LIST, IEEE_REGISTRY, IANA_PEN, CHINA_UNICOM_CN_NAME, CHINA_UNICOM_GROUP_CN_NAME],
  },
  {
    slug: 'pacific-networks', name: 'Pacific Networks Corp',
    aliases: ['Pacific Networks', 'Pacific Networks Corp'],
    parents: [], sources: [FCC_COVERED_LIST],
  },
  {
    slug: 'comnet', name: 'ComNet (USA)', country: 'US',
    aliases: ['ComNet (USA)', 'ComNet USA'],
    parents: [{ parent: 'pacific-networks', kind: 'subsidiary', source: FCC_COVERED_LIST }],
    sources: [FCC_COVERED_LIST],
  },
  {
    slug: 'dji', name: 'SZ DJI Technology', country: 'CN',
    aliases: [
      'DJI', 'SZ DJI Technology', 'SZ DJI Technology Co., Ltd', 'Shenzhen DJI Sciences and Technologies',
      'Shenzhen Da-Jiang Innovations Sciences and Technologies', 'Da-Jiang Innovations', '\u5927\u7586\u521b\u65b0', '\u5927\u7586',
    ],
    parents: [], sources: [FCC_COVERED_LIST, S1709_PILLSBURY, DJI_NAMES, IEEE_REGISTRY],
  },
  {
    // The parent Autel Intelligent Technology (automotive diagnostics) is deliberately not listed:
    // s.1709(a)(1) names Autel Robotics, and a parent here would move the group away from it
    // (whether the parent counts as an affiliate under s.1709 is left open).
    slug: 'autel-robotics', name: 'Autel Robotics', country: 'CN',
    aliases: ['Autel Robotics', 'Autel Robotics USA', 'Autel Robotics Co., Ltd.', '\u9053\u901a\u667a\u80fd\u822a\u7a7a'],
    parents: [], sources: [FCC_COVERED_LIST, S1709_PILLSBURY, AUTEL_DRONEDJ, IEEE_REGISTRY, AUTEL_ROBOTICS_CN_NAME],
  },
  {
    // Named on the Covered List for section 214 international telecommunications services only;
    // who owns it and where it is based were not verified.
    slug: 'digitalsystem-technology', name: 'Digitalsystem Technology Inc.',
    aliases: ['Digitalsystem Technology', 'Digitalsystem Technology Inc.'],
    parents: [], sources: [FCC_COVERED_LIST],
  },
  // ── Major makers outside the covered groups ─────────────────────────────────────────────────
  { ...maker('cisco', 'Cisco Systems', 'US', ['Cisco', 'Cisco Systems', 'ciscoSystems', 'Cisco Meraki', 'Meraki', '\u30b7\u30b9\u30b3', '\u30b7\u30b9\u30b3\u30b7\u30b9\u30c6\u30e0\u30ba', '\u30b7\u30b9\u30b3\u30fb\u30b7\u30b9\u30c6\u30e0\u30ba', '\uc2dc\uc2a4\ucf54', '\uc2dc\uc2a4\ucf54\uc2dc\uc2a4\ud15c\uc988', '\u0421\u0438\u0441\u043a\u043e \u0421\u0438\u0441\u0442\u0435\u043c\u0441', '\u0421\u0438\u0441\u043a\u043e \u0421\u043e\u043b\u044e\u0448\u0435\u043d\u0437', '\u601d\u79d1', '\u601d\u79d1\u7cfb\u7edf', '\u601d\u79d1\u7cfb\u7edf\u7f51\u7edc\u6280\u672f']), sources: [IEEE_REGISTRY, IANA_PEN, CISCO_JA_NAMES, KO_ROUTER_MAKERS, ELTEX_CISCO_RU_NAMES, CISCO_CN_NAMES, DOJ_HPE_JUNIPER_CN] },
  // Hewlett Packard Enterprise's since 2 July 2025: an undated Juniper device is in HPE's group, one
  // made before then in Juniper's own.
  { ...maker('juniper', 'Juniper Networks', 'US', ['Juniper', 'Juniper Networks', '\u30b8\u30e5\u30cb\u30d1\u30fc\u30cd\u30c3\u30c8\u30ef\u30fc\u30af\u30b9', '\uc8fc\ub2c8\ud37c', '\uc8fc\ub2c8\ud37c\ub124\ud2b8\uc6cd\uc2a4', '\u77bb\u535a\u7f51\u7edc', '\u30b8\u30e5\u30cb\u30d1\u30fc']), parents: [{ parent: 'hpe', kind: 'subsidiary', from: '2025-07-02', source: HPE_JUNIPER }], sources: [HPE_JUNIPER, IEEE_REGISTRY, IANA_PEN, JUNIPER_JA_NAME, KO_ROUTER_MAKERS, DOJ_HPE_JUNIPER_CN, JUNIPER_JA_SHORT] },
  { ...maker('nokia', 'Nokia', 'FI', ['Nokia', 'Nokia Corporation', 'Nokia Solutions and Networks', 'Nokia Shanghai Bell', 'Alcatel-Lucent', 'Alcatel Lucent', 'Alcatel-Lucent Shanghai Bell', 'Alcatel-Lucent IPD', 'Nokia Danmark', '\u8bfa\u57fa\u4e9a', '\u30ce\u30ad\u30a2', '\ub178\ud0a4\uc544']), sources: [IEEE_REGISTRY, IANA_PEN, TELECOM_VENDORS_CN, TELECOM_VENDORS_JA, TELECOM_VENDORS_KO] },
  { ...maker('ericsson', 'Ericsson', 'SE', ['Ericsson', 'Ericsson AB', 'Telefonaktiebolaget LM Ericsson', 'Ericsson Group', '\u7231\u7acb\u4fe1', '\u30a8\u30ea\u30af\u30bd\u30f3', '\uc5d0\ub9ad\uc2a8']), sources: [IEEE_REGISTRY, IANA_PEN, TELECOM_VENDORS_CN, TELECOM_VENDORS_JA, TELECOM_VENDORS_KO] },
  maker('arista', 'Arista Networks', 'US', ['Arista', 'Arista Networks', 'Arastra']),
  maker('mikrotik', 'MikroTik', 'LV', ['MikroTik', 'Mikrotikls', 'Routerboard.com', 'RouterBOARD']),
  maker('ubiquiti', 'Ubiquiti', 'US', ['Ubiquiti', 'Ubiquiti Inc', 'Ubiquiti Networks', 'UniFi']),
  maker('axis', 'Axis Communications', 'SE', ['Axis', 'Axis Communications', 'Axis Communications AB']),
  { ...maker('hanwha-vision', 'Hanwha Vision', 'KR', ['Hanwha Vision', 'Hanwha Techwin', 'Samsung Techwin', 'Wisenet', 'Hanwha Vision VietNam', '\ud55c\ud654\ube44\uc804', '\ud55c\ud654\ud14c\ud06c\uc708']), sources: [IEEE_REGISTRY, IANA_PEN, HANWHA_VISION_KO_NAMES] },
  { ...maker('fiberhome', 'FiberHome Telecommunication Technologies', 'CN', ['FiberHome', 'Fiberhome Telecommunication Technologies', 'Wuhan FiberHome Digital Technology', 'Wuhan FiberHome International Technologies', 'Beijing FiberHome Mobile Technologies', '\u70fd\u706b', '\u70fd\u706b\u901a\u4fe1', '\u70fd\u706b\u901a\u4fe1\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, FIBERHOME_CN_NAMES] },
  // One entry for both TP-Link companies: TP-Link Systems (Irvine) says it split from TP-Link
  // Technologies (Shenzhen) from 2022 with unaffiliated ownership, but only its own statement was
  // found, so its blocks and the Shenzhen company's stay together until a filing shows the split.
  {
    ...maker('tp-link', 'TP-Link', 'CN', ['TP-Link', 'TP-LINK Technologies', 'TP-Link Systems', 'TP Link', '\u666e\u8054', '\u666e\u8054\u6280\u672f', '\u6df1\u5733\u5e02\u666e\u8054\u6280\u672f']),
    sources: [TPLINK_SPLIT, IEEE_REGISTRY, IANA_PEN, TPLINK_CN_NAMES],
  },
  // TP-Link's own brand of low-cost routers; its blocks are registered as MERCUSYS TECHNOLOGIES.
  {
    ...maker('mercusys', 'Mercusys', 'CN', ['Mercusys', 'MERCUSYS TECHNOLOGIES CO., LTD.', 'Mercusys Technologies']),
    parents: [{ parent: 'tp-link', kind: 'brand', source: TPLINK_BRANDS }],
    sources: [TPLINK_BRANDS, IEEE_REGISTRY],
  },
  maker('netgear', 'Netgear', 'US', ['Netgear']),
  {
    ...maker('hpe', 'Hewlett Packard Enterprise', 'US', ['HPE', 'Hewlett Packard Enterprise', 'Hewlett-Packard', 'Hewlett Packard', 'Aruba', 'Aruba Networks', 'Aruba, a Hewlett Packard Enterprise company', 'HPE Aruba Networking', 'HPE Aruba', 'ProCurve', '\u6167\u4e0e', '\u6167\u4e0e\u79d1\u6280', '\u60e0\u666e\u4f01\u4e1a', '\u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9', '\u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9\u30fb\u30a8\u30f3\u30bf\u30fc\u30d7\u30e9\u30a4\u30ba', '\u65e5\u672c\u30d2\u30e5\u30fc\u30ec\u30c3\u30c8\u30fb\u30d1\u30c3\u30ab\u30fc\u30c9']),
    splitFrom: HP_SPLIT,
    sources: [IEEE_REGISTRY, IANA_PEN, HPE_ARUBA_NETWORKING, HPE_CN_NAME, DOJ_HPE_JUNIPER_CN, HP_SPLIT_CN, HP_SPLIT_JA, HPE_JA_NAME],
  },
  // The SD-WAN maker (EdgeConnect), Aruba's since 2020 and so HPE's.
  {
    ...maker('silver-peak', 'Silver Peak Systems', 'US', ['Silver Peak', 'Silver Peak Systems', 'Silver Peak Systems, Inc.']),
    parents: [{ parent: 'hpe', kind: 'subsidiary', from: '2020', source: SILVER_PEAK_ARUBA }],
    sources: [SILVER_PEAK_ARUBA, IEEE_REGISTRY],
  },
  { ...maker('dell', 'Dell', 'US', ['Dell', 'Dell Inc.', 'Dell EMC', 'Dell Technologies', '\u6234\u5c14', '\u30c7\u30eb', '\u30c7\u30eb\u30fb\u30c6\u30af\u30ce\u30ed\u30b8\u30fc\u30ba', '\ub378', '\ub378\ucef4\ud4e8\ud130']), sources: [IEEE_REGISTRY, IANA_PEN, DELL_CN_NAME, DELL_JA_NAMES, DELL_KO_NAME] },
  { ...maker('fortinet', 'Fortinet', 'US', ['Fortinet', 'FortiGate', '\u98de\u5854']), sources: [IEEE_REGISTRY, IANA_PEN, FORTINET_CN_NAME] },
  maker('palo-alto-networks', 'Palo Alto Networks', 'US', ['Palo Alto Networks', 'PAN']),
  { ...maker('samsung', 'Samsung Electronics', 'KR', ['Samsung', 'Samsung Electronics', '\uc0bc\uc131\uc804\uc790', '\u4e09\u661f\u7535\u5b50', '\u30b5\u30e0\u30b9\u30f3\u96fb\u5b50']), sources: [IEEE_REGISTRY, IANA_PEN, KO_NETWORK_MAKERS, SAMSUNG_CN_NAME, TELECOM_VENDORS_JA] },
  { ...maker('nec', 'NEC', 'JP', ['NEC', 'NEC Corporation', 'NEC Platforms', 'NEC Platforms, Ltd.', '\u65e5\u672c\u96fb\u6c17']), sources: [IEEE_REGISTRY, IANA_PEN, NEC_JA_NAMES] },
  { ...maker('avm', 'AVM (FRITZ!)', 'DE', ['AVM', 'AVM GmbH', 'AVM Computersysteme Vertriebs GmbH', 'FRITZ!Box', 'FRITZ! GmbH', 'FRITZ! Technology GmbH']), sources: [IEEE_REGISTRY, IANA_PEN, AVM_FRITZ] },
  { ...maker('fujitsu', 'Fujitsu', 'JP', ['Fujitsu', 'Fujitsu Limited', 'Fujitsu Network Communications', 'Fujitsu Technology Solutions', '\u5bcc\u58eb\u901a']), sources: [IEEE_REGISTRY, IANA_PEN, FUJITSU_JA_NAMES] },
  { ...maker('zyxel', 'Zyxel Communications', 'TW', ['Zyxel', 'ZyXEL Communications', 'Zyxel Communications Corporation', '\u5408\u52e4\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, TAIPEI_TIMES_WIMAX_2008] },
  { ...maker('d-link', 'D-Link', 'TW', ['D-Link', 'D-Link Corporation', 'D-Link International', 'D-Link Systems', 'DLink', '\u53cb\u8a0a', '\u53cb\u8a0a\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, TAIPEI_TIMES_ASUS_DLINK_2009, TAIPEI_TIMES_ALPHA_2020, YS_CONSULTING_NETWORKING_2018] },
  maker('ciena', 'Ciena', 'US', ['Ciena', 'Ciena Corporation']),
  // NVD's vendor names ("extremenetworks", and "konicaminolta", "alliedtelesyn", "barracudanetworks" and
  // "foundrynet" below) are aliases: nmap-service-probes gives the makers' devices hardware CPEs under them
  // (cpe:/h:extremenetworks:x460, cpe:/h:konicaminolta:bizhub_..., cpe:/h:alliedtelesyn:802x).
  // "Extreme" alone is its short name, and names no other maker of the catalog.
  maker('extreme-networks', 'Extreme Networks', 'US', ['Extreme Networks', 'Extreme Networks Headquarters', 'extremenetworks', 'Extreme']),
  maker('bosch', 'Bosch', 'DE', ['Bosch', 'Robert Bosch', 'Bosch Security Systems', 'Bosch Sicherheitssysteme']),
  maker('motorola-solutions', 'Motorola Solutions', 'US', ['Motorola Solutions', 'Motorola', 'Avigilon', 'Avigilon Corporation', 'Avigilon Alta']),
  { ...maker('uniview', 'Zhejiang Uniview Technologies', 'CN', ['Uniview', 'UNV', 'Zhejiang Uniview Technologies', 'Uniview Europe', '\u5b87\u89c6', '\u5b87\u8996', '\u5b87\u89c6\u79d1\u6280', '\u5b87\u8996\u79d1\u6280', '\u6d59\u6c5f\u5b87\u89c6\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, UNIVIEW_CN_NAMES, HANGZHOU_SECURITY_NAMES] },
  maker('amcrest', 'Amcrest Technologies', 'US', ['Amcrest', 'Amcrest Technologies']),
  maker('honeywell', 'Honeywell', 'US', ['Honeywell', 'Honeywell International']),
  maker('tenda', 'Tenda Technology', 'CN', ['Tenda', 'Shenzhen Tenda Technology', 'Shen Zhen Tenda Technology', 'Tenda Technology']),
  // Ruijie came out of Fujian Star-Net Communication, whose registry blocks the catalog counts as
  // Ruijie's, as it did the bare "Star-Net" before; that bare name is also an Israeli registrant's
  // (Kiryat Bialik), so only Star-Net's full names are aliases.
  { ...maker('ruijie', 'Ruijie Networks', 'CN', ['Ruijie', 'Ruijie Networks', 'Reyee', 'Fujian Star-Net', 'Fujian Star-Net Communication', 'Star-Net Ruijie', 'Start Network Technology', '\u9510\u6377', '\u9510\u6377\u7f51\u7edc']), sources: [IEEE_REGISTRY, IANA_PEN, RUIJIE_CN_NAMES] },
  maker('sonicwall', 'SonicWall', 'US', ['SonicWall', 'SonicWALL']),
  maker('checkpoint', 'Check Point Software Technologies', 'IL', ['Check Point', 'Checkpoint', 'Check Point Software Technologies']),
  maker('f5', 'F5', 'US', ['F5', 'F5 Networks', 'F5 Labs', 'F5 Inc.']),
  { ...maker('apple', 'Apple', 'US', ['Apple', 'Apple, Inc.', 'Apple Computer', '\u30a2\u30c3\u30d7\u30eb', 'Apple Japan']), sources: [IEEE_REGISTRY, IANA_PEN, APPLE_JA_NAMES] },
  // Network-interface makers (`interfaceMaker`): their MACs are mostly on cards and chips inside
  // other makers' servers, PCs and routers.
  { ...maker('intel', 'Intel', 'US', ['Intel', 'Intel Corporation', 'Intel Corporate']), interfaceMaker: INTEL_OEM_ADAPTERS },
  { ...maker('broadcom', 'Broadcom', 'US', ['Broadcom', 'Broadcom Limited', 'Broadcom Inc.']), interfaceMaker: BROADCOM_NETXTREME_DELL },
  { ...maker('qualcomm', 'Qualcomm', 'US', ['Qualcomm', 'Qualcomm Inc.', 'QUALCOMM Incorporated']), interfaceMaker: ATHEROS_NOTEBOOKS },
  { ...maker('mediatek', 'MediaTek', 'TW', ['MediaTek', 'MediaTek Inc', '\u806f\u767c\u79d1', '\u806f\u767c\u79d1\u6280']), interfaceMaker: MEDIATEK_CN_NAME, sources: [IEEE_REGISTRY, IANA_PEN, TAIPEI_TIMES_WIMAX_2008, MEDIATEK_CN_NAME] },
  { ...maker('realtek', 'Realtek Semiconductor', 'TW', ['Realtek', 'Realtek Semiconductor', '\u745e\u6631\u534a\u5c0e\u9ad4']), interfaceMaker: TAIPEI_TIMES_REALTEK_2021, sources: [IEEE_REGISTRY, IANA_PEN, TAIPEI_TIMES_REALTEK_2021] },
  maker('lts', 'LT Security', 'US', ['LTS', 'LT Security', 'LT Security Inc']),
  maker('annke', 'Annke', undefined, ['Annke']),
  // Holds its own IEEE block (20DE88, "IC Realtime LLC"), so a device in it stays IC Realtime's.
  maker('ic-realtime', 'IC Realtime', 'US', ['IC Realtime', 'IC Realtime LLC', 'ICRealtime']),
  // Makers of routers, switches, storage and phones found in inventories, so their devices are
  // attributed instead of staying unknown. 3Com under Hewlett-Packard (2010), Poly under HP Inc.
  // (2022) and ARRIS under CommScope (2019) are recorded as parents; Polycom and Plantronics, merged
  // in 2018, are one entry.
  maker('lancom', 'LANCOM Systems', 'DE', ['LANCOM', 'LANCOM Systems', 'LANCOM Systems GmbH']),
  maker('draytek', 'DrayTek', 'TW', ['DrayTek', 'DrayTek Corp.', 'DrayTek Corporation']),
  maker('adtran', 'Adtran', 'US', ['Adtran', 'Adtran Inc', 'ADTRAN Holdings']),
  maker('commscope', 'CommScope', 'US', ['CommScope', 'CommScope Inc', 'CommScope Holding']),
  {
    ...maker('arris', 'ARRIS', 'US', ['ARRIS', 'ARRIS Group', 'ARRIS International', 'Arris Interactive']),
    parents: [{ parent: 'commscope', kind: 'subsidiary', from: '2019-04-04', source: ARRIS_COMMSCOPE }],
    sources: [ARRIS_COMMSCOPE, IEEE_REGISTRY, IANA_PEN],
  },
  maker('netapp', 'NetApp', 'US', ['NetApp', 'NetApp Inc.', 'Network Appliance', 'Network Appliance Corporation']),
  { ...maker('yealink', 'Yealink', 'CN', ['Yealink', 'Yealink Network Technology', 'Xiamen Yealink Network Technology', 'Yealink (Xiamen) Network Technology', '\u4ebf\u8054\u7f51\u7edc', '\u53a6\u95e8\u4ebf\u8054\u7f51\u7edc\u6280\u672f']), sources: [IEEE_REGISTRY, IANA_PEN, YEALINK_CN_NAMES] },
  maker('grandstream', 'Grandstream Networks', 'US', ['Grandstream', 'Grandstream Networks']),
  {
    ...maker('poly', 'Poly (Polycom, Plantronics)', 'US', ['Poly', 'Polycom', 'Polycom Inc.', 'Plantronics', 'Plantronics Inc.']),
    parents: [{ parent: 'hp-inc', kind: 'subsidiary', from: '2022-08', source: POLY_HP }],
    sources: [POLY_HP, IEEE_REGISTRY, IANA_PEN],
  },
  maker('snom', 'Snom Technology', 'DE', ['snom', 'snom technology', 'Snom Technology GmbH', 'snom technology AG']),
  // Bought by Hewlett-Packard in 2010; its networking business went with Hewlett Packard Enterprise
  // at the split of 1 Nov 2015, and the catalog's `hpe` holds the Hewlett-Packard names of before.
  {
    ...maker('3com', '3Com', 'US', ['3Com', '3Com Corporation', '3Com Europe', '3Com Ltd']),
    parents: [{ parent: 'hpe', kind: 'subsidiary', from: '2010', source: THREECOM_HP }],
    sources: [THREECOM_HP, IEEE_REGISTRY, IANA_PEN],
  },
  // Network and security makers found in operator and government networks. A device keeps the
  // brand on it when a product line changed hands: a Brocade FastIron is Brocade's (its ICX line
  // went to ARRIS with Ruckus in Dec 2017), an Avaya ERS switch is Avaya's (Avaya's networking
  // business went to Extreme in 2017), a Foundry BigIron is Foundry's. Company ownership is a
  // parent relation, so the group follows the device's date.
  {
    slug: 'ruckus', name: 'Ruckus Networks', country: 'US',
    aliases: ['Ruckus', 'Ruckus Wireless', 'Ruckus Wireless, Inc.', 'Ruckus Networks', 'RUCKUS Networks'],
    parents: [
      { parent: 'brocade', kind: 'subsidiary', from: '2016-05', until: '2017-12', source: RUCKUS_BROCADE },
      { parent: 'arris', kind: 'subsidiary', from: '2017-12', until: '2019-04-04', source: RUCKUS_ARRIS },
      { parent: 'commscope', kind: 'subsidiary', from: '2019-04-04', source: ARRIS_COMMSCOPE },
    ],
    sources: [RUCKUS_BROCADE, RUCKUS_ARRIS, ARRIS_COMMSCOPE, RUCKUS_REMAINCO, IEEE_REGISTRY, IANA_PEN],
  },
  {
    slug: 'brocade', name: 'Brocade Communications Systems', country: 'US',
    aliases: ['Brocade', 'Brocade Communications', 'Brocade Communications Systems', 'Brocade Communication Systems'],
    parents: [{ parent: 'broadcom', kind: 'subsidiary', from: '2017-11', source: BROCADE_BROADCOM }],
    sources: [BROCADE_BROADCOM, IEEE_REGISTRY, IANA_PEN],
  },
  {
    // Its IEEE blocks and enterprise number now stand in Brocade's name.
    slug: 'foundry', name: 'Foundry Networks', country: 'US',
    // "foundrynet": NVD's vendor name in the hardware CPEs nmap gives its switches (cpe:/h:foundrynet:fastiron_1500).
    aliases: ['Foundry Networks', 'Foundry Networks, Inc.', 'foundrynet'],
    parents: [{ parent: 'brocade', kind: 'subsidiary', from: '2008-12', source: FOUNDRY_BROCADE }],
    sources: [FOUNDRY_BROCADE, IANA_PEN],
  },
  {
    slug: 'enterasys', name: 'Enterasys Networks', country: 'US',
    aliases: ['Enterasys', 'Enterasys Networks', 'Enterasys Networks, Inc.'],
    parents: [{ parent: 'extreme-networks', kind: 'subsidiary', from: '2013-10-31', source: ENTERASYS_EXTREME }],
    sources: [ENTERASYS_EXTREME, IEEE_REGISTRY, IANA_PEN],
  },
  maker('avaya', 'Avaya', 'US', ['Avaya', 'Avaya Inc', 'Avaya LLC', 'Avaya Holdings', 'Avaya Networks']),
  // NetScaler appliances are attributed to Citrix, the brand they were sold under; Citrix is in
  // Cloud Software Group, its owners' combination of Citrix and TIBCO, from the merger of 30 Sep 2022.
  // Its name in a banner or a scanner's product mostly names its software on other makers' servers
  // (MetaFrame/XenApp on Windows, XenServer, the licensing server): `softwareMaker`; the NetScaler
  // appliances' own banners are read by their patterns.
  {
    ...maker('citrix', 'Citrix Systems', 'US', ['Citrix', 'Citrix Systems', 'Citrix Systems, Inc.', 'NetScaler', 'Citrix NetScaler']),
    softwareMaker: CITRIX_SOFTWARE,
    parents: [{ parent: 'cloud-software-group', kind: 'subsidiary', from: '2022-09-30', source: CITRIX_CSG }],
    sources: [CITRIX_CSG, IEEE_REGISTRY, IANA_PEN],
  },
  maker('watchguard', 'WatchGuard Technologies', 'US', ['WatchGuard', 'WatchGuard Technologies', 'WatchGuard Technologies, Inc.']),
  // Sophos's firewalls carried the names of the two makers it bought: Astaro's Security Gateway
  // became Sophos UTM, Cyberoam's appliances were moved to Sophos Firewall; scanners still name them so.
  {
    ...maker('sophos', 'Sophos', 'GB', ['Sophos', 'Sophos Ltd', 'Sophos Limited', 'Sophos Group', 'Astaro', 'Astaro Security Gateway', 'Cyberoam', 'Cyberoam Technologies']),
    parents: [{ parent: 'thoma-bravo', kind: 'subsidiary', from: '2020', source: SOPHOS_THOMA }],
    sources: [SOPHOS_THOMA, SOPHOS_ASTARO, SOPHOS_CYBEROAM, IEEE_REGISTRY, IANA_PEN],
  },
  maker('cambium', 'Cambium Networks', 'US', ['Cambium Networks', 'Cambium Networks Limited', 'Cambium Networks, Ltd.']),
  // Operators and brands that sell other makers' equipment under their own name (see oem.ts): a
  // device declared with one of these names is attributed to its real maker by the other evidence.
  // "Telekom" alone is Deutsche Telekom as German inventories write it; it matches only whole.
  maker('vodafone', 'Vodafone', 'GB', ['Vodafone', 'Vodafone Group', 'Vodafone Group Plc']),
  maker('deutsche-telekom', 'Deutsche Telekom', 'DE', ['Deutsche Telekom', 'Deutsche Telekom AG', 'Telekom', 'Telekom Deutschland', 'T-Home']),
  // Drei is CK Hutchison's "3" in Austria (Hutchison Drei Austria).
  maker('drei', 'Drei (Hutchison Drei Austria)', 'AT', ['Drei', 'Drei Austria', 'Hutchison Drei', 'Hutchison Drei Austria', 'Hutchison Drei Austria GmbH']),
  maker('telstra', 'Telstra', 'AU', ['Telstra', 'Telstra Corporation', 'Telstra Corporation Limited', 'Telstra Group']),
  maker('optus', 'Optus', 'AU', ['Optus', 'Singtel Optus', 'Singtel Optus Pty Limited']),
  maker('orange', 'Orange', 'FR', ['Orange', 'Orange S.A.', 'Orange SA', 'Orange Polska', 'Orange Espagne', 'Orange Espa\u00f1a', 'France Telecom', 'France T\u00e9l\u00e9com']),
  // Russia's mobile operators, whose modems and hotspots carry their own model numbers (MegaFon
  // M150-2, MTS 835F) over those of several makers. "MTS" alone is the operator as Russian inventories
  // write it; MTS Systems, the American maker of test machines, holds its own IEEE block under its
  // full name and is kept apart by it.
  maker('megafon', 'MegaFon', 'RU', ['MegaFon', 'PJSC MegaFon', 'MegaFon PJSC', '\u041c\u0435\u0433\u0430\u0424\u043e\u043d']),
  maker('mts', 'MTS (Mobile TeleSystems)', 'RU', ['MTS', 'Mobile TeleSystems', 'MTS PJSC', 'PJSC MTS', '\u041c\u0422\u0421']),
  maker('mts-systems', 'MTS Systems', 'US', ['MTS Systems', 'MTS Systems Corp.', 'MTS Systems Corporation']),
  maker('luma', 'Luma (Snap One)', 'US', ['Luma', 'Luma Surveillance']),
  // Video brands whose recorders or cameras sources tie to Dahua or Hikvision (see oem.ts). Each
  // holds its own IEEE block where the registry lists one ("FLIR Systems", "FLIR Systems Inc",
  // "Gen IV Technology LLC", "TRENDnet, Inc.", "Watchnet DVR Inc", "Intelbras"), so a device in it
  // stays the brand's. FLIR is Teledyne's since the closing of May 2021.
  {
    ...maker('flir', 'FLIR Systems', 'US', ['FLIR', 'FLIR Systems', 'FLIR Systems Inc', 'Teledyne FLIR']),
    parents: [{ parent: 'teledyne', kind: 'subsidiary', from: '2021-05', source: FLIR_TELEDYNE }],
    sources: [FLIR_TELEDYNE, IEEE_REGISTRY, IANA_PEN],
  },
  maker('teledyne', 'Teledyne Technologies', 'US', ['Teledyne', 'Teledyne Technologies', 'Teledyne Technologies Incorporated']),
  maker('geniv', 'Gen IV Technology (GenIV)', 'US', ['GenIV', 'Gen IV', 'Gen IV Technology']),
  maker('q-see', 'Q-See', 'US', ['Q-See', 'QSee']),
  maker('watchnet', 'Watchnet', 'CA', ['Watchnet', 'WatchNet', 'Watchnet DVR', 'Watchnet DVR Inc']),
  maker('montavue', 'Montavue', 'US', ['Montavue']),
  maker('intelbras', 'Intelbras', 'BR', ['Intelbras', 'Intelbras S.A.']),
  // EmpireTech sells Dahua's products under Dahua's OEM model numbers; RCA is a licensed name on
  // products of many makers, one of them a Hikvision doorbell (see oem.ts). Neither holds an IEEE block.
  maker('empiretech', 'EmpireTech', undefined, ['EmpireTech']),
  maker('rca', 'RCA', 'US', ['RCA']),
  // ── Cameras, operator CPE, industrial and cellular makers ──────────────────────────────────
  // Makers seen in camera, home-gateway and OT inventories, so their devices are attributed
  // instead of staying unknown. Their owners are recorded where a source was read: Cradlepoint
  // under Ericsson, ALE under China Huaxin (a SASAC-owned investor, not a covered entity), Sierra
  // Wireless under Semtech, Mobotix under Konica Minolta and i-PRO under Polaris Capital. Edgecore's
  // tie to Accton is not, as no source for it was found. Xiongmai and Foscam have no IEEE block of their own:
  // their devices carry the blocks of the module makers, so only declared names and banners name them.
  { ...maker('vivotek', 'Vivotek', 'TW', ['Vivotek', 'Vivotek Inc.', 'VIVOTEK INC.', '\u6676\u777f\u901a\u8a0a']), sources: [IEEE_REGISTRY, IANA_PEN, VIVOTEK_CN_NAME] },
  {
    ...maker('mobotix', 'Mobotix', 'DE', ['Mobotix', 'Mobotix AG', 'MOBOTIX']),
    parents: [{ parent: 'konica-minolta', kind: 'subsidiary', from: '2016', source: MOBOTIX_KONICA }],
    sources: [MOBOTIX_KONICA, IEEE_REGISTRY, IANA_PEN],
  },
  { ...maker('sony', 'Sony', 'JP', ['Sony', 'Sony Corporation', 'Sony Group', 'Sony Group Corporation', 'Sony Electronics', '\u30bd\u30cb\u30fc', '\u30bd\u30cb\u30fc\u30b0\u30eb\u30fc\u30d7']), sources: [IEEE_REGISTRY, IANA_PEN, SONY_JA_NAMES] },
  {
    ...maker('i-pro', 'i-PRO', 'JP', ['i-PRO', 'i-PRO Co., Ltd.', 'i-PRO Americas', 'i-PRO EMEA', 'Panasonic i-PRO', 'Panasonic i-PRO Sensing Solutions', '\u30a2\u30a4\u30d7\u30ed', '\u30d1\u30ca\u30bd\u30cb\u30c3\u30afi-PRO\u30bb\u30f3\u30b7\u30f3\u30b0\u30bd\u30ea\u30e5\u30fc\u30b7\u30e7\u30f3\u30ba']),
    parents: [{ parent: 'polaris-capital', kind: 'subsidiary', from: '2019-10', source: IPRO_POLARIS }],
    sources: [IPRO_POLARIS, IEEE_REGISTRY, IANA_PEN, I_PRO_JA_NAMES],
  },
  maker('milesight', 'Milesight', 'CN', ['Milesight', 'Xiamen Milesight IoT', 'Milesight Technology', 'Xiamen Milesight Technology']),
  maker('reolink', 'Reolink', 'CN', ['Reolink', 'Reolink Innovation', 'Reolink Innovation Limited', 'Shenzhen Reolink Technology']),
  maker('foscam', 'Foscam', 'CN', ['Foscam', 'Shenzhen Foscam Intelligent Technology', 'Foscam Digital Technologies']),
  { ...maker('xiongmai', 'Hangzhou Xiongmai Technology', 'CN', ['Xiongmai', 'XiongMai Technology', 'Hangzhou Xiongmai Technology', 'Hangzhou Xiongmai', 'XMEye', '\u96c4\u8fc8']), sources: [IEEE_REGISTRY, IANA_PEN, HANGZHOU_SECURITY_NAMES] },
  { ...maker('tvt', 'Shenzhen TVT Digital Technology', 'CN', ['TVT', 'TVT Digital', 'TVT Co., Ltd', 'Shenzhen TVT Digital Technology', 'TVT Digital Technology', '\u540c\u4e3a\u80a1\u4efd', '\u540c\u4e3a\u6570\u7801\u79d1\u6280', '\u6df1\u5733\u5e02\u540c\u4e3a\u6570\u7801\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, TVT_CN_NAMES] },
  { ...maker('tiandy', 'Tiandy Technologies', 'CN', ['Tiandy', 'Tiandy Technologies', 'Tianjin Tiandy Digital Technology', '\u5929\u5730\u4f1f\u4e1a', '\u5929\u6d25\u5929\u5730\u4f1f\u4e1a\u6570\u7801\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, TIANDY_CN_NAMES] },
  maker('sagemcom', 'Sagemcom', 'FR', ['Sagemcom', 'Sagemcom Broadband', 'Sagemcom Broadband SAS', 'Sagemcom SAS']),
  // Thomson renamed itself Technicolor, whose remaining business took the name Vantiva; its
  // SpeedTouch and Technicolor gateways are attributed here.
  maker('vantiva', 'Vantiva (formerly Technicolor)', 'FR', ['Vantiva', 'Vantiva SA', 'Technicolor', 'Technicolor SA', 'Technicolor Connected Home', 'Technicolor Delivery Technologies', 'Thomson Telecom', 'SpeedTouch']),
  { ...maker('arcadyan', 'Arcadyan Technology', 'TW', ['Arcadyan', 'Arcadyan Technology', 'Arcadyan Corporation', 'Arcadyan Technology Corporation', '\u667a\u6613\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, YS_CONSULTING_NETWORKING_2018] },
  { ...maker('sercomm', 'Sercomm', 'TW', ['Sercomm', 'Sercomm Corporation', 'Sercomm Corp.', '\u4e2d\u78ca', '\u4e2d\u78ca\u96fb\u5b50']), sources: [IEEE_REGISTRY, IANA_PEN, TAIPEI_TIMES_SERCOMM_2019, YS_CONSULTING_NETWORKING_2018] },
  { ...maker('askey', 'Askey Computer', 'TW', ['Askey', 'Askey Computer', 'Askey Computer Corp', 'ASKEY COMPUTER CORP', '\u4e9e\u65ed']), sources: [IEEE_REGISTRY, IANA_PEN, TAIPEI_TIMES_ASUS_DLINK_2009] },
  maker('calix', 'Calix', 'US', ['Calix', 'Calix Inc.', 'Calix Networks']),
  maker('dzs', 'DZS (DASAN Zhone Solutions)', 'US', ['DZS', 'DZS Inc.', 'DASAN Zhone Solutions', 'DASAN Zhone', 'Zhone', 'Zhone Technologies', 'DASAN Network Solutions']),
  maker('siemens', 'Siemens', 'DE', ['Siemens', 'Siemens AG', 'Siemens Industry', 'Siemens Canada']),
  maker('moxa', 'Moxa', 'TW', ['Moxa', 'Moxa Inc.', 'Moxa Technologies', 'MOXA TECHNOLOGIES CORP., LTD.']),
  // Hirschmann belongs to Belden; no dated source for the purchase is on record here, so no parent
  // relation is given and Hirschmann stands as its own group.
  maker('hirschmann', 'Hirschmann (Belden)', 'DE', ['Hirschmann', 'Hirschmann Automation and Control GmbH', 'Hirschmann Automation and Control', 'Belden Hirschmann']),
  maker('teltonika', 'Teltonika', 'LT', ['Teltonika', 'Teltonika Networks', 'UAB Teltonika Networks', 'Teltonika Telematics', 'Teltonika IoT Group']),
  {
    ...maker('cradlepoint', 'Cradlepoint', 'US', ['Cradlepoint', 'CradlePoint, Inc', 'Cradlepoint Inc.']),
    parents: [{ parent: 'ericsson', kind: 'subsidiary', from: '2020', source: CRADLEPOINT_ERICSSON }],
    sources: [CRADLEPOINT_ERICSSON, IEEE_REGISTRY, IANA_PEN],
  },
  {
    ...maker('sierra-wireless', 'Sierra Wireless', 'CA', ['Sierra Wireless', 'Sierra Wireless, ULC', 'Sierra Wireless Inc.']),
    parents: [{ parent: 'semtech', kind: 'subsidiary', from: '2023-01-12', source: SIERRA_SEMTECH }],
    sources: [SIERRA_SEMTECH, IEEE_REGISTRY, IANA_PEN],
  },
  { ...maker('quectel', 'Quectel Wireless Solutions', 'CN', ['Quectel', 'Quectel Wireless Solutions', 'Quectel Wireless Solutions Co.,Ltd.', '\u79fb\u8fdc\u901a\u4fe1', '\u4e0a\u6d77\u79fb\u8fdc\u901a\u4fe1\u6280\u672f']), sources: [IEEE_REGISTRY, IANA_PEN, QUECTEL_CN_NAMES] },
  { ...maker('fibocom', 'Fibocom Wireless', 'CN', ['Fibocom', 'Fibocom Wireless', 'Fibocom Wireless Inc.', '\u5e7f\u548c\u901a', '\u5e7f\u548c\u901a\u65e0\u7ebf', '\u6df1\u5733\u5e02\u5e7f\u548c\u901a\u65e0\u7ebf']), sources: [IEEE_REGISTRY, IANA_PEN, FIBOCOM_CN_NAMES] },
  { ...maker('allied-telesis', 'Allied Telesis', 'JP', ['Allied Telesis', 'alliedtelesyn', 'Allied Telesis, Inc.', 'Allied Telesis K.K.', 'Allied Telesyn', 'AlliedWare', '\u30a2\u30e9\u30a4\u30c9\u30c6\u30ec\u30b7\u30b9', '\u30a2\u30e9\u30a4\u30c9\u30c6\u30ec\u30b7\u30b9\u30db\u30fc\u30eb\u30c7\u30a3\u30f3\u30b0\u30b9']), sources: [IEEE_REGISTRY, IANA_PEN, ALLIED_TELESIS_JA_NAMES] },
  maker('edgecore', 'Edgecore Networks', 'TW', ['Edgecore', 'Edge-Core', 'Edgecore Networks', 'Edge-Core Networks', 'Edgecore Networks Corporation']),
  { ...maker('accton', 'Accton Technology', 'TW', ['Accton', 'Accton Technology', 'Accton Technology Corporation', '\u667a\u90a6\u79d1\u6280']), contractManufacturer: ACCTON_ODM, sources: [IEEE_REGISTRY, IANA_PEN, TAIPEI_TIMES_WIMAX_2008, ACCTON_ODM] },
  {
    ...maker('ale', 'Alcatel-Lucent Enterprise', 'FR', ['Alcatel-Lucent Enterprise', 'ALE', 'ALE International', 'ALE USA']),
    parents: [{ parent: 'huaxin-post-telecom', kind: 'subsidiary', from: '2014-10', source: ALE_HUAXIN }],
    sources: [ALE_HUAXIN, IEEE_REGISTRY, IANA_PEN],
  },
  // ── Makers of IEEE blocks common in operator and enterprise networks ───────────────────────
  // Registrants with many MA-L blocks whose devices sit in networks: routers, access points and
  // switches, operator CPE (gateways, ONTs, cable modems, set-top boxes), printers and industrial
  // controllers. Chip and module makers (whose blocks name the NIC's maker, not the device's) are
  // listed further down, with `interfaceMaker`. Owners are recorded where a source was read: Mist
  // under Juniper (2019), Mellanox under NVIDIA (2020), Linksys under Cisco (2003) and then Belkin
  // (2013), Scientific-Atlanta under Cisco (2006), eero under Amazon (2019). Others stand as their
  // own group: 2Wire (bought by Pace, later part of ARRIS), Freebox (Iliad's), Sky UK (Comcast's)
  // and Buffalo (Melco's) have owners that no source was read for; MitraStar, spun off from ZyXEL in 2011, is ZyXEL's sister under Unizyx, which
  // the catalog does not list; Shenzhen Sundray's tie to Sangfor was not verified.
  {
    ...maker('mist', 'Mist Systems (Juniper Mist)', 'US', ['Mist', 'Mist Systems', 'Mist Systems, Inc.', 'Juniper Mist']),
    parents: [{ parent: 'juniper', kind: 'subsidiary', from: '2019', source: MIST_JUNIPER }],
    sources: [MIST_JUNIPER, IEEE_REGISTRY],
  },
  {
    // InfiniBand and Ethernet adapters and switches; its switches are sold as NVIDIA Spectrum now.
    ...maker('mellanox', 'Mellanox Technologies', 'IL', ['Mellanox', 'Mellanox Technologies', 'Mellanox Technologies, Inc.', 'Mellanox Technologies Ltd.']),
    parents: [{ parent: 'nvidia', kind: 'subsidiary', from: '2020-04-27', source: MELLANOX_NVIDIA }],
    interfaceMaker: LENOVO_MELLANOX_ADAPTERS,
    sources: [MELLANOX_NVIDIA, IEEE_REGISTRY, LENOVO_MELLANOX_ADAPTERS],
  },
  { ...maker('nvidia', 'NVIDIA', 'US', ['NVIDIA', 'NVIDIA Corporation']), sources: [MELLANOX_NVIDIA, IEEE_REGISTRY] },
  {
    // A Linksys device is named Linksys whoever owned the company when it was made; its group
    // follows the date: Cisco's from 2003 ("Cisco-Linksys" in the registry), Belkin's from 2013.
    slug: 'linksys', name: 'Linksys', country: 'US',
    aliases: ['Linksys', 'Cisco-Linksys', 'Cisco-Linksys, LLC', 'The Linksys Group', 'Linksys USA', 'Linksys LLC'],
    parents: [
      { parent: 'cisco', kind: 'subsidiary', from: '2003', until: '2013', source: LINKSYS_CISCO },
      { parent: 'belkin', kind: 'subsidiary', from: '2013', source: LINKSYS_BELKIN },
    ],
    sources: [LINKSYS_CISCO, LINKSYS_BELKIN, IEEE_REGISTRY],
  },
  { ...maker('belkin', 'Belkin International', 'US', ['Belkin', 'Belkin International', 'Belkin International Inc.', 'Belkin Corporation', 'Belkin Components']), sources: [LINKSYS_BELKIN, IEEE_REGISTRY] },
  {
    // Cable set-top boxes, modems and headend equipment. Its blocks of Cisco's time are registered as
    // "Cisco SPVTG" at the same Lawrenceville address and resolve to Cisco.
    slug: 'scientific-atlanta', name: 'Scientific-Atlanta', country: 'US',
    aliases: ['Scientific-Atlanta', 'Scientific Atlanta', 'Scientific-Atlanta, Inc.'],
    parents: [{ parent: 'cisco', kind: 'subsidiary', from: '2006-02-24', source: SCIENTIFIC_ATLANTA_CISCO }],
    sources: [SCIENTIFIC_ATLANTA_CISCO, IEEE_REGISTRY],
  },
  // Nortel's enterprise switches went to Avaya in 2009 and kept the numbers of SynOptics and Rapid
  // City (see `avaya`); Nortel's own blocks and numbers name Nortel, which was broken up in its
  // insolvency and has no group.
  maker('nortel', 'Nortel Networks', 'CA', ['Nortel', 'Nortel Networks', 'Nortel Networks Corporation', 'Northern Telecom', 'Northern Telecom Ltd.']),
  {
    ...maker('mitrastar', 'MitraStar Technology', 'TW', ['MitraStar', 'MitraStar Technology', 'MitraStar Technology Corp.']),
    contractManufacturer: MITRASTAR_UNIZYX, sources: [MITRASTAR_UNIZYX, IEEE_REGISTRY],
  },
  { ...maker('sundray', 'Shenzhen Sundray Technologies', 'CN', ['Sundray', 'Sundray Technologies', 'Shenzhen Sundray Technologies']), sources: [IEEE_REGISTRY] },
  {
    ...maker('eero', 'eero', 'US', ['eero', 'eero inc.', 'eero LLC']),
    parents: [{ parent: 'amazon', kind: 'subsidiary', from: '2019', source: EERO_AMAZON }],
    sources: [EERO_AMAZON, IEEE_REGISTRY],
  },
  { ...maker('zebra', 'Zebra Technologies', 'US', ['Zebra', 'Zebra Technologies', 'Zebra Technologies Corporation', 'Zebra Technologies Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('buffalo', 'Buffalo', 'JP', ['Buffalo', 'Buffalo Inc.', 'BUFFALO.INC', '\u30d0\u30c3\u30d5\u30a1\u30ed\u30fc']), sources: [IEEE_REGISTRY, BUFFALO_JA_NAME] },
  { ...maker('hitron', 'Hitron Technologies', 'TW', ['Hitron', 'Hitron Technologies', 'Hitron Technologies Inc.', 'Hitron Technology']), sources: [IEEE_REGISTRY] },
  // HUMAX Networks registers at HUMAX Village, the address of HUMAX Co. itself.
  { ...maker('humax', 'HUMAX', 'KR', ['HUMAX', 'HUMAX Co., Ltd.', 'HUMAX Networks']), sources: [IEEE_REGISTRY] },
  { ...maker('actiontec', 'Actiontec Electronics', 'US', ['Actiontec', 'Actiontec Electronics', 'Actiontec Electronics, Inc']), sources: [IEEE_REGISTRY] },
  { ...maker('2wire', '2Wire', 'US', ['2Wire', '2Wire Inc', '2Wire, Inc.']), sources: [IEEE_REGISTRY] },
  // ADB Broadband Italia (Milan) is the broadband unit of Advanced Digital Broadcast (Geneva).
  { ...maker('adb', 'ADB (Advanced Digital Broadcast)', 'CH', ['ADB', 'ADB Broadband', 'ADB Broadband Italia', 'ADB Italia', 'Advanced Digital Broadcast', 'Advanced Digital Broadcast SA']), sources: [IEEE_REGISTRY] },
  { ...maker('sky-uk', 'Sky UK', 'GB', ['Sky UK', 'Sky UK Limited']), sources: [IEEE_REGISTRY] },
  // Cambridge Industries Group makes ONTs and operator gateways; CIG Shanghai registers at its
  // Chenhang Road address.
  { ...maker('cig', 'Cambridge Industries Group (CIG)', 'CN', ['CIG', 'CIG Shanghai', 'Cambridge Industries Group', 'Cambridge Industries (Group)']), sources: [IEEE_REGISTRY] },
  // Operator ONTs and gateways (Chinese name Sichuan Tianyi Kanghe, under which two blocks stand at
  // the same Dayi county address).
  { ...maker('comheart', 'Sichuan Tianyi Comheart Telecom', 'CN', ['Comheart', 'Tianyi Comheart', 'Sichuan Tianyi Comheart Telecom', 'Sichuan Tianyi Kanghe Communications']), sources: [IEEE_REGISTRY] },
  { ...maker('kaon', 'KAON Group (Kaonmedia)', 'KR', ['KAON', 'Kaon Group', 'Kaonmedia', 'KAON Media', 'Kaon Broadband']), sources: [IEEE_REGISTRY] },
  { ...maker('gemtek', 'Gemtek Technology', 'TW', ['Gemtek', 'Gemtek Technology', 'Gemtek Technology Co., Ltd.', '\u6b63\u6587\u79d1\u6280']), sources: [IEEE_REGISTRY, YS_CONSULTING_NETWORKING_2018] },
  { ...maker('freebox', 'Freebox', 'FR', ['Freebox', 'Freebox SAS']), sources: [IEEE_REGISTRY] },
  maker('oracle', 'Oracle', 'US', ['Oracle', 'Oracle Corporation', 'Oracle America']),
  maker('ibm', 'IBM', 'US', ['IBM', 'IBM Corp', 'IBM Corporation', 'International Business Machines', 'IBM Research', 'IBM Japan']),
  // Allen-Bradley is Rockwell Automation's brand of controllers and industrial switches.
  { ...maker('rockwell-automation', 'Rockwell Automation', 'US', ['Rockwell Automation', 'Rockwell Automation, Inc.', 'Allen-Bradley']), sources: [IEEE_REGISTRY] },
  { ...maker('sonos', 'Sonos', 'US', ['Sonos', 'Sonos, Inc.']), sources: [IEEE_REGISTRY] },
  // Makers of operator CPE, carrier transport and small-business network gear, with fewer blocks.
  // Only Skyworth's set-top box and gateway company is listed: Skyworth's display and wireless
  // companies make other things. ADVA has been Adtran's since 2022, which no source was read for here.
  { ...maker('skyworth-digital', 'Skyworth Digital Technology', 'CN', ['Skyworth Digital', 'Skyworth Digital Technology', 'Shenzhen Skyworth Digital Technology', 'Skyworth Digital Technology (Shenzhen)', '\u521b\u7ef4\u6570\u5b57']), sources: [IEEE_REGISTRY, SKYWORTH_DIGITAL_CN_NAME] },
  { ...maker('gongjin', 'Shenzhen Gongjin Electronics', 'CN', ['Gongjin', 'Gongjin Electronics', 'Shenzhen Gongjin Electronics', '\u5171\u8fdb\u80a1\u4efd', '\u5171\u8fdb\u7535\u5b50', '\u6df1\u5733\u5e02\u5171\u8fdb\u7535\u5b50']), sources: [IEEE_REGISTRY, GONGJIN_CN_NAMES] },
  { ...maker('compal-broadband', 'Compal Broadband Networks', 'TW', ['Compal Broadband Networks', 'CBN']), sources: [IEEE_REGISTRY] },
  { ...maker('comtrend', 'Comtrend', 'TW', ['Comtrend', 'Comtrend Corporation']), sources: [IEEE_REGISTRY] },
  { ...maker('alpha-networks', 'Alpha Networks', 'TW', ['Alpha Networks', 'Alpha Networks Inc.', '\u660e\u6cf0\u79d1\u6280']), sources: [IEEE_REGISTRY, TAIPEI_TIMES_ALPHA_2020] },
  { ...maker('smc-networks', 'SMC Networks', 'US', ['SMC Networks', 'SMC Networks Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('efm-networks', 'EFM Networks (ipTIME)', 'KR', ['EFM Networks', 'ipTIME']), sources: [IEEE_REGISTRY] },
  { ...maker('eltex', 'Eltex Enterprise', 'RU', ['Eltex', 'Eltex Enterprise', 'Eltex Enterprise Ltd.', '\u042d\u043b\u0442\u0435\u043a\u0441']), sources: [IEEE_REGISTRY, ELTEX_CISCO_RU_NAMES] },
  { ...maker('telco-systems', 'Telco Systems', 'US', ['Telco Systems', 'Telco Systems, Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('edimax', 'Edimax Technology', 'TW', ['Edimax', 'Edimax Technology', 'Edimax Technology Co. Ltd.', '\u8a0a\u821f\u79d1\u6280']), sources: [IEEE_REGISTRY, EDIMAX_CN_NAME] },
  { ...maker('eci-telecom', 'ECI Telecom', 'IL', ['ECI Telecom', 'ECI Telecom Ltd.']), sources: [IEEE_REGISTRY] },
  { ...maker('adva', 'ADVA Optical Networking', 'DE', ['ADVA', 'ADVA Optical Networking', 'ADVA Optical Networking SE']), sources: [IEEE_REGISTRY] },
  { ...maker('genexis', 'Genexis', 'NL', ['Genexis', 'Genexis B.V.', 'Genexis International']), sources: [IEEE_REGISTRY] },
  { ...maker('westell', 'Westell Technologies', 'US', ['Westell', 'Westell Technologies']), sources: [IEEE_REGISTRY] },
  { ...maker('airties', 'AirTies Wireless Networks', 'TR', ['AirTies', 'AirTies Wireless Networks']), sources: [IEEE_REGISTRY] },
  { ...maker('iskratel', 'Iskratel', 'SI', ['Iskratel', 'Iskratel d.o.o.']), sources: [IEEE_REGISTRY] },
  { ...maker('ceragon', 'Ceragon Networks', 'IL', ['Ceragon', 'Ceragon Networks', 'Ceragon Networks Ltd.']), sources: [IEEE_REGISTRY] },
  { ...maker('lantronix', 'Lantronix', 'US', ['Lantronix', 'Lantronix, Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('peplink', 'Peplink', 'HK', ['Peplink', 'Peplink International', 'Pepwave', 'PePWave Ltd.']), sources: [IEEE_REGISTRY] },
  { ...maker('trendnet', 'TRENDnet', 'US', ['TRENDnet', 'TRENDnet, Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('inteno', 'Inteno Broadband Technology', 'SE', ['Inteno', 'Inteno Broadband Technology']), sources: [IEEE_REGISTRY] },
  { ...maker('devolo', 'devolo', 'DE', ['devolo', 'devolo AG']), sources: [IEEE_REGISTRY] },
  { ...maker('mimosa', 'Mimosa Networks', 'US', ['Mimosa Networks', 'Mimosa Networks, Inc.']), sources: [IEEE_REGISTRY] },
  // Array Networks makes the AG SSL VPN gateways that remote-access clients such as OpenConnect
  // support beside Cisco's, Fortinet's and F5's; its IEEE block FCE1FB stands at a Milpitas,
  // California address.
  { ...maker('array-networks', 'Array Networks', 'US', ['Array Networks', 'Array Networks, Inc.']), sources: [IEEE_REGISTRY, OPENCONNECT_PROTOCOLS] },
  { ...maker('red-lion', 'Red Lion Controls', 'US', ['Red Lion Controls', 'Red Lion Controls Inc.', 'Red Lion Europe']), sources: [IEEE_REGISTRY] },
  { ...maker('hms', 'HMS Industrial Networks', 'SE', ['HMS Industrial Networks', 'HMS Networks']), sources: [IEEE_REGISTRY] },
  // Cable modems and gateways; its DOCSIS firmware names it in the VENDOR field of the sysDescr
  // ("VENDOR: Ubee"). Its blocks stand at North Point, Hong Kong. "UbeeAirWalk, Inc." (Richardson,
  // Texas, one block) was not verified to be the same company and stays unresolved.
  { ...maker('ubee', 'Ubee Interactive', 'HK', ['Ubee', 'Ubee Interactive', 'Ubee Interactive Co., Limited']), sources: [IEEE_REGISTRY] },
  // ── IT, storage, server, printer, power and consumer-network makers ────────────────────────
  // Common in scans and asset inventories; listed so that their devices are named instead of
  // staying unknown. None is in a covered group. Owners are recorded from the sources: APC under
  // Schneider Electric (2007), VMware under Broadcom (2023), Lexmark under Ninestar and then Xerox.
  { ...maker('synology', 'Synology', 'TW', ['Synology', 'Synology Inc.', 'Synology Incorporated', '\u7fa4\u6689\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, SYNOLOGY_CN_NAME] },
  { ...maker('qnap', 'QNAP Systems', 'TW', ['QNAP', 'QNAP Systems', 'QNAP Systems, Inc.', '\u5a01\u806f\u901a']), sources: [IEEE_REGISTRY, IANA_PEN, QNAP_CN_NAME] },
  maker('supermicro', 'Super Micro Computer', 'US', ['Supermicro', 'Super Micro', 'Super Micro Computer', 'Super Micro Computer, Inc.']),
  // Legend Holdings, Lenovo's largest shareholder (about 32%), and Inspur's owner, the Shandong
  // provincial state-assets commission, are sources rather than parents: Legend holds no majority,
  // and the commission is a government body, not a group that makes or sells equipment.
  {
    ...maker('lenovo', 'Lenovo', 'CN', ['Lenovo', 'Lenovo Group', 'Lenovo Group Limited', 'Lenovo (Beijing)', 'Lenovo Data Center Group', '\u8054\u60f3', '\u8054\u60f3\u96c6\u56e2', '\u806f\u60f3\u96c6\u56e3', '\u30ec\u30ce\u30dc', '\u30ec\u30ce\u30dc\u30fb\u30b8\u30e3\u30d1\u30f3', '\ub808\ub178\ubc84']),
    sources: [LENOVO_LEGEND, MOTOROLA_WUHAN, IEEE_REGISTRY, IANA_PEN, LENOVO_JA_NAMES, LENOVO_KO_NAME],
  },
  {
    ...maker('inspur', 'Inspur Group', 'CN', ['Inspur', 'Inspur Group', 'Inspur Electronic Information Industry', '\u6d6a\u6f6e', '\u6d6a\u6f6e\u96c6\u56e2']),
    sources: [INSPUR_SHANDONG, INSPUR_ENTITY_LIST, IEEE_REGISTRY, IANA_PEN],
  },
  // A virtual machine's MAC address in VMware's blocks names VMware as the maker of the virtual
  // network card, not of the host under it (its maker shows in the host's own records); ESXi hosts
  // give their own VMkernel interfaces such addresses too. So its MACs count as an interface's
  // (`interfaceMaker`): a Dell host listed with them stays Dell's.
  {
    ...maker('vmware', 'VMware', 'US', ['VMware', 'VMware, Inc.']),
    parents: [{ parent: 'broadcom', kind: 'subsidiary', from: '2023-11-22', source: VMWARE_BROADCOM }],
    interfaceMaker: VMWARE_VIRTUAL_NICS,
    sources: [VMWARE_BROADCOM, IEEE_REGISTRY, IANA_PEN],
  },
  // Microsoft's blocks hold Hyper-V's virtual network cards (00:15:5D) as well as Surface and Xbox
  // devices: only that block counts as an interface's. Its name in a banner or a scanner's product
  // ("Microsoft IIS httpd", "Microsoft Windows RPC" on every Windows host nmap sees) names Windows
  // and its servers, which run on other makers' hardware (`softwareMaker`).
  {
    ...maker('microsoft', 'Microsoft', 'US', ['Microsoft', 'Microsoft Corporation', 'Microsoft Corp.']),
    interfaceBlocks: { prefixes: ['00155D'], source: HYPERV_MACS },
    softwareMaker: WINDOWS_SERVER_HARDWARE,
  },
  { ...maker('asus', 'ASUSTeK Computer', 'TW', ['ASUS', 'ASUSTeK', 'ASUSTeK Computer', 'ASUSTeK COMPUTER INC.', '\u83ef\u78a9']), sources: [IEEE_REGISTRY, IANA_PEN, TAIPEI_TIMES_WIMAX_2008, TAIPEI_TIMES_ASUS_DLINK_2009] },
  maker('xiaomi', 'Xiaomi', 'CN', ['Xiaomi', 'Xiaomi Communications', 'Xiaomi Corporation', 'Beijing Xiaomi Mobile Software', 'Beijing Xiaomi Electronics', '\u5c0f\u7c73']),
  // The printer and PC company of the Hewlett-Packard split of 1 Nov 2015 (HPE is `hpe`). The bare
  // "HP" stays unassigned: inventories write it for printers and for ProCurve switches alike.
  {
    ...maker('hp-inc', 'HP Inc.', 'US', ['HP Inc.', 'HP Inc', 'HP Development Company', '\u60e0\u666e', '\u65e5\u672cHP']),
    splitFrom: HP_SPLIT,
    sources: [HP_SEPARATION, IEEE_REGISTRY, IANA_PEN, HP_CN_NAME, HP_SPLIT_CN, HP_SPLIT_JA],
  },
  { ...maker('canon', 'Canon', 'JP', ['Canon', 'Canon Inc.', 'CANON INC.', '\u30ad\u30e4\u30ce\u30f3', '\u30ad\u30e3\u30ce\u30f3']), sources: [IEEE_REGISTRY, IANA_PEN, CANON_JA_NAMES] },
  { ...maker('brother', 'Brother Industries', 'JP', ['Brother', 'Brother Industries', 'Brother Industries, Ltd.', '\u30d6\u30e9\u30b6\u30fc\u5de5\u696d']), sources: [IEEE_REGISTRY, IANA_PEN, BROTHER_JA_NAME] },
  { ...maker('epson', 'Seiko Epson', 'JP', ['Epson', 'Seiko Epson', 'Seiko Epson Corporation', '\u30bb\u30a4\u30b3\u30fc\u30a8\u30d7\u30bd\u30f3', '\u30a8\u30d7\u30bd\u30f3']), sources: [IEEE_REGISTRY, IANA_PEN, EPSON_JA_NAMES, EPSON_JA_SHORT] },
  maker('xerox', 'Xerox', 'US', ['Xerox', 'Xerox Corporation', 'Xerox Holdings']),
  {
    // Bought in 2016 by a consortium led by Apex Technology (since renamed Ninestar) and PAG Asia
    // Capital; Ninestar sold it to Xerox on 1 Jul 2025.
    ...maker('lexmark', 'Lexmark International', 'US', ['Lexmark', 'Lexmark International', 'Lexmark International, Inc.']),
    parents: [
      { parent: 'ninestar', kind: 'subsidiary', from: '2016', until: '2025-07-01', source: LEXMARK_APEX },
      { parent: 'xerox', kind: 'subsidiary', from: '2025-07-01', source: LEXMARK_XEROX },
    ],
    sources: [LEXMARK_APEX, LEXMARK_XEROX, IEEE_REGISTRY, IANA_PEN],
  },
  { ...maker('ricoh', 'Ricoh', 'JP', ['Ricoh', 'Ricoh Company', 'RICOH COMPANY, LTD.', '\u30ea\u30b3\u30fc']), sources: [IEEE_REGISTRY, IANA_PEN, RICOH_JA_NAME] },
  { ...maker('kyocera', 'Kyocera', 'JP', ['Kyocera', 'Kyocera Corporation', 'Kyocera Document Solutions', 'Kyocera Mita', '\u4eac\u30bb\u30e9']), sources: [IEEE_REGISTRY, IANA_PEN, KYOCERA_JA_NAME] },
  {
    ...maker('apc', 'APC (American Power Conversion)', 'US', ['APC', 'American Power Conversion', 'American Power Conversion Corp', 'APC by Schneider Electric']),
    parents: [{ parent: 'schneider-electric', kind: 'subsidiary', from: '2007-02', source: APC_SCHNEIDER }],
    sources: [APC_SCHNEIDER, IEEE_REGISTRY, IANA_PEN],
  },
  maker('eaton', 'Eaton', undefined, ['Eaton', 'Eaton Corporation', 'Eaton Corporation plc']),
  {
    ...maker('tripp-lite', 'Tripp Lite', 'US', ['Tripp Lite', 'Tripp-Lite', 'TrippLite', 'Tripp Lite by Eaton']),
    parents: [{ parent: 'eaton', kind: 'subsidiary', from: '2021-03-17', source: TRIPP_LITE_EATON }],
    sources: [TRIPP_LITE_EATON, IEEE_REGISTRY],
  },
  maker('raspberry-pi', 'Raspberry Pi', 'GB', ['Raspberry Pi', 'Raspberry Pi Ltd', 'Raspberry Pi Trading', 'Raspberry Pi Foundation']),
  // Orange Pi boards: their maker holds the IEEE block C0742B ("SHENZHEN XUNLONG SOFTWARE CO.,LIMITED").
  // Listed so that a model "Orange Pi 5" names it, not the operator Orange.
  { ...maker('xunlong', 'Shenzhen Xunlong Software (Orange Pi)', 'CN', ['Shenzhen Xunlong Software', 'Shenzhen Xunlong Software Co., Limited', 'Xunlong', 'Orange Pi', 'OrangePi']), sources: [IEEE_REGISTRY] },
  // ── Owners of makers above ──────────────────────────────────────────────────────────────────
  // Groups that own a maker in the catalog. Investors and holding companies make no equipment of
  // their own: they are listed so that a device's group names its owner. None is a covered entity.
  {
    // Owner of ALE since 2014; an investor set up by China's Ministry of Post and Telecommunications
    // and wholly owned by SASAC, the state-owned assets commission. The slug is not "china-huaxin":
    // that would also claim the registry's "China Huaxin Post and Telecom Technologies", whose tie
    // to this centre was not verified.
    slug: 'huaxin-post-telecom', name: 'China Huaxin Post and Telecommunication Economy Development Center', country: 'CN',
    aliases: ['China Huaxin Post and Telecommunication Economy Development Center', 'China Huaxin Post & Telecommunication Economy Development Center'],
    parents: [], sources: [ALE_HUAXIN],
  },
  {
    // Formerly Apex Technology (Zhuhai); on the UFLPA Entity List since 12 Jun 2023, which restricts
    // imports of its goods but is not the FCC Covered List.
    slug: 'ninestar', name: 'Ninestar Corporation', country: 'CN',
    aliases: ['Ninestar', 'Ninestar Corporation', 'Ninestar Group Company', 'Apex Technology (Zhuhai)', '\u7eb3\u601d\u8fbe'],
    parents: [], sources: [LEXMARK_APEX, LEXMARK_XEROX, NINESTAR_UFLPA, NINESTAR_CN_NAME],
  },
  {
    ...maker('schneider-electric', 'Schneider Electric', 'FR', ['Schneider Electric', 'Schneider Electric SE', 'Schneider Electric SA']),
    sources: [APC_SCHNEIDER, IEEE_REGISTRY, IANA_PEN],
  },
  {
    ...maker('semtech', 'Semtech', 'US', ['Semtech', 'Semtech Corporation']),
    sources: [SIERRA_SEMTECH, IEEE_REGISTRY, IANA_PEN],
  },
  {
    ...maker('konica-minolta', 'Konica Minolta', 'JP', ['Konica Minolta', 'konicaminolta', 'Konica Minolta, Inc.', 'Konica Minolta Holdings', 'KONICA MINOLTA HOLDINGS, INC.', '\u30b3\u30cb\u30ab\u30df\u30ce\u30eb\u30bf', '\u30b3\u30cb\u30ab\u30df\u30ce\u30eb\u30bf\u30db\u30fc\u30eb\u30c7\u30a3\u30f3\u30b0\u30b9']),
    sources: [MOBOTIX_KONICA, IEEE_REGISTRY, IANA_PEN, KONICA_MINOLTA_JA_NAMES],
  },
  {
    slug: 'polaris-capital', name: 'Polaris Capital Group', country: 'JP',
    aliases: ['Polaris Capital Group', 'Polaris Capital Group Co., Ltd.', '\u30dd\u30e9\u30ea\u30b9\u30fb\u30ad\u30e3\u30d4\u30bf\u30eb\u30fb\u30b0\u30eb\u30fc\u30d7'],
    parents: [], sources: [IPRO_POLARIS, POLARIS_JA_NAME],
  },
  {
    slug: 'cloud-software-group', name: 'Cloud Software Group', country: 'US',
    aliases: ['Cloud Software Group', 'Cloud Software Group, Inc.'],
    parents: [], sources: [CITRIX_CSG],
  },
  {
    slug: 'thoma-bravo', name: 'Thoma Bravo', country: 'US',
    aliases: ['Thoma Bravo', 'Thoma Bravo, LLC', 'Thoma Bravo, L.P.'],
    parents: [], sources: [SOPHOS_THOMA],
  },
  {
    // Owner of New H3C since May 2016 (51%; 81% since 4 Sep 2024). Its one IEEE block is
    // registered under its former name, Tsinghua Unisplendour.
    slug: 'unisplendour', name: 'Unisplendour Corporation', country: 'CN',
    aliases: ['Unisplendour', 'Unisplendour Corporation', 'Unisplendour Corp', 'Tsinghua Unisplendour', '\u7d2b\u5149\u80a1\u4efd'],
    parents: [{ parent: 'tsinghua-unigroup', kind: 'subsidiary', source: UNIS_UNIGROUP }],
    sources: [H3C_UNIS_2016, H3C_UNIS_81, UNIS_UNIGROUP, UNIS_CONTROL_2024, TSINGHUA_UNISPLENDOUR_NAME, IEEE_REGISTRY],
  },
  {
    // Unisplendour's controlling shareholder. Tsinghua Holdings (Tsinghua University, under the
    // Ministry of Education) held 51% until the restructuring of 11 Jul 2022; since then it is
    // wholly held by Beijing Zhiguangxin Holdings, a consortium vehicle with no actual controller.
    // Neither is listed as a parent, so that an H3C device's group is Unigroup whatever its date;
    // the sources keep both holders on record.
    slug: 'tsinghua-unigroup', name: 'Tsinghua Unigroup', country: 'CN',
    aliases: ['Tsinghua Unigroup', 'Tsinghua Unigroup Co., Ltd.', 'Unigroup', '\u7d2b\u5149\u96c6\u56e2'],
    parents: [], sources: [UNIS_UNIGROUP, UNIGROUP_RESTRUCTURING, UNIS_CONTROL_2024],
  },
  // ── Makers found in LibreNMS's recorded devices (tests/snmpsim, m to z) ──────────────────────
  // Raisecom (Beijing) makes carrier access switches and EPON/GPON gear (ISCOM); its devices report
  // its enterprise number 8886 and its IEEE blocks are "Raisecom Technology CO., LTD". No owner
  // was checked, so none is recorded.
  { ...maker('raisecom', 'Raisecom Technology', 'CN', ['Raisecom', 'Raisecom Technology', 'Raisecom Technology CO., LTD', 'Beijing Raisecom Scientific & Technology Development', '\u745e\u65af\u5eb7\u8fbe', '\u745e\u65af\u5eb7\u8fbe\u79d1\u6280\u53d1\u5c55']), sources: [IEEE_REGISTRY, IANA_PEN, RAISECOM_CN_NAMES] },
  // ── Makers named in Rapid7 Recog's fingerprints ─────────────────────────────────────────────
  // Video codecs, phone systems, home gateways, print servers, copiers and the older computer
  // makers whose names Recog's banner and sysDescr fingerprints give. None is in a covered group.
  // TANDBERG (video conferencing) is Cisco's since 2010; Tandberg Data (tape storage) and Tandberg
  // Television (Ericsson's since 2007) came out of the same Norwegian radio factory but are other
  // companies, so their registry names stay unresolved.
  {
    slug: 'tandberg', name: 'TANDBERG (video conferencing)', country: 'NO',
    aliases: ['TANDBERG', 'Tandberg ASA', 'TANDBERG Telecom', 'TANDBERG Telecom AS'],
    parents: [{ parent: 'cisco', kind: 'subsidiary', from: '2010', source: TANDBERG_CISCO }],
    sources: [TANDBERG_CISCO, TANDBERG_APPROVAL, TANDBERG_OTHERS, IEEE_REGISTRY, IANA_PEN],
  },
  maker('mitel', 'Mitel Networks', 'CA', ['Mitel', 'Mitel Networks', 'Mitel Networks Corporation', 'Mitel Corporation']),
  {
    // Aastra's phones were sold under its name after the purchase in select European markets.
    slug: 'aastra', name: 'Aastra Technologies', country: 'CA',
    aliases: ['Aastra', 'Aastra Technologies', 'Aastra Technologies Limited', 'Aastra Telecom'],
    parents: [{ parent: 'mitel', kind: 'subsidiary', from: '2014-01-31', source: AASTRA_MITEL }],
    sources: [AASTRA_MITEL, IEEE_REGISTRY],
  },
  maker('tilgin', 'Tilgin', 'SE', ['Tilgin', 'Tilgin AB']),
  {
    // Fiery print servers and controllers. EFI's Fiery patents now stand in the name of Fiery, LLC;
    // the two stay one entry until a source shows who owns which. "EFI Electronics" (IANA 1114,
    // surge protectors) is another company.
    slug: 'efi', name: 'EFI (Electronics For Imaging) / Fiery', country: 'US',
    aliases: ['EFI', 'Electronics For Imaging', 'Electronics For Imaging, Inc.', 'Fiery', 'Fiery, LLC'],
    parents: [],
    sources: [FIERY_LLC, IEEE_REGISTRY],
  },
  {
    slug: 'savin', name: 'Savin', country: 'US',
    aliases: ['Savin', 'Savin Corporation'],
    parents: [{ parent: 'ricoh', kind: 'brand', source: SAVIN_RICOH }],
    sources: [SAVIN_RICOH],
  },
  // Sharp's copiers and multifunction printers (MX and AR series). Its owner (Hon Hai holds a
  // stake) was not checked, so none is recorded.
  { ...maker('sharp', 'Sharp', 'JP', ['Sharp', 'Sharp Corporation', '\u30b7\u30e3\u30fc\u30d7']), sources: [IEEE_REGISTRY, IANA_PEN, SHARP_JA_NAME] },
  {
    // Digital's Alpha systems ran Digital UNIX (later Tru64) and OpenVMS; the catalog's `hpe`
    // stands for Hewlett-Packard before its split of 2015, as it does for 3Com, and Compaq's PC
    // business, which went to HP Inc. at the split, is not told apart.
    slug: 'digital-equipment', name: 'Digital Equipment Corporation (DEC)', country: 'US',
    aliases: ['Digital Equipment Corporation', 'Digital Equipment', 'DEC', 'Digital Equipment Corp.'],
    parents: [{ parent: 'compaq', kind: 'subsidiary', from: '1998-06-11', source: DEC_COMPAQ }],
    sources: [DEC_COMPAQ, IEEE_REGISTRY, IANA_PEN],
  },
  {
    // Compaq has no IEEE block in its own name: the blocks registered at Compaq Center Drive,
    // Houston, stand in Hewlett-Packard's.
    slug: 'compaq', name: 'Compaq Computer Corporation', country: 'US',
    aliases: ['Compaq', 'Compaq Computer', 'Compaq Computer Corporation'],
    parents: [{ parent: 'hpe', kind: 'subsidiary', from: '2002-05-03', source: COMPAQ_HP }],
    sources: [COMPAQ_HP, DEC_COMPAQ, IANA_PEN],
  },
  // ── Printer makers named in FusionInventory's NetDiscovery dictionary ────────────────────────
  // Toshiba TEC makes Toshiba's e-STUDIO copiers and its B-series label printers. The registry lists
  // many Toshiba companies; only Toshiba TEC's own block resolves to it. Toshiba Corporation, Toshiba
  // Teli (industrial cameras), Toshiba Toko Meter Systems, Toshiba Client Solutions (PCs), Toshiba
  // Visual Solutions (televisions), Toshiba Global Commerce Solutions (retail point of sale), Toshiba
  // Electron Tubes & Devices and the joint ventures Toshiba Samsung Storage Technology and Toshiba
  // Mitsubishi-Electric Industrial Systems make other things, so their blocks stay unresolved. Its
  // owner was not checked, so none is recorded.
  { ...maker('toshiba-tec', 'Toshiba TEC', 'JP', ['Toshiba TEC', 'Toshiba TEC Corporation', '\u6771\u829d\u30c6\u30c3\u30af']), sources: [IEEE_REGISTRY, TOSHIBA_TEC_JA_NAME] },
  // OKI's printers were made by Oki Data, whose print servers (OkiLAN) name it in their sysDescr; the
  // registry holds OKI's blocks under Oki Electric Industry. "OKI DENKI BOHSAI" (fire alarms) and
  // "Oki Seatec" (underwater acoustics) are other companies and stay unresolved. No owner was
  // checked, so none is recorded.
  { ...maker('oki', 'OKI (Oki Electric Industry / Oki Data)', 'JP', ['OKI', 'Oki Electric Industry', 'Oki Electric Industry Co., Ltd.', 'Oki Data', 'Oki Data Corporation', '\u6c96\u96fb\u6c17\u5de5\u696d', '\u6c96\u96fb\u6c17']), sources: [IEEE_REGISTRY, OKI_JA_NAMES] },
  // ── Chinese network and security makers common in scans and inventories ─────────────────────
  // None is in a covered group and no owner was checked, so none records a parent. Each alias list
  // holds the names the IEEE registry uses for the maker's blocks; look-alike registrants stay out
  // ("BaudTec Corporation" and "shanghai baudcom communication device" are not BDCOM, "BVBA
  // DPTechnics" is not DPtech, "Sharetronic Data Technology" is not C-Data).
  { ...maker('hillstone', 'Hillstone Networks', 'CN', ['Hillstone', 'Hillstone Networks', 'Hillstone Networks Inc', 'Hillstone Networks Corp.', '\u5c71\u77f3\u7f51\u79d1', '\u5c71\u77f3\u7f51\u79d1\u901a\u4fe1\u6280\u672f']), sources: [IEEE_REGISTRY, IANA_PEN, HILLSTONE_CN_NAMES] },
  { ...maker('sangfor', 'Sangfor Technologies', 'CN', ['Sangfor', 'Sangfor Technologies', 'Sangfor Technologies Inc.', '\u6df1\u4fe1\u670d', '\u6df1\u4fe1\u670d\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, SANGFOR_CN_NAMES] },
  maker('maipu', 'Maipu Communication Technology', 'CN', ['Maipu', 'Maipu Communication Technology', 'Maipu Data Communication', 'Chengdu Maipu Electric Industrial']),
  { ...maker('dptech', 'Hangzhou DPtech Technologies', 'CN', ['DPtech', 'DPtech Technologies', 'Hangzhou DPtech Technologies', '\u8fea\u666e\u79d1\u6280', '\u676d\u5dde\u8fea\u666e\u79d1\u6280']), sources: [IEEE_REGISTRY, IANA_PEN, DPTECH_CN_NAMES] },
  // BDCOM is the brand of Shanghai Baud Data Communication, which registered its blocks and its
  // enterprise number (3320) under that name.
  maker('bdcom', 'BDCOM (Shanghai Baud Data Communication)', 'CN', ['BDCOM', 'Shanghai Baud Data Communication', 'Shanghai Baud Data Communication Development']),
  maker('c-data', 'Shenzhen C-Data Technology', 'CN', ['C-Data', 'CDATA', 'C-Data Technology', 'Shenzhen C-Data Technology']),
  {
    // HiveOS access points. Aerohive's own IEEE blocks now stand in the name of "Extreme Networks
    // Headquarters", so a HiveOS device is named Aerohive by its sysDescr and enterprise number 26928.
    ...maker('aerohive', 'Aerohive Networks', 'US', ['Aerohive', 'Aerohive Networks', 'Aerohive Networks, Inc.']),
    parents: [{ parent: 'extreme-networks', kind: 'subsidiary', from: '2019-08-09', source: AEROHIVE_EXTREME }],
    sources: [AEROHIVE_EXTREME, IEEE_REGISTRY, IANA_PEN],
  },
  // ── Operator-network makers: optical transport, voice, microwave, RAN, DPI, load balancing, test ──
  // Each alias list holds the names the IEEE registry uses for the maker's blocks. Look-alike
  // registrants stay out: "Harmonic Data Systems", "Harmonic Systems Incorporated", "Harmonic
  // Design", "Harmonic Technology" and "Harmonic Video Systems" (Caesarea) were not tied to Harmonic
  // Inc. by any source read here; "Harmonic Video Network" is Scopus (below); "Presonus" and "Trusonus" are not Sonus; "ViaVideo Communications" is not VIAVI. A parent is
  // recorded only where a filing or news report of the closing was read: ECI Telecom's sale to Ribbon
  // (agreed in Nov 2019, to close in the first quarter of 2020) was read only as an agreement, so ECI
  // keeps no parent; Tellabs, Siklu, Spirent and Tejas have owners that no source was read for here.
  // VIAVI is left out: no IEEE block stands in its name and no enterprise number was tied to it.
  {
    ...maker('infinera', 'Infinera', 'US', ['Infinera', 'Infinera, Inc.', 'Infinera Corporation']),
    parents: [{ parent: 'nokia', kind: 'subsidiary', from: '2025-02-28', source: INFINERA_NOKIA }],
    sources: [INFINERA_NOKIA, IEEE_REGISTRY],
  },
  {
    // Coriant's Groove transponders name Coriant in their sysDescr long after the sale.
    ...maker('coriant', 'Coriant', 'US', ['Coriant', 'Coriant GmbH']),
    parents: [{ parent: 'infinera', kind: 'subsidiary', from: '2018-10-01', source: CORIANT_INFINERA }],
    sources: [CORIANT_INFINERA, IEEE_REGISTRY],
  },
  {
    // Sonus Networks and GENBAND combined under a new holding company, Ribbon Communications, in
    // 2017, at Sonus's address in Westford; Sonus's block and its SBCs' sysDescr keep Sonus's name.
    ...maker('ribbon', 'Ribbon Communications (Sonus Networks, GENBAND)', 'US', ['Ribbon Communications', 'Ribbon Communications Inc.', 'Sonus Networks', 'Sonus Networks, Inc.', 'GENBAND']),
    sources: [RIBBON_10K_2017, IEEE_REGISTRY],
  },
  { ...maker('tellabs', 'Tellabs', 'US', ['Tellabs', 'Tellabs Inc.', 'Tellabs Operations', 'Tellabs Operations, Inc.', 'Tellabs Enterprise', 'Tellabs Enterprise, Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('casa-systems', 'Casa Systems', 'US', ['Casa Systems', 'Casa Systems, Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('harmonic', 'Harmonic Inc.', 'US', ['Harmonic', 'Harmonic, Inc']), sources: [IEEE_REGISTRY] },
  {
    // Scopus Video Networks (earlier Tadiran Scopus), bought by Harmonic in 2009: its block stands as
    // "Harmonic Video Network" at Scopus's Rosh Ha'ayin address, and IANA's 4466 as "Harmonic Video
    // Network (formerly 'Tadiran Scopus')" with a contact at Harmonic's domain. "Scopus International"
    // (India) is another company.
    ...maker('scopus', 'Scopus Video Networks (Harmonic Video Network)', 'IL', ['Scopus Video Networks', 'Tadiran Scopus', 'Harmonic Video Network']),
    parents: [{ parent: 'harmonic', kind: 'subsidiary', from: '2009', source: SCOPUS_HARMONIC }],
    sources: [SCOPUS_HARMONIC, IEEE_REGISTRY, IANA_PEN],
  },
  { ...maker('siae-microelettronica', 'SIAE Microelettronica', 'IT', ['SIAE Microelettronica', 'SIAE-Microelettronica S.p.A.']), sources: [IEEE_REGISTRY] },
  { ...maker('ekinops', 'Ekinops', 'FR', ['Ekinops', 'EKINOPS SAS']), sources: [IEEE_REGISTRY] },
  { ...maker('tejas-networks', 'Tejas Networks', 'IN', ['Tejas Networks', 'TEJAS NETWORKS LTD', 'Tejas Networks India Limited']), sources: [IEEE_REGISTRY] },
  // UTStarcom's blocks stand in the names of its Californian company and of its company in China;
  // it moved its head office between the two, so no country is recorded.
  { ...maker('utstarcom', 'UTStarcom', undefined, ['UTStarcom', 'UTStarcom Inc', 'UTStarcom (China) Co.,Ltd']), sources: [IEEE_REGISTRY] },
  // V-SOL's blocks stand in three spellings, all registered at the same Guangzhou address (Room 601,
  // Building B2, No. 162 Science Avenue) or at its later one.
  { ...maker('v-sol', 'V-SOL (Guangzhou V-Solution Telecommunication Technology)', 'CN', ['V-SOL', 'VSOL', 'Guangzhou V-Solution Telecommunication Technology', 'Guangzhou V-SOLUTION Electronic Technology', 'VSOLUTION TELECOMMUNICATION TECHNOLOGY']), sources: [IEEE_REGISTRY] },
  { ...maker('ufispace', 'UfiSpace', 'TW', ['UfiSpace', 'Ufispace Co., LTD.']), sources: [IEEE_REGISTRY] },
  { ...maker('ubiquoss', 'Ubiquoss', 'KR', ['Ubiquoss', 'Ubiquoss Inc', '\uc720\ube44\ucffc\uc2a4']), sources: [IEEE_REGISTRY, UBIQUOSS_KO_NAME, KO_NETWORK_MAKERS] },
  // DASAN Networks (Seongnam) is not DZS: DASAN Network Solutions, the group's company that merged
  // with Zhone, is (see registry-aliases.ts). No ownership between them is recorded here.
  { ...maker('dasan-networks', 'DASAN Networks', 'KR', ['DASAN Networks', 'DASAN Networks, Inc.', '\ub2e4\uc0b0\ub124\ud2b8\uc6cd\uc2a4']), sources: [IEEE_REGISTRY, DASAN_NETWORKS_KO_NAME] },
  { ...maker('idis', 'IDIS', 'KR', ['IDIS', 'IDIS Co., Ltd.', '\uc544\uc774\ub514\uc2a4']), sources: [IEEE_REGISTRY, IDIS_KO_NAME] },
  // \u2500\u2500 Japanese network makers \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
  // Their registry names as the IEEE spells them (YAMAHA CORPORATION, THE FURUKAWA ELECTRIC CO.,
  // LTD, APRESIA Systems, Ltd., I-O DATA, INC., CENTURY SYSTEMS CORP., ICOM INC.). Yamaha
  // Corporation makes the RTX and NVR routers; YAMAHA MOTOR CO.,LTD, which holds a block of its own,
  // is another company and resolves to nobody.
  { ...maker('yamaha', 'Yamaha Corporation', 'JP', ['Yamaha', 'Yamaha Corporation', '\u30e4\u30de\u30cf']), sources: [IEEE_REGISTRY, YAMAHA_JA_NAME] },
  { ...maker('furukawa-electric', 'Furukawa Electric', 'JP', ['Furukawa Electric', 'Furukawa Electric Co., Ltd.', 'The Furukawa Electric Co., Ltd', 'FITELnet', '\u53e4\u6cb3\u96fb\u6c17\u5de5\u696d', '\u53e4\u6cb3\u96fb\u5de5']), sources: [IEEE_REGISTRY, FURUKAWA_JA_NAMES] },
  { ...maker('apresia', 'APRESIA Systems', 'JP', ['APRESIA Systems', 'APRESIA Systems, Ltd.']), sources: [IEEE_REGISTRY] },
  { ...maker('i-o-data', 'I-O DATA DEVICE', 'JP', ['I-O DATA', 'I-O DATA DEVICE', 'I-O DATA DEVICE, INC.', '\u30a2\u30a4\u30fb\u30aa\u30fc\u30fb\u30c7\u30fc\u30bf\u6a5f\u5668', '\u30a2\u30a4\u30fb\u30aa\u30fc\u30fb\u30c7\u30fc\u30bf']), sources: [IEEE_REGISTRY, I_O_DATA_JA_NAMES, I_O_DATA_JA_SHORT] },
  { ...maker('century-systems', 'Century Systems', 'JP', ['Century Systems', 'Century Systems Corp.']), sources: [IEEE_REGISTRY] },
  { ...maker('icom', 'Icom', 'JP', ['Icom', 'Icom Inc.']), sources: [IEEE_REGISTRY] },
  // The Kenwood two-way radios (NX, TK, NEXEDGE) of land-mobile networks, beside Hytera's and
  // Motorola's: Kenwood Corporation (IEEE MA-L 000D4F) was merged into JVC KENWOOD Corporation (E0DADC) in 2011.
  { ...maker('jvckenwood', 'JVCKENWOOD', 'JP', ['JVCKENWOOD', 'JVC KENWOOD', 'JVC KENWOOD Corporation', 'JVCKENWOOD Corporation', 'Kenwood', 'Kenwood Corporation']), sources: [IEEE_REGISTRY, JVCKENWOOD_MERGER] },
  { ...maker('a10-networks', 'A10 Networks', 'US', ['A10 Networks', 'A10 Networks, Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('radware', 'Radware', 'IL', ['Radware', 'Radware Ltd.']), sources: [IEEE_REGISTRY] },
  { ...maker('gigamon', 'Gigamon', 'US', ['Gigamon', 'Gigamon Inc.', 'Gigamon Systems LLC']), sources: [IEEE_REGISTRY] },
  { ...maker('siklu', 'Siklu Communication', 'IL', ['Siklu', 'Siklu Communication']), sources: [IEEE_REGISTRY] },
  // Aviat's WTM microwave radios answer under 2509 (LibreNMS's aviat-wtm definition), which IANA's
  // file lists in Aviat Networks' own name; no IEEE block stands in its name, so its enterprise
  // number and its name are what resolve to it. No owner was checked, so none is recorded.
  { ...maker('aviat-networks', 'Aviat Networks', 'US', ['Aviat', 'Aviat Networks', 'Aviat Networks, Inc.']), sources: [IANA_PEN] },
  { ...maker('radwin', 'RADWIN', 'IL', ['RADWIN', 'RADWIN Inc.', 'RADWIN Ltd.']), sources: [IEEE_REGISTRY] },
  { ...maker('baicells', 'Baicells Technologies', 'CN', ['Baicells', 'Baicells Technologies', 'Baicells Technologies Co., Ltd']), sources: [IEEE_REGISTRY] },
  { ...maker('comba', 'Comba Telecom', 'CN', ['Comba Telecom', 'Comba Telecom Systems', 'Comba Telecom Systems (China) Ltd.']), sources: [IEEE_REGISTRY] },
  { ...maker('airspan', 'Airspan Networks', 'US', ['Airspan', 'Airspan Networks', 'Airspan Communications', 'Airspan Communications, Ltd.']), sources: [IEEE_REGISTRY] },
  { ...maker('parallel-wireless', 'Parallel Wireless', 'US', ['Parallel Wireless', 'Parallel Wireless, Inc']), sources: [IEEE_REGISTRY] },
  { ...maker('mavenir', 'Mavenir', 'US', ['Mavenir', 'Mavenir Inc.', 'Mavenir Systems', 'Mavenir System, Inc.', 'MAVENIR IPA UK LTD']), sources: [IEEE_REGISTRY] },
  maker('allot', 'Allot', 'IL', ['Allot', 'Allot Communications', 'Allot Ltd.']),
  { ...maker('sandvine', 'Sandvine', 'CA', ['Sandvine', 'Sandvine Incorporated']), sources: [IEEE_REGISTRY] },
  { ...maker('keysight', 'Keysight Technologies', 'US', ['Keysight', 'Keysight Technologies', 'Keysight Technologies Inc.']), sources: [IEEE_REGISTRY] },
  {
    // Ixia's test and visibility gear; no IEEE block stands in Ixia's name, so a declared name
    // ("Ixia") is what resolves to it.
    slug: 'ixia', name: 'Ixia', country: 'US', aliases: ['Ixia'],
    parents: [{ parent: 'keysight', kind: 'subsidiary', from: '2017-04', source: IXIA_KEYSIGHT }],
    sources: [IXIA_KEYSIGHT],
  },
  // Spirent's blocks include two registered by its broadband divisions, with Spirent plc in the name.
  { ...maker('spirent', 'Spirent Communications', 'GB', ['Spirent', 'Spirent Communications', 'Spirent plc', 'Spirent Communications (Scotland) Limited', 'Performance Analysis Broadband, Spirent plc', 'Spirent plc, Service Assurance Broadband']), sources: [IEEE_REGISTRY] },
  { ...maker('exfo', 'EXFO', 'CA', ['EXFO', 'EXFO Inc.']), sources: [IEEE_REGISTRY] },
  // ── Makers whose enterprise numbers devices in operator networks report ─────────────────────
  // Each registered the number its devices report (see enterprise-numbers.ts); each alias list holds
  // the names the IEEE registry uses for the maker's blocks, where it lists any, and the country is
  // that of the registry's address or of a filing read. An owner is recorded where a filing or news
  // report of the closing was read: Force10 under Dell (fiscal 2012), Meru under Fortinet (8 Jul
  // 2015), Metamako under Arista (Sep 2018), OneAccess under Ekinops (Oct 2017), Avocent under Vertiv,
  // the former Emerson Network Power (Nov 2016), World Wide Packets under Ciena (2008), Arbor Networks
  // under NETSCOUT (14 Jul 2015, from Danaher, whose years are not recorded: Danaher is not in the
  // catalog) and Paradyne under Zhone, now DZS (dated 2006, the year of the first filing read that
  // speaks of the purchase as done; it was announced in July 2005). Avocent's years under Emerson
  // (2009 to 2016) are not recorded either, as Emerson itself is not in the catalog.
  {
    ...maker('force10', 'Force10 Networks', 'US', ['Force10', 'Force10 Networks', 'Force10 Networks, Inc.']),
    parents: [{ parent: 'dell', kind: 'subsidiary', from: '2011', source: FORCE10_DELL }],
    sources: [FORCE10_DELL, IEEE_REGISTRY, IANA_PEN],
  },
  {
    ...maker('world-wide-packets', 'World Wide Packets', 'US', ['World Wide Packets']),
    parents: [{ parent: 'ciena', kind: 'subsidiary', from: '2008', source: WWP_CIENA }],
    sources: [WWP_CIENA, IEEE_REGISTRY, IANA_PEN],
  },
  {
    ...maker('meru-networks', 'Meru Networks', 'US', ['Meru Networks', 'Meru Networks, Inc.']),
    parents: [{ parent: 'fortinet', kind: 'subsidiary', from: '2015-07-08', source: MERU_FORTINET }],
    sources: [MERU_FORTINET, IANA_PEN, { title: 'Meru Networks, Schedule 14D-9 of June 2015: principal executive offices at 894 Ross Drive, Sunnyvale, California', url: 'https://www.advfn.com/stock-market/NASDAQ/MERU/stock-news/67214864/statement-of-ownership-solicitation-sc-14d9' }],
  },
  {
    ...maker('metamako', 'Metamako', 'AU', ['Metamako']),
    parents: [{ parent: 'arista', kind: 'subsidiary', from: '2018-09', source: METAMAKO_ARISTA }],
    sources: [METAMAKO_ARISTA, IEEE_REGISTRY, IANA_PEN],
  },
  {
    ...maker('oneaccess', 'OneAccess', 'FR', ['OneAccess', 'OneAccess SA']),
    parents: [{ parent: 'ekinops', kind: 'subsidiary', from: '2017-10', source: ONEACCESS_EKINOPS }],
    sources: [ONEACCESS_EKINOPS, IEEE_REGISTRY, IANA_PEN],
  },
  maker('netscout', 'NETSCOUT', 'US', ['NETSCOUT', 'NetScout Systems', 'NetScout Systems, Inc.', 'NETSCOUT SYSTEMS INC']),
  {
    ...maker('arbor-networks', 'Arbor Networks', 'US', ['Arbor Networks', 'Arbor Networks Inc']),
    parents: [{ parent: 'netscout', kind: 'subsidiary', from: '2015-07-14', source: ARBOR_NETSCOUT }],
    sources: [ARBOR_NETSCOUT, IEEE_REGISTRY, IANA_PEN],
  },
  {
    ...maker('paradyne', 'Paradyne Networks', 'US', ['Paradyne', 'Paradyne Networks', 'Paradyne Networks, Inc.', 'PARADYNE CORP.']),
    parents: [{ parent: 'dzs', kind: 'subsidiary', from: '2006', source: PARADYNE_ZHONE }],
    sources: [PARADYNE_ZHONE, IEEE_REGISTRY, IANA_PEN],
  },
  // IANA's registry gives Vertiv Tech Co.,Ltd. (13400) as "formerly 'Emerson Network Power Co.,Ltd.'",
  // the name the IEEE registry still gives its block 00-09-F5 under. That older name is no alias: read
  // as the start of a longer name it would take in Emerson Network Power's other units, of which
  // not all went to Vertiv.
  {
    ...maker('vertiv', 'Vertiv', 'US', ['Vertiv', 'Vertiv Co', 'Vertiv Holdings', 'Vertiv Tech Co.,Ltd.']),
    sources: [VERTIV_S1, IANA_PEN],
  },
  {
    ...maker('avocent', 'Avocent', 'US', ['Avocent', 'Avocent Corporation', 'Emerson Network Power, Avocent Division']),
    parents: [{ parent: 'vertiv', kind: 'division', from: '2016-11', source: AVOCENT_VERTIV }],
    sources: [AVOCENT_VERTIV, IEEE_REGISTRY, IANA_PEN],
  },
  maker('cyberpower', 'CyberPower Systems', 'TW', ['CyberPower', 'CyberPower Systems', 'CyberPower Systems, Inc.', 'Cyber Power System']),
  { ...maker('audiocodes', 'AudioCodes', undefined, ['AudioCodes', 'AudioCodes Ltd']), sources: [IANA_PEN] },
  maker('riverbed', 'Riverbed Technology', 'US', ['Riverbed', 'Riverbed Technology', 'Riverbed Technology, Inc.']),
  maker('qtech', 'QTECH', 'RU', ['QTECH', 'QTECH LLC']),
  // NAG's own MIB (NAG-MIB, as LibreNMS ships it with the SNR switches) roots NAG at the number and
  // SNR, its switch line, under it: NAG ::= { enterprises 40418 }, SNR ::= { NAG 7 }. Neither "NAG"
  // nor FS.COM's "FS" is a name of its own here: a short name of two or three letters is too easily
  // another company's.
  {
    ...maker('nag-snr', 'NAG (SNR)', undefined, ['NAG SNR']),
    sources: [IANA_PEN, { title: 'LibreNMS, mibs/snr/NAG-MIB: NAG OBJECT IDENTIFIER ::= { enterprises 40418 }, SNR OBJECT IDENTIFIER ::= { NAG 7 }', url: 'https://github.com/librenms/librenms/blob/master/mibs/snr/NAG-MIB' }],
  },
  maker('fs-com', 'FS.COM', undefined, ['FS.COM INC', 'FS COM INC']),
  maker('digital-china-networks', 'Digital China Networks', 'CN', ['Digital China Networks', 'Digital China (Shanghai) Networks', 'Digital China (Shanghai) Networks Ltd.']),
  // ── Makers of storage, power and environment monitoring devices, by their enterprise numbers ──
  // Each registered the number its devices report (see enterprise-numbers.ts): storage arrays (EMC,
  // EqualLogic, BlueArc), UPS network cards (Riello UPS), PDUs (Gude), environment
  // monitors (AVTECH Software's Room Alert, HW group, W&T, Infratec plus, PacketFlux's SiteMonitor)
  // and Korenix's industrial switches. Aliases are the names IANA and the IEEE registry use, where
  // the registry lists the maker; the country is that of the registry's address where it has one.
  // EMC is Dell's from 7 Sep 2016 and EqualLogic from 2008 (closing read); BlueArc stands alone, as
  // Hitachi, which IANA names as its owner, is not in the catalog and no closing was read; Korenix
  // stands alone too, as Beijer Electronics is not in the catalog. "EMC" alone is an alias: the
  // registry's other EMC names (EMC PARTNER AG, EMC Electronic Media Communication SA) are two
  // words or more and do not resolve to it; "AVTECH" alone is not, as AVTECH Corporation of Taiwan
  // makes cameras.
  {
    ...maker('emc', 'EMC', 'US', ['EMC', 'EMC Corporation', 'EMC Corp']),
    parents: [{ parent: 'dell', kind: 'subsidiary', from: '2016-09-07', source: EMC_DELL }],
    sources: [EMC_DELL, IEEE_REGISTRY, IANA_PEN],
  },
  {
    ...maker('equallogic', 'EqualLogic', 'US', ['EqualLogic', 'EqualLogic Inc']),
    parents: [{ parent: 'dell', kind: 'subsidiary', from: '2008', source: EQUALLOGIC_DELL }],
    sources: [EQUALLOGIC_DELL, IEEE_REGISTRY, IANA_PEN],
  },
  maker('bluearc', 'BlueArc', 'GB', ['BlueArc', 'BlueArc UK Ltd']),
  // Pure Storage, maker of the FlashArray storage arrays (enterprise number 40482), renamed Everpure
  // in 2026: its block 24-A9-37, "PURE Storage" in the IEEE's oui.csv of 2026-05-21, is "Everpure,
  // Inc." in oui-data 2.1.9.
  {
    ...maker('pure-storage', 'Pure Storage', undefined, ['Pure Storage', 'Pure Storage, Inc.', 'Everpure', 'Everpure, Inc.']),
    sources: [IEEE_REGISTRY, IANA_PEN, EVERPURE_RENAME],
  },
  { ...maker('riello-ups', 'Riello UPS', undefined, ['Riello UPS']), sources: [IANA_PEN] },
  { ...maker('gude', 'Gude', undefined, ['Gude', 'Gude Analog- und Digitalsysteme GmbH']), sources: [IANA_PEN] },
  maker('avtech-software', 'AVTECH Software', 'US', ['AVTECH Software', 'AVTECH Software, Inc.']),
  { ...maker('hw-group', 'HW group', undefined, ['HW group', 'HW group s.r.o']), sources: [IANA_PEN] },
  maker('wiesemann-theis', 'Wiesemann & Theis (W&T)', 'DE', ['Wiesemann & Theis', 'Wiesemann & Theis GmbH', 'WIESEMANN & THEIS GMBH']),
  { ...maker('infratec-plus', 'Infratec plus', undefined, ['Infratec plus', 'Infratec plus GmbH']), sources: [IANA_PEN] },
  maker('packetflux', 'PacketFlux Technologies', 'US', ['PacketFlux', 'PacketFlux Technologies', 'PacketFlux Technologies, Inc.']),
  { ...maker('korenix', 'Korenix', 'TW', ['Korenix', 'Korenix Technology']), sources: [KORENIX_BEIJER, IANA_PEN] },
  // ── Makers whose enterprise numbers monitoring tools map to device OSes ─────────────────────
  // Each registered the number its devices report (see enterprise-numbers.ts): DNS and DHCP
  // appliances, routers, switches, firewalls, session border controllers, console servers, PDUs,
  // UPSs, radios and optical transport. Aliases are the names the IEEE registry and IANA use, and the
  // country that of the registry's address or of a filing read. An owner is recorded where a filing
  // or report of the closing was read: Acme Packet under Oracle (28 Mar 2013), Opengear under Digi
  // (13 Dec 2019), BTI Systems under Juniper (2016), Occam Networks under Calix (2011). Colubris
  // stands as its own group: Techworld reported HP ProCurve's purchase of it, but no closing was
  // read. Raritan, Server Technology and Alvarion stand alone too: no purchase of them was read here.
  maker('infoblox', 'Infoblox', 'US', ['Infoblox', 'InfoBlox Inc.', 'Infoblox Inc.']),
  maker('alaxala', 'ALAXALA Networks', 'JP', ['ALAXALA', 'ALAXALA Networks', 'ALAXALA Networks Corporation']),
  maker('barracuda', 'Barracuda Networks', 'US', ['Barracuda Networks', 'Barracuda Networks, Inc.', 'Barracuda Networks AG', 'barracudanetworks']),
  maker('waystream', 'Waystream', 'SE', ['Waystream', 'Waystream AB', 'PacketFront Network Products AB']),
  maker('racom-sro', 'RACOM', 'CZ', ['RACOM s.r.o.', 'RACOM, s.r.o.']),
  maker('microsens', 'MICROSENS', 'DE', ['MICROSENS', 'MICROSENS GmbH & Co. KG']),
  { ...maker('digi-international', 'Digi International', 'US', ['Digi International', 'Digi International Inc.']), sources: [DIGI_10Q, IANA_PEN] },
  maker('patton-electronics', 'Patton Electronics', 'US', ['Patton Electronics', 'Patton Electronics Company', 'PATTON ELECTRONICS CO.']),
  {
    ...maker('opengear', 'Opengear', 'US', ['Opengear', 'Opengear Inc.', 'OpenGear, Inc']),
    parents: [{ parent: 'digi-international', kind: 'subsidiary', from: '2019-12-13', source: OPENGEAR_DIGI }],
    sources: [OPENGEAR_DIGI, IEEE_REGISTRY, IANA_PEN],
  },
  maker('raritan', 'Raritan', 'US', ['Raritan', 'Raritan Computer', 'Raritan Computer, Inc.']),
  maker('server-technology', 'Server Technology', 'US', ['Server Technology', 'Server Technology, Inc.', 'Server Technology Inc.']),
  maker('delta-electronics', 'Delta Electronics', 'TW', ['Delta Electronics', 'Delta Electronics, Inc.']),
  { ...maker('alvarion', 'Alvarion', undefined, ['Alvarion', 'Alvarion Ltd.']), sources: [IANA_PEN] },
  maker('exalt-communications', 'Exalt Communications', 'US', ['Exalt Communications']),
  {
    ...maker('acme-packet', 'Acme Packet', 'US', ['Acme Packet', 'Acme Packet, Inc.']),
    parents: [{ parent: 'oracle', kind: 'subsidiary', from: '2013-03-28', source: ACME_PACKET_ORACLE }],
    sources: [ACME_PACKET_ORACLE, IEEE_REGISTRY, IANA_PEN],
  },
  {
    ...maker('bti-systems', 'BTI Systems', 'CA', ['BTI Systems', 'BTI Systems Inc.', 'BTI Photonic Systems']),
    parents: [{ parent: 'juniper', kind: 'subsidiary', from: '2016', source: BTI_JUNIPER }],
    sources: [BTI_JUNIPER, IEEE_REGISTRY, IANA_PEN],
  },
  maker('colubris', 'Colubris Networks', 'CA', ['Colubris Networks', 'Colubris Networks Inc.']),
  // Symmetricom's SyncServer time servers report an OID under Hikvision's number as their sysObjectID
  // (see enterprise-numbers.ts). Symmetricom stands alone: no purchase of it was read here, and
  // "Microsemi", the name monitoring tools give the SyncServer, is not an alias, as Microsemi's
  // switch chips and their software (its VTSS MIBs) are in other makers' devices.
  maker('symmetricom', 'Symmetricom', 'US', ['Symmetricom', 'Symmetricom, Inc.']),
  {
    ...maker('occam-networks', 'Occam Networks', 'US', ['Occam Networks', 'Occam Networks, Inc.']),
    parents: [{ parent: 'calix', kind: 'subsidiary', from: '2011', source: OCCAM_CALIX }],
    sources: [OCCAM_CALIX, IEEE_REGISTRY, IANA_PEN],
  },
  maker('bintec', 'bintec', 'DE', ['BinTec Communications', 'BinTec Communications GmbH', 'BINTEC COMMUNICATIONS GMBH']),
  maker('saf-tehnika', 'SAF Tehnika', 'LV', ['SAF Tehnika', 'SAF tehnika', 'SAF Tehnika Ltd.']),
  maker('sub10', 'Sub10 Systems', 'GB', ['Sub10 Systems', 'Sub10 Systems Ltd', 'Sub10 Systems Ltd.']),
  maker('planet-technology', 'PLANET Technology', 'TW', ['PLANET Technology', 'PLANET Technology Corp.', 'PLANET Technology Corporation']),
  maker('netonix', 'Netonix', 'US', ['Netonix']),
  // DATACOM's legal name is Teracom Telemática (Teletime, 24 Nov 2010), the registrant of its IANA
  // number and IEEE blocks. "Datacom" alone is not an alias: other companies bear the name.
  {
    ...maker('teracom-datacom', 'DATACOM (Teracom Telemática)', 'BR', ['Teracom Telematica', 'Teracom Telematica Ltda.', 'Teracom Telemática Ltda', 'TERACOM TELEMATICA S.A']),
    sources: [IEEE_REGISTRY, IANA_PEN, { title: 'Teletime (24 Nov 2010): "A Teracom Telemática Ltda, razão social da brasileira Datacom"', url: 'https://teletime.com.br/24/11/2010/teracom-deve-ser-a-grande-vencedora-do-leilao-de-rede-ipmpls-da-telebras/', date: '2010-11-24' }],
  },
  // ── Makers of the most common IEEE blocks that resolved to nobody ──────────────────────────
  // Ranked by MA-L block count in the IEEE registry. Module and chip makers whose MACs number the
  // Wi-Fi and Bluetooth interfaces they sell for other makers' devices carry `interfaceMaker` with
  // the source that says so: a MAC in their blocks is then a component, not the device's maker.
  // ODMs that build whole devices for brands (Hon Hai/Foxconn, Quanta, Compal, Pegatron, WNC, T&W,
  // Gaoshengda, Goertek) made the device: a MAC of theirs names its maker, except on a device whose
  // other evidence names another maker, for the ODMs marked `contractManufacturer` with the source
  // that says they build for other brands. Parents are recorded only where a
  // source was read: Ring and eero under Amazon, LCFC under Lenovo. OPPO, vivo, realme and OnePlus,
  // and itel, TECNO and Infinix, stand alone: no source for a common owner was read. Countries are
  // those of the registry's addresses.
  { ...maker('texas-instruments', 'Texas Instruments', 'US', ['Texas Instruments', 'Texas Instruments Incorporated', 'Texas Instruments Inc.']), interfaceMaker: TI_CC2541_IROBOT, sources: [IEEE_REGISTRY, TI_CC2541_IROBOT] },
  { ...maker('espressif', 'Espressif Systems', 'CN', ['Espressif', 'Espressif Inc.', 'Espressif Systems', 'Espressif Systems (Shanghai)']), interfaceMaker: ESPRESSIF_ESP32_USERS, sources: [IEEE_REGISTRY, ESPRESSIF_ESP32_USERS] },
  { ...maker('silicon-labs', 'Silicon Labs', 'US', ['Silicon Labs', 'Silicon Laboratories', 'Silicon Laboratories Inc.']), interfaceMaker: SILABS_SIGMA, sources: [IEEE_REGISTRY, SILABS_SIGMA] },
  // Two blocks stand under its Shanghai company.
  { ...maker('azurewave', 'AzureWave Technology', 'TW', ['AzureWave', 'AzureWave Technology', 'AzureWave Technology Inc.', 'AzureWave Technologies', 'AzureWave Technologies (Shanghai)']), interfaceMaker: AZUREWAVE_MODULES, sources: [IEEE_REGISTRY, AZUREWAVE_MODULES] },
  // "MURATA MACHINERY, LTD." (Kyoto; logistics systems and machine tools) is another company.
  { ...maker('murata', 'Murata Manufacturing', 'JP', ['Murata', 'Murata Manufacturing', 'Murata Manufacturing Co., Ltd.']), interfaceMaker: MURATA_MODULES, sources: [IEEE_REGISTRY, MURATA_MODULES] },
  // Lite-On Technology's spellings, its network unit at Dongguan and the other registrants that bear
  // the Lite-On name (LITE-ON IT, LITE-ON Clean Energy, LITE-ON Communications, "Liteon, Inc."), taken
  // by its name's two words: a MAC of any of them is read as a component unless other evidence names
  // Lite-On.
  {
    ...maker('lite-on', 'Lite-On Technology', 'TW', ['Lite-On Technology', 'Liteon Technology', 'Liteon Technology Corporation', 'LITE-ON Technology Corp.', 'Lite-On Technogy Corp.', 'LiteON', 'Lite-On Network Communication (Dongguan)']),
    interfaceMaker: LITEON_MODULES, sources: [IEEE_REGISTRY, LITEON_MODULES],
  },
  { ...maker('usi', 'Universal Global Scientific Industrial (USI)', 'TW', ['Universal Global Scientific Industrial', 'Universal Scientific Industrial']), interfaceMaker: USI_APPLE_WATCH, sources: [IEEE_REGISTRY, USI_APPLE_WATCH] },
  { ...maker('ampak', 'AMPAK Technology', 'TW', ['AMPAK', 'AMPAK Technology', 'AMPAK Technology Inc.']), interfaceMaker: AMPAK_MODULES, sources: [IEEE_REGISTRY, AMPAK_MODULES] },
  // FN-LINK registers under its Shenzhen company and its Hunan factory.
  { ...maker('fn-link', 'FN-LINK Technology', 'CN', ['FN-LINK', 'FN-LINK Technology', 'Hunan FN-LINK Technology']), interfaceMaker: FNLINK_MODULES, sources: [IEEE_REGISTRY, FNLINK_MODULES] },
  { ...maker('ai-link', 'Sichuan AI-Link Technology', 'CN', ['AI-Link', 'Sichuan AI-Link Technology']), interfaceMaker: AILINK_MODULES, sources: [IEEE_REGISTRY, AILINK_MODULES] },
  { ...maker('u-blox', 'u-blox', 'CH', ['u-blox', 'u-blox AG', 'u-blox Holding']), interfaceMaker: UBLOX_MODULES, sources: [IEEE_REGISTRY, UBLOX_MODULES] },
  {
    ...maker('nxp', 'NXP Semiconductors', 'NL', ['NXP', 'NXP Semiconductors', 'NXP Semiconductor', 'NXP USA', 'NXP (China) Management', 'NXP India', 'NXP France Semiconductors France']),
    interfaceMaker: NXP_WIFI_CHIPS, sources: [IEEE_REGISTRY, NXP_WIFI_CHIPS],
  },
  // "Telink Micro LLC" (Santa Clara) was not verified to be Telink Semiconductor's and stays apart.
  { ...maker('telink', 'Telink Semiconductor', 'CN', ['Telink', 'Telink Semiconductor', 'Telink Semiconductor (Shanghai)', 'Telink Semiconductor (Taipei)']), interfaceMaker: TELINK_XIAOMI, sources: [IEEE_REGISTRY, TELINK_XIAOMI] },
  { ...maker('bouffalo', 'Bouffalo Lab', 'CN', ['Bouffalo', 'Bouffalo Lab', 'Bouffalo Lab (Nanjing)', 'Hong Kong Bouffalo Lab']), interfaceMaker: BOUFFALO_MAGIC_HOME, sources: [IEEE_REGISTRY, BOUFFALO_MAGIC_HOME] },
  // Tuya's blocks stand at a Delaware address; its modules are in white-label smart plugs and bulbs.
  { ...maker('tuya', 'Tuya', undefined, ['Tuya', 'Tuya Smart', 'Tuya Smart Inc.', 'Tuya Inc.']), interfaceMaker: TUYA_MODULES, sources: [IEEE_REGISTRY, TUYA_MODULES] },
  // LG Innotek (modules and components) is LG Electronics' sister in the LG group, listed apart.
  { ...maker('lg-innotek', 'LG Innotek', 'KR', ['LG Innotek', 'LG Innotek Co., Ltd.']), interfaceMaker: LG_INNOTEK_WIFI, sources: [IEEE_REGISTRY, LG_INNOTEK_WIFI] },
  { ...maker('em-microelectronic', 'EM Microelectronic', 'CH', ['EM Microelectronic', 'EM Microelectronic-Marin', 'EM Microelectronic-Marin SA']), interfaceMaker: EM_EM9304, sources: [IEEE_REGISTRY, EM_EM9304] },
  { ...maker('microchip', 'Microchip Technology', 'US', ['Microchip', 'Microchip Technology', 'Microchip Technologies', 'Microchip Technology Inc.']), interfaceMaker: MICROCHIP_WINC, sources: [IEEE_REGISTRY, MICROCHIP_WINC] },
  // Makers of whole devices: phones, TVs, consoles, speakers, appliances, PCs and the ODMs' devices.
  { ...maker('amazon', 'Amazon', 'US', ['Amazon', 'Amazon Technologies', 'Amazon Technologies Inc.', 'Amazon.com', 'Amazon.com, LLC']), sources: [IEEE_REGISTRY, RING_AMAZON, EERO_AMAZON] },
  {
    ...maker('ring', 'Ring', 'US', ['Ring', 'Ring LLC', 'Doorbot']),
    parents: [{ parent: 'amazon', kind: 'subsidiary', from: '2018', source: RING_AMAZON }],
    sources: [RING_AMAZON, IEEE_REGISTRY],
  },
  { ...maker('google', 'Google', 'US', ['Google', 'Google, Inc.', 'Google LLC']), sources: [IEEE_REGISTRY, NEST_GOOGLE] },
  {
    ...maker('nest', 'Nest Labs', 'US', ['Nest', 'Nest Labs', 'Nest Labs Inc.', 'Google Nest']),
    parents: [{ parent: 'google', kind: 'subsidiary', from: '2014-02-07', source: NEST_GOOGLE }],
    sources: [NEST_GOOGLE, IEEE_REGISTRY],
  },
  // "OPPO Digital, Inc." (Mountain View; disc players) is another company.
  { ...maker('oppo', 'OPPO', 'CN', ['OPPO', 'Guangdong OPPO Mobile Telecommunications', 'OPPO Mobile Telecommunications']), sources: [IEEE_REGISTRY] },
  // "Vivo International Corporation" (Chiswick, Australia) is another company.
  { ...maker('vivo', 'vivo', 'CN', ['vivo', 'vivo Mobile Communication', 'vivo Mobile Communication Co., Ltd.']), sources: [IEEE_REGISTRY] },
  { ...maker('realme', 'realme', 'CN', ['realme', 'Realme Chongqing Mobile Telecommunications']), sources: [IEEE_REGISTRY] },
  { ...maker('oneplus', 'OnePlus', 'CN', ['OnePlus', 'OnePlus Technology (Shenzhen)']), sources: [IEEE_REGISTRY] },
  // Hon Hai registers under its own spellings (Tucheng, New Taipei, and its plants in China) and as
  // Foxconn. Its Nanning and Chongqing companies that register under other names (Cloud Network
  // Technology Singapore, Chongqing Fugui) were not verified to be Hon Hai's and stay apart.
  { ...maker('hon-hai', 'Hon Hai Precision Industry (Foxconn)', 'TW', ['Hon Hai', 'Hon Hai Precision Industry', 'Hon Hai Precision Ind.', 'Foxconn', 'Foxconn Technology Group']), contractManufacturer: FOXCONN_CUSTOMERS, sources: [IEEE_REGISTRY, FOXCONN_CUSTOMERS] },
  // LG Electronics' own blocks, also those of its former mobile business; LG Innotek (modules and
  // components), LG Display, LG CNS, LG Chem and the joint ventures (Hitachi-LG Data Storage,
  // LG-Ericsson) are other companies.
  { ...maker('lg-electronics', 'LG Electronics', 'KR', ['LG Electronics', 'LG Electronics Inc.', 'LG Electornics', 'LG\uc804\uc790']), sources: [IEEE_REGISTRY, LG_KO_NAME] },
  { ...maker('nintendo', 'Nintendo', 'JP', ['Nintendo', 'Nintendo Co., Ltd.']), sources: [IEEE_REGISTRY] },
  // These phone brands register under Hong Kong companies. "SHENZHEN TECNO TECHNOLOGY" is another
  // company, so TECNO's bare name is not an alias.
  { ...maker('itel', 'itel Mobile', 'HK', ['itel', 'itel Mobile', 'ITEL MOBILE LIMITED']), sources: [IEEE_REGISTRY] },
  { ...maker('tecno', 'TECNO Mobile', 'HK', ['TECNO Mobile', 'TECNO MOBILE LIMITED']), sources: [IEEE_REGISTRY] },
  { ...maker('infinix', 'Infinix Mobility', 'HK', ['Infinix', 'Infinix Mobility']), sources: [IEEE_REGISTRY] },
  { ...maker('hmd-global', 'HMD Global', 'FI', ['HMD Global', 'HMD Global Oy']), sources: [IEEE_REGISTRY] },
  { ...maker('tct-mobile', 'TCT Mobile (TCL Communication)', 'CN', ['TCT Mobile', 'TCT mobile ltd', 'TCL Communication']), sources: [IEEE_REGISTRY] },
  { ...maker('htc', 'HTC', 'TW', ['HTC', 'HTC Corporation']), sources: [IEEE_REGISTRY] },
  // Research In Motion took the name BlackBerry; both register at Phillip Street, Waterloo.
  { ...maker('blackberry', 'BlackBerry (Research In Motion)', 'CA', ['BlackBerry', 'BlackBerry Limited', 'BlackBerry RTS', 'Research In Motion', 'RIM', 'RIM Testing Services']), sources: [IEEE_REGISTRY] },
  { ...maker('roku', 'Roku', 'US', ['Roku', 'Roku, Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('vizio', 'Vizio', 'US', ['Vizio', 'Vizio, Inc.']), sources: [IEEE_REGISTRY] },
  // "Bose Professional" (Transom Post OpCo) is another company.
  { ...maker('bose', 'Bose', 'US', ['Bose', 'Bose Corporation']), sources: [IEEE_REGISTRY] },
  { ...maker('garmin', 'Garmin', 'US', ['Garmin', 'Garmin International', 'Garmin Ltd.']), sources: [IEEE_REGISTRY] },
  // Facebook took the name Meta Platforms; both register at Menlo Park. Not "Meta" alone: META
  // SYSTEM, Meta-Networks and others are other companies.
  { ...maker('meta', 'Meta Platforms', 'US', ['Meta Platforms', 'Meta Platforms, Inc.', 'Facebook', 'Facebook Inc']), sources: [IEEE_REGISTRY] },
  { ...maker('toshiba', 'Toshiba', 'JP', ['Toshiba', 'Toshiba Corporation', 'Toshiba Corp.', '\u6771\u829d']), sources: [IEEE_REGISTRY, TOSHIBA_JA_NAME] },
  { ...maker('hisense', 'Hisense', 'CN', ['Hisense', 'Hisense Group', 'Qingdao Hisense Communications', 'Hisense Visual Technology']), sources: [IEEE_REGISTRY] },
  { ...maker('haier', 'Haier', 'CN', ['Haier', 'Haier Group', 'Qingdao Haier Technology']), sources: [IEEE_REGISTRY] },
  { ...maker('midea', 'Midea Group', 'CN', ['Midea', 'Midea Group', 'GD Midea Air-Conditioning Equipment']), sources: [IEEE_REGISTRY] },
  { ...maker('changhong', 'Sichuan Changhong Electric', 'CN', ['Changhong', 'Sichuan Changhong Electric']), sources: [IEEE_REGISTRY] },
  { ...maker('tmall', 'Zhejiang Tmall Technology (Tmall Genie)', 'CN', ['Zhejiang Tmall Technology', 'Tmall Genie']), sources: [IEEE_REGISTRY] },
  { ...maker('universal-electronics', 'Universal Electronics', 'US', ['Universal Electronics', 'Universal Electronics Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('gigabyte', 'GIGA-BYTE Technology', 'TW', ['GIGABYTE', 'GIGA-BYTE', 'GIGA-BYTE Technology']), sources: [IEEE_REGISTRY] },
  { ...maker('msi', 'Micro-Star International (MSI)', 'TW', ['MSI', 'Micro-Star', 'Micro-Star International', 'MSI Technology']), sources: [IEEE_REGISTRY] },
  { ...maker('elitegroup', 'Elitegroup Computer Systems (ECS)', 'TW', ['Elitegroup', 'Elitegroup Computer Systems']), sources: [IEEE_REGISTRY] },
  // ODMs. Quanta Storage, Quanta Network Systems and Quanta Microsystems are listed by their own
  // names and stay apart; so does Compal Broadband Networks (`compal-broadband`). Wistron and WNC
  // (Wistron NeWeb) are separate entries, no tie between them having been read.
  // Lenovo's notebook plant with Compal, Lenovo's by its majority.
  {
    ...maker('lcfc', 'LCFC (Hefei) Electronics Technology', 'CN', ['LCFC', 'LCFC (Hefei) Electronics', 'LCFC (Hefei) Electronics Technology', 'Lienpal (Hefei)']),
    parents: [{ parent: 'lenovo', kind: 'subsidiary', from: '2011', source: LCFC_LENOVO }],
    sources: [LCFC_LENOVO, IEEE_REGISTRY],
  },
  { ...maker('quanta', 'Quanta Computer', 'TW', ['Quanta Computer', 'Quanta Computer Inc.']), contractManufacturer: NOTEBOOK_ODMS, sources: [IEEE_REGISTRY, NOTEBOOK_ODMS] },
  { ...maker('compal', 'Compal Electronics', 'TW', ['Compal Electronics', 'Compal Information (Kunshan)', 'Compal Communications']), contractManufacturer: NOTEBOOK_ODMS, sources: [IEEE_REGISTRY, NOTEBOOK_ODMS] },
  { ...maker('pegatron', 'Pegatron', 'TW', ['Pegatron', 'Pegatron Corporation']), contractManufacturer: PEGATRON_THIRD_PARTIES, sources: [IEEE_REGISTRY, PEGATRON_THIRD_PARTIES] },
  { ...maker('wnc', 'WNC (Wistron NeWeb)', 'TW', ['WNC', 'WNC Corporation', 'Wistron NeWeb', 'Wistron NeWeb Corporation']), sources: [IEEE_REGISTRY] },
  { ...maker('tw-electronics', 'T&W Electronics', 'CN', ['T&W Electronics', 'Taicang T&W Electronics', 'T&W Electronics (Shenzhen)']), sources: [IEEE_REGISTRY] },
  { ...maker('gaoshengda', 'Hui Zhou Gaoshengda Technology', 'CN', ['Gaoshengda', 'Hui Zhou Gaoshengda Technology', 'Huizhou Gaoshengda Technology']), sources: [IEEE_REGISTRY] },
  { ...maker('goertek', 'Goertek', 'CN', ['Goertek', 'Goertek Inc.', 'Weifang Goertek Electronics']), sources: [IEEE_REGISTRY] },
  { ...maker('wistron', 'Wistron', 'TW', ['Wistron', 'Wistron Corporation', 'Wistron InfoComm']), contractManufacturer: NOTEBOOK_ODMS, sources: [IEEE_REGISTRY, NOTEBOOK_ODMS] },
  // TCL's TV and electronics companies by their names: "TCL" is also a scripting language's name, so
  // it is no token, and "TCL INCORPORATED" (Fremont, an early block) was not verified to be TCL's.
  {
    ...maker('tcl', 'TCL Electronics', 'CN', ['TCL Electronics', 'TCL King Electrical Appliances (Huizhou)', 'TCL Technoly Electronics (Huizhou)', 'Shenzhen TCL New Technology', 'TCL MOKA International', 'TCL Operations Polska']),
    sources: [IEEE_REGISTRY],
  },
  // Panasonic's companies register under many names; Panasonic i-PRO is `i-pro`, and the joint
  // venture China Hualu Panasonic AVC Networks and the block shared with TeraDiode stay apart.
  { ...maker('panasonic', 'Panasonic', 'JP', ['Panasonic', 'Panasonic Corporation', 'Panasonic Holdings', '\u30d1\u30ca\u30bd\u30cb\u30c3\u30af']), sources: [IEEE_REGISTRY, PANASONIC_JA_NAME] },
  // Smaller makers of whole devices among the most common unresolved registrants: phones (TINNO, an
  // ODM), set-top boxes (Unionman), electronic shelf labels (VusionGroup), speakers (Edifier), TVs
  // (Vestel), cameras (GoPro), storage (Seagate) and routers (Netis). "tinnos" (Seoul) is another
  // company.
  { ...maker('tinno', 'TINNO Mobile', 'CN', ['TINNO', 'TINNO Mobile', 'Shenzhen TINNO Mobile Technology']), sources: [IEEE_REGISTRY] },
  { ...maker('unionman', 'Unionman Technology', 'CN', ['Unionman', 'Unionman Technology', 'Union Man Technology']), sources: [IEEE_REGISTRY] },
  { ...maker('vusiongroup', 'VusionGroup', 'AT', ['VusionGroup']), sources: [IEEE_REGISTRY] },
  { ...maker('edifier', 'Edifier', 'HK', ['Edifier', 'Edifier International']), sources: [IEEE_REGISTRY] },
  { ...maker('vestel', 'Vestel', 'TR', ['Vestel', 'Vestel Elektronik', 'Vestel Elektronik San ve Tic.']), sources: [IEEE_REGISTRY] },
  { ...maker('gopro', 'GoPro', 'US', ['GoPro', 'GoPro, Inc.']), sources: [IEEE_REGISTRY] },
  { ...maker('seagate', 'Seagate Technology', 'US', ['Seagate', 'Seagate Technology', 'Seagate Cloud Systems']), sources: [IEEE_REGISTRY] },
  { ...maker('netis', 'Netis Technology', 'CN', ['Netis', 'Netis Technology']), sources: [IEEE_REGISTRY] },
  // CVTE, maker of TV main boards and interactive displays.
  { ...maker('cvte', 'Guangzhou Shiyuan Electronic Technology (CVTE)', 'CN', ['CVTE', 'Guangzhou Shiyuan Electronic Technology', 'Guangzhou Shiyuan Electronics']), sources: [IEEE_REGISTRY] },
]

function maker(slug: ManufacturerSlug, name: string, country: string | undefined, aliases: string[]): Manufacturer {
  const m: Manufacturer = { slug, name, aliases, parents: [], sources: [IEEE_REGISTRY, IANA_PEN] }
  if (country !== undefined) m.country = country
  return m
}

/**
 * The source that says a block of maker `m` (its prefix as the registry writes it) numbers network
 * interfaces inside other makers' devices: the maker's `interfaceMaker`, or `interfaceBlocks` when
 * the prefix is one of them. Undefined for the blocks of makers of whole devices.
 */
export function interfaceSourceOf(m: Manufacturer | undefined, prefix: string): Source | undefined {
  if (m === undefined) return undefined
  return m.interfaceMaker ?? (m.interfaceBlocks?.prefixes.includes(prefix) ? m.interfaceBlocks.source : undefined)
}

/** The catalog's manufacturers indexed by slug. */
export function manufacturerMap(manufacturers: readonly Manufacturer[] = MANUFACTURERS): ReadonlyMap<ManufacturerSlug, Manufacturer> {
  return new Map(manufacturers.map((m) => [m.slug, m]))
}

type Holds = 'yes' | 'no' | 'unknown'

/**
 * Whether a relation held at a device's date. Both the date and the relation's bounds may be known
 * only to the year or month, and the date may be a date bought or installed (`../2021-02-01`: made in
 * the two years before it, see `dateSpan`): the relation holds when it holds on every day the date may
 * be, does not when it holds on none, and is unknown otherwise.
 */
function holdsAt(relation: ParentRelation, at: string | undefined): Holds {
  if (at === undefined) return relation.until === undefined ? 'yes' : 'unknown'
  const [first, last] = dateSpan(at)
  let result: Holds = 'yes'
  if (relation.from !== undefined) {
    const [fromFirst, fromLast] = dateSpan(relation.from)
    if (last < fromFirst) return 'no'
    // A device of a maker founded with the relation was not made before it: a date that holds the
    // start, or a date bought after it, is after it.
    if (first < fromLast && relation.founded !== true) result = 'unknown'
  }
  if (relation.until !== undefined) {
    const [untilFirst, untilLast] = dateSpan(relation.until)
    if (first >= untilLast) return 'no'
    if (last >= untilFirst) result = 'unknown'
  }
  return result
}


/**
 * Throws a `usage` error naming `caller` when `at` is not a date `groupOf` reads; `what` names the
 * argument (`options.at`, `the date`).
 */
export function assertOwnershipDate(at: string | undefined, caller: string, what: string): void {
  if (at !== undefined && !isCalendarDate(at, true)) {
    throw new TrustpathError('usage', `${caller}: ${what} ${JSON.stringify(at)} is not an ISO date`, {
      hint: 'Write it as yyyy-mm-dd (or yyyy-mm, yyyy; ../yyyy-mm-dd for on or before it), or pass undefined when the date is unknown.',
    })
  }
}

/**
 * The group at the top of a manufacturer's ownership chain at date `at` (ISO yyyy, yyyy-mm or
 * yyyy-mm-dd; after `../`, the date a device was bought or installed, which it was made in the
 * `MADE_WITHIN_YEARS_BEFORE_PURCHASE` years before, see `dateSpan`). Without a date, only
 * relations that still hold today (no `until`) are followed, and the time-bounded relations that
 * could have applied are reported in `undated`. A relation
 * whose bound is known only to the year or month and whose period contains `at` is not followed
 * either, and is reported in `undated` too. `chain` starts at `slug` and ends at `group`; `via` holds
 * the relation followed from each maker of the chain to the next, and `ruledOut` the relations of
 * the chain's makers that the date rules out (an Honor phone of 2022: Huawei's brand until
 * 2020-11-17), each with its maker, but those to a parent the chain reaches by another.
 *
 * @throws TrustpathError `usage` when `at` is not written so.
 */
export function groupOf(
  slug: ManufacturerSlug,
  at: string | undefined,
  manufacturers: ReadonlyMap<ManufacturerSlug, Manufacturer>,
): {
  group: ManufacturerSlug; chain: ManufacturerSlug[]; undated: ParentRelation[]; via: ParentRelation[]
  ruledOut: { manufacturer: ManufacturerSlug; relation: ParentRelation }[]
} {
  assertOwnershipDate(at, 'catalog/groupOf', 'the date')
  const chain: ManufacturerSlug[] = [slug]
  const undated: ParentRelation[] = []
  const via: ParentRelation[] = []
  const ruledOut: { manufacturer: ManufacturerSlug; relation: ParentRelation }[] = []
  let current = slug
  for (;;) {
    const relations = manufacturers.get(current)?.parents ?? []
    const next = relations.find((r) => holdsAt(r, at) === 'yes' && !chain.includes(r.parent))
    for (const r of relations) {
      if (r.parent === next?.parent) continue
      const holds = holdsAt(r, at)
      if (holds === 'unknown') undated.push(r)
      else if (holds === 'no') ruledOut.push({ manufacturer: current, relation: r })
    }
    if (next === undefined) return { group: current, chain, undated, via, ruledOut: ruledOut.filter((r) => !chain.includes(r.relation.parent)) }
    via.push(next)
    current = next.parent
    chain.push(current)
  }
}
