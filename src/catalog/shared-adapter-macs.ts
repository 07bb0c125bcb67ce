import type { ManufacturerSlug, Source } from '../domain/manufacturer.js'

/**
 * MAC addresses that a VPN client gives its virtual network adapter on every computer it is
 * installed on: a block of the client's maker, but the same address on thousands of PCs of other
 * makers. An asset inventory that lists all of a laptop's MACs (Lansweeper, Snipe-IT, an
 * endpoint manager) lists this one too, and it made a Dell laptop Cisco's or Fortinet's. Such a
 * MAC names the software's virtual adapter: identification weighs it as a network interface's MAC
 * (a component, unless other evidence names its maker too).
 */
export type SharedAdapterMac = {
  /** The address, 12 upper-case hex digits. */
  mac: string
  /** The VPN client whose virtual adapter has it. */
  adapter: string
  manufacturer: ManufacturerSlug
  source: Source
}

/** The VPN clients' virtual adapter MACs the catalog knows, each with the source that shows it on many computers. */
export const SHARED_ADAPTER_MACS: readonly SharedAdapterMac[] = [
  {
    mac: '00059A3C7A00',
    adapter: 'Cisco AnyConnect (Secure Client) Virtual Miniport Adapter',
    manufacturer: 'cisco',
    source: {
      title: 'Netwrix Endpoint Policy Manager knowledge base: "When you use Cisco AnyConnect, the same MAC address is used for all the computers you register. Specifically it will use (00-05-9A-3C-7A-00)"; Get-NetAdapter listings of Windows PCs showing the adapter with that address',
    },
  },
  {
    mac: '00090FAA0001',
    adapter: 'Fortinet SSL VPN Virtual Ethernet Adapter (FortiClient)',
    manufacturer: 'fortinet',
    source: {
      title: 'route print of a Windows PC with FortiClient ("Fortinet SSL VPN Virtual Ethernet Adapter 00-09-0F-AA-00-01"); a Snipe-IT synchronisation tool\'s list of MACs to ignore ("00-09-0f-aa-00-01", "0009.0faa.0001", "0009.0ffe.0001")',
    },
  },
  {
    mac: '00090FFE0001',
    adapter: 'FortiClient virtual adapter',
    manufacturer: 'fortinet',
    source: {
      title: 'A FortiClient protocol analysis listing the adapters the client skips, "Fortinet virtual MACs 00-09-0F-09-00-01 and 00-09-0F-FE-00-01"; the same Snipe-IT synchronisation tool\'s list of MACs to ignore',
    },
  },
  {
    mac: '00090F090001',
    adapter: 'FortiClient virtual adapter',
    manufacturer: 'fortinet',
    source: {
      title: 'A FortiClient protocol analysis listing the adapters the client skips, "Fortinet virtual MACs 00-09-0F-09-00-01 and 00-09-0F-FE-00-01"',
    },
  },
]

const BY_MAC: ReadonlyMap<number, SharedAdapterMac> = new Map(SHARED_ADAPTER_MACS.map((s) => [Number.parseInt(s.mac, 16), s]))

/** The 24-bit prefixes (six hex digits) that hold a shared adapter MAC: only MACs in these blocks need the lookup. */
export const SHARED_ADAPTER_PREFIXES: ReadonlySet<string> = new Set(SHARED_ADAPTER_MACS.map((s) => s.mac.slice(0, 6)))

/** The virtual adapter that has this MAC (a 48-bit integer) on every computer, if any. */
export function sharedAdapterOf(mac: number): SharedAdapterMac | undefined {
  return BY_MAC.get(mac)
}
