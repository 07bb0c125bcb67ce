import { describe, expect, it } from 'vitest'
import { BANNER_PATTERNS } from './banners.js'

/** Strings that look like a maker's but must claim nothing, or only with low certainty. */
const NEAR_MISSES = [
  'Huawei-compatible SFP module 10G SR',
  'Linux huawei-lab 5.15.0-91-generic',
  'ZTE-compatible ONT power adapter',
  'Apache/2.4.41 (Ubuntu)',
  'nginx/1.18.0',
  'lighttpd/1.4.59',
  'Boa/0.94.14rc21',
  'GoAhead-Webs',
  'GoAhead-http',
  'uc-httpd 1.0.0',
  'micro_httpd',
  'WebServer',
  'Webs',
  'SSH-2.0-OpenSSH_7.4',
  'SSH-2.0-dropbear_2019.78',
  'Basic realm="Login to the Router Web Configurator"',
  'Basic realm="DS-Gateway"',
  'ASUSTeK UPnP/1.0 MiniUPnPd/1.4',
  'GStreamer RTSP server',
  'RouterOS 7.11',
  'Rtsp Server/3.0',
  'SSH-2.0--',
  // Strings that name a maker only as a compatibility claim.
  'Cisco-compatible SFP+ 10GBASE-SR transceiver',
  'SFP module for Cisco Catalyst',
  'Cisco SFP-10G-SR',
  'ZTE-compatible GPON ONU',
  // Generic embedded servers and agents, and real strings from other makers' devices (Recog).
  'thttpd/2.25b 29dec2003',
  'mini_httpd/1.19 19dec2003',
  'GoAhead-Webs/2.5.0',
  'HiIpcam/V100R003 VodServer/1.0.0',
  'Hipcam RealServer/V1.0',
  'Indigo-Security/1.0',
  'VxWorks SNMPv1/v2c Agent',
  'ucd-snmp-4.1.2/Red Hat eCos',
  'Linux hostname 2.6.18-53.1.4.el5 #1 SMP Fri Nov 30 00:45:16 EST 2007 i686',
  'pfSense pfSense.localdomain 2.3.4-RELEASE pfSense FreeBSD 10.3-RELEASE-p19 amd64',
  // Huawei software on a Windows server: the text names Huawei, the device is a PC.
  'MAS 1.0 (Intel X86) Copyright (c) 1998-2006 Huawei Technologies Co., Ltd on Windows NT 5.0',
  // Generic titles and bare names that several makers (or none) use.
  'Huawei Auth-Http Server',
  'NETGEAR',
  'Switch Administrator',
  'SSH-2.0-FortiSSH',
  'AN5516',
  'Ruijie',
  // Bare product names and generic Linux lines around the Ubiquiti, Fortinet and Cisco Small Business patterns.
  'UniFi',
  'Cloud',
  'Linux 3.3.8 #1 Wed Jan 18 09:26:53 PST 2017 mips',
  'FortiSwitch',
  'FortiGate-60F',
  // Bare models and prompts around the telnet, SSDP and SIP patterns: a model without ZTE's line
  // ending, a host name that is not the serial or factory address, generic MiniUPnPd and ipOS lines.
  'F668',
  'F668 login:',
  'FGT60C3 login:',
  '192.0.0.1 login:',
  'Warning: Telnet is not a secure protocol.',
  'Linux/2.6.15 UPnP/1.0 miniupnpd/1.0',
  'ipos/7.0 UPnP/1.0 ipGENADevice/1.0',
  'Multibox 7390 NGN 84.05.09 (Jan 13 2012)',
  'Data ONTAP',
  // Around the covered makers' web, SSDP and telnet patterns: a bare SmartAX-style realm, the H3C
  // joint venture's copyright, another maker's "-Webs" server, a generic realm and MiniUPnPd name.
  'Basic Realm="MT800"',
  'Copyright (c) 2004-2007 Hangzhou Huawei-3Com Tech. Co., Ltd. All rights reserved.',
  'Interlogix-Webs',
  'Basic realm="device"',
  'MF/1.0 UPnP/1.0 miniupnpd/1.0',
  'Welcome to the world of CLI !',
  // Around the other makers' sysDescr and Server patterns: bare product words, a RouterOS version
  // without a board, a plain Red Hat kernel line (no F5 tag), a generic DVR server and Aruba's name alone.
  'SonicWALL',
  'Ethernet Routing Switch',
  'SmartZone',
  'XOS',
  'RouterOS 6.48.6',
  'Linux bigip 3.10.0-862.14.4.el7.x86_64 #1 SMP Wed Sep 26 15:12:11 UTC 2018 x86_64',
  'Cross Web Server',
  'Aruba Networks',
  'Prestige',
  // Around the camera, industrial, cellular and operator-CPE patterns: an "Alcatel-Lucent" router name
  // without an OmniSwitch model, bare product words, another SONiC build, Airlink 101's realm, a bare
  // model prefix, a realm without SpeedTouch's MAC address.
  'Alcatel-Lucent 7750 Service Router',
  'Network Camera',
  'NPort',
  'EDS-',
  'Siemens',
  'SCALANCE',
  'RUGGEDCOM',
  'SONiC Software Version: SONiC.master.0-dirty-20210101.000000',
  'Basic realm="CameraServer"',
  'Basic realm="SpeedTouch"',
  'AlliedWare Plus',
  'Thomson Inventel / HW_V1.0 / FW_V1.0 / SW_V2.1.3',
  // A product line without its model, and a model number without its line: neither names a maker.
  'ZyWALL',
  'MINI-LINK',
  'Nexus',
  'Nexus Switch',
  'XMG1915-10EP',
  // Lines of command output that the show-version patterns read only beside the line that names the
  // platform: a model line without Junos's, a switch description without Eltex's sysObjectID
  'Model: mx240',
  'System Description:                       MES3124 28-port 1G/10G Managed Switch',
]

describe('BANNER_PATTERNS', () => {
  it('has unique pattern names in kebab-case', () => {
    const names = BANNER_PATTERNS.map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    for (const n of names) expect(n).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('uses stateless regexes with lower-case keywords', () => {
    for (const p of BANNER_PATTERNS) {
      expect(p.pattern.global || p.pattern.sticky, p.name).toBe(false)
      for (const k of p.keywords ?? []) expect(k, p.name).toBe(k.toLowerCase())
    }
  })

  it('gives every pattern at least one example and a source', () => {
    for (const p of BANNER_PATTERNS) {
      expect(p.examples.length, p.name).toBeGreaterThan(0)
      expect(p.source?.title, p.name).toBeTruthy()
    }
  })

  it('matches every example of every pattern, with a keyword present and the captures it declares', () => {
    for (const p of BANNER_PATTERNS) {
      for (const example of p.examples) {
        const m = p.pattern.exec(example)
        expect(m, `${p.name}: ${example}`).not.toBeNull()
        if (p.keywords !== undefined) {
          const lower = example.toLowerCase()
          expect(p.keywords.some((k) => lower.includes(k)), `${p.name} keywords in: ${example}`).toBe(true)
        }
        if (p.product === 'product') expect(m?.groups?.['product'], `${p.name} product: ${example}`).toBeTruthy()
      }
    }
  })

  it('claims each example only for its own manufacturer across the whole catalog', () => {
    for (const p of BANNER_PATTERNS) {
      for (const example of p.examples) {
        const makers = BANNER_PATTERNS.filter((q) => q.pattern.test(example)).map((q) => q.manufacturer)
        expect(new Set(makers), `${p.name}: ${example}`).toEqual(new Set([p.manufacturer]))
      }
    }
  })

  it('claims no near-miss string with high certainty', () => {
    for (const text of NEAR_MISSES) {
      const high = BANNER_PATTERNS.filter((p) => p.certainty !== 'low' && p.pattern.test(text)).map((p) => p.name)
      expect(high, text).toEqual([])
    }
  })

  it('reads the model and AOS release of an OmniSwitch and the model of a SCALANCE switch', () => {
    const ale = BANNER_PATTERNS.find((x) => x.name === 'ale-omniswitch-sysdescr')
    expect(ale?.pattern.exec('Alcatel-Lucent OS9600/OS9700-CFM 6.4.3.520.R01 GA, April 08, 2010.')?.groups).toMatchObject({ product: 'OS9600/OS9700-CFM', version: '6.4.3.520.R01' })
    expect(ale?.pattern.exec('Welcome to the Alcatel-Lucent OS6860E-P48 8.1.1, April 15, 2014.')?.groups).toMatchObject({ product: 'OS6860E-P48', version: '8.1.1' })
    // Nokia's service routers, which also said "Alcatel-Lucent", stay with the Nokia pattern.
    const timos = 'TiMOS-C-12.0.R12 cpm/hops64 ALCATEL SR 7750 Copyright (c) 2000-2015 Alcatel-Lucent.'
    expect(BANNER_PATTERNS.filter((x) => x.pattern.test(timos)).map((x) => x.manufacturer)).toEqual(['nokia'])
    const siemens = BANNER_PATTERNS.find((x) => x.name === 'siemens-simatic-sysdescr')
    expect(siemens?.pattern.exec('Siemens, SIMATIC NET, SCALANCE X204IRT, 6GK5 204-0BA00-2BA3, HW: Version 9, FW: Version V05.04.02, SVPL6147920')?.groups).toMatchObject({ product: 'SCALANCE X204IRT' })
  })

  it('reads the model of a Dahua recorder and the version of a Cisco ASA', () => {
    const dahua = BANNER_PATTERNS.find((x) => x.name === 'dahua-model-sysdescr')
    expect(dahua?.pattern.exec('DH-NVR4108HS-8P-4KS2')?.groups).toMatchObject({ product: 'DH-NVR4108HS-8P-4KS2' })
    const asa = BANNER_PATTERNS.find((x) => x.name === 'cisco-asa-sysdescr')
    expect(asa?.pattern.exec('Cisco Adaptive Security Appliance Version 7.2(4)17')?.groups).toMatchObject({ version: '7.2(4)17' })
  })

  it('captures product and version from a Huawei VRP sysDescr', () => {
    const p = BANNER_PATTERNS.find((x) => x.name === 'huawei-vrp-sysdescr')
    const m = p?.pattern.exec(p.examples[0] ?? '')
    expect(m?.groups).toMatchObject({ product: 'AR1220', version: '5.120' })
    // VRP 8's router family is a word and a number (LibreNMS vrp_ne8000.snmprec)
    const ne = p?.pattern.exec(p.examples.find((e) => e.includes('NetEngine 8000')) ?? '')
    expect(ne?.groups).toMatchObject({ product: 'NetEngine 8000', version: '8.200' })
  })

  it('reads the chassis of a ZTE ZXA10 OLT and the series of a Dell Networking OS switch', () => {
    const zte = BANNER_PATTERNS.find((x) => x.name === 'zte-zxa10-olt-sysdescr')
    expect(zte?.pattern.exec(zte.examples[0] ?? '')?.groups).toMatchObject({ product: 'C320', version: '2.1.0' })
    const dell = BANNER_PATTERNS.find((x) => x.name === 'dell-networking-os-sysdescr')
    expect(dell?.pattern.exec(dell.examples[0] ?? '')?.groups).toMatchObject({ product: 'S4048-ON', version: '9.9(0.0P9)' })
    const ruijie = BANNER_PATTERNS.find((x) => x.name === 'ruijie-sysdescr')
    expect(ruijie?.pattern.exec(ruijie.examples[0] ?? '')?.groups).toMatchObject({ product: 'S6220-48XS4QXS' })
  })
})
