/**
 * What nmap says of a host, whichever of its outputs it was read from (XML, normal or grepable):
 * the addresses, names and banners gathered while its lines or elements are read, and the device
 * that becomes of it. The readers share these rules so that one scan gives the same devices in
 * every output that carries the same information.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { BannerProtocol } from '../domain/device.js'
import { cpeVendor, deviceMakerCpe } from '../catalog/cpe.js'
import { deviceCertificateSubject } from './certificate.js'

/** Scanners' service names (nmap's, also Nexpose's in lower case) → banner protocols; others are `other`. */
export const SERVICE_PROTOCOLS: Readonly<Record<string, BannerProtocol>> = {
  ssh: 'ssh', http: 'http', 'http-proxy': 'http', 'http-alt': 'http', https: 'https', 'https-alt': 'https',
  rtsp: 'rtsp', sip: 'sip', 'sip-tls': 'sip', telnet: 'telnet', ftp: 'ftp', smtp: 'smtp', submission: 'smtp',
  snmp: 'snmp', upnp: 'upnp',
}

export type NmapBanner = { protocol: BannerProtocol; field?: string; text: string }

/** A host being read: where it starts, whether it is up, and what was found of it so far. */
export type NmapHost = {
  at: SourceLocation
  up: boolean
  ips: string[]
  macs: string[]
  names: string[]
  banners: NmapBanner[]
  sysDescr?: string
  /** The CPEs -sV gave the host's open ports that name a device maker, the first of each vendor. */
  cpes: string[]
  /**
   * Whether -sV named an open port's device type `webcam` (`devicetype="webcam"`, `Service Info:
   * Device: webcam`): the host is an IP camera, an endpoint that forwards no one else's traffic.
   */
  webcam?: true
}

/** The service nmap named for a port: its name in lower case, and `ssl` when it runs over TLS. */
export type NmapService = { name: string; tunnel: string }

export function newNmapHost(at: SourceLocation): NmapHost {
  return { at, up: true, ips: [], macs: [], names: [], banners: [], cpes: [] }
}

/** The protocol of a port's banners: nmap's service name, https when it runs over TLS. */
export function serviceProtocol(service: NmapService | undefined): BannerProtocol {
  if (service === undefined) return 'other'
  const p = SERVICE_PROTOCOLS[service.name] ?? 'other'
  return service.tunnel === 'ssl' && p === 'http' ? 'https' : p
}

/**
 * Adds what a script printed for the port of `service`: `banner` (the raw greeting),
 * `http-server-header` (HTTP `server`), `http-title` (HTTP `title`), `snmp-sysdescr` (the
 * sysDescr, without the uptime line nmap adds), `ssl-cert` (the subject of the certificate, field
 * `certificate`, when the device issued it to itself: see `deviceCertificateSubject`) and
 * `http-favicon` (the application nmap's favicon database names by the icon's MD5, `Fortinet`: a
 * scanner's conclusion, as -sV's product is, so field `product`; not `Unknown favicon MD5: ...`);
 * other scripts are no banner of the device.
 */
export function addScriptOutput(host: NmapHost, service: NmapService | undefined, id: string, output: string): void {
  const text = output.trim()
  if (text === '') return
  switch (id) {
    case 'banner':
      host.banners.push({ protocol: serviceProtocol(service), text: unescapeBanner(text) })
      break
    case 'http-server-header':
      host.banners.push({ protocol: serviceProtocol(service) === 'https' ? 'https' : 'http', field: 'server', text })
      break
    case 'http-title':
      host.banners.push({ protocol: serviceProtocol(service) === 'https' ? 'https' : 'http', field: 'title', text })
      break
    case 'ssl-cert': {
      // nmap's ssl-cert prints `Subject: <dn>` and, with -v, `Issuer: <dn>` lines, the names as
      // `commonName=FortiGate/organizationName=Fortinet Ltd.` (scripts/ssl-cert.nse).
      const line = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1]
      addCertificate(host, service, line('Subject'), line('Issuer'))
      break
    }
    case 'http-favicon':
      if (!/^Unknown favicon\b/i.test(text)) host.banners.push({ protocol: serviceProtocol(service) === 'https' ? 'https' : 'http', field: 'product', text })
      break
    case 'snmp-sysdescr':
      host.sysDescr ??= text.replace(/\n\s*System uptime:[^\n]*$/, '').trim()
      break
  }
}

/**
 * Adds the subject of a port's certificate as a banner of field `certificate` when the device issued
 * it to itself (see `deviceCertificateSubject`), once a port: the XML gives the names twice, in the
 * script's text and in its tables.
 */
export function addCertificate(host: NmapHost, service: NmapService | undefined, subject: string | undefined, issuer: string | undefined): void {
  const text = deviceCertificateSubject(subject, issuer)
  if (text === undefined) return
  const protocol = serviceProtocol(service)
  if (host.banners.some((b) => b.field === 'certificate' && b.protocol === protocol && b.text === text)) return
  host.banners.push({ protocol, field: 'certificate', text })
}

/**
 * The banners of what -sV concluded from a port's answer: field `product` for the product it named
 * (`Huawei VRP sshd`, with its version) and field `extrainfo` for the extra information of its
 * match (the `i/` field of the line of `nmap-service-probes` that matched: `Huawei SmartAX MT882
 * ADSL router UPnP`, `model: DS-2CD2032-I`, but mostly words such as `protocol 2.0` that name
 * nobody); none when it named neither. The device type (`d/`, `devicetype`) is one of nmap's
 * fixed classes (router, webcam, ...) and the OS type (`o/`, `ostype`) an OS name whose makers'
 * own systems nmap also gives as an OS CPE (`o/VRP $2/` with `cpe:/o:huawei:vrp:$2/`): neither is
 * read.
 */
export function serviceBanners(
  service: NmapService | undefined, product: string | undefined, version: string | undefined, extrainfo: string | undefined,
): NmapBanner[] {
  const out: NmapBanner[] = []
  const p = product?.trim()
  if (p) {
    const v = version?.trim()
    out.push({ protocol: serviceProtocol(service), field: 'product', text: v ? `${p} ${v}` : p })
  }
  const e = extrainfo?.trim()
  if (e) out.push({ protocol: serviceProtocol(service), field: 'extrainfo', text: e })
  return out
}

/**
 * Ends a port whose banners start at `portStart` in `host.banners`: what -sV concluded stands in
 * for a banner its scripts did not capture on this port (the captured one says the same
 * first-hand; both would count one answer twice).
 */
export function endPort(host: NmapHost, concluded: readonly NmapBanner[], portStart: number): void {
  if (host.banners.length === portStart) for (const b of concluded) host.banners.push(b)
}

/**
 * Adds a CPE that -sV gave an open port of the host (nmap's service match writes one per line of
 * `nmap-service-probes` that names the product): kept when it names a device maker (hardware, or
 * an operating system of one maker's devices, see `deviceMakerCpe`), once per vendor. Applications
 * (`cpe:/a:`) and general operating systems name nobody; nmap leaves the former out of its
 * `Service Info:` line, and the normal output lists only that line's CPEs.
 */
export function addServiceCpe(host: NmapHost, cpe: string): void {
  const kept = deviceMakerCpe(cpe)
  if (kept === undefined) return
  const vendor = cpeVendor(kept)?.toLowerCase()
  if (!host.cpes.some((c) => cpeVendor(c)?.toLowerCase() === vendor)) host.cpes.push(kept)
}

/**
 * The CPEs of `Service Info: Host: ...; OS: ...; Device: ...; CPE: cpe:/o:..., cpe:/h:...` (nmap's
 * output.cc, printserviceinfooutput: the hardware and OS CPEs -sV gave the host's open ports, each
 * once, fields joined by `; `, values by `, `); none when the line names none.
 */
export function serviceInfoCpes(line: string): string[] {
  const m = /(?:^Service Info: |; )CPE: ([^;]*)/.exec(line)
  return m === null ? [] : m[1]!.split(', ').map((c) => c.trim()).filter((c) => c !== '')
}

/**
 * nmap's banner script, and masscan's list output, write control characters (and masscan a few
 * more) as `\x0D`-style escapes; they are turned back.
 */
export function unescapeBanner(text: string): string {
  return text.replace(/\\x([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))).trim()
}

/**
 * A host as the JSON device shape: its first address the id (else the MAC), its first name the name.
 * The CPEs that name a device maker are banners of field `cpe`: nmap's -sV concluded them from the
 * same answers as the products and extra information it gave, so they stand in for those (the
 * evidence then shows the CPE, which names the vendor plainly), and identification weighs them as
 * it weighs a product, as weak evidence, all of one scan's conclusions as one piece.
 */
export function nmapHostToDeviceShape(host: NmapHost): Record<string, unknown> {
  const banners = host.cpes.length === 0 ? host.banners : [
    ...host.banners.filter((b) => b.field !== 'product' && b.field !== 'extrainfo'),
    ...host.cpes.map((text): NmapBanner => ({ protocol: 'other', field: 'cpe', text })),
  ]
  return {
    id: host.ips[0] ?? host.macs[0],
    ...(host.names.length > 0 ? { name: host.names[0] } : {}),
    ...(host.webcam === true ? { role: 'camera' } : {}),
    ...(host.macs.length > 0 ? { macs: host.macs } : {}),
    ...(host.sysDescr !== undefined ? { snmp: { sysDescr: host.sysDescr } } : {}),
    ...(banners.length > 0 ? { banners } : {}),
  }
}
