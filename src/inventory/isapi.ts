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
    sink.row({ id: this.id, name: this.values.get('deviceName'), ...described(this.values) }, { file: this.here().file, line: 1 })
  }
}

/** What ISAPI's elements of the same names say of a device: its model, serial number, MAC and firmware. */
function described(values: ReadonlyMap<string, string>): { model?: string; serial?: string; macs?: string[]; firmware?: string } {
  const mac = values.get('macAddress')
  return { model: values.get('model'), serial: values.get('serialNumber'), macs: mac === undefined ? undefined : [mac], firmware: values.get('firmwareVersion') }
}

/**
 * The root element of a Hikvision recorder's list of its IP channels, as ISAPI answers
 * `GET /ISAPI/ContentMgmt/InputProxy/channels`.
 */
export const ISAPI_INPUT_PROXY_ROOT = 'InputProxyChannelList'

/** The elements of a channel's `<sourceInputPortDescriptor>` read: the camera's own. */
const CAMERA_FIELDS: ReadonlySet<string> = new Set(['ipAddress', 'model', 'serialNumber', 'macAddress', 'firmwareVersion'])

/**
 * A recorder's list of its IP channels: one `<InputProxyChannel>` per camera it records, with the
 * channel's number (`id`) and name, and in `<sourceInputPortDescriptor>` the camera's address
 * (`ipAddress`), and, where the recorder learnt them, its `model`, `serialNumber` and
 * `firmwareVersion` (as a recorder's answer quoted in a public ISAPI client's example shows:
 * `DS-2CD3141G0-I`, `DS-2CD3141G0-I20210929AAWRG64697573`). The cameras on a recorder's own PoE
 * ports sit on its internal network, which no scan of the site's network sees: this list is often
 * the only one that names them. Each channel is a device, known by the recorder's file and the
 * channel's number (`nvr-lobby/1`), its name the channel's; `proxyProtocol` (`HIKVISION`,
 * `ONVIF`) is the protocol the recorder speaks to the camera, not its maker, and is not read; nor
 * are the user name and the ports.
 */
export class IsapiInputProxyParser extends ScanXmlParser {
  private readonly recorder: string
  private depth = 0
  private field: string | undefined
  private channel: Map<string, string> | undefined
  private channelLine = 1

  constructor(file: string) {
    super(file, "a recorder's ISAPI list of its IP channels (GET /ISAPI/ContentMgmt/InputProxy/channels, <InputProxyChannelList>)")
    this.recorder = fileStem(file).replace(/^<(.*)>$/, '$1')
    this.parser.on('opentag', (tag) => {
      this.depth++
      if (this.atRoot(tag.name, ISAPI_INPUT_PROXY_ROOT, 'the XML read here as a recorder\'s channel list is ISAPI\'s <InputProxyChannelList>')) return
      if (this.depth === 2 && tag.name === 'InputProxyChannel') {
        this.channel = new Map()
        this.channelLine = this.parser.line
      }
      const own = this.depth === 3 && (tag.name === 'id' || tag.name === 'name')
      const camera = this.depth === 4 && CAMERA_FIELDS.has(tag.name)
      this.field = this.channel !== undefined && (own || camera) ? tag.name : undefined
      this.text = ''
    })
    this.collectText(() => this.field !== undefined)
    this.parser.on('closetag', () => {
      if (this.field !== undefined && this.channel !== undefined) {
        const v = this.text.trim()
        if (v !== '' && !this.channel.has(this.field)) this.channel.set(this.field, v)
        this.field = undefined
      }
      if (this.depth === 2 && this.channel !== undefined) this.write(this.channel)
      this.depth--
    })
  }

  private write(channel: Map<string, string>): void {
    this.channel = undefined
    const address = channel.get('ipAddress')
    this.sink?.row({
      id: `${this.recorder}/${channel.get('id') ?? this.channelLine}`,
      name: channel.get('name'),
      ...described(channel),
      addresses: address === undefined ? undefined : [address],
    }, { file: this.here().file, line: this.channelLine })
  }
}
