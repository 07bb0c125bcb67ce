import { describe, expect, it } from 'vitest'
import { isPlaceholder } from './placeholder.js'

describe('isPlaceholder', () => {
  it('knows the texts inventories write for a value not known, in any case and with blanks', () => {
    for (const t of ['Unknown', 'UNKNOWN', 'N/A', 'n/a', 'NA', 'None', 'null', '-', '--', '?', '(none)', '<unknown>', 'Not Available', ' n/a ', '\tunknown', '#N/A', '0'])
      expect(isPlaceholder(t), t).toBe(true)
  })

  it('takes real values for values, also those that begin like a placeholder', () => {
    for (const t of ['Nokia', 'NEC', 'Ubiquiti', 'TP-Link', 'NE40E-X8', 'N9K-C93180YC-EX', 'U2000', '00:e0:fc:12:34:56', '00e0fc123456', '00e0.fc12.3456', '-48V DC', 'Unknown Vendor Inc.', 'nan0', 'none of these', '', ' '])
      expect(isPlaceholder(t), t).toBe(false)
  })
})
