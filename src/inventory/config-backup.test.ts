import { readdirSync, readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { summarizeEvidenceBriefly } from '../report/words.js'
import { isConfigBackupStart } from './config-backup.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'

/*
 * Saved configurations quoted from public files of real devices (test/fixtures/configs/):
 * - Oxidized's model test data, https://github.com/ytti/oxidized/tree/master/spec/model/data/:
 *   ios#C9200L-24P-4G_17.09.04a#output.txt (its first lines: oxidized-ios-c9200l.txt),
 *   nxos#N5548_7.3.13#output.txt (whole: oxidized-nxos-n5548.txt),
 *   asa#5512_9.12-4-67_single-context#output.txt (its first lines: oxidized-asa-5512.txt),
 *   junos#srx300_22.4#output.txt (first lines: oxidized-junos-srx300.txt) and
 *   fortigate#FortiGate-91G_7.4.7#output.txt (first lines: oxidized-fortigate-91g.txt) and
 *   routeros#L009UiGS_7.15.2#output.txt (first lines: oxidized-routeros-l009.txt), each as
 *   Oxidized stored it: the device's show version and inventory as comments above the configuration.
 * - RouterOS exports: memhamwan/routeros-config-audit, r4.azo.memhamwan.net.rsc (a RouterBOARD 750P
 *   r2, whole), https://github.com/memhamwan/routeros-config-audit; svicmal/ASIR,
 *   routers/Nicaragua.txt.rsc (RouterOS 7.8 without a board, whole: routeros-chr-nicaragua.rsc),
 *   https://github.com/svicmal/ASIR; Pancho-uy/MK, respaldo.rsc (its header, a 951Ui-2HnD),
 *   https://github.com/Pancho-uy/MK/blob/master/respaldo.rsc.
 * - ohihc5/ohihc5.github.io, vrpcfg.cfg (its first lines: vrp-edisdrcnsw02.cfg), a Huawei S5732's saved
 *   configuration, https://github.com/ohihc5/ohihc5.github.io/blob/master/vrpcfg.cfg
 * - Seraphim-lyx/WensIp, vrpcfg.cfg (its first lines), a configuration with `sysname` and nothing
 *   that names a maker, https://github.com/Seraphim-lyx/WensIp/blob/master/vrpcfg.cfg
 * - davidgiga1993/ProCurveFront, backend/tests/TestConfigParser.py (its SAMPLE_CONFIG, whole:
 *   procurve-2510g-48.cfg), an HP ProCurve 2510G-48's running configuration as `show running-config`
 *   prints it, https://github.com/davidgiga1993/ProCurveFront
 * - Arista: the running-config of ta367, a DCS-7280SR2K-48C6-M (its first lines: eos-ta367.cfg),
 *   in arista-netdevops-community/automation_and_telemetry_demo, ansible/demo/snapshots/ta367/report.md,
 *   https://github.com/arista-netdevops-community/automation_and_telemetry_demo
 * - RANCID's files are written as its collectors write them (RANCID 3, https://github.com/haussli/rancid:
 *   lib/ios.pm.in writes `!RANCID-CONTENT-TYPE: cisco`, `!Chassis type: <the processor line's
 *   model>`, `!CPU:`, `!Memory: main`, `!Processor ID:`, `!Image: Software: <image>, <version>`,
 *   and `show inventory` as `!NAME: "..."` padded to 30 characters before `DESCR:`, then `!PID:`,
 *   `!VID:`, `!SN:` on lines of their own, the empty ones left out; lib/junos.pm.in writes
 *   `#RANCID-CONTENT-TYPE: juniper` and each command as `# host> command` with its output after `# `;
 *   lib/vrp.pm.in writes `!Chassis type: <model>` from display version's `HUAWEI <model> uptime is` line;
 *   lib/fortigate.pm.in writes `#RANCID-CONTENT-TYPE: fortigate` and get system status after `#`)
 *   from the captures of NTC Templates' test data (https://github.com/networktocode/ntc-templates/tree/master/tests/):
 *   cisco_ios/show_version/cisco_ios_show_version.raw (a Catalyst 4948E, host router1: rancid-cisco-router1),
 *   cisco_ios/show_inventory/cisco_ios_show_inventory_c8000v.raw, juniper_junos/show_version (an MX240)
 *   and huawei_vrp/display_version/huawei_vrp_display_version.raw (an NE40E-X2-M8A).
 */

const FIXTURES = new URL('../../test/fixtures/configs/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')
const catalog = loadDefaultCatalog()
const read = (text: string, file = 'device.cfg') => parseInventory(text, { file })
const patterns = (d: Parameters<typeof identify>[0]) => identify(d, catalog).evidence.map((e) => (e.method === 'banner' ? e.pattern : e.method))

/** The C8000V's show inventory as RANCID keeps it (module F0's blank VID and SN left out). */
const RANCID_C8000V = ['!RANCID-CONTENT-TYPE: cisco', '!',
  `!${'NAME: "Chassis",'.padEnd(30)} DESCR: "Cisco Catalyst 8000V Edge Chassis"`, '!PID: C8000V', '!VID: V00', '!SN: 9XLWRY40A2V',
  `!${'NAME: "module R0",'.padEnd(30)} DESCR: "Cisco Catalyst 8000V Edge Route Processor"`, '!PID: C8000V', '!VID: V00', '!SN: JAB1303001C',
  `!${'NAME: "module F0",'.padEnd(30)} DESCR: "Cisco Catalyst 8000V Edge Embedded Services Processor"`, '!PID: C8000V', '!',
  '!', 'hostname edge-01', '!', 'end', ''].join('\n')

/** The MX240's show version as RANCID 3 keeps it (its blank lines left out), then the configuration. */
const RANCID_MX240 = ['#RANCID-CONTENT-TYPE: juniper', '#', '# lab> show version', '# fpc0:',
  '# -------------------------------------------------------------------------', '# Hostname: lab', '# Model: mx240',
  '# Junos: 13.3R1.4', '# JUNOS Base OS boot [13.3R1.4]', '# JUNOS Base OS Software Suite [13.3R1.4]', '#',
  'system {', '    host-name lab;', '}', ''].join('\n')

describe('RANCID\'s saved files', () => {
  it('reads a Cisco file as one device: the host name of its configuration, the chassis type and processor ID of its comments, attributed by the IOS image line', () => {
    const { devices, diagnostics } = read(fixture('rancid-cisco-router1'), 'rancid-cisco-router1')
    expect(diagnostics).toEqual([])
    expect(devices).toHaveLength(1)
    expect(devices[0]).toMatchObject({ id: 'router1', name: 'router1', model: 'WS-C4948E', serial: 'CAT1451S15C' })
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('cisco')
    expect(a.evidence.find((e) => e.method === 'banner' && e.pattern === 'cisco-ios-configuration-image')).toMatchObject({ product: 'cat4500e-ENTSERVICESK9-M', version: '12.2(54)SG1', command: 'configuration' })
    expect(summarizeEvidenceBriefly(a)).toBe('configuration RANCID device type, configuration cat4500e-ENTSERVICESK9-M, model WS-C4948E')
  })

  it('reads show inventory as RANCID splits it, PID and SN on lines of their own: the chassis entry\'s', () => {
    const { devices, diagnostics } = read(RANCID_C8000V, 'edge-01.example.net')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([expect.objectContaining({ id: 'edge-01', model: 'C8000V', serial: '9XLWRY40A2V' })])
  })

  it('takes RANCID\'s content type for a hint only: `cisco` is also the type of other makers\' IOS-like switches', () => {
    const { devices } = read('!RANCID-CONTENT-TYPE: cisco\n!\n!\nhostname acc-1\n!\nend\n')
    expect(devices).toEqual([{ id: 'acc-1', name: 'acc-1', banners: [{ protocol: 'other', field: 'configuration', text: '!RANCID-CONTENT-TYPE: cisco' }] }])
    const a = identify(devices[0]!, catalog)
    expect(a.evidence.map((e) => e.method === 'banner' && e.pattern)).toEqual(['cisco-rancid-content-type'])
    expect(a.confidence).toBeLessThan(0.5)
  })

  it('reads a Huawei VRP file\'s chassis type, which RANCID takes from display version\'s `HUAWEI NE40E-X2-M8A uptime is` line: its model names Huawei', () => {
    const { devices, diagnostics } = read('!RANCID-CONTENT-TYPE: vrp\n!\n!Chassis type: NE40E-X2-M8A\n!\n#\nsysname pe-1\n#\nreturn\n', 'pe-1.example.net')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([expect.objectContaining({ id: 'pe-1', name: 'pe-1', model: 'NE40E-X2-M8A' })])
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('huawei')
    expect(a.evidence.map((e) => e.method)).toEqual(['model'])
  })

  it('reads a FortiGate file: get system status after `#` (lib/fortigate.pm), then the backup with its `#config-version=` line', () => {
    // The FortiGate-91G's status and backup (Oxidized's capture) as RANCID writes them.
    const oxidized = fixture('oxidized-fortigate-91g.txt')
    const rancid = `#RANCID-CONTENT-TYPE: fortigate\n#\n${oxidized.replace(/^# ?(?!config-version)/gm, '#')}`
    const { devices, diagnostics } = read(rancid, 'fw1.example.net')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([expect.objectContaining({ id: 'TEST-FW1234', serial: 'FGT91GTK00000000' })])
    expect(patterns(devices[0]!)).toEqual(expect.arrayContaining(['fortinet-get-system-status', 'fortinet-config-version']))
  })

  it('takes no maker from a content type no pattern reads: RANCID\'s `zebra` is the Zebra routing software, not the printer maker', () => {
    const { devices } = read('!RANCID-CONTENT-TYPE: zebra\n!\nhostname rs-1\n!\n', 'rs-1')
    const a = identify(devices[0]!, catalog)
    expect(a.manufacturer).toBeUndefined()
    expect(a.evidence).toEqual([])
  })

  it('reads a Juniper file\'s commented session: the prompt\'s show version gives the model and the banner', () => {
    for (const text of [RANCID_MX240, RANCID_MX240.replace('#RANCID', '# RANCID')]) {
      const { devices, diagnostics } = read(text, 'lab.example.net')
      expect(diagnostics).toEqual([])
      expect(devices).toHaveLength(1)
      expect(devices[0]).toMatchObject({ id: 'lab', name: 'lab', model: 'mx240' })
      expect(devices[0]!.banners?.[0]).toMatchObject({ field: 'show version' })
      expect(identify(devices[0]!, catalog).manufacturer).toBe('juniper')
      expect(patterns(devices[0]!)).toContain('juniper-junos-show-version')
    }
  })

  it('reads a file saved with Windows line ends as the same device', () => {
    const { devices } = read(fixture('rancid-cisco-router1').replace(/\n/g, '\r\n'), 'rancid-cisco-router1')
    expect(devices.map((d) => [d.id, d.model, d.serial, d.banners?.map((b) => b.text)])).toEqual([['router1', 'WS-C4948E', 'CAT1451S15C',
      ['!RANCID-CONTENT-TYPE: cisco', '!Image: Software: cat4500e-ENTSERVICESK9-M, 12.2(54)SG1, RELEASE SOFTWARE (fc1)']]])
  })

  it('reads the same file streamed in small chunks, the device where its first line is', async () => {
    const text = fixture('rancid-cisco-router1')
    const { devices, lines, codes } = await collect(text.match(/[\s\S]{1,7}/g)!, { file: 'rancid-cisco-router1' })
    expect(codes).toEqual([])
    expect(devices.map((d) => [d.id, d.model, d.serial])).toEqual([['router1', 'WS-C4948E', 'CAT1451S15C']])
    expect(lines).toEqual([1])
  })

  it('tells a file longer than the first 4 KiB it looks at, streamed in chunks of any size, with the lines past them read', async () => {
    const text = fixture('rancid-cisco-router1').replace('!\n!Chassis type', `${'!\n'.repeat(3000)}!Chassis type`)
    for (const chunks of [[text], text.match(/[\s\S]{1,1000}/g)!]) {
      const { devices, codes } = await collect(chunks, { file: 'rancid-cisco-router1' })
      expect(codes).toEqual([])
      expect(devices.map((d) => [d.id, d.model, d.serial])).toEqual([['router1', 'WS-C4948E', 'CAT1451S15C']])
    }
  })
})

describe('Oxidized\'s stored configurations', () => {
  it('reads IOS XE\'s show version and show inventory kept as `! ` comments: model and serial of the stack entry, attributed by the image line', () => {
    const { devices, diagnostics } = read(fixture('oxidized-ios-c9200l.txt'), 'oxidized-ios-c9200l.txt')
    expect(diagnostics).toEqual([])
    expect(devices).toHaveLength(1)
    expect(devices[0]).toMatchObject({ id: 'LAB-SW123_9200L', name: 'LAB-SW123_9200L', model: 'C9200L-24P-4G', serial: 'JAE24FFFFFF' })
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('cisco')
    expect(patterns(devices[0]!)).toContain('cisco-ios-configuration-image')
  })

  it('ends show version at the comments IOS opens its configuration with: the user who saved it is no part of the banner', () => {
    // Its show version without the VTP, motherboard and inventory lines: the comment is among its first lines.
    const ios = fixture('oxidized-ios-c9200l.txt').replace(/^! (?:VTP|Motherboard)[^\n]*\n/gm, '').replace(/^! NAME[\s\S]*?(?=!\n! Last)/m, '').replace('by oxidized', 'by huawei')
    const { devices } = read(ios, 'sw.txt')
    expect(devices[0]!.banners?.map((b) => b.text).join('\n')).not.toContain('huawei')
    expect(identify(devices[0]!, catalog).group).toBe('cisco')
  })

  it('reads Junos\'s show version and chassis hardware kept as `# ` comments, and the release after `## Last commit`', () => {
    const { devices } = read(fixture('oxidized-junos-srx300.txt'), 'oxidized-junos-srx300.txt')
    expect(devices).toHaveLength(1)
    // No host-name in this configuration: the file's name.
    expect(devices[0]).toMatchObject({ id: 'oxidized-junos-srx300', model: 'srx300', serial: 'AA0000AA0000' })
    expect(devices[0]!.name).toBeUndefined()
    expect(identify(devices[0]!, catalog).manufacturer).toBe('juniper')
    expect(patterns(devices[0]!)).toEqual(expect.arrayContaining(['juniper-junos-show-version', 'juniper-junos-configuration']))
    const release = identify(devices[0]!, catalog).evidence.find((e) => e.method === 'banner' && e.pattern === 'juniper-junos-configuration')
    expect(release).toMatchObject({ version: '22.4R3-S2.11' })
  })

  it('reads NX-OS\'s show version and show inventory kept as comments: the Chassis entry\'s model and serial', () => {
    const { devices } = read(fixture('oxidized-nxos-n5548.txt'), 'oxidized-nxos-n5548.txt')
    expect(devices).toEqual([expect.objectContaining({ id: 'TEST-12345', name: 'TEST-12345', model: 'N5K-C5548UP', serial: 'SSI00000001' })])
    expect(identify(devices[0]!, catalog).group).toBe('cisco')
    expect(patterns(devices[0]!)).toContain('cisco-nx-os-show-version')
  })

  it('reads the ASA\'s show version and show inventory (`Name:`, as the ASA writes it) kept as comments', () => {
    const { devices } = read(fixture('oxidized-asa-5512.txt'), 'oxidized-asa-5512.txt')
    expect(devices).toEqual([expect.objectContaining({ id: 'LAB-ASA12-Oxidized-IPv6', model: 'ASA5512', serial: 'FGL17AAAAAA' })])
    expect(identify(devices[0]!, catalog).group).toBe('cisco')
    expect(patterns(devices[0]!)).toContain('cisco-asa-show-version')
  })

  it('reads RouterOS\'s /system resource print kept as comments: the board, MikroTik\'s by its platform line', () => {
    const { devices } = read(fixture('oxidized-routeros-l009.txt'), 'oxidized-routeros-l009.txt')
    expect(devices).toEqual([expect.objectContaining({ id: 'oxidized-routeros-l009', model: 'L009UiGS', serial: 'AA111AAAAAA' })])
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('mikrotik')
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'mikrotik-system-resource', product: 'L009UiGS' })
  })

  it('reads a FortiGate\'s get system status kept as comments, and its `#config-version=` header', () => {
    const { devices } = read(fixture('oxidized-fortigate-91g.txt'), 'oxidized-fortigate-91g.txt')
    expect(devices).toEqual([expect.objectContaining({ id: 'TEST-FW1234', name: 'TEST-FW1234', model: 'FortiGate-91G', serial: 'FGT91GTK00000000' })])
    expect(identify(devices[0]!, catalog).group).toBe('fortinet')
    expect(patterns(devices[0]!)).toEqual(expect.arrayContaining(['fortinet-get-system-status', 'fortinet-config-version']))
  })
})

describe('saved configurations whose header names the maker', () => {
  it('reads a FortiGate backup by its `#config-version=` line, and its name from config system global', () => {
    const backup = fixture('oxidized-fortigate-91g.txt')
    const { devices, diagnostics } = read(backup.slice(backup.indexOf('#config-version=')), 'fw.conf')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'TEST-FW1234', name: 'TEST-FW1234', banners: [{ protocol: 'other', field: 'configuration', text: '#config-version=FGT91G-7.4.7-FW-build2731-250120:opmode=1:vdom=0:user=TACACS-USER' }] }])
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('fortinet')
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'fortinet-config-version', product: 'FGT91G', version: '7.4.7' })
  })

  it('reads a RouterOS export: the board and serial of its header, the name of /system identity', () => {
    const { devices, diagnostics } = read(fixture('r4.azo.memhamwan.net.rsc'), 'r4.azo.memhamwan.net.rsc')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([expect.objectContaining({ id: 'r4.azo.memhamwan.net', name: 'r4.azo.memhamwan.net', model: 'RouterBOARD 750P r2', serial: '67D6070586D0' })])
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('mikrotik')
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'mikrotik-routeros-export', product: 'RouterBOARD 750P r2', version: '6.48.3' })
  })

  it('reads a RouterOS export whose header carries its date', () => {
    const head = '# nov/14/2022 17:12:03 by RouterOS 6.49.7\n# software id = YGJJ-SCRS\n#\n# model = 951Ui-2HnD\n# serial number = 80F107CBF935\n/interface bridge\n'
    const { devices } = read(head, 'respaldo.rsc')
    expect(devices).toEqual([expect.objectContaining({ id: 'respaldo', model: '951Ui-2HnD', serial: '80F107CBF935' })])
    expect(identify(devices[0]!, catalog).evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'mikrotik-routeros-export', product: '951Ui-2HnD', version: '6.49.7' })
  })

  it('names no maker for a RouterOS export without a board (a CHR or a PC runs RouterOS too)', () => {
    const { devices, diagnostics } = read(fixture('routeros-chr-nicaragua.rsc'), 'routeros-chr-nicaragua.rsc')
    expect(diagnostics).toEqual([])
    expect(devices).toHaveLength(1)
    expect(devices[0]!.id).toBe('routeros-chr-nicaragua')
    const a = identify(devices[0]!, catalog)
    expect(a.manufacturer).toBeUndefined()
    expect(a.group).toBeUndefined()
  })

  it('reads EOS\'s running-config by its `! device:` line: host, model and release', () => {
    const { devices } = read(fixture('eos-ta367.cfg'), 'eos-ta367.cfg')
    expect(devices).toEqual([expect.objectContaining({ id: 'ta367', name: 'ta367', model: 'DCS-7280SR2K-48C6-M' })])
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('arista')
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'arista-eos-running-config', version: '4.25.1F' })
  })

  it('reads a Huawei VRP configuration by its `!Software Version` line, and its name from sysname', () => {
    const { devices, diagnostics } = read(fixture('vrp-edisdrcnsw02.cfg'), 'vrpcfg.cfg')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'edisdrcnsw02', name: 'edisdrcnsw02', banners: [{ protocol: 'other', field: 'configuration', text: '!Software Version V600R024C00SPC500' }] }])
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('huawei')
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'huawei-vrp-configuration', version: 'V600R024C00SPC500' })
  })

  it('reads a configuration that names no maker as a device without evidence, whatever its comments say of the user who saved it', () => {
    const ios = 'Building configuration...\n\nCurrent configuration : 3227 bytes\n!\n! Last configuration change at 22:04:19 UTC Sun Feb 23 2025 by huawei\n!\nversion 15.2\nservice timestamps debug datetime msec\n!\nhostname Switch_1\n!\nend\n'
    const { devices, diagnostics } = read(ios, 'switch.cfg')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'Switch_1', name: 'Switch_1' }])
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBeUndefined()
    expect(a.unknownReason).toBe('no_evidence')
  })

  it('takes `sysname` for the name only: Huawei\'s and H3C\'s configurations share it, and it names neither', () => {
    // Saved as vrpcfg.cfg (VRP's name for it), in the syntax of H3C's Comware (`radius scheme system`).
    const { devices, diagnostics } = read(fixture('vrpcfg.cfg'), 'vrpcfg.cfg')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'router-2811', name: 'router-2811' }])
    expect(identify(devices[0]!, catalog).unknownReason).toBe('no_evidence')
  })

  it('reads an H3C Comware configuration by its ` version 7.1.070, Release` line, which Huawei\'s VRP does not write', () => {
    // display current-configuration of an H3C switch, https://cnblogs.com/xinghen1216/p/14442948.html
    const comware = ['#', ' version 7.1.070, Release 6318P01', '#', ' sysname H3C', '#', ' irf mac-address persistent timer',
      '#', ' lldp global enable', '#', 'vlan 1', '#', ' stp global enable', '#', 'interface NULL0', '#', 'return', ''].join('\n')
    expect(isConfigBackupStart(comware)).toBe(true)
    const { devices, diagnostics } = read(comware, 'sw-3f.cfg')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'H3C', name: 'H3C', banners: [{ protocol: 'other', field: 'configuration', text: 'version 7.1.070, Release 6318P01' }] }])
    const a = identify(devices[0]!, catalog)
    expect(a.manufacturer).toBe('h3c')
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'h3c-comware-configuration', version: '7.1.070' })
    // HPE's Comware switches (H3C-built) write it with their release's suffix; Comware 5 too.
    // https://pastebin.com/yKxQ551d; netkiller.github.io, h3c/command.html (a WA2220E-AG access point)
    for (const line of [' version 7.1.070, Release 3506-US', ' version 5.20, Release 1110P01']) {
      const d = read(comware.replace(' version 7.1.070, Release 6318P01', line), 'sw.cfg').devices[0]!
      expect(identify(d, catalog).manufacturer, line).toBe('h3c')
    }
  })

  it('reads a ProCurve configuration, whose header is a `;` comment, by the name it quotes, spaces and all', () => {
    const { devices, diagnostics } = read(fixture('procurve-2510g-48.cfg'), 'procurve.cfg')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'ProCurve Switch 2510G-48', name: 'ProCurve Switch 2510G-48' }])
    // The switch's name is no evidence of its maker.
    expect(identify(devices[0]!, catalog).unknownReason).toBe('no_evidence')
    // Saved without show running-config's first line, it starts with the `;` header.
    const saved = fixture('procurve-2510g-48.cfg').replace(/^\s*Running configuration:\n/, '')
    expect(read(saved, 'procurve.cfg').devices.map((d) => d.id)).toEqual(['ProCurve Switch 2510G-48'])
  })

  it('reads a Nokia SR OS configuration by the system description at its head (the sysDescr the device gives too), and its name from `system`', () => {
    // The head of admin display-config's output in 20eung/nokia-config-visualizer, public/config1.txt,
    // https://github.com/20eung/nokia-config-visualizer (without the prompt line before it).
    const sros = ['# TiMOS-C-20.10.R13 cpm/hops64 Nokia 7750 SR Copyright (c) 2000-2022 Nokia.',
      '# All rights reserved. All use subject to applicable license agreements.',
      '# Built on Thu Dec 1 16:54:41 PST 2022 by builder in /builds/c/2010B/R13/panos/main/sros', '',
      '# Generated SAT FEB 15 09:00:00 2026 UTC', '', 'exit all', 'configure',
      '#--------------------------------------------------', 'echo "System Configuration"',
      '#--------------------------------------------------', '    system', '        name "nokia-1"',
      '        chassis-mode d', '    exit', '', 'exit all', ''].join('\n')
    expect(isConfigBackupStart(sros)).toBe(true)
    const { devices, diagnostics } = read(sros, 'nokia-1.cfg')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'nokia-1', name: 'nokia-1', banners: [{ protocol: 'other', field: 'configuration', text: 'TiMOS-C-20.10.R13 cpm/hops64 Nokia 7750 SR Copyright (c) 2000-2022 Nokia.' }] }])
    // Named by its configuration, not by its file.
    expect(read(sros, 'backup-2026-02-15.cfg').devices.map((d) => d.id)).toEqual(['nokia-1'])
    const a = identify(devices[0]!, catalog)
    expect(a.manufacturer).toBe('nokia')
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'nokia-sros-sysdescr', version: '20.10.R13', product: 'Nokia 7750 SR' })
  })

  it('reads a Junos configuration saved as `display set` by its `set version` line, and its name from `set system host-name`', () => {
    // The first lines of ckishimo/juniper_display_set, tests/example3-full.set (a QFX5200 on a
    // development build), with the release line of a configuration on a released Junos.
    const lines = ['set version 20200609.165031.6_builder.r1115480', 'set system host-name Juniper-WH9999',
      'set system root-authentication encrypted-password "Iad4SuTPw4p63/7b9QcmcBU4TuGxvS4xg2vywBM5St8BM0iqlbbbgeJCBawpoa."',
      'deactivate system scripts commit', 'set system scripts commit file commit_diff.py optional',
      'set interfaces et-0/0/0 unit 0 family inet dhcp vendor-id Juniper-qfx5200-32c-32q', 'set snmp description QFX5200-lab', '']
    const released = ['set version 20.4R3-S2.6', ...lines.slice(1)].join('\n')
    expect(isConfigBackupStart(released)).toBe(true)
    const { devices, diagnostics } = read(released, 'qfx.set')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'Juniper-WH9999', name: 'Juniper-WH9999', banners: [{ protocol: 'other', field: 'configuration', text: 'set version 20.4R3-S2.6' }] }])
    const a = identify(devices[0]!, catalog)
    expect(a.manufacturer).toBe('juniper')
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'juniper-junos-set-configuration', version: '20.4R3-S2.6' })
    // A build that is no release names nobody: the device is still read, its line kept unread.
    const build = read(lines.join('\n'), 'qfx.set')
    expect(build.diagnostics).toEqual([])
    expect(build.devices.map((d) => d.id)).toEqual(['Juniper-WH9999'])
    expect(identify(build.devices[0]!, catalog).unknownReason).toBe('unrecognised_evidence')
  })

  it('reads an ExtremeXOS configuration, which no pattern reads, as a device without evidence named by its sysName', () => {
    // show configuration's first lines in extremenetworks/ExtremeScripting,
    // EXOS/Python/show_config_clean/README.md, https://github.com/extremenetworks/ExtremeScripting
    const exos = ['', '#', '# Module devmgr configuration.', '#', 'configure snmp sysName "X460_TestSwitch"',
      'configure snmp sysContact "support@extremenetworks.com, +1 888 257 3000"', 'configure sys-recovery-level switch reset',
      '', '#', '# Module vlan configuration.', '#', 'configure vlan default delete ports all', 'create vlan "lp"',
      'configure vlan lp tag 1001', ''].join('\n')
    expect(isConfigBackupStart(exos)).toBe(true)
    const { devices, diagnostics } = read(exos, 'x460.cfg')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'X460_TestSwitch', name: 'X460_TestSwitch' }])
    expect(identify(devices[0]!, catalog).unknownReason).toBe('no_evidence')
  })

  it('reads the model of two OLTs\' self-descriptions that Oxidized keeps above their configurations', () => {
    // Oxidized's model test data (cut): tplink#DS-P7001-08_1.0.0#output.txt, a TP-Link OLT's show
    // system-info as comments, and vsololt#V1600G0-B_V1.4.13R#output.txt, a V-SOL OLT's; each was read
    // as a device without evidence, its model unread.
    const tplink = ['!  System Location      - RT_081', '!  Contact Information  - EMAILREMOVED', '!  Hardware Version     - DS-P7001-08 1.0',
      '!  Software Version     - 1.0.0 Build 20210907 Rel.69162', '!  Bootloader Version   - TP-LINK BOOTUTIL(v1.0.0)', '!DS-P7001-08',
      'vlan 1921', ' name "Klienti"', 'hostname "RT_081-TPLink_OLT"', 'location "RT_081"', ''].join('\n')
    const vsol = ['!   Olt Serial Number:           SNREMOVED', '!   Olt Device Model:            V1600G0-B', '!   Hardware Version:            V3.1.4',
      '!   Software Version:            V1.4.13R', '! ', '', 'Current configuration:', '!', '!Software Version      :\t\tV1.4.13R',
      'hostname RT_01|192.0.2.4-Site_OLT', 'log trap emergencies', ''].join('\n')
    const got = [[tplink, 'olt-081.cfg'], [vsol, 'olt-01.cfg']].map(([text, file]) => read(text!, file))
    expect(got.map((r) => r.diagnostics)).toEqual([[], []])
    expect(got.map((r) => r.devices.map((d) => [d.id, d.model]))).toEqual([[['RT_081-TPLink_OLT', 'DS-P7001-08']], [['RT_01|192.0.2.4-Site_OLT', 'V1600G0-B']]])
  })

  it('reads IOS XR\'s show running-config, saved with the time XR prints before it, as a device named by its hostname', () => {
    // The running configuration of tauranga in 0x89f/NZNOG, trg (its first lines, without the
    // prompt line before them), https://github.com/0x89f/NZNOG
    const xr = ['Wed Jan 25 18:29:10.632 UTC', 'Building configuration...', '!! IOS XR Configuration 6.0.0',
      '!! Last configuration change at Wed Jan 25 08:12:11 2017 by cisco', '!', 'hostname tauranga',
      'domain name core.net', 'ipv4 unnumbered mpls traffic-eng Loopback0', 'interface Loopback0',
      ' ipv4 address 10.1.1.5 255.255.255.255', '!', 'end', ''].join('\n')
    expect(isConfigBackupStart(xr)).toBe(true)
    expect(isConfigBackupStart(xr.slice(xr.indexOf('!!')))).toBe(true)
    const { devices, diagnostics } = read(xr, 'tauranga.txt')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'tauranga', name: 'tauranga' }])
    // A CSV whose first field is such a time is no configuration.
    expect(isConfigBackupStart('Wed Jan 25 18:29:10.632 UTC\nid,name\nr1,rt-1\n')).toBe(false)
  })

  it('reads a configuration asked for with --input-format cli', () => {
    const { devices } = parseInventory(fixture('r4.azo.memhamwan.net.rsc'), { file: 'r4.txt', format: 'cli' })
    expect(devices.map((d) => [d.id, d.model])).toEqual([['r4.azo.memhamwan.net', 'RouterBOARD 750P r2']])
  })
})

describe('telling saved configurations from other inventories', () => {
  it('tells each configuration above by its start', () => {
    for (const name of readdirSync(FIXTURES)) expect(isConfigBackupStart(fixture(name)), name).toBe(true)
    expect(isConfigBackupStart(RANCID_C8000V)).toBe(true)
    expect(isConfigBackupStart(RANCID_MX240)).toBe(true)
  })

  it('tells Oxidized\'s Junos files by show version\'s first two lines, and not by one of them alone', () => {
    expect(isConfigBackupStart('# Hostname: lab\n# Model: mx240\n# Junos: 13.3R1.4\n')).toBe(true)
    expect(isConfigBackupStart('# Model: srx300\n# Junos: 22.4R3-S2.11\n')).toBe(true)
    expect(isConfigBackupStart('# Model: mx240\nid,name\nr1,rt-1\n')).toBe(false)
    expect(isConfigBackupStart('# Hostname: lab\nid,name\nr1,rt-1\n')).toBe(false)
  })

  it('tells a `display set` configuration by its `set version` line with a `set` line after it, and not by a `set version` line alone', () => {
    expect(isConfigBackupStart('set version 14.1R4.8\nset system root-authentication encrypted-password "x"\n')).toBe(true)
    expect(isConfigBackupStart('set version 14.1R4.8\n')).toBe(false)
    expect(isConfigBackupStart('set version 14.1R4.8\nid,name\nr1,rt-1\n')).toBe(false)
  })

  it('takes no other inventory of the test fixtures for a configuration', () => {
    for (const dir of ['inventory', 'cli', 'banners']) {
      const url = new URL(`../../test/fixtures/${dir}/`, import.meta.url)
      // Every file below it, the sets of one network's sources in folders of their own too.
      for (const name of readdirSync(url, { recursive: true, encoding: 'utf8' })) {
        const file = new URL(name, url)
        if (statSync(file).isFile()) expect(isConfigBackupStart(readFileSync(file, 'utf8')), `${dir}/${name}`).toBe(false)
      }
    }
  })

  it('still reads a CSV with a comment line and a hostname column as CSV', () => {
    const { devices, diagnostics } = parseInventory('# exported from the NMS\nhostname,model,manufacturer\nsw1,C9300-48P,Cisco\n', { file: '<stdin>' })
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(devices.map((d) => [d.name ?? d.id, d.model])).toEqual([['sw1', 'C9300-48P']])
  })

  it('still reads JSON with a hostname field as JSON', () => {
    const { devices } = parseInventory('[{"id": "sw1", "name": "sw1", "model": "C9300-48P", "hostname": "sw1"}]\n', { file: '<stdin>' })
    expect(devices.map((d) => [d.id, d.model])).toEqual([['sw1', 'C9300-48P']])
  })

  it('still reads an SNMP walk after a comment line as a walk', () => {
    const walk = '# walked from sw1\nSNMPv2-MIB::sysDescr.0 = STRING: RouterOS RB750Gr3\nSNMPv2-MIB::sysName.0 = STRING: sw1\n'
    const { devices } = parseInventory(walk, { file: '<stdin>' })
    expect(devices.map((d) => [d.id, d.snmp?.sysDescr])).toEqual([['sw1', 'RouterOS RB750Gr3']])
  })

  it('still reads a session that shows the running configuration as command output, one device per prompt', () => {
    const session = 'sw1#show running-config\nBuilding configuration...\n\nCurrent configuration : 3227 bytes\n!\nhostname sw1\n!\nend\nsw1#show inventory\nNAME: "Chassis", DESCR: "Cisco Catalyst 8000V Edge Chassis"\nPID: C8000V            , VID: V00  , SN: 9XLWRY40A2V\n'
    const { devices } = parseInventory(session, { file: '<stdin>' })
    expect(devices).toEqual([{ id: 'sw1', name: 'sw1', model: 'C8000V', serial: '9XLWRY40A2V' }])
  })
})
