import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { parseInventory } from './parse.js'
import { collect } from './formats.case.test.js'

/*
 * The sample configuration of a switch that Nagios Core installs (NagiosEnterprises/nagioscore,
 * sample-config/template-object/switch.cfg.in, https://github.com/NagiosEnterprises/nagioscore),
 * cut to its header, its host, its host group and one service, its tabs and comments kept.
 */
const SWITCH_CFG = [
  '###############################################################################',
  '# SWITCH.CFG - SAMPLE CONFIG FILE FOR MONITORING A SWITCH',
  '#',
  '#',
  '# NOTES: This config file assumes that you are using the sample configuration',
  '#\t files that get installed with the Nagios quickstart guide.',
  '#',
  '###############################################################################',
  '',
  '# Define the switch that we\'ll be monitoring',
  '',
  'define host{',
  '\tuse\t\tgeneric-switch\t\t; Inherit default values from a template',
  '\thost_name\tlinksys-srw224p\t\t; The name we\'re giving to this switch',
  '\talias\t\tLinksys SRW224P Switch\t; A longer name associated with the switch',
  '\taddress\t\t192.168.1.253\t\t; IP address of the switch',
  '\thostgroups\tswitches\t\t; Host groups this switch is associated with',
  '\t}',
  '',
  'define hostgroup{',
  '\thostgroup_name\tswitches\t\t; The name of the hostgroup',
  '\talias\t\tNetwork Switches\t; Long name of the group',
  '\t}',
  '',
  'define service{',
  '\tuse\t\t\tgeneric-service\t; Inherit values from a template',
  '\thost_name\t\tlinksys-srw224p\t; The name of the host the service is associated with',
  '\tservice_description\tPING\t\t; The service description',
  '\tcheck_command\t\tcheck_ping!200.0,20%!600.0,60%\t; The command used to monitor the service',
  '\t}',
  '',
].join('\n')

describe('Nagios object definitions', () => {
  it('reads each host of the sample switch.cfg as one device, by its host_name and address, and nothing else as a device', () => {
    const { devices, diagnostics } = parseInventory(SWITCH_CFG, { file: 'switch.cfg' })
    // Read as CSV, every directive's name had been a device ("alias", "host_name", "check_command").
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'linksys-srw224p', name: 'linksys-srw224p', addresses: ['192.168.1.253'] }])
  })

  it('skips templates, names a host by its display_name, and reads its custom variables as the columns they name', () => {
    const text = [
      'define host {',
      '    name        generic-switch',
      '    register    0',
      '    _MAC        00:E0:FC:00:00:01',
      '}',
      'define host{',
      '\tuse\t\tgeneric-switch',
      '\thost_name\tcore-sw1',
      '\talias\t\tCore switch\\; room 2',
      '\taddress\t\tcore-sw1.example.net',
      '\t_MAC\t\t00:E0:FC:12:34:56',
      '\t_SERIAL\t\t2102351931P0C3000123',
      '\t_LOCATION\tBerlin',
      '\t}',
      'define host{',
      '\thost_name\tfw1',
      '\tdisplay_name\tEdge firewall',
      '\taddress\t\t10.0.0.1 }',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(text, { file: 'hosts.cfg' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: 'core-sw1', name: 'core-sw1', site: 'Berlin', serial: '2102351931P0C3000123', macs: ['00:e0:fc:12:34:56'] },
      { id: 'fw1', name: 'Edge firewall', addresses: ['10.0.0.1'] },
    ])
    const catalog = loadDefaultCatalog()
    expect(identify(devices[0]!, catalog).manufacturer).toBe('huawei')
  })

  it('reads a file whose comments above the first definition are longer than a reader\'s sample, fed in chunks', async () => {
    // A licence above the definitions, as many a site keeps, of some 12 KB: read in chunks as
    // --input-format cli reads them, its start held only comments, and the file was taken for a
    // device's command output.
    const licence = Array.from({ length: 120 }, (_, i) => `# licence line ${i + 1}: Permission is hereby granted, free of charge, to any person`).join('\n')
    const text = `${licence}\n${SWITCH_CFG}`
    const chunks = text.match(/[\s\S]{1,1000}/g)!
    const { devices, codes } = await collect(chunks, { file: 'switch.cfg', format: 'cli' })
    expect(codes).toEqual([])
    expect(devices).toEqual([{ id: 'linksys-srw224p', name: 'linksys-srw224p', addresses: ['192.168.1.253'] }])
  })

  it('says which definition is left open, and that a file of commands alone lists no device', () => {
    // The opening line as written, and that the file may have been cut short: the line itself is right.
    const open = parseInventory('define host {\n\thost_name\tsw1\n', { file: 'hosts.cfg' })
    expect(open.devices).toEqual([])
    expect(open.diagnostics.map((d) => formatDiagnostic(d))).toContain(
      'hosts.cfg:1: error: the definition that starts here ("define host {") is not closed by "}" before the end of the file, so it is skipped: the file may have been cut short. Give the configuration files whole, as the monitoring system reads them.',
    )
    const icinga = parseInventory('object Host "rt2" {\n  address = "10.0.0.10"\n', { file: 'hosts.conf' })
    expect(icinga.devices).toEqual([])
    expect(icinga.diagnostics).toMatchObject([{ code: 'malformed_definition', at: { line: 1 }, got: 'object Host "rt2" {', unclosed: true }])
    const commands = parseInventory('define command{\n\tcommand_name\tcheck_ping\n\tcommand_line\t$USER1$/check_ping\n\t}\n', { file: 'commands.cfg' })
    expect(commands.devices).toEqual([])
    expect(commands.diagnostics).toMatchObject([{ code: 'empty_input', readAs: 'Nagios object definitions (define host{...})' }])
  })
})

/*
 * The sample hosts.conf that Icinga 2 installs (Icinga/icinga2, etc/icinga2/conf.d/hosts.conf,
 * https://github.com/Icinga/icinga2), cut to its comment and its host's attributes.
 */
const ICINGA_HOSTS_CONF = [
  '/*',
  ' * Host definitions with object attributes',
  ' * used for apply rules for Service, Notification,',
  ' * Dependency and ScheduledDowntime objects.',
  ' */',
  '',
  'object Host NodeName {',
  '  /* Import the default host template defined in `templates.conf`. */',
  '  import "generic-host"',
  '',
  '  /* Specify the address attributes for checks e.g. `ssh` or `http`. */',
  '  address = "127.0.0.1"',
  '  address6 = "::1"',
  '',
  '  /* Set custom attribute `os` for hostgroup assignment in `groups.conf`. */',
  '  vars.os = "Linux"',
  '',
  '  vars.http_vhosts["http"] = {',
  '    http_uri = "/"',
  '  }',
  '  //vars.http_vhosts["Icinga Web 2"] = {',
  '  //  http_uri = "/icingaweb"',
  '  //}',
  '',
  '  vars.disks["disk /"] = {',
  '    disk_partition = "/"',
  '  }',
  '}',
  '',
].join('\n')

describe('Icinga 2 object definitions', () => {
  it('reads each object Host of the sample hosts.conf as one device, with its address and address6', () => {
    const { devices, diagnostics } = parseInventory(ICINGA_HOSTS_CONF, { file: 'hosts.conf' })
    // It was refused as a CSV whose first line ("/*") named no column.
    expect(diagnostics).toEqual([])
    // A host named by a constant (NodeName, the local FQDN set in constants.conf) is known by the constant's name.
    expect(devices).toEqual([{ id: 'NodeName', name: 'NodeName', addresses: ['127.0.0.1', '::1'] }])
  })

  it('skips templates, reads display_name and custom variables of one value, a host on one line too', () => {
    const text = [
      '// hosts',
      'template Host "generic-switch" {',
      '  vars.mac = "00:E0:FC:00:00:99"',
      '}',
      'object Host "core-sw1" {',
      '  import "generic-switch"',
      '  display_name = "Core switch {1}" // braces in a string',
      '  address = "10.0.0.2"',
      '  vars.serial = "2102351931P0C3000123"',
      '  vars.mac = "00:E0:FC:12:34:56"',
      '  vars.location = "Berlin"',
      '}',
      'object Host "fw1" { address = "10.0.0.1" }',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(text, { file: 'hosts.conf' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: 'core-sw1', name: 'Core switch {1}', site: 'Berlin', serial: '2102351931P0C3000123', macs: ['00:e0:fc:12:34:56'], addresses: ['10.0.0.2'] },
      { id: 'fw1', name: 'fw1', addresses: ['10.0.0.1'] },
    ])
  })
})

