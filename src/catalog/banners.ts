import type { Source } from '../domain/manufacturer.js'
import type { BannerPattern } from './types.js'

/*
 * Banner and sysDescr fingerprints: named regexes, each tied to one manufacturer.
 *
 * Rules every entry follows (the tests check the first four):
 * - `examples` are strings captured from real devices, copied from the public source in `source`.
 * - Every example matches its own pattern and no pattern of another manufacturer.
 * - `keywords` are lower-case literals that occur in every text the regex matches; the matcher
 *   runs the regex only when one of them is found.
 * - No `g` or `y` flag: the regexes are shared and must not carry state between calls.
 * - Narrow over broad: a pattern anchors on the maker's own wording (`^SSH-2.0-HUAWEI-`,
 *   `Huawei Versatile Routing Platform Software`), never on a bare name, so "Huawei-compatible
 *   SFP" or "GoAhead-Webs" claim nothing. A string that several makers ship (a generic RTSP server
 *   name, an empty SSH version) is `certainty: 'low'`.
 *
 * Strings generic embedded servers announce (Apache, nginx, lighttpd, Boa, GoAhead-Webs, micro_httpd,
 * mini_httpd, uc-httpd, RomPager, Allegro) have no pattern: each runs on devices of many makers.
 */

const RECOG = (file: string): Source => ({
  title: `Rapid7 Recog fingerprint database, xml/${file} (examples captured from Internet scans)`,
  url: `https://github.com/rapid7/recog/blob/main/xml/${file}`,
})
const LIBRENMS = (file: string): Source => ({
  title: `LibreNMS SNMP test data captured from a real device, tests/snmpsim/${file}`,
  url: `https://github.com/librenms/librenms/blob/master/tests/snmpsim/${file}`,
})
const NMAP_PROBES: Source = {
  title: 'Nmap service probe database (nmap-service-probes), match lines with captured banners',
  url: 'https://github.com/nmap/nmap/blob/master/nmap-service-probes',
}
const OBSERVIUM_ZTE: Source = {
  title: 'Observium ZTE ZXR10 poller, sysDescr strings quoted from real devices',
  url: 'https://github.com/pgmillon/observium/blob/master/includes/polling/os/zxr10.inc.php',
}
const UPNP_SURVEY: Source = {
  title: 'Rapid7 / HD Moore, "Security Flaws in Universal Plug and Play" (2013): SSDP Server headers seen on the Internet',
  url: 'https://www.rapid7.com/globalassets/_pdfs/whitepaperguide/whitepaper-security-flaws-in-universal-plug-and-play-unplug-dont-play.pdf',
  date: '2013-01-29',
}
const GREENBONE_HUAWEI_SSH: Source = {
  title: 'Greenbone feed, Huawei VRP SSH default-credentials check: SSH identification strings of VRP devices',
  url: 'https://github.com/greenbone/vulnerability-tests',
}
const SSH_SURVEY: Source = {
  title: 'SSH identification strings collected from network equipment in public scanner code and audit notes (Huawei VRP, Cisco IOS, H3C Comware, MikroTik, ZTE)',
}

/** Every banner and sysDescr fingerprint trustpath knows, grouped by manufacturer. */
export const BANNER_PATTERNS: readonly BannerPattern[] = [
  // ---------------------------------------------------------------- Huawei
  {
    name: 'huawei-vrp-sysdescr',
    manufacturer: 'huawei',
    product: 'VRP routers, switches and firewalls',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['huawei versatile routing platform'],
    // "VRP (R) software,Version 5.120 (AR1220 V200R003C01SPC900)": the VRP version, then the
    // product family and release in parentheses.
    pattern:
      /Huawei Versatile Routing Platform Software\s*(?:\S[^\n]{0,60}?\s)?VRP \(R\) software, ?Version (?<version>\d+\.\d+)(?: \((?<product>[A-Z][A-Z0-9-]*) V\d{3}R\d{3}[A-Z0-9]*\))?/,
    examples: [
      'Huawei AR1220 Huawei Versatile Routing Platform Software  VRP (R) software,Version 5.120 (AR1220 V200R003C01SPC900) Copyright (C) 2011-2013 Huawei Technologies Co., Ltd',
      'Huawei Versatile Routing Platform Software\r\nVRP (R) software, Version 8.220 (CE6857EI V200R022C00SPC500)\r\nCopyright (C) 2012-2022 Huawei Technologies Co., Ltd.\r\nHUAWEI CE6857-48S6CQ-EI uptime is 248 days, 3 hours, 14 minutes',
      'S5720-56C-EI-AC \r\nHuawei Versatile Routing Platform Software \r\n VRP (R) software,Version 5.170 (S5720 V200R010C00SPC600) \r\n Copyright (C) 2007 Huawei',
    ],
    source: {
      title: 'LibreNMS tests/snmpsim/vrp.snmprec (AR1220 sysDescr); published `display version` and sysDescr outputs of CE6857 and S5720 switches',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/vrp.snmprec',
    },
  },
  {
    name: 'huawei-vrp-ssh',
    manufacturer: 'huawei',
    product: 'VRP SSH server',
    protocols: ['ssh'],
    keywords: ['ssh-2.0-huawei-', 'ssh-1.99-huawei-', 'ssh-2.0-vrp-', 'ssh-1.99-vrp-'],
    pattern: /^SSH-(?:2\.0|1\.99)-(?:HUAWEI-(?:VRP-)?|VRP-)(?<version>\d+(?:\.\d+)*)\s*$/,
    examples: ['SSH-2.0-HUAWEI-1.5', 'SSH-2.0-HUAWEI-VRP-3.10', 'SSH-2.0-VRP-3.3', 'SSH-1.99-VRP-3.4'],
    source: GREENBONE_HUAWEI_SSH,
  },
  {
    name: 'huawei-vrp-ssh-blank',
    manufacturer: 'huawei',
    product: 'VRP SSH server (software version withheld)',
    protocols: ['ssh'],
    certainty: 'low',
    keywords: ['ssh-2.0--', 'ssh-1.99--'],
    // VRP can be configured to hide its software version; the bare "SSH-2.0--" that results is
    // what Greenbone takes for VRP, but any server may send an empty version.
    pattern: /^SSH-(?:2\.0|1\.99)--\s*$/,
    examples: ['SSH-2.0--', 'SSH-1.99--'],
    source: GREENBONE_HUAWEI_SSH,
  },
  {
    name: 'huawei-home-gateway-telnet',
    manufacturer: 'huawei',
    product: 'Home Gateway (EchoLife / HG ONT and CPE)',
    protocols: ['telnet', 'ssh', 'other'],
    keywords: ['welcome visiting huawei home gateway'],
    pattern: /Welcome Visiting Huawei Home Gateway/,
    examples: [
      'Welcome Visiting Huawei Home Gateway\r\nCopyright by Huawei Technologies Co., Ltd.\r\n\r\nLogin:',
      '\r\nWelcome Visiting Huawei Home Gateway\r\nCopyright by Huawei Technologies Co., Ltd.\r\n',
    ],
    source: NMAP_PROBES,
  },
  {
    name: 'huawei-atp-upnp',
    manufacturer: 'huawei',
    product: 'Home Gateway (ATP platform)',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['huawei-atp-igd'],
    pattern: /\bUPnP\/1\.[01] Huawei-ATP-IGD\b/,
    examples: ['Linux UPnP/1.0 Huawei-ATP-IGD'],
    source: UPNP_SURVEY,
  },
  {
    name: 'huawei-smartax-realm',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="smartax '],
    pattern: /^(?:Basic|Digest) realm="SmartAX (?<product>MT\d+[A-Za-z0-9-]*)/i,
    examples: ['Basic realm="SmartAX MT880"'],
    source: RECOG('http_wwwauth.xml'),
  },

  // ---------------------------------------------------------------- ZTE
  {
    name: 'zte-zxr10-ros-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['zxr10 ros version'],
    // ROS is the platform of ZXR10 routers and switches and of the ZXA10 (ZXPON) OLTs.
    pattern: /^ZXR10 ROS Version V(?<version>\d[\w.]*) (?<product>.{1,40}?) Software, Version/,
    examples: [
      'ZXR10 ROS Version V4.6.02D ZXR10 T64G Software, Version V2.6.02.d.16_p05 Copyright (c) 2001-2007 by ZTE Corporation Compiled Sep 6 2007, 14:24:04',
      'ZXR10 ROS Version V4.8.11.01 ZXR10 T64G Software, Version ZXR10 G-Series&8900&6900 V2.8.01.C.27.P06 Copyright (c) 2001-2009 by ZTE Corporation Compiled Sep 11 2009, 17:20:19',
      'ZXR10 ROS Version V4.6.02A ZXPON C320 Software, Version V1.2.5P2 Copyright (c) 2000-2006 by ZTE Corporation Compiled 2013-09-23 07:34:16',
      'ZXR10 ROS Version V4.8.01A ZXPON C220 Software, Version V2.8.01A.21',
    ],
    source: OBSERVIUM_ZTE,
  },
  {
    name: 'zte-ethernet-switch-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['zte ethernet switch'],
    pattern: /^ZTE Ethernet Switch\s+(?<product>ZXR10 [\w-]+), Version: V(?<version>[\w.]+)/,
    examples: ['ZTE Ethernet Switch  ZXR10 5250-52TM-H, Version: V2.05.11B23'],
    source: LIBRENMS('zxr10.snmprec'),
  },
  {
    name: 'zte-ssh',
    manufacturer: 'zte',
    product: 'ZTE SSH server (ZXR10, ZXA10)',
    protocols: ['ssh'],
    keywords: ['zte_ssh'],
    pattern: /^SSH-(?:2\.0|1\.99)-ZTE_SSH\.(?<version>\d+\.\d+)\s*$/,
    examples: ['SSH-2.0-ZTE_SSH.2.0'],
    source: SSH_SURVEY,
  },
  {
    name: 'zte-mini-web-server',
    manufacturer: 'zte',
    product: 'ZXHN / ZXA10 home gateway and ONT web server',
    protocols: ['http'],
    fields: ['server'],
    keywords: ['zte corp'],
    pattern: /^Mini web server (?<version>\d+\.\d+) ZTE corp \d{4}\.?$/,
    examples: ['Mini web server 1.0 ZTE corp 2005.'],
    source: {
      title: 'Fingerprint rules and router write-ups quoting the Server header of ZTE ZXHN ONTs (Tenable plugin zte_web_shell_cmd, WhatWeb/FOFA rule "中兴路由器")',
    },
  },
  {
    name: 'zte-zxhn-model',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['http', 'upnp', 'telnet', 'other'],
    fields: ['title', 'realm', 'www-authenticate', 'friendly-name', 'model', 'greeting'],
    keywords: ['zxhn '],
    pattern: /\b(?<product>ZXHN [A-Z]\d{3,4}[A-Z0-9]*(?: V\d+)?)\b/,
    examples: ['ZXHN H118N', 'ZXHN F660'],
    source: {
      title: 'Page titles of ZTE ZXHN home gateways quoted in public exploit and router scripts (ZXHN H118N, ZXHN F660)',
    },
  },

  // ---------------------------------------------------------------- Hikvision
  {
    name: 'hikvision-webs-server',
    manufacturer: 'hikvision',
    product: 'product',
    protocols: ['http', 'rtsp'],
    fields: ['server'],
    keywords: ['webs'],
    // Hikvision's embedded web servers; the generic GoAhead-Webs they derive from is not claimed.
    pattern: /^(?<product>Hikvision-Webs|DNVRS-Webs|DVRDVS-Webs|App-webs\/?)$/,
    examples: ['DNVRS-Webs', 'App-webs/', 'Hikvision-Webs', 'DVRDVS-Webs'],
    source: {
      title: 'Server headers of Hikvision cameras and recorders in public scan reports and fingerprint rules (IntelMQ test data, FOFA "Hikvision" rule, pentest reports)',
    },
  },
  {
    name: 'hikvision-model',
    manufacturer: 'hikvision',
    product: 'product',
    fields: ['title', 'realm', 'www-authenticate', 'friendly-name', 'model'],
    keywords: ['ds-'],
    // DS-2CD fixed cameras, DS-2DE/2DF PTZ, DS-2TD thermal, DS-7xxx/9xxx recorders, DS-K access control.
    pattern: /\b(?<product>DS-(?:2CD|2DE|2DF|2TD|2CE|2XM|2XE|7[0-9]{3}|9[0-9]{3}|K1T|K2)[0-9A-Z]*(?:-[0-9A-Z()/]+)*)/,
    examples: ['DS-2CD2185FWD-I'],
    source: LIBRENMS('hikvision-cam.snmprec'),
  },

  // ---------------------------------------------------------------- Dahua
  {
    name: 'dahua-rtsp-server',
    manufacturer: 'dahua',
    product: 'IP camera or recorder',
    protocols: ['rtsp'],
    fields: ['server'],
    keywords: ['dahua rtsp server'],
    pattern: /^Dahua Rtsp Server$/,
    examples: ['Dahua Rtsp Server'],
    source: RECOG('rtsp_servers.xml'),
  },
  {
    name: 'dahua-rtsp-server-3',
    manufacturer: 'dahua',
    product: 'IP camera or recorder (Dahua RTSP stack, also in OEM models)',
    protocols: ['rtsp'],
    fields: ['server'],
    certainty: 'low',
    keywords: ['rtsp server/'],
    // The server name of Dahua's RTSP stack, seen beside the "Login to <serial>" realm; the name is
    // generic enough that another stack could send it, hence low certainty.
    pattern: /^Rtsp Server\/(?<version>\d+\.\d+)$/,
    examples: ['Rtsp Server/3.0'],
    source: {
      title: 'Wireshark capture of a Dahua camera RTSP session (VLC client, /cam/realmonitor stream) published in a GitHub README',
    },
  },
  {
    name: 'dahua-login-realm',
    manufacturer: 'dahua',
    product: 'IP camera or recorder',
    protocols: ['http', 'rtsp'],
    fields: ['www-authenticate'],
    keywords: ['realm="login to '],
    // Dahua firmware puts the 15-character device serial into the digest realm. A serial has
    // digits, which keeps out "Login to Vigor 3300" (DrayTek) and "Login to the Router ...".
    pattern: /realm="Login to (?=[0-9A-Z]*[0-9])[0-9A-Z]{15}"/,
    examples: ['Digest realm="Login to 4M0747EPAA1D284", nonce="745449738fdf77164f570c37c9186b52"'],
    source: {
      title: 'Wireshark capture of a Dahua camera RTSP session (VLC client, /cam/realmonitor stream) published in a GitHub README',
    },
  },

  // ---------------------------------------------------------------- Cisco
  {
    name: 'cisco-ios-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['cisco ios software'],
    pattern:
      /^Cisco IOS Software(?: \[[^\]]+\])?,(?: IOS-XE Software,)? (?<product>[^,()]+?) Software(?: \([^)]*\))?, Version (?<version>[^,\s]+)/,
    examples: [
      'Cisco IOS Software, C2960X Software, Version 15.2(2)E3, RELEASE SOFTWARE (fc2)',
      'Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a, RELEASE SOFTWARE',
      'Cisco IOS Software, IOS-XE Software, Catalyst 4500 L3 Switch Software (cat4500e-UNIVERSALK9-M), Version 03.06.06.E RELEASE SOFTWARE (fc1)',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'cisco-ios-legacy-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['cisco internetwork operating system'],
    pattern: /^Cisco Internetwork Operating System Software\s+IOS \(tm\) (?<product>\S+) Software \([^)]*\), Version (?<version>[^,\s]+)/,
    examples: [
      'Cisco Internetwork Operating System Software \r\nIOS (tm) C2600 Software (C2600-IK9O3S3-M), Version 12.3(26), RELEASE SOFTWARE (fc2)',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'cisco-ios-xr-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['cisco ios xr software'],
    pattern: /^Cisco IOS XR Software \((?:Cisco )?(?<product>[^)]+?)\),\s*Version (?<version>[\w.]+)/,
    examples: ['Cisco IOS XR Software (NCS-5500), Version 7.5.2'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'cisco-nx-os-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['cisco nx-os'],
    pattern: /^Cisco NX-OS\(tm\) (?<product>[\w -]+?), Software \([^)]*\), Version (?<version>[^,\s]+)/,
    examples: [
      'Cisco NX-OS(tm) n9000, Software (n9000-dk9), Version 6.1(2)I2(2b), RELEASE SOFTWARE Copyright (c) 2002-2013 by Cisco Systems, Inc. Compiled 8/7/2014 15:00:00',
      'Cisco NX-OS(tm) n5000, Software (n5000-uk9), Version 5.2(1)N1(5), RELEASE SOFTWARE Copyright (c) 2002-2011 by Cisco Systems, Inc. Device Manager Version 6.1(1),  Compi',
      'Cisco NX-OS(tm) Nexus9000 C93240YC-FX2, Software (NXOS 64-bit), Version 10.2(5)',
    ],
    source: {
      title: 'NX-OS sysDescr values quoted in public SNMP parsers and inventory test data (a PHP sysDescr parser, GLPI inventory tests, a Nexus sysObjectID table)',
    },
  },
  {
    name: 'cisco-ssh',
    manufacturer: 'cisco',
    product: 'IOS / IOS-XE / ASA SSH server',
    protocols: ['ssh'],
    keywords: ['-cisco-'],
    pattern: /^SSH-(?:2\.0|1\.99)-Cisco-(?<version>\d+\.\d+)\s*$/,
    examples: ['SSH-2.0-Cisco-1.25', 'SSH-1.99-Cisco-1.25', 'SSH-2.0-Cisco-2.0'],
    source: SSH_SURVEY,
  },
  {
    name: 'cisco-ios-http-realm',
    manufacturer: 'cisco',
    product: 'IOS HTTP server',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['level'],
    pattern: /^(?:Basic|Digest) realm="level[ _]\d\d?(?:[ _]or[ _]view)?[ _]access"/,
    examples: ['Basic realm="level_15_access"', 'Basic realm="level 15 access"', 'Basic realm="level_15 or view_access"'],
    source: RECOG('http_wwwauth.xml'),
  },

  // ---------------------------------------------------------------- Juniper
  {
    name: 'juniper-junos-sysdescr',
    manufacturer: 'juniper',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['juniper networks, inc.'],
    pattern: /^Juniper Networks, Inc\. (?<product>[\w-]+) [^,]{1,60}, kernel JUNOS (?<version>[\w.-]+)/,
    examples: [
      'Juniper Networks, Inc. mx960 internet router, kernel JUNOS 14.2R6.5, Build date: 2016-04-05 05:54:04 UTC Copyright (c) 1996-2016 Juniper Networks, Inc.',
      'Juniper Networks, Inc. ex4300-48t internet router, kernel JUNOS 20.4R3-S7.2, Build date: 2023-04-21 19:47:18 UTC Copyright (c) 1996-2023 Juniper Networks, Inc.',
      'Juniper Networks, Inc. m320 internet router, kernel JUNOS 10.1R3.7 #0: 2010-07-10 05:44:37 UTC builder@queth.juniper.net:/volume/build/junos/10.1/release/10.1R3.7/obj-i386/bsd/sys/compile/JUNIPER',
    ],
    source: {
      title: 'sysDescr values in public captures: a looking-glass router list (mx960), an LLDP neighbour export (ex4300-48t), the Greenbone Junos SNMP detection (m320)',
    },
  },

  // ---------------------------------------------------------------- Nokia (and Alcatel-Lucent SR OS before it)
  {
    name: 'nokia-sros-sysdescr',
    manufacturer: 'nokia',
    product: 'product',
    protocols: ['snmp', 'ssh', 'telnet', 'other'],
    keywords: ['timos-'],
    pattern: /^TiMOS-[A-Z]-(?<version>\d+\.\d+\.R\d+) \S+ (?<product>(?:Nokia|ALCATEL|Alcatel-Lucent) [\w -]+?) Copyright/,
    examples: [
      'TiMOS-C-16.0.R7 cpm/hops64 Nokia 7750 SR Copyright (c) 2000-2019 Nokia.',
      'TiMOS-B-7.0.R9 both/hops ALCATEL ESS 7450 Copyright (c) 2000-2009 Alcatel-Lucent.',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },

  // ---------------------------------------------------------------- Arista
  {
    name: 'arista-eos-sysdescr',
    manufacturer: 'arista',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['arista networks eos'],
    pattern: /^Arista Networks EOS version (?<version>[\w.]+) running on an Arista Networks (?<product>[\w-]+)/,
    examples: ['Arista Networks EOS version 4.15.3F running on an Arista Networks DCS-7050TX-128'],
    source: LIBRENMS('arista_eos.snmprec'),
  },

  // ---------------------------------------------------------------- MikroTik
  {
    name: 'mikrotik-routeros-sysdescr',
    manufacturer: 'mikrotik',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['routeros '],
    pattern: /^RouterOS (?<product>(?:CCR|CRS|RB|hAP|hEX|cAP|wAP|CHR|SXT|LHG|CSS)[\w+-]*)$/,
    examples: ['RouterOS CCR1036-12G-4S', 'RouterOS RB750Gr3'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'mikrotik-routeros-entity',
    manufacturer: 'mikrotik',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['routeros '],
    pattern: /^RouterOS (?<version>\d+\.\d+(?:\.\d+)?) \((?:stable|long-term|testing|development)\) on (?<product>\S+)$/,
    examples: ['RouterOS 6.40.5 (stable) on RB952Ui-5ac2nD'],
    source: LIBRENMS('routeros.snmprec'),
  },
  {
    name: 'mikrotik-ssh',
    manufacturer: 'mikrotik',
    product: 'RouterOS SSH server',
    protocols: ['ssh'],
    keywords: ['rosssh'],
    pattern: /^SSH-2\.0-ROSSSH\s*$/,
    examples: ['SSH-2.0-ROSSSH'],
    source: SSH_SURVEY,
  },
  {
    name: 'mikrotik-ftp',
    manufacturer: 'mikrotik',
    product: 'RouterOS FTP server',
    protocols: ['ftp'],
    keywords: ['(mikrotik '],
    pattern: /^220 \S.{0,60}? FTP server \(MikroTik (?<version>\d+\.\d+(?:\.\d+)?\w*)\) ready/,
    examples: ['220 MikroTik FTP server (MikroTik 6.45.9) ready'],
    source: NMAP_PROBES,
  },

  // ---------------------------------------------------------------- Ubiquiti
  {
    name: 'ubiquiti-edgeos-sysdescr',
    manufacturer: 'ubiquiti',
    product: 'EdgeRouter (EdgeOS)',
    protocols: ['snmp'],
    keywords: ['edgeos v'],
    pattern: /^EdgeOS v(?<version>\d+\.\d+\.\d+)/,
    examples: ['EdgeOS v1.8.0.4853089.160219.1607'],
    source: LIBRENMS('edgeos.snmprec'),
  },
  {
    name: 'ubiquiti-edgeswitch-sysdescr',
    manufacturer: 'ubiquiti',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['edgeswitch '],
    pattern: /^(?<product>EdgeSwitch [\w -]+?), (?<version>\d+\.\d+\.\d+)\.\d+, Linux/,
    examples: ['EdgeSwitch 24-Port 250W, 1.9.0.5116744, Linux 3.6.5-f4a26ed5'],
    source: RECOG('snmp_sysdescr.xml'),
  },

  // ---------------------------------------------------------------- Axis
  {
    name: 'axis-product-name',
    manufacturer: 'axis',
    product: 'product',
    protocols: ['http', 'ftp', 'upnp', 'other'],
    keywords: ['axis '],
    // Case-sensitive "AXIS" followed by a model number and the product class.
    pattern:
      /\bAXIS (?<product>[A-Z]{0,2}\d{3,4}[A-Z0-9-]*(?: Mk II)?) (?:(?:Network|Dome|PTZ|Thermal|Box|Bullet|Panoramic|Fixed)(?: Dome)? (?:Network )?Camera|Video Server|Video Encoder|Network Video Encoder)\b/,
    examples: ['AXIS P3245-V Network Camera', '220 AXIS 2100 Network Camera 2.43 Oct 25 2004 ready.'],
    source: {
      title: 'Axis camera page titles and FTP greetings in the Nmap service probe database and public scan reports',
      url: 'https://github.com/nmap/nmap/blob/master/nmap-service-probes',
    },
  },

  // ---------------------------------------------------------------- HPE / Aruba (ProCurve)
  {
    name: 'hpe-procurve-sysdescr',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['snmp'],
    keywords: [', revision '],
    pattern: /^(?:HP|ProCurve|Aruba) (?<model>J\d{4}[A-Z]) (?:ProCurve )?(?:Switch )?(?<product>[\w-]+(?: [\w-]+)*?)(?: Switch)?, revision (?<version>[A-Z]{1,2}\.\d+\.\d+(?:\.\d+)?)/,
    examples: [
      'ProCurve J9088A Switch 2610-48, revision R.11.72, ROM R.10.06 (/sw/code/build/nemo(R_ndx))',
      'HP J9773A 2530-24G-PoEP Switch, revision YA.16.02.0012, ROM YA.15.19 (/ws/swbuildm/rel_ukiah_qaoff/code/build/lakes(swbuildm_rel_ukiah_qaoff_rel_ukiah))',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'hpe-procurve-realm',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="hp j', 'realm="procurve j'],
    pattern: /^(?:Basic|Digest) realm="(?:HP|ProCurve) (?<product>J\d{4}A)"$/i,
    examples: ['Basic realm="HP J4110A"', 'Basic realm="ProCurve J8164A"', 'Basic realm="HP J9021A"'],
    source: RECOG('http_wwwauth.xml'),
  },

  // ---------------------------------------------------------------- H3C (Comware, also inside HPE FlexNetwork switches)
  {
    name: 'h3c-comware-sysdescr',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['comware platform software'],
    pattern: /^(?:H3C|HPE?) Comware Platform Software, Software Version (?<version>\d+\.\d+\.\d+), (?:Release|Feature) \w+(?:\s+(?:H3C|HPE?) (?<product>[\w-]+(?: [\w-]+)?))?/,
    examples: [
      'H3C Comware Platform Software, Software Version 7.1.064, Release 0427P22\r\nH3C S5130S-28S-EI\r\nCopyright (c) 2004-2019 New H3C Technologies Co., Ltd. All rights reserved.',
      'HPE Comware Platform Software, Software Version 7.1.045, Release 2432P01\r\nHPE 5130 24G 4SFP+ EI Switch JG932A\r\nCopyright (c) 2010-2017 Hewlett Packard Enterprise Development LP',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'h3c-comware-ssh',
    manufacturer: 'h3c',
    product: 'Comware SSH server',
    protocols: ['ssh'],
    keywords: ['-comware-'],
    pattern: /^SSH-(?:2\.0|1\.99)-Comware-(?<version>\d+\.\d+\.\d+)\s*$/,
    examples: ['SSH-2.0-Comware-7.1.075', 'SSH-1.99-Comware-7.1.045', 'SSH-2.0-Comware-7.1.070', 'SSH-2.0-Comware-7.1.059'],
    source: SSH_SURVEY,
  },

  // ---------------------------------------------------------------- TP-Link
  {
    name: 'tp-link-router-realm',
    manufacturer: 'tp-link',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="tp-link '],
    pattern: /^(?:Basic|Digest) realm="TP-LINK [^"]*?(?:Router|Access Point|Extender|AP) (?<product>[A-Z][A-Za-z0-9+/-]*(?: C\d+)?)"/,
    examples: [
      'Basic realm="TP-LINK Wireless N Router WR841N"',
      'Basic realm="TP-LINK Wireless Dual Band Gigabit Router Archer C7"',
      'Basic realm="TP-LINK 300Mbps Wireless N USB ADSL2+ Modem Router TD-W8968"',
      'Basic realm="TP-LINK Wireless Range Extender WA850RE"',
    ],
    source: RECOG('http_wwwauth.xml'),
  },
  {
    name: 'tp-link-td-realm',
    manufacturer: 'tp-link',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="td'],
    pattern: /^(?:Basic|Digest) realm="(?<product>TD-?[VW8][A-Z0-9]+)(?: \d+\.\d+)?"$/,
    examples: ['Basic realm="TD-W8901G"', 'Basic realm="TD-8840T 2.0"', 'Basic realm="TD854W"'],
    source: RECOG('http_wwwauth.xml'),
  },

  // ---------------------------------------------------------------- Netgear, Zyxel, D-Link
  {
    name: 'netgear-realm',
    manufacturer: 'netgear',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="netgear '],
    pattern: /^(?:Basic|Digest) realm="NETGEAR (?<product>[A-Z]{1,5}\d{3,5}[A-Za-z0-9-]*)\s*"/,
    examples: ['Basic realm="NETGEAR DG834  "'],
    source: RECOG('http_wwwauth.xml'),
  },
  {
    name: 'zyxel-prestige-realm',
    manufacturer: 'zyxel',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="prestige '],
    pattern: /^(?:Basic|Digest) realm="(?<product>Prestige \d{3}[A-Z0-9]*(?:-[A-Z0-9]+)?)"/,
    examples: ['Basic realm="Prestige 643"', 'Basic realm="Prestige 650H-17"', 'Basic realm="Prestige 792H"'],
    source: RECOG('http_wwwauth.xml'),
  },
  {
    name: 'd-link-realm',
    manufacturer: 'd-link',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="d'],
    pattern: /^(?:Basic|Digest) realm="(?<product>D(?:SL|IR|I|WL|ES|GS|CS)-\d{3,4}[A-Z0-9+]*)(?: Admin Login)?"/i,
    examples: ['Basic realm="DI-804HV"', 'Basic Realm="DSL-500G"', 'Basic Realm="DSL-504G"', 'Basic Realm="DSL-500G Admin Login"'],
    source: RECOG('http_wwwauth.xml'),
  },
]
