import { describe, expect, it } from 'vitest'
import { FlowRecordReader, flowRecordFormat, parseFlowRecords, unreadFlowLog } from './flow-records.js'
import { NFDUMP_HEADER, NFDUMP_SUMMARY, ZEEK_CONN_HEADER, nfdumpRecord } from '../../test-support/flow-logs.js'
import { formatDiagnostic } from '../../diagnostics/format.js'

const NFDUMP = [
  NFDUMP_HEADER,
  nfdumpRecord('2026-11-20 12:00:00.000', '2026-11-20 12:00:05.500', '5.500', '10.1.0.5', '10.9.0.7', 625000),
  nfdumpRecord('2026-11-20 12:00:04.000', '2026-11-20 12:00:10.000', '6.000', '10.1.0.5', '10.9.0.7', 125000),
  nfdumpRecord('2026-11-20 12:00:02.000', '2026-11-20 12:00:03.000', '1.000', '2001:db8:9::7', '10.1.0.5', 1000),
  ...NFDUMP_SUMMARY,
].join('\n') + '\n'

// Zeek's conn.log: orig_bytes and resp_bytes each way, `-` unset, a count that does not read.
const ZEEK = [
  ...ZEEK_CONN_HEADER,
  '1795176000.000000\tCHhAvVGS1DHFjwGM9\t10.1.0.5\t51514\t10.9.0.7\t443\ttcp\tssl\t20.000000\t5000\t250000\tSF\tT\tF\t0\tShADadFf\t40\t7080\t200\t260400\t(empty)',
  '1795176010.000000\tC4J4Th3PJpwUYZZ6gc\t10.1.0.5\t53\t10.9.0.8\t53\tudp\tdns\t-\t-\t-\tS0\tT\tF\t0\tD\t1\t60\t0\t0\t(empty)',
  '1795176005.500000\tCbad\t10.1.0.5\t53\t10.9.0.8\t53\tudp\tdns\t0.1\tlots\t0\tSF\tT\tF\t0\tD\t1\t60\t0\t0\t(empty)',
  '#close\t2026-11-20-12-10-00',
].join('\n') + '\n'

describe('flowRecordFormat', () => {
  it('tells nfdump CSV and Zeek conn.log by their start, and a flow list from both', () => {
    expect(flowRecordFormat(NFDUMP)).toBe('nfdump')
    expect(flowRecordFormat('firstSeen,lastSeen,duration,proto,srcAddr,srcPort,dstAddr,dstPort,inPackets,inBytes\n')).toBe('nfdump')
    expect(flowRecordFormat(ZEEK)).toBe('zeek')
    expect(flowRecordFormat('id,src,dst,volume,class\nf1,a,b,10,secret\n')).toBeUndefined()
  })
})

describe('parseFlowRecords', () => {
  it('sums nfdump records per address pair and stops at the Summary', () => {
    const { value, diagnostics } = parseFlowRecords(NFDUMP, { file: 'flows.csv' })
    expect(diagnostics).toEqual([])
    expect(value.format).toBe('nfdump')
    expect(value.records).toBe(3)
    expect([...value.pairs.values()]).toEqual([
      { src: '10.1.0.5', dst: '10.9.0.7', bytes: 750000, records: 2, line: 2 },
      { src: '2001:db8:9::7', dst: '10.1.0.5', bytes: 1000, records: 1, line: 4 },
    ])
    // From the first record's start to the last one's end.
    expect(value.span).toBe(10)
  })

  it('reads later nfdump releases\' CSV header words', () => {
    const text = 'firstSeen,lastSeen,duration,proto,srcAddr,srcPort,dstAddr,dstPort,inPackets,inBytes,outBytes\n' +
      '2026-11-20 12:00:00.250,2026-11-20 12:00:02.250,2.000,TCP,10.1.0.5,51514,10.9.0.7,443,10,4000,8000\n'
    const { value } = parseFlowRecords(text, { file: 'flows.csv' })
    // outBytes, which bidirectional exporters fill, go back from the destination.
    expect([...value.pairs.values()].map((p) => [p.src, p.dst, p.bytes])).toEqual([['10.1.0.5', '10.9.0.7', 4000], ['10.9.0.7', '10.1.0.5', 8000]])
    expect(value.span).toBe(2)
  })

  it('reads nfdump 1.7\'s default CSV, its times as written (the local time of the machine that ran nfdump), and says they carry no zone', () => {
    // nfdump.conf's csv line %ts,%td,%pr,%sa,%sp,%da,%dp,%pkt,%byt,%fl: no lastSeen, the end is firstSeen + duration.
    const text = 'firstSeen,duration,proto,srcAddr,srcPort,dstAddr,dstPort,packets,bytes,flows\n' +
      '2026-03-29 01:58:00.000,60.000,TCP,10.1.0.5,51514,10.9.0.7,443,25000,37500000,1\n' +
      '2026-03-29 03:02:00.000,58.000,TCP,10.1.0.5,40112,10.9.0.7,22,3000,3750000,1\n'
    const { value, diagnostics } = parseFlowRecords(text, { file: 'nfcapd.csv' })
    expect(diagnostics).toEqual([])
    expect(value.span).toBe(3898)
    expect(value.localTimes).toBe(true)
    expect(value.window).toEqual({ start: Date.UTC(2026, 2, 29, 1, 58) / 1000, end: Date.UTC(2026, 2, 29, 3, 2, 58) / 1000 })
  })

  it('reads nfdump\'s times in seconds since the epoch (%tsr, %ter) as zoned, and a record of no time (0000-00-00) without stretching the span', () => {
    const text = 'firstSeen,lastSeen,srcAddr,dstAddr,bytes\n' +
      '1795176000.000,1795176010.500,10.1.0.5,10.9.0.7,4000\n' +
      '0000-00-00 00:00:00.000,0000-00-00 00:00:00.000,10.1.0.5,10.9.0.8,1000\n'
    const { value, diagnostics } = parseFlowRecords(text, { file: 'raw.csv' })
    expect(diagnostics).toEqual([])
    expect(value.records).toBe(2)
    // The untimed record's bytes count; its year 0000 (read as 1899) does not make the capture 127 years long.
    expect([...value.pairs.values()].map((p) => p.bytes)).toEqual([4000, 1000])
    expect(value.span).toBe(10.5)
    expect(value.localTimes).toBe(false)
  })

  it('reads Zeek JSON\'s ISO 8601 ts without a zone as written, whatever the zone of the machine running trustpath', () => {
    const line = (ts: string, bytes: number) => JSON.stringify({ ts, uid: 'C1', 'id.orig_h': '10.1.0.5', 'id.orig_p': 51514, 'id.resp_h': '10.9.0.7', 'id.resp_p': 443, proto: 'tcp', duration: 1, orig_bytes: bytes, resp_bytes: 0, conn_state: 'SF' })
    const local = parseFlowRecords(`${line('2026-11-20T12:00:00', 10)}\n${line('2026-11-20T12:00:09', 10)}\n`, { file: 'conn.json' }).value
    expect(local.window).toEqual({ start: Date.UTC(2026, 10, 20, 12) / 1000, end: Date.UTC(2026, 10, 20, 12, 0, 10) / 1000 })
    expect(local.localTimes).toBe(true)
    const zoned = parseFlowRecords(`${line('2026-11-20T12:00:00Z', 10)}\n${line('2026-11-20T13:00:09+01:00', 10)}\n`, { file: 'conn.json' }).value
    expect(zoned.span).toBe(10)
    expect(zoned.localTimes).toBe(false)
  })

  it('reads nfdump\'s -o json (a field a line, a comma after the last) and -o json-log (a record a line), 1.7\'s keys and 1.6\'s', () => {
    // As output_json.c prints a record: each field followed by its separator, the last one too.
    const human = '[\n{\n\t"type" : "FLOW",\n\t"sampled" : 0,\n\t"export_sysid" : 1,\n\t"first" : "2026-11-20T12:00:00.000",\n\t"last" : "2026-11-20T12:00:08.000",\n' +
      '\t"received" : "2026-11-20T12:00:09.000",\n\t"in_packets" : 900,\n\t"in_bytes" : 750000,\n\t"proto" : 6,\n\t"src4_addr" : "10.1.0.5",\n\t"dst4_addr" : "10.9.0.7",\n' +
      '\t"src_geo" : "",\n\t"out_packets" : 200,\n\t"out_bytes" : 250000,\n\t"aggr_flows" : 1,\n},\n{\n\t"type" : "FLOW",\n\t"sampled" : 0,\n\t"export_sysid" : 1,\n' +
      '\t"first" : "2026-11-20T12:00:05.000",\n\t"last" : "2026-11-20T12:00:10.000",\n\t"in_bytes" : 1000,\n\t"src6_addr" : "2001:db8:9::7",\n\t"dst6_addr" : "2001:db8:1::5",\n}]\n'
    expect(flowRecordFormat(human)).toBe('nfdump-json')
    const { value, diagnostics } = parseFlowRecords(human, { file: 'nfcapd.json' })
    expect(diagnostics).toEqual([])
    expect([...value.pairs.values()].map((p) => [p.src, p.dst, p.bytes, p.line])).toEqual([
      ['10.1.0.5', '10.9.0.7', 750000, 2], ['10.9.0.7', '10.1.0.5', 250000, 2], ['2001:db8:9::7', '2001:db8:1::5', 1000, 19],
    ])
    expect(value.span).toBe(10)
    expect(value.localTimes).toBe(true)
    // 1.6's t_first/t_last, one record a line; a record whose bytes do not read is at its line.
    const log = '{"type" : "FLOW","sampled" : 0,"export_sysid" : 19,"t_first" : "2026-11-20T12:00:00.000","t_last" : "2026-11-20T12:00:04.000","proto" : 17,"src4_addr" : "10.1.0.5","dst4_addr" : "10.9.0.7","in_packets" : 1,"in_bytes" : 100,}\n' +
      '{"type" : "FLOW","sampled" : 0,"export_sysid" : 19,"t_first" : "2026-11-20T12:00:01.000","t_last" : "2026-11-20T12:00:02.000","src4_addr" : "10.1.0.5","dst4_addr" : "10.9.0.7","in_bytes" : -5,}\n'
    const read = parseFlowRecords(log, { file: 'json-log.txt' })
    expect(read.value.format).toBe('nfdump-json')
    expect([...read.value.pairs.values()].map((p) => p.bytes)).toEqual([100])
    expect(read.diagnostics).toMatchObject([{ code: 'invalid_flow_record', at: { file: 'json-log.txt', line: 2 }, format: 'nfdump', field: 'in_bytes', value: '-5' }])
  })

  it('says that nfdump\'s JSON ends inside a record, cut short, rather than leave that record out without a word', () => {
    const cut = '[\n{\n\t"type" : "FLOW",\n\t"export_sysid" : 1,\n\t"first" : "2026-11-20T12:00:00.000",\n\t"last" : "2026-11-20T12:00:08.000",\n' +
      '\t"in_bytes" : 750000,\n\t"src4_addr" : "10.1.0.5",\n\t"dst4_addr" : "10.9.0.7",\n},\n{\n\t"type" : "FLOW",\n\t"export_sysid" : 1,\n\t"first" : "2026-11-20T12:00:05.000",\n'
    const { value, diagnostics } = parseFlowRecords(cut, { file: 'nfcapd.json' })
    expect(value.records).toBe(1)
    expect(diagnostics).toMatchObject([{ code: 'invalid_flow_record', severity: 'error', at: { file: 'nfcapd.json', line: 11 }, field: 'JSON object' }])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('cut short')
  })

  it('reads GoFlow2\'s JSON lines, 2.x\'s and 1.x\'s keys, scaling sampled bytes by their sampling rate', () => {
    const v2 = [
      // sFlow samples one packet in 1,000: its 1,500 bytes stand for 1.5 MB.
      '{"type":"SFLOW_5","time_received_ns":1795176000000000000,"sequence_num":812,"sampling_rate":1000,"sampler_address":"192.0.2.1","time_flow_start_ns":1795176000000000000,"time_flow_end_ns":1795176000000000000,"bytes":1500,"packets":1,"src_addr":"10.1.0.5","dst_addr":"10.9.0.7","etype":"IPv4","proto":"TCP","src_port":51514,"dst_port":443}',
      // An unsampled NetFlow record (sampling_rate 0) counts as written.
      '{"type":"NETFLOW_V9","time_received_ns":"2026-11-20T12:00:21.064235982Z","sequence_num":7,"sampling_rate":0,"sampler_address":"192.0.2.2","time_flow_start_ns":1795176010000000000,"time_flow_end_ns":1795176020000000000,"bytes":750000,"packets":500,"src_addr":"10.9.0.7","dst_addr":"10.1.0.5"}',
    ].join('\n')
    expect(flowRecordFormat(v2)).toBe('goflow')
    const { value, diagnostics } = parseFlowRecords(v2, { file: 'goflow2.json' })
    expect(diagnostics).toEqual([])
    expect([...value.pairs.values()].map((p) => [p.src, p.dst, p.bytes])).toEqual([['10.1.0.5', '10.9.0.7', 1500000], ['10.9.0.7', '10.1.0.5', 750000]])
    expect(value.span).toBe(20)
    expect(value.localTimes).toBe(false)
    const v1 = '{"Type":"SFLOW_5","TimeFlowEnd":1621820000,"TimeFlowStart":1621820000,"TimeReceived":1621820000,"Bytes":70,"Packets":1,"SamplingRate":100,"SamplerAddress":"192.168.1.254","DstAddr":"10.0.0.1","SrcAddr":"192.168.1.1"}\n'
    expect([...parseFlowRecords(v1, { file: 'goflow.json' }).value.pairs.values()].map((p) => [p.src, p.dst, p.bytes])).toEqual([['192.168.1.1', '10.0.0.1', 7000]])
  })

  it('reads ipfixcol2\'s JSON output by IPFIX\'s element names, a biflow\'s reverse bytes back, times formatted or in milliseconds', () => {
    const text = [
      '{"@type":"ipfix.entry","iana:octetDeltaCount":3568720,"iana:packetDeltaCount":2383,"iana:flowStartMilliseconds":"2026-11-20T12:00:00.000Z","iana:flowEndMilliseconds":"2026-11-20T12:00:05.000Z","iana:ipVersion":4,"iana:sourceIPv4Address":"10.1.0.5","iana:destinationIPv4Address":"10.9.0.7","iana:protocolIdentifier":"TCP","iana:sourceTransportPort":47200,"iana:destinationTransportPort":443}',
      '{"@type":"ipfix.entry","iana:octetDeltaCount":1000,"iana@reverse:octetDeltaCount@reverse":4000,"iana:flowStartMilliseconds":1795176004000,"iana:flowEndMilliseconds":1795176010000,"iana:sourceIPv6Address":"2001:db8:9::7","iana:destinationIPv6Address":"2001:db8:1::5"}',
    ].join('\n')
    expect(flowRecordFormat(text)).toBe('ipfixcol2')
    const { value, diagnostics } = parseFlowRecords(text, { file: 'ipfixcol2.json' })
    expect(diagnostics).toEqual([])
    expect([...value.pairs.values()].map((p) => [p.src, p.dst, p.bytes])).toEqual([
      ['10.1.0.5', '10.9.0.7', 3568720], ['2001:db8:9::7', '2001:db8:1::5', 1000], ['2001:db8:1::5', '2001:db8:9::7', 4000],
    ])
    expect(value.span).toBe(10)
    expect(value.localTimes).toBe(false)
  })

  it('reads Zeek conn.log both ways, an unset count as 0, and reports a count that does not read', () => {
    const { value, diagnostics } = parseFlowRecords(ZEEK, { file: 'conn.log' })
    expect([...value.pairs.values()].map((p) => [p.src, p.dst, p.bytes])).toEqual([
      ['10.1.0.5', '10.9.0.7', 5000], ['10.9.0.7', '10.1.0.5', 250000], ['10.1.0.5', '10.9.0.8', 0],
    ])
    expect(value.span).toBe(20)
    expect(diagnostics).toEqual([
      { code: 'invalid_flow_record', severity: 'error', at: { file: 'conn.log', line: 11 }, format: 'zeek', field: 'orig_bytes', value: 'lots', expected: 'a whole number of bytes or -' },
    ])
  })

  it('reads Zeek conn.log written as JSON lines, an unset field left out, ts in seconds or ISO 8601', () => {
    const text = [
      '{"ts":1795176000.5,"uid":"CHhAvVGS1DHFjwGM9","id.orig_h":"10.1.0.5","id.orig_p":51514,"id.resp_h":"2001:db8:9::7","id.resp_p":443,"proto":"tcp","service":"ssl","duration":9.5,"orig_bytes":5000,"resp_bytes":250000,"conn_state":"SF","missed_bytes":0,"history":"ShADadFf","orig_pkts":40,"orig_ip_bytes":7080,"resp_pkts":200,"resp_ip_bytes":260400}',
      '{"ts":"2026-11-20T12:00:05.000000Z","uid":"C4J4Th3PJpwUYZZ6gc","id.orig_h":"10.1.0.5","id.orig_p":53,"id.resp_h":"10.9.0.8","id.resp_p":53,"proto":"udp","conn_state":"S0","missed_bytes":0,"history":"D","orig_pkts":1,"orig_ip_bytes":60,"resp_pkts":0,"resp_ip_bytes":0}',
      '{"ts":1795176001,"uid":"Cbad","id.orig_h":"10.1.0.5","id.resp_h":"10.9.0.8","orig_bytes":"lots","conn_state":"SF"}',
    ].join('\n')
    expect(flowRecordFormat(text)).toBe('zeek-json')
    expect(flowRecordFormat('{"ts":1795176000.5,"uid":"C1","id.orig_h":"10.1.0.5","id.resp_h":"10.1.0.1","query":"example.com","qtype_name":"A"}\n')).toBeUndefined()
    const { value, diagnostics } = parseFlowRecords(text, { file: 'conn.json' })
    expect([...value.pairs.values()].map((p) => [p.src, p.dst, p.bytes])).toEqual([
      ['10.1.0.5', '2001:db8:9::7', 5000], ['2001:db8:9::7', '10.1.0.5', 250000], ['10.1.0.5', '10.9.0.8', 0],
    ])
    expect(value.records).toBe(2)
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['invalid_flow_record', 3]])
  })

  it('reads an AWS VPC flow log as S3 keeps it, leaving out records of no traffic and rejected ones', () => {
    const text = [
      'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status',
      '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1795176000 1795176060 ACCEPT OK',
      '2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1795176010 1795176070 REJECT OK',
      '2 123456789010 eni-1a2b3c4d - - - - - - - 1795176000 1795176060 - NODATA',
      '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20642 22 6 20 4249 1795176060 1795176120 ACCEPT OK',
    ].join('\n')
    expect(flowRecordFormat(text)).toBe('vpc')
    const { value, diagnostics } = parseFlowRecords(text, { file: 'vpc.log' })
    expect(diagnostics).toEqual([])
    expect([...value.pairs.values()].map((p) => [p.src, p.dst, p.bytes, p.records])).toEqual([['172.31.16.139', '172.31.16.21', 8498, 2]])
    expect(value.span).toBe(120)
  })

  it('reports an nfdump record whose bytes do not read, at its line', () => {
    const { value, diagnostics } = parseFlowRecords(`${NFDUMP_HEADER}\n${nfdumpRecord('2026-11-20 12:00:00', '2026-11-20 12:00:01', '1.000', '10.1.0.5', '10.9.0.7', '1.2 M')}\n`, { file: 'f.csv' })
    expect(value.records).toBe(0)
    expect(diagnostics).toEqual([{ code: 'invalid_flow_record', severity: 'error', at: { file: 'f.csv', line: 2 }, format: 'nfdump', field: 'ibyt', value: '1.2 M', expected: 'a whole number of bytes' }])
  })

  it('reports the first hundred records that do not read, and counts the others', () => {
    const lines = [NFDUMP_HEADER, ...Array.from({ length: 250 }, (_, i) => nfdumpRecord('2026-11-20 12:00:00', '2026-11-20 12:00:01', '1.000', '10.1.0.5', '10.9.0.7', `x${i}`))]
    const { diagnostics } = parseFlowRecords(lines.join('\n'), { file: 'f.csv' })
    expect(diagnostics.filter((d) => d.code === 'invalid_flow_record')).toHaveLength(100)
    expect(diagnostics.at(-1)).toEqual({ code: 'flow_records_skipped', severity: 'error', at: { file: 'f.csv' }, records: 150, reported: 100 })
  })

  it('holds one sum per address pair however many records there are', () => {
    // 300,000 records between 3 hosts: a reader that kept records (or searched them) would show it.
    const reader = new FlowRecordReader('big.csv', 'nfdump')
    reader.push('ts,te,td,sa,da,ibyt', 1)
    for (let i = 0; i < 300_000; i++) {
      const s = 1_000 + i
      reader.push(`2026-11-20 12:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},,0,10.0.0.${i % 3},10.0.1.${(i + 1) % 3},1000`, i + 2)
    }
    const { value } = reader.finish()
    expect(value.records).toBe(300_000)
    expect(value.pairs.size).toBe(3)
    expect([...value.pairs.values()].reduce((n, p) => n + p.bytes, 0)).toBe(300_000_000)
  })
})

describe('unreadFlowLog', () => {
  it('tells nfdump\'s statistics and records of another collector from a flow list', () => {
    // nfdump -s srcip/bytes -o csv: the top addresses, one column of them (val).
    expect(unreadFlowLog('ts,te,td,pr,val,fl,flP,ipkt,ipktP,ibyt,ibytP,ipps,ipbs,ibpp\n2026-11-20 12:00:00,2026-11-20 12:05:00,300.000,any,10.20.30.7,12,0.5,900,0.4,1250000,0.6,3,33333,1388\n'))
      .toEqual({ kind: 'nfdump-statistics', columns: ['val', 'ibyt'] })
    // pmacct's print plugin, aggregating on src_host,dst_host.
    expect(unreadFlowLog('SRC_IP,DST_IP,PACKETS,BYTES\n10.20.30.7,10.9.0.7,20,4249\n')).toEqual({ kind: 'flow-records', columns: ['SRC_IP', 'DST_IP', 'BYTES'] })
    // A flow list, whatever words it heads its columns with, is one.
    for (const list of ['id,src,dst,volume,class\n', 'source,destination,volume\n', 'src,dst,volume,bytes\n']) expect(unreadFlowLog(list), list).toBeUndefined()
    // pmacct's JSON (-O json, its Kafka and print plugins): a record a line, its fields as keys.
    expect(unreadFlowLog('{"event_type": "purge", "etype": "800", "ip_src": "188.39.246.174", "ip_dst": "88.99.84.253", "ip_proto": "tcp", "stamp_inserted": "2022-04-16 13:30:00", "stamp_updated": "2022-04-16 13:35:01", "packets": 18, "bytes": 11882}\n'))
      .toEqual({ kind: 'flow-records', columns: ['ip_src', 'ip_dst', 'bytes'] })
    // Azure's NSG flow logs: each flow a comma-separated tuple under flowTuples.
    expect(unreadFlowLog('{"records":[{"time":"2026-11-20T12:00:00.000Z","category":"NetworkSecurityGroupFlowEvent","properties":{"Version":2,"flows":[{"rule":"DefaultRule_AllowInternetOutBound","flows":[{"mac":"000D3AF87856","flowTuples":["1795176000,10.0.0.4,13.67.143.118,44931,443,T,O,A,B,,,,"]}]}]}}]}'))
      .toEqual({ kind: 'flow-records', columns: ['flowTuples'] })
    // The logs that are read are not refused.
    expect(unreadFlowLog(`${NFDUMP_HEADER}\n`)).toBeUndefined()
  })
})
