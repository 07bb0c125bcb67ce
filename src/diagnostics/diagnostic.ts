import type { OuiRegistry } from '../domain/evidence.js'

/** Where a diagnostic points: a file, a 1-based line and column, and a path inside structured data. */
export type SourceLocation = {
  file: string
  /** The worksheet of a workbook (then `line` is its row number). */
  sheet?: string
  line?: number
  column?: number
  path?: (string | number)[]
}

/** What a row skipped as a repeat of a used id declares of its device. */
export type SkippedRow = { manufacturer?: string; model?: string; mac?: string; serial?: string }

/** How serious a diagnostic is: an `error` makes `hasErrors` true. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info'

/**
 * Whose layout an OSPF database is in: Cisco's OSPFv2 (IOS, IOS XE, IOS-XR, and FRR's ospfd like
 * it), Junos's, Cisco's OSPFv3, FRR's ospf6d, Junos's OSPFv3 (`show ospf3 ...`), Huawei VRP's
 * (`display ospf lsdb ...`), Nokia SR OS's (`show router ospf database detail`).
 */
export type OspfDialect = 'cisco' | 'junos' | 'ospfv3' | 'frr-ospf6' | 'junos-ospf3' | 'huawei' | 'nokia'

/**
 * A problem found in input data. Codes are stable snake_case literals; the fields hold the raw
 * facts. Only `formatDiagnostic` turns a diagnostic into words.
 */
export type Diagnostic =
  // inventory
  | {
    code: 'missing_column'; severity: 'error'; at: SourceLocation; column: string; expected: string[]
    /** Other headers read as that column: its English aliases, then its German, French, Italian, Spanish and Japanese headers. */
    spellings?: string[]
    /** A cell of the header line that is a value, an address (`119.23.253.64`): the file has no header line. */
    valueInHeader?: string
  }
  | { code: 'unknown_column'; severity: 'warning'; at: SourceLocation; /** every unknown column of the header line */ columns: string[]; known: string[] }
  /**
   * A `Vendor` column beside a manufacturer column (`maker`): read where that one is empty, though
   * ServiceNow's CIs and purchase sheets keep in it the company the device was bought from.
   */
  | { code: 'seller_column'; severity: 'warning'; at: SourceLocation; column: string; maker: string }
  | { code: 'name_column_taken'; severity: 'warning'; at: SourceLocation; column: string }
  | { code: 'malformed_csv'; severity: 'error'; at: SourceLocation; problem: 'unclosed_quote' | 'field_count' | 'stray_quote'; expected?: number; got?: number }
  /**
   * JSON that does not parse, or (`wellFormed`) parses but is not the document read here: `problem` says what was expected;
   * (`between`) text between two JSON values written one after another, skipped; (`cutShort`) the file ends before a value is closed.
   */
  | { code: 'malformed_json'; severity: 'error'; at: SourceLocation; problem: string; wellFormed?: true; between?: true; cutShort?: true }
  /** A line of a neighbour table (LLDP, CDP) that is no part of it; `got` is the line, cut to 120 characters. */
  | { code: 'malformed_neighbors'; severity: 'error'; at: SourceLocation; got: string; expected: string }
  /** An entry of an address table (ARP, neighbour cache) that starts with an IP address and holds no MAC; `got` is the line, cut to 120 characters. */
  | { code: 'malformed_address_entry'; severity: 'error'; at: SourceLocation; got: string; expected: string }
  | { code: 'invalid_field'; severity: 'error'; at: SourceLocation; field: string; value: string; expected: string }
  /** A link's capacity or latency that does not read: the link is kept without it (routing does not use either). */
  | { code: 'unread_link_field'; severity: 'warning'; at: SourceLocation; field: string; value: string; expected: string }
  /** A record of a JSON inventory with no id under any name the reader knows; `keys` are its own, as written. */
  | { code: 'missing_id'; severity: 'error'; at: SourceLocation; keys: string[] }
  /** `eui64`: the value is an EUI-64 assigned as such (8 octets, no MAC in it), which is not read as evidence. */
  | { code: 'invalid_mac'; severity: 'warning'; at: SourceLocation; value: string; eui64?: true }
  | { code: 'invalid_oid'; severity: 'warning'; at: SourceLocation; value: string }
  /** A date whose day and month can be read either way (03/04/2019): only its year is kept. */
  | { code: 'ambiguous_date'; severity: 'warning'; at: SourceLocation; field: string; value: string; readings: [string, string]; kept: string }
  /** A whole number of five digits in a date column, read as the Excel date serial it is (43831: 2020-01-01). */
  | { code: 'excel_serial_date'; severity: 'warning'; at: SourceLocation; field: string; value: string; date: string }
  | {
    code: 'duplicate_device'; severity: 'warning'; at: SourceLocation; id: string; first: SourceLocation
    /** What the row skipped declares of its device (`skippedRowOf`), said so that a row of another device under a used id is seen. */
    skipped?: SkippedRow
    /** Set when the device of another file is the same one by its serial or by a MAC in common (a switch's walk and a neighbour table naming it). */
    same?: 'serial' | 'macs'
  }
  /**
   * A device whose id a device of an earlier file has, while their serials or MACs (`differ`) tell
   * two devices (switches walked one file each, that all kept the factory name), or the id is an
   * SNMP walk's order in its file (`walk_order`: `walk-1` of a walk without sysName): read as `renamed`.
   */
  | { code: 'repeated_id_renamed'; severity: 'warning'; at: SourceLocation; id: string; first: SourceLocation; differ: 'serial' | 'macs' | 'walk_order'; renamed: string }
  /**
   * A device of one file sharing a MAC with a device of another id read from an earlier file: one
   * device under two ids (a scan's address and a walk's sysName). `seen`: where the MAC was given,
   * when that is a later file of the device read at `first` whose lines were not read (its walk,
   * after the inventory row of its serial).
   */
  | { code: 'shared_mac_other_id'; severity: 'warning'; at: SourceLocation; id: string; mac: string; other: string; first: SourceLocation; seen?: SourceLocation }
  /** The same as `shared_mac_other_id` for a serial: an export's device known by its id (NetBox's `ID`) and a walk's by its sysName. */
  | { code: 'shared_serial_other_id'; severity: 'warning'; at: SourceLocation; id: string; serial: string; other: string; first: SourceLocation; seen?: SourceLocation }
  /**
   * The same as `shared_mac_other_id` for a management address: an export's device known by its
   * name beside its address (NetBox's `IP Address`), and a scan's or an ARP table's by that address.
   */
  | { code: 'shared_address_other_id'; severity: 'warning'; at: SourceLocation; id: string; address: string; other: string; first: SourceLocation; seen?: SourceLocation }
  /**
   * `--merge`: a device that has a MAC, serial number or address (`key`, `value`) of device `other`
   * of another file (read at `first`) is not merged with it, as that would make one device of two
   * that one file lists apart (`because: 'same_file'`: `apart`, their ids, and `file`), of two
   * serial numbers (`because: 'serials_differ'`: `apart`, the serials), or, by an address, of two
   * operator networks (`because: 'networks_differ'`: `apart`, the networks), which reuse private addresses.
   */
  | {
    code: 'merge_refused'; severity: 'warning'; at: SourceLocation; id: string; key: 'mac' | 'serial' | 'address'; value: string; other: string; first: SourceLocation
    because: 'same_file' | 'serials_differ' | 'networks_differ'; apart: [string, string]; file?: string
  }
  /**
   * `--merge`: `records` records of the files read were merged into `devices` devices, each read
   * from more than one of them (the closing line of the diagnostics, at the first file read).
   */
  | { code: 'devices_merged'; severity: 'info'; at: SourceLocation; devices: number; records: number }
  /**
   * --merge: a device one record says is not in the network (`Retired`, `Planned`: `status`,
   * written at `statusAt`) answered where another record was read (`at`: a scan's banner, a walk's
   * SNMP answer); the merged device is taken as in service.
   */
  | { code: 'answering_not_in_service'; severity: 'warning'; at: SourceLocation; id: string; status: string; statusAt: SourceLocation; lifecycle: 'not-deployed' | 'out-of-service'; answered: 'banner' | 'snmp' }
  /**
   * Device records whose `fields` (their site, maker, model: `manufacturer`, `model_id`,
   * `location`) are references to other records by id alone (ServiceNow's Table API without
   * display values), which name nothing and are left out; given once, at the first such record.
   */
  | { code: 'references_without_names'; severity: 'warning'; at: SourceLocation; fields: string[] }
  /** A CSV row that repeats the header's cells: the header of a file joined on, skipped. */
  | { code: 'repeated_header'; severity: 'warning'; at: SourceLocation }
  /**
   * Wireshark's Endpoints table (`tool: 'wireshark'`) saved with name resolution on, or tshark's
   * resolved address fields (`tool: 'tshark'`): Ethernet addresses written with their maker's short
   * name (`example`, the first), whose OUI is gone. Given once, at the first such row.
   */
  | { code: 'resolved_addresses'; severity: 'warning'; at: SourceLocation; example: string; tool: 'wireshark' | 'tshark' }
  /**
   * A spreadsheet's total row below the devices (`Total,,,,523`), or below the rows of a flow or
   * cost table (`table`): skipped; `text` is its filled cells.
   */
  | { code: 'total_row'; severity: 'warning'; at: SourceLocation; text: string; table?: 'flows' | 'costs' }
  /** A line of a scanner's log among the JSON Lines of its results (`[INF] Current httpx version v1.9.0`), said once a file: it and the log lines after it are skipped. */
  | { code: 'log_line_skipped'; severity: 'warning'; at: SourceLocation; text: string }
  /** A host of the `ansible` command's output whose module failed or was not reached: no facts, skipped. */
  | { code: 'host_without_result'; severity: 'warning'; at: SourceLocation; host: string; status: string; message?: string }
  /** A flow list laid out as a traffic matrix (sources down, destinations across), with its first filled cell as a flow. */
  | { code: 'flow_matrix'; severity: 'error'; at: SourceLocation; example: { src: string; dst: string; volume: string } }
  /**
   * A row below the header that holds no device, skipped: one cell merged across the table, as a
   * hand-made sheet writes a note or a section title (`merged_cells`), or one value, in a column
   * that is not read (`unread_columns`: a row number in a `No.` column, a note beside the table);
   * `text` is its filled cells.
   */
  | { code: 'row_without_device'; severity: 'warning'; at: SourceLocation; reason: 'merged_cells' | 'unread_columns' | 'no_answer' | 'lease_without_mac'; text: string }
  /**
   * No device in the input; `readAs`: what it was read as when that is a tool's report or export
   * (a scan whose hosts are none), not a table whose header alone is there.
   */
  | { code: 'empty_input'; severity: 'warning' | 'error'; at: SourceLocation; readAs?: string }
  /**
   * One of several inventory files read as none, while the others are read: refused at its start
   * (`problem` and `hint`, as a single inventory would be refused), or (`rows`) no device read from
   * it, `problem` being its first error. A warning for a file found in a directory (`foundIn`),
   * which may hold other files; an error for a file named itself.
   */
  | { code: 'inventory_skipped'; severity: 'warning' | 'error'; at: SourceLocation; problem: string; hint?: string; foundIn?: string; rows?: true }
  /** The worksheet of a workbook read as the inventory when it is not the first; `skipped` are the sheets before it. */
  | { code: 'workbook_sheet'; severity: 'warning'; at: SourceLocation; sheet: string; skipped: string[] }
  /**
   * Visible worksheets after the one read (`sheet`) that also hold a row naming inventory columns
   * (`unread`): one sheet of a workbook is read, so their devices are not.
   */
  | { code: 'workbook_sheets_read'; severity: 'info'; at: SourceLocation; sheets: string[] }
  | { code: 'workbook_sheets_unread'; severity: 'warning'; at: SourceLocation; unread: string[] }
  /** Lines above a CSV header (a report's title or date), from the first one, whose text is given. */
  | { code: 'lines_before_header'; severity: 'warning'; at: SourceLocation; header: number; text: string }
  /** `--sheet` (`sheet`, as given) for an inventory that is text, not a workbook: it is not used. */
  | { code: 'sheet_ignored'; severity: 'warning'; at: SourceLocation; sheet: string }
  /**
   * A CycloneDX BOM that names no device: no hardware (`device`) component and no subject
   * (`metadata.component`); `types` counts its top-level components by type.
   */
  | { code: 'bom_without_device'; severity: 'error'; at: SourceLocation; components: number; types: Record<string, number> }
  /**
   * A line of a scanner's text output (nmap's grepable output, masscan's list) that is none of its
   * lines; `got` is the line (cut), `expected` what was expected there.
   */
  | { code: 'malformed_scan_line'; severity: 'error'; at: SourceLocation; got: string; expected: string }
  /**
   * A line of a monitoring system's object definitions (Nagios's `define host{...}`) that is no
   * definition's start, directive or end; `got` is the line (cut), `expected` what was expected there.
   */
  /** `unclosed`: the definition starting at `got` (its opening line) is not closed before the end of the file. */
  | { code: 'malformed_definition'; severity: 'error'; at: SourceLocation; got: string; expected: string; unclosed?: true }
  /** A line of an SNMP walk that is no object line and continues no value; `got` is the line (cut). */
  | { code: 'malformed_snmpwalk'; severity: 'error'; at: SourceLocation; got: string }
  /** A message of snmpwalk or snmpget saved with the walk (`Timeout: No Response from 10.0.0.5`). */
  | { code: 'snmpwalk_message'; severity: 'warning'; at: SourceLocation; message: string; unknownName?: true }
  /**
   * A text that does not start as the format asked for (`by` the option: an error, nothing is read)
   * or told by its name (a warning: CSV named `.json` is read as CSV) does; `found` is what its start shows.
   */
  | { code: 'format_mismatch'; severity: 'warning' | 'error'; at: SourceLocation; asked: string; by: 'option' | 'name'; found: string }
  /** An SNMP walk that repeats the walk at `first` line for line: the same output pasted or saved twice. */
  | { code: 'repeated_walk'; severity: 'warning'; at: SourceLocation; first: SourceLocation }
  /**
   * An API answer that holds only the first page of hosts (Qualys's `<WARNING>` with the URL of the
   * next page, `next`): the hosts after it are not in the file.
   */
  | { code: 'results_truncated'; severity: 'warning'; at: SourceLocation; next: string }
  /** A Qualys API answer (`<SIMPLE_RETURN>`) given as results: its `<CODE>` (an error's number) and `<TEXT>`. */
  | { code: 'qualys_api_answer'; severity: 'error'; at: SourceLocation; qualysCode?: string; text: string }
  /**
   * A device's saved command output (show version, show inventory, display version, display
   * elabel) in which no device could be read; `skipped` are the other commands its prompts ran.
   */
  | { code: 'cli_output_without_device'; severity: 'error'; at: SourceLocation; skipped: string[] }
  /** A sysObjectID printed as a MIB name whose number the walk does not hold (`OID: ACME-MIB::acmeRouter7`). */
  | { code: 'unresolved_oid'; severity: 'warning'; at: SourceLocation; value: string }
  // policy
  | {
    code: 'policy_syntax'; severity: 'error'; at: SourceLocation; problem: string; /** the YAML parser's error code (TAB_AS_INDENT, ...) */ yamlCode?: string
    /** `json` when the policy is written as JSON and JSON's parser told the problem */ language?: 'json'
  }
  | {
    /** the file ends inside brackets never closed: cut short. `at` is the end of the file */
    code: 'policy_truncated'; severity: 'error'; at: SourceLocation
    /** the brackets left open, outermost first, with the line each was opened on */
    open: { bracket: '{' | '['; line: number }[]
    /** the text of the line the outermost one was opened on */
    lineText: string
  }
  | {
    code: 'policy_invalid'; severity: 'error'; at: SourceLocation; problem: string; expected?: string; got?: string
    /** the value written in the expected form, when the intent is clear (`[core]` for `core`, `2026-12-31` for `31.12.2026`) */
    suggestion?: string
    /** the value is missing on the file's last line (`effect:` and nothing after): the file may be cut short */
    endsFile?: true
  }
  | {
    code: 'unknown_list'; severity: 'error'; at: SourceLocation; list: string; known: string[]; suggestions?: string[]
    /** The manufacturer slugs the rule names where it names lists (`lists: [huawei, zte]`), for the list to define. */
    manufacturers?: string[]
  }
  | { code: 'unknown_manufacturer'; severity: 'error'; at: SourceLocation; manufacturer: string; suggestions: string[] }
  | {
    code: 'unknown_site_kind'; severity: 'warning'; at: SourceLocation; kind: string; known: string[]; suggestions?: string[]
    /** Ids of the sites of that kind, none of which has both lat and lon. */
    unlocated?: string[]
  }
  | { code: 'zone_unlocated'; severity: 'warning'; at: SourceLocation; rule: string; kind: string; km: number }
  /** Some devices a geofence rule's lists name have a position and some none: those were taken as outside the zone. */
  | { code: 'zone_partly_unlocated'; severity: 'warning'; at: SourceLocation; rule: string; kind: string; km: number }
  /**
   * A rule names a built-in list with entries that cover products by where they were produced
   * (the Covered List's foreign-produced routers), which no attribution to a manufacturer can
   * match: told once per list, so that a check without findings is not read as clean of them.
   */
  | { code: 'list_categories_unchecked'; severity: 'info'; at: SourceLocation; list: string; categories: { name: string; since: string }[] }
  | {
    code: 'scope_value_unseen'; severity: 'info'; at: SourceLocation; rule: string; key: 'networks' | 'sites'; value: string
    /** Values of the inventory that are near spellings of it (case, spaces, `_` and `-`, then one slip), nearest first; absent when none is. */
    inventorySpellings?: string[]
  }
  /**
   * A network or site a rule's scope names is on devices of the inventory, which also writes it
   * otherwise (case, spaces, `_`, `-`) on others: those are outside the scope, compared as written.
   */
  | { code: 'scope_value_split'; severity: 'info'; at: SourceLocation; rule: string; key: 'networks' | 'sites'; value: string; inventorySpellings: string[] }
  | { code: 'exemption_expired'; severity: 'info'; at: SourceLocation; target: string; until: string; reason: string }
  /**
   * An active exemption lifted findings, which the report then marks as waived (`kept`) or leaves
   * out: said so that a report read for an attestation or an audit names each waiver it rests on,
   * its reason and its last day.
   */
  | {
    code: 'exemption_applied'; severity: 'info'; at: SourceLocation; target: string; until: string; reason: string; daysLeft: number
    /** True when the check kept the findings it lifted, each marked with its waiver (`keepWaived`); absent when it left them out. */
    kept?: true
    /**
     * For an exemption naming a site or network: the inventory's other writings of it, but for
     * case, spaces, `_` and `-` (`FRA` beside `fra`), whose devices it does not cover.
     */
    otherWritings?: string[]
  }
  | {
    code: 'exemption_unused'; severity: 'info'; at: SourceLocation; target: string
    /** For an exemption naming a device: its id, and whether the inventory has a device of that id. */
    device?: string; deviceInInventory?: boolean
    /** For an exemption naming a site: its id, and whether a device of the inventory is at that site. */
    site?: string; siteInInventory?: boolean
    /** For an exemption naming a network: its id, and whether a device of the inventory is on that network. */
    network?: string; networkInInventory?: boolean
    /** When no device has the id, site or network: the inventory's near spellings of it (case, spaces, `_` and `-`, then one slip), nearest first. */
    inventorySpellings?: string[]
    /** When devices are at the site or on the network: the inventory's other writings of it, whose devices it does not cover (see `exemption_applied`). */
    otherWritings?: string[]
  }
  // catalog
  | { code: 'registry_row_invalid'; severity: 'warning'; at: SourceLocation; problem: string }
  | { code: 'registry_header'; severity: 'error'; at: SourceLocation; expected: string[]; got: string[] }
  | {
    code: 'registry_format'; severity: 'error'; at: SourceLocation
    /** The registry the file was given for, if known: an IEEE one, or IANA's enterprise numbers (`PEN`). */
    registry?: OuiRegistry | 'PEN'
    /** What the file is instead of a registry file (the IEEE's CSV or text, IANA's text), and its first line. */
    found: 'empty' | 'html' | 'wireshark_manuf' | 'nmap_mac_prefixes' | 'arp_scan_oui' | 'arp_scan_mac_vendor' | 'systemd_hwdb' | 'json' | 'mac_prefix_list' | 'vendor_csv' | 'http_headers' | 'redirect' | 'resaved' | 'resaved_numbers' | 'gzip' | 'zip' | 'xls' | 'utf16' | 'binary' | 'unknown'; got: string
    /** For `resaved_numbers`: how many rows hold an assignment a spreadsheet turned into a number (`got` is the first). */
    rows?: number
  }
  | {
    code: 'registry_mismatch'; severity: 'error'; at: SourceLocation
    /** The registry the file was given for, and the one it is: an IEEE one, or IANA's enterprise numbers (`PEN`). */
    expected: OuiRegistry | 'PEN'; got: OuiRegistry | 'PEN'
  }
  | {
    code: 'registry_truncated'; severity: 'warning'; at: SourceLocation
    /** The registry of the file, if known: an IEEE one, or IANA's enterprise numbers (`PEN`). */
    registry?: OuiRegistry | 'PEN'
    /**
     * How the file ends: in the middle of a line (the IEEE's files and Wireshark's enterprises.tsv
     * end each line with a line break), in the middle of an entry (an MA-M, MA-S or IAB text
     * file whose last entry is its (hex) line alone), or without IANA's closing "End of Document" line.
     */
    ending: 'mid_line' | 'mid_entry' | 'no_end_marker'
    /** Whether the entry on the last line was skipped because its name may be cut. */
    skipped: boolean
  }
  // topology graph
  | { code: 'invalid_metric'; severity: 'error'; at: SourceLocation; a: string; b: string; value: number }
  | { code: 'invalid_coordinates'; severity: 'warning'; at: SourceLocation; id: string; lat: number; lon: number }
  | {
    code: 'default_link_metric'; severity: 'warning'; at: SourceLocation; network?: string
    /** Links without a metric with an end without coordinates, and those ends. */
    links: number; nodes: number; examples: { id: string; label: string | null }[]
    /** The metric they got, and how: the median or maximum of the other links, or the number given. */
    metric: number; basis: 'median' | 'max' | 'given'
    /** The links join two networks (`--interconnect`): their median or maximum is that of the other links between networks. */
    between?: true
    /** No other link of their network (or between networks) had a metric: the median or maximum is the whole graph's. */
    wholeGraph?: true
  }
  /** Every link of a network (`links`) gives the metric 1, and `placed` of them join nodes with coordinates. */
  | { code: 'hop_metrics_over_places'; severity: 'warning'; at: SourceLocation; network?: string; links: number; placed: number }
  /**
   * Links of a network that give their metric (`given` of them, typically `givenMedian`) beside links
   * that take the great-circle distance in km (`distance`, typically `distanceMedian`), on scales
   * more than tenfold apart.
   */
  | { code: 'mixed_link_metrics'; severity: 'warning'; at: SourceLocation; network?: string; given: number; givenMedian: number; distance: number; distanceMedian: number }
  | { code: 'directed_edges'; severity: 'warning'; at: SourceLocation; edges: number; total: number }
  /** GraphML `<hyperedge>`s (`hyperedges` of them), read as `links` links between every two endpoints of each. */
  | { code: 'hyperedges_meshed'; severity: 'warning'; at: SourceLocation; hyperedges: number; links: number }
  /** XGMML nodes defined only inside a group's nested graph (a group Cytoscape 2.x wrote collapsed), not read; `examples` their labels, else ids. */
  | { code: 'group_members_skipped'; severity: 'warning'; at: SourceLocation; nodes: number; examples: string[] }
  /** The network file of a Cytoscape 3 session (`.cys`): its nodes sit in sub-networks, their names in the session's tables. */
  | { code: 'cytoscape_session_network'; severity: 'error'; at: SourceLocation; nodes: number }
  /** GraphML nodes that hold a nested graph (yEd groups) and join no link: left out, their members read. */
  | { code: 'group_nodes_skipped'; severity: 'info'; at: SourceLocation; nodes: number; examples: string[] }
  /** A link object without one or both of the keys that name its ends; `found` holds the keys it has. */
  | { code: 'missing_link_ends'; severity: 'error'; at: SourceLocation; expected: [string, string]; found: string[] }
  /** Node-link JSON whose numeric link ends are positions in the node list, not node ids (`ends` of them name no id). */
  | { code: 'link_ends_by_position'; severity: 'warning'; at: SourceLocation; ends: number; nodes: number }
  /** NetBox cables that carry no traffic between devices, or are not there yet, by reason (counted once, at the first). */
  | { code: 'cables_skipped'; severity: 'warning'; at: SourceLocation; reasons: Partial<Record<'planned' | 'power' | 'console' | 'other', number>> }
  /** Patch panel ports (`ports` of them, on `panelCount` panels) where a cable path could go on by several ports; `panels` names the first few panels. */
  | { code: 'patch_paths_unresolved'; severity: 'warning'; at: SourceLocation; ports: number; panels: string[]; panelCount: number }
  /** Device names that several NetBox devices share (`count` of them; the first few in `names`). */
  | { code: 'duplicate_device_name'; severity: 'warning'; at: SourceLocation; names: string[]; count: number }
  /** A NetBox cable table export, which does not say what each cable ends on (interface, console or power port, patch panel). */
  | { code: 'cable_ends_untyped'; severity: 'warning'; at: SourceLocation; cables: number }
  // topology and flows
  | {
    code: 'malformed_xml'; severity: 'error'; at: SourceLocation; problem: string; /** the document the reader expects */ expected: string
    /** The XML is well formed, but its root element is not one the reader takes (an SVG given as a scan). */
    wrongRoot?: true
  }
  | { code: 'xml_doctype_rejected'; severity: 'error'; at: SourceLocation }
  /**
   * Well-formed XML whose root element is not the one the reader expects (`expected`, e.g.
   * `graphml`); `found` says what the root shows the file to be, when it is known.
   */
  | {
    code: 'unexpected_xml_root'; severity: 'error'; at: SourceLocation; root: string; expected: string
    found: 'graphml' | 'gexf' | 'sndlib' | 'nmap' | 'svg' | 'html' | 'drawio' | 'xgmml' | 'eve-ng' | 'virl' | 'unknown'
  }
  /** `elements`: the ids, attributes and statements of a DOT file, which its parser holds all at once. */
  | { code: 'input_too_large'; severity: 'error'; at: SourceLocation; what: 'characters' | 'bytes' | 'nodes' | 'links' | 'flows' | 'elements'; limit: number }
  | { code: 'malformed_sndlib'; severity: 'error'; at: SourceLocation; section: string; expected: string; got: string }
  /** An SNDlib file whose header names another type than `network` (`model`, `solution`): nothing is read. */
  | { code: 'sndlib_not_network'; severity: 'error'; at: SourceLocation; type: string }
  /** An SNDlib file with nodes and demands but no link (a demand matrix): no demand can be routed. */
  | { code: 'sndlib_demands_only'; severity: 'warning'; at: SourceLocation; nodes: number; demands: number }
  | { code: 'malformed_gml'; severity: 'error'; at: SourceLocation; expected: string; got: string }
  /**
   * Node positions of a file that are no longitude and latitude (`nodes` of the `total` nodes; the
   * first is at `at`, with its `x` and `y`): none of the file's positions is read as a place.
   */
  | { code: 'positions_not_geographic'; severity: 'warning'; at: SourceLocation; x: number; y: number; nodes: number; total: number }
  /** A REPETITA `.graph` or `.demands` line that does not read: `section` is `NODES`, `EDGES` or `DEMANDS`. */
  | { code: 'malformed_edge_list'; severity: 'error'; at: SourceLocation; got: string; /** a word where the metric goes, on a line cut at spaces: perhaps a name with a space */ word?: true }
  | { code: 'malformed_adjacency_list'; severity: 'error'; at: SourceLocation; expected: string; got: string }
  | { code: 'malformed_tgf'; severity: 'error'; at: SourceLocation; got: string }
  /** A neighbour line of `show isis database detail` that does not read, or one outside any LSP. */
  | { code: 'malformed_isis_database'; severity: 'error'; at: SourceLocation; expected: string; got: string }
  /** An IS-IS database of level 1 and level 2 (at the second banner): both are read as one network. */
  | { code: 'isis_levels_merged'; severity: 'info'; at: SourceLocation }
  /** Neighbours an IS-IS database names by system id alone (FRR does), which no hostname names: `ids` of them, a few as `examples`. */
  | { code: 'isis_system_ids_unnamed'; severity: 'warning'; at: SourceLocation; ids: number; examples: string[] }
  /** A line of `show ip ospf database router` (Junos: `show ospf database router extensive`) that does not read (a link's metric, a link outside any LSA); `dialect`: whose layout the line is in. */
  | { code: 'malformed_ospf_database'; severity: 'error'; at: SourceLocation; expected: string; got: string; dialect: OspfDialect }
  /** An OSPF database of several areas (at the second area's heading): all are read as one network. */
  | { code: 'ospf_areas_merged'; severity: 'info'; at: SourceLocation; areas: string[] }
  /** An OSPF database without router LSAs (network, summary or external LSAs alone): it gives no links. */
  | { code: 'ospf_router_lsas_missing'; severity: 'error'; at: SourceLocation; dialect: OspfDialect }
  | { code: 'malformed_repetita'; severity: 'error'; at: SourceLocation; section: 'NODES' | 'EDGES' | 'DEMANDS'; expected: string; got: string }
  | { code: 'malformed_brite'; severity: 'error'; at: SourceLocation; section: 'Nodes' | 'Edges'; expected: string; got: string }
  | { code: 'malformed_inet'; severity: 'error'; at: SourceLocation; expected: string; got: string }
  | { code: 'malformed_lgl'; severity: 'error'; at: SourceLocation; expected: string; got: string }
  | { code: 'malformed_kathara'; severity: 'error'; at: SourceLocation; got: string }
  /** A line of a Pajek network that does not read, with what its section takes. */
  | { code: 'malformed_pajek'; severity: 'error'; at: SourceLocation; expected: string; got: string }
  /** A Pajek network whose lines are written as a `*Matrix`, which is not read. */
  | { code: 'pajek_matrix'; severity: 'error'; at: SourceLocation }
  /** YAML that does not parse (a lab topology); `yamlCode` is the YAML parser's error code. */
  | { code: 'malformed_yaml'; severity: 'error'; at: SourceLocation; problem: string; yamlCode?: string }
  /** Links of a lab whose other end is outside the lab (containerlab's `host`, `mgmt-net`, `macvlan` ends): not links of the topology. */
  | { code: 'links_outside_lab'; severity: 'info'; at: SourceLocation; links: number; ends: string[] }
  /** Graphviz DOT that does not parse; `got` is the text found there, empty at the end of the file. */
  | { code: 'malformed_dot'; severity: 'error'; at: SourceLocation; expected: string; got: string }
  | {
    code: 'unknown_node'; severity: 'error'; at: SourceLocation; node: string; end: string; nodes: number
    /** Nodes the name may have meant (closest first), with their labels; absent when none was looked for. */
    suggestions?: { node: string; label?: string }[]
    /** Flow ends may also be labels and sites, not only ids. */
    names?: boolean
    /** An end of an interconnect link: the network it names, whose node it is not. */
    network?: string
    /** Flow ends may also be inventory devices (their id or name). */
    devices?: boolean
    /** The name is an inventory device's, and that device is on no topology node. */
    unplacedDevice?: boolean
  }
  | { code: 'unknown_network'; severity: 'error'; at: SourceLocation; network: string; known: string[] }
  /** A name several nodes share; with `devices`, the name of inventory devices that sit on several nodes. */
  | { code: 'ambiguous_node'; severity: 'error'; at: SourceLocation; node: string; matches: string[]; devices?: boolean }
  | { code: 'duplicate_node'; severity: 'error'; at: SourceLocation; id: string; first: SourceLocation }
  | { code: 'duplicate_flow'; severity: 'warning'; at: SourceLocation; id: string; first: SourceLocation }
  /**
   * A flow class that no class weight names (`top-secret`): its flows weigh `weight` per unit of
   * volume in the plan; `flows` counts them, `at` is the first; `known` lists the weights as `class=weight`.
   */
  | { code: 'unweighted_flow_class'; severity: 'warning'; at: SourceLocation; class: string; flows: number; weight: number; known: string[] }
  | { code: 'self_flow'; severity: 'warning'; at: SourceLocation; id: string; node: string }
  /** A GraphML `<data>` whose key no `<key>` declares, on a `node` or an `edge` (`on`). */
  | { code: 'unknown_key'; severity: 'warning'; at: SourceLocation; key: string; on?: 'node' | 'edge' }
  | { code: 'self_loop'; severity: 'info' | 'warning'; at: SourceLocation; node: string }
  /** Self-loops of an imported file, counted once at the first: `nodes` holds the first few. */
  | { code: 'self_loops_skipped'; severity: 'warning'; at: SourceLocation; links: number; nodes: string[] }
  | {
    /** Directed edges that give a pair of nodes a different metric each way: the link is routed both ways at the smaller one. */
    code: 'asymmetric_link_metrics'; severity: 'warning'; at: SourceLocation; links: number
    /** A few of them, nodes named as in other diagnostics (`Frankfurt (r1)`), with the metric each way. */
    examples: { a: string; b: string; ab: number; ba: number }[]
  }
  | { code: 'unknown_unit'; severity: 'warning'; at: SourceLocation; unit: string; known: string[] }
  /** Neighbour tables whose device no prompt line names: `neighbors` of them are taken to be those of `device`, the file's base name. */
  | { code: 'local_device_from_file'; severity: 'warning'; at: SourceLocation; device: string; neighbors: number }
  | { code: 'nothing_imported'; severity: 'warning'; at: SourceLocation; expected: 'nodes' | 'flows' | 'links' | 'cost rows' | 'prefixes' | 'flow records' | 'sites' }
  // prefix tables and flow records
  /**
   * A prefix table row whose prefix does not read: empty, no address, a length past the family's
   * bits, or bits set past its length (`network` is the prefix the row may have meant).
   */
  | { code: 'invalid_prefix'; severity: 'error'; at: SourceLocation; value: string; problem: 'empty' | 'not_an_address' | 'length' | 'host_bits'; network?: string }
  | { code: 'duplicate_prefix'; severity: 'warning'; at: SourceLocation; prefix: string; first: SourceLocation }
  /** A prefix table row whose node names no node of the topology. */
  | { code: 'prefix_unknown_node'; severity: 'error'; at: SourceLocation; node: string; prefix: string; suggestions: { node: string; label?: string }[] }
  // site maps (--site-map: an inventory's sites → topology nodes)
  /** A site map row whose node names no node of the topology. */
  | { code: 'site_map_unknown_node'; severity: 'error'; at: SourceLocation; node: string; site: string; suggestions: { node: string; label?: string }[] }
  /** A site given by two rows of a site map (in any case and spacing): which node it is would depend on the row order. */
  | { code: 'site_map_duplicate'; severity: 'error'; at: SourceLocation; site: string; node: string; first: SourceLocation; firstNode: string }
  /**
   * Sites of a site map that no inventory device has (a typo in the table, or another inventory's):
   * `sites` the first few, each with the inventory's sites on no node it may have meant; `count` all.
   */
  | { code: 'site_map_unused'; severity: 'warning'; at: SourceLocation; sites: { site: string; suggestions: string[] }[]; count: number }
  /**
   * An address of a flow log that is no inventory device's and in no prefix of the table (or no
   * table was given): its `records` (at `at`, the first) and their `bytes` are left out. With
   * `unplacedDevice`, the address is a device's, but that device sits on no node.
   */
  | { code: 'unknown_address'; severity: 'warning'; at: SourceLocation; address: string; records: number; bytes: number; prefixes: boolean; unplacedDevice?: boolean }
  /**
   * An address of a flow log that inventory devices on more than one node give (`nodes`), so it
   * tells no node: its `records` (at `at`, the first) and their `bytes` went to `placedOn`, the node
   * of the prefix that holds it, or, without one, are left out.
   */
  | { code: 'shared_device_address'; severity: 'warning'; at: SourceLocation; address: string; nodes: string[]; placedOn?: string; records: number; bytes: number }
  /**
   * Flow records whose times span no time (one record, or all in one instant, or none timed):
   * their volumes are taken over one second, so the Mbit/s are the megabits carried.
   */
  | { code: 'flow_records_no_span'; severity: 'warning'; at: SourceLocation; records: number }
  /**
   * Flows of a flow log between prefixes of no class, where the prefix table gives `classes` to
   * others: ordinary traffic, left out of the sensitive flows. `flows` node pairs carrying `bytes`
   * (`volume` Mbit/s over the log's span); `at` is the first record of them.
   */
  | { code: 'unclassified_flows'; severity: 'warning'; at: SourceLocation; flows: number; bytes: number; volume: number; classes: string[] }
  /**
   * A flow log's times, written without a zone, run across a change of daylight-saving time in the
   * `zone` of the machine running trustpath (UTC offsets in minutes, `fromOffset` to `toOffset`):
   * if the exporter ran in that zone, the capture lasted `spanInZone` seconds, not `span`.
   */
  | { code: 'flow_times_clock_change'; severity: 'warning'; at: SourceLocation; zone: string; fromOffset: number; toOffset: number; span: number; spanInZone: number }
  /** Records of a flow log that did not read beyond the first `reported`, which are reported one by one: left out too. */
  | { code: 'flow_records_skipped'; severity: 'error'; at: SourceLocation; records: number; reported: number }
  /** A flow record (`format` nfdump or zeek) whose field does not read: the record is left out. */
  | { code: 'invalid_flow_record'; severity: 'error'; at: SourceLocation; format: 'nfdump' | 'zeek' | 'vpc' | 'goflow' | 'ipfixcol2'; field: string; value: string; expected: string }
  // plan costs
  | { code: 'duplicate_cost_row'; severity: 'warning'; at: SourceLocation; role: string; model: string; first: SourceLocation }
  // plan schedule
  /** A second schedule row for a device: the first row stands. */
  | { code: 'duplicate_schedule_row'; severity: 'warning'; at: SourceLocation; device: string; first: SourceLocation }
  /**
   * A schedule row that puts a device's replacement (`field: 'phase'`) or the first phase it may be
   * touched in (`field: 'not_before'`, with the date written) after the phase of its deadline.
   * `deadline` is the remove-by date (absent for a prohibit finding, due in the first phase).
   */
  | {
    code: 'schedule_after_deadline'; severity: 'error'; at: SourceLocation; device: string; field: 'phase' | 'not_before'; value: string
    phase: string; deadlinePhase: string; deadline?: string; rule?: string
  }
  /**
   * A schedule row for a device that is no candidate for replacement: not in the inventory, or
   * with no prohibit or remove-by finding under the policy (clean, exempt, or only flagged).
   * `inInventory` tells the two apart. The row is ignored.
   */
  | {
    code: 'schedule_not_candidate'; severity: 'warning'; at: SourceLocation; device: string; inInventory: boolean; outOfService?: true
    /** The ids of the inventory's devices that share the name the row gives (more than one), which therefore schedules none. */
    sharedBy?: string[]
  }

/** The stable snake_case code of a diagnostic, safe to match on and to keep in JSON. */
export type DiagnosticCode = Diagnostic['code']

/** A value with the diagnostics found while producing it. */
export type WithDiagnostics<T> = { value: T; diagnostics: Diagnostic[] }

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}
