/**
 * The reports of a telecom network management system that list the parts of each network element
 * (NE), one row per board, subcard, subrack or port, rather than the NEs themselves.
 *
 * Huawei's iMaster NCE and U2000 export, beside the NE Report (one row per NE: `NE Name`, `NE
 * Type`, `NE IP Address`, `Software Version`, ...), a Board Report (`NE`, `Board Name`, `Board
 * Type`, `NE Type`, `Slot ID`, `SN(Bar Code)`, ...), a Subcard Report (`NE`, `Subboard Name`, ...),
 * a Subrack Report (`NE`, `Subrack Name`, `Subrack ID`, ...), a Port Report and optical module
 * lists (`NE Name`, `Port Name`, ...). Huawei's RAN inventory lists boards (`NEName`, `NEType`,
 * `NEFdn`, `Board Name`, ...), subracks (`Frame Type`) and cabinets (`Rack Type`), and ZTE's port
 * lists are `Ne Name`, `Ne Type`, `Board Name`, `Port No`, .... Read as a device list,
 * such a report made its first board a device with that board's serial number and skipped every
 * later row of the NE as a duplicate.
 *
 * The inventory of the units of NEs as 3GPP's Inventory Management NRM names them (TS 32.692,
 * class InventoryUnit: `inventoryUnitType`, `vendorUnitFamilyType`, `vendorUnitTypeNumber`,
 * `vendorName`, `serialNumber`, `dateOfManufacture`, `unitPosition`, ...) is such a report too,
 * one row per board, fan or rack of each NE, when its rows name their NE: ZTE's NetNumen U31
 * exports it beside its NE list (`inventoryUnitId`, `inventoryUnitType`, `vendorUnitFamilyType`,
 * ..., `NE`, `NEType`: the columns a public parser of ZTE microwave CM exports reads from the
 * `_IM_` file, TRANS_MW_ZTE_CM_Parser; ZTE's RAN inventory as another reads it, `UserLabel`,
 * `NEType`, `NE`, `vendorName`, `vendorUnitFamilyType`: tabs11/login_example, process_zte.py).
 * Read as a device list, each board with an id of its own became a device, with that board's
 * serial number and date of manufacture.
 */
import { headerKey } from './header-key.js'

/** The columns that name the NE a row belongs to: `NE` (Board, Subcard, Subrack Report), `NE Name`, `NEName`, `Ne Name`. */
const NE_COLUMNS: ReadonlySet<string> = new Set(['ne', 'nename'])

/**
 * The columns that name a part of an NE. `Subrack Type` is not one: the NE Report has it too. The
 * last three are 3GPP's InventoryUnit attributes that say which unit a row is.
 */
const PART_COLUMNS: ReadonlySet<string> = new Set([
  'boardname', 'boardtype', 'boardfullname', 'subboardname', 'subboardtype', 'subrackname', 'subrackid', 'frametype', 'racktype', 'portname',
  'inventoryunittype', 'vendorunitfamilytype', 'vendorunittypenumber',
])

/**
 * The header cell that names a part of a network element when the header is that of a report
 * listing the parts of NEs (an NE column and a part column, see the module comment), else undefined.
 *
 * @example
 * nmsPartColumn(['NE', 'Board Name', 'Board Type', 'NE Type', 'Slot ID']) // 'Board Name'
 * nmsPartColumn(['NE Name', 'NE Type', 'NE IP Address'])                 // undefined
 */
export function nmsPartColumn(header: readonly string[]): string | undefined {
  if (!header.some((h) => NE_COLUMNS.has(headerKey(h)))) return undefined
  return header.find((h) => PART_COLUMNS.has(headerKey(h)))?.trim()
}

/** The hint of the refusal of such a report: the export to give instead. */
export const NE_LIST_HINT = 'Give the list of network elements instead, one row per NE: in Huawei\'s iMaster NCE or U2000 the NE Report ' +
  '(NE Name, NE Type, NE IP Address, Software Version), in ZTE\'s NetNumen U31 its list of NEs (not the inventory of their units); ' +
  'each NE is then one device, identified by its NE type.'

/**
 * The header cell that marks Netdisco's module inventory report when the header is one, else
 * undefined. The report (`moduleinventory_csv.tt`: `Device`, `Description`, `Name`, `Class`,
 * `Type`, `Model`, `Serial`, `HW Version`, `SW Version`, `FW Version`) has one row per module of
 * each device as ENTITY-MIB lists them (chassis, power supplies, fans, line cards): read as a
 * device list, each module became a device named by the module (`Chassis`, `PWR1`), with its own
 * model and serial number. It is told by `Class` (the module's entity class) beside `Device`,
 * `Name` and `Serial` and a version of the module's hardware, software or firmware.
 *
 * @example
 * moduleInventoryColumn(['Device', 'Description', 'Name', 'Class', 'Type', 'Model', 'Serial', 'HW Version']) // 'Class'
 * moduleInventoryColumn(['Device', 'Location', 'System Name', 'Model', 'OS Version', 'Serial'])          // undefined
 */
export function moduleInventoryColumn(header: readonly string[]): string | undefined {
  const keys = new Set(header.map(headerKey))
  if (!MODULE_COLUMNS.every((k) => keys.has(k)) || !MODULE_VERSION_COLUMNS.some((k) => keys.has(k))) return undefined
  return header.find((h) => headerKey(h) === 'class')?.trim()
}

const MODULE_COLUMNS: readonly string[] = ['device', 'name', 'class', 'serial']
const MODULE_VERSION_COLUMNS: readonly string[] = ['hwversion', 'swversion', 'fwversion']

/** The hint of the refusal of a module inventory: the export to give instead. */
export const MODULE_LIST_HINT = 'Give the list of devices instead, one row per device: in Netdisco the device search exported as CSV ' +
  '(Device, Location, System Name, Model, OS Version, Management IP, Serial); each device is then identified by its model.'
