import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'

// GLPI Agent's XML of the network devices it discovers and inventories (`glpi-netdiscovery --save`),
// as GLPI's own test data holds it (glpi-project/glpi, tests/fixtures/inventories/).
describe("GLPI Agent's network discovery and inventory", () => {
  const catalog = loadDefaultCatalog()

  // 01-switch_discovery.xml, its device as written, and a second device of the same discovery
  // that answered no SNMP (its DNS name, address and MAC alone).
  const discovery = `<?xml version="1.0" encoding="UTF-8" ?>
<REQUEST>
  <CONTENT>
    <DEVICE>
      <AUTHPORT />  <AUTHPROTOCOL />  <AUTHSNMP>1</AUTHSNMP>
      <CONTACT>teclib@teclib.com</CONTACT>
      <DESCRIPTION>SG200-26 26-Port Gigabit Smart Switch</DESCRIPTION>
      <DNSHOSTNAME>192.168.1.252</DNSHOSTNAME>
      <ENTITY>0</ENTITY>
      <FIRMWARE>1.4.11.5</FIRMWARE>
      <IP>192.168.1.252</IP>
      <IPS>
        <IP>192.168.1.252</IP>
        <IP>10.30.152.14</IP>
        <IP>10.30.152.15</IP>
      </IPS>
      <LOCATION>moon</LOCATION>
      <MAC>10:bd:18:bc:d0:7c</MAC>
      <MANUFACTURER>Cisco</MANUFACTURER>
      <MODEL>SG200-26</MODEL>
      <SERIAL>TY678DFB</SERIAL>
      <SNMPHOSTNAME>switch_moon</SNMPHOSTNAME>
      <TYPE>NETWORKING</TYPE>
      <UPTIME>238 days, 19:26:54.00</UPTIME>
    </DEVICE>
    <DEVICE>
      <DNSHOSTNAME>ar-branch-7.example.net</DNSHOSTNAME>
      <IP>192.168.1.1</IP>
      <MAC>00:e0:fc:12:34:56</MAC>
    </DEVICE>
    <MODULEVERSION>5.1</MODULEVERSION>
    <PROCESSNUMBER>20</PROCESSNUMBER>
  </CONTENT>
  <DEVICEID>foo-bar-desktop-2022-09-20-16-43-09</DEVICEID>
  <QUERY>NETDISCOVERY</QUERY>
</REQUEST>
`

  it('reads every device of a discovery by its sysName, with its addresses, MAC, maker, model, serial, sysDescr and firmware', () => {
    const { devices, diagnostics } = parseInventory(discovery, { file: 'netdiscovery/192.168.1.252.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      {
        id: 'switch_moon', name: 'switch_moon', site: 'moon', manufacturer: 'Cisco', model: 'SG200-26', serial: 'TY678DFB',
        macs: ['10:bd:18:bc:d0:7c'], addresses: ['192.168.1.252', '10.30.152.14', '10.30.152.15'],
        snmp: { sysDescr: 'SG200-26 26-Port Gigabit Smart Switch' }, firmware: { version: '1.4.11.5' },
      },
      { id: 'ar-branch-7.example.net', name: 'ar-branch-7.example.net', macs: ['00:e0:fc:12:34:56'], addresses: ['192.168.1.1'] },
    ])
    // GLPI's kind of item, <TYPE>NETWORKING</TYPE>, is no model.
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['cisco', 'huawei'])
  })

  // connected_switch.xml, cut to its <INFO> and the port whose <CONNECTIONS> lists what is behind it.
  const inventory = `<?xml version="1.0" encoding="UTF-8"?>
<REQUEST>
  <CONTENT>
    <DEVICE>
      <INFO>
        <ID>0</ID>
        <IPS>
          <IP>192.168.1.1</IP>
        </IPS>
        <MAC>00:98:76:54:32:10</MAC>
        <NAME>SWITCH01</NAME>
        <SERIAL>9876543210</SERIAL>
        <TYPE>NETWORKING</TYPE>
        <UPTIME>0.00 seconds</UPTIME>
      </INFO>
      <PORTS>
        <PORT>
          <CONNECTIONS>
            <CONNECTION>
              <MAC>00:01:23:45:67:89</MAC>
              <MAC>aa:bb:cc:dd:ee:01</MAC>
            </CONNECTION>
          </CONNECTIONS>
          <IFDESCR>Port 5</IFDESCR>
          <IFNAME>port1.0.5</IFNAME>
          <MAC>00:98:76:54:32:10</MAC>
        </PORT>
      </PORTS>
    </DEVICE>
    <MODULEVERSION>6.1</MODULEVERSION>
    <PROCESSNUMBER>1</PROCESSNUMBER>
  </CONTENT>
  <DEVICEID>foo</DEVICEID>
  <QUERY>SNMPQUERY</QUERY>
</REQUEST>
`

  it("reads an inventory's device from its <INFO>, without the MACs of the devices behind its ports", () => {
    const { devices, diagnostics } = parseInventory(inventory, { file: 'netinventory/192.168.1.1.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'SWITCH01', name: 'SWITCH01', serial: '9876543210', macs: ['00:98:76:54:32:10'], addresses: ['192.168.1.1'] }])
  })

  it("says that the agent's inventory of a computer holds no network device, rather than that it is not XML read here", () => {
    const computer = '<?xml version="1.0" encoding="UTF-8" ?>\n<REQUEST>\n  <CONTENT>\n    <HARDWARE>\n      <NAME>pc-042</NAME>\n    </HARDWARE>\n  </CONTENT>\n  <DEVICEID>pc-042-2022-09-20-16-43-09</DEVICEID>\n  <QUERY>INVENTORY</QUERY>\n</REQUEST>\n'
    const { devices, diagnostics } = parseInventory(computer, { file: 'pc-042.xml' })
    expect(devices).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'malformed_xml', severity: 'error', wrongRoot: true }])
    expect(diagnostics[0]).toHaveProperty('problem', expect.stringContaining('its <QUERY> is INVENTORY, not a network discovery (NETDISCOVERY) or inventory (SNMPQUERY)'))
  })
})
