import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Device } from '../domain/device.js'
import type { CsvRecord } from './csv.js'

/**
 * Inventory file formats. `json` is a JSON array (or `{"devices": [...]}`); `jsonl` is one object per
 * line; `nmap` is an nmap scan (one device per host that is up): its XML (`-oX`), or by the first
 * character its normal (`-oN`) or grepable (`-oG`) output; `masscan` is masscan's list output
 * (`-oL`, one device per address), or its JSON by the first character; `nessus` a Nessus scan's
 * `.nessus` XML (one device per host); any XML is read by its root element (also a Greenbone report,
 * `<report>` or `<get_reports_response>`, a Rapid7 Nexpose report, `<NexposeReport>`, and Qualys
 * results, `<SCAN>`, `<ASSET_DATA_REPORT>` or `<HOST_LIST_VM_DETECTION_OUTPUT>`). A Nessus or
 * Greenbone CSV export (also of Tenable Security Center, Vulnerability Management, Qualys) is `csv`, told by its header. `cyclonedx` is a CycloneDX bill of materials, JSON or XML (also told
 * from a `.json` file by its `bomFormat`, from an `.xml` one by its `<bom>` root). `snmpwalk` is
 * what Net-SNMP's snmpwalk or snmpget printed (one device per walk), or an snmpsim recording
 * (`.snmprec`). `lldp` is a neighbour table (LLDP or CDP): the text of a switch's neighbour
 * commands, told by its first lines, or lldpd's JSON or XML. `addresses` is an address table, one
 * device per MAC: an ARP or neighbour cache (`arp -a`, `ip neigh`, a switch's `show ip arp` or
 * `display arp`), a MAC address table, arp-scan's output or a DHCP server's leases (dnsmasq, ISC
 * dhcpd), told by its first lines (a `.leases` file by its name). `cli` is a device's own command
 * output (`show version`, `show inventory`, `display version`, `display elabel`), one device per
 * host its prompts name, told by its first line, or a saved configuration (RANCID's and Oxidized's
 * files, a FortiGate backup, a RouterOS export), one device a file, told by its first lines, or a monitoring system's object definitions (Nagios's `define host{...}`, Icinga 2's `object Host ... {...}`), one device a host. `xlsx` is an Excel workbook
 * (`.xlsx`, `.xlsm`, or a zip holding `xl/workbook.xml`), its sheets that list devices (or the one asked for) read like CSV files.
 */
export const INVENTORY_FORMATS = ['csv', 'json', 'jsonl', 'nmap', 'masscan', 'nessus', 'cyclonedx', 'snmpwalk', 'lldp', 'addresses', 'cli', 'xlsx'] as const
/** An inventory format `parseInventory` reads: one of `INVENTORY_FORMATS`. */
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number]

/** Where an inventory comes from: a file name for diagnostics, and the format when it is known. */
export type InventorySource = {
  file: string
  /** Detected from the file extension, then from the first character, when absent. */
  format?: InventoryFormat
  /** The worksheet of a workbook to read, by name or 1-based number (see `WorkbookRowsOptions.sheet`). */
  sheet?: string
}

/** A whole inventory parsed at once. */
export type InventoryResult = { devices: Device[]; diagnostics: Diagnostic[] }

/** One step of a streamed inventory. */
export type InventoryBatch = {
  devices: Device[]
  /** Parallel to `devices`: where each device starts. */
  locations: SourceLocation[]
  diagnostics: Diagnostic[]
  /** UTF-8 bytes of input consumed so far (for a progress bar against the file size). */
  bytes: number
}

/**
 * Where a format's parser delivers its entries and its own diagnostics: raw entries (the JSON
 * device shape) to `row`, or devices it validated itself (CSV) to `device`.
 */
export interface RowSink {
  row(input: unknown, at: SourceLocation): void
  /**
   * A device already validated, or undefined when its row was dropped (diagnostics say why).
   * `byName`: its id is its name (a CSV without an id column), which another device may share.
   */
  device(device: Device | undefined, at: SourceLocation, byName?: boolean): void
  readonly diagnostics: Diagnostic[]
}

/** A format's incremental parser: text in chunks of any size → raw entries with their locations. */
export interface RowParser {
  push(chunk: string, sink: RowSink): void
  end(sink: RowSink): void
  /** What the input was read as, when a tool's report or export ("the XML of an nmap scan (nmap -oX)"): said when it lists no device. */
  readonly readAs?: string | undefined
}

/**
 * Whether a row of a scanner's CSV export (Nessus, Greenbone, Qualys, InsightVM) has as many
 * fields as its header; when not, it is told as a `field_count` error at its line, for the caller
 * to skip it.
 */
export function hasHeaderWidth(record: CsvRecord, expected: number, file: string, sink: RowSink): boolean {
  if (record.cells.length === expected) return true
  sink.diagnostics.push({ code: 'malformed_csv', severity: 'error', at: { file, line: record.line }, problem: 'field_count', expected, got: record.cells.length })
  return false
}
