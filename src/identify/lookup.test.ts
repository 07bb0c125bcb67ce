import { describe, expect, it } from 'vitest'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { BANNER_PATTERNS } from '../catalog/banners.js'
import { lookupIdentifier, macOfIpv6 } from './lookup.js'

const catalog = loadDefaultCatalog()

describe('lookupIdentifier', () => {
  it('tells, for a brand that sells other makers\' products and a model after it, which relations hold the model', () => {
    // The maker of a relation that holds the model is among the groups, as a device declared so is attributed to it.
    expect(lookupIdentifier('Drei 3Pocket', catalog)).toMatchObject({ kind: 'text', name: 'drei', groups: ['drei', 'zte'], brandModel: { model: '3Pocket', covering: [{ brand: 'drei', maker: 'zte' }] } })
    expect(lookupIdentifier('TRENDnet TEW-827DRU', catalog)).toMatchObject({ kind: 'text', name: 'trendnet', groups: ['trendnet'], brandModel: { model: 'TEW-827DRU', covering: [] } })
    // The longest name written whole: Deutsche Telekom's Speedport Hybrid, not "Deutsche Telekom Speedport"'s Hybrid.
    expect(lookupIdentifier('Deutsche Telekom Speedport Hybrid', catalog)).toMatchObject({ brandModel: { model: 'Speedport Hybrid', covering: [{ maker: 'huawei' }] } })
    // A brand the catalog knows only by a name that no relation names, or a maker's bare name, has none.
    expect(lookupIdentifier('Cisco C9300-48P', catalog)).not.toHaveProperty('brandModel')
    expect(lookupIdentifier('Drei', catalog)).not.toHaveProperty('brandModel')
  })

  it('reads a CPE name as identification reads a scanner\'s CPE: hardware and a one-maker OS name the maker, an application or a general OS nobody', () => {
    expect(lookupIdentifier('cpe:/h:huawei:ar3200', catalog)).toMatchObject({ kind: 'text', name: 'huawei', groups: ['huawei'], cpe: { part: 'h', vendor: 'huawei', product: 'ar3200', manufacturer: 'huawei' } })
    expect(lookupIdentifier('cpe:2.3:o:zte:zxr10:-:*:*:*:*:*:*:*', catalog)).toMatchObject({ name: 'zte', cpe: { part: 'o', vendor: 'zte', product: 'zxr10' } })
    // NVD's vendor name for Dahua.
    expect(lookupIdentifier('cpe:/h:dahuasecurity:ipc', catalog)).toMatchObject({ name: 'dahua', groups: ['dahua'] })
    // A Huawei application, a Huawei server OS, an Intel management part: no device's maker (as identify reads them).
    for (const [q, none] of [['cpe:/a:huawei:esight', 'application'], ['cpe:/o:huawei:euleros', 'general-os'], ['cpe:/o:linux:linux_kernel', 'general-os'],
      ['cpe:/h:intel:active_management_technology', 'interface-maker'], ['cpe:/h:acme_widgets:x1', 'unknown-vendor']] as const) {
      const r = lookupIdentifier(q, catalog)
      expect(r, q).toMatchObject({ kind: 'text', name: undefined, groups: [], cpe: { none } })
    }
  })

  it('names IANA\'s registrant apart from a branch of its tree that names another maker', () => {
    const printer = lookupIdentifier('1.3.6.1.4.1.11.2.3.9.1', catalog)
    expect(printer).toMatchObject({ kind: 'oid', enterprise: 11, registrant: 'Hewlett-Packard', entry: { manufacturer: 'hp-inc' } })
    expect(lookupIdentifier('1.3.6.1.4.1.3902.3.1', catalog)).not.toHaveProperty('registrant')
  })

  it('dates the catalog\'s own entry of an enterprise number once, where a source whose title states its date had it twice', () => {
    const rockwell = lookupIdentifier('1.3.6.1.4.1.95.1', catalog)
    expect(rockwell).toMatchObject({ kind: 'oid', registryData: "trustpath's own entry, from IANA, Private Enterprise Numbers, enterprise-numbers.txt (last updated 2025-08-22)" })
  })

  it('names the shipped data of the block\'s own registry, not every registry\'s at once', () => {
    expect(lookupIdentifier('00:e0:fc:00:00:01', catalog)).toMatchObject({ kind: 'mac', registryData: expect.stringMatching(/^oui-data \d+\.\d+\.\d+$/) })
    // An IAB block (00-50-C2-8C-A, Altair Semiconductor) comes from the IEEE IAB registry the package carries.
    expect(lookupIdentifier('00:50:c2:8c:a0:01', catalog)).toMatchObject({ kind: 'mac', registryData: expect.stringMatching(/^IEEE IAB registry of \d{4}-\d{2}-\d{2}$/) })
  })

  it('names the maker of a DOCSIS sysDescr by its VENDOR field, weakly for a chip maker\'s reference design', () => {
    const modem = lookupIdentifier('<<HW_REV: 4; VENDOR: ARRIS Group, Inc.; BOOTR: 2700; SW_REV: 1.0.0.1; MODEL: CM8200B>>', catalog)
    expect(modem).toMatchObject({ kind: 'text', banners: [{ pattern: 'docsis-sysdescr-vendor', manufacturer: 'arris', certainty: 'high' }] })
    const sample = lookupIdentifier('V2 cablemodem reference design <<HW_REV: V1.0; VENDOR: Broadcom; BOOTR: 1.0.10; SW_REV: 1; MODEL: BCM93380>>', catalog)
    expect(sample).toMatchObject({ kind: 'text', banners: [{ pattern: 'docsis-sysdescr-vendor', manufacturer: 'broadcom', certainty: 'low' }] })
    const ubee = lookupIdentifier('Ubee PacketCable 1.5 W-EMTA <<HW_REV: 3.10.1; VENDOR: Ubee; BOOTR: 9.1.1b; SW_REV: 6.36.1011; MODEL: DVW2110>>', catalog)
    expect(ubee).toMatchObject({ kind: 'text', banners: [{ pattern: 'docsis-sysdescr-vendor', manufacturer: 'ubee', certainty: 'high' }] })
    // A VENDOR field the catalog cannot resolve names nobody (the name is made up: no real modem was found whose vendor is outside the catalog).
    expect(lookupIdentifier('<<HW_REV: 1; VENDOR: Nonesuch Cable Works; MODEL: NC100>>', catalog)).toMatchObject({ kind: 'text', banners: [] })
  })

  it('reads a response kept on one line with its line breaks written as escapes header by header, as an inventory\'s banner cell', () => {
    // Dahua's RTSP answer (Rapid7 Recog xml/rtsp_servers.xml), with \r\n as jq and scanners' CSV exports write them, or masscan's \x0d\x0a
    for (const q of ['RTSP/1.0 401 Unauthorized\\r\\nCSeq: 1\\r\\nServer: Dahua Rtsp Server\\r\\n', 'RTSP/1.0 401 Unauthorized\\x0d\\x0aCSeq: 1\\x0d\\x0aServer: Dahua Rtsp Server']) {
      const r = lookupIdentifier(q, catalog)
      expect(r, q).toMatchObject({ kind: 'text', groups: ['dahua'] })
      expect(r.kind === 'text' ? r.banners.map((b) => b.pattern) : [], q).toContain('dahua-rtsp-server')
    }
  })

  it('names the maker an ONT\'s GPON serial gives by its PON vendor ID, with low certainty', () => {
    // A Huawei OLT's display ont info line (MauroGuar/ONT-Info, app/data_processing/ont_info.py) and a
    // ZTE C320's show gpon onu uncfg row (s4lfanet/go-api-c320, docs/COMMAND_REFERENCE.md).
    // And a Nokia OLT's rssi-onu alarm names the ONT by its serial, Nokia's vendor ID ALCL (a log parser's field table).
    for (const [q, group] of [['SN                      : 48575443655C13A0 (HWTC-655C13A0)', 'huawei'], ['HWTC-655C13A0', 'huawei'], ['ZTEGDA5918AC', 'zte'], ['ALCLFCA45C31', 'nokia']] as const) {
      const r = lookupIdentifier(q, catalog)
      expect(r, q).toMatchObject({ kind: 'text', groups: [group], banners: [{ pattern: `${group}-gpon-serial`, certainty: 'low' }] })
    }
    expect(lookupIdentifier('HWTC', catalog)).toMatchObject({ kind: 'text', groups: [] })
    // Sixteen hex digits alone read as an EUI-64, as they may be: the serial is told by its letters or its OLT line.
    expect(lookupIdentifier('48575443655C13A0', catalog)).toMatchObject({ kind: 'prefix' })
  })

  it('says that a banner of a server many makers embed names no maker, and says nothing of the kind beside a maker', () => {
    // Recog's ssh_banners.xml and http_servers.xml examples
    expect(lookupIdentifier('SSH-2.0-dropbear_2019.78', catalog)).toMatchObject({ kind: 'text', groups: [], generic: { name: 'Dropbear' } })
    expect(lookupIdentifier('GoAhead-Webs', catalog)).toMatchObject({ kind: 'text', groups: [], generic: { name: 'GoAhead' } })
    const hikvision = lookupIdentifier('Hikvision-Webs', catalog)
    expect(hikvision).toMatchObject({ kind: 'text', groups: ['hikvision'] })
    expect(hikvision).not.toHaveProperty('generic')
    // No captured banner of a maker is called generic, not even a maker's build of OpenSSH (Raspbian's)
    for (const p of BANNER_PATTERNS) {
      for (const e of p.examples) expect(lookupIdentifier(e, catalog), `${p.name}: ${e}`).not.toHaveProperty('generic')
    }
  })

  it('puts a Pyronix alarm panel, by its MAC block or its name, in Hikvision\'s group, with the report that says so', () => {
    // IEEE MA-L 0019EB "Pyronix Ltd"; the Doncaster Free Press: "Hikvision, which trades locally as Pyronix".
    expect(lookupIdentifier('00:19:EB:12:34:56', catalog)).toMatchObject({ kind: 'mac', match: { organization: 'Pyronix Ltd', manufacturer: 'pyronix' }, group: 'hikvision' })
    const name = lookupIdentifier('Pyronix', catalog)
    expect(name).toMatchObject({ kind: 'text', name: 'pyronix', groups: ['hikvision'] })
    expect(name.kind === 'text' ? name.owners?.map((o) => [o.parent, o.source.url]) : []).toEqual([
      ['hikvision', expect.stringContaining('doncasterfreepress.co.uk')],
    ])
  })

  it('puts TD Tech, Huawei\'s 49% joint venture, in Huawei\'s group by its MAC blocks and its name, as an affiliate', () => {
    // IEEE MA-L 6444D5 "TD Tech", 9C5440 and D0A0D6 "ChengDu TD Tech".
    for (const mac of ['64:44:D5:00:00:01', '9C:54:40:00:00:01', 'D0:A0:D6:00:00:01']) {
      expect(lookupIdentifier(mac, catalog), mac).toMatchObject({ kind: 'mac', match: { manufacturer: 'td-tech' }, group: 'huawei' })
    }
    const name = lookupIdentifier('TD Tech', catalog)
    expect(name).toMatchObject({ kind: 'text', name: 'td-tech', groups: ['huawei'], owners: [{ parent: 'huawei', kind: 'affiliate' }] })
  })

  it('names the product a sysObjectID stands for, with the MIB definition that says so', () => {
    const r = lookupIdentifier('1.3.6.1.4.1.2011.2.23.95', catalog)
    expect(r).toMatchObject({ kind: 'oid', enterprise: 2011, group: 'huawei', product: { name: 'S5328C-EI', module: 'HUAWEI-MIB', parent: 'lanSw', arc: 95 } })
    expect(lookupIdentifier('SNMPv2-SMI::enterprises.25506.1.14', catalog)).toMatchObject({ product: { name: 'S3610-28P', manufacturer: 'h3c' } })
  })

  it('names the maker of an operator-network enterprise number read in IANA\'s registry', () => {
    expect(lookupIdentifier('1.3.6.1.4.1.22610.1.3', catalog)).toMatchObject({ kind: 'oid', enterprise: 22610, entry: { manufacturer: 'a10-networks' }, group: 'a10-networks' })
    expect(lookupIdentifier('1.3.6.1.4.1.31926', catalog)).toMatchObject({ kind: 'oid', enterprise: 31926, entry: { manufacturer: 'siklu' } })
    expect(lookupIdentifier('1.3.6.1.4.1.2509.11.1.1.7', catalog)).toMatchObject({ kind: 'oid', enterprise: 2509, entry: { manufacturer: 'aviat-networks', organization: 'Aviat Networks' } })
    // Infinera's number, which IANA now lists in Nokia's name: Infinera's, in Nokia's group since 2025.
    expect(lookupIdentifier('1.3.6.1.4.1.21296', catalog)).toMatchObject({ kind: 'oid', enterprise: 21296, entry: { manufacturer: 'infinera' }, group: 'nokia' })
  })

  it('says why a number that other makers\' devices report names no maker, and says nothing of the kind for a number it does not know', () => {
    // LibreNMS's edgeswitch definition: a Ubiquiti switch reporting Realtek's 27282.3.2.10.
    const r = lookupIdentifier('1.3.6.1.4.1.27282.3.2.10', catalog)
    expect(r).toMatchObject({ kind: 'oid', enterprise: 27282, entry: undefined, group: undefined })
    expect(r).toHaveProperty('noMaker', expect.stringMatching(/^Realtek's/))
    // Net-SNMP's and UCD-SNMP's agent defaults, on the Linux firmware of any maker: a refresh would name no maker either.
    expect(lookupIdentifier('1.3.6.1.4.1.8072.3.2.10', catalog)).toHaveProperty('noMaker', expect.stringMatching(/^Net-SNMP's/))
    expect(lookupIdentifier('1.3.6.1.4.1.2021.250.10', catalog)).toHaveProperty('noMaker', expect.stringMatching(/^UC Davis'/))
    expect(lookupIdentifier('1.3.6.1.4.1.4874', catalog)).not.toHaveProperty('noMaker')
    expect(lookupIdentifier('1.3.6.1.4.1.2011.2.23.95', catalog)).not.toHaveProperty('noMaker')
  })

  it('names the maker but no product for an arc of the enterprise no MIB in the catalog defines', () => {
    const r = lookupIdentifier('1.3.6.1.4.1.2011.2.23.9999', catalog)
    expect(r).toMatchObject({ kind: 'oid', enterprise: 2011, group: 'huawei' })
    expect(r).not.toHaveProperty('product')
  })
})

describe('MACs inside other notations', () => {
  it('reads the MAC an IPv6 address was formed from (modified EUI-64), with its zone or prefix length', () => {
    for (const q of ['fe80::2e0:fcff:fe12:3456', 'FE80::02E0:FCFF:FE12:3456%eth0', '2001:db8:0:1:2e0:fcff:fe12:3456/64']) {
      const r = lookupIdentifier(q, catalog)
      expect(r, q).toMatchObject({ kind: 'mac', mac: '00:e0:fc:12:34:56', group: 'huawei', ipv6: q })
    }
    // The universal/local bit is inverted: 0200:5eff:fe00:1 is 00:00:5e:00:00:01.
    expect(macOfIpv6('fe80::200:5eff:fe00:1')).toBe(0x00005e000001)
    // Random and assigned interface identifiers, IPv4-mapped addresses and text hold no MAC.
    for (const q of ['2001:db8::1', 'fe80::1%lo0', '::ffff:10.0.0.1', 'fe80::2e0:fcff:fd12:3456', 'not:an:address']) expect(macOfIpv6(q), q).toBeUndefined()
    expect(lookupIdentifier('2001:db8::1', catalog)).toMatchObject({ kind: 'text', hint: expect.stringMatching(/not formed from a MAC/) })
  })

  it('reads the MAC an EUI-64 was formed from (ff:fe or ff:ff in its middle), and the block of one assigned as such', () => {
    for (const q of ['00:e0:fc:ff:fe:12:34:56', '00-E0-FC-FF-FF-12-34-56', '0x00e0fcfffe123456']) {
      expect(lookupIdentifier(q, catalog), q).toMatchObject({ kind: 'mac', mac: '00:e0:fc:12:34:56', group: 'huawei', eui64: q })
    }
    // An IEEE 802.15.4 radio's EUI-64 (Texas Instruments' block): the block of its first 36 bits, said to be an EUI-64.
    const radio = lookupIdentifier('00:12:4b:00:01:02:03:04', catalog)
    expect(radio).toMatchObject({ kind: 'prefix', prefix: '00124B000', eui64: true, match: { prefix: '00124B' } })
    // In an IPv6 interface identifier only ff:fe marks a MAC (RFC 4291).
    expect(macOfIpv6('fe80::2e0:fcff:ff12:3456')).toBeUndefined()
  })

  it('reads a MAC written as the octets of an SNMP Hex-STRING', () => {
    expect(lookupIdentifier('00 E0 FC 12 34 56', catalog)).toMatchObject({ kind: 'mac', mac: '00:e0:fc:12:34:56', group: 'huawei' })
  })
})

describe('listings of USB devices', () => {
  it('names Huawei and ZTE by the vendor id of a listing that leaves their names out (kernel log, usb-devices)', () => {
    // A gist's kern.log on a Huawei E3531 stick; usb-devices' product line of a ZTE stick (19d2:2000,
    // clearlinux/distribution issue #1332).
    expect(lookupIdentifier('usb 1-1: New USB device found, idVendor=12d1, idProduct=1f01', catalog)).toMatchObject({
      kind: 'text', groups: ['huawei'], usb: [{ vendorId: '12d1', productId: '1f01', manufacturer: 'huawei', vendor: 'Huawei Technologies Co., Ltd.' }],
    })
    expect(lookupIdentifier('P:  Vendor=19d2 ProdID=2000 Rev=00.00', catalog)).toMatchObject({ groups: ['zte'] })
    // A vendor id the catalog does not hold names nobody.
    expect(lookupIdentifier('Bus 001 Device 002: ID 8087:8001 Intel Corp.', catalog)).toMatchObject({ groups: [], usb: [{ vendorId: '8087', productId: '8001' }] })
  })
})

describe('models a device describes itself by', () => {
  it('reads the model of a TR-069 Inform\'s ProductClass (genieacs/genieacs issue #71: a Huawei HG8245H)', () => {
    expect(lookupIdentifier('<ProductClass>HG8245H</ProductClass>', catalog)).toMatchObject({ kind: 'text', groups: ['huawei'], model: { pattern: 'huawei-ont', manufacturer: 'huawei' } })
    expect(lookupIdentifier('<ProductClass>Cavium eNB</ProductClass>', catalog)).toMatchObject({ groups: [], model: undefined })
  })
})
