/**
 * A file's name without its folders and its last extension: `zoo/Abilene.graphml` → `Abilene`,
 * `rt-fra-01.txt` → `rt-fra-01`. A name that only starts with a dot (`.hidden`) keeps it. Paths may
 * use `/` or `\`.
 */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}
