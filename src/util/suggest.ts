/** A name for loose comparison: case, spaces, `_` and `-` do not count (`FCC_Covered` ~ `fcc-covered`). */
export const loose = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, '')

/**
 * Up to three known names close to `name`, closest first: the same but for case, spaces, `_` and
 * `-`; a prefix of it or it of them; a small edit distance.
 */
export function suggest(name: string, known: readonly string[]): string[] {
  const max = Math.max(1, Math.floor(name.length / 3))
  const l = loose(name)
  const distance = (k: string): number => {
    const lk = loose(k)
    if (lk === l) return 0
    if ((lk.startsWith(l) && l.length >= 3) || (l.startsWith(lk) && lk.length >= 3)) return 0.5
    return editDistance(l, lk)
  }
  return known
    .map((k) => ({ k, d: distance(k) }))
    .filter(({ d }) => d <= max)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map(({ k }) => k)
}

/**
 * Edits (insert, delete, replace, or swap two neighbours) from `a` to `b`: a swap of two letters,
 * the commonest slip (`rulse` for `rules`), counts one edit, not two.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1)
      cur[j] = d
    }
    before = prev
    prev = cur
  }
  return prev[b.length] ?? 0
}
