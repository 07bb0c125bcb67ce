import type { ManufacturerSlug, Source } from '../domain/manufacturer.js'

/**
 * The products one MIB module defines under one node: the sysObjectIDs that the maker's devices
 * report, as `<arc> <symbol>` lines (see `catalog/product-oid-data.ts`).
 */
export type ProductOidModule = {
  /** The MIB module that defines them (`HUAWEI-MIB`). */
  module: string
  manufacturer: ManufacturerSlug
  /** The node they are defined under, as the module names it (`lanSw`). */
  parent: string
  /** That node's numeric OID (`1.3.6.1.4.1.2011.2.23`). */
  oid: string
  /** A prefix every symbol of the node carries that is no part of the product's name (`hh3c-`). */
  symbolPrefix?: string
  /** Show the symbols as written: the module spells them so that no product name can be read back. */
  keepSymbol?: true
  /**
   * Show the symbols upper-cased: the module writes them all in lower case (`ar161fgw-l`) where the
   * maker's model names are all upper case (AR161FGW-L).
   */
  upperCase?: true
  source: Source
  /** One product a line: its arc under `oid`, its symbol, and optionally the name a comment gives. */
  products: string
}

/** A product a sysObjectID names, and the MIB definition that says so. */
export type ProductOid = {
  /** The sysObjectID, numeric without a leading dot. */
  oid: string
  /** The product as its maker names it (`S5328C-EI`). */
  name: string
  manufacturer: ManufacturerSlug
  /** The definition: module, symbol, parent and arc (`HUAWEI-MIB s5328C-EI ::= { lanSw 95 }`). */
  module: string
  symbol: string
  parent: string
  arc: number
  source: Source
}

/** Product OIDs indexed by their numeric OID (exact match: a product is one node, not a subtree). */
export interface ProductOidTable {
  readonly size: number
  lookup(oid: string): ProductOid | undefined
  /**
   * The product a module's symbol names (`HUAWEI-MIB`, `s2700-9TP-EI-AC`): how Net-SNMP prints a
   * sysObjectID when the module is loaded (`OID: HUAWEI-MIB::s2700-9TP-EI-AC`).
   */
  bySymbol(module: string, symbol: string): ProductOid | undefined
}

/**
 * The name of a product from its MIB symbol. An SMI identifier must start with a lower-case
 * letter, so modules write `s5328C-EI` for the S5328C-EI and `hh3c-ar28-09` for the AR28-09:
 * the module's prefix is dropped and the letters before the first digit are upper-cased (they
 * are the series: S, E, AR, CE, NE). A symbol without a digit is kept as written.
 */
export function productNameOf(symbol: string, prefix = ''): string {
  const s = prefix !== '' && symbol.startsWith(prefix) ? symbol.slice(prefix.length) : symbol
  const m = /^([a-z]+)(?=\d)/i.exec(s)
  return m === null ? s : m[1]!.toUpperCase() + s.slice(m[1]!.length)
}

function nameOf(m: ProductOidModule, symbol: string): string {
  if (m.keepSymbol) return symbol
  return m.upperCase ? symbol.toUpperCase() : productNameOf(symbol, m.symbolPrefix)
}

/** Builds the table from the modules' lines; a line that is not `<arc> <symbol> [name]` is a bug in the data. */
export function buildProductOidTable(modules: readonly ProductOidModule[]): ProductOidTable {
  const byOid = new Map<string, ProductOid>()
  const bySymbol = new Map<string, ProductOid>()
  for (const m of modules) {
    for (const line of m.products.split('\n')) {
      const t = line.trim()
      if (t === '') continue
      const [arcText, symbol, name, ...rest] = t.split(/\s+/)
      if (!/^(0|[1-9]\d*)$/.test(arcText!) || symbol === undefined || rest.length > 0) {
        throw new Error(`product OID data of ${m.module}: malformed line "${t}"`)
      }
      const arc = Number(arcText)
      const oid = `${m.oid}.${arc}`
      if (byOid.has(oid)) throw new Error(`product OID data of ${m.module}: ${oid} defined twice`)
      const product: ProductOid = {
        oid, name: name ?? nameOf(m, symbol), manufacturer: m.manufacturer,
        module: m.module, symbol, parent: m.parent, arc, source: m.source,
      }
      // A symbol names one node of its module (SMI): a second one is a copying error.
      const key = `${m.module}::${symbol}`
      if (bySymbol.has(key)) throw new Error(`product OID data of ${m.module}: ${symbol} defined twice`)
      byOid.set(oid, product)
      bySymbol.set(key, product)
    }
  }
  return { size: byOid.size, lookup: (oid) => byOid.get(oid), bySymbol: (module, symbol) => bySymbol.get(`${module}::${symbol}`) }
}

/** `HUAWEI-MIB s5328C-EI ::= { lanSw 95 }`: where a product OID is defined, in the module's notation. */
export function formatProductDefinition(p: ProductOid): string {
  return `${p.module} ${p.symbol} ::= { ${p.parent} ${p.arc} }`
}
