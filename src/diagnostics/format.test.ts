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
    expect(formatDiagnostic(d)).toContain("--class-weight '\\x1B[2J=<weight>'")
  })

  it('writes the --class-weight of its hint as a shell reads it back, whatever the class holds', () => {
    const hint = (cls: string) => formatDiagnostic({ code: 'unweighted_flow_class', severity: 'warning', at: { file: 'flows.csv', line: 2 }, class: cls, flows: 1, weight: 1, known: [] })
      .match(/--class-weight (.*), or write/)![1]
    expect(hint('top-secret')).toBe('top-secret=<weight>')
    expect(hint('機密')).toBe('機密=<weight>')
    expect(hint('TOP SECRET')).toBe('"TOP SECRET=<weight>"')
    // A quote, a dollar sign or a backquote in double quotes would end them, or run a command.
    expect(hint('"><img src=x>')).toBe(`'"><img src=x>=<weight>'`)
    expect(hint('$(rm -rf ~)')).toBe(`'$(rm -rf ~)=<weight>'`)
    expect(hint("it's")).toBe(`'it'\\''s=<weight>'`)
  })

  it('quotes a sheet name it suggests for --sheet so that a shell reads it back, rather than run what it holds', () => {
    const hint = (sheet: string) => formatDiagnostic({ code: 'workbook_sheets_unread', severity: 'warning', at: { file: 'assets.xlsx' }, unread: [sheet] })
      .match(/--sheet (.*) to see/)![1]
    expect(hint('Summary')).toBe('"Summary"')
    expect(hint('$(touch pwned)')).toBe(`'$(touch pwned)'`)
    expect(hint('`id`')).toBe(`'\`id\`'`)
  })

  it('says where a device\'s address goes when an unknown column speaks of one, since the known columns listed do not show it', () => {
    const unknown = (columns: string[]) => formatDiagnostic({ code: 'unknown_column', severity: 'warning', at: { file: 'inv.csv', line: 1 }, columns, known: ['id', 'name', 'site'] })
    for (const column of ['address', 'Mgmt Address', 'IPv4', 'loopback_ip', 'ip addr']) expect(unknown([column]), column).toContain('goes in a column named ip_address')
    for (const column of ['building', 'shipping', 'description', 'zip']) expect(unknown([column]), column).not.toContain('ip_address')
  })
})
