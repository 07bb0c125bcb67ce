import { describe, expect, it } from 'vitest'
import { parseSndlib } from './sndlib.js'
import { parseSndlibXml } from './sndlib-xml.js'
import { detectTopologyFormat } from './detect.js'
import { SNDLIB_XML_NATIVE as NATIVE } from '../../test-support/topology-examples.js'

const XML = `<?xml version="1.0" encoding="ISO-8859-1"?>
<network xmlns="http://sndlib.zib.de/network" version="1.0">
 <meta><unit>MBITPERSEC</unit></meta>
 <networkStructure>
  <nodes coordinatesType="geographical">
   <node id="A"><coordinates><x>8.68</x><y>50.11</y></coordinates></node>
   <node id="B"><coordinates><x>13.40</x><y>52.52</y></coordinates></node>
   <node id="C"><coordinates><x>11.58</x><y>48.14</y></coordinates></node>
  </nodes>
  <links>
   <link id="L1"><source>A</source><target>B</target><preInstalledModule><capacity>10000.0</capacity><cost>0.0</cost></preInstalledModule><routingCost>5.0</routingCost></link>
   <link id="L2"><source>B</source><target>C</target><additionalModules><addModule><capacity>40000.0</capacity><cost>804.0</cost></addModule></additionalModules></link>
  </links>
 </networkStructure>
 <demands>
  <demand id="A_C"><source>A</source><target>C</target><demandValue>120.5</demandValue></demand>
 </demands>
</network>
`

describe('SNDlib XML', () => {
  it('is told apart from GraphML', () => {
    expect(detectTopologyFormat('net.xml', XML)).toBe('sndlib-xml')
    expect(detectTopologyFormat('net.xml', '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"></graphml>')).toBe('graphml')
  })

  it('reads the same network and demands as the native format', () => {
    const xml = parseSndlibXml(XML, { file: 'net.xml', network: 'net' })
    const native = parseSndlib(NATIVE, { file: 'net.txt', network: 'net' })
    expect(xml.diagnostics).toEqual([])
    expect(xml.topology).toEqual(native.topology)
    expect(xml.flows).toEqual([{ id: 'A_C', src: 'net:A', dst: 'net:C', volume: 120.5 }])
  })

  it('refuses a DOCTYPE', () => {
    const { diagnostics } = parseSndlibXml('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<network/>', { file: 'x.xml' })
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['xml_doctype_rejected', 2]])
  })
  it('reads no coordinates from <nodes coordinatesType="pixel">, where they are places in a drawing', () => {
    // The layout of an SNDlib network that tools write with pixel coordinates: (0, 100), (100, 0)...
    const pixel = XML.replace('coordinatesType="geographical"', 'coordinatesType="pixel"')
      .replace('<x>8.68</x><y>50.11</y>', '<x>0</x><y>100</y>').replace('<x>13.40</x><y>52.52</y>', '<x>100</x><y>0</y>')
    const { topology, diagnostics } = parseSndlibXml(pixel, { file: 'net.xml' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => [n.id, n.lat, n.lon])).toEqual([['net:A', undefined, undefined], ['net:B', undefined, undefined], ['net:C', undefined, undefined]])
    expect(parseSndlibXml(XML, { file: 'net.xml' }).topology.nodes[0]).toMatchObject({ lon: 8.68, lat: 50.11 })
  })
})
