/**
 * How the text topology formats start, kept apart from their readers: the topology detector and the
 * inventory reader (which refuses a topology given in place of an inventory) both test them, and the
 * inventory side should not load the topology readers to do so.
 */

/**
 * What may come before a DOT graph's head: blank lines, `//` and `/* *\/` comments and `#` lines.
 * Each part can be matched in one way only (one space at a time, a comment to its end), so a text
 * that is no DOT is refused in linear time: `(?:\s+|...)*` split a run of blank lines in every
 * possible way, and a text starting with 40 blank lines or spaces never got past the test.
 */
export const DOT_PREAMBLE = String.raw`(?:\s|\/\/[^\n]*(?![^\n])|\/\*(?:[^*]|\*(?!\/))*\*\/|#[^\n]*(?![^\n]))*`

/**
 * A DOT graph's head: `strict`, `graph` or `digraph` (any case), an optional id (a name, a numeral,
 * a quoted or an HTML string) and `{`, after blank lines, `//` and `/* *\/` comments and `#` lines.
 */
export const DOT_HEAD = new RegExp(String.raw`^${DOT_PREAMBLE}(?:strict\s+)?(?:di)?graph(?:\s+(?:"(?:[^"\\]|\\[\s\S])*"|<[^>]*>|[^\s{"<]+))?\s*\{`, 'i')

/** A GML file's `graph [` line (after `Creator` and `Version` lines, as the Topology Zoo and yEd write them). */
export const GML_GRAPH = /^\s*graph\s*\[/m

/** True when a text starts like SNDlib's native format: its `?SNDlib native format` first line, or a `NODES (` section. */
export function isSndlibNativeStart(head: string): boolean {
  return /^\s*\?SNDlib/.test(head) || /^\s*NODES\s*\(\s*$/m.test(head)
}

/** True when a text starts like a REPETITA topology (`NODES <n>` then the `label x y` memo line). */
export function isRepetitaStart(head: string): boolean {
  return /^\s*NODES[ \t]+\d+[ \t]*\r?\n[ \t]*label[ \t]+x[ \t]+y\b/.test(head)
}

/** True when a text starts like a REPETITA demands file (`DEMANDS <n>` then the `label src dest bw` memo line). */
export function isRepetitaDemandsStart(head: string): boolean {
  return /^\s*DEMANDS[ \t]+\d+[ \t]*\r?\n[ \t]*label[ \t]+src[ \t]+dest[ \t]+bw\b/.test(head)
}

/** True when a YAML text has containerlab's top-level `topology:` map (a policy has `rules:`). */
export function looksLikeContainerlab(head: string): boolean {
  return /^topology:[ \t]*(?:#.*)?$/m.test(head)
}

/** True when the first characters of a JSON text show a GNS3 project (its keys are written sorted, `"topology"` and `"type"` last). */
export function looksLikeGns3(head: string): boolean {
  return /"revision"\s*:\s*\d+/.test(head) && /"project_id"\s*:/.test(head)
}

/**
 * True when the first characters of a JSON text show Cytoscape JSON: `"elements"` holding a `nodes`
 * or `edges` list, or a list of elements that start with their `group` or `data`.
 */
export function looksLikeCytoscapeJson(head: string): boolean {
  return /^\s*\{/.test(head) && /"elements"\s*:\s*(?:\{\s*"(?:nodes|edges)"\s*:\s*\[|\[\s*\{\s*"(?:group|data)"\s*:)/.test(head)
}

/**
 * True when a text starts like a Pajek network (`.net`): `*Network <name>`, `*Vertices <n>`, or
 * (a network of links alone) `*Edges`, `*Arcs`, `*Edgeslist` or `*Arcslist`, after blank and `%`
 * comment lines.
 */
export function isPajekStart(head: string): boolean {
  return /^(?:[ \t]*(?:%[^\r\n]*)?(?:\r\n|\r(?!\n)|\n))*[ \t]*\*(?:network|vertices|edges|arcs|edgeslist|arcslist)(?![\w*])/i.test(head)
}
