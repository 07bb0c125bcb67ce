import type { SourceLocation } from './diagnostics/diagnostic.js'

/** Codes of failures a run cannot get past. Stable: tests and API clients check these, never the message. */
export type TrustpathErrorCode =
  | 'input_unreadable'
  | 'input_invalid'
  | 'config_invalid'
  | 'catalog_invalid'
  | 'usage'
  | 'solver_unavailable'

/** A failure caused by input or usage, with where it happened and how to fix it. */
export class TrustpathError extends Error {
  override readonly name = 'TrustpathError'
  readonly code: TrustpathErrorCode
  readonly at?: SourceLocation
  readonly hint?: string
  constructor(
    code: TrustpathErrorCode,
    message: string,
    opts: { at?: SourceLocation; hint?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause })
    this.code = code
    if (opts.at !== undefined) this.at = opts.at
    if (opts.hint !== undefined) this.hint = opts.hint
  }
}

/** A bug in trustpath, never a user mistake. */
export class InternalError extends Error {
  override readonly name = 'InternalError'
}

/** CLI only: the problem was already explained; exit with this status. */
export class ExitError extends Error {
  override readonly name = 'ExitError'
  readonly exitCode: number
  constructor(exitCode: number, opts: { cause?: unknown } = {}) {
    super(`exit ${exitCode}`, opts)
    this.exitCode = exitCode
  }
}
