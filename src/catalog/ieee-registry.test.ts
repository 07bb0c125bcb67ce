import { describe, expect, it } from 'vitest'
import { parseIeeeRegistryCsv } from './ieee-registry.js'

const HEADER = 'Registry,Assignment,Organization Name,Organization Address'

// Rows in the shape of the IEEE files: CRLF, quotes only where needed, doubled quotes inside.
const MA_L = [
  HEADER,
  'MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD","No.2 Xin Cheng Road, Room R6,Songshan Lake Technology Park Dongguan  CN 523808 "',
  'MA-L,08EA44,Extreme Networks Headquarters,2121 RDU Center Drive  Morrisville NC US 27560 ',
  'MA-L,ABCDEF,"The ""Quoted"" Company, Inc.",',
  '',
].join('\r\n')

describe('parseIeeeRegistryCsv', () => {
  it('reads assignments with quoted commas and doubled quotes', () => {
    const { value, diagnostics } = parseIeeeRegistryCsv(MA_L, { file: 'oui.csv', registry: 'MA-L' })
    expect(diagnostics).toEqual([])
    expect(value).toEqual([
      { prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
      { prefix: '08EA44', registry: 'MA-L', organization: 'Extreme Networks Headquarters' },
      { prefix: 'ABCDEF', registry: 'MA-L', organization: 'The "Quoted" Company, Inc.' },
    ])
  })

  it('reads every registry with its own assignment width', () => {
    const text = [
      HEADER,
      'MA-M,C85CE27,SYNERGY SYSTEMS AND SOLUTIONS,"A1526, GREEN FIELDS COLONY Faridabad"',
      'MA-S,8C1F64AFA,"DATA ELECTRONIC DEVICES, INC",32 NORTHWESTERN DR',
      'IAB,0050C2F71,RF Code,9229 Waterford Centre Blvd',
      'CID,3A72C2,"HUAWEI TECHNOLOGIES CO.,LTD",Dongguan',
      'MA-M,741AE09,Private,',
    ].join('\n')
    const { value, diagnostics } = parseIeeeRegistryCsv(text, { file: 'mixed.csv' })
    expect(diagnostics).toEqual([])
    expect(value.map((e) => [e.registry, e.prefix])).toEqual([
      ['MA-M', 'C85CE27'], ['MA-S', '8C1F64AFA'], ['IAB', '0050C2F71'], ['CID', '3A72C2'], ['MA-M', '741AE09'],
    ])
  })

  it('counts lines across a quoted field that holds a line break', () => {
    const text = `${HEADER}\nMA-L,000001,"Two\nLines Inc",x\nMA-L,XYZ,Bad,x\n`
    const { value, diagnostics } = parseIeeeRegistryCsv(text, { file: 'oui.csv' })
    expect(value.map((e) => e.organization)).toEqual(['Two\nLines Inc'])
    expect(diagnostics).toMatchObject([{ code: 'registry_row_invalid', at: { file: 'oui.csv', line: 4 } }])
  })

  it('reports a wrong header as registry_header and reads nothing', () => {
    const { value, diagnostics } = parseIeeeRegistryCsv('prefix,vendor\n00E0FC,Huawei\n', { file: 'x.csv' })
    expect(value).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'registry_header', severity: 'error', at: { file: 'x.csv', line: 1 }, got: ['prefix', 'vendor'] }])
  })

  it('reports an empty file as registry_header', () => {
    expect(parseIeeeRegistryCsv('', { file: 'x.csv' }).diagnostics).toMatchObject([{ code: 'registry_header' }])
  })

  it('skips bad rows with registry_row_invalid and their line, keeping the good ones', () => {
    const text = [
      HEADER,
      'MA-L,00E0FC,Good One,',
      'MA-X,00E0FD,Unknown Registry,',
      'MA-L,00E0F,Short Assignment,',
      'MA-L,00E0FG,Not Hex,',
      'MA-L,00E0FE,,',
      'MA-S,70B3D50AE,Wrong file,',
      'MA-L,00E0FF,"Never closed,',
    ].join('\n')
    const { value, diagnostics } = parseIeeeRegistryCsv(text, { file: 'oui.csv', registry: 'MA-L' })
    expect(value.map((e) => e.prefix)).toEqual(['00E0FC'])
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([
      ['registry_row_invalid', 3], ['registry_row_invalid', 4], ['registry_row_invalid', 5],
      ['registry_row_invalid', 6], ['registry_row_invalid', 7], ['registry_row_invalid', 8],
    ])
  })

  it('accepts a byte order mark before the header', () => {
    expect(parseIeeeRegistryCsv(`\uFEFF${HEADER}\nMA-L,00E0FC,Huawei,\n`, { file: 'oui.csv' }).value).toHaveLength(1)
  })
})
