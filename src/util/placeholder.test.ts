import { describe, expect, it } from 'vitest'
import { isPlaceholder } from './placeholder.js'

describe('isPlaceholder', () => {
  it('knows the texts inventories write for a value not known, in any case and with blanks', () => {
    for (const t of ['Unknown', 'UNKNOWN', 'N/A', 'n/a', 'NA', 'None', 'null', '-', '--', '?', '(none)', '<unknown>', 'Not Available', ' n/a ', '\tunknown', '#N/A', '0'])
      expect(isPlaceholder(t), t).toBe(true)
  })

  it('knows them in the languages of the inventories read', () => {
    for (const t of ['Unbekannt', 'k.A.', 'keine Angabe', 'n.v.', 'Inconnu', 'N.D.', 'Sconosciuto', 'Desconocido', 'S/D', 'Desconhecido', 'Onbekend', 'nieznany', 'Neznámý', 'Bilinmiyor', 'Неизвестно', 'невідомо', '未知', '不明', '알 수 없음'])
      expect(isPlaceholder(t), t).toBe(true)
  })

  it("knows Angry IP Scanner's labels for a value not available and one not scanned (angryip/ipscan, resources/messages.properties)", () => {
    for (const t of ['[n/a]', '[n/s]', '[N/A]']) expect(isPlaceholder(t), t).toBe(true)
    expect(isPlaceholder('[n/a] ms')).toBe(false)
  })

  it('takes real values for values, also those that begin like a placeholder', () => {
    for (const t of ['Nokia', 'NEC', 'Ubiquiti', 'TP-Link', 'NE40E-X8', 'N9K-C93180YC-EX', 'U2000', '00:e0:fc:12:34:56', '00e0fc123456', '00e0.fc12.3456', '-48V DC', 'Unknown Vendor Inc.', 'nan0', 'none of these', '', ' ', 'Kathrein', 'Nokia Siemens', 'Inconnu Networks', '未知科技'])
      expect(isPlaceholder(t), t).toBe(false)
  })

  it('knows a placeholder with blanks after it, also a no-break or ideographic space from a sheet', () => {
    for (const t of ['0 ', 'n/a\u00a0', 'Unknown\u3000', 'none\t', '-\r', '?  ', 'NIEZNANY ', '未知 '])
      expect(isPlaceholder(t), JSON.stringify(t)).toBe(true)
  })

  it('takes a value as long as a placeholder and beginning like it for a value', () => {
    for (const t of ['00', '0x', 'N/A.', 'nonE1', 'nul1', 'n/b', 'tbd1', 'Niezbany', '-5', '?!', 'k.b.'])
      expect(isPlaceholder(t), t).toBe(false)
  })
})
