import type { MilpProgram } from './program.js'

/** How a solve ended. `time_limit` may still carry the best plan found, with its proven gap. */
export type MilpStatus = 'optimal' | 'time_limit' | 'infeasible' | 'unbounded' | 'error'

/** The result of one solve. */
export type MilpSolution = {
  status: MilpStatus
  /** Objective of the best solution found (with the offset); null when there is none. */
  objective: number | null
  /** Best proven bound on the objective (upper for max, lower for min); null when unknown. */
  bound: number | null
  /** Relative gap |objective − bound| / |objective| (0 when optimal); null without a solution. */
  gap: number | null
  /** Variable values in program order; empty when there is no solution. */
  values: Float64Array
  /** Wall-clock time of the solve, measured by the backend. */
  milliseconds: number
  /** Backend-specific status text, for messages. */
  detail?: string
}

/** Options for one solve. */
export type SolveOptions = {
  /** Stop after this long and return the best solution with its gap. @default no limit */
  timeLimitMs?: number
  /** Stop once the relative gap is at most this. @default 1e-4 (the HiGHS default) */
  relGap?: number
  /** A feasible start (values in program order), e.g. the greedy plan. */
  start?: Float64Array
}

/** A mixed-integer solver backend. Every backend passes `runSolverSuite` in `solver.case.test.ts`. */
export interface MilpSolver {
  readonly name: string
  solve(program: MilpProgram, opts?: SolveOptions): Promise<MilpSolution>
}
