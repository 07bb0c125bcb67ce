import { describe, expect, it } from 'vitest'
import type { OuiRegistry } from '../domain/evidence.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { parseIeeeRegistry, parseIeeeRegistryCsv, parseIeeeRegistryText } from './ieee-registry.js'

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
      '',
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
      ['registry_row_invalid', 6], ['registry_row_invalid', 7],
      // A quote never closed runs to the end of the file: the file was cut there.
      ['registry_truncated', 8],
    ])
  })

  it('refuses a CSV of another registry once, with registry_mismatch, instead of a warning per row', () => {
    const text = [HEADER, 'MA-M,C85CE27,SYNERGY SYSTEMS AND SOLUTIONS,', 'MA-M,741AE09,Private,'].join('\r\n')
    const { value, diagnostics } = parseIeeeRegistryCsv(text, { file: 'mam.csv', registry: 'MA-L' })
    expect(value).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'registry_mismatch', severity: 'error', at: { file: 'mam.csv', line: 2 }, expected: 'MA-L', got: 'MA-M' }])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('Pass it with --mam')
  })

  it('tells IANA\'s enterprise-numbers.txt given for an IEEE registry by what it is, with the option it goes to', () => {
    const pen = 'PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2026-05-20)\n\nSMI Network Management Private Enterprise Codes:\n'
    const { value, diagnostics } = parseIeeeRegistry(pen, { file: 'enterprise-numbers.txt', registry: 'MA-L' })
    expect(value).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'registry_mismatch', at: { line: 1 }, expected: 'MA-L', got: 'PEN' }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"enterprise-numbers.txt:1: error: this file is IANA's private enterprise numbers (enterprise-numbers.txt), not MA-L; nothing is read from it. Pass it with --enterprise, or download the MA-L registry as https://standards-oui.ieee.org/oui/oui.csv or https://standards-oui.ieee.org/oui/oui.txt."`)
  })

  it("tells Wireshark's enterprises.tsv given for an IEEE registry as IANA's numbers, which --enterprise takes", () => {
    // The head of wireshark/wireshark's enterprises.tsv.
    const tsv = '#\n# generated from http://www.iana.org/assignments/enterprise-numbers\n# run "tools/make-sminmpec.pl [infile]" to regenerate\n#\n' +
      '# The format used here is: <NUMERICAL_ID><SPACE><NAME>\n#\n# (last updated 2019-05-05)\n\n0\tReserved\n1\tNxNetworks\n'
    const { value, diagnostics } = parseIeeeRegistry(tsv, { file: 'enterprises.tsv', registry: 'MA-L' })
    expect(value).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'registry_mismatch', expected: 'MA-L', got: 'PEN' }])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('Pass it with --enterprise')
  })

  it('reads cid.csv saved again by Excel as "CSV UTF-8": a byte order mark, and rows of empty fields below the table, which it warned of as rows of an unknown registry', () => {
    // A registry without assignments of decimal digits alone keeps them through a spreadsheet.
    const text = `\uFEFF${HEADER}\r\nCID,EA2701,ACCE Technology Corp.,"6F.-2, No. 38, Beida Rd., Hsinchu City  TW 300024 "\r\n,,,\r\n , , ,\r\n,,,`
    const { value, diagnostics } = parseIeeeRegistryCsv(text, { file: 'cid.csv', registry: 'CID' })
    expect(diagnostics).toEqual([])
    expect(value).toEqual([{ prefix: 'EA2701', registry: 'CID', organization: 'ACCE Technology Corp.' }])
  })

  it('accepts a byte order mark before the header', () => {
    expect(parseIeeeRegistryCsv(`\uFEFF${HEADER}\nMA-L,00E0FC,Huawei,\n`, { file: 'oui.csv' }).value).toHaveLength(1)
  })
})

/** The header block of each IEEE text file, as the IEEE writes it (padded, trailing spaces included). */
const TEXT_HEADERS: Record<OuiRegistry, string> = {
  'MA-L': 'OUI/MA-L                                                    Organization                                 ',
  'MA-M': 'OUI                                                         Organization                                 \r\nOUI-28/MA-M Range                                           Organization                                 ',
  'MA-S': 'OUI                                                         Organization                                 \r\nOUI-36/MA-S Range                                           Organization                                 ',
  IAB: 'OUI                                                         Organization                                 \r\nIAB Range                                                   Organization                                 ',
  CID: 'CID                                                         Organization                                 ',
}

/**
 * A few assignments of each registry, with the organisation and address as the CSV holds them:
 * quotes and commas inside names, a name with a leading space, "Private" blocks without address.
 */
const ASSIGNMENTS: Record<OuiRegistry, [string, string, string][]> = {
  'MA-L': [
    ['00E0FC', 'HUAWEI TECHNOLOGIES CO.,LTD', 'No.2 Xin Cheng Road, Room R6,Songshan Lake Technology Park Dongguan  CN 523808 '],
    ['70B3D5', 'IEEE Registration Authority', '445 Hoes Lane Piscataway NJ US 08554 '],
    ['ABCDEF', 'LLC "NTZ "Mekhanotronika"', 'Moscow RU 1 '],
    ['3C5AB4', 'Private', ''],
  ],
  'MA-M': [
    ['C85CE27', 'SYNERGY SYSTEMS AND SOLUTIONS', 'A1526, GREEN FIELDS COLONY Faridabad HARYANA IN 121001 '],
    ['741AE09', 'Private', ''],
    ['FCA47AA', ' Shenzhen Elebao Technology Co., Ltd', 'Bao’an District shenzhen  GUANGDONG CN 518126 '],
  ],
  'MA-S': [
    ['8C1F64AFA', 'DATA ELECTRONIC DEVICES, INC', '32 NORTHWESTERN DR SALEM NH US 03079 '],
    ['70B3D5000', 'Private', ''],
    ['70B3D5F9A', 'Krabbenhøft og Ingolfsson', 'Copenhagen DK 2100 '],
  ],
  IAB: [
    ['0050C2F71', 'RF Code', '9229 Waterford Centre Blvd #500 Austin TX US 78758 '],
    ['40D8550D7', 'Avant Technologies', 'Road 156 Caguas West Ind. Park Caguas  PR 00726 '],
    ['0050C2000', 'Private', ''],
  ],
  CID: [
    ['EA2701', 'ACCE Technology Corp.', '6F.-2, No. 38, Beida Rd., Hsinchu City  TW 300024 '],
    ['6A5C35', 'Secrétariat général de la défense et de la sécurité nationale', '51 boulevard de la Tour-Maubourg PARIS  FR 75700 '],
  ],
}

const csvField = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/** The CSV of a registry, as the IEEE writes it (CRLF, quotes only where needed). */
function toCsv(registry: OuiRegistry): string {
  return [HEADER, ...ASSIGNMENTS[registry].map(([a, o, addr]) => [registry, a, o, addr].map(csvField).join(','))].join('\r\n') + '\r\n'
}

/**
 * The text file of a registry, as the IEEE writes it: tab columns for MA-L, MA-M and MA-S,
 * space-padded columns for IAB and CID; the (base 16) line is a range for MA-M, MA-S and IAB.
 */
function toText(registry: OuiRegistry): string {
  const spaces = registry === 'IAB' || registry === 'CID'
  const row = (left: string, marker: string, org: string) =>
    spaces ? `${left.padEnd(30)}${marker.padEnd(30)}${org}` : `${left.padEnd(marker === '(hex)' ? 8 : left.length)}${marker === '(hex)' ? '   ' : '     '}${marker}\t\t${org}`
  const indent = spaces ? ' '.repeat(60) : '\t\t\t\t'
  const lines = [TEXT_HEADERS[registry], `${' '.repeat(60)}Address                                      `, '']
  for (const [assignment, organization, address] of ASSIGNMENTS[registry]) {
    const oui = assignment.slice(0, 6)
    const rest = assignment.slice(6)
    lines.push(row(`${oui.slice(0, 2)}-${oui.slice(2, 4)}-${oui.slice(4)}`, '(hex)', organization))
    lines.push(row(rest === '' ? oui : `${rest.padEnd(6, '0')}-${rest.padEnd(6, 'F')}`, '(base 16)', organization))
    if (address !== '') lines.push(...address.trim().split(/\s{2,}/).map((part) => indent + part))
    lines.push('')
  }
  return lines.join('\r\n')
}

describe('parseIeeeRegistryText', () => {
  it('reads an MA-L text file: CRLF, tab columns, quotes kept as written, a Private block without address', () => {
    const { value, diagnostics } = parseIeeeRegistryText(toText('MA-L'), { file: 'oui.txt', registry: 'MA-L' })
    expect(diagnostics).toEqual([])
    expect(value).toEqual([
      { prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
      { prefix: '70B3D5', registry: 'MA-L', organization: 'IEEE Registration Authority' },
      { prefix: 'ABCDEF', registry: 'MA-L', organization: 'LLC "NTZ "Mekhanotronika"' },
      { prefix: '3C5AB4', registry: 'MA-L', organization: 'Private' },
    ])
  })

  it('takes the fixed upper digits of an MA-M, MA-S or IAB range as part of the assignment', () => {
    const text = [
      TEXT_HEADERS['MA-M'], '',
      'C8-5C-E2   (hex)\t\tSYNERGY SYSTEMS AND SOLUTIONS',
      '700000-7FFFFF     (base 16)\t\tSYNERGY SYSTEMS AND SOLUTIONS',
      '\t\t\t\tFaridabad  HARYANA  121001',
      '\t\t\t\tIN',
      '',
    ].join('\n')
    expect(parseIeeeRegistryText(text, { file: 'mam.txt', registry: 'MA-M' }).value).toEqual([
      { prefix: 'C85CE27', registry: 'MA-M', organization: 'SYNERGY SYSTEMS AND SOLUTIONS' },
    ])
    const iab = '00-50-C2                      (hex)                         RF Code\n' +
      'F71000-F71FFF                 (base 16)                     RF Code\n'
    expect(parseIeeeRegistryText(iab, { file: 'iab.txt', registry: 'IAB' }).value).toEqual([
      { prefix: '0050C2F71', registry: 'IAB', organization: 'RF Code' },
    ])
  })

  it('gives the entries of the CSV of the same registry, for every registry', () => {
    for (const registry of Object.keys(ASSIGNMENTS) as OuiRegistry[]) {
      const csv = parseIeeeRegistryCsv(toCsv(registry), { file: 'r.csv', registry })
      const text = parseIeeeRegistryText(toText(registry), { file: 'r.txt', registry })
      expect(csv.diagnostics, registry).toEqual([])
      expect(text.diagnostics, registry).toEqual([])
      expect(text.value, registry).toEqual(csv.value)
      expect(text.value, registry).toHaveLength(ASSIGNMENTS[registry].length)
      // Without being told, the header names the registry.
      expect(parseIeeeRegistryText(toText(registry), { file: 'r.txt' }).value, registry).toEqual(csv.value)
    }
  })

  it('refuses a file whose header names another registry with registry_mismatch and reads nothing', () => {
    const { value, diagnostics } = parseIeeeRegistryText(toText('MA-M'), { file: 'mam.txt', registry: 'MA-L' })
    expect(value).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'registry_mismatch', at: { file: 'mam.txt', line: 2 }, expected: 'MA-L', got: 'MA-M' }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"mam.txt:2: error: this file is the IEEE MA-M registry (mam.csv or mam.txt), not MA-L; nothing is read from it. Pass it with --mam, or download the MA-L registry as https://standards-oui.ieee.org/oui/oui.csv or https://standards-oui.ieee.org/oui/oui.txt."`)
  })

  it('skips bad entries with registry_row_invalid and their line, keeping the good ones', () => {
    const text = [
      TEXT_HEADERS['MA-S'], '',
      '8C-1F-64   (hex)\t\tGood One',
      'AFA000-AFAFFF     (base 16)\t\tGood One',
      '',
      '8C-1F-64   (hex)\t\tNo Base 16 Line',
      '',
      '8C-1F-64   (hex)\t\tNot A Block',
      'AF0000-AFAFFF     (base 16)\t\tNot A Block',
      '',
      '8C-1F-64   (hex)\t\tAn MA-M Block',
      'A00000-AFFFFF     (base 16)\t\tAn MA-M Block',
      '',
      '8C-1F-64   (hex)\t\t',
      'B00000-B00FFF     (base 16)\t\t',
      '',
      'AFB000-AFBFFF     (base 16)\t\tNo Hex Line',
      '<html>',
      '',
    ].join('\r\n')
    const { value, diagnostics } = parseIeeeRegistryText(text, { file: 'oui36.txt', registry: 'MA-S' })
    expect(value).toEqual([{ prefix: '8C1F64AFA', registry: 'MA-S', organization: 'Good One' }])
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([
      ['registry_row_invalid', 7], ['registry_row_invalid', 9], ['registry_row_invalid', 12],
      ['registry_row_invalid', 15], ['registry_row_invalid', 18], ['registry_row_invalid', 19],
    ])
  })
})

describe('parseIeeeRegistry', () => {
  it('tells a registry saved with the server\'s headers before it (curl -i), or the server\'s refusal, from a file of another layout', () => {
    const csv = 'Registry,Assignment,Organization Name,Organization Address\r\nMA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",Dongguan CN\r\n'
    const saved = parseIeeeRegistry(`HTTP/1.1 200 OK\r\nDate: Mon, 07 Dec 2026 02:00:00 GMT\r\nContent-Type: text/csv\r\n\r\n${csv}`, { file: 'oui.csv', registry: 'MA-L' })
    expect(saved.value).toEqual([])
    expect(saved.diagnostics).toMatchObject([{ code: 'registry_format', found: 'http_headers', at: { line: 1 }, got: 'HTTP/1.1 200 OK' }])
    expect(formatDiagnostic(saved.diagnostics[0]!)).toBe('oui.csv:1: error: the file starts with the headers of the server\'s answer ("HTTP/1.1 200 OK"), ' +
      'as curl -i and wget --save-headers keep them, not an IEEE registry file. Download it again without them (curl -o FILE URL). ' +
      'Download the MA-L registry as https://standards-oui.ieee.org/oui/oui.csv or https://standards-oui.ieee.org/oui/oui.txt.')
    const refused = parseIeeeRegistry('HTTP/2 403 \r\ncontent-type: text/html\r\n\r\n<html><body>Request Rejected</body></html>\r\n', { file: 'mam.csv', registry: 'MA-M' })
    expect(formatDiagnostic(refused.diagnostics[0]!)).toMatch(/^mam\.csv:1: error: the file holds the server's answer "HTTP\/2 403", a refusal or an error, not an IEEE registry file: the download failed\. Download the MA-M registry as /)
  })

  it('tells the redirection page curl saves without -L from the registry, where it called it a page a browser saved', () => {
    // nginx's redirection page (its default 301 page), as curl -o saves it from an address that moved.
    const page = '<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
    const { value, diagnostics } = parseIeeeRegistry(page, { file: 'oui.txt', registry: 'MA-L' })
    expect(value).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'registry_format', found: 'redirect', got: '301 Moved Permanently', at: { line: 1 } }])
    expect(formatDiagnostic(diagnostics[0]!)).toBe('oui.txt:1: error: this is a server\'s redirection page ("301 Moved Permanently"), not an IEEE registry file: ' +
      'the address moved, and curl saves the page unless told to follow it (curl -L). Download the MA-L registry as https://standards-oui.ieee.org/oui/oui.csv or https://standards-oui.ieee.org/oui/oui.txt.')
    // Another page is still an HTML page.
    expect(parseIeeeRegistry('<html><head><title>Access Denied</title></head></html>\n', { file: 'oui.txt' }).diagnostics).toMatchObject([{ found: 'html' }])
  })

  it('tells the CSV from the text layout by the content, whatever the file is called', () => {
    const csv = parseIeeeRegistry(toCsv('MA-S'), { file: 'oui36.txt', registry: 'MA-S' })
    const text = parseIeeeRegistry(toText('MA-S'), { file: 'oui36.csv', registry: 'MA-S' })
    expect(csv.diagnostics).toEqual([])
    expect(text.value).toEqual(csv.value)
    expect(text.value).toHaveLength(3)
  })

  it('names the files users download by mistake with registry_format, the line and where to download', () => {
    const cases: [string, string, number][] = [
      ['', 'empty', 1],
      ['\r\n  \r\n', 'empty', 1],
      ['\n<!DOCTYPE html>\n<html><head><title>IEEE</title>', 'html', 2],
      ['# This file was generated by running ./tools/make-manuf.py.\n#\n00:00:0C\tCisco\tCisco Systems, Inc\n00:1B:C5:00:00:00/36\tConverg\tConverging Systems Inc.\n', 'wireshark_manuf', 3],
      ['# Original data comes from http://standards.ieee.org/regauth/oui/oui.txt\n000000 Xerox\n00000C Cisco\n', 'nmap_mac_prefixes', 2],
      // arp-scan's ieee-oui.txt, as get-oui writes it (royhills/arp-scan, ieee-oui.txt): Nmap's layout under comments naming arp-scan
      ['# ieee-oui.txt -- Ethernet vendor OUI file for arp-scan\n#\n# Each line of this file contains an OUI-vendor mapping in the form:\n#\n# <OUI><TAB><Vendor>\n#\n' +
        '# This file was automatically generated by get-oui at 2010-10-23 10:42:47\n# using data from http://standards.ieee.org/regauth/oui/oui.txt\n#\n' +
        '000000\tXEROX CORPORATION\n00000C\tCISCO SYSTEMS, INC.\n', 'arp_scan_oui', 10],
      ['MAC address vendor lookup: Huawei and Nokia\n', 'unknown', 1],
    ]
    for (const [text, found, line] of cases) {
      const { value, diagnostics } = parseIeeeRegistry(text, { file: 'oui.csv', registry: 'MA-L' })
      expect(value, found).toEqual([])
      expect(diagnostics, found).toMatchObject([{ code: 'registry_format', severity: 'error', found, registry: 'MA-L', at: { file: 'oui.csv', line } }])
    }
    const manuf = parseIeeeRegistry(cases[3]![0], { file: 'manuf', registry: 'MA-S' }).diagnostics[0]!
    expect(formatDiagnostic(manuf)).toMatchInlineSnapshot(`"manuf:3: error: this is Wireshark's manuf file, not an IEEE registry file: it merges the registries, so it cannot tell IAB from MA-S blocks or CID from MA-L assignments, and shortens some names. Download the MA-S registry as https://standards-oui.ieee.org/oui36/oui36.csv or https://standards-oui.ieee.org/oui36/oui36.txt."`)
    // arp-scan's file was called Nmap's, its layout being Nmap's.
    expect(formatDiagnostic(parseIeeeRegistry(cases[5]![0], { file: '/usr/share/arp-scan/ieee-oui.txt', registry: 'MA-L' }).diagnostics[0]!))
      .toMatch(/^\/usr\/share\/arp-scan\/ieee-oui\.txt:10: error: this is arp-scan's ieee-oui\.txt \(or its ieee-iab\.txt\), not an IEEE registry file: .* Download the MA-L registry as /)
    const html = parseIeeeRegistry(cases[2]![0], { file: 'oui.csv' }).diagnostics[0]!
    expect(formatDiagnostic(html)).toMatchInlineSnapshot(`"oui.csv:2: error: this is an HTML page, not an IEEE registry file (a browser saved the page instead of the file?). Download the registry from https://standards-oui.ieee.org/ as CSV (oui/oui.csv, oui28/mam.csv, oui36/oui36.csv, iab/iab.csv, cid/cid.csv) or as text (the same names ending in .txt)."`)
  })

  it('names the other vendor lists users have on disk (arp-scan\'s, systemd\'s, JSON) by what they are', () => {
    // Cuts of real files: arp-scan 1.10's mac-vendor.txt (Debian's /etc/arp-scan), its ieee-iab.txt of
    // 2017, an ieee-oui.txt that kept its data lines alone (as a tool bundles it), systemd's
    // hwdb.d/20-OUI.hwdb, a mac-vendors.json export and npm's oui-data index.json.
    const cases: [string, string, string, number][] = [
      ['mac-vendor.txt', '# mac-vendor.txt -- Ethernet vendor file for arp-scan\n#\n# This file contains Ethernet vendor mappings for arp-scan.\n#\n' +
        '52:54:00\tQEMU\nb0:c4:20\tBochs\n', 'arp_scan_mac_vendor', 5],
      ['ieee-iab.txt', '# ieee-iab.txt -- Ethernet vendor IAB file for arp-scan\n#\n# <IAB><TAB><Vendor>\n#\n' +
        '0050C2DD6\tTransas Marine Limited                       \n0050C2131\tEMAC, Inc.                                   \n', 'arp_scan_oui', 5],
      ['ieee-oui.txt', '0050C27D5\tDEUTA-WERKE GmbH\n40D85511C\tDEUTA-WERKE GmbH\n40D8551A1\tKRONOTECH SRL\n', 'arp_scan_oui', 1],
      ['20-OUI.hwdb', '# This file is part of systemd.\n#\n# Data imported from:\n' +
        '#   https://services13.ieee.org/RST/standards-ra-web/rest/assignments/download/?registry=MA-L&format=txt\n\n' +
        'OUI:000000*\n ID_OUI_FROM_DATABASE=XEROX CORPORATION\n\nOUI:00000C*\n ID_OUI_FROM_DATABASE=Cisco Systems, Inc\n', 'systemd_hwdb', 6],
      ['mac-vendors.json', '[\n  {\n    "macPrefix": "00:00:0C",\n    "vendorName": "Cisco Systems, Inc",\n    "blockType": "MA-L"\n  },\n', 'json', 1],
      ['index.json', '{\n "000000": "XEROX CORPORATION\\nM/S 105-50C\\nWEBSTER NY 14580\\nUnited States",\n', 'json', 1],
      // A tool's own vendor list that no comment names (CreepDetector's mac-vendors.txt), and the
      // cache Python's mac_vendor_lookup writes of an oui.txt's (base 16) lines, "prefix:vendor".
      ['mac-vendors.txt', 'E0:43:DB\tShenzhen ViewAt Technology Co.,Ltd. \n24:05:F5\tIntegrated Device Technology (Malaysia) Sdn. Bhd.\n', 'mac_prefix_list', 1],
      ['mac-vendors.txt', '286FB9:Nokia Shanghai Bell Co., Ltd.\n08EA44:Extreme Networks Headquarters\n', 'mac_prefix_list', 1],
      // A lookup service's CSV database as projects bundle it (often as oui.csv or mac.csv), and a
      // converter's CSV of prefixes and names without a header (okoeroo/oui-to-csv).
      ['oui.csv', 'Mac Prefix,Vendor Name,Private,Block Type,Last Update\n00:00:0C,"Cisco Systems, Inc",false,MA-L,2015/11/17\n' +
        '48:0B:B2:5,Solaredge LTD.,false,MA-M,2018/02/15\n', 'vendor_csv', 1],
      ['oui.csv', '"40B7FC","Phyplus Microelectronics Limited""682C4F","leerang corporation""0016F6","Nevion"', 'mac_prefix_list', 1],
    ]
    for (const [file, text, found, line] of cases) {
      const { value, diagnostics } = parseIeeeRegistry(text, { file, registry: 'MA-L' })
      expect(value, file).toEqual([])
      expect(diagnostics, file).toMatchObject([{ code: 'registry_format', found, registry: 'MA-L', at: { file, line } }])
    }
    const said = (k: number) => formatDiagnostic(parseIeeeRegistry(cases[k]![1], { file: cases[k]![0], registry: 'MA-L' }).diagnostics[0]!)
    // mac-vendor.txt was called Wireshark's manuf (its lines are colon-separated), and the ieee-oui.txt
    // without comments Nmap's (its prefixes are bare hex).
    expect(said(0)).toMatch(/^mac-vendor\.txt:5: error: this is arp-scan's mac-vendor\.txt, not an IEEE registry file: .* Download the MA-L registry as https:\/\/standards-oui\.ieee\.org\/oui\/oui\.csv /)
    expect(said(2)).toMatch(/^ieee-oui\.txt:1: error: this is arp-scan's ieee-oui\.txt/)
    expect(said(3)).toMatch(/^20-OUI\.hwdb:6: error: this is systemd's hardware database of MAC blocks \(20-OUI\.hwdb\), not an IEEE registry file/)
    expect(said(4)).toMatch(/^mac-vendors\.json:1: error: this is JSON \(a MAC vendor list as a library ships it or a lookup service exports it\), not an IEEE registry file, which is CSV or text\. Download the MA-L registry as /)
    // Both were called Wireshark's manuf, or refused as a CSV without the IEEE's header.
    expect(said(6)).toMatch(/^mac-vendors\.txt:1: error: "E0:43:DB\\tShenzhen ViewAt Technology Co\.,Ltd\." is a MAC prefix and a name, .* not an IEEE registry file: it names no registry\. Download the MA-L registry as /)
    expect(said(7)).toMatch(/^mac-vendors\.txt:1: error: "286FB9:Nokia Shanghai Bell Co\., Ltd\." is a MAC prefix and a name, as a tool or a library keeps its own list of makers/)
    // One object a line, as JSON Lines exports write it, is JSON too; an INI file's section is not.
    expect(parseIeeeRegistry('{"oui":"00:00:0C","isPrivate":false,"companyName":"Cisco Systems, Inc","assignmentBlockSize":"MA-L"}\n', { file: 'oui.jsonl' }).diagnostics)
      .toMatchObject([{ found: 'json' }])
    expect(parseIeeeRegistry('[registry]\nfile=oui.csv\n', { file: 'oui.ini' }).diagnostics).toMatchObject([{ found: 'unknown' }])
    // Both were refused for a header other than the IEEE's, quoting the first row of the second.
    expect(said(8)).toMatch(/^oui\.csv:1: error: "Mac Prefix,Vendor Name,Private,Block Type,Last Update" heads a MAC vendor list in CSV, as lookup services export their database, not an IEEE registry file /)
    // Nmap's own file, whose prefix and name a space parts, is still Nmap's.
    expect(parseIeeeRegistry('# $Id: nmap-mac-prefixes 31386 2013-07-17 16:39:22Z fyodor $ generated with make-mac-prefixes.pl\n000000 Xerox\n00000A Omron Tateisi Electronics CO.\n', { file: 'nmap-mac-prefixes' }).diagnostics)
      .toMatchObject([{ found: 'nmap_mac_prefixes', at: { line: 2 } }])
  })

  it('names a registry saved again by a spreadsheet, compressed, a workbook, UTF-16 or binary data with registry_format, and says what to do', () => {
    const header = 'Registry,Assignment,Organization Name,Organization Address'
    const cases: [string, string][] = [
      // Excel in a locale whose lists part by semicolons, and its "Text (Tab delimited)"
      [`${header.replaceAll(',', ';')}\r\nMA-L;286FB9;Nokia Shanghai Bell Co., Ltd.;No.388 Ning Qiao Road\r\n`, 'resaved'],
      [`${header.replaceAll(',', '\t')}\nMA-L\t286FB9\tNokia Shanghai Bell Co., Ltd.\tNo.388 Ning Qiao Road\n`, 'resaved'],
      // gzip's, zip's and an .xls workbook's first bytes as the reader decodes them (Latin-1: they are not UTF-8)
      ['\u001f\u008b\b\u0008#P\u0015k\u0000\u0003cid.csv\u0000', 'gzip'],
      ['PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000', 'zip'],
      ['\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1\u0000\u0000', 'xls'],
      // UTF-16 little-endian with its byte-order mark, and without one
      [`\u00ff\u00fe${[...header].join('\u0000')}\u0000`, 'utf16'],
      [`${[...header].join('\u0000')}\u0000`, 'utf16'],
      // A capture written by tcpdump -w (its pcap header, as Latin-1): runs of NULs on both sides, no UTF-16
      ['\u00d4\u00c3\u00b2\u00a1\u0002\u0000\u0004\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000\u0001\u0000\u0000\u0000', 'binary'],
    ]
    for (const [text, found] of cases) {
      const { value, diagnostics } = parseIeeeRegistry(text, { file: 'oui.csv', registry: 'MA-L' })
      expect(value, found).toEqual([])
      expect(diagnostics, found).toMatchObject([{ code: 'registry_format', severity: 'error', found, registry: 'MA-L', at: { file: 'oui.csv', line: 1 } }])
    }
    const resaved = parseIeeeRegistry(cases[0]![0], { file: 'oui.csv', registry: 'MA-L' }).diagnostics[0]!
    expect(formatDiagnostic(resaved)).toMatchInlineSnapshot(`"oui.csv:1: error: "Registry;Assignment;Organization Name;Organization Address" is the IEEE's header with its fields parted by semicolons or tabs: a spreadsheet saved the file again, and may have turned assignments that read as numbers into numbers. Pass the file as downloaded, not opened and saved. Download the MA-L registry as https://standards-oui.ieee.org/oui/oui.csv or https://standards-oui.ieee.org/oui/oui.txt."`)
    expect(formatDiagnostic(parseIeeeRegistry(cases[7]![0], { file: 'capture.pcap', registry: 'MA-L' }).diagnostics[0]!)).toMatchInlineSnapshot(`"capture.pcap:1: error: the file is binary data (a program, a capture, an image...), not text: not an IEEE registry file. Pass the file as downloaded. Download the MA-L registry as https://standards-oui.ieee.org/oui/oui.csv or https://standards-oui.ieee.org/oui/oui.txt."`)
    // A file saved as oui.csv.gz decompresses into oui.csv; one whose name does not end in .gz
    // into another name, never over itself.
    expect(formatDiagnostic(parseIeeeRegistry(cases[2]![0], { file: 'downloads/oui.csv.gz', registry: 'MA-L' }).diagnostics[0]!)).toContain('decompress it first (gzip -dc downloads/oui.csv.gz > oui.csv).')
    expect(formatDiagnostic(parseIeeeRegistry(cases[2]![0], { file: 'oui.csv', registry: 'MA-L' }).diagnostics[0]!)).toContain('decompress it first (gzip -dc oui.csv > registry.csv).')
    const utf16 = parseIeeeRegistry(cases[5]![0], { file: 'oui.csv', registry: 'MA-L' }).diagnostics[0]!
    expect(formatDiagnostic(utf16)).toMatchInlineSnapshot(`"oui.csv:1: error: the file is UTF-16 text (a spreadsheet's "Unicode Text", or Windows PowerShell's ">"), while the IEEE writes its files in UTF-8. Pass the file as downloaded, or convert it (iconv -f UTF-16 -t UTF-8 oui.csv). Download the MA-L registry as https://standards-oui.ieee.org/oui/oui.csv or https://standards-oui.ieee.org/oui/oui.txt."`)
  })

  it('refuses a CSV whose assignments a spreadsheet turned into numbers, where it skipped those rows and took the rest', () => {
    // oui.csv opened in Excel or LibreOffice and saved again with commas: 001882 loses its leading
    // zeros, and 3E1005 is read as 3 times 10 to the 1005th (Microsoft KB Q66033, 06E2 as 6.00E+02).
    const text = [
      HEADER,
      'MA-L,286FB9,"Nokia Shanghai Bell Co., Ltd.",No.388 Ning Qiao Road',
      'MA-L,1882,"Huawei Technologies Co.,Ltd",Shenzhen CN',
      'MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",Dongguan CN',
      'MA-L,1.87E+25,"Zhejiang Dahua Technology Co., Ltd.",Hangzhou CN',
      '',
    ].join('\r\n')
    const { value, diagnostics } = parseIeeeRegistry(text, { file: 'oui.csv', registry: 'MA-L' })
    expect(value).toEqual([])
    expect(diagnostics).toEqual([{
      code: 'registry_format', severity: 'error', at: { file: 'oui.csv', line: 3 }, registry: 'MA-L', found: 'resaved_numbers', got: '1882', rows: 2,
    }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"oui.csv:3: error: assignment "1882" (and 1 more row like it) is a number as a spreadsheet writes it, not hex digits: the file was opened in a spreadsheet and saved again, which turned the assignments it read as numbers into numbers (001882 into 1882, 06E2... into 6.00E+02), and those blocks cannot be read back. Pass the file as downloaded, not opened and saved. Download the MA-L registry as https://standards-oui.ieee.org/oui/oui.csv or https://standards-oui.ieee.org/oui/oui.txt."`)
    // An assignment of the right width in decimal digits is hex as it stands, and a row of another
    // width that no spreadsheet wrote is still a row skipped.
    const kept = parseIeeeRegistry([HEADER, 'MA-L,100000,Acme,', 'MA-L,00E0F,Cut,', ''].join('\r\n'), { file: 'oui.csv', registry: 'MA-L' })
    expect(kept.value.map((e) => e.prefix)).toEqual(['100000'])
    expect(kept.diagnostics).toMatchObject([{ code: 'registry_row_invalid', at: { line: 3 } }])
  })

  it('still reports a CSV of another kind by its header, and a list of MAC prefixes and vendors as one', () => {
    // An inventory given for a registry by mistake.
    expect(parseIeeeRegistry('id,name,mac\nr1,edge-1,00:e0:fc:12:34:56\n', { file: 'x.csv' }).diagnostics).toMatchObject([{ code: 'registry_header', got: ['id', 'name', 'mac'] }])
    expect(parseIeeeRegistry('prefix,vendor\n00E0FC,Huawei\n', { file: 'x.csv' }).diagnostics).toMatchObject([{ code: 'registry_format', found: 'vendor_csv', got: 'prefix,vendor' }])
  })
})

// The layout of oui.txt in the 2000s, as kept in public repositories: a title block of
// "OUI"/"company_id" without "MA-L", tab columns, addresses in capitals (entries as registered then).
const OLD_OUI_TXT = [
  '',
  'OUI\t\t\t\tOrganization',
  'company_id\t\t\tOrganization',
  '\t\t\t\tAddress',
  '',
  '',
  '00-0F-E2   (hex)\t\tHangzhou H3C Technologies Co., Ltd.',
  '000FE2     (base 16)\t\tHangzhou H3C Technologies Co., Ltd.',
  '\t\t\t\tOriental Electronic Bld., NO.2,Chuangye Road',
  '\t\t\t\tHai-Dian District Beijing 100085',
  '\t\t\t\tCHINA',
  '',
  '00-18-82   (hex)\t\tHuawei Technologies Co., Ltd.',
  '001882     (base 16)\t\tHuawei Technologies Co., Ltd.',
  '\t\t\t\tF1-20,Section F,Huawei Base,Bantian, Longgang District',
  '\t\t\t\tShenZhen GuangDong 518129',
  '\t\t\t\tCHINA',
  '',
  '00-18-C1   (hex)\t\tAlmitec Informática e Comércio Ltda.',
  '0018C1     (base 16)\t\tAlmitec Informática e Comércio Ltda.',
  '\t\t\t\t461, Francisco de Morais St.',
  '\t\t\t\tBRAZIL',
  '',
  '00-1E-10   (hex)\t\tShenZhen Huawei Communication Technologies Co.,Ltd.',
  '001E10     (base 16)\t\tShenZhen Huawei Communication Technologies Co.,Ltd.',
  '\t\t\t\tHUAWEI INDUSTRIAL PK BANTIAN, LONGGANG DIST SHENZHEN',
  '\t\t\t\tCHINA',
  '',
]
const OLD_ENTRIES = [
  { prefix: '000FE2', registry: 'MA-L', organization: 'Hangzhou H3C Technologies Co., Ltd.' },
  { prefix: '001882', registry: 'MA-L', organization: 'Huawei Technologies Co., Ltd.' },
  { prefix: '0018C1', registry: 'MA-L', organization: 'Almitec Informática e Comércio Ltda.' },
  { prefix: '001E10', registry: 'MA-L', organization: 'ShenZhen Huawei Communication Technologies Co.,Ltd.' },
]

describe('older copies of oui.txt', () => {
  it('reads the layout of the 2000s with LF or CRLF line ends', () => {
    for (const end of ['\n', '\r\n']) {
      const { value, diagnostics } = parseIeeeRegistry(OLD_OUI_TXT.join(end), { file: 'oui.txt', registry: 'MA-L' })
      expect(diagnostics).toEqual([])
      expect(value).toEqual(OLD_ENTRIES)
    }
  })

  it('reads copies that kept only the (hex) lines, or only the (base 16) lines, of a 24-bit registry', () => {
    const hex = OLD_OUI_TXT.filter((l) => l.includes('(hex)')).join('\r\n') + '\r\n'
    const base16 = OLD_OUI_TXT.filter((l) => l.includes('(base 16)')).join('\n') + '\n'
    for (const text of [hex, base16]) {
      const { value, diagnostics } = parseIeeeRegistry(text, { file: 'oui.txt', registry: 'MA-L' })
      expect(diagnostics).toEqual([])
      expect(value).toEqual(OLD_ENTRIES)
    }
    // Without being told the registry, a 24-bit assignment is MA-L.
    expect(parseIeeeRegistry(base16, { file: 'oui.txt' }).value).toEqual(OLD_ENTRIES)
  })

  it('refuses a copy whose header names no registry once, by its first entries, when it is of another registry than the one asked for', () => {
    // Without the IEEE's title block (the layout of the 2000s names no registry; a copy cut from the
    // first entry has none), the width of the assignments tells MA-M, the block they lie in IAB from
    // MA-S, and the X bit an OUI (clear) from a CID (set). Each was read entry by entry: the old
    // oui.txt given as --cid was taken whole, and its Huawei blocks then named no manufacturer.
    const headless = (registry: OuiRegistry) => {
      const lines = toText(registry).split('\r\n')
      return lines.slice(lines.findIndex((l) => l.includes('(hex)'))).join('\r\n')
    }
    const cases: [string, OuiRegistry, OuiRegistry, number][] = [
      [OLD_OUI_TXT.join('\n'), 'CID', 'MA-L', 7],
      [OLD_OUI_TXT.join('\n'), 'MA-M', 'MA-L', 7],
      [headless('CID'), 'MA-L', 'CID', 1],
      [headless('MA-M'), 'MA-L', 'MA-M', 1],
      [headless('IAB'), 'MA-S', 'IAB', 1],
      [headless('MA-S'), 'IAB', 'MA-S', 1],
    ]
    for (const [text, asked, got, line] of cases) {
      const { value, diagnostics } = parseIeeeRegistry(text, { file: 'registry.txt', registry: asked })
      expect(value, `${got} as ${asked}`).toEqual([])
      expect(diagnostics, `${got} as ${asked}`).toEqual([{ code: 'registry_mismatch', severity: 'error', at: { file: 'registry.txt', line }, expected: asked, got }])
    }
    expect(formatDiagnostic(parseIeeeRegistry(OLD_OUI_TXT.join('\n'), { file: 'oui.txt', registry: 'CID' }).diagnostics[0]!)).toMatchInlineSnapshot(`"oui.txt:7: error: this file is the IEEE MA-L registry (oui.csv or oui.txt), not CID; nothing is read from it. Pass it with --oui, or download the CID registry as https://standards-oui.ieee.org/cid/cid.csv or https://standards-oui.ieee.org/cid/cid.txt."`)
    // Each is read when given for its own registry, an early OUI with the X bit set among them.
    for (const registry of ['MA-L', 'MA-M', 'MA-S', 'IAB', 'CID'] as const) {
      const { value, diagnostics } = parseIeeeRegistry(headless(registry), { file: 'registry.txt', registry })
      expect(diagnostics, registry).toEqual([])
      expect(value.map((e) => e.prefix), registry).toEqual(ASSIGNMENTS[registry].map(([a]) => a))
    }
    const early = parseIeeeRegistry(['02-60-8C   (hex)\t\t3Com', '02608C     (base 16)\t\t3Com', '', ...OLD_OUI_TXT.slice(6)].join('\n'), { file: 'oui.txt', registry: 'MA-L' })
    expect(early.value.map((e) => e.prefix)).toEqual(['02608C', ...OLD_ENTRIES.map((e) => e.prefix)])
  })

  it('still needs both lines for a block of MA-M, MA-S or IAB', () => {
    const text = '8C-1F-64   (hex)\t\tOnly The Hex Line\r\nAFA000-AFAFFF     (base 16)\t\tOnly The Range\r\n\r\n'
    const { value, diagnostics } = parseIeeeRegistryText(text.split('\r\n').slice(0, 1).join('\r\n') + '\r\n', { file: 'oui36.txt', registry: 'MA-S' })
    expect(value).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'registry_row_invalid', at: { line: 1 } }])
    const range = parseIeeeRegistryText(text.split('\r\n').slice(1).join('\r\n'), { file: 'oui36.txt', registry: 'MA-S' })
    expect(range.value).toEqual([])
    expect(range.diagnostics).toMatchObject([{ code: 'registry_row_invalid', at: { line: 1 } }])
  })
})

describe('registry files cut short', () => {
  const CSV_ROWS = [
    HEADER,
    'MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD","No.2 Xin Cheng Road, Room R6,Songshan Lake Technology Park Dongguan  CN 523808 "',
    'MA-L,001E10,"HUAWEI TECHNOLOGIES CO.,LTD","No.2 Xin Cheng Road, Room R6,Songshan Lake Technology Park Dongguan  CN 523808 "',
  ].join('\r\n')

  it('reports a CSV that ends in the middle of a row, skipping the row when its name may be cut', () => {
    const inName = CSV_ROWS.slice(0, CSV_ROWS.lastIndexOf('TECHNOLOGIES'))
    const cut = parseIeeeRegistry(inName, { file: 'oui.csv', registry: 'MA-L' })
    expect(cut.value.map((e) => e.prefix)).toEqual(['00E0FC'])
    expect(cut.diagnostics).toMatchObject([{ code: 'registry_truncated', severity: 'warning', at: { file: 'oui.csv', line: 3 }, ending: 'mid_line', skipped: true }])
    expect(formatDiagnostic(cut.diagnostics[0]!)).toMatchInlineSnapshot(`"oui.csv:3: warning: the file ends in the middle of this line, while the IEEE ends every line of its registry files with a line break: a download cut short? The entry on this line was skipped, since its name may be cut. Download the MA-L registry as https://standards-oui.ieee.org/oui/oui.csv or https://standards-oui.ieee.org/oui/oui.txt again, or pass --force to use the entries read."`)
    // Cut in the address (outside quotes): the name is whole, the file is still cut.
    const inAddress = `${HEADER}\r\nMA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",No.2 Xin Cheng`
    const kept = parseIeeeRegistry(inAddress, { file: 'oui.csv', registry: 'MA-L' })
    expect(kept.value.map((e) => e.prefix)).toEqual(['00E0FC'])
    expect(kept.diagnostics).toMatchObject([{ code: 'registry_truncated', at: { line: 2 }, skipped: false }])
    expect(parseIeeeRegistry(`${CSV_ROWS}\r\n`, { file: 'oui.csv', registry: 'MA-L' }).diagnostics).toEqual([])
  })

  it('reports a text file that ends in the middle of a line, skipping the entry whose name line is cut', () => {
    const text = OLD_OUI_TXT.join('\r\n')
    const inName = text.slice(0, text.lastIndexOf('Communication Technologies'))
    const cut = parseIeeeRegistry(inName, { file: 'oui.txt', registry: 'MA-L' })
    expect(cut.value).toEqual(OLD_ENTRIES.slice(0, 3))
    expect(cut.diagnostics).toMatchObject([{ code: 'registry_truncated', at: { file: 'oui.txt', line: 25 }, skipped: true }])
    const inAddress = text.slice(0, text.lastIndexOf('LONGGANG DIST'))
    const kept = parseIeeeRegistry(inAddress, { file: 'oui.txt', registry: 'MA-L' })
    expect(kept.value).toEqual(OLD_ENTRIES)
    expect(kept.diagnostics).toMatchObject([{ code: 'registry_truncated', at: { line: 26 }, skipped: false }])
    // Cut after the indentation of an address line: still cut.
    expect(parseIeeeRegistry(`${text}\t\t\t\t`, { file: 'oui.txt' }).diagnostics).toMatchObject([{ code: 'registry_truncated' }])
  })

  it('says a text file cut right after a (hex) line once, as cut short with its entry left out, not also as an entry without a name', () => {
    // Debian's ieee-data oui.txt of 2022 cut at 100,000 characters ends in "20-47-DA   (hex)".
    const text = '\r\n00-E0-FC   (hex)\t\tHUAWEI TECHNOLOGIES CO.,LTD\r\n00E0FC     (base 16)\t\tHUAWEI TECHNOLOGIES CO.,LTD\r\n\t\t\t\tShenzhen\r\n\r\n' +
      '20-47-DA   (hex)'
    const { value, diagnostics } = parseIeeeRegistry(text, { file: 'oui.txt', registry: 'MA-L' })
    expect(value.map((e) => e.prefix)).toEqual(['00E0FC'])
    expect(diagnostics).toMatchObject([{ code: 'registry_truncated', at: { line: 6 }, skipped: true }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/^oui\.txt:6: warning: the file ends in the middle of this line, .* The entry on this line was skipped, since its name may be cut\./)
    // Debian's oui36.txt of 2022 cut in a (base 16) line: the entry above it is the cut one, not one without a (base 16) line.
    const oui36 = '\r\n70-B3-D5   (hex)\t\tCOSMOIT.CO.LTD\r\n754000-754FFF     (base 16)\t\tCOSMOIT.CO.LTD\r\n\t\t\t\tBR\r\n\r\n' +
      '70-B3-D5   (hex)\t\tPrivate\r\n2D7000-2D7FFF     ('
    const ma_s = parseIeeeRegistry(oui36, { file: 'oui36.txt', registry: 'MA-S' })
    expect(ma_s.value.map((e) => e.prefix)).toEqual(['70B3D5754'])
    expect(ma_s.diagnostics).toMatchObject([{ code: 'registry_truncated', at: { line: 7 }, skipped: true }])
    // Cut at the line break after that (hex) line: its entry is cut all the same (Debian's mam.txt of 2022 cut so).
    const afterHex = parseIeeeRegistry(oui36.slice(0, oui36.lastIndexOf('2D7000')), { file: 'oui36.txt', registry: 'MA-S' })
    expect(afterHex.value.map((e) => e.prefix)).toEqual(['70B3D5754'])
    expect(afterHex.diagnostics).toMatchObject([{ code: 'registry_truncated', ending: 'mid_entry', at: { line: 6 }, skipped: true }])
    expect(formatDiagnostic(afterHex.diagnostics[0]!)).toMatchInlineSnapshot(`"oui36.txt:6: warning: the file ends after this (hex) line, in the middle of its entry: the (base 16) line with the rest of the block does not follow: a download cut short? The entry was skipped. Download the MA-S registry as https://standards-oui.ieee.org/oui36/oui36.csv or https://standards-oui.ieee.org/oui36/oui36.txt again, or pass --force to use the entries read."`)
    // An entry without its (base 16) line before others is a bad entry, not a cut.
    const inside = parseIeeeRegistry('\r\n70-B3-D5   (hex)\t\tCOSMOIT.CO.LTD\r\n\t\t\t\tBR\r\n\r\n70-B3-D5   (hex)\t\tPrivate\r\n2D7000-2D7FFF     (base 16)\t\tPrivate\r\n',
      { file: 'oui36.txt', registry: 'MA-S' })
    expect(inside.value.map((e) => e.prefix)).toEqual(['70B3D52D7'])
    expect(inside.diagnostics).toMatchObject([{ code: 'registry_row_invalid', at: { line: 2 } }])
  })
})

describe('sniffing the layout of older copies', () => {
  it('takes a file of (base 16) lines only for the IEEE text layout, not for nmap-mac-prefixes', () => {
    const base16 = '000000     (base 16)\t\tXEROX CORPORATION\n00000C     (base 16)\t\tCisco Systems, Inc\n'
    const { value, diagnostics } = parseIeeeRegistry(base16, { file: 'oui.txt', registry: 'MA-L' })
    expect(diagnostics).toEqual([])
    expect(value.map((e) => e.prefix)).toEqual(['000000', '00000C'])
  })
})
