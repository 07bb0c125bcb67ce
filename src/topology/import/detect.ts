/** Which importer a topology file needs. */

/** Topology file formats: GraphML and GML (Topology Zoo), topology JSON, CSV link list, SNDlib native and XML. */
export type TopologyFormat = 'graphml' | 'gml' | 'json' | 'csv' | 'sndlib' | 'sndlib-xml'

const EXTENSIONS: Readonly<Record<string, TopologyFormat>> = {
  graphml: 'graphml', xml: 'graphml', gml: 'gml', json: 'json', csv: 'csv', sndlib: 'sndlib',
}

/**
 * The format of a topology file: the content decides when it is unmistakable (`<` → GraphML,
 * `?SNDlib` or a `NODES (` section → SNDlib, a `graph [` line → GML), then the extension
 * (`.graphml`, `.xml`, `.gml`, `.json`, `.csv`, `.sndlib`), then the first character (`{` → JSON),
 * else CSV.
 *
 * @example
 * detectTopologyFormat('abilene.txt', '?SNDlib native format; type: network\n') // 'sndlib'
 */
export function detectTopologyFormat(file: string, text: string): TopologyFormat {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '')
  const first = /\S/.exec(head)?.[0]
  // SNDlib XML has a <network> root in its own namespace; every other XML is taken for GraphML.
  if (first === '<') return /<(\w+:)?network[\s>]/.test(head) && !/<(\w+:)?graphml[\s>]/.test(head) ? 'sndlib-xml' : 'graphml'
  if (head.trimStart().startsWith('?SNDlib') || /^\s*NODES\s*\(\s*$/m.test(head)) return 'sndlib'
  if (/^\s*graph\s*\[/m.test(head)) return 'gml'
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase()
  const byName = ext === undefined ? undefined : EXTENSIONS[ext]
  if (byName !== undefined) return byName
  return first === '{' ? 'json' : 'csv'
}
