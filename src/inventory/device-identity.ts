/**
 * Hashes of what tells two devices of one id apart (their serial, their MACs), kept where ids are
 * checked for repeats: a device whose id an earlier one has, but whose serial or MACs differ from
 * that one's, is another device given the same name.
 */
import type { SkippedRow } from '../diagnostics/diagnostic.js'
import type { Device } from '../domain/device.js'
import { isPlaceholder } from '../util/placeholder.js'

/**
 * What a row skipped as a repeat of a used id declares of its device (its manufacturer, model,
 * first MAC and serial, each when given and not a placeholder), for the warning that skips it: a
 * row of another device given a used name (a Huawei router listed under a Cisco's name) is then
 * seen in the warning rather than lost unseen. Undefined when the row declares none of them.
 */
export function skippedRowOf(device: Device): SkippedRow | undefined {
  const given = (s: string | undefined) => (s === undefined || s.trim() === '' || isPlaceholder(s) ? undefined : s.trim())
  const row: SkippedRow = {}
  const manufacturer = given(device.manufacturer)
  const model = given(device.model)
  const mac = given(device.macs?.[0])
  const serial = given(device.serial)
  if (manufacturer !== undefined) row.manufacturer = manufacturer
  if (model !== undefined) row.model = model
  if (mac !== undefined) row.mac = mac
  if (serial !== undefined) row.serial = serial
  return Object.keys(row).length === 0 ? undefined : row
}

/** A 32-bit FNV-1a hash of a text, never 0 (0 stands for none); the empty text is none. */
export function identityHash(text: string): number {
  if (text === '') return 0
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0 || 1
}

/**
 * The hash of a device's MACs as a set, written in any notation: each as its hex digits, combined
 * in an order-free way (a sum), so that the same MACs listed in another order or case are the same.
 */
export function macsHash(macs: readonly string[]): number {
  let sum = 0
  let any = false
  for (const m of macs) {
    const hex = m.toLowerCase().replace(/[^0-9a-f]/g, '')
    if (hex === '') continue
    sum = (sum + identityHash(hex)) >>> 0
    any = true
  }
  return any ? sum || 1 : 0
}

/** The hash of a device's serial (0: none), in any case and without the spaces around it. */
export function serialHash(device: Device): number {
  return device.serial === undefined ? 0 : identityHash(device.serial.trim().toUpperCase())
}

/** The hash of a device's MACs (0: none). */
export function deviceMacsHash(device: Device): number {
  return device.macs === undefined ? 0 : macsHash(device.macs)
}

/**
 * The hash of each of a device's MACs (written in any notation), each once: two devices share a MAC
 * when a hash of one is among the other's.
 */
export function deviceMacHashes(device: Device): number[] {
  const hashes: number[] = []
  for (const m of device.macs ?? []) {
    const h = identityHash(m.toLowerCase().replace(/[^0-9a-f]/g, ''))
    if (h !== 0 && !hashes.includes(h)) hashes.push(h)
  }
  return hashes
}
