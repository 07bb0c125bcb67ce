import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'
import { summarizeEvidenceBriefly } from '../report/words.js'
import { C3640_SHOW_INVENTORY as C3640_INVENTORY, SMARTAX_ONT_SUMMARY } from '../test-support/inventory-examples.js'

/*
 * Command outputs quoted from public captures of real devices; the prompt lines before them are
 * the framing a saved session adds (the Huawei S5730's are its own).
 * - NTC Templates test data, https://github.com/networktocode/ntc-templates/tree/master/tests/:
 *   cisco_ios/show_version/cisco_ios_show_version.raw (a Catalyst 4948E),
 *   cisco_ios/show_version/cisco_ios_show_version_ab_stratix.raw (an Allen-Bradley Stratix 5200 on IOS XE),
 *   cisco_ios/show_inventory/cisco_ios_show_inventory.raw (a 3640) and cisco_ios_show_inventory_c8000v.raw,
 *   huawei_vrp/display_version/huawei_vrp_display_version.raw (an NE40E-X2-M8A) and
 *   huawei_vrp_display_version4.raw (an AR617VW-LTE4EA), arista_eos/show_version and
 *   juniper_junos/show_version (as quoted in src/catalog/banners.ts).
 * - netdis, netdis/vendors/outputs/huawei.py: `display version` of an NE40E-X8A on VRP 8.220,
 *   which prints the time first, https://github.com/MustafaCagatayBehadir/netdis
 * - 2022-tests-examples-2, noc/tests/data/nexus_show_inventory.py: NX-OS `show inventory` of a
 *   Nexus 7718 (host myt-d1), https://github.com/Alexander-Berg/2022-tests-examples-2
 * - Simone Zabberoni, "S57xx useful stuff", HUAWEI.md of misc-one-liners (commit c7cebb0):
 *   `display device` and `display elabel` of a Huawei S5730-48C-SI-AC, serial numbers left out
 *   as `xxxx`, https://github.com/Simone-Zabberoni/misc-one-liners/blob/c7cebb077f9f25e6f766341836b88bb306044661/HUAWEI.md
 */

/** A session log of two routers: rt-fra-01's IOS `show version` (the Catalyst 4948E's), then pe-1's VRP `display version` (the NE40E-X2-M8A's, first lines). */
const TWO_ROUTERS = readFileSync(new URL('../../test/fixtures/cli/two-routers.log', import.meta.url), 'utf8')
const IOS_SHOW_VERSION = TWO_ROUTERS.slice(TWO_ROUTERS.indexOf('\n') + 1, TWO_ROUTERS.indexOf('rt-fra-01#exit'))

const C8000V_INVENTORY = `NAME: "Chassis", DESCR: "Cisco Catalyst 8000V Edge Chassis"
PID: C8000V            , VID: V00  , SN: 9XLWRY40A2V

NAME: "module R0", DESCR: "Cisco Catalyst 8000V Edge Route Processor"
PID: C8000V            , VID: V00  , SN: JAB1303001C

NAME: "module F0", DESCR: "Cisco Catalyst 8000V Edge Embedded Services Processor"
PID: C8000V            , VID:      , SN:            
`

const AR617_VERSION = `Huawei Versatile Routing Platform Software
VRP (R) software, Version 5.170 (AR610 V300R019C13SPC200)
Copyright (C) 2011-2021 HUAWEI TECH CO., LTD
Huawei AR617VW-LTE4EA Router uptime is 0 week, 0 day, 15 hours, 16 minutes

MPU 0(Master) : uptime is 0 week, 0 day, 15 hours, 15 minutes
SDRAM Memory Size    : 1024    M bytes
Flash 0 Memory Size  : 1024    M bytes
MPU version information : 
1. PCB      Version  : AR-SRU617 VER.C
2. MAB      Version  : 0
3. Board    Type     : AR617VW-LTE4EA
4. BootROM  Version  : 1
`

/** The S5730's session as published: `display device`, `display device manufacture-info`, `display elabel` (cut short by its author). */
const S5730_SESSION = `<SW>display device
S5730-48C-SI-AC's Device status:
Slot Sub  Type                   Online    Power    Register     Status   Role
-------------------------------------------------------------------------------
0    -    S5730-48C-SI           Present   PowerOn  Registered   Normal   Master
     1    ES5D21Q04Q01           Present   PowerOn  Registered   Normal   NA
     PWR1 POWER                  Present   PowerOff Registered   Abnormal NA
     PWR2 POWER                  Present   PowerOn  Registered   Normal   NA
     FAN1 FAN                    Present   PowerOn  Registered   Normal   NA

<SW>display device manufacture-info
Slot  Sub  Serial-number          Manu-date
- - - - - - - - - - - - - - - - - - - - - -
0     -    xxxxxxxxxxxxxxxxxxxx   2019-12-26
      1    xxxxxxxxxxxxxxxx       2019-12-14

<SW>display elabel
Warning: It may take a long time to excute this command. Continue? [Y/N]:y
Info: It is executing, please wait....
/$[System Integration Version]
/$SystemIntegrationVersion=3.0


[Slot_0]
/$[Board Integration Version]
/$BoardIntegrationVersion=3.0


[Main_Board]

/$[ArchivesInfo Version]
/$ArchivesInfoVersion=3.0


[Board Properties]
BoardType=S5730-48C-SI-AC
BarCode=xxxxxxxxxx
Item=xxxxxxxxxxxx
Description=S5730-48C-SI Bundle(24 Ethernet 10/100/1000 ports,8 10 Gig SFP+,with 1 interface slot,with 150W AC power supply)
Manufactured=2019-12-26
VendorName=Huawei
IssueNumber=00
CLEICode=
BOM=

[cut]

[Board Properties]
BoardType=xxxxxxxxxxxx
BarCode=xxxxxxxxxx
Item=xxxxxxxxxxxxxxxxxxxx
Description=S5700 Series,ES0W2PSA0150,150W AC Power Module
Manufactured=2019-12-11
VendorName=Huawei
IssueNumber=00
CLEICode=
BOM=

[cut]
`

const STRATIX_VERSION = `Cisco IOS XE Software, Version 17.12.04
Cisco IOS Software [Dublin], S5200 Switch Software (S5200-UNIVERSALK9-M), Version 17.12.4, RELEASE SOFTWARE (fc3)
Technical Support: http://www.cisco.com/techsupport
Copyright (c) 1986-2024 by Cisco Systems, Inc.
Compiled Tue 23-Jul-24 10:25 by mcpre

Allen-Bradley 1783-CMS20DP (ARM) processor (revision V02) with 638793K/6147K bytes of memory.
Processor board ID ABC123
Model Number                       : 1783-CMS20DP
System Serial Number               : ABC123
SKU Brand Name                     : Rockwell
`

const catalog = loadDefaultCatalog()
const read = (text: string, file = 'device.txt') => parseInventory(text, { file })

describe('a device\'s command output as an inventory', () => {
  it('reads Cisco IOS show version as the device its prompt names: model, serial and the software banner', () => {
    const { devices, diagnostics } = read(`router1#show version\n${IOS_SHOW_VERSION}router1#\n`)
    expect(diagnostics).toEqual([])
    expect(devices).toHaveLength(1)
    const d = devices[0]!
    expect(d).toMatchObject({ id: 'router1', name: 'router1', model: 'WS-C4948E', serial: 'CAT1451S15C' })
    expect(d.banners?.[0]).toMatchObject({ protocol: 'other', field: 'show version' })
    expect(d.banners?.[0]?.text.split('\n')[0]).toBe('Cisco IOS Software, Catalyst 4500 L3 Switch Software (cat4500e-ENTSERVICESK9-M), Version 12.2(54)SG1, RELEASE SOFTWARE (fc1)')
    const a = identify(d, catalog)
    expect(a.group).toBe('cisco')
    expect(a.evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'cisco-ios-sysdescr', protocol: 'other', command: 'show version' })
    expect(summarizeEvidenceBriefly(a)).toBe('show version Catalyst 4500 L3 Switch, model WS-C4948E')
  })

  it('reads Cisco show version saved without a prompt by the host it names itself: a Catalyst\'s uptime line and base MAC, a Nexus\'s device name and chassis', () => {
    // pyATS/Genie's golden outputs (CiscoTestAutomation/genieparser, src/genie/libs/parser/iosxe/tests/ShowVersion/cli/equal/golden_output_c9300_output.txt
    // and nxos/tests/ShowVersion/cli/equal/golden_output_2_output.txt), cut.
    const c9300 = 'Cisco IOS XE Software, Version BLD_POLARIS_DEV_LATEST_20210302_012043\nCisco IOS Software [Bengaluru], Catalyst L3 Switch Software (CAT9K_IOSXE), Experimental Version 17.6.20210302:012459\nCopyright (c) 1986-2021 by Cisco Systems, Inc.\n\n' +
      'ROM: IOS-XE ROMMON\nBOOTLDR: System Bootstrap, Version 17.5.2r, RELEASE SOFTWARE (P)\n\nssr-cat9300 uptime is 19 minutes\nUptime for this control processor is 20 minutes\nSystem returned to ROM by Reload Command\n\n' +
      'cisco C9300-24P (X86) processor with 1333273K/6147K bytes of memory.\nProcessor board ID FCW2223G0B9\n\nBase Ethernet MAC Address          : 00:b6:70:dd:28:80\nMotherboard Assembly Number        : 73-18271-03\nModel Number                       : C9300-24P\nSystem Serial Number               : FCW2223G0B9\n'
    const nexus = 'Cisco Nexus Operating System (NX-OS) Software\nTAC support: http://www.cisco.com/tac\nCopyright (C) 2002-2022, Cisco and/or its affiliates.\n\nSoftware\n  NXOS: version 10.2(3) [Feature Release]\n\n' +
      'Hardware\n  cisco Nexus9000 C9332D-GX2B Chassis \n  Intel(R) Xeon(R) CPU D-1633N @ 2.50GHz with 32812668 kB of memory.\n  Processor Board ID FDO26380WD1\n  Device name: Spine-12\n  bootflash:  115805708 kB\n\nKernel uptime is 49 day(s), 10 hour(s), 45 minute(s), 34 second(s)\n'
    const [cat] = parseInventory(c9300, { file: 'golden_output_c9300_output.txt' }).devices
    expect(cat).toMatchObject({ id: 'ssr-cat9300', name: 'ssr-cat9300', model: 'C9300-24P', serial: 'FCW2223G0B9', macs: ['00:b6:70:dd:28:80'] })
    const [spine] = parseInventory(nexus, { file: 'golden_output_2_output.txt' }).devices
    expect(spine).toMatchObject({ id: 'Spine-12', name: 'Spine-12', model: 'Nexus9000 C9332D-GX2B', serial: 'FDO26380WD1' })
    // IOS 11's board ID line goes on after the serial (genieparser's golden_output_ios_1_output.txt, cut).
    const as2511 = 'Cisco Internetwork Operating System Software \nIOS (tm) 3000 Bootstrap Software (IGS-BOOT-R), Version 11.0(10c)XB1, PLATFORM SPECIFIC RELEASE SOFTWARE (fc1) \nCopyright (c) 1986-1996 by cisco Systems, Inc.\n\n' +
      'YY39-TS uptime is 31 weeks, 5 days, 5 hours, 26 minutes\nSystem restarted by power-on\n\ncisco AS2511-RJ (68030) processor (revision I) with 14336K/2048K bytes of memory.\nProcessor board ID 15897747, with hardware revision 00000000\n'
    expect(parseInventory(as2511, { file: 'ios_1.txt' }).devices).toMatchObject([{ id: 'YY39-TS', model: 'AS2511-RJ', serial: '15897747' }])
    // The command echoed without a prompt above the output (as that golden output starts) is no part of the banner.
    const [echoed] = parseInventory(`\nshow version\n${as2511}`, { file: 'ios_1.txt' }).devices
    expect(echoed?.banners?.[0]?.text).toMatch(/^Cisco Internetwork Operating System Software/)
    // The router booted into its boot image names Cisco all the same ("3000 Bootstrap Software": it named nobody).
    expect(identify(echoed!, catalog)).toMatchObject({ manufacturer: 'cisco', evidence: [{ method: 'banner', product: '3000', version: '11.0(10c)XB1' }] })
    // Other makers write their model where Cisco writes the host: no host name, the file's name.
    const [h3c] = parseInventory('H3C Comware Platform Software\nComware Software, Version 5.20, Feature 6709L25\nH3C S7510E uptime is 309 weeks, 1 day, 16 hours, 15 minutes\n', { file: 'core-2.txt' }).devices
    expect(h3c?.id).toBe('core-2')
    expect(h3c?.name).toBeUndefined()
  })

  it('reads show inventory saved without a prompt as one device named after the file, from its chassis entry', () => {
    const { devices, diagnostics } = read(C8000V_INVENTORY, 'backups/edge-01.txt')
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'edge-01', model: 'C8000V', serial: '9XLWRY40A2V' }])
  })

  it('reads NX-OS show inventory, its columns padded with blanks, by its Chassis entry and not a supervisor\'s', () => {
    const nexus = 'NAME: "Chassis",  DESCR: "Nexus7700 C7718 (18 Slot) Chassis "   \nPID: N77-C7718           ,  VID: V01 ,  SN: JAF1820AEQL         \n\nNAME: "Slot 1",  DESCR: "100 Gbps Ethernet Module"             \nPID: N77-F312CK-26       ,  VID: V01 ,  SN: JAE18210B3B         \n\nNAME: "Slot 9",  DESCR: "Supervisor Module-2"                  \nPID: N77-SUP2E           ,  VID: V02 ,  SN: JAE185100JY         \n'
    const { devices } = read(`myt-d1# show inventory\n${nexus}`)
    expect(devices).toEqual([{ id: 'myt-d1', name: 'myt-d1', model: 'N77-C7718', serial: 'JAF1820AEQL' }])
  })

  it('takes the chassis entry\'s serial and no model when its PID is blank (a 3640), not a module\'s', () => {
    const { devices } = read(C3640_INVENTORY, 'r3640.txt')
    expect(devices).toEqual([{ id: 'r3640', serial: 'FF1045C5' }])
  })

  it('prefers show inventory\'s chassis to show version\'s lines, with the banner from show version', () => {
    const text = `edge-01#show version\n${STRATIX_VERSION}edge-01#show inventory\n${C8000V_INVENTORY}edge-01#`
    const { devices } = read(text)
    expect(devices).toHaveLength(1)
    expect(devices[0]).toMatchObject({ id: 'edge-01', model: 'C8000V', serial: '9XLWRY40A2V' })
    expect(devices[0]!.banners?.[0]?.field).toBe('show version')
  })

  it('reads Huawei VRP display version: the model of its uptime line, attributed by the VRP banner', () => {
    const { devices } = read(`<AR-branch>display version\n${AR617_VERSION}<AR-branch>\n`)
    expect(devices).toHaveLength(1)
    expect(devices[0]).toMatchObject({ id: 'AR-branch', model: 'AR617VW-LTE4EA' })
    expect(devices[0]!.banners?.[0]).toMatchObject({ protocol: 'other', field: 'display version' })
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('huawei')
    expect(a.evidence.some((e) => e.method === 'banner' && e.pattern === 'huawei-vrp-sysdescr')).toBe(true)
  })

  it('reads a SmartAX access node\'s display version saved without a prompt: its PRODUCT the model, attributed by its banner and model', () => {
    // networktocode/ntc-templates tests/huawei_smartax/display_version/huawei_smartax_display_version.raw (its first lines):
    // it was refused as a layout not read, and after a prompt its product was not the device's model.
    const output = '\n  VERSION : AB1234C342A123D23\n  PATCH   : QEF227\n  PRODUCT : MA5608T\n \n  Active Mainboard Running Area Information: \n  --------------------------------------------------\n  Current Program Area : Area A \n'
    const got = [read(output, 'olt-3.txt'), read(`<olt-3>display version${output}<olt-3>\n`)]
    expect(got.map((r) => r.diagnostics)).toEqual([[], []])
    expect(got.map((r) => r.devices.map((d) => [d.id, d.model, d.banners?.[0]?.field]))).toEqual([[['olt-3', 'MA5608T', 'display version']], [['olt-3', 'MA5608T', 'display version']]])
    const a = identify(got[0]!.devices[0]!, catalog)
    expect([a.group, a.evidence.map((e) => ('pattern' in e ? e.pattern : e.method))]).toEqual(['huawei', ['huawei-smartax-display-version', 'huawei-access']])
  })

  it('reads the model of a Quidway router\'s or switch\'s display version (VRP 5, before the Huawei brand), echoed without a prompt', () => {
    // nocproject/noc sa/profiles/Huawei/VRP/tests/: Huawei_NE40E_5_50_get_lldp_neighbors_0001.py and
    // Huawei_S9306_5_50_get_lldp_neighbors_0001.py, the first lines of their display version (2011);
    // the model was left unread, the devices attributed by the banner alone.
    const ne40e = 'display version\nHuawei Versatile Routing Platform Software\nVRP (R) software, Version 5.50 (V300R003C02B608)\nCopyright (C) 2000-2008 Huawei Technologies Co., Ltd.\nQuidway NetEngine 40E uptime is 688 days, 1 hour, 57 minutes\n  \nBKP 0 version information:\n  1. PCB      Version : CR52BKPB REV A\n'
    const s9306 = 'display version\nHuawei Versatile Routing Platform Software\nVRP (R) software, Version 5.50 (S9300 V100R002C00SPC200)\nCopyright (C) 2003-2010 HUAWEI TECH CO., LTD\nQuidway S9306 Terabit Routing Switch uptime is 0 week, 3 days, 2 hours, 39 minutes\nBKP 0 version information:\n1. PCB      Version  : LE01BAKH VER.A\n'
    const got = [read(ne40e, 'pe-msk-2.txt'), read(s9306, 'core-sw-1.txt')]
    expect(got.map((r) => r.diagnostics)).toEqual([[], []])
    expect(got.map((r) => r.devices.map((d) => [d.id, d.model]))).toEqual([[['pe-msk-2', 'NetEngine 40E']], [['core-sw-1', 'S9306']]])
    expect(got.map((r) => identify(r.devices[0]!, catalog).evidence.map((e) => ('pattern' in e ? e.pattern : e.method)))).toEqual([
      ['huawei-vrp-sysdescr', 'huawei-ne'], ['huawei-vrp-sysdescr', 'huawei-s-switch'],
    ])
  })

  it('reads ZTE\'s show version saved without a prompt, which starts with the product\'s name above its banner', () => {
    // networktocode/ntc-templates tests/zte_zxros/show_version/zte_zxros_show_version.raw (its first board)
    const text = `ZXCTN 6120H-S
ZTE ZXCTN Software, Version: 6120H-S V5.10.00.50, Release software
Copyright (c) 2022 by ZTE Corporation
System image file is <sysdisk0: verset/ZXCTN6120HS_V5.10.00.50B03.set>, file size is 629,753,128 Bytes
System image is loaded from local
System uptime is 23 day(s), 10 hour(s), 59 minute(s)

[SMGD, shelf 1, slot 1]:
Board Name        : SMGD
Description       : 6120H-S System Main Board D
`
    const { devices, diagnostics } = read(text, 'ptn-sto-04.txt')
    expect(diagnostics).toEqual([])
    expect(devices).toHaveLength(1)
    expect(devices[0]).toMatchObject({ id: 'ptn-sto-04', model: 'ZXCTN 6120H-S' })
    expect(devices[0]!.banners?.[0]).toMatchObject({ protocol: 'other', field: 'show version', text: expect.stringMatching(/^ZXCTN 6120H-S\nZTE ZXCTN Software/) })
    const a = identify(devices[0]!, catalog)
    expect(a.group).toBe('zte')
    expect(a.evidence.some((e) => e.method === 'banner' && e.pattern === 'zte-zxros-show-version')).toBe(true)
  })

  it('reads show version and display version saved without a prompt from Comware, Arista and Junos, told by their first lines', () => {
    // Cut from networktocode/ntc-templates tests/: hp_comware/display_version/hp_comware_display_version.raw
    // (Comware 5) and hp_comware_display_version_cw7_8.raw (Comware 7), arista_eos/show_version/arista_eos_show_version2.raw,
    // juniper_junos/show_version/juniper_junos_show_version.raw (a virtual chassis's fpc0) and
    // juniper_junos_show_version_vmhost.raw (an NFX250, which prints no member line); each was refused
    // as a layout not read.
    const comware5 = 'HP Comware Platform Software\nComware Software, Version 5.20.105, Release 1809P03-US\nCopyright (c) 2010-2015 Hewlett-Packard Development Company, L.P.\nHP 5800-24G-SFP Switch with 1 Interface Slot uptime is 513 weeks, 5 days, 15 hours, 35 minutes\n\nHardware Version is Ver.B\n'
    const comware7 = 'HP Comware Software, Version 7.1.045, Release 2418P06\r\nCopyright (c) 2010-2015 Hewlett-Packard Development Company, L.P.\r\nHP 5900AF-48XG-4QSFP+ Switch uptime is 43 weeks, 6 days, 3 hours, 1 minute\r\nLast reboot reason : Cold reboot\r\n'
    const h3c = 'H3C Comware Platform Software\nComware Software, Version 5.20, Feature 6709L25\nCopyright (c) 2004-2015 Hangzhou H3C Tech. Co., Ltd. All rights reserved.\nH3C S7510E uptime is 309 weeks, 1 day, 16 hours, 15 minutes\n'
    const arista = 'Arista CCS-720XP-24ZY4-F\nHardware version: 11.00\nSerial number: JPE11400249\nHardware MAC address: fcbd.67c7.ffe7\n\nSoftware image version: 4.27.6M\n'
    const vc = 'fpc0:\n-------------------------------------------------------------------------\nHostname: lab\nModel: mx240\nJunos: 13.3R1.4\nJUNOS Base OS boot [13.3R1.4]\n\n{master:0}\n'
    const router = 'Hostname: MyRouter\nModel: nfx250_att_s1_10_t\nJUNOS OS Kernel 64-bit [20220419.9889e6f_builder_stable_11]\nJUNOS OS libs [20220419.9889e6f_builder_stable_11]\n'
    const got = [[comware5, 'sw-5800.txt'], [comware7, 'sw-5900.txt'], [h3c, 'core-7510.txt'], [arista, 'leaf-3.txt'], [vc, 'mx-1.txt'], [router, 'nfx-1.txt']].map(([text, file]) => {
      const { devices, diagnostics } = read(text!, file)
      expect(diagnostics, file).toEqual([])
      const d = devices[0]!
      return [d.id, d.model, d.serial, d.banners?.[0]?.field, identify(d, catalog).manufacturer]
    })
    expect(got).toEqual([
      ['sw-5800', undefined, undefined, 'display version', 'h3c'],
      ['sw-5900', undefined, undefined, 'display version', 'h3c'],
      // Comware names its model after H3C, HP or HPE: read as the banner only (docs/inventory.md, Limits).
      ['core-7510', undefined, undefined, 'display version', 'h3c'],
      ['leaf-3', 'CCS-720XP-24ZY4-F', 'JPE11400249', 'show version', 'arista'],
      // Junos names the host it ran on: that names the device, not the file.
      ['lab', 'mx240', undefined, 'show version', 'juniper'],
      ['MyRouter', 'nfx250_att_s1_10_t', undefined, 'show version', 'juniper'],
    ])
  })

  it('still refuses a text that starts with a Hostname or an Arista line without what follows them in show version', () => {
    for (const text of ['Hostname: lab\nUptime: 3 days\n', 'Arista CCS-720XP-24ZY4-F\nsome other line\n', 'fpc0:\n----------------\nHostname: lab\nstate: up\n']) {
      expect(() => read(text, 'notes.txt'), text).toThrow(/layout trustpath does not read/)
    }
  })

  it('reads a server\'s dmidecode: the System Information block\'s manufacturer, product and serial, not the values left blank', () => {
    // dmidecode -t system of an xFusion 2288H V5 (dmidecode 3.4), as a Linux notes page published it,
    // and networktocode/ntc-templates tests/linux/dmidecode_-t_system/linux_dmidecode_-t_system.raw (its
    // first blocks); both were read as a CSV whose header named no column.
    const xfusion = '# dmidecode 3.4\nGetting SMBIOS data from sysfs.\nSMBIOS 3.0 present.\n\nHandle 0x0001, DMI type 1, 27 bytes\nSystem Information\n        Manufacturer: XFUSION\n        Product Name: 2288H V5\n        Version: Purley\n        UUID: 8c2eb7d2-f46b-862f-ee11-062480781a3c\n        Wake-up Type: Power Switch\n'
    const hp = '# dmidecode 1.11\r\nSMBIOS 1.1 present.\r\n\r\nHandle 0x0001, DMI type 1, 11 bytes\r\nSystem Information\r\n\tManufacturer: HP\r\n\tProduct Name: ProG4 Deepseek G6\r\n\tVersion:        \r\n\tSerial Number: AA111100AA\r\n\tSKU Number: 000000-000\r\n\tFamily: Not Specified\r\n\r\nHandle 0x0011, DMI type 12, 1 bytes\r\nSystem Configuration Options\r\n\tOption 1: Jumper settings can be described here.\r\n'
    // A virtual machine's, from a published dump that blanked its product out (dmidecode 3.3).
    const vm = '# dmidecode 3.3\nGetting SMBIOS data from sysfs.\nSMBIOS 3.0.0 present.\nTable at 0x13F550000.\n\nHandle 0x0100, DMI type 1, 27 bytes\nSystem Information\n\tManufacturer: QEMU\n\tProduct Name: PPPPPPPPPP\n\tVersion: virt-4.2\n\tSerial Number: Not Specified\n\tUUID: 11111111-2222-3333-4444-555555555555\n'
    const got = [[xfusion, 'db-07.txt'], [hp, 'ws-2.txt'], [vm, 'vm-1.txt']].map(([text, file]) => read(text!, file))
    expect(got.map((r) => r.diagnostics)).toEqual([[], [], []])
    expect(got.map((r) => r.devices[0])).toEqual([
      { id: 'db-07', manufacturer: 'XFUSION', model: '2288H V5' },
      { id: 'ws-2', manufacturer: 'HP', model: 'ProG4 Deepseek G6', serial: 'AA111100AA' },
      // Its blanked product and unspecified serial are no values.
      { id: 'vm-1', manufacturer: 'QEMU' },
    ])
    // The server business Huawei sold in 2021: its group before that day, with the conflict that says so.
    const a = identify(got[0]!.devices[0]!, catalog)
    expect(a.manufacturer).toBe('xfusion')
    expect(a.conflicts.map((c) => c.kind)).toContain('relation_date_unknown')
  })

  it('reads a server\'s ipmitool fru: its first record\'s product, else its board, and not its parts\' records', () => {
    // ipmitool fru of a Cisco UCS C200 (R200-1120402W) over LAN and of an OpenBMC board by Quanta, as
    // their users published them (cut); both were read as a CSV whose header named no column.
    const ucs = 'FRU Device Description : Builtin FRU Device (ID 0)\n Chassis Type          : Rack Mount Chassis\n Chassis Part Number   : 74-7340-02\n Chassis Serial        : QCI1516A43Z\n Chassis Extra         : Cisco Systems Inc\n Board Mfg Date        : Sun May 18 03:13:00 1997\n Board Mfg             : Cisco Systems Inc\n Board Product         : R200-1120402W\n Board Serial          : QCI1515A3Y5\n Board Part Number     : 74-7340-02\n Product Manufacturer  : Cisco Systems Inc\n Product Name          : R200-1120402W\n Product Serial        : QCI1516A43Z\n Product Asset Tag     : Unknown\n\n\nFRU Device Description : FRU_HD_BP (ID 1)\n Device not present (Timeout)\n\nFRU Device Description : PSU1 (ID 3)\n Product Manufacturer  : Cisco Systems Inc\n Product Name          : R2X0-PSU2-650W-SB\n Product Serial        : QCI15391P5C\n'
    const openbmc = 'FRU Device Description : Builtin FRU Device (ID 0)\n Board Mfg Date        : Wed Jan 23 13:50:00 2019 UTC\n Board Mfg             : Quanta\n Board Product         : F0B-BMC-BMC\n Board Serial          : JU590800012\n Board Part Number     : 3CF0BRB0040\n Board Extra           : Nuvoton NPCM750\n'
    const got = [[ucs, 'ucs-c200.txt'], [openbmc, 'bmc-3.txt']].map(([text, file]) => read(text!, file))
    expect(got.map((r) => r.diagnostics)).toEqual([[], []])
    expect(got.map((r) => r.devices)).toEqual([
      [{ id: 'ucs-c200', manufacturer: 'Cisco Systems Inc', model: 'R200-1120402W', serial: 'QCI1516A43Z' }],
      [{ id: 'bmc-3', manufacturer: 'Quanta', model: 'F0B-BMC-BMC', serial: 'JU590800012' }],
    ])
    expect(identify(got[0]!.devices[0]!, catalog).manufacturer).toBe('cisco')
  })

  it('reads a ZXR10 switch\'s show version saved without a prompt: the ZXROS banner, the model of its Version Number line', () => {
    // The show version of a ZXR10 2928E as a device manager's test quotes it (its first lines); it
    // was refused as a layout not read.
    const text = 'ZXR10 Router Operating System Software, ZTE Corporation:\nZXR10 2928E Version Number    : 2900E Series V2.05.10B25\nCopyright (c) 2001-2013 By ZTE Corporation\nCompiled: 11:44:45 Jul  2 2013\nSystem uptime is  0 years 93 days 13 hours 19 minutes 58 seconds\n\nMain processor       : arm926ejs\n'
    const { devices, diagnostics } = read(text, 'acc-sw-12.txt')
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.model, d.banners?.[0]?.field])).toEqual([['acc-sw-12', 'ZXR10 2928E', 'show version']])
    const a = identify(devices[0]!, catalog)
    expect([a.group, a.evidence.map((e) => ('pattern' in e ? e.pattern : e.method))]).toEqual(['zte', ['zte-zxr10-router-os-sysdescr', 'zte-zxr10']])
  })

  it('reads a ZXR10 router\'s show version software, echoed without a prompt or after one: the model of its software line, attributed by its banner', () => {
    // nocproject/noc sa/profiles/ZTE/ZXR10/tests/ZTE_ZXR10_8912_V2_8_02_C_43_P14_get_version_0001.py, the
    // output of a ZXR10 8912 as NOC captured it (the command echoed above it); it was refused as a layout not read.
    const output = 'ZXR10 8912 Software, Version ZXR10 G-Series&8900&6900 V2.8.02.C.43.P14, RELEASE \nSOFTWARE\nCopyright (c) 2001-2009 by ZTE Corporation\nCompiled Jan 08 2011, 15:52:57\nZXR10 Router Operating System Software, ZTE Corporation\nZXR10 ROS Version V4.08.24\nSystem image files are local: //flash//img/zxr10.zar\n'
    const got = [read(`show version software\n${output}`, 'core-8912.txt'), read(`core-8912#show version software\n${output}core-8912#\n`)]
    expect(got.map((r) => r.diagnostics)).toEqual([[], []])
    expect(got.map((r) => r.devices.map((d) => [d.id, d.model, d.banners?.[0]?.field, d.banners?.[0]?.text.split('\n')[0]]))).toEqual([
      [['core-8912', 'ZXR10 8912', 'show version', 'ZXR10 8912 Software, Version ZXR10 G-Series&8900&6900 V2.8.02.C.43.P14, RELEASE ']],
      [['core-8912', 'ZXR10 8912', 'show version', 'ZXR10 8912 Software, Version ZXR10 G-Series&8900&6900 V2.8.02.C.43.P14, RELEASE ']],
    ])
    const a = identify(got[0]!.devices[0]!, catalog)
    expect([a.group, a.evidence.map((e) => ('pattern' in e ? e.pattern : e.method))]).toEqual(['zte', ['zte-zxr10-show-version-software', 'zte-zxr10']])
  })

  it('reads ProCurve\'s show system: its name, serial, base MAC and software revision, two fields a line', () => {
    // Cut from networktocode/ntc-templates tests/hp_procurve/show_system/hp_procurve_show_system.raw,
    // which was refused as a layout not read.
    const text = '\n Status and Counters - General System Information\n\n  System Name        : HP_Procurve-01                           \n  System Contact     : John Smith\n  System Location    : Downtown DC2\n\n  Software revision  : K.15.06.0017         Base MAC Addr      : 7446a0-41a56f\n  ROM Version        : K.15.29              Serial Number      : AB12CDE3FG  \n  Allow V1 Modules   : Yes\n\n  Up Time            : 15 days              Memory   - Total   : 128,380,928 \n'
    const bare = read(text, 'sw.txt')
    expect(bare.diagnostics).toEqual([])
    expect(bare.devices).toEqual([{ id: 'HP_Procurve-01', name: 'HP_Procurve-01', serial: 'AB12CDE3FG', macs: ['74:46:a0:41:a5:6f'], firmware: { version: 'K.15.06.0017' } }])
    expect(identify(bare.devices[0]!, catalog).group).toBe('hpe')
    // After its prompt, the prompt names it.
    expect(read(`HP-2920-24G# show system${text}`, 'sw.txt').devices.map((d) => [d.id, d.serial])).toEqual([['HP-2920-24G', 'AB12CDE3FG']])
  })

  it('reads the ONTs a Huawei OLT lists, one device each, known by the OLT, port and ONT ID', () => {
    // networktocode/ntc-templates tests/huawei_smartax/: display_ont_info_0/huawei_smartax_display_ont_info_fsp_4.raw
    // (its first port) and display_ont_info_summary_ont/huawei_smartax_display_ont_info_summary_ont_2.raw
    // (cut); the first was refused, the second read as a CSV of junk devices ("-----...").
    const all = [
      '  -----------------------------------------------------------------------------',
      '  F/S/P   ONT         SN         Control     Run      Config   Match    Protect',
      '          ID                     flag        state    state    state    side',
      '  -----------------------------------------------------------------------------',
      '  0/ 1/0    0  46VBSM4LFW7QLGAV  active      online   normal   match    no  ',
      '  ------------------------------- ----------------------------------------------',
      '  F/S/P   ONT-ID   Description',
      '  -----------------------------------------------------------------------------',
      '  0/ 1/0       0   The boiling consignment budgets.',
      '  -----------------------------------------------------------------------------',
      '  In port 0/ 1/0, the total of ONTs are: 1, online: 1',
      '  -----------------------------------------------------------------------------',
      '',
    ].join('\n')
    const summary = SMARTAX_ONT_SUMMARY
    const bare = read(all, 'olt-1.txt')
    expect(bare.diagnostics).toEqual([])
    expect(bare.devices).toEqual([{ id: '0/1/0/0', name: 'The boiling consignment budgets.', role: 'cpe', serial: '46VBSM4LFW7QLGAV' }])
    const session = read(`MA5800-X7#display ont info summary 0/2/11\n${summary}\nMA5800-X7#display ont info 0 all\n${all}`, 'olt-1.txt')
    expect(session.diagnostics).toEqual([])
    expect(session.devices.map((d) => [d.id, d.model, d.serial, d.name])).toEqual([
      ['MA5800-X7:0/2/11/0', 'EG8145X6-10', '1234567890ABCDEF', 'huawei_ont_0'],
      ['MA5800-X7:0/1/0/0', undefined, '46VBSM4LFW7QLGAV', 'The boiling consignment budgets.'],
    ])
    expect(identify(session.devices[0]!, catalog).manufacturer).toBe('huawei')
  })

  it('reads Comware\'s display device manuinfo: the first block, the chassis\'s, and not its fans\'', () => {
    // networktocode/ntc-templates tests/hp_comware/display_device_manuinfo/hp_comware_display_device_manuinfo_5930.raw (cut)
    const text = ` Slot 1 CPU 0:
DEVICE_NAME          : HP FlexFabirc 5930-32QSFP+ Switch JG726A
DEVICE_SERIAL_NUMBER : CN43GG2001
MAC_ADDRESS          : 00E0-FC00-5800
MANUFACTURING_DATE   : 2008-05-08
VENDOR_NAME          : HPE
Fan 1
DEVICE_NAME          : LSWM1HFANSC
DEVICE_SERIAL_NUMBER : CN43GG2002
MANUFACTURING_DATE   : 2011-11-12
VENDOR_NAME          : HPE
`
    const expected = { manufacturer: 'HPE', model: 'HP FlexFabirc 5930-32QSFP+ Switch JG726A', serial: 'CN43GG2001', macs: ['00:e0:fc:00:58:00'] }
    const bare = read(text, 'core-5930.txt')
    expect(bare.diagnostics).toEqual([])
    expect(bare.devices).toEqual([{ id: 'core-5930', ...expected }])
    const prompted = read(`<core-5930>dis device manuinfo\n${text}<core-5930>\n`)
    expect(prompted.devices).toEqual([{ id: 'core-5930', name: 'core-5930', ...expected }])
  })

  it('reads Comware 5\'s display device manuinfo saved without a prompt, whose chassis keeps no manufacturing information', () => {
    // networktocode/ntc-templates tests/hp_comware/display_device_manuinfo/hp_comware_display_device_manuinfo_cw5_only-new-chassis.raw
    // (cut): the chassis answers Only new chassis support this command, then the slots follow; it was
    // refused as a layout not read. The first slot's block (the main board's) names the maker.
    const text = 'Chassis self:\n\nOnly new chassis support this command.\n  The operation is not supported on the specified chassis.\n\nSlot 0:\n DEVICE_NAME          : LSQM1SRP12GB0\n DEVICE_SERIAL_NUMBER : 21023LMAOPOPB113000172\n MAC_ADDRESS          : 3822-D626-EB2B\n MANUFACTURING_DATE   : 2011-3-26\n VENDOR_NAME          : H3C\n\nSlot 2:\n DEVICE_NAME          : LSQM1GV48SC0\n'
    const { devices, diagnostics } = read(text, 'agg-7506.txt')
    expect(diagnostics).toEqual([])
    expect(devices).toMatchObject([{ id: 'agg-7506', manufacturer: 'H3C', macs: ['38:22:d6:26:eb:2b'] }])
    expect(identify(devices[0]!, catalog).manufacturer).toBe('h3c')
  })

  it('reads VRP 8\'s display version, which prints the time before its banner, saved with Windows line ends', () => {
    const ne40e = '2024-06-08 13:04:22.667 +03:00\nHuawei Versatile Routing Platform Software\nVRP (R) software, Version 8.220 (NE40E V800R022C00SPC600)\nCopyright (C) 2012-2022 Huawei Technologies Co., Ltd.\nHUAWEI NE40E-X8A uptime is 331 days, 11 hours, 16 minutes \nPatch Version: V800R022SPH120\n\nNE40E-X8A version information:\n'
    const { devices, diagnostics } = read(`<ist-pe-01>!\n<ist-pe-01>display version\n${ne40e}<ist-pe-01>`.replace(/\n/g, '\r\n'))
    expect(diagnostics).toEqual([])
    expect(devices).toHaveLength(1)
    expect(devices[0]).toMatchObject({ id: 'ist-pe-01', model: 'NE40E-X8A' })
    expect(identify(devices[0]!, catalog).evidence.find((e) => e.method === 'banner')).toMatchObject({ pattern: 'huawei-vrp-sysdescr', product: 'NE40E-X8A', command: 'display version' })
  })

  it('reads Huawei display device and display elabel: the chassis board\'s type and vendor, other vendors\' boards as components, serials left out as xxxx not read', () => {
    const { devices, diagnostics } = read(S5730_SESSION)
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'SW', name: 'SW', manufacturer: 'Huawei', model: 'S5730-48C-SI-AC', components: [{ manufacturer: 'Huawei' }] }])
    expect(identify(devices[0]!, catalog).group).toBe('huawei')
  })

  it('reads two routers of one session log as two devices, one per prompt\'s host', () => {
    const { devices, diagnostics } = read(TWO_ROUTERS, 'two-routers.log')
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.model, identify(d, catalog).group])).toEqual([
      ['rt-fra-01', 'WS-C4948E', 'cisco'],
      ['pe-1', 'NE40E-X2-M8A', 'huawei'],
    ])
  })

  it('reads the same text streamed in small chunks, with the lines where each device starts', async () => {
    const { devices, lines, codes } = await collect(TWO_ROUTERS.match(/[\s\S]{1,7}/g)!, { file: 'two-routers.log' })
    expect(codes).toEqual([])
    expect(devices.map((d) => d.id)).toEqual(['rt-fra-01', 'pe-1'])
    expect(lines).toEqual([1, 43])
  })

  it('reads Arista\'s and Juniper\'s show version: the model and serial they print, the maker by their banners', () => {
    const arista = 'leaf1#show version\nArista CCS-720XP-24ZY4-F\nHardware version: 11.00\nSerial number: JPE11400249\nHardware MAC address: fcbd.67c7.ffe7\nSystem MAC address: fcbd.67c7.ffe7\n\nSoftware image version: 4.27.6M\n'
    const junos = 'lab@mx1> show version\nfpc0:\n-------------------------------------------------------------------------\nHostname: lab\nModel: mx240\nJunos: 13.3R1.4\nJUNOS Base OS boot [13.3R1.4]\nJUNOS Base OS Software Suite [13.3R1.4]\n'
    const { devices } = read(arista + junos)
    expect(devices.map((d) => [d.id, d.model, d.serial, identify(d, catalog).manufacturer])).toEqual([['leaf1', 'CCS-720XP-24ZY4-F', 'JPE11400249', 'arista'], ['mx1', 'mx240', undefined, 'juniper']])
  })

  it('reads a Junos switch\'s session, which starts with the {master:0} line Junos prints before each prompt, in chunks of any size', async () => {
    const junos = '{master:0}\nlab@ex1> show version\nfpc0:\n--------------------------------------------------------------------------\nHostname: lab\nModel: ex4550-32f\nJUNOS EX  Software Suite [13.2X51-D35.3]\nJUNOS FIPS mode utilities [13.2X51-D35.3]\n\n{master:0}\nlab@ex1> \n'
    for (const chunks of [[junos], junos.match(/[\s\S]{1,5}/g)!]) {
      const { devices, codes } = await collect(chunks, { file: '<stdin>' })
      expect(codes).toEqual([])
      expect(devices.map((d) => [d.id, d.model, identify(d, catalog).manufacturer])).toEqual([['ex1', 'ex4550-32f', 'juniper']])
      expect(devices[0]!.banners?.[0]?.text).not.toContain('{master:0}')
    }
  })

  it('names an Allen-Bradley Stratix on IOS XE after Cisco, whose software it runs, and reads its own model number', () => {
    const { devices } = read(`PAS-IDF17-SW02#show version\n${STRATIX_VERSION}`)
    expect(devices[0]).toMatchObject({ id: 'PAS-IDF17-SW02', model: '1783-CMS20DP', serial: 'ABC123' })
    expect(identify(devices[0]!, catalog).group).toBe('cisco')
  })

  it('skips the output of other commands, even one that prints Cisco\'s banner lines', () => {
    const text = `sw1#show running-config\nBuilding configuration...\nversion 15.2\nhostname sw1\n!\nbanner motd ^C\nCisco IOS Software, C2960X Software\n^C\nend\n\nsw1#show inventory\n${C8000V_INVENTORY}`
    const { devices, diagnostics } = read(text)
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'sw1', name: 'sw1', model: 'C8000V', serial: '9XLWRY40A2V' }])
  })

  it('says how to read a running configuration saved with the prompt line before it', () => {
    // tauranga's sh run in 0x89f/NZNOG, trg (its first lines), https://github.com/0x89f/NZNOG
    const session = ['', 'RP/0/0/CPU0:tauranga#sh run', 'Wed Jan 25 18:29:10.632 UTC', 'Building configuration...',
      '!! IOS XR Configuration 6.0.0', '!! Last configuration change at Wed Jan 25 08:12:11 2017 by cisco', '!',
      'hostname tauranga', 'domain name core.net', 'interface Loopback0', ' ipv4 address 10.1.1.5 255.255.255.255', '!',
      'end', '', 'RP/0/0/CPU0:tauranga#   ', ''].join('\n')
    const { devices, diagnostics } = read(session, 'tauranga.txt')
    expect(devices).toEqual([])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('the file holds only "sh run". A saved configuration is read as one device, named by its hostname, when the file starts with it: remove the prompt line of "sh run" before it')
    // As the message says.
    expect(read(session.replace('RP/0/0/CPU0:tauranga#sh run\n', ''), 'tauranga.txt').devices).toEqual([{ id: 'tauranga', name: 'tauranga' }])
  })

  it('says what it reads when no device is in the output, naming the commands the file holds', () => {
    const { devices, diagnostics } = read('sw1#show clock\n*10:15:02.123 UTC Mon Mar 4 2024\nsw1#show users\n    Line       User       Host(s)              Idle       Location\n', 'sw1.txt')
    expect(devices).toEqual([])
    expect(diagnostics.map((d) => d.code)).toEqual(['cli_output_without_device'])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"sw1.txt: error: no device could be read from this command output: trustpath reads the output of show version, show inventory, display version, display device and display elabel, after a prompt line naming the device (rt-fra-01#show version, <HUAWEI>display version) or alone in the file; the file holds only "show clock", "show users". Save one of those commands' output with the rest."`)
  })

  it('reads a file asked for with --input-format cli whose start it would not tell', () => {
    const text = `Info: session log\n${C8000V_INVENTORY}`
    expect(parseInventory(text, { file: 'x.log', format: 'cli' }).devices).toEqual([{ id: 'x', model: 'C8000V', serial: '9XLWRY40A2V' }])
  })
})

describe('telling command output from other inventories by the first line', () => {
  it('still reads a CSV whose cells hold a show version banner as CSV', () => {
    const csv = 'id,name,sys_descr\nr1,rt-1,"Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(2)E7, RELEASE SOFTWARE (fc3)"\n'
    const { devices, diagnostics } = parseInventory(csv, { file: '<stdin>' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'r1', name: 'rt-1', snmp: { sysDescr: 'Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(2)E7, RELEASE SOFTWARE (fc3)' } }])
  })

  it('still reads a CSV whose first column is headed No# beside a Display Name as CSV', () => {
    const { devices, diagnostics } = parseInventory('No#,Display Name,Model\n1,rt-1,NE40E-X8\n', { file: '<stdin>' })
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(devices.map((d) => [d.name, d.model])).toEqual([['rt-1', 'NE40E-X8']])
  })

  it('still reads a neighbour table saved after its prompt as neighbours', () => {
    const table = 'core-sw1#show cdp neighbors detail\n-------------------------\nDevice ID: acc-sw-07\nEntry address(es):\n  IP address: 10.20.0.7\nPlatform: HUAWEI S5720-28X-SI-AC,  Capabilities: Router Switch IGMP\n'
    const { devices } = parseInventory(table, { file: '<stdin>' })
    expect(devices.map((d) => [d.id, d.model])).toEqual([['acc-sw-07', 'S5720-28X-SI-AC']])
  })

  it('still reads an SNMP walk whose sysDescr is a show version banner as a walk', () => {
    const walk = 'SNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(2)E7, RELEASE SOFTWARE (fc3)\nSNMPv2-MIB::sysName.0 = STRING: acc-1\n'
    const { devices } = parseInventory(walk, { file: '<stdin>' })
    expect(devices.map((d) => [d.id, d.snmp?.sysDescr?.slice(0, 18)])).toEqual([['acc-1', 'Cisco IOS Software']])
  })

  it('still reads a Huawei address table after its prompt as addresses', () => {
    const arp = '<HUAWEI>display arp\nIP ADDRESS      MAC ADDRESS     EXPIRE(M) TYPE        INTERFACE      VPN-INSTANCE\n------------------------------------------------------------------------------\n10.0.0.1        00e0-fc12-3456  20        D-0         GE0/0/1\n'
    const { devices } = parseInventory(arp, { file: '<stdin>' })
    expect(devices.map((d) => d.macs)).toEqual([['00:e0:fc:12:34:56']])
  })
})
