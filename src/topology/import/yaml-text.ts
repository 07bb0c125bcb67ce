/**
 * Whole-document YAML for lab topologies, read as the parser's node tree so that every entry keeps
 * the line it was written on.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document, Node as YamlNode, YAMLMap } from 'yaml'
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'

/** A parsed YAML document and where its nodes are. */
export type YamlText = {
  doc: Document
  /** The location of a node (its first character), or of the file when the node has no range. */
  at: (node: unknown) => SourceLocation
}

/**
 * Parses YAML; on a syntax error pushes `malformed_yaml` at the line and column the parser names
 * (the first error only: the ones after it follow from it) and returns undefined.
 */
export function parseYamlText(text: string, file: string, diagnostics: Diagnostic[]): YamlText | undefined {
  const lineCounter = new LineCounter()
  let doc: Document
  try {
    // Merge keys (`<<: *router`) are how lab files share node settings.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true })
  } catch (cause) {
    // The parser's first pass recurses into list items on one line (`- - - …`) and overflows the
    // stack before any catch of its own: told as the nesting it could not read, at that line.
    if (!(cause instanceof RangeError)) throw cause
    const line = text.split('\n').findIndex((l) => (l.match(/(?:^|\s)-(?=\s|$)|[[{]/g)?.length ?? 0) > 100)
    diagnostics.push({ code: 'malformed_yaml', severity: 'error', at: { file, line: line === -1 ? 1 : line + 1 }, problem: 'its lists or maps are nested too deeply to be read', yamlCode: 'RESOURCE_EXHAUSTION' })
    return undefined
  }
  const locate = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line: Math.max(1, line), column: col }
  }
  const error = doc.errors[0]
  if (error !== undefined) {
    const problem = error.code === 'MULTIPLE_DOCS' ? 'the file holds more than one YAML document'
      // The parser's words name its stack ("Maximum call stack size exceeded").
      : error.code === 'RESOURCE_EXHAUSTION' ? 'its lists or maps are nested too deeply to be read'
      : error.message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/, '')
    diagnostics.push({ code: 'malformed_yaml', severity: 'error', at: locate(error.pos[0]), problem, yamlCode: error.code })
    return undefined
  }
  const at = (node: unknown): SourceLocation => {
    const range = (node as { range?: [number, number, number] } | null)?.range
    return range === undefined ? { file } : locate(range[0])
  }
  return { doc, at }
}

/** A merge key (`<<`): with merging on, the parser gives its key a symbol for a value. */
function isMergeKey(k: unknown): boolean {
  return k === '<<' || (typeof k === 'symbol' && k.description === '<<')
}

/** The node an alias stands for (aliases resolve once: an alias of an alias is not followed). */
function resolved(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node
}

/**
 * The value of `key` in a YAML map: its own entry, else one that a merge key (`<<: *anchor`, or a
 * list of anchors) brings in. Undefined when `map` is not a map or has no such entry.
 */
export function yamlGet(doc: Document, map: unknown, key: string): YamlNode | undefined {
  const m = resolved(doc, map)
  if (!isMap(m)) return undefined
  let merged: YamlNode | undefined
  for (const pair of (m as YAMLMap<unknown, unknown>).items) {
    if (!isPair(pair)) continue
    const k = isScalar(pair.key) ? pair.key.value : pair.key
    if (k === key) return (resolved(doc, pair.value) ?? undefined) as YamlNode | undefined
    if (isMergeKey(k) && merged === undefined) {
      const sources = resolved(doc, pair.value)
      for (const source of isSeq(sources) ? sources.items : [sources]) {
        merged = yamlGet(doc, source, key)
        if (merged !== undefined) break
      }
    }
  }
  return merged
}

/** The text of a scalar (a string, or a number written where a name goes); undefined otherwise or when empty. */
export function yamlString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined
  const v = node.value
  if (typeof v === 'string') return v.trim() === '' ? undefined : v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return undefined
}

/** The entries of a YAML map as key node and value node, in the order written (merge keys left out). */
export function yamlEntries(doc: Document, map: unknown): { key: YamlNode; value: YamlNode | undefined }[] {
  const m = resolved(doc, map)
  if (!isMap(m)) return []
  const out: { key: YamlNode; value: YamlNode | undefined }[] = []
  for (const pair of (m as YAMLMap<unknown, unknown>).items) {
    if (!isPair(pair) || !isScalar(pair.key) || isMergeKey(pair.key.value)) continue
    out.push({ key: pair.key as YamlNode, value: (resolved(doc, pair.value) ?? undefined) as YamlNode | undefined })
  }
  return out
}

/** The items of a YAML sequence (aliases resolved); empty when `seq` is not one. */
export function yamlItems(doc: Document, seq: unknown): unknown[] {
  const s = resolved(doc, seq)
  return isSeq(s) ? s.items.map((item) => resolved(doc, item)) : []
}

export { isMap as isYamlMap, isSeq as isYamlSeq }
