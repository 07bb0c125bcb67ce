import type { Highs } from 'highs'
import { TrustpathError } from '../../errors.js'
import { formatLp, toLpNames } from '../../plan/lp-format.js'
import type { MilpProgram } from '../../plan/program.js'
import type { MilpSolution, MilpSolver, MilpStatus, SolveOptions } from '../../plan/solver.js'

/** Options of the HiGHS backend. */
export type HighsSolverOptions = {
  /**
   * How the program reaches HiGHS: `arrays` passes the sparse matrix directly (fast, exact column
   * order); `lp` writes CPLEX LP text and lets HiGHS parse it (the same text `formatLp` exports).
   * @default 'arrays'
   */
  via?: 'arrays' | 'lp'
  /** Receives the solver log; silent when absent. @default undefined */
  log?: (line: string) => void
}

const DEFAULTS = { via: 'arrays', log: undefined } satisfies HighsSolverOptions

/** The HiGHS model statuses (highs.constants.modelStatus) this adapter maps. */
const MODEL_STATUS: Record<number, MilpStatus> = {
  6: 'optimal', // empty model: nothing to decide
  7: 'optimal',
  8: 'infeasible',
  // "infeasible or unbounded": every program the planner builds has bounded variables, so a
  // bounded program with this status is infeasible; otherwise it stays undecided.
  9: 'infeasible',
  10: 'unbounded',
  13: 'time_limit',
  14: 'time_limit', // iteration limit: same meaning for the caller (best so far, with a gap)
}

let runtime: Promise<Highs> | undefined

async function loadHighs(log: ((line: string) => void) | undefined): Promise<Highs> {
  runtime ??= (async () => {
    try {
      const { default: load } = await import('highs')
      // The WebAssembly file ships inside the package and is read from disk: nothing is downloaded.
      return await load(log ? { print: log, printErr: log } : {})
    } catch (cause) {
      runtime = undefined
      throw new TrustpathError('solver_unavailable', 'io/createHighsSolver: the HiGHS solver (npm package "highs") could not be loaded.', {
        hint: 'Reinstall dependencies with `npm ci`, or plan with the greedy baseline (--solver greedy).',
        cause,
      })
    }
  })()
  return runtime
}

function allBounded(program: MilpProgram): boolean {
  return program.variables.every((v) => Number.isFinite(v.lo) && Number.isFinite(v.hi))
}

/**
 * The HiGHS backend (WebAssembly, `highs` on npm). Loads the solver once, on the first solve, and
 * throws `TrustpathError('solver_unavailable')` if it cannot. HiGHS blocks the event loop while it
 * solves; `timeLimitMs` bounds that.
 */
export function createHighsSolver(options: HighsSolverOptions = {}): MilpSolver {
  const opts = { ...DEFAULTS, ...options } satisfies HighsSolverOptions
  return {
    name: 'highs',
    async solve(program, solveOptions = {}) {
      const highs = await loadHighs(opts.log)
      return solveWith(highs, program, solveOptions, opts.via, opts.log !== undefined)
    },
  }
}

/** A program without variables is decided by its rows alone (HiGHS reports it as a model error). */
function solveEmpty(program: MilpProgram, started: number): MilpSolution {
  const ok = program.constraints.every((c) => (c.lo ?? -Infinity) <= 0 && 0 <= (c.hi ?? Infinity))
  const objective = program.objectiveOffset ?? 0
  return ok
    ? { status: 'optimal', objective, bound: objective, gap: 0, values: new Float64Array(0), milliseconds: performance.now() - started }
    : { status: 'infeasible', objective: null, bound: null, gap: null, values: new Float64Array(0), milliseconds: performance.now() - started }
}

function solveWith(highs: Highs, program: MilpProgram, so: SolveOptions, via: 'arrays' | 'lp', verbose: boolean): MilpSolution {
  const started = performance.now()
  const n = program.variables.length
  if (n === 0) return solveEmpty(program, started)
  const model = via === 'lp' ? highs.createModel({ format: 'lp', data: formatLp(program) }) : highs.createModel(toModelData(highs, program))
  try {
    model.options.set({ output_flag: verbose, mip_rel_gap: so.relGap ?? 1e-4 })
    if (so.timeLimitMs !== undefined) model.options.set('time_limit', so.timeLimitMs / 1000)
    // LP text declares columns in order of first appearance; map them back by name.
    const order = via === 'lp' ? lpColumnOrder(model, program) : undefined
    if (so.start && so.start.length === n) {
      const start = order ? Float64Array.from(order, (j) => so.start![j] ?? 0) : so.start
      try {
        model.setSolution({ colValue: start })
      } catch {
        // A start HiGHS rejects only costs speed.
      }
    }
    const run = model.run()
    let status: MilpStatus = MODEL_STATUS[run.modelStatus] ?? 'error'
    if (run.modelStatus === 9 && !allBounded(program)) status = 'error'
    const hasPrimal = Number(model.info.get('primal_solution_status')) === 2
    const milliseconds = performance.now() - started
    const detail = `HiGHS model status ${run.modelStatus}`
    if (!hasPrimal || (status !== 'optimal' && status !== 'time_limit')) {
      return { status, objective: null, bound: null, gap: null, values: new Float64Array(0), milliseconds, detail }
    }
    const raw = model.getSolution().colValue
    let values = raw
    if (order) {
      values = new Float64Array(n)
      order.forEach((j, k) => {
        values[j] = raw[k] ?? 0
      })
    }
    const objective = model.getObjectiveValue()
    const isMip = program.variables.some((v) => v.integer)
    const bound = isMip ? Number(model.info.get('mip_dual_bound')) : objective
    let gap = isMip ? Number(model.info.get('mip_gap')) : 0
    if (!Number.isFinite(gap)) gap = Infinity
    if (status === 'optimal' && gap < 0) gap = 0
    return { status, objective, bound: Number.isFinite(bound) ? bound : null, gap, values, milliseconds, detail }
  } finally {
    model.dispose()
  }
}

function lpColumnOrder(model: { getColName(i: number): string; getDimensions(): { numCols: number } }, program: MilpProgram): number[] {
  const lpNames = new Map<string, number>()
  // The same names formatLp wrote.
  toLpNames(program.variables.map((v) => v.name), 'v').forEach((s, i) => lpNames.set(s, i))
  const count = model.getDimensions().numCols
  const order: number[] = []
  for (let k = 0; k < count; k++) order.push(lpNames.get(model.getColName(k)) ?? -1)
  return order
}

function toModelData(highs: Highs, program: MilpProgram): Parameters<Highs['createModel']>[0] & object {
  const n = program.variables.length
  const m = program.constraints.length
  const colCost = new Float64Array(n)
  const colLower = new Float64Array(n)
  const colUpper = new Float64Array(n)
  const integrality = new Int32Array(n)
  program.variables.forEach((v, j) => {
    colCost[j] = v.obj
    colLower[j] = v.lo
    colUpper[j] = v.hi
    integrality[j] = v.integer ? 1 : 0
  })
  let nnz = 0
  for (const c of program.constraints) nnz += c.terms.length
  const starts = new Int32Array(m + 1)
  const indices = new Int32Array(nnz)
  const values = new Float64Array(nnz)
  const rowLower = new Float64Array(m)
  const rowUpper = new Float64Array(m)
  let k = 0
  program.constraints.forEach((c, i) => {
    starts[i] = k
    // HiGHS rejects duplicate indices within a row: merge them.
    const merged = new Map<number, number>()
    for (const t of c.terms) merged.set(t.var, (merged.get(t.var) ?? 0) + t.coef)
    for (const [j, coef] of merged) {
      if (coef === 0) continue
      indices[k] = j
      values[k] = coef
      k++
    }
    rowLower[i] = c.lo ?? -Infinity
    rowUpper[i] = c.hi ?? Infinity
  })
  starts[m] = k
  return {
    numCols: n,
    numRows: m,
    sense: program.sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    offset: program.objectiveOffset ?? 0,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: 'csr', numRows: m, numCols: n, starts, indices: indices.subarray(0, k), values: values.subarray(0, k) },
    integrality,
  }
}
