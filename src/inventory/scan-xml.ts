/**
 * What the readers of scanners' XML (nmap `-oX`, Nessus `.nessus`) share: a saxes parser loaded on
 * first use, malformed XML and a DOCTYPE with an internal subset reported once as `malformed_xml`
 * (reading stops there), the root element checked, and chunks fed through. Each reader adds its
 * own `opentag`, `text` and `closetag` handlers.
 */
import { createRequire } from 'node:module'
import type { SaxesParser } from 'saxes'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { RowParser, RowSink } from './rows.js'
import { xmlProblem } from '../util/xml.js'

/**
 * A saxes parser, the library loaded on first use: every inventory read (and every worker thread)
 * imported it, 25-40 ms, though only XML inventories need it.
 */
export function newSaxesParser(): SaxesParser<{ position: true; xmlns: false }> {
  const { SaxesParser: Parser } = createRequire(import.meta.url)('saxes') as typeof import('saxes')
  return new Parser({ position: true, xmlns: false } as const)
}

export abstract class ScanXmlParser implements RowParser {
  protected readonly parser = newSaxesParser()
  protected sink: RowSink | undefined
  /** Set once a problem was reported: nothing more is read. */
  protected failed = false
  /** The text of the element being read (see `collectText`); the reader empties it. */
  protected text = ''
  private rootSeen = false
  private readonly file: string
  private readonly expected: string

  /** `expected` says in the diagnostic what the reader takes ("the XML of an nmap scan (nmap -oX)"). */
  constructor(file: string, expected: string) {
    this.file = file
    this.expected = expected
    this.parser.on('error', (err) => this.fail(xmlProblem(err)))
    this.parser.on('doctype', (text) => {
      // An empty internal subset declares nothing (Qualys's API wrote `<!DOCTYPE SCAN SYSTEM "...scan-1.dtd"[]>`).
      if (text.replace(/\[\s*\]/, '').includes('[')) this.fail('a DOCTYPE with an internal subset is refused (it can hide expanding entities)')
    })
  }

  /** What the reader takes, said of a file of that kind that lists no device. */
  get readAs(): string {
    return this.expected
  }

  /** Collects element text and CDATA into `text` while `active()` says an element is being read. */
  protected collectText(active: () => boolean): void {
    const onText = (t: string) => {
      if (active()) this.text += t
    }
    this.parser.on('text', onText)
    this.parser.on('cdata', onText)
  }

  /** The parser's line in the file. */
  protected here(): SourceLocation {
    return { file: this.file, line: this.parser.line }
  }

  /** Reports the first problem of the file; reading stops. */
  protected fail(problem: string, wrongRoot = false): void {
    if (this.failed) return
    this.failed = true
    this.sink?.diagnostics.push({ code: 'malformed_xml', severity: 'error', at: this.here(), problem, expected: this.expected, ...(wrongRoot ? { wrongRoot } : {}) })
  }

  /**
   * For an `opentag` handler: true when `name` is the root element (checked against `root`, a
   * wrong one reported with `wrongRoot`), which the handler then skips.
   */
  protected atRoot(name: string, root: string, wrongRoot: string): boolean {
    if (this.rootSeen) return false
    this.rootSeen = true
    if (name !== root) this.fail(`the root element is <${name}>; ${wrongRoot}`, true)
    return true
  }

  push(chunk: string, sink: RowSink): void {
    this.sink = sink
    if (!this.failed) this.parser.write(chunk)
  }

  end(sink: RowSink): void {
    this.sink = sink
    if (!this.failed) this.parser.close()
  }
}
