import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Device } from '../domain/device.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { TrustpathError } from '../errors.js'
import { testdir } from '../test-support/testdir.js'
import { mergeTopologies } from '../topology/import/index.js'
import { isGzip } from './gzip.js'
import { readInventory, type ReadInventoryOptions } from './read-inventory.js'
import { readFileBytes, readTextFile } from './read-text.js'
import { readFlows, readInterconnect, readTopology } from './read-topology.js'

async function readAll(path: string, opts: ReadInventoryOptions = {}) {
  const devices: Device[] = []
  const diagnostics: Diagnostic[] = []
  const bytes: number[] = []
  for await (const b of readInventory(path, opts)) {
    devices.push(...b.devices)
    diagnostics.push(...b.diagnostics)
    bytes.push(b.bytes)
  }
  return { devices, diagnostics, bytes }
}

async function rejection(p: Promise<unknown>): Promise<TrustpathError> {
  const err = await p.then(() => undefined, (e: unknown) => e)
  expect(err).toBeInstanceOf(TrustpathError)
  return err as TrustpathError
}

/** A NetBox-style CSV export with a bad MAC on its third line. */
const CSV = 'id,name,manufacturer,model,macs\nd1,cam-lobby,Hikvision,DS-2CD2143G0-I,44:19:b6:00:00:01\nd2,sw-core,Huawei,S5735,zz:1b\nd3,rt-edge,ZTE,ZXR10 M6000,00:19:c6:00:00:01\n'

/** nmap -oX of one host, as nmap writes it. */
const NMAP_XML = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nmaprun>\n<nmaprun scanner="nmap" args="nmap -oX scan.xml 10.0.0.0/24" version="7.94">\n' +
  '<host><status state="up" reason="arp-response"/><address addr="10.0.0.7" addrtype="ipv4"/><address addr="00:E0:FC:12:34:56" addrtype="mac" vendor="Huawei Technologies"/></host>\n</nmaprun>\n'

/** Rows enough for several batches (512 devices each) and many chunks of compressed input. */
function bigCsv(rows: number): string {
  const lines = ['id,name,manufacturer,macs']
  for (let i = 0; i < rows; i++) lines.push(`d${i},host-${i},Huawei,00:e0:fc:${((i >> 16) & 255).toString(16).padStart(2, '0')}:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`)
  return `${lines.join('\n')}\n`
}

describe('gzip-compressed inventories', () => {
  it('reads a compressed CSV as the text it holds, naming the file as given with the line of the decompressed text', async () => {
    const dir = await testdir({ 'devices.csv.gz': gzipSync(CSV) })
    const { devices, diagnostics } = await readAll(join(dir, 'devices.csv.gz'))
    expect(devices.map((d) => [d.id, d.manufacturer])).toEqual([['d1', 'Hikvision'], ['d2', 'Huawei'], ['d3', 'ZTE']])
    expect(diagnostics).toMatchObject([{ code: 'invalid_mac', at: { file: join(dir, 'devices.csv.gz'), line: 3 } }])
  })

  it('tells the format by the content and by the name without .gz: nmap XML, JSON Lines, a CSV named .json', async () => {
    const dir = await testdir({
      'scan.xml.gz': gzipSync(NMAP_XML),
      'hosts.jsonl.gz': gzipSync('{"id":"a","manufacturer":"Dahua"}\n{"id":"b","manufacturer":"Hytera"}\n'),
      'devices.json.gz': gzipSync(CSV),
      // Shodan's banner export as `shodan download` writes it: JSON Lines, gzip-compressed, named .json.gz.
      'shodan-export.json.gz': gzipSync('{"ip_str":"203.0.113.7","port":554,"transport":"tcp","data":"RTSP/1.0 401 Unauthorized\\r\\nServer: Dahua Rtsp Server\\r\\n\\r\\n","_shodan":{"module":"rtsp-tcp"}}\n' +
        '{"ip_str":"203.0.113.8","port":22,"transport":"tcp","data":"SSH-2.0-HUAWEI-1.5\\r\\n","_shodan":{"module":"ssh"}}\n'),
    })
    const shodan = await readAll(join(dir, 'shodan-export.json.gz'))
    expect([shodan.devices.map((d) => d.id), shodan.diagnostics]).toEqual([['203.0.113.7:554', '203.0.113.8:22'], []])
    expect((await readAll(join(dir, 'scan.xml.gz'))).devices.map((d) => d.macs)).toEqual([['00:e0:fc:12:34:56']])
    expect((await readAll(join(dir, 'hosts.jsonl.gz'))).devices.map((d) => d.id)).toEqual(['a', 'b'])
    // The name without .gz says JSON: the CSV inside is read as CSV, with the warning a plain devices.json gets.
    const json = await readAll(join(dir, 'devices.json.gz'))
    expect(json.devices).toHaveLength(3)
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ code: 'format_mismatch', asked: 'json', by: 'name', found: 'csv' }))
  })

  it('reads gzip by its first bytes whatever the name, twice compressed too, and from standard input', async () => {
    const dir = await testdir({ 'export.csv': gzipSync(CSV), 'twice.gz': gzipSync(gzipSync(CSV)) })
    expect((await readAll(join(dir, 'export.csv'))).devices).toHaveLength(3)
    expect((await readAll(join(dir, 'twice.gz'))).devices).toHaveLength(3)
    const piped = await readAll('-', { stdin: Readable.from([gzipSync(CSV)]) })
    expect(piped.devices).toHaveLength(3)
    // A slow writer's pipe may hand over gzip's two first bytes one at a time.
    const bytes = gzipSync(CSV)
    expect((await readAll('-', { stdin: Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]) })).devices).toHaveLength(3)
    expect(piped.diagnostics).toMatchObject([{ code: 'invalid_mac', at: { file: '<stdin>', line: 3 } }])
  })

  it('streams a compressed file: the first devices come before the input is all read, and progress counts the compressed bytes', async () => {
    const compressed = gzipSync(bigCsv(20_000))
    const chunkSize = 4096
    let given = 0
    const chunks = function* () {
      for (let at = 0; at < compressed.length; at += chunkSize) {
        given++
        yield compressed.subarray(at, at + chunkSize)
      }
    }
    let givenAtFirstBatch: number | undefined
    let devices = 0
    for await (const batch of readInventory('-', { stdin: Readable.from(chunks(), { objectMode: false, highWaterMark: chunkSize }) })) {
      if (batch.devices.length > 0) givenAtFirstBatch ??= given
      devices += batch.devices.length
    }
    expect(devices).toBe(20_000)
    // Inflating the whole input into one text before parsing would have taken every chunk first.
    expect(givenAtFirstBatch).toBeLessThan(Math.ceil(compressed.length / chunkSize) / 2)

    const dir = await testdir({ 'big.csv.gz': compressed })
    const { bytes } = await readAll(join(dir, 'big.csv.gz'))
    expect(bytes.length).toBeGreaterThan(2)
    expect(bytes.every((b, i) => b <= compressed.length && (i === 0 || b >= bytes[i - 1]!))).toBe(true)
    expect(bytes.at(-1)).toBe(compressed.length)
  })

  it('refuses a compressed file cut short or damaged with what it is and how to fix it, naming the file', async () => {
    const whole = gzipSync(bigCsv(2_000))
    const damaged = Buffer.from(whole)
    damaged.fill(0xff, 40, 80)
    const dir = await testdir({ 'cut.csv.gz': whole.subarray(0, Math.floor(whole.length / 2)), 'damaged.csv.gz': damaged })
    const cut = await rejection(readAll(join(dir, 'cut.csv.gz')))
    expect(cut).toMatchObject({ code: 'input_invalid', at: { file: join(dir, 'cut.csv.gz') } })
    expect(cut.message).toBe('the inventory is a gzip file that cannot be decompressed: it ends before its compressed data does (cut short: an interrupted download or copy?)')
    expect(cut.hint).toMatch(/Download or copy the file again \(gzip -t FILE checks a gzip file\)/)
    const bad = await rejection(readAll(join(dir, 'damaged.csv.gz')))
    expect(bad).toMatchObject({ code: 'input_invalid', at: { file: join(dir, 'damaged.csv.gz') } })
    expect(bad.message).toMatch(/^the inventory is a gzip file that cannot be decompressed: its compressed data is damaged \(/)
  })

  it('reads files joined with cat and zero padding, and refuses other data after the compressed data as such', async () => {
    const first = gzipSync('id,name,manufacturer\nd1,cam,Hikvision\n')
    const second = gzipSync('id,name,manufacturer\nd2,rt,Huawei\n')
    const dir = await testdir({
      'joined.csv.gz': Buffer.concat([first, gzipSync('d2,rt,Huawei\n')]),
      'padded.csv.gz': Buffer.concat([first, Buffer.alloc(512)]),
      // A second member whose header was damaged: its devices would be lost unseen.
      'junk.csv.gz': Buffer.concat([first, Buffer.from([0x1e]), second.subarray(1)]),
      'policy.yaml.gz': Buffer.concat([gzipSync('version: 1\nrules: []\n'), Buffer.from('garbage\n')]),
    })
    expect((await readAll(join(dir, 'joined.csv.gz'))).devices.map((d) => d.id)).toEqual(['d1', 'd2'])
    expect((await readAll(join(dir, 'padded.csv.gz'))).devices.map((d) => d.id)).toEqual(['d1'])
    const junk = await rejection(readAll(join(dir, 'junk.csv.gz')))
    expect(junk).toMatchObject({ code: 'input_invalid', at: { file: join(dir, 'junk.csv.gz') }, message: 'the inventory is a gzip file with other data after its compressed data, which is not read' })
    expect(junk.hint).toMatch(/gzip -t FILE says "trailing garbage ignored"/)
    const policy = await rejection(readTextFile(join(dir, 'policy.yaml.gz'), 'policy'))
    expect(policy.message).toBe('the policy is a gzip file with other data after its compressed data, which is not read')
  })

  it('reads an empty compressed file as an empty inventory', async () => {
    const dir = await testdir({ 'empty.csv.gz': gzipSync('') })
    expect((await readAll(join(dir, 'empty.csv.gz'))).diagnostics).toMatchObject([{ code: 'empty_input', at: { file: join(dir, 'empty.csv.gz') } }])
  })
})

const GRAPHML = '<?xml version="1.0"?>\n<graphml><key id="d0" for="node" attr.name="label"/><graph>\n<node id="0"><data key="d0">Zurich</data></node>\n<node id="1"><data key="d0">Geneva</data></node>\n<edge source="0" target="1"/>\n</graph></graphml>\n'

describe('gzip-compressed topologies and other files read whole', () => {
  it('reads a compressed GraphML topology, naming the network after the file without .gz', async () => {
    const dir = await testdir({ 'Abilene.graphml.gz': gzipSync(GRAPHML) })
    const { format, topology, diagnostics } = await readTopology(join(dir, 'Abilene.graphml.gz'))
    expect(diagnostics).toEqual([])
    expect([format, topology.networks, topology.nodes.map((n) => n.id)]).toEqual(['graphml', ['Abilene'], ['Abilene:0', 'Abilene:1']])
  })

  it('reads a CSV link list by its name without .gz, with its node list, flows and interconnect compressed too', async () => {
    const dir = await testdir({
      'de.csv.gz': gzipSync('a,b,metric\nfra,ber,10\n'),
      'de-nodes.csv.gz': gzipSync('id,label\nfra,Frankfurt\nber,Berlin\n'),
      'it.txt.gz': gzipSync('mil rom\n'),
      'flows.csv.gz': gzipSync('id,src,dst,volume,class\nf1,de:fra,it:rom,5,secret\n'),
      'ix.csv.gz': gzipSync('a,b,metric\nde:ber,it:mil,5\n'),
    })
    const de = await readTopology(join(dir, 'de.csv.gz'), { nodes: join(dir, 'de-nodes.csv.gz') })
    expect([de.format, de.topology.nodes.map((n) => n.label)]).toEqual(['csv', ['Frankfurt', 'Berlin']])
    const it = await readTopology(join(dir, 'it.txt.gz'))
    expect([it.format, it.topology.networks]).toEqual(['edge-list', ['it']])
    const flows = await readFlows(join(dir, 'flows.csv.gz'))
    expect([flows.flows, flows.diagnostics]).toEqual([[{ id: 'f1', src: 'de:fra', dst: 'it:rom', volume: 5, class: 'secret' }], []])
    const ix = await readInterconnect(join(dir, 'ix.csv.gz'), mergeTopologies([{ network: 'de', topology: de.topology }, { network: 'it', topology: it.topology }]))
    expect(ix.diagnostics).toEqual([])
    expect(ix.links).toHaveLength(1)
  })

  it('stops a compressed topology that inflates beyond the size read at that size, as a plain one', async () => {
    const dir = await testdir({ 'bomb.graphml.gz': gzipSync(GRAPHML + ' '.repeat(1 << 20)) })
    const { diagnostics } = await readTopology(join(dir, 'bomb.graphml.gz'), { limits: { maxChars: 1 << 16 } })
    expect(diagnostics).toMatchObject([{ code: 'input_too_large', at: { file: join(dir, 'bomb.graphml.gz') }, limit: 1 << 16 }])
  })

  it('reads a compressed policy or cost table, and refuses a damaged one naming its role', async () => {
    const policy = 'version: 1\nrules: []\n'
    const dir = await testdir({ 'policy.yaml.gz': gzipSync(policy), 'costs.csv.gz': gzipSync('role,equipment\ncore,90000\n'), 'cut.yaml.gz': gzipSync(policy).subarray(0, 15) })
    expect(await readTextFile(join(dir, 'policy.yaml.gz'), 'policy')).toBe(policy)
    expect((await readFileBytes(join(dir, 'costs.csv.gz'), 'cost table')).toString()).toBe('role,equipment\ncore,90000\n')
    const cut = await rejection(readTextFile(join(dir, 'cut.yaml.gz'), 'policy'))
    expect(cut).toMatchObject({ code: 'input_invalid', at: { file: join(dir, 'cut.yaml.gz') }, message: expect.stringMatching(/^the policy is a gzip file that cannot be decompressed: it ends before/) })
  })

  it('tells gzip by its two first bytes only', () => {
    expect(isGzip(gzipSync('x'))).toBe(true)
    expect(isGzip(Buffer.from('id,name\n'))).toBe(false)
    expect(isGzip(Buffer.from([0x1f]))).toBe(false)
    expect(isGzip(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false)
  })
})
