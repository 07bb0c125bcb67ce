import { describe, expect, it } from 'vitest'
import { parseKathara } from './kathara.js'
import { parseTopology } from './parse-topology.js'
import { detectTopologyFormat } from './detect.js'
import { formatDiagnostic } from '../../diagnostics/format.js'

// Kathará's static-routing lab (Kathara-Labs, "Basic Topics/Static routing"), as published.
const LAB_CONF = `LAB_DESCRIPTION="A simple example showing how to configure static routes"
LAB_VERSION=1.0
LAB_AUTHOR="G. Di Battista, M. Patrignani, M. Pizzonia, F. Ricci, M. Rimondini"
LAB_EMAIL=contact@kathara.org
LAB_WEB=http://www.kathara.org/

r1[0]="A"
r1[1]="B"
r1[image]="kathara/base"

r2[0]="C"
r2[1]="B"
r2[image]="kathara/base"

pc1[0]="A"
pc2[0]="C"
`

describe('parseKathara', () => {
  it('reads each device as a node with its image as platform, and links the devices of each collision domain', () => {
    const { topology, diagnostics } = parseKathara(LAB_CONF, { file: 'lab.conf', network: 'static' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      { id: 'static:r1', network: 'static', devices: ['r1'], platform: 'kathara/base' },
      { id: 'static:r2', network: 'static', devices: ['r2'], platform: 'kathara/base' },
      { id: 'static:pc1', network: 'static', devices: ['pc1'] },
      { id: 'static:pc2', network: 'static', devices: ['pc2'] },
    ])
    expect(topology.links).toEqual([
      { a: 'static:r1', b: 'static:pc1' },
      { a: 'static:r1', b: 'static:r2' },
      { a: 'static:r2', b: 'static:pc2' },
    ])
  })

  it('links every two devices of a domain that joins three, and reads a domain written with a MAC address after a slash', () => {
    const { topology } = parseKathara('a[0]=lan\nb[0]=lan/00:00:00:00:00:0b\nc[0]="lan"\n', { file: 'lab.conf', network: 'l' })
    expect(topology.links.map((l) => `${l.a} ${l.b}`)).toEqual(['l:a l:b', 'l:a l:c', 'l:b l:c'])
  })

  it('is told by its device[interface] lines, where it was refused as a file of no format read', () => {
    const { format, topology } = parseTopology(LAB_CONF, { file: 'lab.conf' })
    expect(format).toBe('kathara')
    expect(topology.links).toHaveLength(3)
  })

  it('names the network after the lab\'s folder, as Kathará names the lab, rather than "lab" for every lab', () => {
    expect(parseKathara(LAB_CONF, { file: 'labs/static-routing/lab.conf' }).topology.networks).toEqual(['static-routing'])
    expect(parseKathara(LAB_CONF, { file: 'lab.conf' }).topology.networks).toEqual(['lab'])
  })

  it('reports a line that is no assignment, with its line', () => {
    const { diagnostics } = parseKathara(LAB_CONF.replace('pc2[0]="C"', 'pc2 0 C'), { file: 'lab.conf' })
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "lab.conf:16: error: cannot read this line of the Kathará lab.conf: expected device[interface]="collision domain" (or device[option]=value), got "pc2 0 C". Fix the line, or start it with # to make it a comment.",
      ]
    `)
  })

  it('is told by its other lines when one is broken, so that the error names that line rather than refusing the file', () => {
    const broken = LAB_CONF.replace('r2[1]="B"', 'r2 = B')
    const { format, diagnostics } = parseTopology(broken, { file: 'lab.conf' })
    expect(format).toBe('kathara')
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_kathara@12'])
    // Lines of another kind, most of them, are not a lab.conf.
    expect(detectTopologyFormat('x.txt', 'a b\nb c\nc d\nr1[0]="A"\nr2[0]="A"\n')).not.toBe('kathara')
  })
})
