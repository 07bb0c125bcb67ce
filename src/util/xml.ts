/** A saxes error message without its `line:column:` prefix and final period (the diagnostic has both). */
export function xmlProblem(err: Error): string {
  return err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')
}
