/**
 * A camera's or recorder's own description in XML, as Hikvision's ISAPI answers
 * `GET /ISAPI/System/deviceInfo` (and the devices built on Hikvision's firmware, which answer in its
 * namespace): one device a file, saved one per device as `show version` is.
 *
 * `<DeviceInfo version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">` holds, one element
 * each, `deviceName` (the name its owner gave it, often the default `IP CAMERA` or `Embedded Net
 * DVR`), `model` (`DS-2CD2385FWD-I`), `serialNumber` (the model, a date and a serial run
 * together), `macAddress` and `firmwareVersion` (`V5.6.3`). The device is named after the file, as
 * a saved command output without a prompt is, since many devices share the default name; its
 * name is `deviceName`.
 */
import type { RowSink } from './rows.js'
import { ScanXmlParser } from './scan-xml.js'
import { fileStem } from '../util/file-stem.js'

/** The root element of ISAPI's device description. */
export const ISAPI_DEVICE_INFO_ROOT = 'DeviceInfo'

/** The elements read: each gives the device field of the row written in `end`. */
const FIELDS: ReadonlySet<string> = new Set(['deviceName', 'model', 'serialNumber', 'macAddress', 'firmwareVersion'])

export class IsapiDeviceInfoParser extends ScanXmlParser {
  private readonly id: string
  private depth = 0
  private field: string | undefined
  private readonly values = new Map<string, string>()

  constructor(file: string) {
    super(file, "a camera's or recorder's ISAPI device description (GET /ISAPI/System/deviceInfo, <DeviceInfo>)")
    this.id = fileStem(file).replace(/^<(.*)>$/, '$1')
    this.parser.on('opentag', (tag) => {
      this.depth++
      if (this.atRoot(tag.name, ISAPI_DEVICE_INFO_ROOT, 'the XML read here as a device description is ISAPI\'s <DeviceInfo>')) return
      this.field = this.depth === 2 && FIELDS.has(tag.name) ? tag.name : undefined
      this.text = ''
    })
    this.collectText(() => this.field !== undefined)
    this.parser.on('closetag', () => {
      this.depth--
      if (this.field !== undefined) {
        const v = this.text.trim()
        if (v !== '' && !this.values.has(this.field)) this.values.set(this.field, v)
        this.field = undefined
      }
    })
  }

  override end(sink: RowSink): void {
    super.end(sink)
    if (this.failed) return
    const get = (field: string) => this.values.get(field)
    const mac = get('macAddress')
    sink.row({
      id: this.id,
      name: get('deviceName'),
      model: get('model'),
      serial: get('serialNumber'),
      macs: mac === undefined ? undefined : [mac],
      firmware: get('firmwareVersion'),
    }, { file: this.here().file, line: 1 })
  }
}
