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

/** True when a text starts like a BRITE topology: its `Topology: ( <n> Nodes, <m> Edges )` first line. */
export function isBriteStart(head: string): boolean {
  return /^\s*Topology:\s*\(\s*\d+\s+Nodes\s*,\s*\d+\s+Edges\s*\)/.test(head)
}

/**
 * True when a text starts like an Inet topology: a first line of two counts (nodes, links), then
 * node lines `0 x y`, `1 x y`... numbered from 0 in order (the first 20 of them, as far as the
 * head goes; a whole short file must hold exactly the lines its counts give). An edge list of
 * numbered nodes does not hold such a run.
 */
export function isInetStart(head: string): boolean {
  const lines = head.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '')
  const counts = /^(\d+)[ \t]+(\d+)$/.exec(lines[0] ?? '')
  if (counts === null) return false
  const nodes = Number(counts[1])
  const links = Number(counts[2])
  if (nodes < 2) return false
  // The last line of a cut head may be incomplete.
  const whole = head.length < 4096
  const shown = whole ? lines.length - 1 : lines.length - 2
  if (whole && shown !== nodes + links) return false
  const check = Math.min(nodes, 20, shown)
  if (check < 2) return false
  for (let i = 0; i < check; i++) {
    const m = /^(\d+)[ \t]+-?\d+(?:\.\d+)?[ \t]+-?\d+(?:\.\d+)?$/.exec(lines[i + 1]!)
    if (m === null || Number(m[1]) !== i) return false
  }
  return true
}

/**
 * True when a text starts like an LGL file (igraph's `write_lgl`): a `# <vertex>` line of one word,
 * then lines of a neighbour and an optional weight, and at least two such vertices in the head. An
 * edge list's `#` comments hold several words, or come one before its links (`# SNAP`).
 */
export function isLglStart(head: string): boolean {
  const lines = head.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '')
  if (lines.length < 2 || !/^#[ \t]*\S+$/.test(lines[0]!)) return false
  // The last line of a cut head may be incomplete.
  const body = head.length < 4096 ? lines : lines.slice(0, -1)
  let vertices = 0
  for (const l of body) {
    if (/^#[ \t]*\S+$/.test(l)) vertices++
    else if (!/^\S+(?:[ \t]+\S+)?$/.test(l)) return false
  }
  return vertices >= 2
}

/**
 * True when a text reads as a Kathará (or Netkit) `lab.conf`: its lines, past comments and `LAB_...`
 * lines, are `device[arg]=value` assignments, two at least, one of them of an interface
 * (`r1[0]="A"`). A broken line among them (one in five at most) leaves it a lab.conf, so that the
 * reader names that line, rather than the file being refused as no format at all.
 */
export function isKatharaStart(head: string): boolean {
  const lines = head.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#') && !/^LAB_[A-Z_]+\s*=/.test(l))
  // The last line of a cut head may be incomplete.
  const body = head.length < 4096 ? lines : lines.slice(0, -1)
  const assignments = body.filter((l) => /^[^\s[\]=#]+\[[^\]]+\]\s*=/.test(l)).length
  return assignments >= 2 && body.length - assignments <= Math.floor(assignments / 4) && body.some((l) => /^[^\s[\]=#]+\[\d+\]\s*=/.test(l))
}

/** True when a YAML text is a Cisco Modeling Labs 2 lab: top-level `lab:` and `nodes:` (netlab's topologies have no `lab:`). */
export function looksLikeCml(head: string): boolean {
  return /^lab:[ \t]*(?:#.*)?$/m.test(head) && /^nodes:[ \t]*(?:#.*)?$/m.test(head)
}
