/**
 * A file's name without its folders and its last extension: `zoo/Abilene.graphml` → `Abilene`,
 * `rt-fra-01.txt` → `rt-fra-01`; a gzip-compressed file's without `.gz` first
 * (`Abilene.graphml.gz` → `Abilene`). A name that only starts with a dot (`.hidden`) keeps it.
 * Paths may use `/` or `\`.
 */
export function fileStem(file: string): string {
  const base = withoutGzipSuffix(file.split(/[\\/]/).pop() ?? file)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

/**
 * A file name without the `.gz` (or `.gzip`) that gzip adds when it compresses a file, for telling
 * the format by the name the file had before (`nodes.graphml.gz` is GraphML); other names as they are.
 *
 * @example
 * withoutGzipSuffix('exports/oui.csv.gz') // 'exports/oui.csv'
 */
export function withoutGzipSuffix(file: string): string {
  const m = /\.gz(?:ip)?$/i.exec(file)
  // `.gz` alone is a name, not a suffix (nor is a folder's `/.gz`).
  return m !== null && m.index > 0 && !/[\\/]$/.test(file.slice(0, m.index)) ? file.slice(0, m.index) : file
}
