import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { CsvTokenizer, detectDelimiter, type CsvProblem, type CsvRecord } from './csv.js'
import { parseInventoryCsv } from './parse.js'
import { chunk, collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { TrustpathError } from '../errors.js'
import { SMARTAX_ONT_SUMMARY } from '../test-support/inventory-examples.js'

function tokenize(chunks: readonly string[]) {
  const t = new CsvTokenizer()
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  for (const c of chunks) t.push(c, records, problems)
  t.end(records, problems)
  return { records, problems }
}

const codes = (text: string) => parseInventoryCsv(text, { file: 'devices.csv' }).diagnostics.map((d) => `${d.code}@${d.at.line}`)

describe('CsvTokenizer', () => {
  it('reads a line longer than many chunks (16 MiB in 64 KiB chunks), also when a quote or the line break comes late', () => {
    const cell = 'A'.repeat(16 << 20)
    const parts = (text: string) => text.match(/[\s\S]{1,65536}/g)!
    // Appending each 64 KiB chunk to the line held back and searching it again made this quadratic
    // (7 s for this line); its speed is not asserted here, only what is read.
    const { records, problems } = tokenize(parts(`id,sys_descr\nd1,${cell}\nd2,x\n`))
    expect(problems).toEqual([])
    expect(records.map((r) => [r.line, r.cells[0], r.cells[1]!.length])).toEqual([[1, 'id', 9], [2, 'd1', cell.length], [3, 'd2', 1]])
    const quoted = tokenize(parts(`id,sys_descr\nd1,${'B'.repeat(300_000)}"q"\r\nd2,"y"\n`))
    expect(quoted.problems).toEqual([{ problem: 'stray_quote', line: 2 }])
    expect(quoted.records.map((r) => r.cells)).toEqual([['id', 'sys_descr'], ['d2', 'y']])
  })

  it('splits RFC 4180 records: quoted commas, doubled quotes, line breaks inside quotes, CRLF', () => {
    const { records, problems } = tokenize(['a,"b,c","say ""hi"""\r\n"multi\r\nline",,x\r\nlast,row,"end"'])
    expect(problems).toEqual([])
    expect(records).toEqual([
      { cells: ['a', 'b,c', 'say "hi"'], line: 1 },
      { cells: ['multi\r\nline', '', 'x'], line: 2 },
      { cells: ['last', 'row', 'end'], line: 4 },
    ])
  })

  it('drops a leading byte order mark and skips blank lines', () => {
    const { records } = tokenize(['\ufeffid\n\n\r\nd1\n'])
    expect(records).toEqual([{ cells: ['id'], line: 1 }, { cells: ['d1'], line: 4 }])
  })

  it('skips the empty rows a spreadsheet exports (separators and spaces only), before and after the header', () => {
    const { records, problems } = tokenize(['   \n,,\nid,name,model\nd1,r1,NE40E\n,,\n ; , \n\t,\t,\n"",,""\nd2,r2,\n\u00a0,\u00a0 ,\n"\u00a0",,\n'])
    expect(problems).toEqual([])
    expect(records).toEqual([
      { cells: ['id', 'name', 'model'], line: 3 },
      { cells: ['d1', 'r1', 'NE40E'], line: 4 },
      // A semicolon is no separator of this file: that row is not empty.
      { cells: [' ; ', ' '], line: 6 },
      { cells: ['d2', 'r2', ''], line: 9 },
      // Cells of no-break spaces (a table pasted from a web page) are empty, quoted or not.
    ])
  })

  it('reads lines that end in a carriage return alone (Excel for Mac), however the text is cut', () => {
    const text = 'id,name,sys_descr\rd1,r1,"two\rlines"\rd2,r2,x\r\r'
    const expected = [
      { cells: ['id', 'name', 'sys_descr'], line: 1 },
      { cells: ['d1', 'r1', 'two\nlines'], line: 2 },
      { cells: ['d2', 'r2', 'x'], line: 4 },
    ]
    for (let cut = 0; cut <= text.length; cut++) {
      const { records, problems } = tokenize([text.slice(0, cut), text.slice(cut)])
      expect(problems).toEqual([])
      expect(records).toEqual(expected)
    }
    // A CRLF among the CRs (a line added on another system) ends one line, wherever the text is cut.
    const mixed = 'id,name\rd1,a\r\nd2,"b\r\nc"\rd3,d\r'
    for (let cut = 0; cut <= mixed.length; cut++) {
      expect(tokenize([mixed.slice(0, cut), mixed.slice(cut)]).records.map((r) => [r.line, ...r.cells])).toEqual([
        [1, 'id', 'name'], [2, 'd1', 'a'], [3, 'd2', 'b\nc'], [5, 'd3', 'd'],
      ])
    }
    // A file of one line that ends in its CR, and CRLF files, stay as they were.
    expect(tokenize(['id,name\r']).records).toEqual([{ cells: ['id', 'name'], line: 1 }])
    expect(tokenize(['id,name\r', '\nd1,"a\r\nb"\r\n']).records).toEqual([{ cells: ['id', 'name'], line: 1 }, { cells: ['d1', 'a\r\nb'], line: 2 }])
  })

  it('reads a part of a file cut after a line feed as the file read whole: a carriage return alone on its first line stays in its cell', () => {
    // The file's lines end in LF, as its header line told; a name pasted from a Mac keeps its CR.
    const part = new CsvTokenizer({ delimiter: ',', line: 7, continued: true })
    const records: CsvRecord[] = []
    part.push('d1,rt\r1,core\nd2,rt-2,core\n', records, [])
    part.end(records, [])
    expect(records).toEqual([{ cells: ['d1', 'rt\r1', 'core'], line: 7 }, { cells: ['d2', 'rt-2', 'core'], line: 8 }])
  })

  it('reports a stray quote in an unquoted field and goes on with the next line', () => {
    const { records, problems } = tokenize(['a,b\n5" rack,x\n"ok"x,y\nc,d\n'])
    expect(problems).toEqual([{ problem: 'stray_quote', line: 2 }, { problem: 'stray_quote', line: 3 }])
    expect(records.map((r) => r.line)).toEqual([1, 4])
  })

  it('reports an unclosed quote at the line where the record starts and reads the lines after it', () => {
    const { records, problems } = tokenize(['id,name\nd1,"never closed\nd2,fine\n'])
    expect(problems).toEqual([{ problem: 'unclosed_quote', line: 2 }])
    expect(records).toEqual([{ cells: ['id', 'name'], line: 1 }, { cells: ['d2', 'fine'], line: 3 }])
  })

  it('reads the rows between a quote never closed and the next quoted cell, reporting only the line of the quote', () => {
    // The unclosed quote of line 2 runs on to the quote that opens line 5's "NE40E, rev. B": read
    // as one field, it took rows 3 and 4 with it and ended at a stray quote on line 5.
    const { records, problems } = tokenize(['id,name,model\nd1,"core 1,NE40E\nd2,core-2,NE40E\nd3,core-3,NE40E\nd4,core-4,"NE40E, rev. B"\nd5,core-5,NE40E\n'])
    expect(problems).toEqual([{ problem: 'unclosed_quote', line: 2 }])
    expect(records.map((r) => [r.line, r.cells[0]])).toEqual([[1, 'id'], [3, 'd2'], [4, 'd3'], [5, 'd4'], [6, 'd5']])
    expect(records.find((r) => r.cells[0] === 'd4')!.cells[2]).toBe('NE40E, rev. B')
  })

  it('gives up on a quoted field longer than 1 MiB instead of holding the rest of the file', () => {
    const rest = 'd2,x\n'.repeat(300_000) // 1.5 MB after the bad quote
    const { records, problems } = tokenize(['id,name\n', 'd1,"oops\n', ...chunk(rest, [500_000, 1_000_000])])
    expect(problems).toEqual([{ problem: 'unclosed_quote', line: 2 }])
    expect(records.length).toBe(1 + 300_000)
  })

  it('reads back any records written the RFC 4180 way, quoted fields among unquoted ones, LF or CRLF', () => {
    // Fields of separators, quotes, line breaks and text; a field is quoted when it must be, or at random.
    const field = fc.array(fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é'), { maxLength: 6 }).map((parts) => parts.join(''))
    const record = fc.array(fc.tuple(field, fc.boolean()), { minLength: 2, maxLength: 6 })
    fc.assert(fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n'), (rows, eol) => {
      // A first field "a" keeps every record non-blank and the separator a comma.
      const cells = rows.map((row) => ['a', ...row.map(([text]) => text)])
      const text = rows.map((row) => ['a', ...row.map(([text, quote]) =>
        quote || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)].join(',')).join(eol) + eol
      const { records, problems } = tokenize([text])
      expect(problems).toEqual([])
      expect(records.map((r) => r.cells)).toEqual(cells)
    }), { numRuns: 2000 })
  })

  it('gives the same records for any chunking, also inside quotes, CRLF pairs and surrogate pairs', () => {
    const text = 'id,name,descr\r\n1,"a,""b""\r\nc",𝔘nï\r\n2,,"x"\r\n3,"",\r\n"4","𝔘"," "\r\n'
    const whole = tokenize([text])
    fc.assert(fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 10 }), (cuts) => {
      expect(tokenize(chunk(text, cuts))).toEqual(whole)
    }))
  })
})

describe('field separators', () => {
  it('finds ";", tab or "|" on the header line and reads quoted separators as text', () => {
    expect(detectDelimiter('id;name;manufacturer')).toBe(';')
    expect(detectDelimiter('id\tname')).toBe('\t')
    expect(detectDelimiter('id|name|macs')).toBe('|')
    expect(detectDelimiter('id,name')).toBe(',')
    expect(detectDelimiter('id')).toBe(',')
    expect(detectDelimiter('"a;b;c",d')).toBe(',')
    const { records } = tokenize(['\ufeff\r\n\r\nid;name;descr\r\nd1;"rt;1";"VRP, ""quoted"""\r\n'])
    expect(records.map((r) => [r.line, ...r.cells])).toEqual([[3, 'id', 'name', 'descr'], [4, 'd1', 'rt;1', 'VRP, "quoted"']])
  })

  it('waits for the whole header line before deciding, however the text is cut', () => {
    const text = 'id;name;macs\nd1;a;00:e0:fc:00:00:01,00:e0:fc:00:00:02\n'
    const whole = tokenize([text]).records
    expect(whole[1]!.cells).toEqual(['d1', 'a', '00:e0:fc:00:00:01,00:e0:fc:00:00:02'])
    for (let cut = 1; cut < text.length; cut++) expect(tokenize([text.slice(0, cut), text.slice(cut)]).records).toEqual(whole)
  })

  it('skips a line before the header: Excel\'s "sep=;", the "#TYPE" line of Windows PowerShell\'s Export-Csv', async () => {
    const comma = parseInventoryCsv('id,name\nd1,rt-1\n', { file: 'a.csv' })
    const typed = '#TYPE Microsoft.Management.Infrastructure.CimInstance#root/Microsoft/Windows/DHCP/DhcpServerv4Lease\r\n"id","name"\r\n"d1","rt-1"\r\n'
    expect(parseInventoryCsv(typed, { file: 'b.csv' }).devices).toEqual(comma.devices)
    expect(parseInventoryCsv('\ufeffsep=;\nid;name\nd1;rt-1\n', { file: 'c.csv' }).devices).toEqual(comma.devices)
    // the separator named by "sep=" is the one, whatever the header line holds
    expect(parseInventoryCsv('sep=|\nid|site (a;b;c)\nd1|fra\n', { file: 'd.csv' }).devices).toEqual([{ id: 'd1', site: 'fra' }])
    // lines are counted from the top of the file, whatever the chunking
    const bad = '#TYPE x\nid,name\nd1,rt-1,extra\n'
    expect(parseInventoryCsv(bad, { file: 'e.csv' }).diagnostics).toMatchObject([{ code: 'malformed_csv', at: { line: 3 } }])
    const { devices, lines } = await collect([...typed], { file: 'b.csv' })
    expect(devices).toEqual(comma.devices)
    expect(lines).toEqual([3])
  })

  it('skips the title, save time, user and count lines Huawei\'s NCE and U2000 write above a report\'s columns, and nothing after the header', async () => {
    const head = '"NE Report"\r\n"Save Time: 10/02/2026 04:00:46"\r\n"User Name:admin"\r\n"Total 2 Records"\r\n'
    const report = `${head}"NE Name","NE Type"\r\n"FRA-PE-01","NE40E-X8"\r\n"Core Report","ATN 910B"\r\n`
    const { devices, diagnostics } = parseInventoryCsv(report, { file: 'NE_Report.csv' })
    // A row named like a title after the header is a row.
    expect(devices).toEqual([{ id: 'FRA-PE-01', name: 'FRA-PE-01', model: 'NE40E-X8' }, { id: 'Core Report', name: 'Core Report', model: 'ATN 910B' }])
    expect(diagnostics).toEqual([])
    const { lines } = await collect([...report], { file: 'NE_Report.csv' })
    expect(lines).toEqual([6, 7])
    // Saved again by a spreadsheet: unquoted, empty cells after each line, ";" between the fields.
    const saved = 'NE Report;;\nSave Time: 10/02/2026 04:00:46;;\nUser Name:admin;;\nTotal 1 Records;;\nNE Name;NE Type;Software Version\nFRA-PE-01;NE40E-X8;VRP5.160 V600R008C10\n'
    expect(parseInventoryCsv(saved, { file: 'NE_Report.csv' }).devices).toEqual([{ id: 'FRA-PE-01', name: 'FRA-PE-01', model: 'NE40E-X8', firmware: { version: 'VRP5.160 V600R008C10' } }])
    // Another title line is read as a title too, with a warning that says where the columns are.
    expect(codes('"Inventory"\n"NE Name","NE Type"\n"FRA-PE-01","NE40E-X8"\n')).toEqual(['lines_before_header@1'])
  })

  it('reads the header under a title line of 400,000 unclosed parentheses at once, where taking notes out of it took half a minute (a pattern that went back over the line for every parenthesis: at this length it would outlast the time limit of a test by far)', () => {
    const { devices, diagnostics } = parseInventoryCsv(`${'('.repeat(400_000)}\nid;name\nd1;rt-1\n`, { file: 'a.csv' })
    expect(devices).toEqual([{ id: 'd1', name: 'rt-1' }])
    expect(diagnostics).toMatchObject([{ code: 'lines_before_header', at: { line: 1 }, header: 2 }])
    // A note still ends at the first ")" after its "(", whatever follows the last one.
    expect(parseInventoryCsv('Hostname (FQDN),Vendor (OEM) (, Model\nsw1,Huawei,S5735\n', { file: 'c.csv' }).devices).toEqual([{ id: 'sw1', name: 'sw1', manufacturer: 'Huawei', model: 'S5735' }])
  })

  it('reads the header under a report\'s title, date and blank rows, with a warning that names its line', async () => {
    const expected = [{ id: 'sw1', name: 'sw1', manufacturer: 'Huawei', model: 'S5735', macs: ['00:e0:fc:12:34:56'] }]
    const titled = 'Device inventory export,,,\nGenerated,2026-12-01 10:00,,\n,,,\nHostname,Vendor,Model,MAC Address\nsw1,Huawei,S5735,00:e0:fc:12:34:56\n'
    const { devices, diagnostics } = parseInventoryCsv(titled, { file: 'a.csv' })
    expect(devices).toEqual(expected)
    expect(diagnostics).toMatchObject([{ code: 'lines_before_header', severity: 'warning', at: { line: 1 }, header: 4, text: 'Device inventory export' }])
    expect(formatDiagnostic(diagnostics[0]!)).toBe('a.csv:1: warning: the lines above the header on line 4, from "Device inventory export", are read as a title: the columns are those of line 4.')
    // Rows keep their lines, however the text is cut.
    const { lines } = await collect([...titled], { file: 'a.csv' })
    expect(lines).toEqual([5])
    // A title without any separator does not decide the separator: the header does.
    expect(parseInventoryCsv('Device inventory\n\nHostname;Vendor;Model;MAC Address\nsw1;Huawei;S5735;00:e0:fc:12:34:56\n', { file: 'b.csv' }).devices).toEqual(expected)
    expect(parseInventoryCsv('Geräteliste\tStand 1.12.2026\nHostname\tVendor\tModel\tMAC Address\nsw1\tHuawei\tS5735\t00:e0:fc:12:34:56\n', { file: 'c.tsv' }).devices).toEqual(expected)
    // A row of group names over the column names: the row that names more columns is the header.
    const grouped = parseInventoryCsv('Device,,,Network\nHostname,Vendor,Model,MAC Address\nsw1,Huawei,S5735,00:e0:fc:12:34:56\n', { file: 'd.csv' })
    expect(grouped.devices).toEqual(expected)
    expect(formatDiagnostic(grouped.diagnostics[0]!)).toBe('d.csv:1: warning: the line above the header on line 2, "Device Network", is read as a title: the columns are those of line 2.')
    // A header that names the columns over a first row of data that names one is the header.
    expect(parseInventoryCsv('Hostname,Vendor\nmodel,Huawei\n', { file: 'e.csv' }).devices).toEqual([{ id: 'model', name: 'model', manufacturer: 'Huawei' }])
  })

  it('skips a row that repeats the header, where files were joined, with a warning', () => {
    const joined = '\ufeffHostname,Vendor\nsw1,Huawei\n\ufeffHostname,Vendor\nsw2,ZTE\nHostname , Vendor\n'
    const { devices, diagnostics } = parseInventoryCsv(joined, { file: 'all.csv' })
    expect(devices.map((d) => d.id)).toEqual(['sw1', 'sw2'])
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['repeated_header@3', 'repeated_header@5'])
    expect(formatDiagnostic(diagnostics[0]!)).toBe('all.csv:3: warning: this row repeats the header (files joined one after another, each with its header?): it is skipped.')
  })

  it('skips a spreadsheet\'s total row below the devices with a warning, in any of the words and shapes it takes', () => {
    const text = 'name,site,manufacturer,macs,ports\nsw1,fra,Huawei,00:e0:fc:00:00:01,48\nsw2,fra,ZTE,,24\nTotal,,,,72\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'devices.csv' })
    expect(devices.map((d) => d.id)).toEqual(['sw1', 'sw2'])
    expect(diagnostics.filter((d) => d.code !== 'unknown_column').map((d) => `${d.code}@${d.at.line}`)).toEqual(['total_row@4'])
    expect(formatDiagnostic(diagnostics.find((d) => d.code === 'total_row')!)).toBe(
      'devices.csv:4: warning: this row, "Total 72", is a spreadsheet\'s total, not a device: it is skipped.')
    const totals = (row: string) => parseInventoryCsv(`name;site;model\nsw1;fra;S5735\n${row}\n`, { file: 'a.csv' })
    for (const row of ['Grand Total;;', 'Summe;;', 'GESAMT;2;', '  Total:;1 234;', 'Count: 1', 'Total;1', '合计;;', 'Итого;;', 'Sub-total;;', 'Toplam;;']) {
      const { devices, diagnostics } = totals(row)
      expect(devices.map((d) => d.id), row).toEqual(['sw1'])
      expect(diagnostics.map((d) => d.code), row).toEqual(['total_row'])
    }
  })

  it('keeps a device whose name starts like a total word or is one, when a cell names what a total row never holds', () => {
    const text = 'name,manufacturer,model,macs,ports\ntotal-gw-01,,,,2\nTotal,,,00:e0:fc:00:00:02,\nSum,Huawei,,,\nCount,,2960,,\nTotal,,,,many\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'devices.csv' })
    expect(devices.map((d) => d.id)).toEqual(['total-gw-01', 'Total', 'Sum', 'Count'])
    // The second "Total" repeats the first one's id: a duplicate, not a total (its ports cell is no number).
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown_column', 'duplicate_device'])
  })

  it('reads MACs and models typed in full-width characters or with non-ASCII dashes, as a Japanese sheet kept by hand holds them', () => {
    // An input method left in full-width mode writes ＢＣ：ＡＤ：…; in kana mode it types ー for "-";
    // a MAC copied from a document carries U+2010 hyphens.
    const text = '機器名称,メーカー,型番,MACアドレス\n' +
      'カメラ１,ハイクビジョン,ＤＳ－２ＣＤ２１４３Ｇ２－Ｉ,ＢＣ：ＡＤ：２８：１１：２２：３３\n' +
      'スイッチ,,S5735ーL24T4SーA1,00ーE0ーFCー12ー34ー56\n' +
      'ルータ,,,00\u201019\u2010C6\u201000\u201000\u201001\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: '機器台帳.csv' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.macs)).toEqual([['bc:ad:28:11:22:33'], ['00:e0:fc:12:34:56'], ['00:19:c6:00:00:01']])
    const catalog = loadDefaultCatalog()
    const attributions = devices.map((d) => identify(d, catalog))
    expect(attributions.map((a) => a.group)).toEqual(['hikvision', 'huawei', 'zte'])
    expect(attributions.map((a) => a.evidence.filter((e) => e.method === 'model').map((e) => e.value))).toEqual([['ＤＳ－２ＣＤ２１４３Ｇ２－Ｉ'], ['S5735ーL24T4SーA1'], []])
  })

  it('reads the several MACs of a cell separated by 、 or a full-width comma or semicolon, or each after its interface\'s name and a colon', () => {
    const text = 'name,mac\n' +
      'a,"00:e0:fc:12:34:56、bc:ad:28:11:22:33"\n' +
      'b,"00:e0:fc:12:34:56，bc:ad:28:11:22:33"\n' +
      'c,"ＢＣ：ＡＤ：２８：１１：２２：３３；００：Ｅ０：ＦＣ：１２：３４：５６"\n' +
      'd,"eth0: 00:e0:fc:12:34:56, wlan0: bc:ad:28:11:22:33"\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'macs.csv' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.macs)).toEqual([
      ['00:e0:fc:12:34:56', 'bc:ad:28:11:22:33'], ['00:e0:fc:12:34:56', 'bc:ad:28:11:22:33'],
      ['bc:ad:28:11:22:33', '00:e0:fc:12:34:56'], ['00:e0:fc:12:34:56', 'bc:ad:28:11:22:33'],
    ])
    // A word before a colon that could be hex is no interface's name: a MAC cut short is still told.
    expect(parseInventoryCsv('name,mac\ne,"fc:12: 00:e0:fc:12:34:56"\n', { file: 'm.csv' }).diagnostics.map((d) => d.code)).toEqual(['invalid_mac'])
  })

  it('reads a report\'s line of facts across cells above the header as a title, and its count below the rows as a total', () => {
    // A report saved as CSV: who made it and when, on one line of three cells, a blank line, the
    // table, and the number of devices under it.
    const text = 'Report Name : Network Inventory,Generated On : Dec 6 2026 10:00 AM,Generated By : admin\n\n' +
      'Device Name,IP Address,Vendor,Serial Number\nsw-core-1,10.0.0.1,Huawei,2102351234\ncam-1,10.0.0.50,Hikvision,\n\nTotal Devices : 2\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'inventory-report.csv' })
    expect(devices.map((d) => [d.id, d.manufacturer])).toEqual([['sw-core-1', 'Huawei'], ['cam-1', 'Hikvision']])
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['lines_before_header', 1], ['total_row', 7]])
    // Without a colon, words after a total's word are a name: a surveying instrument stays a device.
    expect(parseInventoryCsv('name,model\nTotal Station 3,GT-1200\n', { file: 'a.csv' }).devices.map((d) => d.id)).toEqual(['Total Station 3'])
  })

  it('reads a MAC of decimal digits whose leading zeros a spreadsheet dropped, taking the cell for a number', () => {
    // Huawei's 00-25-68 and ZTE's 00-25-12 (IEEE MA-L) hold MACs of decimal digits only: written
    // without separators, Excel stores 002568123456 as the number 2568123456, and saves it so.
    const { devices, diagnostics } = parseInventoryCsv('name,mac\nsw1,2568123456\nsw2,02512000001\nx,12345678\n', { file: 'sheet.csv' })
    expect(devices.map((d) => d.macs)).toEqual([['00:25:68:12:34:56'], ['00:25:12:00:00:01'], undefined])
    // Eight digits are no MAC short of its zeros but a number typed in the column: still told.
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['invalid_mac', 4]])
    const catalog = loadDefaultCatalog()
    expect(devices.slice(0, 2).map((d) => identify(d, catalog).group)).toEqual(['huawei', 'zte'])
  })

  it('reads the MAC an 8-octet EUI-64 in a MAC column was formed from, and reads no maker from one assigned as such', () => {
    const text = 'name,macs\nsw1,00:e0:fc:ff:fe:12:34:56\nsw2,00-E0-FC-FF-FF-12-34-57\nzb1,00:12:4b:00:01:02:03:04\nzb2,0x00124b0001020305\nsan1,20:00:00:e0:fc:12:34:56\nsan2,50:0a:09:80:12:34:56:78\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'devices.csv' })
    expect(devices).toEqual([
      { id: 'sw1', name: 'sw1', macs: ['00:e0:fc:12:34:56'] }, { id: 'sw2', name: 'sw2', macs: ['00:e0:fc:12:34:57'] },
      { id: 'zb1', name: 'zb1' }, { id: 'zb2', name: 'zb2' }, { id: 'san1', name: 'san1' }, { id: 'san2', name: 'san2' },
    ])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'huawei', undefined, undefined, undefined, undefined])
    // A radio's EUI-64 names its chip's maker (Texas Instruments' 00:12:4b); a Fibre Channel WWN
    // (20:00:00:e0:fc:..., 50:0a:09:...) is written the same way, its first octets no IEEE block.
    expect(diagnostics.map((d) => d.code === 'invalid_mac' && d.eui64 === true && d.at.line)).toEqual([4, 5, 6, 7])
    expect(formatDiagnostic(diagnostics[0]!)).toBe('devices.csv:4: warning: "00:12:4b:00:01:02:03:04" is an EUI-64 (8 octets), not a MAC address; it is not read as evidence: ' +
      'an IEEE 802.15.4 (Zigbee, Thread) radio\'s EUI-64 names the maker of its radio chip more often than the device\'s, and a Fibre Channel WWN is written the same way. ' +
      'Give the device\'s MAC if it has one; `trustpath lookup` shows the IEEE block of the EUI-64.')
    // A modified EUI-64 (an IPv6 interface identifier's octets, universal/local bit inverted) gives a
    // locally administered MAC: no maker.
    const modified = parseInventoryCsv('name,macs\nx,02:e0:fc:ff:fe:12:34:56\n', { file: 'a.csv' }).devices
    expect(modified).toEqual([{ id: 'x', name: 'x', macs: ['02:e0:fc:12:34:56'] }])
    expect(identify(modified[0]!, catalog).group).toBeUndefined()
    // Seven or nine octets are no EUI-64: a malformed MAC, as before.
    expect(parseInventoryCsv('name,macs\nx,00:e0:fc:ff:fe:12:34\n', { file: 'a.csv' }).diagnostics).toEqual([
      { code: 'invalid_mac', severity: 'warning', at: { file: 'a.csv', line: 2 }, value: '00:e0:fc:ff:fe:12:34' },
    ])
  })

  it('keeps the first line as the header when it is one: of one column, of unknown columns, or when no later line names a column', () => {
    // One column named "macs", whose cells list MACs separated by ";": not a title, and ";" is no separator.
    expect(parseInventoryCsv('macs\n00:e0:fc:00:00:01;00:e0:fc:00:00:02\n', { file: 'a.csv' }).devices).toEqual([{ id: '00:e0:fc:00:00:01', macs: ['00:e0:fc:00:00:01', '00:e0:fc:00:00:02'] }])
    // A header above a known column's name in a row is the header: its first column, unknown, names
    // the devices, as no id, name or MAC column does (the row's "id" is a device's name).
    expect(codes('Gerät,Hersteller,Modell\nid,Huawei,S5735\n')).toEqual(['name_column_taken@1'])
    // Two unknown columns and rows of two cells: no row names a column, so the first line stays the header.
    expect(codes('Gerät,Seriennr\nsw1,123\nsw2,124\n')).toEqual(['unknown_column@1', 'missing_column@1'])
    // Past the first 20 records, a line naming a column is a row, not a header found late.
    const long = Array.from({ length: 25 }, (_, i) => `row ${i}`).join('\n')
    expect(codes(`${long}\nid,name\n`)).toEqual(['unknown_column@1', 'missing_column@1'])
  })

  it('reads an inventory saved by a spreadsheet with ";" (BOM, CRLF) and a .tsv one as the comma form', () => {
    const comma = parseInventoryCsv('id,name,manufacturer,macs\nd1,rt-1,Huawei,00:e0:fc:00:00:01\n', { file: 'a.csv' })
    const semi = parseInventoryCsv('\ufeffid;name;manufacturer;macs\r\nd1;rt-1;Huawei;00:e0:fc:00:00:01\r\n', { file: 'b.csv' })
    const tab = parseInventoryCsv('id\tname\tmanufacturer\tmacs\nd1\trt-1\tHuawei\t00:e0:fc:00:00:01\n', { file: 'c.tsv' })
    expect(semi).toEqual(comma)
    expect(tab).toEqual(comma)
    expect(comma.diagnostics).toEqual([])
  })
})

describe('parseInventoryCsv', () => {
  it('says what a row skipped for a used id declares, so that a Huawei router listed under a Cisco\'s id is seen', () => {
    const { devices, diagnostics } = parseInventoryCsv(
      'id,manufacturer,model,macs\nr1,Cisco,ASR1001-X,00:1b:54:00:00:01\nr1,Huawei,NE40E-X8,00:e0:fc:00:00:02\nr1,Unknown,,\n',
      { file: 'devices.csv' },
    )
    expect(devices.map((d) => d.manufacturer)).toEqual(['Cisco'])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'devices.csv:3: warning: device id "r1" was already used at devices.csv:2; this row ("Huawei" "NE40E-X8", MAC "00:e0:fc:00:00:02") is skipped. Give every device a unique id.',
      'devices.csv:4: warning: device id "r1" was already used at devices.csv:2; this row is skipped. Give every device a unique id.',
    ])
  })

  it('reads documented columns, aliases and header spellings', () => {
    const { devices, diagnostics } = parseInventoryCsv(
      'Device ID,Host Name,VENDOR,mac_address,sys-descr,Banner HTTP Title,banner_http_www_authenticate\n' +
      'd1,rt-1,Huawei,00e0fc123456,VRP,Web Manager,Basic realm="x"\n'.replace('Basic realm="x"', '"Basic realm=""x"""'),
      { file: 'devices.csv' },
    )
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'd1', name: 'rt-1', manufacturer: 'Huawei', macs: ['00:e0:fc:12:34:56'], snmp: { sysDescr: 'VRP' },
      banners: [{ protocol: 'http', field: 'title', text: 'Web Manager' }, { protocol: 'http', field: 'www-authenticate', text: 'Basic realm="x"' }],
    }])
  })

  it('takes the name as the id when an export has names but no id column (NetBox style)', () => {
    const text = 'Name,Status,Site,Role,Manufacturer,Type,Serial number\nrt-fra-01,Active,fra,core,Huawei,NE40E-X8,2102351\n'
    const { devices } = parseInventoryCsv(text, { file: 'netbox.csv' })
    expect(devices).toEqual([{ id: 'rt-fra-01', name: 'rt-fra-01', site: 'fra', role: 'core', manufacturer: 'Huawei', model: 'NE40E-X8', serial: '2102351', status: 'Active' }])
  })

  it('tells apart devices of one name by their serials or MACs when the file has no id column, where all but the first were skipped', () => {
    // A monitoring tool's node report without its node ids: cameras that kept their factory name.
    const text = 'Node Name,IP Address,Vendor,Machine Type,Serial Number,MAC Address\r\n' +
      'IPCamera,10.0.5.21,Hikvision,DS-2CD2143G2-I,J11111111,44:19:b6:00:00:21\r\n' +
      'IPCamera,10.0.5.22,Hikvision,DS-2CD2143G2-I,J22222222,44:19:b6:00:00:22\r\n' +
      'IPCamera,10.0.5.23,Dahua,,,3c:ef:8c:00:00:23\r\n' +
      'IPCamera,10.0.5.22,Hikvision,DS-2CD2143G2-I,J22222222,44:19:b6:00:00:22\r\n' +
      'IPCamera,10.0.5.24,Hikvision,,,\r\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'nodes.csv' })
    expect(devices.map((d) => [d.id, d.name, d.manufacturer])).toEqual([
      ['IPCamera', 'IPCamera', 'Hikvision'], ['IPCamera/J22222222', 'IPCamera', 'Hikvision'], ['IPCamera/3c:ef:8c:00:00:23', 'IPCamera', 'Dahua'],
    ])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'nodes.csv:3: warning: device id "IPCamera" was already used at nodes.csv:2 by another device (their serial numbers differ): this one is read as "IPCamera/J22222222".',
      'nodes.csv:4: warning: device id "IPCamera" was already used at nodes.csv:2 by another device (their MACs differ): this one is read as "IPCamera/3c:ef:8c:00:00:23".',
      // The same camera listed again, and a row with nothing to tell it from the first, are repeats.
      'nodes.csv:5: warning: device id "IPCamera" was already used at nodes.csv:3; this row ("Hikvision" "DS-2CD2143G2-I", MAC "44:19:b6:00:00:22", serial "J22222222") is skipped. Give every device a unique id.',
      'nodes.csv:6: warning: device id "IPCamera" was already used at nodes.csv:2; this row ("Hikvision") is skipped. Give every device a unique id.',
    ])
    // An id column is the tool's own: a repeated id is the same device listed again, whatever its serial.
    expect(codes('id,name,serial\n1,cam,J1\n1,cam,J2\n')).toEqual(['duplicate_device@3'])
  })

  it('reads the lifecycle status of ServiceNow\'s, Snipe-IT\'s and Lansweeper\'s exports, and no reachability as one', () => {
    // ServiceNow's list export of network gear: the install status is labelled Status and wins over the operational status.
    const servicenow = 'Name,Manufacturer,Model ID,Status,Operational status\nsw-1,Huawei,S5720,Retired,Operational\nsw-2,Huawei,S5720,,Non-Operational\nsw-3,Huawei,S5720,In Stock,\n'
    expect(parseInventoryCsv(servicenow, { file: 'cmdb_ci_netgear.csv' }).devices.map((d) => d.status)).toEqual(['Retired', 'Non-Operational', 'In Stock'])
    expect(parseInventoryCsv('Asset Name,Serial,Status\ncam-7,DS-2CD2043,Lost/Stolen\n', { file: 'assets.csv' }).devices[0]?.status).toBe('Lost/Stolen')
    expect(parseInventoryCsv('AssetName,Statename\nsw-9,Non-active\n', { file: 'lansweeper.csv' }).devices[0]?.status).toBe('Non-active')
    // LibreNMS's device list: status 1 or 0 is whether it answers, no lifecycle; and no diagnostic either.
    const librenms = parseInventoryCsv('device_id,hostname,hardware,status\n1,sw-1,S5720,1\n2,sw-2,S5720,0\n', { file: 'librenms.csv' })
    expect(librenms.devices).toEqual([{ id: '1', name: 'sw-1', model: 'S5720' }, { id: '2', name: 'sw-2', model: 'S5720' }])
    expect(librenms.diagnostics).toEqual([])
  })

  it('reads NetBox\'s "Export > Current view" of the device list with its role names', () => {
    // The column titles of NetBox 4's device table; the role names of its demo data.
    const netbox = 'ID,Name,Status,Tenant,Site,Location,Rack,Role,Manufacturer,Type,Platform,Serial number,Asset tag,IP Address,OOB IP,Latitude,Longitude\r\n' +
      '1,rt-fra-01,Active,op-de,fra,Hall 1,R1,Core Router,Huawei,NE40E-X8,Huawei VRP,2102351234,,192.0.2.1/32,,50.11,8.68\r\n' +
      '2,ap-fra-02,Active,,fra,Lobby,,Wireless AP,Huawei,AirEngine 5761-11,,,,,,,\r\n' +
      '3,pp-fra-03,Active,,fra,Hall 1,R1,Patch Panel,Generic,48-Pair Fiber Panel,,,,,,,\r\n'
    const { devices, diagnostics } = parseInventoryCsv(netbox, { file: 'netbox_devices.csv' })
    expect(devices).toEqual([
      { id: '1', name: 'rt-fra-01', site: 'fra', role: 'core', network: 'op-de', manufacturer: 'Huawei', model: 'NE40E-X8', serial: '2102351234', addresses: ['192.0.2.1'], lat: 50.11, lon: 8.68, status: 'Active' },
      { id: '2', name: 'ap-fra-02', site: 'fra', role: 'access', manufacturer: 'Huawei', model: 'AirEngine 5761-11', status: 'Active' },
      { id: '3', name: 'pp-fra-03', site: 'fra', role: 'other', manufacturer: 'Generic', model: '48-Pair Fiber Panel', status: 'Active' },
    ])
    // The asset tag is read as the name of a device without one; these have names. OOB IP, empty here, is an address.
    expect(diagnostics.map((d) => d.code === 'unknown_column' && d.columns)).toEqual([['Rack']])
  })

  it('reads Nautobot\'s CSV export: its directive line, natural keys, and NULL and NoObject as empty cells', () => {
    // As Nautobot's REST API renders devices as CSV: a name that is null is NULL, a related object
    // that is missing (no tenant, no software version) NoObject; newer exports start with a directive.
    const nautobot = '# nautobot_import_version=3; model=dcim.device\r\n' +
      'name,display,id,serial,asset_tag,device_type__manufacturer__name,device_type__model,status__name,role__name,tenant__name,platform__name,location__name,location__parent__name,primary_ip4__host,software_version__platform__name,software_version__version,parent_bay__device__name\r\n' +
      'rt-fra-01,rt-fra-01,5e3b0c44-0000-4000-8000-000000000001,2102351234,NULL,Huawei,NE40E-X8,Active,Core Router,op-de,Huawei VRP,Frankfurt,Germany,192.0.2.1,Huawei VRP,V800R011C00,NoObject\r\n' +
      'NULL,Hikvision DS-2CD2143G2-I (5e3b0c44),5e3b0c44-0000-4000-8000-000000000003,E12345678,NULL,Hikvision,DS-2CD2143G2-I,Active,IP Camera,NoObject,NoObject,Frankfurt,Germany,NoObject,NoObject,NoObject,NoObject\r\n'
    const { devices, diagnostics } = parseInventoryCsv(nautobot, { file: 'nautobot_devices.csv' })
    expect(devices).toEqual([
      { id: '5e3b0c44-0000-4000-8000-000000000001', name: 'rt-fra-01', site: 'Frankfurt', role: 'core', network: 'op-de', manufacturer: 'Huawei', model: 'NE40E-X8', serial: '2102351234', addresses: ['192.0.2.1'], firmware: { version: 'V800R011C00' }, status: 'Active' },
      { id: '5e3b0c44-0000-4000-8000-000000000003', site: 'Frankfurt', role: 'camera', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'E12345678', status: 'Active' },
    ])
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['unknown_column@2'])
  })

  it('reads node lists of SolarWinds Orion and asset reports of Lansweeper as they export them', () => {
    const orion = 'NodeID,Caption,IP_Address,Vendor,MachineType,SysObjectID,IOSVersion,Location,DNS,Status\n' +
      '12,rt-fra-01,192.0.2.1,Huawei Technologies Co.,Huawei NE40E-X8,1.3.6.1.4.1.2011.2.62.2.3,8.180,Frankfurt,rt-fra-01.example.net,1\n'
    expect(parseInventoryCsv(orion, { file: 'nodes.csv' }).devices).toEqual([{
      id: '12', name: 'rt-fra-01', site: 'Frankfurt', manufacturer: 'Huawei Technologies Co.', model: 'Huawei NE40E-X8',
      addresses: ['192.0.2.1'], snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.62.2.3' }, firmware: { version: '8.180' },
    }])
    // Network Sonar discovery results name the sysDescr SysDescription.
    const discovered = 'NodeID,IPAddress,Hostname,SysObjectID,Vendor,MachineType,SysDescription,SysName\n' +
      '7,192.0.2.9,,1.3.6.1.4.1.3902.3.100.15,ZTE,ZXR10 5950,"ZXR10 5950-52TM, ZTE ZXR10 Software Version: V2.05.11B12",sw-9\n'
    expect(parseInventoryCsv(discovered, { file: 'discovered.csv' }).devices).toEqual([{
      id: '7', name: 'sw-9', manufacturer: 'ZTE', model: 'ZXR10 5950', addresses: ['192.0.2.9'],
      snmp: { sysObjectID: '1.3.6.1.4.1.3902.3.100.15', sysDescr: 'ZXR10 5950-52TM, ZTE ZXR10 Software Version: V2.05.11B12' },
    }])
    const lansweeper = 'AssetID,AssetName,AssetType,OS,Model,Manufacturer,IPAddress,MACAddress,Description,Location,Serialnumber,Lastseen\n' +
      '1042,cam-lobby-01,Camera,,DS-2CD2143G2-I,Hikvision,192.0.2.40,C056E3000001,Lobby camera,HQ,E12345678,2026-11-30 08:00:00\n'
    expect(parseInventoryCsv(lansweeper, { file: 'assets.csv' }).devices).toEqual([{
      id: '1042', name: 'cam-lobby-01', site: 'HQ', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'E12345678', macs: ['c0:56:e3:00:00:01'], addresses: ['192.0.2.40'],
    }])
  })

  it('reads Netdisco\'s device search CSV, whose models name their makers, and a Lansweeper report\'s IP location as the site', () => {
    const netdisco = 'Device,Location,System Name,Model,OS Version,Management IP,Serial,First Seen,Last Discovered\n' +
      'rt-fra-01.example.net,Frankfurt,rt-fra-01,NE40E-X8,V800R011C00SPC607,192.0.2.1,2102351234,2024-01-01 10:00,2026-11-30 08:00\n' +
      '192.0.2.3,,cam-03,DS-2CD2143G2-I,V5.7.3,192.0.2.3,E12345678,2024-01-01 10:00,2026-11-30 08:00\n'
    const { devices, diagnostics } = parseInventoryCsv(netdisco, { file: 'device_search.csv' })
    expect(devices).toEqual([
      { id: 'rt-fra-01.example.net', name: 'rt-fra-01.example.net', site: 'Frankfurt', model: 'NE40E-X8', serial: '2102351234', addresses: ['192.0.2.1'], firmware: { version: 'V800R011C00SPC607' } },
      { id: '192.0.2.3', name: '192.0.2.3', model: 'DS-2CD2143G2-I', serial: 'E12345678', firmware: { version: 'V5.7.3' } },
    ])
    expect(diagnostics.map((d) => d.code === 'unknown_column' && d.columns)).toEqual([['First Seen', 'Last Discovered']])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'hikvision'])
    // Without a name column, "System Name" (sysName) is the name.
    expect(parseInventoryCsv('System Name,Model\nsw-1,S5720-28X-SI-AC\n', { file: 'f.csv' }).devices).toEqual([{ id: 'sw-1', name: 'sw-1', model: 'S5720-28X-SI-AC' }])
    const lansweeper = 'AssetID,AssetName,Model,Manufacturer,IPAddress,IPLocation,MACAddress,Location\n' +
      '1042,cam-lobby-01,DS-2CD2143G2-I,Hikvision,192.0.2.40,HQ Frankfurt,C056E3000001,\n' +
      '1043,sw-01,S5720-28X-SI-AC,Huawei,192.0.2.41,HQ Frankfurt,,Rack room 2\n'
    expect(parseInventoryCsv(lansweeper, { file: 'assets.csv' }).devices.map((d) => d.site)).toEqual(['HQ Frankfurt', 'Rack room 2'])
  })

  it('reads several MACs in one cell separated by ";", "," or spaces', () => {
    const { devices } = parseInventoryCsv('id,macs\nd1,"00:e0:fc:00:00:01, 00e0.fc00.0002;00-E0-FC-00-00-03"\n', { file: 'devices.csv' })
    expect(devices[0]?.macs).toEqual(['00:e0:fc:00:00:01', '00:e0:fc:00:00:02', '00:e0:fc:00:00:03'])
  })

  it('skips the numbered empty rows and the note of a hand-made sheet, which hold nothing in a column read, with a warning each', () => {
    const text = 'No.,Hostname,Manufacturer,Model\n1,sw-b-01,Huawei,S5735-L24T4S-A1\n2,,,\n,,,\n"Note: the gate cameras were replaced in 2025.",,,\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'site-b.csv' })
    expect(devices.map((d) => d.id)).toEqual(['sw-b-01'])
    expect(diagnostics.filter((d) => d.code !== 'unknown_column').map((d) => formatDiagnostic(d))).toEqual([
      'site-b.csv:3: warning: this row holds nothing in the columns of a device, only "2" in a column that is not read: it is skipped.',
      'site-b.csv:5: warning: this row holds nothing in the columns of a device, only "Note: the gate cameras were replaced in 2025." in a column that is not read: it is skipped.',
    ])
    // With an id column, a row without an id that holds a device's values is still an error.
    expect(codes('id,name,manufacturer\n,cam-1,Hikvision\n')).toEqual(['invalid_field@2'])
  })

  it('reads a date of manufacture written in another layout that reads one way only, an Excel date serial with a warning, and keeps only the year of one that reads either way', () => {
    // A German sheet writes 31.12.2019, an American one 12/31/2019: each was an error, the phone left undated.
    const text = 'Hostname,Manufacturer,Manufacture Date\nph-1,Honor,12/31/2019\nph-2,Honor,43831\nph-3,Honor,31.12.2019\nph-4,Honor,01/02/2019\nph-5,Honor,"December 31, 2019"\nph-6,Honor,2019/12/31\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'phones.csv' })
    expect(devices.map((d) => d.manufactured)).toEqual(['2019-12-31', '2020-01-01', '2019-12-31', '2019', '2019-12-31', '2019-12-31'])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'phones.csv:3: warning: field "manufactured" has the value "43831", a number, read as the Excel date serial it is: 2020-01-01 (Excel\'s 1900 date system). ' +
        'Format the column as a date before saving, or write 2020-01-01, to read it without this warning.',
      // Day and month cannot be told apart: only the year is kept.
      'phones.csv:5: warning: field "manufactured" has the value "01/02/2019", which reads as 2019-02-01 or 2019-01-02 (day or month first); ' +
        'only its year, 2019, is kept, which decides whose the device is unless a change of owner falls in it. Write it as yyyy-mm-dd to keep the day.',
    ])
  })

  it('reads a whole number of five digits in a date column as an Excel date serial of 1990 to 2099 only, with a warning naming file and line', () => {
    // rsv's excel2csv wrote 45383 for a cell showing 2024/4/1 (ribbondz/rsv issue #8); pandas writes a float column as 42912.0.
    const text = 'Asset Name,Manufacturer,Purchase Date\nph-1,Honor,45383\nph-2,Honor,42912.0\nph-3,Honor,12345\nph-4,Honor,45383.5\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'assets.csv' })
    expect(devices.map((d) => [d.manufactured, d.dateKind])).toEqual([['2024-04-01', 'purchased'], ['2017-06-26', 'purchased'], [undefined, undefined], [undefined, undefined]])
    expect(diagnostics.map((d) => [d.code, d.severity, `${d.at.file}:${d.at.line}`])).toEqual([
      ['excel_serial_date', 'warning', 'assets.csv:2'], ['excel_serial_date', 'warning', 'assets.csv:3'],
      // 12345 is 1933-10-18 as a serial: no device's date; a fraction is a time of day, not a whole date.
      ['invalid_field', 'error', 'assets.csv:4'], ['invalid_field', 'error', 'assets.csv:5'],
    ])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('"purchased" has the value "45383", a number, read as the Excel date serial it is: 2024-04-01')
  })

  it('keeps a year or a month of purchase alone as such, in the layouts asset tools write them, and refuses a year that is no date', () => {
    const text = 'Hostname,Manufacturer,Manufacture Date\nph-1,Honor,2020\nph-2,Honor,2020-11\nph-3,Honor,03/2019\nph-4,Honor,Mar 2019\n' +
      'ph-5,Honor,2019年3月\nph-6,Honor,0219\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'phones.csv' })
    expect(devices.map((d) => d.manufactured)).toEqual(['2020', '2020-11', '2019-03', '2019-03', '2019-03', undefined])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'phones.csv:7: error: field "manufactured" has the value "0219"; expected an ISO date (yyyy-mm-dd, a time after it is ignored), ' +
        'or a year or a month alone (yyyy, yyyy-mm).',
    ])
  })

  it('reads a purchase or install date as the device\'s date when no date of manufacture is given, marked as such, and a date not known as none', () => {
    // Snipe-IT's asset export names the column `Purchase Date`; ServiceNow's alm_hardware `install_date`.
    const text = 'Asset Name,Manufacturer,Manufacture Date,Purchase Date\nph-1,Honor,,2019-06-01\nph-2,Honor,2020-03-02,2021-01-05\n' +
      'ph-3,Honor,N/A,03/2022\nph-4,Honor,,0000-00-00\nph-5,Honor,,unknown\nph-6,Honor,,31.12.2019\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'assets.csv' })
    expect(devices.map((d) => [d.id, d.manufactured, d.dateKind])).toEqual([
      ['ph-1', '2019-06-01', 'purchased'], ['ph-2', '2020-03-02', undefined], ['ph-3', '2022-03', 'purchased'],
      ['ph-4', undefined, undefined], ['ph-5', undefined, undefined], ['ph-6', '2019-12-31', 'purchased'],
    ])
    expect(diagnostics.filter((d) => d.code !== 'unknown_column').map((d) => formatDiagnostic(d))).toEqual([])
    const install = parseInventoryCsv('name,manufacturer,install_date\nsrv-1,xFusion,2020-05-04 10:12:00\n', { file: 'cmdb_ci.csv' })
    expect(install.devices.map((d) => [d.manufactured, d.dateKind])).toEqual([['2020-05-04', 'purchased']])
  })

  it('keeps the purchase or install date beside a date of manufacture, for a policy\'s rules on when equipment was installed', () => {
    const text = 'Asset Name,Manufacturer,Manufacture Date,Purchase Date\nbbu-1,Huawei,2021-04-01,2023-02-01\nbbu-2,Huawei,2021-04-01,N/A\nbbu-3,Huawei,2021-04-01,30.02.2023\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'assets.csv' })
    expect(devices.map((d) => [d.id, d.manufactured, d.dateKind, d.purchased])).toEqual([
      ['bbu-1', '2021-04-01', undefined, '2023-02-01'], ['bbu-2', '2021-04-01', undefined, undefined], ['bbu-3', '2021-04-01', undefined, undefined],
    ])
    // A purchase date that is no date is told, as it is when it stands alone.
    expect(diagnostics.filter((d) => d.code !== 'unknown_column').map((d) => `${d.code}@${d.at.line}`)).toEqual(['invalid_field@4'])
  })

  it('keeps the year of a date whose day and month read either way (03/04/2019), with a warning that names both readings', () => {
    const text = 'Asset Name,Manufacturer,Purchase Date\nph-1,Honor,03/04/2019\nph-2,Honor,05/05/2020\nph-3,Honor,11/12/2020\n'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'assets.csv' })
    expect(devices.map((d) => d.manufactured)).toEqual(['2019', '2020-05-05', '2020'])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'assets.csv:2: warning: field "purchased" has the value "03/04/2019", which reads as 2019-04-03 or 2019-03-04 (day or month first); ' +
        'only its year, 2019, is kept, which decides whose the device is unless a change of owner falls in it. Write it as yyyy-mm-dd to keep the day.',
      'assets.csv:4: warning: field "purchased" has the value "11/12/2020", which reads as 2020-12-11 or 2020-11-12 (day or month first); ' +
        'only its year, 2020, is kept, which decides whose the device is unless a change of owner falls in it. Write it as yyyy-mm-dd to keep the day.',
    ])
  })

  it('reads a MAC as HP ProCurve and Aruba switches print it (show system: "Base MAC Addr : 7446a0-41a56f")', () => {
    const { devices, diagnostics } = parseInventoryCsv('Hostname,Base MAC Address\nsw-b-01,00e0fc-123456\n', { file: 'switches.csv' })
    expect(devices[0]?.macs).toEqual(['00:e0:fc:12:34:56'])
    expect(diagnostics.filter((d) => d.code === 'invalid_mac')).toEqual([])
  })

  it('knows the devices of a sheet headed in other words by its first column, when no column names them', () => {
    // A sheet kept by hand in Spanish and one in Chinese: the device name heads the first column.
    const es = parseInventoryCsv('Nombre del equipo,Dirección IP,Fabricante,Modelo\nrt-mad-01,10.0.0.9,ZTE,ZXR10 5950\n', { file: 'equipos.csv' })
    expect(es.devices).toEqual([{ id: 'rt-mad-01', name: 'rt-mad-01', manufacturer: 'ZTE', model: 'ZXR10 5950' }])
    expect(es.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'equipos.csv:1: warning: the header names no id, name or MAC column, so each device is known by its first column, "Nombre del equipo", which trustpath does not know ' +
        '(a sheet\'s device name or address, in its own words). If another column names the devices, rename that one "name" (or "id").',
      expect.stringMatching(/^equipos\.csv:1: warning: unknown column "Dirección IP" is ignored/),
    ])
    const zh = parseInventoryCsv('设备名称,IP地址,厂商,型号\n核心交换机-1,10.0.0.1,华为,S12708\n', { file: 'zh.csv' })
    expect(zh.devices).toEqual([{ id: '核心交换机-1', name: '核心交换机-1', manufacturer: '华为', model: 'S12708' }])
    // A summary that starts with what it counts is no list of devices; nor is a sheet that says nothing of what its rows are.
    expect(codes('Fabricante,Cantidad\nHuawei,2\n')).toEqual(['unknown_column@1', 'missing_column@1'])
    expect(codes('Gerät,Seriennr\nsw1,123\n')).toEqual(['unknown_column@1', 'missing_column@1'])
  })

  it('reports a missing id column once, on the header line, and reads no rows', () => {
    const { devices, diagnostics } = parseInventoryCsv('site,model\nfra,NE40E-X8\n', { file: 'devices.csv' })
    expect(devices).toEqual([])
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['missing_column@1'])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"devices.csv:1: error: missing column "id". Expected columns include: id, name, site, role, network, manufacturer, model, serial, macs, sys_object_id, sys_descr, firmware_version, … (9 more). Add an id column, or a name column (each device is then known by its name), a MAC column (known by its MAC), or a serial number column (known by its serial number)."`)
  })

  it('reads a Windows DHCP server\'s leases as Export-Csv writes them: ClientId is the MAC, HostName the name', () => {
    const leases = '#TYPE Microsoft.Management.Infrastructure.CimInstance#root/Microsoft/Windows/DHCP/DhcpServerv4Lease\r\n' +
      '"IPAddress","ScopeId","AddressState","ClientId","ClientType","Description","DnsRR","DnsRegistration","Flags","HostName","LeaseExpiryTime","NapCapable","NapStatus","PolicyName","ProbationEnds","ServerIP","SubnetMask","PSComputerName"\r\n' +
      '"192.0.2.5","192.0.2.0","Active","c0-56-e3-00-00-01","Dhcp","","A","NotApplicable",,"cam-lobby.corp.example","1/8/2025 10:00:00 AM","False","FullAccess","",,"192.0.2.1","255.255.255.0",\r\n' +
      '"192.0.2.6","192.0.2.0","Active","00-e0-fc-12-34-56","Dhcp","","A","NotApplicable",,,"1/8/2025 10:00:00 AM","False","FullAccess","",,"192.0.2.1","255.255.255.0",\r\n'
    const { devices } = parseInventoryCsv(leases, { file: 'leases.csv' })
    expect(devices).toEqual([
      { id: 'cam-lobby.corp.example', name: 'cam-lobby.corp.example', macs: ['c0:56:e3:00:00:01'], addresses: ['192.0.2.5'] },
      { id: '192.0.2.6', name: '192.0.2.6', macs: ['00:e0:fc:12:34:56'] },
    ])
  })

  it('knows each endpoint by its MAC when a file has neither id nor name (Cisco ISE endpoint export)', () => {
    // The columns Cisco ISE exports endpoints with (Context Visibility > Endpoints > Export);
    // EndPointPolicy is ISE's own profiling guess and is left out.
    const ise = 'MACAddress,EndPointPolicy,IdentityGroup,Description,StaticAssignment,StaticGroupAssignment\r\n' +
      'C0:56:E3:00:00:01,Hikvision-Device,Profiled,lobby camera,FALSE,FALSE\r\n' +
      '00-E0-FC-12-34-56,Huawei-Device,Profiled,,FALSE,FALSE\r\n' +
      ',Unknown,Unknown,no MAC,FALSE,FALSE\r\n'
    const { devices, diagnostics } = parseInventoryCsv(ise, { file: 'endpoints.csv' })
    expect(devices).toEqual([
      { id: 'c0:56:e3:00:00:01', macs: ['c0:56:e3:00:00:01'] },
      { id: '00:e0:fc:12:34:56', macs: ['00:e0:fc:12:34:56'] },
    ])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['hikvision', 'huawei'])
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['unknown_column@1', 'invalid_field@4'])
    expect(formatDiagnostic(diagnostics[1]!)).toContain('endpoints.csv:4:')
    expect(formatDiagnostic(diagnostics[1]!)).toContain('known by its MAC')
  })

  it('reads Intune\'s export of all devices by Device ID, with both MACs, and not the TPM\'s manufacturer', () => {
    // The columns of Devices > All devices > Export, as a script that reads the export names them
    // ('Device name', 'Serial number', 'Manufacturer', 'Model', 'Wi-Fi MAC', 'EthernetMAC',
    // 'Primary user UPN') and the rest of its header.
    const intune = 'Device ID,Device name,Enrollment date,Last check-in,OS version,Serial number,Manufacturer,Model,Wi-Fi MAC,Management name,Primary user UPN,Compliance,Ownership,OS,EthernetMAC,SystemManagementBIOSVersion,TPMManufacturerId\r\n' +
      '5f1c0e0a-0001,LAPTOP-0042,2024-02-01 09:00:00.0000000,2026-11-30 08:00:00.0000000,10.0.22631.4460,HWK1234567,HUAWEI,KLVL-WXX9,D8DAF1001122,jdoe_Windows,jdoe@contoso.com,Compliant,Corporate,Windows,00E0FC123456,HUAWEI 1.23,INTC\r\n' +
      '5f1c0e0a-0002,iPhone-Ana,2024-03-01 09:00:00.0000000,2026-11-30 08:00:00.0000000,17.5.1,F2LXK0000000,Apple,iPhone 14,,ana_iPhone,ana@contoso.com,Compliant,Corporate,iOS,,,\r\n'
    const { devices } = parseInventoryCsv(intune, { file: 'DevicesWithInventory.csv' })
    expect(devices).toEqual([
      { id: '5f1c0e0a-0001', name: 'LAPTOP-0042', manufacturer: 'HUAWEI', model: 'KLVL-WXX9', serial: 'HWK1234567', macs: ['d8:da:f1:00:11:22', '00:e0:fc:12:34:56'], firmware: { version: '10.0.22631.4460' } },
      { id: '5f1c0e0a-0002', name: 'iPhone-Ana', manufacturer: 'Apple', model: 'iPhone 14', serial: 'F2LXK0000000', firmware: { version: '17.5.1' } },
    ])
  })

  it('knows each device by its serial number when a file has no id, name or MAC column (Intune\'s Windows Autopilot devices export)', () => {
    // The columns of Intune's export of its Windows Autopilot devices (Devices > Windows >
    // Enrollment > Devices > Export), as a published one shows them (a blog post on bulk group
    // tags: `Serial number,Manufacturer,Model,Group tag,Profile status,Purchase order,Userless
    // Enrollment Status`, a Hyper-V machine's "Microsoft Corporation","Virtual Machine"). It was
    // refused as an inventory without an id column.
    const autopilot = 'Serial number,Manufacturer,Model,Group tag,Profile status,Purchase order,Userless Enrollment Status\r\n' +
      '"0924-3584-5488-9044-8423-3149-46","Microsoft Corporation","Virtual Machine","Entra","Assigned","","Unknown"\r\n' +
      '"5CG1234XYZ","HP","HP EliteBook 840 G8 Notebook PC","CIS","Assigned","","Not Allowed"\r\n' +
      '"HWMCX2024001","HUAWEI","MACHC-WAX9","Entra","Assigned","PO-4411","Not Allowed"\r\n' +
      '"","HP","HP ProDesk 400 G7","CIS","Assigned","",""\r\n'
    const { devices, diagnostics } = parseInventoryCsv(autopilot, { file: 'AutopilotDevices.csv' })
    expect(devices).toEqual([
      { id: '0924-3584-5488-9044-8423-3149-46', manufacturer: 'Microsoft Corporation', model: 'Virtual Machine', serial: '0924-3584-5488-9044-8423-3149-46' },
      { id: '5CG1234XYZ', manufacturer: 'HP', model: 'HP EliteBook 840 G8 Notebook PC', serial: '5CG1234XYZ' },
      { id: 'HWMCX2024001', manufacturer: 'HUAWEI', model: 'MACHC-WAX9', serial: 'HWMCX2024001' },
    ])
    const catalog = loadDefaultCatalog()
    expect(identify(devices[2]!, catalog).group).toBe('huawei')
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['unknown_column@1', 'invalid_field@5'])
    expect(formatDiagnostic(diagnostics[1]!)).toContain('AutopilotDevices.csv:5:')
    expect(formatDiagnostic(diagnostics[1]!)).toContain('known by its serial number')
    // A MAC column still comes first, as for a network access control's endpoints.
    expect(parseInventoryCsv('Serial number,MACAddress\r\nX1,00:e0:fc:12:34:56\r\n', { file: 'e.csv' }).devices[0]?.id).toBe('00:e0:fc:12:34:56')
  })

  it('reads an Axonius device export, its columns after the "Aggregated:" prefix; the network interfaces\' manufacturer is no evidence', () => {
    const axonius = '"Aggregated: Asset Name","Aggregated: Host Name","Aggregated: Network Interfaces: MAC","Aggregated: Network Interfaces: IPs","Aggregated: Network Interfaces: Manufacturer","Aggregated: Preferred Device Manufacturer","Aggregated: Device Model","Aggregated: Device Manufacturer Serial","Aggregated: OS: Type","Aggregated: Last Seen"\r\n' +
      '"sw-core-1","sw-core-1.corp.example","00:E0:FC:12:34:56","192.0.2.2","HUAWEI TECHNOLOGIES CO.,LTD","Huawei","S5720-28X-LI-AC","2102351234","","2026-11-30 08:00:00"\r\n' +
      '"","cam-7","C0:56:E3:00:00:07","192.0.2.7","Hangzhou Hikvision Digital Technology Co.,Ltd.","","","","Linux","2026-11-30 08:00:00"\r\n'
    const { devices, diagnostics } = parseInventoryCsv(axonius, { file: 'axonius.csv' })
    expect(devices).toEqual([
      { id: 'sw-core-1', name: 'sw-core-1', manufacturer: 'Huawei', model: 'S5720-28X-LI-AC', serial: '2102351234', macs: ['00:e0:fc:12:34:56'] },
      { id: 'cam-7', name: 'cam-7', macs: ['c0:56:e3:00:00:07'] },
    ])
    expect(diagnostics.map((d) => d.code === 'unknown_column' && d.columns)).toEqual([[
      'Aggregated: Network Interfaces: IPs', 'Aggregated: Network Interfaces: Manufacturer', 'Aggregated: OS: Type', 'Aggregated: Last Seen',
    ]])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'hikvision'])
    // Its field "Device Manufacturer" (the CSV adapter's `devicemanufacturer`: Axonius, "Asset Fields
    // Imported in File-Based Adapters"), without the preferred one: the maker all the same.
    const plain = '"Aggregated: Host Name","Aggregated: Device Manufacturer","Aggregated: Device Model"\r\n"nvr-2","Zhejiang Dahua Technology Co., Ltd.","DHI-NVR4108HS-4KS2"\r\n'
    const read = parseInventoryCsv(plain, { file: 'axonius.csv' })
    expect(read.diagnostics).toEqual([])
    expect(read.devices).toEqual([{ id: 'nvr-2', name: 'nvr-2', manufacturer: 'Zhejiang Dahua Technology Co., Ltd.', model: 'DHI-NVR4108HS-4KS2' }])
    expect(parseInventoryCsv('hostname,devicemanufacturer\ncam-9,Hikvision\n', { file: 'axonius-import.csv' }).devices[0]?.manufacturer).toBe('Hikvision')
  })

  it('reads the NE Report of Huawei\'s U2000 and iMaster NCE: NE Name the id, NE Type the model, NE IP Address and Software Version', () => {
    // U2000's NE Report, with the lines it writes above the columns. Its NE IDs are not unique
    // (0-0 on routers), and its Physical Location is free text ("Beijing China" for NEs elsewhere): both are left out.
    const u2000 = '"NE Report"\r\n"Save Time: 10/02/2026 04:00:46"\r\n"User Name:admin"\r\n"Total 3 Records"\r\n' +
      '"NE Name","NE Type","NE IP Address","NE MAC Address","NE ID","Software Version","Physical Location","Create Time","Fibercable Count","Running Status","Subnet","Subnet Path","Alias","Remarks","Patch Version List","Customized Column","LSR ID","Maintenance Status","Gateway Type","Gateway","Optical NE","Subrack Type","Conference Call","Orderwire Phone","NE Subtype"\r\n' +
      '"FRA-PE-01","NE40E-X8","10.33.79.9","00:E0:FC:12:34:56","0-0","VRP5.160 V600R008C10","Beijing China","10/31/2016 17:06:34","0","Normal","CORE","Physical Root/DATACOMM/CORE","10.33.79.9","The NE is created through auto discovery.","SPC300 SPH111","-","10.33.78.9","Normal","Non-gateway","--","--","Enhanced Subrack","--","--","NE40E-X8"\r\n' +
      '"FRA-ATN-07","ATN 910B","10.33.80.17","","0-0","VRP5.160 V300R003C10","Beijing China","03/12/2018 09:41:02","0","Normal","ACCESS","Physical Root/DATACOMM/ACCESS","-","-","SPC500","-","10.33.80.17","Normal","Non-gateway","--","--","--","--","--","ATN 910B"\r\n' +
      '"","OptiX OSN 3500","129.9.0.2","","9-2","5.21.17.10","Beijing China","05/20/2015 11:20:00","2","Normal","SDH","Physical Root/SDH","-","-","--","-","--","Normal","Gateway","--","--","--","--","--","--"\r\n'
    const { devices, diagnostics } = parseInventoryCsv(u2000, { file: 'NE_Report_2026-10-02_04-00-46.csv' })
    expect(devices).toEqual([
      { id: 'FRA-PE-01', name: 'FRA-PE-01', model: 'NE40E-X8', macs: ['00:e0:fc:12:34:56'], addresses: ['10.33.79.9'], firmware: { version: 'VRP5.160 V600R008C10' } },
      { id: 'FRA-ATN-07', name: 'FRA-ATN-07', model: 'ATN 910B', addresses: ['10.33.80.17'], firmware: { version: 'VRP5.160 V300R003C10' } },
      // without a name, the NE is known by its address
      { id: '129.9.0.2', name: '129.9.0.2', model: 'OptiX OSN 3500', firmware: { version: '5.21.17.10' } },
    ])
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['unknown_column@5'])
    expect(diagnostics[0]).toMatchObject({ columns: expect.arrayContaining(['NE ID', 'Physical Location', 'Subnet', 'Subrack Type', 'NE Subtype']) })
    // iMaster NCE's NE list: the NE type with its main board in the header, the ESN the serial number.
    const nce = 'NE Name,NE Type (MPU Type),NE IP Address,Software Version,Subnet,Subnet Path,Communication Status,Administrative Status,Physical Location,Created On,NE Alias,Patch Version List,ESN\n' +
      'CAI-POC2-01,NE40E-X8A,10.20.0.1,NE40E V800R021C10SPC600,POC2,ROOT/POC2,Normal,Normal,,2024-03-11 10:12:40,,SPH126,2102351931P0M8000123\n' +
      'CAI-OLT-03,MA5800-X17,10.20.4.3,MA5800V100R022C00,OLT,ROOT/OLT,Normal,Normal,,2023-08-02 16:01:05,,SPH201,\n' +
      'GIZ-CSG-11,ATN 910C-B,10.20.8.11,ATN 910C-BV800R022C00SPC600(VRPV800R022C01SPC500),CSG,ROOT/CSG,Interrupted,Normal,,2025-01-20 09:30:00,,HP0061,\n'
    const read = parseInventoryCsv(nce, { file: 'NE Report.csv' })
    expect(read.devices).toEqual([
      { id: 'CAI-POC2-01', name: 'CAI-POC2-01', model: 'NE40E-X8A', serial: '2102351931P0M8000123', addresses: ['10.20.0.1'], firmware: { version: 'NE40E V800R021C10SPC600' } },
      { id: 'CAI-OLT-03', name: 'CAI-OLT-03', model: 'MA5800-X17', addresses: ['10.20.4.3'], firmware: { version: 'MA5800V100R022C00' } },
      { id: 'GIZ-CSG-11', name: 'GIZ-CSG-11', model: 'ATN 910C-B', addresses: ['10.20.8.11'], firmware: { version: 'ATN 910C-BV800R022C00SPC600(VRPV800R022C01SPC500)' } },
    ])
    const catalog = loadDefaultCatalog()
    expect([...devices, ...read.devices].map((d) => identify(d, catalog).group)).toEqual(['huawei', 'huawei', 'huawei', 'huawei', 'huawei', 'huawei'])
  })

  it('refuses a report of the parts of network elements (boards, subracks, ports), naming the column and the NE list to give', () => {
    const refusal = (text: string) => {
      try {
        parseInventoryCsv(text, { file: 'report.csv' })
      } catch (err) {
        expect(err).toBeInstanceOf(TrustpathError)
        const e = err as TrustpathError
        return `${e.code}@${e.at?.line} ${e.message}`
      }
      return 'read'
    }
    // U2000's Board Report, below the lines it writes above its columns: one row per board, "NE" naming its NE.
    const board = '"Board Report"\n"Save Time: 10/02/2026 04:00:49"\n"User Name:admin"\n"Total 2 Records"\n' +
      '"NE","Board Name","Board Type","NE Type","Subrack ID","Slot ID","Hardware Version","Software Version","SN(Bar Code)","Alias","Remarks","Customized Column","Subrack Type","NE ID","BIOS Version","FPGA Version","Board Status","PN(BOM Code/Item)","Model","Rev(Issue Number)","Management","Description","Manufacture Date","Create Time"\n' +
      '"FRA-PE-01","LPU 1","DEVLPUF-21","NE40E-X8","1","1","CR52LPUK REV D","FSU ver Version 2.1","210305253310B2000065","-","-","-","--","0-0","--","--","Normal","03052533","--","00","Managed","Flexible Card Line Processing Unit(LPUF-21)","2011-02-13","--"\n' +
      '"FRA-PE-01","LPU 2","DEVLPUF-21","NE40E-X8","1","2","CR52LPUK REV D","FSU ver Version 2.1","210305253310B2000066","-","-","-","--","0-0","--","--","Normal","03052533","--","00","Managed","Flexible Card Line Processing Unit(LPUF-21)","2011-02-13","--"\n'
    expect(refusal(board)).toBe('input_invalid@5 the inventory lists the parts of network elements, one row per part ("Board Name"), not devices')
    const cases: [string, string][] = [
      // iMaster NCE's board list
      ['NE Name,Board Full Name,Slot ID,NE IP Address,NE Type (MPU TYPE),Board Name,Board Type,Hardware Version,Software Version,SN(Bar Code),Board Status,Model,Description,Manufactured On\nFRA-PE-01,1/1,1,10.33.79.9,NE40E-X8,LPUF-240,LPUF-240,CR57LPUF240A REV B,--,030QPV10H1000001,Normal,--,Flexible Card Line Processing Unit(LPUF-240),2019-04-02\n', 'Board Full Name'],
      // U2000's Subrack Report and Port Report
      ['NE,Subrack Name,Subrack Type,Subrack ID,Software Version,NE ID,SN(Bar Code),PN(BOM Code/Item),Description,Manufacture Date\nFRA-PE-01,NE40E-X8 frame,NE40E-X8,1,VRP (R) software,0-0,--,--,NE40E-X8 frame,--\n', 'Subrack Name'],
      ['NE Name,NE Type,Shelf No,Slot No,Subslot No,Port No,Port Name,Port Type,Port Rate (kbit/s)\nFRA-PE-01,NE40E-X8,1,1,0,0,GigabitEthernet1/0/0,Ethernet,1000000\n', 'Port Name'],
      // Huawei's RAN board inventory, and a ZTE port list
      ['NEName,NEType,NEFdn,Board Name,Board Type,Inventory Unit ID,SN(Bar Code),PN(BOM Code/Item),Date Of Manufacture\nBTS-0042,BTS5900,NE=42,UBBP,UBBPg3,1,020MYB10K1000123,03057211,2021-06-01\n', 'Board Name'],
      ['Ne Name,Ne Type,Board Name,Port No,Port Type,Port Used Status\nGIZ-CSG-11,ZXCTN 6180H,1-SMGD,1,GE,Used\n', 'Board Name'],
      // ZTE NetNumen U31's inventory of the units of its NEs, in 3GPP's InventoryUnit attributes: the columns a
      // public parser of its microwave CM export reads (TRANS_MW_ZTE_CM_Parser, the `_IM_` file), and the RAN
      // inventory's (tabs11/login_example, process_zte.py). Read as devices, every board was one.
      ['inventoryUnitId,inventoryUnitType,vendorUnitFamilyType,vendorUnitTypeNumber,vendorName,serialNumber,versionNumber,dateOfManufacture,unitPosition,manufacturerData,systemVersion,NE,NEType\n' +
        '1,Board,NCP,NCP,ZTE,219801234567,V1.0,2019-05-10,1-1-1,,V2.06,NE=1001,ZXMW NR8250\n2,Board,ODU,ODU,ZTE,219807654321,V1.0,2018-03-02,1-1-2,,V2.06,NE=1001,ZXMW NR8250\n', 'inventoryUnitType'],
      ['UserLabel;NEType;NE;vendorName;vendorUnitFamilyType\ne1001_Nakasero;SDR;NE=12,SDR=1001;ZTE;BBU\ne1001_Nakasero;SDR;NE=12,SDR=1001;ZTE;RRU\n', 'vendorUnitFamilyType'],
    ]
    for (const [text, column] of cases) expect(refusal(text), column).toBe(`input_invalid@1 the inventory lists the parts of network elements, one row per part ("${column}"), not devices`)
    // A part column without an NE column, or the NE Report's own Subrack Type, is no such report.
    expect(refusal('Hostname,Port Name,Model\nsw-1,GE0/0/1,S5720-28X-SI-AC\n')).toBe('read')
    expect(refusal('NE Name,NE Type,Subrack Type\nFRA-PE-01,NE40E-X8,Enhanced Subrack\n')).toBe('read')
  })

  it('reads a Checkmk view exported as CSV by its painter names: the SNMP inventory\'s product is the sysDescr', () => {
    // Checkmk names exported columns by painter and quotes every cell, `;` between them and the
    // line breaks of a cell dropped; its snmp_info inventory plugin puts sysDescr into
    // .hardware.system.product, the agent's DMI data puts the product name there.
    const row = (...cells: string[]) => cells.map((c) => `"${c}"`).join(';') + '\n'
    const csv = row('host', 'inv_hardware_system_manufacturer', 'inv_hardware_system_product', 'inv_hardware_system_model', 'inv_hardware_system_serial') +
      row('sw-core-1', '', 'S5720-52X-SI-ACHuawei Versatile Routing Platform SoftwareVRP (R) software, Version 5.170 (S5720 V200R011C10SPC600)', '', '') +
      row('rt-edge-1', 'Cisco', 'Cisco IOS Software, ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 16.9.4, RELEASE SOFTWARE (fc2)', 'ISR4331/K9', 'FDO21230ABC') +
      row('srv-1', 'Dell Inc.', 'PowerEdge R640', '', '7XYZ123') +
      row('unk-1', '', '', '', '')
    const { devices, diagnostics } = parseInventoryCsv(csv, { file: 'view.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: 'sw-core-1', name: 'sw-core-1', snmp: { sysDescr: 'S5720-52X-SI-ACHuawei Versatile Routing Platform SoftwareVRP (R) software, Version 5.170 (S5720 V200R011C10SPC600)' } },
      { id: 'rt-edge-1', name: 'rt-edge-1', manufacturer: 'Cisco', model: 'ISR4331/K9', serial: 'FDO21230ABC', snmp: { sysDescr: 'Cisco IOS Software, ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 16.9.4, RELEASE SOFTWARE (fc2)' } },
      { id: 'srv-1', name: 'srv-1', manufacturer: 'Dell Inc.', serial: '7XYZ123', snmp: { sysDescr: 'PowerEdge R640' } },
      { id: 'unk-1', name: 'unk-1' },
    ])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group ?? 'unknown')).toEqual(['huawei', 'cisco', 'dell', 'unknown'])
  })

  it('reads a Configuration Manager (SCCM) query saved from SQL Server as CSV, by the columns of its views with their 0', () => {
    // A query of v_R_System, v_GS_COMPUTER_SYSTEM, v_GS_PC_BIOS and v_RA_System_MACAddresses
    // without AS aliases (as in gvillant/ConfigMgrDev, SQL/List-All_ConfigmgrResources_NotClients.sql,
    // and DiegoShadow/SCCM, SCCM_QUERY_PC_MAC_IP.sql): every property ends in 0.
    const csv = 'Netbios_Name0,Manufacturer0,Model0,SerialNumber0,MAC_Addresses0,Operating_System_Name_and0\r\n' +
      'KIOSK-07,HUAWEI,MateBook D 14,7CN0220520001234,00:E0:FC:11:22:33,Microsoft Windows NT Workstation 10.0\r\n' +
      'PC-0042,Dell Inc.,OptiPlex 7090,7XYZ123,A4:BB:6D:00:00:01,Microsoft Windows NT Workstation 10.0\r\n'
    const { devices, diagnostics } = parseInventoryCsv(csv, { file: 'cm-query.csv' })
    expect(diagnostics.map(formatDiagnostic)).toEqual(['cm-query.csv:1: warning: unknown column "Operating_System_Name_and0" is ignored. Known columns: id, name, site, role, network, manufacturer, model, serial, macs, sys_object_id, sys_descr, firmware_version, firmware_sha256, components, manufactured, purchased, purpose, lat, lon, status, banner_<protocol>[_<field>].'])
    expect(devices).toEqual([
      { id: 'KIOSK-07', name: 'KIOSK-07', manufacturer: 'HUAWEI', model: 'MateBook D 14', serial: '7CN0220520001234', macs: ['00:e0:fc:11:22:33'] },
      { id: 'PC-0042', name: 'PC-0042', manufacturer: 'Dell Inc.', model: 'OptiPlex 7090', serial: '7XYZ123', macs: ['a4:bb:6d:00:00:01'] },
    ])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'dell'])
    // `Name0` is the name as `Name` is; a 0 after a digit is no such instance.
    expect(parseInventoryCsv('Name0,MACAddress0\nPC-1,00:E0:FC:11:22:34\n', { file: 'a.csv' }).devices).toEqual([{ id: 'PC-1', name: 'PC-1', macs: ['00:e0:fc:11:22:34'] }])
    expect(parseInventoryCsv('Name,Type10\nPC-1,x\n', { file: 'b.csv' }).diagnostics.map(formatDiagnostic)).toEqual([expect.stringContaining('unknown column "Type10" is ignored')])
  })

  it('reads the device name of Microsoft\'s device exports in German, French and Italian (Gerätename, Nom de l’appareil, Nome dispositivo)', () => {
    // Microsoft Managed Desktop's device export as its translated documentation lists the columns
    // (MicrosoftDocs/microsoft-365-docs-pr.de-DE, .fr-FR, .it-IT: device-inventory-report.md),
    // saved from a German Excel with ";".
    const de = 'Seriennummer;Gerätename;Verwaltet von;Hersteller;Modell;Betriebssystem\r\n' +
      '7CN0220520001234;KIOSK-07;Intune;HUAWEI;MateBook D 14;Windows 11\r\n' +
      '7XYZ123;PC-0042;Intune;Dell Inc.;OptiPlex 7090;Windows 11\r\n'
    const { devices } = parseInventoryCsv(de, { file: 'geraete.csv' })
    expect(devices.map((d) => [d.id, d.name, d.manufacturer, d.serial])).toEqual([
      ['KIOSK-07', 'KIOSK-07', 'HUAWEI', '7CN0220520001234'],
      ['PC-0042', 'PC-0042', 'Dell Inc.', '7XYZ123'],
    ])
    // The typographic apostrophe Microsoft writes, or a plain one, as a user types it.
    for (const header of ['Nom de l’appareil', "Nom de l'appareil", 'Nome dispositivo']) {
      expect(parseInventoryCsv(`${header},Fabricant\ncam-hall-1,Dahua\n`, { file: 'a.csv' }).devices, header).toEqual([{ id: 'cam-hall-1', name: 'cam-hall-1', manufacturer: 'Dahua' }])
    }
  })

  it('names a device by its FQDN where the export gives no name, before its address (ServiceNow\'s fqdn)', () => {
    const csv = 'ip_address,fqdn,mac_address\n10.0.0.7,cam-7.corp.example,bc:ad:28:11:22:33\n10.0.0.8,,00:e0:fc:12:34:56\n'
    expect(parseInventoryCsv(csv, { file: 'cmdb_ci.csv' }).devices.map((d) => d.id)).toEqual(['cam-7.corp.example', '10.0.0.8'])
    expect(parseInventoryCsv('Fully Qualified Domain Name,Manufacturer\nsw1.corp.example,Huawei\n', { file: 'ci.csv' }).devices).toEqual([{ id: 'sw1.corp.example', name: 'sw1.corp.example', manufacturer: 'Huawei' }])
  })

  it('reads a Vendor column beside a Manufacturer column only where the manufacturer is empty, warning on the header that it may name the seller, and a lone Vendor column as the manufacturer', () => {
    // ServiceNow's CIs have both, each a company (Configuration Item [cmdb_ci] class: reference
    // attributes Manufacturer and Vendor); a purchase sheet's Vendor is the reseller. A router bought
    // from its maker still names it: dropping the column would miss that Huawei.
    const csv = 'name,manufacturer,vendor,model_id\r\n' +
      'cam-lobby,Hikvision,CDW,\r\n' +
      'rt-core-9,,Huawei,\r\n' +
      'sw-core-10,,Insight,\r\n'
    const { devices, diagnostics } = parseInventoryCsv(csv, { file: 'cmdb_ci_netgear.csv' })
    expect(devices.map((d) => [d.id, d.manufacturer])).toEqual([['cam-lobby', 'Hikvision'], ['rt-core-9', 'Huawei'], ['sw-core-10', 'Insight']])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'cmdb_ci_netgear.csv:1: warning: column "vendor" is read as the manufacturer only in rows whose "manufacturer" is empty; beside a manufacturer column it may name ' +
        'the company the devices were bought from (ServiceNow\'s Vendor, a purchase sheet\'s reseller), which is then declared their maker. ' +
        'If it does, leave it out of the export or rename it (for example "supplier").',
    ])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group ?? 'unknown')).toEqual(['hikvision', 'huawei', 'unknown'])
    // IP Fabric, NAPALM and Netdisco call the maker vendor, with no other column for it.
    expect(parseInventoryCsv('hostname,vendor,model\nsw1,huawei,S5735\n', { file: 'ipf.csv' })).toMatchObject({ devices: [{ id: 'sw1', manufacturer: 'huawei' }], diagnostics: [] })
  })

  it('reads the brand column of iTop\'s exports and of sheets kept by hand as the declared manufacturer (Marque, Marca, Marke, 品牌)', () => {
    // iTop labels a physical device's brand Marque (fr), Marca (es), Marke (de), 品牌 (zh)
    // (Combodo/iTop, datamodels/2.x/itop-config-mgmt/dictionaries/*.dict.itop-config-mgmt.php); a
    // Huawei switch whose model no pattern knows is told by that column alone.
    const fr = 'Nom;Marque;Nom Modèle;Numéro de série;Nom site\r\n' +
      'sw-lyon-2;Huawei;AR-LAB-1;2102351234;Lyon\r\n' +
      'cam-hall;Dahua;;6G0ABCDPAG12345;Lyon\r\n'
    expect(parseInventoryCsv(fr, { file: 'itop.csv' })).toMatchObject({
      devices: [
        { id: 'sw-lyon-2', manufacturer: 'Huawei', model: 'AR-LAB-1', serial: '2102351234', site: 'Lyon' },
        { id: 'cam-hall', manufacturer: 'Dahua', site: 'Lyon' },
      ],
      diagnostics: [],
    })
    for (const [header, value] of [['Marca', 'ZTE'], ['Nombre Marca', 'ZTE'], ['Marke', 'Hikvision'], ['品牌', '华为'], ['Merk', 'Dahua'], ['Marka', 'Huawei']]) {
      expect(parseInventoryCsv(`Nom,${header}\nd1,${value}\n`, { file: 'a.csv' }).devices, header).toEqual([{ id: 'd1', name: 'd1', manufacturer: value }])
    }
  })

  it('reads the French labels of GLPI Agent\'s scan results (Nom ou IP, Localisation, Fabriquant, Modèle, Numéro de série, Adresse MAC)', () => {
    // glpi-project/glpi-agent, share/html/toolbox/results-language-fr.txt; "Fabriquant" is also how
    // many French sheets kept by hand spell the maker's column.
    const csv = 'Nom ou IP;Localisation;Fabriquant;Modèle;Numéro de série;Adresse MAC\r\n10.1.0.7;Lyon;Huawei;AR-LAB-1;2102351234;\r\n'
    expect(parseInventoryCsv(csv, { file: 'resultats.csv' })).toMatchObject({
      devices: [{ id: '10.1.0.7', site: 'Lyon', manufacturer: 'Huawei', model: 'AR-LAB-1', serial: '2102351234' }], diagnostics: [],
    })
    expect(parseInventoryCsv('Device name or IP,MAC\nsw-7,00:e0:fc:12:34:56\n', { file: 'results.csv' }).devices).toEqual([{ id: 'sw-7', name: 'sw-7', macs: ['00:e0:fc:12:34:56'] }])
  })

  it('takes a Windows product ID under "Product ID" for no model, so that the Model column beside it gives the model', () => {
    // `Product ID` is Cisco's part number column, and the Windows licence's id in systeminfo and the
    // asset lists built on it (00330-80000-00000-AA123; OEM 00330-50000-00000-AAOEM; XP 55274-640-1234567-23456).
    const csv = 'Computer Name,Manufacturer,Model,Product ID\n' +
      'KIOSK-07,HUAWEI,MACHD-WXX9,00330-80000-00000-AA123\n' +
      'KIOSK-08,HUAWEI,MACHD-WXX9,00330-50000-00000-AAOEM\n' +
      'PC-0001,Dell Inc.,OptiPlex 755,55274-640-1234567-23456\n' +
      'sw-core-1,Cisco,,C9300-48P\n'
    const { devices, diagnostics } = parseInventoryCsv(csv, { file: 'assets.csv' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.model)).toEqual(['MACHD-WXX9', 'MACHD-WXX9', 'OptiPlex 755', 'C9300-48P'])
    // The same in JSON (`systeminfo | jc --systeminfo`: kellyjonbrazil/jc, jc/parsers/systeminfo.py).
    const json = JSON.stringify([{ host_name: 'KIOSK-07', product_id: '00330-80000-00000-AA123', model: '' }])
    expect(parseInventory(json, { file: 'systeminfo.json' }).devices).toEqual([{ id: 'KIOSK-07', name: 'KIOSK-07' }])
  })

  it('reads Windows\' systeminfo /fo csv of several computers: the System Manufacturer and Model, not the OS Manufacturer', () => {
    // The columns of `systeminfo /fo csv` (as Jakub-Syrek/PS-Script-Mac, GetHostInfo.ps1, lists
    // them), run on two computers and joined: the second header repeats.
    const header = '"Host Name","OS Name","OS Version","OS Manufacturer","OS Configuration","OS Build Type","Registered Owner","Registered Organization","Product ID","Original Install Date","System Boot Time","System Manufacturer","System Model","System Type","Processor(s)","BIOS Version"\r\n'
    const csv = header +
      '"KIOSK-07","Microsoft Windows 11 Pro","10.0.22631 N/A Build 22631","Microsoft Corporation","Standalone Workstation","Multiprocessor Free","user","","00330-80000-00000-AA123","2/1/2024, 9:14:03 AM","12/1/2026, 8:00:00 AM","HUAWEI","MACHD-WXX9","x64-based PC","1 Processor(s) Installed.","HUAWEI 2.01, 8/12/2023"\r\n' +
      header +
      '"PC-0042","Microsoft Windows 10 Enterprise","10.0.19045 N/A Build 19045","Microsoft Corporation","Member Workstation","Multiprocessor Free","IT","Acme","00329-00000-00003-AA456","5/3/2022, 10:01:12 AM","12/1/2026, 7:58:40 AM","Dell Inc.","OptiPlex 7090","x64-based PC","1 Processor(s) Installed.","Dell Inc. 1.18.0, 3/8/2023"\r\n'
    const { devices, diagnostics } = parseInventoryCsv(csv, { file: 'systeminfo.csv' })
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['unknown_column@1', 'repeated_header@3'])
    expect(devices.map((d) => [d.id, d.manufacturer, d.model])).toEqual([['KIOSK-07', 'HUAWEI', 'MACHD-WXX9'], ['PC-0042', 'Dell Inc.', 'OptiPlex 7090']])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'dell'])
  })

  it('refuses Netdisco\'s module inventory (a row per chassis, power supply or card of each device), naming the device list to give', () => {
    // Netdisco's moduleinventory_csv.tt columns; the device search export (Device, Location, System Name, ...) is read.
    const modules = 'Device,Description,Name,Class,Type,Model,Serial,HW Version,SW Version,FW Version\n' +
      'sw-core-1.example.net,S5720-52X-SI-AC,S5720-52X-SI-AC,Chassis,,S5720-52X-SI-AC,2102351234,VER.B,V200R011C10SPC500,\n' +
      'sw-core-1.example.net,POWER Card,PWR1,Powersupply,,PAC600S12-CB,2102312ABC,,,\n'
    let refused: TrustpathError | undefined
    try {
      parseInventoryCsv(modules, { file: 'moduleinventory.csv' })
    } catch (err) {
      refused = err as TrustpathError
    }
    expect(refused).toBeInstanceOf(TrustpathError)
    expect(`${refused?.code}@${refused?.at?.line} ${refused?.message}`).toBe('input_invalid@1 the inventory lists the modules of devices, one row per module ("Class"), not devices')
    expect(refused?.hint).toContain('device search')
    // A device list with a class or a name column is still a device list.
    const devices = parseInventoryCsv('Device,Location,System Name,Model,OS Version,Management IP,Serial\nsw-core-1.example.net,Berlin DC1,sw-core-1,S5720-52X-SI-AC,V200R011C10SPC500,10.0.0.1,2102351234\n', { file: 'devices.csv' }).devices
    expect(devices).toEqual([{ id: 'sw-core-1.example.net', name: 'sw-core-1.example.net', site: 'Berlin DC1', model: 'S5720-52X-SI-AC', serial: '2102351234', addresses: ['10.0.0.1'], firmware: { version: 'V200R011C10SPC500' } }])
    expect(parseInventoryCsv('Device,Name,Class,Serial\nsw-1,sw-1,Switch,2102351234\n', { file: 'assets.csv' }).devices).toHaveLength(1)
  })

  it('warns once about the unknown columns, naming them all, and ignores them', () => {
    const { devices, diagnostics } = parseInventoryCsv('id,colour,banner_gopher\nd1,red,x\nd2,blue,y\n', { file: 'devices.csv' })
    expect(devices).toEqual([{ id: 'd1' }, { id: 'd2' }])
    expect(diagnostics.map((d) => d.code === 'unknown_column' && `${d.columns.join('+')}@${d.at.line}`)).toEqual(['colour+banner_gopher@1'])
  })

  it('quotes a column name of a file without line breaks cut short, with its length', () => {
    const { diagnostics } = parseInventoryCsv(`id,${'x'.repeat(1000)}\nd1,a\n`, { file: 'devices.csv' })
    expect(formatDiagnostic(diagnostics[0]!)).toBe(`devices.csv:1: warning: unknown column "${'x'.repeat(200)}"… (1,000 characters) is ignored. ` +
      'Known columns: id, name, site, role, network, manufacturer, model, serial, macs, sys_object_id, sys_descr, firmware_version, firmware_sha256, components, manufactured, purchased, purpose, lat, lon, status, banner_<protocol>[_<field>].')
  })

  it('reports a row with the wrong number of fields with expected and got, and skips it', () => {
    const { devices, diagnostics } = parseInventoryCsv('id,name\nd1,a\nd2,b,extra\nd3\nd4,d\n', { file: 'devices.csv' })
    expect(devices.map((d) => d.id)).toEqual(['d1', 'd4'])
    expect(diagnostics).toMatchObject([
      { code: 'malformed_csv', problem: 'field_count', expected: 2, got: 3, at: { line: 3 } },
      { code: 'malformed_csv', problem: 'field_count', expected: 2, got: 1, at: { line: 4 } },
    ])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"devices.csv:3: error: the row has 3 fields, the header has 2. Quote fields that contain commas."`)
    // Too few: a footer line below the table (as reports end), which quoting would not mend.
    expect(formatDiagnostic(diagnostics[1]!)).toMatchInlineSnapshot(`"devices.csv:4: error: the row has 1 field, the header has 2: it is skipped. A line of text below or inside the table (a note, a footer) is no device: remove it; a device's row keeps a separator for each empty cell (sw1,,,)."`)
  })

  it('reports quote problems with the line where the record starts', () => {
    expect(codes('id,name\nd1,"two\nlines"\nd2,5" rack\nd3,"open\n')).toEqual(['malformed_csv@4', 'malformed_csv@5'])
    const [stray] = parseInventoryCsv('id,name\nd2,5" rack\n', { file: 'devices.csv' }).diagnostics
    expect(formatDiagnostic(stray!)).toMatchInlineSnapshot(`"devices.csv:2: error: a double quote appears inside an unquoted field. Quote the whole field and double the inner quote ("")."`)
  })

  it('takes a MAC cell of "N/A" or "unknown" for no MAC, without a warning', () => {
    expect(codes('id,mac\nd1,N/A\nd2,unknown\nd3,zz\n')).toEqual(['invalid_mac@4'])
  })

  it('counts lines inside quoted fields so later diagnostics point at the right line', () => {
    expect(codes('id,sys_descr,mac\nd1,"a\nb\nc",zz\nd2,x,yy\n')).toEqual(['invalid_mac@2', 'invalid_mac@5'])
  })

  it('reads 10,000 rows with 3 bad ones as 9,997 devices and 3 diagnostics', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `d${i},rt-${i},00:e0:fc:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}:01`)
    rows[40] = 'd40,"broken'
    rows[4000] = 'd4000,too,many,fields'
    rows[9998] = ',no-id,'
    const { devices, diagnostics } = parseInventoryCsv(`id,name,macs\n${rows.join('\n')}\n`, { file: 'big.csv' })
    expect(devices.length).toBe(9_997)
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_csv@42', 'malformed_csv@4002', 'invalid_field@10000'])
  })

  it('reads the rows of a file joined from Windows and old Mac exports, its CRLF and lone CR line ends mixed', () => {
    // Line 2 holds two rows parted by a carriage return alone; read as one, it had 5 fields and both were lost.
    const text = 'id,name,mac\r\nd1,a,00e0fc000001\rd2,b,00e0fc000002\r\nd3,c,00e0fc000003\r\nd4,d,00e0fc000004\r'
    const { devices, diagnostics } = parseInventoryCsv(text, { file: 'joined.csv' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.name, d.macs])).toEqual([
      ['d1', 'a', ['00:e0:fc:00:00:01']], ['d2', 'b', ['00:e0:fc:00:00:02']], ['d3', 'c', ['00:e0:fc:00:00:03']], ['d4', 'd', ['00:e0:fc:00:00:04']],
    ])
    // A name that holds a carriage return, its row of the header's width, stays one device.
    expect(parseInventoryCsv('id,name,role\nd1,rt\r1,core\n', { file: 'x.csv' }).devices.map((d) => d.name)).toEqual(['rt\r1'])
  })

  it('gives the same devices when UTF-8 bytes are cut anywhere and decoded as a stream', async () => {
    const text = 'id,name,macs\nd1,"Zürich, “edge”\n✓",00:e0:fc:00:00:01\nd2,𝔘nïcode 𝔘,\nd3,"""q""",00e0.fc00.0003\n'
    const bytes = new TextEncoder().encode(text)
    const expected = await collect([text], { file: 'u.csv' })
    await fc.assert(fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 8 }), async (cuts) => {
      const decoder = new TextDecoder('utf-8')
      const points = [...new Set(cuts)].sort((a, b) => a - b)
      const chunks: string[] = []
      let from = 0
      for (const p of [...points, bytes.length]) {
        chunks.push(decoder.decode(bytes.subarray(from, p), { stream: true }))
        from = p
      }
      chunks.push(decoder.decode())
      expect(await collect(chunks, { file: 'u.csv' })).toEqual(expected)
    }))
    expect(expected.devices.map((d) => d.name)).toEqual(['Zürich, “edge”\n✓', '𝔘nïcode 𝔘', '"q"'])
  })
})

describe('a text read as CSV only because nothing told another format', () => {
  // ZTE ZXROS `show interface brief`, networktocode/ntc-templates
  // tests/zte_zxros/show_interface_brief/zte_zxros_show_interface_brief.raw (first rows)
  const ZTE_INTERFACE_BRIEF = [
    'Interface               Attribute  Mode         BW    Admin Phy   Prot  Description                                               ',
    'xgei-1/1/0/1            optical    Duplex/full  1G    up    up    up    Link_to_XXXXXX                  ',
    'xgei-1/1/0/3            optical    Duplex/full  1G    down  down  down                                                            ',
  ].join('\n') + '\n'

  it('is refused with one error that quotes its first line and lists the layouts read, when its header names no column', () => {
    for (const file of ['show-interface-brief.txt', '-']) {
      let error: unknown
      try {
        parseInventory(ZTE_INTERFACE_BRIEF, { file })
      } catch (e) {
        error = e
      }
      expect(error, file).toBeInstanceOf(TrustpathError)
      expect(error).toMatchObject({
        code: 'input_invalid', at: { file, line: 1 },
        message: expect.stringMatching(/layout trustpath does not read: its first line \("Interface {15}Attribute/),
        hint: expect.stringMatching(/identify --help lists the formats read.*--input-format/),
      })
    }
  })

  it('says a YAML inventory of an automation tool is one, and what to give instead', () => {
    // Nornir's SimpleInventory hosts.yaml as published (JulioPDX/nornir_snmp_validation and
    // OrhanErgun-net/Nornir, inventory/hosts.yaml), cut.
    const nornir = '---\nNY-SW-01:\n  hostname: 192.168.10.37\n  groups:\n    - cisco\n    - switches\n  data:\n    site: NY\n'
    const bare = 'router1:\n  hostname: 192.168.31.49\n\nrouter2:\n  hostname: 192.168.31.149\n'
    for (const [text, first] of [[nornir, '---'], [bare, 'router1:']] as const) {
      expect(() => parseInventory(text, { file: 'hosts.yaml' })).toThrow(expect.objectContaining({
        code: 'input_invalid', at: { file: 'hosts.yaml', line: 1 },
        message: `the inventory is YAML ("${first}"), such as Nornir's hosts.yaml or Ansible's inventory, which lists the hosts to connect to, not what they are`,
        hint: expect.stringMatching(/NAPALM's get_facts .* Ansible's facts/),
      }))
    }
  })

  it('is still read as a CSV when named so, with its unknown columns and the missing id told', () => {
    const { devices, diagnostics } = parseInventory(ZTE_INTERFACE_BRIEF, { file: 'interfaces.csv' })
    expect(devices).toEqual([])
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown_column', 'missing_column'])
  })

  it('is read when its header names a column, whatever the others', () => {
    const { devices } = parseInventory('hostname;Asset tag\nrt-1;A-17\n', { file: 'assets.txt' })
    expect(devices.map((d) => d.id)).toEqual(['rt-1'])
  })

  it('takes no line of a table aligned by spaces for its header, whose second header line starts with ID', () => {
    // Huawei SmartAX `display ont info summary ont`, as networktocode/ntc-templates tests/huawei_smartax/
    // display_ont_info_summary_ont/huawei_smartax_display_ont_info_summary_ont_2.raw has it (cut): its
    // `  ID      (m)      (dBm)` line was taken for a header naming the id column, and each line under
    // it, dashes and all, for a device. (Told by its first line, it is now read as the OLT's ONTs: see
    // cli-output.test.ts; read as CSV it names no column.)
    const text = SMARTAX_ONT_SUMMARY
    const { devices, diagnostics } = parseInventory(text, { file: 'olt.txt', format: 'csv' })
    expect(devices).toEqual([])
    expect(diagnostics.map((d) => d.code)).toContain('missing_column')
    // A one-column CSV of a known column is still one.
    expect(parseInventory('ID\nsw-1\nsw-2\n', { file: 'ids.txt' }).devices.map((d) => d.id)).toEqual(['sw-1', 'sw-2'])
  })
})

describe('a file without its header line', () => {
  it('says that the first line holds values when it holds an address, and how to name the columns of shodan parse\'s output', () => {
    // `shodan parse --fields ip_str,port,data --separator ,` writes the fields of each banner, no header.
    const { diagnostics } = parseInventory('192.0.2.7,22,SSH-2.0-HUAWEI-1.5\n198.51.100.9,80,HTTP/1.1 200 OK\n', { file: 'banners.csv' })
    // One error: its values are no unknown columns.
    expect(diagnostics.map((d) => d.code)).toEqual(['missing_column'])
    const missing = diagnostics[0]!
    expect(formatDiagnostic(missing)).toBe('banners.csv:1: error: missing column "id": the first line holds values, not column names ("192.0.2.7" is an address), so the file has no header line (shodan parse writes none; rows copied without their first line have none). Add a header line naming the columns first, separated as the rows are: for shodan parse --fields ip_str,port,data the same names, ip_str, port and data; else id or name, and the columns of docs/inventory.md.')
    // Named as said, its rows are Shodan's banners.
    const { devices } = parseInventory('ip_str,port,data\n192.0.2.7,22,SSH-2.0-HUAWEI-1.5\n', { file: 'banners.csv' })
    expect(devices).toEqual([{ id: '192.0.2.7:22', name: '192.0.2.7', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] }])
  })
})
