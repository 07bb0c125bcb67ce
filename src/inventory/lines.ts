/**
 * Text fed in chunks, cut into lines: what every line-based inventory reader (SNMP walks, neighbour
 * and address tables, nmap's and masscan's text outputs) does before reading a line.
 */
export class LineSplitter {
  /** The start of a line that the next chunk continues. */
  private held = ''
  /**
   * How lines end, told by the first line break: `\n` (LF and CRLF text), or `\r` when it is a
   * carriage return alone (a list saved by Excel for Mac). A text of the second kind is read as the
   * CSV reader reads one: a CR, a CRLF and a line feed each end a line, so that a stray CR on the
   * first line (in a sysDescr) does not run the lines after it together. Undefined before the
   * first line break.
   */
  private lineBreak: '\n' | '\r' | undefined
  /** The last chunk ended in a CR, now a line feed: a line feed that starts the next one is its CRLF's. */
  private afterCr = false

  /**
   * Calls `each` with every line that `chunk` completes, without its line break (a `\r` before a
   * `\n` stays, for the reader to trim), and holds back an incomplete last one. Only the new chunk
   * is searched for line breaks, so a line longer than many chunks costs no more than its length.
   */
  push(chunk: string, each: (line: string) => void): void {
    if (this.lineBreak === undefined) {
      // The text held back holds no line break, but for a CR at its end that this chunk decides.
      const text = this.held + chunk
      this.lineBreak = lineBreakOf(text, Math.max(0, this.held.length - 1))
      if (this.lineBreak === undefined) {
        this.held = text
        return
      }
      this.held = ''
      chunk = text
    }
    if (this.lineBreak === '\r') chunk = this.withLineFeeds(chunk)
    const start = this.held.length
    const text = start === 0 ? chunk : this.held + chunk
    let from = 0
    for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', from)) {
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

  /** A chunk of text whose lines end in a CR, with line feeds for its CRs and CRLFs. */
  private withLineFeeds(chunk: string): string {
    if (chunk === '') return chunk
    if (this.afterCr && chunk.charCodeAt(0) === 0x0a) chunk = chunk.slice(1)
    this.afterCr = chunk.charCodeAt(chunk.length - 1) === 0x0d
    return chunk.replace(/\r\n?/g, '\n')
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
