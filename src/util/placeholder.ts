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
])

/** Longest placeholder, in characters: longer texts are values without a further look. */
const LONGEST = Math.max(...[...PLACEHOLDERS].map((p) => p.length))

/**
 * True when the text says that the value is not known (see `PLACEHOLDERS`), in any case and with
 * blanks around it. Cheap for real values: most are longer than any placeholder, or begin with a
 * letter or digit no placeholder begins with.
 */
export function isPlaceholder(text: string): boolean {
  if (text.length > LONGEST + 2) return false
  const c = text.charCodeAt(0) | 0x20
  // First letters of the placeholders (lower-cased): u n t - ? ( < # 0, and blanks before them.
  if (c !== 0x75 && c !== 0x6e && c !== 0x74 && c !== 0x2d && c !== 0x3f && c !== 0x28 && c !== 0x3c && c !== 0x23 && c !== 0x30 && c !== 0x20 && c !== 0x29) return false
  return PLACEHOLDERS.has(text.trim().toLowerCase())
}
