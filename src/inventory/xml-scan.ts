/**
 * XML inventories: an nmap scan (`<nmaprun>`), a Nessus scan (`<NessusClientData_v2>`), a Greenbone
 * report (`<report>`, `<get_reports_response>`), a Rapid7 Nexpose or InsightVM report
 * (`<NexposeReport>`), Qualys results (`<SCAN>`, `<ASSET_DATA_REPORT>`,
 * `<HOST_LIST_VM_DETECTION_OUTPUT>`), a CycloneDX BOM (`<bom>`), lldpd's neighbour table
 * (`<lldp>`), WhatWeb's log (`<log>`) or a LAN scanner's export (Angry IP Scanner's
 * `<scanning_report>`, Advanced IP Scanner's `<Advanced_IP_scanner>`), PRTG's device table (`<devices>`),
 * GLPI Agent's network discovery or inventory (`<REQUEST>`), a camera's ISAPI device description
 * (`<DeviceInfo>`) or a recorder's ISAPI list of its IP channels (`<InputProxyChannelList>`), told apart by the root element, since all come as `.xml` (and as standard input).
 */
import { CycloneDxParser } from './cyclonedx.js'
import { GvmRowParser } from './gvm.js'
import { NessusRowParser } from './nessus.js'
import { NexposeRowParser } from './nexpose.js'
import { NmapRowParser } from './nmap.js'
import { QUALYS_ROOTS, QUALYS_SIMPLE_RETURN, QualysRowParser } from './qualys.js'
import { LldpdXmlParser } from './lldpd.js'
import { WhatWebXmlParser } from './whatweb.js'
import { LAN_SCAN_ROOTS, LanScanXmlParser } from './lan-scan-xml.js'
import { ISAPI_DEVICE_INFO_ROOT, ISAPI_INPUT_PROXY_ROOT, IsapiDeviceInfoParser, IsapiInputProxyParser } from './isapi.js'
import { GLPI_AGENT_ROOT, GlpiAgentXmlParser } from './glpi-agent.js'
import type { RowParser, RowSink } from './rows.js'
import { xmlRootName } from '../util/xml.js'
import { TOPOLOGY_HINT, ZABBIX_EXPORT_HINT } from './not-text.js'
import { TrustpathError } from '../errors.js'

/**
 * The roots of the topology formats in XML, by local name in lower case (GraphML, Gephi's GEXF,
 * Cytoscape's XGMML `<graph>`, SNDlib XML's `<network>`): such a file given as the inventory is
 * refused with the option that takes it, rather than with the list of the inventory roots.
 */
const TOPOLOGY_ROOTS: Readonly<Record<string, string>> = { graphml: 'GraphML', gexf: 'GEXF', graph: 'XGMML', network: 'SNDlib XML' }

/** What to give instead of a web page. */
const HTML_PAGE_HINT = 'A page shows devices but holds no inventory to read: give the file it was made from (a report\'s inventory, a scan\'s XML), or save its table as CSV.'

/** Text held while looking for the root element; past it the nmap reader takes the file and says what is wrong. */
const MAX_PROLOG = 1 << 20

/** Holds the start of an XML inventory until its root element tells which scanner wrote it. */
export class XmlScanParser implements RowParser {
  private readonly file: string
  /** The reader of a file whose root tells nothing (not XML, or neither root): the format asked for. */
  private readonly fallback: 'nmap' | 'nessus'
  private inner: RowParser | undefined
  private held = ''

  constructor(file: string, fallback: 'nmap' | 'nessus' = 'nmap') {
    this.file = file
    this.fallback = fallback
  }

  push(chunk: string, sink: RowSink): void {
    if (this.inner !== undefined) return this.inner.push(chunk, sink)
    this.held += chunk
    const root = xmlRootName(this.held)
    if (root === undefined && this.held.length < MAX_PROLOG) return
    this.choose(root)
    const text = this.held
    this.held = ''
    this.inner!.push(text, sink)
  }

  get readAs(): string | undefined {
    return this.inner?.readAs
  }

  end(sink: RowSink): void {
    if (this.inner === undefined) {
      this.choose(xmlRootName(this.held))
      this.inner!.push(this.held, sink)
      this.held = ''
    }
    this.inner!.end(sink)
  }

  private choose(root: string | undefined): void {
    const topology = root === undefined ? undefined : TOPOLOGY_ROOTS[root.slice(root.indexOf(':') + 1).toLowerCase()]
    if (topology !== undefined) {
      throw new TrustpathError('input_invalid', `the inventory is a topology in ${topology} (its root element is <${root}>), not an inventory`, { at: { file: this.file }, hint: TOPOLOGY_HINT })
    }
    // A web page (a saved page, or a report such as trustpath's own report.html) names no scanner:
    // read as nmap's XML it was "not well-formed XML", which said nothing of what it is.
    if (root !== undefined && root.toLowerCase() === 'html') {
      throw new TrustpathError('input_invalid', `the inventory is a web page in HTML (its root element is <${root}>), not an inventory`, { at: { file: this.file }, hint: HTML_PAGE_HINT })
    }
    if (root === 'zabbix_export') {
      throw new TrustpathError('input_invalid', 'the inventory is Zabbix\'s export in XML (zabbix_export_hosts.xml), which is not read', { at: { file: this.file }, hint: ZABBIX_EXPORT_HINT })
    }
    // A CycloneDX BOM in XML (`<bom xmlns="http://cyclonedx.org/schema/bom/1.6">`), named .xml as scans are.
    if (root === 'bom') {
      this.inner = new CycloneDxParser(this.file)
      return
    }
    // A Greenbone (OpenVAS, GVM) report: the exported file, or gvmd's answer to get_reports.
    if (root === 'report' || root === 'get_reports_response') {
      this.inner = new GvmRowParser(this.file)
      return
    }
    // A Rapid7 Nexpose or InsightVM report in the XML Export (2.0) format.
    if (root === 'NexposeReport') {
      this.inner = new NexposeRowParser(this.file)
      return
    }
    // Qualys results: a scan's, a scan report's or the Host List Detection API's answer; or the
    // API's error answer saved in their place, which the Qualys reader reports with its text.
    if (root !== undefined && (QUALYS_ROOTS.has(root) || root === QUALYS_SIMPLE_RETURN)) {
      this.inner = new QualysRowParser(this.file)
      return
    }
    if (root === 'lldp') {
      this.inner = new LldpdXmlParser(this.file)
      return
    }
    // A LAN scanner's export: Angry IP Scanner's, Advanced IP Scanner's.
    if (root !== undefined && LAN_SCAN_ROOTS.has(root)) {
      this.inner = new LanScanXmlParser(this.file)
      return
    }
    // A camera's or recorder's ISAPI device description (`GET /ISAPI/System/deviceInfo`).
    if (root === ISAPI_DEVICE_INFO_ROOT) {
      this.inner = new IsapiDeviceInfoParser(this.file)
      return
    }
    // A recorder's list of its IP channels (`GET /ISAPI/ContentMgmt/InputProxy/channels`).
    if (root === ISAPI_INPUT_PROXY_ROOT) {
      this.inner = new IsapiInputProxyParser(this.file)
      return
    }
    // GLPI Agent's (or FusionInventory Agent's) network discovery or inventory.
    if (root === GLPI_AGENT_ROOT) {
      this.inner = new GlpiAgentXmlParser(this.file)
      return
    }
    // WhatWeb's XML log (`whatweb --log-xml`).
    if (root === 'log') {
      this.inner = new WhatWebXmlParser(this.file)
      return
    }
    const nessus = root === 'NessusClientData_v2' || (root !== 'nmaprun' && this.fallback === 'nessus')
    this.inner = nessus ? new NessusRowParser(this.file) : new NmapRowParser(this.file)
  }
}
