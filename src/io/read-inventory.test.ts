import { readdirSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import type { Device } from '../domain/device.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { TrustpathError } from '../errors.js'
import { testdir } from '../test-support/testdir.js'
import { statInventory } from './inventory-file.js'
import { textEncodingOf, utf16Of } from './text-encoding.js'
import { readInventory, type ReadInventoryOptions } from './read-inventory.js'
import { LOCALIZED_INVENTORIES } from '../test-support/localized-inventories.js'
import { buildWorkbook, textSheet, zipOf } from '../test-support/workbook.js'

/** The start of an Excel 97-2003 workbook: the OLE signature, then a header of mostly NUL bytes. */
const XLS = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(16), 0x3e, 0, 3, 0, 0xfe, 0xff, ...new Uint8Array(486)])

async function readAll(path: string, opts: ReadInventoryOptions = {}) {
  const devices: Device[] = []
  const diagnostics: Diagnostic[] = []
  let bytes = 0
  for await (const b of readInventory(path, opts)) {
    devices.push(...b.devices)
    diagnostics.push(...b.diagnostics)
    bytes = b.bytes
  }
  return { devices, diagnostics, bytes }
}

async function rejection(p: Promise<unknown>): Promise<TrustpathError> {
  const err = await p.then(() => undefined, (e: unknown) => e)
  expect(err).toBeInstanceOf(TrustpathError)
  return err as TrustpathError
}

/** Text as the bytes of a single-byte code page, by the table `TextDecoder` decodes it with. */
function singleByte(text: string, codePage: string): Buffer {
  const table = new TextDecoder(codePage).decode(Uint8Array.from({ length: 256 }, (_, i) => i))
  return Buffer.from([...text].map((c) => {
    const i = table.indexOf(c)
    if (i === -1) throw new Error(`${c} is not in ${codePage}`)
    return i
  }))
}

/** Text as Windows-1252 bytes (its characters 0x80-0x9F where it differs from Latin-1). */
function cp1252(text: string): Buffer {
  const high = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'
  return Buffer.from([...text].map((c) => (high.includes(c) ? 0x80 + high.indexOf(c) : c.charCodeAt(0))))
}

const CSV = 'id,name,macs\nd1,rt-1,00:e0:fc:12:34:56\nd2,"bad ""row",zz\nd3,a,b,c\nd4,rt-4,\n'

describe('readInventory', () => {
  it('reads UTF-16 text, little- or big-endian, with or without a byte order mark, also from stdin', async () => {
    const text = 'id\tname\nd1\tZürich 東京\n'
    const le = Buffer.from(`\ufeff${text}`, 'utf16le')
    const be = Buffer.from(le).swap16()
    const dir = await testdir({})
    const { writeFileSync } = await import('node:fs')
    const files: [string, Buffer][] = [['le.csv', le], ['be.csv', be], ['nobom.csv', Buffer.from(text, 'utf16le')]]
    for (const [f, bytes] of files) {
      writeFileSync(join(dir, f), bytes)
      // Chunks of 3 bytes cut code units and characters in two.
      expect((await readAll(join(dir, f), { chunkSize: 3 })).devices, f).toEqual([{ id: 'd1', name: 'Zürich 東京' }])
    }
    const stdin = Readable.from([be.subarray(0, 5), be.subarray(5)])
    expect((await readAll('-', { stdin, format: 'csv' })).devices).toEqual([{ id: 'd1', name: 'Zürich 東京' }])
  })

  it('reads Windows-1252 text (Excel CSV on Western European Windows), and UTF-8 with a stray byte as UTF-8', async () => {
    const dir = await testdir({})
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dir, 'cp1252.csv'), Buffer.from([...Buffer.from('id;name;site\nd1;Caf'), 0xe9, ...Buffer.from(' '), 0x80, ...Buffer.from(';M'), 0xfc, ...Buffer.from('nchen\n')]))
    expect((await readAll(join(dir, 'cp1252.csv'), { chunkSize: 5 })).devices).toEqual([{ id: 'd1', name: 'Café €', site: 'München' }])
    writeFileSync(join(dir, 'mixed.csv'), Buffer.concat([Buffer.from('id,name\nd1,Zürich '), Buffer.from([0xff]), Buffer.from('\n')]))
    expect((await readAll(join(dir, 'mixed.csv'))).devices).toEqual([{ id: 'd1', name: 'Zürich \ufffd' }])
    expect(textEncodingOf(Buffer.from('id,name\nd1,plain ascii\n'))).toBe('utf8')
  })

  it('reads the code pages Excel saves CSV in on Chinese, Taiwanese, Japanese, Korean and Russian Windows, characters cut between chunks', async () => {
    // Each file's bytes in its code page (made with a converter), and the text they hold.
    const files: [string, string, string, Device[]][] = [
      ['gbk.csv', 'gb18030', 'aWQsbmFtZSxtYW51ZmFjdHVyZXIKZDEsusvQxMK308nG9yy7qs6qvLzK9dPQz965q8u+CmQyLMnjz/HNtyzV472ttPO7qry8yvW5ybfd09DP3rmry74KZDMsvdPI6727u7u7+izW0NDLzajRtrnJt93T0M/euavLvgo=', [
        { id: 'd1', name: '核心路由器', manufacturer: '华为技术有限公司' }, { id: 'd2', name: '摄像头', manufacturer: '浙江大华技术股份有限公司' },
        { id: 'd3', name: '接入交换机', manufacturer: '中兴通讯股份有限公司' },
      ]],
      ['big5.csv', 'big5', 'aWQsbmFtZSxtYW51ZmFjdHVyZXIKZDEspXilX67WpN+l5rSrvrkspM2wVKzsp96q0aX3prOtraS9pXEKZDIsusq1+MThvHa+9yy12Kywp96zTqazra2kvaVxCg==', [
        { id: 'd1', name: '台北核心交換器', manufacturer: '友訊科技股份有限公司' }, { id: 'd2', name: '監視攝影機', manufacturer: '華為技術有限公司' },
      ]],
      ['sjis.csv', 'shift_jis', 'aWQsbmFtZSxtYW51ZmFjdHVyZXIKZDEsk4yLnpZ7jtCDi4Fbg14sk/qWe5Nki0OKlI6uie+O0ApkMiyR5Y3jjniTWINYg0ODYoNgLIqUjq6J747Qg2+DYoN0g0CDjYFbCg==', [
        { id: 'd1', name: '東京本社ルータ', manufacturer: '日本電気株式会社' }, { id: 'd2', name: '大阪支店スイッチ', manufacturer: '株式会社バッファロー' },
      ]],
      ['euckr.csv', 'euc-kr', 'aWQsbmFtZSxtYW51ZmFjdHVyZXIKZDEsvK2/7yC6u7vnILbzv+zFzSy777y6wPzA2gpkMiy6zrvqIMH2u+cgvbrAp8ShLMitv/7AzCCx4rz6Cg==', [
        { id: 'd1', name: '서울 본사 라우터', manufacturer: '삼성전자' }, { id: 'd2', name: '부산 지사 스위치', manufacturer: '화웨이 기술' },
      ]],
      ['cp1251.csv', 'windows-1251', 'aWQsbmFtZSxzaXRlCmQxLMru7Ozz8uDy7vAg5O7x8vPv4CzN7uLu8ejh6PDx6gpkMizM4PD48PPy6Ofg8u7wIP/k8OAszO7x6uLgCg==', [
        { id: 'd1', name: 'Коммутатор доступа', site: 'Новосибирск' }, { id: 'd2', name: 'Маршрутизатор ядра', site: 'Москва' },
      ]],
    ]
    const dir = await testdir({})
    const { writeFileSync } = await import('node:fs')
    for (const [f, encoding, base64, devices] of files) {
      const bytes = Buffer.from(base64, 'base64')
      expect(textEncodingOf(bytes), f).toBe(encoding)
      writeFileSync(join(dir, f), bytes)
      // Chunks of 5 bytes cut two-byte characters in two.
      const read = await readAll(join(dir, f), { chunkSize: 5 })
      expect([read.devices, read.diagnostics], f).toEqual([devices, []])
    }
  })

  it('reads exports whose headers are in Chinese, Japanese, Korean, Russian, Polish or Turkish, in the code page they were saved in', async () => {
    // BlueKing CMDB's switches (GBK), Snipe-IT's assets in traditional Chinese (Big5), Japanese
    // (Shift_JIS, a full-width MAC header) and Korean (EUC-KR), NetBox's devices in Russian
    // (Windows-1251), Polish (Windows-1250) and Turkish (Windows-1254).
    const expected: Record<string, Device[]> = {
      'bk-switches.csv': [
        // 管理IP (the management address) names a switch only when 名称 is empty; beside a name, it is the switch's address.
        { id: 'ZC-0001', name: '核心交换机-1', serial: '2102351234ABC', purpose: '核心', manufacturer: '华为技术有限公司', model: 'S12708', addresses: ['10.0.0.1'] },
        { id: 'ZC-0002', name: '接入交换机-2', serial: '219801A0ABC', purpose: '接入', manufacturer: '新华三技术有限公司', model: 'S5130S-52S-EI', addresses: ['10.0.0.2'] },
        { id: 'ZC-0003', name: '出口防火墙', purpose: '出口', manufacturer: '深信服', model: 'AF-1000', addresses: ['10.0.0.3'] },
      ],
      'snipe-zh-tw.csv': [
        { id: '台北核心交換器', name: '台北核心交換器', serial: 'TPE000001', model: 'DGS-3630-28TC', manufacturer: '友訊科技股份有限公司' },
        { id: '監視攝影機', name: '監視攝影機', serial: 'TPE000002', model: 'IPC-HDW1230S', manufacturer: '浙江大華技術股份有限公司' },
      ],
      // The model number (モデル No.) wins over the model's name (モデル).
      'snipe-ja.csv': [
        { id: '東京本社ルータ', name: '東京本社ルータ', serial: 'A1B2C3', model: 'IX2215', site: '東京本社', manufacturer: '日本電気株式会社', macs: ['00:00:4c:12:34:56'] },
        { id: '大阪支店NAS', name: '大阪支店NAS', serial: '40012345', model: 'TS5410DN', site: '大阪支店', manufacturer: '株式会社バッファロー', macs: ['4c:e6:76:12:34:56'] },
        { id: '名古屋サーバ', name: '名古屋サーバ', serial: 'MJ0ABCDE', model: 'RX2540 M5', site: '名古屋', manufacturer: '富士通（株）', macs: ['00:0b:5d:12:34:56'] },
      ],
      'snipe-ko.csv': [
        { id: '서울-코어-01', name: '서울-코어-01', serial: '2102351234', model: 'NE40E-X8', manufacturer: 'Huawei', macs: ['00:e0:fc:12:34:56'] },
        { id: '부산-스위치-01', name: '부산-스위치-01', serial: 'FOC12345678', model: 'C9300-48P', manufacturer: 'Cisco' },
      ],
      'netbox-ru.csv': [
        { id: 'msk-core-01', name: 'msk-core-01', site: 'Москва', manufacturer: 'Huawei', model: 'NE40E-X8', serial: '2102351234' },
        { id: 'nsk-cam-01', name: 'nsk-cam-01', site: 'Новосибирск', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'DS123456' },
      ],
      'netbox-pl.csv': [
        { id: 'Przełącznik Wrocław', name: 'Przełącznik Wrocław', site: 'Wrocław Główny', manufacturer: 'Huawei', model: 'S5735-L24T4S-A', serial: '2102351234', macs: ['00:e0:fc:12:34:56'] },
        { id: 'Kamera Łódź', name: 'Kamera Łódź', site: 'Łódź Bałuty', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'DS1234567' },
      ],
      'netbox-tr.csv': [
        { id: 'Erişim anahtarı Kadıköy', name: 'Erişim anahtarı Kadıköy', site: 'İstanbul Kadıköy', manufacturer: 'Huawei', model: 'S5735-L24T4S-A', serial: '2102351234', macs: ['00:e0:fc:12:34:56'] },
        { id: 'Giriş kamerası', name: 'Giriş kamerası', site: 'Eskişehir Odunpazarı', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'DS1234567' },
      ],
    }
    const dir = await testdir({})
    const { writeFileSync } = await import('node:fs')
    expect(LOCALIZED_INVENTORIES.map((f) => f.file).sort()).toEqual(Object.keys(expected).sort())
    for (const { file, encoding, base64, text } of LOCALIZED_INVENTORIES) {
      const bytes = Buffer.from(base64, 'base64')
      expect(new TextDecoder(encoding).decode(bytes), file).toBe(text)
      expect(textEncodingOf(bytes), file).toBe(encoding)
      writeFileSync(join(dir, file), bytes)
      const read = await readAll(join(dir, file), { chunkSize: 7 })
      expect(read.devices, file).toEqual(expected[file])
      // Only BlueKing's maintainer and status columns are left unread.
      expect(read.diagnostics.map((d) => (d.code === 'unknown_column' ? [d.code, d.columns] : [d.code])), file)
        .toEqual(file === 'bk-switches.csv' ? [['unknown_column', ['维护人', '运营状态']]] : [])
    }
  })

  it('does not take Western European text in Windows-1252 for a Cyrillic, East Asian, Central European or Turkish code page', () => {
    const western = [
      'id,name,site\nd1,Routeur c\u0153ur,Z\u00fcrich\n',
      'id,name,site,notes\nd1,rt-01,Gen\u00e8ve,Salle serveur 2\u00e8me \u00e9tage\nd2,sw-02,K\u00f6ln,Schaltschrank Nord \u2013 Raum 3\nd3,cam-1,M\u00e1laga,c\u00e1mara entrada\n',
      'name;standort;hersteller\nSwitch B\u00fcro;D\u00fcsseldorf;Huawei\nKamera Au\u00dfen;M\u00fcnchen;Hikvision\nRouter Keller;N\u00fcrnberg;Cisco\n',
      'id,temp\nd1,23\u00b0C\nd2,45\u00b5s\n',
      'id,owner\nd1,S\u00f8ren \u00d8deg\u00e5rd\nd2,\u00c5sa \u00d6berg\nd3,J\u00f6rg M\u00fcller\n',
      'id,price\nd1,1.200 \u20ac\nd2,\u201eAngebot\u201c \u2014 3\u00d7\nd3,5 \u20ac\nd4,7 \u20ac\n',
      'ID,Name,Standort\n1,Drucker \u00c4\u00d6\u00dc \u00e4\u00f6\u00fc \u00df,Wien\n',
      'x,y\n\u00e0,\u00e9\n',
      'id,name\nd1,\u00d1and\u00fa\n',
      'id;nom;site\nd1;Cam\u00e9ra entr\u00e9e;Orl\u00e9ans\nd2;Commutateur \u00e9tage;Besan\u00e7on\n',
    ]
    for (const text of western) expect(textEncodingOf(cp1252(text)), text).toBe('windows-1252')
    // Central European and Turkish text is told as Windows-1250 and 1254, never as Cyrillic.
    const others: [string, string][] = [
      ['windows-1250', 'id,name,site\nd1,P\u0159\u00edstupov\u00fd p\u0159ep\u00edna\u010d,Plze\u0148\nd2,Sm\u011brova\u010d j\u00e1dra,\u010cesk\u00e9 Bud\u011bjovice\n'],
      ['windows-1250', 'id,name,site\nd1,Prze\u0142\u0105cznik dost\u0119powy,\u0141\u00f3d\u017a\nd2,Kamera wej\u015bcie,Gda\u0144sk\n'],
      ['windows-1254', 'id,name,site\nd1,Eri\u015fim anahtar\u0131,\u0130stanbul\nd2,\u00c7ekirdek y\u00f6nlendirici,\u0130zmir\n'],
    ]
    for (const [codePage, text] of others) expect(textEncodingOf(singleByte(text, codePage)), text).toBe(codePage)
  })

  it('tells Cyrillic in Windows-1251 from two rows on, and UTF-8 with a stray byte from a code page', () => {
    expect(textEncodingOf(singleByte('id,name,site\nd1,\u041a\u043e\u043c\u0443\u0442\u0430\u0442\u043e\u0440 \u0434\u043e\u0441\u0442\u0443\u043f\u0443,\u041a\u0438\u0457\u0432\nd2,\u041c\u0430\u0440\u0448\u0440\u0443\u0442\u0438\u0437\u0430\u0442\u043e\u0440,\u041b\u044c\u0432\u0456\u0432\n', 'windows-1251'))).toBe('windows-1251')
    const stray = (text: string) => Buffer.concat([Buffer.from(text), Buffer.from([0xb0]), Buffer.from('\n')])
    expect(textEncodingOf(stray('id,name,manufacturer\nd1,\u6838\u5fc3\u8def\u7531\u5668,\u534e\u4e3a\u6280\u672f\u6709\u9650\u516c\u53f8\nd2,'))).toBe('utf8')
    expect(textEncodingOf(stray('id,name,site\nd1,\u041a\u043e\u043c\u043c\u0443\u0442\u0430\u0442\u043e\u0440 \u0434\u043e\u0441\u0442\u0443\u043f\u0430,\u041c\u043e\u0441\u043a\u0432\u0430\nd2,'))).toBe('utf8')
  })

  it('tells UTF-16 from UTF-8 by the first bytes', () => {
    expect(utf16Of(Buffer.from('\ufeffid', 'utf16le'))).toBe('le')
    expect(utf16Of(Buffer.from('\ufeffid', 'utf16le').swap16())).toBe('be')
    expect(utf16Of(Buffer.from('id,name\nd1,a\n', 'utf16le'))).toBe('le')
    expect(utf16Of(Buffer.from('id,name\nd1,a\n', 'utf8'))).toBeUndefined()
    expect(utf16Of(Buffer.from('\ufeffid,name', 'utf8'))).toBeUndefined()
  })

  it('reads CSV, JSON and JSON Lines files by their extension', async () => {
    const dir = await testdir({
      'a.csv': 'id\nd1\n',
      'b.json': '[{"id":"d1"}]',
      'c.ndjson': '{"id":"d1"}\n',
    })
    for (const f of ['a.csv', 'b.json', 'c.ndjson']) {
      expect((await readAll(join(dir, f))).devices).toEqual([{ id: 'd1' }])
    }
  })

  it('keeps the good rows, reports the bad ones with file and line, and counts every byte', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    const path = join(dir, 'devices.csv')
    const { devices, diagnostics, bytes } = await readAll(path, { chunkSize: 7 })
    expect(devices.map((d) => d.id)).toEqual(['d1', 'd2', 'd4'])
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['invalid_mac@3', 'malformed_csv@4'])
    expect(diagnostics[0]!.at.file).toBe(path)
    expect(bytes).toBe((await statInventory(path)).totalBytes)
  })

  it('stops at the first error in strict mode with input_invalid and its location', async () => {
    const dir = await testdir({ 'devices.csv': CSV })
    const path = join(dir, 'devices.csv')
    const err = await rejection(readAll(path, { strict: true }))
    expect(err.code).toBe('input_invalid')
    expect(err.at).toEqual({ file: path, line: 4 })
  })

  it('reads stdin for "-", sniffing the format', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"a"}\n{"id'), Buffer.from('":"b"}\n')])
    const { devices, diagnostics } = await readAll('-', { stdin })
    expect(devices).toEqual([{ id: 'a' }, { id: 'b' }])
    expect(diagnostics).toEqual([])
  })

  it('names stdin "<stdin>" in diagnostics and has no total size', async () => {
    const stdin = Readable.from(['id\n\n'])
    const { diagnostics } = await readAll('-', { stdin, format: 'csv' })
    expect(diagnostics).toMatchObject([{ code: 'empty_input', at: { file: '<stdin>' } }])
    expect(await statInventory('-')).toEqual({ file: '<stdin>', totalBytes: undefined })
  })

  it('fails with input_unreadable and a hint for a missing file or a directory', async () => {
    const dir = await testdir({ 'sub/x.csv': 'id\n' })
    const missing = await rejection(readAll(join(dir, 'nope.csv')))
    expect(missing.code).toBe('input_unreadable')
    expect(missing.at).toEqual({ file: join(dir, 'nope.csv') })
    expect(missing.hint).toMatch(/path/)
    expect((await rejection(readAll(join(dir, 'sub')))).code).toBe('input_unreadable')
    expect((await rejection(statInventory(join(dir, 'sub')))).code).toBe('input_unreadable')
  })

  it('reports the size of a file for a progress bar', async () => {
    const dir = await testdir({ 'ü.csv': 'id\nü\n' })
    expect(await statInventory(join(dir, 'ü.csv'))).toEqual({ file: join(dir, 'ü.csv'), totalBytes: 6 })
  })

  describe('Excel workbooks', () => {
    const { sheet, strings } = textSheet('Assets', [['Asset Name', 'Manufacturer', 'MAC Address'], ['cam-01', 'Hikvision', 'c0:56:e3:00:00:01'], ['cam-02', 'Dahua', '3c:ef:8c:00:00:02']])
    const book = buildWorkbook({ sheets: [sheet], strings })

    it('reads a workbook by its extension, and by its content under another name and from stdin', async () => {
      const dir = await testdir({ 'assets.xlsx': book, 'export.csv': book })
      const expected = [
        { id: 'cam-01', name: 'cam-01', manufacturer: 'Hikvision', macs: ['c0:56:e3:00:00:01'] },
        { id: 'cam-02', name: 'cam-02', manufacturer: 'Dahua', macs: ['3c:ef:8c:00:00:02'] },
      ]
      const byName = await readAll(join(dir, 'assets.xlsx'))
      expect(byName.devices).toEqual(expected)
      expect(byName.bytes).toBe(book.length)
      expect((await readAll(join(dir, 'export.csv'))).devices).toEqual(expected)
      const stdin = Readable.from([Buffer.from(book.subarray(0, 100)), Buffer.from(book.subarray(100))])
      const piped = await readAll('-', { stdin })
      expect(piped.devices).toEqual(expected)
      expect(piped.diagnostics).toEqual([])
    })

    it('reads CSV saved under a workbook\'s name by its content', async () => {
      const dir = await testdir({ 'devices.xlsx': 'id,manufacturer\nd1,ZTE\n' })
      expect((await readAll(join(dir, 'devices.xlsx'))).devices).toEqual([{ id: 'd1', manufacturer: 'ZTE' }])
    })

    it('refuses a zip that holds no workbook, and an Excel 97-2003 workbook, saying what to do', async () => {
      const dir = await testdir({ 'devices.zip': zipOf({ 'devices.csv': 'id\nd1\n' }), 'old.xls': XLS })
      const zip = await rejection(readAll(join(dir, 'devices.zip')))
      expect([zip.code, zip.message, zip.hint]).toEqual(['input_invalid', 'the inventory is a zip archive, not an Excel workbook (it holds no xl/workbook.xml)', 'Unzip the archive and pass the inventory in it.'])
      const xls = await rejection(readAll(join(dir, 'old.xls')))
      expect(xls.code).toBe('input_invalid')
      expect(xls.message).toMatch(/an Excel 97-2003 workbook \(\.xls\)/)
      expect(xls.hint).toMatch(/\.xlsx/)
    })

    it('stops at the first bad row with --strict, naming the sheet and the row', async () => {
      const bad = textSheet('Assets', [['id', 'macs'], ['d1', '00:e0:fc:00:00:01'], ['', '00:e0:fc:00:00:02']])
      const dir = await testdir({ 'bad.xlsx': buildWorkbook({ sheets: [bad.sheet], strings: bad.strings }) })
      const err = await rejection(readAll(join(dir, 'bad.xlsx'), { strict: true }))
      expect(err.at).toEqual({ file: join(dir, 'bad.xlsx'), sheet: 'Assets', line: 3 })
    })
  })
})

describe('readInventory and the file it reads', () => {
  /** The paths this process holds open (Linux's /proc/self/fd). */
  const openPaths = (): string[] => readdirSync('/proc/self/fd').map((fd) => { try { return readlinkSync(`/proc/self/fd/${fd}`) } catch { return '' } })

  it('closes the file when its reader refuses it part-way (a web page given in a folder of captures), as when it reads it whole', async () => {
    // A page of 330 KB, refused at its root element with most of it still unread.
    const dir = await testdir({ 'report.html': `<!DOCTYPE html>\n<html lang="en">\n<body>${'<p>rt-1</p>\n'.repeat(30_000)}</body>\n</html>\n`, 'devices.csv': 'id,mac\nd1,00e0fc000001\n' })
    const page = join(dir, 'report.html')
    await expect((async () => { for await (const _ of readInventory(page)) void _ })()).rejects.toThrow(/web page in HTML/)
    // Closing a file handle completes a moment after the read stream is destroyed.
    await vi.waitFor(() => expect(openPaths()).not.toContain(page), { timeout: 2000 })
    for await (const _ of readInventory(join(dir, 'devices.csv'))) void _
    await vi.waitFor(() => expect(openPaths()).not.toContain(join(dir, 'devices.csv')), { timeout: 2000 })
  })
})
