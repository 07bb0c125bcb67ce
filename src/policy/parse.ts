import { CST, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Parser, visit } from 'yaml'
import type { Document, Node as YamlNode } from 'yaml'
import type * as z from 'zod'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Effect } from '../domain/finding.js'
import { BUILTIN_LISTS } from './lists.js'
import type { Exemption, Policy, Rule, VendorList } from './policy.js'
import { POLICY_SCHEMA } from './schema.js'
import type { WrittenPolicy } from './schema.js'
import { showValue } from '../diagnostics/show-value.js'
import { partialDate, partialDateSpan, suggestDate } from '../util/dates.js'
import { loose, suggest } from '../util/suggest.js'
import { withLineFeeds } from '../util/line-ends.js'
import { yamlKindOf } from '../util/yaml-kind.js'


type Path = readonly (string | number)[]

/** What the parser checks names against. */
export type PolicyKnown = {
  manufacturers: ReadonlySet<string>
  /** The catalog's name resolver (`Hangzhou Hikvision` → `hikvision`), to suggest the slug for a name written in a list. */
  resolveName?: (name: string) => string | undefined
}

/** The result of parsing a policy: the policy when it has no errors, and every problem found. */
export type ParsePolicyResult = { policy: Policy | undefined; diagnostics: Diagnostic[] }

/**
 * Parses and validates a policy file's text. Never throws on bad input: every problem is a
 * diagnostic with the file and the 1-based line of the offending YAML node, and `policy` is
 * undefined when any of them is an error.
 *
 * @example
 * const { policy, diagnostics } = parsePolicy(text, { file: 'policy.yaml' }, { manufacturers: new Set(['huawei']) })
 */
export function parsePolicy(input: string, source: { file: string }, known: PolicyKnown): ParsePolicyResult {
  // YAML ends lines in a carriage return alone too (a file saved on a Mac by an old editor); the
  // parser does not, and read such a policy as its first line.
  const text = withLineFeeds(input)
  // An inventory or another table given as the policy (the files swapped on the command line) is
  // told as what it is, in one message, rather than as a YAML error on every line.
  const notPolicy = otherKindOf(text)
  if (notPolicy !== undefined) {
    return {
      policy: undefined,
      diagnostics: [{
        code: 'policy_invalid', severity: 'error', at: { file: source.file, line: notPolicy.line },
        problem: `the file is ${notPolicy.what}, not a YAML policy`,
        expected: notPolicy.expected ?? 'a YAML map with version: 1 and rules (docs/policy.md); check that the policy, not the inventory or another table, follows -p',
      }],
    }
  }
  // Nesting far deeper than any policy's is refused before the document is built: the parser
  // builds it by recursion and catches its own stack overflow, but a regular expression compiled
  // with the stack that low aborts Node itself ("RegExpCompiler Allocation failed"), which a
  // long-running process (the API, a library user parsing many policies) met at 20,000 levels.
  let tokens: CST.Token[]
  try {
    tokens = [...new Parser().parse(text)]
  } catch (cause) {
    // The parser's first pass recurses too, into list items on one line (`- - - - …`), and
    // overflowed the stack before any catch of its own.
    if (!(cause instanceof RangeError)) throw cause
    return { policy: undefined, diagnostics: [{ ...tooDeepAt(text, source.file), yamlCode: 'RESOURCE_EXHAUSTION', problem: 'its lists or maps are nested too deeply to be read' }] }
  }
  const deep = tooDeep(tokens)
  if (deep !== undefined) {
    const lines = new LineCounter()
    for (const token of new Parser(lines.addNewLine).parse(text)) void token
    const cut = cutShort(text, source.file, lines, tokens)
    if (cut !== undefined) return { policy: undefined, diagnostics: [cut] }
    const { line, col } = lines.linePos(deep.offset)
    return {
      policy: undefined,
      diagnostics: [{
        code: 'policy_syntax', severity: 'error', at: { file: source.file, line, column: col }, yamlCode: 'RESOURCE_EXHAUSTION',
        problem: 'its lists or maps are nested too deeply to be read',
      }],
    }
  }
  const lineCounter = new LineCounter()
  // Merge keys (`<<: *common`) are the YAML way to share settings between rules. The parser's
  // warnings are left unsaid (logLevel): a key that is a list (`[core, ran]: x`) printed Node's
  // "Keys with collection values will be stringified... Set mapAsMap: true" beside the policy's
  // own unknown-key error, which names the key and the keys to write.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true, logLevel: 'error' })
  const locate = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file: source.file, line: Math.max(1, line), column: col }
  }
  if (doc.errors.length > 0) {
    // A file that stops inside an open { or [ was cut short (a download or copy that stopped
    // part-way), whatever the parser makes of it ("must be sufficiently indented"): told once, at
    // the end, naming the line the unfinished entry begins on. JSON is YAML, so this covers both.
    const cut = cutShort(text, source.file, lineCounter, tokens)
    if (cut !== undefined) return { policy: undefined, diagnostics: [cut] }
    // A policy written as JSON (JSON is YAML) with a JSON mistake, a comma or brace left out, is told
    // in JSON's words at the place JSON stops, once, rather than by the YAML parser's view of it.
    const json = jsonSyntaxError(text, source.file)
    if (json !== undefined) return { policy: undefined, diagnostics: [json] }
    // A tab in the indentation throws the lines after it out of line: the tabs are told, not the
    // misaligned maps that follow from them and go once the tabs are spaces.
    const tabs = doc.errors.some((e) => e.code === 'TAB_AS_INDENT')
    return {
      policy: undefined,
      // Nesting too deep for the parser is told once, not once for each level it gave up at.
      diagnostics: doc.errors.filter((e, i, all) => (!tabs || e.code === 'TAB_AS_INDENT') &&
        (e.code !== 'RESOURCE_EXHAUSTION' || all.findIndex((o) => o.code === e.code) === i)).map((e) => ({
        code: 'policy_syntax', severity: 'error', at: locate(e.pos[0]), yamlCode: e.code,
        // The parser's own words for these advise a library call, or name its stack ("Maximum call stack size exceeded").
        problem: e.code === 'MULTIPLE_DOCS' ? 'the file holds more than one YAML document'
          : e.code === 'RESOURCE_EXHAUSTION' ? 'its lists or maps are nested too deeply to be read' : firstLine(e.message),
      })),
    }
  }
  const ctx: CheckContext = { doc, file: source.file, known, locate, at: (path) => nodeLocation(ctx, path) }
  const badAlias = unusableAlias(doc, ctx)
  if (badAlias !== undefined) return { policy: undefined, diagnostics: [badAlias] }
  let js: unknown
  try {
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (cause) {
    // yaml refuses aliases that expand beyond the limit ("billion laughs") with a ReferenceError.
    if (!(cause instanceof ReferenceError)) throw cause
    return {
      policy: undefined,
      diagnostics: [{
        code: 'policy_syntax', severity: 'error', at: firstAliasLocation(doc, ctx), yamlCode: 'ALIAS_LIMIT',
        problem: 'its aliases (*name) expand to too many nodes',
      }],
    }
  }
  if (js === null || js === undefined) {
    return {
      policy: undefined,
      diagnostics: [{
        code: 'policy_invalid', severity: 'error', at: { file: source.file, line: 1 }, problem: 'the policy is empty',
        expected: 'a map with version: 1 and rules (the example in docs/policy.md is a start)',
      }],
    }
  }
  const other = notAPolicy(js, source.file)
  if (other !== undefined) return { policy: undefined, diagnostics: [other] }
  const parsed = POLICY_SCHEMA.safeParse(js)
  if (!parsed.success) {
    const diagnostics = withoutMisspelledMissing(parsed.error.issues, js).flatMap((issue) => issueToDiagnostics(issue, js, ctx))
    // A file whose last line is a key or a list item with no value ("effect:", "- ") may have been
    // cut short there: the value the schema missed is told with that possibility.
    const last = endsWithoutValue(text)
    const marked = last === undefined ? diagnostics
      : diagnostics.map((d) => (d.code === 'policy_invalid' && d.at.line === last ? { ...d, endsFile: true as const } : d))
    return { policy: undefined, diagnostics: sortDiagnostics(marked) }
  }
  const written = parsed.data
  const diagnostics = sortDiagnostics(CHECKS.flatMap((check) => check.check(written, ctx)))
  if (diagnostics.some((d) => d.severity === 'error')) return { policy: undefined, diagnostics }
  return { policy: toPolicy(written, ctx), diagnostics }
}

/** The first syntax error of a text that starts as a JSON object, as a `policy_syntax` diagnostic; undefined for other texts and valid JSON. */
function jsonSyntaxError(text: string, file: string): Diagnostic | undefined {
  // JSON's first key is quoted; `{version: 1, ...}` is YAML's flow style, told in YAML's words.
  if (!/^\s*\{\s*("|\})/.test(text)) return undefined
  try {
    JSON.parse(text)
    return undefined
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) throw cause
    const m = /^(.*?) in JSON at position (\d+)/.exec(cause.message)
    const offset = m === null ? text.length : Number(m[2])
    const before = text.slice(0, offset).split('\n')
    return {
      code: 'policy_syntax', severity: 'error', at: { file, line: before.length, column: before.at(-1)!.length + 1 }, language: 'json',
      problem: m === null ? firstLine(cause.message) : m[1]!,
    }
  }
}

/** The top-level keys of a policy, from its schema. */
const POLICY_KEYS: ReadonlySet<string> = new Set(Object.keys(POLICY_SCHEMA.shape))

/**
 * One error for a YAML map that is another kind of file (a Docker Compose file, a Kubernetes
 * manifest, an OpenAPI description) or has none of a policy's keys: a policy error for each of its
 * keys did not say that the file given was the wrong one. A map with a policy key is checked key by
 * key, so a typo in one key of a real policy is told as such.
 */
function notAPolicy(js: unknown, file: string): Diagnostic | undefined {
  if (!isPlainObject(js)) return undefined
  const keys = Object.keys(js)
  const kind = yamlKindOf(keys)
  if (kind === undefined && keys.some((k) => POLICY_KEYS.has(k))) return undefined
  const shown = keys.slice(0, 4).join(', ') + (keys.length > 4 ? ', ...' : '')
  // containerlab's lab file: its links are a topology.
  if (kind === undefined && keys.includes('topology')) {
    return {
      code: 'policy_invalid', severity: 'error', at: { file, line: 1 },
      problem: `the file is a containerlab topology, not a policy (its top-level keys: ${shown})`,
      expected: 'a policy with -p, and the lab with -t (--topology) of trustpath exposure or plan',
    }
  }
  return {
    code: 'policy_invalid', severity: 'error', at: { file, line: 1 },
    problem: kind !== undefined
      ? `the file is ${kind}, not a policy (its top-level keys: ${shown})`
      : `the file is not a policy: none of its top-level keys (${shown}) is a policy key`,
    expected: 'a map with version: 1 and rules (the example in docs/policy.md is a start)',
  }
}

/**
 * How far aliases may multiply the document: yaml counts, per anchor, its uses times the aliases
 * inside it. Its default of 100 refuses a policy whose 200 rules each merge one shared anchor; an
 * alias bomb grows past any limit within a few levels, and is refused as soon as it does.
 */
const MAX_ALIAS_COUNT = 100_000

/**
 * The first alias (*name) with no anchor (&name) before it, or merge key (<<) whose value is not a
 * map, an alias of one or a list of those, as a `policy_syntax` diagnostic. The YAML library finds
 * both only while building the values, and throws: a misspelled anchor read as an alias bomb, a
 * merge of a scalar as a crash.
 */
function unusableAlias(doc: Document, ctx: CheckContext): Diagnostic | undefined {
  const anchored = new Map<string, unknown>()
  let found: Diagnostic | undefined
  // An alias with no anchor is told as such when the walk reaches it.
  const isMapSource = (node: unknown): boolean => isAlias(node) ? !anchored.has(node.source) || isMap(anchored.get(node.source)) : isMap(node)
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        if (anchored.has(node.source)) return undefined
        found = {
          code: 'policy_syntax', severity: 'error', at: node.range ? ctx.locate(node.range[0]) : ctx.at([]), yamlCode: 'BAD_ALIAS',
          problem: `the alias *${node.source} names no anchor &${node.source} above it`,
        }
        return visit.BREAK
      }
      if (node.anchor !== undefined) anchored.set(node.anchor, node)
      return undefined
    },
    Pair: (_key, pair) => {
      const key = isScalar(pair.key) ? pair.key.value : pair.key
      const merge = key === '<<' || (typeof key === 'symbol' && key.description === '<<')
      if (!merge || isMapSource(pair.value) || (isSeq(pair.value) && pair.value.items.every(isMapSource))) return undefined
      const node = pair.value as YamlNode | null
      found = {
        code: 'policy_syntax', severity: 'error', at: node?.range ? ctx.locate(node.range[0]) : ctx.at([]), yamlCode: 'BAD_MERGE',
        problem: 'a merge key (<<) takes a map, an alias (*name) of a map or a list of those',
      }
      return visit.BREAK
    },
  })
  return found
}

function firstAliasLocation(doc: Document, ctx: CheckContext): SourceLocation {
  let at: SourceLocation | undefined
  visit(doc, { Alias: (_key, node) => {
    if (node.range) at = ctx.locate(node.range[0])
    return visit.BREAK
  } })
  return at ?? ctx.at([])
}

// --- locations ----------------------------------------------------------------------------------

type CheckContext = {
  doc: Document
  file: string
  known: PolicyKnown
  locate: (offset: number) => SourceLocation
  /** The location of the node at `path`, or of its closest existing ancestor. */
  at: (path: Path) => SourceLocation
}

function childOf(node: unknown, key: string | number): YamlNode | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === String(key))
    return (pair?.value ?? undefined) as YamlNode | undefined
  }
  if (isSeq(node) && typeof key === 'number') return node.items[key] as YamlNode | undefined
  return undefined
}

function nodeLocation(ctx: CheckContext, path: Path): SourceLocation {
  let node = ctx.doc.contents as YamlNode | null
  let found = node
  for (const key of path) {
    node = node === null ? null : childOf(node, key) ?? null
    if (node === null) break
    found = node
  }
  return found?.range ? ctx.locate(found.range[0]) : { file: ctx.file, line: 1 }
}

/** The text a scalar at `path` is written as in the file (`0120` where YAML read the number 120). */
function scalarSource(ctx: CheckContext, path: Path): string | undefined {
  let node = ctx.doc.contents as YamlNode | null
  for (const k of path) node = node === null ? null : childOf(node, k) ?? null
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined
}

/** The location of key `key` in the map at `path` (for unknown keys). */
function keyLocation(ctx: CheckContext, path: Path, key: string): SourceLocation {
  let node = ctx.doc.contents as YamlNode | null
  for (const k of path) node = node === null ? null : childOf(node, k) ?? null
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key)
    if (pair && isScalar(pair.key) && pair.key.range) return ctx.locate(pair.key.range[0])
  }
  return ctx.at(path)
}

// --- schema issues ------------------------------------------------------------------------------

const issuePath = (issue: z.core.$ZodIssue): Path => issue.path.filter((k): k is string | number => typeof k !== 'symbol')

/**
 * The issues without "effect is missing" where the same map has an unknown key that can only mean
 * it (`efect`): the unknown key's error, which names the key meant, tells the one mistake once.
 */
function withoutMisspelledMissing(issues: readonly z.core.$ZodIssue[], js: unknown, prefix: Path = []): z.core.$ZodIssue[] {
  const meant = new Set<string>()
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue
    const path = [...prefix, ...issuePath(issue)]
    for (const key of issue.keys) {
      const near = meantKeys(key, knownKeysAt(path))
      if (near.length === 1) meant.add(formatPolicyPath([...path, near[0]!]))
    }
  }
  if (meant.size === 0) return [...issues]
  return issues.filter((issue) => {
    const path = [...prefix, ...issuePath(issue)]
    return !(meant.has(formatPolicyPath(path)) && valueAt(js, path) === undefined)
  })
}

/**
 * Words for a key that are no slip of its name (`radius:` for a zone's `km:`): the key they stand
 * for, where the map has it.
 */
const KEY_SYNONYMS: Readonly<Record<string, string>> = {
  radius: 'km', distance: 'km', radiuskm: 'km', kmradius: 'km',
  // A radius in another unit: told as the km it is (radiusInKm).
  m: 'km', meters: 'km', metres: 'km', radiusm: 'km', mi: 'km', miles: 'km', radiusmiles: 'km',
}

/** The keys an unknown key may stand for: those close to it, or the one its word means. */
function meantKeys(key: string, known: readonly string[]): string[] {
  const near = suggest(key, known)
  if (near.length > 0) return near
  const synonym = KEY_SYNONYMS[loose(key)]
  return synonym !== undefined && known.includes(synonym) ? [synonym] : []
}

/**
 * A zone's radius written in another unit (`m: 500`, `miles: 3`): the `km:` it is, since the
 * key close to `m` is `km`, and `km: 500` would be a thousand times the zone meant.
 */
function radiusInKm(key: string, value: unknown): string | undefined {
  const perUnit = ({ m: 0.001, meters: 0.001, metres: 0.001, radiusm: 0.001, mi: 1.609344, miles: 1.609344, radiusmiles: 1.609344 } as Record<string, number>)[loose(key)]
  if (perUnit === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'km: <radius in km>'
  return `km: ${Number((value * perUnit).toFixed(3))}`
}

/** `rules[2].effect` */
export function formatPolicyPath(path: Path): string {
  if (path.length === 0) return '(top level)'
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

function valueAt(js: unknown, path: Path): unknown {
  let v = js
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined
  return v
}

function show(value: unknown): string {
  return showValue(value, { max: 60, quoteStrings: true })
}

type SchemaDef = Record<string, unknown>
type AnySchema = { _zod: { def: SchemaDef } }

const defOf = (schema: unknown): SchemaDef => (schema as AnySchema)._zod.def

/** The schema without its optional / default wrappers. */
function unwrap(schema: unknown): AnySchema {
  let cur = schema as AnySchema
  while (['optional', 'default', 'nullable'].includes(cur._zod.def['type'] as string)) cur = cur._zod.def['innerType'] as AnySchema
  return cur
}

/** The object option of a union (`effect: { remove-by }`), or the schema itself. */
function objectOption(schema: AnySchema): AnySchema {
  if (schema._zod.def['type'] !== 'union') return schema
  return (schema._zod.def['options'] as AnySchema[]).find((o) => o._zod.def['type'] === 'object') ?? schema
}

/** The schema that validates the value at a data path, or undefined past its end. */
function schemaAt(path: Path): AnySchema | undefined {
  let schema = unwrap(POLICY_SCHEMA)
  for (const key of path) {
    const def = objectOption(schema)._zod.def
    const next = def['type'] === 'object' ? (def['shape'] as Record<string, unknown>)[String(key)]
      : def['type'] === 'array' ? def['element']
      : def['type'] === 'record' ? def['valueType']
      : undefined
    if (next === undefined) return undefined
    schema = unwrap(next)
  }
  return schema
}

/**
 * Where a key written at the wrong level belongs, in words (`roles:` in a rule rather than in its
 * scope, `exemptions:` inside a rule), or undefined when it belongs nowhere else.
 */
function homeOfKey(key: string, path: Path): string | undefined {
  const homes: readonly [Path, string][] = [
    // The nearest level first: `sites:` in a rule is its scope's, not the policy's.
    [['rules', 0, 'scope'], 'a key of a rule\'s scope: write scope: { ' + key + ': ... }'],
    [['rules', 0], 'a key of each rule'],
    [[], 'a top-level key: write it at the left margin, beside rules:'],
  ]
  const depth = (p: Path) => p.map((k) => (typeof k === 'number' ? 0 : k)).join('.')
  const here = depth(path)
  return homes.find(([at]) => depth(at) !== here && knownKeysAt(at).includes(key))?.[1]
}

/**
 * The bound of a period (`acquired`) that a key of a rule's own words stands for, with the day it
 * gives (`after: 2022-09-01`, as Canada's statement words it, is `from: 2022-09-02`); undefined for other keys.
 */
function periodBound(key: string, value: unknown): string | undefined {
  const shift = ({ after: ['from', 1], since: ['from', 0], before: ['until', -1], to: ['until', 0] } as const)[key.toLowerCase() as 'after']
  if (shift === undefined) return undefined
  const [bound, days] = shift
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return `${bound}: YYYY-MM-DD`
  return `${bound}: ${new Date(Date.parse(value) + days * 86_400_000).toISOString().slice(0, 10)}`
}

/** Keys an object schema allows at a data path, found by walking the schema (for unknown-key hints). */
function knownKeysAt(path: Path): string[] {
  const schema = schemaAt(path)
  const def = schema === undefined ? undefined : objectOption(schema)._zod.def
  // `$schema` is for editors: no key a user means to write is close to it.
  return def?.['type'] === 'object' ? Object.keys(def['shape'] as Record<string, unknown>).filter((k) => !k.startsWith('$')) : []
}

function issueToDiagnostics(issue: z.core.$ZodIssue, js: unknown, ctx: CheckContext, prefix: Path = []): Diagnostic[] {
  const path = [...prefix, ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')]
  const where = formatPolicyPath(path)
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path)
    return issue.keys.map((key) => {
      const inKm = path.at(-1) === 'near' ? radiusInKm(key, valueAt(js, [...path, key])) : undefined
      const near = inKm !== undefined ? [] : meantKeys(key, known)
      const home = near.length > 0 ? undefined : homeOfKey(key, path)
      // `{ reason: PO 4711, delivery late }`: the comma ended the value, and its rest became a key without one.
      const cut = near.length === 0 && home === undefined && /\s/.test(key) && valueAt(js, [...path, key]) === null
      const bound = near.length === 0 && path.at(-1) === 'acquired' ? periodBound(key, valueAt(js, [...path, key])) : undefined
      return {
        code: 'policy_invalid', severity: 'error', at: keyLocation(ctx, path, key),
        problem: `${where}: unknown key ${JSON.stringify(key)}` +
          (near.length > 0 ? ` (did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}?)` : '') +
          (home !== undefined ? ` (${JSON.stringify(key)} is ${home})` : '') +
          (cut ? ' (a comma inside { } ends a value: put a value that holds a comma in quotes, e.g. reason: "PO 4711, delivery late")' : '') +
          (bound !== undefined ? ` (write ${bound}: both days of a period count)` : '') +
          (inKm !== undefined ? ` (the radius is in km: write ${inKm})` : ''),
        expected: `one of ${known.join(', ')}`,
      } satisfies Diagnostic
    })
  }
  const value = valueAt(js, path)
  if (issue.code === 'invalid_union' && isPlainObject(value) && path.at(-1) === 'effect') {
    // `effect: { prohibit: 2022-10-13 }`: a word of the effect given a date, which it does not take.
    // Told once, with the two things it may mean, rather than as remove-by missing and an unknown key.
    const keys = Object.keys(value)
    const word = keys.length === 1 ? literalsOf(unwrap(schemaAt(path))).find((l) => loose(l) === loose(keys[0]!)) : undefined
    if (word !== undefined) {
      const day = value[keys[0]!]
      const date = typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? day : undefined
      // Prohibited from a day is an error from that day: a remove-by date of the day before, for this rule alone.
      const before = date === undefined ? 'YYYY-MM-DD' : new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10)
      return [{
        code: 'policy_invalid', severity: 'error', at: keyLocation(ctx, path, keys[0]!),
        problem: `${where}: ${word} takes no date`,
        expected: word === 'prohibit'
          ? `effect: prohibit with effective: ${date ?? 'YYYY-MM-DD'} beside it in the rule (or at the top, for every prohibit rule), ` +
            `or effect: { remove-by: ${before} }, an error from ${date ?? 'the day after'}`
          : `effect: flag, or effect: { remove-by: ${date ?? 'YYYY-MM-DD'} } for equipment to be gone by that day`,
      }]
    }
  }
  if (issue.code === 'invalid_union' && isPlainObject(value)) {
    // A map where the union allows one (`effect: { remove_by: ... }`): report what is wrong inside the
    // map rather than "not prohibit, flag or a map".
    const branch = issue.errors.find((issues) => !issues.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')))
    if (branch !== undefined) return withoutMisspelledMissing(branch, js, path).flatMap((i) => issueToDiagnostics(i, js, ctx, path))
  }
  if (issue.code === 'invalid_key' && typeof path.at(-1) === 'string') {
    // A key of a record (a list id under `lists:`) that is not a slug.
    const key = String(path.at(-1))
    const parent = path.slice(0, -1)
    const slug = toSlug(key)
    return [{
      code: 'policy_invalid', severity: 'error', at: keyLocation(ctx, parent, key),
      problem: `${formatPolicyPath(parent)}: invalid id ${JSON.stringify(key)}`, expected: 'a lowercase slug (a-z, 0-9, -)',
      ...(slug !== '' && { suggestion: slug }),
    }]
  }
  if (path[0] === 'lists' && path.length === 3 && typeof value === 'string') {
    // A manufacturer's name (`Huawei Technologies`) where its slug belongs: say which slug.
    return [unknownManufacturer(value, path, ctx)]
  }
  const expected = issue.message.startsWith('Invalid') ? issue.message.replace(/^Invalid input: expected /, '') : issue.message
  if (value === undefined) {
    return [{ code: 'policy_invalid', severity: 'error', at: ctx.at(path), problem: `${where} is missing`, expected }]
  }
  const suggestion = suggestValue(path, value, js, scalarSource(ctx, path))
  const slip = offCalendar(value)
  return [{
    code: 'policy_invalid', severity: 'error', at: ctx.at(path), problem: `${where}: invalid value`,
    expected: slip === undefined ? expected : `${expected} (${slip})`, got: show(value),
    ...(suggestion !== undefined && { suggestion }),
  }]
}

/**
 * Why a value laid out as YYYY-MM-DD is no day of the calendar (`2026-13-01`: there is no month
 * 13; `2026-02-29`: February 2026 has 28 days), so that the message says what to change.
 */
function offCalendar(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  if (m === null) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return `there is no month ${month}: the month comes second, the day last`
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has ${days} days`
  return undefined
}
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** `S889 Ban` → `s889-ban`. */
function toSlug(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}


/**
 * The value at `path` written the way the schema wants it, when what the user meant is clear:
 * a scalar where a list belongs, a number in quotes or with a unit, a date in another layout, a
 * literal in another case, a slug with capitals or spaces, a latitude and longitude swapped.
 */
function suggestValue(path: Path, value: unknown, js: unknown, source?: string): string | undefined {
  const schema = schemaAt(path)
  if (schema === undefined) return undefined
  const def = schema._zod.def
  const type = def['type']
  if (type === 'array' && (typeof value === 'string' || typeof value === 'number')) {
    const element = suggestValue([...path, 0], value, js) ?? String(value)
    return `[${element}]`
  }
  if (type === 'array' && isPlainObject(value)) {
    // `rules: { ban: {...} }`: entries keyed by id where the file wants a list of entries with an id.
    const element = defOf(objectOption(unwrap(def['element'])))
    const first = Object.keys(value)[0]
    if (element['type'] === 'object' && 'id' in (element['shape'] as object) && first !== undefined) {
      return `a list with one "- id: ${first}" item per entry`
    }
  }
  if (type === 'number') {
    const key = path.at(-1)
    const site = valueAt(js, path.slice(0, -1))
    if (key === 'lat' && typeof value === 'number' && isPlainObject(site) && typeof site['lon'] === 'number' &&
        Math.abs(value) > 90 && Math.abs(site['lon']) <= 90) {
      return `lat: ${site['lon']}, lon: ${value} (latitude and longitude look swapped)`
    }
    const m = typeof value === 'string' ? /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:km)?\s*$/i.exec(value) : null
    return m?.[1] === undefined ? undefined : `${Number(m[1])} (a number, without quotes or unit)`
  }
  if (type === 'string' && def['format'] === 'date') return suggestDate(value) ?? periodDay(value, path)
  if (type === 'string' && typeof value === 'number') {
    // `device: 120`, a NetBox id: YAML reads it as a number, where an id is a text. As written, so
    // that `007` stays 007.
    const written = source !== undefined && /^[\w.+-]+$/.test(source) ? source : String(value)
    return `${JSON.stringify(written)} (in quotes: YAML reads ${written} as a number)`
  }
  if (typeof value !== 'string') return undefined
  if (type === 'literal' && (def['values'] as unknown[]).some((v) => typeof v === 'number' && String(v) === value.trim())) {
    return `${value.trim()} (a number, without quotes)`
  }
  const literals = literalsOf(schema)
  const same = literals.find((l) => loose(l) === loose(value))
  if (same !== undefined) return same
  if (type === 'union') {
    // `remove_by`, `removeBy 2026-12-31`: the map form of the union's object option.
    const shape = defOf(objectOption(schema))['shape'] as Record<string, unknown> | undefined
    for (const key of Object.keys(shape ?? {})) {
      if (!loose(value).startsWith(loose(key))) continue
      const rest = value.slice(value.search(/\d|$/))
      return `{ ${key}: ${suggestDate(rest) ?? (/^\d{4}-\d{2}-\d{2}$/.test(rest) ? rest : 'YYYY-MM-DD')} }`
    }
  }
  if (type === 'string' && (def['checks'] as AnySchema[] | undefined)?.some((c) => c._zod.def['format'] === 'regex')) {
    const slug = toSlug(value)
    return slug !== '' && slug !== value ? slug : undefined
  }
  return undefined
}

/**
 * The day a period written where a day belongs stands for, as the rules word their deadlines: "end
 * of 2027" (the UK direction's "by the end of 2027") is 2027-12-31, "start of 2025" 2025-01-01. A
 * year or a month alone (`2027`, `2026-12`, `December 2026`) is not one day: both its ends are
 * offered, first the one the key reads it by (the last day for remove-by and until, the last days
 * allowed; the first for effective and from). Undefined for other texts.
 */
function periodDay(value: unknown, path: Path): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  const m = /^(?:by\s+)?(?:the\s+)?(?:year[-\s]?)?(?:(end|start|beginning)(?:\s+of\s+|\s*-\s*|\s+))?(.+)$/i.exec(text)
  const period = m === null ? undefined : partialDate(m[2])
  if (m === null || period === undefined) return undefined
  const [first, last] = partialDateSpan(period)
  if (m[1] !== undefined) return m[1].toLowerCase() === 'end' ? last : first
  const unit = period.month === undefined ? 'year' : 'month'
  const lastFirst = path.at(-1) === 'remove-by' || path.at(-1) === 'until'
  return lastFirst ? `${last} for the end of that ${unit}, ${first} for its start` : `${first} for the start of that ${unit}, ${last} for its end`
}

/** The allowed literal strings of an enum, a literal or a union of them. */
function literalsOf(schema: AnySchema): string[] {
  const def = schema._zod.def
  if (def['type'] === 'enum') return Object.values(def['entries'] as Record<string, string>)
  if (def['type'] === 'literal') return (def['values'] as unknown[]).filter((v): v is string => typeof v === 'string')
  if (def['type'] === 'union') return (def['options'] as AnySchema[]).flatMap(literalsOf)
  return []
}

// --- checks across keys -------------------------------------------------------------------------

/** A named check over a schema-valid policy. */
type PolicyCheck = { name: string; check: (policy: WrittenPolicy, ctx: CheckContext) => Diagnostic[] }

/** The keys of an exemption that name the devices it lifts findings for. */
const EXEMPTION_TARGETS = ['device', 'site', 'network'] as const

const listIds = (policy: WrittenPolicy): string[] =>
  [...BUILTIN_LISTS.keys(), ...Object.keys(policy.lists ?? {})].sort()

const CHECKS: readonly PolicyCheck[] = [
  {
    // A site with only one coordinate has no position: no geofence would be centred on it, and no
    // device placed by it, without a word.
    name: 'site-lat-with-lon',
    check: (policy, ctx) => (policy.sites ?? []).flatMap((site, i): Diagnostic[] => {
      if ((site.lat === undefined) === (site.lon === undefined)) return []
      const [has, lacks] = site.lat === undefined ? ['lon', 'lat'] : ['lat', 'lon']
      return [{
        code: 'policy_invalid', severity: 'error', at: ctx.at(['sites', i, has]),
        problem: `sites[${i}]: ${has} without ${lacks}`, expected: `both lat and lon in decimal degrees (or neither), got only ${has}`,
      }]
    }),
  },
  {
    // `acquired: {}` would hold every device and `from` after `until` none, without a word.
    name: 'acquired-period',
    check: (policy, ctx) => policy.rules.flatMap((rule, r): Diagnostic[] => {
      const period = rule.scope?.acquired
      if (period === undefined) return []
      const where = `rules[${r}].scope.acquired`
      if (period.from === undefined && period.until === undefined) {
        return [{
          code: 'policy_invalid', severity: 'error', at: ctx.at(['rules', r, 'scope', 'acquired']),
          problem: `${where}: names no day`, expected: 'from: YYYY-MM-DD (bought or installed on or after it), until: YYYY-MM-DD (on or before it), or both',
        }]
      }
      if (period.from === undefined || period.until === undefined || period.from <= period.until) return []
      return [{
        code: 'policy_invalid', severity: 'error', at: ctx.at(['rules', r, 'scope', 'acquired', 'until']),
        problem: `${where}: until ${period.until} is before from ${period.from}, so no device falls in it`,
        expected: 'from on or before until (both days count)',
      }]
    }),
  },
  {
    // A rule's effective date is when its prohibition starts: a remove-by rule has its own date,
    // and a flag rule none, so one written there would be ignored without a word.
    name: 'rule-effective-prohibit',
    check: (policy, ctx) => policy.rules.flatMap((rule, r): Diagnostic[] => {
      if (rule.effective === undefined || rule.effect === 'prohibit') return []
      const removeBy = typeof rule.effect === 'object' ? rule.effect['remove-by'] : undefined
      return [{
        code: 'policy_invalid', severity: 'error', at: ctx.at(['rules', r, 'effective']),
        problem: `rules[${r}].effective: a date from which a prohibit rule applies, given to a ${removeBy === undefined ? 'flag' : 'remove-by'} rule`,
        expected: removeBy === undefined
          ? `effect: prohibit with effective: ${rule.effective}, or no effective (a flag rule has no deadline)`
          : `effect: prohibit with effective: ${rule.effective} (an error from that day), or no effective (remove-by ${removeBy} is the deadline)`,
      }]
    }),
  },
  {
    name: 'builtin-list-not-redefined',
    check: (policy, ctx) => Object.keys(policy.lists ?? {}).filter((id) => BUILTIN_LISTS.has(id)).map((id) => ({
      code: 'policy_invalid', severity: 'error', at: ctx.at(['lists', id]),
      problem: `lists.${id}: the built-in list ${JSON.stringify(id)} cannot be redefined`,
      expected: 'another list id',
    })),
  },
  {
    name: 'list-manufacturers-known',
    check: (policy, ctx) => Object.entries(policy.lists ?? {}).flatMap(([id, slugs]) =>
      slugs.flatMap((manufacturer, i): Diagnostic[] => {
        if (ctx.known.manufacturers.has(manufacturer)) return []
        // A list is made of manufacturers; a rule combines lists (lists: [ndaa-889, extra]).
        if (listIds(policy).includes(manufacturer)) {
          return [{
            code: 'policy_invalid', severity: 'error', at: ctx.at(['lists', id, i]),
            problem: `lists.${id}[${i}]: ${JSON.stringify(manufacturer)} is a vendor list, not a manufacturer`,
            expected: `manufacturer slugs only; to check both lists, name them side by side in the rule (lists: [${manufacturer}, ${id}])`,
          }]
        }
        return [unknownManufacturer(manufacturer, ['lists', id, i], ctx)]
      })),
  },
  {
    name: 'rule-lists-known',
    check: (policy, ctx) => {
      const known = listIds(policy)
      return policy.rules.flatMap((rule, r) => {
        // Manufacturers written where a rule names lists (`lists: [huawei, zte]`): told once, at the
        // first, with the list to define for them all, rather than as so many unknown lists.
        const makers = rule.lists.flatMap((list) => {
          if (known.includes(list)) return []
          const slug = ctx.known.manufacturers.has(list) ? list : ctx.known.resolveName?.(list)
          return slug === undefined ? [] : [slug]
        })
        let told = false
        return rule.lists.flatMap((list, i): Diagnostic[] => {
          if (known.includes(list)) return []
          const at = { ...ctx.at(['rules', r, 'lists', i]), path: ['rules', r, 'lists', i] }
          const isMaker = ctx.known.manufacturers.has(list) || ctx.known.resolveName?.(list) !== undefined
          if (!isMaker) return [{ code: 'unknown_list', severity: 'error', at, list, known, suggestions: suggest(list, known) }]
          if (told) return []
          told = true
          return [{ code: 'unknown_list', severity: 'error', at, list, known, manufacturers: [...new Set(makers)] }]
        })
      })
    },
  },
  {
    name: 'rule-ids-unique',
    check: (policy, ctx) => duplicates(policy.rules.map((r) => r.id)).map(([r, first]) => ({
      code: 'policy_invalid', severity: 'error', at: ctx.at(['rules', r, 'id']),
      problem: `rules[${r}].id: ${JSON.stringify(policy.rules[r]?.id)} is already the id of rules[${first}] (line ${ctx.at(['rules', first]).line})`,
      expected: 'a unique rule id',
    })),
  },
  {
    name: 'site-ids-unique',
    check: (policy, ctx) => duplicates((policy.sites ?? []).map((s) => s.id)).map(([s, first]) => ({
      code: 'policy_invalid', severity: 'error', at: ctx.at(['sites', s, 'id']),
      problem: `sites[${s}].id: ${JSON.stringify(policy.sites?.[s]?.id)} is already the id of sites[${first}] (line ${ctx.at(['sites', first]).line})`,
      expected: 'a unique site id',
    })),
  },
  {
    name: 'exemption-has-target',
    check: (policy, ctx) => (policy.exemptions ?? []).flatMap((e, i): Diagnostic[] =>
      EXEMPTION_TARGETS.some((key) => e[key] !== undefined) || e.rule !== undefined ? [] : [{
        code: 'policy_invalid', severity: 'error', at: ctx.at(['exemptions', i]),
        problem: `exemptions[${i}]: names no device, site, network or rule`,
        expected: 'device: <id>, site: <id>, network: <id> or rule: <id>; a rule beside one of the others lifts that rule alone',
      }]),
  },
  {
    // Which devices `{ site: ramstein, network: op-de }` means (those of both, or of either) the
    // policy would not say: one target an exemption, as a rule is added to narrow it.
    name: 'exemption-one-target',
    check: (policy, ctx) => (policy.exemptions ?? []).flatMap((e, i): Diagnostic[] => {
      const named = EXEMPTION_TARGETS.filter((key) => e[key] !== undefined)
      if (named.length < 2) return []
      return [{
        code: 'policy_invalid', severity: 'error', at: ctx.at(['exemptions', i, named[1]!]),
        problem: `exemptions[${i}]: names both ${named.map((key) => `${key} ${JSON.stringify(e[key])}`).join(' and ')}`,
        expected: `one device, site or network per exemption, with a rule or without; write one exemption for each of ${named.join(' and ')}`,
      }]
    }),
  },
  {
    name: 'exemption-rule-known',
    check: (policy, ctx) => {
      const ids = policy.rules.map((r) => r.id)
      return (policy.exemptions ?? []).flatMap((e, i): Diagnostic[] =>
        e.rule === undefined || ids.includes(e.rule) ? [] : [{
          code: 'policy_invalid', severity: 'error', at: ctx.at(['exemptions', i, 'rule']),
          problem: `exemptions[${i}].rule: no rule has the id ${JSON.stringify(e.rule)}`,
          expected: `one of ${[...new Set(ids)].sort().join(', ')}`,
        }])
    },
  },
]

/** A manufacturer a list names that the catalog has no slug for, with the slugs it may mean. */
function unknownManufacturer(manufacturer: string, path: (string | number)[], ctx: CheckContext): Diagnostic {
  const named = ctx.known.resolveName?.(manufacturer)
  const close = suggest(manufacturer, [...ctx.known.manufacturers])
  return {
    code: 'unknown_manufacturer', severity: 'error', at: { ...ctx.at(path), path },
    manufacturer, suggestions: named === undefined ? close : [named, ...close.filter((c) => c !== named)].slice(0, 3),
  }
}

/** [index, index of first occurrence] for each repeated value. */
function duplicates(values: readonly string[]): [number, number][] {
  const first = new Map<string, number>()
  const out: [number, number][] = []
  values.forEach((v, i) => {
    const f = first.get(v)
    if (f === undefined) first.set(v, i)
    else out.push([i, f])
  })
  return out
}

// --- written -> resolved ------------------------------------------------------------------------

function toEffect(effect: WrittenPolicy['rules'][number]['effect']): Effect {
  if (effect === 'prohibit') return { kind: 'prohibit' }
  if (effect === 'flag') return { kind: 'flag' }
  return { kind: 'remove_by', date: effect['remove-by'] }
}

function toPolicy(written: WrittenPolicy, ctx: CheckContext): Policy {
  const lists = new Map<string, VendorList>(BUILTIN_LISTS)
  for (const [id, slugs] of Object.entries(written.lists ?? {})) {
    lists.set(id, {
      id, title: id, builtin: false, at: ctx.at(['lists', id]),
      entries: [...new Set(slugs)].map((group) => ({ group, name: group })),
    })
  }
  const rules = written.rules.map((r, i): Rule => ({
    id: r.id,
    ...(r.description !== undefined && { description: r.description }),
    lists: r.lists,
    match: r.match ?? 'manufacturer',
    scope: r.scope ?? {},
    effect: toEffect(r.effect),
    ...(r.effective !== undefined && { effective: r.effective }),
    ...(r.severity !== undefined && { severity: r.severity }),
    ...(r.purposes !== undefined && { purposes: r.purposes }),
    at: ctx.at(['rules', i]),
  }))
  const exemptions = (written.exemptions ?? []).map((e, i): Exemption => ({ ...e, at: ctx.at(['exemptions', i]) }))
  return {
    version: 1,
    file: ctx.file,
    ...(written.effective !== undefined && { effective: written.effective }),
    lists,
    sites: written.sites ?? [],
    rules,
    exemptions,
  }
}

/**
 * A `policy_truncated` diagnostic when the text ends inside flow collections ({...} or [...]) never
 * closed; undefined otherwise. A collection that is left open and then followed by more text is an
 * indentation or bracket mistake, which the parser's own error tells.
 */
function cutShort(text: string, file: string, lineCounter: LineCounter, parsed: readonly CST.Token[]): Diagnostic | undefined {
  const end = text.trimEnd().length
  const open: { bracket: '{' | '['; offset: number }[] = []
  // A walk with its own stack: lists nested thousands deep would overflow a recursive one.
  const tokens: CST.Token[] = [...parsed]
  const ends = new Map<CST.Token, number>()
  for (let token = tokens.pop(); token !== undefined; token = tokens.pop()) {
    if (token.type === 'document' && token.value !== undefined) tokens.push(token.value)
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue
    for (const item of token.items) for (const t of [item.key, item.value]) if (t) tokens.push(t)
    if (token.type !== 'flow-collection') continue
    const bracket = token.start.source === '{' ? '{' : '['
    const closed = token.end.some((t) => t.source === (bracket === '{' ? '}' : ']'))
    if (!closed && endOffset(token, ends) >= end) open.push({ bracket, offset: token.offset })
  }
  if (open.length === 0) return undefined
  open.sort((a, b) => a.offset - b.offset)
  const position = (offset: number) => lineCounter.linePos(offset)
  const last = position(end)
  const lineStart = lineCounter.lineStarts[position(open[0]!.offset).line - 1] ?? 0
  const lineEnd = text.indexOf('\n', lineStart)
  return {
    code: 'policy_truncated', severity: 'error', at: { file, line: last.line, column: last.col },
    open: open.map((o) => ({ bracket: o.bracket, line: position(o.offset).line })),
    lineText: text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim(),
  }
}

/** Levels of lists and maps no policy nears (rules, a rule's scope, its lists: a handful), far below where the YAML parser's stack runs out. */
const MAX_DEPTH = 100

/** Where to look when the parser ran out of stack: the first line that opens more than `MAX_DEPTH` lists or maps (`- `, `[`, `{`), else line 1. */
function tooDeepAt(text: string, file: string): Pick<Extract<Diagnostic, { code: 'policy_syntax' }>, 'code' | 'severity' | 'at'> {
  const lines = text.split('\n')
  const i = lines.findIndex((l) => (l.match(/(?:^|\s)-(?=\s|$)|[[{]/g)?.length ?? 0) > MAX_DEPTH)
  return { code: 'policy_syntax', severity: 'error', at: { file, line: i === -1 ? 1 : i + 1 } }
}

/** The first list or map of the text nested `MAX_DEPTH` deep in the parser's tokens, walked with a stack of its own. */
function tooDeep(parsed: readonly CST.Token[]): CST.Token | undefined {
  const stack: [CST.Token, number][] = parsed.map((t) => [t, 0])
  let first: CST.Token | undefined
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [token, depth] = top
    if (token.type === 'document' && token.value !== undefined) stack.push([token.value, depth])
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue
    if (depth >= MAX_DEPTH) {
      if (first === undefined || token.offset < first.offset) first = token
      continue
    }
    for (const item of token.items) for (const t of [item.key, item.value]) if (t) stack.push([t, depth + 1])
  }
  return first
}

/**
 * The offset where a token's text ends: the end of its last part, followed down to a token with
 * no parts (the parser's tokens lie end to end, in the order of the text). A loop, and each token's
 * end kept in `ends`, where `CST.stringify` recursed: lists nested some thousands deep and cut
 * short (`rules: [[[[…`) overflowed the stack, a crash instead of the policy_truncated error.
 */
function endOffset(token: CST.Token, ends: Map<CST.Token, number>): number {
  const chain: CST.Token[] = []
  let t = token
  let end = ends.get(t)
  while (end === undefined) {
    chain.push(t)
    const last = lastPart(t)
    if (last === undefined) {
      end = t.offset + ('source' in t && typeof t.source === 'string' ? t.source.length : 0)
      break
    }
    t = last
    end = ends.get(t)
  }
  for (const c of chain) ends.set(c, end)
  return end
}

/** The last token inside a token, undefined for one with no parts. */
function lastPart(token: CST.Token): CST.Token | undefined {
  const lastOfItem = (item: CST.CollectionItem | undefined): CST.Token | undefined =>
    item === undefined ? undefined : item.value ?? item.sep?.at(-1) ?? item.key ?? item.start.at(-1)
  switch (token.type) {
    case 'flow-collection': return token.end.at(-1) ?? lastOfItem(token.items.at(-1)) ?? token.start
    case 'block-map': case 'block-seq': return lastOfItem(token.items.at(-1))
    case 'document': return token.end?.at(-1) ?? token.value ?? token.start.at(-1)
    case 'scalar': case 'single-quoted-scalar': case 'double-quoted-scalar': case 'doc-end': return token.end?.at(-1)
    default: return undefined
  }
}

/** The 1-based number of the last line when the text ends on a key or a list item with no value (`effect:`, `- `). */
function endsWithoutValue(text: string): number | undefined {
  const body = text.trimEnd()
  const lastLine = body.slice(body.lastIndexOf('\n') + 1).trim()
  if (!/(?:^|\s)-$|:$/.test(lastLine)) return undefined
  return body.split('\n').length
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:]\s*$/, '')
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.at.line ?? 0) - (b.at.line ?? 0) || (a.at.column ?? 0) - (b.at.column ?? 0))
}

/**
 * What a text that cannot be a policy is, told from its first two lines (blank and # comment lines
 * skipped): JSON Lines (two lines that are each a JSON object: a policy is one map), a table (a
 * first line with no ":" whose separators the second line repeats: a CSV header and a row) or XML.
 * Undefined for anything else, which the YAML parser judges.
 */
function otherKindOf(text: string): { what: string; line: number; expected?: string } | undefined {
  const lines: { text: string; line: number }[] = []
  let start = 0
  for (let n = 1; lines.length < 2 && start < text.length; n++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end).trim()
    if (line !== '' && !line.startsWith('#')) lines.push({ text: line, line: n })
    start = end + 1
  }
  const [first, second] = lines
  if (first === undefined) return undefined
  if (first.text.startsWith('<')) return { what: 'XML', line: first.line }
  if (second === undefined) return undefined
  const isRecord = (t: string) => {
    if (!t.startsWith('{') || !t.endsWith('}')) return false
    try {
      return typeof JSON.parse(t) === 'object'
    } catch {
      return false
    }
  }
  if (isRecord(first.text) && isRecord(second.text)) return { what: 'JSON Lines (a record a line, as an inventory is)', line: first.line }
  // The Covered List as the FCC's page tables it (fcc.gov/supplychain/coveredlist: the covered
  // equipment or services, and the date of inclusion), saved as CSV: the list a newcomer means the
  // policy to check against, which is built in.
  if (/covered[\W_]*equipment[\W_]*or[\W_]*services/i.test(first.text)) {
    return {
      what: 'the FCC Covered List (its table of covered equipment or services)', line: first.line,
      expected: 'a YAML policy that names the list: the Covered List is built in, with the date of each entry, as fcc-covered; ' +
        'the smallest policy is version: 1 and rules: [{ id: no-covered, lists: [fcc-covered], effect: prohibit }] (docs/policy.md)',
    }
  }
  if (!first.text.includes(':')) {
    for (const sep of [',', '\t', ';']) {
      const count = (t: string) => t.split(sep).length - 1
      if (count(first.text) >= 1 && count(second.text) >= count(first.text)) return { what: 'a table (CSV: a header line and rows)', line: first.line }
    }
  }
  return undefined
}
