import type { MilpProgram } from './program.js'

/** Terms per line: LP readers accept long lines, but short ones keep the file readable and diffable. */
const TERMS_PER_LINE = 8

/**
 * LP-safe, unique names for `names`: letters, digits and `_` only, never starting with a digit,
 * `e`/`E` followed by a digit (read as an exponent) or a period; clashes get `_2`, `_3`, ….
 */
export function toLpNames(names: readonly string[], prefix: string): string[] {
  const used = new Set<string>()
  return names.map((name) => {
    let safe = name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 200)
    if (!/^[A-Za-z_]/.test(safe) || /^[eE][0-9]/.test(safe)) safe = `${prefix}_${safe}`
    let unique = safe
    for (let n = 2; used.has(unique); n++) unique = `${safe}_${n}`
    used.add(unique)
    return unique
  })
}

function num(x: number): string {
  if (x === Infinity) return 'inf'
  if (x === -Infinity) return '-inf'
  // 17 significant digits round-trip any double; String() already gives the shortest exact form.
  return String(x)
}

function linear(parts: string[], terms: readonly { var: number; coef: number }[], names: readonly string[]): void {
  let onLine = 0
  let first = true
  for (const t of terms) {
    if (t.coef === 0) continue
    const sign = t.coef < 0 ? '-' : first ? '' : '+'
    const abs = Math.abs(t.coef)
    parts.push(`${sign}${sign === '' ? '' : ' '}${abs === 1 ? '' : `${num(abs)} `}${names[t.var]}`)
    first = false
    if (++onLine === TERMS_PER_LINE) {
      parts.push('\n   ')
      onLine = 0
    } else parts.push(' ')
  }
  if (first) parts.push(`0 ${names[0]} `)
}

/**
 * Writes a program in CPLEX LP format (as read by HiGHS, CPLEX, Gurobi, GLPK, CBC). Names are made
 * LP-safe by `toLpNames`; a row with both a lower and a different upper bound becomes two rows
 * (`<name>_lo`, `<name>_hi`). Builds the text from an array, so programs with millions of
 * nonzeros do not concatenate quadratically.
 */
export function formatLp(program: MilpProgram): string {
  const names = toLpNames(program.variables.map((v) => v.name), 'v')
  if (names.length === 0) names.push('v_empty')
  const rowNames = toLpNames(program.constraints.map((c) => c.name), 'c')
  const parts: string[] = [`\\ ${program.variables.length} variables, ${program.constraints.length} rows\n`]
  parts.push(program.sense === 'max' ? 'Maximize\n' : 'Minimize\n', ' obj: ')
  const objTerms = program.variables.map((v, i) => ({ var: i, coef: v.obj }))
  linear(parts, objTerms, names)
  if (program.objectiveOffset) parts.push(program.objectiveOffset < 0 ? '- ' : '+ ', num(Math.abs(program.objectiveOffset)))
  parts.push('\nSubject To\n')
  program.constraints.forEach((c, i) => {
    const name = rowNames[i]!
    const emit = (suffix: string, op: string, rhs: number): void => {
      parts.push(` ${name}${suffix}: `)
      linear(parts, c.terms, names)
      parts.push(`${op} ${num(rhs)}\n`)
    }
    const lo = c.lo ?? -Infinity
    const hi = c.hi ?? Infinity
    if (lo === hi) emit('', '=', lo)
    else if (lo > -Infinity && hi < Infinity) {
      emit('_lo', '>=', lo)
      emit('_hi', '<=', hi)
    } else if (lo > -Infinity) emit('', '>=', lo)
    else if (hi < Infinity) emit('', '<=', hi)
  })
  parts.push('Bounds\n')
  program.variables.forEach((v, i) => {
    const n = names[i]!
    if (v.lo === -Infinity && v.hi === Infinity) parts.push(` ${n} free\n`)
    else if (v.lo === v.hi) parts.push(` ${n} = ${num(v.lo)}\n`)
    else parts.push(` ${num(v.lo)} <= ${n} <= ${num(v.hi)}\n`)
  })
  if (program.variables.length === 0) parts.push(' v_empty = 0\n')
  const general = program.variables.flatMap((v, i) => (v.integer ? [names[i]!] : []))
  if (general.length > 0) {
    parts.push('General\n')
    for (let i = 0; i < general.length; i += TERMS_PER_LINE) parts.push(` ${general.slice(i, i + TERMS_PER_LINE).join(' ')}\n`)
  }
  parts.push('End\n')
  return parts.join('')
}
