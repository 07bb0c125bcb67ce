/** A decision variable of a mixed-integer program. */
export type MilpVariable = {
  name: string
  lo: number
  /** `Infinity` for no upper bound. */
  hi: number
  integer: boolean
  /** Objective coefficient. */
  obj: number
}

/** One coefficient of a constraint row: `coef × variables[var]`. */
export type MilpTerm = { var: number; coef: number }

/** A sparse row `lo ≤ Σ coef·x ≤ hi`; an absent side is unbounded. */
export type MilpConstraint = { name: string; terms: MilpTerm[]; lo?: number; hi?: number }

/** A mixed-integer linear program as plain data, ready for any `MilpSolver`. */
export type MilpProgram = {
  sense: 'max' | 'min'
  variables: MilpVariable[]
  constraints: MilpConstraint[]
  /** Constant added to the objective. @default 0 */
  objectiveOffset?: number
}

/** Builds a `MilpProgram` one variable and one row at a time; variables are referred to by index. */
export class ProgramBuilder {
  readonly sense: 'max' | 'min'
  readonly variables: MilpVariable[] = []
  readonly constraints: MilpConstraint[] = []
  objectiveOffset = 0

  constructor(sense: 'max' | 'min') {
    this.sense = sense
  }

  /** A binary variable (integer in [0, 1]). */
  binary(name: string, obj = 0): number {
    return this.variable({ name, lo: 0, hi: 1, integer: true, obj })
  }

  /** A continuous variable in [lo, hi]. */
  continuous(name: string, lo: number, hi: number, obj = 0): number {
    return this.variable({ name, lo, hi, integer: false, obj })
  }

  variable(v: MilpVariable): number {
    this.variables.push(v)
    return this.variables.length - 1
  }

  /** Adds `coef` to the objective coefficient of a variable. */
  addObjective(variable: number, coef: number): void {
    const v = this.variables[variable]
    if (v) v.obj += coef
  }

  /** Adds a row; returns its index. */
  row(name: string, terms: MilpTerm[], bounds: { lo?: number; hi?: number }): number {
    const c: MilpConstraint = { name, terms }
    if (bounds.lo !== undefined) c.lo = bounds.lo
    if (bounds.hi !== undefined) c.hi = bounds.hi
    this.constraints.push(c)
    return this.constraints.length - 1
  }

  build(): MilpProgram {
    const p: MilpProgram = { sense: this.sense, variables: this.variables, constraints: this.constraints }
    if (this.objectiveOffset !== 0) p.objectiveOffset = this.objectiveOffset
    return p
  }
}

/** The objective of `values` under `program` (including the offset). */
export function evaluateObjective(program: MilpProgram, values: ArrayLike<number>): number {
  let sum = program.objectiveOffset ?? 0
  program.variables.forEach((v, i) => {
    sum += v.obj * (values[i] ?? 0)
  })
  return sum
}

/** Rows and bounds that `values` breaks by more than `tolerance` (names), for tests and checks. */
export function violations(program: MilpProgram, values: ArrayLike<number>, tolerance = 1e-6): string[] {
  const out: string[] = []
  program.variables.forEach((v, i) => {
    const x = values[i] ?? 0
    if (x < v.lo - tolerance || x > v.hi + tolerance) out.push(v.name)
    else if (v.integer && Math.abs(x - Math.round(x)) > tolerance) out.push(v.name)
  })
  for (const c of program.constraints) {
    let a = 0
    for (const t of c.terms) a += t.coef * (values[t.var] ?? 0)
    if ((c.lo !== undefined && a < c.lo - tolerance) || (c.hi !== undefined && a > c.hi + tolerance)) out.push(c.name)
  }
  return out
}
