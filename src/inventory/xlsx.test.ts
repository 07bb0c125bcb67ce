import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import type { Device } from '../domain/device.js'
import { TrustpathError } from '../errors.js'
import { buildWorkbook, textSheet, zipOf, type TestSheet, type TestWorkbook } from '../test-support/workbook.js'
import { isZip } from './formats.js'
import { notTextKind } from './not-text.js'
import { parseWorkbookInventory } from './parse.js'
import type { InventorySource } from './rows.js'

function read(book: TestWorkbook | Uint8Array, source: Partial<InventorySource> = {}) {
  const devices: Device[] = []
  const diagnostics: Diagnostic[] = []
  const locations: string[] = []
  const bytes = book instanceof Uint8Array ? book : buildWorkbook(book)
  for (const batch of parseWorkbookInventory(bytes, { file: 'assets.xlsx', ...source })) {
    devices.push(...batch.devices)
    diagnostics.push(...batch.diagnostics)
    locations.push(...batch.locations.map((at) => `${at.sheet}!${at.line}`))
  }
  return { devices, diagnostics, locations }
}

function thrown(f: () => unknown): TrustpathError {
  try {
    f()
  } catch (err) {
    expect(err).toBeInstanceOf(TrustpathError)
    return err as TrustpathError
  }
  throw new Error('nothing was thrown')
}

/** Sheets with one shared string table, as Excel writes it: each sheet's indices shifted into it. */
function sheetsOf(texts: ReturnType<typeof textSheet>[]): { sheets: TestSheet[]; strings: string[] } {
  let at = 0
  const strings: string[] = []
  const sheets = texts.map((t) => {
    const by = at
    at += t.strings.length
    strings.push(...t.strings)
    return { ...t.sheet, rows: t.sheet.rows.replace(/<v>(\d+)<\/v>/g, (_, i: string) => `<v>${Number(i) + by}</v>`) }
  })
  return { sheets, strings }
}

/** Styles as Excel writes them: 0 General, 1 a built-in date (14), 2 a custom date, 3 a zero-padded number, 4 a date and time (22), 5 scientific. */
const STYLES = '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/><numFmt numFmtId="165" formatCode="000000"/></numFmts>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="11" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'

describe('parseWorkbookInventory', () => {
  it('reads every kind of cell as the text a user sees, with each row\'s number as its line', () => {
    const { devices, diagnostics, locations } = read({
      strings: ['id', 'name', 'manufacturer', 'serial', 'manufactured', 'macs', 'model', 'purpose', 'rt-fra-01', 'Huawei', 'NE40E-X8'],
      styles: STYLES,
      sheets: [{
        name: 'Assets',
        rows: '<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>' +
          '<c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c></row>' +
          // an id typed as a number, a serial of 12 digits (Excel shows 2.10235E+11), a date cell, an empty cell between
          '<row r="2"><c r="A2"><v>120000</v></c><c r="B2" t="s"><v>8</v></c><c r="C2" t="s"><v>9</v></c><c r="D2"><v>210235123456</v></c>' +
          '<c r="E2" s="1"><v>43586</v></c><c r="G2" t="s"><v>10</v></c><c r="H2" t="b"><v>1</v></c></row>' +
          // a number written by another tool as 120001.0 and in exponent form, a custom date format, an inline string, a zero-padded serial
          '<row r="3"><c r="A3"><v>120001.0</v></c><c r="B3" t="inlineStr"><is><t>sw-muc-02</t></is></c><c r="C3" t="inlineStr"><is><r><rPr><b/></rPr><t>Z</t></r><r><t xml:space="preserve">TE </t></r></is></c>' +
          '<c r="D3" s="3"><v>4711</v></c><c r="E3" s="2"><v>44197</v></c><c r="F3" t="str"><f>LOWER("00:E0:FC:00:00:01")</f><v>00:e0:fc:00:00:01</v></c></row>' +
          '<row r="5"><c r="A5"><v>1.2E5</v></c><c r="B5" t="str"><f>"cam-"&amp;A5</f><v>cam-120000</v></c><c r="E5" s="4"><v>43586.5</v></c><c r="D5" s="5"><v>1234567</v></c></row>',
      }],
    })
    expect(devices).toEqual([
      { id: '120000', name: 'rt-fra-01', manufacturer: 'Huawei', model: 'NE40E-X8', serial: '210235123456', manufactured: '2019-05-01', purpose: 'TRUE' },
      { id: '120001', name: 'sw-muc-02', manufacturer: 'ZTE', serial: '004711', manufactured: '2021-01-01', macs: ['00:e0:fc:00:00:01'] },
    ])
    // The third row repeats the id 120000 (1.2E5): skipped as a duplicate, at its row.
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'assets.xlsx:Assets!5: warning: device id "120000" was already used at assets.xlsx:Assets!2; this row (serial "1234567") is skipped. Give every device a unique id.',
    ])
    expect(locations).toEqual(['Assets!2', 'Assets!3'])
  })

  it('reads a date cell as its date, and a number of General format in a date column as an Excel date serial, with a warning at its row', () => {
    const { devices, diagnostics } = read({
      strings: ['id', 'manufacturer', 'purchase_date', 'ph-1', 'ph-2', 'Honor'],
      styles: STYLES,
      sheets: [{
        name: 'Assets',
        rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
          // a date cell (built-in format 14) and the same serial with no format, as a sheet filled by a script shows it
          '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>43831</v></c></row>' +
          '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c><c r="C3"><v>43831</v></c></row>',
      }],
    })
    expect(devices.map((d) => [d.id, d.manufactured])).toEqual([['ph-1', '2020-01-01'], ['ph-2', '2020-01-01']])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'assets.xlsx:Assets!3: warning: field "purchased" has the value "43831", a number, read as the Excel date serial it is: 2020-01-01 ' +
        '(Excel\'s 1900 date system). Format the column as a date before saving, or write 2020-01-01, to read it without this warning.',
    ])
  })

  it('reads a Lansweeper asset report and a ServiceNow list export as they are saved to Excel', () => {
    const lansweeper = textSheet('Report', [
      ['AssetID', 'AssetName', 'AssetType', 'OS', 'Model', 'Manufacturer', 'IPAddress', 'MACAddress', 'Description', 'Location', 'Serialnumber', 'Lastseen'],
      ['1042', 'cam-lobby-01', 'Camera', '', 'DS-2CD2143G2-I', 'Hikvision', '192.0.2.40', 'C056E3000001', 'Lobby camera', 'HQ', 'E12345678', '2026-11-30 08:00:00'],
    ])
    expect(read({ sheets: [lansweeper.sheet], strings: lansweeper.strings }).devices).toEqual([{
      id: '1042', name: 'cam-lobby-01', site: 'HQ', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'E12345678', macs: ['c0:56:e3:00:00:01'], addresses: ['192.0.2.40'],
    }])
    // ServiceNow exports a list with its column labels, and no id column: the name is the id.
    const servicenow = textSheet('Page 1', [
      ['Name', 'Class', 'Manufacturer', 'Model ID', 'Serial number', 'IP Address', 'MAC Address', 'Location'],
      ['sw-acc-12', 'IP Switch', 'Huawei Technologies Co., Ltd.', 'S5735-L48T4X-A1', '2102351234', '192.0.2.12', '00:e0:fc:00:00:12', 'Berlin'],
    ])
    expect(read({ sheets: [servicenow.sheet], strings: servicenow.strings }).devices).toEqual([{
      id: 'sw-acc-12', name: 'sw-acc-12', site: 'Berlin', manufacturer: 'Huawei Technologies Co., Ltd.', model: 'S5735-L48T4X-A1', serial: '2102351234', macs: ['00:e0:fc:00:00:12'], addresses: ['192.0.2.12'],
    }])
  })

  it('reads Qualys\'s findings saved as a workbook below the lines about the report and the scan', () => {
    const book = textSheet('Scan_Results', [
      ['Scan Results', '12/01/2026 at 10:00:00 (GMT+0100)'],
      ['Example Corp', '1 Main St', 'Springfield', 'IL', 'United States of America', '62701'],
      ['Launch Date', 'Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title'],
      ['12/01/2026 at 09:00:00 (GMT+0100)', '2', '2', 'On demand', 'Finished', 'scan/1764576000.12345', 'scanner01', '00:20:00', 'Network scan'],
      [],
      ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'Results'],
      ['10.1.1.1', 'sw-core-01.example.net', '', 'Linux 2.6', 'host scanned, found vuln', '38050', 'SSH Banner', 'Ig', '1', '22', 'tcp', 'SSH-2.0-HUAWEI-1.5'],
      ['10.1.1.1', 'sw-core-01.example.net', '', 'Linux 2.6', 'host scanned, found vuln', '43007', 'Network Adapter MAC Address', 'Ig', '1', '', '', 'Method\tMAC Address\tVendor\nARP\t00:E0:FC:12:34:56\tHUAWEI TECHNOLOGIES CO.,LTD'],
    ])
    const { devices, diagnostics } = read({ sheets: [book.sheet], strings: book.strings })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '10.1.1.1', name: 'sw-core-01.example.net', macs: ['00:e0:fc:12:34:56'], banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] }])
  })

  it('skips the total row under a sheet\'s table with a warning', () => {
    const book = textSheet('Assets', [
      ['Name', 'Manufacturer', 'Ports'],
      ['sw-acc-12', 'Huawei', '48'],
      ['Grand Total', '', '48'],
    ])
    const { devices, diagnostics } = read({ sheets: [book.sheet], strings: book.strings })
    expect(devices.map((d) => d.id)).toEqual(['sw-acc-12'])
    expect(diagnostics.filter((d) => d.code !== 'unknown_column').map((d) => formatDiagnostic(d))).toEqual([
      'assets.xlsx:Assets!3: warning: this row, "Grand Total 48", is a spreadsheet\'s total, not a device: it is skipped.',
    ])
  })

  it('reads the NE Report of Huawei\'s iMaster NCE saved as a workbook below its title rows, and refuses its Board Report', () => {
    const ne = textSheet('NE Report', [
      ['NE Report'],
      ['Save Time: 06/24/2025 09:55:13'],
      ['User Name:admin'],
      ['Total 2 Records'],
      ['NE Name', 'NE Type (MPU Type)', 'NE IP Address', 'Software Version', 'Subnet', 'Subnet Path', 'Physical Location', 'Created On', 'NE Alias', 'Patch Version List', 'ESN'],
      ['CAI-POC2-01', 'NE40E-X8A', '10.20.0.1', 'NE40E V800R021C10SPC600', 'POC2', 'ROOT/POC2', '', '2024-03-11 10:12:40', '', 'SPH126', '2102351931P0M8000123'],
      ['CAI-OSN-05', 'OptiX OSN 3500', '129.9.0.5', '5.21.17.10', 'SDH', 'ROOT/SDH', '', '2015-05-20 11:20:00', '', '', ''],
    ])
    const { devices, locations } = read({ sheets: [ne.sheet], strings: ne.strings })
    expect(devices).toEqual([
      { id: 'CAI-POC2-01', name: 'CAI-POC2-01', model: 'NE40E-X8A', serial: '2102351931P0M8000123', addresses: ['10.20.0.1'], firmware: { version: 'NE40E V800R021C10SPC600' } },
      { id: 'CAI-OSN-05', name: 'CAI-OSN-05', model: 'OptiX OSN 3500', addresses: ['129.9.0.5'], firmware: { version: '5.21.17.10' } },
    ])
    expect(locations).toEqual(['NE Report!6', 'NE Report!7'])
    const board = textSheet('Board Report', [
      ['Board Report'],
      ['Save Time: 06/24/2025 09:55:20'],
      ['NE', 'Board Name', 'Board Type', 'NE Type', 'Subrack ID', 'Slot ID', 'SN(Bar Code)', 'PN(BOM Code/Item)', 'Manufacture Date'],
      ['CAI-POC2-01', 'LPU 1', 'DEVLPUF-21', 'NE40E-X8A', '1', '1', '210305253310B2000065', '03052533', '2011-02-13'],
    ])
    const err = thrown(() => read({ sheets: [board.sheet], strings: board.strings }))
    expect(err.code).toBe('input_invalid')
    expect(err.at).toEqual({ file: 'assets.xlsx', sheet: 'Board Report', line: 3 })
    expect(err.hint).toMatch(/NE Report \(NE Name, NE Type, NE IP Address, Software Version\)/)
  })

  it('takes the first row naming a known column as the header, below a merged title row, and fills merged cells', () => {
    const { sheet, strings } = textSheet('Inventory', [
      ['Network equipment, Frankfurt office', '', ''],
      [],
      ['Hostname', 'Site', 'MAC addresses', ''],
      ['rt-fra-01', 'fra', '00:e0:fc:00:00:01', '00:e0:fc:00:00:02'],
      ['rt-fra-02', '', '00:e0:fc:00:00:03', ''],
    ])
    // The title spans A1:C1, "MAC addresses" spans C3:D3, the site "fra" spans B4:B5.
    sheet.after = '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="C3:D3"/><mergeCell ref="B4:B5"/></mergeCells>'
    const { devices, diagnostics } = read({ sheets: [sheet], strings })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: 'rt-fra-01', name: 'rt-fra-01', site: 'fra', macs: ['00:e0:fc:00:00:01', '00:e0:fc:00:00:02'] },
      { id: 'rt-fra-02', name: 'rt-fra-02', site: 'fra', macs: ['00:e0:fc:00:00:03'] },
    ])
  })

  it('skips a section title and a note merged across a hand-made sheet\'s table, with a warning, where each became a device of that name and maker', () => {
    const { sheet, strings } = textSheet('Site B', [
      ['Site B switches'],
      ['Hostname', 'IP', 'Manufacturer', 'Model', 'Serial'],
      ['Floor 2'],
      ['sw-b-01', '10.0.0.1', 'Huawei', 'S5735-L24T4S-A1', '2102351'],
      ['sw-b-02', '10.0.0.2', 'Huawei', 'S5735-L24T4S-A1', '2102352'],
      [],
      ['Note: both switches are to be replaced in 2027.'],
      [],
    ])
    // The title spans A1:E1, the section title A3:E3, the note A7:E8 (two rows high).
    sheet.after = '<mergeCells count="3"><mergeCell ref="A1:E1"/><mergeCell ref="A3:E3"/><mergeCell ref="A7:E8"/></mergeCells>'
    const { devices, diagnostics } = read({ sheets: [sheet], strings })
    expect(devices.map((d) => d.id)).toEqual(['sw-b-01', 'sw-b-02'])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'assets.xlsx:\'Site B\'!3: warning: this row, "Floor 2", is one cell merged across the table (a note or a section title), not a device: it is skipped.',
      'assets.xlsx:\'Site B\'!7: warning: this row, "Note: both switches are to be replaced in 2027.", is one cell merged across the table (a note or a section title), not a device: it is skipped.',
      'assets.xlsx:\'Site B\'!8: warning: this row, "Note: both switches are to be replaced in 2027.", is one cell merged across the table (a note or a section title), not a device: it is skipped.',
    ])
  })

  it('reads a device row whose cells are merged in part, and a site merged down its rows', () => {
    const { sheet, strings } = textSheet('Inventory', [
      ['Hostname', 'Site', 'Manufacturer', 'Model', 'Description'],
      ['sw-b-01', 'B4', 'Huawei', 'S5735-L24T4S-A1', ''],
      ['sw-b-02', '', 'Huawei', 'S5735-L24T4S-A1', ''],
    ])
    sheet.after = '<mergeCells count="2"><mergeCell ref="D2:E2"/><mergeCell ref="B2:B3"/></mergeCells>'
    const { devices, diagnostics } = read({ sheets: [sheet], strings })
    expect(diagnostics.filter((d) => d.code !== 'unknown_column')).toEqual([])
    expect(devices.map((d) => [d.id, d.site, d.model])).toEqual([['sw-b-01', 'B4', 'S5735-L24T4S-A1'], ['sw-b-02', 'B4', 'S5735-L24T4S-A1']])
  })

  it('takes the row of column names under a row of group names that spans them', () => {
    const { sheet, strings } = textSheet('Inventory', [
      ['Device', '', '', '', 'Network', ''],
      ['Hostname', 'Vendor', 'Model', 'Serial', 'MAC Address', 'IP'],
      ['sw-fra-01', 'Huawei', 'S5735-L24T4S-A', '2102351', '00:e0:fc:00:00:01', '10.0.0.1'],
    ])
    // "Device" spans A1:D1 and fills each of its cells; "Network" spans E1:F1.
    sheet.after = '<mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="E1:F1"/></mergeCells>'
    const { devices } = read({ sheets: [sheet], strings })
    expect(devices).toEqual([{ id: 'sw-fra-01', name: 'sw-fra-01', manufacturer: 'Huawei', model: 'S5735-L24T4S-A', serial: '2102351', macs: ['00:e0:fc:00:00:01'], addresses: ['10.0.0.1'] }])
  })

  it('skips a cover page and hidden sheets, and says which sheet it read', () => {
    const data = textSheet('Devices', [['id', 'manufacturer'], ['d1', 'Dahua']])
    const cover = { name: 'Cover', rows: '<row r="2"><c r="B2" t="inlineStr"><is><t>Asset register 2026</t></is></c></row>' }
    const hidden = { name: 'Lookup', state: 'hidden' as const, rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>x1</t></is></c></row>' }
    const { devices, diagnostics } = read({ sheets: [cover, hidden, data.sheet], strings: data.strings })
    expect(devices).toEqual([{ id: 'd1', manufacturer: 'Dahua' }])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'assets.xlsx:Devices: warning: read the sheet "Devices": the sheets before it ("Cover", "Lookup") are hidden or name no inventory column in their first rows. Pass --sheet <name|number> to read another sheet.',
    ])
    // --sheet picks one by name or number, hidden or not; a sheet that is not there is refused with the list.
    expect(read({ sheets: [cover, hidden, data.sheet], strings: data.strings }, { sheet: '2' }).devices).toEqual([{ id: 'x1' }])
    const err = thrown(() => read({ sheets: [cover, hidden, data.sheet], strings: data.strings }, { sheet: 'Switches' }))
    expect(err.code).toBe('input_invalid')
    expect(`${err.message}. ${err.hint}`).toBe('the workbook has no sheet "Switches". Pass --sheet with one of its sheets, by name or number: 1 "Cover", 2 "Lookup" (hidden), 3 "Devices".')
  })

  it('reads every sheet that lists devices, one per kind or site, with ids unique across them, and names a summary sheet it does not read', () => {
    const { sheets, strings } = sheetsOf([
      textSheet('Switches', [['Hostname', 'Manufacturer', 'Model', 'Serial'], ['sw1', 'Huawei', 'S5735-L24T4S-A1', '2102351'], ['sw2', 'Huawei', 'S5735-L24T4S-A1', '2102352']]),
      // A camera left with the name of a switch is another device (its serial differs); sw2 listed again with its serial is a repeat.
      textSheet('Cameras', [['Hostname', 'Manufacturer', 'Model', 'Serial'], ['cam1', 'Hikvision', 'DS-2CD2143G2-I', 'J1'], ['sw1', 'Hikvision', 'DS-2CD2143G2-I', 'J2'], ['sw2', 'Huawei', '', '2102352']]),
      // A summary names a known column (the manufacturer), but no column tells its rows apart as devices.
      textSheet('Summary', [['Manufacturer', 'Count'], ['Huawei', '2'], ['Hikvision', '1']]),
      textSheet('Phones', [['Hostname', 'Manufacturer', 'Model']]),
      textSheet('Old', [['Hostname', 'Manufacturer'], ['sw0', 'ZTE']]),
    ])
    sheets[4] = { ...sheets[4]!, state: 'hidden' }
    const { devices, diagnostics, locations } = read({ sheets, strings })
    expect(devices.map((d) => d.id)).toEqual(['sw1', 'sw2', 'cam1', 'sw1/Cameras'])
    expect(locations).toEqual(['Switches!2', 'Switches!3', 'Cameras!2', 'Cameras!3'])
    expect(diagnostics.filter((d) => d.code !== 'unknown_column').map((d) => formatDiagnostic(d))).toEqual([
      'assets.xlsx: info: read the 3 sheets "Switches", "Cameras", "Phones" one after another, each with its header: ids are unique across them, as across files. Pass --sheet <name|number> to read one only.',
      'assets.xlsx: warning: the sheet "Summary" names inventory columns but none that tells devices apart (an id, a name, a MAC or a serial number column), and is not read. ' +
        'Name the column that identifies each device "id" or "name", or pass --sheet "Summary" to see what is missing.',
      'assets.xlsx:Cameras!3: warning: device id "sw1" was already used at assets.xlsx:Switches!2 by another device (their serial numbers differ): this one is read as "sw1/Cameras".',
      'assets.xlsx:Cameras!4: warning: device "sw2" is the one read at assets.xlsx:Switches!3 (the same serial number): this row is skipped, as a device is read from the first row that names it.',
    ])
    // With --sheet, the sheet asked for is read, and nothing is said of the others.
    const asked = read({ sheets, strings }, { sheet: 'Cameras' })
    expect(asked.devices.map((d) => d.id)).toEqual(['cam1', 'sw1', 'sw2'])
    expect(asked.diagnostics.filter((d) => d.code !== 'unknown_column')).toEqual([])
  })

  it('reads a later sheet known by serial numbers alone, as Intune\'s Windows Autopilot export is, where it was left unread', () => {
    const { sheets, strings } = sheetsOf([
      textSheet('Devices', [['Device name', 'Manufacturer', 'Model', 'Serial number'], ['LAPTOP-1', 'HP', 'EliteBook 840 G8', '5CG1']]),
      textSheet('Autopilot', [['Serial number', 'Manufacturer', 'Model', 'Group tag'], ['HWMCX2024001', 'HUAWEI', 'MACHC-WAX9', 'Entra']]),
    ])
    const { devices, diagnostics } = read({ sheets, strings })
    expect(devices.map((d) => [d.id, d.manufacturer])).toEqual([['LAPTOP-1', 'HP'], ['HWMCX2024001', 'HUAWEI']])
    expect(diagnostics.map((d) => d.code)).not.toContain('workbook_sheets_unread')
  })

  it('tells a workbook whose inventory sheets hold no device as empty, once, after what it said of them', () => {
    const { sheets, strings } = sheetsOf([textSheet('Switches', [['Hostname', 'Manufacturer']]), textSheet('Cameras', [['Hostname', 'Manufacturer']])])
    const { devices, diagnostics } = read({ sheets, strings })
    expect(devices).toEqual([])
    expect(diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['info workbook_sheets_read', 'error empty_input'])
  })

  it('reports bad rows at the sheet and row, as a CSV file\'s at its line', () => {
    const { sheet, strings } = textSheet('IP phones', [['id', 'macs', 'manufactured'], ['p1', '00:e0:fc:00:00:01', '2019-13-01'], ['', 'zz'], ['p3', 'zz', '']])
    const { devices, diagnostics } = read({ sheets: [sheet], strings })
    expect(devices.map((d) => d.id)).toEqual(['p1', 'p3'])
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "assets.xlsx:'IP phones'!2: error: field "manufactured" has the value "2019-13-01"; expected an ISO date (yyyy-mm-dd, a time after it is ignored), or a year or a month alone (yyyy, yyyy-mm).",
        "assets.xlsx:'IP phones'!3: error: field "id" has the value ""; expected a non-empty device id (string).",
        "assets.xlsx:'IP phones'!4: warning: "zz" is not a MAC address; it is ignored. Write it as 00:e0:fc:12:34:56 (":", "-", "." or no separators), several separated by ";".",
      ]
    `)
  })

  it('reads a row numbered past Excel\'s last row as the row after the one before, where the read crashed', () => {
    const { sheet, strings } = textSheet('Devices', [['Hostname', 'Manufacturer'], ['sw-1', 'Huawei'], ['sw-2', 'ZTE']])
    const rows = sheet.rows.replace('<row r="2">', '<row r="99999999999999999999999999">').replace('<row r="3">', '<row r="1048577">')
    const { devices, diagnostics, locations } = read({ sheets: [{ ...sheet, rows }], strings })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.manufacturer])).toEqual([['sw-1', 'Huawei'], ['sw-2', 'ZTE']])
    expect(locations).toEqual(['Devices!2', 'Devices!3'])
  })

  it('refuses a zip that is not a workbook, a damaged one, and a part that declares more than 1 GiB', () => {
    const notBook = thrown(() => read(zipOf({ 'devices.csv': 'id\nd1\n' })))
    expect([notBook.code, notBook.message, notBook.hint]).toEqual(['input_invalid', 'the inventory is a zip archive, not an Excel workbook (it holds no xl/workbook.xml)', 'Unzip the archive and pass the inventory in it.'])
    // An empty archive starts with its directory's end, not an entry; its NUL bytes were taken for UTF-16 text.
    const empty = zipOf({})
    expect(isZip(empty)).toBe(true)
    expect(notTextKind(new TextDecoder().decode(empty))).toBe('zip')
    expect(thrown(() => read(empty)).message).toBe('the inventory is a zip archive, not an Excel workbook (it holds no xl/workbook.xml)')
    const book = buildWorkbook({ sheets: [{ name: 'Sheet1', rows: '' }] })
    expect(thrown(() => read(book.subarray(0, book.length - 30))).message).toMatch(/^the inventory is a zip archive that cannot be read, damaged or cut short/)
    // A zip bomb: the central directory declares a 4 GiB sheet; nothing is inflated.
    const bomb = Buffer.from(book)
    const sheetEntry = bomb.lastIndexOf('xl/worksheets/sheet1.xml')
    bomb.writeUInt32LE(0xffffff00, sheetEntry - 46 + 24)
    const err = thrown(() => read(new Uint8Array(bomb)))
    expect(err.message).toBe('the workbook part xl/worksheets/sheet1.xml would unpack to 4,294,967,040 bytes, more than the 1 GiB read')
  })

  it('reads no entity but XML\'s own, refuses a DOCTYPE, and keeps cell text out of object keys', () => {
    const withDoctype = buildWorkbook({ sheets: [{ name: 'S', rows: '' }], extra: { 'xl/sharedStrings.xml': '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>' } })
    expect(thrown(() => read(withDoctype)).message).toMatch(/^the workbook part xl\/sharedStrings.xml is not well-formed XML: a DOCTYPE is refused/)
    const { sheet, strings } = textSheet('S', [['id', '__proto__', 'constructor'], ['d1', 'x', 'y']])
    const { devices } = read({ sheets: [sheet], strings })
    expect(devices).toEqual([{ id: 'd1' }])
    expect(({} as Record<string, unknown>)['x']).toBeUndefined()
  })

  it('reports malformed sheet XML at the row it reached, keeping the rows before', () => {
    const book = buildWorkbook({ sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>d1</t></is></c></row><row r="3"><c r="A3"><v>1</c></row>' }] })
    const { devices, diagnostics } = read(book)
    expect(devices).toEqual([{ id: 'd1' }])
    expect(diagnostics.map((d) => [d.code, d.at.sheet, d.at.line])).toEqual([['malformed_xml', 'S', 3]])
  })

  it('writes a number a date format cannot show as the number, rather than stopping', () => {
    const book = buildWorkbook({
      styles: STYLES,
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>purpose</t></is></c></row><row r="2"><c r="A2" s="1"><v>-3</v></c><c r="B2" s="1"><v>1E+300</v></c></row>' }],
    })
    expect(read(book).devices).toEqual([{ id: '-3', purpose: String(1e300) }])
  })

  it('reads dates of the 1904 date system', () => {
    const book = buildWorkbook({
      date1904: true, styles: STYLES,
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>manufactured</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>d1</t></is></c><c r="B2" s="1"><v>42124</v></c></row>' }],
    })
    expect(read(book).devices).toEqual([{ id: 'd1', manufactured: '2019-05-01' }])
  })
})
