/** Line breaks of text read line by line: LF, CRLF, or a carriage return alone (a file saved on a Mac, as Excel does). */
export const LINE_BREAK = /\r\n?|\n/

const LF = 0x0a
const CR = 0x0d
/** A line end of a text whose lines end in a carriage return alone: a CR, or a CRLF among them. */
const CR_LINE_END = /\r\n?/g

/**
 * How the lines of `text` end, told by its first line break: `lf` (a line feed, or a CRLF), `cr`
 * (a carriage return alone: a file saved on a Mac by Excel or an old editor); undefined when the
 * text has no line break, or only a CR at its very end, whose next character would tell.
 */
export function lineEndsOf(text: string): 'lf' | 'cr' | undefined {
  const i = text.search(/[\r\n]/)
  if (i === -1) return undefined
  if (text.charCodeAt(i) === LF || text.charCodeAt(i + 1) === LF) return 'lf'
  return i + 1 < text.length ? 'cr' : undefined
}

/** True when the first line break of `text` is a carriage return alone (see `lineEndsOf`). */
export function endsLinesWithCr(text: string): boolean {
  return lineEndsOf(text) === 'cr'
}

/** The text of a file whose lines end in a carriage return alone with line feeds instead; any other text as it is. */
export function withLineFeeds(text: string): string {
  return endsLinesWithCr(text) ? text.replace(CR_LINE_END, '\n') : text
}

/**
 * `withLineFeeds` for a text read in chunks: each chunk comes back with line feeds for the line
 * ends of a text whose first line break is a carriage return alone (a CR, and a CRLF among the CRs,
 * each end one line), and as it is otherwise. Until the first line break tells, a CR that ends the
 * text so far is held back, for the next chunk to decide; `end` gives it back at the end.
 */
export class LineFeeds {
  /** `lf` (LF and CRLF text), `cr` (a carriage return alone), undefined before the first line break. */
  private ends: 'lf' | 'cr' | undefined
  /** Before the decision: a CR that ended the text so far, held back. */
  private heldCr = false
  /** In a `cr` text: the last chunk ended in a CR, so a line feed that starts the next is its CRLF's. */
  private afterCr = false

  /** `lf` for a part of a text cut after a line feed elsewhere, whose line ends were told there. */
  constructor(ends?: 'lf') {
    this.ends = ends
  }

  push(chunk: string): string {
    if (this.ends === undefined) {
      if (this.heldCr) {
        chunk = `\r${chunk}`
        this.heldCr = false
      }
      this.ends = lineEndsOf(chunk)
      if (this.ends === undefined) {
        if (chunk.charCodeAt(chunk.length - 1) !== CR) return chunk
        this.heldCr = true
        return chunk.slice(0, -1)
      }
    }
    if (this.ends === 'lf' || chunk === '') return chunk
    if (this.afterCr && chunk.charCodeAt(0) === LF) chunk = chunk.slice(1)
    this.afterCr = chunk.charCodeAt(chunk.length - 1) === CR
    return chunk.replace(CR_LINE_END, '\n')
  }

  /** What is held back at the end of the text: a CR that ended it before any line break told (a one-line text). */
  end(): string {
    if (!this.heldCr) return ''
    this.heldCr = false
    return '\r'
  }
}
