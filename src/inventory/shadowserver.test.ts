import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import type { Device } from '../domain/device.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'

// Shadowserver's daily reports on a network, as it writes them: a quoted header, one row per IP
// and port, `|` for the line breaks of a banner, empty cells, the reverse DNS name, ASN, country,
// region, city and NAICS code of each IP. The columns are those of IntelMQ's test reports of its
// Shadowserver parser (certtools/intelmq, intelmq/tests/bots/parsers/shadowserver/testdata) and of
// Shadowserver's schema of its reports (The-Shadowserver-Foundation/report_schema, intelmq.json);
// the hosts are made up, of covered and other makers.
const catalog = loadDefaultCatalog()

const banners = (d: Device) => d.banners?.map((b) => `${b.protocol}${b.field === undefined ? '' : ` ${b.field}`}: ${b.text}`) ?? []

describe("Shadowserver's reports", () => {
  const telnet =
    '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","banner"\n' +
    '"2026-12-06 12:27:34","198.51.100.45","tcp",23,"host45.example.net","telnet",64500,"DE","HESSEN","FRANKFURT AM MAIN",517311,0,"|MikroTik v6.45.3 (stable)|Login:"\n' +
    '"2026-12-06 12:27:40","198.51.100.46","tcp",23,"localhost.localdomain","telnet",64500,"DE","HESSEN","FRANKFURT AM MAIN",517311,0,"|Huawei MA5600|User name:"\n' +
    '"2026-12-06 12:27:41","198.51.100.47","tcp",2323,"localhost.localdomain","telnet-alt",64500,"DE","HESSEN","FRANKFURT AM MAIN",517311,0,"ZXAN product C300 of ZTE Corporation|Username:"\n' +
    '"2026-12-06 12:27:42","198.51.100.47","tcp",2323,"localhost.localdomain","telnet-alt",64500,"DE","HESSEN","FRANKFURT AM MAIN",517311,0,"ZXAN product C300 of ZTE Corporation|Username:"\n'

  it('reads scan_telnet: each row known by ip:port and its tag, the IP its name, the banner a telnet one with its | read as line breaks', () => {
    const { devices, diagnostics } = parseInventory(telnet, { file: '2026-12-06-scan_telnet-example.csv' })
    expect(devices.map((d) => [d.id, d.name, banners(d)])).toEqual([
      ['198.51.100.45:23/telnet', '198.51.100.45', ['telnet: MikroTik v6.45.3 (stable)\nLogin:']],
      ['198.51.100.46:23/telnet', '198.51.100.46', ['telnet: Huawei MA5600\nUser name:']],
      ['198.51.100.47:2323/telnet-alt', '198.51.100.47', ['telnet: ZXAN product C300 of ZTE Corporation\nUsername:']],
    ])
    // The reverse DNS name is no key: two hosts called localhost.localdomain are two devices. The
    // same host and port seen twice in a day is one device.
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['duplicate_device', 5]])
    // Said as the service reported again, not as a mistake in the ids to fix.
    expect(formatDiagnostic(diagnostics[0]!)).toBe('2026-12-06-scan_telnet-example.csv:5: warning: "198.51.100.47:2323/telnet-alt" was already read at 2026-12-06-scan_telnet-example.csv:4: ' +
      'the same service of the same host, reported again (a later scan of it?); this row is skipped, as a service is read from the first row that reports it. ' +
      'Give one scan of a host, or the latest first.')
    // Read with real line breaks, the MikroTik banner is RouterOS's telnet server, with its version,
    // as strongly as a banner is read; with the `|` it was only a text that names a maker.
    const mikrotik = identify(devices[0]!, catalog)
    expect(mikrotik).toMatchObject({ group: 'mikrotik', confidence: 0.8 })
    expect(mikrotik.evidence[0]).toMatchObject({ pattern: 'mikrotik-telnet', protocol: 'telnet', version: '6.45.3' })
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['mikrotik', 'huawei', 'zte'])
  })

  it('reads the IPv6 reports (scan6_telnet), each row known by [address]:port/tag, as 2001:db8::45:23 would be another address', () => {
    const ipv6 = telnet.split('\n').slice(0, 2).join('\n').replace('198.51.100.45', '2001:db8:10::45')
    const { devices } = parseInventory(ipv6, { file: 'scan6_telnet.csv' })
    expect(devices.map((d) => [d.id, d.name])).toEqual([['[2001:db8:10::45]:23/telnet', '2001:db8:10::45']])
  })

  it('reads scan_ssh: serverid_raw is the SSH identification string; hostname, tag, asn, geo and naics say nothing of the maker', () => {
    const ssh =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","serverid_raw","serverid_version","serverid_software","serverid_comment","server_cookie","available_kex","banner","userauth_methods","device_vendor","device_type","device_model","device_version","device_sector"\n' +
      '"2026-12-06 02:20:37","198.51.100.48","tcp",22,"localhost.localdomain","ssh",64500,"DE","HESSEN","FRANKFURT AM MAIN",517311,,"SSH-2.0-HUAWEI-1.5","2.0","HUAWEI-1.5",,"bGjsifbPIDWT7tAu8BMjyg==","diffie-hellman-group1-sha1",,"password",,,,,\n' +
      '"2026-12-06 02:20:38","198.51.100.49","tcp",22,"localhost.localdomain","ssh",64500,"DE","HESSEN","FRANKFURT AM MAIN",517311,,"SSH-2.0-OpenSSH_7.4","2.0","OpenSSH_7.4",,"abc==","curve25519-sha256",,"publickey",,,,,\n'
    const { devices, diagnostics } = parseInventory(ssh, { file: 'scan_ssh.csv' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, banners(d)])).toEqual([
      ['198.51.100.48:22/ssh', ['ssh: SSH-2.0-HUAWEI-1.5']],
      ['198.51.100.49:22/ssh', ['ssh: SSH-2.0-OpenSSH_7.4']],
    ])
    expect(devices.every((d) => d.manufacturer === undefined && d.model === undefined && d.site === undefined && d.firmware === undefined)).toBe(true)
    expect(identify(devices[0]!, catalog)).toMatchObject({ group: 'huawei', evidence: [{ method: 'banner', pattern: 'huawei-vrp-ssh' }] })
    expect(identify(devices[1]!, catalog).group).toBeUndefined()
  })

  it("reads scan_snmp: sysdesc is the sysDescr; neither sysname nor the SNMP version nor Shadowserver's device_vendor is declared", () => {
    const snmp =
      '"timestamp","ip","protocol","port","hostname","sysdesc","sysname","asn","geo","region","city","version","naics","sic","sector","device_vendor","device_type","device_model","device_version","device_sector","tag","community"\n' +
      '"2026-12-06 00:00:01",198.51.100.50,udp,161,,"Huawei Versatile Routing Platform Software|VRP (R) software, Version 5.170 (S5700 V200R011C10SPC500)|Copyright (C) 2000-2018 HUAWEI TECH CO., LTD",HUAWEI,64500,DE,HESSEN,FRANKFURT AM MAIN,2,0,0,,Huawei,switch,,,enterprise,snmp,public\n' +
      '"2026-12-06 00:00:02",198.51.100.51,udp,161,,"Huawei Versatile Routing Platform Software|VRP (R) software, Version 5.170 (S5720 V200R011C10SPC500)|Copyright (C) 2000-2018 HUAWEI TECH CO., LTD",HUAWEI,64500,DE,HESSEN,FRANKFURT AM MAIN,2,0,0,,Huawei,switch,,,enterprise,snmp,public\n' +
      '"2026-12-06 00:00:03",198.51.100.52,udp,161,node03.example.com,"Kaonmedia cablemodem reference design <<HW_REV: v1.0; VENDOR: Kaonmedia; BOOTR: 2.4.0mp1; SW_REV: 3.0.8; MODEL: CG2001-UN2NA>>",,64500,DE,HESSEN,FRANKFURT AM MAIN,2,0,0,,KAONMEDIA,router,CG2001-UN2NA,,consumer,snmp,public\n'
    const { devices, diagnostics } = parseInventory(snmp, { file: 'scan_snmp.csv' })
    expect(diagnostics).toEqual([])
    // Two switches left with the factory sysName HUAWEI are two devices, known by their addresses.
    expect(devices.map((d) => d.id)).toEqual(['198.51.100.50:161/snmp', '198.51.100.51:161/snmp', '198.51.100.52:161/snmp'])
    expect(devices[0]!.snmp?.sysDescr).toBe('Huawei Versatile Routing Platform Software\nVRP (R) software, Version 5.170 (S5700 V200R011C10SPC500)\nCopyright (C) 2000-2018 HUAWEI TECH CO., LTD')
    expect(devices.some((d) => d.manufacturer !== undefined || d.model !== undefined || d.firmware !== undefined)).toBe(false)
    const huawei = identify(devices[0]!, catalog)
    expect(huawei).toMatchObject({ group: 'huawei' })
    expect(huawei.evidence.map((e) => e.method === 'banner' ? [e.pattern, e.product] : [e.method])).toEqual([
      ['huawei-vrp-sysdescr', 'S5700'],
      ['scanner-product-names-manufacturer', undefined],
    ])
    expect(identify(devices[2]!, catalog).group).toBe('kaon')
  })

  it("reads scan_http and scan_cwmp: server and www_authenticate are the web server's headers", () => {
    const http =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","http","http_code","http_reason","content_type","connection","www_authenticate","set_cookie","server","content_length","transfer_encoding","http_date"\n' +
      '"2026-12-06 00:02:26","198.51.100.53","tcp",80,,"http",64500,"DE",,"FRANKFURT",517311,0,"HTTP/1.1",401,"Unauthorized","text/html",,"Digest realm=""DS-2CD2142FWD-I"", qop=""auth"", nonce=""4e6a""",,"App-webs/",,,\n' +
      '"2026-12-06 00:02:27","198.51.100.54","tcp",8080,"c-198-51-100-54.example.net","http",64500,"DE",,"FRANKFURT",517311,0,"HTTP/1.1",200,"OK","text/html",,,,"lighttpd",,"chunked","Sun, 06 Dec 2026 00:02:28 GMT"\n'
    const { devices, diagnostics } = parseInventory(http, { file: 'scan_http.csv' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, banners(d)])).toEqual([
      ['198.51.100.53:80/http', ['http www-authenticate: Digest realm="DS-2CD2142FWD-I", qop="auth", nonce="4e6a"', 'http server: App-webs/']],
      ['198.51.100.54:8080/http', ['http server: lighttpd']],
    ])
    expect(identify(devices[0]!, catalog)).toMatchObject({ group: 'hikvision' })
    const cwmp =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","http","http_code","http_reason","content_type","connection","www_authenticate","set_cookie","server","content_length","transfer_encoding","date","sector"\n' +
      '"2026-12-06 11:06:50","198.51.100.55","tcp",7547,"localhost.localdomain","cwmp",64500,"DE","HESSEN","FRANKFURT",517311,0,"HTTP/1.1",404,"Not Found","text/html",,,,"RomPager/4.07 UPnP/1.0",,"chunked",,\n'
    expect(parseInventory(cwmp, { file: 'scan_cwmp.csv' }).devices.map(banners)).toEqual([['http server: RomPager/4.07 UPnP/1.0']])
  })

  it('tells the row of a service in device_id from the same service in a scan report, whose evidence is kept', () => {
    const deviceId =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","sector","device_vendor","device_type","device_model"\n' +
      '"2026-12-06 00:01:43","198.51.100.53","tcp",80,,"camera",64500,"DE","HESSEN","FRANKFURT",517311,,,"Hikvision","camera",\n'
    const http =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","http","http_code","http_reason","content_type","connection","www_authenticate","set_cookie","server","content_length","transfer_encoding","http_date"\n' +
      '"2026-12-06 00:02:27","198.51.100.53","tcp",80,,"http",64500,"DE",,"FRANKFURT",517311,0,"HTTP/1.1",401,"Unauthorized","text/html",,"Digest realm=""DS-2CD2142FWD-I""",,"App-webs/",,,\n'
    // Known by ip:port alone, the scan_http row (the camera's model in its realm) was skipped as a
    // repeat of the device_id row (Shadowserver's reading), which a folder of reports reads first.
    const ids = [deviceId, http].map((text) => parseInventory(text, { file: 'report.csv' }).devices[0]!.id)
    expect(ids).toEqual(['198.51.100.53:80/camera', '198.51.100.53:80/http'])
  })

  it("reads scan_ssdp's server as a UPnP answer, and not its location (the description's URL) as the site nor its host as the name", () => {
    const ssdp =
      '"timestamp","ip","protocol","port","hostname","tag","header","asn","geo","region","city","systime","cache_control","location","server","search_target","unique_service_name","host","nts","nt","naics","sic","sector"\n' +
      '"2026-12-06 07:13:42","198.51.100.56","udp",1900,,"ssdp","HTTP/1.1 200 OK",64500,"DE","HESSEN","FRANKFURT","Fri, 16 Jan 1970 00:05:23 GMT","max-age=1800","http://192.168.1.1:52869/gatedesc.xml","Linux, UPnP/1.0, Portable SDK for UPnP devices/1.6.6","upnp:rootdevice","uuid:20809696-105a-3721-e8b8-2c957f6259fe::upnp:rootdevice","239.255.255.250:1900",,,517311,0,\n'
    const { devices, diagnostics } = parseInventory(ssdp, { file: 'scan_ssdp.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '198.51.100.56:1900/ssdp', name: '198.51.100.56', banners: [{ protocol: 'upnp', field: 'server', text: 'Linux, UPnP/1.0, Portable SDK for UPnP devices/1.6.6' }] }])
  })

  it("reads scan_ipp's printer_make_and_model as what the printer says it is, and no other printer column", () => {
    const ipp =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","ipp_version","cups_version","printer_uris","printer_name","printer_info","printer_more_info","printer_make_and_model","printer_firmware_name","printer_firmware_string_version","printer_firmware_version","printer_organization","printer_organization_unit","printer_uuid","printer_wifi_ssid","device_vendor","device_type","device_model","device_version","device_sector"\n' +
      '"2026-12-06 11:30:14","198.51.100.58","tcp",631,"printer.example.net","ipp",64500,"DE","HESSEN","FRANKFURT",517311,0,"IPP/2.1","CUPS/2.0","ipp://198.51.100.58:631/ipp/print","NPI3F0D22","HUAWEI PixLab X1","http://198.51.100.58:631/info.html","HUAWEI PixLab X1",20231203,20231203,20231203,"org","unit","urn:uuid:456e4238-4a44-4643-4c42-10e1813f0a18","wifissid",,,,,\n'
    const { devices } = parseInventory(ipp, { file: 'scan_ipp.csv' })
    expect(devices.map((d) => [d.id, banners(d)])).toEqual([['198.51.100.58:631/ipp', ['other: HUAWEI PixLab X1']]])
    expect(identify(devices[0]!, catalog)).toMatchObject({ group: 'huawei', confidence: 0.4 })
  })

  it("reads scan_dvr_dhcpdiscover's MAC, serial number and maker as the recorder answered them, not its internal address or Dahua's device_id", () => {
    const dvr =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","sector","device_vendor","device_type","device_model","device_version","device_id","device_serial","machine_name","manufacturer","method","http_port","internal_port","video_input_channels","alarm_input_channels","video_output_channels","alarm_output_channels","remote_video_input_channels","mac_address","ipv4_address","ipv4_gateway","ipv4_subnet_mask","ipv4_dhcp_enable","ipv6_address","ipv6_link_local","ipv6_gateway","ipv6_dhcp_enable"\n' +
      '"2026-12-06 00:00:01",198.51.100.81,udp,37810,node02.example.com,dvrdhcpdiscover,64500,DE,Region,City,0,0,"Communications, Service Provider, and Hosting Service",Dahua,DVR,"XVR5108HS",4.000.00,,6G0A1B2PAZ12345,XVR,Dahua,client.notifyDevInfo,80,37777,16,0,0,0,8,3c:ef:8c:55:f2:32,192.168.1.108,192.168.1.1,255.255.255.0,0,,,,1\n'
    const { devices, diagnostics } = parseInventory(dvr, { file: 'scan_dvr_dhcpdiscover.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toMatchObject([{ id: '198.51.100.81:37810/dvrdhcpdiscover', name: '198.51.100.81', macs: ['3c:ef:8c:55:f2:32'], serial: '6G0A1B2PAZ12345' }])
    expect(devices[0]!.manufacturer).toBeUndefined()
    const dahua = identify(devices[0]!, catalog)
    expect(dahua).toMatchObject({ group: 'dahua' })
    expect(dahua.evidence[0]).toMatchObject({ method: 'oui', prefix: '3CEF8C' })
  })

  it('reads the maker a recorder names in its answer to Dahua\'s discovery as a weak hint when nothing else names one', () => {
    const header =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","sector","device_vendor","device_type","device_model","device_version","device_id","device_serial","machine_name","manufacturer","method","http_port","internal_port","video_input_channels","alarm_input_channels","video_output_channels","alarm_output_channels","remote_video_input_channels","mac_address","ipv4_address","ipv4_gateway","ipv4_subnet_mask","ipv4_dhcp_enable","ipv6_address","ipv6_link_local","ipv6_gateway","ipv6_dhcp_enable"\n'
    const dvr = header + '"2026-12-06 00:00:01",198.51.100.84,udp,37810,,dvrdhcpdiscover,64500,DE,Region,City,0,0,"Communications, Service Provider, and Hosting Service",,,,,,6G0A1B2PAZ12348,,Dahua,client.notifyDevInfo,80,37777,8,0,0,0,0,,192.168.1.108,192.168.1.1,255.255.255.0,0,,,,1\n'
    const { devices } = parseInventory(dvr, { file: 'scan_dvr_dhcpdiscover.csv' })
    const a = identify(devices[0]!, catalog)
    expect(a).toMatchObject({ group: 'dahua', confidence: 0.4 })
    expect(a.evidence).toEqual([expect.objectContaining({ method: 'banner', manufacturer: 'dahua', value: 'Dahua' })])
  })

  it('names an Intelbras recorder that answered Dahua\'s discovery by its MAC block: Dahua\'s block and the Intelbras name are the known rebrand, Intelbras\'s own block stays Intelbras', () => {
    const header =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","sector","device_vendor","device_type","device_model","device_version","device_id","device_serial","machine_name","manufacturer","method","http_port","internal_port","video_input_channels","alarm_input_channels","video_output_channels","alarm_output_channels","remote_video_input_channels","mac_address","ipv4_address","ipv4_gateway","ipv4_subnet_mask","ipv4_dhcp_enable","ipv6_address","ipv6_link_local","ipv6_gateway","ipv6_dhcp_enable"\n'
    const row = (ip: string, mac: string) =>
      `"2026-12-06 00:00:01",${ip},udp,37810,,dvrdhcpdiscover,64500,BR,Region,City,0,0,"Communications, Service Provider, and Hosting Service",Intelbras,DVR,"MHDX 1108",4.000.00,,7J0A1B2PAZ00001,MHDX,Intelbras,client.notifyDevInfo,80,37777,8,0,0,0,0,${mac},192.168.1.108,192.168.1.1,255.255.255.0,0,,,,1\n`
    const { devices } = parseInventory(header + row('198.51.100.91', '3c:ef:8c:55:f2:40') + row('198.51.100.92', '24:fd:0d:55:f2:41'), { file: 'scan_dvr_dhcpdiscover.csv' })
    const [inDahuaBlock, inIntelbrasBlock] = devices.map((d) => identify(d, catalog))
    expect(inDahuaBlock).toMatchObject({ group: 'dahua' })
    expect(inDahuaBlock!.conflicts).toEqual([expect.objectContaining({ kind: 'oem_rebrand', declared: 'intelbras', maker: 'dahua', methods: ['oui'], known: true, namedBy: 'banner', relation: expect.objectContaining({ brand: 'intelbras', source: expect.objectContaining({ url: 'https://github.com/rroller/dahua/issues/25' }) }) })])
    expect(inIntelbrasBlock).toMatchObject({ group: 'intelbras', conflicts: [] })
  })

  it("reads scan_sip's user_agent and server as SIP headers", () => {
    const sip =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","sip","sip_code","sip_reason","user_agent","sip_via","sip_to","sip_from","content_length","content_type","server","contact","cseq","call_id","allow","amplification","response_size"\n' +
      '"2026-12-06 00:00:00",198.51.100.57,udp,5060,,sip,64500,DE,HESSEN,FRANKFURT,SIP/2.0,200,"OK","Huawei-EchoLife HG8245H",,,,0,,,,,,"INVITE,ACK,BYE,CANCEL,REGISTER",15.57,109\n'
    const { devices } = parseInventory(sip, { file: 'scan_sip.csv' })
    expect(devices.map(banners)).toEqual([['sip user-agent: Huawei-EchoLife HG8245H']])
  })

  it("reads device_id: Shadowserver's classification of a host is a scanner's conclusion, weak, never the declared manufacturer", () => {
    const deviceId =
      '"timestamp","ip","protocol","port","hostname","tag","asn","geo","region","city","naics","sic","sector","device_vendor","device_type","device_model"\n' +
      '"2026-12-06 00:01:42","198.51.100.60","tcp",10443,,"ssl,vpn",64500,"DE","HESSEN","FRANKFURT",517311,,,"Fortinet","firewall","FortiGate"\n' +
      '"2026-12-06 00:01:43","198.51.100.61","tcp",443,,"ssl,vpn",64500,"DE","HESSEN","FRANKFURT",517311,,,"Huawei","firewall","USG6000"\n'
    const { devices, diagnostics } = parseInventory(deviceId, { file: 'device_id.csv' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.manufacturer, d.model, banners(d)])).toEqual([
      ['198.51.100.60:10443/ssl,vpn', undefined, undefined, ['other product: Fortinet', 'other product: FortiGate']],
      ['198.51.100.61:443/ssl,vpn', undefined, undefined, ['other product: Huawei', 'other product: USG6000']],
    ])
    const huawei = identify(devices[1]!, catalog)
    expect(huawei).toMatchObject({ group: 'huawei', confidence: 0.4 })
    expect(huawei.evidence.map((e) => e.method)).toEqual(['banner'])
  })

  it('reads a CSV that is no Shadowserver report by the generic columns, its device_vendor declared (Infoblox NetMRI)', () => {
    const { devices } = parseInventory('DeviceName,DeviceIPDotted,DeviceVendor,DeviceModel\ncore-1,10.0.0.1,Huawei,S5720\n', { file: 'netmri.csv' })
    expect(devices).toMatchObject([{ id: 'core-1', manufacturer: 'Huawei', model: 'S5720' }])
  })

  it("reads the example of docs/inventory.md as it says", () => {
    const doc = readFileSync(new URL('../../docs/inventory.md', import.meta.url), 'utf8')
    const section = doc.slice(doc.indexOf("- **Shadowserver's reports**"))
    const example = /```csv\n([\s\S]*?)```/.exec(section)![1]!.replace(/^ {2}/gm, '')
    const { devices } = parseInventory(example, { file: 'scan_telnet.csv' })
    expect(devices.map((d) => [d.id, identify(d, catalog).evidence[0]])).toEqual([
      ['198.51.100.45:23/telnet', expect.objectContaining({ pattern: 'mikrotik-telnet', protocol: 'telnet', version: '6.45.3' })],
      ['198.51.100.46:23/telnet', expect.objectContaining({ manufacturer: 'huawei', protocol: 'telnet' })],
    ])
  })
})
