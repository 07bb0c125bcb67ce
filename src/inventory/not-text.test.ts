import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseInventory } from './parse.js'
import { assertText, notTextKind } from './not-text.js'

const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8')

/** The error that refuses the start of an inventory. */
function refusal(start: string): { message: string; hint: string } {
  try {
    assertText(start, 'f')
  } catch (err) {
    return err as { message: string; hint: string }
  }
  throw new Error('expected a refusal')
}

describe('notTextKind', () => {
  it('tells a file compressed with bzip2, xz or zstd by its first bytes, with the command that decompresses it', () => {
    // The first bytes bzip2 -9, xz and zstd write for the CSV "id,name\\nd1,a\\n".
    const starts = {
      bzip2: [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0xfb, 0x88, 0x97, 0x73, 0x00, 0x00],
      xz: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04, 0xe6, 0xd6, 0xb4, 0x46, 0x02, 0x00, 0x21, 0x01],
      zstd: [0x28, 0xb5, 0x2f, 0xfd, 0x24, 0x0d, 0x69, 0x00, 0x00, 0x69, 0x64, 0x2c, 0x6e, 0x61, 0x6d, 0x65],
    } as const
    for (const [kind, bytes] of Object.entries(starts)) {
      expect(notTextKind(utf8(new Uint8Array(bytes))), kind).toBe(kind)
      // As the Windows-1252 reading of bytes that are not UTF-8 leaves them.
      expect(notTextKind(Buffer.from(bytes).toString('latin1')), kind).toBe(kind)
    }
    expect(() => parseInventory(utf8(new Uint8Array(starts.xz)), { file: 'hosts.jsonl.xz' })).toThrow(expect.objectContaining({
      message: 'the inventory is xz-compressed (trustpath decompresses gzip only)', hint: 'Decompress it first (xz -dk FILE), or stream it in: xz -dc FILE | trustpath ... -',
    }))
    expect(notTextKind('BZh9 is a note, not bzip2\n')).toBeUndefined()
  })

  it('tells a tar archive (a folder of captures packed, .tar.gz once decompressed) and says to give the folder', () => {
    // A ustar header as tar writes it: the member's name, NUL padding, octal fields, the magic at 257.
    const header = Buffer.alloc(512)
    header.write('captures/zürich-rt-01.txt', 0)
    header.write('0000644\u0000', 100)
    header.write('ustar\u000000', 257)
    const start = utf8(Buffer.concat([header, Buffer.from('sw1#show version\n')]))
    expect(notTextKind(start)).toBe('tar')
    expect(() => parseInventory(start, { file: 'captures.tar.gz' })).toThrow(expect.objectContaining({
      message: 'the inventory is a tar archive', hint: 'Extract it (tar -xf FILE) and give the folder it holds: a folder is read file by file, compressed files too.',
    }))
    // "ustar" in a text at that place is text; GNU tar's old header (magic "ustar  ") is tar.
    expect(notTextKind(`${'x'.repeat(257)}ustar and more`)).toBeUndefined()
    header.write('ustar  \u0000', 257)
    expect(notTextKind(utf8(header))).toBe('tar')
  })

  it('recognises gzip, zip, UTF-16 and other binary data from the start of a file', () => {
    expect(notTextKind(utf8(gzipSync('id,name\nd1,a\n')))).toBe('gzip')
    expect(notTextKind(utf8(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0])))).toBe('zip')
    expect(notTextKind(Buffer.from('\ufeffid,name\r\nd1,a\r\n', 'utf16le').toString('utf8'))).toBe('utf16')
    expect(notTextKind(utf8(new Uint8Array(256).map((_, i) => (i * 151) % 256)))).toBe('binary')
    // Cyrillic in Windows-1251: every letter is a byte that is not UTF-8
    expect(notTextKind(utf8(Buffer.from('id;name\nd1;\xcc\xee\xf1\xea\xe2\xe0\n', 'latin1')))).toBe('legacy')
    // a few accented letters in Windows-1252 among ASCII are let through (they read as U+FFFD)
    expect(notTextKind(utf8(Buffer.from('id,name,site\nd1,router-1,M\xfcnchen\nd2,router-2,Frankfurt\n', 'latin1')))).toBeUndefined()
    // A label of a few GBK characters in a longer JSON file: one byte pair (C4 BD) passes for a
    // UTF-8 character, the rest are not UTF-8; read as UTF-8, the label would be U+FFFD.
    const gbk = Buffer.concat([Buffer.from('{"elements": {"nodes": [{"data": {"id": "a", "name": "'), Buffer.from([0xc9, 0xcf, 0xba, 0xa3, 0xba, 0xcb, 0xd0, 0xc4, 0xbd, 0xbb, 0xbb, 0xbb, 0xbb, 0xfa]),
      Buffer.from('"}}, {"data": {"id": "b", "name": "r2"}}], "edges": [{"data": {"source": "a", "target": "b"}}]}}')])
    expect(notTextKind(utf8(gbk))).toBe('legacy')
    // UTF-8 with a stray byte or two beside its own characters is UTF-8.
    expect(notTextKind(utf8(Buffer.concat([Buffer.from('id,name,site\nd1,核心路由器,Zürich\nd2,'), Buffer.from([0xb0, 0xb1]), Buffer.from('\n')])))).toBeUndefined()
  })

  it('names a packet capture and a program as what they are, not as UTF-16 text, for their runs of NUL bytes', () => {
    // tcpdump -w writes the libpcap header (magic A1B2C3D4 in the machine's byte order, version 2.4,
    // snap length, link type 1) and then each packet; Wireshark saves pcapng, a Section Header Block first.
    const frame = Buffer.from('ffffffffffff00e0fc1234560806000108000604000100e0fc1234560a000001000000000000000a000002', 'hex')
    const packet = Buffer.concat([Buffer.from([0x00, 0xf1, 0x53, 0x65, 0, 0, 0, 0, frame.length, 0, 0, 0, frame.length, 0, 0, 0]), frame])
    const pcap = Buffer.concat([Buffer.from('d4c3b2a1020004000000000000000000ffff000001000000', 'hex'), packet, packet])
    const pcapBigEndian = Buffer.concat([Buffer.from('a1b2c3d40002000400000000000000000000ffff00000001', 'hex'), packet])
    const pcapng = Buffer.concat([Buffer.from('0a0d0d0a1c0000004d3c2b1a01000000ffffffffffffffff1c000000', 'hex'), packet])
    for (const capture of [pcap, pcapBigEndian, pcapng]) expect(notTextKind(utf8(capture))).toBe('pcap')
    const { message, hint } = refusal(utf8(pcap))
    expect(message).toBe('the inventory is a packet capture (pcap or pcapng), not text')
    expect(hint).toMatch(/Statistics > Endpoints.*tshark -r FILE -T fields -E header=y/)
    // The section the hint sends the user to is there, by that title.
    const section = /\(docs\/inventory\.md, ([^)]+)\)\.$/.exec(hint ?? '')?.[1]
    expect(readFileSync(new URL('../../docs/inventory.md', import.meta.url), 'utf8').split('\n')).toContain(`## ${section}`)
    // The start of an ELF program: its NULs come in runs, at even and odd places alike.
    const elf = Buffer.concat([Buffer.from('7f454c4602010100000000000000000003003e0001000000', 'hex'), Buffer.alloc(40), Buffer.from('4000380009004000', 'hex'), Buffer.alloc(200, 0x41), Buffer.alloc(64)])
    expect(notTextKind(utf8(elf))).toBe('binary')
  })

  it('names UTF-32 text as such, with or without its byte order mark, not as UTF-16 or binary data', () => {
    const csv = 'id,name,mac\nd1,rt-1,00e0fc000001\nd2,rt-2,00e0fc000002\n'
    const utf32 = (bigEndian: boolean, bom: boolean) => {
      const text = (bom ? '\ufeff' : '') + csv
      const bytes = Buffer.alloc(text.length * 4)
      for (let i = 0; i < text.length; i++) {
        if (bigEndian) bytes.writeUInt32BE(text.charCodeAt(i), 4 * i)
        else bytes.writeUInt32LE(text.charCodeAt(i), 4 * i)
      }
      return bytes
    }
    // With its mark FF FE 00 00, UTF-32LE is decoded as UTF-16LE (whose mark it starts with); the others as UTF-8.
    expect(notTextKind(utf32(false, true).toString('utf16le'))).toBe('utf32')
    for (const [bigEndian, bom] of [[true, true], [false, false], [true, false]] as const) expect(notTextKind(utf8(utf32(bigEndian, bom))), `${bigEndian} ${bom}`).toBe('utf32')
    expect(refusal(utf8(utf32(true, true)))).toMatchObject({ message: 'the inventory is UTF-32 text', hint: expect.stringContaining('iconv -f UTF-32 -t UTF-8 FILE') })
  })

  it('places a stray NUL byte in an otherwise text file at its line', () => {
    const text = 'id,name,mac\nd1,rt-1,00e0fc000001\nd2,rt\u00002,00e0fc000002\nd3,rt-3,00e0fc000003\n'
    expect(notTextKind(text)).toBe('nul')
    expect(() => parseInventory(text, { file: 'devices.csv' })).toThrow(expect.objectContaining({
      message: 'the inventory is text with a NUL byte in it, which no text file holds', at: { file: 'devices.csv', line: 3 }, hint: expect.stringContaining("tr -d '\\000'"),
    }))
    // Lines ended by a carriage return alone are counted as such.
    expect(() => parseInventory(text.replaceAll('\n', '\r'), { file: 'mac.csv' })).toThrow(expect.objectContaining({ at: { file: 'mac.csv', line: 3 } }))
  })

  it('takes text as text: CSV, JSON, nmap XML, non-ASCII names, a tab-separated file', () => {
    for (const t of ['id,name\nd1,Zürich 東京\n', '[{"id":"d1"}]', '<?xml version="1.0"?><nmaprun>', 'id\tname\nd1\ta\n', '']) {
      expect(notTextKind(t), t).toBeUndefined()
    }
  })

  it('stops parsing an inventory that is not text with one clear error', () => {
    expect(() => parseInventory(utf8(gzipSync('id\nd1\n')), { file: 'devices.csv.gz' })).toThrow(/the inventory is gzip-compressed/)
    // An Excel 97-2003 workbook: the OLE signature, then a header of mostly NUL bytes (not UTF-16).
    const xls = utf8(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(16), 0x3e, 0, 3, 0, 0xfe, 0xff, ...new Uint8Array(486)]))
    expect(() => parseInventory(xls, { file: 'devices.xls' })).toThrow(expect.objectContaining({ message: expect.stringMatching(/Excel 97-2003 workbook/), hint: expect.stringMatching(/CSV UTF-8/) }))
  })
})

describe('readTextFile', () => {
  it('reads a policy, topology or other text file that is gzip-compressed as the text it holds', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { readTextFile } = await import('../io/read-text.js')
    const dir = mkdtempSync(join(tmpdir(), 'trustpath-not-text-'))
    writeFileSync(join(dir, 'net.graphml.gz'), gzipSync('<graphml/>'))
    await expect(readTextFile(join(dir, 'net.graphml.gz'), 'topology')).resolves.toBe('<graphml/>')
    writeFileSync(join(dir, 'policy.yaml'), 'version: 1\n')
    await expect(readTextFile(join(dir, 'policy.yaml'), 'policy')).resolves.toBe('version: 1\n')
  })
})

describe('assertText', () => {
  const utf16 = Buffer.from('\ufeffversion: 1\nrules: []\n', 'utf16le').toString('utf8')
  const thrown = (start: string, what: Parameters<typeof assertText>[2]): { message: string; hint: string } => {
    try {
      assertText(start, 'f', what)
    } catch (err) {
      return err as { message: string; hint: string }
    }
    throw new Error('expected a refusal')
  }

  it('tells how to save a UTF-16 policy as UTF-8 from an editor or PowerShell, not from Excel', () => {
    const { message, hint } = thrown(utf16, 'policy')
    expect(message).toBe('the policy is UTF-16 text')
    expect(hint).not.toMatch(/Excel|CSV/)
    expect(hint).toMatch(/encoding choice of "Save as"/)
    expect(hint).toMatch(/Out-File -Encoding utf8/)
    expect(thrown(utf16, 'topology').hint).not.toMatch(/Excel|CSV/)
  })

  it('keeps Excel\'s "CSV UTF-8" for the tables people keep in a spreadsheet', () => {
    for (const what of ['cost table', 'schedule', 'flow list', 'sites file', 'inventory'] as const) {
      expect(thrown(utf16, what).hint, what).toMatch(/in Excel: "CSV UTF-8"/)
    }
  })

  it('names the role and its formats for a zip archive, a workbook and binary data', () => {
    const zip = utf8(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]))
    expect(thrown(zip, 'policy')).toMatchObject({ message: 'the policy is a zip archive', hint: 'Unzip the archive and pass the policy in it.' })
    expect(thrown(zip, 'cost table').message).toMatch(/Excel \.xlsx workbook/)
    const binary = utf8(new Uint8Array(256).map((_, i) => (i * 151) % 256))
    expect(thrown(binary, 'topology').hint).toBe('Pass the topology as UTF-8 text (GraphML, GML, DOT, GEXF, XGMML, JSON, a CSV link list, an edge list, a Pajek network, SNDlib, REPETITA, BRITE, Inet, LGL, a containerlab, GNS3, EVE-NG, Kathará or CML lab, a neighbour table, an IS-IS or OSPF database (show isis database detail, show ip ospf database router, show ospf database router extensive) or NetBox\'s cables).')
    expect(thrown(utf8(gzipSync('version: 1\n')), 'policy').hint).toBe('Decompress the bytes first (zlib.gunzipSync); trustpath and the library\'s read functions (readTopology, readFlows, readInterconnect) decompress a file themselves.')
  })
})

describe('outputs of other tools', () => {
  it('are refused with what they are and what to pass instead', () => {
    const cases: [string, RegExp][] = [
      ['STRING: Huawei Versatile Routing Platform\nOID: SNMPv2-SMI::enterprises.2011.2.23.420\n', /snmpwalk output printed with -Ov/],
      // Lists of identifiers, for lookup --from: as a walk, the OIDs had been one device of two makers.
      ['1.3.6.1.4.1.2011.2.23.1\n1.3.6.1.4.1.9.1.1208\n', /^the inventory is a list of SNMP object identifiers, one a line, not an inventory$/],
      ['\n.1.3.6.1.4.1.3902.3.1\r\n', /^the inventory is a list of SNMP object identifiers/],
      ['SSH-2.0-HUAWEI-1.5\nSSH-2.0-Cisco-1.25\nServer: Hikvision-Webs\n', /^the inventory is a list of SSH banners/],
      ['SSH-2.0-OpenSSH_8.4p1 Debian-5+deb11u3\r\n', /^the inventory is a list of SSH banners \(or one captured banner\)/],
      // Angry IP Scanner's IP:Port list (IPListExporter in angryip/ipscan: address:port, a line per open port).
      ['192.168.0.1:80\n192.168.0.3:22\n192.168.0.3:80\n', /^the inventory is a list of addresses and ports/],
      ['192.168.0.1:80\r\n', /^the inventory is a list of addresses and ports/],
    ]
    for (const [text, what] of cases) expect(() => parseInventory(text, { file: 'scan.txt' }), text).toThrow(what)
    expect(() => parseInventory('1.3.6.1.4.1.2011.2.23.1\n', { file: 'oids.txt' })).toThrow(expect.objectContaining({ hint: expect.stringMatching(/^trustpath lookup --from FILE/) }))
    // A walk printed with -Oqn has a value after each OID, and stays a walk.
    expect(parseInventory('.1.3.6.1.2.1.1.1.0 Huawei Versatile Routing Platform Software\n.1.3.6.1.2.1.1.2.0 .1.3.6.1.4.1.2011.2.23.1\n', { file: 'walk.txt' }).devices).toHaveLength(1)
    // An inventory whose first column is named like a tool's is still an inventory.
    expect(parseInventory('id,host\nd1,10.0.0.1\n', { file: 'x.csv' }).devices).toEqual([{ id: 'd1', name: '10.0.0.1' }])
  })

  it('refuse Zabbix\'s host export in YAML (its default) and XML, naming the JSON export, which is read', () => {
    // Data collection > Hosts > Export, as the Zabbix manual shows its YAML and a user's export its JSON.
    const yaml = "zabbix_export:\n  version: '7.0'\n  host_groups:\n    - uuid: ec50fa856fa542bbba85796d423c2e92\n      name: 'Network devices'\n  hosts:\n    - host: core-sw-01\n      name: core-sw-01\n      inventory_mode: MANUAL\n      inventory:\n        vendor: Huawei\n"
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<zabbix_export>\n    <version>7.0</version>\n    <hosts>\n        <host>\n            <host>core-sw-01</host>\n        </host>\n    </hosts>\n</zabbix_export>\n'
    for (const [file, text, what] of [['zabbix_export_hosts.yaml', yaml, /^the inventory is Zabbix's export in YAML/], ['zabbix_export_hosts.xml', xml, /^the inventory is Zabbix's export in XML/]] as const) {
      expect(() => parseInventory(text, { file }), file).toThrow(what)
      expect(() => parseInventory(text, { file }), file).toThrow(expect.objectContaining({ code: 'input_invalid', at: { file }, hint: expect.stringMatching(/as JSON .*zabbix_export_hosts\.json/) }))
    }
    // The same export in JSON is read.
    expect(parseInventory('{"zabbix_export": {"version": "7.0", "hosts": [{"host": "core-sw-01", "name": "core-sw-01", "inventory": {"vendor": "Huawei"}}]}}', { file: 'zabbix_export_hosts.json' }).devices)
      .toEqual([{ id: 'core-sw-01', name: 'core-sw-01', manufacturer: 'Huawei' }])
  })

  it('refuse a web page given as the inventory (a saved page, a report), as HTML, not as XML that is not well-formed', () => {
    const pages = [
      '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>trustpath report</title></head>\n<body><table><tr><td>rt-1</td></tr></table></body>\n</html>\n',
      '<HTML><HEAD><TITLE>Devices</TITLE></HEAD><BODY></BODY></HTML>\n',
    ]
    for (const text of pages) {
      expect(() => parseInventory(text, { file: 'report.html' })).toThrow(/^the inventory is a web page in HTML \(its root element is <html>\)|^the inventory is a web page in HTML \(its root element is <HTML>\)/)
      expect(() => parseInventory(text, { file: 'report.html' })).toThrow(expect.objectContaining({ code: 'input_invalid', at: { file: 'report.html' }, hint: expect.stringMatching(/save its table as CSV/) }))
    }
  })

  it('refuse a list of interfaces given as the inventory, where each port was a device with its switch\'s serial number', () => {
    // Catalyst Center's GET /dna/intent/api/v1/interface, as cisco.dnac's Ansible module documents
    // its answer (trimmed); LibreNMS's ports.
    const catc = JSON.stringify({ response: [{ addresses: [], adminStatus: 'UP', deviceId: 'e62e6405-13e4-4f1b-ae1c-580a28a96a88', duplex: 'FullDuplex', ifIndex: '73', interfaceType: 'Physical', macAddress: '0c:75:bd:42:db:c1', mtu: '9100', pid: 'C9300-48UXM', portMode: 'access', portName: 'AppGigabitEthernet1/0/1', serialNo: 'FJC2335S09F', series: 'Cisco Catalyst 9300 Series Switches', status: 'up', name: null, id: 'c9c638b6-4627-4a2e-be25-05f6e487bfcf' }], version: '1.0' }, null, 2)
    const librenms = '{"status": "ok", "ports": [{"port_id": 1, "device_id": 3, "ifIndex": 1, "ifName": "ge-0/0/0", "ifPhysAddress": "00e0fc123456"}]}'
    for (const [file, text] of [['interfaces.json', catc], ['ports.json', librenms]] as const) {
      expect(() => parseInventory(text, { file }), file).toThrow(expect.objectContaining({ code: 'input_invalid', message: expect.stringMatching(/^the inventory is a list of interfaces .*, not a device list$/), hint: expect.stringMatching(/network-device.*\(see docs\/inventory\.md#which-file-do-i-give\)/) }))
    }
    // Catalyst Center's device list is read.
    expect(parseInventory('{"response": [{"id": "e62e", "hostname": "sw-1", "platformId": "C9300-48UXM", "serialNumber": "FJC2335S09F"}], "version": "1.0"}', { file: 'devices.json' }).devices).toHaveLength(1)
  })

  it('refuse a list of links between devices given as the inventory, where each link was a device named by its id', () => {
    // Ubiquiti UISP's data links (GET /nms/api/v2.1/data-links, as nycmeshnet/meshdb types them).
    const links = [{ canDelete: false, frequency: 5180, id: 'link-1', origin: 'unms', signal: -55, ssid: 'North', state: 'active', type: 'wireless',
      from: { device: { identification: { id: 'd1', name: 'AP-North', mac: '74:83:c2:11:22:33', model: 'R5AC-PTMP', role: 'ap' }, status: 'active' }, site: { identification: { id: 's1', name: 'North Tower', type: 'site' } } },
      to: { device: { identification: { id: 'd3', name: 'CPE-Smith', mac: 'e0:63:da:77:88:99', model: 'LBE-5AC-Gen2', role: 'station' }, status: 'active' } } }]
    for (const text of [JSON.stringify(links), JSON.stringify(links, null, 2)]) {
      expect(() => parseInventory(text, { file: 'data-links.json' })).toThrow(expect.objectContaining({ code: 'input_invalid', message: expect.stringMatching(/^the inventory is a list of links between devices .*, not a device list$/), hint: expect.stringMatching(/-t \(--topology\).* formats of docs\/topology\.md#which-file-do-i-give\./) }))
    }
  })

  it('refuse a list of sites or networks given as the inventory, where each site was a device named after it', () => {
    // TP-Link Omada's site list (its Open API's /sites: errorCode, msg, result with data), Meraki's
    // networks (GET /organizations/{organizationId}/networks).
    const omada = '{"errorCode":0,"msg":"Success.","result":{"totalRows":2,"currentPage":1,"currentSize":10,"data":[{"siteId":"6543a1","name":"HQ","tagIds":[],"region":"Germany","timeZone":"UTC+01:00","scenario":"Office","type":0}]}}'
    const meraki = JSON.stringify([{ id: 'N_24329156', organizationId: '2930418', name: 'Main Office', productTypes: ['appliance', 'switch', 'wireless'], timeZone: 'America/Los_Angeles', tags: ['tag1'] }], null, 2)
    for (const [file, text] of [['omada-sites.json', omada], ['networks.json', meraki]] as const) {
      expect(() => parseInventory(text, { file }), file).toThrow(expect.objectContaining({ code: 'input_invalid', at: { file }, message: expect.stringMatching(/^the inventory is a list of sites or networks .*, not a device list$/), hint: expect.stringMatching(/sites\/\{siteId\}\/devices/) }))
    }
    // A device list whose records carry a time zone beside their MACs is read.
    expect(parseInventory('[{"name": "ap-1", "mac": "00:e0:fc:12:34:56", "timezone": "Europe/Berlin"}]', { file: 'aps.json' }).devices).toEqual([{ id: 'ap-1', name: 'ap-1', macs: ['00:e0:fc:12:34:56'] }])
  })

  it('refuse a wireless survey (runZero\'s wireless export, airodump-ng\'s CSV), whose networks are the access points in radio range', () => {
    // runZero's /export/org/wireless.json as the runZero integration's test data holds it
    // (demisto/content, Packs/RunZero/Integrations/RunZero/test_data/wireless.json), whole. Read as
    // an inventory it was a device of model "infrastructure" made by "Ubiquiti Networks", runZero's
    // reading of the BSSID, with the BSSID itself not read.
    const runzero = [
      '[',
      '    {',
      '      "id": "e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8",',
      '      "created_at": 1576300370,',
      '      "last_seen": 1576300370,',
      '      "organization_id": "e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8",',
      '      "site_id": "e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8",',
      '      "last_agent_id": "e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8",',
      '      "last_task_id": "e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8",',
      '      "essid": "Free WiFi",',
      '      "bssid": "11:22:33:44:55:66",',
      '      "type": "infrastructure",',
      '      "authentication": "wpa2-psk",',
      '      "encryption": "aes",',
      '      "signal": 99,',
      '      "channels": "11, 158+1",',
      '      "interface": "wlan0",',
      '      "vendor": "Ubiquiti Networks",',
      '      "family": "223344",',
      '      "data": {',
      '        "additionalProp1": "string",',
      '        "additionalProp2": "string",',
      '        "additionalProp3": "string"',
      '      },',
      '      "org_name": "Test Labs",',
      '      "site_name": "Primary",',
      '      "agent_name": "LAPTOP-F4P1R6"',
      '    }',
      ']',
    ].join('\n')
    // airodump-ng's CSV (its access points' section), as it writes it.
    const airodump = 'BSSID, First time seen, Last time seen, channel, Speed, Privacy, Cipher, Authentication, Power, # beacons, # IV, LAN IP, ID-length, ESSID, Key\r\n' +
      '00:E0:FC:12:34:56, 2024-01-01 10:00:00, 2024-01-01 10:05:00,  6,  54, WPA2, CCMP, PSK, -40,      120,        0,   0.  0.  0.  0,   4, home, \r\n'
    for (const [file, text] of [['wireless.json', runzero], ['scan-01.csv', airodump]] as const) {
      expect(() => parseInventory(text, { file }), file).toThrow(expect.objectContaining({
        code: 'input_invalid', at: { file }, message: expect.stringMatching(/^the inventory is a list of the wireless networks a survey heard .*, not a device list$/),
        hint: expect.stringMatching(/\/export\/org\/assets\.json/),
      }))
    }
    // An inventory of access points that lists each one's BSSID and network beside its name and model is read.
    expect(parseInventory('name,model,bssid,ssid\nap-1,AirEngine 5761-11,00:e0:fc:12:34:56,corp\n', { file: 'aps.csv' }).devices).toMatchObject([{ id: 'ap-1', model: 'AirEngine 5761-11' }])
  })

  it('refuse runZero\'s service export, where an asset with eleven services was eleven devices', () => {
    // runZero's /export/org/services.json as the runZero integration's test data holds it
    // (demisto/content, Packs/RunZero/Integrations/RunZero/test_data/services.json), its first record
    // cut to its service's fields and its asset's id, names and MACs.
    const services = `[
    {
        "service_id": "04d60ddf-8d28-494c-8186-8cd514e5b9cb",
        "service_asset_id": "bf707048-7ce9-4249-a58c-0aaa257d69f0",
        "service_organization_id": "ba370042-b8fc-44dd-8858-56747a2e716e",
        "service_created_at": 1672008222,
        "service_updated_at": 0,
        "service_address": "fe80::250:56ff:fe89:b0e1",
        "service_transport": "udp",
        "service_vhost": "",
        "service_port": 111,
        "id": "04d60ddf-8d28-494c-8186-8cd514e5b9cb",
        "type": "Server",
        "hw": "VMware VM",
        "macs": [
            "00:50:56:89:b0:e1"
        ],
        "names": [
            "RHEL85",
            "RHEL85.LOCALDOMAIN"
        ],
        "site_name": "Primary"
    }
]`
    for (const text of [services, JSON.stringify(JSON.parse(services)[0])]) {
      expect(() => parseInventory(text, { file: 'services.json' })).toThrow(expect.objectContaining({
        code: 'input_invalid', message: 'the inventory is runZero\'s service export (one record per service, each repeating its asset), not its asset export',
        hint: expect.stringMatching(/\/export\/org\/assets\.json/),
      }))
    }
  })

  it('refuse a policy or a topology given as the inventory, naming the option that takes it', () => {
    const cases: [string, string, RegExp][] = [
      ['policy.yaml', '# covered equipment\r\n---\r\nversion: 1\r\nrules:\r\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\r\n', /^the inventory is a policy file/],
      ['policy.json', '{ "version": 1, "rules": [{ "id": "ban", "lists": ["ndaa-889"], "effect": "prohibit" }] }', /^the inventory is a policy file/],
      ['net.dot', '// drawn by lldp2dot\nstrict graph "campus" {\n  sw1 -- sw2\n}\n', /^the inventory is a topology in Graphviz DOT/],
      ['net.gml', 'Creator "yFiles"\nVersion "2.22"\ngraph\n[\n  node [ id 0 label "sw1" ]\n]\n', /^the inventory is a topology in GML/],
      ['net.txt', '?SNDlib native format; type: network, version: 1.0\n# network abilene\n\nNODES (\n  ATLAM5 ( -84.3833 33.75 )\n)\n', /^the inventory is a topology in SNDlib/],
      ['net.json', '{"directed": false, "multigraph": false, "graph": {"name": "campus"}, "nodes": [{"id": "sw1"}], "edges": [{"source": "sw1", "target": "sw2"}]}', /^the inventory is a topology in JSON/],
      ['net.json', '\n{ "network": "op-de", "nodes": [ { "id": "fra" } ], "links": [] }\n', /^the inventory is a topology in JSON/],
      ['net.graphml', '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="undirected"/></graphml>\n', /^the inventory is a topology in GraphML/],
      ['net.gexf', '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph/></gexf>\n', /^the inventory is a topology in GEXF/],
      ['net.xgmml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<graph label="net" directed="1" xmlns:cy="http://www.cytoscape.org" xmlns="http://www.cs.rpi.edu/XGMML">\n<node id="1" label="sw1"/></graph>\n', /^the inventory is a topology in XGMML/],
      ['lab.clab.yml', '# a two-router lab\nname: lab\ntopology:\n  nodes:\n    r1: {kind: nokia_srlinux}\n  links:\n    - endpoints: ["r1:e1-1", "r2:eth1"]\n', /^the inventory is a containerlab topology/],
      ['lab.gns3', '{\n    "auto_close": true,\n    "name": "lab",\n    "project_id": "5c1a6d24-7a2c-4c5f-9f1e-1f6a0f5c2b11",\n    "revision": 9,\n    "topology": {"nodes": [], "links": []},\n    "type": "topology"\n}\n', /^the inventory is a GNS3 project/],
      ['net.cyjs', '{\n  "format_version" : "1.0",\n  "generated_by" : "cytoscape-3.10.2",\n  "data" : { "name" : "net" },\n  "elements" : {\n    "nodes" : [ { "data" : { "id" : "101", "name" : "sw1" } } ],\n    "edges" : [ ]\n  }\n}\n', /^the inventory is a topology in Cytoscape JSON/],
      ['cy.json', '{"elements": [{"group": "nodes", "data": {"id": "sw1"}}], "zoom": 1}', /^the inventory is a topology in Cytoscape JSON/],
      ['net.net', '% made by Pajek\r\n*Vertices 2\r\n1 "sw1"\r\n2 "sw2"\r\n*Edges\r\n1 2\r\n', /^the inventory is a topology in Pajek's format/],
      ['layer1_topology.json', '{\n  "edges" : [ {\n    "node1" : {\n      "hostname" : "as1border1",\n      "interfaceName" : "GigabitEthernet0/0"\n    },\n    "node2" : {\n      "hostname" : "as1core1",\n      "interfaceName" : "GigabitEthernet1/0"\n    }\n  } ]\n}\n', /^the inventory is a topology in Batfish's layer-1 format/],
      ['flows.csv', 'id,src,dst,volume,class\r\nf1,rt-fra-01,rt-muc-01,100,secret\r\n', /^the inventory is a flow list \(src, dst and volume\)/],
      ['flows.json', '{"flows": [{"src": "fra", "dst": "muc", "volume": 10}]}', /^the inventory is a flow list/],
      ['schedule.csv', 'device,phase,not_before\r\nrt-fra-01,2027,\r\nbts-9,,2028-01-01\r\n', /^the inventory is a replacement schedule/],
      ['Abilene.graph', 'NODES 2\nlabel x y\nATLA -84.38 33.75\nCHIN -87.68 41.84\n\nEDGES 1\nlabel src dest weight bw delay\nedge_0 0 1 1 9920000 5000\n', /^the inventory is a topology in REPETITA/],
      // A router's link-state database, here Huawei's display ospf lsdb router as an eNSP lab printed it
      // (cut), was "no device could be read from this command output".
      ['lsdb.txt', '<AR2>display ospf lsdb router\n\n\t OSPF Process 1 with Router ID 2.2.2.2\n\t\t         Area: 0.0.0.0\n\t\t Link State Database \n\n  Type      : Router\n  Ls id     : 4.4.4.4\n  Adv rtr   : 4.4.4.4  \n  Link count: 1\n   * Link ID: 10.1.234.4   \n     Data   : 10.1.234.4   \n     Link Type: TransNet     \n     Metric : 1\n', /^the inventory is an OSPF link-state database/],
      ['isis.txt', 'r1# show isis database detail\nArea 1:\nIS-IS Level-2 link-state database:\nLSP ID                  PduLen  SeqNumber   Chksum  Holdtime  ATT/P/OL\nr1.00-00             *     84  0x00000004  0x3c3d     1093    0/0/0\n  Hostname: r1\n  Extended Reachability: 0000.0000.0002.00 (Metric: 10)\n', /^the inventory is an IS-IS link-state database/],
    ]
    for (const [file, text, what] of cases) {
      expect(() => parseInventory(text, { file }), file).toThrow(what)
      const hint = /policy/.test(file) ? /-p \(--policy\)/ : /flows/.test(file) ? /^A flow list goes with --flows/ : /schedule/.test(file) ? /--schedule of trustpath plan/ : /-t \(--topology\)/
      expect(() => parseInventory(text, { file }), file).toThrow(expect.objectContaining({ code: 'input_invalid', at: { file }, hint: expect.stringMatching(hint) }))
    }
    // Inventories that share a word with these stay inventories.
    expect(parseInventory('id,version,rules\nd1,1,none\n', { file: 'x.csv' }).devices.map((d) => d.id)).toEqual(['d1'])
    expect(parseInventory('device,phase,manufacturer\nd2,prod,ZTE\n', { file: 'x.csv' }).devices.map((d) => d.id)).toEqual(['d2'])
    expect(parseInventory('{"id": "sw1", "nodes": [1, 2]}\n', { file: 'x.json' }).devices.map((d) => d.id)).toEqual(['sw1'])
    expect(parseInventory('{"name": "sw2", "links": []}\n{"id": "sw3"}\n', { file: 'x.jsonl' }).devices.map((d) => d.id)).toEqual(['sw2', 'sw3'])
    expect(parseInventory('{"devices": [{"id": "sw1", "links": []}]}\n', { file: 'x.json' }).devices.map((d) => d.id)).toEqual(['sw1'])
    expect(parseInventory('{"id": "sw4", "elements": ["psu", "fan"]}\n', { file: 'x.json' }).devices.map((d) => d.id)).toEqual(['sw4'])
    // A session that starts with a command read here is read for it, the database after it skipped.
    const session = '<AR2>display version\nHuawei Versatile Routing Platform Software\nVRP (R) software, Version 5.170 (AR2200 V200R009C00SPC500)\n' +
      '<AR2>display ospf lsdb router\n\n\t OSPF Process 1 with Router ID 2.2.2.2\n\t\t         Area: 0.0.0.0\n\n  Type      : Router\n  Ls id     : 4.4.4.4\n  Adv rtr   : 4.4.4.4\n   * Link ID: 10.1.234.4\n     Link Type: TransNet\n     Metric : 1\n'
    expect(parseInventory(session, { file: 'ar2.txt' }).devices.map((d) => d.id)).toEqual(['AR2'])
  })

  it('refuse trustpath\'s own attributions and findings, while inventories with a group or confidence column stay inventories', () => {
    const own: [string, string, RegExp][] = [
      ['a.csv', 'id,name,manufacturer,group,confidence,evidence,conflicts,component_groups,status,lifecycle\nsw1,,huawei,huawei,0.75,"huawei: MAC OUI 00E0FC",,,,\n', /^the inventory is trustpath identify's output/],
      ['a.csv', '\ufeff"id";"name";"manufacturer";"group";"confidence";"evidence";"conflicts"\r\n', /^the inventory is trustpath identify's output/],
      ['a.jsonl', '{"id":"sw1","name":"core [1]","status":"active","manufacturer":null,"group":null,"confidence":0,"evidence":[],"conflicts":[]}\n', /^the inventory is trustpath identify's output/],
      ['a.json', '[\n  {\n    "id": "sw1",\n    "manufacturer": "huawei",\n    "group": "huawei",\n    "confidence": 0.75,\n    "evidence": [\n', /^the inventory is trustpath identify's output/],
      ['f.csv', 'device,name,rule,severity,effect,deadline,manufacturer,group,matched_group,list,confidence,evidence,notes,status,lifecycle\n', /^the inventory is trustpath check's output/],
      // With the columns of a waived finding's exemption, as check writes it now.
      ['f.csv', 'device,name,rule,severity,effect,deadline,manufacturer,group,matched_group,list,confidence,evidence,notes,status,lifecycle,waived_until,waiver_reason,waiver\n', /^the inventory is trustpath check's output/],
      ['f.csv', 'device,name,rule,severity,effect,deadline,manufacturer,group,matched_group,list,confidence,evidence,notes,status,lifecycle,waived_until,waiver_reason,waiver,to_confirm\n', /^the inventory is trustpath check's output/],
      ['f.json', '{\n"findings": [\n{"rule":"ban","deviceId":"sw1"}', /^the inventory is trustpath check's output/],
      ['f.jsonl', '{"rule":"ban","deviceId":"sw1","severity":"error"}\n', /^the inventory is trustpath check's output/],
    ]
    for (const [file, text, what] of own) {
      expect(() => parseInventory(text, { file }), text).toThrow(expect.objectContaining({ code: 'input_invalid', message: expect.stringMatching(what), hint: expect.stringMatching(/^Give the inventory it was made from/) }))
    }
    expect(parseInventory('id,manufacturer,group,confidence\nsw1,Huawei,core,high\n', { file: 'x.csv' }).devices.map((d) => d.id)).toEqual(['sw1'])
    expect(parseInventory('{"id": "sw1", "group": "core", "confidence": 1, "rule": "x"}\n', { file: 'x.jsonl' }).devices.map((d) => d.id)).toEqual(['sw1'])
    expect(() => parseInventory('device,name,rule,severity\nsw1,core,r,high\n', { file: 'x.csv' })).not.toThrow()
  })

  it('but address tables, once refused, are read: one device per MAC (see addresses.ts)', () => {
    const tables: [string, string[]][] = [
      ['? (192.168.1.1) at 0:e0:fc:12:34:56 on en0 ifscope [ethernet]\ncam1.lan (192.168.1.64) at 54:8c:81:aa:bb:1 on en0 ifscope [ethernet]\n', ['192.168.1.1', '192.168.1.64']],
      ['? (10.0.0.1) at 00:e0:fc:12:34:56 [ether] on eth0\n', ['10.0.0.1']],
      ['\r\nInterface: 192.168.1.23 --- 0x7\r\n  Internet Address      Physical Address      Type\r\n  192.168.1.1           00-e0-fc-12-34-56     dynamic\r\n', ['192.168.1.1']],
      ['192.168.1.1 dev eth0 lladdr 00:e0:fc:12:34:56 REACHABLE\nfe80::1 dev eth0 lladdr 00:e0:fc:12:34:56 router STALE\n', ['192.168.1.1']],
      ['# The format of this file is documented in the dhcpd.leases(5) manual page.\nauthoring-byte-order little-endian;\n\nlease 192.168.10.50 {\n  hardware ethernet 54:8c:81:aa:bb:02;\n}\n', ['192.168.10.50']],
      ['Interface: eth0, type: EN10MB, MAC: 08:00:27:5a:87:bc, IPv4: 192.168.1.10\nStarting arp-scan 1.10.0 with 256 hosts (https://github.com/royhills/arp-scan)\n192.168.1.1\t00:e0:fc:12:34:56\tHUAWEI TECHNOLOGIES CO.,LTD\n', ['192.168.1.1']],
      // A list of MACs, one a line, in the notations switches and exports write.
      ['00:E0:FC:12:34:56\r\n54-8C-81-AA-BB-01\r\n00e0.fc12.3457\r\n', ['00:e0:fc:12:34:56', '54:8c:81:aa:bb:01', '00:e0:fc:12:34:57']],
    ]
    for (const [text, ids] of tables) {
      const { devices, diagnostics } = parseInventory(text, { file: 'scan.txt' })
      expect(devices.map((d) => d.id), text).toEqual(ids)
      expect(diagnostics, text).toEqual([])
    }
  })
})
