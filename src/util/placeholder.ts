/**
 * Texts that inventories write where a value is not known: "Unknown", "N/A", "None", "-", "?",
 * "(none)", "not available"... Asset tools and hand-kept sheets fill empty cells with them, and a
 * manufacturer, model or MAC that says "unknown" is no evidence of anything: it must neither be
 * reported as an unrecognised maker nor warned about as a malformed MAC address.
 */
const PLACEHOLDERS = new Set([
  'unknown', 'unk', 'n/a', 'n.a.', 'na', 'none', 'null', 'nil', 'undefined', 'unspecified', 'not available',
  'not applicable', 'not set', 'not known', 'tbd', '-', '--', '---', '?', '??', '???', '(none)', '(null)',
  '(unknown)', '<none>', '<unknown>', '<null>', '#n/a', '0',
  // Angry IP Scanner's labels for a value not available and a value not scanned (a dead host's
  // cells), its defaults `fetcher.value.notAvailable` and `fetcher.value.notScanned` in
  // resources/messages.properties (angryip/ipscan).
  '[n/a]', '[n/s]',
  // The same in the languages of the inventories read (column-translations.ts): German ("keine
  // Angabe", "nicht vorhanden"), French, Italian ("non disponibile"), Spanish ("sin datos"),
  // Portuguese, Dutch, Polish, Czech, Turkish, Ukrainian, Russian, Chinese, Japanese, Korean.
  'unbekannt', 'k.a.', 'k. a.', 'keine angabe', 'n.v.', 'inconnu', 'inconnue', 'non renseigné', 'n.d.', 'sconosciuto',
  'non disponibile', 'desconocido', 's/d', 'sin datos', 'desconhecido', 'onbekend', 'nieznany', 'brak danych',
  'neznámý', 'neznámé', 'bilinmiyor', 'bilinmeyen', 'невідомо', 'неизвестно', 'нет данных', '未知', '不明', '알 수 없음',
])

/** Longest placeholder, in characters: longer texts are values without a further look. */
const LONGEST = Math.max(...[...PLACEHOLDERS].map((p) => p.length))

/** The first characters of the placeholders, in both cases, and the blanks that may come before them. */
const FIRST = new Set<number>([...PLACEHOLDERS].flatMap((p) => [p.charCodeAt(0), p.toUpperCase().charCodeAt(0)]).concat([0x20, 0x09]))

/** Per placeholder, its length and first character (in both cases) as one number: `length * 0x10000 + code`. */
const SHAPES = new Set<number>([...PLACEHOLDERS].flatMap((p) => [p.charCodeAt(0), p.toUpperCase().charCodeAt(0)].map((c) => p.length * 0x10000 + c)))

/**
 * True when the text says that the value is not known (see `PLACEHOLDERS`), in any case and with
 * blanks around it. Cheap for real values: most are longer than any placeholder, or begin with a
 * character no placeholder begins with, or (between visible ASCII characters, with no blank to
 * trim) are not as long as a placeholder that begins with their first character: a MAC such as
 * `00:e0:fc:12:34:56` is told from `0` without lower-casing a copy of it.
 */
export function isPlaceholder(text: string): boolean {
  const n = text.length
  if (n === 0 || n > LONGEST + 2) return false
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(n - 1)
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return SHAPES.has(n * 0x10000 + first) && PLACEHOLDERS.has(text.toLowerCase())
  if (!FIRST.has(first)) return false
  return PLACEHOLDERS.has(text.trim().toLowerCase())
}
