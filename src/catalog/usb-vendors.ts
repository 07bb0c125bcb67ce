import type { ManufacturerSlug, Source } from '../domain/manufacturer.js'
import { HP_LT4132_HUAWEI } from './oem.js'

/** A USB vendor id (the idVendor of a device descriptor) that one catalog maker holds. */
export type UsbVendor = {
  /** Four lower-case hex digits. */
  id: string
  manufacturer: ManufacturerSlug
  /** The vendor's name as the USB id repository (and so `lsusb`) writes it. */
  name: string
  source: Source
}

const USB_IDS: Source = {
  title: 'The Linux USB id repository (usb.ids), which lsusb prints the names of: "12d1 Huawei Technologies Co., Ltd.", "19d2 ZTE WCDMA Technologies MSM", "2c7c Quectel Wireless Solutions Co., Ltd."; Linux\u2019s USB serial driver defines HUAWEI_VENDOR_ID 0x12d1 and ZTE_VENDOR_ID 0x19d2 (drivers/usb/serial/option.c)',
  url: 'http://www.linux-usb.org/usb.ids',
}

/**
 * USB vendor ids of catalog makers, as a listing of a host's USB devices gives them without the
 * vendor's name (`lsusb` without its id database, the kernel's "New USB device found", usb-devices,
 * Windows' hardware ids). Huawei's and ZTE's cellular modems and sticks sit in other makers'
 * routers, gateways and laptops under these ids; Quectel's modules are the look-alike.
 */
export const USB_VENDORS: readonly UsbVendor[] = [
  { id: '12d1', manufacturer: 'huawei', name: 'Huawei Technologies Co., Ltd.', source: USB_IDS },
  { id: '19d2', manufacturer: 'zte', name: 'ZTE WCDMA Technologies MSM', source: USB_IDS },
  { id: '2c7c', manufacturer: 'quectel', name: 'Quectel Wireless Solutions Co., Ltd.', source: USB_IDS },
]

/**
 * A USB product that a covered maker made but another maker's vendor id names (a module sold under
 * the laptop maker's brand): its maker is not the vendor id's.
 */
export type UsbProduct = {
  /** Four lower-case hex digits each. */
  vendorId: string
  productId: string
  manufacturer: ManufacturerSlug
  /** The product, as the source names it. */
  name: string
  source: Source
}

/** USB products whose vendor id names another maker than the one that made them, with the source. */
export const USB_PRODUCTS: readonly UsbProduct[] = [
  // HP's vendor id 03f0 on Huawei's ME906s-158 (Linux's cdc_mbim.c).
  { vendorId: '03f0', productId: 'a31d', manufacturer: 'huawei', name: 'HP lt4132 LTE/HSPA+ 4G Module, a rebranded Huawei ME906s-158', source: HP_LT4132_HUAWEI },
]

/** One USB device a line of a host's USB listing names: its ids, and the line. */
export type UsbDeviceLine = { vendorId: string; productId: string; line: string }

/**
 * The ways a host lists the USB devices attached to it, each with the vendor id and product id:
 * `lsusb` ("Bus 002 Device 006: ID 12d1:1506 Huawei Technologies Co., Ltd. Modem/Networkcard", or
 * the bare "ID 19d2:0016 ZTE WCDMA Technologies MSM"), the kernel's log ("usb 1-1: New USB device
 * found, idVendor=12d1, idProduct=1f01"), usb-devices and /sys/kernel/debug/usb/devices
 * ("P:  Vendor=12d1 ProdID=1446 Rev=00.00") and Windows' hardware ids ("USB\VID_12D1&PID_1506").
 */
const USB_LISTINGS: readonly RegExp[] = [
  /^(?:Bus \d{3} Device \d{3}: )?ID ([0-9a-f]{4}):([0-9a-f]{4})(?:\s|$)/i,
  /\bidVendor=([0-9a-f]{4}), idProduct=([0-9a-f]{4})\b/i,
  /^P:\s+Vendor=([0-9a-f]{4}) ProdID=([0-9a-f]{4})\b/i,
  /\bUSB\\VID_([0-9a-f]{4})&PID_([0-9a-f]{4})\b/i,
]

/**
 * The USB devices a text lists, one a line, in the forms of `USB_LISTINGS`; empty when the text is
 * no such listing.
 *
 * @example parseUsbDeviceLines('Bus 002 Device 006: ID 12d1:1506 Huawei Technologies Co., Ltd. Modem/Networkcard')
 * // [{ vendorId: '12d1', productId: '1506', line: 'Bus 002 Device 006: ID 12d1:1506 Huawei Technologies Co., Ltd. Modem/Networkcard' }]
 */
export function parseUsbDeviceLines(text: string): UsbDeviceLine[] {
  const found: UsbDeviceLine[] = []
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim()
    for (const re of USB_LISTINGS) {
      const m = re.exec(line)
      if (m !== null) {
        found.push({ vendorId: m[1]!.toLowerCase(), productId: m[2]!.toLowerCase(), line })
        break
      }
    }
  }
  return found
}

/** The catalog maker that holds a USB vendor id, if the catalog knows it. */
/** The USB product of these ids that another maker than its vendor id's made (`USB_PRODUCTS`), if any. */
export function usbProductOf(vendorId: string, productId: string): UsbProduct | undefined {
  const v = vendorId.toLowerCase()
  const p = productId.toLowerCase()
  return USB_PRODUCTS.find((u) => u.vendorId === v && u.productId === p)
}

export function usbVendorOf(vendorId: string): UsbVendor | undefined {
  const id = vendorId.toLowerCase()
  return USB_VENDORS.find((v) => v.id === id)
}
