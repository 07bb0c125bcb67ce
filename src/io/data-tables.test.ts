import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { blockEntry, type OuiBlocks } from '../catalog/oui-blocks.js'
import type { OuiEntry } from '../catalog/types.js'
import {
  CATALOG_FILE, PACKED_CATALOG_FILE, defaultOuiSource, formatRegistryDate, loadCatalogOverride, loadDefaultOuiEntries, readCatalogOverride,
  readIanaEnterpriseNumbers, readIeeeRegistry, writeCatalogOverride, type CatalogOverride,
} from './data-tables.js'
import { defaultDataDir } from './data-dir.js'

const dirs: string[] = []
async function testdir(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'trustpath-data-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

const OVERRIDE: CatalogOverride = {
  format: 'trustpath-catalog',
  version: 1,
  oui: {
    sources: [{ file: 'oui.csv', registry: 'MA-L', date: '2026-05-21' }],
    entries: [
      { prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD', manufacturer: 'huawei' },
      { prefix: '70B3D50AE', registry: 'MA-S', organization: 'Norsat International Inc.' },
    ],
  },
  enterprise: {
    source: { file: 'enterprise-numbers.txt', date: '2026-05-20' },
    entries: [{ number: 2011, organization: 'HUAWEI Technology Co.,Ltd' }],
  },
}

describe('defaultDataDir', () => {
  it('prefers $TRUSTPATH_HOME, then $XDG_DATA_HOME, then ~/.local/share', () => {
    expect(defaultDataDir({ TRUSTPATH_HOME: '/data/tp', XDG_DATA_HOME: '/xdg' }, '/home/u')).toBe('/data/tp')
    expect(defaultDataDir({ XDG_DATA_HOME: '/xdg' }, '/home/u')).toBe(join('/xdg', 'trustpath'))
    expect(defaultDataDir({ TRUSTPATH_HOME: '' }, '/home/u')).toBe(join('/home/u', '.local', 'share', 'trustpath'))
  })
})

describe('loadDefaultOuiEntries', () => {
  it('loads the MA-L, MA-M and MA-S blocks of the oui-data package and the shipped IAB registry', () => {
    const entries = loadDefaultOuiEntries()
    const count = (registry: string) => entries.filter((e) => e.registry === registry).length
    expect(count('MA-L')).toBeGreaterThan(39_000)
    expect(count('MA-M')).toBeGreaterThan(6_000)
    expect(count('MA-S')).toBeGreaterThan(7_000)
    expect(count('IAB')).toBeGreaterThan(4_500)
    expect(entries.find((e) => e.prefix === '0050C2003')).toEqual({ prefix: '0050C2003', registry: 'IAB', organization: 'Microsoft' })
    expect(entries.find((e) => e.prefix === '00E0FC')).toEqual({ prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' })
    expect(entries.some((e) => e.organization.includes('\n'))).toBe(false)
    expect(entries.filter((e) => e.organization === 'Private').length).toBeGreaterThan(100)
    expect(defaultOuiSource().source).toMatch(/^oui-data \d+\.\d+\.\d+ and the IEEE IAB registry of \d{4}-\d{2}-\d{2}$/)
  })
})

describe('readIeeeRegistry and readIanaEnterpriseNumbers', () => {
  it('reads files and names their source', async () => {
    const dir = await testdir({
      'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\nMA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD",x\n',
      'enterprise-numbers.txt': 'PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2026-05-20)\n\n2011\n  HUAWEI Technology Co.,Ltd\n\n\nEnd of Document\n',
    })
    const oui = await readIeeeRegistry(join(dir, 'oui.csv'), 'MA-L')
    expect(oui.value).toHaveLength(1)
    // The IEEE files state no date: the file's modification day stands in, and is said to be one.
    expect(oui.source).toMatchObject({ file: 'oui.csv', registry: 'MA-L', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), dateOf: 'file' })
    const pen = await readIanaEnterpriseNumbers(join(dir, 'enterprise-numbers.txt'))
    expect(pen.value).toEqual([{ number: 2011, organization: 'HUAWEI Technology Co.,Ltd' }])
    expect(pen.source).toEqual({ file: 'enterprise-numbers.txt', date: '2026-05-20', dateOf: 'registry' })
  })

  it('dates an oui.txt of 2015 by its own "Generated:" line, where a copy made today read as today\'s registry', async () => {
    // The head of oui.txt as the IEEE wrote it in May 2015 (quoted in a blog post on rebuilding nmap-mac-prefixes).
    const dir = await testdir({
      'oui.txt': 'Generated: Sun, 24 May 2015 05:00:02 -0400\r\n\r\nOUI/MA-L\t\t\tOrganization\r\ncompany_id\t\t\tOrganization\r\n\t\t\t\tAddress\r\n\r\n\r\n' +
        '00-00-00   (hex)\t\tXEROX CORPORATION\r\n000000     (base 16)\t\tXEROX CORPORATION\r\n\t\t\t\tM/S 105-50C\r\n\t\t\t\t800 PHILLIPS ROAD\r\n\r\n',
    })
    const oui = await readIeeeRegistry(join(dir, 'oui.txt'), 'MA-L')
    expect(oui.diagnostics).toEqual([])
    expect(oui.value).toEqual([{ prefix: '000000', registry: 'MA-L', organization: 'XEROX CORPORATION' }])
    expect(oui.source).toEqual({ file: 'oui.txt', registry: 'MA-L', date: '2015-05-24', dateOf: 'registry' })
    expect(formatRegistryDate(oui.source)).toBe(' (last updated 2015-05-24)')
  })

  it('reads the Latin-1 bytes of older copies of oui.txt, and UTF-8 as the IEEE writes now', async () => {
    const entry = (name: string) => `00-18-C1   (hex)\t\t${name}\r\n0018C1     (base 16)\t\t${name}\r\n\t\t\t\tBRAZIL\r\n\r\n`
    const name = 'Almitec Informática e Comércio Ltda.'
    const dir = await testdir()
    await writeFile(join(dir, 'latin1.txt'), Buffer.from(entry(name), 'latin1'))
    await writeFile(join(dir, 'utf8.txt'), entry(name))
    for (const file of ['latin1.txt', 'utf8.txt']) {
      const { value, diagnostics } = await readIeeeRegistry(join(dir, file), 'MA-L')
      expect(diagnostics, file).toEqual([])
      expect(value, file).toEqual([{ prefix: '0018C1', registry: 'MA-L', organization: name }])
    }
  })

  it('reads a registry file downloaded compressed as the text it holds, by its bytes whatever its name', async () => {
    const csv = 'Registry,Assignment,Organization Name,Organization Address\r\nMA-L,286FB9,"Nokia Shanghai Bell Co., Ltd.","No.388 Ning Qiao Road"\r\n'
    const dir = await testdir()
    await writeFile(join(dir, 'oui.csv.gz'), gzipSync(csv))
    // curl without --compressed saves the answer of a server that compressed it under the name asked for.
    await writeFile(join(dir, 'oui.csv'), gzipSync(csv))
    for (const file of ['oui.csv.gz', 'oui.csv']) {
      const { value, diagnostics, source } = await readIeeeRegistry(join(dir, file), 'MA-L')
      expect(diagnostics, file).toEqual([])
      expect(value, file).toEqual([{ prefix: '286FB9', registry: 'MA-L', organization: 'Nokia Shanghai Bell Co., Ltd.' }])
      expect(source.file).toBe(file)
    }
    const pen = 'PRIVATE ENTERPRISE NUMBERS\n\n(last updated 2025-08-22)\n\n3902\n  ZTE Corporation\n    Contact\n      x&example.com\nEnd of Document\n'
    await writeFile(join(dir, 'enterprise-numbers.txt.gz'), gzipSync(pen))
    const read = await readIanaEnterpriseNumbers(join(dir, 'enterprise-numbers.txt.gz'))
    expect(read.value).toEqual([{ number: 3902, organization: 'ZTE Corporation' }])
    expect(read.source).toMatchObject({ file: 'enterprise-numbers.txt.gz', date: '2025-08-22' })
    // Piped in as downloaded (catalog update --oui -).
    const piped = await readIeeeRegistry('-', 'MA-L', Readable.from([gzipSync(csv)]))
    expect(piped.value.map((e) => e.prefix)).toEqual(['286FB9'])
  })

  it('refuses a registry file whose compressed data is cut short, naming the file', async () => {
    const dir = await testdir()
    const whole = gzipSync('Registry,Assignment,Organization Name,Organization Address\r\n' + 'MA-L,286FB9,"Nokia Shanghai Bell Co., Ltd.","No.388 Ning Qiao Road"\r\n'.repeat(50))
    await writeFile(join(dir, 'oui.csv.gz'), whole.subarray(0, whole.length - 12))
    await expect(readIeeeRegistry(join(dir, 'oui.csv.gz'), 'MA-L')).rejects.toMatchObject({
      code: 'input_invalid', at: { file: join(dir, 'oui.csv.gz') }, message: expect.stringMatching(/^the IEEE MA-L registry is a gzip file that cannot be decompressed: it ends before/),
    })
  })

  it('reads a registry file saved as UTF-16, with its byte order mark or without, as Windows PowerShell saves a download', async () => {
    const csv = 'Registry,Assignment,Organization Name,Organization Address\r\nMA-L,286FB9,"Nokia Shanghai Bell Co., Ltd.","No.388 Ning Qiao Road"\r\n'
    const dir = await testdir()
    await writeFile(join(dir, 'le.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]))
    await writeFile(join(dir, 'bare.csv'), Buffer.from(csv, 'utf16le'))
    const be = Buffer.from(csv, 'utf16le').swap16()
    await writeFile(join(dir, 'be.csv'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]))
    for (const file of ['le.csv', 'bare.csv', 'be.csv']) {
      const { value, diagnostics } = await readIeeeRegistry(join(dir, file), 'MA-L')
      expect(diagnostics, file).toEqual([])
      expect(value.map((e) => [e.prefix, e.organization]), file).toEqual([['286FB9', 'Nokia Shanghai Bell Co., Ltd.']])
    }
  })

  it('throws input_unreadable with the path for a missing file', async () => {
    const dir = await testdir()
    const path = join(dir, 'missing.csv')
    await expect(readIeeeRegistry(path, 'MA-L')).rejects.toMatchObject({ code: 'input_unreadable', at: { file: path } })
    await expect(readIanaEnterpriseNumbers(path)).rejects.toMatchObject({ code: 'input_unreadable', at: { file: path } })
  })
})

describe('a registry given as its directory', () => {
  it('names the registry file in it, as the ieee-data package\'s /usr/share/ieee-data holds them', async () => {
    // ieee-data keeps the IEEE's files under their own names (oui.csv, oui.txt, mam.csv, ...).
    const dir = await testdir({ 'oui.csv': 'Registry,Assignment,Organization Name,Organization Address\r\n', 'oui.txt': '', 'mam.csv': '' })
    await expect(readIeeeRegistry(dir, 'MA-L')).rejects.toMatchObject({
      code: 'input_unreadable', at: { file: dir }, hint: `Give the registry file in it, not the directory: ${join(dir, 'oui.csv')} or ${join(dir, 'oui.txt')}.`,
    })
    await expect(readIeeeRegistry(dir, 'MA-M')).rejects.toMatchObject({ hint: `Give the registry file in it, not the directory: ${join(dir, 'mam.csv')}.` })
    // A directory without the registry's file: the general hint.
    await expect(readIeeeRegistry(dir, 'IAB')).rejects.toMatchObject({ hint: expect.stringMatching(/^Check the path\. /) })
  })

  it('names Wireshark\'s copy of IANA\'s registry in its data directory for --enterprise', async () => {
    // Wireshark's data directory (Debian's libwireshark-data: /usr/share/wireshark) holds enterprises.tsv beside manuf.
    const dir = await testdir({ 'enterprises.tsv': '', manuf: '' })
    await expect(readIanaEnterpriseNumbers(dir)).rejects.toMatchObject({
      code: 'input_unreadable', hint: `Give the registry file in it, not the directory: ${join(dir, 'enterprises.tsv')}.`,
    })
  })
})

describe('catalog override file', () => {
  it('reads back what it wrote, without manufacturers', async () => {
    const dir = join(await testdir(), 'nested', 'trustpath')
    const path = await writeCatalogOverride(dir, OVERRIDE)
    expect(path).toBe(join(dir, CATALOG_FILE))
    const back = await readCatalogOverride(dir)
    expect(back?.oui?.entries[0]).toEqual({ prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' })
    expect(back?.oui?.sources).toEqual(OVERRIDE.oui?.sources)
    expect(back?.enterprise).toEqual(OVERRIDE.enterprise)
    expect((await readdir(dir)).sort()).toEqual([CATALOG_FILE, PACKED_CATALOG_FILE]) // no temporary file left behind
  })

  it('is loaded from its packed blocks while the catalog file is the one they were written with', async () => {
    const dir = await testdir()
    await writeCatalogOverride(dir, OVERRIDE)
    const packed = await loadCatalogOverride(dir)
    expect(Array.isArray(packed?.oui?.entries)).toBe(false) // blocks, not entry objects
    const entries = packed?.oui?.entries as OuiBlocks
    expect(blockEntry(entries, 0)).toEqual({ prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' })
    expect(packed?.oui?.sources).toEqual(OVERRIDE.oui?.sources)
    expect(packed?.enterprise).toEqual(OVERRIDE.enterprise)
    // The catalog file changed by hand: it is read, not the packed blocks of the old one.
    const text = await readFile(join(dir, CATALOG_FILE), 'utf8')
    await writeFile(join(dir, CATALOG_FILE), text.replace('HUAWEI TECHNOLOGIES CO.,LTD', 'Huawei Technologies Co., Ltd.'))
    const read = await loadCatalogOverride(dir)
    expect(Array.isArray(read?.oui?.entries)).toBe(true)
    expect((read?.oui?.entries as OuiEntry[])[0]?.organization).toBe('Huawei Technologies Co., Ltd.')
    // A packed file that is not one (truncated) is ignored too.
    await writeCatalogOverride(dir, OVERRIDE)
    await writeFile(join(dir, PACKED_CATALOG_FILE), 'TPO1')
    expect(Array.isArray((await loadCatalogOverride(dir))?.oui?.entries)).toBe(true)
  })

  it('keeps the blocks kept from earlier data with their source, read from the catalog file and from the packed blocks, and reads a file written before them', async () => {
    const dir = await testdir()
    const kept = [{ source: { file: 'oui-data 2.1.9 (shipped)', registry: 'MA-L' as const }, prefixes: ['00E0FC'] }]
    await writeCatalogOverride(dir, { ...OVERRIDE, oui: { ...OVERRIDE.oui!, kept } })
    expect((await loadCatalogOverride(dir))?.oui?.kept).toEqual(kept)
    expect((await readCatalogOverride(dir))?.oui?.kept).toEqual(kept)
    // A catalog file of an earlier version, without them (and its packed blocks gone): read, with none kept.
    await writeCatalogOverride(dir, OVERRIDE)
    expect(await readFile(join(dir, CATALOG_FILE), 'utf8')).not.toContain('"kept"')
    await rm(join(dir, PACKED_CATALOG_FILE))
    const old = await loadCatalogOverride(dir)
    expect(old?.oui?.entries).toHaveLength(2)
    expect(old?.oui?.kept).toBeUndefined()
  })

  it('returns undefined when the directory has no catalog file', async () => {
    expect(await readCatalogOverride(await testdir())).toBeUndefined()
    expect(await readCatalogOverride(join(await testdir(), 'absent'))).toBeUndefined()
  })

  it('throws catalog_invalid for a file that is not JSON or not a catalog', async () => {
    await expect(readCatalogOverride(await testdir({ [CATALOG_FILE]: '{"format": "trustpath-catalog", ' })))
      .rejects.toMatchObject({ code: 'catalog_invalid' })
    await expect(readCatalogOverride(await testdir({ [CATALOG_FILE]: '{"format": "other", "version": 1}' })))
      .rejects.toMatchObject({ code: 'catalog_invalid' })
    const badPrefix = JSON.stringify({ ...OVERRIDE, oui: { sources: [], entries: [{ prefix: '00E0F', registry: 'MA-L', organization: 'x' }] } })
    await expect(readCatalogOverride(await testdir({ [CATALOG_FILE]: badPrefix })))
      .rejects.toMatchObject({ code: 'catalog_invalid', at: { path: ['oui', 'entries', 0, 'prefix'] } })
  })

  it('keeps the previous catalog when a write fails', async () => {
    const dir = await testdir()
    await writeCatalogOverride(dir, OVERRIDE)
    const before = await readFile(join(dir, CATALOG_FILE), 'utf8')
    // A directory where the temporary file should go makes the write fail, even for root.
    await mkdir(join(dir, `.${CATALOG_FILE}.${process.pid}.tmp`))
    await expect(writeCatalogOverride(dir, { format: 'trustpath-catalog', version: 1 }))
      .rejects.toMatchObject({ code: 'input_unreadable' })
    expect(await readFile(join(dir, CATALOG_FILE), 'utf8')).toBe(before)
  })

  it('fails with input_unreadable when the data directory cannot be created', async () => {
    const dir = await testdir({ blocker: 'a file, not a directory' })
    await expect(writeCatalogOverride(join(dir, 'blocker', 'sub'), OVERRIDE)).rejects.toMatchObject({ code: 'input_unreadable' })
  })
})
