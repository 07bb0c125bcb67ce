/**
 * The XML that GLPI Agent (and FusionInventory Agent before it) writes of the network devices it
 * finds and inventories over SNMP: what `glpi-netdiscovery --save <folder>` keeps in
 * `<folder>/netdiscovery` and, with `--inventory`, in `<folder>/netinventory` (GLPI Agent's manual,
 * glpi-project/doc-agent, man/glpi-netdiscovery.rst), and what the agent sends GLPI. Its root is
 * `<REQUEST>`; `<CONTENT>` holds a `<DEVICE>` per device, and `<QUERY>` (after it) says which:
 *
 * - a discovery (`NETDISCOVERY`): the device's fields are the children of `<DEVICE>`:
 *   `<SNMPHOSTNAME>` (its sysName), `<DNSHOSTNAME>`, `<NETBIOSNAME>`, `<IP>` and the `<IP>`s of
 *   `<IPS>`, `<MAC>`, `<MANUFACTURER>`, `<MODEL>`, `<SERIAL>`, `<DESCRIPTION>` (its sysDescr),
 *   `<FIRMWARE>`, `<LOCATION>` (its sysLocation);
 * - an inventory (`SNMPQUERY`): the same fields in `<DEVICE><INFO>`, with the name in `<NAME>` and
 *   the sysDescr in `<COMMENTS>`; beside `<INFO>` the device's `<COMPONENTS>`, `<FIRMWARES>` and
 *   `<PORTS>`.
 *
 * as GLPI's test data holds them (glpi-project/glpi, tests/fixtures/inventories/
 * 01-switch_discovery.xml, 01-switch_inventory.xml, connected_switch.xml). `<TYPE>` is GLPI's kind
 * of item (`NETWORKING`, `PRINTER`), not a model, and is not read; nor are the ports: the MACs of a
 * port's `<CONNECTIONS>` are those of the devices seen behind it, not the device's own.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { buildColumnMap } from './columns.js'
import { CsvDeviceBuilder } from './csv-device.js'
import { ScanXmlParser } from './scan-xml.js'

/** The root element of GLPI Agent's XML. */
export const GLPI_AGENT_ROOT = 'REQUEST'

/** The columns a device's fields are read as, in this order (see `FIELDS`). */
const COLUMNS = ['name', 'ip_address', 'addresses', 'macs', 'manufacturer', 'model', 'serial', 'sys_descr', 'firmware_version', 'snmp_location'] as const
type Column = (typeof COLUMNS)[number]

/** A device's field (an element of `<DEVICE>` or of its `<INFO>`) → its column. */
const FIELDS: Readonly<Record<string, Column>> = {
  NAME: 'name', SNMPHOSTNAME: 'name', DNSHOSTNAME: 'name', NETBIOSNAME: 'name',
  IP: 'ip_address', MAC: 'macs', MANUFACTURER: 'manufacturer', MODEL: 'model', SERIAL: 'serial',
  DESCRIPTION: 'sys_descr', COMMENTS: 'sys_descr', FIRMWARE: 'firmware_version', LOCATION: 'snmp_location',
}

/** Of the names a device may have, the one read: its sysName first, then its DNS and NetBIOS names. */
const NAME_ORDER = ['NAME', 'SNMPHOSTNAME', 'DNSHOSTNAME', 'NETBIOSNAME']

/** Reads the devices of GLPI Agent's network discovery or inventory XML (see the module comment). */
export class GlpiAgentXmlParser extends ScanXmlParser {
  /** The open elements, from the root's child down. */
  private readonly path: string[] = []
  private device: { at: SourceLocation; fields: Map<string, string>; addresses: string[] } | undefined
  private query = ''
  private devices = 0
  private readonly builder = new CsvDeviceBuilder(buildColumnMap([...COLUMNS], { file: '' }, []))

  constructor(file: string) {
    super(file, "GLPI Agent's network discovery or inventory (<REQUEST> with a <DEVICE> per device)")
    this.collectText(() => this.path.length > 0)
    this.parser.on('opentag', (tag) => {
      if (this.failed) return
      if (this.atRoot(tag.name, GLPI_AGENT_ROOT, 'not the XML of GLPI Agent')) return
      this.path.push(tag.name)
      this.text = ''
      if (this.path.length === 2 && this.path[0] === 'CONTENT' && tag.name === 'DEVICE') {
        this.device = { at: this.here(), fields: new Map(), addresses: [] }
      }
    })
    this.parser.on('closetag', () => {
      if (this.failed || this.path.length === 0) return
      const [, , ...inDevice] = this.path
      const value = this.text.trim()
      this.text = ''
      if (this.path.length === 1 && this.path[0] === 'QUERY') this.query = value
      else if (this.device !== undefined) this.field(inDevice, value)
      if (this.path.length === 2 && this.device !== undefined) this.emit()
      this.path.pop()
    })
  }

  /** A closed element of the device (its path under `<DEVICE>`): one of its fields, or an address. */
  private field(path: readonly string[], value: string): void {
    const device = this.device!
    if (value === '') return
    // Its fields, in <DEVICE> (a discovery) or in <DEVICE><INFO> (an inventory).
    const own = path.length === 1 ? path : path.length === 2 && path[0] === 'INFO' ? path.slice(1) : undefined
    if (own !== undefined && FIELDS[own[0]!] !== undefined && !device.fields.has(own[0]!)) device.fields.set(own[0]!, value)
    // Its addresses: <IPS><IP>, in either place.
    const ips = path.at(-2) === 'IPS' && path.at(-1) === 'IP' && (path.length === 2 || (path.length === 3 && path[0] === 'INFO'))
    if (ips && !device.addresses.includes(value)) device.addresses.push(value)
  }

  private emit(): void {
    const { at, fields, addresses } = this.device!
    this.device = undefined
    this.devices++
    const cells = COLUMNS.map(() => '')
    const name = NAME_ORDER.map((k) => fields.get(k)).find((v) => v !== undefined)
    if (name !== undefined) cells[COLUMNS.indexOf('name')] = name
    for (const [element, value] of fields) {
      const column = FIELDS[element]!
      if (column !== 'name') cells[COLUMNS.indexOf(column)] = value
    }
    cells[COLUMNS.indexOf('addresses')] = addresses.join(';')
    this.sink!.device(this.builder.build(cells, at, this.sink!.diagnostics), at, this.builder.byName)
  }

  override end(sink: Parameters<ScanXmlParser['end']>[0]): void {
    super.end(sink)
    // A computer's own inventory (<QUERY>INVENTORY</QUERY>) lists no network device.
    if (!this.failed && this.devices === 0 && this.query !== '' && this.query !== 'NETDISCOVERY' && this.query !== 'SNMPQUERY') {
      this.fail(`the root element is <${GLPI_AGENT_ROOT}>, GLPI Agent's, but its <QUERY> is ${this.query}, not a network discovery (NETDISCOVERY) or inventory (SNMPQUERY), and it lists no network device`, true)
    }
  }
}
