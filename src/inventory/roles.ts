import type { DeviceRole } from '../domain/device.js'

/**
 * Role names as inventory tools write them ("Core Router", "access-switch", "gNodeB", "NVR") →
 * trustpath roles, by keyword, first match wins (RAN before radio: "radio unit" is RAN equipment).
 */
const ROLE_KEYWORDS: readonly (readonly [RegExp, DeviceRole])[] = [
  [/\b(ran|bbu|rru|aau|rrh|enodeb|gnodeb|nodeb|bts|base[ -]?station|radio[ -]?unit|baseband|cell[ -]?site)\b/, 'ran'],
  [/\b(core|backbone|p[ -]?router|pe|provider[ -]?edge|epc|5gc|upf|amf|smf)\b/, 'core'],
  [/\b(aggregation|aggregator|agg|distribution|metro)\b/, 'aggregation'],
  // A point-to-point radio link (UISP's role "ptp") carries backhaul.
  [/\b(transport|optical|dwdm|otn|sdh|microwave|backhaul|mux|ptp)\b/, 'transport'],
  // A wireless access point ("Wireless AP", "Unified AP") is access equipment, as "Access Point" reads;
  // its controller ("AP Controller", "Access Controller", "Wireless LAN Controller") is not.
  [/^(?!.*\bcontroller\b).*\b(?:access|olt|dslam|leaf|ap|wap)\b/, 'access'],
  // A wireless "station" alone is a subscriber's radio (UISP's role "station", airMAX's station
  // mode), a home Wi-Fi router a subscriber's too (UISP's "homeWiFi"); a base station is RAN, above.
  [/\b(cpe|ont|onu|customer|home[ -]?gateway|home[ -]?wi[ -]?fi|modem|residential)\b|^(wireless )?station$/, 'cpe'],
  [/\b(camera|cameras|cctv|nvr|dvr|video|surveillance)\b/, 'camera'],
  [/\b(radio|repeater|handset|dmr|tetra|p25|walkie)\b/, 'radio'],
  [/\b(server|servers|host|hypervisor|storage|vm)\b/, 'server'],
  [/\b(router|switch|firewall|gateway|load[ -]?balancer|pdu|console|spine|wlc|controller|appliance|patch[ -]?panel|printer|ups|convertor|converter)\b/, 'other'],
]

/**
 * Role names that say no role was given ("UNKNOWN" in Cisco Catalyst Center, "None", "N/A"): a
 * device with one of them has no role, as one with an empty cell.
 */
const NO_ROLE_TEXT = /^\s*(unknown|none|n\/?a|not applicable|unassigned|undefined|-+)\s*$/i

/** True when a role name says that the device has no role (see `NO_ROLE_TEXT`). */
export function isNoRole(name: string): boolean {
  return NO_ROLE_TEXT.test(name)
}

/** The trustpath role a free-text role name stands for, or undefined when no keyword matches. */
export function mapRole(name: string): DeviceRole | undefined {
  const text = name.toLowerCase().replace(/[_-]+/g, ' ')
  for (const [pattern, role] of ROLE_KEYWORDS) if (pattern.test(text)) return role
  return undefined
}
