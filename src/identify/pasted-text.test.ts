import { describe, expect, it } from 'vitest'
import { parsePastedText } from './pasted-text.js'

describe('parsePastedText', () => {
  it('reads the value of an snmpwalk or snmpget line, by name or OID, quoted or not, a Hex-STRING decoded', () => {
    expect(parsePastedText('SNMPv2-MIB::sysDescr.0 = STRING: "RouterOS RB750Gr3"')).toEqual({ form: 'snmp_walk', object: 'SNMPv2-MIB::sysDescr.0', type: 'STRING', sysDescr: true, text: 'RouterOS RB750Gr3' })
    expect(parsePastedText('.1.3.6.1.2.1.1.1.0 = STRING: RouterOS RB750Gr3')).toMatchObject({ sysDescr: true, text: 'RouterOS RB750Gr3' })
    expect(parsePastedText('iso.3.6.1.2.1.1.1.0 = Hex-STRING: 52 6F 75 74 65 72 4F 53')).toMatchObject({ type: 'Hex-STRING', sysDescr: true, text: 'RouterOS' })
    expect(parsePastedText('STRING: "RouterOS RB750Gr3"')).toMatchObject({ object: undefined, sysDescr: true, text: 'RouterOS RB750Gr3' })
    expect(parsePastedText('ENTITY-MIB::entPhysicalDescr.1 = STRING: "CE6857-48S6CQ-EI"')).toMatchObject({ sysDescr: false, text: 'CE6857-48S6CQ-EI' })
    expect(parsePastedText('SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2011.2.23.95')).toMatchObject({ type: 'OID', text: 'SNMPv2-SMI::enterprises.2011.2.23.95' })
    // A sysDescr of several lines, pasted with them.
    expect(parsePastedText('SNMPv2-MIB::sysDescr.0 = STRING: "Huawei Versatile Routing Platform Software\r\nVRP (R) software, Version 8.220"\r\n')?.text).toBe('Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.220')
  })

  it('reads a row of nmap\'s port table or a grepable port as what -sV named, with the protocol of its service', () => {
    expect(parsePastedText('22/tcp   open  ssh     Huawei VRP sshd (protocol 2.0)')).toEqual({
      form: 'nmap_port', port: '22/tcp', service: 'ssh', protocol: 'ssh', text: 'Huawei VRP sshd protocol 2.0', product: 'Huawei VRP sshd', extrainfo: 'protocol 2.0',
    })
    expect(parsePastedText('443/tcp open  ssl/http Hikvision IP camera httpd')).toMatchObject({ protocol: 'https', product: 'Hikvision IP camera httpd' })
    expect(parsePastedText('80/open/tcp//http//Hikvision IP camera httpd/')).toMatchObject({ port: '80/tcp', protocol: 'http', product: 'Hikvision IP camera httpd' })
    expect(parsePastedText('23/tcp open  telnet')).toMatchObject({ form: 'nmap_port', text: '', product: '' })
  })

  it('reads a line of an nmap script\'s output as the banner it captured, with the banner\'s protocol and field', () => {
    expect(parsePastedText('|_http-server-header: App-webs/')).toEqual({ form: 'nmap_script', script: 'http-server-header', text: 'App-webs/', protocol: 'http', field: 'server' })
    expect(parsePastedText('| banner: SSH-2.0-ROSSSH')).toEqual({ form: 'nmap_script', script: 'banner', text: 'SSH-2.0-ROSSSH' })
    expect(parsePastedText('| snmp-sysdescr: RouterOS RB750Gr3\n|_  System uptime: 3d17h18m02.56s (32388256 timeticks)')).toMatchObject({ protocol: 'snmp', text: 'RouterOS RB750Gr3' })
    expect(parsePastedText('|_ssh-hostkey: 2048 aa:bb')).toEqual({ form: 'nmap_script', script: 'ssh-hostkey', text: '2048 aa:bb' })
  })

  it('reads a text inside the quotes around it, a JSON string with its escapes turned back', () => {
    expect(parsePastedText('"SSH-2.0-ROSSSH"')).toEqual({ form: 'quoted', text: 'SSH-2.0-ROSSSH' })
    expect(parsePastedText("'SSH-2.0-ROSSSH'")).toEqual({ form: 'quoted', text: 'SSH-2.0-ROSSSH' })
    expect(parsePastedText('\u201cSSH-2.0-ROSSSH\u201d')).toEqual({ form: 'quoted', text: 'SSH-2.0-ROSSSH' })
    expect(parsePastedText('"HTTP/1.1 200 OK\\r\\nServer: DNVRS-Webs\\r\\n"')).toEqual({ form: 'quoted', text: 'HTTP/1.1 200 OK\r\nServer: DNVRS-Webs' })
  })

  it('leaves a text in none of these forms as it is', () => {
    for (const q of ['SSH-2.0-HUAWEI-1.5', 'Basic realm="NETGEAR R7000"', 'Server: Hikvision-Webs', '"', '""', 'Cisco IOS Software, C2960 Software']) expect(parsePastedText(q)).toBeUndefined()
  })
})
