import { describe, expect, it } from 'vitest'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseUsbDeviceLines, USB_PRODUCTS, USB_VENDORS, usbProductOf, usbVendorOf } from './usb-vendors.js'

const catalog = loadDefaultCatalog()

/** Lines of USB listings users posted: [text, vendor id, product id, source]. */
const LISTED: readonly [string, string, string, string][] = [
  ['Bus 002 Device 006: ID 12d1:1506 Huawei Technologies Co., Ltd. Modem/Networkcard', '12d1', '1506', 'askubuntu.com question 790893 (lsusb)'],
  ['Bus 001 Device 015: ID 19d2:2000 ZTE WCDMA Technologies MSM MF627/MF628/MF628+/MF636+ HSDPA/HSUPA', '19d2', '2000', 'clearlinux/distribution issue #1332 (lsusb)'],
  ['ID 19d2:0016 ZTE WCDMA Technologies MSM', '19d2', '0016', 'bg111/asterisk-chan-dongle issue #250'],
  ['ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem', '2c7c', '0125', 'M0Rf30/android-udev-rules pull request #318'],
  ['usb 1-1: New USB device found, idVendor=12d1, idProduct=1f01', '12d1', '1f01', 'the kern.log line of a gist on a Huawei E3531 stick (redanium)'],
  ['Feb 26 17:43:28 Acer kernel: [ 673.296727] usb 3-3: New USB device found, idVendor=12d1, idProduct=1446', '12d1', '1446', 'Linux Mint forum thread on an Aldi Surfstick (syslog)'],
  ['P:  Vendor=12d1 ProdID=1446 Rev=00.00', '12d1', '1446', 'andreas-mausch.de, Surfstick Huawei E173 on Linux (usb-devices)'],
  ['P:  Vendor=05c6 ProdID=9025 Rev= 4.14', '05c6', '9025', '4IceG/luci-app-modemband issue #48 (/sys/kernel/debug/usb/devices of a Dell T99W175)'],
  ['USB\\VID_12D1&PID_1506', '12d1', '1506', 'Windows hardware id form of the same stick'],
]

describe('USB listings', () => {
  it.each(LISTED)('reads the vendor and product ids of %j', (text, vendorId, productId) => {
    expect(parseUsbDeviceLines(text)).toEqual([{ vendorId, productId, line: text.trim() }])
  })

  it('reads each device of a listing of several lines, and nothing from text that lists none', () => {
    const lsusb = 'Bus 003 Device 002: ID 8087:8000 Intel Corp\nBus 001 Device 011: ID 12d1:1f01 Huawei Technologies Co., Ltd.\n'
    expect(parseUsbDeviceLines(lsusb).map((u) => u.vendorId)).toEqual(['8087', '12d1'])
    // A udev rule names an id it matches, a SKU or a sentence holds "ID" and digits: no listing.
    for (const text of ['ATTRS{idVendor}=="12d1", ATTR{bInterfaceNumber}=="00"', 'SSID 1234:5678', 'Device ID 12d1', 'idVendor:19d2 idProduct:1355']) {
      expect(parseUsbDeviceLines(text), text).toEqual([])
    }
  })

  it('knows Huawei\'s and ZTE\'s vendor ids, each for a catalog maker, with its source', () => {
    expect(usbVendorOf('12D1')?.manufacturer).toBe('huawei')
    expect(usbVendorOf('19d2')?.manufacturer).toBe('zte')
    expect(usbVendorOf('8087')).toBeUndefined()
    for (const v of USB_VENDORS) {
      expect(catalog.manufacturers.has(v.manufacturer), v.id).toBe(true)
      expect(v.source.url).toMatch(/^https?:\/\//)
    }
  })

  it('names the maker of a product sold under another maker\'s vendor id, and leaves that vendor\'s other products to it', () => {
    // Linux's cdc_mbim.c: "The HP lt4132 (03f0:a31d) is a rebranded Huawei ME906s-158".
    expect(usbProductOf('03F0', 'A31D')).toMatchObject({ manufacturer: 'huawei', source: { url: 'https://github.com/torvalds/linux/commit/a68491f895a9' } })
    // HP's lt4120 (03f0:9d1d in Linux's qmi_wwan.c) is Foxconn's T77W595.
    expect(usbProductOf('03f0', '9d1d')).toBeUndefined()
    for (const p of USB_PRODUCTS) expect(catalog.manufacturers.has(p.manufacturer), p.name).toBe(true)
  })
})
