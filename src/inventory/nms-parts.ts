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
 */
import { headerKey } from './header-key.js'

/** The columns that name the NE a row belongs to: `NE` (Board, Subcard, Subrack Report), `NE Name`, `NEName`, `Ne Name`. */
const NE_COLUMNS: ReadonlySet<string> = new Set(['ne', 'nename'])

/** The columns that name a part of an NE. `Subrack Type` is not one: the NE Report has it too. */
const PART_COLUMNS: ReadonlySet<string> = new Set([
  'boardname', 'boardtype', 'boardfullname', 'subboardname', 'subboardtype', 'subrackname', 'subrackid', 'frametype', 'racktype', 'portname',
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
  '(NE Name, NE Type, NE IP Address, Software Version); each NE is then one device, identified by its NE type.'
