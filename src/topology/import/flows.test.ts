import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { parseFlows } from './flows.js'

const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

describe('parseFlows', () => {
  it('reads a flow sheet headed in German, Italian or Japanese as the same sheet headed in English', () => {
    const english = parseFlows('id,src,dst,volume,class\nf1,Frankfurt,Ramstein,40.5,secret\nf2,Berlin,Wiesbaden,2,confidential\n', { file: 'flows.csv' })
    const german = parseFlows('Fluss-ID;Quelle;Ziel;Volumen (Mbit/s);Klasse\nf1;Frankfurt;Ramstein;40,5;secret\nf2;Berlin;Wiesbaden;2;confidential\n', { file: 'flows.csv' })
    const italian = parseFlows('ID;Origine;Destinazione;Volume;Classe\nf1;Frankfurt;Ramstein;40,5;secret\nf2;Berlin;Wiesbaden;2;confidential\n', { file: 'flows.csv' })
    // Full-width brackets around the unit, as a Japanese input method writes them.
    const japanese = parseFlows('フローID,送信元,宛先,帯域（Mbps）,機密区分\nf1,Frankfurt,Ramstein,40.5,secret\nf2,Berlin,Wiesbaden,2,confidential\n', { file: 'flows.csv' })
    expect(english.flows).toHaveLength(2)
    for (const r of [german, italian, japanese]) {
      expect(r.diagnostics).toEqual([])
      expect(r.flows).toEqual(english.flows)
    }
    // Von/Nach (from, to) name the ends as well.
    expect(parseFlows('Von;Nach;Volumen\nFrankfurt;Ramstein;3\n', { file: 'flows.csv' }).flows).toEqual([{ id: 'line-2', src: 'Frankfurt', dst: 'Ramstein', volume: 3 }])
    // Bandwidth is a flow's volume here, and a link's capacity in a link list.
    expect(parseFlows('Quelle;Ziel;Bandbreite (Gbit/s)\nFrankfurt;Ramstein;2\n', { file: 'flows.csv' }).flows).toEqual([{ id: 'line-2', src: 'Frankfurt', dst: 'Ramstein', volume: 2000 }])
  })

  it('names the headers accepted for a column missing from a sheet headed in a language it does not read', () => {
    const r = parseFlows('Herkunft;Senke;Menge\nFrankfurt;Ramstein;3\n', { file: 'flows.csv' })
    expect(r.flows).toEqual([])
    const missing = r.diagnostics.filter((d) => d.code === 'missing_column').map(formatDiagnostic)
    expect(missing).toHaveLength(2)
    expect(missing[0]).toMatch(/^flows\.csv:1: error: missing column "src" \(or headed "source", "from", "Quelle", .*"送信元".*\)\. Expected columns include: src, dst, volume, id, class\./)
    expect(missing[1]).toMatch(/missing column "volume" \(or headed "demand", "Volumen", .*"流量"/)
  })

  it('reads a CSV flow list, keeping src and dst as written', () => {
    const { flows, diagnostics } = parseFlows('id,src,dst,volume,class\nf1,embassy-1,de:17,40,secret\nf2,Frankfurt,site-b,0.5,\n', { file: 'flows.csv' })
    expect(diagnostics).toEqual([])
    expect(flows).toEqual([
      { id: 'f1', src: 'embassy-1', dst: 'de:17', volume: 40, class: 'secret' },
      { id: 'f2', src: 'Frankfurt', dst: 'site-b', volume: 0.5 },
    ])
  })

  it('reads a flow sheet saved from a spreadsheet: its own headers, a unit beside the volume, thousands separators and decimal commas', () => {
    const us = 'Flow ID,Source,Destination,Volume (Mbit/s),Classification,Owner\nf1,Seattle,New York,"1,000.5",SECRET,DoD\nf2,Los Angeles,Atlanta,50.25,Confidential,State\n'
    const r = parseFlows(us, { file: 'flows.csv' })
    expect(r.flows).toEqual([
      { id: 'f1', src: 'Seattle', dst: 'New York', volume: 1000.5, class: 'SECRET' },
      { id: 'f2', src: 'Los Angeles', dst: 'Atlanta', volume: 50.25, class: 'Confidential' },
    ])
    expect(r.diagnostics.map(formatDiagnostic)).toEqual(['flows.csv:1:6: warning: unknown column "Owner" is ignored. Known columns: src, dst, volume, id, class.'])
    const de = 'Flow ID;Source;Destination;Volume [Mbit/s];Classification\nf1;Seattle;New York;1.000,5;secret\nf2;Los Angeles;Atlanta;50,25;confidential\n'
    expect(parseFlows(de, { file: 'flows.csv' }).flows.map((f) => f.volume)).toEqual([1000.5, 50.25])
  })

  it('skips the total row below the flows with a warning, where it was an error for its missing ends', () => {
    const r = parseFlows('id;src;dst;volume;class\nf1;Seattle;New York;1.000,5;secret\n;;;;\nTotal;;;1.000,5;\n', { file: 'flows.csv' })
    expect(r.flows.map((f) => f.id)).toEqual(['f1'])
    expect(r.diagnostics.map(formatDiagnostic)).toEqual(['flows.csv:4: warning: this row, "Total 1.000,5", is a spreadsheet\'s total, not a flow: it is skipped.'])
    // A flow whose source is a node labelled Total is still a flow.
    expect(parseFlows('src,dst,volume\nTotal,Sum,5\n', { file: 'flows.csv' }).flows).toHaveLength(1)
  })

  it('reads a volume written with its rate in Mbit/s, and says how to write one in bytes', () => {
    const r = parseFlows('id,src,dst,volume\nf1,a,b,100 Mbit/s\nf2,a,b,"2,5 Gbps"\nf3,a,b,500 kb/s\nf4,a,b,1 MBit/s\nf5,a,b,10 MB/s\nf6,a,b,"1,5 GBps"\n', { file: 'flows.csv' })
    expect(r.flows.map((f) => [f.id, f.volume])).toEqual([['f1', 100], ['f2', 2500], ['f3', 0.5], ['f4', 1]])
    expect(r.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "flows.csv:6: error: field "volume" has the value "10 MB/s"; expected a rate in bits per second, not bytes: 10 MB/s is 80 Mbit/s if bytes were meant (write 80), or write 10 Mbit/s if the B stood for bits.",
        "flows.csv:7: error: field "volume" has the value "1,5 GBps"; expected a rate in bits per second, not bytes: 1,5 GBps is 12,000 Mbit/s if bytes were meant (write 12000), or write 1,5 Gbit/s if the B stood for bits.",
      ]
    `)
  })

  it('reads the plain volumes of a column headed with its rate (Volume (Gbit/s)) in that rate, beside cells that give their own', () => {
    // 2 Gbit/s and 500 Mbit/s: read as 2 and 500, the second flow weighed 250 times the first.
    const r = parseFlows('id,src,dst,Volume (Gbit/s),class\na,Seattle,Houston,2,secret\nb,Seattle,Atlanta,500 Mbit/s,secret\nc,Seattle,Denver,"0,25",secret\n', { file: 'flows.csv' })
    expect(r.diagnostics).toEqual([])
    expect(r.flows.map((f) => [f.id, f.volume])).toEqual([['a', 2000], ['b', 500], ['c', 250]])
    expect(parseFlows('src,dst,Demand [kbps]\na,b,1500\n', { file: 'flows.csv' }).flows[0]!.volume).toBe(1.5)
    // And in JSON, by the key the volume is read from.
    expect(parseFlows('[{"id":"a","src":"a","dst":"b","Volume (Gbit/s)":2},{"id":"b","src":"a","dst":"c","Volume (Gbit/s)":"500 Mbit/s"}]', { file: 'flows.json' }).flows.map((f) => f.volume)).toEqual([2000, 500])
    // A unit that is no rate is the sheet's own, kept as written.
    expect(parseFlows('src,dst,Volume (calls)\na,b,12\n', { file: 'flows.csv' }).flows[0]!.volume).toBe(12)
  })

  it('reads the header below a sheet\'s title, and says so', () => {
    const r = parseFlows('Sensitive flows (owner: J. Smith),,,\n2026-06-01,,,\nid,src,dst,volume\nf1,a,b,5\n', { file: 'flows.csv' })
    expect(r.flows).toEqual([{ id: 'f1', src: 'a', dst: 'b', volume: 5 }])
    expect(r.diagnostics.map(formatDiagnostic)).toEqual(['flows.csv:1: warning: the lines above the header on line 3, from "Sensitive flows (owner: J. Smith)", ' +
      'are read as a title: the columns are those of line 3.'])
  })

  it('asks which of a thousand or one a volume of 1,000 is', () => {
    const r = parseFlows('id,src,dst,volume\nf1,a,b,"1,000"\n', { file: 'flows.csv' })
    expect(r.flows).toEqual([])
    expect(r.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "flows.csv:2: error: field "volume" has the value "1,000"; expected a number of 0 or more (Mbit/s by convention); the comma may group thousands (1000) or be a decimal comma (1): write 1000 or 1.",
      ]
    `)
  })

  it('reads REPETITA\'s demands: ends by node position, as its .graph numbers the nodes, and bw in kbit/s as Mbit/s', () => {
    // The start of REPETITA's Arpanet196912.0000.demands (Topology Zoo, inverse-capacity weights).
    const text = 'DEMANDS 12\nlabel src dest bw\ndemand_0 0 1 175424\ndemand_1 0 2 152697\ndemand_2 0 3 76156\ndemand_3 1 0 lots\n'
    const r = parseFlows(text, { file: 'Arpanet196912.0000.demands' })
    expect(r.flows).toEqual([
      { id: 'demand_0', src: '0', dst: '1', volume: 175.424 },
      { id: 'demand_1', src: '0', dst: '2', volume: 152.697 },
      { id: 'demand_2', src: '0', dst: '3', volume: 76.156 },
    ])
    expect(codes(r)).toEqual(['invalid_field@6'])
    expect(codes(parseFlows(text.replace('demand_3 1 0 lots', 'demand_3 1 0'), { file: 'a.demands' }))).toEqual(['malformed_repetita@6'])
  })

  it('reads the demands of an SNDlib demand matrix, native or XML, with node ids as written and volumes in Mbit/s', () => {
    // The layout of abilene's 5-minute demand matrices from SNDlib's dynamic traffic: nodes, no links, demands.
    const native = '?SNDlib native format; type: network; version: 1.0\n# network demandMatrix-abilene-zhang-5min-20040301-0010\n\n' +
      'META (\n  granularity = 5min\n  time = 20040301-0010\n  unit = GBITPERSEC\n)\n\nNODES (\n  ATLAM5 ( -84.3833 33.75 )\n  ATLAng ( -85.50 34.50 )\n)\n\n' +
      'LINKS (\n)\n\nDEMANDS (\n  ATLAM5_ATLAng ( ATLAM5 ATLAng ) 1 0.002611 UNLIMITED\n  ATLAng_ATLAM5 ( ATLAng ATLAM5 ) 1 12.1 UNLIMITED\n)\n'
    const r = parseFlows(native, { file: 'demandMatrix-abilene-zhang-5min-20040301-0010.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.flows).toEqual([{ id: 'ATLAM5_ATLAng', src: 'ATLAM5', dst: 'ATLAng', volume: 2.611 }, { id: 'ATLAng_ATLAM5', src: 'ATLAng', dst: 'ATLAM5', volume: 12100 }])
    expect(r.lines?.get('ATLAng_ATLAM5')).toBe(20)
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<network xmlns="http://sndlib.zib.de/network" version="1.0">\n <meta>\n  <unit>MBITPERSEC</unit>\n </meta>\n' +
      ' <networkStructure>\n  <nodes coordinatesType="geographical">\n   <node id="ATLAM5"><coordinates><x>-84.3833</x><y>33.75</y></coordinates></node>\n  </nodes>\n  <links>\n  </links>\n </networkStructure>\n' +
      ' <demands>\n  <demand id="ATLAM5_ATLAng">\n   <source>ATLAM5</source>\n   <target>ATLAng</target>\n   <demandValue> 0.002611 </demandValue>\n  </demand>\n </demands>\n</network>\n'
    expect(parseFlows(xml, { file: 'demandMatrix.xml' }).flows).toEqual([{ id: 'ATLAM5_ATLAng', src: 'ATLAM5', dst: 'ATLAng', volume: 0.002611 }])
  })

  it('reads a JSON array and an object with a flows array', () => {
    const expected = [{ id: 'f1', src: 'a', dst: 'b', volume: 3, class: 'restricted' }]
    expect(parseFlows('[{"id":"f1","src":"a","dst":"b","volume":3,"class":"restricted"}]', { file: 'flows.json' }).flows).toEqual(expected)
    expect(parseFlows('{"flows":[{"id":"f1","src":"a","dst":"b","volume":"3","class":"restricted"}]}', { file: 'flows.txt' }).flows).toEqual(expected)
  })

  it('reads a JSON flow by the names a flow sheet\'s header may give its fields (source, from, to, Classification...), as the CSV is read', () => {
    const text = '[{"Flow ID":"f1","source":"Seattle","destination":"Houston","Volume (Mbit/s)":10,"Classification":"SECRET"},\n' +
      ' {"id":"f2","from":"Seattle","to":"Houston","demand":"1 Gbps","src":"Denver"}]'
    const r = parseFlows(text, { file: 'flows.json' })
    expect(r.diagnostics).toEqual([])
    expect(r.flows).toEqual([
      { id: 'f1', src: 'Seattle', dst: 'Houston', volume: 10, class: 'SECRET' },
      { id: 'f2', src: 'Denver', dst: 'Houston', volume: 1000 },
    ])
  })

  it('reports bad volumes, missing ends and repeated ids with their lines and keeps the good rows', () => {
    const r = parseFlows('id,src,dst,volume\nf1,a,b,-1\nf2,a,b,lots\nf3,,b,1\nf4,a,b,\nf5,a,b,2\nf5,a,c,2\n', { file: 'flows.csv' })
    expect(codes(r)).toEqual(['invalid_field@2', 'invalid_field@3', 'invalid_field@4', 'invalid_field@5', 'duplicate_flow@7'])
    expect(r.flows.map((f) => f.id)).toEqual(['f5'])
    expect(r.diagnostics.slice(1, 2).concat(r.diagnostics.slice(4)).map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "flows.csv:3: error: field "volume" has the value "lots"; expected a number of 0 or more (Mbit/s by convention), such as 40, 1,000.5, 1.000,5 or 2.5 Gbit/s.",
        "flows.csv:7: warning: flow id "f5" was already used at flows.csv:6; this flow is skipped. Give every flow a unique id.",
      ]
    `)
  })

  it('names flows of a list without ids after their line', () => {
    const r = parseFlows('src,dst,volume,class\nFrankfurt,Milan,100,embassy\nLondon,Moscow,50,\n', { file: 'flows.csv' })
    expect(r.diagnostics).toEqual([])
    expect(r.flows).toEqual([
      { id: 'line-2', src: 'Frankfurt', dst: 'Milan', volume: 100, class: 'embassy' },
      { id: 'line-3', src: 'London', dst: 'Moscow', volume: 50 },
    ])
    expect(r.lines).toEqual(new Map([['line-2', 2], ['line-3', 3]]))
    expect(parseFlows('[\n {"src": "a", "dst": "b", "volume": 1}\n]', { file: 'flows.json' }).flows.map((f) => f.id)).toEqual(['line-2'])
  })

  it('names the flows without ids of a JSON list written on one line after their position, where each was line-1 and all but the first were skipped as repeats', () => {
    const r = parseFlows('[{"src":"Seattle","dst":"Houston","volume":10},{"src":"New York","dst":"Houston","volume":20}]\n', { file: 'flows.json' })
    expect(r.diagnostics).toEqual([])
    expect(r.flows.map((f) => [f.id, f.src])).toEqual([['flow-1', 'Seattle'], ['flow-2', 'New York']])
    // One flow a line keeps the line's name.
    expect(parseFlows('[\n{"src":"a","dst":"b","volume":1},\n{"src":"a","dst":"c","volume":1}\n]', { file: 'flows.json' }).flows.map((f) => f.id)).toEqual(['line-2', 'line-3'])
  })

  it('tells a traffic matrix (sources down, destinations across) from a flow list, in one error that shows its first cell as a row', () => {
    // A planning sheet's grid: sources down the first column, destinations across the first row.
    const r = parseFlows(',Seattle,Houston,Atlanta\nSeattle,,100,50\nHouston,100,,20\nAtlanta,50,20,\n', { file: 'matrix.csv' })
    expect(r.flows).toEqual([])
    expect(r.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "matrix.csv:1: error: this is a traffic matrix (sources down the first column, destinations across the first row), not a flow list, which has one row per flow: id,src,dst,volume,class. Write each filled cell as a row (its first: Seattle,Houston,100), with the class of its traffic, and give that file with --flows.",
      ]
    `)
    // A flow list whose header names its columns is none.
    expect(parseFlows('src,dst,volume\nSeattle,Houston,100\n', { file: 'flows.csv' }).diagnostics).toEqual([])
  })

  it('still reports an empty id in an id column', () => {
    expect(codes(parseFlows('id,src,dst,volume\n,a,b,1\n', { file: 'flows.csv' }))).toEqual(['invalid_field@2'])
  })

  it('returns the line of each flow, so later stages can point at it', () => {
    expect(parseFlows('id,src,dst,volume\nf1,a,b,1\n\nf2,a,c,2\n', { file: 'flows.csv' }).lines).toEqual(new Map([['f1', 2], ['f2', 4]]))
  })

  it('reports JSON flows with their line and path', () => {
    const r = parseFlows('[\n {"id": "f1", "src": "a", "dst": "b", "volume": 1},\n {"id": "f2", "src": "a", "volume": 1}\n]', { file: 'flows.json' })
    expect(r.diagnostics).toMatchObject([{ code: 'invalid_field', field: 'dst', at: { line: 3, path: [1] } }])
  })

  it('warns when the file holds no flows', () => {
    expect(codes(parseFlows('id,src,dst,volume\n', { file: 'flows.csv' }))).toEqual(['nothing_imported@undefined'])
  })
})
