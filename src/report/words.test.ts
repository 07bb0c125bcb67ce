import { describe, expect, it } from 'vitest'
import { SYSDESCR_NAME_PATTERN } from '../domain/evidence.js'
import { formatEvidence } from './words.js'

describe('formatEvidence', () => {
  it('names the banner pattern and what it captured', () => {
    expect(formatEvidence({ method: 'banner', manufacturer: 'huawei', value: 'SSH-2.0-HUAWEI-1.5', pattern: 'huawei-vrp-ssh', protocol: 'ssh', version: '1.5' }))
      .toBe('ssh banner huawei-vrp-ssh 1.5')
  })

  it('quotes a sysDescr that only names the maker, shortened, and says the evidence is weak', () => {
    const value = 'HUAWEI TECH. CO., LTD. EchoLife HG8245H'
    expect(formatEvidence({ method: 'banner', manufacturer: 'huawei', value, pattern: SYSDESCR_NAME_PATTERN, protocol: 'snmp' }))
      .toBe(`sysDescr names it: "${value}" (weak)`)
    const long = formatEvidence({ method: 'banner', manufacturer: 'zte', value: 'x'.repeat(100), pattern: SYSDESCR_NAME_PATTERN, protocol: 'snmp' })
    expect(long).toBe(`sysDescr names it: "${'x'.repeat(59)}…" (weak)`)
  })
})
