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
 *   `ssl-cert` the subject of a certificate the device issued itself, told by its text or, when the
 *   text has no issuer (nmap prints it only with -v), by the script's subject and issuer tables;
 * - with `-sV`, the product nmap names for a port whose answer no script captured
 *   (`product="Huawei VRP sshd"`) is a banner of field `product` (with its version), and the extra
 *   information of the match (`extrainfo="Huawei SmartAX MT882 ADSL router UPnP"`) one of field
 *   `extrainfo`: nmap read them off the service's answer, so identification takes a maker they
 *   name as weak evidence (see `identify`); `devicetype` and `ostype` are not read (see
 *   `serviceBanners`), nor are nmap's OS guesses.
 * - the CPEs -sV gave a service of an open port (`<service ...><cpe>cpe:/h:huawei:hg8245t</cpe>`)
 *   that name a device maker (hardware, or an OS only one maker's devices run) are banners of
 *   field `cpe` in place of the products (see nmap-host.ts); the `<cpe>` of `<osclass>` is OS
 *   detection's guess and is left out.
 */
import { addCertificate, addScriptOutput, addServiceCpe, endPort, newNmapHost, nmapHostToDeviceShape, serviceBanners } from './nmap-host.js'
import type { NmapBanner, NmapHost, NmapService } from './nmap-host.js'
import { ScanXmlParser } from './scan-xml.js'

/** Reads nmap XML fed in chunks; each host that is up goes to the sink as the JSON device shape. */
export class NmapRowParser extends ScanXmlParser {
  private host: NmapHost | undefined
  private service: NmapService | undefined
  /** What nmap -sV concluded for the port being read (product, extra information), and where that port's banners start. */
  private concluded: NmapBanner[] = []
  private portStart = 0
  /** Whether the port being read is open, and the text of a `<cpe>` of its `<service>` being read. */
  private portOpen = false
  private inService = false
  private cpe: string | undefined
  /** The error nmap ended its run with (`<finished errormsg>`), if any. */
  private errormsg: string | undefined
  /**
   * The names of the certificate an `ssl-cert` script is giving in its tables (`<table
   * key="subject">`, `<table key="issuer">`, one `<elem key="organizationName">` a name), which
   * nmap writes whatever the verbosity, while its text prints the issuer only with -v.
   */
  private sslCert: { subject: string[]; issuer: string[]; depth: number; table?: 'subject' | 'issuer'; elem?: string; text: string } | undefined

  override get readAs(): string {
    return this.errormsg === undefined ? super.readAs : `${super.readAs}, which nmap ended with the error "${this.errormsg}"`
  }

  constructor(file: string) {
    super(file, 'the XML of an nmap scan (nmap -oX)')
    const p = this.parser
    p.on('opentag', (tag) => {
      if (this.failed) return
      const a = tag.attributes
      if (this.atRoot(tag.name, 'nmaprun', 'the inventories in XML that trustpath reads are nmap scans (nmap -oX, <nmaprun>), Nessus scans (<NessusClientData_v2>), Greenbone reports (<report>), Nexpose reports (<NexposeReport>), Qualys results (<SCAN>, <ASSET_DATA_REPORT>, <HOST_LIST_VM_DETECTION_OUTPUT>), CycloneDX BOMs (<bom>), lldpd neighbour tables (<lldp>), WhatWeb logs (<log>), the exports of Angry IP Scanner (<scanning_report>) and Advanced IP Scanner (<Advanced_IP_scanner>), PRTG\'s device table (<devices>), GLPI Agent\'s network discovery or inventory (<REQUEST>) a camera\'s ISAPI device description (<DeviceInfo>) and a recorder\'s ISAPI list of its IP channels (<InputProxyChannelList>)')) return
      if (tag.name === 'host') {
        this.host = newNmapHost(this.here())
        return
      }
      // nmap's own error, when the run stopped on one (`<finished exit="error" errormsg="You
      // requested a scan type which requires root privileges.&#10;QUITTING!"/>`): the reason a scan
      // lists no host, said with it.
      if (tag.name === 'finished' && a['exit'] !== 'success' && typeof a['errormsg'] === 'string' && a['errormsg'].trim() !== '') {
        this.errormsg = a['errormsg'].replace(/\s+/g, ' ').trim()
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
          this.concluded = []
          this.portStart = host.banners.length
          this.portOpen = false
          break
        case 'state':
          this.portOpen = a['state'] === 'open'
          break
        case 'cpe':
          // Only a service's CPEs: those of <osclass> come from OS detection, a guess.
          if (this.inService) this.cpe = ''
          break
        case 'service': {
          this.inService = true
          this.service = { name: (a['name'] ?? '').toLowerCase(), tunnel: a['tunnel'] ?? '' }
          // Only what nmap matched in the answer (method="probed"), not a guess from the port number.
          if (a['method'] === 'probed') this.concluded = serviceBanners(this.service, a['product'], a['version'], a['extrainfo'])
          // nmap's device type of an open port's match: a webcam is a camera, an endpoint (no transit role).
          if (a['method'] === 'probed' && this.portOpen && a['devicetype'] === 'webcam') host.webcam = true
          break
        }
        case 'script':
          addScriptOutput(host, this.service, a['id'] ?? '', a['output'] ?? '')
          if (a['id'] === 'ssl-cert') this.sslCert = { subject: [], issuer: [], depth: 0, text: '' }
          break
        case 'table': {
          const cert = this.sslCert
          if (cert === undefined) break
          cert.depth++
          const key = String(a['key'] ?? '')
          if (cert.depth === 1) cert.table = key === 'subject' ? 'subject' : key === 'issuer' ? 'issuer' : undefined
          break
        }
        case 'elem': {
          const cert = this.sslCert
          if (cert?.table !== undefined && cert.depth === 1 && a['key']) {
            cert.elem = a['key']
            cert.text = ''
          }
          break
        }
      }
    })
    p.on('text', (text) => {
      if (this.cpe !== undefined) this.cpe += text
      if (this.sslCert?.elem !== undefined) this.sslCert.text += text
    })
    p.on('closetag', (tag) => {
      if (this.failed || this.host === undefined) return
      if (tag.name === 'service') this.inService = false
      const cert = this.sslCert
      if (cert !== undefined) {
        if (tag.name === 'elem' && cert.elem !== undefined && cert.table !== undefined) {
          if (cert.text.trim() !== '') cert[cert.table].push(`${cert.elem}=${cert.text.trim()}`)
          cert.elem = undefined
        } else if (tag.name === 'table') {
          cert.depth--
          if (cert.depth === 0) cert.table = undefined
        } else if (tag.name === 'script') {
          this.sslCert = undefined
          const dn = (names: string[]) => (names.length > 0 ? names.join('/') : undefined)
          addCertificate(this.host, this.service, dn(cert.subject), dn(cert.issuer))
        }
      }
      if (tag.name === 'cpe' && this.cpe !== undefined) {
        // As nmap's Service Info line: the CPEs of open ports.
        if (this.portOpen) addServiceCpe(this.host, this.cpe)
        this.cpe = undefined
        return
      }
      if (tag.name === 'port') {
        endPort(this.host, this.concluded, this.portStart)
        this.concluded = []
        return
      }
      if (tag.name !== 'host') return
      const host = this.host
      this.host = undefined
      if (host.up) this.sink?.row(nmapHostToDeviceShape(host), host.at)
    })
  }
}
