/**
 * NetBox and Nautobot device exports (the `/api/dcim/devices/` JSON, one page or `{"results": [...]}`): NetBox's
 * own vocabulary first (`NetboxDevice`), then one conversion to the JSON device shape.
 */

import { lifecycleStatus } from '../domain/lifecycle.js'
import { addressesIn } from './addresses.js'

/** The fields trustpath reads from a NetBox device object (NetBox 3.x and 4.x). */
export type NetboxDevice = {
  id?: number
  name?: string | null
  serial?: string
  site?: NetboxRef | null
  /** Nautobot 2 has locations in place of sites. */
  location?: NetboxRef | null
  tenant?: NetboxRef | null
  /** NetBox 4 calls it `role`, NetBox 3 `device_role`. */
  role?: NetboxRef | null
  device_role?: NetboxRef | null
  device_type?: { model?: string; part_number?: string; manufacturer?: NetboxRef | null } | null
  platform?: NetboxRef | null
  primary_mac_address?: { mac_address?: string } | null
  /**
   * The device's interfaces, when a GraphQL query asked for them (`device_list { name interfaces {
   * mac_address } }`): up to NetBox 4.1 each has its `mac_address`, from 4.2 its
   * `primary_mac_address` and `mac_addresses` objects.
   */
  interfaces?: { mac_address?: string | null; primary_mac_address?: { mac_address?: string } | null; mac_addresses?: { mac_address?: string }[] | null }[] | null
  /**
   * The device's primary addresses, each an IP address record (`{"id": 17, "address": "10.20.0.17/24",
   * ...}`); `primary_ip` repeats one of them (netbox-community/netbox#1699). Nautobot writes the same,
   * a record known by its `id` and `url` alone unless the answer is nested.
   */
  primary_ip?: NetboxIp | null
  primary_ip4?: NetboxIp | null
  primary_ip6?: NetboxIp | null
  /** Its out-of-band management address (NetBox 4.0 and later, netbox-community/netbox#8137). */
  oob_ip?: NetboxIp | null
  latitude?: number | null
  longitude?: number | null
  /**
   * NetBox: `{"value": "active", "label": "Active"}`; Nautobot: the status record, named in `name`
   * and `display` when the answer is nested (`?depth=1`), else only its `id` and `url`.
   */
  status?: { value?: string; label?: string; name?: string; display?: string } | string | null
}

type NetboxIp = { id?: number; address?: string }

type NetboxRef = { id?: number; name?: string; slug?: string; display?: string }

/** True for an object shaped like a NetBox device (nested `device_type`, `role` or `device_role` objects). */
export function isNetboxDevice(value: Record<string, unknown>): boolean {
  const nested = (k: string) => typeof value[k] === 'object' && value[k] !== null && !Array.isArray(value[k])
  return nested('device_type') || nested('device_role') || (nested('role') && !('macs' in value))
}

/**
 * A NetBox device as the JSON device shape: the name is the id (NetBox ids are database numbers
 * no one else uses; `netbox-<id>` when the device has no name), the site and tenant slugs become
 * site and network, the device type gives manufacturer and model, its primary and out-of-band IP
 * address records its addresses.
 */
export function fromNetboxDevice(nb: NetboxDevice): Record<string, unknown> {
  const ref = (r: NetboxRef | null | undefined) => r?.slug ?? r?.name ?? undefined
  const role = nb.role ?? nb.device_role
  const name = typeof nb.name === 'string' && nb.name.trim() !== '' ? nb.name : undefined
  return {
    id: name ?? (nb.id !== undefined ? `netbox-${nb.id}` : undefined),
    name,
    site: ref(nb.site) ?? ref(nb.location),
    role: role?.slug ?? role?.name,
    network: ref(nb.tenant),
    manufacturer: nb.device_type?.manufacturer?.name ?? nb.device_type?.manufacturer?.slug,
    model: nb.device_type?.model ?? nb.device_type?.part_number,
    serial: nb.serial === '' ? undefined : nb.serial,
    macs: nb.primary_mac_address?.mac_address ? [nb.primary_mac_address.mac_address] : interfaceMacs(nb),
    addresses: ipAddresses(nb),
    lat: nb.latitude ?? undefined,
    lon: nb.longitude ?? undefined,
    status: statusOf(nb.status),
  }
}

/**
 * The text of a recorded lifecycle status (see `Device.status`) as the JSON of a tool writes it: a
 * string; NetBox's `{"value": "decommissioning", "label": "Decommissioning"}` and Nautobot's status
 * record read by their label (as the tools' CSV exports write it), Snipe-IT's `status_label` by its
 * `name`, a ServiceNow field asked with display values by its `display_value`. Anything else (a
 * number, a boolean, a record known by its id alone) gives undefined: no status, and no error.
 */
export function statusOf(v: unknown): string | undefined {
  if (typeof v === 'string') return lifecycleStatus(v.trim())
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined
  const o = v as Record<string, unknown>
  for (const k of ['label', 'name', 'display_value', 'display', 'value']) {
    const t = o[k]
    if (typeof t !== 'string' || t.trim() === '') continue
    // Snipe-IT: an asset checked out to someone keeps its label, whatever its type ("Pending"), and
    // its `status_meta` says "deployed"; its reports write "Ready to Deploy (Deployed)" (Snipe-IT
    // issue #6257, https://github.com/grokability/snipe-it/issues/6257). Read so, it is in service.
    const deployed = o['status_meta'] === 'deployed' && !/\(deployed\)\s*$/i.test(t) ? ' (Deployed)' : ''
    return lifecycleStatus(`${t.trim()}${deployed}`)
  }
  return undefined
}

/**
 * The addresses of a device's primary and out-of-band IP address records, without their prefix
 * length, each once; undefined when none.
 */
function ipAddresses(nb: NetboxDevice): string[] | undefined {
  let found: string[] | undefined
  for (const ip of [nb.primary_ip4, nb.primary_ip6, nb.primary_ip, nb.oob_ip]) {
    const text = typeof ip === 'object' && ip !== null ? ip.address : undefined
    if (typeof text === 'string') found = addressesIn(text, found)
  }
  return found
}

/** The MACs of a device's interfaces (see `NetboxDevice.interfaces`), each once; undefined when none. */
function interfaceMacs(nb: NetboxDevice): string[] | undefined {
  if (!Array.isArray(nb.interfaces)) return undefined
  const macs = new Set<string>()
  for (const i of nb.interfaces) {
    if (typeof i !== 'object' || i === null) continue
    for (const m of [i.mac_address, i.primary_mac_address?.mac_address, ...(Array.isArray(i.mac_addresses) ? i.mac_addresses.map((a) => a?.mac_address) : [])]) {
      if (typeof m === 'string' && m.trim() !== '') macs.add(m)
    }
  }
  return macs.size > 0 ? [...macs] : undefined
}
