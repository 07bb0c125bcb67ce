/**
 * The columns of Shadowserver's reports on a network (its daily scan reports `scan_ssh`,
 * `scan_snmp`, `scan_http`, `scan_telnet`, `scan_ftp`, `scan_cwmp`, `scan_ssdp`, `scan_sip`...,
 * and `device_id`), as CSV with a header, one row per IP and port a scan found open.
 *
 * Read through the generic column mapping, several of their columns meant something else: a
 * scan_snmp's `sysname` and each report's `hostname` (the reverse DNS name: `localhost.localdomain`
 * on many hosts) became the device's name and key, so the rows of different hosts of one name were
 * skipped as repeats; `device_vendor`, Shadowserver's own classification of the host, was read as
 * the manufacturer the inventory's owner declared; `version` (a scan_snmp's SNMP version, `2`)
 * was read as the firmware version and a scan_ssdp's `location` (the URL of the UPnP description)
 * as the site; while the texts the hosts sent (`serverid_raw`, `sysdesc`, `server`,
 * `www_authenticate`) were not read at all, and a telnet or FTP `banner` was read without its
 * protocol and with its line breaks written as `|`.
 *
 * The columns, as the reports write them: IntelMQ's test reports of Shadowserver's parser
 * (certtools/intelmq, intelmq/tests/bots/parsers/shadowserver/testdata: scan_ssh.csv, scan_snmp.csv,
 * scan_http.csv, scan_telnet.csv, scan_ftp.csv, scan_cwmp.csv, scan_ssdp.csv, scan_sip.csv,
 * scan_ipp.csv, scan_dvr_dhcpdiscover.csv, device_id.csv) and Shadowserver's schema of its reports (The-Shadowserver-Foundation/report_schema,
 * intelmq.json: `scan_http`'s fields `http`, `http_code`, `www_authenticate`, `server`, ...;
 * `tag` the application protocol, `protocol` the transport).
 */
import type { BannerProtocol } from '../domain/device.js'
import type { ColumnMap, ColumnTarget } from './columns.js'
import { headerKey } from './header-key.js'

/**
 * Columns every one of Shadowserver's scan reports has (`timestamp`, `ip`, `port`, and `asn` and
 * `geo`, the country code, which are Shadowserver's words): a header with all five is one of its reports.
 */
const REPORT_KEYS: readonly string[] = ['timestamp', 'ip', 'port', 'asn', 'geo']

/** Whether a CSV header is that of one of Shadowserver's reports (see `REPORT_KEYS`). */
export function isShadowserverHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(headerKey))
  return REPORT_KEYS.every((k) => keys.has(k))
}

/**
 * The columns of a report that are read, by header key. The row's `tag` names the service's
 * protocol (`ssh`, `telnet-alt`, `cwmp`, `ssdp`; see `serviceTagProtocol`), of which the texts
 * marked `byRow` are; every other column (`hostname`, `sysname`, `tag`, `asn`, `geo`, `region`,
 * `city`, `naics`, `sic`, `sector`, `version`, `location`, `device_type`, `device_version`, the
 * certificate's and the key exchange's fields...) is not read.
 */
const READ: ReadonlyMap<string, ColumnTarget> = new Map<string, ColumnTarget>([
  // The host's address: its name, and with the port and the row's tag its id (`ip:port/<tag>`).
  ['ip', { kind: 'scalar', field: 'name' }],
  // scan_snmp: the sysDescr the agent answered (OID 1.3.6.1.2.1.1.1).
  ['sysdesc', { kind: 'scalar', field: 'sysDescr' }],
  // scan_ssh: the SSH identification string (`SSH-2.0-HUAWEI-1.5`).
  ['serverid_raw', { kind: 'banner', protocol: 'ssh' }],
  // What the port sent: a telnet or FTP greeting (scan_telnet, scan_ftp), scan_ssh's pre-login banner.
  ['banner', { kind: 'banner', protocol: 'other', byRow: true }],
  // The Server header: of a web server (scan_http, scan_cwmp), a UPnP answer (scan_ssdp), a SIP one (scan_sip).
  ['server', { kind: 'banner', protocol: 'http', field: 'server', byRow: true }],
  ['www_authenticate', { kind: 'banner', protocol: 'http', field: 'www-authenticate', byRow: true }],
  ['user_agent', { kind: 'banner', protocol: 'sip', field: 'user-agent', byRow: true }],
  // scan_ipp: the make and model the printer gives (IPP's printer-make-and-model, `HP Color LaserJet MFP M277dw`).
  ['printer_make_and_model', { kind: 'banner', protocol: 'other' }],
  // scan_dvr_dhcpdiscover: what a recorder answered to the discovery of Dahua's recorders (UDP
  // port 37810, `client.notifyDevInfo`): its MAC, its serial number and the maker it names itself.
  // The maker is a bare name (`Dahua`, `Intelbras`), which a banner of no field reads as nobody's
  // (the name alone is a web site's or some software's): read as a product's name, a weak hint.
  ['mac_address', { kind: 'macs' }],
  ['device_serial', { kind: 'scalar', field: 'serial' }],
  ['manufacturer', { kind: 'banner', protocol: 'other', field: 'product' }],
  // Shadowserver's own classification of the host (`Huawei`, `USG6000`): a scanner's conclusion,
  // read as the product nmap names is (weak, and not independent of what it read it from), never
  // as the manufacturer the inventory's owner declares.
  ['device_vendor', { kind: 'banner', protocol: 'other', field: 'product', byRow: true }],
  ['device_model', { kind: 'banner', protocol: 'other', field: 'product', byRow: true }],
].map(([k, t]) => [headerKey(k as string), t as ColumnTarget]))

/** Columns whose `|` stand for the line breaks of the text captured (`|MikroTik v6.45.3 (stable)|Login:`). */
const LINE_BREAK_KEYS: ReadonlySet<string> = new Set(['banner', 'sysdesc'])

/**
 * The column map of one of Shadowserver's reports (`isShadowserverHeader`): the columns of `READ`,
 * each row known by `ip:port/<tag>` (the IP its name), the row's `tag` naming its protocol. The
 * tag tells a service in one report from the same in another: the device_id report lists the
 * ports of the other reports, and a folder of reports reads it first (`…-device_id-…` sorts before
 * `…-scan_http-…`), so that known by `ip:port` the scan's row, with the text the host sent, was
 * skipped as a repeat of Shadowserver's reading. Undefined for any other header.
 */
export function shadowserverColumnMap(header: readonly string[]): ColumnMap | undefined {
  if (!isShadowserverHeader(header)) return undefined
  const keys = header.map(headerKey)
  const targets = keys.map((k) => READ.get(k))
  const port = keys.indexOf('port')
  const tag = keys.indexOf('tag')
  const lineBreaks = keys.flatMap((k, i) => (LINE_BREAK_KEYS.has(k) ? [i] : []))
  return {
    targets,
    usable: true,
    idFromName: true,
    ranks: targets.map(() => 0),
    service: tag === -1 ? { port } : { port, protocol: tag, tagInId: true },
    lineBreaks,
  }
}

/**
 * The banner protocol of a service a scanner's row names, by the names Shadowserver's `tag` gives
 * (`telnet-alt`, a telnet server on another port; `cwmp`, TR-069's HTTP; `ssdp`, UPnP's discovery;
 * several separated by commas, `ssl,vpn`), when it is not a protocol's own name. Else undefined.
 */
export function serviceTagProtocol(tag: string): BannerProtocol | undefined {
  for (const word of tag.toLowerCase().split(',')) {
    const p = TAG_PROTOCOLS.get(word.trim())
    if (p !== undefined) return p
  }
  return undefined
}
const TAG_PROTOCOLS: ReadonlyMap<string, BannerProtocol> = new Map<string, BannerProtocol>([
  ['ssh', 'ssh'], ['telnet', 'telnet'], ['telnet-alt', 'telnet'], ['ftp', 'ftp'], ['http', 'http'], ['https', 'https'],
  ['cwmp', 'http'], ['http-proxy', 'http'], ['ssdp', 'upnp'], ['upnp', 'upnp'], ['sip', 'sip'], ['snmp', 'snmp'],
  ['smtp', 'smtp'], ['rtsp', 'rtsp'],
])
