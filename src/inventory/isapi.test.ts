import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { parseInventory } from './parse.js'

/*
 * Devices' own descriptions as their web services answer them, saved one per device:
 * - Hikvision ISAPI, GET /ISAPI/System/deviceInfo: a DS-7216HGHI-K1 DVR's answer as a recorder
 *   driver's tests quote it, and an IP camera's (firmware V5.6.3) as an ISAPI client's tests quote it;
 * - Dahua, /cgi-bin/magicBox.cgi?action=getSystemInfo: an XVR's answer as the same driver's tests
 *   quote it, and an NVR's whose firmware writes a number as its type, as a Dahua integration's
 *   comments quote it. Each was refused: the XML as a root not read, the text as no CSV header.
 */
const catalog = loadDefaultCatalog()

const DVR = `<?xml version="1.0" encoding="UTF-8"?>
<DeviceInfo version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
<deviceName>Embedded Net DVR</deviceName>
<model>DS-7216HGHI-K1</model>
<serialNumber>DS-7216HGHI0120210101</serialNumber>
<firmwareVersion>V4.30.005</firmwareVersion>
<videoInputPortNums>16</videoInputPortNums>
</DeviceInfo>`

const CAMERA = `<?xml version="1.0" encoding="UTF-8"?>
<DeviceInfo version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
  <deviceName>Front Door</deviceName>
  <deviceID>48343131-3435-3234-3138-343131343535</deviceID>
  <deviceDescription>IPCamera</deviceDescription>
  <model>DS-2CD2385FWD-I</model>
  <serialNumber>DS-2CD2385FWD-I20200114AAWR123456789</serialNumber>
  <macAddress>44:47:cc:11:22:33</macAddress>
  <firmwareVersion>V5.6.3</firmwareVersion>
  <firmwareReleasedDate>build 190923</firmwareReleasedDate>
  <deviceType>IPCamera</deviceType>
</DeviceInfo>
`

describe('a camera\'s or recorder\'s own description', () => {
  it('reads ISAPI\'s deviceInfo as one device named after the file: model, serial, MAC and firmware, the name its owner gave it', () => {
    const got = [[DVR, 'dvr-lobby.xml'], [CAMERA, 'cam-07.xml']].map(([text, file]) => parseInventory(text!, { file: file! }))
    expect(got.map((r) => r.diagnostics)).toEqual([[], []])
    expect(got.map((r) => r.devices)).toEqual([
      [{ id: 'dvr-lobby', name: 'Embedded Net DVR', model: 'DS-7216HGHI-K1', serial: 'DS-7216HGHI0120210101', firmware: { version: 'V4.30.005' } }],
      [{ id: 'cam-07', name: 'Front Door', model: 'DS-2CD2385FWD-I', serial: 'DS-2CD2385FWD-I20200114AAWR123456789', macs: ['44:47:cc:11:22:33'], firmware: { version: 'V5.6.3' } }],
    ])
    expect(got.map((r) => identify(r.devices[0]!, catalog).group)).toEqual(['hikvision', 'hikvision'])
  })

  it('reads Dahua\'s getSystemInfo: the type as the model, or updateSerial where the type is a number', () => {
    const xvr = 'deviceType=DH-XVR5116HS-I3\nprocessor=ARM\nserialNumber=7K03A1BPAZ1E2F3\nupdateSerial=XVR5116HS\n'
    const nvr = 'deviceType=31\r\nprocessor=ST7108\r\nserialNumber=ND0219110NNNNN\r\nupdateSerial=DHI-NVR4108HS-8P-4KS2\r\n'
    const got = [[xvr, 'xvr-2.txt'], [nvr, 'nvr-1.txt']].map(([text, file]) => parseInventory(text!, { file: file! }))
    expect(got.map((r) => r.diagnostics)).toEqual([[], []])
    expect(got.map((r) => r.devices)).toEqual([
      [{ id: 'xvr-2', model: 'DH-XVR5116HS-I3', serial: '7K03A1BPAZ1E2F3' }],
      [{ id: 'nvr-1', model: 'DHI-NVR4108HS-8P-4KS2', serial: 'ND0219110NNNNN' }],
    ])
    expect(got.map((r) => identify(r.devices[0]!, catalog).group)).toEqual(['dahua', 'dahua'])
  })

  it('reads a recorder\'s list of its IP channels: each channel\'s camera a device, with its model, serial, address and firmware', () => {
    // A Hikvision recorder's answer to GET /ISAPI/ContentMgmt/InputProxy/channels, as a public ISAPI client's example
    // quotes it (the first channel), and a second channel with no model, as other public clients quote channel lists (id, name, ipAddress, managePortNo).
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<InputProxyChannelList version="1.0" xmlns="http://www.hikvision.com/ver20/XMLSchema" size="16">
    <InputProxyChannel version="1.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
        <id>1</id>
        <name>1F_EXAMHALL_CAM03</name>
        <sourceInputPortDescriptor>
            <proxyProtocol>HIKVISION</proxyProtocol>
            <addressingFormatType>ipaddress</addressingFormatType>
            <ipAddress>192.168.35.45</ipAddress>
            <managePortNo>8000</managePortNo>
            <srcInputPort>1</srcInputPort>
            <userName>admin</userName>
            <streamType>auto</streamType>
            <model>DS-2CD3141G0-I</model>
            <serialNumber>DS-2CD3141G0-I20210929AAWRG64697573</serialNumber>
            <firmwareVersion>V5.5.122 build 210708</firmwareVersion>
            <deviceID></deviceID>
        </sourceInputPortDescriptor>
    </InputProxyChannel>
    <InputProxyChannel version="1.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
        <id>2</id>
        <name>Gate</name>
        <sourceInputPortDescriptor>
            <proxyProtocol>ONVIF</proxyProtocol>
            <ipAddress>192.168.35.46</ipAddress>
            <managePortNo>80</managePortNo>
        </sourceInputPortDescriptor>
    </InputProxyChannel>
</InputProxyChannelList>
`
    const { devices, diagnostics } = parseInventory(xml, { file: 'nvr-lobby.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: 'nvr-lobby/1', name: '1F_EXAMHALL_CAM03', model: 'DS-2CD3141G0-I', serial: 'DS-2CD3141G0-I20210929AAWRG64697573', addresses: ['192.168.35.45'], firmware: { version: 'V5.5.122 build 210708' } },
      { id: 'nvr-lobby/2', name: 'Gate', addresses: ['192.168.35.46'] },
    ])
    // The port and the protocol the recorder speaks are no maker: the ONVIF camera stays unknown.
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['hikvision', undefined])
  })

  it('says what it reads when an XML of another root is given', () => {
    const { devices, diagnostics } = parseInventory('<?xml version="1.0"?>\n<DeviceStatus version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><deviceUpTime>864000</deviceUpTime></DeviceStatus>\n', { file: 'status.xml' })
    expect(devices).toEqual([])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('a camera\'s ISAPI device description (<DeviceInfo>)')
  })
})
