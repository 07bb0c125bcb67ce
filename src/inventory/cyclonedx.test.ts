import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { collect } from './formats.case.test.js'
import { detectInventoryFormat } from './formats.js'
import { parseInventory } from './parse.js'

/** An HBOM of one IP camera (CycloneDX 1.6): its maker, serial and MAC, a firmware, two chips on a board. */
const CAMERA = `{
  "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",
  "bomFormat": "CycloneDX",
  "specVersion": "1.6",
  "serialNumber": "urn:uuid:5b7f1c1e-52a4-4c55-9d3b-0f0a6f1c2d11",
  "version": 1,
  "metadata": {
    "timestamp": "2024-05-02T10:00:00Z",
    "manufacturer": { "name": "Example Integrator GmbH" },
    "component": {
      "type": "device",
      "bom-ref": "cam-lobby-01",
      "manufacturer": { "name": "Hangzhou Hikvision Digital Technology Co., Ltd." },
      "name": "DS-2CD2143G0-I",
      "version": "B",
      "properties": [
        { "name": "cdx:device:serialNumber", "value": "DS-2CD2143G0-I20190412AAWRD12345678" },
        { "name": "cdx:device:macAddress", "value": "BC-AD-28-00-00-07" },
        { "name": "cdx:device:prodTimestamp", "value": "2019-04-12T08:00:00Z" }
      ],
      "components": [
        { "type": "firmware", "name": "IPC_G0", "version": "V5.5.800",
          "hashes": [{ "alg": "SHA-256", "content": "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08" }] }
      ]
    }
  },
  "components": [
    {
      "type": "device",
      "bom-ref": "mainboard",
      "name": "IPC-MB-2143",
      "components": [
        {
          "type": "device",
          "bom-ref": "soc",
          "supplier": { "name": "HiSilicon" },
          "name": "Hi3516EV300",
          "description": "IP camera SoC",
          "properties": [{ "name": "cdx:device:function", "value": "microprocessor" }]
        },
        {
          "type": "device",
          "bom-ref": "sensor",
          "manufacturer": { "name": "Sony" },
          "name": "IMX307",
          "description": "CMOS image sensor"
        }
      ]
    },
    { "type": "library", "name": "openssl", "version": "1.1.1k", "publisher": "OpenSSL Software Foundation" }
  ]
}
`

const CAMERA_DEVICE = {
  id: 'cam-lobby-01', name: 'DS-2CD2143G0-I', manufacturer: 'Hangzhou Hikvision Digital Technology Co., Ltd.', model: 'DS-2CD2143G0-I',
  serial: 'DS-2CD2143G0-I20190412AAWRD12345678', macs: ['bc:ad:28:00:00:07'],
  firmware: { version: 'V5.5.800', sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
  components: [
    { model: 'IPC-MB-2143' },
    { manufacturer: 'HiSilicon', model: 'Hi3516EV300', kind: 'soc' },
    { manufacturer: 'Sony', model: 'IMX307', kind: 'camera-module' },
  ],
  manufactured: '2019-04-12',
}

/** The same camera in CycloneDX XML. */
const CAMERA_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.6" serialNumber="urn:uuid:5b7f1c1e-52a4-4c55-9d3b-0f0a6f1c2d11" version="1">
  <metadata>
    <timestamp>2024-05-02T10:00:00Z</timestamp>
    <manufacturer><name>Example Integrator GmbH</name></manufacturer>
    <component type="device" bom-ref="cam-lobby-01">
      <manufacturer><name>Hangzhou Hikvision Digital Technology Co., Ltd.</name></manufacturer>
      <name>DS-2CD2143G0-I</name>
      <version>B</version>
      <properties>
        <property name="cdx:device:serialNumber">DS-2CD2143G0-I20190412AAWRD12345678</property>
        <property name="cdx:device:macAddress">BC-AD-28-00-00-07</property>
        <property name="cdx:device:prodTimestamp">2019-04-12T08:00:00Z</property>
      </properties>
      <components>
        <component type="firmware">
          <name>IPC_G0</name>
          <version>V5.5.800</version>
          <hashes>
            <hash alg="SHA-256">9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08</hash>
          </hashes>
        </component>
      </components>
    </component>
  </metadata>
  <components>
    <component type="device" bom-ref="mainboard">
      <name>IPC-MB-2143</name>
      <components>
        <component type="device" bom-ref="soc">
          <supplier><name>HiSilicon</name></supplier>
          <name>Hi3516EV300</name>
          <description>IP camera SoC</description>
          <properties><property name="cdx:device:function">microprocessor</property></properties>
        </component>
        <component type="device" bom-ref="sensor">
          <manufacturer><name>Sony</name></manufacturer>
          <name>IMX307</name>
          <description>CMOS image sensor</description>
        </component>
      </components>
    </component>
    <component type="library"><name>openssl</name><version>1.1.1k</version></component>
  </components>
</bom>
`

/** A 1.4 HBOM of a rack, as an asset tool exports it: no subject, two devices with their own parts. */
const RACK = JSON.stringify({
  bomFormat: 'CycloneDX', specVersion: '1.4', version: 1,
  components: [
    {
      type: 'device', name: 'S5735-L24T4X', supplier: { name: 'Huawei Technologies Co., Ltd.' },
      properties: [{ name: 'cdx:device:serialNumber', value: '2102353169DMM3000123' }, { name: 'cdx:device:macAddress', value: '00:e0:fc:12:34:56' }],
      components: [{ type: 'firmware', name: 'VRP', version: 'V200R022C00' }],
    },
    {
      type: 'device', 'bom-ref': 'rtr-2', name: 'ISR4331', cpe: 'cpe:2.3:h:cisco:isr4331:-:*:*:*:*:*:*:*',
      components: [{ type: 'device', name: 'EC25-E', author: 'Quectel', properties: [{ name: 'cdx:device:function', value: 'LTE modem' }] }],
    },
  ],
})

describe('CycloneDX BOMs', () => {
  it('read an HBOM of one device as that device, with its maker, serial, MAC, firmware and every chip as a part', () => {
    const { devices, diagnostics } = parseInventory(CAMERA, { file: 'camera.cdx.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([CAMERA_DEVICE])
  })

  it('read the XML form as the JSON form', () => {
    const { devices, diagnostics } = parseInventory(CAMERA_XML, { file: 'camera.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([CAMERA_DEVICE])
  })

  it('give one device per hardware component of a BOM without a hardware subject, its maker from the supplier, CPE or author', () => {
    const { devices, diagnostics } = parseInventory(RACK, { file: 'rack.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      {
        id: '2102353169DMM3000123', name: 'S5735-L24T4X', manufacturer: 'Huawei Technologies Co., Ltd.', model: 'S5735-L24T4X',
        serial: '2102353169DMM3000123', macs: ['00:e0:fc:12:34:56'], firmware: { version: 'V200R022C00' },
      },
      { id: 'rtr-2', name: 'ISR4331', manufacturer: 'cpe:2.3:h:cisco:isr4331:-:*:*:*:*:*:*:*', model: 'ISR4331', components: [{ manufacturer: 'Quectel', model: 'EC25-E', kind: 'modem' }] },
    ])
  })

  it('read an SBOM of firmware as the device it describes, with the firmware version and no libraries as parts', () => {
    const sbom = JSON.stringify({
      bomFormat: 'CycloneDX', specVersion: '1.5',
      metadata: {
        component: { type: 'firmware', 'bom-ref': 'nvr-fw', name: 'DHI-NVR4108HS firmware', version: 'V4.001.0000000.3' },
        supplier: { name: 'Zhejiang Dahua Technology Co., Ltd.' },
      },
      components: [{ type: 'library', name: 'busybox', version: '1.31.1', supplier: { name: 'BusyBox' } }],
    })
    const { devices, diagnostics } = parseInventory(sbom, { file: 'nvr.cdx.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'nvr-fw', name: 'DHI-NVR4108HS firmware', manufacturer: 'Zhejiang Dahua Technology Co., Ltd.', firmware: { version: 'V4.001.0000000.3' } }])
  })

  it('do not take the maker of the BOM (metadata.manufacturer) for the maker of the device', () => {
    const bom = JSON.stringify({
      bomFormat: 'CycloneDX', specVersion: '1.6',
      metadata: { manufacturer: { name: 'Huawei' }, component: { type: 'device', name: 'AP-7', supplier: { name: 'Acme Networks' } } },
    })
    expect(parseInventory(bom, { file: 'ap.json' }).devices).toEqual([{ id: 'AP-7', name: 'AP-7', manufacturer: 'Acme Networks', model: 'AP-7' }])
  })

  it('are told from a .json name, standard input, one line, or the .cdx.json and .cdx.xml names, in chunks of any size', async () => {
    expect(detectInventoryFormat('bom.cdx.json')).toBe('cyclonedx')
    expect(detectInventoryFormat('BOM.CDX.XML')).toBe('cyclonedx')
    expect(detectInventoryFormat('bom.json')).toBe('json')
    expect(parseInventory(CAMERA, { file: '-' }).devices).toEqual([CAMERA_DEVICE])
    expect(parseInventory(JSON.stringify(JSON.parse(CAMERA)), { file: 'bom.json' }).devices).toEqual([CAMERA_DEVICE])
    expect(parseInventory(CAMERA_XML, { file: 'bom.cdx.xml' }).devices).toEqual([CAMERA_DEVICE])
    expect(parseInventory(CAMERA, { file: 'bom.txt', format: 'cyclonedx' }).devices).toEqual([CAMERA_DEVICE])
    const chunks = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size))
    for (const size of [1, 7, 64]) {
      expect((await collect(chunks(CAMERA, size), { file: 'bom.json' })).devices, `chunks of ${size}`).toEqual([CAMERA_DEVICE])
      expect((await collect(chunks(CAMERA_XML, size), { file: 'bom.xml' })).devices, `XML chunks of ${size}`).toEqual([CAMERA_DEVICE])
    }
  })

  it('place each device on the line its component starts', () => {
    const parsed = parseInventory(RACK.replaceAll('{"type":"device"', '\n{"type":"device"'), { file: 'rack.json' }, { detectDuplicates: false })
    expect(parsed.devices).toHaveLength(2)
    const bad = RACK.replace('"cdx:device:macAddress","value":"00:e0:fc:12:34:56"', '"cdx:device:macAddress","value":"not-a-mac"').replaceAll('{"type":"device"', '\n{"type":"device"')
    const { diagnostics } = parseInventory(bad, { file: 'rack.json' })
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual(['rack.json:2 (components[0]): warning: "not-a-mac" is not a MAC address; it is ignored. Write it as 00:e0:fc:12:34:56 (":", "-", "." or no separators), several separated by ";".'])
  })

  it('report a malformed component with its file, line and path, and keep the good devices', () => {
    const bom = `{
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "components": [
    "S5735-L24T4X",
    {
      "type": "device",
      "name": "DS-7608NI-K2",
      "supplier": { "name": "Hikvision" },
      "properties": { "cdx:device:serialNumber": "123" }
    },
    { "type": "device", "name": "DS-2CD2143G0-I", "supplier": { "name": "Hikvision" } }
  ]
}`
    const { devices, diagnostics } = parseInventory(bom, { file: 'site.cdx.json' })
    expect(devices.map((d) => d.id)).toEqual(['DS-7608NI-K2', 'DS-2CD2143G0-I'])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'site.cdx.json:5: error: field "components[0]" has the value "S5735-L24T4X"; expected a component object ({"type": "device", "name": ...}).',
      'site.cdx.json:6: error: field "components[1].properties" has the value "{\\"cdx:device:serialNumber\\":\\"123\\"}"; expected a list of {"name": ..., "value": ...}.',
    ])
  })

  it('report a BOM that names no device, and JSON that is not a BOM', () => {
    const sbom = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [{ type: 'library', name: 'a' }, { type: 'library', name: 'b' }, { type: 'file', name: 'c' }] })
    const none = parseInventory(sbom, { file: 'app.cdx.json' })
    expect(none.devices).toEqual([])
    expect(none.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'app.cdx.json:1: error: the CycloneDX BOM describes no device: it has no metadata.component and none of its 3 components (1 file, 2 library) is of type "device". Give the BOM of the device itself, whose metadata.component names it.',
    ])
    const notBom = parseInventory('[{"id": "d1"}]', { file: 'devices.cdx.json' })
    expect(notBom.diagnostics.map((d) => d.code)).toEqual(['invalid_field'])
    expect(formatDiagnostic(notBom.diagnostics[0]!)).toContain('expected "CycloneDX"')
    const broken = parseInventory(CAMERA.replace('"version": "B",', '"version": "B"'), { file: 'camera.cdx.json' })
    expect(broken.devices).toEqual([])
    expect(broken.diagnostics).toMatchObject([{ code: 'malformed_json', at: { file: 'camera.cdx.json', line: 16 } }])
    // The BOM saved twice into one file: the error is where the second starts, not "line 1 ... at position N".
    const twice = parseInventory(`${CAMERA}${CAMERA}`, { file: 'camera.cdx.json' })
    const second = CAMERA.split('\n').length
    expect(twice.diagnostics).toMatchObject([{ code: 'malformed_json', at: { file: 'camera.cdx.json', line: second, column: 1 } }])
    expect(formatDiagnostic(twice.diagnostics[0]!)).not.toMatch(/position/)
    const xml = parseInventory(CAMERA_XML.replace('</name>\n      <version>B', '</nam>\n      <version>B'), { file: 'camera.xml' })
    expect(xml.diagnostics).toMatchObject([{ code: 'malformed_xml', at: { file: 'camera.xml', line: 8 } }])
  })
})
