import { describe, expect, it } from 'vitest'
import { GENERIC_SERVERS, GENERIC_SERVERS_SOURCE, genericServerOf } from './generic-software.js'

describe('GENERIC_SERVERS', () => {
  it('matches its examples, each by its own entry', () => {
    for (const s of GENERIC_SERVERS) {
      for (const e of s.examples) expect(genericServerOf(e)?.name, e).toBe(s.name)
    }
    expect(GENERIC_SERVERS_SOURCE.url).toMatch(/^https:\/\//)
  })

  it('reads the name as scanners keep it, and not a maker\'s server derived from it', () => {
    // Recog's examples, with the header name or SSH version scanners keep before them
    expect(genericServerOf('Server: lighttpd/1.4.35')?.name).toBe('lighttpd')
    expect(genericServerOf('SSH-2.0-dropbear_2019.78')?.name).toBe('Dropbear')
    // Hikvision's servers derived from GoAhead, and Xiongmai's uc-httpd, are not these
    for (const t of ['Hikvision-Webs', 'DNVRS-Webs', 'uc-httpd 1.0.0', 'SSH-2.0-HUAWEI-1.5', 'SSH-2.0-OpenSSH_2.3.0_Mikrotik_v2.9']) expect(genericServerOf(t), t).toBeUndefined()
  })
})
