/**
 * What an XML file is, by its root element: the three topology formats trustpath reads, and the
 * XML files that users give instead of a topology (a scan, a drawing, a saved web page).
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'

type XmlRootKind = Extract<Diagnostic, { code: 'unexpected_xml_root' }>['found']

/**
 * Root elements by local name, lower-cased. SNDlib's root is `<network>`, XGMML's (Cytoscape) a
 * bare `<graph>`, draw.io's `<mxfile>` (or `<mxGraphModel>` when saved uncompressed).
 */
const XML_ROOTS: Readonly<Record<string, XmlRootKind>> = {
  graphml: 'graphml', gexf: 'gexf', network: 'sndlib',
  nmaprun: 'nmap', svg: 'svg', html: 'html', mxfile: 'drawio', mxgraphmodel: 'drawio', graph: 'xgmml',
}

/** `y:ShapeNode` → `ShapeNode`: namespaces are not processed, prefixes are dropped. */
export function localName(name: string): string {
  const i = name.indexOf(':')
  return i === -1 ? name : name.slice(i + 1)
}

/** What a root element (as written, with any prefix) shows its file to be. */
export function xmlRootKind(name: string): XmlRootKind {
  return XML_ROOTS[localName(name).toLowerCase()] ?? 'unknown'
}

/**
 * The name of the root element of an XML text, read past the XML declaration, processing
 * instructions, comments and a DOCTYPE; undefined when `head` ends before it.
 */
export function xmlRootName(head: string): string | undefined {
  const prolog = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*\s*<([A-Za-z_][\w.:-]*)/
  return prolog.exec(head.replace(/^\ufeff/, ''))?.[1]
}

/** The diagnostic of a reader that expects the root `<expected>` and found `<root>`. */
export function unexpectedRoot(root: string, expected: string, at: SourceLocation): Diagnostic {
  return { code: 'unexpected_xml_root', severity: 'error', at, root, expected, found: xmlRootKind(root) }
}
