/**
 * The documented CSV columns of an inventory and how each maps onto `Device`.
 *
 * A CSV row is read in the CSV's own vocabulary (headers and string cells) and turned into a
 * `Device` by `CsvDeviceBuilder` (csv-device.ts), through the same field validators as JSON input.
 * The column list is exported so the README and `--help` print it.
 */
import { BANNER_PROTOCOLS, type BannerProtocol } from '../domain/device.js'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { TrustpathError } from '../errors.js'
import { parseDecimal } from '../util/decimal.js'
import { isPlaceholder } from '../util/placeholder.js'
import { TRANSLATED_HEADERS as T } from './column-translations.js'
import { isAddress } from './addresses.js'
import { headerKey } from './header-key.js'
import { shadowserverColumnMap } from './shadowserver.js'
import { MODULE_LIST_HINT, moduleInventoryColumn, NE_LIST_HINT, nmsPartColumn } from './nms-parts.js'
import { CONVERSATIONS_HINT, isWiresharkConversationsHeader } from './wireshark.js'

/** A scalar column that fills one field of a device. */
export type ScalarField =
  | 'id' | 'name' | 'site' | 'role' | 'network' | 'manufacturer' | 'model' | 'serial'
  | 'sysObjectID' | 'sysDescr' | 'firmwareVersion' | 'firmwareSha256'
  | 'manufactured' | 'purpose' | 'lat' | 'lon' | 'status' | 'purchased'

/** Where a CSV column's cells go. */
export type ColumnTarget =
  | { kind: 'scalar'; field: ScalarField }
  | { kind: 'macs' }
  | { kind: 'components' }
  /**
   * `byRow`: the protocol is the one the row names for its service (an internet scanner's export,
   * `ColumnMap.service`), when it names one; `protocol` otherwise.
   */
  | { kind: 'banner'; protocol: BannerProtocol; field?: string; byRow?: true }

/** One documented column: its canonical header, the other headers accepted for it, and what it holds. */
export type InventoryColumn = {
  name: string
  /** Other header spellings accepted on input (matched like `name`: only letters and digits count, without case). */
  aliases: readonly string[]
  /**
   * When a file has several columns for this field, the first non-empty cell of the best ranked
   * one wins: the order of `prefer`, else the canonical name, then the aliases in their order.
   */
  prefer?: readonly string[]
  description: string
  example: string
  target: ColumnTarget
}

const scalar = (field: ScalarField): ColumnTarget => ({ kind: 'scalar', field })

/** The documented CSV columns, in the order the README and `--help` list them. Only `id` is required. */
export const INVENTORY_COLUMNS: readonly InventoryColumn[] = [
  // Endpoint Central's computers: `resource_id`, `resource_name` (dannyota/hotpot, pkg/ingest/meec/computer/client.go).
  { name: 'id', aliases: ['device_id', 'asset_id', 'node_id', 'host_id', 'hostid', 'objid', 'uid', 'resource_id', ...T.id], description: 'Unique device id (required; when absent, the name column is the id)', example: 'd1', target: scalar('id') },
  {
    name: 'name',
    // sysName (Netdisco: "System Name") before hostname: LibreNMS keeps the address it polls in
    // hostname; Netdisco's "Device" (its DNS name, else its address) comes first. Addresses come last,
    // for scanner exports that know a device by nothing else (runZero: `names`, then `addresses`;
    // Tenable's asset export: `hostnames`, `fqdns`, then `ipv4s`; Claroty xDome: `ip_list`; Nautobot: `primary_ip4__host`).
    // Huawei's iMaster NCE and U2000 name a network element `NE Name` (`NEName` in U2020's
    // inventory) and its management address `NE IP Address`. Names in other languages come before
    // all addresses (column-translations.ts). Infoblox NetMRI writes `DeviceName`, `DeviceSysName`
    // and `DeviceIPDotted`; IP Fabric `hostname` and `loginIp`; Forward Networks `name` and `managementIps`.
    // ServiceNow's CIs keep a `fqdn` ("Fully Qualified Domain Name", Configuration Item [cmdb_ci] class).
    // GLPI Agent's toolbox heads its scan results' names `Device name or IP`. An asset tag names a
    // device that has no name, before its addresses: Snipe-IT requires a unique `Asset Tag` and
    // leaves the name optional (snipe/snipe-it, app/Models/Asset.php, its `$rules`), and its
    // unnamed assets (cameras, phones) were each an error. A device's list of addresses is last:
    // `IP Addresses`, `ipAddresses` (Kaspersky KUMA's assets, Domotz's `ip_addresses`, Defender for
    // IoT's; Defender for Endpoint's entries are records, read as interfaces), `IPv4 Addresses`,
    // one cell or list holding several.
    aliases: ['device_name', 'display_name', 'asset_name', 'device', 'sysName', 'device_sys_name', 'system_name', 'netbios_name', 'hostname', 'device_hostname', 'preferred_host_name', 'ansible_net_hostname', 'host', 'caption', 'computer_name', 'computer_dns_name', 'node_name', 'ne_name', 'label', 'names', 'asset_names', 'hostnames', 'fqdns', 'fqdn', 'fully_qualified_domain_name', 'device_name_or_ip', 'resource_name', ...T.name, 'asset_tag', 'ip_address', 'ip', 'ipv4_address', 'ipv4', 'asset_ip_address', 'int_ip_address', 'overwrite_ip', 'management_ip', 'management_ip_address', 'mgmt_ip', 'ne_ip_address', 'primary_ip4__host', 'login_ip', 'device_ip_dotted', 'management_ips', 'addresses', 'ip_addresses', 'ipv4_addresses', 'ipv6_addresses', 'ipv4s', 'ip_list', 'ipv6_address', 'oob_ip', ...T.address], description: 'Device name', example: 'rt-fra-01', target: scalar('name') },
  // Cisco Catalyst Center's network devices give the sysLocation the device reports as `snmpLocation`.
  { name: 'site', aliases: ['site_name', 'site_slug', 'location', 'location__name', 'building', 'locations_id', 'snmp_location', 'ip_location', ...T.site], description: 'Site id (a location column of another tool counts as the site)', example: 'fra', target: scalar('site') },
  { name: 'role', aliases: ['device_role', 'role_name'], description: 'Role: core, ran, transport, aggregation, access, cpe, camera, radio, server, other', example: 'core', target: scalar('role') },
  { name: 'network', aliases: ['operator', 'tenant', 'tenant__name', ...T.network], description: 'Operator network', example: 'op-de', target: scalar('network') },
  { name: 'manufacturer', aliases: ['vendor', 'make', 'brand', 'vendor_name', 'manufacturer_name', 'hardware_vendor', 'device_type__manufacturer__name', 'manufacturers_id', 'preferred_device_manufacturer', 'device_manufacturer', 'device_vendor', 'inv_hardware_system_manufacturer', 'system_manufacturer', ...T.manufacturer], description: 'Declared manufacturer (may be a brand)', example: 'Huawei', target: scalar('manufacturer') },
  {
    name: 'model',
    aliases: ['type', 'device_type', 'device_model', 'preferred_device_model', 'model_name', 'model_id', 'model_number', 'model_no', 'part_number', 'product_id', 'pid', 'platform_id', 'hardware', 'hardware_model', 'hw_model', 'machine_type', 'device_type__model', 'make_model', 'platform_str', 'platform', 'product_name', 'ansible_net_model', 'networkequipmentmodels_id', 'ne_type', 'product_type', 'aruba_part_no', 'inv_hardware_system_model', 'inv_hardware_system_model_name', 'system_model', ...T.modelNumber, ...T.model, ...T.type],
    // Part numbers are what model patterns read; a "type" column of most tools is a category
    // ("IP Camera", "Switch"), used only when nothing better is there. A "platform" is a product
    // id in Cisco Catalyst Center ("C9300-48P") but an operating system in NetBox ("Huawei VRP"):
    // it comes last. Catalyst Center's API names the product id `platformId` and writes a
    // description in `type` ("Cisco Catalyst 9300 Switch"): the product id wins. An `NE Type` is
    // the model in Huawei's NCE and U2000 ("NE40E-X8", "OptiX OSN 3500"); a product name beside
    // it (Ribbon's NE list) names the product better. Headers in other languages take the rank of
    // their English counterparts: a model number, a model, a type. ExtremeCloud IQ names the model
    // `product_type` ("AP_230", "NX9600"); Aruba Central's inventory has its `model` ("AP-505")
    // and the part number it is sold under (`aruba_part_no`, "R2H28A"), read when the model is empty.
    // Checkmk's views exported as CSV name their columns by painter: `inv_hardware_system_model`
    // is the inventory's model name (its `…_model_name` the legacy one).
    // Windows' `systeminfo /fo csv` writes the computer's DMI maker and model as `System
    // Manufacturer` and `System Model` (and the OS's maker, Microsoft, as `OS Manufacturer`, not
    // read): Jakub-Syrek/PS-Script-Mac, GetHostInfo.ps1; kellyjonbrazil/jc, jc/parsers/systeminfo.py.
    prefer: ['model_number', 'model_no', ...T.modelNumber, 'part_number', 'pid', 'product_id', 'platform_id', 'hardware_model', 'hw_model', 'model', ...T.model, 'inv_hardware_system_model', 'inv_hardware_system_model_name', 'system_model', 'device_model', 'preferred_device_model', 'device_type__model', 'ansible_net_model', 'networkequipmentmodels_id', 'model_name', 'product_name', 'product_type', 'ne_type', 'aruba_part_no', 'model_id', 'hardware', 'machine_type', 'make_model', 'platform_str', 'device_type', 'type', ...T.type, 'platform'], description: 'Model (NetBox: device type; LibreNMS: hardware; Cisco: PID)', example: 'NE40E-X8', target: scalar('model') },
  // IP Fabric's `sn` is its own "unique serial number" for the device, its `snHw` the serial the
  // device reports: the latter wins. ManageEngine's Endpoint Central, ServiceDesk Plus and
  // AssetExplorer name a computer's serial number its `Service Tag` (Dell's word for it), the key
  // their scans match assets by (manageengine.com, desktop-central/help/ec-sdp-integration: "Computer
  // name, Service Tag, IPAddress, Bios Version, Model, Manufacturer"; AssetExplorer Cloud's asset FAQ).
  // Tanium names its sensor of the computer's serial `Computer Serial Number` (beside `Computer
  // Name`, `Manufacturer`, `Model`: ServiceNow's Service Graph Connector for Tanium, "Supported
  // Tanium resource types"), the header of a question's results exported as CSV.
  { name: 'serial', aliases: ['serial_number', 'serial_no', 'device_serial_no', 'device_serial_number', 'device_serial', 'sn_hw', 'sn', 's/n', 'serialno_a', 'serial_number_a', 'ansible_net_serialnum', 'device_manufacturer_serial', 'esn', 'inv_hardware_system_serial', 'inv_hardware_system_serial_number', 'service_tag', 'computer_serial_number', ...T.serial], description: 'Serial number', example: '2102351234', target: scalar('serial') },
  { name: 'macs', aliases: ['mac', 'mac_address', 'mac_addresses', 'mac_addr', 'base_mac', 'physical_address', 'hardware_address', 'ethernet_mac', 'ethernet_mac_address', 'wifi_mac', 'wi_fi_mac', 'wifi_mac_address', 'macaddress_a', 'macaddress_b', 'mac_address_a', 'mac_address_b', 'asset_mac_addresses', 'macaddr', 'hwaddr', 'hw_address', 'link_layer_address', 'client_id', 'newest_mac', 'mac_list', 'network_interfaces_mac', 'ne_mac_address', 'device_mac', ...T.macs], description: 'MAC addresses, several separated by ";" (also "," or spaces)', example: '00:e0:fc:12:34:56;00:e0:fc:12:34:57', target: { kind: 'macs' } },
  // NetBrain's device attributes name the SNMP identity `oid` and `descr`, the software version
  // `ver`, the management address `mgmtIP` (its Get Devices API, `fullattr=1`: NetBrainAPI/NetBrain-REST-API-R11,
  // REST APIs Documentation/Devices Management/Get Devices API Version_1.md).
  { name: 'sys_object_id', aliases: ['sysObjectID', 'snmp_sys_object_id', 'snmp_oid', 'snmp_object_id', 'oid'], description: 'SNMP sysObjectID', example: '1.3.6.1.4.1.2011.2.62', target: scalar('sysObjectID') },
  // Checkmk's SNMP inventory puts the sysDescr into the hardware's product (`.hardware.system.product`,
  // exported as `inv_hardware_system_product`); for a host inventoried by its agent it is the DMI
  // product name ("PowerEdge R640"), which the sysDescr patterns read as the product it names.
  { name: 'sys_descr', aliases: ['sysDescr', 'sys_description', 'snmp_sys_descr', 'node_description', 'device_sys_descr', 'inv_hardware_system_product', 'descr'], description: 'SNMP sysDescr', example: 'Huawei Versatile Routing Platform Software', target: scalar('sysDescr') },
  { name: 'firmware_version', aliases: ['firmware', 'firmware_revision', 'firmware_ver', 'software_or_firmware_version', 'software_revision', 'software_version', 'sw_version', 'os_version', 'os_ver', 'operating_system_version', 'osver', 'ios_version', 'image_version', 'version', 'ver', 'ansible_net_version', 'networkequipmentfirmwares_id', 'software_version__version', 'device_version'], description: 'Firmware version', example: 'V800R011C00', target: scalar('firmwareVersion') },
  { name: 'firmware_sha256', aliases: [], description: 'SHA-256 of the firmware image (64 hex digits)', example: 'e3b0c442…', target: scalar('firmwareSha256') },
  { name: 'components', aliases: [], description: 'Hardware components as manufacturer:model:kind, several separated by ";"', example: 'HiSilicon:Hi3516:soc', target: { kind: 'components' } },
  { name: 'manufactured', aliases: ['manufacture_date', 'manufacturing_date', 'date_of_manufacture'], description: 'Date of manufacture or purchase (yyyy-mm-dd; a time after it is ignored; a year or a month alone, 2019 or 2019-06, is kept as such)', example: '2019-05-01', target: scalar('manufactured') },
  // The date bought or installed, which asset tools keep where they keep no date of manufacture:
  // Snipe-IT's `Purchase Date` (resources/lang/en-US/general.php, 'purchase_date'), ServiceNow's
  // `purchase_date` and `install_date` (alm_hardware, cmdb_ci).
  { name: 'purchased', aliases: ['purchase_date', 'date_of_purchase', 'purchased_date', 'date_purchased', 'acquired', 'acquisition_date', 'acquired_date', 'install_date', 'installation_date', 'installed_date', 'in_service_date'], description: 'Date bought or installed, read as the device\'s date when no manufactured date is given: it was made in the two years before it; beside one, the date a policy\'s acquired scope reads (same layouts as manufactured)', example: '2019-05-01', target: scalar('purchased') },
  { name: 'purpose', aliases: [...T.purpose], description: 'What the equipment is used for', example: 'public-safety', target: scalar('purpose') },
  { name: 'lat', aliases: ['latitude', 'location_lat', 'location_latitude', ...T.lat], description: 'Latitude in decimal degrees (a decimal comma is read too)', example: '50.11', target: scalar('lat') },
  { name: 'lon', aliases: ['longitude', 'lng', 'location_lon', 'location_longitude', ...T.lon], description: 'Longitude in decimal degrees (a decimal comma is read too)', example: '8.68', target: scalar('lon') },
  {
    name: 'status',
    // The lifecycle status as each tool names its column: NetBox's `status` (a CSV export writes its
    // label, "Decommissioning"), Nautobot's `status__name` (its CSV export's natural key), Snipe-IT's `Status` (`status_label` in its API),
    // ServiceNow's `install_status` (labelled "Status") and `operational_status`, Lansweeper's
    // `tblState.Statename`, GLPI's `states_id` (its "Status" dropdown, a name when the API expands
    // dropdowns). ServiceNow's install status is its record's lifecycle: it wins over the
    // operational status. A monitoring tool's `status` (LibreNMS, Observium: 1 or 0) is reachability
    // and is not kept (lifecycle.ts).
    aliases: ['status__name', 'install_status', 'status_label', 'statename', 'states_id', 'operational_status'],
    prefer: ['status', 'status__name', 'install_status', 'status_label', 'statename', 'states_id', 'operational_status'],
    description: 'Lifecycle status as the inventory records it (active, planned, in stock, retired...): kept, and its class reported with findings',
    example: 'Decommissioning', target: scalar('status'),
  },
]

/** The banner columns, described once for help texts: `banner_<protocol>` or `banner_<protocol>_<field>`. */
export const BANNER_COLUMN = {
  name: 'banner_<protocol>[_<field>]',
  description: `A captured banner; protocol is one of ${BANNER_PROTOCOLS.join(', ')}; ` +
    'field names the header or part (server, title, www-authenticate, user-agent, greeting)',
  examples: ['banner_ssh', 'banner_http_server', 'banner_http_title', 'banner_rtsp', 'banner_sip_user-agent'],
} as const

const BY_KEY: ReadonlyMap<string, ColumnTarget> = new Map(
  INVENTORY_COLUMNS.flatMap((c) => [c.name, ...c.aliases].map((h) => [headerKey(h), c.target] as const)),
)

/** Each header's rank among the columns of its field (see `InventoryColumn.prefer`): lower wins. */
const RANK: ReadonlyMap<string, number> = new Map(
  INVENTORY_COLUMNS.flatMap((c) => [...new Set([...(c.prefer ?? []), c.name, ...c.aliases].map(headerKey))].map((k, i) => [k, i] as const)),
)

/**
 * The rank of a header among the columns of its field (0 best; see `InventoryColumn.prefer`); 0
 * for banner and other columns, which all count.
 */
export function columnRank(header: string): number {
  const key = headerKey(header)
  return RANK.get(key) ?? RANK.get(headerKey(withoutNotes(header))) ?? RANK.get(withoutInstance(key) ?? '') ?? 0
}

/**
 * A column of Microsoft Configuration Manager (SCCM) as its SQL views name it, with the `0` these
 * views put after each property of a class (`v_R_System.Netbios_Name0`,
 * `v_GS_COMPUTER_SYSTEM.Manufacturer0` and `Model0`, `v_RA_System_MACAddresses.MAC_Addresses0`,
 * `v_GS_NETWORK_ADAPTER_CONFIGURATION.MACAddress0`), which a query run without `AS` aliases
 * exports as the headers (queries of Skatterbrainz/sccm, queries/cm_client_data.sql;
 * gvillant/ConfigMgrDev, SQL/List-All_ConfigmgrResources_NotClients.sql; DiegoShadow/SCCM,
 * SCCM_QUERY_PC_MAC_IP.sql): the header key without that `0`, when a letter comes before it.
 */
function withoutInstance(key: string): string | undefined {
  return /^\p{L}[\p{L}\p{N}]*\p{L}0$/u.test(key) ? key.slice(0, -1) : undefined
}

/**
 * A header without its parenthesised notes (`Manufacturer (OEM)` → `Manufacturer`) and without
 * the table its column comes from (Open-AudIT: `devices.manufacturer` → `manufacturer`) or the
 * prefix a tool puts before all its columns (Axonius: `Aggregated: Host Name` → `Host Name`).
 */
function withoutNotes(header: string): string {
  // NFKC first: full-width parentheses (`シリアル番号（BIOS）`) become ASCII ones.
  const text = header.normalize('NFKC')
  // Notes end at a ")", so none is past the last one: from each "(" with no ")" after it the
  // pattern scanned to the end of the text, and a title line of 20,000 "(" took seconds.
  const close = text.lastIndexOf(')')
  const noteless = close === -1 ? text : text.slice(0, close + 1).replace(/\([^)]*\)/g, ' ') + text.slice(close + 1)
  return noteless.replace(TABLE_PREFIX, '')
}

/**
 * The table name before a column name in SQL-style headers (`devices.`, `device.`, `system.`), or
 * Axonius's `Aggregated:`, which its exports put before each field that merges what several
 * sources said (`Aggregated: Network Interfaces: MAC`).
 */
const TABLE_PREFIX = /^\s*(?:(?:devices?|system)\.|aggregated\s*:)/i

/** A note in a manufacturer's header that says the value is not the maker's name as declared (see `resolveColumn`). */
const NOT_THE_MAKER_NOTE = /[(（][^)）]*\b(?:mac|oui|nic|ieee|reseller|resellers|supplier|seller|distributor|dealer|retailer)\b[^)）]*[)）]/i

const BANNER_PROTOCOL_SET: ReadonlySet<string> = new Set(BANNER_PROTOCOLS)

/** A system group object's header with its MIB and instance (see `resolveColumn`): the object's name. */
const SNMP_OBJECT_HEADER = /^(?:[A-Za-z][\w-]*::)?(sys[A-Za-z]+)\.0$/

/**
 * How well a value of a name key names its device, for a JSON record that fills several name
 * keys: 2 a name, 1 an address (an IPv4 or IPv6 address, or a MAC, which scans and monitoring
 * tools name a host by when they know no name), 0 a placeholder (`N/A`) or an address with a number
 * after it. A later key gives the name when its value names the device better, whatever the
 * ranks of the keys: ManageEngine OpManager's device list (`GET /api/json/device/listDevices`)
 * holds in `deviceName` its own key for the device, the address polled, or the address and its
 * object id (`"deviceName": "10.170.2.55.20000000001"`), and in `displayName` the name shown (as a
 * published connector's documentation of its records shows them: `"displayName": "10.170.2.55"`,
 * `"type": "Windows 10"`, `"vendorName": "Microsoft"`, `"category": "Desktop"`, `"moid"`, ...).
 * In a CSV the name column ranked first stays the name whatever it holds: Netdisco's `Device`, the
 * DNS name else the address, is what that tool knows a device by.
 */
export function nameQuality(value: string): 0 | 1 | 2 {
  if (isPlaceholder(value)) return 0
  const v = value.trim()
  if (IPV4.test(v)) return 1
  if (IPV4_AND_NUMBER.test(v)) return 0
  return ADDRESS.test(v) ? 1 : 2
}
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/
const IPV4_AND_NUMBER = /^\d{1,3}(?:\.\d{1,3}){3}\.\d+$/
/** An IPv6 address or a MAC written with colons (at least two), hexadecimal digits alone between them. */
const ADDRESS = /^(?=(?:[^:]*:){2})[\da-f:.]+$/i

/**
 * Whether a manufacturer written beside a model is the maker of the operating system the model
 * names, not of the device: Microsoft beside a Windows edition, as ManageEngine OpManager's device
 * list gives a computer it monitors (its device template: `"type": "Windows 10"`, `"vendorName":
 * "Microsoft"`, `"category": "Desktop"`), where the computer was declared Microsoft's. Such a
 * manufacturer declares nothing, and the model stays, unrecognised, to say what was written.
 */
export function isOsVendorBesideOs(manufacturer: string, model: string): boolean {
  return MICROSOFT.test(manufacturer) && WINDOWS.test(model)
}
const MICROSOFT = /^\s*microsoft(?:\s+corp(?:oration|\.)?)?\s*$/i
const WINDOWS = /^\s*(?:microsoft\s+)?windows\b/i

/**
 * A Windows product ID (`00330-80000-00000-AA123`; an OEM one `00330-50000-00000-AAOEM`; before
 * Windows Vista `55274-640-1234567-23456`), which `systeminfo` and the asset exports built on it
 * write as `Product ID`, Cisco's name for a part number: in a model column it is no model, and the
 * next model column gives the model.
 */
export function isWindowsProductId(cell: string): boolean {
  return WINDOWS_PRODUCT_ID.test(cell)
}
const WINDOWS_PRODUCT_ID = /^\d{5}-(?:\d{5}-\d{5}-[A-Z]{2}[A-Z\d]{3}|\d{3}-\d{7}-\d{5}|OEM-\d{7}-\d{5})$/

/**
 * The target of one CSV header, or undefined when the header is not a documented column.
 *
 * @example
 * resolveColumn('Vendor')               // { kind: 'scalar', field: 'manufacturer' }
 * resolveColumn('banner_sip_user-agent') // { kind: 'banner', protocol: 'sip', field: 'user-agent' }
 */
export function resolveColumn(header: string): ColumnTarget | undefined {
  const key = headerKey(header)
  const exact = BY_KEY.get(key)
  if (exact !== undefined) return exact
  const known = BY_KEY.get(headerKey(withoutNotes(header)))
  // A maker whose note says it was looked up from the MAC or is the seller (`Vendor (MAC)`,
  // `Manufacturer (OUI)`, `Vendor (reseller)`) is no declared manufacturer, as `MAC Vendor` is not.
  if (known !== undefined && !(known.kind === 'scalar' && known.field === 'manufacturer' && NOT_THE_MAKER_NOTE.test(header))) return known
  if (known !== undefined) return undefined
  // Configuration Manager's SQL views: `Manufacturer0`, `MAC_Addresses0` (see `withoutInstance`).
  const instance = withoutInstance(key)
  if (instance !== undefined && BY_KEY.has(instance)) return BY_KEY.get(instance)
  // An SNMP object as a MIB browser or `snmpget` names it: `SNMPv2-MIB::sysDescr.0`, `sysObjectID.0`.
  const object = SNMP_OBJECT_HEADER.exec(header.trim())?.[1]
  if (object !== undefined) return BY_KEY.get(headerKey(object))
  // Two names of one column, either of which the export's users know it by: `Vendor/Manufacturer`,
  // `Model/Type`. Names of different columns (`MAC/IP`) make no column.
  if (header.includes('/')) {
    const parts = header.split('/').map((p) => p.trim()).filter((p) => p !== '')
    const targets = parts.map((p) => BY_KEY.get(headerKey(p)) ?? BY_KEY.get(headerKey(withoutNotes(p))))
    if (parts.length >= 2 && targets.every((t) => t !== undefined && JSON.stringify(t) === JSON.stringify(targets[0]))) return targets[0]
  }
  const words = header.trim().toLowerCase().split(/[\s_.-]+/).filter((w) => w !== '')
  const protocol = words[1]
  if (words[0] === 'banner') {
    // banner_<protocol>[_<field>]: the field keeps its words, joined by "-" (user-agent, www-authenticate)
    if (words.length === 1) return { kind: 'banner', protocol: 'other' }
    if (protocol === undefined || !BANNER_PROTOCOL_SET.has(protocol)) return undefined
    const field = words.slice(2).join('-')
    return field === ''
      ? { kind: 'banner', protocol: protocol as BannerProtocol }
      : { kind: 'banner', protocol: protocol as BannerProtocol, field }
  }
  // "SSH Banner", "Telnet banner": <protocol> banner
  if (words.length === 2 && words[1] === 'banner' && BANNER_PROTOCOL_SET.has(words[0]!)) return { kind: 'banner', protocol: words[0] as BannerProtocol }
  if (isQualifiedMacHeader(header)) return { kind: 'macs' }
  return HEADER_BANNERS.get(headerKey(header))
}

/**
 * A word beside "MAC" in the header of one of a device's MAC columns: which interface or which of
 * several (`MAC Address 1`, `MAC Address 2`; `eth0 MAC`, `wlan0 MAC`; Jamf Pro's `Alternate MAC
 * Address`; `Wired MAC`, `Bluetooth MAC`, `iLO MAC`...; GLPI's `Networking - MAC address`: its
 * exports put the group of a search option before its name, "prefix by group name (corresponding to
 * optgroup in dropdown)", and NetworkPort's options come under `Networking`: glpi-project/glpi,
 * Search.php and NetworkPort.php). Any other word makes it another column
 * (`MAC Vendor`, the maker a tool looked up, is no MAC; nor are `MAC Count` or `Mac OS`).
 */
const MAC_QUALIFIER = /^(?:addr(?:ess(?:es)?)?|\d{1,2}|no|nr|primary|secondary|second|first|alt|alternate|other|additional|wired|wireless|wi|fi|wifi|wlan\d*|lan\d*|ethernet\d*|eth\d*|en\d*|em\d*|nic\d*|port\d*|ports|interface|interfaces|adapter|network|networking|bluetooth|bt|bmc|ipmi|ilo|idrac|mgmt|management|oob|base|burned|in|bia|current|last|seen|reported)$/

/** Whether a header is one of a device's MAC columns, qualified by interface or number (`MAC_QUALIFIER`). */
function isQualifiedMacHeader(header: string): boolean {
  // Letters and digits apart: `MAC1`, `eth0MAC` read as `MAC 1`, `eth0 MAC`; words of a camelCase
  // key apart (Jamf Pro's API: `altMacAddress`).
  const words = withoutNotes(header).replace(/(?<=[a-z\d])(?=[A-Z][a-z])/g, ' ').toLowerCase().replace(/mac(?=\d)/g, 'mac ').replace(/(?<=[a-z\d])mac\b/g, ' mac').split(/[^a-z\d]+/).filter((w) => w !== '')
  const mac = words.indexOf('mac')
  return mac >= 0 && words.length > 1 && words.every((w, i) => i === mac || MAC_QUALIFIER.test(w))
}

/**
 * How many different texts of a row's cells name a known column (a header row names some; a row
 * of data, none). A workbook's merged cell repeats its text in each cell it spans: counted once.
 */
export function namedColumns(cells: readonly string[]): number {
  // A line of a table aligned by spaces, a device's command output read as CSV for want of a
  // separator, is one cell of words apart (`ID                (m)      (dBm)`, under Huawei's
  // `ONT  SN  Type  Distance`): it names no column, though a word of it does.
  if (filledCells(cells) === 1 && cells.some((c) => ALIGNED_WORDS.test(c.trim()))) return 0
  const named = new Set<string>()
  for (const c of cells) if (c !== '' && !named.has(c) && resolveColumn(c) !== undefined) named.add(c)
  return named.size
}

/** Words set apart by three blanks or more, as a table aligned by spaces writes its columns. */
const ALIGNED_WORDS = /\S {3,}\S/

/** How many cells of a row are filled (not blank). */
export function filledCells(cells: readonly string[]): number {
  let n = 0
  for (const c of cells) if (c.trim() !== '') n++
  return n
}

/**
 * A row that names no known column and fills at most two cells: a report's title or date above a
 * table (Qualys writes its findings below such lines), looked past when the header is searched for.
 */
export function isTitleRow(cells: readonly string[]): boolean {
  return filledCells(cells) <= 2 && namedColumns(cells) === 0
}

/** Columns of scanner exports that hold one HTTP header or the page title. */
const HEADER_BANNERS: ReadonlyMap<string, ColumnTarget> = new Map<string, ColumnTarget>([
  // Angry IP Scanner's `Web detect` (`Web Erkennung` in German): the Server header of a HEAD
  // request to port 80 (WebDetectFetcher, resources/messages.properties and messages_de.properties, angryip/ipscan).
  ...['http_server', 'server_header', 'http_server_header', 'web_detect', 'web_erkennung'].map((h): [string, ColumnTarget] => [headerKey(h), { kind: 'banner', protocol: 'http', field: 'server' }]),
  ...['http_title', 'page_title', 'html_title'].map((h): [string, ColumnTarget] => [headerKey(h), { kind: 'banner', protocol: 'http', field: 'title' }]),
])

/** The header names a user may write, for `unknown_column` and `missing_column` diagnostics. */
const KNOWN_HEADERS: string[] = [...INVENTORY_COLUMNS.map((c) => c.name), BANNER_COLUMN.name]

/** The resolved header line of one CSV file. */
export type ColumnMap = {
  /** Parallel to the header cells; undefined for an ignored (unknown) column. */
  targets: (ColumnTarget | undefined)[]
  /** False when the `id` column is missing: no row can become a device. */
  usable: boolean
  /** True when there is no `id` column and the `name` column stands in for it. */
  idFromName?: boolean
  /** True when there is neither an `id` nor a `name` column and the first MAC stands in for the id. */
  idFromMac?: boolean
  /**
   * True when there is no `id`, `name` or MAC column and the serial number stands in for the id
   * (with `idFromName`, whose fallback to the serial it takes).
   */
  idFromSerial?: boolean
  /** Parallel to `targets`: the rank of each column among those of its field (`columnRank`). */
  ranks?: number[]
  /**
   * The column of a network scan's ping (Angry IP Scanner's `Ping`: the round trip in ms, or
   * `[n/a]` for a host that did not answer), by which a dead host's row is told (see
   * `CsvDeviceBuilder.build`).
   */
  ping?: number
  /**
   * In an internet scanner's export (a banner column, devices known by their name): the column
   * of the port each row's service was seen on, whose number joins the name in the id, and the
   * column of the protocol it names (see `serviceColumns`); with `tagInId`, that column's text
   * follows in the id (`ip:port/<tag>`: Shadowserver's reports, see shadowserver.ts).
   */
  service?: { port: number; protocol?: number; tagInId?: true }
  /**
   * Columns whose `|` stand for line breaks of the text captured, as Shadowserver's reports write
   * a banner (`|MikroTik v6.45.3 (stable)|Login:`; see shadowserver.ts).
   */
  lineBreaks?: number[]
}

/**
 * Resolves a CSV header line. Unknown columns give one `unknown_column` warning (on the header
 * line, naming them all) and are ignored; a missing `id` column gives a `missing_column` error.
 * Throws `input_invalid` for the header of a network management system's report of the parts of
 * its network elements (one row per board or port of each NE: see nms-parts.ts), and for that of
 * Netdisco's module inventory (one row per module of each device).
 */
export function buildColumnMap(header: readonly string[], at: SourceLocation, diagnostics: Diagnostic[]): ColumnMap {
  const part = nmsPartColumn(header)
  if (part !== undefined) {
    throw new TrustpathError('input_invalid', `the inventory lists the parts of network elements, one row per part ("${part}"), not devices`, { at, hint: NE_LIST_HINT })
  }
  const module = moduleInventoryColumn(header)
  if (module !== undefined) {
    throw new TrustpathError('input_invalid', `the inventory lists the modules of devices, one row per module ("${module}"), not devices`, { at, hint: MODULE_LIST_HINT })
  }
  if (isWiresharkConversationsHeader(header)) {
    throw new TrustpathError('input_invalid', 'the inventory is Wireshark\'s Conversations table: each row is a pair of addresses talking, not one device', { at, hint: CONVERSATIONS_HINT })
  }
  // Shadowserver's reports: their own columns, read as what they are (shadowserver.ts).
  const report = shadowserverColumnMap(header)
  if (report !== undefined) return report
  const targets = header.map((h) => resolveColumn(h))
  warnOfSellerColumns(header, targets, at, diagnostics)
  const taken = takeNameColumn(header, targets)
  if (taken !== undefined) {
    targets[taken] = scalar('name')
    diagnostics.push({ code: 'name_column_taken', severity: 'warning', at, column: header[taken]!.trim() })
  }
  const service = targets.some((t) => t?.kind === 'scalar' && t.field === 'id') ? undefined : serviceColumns(header, targets)
  if (service !== undefined) {
    // FOFA's `server` and `title` fields: the HTTP Server header and the page title of the service.
    header.forEach((h, i) => {
      const k = headerKey(h)
      if (targets[i] === undefined && (k === 'server' || k === 'title')) targets[i] = { kind: 'banner', protocol: 'http', field: k }
      // FOFA's and Hunter's `header`: a web service's response head, read header by header.
      else if (targets[i] === undefined && k === 'header') targets[i] = { kind: 'banner', protocol: 'http' }
    })
  }
  // Angry IP Scanner's `Ping` column (its fetcher `fetcher.ping`, resources/messages.properties):
  // read only to tell the hosts that did not answer.
  const pingAt = header.findIndex((h, i) => targets[i] === undefined && headerKey(h) === 'ping')
  const ping = pingAt >= 0 ? pingAt : undefined
  const used = new Set([service?.port, service?.protocol, ping])
  // One warning for all of them: exports of inventory tools carry many columns trustpath has no use for.
  const unknown = header.filter((h, i) => targets[i] === undefined && h.trim() !== '' && !used.has(i))
  // A header line that holds an address and no column trustpath knows is a first row of values: the
  // tool wrote no header (`shodan parse --fields ip_str,port,data`), or the rows were copied without
  // it. The error below says so; its values are no unknown columns.
  const valueInHeader = targets.every((t) => t === undefined) ? header.find((h) => isAddress(h.trim()))?.trim() : undefined
  if (unknown.length > 0 && valueInHeader === undefined) diagnostics.push({ code: 'unknown_column', severity: 'warning', at, columns: unknown, known: KNOWN_HEADERS })
  const columnsOf = (field: ScalarField) => targets.flatMap((t, i) => (t?.kind === 'scalar' && t.field === field ? [i] : []))
  const ids = columnsOf('id')
  // Exports of inventory tools (NetBox, asset managers) often have a unique name but no id column.
  const names = ids.length === 0 ? columnsOf('name') : []
  // Endpoint exports of network access control (Cisco ISE: `MACAddress,EndPointPolicy,...`) know
  // each endpoint by its MAC alone.
  const byMac = ids.length === 0 && names.length === 0 && targets.some((t) => t?.kind === 'macs')
  // Intune's export of its Windows Autopilot devices (`Serial number,Manufacturer,Model,Group
  // tag,Profile status,Purchase order`, as a published one shows it: hardware registered before it
  // is given a name) knows each device by its serial number alone.
  const bySerial = ids.length === 0 && names.length === 0 && !byMac && columnsOf('serial').length > 0
  if (ids.length === 0 && names.length === 0 && !byMac && !bySerial) {
    diagnostics.push({ code: 'missing_column', severity: 'error', at, column: 'id', expected: KNOWN_HEADERS, ...(valueInHeader !== undefined ? { valueInHeader } : {}) })
  }
  const ranks = header.map((h, i) => (targets[i]?.kind === 'scalar' ? columnRank(h) : 0))
  const map: ColumnMap = names.length > 0
    ? (service === undefined ? { targets, usable: true, idFromName: true, ranks } : { targets, usable: true, idFromName: true, ranks, service })
    : byMac ? { targets, usable: true, idFromMac: true, ranks }
    : bySerial ? { targets, usable: true, idFromName: true, idFromSerial: true, ranks } : { targets, usable: ids.length > 0, ranks }
  if (ping !== undefined) map.ping = ping
  return map
}

/**
 * The port and protocol columns of an internet scanner's export: a row per service seen on one
 * port of one address (FOFA's and Hunter's fields `ip,port,protocol,banner`; Criminal IP's
 * `ip_address,open_port_no,service_name,banner`), as Shodan's banners are. Known by its address
 * alone, each service of a host but the first was skipped as a repeated device, with its banner.
 * Only beside a banner column, and without a model or serial column: in a device list a `Port` is
 * the switch port a device is on. In
 * such an export FOFA's `server` and `title` fields are the HTTP Server header and the page title,
 * its `header` the response head.
 */
function serviceColumns(header: readonly string[], targets: readonly (ColumnTarget | undefined)[]): { port: number; protocol?: number } | undefined {
  if (!targets.some((t) => t?.kind === 'banner')) return undefined
  // A model or serial number column describes devices, a row each: no scanner's row of a service
  // has one, and there a `Port` is the switch port the device is on (`cam-7` on port 12 stays
  // `cam-7`, not `cam-7:12`, the name a topology and other files know it by).
  if (targets.some((t) => t?.kind === 'scalar' && (t.field === 'model' || t.field === 'serial'))) return undefined
  const keys = header.map(headerKey)
  const port = keys.findIndex((k, i) => targets[i] === undefined && (k === 'port' || k === 'openportno'))
  if (port === -1) return undefined
  const protocol = keys.findIndex((k, i) => targets[i] === undefined && (k === 'protocol' || k === 'servicename' || k === 'service'))
  return protocol === -1 ? { port } : { port, protocol }
}

/** Fields that say what a device is: a header with one of them describes devices. */
const DESCRIBING_FIELDS: ReadonlySet<ScalarField> = new Set<ScalarField>(['manufacturer', 'model', 'serial', 'sysDescr', 'sysObjectID', 'firmwareVersion'])

/**
 * The column that names the devices of a sheet whose header names no id, name or MAC column but
 * says what its devices are (a manufacturer, model or serial column): its first column, when
 * trustpath does not know it. A sheet kept by hand in another language heads it in its own words
 * (`Nombre del equipo`, `设备名称`, `Dirección IP`), and without it the whole file was refused; the
 * warning says which column was taken. Only the first: a summary sheet (`Manufacturer,Count`)
 * starts with what it counts, and its rows are no devices.
 */
function takeNameColumn(header: readonly string[], targets: readonly (ColumnTarget | undefined)[]): number | undefined {
  const has = (field: ScalarField) => targets.some((t) => t?.kind === 'scalar' && t.field === field)
  if (has('id') || has('name') || targets.some((t) => t?.kind === 'macs')) return undefined
  if (!targets.some((t) => t?.kind === 'scalar' && DESCRIBING_FIELDS.has(t.field))) return undefined
  return targets[0] === undefined && (header[0] ?? '').trim() !== '' ? 0 : undefined
}

/** Headers of the company a device was bought from when the header names its manufacturer apart. */
const SELLER_HEADERS: ReadonlySet<string> = new Set(['vendor', 'vendor_name'].map(headerKey))

/**
 * Warns of a `Vendor` column that stands beside a manufacturer column: ServiceNow's configuration
 * items have both, each a company, the manufacturer the maker and the vendor the company the item
 * was bought from (Configuration Item [cmdb_ci] class, ServiceNow docs: reference attributes
 * Manufacturer and Vendor, both to the Company table), as purchase sheets keep the reseller. The
 * column is still read where the manufacturer cell is empty: a vendor that is the maker (a router
 * bought from Huawei) then still names it, and missing a covered maker costs more than a reseller
 * declared as one, which names no maker of the catalog. A tool that names the maker `Vendor` (IP
 * Fabric, NAPALM, Netdisco) has no other manufacturer column, and gets no warning.
 */
function warnOfSellerColumns(header: readonly string[], targets: readonly (ColumnTarget | undefined)[], at: SourceLocation, diagnostics: Diagnostic[]): void {
  const isMaker = (t: ColumnTarget | undefined): boolean => t?.kind === 'scalar' && t.field === 'manufacturer'
  const maker = header.findIndex((h, i) => isMaker(targets[i]) && !SELLER_HEADERS.has(headerKey(h)))
  if (maker === -1) return
  header.forEach((h, i) => {
    if (!isMaker(targets[i]) || !SELLER_HEADERS.has(headerKey(h))) return
    diagnostics.push({ code: 'seller_column', severity: 'warning', at, column: h.trim(), maker: header[maker]!.trim() })
  })
}

/** `"50.11"` or `"50,11"` → 50.11; anything that is not a decimal number stays a string for the validator to report. */
export function toNumber(cell: string): number | string {
  return parseDecimal(cell) ?? cell
}
