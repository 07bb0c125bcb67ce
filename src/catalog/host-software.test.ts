import { describe, expect, it } from 'vitest'
import { HOST_SOFTWARE, namesHostSoftware } from './host-software.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'

const catalog = loadDefaultCatalog()

describe('software of device makers installed on other makers\' computers', () => {
  it.each(HOST_SOFTWARE.map((s) => [s.name, s] as const))('%s: its examples match, its maker and source are known', (_name, s) => {
    for (const example of s.examples) expect(s.pattern.test(example), example).toBe(true)
    if (s.manufacturer !== undefined) expect(catalog.manufacturers.has(s.manufacturer)).toBe(true)
    expect(s.source.url).toMatch(/^https:\/\//)
    expect(s.pattern.flags).not.toMatch(/[gy]/)
  })

  it('leaves the makers\' own devices and appliances alone', () => {
    // nmap-service-probes names of appliances' services.
    for (const text of ['Fortinet FortiGate SSL VPN', 'Sophos UTM http proxy', 'WatchGuard Firebox http config', 'Palo Alto GlobalProtect Gateway httpd', 'Panasonic Network Camera http ui']) {
      expect(namesHostSoftware(text), text).toBe(false)
    }
  })
})
