/**
 * The text encoding of a file from its first bytes, and decoding it: UTF-8, UTF-16, Windows-1252
 * and the legacy code pages of Chinese, Taiwanese, Japanese, Korean, Russian, Central European
 * and Turkish Windows. Every
 * reader of a user's text file goes through here (inventories in chunks, other files whole in
 * `readTextFile`).
 */
import { isUtf8 } from 'node:buffer'
import { createRequire } from 'node:module'
import { TextDecoder } from 'node:util'
import { TrustpathError } from '../errors.js'

/** How a text file's bytes are decoded (see `textEncodingOf`). */
export type TextEncodingName = 'utf8' | 'utf16le' | 'utf16be' | 'windows-1252' | LegacyEncoding

/**
 * Code pages that Excel and Windows tools write on Chinese, Taiwanese, Japanese, Korean, Russian,
 * Central European (Windows-1250) and Turkish (Windows-1254) systems ("CSV" saved there is not
 * UTF-8), by their WHATWG names, as `TextDecoder` takes them.
 */
export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'euc-jp' | 'euc-kr' | 'windows-1251' | 'windows-1250' | 'windows-1254'

/** Bytes looked at to tell the encoding of a text: the first 64 KiB, a chunk of the sequential reader. */
export const ENCODING_SAMPLE = 1 << 16

/**
 * The encoding of a text from its first bytes (up to `ENCODING_SAMPLE`): UTF-16 when `utf16Of`
 * says so; UTF-8 when the bytes are, or when most of their bytes above ASCII form UTF-8 characters
 * (UTF-8 with a stray byte, read as U+FFFD); else a legacy code page when `legacyEncodingOf` tells
 * one (GBK and GB 18030, Big5, Shift_JIS, EUC-JP, EUC-KR, Windows-1251, 1250, 1254); else Windows-1252 when
 * none of the bytes forms a UTF-8 character of two bytes or more and none is zero (1252 is what
 * Excel writes on Western European systems, and it decodes any byte); else UTF-8.
 */
export function textEncodingOf(start: Uint8Array): TextEncodingName {
  const utf16 = utf16Of(start)
  if (utf16 !== undefined) return utf16 === 'le' ? 'utf16le' : 'utf16be'
  const sample = start.subarray(0, ENCODING_SAMPLE)
  // Cut after the last ASCII byte, so that a character the sample cuts in two does not count.
  let cut = sample.length
  if (cut === ENCODING_SAMPLE) while (cut > 0 && sample[cut - 1]! >= 0x80) cut--
  const checked = sample.subarray(0, cut)
  if (isUtf8(checked) || checked.includes(0)) return 'utf8'
  const { characters, stray } = utf8Shape(checked)
  if (characters > 0 && characters >= 2 * stray) return 'utf8'
  return legacyEncodingOf(checked) ?? (characters > 0 ? 'utf8' : 'windows-1252')
}

/** chardet's names of the multi-byte code pages trustpath decodes. */
const CHARDET_NAMES: Readonly<Record<string, LegacyEncoding>> = {
  GB18030: 'gb18030', Big5: 'big5', Shift_JIS: 'shift_jis', 'EUC-JP': 'euc-jp', 'EUC-KR': 'euc-kr',
}

/**
 * The confidence (0-100) chardet must give a multi-byte code page. Measured on CSV rows with a few
 * names in Chinese, Japanese or Korean it gave 57-100; on Western European text in Windows-1252 it
 * never put a multi-byte code page first. A text too short to tell is read as Windows-1252 (or UTF-8).
 */
const MIN_MULTIBYTE_CONFIDENCE = 50

/**
 * A legacy code page that text which is not UTF-8 is written in, or undefined (Windows-1252, or
 * UTF-8 with stray bytes). The multi-byte code pages are told by the statistics of chardet (ICU's
 * detector, made for the job), which tell them apart well once a few words are there. Its
 * statistics for Windows-1251 are weak (a few rows of Russian came out as ISO-8859-1): 1251 is
 * taken when its letters form Cyrillic words, which Western text read as 1251 never does, since it
 * puts Cyrillic letters between Latin ones ("Zьrich"). Measured on short CSVs of translated
 * messages: Russian, Ukrainian, Belarusian and Bulgarian from two rows on; no French, German,
 * Spanish, Portuguese, Swedish, Danish, Catalan, Czech, Polish, Hungarian or Turkish sample was
 * taken for 1251.
 * Windows-1250 and 1254 are told by words (`latinCodePageOf`). Measured on CSVs of a header
 * (NetBox's or Snipe-IT's labels where they have them) and four or five rows of names, sites,
 * makers and device types: Czech, Croatian, Turkish from the header alone, Polish, Slovak,
 * Romanian from one row, Hungarian from three (only ő ű differ from 1252, read as õ û); without
 * the header Polish and Czech from one row, Turkish and Romanian from two, Hungarian from three,
 * Slovak from four, Croatian not in four (č ć read as è æ pass for French and Danish). Not one of
 * the French, German, Spanish, Portuguese, Italian, Danish, Norwegian, Swedish, Icelandic,
 * Faroese, Catalan or Dutch samples, a Swiss and a Belgian mix of languages, nor all of them in
 * one file, was taken for 1250 or 1254 at any number of rows; the Russian and the Chinese, Japanese and Korean ones kept their code pages.
 */
export function legacyEncodingOf(bytes: Uint8Array): LegacyEncoding | undefined {
  const best = chardet().analyse(bytes)[0]
  const name = best === undefined ? undefined : CHARDET_NAMES[best.name]
  if (name !== undefined && best!.confidence >= MIN_MULTIBYTE_CONFIDENCE) return name
  return isCyrillicText(bytes) ? 'windows-1251' : latinCodePageOf(bytes)
}

/** Loaded when a file is not UTF-8 (rare), so that other runs do not pay for it. */
function chardet(): typeof import('chardet') {
  return createRequire(import.meta.url)('chardet') as typeof import('chardet')
}

/**
 * Windows-1251 bytes that read as Cyrillic words: two words of four Cyrillic letters or more (a
 * German "ÄÖÜ äöü" read as 1251 makes two of three), hardly a Cyrillic letter beside a Latin one,
 * and hardly a word with a capital after a small letter (Chinese or Korean bytes read as 1251
 * make words such as "еЌЋ").
 */
function isCyrillicText(bytes: Uint8Array): boolean {
  const text = new TextDecoder('windows-1251').decode(bytes)
  const words = text.match(/[\u0400-\u04ff]{4,}/g) ?? []
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0
  const mixed = text.match(/[a-z][\u0400-\u04ff]|[\u0400-\u04ff][a-z]/gi)?.length ?? 0
  const oddCase = words.filter((w) => /[\u0430-\u045f][\u0400-\u042f]/.test(w)).length
  return words.length >= 2 && mixed * 20 <= cyrillic && oddCase * 10 <= words.length
}

/**
 * A decoder of a legacy code page, or a clear error where Node.js was built without the ICU data
 * that decodes it (the official builds have it).
 */
export function legacyDecoder(encoding: LegacyEncoding, file: string): TextDecoder {
  try {
    return new TextDecoder(encoding)
  } catch (cause) {
    throw new TrustpathError('input_invalid', `the file is written in ${encoding}, which this Node.js cannot decode (it lacks full ICU data)`, {
      at: { file }, cause, hint: 'Save the file as UTF-8 (in Excel: "CSV UTF-8"), or run trustpath on an official Node.js build.',
    })
  }
}

/** Windows-1252's characters for the bytes 0x80-0x9F (where it differs from ISO-8859-1). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * A whole file's bytes as text when they are not UTF-8 or UTF-16 (see `textEncodingOf`): in
 * Windows-1252 or a legacy code page; undefined for UTF-8, which the caller decodes.
 */
export function decodeLegacyText(bytes: Buffer, file: string): string | undefined {
  const encoding = textEncodingOf(bytes)
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  if (encoding === 'utf8' || encoding === 'utf16le' || encoding === 'utf16be') return undefined
  return legacyDecoder(encoding, file).decode(bytes)
}

/** Windows-1252 bytes as text (one byte a character, so chunks can be cut anywhere). */
export function decodeWindows1252(bytes: Buffer): string {
  const text = bytes.toString('latin1')
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text
}

/**
 * The UTF-8 characters of two to four bytes in the bytes, and the bytes above ASCII that are part
 * of none (stray).
 */
function utf8Shape(b: Uint8Array): { characters: number; stray: number } {
  let characters = 0
  let stray = 0
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!
    if (c < 0x80) continue
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0
    let ok = n > 0 && i + n < b.length
    for (let k = 1; ok && k <= n; k++) ok = (b[i + k]! & 0xc0) === 0x80
    if (ok) {
      characters++
      i += n
    } else stray++
  }
  return { characters, stray }
}

/**
 * UTF-16 from the first bytes of a file: a byte order mark (FF FE little-endian, FE FF big-endian),
 * or, without one, text of ASCII characters with a zero byte beside each (as a file written
 * without its mark looks); undefined for anything else, read as UTF-8.
 */
export function utf16Of(start: Uint8Array): 'le' | 'be' | undefined {
  if (start.length >= 2 && start[0] === 0xff && start[1] === 0xfe) return 'le'
  if (start.length >= 2 && start[0] === 0xfe && start[1] === 0xff) return 'be'
  const n = Math.min(start.length, 512) & ~1
  if (n < 8) return undefined
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (start[i] === 0 && start[i + 1] !== 0) evenZero++
    if (start[i + 1] === 0 && start[i] !== 0) oddZero++
  }
  if (oddZero > 0.9 * (n / 2)) return 'le'
  if (evenZero > 0.9 * (n / 2)) return 'be'
  return undefined
}

/**
 * The letters above ASCII of a language, and where its spelling puts them: `oneOf` letters at
 * most one a word (the stress accent of Spanish, Portuguese, Catalan, Italian), `last` letters
 * only at the end of a word (Italian's accents, French ù of "où"), `notFirst` never at its start,
 * `notLast` never at its end, `afterGQ` only after g or q (Brazilian Portuguese "freqüência").
 */
type Alphabet = { letters: string; oneOf?: string; last?: string; notFirst?: string; notLast?: string; afterGQ?: string; nordic?: true }

/**
 * The languages written in Windows-1252 whose letters a Central European or Turkish text read
 * as 1252 could pass for. Icelandic and Faroese (`nordic`) count only in a text that shows their
 * traits, ð, þ or æ and an acute vowel (or ö, without the ç and ü Icelandic lacks): Czech read as
 * 1252 has ø í ý (ř í ý) but no ð, Croatian ð (đ) but no acute vowel or ö, Turkish ð þ ý (ğ ş ı)
 * and ö but no á é í ó ú, and ç or ü in most rows.
 */
const WESTERN: readonly Alphabet[] = [
  { letters: 'àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ', last: 'ùÙ' }, // French
  { letters: 'äöüßÄÖÜ' }, // German
  { letters: 'éèëïöüÉÈËÏÖÜ' }, // Dutch
  { letters: 'áéíóúñüÁÉÍÓÚÑÜ', oneOf: 'áéíóúÁÉÍÓÚ' }, // Spanish, Galician
  { letters: 'áàâãçéêíóôõúüÁÀÂÃÇÉÊÍÓÔÕÚÜ', oneOf: 'áàâéêíóôúÁÀÂÉÊÍÓÔÚ', afterGQ: 'üÜ' }, // Portuguese
  { letters: 'àèéìíòóùúÀÈÉÌÍÒÓÙÚ', oneOf: 'àèéìíòóùúÀÈÉÌÍÒÓÙÚ', last: 'àèéìíòóùúÀÈÉÌÍÒÓÙÚ' }, // Italian
  { letters: 'àçèéíïòóúüÀÇÈÉÍÏÒÓÚÜ', oneOf: 'àèéíòóúÀÈÉÍÒÓÚ' }, // Catalan
  { letters: 'æøåéÆØÅÉ' }, // Danish, Norwegian
  { letters: 'åäöéÅÄÖÉ' }, // Swedish
  { letters: 'åäöšžÅÄÖŠŽ' }, // Finnish
  { letters: 'áéíóúÁÉÍÓÚ' }, // Irish
  { letters: 'àèìòùÀÈÌÒÙ' }, // Scottish Gaelic
  { letters: 'áðéíóúýþæöÁÐÉÍÓÚÝÞÆÖ', notFirst: 'ðÐ', notLast: 'þÞ', nordic: true }, // Icelandic
  { letters: 'áðíóúýæøÁÐÍÓÚÝÆØ', notFirst: 'ðÐ', nordic: true }, // Faroese
]

/** A code page of Central European or Turkish Windows, and the languages written in it. */
type LatinCodePage = { encoding: 'windows-1250' | 'windows-1254'; alphabets: readonly Alphabet[]; needs?: RegExp }

const LATIN_CODE_PAGES: readonly LatinCodePage[] = [
  {
    encoding: 'windows-1250',
    alphabets: [
      { letters: 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ' }, // Polish
      { letters: 'áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ' }, // Czech
      { letters: 'áäčďéíĺľňóôŕšťúýžÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ' }, // Slovak
      { letters: 'áéíóöőúüűÁÉÍÓÖŐÚÜŰ' }, // Hungarian
      { letters: 'čćđšžČĆĐŠŽ' }, // Croatian, Bosnian, Serbian in Latin letters, Slovenian
      { letters: 'ăâîşţĂÂÎŞŢ' }, // Romanian (with the cedillas of 1250)
    ],
  },
  // An Icelandic text without ý has no ı read as 1254, which Turkish has in most rows.
  { encoding: 'windows-1254', alphabets: [{ letters: 'çğıöşüâîûÇĞİÖŞÜÂÎÛ', notFirst: 'ğĞ' }], needs: /ı/ },
]

/** The 256 characters of a single-byte code page, by byte. */
const tables = new Map<string, string>()
function tableOf(encoding: 'windows-1252' | 'windows-1250' | 'windows-1254'): string {
  let table = tables.get(encoding)
  if (table === undefined) {
    // Node decodes "windows-1252" as ISO-8859-1 (0x80-0x9F as control characters).
    const bytes = Buffer.from(Uint8Array.from({ length: 256 }, (_, i) => i))
    table = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes)
    tables.set(encoding, table)
  }
  return table
}

/** A letter; not the ordinal indicators ª º (in 1250 Ş ş), which follow a number or N ("2ª", "Nº"). */
const isLetter = (c: string): boolean => /\p{L}/u.test(c) && c !== '\u00aa' && c !== '\u00ba'

/** Whether a word's letters above ASCII are all of one of the alphabets, placed as it places them. */
function spelledIn(word: string, alphabets: readonly Alphabet[], nordic: boolean): boolean {
  return alphabets.some((a) => {
    if (a.nordic === true && !nordic) return false
    let accents = 0
    for (let i = 0; i < word.length; i++) {
      const c = word[i]!
      if (c < '\u0080') continue
      if (!a.letters.includes(c)) return false
      if (a.oneOf?.includes(c) === true && ++accents > 1) return false
      if (a.last?.includes(c) === true && i !== word.length - 1) return false
      if (a.notFirst?.includes(c) === true && i === 0) return false
      if (a.notLast?.includes(c) === true && i === word.length - 1) return false
      if (a.afterGQ?.includes(c) === true && !/[gq]/i.test(word[i - 1] ?? '')) return false
    }
    return true
  })
}

/**
 * Windows-1250 or 1254 when the text read as 1252 makes words no Western European language
 * writes while read in that code page they are words of its languages; else undefined (1252).
 * A word counts once, and only when the two readings differ. Polish read as 1252 puts ¹ ³ ¿ £ ¥
 * between letters (ą ł ż Ł Ą), Czech ø next to í or ý (ř) and ì inside a word (ě), Turkish ý þ ð
 * (ı ş ğ) in a text without Icelandic's vowels; a Western European text read as 1252 spells each
 * word in one language, so it never counts against 1252. The code page is taken from two such
 * words on, when at most a quarter as many of its words read better as 1252.
 */
function latinCodePageOf(bytes: Uint8Array): 'windows-1250' | 'windows-1254' | undefined {
  if (!bytes.some((b) => b >= 0x80)) return undefined
  const western = tableOf('windows-1252')
  const westernLetter = [...western].map(isLetter)
  const text1252 = decodeWindows1252(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  const nordic = /[ðþæÐÞÆ]/.test(text1252) && (/[áéíóúÁÉÍÓÚ]/.test(text1252) || (/[öÖ]/.test(text1252) && !/[çüÇÜ]/.test(text1252)))
  let best: { encoding: 'windows-1250' | 'windows-1254'; margin: number } | undefined
  for (const page of LATIN_CODE_PAGES) {
    if (page.needs !== undefined && !page.needs.test(new TextDecoder(page.encoding).decode(bytes))) continue
    const table = tableOf(page.encoding)
    const pageLetter = [...table].map(isLetter)
    const words = new Set<string>()
    // Runs of bytes that are letters in either reading; a byte that is no letter in 1252 at either
    // end (a footnote's ¹, "m³", "Nº", "¿Qué") is left out.
    let start = -1
    for (let i = 0; i <= bytes.length; i++) {
      const b = i < bytes.length ? bytes[i]! : 0x20
      const wordy = b < 0x80 ? (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a : westernLetter[b]! || pageLetter[b]!
      if (wordy) {
        if (start < 0) start = i
        continue
      }
      if (start < 0) continue
      let from = start
      let to = i
      start = -1
      while (from < to && !westernLetter[bytes[from]!]!) from++
      while (to > from && !westernLetter[bytes[to - 1]!]!) to--
      let differs = false
      for (let k = from; k < to && !differs; k++) differs = western[bytes[k]!] !== table[bytes[k]!]
      if (differs) words.add(Buffer.from(bytes.subarray(from, to)).toString('latin1'))
    }
    let against = 0
    let for1252 = 0
    for (const w of words) {
      const as1252 = [...w].map((c) => western[c.charCodeAt(0)]).join('')
      const asPage = [...w].map((c) => table[c.charCodeAt(0)]).join('')
      const ok1252 = spelledIn(as1252, WESTERN, nordic)
      const okPage = spelledIn(asPage, page.alphabets, false)
      if (!ok1252 && okPage) against++
      else if (ok1252 && !okPage) for1252++
    }
    const margin = against - for1252
    if (against >= 2 && for1252 * 4 <= against && (best === undefined || margin > best.margin)) best = { encoding: page.encoding, margin }
  }
  return best?.encoding
}
