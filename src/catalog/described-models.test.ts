import { describe, expect, it } from 'vitest'
import { describedManufacturers, describedModels } from './described-models.js'

describe('describedModels', () => {
  it('reads the ProductClass of a TR-069 Inform as captured by an ACS (genieacs/genieacs issues #71 and #74, magma/magma pull request #159)', () => {
    const inform = '<DeviceId>\n<Manufacturer>Huawei Technologies Co., Ltd</Manufacturer>\n<OUI>00259E</OUI>\n<ProductClass>HG8245H</ProductClass>\n<SerialNumber>48575443E204802C</SerialNumber>\n</DeviceId>'
    expect(describedModels(inform)).toEqual(['HG8245H'])
    expect(describedModels('<DeviceId><Manufacturer>SAGEMCOM</Manufacturer><OUI>001BBF</OUI><ProductClass>Fast2764GV</ProductClass><SerialNumber>NQ1121407033212</SerialNumber></DeviceId>')).toEqual(['Fast2764GV'])
    expect(describedModels('        <ProductClass>Cavium eNB</ProductClass>')).toEqual(['Cavium eNB'])
  })

  it('reads UPnP\'s modelName and modelNumber and ONVIF\'s Model with or without a namespace prefix, each value once', () => {
    expect(describedModels('<modelName>ZXHN H298A</modelName><modelNumber>ZXHN H298A</modelNumber>')).toEqual(['ZXHN H298A'])
    expect(describedModels('<tt:Manufacturer>HIKVISION</tt:Manufacturer><tt:Model>DS-2DF7286-A</tt:Model>')).toEqual(['DS-2DF7286-A'])
  })

  it('reads the hardware scope of an ONVIF camera\'s WS-Discovery answer, in its Scopes element or as a tool prints the list', () => {
    // A Dahua camera's Hello, kept as test data of an Elixir ONVIF client (test/discovery_test.exs).
    const hello = '<d:Scopes>onvif://www.onvif.org/location/country/china onvif://www.onvif.org/name/Dahua onvif://www.onvif.org/hardware/IPC-HFW2228M-I1-V2 onvif://www.onvif.org/Profile/Streaming onvif://www.onvif.org/type/Network_Video_Transmitter onvif://www.onvif.org/extension/unique_identifier</d:Scopes>'
    expect(describedModels(hello)).toEqual(['IPC-HFW2228M-I1-V2'])
    expect(describedModels('onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/hardware/DS-2CD2042WD-I onvif://www.onvif.org/name/HIKVISION%20DS-2CD2042WD-I')).toEqual(['DS-2CD2042WD-I'])
    // Other scopes give no model: the location, the profile, the MAC.
    expect(describedModels('onvif://www.onvif.org/location/city/hangzhou onvif://www.onvif.org/Profile/T onvif://www.onvif.org/MAC/58:50:ed:1f:e3:85')).toEqual([])
  })

  it('reads nothing from other elements, a tag left open, or a value that spans lines', () => {
    expect(describedModels('<Manufacturer>Huawei Technologies Co., Ltd</Manufacturer>')).toEqual([])
    expect(describedModels('<ProductClass>HG8245H</Model>')).toEqual([])
    expect(describedModels('<modelName>HG8245H\nsecond line</modelName>')).toEqual([])
    expect(describedModels('Model: ME909s-821')).toEqual([])
  })
})

describe('describedManufacturers', () => {
  it('reads the Manufacturer a TR-069 Inform or an ONVIF answer gives (genieacs/genieacs issues #71 and #74)', () => {
    expect(describedManufacturers('<DeviceId>\n<Manufacturer>Huawei Technologies Co., Ltd</Manufacturer>\n<OUI>00259E</OUI>\n</DeviceId>')).toEqual(['Huawei Technologies Co., Ltd'])
    expect(describedManufacturers('<DeviceId><Manufacturer>SAGEMCOM</Manufacturer><OUI>001BBF</OUI></DeviceId>')).toEqual(['SAGEMCOM'])
    expect(describedManufacturers('<tt:Manufacturer>HIKVISION</tt:Manufacturer>')).toEqual(['HIKVISION'])
    expect(describedManufacturers('<ManufacturerOUI>00259E</ManufacturerOUI>')).toEqual([])
  })

  it('reads the name scope of an ONVIF camera\'s WS-Discovery answer, percent-decoded, as the name it goes by', () => {
    expect(describedManufacturers('onvif://www.onvif.org/name/Dahua onvif://www.onvif.org/hardware/DH-XVR5108HS-X')).toEqual(['Dahua'])
    expect(describedManufacturers('onvif://www.onvif.org/hardware/DS-2CD2385G1-I onvif://www.onvif.org/name/HIKVISION%20DS-2CD2385G1-I')).toEqual(['HIKVISION DS-2CD2385G1-I'])
    expect(describedManufacturers('onvif://www.onvif.org/hardware/DS-2CD2385G1-I')).toEqual([])
  })
})
