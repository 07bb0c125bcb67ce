/**
 * What an XML file is, by its root element: the four topology formats trustpath reads, and the
 * XML files that users give instead of a topology (a scan, a drawing, a saved web page).
 */
import { tooLarge } from './source.js'
import { SaxesParser } from 'saxes'
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { xmlProblem } from '../../util/xml.js'
import type { TopologyLimits } from './source.js'

type XmlRootKind = Extract<Diagnostic, { code: 'unexpected_xml_root' }>['found']

/**
 * Root elements by local name, lower-cased. SNDlib's root is `<network>`, XGMML's (Cytoscape) a
 * bare `<graph>`, draw.io's `<mxfile>` (or `<mxGraphModel>` when saved uncompressed).
 */
const XML_ROOTS: Readonly<Record<string, XmlRootKind>> = {
  graphml: 'graphml', gexf: 'gexf', network: 'sndlib',
  nmaprun: 'nmap', svg: 'svg', html: 'html', mxfile: 'drawio', mxgraphmodel: 'drawio', graph: 'xgmml',
  lab: 'eve-ng', topology: 'virl',
}

/** Roots of the topologies read, and a root not known: a DOCTYPE naming one of them is refused as such. */
const TOPOLOGY_ROOT_KINDS: ReadonlySet<XmlRootKind> = new Set(['graphml', 'gexf', 'xgmml', 'sndlib', 'eve-ng', 'unknown'])

/** `y:ShapeNode` → `ShapeNode`: namespaces are not processed, prefixes are dropped. */
export function localName(name: string): string {
  const i = name.indexOf(':')
  return i === -1 ? name : name.slice(i + 1)
}

/** What a root element (as written, with any prefix) shows its file to be. */
export function xmlRootKind(name: string): XmlRootKind {
  return XML_ROOTS[localName(name).toLowerCase()] ?? 'unknown'
}

/** The diagnostic of a reader that expects the root `<expected>` and found `<root>`. */
export function unexpectedRoot(root: string, expected: string, at: SourceLocation): Diagnostic {
  return { code: 'unexpected_xml_root', severity: 'error', at, root, expected, found: xmlRootKind(root) }
}

/** Thrown inside saxes handlers to stop reading after a fatal problem (already reported). */
class Abort extends Error {}

/**
 * What the topology XML readers (GraphML, GEXF, XGMML, SNDlib XML) share: a saxes parser without
 * namespaces or entity expansion, a DOCTYPE refused, malformed XML reported where it is (with
 * `expected`, what the reader takes), the start of the tag being opened, and a way for a handler to
 * stop reading after a fatal problem. Handlers for other events are the reader's; `opentagstart`,
 * `doctype` and `error` are taken here (saxes keeps one handler per event).
 */
export class TopologyXmlReader {
  /**
   * A reader for `text`, or undefined (with an `input_too_large` error) when the text is longer
   * than the limit: XML is read whole.
   */
  static of(text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[], expected: string, root: string): TopologyXmlReader | undefined {
    return tooLarge(text, file, limits, diagnostics) ? undefined : new TopologyXmlReader(file, diagnostics, expected, root)
  }

  readonly parser = new SaxesParser({ position: true, xmlns: false } as const)
  /** Where the tag being opened starts: saxes reports the position after its name and one more character. */
  tagAt: SourceLocation
  private readonly file: string
  private readonly diagnostics: Diagnostic[]

  /** `expected` says what the reader takes, for malformed XML; `root` is the root element it takes. */
  constructor(file: string, diagnostics: Diagnostic[], expected: string, root: string) {
    this.file = file
    this.diagnostics = diagnostics
    this.tagAt = { file, line: 1 }
    const parser = this.parser
    parser.on('doctype', (doctype) => {
      // A DOCTYPE names the root element. nmap -oX always writes `<!DOCTYPE nmaprun>`, and saved
      // web pages and SVG drawings often have one: such a file is told as what it is, which says
      // what to do with it, rather than refused for its DOCTYPE.
      const name = /^\s*([^\s[>]+)/.exec(doctype)?.[1]
      const found = name === undefined ? 'unknown' : xmlRootKind(name)
      if (name !== undefined && !TOPOLOGY_ROOT_KINDS.has(found)) this.fail(unexpectedRoot(name, root, this.here()))
      this.fail({ code: 'xml_doctype_rejected', severity: 'error', at: this.here() })
    })
    parser.on('error', (err) => this.fail({ code: 'malformed_xml', severity: 'error', at: this.here(), problem: xmlProblem(err), expected }))
    parser.on('opentagstart', (tag) => {
      this.tagAt = { file, line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) }
    })
  }

  /** The parser's position. */
  here(): SourceLocation {
    return { file: this.file, line: this.parser.line, column: this.parser.column }
  }

  /** Reports a fatal problem and stops reading. */
  fail(d: Diagnostic): never {
    this.diagnostics.push(d)
    throw new Abort()
  }

  /**
   * False, with one `input_too_large` error at the current tag, when a document already holds
   * `limit` nodes or links: the reader then skips the rest of them.
   */
  roomFor(what: 'nodes' | 'links', count: number, limit: number): boolean {
    if (count < limit) return true
    this.diagnostics.push({ code: 'input_too_large', severity: 'error', at: this.tagAt, what, limit })
    return false
  }

  /** The `id` attribute of a `<node>`, or undefined, with one `invalid_field` error at the tag. */
  nodeId(attr: (name: string) => string | undefined): string | undefined {
    const id = attr('id')
    if (id === undefined) this.diagnostics.push({ code: 'invalid_field', severity: 'error', at: this.tagAt, field: 'id', value: '', expected: 'an id attribute on every <node>' })
    return id
  }

  /**
   * The `source` and `target` attributes of an `<edge>` (GraphML, GEXF and XGMML name its ends
   * alike), or undefined, with one `invalid_field` error at the tag naming the one missing.
   */
  edgeEnds(attr: (name: string) => string | undefined): { source: string; target: string } | undefined {
    const source = attr('source')
    const target = attr('target')
    if (source !== undefined && target !== undefined) return { source, target }
    const field = source === undefined ? 'source' : 'target'
    this.diagnostics.push({ code: 'invalid_field', severity: 'error', at: this.tagAt, field, value: '', expected: `a ${field} attribute on every <edge>` })
    return undefined
  }

  /** Reads `text` through the handlers; false when a fatal problem stopped it. */
  read(text: string): boolean {
    try {
      this.parser.write(text).close()
      return true
    } catch (err) {
      if (err instanceof Abort) return false
      throw err
    }
  }
}
