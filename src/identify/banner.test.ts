import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BANNER_PATTERNS } from '../catalog/banners.js'
import type { BannerPattern } from '../catalog/types.js'
import { bannerParts, matchBanner, matchSysDescr } from './banner.js'

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/banners')

type Row = { file: string; line: number; slug: string; protocol: string; field: string; text: string }

function unescape(s: string): string {
  return s.replace(/\\([rnt\\])/g, (_, c: string) => (c === 'r' ? '\r' : c === 'n' ? '\n' : c === 't' ? '\t' : '\\'))
}

function readFixtures(): Row[] {
  const rows: Row[] = []
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
    readFileSync(join(FIXTURES, file), 'utf8').split('\n').forEach((raw, i) => {
      if (raw.trim() === '' || raw.startsWith('#')) return
      const [slug, protocol, field, ...rest] = raw.split('\t')
      rows.push({ file, line: i + 1, slug: slug ?? '', protocol: protocol ?? '', field: field ?? '', text: unescape(rest.join('\t')) })
    })
  }
  return rows
}

describe('matchBanner', () => {
  it('attributes every real banner in the fixtures to its expected manufacturer', () => {
    const rows = readFixtures()
    expect(rows.length).toBeGreaterThan(50)
    for (const r of rows) {
      const high = matchBanner({ protocol: r.protocol, field: r.field, text: r.text }).filter((m) => m.certainty === 'high')
      const where = `${r.file}:${r.line} ${r.text}`
      if (r.slug === 'unknown') {
        expect(high, where).toEqual([])
      } else {
        expect(high.length, where).toBeGreaterThan(0)
        expect(new Set(high.map((m) => m.manufacturer)), where).toEqual(new Set([r.slug]))
      }
    }
  })

  it('returns the pattern, captures and excerpt of an SSH banner', () => {
    expect(matchBanner({ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' })).toEqual([
      { pattern: 'huawei-vrp-ssh', manufacturer: 'huawei', product: 'VRP SSH server', version: '1.5', excerpt: 'SSH-2.0-HUAWEI-1.5', certainty: 'high' },
    ])
  })

  it('marks a generic RTSP server name as low certainty', () => {
    expect(matchBanner({ protocol: 'rtsp', field: 'server', text: 'Rtsp Server/3.0' })).toMatchObject([
      { manufacturer: 'dahua', certainty: 'low', version: '3.0' },
    ])
  })

  it('skips patterns declared for another protocol or field', () => {
    expect(matchBanner({ protocol: 'http', field: 'server', text: 'SSH-2.0-HUAWEI-1.5' })).toEqual([])
    expect(matchBanner({ protocol: 'http', field: 'title', text: 'DNVRS-Webs' })).toEqual([])
  })

  it('treats HTTPS like HTTP and a missing field as any field', () => {
    expect(matchBanner({ protocol: 'https', text: 'Mini web server 1.0 ZTE corp 2005.' })).toMatchObject([{ manufacturer: 'zte' }])
  })

  it('cuts the excerpt to 120 characters', () => {
    const long = 'Huawei Versatile Routing Platform Software' + ' '.repeat(5) + 'x'.repeat(50) + ' VRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)'
    for (const m of matchSysDescr(long)) expect(m.excerpt.length).toBeLessThanOrEqual(120)
  })

  it('reads an FTP greeting with or without its 220 reply code, also on the first of several lines', () => {
    const bare = matchBanner({ protocol: 'ftp', field: 'greeting', text: 'MikroTik FTP server (MikroTik 6.45.9) ready' })
    expect(bare).toMatchObject([{ pattern: 'mikrotik-ftp', manufacturer: 'mikrotik', version: '6.45.9' }])
    expect(matchBanner({ protocol: 'ftp', field: 'greeting', text: '220 MikroTik FTP server (MikroTik 6.45.9) ready' })).toEqual(bare)
    expect(matchBanner({ protocol: 'ftp', text: '220-Welcome to ASUS RT-AC68U FTP service.\r\n220 Ready\r\n' })).toMatchObject([
      { pattern: 'asus-router-ftp', manufacturer: 'asus', product: 'RT-AC68U' },
    ])
    // Only the leading reply code goes: a greeting whose first word merely starts with 220 stays whole.
    expect(matchBanner({ protocol: 'ftp', text: '2200 Welcome to ASUS RT-AC68U FTP service.' })).toEqual([])
    // A greeting a scanner kept as `other` (it did not know the port) loses the code too.
    expect(matchBanner({ protocol: 'other', text: '220 TiMOS-C-13.0.R9 cpm/hops64 ALCATEL SR 7750 Copyright (' })).toMatchObject([
      { pattern: 'nokia-sros-sysdescr', manufacturer: 'nokia', version: '13.0.R9' },
    ])
  })

  it('names the exact model a Huawei VRP 8 or YunShan sysDescr ends with, over the family its version names', () => {
    // LibreNMS tests/snmpsim/yunshan.snmprec and vrp_ne8000.snmprec (hex in the files), decoded.
    const yunshan = '"Huawei YunShan OS\nVersion 1.24.0.1 (S6700 V600R024C00SPC100) \r\nCopyright (C) 2021-2024 Huawei Technologies Co., Ltd. \r\nHUAWEI CloudEngine S6750-H \r\n"'
    expect(matchSysDescr(yunshan)).toContainEqual(expect.objectContaining({ pattern: 'huawei-yunshan-sysdescr', product: 'CloudEngine S6750-H', version: '1.24.0.1' }))
    const ne = 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.200 (NetEngine 8000 V800R012C10SPC300) \r\nCopyright (C) 2012-2020 Huawei Technologies Co., Ltd. \r\nHUAWEI NetEngine 8000 F1A-8H20Q'
    expect(matchSysDescr(ne)).toContainEqual(expect.objectContaining({ pattern: 'huawei-vrp-sysdescr', product: 'NetEngine 8000 F1A-8H20Q' }))
    // Without that line (LibreNMS tests/snmpsim/vrp.snmprec, an AR1220), the family stays the product.
    const ar = 'Huawei AR1220 Huawei Versatile Routing Platform Software  VRP (R) software,Version 5.120 (AR1220 V200R003C01SPC900) Copyright (C) 2011-2013 Huawei Technologies Co., Ltd'
    expect(matchSysDescr(ar)).toContainEqual(expect.objectContaining({ pattern: 'huawei-vrp-sysdescr', product: 'AR1220' }))
  })

  it('reads a sysDescr inside the double quotes snmpwalk prints around a string or an agent puts around its value', () => {
    const ios = 'Cisco IOS Software, C2960 Software (C2960-LANBASEK9-M), Version 12.2(55)SE5, RELEASE SOFTWARE (fc1)'
    const bare = matchSysDescr(ios)
    expect(bare).toMatchObject([{ manufacturer: 'cisco' }])
    expect(matchSysDescr(`"${ios}"`)).toEqual(bare)
    expect(matchSysDescr(` "${ios}"\n`)).toEqual(bare)
    expect(matchSysDescr('"ZXR10 ROS Version V4.8.35  Software"')).toMatchObject([{ manufacturer: 'zte' }])
  })

  it('reads a banner of no named protocol as the protocol its first line announces', () => {
    // A scanner's banner column without a protocol column: a Hikvision camera's web answer (its
    // Server header as in the hikvision-webs-server examples), an SSH identification line.
    expect(matchBanner({ protocol: 'other', text: 'HTTP/1.1 200 OK\r\nServer: App-webs/\r\nContent-Type: text/html\r\n' }).map((m) => m.pattern)).toEqual(['hikvision-webs-server'])
    expect(matchBanner({ protocol: 'other', text: 'RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nWWW-Authenticate: Digest realm="Hikvision", nonce="0a1b"\r\n' }).map((m) => m.pattern)).toEqual(['hikvision-realm'])
    expect(matchBanner({ protocol: 'other', text: 'SSH-2.0-HUAWEI-1.5' }).map((m) => m.pattern)).toEqual(['huawei-vrp-ssh'])
    // A bare Server value announces nothing: no HTTP pattern reads it as another protocol's text.
    expect(matchBanner({ protocol: 'other', text: 'App-webs/' })).toEqual([])
  })

  it('returns nothing for an empty text', () => {
    expect(matchBanner({ protocol: 'ssh', text: '' })).toEqual([])
  })

  it('runs a pattern whose keyword sits inside a longer keyword at the same place', () => {
    const patterns: BannerPattern[] = [
      { name: 'short', manufacturer: 'a', keywords: ['abc'], pattern: /abc/, examples: ['abc'] },
      { name: 'long', manufacturer: 'b', keywords: ['abcdef'], pattern: /abcdef/, examples: ['abcdef'] },
      { name: 'overlap', manufacturer: 'c', keywords: ['defg'], pattern: /defg/, examples: ['defg'] },
      { name: 'always', manufacturer: 'd', pattern: /^x/, examples: ['x'] },
    ]
    expect(matchBanner({ protocol: 'other', text: 'xabcdefg' }, patterns).map((m) => m.pattern)).toEqual(['short', 'long', 'overlap', 'always'])
  })
})

describe('matchSysDescr', () => {
  it('reads product and version from an Arista sysDescr', () => {
    expect(matchSysDescr('Arista Networks EOS version 4.15.3F running on an Arista Networks DCS-7050TX-128')).toMatchObject([
      { pattern: 'arista-eos-sysdescr', manufacturer: 'arista', product: 'DCS-7050TX-128', version: '4.15.3F' },
    ])
  })

  it('reads the ZXR10 ROS version and product of a ZTE OLT', () => {
    const [m] = matchSysDescr('ZXR10 ROS Version V4.6.02A ZXPON C320 Software, Version V1.2.5P2 Copyright (c) 2000-2006 by ZTE Corporation')
    expect(m).toMatchObject({ manufacturer: 'zte', product: 'ZXPON C320', version: '4.6.02A' })
  })

  it('claims nothing for a sysDescr that only names Huawei in a host name', () => {
    expect(matchSysDescr('Linux huawei-lab 5.15.0-91-generic #101-Ubuntu SMP x86_64')).toEqual([])
  })

  it('uses the catalog patterns unless others are given', () => {
    expect(matchSysDescr('EdgeOS v1.8.0.4853089.160219.1607', BANNER_PATTERNS.filter((p) => p.manufacturer !== 'ubiquiti'))).toEqual([])
  })
})

describe('banners captured whole', () => {
  it('reads the headers of an RTSP response as nmap and internet scanners keep it', () => {
    const capture = 'RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nServer: Dahua Rtsp Server\r\n\r\n'
    expect(matchBanner({ protocol: 'rtsp', text: capture }).map((m) => m.pattern)).toEqual(['dahua-rtsp-server'])
  })

  it('reads the Server header and the HTML title of an HTTP response, folded header lines joined', () => {
    const capture = 'HTTP/1.1 200 OK\r\nServer: Hikvision-Webs\r\nX-Long: a\r\n  b\r\nContent-Type: text/html\r\n\r\n<html><head><title>DS-2CD2143G2-I</title></head></html>'
    expect(bannerParts(undefined, capture)).toEqual([
      { field: 'server', text: 'Hikvision-Webs' }, { field: 'x-long', text: 'a b' }, { field: 'content-type', text: 'text/html' },
      { field: 'title', text: 'DS-2CD2143G2-I' },
    ])
    expect(matchBanner({ protocol: 'http', text: capture }).map((m) => m.manufacturer)).toEqual(['hikvision', 'hikvision'])
  })

  it('takes a header written with its name as its value, for the field it names', () => {
    expect(matchBanner({ protocol: 'http', field: 'server', text: 'Server: DNVRS-Webs' }).map((m) => m.pattern)).toEqual(['hikvision-webs-server'])
    expect(matchBanner({ protocol: 'http', text: 'server: DNVRS-Webs\r\n' }).map((m) => m.pattern)).toEqual(['hikvision-webs-server'])
    // A value of another header is not read as a Server header.
    expect(bannerParts('title', 'Server: DNVRS-Webs')).toBeUndefined()
  })

  it('leaves single values and unknown servers alone', () => {
    expect(bannerParts('server', 'Hikvision-Webs')).toBeUndefined()
    expect(bannerParts(undefined, 'SSH-2.0-OpenSSH_8.9p1')).toBeUndefined()
    expect(matchBanner({ protocol: 'http', text: 'HTTP/1.1 200 OK\r\nServer: nginx\r\n\r\n' })).toEqual([])
  })

  it('reads the first line of a banner of several lines: an SSH version line before the key exchange', () => {
    const capture = 'SSH-2.0-HUAWEI-1.5\nKey type: ssh-rsa\nKey: AAAAB3NzaC1yc2E\nFingerprint: 4f:1a\n\nKex Algorithms:\n\tdiffie-hellman-group14-sha1\n'
    expect(bannerParts(undefined, capture)).toEqual([{ field: undefined, text: 'SSH-2.0-HUAWEI-1.5' }])
    expect(matchBanner({ protocol: 'ssh', text: capture }).map((m) => m.manufacturer)).toEqual(['huawei'])
  })

  it('decodes character references in a page title', () => {
    expect(bannerParts(undefined, '<!DOCTYPE html><html><title>A &amp; B &#x41;</title></html>')).toEqual([{ field: 'title', text: 'A & B A' }])
  })
})
