/**
 * The TLS certificate a scanned service presented, as a banner of the device: its subject names the
 * device's maker when the device made the certificate for itself (a FortiGate's
 * `CN=FortiGate,O=Fortinet Ltd.`, a Supermicro BMC's `CN=IPMI,OU=Software,O=Super Micro Computer`),
 * and names the site's owner when a public authority issued it (`O=Example Bank` signed by
 * DigiCert): only the former is the device's own word about itself.
 */
import { distinguishedNameOrganization, normalizeOrganization } from '../catalog/org-name.js'

/**
 * The distinctive words of an organisation's name, in lower case, its legal form dropped as the
 * registry names are (`normalizeOrganization`): `Fortinet Ltd.` → `fortinet`.
 */
function organizationWords(name: string): string[] {
  return normalizeOrganization(name).split(' ').filter((w) => w.length >= 3 && w !== 'the')
}

/**
 * True when two organisations' names are one organisation's: the first distinctive word of either
 * is a word of the other (`Fortinet Ltd.` and `Fortinet`, `Hangzhou Hikvision Digital Technology
 * Co., Ltd.` and `Hikvision`).
 */
function sameOrganization(a: string, b: string): boolean {
  const wa = organizationWords(a)
  const wb = organizationWords(b)
  if (wa.length === 0 || wb.length === 0) return false
  return wb.includes(wa[0]!) || wa.includes(wb[0]!)
}

/**
 * The subject of a certificate when the device issued it to itself, as the text the scanner wrote it
 * in; undefined when a certificate authority of another organisation issued it, or when the issuer
 * is not known (a capture that kept the subject alone cannot tell). The device issued it when the
 * issuer is the subject (self-signed) or an authority of the subject's own organisation (a
 * FortiGate's certificate signed by `CN=FGVMEVMBF57GNJF3,O=Fortinet`).
 *
 * @example
 * deviceCertificateSubject('commonName=FortiGate/organizationName=Fortinet Ltd.', 'commonName=FortiGate/organizationName=Fortinet Ltd.')
 * // 'commonName=FortiGate/organizationName=Fortinet Ltd.'
 */
export function deviceCertificateSubject(subject: string | undefined, issuer: string | undefined): string | undefined {
  const s = subject?.trim()
  const i = issuer?.trim()
  if (!s || !i) return undefined
  if (s === i) return s
  const so = distinguishedNameOrganization(s)
  const io = distinguishedNameOrganization(i)
  return so !== undefined && io !== undefined && sameOrganization(so, io) ? s : undefined
}

/**
 * A distinguished name written from the attribute map a JSON scanner gives (Shodan's
 * `ssl.cert.subject`, `{"CN": "FortiGate", "O": "Fortinet Ltd."}`), in RFC 4514's order of the
 * map: `CN=FortiGate,O=Fortinet Ltd.`; undefined when the map holds no text.
 */
export function distinguishedNameOf(attributes: unknown): string | undefined {
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return undefined
  const parts: string[] = []
  for (const [key, value] of Object.entries(attributes as Record<string, unknown>)) {
    const v = Array.isArray(value) ? value.find((x) => typeof x === 'string') : value
    if (typeof v === 'string' && v.trim() !== '') parts.push(`${key}=${v.trim().replaceAll(',', '\\,')}`)
  }
  return parts.length > 0 ? parts.join(',') : undefined
}
