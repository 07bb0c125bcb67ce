/**
 * XML inventories: an nmap scan (`<nmaprun>`) or a Nessus scan (`<NessusClientData_v2>`), told
 * apart by the root element, since both come as `.xml` (and as standard input).
 */
import { NessusRowParser } from './nessus.js'
import { NmapRowParser } from './nmap.js'
import type { RowParser, RowSink } from './rows.js'

/** Text held while looking for the root element; past it the nmap reader takes the file and says what is wrong. */
const MAX_PROLOG = 1 << 20

/**
 * The name of the root element of an XML document from its start, skipping the declaration,
 * processing instructions, comments and a DOCTYPE (with its internal subset); undefined when the
 * text ends before it, '' when what comes first is no element.
 */
export function xmlRootName(text: string): string | undefined {
  let i = 0
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++
    if (i >= text.length) return undefined
    if (text[i] !== '<') return ''
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i)
      if (end < 0) return undefined
      i = end + 2
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i)
      if (end < 0) return undefined
      i = end + 3
    } else if (text.startsWith('<!', i)) {
      const bracket = text.indexOf('[', i)
      const close = text.indexOf('>', i)
      if (close < 0) return undefined
      if (bracket >= 0 && bracket < close) {
        const end = text.indexOf(']', bracket)
        const after = end < 0 ? -1 : text.indexOf('>', end)
        if (after < 0) return undefined
        i = after + 1
      } else i = close + 1
    } else {
      // The name is whole once a character that cannot be in it follows (a chunk may end inside it).
      const m = /^<([A-Za-z_][\w.:-]*)([^\w.:-])?/.exec(text.slice(i, i + 256))
      if (m === null) return ''
      return m[2] === undefined && text.length - i < 256 ? undefined : m[1]!
    }
  }
}

/** Holds the start of an XML inventory until its root element tells which scanner wrote it. */
export class XmlScanParser implements RowParser {
  private readonly file: string
  private inner: RowParser | undefined
  private held = ''

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string, sink: RowSink): void {
    if (this.inner !== undefined) return this.inner.push(chunk, sink)
    this.held += chunk
    const root = xmlRootName(this.held)
    if (root === undefined && this.held.length < MAX_PROLOG) return
    this.choose(root)
    const text = this.held
    this.held = ''
    this.inner!.push(text, sink)
  }

  end(sink: RowSink): void {
    if (this.inner === undefined) {
      this.choose(xmlRootName(this.held))
      this.inner!.push(this.held, sink)
      this.held = ''
    }
    this.inner!.end(sink)
  }

  private choose(root: string | undefined): void {
    this.inner = root === 'NessusClientData_v2' ? new NessusRowParser(this.file) : new NmapRowParser(this.file)
  }
}
