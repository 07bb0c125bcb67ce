import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { buildEnterpriseTable, parseIanaEnterpriseDate, parseIanaEnterpriseNumbers } from './iana-enterprise.js'

// Written in the layout of IANA's enterprise-numbers.txt (the organisations are real assignments).
const EXCERPT = `PRIVATE ENTERPRISE NUMBERS

(last updated 2026-05-20)

SMI Network Management Private Enterprise Codes:

Prefix: iso.org.dod.internet.private.enterprise (1.3.6.1.4.1)

This file is https://www.iana.org/assignments/enterprise-numbers.txt

Decimal
| Organization
| | Contact
| | | Email
| | | |
0
  Reserved
    Internet Assigned Numbers Authority
      iana&iana.org
9
  ciscoSystems
    Contact Person
      contact&example.com
2011
  HUAWEI Technology Co.,Ltd
    Contact Person
      contact&example.com
3902
  ZTE Corporation
    Contact Person
      contact&example.com
4242
  ---none---
39165
  Zhejiang Dahua Technology Co., Ltd.
    Contact Person
      contact&example.com
End of Document
`

describe('parseIanaEnterpriseNumbers', () => {
  it('reads numbers and organisations, leaving out returned numbers', () => {
    const { value, diagnostics } = parseIanaEnterpriseNumbers(EXCERPT, { file: 'enterprise-numbers.txt' })
    expect(diagnostics).toEqual([])
    expect(value).toEqual([
      { number: 0, organization: 'Reserved' },
      { number: 9, organization: 'ciscoSystems' },
      { number: 2011, organization: 'HUAWEI Technology Co.,Ltd' },
      { number: 3902, organization: 'ZTE Corporation' },
      { number: 39165, organization: 'Zhejiang Dahua Technology Co., Ltd.' },
    ])
  })

  it('reads the file with CRLF line ends', () => {
    const { value } = parseIanaEnterpriseNumbers(EXCERPT.replaceAll('\n', '\r\n'), { file: 'e.txt' })
    expect(value.map((e) => e.number)).toEqual([0, 9, 2011, 3902, 39165])
  })

  it('reads the update date from the header', () => {
    expect(parseIanaEnterpriseDate(EXCERPT)).toBe('2026-05-20')
    expect(parseIanaEnterpriseDate('PRIVATE ENTERPRISE NUMBERS\n')).toBeUndefined()
  })

  it('reports a file without the title as registry_header and reads nothing', () => {
    const { value, diagnostics } = parseIanaEnterpriseNumbers('9\n  ciscoSystems\n', { file: 'e.txt' })
    expect(value).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'registry_header', at: { file: 'e.txt', line: 1 }, got: ['9'] }])
    // An empty or blank file lacks the title on line 1 (it was said to lack it on line 0).
    for (const blank of ['', '\n\n  \n']) {
      expect(parseIanaEnterpriseNumbers(blank, { file: 'e.txt' }).diagnostics).toMatchObject([{ code: 'registry_header', at: { line: 1 }, got: [''] }])
    }
  })

  it('tells an IEEE registry given for IANA\'s file by what it is, with the option it goes to, and an empty file as empty', () => {
    // The first lines of the IEEE's mam.csv and oui.txt as published.
    const mamCsv = 'Registry,Assignment,Organization Name,Organization Address\r\nMA-M,C85CE27,SYNERGY SYSTEMS AND SOLUTIONS,"A1526, GREEN FIELDS COLONY Faridabad HARYANA IN 121001 "\r\n'
    const ouiTxt = 'OUI/MA-L                                                    Organization                                 \r\n' +
      'company_id                                                  Organization                                 \r\n' +
      '                                                            Address                                      \r\n\r\n' +
      '28-6F-B9   (hex)\t\tNokia Shanghai Bell Co., Ltd.\r\n286FB9     (base 16)\t\tNokia Shanghai Bell Co., Ltd.\r\n\t\t\t\tNo.388 Ning Qiao Road,Jin Qiao Pudong Shanghai Shanghai\r\n\r\n'
    const mam = parseIanaEnterpriseNumbers(mamCsv, { file: 'mam.csv' })
    expect(mam.diagnostics).toMatchObject([{ code: 'registry_mismatch', at: { file: 'mam.csv', line: 1 }, expected: 'PEN', got: 'MA-M' }])
    expect(formatDiagnostic(mam.diagnostics[0]!)).toMatchInlineSnapshot(`"mam.csv:1: error: this file is the IEEE MA-M registry (mam.csv or mam.txt), not IANA's private enterprise numbers; nothing is read from it. Pass it with --mam, or download IANA's file as https://www.iana.org/assignments/enterprise-numbers.txt."`)
    expect(parseIanaEnterpriseNumbers(ouiTxt, { file: 'oui.txt' }).diagnostics).toMatchObject([{ code: 'registry_mismatch', expected: 'PEN', got: 'MA-L' }])
    const empty = parseIanaEnterpriseNumbers('', { file: 'e.txt' }).diagnostics[0]!
    expect(formatDiagnostic(empty)).toMatchInlineSnapshot(`"e.txt:1: error: the file is empty or blank (a download that failed?); expected "PRIVATE ENTERPRISE NUMBERS". Pass IANA's file as downloaded: https://www.iana.org/assignments/enterprise-numbers.txt."`)
  })


  it('tells a list of MAC blocks given for IANA\'s file by what it is, where it quoted its first comment as a title', () => {
    // Wireshark's manuf opens with some 60 lines of comments (Wireshark 4.0's, cut), then
    // nmap-mac-prefixes of 2013 and a mac-vendors.json export, cut to their first lines.
    const manuf = ['# This file was generated by running ./tools/make-manuf.py.', ...Array.from({ length: 63 }, () => '#'),
      '00:00:00\t00:00:00\tOfficially Xerox, but 0:0:0:0:0:0 is more common', '00:00:01\tXerox\tXerox Corporation', ''].join('\n')
    const nmap = '# $Id: nmap-mac-prefixes 31386 2013-07-17 16:39:22Z fyodor $ generated with make-mac-prefixes.pl\n000000 Xerox\n000001 Xerox\n'
    const json = '[\n  {\n    "macPrefix": "00:00:0C",\n    "vendorName": "Cisco Systems, Inc",\n    "blockType": "MA-L"\n  },\n'
    const got = (text: string, file: string) => parseIanaEnterpriseNumbers(text, { file })
    expect(got(manuf, 'manuf').diagnostics).toMatchObject([{ code: 'registry_format', registry: 'PEN', found: 'wireshark_manuf', at: { file: 'manuf', line: 65 } }])
    expect(got(nmap, 'nmap-mac-prefixes').diagnostics).toMatchObject([{ code: 'registry_format', registry: 'PEN', found: 'nmap_mac_prefixes', at: { line: 2 } }])
    expect(got(json, 'mac-vendors.json').diagnostics).toMatchObject([{ code: 'registry_format', registry: 'PEN', found: 'json', at: { line: 1 } }])
    expect(got('Mac Prefix,Vendor Name,Private,Block Type,Last Update\n00:00:0C,"Cisco Systems, Inc",false,MA-L,2015/11/17\n', 'mac.csv').diagnostics)
      .toMatchObject([{ code: 'registry_format', registry: 'PEN', found: 'vendor_csv', at: { line: 1 } }])
    expect(formatDiagnostic(got(manuf, 'manuf').diagnostics[0]!)).toMatchInlineSnapshot(`"manuf:65: error: this is Wireshark's manuf file, a list of MAC address blocks, not IANA's enterprise-numbers.txt. Download IANA's file as https://www.iana.org/assignments/enterprise-numbers.txt."`)
    expect(formatDiagnostic(got(json, 'mac-vendors.json').diagnostics[0]!)).toMatchInlineSnapshot(`"mac-vendors.json:1: error: this is JSON, not IANA's enterprise-numbers.txt. Download IANA's file as https://www.iana.org/assignments/enterprise-numbers.txt."`)
  })
  it('tells enterprise-numbers.txt still gzip-compressed, in UTF-16, a proxy\'s HTML page or saved after the server\'s headers by what it is, where it quoted bytes as a title', () => {
    // gzip's first bytes as the reader decodes them (Latin-1: they are not UTF-8), with the name
    // gzip stores (enterprise-numbers.txt, as a server that compresses its answer sends it).
    const gzip = parseIanaEnterpriseNumbers('\u001f\u008b\b\u0008I\u0015\u0016k\u0000\u0003enterprise-numbers.txt\u0000\u0094\u00dd', { file: 'enterprise-numbers.txt.gz' })
    expect(gzip.value).toEqual([])
    expect(gzip.diagnostics).toMatchObject([{ code: 'registry_format', registry: 'PEN', found: 'gzip', at: { line: 1 } }])
    expect(formatDiagnostic(gzip.diagnostics[0]!)).toBe('enterprise-numbers.txt.gz:1: error: the file is gzip-compressed, as a server may send it: ' +
      "decompress it first (gzip -dc enterprise-numbers.txt.gz > enterprise-numbers.txt). Download IANA's file as https://www.iana.org/assignments/enterprise-numbers.txt.")
    const utf16 = parseIanaEnterpriseNumbers('\u00ff\u00feP\u0000R\u0000I\u0000', { file: 'pen.txt' }).diagnostics[0]!
    expect(formatDiagnostic(utf16)).toContain("the file is UTF-16 text (a spreadsheet's \"Unicode Text\", or Windows PowerShell's \">\"), while IANA writes its file in UTF-8.")
    const html = parseIanaEnterpriseNumbers('\n<!DOCTYPE html>\n<html><head><title>Access Denied</title></head>\n', { file: 'enterprise-numbers.txt' })
    expect(html.diagnostics).toMatchObject([{ code: 'registry_format', registry: 'PEN', found: 'html', at: { line: 2 } }])
    expect(formatDiagnostic(html.diagnostics[0]!)).toBe('enterprise-numbers.txt:2: error: this is an HTML page, not IANA\'s enterprise-numbers.txt ' +
      "(a browser saved the page instead of the file?). Download IANA's file as https://www.iana.org/assignments/enterprise-numbers.txt.")
    // Apache's redirection page, as curl saves it without -L.
    const moved = parseIanaEnterpriseNumbers('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>302 Found</title>\n</head><body>\n', { file: 'enterprise-numbers.txt' })
    expect(moved.diagnostics).toMatchObject([{ code: 'registry_format', registry: 'PEN', found: 'redirect', got: '302 Found' }])
    expect(formatDiagnostic(moved.diagnostics[0]!)).toContain('this is a server\'s redirection page ("302 Found"), not IANA\'s enterprise-numbers.txt: the address moved')
    // Saved with the server's headers before it (curl -i).
    const headers = parseIanaEnterpriseNumbers('HTTP/2 200 \r\ncontent-type: text/plain\r\n\r\nPRIVATE ENTERPRISE NUMBERS\r\n', { file: 'enterprise-numbers.txt' })
    expect(headers.diagnostics).toMatchObject([{ code: 'registry_format', registry: 'PEN', found: 'http_headers', at: { line: 1 } }])
    expect(formatDiagnostic(headers.diagnostics[0]!)).toContain('the file starts with the headers of the server\'s answer ("HTTP/2 200"), as curl -i and wget --save-headers keep them, not IANA\'s enterprise-numbers.txt.')
  })

  it('reports a number without organisation and a repeated number with their lines', () => {
    const text = 'PRIVATE ENTERPRISE NUMBERS\n\n9\n  ciscoSystems\n10\n11\n  Eleven\n9\n  Again\n\n\nEnd of Document\n'
    const { value, diagnostics } = parseIanaEnterpriseNumbers(text, { file: 'e.txt' })
    expect(value.map((e) => e.number)).toEqual([9, 11])
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([
      ['registry_row_invalid', 5], ['registry_row_invalid', 8],
    ])
  })
})

describe('parseIanaEnterpriseNumbers on older copies of the registry', () => {
  // Older copies of the list have blank lines inside a record, and organisations whose names run
  // on over unindented lines before the contact's, as FreeIPMI's reader of the list notes
  // (ipmi-iana-enterprise-numbers-spec.pl: "Some random empty lines in the records", "Some
  // organization names linger onto the next lines"). Each was read as a number without organisation.
  const OLDER = `PRIVATE ENTERPRISE NUMBERS

(last updated 2009-06-17)

SMI Network Management Private Enterprise Codes:

Prefix: iso.org.dod.internet.private.enterprise (1.3.6.1.4.1)

This file is http://www.iana.org/assignments/enterprise-numbers

Decimal
| Organization
| | Contact
| | | Email
| | | |
0
  Reserved
    Internet Assigned Numbers Authority
      iana&iana.org
2011

  HUAWEI Technology Co.,Ltd
    Contact Person
      contact&example.com
3902
  Zhongxing Telecom Co.,ltd.
(abbr. ZTE)
    Contact Person
      contact&example.com
4242
  ---none---
4243
  Acme Widgets
End of Document
`

  it('reads a record with a blank line before its organisation, and an organisation whose name runs on over the next line', () => {
    const { value, diagnostics } = parseIanaEnterpriseNumbers(OLDER, { file: 'enterprise-numbers' })
    expect(diagnostics).toEqual([])
    expect(value).toEqual([
      { number: 0, organization: 'Reserved' },
      { number: 2011, organization: 'HUAWEI Technology Co.,Ltd' },
      { number: 3902, organization: 'Zhongxing Telecom Co.,ltd. (abbr. ZTE)' },
      { number: 4243, organization: 'Acme Widgets' },
    ])
  })

  it('leaves out an organisation cut short where its name runs on', () => {
    const cut = parseIanaEnterpriseNumbers(OLDER.slice(0, OLDER.indexOf('(abbr. ZTE)') + 5), { file: 'e.txt' })
    expect(cut.value.map((e) => e.number)).toEqual([0, 2011])
    expect(cut.diagnostics).toMatchObject([{ code: 'registry_truncated', at: { line: 27 }, skipped: true }])
  })
})

describe("parseIanaEnterpriseNumbers on Wireshark's copy of the registry", () => {
  // The head of wireshark/wireshark's enterprises.tsv (installed with Wireshark's data files), with
  // two of its lines that keep a former name after the organisation.
  const TSV = '#\n# generated from http://www.iana.org/assignments/enterprise-numbers\n# run "tools/make-sminmpec.pl [infile]" to regenerate\n#\n' +
    '# The format used here is: <NUMERICAL_ID><SPACE><NAME>\n# Where SPACE can be any sequence of spaces and tabs.\n#\n# (last updated 2019-05-05)\n\n' +
    '0\tReserved\n1\tNxNetworks\n2\tIBM (https://w3.ibm.com/standards )\n9\tciscoSystems\n78\tLogMatrix Inc\t# formerly \'OpenService Inc.\'\n' +
    "95\tRockwell Automation, Inc.\t# formerly 'Allen-Bradley Company'\n2011\tHUAWEI Technology Co.,Ltd\n"

  it('reads enterprises.tsv as the registry it copies, each number with its organisation and without its former name, where it was refused as a file without the title', () => {
    const { value, diagnostics } = parseIanaEnterpriseNumbers(TSV, { file: 'enterprises.tsv' })
    expect(diagnostics).toEqual([])
    expect(value).toEqual([
      { number: 0, organization: 'Reserved' }, { number: 1, organization: 'NxNetworks' }, { number: 2, organization: 'IBM (https://w3.ibm.com/standards )' },
      { number: 9, organization: 'ciscoSystems' }, { number: 78, organization: 'LogMatrix Inc' },
      { number: 95, organization: 'Rockwell Automation, Inc.' }, { number: 2011, organization: 'HUAWEI Technology Co.,Ltd' },
    ])
    expect(parseIanaEnterpriseDate(TSV)).toBe('2019-05-05')
  })

  it('reports enterprises.tsv that ends in the middle of a line as cut short, leaving out the organisation on that line', () => {
    // Wireshark's file ends every line with a line break; a copy cut at 100,000 characters ends in "3752<TAB>Thales Norway" (of "Thales Norway AS").
    const { value, diagnostics } = parseIanaEnterpriseNumbers(`${TSV}3752\tThales Norway`, { file: 'enterprises.tsv' })
    expect(value.map((e) => e.number)).toEqual([0, 1, 2, 9, 78, 95, 2011])
    expect(diagnostics).toMatchObject([{ code: 'registry_truncated', registry: 'PEN', ending: 'mid_line', skipped: true, at: { file: 'enterprises.tsv', line: 17 } }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"enterprises.tsv:17: warning: the file ends in the middle of this line, while Wireshark ends every line of its copy of IANA's registry, enterprises.tsv, with a line break: a download cut short? The entry on this line was skipped, since its name may be cut. Download https://www.iana.org/assignments/enterprise-numbers.txt again, or pass --force to use the entries read."`)
    // Whole, it ends with a line break.
    expect(parseIanaEnterpriseNumbers(`${TSV}3752\tThales Norway AS\n`, { file: 'enterprises.tsv' }).diagnostics).toEqual([])
  })

  it('reports a line of enterprises.tsv that is no number and organisation, and a number seen twice, with their lines', () => {
    const { value, diagnostics } = parseIanaEnterpriseNumbers(`${TSV}HUAWEI\n2011\tSomeone Else\n`, { file: 'enterprises.tsv' })
    expect(value).toHaveLength(7)
    expect(diagnostics).toMatchObject([
      { code: 'registry_row_invalid', at: { file: 'enterprises.tsv', line: 17 } },
      { code: 'registry_row_invalid', at: { line: 18 }, problem: 'enterprise number 2011 appears twice; the first is kept' },
    ])
  })
})

describe('buildEnterpriseTable', () => {
  it('looks numbers up, the later of two equal numbers winning', () => {
    const table = buildEnterpriseTable([
      { number: 2011, organization: 'HUAWEI Technology Co.,Ltd' },
      { number: 9, organization: 'ciscoSystems' },
      { number: 2011, organization: 'Huawei', manufacturer: 'huawei' },
    ])
    expect(table.size).toBe(2)
    expect(table.lookup(2011)).toEqual({ number: 2011, organization: 'Huawei', manufacturer: 'huawei' })
    expect(table.lookup(12)).toBeUndefined()
    expect([...table.entries()].map((e) => e.number)).toEqual([9, 2011])
  })

  it('rejects a number that is not a non-negative integer with catalog_invalid', () => {
    expect(() => buildEnterpriseTable([{ number: -1, organization: 'x' }]))
      .toThrow(expect.objectContaining({ code: 'catalog_invalid' }))
  })
})

// The end of IANA's file as published (2025-08-22): names with letters beyond ASCII, a number
// whose organisation and contact are "---none---", blank lines and then "End of Document".
const REAL_TAIL = `PRIVATE ENTERPRISE NUMBERS

(last updated 2025-08-22)

Decimal
| Organization
| | Contact
| | | Email
| | | | 
96
  CERN
    Frédéric Hemmer
      Frederic.Hemmer&cern.ch
131
  Sintrom Datanet Limited
    ---none---
      ---none---
138
  ---none---
    ---none---
      ---none---
64094
  Projecto de Gestão de Recursos Públicos para Prestação de Serviços (GEPRES)
    Boris Wiethoff
      Boris.Wiethoff&ebs.co.mz
64096
  Bitronic
    Matias Luna
      info&bitronic.com.ar


End of Document`

describe('parseIanaEnterpriseNumbers on the file as IANA publishes it', () => {
  it('reads names beyond ASCII, leaves out numbers without organisation, and takes "End of Document" as the end', () => {
    const { value, diagnostics } = parseIanaEnterpriseNumbers(REAL_TAIL, { file: 'enterprise-numbers.txt' })
    expect(diagnostics).toEqual([])
    expect(value).toEqual([
      { number: 96, organization: 'CERN' },
      { number: 131, organization: 'Sintrom Datanet Limited' },
      { number: 64094, organization: 'Projecto de Gestão de Recursos Públicos para Prestação de Serviços (GEPRES)' },
      { number: 64096, organization: 'Bitronic' },
    ])
  })

  it('reports a file without "End of Document" as cut short, skipping an organisation cut mid-line', () => {
    const body = REAL_TAIL.slice(0, REAL_TAIL.indexOf('\n\n\nEnd of Document'))
    const whole = parseIanaEnterpriseNumbers(`${body}\n`, { file: 'e.txt' })
    expect(whole.value.map((e) => e.number)).toEqual([96, 131, 64094, 64096])
    expect(whole.diagnostics).toMatchObject([{ code: 'registry_truncated', registry: 'PEN', ending: 'no_end_marker', at: { file: 'e.txt', line: 29 }, skipped: false }])
    const cut = parseIanaEnterpriseNumbers(body.slice(0, body.indexOf('Prestação')), { file: 'e.txt' })
    expect(cut.value.map((e) => e.number)).toEqual([96, 131])
    expect(cut.diagnostics).toMatchObject([{ code: 'registry_truncated', at: { line: 23 }, skipped: true }])
    expect(formatDiagnostic(cut.diagnostics[0]!)).toMatchInlineSnapshot(`"e.txt:23: warning: the file ends here without IANA's closing line "End of Document": a download cut short? The entry on this line was skipped, since its name may be cut. Download https://www.iana.org/assignments/enterprise-numbers.txt again, or pass --force to use the entries read."`)
  })
})
