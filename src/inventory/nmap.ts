/**
 * Nmap XML (`nmap -oX`) as an inventory: one device per host that is up, with the banners that
 * nmap's scripts captured, read as a stream with saxes (the XML is untrusted: saxes never expands
 * entities, and a DOCTYPE with an internal subset is refused; nmap's own `<!DOCTYPE nmaprun>` is
 * fine).
 *
 * What becomes what:
 * - the first IPv4 or IPv6 address is the id (else the MAC), the first host name the name;
 * - `<address addrtype="mac">` gives the MACs (nmap's own vendor guess is not used: the catalog
 *   reads the OUI itself);
 * - script output gives banners: `banner` (the raw greeting, protocol from the port's service),
 *   `http-server-header` (HTTP `server`), `http-title` (HTTP `title`), `rtsp-methods` is not a
 *   banner and is skipped; `snmp-sysdescr` gives the sysDescr (without the uptime line nmap adds);
 * - with `-sV`, the product nmap names for a port whose answer no script captured
 *   (`product="Huawei VRP sshd"`) is a banner of field `product` (with its version): nmap read it
 *   off the service's answer, so identification takes a maker it names as weak evidence (see
 *   `identify`); nmap's OS guesses are left out.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { BannerProtocol } from '../domain/device.js'
import { ScanXmlParser } from './scan-xml.js'

/** Scanners' service names (nmap's, also Nexpose's in lower case) → banner protocols; others are `other`. */
export const SERVICE_PROTOCOLS: Readonly<Record<string, BannerProtocol>> = {
  ssh: 'ssh', http: 'http', 'http-proxy': 'http', 'http-alt': 'http', https: 'https', 'https-alt': 'https',
  rtsp: 'rtsp', sip: 'sip', 'sip-tls': 'sip', telnet: 'telnet', ftp: 'ftp', smtp: 'smtp', submission: 'smtp',
  snmp: 'snmp', upnp: 'upnp',
}

type Host = {
  at: SourceLocation
  up: boolean
  ips: string[]
  macs: string[]
  names: string[]
  banners: { protocol: BannerProtocol; field?: string; text: string }[]
  sysDescr?: string
}

/** The protocol of the port being read: nmap's service name, https when it runs over TLS. */
function protocolOf(service: { name: string; tunnel: string } | undefined): BannerProtocol {
  if (service === undefined) return 'other'
  const p = SERVICE_PROTOCOLS[service.name] ?? 'other'
  return service.tunnel === 'ssl' && p === 'http' ? 'https' : p
}

/** Reads nmap XML fed in chunks; each host that is up goes to the sink as the JSON device shape. */
export class NmapRowParser extends ScanXmlParser {
  private host: Host | undefined
  private service: { name: string; tunnel: string } | undefined
  /** The product nmap -sV named for the port being read, and where that port's banners start. */
  private product: Host['banners'][number] | undefined
  private portStart = 0

  constructor(file: string) {
    super(file, 'the XML of an nmap scan (nmap -oX)')
    const p = this.parser
    p.on('opentag', (tag) => {
      if (this.failed) return
      const a = tag.attributes
      if (this.atRoot(tag.name, 'nmaprun', 'the inventories in XML that trustpath reads are nmap scans (nmap -oX, <nmaprun>), Nessus scans (<NessusClientData_v2>), Greenbone reports (<report>), Nexpose reports (<NexposeReport>), Qualys results (<SCAN>, <ASSET_DATA_REPORT>, <HOST_LIST_VM_DETECTION_OUTPUT>), CycloneDX BOMs (<bom>) and lldpd neighbour tables (<lldp>)')) return
      if (tag.name === 'host') {
        this.host = { at: this.here(), up: true, ips: [], macs: [], names: [], banners: [] }
        return
      }
      const host = this.host
      if (host === undefined) return
      switch (tag.name) {
        case 'status':
          host.up = a['state'] === 'up'
          break
        case 'address':
          if (a['addrtype'] === 'mac' && a['addr']) host.macs.push(a['addr'])
          else if ((a['addrtype'] === 'ipv4' || a['addrtype'] === 'ipv6') && a['addr']) host.ips.push(a['addr'])
          break
        case 'hostname':
          if (a['name']) host.names.push(a['name'])
          break
        case 'port':
          this.service = undefined
          this.product = undefined
          this.portStart = host.banners.length
          break
        case 'service': {
          this.service = { name: (a['name'] ?? '').toLowerCase(), tunnel: a['tunnel'] ?? '' }
          // Only what nmap matched in the answer (method="probed"), not a guess from the port number.
          const product = a['product']?.trim()
          if (product && a['method'] === 'probed') {
            const version = a['version']?.trim()
            this.product = { protocol: protocolOf(this.service), field: 'product', text: version ? `${product} ${version}` : product }
          }
          break
        }
        case 'script':
          this.script(host, a['id'] ?? '', a['output'] ?? '')
          break
      }
    })
    p.on('closetag', (tag) => {
      if (this.failed || this.host === undefined) return
      if (tag.name === 'port') {
        // nmap's product name stands in for a banner its scripts did not capture on this port (the
        // captured one says the same first-hand; both would count one answer twice).
        if (this.product !== undefined && this.host.banners.length === this.portStart) this.host.banners.push(this.product)
        this.product = undefined
        return
      }
      if (tag.name !== 'host') return
      const host = this.host
      this.host = undefined
      if (host.up) this.sink?.row(toDeviceShape(host), host.at)
    })
  }

  private script(host: Host, id: string, output: string): void {
    const text = output.trim()
    if (text === '') return
    switch (id) {
      case 'banner':
        host.banners.push({ protocol: protocolOf(this.service), text: unescapeBanner(text) })
        break
      case 'http-server-header':
        host.banners.push({ protocol: protocolOf(this.service) === 'https' ? 'https' : 'http', field: 'server', text })
        break
      case 'http-title':
        host.banners.push({ protocol: protocolOf(this.service) === 'https' ? 'https' : 'http', field: 'title', text })
        break
      case 'snmp-sysdescr':
        host.sysDescr ??= text.replace(/\n\s*System uptime:[^\n]*$/, '').trim()
        break
    }
  }
}

/** The banner script writes control characters as `\x0D`-style escapes; they are turned back. */
function unescapeBanner(text: string): string {
  return text.replace(/\\x([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))).trim()
}

function toDeviceShape(host: Host): Record<string, unknown> {
  return {
    id: host.ips[0] ?? host.macs[0],
    ...(host.names.length > 0 ? { name: host.names[0] } : {}),
    ...(host.macs.length > 0 ? { macs: host.macs } : {}),
    ...(host.sysDescr !== undefined ? { snmp: { sysDescr: host.sysDescr } } : {}),
    ...(host.banners.length > 0 ? { banners: host.banners } : {}),
  }
}
