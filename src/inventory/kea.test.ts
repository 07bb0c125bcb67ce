import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { parseInventory } from './parse.js'

/**
 * A Kea DHCPv4 lease file as Kea writes it (metal-stack/metal-bmc, internal/reporter/kea-leases4.test.csv):
 * a lease written again with a valid lifetime of 0 (removed), a declined lease without its
 * hardware address, and one lease with a host name.
 */
const LEASES4 = `address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context,pool_id
192.168.1.254,00:00:00:00:00:02,,172800,1768054560,1,0,0,,0,,0
10.0.0.128,00:00:00:00:00:03,,172800,3472123442,1,0,0,,4,,0
10.0.0.129,00:00:00:00:00:04,,172800,3472123442,1,0,0,,0,,0
10.0.0.129,00:00:00:00:00:04,,0,3472123442,1,0,0,,0,,0
10.0.0.130,,,172800,3472123442,1,0,0,,0,,0
10.0.0.1,00:00:00:00:00:01,,172800,3472123442,1,0,0,storage01,0,,0
`

describe('Kea lease files', () => {
  it('reads each client once, known by its leased address and named by its host name', () => {
    const { devices, diagnostics } = parseInventory(LEASES4, { file: 'kea-leases4.csv' })
    expect(devices).toEqual([
      { id: '192.168.1.254', macs: ['00:00:00:00:00:02'] },
      { id: '10.0.0.128', macs: ['00:00:00:00:00:03'] },
      { id: '10.0.0.129', macs: ['00:00:00:00:00:04'] },
      { id: '10.0.0.1', name: 'storage01', macs: ['00:00:00:00:00:01'] },
    ])
    // The declined lease is an address without a client: said, not an error; the lease written
    // again is the same client, not a repeated id.
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'kea-leases4.csv:6: warning: this lease of "10.0.0.130" names no hardware address (a declined lease, or a DHCPv6 client known by its DUID alone): an address, not a device, it is skipped.',
    ])
  })

  it('takes the hardware address, not the client identifier beside it (01: and the MAC)', () => {
    const text = 'address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context\n' +
      '192.168.2.27,ac:1f:6b:35:ac:62,01:ac:1f:6b:35:ac:62,3600,1593243021,1,0,0,,1,\n'
    expect(parseInventory(text, { file: 'kea-leases.csv' }).devices).toEqual([{ id: '192.168.2.27', macs: ['ac:1f:6b:35:ac:62'] }])
  })

  it('reads a DHCPv6 lease file: an address leased is the client\'s, a prefix delegated is not', () => {
    // Kea's memfile6 header; an IA_NA lease as a module's fixture writes one, and an IA_PD lease as
    // another's test of Kea 2.x lease files does (a /60 delegated to a router).
    const text = 'address,duid,valid_lifetime,expire,subnet_id,pref_lifetime,lease_type,iaid,prefix_len,fqdn_fwd,fqdn_rev,hostname,hwaddr,state,user_context,pool_id\n' +
      '2001:db8:1::50,00:01:02:03,4000,4102444800,1,3000,0,1,128,0,0,bravo,00:11:22:33:44:77,0,,0\n' +
      'fd00:50:1:a00::,00:03:00:01:aa,3600,9999,1,1800,2,1,60,0,0,,AA:BB:CC:DD:EE:FF,0,,0\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'kea-leases6.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '2001:db8:1::50', name: 'bravo', macs: ['00:11:22:33:44:77'] },
      { id: 'aa:bb:cc:dd:ee:ff', macs: ['aa:bb:cc:dd:ee:ff'] },
    ])
  })

  it('leaves an asset list whose address column is a postal address as it was', () => {
    const { devices } = parseInventory('name,address,model\nsw1,"12 Main St",S5720-28X\n', { file: 'assets.csv' })
    expect(devices).toEqual([{ id: 'sw1', name: 'sw1', model: 'S5720-28X' }])
  })
})
