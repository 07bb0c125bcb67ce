/** Where a diagnostic points: a file, a 1-based line and column, and a path inside structured data. */
export type SourceLocation = {
  file: string
  line?: number
  column?: number
  path?: (string | number)[]
}

export type DiagnosticSeverity = 'error' | 'warning' | 'info'

/**
 * A problem found in input data. Codes are stable snake_case literals; the fields hold the raw
 * facts. Only `formatDiagnostic` turns a diagnostic into words.
 */
export type Diagnostic =
  // inventory
  | { code: 'missing_column'; severity: 'error'; at: SourceLocation; column: string; expected: string[] }
  | { code: 'unknown_column'; severity: 'warning'; at: SourceLocation; column: string; known: string[] }
  | { code: 'malformed_csv'; severity: 'error'; at: SourceLocation; problem: 'unclosed_quote' | 'field_count' | 'stray_quote'; expected?: number; got?: number }
  | { code: 'malformed_json'; severity: 'error'; at: SourceLocation; problem: string }
  | { code: 'invalid_field'; severity: 'error'; at: SourceLocation; field: string; value: string; expected: string }
  | { code: 'invalid_mac'; severity: 'warning'; at: SourceLocation; value: string }
  | { code: 'invalid_oid'; severity: 'warning'; at: SourceLocation; value: string }
  | { code: 'duplicate_device'; severity: 'warning'; at: SourceLocation; id: string; first: SourceLocation }
  | { code: 'empty_input'; severity: 'warning'; at: SourceLocation }
  // policy
  | { code: 'policy_syntax'; severity: 'error'; at: SourceLocation; problem: string }
  | { code: 'policy_invalid'; severity: 'error'; at: SourceLocation; problem: string; expected?: string; got?: string }
  | { code: 'unknown_list'; severity: 'error'; at: SourceLocation; list: string; known: string[] }
  | { code: 'unknown_manufacturer'; severity: 'error'; at: SourceLocation; manufacturer: string; suggestions: string[] }
  | { code: 'unknown_site_kind'; severity: 'warning'; at: SourceLocation; kind: string; known: string[] }
  | { code: 'exemption_expired'; severity: 'info'; at: SourceLocation; target: string; until: string }
  | { code: 'exemption_unused'; severity: 'info'; at: SourceLocation; target: string }
  // catalog
  | { code: 'registry_row_invalid'; severity: 'warning'; at: SourceLocation; problem: string }
  | { code: 'registry_header'; severity: 'error'; at: SourceLocation; expected: string[]; got: string[] }

export type DiagnosticCode = Diagnostic['code']

/** A value with the diagnostics found while producing it. */
export type WithDiagnostics<T> = { value: T; diagnostics: Diagnostic[] }

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}
