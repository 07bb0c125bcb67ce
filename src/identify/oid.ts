import type { EnterpriseBranch, EnterpriseEntry, EnterpriseTable } from '../catalog/types.js'
import { NO_MAKER_ENTERPRISE_NUMBERS } from '../catalog/enterprise-numbers.js'

/** The OID arc under which IANA private enterprise numbers live: iso.org.dod.internet.private.enterprises. */
const ENTERPRISES_ARC = [1, 3, 6, 1, 4, 1] as const

/**
 * NET-SNMP-MIB's netSnmpAgentOIDs: the sysObjectID a Net-SNMP agent reports unless its firmware sets
 * one (linux is .10). It names the agent's platform, not the device's maker.
 */
const NET_SNMP_AGENT_OIDS = '1.3.6.1.4.1.8072.3.2.'

/**
 * Whether the objects an agent answered under private enterprise numbers stand in for its
 * sysObjectID: when it gave none, or only Net-SNMP's default, as a Huawei power system's monitoring
 * unit does (LibreNMS tests/snmpsim/huawei-smu.snmprec: linux's netSnmpAgentOIDs.10, and its name
 * under Huawei's 2011), or one under another number that names no maker, as a Windows server's
 * agent does (LibreNMS tests/snmpsim/windows.snmprec: 311.1.1.3.1.2, and its chassis model
 * "PowerEdge 2650" under Dell's 674). Takes the sysObjectID in numeric form, as the inventory
 * readers keep it.
 */
export function privateObjectsStandIn(sysObjectID: string | undefined): boolean {
  if (sysObjectID === undefined) return true
  const oid = sysObjectID.startsWith('.') ? sysObjectID.slice(1) : sysObjectID
  if (oid.startsWith(NET_SNMP_AGENT_OIDS)) return true
  const arcs = parseOid(oid)
  const enterprise = arcs === undefined ? undefined : enterpriseOf(arcs)
  return enterprise !== undefined && NO_MAKER_ENTERPRISE_NUMBERS.has(enterprise)
}

/**
 * Parses an SNMP object identifier as agents and tools print it: `1.3.6.1.4.1.2011.2.62`,
 * `.1.3.6.1.4.1.2011.2.62`, `iso.3.6.1.4.1.2011.2.62`, `SNMPv2-SMI::enterprises.2011.2.62` or
 * `enterprises.2011.2.62`. Returns the arcs, or undefined when the text is not an OID.
 */
export function parseOid(text: string): number[] | undefined {
  let s = text.trim()
  if (s.length === 0) return undefined
  const colon = s.indexOf('::')
  if (colon >= 0) s = s.slice(colon + 2)
  if (s.startsWith('.')) s = s.slice(1)
  let prefix: number[] = []
  if (s.startsWith('iso.')) {
    prefix = [1]
    s = s.slice(4)
  } else if (s.startsWith('enterprises.')) {
    prefix = [...ENTERPRISES_ARC]
    s = s.slice('enterprises.'.length)
  }
  const parts = s.split('.')
  const arcs: number[] = [...prefix]
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,9})$/.test(part)) return undefined
    const n = Number(part)
    if (n > 0xffffffff) return undefined
    arcs.push(n)
  }
  if (arcs.length < 2) return undefined
  return arcs
}

/** The private enterprise number a sysObjectID falls under, or undefined if it is not under 1.3.6.1.4.1. */
export function enterpriseOf(arcs: readonly number[]): number | undefined {
  if (arcs.length <= ENTERPRISES_ARC.length) return undefined
  for (let i = 0; i < ENTERPRISES_ARC.length; i++) if (arcs[i] !== ENTERPRISES_ARC[i]) return undefined
  return arcs[ENTERPRISES_ARC.length]
}

/**
 * The enterprise number a sysObjectID falls under and what the catalog says of it: the entry of the
 * number, or of the deepest branch of its tree that another maker's devices report (HP's printers
 * under Hewlett-Packard's 11 are HP Inc.'s); a branch marked `exactly` only for that OID itself.
 */
export function enterpriseEntryOf(
  table: EnterpriseTable, arcs: readonly number[],
): { enterprise: number; entry: EnterpriseEntry | undefined } | undefined {
  const enterprise = enterpriseOf(arcs)
  if (enterprise === undefined) return undefined
  const entry = table.lookup(enterprise)
  if (entry?.branches === undefined) return { enterprise, entry }
  const below = ENTERPRISES_ARC.length + 1
  let best: EnterpriseBranch | undefined
  for (const b of entry.branches) {
    if (b.arcs.length > arcs.length - below || (best !== undefined && b.arcs.length <= best.arcs.length)) continue
    if (b.exactly && b.arcs.length !== arcs.length - below) continue
    if (b.arcs.every((a, i) => arcs[below + i] === a)) best = b
  }
  if (best === undefined) return { enterprise, entry }
  return { enterprise, entry: { number: enterprise, organization: best.organization, manufacturer: best.manufacturer } }
}
