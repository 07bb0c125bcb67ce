import { describe, expect, it } from 'vitest'
import type { Diagnostic } from './diagnostic.js'
import { formatDiagnostic, formatDiagnosticMessage } from './format.js'

describe('formatDiagnostic', () => {
  it('shows the escape sequences and bidirectional controls of a value it quotes, rather than sending them to the terminal', () => {
    // A flow class as a flows file anyone may have shaped holds it: one erasing the screen, one forging a link (OSC 8).
    for (const cls of ['\u001b[2J\u001b[31mCLEARED', '\u001b]8;;http://evil\u0007x', 'evil\u202Eexe.txt']) {
      const d: Diagnostic = { code: 'unweighted_flow_class', severity: 'warning', at: { file: 'flows.csv', line: 8 }, class: cls, flows: 1, weight: 1, known: ['secret=10'] }
      for (const text of [formatDiagnostic(d), formatDiagnosticMessage(d)]) {
        expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
      }
    }
    const d: Diagnostic = { code: 'unweighted_flow_class', severity: 'warning', at: { file: 'flows.csv', line: 8 }, class: '\u001b[2J', flows: 1, weight: 1, known: ['secret=10'] }
    expect(formatDiagnostic(d)).toContain('--class-weight \\x1B[2J=<weight>')
  })
})
