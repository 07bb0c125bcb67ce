import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { DEFAULT_COST_TABLE } from './cost-table.js'
import { buildCostTable, costOf, costsOf, findCostRow, parseCostOverrides, parseCostWorkbook, siteOverheadShare } from './costs.js'
import { buildWorkbook, textSheet } from '../test-support/workbook.js'
import { TrustpathError } from '../errors.js'

const OVERRIDES = `role,model,equipment,labour,site_overhead
ran,,300000,100000,50000
core,/^NE40E/,150000,20000,10000
camera,DS-2CD2143G2-I,400,200,0
`

describe('parseCostOverrides', () => {
  it('reads a cost sheet headed in German or Japanese as the same sheet headed in English', () => {
    const english = parseCostOverrides('role,model,equipment,labour,site_overhead\nran,,300000,120000,80000\n', { file: 'costs.csv' })
    const german = parseCostOverrides('Rolle;Modell;Ausrüstung (USD);Arbeitskosten (USD);Standortkosten (USD)\nran;;300000;120000;80000\n', { file: 'costs.csv' })
    const japanese = parseCostOverrides('役割,機種,機器費,工事費,拠点経費\nran,,300000,120000,80000\n', { file: 'costs.csv' })
    for (const r of [german, japanese]) {
      expect(r.diagnostics).toEqual([])
      expect(r.value).toEqual(english.value)
    }
  })

  it('reads role rows, regex model rows and exact model rows', () => {
    const { value, diagnostics } = parseCostOverrides(OVERRIDES, { file: 'costs.csv' })
    expect(diagnostics).toEqual([])
    expect(value.map((r) => [r.id, r.role, r.model])).toEqual([
      ['costs.csv:2', 'ran', undefined],
      ['costs.csv:3', 'core', { kind: 'pattern', pattern: '^NE40E' }],
      ['costs.csv:4', 'camera', { kind: 'exact', model: 'DS-2CD2143G2-I' }],
    ])
    expect(value[0]).toMatchObject({ equipment: 300000, labour: 100000, siteOverhead: 50000 })
  })

  it('reads a procurement sheet\'s Unit price column as the equipment, where the sheet was refused for a missing equipment column', () => {
    const { value, diagnostics } = parseCostOverrides('Role,Model,Unit price (USD),Labor,Installation,Site overhead\ncore,/NE40E/,"$180,000","$20,000","$13,000","$20,000"\n', { file: 'c.csv' })
    expect(diagnostics).toEqual([])
    expect(value).toMatchObject([{ role: 'core', equipment: 180_000, labour: 33_000, siteOverhead: 20_000 }])
  })

  it('accepts "labor" for labour and leaves out the optional model column', () => {
    const { value, diagnostics } = parseCostOverrides('role,equipment,labor,site_overhead\nserver,9000,1000,0\n', { file: 'c.csv' })
    expect(diagnostics).toEqual([])
    expect(value[0]).toMatchObject({ role: 'server', equipment: 9000, labour: 1000 })
  })

  it('reports a missing column with the header line', () => {
    const { value, diagnostics } = parseCostOverrides('role,model,equipment\nran,,1\n', { file: 'costs.csv' })
    expect(value).toEqual([])
    expect(diagnostics.map((d) => [d.code, d.at.line, 'column' in d ? d.column : ''])).toEqual([
      ['missing_column', 1, 'labour'],
      ['missing_column', 1, 'site_overhead'],
    ])
    // Each other heading said once: "unit_price", not also "unitprice", which a header matches alike.
    const price = parseCostOverrides('role,labour,site_overhead\nran,1,1\n', { file: 'costs.csv' }).diagnostics.map(formatDiagnostic)[0]!
    expect(price).toMatch(/^costs\.csv:1: error: missing column "equipment" \(or headed "unit_price", "unit_cost", "Ausrüstung"/)
    expect(price).not.toMatch(/"unitprice"|"unitcost"/)
  })

  it('skips bad rows with a diagnostic naming the field and keeps the good ones', () => {
    const text = 'role,model,equipment,labour,site_overhead\nrouter,,1,1,1\ncore,/([/,1,1,1\nran,,tbd,1,1\nran,,1,1,1\n'
    const { value, diagnostics } = parseCostOverrides(text, { file: 'costs.csv' })
    expect(value.map((r) => r.id)).toEqual(['costs.csv:5'])
    expect(diagnostics.map((d) => [d.code, d.at.line, d.code === 'invalid_field' ? d.field : ''])).toEqual([
      ['invalid_field', 2, 'role'],
      ['invalid_field', 3, 'model'],
      ['invalid_field', 4, 'equipment'],
    ])
    expect(formatDiagnostic(diagnostics[2]!)).toMatchInlineSnapshot(`"costs.csv:4: error: field "equipment" has the value "tbd"; expected an amount in US dollars, such as 250000, 250,000.50 or 250.000,50."`)
  })

  it('reads the amounts of a procurement sheet as a spreadsheet saves them, and 150.000 as $150,000 rather than $150', () => {
    const us = 'role,model,equipment,labour,site_overhead\ncore,,"$150,000.00","$20,000",$10000\naccess,,"7,500.50",1.2k,0\n'
    expect(parseCostOverrides(us, { file: 'costs.csv' }).value.map((r) => [r.role, r.equipment, r.labour, r.siteOverhead])).toEqual([
      ['core', 150000, 20000, 10000],
      ['access', 7500.5, 1200, 0],
    ])
    const de = 'role;model;equipment;labour;site_overhead\ncore;;150.000;20.000,50;10 000\n'
    expect(parseCostOverrides(de, { file: 'kosten.csv' }).value.map((r) => [r.equipment, r.labour, r.siteOverhead])).toEqual([[150000, 20000.5, 10000]])
  })

  it('skips the total row below the prices with a warning, where it stopped the plan as a row of an unknown role', () => {
    const text = 'role,model,equipment,labour,site_overhead\ncore,,"$150,000",20000,0\naccess,,"$7,500",500,0\nTotal,,"$157,500","$20,500",$0\n'
    const { value, diagnostics } = parseCostOverrides(text, { file: 'costs.csv' })
    expect(value.map((r) => r.role)).toEqual(['core', 'access'])
    expect(diagnostics.map(formatDiagnostic)).toEqual(['costs.csv:4: warning: this row, "Total $157,500 $20,500 $0", is a spreadsheet\'s total, not a cost row: it is skipped.'])
  })

  it('adds an installation column to labour and a licences column to equipment, where they were ignored as unknown columns and left out of the plan', () => {
    // A procurement sheet that prices the unit, its licences, the labour and the installation apart.
    const text = 'Role,Model,Hardware (USD),Licences (USD),Labour (USD),Installation (USD),Site overhead (USD),Notes\n' +
      'core,/NE40E/,"$150,000","$30,000","$20,000","$13,000","$20,000",quote 4711\n'
    const { value, diagnostics } = parseCostOverrides(text, { file: 'costs.csv' })
    expect(value).toMatchObject([{ role: 'core', equipment: 180_000, labour: 33_000, siteOverhead: 20_000 }])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'costs.csv:1: warning: unknown column "Notes" is ignored. Known columns: role, model, equipment, labour, site_overhead.'])
    expect(costOf({ role: 'core', model: 'NE40E-X8' }, buildCostTable(value)).total).toBe(233_000)
    const bad = parseCostOverrides('role,equipment,labour,installation,site_overhead\ncore,1,1,tbd,1\n', { file: 'costs.csv' })
    expect(bad.value).toEqual([])
    expect(bad.diagnostics.map(formatDiagnostic)).toEqual([
      'costs.csv:2: error: field "installation" has the value "tbd"; expected an amount in US dollars, such as 250000, 250,000.50 or 250.000,50.'])
  })

  it('skips the subtotal rows that name what they sum (Subtotal RAN) with the total\'s warning, where each stopped the plan as a row of an unknown role', () => {
    const text = 'role,model,equipment,labour,site_overhead\nran,,"$355,000","$148,000","$90,000"\nSubtotal RAN,,"$355,000","$148,000","$90,000"\n' +
      'core,,"$180,000","$33,000","$20,000"\nSubtotal core,,"$180,000","$33,000","$20,000"\nGrand total,,"$535,000","$181,000","$110,000"\n'
    const { value, diagnostics } = parseCostOverrides(text, { file: 'costs.csv' })
    expect(value.map((r) => r.role)).toEqual(['ran', 'core'])
    expect(diagnostics.map((d) => [d.code, d.severity, d.at.line])).toEqual([['total_row', 'warning', 3], ['total_row', 'warning', 5], ['total_row', 'warning', 6]])
    expect(formatDiagnostic(diagnostics[0]!)).toBe('costs.csv:3: warning: this row, "Subtotal RAN $355,000 $148,000 $90,000", is a spreadsheet\'s total, not a cost row: it is skipped.')
  })

  it('reads headers that carry the currency (Equipment (USD), Labor [$]), and refuses a column headed in another one', () => {
    const usd = 'Role,Model,Equipment (USD),Labor [$],Site overhead (US$)\ncore,,"$150,000",20000,0\n'
    expect(parseCostOverrides(usd, { file: 'costs.csv' })).toMatchObject({ value: [{ role: 'core', equipment: 150000, labour: 20000, siteOverhead: 0 }], diagnostics: [] })
    const eur = 'role,model,equipment (EUR),labour (EUR),site_overhead\ncore,,150000,20000,0\n'
    const { value, diagnostics } = parseCostOverrides(eur, { file: 'kosten.csv' })
    expect(value).toEqual([])
    expect(diagnostics.map(formatDiagnostic)[0]).toBe('kosten.csv:1: error: field "equipment" has the value "equipment (EUR)"; ' +
      'expected amounts in US dollars: convert the column from EUR and head it "equipment" or "equipment (USD)".')
  })

  it('reads the header below the title of a price list, and says so', () => {
    const text = 'Procurement price list Q3 2026,,,,\nrole,model,equipment,labour,site_overhead\ncore,,"$150,000",20000,0\n'
    const { value, diagnostics } = parseCostOverrides(text, { file: 'costs.csv' })
    expect(value).toMatchObject([{ id: 'costs.csv:3', role: 'core', equipment: 150000 }])
    expect(diagnostics.map(formatDiagnostic)).toEqual(['costs.csv:1: warning: the line above the header on line 2, "Procurement price list Q3 2026", ' +
      'is read as a title: the columns are those of line 2.'])
  })

  it('refuses an amount in another currency, and an empty cell, saying what to write', () => {
    const text = 'role,model,equipment,labour,site_overhead\ncore,,150000 €,20000,\n'
    const { value, diagnostics } = parseCostOverrides(text, { file: 'costs.csv' })
    expect(value).toEqual([])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toMatchInlineSnapshot(`
      [
        "costs.csv:2: error: field "equipment" has the value "150000 €"; expected an amount in US dollars; this one is in €: convert it.",
        "costs.csv:2: error: field "site_overhead" has the value ""; expected an amount in US dollars; the cell is empty (write 0 if there is none).",
      ]
    `)
  })

  it('warns about a second row for the same role and model', () => {
    const { value, diagnostics } = parseCostOverrides('role,model,equipment,labour,site_overhead\nran,,1,1,1\nRAN,,2,2,2\n', { file: 'costs.csv' })
    expect(value).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ code: 'duplicate_cost_row', at: { line: 3 }, first: { line: 2 } })
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"costs.csv:3: warning: a cost row for role "ran" was already given at costs.csv:2; this row is skipped. Keep one row per role and model."`)
  })

  it('reports rows with the wrong number of fields and an empty file', () => {
    expect(parseCostOverrides('role,model,equipment,labour,site_overhead\nran,1,1\n', { file: 'c.csv' }).diagnostics[0])
      .toMatchObject({ code: 'malformed_csv', problem: 'field_count', expected: 5, got: 3 })
    const empty = parseCostOverrides('', { file: 'c.csv' }).diagnostics
    expect(empty).toMatchObject([{ code: 'nothing_imported', severity: 'warning', expected: 'cost rows' }])
    expect(formatDiagnostic(empty[0]!)).toMatchInlineSnapshot(`"c.csv: warning: the input holds no cost rows. Check that this is the intended file and format."`)
  })
})

describe('parseCostWorkbook', () => {
  // A procurement workbook as Excel saves it: a cover sheet, then the prices under a title, the
  // amounts typed as numbers (one as text with its dollar sign), a total row at the bottom.
  const cover = textSheet('Cover', [['Procurement price list FY2027'], ['prepared by purchasing']])
  const strings = ['Rip and replace: unit prices (USD)', 'role', 'model', 'equipment', 'labour', 'site_overhead', 'core', '/NE40E/', 'camera', 'Total', '$33,000.00']
  const s = (text: string): string => String(cover.strings.length + strings.indexOf(text))
  const cell = (ref: string, text: string): string => `<c r="${ref}" t="s"><v>${s(text)}</v></c>`
  const prices = '<row r="1">' + cell('A1', 'Rip and replace: unit prices (USD)') + '</row>' +
    '<row r="3">' + cell('A3', 'role') + cell('B3', 'model') + cell('C3', 'equipment') + cell('D3', 'labour') + cell('E3', 'site_overhead') + '</row>' +
    '<row r="4">' + cell('A4', 'core') + cell('B4', '/NE40E/') + '<c r="C4"><v>180000</v></c>' + cell('D4', '$33,000.00') + '<c r="E4"><v>20000</v></c></row>' +
    '<row r="5">' + cell('A5', 'camera') + '<c r="C5"><v>400.5</v></c><c r="D5"><v>200</v></c><c r="E5"><v>0</v></c></row>' +
    '<row r="6">' + cell('A6', 'Total') + '<c r="C6"><v>180400.5</v></c><c r="D6"><v>33200</v></c><c r="E6"><v>20000</v></c></row>'
  const book = buildWorkbook({ sheets: [cover.sheet, { name: 'Prices', rows: prices }], strings: [...cover.strings, ...strings] })

  it('reads the price sheet of a workbook as a CSV file is read, each row located by its sheet and row, where an .xlsx was refused as a zip archive', () => {
    const { value, diagnostics } = parseCostWorkbook(book, { file: 'costs.xlsx' })
    expect(value.map((r) => [r.id, r.role, r.equipment, r.labour, r.siteOverhead])).toEqual([
      ['costs.xlsx:Prices!4', 'core', 180_000, 33_000, 20_000],
      ['costs.xlsx:Prices!5', 'camera', 400.5, 200, 0],
    ])
    expect(diagnostics.map(formatDiagnostic)).toEqual(['costs.xlsx:Prices!6: warning: this row, "Total 180400.5 33200 20000", is a spreadsheet\'s total, not a cost row: it is skipped.'])
    expect(costOf({ role: 'core', model: 'NE40E-X8' }, buildCostTable(value)).total).toBe(233_000)
  })

  it('names the sheet and row of a bad amount, and calls a zip that is no workbook a cost table', () => {
    const bad = textSheet('Prices', [['role', 'equipment', 'labour', 'site_overhead'], ['core', 'tbd', '1', '1']])
    const { diagnostics } = parseCostWorkbook(buildWorkbook({ sheets: [bad.sheet], strings: bad.strings }), { file: 'costs.xlsx' })
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'costs.xlsx:Prices!2: error: field "equipment" has the value "tbd"; expected an amount in US dollars, such as 250000, 250,000.50 or 250.000,50.'])
    expect(() => parseCostWorkbook(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), { file: 'costs.zip' }))
      .toThrow(expect.objectContaining({ code: 'input_invalid', message: expect.stringMatching(/^the cost table is a zip archive, not an Excel workbook/) }))
  })
})

describe('costOf', () => {
  it('prices a model row before the role row', () => {
    expect(costOf({ role: 'core', model: 'NE40E-X8' }, DEFAULT_COST_TABLE)).toMatchObject({ source: 'default:core/ne40e-class-router', total: 233_000 })
    expect(costOf({ role: 'ran', model: 'BBU5900' }, DEFAULT_COST_TABLE).source).toBe('default:ran/baseband-unit')
    expect(costOf({ role: 'ran', model: 'AAU5613' }, DEFAULT_COST_TABLE).source).toBe('default:ran/radio-unit')
    expect(costOf({ role: 'ran', model: 'Some eNodeB' }, DEFAULT_COST_TABLE)).toMatchObject({ source: 'default:ran', total: 593_000 })
  })

  it('does not apply a model row of another role', () => {
    // DS-6310 is a Hytera repeater and a Hikvision decoder model number.
    expect(costOf({ role: 'radio', model: 'DS-6310' }, DEFAULT_COST_TABLE).source).toBe('default:radio/repeater')
    expect(costOf({ role: 'camera', model: 'DS-6310' }, DEFAULT_COST_TABLE).source).toBe('default:camera')
  })

  it('falls back to the other row for a device without role', () => {
    expect(costOf({}, DEFAULT_COST_TABLE).source).toBe('default:other')
  })

  it('lets overrides win, and a role override replace the default model rows of the role', () => {
    const table = buildCostTable(parseCostOverrides(OVERRIDES, { file: 'costs.csv' }).value)
    expect(costOf({ role: 'ran', model: 'BBU5900' }, table)).toMatchObject({ source: 'costs.csv:2', total: 450_000 })
    expect(costOf({ role: 'core', model: 'ne40e-x16' }, table).source).toBe('costs.csv:3')
    expect(costOf({ role: 'camera', model: 'ds-2cd2143g2-i' }, table)).toMatchObject({ source: 'costs.csv:4', total: 600 })
    expect(costOf({ role: 'camera', model: 'DS-7608NI' }, table).source).toBe('default:camera/nvr')
  })

  it('throws a usage error for a table without a fallback row', () => {
    expect(() => costOf({ role: 'ran' }, { rows: [] })).toThrow(TrustpathError)
    expect(() => findCostRow({ role: 'ran' }, { rows: [] })).toThrow(expect.objectContaining({ code: 'usage' }))
  })
})

describe('site overhead', () => {
  it('spreads the overhead evenly over the devices of a site', () => {
    expect(siteOverheadShare(90_000, 4)).toBe(22_500)
    expect(() => siteOverheadShare(90_000, 0)).toThrow(expect.objectContaining({ code: 'usage' }))
  })

  it('charges a site its largest overhead once in total, and a device without site in full', () => {
    const devices = [
      { id: 'bbu', role: 'ran' as const, model: 'BBU5900', site: 's1' },
      { id: 'aau1', role: 'ran' as const, model: 'AAU5613', site: 's1' },
      { id: 'aau2', role: 'ran' as const, model: 'AAU5613', site: 's1' },
      { id: 'cam', role: 'camera' as const, site: 's1' },
      { id: 'lone', role: 'ran' as const },
    ]
    const { byDevice, bySite } = costsOf(devices, DEFAULT_COST_TABLE)
    expect([...bySite]).toEqual([['s1', 90_000]])
    const s1 = ['bbu', 'aau1', 'aau2', 'cam'].reduce((s, id) => s + byDevice.get(id)!.siteOverhead, 0)
    expect(s1).toBe(90_000)
    expect(byDevice.get('lone')!.siteOverhead).toBe(90_000)
    const separate = costsOf(devices, DEFAULT_COST_TABLE, { siteOverhead: 'separate' })
    expect(separate.byDevice.get('bbu')).toMatchObject({ siteOverhead: 0, total: 260_000 })
  })
})
