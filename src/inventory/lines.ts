/**
 * Text fed in chunks, cut into lines: what every line-based inventory reader (SNMP walks, neighbour
 * and address tables, nmap's and masscan's text outputs) does before reading a line.
 */
export class LineSplitter {
  /** The start of a line that the next chunk continues. */
  private held = ''
  /**
   * What ends a line: `\n` (LF and CRLF text), or `\r` when the first line break is a carriage
   * return alone (a list saved by Excel for Mac, whose every line ends so); undefined before the
   * first line break.
   */
  private lineBreak: '\n' | '\r' | undefined

  /**
   * Calls `each` with every line that `chunk` completes, without its line break (a `\r` before a
   * `\n` stays, for the reader to trim), and holds back an incomplete last one. Only the new chunk
   * is searched for line breaks, so a line longer than many chunks costs no more than its length.
   */
  push(chunk: string, each: (line: string) => void): void {
    const start = this.held.length
    const text = start === 0 ? chunk : this.held + chunk
    // Before the first line break, the text held back ends at most in the CR the new chunk decides.
    if (this.lineBreak === undefined && (this.lineBreak = lineBreakOf(text, Math.max(0, start - 1))) === undefined) {
      this.held = text
      return
    }
    const br = this.lineBreak
    let from = 0
    // From the last character held back: the CR that ended it, when this chunk told that CRs end lines.
    for (let nl = text.indexOf(br, Math.max(0, start - 1)); nl !== -1; nl = text.indexOf(br, from)) {
      each(text.slice(from, nl))
      from = nl + 1
    }
    this.held = from === 0 ? text : text.slice(from)
  }

  /** Calls `each` with the last line, when the text did not end with a line break. */
  end(each: (line: string) => void): void {
    const last = this.held
    this.held = ''
    if (last !== '') each(last)
  }
}

/** How the lines of `text` end, told by its first line break from `from` on; undefined when none tells yet. */
function lineBreakOf(text: string, from: number): '\n' | '\r' | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) return '\n'
    if (c === 0x0d) return i + 1 === text.length ? undefined : text.charCodeAt(i + 1) === 0x0a ? '\n' : '\r'
  }
  return undefined
}
