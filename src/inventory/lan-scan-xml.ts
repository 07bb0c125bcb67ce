/**
 * XML exports read as the rows of a table whose columns are what the tool found (so that a host
 * gives the device its CSV row gives, through `CsvDeviceBuilder`): those of two LAN scanners, and
 * PRTG's device table:
 *
 * - Angry IP Scanner's (`<scanning_report>`, XMLExporter in angryip/ipscan): a `<host address="…">`
 *   per host, with a `<result name="…">` per fetcher whose value is not null, the fetcher's name
 *   (`IP`, `Ping`, `Hostname`, `MAC Address`, `Web detect`…) as the column and the value in CDATA;
 * - Advanced IP Scanner's (`<Advanced_IP_scanner>`): a `<row>` per host, its attributes `status`
 *   (`alive`, else a host that did not answer), `name`, `ip`, `mac` (`00:00:00:00:00:00` for none),
 *   `manufacturer` (the scanner's reading of the MAC, not read), `http_title`, as Pentest
 *   Collaboration Framework's import of it reads them (Cyberwatch/Pentest-Collaboration-Framework,
 *   routes/ui/tools_addons/import_plugins/advanced_port_scanner/plugin.py: `row` attributes `ip`,
 *   `name`, `alias`, `netbiosname`, `os_version`, `status` "alive/unknown", `manufacturer`, `mac`,
 *   `has_http`, `http_title`), and as other importers that skip a row whose `status` is not
 *   `alive` do;
 * - PRTG's device table (`/api/table.xml?content=devices`, the format PRTG's manual recommends for
 *   its tables): `<devices>`, its `<prtg-version>`, then an `<item>` per device whose elements are
 *   the columns asked for (`<objid>`, `<probe>`, `<group>`, `<device>`, `<host>`, ...), as a PRTG
 *   client's test data holds it (ikaros/Prtg-for-Ruby, spec/xml/device_set.xml). An element ending
 *   in `_raw` is PRTG's raw value of a column (`<status_raw>3</status_raw>`, or counts such as
 *   `<upsens_raw>`), not read;
 * - Junos Space's device list (`GET /api/space/device-management/devices`, XML its default):
 *   `<devices uri="…" size="2">`, then a `<device key="…" uri="…">` per device whose elements are
 *   its fields (`<name>`, `<platform>`, `<serialNumber>`, `<OSVersion>`, `<ipAddr>`, ...), as
 *   dlete/juniper-csd-api's examples show one. A device's nested elements (its
 *   `<change-requests>`, each with a `<name>` of its own) are not its fields. It was refused as
 *   an inventory without devices.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { buildColumnMap, type ColumnMap } from './columns.js'
import { CsvDeviceBuilder } from './csv-device.js'
import { ScanXmlParser } from './scan-xml.js'

/** The root elements read here. */
/** PRTG's device table and Junos Space's device list (see the module comment). */
const PRTG_ROOT = 'devices'
/** The elements of a `<devices>` root that are one device each: PRTG's `<item>`, Junos Space's `<device>`. */
const DEVICES_ROWS: ReadonlySet<string> = new Set(['item', 'device'])

export const LAN_SCAN_ROOTS: ReadonlySet<string> = new Set(['scanning_report', 'Advanced_IP_scanner', PRTG_ROOT])

/**
 * Advanced IP Scanner's attributes, as the columns they are read as: its `manufacturer` and the
 * flags of the services it saw (`has_http`…) are not among them. `status` is read as a ping.
 */
const ADVANCED_IP_SCANNER_COLUMNS: readonly [attribute: string, column: string][] = [
  ['name', 'Name'], ['ip', 'IP'], ['mac', 'MAC'], ['http_title', 'HTTP Title'], ['status', 'Status'],
]

/** Reads either export (see the module comment), one device per host. */
export class LanScanXmlParser extends ScanXmlParser {
  private root: string | undefined
  /** The column of each name seen, in the order first seen (Angry IP Scanner's fetchers). */
  private readonly columns = new Map<string, number>()
  private builder: CsvDeviceBuilder | undefined
  /** Angry IP Scanner: the results of the host being read, and where it starts. */
  private host: { at: SourceLocation; values: Map<string, string> } | undefined
  /** Angry IP Scanner: the name of the result being read; PRTG: the column being read. */
  private result: string | undefined
  /** `<devices>`: how deep the element being read is in the device's (its fields are at 1). */
  private depth = 0

  constructor(file: string) {
    super(file, "a LAN scanner's XML export (Angry IP Scanner's <scanning_report>, Advanced IP Scanner's <Advanced_IP_scanner>), PRTG's device table or Junos Space's device list (<devices>)")
    this.collectText(() => this.result !== undefined)
    this.parser.on('opentag', (tag) => {
      if (this.failed) return
      if (this.root === undefined) {
        this.root = tag.name
        return
      }
      const a = tag.attributes as Record<string, string>
      if (this.root === 'Advanced_IP_scanner') {
        if (tag.name === 'row') this.advancedRow(a)
      } else if (this.root === PRTG_ROOT) {
        if (this.host === undefined) {
          if (DEVICES_ROWS.has(tag.name)) {
            this.host = { at: this.here(), values: new Map() }
            this.depth = 0
          }
        } else if (++this.depth === 1 && !tag.name.endsWith('_raw')) {
          this.result = tag.name
          this.text = ''
        }
      } else if (tag.name === 'host') {
        this.host = { at: this.here(), values: new Map() }
      } else if (tag.name === 'result' && this.host !== undefined && typeof a['name'] === 'string') {
        this.result = a['name']
        this.text = ''
      }
    })
    this.parser.on('closetag', (tag) => {
      if (this.failed) return
      if (this.root === PRTG_ROOT) return this.closeDevicesTag(tag.name)
      if (tag.name === 'result' && this.result !== undefined) {
        this.host?.values.set(this.result, this.text.trim())
        this.result = undefined
        this.text = ''
      } else if (tag.name === 'host' && this.host !== undefined && this.result === undefined) {
        const { at, values } = this.host
        this.host = undefined
        this.emit([...values], at)
      }
    })
  }

  /** A closing tag under a `<devices>` root: a field of the device, or the device itself. */
  private closeDevicesTag(name: string): void {
    if (this.host === undefined) return
    if (this.depth === 0) {
      const { at, values } = this.host
      this.host = undefined
      this.emit([...values], at)
      return
    }
    if (this.depth === 1 && this.result === name) {
      this.host.values.set(name, this.text.trim())
      this.result = undefined
      this.text = ''
    }
    this.depth--
  }

  /** One row of Advanced IP Scanner's export: its attributes read as columns, its status as a ping. */
  private advancedRow(attributes: Record<string, string>): void {
    const at = this.here()
    const values: [string, string][] = []
    for (const [attribute, column] of ADVANCED_IP_SCANNER_COLUMNS) {
      let v = attributes[attribute]
      if (v === undefined) continue
      if (attribute === 'status') v = v.trim().toLowerCase() === 'alive' ? 'alive' : 'dead'
      // The scanner's MAC of a host whose MAC it did not get.
      if (attribute === 'mac' && /^(?:00[:-]){5}00$/.test(v.trim())) continue
      values.push([column, v])
    }
    this.emit(values, at)
  }

  /** Hands one host's device to the sink, its values put in the columns of their names. */
  private emit(values: readonly [string, string][], at: SourceLocation): void {
    const sink = this.sink!
    let grown = false
    for (const [name] of values) {
      if (this.columns.has(name)) continue
      this.columns.set(name, this.columns.size)
      grown = true
    }
    // The columns are known from the first host on; a name first seen later (a result a host had
    // and the first had not) makes the map again, its warnings given once, with the first.
    if (grown || this.builder === undefined) this.builder = this.newBuilder(this.builder === undefined ? sink.diagnostics : [], at)
    const cells = new Array<string>(this.columns.size).fill('')
    for (const [name, value] of values) cells[this.columns.get(name)!] = value
    sink.device(this.builder.build(cells, at, sink.diagnostics), at, this.builder.byName)
  }

  private newBuilder(diagnostics: Diagnostic[], at: SourceLocation): CsvDeviceBuilder {
    const header = [...this.columns.keys()]
    const map: ColumnMap = buildColumnMap(header, at, diagnostics)
    // Advanced IP Scanner's status says whether the host answered, as Angry IP Scanner's ping does.
    if (this.root === 'Advanced_IP_scanner' && this.columns.has('Status')) {
      const status = this.columns.get('Status')!
      map.targets[status] = undefined
      map.ping = status
    }
    return new CsvDeviceBuilder(map)
  }
}
