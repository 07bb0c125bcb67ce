/** Inventory formats told from file names (kept apart from the parsers: the CLI asks before loading them). */
import type { InventoryFormat } from './rows.js'
import { withoutGzipSuffix } from '../util/file-stem.js'

const EXTENSIONS: Readonly<Record<string, InventoryFormat>> = {
  csv: 'csv', tsv: 'csv', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', xml: 'nmap', nessus: 'nessus',
  // nmap -oA's names for the normal and grepable outputs (beside .xml)
  nmap: 'nmap', gnmap: 'nmap',
  // snmpsim's names for a recording and for a Net-SNMP walk it imports
  snmprec: 'snmpwalk', snmpwalk: 'snmpwalk',
  // dnsmasq's and ISC dhcpd's lease files (dnsmasq.leases, dhcpd.leases)
  leases: 'addresses',
  // Excel workbooks, with macros or without (`.xls`, Excel 97-2003's format, is refused: see not-text.ts)
  xlsx: 'xlsx', xlsm: 'xlsx',
}

/**
 * The format of an inventory from its file extension (`.csv`, `.tsv`, `.json`, `.jsonl`, `.ndjson`,
 * `.xml` for an nmap or Nessus scan, `.nmap` and `.gnmap` for nmap's normal and grepable outputs,
 * `.nessus`, `.cdx.json` and `.cdx.xml` for a CycloneDX BOM,
 * `.snmprec` and `.snmpwalk` for an SNMP walk, `.leases` for a DHCP server's leases, `.xlsx` and
 * `.xlsm` for an Excel workbook; a gzip-compressed file's by its name without `.gz`), or undefined when the name does not tell (stdin, `.txt`); then the
 * first character decides (`[` or `{` JSON, `<` XML), else the first lines (nmap's or masscan's text
 * output, an address table, an SNMP walk's object line), else CSV. An XML file is
 * read as nmap's or Nessus's by its root element, whichever of the two it was named.
 */
export function detectInventoryFormat(compressed: string): InventoryFormat | undefined {
  const file = withoutGzipSuffix(compressed)
  // CycloneDX's file names for a BOM (`bom.json` is told by its content).
  if (/\.cdx\.(?:json|xml)$/i.test(file)) return 'cyclonedx'
  const m = /\.([a-z0-9]+)$/i.exec(file)
  return m === null ? undefined : EXTENSIONS[m[1]!.toLowerCase()]
}

/**
 * The first non-blank character a text in each format starts with, for the formats that have one:
 * XML starts with `<`, JSON with `{` or `[`, a CycloneDX BOM with either. A file named or asked for
 * as one of these that starts otherwise (a CSV saved as `.json`, `--input-format nmap` given for
 * the wrong file) is read as its content shows; a Nessus CSV export, read as CSV, is the Nessus
 * format too.
 */
export const FORMAT_STARTS: Readonly<Partial<Record<InventoryFormat, RegExp>>> = {
  nmap: /^</, nessus: /^</, json: /^[{[]/, jsonl: /^[{[]/, cyclonedx: /^[{[<]/,
}

/**
 * True when the bytes start like a zip archive (`PK\x03\x04`), as every Excel workbook does, or are
 * an empty one (`PK\x05\x06`, its directory's end alone): such an input is read as a workbook
 * whatever its name (see xlsx.ts, which refuses other archives).
 */
export function isZip(start: Uint8Array): boolean {
  return start.length >= 4 && start[0] === 0x50 && start[1] === 0x4b && ((start[2] === 0x03 && start[3] === 0x04) || (start[2] === 0x05 && start[3] === 0x06))
}
