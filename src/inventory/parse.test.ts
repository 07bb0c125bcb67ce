import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { collect } from './formats.case.test.js'
import { detectInventoryFormat } from './formats.js'
import { DuplicateIndex } from './duplicate-index.js'
import { parseInventory, parseInventoryStream } from './parse.js'
import { Readable } from 'node:stream'
import * as lib from '../index.js'

describe('detectInventoryFormat', () => {
  it('knows .csv, .json, .jsonl and .ndjson, and nothing else', () => {
    expect(['a.csv', 'b.JSON', 'c.jsonl', 'd.ndjson', 'e.txt', '<stdin>', 'f'].map(detectInventoryFormat))
      .toEqual(['csv', 'json', 'jsonl', 'jsonl', undefined, undefined, undefined])
  })

  it('sniffs the first non-blank character when the name does not tell', () => {
    expect(parseInventory('\n  [{"id":"a"}]', { file: '-' }).devices).toEqual([{ id: 'a' }])
    expect(parseInventory('{"id":"a"}\n{"id":"b"}', { file: '-' }).devices).toHaveLength(2)
    expect(parseInventory('id\na\n', { file: '-' }).devices).toEqual([{ id: 'a' }])
  })

  it('reads a text whose header is followed by a long run of blank lines', () => {
    // The neighbour-table test of the start went over the run again from each of its lines: 100,000 blank lines took a minute.
    const { devices, diagnostics } = parseInventory('id,mac\n' + '\n'.repeat(100_000) + 'a,00:e0:fc:00:00:01\n', { file: 'devices.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toMatchObject([{ id: 'a', macs: ['00:e0:fc:00:00:01'] }])
  })

  it('reads a CSV that starts with a run of blank lines', () => {
    // The test for a DOT topology given as the inventory split such a run in every possible way: 30 blank lines took a minute, 40 never ended.
    for (const start of ['\n'.repeat(30), '\r\n'.repeat(15)]) {
      expect(parseInventory(`${start}id,mac\na,00:e0:fc:00:00:01\n`, { file: 'devices.csv' }).devices).toMatchObject([{ id: 'a', macs: ['00:e0:fc:00:00:01'] }])
    }
  })

  it('lets an explicit format win over the extension', () => {
    expect(parseInventory('id\na\n', { file: 'x.json', format: 'csv' }).devices).toEqual([{ id: 'a' }])
  })
})

describe('DuplicateIndex', () => {
  it('names the first line of a repeated id, across growing and reserving room', () => {
    const index = new DuplicateIndex()
    for (let i = 0; i < 100_000; i++) expect(index.check(`d${i}`, i + 2)).toBeUndefined()
    index.reserve(1_000_000)
    for (let i = 100_000; i < 200_000; i++) expect(index.check(`d${i}`, i + 2)).toBeUndefined()
    expect(index.check('d0', 300_000)).toBe(2)
    expect(index.check('d99999', 300_001)).toBe(100_001)
    expect(index.check('d199999', 300_002)).toBe(200_001)
    expect(index.check('d200000', 300_003)).toBeUndefined()
    index.reserve(10) // never shrinks
    expect(index.check('d150000', 300_004)).toBe(150_002)
  })
})

describe('parseInventoryStream', () => {
  it('yields batches of at most 512 devices with parallel locations and growing byte counts', async () => {
    const text = `id,name\n${Array.from({ length: 10_000 }, (_, i) => `d${i},ü${i}`).join('\n')}\n`
    const batches = []
    for await (const b of parseInventoryStream([text.slice(0, 70_000), text.slice(70_000)], { file: 'x.csv' })) batches.push(b)
    expect(batches.map((b) => b.devices.length)).toEqual([...Array.from({ length: 19 }, () => 512), 272])
    for (const b of batches) expect(b.locations).toHaveLength(b.devices.length)
    expect(batches.at(-1)!.locations.at(-1)).toEqual({ file: 'x.csv', line: 10_001 })
    expect(batches.at(-1)!.bytes).toBe(new TextEncoder().encode(text).length)
  })

  it('reads a stream of bytes as UTF-8, as createReadStream and a fetch body give them, a character cut between chunks kept whole', async () => {
    const bytes = new TextEncoder().encode('id,name,mac\nr1,Zürich-1,00:e0:fc:12:34:56\nr2,Genève,00:00:0c:11:22:33\n')
    const cut = bytes.indexOf(0xc3) + 1 // between the two bytes of "ü"
    const names = async (chunks: AsyncIterable<string | Uint8Array>): Promise<(string | undefined)[]> => {
      const out: (string | undefined)[] = []
      for await (const batch of lib.parseInventoryStream(chunks, { file: 'devices.csv' })) {
        expect(batch.diagnostics).toEqual([])
        out.push(...batch.devices.map((d) => d.name))
      }
      return out
    }
    expect(await names(Readable.from([Buffer.from(bytes.subarray(0, cut)), Buffer.from(bytes.subarray(cut))], { objectMode: false }))).toEqual(['Zürich-1', 'Genève'])
    expect(await names(new Response(bytes).body!)).toEqual(['Zürich-1', 'Genève'])
  })

  it('names parseWorkbookInventory for the bytes of a workbook, which are no text', async () => {
    // The local file header every zip starts with (PK\x03\x04), as an .xlsx workbook's first bytes.
    const workbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee])
    const run = async (): Promise<void> => {
      for await (const _ of lib.parseInventoryStream([workbook], { file: 'assets.xlsx' })) void _
    }
    const error = await run().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(lib.TrustpathError)
    expect(error).toMatchObject({ code: 'input_invalid', at: { file: 'assets.xlsx' }, hint: expect.stringContaining('parseWorkbookInventory') })
  })

  it('refuses a chunk that is neither text nor bytes with a usage error naming the function and the file', async () => {
    const rows = Readable.from([{ id: 'r1', mac: '00:e0:fc:12:34:56' }])
    const run = async (): Promise<void> => {
      for await (const _ of lib.parseInventoryStream(rows, { file: 'api' })) void _
    }
    const error = await run().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(lib.TrustpathError)
    expect(error).toMatchObject({ code: 'usage', at: { file: 'api' } })
    expect((error as Error).message).toBe('inventory/parseInventoryStream: a chunk of api is an object, not text or bytes')
  })

  it('reports a duplicate id with the location of the first one and skips it', async () => {
    const { devices, codes } = await collect(['id,name\nd1,a\nd2,b\nd1,c\n'], { file: 'x.csv' })
    expect(devices.map((d) => d.name)).toEqual(['a', 'b'])
    expect(codes).toEqual(['duplicate_device@4'])
    const [dup] = parseInventory('{"id":"d1"}\n{"id":"d1"}\n', { file: 'x.jsonl' }).diagnostics
    expect(formatDiagnostic(dup!)).toMatchInlineSnapshot(`"x.jsonl:2: warning: device id "d1" was already used at x.jsonl:1; this row is skipped. Give every device a unique id."`)
  })

  it('finds repeated ids across a large input whose size was given (room for its ids is made at once)', () => {
    const text = `id\n${Array.from({ length: 300_000 }, (_, i) => `d${i}`).join('\n')}\nd7\nd299999\n`
    // A wrong size only costs memory or time: the table still grows as ids come.
    for (const expectedBytes of [text.length, 10, 4 * text.length]) {
      const { devices, diagnostics } = parseInventory(text, { file: 'x.csv' }, { expectedBytes })
      expect(devices).toHaveLength(300_000)
      expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['duplicate_device@300002', 'duplicate_device@300003'])
    }
  })

  it('can leave duplicate detection off', () => {
    expect(parseInventory('id\nd1\nd1\n', { file: 'x.csv' }, { detectDuplicates: false }).devices).toHaveLength(2)
  })

  it('warns about input that holds no devices', async () => {
    for (const text of ['', '  \n', 'id,name\n', '[]']) {
      const { codes } = await collect([text], { file: 'x' })
      expect(codes).toEqual(['empty_input@undefined'])
    }
  })

  it('says what a report that lists no device was read as, which a table without rows is not', () => {
    const nmap = parseInventory('<?xml version="1.0"?>\n<nmaprun scanner="nmap" args="nmap -sn 10.0.0.0/30">\n<runstats><hosts up="0" down="4" total="4"/></runstats>\n</nmaprun>\n', { file: 'scan.xml' })
    expect(nmap.diagnostics).toEqual([{ code: 'empty_input', severity: 'error', at: { file: 'scan.xml' }, readAs: 'the XML of an nmap scan (nmap -oX)' }])
    expect(formatDiagnostic(nmap.diagnostics[0]!)).toBe('scan.xml: error: the input holds no devices: read as the XML of an nmap scan (nmap -oX), it lists none. ' +
      'Check that the scan or export found devices, and that this is the file it wrote.')
    expect(parseInventory('id,name\n', { file: 'x.csv' }).diagnostics).toEqual([{ code: 'empty_input', severity: 'error', at: { file: 'x.csv' } }])
  })
})
