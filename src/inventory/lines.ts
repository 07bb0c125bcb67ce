import { LineFeeds } from '../util/line-ends.js'

/**
 * Text fed in chunks, cut into lines: what every line-based inventory reader (SNMP walks, neighbour
 * and address tables, nmap's and masscan's text outputs) does before reading a line.
 */
export class LineSplitter {
  /** The start of a line that the next chunk continues. */
  private held = ''
  /**
   * Line ends as line feeds (`LineFeeds`): a text whose first line break is a carriage return alone
   * (a list saved by Excel for Mac) is read as the CSV reader reads one: a CR, a CRLF and a line
   * feed each end a line, so that a stray CR on the first line (in a sysDescr) does not run the
   * lines after it together.
   */
  private readonly feeds = new LineFeeds()

  /**
   * Calls `each` with every line that `chunk` completes, without its line break (a `\r` before a
   * `\n` stays, for the reader to trim), and holds back an incomplete last one. Only the new chunk
   * is searched for line breaks, so a line longer than many chunks costs no more than its length.
   */
  push(chunk: string, each: (line: string) => void): void {
    chunk = this.feeds.push(chunk)
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
    const last = this.held + this.feeds.end()
    this.held = ''
    if (last !== '') each(last)
  }
}
