import type { Manufacturer, ManufacturerSlug } from '../domain/manufacturer.js'
import { cpeVendor } from './cpe.js'

/**
 * Legal-form words dropped from the end of an organisation name. "Technologies", "Group",
 * "Electronics" and the like are not legal forms: they stay, because they tell companies apart.
 * Multi-letter forms written with dots (S.A., B.V.) reach this list glued ("sa", "bv").
 */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'co', 'company', 'ltd', 'ltda', 'limited', 'corp', 'corporation', 'inc', 'incorporated',
  'llc', 'lp', 'llp', 'plc', 'gmbh', 'mbh', 'ag', 'kg', 'kgaa', 'se', 'sa', 'sau', 'sas', 'sarl',
  'srl', 'sl', 'slu', 'spa', 'bv', 'nv', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'pte', 'pty',
  'pvt', 'private', 'kk', 'sro',
  // Russian forms, written after the name as often as before it (see RU_LEGAL_PREFIXES).
  'ооо', 'оао', 'зао', 'пао', 'ао', 'нао',
])

/**
 * Russian legal forms, which Russian writes before the name as a rule: ООО «Элтекс», АО «...»
 * (limited company, joint-stock company, public, closed and open joint-stock company). The quotes
 * around the name are punctuation and fall away with it.
 */
const RU_LEGAL_PREFIXES: ReadonlySet<string> = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'нао'])

/** The same forms written out in full, before the name. */
const RU_LEGAL_FORM_WORDS = /^\s*(?:общество\s+с\s+ограниченнои\s+ответственностью|(?:(?:публичное|непубличное|закрытое|открытое)\s+)?акционерное\s+общество)(?=[\s"«„'(]|$)/

/**
 * Words too common to make a name distinctive on their own: an alias made only of these (plus
 * legal forms) never matches by prefix.
 */
const GENERIC_TOKENS: ReadonlySet<string> = new Set([
  'technology', 'technologies', 'tech', 'communication', 'communications', 'electronic',
  'electronics', 'network', 'networks', 'system', 'systems', 'digital', 'international', 'group',
  'holding', 'holdings', 'device', 'devices', 'software', 'industrial', 'industry', 'intelligent',
  'information', 'science', 'smart', 'mobile', 'telecom', 'china', 'shenzhen', 'shanghai',
  'beijing', 'hangzhou', 'zhejiang', 'guangdong', 'the', 'and', 'of', 'new',
])

/**
 * Chinese cities and provinces that registrants put before a company's name, as they put the seat
 * in parentheses after it: "Shenzhen Nubia Technology" for Nubia Technology Co., Ltd. (Shenzhen),
 * "Dongguan Huawei Device". Dropped from the front of a name that no rule matches whole, and only
 * a catalog name of two or more words, not all generic, may then match ("Shenzhen Honor Device" is
 * Honor Device; "SHENZHEN HONOR ELECTRONIC" and "Shenzhen Honor" stay unnamed). Written as the
 * registry writes them, without the apostrophe of Xi'an.
 */
const CN_PLACES: ReadonlySet<string> = new Set([
  'shenzhen', 'shanghai', 'beijing', 'hangzhou', 'zhejiang', 'guangdong', 'guangzhou', 'dongguan', 'foshan', 'zhuhai',
  'chengdu', 'sichuan', 'chongqing', 'wuhan', 'hubei', 'nanjing', 'suzhou', 'wuxi', 'jiangsu', 'xian', 'shaanxi',
  'tianjin', 'xiamen', 'fujian', 'fuzhou', 'ningbo', 'hefei', 'anhui', 'qingdao', 'jinan', 'shandong', 'changsha',
  'hunan', 'zhengzhou', 'henan', 'shenyang', 'dalian', 'harbin',
])

/**
 * The same places written in Chinese, before a Chinese name (深圳市荣耀终端有限公司 is 荣耀终端, Honor
 * Device), with 市 (city) or 省 (province) after them or not. Only a catalog name of three characters
 * or more may then match whole: two (大华, 荣耀, 中兴) are common words of other companies' names too.
 */
const CN_PLACES_HANS = new RegExp(`^(?:(?:${[
  '深圳', '上海', '北京', '杭州', '浙江', '广东', '广州', '东莞', '佛山', '珠海', '成都', '四川', '重庆', '武汉', '湖北', '南京',
  '苏州', '无锡', '江苏', '西安', '陕西', '天津', '厦门', '福建', '福州', '宁波', '合肥', '安徽', '青岛', '济南', '山东', '长沙',
  '湖南', '郑州', '河南', '沈阳', '大连', '哈尔滨',
].join('|')})[市省]?)+`)

/**
 * Han characters alone (no kana, no Latin letters): a name written the Chinese way.
 */
const HAN_ONLY = /^[\u3400-\u9fff\uf900-\ufaff]+$/

/**
 * Countries whose companies are named, by law and custom, as place + trade name + trade + legal
 * form (深圳市 + 海能达 + 通信 + 股份有限公司): there a catalog name at the start of a longer name is
 * the company's trade name. Japanese names are not built so (日本電気硝子, Nippon Electric Glass, is not
 * 日本電気, NEC), and neither are others' names in Chinese.
 */
const TRADE_NAME_FIRST: ReadonlySet<string> = new Set(['CN', 'HK', 'TW'])

/**
 * The trades a Chinese company name states after its trade name (行业): communications, technology,
 * electronics, networks, digital, systems, software, information, intelligent, semiconductors,
 * equipment, group, holdings... Only these may follow a maker's name for the longer name to be the
 * maker's: 正文科技园 is a science park (园), not 正文科技's (Gemtek's).
 */
const CN_TRADE_WORDS = /^(?:通信|通讯|技术|科技|电子|微电子|网络|数字|数码|系统|软件|信息|智能|半导体|设备|集团|控股|终端|实业|工业|电气|光电|发展|服务)+$/

const CACHE_LIMIT = 100_000

/** Spacing slips seen in registry names, fixed before tokenising: "TECHNOLOGYCO.,LTD". */
const GLUED_CO = /\b(technology|technologies|electronics?|communications?)co(?=[\s.,]*ltd\b)/g

/**
 * Han characters (CJK unified ideographs, extension A, compatibility ideographs) and kana with
 * their voicing marks, as they stand after NFKD (which turns half-width kana and ㈱ into the
 * ordinary forms).
 */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/

/** A Latin letter or digit before a Chinese or Japanese character, and the other way round. */
const CJK_AFTER_LATIN = /([a-z0-9])(?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])/g
const LATIN_AFTER_CJK = /([\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])(?=[a-z0-9])/g

/**
 * Hangul: the jamo that NFKD splits a syllable into (and ㈜ into), the compatibility jamo and the
 * syllables. Such text is composed again (NFC) before its legal form is looked for.
 */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/

/**
 * Korean legal forms, before or after the name and often glued to it: 주식회사 다산네트웍스,
 * 삼성전자주식회사 (jusik hoesa, "Co., Ltd."), 유한회사 and 유한책임회사 likewise, and the
 * abbreviations (주) and (유), also written as one character (㈜) that NFKD turns into (주).
 */
const KO_LEGAL_FORM = /^\s*(?:주식회사|유한책임회사|유한회사|\(\s*[주유]\s*\))\s*|\s*(?:주식회사|유한책임회사|유한회사|\(\s*[주유]\s*\))\s*$/g

/** Cyrillic letters, after NFKD has taken the breve off й and the diaeresis off ё. */
const CYRILLIC = /[\u0400-\u04ff]/

/**
 * Combining marks, dropped with the accents of Latin letters, except the kana voicing marks that
 * NFKD takes off バ and パ: those are put back (NFC), since ハ, バ and パ are different letters.
 */
const MARKS = /[^\P{M}\u3099\u309a]+/gu

/**
 * Japanese legal forms, which stand before or after the name: 株式会社バッファロー, 日本電気株式会社
 * (kabushiki kaisha, "K.K."), 有限会社 and 合同会社 likewise, and the abbreviations (株) and (有),
 * also written as one character (㈱, ㈲) that NFKD turns into the parenthesised form.
 */
const JA_LEGAL_FORM = /^\s*(?:株式会社|有限会社|合同会社|\(\s*[株有]\s*\))\s*|\s*(?:株式会社|有限会社|合同会社|\(\s*[株有]\s*\))\s*$/g

/**
 * Chinese legal forms (simplified and traditional), which Chinese writes glued to the name:
 * 华为技术有限公司 is 华为技术 plus "Co., Ltd.". A place in parentheses before the form names the
 * company's seat, as "(Shenzhen)" does in English names: 华为终端（深圳）有限公司. Full-width
 * parentheses reach this as ASCII ones (NFKD). 集团 ("group") is not a legal form and stays.
 */
const CJK_LEGAL_FORM = /\s*(?:\(\s*[\u3400-\u9fff]{1,10}\s*\)\s*)?(?:股份有限公司|有限责任公司|有限責任公司|有限公司|股份公司|(?<!分)公司)?\s*$/

/**
 * A branch office written after the company's full name, as suppliers and assets are often
 * recorded: 中国电信股份有限公司上海分公司 is China Telecom's Shanghai branch (分公司), so China Telecom.
 */
const CJK_BRANCH = /(?<=公司)[\u3400-\u9fff]{1,10}分公司\s*$/

/**
 * Traditional Chinese characters of the catalog's Chinese names (and of the words companies add to
 * them: 技術, 網絡, 數字, 集團, 實驗室...) with their simplified forms, as OpenCC's table of
 * traditional-to-simplified characters (TSCharacters) gives them: 華為 is 华为, 中國電信 is 中国电信.
 * Only characters with one simplified form are listed. Hong Kong, Taiwan and Macau inventories
 * write the makers' names in these; both sides of a comparison are folded alike, so a Japanese name
 * written with the same characters (日本電気) still meets its own alias.
 */
const HANT_TO_HANS: ReadonlyMap<string, string> = new Map(
  // Each entry is a traditional character and its simplified form.
  [
    '華华', '為为', '爲为', '興兴', '訊讯', '視视', '數数', '術术', '國国', '電电', '聯联', '網网', '絡络', '動动', '達达', '終终',
    '榮荣', '變变', '亞亚', '邁迈', '飛飞', '實实', '驗验', '創创', '銳锐', '鋭锐', '偉伟', '業业', '碼码', '團团', '螢萤', '樂乐',
    '導导', '體体', '寬宽', '廣广', '東东', '無无', '遠远', '機机', '資资', '設设', '備备', '儀仪', '統统', '軟软', '雲云', '際际',
    '發发', '鐵铁', '陽阳', '橋桥', '製制', '廠厂', '氣气', '學学', '蘇苏', '貿贸', '廈厦', '門门', '臺台', '灣湾',
    '暉晖', '碩硕', '億亿', '維维', '進进', '納纳', '諾诺', '愛爱', '與与', '爾尔',
  ].map((pair) => [pair[0]!, pair[1]!] as const),
)

/** Folds the traditional characters of a normalized name to simplified ones (HANT_TO_HANS). */
function foldHant(key: string): string {
  if (!CJK.test(key)) return key
  let out = ''
  for (const ch of key) out += HANT_TO_HANS.get(ch) ?? ch
  return out
}

/**
 * Drops a Japanese legal form (before or after the name) or a Chinese one (and the place before
 * it, at the end), unless nothing would be left.
 */
function dropCjkLegalForm(name: string): string {
  const ja = name.replace(JA_LEGAL_FORM, '')
  if (ja !== name) return ja.trim() === '' ? name : ja
  const text = name.replace(CJK_BRANCH, '')
  const m = CJK_LEGAL_FORM.exec(text)
  if (m === null || m.index === 0) return name
  return text.slice(0, m.index)
}

function tokenize(name: string, keepLegalForm = false): string[] {
  let text = name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(GLUED_CO, '$1 co')
    .replace(/['’]/g, '')
  // One test keeps names without Chinese or Japanese off the slower path.
  if (CJK.test(text)) {
    text = text.normalize('NFC')
    if (!keepLegalForm) text = dropCjkLegalForm(text)
    // A Latin name glued to Chinese or Japanese words is a word of its own: ZTEジャパン is ZTE's Japan
    // company, HUAWEI华为 Huawei twice.
    text = text.replace(CJK_AFTER_LATIN, '$1 ').replace(LATIN_AFTER_CJK, '$1 ')
  }
  if (HANGUL.test(text)) {
    text = text.normalize('NFC')
    if (!keepLegalForm) text = dropWhole(text, KO_LEGAL_FORM)
  }
  const cyrillic = CYRILLIC.test(text)
  if (cyrillic && !keepLegalForm) text = dropWhole(text, RU_LEGAL_FORM_WORDS)
  const raw = text.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '')
  // Glue runs of single letters back together: "s a u" (from S.A.U.) -> "sau".
  const tokens: string[] = []
  let run = ''
  for (const t of raw) {
    if (t.length === 1 && /\p{L}/u.test(t)) {
      run += t
      continue
    }
    if (run !== '') tokens.push(run)
    run = ''
    tokens.push(t)
  }
  if (run !== '') tokens.push(run)
  if (keepLegalForm) return tokens
  if (cyrillic) while (tokens.length > 1 && RU_LEGAL_PREFIXES.has(tokens[0] as string)) tokens.shift()
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1] as string)) tokens.pop()
  return tokens
}

/** Drops what `form` matches (a legal form before or after the name), unless nothing would be left. */
function dropWhole(text: string, form: RegExp): string {
  const rest = text.replace(form, '')
  return rest.trim() === '' || /^[^\p{L}\p{N}]*$/u.test(rest) ? text : rest
}

/**
 * Reduces an organisation name to a comparable key: lower case, accents and punctuation removed,
 * spaces collapsed, trailing legal forms (Co., Ltd., Co.,LTD, Corporation, Inc, GmbH, Limited,
 * S.A., …) dropped, and the Chinese (有限公司, …), Japanese (株式会社, (株), …), Korean (주식회사,
 * (주), …) and Russian (ООО, АО, ПАО, … before or after the name) ones too.
 *
 * @example
 * normalizeOrganization('HUAWEI TECHNOLOGIES CO.,LTD') // 'huawei technologies'
 * normalizeOrganization('株式会社バッファロー') // 'バッファロー'
 * normalizeOrganization('㈜다산네트웍스') // '다산네트웍스'
 * normalizeOrganization('ООО «Элтекс»') // 'элтекс'
 */
export function normalizeOrganization(name: string): string {
  return tokenize(name).join(' ')
}

/**
 * A name's letters and digits in lower case: names compared as written, legal forms kept ("HP
 * Inc." is not "HP", as it is under `normalizeOrganization`).
 *
 * @example
 * compactName('Hewlett-Packard') // 'hewlettpackard'
 */
export function compactName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * Whether `text` is one of the names the catalog lists for maker `m` (its name or an alias), letters
 * and digits compared in any case: "ZTE" or "huawei technologies co ltd" as a whole, not a longer
 * text that holds a name.
 */
export function isNameOf(m: Manufacturer | undefined, text: string): boolean {
  if (m === undefined) return false
  const t = compactName(text)
  return [m.name, ...m.aliases].some((n) => compactName(n) === t)
}

/** Extra names for a manufacturer, and tokens that identify it wherever they appear in a name. */
export type NameAliases = {
  manufacturer: ManufacturerSlug
  names: readonly string[]
  /**
   * Coined brand words (`hikvision`, `hytera`) that name this manufacturer wherever they stand as
   * a whole word of an organisation name. Use only for words with no other meaning (never for
   * `honor` or `lorex`), or with the other companies of the same word as `unrelated` (`dahua`, a
   * common Chinese name, with the Shanghai Dahua scale factory).
   */
  tokens?: readonly string[]
  /**
   * Names of other organisations that would otherwise resolve to this manufacturer (same name
   * but for the legal form: "Teltronic AG" vs "Teltronic S.A.U."). Compared with legal forms kept.
   * A text that holds one of these names of two or more words, legal form left out, as whole words
   * does not resolve to this manufacturer by its tokens either ("FUJI XEROX DocuPrint" is Fuji
   * Xerox's, not Xerox's).
   */
  unrelated?: readonly string[]
}

/** Words that mark a name as a third party's product made to fit another maker's equipment. */
const THIRD_PARTY_TOKENS: ReadonlySet<string> = new Set(['compatible', 'for', 'replacement', 'equivalent', 'coded', 'oem', 'exporter'])

/**
 * Whether a text speaks of a third party's product made to fit a maker's equipment ("Cisco
 * compatible SFP", "replacement battery for Hikvision", "Hikvision Exporter", a monitoring
 * system's exporter of the metrics of Hikvision cameras): then a maker's name in it is not its maker.
 * Given `nameOf`, "for" marks one only when the words before it name no maker or the words after it
 * name one ("SFP module for Cisco"): "Kaspersky Security for Linux Mail Server" is the maker's own
 * product for a platform. Without it, every "for" marks one.
 */
export function namesThirdPartyProduct(text: string, nameOf?: (name: string) => ManufacturerSlug | undefined): boolean {
  const tokens = tokenize(text, true)
  if (tokens.some((t) => t !== 'for' && THIRD_PARTY_TOKENS.has(t))) return true
  if (!tokens.includes('for')) return false
  if (nameOf === undefined) return true
  const at = /(?<![\p{L}\p{N}])for(?![\p{L}\p{N}])/iu.exec(text)
  return at === null || nameOf(text.slice(0, at.index)) === undefined || nameOf(text.slice(at.index + 3)) !== undefined
}

/**
 * An attribute of a distinguished name, by its short name or the long one nmap and OpenSSL print
 * (`organizationName=`), where a separator or a space stands before it. The separator is looked
 * behind, one character, so that a long run of spaces in a banner is not scanned once per space.
 */
const DN_ATTRIBUTE = /(?<=^|[,/+\s])(CN|OU|O|L|ST|C|DC|E|emailAddress|serialNumber|street|commonName|organizationName|organizationalUnitName|localityName|stateOrProvinceName|countryName)[ \t]*=[ \t]*/gi
const DN_KEY: Record<string, string> = { commonname: 'cn', organizationname: 'o', organizationalunitname: 'ou' }
/** A certificate authority's name in a CN or OU: the organisation of such a name issued the certificate, it made no device. */
const CERTIFICATE_AUTHORITY = /\b(?:I?CA|Root|Certificate Authority|Certification Authority)\b/i

/**
 * The organisation (O) of an X.509 distinguished name as scanners and tools print one: RFC 4514's
 * `CN=IPMI,OU=Software,O=Super Micro Computer,ST=California,C=US` (Rapid7 Recog's x509
 * fingerprints), OpenSSL's `C = US, O = Dell Inc., CN = idrac` or `/C=US/O=Dell Inc./CN=idrac`,
 * nmap's `commonName=IPMI/organizationName=Super Micro Computer`. A device's own certificate names
 * its maker so. Nothing for a text that is no distinguished name (it must begin with an attribute
 * and hold two), and nothing for a certificate authority's name (`CN=Amazon,OU=Server CA 1B,O=Amazon`,
 * `CN=Chromecast ICA 3,OU=Cast,O=Google Inc`), whose organisation signs other makers' devices' certificates.
 */
export function certificateOrganization(text: string): string | undefined {
  return certificateNames(text)?.organization
}

/**
 * The organisation (O) a distinguished name gives, whoever it names: a certificate authority's own
 * (`CN=fortinet-subca2001,OU=Certificate Authority,O=Fortinet`, the issuer of a FortiGate's
 * certificate) as well as a device's. Nothing for a text that is no distinguished name.
 */
export function distinguishedNameOrganization(text: string): string | undefined {
  return distinguishedNameAttributes(text)?.find((a) => a.key === 'o')?.value || undefined
}

/** The attributes of a distinguished name in the order written, keys in lower case and short (`o`, `cn`, `ou`). */
function distinguishedNameAttributes(text: string): { key: string; value: string }[] | undefined {
  const dn = text.trim().replace(/^(?:subject|issuer)\s*:\s*/i, '').replace(/^\//, '')
  const attributes: { key: string; value: string }[] = []
  let last: { key: string; start: number } | undefined
  for (const m of dn.matchAll(DN_ATTRIBUTE)) {
    if (last === undefined && m.index !== 0) return undefined
    if (last !== undefined) attributes.push({ key: last.key, value: dn.slice(last.start, m.index) })
    const key = m[1]!.toLowerCase()
    last = { key: DN_KEY[key] ?? key, start: m.index + m[0].length }
  }
  if (last === undefined) return undefined
  attributes.push({ key: last.key, value: dn.slice(last.start) })
  if (attributes.length < 2) return undefined
  // A value ends at the separator before the next attribute (`, `, `/`, `+`); `\\,` is an escaped comma.
  return attributes.map((a) => ({ key: a.key, value: a.value.replace(/[\s,/+]+$/, '').replace(/\\(.)/g, '$1').trim() }))
}

/** The organisation (O) and the organisational units (OU) of a distinguished name, as `certificateOrganization` reads them. */
function certificateNames(text: string): { organization: string; units: string[] } | undefined {
  const values = distinguishedNameAttributes(text)
  if (values === undefined) return undefined
  if (values.some((a) => (a.key === 'cn' || a.key === 'ou') && CERTIFICATE_AUTHORITY.test(a.value))) return undefined
  const organization = values.find((a) => a.key === 'o')?.value
  if (organization === undefined || organization === '') return undefined
  return { organization, units: values.filter((a) => a.key === 'ou').map((a) => a.value) }
}

/**
 * Builds a resolver from free-text organisation names (registry entries, declared manufacturers)
 * to catalog manufacturers. Rules, in order:
 *
 * 1. the normalized name equals a normalized name, alias or extra name of exactly one
 *    manufacturer (extra names win over the catalog's own aliases);
 * 2. the normalized name starts with the tokens of such a name, when that name has two or more
 *    tokens and at least one of them is not a generic word ("huawei device" matches
 *    "Huawei Device (Shenzhen) Co., Ltd."; "new technologies" matches nothing);
 * 3. the same two rules for the rest of a name that starts with a Chinese city or province
 *    ("Shenzhen Nubia Technology Co., Ltd." is Nubia Technology's; see `CN_PLACES`), and rule 1
 *    for a Chinese name after one (深圳市努比亚技术有限公司; see `CN_PLACES_HANS`); a name in Chinese
 *    characters, after its place or not, that starts with the Chinese name of a Chinese maker of
 *    three characters or more and then only words of its trade (海能达通信股份有限公司 is 海能达's,
 *    Hytera's; see `TRADE_NAME_FIRST` and `CN_TRADE_WORDS`): two characters (华为, 中兴, 大华) begin
 *    other companies' names too;
 * 4. the name contains, as a whole word, a distinctive token of exactly one manufacturer.
 *
 * A name listed as `unrelated` resolves to nothing, and so does, under rule 4, a longer text that
 * holds an unrelated name of two words or more ("FUJI XEROX DocuPrint"). A name claimed by two manufacturers under the same rule resolves to nothing: no guess.
 * Extras naming a slug that is not among `manufacturers` are ignored. Chinese names are compared
 * in simplified characters, so 華為技術有限公司 meets the alias 华为技术.
 *
 * @example
 * const resolve = buildNameResolver(MANUFACTURERS, REGISTRY_ALIASES)
 * resolve('Hangzhou Hikvision Digital Technology Co.,Ltd.') // 'hikvision'
 */
export function buildNameResolver(
  manufacturers: readonly Manufacturer[],
  extra: readonly NameAliases[] = [],
): (name: string) => ManufacturerSlug | undefined {
  const known = new Set(manufacturers.map((m) => m.slug))
  const keyOf = (name: string) => foldHant(normalizeOrganization(name))
  const exact = new Map<string, ManufacturerSlug | null>() // null: claimed by several
  const claim = (map: Map<string, ManufacturerSlug | null>, key: string, slug: ManufacturerSlug) => {
    if (key === '') return
    const previous = map.get(key)
    map.set(key, previous === undefined || previous === slug ? slug : null)
  }
  // Chinese names of three characters or more, of makers named the Chinese way, that a longer name
  // may start with (see rule 3 below).
  const tradeNames = new Map<string, ManufacturerSlug | null>()
  const chineseNamed = new Set(manufacturers.filter((m) => m.country !== undefined && TRADE_NAME_FIRST.has(m.country)).map((m) => m.slug))
  const claimTradeName = (name: string, slug: ManufacturerSlug) => {
    const key = keyOf(name)
    if (chineseNamed.has(slug) && HAN_ONLY.test(key) && [...key].length >= 3) claim(tradeNames, key, slug)
  }
  for (const m of manufacturers) {
    for (const name of [m.slug.replaceAll('-', ' '), m.name, ...m.aliases]) {
      claim(exact, keyOf(name), m.slug)
      claimTradeName(name, m.slug)
    }
  }
  const extraExact = new Map<string, ManufacturerSlug | null>()
  const distinctive = new Map<string, ManufacturerSlug | null>()
  const unrelated = new Set<string>()
  // The other organisations' names inside which a manufacturer's token names someone else.
  const unrelatedWords = new Map<ManufacturerSlug, string[]>()
  for (const e of extra) {
    for (const name of e.unrelated ?? []) {
      unrelated.add(foldHant(tokenize(name, true).join(' ')))
      const words = keyOf(name)
      if (words.includes(' ')) unrelatedWords.set(e.manufacturer, [...(unrelatedWords.get(e.manufacturer) ?? []), ` ${words} `])
    }
    if (!known.has(e.manufacturer)) continue
    for (const name of e.names) {
      claim(extraExact, keyOf(name), e.manufacturer)
      claimTradeName(name, e.manufacturer)
    }
    for (const token of e.tokens ?? []) claim(distinctive, keyOf(token), e.manufacturer)
  }
  for (const [key, slug] of extraExact) exact.set(key, slug)
  // Whether any coined name is two words long: only then are pairs of words looked up.
  const pairs = [...distinctive.keys()].some((k) => k.includes(' '))

  // Names usable as prefixes: two or more tokens, at least one of them not generic.
  const prefixes = new Map<string, ManufacturerSlug | null>()
  let longestPrefix = 0
  for (const [key, slug] of exact) {
    const tokens = key.split(' ')
    if (tokens.length < 2 || tokens.every((t) => GENERIC_TOKENS.has(t))) continue
    prefixes.set(key, slug)
    longestPrefix = Math.max(longestPrefix, tokens.length)
  }

  const cache = new Map<string, ManufacturerSlug | undefined>()
  function resolve(key: string): ManufacturerSlug | undefined {
    const hit = exact.get(key)
    if (hit !== undefined) return hit ?? undefined
    // 深圳市努比亚技术: a Chinese name after its city, matched whole (see CN_PLACES_HANS).
    if (CJK.test(key) && !key.includes(' ')) {
      const rest = key.replace(CN_PLACES_HANS, '')
      if (rest !== key && [...rest].length >= 3) {
        const slug = exact.get(rest)
        if (slug !== undefined) return slug ?? undefined
      }
      // 海能达通信, 深圳市中兴微电子技术: a Chinese maker's name of three characters or more, then the
      // trade the company is in (通信, communications; 技术, technology). The longest such name wins.
      if (HAN_ONLY.test(rest)) {
        const chars = [...rest]
        for (let n = chars.length - 1; n >= 3; n--) {
          const slug = tradeNames.get(chars.slice(0, n).join(''))
          if (slug !== undefined && CN_TRADE_WORDS.test(chars.slice(n).join(''))) return slug ?? undefined
        }
      }
    }
    const tokens = key.split(' ')
    // "Huawei-compatible SFP", "TP-Link compatible adapter", "for Cisco", "Cisco replacement": the
    // name is someone else's product. "Kaspersky Security for Linux Mail Server" is the maker's own,
    // for a platform: a "for" counts when no maker comes before it, or one comes after.
    if (tokens.some((t) => t !== 'for' && THIRD_PARTY_TOKENS.has(t))) return undefined
    const forAt = tokens.indexOf('for')
    if (forAt !== -1) {
      if (forAt === 0 || (forAt + 1 < tokens.length && resolve(tokens.slice(forAt + 1).join(' ')) !== undefined)) return undefined
      return resolve(tokens.slice(0, forAt).join(' '))
    }
    for (let n = Math.min(tokens.length - 1, longestPrefix); n >= 2; n--) {
      const slug = prefixes.get(tokens.slice(0, n).join(' '))
      if (slug !== undefined) return slug ?? undefined
    }
    // "Shenzhen Nubia Technology": the city before the name, which rules 1 and 2 read from the start.
    let place = 0
    while (place < tokens.length - 2 && CN_PLACES.has(tokens[place]!)) place++
    for (let n = Math.min(tokens.length - place, longestPrefix); place > 0 && n >= 2; n--) {
      const slug = prefixes.get(tokens.slice(place, place + n).join(' '))
      if (slug !== undefined) return slug ?? undefined
    }
    let found: ManufacturerSlug | undefined
    for (let i = 0; i < tokens.length; i++) {
      // A coined name of two words ("TP-Link", "D-Link") is looked up as the pair.
      const slug = distinctive.get(tokens[i]!) ?? (i + 1 < tokens.length && pairs ? distinctive.get(`${tokens[i]} ${tokens[i + 1]}`) : undefined)
      if (slug === undefined) continue
      if (slug === null || (found !== undefined && found !== slug)) return undefined
      found = slug
    }
    // "Fuji Xerox", "Nokia Siemens Networks": the token is part of another organisation's name.
    if (found !== undefined && unrelatedWords.get(found)?.some((words) => ` ${key} `.includes(words))) return undefined
    return found
  }

  // The answer per name as given: inventories repeat the same declared names on many rows, and
  // normalising one (Unicode folding, legal forms, tokens) costs more than the lookup it leads to.
  const byName = new Map<string, ManufacturerSlug | undefined>()
  return (name: string) => {
    const known = byName.get(name)
    if (known !== undefined || byName.has(name)) return known
    // A certificate's distinguished name names its organisation in its O attribute, which the
    // text as a whole (tokens, a name at its start) does not reach: "CN=IPMI,OU=Software,O=Super Micro Computer,...".
    let slug = resolveName(name)
    if (slug === undefined && name.includes('=')) {
      const dn = certificateNames(name)
      if (dn !== undefined) {
        // A unit that names another maker in parentheses names the device's maker; the organisation
        // runs the programme that issued the certificate (Google's Cast certificate of a Vizio TV:
        // OU=Cast TV (Vizio),O=Google Inc). "OU=... Software (SMH)" names nobody, and the O stands.
        for (const unit of dn.units) {
          const inner = /\(([^()]+)\)\s*$/.exec(unit)?.[1]
          slug ??= inner === undefined ? undefined : resolveName(inner)
        }
        slug ??= resolveName(dn.organization)
      }
    }
    if (byName.size >= CACHE_LIMIT) byName.clear()
    byName.set(name, slug)
    return slug
  }

  function resolveName(name: string): ManufacturerSlug | undefined {
    // A CPE (`cpe:/h:hikvision:ip_camera`) names its vendor.
    if (name.length > 4 && (name.charCodeAt(0) | 0x20) === 0x63 && /^cpe:/i.test(name)) name = cpeVendor(name) ?? ''
    const key = keyOf(name)
    // "Private" is the registries' placeholder for a holder who asked to stay unnamed.
    if (key === '' || key === 'private') return undefined
    if (unrelated.size > 0 && unrelated.has(foldHant(tokenize(name, true).join(' ')))) return undefined
    if (cache.has(key)) return cache.get(key)
    const slug = resolve(key)
    if (cache.size >= CACHE_LIMIT) cache.clear() // free text can be unbounded; registries are not
    cache.set(key, slug)
    return slug
  }
}
