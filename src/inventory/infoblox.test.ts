import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { isInfobloxCsvStart } from './infoblox.js'
import { parseInventory } from './parse.js'

// Infoblox NIOS's "Export data in Infoblox CSV import format": one section per object type, each
// under its `header-<type>` line, the required fields starred; fields as the Infoblox CSV Import
// Reference lists them (HostRecord: fqdn, view, addresses; HostAddress: parent, address,
// mac_address, configure_for_dhcp; FixedAddress: ip_address, name, mac_address, with
// 00:00:00:00:00:00 for a reservation). EA-Site is the predefined extensible attribute Site.
const HOSTS = [
  'header-network,address*,netmask*,network_view,comment',
  'network,10.10.0.0,255.255.0.0,default,Frankfurt campus',
  'header-hostrecord,fqdn*,view,addresses,ipv6_addresses,configure_for_dns,comment,disabled,EA-Site',
  'hostrecord,cam-gate-1.corp.example,default,10.10.1.21,,TRUE,,FALSE,FRA',
  'hostrecord,core1.corp.example,default,"10.10.0.1,10.10.0.2",,TRUE,,FALSE,FRA',
  'hostrecord,printer-3.corp.example,default,10.10.2.3,,TRUE,,FALSE,',
  'header-hostaddress,parent*,address*,mac_address,configure_for_dhcp',
  'hostaddress,cam-gate-1.corp.example,10.10.1.21,bc:ad:28:11:22:33,TRUE',
  'hostaddress,core1.corp.example,10.10.0.1,00:e0:fc:12:34:56,TRUE',
  'hostaddress,core1.corp.example,10.10.0.2,00:e0:fc:12:34:57,TRUE',
  'header-arecord,fqdn*,address*,view',
  'arecord,www.corp.example,10.10.3.1,default',
  '',
].join('\n')

describe('Infoblox CSV export', () => {
  it('reads each host record as a device known by its FQDN, with the MACs its host addresses give in the later section', () => {
    const { devices, diagnostics } = parseInventory(HOSTS, { file: 'ib-hosts.csv' })
    expect(diagnostics).toEqual([])
    // The network and the A record are no devices.
    expect(devices).toEqual([
      { id: 'cam-gate-1.corp.example', name: 'cam-gate-1.corp.example', site: 'FRA', macs: ['bc:ad:28:11:22:33'] },
      { id: 'core1.corp.example', name: 'core1.corp.example', site: 'FRA', macs: ['00:e0:fc:12:34:56', '00:e0:fc:12:34:57'] },
      { id: 'printer-3.corp.example', name: 'printer-3.corp.example' },
    ])
    expect(isInfobloxCsvStart(HOSTS)).toBe(true)
  })

  it('reads each fixed address as a device known by its address, and no device for a reservation', () => {
    const csv = 'header-fixedaddress,ip_address*,_new_ip_address,network_view,name,mac_address,comment,disabled\r\n' +
      'fixedaddress,10.10.1.21,,default,cam-gate-1,BC:AD:28:11:22:33,,FALSE\r\n' +
      'fixedaddress,10.10.1.23,,default,reserved-1,00:00:00:00:00:00,reservation,FALSE\r\n' +
      'fixedaddress,10.10.1.22,,default,,00:e0:fc:12:34:56,,FALSE\r\n'
    const { devices, diagnostics } = parseInventory(csv, { file: 'ib-fixed.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10.10.1.21', name: 'cam-gate-1', macs: ['bc:ad:28:11:22:33'] },
      { id: '10.10.1.22', name: '10.10.1.22', macs: ['00:e0:fc:12:34:56'] },
    ])
  })

  it('reports a row cut short at its line and reads the others', () => {
    const csv = HOSTS.replace('hostaddress,core1.corp.example,10.10.0.2,00:e0:fc:12:34:57,TRUE', 'hostaddress,core1.corp.example,10.10.0.2')
    const { devices, diagnostics } = parseInventory(csv, { file: 'ib-hosts.csv' })
    expect(diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^ib-hosts\.csv:10: error: .*3 fields, the header has 5/)])
    expect(devices.map((d) => [d.id, d.macs])).toEqual([
      ['cam-gate-1.corp.example', ['bc:ad:28:11:22:33']],
      ['core1.corp.example', ['00:e0:fc:12:34:56']],
      ['printer-3.corp.example', undefined],
    ])
  })
})
