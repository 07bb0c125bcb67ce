import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document, Node as YamlNode } from 'yaml'
import type * as z from 'zod'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Effect } from '../domain/finding.js'
import { BUILTIN_LISTS } from './lists.js'
import type { Exemption, Policy, Rule, VendorList } from './policy.js'
import { POLICY_SCHEMA } from './schema.js'
import type { WrittenPolicy } from './schema.js'
import { showValue } from '../diagnostics/show-value.js'

type Path = readonly (string | number)[]

/** What the parser checks names against. */
export type PolicyKnown = { manufacturers: ReadonlySet<string> }

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
export function parsePolicy(text: string, source: { file: string }, known: PolicyKnown): ParsePolicyResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const locate = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file: source.file, line: Math.max(1, line), column: col }
  }
  if (doc.errors.length > 0) {
    return {
      policy: undefined,
      diagnostics: doc.errors.map((e) => ({
        code: 'policy_syntax', severity: 'error', at: locate(e.pos[0]), problem: firstLine(e.message),
      })),
    }
  }
  const ctx: CheckContext = { doc, file: source.file, known, locate, at: (path) => nodeLocation(ctx, path) }
  const js: unknown = doc.toJS()
  const parsed = POLICY_SCHEMA.safeParse(js ?? {})
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.flatMap((issue) => issueToDiagnostics(issue, js, ctx))
    return { policy: undefined, diagnostics: sortDiagnostics(diagnostics) }
  }
  const written = parsed.data
  const diagnostics = sortDiagnostics(CHECKS.flatMap((check) => check.check(written, ctx)))
  if (diagnostics.some((d) => d.severity === 'error')) return { policy: undefined, diagnostics }
  return { policy: toPolicy(written, ctx), diagnostics }
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

/** Keys an object schema allows at a data path, found by walking the schema (for unknown-key hints). */
function knownKeysAt(path: Path): string[] {
  let schema: unknown = POLICY_SCHEMA
  const unwrap = (s: unknown): unknown => {
    let cur = s as { _zod: { def: Record<string, unknown> } }
    while (['optional', 'default', 'nullable'].includes(cur._zod.def['type'] as string)) {
      cur = cur._zod.def['innerType'] as typeof cur
    }
    if (cur._zod.def['type'] === 'union') {
      const options = cur._zod.def['options'] as (typeof cur)[]
      return options.find((o) => o._zod.def['type'] === 'object') ?? cur
    }
    return cur
  }
  for (const key of path) {
    const def = (unwrap(schema) as { _zod: { def: Record<string, unknown> } })._zod.def
    if (def['type'] === 'object') schema = (def['shape'] as Record<string, unknown>)[String(key)]
    else if (def['type'] === 'array') schema = def['element']
    else if (def['type'] === 'record') schema = def['valueType']
    else return []
    if (schema === undefined) return []
  }
  const def = (unwrap(schema) as { _zod: { def: Record<string, unknown> } })._zod.def
  return def['type'] === 'object' ? Object.keys(def['shape'] as Record<string, unknown>) : []
}

function issueToDiagnostics(issue: z.core.$ZodIssue, js: unknown, ctx: CheckContext): Diagnostic[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol')
  const where = formatPolicyPath(path)
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path)
    return issue.keys.map((key) => {
      const near = suggest(key, known)
      return {
        code: 'policy_invalid', severity: 'error', at: keyLocation(ctx, path, key),
        problem: `${where}: unknown key ${JSON.stringify(key)}` +
          (near.length > 0 ? ` (did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}?)` : ''),
        expected: `one of ${known.join(', ')}`,
      } satisfies Diagnostic
    })
  }
  const value = valueAt(js, path)
  const expected = issue.message.startsWith('Invalid') ? issue.message.replace(/^Invalid input: expected /, '') : issue.message
  if (value === undefined) {
    return [{ code: 'policy_invalid', severity: 'error', at: ctx.at(path), problem: `${where} is missing`, expected }]
  }
  return [{ code: 'policy_invalid', severity: 'error', at: ctx.at(path), problem: `${where}: invalid value`, expected, got: show(value) }]
}

// --- checks across keys -------------------------------------------------------------------------

/** A named check over a schema-valid policy. */
type PolicyCheck = { name: string; check: (policy: WrittenPolicy, ctx: CheckContext) => Diagnostic[] }

const listIds = (policy: WrittenPolicy): string[] =>
  [...BUILTIN_LISTS.keys(), ...Object.keys(policy.lists ?? {})].sort()

const CHECKS: readonly PolicyCheck[] = [
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
      slugs.flatMap((manufacturer, i): Diagnostic[] => ctx.known.manufacturers.has(manufacturer) ? [] : [{
        code: 'unknown_manufacturer', severity: 'error', at: { ...ctx.at(['lists', id, i]), path: ['lists', id, i] },
        manufacturer, suggestions: suggest(manufacturer, [...ctx.known.manufacturers]),
      }])),
  },
  {
    name: 'rule-lists-known',
    check: (policy, ctx) => {
      const known = listIds(policy)
      return policy.rules.flatMap((rule, r) => rule.lists.flatMap((list, i): Diagnostic[] => known.includes(list) ? [] : [{
        code: 'unknown_list', severity: 'error', at: { ...ctx.at(['rules', r, 'lists', i]), path: ['rules', r, 'lists', i] },
        list, known, suggestions: suggest(list, known),
      }]))
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
      e.device !== undefined || e.rule !== undefined ? [] : [{
        code: 'policy_invalid', severity: 'error', at: ctx.at(['exemptions', i]),
        problem: `exemptions[${i}]: names neither a device nor a rule`,
        expected: 'device: <id>, rule: <id>, or both',
      }]),
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

/** Up to three known names close to `name`: small edit distance, or a prefix of it. */
export function suggest(name: string, known: readonly string[]): string[] {
  const max = Math.max(1, Math.floor(name.length / 3))
  return known
    .map((k) => ({ k, d: k.startsWith(name) && name.length >= 3 ? 0.5 : editDistance(name, k) }))
    .filter(({ d }) => d <= max)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map(({ k }) => k)
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[b.length] ?? 0
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

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:]\s*$/, '')
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.at.line ?? 0) - (b.at.line ?? 0) || (a.at.column ?? 0) - (b.at.column ?? 0))
}
