/**
 * ISC Kea's lease files (its `memfile` lease database: `kea-leases4.csv`, `kea-leases6.csv`), read
 * as an address table (addresses.ts): one device per MAC, known by its leased address when no
 * other MAC has it, named by the lease's host name.
 *
 * The columns, as Kea writes them (isc-projects/kea, src/lib/dhcpsrv/csv_lease_file4.cc and
 * csv_lease_file6.cc, `initColumns`): DHCPv4 `address,hwaddr,client_id,valid_lifetime,expire,
 * subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context` (and `pool_id` since 2.5); DHCPv6
 * `address,duid,valid_lifetime,expire,subnet_id,pref_lifetime,lease_type,iaid,prefix_len,
 * fqdn_fwd,fqdn_rev,hostname,hwaddr,state,...`, where `lease_type` 2 is a prefix delegated
 * (IA_PD), its `address` a prefix and no address of the client. The file is a journal: a lease renewed, released
 * or expired is written again below (a `valid_lifetime` of 0 marks a lease removed), so one
 * client is on several rows; they are one device.
 *
 * Read by the generic column mapping, `address` was no column trustpath knew, so the leased
 * address was lost and a lease without a host name was known by its MAC alone; each row again of a
 * client was a repeated id, warned of; and a declined lease, whose hardware address Kea clears,
 * was an error for want of a name. `client_id` is the DHCP client identifier: of type 01, `01:`
 * and the MAC, read as the MAC when `hwaddr` is empty; of other types (255, an IAID and a DUID)
 * no MAC. A lease with no MAC but a host name is a device of its address, named so.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { parseMac } from '../catalog/mac.js'
import { isAddress, MacEntries } from './addresses.js'
import { clientIdMac } from './device-input.js'
import type { CsvRecord } from './csv.js'
import { hasHeaderWidth, type RowSink } from './rows.js'

/** A header cell as Kea writes it: lower case, no spaces. */
function key(cell: string): string {
  return cell.trim().toLowerCase()
}

/** Whether a CSV header is that of a Kea lease file: `address` first, its lifetimes and subnet, and the client's `hwaddr` or `duid`. */
export function isKeaLeaseHeader(cells: readonly string[]): boolean {
  if (cells.length === 0 || key(cells[0]!) !== 'address') return false
  const keys = new Set(cells.map(key))
  return keys.has('valid_lifetime') && keys.has('expire') && keys.has('subnet_id') && (keys.has('hwaddr') || keys.has('duid'))
}

/** The rows of a Kea lease file, gathered by the MAC of each lease (see the top of this file). */
export class KeaLeaseRows {
  private readonly address: number
  private readonly hwaddr: number
  private readonly hostname: number
  private readonly clientId: number
  private readonly leaseType: number
  /** The leases without a MAC that name their host, by address: devices of their own, handed on after the others. */
  private readonly unmatched = new Map<string, { at: SourceLocation; name: string }>()
  private readonly width: number
  private readonly file: string
  private readonly at: (line: number) => SourceLocation
  private readonly entries = new MacEntries()

  constructor(header: readonly string[], at: (line: number) => SourceLocation) {
    const keys = header.map(key)
    this.address = keys.indexOf('address')
    this.hwaddr = keys.indexOf('hwaddr')
    this.hostname = keys.indexOf('hostname')
    this.clientId = keys.indexOf('client_id')
    this.leaseType = keys.indexOf('lease_type')
    this.width = header.length
    this.at = at
    this.file = at(1).file
  }

  add(record: CsvRecord, sink: RowSink): void {
    if (!hasHeaderWidth(record, this.width, this.file, sink)) return
    const cells = record.cells
    // A DHCPv6 prefix delegation (`lease_type` 2, IA_PD: `fd00:50:1:a00::` with its `prefix_len`)
    // leases a prefix to a router for the network behind it, not an address of the router.
    const address = this.leaseType >= 0 && cells[this.leaseType]!.trim() === '2' ? '' : cells[this.address]!.trim()
    const name = this.hostname < 0 ? '' : cells[this.hostname]!.trim().replace(/\.$/, '')
    const hwaddr = this.hwaddr < 0 ? '' : cells[this.hwaddr]!.trim()
    const mac = parseMac(hwaddr !== '' || this.clientId < 0 ? hwaddr : clientIdMac(cells[this.clientId]!))
    if (mac !== undefined) return this.entries.add(mac, isAddress(address) ? [address] : [], name === '' ? undefined : name, this.at(record.line))
    if (name !== '' && address !== '') {
      if (!this.unmatched.has(address)) this.unmatched.set(address, { at: this.at(record.line), name })
      return
    }
    // A declined lease (Kea clears its hardware address), or a DHCPv6 client known by its DUID alone.
    sink.diagnostics.push({ code: 'row_without_device', severity: 'warning', at: this.at(record.line), reason: 'lease_without_mac', text: address })
  }

  end(sink: RowSink): void {
    this.entries.emit(sink)
    for (const [address, { at, name }] of this.unmatched) sink.row({ id: address, name }, at)
    this.unmatched.clear()
  }
}
