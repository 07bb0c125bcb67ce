import type { Source } from '../domain/manufacturer.js'

/**
 * Servers that the firmware of many makers' devices embeds, named by their banners: an SSH server,
 * a small web server. A banner that names only one of them names no device maker, and the catalog
 * keeps no pattern for it (see `BANNER_PATTERNS`); this list lets a lookup say so rather than
 * "nothing matches", which would read as a gap in the catalog.
 */
export type GenericServer = {
  /** The software as its authors name it. */
  name: string
  /** What it is. */
  what: string
  pattern: RegExp
  /** Banners that name it, as the source quotes them; each matches `pattern`. */
  examples: readonly string[]
}

/** A header name or SSH version before the server's name, as scanners keep them (`Server: `, `SSH-2.0-`). */
const LEAD = String.raw`(?:^|^Server:\s*|^SSH-[12]\.\d+-)`

export const GENERIC_SERVERS: readonly GenericServer[] = [
  { name: 'OpenSSH', what: 'an SSH server', pattern: new RegExp(`${LEAD}OpenSSH[_ ]\\d+(?:\\.\\d+)*(?:p\\d+)?(?:\\s.*)?$`), examples: ['SSH-2.0-OpenSSH_7.4', 'SSH-2.0-OpenSSH_8.2p1 Ubuntu-4ubuntu0.5'] },
  { name: 'Dropbear', what: 'an SSH server for embedded systems', pattern: new RegExp(`${LEAD}dropbear(?:[_ ]\\d|$)`, 'i'), examples: ['SSH-2.0-dropbear_2019.78', 'SSH-2.0-dropbear'] },
  { name: 'libssh', what: 'an SSH library', pattern: new RegExp(`${LEAD}libssh[_-]\\d`), examples: ['SSH-2.0-libssh-0.6.0', 'SSH-2.0-libssh_0.8.0'] },
  { name: 'lighttpd', what: 'a web server', pattern: new RegExp(`${LEAD}lighttpd(?:/\\d[\\w.-]*)?\\s*$`, 'i'), examples: ['lighttpd/1.4.35', 'lighttpd'] },
  { name: 'Boa', what: 'a web server for embedded systems', pattern: new RegExp(`${LEAD}Boa/\\d[\\w.-]*\\s*$`), examples: ['Boa/0.94.14rc21'] },
  { name: 'GoAhead', what: 'a web server for embedded systems', pattern: new RegExp(`${LEAD}GoAhead-(?:Webs|http)\\b`), examples: ['GoAhead-Webs', 'GoAhead-Webs/2.5.0 PeerSec-MatrixSSL/3.4.2-OPEN'] },
  { name: 'mini_httpd', what: 'a web server', pattern: new RegExp(`${LEAD}mini_httpd(?:/\\d|\\s*$)`), examples: ['mini_httpd/1.19 19dec2003'] },
  { name: 'micro_httpd', what: 'a web server', pattern: new RegExp(`${LEAD}micro_httpd\\s*$`), examples: ['micro_httpd'] },
  { name: 'RomPager', what: 'an embedded web server (Allegro Software)', pattern: new RegExp(`${LEAD}(?:Allegro-Software-)?RomPager/\\d`), examples: ['RomPager/4.07 UPnP/1.0', 'Allegro-Software-RomPager/4.34'] },
  { name: 'nginx', what: 'a web server', pattern: new RegExp(`${LEAD}nginx(?:/\\d[\\w.]*)?(?:\\s*\\([^)]*\\))?\\s*$`), examples: ['nginx/1.18.0', 'nginx'] },
  { name: 'Apache httpd', what: 'a web server', pattern: new RegExp(`${LEAD}Apache(?:/\\d[\\w.]*)?(?:\\s*\\([^)]*\\))?\\s*$`), examples: ['Apache/2.4.29 (Ubuntu)', 'Apache'] },
]

/** Where the list comes from: fingerprint databases that file these servers under their authors, not a device maker. */
export const GENERIC_SERVERS_SOURCE: Source = {
  title: 'Rapid7 Recog fingerprint database, xml/ssh_banners.xml and xml/http_servers.xml: OpenSSH, Dropbear, libssh, lighttpd, Boa, GoAhead-Webs, mini_httpd, micro_httpd, RomPager, nginx and Apache are fingerprinted as their authors\' software, on devices of many makers',
  url: 'https://github.com/rapid7/recog/tree/main/xml',
}

/**
 * The generic server a banner names and nothing else, or undefined.
 *
 * @example
 * genericServerOf('SSH-2.0-dropbear_2019.78')?.name // 'Dropbear'
 */
export function genericServerOf(text: string): GenericServer | undefined {
  const t = text.trim()
  return GENERIC_SERVERS.find((s) => s.pattern.test(t))
}
