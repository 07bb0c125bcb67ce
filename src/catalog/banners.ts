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
 * - An FTP or SMTP pattern takes the greeting after its reply code, as Recog keeps it: matchBanner
 *   drops the "220 " (or "220-" of a greeting of several lines) that nmap, Shodan and Censys keep.
 * - Narrow over broad: a pattern anchors on the maker's own wording (`^SSH-2.0-HUAWEI-`,
 *   `Huawei Versatile Routing Platform Software`), never on a bare name, so "Huawei-compatible
 *   SFP" or "GoAhead-Webs" claim nothing. A string that several makers ship (a generic RTSP server
 *   name, an empty SSH version) is `certainty: 'low'`.
 *
 * Strings generic embedded servers announce (Apache, nginx, lighttpd, Boa, GoAhead-Webs, micro_httpd,
 * mini_httpd, RomPager, Allegro) have no pattern: each runs on devices of many makers. uc-httpd is
 * Xiongmai's own server, but Xiongmai's boards are sold under many brands: a low-certainty hint.
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
/** A configuration as Oxidized stores it (the device's own description as comments above it), captured from a real device for Oxidized's model tests. */
const OXIDIZED = (file: string, what: string): Source => ({
  title: `Oxidized model test data, ${what}, captured from a real device (spec/model/data/${file})`,
  url: `https://github.com/ytti/oxidized/blob/master/spec/model/data/${file.replace(/#/g, '%23')}`,
})
/** RANCID's collector for a device type, which writes the head of the saved file. */
const RANCID = (file: string, what: string): Source => ({
  title: `RANCID source, ${file}: ${what}; device types in router.db(5), https://shrubbery.net/rancid/man/router.db.5.html`,
  url: `https://github.com/haussli/rancid/blob/master/${file}`,
})
const OBSERVIUM_ZTE: Source = {
  title: 'Observium ZTE ZXR10 poller, sysDescr strings quoted from real devices',
  url: 'https://github.com/pgmillon/observium/blob/master/includes/polling/os/zxr10.inc.php',
}
/** The same poller in Observium Community Edition (2023), its comments extended with more families of ZTE's sysDescr. */
const OBSERVIUM_CE_ZTE: Source = {
  title: 'Observium Community Edition ZTE poller (includes/polling/os/zte.inc.php, 2023), sysDescr strings of real devices quoted in its comments',
  url: 'https://github.com/DanielleHuisman/observium-community-edition/blob/main/includes/polling/os/zte.inc.php',
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
const OSS_SNMP_HUAWEI: Source = {
  title: 'OSS_SNMP (Open Solutions) Huawei platform detection, sysDescr strings of real devices quoted in src/OSS_SNMP/Platforms/vendor_huawei.php',
  url: 'https://github.com/opensolutions/OSS_SNMP/blob/master/src/OSS_SNMP/Platforms/vendor_huawei.php',
}
const FUSIONINVENTORY = (file: string): Source => ({
  title: `FusionInventory agent test data, sysDescr of SNMP walks captured from real printers, t/agent/tools/hardware/${file}`,
  url: `https://github.com/fusioninventory/fusioninventory-agent/blob/master/t/agent/tools/hardware/${file}`,
})
const FUSION_DICO: Source = {
  title: 'FusionInventory agent NetDiscovery dictionary (Dico.pm): sysDescr strings of real devices, each with the SNMP model FusionInventory assigned it',
  url: 'https://github.com/fusioninventory/fusioninventory-agent/blob/152a5df9cb9765e9c5bf5567bdcdec75cce846a2/lib/FusionInventory/Agent/Task/NetDiscovery/Dico.pm',
}
const GREENBONE = (file: string, what: string): Source => ({
  title: `Greenbone feed (OpenVAS detection scripts), ${file}: ${what}`,
  url: 'https://github.com/greenbone/vulnerability-tests',
})
const OCS_DICO: Source = {
  title: 'FusionInventory agent, the NetDiscovery dictionary of its OCS Inventory days (lib/Ocsinventory/Agent/Task/NetDiscovery/dico.pm): sysDescr strings of real devices',
  url: 'https://github.com/fusioninventory/fusioninventory-agent/blob/c5f16f789b5c2ee29abeb76412d55ebf80985ee3/lib/Ocsinventory/Agent/Task/NetDiscovery/dico.pm',
}
const OBSERVIUM_ERS: Source = {
  title: 'Observium poller for Nortel / Avaya Ethernet Routing Switches (includes/polling/os/avaya-ers.inc.php, 2013-2016 edition): sysDescr strings of real devices quoted in its comments',
}
const SSH_SURVEY: Source = {
  title: 'SSH identification strings collected from network equipment in public scanner code and audit notes (Huawei VRP, Cisco IOS, H3C Comware, MikroTik, ZTE)',
}
const NUCLEI = (path: string, what: string): Source => ({
  title: `ProjectDiscovery nuclei-templates, ${path}: ${what}`,
  url: `https://github.com/projectdiscovery/nuclei-templates/blob/main/${path}`,
})

/** The ZMap project's ztag annotations of scan data: each file's "Tests" block holds captured banners, with the maker the annotation names. */
const ZTAG = (file: string): Source => ({
  title: `ZMap ztag (the annotator of zgrab scan data), ztag/annotations/${file}: greetings captured in Internet-wide scans (the file's "Tests" block), with the manufacturer the annotation assigns`,
  url: `https://github.com/zmap/ztag/blob/master/ztag/annotations/${file}`,
})
const NTC = (path: string, what: string): Source => ({
  title: `NTC Templates test data, ${what} captured from real devices (${path})`,
  url: `https://github.com/networktocode/ntc-templates/tree/master/${path}`,
})
/**
 * The Ferret home-network corpus: banners captured in homes, each labelled with the device that sent it (type, the
 * vendor its MAC registers, the product the household named). `what` says which capture and label a pattern rests on.
 */
const FERRET = (what: string): Source => ({
  title: `Javed, Haseeb, Abdullah, Javed, "Using Application Layer Banner Data to Automatically Identify IoT Devices", ACM SIGCOMM Computer Communication Review 50(3), the Ferret banner dataset of its reproduction (data/ferret_banners.json): ${what}`,
  url: 'https://github.com/talhajavedmukhtar/ARE-rt/blob/3e73e2979d340fbe277dc52f9ae14140898136d9/data/ferret_banners.json',
  date: '2020-07',
})

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
    // product family and release in parentheses ("NetEngine 8000" for VRP 8's routers: a word and
    // a number). Network managers often list only the first line of a sysDescr, so the platform
    // name alone is enough: no other maker's firmware says it.
    pattern:
      /Huawei Versatile Routing Platform(?: Software)?(?:\s*(?:\S[^\n]{0,60}?\s)?VRP \(R\) software, ?Version (?<version>\d+\.\d+)(?: \((?<product>[A-Z][A-Z0-9-]*|NetEngine \d+[A-Z0-9-]*) V\d{3}R\d{3}[A-Z0-9]*\))?(?:[^\n]*\n[^\n]*Copyright[^\n]*\n\s*HUAWEI (?<model>(?:NetEngine \d+ |CloudEngine )?[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)(?=\s|$))?)?/,
    examples: [
      'Huawei AR1220 Huawei Versatile Routing Platform Software  VRP (R) software,Version 5.120 (AR1220 V200R003C01SPC900) Copyright (C) 2011-2013 Huawei Technologies Co., Ltd',
      'Huawei Versatile Routing Platform Software\r\nVRP (R) software, Version 8.220 (CE6857EI V200R022C00SPC500)\r\nCopyright (C) 2012-2022 Huawei Technologies Co., Ltd.\r\nHUAWEI CE6857-48S6CQ-EI uptime is 248 days, 3 hours, 14 minutes',
      'S5720-56C-EI-AC \r\nHuawei Versatile Routing Platform Software \r\n VRP (R) software,Version 5.170 (S5720 V200R010C00SPC600) \r\n Copyright (C) 2007 Huawei',
      'Huawei Versatile Routing Platform Software\n      VRP (R) software, Version 8.120 (CE6870EI V200R001C00SPC700) Copyright (C) 2012-2016 Huawei Technologies Co., Ltd.\n    ',
      'Huawei Versatile Routing Platform Software\n      VRP (R) software, Version 5.120 (AR2200 V200R003C00) Copyright (C) 2011-2012 HUAWEI TECH CO., LTD\n    ',
      // the first line only, as a device list shows it
      'S5720-28X-SI-AC Huawei Versatile Routing Platform Software',
      // a NetEngine 8000 F1A (LibreNMS tests/snmpsim/vrp_ne8000.snmprec, hex in the file)
      'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.200 (NetEngine 8000 V800R012C10SPC300) \r\nCopyright (C) 2012-2020 Huawei Technologies Co., Ltd. \r\nHUAWEI NetEngine 8000 F1A-8H20Q',
    ],
    source: {
      title: 'LibreNMS tests/snmpsim/vrp.snmprec (AR1220 sysDescr); published `display version` and sysDescr outputs of CE6857 and S5720 switches',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/vrp.snmprec',
    },
  },
  {
    // VRP's saved configuration (display current-configuration, vrpcfg.cfg) opens with the product
    // release in Huawei's V<product>R<release>C<build> form: `!Software Version V600R024C00SPC500`.
    // H3C's Comware writes ` version 7.1.064, Release 0427P22` instead.
    name: 'huawei-vrp-configuration',
    manufacturer: 'huawei',
    product: 'VRP',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: ['!software version v'],
    pattern: /^!Software Version (?<version>V\d{3}R\d{3}C\w+)/,
    examples: ['!Software Version V600R024C00SPC500'],
    source: {
      title: 'A Huawei S5732-H48UM4Y2CZ-V2 switch\'s saved configuration, vrpcfg.cfg in ohihc5/ohihc5.github.io',
      url: 'https://github.com/ohihc5/ohihc5.github.io/blob/master/vrpcfg.cfg',
    },
  },
  {
    // `display device` of a CloudEngine switch: "<chassis>'s Device status:" (or "Device status:"
    // alone), VRP's slot table, and a CloudEngine board in the first row.
    name: 'huawei-cloudengine-display-device',
    manufacturer: 'huawei',
    product: 'CloudEngine switch (VRP)',
    protocols: ['snmp', 'other'],
    keywords: ['device status:'],
    pattern:
      /^(?:CE\d{4,5}[\w-]*'s )?Device status:[ \t]*\r?\n-+[ \t]*\r?\nSlot\s+Card\s+Type\s+Online\s+Power\s+Register\s+Alarm\s+Primary[ \t]*\r?\n-+[ \t]*\r?\n\S+\s+\S+\s+\*?CE[\d-][\w-]*\s/m,
    examples: [
      "CE12808S's Device status:\n-------------------------------------------------------------------------------------------\nSlot  Card   Type                     Online   Power Register     Alarm     Primary        \n-------------------------------------------------------------------------------------------\n3     -      CE-L24LQ-EC1             Present  On    Registered   Normal    NA             ",
      '*: configured, unactived board\nDevice status:\n--------------------------------------------------------------------------------------\nSlot  Card   Type                Online   Power Register     Alarm     Primary\n--------------------------------------------------------------------------------------\n1     -      CE6850-48S4Q-EI     Present  On    Registered   Normal    Master',
    ],
    source: NTC('tests/huawei_vrp/display_device', '`display device` of a CE12808S and a CE6850'),
  },
  {
    // SmartAX access nodes (MA5600T/MA5800 OLTs and their smaller frames) open `display version`
    // with the running version, the patch and the product, without naming Huawei; the product line
    // is Huawei's alone.
    name: 'huawei-smartax-display-version',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['product : ma5'],
    pattern: /^[ \t]*VERSION : \S+[ \t]*\r?\n(?:[ \t]*PATCH[ \t]*: \S*[ \t]*\r?\n)?[ \t]*PRODUCT : (?<product>MA5[68]\d\d[A-Z]?(?:-X\d+)?)[ \t]*\r?$/m,
    examples: [
      '\n  VERSION : AB1234C342A123D23\n  PATCH   : QEF227\n  PRODUCT : MA5608T\n \n  Active Mainboard Running Area Information: \n  --------------------------------------------------\n  Current Program Area : Area A \n  Current Data Area : Area A',
    ],
    source: NTC('tests/huawei_smartax/display_version', '`display version` of a SmartAX MA5608T'),
  },
  {
    // VRP named without the maker: the platform's full name, or "VRP" next to "Software Version",
    // as LibreNMS's recordings vrp_1, vrp_2 and vrp_3 hold them (the three texts its VRP detection
    // takes besides "VRP (R) Software"). The platform is Huawei's alone, as the SSH servers above
    // show; a text that also names Huawei is left to huawei-vrp-sysdescr, which reads its version.
    name: 'huawei-vrp-unnamed-sysdescr',
    manufacturer: 'huawei',
    product: 'VRP routers, switches and firewalls',
    protocols: ['snmp'],
    keywords: ['versatile routing platform software', 'vrp software version', 'software version vrp'],
    pattern: /^(?![\s\S]*Huawei Versatile Routing Platform)[\s\S]*?(?:Versatile Routing Platform Software|\bVRP Software Version|Software Version VRP\b)/,
    examples: ['VRP Software Version', 'Software Version VRP', 'Versatile Routing Platform Software'],
    source: LIBRENMS('vrp_1.snmprec'),
  },
  {
    name: 'huawei-vrp-ssh',
    manufacturer: 'huawei',
    product: 'VRP SSH server',
    protocols: ['ssh'],
    keywords: ['ssh-2.0-huawei-', 'ssh-1.99-huawei-', 'ssh-2.0-huawei_', 'ssh-1.99-huawei_', 'ssh-2.0-vrp-', 'ssh-1.99-vrp-'],
    // VRP 8 writes "HUAWEI_VRPV8.0": an underscore, and the version right after "VRPV".
    pattern: /^SSH-(?:2\.0|1\.99)-(?:HUAWEI[-_](?:VRP[-_V]?)?|VRP-)(?<version>\d+(?:\.\d+)*)\s*$/,
    examples: ['SSH-2.0-HUAWEI-1.5', 'SSH-2.0-HUAWEI-VRP-3.10', 'SSH-2.0-VRP-3.3', 'SSH-1.99-VRP-3.4', 'SSH-2.0-HUAWEI_VRPV8.0'],
    source: GREENBONE_HUAWEI_SSH,
  },
  {
    name: 'huawei-product-ssh',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['ssh'],
    keywords: ['ssh-2.0-huawei-', 'ssh-1.99-huawei-'],
    // Telecom products (the UMG media gateways) put their model after "HUAWEI-" instead of a version.
    pattern: /^SSH-(?:2\.0|1\.99)-HUAWEI-(?<product>[A-Z]{2,5}\d{3,5}[A-Z0-9]*)\s*$/,
    examples: ['SSH-2.0-HUAWEI-UMG8900'],
    source: RECOG('ssh_banners.xml'),
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
    name: 'huawei-vrp-telnet',
    manufacturer: 'huawei',
    product: 'VRP telnet server (routers and switches)',
    protocols: ['telnet'],
    keywords: ['recommended to use stelnet'],
    // VRP warns about telnet before its login prompt; "STelnet" is VRP's name for its SSH client and
    // server, and the sentence is VRP's own wording.
    pattern: /^\s*Warning: Telnet is not a secure protocol, and it is recommended to use Stelnet\./,
    examples: ['Warning: Telnet is not a secure protocol, and it is recommended to use Stelnet.\r\n\r\nLogin authentication\r\n\r\n\r\nUsername:'],
    source: RECOG('telnet_banners.xml'),
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
    // "HULK" is the name of Huawei's own Linux kernel builds: 3.10.53-HULK2 boots Huawei's fibre
    // ONTs (HG8045Q, HG8240H5, HS8346R5) and an MA5800 OLT, and Huawei's kernel engineers send
    // patches for their internal "hulk-4.19" tree. The libupnp stack of those ONTs puts the
    // kernel release in its Server header. A hint only: the header names a kernel, not the box it
    // runs in, and Huawei's server kernels of the same lineage ("4.19.36-vhulk1907...", which
    // Kylin ships too) run on any maker's hardware; so the release must be followed by "-HULK" in
    // the capitals of the embedded builds, after "Linux/" as the Server header writes it.
    name: 'huawei-hulk-kernel-upnp',
    manufacturer: 'huawei',
    product: 'ONT or home gateway (Huawei "HULK" Linux kernel)',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    certainty: 'low',
    keywords: ['-hulk'],
    pattern: /\bLinux\/(?<version>\d+\.\d+\.\d+-HULK\d*)\b/,
    examples: ['Linux/3.10.53-HULK2, UPnP/1.0, Portable SDK for UPnP devices/1.6.18'],
    source: FERRET(
      'the SSDP answers of two households\' gateways, their MACs registered to Huawei, labelled "Huawei HG8245H" and "Huawei IGD", with SERVER: Linux/3.10.53-HULK2, UPnP/1.0, Portable SDK for UPnP devices/1.6.18. ' +
        'The kernel is Huawei\'s: Linux-3.10.53-HULK2 is the kernel image U-Boot loads on a Huawei EchoLife HG8045Q (github.com/meh301/HG8045Q, README.md) and an HG8240H5 (github.com/Anime4000/Hacking_Huawei_HG8240H5_ONT, README.md); ' +
        'a write-up on the HS8346R5 ONT finds 3.10.53-HULK2 in its firmware (github.com/Wlz1112/HW_HS8346R5); in the Broadband Forum\'s OB-BAA test data an MA5800-X7 OLT reports the os-release "Linux SSH-OLT 3.10.53-HULK2 #1 SMP ..." (github.com/BroadbandForum/obbaa, AggregatorMessageTest.java); ' +
        'a Huawei kernel engineer posted the out-of-memory log of a 3.10.53-HULK2 test system to linux-mm (2015-12-01, <565D1EED.6070306@huawei.com>), and of a patch marked "hulk-4.19-next" Huawei wrote to the stable list that it was for "an internally used kernel" based on 4.19 (2021-04-26, <YIaCYxauSWtHA8wr@kroah.com>)',
    ),
  },
  {
    name: 'huawei-smartax-realm',
    manufacturer: 'huawei',
    product: 'SmartAX MT ADSL router',
    protocols: ['http', 'upnp'],
    fields: ['www-authenticate'],
    keywords: ['smartax mt', ' adsl router"'],
    // The SmartAX MT modems name themselves in the realm, with or without "Huawei" and "SmartAX";
    // a bare "MT800" realm is not claimed (too short to be Huawei's alone).
    pattern: /^(?:Basic|Digest) realm="(?:(?:Huawei )?SmartAX (?<product>MT\d+[A-Za-z0-9-]*)|MT\d{3}[A-Za-z0-9-]* ADSL Router)"/i,
    examples: ['Basic realm="SmartAX MT880"', 'Basic realm="Huawei SmartAX MT882"', 'Basic realm="MT880r-T ADSL Router"'],
    source: { title: 'Rapid7 Recog xml/http_wwwauth.xml (Huawei xDSL realms) and nmap-service-probes (micro_httpd with realm "Huawei SmartAX ...")', url: 'https://github.com/rapid7/recog/blob/main/xml/http_wwwauth.xml' },
  },
  {
    name: 'huawei-smartax-telnet',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['huawei smartax '],
    pattern: /^Huawei (?<product>SmartAX [A-Z]{2}\d{3}[A-Za-z0-9-]*)\r?\nLogin:/,
    examples: ['Huawei SmartAX MT882\r\nLogin: '],
    source: NMAP_PROBES,
  },
  {
    name: 'huawei-smartax-login-prompt',
    manufacturer: 'huawei',
    product: 'SmartAX OLT / MSAN (MA5600T, MA5800, MA5616, UA5000)',
    protocols: ['telnet'],
    keywords: ['>>user name'],
    // Huawei's access nodes ask for the user with two angle brackets (">>User name:", then
    // ">>User password:"), where VRP asks "Username:" and ZTE's and FiberHome's OLTs "Username:" and
    // "Login:". The prompt must end the line, after the start of the greeting or a line break, so a
    // script or a page that quotes it inside a sentence claims nothing.
    pattern: /(?:^|[\r\n])>>User name(?:\([^)\r\n]{1,40}\))?:[ \t]*$/,
    examples: ['>>User name:', '\r\n\r\n>>User name:'],
    source: {
      title:
        'NOC Project, the profile of Huawei\'s SmartAX access nodes (sa/profiles/Huawei/MA5600T/profile.py: pattern_username ">>User name:", pattern_password ">>User password:"), which it drives on MA5600T, MA5603T, MA5616, MA5626 and UA5000',
      url: 'https://github.com/nocproject/noc/blob/master/sa/profiles/Huawei/MA5600T/profile.py',
    },
  },
  {
    name: 'huawei-home-gateway-realm',
    manufacturer: 'huawei',
    product: 'Home Gateway (TR-069 connection request of EchoLife / HG ONTs and CPEs)',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="huaweihomegateway"'],
    // The realm Huawei home gateways put on the port the operator's ACS calls (TR-069, 7547 and
    // 37215); the same realm is what exploit code for the HG532 copies from the device.
    pattern: /realm="HuaweiHomeGateway"/,
    examples: ['Basic realm="HuaweiHomeGateway"', 'Digest realm="HuaweiHomeGateway",nonce="88645cefb1f9ede0e336e3569d75ee30", qop="auth", algorithm="MD5"'],
    source: NMAP_PROBES,
  },
  {
    name: 'huawei-bmc-server',
    manufacturer: 'huawei',
    product: 'iBMC (server management controller)',
    protocols: ['http'],
    fields: ['server'],
    keywords: ['huawei-bmc'],
    pattern: /^Huawei-BMC$/,
    examples: ['Huawei-BMC'],
    source: NMAP_PROBES,
  },
  {
    name: 'huawei-ibmc-title',
    manufacturer: 'huawei',
    product: 'iBMC (server management controller)',
    protocols: ['http'],
    fields: ['title'],
    certainty: 'low',
    keywords: ['ibmc login'],
    // The login page of the iBMC. Huawei's x86 servers went to xFusion in 2021 and keep the same
    // controller, so the title alone names the lineage, not which of the two made the server.
    pattern: /^iBMC Login$/,
    examples: ['iBMC Login'],
    source: GREENBONE('gb_huawei_ibmc_http_detect.nasl', 'the title of the iBMC login page the script keys on'),
  },
  {
    name: 'huawei-ibmc-upnp',
    manufacturer: 'huawei',
    product: 'iBMC (server management controller)',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    certainty: 'low',
    keywords: [' ibmc/'],
    // The iBMC announces itself over SSDP with its own version and the server model. A hint only,
    // as for the login title above: xFusion's servers carry the same controller and model names.
    pattern: /^UPnP\/\d\.\d iBMC\/(?<version>\d+(?:\.\d+)*)(?: ProductName\/(?<product>[^\r\n]*?) SN\/)?/,
    examples: ['UPnP/2.0 iBMC/2.96 ProductName/2288H SN/', 'UPnP/2.0 iBMC/3.00 ProductName/2288H V5 SN/2102312BTHN0JA000008'],
    source: GREENBONE('gb_huawei_ibmc_upnp_detect.nasl', 'two SSDP Server headers of iBMCs quoted in a comment of the script'),
  },
  {
    name: 'huawei-http-server',
    manufacturer: 'huawei',
    product: 'web management (VRP switches and routers, other Huawei products)',
    protocols: ['http'],
    fields: ['server'],
    keywords: ['huawei'],
    // The whole header is Huawei's name, alone or with a model or build after a hyphen or a space
    // ("HuaWei-S6720-EI" on VRP switches). Greenbone lists the other forms as Huawei products it has
    // not yet tied to a product line. Anchored at both ends, so a generic server that merely mentions
    // Huawei somewhere claims nothing.
    // The bare name only in the capitals the devices send: "Huawei" alone is how people write the
    // manufacturer, and a lookup of it should answer with the name. "Huawei-BMC" is left to
    // huawei-bmc-server, so one header counts as one piece of evidence.
    pattern: /^(?:HUAWEI$|(?:HUAWEI|HuaWei|Huawei)(?!-BMC$)[- ][\w.-]+(?: \d+(?:\.\d+)*)?$)/,
    examples: [
      'HUAWEI',
      'HuaWei-S6720-EI',
      'HUAWEI-2.11',
      'Huawei API-Gateway 1.0',
      'HUAWEI-CT03',
      'HUAWEI-VINGADORES',
      'HUAWEI S5720S-waiwang-2',
    ],
    source: GREENBONE('gb_huawei_vrp_network_device_http_detect.nasl', 'Server headers of Huawei devices quoted in the script'),
  },
  {
    name: 'huawei-telepresence-telnet',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['telnet', 'other'],
    keywords: ['huawei te', 'huawei dp300'],
    // TE video conferencing endpoints and the DP300 desktop terminal answer on their management port
    // (5000) with binary framing around their model, then the model again with its release
    // (V100R001C02...): the pair is the device's own wording.
    pattern: /\bHuawei (?:TE[1-9]0|DP300)\b[^\r\n]{0,16}?\b(?<product>TE[1-9]0|DP300) (?<version>V\d{3}R\d{3}\w*)/,
    examples: [
      'Huawei TE30@ TE30 V100R001C02B052SP02 Release 1.2.52.2  Apr 25 2014 07:27:05dddd?L',
      'dddd?H.....R...\fHuawei DP300...> DP300 V500R002C00SPC200 Release 2.0.200  Mar 28 2016 00:55:41dddd?L.....\vDH_ALGORITH',
    ],
    source: GREENBONE('gb_huawei_te_detect.nasl and gb_huawei_dp300_detect.nasl', 'Telnet banners (after bin2string) quoted in the scripts'),
  },
  {
    name: 'huawei-vrp-firewall-sysdescr',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['vrp (r) software, version'],
    // Eudemon and Secospace USG firewalls print the VRP version line with the model and its release
    // (V300R001C00) after it, without the "(...)" of the switches; a device list that keeps only this
    // line loses the platform name huawei-vrp-sysdescr needs. VRP with Huawei's release scheme is
    // Huawei's alone (Zyxel's USG models have no VRP).
    pattern: /VRP \(R\) [Ss]oftware, Version (?<version>\d+\.\d+) (?<product>Eudemon ?\d+\w*(?:-\w+)?|USG\d{4}\w*) V\d{3}R\d{3}/,
    examples: [
      'Software Version: VRP (R) software, Version 5.30 Eudemon1000E-X3 V300R001C00',
      'Software Version: VRP (R) Software, Version 3.30 Eudemon 1000E V100R002C01SPC200',
      'Software Version: VRP (R) software, Version 5.30 USG6350 V100R001C20SPC700',
    ],
    source: GREENBONE('gb_huawei_vrp_network_device_snmp_detect.nasl', 'sysDescr lines of Eudemon and USG firewalls quoted in the script'),
  },
  {
    name: 'huawei-vsp-sysdescr',
    manufacturer: 'huawei',
    product: 'Secospace USG firewall (Versatile Security Platform)',
    protocols: ['snmp', 'other'],
    keywords: ['versatile security platform'],
    // USG firewalls (a USG5300 and a USG5160 in Greenbone's examples) name their platform the
    // Versatile Security Platform on the first line, plain or with "Storage & Network Security"
    // before it; the version line that follows carries the model and its release (V100R003C01).
    pattern:
      /^Huawei (?:Storage & Network Security )?Versatile Security Platform(?: Software)?\s*(?:\r?\n[^\n]*?Version (?<version>\d+\.\d+) (?<product>USG\d{4}\w*) V\d{3}R\d{3})?/,
    examples: [
      'Huawei Storage & Network Security Versatile Security Platform Software\r\nSoftware Version: VSP (R) Software, Version 3.30 USG5300 V100R003C01SPC600',
      'Huawei Versatile Security Platform\r\nSoftware Version: VRP (R) software, Version 5.30 USG5160 V300R001C00SPC700',
    ],
    source: GREENBONE('gb_huawei_vsp_snmp_detect.nasl', 'two sysDescr values of USG firewalls quoted in a comment of the script'),
  },
  {
    name: 'huawei-vp9660-sysdescr',
    manufacturer: 'huawei',
    product: 'VP9660 multipoint control unit (video conferencing)',
    protocols: ['snmp'],
    keywords: ['huawei vp9660'],
    // The VP9660 MCU names its maker and model at the head of its sysDescr, then its release;
    // Greenbone keys on the two words alone, and only they are on record.
    pattern: /\bHUAWEI VP9660\b/,
    examples: ['HUAWEI VP9660'],
    source: GREENBONE('gb_huawei_VP9660_mcu_detect.nasl and gb_snmp_os_detection.nasl', 'the sysDescr marker the scripts key on'),
  },
  {
    name: 'huawei-espace-telnet',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['u1900 os'],
    // The eSpace U1900 unified gateways name their OS release and then the model in the telnet
    // banner; Greenbone reads the two with "U1900 OS (V...)" and "on eSpace (U...)". Only these
    // fragments are on record, not a whole banner: the example fills the release in Huawei's
    // VxxxRxxx form, and the pattern takes any release the way Greenbone does.
    pattern: /\bU1900 OS (?<version>V\S+)[^\r\n]{0,40}? on eSpace (?<product>U\d{4})\b/,
    examples: ['U1900 OS V200R003C00SPC100 on eSpace U1960'],
    source: GREENBONE('"Huawei eSpace Unified Gateway Detection (Telnet)" and telnetserver_detect_type_nd_version.nasl', 'the telnet banner fragments the scripts match ("U1900 OS.*on eSpace", "on eSpace (U[0-9]+)")'),
  },
  {
    name: 'huawei-softco-telnet',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['softco os'],
    // Greenbone takes "SoftCo OS" for Huawei's SoftCo and reads the OS release and then the model
    // ("on SoftCo" and digits) from the telnet banner. Only these fragments are on record: the
    // example fills the release in Huawei's VxxxRxxx form, and the pattern takes any release.
    pattern: /\bSoftCo OS (?<version>V\S+)[^\r\n]{0,40}? on (?<product>SoftCo\d{4})\b/,
    examples: ['SoftCo OS V100R003C00 on SoftCo5816'],
    source: GREENBONE('gb_huawei_softco_telnet_detect.nasl and telnetserver_detect_type_nd_version.nasl', 'the telnet banner fragments the scripts match ("SoftCo OS (V...)", "on SoftCo([0-9]+)")'),
  },
  {
    // The DHCP vendor class (option 60) of Huawei's Android phones and tablets: EMUI's DHCP client
    // sends "HUAWEI:android:" and the board name. Plain Android sends android-dhcp-<release> and
    // other makers' Android builds their own prefix, so the prefix is Huawei's own.
    name: 'huawei-android-dhcp-vendor-class',
    manufacturer: 'huawei',
    product: 'Android phone or tablet (EMUI)',
    protocols: ['other'],
    keywords: ['huawei:android:'],
    pattern: /^HUAWEI:android:(?<model>[\w-]*)\s*$/,
    examples: ['HUAWEI:android:ABC'],
    source: RECOG('dhcp_vendor_class.xml'),
  },
  {
    name: 'huawei-upnp-sdk',
    manufacturer: 'huawei',
    product: 'broadband router (Huawei UPnP SDK)',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['huawei sdk for upnp devices'],
    // Huawei's own UPnP SDK (on its VxWorks broadband routers) names itself in the SSDP Server header.
    pattern: /\bHUAWEI SDK for UPnP devices\//,
    examples: ['PACKAGE_VERSION HUAWEI, UPnP, HUAWEI SDK for UPnP devices/'],
    source: NMAP_PROBES,
  },
  {
    name: 'huawei-atp-cli-telnet',
    manufacturer: 'huawei',
    product: 'Home Gateway or LTE router (ATP platform CLI)',
    protocols: ['telnet', 'ssh'],
    keywords: ['welcome to atp cli'],
    // ATP is the platform of Huawei's HG home gateways (its UPnP stack says "Huawei-ATP-IGD") and of
    // its B-series LTE routers, which print the same greeting after an SSH login (a B593).
    pattern: /-{5}Welcome to ATP Cli-{6}/,
    examples: [
      '-------------------------------\r\n-----Welcome to ATP Cli------\r\n-------------------------------\r\n\r\nLogin: ',
      '-------------------------------\n-----Welcome to ATP Cli------\n-------------------------------\nATP>',
    ],
    source: {
      title: 'Nmap service probe database (HG655b and HG-series telnet greetings); "Running AT-commands on your B593", hqcodeshop blog (29 May 2014): the greeting of a Huawei B593 LTE router after an SSH login',
      url: 'https://blog.hqcodeshop.fi/archives/2014/05/C2.html',
    },
  },
  {
    name: 'huawei-copyright-greeting',
    manufacturer: 'huawei',
    product: 'Huawei device (copyright notice in the login greeting)',
    protocols: ['telnet', 'ssh', 'ftp'],
    fields: ['greeting'],
    keywords: ['huawei technologies co', 'huawei tech co'],
    // Quidway switches, AR routers, SmartAX DSLAMs, the UA5000 and home gateways print Huawei's
    // copyright before the login prompt. "Ltd." with its period: the Huawei MAS software on a
    // Windows server writes "Co., Ltd on Windows NT" (a PC, not Huawei equipment), and "Huawei-3Com"
    // (the H3C joint venture) does not match "Huawei Tech".
    pattern: /Copyright ?(?:\([Cc]\) ?)?(?:\d{4}-\d{4},? )?(?:by )?(?:Huawei Technologies Co\., ?Ltd\.|HUAWEI TECH(?:NOLOGIES)? CO\.,? ?LTD\.)/,
    examples: [
      '\r\n\r\n\r\n  Huawei MA5600 Multi-service Access Module.\r\n  Copyright(C) 2002-2008 by Huawei Technologies Co., Ltd.\r\n\r\n>>User name:',
      '\n\r\n\r\n\r  Huawei HONET UA5000 Universal Access Unit.\n\r  Copyright(C) 1998-2005 by Huawei Technologies Co., Ltd.\n\r\r\n>>User name:',
      '\r\n*********************************************************\r\n*  Copyright(c) 1998-2007 Huawei Technologies Co., Ltd.  All rights reserved.  *\r\n',
      '\n\r        Welcome to QUIDWAY S3526 Access Server\n\r      Copyright (c) 1998-2004 HUAWEI TECH CO. LTD.\n\r\n\rUser Name:',
    ],
    source: NMAP_PROBES,
  },
  {
    name: 'huawei-integrated-access-software',
    manufacturer: 'huawei',
    product: 'SmartAX OLT / MSAN (MA5600T, MA5680T, MA5800 ...)',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['huawei integrated access software'],
    // The platform of Huawei's access equipment names itself in the sysDescr and in the CLI
    // greeting, with the chassis family in parentheses.
    pattern: /Huawei Integrated Access Software(?: \((?<product>MA\d{4}[A-Z]?)\))?/,
    examples: ['Huawei Integrated Access Software'],
    source: OSS_SNMP_HUAWEI,
  },
  {
    name: 'huawei-gse200m-sysdescr',
    manufacturer: 'huawei',
    product: 'monitoring card of a UPS or power system (SMU)',
    protocols: ['snmp'],
    certainty: 'low',
    keywords: ['linux gse200m'],
    // The embedded Linux of the monitoring card in Huawei's UPSs and site power systems names its
    // host GSE200M, and its agent reports Net-SNMP's own sysObjectID. LibreNMS takes the kernel line
    // for a Huawei UPS only once UPS-MIB names HUAWEI as the maker (includes/discovery/os/huaweiups.inc.php):
    // a host name on a stock Linux kernel is a hint to weigh with the MAC and the private objects, not proof.
    // The same line stands in LibreNMS's huaweiups.snmprec (a UPS card) and huawei-smu.snmprec (an SMU).
    pattern: /^Linux GSE200M(?: \d[\w.-]*|$)/,
    examples: [
      'Linux GSE200M',
      'Linux GSE200M 2.6.27-SPEAr310 #5 Fri Mar 9 23:07:56 CST 2012 armv5tejl',
      // an SMU02B's, six years later (LibreNMS tests/snmpsim/huawei-smu_smu02b.snmprec)
      'Linux GSE200M 2.6.27-SPEAr310 #776 Thu Aug 16 11:23:18 CST 2018 armv5tejl',
    ],
    source: LIBRENMS('huawei-smu_smu02b.snmprec'),
  },
  {
    name: 'huawei-yunshan-sysdescr',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['huawei yunshan os'],
    // YunShan OS succeeds VRP on Huawei's newer campus switches and firewalls (V600 releases):
    // the OS name, its version, then the product family and release in parentheses.
    // VRP 8 and YunShan end the sysDescr with the exact model, `HUAWEI CloudEngine S6750-H` (`model`).
    pattern: /^"?Huawei YunShan OS\s*(?:Version (?<version>\d+(?:\.\d+)+) \((?<product>[A-Z][A-Z0-9]*) V\d{3}R\d{3}[A-Z0-9]*\)(?:[^\n]*\n(?:[^\n]*Copyright[^\n]*\n)?\s*HUAWEI (?<model>(?:CloudEngine |NetEngine \d+ |AirEngine )?[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)(?=\s|"|$))?)?/,
    examples: [
      'Huawei YunShan OS\nVersion 1.23.1.1 (S5700 V600R023C10SPC500)\nCopyright (C) 2021-2024 Huawei Technologies Co., Ltd.',
      'Huawei YunShan OS \r\nVersion 1.24.0.1 (USG V600R024C00SPC100) \r\nHUAWEI USG6530F-D \r\n',
      // a CloudEngine S6750-H whose agent puts the whole value in double quotes (LibreNMS tests/snmpsim/yunshan.snmprec)
      '"Huawei YunShan OS\nVersion 1.24.0.1 (S6700 V600R024C00SPC100) \r\nCopyright (C) 2021-2024 Huawei Technologies Co., Ltd. \r\nHUAWEI CloudEngine S6750-H \r\n"',
    ],
    source: {
      title: 'Netdisco SNMP::Info test suite, Layer3::Huawei tests (YunShan OS sysDescr of an S5700); sysDescr of a USG6530F-D quoted in a public SNMP collector test',
      url: 'https://github.com/netdisco/snmp-info',
    },
  },

  {
    name: 'huawei-auth-http-server',
    manufacturer: 'huawei',
    product: 'Auth-Http Server (web management of Huawei firewalls and gateways)',
    protocols: ['http'],
    fields: ['server'],
    keywords: ['huawei auth-http server'],
    pattern: /^Huawei Auth-Http Server (?<version>\d+\.\d+)$/,
    examples: ['Huawei Auth-Http Server 1.0'],
    source: {
      title: 'ProjectDiscovery nuclei-templates, huawei-authhttp-lfi.yaml: Server header of Huawei Auth-Http devices (FOFA query of Internet scans)',
      url: 'https://github.com/projectdiscovery/nuclei-templates/blob/main/http/vulnerabilities/huawei/huawei-authhttp-lfi.yaml',
    },
  },

  {
    name: 'huawei-snmp-agent-sysdescr',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['huawei tech. inc. snmp agent for'],
    // Older access equipment (the MA5300 broadband access switch) names Huawei's SNMP agent and the
    // product instead of VRP.
    pattern: /^HUAWEI TECH\. INC\. SNMP AGENT FOR (?<product>[A-Z][A-Z0-9-]+)/,
    examples: ['HUAWEI TECH. INC. SNMP AGENT FOR MA5300'],
    source: OSS_SNMP_HUAWEI,
  },
  {
    name: 'huawei-dopra-ssh',
    manufacturer: 'huawei',
    product: 'Dopra platform SSH server (switches, access equipment, CPE)',
    protocols: ['ssh'],
    keywords: ['-dopra-'],
    // Dopra is Huawei's own embedded software platform; nmap files the server under Huawei's
    // Dopra Linux and Tenable's SSH OS fingerprint notes that Huawei uses it across its product line.
    pattern: /^SSH-(?:2\.0|1\.99)-DOPRA-(?<version>[\w.-]+)\s*$/,
    examples: ['SSH-1.99-DOPRA-1.5'],
    source: {
      title: 'Nmap service probe database (match ssh "SSH-x-DOPRA-": Dopra Linux sshd, cpe:/o:huawei:dopra_linux); Tenable\u2019s SSH OS fingerprint plugin ("SSH-x-DOPRA-" is Huawei: "Huawei uses this widely across their product line"); a SecureFX session log published on GitHub (Remote Identifier = \'SSH-1.99-DOPRA-1.5\')',
      url: 'https://github.com/nmap/nmap/blob/master/nmap-service-probes',
    },
  },
  {
    name: 'huawei-sip-user-agent',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['huawei softx', 'huawei viewpoint'],
    // The SoftX3000 softswitch and the ViewPoint video MCUs name themselves, with the VRP-style
    // release (V600R013) after the softswitch.
    pattern: /^Huawei (?<product>SoftX\d{4}|ViewPoint ?\d{4})(?: V\d{3}R\d{3}\w*)?\s*$/,
    examples: ['Huawei SoftX3000 V600R013', 'Huawei ViewPoint9000'],
    source: {
      title: 'SIP messages quoted on GitHub: an INVITE from a Huawei SoftX3000 softswitch in an Asterisk chan_sip interoperability report, and a 200 OK of a Huawei ViewPoint 9000 MCU in a SIP stack\u2019s test data',
    },
  },
  {
    name: 'huawei-cwmp-user-agent',
    manufacturer: 'huawei',
    product: 'TR-069 (CWMP) client of an EchoLife / OptiXstar ONT',
    protocols: ['http', 'https'],
    fields: ['user-agent'],
    keywords: ['hw_wap_cwmp_v'],
    // The User-Agent of the Inform an ONT sends its operator's ACS, whatever brand the operator
    // puts on the box: an HG8245H (Manufacturer "Huawei Technologies Co., Ltd", OUI 00259E), an
    // OptiXstar HN8145X6N and EG8145V5/X10 ONTs in ACS projects' notes and test data.
    pattern: /^HW_WAP_CWMP_V(?<version>\d{2})\s*$/,
    examples: ['HW_WAP_CWMP_V02'],
    source: {
      title: 'GenieACS issue #71: the CWMP Inform of a Huawei HG8245H ONT, sent with "User-Agent: HW_WAP_CWMP_V02"',
      url: 'https://github.com/genieacs/genieacs/issues/71',
    },
  },
  {
    name: 'huawei-echolife-title',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['hg8', 'eg8', 'hn8'],
    // EchoLife ONTs title their login page with their model (the page sets it from the TR-069
    // ModelName), sometimes with the operator variant after a hyphen. HG8/EG8/HN8 and four digits
    // are Huawei's own numbering (FiberHome's ONTs are HG6xxx); the whole title must be the model.
    pattern: /^(?<product>(?:HG|EG|HN)8\d{3}[A-Z0-9]*(?:-\d{1,3})?)$/,
    examples: ['HG8546M', 'HG8145X6-10'],
    source: {
      title: 'Nmap service probe database (Huawei WAP http admin: <title>(H\\w+)</title>); HG8145V5 firmware web/login pages (document.title = the ModelName); HG8546M and HG8145X6-10 login-page titles in public GitHub projects that serve or test against these ONTs\u2019 pages',
      url: 'https://github.com/nmap/nmap/blob/master/nmap-service-probes',
    },
  },
  {
    name: 'huawei-home-gateway-title',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['hg'],
    // The HG home gateways before the four-digit ONTs (HG532e, HG556a, HG659) title their login
    // page with the bare model, as the EchoLife ONTs do, or with Huawei's name before it (HG520,
    // HG630). Three digits after "HG" only: FiberHome's ONTs are HG6xxx with four, Tilgin's gateways
    // HG23xx; the whole title must be the model, with the maker's name or without.
    pattern: /^(?:HUAWEI |Huawei )?(?<product>HG[2-8]\d{2}[a-z]{0,2})$/,
    examples: ['HG532e', 'Huawei HG520', 'Huawei HG630'],
    source: {
      title: 'ProjectDiscovery nuclei-templates, http/exposed-panels/huawei-hg532e-panel.yaml: the login page title "<title>HG532e</title>" of a Huawei HG532e router; kscan HTTP fingerprint database (lib/httpfinger/type-keywordFinger.go, FOFA\'s 2014 rules): title="Huawei HG520" (Huawei HG520 ADSL2+ Router) and title="Huawei HG630"',
      url: 'https://github.com/lcvvvv/kscan/blob/62fbd7b9fb4824568b80c8dee3e3d70aa167b880/lib/httpfinger/type-keywordFinger.go',
    },
  },
  {
    name: 'huawei-cpe-phone-title',
    manufacturer: 'huawei',
    product: 'product',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['huawei b', 'huawei espace', 'huawei srg', 'huawei asg'],
    // The login pages of Huawei's B-series LTE routers (B683, B683V) and eSpace IP phones (eSpace
    // 7910) are titled with Huawei's name and the model, nothing else, as are those of its SRG
    // service routers (SRG1220, SRG2220, SRG3250) and ASG application security gateways (ASG2050,
    // ASG2100). The maker's name is required and the whole title must be it and the model, so a
    // page about a product claims nothing.
    pattern: /^(?:HUAWEI|Huawei) (?<product>B\d{3}[A-Za-z]{0,2}|ESPACE \d{4}[A-Z]?|eSpace \d{4}[A-Z]?|SRG\d{4}[A-Z]?|ASG\d{4}[A-Z]?)$/,
    examples: ['Huawei B683', 'Huawei B683V', 'HUAWEI ESPACE 7910', 'HUAWEI SRG2220', 'HUAWEI SRG3250', 'HUAWEI ASG2050'],
    source: {
      title: 'kscan HTTP fingerprint database (lib/httpfinger/type-keywordFinger.go, FOFA\'s 2014 rules): title="Huawei B683V", title="Huawei B683", title="HUAWEI ESPACE 7910"; s7ckTeam/Glass fingerprint rules (config/rules.py, the same FOFA lineage): "\u534e\u4e3a_HUAWEI_SRG2220" keyed on "HUAWEI SRG2220", likewise SRG1220, SRG3250, ASG2050 and ASG2100',
      url: 'https://github.com/lcvvvv/kscan/blob/62fbd7b9fb4824568b80c8dee3e3d70aa167b880/lib/httpfinger/type-keywordFinger.go',
    },
  },
  {
    name: 'huawei-home-gateway-name',
    manufacturer: 'huawei',
    product: 'Home Gateway (HG routers)',
    protocols: ['upnp', 'http'],
    fields: ['friendly-name', 'title'],
    keywords: ['huawei home gateway'],
    // The UPnP friendly name of Huawei's HG routers (an HG630 V2 answered "Huawei Home Gateway" next
    // to its Huawei-ATP-IGD server string), and the login page title of some, which adds the model
    // ("HUAWEI Home Gateway HG658d"); the whole name, so a page that merely mentions it claims nothing.
    pattern: /^Huawei Home Gateway(?: (?<product>HG\d{3,4}[a-z]{0,2}))?\s*$/i,
    examples: ['Huawei Home Gateway', 'HUAWEI Home Gateway HG658d'],
    source: {
      title: 'UPnP discovery of a Huawei HG630 V2 quoted in a NAT-probing tool\u2019s README on GitHub (server: Linux UPnP/1.0 Huawei-ATP-IGD; Huawei Home Gateway; HG630 V2); Greenbone gb_huawei_home_gateway_http_detect.nasl keys on "Home Gateway" with Huawei\u2019s logo; ProjectDiscovery nuclei-templates http/iot/huawei-home-gateway.yaml (the title "HUAWEI Home Gateway HG658d", a Shodan title query)',
    },
  },
  {
    // The HTTP realm of Huawei's EchoLife HG520 gateways, which name the product line and not the
    // model; the whole realm, so a page that names the line in passing claims only a hint.
    name: 'huawei-echolife-realm',
    manufacturer: 'huawei',
    product: 'EchoLife home gateway',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="echolife home gateway"'],
    pattern: /^(?:Basic|Digest) realm="EchoLife Home Gateway"/,
    examples: ['Basic realm="EchoLife Home Gateway"'],
    source: {
      title: 'Nmap http-default-accounts fingerprints (nselib/data/http-default-accounts-fingerprints.lua, "HUAWEI EchoLife HG520b": http_auth_realm(response) == "EchoLife Home Gateway"); the same words in a Shodan fingerprint script\u2019s rule "Huawei EchoLife HG520 Home Gateway"',
      url: 'https://github.com/nmap/nmap/blob/master/nselib/data/http-default-accounts-fingerprints.lua',
    },
  },
  {
    name: 'huawei-xdsl-title',
    manufacturer: 'huawei',
    product: 'xDSL router (Conexant-EmWeb web interface)',
    protocols: ['http', 'upnp'],
    fields: ['title'],
    keywords: ['huawei xdsl'],
    pattern: /^Huawei xDSL\s*$/,
    examples: ['Huawei xDSL\r\n'],
    source: NMAP_PROBES,
  },
  {
    name: 'huawei-access-runner-telnet',
    manufacturer: 'huawei',
    product: 'Access Runner ADSL modem',
    protocols: ['telnet'],
    keywords: ['access runner adsl console port'],
    // The console draws Huawei's name and the product on screen with cursor escapes in between.
    pattern: /HUAWEI TECHNOLOGIES,CO\.,LTD\.[^\n]{0,16}ACCESS RUNNER ADSL CONSOLE PORT/,
    examples: ['\x1b[0m\x1b[2J\x1b[01;24HHUAWEI TECHNOLOGIES,CO.,LTD.\x1b[02;19H ACCESS RUNNER ADSL CONSOLE PORT\x1b'],
    source: NMAP_PROBES,
  },

  {
    // An ONT's GPON serial: Huawei's vendor ID HWTC and eight hex digits, as a Huawei OLT shows it
    // (`SN : 48575443655C13A0 (HWTC-655C13A0)`, the ID in ASCII codes then in letters) or an ONT's
    // label prints it. The ID can be set on another maker's ONT (see the source): low certainty.
    name: 'huawei-gpon-serial',
    manufacturer: 'huawei',
    product: 'GPON ONT',
    protocols: ['other'],
    fields: ['serial'],
    keywords: ['hwtc', '48575443'],
    pattern: /(?<![0-9A-Za-z-])(?:HWTC-?[0-9A-Fa-f]{8}|48575443[0-9A-Fa-f]{8})(?![0-9A-Za-z])/i,
    examples: [
      'SN                      : 48575443655C13A0 (HWTC-655C13A0)',
      '48575443655C13A0',
      'HWTC-655C13A0',
    ],
    certainty: 'low',
    source: {
      title: 'A Huawei OLT\'s `display ont info` output kept as a sample in MauroGuar/ONT-Info, app/data_processing/ont_info.py; vendor IDs as hack-gpon lists them (_gpon/vendor.md)',
      url: 'https://github.com/MauroGuar/ONT-Info/blob/main/app/data_processing/ont_info.py',
    },
  },
  // ---------------------------------------------------------------- ZTE
  {
    name: 'zte-zxr10-ros-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['zxr10 ros version'],
    // ROS is the platform of ZXR10 routers and switches and of the ZXA10 (ZXPON) OLTs.
    // A sysDescr cut short after the product's "Software" (a tool's column width) still names it.
    pattern: /^ZXR10 ROS Version V(?<version>\d[\w.]*) (?<product>.{1,40}?) Software(?:, Version|$)/,
    examples: [
      'ZXR10 ROS Version V4.6.02D ZXR10 T64G Software, Version V2.6.02.d.16_p05 Copyright (c) 2001-2007 by ZTE Corporation Compiled Sep 6 2007, 14:24:04',
      'ZXR10 ROS Version V4.8.11.01 ZXR10 T64G Software, Version ZXR10 G-Series&8900&6900 V2.8.01.C.27.P06 Copyright (c) 2001-2009 by ZTE Corporation Compiled Sep 11 2009, 17:20:19',
      'ZXR10 ROS Version V4.6.02A ZXPON C320 Software, Version V1.2.5P2 Copyright (c) 2000-2006 by ZTE Corporation Compiled 2013-09-23 07:34:16',
      'ZXR10 ROS Version V4.8.01A ZXPON C220 Software, Version V2.8.01A.21',
      // The first example cut after its product.
      'ZXR10 ROS Version V4.6.02D ZXR10 T64G Software',
    ],
    source: OBSERVIUM_ZTE,
  },
  {
    // The same sysDescr cut shorter still (a 32-character column, a truncated SNMP field): the
    // platform line alone is ZTE's, without its product.
    name: 'zte-zxr10-ros-platform',
    manufacturer: 'zte',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['zxr10 ros version'],
    // Not a line that goes on to "Software": the patterns around this one read it, with its product.
    pattern: /^ZXR10 ROS Version V(?<version>\d[\w.]*)(?![\w.]|.*\bSoftware\b)/,
    examples: [
      // The first example of zte-zxr10-ros-sysdescr cut at 34 characters.
      'ZXR10 ROS Version V4.6.02D ZXR10 T6',
    ],
    source: OBSERVIUM_ZTE,
  },
  {
    // A ZXA10 C300 on ROS V4.8 gives no product before "Software" and names itself after the version,
    // behind "(null)".
    name: 'zte-zxr10-ros-null-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['zxr10 ros version'],
    pattern: /^ZXR10 ROS Version V(?<version>\d[\w.]*) Software, Version \(null\) (?<product>ZX[A-Z0-9]+ [\w-]+)/,
    examples: ['ZXR10 ROS Version V4.8.35 Software, Version (null) ZXA10 C300 V1.3.0 Copyright (c) by ZTE Corporation Compiled'],
    source: OBSERVIUM_CE_ZTE,
  },
  {
    name: 'zte-zxr10-ros-bare-sysdescr',
    manufacturer: 'zte',
    product: 'ZXR10 ROS device (router, switch or OLT)',
    protocols: ['snmp', 'other'],
    keywords: ['zxr10 ros version'],
    // The same platform line without the product: a ZXA10 C320 OLT describes itself so in LLDP
    // (lldpLocSysDesc in LibreNMS tests/snmpsim/zxa10_c320.snmprec, whose sysDescr is the C320 line below).
    pattern: /^ZXR10 ROS Version V(?<version>\d[\w.]*)\s+Software\s*$/,
    examples: ['ZXR10 ROS Version V4.8.35  Software'],
    source: LIBRENMS('zxa10_c320.snmprec'),
  },
  {
    // `show version` of ZXR10 V5 routers and ZXCTN packet transport nodes: the product line after
    // "ZTE", then ZTE's copyright on the next line.
    name: 'zte-zxros-show-version',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['zte zx'],
    pattern: /^ZTE (?<product>ZX[A-Z0-9]+) Software, Version: (?<version>[^,\r\n]+), Release software\s*\r?\nCopyright \(c\) [^\r\n]*ZTE Corporation/m,
    examples: [
      'ZXCTN 6120H-S\nZTE ZXCTN Software, Version: 6120H-S V5.10.00.50, Release software\nCopyright (c) 2022 by ZTE Corporation\nSystem image file is <sysdisk0: verset/ZXCTN6120HS_V5.10.00.50B03.set>, file size is 629,753,128 Bytes\nSystem image is loaded from local\nSystem uptime is 23 day(s), 10 hour(s), 59 minute(s)',
    ],
    source: NTC('tests/zte_zxros/show_version', '`show version` of a ZXCTN 6120H-S'),
  },
  {
    name: 'zte-ethernet-switch-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['zte ethernet switch'],
    // The model with or without its ZXR10 line name, and the two models one image serves joined by a slash.
    pattern: /^ZTE Ethernet Switch\s+(?<product>(?:ZXR10 )?[\w-]+(?:\/[\w-]+)?), Version: V(?<version>[\w.]+)/,
    examples: [
      'ZTE Ethernet Switch  ZXR10 5250-52TM-H, Version: V2.05.11B23',
      // Observium's ZTE poller
      'ZTE Ethernet Switch ZXR10 2826S/2826S-LE, Version: V1.1.12.S',
      'ZTE Ethernet Switch 2850-26TM, Version: V1.1.12.U',
    ],
    source: { ...OBSERVIUM_CE_ZTE, title: `${LIBRENMS('zxr10.snmprec').title}; ${OBSERVIUM_CE_ZTE.title}` },
  },
  {
    // The ROS 4 platform line of older ZXR10 routers and switches, and of ZXSS10 and ZXUN gateways
    // "based on ZXROS": ZXR10 is ZTE's product name, and the line names ZTE after it.
    name: 'zte-zxr10-router-os-sysdescr',
    manufacturer: 'zte',
    product: 'ZXR10 router or switch, or a gateway on ZXROS',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['zxr10 router operating system software'],
    pattern: /^ZXR10 Router Operating System Software\b[^\r\n]{0,60}?\bZTE Corporation\b/,
    examples: [
      'ZXR10 Router Operating System Software Nanjing Institute of ZTE Corporation V4.6.02.A GER V2.6.02.A.53.P09 Compiled: Oct 15 2008, 09:53:12',
      'ZXR10 Router Operating System Software ZTE Corporation ZXROS V4.6.02 ZXR10_3228 V2.6.02 Compiled: Dec 21 2005, 18:35:11',
      'ZXR10 Router Operating System Software ZTE Corporation ZXSS10 B200/ZXUN B200 ATCA V2.13.10.P21.B02 Based on ZXROS V4.6.02.a Compiled:Aug 18 2015, 00:36:54',
    ],
    source: OBSERVIUM_CE_ZTE,
  },
  {
    // `show version software` of ZXR10 routers and switches on ROS 4 (G-series, 8900, 6900): the model's
    // software line, the image's series and version, then ZTE's copyright a line or two below (the
    // terminal wraps `RELEASE SOFTWARE`).
    name: 'zte-zxr10-show-version-software',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['other'],
    keywords: ['zte corporation'],
    pattern: /^(?<product>ZXR10 [\w-]+) Software, Version ZXR10 [^\r\n]*?\bV(?<version>\d[\w.]*), RELEASE[^\r\n]*(?:\r?\n[^\r\n]*){0,2}?\r?\nCopyright \(c\) [^\r\n]*\bZTE Corporation/m,
    examples: [
      'ZXR10 8912 Software, Version ZXR10 G-Series&8900&6900 V2.8.02.C.43.P14, RELEASE \nSOFTWARE\nCopyright (c) 2001-2009 by ZTE Corporation\nCompiled Jan 08 2011, 15:52:57\nZXR10 Router Operating System Software, ZTE Corporation\nZXR10 ROS Version V4.08.24',
    ],
    source: {
      title: 'NOC Project, ZTE.ZXR10.get_version test (sa/profiles/ZTE/ZXR10/tests/ZTE_ZXR10_8912_V2_8_02_C_43_P14_get_version_0001.py): show version software of a ZXR10 8912, captured in 2011',
      url: 'https://github.com/nocproject/noc/blob/master/sa/profiles/ZTE/ZXR10/tests/ZTE_ZXR10_8912_V2_8_02_C_43_P14_get_version_0001.py',
    },
  },
  {
    // ZXR10 switches of software V3 (5900, 8900 series): ZTE, the model, then the series its image serves.
    name: 'zte-switch-release-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['zte '],
    pattern: /^ZTE (?:ZXR10 )?(?<product>[\w-]+(?: STACK)?) Software, [\w&]+ Version: V(?<version>\d[\w.]*)/,
    examples: [
      'ZTE ZXR10 8905E Software, 8900&8900E Version: V3.01.01.B15, RELEASE SOFTWARE',
      'ZTE 5952E Software, 5900 Version: V3.00.11.B18,  RELEASE SOFTWARE',
      'ZTE 5950-56TM-H Software, 5900 Version: V3.00.11.B18,  RELEASE SOFTWARE',
      'ZTE ZXR10 5960 STACK Software, 5900 Version: V3.02.20.B32.P02, RELEASE SOFTWARE',
    ],
    source: OBSERVIUM_CE_ZTE,
  },
  {
    // ZTE's V5 platform (ROSNG): the product line and model, then "ZTE <line> Software Version:" on
    // M6000 and T8000 routers, 6800 switches, xGW packet gateways and the ZSR routers. The ZXA10 C600
    // series says it the same way and keeps its own pattern (zte-zxa10-c600-sysdescr).
    name: 'zte-zx-software-version-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp'],
    keywords: [', zte zx'],
    pattern: /^(?!ZXA10 C6\d\d[A-Z]?, )(?<product>ZX[A-Z0-9]+ [\w-]+), ZTE ZX[A-Z0-9]+ Software Version: /,
    examples: [
      'ZXR10 6802, ZTE ZXR10 Software Version: 6800v1.00.20R2(1.1.4)',
      'ZXR10 M6000-08, ZTE ZXR10 Software Version: M6000v1.00.30(1.0.76)',
      'ZXR10 T8000, ZTE ZXR10 Software Version: T8000v2.00.20(1.13.1)',
      'ZXR10 xGW-16, ZTE ZXR10 Software Version: ZXUN xGW(CL)V4.13.11.P10.B1(1.0.0)',
      'ZXUN xGW-16, ZTE ZXUN Software Version: ZXUN xGW(GUL)V4.14.20.P1.B3(4.1420.1)',
      'ZXR10 1800-2S, ZTE ZXR10 Software Version: ZSRV2 V3.00.30(1.2.2)',
    ],
    source: OBSERVIUM_CE_ZTE,
  },
  {
    // A sysDescr that is a ZTE product line and a model and nothing of the above: OLTs (ZXA10 F402,
    // F803), DSLAMs (ZXDSL 8426), ZXR10 3900 switches. The ZX line names (ZXR10, ZXA10, ZXDSL ...) are
    // ZTE's own; a model must follow, ended by a space or the end (the V5 form's comma is the
    // pattern above's).
    name: 'zte-product-line-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['zxr10 ', 'zxa10 ', 'zxdsl ', 'zxv10 ', 'zxpon ', 'zxun ', 'zxmp ', 'zxone ', 'zxuas '],
    pattern: /^(?<product>(?:ZXR10|ZXA10|ZXDSL|ZXV10|ZXPON|ZXUN|ZXMP|ZXONE|ZXUAS) [A-Za-z]{0,4}-?\d[\w-]*)(?=\s|$)/,
    examples: [
      'ZXA10 F402 Ethernet Passive Optical Network Access Device',
      'ZXA10 F803-8',
      'ZXDSL 8426',
      'ZXR10 3904 NOS 9.05',
      'ZXR10 3904 NOS 9.07p5.ospf2/DS-P6-068-E0',
    ],
    source: OBSERVIUM_CE_ZTE,
  },
  {
    // ZTE's ZXV10 wireless gateways give their firmware name, the model written into it or before it.
    name: 'zte-zxv10-firmware-sysdescr',
    manufacturer: 'zte',
    product: 'ZXV10 wireless gateway',
    protocols: ['snmp'],
    keywords: ['zxv10_'],
    pattern: /^(?:W\d{3,4}[A-Z]? )?ZXV10_(?:WLAN|W\d{3,4}[A-Z]?)_V\d/,
    examples: ['ZXV10_W901_V1.0.01Z', 'W660A ZXV10_WLAN_V1.1.00Z', 'W812 ZXV10_WLAN_V1.0.02_9A'],
    source: OBSERVIUM_CE_ZTE,
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
    // Later firmware (ZXHN H168N V3.5, H298A, F670L of 2015 on) says "ZTE web server" instead of
    // "Mini web server"; both name ZTE in the header itself.
    keywords: ['zte corp'],
    pattern: /^(?:Mini|ZTE) web server (?<version>\d+\.\d+) ZTE corp \d{4}\.?$/,
    examples: ['Mini web server 1.0 ZTE corp 2005.', 'ZTE web server 1.0 ZTE corp 2015.'],
    source: {
      title: 'WhatWeb plugin ZTE-IAD ("Mini web server ... ZTE corp 20xx", "also used by other ZTE devices"), and router write-ups quoting the Server header of ZTE ZXHN ONTs (Tenable plugin zte_web_shell_cmd, FOFA rule "中兴路由器")',
      url: 'https://github.com/urbanadventurer/WhatWeb/blob/master/plugins/zte-iad.rb',
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
  {
    name: 'zte-ont-telnet',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['telnet'],
    fields: ['greeting'],
    keywords: ['\n\rlogin:'],
    // ZTE's F6xx GPON ONTs (F612W, F660, F668, F670L ...) greet with their bare model, then a lone CR
    // before the prompt: the model and that line ending together, not the model alone.
    pattern: /^(?<product>F6\d{2}[A-Z]?)\r\n\rLogin:\s*$/,
    examples: ['F668\r\n\rLogin:', 'F612W\r\n\rLogin:'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    // The FTP server of ZTE's OX253P ADSL router greets with the model, then "FTP version 1.0 ready
    // at" and the date. The rest of the greeting is an embedded FTP server that DSL routers of other
    // makers run too (ZyXEL's P-660, Netgear's RP114, an ISP's own name in front): the model alone
    // names ZTE, so the pattern holds to it.
    name: 'zte-ox253p-ftp',
    manufacturer: 'zte',
    product: 'OX253P ADSL router',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['ox253p ftp version'],
    pattern: /^OX253P FTP version \d+\.\d+ ready at /,
    examples: ['OX253P FTP version 1.0 ready at Mon Dec 27 09:06:04 2010', 'OX253P FTP version 1.0 ready at Thu Aug 14 07:32:27 2014\r\n'],
    source: ZTAG('FtpZte.py'),
  },

  {
    // An ONT's GPON serial with ZTE's vendor ID ZTEG and eight hex digits, as a ZTE OLT lists the
    // ONTs waiting to be registered (`show gpon onu uncfg`) or another maker's OLT in ASCII codes
    // (5A544547...). The ID can be set on another maker's ONT (hack-gpon's _gpon/vendor.md, which
    // lists the IDs, explains how): low certainty.
    name: 'zte-gpon-serial',
    manufacturer: 'zte',
    product: 'GPON ONT',
    protocols: ['other'],
    fields: ['serial'],
    keywords: ['zteg', '5a544547'],
    pattern: /(?<![0-9A-Za-z-])(?:ZTEG-?[0-9A-Fa-f]{8}|5A544547[0-9A-Fa-f]{8})(?![0-9A-Za-z])/i,
    examples: ['ZTEGDA5918AC', 'gpon-olt_1/1/1   N/A    ZTEGDA5918AC   N/A        N/A'],
    certainty: 'low',
    source: {
      title: 'ZTE C320 V2.1 command reference, `show gpon onu uncfg` output example, in s4lfanet/go-api-c320 (docs/COMMAND_REFERENCE.md); vendor IDs as hack-gpon lists them (_gpon/vendor.md)',
      url: 'https://github.com/s4lfanet/go-api-c320/blob/main/docs/COMMAND_REFERENCE.md',
    },
  },
  {
    name: 'zte-zxa10-olt-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['copyright (c) by zte corporation'],
    // ZXA10 C300/C320/C600 OLTs: the chassis name, the software version, then ZTE's copyright.
    pattern: /^(?<product>C[3-6]\d\d) Version V(?<version>\d+(?:\.\d+)+) Software, Copyright \(c\) by ZTE Corporation/,
    examples: ['C320 Version V2.1.0 Software, Copyright (c) by ZTE Corporation Compiled'],
    source: LIBRENMS('zxa10.snmprec'),
  },
  {
    name: 'zte-zxa10-c600-sysdescr',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['zte zxa10 software'],
    // The ZXA10 C600 series (C600, C620, C650) gives the chassis, then ZTE's software name and version.
    pattern: /^ZXA10 (?<product>C6\d\d[A-Z]?), ZTE ZXA10 Software Version: V(?<version>\d+(?:\.\d+)+)/,
    examples: ['ZXA10 C620, ZTE ZXA10 Software Version: V1.2.2'],
    source: LIBRENMS('zxa10_c600.snmprec'),
  },

  {
    // ZXDSL access nodes (DSLAMs) answer with this line alone; LibreNMS's zxdsl definition takes
    // them by ZTE's sysObjectIDs (3902.1004 and 3902.1015), which the recorded device reports too.
    name: 'zte-access-node-agent-sysdescr',
    manufacturer: 'zte',
    product: 'ZXDSL access node',
    protocols: ['snmp'],
    keywords: ['zte access node agent'],
    pattern: /^ZTE ACCESS NODE AGENT$/,
    examples: ['ZTE ACCESS NODE AGENT'],
    source: LIBRENMS('zxdsl.snmprec'),
  },

  {
    name: 'zte-zxv10-realm',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="zxv10 '],
    pattern: /^(?:Basic|Digest) realm="(?<product>ZXV10 [A-Z]\d{3}[A-Z0-9]*)"/,
    examples: ['Basic realm="ZXV10 W300"'],
    source: {
      title: 'Greenbone feed, HTTP banner keys: WWW-Authenticate realm of the ZTE ZXV10 W300 ADSL router',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },

  {
    name: 'zte-web-server',
    manufacturer: 'zte',
    product: 'broadband router or ONT web server',
    protocols: ['http'],
    fields: ['server'],
    keywords: ['zte web server/'],
    pattern: /^ZTE Web Server\/(?<version>\d+(?:\.\d+)*)$/,
    examples: ['ZTE Web Server/1.0.0'],
    source: NMAP_PROBES,
  },
  {
    // ZTE's 4G/5G CPEs (MC801 and its kin) answer their web UI's login with GoAhead renamed after the
    // maker; their other answers keep the generic GoAhead-Webs, which names nobody.
    name: 'zte-webs-server',
    manufacturer: 'zte',
    product: '4G/5G CPE web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['zte-webs'],
    pattern: /^ZTE-Webs$/,
    examples: ['ZTE-Webs'],
    source: {
      title: 'ZTE MC801 unofficial API documentation on GitHub: the response to the web UI\u2019s LOGIN request, with "Server: ZTE-Webs"',
    },
  },
  {
    // ROSNG is the operating system of ZTE's routers (ZXR10, the ZSR enterprise routers); their web
    // server names it after the maker.
    name: 'zte-rosng-server',
    manufacturer: 'zte',
    product: 'router (ROSNG)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['zte/rosng'],
    pattern: /^ZTE\/ROSNG\b/,
    examples: ['ZTE/ROSNG'],
    source: {
      title: 'A Goby exploit definition for ZTE ZSR V2 routers (login.cgi default password, 2022), whose FOFA and Goby queries select the devices by the header "Server: ZTE/ROSNG"',
    },
  },
  {
    name: 'zte-upnp',
    manufacturer: 'zte',
    product: 'broadband router (MiniUPnPd)',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['zte/'],
    // MiniUPnPd announces the OS name the firmware gives it; ZTE's firmware gives its own name.
    pattern: /^ZTE\/\S+ UPnP\/\S+ miniupnpd\//i,
    examples: ['ZTE/1.0 UPnP/1.0 miniupnpd/1.0'],
    source: NMAP_PROBES,
  },
  {
    name: 'zte-mf-upnp',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['miniupnpd/'],
    // ZTE's MF mobile routers (MF60, MF283 ...) give MiniUPnPd their model as the OS name.
    pattern: /^(?<product>MF\d{2,3}[A-Z]?\+?)\/[\d.]+ UPnP\/[\d.]+ miniupnpd\/[\d.]+$/,
    examples: ['MF60/1.0 UPnP/1.0 miniupnpd/1.0'],
    source: NMAP_PROBES,
  },
  {
    name: 'zte-cpe-realm',
    manufacturer: 'zte',
    product: 'home gateway (TR-069 connection request)',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="cpe@zte.com"'],
    pattern: /realm="cpe@zte\.com"/,
    examples: ['Digest realm="cpe@zte.com", qop="auth", nonce="0a1b2c3d4e5f60718293a4b5c6d7e8f9", opaque="T3BhcXVlIHN0cmluZyBmb3IgQUNTIEF1dGhlbnRpY2F0aW9u", Algorithm="MD5"'],
    source: NMAP_PROBES,
  },
  {
    name: 'zte-cpe-server',
    manufacturer: 'zte',
    product: 'home gateway (ZXHN H220N and similar)',
    protocols: ['http'],
    fields: ['server'],
    certainty: 'low',
    keywords: ['cpe-server/'],
    // nmap ties this answer to the ZXHN H220N; the name is generic enough that another maker's CPE
    // could send it, hence low certainty.
    pattern: /^CPE-SERVER\/[\w.]+ Supports only GET$/,
    examples: ['CPE-SERVER/1.0 Supports only GET'],
    source: NMAP_PROBES,
  },
  {
    name: 'zte-telnet-welcome',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['telnet', 'ssh'],
    keywords: ['of zte corporation'],
    // ZXA10 OLTs ("ZXAN product") and the high-end ZXR10 switches greet with their model and ZTE's name.
    pattern: /Welcome to (?:ZXAN product )?(?<product>[A-Z][\w-]*)(?: Carrier-Class High-end Routing Switch)? of ZTE Corporation/,
    examples: [
      '************************************************\r\nWelcome to ZXAN product C300 of ZTE Corporation\r\n************************************************\r\n\r\nUsername:',
      '\r\n      *************************************************************************\r\n      Welcome to ZXR10 Carrier-Class High-end Routing Switch of ZTE Corporation',
    ],
    source: NMAP_PROBES,
  },
  {
    name: 'zte-zxdsl-telnet',
    manufacturer: 'zte',
    product: 'ZXDSL ADSL modem',
    protocols: ['telnet'],
    keywords: ['zte inc., software release', 'zte corporation, software release', 'welcome to zxdsl'],
    // ZXDSL is ZTE's name for its DSL modems; Greenbone keys on the welcome line alone (one space
    // before the model), nmap's capture has two and ZTE's release line after it.
    pattern: /\bZTE (?:Inc\.|Corporation), Software Release\b|\bWelcome to ZXDSL {1,2}\d{3}/,
    examples: [
      '                ===========================\r\n                  Welcome to ZXDSL  831CII\r\n                ===========================\r\n\r\nZTE Inc., Software Release ZXDSL 831CIIV2.2.1a_E06_IN\r\n\r\nLogin name: ',
      'Welcome to ZXDSL 831CII',
    ],
    source: {
      title: 'Nmap service probe database (captured ZXDSL 831CII banner); Greenbone feed, telnetserver_detect_type_nd_version.nasl ("Welcome to ZXDSL 831CII" marks ZTE ZXDSL 831CII)',
      url: 'https://github.com/nmap/nmap/blob/master/nmap-service-probes',
    },
  },
  {
    name: 'zte-family-title',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['http', 'upnp'],
    fields: ['title', 'friendly-name', 'model'],
    keywords: ['zxv10', 'zxdsl', 'zxa10'],
    // ZTE's other family names on gateways, DSL modems and ONTs title their pages like ZXHN does
    // (zte-zxhn-model). Realms and telnet greetings are left to zte-zxv10-realm and
    // zte-zxdsl-telnet, so one header counts once.
    pattern: /\b(?<product>(?:ZXV10|ZXDSL|ZXA10) ?[A-Z]{0,2}\d{2,4}[A-Z0-9]*)\b/,
    examples: ['ZXV10 H108L', 'ZXV10 W300', 'ZXDSL 931WII', 'ZXA10F460', 'ZXV10 MS90'],
    source: {
      title: 'Page titles of ZTE gateways, DSL modems and ONTs in public router-scanner fingerprint tables (<title>ZXV10 H108L</title>, <title>ZXDSL 931WII</title>, <title>ZXA10F460</title>) and a WhatWeb plugin for ZTE devices (<title>ZXV10 MS90)',
    },
  },
  {
    name: 'zte-ont-title',
    manufacturer: 'zte',
    product: 'product',
    protocols: ['http'],
    fields: ['title'],
    certainty: 'low',
    keywords: ['f4', 'f6'],
    // ZTE's F4xx/F6xx ONTs title their login page with the bare model (a WhatWeb scan of an F670L,
    // whose Server header was ZTE's Mini web server). A model of four or five characters alone is
    // short enough that another maker's page could carry it: a hint, as the bare model is in a
    // telnet greeting without ZTE's line ending.
    pattern: /^(?<product>F[46]\d{2,3}[A-Z]{0,2})$/,
    examples: ['F670L', 'F660', 'F460', 'F620G', 'F412'],
    source: {
      title: 'A WhatWeb report of a ZTE F670L published on GitHub (Title: F670L; HTTPServer: Mini web server 1.0 ZTE corp 2005.); public router-scanner fingerprint tables of ZTE page titles (<title>F412</title>, <title>F460</title>, <title>F620G</title>, <title>F660</title>)',
    },
  },
  {
    name: 'zte-zsrv2-title',
    manufacturer: 'zte',
    product: 'ZSRV2 router (web management)',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['zsrv2'],
    // ZTE's ZSRV2 routers title their web management page "ZSRV2路由器Web管理系统" ("ZSRV2 router web
    // management system"); the fingerprint that lists it also finds "ZTE Corporation. All Rights
    // Reserved." in the page. ZSRV2 is ZTE's product name: the title from its start up to the
    // router, so a page that only mentions the product elsewhere in its title claims nothing.
    pattern: /^ZSRV2路由器/,
    examples: ['ZSRV2路由器Web管理系统'],
    source: {
      title: 'kscan HTTP fingerprint database (lib/httpfinger/type-keywordFinger.go), rule "ZTE_ZSRV2_Router": title="ZSRV2路由器Web管理系统" && body="ZTE Corporation. All Rights Reserved."; the same rule in FOFA\'s 2014 rule list as other asset-mapping tools copied it',
      url: 'https://github.com/lcvvvv/kscan/blob/62fbd7b9fb4824568b80c8dee3e3d70aa167b880/lib/httpfinger/type-keywordFinger.go',
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
    // DS-2CD fixed cameras, DS-2DE/2DF PTZ, DS-2TD thermal, DS-7xxx/9xxx recorders (letters after
    // the digits: Epson's DS-7500 and DS-70000 scanners have none), DS-K access control.
    pattern: /\b(?<product>DS-(?:2CD|2DE|2DF|2TD|2CE|2XM|2XE|7[0-9]{3}(?=[A-Z])|9[0-9]{3}(?=[A-Z])|K1T|K2)[0-9A-Z]*(?:-[0-9A-Z()/]+)*)/,
    examples: ['DS-2CD2185FWD-I'],
    source: LIBRENMS('hikvision-cam.snmprec'),
  },

  {
    name: 'hikvision-sysdescr',
    manufacturer: 'hikvision',
    product: 'NVR / DVR (Hikvision SNMP agent)',
    protocols: ['snmp'],
    keywords: ['hikvision company products'],
    // Hikvision recorders answer with this fixed sysDescr and a sysObjectID under 1.3.6.1.4.1.50001,
    // which is not Hikvision's IANA number (39165): the sysDescr is what names the maker.
    pattern: /^Hikvision company products$/,
    examples: ['Hikvision company products'],
    source: LIBRENMS('hikvision-nvr.snmprec'),
  },
  {
    name: 'hikvision-telnet-default-host',
    manufacturer: 'hikvision',
    product: 'IP camera or recorder (factory host name)',
    protocols: ['telnet'],
    fields: ['greeting'],
    keywords: ['192.0.0.64 login', 'dvrdvs login'],
    // 192.0.0.64 is the factory address of Hikvision cameras and recorders, and their firmware uses
    // it as the host name in the login prompt. The recorders' firmware names the host "dvrdvs"
    // (its /etc/rcS.d/S70hostname), so a DVR or NVR whose telnet service is on greets with
    // "dvrdvs login:". Either name must be the whole prompt.
    pattern: /^(?:192\.0\.0\.64|dvrdvs) login:\s*$/,
    examples: ['192.0.0.64 login:', 'dvrdvs login:'],
    source: {
      title:
        'Rapid7 Recog xml/telnet_banners.xml (192.0.0.64 login:); Team ENVY, BoB 12th NVR vulnerability analysis, Hikvision file system analysis report (LOURC0D3/ENVY-gitbook, hikvsion-report/file-system-analysis-report.md: "/etc/rcS.d/S70hostname ... sets the host name of the appliance to dvrdvs"), and the Hikvision telnet exploit of MDSec\'s BSidesMCR talk, which waits for "dvrdvs login:" once it has turned telnetd on',
      url: 'https://github.com/LOURC0D3/ENVY-gitbook/blob/main/hikvsion-report/file-system-analysis-report.md',
    },
  },

  {
    name: 'hikvision-realm',
    manufacturer: 'hikvision',
    product: 'IP camera or recorder',
    protocols: ['rtsp', 'http'],
    fields: ['www-authenticate'],
    keywords: ['realm="hikvision"'],
    pattern: /realm="Hikvision"/,
    examples: ['Digest realm="Hikvision", nonce="0a1b2c3d4e5f60718293a4b5c6d7e8f9", stale="FALSE"'],
    source: NMAP_PROBES,
  },
  {
    // The realm of Hikvision recorders and of cameras before firmware 5.x, on ISAPI and PSIA: DVR,
    // NVR and DVS run together, Hikvision's own word for its recorders and video servers (their web
    // servers are DNVRS-Webs and DVRDVS-Webs).
    name: 'hikvision-dvrnvrdvs-realm',
    manufacturer: 'hikvision',
    product: 'recorder or IP camera',
    protocols: ['rtsp', 'http'],
    fields: ['www-authenticate'],
    keywords: ['realm="dvrnvrdvs"'],
    pattern: /realm="DVRNVRDVS"/,
    examples: [
      'Digest realm="DVRNVRDVS", domain="::", qop="auth", nonce="16c2671a88d919b48d011bfe56765a0e:1540569274326", opaque="", algorithm="MD5", stale="FALSE"',
      'Basic realm="DVRNVRDVS"',
    ],
    source: GREENBONE('gb_hikvision_ip_camera_default_credentials.nasl', 'the WWW-Authenticate headers of Hikvision devices quoted in comments of the script'),
  },
  {
    name: 'hikvision-ip-camera-realm',
    manufacturer: 'hikvision',
    product: 'IP camera, recorder or intercom (firmware 5.x and later)',
    protocols: ['rtsp', 'http'],
    fields: ['www-authenticate'],
    keywords: ['realm="ip camera('],
    // Hikvision's firmware since 5.x no longer says "Hikvision" in its challenge: the realm is "IP Camera" and a short
    // code of the device in parentheses (C2183, L4906, 21388), on the ISAPI web service and the RTSP server alike. The
    // code must hold a digit, so a realm that only names a product ("IP Camera(Front)") claims nothing.
    pattern: /realm="IP Camera\((?=[0-9A-Za-z]*\d)[0-9A-Za-z]{4,12}\)"/,
    examples: [
      'Digest qop="auth", realm="IP Camera(C2183)", nonce="4e5468694e7a42694e7a4d364f4449354d7a6b354d54513d", stale="FALSE"',
      'Basic realm="IP Camera(L4906)"',
    ],
    source: {
      title:
        'Hikvision ISAPI Developer Guide, Arming without Subscription: the 401 a device answers GET /ISAPI/Event/notification/alertStream with (WWW-Authenticate: Digest qop="auth", realm="IP Camera(C2183)"); and a camera on Hikvision\'s RTSP path /Streaming/channels/101 challenging with Basic realm="IP Camera(L4906)" (blakeblackshear/frigate issue #9006)',
      url: 'https://github.com/blakeblackshear/frigate/issues/9006',
    },
  },
  {
    name: 'hikvision-sip-user-agent',
    manufacturer: 'hikvision',
    product: 'camera, recorder or video platform (GB28181 SIP signalling)',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['hikvision'],
    // Hikvision devices that register to a GB28181 platform (the Chinese video-surveillance standard
    // carried over SIP) send the bare maker name as User-Agent; anchored whole, so a softphone or
    // a gateway that merely mentions Hikvision claims nothing.
    pattern: /^Hikvision$/,
    examples: ['Hikvision'],
    source: {
      title: 'GB28181 SIP signalling capture (REGISTER, 401 with realm "hik", MESSAGE keepalive and catalog query) of a Hikvision device and platform, published as notes on the GB28181 protocol',
    },
  },
  {
    name: 'hikvision-rtsp-user-agent',
    manufacturer: 'hikvision',
    product: 'recorder or video intercom indoor station (RTSP client)',
    protocols: ['rtsp'],
    fields: ['user-agent'],
    keywords: ['hikvision player'],
    // The RTSP client of Hikvision recorders and indoor stations, seen when an indoor station pulls
    // the live view of its door station: a capture of the traffic names the maker of the caller.
    pattern: /^HIKVISION player\b/,
    examples: ['HIKVISION player NVR'],
    source: {
      title: 'Wireshark capture of a Hikvision indoor station requesting the live view of a DS-KV door station (pergolafabio/Hikvision-Addons issue #162)',
      url: 'https://github.com/pergolafabio/Hikvision-Addons/issues/162',
    },
  },
  {
    // Hikvision's RTSP server sends no Server header of its own name; it names itself in the SDP
    // its cameras and recorders answer DESCRIBE with, as the session name and its description
    // ("s=HIK Media Server V5.03.010", "i=HIK Media Server Session Description : standard"), and
    // as the title of the streams it pushes over RTMP. The version is of the media server, not of
    // the device's firmware. A line that names it with another word before "Media Server" (a
    // player's own server) claims nothing.
    name: 'hikvision-media-server',
    manufacturer: 'hikvision',
    product: 'IP camera or recorder (HIK Media Server, the RTSP stream description)',
    protocols: ['rtsp', 'other'],
    keywords: ['hik media server'],
    pattern: /(?<=^|[\s=:'"])HIK Media Server(?: V(?<version>\d+\.\d+(?:\.\d+)?)| Session Description\b)/m,
    examples: [
      'v=0\r\no=- 1109162014219182 0 IN IP4 0.0.0.0\r\ns=HIK Media Server V5.03.010\r\ni=HIK Media Server Session Description : standard\r\ne=NONE\r\nc=IN IP4 0.0.0.0\r\nb=AS:2080\r\nt=0 0\r\na=control:*\r\na=range:npt=now-\r\n',
      's=HIK Media Server V3.1.3',
      'i=HIK Media Server Session Description : standard',
    ],
    source: {
      title:
        'The SDP a Hikvision camera answered DESCRIBE with, pasted in bluenviron/mediacommon issue #144 (s=HIK Media Server V5.03.010), and the one of bluenviron/mediamtx issue #227 (s=HIK Media Server V3.1.3) that gortsplib keeps as a test of its SDP reader',
      url: 'https://github.com/bluenviron/mediacommon/issues/144',
    },
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
    name: 'dahua-rtsp-realm',
    manufacturer: 'dahua',
    product: 'IP camera or recorder (Dahua RTSP stack)',
    protocols: ['rtsp'],
    fields: ['www-authenticate'],
    keywords: ['realm="dahuartsp"'],
    // Dahua's RTSP stack names its maker in the realm it challenges with (its Server header then
    // says only "Rtsp Server/2.0", the hint dahua-rtsp-server-3 reads).
    pattern: /realm="DahuaRtsp"/i,
    examples: ['Basic realm="DahuaRtsp"'],
    source: GREENBONE('gb_rtsp_os_detection.nasl', 'the RTSP WWW-Authenticate header of Dahua devices quoted in a comment of the script'),
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

  {
    name: 'dahua-dh-mac-realm',
    manufacturer: 'dahua',
    product: 'IP camera or recorder (HTTP API)',
    protocols: ['http', 'rtsp'],
    fields: ['www-authenticate'],
    keywords: ['realm="dh_'],
    // The HTTP API of Dahua cameras and recorders names its digest realm "DH_" and the device's
    // 12-digit MAC address.
    pattern: /realm="DH_[0-9A-Fa-f]{12}"/,
    examples: ['Digest realm="DH_00408CA5EA04", nonce="000562fdY631973ef04f77a3ede7c1832ff48720ef95ad", stale=FALSE, qop="auth"'],
    source: {
      title: 'Dahua HTTP API for IPC, DVR and NVR, section 3.2 Authentication: the 401 answer of a camera (quoted in public integration notes and forum posts)',
      url: 'https://www.ipcamtalk.com/threads/direct-snapshot-link-for-web-page.16465/post-153083',
    },
  },

  {
    name: 'dahua-model-sysdescr',
    manufacturer: 'dahua',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['dh-nvr', 'dh-xvr', 'dh-hcvr', 'dh-ipc', 'dh-sd', 'dh-ptz'],
    // Dahua firmware reports the bare model as sysDescr (and 1.3.6.1.4.1.1004849 as sysObjectID).
    pattern: /^(?<product>DH-(?:NVR|XVR|HCVR|IPC|SD|PTZ)[0-9A-Z]+(?:-[0-9A-Z]+)*)$/,
    examples: ['DH-NVR4108HS-8P-4KS2'],
    source: LIBRENMS('dahua-nvr.snmprec'),
  },
  {
    name: 'dahua-sip-user-agent',
    manufacturer: 'dahua',
    product: 'video intercom door station (VTO) or indoor monitor',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['dahua uac/'],
    // Dahua VTO door stations register to a SIP server (their own VTH monitors, Asterisk, a home
    // automation bridge) as "Dahua UAC" and a stack version.
    pattern: /^Dahua UAC\/(?<version>V?\d+(?:\.\d+)*)$/,
    examples: ['Dahua UAC/3.0'],
    source: {
      title: 'User report of a Dahua VTO2111D-P-S2 door station, firmware V4.700.0.3, registering over SIP (n-IA-hane/esphome-intercom issue #85: "User-Agent: Dahua UAC/3.0")',
      url: 'https://github.com/n-IA-hane/esphome-intercom/issues/85',
    },
  },
  {
    // nmap -sV's names for Dahua cameras' RTSP server ("Server: Dahua Rtsp Server") and web UI.
    name: 'dahua-scanner-product',
    manufacturer: 'dahua',
    product: 'IP camera',
    fields: ['product'],
    keywords: ['dahua '],
    pattern: /^Dahua (?:IP camera rtspd|webcam httpd)\b/,
    examples: ['Dahua IP camera rtspd', 'Dahua webcam httpd'],
    source: NMAP_PROBES,
  },

  // ---------------------------------------------------------------- Cisco
  {
    // The certificates Cisco's software makes for itself when none is installed: IOS names its
    // self-signed one after the trustpoint's number (CN=IOS-Self-Signed-Certificate-<n>, as nmap's
    // ssl-cert and Recog print the subject), an ASA its temporary one. Their names are Cisco's own.
    name: 'cisco-self-signed-certificate',
    manufacturer: 'cisco',
    product: 'IOS or ASA self-signed certificate',
    keywords: ['ios-self-signed-certificate-', 'asa temporary self signed certificate'],
    pattern: /(?<![\w-])(?:IOS-Self-Signed-Certificate-\d{4,12}(?!\w)|ASA Temporary Self Signed Certificate\b)/i,
    examples: ['CN=IOS-Self-Signed-Certificate-4163115936', 'CN=ASA Temporary Self Signed Certificate'],
    source: RECOG('x509_subjects.xml'),
  },
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
    // IOS XE 16 and later open `show version` with this line, before the "Cisco IOS Software [...]"
    // line the sysDescr is made of; the product is read from that second line.
    name: 'cisco-ios-xe-show-version',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['cisco ios xe software, version'],
    pattern: /^Cisco IOS XE Software, Version (?<version>\S+)[ \t]*\r?\nCisco IOS Software(?: \[[^\]\r\n]+\])?, (?<product>[^,()\r\n]+?) Software/m,
    examples: [
      'Cisco IOS XE Software, Version 16.12.04\nCisco IOS Software [Gibraltar], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 16.12.4, RELEASE SOFTWARE (fc5)\nTechnical Support: http://www.cisco.com/techsupport\nCopyright (c) 1986-2020 by Cisco Systems, Inc.\nCompiled Thu 09-Jul-20 21:49 by mcpre',
      'Cisco IOS XE Software, Version V169_5_SR689355441_2\nCisco IOS Software [Fuji], ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 16.9.5, CUST-SPECIAL:V169_5_SR689355441_2\nThis software is supported for a limited time under special agreement with Cisco Systems, Inc. SR689355441_2\nCopyright (c) 1986-2020 by Cisco Systems, Inc.',
    ],
    source: NTC('tests/cisco_ios/show_version', '`show version` of a Catalyst 9500 and of an ISR on a special build'),
  },
  {
    // RANCID (lib/ios.pm) and Oxidized (its ios model) copy IOS's software line above a saved
    // configuration as `!Image: Software: <image>, <version>, ...`; RANCID writes it only from a
    // line of show version that reads `[Cisco ]IOS ... Software (<image>), ... Version <version>`.
    name: 'cisco-ios-configuration-image',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: ['release software (fc'],
    pattern: /^! ?Image: (?:Slave: )?Software: (?<product>[A-Za-z0-9_-]+), (?<version>\d+\.\d+[\w.()]*), RELEASE SOFTWARE \(fc\d+\)/,
    examples: ['! Image: Software: CAT9K_LITE_IOSXE, 17.9.4a, RELEASE SOFTWARE (fc3)'],
    source: OXIDIZED('ios#C9200L-24P-4G_17.09.04a#output.txt', 'the configuration of a Catalyst C9200L-24P-4G on IOS XE 17.9.4a'),
  },
  {
    // RANCID's first line: the device type the operator gave it in router.db. `cisco` is "a Cisco
    // router, PIX, or switch ... running IOS (or IOS-like) OS" (router.db(5)): other makers'
    // IOS-like switches are collected as `cisco` too, so the type is a hint, never proof.
    name: 'cisco-rancid-content-type',
    manufacturer: 'cisco',
    product: 'RANCID device type',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: ['rancid-content-type: cisco'],
    pattern: /^!RANCID-CONTENT-TYPE: cisco(?:-nx|-xr)?\s*$/,
    certainty: 'low',
    examples: ['!RANCID-CONTENT-TYPE: cisco'],
    source: RANCID('lib/ios.pm.in', 'the first line of a saved file, "!RANCID-CONTENT-TYPE: $devtype"'),
  },
  {
    name: 'cisco-ios-legacy-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['cisco internetwork operating system'],
    // Inventories that flatten the text lose the line break before "IOS (tm)" (FusionInventory's
    // dictionary holds "SoftwareIOS (tm)"), or show the carriage return as "^M". A router booted
    // into its boot image says "Bootstrap Software" (an AS2511's show version in genieparser's
    // iosxe ShowVersion golden_output_ios_1_output.txt).
    pattern: /^Cisco Internetwork Operating System Software(?:\s|\^M)*IOS \(tm\) (?<product>\S+) (?:Bootstrap )?Software \([^)]*\), Version (?<version>[^,\s]+)/,
    examples: [
      'Cisco Internetwork Operating System Software \r\nIOS (tm) C2600 Software (C2600-IK9O3S3-M), Version 12.3(26), RELEASE SOFTWARE (fc2)',
      'Cisco Internetwork Operating System SoftwareIOS (tm) C3500XL Software (C3500XL-C3H2S-M), Version 12.0(5)WC17, RELEASE SOFTWARE (fc1)',
      'Cisco Internetwork Operating System Software ^MIOS (tm) 3600 Software (C3620-I-M), Version 12.0(9), RELEASE SOFTWARE (fc1)',
      'Cisco Internetwork Operating System Software \nIOS (tm) 3000 Bootstrap Software (IGS-BOOT-R), Version 11.0(10c)XB1, PLATFORM SPECIFIC RELEASE SOFTWARE (fc1)',
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
    // `show version` of IOS XR names the release alone on its first line (after the time the command
    // ran); the sysDescr puts the platform in parentheses (cisco-ios-xr-sysdescr).
    name: 'cisco-ios-xr-show-version',
    manufacturer: 'cisco',
    product: 'IOS XR router',
    protocols: ['snmp', 'other'],
    keywords: ['cisco ios xr software, version'],
    pattern: /^Cisco IOS XR Software, Version (?<version>\d+\.\d+\.\d+\w*)(?:\[[^\]\r\n]*\])?\s*\r?\nCopyright \(c\) [^\r\n]*Cisco Systems/m,
    examples: [
      'Wed Mar 14 12:31:28.607 UTC\n\nCisco IOS XR Software, Version 6.1.4\nCopyright (c) 2013-2016 by Cisco Systems, Inc.\n\nBuild Information:\n Built By     : ahoang\n Built On     : Thu Jun 29 15:31:09 PDT 2017',
      'Cisco IOS XR Software, Version 4.1.0[Default]\nCopyright (c) 2010 by Cisco Systems, Inc.\n\n \nROM: System Bootstrap, Version 2.100(20100129:213223) [CRS-1 ROMMON],  ',
    ],
    source: NTC('tests/cisco_xr/show_version', '`show version` of an NCS 5500 and a CRS-8'),
  },
  {
    name: 'cisco-nx-os-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['cisco nx-os'],
    // The product is the platform (n9000) or, on NX-OS 7 and later, the image file (nxos.9.3.5.bin).
    pattern: /^Cisco NX-OS\(tm\) (?<product>[\w .-]+?), Software \([^)]*\), Version (?<version>[^,\s]+)/,
    examples: [
      'Cisco NX-OS(tm) n9000, Software (n9000-dk9), Version 6.1(2)I2(2b), RELEASE SOFTWARE Copyright (c) 2002-2013 by Cisco Systems, Inc. Compiled 8/7/2014 15:00:00',
      'Cisco NX-OS(tm) n5000, Software (n5000-uk9), Version 5.2(1)N1(5), RELEASE SOFTWARE Copyright (c) 2002-2011 by Cisco Systems, Inc. Device Manager Version 6.1(1),  Compi',
      'Cisco NX-OS(tm) Nexus9000 C93240YC-FX2, Software (NXOS 64-bit), Version 10.2(5)',
      'Cisco NX-OS(tm) nxos.7.0.3.I2.3.bin, Software (nxos), Version 7.0(3)I2(3), RELEASE SOFTWARE Copyright (c) 2002-2013 by Cisco Systems, Inc. Compiled 3/19/2016 22:00:00',
      'Cisco NX-OS(tm) nxos.9.3.5.bin, Software (nxos), Version 9.3(5), RELEASE SOFTWARE Copyright (c) 2002-2020 by Cisco Systems, Inc. Compiled 7/20/2020 20:00:00',
    ],
    source: {
      title: 'NX-OS sysDescr values quoted in public SNMP parsers and inventory test data (a PHP sysDescr parser, GLPI inventory tests, a Nexus sysObjectID table)',
    },
  },
  {
    // NX-OS opens `show version` with this line, and Nexus switches send it (with the release after it)
    // as the LLDP and CDP system description; a scanner that logs in keeps it as the greeting. IOS and
    // IOS XR say "Cisco IOS Software" there, so only the Nexus line is claimed.
    name: 'cisco-nx-os-show-version',
    manufacturer: 'cisco',
    product: 'Nexus switch (NX-OS)',
    protocols: ['telnet', 'ssh', 'other', 'snmp'],
    keywords: ['cisco nexus operating system (nx-os) software'],
    pattern: /^[ \t]*Cisco Nexus Operating System \(NX-OS\) Software\b/m,
    examples: [
      'Cisco Nexus Operating System (NX-OS) Software\nTAC support: http://www.cisco.com/tac\nDocuments: http://www.cisco.com/en/US/products/ps9372/tsd_products_support_series_home.html\nCopyright (c) 2002-2015, Cisco Systems, Inc. All rights reserved.',
      'Cisco Nexus Operating System (NX-OS) Software\nTAC support: http://www.cisco.com/tac\nCopyright (C) 2002-2019, Cisco and/or its affiliates.\nAll rights reserved.',
    ],
    source: {
      title: 'NTC Templates test data, `show version` captured from Nexus 5000 and 9000 switches (tests/cisco_nxos/show_version); the same header in the pyATS Genie NX-OS show version parser tests',
      url: 'https://github.com/networktocode/ntc-templates/tree/master/tests/cisco_nxos/show_version',
    },
  },
  {
    // Nexus 3000 and 5000 switches open a telnet session with their series before the login prompt.
    name: 'cisco-nexus-telnet',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['telnet', 'other'],
    keywords: ['nexus '],
    pattern: /^\s*(?<product>Nexus \d{4}) Switch\b/,
    examples: ['Nexus 5000 Switch', 'Nexus 3000 Switch'],
    source: GREENBONE('sw_telnet_os_detection.nasl', 'telnet banners of Nexus switches quoted in the script'),
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
    name: 'cisco-wlc-ssh',
    manufacturer: 'cisco',
    product: 'Wireless LAN Controller SSH server',
    protocols: ['ssh'],
    keywords: ['-cisco_wlc'],
    pattern: /^SSH-(?:2\.0|1\.99)-CISCO_WLC\s*$/,
    examples: ['SSH-2.0-CISCO_WLC'],
    source: RECOG('ssh_banners.xml'),
  },
  {
    // `show sysinfo` of an AireOS wireless LAN controller names the maker and the product first.
    name: 'cisco-wlc-show-sysinfo',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['cisco systems inc.'],
    pattern: /^Manufacturer's Name\.+ Cisco Systems Inc\.\s*\r?\nProduct Name\.+ (?<product>Cisco [^\r\n]+?)\s*$/m,
    examples: [
      "\nManufacturer's Name.............................. Cisco Systems Inc.\nProduct Name..................................... Cisco Controller\nProduct Version.................................. 7.4.110.0\nBootloader Version............................... 1.0.16",
    ],
    source: NTC('tests/cisco_wlc_ssh/show_sysinfo', '`show sysinfo` of an AireOS 7.4 controller'),
  },
  {
    name: 'cisco-asa-webvpn-server',
    manufacturer: 'cisco',
    product: 'ASA WebVPN portal',
    protocols: ['http'],
    fields: ['server'],
    keywords: ['cisco aware '],
    pattern: /^Cisco AWARE (?<version>\d+\.\d+)$/,
    examples: ['Cisco AWARE 2.0'],
    source: {
      title: 'OS fingerprinting by HTTP banner in public NASL plugins: "Server: Cisco AWARE 2.0" with a webvpn cookie is a Cisco ASA',
    },
  },
  {
    // The DHCP vendor class (option 60) of Cisco's IP phones, wireless phones and access points:
    // Cisco's company name with the phone model, or "Cisco AP" with the access point's model.
    name: 'cisco-dhcp-vendor-class',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['other'],
    keywords: ['cisco '],
    pattern:
      /^(?:Cisco Systems,? Inc\. |Cisco )(?<product>Wireless Phone \d{4}G?|IP Phone CP-?\d{4}(?:G|G-GE|NR)?|AP [cC]\d{3,4}[a-zA-Z]{0,2}|AP80[123]|AIR-CTVM-K9)\s*$/i,
    examples: [
      'Cisco Systems Inc. Wireless Phone 7920',
      'Cisco Systems Inc. Wireless Phone 7925G',
      'Cisco systems, Inc. IP Phone CP3911',
      'Cisco Systems, Inc. IP Phone CP-6921',
      'Cisco Systems, Inc. IP Phone CP-7941G-GE',
      'Cisco Systems, Inc. IP Phone CP-8865NR',
      'Cisco AP c1840i',
      'Cisco AP C9120AX',
      'Cisco AP801',
      'Cisco AIR-CTVM-K9',
    ],
    source: RECOG('dhcp_vendor_class.xml'),
  },
  {
    name: 'cisco-sip-user-agent',
    manufacturer: 'cisco',
    product: 'IOS SIP gateway (CUBE) or Unified Communications Manager',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['cisco-sipgateway/ios-', 'cisco-cucm'],
    pattern: /^Cisco-(?:SIPGateway\/IOS-(?<version>\d+\.[\w.()]+)|CUCM\d+(?:\.\d+)*)$/,
    examples: ['Cisco-SIPGateway/IOS-12.x', 'Cisco-SIPGateway/IOS-17.6.5', 'Cisco-CUCM11.5', 'Cisco-CUCM9.1', 'Cisco-CUCM7.0'],
    source: {
      title: 'SIP User-Agent and Server headers of Cisco IOS gateways and CUCM in published SIP traces (Cisco troubleshooting notes, Wireshark captures, SIP stack tests)',
    },
  },
  {
    // Cisco's IP phones (7800, 8800, 7900, 8900 series) name their model after "Cisco-CP" and their
    // firmware after a slash; a phone on third-party call control firmware (3PCC, for other SIP
    // servers than Cisco's) writes "Cisco-CP-<model>-3PCC" and its MAC in brackets. Their User-Agent
    // was unread: only the word "Cisco" in it, a weak hint.
    name: 'cisco-ip-phone-sip-user-agent',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['cisco-cp'],
    pattern: /^Cisco-CP-?(?<product>\d{4}[A-Z]{0,3}(?:-3PCC)?)\/(?<version>\d+(?:\.\d+){0,4})(?: \([0-9a-fA-F]{12}\))?$/,
    examples: [
      'Cisco-CP7960G/8.0', 'Cisco-CP7821/10.3.1', 'Cisco-CP7861/12.1.1', 'Cisco-CP8841/12.6.1', 'Cisco-CP8845/14.2',
      'Cisco-CP8865NR/14.2.1', 'Cisco-CP8961/9.4.2', 'Cisco-CP-8841-3PCC/11.0 (00562b043615)',
    ],
    source: {
      title: 'User-Agent lines of Cisco IP phones in SIP traces that public projects quote (SIP stack tests, CUCM troubleshooting captures) and in Cisco\'s 3PCC provisioning guide ("User-Agent: Cisco-CP-8841-3PCC/11.0 (00562b043615)": the product, its firmware version and its serial)',
    },
  },
  {
    name: 'cisco-spa-sip-server',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['sip'],
    fields: ['server', 'user-agent'],
    keywords: ['cisco/spa', 'cisco/srp'],
    // Small Business SPA phones and adapters and SRP routers (the Linksys line Cisco took over).
    pattern: /^Cisco\/(?<product>SPA\d{3}[DG]?\d?|SRP\d{3})-(?<version>\d[\w.]*)/,
    examples: ['Cisco/SPA112-1.4.1SR1(002)d-hisec', 'Cisco/SPA122-1.3.2-XU(014)', 'Cisco/SPA504G-7.5.2', 'Cisco/SPA525G2-7.6.1', 'Cisco/SRP541-1.2.6(003)'],
    source: RECOG('sip_banners.xml'),
  },
  {
    name: 'cisco-tandberg-sip-server',
    manufacturer: 'cisco',
    product: 'TelePresence endpoint or VCS (TANDBERG, part of Cisco since 2010)',
    protocols: ['sip'],
    fields: ['server', 'user-agent'],
    keywords: ['tandberg/'],
    pattern: /^TANDBERG\/\d+ \((?<version>[A-Za-z]+\d+(?:\.\d+)+)/,
    examples: ['TANDBERG/4130 (X8.2.1)', 'TANDBERG/516 (TC5.1.4.295090)', 'TANDBERG/4353 (XC2.2.1-b2bua-1.0)'],
    source: RECOG('sip_banners.xml'),
  },
  {
    name: 'cisco-telepresence-ftp',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['ftp'],
    keywords: ['telepresence '],
    pattern: /^Welcome to the (?:Cisco )?Tele[Pp]resence (?<product>[A-Za-z ]{2,20}?(?:MSE )?\d{4}), version (?<version>\d+\.\d+\(\d+\.\d+\))/,
    examples: [
      'Welcome to the Cisco TelePresence MCU 4210, version 4.3(2.18) ',
      'Welcome to the Cisco TelePresence MCU MSE 8420, version 4.3(1.68) ',
      'Welcome to the Telepresence Server 7010, version 2.1(1.18) ',
    ],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'cisco-ios-telnet',
    manufacturer: 'cisco',
    product: 'IOS login prompt',
    protocols: ['telnet'],
    // IOS greets with "User Access Verification"; IOS look-alike CLIs of other makers copy it, so it
    // counts little. Quagga and FRR print it too, after their own "Hello, this is Quagga" line.
    certainty: 'low',
    keywords: ['user access verification'],
    pattern: /^\s*User Access Verification\s+(?:Username|Password):\s*$/,
    examples: ['\r\n\r\nUser Access Verification\r\n\r\nUsername: ', '\r\n\r\nUser Access Verification\r\n\r\nPassword: '],
    source: NMAP_PROBES,
  },
  {
    name: 'cisco-wlc-telnet',
    manufacturer: 'cisco',
    product: 'Wireless LAN Controller (AireOS)',
    protocols: ['telnet'],
    keywords: ['(cisco controller)'],
    // AireOS prompts with "(Cisco Controller)" and "User:", and refuses a raw TCP session on the same line.
    pattern: /^\s*\(Cisco Controller\)\s*\r?\n\s*User:/,
    examples: ['(Cisco Controller)\nUser: Raw mode will not be supported, Closing connection.', '(Cisco Controller)\nUser:'],
    source: GREENBONE('telnetserver_detect_type_nd_version.nasl', 'Telnet banners of Cisco Wireless LAN Controllers quoted in the script'),
  },
  {
    name: 'cisco-ios-telnet-no-password',
    manufacturer: 'cisco',
    product: 'IOS telnet server (no line password set)',
    protocols: ['telnet'],
    // IOS refuses a vty without a password in these words, and times a login prompt out with the
    // second; look-alike CLIs may copy IOS's wording, so both count little.
    certainty: 'low',
    keywords: ['password required, but none set', 'username:  timeout expired'],
    pattern: /^\s*(?:Password required, but none set|% Username:  timeout expired!)\s*$/,
    examples: ['Password required, but none set', '% Username:  timeout expired!'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'cisco-telnet-console',
    manufacturer: 'cisco',
    product: 'Catalyst 1900 console or IOS router with Cisco Configuration Professional',
    protocols: ['telnet'],
    keywords: ['catalyst 1900 management console', 'cisco configuration professional (cisco cp) is installed'],
    // The Catalyst 1900 ran its own firmware, not IOS, and names itself and Cisco in its greeting;
    // IOS routers set up with Cisco CP print its one-time-login notice before the prompt.
    pattern: /^\s*(?:Catalyst 1900 Management Console\r?\nCopyright \(c\) Cisco Systems|(?:% Password expiration warning\.\r?\n)?-+\r?\nCisco Configuration Professional \(Cisco CP\) is installed on this device)/,
    examples: [
      'Catalyst 1900 Management Console\r\nCopyright (c) Cisco Systems, Inc.  1993-1998\r\nAll rights reserved.\r\nEnterprise Edition Software\r\nEthernet Address:      00-AA-19-38-AA-00\r\n',
      '-----------------------------------------------------------------------\r\nCisco Configuration Professional (Cisco CP) is installed on this device. \r\nThis feature requires the one-time use of the username',
    ],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'cisco-cimc-telnet',
    manufacturer: 'cisco',
    product: 'UCS server Integrated Management Controller (CIMC)',
    protocols: ['telnet'],
    keywords: ['cimc debug firmware utility shell'],
    // CIMC is the management controller of Cisco's UCS servers; its debug shell names it before
    // the login prompt, which carries the host name the owner chose.
    pattern: /^\s*CIMC Debug Firmware Utility Shell\s*\r?\n/,
    examples: ['CIMC Debug Firmware Utility Shell\nfake-ucs-device-3-1-p login: \n'],
    source: RECOG('telnet_banners.xml'),
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

  {
    name: 'cisco-ios-http-server',
    manufacturer: 'cisco',
    product: 'IOS HTTP server',
    protocols: ['http'],
    fields: ['server'],
    keywords: ['cisco-ios'],
    pattern: /^\s*cisco-IOS\b/,
    examples: ['cisco-IOS'],
    source: {
      title: 'WhatWeb plugin Cisco-IOS: the HTTP Server header "cisco-IOS" (284,567 hosts on Shodan in 2010)',
      url: 'https://github.com/urbanadventurer/WhatWeb/blob/master/plugins/Cisco-IOS.rb',
    },
  },

  {
    name: 'cisco-asa-sysdescr',
    manufacturer: 'cisco',
    product: 'Adaptive Security Appliance (ASA)',
    protocols: ['snmp'],
    keywords: ['cisco adaptive security appliance'],
    // Some ASA releases answer with the product name alone, without the version (LibreNMS asa.snmprec).
    pattern: /^Cisco Adaptive Security Appliance(?:$| Version (?<version>\d+\.\d+\(\d+\)\d*))/,
    examples: [
      'Cisco Adaptive Security Appliance Version 8.0(2)',
      'Cisco Adaptive Security Appliance Version 7.2(1)4',
      'Cisco Adaptive Security Appliance Version 7.2(4)17',
      'Cisco Adaptive Security Appliance',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // `show version` of an ASA names the software before its version, where the sysDescr says
    // "Version" alone (cisco-asa-sysdescr); the captured output starts with an empty line.
    name: 'cisco-asa-show-version',
    manufacturer: 'cisco',
    product: 'Adaptive Security Appliance (ASA)',
    protocols: ['snmp', 'other'],
    keywords: ['cisco adaptive security appliance software version'],
    pattern: /^Cisco Adaptive Security Appliance Software Version (?<version>\d+\.\d+\(\d+\)\d*)/m,
    examples: [
      '\nCisco Adaptive Security Appliance Software Version 9.9(2)32 \nFirepower Extensible Operating System Version 2.3(1.121)\nDevice Manager Version 7.9(1)151\n\nCompiled on Mon 05-Nov-18 13:32 PST by builders',
    ],
    source: NTC('tests/cisco_asa/show_version', '`show version` of an ASA 5516'),
  },
  {
    name: 'cisco-telepresence-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['cisco telepresence '],
    pattern: /^Cisco TelePresence (?<product>(?:HD )?MCU(?: MSE)? \d+|(?:Conductor|Supervisor)(?: MSE \d+)?)/,
    examples: ['Cisco TelePresence MCU 4205', 'Cisco TelePresence HD MCU 4520', 'Cisco TelePresence Supervisor MSE 8050', 'Cisco TelePresence Conductor'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // TelePresence endpoints (TANDBERG's codecs, Cisco's since 2010) describe the codec: software,
    // the product after "MCU:", then the date. A TANDBERG-labelled codec counts only when the product
    // it names is Cisco's; TANDBERG's own products of before are left to other evidence.
    name: 'cisco-telepresence-codec-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['codec'],
    pattern: /^(?:Cisco Codec\s+SoftW: (?<version>\S+)\s+MCU: |TANDBERG Codec\s+SoftW: \S+\s+MCU: (?=Cisco ))(?<product>[^\r\n]+?)\s+Date: /,
    examples: [
      'Cisco Codec SoftW: TC5.1.0.280662 MCU: Cisco TelePresence SX20 Date: 2012-02-14 S/N: FTT16070041 BootSW: Board: 101790-6 [28]',
      'TANDBERG Codec SoftW: TC4.2.0.259927 MCU: Cisco TelePresence MX200 Date: 2011-06-30 S/N: FTT1530000O BootSW: Board: 101770-4 [20]',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Products that name themselves without "Cisco IOS": the Catalyst Network Analysis Module (its
    // WS- part number), the VG248 analog gateway, the 760-series ISDN routers, the wireless LAN
    // solution engine, the wireless LAN controller and Unified Communications appliances (UCOS).
    name: 'cisco-appliance-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['network analysis module (ws-', 'cisco vg', 'cisco 7', 'wlse ', 'cisco controller', 'software:ucos '],
    pattern:
      /^(?:(?:Cisco )?Network Analysis Module \((?=WS-)|Cisco (?=VG\d{3} version \d|7[56]\d Software Version c7[56]0-|Controller$)|(?=WLSE(?: \d{4})? Release [^\r\n]*Copyright \d{4} by Cisco Systems)|Hardware:(?=7\d{3}[A-Z]\d?, [^\r\n]*Software:UCOS \d))(?<product>WS-[\w-]+|VG\d{3}|7[56]\d|Controller|WLSE(?: \d{4})?|7\d{3}[A-Z]\d?)/,
    examples: [
      'Network Analysis Module (WS-SVC-NAM-1), Version 3.1(1)\nCopyright (c) 1999-2003 by cisco Systems, Inc.',
      'Cisco Network Analysis Module (WS-SVC-NAM-2), Version 5.0(1) RELEASE SOFTWARE [fc4]',
      'Network Analysis Module (WS-X6380-NAM)',
      'Cisco VG248 version 1.3(1)',
      'Cisco 761 Software Version c760-i.b.NET3 4.2(3) - Aug 21 1998 17:05:41 ISDN Stack Revision NET3 2.10',
      'WLSE 1030 Release 2.13FCS Wed Feb 22 02:00:55 UTC 2006 (C) Copyright 2006 by Cisco Systems Inc.',
      'WLSE Release 2.5FCS Wed Oct 22 21:31:11 UTC 2003 (C) Copyright 2003 by Cisco Systems Inc.',
      'Cisco Controller',
      'Hardware:7845H2, 2 Intel(R) Xeon(R) CPU 5140 @ 2.33GHz, 4096 MB Memory: Software:UCOS 3.0.0.0-54',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'cisco-mediasense-rtsp',
    manufacturer: 'cisco',
    product: 'MediaSense media server',
    protocols: ['rtsp'],
    fields: ['server'],
    keywords: ['cisco mediasense media server'],
    pattern: /^Cisco MediaSense Media Server$/,
    examples: ['Cisco MediaSense Media Server'],
    source: RECOG('rtsp_servers.xml'),
  },
  {
    name: 'cisco-small-business-switch-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['managed switch', 'smart switch'],
    // Small Business (Sx200/300/500, Sx250/350/550X) and Cisco Business (CBS250/350) switches
    // report the model, the port count and the product class, and nothing else: no "Cisco".
    pattern: /^(?<product>(?:SG|SF|SX|CBS)\d{3}[A-Z]{0,2}-\d{1,2}[A-Z0-9]*(?:-[A-Z0-9]+)*) \d{1,2}-[Pp]ort [^\r\n]{0,60}?(?:Stackable Managed|Managed|Smart) Switch$/,
    examples: [
      'SG250-50 50-Port Gigabit Smart Switch',
      'SG300-10 10-Port Gigabit Managed Switch',
      'SG500-52 52-Port Gigabit Stackable Managed Switch',
      'SG300-28PP 28-Port Gigabit PoE+ Managed Switch',
      'CBS350-24P-4G 24-Port Gigabit PoE Managed Switch',
    ],
    source: {
      title: 'Greenbone feed, Cisco Small Business Switch Detection (SNMP), gb_cisco_small_business_switch_snmp_detect.nasl: sysDescr values of SG250, SG300 and SG500 switches quoted in the script; LibreNMS tests/data/ciscosb_cbs350.json: sysDescr of a CBS350-24P-4G',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    name: 'cisco-catalyst-1x00-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['catalyst 1'],
    // The Catalyst 1200 and 1300 switches, the line after Cisco Business (LibreNMS's ciscosb
    // definition takes both), name the series, the class and the ports, and the model in
    // parentheses; no "Cisco", but Catalyst is Cisco's name.
    pattern: /^Catalyst 1[0-9]00 Series (?:Smart|Managed) Switch, [^()\r\n]{1,100}\((?<product>C1[0-9]00-[A-Z0-9]+(?:-[A-Z0-9]+)*)\)$/,
    examples: [
      'Catalyst 1300 Series Managed Switch, 24-port GE, PoE, 4x10G SFP+ (C1300-24P-4X)',
      'Catalyst 1200 Series Smart Switch, 8-port GE, Desktop, Ext PS, PoE Input (C1200-8T-D)',
    ],
    source: {
      title: 'LibreNMS SNMP test data captured from real devices, tests/snmpsim/ciscosb_c1300.snmprec (sysObjectID 1.3.6.1.4.1.9.1.3240) and ciscosb_c1200.snmprec (1.3.6.1.4.1.9.1.3210)',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/ciscosb_c1300.snmprec',
    },
  },
  {
    name: 'cisco-small-business-linux-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp'],
    keywords: [', cisco small business ', ', cisco systems, inc ', ', cisco rv'],
    // Small Business routers (RV), firewalls (ISA) and access points (WAP, AP) run Linux and say so
    // first; the model follows, sometimes with the part number in parentheses, then the firmware.
    pattern:
      /^Linux(?: \d[\w.-]*)?, Cisco (?:Small Business |Systems, Inc |(?=RV\d{3}))(?<product>[A-Z]{2,4}\d{3}[\w-]*) ?(?:\([\w-]+\))?, [Vv]ersion (?<version>[\w.()-]+)/,
    examples: [
      'Linux, Cisco Small Business RV130 (RV130), Version 1.0.2.7',
      'Linux, Cisco Small Business RV325, Version 1.1.1.06 Fri Dec 6 11:10:41 CST 2013',
      'Linux, Cisco Small Business RV320, Version 1.2.1.14 Thu Aug 13 14:25:16 CST 2015',
      'Linux, Cisco Small Business RV134W (RV134W-E-K9), version 1.0.1.11 2018-01-05T17:48:42',
      'Linux, Cisco Small Business ISA550(ISA550-K9), Version 1.0.3 Wed May 23 18:50:29 CST 2012',
      'Linux, Cisco Small Business WAP4410N-A, Version 2.0.6.1',
      'Linux 2.6.21.5-lvl7-dev, Cisco Small Business WAP121 (WAP121-E-K9), Version 1.0.5.3 Thu Sep 11 03:49:18 EDT 2014',
      'Linux, Cisco Systems, Inc WAP371 (WAP371-E-K9), Version 1.2.0.2',
      'Linux 2.6.21.5, Cisco Small Business AP541N (AP541N-E-K9), Version AP541N-K9-2.0(4) #1 Sat Sep 8 15:30:35 EDT 2012',
      // later RV320 firmware drops "Small Business" (Rapid7 Recog xml/snmp_sysdescr.xml)
      'Linux, Cisco RV320, Version 1.4.2.17 Mon Oct 30 15:52:47 CST 2017',
    ],
    source: {
      title: 'Greenbone feed, Cisco Small Business Device Detection (SNMP), gb_cisco_small_business_devices_snmp_detect.nasl: sysDescr values of RV130, RV134W, RV320, RV325, ISA550 and WAP devices quoted in the script; Observium ciscosb poller (WAP371, AP541N)',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    name: 'cisco-small-business-bare-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['cisco small business '],
    // Some Small Business access points answer with the family's name and the product class alone,
    // no kernel line before it and no version after it.
    pattern: /^Cisco Small Business (?<product>[A-Z]{2,4}\d{0,4}[A-Z0-9-]*)$/,
    examples: ['Cisco Small Business WAP'],
    source: LIBRENMS('ciscowap.snmprec'),
  },
  {
    name: 'cisco-meraki-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['meraki m'],
    // Meraki (a Cisco business since 2012): security appliances MX, access points MR, switches MS.
    pattern: /^(?:Cisco )?Meraki (?<product>M[RSX][A-Z0-9-]{2,15}) (?:Cloud Managed|Router\/Security Appliance)/,
    examples: [
      'Meraki MX68 Router/Security Appliance',
      'Meraki MX84 Cloud Managed Router',
      'Meraki MR46E Cloud Managed AP',
      'Meraki MS225-24P Cloud Managed PoE Switch',
      'Cisco Meraki MS250-48 Cloud Managed Switch',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'cisco-meraki-line-sysdescr',
    manufacturer: 'cisco',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['meraki m'],
    // Some Meraki firmware answers with the maker's name and the product line only ("Meraki MR"):
    // the name is Meraki's own, so the line alone is enough (see zyxel-prestige-sysdescr).
    pattern: /^(?:Cisco )?Meraki (?<product>M[RSX](?:\d{2,3}[A-Z]?)?)\s*$/,
    examples: ['Meraki MR'],
    source: LIBRENMS('merakimr.snmprec'),
  },
  {
    name: 'cisco-catalyst-1900-sysdescr',
    manufacturer: 'cisco',
    product: 'Catalyst 1900',
    protocols: ['snmp'],
    keywords: ['cisco systems catalyst 1900'],
    // The Catalyst 1900 ran its own firmware, not IOS (see its telnet console above); its sysDescr
    // names Cisco, the model and the firmware version.
    pattern: /^Cisco Systems (?<product>Catalyst 19\d\d),V(?<version>\d+(?:\.\d+)+)/,
    examples: ['Cisco Systems Catalyst 1900,V9.00.00    '],
    source: FUSION_DICO,
  },
  {
    name: 'cisco-firepower-sysdescr',
    manufacturer: 'cisco',
    product: 'Firepower Threat Defense',
    protocols: ['snmp'],
    keywords: ['cisco firepower threat defense'],
    pattern: /^Cisco Firepower Threat Defense, Version (?<version>\d+(?:\.\d+)+)/,
    examples: ['Cisco Firepower Threat Defense, Version 7.0.0 (Build 3), ASA Version 9.16(0)3'],
    source: RECOG('snmp_sysdescr.xml'),
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
      'Juniper Networks, Inc. ex2300-c-12t Ethernet Switch, kernel JUNOS 15.1X53-D590.1, Build date: 2018-11-14 20:31:32 UTC Copyright (c) 1996-2018 Juniper Networks, Inc.',
      'Juniper Networks, Inc. qfx5110-48s-4c Ethernet Switch, kernel JUNOS 17.3R3-S1.5, Build date: 2018-08-31 19:06:08 UTC Copyright (c) 1996-2018 Juniper Networks, Inc.',
      'Juniper Networks, Inc. srx3400 internet router, kernel JUNOS 12.3X48-D60.2, Build date: 2017-12-11 19:52:52 UTC Copyright (c) 1996-2017 Juniper Networks, Inc.',
      'Juniper Networks, Inc. JNP10003 [MX10003] internet router, kernel JUNOS 23.4R2.13, Build date: 2024-07-05 17:12:30 UTC Copyright (c) 1996-2024 Juniper Networks, Inc.',
    ],
    source: {
      title: 'sysDescr values in public captures: a looking-glass router list (mx960), an LLDP neighbour export (ex4300-48t), the Greenbone Junos SNMP detection (m320)',
    },
  },

  {
    // The system description a Junos router sends over LLDP, which differs from its sysDescr: the
    // model, a space before the comma, then "version" and the release.
    name: 'juniper-junos-lldp-sysdescr',
    manufacturer: 'juniper',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['juniper networks, inc.'],
    pattern: /^Juniper Networks, Inc\. (?<product>[a-z]+\d[\w-]*) , version (?<version>\d[\w.-]+) Build date: /,
    examples: [
      'Juniper Networks, Inc. mx480 , version 12.3R8.7 Build date: 2014-09-19 16:45:07 UTC',
      'Juniper Networks, Inc. mx104 , version 13.3R1.8 Build date: 2014-04-09 22:21:10 UTC ',
    ],
    source: {
      title: 'LLDP neighbour tables: an MX80\'s show lldp neighbors interface (mx480), a Huawei display lldp neighbor in NTC Templates tests/huawei_vrp/display_lldp_neighbor/huawei_vrp_display_lldp_neighbor6.raw (mx104)',
      url: 'https://pastebin.com/LNcPkrpb',
    },
  },

  {
    // `show version` of Junos: per member (fpc0:, node0:), the host name, "Model: <model>", then
    // "Junos: <release>" or, in older releases, the list of JUNOS packages.
    name: 'juniper-junos-show-version',
    manufacturer: 'juniper',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['junos'],
    pattern: /^Model: (?<product>[a-z]+\d[\w-]*)\s*\r?\n(?:Junos: (?<version>[\w.-]+)|JUNOS )/m,
    examples: [
      'fpc0:\n-------------------------------------------------------------------------\nHostname: lab\nModel: mx240\nJunos: 13.3R1.4\nJUNOS Base OS boot [13.3R1.4]\nJUNOS Base OS Software Suite [13.3R1.4]',
      'fpc0:\n--------------------------------------------------------------------------\nHostname: lab\nModel: ex4550-32f\nJUNOS EX  Software Suite [13.2X51-D35.3]\nJUNOS FIPS mode utilities [13.2X51-D35.3]',
      'node0:\n--------------------------------------------------------------------------\nHostname: lab\nModel: srx1500\nJunos: 19.4R3-S1.3\nJUNOS OS Kernel 64-bit  [20201028.e1cef1d_builder_stable_11]',
      'fpc0:\n-------------------------------------------------------------------------\nHostname: asxx.xx.xx\nModel: qfx5100-48t-6q\nJunos: 21.4R3-S3.4\nJUNOS Base OS boot [21.4R3-S3.4]',
    ],
    source: NTC('tests/juniper_junos/show_version', '`show version` of MX240, EX4550, SRX1500 and QFX5100'),
  },
  {
    // Junos's configuration (show configuration) opens with the last commit and the release it
    // runs: `## Last commit: <date> by <user>` then `version <release>;`.
    name: 'juniper-junos-configuration',
    manufacturer: 'juniper',
    product: 'Junos',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: ['## last c'],
    pattern: /^## Last (?:commit|changed): [^\r\n]*\r?\nversion (?<version>\d+\.\d+[A-Z][\w.-]*);/m,
    examples: ['## Last commit: 2024-12-06 11:41:05 UTC by root\nversion 22.4R3-S2.11;'],
    source: OXIDIZED('junos#srx300_22.4#output.txt', 'the configuration of an SRX300 on Junos 22.4R3'),
  },
  {
    // The same configuration saved as `show configuration | display set` prints it: its first line
    // sets the release (`set version 20.4R3-S2.6`), the commands of no other maker's CLI.
    name: 'juniper-junos-set-configuration',
    manufacturer: 'juniper',
    product: 'Junos',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: ['set version'],
    pattern: /^set version "?(?<version>\d+\.\d+[A-Z][\w.-]*)"?\s*$/,
    examples: ['set version 14.1R4.8', 'set version 12.1X47-D15.4', 'set version 20.4R3-S2.6', 'set version 23.2R1.14-EVO'],
    source: {
      title: 'Junos configurations saved by `show configuration | display set`, first line `set version ...` then `set system host-name ...` (tests/example3-full.set and others)',
      url: 'https://github.com/ckishimo/juniper_display_set/tree/master/tests',
    },
  },
  {
    // RANCID's first line for Junos (lib/junos.pm; `# ` before RANCID 3): the device type the
    // operator gave it in router.db, a hint only.
    name: 'juniper-rancid-content-type',
    manufacturer: 'juniper',
    product: 'RANCID device type',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: ['rancid-content-type: juniper'],
    pattern: /^# ?RANCID-CONTENT-TYPE: juniper(?:-srx)?\s*$/,
    certainty: 'low',
    examples: ['#RANCID-CONTENT-TYPE: juniper', '# RANCID-CONTENT-TYPE: juniper'],
    source: RANCID('lib/junos.pm.in', 'the first line of a saved file, "#RANCID-CONTENT-TYPE: $devtype" (RANCID 2\'s bin/jrancid.in wrote "# RANCID-CONTENT-TYPE: juniper")'),
  },
  {
    name: 'juniper-srx-sysdescr',
    manufacturer: 'juniper',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['juniper srx'],
    pattern: /^Juniper (?<product>SRX\d*[A-Z]?(?: \d+[A-Z]?)?)(?: (?:Cluster|Firewall))?$/,
    examples: ['Juniper SRX240H', 'Juniper SRX 210H', 'Juniper SRX240 Cluster', 'Juniper SRX240 Firewall', 'Juniper SRX100H'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'juniper-ex-sysdescr',
    manufacturer: 'juniper',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['juniper ex'],
    pattern: /^Juniper (?<product>EX\d{4}(?:-[0-9A-Z]+)*) Ethernet Switch$/,
    examples: ['Juniper EX4200-48PX Ethernet Switch', 'Juniper EX2200-C-12T-2G Ethernet Switch'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Juniper's WX WAN accelerators (from the Peribit purchase) and its standalone IDP sensors.
    name: 'juniper-wx-idp-sysdescr',
    manufacturer: 'juniper',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['juniper wx', 'juniper standalone idp device'],
    pattern: /^Juniper (?=WXC?-\d{3,4}\w* : \d|Standalone IDP device\s*$)(?<product>WXC?-\d{3,4}\w*|Standalone IDP device)/,
    examples: ['Juniper WXC-1800 : 5.6.4.0', 'Juniper Standalone IDP device'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // The Secure Access (SA) and MAG SSL VPN gateways: the company, the model and the release, comma
    // separated without spaces.
    name: 'juniper-secure-access-sysdescr',
    manufacturer: 'juniper',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['juniper networks,inc,'],
    pattern: /^Juniper Networks,Inc,(?<product>(?:MAG|SA)-\d{3,4}\w*),(?<version>\d[\w.:]*)/,
    examples: ['Juniper Networks,Inc,MAG-4610,7.1R7:HF2 (build 21415)', 'Juniper Networks,Inc,SA-2000,7.1R1.1 (build 17943)'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // The E-series broadband edge routers (ERX and E120/E320, from the Unisphere purchase) and the RX
    // edge switch routers, with their JUNOSe release.
    name: 'juniper-erx-sysdescr',
    manufacturer: 'juniper',
    product: 'product',
    protocols: ['snmp'],
    keywords: [' edge routing switch sw version', ' edge switch router sw version'],
    pattern: /^Juniper Networks, Inc\. (?<product>E\d{3}|ERX-\d{3,4}\w*|RX\d{3,4}) Edge (?:Routing Switch|Switch Router) SW Version : \((?<version>\d[\w.]*)/,
    examples: [
      'Juniper Networks, Inc. E120 Edge Routing Switch SW Version : (10.1.0 release-0.0 [BuildId 10854]) Build Date : April 22, 2009 02:27 Copyright (c) 1999-2009 Juniper Networks, Inc. All rights reserved.',
      'Juniper Networks, Inc. ERX-700 Edge Routing Switch SW Version : (8.2.4 patch-0.4 [BuildId 10192]) Build Date : October 24, 2008 00:24 Copyright (c) 1999, 2001 Juniper Networks, Inc.',
      'Juniper Networks, Inc. RX1400 Edge Switch Router SW Version : (10.3.2 patch-0.2 [BuildId 12841]) Build Date : February 3, 2011 16:26 Copyright (c) 1999, 2001 Juniper Networks, Inc.',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'juniper-screenos-sysdescr',
    manufacturer: 'juniper',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['(sn: '],
    // The SSG and ISG models that followed the NetScreen boxes name themselves without the
    // NetScreen prefix, and a captured SSG5 writes its features as "Firewall VPN".
    pattern: /^(?<product>NetScreen-\w+|(?:SSG|ISG)\d+[\w-]*) version (?<version>[\w.]+) \(SN: \w+, Firewall[+ ]VPN\)$/,
    examples: [
      'NetScreen-5GT version 6.2.0r4.0 (SN: 0064082005002928, Firewall+VPN)',
      'NetScreen-208 version 5.4.0r20.0 (SN: 0099052005000121, Firewall+VPN)',
      'SSG5-Serial version 6.3.0r23.0 (SN: 0000000000000000, Firewall VPN)',
    ],
    source: { title: 'Rapid7 Recog xml/snmp_sysdescr.xml (NetScreen-5GT, NetScreen-208); LibreNMS tests/snmpsim/screenos.snmprec (SSG5-Serial)', url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml' },
  },
  {
    name: 'juniper-netscreen-ssh',
    manufacturer: 'juniper',
    product: 'NetScreen / ScreenOS SSH server',
    protocols: ['ssh'],
    keywords: ['-netscreen'],
    pattern: /^SSH-(?:2\.0|1\.99)-NetScreen\s*$/,
    examples: ['SSH-2.0-NetScreen'],
    source: RECOG('ssh_banners.xml'),
  },
  {
    name: 'juniper-jweb-title',
    manufacturer: 'juniper',
    product: 'J-Web (web management of Junos devices)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['juniper web device manager'],
    pattern: /^(?:Log In - )?Juniper Web Device Manager$/i,
    examples: ['Juniper Web Device Manager', 'Log In - Juniper Web Device Manager'],
    source: NUCLEI('http/exposed-panels/juniper-panel.yaml', 'J-Web login page titles, with and without "Log In - " (Shodan http.title query)'),
  },

  // ---------------------------------------------------------------- Nokia (and Alcatel-Lucent SR OS before it)
  {
    name: 'nokia-sros-sysdescr',
    manufacturer: 'nokia',
    product: 'product',
    protocols: ['snmp', 'ssh', 'telnet', 'ftp', 'other'],
    keywords: ['timos-'],
    // The CPM's platform ("both/x86_64", "cpm/hops64") is left out by some releases, and `show chassis`
    // breaks the line before the copyright.
    pattern: /^TiMOS-[A-Z]-(?<version>\d+\.\d+\.R\d+) (?:\S+ )?(?<product>(?:Nokia|ALCATEL|Alcatel-Lucent) [\w +-]+?)\s+Copyright/,
    examples: [
      'TiMOS-C-16.0.R7 cpm/hops64 Nokia 7750 SR Copyright (c) 2000-2019 Nokia.',
      'TiMOS-B-7.0.R9 both/hops ALCATEL ESS 7450 Copyright (c) 2000-2009 Alcatel-Lucent.',
      // telnet banners (Recog xml/telnet_banners.xml): access switches name their ports, with a "+"
      'TiMOS-B-8.0.R12 both/hops Nokia SAS-Mxp 22F2C 4SFP+ 7210 Copyright (c) 2000-2017 Nokia.\r\r\nBanner Shortened For \r\r\nBrevity\r\nLogin:',
      // FTP greetings (Recog xml/ftp_banners.xml), cut after the copyright
      'TiMOS-C-13.0.R9 cpm/hops64 ALCATEL SR 7750 Copyright (',
      // without the platform, and broken before the copyright (an inventory tool's test; `show chassis` quoted in a parser)
      'TiMOS-B-20.10.R1 Nokia 7750 SR-7 Copyright (c) 2000-2021 Nokia.',
      'TiMOS-B-19.10.R2 both/x86_64 Nokia 7750 SR\n                                    Copyright (c) 2000-2019 Nokia',
    ],
    source: {
      title: 'Rapid7 Recog xml/snmp_sysdescr.xml, telnet_banners.xml and ftp_banners.xml; SR OS descriptions without the platform or on two lines, as network inventory tools\' tests and parsers of `show chassis` quote them',
      url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml',
    },
  },

  // ---------------------------------------------------------------- Arista
  {
    // `show version` of EOS opens with "Arista <model>" and the hardware version on the next line
    // (vEOS and cEOS lab images give their image name as the model).
    name: 'arista-eos-show-version',
    manufacturer: 'arista',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['arista '],
    pattern: /^Arista (?<product>[\w-]+)\s*\r?\nHardware version:/m,
    examples: [
      'Arista CCS-720XP-24ZY4-F\nHardware version: 11.00\nSerial number: JPE11400249\nHardware MAC address: fcbd.67c7.ffe7\nSystem MAC address: fcbd.67c7.ffe7\n\nSoftware image version: 4.27.6M',
      'Arista vEOS\nHardware version:    \nSerial number:       \nSystem MAC address:  2803.829a.1347\n\nSoftware image version: 4.14.7M',
      'Arista cEOSLab\nHardware version:\nSerial number: 35BA12C16E793CAD48DE0EEC072CFD74\nHardware MAC address: 001c.73cd.2352\nSystem MAC address: 001c.73cd.2352\n\nSoftware image version: 4.31.6M-39953990.4316M (engineering build)',
    ],
    source: NTC('tests/arista_eos/show_version', '`show version` of a CCS-720XP and the vEOS and cEOS lab images'),
  },
  {
    name: 'arista-eos-sysdescr',
    manufacturer: 'arista',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['arista networks eos'],
    // The virtual lab image says "running on an Arista vEOS-lab", without "Networks".
    pattern: /^Arista Networks EOS version (?<version>[\w.]+) running on an Arista (?:Networks )?(?<product>[\w-]+)/,
    examples: [
      'Arista Networks EOS version 4.15.3F running on an Arista Networks DCS-7050TX-128',
      'Arista Networks EOS version 4.30.6M running on an Arista vEOS-lab',
    ],
    source: { title: 'LibreNMS tests/snmpsim/arista_eos.snmprec; Rapid7 Recog xml/snmp_sysdescr.xml (vEOS-lab)', url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/arista_eos.snmprec' },
  },
  {
    // EOS's running configuration opens with `! Command: show running-config` and
    // `! device: <host> (<model>, EOS-<release>)`.
    name: 'arista-eos-running-config',
    manufacturer: 'arista',
    product: 'product',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: [', eos-'],
    pattern: /^! device: \S+ \((?<product>[\w-]+), EOS-(?<version>\d+\.\d+[\w.]*)/,
    examples: ['! device: ta367 (DCS-7280SR2K-48C6-M, EOS-4.25.1F-20348152.oslorel (engineering build))'],
    source: {
      title: 'Arista EOS running-config of a DCS-7280SR2K-48C6-M in a snapshot report (ansible/demo/snapshots/ta367/report.md)',
      url: 'https://github.com/arista-netdevops-community/automation_and_telemetry_demo/blob/master/ansible/demo/snapshots/ta367/report.md',
    },
  },

  // ---------------------------------------------------------------- MikroTik
  {
    name: 'mikrotik-routeros-sysdescr',
    manufacturer: 'mikrotik',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['routeros '],
    // RouterOS 7 adds its release and channel: "RouterOS CCR2004-1G-12S+2XS 7.24.2 (stable)".
    pattern: /^RouterOS (?<product>(?:CCR|CRS|RB|hAP|hEX|cAP|wAP|CHR|SXT|LHG|CSS)[\w+-]*)(?: (?<version>\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?) \((?:stable|long-term|testing|development)\))?$/,
    examples: ['RouterOS CCR1036-12G-4S', 'RouterOS RB750Gr3', 'RouterOS CCR2004-1G-12S+2XS 7.24.2 (stable)'],
    source: {
      title: 'Rapid7 Recog xml/snmp_sysdescr.xml; LibreNMS tests/snmpsim/routeros_ccr2004-7.24.snmprec (a RouterOS 7 sysDescr, with its release and channel)',
      url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml',
    },
  },
  {
    // `/system resource print` of RouterOS ends with the board name and "platform: MikroTik".
    name: 'mikrotik-system-resource',
    manufacturer: 'mikrotik',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['platform: mikrotik'],
    pattern: /^[ \t]*board-name: (?!CHR\b|x86\b)(?<product>[^\r\n]+?)[ \t]*\r?\n[ \t]*platform: MikroTik[ \t]*\r?$/m,
    examples: [
      '                   uptime: 6w5d11h55m45s\n                  version: 6.48.6 (long-term)\n               build-time: Dec/03/2021 12:15:05\n        architecture-name: mipsbe\n               board-name: hEX PoE lite\n                 platform: MikroTik',
      '                   uptime: 10w2d6h21m59s\n                  version: 7.12.2 (stable)\n         factory-software: 7.6\n        architecture-name: arm64\n               board-name: CCR2004-1G-12S+2XS\n                 platform: MikroTik',
    ],
    source: NTC('tests/mikrotik_routeros/system_resource_print', '`/system resource print` of a hEX PoE lite and a CCR2004'),
  },
  {
    // `/system routerboard print` says "routerboard: yes" on MikroTik's own boards, then the model.
    name: 'mikrotik-routerboard-print',
    manufacturer: 'mikrotik',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['routerboard: yes'],
    pattern: /^[ \t]*routerboard: yes[ \t]*\r?\n(?:[ \t]*board-name: [^\r\n]*\r?\n)?[ \t]*model: (?<product>[^\r\n]+?)[ \t]*$/m,
    examples: [
      '       routerboard: yes\n        board-name: hEX\n             model: RB750Gr3\n          revision: r4\n     serial-number: CC210E592C82',
    ],
    source: NTC('tests/mikrotik_routeros/system_routerboard_print', '`/system routerboard print` of a hEX (RB750Gr3)'),
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
    name: 'mikrotik-routeros-board-sysdescr',
    manufacturer: 'mikrotik',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['routeros'],
    // Older boards write the RouterBOARD name in words ("RB Groove A-5Hn"), and the PC build says
    // "x86". A bare "RouterOS <version>" names no board and stays with the entity pattern.
    pattern: /^RouterOS (?<product>RB [A-Za-z][\w+-]*(?: [A-Za-z0-9][\w+-]*)?|x86)\s*$/,
    examples: ['RouterOS RB Groove A-5Hn', 'RouterOS RB MetaROUTER', 'RouterOS RB OmniTIK UPA-5HnD', 'RouterOS x86'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // RouterOS's /export opens with its date and release (`# nov/14/2022 17:12:03 by RouterOS
    // 6.49.7`, the date left out in some copies), the software id and, on MikroTik's own boards,
    // `# model =` the board (a CHR or an x86 PC prints no model line).
    name: 'mikrotik-routeros-export',
    manufacturer: 'mikrotik',
    product: 'product',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: ['routeros '],
    pattern: /^# (?:\S+ \S+ by )?RouterOS (?<version>\d+\.\d+[\w.]*)[ \t]*\r?\n# software id = [\w-]*[ \t]*\r?\n#[ \t]*\r?\n# model = (?<product>(?!CHR\b|x86\b)[^\r\n]*[^\s])/,
    examples: [
      '# nov/14/2022 17:12:03 by RouterOS 6.49.7\n# software id = YGJJ-SCRS\n#\n# model = 951Ui-2HnD\n# serial number = 80F107CBF935',
      '# RouterOS 6.48.3\n# software id = 4TZY-TMH7\n#\n# model = RouterBOARD 750P r2\n# serial number = 67D6070586D0',
    ],
    source: {
      title: 'RouterOS exports kept in public repositories: Pancho-uy/MK respaldo.rsc (a 951Ui-2HnD on 6.49.7); memhamwan/routeros-config-audit r4.azo.memhamwan.net.rsc (a RouterBOARD 750P r2 on 6.48.3)',
      url: 'https://github.com/Pancho-uy/MK/blob/master/respaldo.rsc',
    },
  },
  {
    name: 'mikrotik-swos-sysdescr',
    manufacturer: 'mikrotik',
    product: 'product',
    protocols: ['snmp'],
    keywords: [' swos v'],
    pattern: /^(?<product>CSS\d{3}-[\w+-]+) SwOS v(?<version>\d+\.\d+)/,
    examples: ['CSS326-24G-2S+ SwOS v2.13'],
    source: RECOG('snmp_sysdescr.xml'),
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
    name: 'mikrotik-openssh',
    manufacturer: 'mikrotik',
    product: 'RouterOS 2 SSH server (OpenSSH)',
    protocols: ['ssh'],
    keywords: ['_mikrotik_v'],
    // Before its own ROSSSH, RouterOS shipped OpenSSH and put its own version after the OpenSSH one.
    pattern: /^SSH-(?:2\.0|1\.99)-OpenSSH_[\d.]+\w*_Mikrotik_v(?<version>\d+(?:\.\d+)*)\s*$/,
    examples: ['SSH-2.0-OpenSSH_2.3.0_Mikrotik_v2.9'],
    source: RECOG('ssh_banners.xml'),
  },
  {
    name: 'mikrotik-ftp',
    manufacturer: 'mikrotik',
    product: 'RouterOS FTP server',
    protocols: ['ftp'],
    keywords: ['(mikrotik '],
    // Recog keeps the greeting without the reply code, nmap with it (matchBanner drops it).
    pattern: /^\S.{0,60}? FTP server \(MikroTik (?<version>\d+\.\d+(?:\.\d+)?\w*)\) ready/,
    examples: ['MikroTik FTP server (MikroTik 6.45.9) ready', 'MikroTik FTP server (MikroTik 6.0rc14) ready', 'example.com FTP server (MikroTik 6.18) ready'],
    source: NMAP_PROBES,
  },
  {
    name: 'mikrotik-telnet',
    manufacturer: 'mikrotik',
    product: 'RouterOS telnet server',
    protocols: ['telnet'],
    keywords: ['mikrotik v'],
    // RouterOS 6 names its release channel after the version; RouterOS 5 prints the version alone,
    // so there the login prompt on the next line is what keeps the match narrow.
    pattern: /^\s*MikroTik v(?<version>\d+\.\d+(?:\.\d+)?\w*)(?: \((?:stable|long-term|bugfix|testing|development)\)|\r?\nLogin:)/,
    examples: ['MikroTik v6.34.6 (bugfix)\r\nLogin: ', '\r\n\r\nMikroTik v6.38.4 (stable)\r\n', 'MikroTik v5.2\r\nLogin:'],
    source: {
      title: 'Greenbone feed, MikroTik RouterOS telnet detection (banner quoted in the plugin); Chimay-Red exploit write-up (telnet session transcript)',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    name: 'mikrotik-webfig-title',
    manufacturer: 'mikrotik',
    product: 'RouterOS WebFig or SwOS switch',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['routeros router configuration page', 'mikrotik swos'],
    // SwOS is the firmware of MikroTik's lighter switches (Recog xml/html_title.xml).
    pattern: /^(?:RouterOS router configuration page|MikroTik SwOS)$/,
    examples: ['RouterOS router configuration page', 'MikroTik SwOS'],
    source: {
      title: 'nmap http-title output of RouterOS hosts and Shodan/FOFA title queries quoted in public scanner code',
    },
  },
  {
    // The administration pages of older RouterOS releases (before WebFig), in the case they are served.
    name: 'mikrotik-routeros-old-title',
    manufacturer: 'mikrotik',
    product: 'RouterOS (older web administration page)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['mikrotik routeros'],
    pattern: /^(?:mikrotik routeros > administration|MikroTik RouterOS Managing Webpage)$/,
    examples: ['mikrotik routeros > administration', 'MikroTik RouterOS Managing Webpage'],
    source: NUCLEI('http/exposed-panels/mikrotik/mikrotik-routeros.yaml', 'the titles of RouterOS administration pages its router-old matcher keys on (mikrotik-routeros-old.yaml: the Shodan, FOFA and Google title query "mikrotik routeros > administration")'),
  },
  {
    // RouterOS's web proxy (/ip proxy) names itself in the Server header of the pages it serves.
    name: 'mikrotik-httpproxy-server',
    manufacturer: 'mikrotik',
    product: 'RouterOS web proxy',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['mikrotik httpproxy'],
    pattern: /^Mikrotik HttpProxy$/i,
    examples: ['mikrotik httpproxy', 'Mikrotik HttpProxy'],
    source: NUCLEI('http/technologies/mikrotik-httpproxy.yaml', 'the Server header "Mikrotik HttpProxy" (matched without regard to case; Shodan query "Server: mikrotik httpproxy")'),
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
    // `show version` of EdgeOS: the release, build, Ubiquiti's copyright, then "HW model:".
    name: 'ubiquiti-edgeos-show-version',
    manufacturer: 'ubiquiti',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['ubiquiti networks, inc.'],
    pattern: /^Copyright:\s+\d{4}-\d{4} Ubiquiti Networks, Inc\.\s*\r?\nHW model:\s+(?<product>[^\r\n]+?)\s*$/m,
    examples: [
      'Version:      v2.0.6\nBuild ID:     5208554\nBuild on:     07/08/19 06:11\nCopyright:    2012-2018 Ubiquiti Networks, Inc.\nHW model:     EdgeRouter 6P\nHW S/N:       FCECDA47BF8A',
    ],
    source: NTC('tests/ubiquiti_edgerouter/show_version', '`show version` of an EdgeRouter 6P'),
  },
  {
    // EdgeOS shows this before the password prompt of every SSH or telnet login (after an ASCII-art
    // logo), whatever the host name. "Welcome to EdgeOS" alone is a common phrase, so the pattern
    // wants Ubiquiti's licence sentence after it.
    name: 'ubiquiti-edgeos-login-banner',
    manufacturer: 'ubiquiti',
    product: 'EdgeRouter (EdgeOS)',
    protocols: ['ssh', 'telnet', 'other'],
    keywords: ['welcome to edgeos'],
    pattern: /Welcome to EdgeOS\s+By logging in, accessing, or using the Ubiquiti product/,
    examples: [
      'Welcome to EdgeOS\n\nBy logging in, accessing, or using the Ubiquiti product, you\nacknowledge that you have read and understood the Ubiquiti\nLicense Agreement (available in the Web UI at, by default,\nhttp://192.168.1.1) and agree to be bound by its terms.\n',
      '  _____    _            \n | ____|__| | __ _  ___          (c) 2010-2020\n |  _| / _  |/ _  |/ _ \\         Ubiquiti Networks, Inc.\n | |__| (_| | (_| |  __/         \n |_____\\__._|\\__. |\\___|         https://www.ubnt.com\n             |___/\n\nWelcome to EdgeOS\n\nBy logging in, accessing, or using the Ubiquiti product, you\nacknowledge that you have read and understood the Ubiquiti\nLicense Agreement (available in the Web UI at, by default,\nhttp://192.168.1.1) and agree to be bound by its terms.\n',
    ],
    source: {
      title: 'SSH login transcripts of EdgeRouters published in user guides and forum posts (an EdgeRouter 4 on EdgeOS 2.0.9 among them): the pre-login banner as the router prints it',
    },
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

  {
    // `show version` of an EdgeSwitch lists its sysDescr after "System Description" and dot leaders.
    name: 'ubiquiti-edgeswitch-show-version',
    manufacturer: 'ubiquiti',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['edgeswitch '],
    pattern: /^System Description\.+ (?<product>EdgeSwitch [\w -]+?), (?<version>\d+\.\d+\.\d+)(?:\.\d+)?, Linux/m,
    examples: [
      'r\n\nSwitch: 1\n\nSystem Description............................. EdgeSwitch 48 500W, 1.9.1, Linux 3.6.5-03329b4a, 0.0.0.0000000\nMachine Type................................... EdgeSwitch 48 500W\nMachine Model.................................. ES-48-500W',
    ],
    source: NTC('tests/ubiquiti_edgeswitch/show_version', '`show version` of an EdgeSwitch 48 500W'),
  },
  {
    name: 'ubiquiti-unifi-switch-sysdescr',
    manufacturer: 'ubiquiti',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['usw-', 'us-'],
    // UniFi switches: model, firmware with four parts, and sometimes the Linux kernel.
    pattern: /^(?<product>USW?-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*),? (?<version>\d+\.\d+\.\d+\.\d+)(?:, Linux \d+(?:\.\d+)+)?$/,
    examples: ['USW-8P-60, 4.3.20.11298, Linux 3.6.5', 'US-24-500W, 5.43.36.12724, Linux 3.6.5', 'USW-Flex 5.64.8.13083', 'USW-5-Flex, 4.0.80.10875'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'ubiquiti-unifi-os-sysdescr',
    manufacturer: 'ubiquiti',
    product: 'UniFi OS console or gateway',
    protocols: ['snmp'],
    keywords: ['ubiquiti unifi '],
    pattern: /^Ubiquiti UniFi (?:(?:UDM|UDR|UCG)[\w-]* )?(?<version>\d+\.\d+\.\d+) Linux \d/,
    examples: ['Ubiquiti UniFi 5.1.19 Linux 5.4.213 ipq9574', 'Ubiquiti UniFi UDM-Pro 5.1.19 Linux 4.19.152 al324', 'Ubiquiti UniFi UCG-Ultra 5.1.19 Linux 5.4.213 ipq5322'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'ubiquiti-unifi-ap-sysdescr',
    manufacturer: 'ubiquiti',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['uap-', 'usw gigabit ethernet switch'],
    // Some UniFi access points answer with model and firmware (others with the bare Linux line,
    // which names nobody); early UniFi switches with a fixed description and the firmware.
    pattern: /^(?<product>UAP-[\w-]+|USW GigaBit Ethernet Switch),? (?:firmware v?)?(?<version>\d+\.\d+\.\d+(?:\.\d+)?)$/,
    examples: ['UAP-AC-Mesh-Pro 4.3.20.11298', 'USW GigaBit Ethernet Switch, firmware 5.34.0.12180', 'USW GigaBit Ethernet Switch, firmware v4.3.20.1129'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'ubiquiti-unifi-title',
    manufacturer: 'ubiquiti',
    product: 'UniFi gateway, Cloud Key or video recorder',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['unifi ', 'cloud', 'airvision: '],
    // The web pages of UniFi hardware name the product line; airVision is the older name of UniFi
    // Video. The UniFi access points and switches serve no page of their own (the controller does).
    // "UniFi Video" alone is the video software's page, which Recog lists as a service
    // (cpe:/a:ui:unifi_video), not hardware: it names nobody.
    pattern: /^(?:UniFi (?:Security Gateway|NVR: Software Portal)|Cloud ?Key|airVision: \[NVR\] - Software Portal)$/,
    examples: ['UniFi Security Gateway', 'CloudKey', 'Cloud Key', 'UniFi NVR: Software Portal', 'airVision: [NVR] - Software Portal'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'ubiquiti-edge-title',
    manufacturer: 'ubiquiti',
    product: 'EdgeRouter, EdgeSwitch, airCube or AmpliFi router',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['edgeos', 'ubiquiti ', 'aircube', 'welcome to amplifi'],
    pattern: /^(?:EdgeOS|Ubiquiti (?:EdgeSwitch|Networks)|airCube|Welcome to AmpliFi)$/,
    examples: ['EdgeOS', 'Ubiquiti EdgeSwitch', 'Ubiquiti Networks', 'airCube', 'Welcome to AmpliFi'],
    source: RECOG('html_title.xml'),
  },

  // ---------------------------------------------------------------- Axis
  {
    // The DHCP vendor class (option 60) of Axis's cameras, encoders and audio modules: maker, device
    // type, model and firmware, comma-separated.
    name: 'axis-dhcp-vendor-class',
    manufacturer: 'axis',
    product: 'product',
    protocols: ['other'],
    keywords: ['axis,'],
    pattern: /^AXIS,(?:PTZ Dome )?(?:Network Camera|Network Video Encoder|Video Server|Network IO Audio Module),(?<product>[^,\r\n]+),(?<version>\d+(?:\.\d+)+)\s*$/,
    examples: [
      'AXIS,Network Camera,P3343,5.20.3',
      'AXIS,PTZ Dome Network Camera,M5014,5.50.3.7',
      'AXIS,Network Camera,P3225-LV Mk II,9.70.1.5',
      'AXIS,Network Video Encoder,M7011,5.90.1',
      'AXIS,Network IO Audio Module,P8221,5.10.2',
    ],
    source: RECOG('dhcp_vendor_class.xml'),
  },
  {
    name: 'axis-product-name',
    manufacturer: 'axis',
    product: 'product',
    protocols: ['http', 'ftp', 'upnp', 'other'],
    keywords: ['axis '],
    // "AXIS" (or "Axis" at the start, as an older camera's FTP greeting writes it) followed by a model
    // number and the product class; "Axis" inside a text is a word ("Dual Axis 360 PTZ Camera").
    pattern:
      /(?:\bAXIS|^Axis) (?<product>[A-Z]{0,2}\d{3,4}[A-Z0-9-]*(?: Mk II)?) (?:(?:Network|Dome|PTZ|Thermal|Box|Bullet|Panoramic|Fixed)(?: Dome)? (?:Network )?Camera|Network Fixed Dome Camera|Video Server|Video (?:En|De)coder|Network Video Encoder)\b/,
    examples: [
      'AXIS P3245-V Network Camera',
      '220 AXIS 2100 Network Camera 2.43 Oct 25 2004 ready.',
      // FTP greetings (Recog xml/ftp_banners.xml)
      'AXIS 216FD Network Fixed Dome Camera 4.47 (Mar 13 2008) ready.',
      'AXIS P7701 Video Decoder 5.07.2 (Apr 20 2010) ready.',
      'Axis 2100 Network Camera 2.43 Nov 04 2008 ready.',
    ],
    source: {
      title: 'Axis camera page titles and FTP greetings in the Nmap service probe database and public scan reports',
      url: 'https://github.com/nmap/nmap/blob/master/nmap-service-probes',
    },
  },
  {
    // nmap -sV's names for the services of Axis cameras, video servers, print servers and CD servers:
    // "AXIS" or "Axis" first, then a model or none and the class of device (ThinWizard, Axis's
    // printer management software, is not a device class and is left out).
    name: 'axis-scanner-product',
    manufacturer: 'axis',
    product: 'camera, video server or print server',
    fields: ['product'],
    keywords: ['axis '],
    pattern: /^AXIS (?!ThinWizard\b)(?:[\w+ ]*?\b(?:(?:network )?camera|webcam|video(?: server| encoder)?|network video|print server)\b|StorPoint\b|\d{3,4}\+?$)/i,
    examples: [
      'AXIS 205 Network Video ftpd', 'AXIS 250S Network Video ftpd', 'AXIS 200+ camera httpd', 'AXIS 200',
      'AXIS 205 network camera web interface', 'AXIS 207W or 212 PTZ network camera rtspd', 'AXIS 2400 video httpd',
      'AXIS 560 print server', 'AXIS StorPoint CD http config', 'AXIS StorPoint E100 CD-ROM Server ftpd', 'AXIS Webcam',
      'AXIS webcam telnetd', 'Axis 207W Webcam rtspd', 'Axis 2100 Network Camera telnetd', 'Axis 5400 print server web config',
      'Axis M1054 or P3364 Network Camera rtspd', 'Axis network print server ftpd',
    ],
    source: NMAP_PROBES,
  },
  {
    // Axis's own print servers (AXIS 560, 5470e, 5600+) greet FTP clients with their model and firmware.
    name: 'axis-print-server-ftp',
    manufacturer: 'axis',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['ftp network print server'],
    pattern: /^AXIS (?<product>\d{3,4}\w*\+?)(?: \(rev \d+\))? FTP Network Print Server V?(?<version>\d+\.\d+[\w.]*)/i,
    examples: [
      'AXIS 560 FTP Network Print Server V6.00 Jul 7 1999 ready.',
      'AXIS 5600+ (rev 3) FTP Network Print Server V7.00 Sep 10 2004 ready.',
      'AXIS 5470e FTP Network Print Server V6.30.beta2 Sep 25 2002 ready.',
    ],
    source: RECOG('ftp_banners.xml'),
  },

  {
    name: 'axis-sysdescr',
    manufacturer: 'axis',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['; axis '],
    // Axis firmware: "; AXIS <model>; <product class>; <firmware>; <build date>; ...".
    pattern: /^; AXIS (?<product>[A-Z]{0,2}\d{3,4}[A-Z0-9-]*(?: Mk II)?); [^;]*(?:Camera|Encoder|Video Server)[^;]*; (?<version>\d+\.\d+(?:\.\d+)*);/,
    examples: ['; AXIS P5534-E; PTZ Dome Network Camera; 5.40.9.2; May 15 2012 09:50; 188.1; 1;'],
    source: LIBRENMS('axiscam.snmprec'),
  },

  {
    // Axis's print and document servers of the 1990s and 2000s: the model, then the server kind and
    // its firmware version (the oldest firmware writes them without spaces).
    name: 'axis-print-server-sysdescr',
    manufacturer: 'axis',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['axis '],
    pattern: /^AXIS (?<product>(?:NPS |PrintPoint )?\d{2,4}[A-Z]?[a-z]?(?:\/\d{2,4})?|OfficeBasic(?: USB)?) ?(?:Network )?(?:Print|Printer|Document) server/i,
    examples: [
      'AXIS 5470e Network Print Server V6.21 Dec  5 2000',
      'AXIS 70U Network Document Server,Version: 1.08',
      'Axis NPS 550RPrint serverV5.22 Oct 07 1996',
      'AXIS 540/542 Print Server V5.43 Feb 2 1998',
      'AXIS OfficeBasic USB Network Print Server V7.03 Feb 14 2005',
      'AXIS PrintPoint 560/100 Print server V5.39 Dec 12 1997',
      'Axis NPS 550R Printer Server V4.11 Mar 1 1994',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'axis-mac-realm',
    manufacturer: 'axis',
    product: 'IP camera or video encoder (VAPIX)',
    protocols: ['http', 'rtsp'],
    fields: ['www-authenticate'],
    keywords: ['realm="axis_'],
    // Axis firmware names its digest realm "AXIS_" and the serial number, which is the MAC address
    // (the web-service realm adds "WS_").
    pattern: /realm="AXIS_(?:WS_)?[0-9A-F]{12}"/,
    examples: [
      'Digest realm="AXIS_WS_ACCC8E3A0A8F", nonce="000057c3Y810622bff50b36005eb5efeae118626a161bf", stale=FALSE',
      'Digest username="root", realm="AXIS_ACCC8EB3494E", nonce="PNHWZB6nBQA=316099a140230c2db387fc75ee1c8ae838a750d8", uri="/axis-cgi/com/ptz.cgi?camera=1&continuouspantiltmove=-49,0"',
    ],
    source: {
      title: 'Digest challenges and answers of Axis cameras quoted in RTSP and VAPIX client code (ngraziano/SharpRTSP RtspClientExample/RTSPClient.cs; a Go digest-auth test fixture)',
      url: 'https://github.com/ngraziano/SharpRTSP/blob/master/RtspClientExample/RTSPClient.cs',
    },
  },

  // ---------------------------------------------------------------- Motorola Solutions (Avigilon)
  {
    name: 'avigilon-rtsp-server',
    manufacturer: 'motorola-solutions',
    product: 'Avigilon camera (ONVIF RTSP server)',
    protocols: ['rtsp'],
    fields: ['server'],
    keywords: ['avigilononvifnvt/'],
    pattern: /^AvigilonOnvifNvt\/(?<version>\d+\.[\d.]+)$/,
    examples: ['AvigilonOnvifNvt/2.6.0.130'],
    source: RECOG('rtsp_servers.xml'),
  },
  {
    // The web server of Bosch's VideoJet and VIP X video encoders (nmap: "VCS-VideoJet-Webserver
    // httpd", "Bosch VIP X1 video encoder http config"), named after VideoJet's first maker, VCS.
    name: 'bosch-videojet-server',
    manufacturer: 'bosch',
    product: 'VideoJet / VIP X video encoder or camera',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['vcs-videojet-webserver'],
    pattern: /^VCS-VideoJet-Webserver$/,
    examples: ['VCS-VideoJet-Webserver'],
    source: {
      title: 'nmap-service-probes, the match lines of "VCS-VideoJet-Webserver httpd" (info "Bosch VIP X1 video encoder http config"); the header as an nmap scan published in a GitHub repository printed it (|_http-server-header: VCS-VideoJet-Webserver)',
      url: 'https://github.com/nmap/nmap/blob/master/nmap-service-probes',
    },
  },
  {
    // Bosch's IP cameras tell the user which name to log in with for live view in their digest
    // realm (nmap: "Bosch DINION IP Bullet 5000 webcam http admin").
    name: 'bosch-live-realm',
    manufacturer: 'bosch',
    product: 'IP camera (DINION, FLEXIDOME and others)',
    protocols: ['http', 'https', 'rtsp'],
    fields: ['www-authenticate'],
    keywords: ["realm=\"use 'live' as user name"],
    pattern: /realm="Use 'live' as User Name in order to log in to the respective level"/,
    examples: ['Digest realm="Use \'live\' as User Name in order to log in to the respective level"'],
    source: NMAP_PROBES,
  },
  {
    // Divar is Bosch's line of digital video recorders; its web client's page is titled so.
    name: 'bosch-divar-title',
    manufacturer: 'bosch',
    product: 'Divar video recorder',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['divar web client'],
    pattern: /^Divar Web Client$/,
    examples: ['Divar Web Client'],
    source: NMAP_PROBES,
  },

  // ---------------------------------------------------------------- HPE / Aruba (ProCurve)
  {
    name: 'hpe-procurve-sysdescr',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['snmp'],
    keywords: [', revision '],
    // Part numbers are J and four digits (J9772A) or, since 2015, JL and three (JL258A).
    pattern: /^(?:HP|ProCurve|Aruba) (?<model>J(?:\d{4}|L\d{3})[A-Z]) (?:ProCurve )?(?:Switch )?(?<product>[\w+-]+(?: [\w+-]+)*?)(?: Switch)?, revision (?<version>[A-Z]{1,2}\.\d+\.\d+(?:\.\d+)?)/,
    examples: [
      'ProCurve J9088A Switch 2610-48, revision R.11.72, ROM R.10.06 (/sw/code/build/nemo(R_ndx))',
      'HP J9773A 2530-24G-PoEP Switch, revision YA.16.02.0012, ROM YA.15.19 (/ws/swbuildm/rel_ukiah_qaoff/code/build/lakes(swbuildm_rel_ukiah_qaoff_rel_ukiah))',
      'ProCurve J9145A 2910al-24G Switch, revision W.14.03, ROM W.14.04 (/sw/code/build/sbm(t4a_RC3))',
      'HP J8697A Switch E5406zl, revision K.15.06.0006, ROM K.15.19 (/sw/code/build/btm(K_15_06)) (Formerly ProCurve)',
      'HP J4813A ProCurve Switch 2524, revision F.05.34, ROM F.02.01  (/sw/code/build/info(s02))',
      'Aruba JL258A 2930F-8G-PoE+-2SFP+ Switch, revision WC.16.10.0009, ROM WC.16.01.0008 (/ws/swbuildm/rel_orlando_qaoff/code/build/anm(swbuildm_rel_orlando_qaoff_rel_orlando))',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // A ProCurve switch's telnet console shows a framed notice before the login prompt: the part
    // number and product on one line, the firmware revision on the next.
    name: 'hpe-procurve-telnet',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['telnet', 'ssh', 'other'],
    keywords: ['procurve switch '],
    pattern: /^HP (?<model>J\d{4}[A-Z]) (?<product>ProCurve Switch [\w+-]+)\s*\r?\n\s*Firmware revision (?<version>[\w.]+)/m,
    examples: [
      '====================================================================================\nHP J4121A ProCurve Switch 4000M\nFirmware revision v2.2.3\n\nCopyright (C) 1991-2004 Hewlett-Packard Co. All Rights Reserved.\n\n                        RESTRICTED RIGHTS LEGEND\n',
    ],
    source: RECOG('telnet_banners.xml'),
  },
  {
    // The enclosure manager of HP's first blade servers greets telnet with its product line and
    // firmware version, then HP's copyright.
    name: 'hpe-proliant-blade-telnet',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['hp proliant bl e-class integrated administrator'],
    pattern: /^\s*HP (?<product>ProLiant BL e-Class Integrated Administrator) v(?<version>\d+(?:\.\d+)+)/,
    examples: [
      'HP ProLiant BL e-Class Integrated Administrator v2.00\n          Copyright 2005 Hewlett-Packard Development Group, L.P.\n\n         -------------------------------------------------------------------------------\n         WARNING: This is a private system.  Do not attempt to login unless you are an\n         authorized user.  Any authorized or unauthorized access and use may be moni-\n         tored and can result in criminal or civil prosecution under applicable law.\n         --------------------------------------------------------------------------------\n\n\n         IA-00508BEBAA59 login:',
    ],
    source: RECOG('telnet_banners.xml'),
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

  {
    name: 'hpe-arubaos-sysdescr',
    manufacturer: 'hpe',
    product: 'Aruba mobility controller (ArubaOS)',
    protocols: ['snmp'],
    keywords: ['arubaos version ', 'arubaos (model: '],
    // Controllers name their model first: "ArubaOS (MODEL: Aruba3400), Version 6.3.1.1 (40563)".
    pattern: /^ArubaOS (?:\(MODEL: (?<product>[\w-]+)\), )?Version (?<version>\d+\.\d+\.\d+[\w.-]*)/,
    examples: ['ArubaOS Version 6.4.4.4-4.2.3.1', 'ArubaOS (MODEL: Aruba3400), Version 6.3.1.1 (40563)', 'ArubaOS (MODEL: Aruba200-US), Version 5.0.4.16 (43995)'],
    source: {
      title: 'LibreNMS tests/snmpsim/arubaos.snmprec; Greenbone feed, Aruba ArubaOS SNMP detection: sysDescr strings of real controllers quoted in the plugin',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/arubaos.snmprec',
    },
  },
  {
    name: 'hpe-arubaos-cx-sysdescr',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['aruba '],
    // AOS-CX switches: "Aruba <part number> <model> <two-letter platform>.10.<xx>.<xxxx>". The LLDP
    // system description of the same switches leaves the model out; the virtual image says "Virtual".
    pattern: /^Aruba (?<product>[A-Z0-9]{6}(?: \S[^\n]{0,60}?)?) +(?:[A-Z]{2}|Virtual)\.(?<version>10\.\d{2}\.\d{4})$/,
    examples: [
      'Aruba JL635A 8325 GL.10.04.2000',
      'Aruba R8W85A 8100-24XT4XF4C LL.10.13.1060',
      'Aruba JL641A 6400M 32G CL4 PoE 4SFP55 Swch FL.10.10.1019',
      'Aruba ABC123 ArubaOS-CX_OVA Virtual.10.07.0010',
      // LLDP remote system description (LibreNMS tests/snmpsim/procurve.snmprec)
      'Aruba JL375A  XL.10.13.1031',
    ],
    source: {
      title: 'LibreNMS tests/snmpsim/arubaos-cx.snmprec (8325 sysDescr) and procurve.snmprec (LLDP neighbour); Rapid7 Recog xml/snmp_sysdescr.xml, Aruba OS CX',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/arubaos-cx.snmprec',
    },
  },
  {
    // `show system` of AOS-CX names the vendor (Aruba, or "HPE ANW" in 10.15) and the release on
    // lines of their own.
    name: 'hpe-arubaos-cx-show-system',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['aos-cx version'],
    pattern: /^Vendor\s*: (?:Aruba|HPE ANW)\s*\r?\nProduct Name\s*: (?<product>[^\r\n]+?)\s*\r?\n(?:[^\r\n]*\r?\n){0,4}?(?:ArubaOS-CX|AOS-CX) Version\s*: (?<version>[A-Z]{2}\.10\.\d{2}\.\d{4})/m,
    examples: [
      'Hostname           : 6300\nSystem Description : FL.10.11.1021\nSystem Contact     :\nSystem Location    :\n\nVendor             : Aruba\nProduct Name       : JL665A 6300F 48G CL4 PoE 4SFP56 Sw\nChassis Serial Nbr : XXXXXXXXXX\nBase MAC Address   : 0a00a0-00a000\nArubaOS-CX Version : FL.10.11.1021',
      'Hostname               : switch1                       \nSystem Description     : PL.10.15.1030                 \nSystem Contact         :                               \nSystem Location        :                               \n\nVendor                 : HPE ANW                       \nProduct Name           : R8N86A 6000 48G 4SFP Swch            \nChassis Serial Nbr     : XXXXXXXXXX                    \nBase MAC Address       : ffffff-ffffff                 \nAOS-CX Version         : PL.10.15.1030                 ',
    ],
    source: NTC('tests/aruba_aoscx/show_system', '`show system` of a 6300F and a 6000 switch'),
  },
  {
    // `show system` of a ProCurve (ProVision) switch: the "Status and Counters" title, then the
    // software revision in ProCurve's letters-and-numbers form.
    name: 'hpe-procurve-show-system',
    manufacturer: 'hpe',
    product: 'ProCurve / Aruba switch (ProVision)',
    protocols: ['snmp', 'other'],
    keywords: ['status and counters - general system information'],
    pattern: /^[ \t]*Status and Counters - General System Information[ \t]*\r?$(?:\r?\n[^\r\n]*){1,40}?\r?\n[ \t]*Software revision[ \t]*: (?<version>[A-Z]{1,2}\.\d{2}\.\d{2}\.\d{4})\b/m,
    examples: [
      '\n Status and Counters - General System Information\n\n  System Name        : HP_Procurve-01                           \n  System Contact     : John Smith\n  System Location    : Downtown DC2\n\n  MAC Age Time (sec) : 300    \n\n  Time Zone          : -480 \n  Daylight Time Rule : Continental-US-and-Canada \n\n\n  Software revision  : K.15.06.0017         Base MAC Addr      : 7446a0-41a56f\n  ROM Version        : K.15.29              Serial Number      : AB12CDE3FG  ',
    ],
    source: NTC('tests/hp_procurve/show_system', '`show system` of a ProCurve switch'),
  },
  {
    name: 'hpe-procurve-other-sysdescr',
    manufacturer: 'hpe',
    product: 'ProCurve / Aruba switch or access point',
    protocols: ['snmp'],
    keywords: ['procurve', ' stack, revision ', 'hp v1810-'],
    // The ProCurve lines the part-number pattern above leaves out: stacks (no part number), the
    // 1810 web-managed switches (eCos), bare "PROCURVE J9028A - PB.02.01", lower-case or blade part
    // numbers, the old "HPJ4121A" form, and the ProCurve access points.
    pattern:
      /^(?:(?:HP|Aruba) (?:\S+ )?(?:Switch )?Stack, revision [A-Z]{1,2}\.\d{2}\.\d{2}|HP ProCurve \S+ - \d+ GE, [A-Z]{1,2}\.\d+\.\d+, eCos|HP V1810-\S+, [A-Z]{1,2}\.\d+\.\d+, eCos|PROCURVE J\d{4}[A-Z] - [A-Z]{1,2}\.\d{2}\.\d{2}$|HPJ\d{4}[A-Z] HP ProCurve Switch \S+, revision |ProCurve (?:[jJ]\d{4}[a-zA-Z]|\d{6}-B21) [^,\n]{0,40}Switch[^,\n]{0,20}, revision [A-Z]{1,2}\.\d|HP Pro[cC]urve Access Point \d+: v\d|ProCurve Access Point [^,\n]{1,30} J\d{4}[A-Z], revision W[A-Z]\.|HPJ\d{4}A ProCurve [^,\n]{1,40}, ROM [A-Z]\.\d|HP ProCurve AP \d{3}wl|ProCurve Secure Router \d{4}dl, Version: \d|ProCurve Threat Management Services zl Module$)/,
    examples: [
      'HP Stack, revision KA.15.03.3004, ROM KA.15.05 (/sw/code/build/tam(KA_15_03))',
      'Aruba 3810M Switch Stack, revision KB.16.08.0012, ROM KB.16.08.0007',
      'HP ProCurve 1810G - 8 GE, P.2.2, eCos-2.0, CFE-2.1',
      'HP V1810-48G, PK.1.4, eCos-2.0, CFE-3.8',
      'PROCURVE J9028A - PB.02.01',
      'HPJ4121A HP ProCurve Switch 4000M, revision C.05.04, ROM C.05.02 (/sw/code/build/vgro(f98))',
      'ProCurve j9020a Switch 2510-48, revision U.11.04, ROM R.10.06 (/sw/code/build/dosx(ndx))',
      'ProCurve 516733-B21 6120XG Blade Switch, revision Z.14.26, ROM Z.14.09 (/sw/code/build/vern(Z_14_zinfip_t4b))',
      'HP ProCurve Access Point 420: v2.1.5 v3.0.6',
      'ProCurve Access Point 530 NA J8986A, revision WA.02.15, boot version WAB.01.00',
      // a hub, an access point, the Secure Router (dl) and the zl security module (Recog)
      'HPJ3288A ProCurve 10/100 Hub 12M, ROM A.01.00, EEPROM A.01.00, HW A.02.00',
      'HP ProCurve AP 520wlv2.4.5(758) SN-PG44JL9CWY23 v2.0.10',
      'ProCurve Secure Router 7203dl, Version: 14.04, Date: Wed Oct 14 11:33:27 2009',
      'ProCurve Threat Management Services zl Module',
    ],
    source: {
      title: 'LibreNMS tests/snmpsim/procurve.snmprec (HP Stack); Rapid7 Recog xml/snmp_sysdescr.xml, HP ProCurve and Aruba AOS-S entries',
      url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml',
    },
  },
  {
    name: 'hpe-ilo-sysdescr',
    manufacturer: 'hpe',
    product: 'Integrated Lights-Out (iLO)',
    protocols: ['snmp'],
    keywords: ['integrated lights-out '],
    pattern: /^Integrated Lights-Out (?<version>\d) (?:\d+\.\d+ [A-Z][a-z]{2} \d{1,2} \d{4}|\(iLO \d\) for Integrity)$/,
    examples: ['Integrated Lights-Out 4 2.02 Aug 18 2014', 'Integrated Lights-Out 2 (iLO 2) for Integrity'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Hewlett-Packard's server, storage and blade products, which went with Hewlett Packard
    // Enterprise in the split of 2015: StorageWorks arrays, switches and tape libraries, BladeSystem
    // enclosure managers and blade switches, KVM console switches, Integrity server processors, and
    // the V1905/V1910 web-managed switches (once 3Com's Baseline line; their text does not name
    // Comware, so they stay with the brand, as 3com-switch-sysdescr does for 3Com's).
    name: 'hpe-enterprise-sysdescr',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['hp storageworks ', 'hp onboard administrator', 'hp tape library ', 'hp pc blade switch', 'gb ethernet ', 'hp ip console switch ', 'hp v19', 'for hp integrity servers', 'pc bl enclosure integrated administrator'],
    pattern:
      /^(?:HP (?=StorageWorks |Onboard Administrator|Tape Library |PC Blade Switch|(?:\d+|1:10)Gb Ethernet |IP Console Switch |V19\d\d-)|(?=Management Processor \(MP\) for HP Integrity Servers|PC BL Enclosure Integrated Administrator))(?<product>StorageWorks [^\r\n]{1,80}|Onboard Administrator|Tape Library Remote Management Card|PC Blade Switch|(?:\d+|1:10)Gb Ethernet (?:BL-c |Blade )Switch|IP Console Switch [^\r\n]{1,60}|V19\d\d-[\w-]+(?: \(\d+W\))? Switch|Management Processor \(MP\) for HP Integrity Servers|PC BL Enclosure Integrated Administrator)/,
    examples: [
      'HP StorageWorks MSA2012fc',
      'HP StorageWorks D2D Backup System CZC8522Q1V VTL-EELW-ARIA 482301-B21',
      'HP StorageWorks 8/20q Fibre Channel Switch',
      'HP Tape Library Remote Management Card',
      'HP 10Gb Ethernet BL-c Switch',
      'HP 1:10Gb Ethernet Blade Switch',
      'HP Onboard Administrator',
      'Management Processor (MP) for HP Integrity Servers',
      'PC BL Enclosure Integrated Administrator',
      'HP PC Blade Switch',
      'HP IP Console Switch G2 4x1Ex32 - AF622 1.20.19.23386',
      'HP V1910-24G Switch Software Version 5.20, Release 1511 Copyright(c) 2010-2012 HP Tech. Co., Ltd. All rights reserved.',
      'HP V1910-24G-PoE (170W) Switch Software Version 5.20 Release 1108P01 Copyright (c) 2004-2011 Hewlett-Packard Development Company, L.P.',
      'HP V1905-24-PoE Switch Product Version 02.00.01 Copyright (c) 2011 Hewlett-Packard Development Company, L.P All rights Reserved.',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // HP's Comware 5 switches sold under its own name after the V1910 (the A5120 and A5500 lines, the
    // 1910 and 1920): the model and Comware's "Switch Software Version 5.20, Release 1505P07", without
    // the platform's name. Like the V1910 (hpe-enterprise-sysdescr) they stay with the brand: the
    // text does not name Comware. ProCurve's own switches say "revision" instead.
    name: 'hpe-comware5-switch-sysdescr',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['snmp'],
    keywords: [' switch software version '],
    pattern: /^(?:HPE? )?(?<product>[AE]?\d{4}[\w+-]*(?: [A-Z]{1,3})?(?: \(\d+W\))?) Switch Software Version (?<version>[357]\.\d+(?:\.\d+)?),? Release \d{4}/,
    examples: [
      'HP A5120-48G SI Switch Software Version 5.20, Release 1505P07',
      '1920-24G-PoE+ (370W) Switch Software Version 5.20.99, Release 1105 Copyright(c)2010-2014 Hewlett-Packard Development Company, L.P.',
      // Zabbix's template for HP Comware switches, the devices it was tested on
      '1910-48 Switch Software Version 5.20.99, Release 1116 Copyright(c)2010-2016 Hewlett Packard Enterprise Development LP',
    ],
    source: {
      title: 'Observium poller for H3C and HP Comware switches (includes/polling/os/hh3c.inc.php), sysDescr strings quoted in its comments; Zabbix template "HP Comware HH3C by SNMP" (README, tested on an HP 1910-48)',
      url: 'https://github.com/pgmillon/observium/blob/master/includes/polling/os/hh3c.inc.php',
    },
  },
  {
    // HP-UX runs only on Hewlett-Packard's own servers (HP 9000, Integrity); its sysDescr is the
    // output of `uname -a`: host name, release, licence level, machine model.
    name: 'hpe-hp-ux-sysdescr',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['hp-ux '],
    pattern: /^HP-UX \S+ (?<version>[A-Z]\.\d{2}\.\d{2}) [A-Z] (?<product>9000\/\d{3,4}|ia64)\b/,
    examples: ['HP-UX hostname B.10.20 A 9000/820 2006447661'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // MPE, the operating system of Hewlett-Packard's HP 3000 minicomputers.
    name: 'hpe-mpe-sysdescr',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['hp3000 series '],
    pattern: /^HP3000 SERIES (?<product>[\w/-]+), MPE XL version (?<version>[A-Z]\.\d{2}\.\d{2})/,
    examples: [
      'HP3000 SERIES 918RX, MPE XL version C.75.00 NS Transport version B.07.05',
      'HP3000 SERIES e3000/N4000-400-44, MPE XL version C.75.03 NS Transport version B.07.05',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'hpe-ilo-http-server',
    manufacturer: 'hpe',
    product: 'Integrated Lights-Out (iLO) web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['hp-ilo-server/'],
    pattern: /^HP-iLO-Server\/(?<version>\d+\.\d+)$/,
    examples: ['HP-iLO-Server/1.30'],
    source: RECOG('http_servers.xml'),
  },
  {
    name: 'hpe-hp-ux-apache-http-server',
    manufacturer: 'hpe',
    product: 'HP-UX server (HP 9000 / Integrity)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['hp apache-based web server/'],
    // HP's own Apache build for HP-UX, which runs only on HP's PA-RISC and Integrity servers (now
    // HPE's). Plain Apache says nothing about the hardware and has no pattern.
    pattern: /^HP Apache-based Web Server\/(?<version>\d+(?:\.\d+)+)/,
    examples: ['HP Apache-based Web Server/1.3.26 (Unix) mod_ssl/2.8.9 OpenSSL/0.9.6c', 'HP Apache-based Web Server/1.3.26 (Unix)'],
    source: RECOG('http_servers.xml'),
  },
  {
    name: 'hpe-ilo-ssh',
    manufacturer: 'hpe',
    product: 'Integrated Lights-Out (iLO) SSH server',
    protocols: ['ssh'],
    keywords: ['-mpssh_'],
    pattern: /^SSH-(?:2\.0|1\.99)-mpSSH_(?<version>\d+(?:\.\d+)*)\s*$/,
    examples: ['SSH-2.0-mpSSH_0.0.1'],
    source: RECOG('ssh_banners.xml'),
  },
  {
    // nmap -sV names iLO's services so (with `cpe:/h:hp:integrated_lights-out`, whose vendor "hp"
    // names either half of Hewlett-Packard): iLO manages ProLiant servers, HPE's since the split.
    name: 'hpe-ilo-scanner-product',
    manufacturer: 'hpe',
    product: 'Integrated Lights-Out (iLO)',
    fields: ['product'],
    keywords: ['integrated lights-out'],
    pattern: /^HPE? Integrated Lights-Out\b/i,
    examples: ['HP Integrated Lights-Out mpSSH'],
    source: NMAP_PROBES,
  },

  // ---------------------------------------------------------------- H3C (Comware, also inside HPE FlexNetwork switches)
  {
    name: 'h3c-comware-sysdescr',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['comware platform software'],
    // Comware 5 says "Software Version 5.20 Release 2208" (with or without a comma, and HP's A-series
    // repeat "Comware" before "Software Version"); Comware 7 says "Software Version 7.1.045, Release".
    // HP/HPE-branded Comware devices (A-series, FlexNetwork) are H3C-built, so they resolve to `h3c`.
    pattern:
      /^(?:(?:Hangzhou )?H3C|HPE?) Comware Platform Software,? (?:Comware )?Software Version (?<version>\d+\.\d+(?:\.\d+)?),? ?(?:Release|Feature|Alpha|Beta) \w+(?:\s+(?:H3C|HPE?) (?<product>[\w-]+(?: [\w-]+)?))?/,
    examples: [
      'H3C Comware Platform Software, Software Version 5.20 Release 2208\r\nH3C S5500-28C-EI\r\nCopyright (c) 2004-2010 Hangzhou H3C Tech. Co., Ltd. All rights reserved.\n',
      'HP Comware Platform Software, Software Version 5.20 Release 2208 HP A5500-24G SI Switch with 2 Interface Slots Copyright (c) 2010-2011 Hewlett-Packard Development Company, L.P.',
      'HP Comware Platform Software, Software Version 7.1.033, Alpha 0002 HP MSR36-60 Copyright (c) 2010-2012 Hewlett-Packard Development Company, L.P.',
      'HP Comware Platform Software Comware Software Version 5.20,Release 2603P08 HP A6602 Router Copyright(c) 2010-2011 Hewlett-Packard Development Company, L.P.',
      // Comware 3 (Hangzhou H3C, 2004-2010)
      'Hangzhou H3C Comware Platform Software, Software Version 3.10, Release 2211P06\r\nH3C S3100-8TP-EI\r\nCopyright(c) 2004-2010 Hangzhou H3C Tech. Co.,Ltd. All rights reserved.',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // The sysDescr of H3C's Comware 5 routers (SR8800), as an H3C switch's LLDP table quotes it:
    // "H3C Comware software. H3C SR8800 Product Version SR8800-CMW520-R3725P01. Copyright ...", the
    // product after the brand and the release (CMW520: Comware 5.20) after "Product Version".
    name: 'h3c-comware-product-version',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['comware software.'],
    pattern: /^(?:H3C|HPE?) Comware software\. (?:H3C|HPE?) (?<product>[\w-]+) Product Version (?<version>[\w.-]*\w)/,
    examples: [
      'H3C Comware software. H3C SR8800 Product Version SR8800-CMW520-R3725P01. Copyright (c) 2004-2014 Hangzhou H3C Tech. Co., Ltd. All rights reserved.',
    ],
    source: NTC('tests/hp_comware/display_lldp_neighbor-information_verbose', '`display lldp neighbor-information verbose` of an H3C S12510-X, its neighbour an SR8800 router'),
  },
  {
    // `display version` of Comware 5 and 7: "<brand> Comware Software, Version ..." (Comware 5 puts
    // "<brand> Comware Platform Software" on a line of its own before it), the copyright, then
    // "<brand> <model> uptime is". The sysDescr of the same devices says "Comware Platform Software,
    // Software Version" (h3c-comware-sysdescr). HP's and HPE's Comware devices are H3C-built, as there.
    name: 'h3c-comware-display-version',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['comware software, version'],
    pattern:
      /^(?:(?:Hangzhou )?H3C|HPE?) Comware (?:Platform Software\s*\r?\nComware )?Software, Version (?<version>\d+\.\d+(?:\.\d+)?)[\w-]*, (?:Release|Feature) \w[\w-]*[ \t]*(?:\r?\nCopyright [^\r\n]*\r?\n(?:H3C|HPE?) (?<product>[^\r\n]+?)(?: with \d+ Interface Slots?)? uptime is)?/m,
    examples: [
      'H3C Comware Platform Software\nComware Software, Version 5.20, Feature 6709L25\nCopyright (c) 2004-2015 Hangzhou H3C Tech. Co., Ltd. All rights reserved.\nH3C S7510E uptime is 309 weeks, 1 day, 16 hours, 15 minutes',
      'HP Comware Platform Software\nComware Software, Version 5.20.105, Release 1809P03-US\nCopyright (c) 2010-2015 Hewlett-Packard Development Company, L.P.\nHP 5800-24G-SFP Switch with 1 Interface Slot uptime is 513 weeks, 5 days, 15 hours, 35 minutes',
      'HPE Comware Platform Software\nComware Software, Version 5.20.99, Release 2221P25\nCopyright (c) 2010-2016 Hewlett Packard Enterprise Development LP\nHP A5120-24G-PoE+ EI Switch with 2 Interface Slots uptime is 37 weeks, 4 days, 1 hour, 3 minutes',
      'HP Comware Software, Version 7.1.045, Release 2311P02\nCopyright (c) 2010-2014 Hewlett-Packard Development Company, L.P.\nHP 5900AF-48G-4XG-2QSFP+ Switch uptime is 589 weeks, 2 days, 7 hours, 8 minutes\nLast reboot reason : Power on',
      'HPE Comware Software, Version 7.1.070, Release 3507P18\nCopyright (c) 2010-2023 Hewlett Packard Enterprise Development LP\nHPE 5130 48G PoE+ 4SFP+ 1-slot HI Switch JH326A uptime is 35 weeks, 3 days, 5 hours, 55 minutes\nLast reboot reason : User reboot',
      'HPE Comware Software, Version 7.1.045, Feature 2427\nCopyright (c) 2010-2016 Hewlett Packard Enterprise Development LP\nHPE FF 5930-32QSFP+ Switch uptime is 384 weeks, 5 days, 8 hours, 51 minutes',
    ],
    source: NTC('tests/hp_comware/display_version', '`display version` of H3C S7510E and HP/HPE 5800, A5120, 5900, 5130 and 5930 switches'),
  },
  {
    // `display device manuinfo` of Comware: per part, DEVICE_NAME, DEVICE_SERIAL_NUMBER, the MAC
    // address for boards, MANUFACTURING_DATE and VENDOR_NAME (H3C, or HP/HPE on the devices H3C
    // built for them, as in h3c-comware-display-version).
    name: 'h3c-comware-manuinfo',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['vendor_name'],
    pattern:
      /^[ \t]*DEVICE_NAME[ \t]*: (?<product>[^\r\n]+?)[ \t]*\r?\n[ \t]*DEVICE_SERIAL_NUMBER[ \t]*: \S+[ \t]*\r?\n(?:[ \t]*MAC_ADDRESS[ \t]*: \S+[ \t]*\r?\n)?[ \t]*MANUFACTURING_DATE[ \t]*: \d{4}-\d{2}-\d{2}[ \t]*\r?\n[ \t]*VENDOR_NAME[ \t]*: (?:H3C|HPE?)[ \t]*$/m,
    examples: [
      '# Comware v7 irf with chassis\n Chassis 1\nChassis self\n DEVICE_NAME          : LS-12511-X-AC\n DEVICE_SERIAL_NUMBER : 11111111111111110000\n MAC_ADDRESS          : AAAA-AAAA-355F\n MANUFACTURING_DATE   : 2014-06-13\n VENDOR_NAME          : H3C',
      ' Slot 1 CPU 0:\nDEVICE_NAME          : HP FlexFabirc 5930-32QSFP+ Switch JG726A\nDEVICE_SERIAL_NUMBER : CN43GG2001\nMAC_ADDRESS          : 00E0-FC00-5800\nMANUFACTURING_DATE   : 2008-05-08\nVENDOR_NAME          : HPE',
    ],
    source: NTC('tests/hp_comware/display_device_manuinfo', '`display device manuinfo` of an H3C S12500X and an HPE 5930'),
  },
  {
    name: 'h3c-switch-sysdescr',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['h3c switch '],
    pattern: /^H3C Switch (?<product>[\w-]+) Software Version (?<version>\d+\.\d+), Release/,
    examples: [
      'H3C Switch S5120-28P-SI Software Version 5.20, Release 1101P10\n       Copyright(c) 2004-2010 Hangzhou H3C Tech. Co., Ltd. All rights reserved.\n      ',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'h3c-hp-msr-sysdescr',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['hp series router '],
    // HP's MSR routers are H3C's MSR line, which HP took over with 3Com (as its Comware switches, see
    // h3c-comware-sysdescr); their sysDescr puts "HP Series Router <model>" before the platform name.
    pattern: /^HP Series Router (?<product>[\w-]+) HP Comware Platform Software/,
    examples: [
      'HP Series Router A-MSR20-40 HP Comware Platform Software Comware Software Version 5.20, Release 2209P15, Standard Copyright(c) 2010-2012 Hewlett-Packard Development Company, L.P.',
      'HP Series Router A-MSR900 HP Comware Platform Software Comware Software Version 5.20, Release 2207P41 Copyright(c) 2010 Hewlett-Packard Development Company, L.P.',
    ],
    source: {
      title: 'Rapid7 Recog xml/snmp_sysdescr.xml (HP Comware sysDescr values of A-MSR routers); CNIS Mag, "HP rach\u00e8te 3Com... et TippingPoint" (2009): HP takes over the MSR multiservice routers with 3Com',
      url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml',
    },
  },
  {
    name: 'h3c-huawei-3com-sysdescr',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['huawei-3com '],
    // Devices of the Huawei-3Com joint venture (2003-2007, H3C's first name) name it before the model;
    // the hyphenated name is the joint venture's own, not Huawei's.
    pattern: /^HUAWEI-3COM (?<product>[A-Z]+-?\d+[\w-]*)\s*$/i,
    examples: ['HUAWEI-3COM WBR-204g'],
    source: RECOG('snmp_sysdescr.xml'),
  },

  {
    // The first line of a Comware 5 or 7 configuration (`display current-configuration`, a saved
    // startup.cfg): ` version 7.1.070, Release 6318P01` after a `#`, before ` sysname`. Huawei's VRP
    // configurations share the `#` and ` sysname` lines but write no such line (their release is in
    // `!Software Version V200R...`). HP's and HPE's Comware switches write it too: H3C-built, as above.
    name: 'h3c-comware-configuration',
    manufacturer: 'h3c',
    product: 'Comware',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: ['version'],
    pattern: /^\s*version (?<version>(?:5\.20|7\.1)(?:\.\d+)?), (?:Release|Feature|ESS|Alpha|Beta) \w[\w-]*\s*$/,
    examples: [' version 7.1.070, Release 6318P01', ' version 5.20, Release 1110P01', ' version 7.1.070, Release 3506-US', ' version 7.1.064, Release 0427P22'],
    source: {
      title: '`display current-configuration` of an H3C switch on Comware 7 (`#`, ` version 7.1.070, Release 6318P01`, `#`, ` sysname H3C`)',
      url: 'https://cnblogs.com/xinghen1216/p/14442948.html',
    },
  },
  {
    name: 'h3c-comware-ssh',
    manufacturer: 'h3c',
    product: 'Comware SSH server',
    protocols: ['ssh'],
    keywords: ['-comware-'],
    pattern: /^SSH-(?:2\.0|1\.99)-Comware-(?<version>\d+\.\d+(?:\.\d+)?)\s*$/,
    examples: ['SSH-2.0-Comware-7.1.075', 'SSH-1.99-Comware-7.1.045', 'SSH-2.0-Comware-7.1.070', 'SSH-2.0-Comware-7.1.059', 'SSH-2.0-Comware-5.20.105', 'SSH-2.0-Comware-5.20'],
    source: SSH_SURVEY,
  },
  {
    // The web pages of H3C's ER-series small-business routers and ICG gateways are titled with the
    // model and "系统管理" ("system management"), nothing else: ER3200, ER5200G2, ER2100V2, ER3108GW,
    // ICG 1000. The whole title must be it, and the model must start it: TP-Link's TL-ER routers and
    // Ubiquiti's ER-X do not match.
    name: 'h3c-er-router-title',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['\u7cfb\u7edf\u7ba1\u7406'],
    pattern: /^(?<product>ER\d{4}(?:G\d|GW|G|V\d|n)?|ICG ?\d{4})\u7cfb\u7edf\u7ba1\u7406$/,
    examples: ['ER3200\u7cfb\u7edf\u7ba1\u7406', 'ER5100\u7cfb\u7edf\u7ba1\u7406', 'ER2100V2\u7cfb\u7edf\u7ba1\u7406', 'ER6300G2\u7cfb\u7edf\u7ba1\u7406', 'ER3108GW\u7cfb\u7edf\u7ba1\u7406', 'ER2100n\u7cfb\u7edf\u7ba1\u7406', 'ICG 1000\u7cfb\u7edf\u7ba1\u7406', 'ICG1000\u7cfb\u7edf\u7ba1\u7406'],
    source: {
      title: 's7ckTeam/Glass fingerprint rules (config/rules.py, FOFA-derived): "H3C ER3200" keyed on "ER3200\u7cfb\u7edf\u7ba1\u7406", and likewise ER5100, ER2100V2, ER6300G2, ER8300G2, ER3108GW, ER3260G2, ER5200, ICG 1000 and ICG1000; WhatWeb-style plugins built from the same rules match them in the page title (@title=~/ER3200\u7cfb\u7edf\u7ba1\u7406/)',
      url: 'https://github.com/s7ckTeam/Glass/blob/3315ecfc126428e0aa600cdc873fa6b88e9ad9b3/config/rules.py',
    },
  },
  {
    // nmap -sV's names for the telnet servers of H3C's switches (their greeting's "Copyright (c) ...
    // Hangzhou H3C Tech. Co., Ltd." line) and of the SecBlade firewall module H3C made for HP's SR8800.
    name: 'h3c-telnet-scanner-product',
    manufacturer: 'h3c',
    product: 'Comware switch or firewall module',
    fields: ['product'],
    keywords: ['h3c '],
    pattern: /^(?:H3C (?:switch )?telnetd|HP H3C \S+ SecBlade firewall module telnetd)\b/,
    examples: ['H3C switch telnetd', 'H3C telnetd', 'HP H3C SR8808 SecBlade firewall module telnetd'],
    source: NMAP_PROBES,
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
    // Some TP-Link firmware leaves its name out of the realm and gives the speed, the kind of device
    // and the model with TP-Link's own "TL-" prefix ("150Mbps Wireless N Router TL-WR720N"). The
    // prefix is required: a realm of the same words with another model names nobody.
    name: 'tp-link-tl-model-realm',
    manufacturer: 'tp-link',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: [' tl-'],
    pattern: /^(?:Basic|Digest) realm="\d+Mbps (?:[\w+-]+ ){0,6}?(?:Router|Access Point|Extender|AP) (?<product>TL-[A-Z]{2,4}\d{3,4}[A-Z]*)"/,
    examples: ['Basic realm="150Mbps Wireless N Router TL-WR720N"'],
    source: {
      title: 'Nmap http-default-accounts fingerprints (nselib/data/http-default-accounts-fingerprints.lua, "TP-LINK Wireless Router TL-WR720N": http_auth_realm(response) == "150Mbps Wireless N Router TL-WR720N"); the same realm in a router scanner\u2019s table of TP-Link realms (BASIC_FP), a router-identity module (confirm_identity) and a router tool\u2019s Shodan query for Brazil',
      url: 'https://github.com/nmap/nmap/blob/master/nselib/data/http-default-accounts-fingerprints.lua',
    },
  },
  {
    // The RTSP service of TP-Link's cameras (Tapo, VIGI) challenges with a realm naming the maker and
    // the kind of device; a client's Authorization header repeats it.
    name: 'tp-link-camera-realm',
    manufacturer: 'tp-link',
    product: 'IP camera',
    protocols: ['rtsp', 'http'],
    fields: ['www-authenticate'],
    keywords: ['realm="tp-link ip-camera"'],
    pattern: /realm="TP-Link IP-Camera"/i,
    examples: ['Digest realm="TP-Link IP-Camera", nonce="a7f25da0aea8091cb57ae820b5f7c357"'],
    source: {
      title: 'FFmpeg debug log of the RTSP session with a TP-Link camera (its /stream2 path), pasted in AlexxIT/StreamAssist pull request #19',
      url: 'https://github.com/AlexxIT/StreamAssist/pull/19',
    },
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
  {
    name: 'tp-link-td-telnet',
    manufacturer: 'tp-link',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['dsl modem router'],
    // TD is TP-Link's line of DSL modem routers; the telnet greeting names the model and its
    // hardware version.
    pattern: /^\s*(?<product>TD-W?\d{4}\w*) [\d.]+ DSL Modem Router\r?\n/,
    examples: ['TD-W8960N 5.0 DSL Modem Router\r\nAuthorization failed after trying 5 times!!!.\r\nPlease login after 416 seconds!'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'tp-link-jetstream-sysdescr',
    manufacturer: 'tp-link',
    product: 'JetStream switch',
    protocols: ['snmp', 'other'],
    keywords: ['jetstream '],
    pattern: /^(?:TP-Link )?JetStream \d+-Port [^\n]{1,80}?Switch\b/,
    examples: [
      'JetStream 24-Port Gigabit L2 Managed Switch with 4 SFP Slots',
      'JetStream 24-Port Gigabit Smart PoE+ Switch with 4 SFP Slots',
      'TP-Link JetStream 24-Port Gigabit L2+ Managed Switch TL-SG3428',
    ],
    source: {
      title: 'TP-Link JetStream (T1600G, T2600G, TL-SG3428) sysDescr and LLDP system descriptions quoted in public inventory and network tools',
    },
  },
  {
    // The same switches sold under TP-Link's Omada line (an SG2218P in LibreNMS's jetstream OS) name the
    // line where the older ones name JetStream.
    name: 'tp-link-omada-switch-sysdescr',
    manufacturer: 'tp-link',
    product: 'Omada switch',
    protocols: ['snmp', 'other'],
    keywords: ['omada '],
    pattern: /^(?:TP-Link )?Omada \d+-Port [^\n]{1,80}?Switch\b/,
    examples: ['Omada 18-Port Gigabit Smart Switch with 16-Port PoE+'],
    source: LIBRENMS('jetstream_sg2218p.snmprec'),
  },
  {
    name: 'tp-link-upnp',
    manufacturer: 'tp-link',
    product: 'product',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['ipos/'],
    // The ipOS stack (Ubicom) ran in routers of several makers; the TL- model after it is TP-Link's.
    pattern: /^ipos\/[\d.]+ UPnP\/[\d.]+ (?<product>TL-[A-Z0-9]+)\//i,
    examples: ['ipos/7.0 UPnP/1.0 TL-WR841N/8.0', 'ipos/7.0 UPnP/1.0 TL-WR740N/1.0/2.0', 'ipos/7.0 UPnP/1.0 TL-WR941N/2.0'],
    source: RECOG('upnp_banners.xml'),
  },
  {
    // TP-Link's own web server, in its routers, Omada access points and Pharos outdoor CPEs.
    name: 'tp-link-httpd-server',
    manufacturer: 'tp-link',
    product: 'router, access point or CPE (TP-LINK HTTPD)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['tp-link httpd'],
    pattern: /^TP-LINK HTTPD(?:\/(?<version>\d+(?:\.\d+)*))?$/i,
    examples: ['TP-LINK HTTPD/1.0', 'TP-LINK HTTPD'],
    source: {
      title: 'Greenbone feed (OpenVAS): the HTTP banner key tplink_httpd ("^Server\\s*:\\s*TP-LINK HTTPD") and the operating system detection from HTTP Server banners, which reports it as TP-Link device firmware; "TP-LINK HTTPD/1.0" as public network-inventory projects on GitHub record it (a Pharos CPE510, a home router)',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    // The SSDP Server header of TP-Link routers running MiniUPnPd names the maker as the OS token;
    // older ones answered "TP-LINK Router, UPnP/1.0".
    name: 'tp-link-miniupnpd',
    manufacturer: 'tp-link',
    product: 'router',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['tp-link/', 'tp-link router, upnp/'],
    pattern: /^TP-LINK(?:\/\S+ UPnP\/\S+ MiniUPnPd\/| Router, UPnP\/1\.[01]\s*$)/i,
    examples: ['TP-LINK/TP-LINK UPnP/1.1 MiniUPnPd/1.8', 'TP-Link/TP-LINK UPnP/1.1 MiniUPnPd/1.8', 'TP-LINK Router, UPnP/1.0'],
    source: {
      title: 'SSDP answers of TP-Link routers quoted in public GitHub projects: a NOTIFY in an SSDP library\u2019s tests and a discovery log in home-network notes ("TP-LINK/TP-LINK UPnP/1.1 MiniUPnPd/1.8"), and a UPnP port-mapping client\u2019s log of 2007 ("TP-LINK Router, UPnP/1.0")',
    },
  },
  {
    // Older TP-Link routers answer SSDP with the maker and the router's name as on its login realm
    // ("TP-LINK Wireless Router WR340G"), the model without its TL- prefix, and sometimes a
    // hardware version after a slash.
    name: 'tp-link-wireless-router-upnp',
    manufacturer: 'tp-link',
    product: 'product',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['tp-link wireless '],
    pattern: /^TP-LINK Wireless (?:[\w-]+ ){0,2}Router (?<product>[A-Z]{2,3}\d{3,4}[A-Z]*)(?:\/\w+)*, UPnP\/1\.[01]\s*$/i,
    examples: ['TP-LINK Wireless Router WR720N, UPnP/1.0', 'TP-LINK Wireless Router WR541G/5, UPnP/1.0'],
    source: FERRET(
      'SSDP answers of TP-Link routers labelled "tp link" and "TP-Link 248E" (vendor TP-LINK) with "TP-LINK Wireless Router WR720N, UPnP/1.0"; and "TP-LINK Wireless Router WR541G/5, UPnP/1.0" in an SSDP discovery walkthrough of 2006 (Filia Tao, "\u7aef\u53e3\u6620\u5c04\u4e4b\u53d1\u73b0\u652f\u6301UPNP\u7684\u8def\u7531")',
    ),
  },
  {
    // The TL-WR340G's SSDP Server header, without the maker's name: the model is TP-Link's own
    // (its login realm reads "TP-LINK Wireless Router WR340G"). This one string only.
    name: 'tp-link-wr340g-upnp',
    manufacturer: 'tp-link',
    product: 'TL-WR340G',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['router wr340g, upnp/'],
    pattern: /^Wireless G Router WR340G, UPnP\/1\.0$/,
    examples: ['Wireless G Router WR340G, UPnP/1.0'],
    source: FERRET(
      'the SSDP answer of a router labelled "tlwr340g" (vendor TP-LINK); the realm "TP-LINK Wireless Router WR340G" as router tools on GitHub key the model on it',
    ),
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
    name: 'netgear-prosafe-sysdescr',
    manufacturer: 'netgear',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: [' prosafe '],
    // Smart and managed switches: model, "ProSafe" (ProSAFE since 2013), the description, then the
    // firmware and boot code versions.
    pattern: /^(?:NETGEAR )?(?<product>[A-Z]{1,4}\d{3,4}[A-Za-z0-9-]*) ProS(?:afe|AFE) (?:Plus )?\d+-[Pp]ort [^,\n]{1,80}?(?:, (?<version>\d+(?:\.\d+){2,3}))?(?:, B?\d+(?:\.\d+)+)?$/,
    examples: [
      'GS748Tv5 ProSafe 48-port Gigabit Ethernet Smart Switch, 6.3.1.11, B1.0.0.4',
      // the M4300 line writes its boot code without the B
      'M4300-24X24F ProSAFE 24-port 10GBASE-T and 24-port 10G SFP+, 12.0.2.17, 1.0.0.8',
      'M4100-26G ProSafe 24-port Gigabit L2+ Intelligent Edge Managed Switch, 10.0.1.16, B1.0.0.9',
      'GS724Tv4 ProSafe 24-port Gigabit Ethernet Smart Switch, 6.3.1.4, B1.0.0.4',
      'NETGEAR GS724Tv3 ProSAFE 24-port Gigabit Smart Switch',
    ],
    source: {
      title: 'Greenbone feed, NETGEAR ProSafe SNMP detection (sysDescr strings quoted in the plugin); LLDP system descriptions in public network discovery tests',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    name: 'netgear-prosafe-ap-sysdescr',
    manufacturer: 'netgear',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['prosafe 802.11'],
    // ProSafe access points put the model after the description, then the firmware version.
    pattern: /^ProSafe 802\.11[a-z/]{1,8} Wireless Access Point -(?<product>WG\d{3}\w*) V(?<version>\d+(?:\.\d+)+)/,
    examples: ['ProSafe 802.11b/g Wireless Access Point -WG102 V5.0.0'],
    source: FUSION_DICO,
  },
  {
    name: 'netgear-prosafe-bare-sysdescr',
    manufacturer: 'netgear',
    protocols: ['snmp'],
    keywords: ['prosafe'],
    // Some ProSafe switches answer sysDescr with the line's name alone; LibreNMS's netgear definition
    // (text "Netgear ProSafe") takes a sysDescr of "ProSafe" for one. The whole value only: the word
    // inside a longer text is another's to read. A line's name with no model is a hint, not proof
    // (as a bare host word is; see banners.wild.test.ts): it names Netgear weakly, beside what else
    // the device says, where it named nobody.
    pattern: /^ProS(?:afe|AFE)$/,
    certainty: 'low',
    examples: ['ProSafe'],
    source: {
      title: 'LibreNMS SNMP test data captured from a real device, tests/snmpsim/netgear.snmprec (sysDescr "ProSafe"), and includes/definitions/netgear.yaml (text \'Netgear ProSafe\', discovery sysDescr: ProSafe); NETGEAR, 2009 annual report, p. 86: "the Company\'s ... ProSafe VPN Firewall ..."',
      url: 'https://github.com/librenms/librenms/blob/master/includes/definitions/netgear.yaml',
    },
  },
  {
    name: 'netgear-upnp',
    manufacturer: 'netgear',
    product: 'router or access point (MiniUPnPd)',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['netgear/'],
    // MiniUPnPd announces the OS name the firmware gives it; NETGEAR's firmware gives its own name.
    pattern: /^Netgear\/\S+ UPnP\/\S+ miniupnpd\//i,
    examples: ['Netgear/1.0 UPnP/1.0 miniupnpd/1.0'],
    source: RECOG('upnp_banners.xml'),
  },
  {
    // ReadyNAS OS names its ProFTPD server after the product line, in parentheses after ProFTPD's
    // version, then the address the client reached.
    name: 'netgear-readynas-ftp',
    manufacturer: 'netgear',
    product: 'ReadyNAS network storage',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['(netgear readynas)'],
    pattern: /^ProFTPD (?<version>\d+\.\d+\.\d+[a-z]?) Server \(NETGEAR ReadyNAS\)/,
    examples: ['ProFTPD 1.3.5 Server (NETGEAR ReadyNAS) [::ffff:192.168.1.112]\r\n', 'ProFTPD 1.3.3g Server (NETGEAR ReadyNAS) [192.168.0.3]'],
    source: ZTAG('FtpNetgear.py'),
  },
  {
    // Later NETGEAR firmware gives MiniUPnPd the router's model with its hardware version as the OS
    // name ("R7500v2", a Nighthawk X4 whose device description names NETGEAR, Inc. and model number
    // R7500v2). NETGEAR numbers hardware revisions "v2", "v3"; the bare model without it is others'
    // shape too (Lenovo's Legion R7000), so the version must be there.
    name: 'netgear-model-miniupnpd',
    manufacturer: 'netgear',
    product: 'product',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: [' miniupnpd/'],
    pattern: /^(?<product>(?:R[6-9]\d{3}P?|RAXE?\d{2,3}|WNDR\d{4}|WNR\d{4})v\d) UPnP\/1\.[01] miniupnpd\/[\d.]+$/i,
    examples: ['R7500v2 UPnP/1.0 miniupnpd/1.0'],
    source: {
      title: 'lbryio/aioupnp, tests/test_gateway.py: the UPnP gateway a NETGEAR Nighthawk X4 AC2350 (R7500v2) answered, its Server header and device description (manufacturer "NETGEAR, Inc.", modelNumber R7500v2), recorded for the library\u2019s tests',
      url: 'https://github.com/lbryio/aioupnp/blob/master/tests/test_gateway.py',
    },
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
    name: 'zyxel-rompager-server',
    manufacturer: 'zyxel',
    product: 'ZyXEL router web server (RomPager built for ZyXEL)',
    protocols: ['http', 'upnp'],
    fields: ['server'],
    keywords: ['zyxel-rompager/'],
    // Plain "RomPager/4.07" and "Allegro-Software-RomPager" run on many makers' devices and stay
    // unattributed; only ZyXEL's build names ZyXEL.
    pattern: /^ZyXEL-RomPager\/(?<version>\d+\.\d+)$/,
    examples: ['ZyXEL-RomPager/3.02'],
    source: {
      title: 'Greenbone feed HTTP banner keys (ZyXEL-RomPager) and a RomPager "Misfortune Cookie" scanner listing ZyXEL-RomPager/3.02',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    name: 'zyxel-prestige-sysdescr',
    manufacturer: 'zyxel',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['prestige ', 'p-6'],
    // ZyXEL's Prestige DSL routers answer sysDescr with the bare model ("Prestige 645", "P-660HW-D1").
    // A sysDescr that is a product line and a model and nothing else names the maker when the line is
    // the maker's own trademark (Prestige, ZyWALL, MINI-LINK): the firmware writes it, the owner's
    // name for the device goes in sysName, and no other maker sells under that name. A model number
    // without its line ("GS1900-8") or a line word without a model ("ProSafe") is no finding: model
    // numbers of different makers collide (a Zyxel switch's bare model is a hint at most,
    // zyxel-switch-sysdescr), and one word may be a label someone typed.
    pattern: /^(?<product>Prestige 6\d{2}[A-Z]{0,3}(?:-[A-Z0-9]{2,3})?|P-6\d{2}[A-Z]{1,3}-[A-Z]\d)$/,
    examples: ['Prestige 645', 'Prestige 660HW-61', 'Prestige 642R-13', 'P-660HW-D1'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Zyxel's managed switches answer sysDescr with the bare model too, a model without a line word:
    // the family's letters and four digits (GS1900, GS1920, XGS1930, XMG1915, XS1930, GS2220,
    // XGS4600), a dash, the number of ports and the letters of the variant. The shape is Zyxel's
    // (Netgear's GS and XS models have three digits, Planet's a dash after GS), but another maker's
    // model could take it, and a model is not its maker's name: a hint (the rule at
    // zyxel-prestige-sysdescr), which Zyxel's sysObjectID under 890 confirms.
    name: 'zyxel-switch-sysdescr',
    manufacturer: 'zyxel',
    product: 'product',
    protocols: ['snmp'],
    certainty: 'low',
    keywords: ['gs19', 'gs22', 'gs46', 'xmg19', 'xs19'],
    pattern: /^(?<product>(?:X?GS|XMG|XS)(?:19|22|46)\d{2}-\d{1,2}[A-Z]{0,4}(?:v\d)?)$/,
    examples: ['XMG1915-10EP', 'XGS4600-32F'],
    source: {
      title: 'LibreNMS tests/snmpsim/XMG1915-10EP.snmprec (sysDescr "XMG1915-10EP", sysObjectID 1.3.6.1.4.1.890.1.15); Greenbone feed, "Operating System (OS) Detection (SNMP)" (gb_snmp_os_detection.nasl), which takes the bare sysDescr "XGS4600-32F" for a Zyxel switch',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/XMG1915-10EP.snmprec',
    },
  },
  {
    // Zyxel's firewalls and gateways (ATP, UAG, VPN, USG FLEX) answer sysDescr with the bare model
    // as its switches do; Greenbone's SNMP OS detection takes them so. Short enough to be a hint.
    name: 'zyxel-firewall-sysdescr',
    manufacturer: 'zyxel',
    product: 'product',
    protocols: ['snmp'],
    certainty: 'low',
    keywords: ['atp', 'uag', 'vpn', 'usg flex '],
    pattern: /^(?<product>(?:ATP|UAG|VPN)\d{2,4}|USG FLEX \d{2,4}[A-Z]?)$/,
    examples: ['ATP500', 'UAG2100'],
    source: GREENBONE('gb_snmp_os_detection.nasl', 'Operating System (OS) Detection (SNMP): the bare sysDescrs it takes for Zyxel ATP and UAG firmware ("ATP500", "UAG2100" in its comments), VPN firewalls (^VPN[0-9]+$) and USG FLEX'),
  },
  {
    name: 'zyxel-zywall-sysdescr',
    manufacturer: 'zyxel',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['zywall '],
    // Older ZyWALL firewalls answer sysDescr with the bare model, as the Prestige routers do; the same
    // rule applies (see zyxel-prestige-sysdescr).
    pattern: /^(?<product>ZyWALL (?:USG ?)?\d{1,4}[A-Z]{0,2}(?:-[A-Z0-9]+)?)\s*$/,
    examples: ['ZyWALL 2X'],
    source: LIBRENMS('zywall.snmprec'),
  },
  {
    name: 'zyxel-usg-telnet',
    manufacturer: 'zyxel',
    product: 'ZyWALL USG firewall',
    protocols: ['telnet', 'ssh', 'other'],
    keywords: ['welcome to zywall usg'],
    // A ZyWALL USG greets a telnet client with its product line before the login prompt.
    pattern: /^\s*Welcome to ZyWALL USG\b(?<product>[ \w-]*)/,
    examples: ['Welcome to ZyWALL USG'],
    source: GREENBONE('sw_telnet_os_detection.nasl', 'the telnet banner marker of Zyxel USG firewalls'),
  },
  {
    name: 'zyxel-dsl-telnet',
    manufacturer: 'zyxel',
    product: 'DSL router',
    protocols: ['telnet'],
    keywords: ['dsl router'],
    // ZyXEL's DSL routers greet with their line type.
    pattern: /^\s*ZyXEL \w?DSL Router\r?\nLogin:\s*$/,
    examples: ['ZyXEL VDSL Router\r\nLogin:'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'zyxel-telnet-default-host',
    manufacturer: 'zyxel',
    product: 'device with its factory host name',
    protocols: ['telnet'],
    // "ZyXEL" is a factory host name, but a host name is the owner's to choose: a hint only.
    certainty: 'low',
    keywords: ['zyxel login:'],
    pattern: /^\s*ZyXEL login:\s*$/,
    examples: ['ZyXEL login:'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    // D-Link's managed switches answer sysDescr with the model, its hardware revision after a slash
    // and the firmware version; the WebSmart releases put their generation ("WS6-") before the model.
    name: 'd-link-dgs-sysdescr',
    manufacturer: 'd-link',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['dgs-'],
    pattern: /^(?:WS\d-)?(?<product>DGS-\d{4}-\d{2}[A-Z]{0,3})\/[A-Z]{1,2}\d? (?<version>\d+\.\d+\.[0-9A-Z]+)$/,
    examples: ['WS6-DGS-1210-52/F1 6.10.007'],
    source: LIBRENMS('dlink.snmprec'),
  },
  {
    // Older D-Link managed switches spell the company without its hyphen before the model.
    name: 'd-link-dlink-sysdescr',
    manufacturer: 'd-link',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['dlink d'],
    pattern: /^Dlink (?<product>D[EGX]S-\d{4}[\w-]*) [A-Za-z ]*Switch/,
    examples: ['Dlink DES-3018 Fast Ethernet Switch'],
    source: FUSION_DICO,
  },
  {
    name: 'd-link-realm',
    manufacturer: 'd-link',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="d', 'user name and password on d'],
    pattern: /^(?:Basic|Digest) realm="(?:Please enter your user name and password on )?(?<product>D(?:SL|IR|I|WL|ES|GS|CS)-\d{3,4}[A-Z0-9+]*)(?: Admin Login)?"/i,
    examples: [
      'Basic realm="DI-804HV"',
      'Basic Realm="DSL-500G"',
      'Basic Realm="DSL-504G"',
      'Basic Realm="DSL-500G Admin Login"',
      'Basic realm="Please enter your user name and password on DSL-502T"',
    ],
    source: RECOG('http_wwwauth.xml'),
  },
  {
    name: 'd-link-dir-server',
    manufacturer: 'd-link',
    product: 'product',
    protocols: ['http', 'upnp'],
    fields: ['server'],
    keywords: [', dir-'],
    // The same firmware names itself so in its SSDP answers, with "UPnP/1.0" in the middle.
    pattern: /^Linux, (?:HTTP\/1\.[01]|WEBACCESS\/1\.0|UPnP\/1\.[01]), (?<product>DIR-\d{3,4}[A-Z0-9]*) Ver (?<version>[\w.]+)$/,
    examples: [
      'Linux, HTTP/1.1, DIR-850L Ver 1.14WW',
      'Linux, HTTP/1.1, DIR-815 Ver 2.07',
      'Linux, WEBACCESS/1.0, DIR-850L Ver 1.10WW',
      'Linux, HTTP/1.1, DIR-629 Ver 1.01CN',
      'Linux, HTTP/1.1, DIR-860L Ver 1.01',
      'Linux, UPnP/1.0, DIR-890L Ver 1.20',
      'Linux, UPnP/1.0, DIR-803 Ver 1.04',
    ],
    source: {
      title: 'Greenbone feed, D-Link DIR detection (Server headers quoted in the plugin); public DIR-815 / DIR-850L advisories with captured HTTP responses; the SSDP answers of a DIR-890L (manufacturer "D-Link Corporation" in its device description) that aioupnp replays in its tests (tests/devices/D-Link DIR-890L, github.com/lbryio/aioupnp), and of a DIR-803 labelled "DIR-803 / D-Link International" in the Ferret home-network banner dataset (ARE-rt data/ferret_banners.json, Javed et al., ACM SIGCOMM CCR 50(3), 2020)',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    name: 'd-link-dcs-ftp',
    manufacturer: 'd-link',
    product: 'product',
    protocols: ['ftp'],
    keywords: ['dcs-'],
    // D-Link's DCS cameras greet with the model, after the host name or alone ("DCS-5300 FTP server
    // ready."), or welcome to it ("Welcome to DCS-6620G FTP Server"); "+" ends some models (DCS-2100+).
    pattern: /^(?:\S+ |Welcome to )?(?<product>DCS-\d{3,4}[A-Z]?\+?) FTP [Ss]erver\b/,
    examples: ['hostname DCS-2100 FTP server ready.', 'DCS-5300 FTP server ready.\r\n', 'DCS-2100+ FTP server ready.', 'Welcome to DCS-6620G FTP Server\r\n'],
    source: { title: `${RECOG('ftp_banners.xml').title}; ${ZTAG('FtpDlink.py').title}`, url: 'https://github.com/rapid7/recog/blob/main/xml/ftp_banners.xml' },
  },
  {
    name: 'd-link-wireless-title',
    manufacturer: 'd-link',
    product: 'wireless router or access point',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['d-link systems, inc.'],
    pattern: /^D-LINK SYSTEMS, INC\. \| WIRELESS (?:ROUTER|ACCESS POINT) \| HOME$/,
    examples: ['D-LINK SYSTEMS, INC. | WIRELESS ROUTER | HOME', 'D-LINK SYSTEMS, INC. | WIRELESS ACCESS POINT | HOME'],
    source: NUCLEI('http/exposed-panels/d-link-wireless.yaml', 'status page titles of D-Link wireless routers and access points'),
  },

  // ---------------------------------------------------------------- Palo Alto Networks
  {
    name: 'palo-alto-panos-sysdescr',
    manufacturer: 'palo-alto-networks',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['palo alto networks pa-', 'palo alto networks vm-series', 'palo alto networks wildfire'],
    // The virtual firewall and the WildFire malware-analysis appliance describe themselves alike.
    pattern: /^Palo Alto Networks (?<product>PA-[0-9A-Z]+(?:-[0-9A-Z]+)*(?: series)? firewall|VM-Series firewall|WildFire Appliance)$/,
    examples: ['Palo Alto Networks PA-3000 series firewall', 'Palo Alto Networks PA-5220 series firewall', 'Palo Alto Networks VM-Series firewall', 'Palo Alto Networks WildFire Appliance'],
    source: {
      title: 'LibreNMS tests/snmpsim/panos.snmprec (PA-3000); Netdata\'s SNMP profile documentation, sysDescr examples of a match_pattern (VM-Series, WildFire); a PA-5220\'s sysDescr quoted in a network audit tool\'s tests',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/panos.snmprec',
    },
  },
  {
    // `show system info` of PAN-OS: "model: PA-..." and, further down, the release.
    name: 'palo-alto-show-system-info',
    manufacturer: 'palo-alto-networks',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['model: pa-'],
    pattern: /^model: (?<product>PA-[\w-]+)\s*$(?:\r?\n[^\r\n]*){1,30}?\r?\nsw-version: (?<version>\d+\.\d+\.\d+[\w.-]*)\s*$/m,
    examples: [
      'hostname: pa1\nip-address: 10.0.0.90\nnetmask: 255.255.255.0\ndefault-gateway: 10.0.0.2\nipv6-address: unknown\nipv6-link-local-address: fe80::20c:29ff:fe6d:c67e/64\nipv6-default-gateway: \nmac-address: 00:0c:29:6d:c6:7e\ntime: Thu Apr 28 06:33:12 2016\nuptime: 2 days, 2:38:49\nfamily: vm\nmodel: PA-VM\nserial: unknown\nvm-mac-base: BA:DB:EE:FB:AD:00\nvm-mac-count: 255\nvm-uuid: 564D8B6D-7BDB-75AF-400F-B062016DC67E\nvm-cpuid: FB060000FDFB8B07\nvm-license: none\nvm-mode: VMWare ESXi\nsw-version: 7.0.1\nglobal-protect-client-package-version: 0.0.0',
    ],
    source: NTC('tests/paloalto_panos/show_system_info', '`show system info` of a PA-VM'),
  },
  {
    name: 'palo-alto-panorama-sysdescr',
    manufacturer: 'palo-alto-networks',
    product: 'Panorama management server',
    protocols: ['snmp'],
    keywords: ['palo alto networks panorama'],
    pattern: /^Palo Alto Networks Panorama server$/,
    examples: ['Palo Alto Networks Panorama server'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'palo-alto-panweb-server',
    manufacturer: 'palo-alto-networks',
    product: 'PAN-OS web interface (PanWeb)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['panweb server/'],
    pattern: /^PanWeb Server\/ -$/,
    examples: ['PanWeb Server/ -'],
    source: RECOG('http_servers.xml'),
  },

  // ---------------------------------------------------------------- Extreme Networks
  {
    name: 'extreme-xos-sysdescr',
    manufacturer: 'extreme-networks',
    product: 'ExtremeXOS switch',
    protocols: ['snmp'],
    keywords: ['extremexos', 'extremex0s', 'extremeware x'],
    // XOS is spelled with a zero in some releases.
    // LLDP's system description of a switch gives it shorter: "ExtremeXOS (X670-G2-48x-4q) v31.7.1.4".
    pattern: /^Extreme(?:X[0O]S|Ware X[0O]S) (?:\([\w-]+\) )?(?:version |v)(?<version>\d+(?:\.\d+)+)(?: \S+ by \S+ on |$)/,
    examples: [
      'ExtremeWare X0S version 11.2.0.15 v1120b15 by release-manager on Fri Apr 1 18:40:23 PST 2005',
      'ExtremeXOS version 11.6.3.5 v1163b5 by release-manager on Sun Sep 9 10:46:16 PDT 2007',
      'ExtremeXOS (X460-24x) version 15.6.1.4 v1561b4 by release-manager on Tue Sep 30 14:06:19 EDT 2014',
      'ExtremeXOS (X670-G2-48x-4q) v31.7.1.4',
      'ExtremeXOS (X440-G2-48p-10GE4) v31.7.1.4',
    ],
    source: {
      title: 'Rapid7 Recog xml/snmp_sysdescr.xml; the short form as LLDP neighbour tables of ExtremeXOS switches show it (remote system descriptions quoted in public network tools\' test data)',
      url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml',
    },
  },
  {
    // `show version` of EXOS puts the same words as the sysDescr after "Image :".
    name: 'extreme-xos-show-version',
    manufacturer: 'extreme-networks',
    product: 'ExtremeXOS switch',
    protocols: ['snmp', 'other'],
    keywords: ['extremexos version'],
    pattern: /^Image\s*: ExtremeXOS version (?<version>\d+(?:\.\d+)+) \S+ by \S+[ \t]*$/m,
    examples: [
      'Switch          : 800979-00-05 2011G-00289 Rev 05 BootROM: 2.0.0.5    IMG: 30.6.1.11 \n\nImage   : ExtremeXOS version 30.6.1.11 30.6.1.11-patch1-11 by release-manager\n          on Wed May 27 11:38:54 EDT 2020\nBootROM : 2.0.0.5',
    ],
    source: NTC('tests/extreme_exos/show_version', '`show version` of an EXOS 30.6 switch'),
  },
  {
    name: 'extreme-extremeware-sysdescr',
    manufacturer: 'extreme-networks',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['by release_master'],
    // ExtremeWare, the firmware before ExtremeXOS, writes the switch (Summit stackables, BlackDiamond
    // chassis as "BD6808"), its version and build, and the build account "Release_Master".
    pattern: /^(?<product>Summit[\w-]+|BD\d{4}) - Version (?<version>\d+\.\w+(?:\.\w+)*) \(Build \d+\) by Release_Master /,
    examples: [
      'Summit200-48 - Version 7.3e.2 (Build 4) by Release_Master 02/24/05 19:20:09',
      'Summit400-24t - Version 7.4e.2 (Build 6) by Release_Master 09/13/05 11:35:52',
      'BD6808 - Version 7.2.0 (Build 25) by Release_Master 03/23/04 15:55:45',
    ],
    source: FUSION_DICO,
  },
  {
    name: 'extreme-netiron-sysdescr',
    manufacturer: 'extreme-networks',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['extreme networks '],
    // NetIron routers came with Brocade's data-centre business in 2017 and now say Extreme; the
    // Brocade-branded sysDescr of the same routers stays Brocade's (brocade-ironware-sysdescr), the
    // brand on the box.
    pattern: /^Extreme Networks (?<product>NetIron [\w-]+|SLX[\w-]*)[^,\n]{0,40}, (?:Extended route scalability, )?IronWare Version V?(?<version>\S+)/,
    examples: [
      'Extreme Networks NetIron CER, Extended route scalability, IronWare Version V6.2.0eT183 Compiled on Sep 30 2019 at 06:59:54 labeled as V6.2.00e',
    ],
    source: LIBRENMS('ironware.snmprec'),
  },
  {
    name: 'extreme-netconfig-title',
    manufacturer: 'extreme-networks',
    product: 'access point (NetConfig UI of IQ Engine / HiveOS)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['extreme netconfig ui'],
    // The local set-up page of the former Aerohive access points, under Extreme's name; the same
    // page under Aerohive's name is aerohive-netconfig-title.
    pattern: /^Extreme NetConfig UI$/,
    examples: ['Extreme NetConfig UI'],
    source: NUCLEI('http/exposed-panels/extreme-netconfig-ui.yaml', '"<title>Extreme NetConfig UI</title>" (Shodan http.title query)'),
  },

  // ---------------------------------------------------------------- Ciena
  {
    name: 'ciena-sysdescr',
    manufacturer: 'ciena',
    product: 'packet-optical platform',
    protocols: ['snmp'],
    keywords: ['ciena'],
    pattern:
      /^(?:Ciena SNMP Agent$|CIENA Corporation; Product : Traverse$|Ciena Distributed Node Product Line WaveCore \(tm\) OS Release |\S{1,32} OPTICAL SW:\S+ .* Ciena \(R\) Corporation$)/,
    examples: [
      'Ciena SNMP Agent',
      '6500 OPTICAL SW:0810 BN:HD (c) Ciena (R) Corporation',
      'CIENA Corporation; Product : Traverse',
      'Ciena Distributed Node Product Line WaveCore (tm) OS Release 07000102.002',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // `software show` of SAOS (3900/5100 series service delivery switches): the installed and
    // running packages are named saos-<release>, Ciena's OS alone.
    name: 'ciena-saos-software-show',
    manufacturer: 'ciena',
    product: 'service delivery switch (SAOS)',
    protocols: ['snmp', 'other'],
    keywords: ['saos-'],
    pattern: /^\| (?:Installed|Running) Package\s*: saos-(?<version>\d{2}-\d{2}-\d{2}-\d{4})\s/m,
    examples: [
      '+------------------------------------------------------------------------------+\n| Installed Package   : saos-06-18-00-1848                                     |\n| Running Package     : saos-06-18-00-1848                                     |\n| Application Build   : 17704                                                  |',
    ],
    source: NTC('tests/ciena_saos/software_show', '`software show` of a SAOS 6.18 switch'),
  },
  {
    name: 'ciena-cn-sysdescr',
    manufacturer: 'ciena',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['ciena cn '],
    pattern: /^Ciena (?<product>CN \d+) V(?<version>\S+) \(MIBs \S+\)$/,
    examples: ['Ciena CN 3106 V1.0.4(04) (MIBs V1.6.8)'],
    source: RECOG('snmp_sysdescr.xml'),
  },

  // ---------------------------------------------------------------- Ericsson (Redback SmartEdge, Ericsson since 2007)
  {
    name: 'ericsson-smartedge-sysdescr',
    manufacturer: 'ericsson',
    product: 'SmartEdge router (SEOS, Redback Networks, acquired by Ericsson in 2007)',
    protocols: ['snmp'],
    keywords: ['smartedge os version seos-'],
    pattern: /^Redback Networks SmartEdge OS Version SEOS-(?<version>\S+?) Built by /,
    examples: [
      'Redback Networks SmartEdge OS Version SEOS-11.1.2.3p1-Release Built by sysbuild@SWB-node04 Fri Dec 23 11:47:30 PST 2011 Copyright (C) 1998-2011, Redback Networks Inc. All rights reserved.',
      'Redback Networks SmartEdge OS Version SEOS-11.1.2.4p3-Release Built by sysbuild@SWB-node01 Sat Apr 28 07:58:16 PDT 2012 Copyright (C) 1998-2012, Redback Networks Inc. All rights reserved.',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // `show version` of IPOS: the release on the first line (after an empty one), Ericsson's
    // copyright two lines down.
    name: 'ericsson-ipos-show-version',
    manufacturer: 'ericsson',
    product: 'IPOS router (Router 6000, SSR 8000)',
    protocols: ['snmp', 'other'],
    keywords: ['ericsson ipos version'],
    pattern: /^Ericsson IPOS Version IPOS-v(?<version>\d+(?:\.\d+)+)/m,
    examples: [
      '\nEricsson IPOS Version IPOS-v20.3.1.803.142-Release\nBuilt by spradmin@ericsson Tue Dec 15 12:49:29 CET 2020\nCopyright (C) 1998-2020, Ericsson AB. All rights reserved.\nOperating System version is Linux 3.14.65-mvista',
    ],
    source: NTC('tests/ericsson_ipos/show_version', '`show version` of an IPOS 20.3 router'),
  },
  {
    name: 'ericsson-minilink-sysdescr',
    manufacturer: 'ericsson',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['mini-link '],
    // MINI-LINK microwave radios answer sysDescr with the product line, the model and the radio's
    // band and capacity ("80/21H"); MINI-LINK is Ericsson's trademark (see zyxel-prestige-sysdescr for
    // the rule on a bare line and model).
    pattern: /^(?<product>MINI-LINK \d{4}[A-Z]?)(?: [\w/-]+)*\s*$/,
    examples: ['MINI-LINK 6352 80/21H'],
    source: LIBRENMS('ericsson-ml.snmprec'),
  },
  {
    name: 'ericsson-ipos-sysdescr',
    manufacturer: 'ericsson',
    product: 'IPOS router (Router 6000, SSR 8000)',
    protocols: ['snmp'],
    keywords: ['ericsson ipos'],
    // IPOS, the OS of Ericsson's Router 6000 and SSR routers, names Ericsson and itself and nothing more.
    pattern: /^Ericsson IPOS(?:$|[\s,])/,
    examples: ['Ericsson IPOS'],
    source: LIBRENMS('ericsson-ipos.snmprec'),
  },

  // ---------------------------------------------------------------- FiberHome
  {
    name: 'fiberhome-an5516-sysdescr',
    manufacturer: 'fiberhome',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['an5516-'],
    // The AN5516 GPON/EPON OLT answers sysDescr with its bare chassis model.
    pattern: /^(?<product>AN5516-0[1-6])$/,
    examples: ['AN5516-01'],
    source: LIBRENMS('fiberhome.snmprec'),
  },
  {
    // An ONT's GPON serial with FiberHome's vendor ID, as a FiberHome OLT lists its ONTs
    // (`show authorization`: PhyId FHTT9d7c9f80). Settable on another ONT: low certainty.
    name: 'fiberhome-gpon-serial',
    manufacturer: 'fiberhome',
    product: 'GPON ONT',
    protocols: ['other'],
    fields: ['serial'],
    keywords: ['fhtt', '46485454'],
    pattern: /(?<![0-9A-Za-z-])(?:FHTT-?[0-9A-Fa-f]{8}|46485454[0-9A-Fa-f]{8})(?![0-9A-Za-z])/i,
    examples: ['FHTT9d7c9f80', '4    3   1   HG6145E        A  1   up  FHTT9d7c9f80'],
    certainty: 'low',
    source: {
      title: 'A FiberHome OLT\'s `show authorization slot 4 p 3` output kept in vaguiiinho/config-onu-acs, saida.md; vendor IDs as hack-gpon lists them (_gpon/vendor.md)',
      url: 'https://github.com/vaguiiinho/config-onu-acs/blob/main/saida.md',
    },
  },

  // ---------------------------------------------------------------- Ruijie
  {
    name: 'ruijie-sysdescr',
    manufacturer: 'ruijie',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['by ruijie networks'],
    // Older switches part their port groups by a slash: "Ruijie 10G Routing Switch(S5750-48GT/4SFP-S) By
    // Ruijie Networks", the sysDescr a network tool's Ruijie parser quotes.
    // Its RSR routers write "by" in lower case and the company's legal form after it.
    pattern: /^Ruijie [^()\n]{1,60}\((?<product>[A-Z]{1,4}\d[\w-]*(?:\/[\w-]+)*(?: V\d+(?:\.\d+)?)?)\) [Bb]y Ruijie Networks/,
    examples: [
      'Ruijie 10G Routing Switch(S6220-48XS4QXS) By Ruijie Networks',
      'Ruijie Full Gigabit Security & Intelligence Access Switch(S2928G-E V3) By Ruijie Networks',
    ],
    source: LIBRENMS('ruijie.snmprec'),
  },
  {
    // RGOS's show version opens with the same words as the sysDescr after "System description :",
    // its colon aligned with the lines below: "System description      : Ruijie Gigabit Security &
    // Intelligence Access Switch (S2628G-E) By Ruijie Networks" in a saved sh ver, and "System
    // description : Ruijie Gibabit Ethernet Switch(S1920-8GT2SFP) By Ruijie Networks" (Ruijie's own
    // misspelling) read from a switch's console by a serial logger.
    name: 'ruijie-show-version',
    manufacturer: 'ruijie',
    product: 'product',
    protocols: ['other', 'telnet', 'ssh'],
    keywords: ['by ruijie networks'],
    pattern: /^System description\s*:\s*Ruijie [^()\n]{1,60}\((?<product>[A-Z]{1,4}\d[\w-]*(?:\/[\w-]+)*(?: V\d+(?:\.\d+)?)?)\) [Bb]y Ruijie Networks/m,
    examples: [
      'System description      : Ruijie Gigabit Security & Intelligence Access Switch (S2628G-E) By Ruijie Networks\nSystem start time       : 2023-02-13 22:30:54',
      'System description : Ruijie Gibabit Ethernet Switch(S1920-8GT2SFP) By Ruijie Networks',
    ],
    source: { title: 'RGOS show version output: a saved "sh ver" of an S2628G-E in a network script\'s notes, and a serial console logger\'s capture of an S1920-8GT2SFP' },
  },
  {
    name: 'ruijie-rgos-ssh',
    manufacturer: 'ruijie',
    product: 'RGOS SSH server',
    protocols: ['ssh'],
    keywords: ['-rgos_'],
    pattern: /^SSH-(?:2\.0|1\.99)-RGOS_[\w.]+\s*$/,
    examples: ['SSH-2.0-RGOS_SSH_1.0', 'SSH-2.0-RGOS_PK3223'],
    source: RECOG('ssh_banners.xml'),
  },
  {
    name: 'ruijie-telnet-default-host',
    manufacturer: 'ruijie',
    product: 'switch or router (factory host name)',
    protocols: ['telnet'],
    // "Ruijie" is the factory host name of RGOS devices, and it stands in their login prompt; a
    // host name is the owner's to choose, so it is a hint only.
    certainty: 'low',
    keywords: ['ruijie login'],
    pattern: /^\s*Ruijie login:\s*$/,
    examples: ['Ruijie login:'],
    source: RECOG('telnet_banners.xml'),
  },

  // ---------------------------------------------------------------- Dell (Force10 / Dell Networking OS)
  {
    name: 'dell-networking-os-sysdescr',
    manufacturer: 'dell',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['dell networking os operating system'],
    // Dell Networking OS 9 (FTOS, from the Force10 acquisition) on S- and Z-series switches.
    pattern: /^Dell Networking OS Operating System Version: \d+\.\d+ Application Software Version: (?<version>\d+\.\d+\([\w.]+\)) Series: (?<product>[\w-]+)/,
    examples: [
      'Dell Networking OS Operating System Version: 2.0 Application Software Version: 9.9(0.0P9) Series: S4048-ON Copyright (c) 1999-2015 by Dell Inc. All Rights Reserved. Build Time: Thu Feb  4 06:57:34 2016',
    ],
    source: LIBRENMS('dnos.snmprec'),
  },
  {
    // `show version` of Dell Networking OS 9 (FTOS): three "Dell ..." lines, the application
    // software version on the third; the sysDescr says it on one line (dell-networking-os-sysdescr).
    name: 'dell-networking-os-show-version',
    manufacturer: 'dell',
    product: 'Dell Networking OS 9 switch',
    protocols: ['snmp', 'other'],
    keywords: ['dell real time operating system software'],
    pattern: /^Dell Real Time Operating System Software\s*\r?\nDell Operating System Version:\s+\d+\.\d+\s*\r?\nDell Application Software Version:\s+(?<version>\d+\.\d+\([\w.]+\))/m,
    examples: [
      'Dell Real Time Operating System Software\nDell Operating System Version:  2.0\nDell Application Software Version:  9.9(0.0)\nCopyright (c) 1999-2015 by Dell Inc. All Rights Reserved.\nBuild Time: Tue Sep  8 03:51:15 2015\nDell Networking OS uptime is 1 week(s), 2 day(s), 9 hour(s), 5 minute(s)\n\nSystem image file is "system://A"\n\nSystem Type: S4820T',
    ],
    source: NTC('tests/dell_force10/show_version', '`show version` of an S4820T'),
  },
  {
    name: 'dell-os10-sysdescr',
    manufacturer: 'dell',
    product: 'Dell EMC Networking OS10 switch',
    protocols: ['snmp', 'other'],
    keywords: ['networking os10'],
    pattern: /^Dell(?: EMC)? Networking OS10(?: Enterprise)?\.?$/,
    examples: ['Dell EMC Networking OS10 Enterprise.'],
    source: LIBRENMS('dell-os10.snmprec'),
  },
  {
    name: 'dell-idrac-sysdescr',
    manufacturer: 'dell',
    product: 'Remote Access Controller (iDRAC/DRAC)',
    protocols: ['snmp'],
    keywords: ['dell out-of-band snmp agent'],
    pattern: /^Dell Out-of-band SNMP Agent for Remote Access Controller$/,
    examples: ['Dell Out-of-band SNMP Agent for Remote Access Controller'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Dell's laser printers and MFPs: the model (four digits and letters such as cn, dn), sometimes
    // after "Laser Printer" or "Color Laser", then the firmware after ";", "(Net" or "version".
    name: 'dell-printer-sysdescr',
    manufacturer: 'dell',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['dell '],
    pattern: /^Dell +(?:Color Laser |Laser Printer |MFP Laser )?(?<product>\d{4}[a-z]{1,3}|M\d{4})(?: (?:Mono |Color )?(?:Laser )?(?:MFP|Printer)| Series)?(?:;| \(Net | version |$)/,
    examples: [
      'Dell 2135cn MFP; Net 12.10, Controller 200903191302, Engine 03.00.10',
      'Dell 2355dn Laser MFP; V2.70.45.30 May-20-2013;Engine 1.20.25;NIC V4.01.42(2355dn MFP) 4-23-2013;S/N 3DKCJM1',
      'Dell Laser Printer 5100cn (Net 6.26, Controller 200408201123, Engine 01.00.04)',
      'Dell Color Laser 3110cn; Net 8.29, Controller 200604102121, Engine 05.03.00',
      'Dell 1235cn; V1.70.01.06 Nov-14-2008;Engine 1.77.74;NIC V4.00.54 10-31-2008;S/N GJ8TJH1',
      'Dell Laser Printer 1720dn version NM.NA.N099 kernel 2.6.10 All-N-1',
      'Dell 2330dn Laser Printer version NR.APS.N449 kernel 2.6.18.5 All-N-1',
      'Dell 5330dn Mono Laser Printer; 2.70.00.49 06-30-2010;Engine 1.01.83;NIC V4.01.18(5330dn) 06-19-2010;S/N 73P2FG1',
      'Dell 1815n Series',
      'Dell  1815dn Series',
      'Dell MFP Laser 3115cn; Net 9.15, Controller 200611280947, Engine 05.06.00',
      'Dell Laser Printer M5200 version 55.10.61 kernel 2.4.0-test6 All-N-1',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Dell's storage and server products: PowerVault tape libraries, their management card, and the
    // switch inside PowerEdge blade enclosures.
    name: 'dell-storage-sysdescr',
    manufacturer: 'dell',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['dell powervault ', 'dell tape library ', 'poweredge '],
    pattern: /^(?:(?:DELL|Dell) (?=PowerVault |Tape Library )|(?=PowerEdge \w+ Integrated Switch))(?<product>PowerVault [\w-]+|Tape Library Remote Management Card|PowerEdge \w+ Integrated Switch)\s*$/,
    examples: ['DELL PowerVault 136T', 'PowerEdge 1655MC Integrated Switch', 'DELL Tape Library Remote Management Card'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'dell-openmanage-switch-title',
    manufacturer: 'dell',
    product: 'PowerConnect switch (OpenManage Switch Administrator)',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['dell openmanage switch administrator'],
    pattern: /^Dell OpenManage Switch Administrator$/,
    examples: ['Dell OpenManage Switch Administrator'],
    source: RECOG('html_title.xml'),
  },

  // ---------------------------------------------------------------- Fortinet
  {
    // FortiOS masks its web server's name: the admin login page and the SSL-VPN portal of a FortiGate
    // answer "Server: xxxxxxxx-xxxxx", which security tools take as the FortiGate's mark.
    name: 'fortinet-fortios-masked-server',
    manufacturer: 'fortinet',
    product: 'FortiOS web interface or SSL-VPN portal (FortiGate)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['xxxxxxxx-xxxxx'],
    pattern: /^xxxxxxxx-xxxxx$/,
    examples: ['xxxxxxxx-xxxxx'],
    source: {
      title: 'HTTP responses of FortiGate login pages and SSL-VPN portals as public security tools and tutorials quote them (Shodan banners, curl -i of a FortiGate\'s admin address: "HTTP/1.1 200 OK\\r\\nServer: xxxxxxxx-xxxxx"); a VPN fingerprint database counts about 490,000 such devices on Shodan',
    },
  },
  {
    // nmap -sV's name for FortiOS's SSH server (nmap-service-probes: `match ssh
    // m|^SSH-([\d.]+)-FortiSSH_([\d.]+)\r?\n| p/FortiSSH/ v/$2/ i/protocol $1/`), which gives no CPE.
    name: 'fortinet-fortissh-scanner-product',
    manufacturer: 'fortinet',
    product: 'FortiOS SSH server (FortiGate)',
    fields: ['product'],
    keywords: ['fortissh'],
    pattern: /^FortiSSH(?: (?<version>\d+(?:\.\d+)*))?$/,
    examples: ['FortiSSH', 'FortiSSH 7.0'],
    source: NMAP_PROBES,
  },
  {
    name: 'fortinet-fortissh',
    manufacturer: 'fortinet',
    product: 'FortiOS SSH server (FortiGate)',
    protocols: ['ssh'],
    keywords: ['-fortissh_'],
    pattern: /^SSH-(?:2\.0|1\.99)-FortiSSH_(?<version>\d+(?:\.\d+)*)\s*$/,
    examples: ['SSH-2.0-FortiSSH_2.5'],
    source: {
      title: 'Greenbone feed, SSH server detection: identification string of a FortiOS SSH server quoted in the detection script',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    name: 'fortinet-fortigate-telnet-host',
    manufacturer: 'fortinet',
    product: 'FortiGate (host name left as the serial number)',
    protocols: ['telnet', 'ssh'],
    fields: ['greeting'],
    keywords: ['fgt'],
    // A FortiGate keeps its serial number ("FGT" and 13 characters) as host name until one is set,
    // and the login prompt shows it.
    pattern: /^\s*FGT[0-9A-Z]{13} login:\s*$/,
    examples: ['FGT60C3G13001111 login:'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'fortinet-web-filter-title',
    manufacturer: 'fortinet',
    product: 'FortiGate web filter (FortiGuard block override page)',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['web filter block override'],
    pattern: /^Web Filter Block Override$/,
    examples: ['Web Filter Block Override'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'fortinet-fortiswitch-title',
    manufacturer: 'fortinet',
    product: 'FortiSwitch',
    protocols: ['http', 'https'],
    fields: ['title'],
    // The template quotes only the start of the login page title ("<title>FortiSwitch"), so the
    // pattern takes the product name at the start of a title, whatever follows it. The bare product
    // name is all it has to go on, as a sysDescr's bare model would be: a hint, not proof.
    certainty: 'low',
    keywords: ['fortiswitch'],
    pattern: /^FortiSwitch\b/,
    examples: ['FortiSwitch'],
    source: NUCLEI('http/exposed-panels/fortiswitch-panel.yaml', 'the start of a FortiSwitch login page title, "<title>FortiSwitch"'),
  },
  {
    // `get system status` of FortiOS opens with "Version: <product>-<model> v<release>,build...".
    name: 'fortinet-get-system-status',
    manufacturer: 'fortinet',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['version: forti'],
    pattern: /^Version: (?<product>Forti(?:Gate|WiFi|Switch|Proxy|Web|Mail|Analyzer|Manager)-[\w-]+) v(?<version>\d+\.\d+\.\d+),build\d+/m,
    examples: [
      'Version: FortiGate-40F v7.0.15,build0632,240401 (GA.M)\nSecurity Level: 1\nFirmware Signature: certified\nVirus-DB: 1.00000(2018-04-09 18:07)',
      'Version: FortiGate-600E v6.2.6,build1175,201110 (GA)\nFirmware Signature: certified\nVirus-DB: 83.00146(2021-01-08 11:20)',
    ],
    source: NTC('tests/fortinet/get_system_status', '`get system status` of FortiGate 40F and 600E firewalls'),
  },
  {
    name: 'fortinet-firmware-version',
    manufacturer: 'fortinet',
    product: 'product',
    protocols: ['snmp', 'ssh', 'telnet', 'other'],
    keywords: ['fortigate-', 'fortiswitch-', 'fortiwifi-', 'fortiap-', 'fortiweb-'],
    // The system version of a FortiSwitch (fsSysVersion in FORTINET-FORTISWITCH-MIB) reads
    // "<Product>-<model> v<x.y.z>,build<n>,<yymmdd> (GA)". The other Forti product names are taken in
    // the same form, which only Fortinet writes; the captured example is a FortiSwitch's.
    pattern: /^(?<product>Forti(?:Gate|Switch|WiFi|AP|Web)-[\w-]+) v(?<version>\d+\.\d+\.\d+),build\d+/,
    examples: ['FortiSwitch-248D-FPOE v3.3.3,build4047,160219 (GA)'],
    source: {
      title: 'LibreNMS SNMP test data captured from a real device, tests/snmpsim/fortiswitch.snmprec (fsSysVersion of a FortiSwitch-248D-FPOE)',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/fortiswitch.snmprec',
    },
  },
  {
    // A FortiGate's configuration backup opens with `#config-version=<model code>-<FortiOS
    // release>-FW-build<n>-<date>:...`.
    name: 'fortinet-config-version',
    manufacturer: 'fortinet',
    product: 'product',
    protocols: ['other'],
    fields: ['configuration'],
    keywords: ['#config-version='],
    pattern: /^#config-version=(?<product>F[A-Z0-9]+)-(?<version>\d+\.\d+(?:\.\d+)?)-FW-build\d+/,
    examples: ['#config-version=FGT91G-7.4.7-FW-build2731-250120:opmode=1:vdom=0:user=TACACS-USER'],
    source: OXIDIZED('fortigate#FortiGate-91G_7.4.7#output.txt', 'the configuration of a FortiGate-91G on FortiOS 7.4.7'),
  },

  // ---------------------------------------------------------------- SonicWall
  {
    name: 'sonicwall-sonicos-sysdescr',
    manufacturer: 'sonicwall',
    product: 'SonicWall firewall (SonicOS)',
    protocols: ['snmp'],
    keywords: ['sonicwall '],
    // "SonicWALL <model> (SonicOS [Enhanced] <version>)"; the oldest appliances put the CPU first
    // and the model in parentheses ("SonicWALL StrongARM / 233 Mhz (PRO 200)").
    pattern: /^SonicWALL [^()\n]{1,60}\((?:SonicOSX? (?:(?:Enhanced|Standard) )?(?<version>\d+\.\d+[^)\s]*)|(?:PRO|SOHO|TELE|TZ)[^)\n]{0,20})\)\s*$/,
    examples: [
      'SonicWALL TZ 670 (SonicOS 7.1.3-7015-R6965)',
      'SonicWALL NSv 270 (SonicOSX 7.1.3-7015-R6965)',
      'SonicWALL NSA 220 (SonicOS Enhanced 5.8.1.2-20o)',
      'SonicWALL TZ 215 wireless-N (SonicOS Enhanced 5.8.1.2-6o)',
      'SonicWALL SOHO wireless-N (SonicOS Enhanced 6.2.5.1-26n--HF175723-2n)',
      'SonicWALL SuperMassive 9200 (SonicOS Enhanced 6.2.5.3-35n)',
      'SonicWALL StrongARM / 233 Mhz (PRO 200)',
      'SonicWALL Toshiba / 133 Mhz (SOHO3)',
    ],
    source: {
      title: 'LibreNMS tests/snmpsim/sonicwall.snmprec (TZ 210); Rapid7 Recog xml/snmp_sysdescr.xml, SonicWall entries',
      url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml',
    },
  },
  {
    name: 'sonicwall-sslvpn-http-server',
    manufacturer: 'sonicwall',
    product: 'SonicWall SSL-VPN appliance',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['sonicwall ssl-vpn'],
    pattern: /^SonicWALL SSL-VPN(?: (?<product>\d+))? Web Server\.?$/,
    examples: ['SonicWALL SSL-VPN 200 Web Server.', 'SonicWALL SSL-VPN Web Server'],
    source: RECOG('http_servers.xml'),
  },

  // ---------------------------------------------------------------- Ruckus
  {
    name: 'ruckus-smartzone-sysdescr',
    manufacturer: 'ruckus',
    product: 'SmartZone WLAN controller',
    protocols: ['snmp'],
    // The controller answers with the bare product name. A single word names no maker, so it is a
    // hint to weigh with the MAC and sysObjectID, not proof.
    certainty: 'low',
    keywords: ['smartzone'],
    pattern: /^SmartZone$/,
    examples: ['SmartZone'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // `show version` of FastIron (ICX) switches since the line went to Ruckus: Ruckus's copyright,
    // then one "UNIT n: compiled on ..." line per stack member.
    name: 'ruckus-fastiron-show-version',
    manufacturer: 'ruckus',
    product: 'ICX switch (FastIron)',
    protocols: ['snmp', 'other'],
    keywords: ['ruckus networks, inc. all rights reserved'],
    pattern: /^[ \t]*Copyright \(c\) (?:\d{4}-\d{4} )?Ruckus Networks, Inc\. All rights reserved\.[ \t]*\r?\n[ \t]*UNIT \d+: compiled on /m,
    examples: [
      '  Copyright (c) Ruckus Networks, Inc. All rights reserved.\n    UNIT 1: compiled on Feb 19 2019 at 13:48:49 labeled as SPS08090\n      (28575972 bytes) from Primary SPS08090.bin (UFI)\n        SW: Version 08.0.90T211',
    ],
    source: NTC('tests/ruckus_fastiron/show_version', '`show version` of an ICX7150 stack'),
  },
  {
    name: 'ruckus-unleashed-title',
    manufacturer: 'ruckus',
    product: 'Unleashed access point (controller-less Wi-Fi)',
    protocols: ['http', 'https'],
    fields: ['title'],
    // Unleashed is Ruckus's product line, but the word is a common one and the title names no
    // maker: a hint to weigh with the MAC, not proof.
    certainty: 'low',
    keywords: ['unleashed login'],
    pattern: /^Unleashed Login$/,
    examples: ['Unleashed Login'],
    source: NUCLEI('http/exposed-panels/ruckus-unleashed-panel.yaml', '"<title>Unleashed Login</title>" of the Unleashed admin login page'),
  },

  // ---------------------------------------------------------------- Brocade and Foundry
  {
    name: 'brocade-ironware-sysdescr',
    manufacturer: 'brocade',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['brocade '],
    // Later NetIron releases drop "Communications Systems, Inc." ("Brocade NetIron CER, IronWare ...").
    pattern: /^Brocade (?:Communications Systems, Inc\. )?(?<product>[\w-]+)[^,\n]{0,60}, IronWare Version (?<version>\S+)/,
    examples: [
      'Brocade Communications Systems, Inc. FESX424-PREM, IronWare Version 07.0.01bT3e3 Compiled on Mar 17 2010 at 23:02:11 labeled as SXR07001b',
      'Brocade NetIron CER, IronWare Version V5.2.0dT183 Compiled on Mar 02 2012 at 19:15:05 labeled as V5.2.00d',
      'Brocade Backbone (System Mode: MLX), IronWare Version V5.1.0dT163 Compiled on Aug 19 2011 at 19:00:39 labeled as V5.1.00d',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // `show version` of FastIron (ICX) switches of the Brocade years: the copyright, then one
    // "UNIT n: compiled on ..." line per stack member. Ruckus's releases name Ruckus instead
    // (ruckus-fastiron-show-version).
    name: 'brocade-fastiron-show-version',
    manufacturer: 'brocade',
    product: 'FastIron / ICX switch',
    protocols: ['snmp', 'other'],
    keywords: ['brocade communications systems, inc. all rights reserved'],
    pattern: /^[ \t]*Copyright \(c\) (?:\d{4}-\d{4} )?Brocade Communications Systems, Inc\. All rights reserved\.[ \t]*\r?\n[ \t]*UNIT \d+: compiled on /m,
    examples: [
      'show version\n\n  Copyright (c) 1996-2016 Brocade Communications Systems, Inc. All rights reserved.\n    UNIT 1: compiled on May 19 2016 at 01:15:45 labeled as ICX64S08030h\n\t\t(8500344 bytes) from Primary ICX64S08030h.bin\n        SW: Version 08.0.30hT311',
    ],
    source: NTC('tests/brocade_fastiron/show_version', '`show version` of an ICX6450 stack'),
  },
  {
    // VDX data-centre switches (Network OS): an optional label or host name, the model, then the
    // Network OS release; and Brocade's SAN switch modules for IBM BladeCenter.
    name: 'brocade-vdx-sysdescr',
    manufacturer: 'brocade',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['network operating system software version', 'brocade '],
    pattern:
      /^(?:(?:[^,\r\n]{1,64}, )?(?=(?:BR-)?VDX\d{4}[\w-]*, Network Operating System Software Version \d)|Brocade (?=\d+Gb SAN Switch Module for IBM ))(?<product>(?:BR-)?VDX\d{4}[\w-]*|\d+Gb SAN Switch Module)/,
    examples: [
      'Brocade 4Gb SAN Switch Module for IBM eServer BladeCenter',
      'Brocade VDX Switch, BR-VDX6740, Network Operating System Software Version 7.0.2b.',
      'core02, VDX6740T-1G, Network Operating System Software Version 7.0.1b.',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'brocade-fos-sysdescr',
    manufacturer: 'brocade',
    product: 'Fabric OS Fibre Channel switch',
    protocols: ['snmp'],
    // The whole sysDescr of a Fabric OS switch, including those sold under OEM names (made by Brocade
    // all the same). Only the exact text, with its full stop, is claimed: it names no maker.
    certainty: 'low',
    keywords: ['fibre channel switch.'],
    pattern: /^Fibre Channel Switch\.$/,
    examples: ['Fibre Channel Switch.'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Fabric OS prints its name and the switch name before the login prompt; OEM copies of the same
    // switches (sold under other brands) print it too, and they are Brocade-made all the same.
    name: 'brocade-fos-login',
    manufacturer: 'brocade',
    product: 'Fabric OS Fibre Channel switch',
    protocols: ['other'],
    keywords: ['fabric os ('],
    pattern: /^\s*Fabric OS \([\w.-]{1,64}\)\s*\r?\n(?:\s*\r?\n)*\s*[\w.-]{1,64} (?:console )?login:/,
    examples: ['Fabric OS (sw1)\n\n\nsw1 console login: '],
    source: {
      title: 'A published serial-console session of a Brocade Fibre Channel switch (Fabric OS login prompt quoted before the first login)',
    },
  },
  {
    name: 'foundry-ironware-sysdescr',
    manufacturer: 'foundry',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['foundry networks, inc.'],
    pattern: /^Foundry Networks, Inc\. (?<product>[\w-]+(?: [\w-]+)*?)(?: Router| Switch)?, IronWare Version (?<version>\S+)/,
    examples: ['Foundry Networks, Inc. BigIron 8000 Router, IronWare Version 08.0.01tT53 Compiled on Mar 04 2009 at 22:12:06 labeled as B2R08001t'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'foundry-ap-sysdescr',
    manufacturer: 'foundry',
    product: 'wireless access point',
    protocols: ['snmp'],
    keywords: ['foundry ap: ', 'foundry enterprise wireless ap'],
    pattern: /^Foundry (?:AP: \d+\.\d+|Enterprise Wireless AP\s*$)/,
    examples: ['Foundry AP: 01.03.04Tw8 v2.0.0', 'Foundry Enterprise Wireless AP'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // EdgeIron, Foundry's line of edge switches, names the company and the model and nothing else.
    name: 'foundry-edgeiron-sysdescr',
    manufacturer: 'foundry',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['foundry networks edgeiron '],
    pattern: /^Foundry Networks (?<product>EdgeIron [0-9][0-9A-Z]*(?:-[0-9A-Z]+)?)\s*$/,
    examples: ['Foundry Networks EdgeIron 24G', 'Foundry Networks EdgeIron 24G-A', 'Foundry Networks EdgeIron 2402CF', 'Foundry Networks EdgeIron 48G1X10G'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'foundry-http-server',
    manufacturer: 'foundry',
    product: 'IronWare web management',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['foundry networks'],
    // Recog gives the header with and without the release (both in its comment on the fingerprint).
    pattern: /^Foundry Networks(?:\/(?<version>\d+(?:\.\d+)+))?$/,
    examples: ['Foundry Networks/2.20', 'Foundry Networks'],
    source: RECOG('http_servers.xml'),
  },

  // ---------------------------------------------------------------- Intel
  {
    name: 'intel-express-switch-sysdescr',
    manufacturer: 'intel',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['(c) intel corporation, '],
    // Intel sold Express switches around 2000; their agent opens with Intel's copyright.
    pattern: /^\(c\) Intel Corporation, (?<product>[\w ]{1,40}? Switch), Version (?<version>\d+(?:\.\d+)+)/,
    examples: ['(c) Intel Corporation, 550T Express 550T Switch, Version 2.32 '],
    source: FUSION_DICO,
  },

  // ---------------------------------------------------------------- Avaya
  {
    name: 'avaya-ers-sysdescr',
    manufacturer: 'avaya',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['avaya networks'],
    // Ethernet Routing Switch line; the same switches said "Nortel" before 2009 and "Extreme" after
    // 2017, which these patterns leave to the other evidence.
    pattern: /^(?<product>Ethernet Routing Switch [\w-]+)\s+HW:\S+\s+FW:\S+\s+SW:v?(?<version>\S+).*\(c\) Avaya Networks\s*$/,
    examples: ['Ethernet Routing Switch 5530-24TFD    HW:32       FW:6.0.0.18  SW:v6.3.2.011 BN:11 (c) Avaya Networks'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'avaya-media-gateway-sysdescr',
    manufacturer: 'avaya',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['avaya inc., '],
    pattern: /^Avaya Inc\., (?<product>G\d{3,4} Media Gateway), SW Version (?<version>\S+)/,
    examples: ['Avaya Inc., G450 Media Gateway, SW Version 31.22.0'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'avaya-cmbe-http-server',
    manufacturer: 'avaya',
    product: 'Communication Manager Branch Edition',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['avaya cmbe'],
    pattern: /^Avaya CMBE(?:\/(?<version>\d+(?:\.\d+)*))?$/,
    examples: ['Avaya CMBE/2.0.0', 'Avaya CMBE/2'],
    source: RECOG('http_servers.xml'),
  },

  {
    // Avaya's SIP desk phones: the one-X Deskphone firmware (96x1 series) and the H100 video phones,
    // each with its firmware after it.
    name: 'avaya-phone-sip-user-agent',
    manufacturer: 'avaya',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['avaya one-x deskphone', 'collaboration station'],
    pattern: /^Avaya (?<product>one-X Deskphone|H1\d\d Collaboration Station) (?<version>[\w.-]+)/,
    examples: ['Avaya one-X Deskphone 7.1.15.1.3 b4475ea2e9a0', 'Avaya H175 Collaboration Station H1xx_SIP-R1_0_2_3_3050.tar'],
    source: {
      title: 'User-Agent lines of Avaya 96x1 and H175 phones in SIP traces that public projects quote (SIP parser tests, Wireshark-style captures)',
    },
  },

  // ---------------------------------------------------------------- Citrix (NetScaler)
  {
    name: 'citrix-netscaler-sysdescr',
    manufacturer: 'citrix',
    product: 'NetScaler ADC',
    protocols: ['snmp'],
    keywords: ['netscaler ns'],
    pattern: /^NetScaler NS(?<version>\d+\.\d+): Build /,
    examples: ['NetScaler NS10.0: Build 54.6.nc, Date: Apr 6 2012, 08:00:41 '],
    source: RECOG('snmp_sysdescr.xml'),
  },
  // "Citrix Web PN Server" has no pattern: it is the ICA browser of Citrix MetaFrame on a Windows
  // server (nmap names it "Citrix Metaframe ICA Browser"), not a NetScaler. nmap's names for the
  // NetScaler and Access Gateway appliances' services are read here.
  {
    name: 'citrix-netscaler-scanner-product',
    manufacturer: 'citrix',
    product: 'NetScaler or Access Gateway appliance',
    fields: ['product'],
    keywords: ['citrix netscaler', 'citrix access gateway', 'citrix application firewall'],
    pattern: /^Citrix (?:NetScaler (?:httpd|https redirect|SSL VPN|Metric Exchange Protocol|Access Gateway)|Access Gateway(?: http login)?|Application Firewall)\b/,
    examples: ['Citrix NetScaler httpd', 'Citrix NetScaler https redirect', 'Citrix NetScaler SSL VPN', 'Citrix NetScaler Metric Exchange Protocol', 'Citrix Access Gateway', 'Citrix Access Gateway http login', 'Citrix Application Firewall'],
    source: NMAP_PROBES,
  },

  // ---------------------------------------------------------------- Enterasys
  {
    name: 'enterasys-sysdescr',
    manufacturer: 'enterasys',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['enterasys networks, inc.'],
    pattern: /^Enterasys Networks, Inc\. (?<product>[\w-]+(?: [\w-]+){0,2}) Rev (?<version>[\d.]+)/,
    examples: [
      'Enterasys Networks, Inc. B3G124-24 Rev 01.02.01.0004',
      'Enterasys Networks, Inc. Matrix N3 Platinum Rev 05.42.04 06/07/2007--17:19 ofc',
      'Enterasys Networks, Inc. NSA Chassis Rev 07.41.03.0009 01/05/2012--10:33 ofc',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },

  // ---------------------------------------------------------------- WatchGuard, Sophos, Cambium
  {
    name: 'watchguard-fireware-sysdescr',
    manufacturer: 'watchguard',
    product: 'Firebox (Fireware OS)',
    protocols: ['snmp'],
    keywords: ['watchguard fireware'],
    pattern: /^WatchGuard Fireware(?: v?(?<version>\d+(?:\.\d+)+))?\s*$/,
    examples: ['WatchGuard Fireware'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'sophos-email-appliance-http-server',
    manufacturer: 'sophos',
    product: 'Sophos Email Appliance',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['sophos email appliance'],
    pattern: /^Sophos Email Appliance$/,
    examples: ['Sophos Email Appliance'],
    source: RECOG('http_servers.xml'),
  },
  {
    name: 'cambium-epmp-sysdescr',
    manufacturer: 'cambium',
    product: 'ePMP radio',
    protocols: ['snmp'],
    keywords: ['cambium epmp'],
    pattern: /^Cambium ePMP(?: (?<product>[\w-]+))?\s*$/,
    examples: ['Cambium ePMP'],
    source: RECOG('snmp_sysdescr.xml'),
  },

  // ---------------------------------------------------------------- F5 (BIG-IP)
  {
    name: 'f5-bigip-kernel-sysdescr',
    manufacturer: 'f5',
    product: 'BIG-IP (TMOS)',
    protocols: ['snmp'],
    keywords: ['.f5.'],
    // BIG-IP answers with the Linux line of its own kernel build, which F5 tags ".f5" after the
    // Red Hat release ("2.6.32-431.56.1.el6.f5.x86_64"); a plain Linux line names nobody.
    pattern: /^Linux \S+ (?<version>\d+\.\d+\.\d+-[\d.]+\.el\d+\.f5(?:\.\w+)?\.x86_64) /,
    examples: ['Linux F5_device 2.6.32-431.56.1.el6.f5.x86_64 #1 SMP Thu Dec 13 14:25:45 PST 2018 x86_64'],
    source: LIBRENMS('f5.snmprec'),
  },
  {
    name: 'f5-bigip-http-server',
    manufacturer: 'f5',
    product: 'BIG-IP',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['bigip', 'big-ip'],
    // BIG-IP can replace the Server header of the sites it fronts with its own name.
    pattern: /^(?:BigIP|BIG-IP)$/,
    examples: ['BigIP', 'BIG-IP'],
    source: RECOG('http_servers.xml'),
  },
  {
    // The management login of BIG-IP names the product as the realm.
    name: 'f5-bigip-realm',
    manufacturer: 'f5',
    product: 'BIG-IP',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="big-ip"'],
    pattern: /^(?:Basic|Digest) (?:[^\r\n]*, )?realm="BIG-IP"/,
    examples: ['Basic realm="BIG-IP"'],
    source: RECOG('http_wwwauth.xml'),
  },
  {
    // WatchGuard's SOHO firewalls name themselves in the realm (Recog lists it among the realms it has
    // seen but not fingerprinted).
    name: 'watchguard-soho-realm',
    manufacturer: 'watchguard',
    product: 'SOHO firewall',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="watchguard soho'],
    pattern: /^(?:Basic|Digest) realm="WatchGuard SOHO\s+Configuration"/,
    examples: ['Digest realm="WatchGuard SOHO  Configuration",qop="auth",nonce="7c8e98007db668881687bd538e6e8581"'],
    source: RECOG('http_wwwauth.xml'),
  },

  // ---------------------------------------------------------------- Array Networks (ArrayOS)
  {
    name: 'array-networks-ssh',
    manufacturer: 'array-networks',
    product: 'ArrayOS SSH server (AG SSL VPN gateways and other Array appliances)',
    protocols: ['ssh'],
    keywords: ['-arrayos'],
    // ArrayOS, the system of Array's appliances, gives its own name as the whole software version.
    pattern: /^SSH-\d\.\d+-ArrayOS\s*$/,
    examples: ['SSH-2.0-ArrayOS'],
    source: RECOG('ssh_banners.xml'),
  },

  // ---------------------------------------------------------------- Hanwha Vision (Samsung Techwin, Wisenet)
  {
    name: 'hanwha-techwin-title',
    manufacturer: 'hanwha-vision',
    product: 'IP camera (Hanwha Techwin)',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['hanwha techwin'],
    pattern: /^Hanwha Techwin$/,
    examples: ['Hanwha Techwin'],
    source: RECOG('html_title.xml'),
  },

  {
    name: 'hanwha-ipolis-realm',
    manufacturer: 'hanwha-vision',
    product: 'Wisenet IP camera (iPOLiS firmware)',
    protocols: ['rtsp', 'http'],
    fields: ['www-authenticate'],
    keywords: ['realm="ipolis'],
    // iPOLiS is Samsung Techwin's (now Hanwha Vision's) name for its IP camera platform. Its web
    // service writes it "iPolis", and newer firmware adds the camera's MAC address after it
    // ("iPolis_00-09-18-..."): any other word after the name claims nothing.
    pattern: /realm="iPOLiS(?:_[0-9A-F]{2}(?:[-:][0-9A-F]{2}){5})?"/i,
    examples: [
      'Digest realm="iPOLiS", nonce="BA2BBD4E602A4CD5E08ACC0896D1234E"',
      // Greenbone's default-credentials check of Samsung iPolis quotes the header it answers with
      'WWW-Authenticate: Digest realm="iPolis", nonce="88b833d46115b6c94957bd925b7cb1bc", qop="auth"',
    ],
    source: {
      title: 'RTSP exchange with a Wisenet camera (/profile2/media.smp) pasted in Ullaakut/cameradar issue #199; Greenbone feed, "Samsung iPolis Default Credentials" (OID 1.3.6.1.4.1.25623.1.0.114066), the challenge of the camera\'s /home/monitoring.cgi quoted in a comment',
      url: 'https://github.com/Ullaakut/cameradar/issues/199',
    },
  },

  {
    // "BC Streaming Media" is the RTSP stack of Reolink's cameras and recorders (BC for Baichuan, the
    // company behind the brand): it names itself in the challenge's realm, and in the SDP's a=tool.
    name: 'reolink-rtsp-realm',
    manufacturer: 'reolink',
    product: 'IP camera or recorder (RTSP)',
    protocols: ['rtsp'],
    fields: ['www-authenticate'],
    keywords: ['realm="bc streaming media"'],
    pattern: /realm="BC Streaming Media"/,
    examples: ['Digest realm="BC Streaming Media", nonce="7eb97f3e7b6a59db1e8d0ec123311584"'],
    source: {
      title: 'go2rtc trace of the RTSP session with a Reolink recorder (its /Preview_02_main path) pasted in AlexxIT/Blog issue #5',
      url: 'https://github.com/AlexxIT/Blog/issues/5',
    },
  },

  // ---------------------------------------------------------------- HPE / Aruba web titles
  {
    name: 'hpe-officeconnect-title',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['hpe officeconnect switch '],
    pattern: /^HPE OfficeConnect Switch (?<product>\S.{0,60}?)\s+(?<model>J[A-Z0-9]{4,5})$/,
    examples: [
      'HPE OfficeConnect Switch 1820 24G J9980A',
      'HPE OfficeConnect Switch 1820 8G J9979A',
      'HPE OfficeConnect Switch 1920S 24G 2SFP PoE+ (370W) JL385A',
    ],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'hpe-procurve-title',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['procurve switch '],
    pattern: /^(?:\S+\s+-\s+)?ProCurve Switch (?<product>\S+) \((?<model>J\d{4}[A-Z])\)$/,
    examples: ['SW1 - ProCurve Switch 4204vl (J8770A)', 'ProCurve Switch 2610-24/12PWR (J9086A)'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'hpe-aruba-clearpass-title',
    manufacturer: 'hpe',
    product: 'Aruba ClearPass Policy Manager',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['clearpass - aruba networks'],
    pattern: /^ClearPass - Aruba Networks$/,
    examples: ['ClearPass - Aruba Networks'],
    source: RECOG('html_title.xml'),
  },

  // ---------------------------------------------------------------- Netgear web titles
  {
    name: 'netgear-title',
    manufacturer: 'netgear',
    product: 'product',
    protocols: ['http'],
    fields: ['title'],
    keywords: ['netgear '],
    pattern: /^(?:NETGEAR|NetGear|Netgear) (?:Router )?(?<product>ReadyNAS|Prosafe Plus Switch|[A-Z]{1,5}\d{3,5}[A-Za-z0-9+-]*)$/,
    examples: [
      'NETGEAR GS108T',
      'NETGEAR M4100-24G-POE+',
      'NetGear GS748T',
      'NETGEAR Router WNR2000v4',
      'NETGEAR Router R6100',
      'Netgear Prosafe Plus Switch',
      'NETGEAR ReadyNAS',
    ],
    source: RECOG('html_title.xml'),
  },

  // ---------------------------------------------------------------- Web page titles (Rapid7 Recog xml/html_title.xml)
  // Whole-title matches only: a device's login page names its maker or product line, but a title
  // that several makers' firmware uses ("Network Video Recorder Login", "DVR Components Download",
  // "NETSurveillance WEB", "Web Smart Switch") has no pattern.
  {
    name: 'axis-title',
    manufacturer: 'axis',
    product: 'IP camera or video encoder',
    protocols: ['http', 'https'],
    fields: ['title'],
    certainty: 'low',
    keywords: ['axis'],
    // Axis cameras title their start page with the upper-case brand alone; case-sensitive, so a page
    // called "Axis" or "axis" claims nothing. A one-word title is still only a hint.
    pattern: /^AXIS$/,
    examples: ['AXIS'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'hanwha-samsung-dvr-title',
    manufacturer: 'hanwha-vision',
    product: 'DVR (Samsung Techwin, now Hanwha Vision)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['web viewer for samsung dvr'],
    // Samsung's DVRs came from Samsung Techwin, the security business that became Hanwha Techwin
    // (now Hanwha Vision), not from Samsung Electronics.
    pattern: /^Web Viewer for Samsung DVR$/,
    examples: ['Web Viewer for Samsung DVR'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'sonicwall-title',
    manufacturer: 'sonicwall',
    product: 'SonicOS firewall or Universal Management Suite',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['sonicwall'],
    pattern: /^(?:(?:Dell )?SonicWall - Authentication|SonicWall Universal Management Suite v(?<version>\d+\.\d+))$/i,
    examples: ['SonicWall - Authentication', 'SonicWall Universal Management Suite v8.7'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'watchguard-fireware-title',
    manufacturer: 'watchguard',
    product: 'Fireware XTM firewall',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['fireware xtm user authentication'],
    pattern: /^Fireware XTM User Authentication$/,
    examples: ['Fireware XTM User Authentication'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'fortinet-fortigate-title',
    manufacturer: 'fortinet',
    product: 'FortiGate firewall',
    protocols: ['http', 'https'],
    fields: ['title'],
    // A one-word title, like the bare brand in a Server header: a hint to weigh with the MAC.
    certainty: 'low',
    keywords: ['fortigate'],
    pattern: /^FortiGate$/,
    examples: ['FortiGate'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'zyxel-usg-title',
    manufacturer: 'zyxel',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    certainty: 'low',
    keywords: ['usg'],
    // Zyxel's Unified Security Gateways title their login page with the bare model; a bare model
    // number is a hint, not proof.
    pattern: /^(?<product>USG\d{2,4}W?(?:-VPN)?)$/,
    examples: ['USG60', 'USG40', 'USG20-VPN'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'cisco-title',
    manufacturer: 'cisco',
    product: 'management page (UCS, IP phones and cameras, TelePresence, Nexus, MDS, Catalyst, SD-WAN, WLC, ASA)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['cisco', 'spa', 'stealthwatch'],
    // Management pages of UCS servers, IP phones and cameras, TelePresence, Nexus/MDS/Catalyst
    // switches, SD-WAN, DNA Center, NFVIS, wireless LAN controllers ("Cisco Systems Login") and ASA
    // (ASDM); SPA phones title theirs with the model.
    pattern:
      /^(?:Cisco (?<product>UCS KVM Direct|KVM|UCS Manager|Integrated Management Controller|IMC Login|Meeting Management|SPA Configuration|IP Phone|IP Camera|TelePresence MCU|Nexus \d+\S*|Catalyst Switch - Home|MDS 9000|vManage|(?:Enterprise )?NFVIS|Systems Login|ASDM)\b|Login - Cisco DNA Center$|Stealthwatch Management Console$|SPA\d{3}[A-Z]{0,2} (?:Configuration Utility$|Device Information \(SEP[0-9a-fA-F]{12}\)$))/,
    examples: [
      'Cisco UCS KVM Direct',
      'Cisco KVM',
      'Cisco UCS Manager',
      'Cisco Integrated Management Controller',
      'Cisco Integrated Management Controller Login',
      'Cisco IMC Login Page',
      'Cisco Meeting Management',
      'SPA504G Configuration Utility',
      'SPA504G Device Information (SEP0123456789ab)',
      'Cisco SPA Configuration',
      'Cisco IP Phone',
      'Cisco IP Camera',
      'Cisco TelePresence MCU - Home page',
      'Cisco TelePresence MCU MSE - Home page',
      'Cisco Nexus 1000V',
      'Cisco Catalyst Switch - Home',
      'Cisco MDS 9000 and Nexus 5000 Management Modules 7.3(1)D1(1)',
      'Cisco MDS 9000 Management Modules 3.3(2)',
      'Stealthwatch Management Console',
      'Cisco vManage',
      'Login - Cisco DNA Center',
      'Cisco NFVIS',
      'Cisco Enterprise NFVIS',
      'Cisco Systems Login',
      'Cisco ASDM 6.4(7)',
    ],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'hpe-server-title',
    manufacturer: 'hpe',
    product: 'server management (iLO, Onboard Administrator, Virtual Connect) or storage',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['hpe ', 'hp integrated lights-out', 'ilo '],
    // iLO, Onboard Administrator and Virtual Connect manage HP (now HPE) servers and blade enclosures.
    pattern:
      /^(?:HPE (?<product>Virtual Connect Manager|BladeSystem Onboard Administrator|System Management Homepage|SimpliVity OmniStack|StoreEver \S+)|HP Integrated Lights-Out(?: 2)?|iLO [2-7])$/,
    examples: [
      'HPE Virtual Connect Manager',
      'HPE BladeSystem Onboard Administrator',
      'HPE System Management Homepage',
      'HP Integrated Lights-Out',
      'HP Integrated Lights-Out 2',
      'iLO 3',
      'iLO 4',
      'HPE SimpliVity OmniStack',
      'HPE StoreEver MSL3040',
    ],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'poly-title',
    manufacturer: 'poly',
    product: 'IP phone or DMA call server',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['polycom', 'vvx'],
    pattern: /^(?:Polycom - Configuration Utility|Polycom (?<product>DMA \d+)|VVX\d{3})$/,
    examples: ['Polycom - Configuration Utility', 'Polycom DMA 7000', 'VVX250'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'fujitsu-title',
    manufacturer: 'fujitsu',
    product: 'iRMC server management controller',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['irmc'],
    pattern: /^ServerView.{0,40} (?<product>iRMC S\d+) Web Server/,
    examples: [
      'ServerView Remote Management iRMC S3 Web Server',
      'ServerView&reg;&nbsp;Remote Management iRMC S4 Web Server Redirecting ...',
      'ServerView Remote Management iRMC S2 Web Server',
    ],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'fujitsu-irmc-realm',
    manufacturer: 'fujitsu',
    product: 'iRMC server management controller',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="irmc'],
    // The iRMC of PRIMERGY servers names its realm after itself and its default host name
    // ("IRMC" and the last three bytes of its MAC address).
    pattern: /^(?:Basic|Digest) realm="iRMC(?:@IRMC[0-9A-Fa-f]{6})?"/,
    examples: ['Digest realm="iRMC@IRMCC36EAC", qop="auth", nonce="00129ced-00000003", opaque="3", stale="FALSE"'],
    source: RECOG('http_wwwauth.xml'),
  },
  {
    name: 'fujitsu-eternus-title',
    manufacturer: 'fujitsu',
    product: 'ETERNUS storage',
    protocols: ['http', 'https'],
    fields: ['title'],
    certainty: 'low',
    keywords: ['eternus'],
    pattern: /^ETERNUS$/,
    examples: ['ETERNUS'],
    source: RECOG('html_title.xml'),
  },
  // ---------------------------------------------------------------- Data-centre power, monitoring, storage and serial gear (page titles and Server headers, Recog)
  {
    // Emerson Network Power's IntelliSlot web card of its UPS and cooling units, under its brands; the
    // company has been Vertiv since 2016.
    name: 'vertiv-intellislot-web-card-title',
    manufacturer: 'vertiv',
    product: 'IntelliSlot web card (UPS, PDU or cooling unit)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['intellislot web'],
    pattern: /^(?:Emerson Network Power|Vertiv|Liebert) IntelliSlot Web(?:\/\d+)? Card$/,
    examples: ['Emerson Network Power IntelliSlot Web Card', 'Emerson Network Power IntelliSlot Web/485 Card', 'Vertiv IntelliSlot Web Card', 'Liebert IntelliSlot Web Card'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'server-technology-sentry-cdu-title',
    manufacturer: 'server-technology',
    product: 'Sentry Switched CDU (rack PDU)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['sentry switched cdu'],
    pattern: /^Sentry Switched CDU$/,
    examples: ['Sentry Switched CDU'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'gude-expert-power-control-title',
    manufacturer: 'gude',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['expert power control net '],
    pattern: /^(?<product>Expert Power Control NET \d+x\d+)(?: - |$)/,
    examples: ['Expert Power Control NET 2x6 - Rack42'],
    source: RECOG('html_title.xml'),
  },
  {
    // Digi's terminal and device servers title their pages with the model.
    name: 'digi-device-server-title',
    manufacturer: 'digi-international',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['configuration and management'],
    pattern: /^(?<product>(?:Digi One|PortServer) [\w ]+?)(?:&nbsp;|\u00a0| )Configuration and Management$/,
    examples: ['Digi One SP&nbsp;Configuration and Management', 'PortServer TS 4&nbsp;Configuration and Management', 'PortServer TS 4 H MEI&nbsp;Configuration and Management'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'gigamon-gigavue-title',
    manufacturer: 'gigamon',
    product: 'GigaVUE visibility appliance',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['gigavue-os'],
    pattern: /^GigaVUE-OS$/,
    examples: ['GigaVUE-OS'],
    source: RECOG('html_title.xml'),
  },
  {
    // EMC's Isilon scale-out NAS names its operating system (Recog files it under EMC).
    name: 'emc-isilon-onefs-title',
    manufacturer: 'emc',
    product: 'Isilon NAS (OneFS)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['onefs'],
    pattern: /^OneFS$/,
    examples: ['OneFS'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'bose-soundtouch-title',
    manufacturer: 'bose',
    product: 'SoundTouch speaker',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['soundtouch access point setup'],
    pattern: /^SoundTouch Access Point Setup$/,
    examples: ['SoundTouch Access Point Setup'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'google-wifi-title',
    manufacturer: 'google',
    product: 'Google Wifi or Fiber router',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['google wifi', 'google fiber network box'],
    pattern: /^(?:Google Wifi|Google Fiber Network Box Diagnostics)$/,
    examples: ['Google Wifi', 'Google Fiber Network Box Diagnostics'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'citrix-netscaler-title',
    manufacturer: 'citrix',
    product: 'NetScaler (ADC, Gateway, SDX)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['citrix ', 'netscaler gateway'],
    pattern: /^(?:Citrix Login|Netscaler Gateway|Citrix (?:NetScaler SDX|ADC SDX|NetScaler Insight Center))$/,
    examples: ['Citrix Login', 'Netscaler Gateway', 'Citrix NetScaler SDX', 'Citrix ADC SDX', 'Citrix NetScaler Insight Center'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'ruckus-title',
    manufacturer: 'ruckus',
    product: 'Ruckus access point',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['ruckus wireless admin'],
    pattern: /^Ruckus Wireless Admin$/,
    examples: ['Ruckus Wireless Admin'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'draytek-vigor-title',
    manufacturer: 'draytek',
    product: 'Vigor router',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['vigor login page'],
    pattern: /^Vigor Login Page$/,
    examples: ['Vigor Login Page'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'avm-fritz-title',
    manufacturer: 'avm',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['fritz!'],
    pattern: /^(?<product>FRITZ!(?:Box|Powerline|(?:WLAN )?Repeater))$/,
    examples: ['FRITZ!Box', 'FRITZ!Powerline', 'FRITZ!WLAN Repeater', 'FRITZ!Repeater'],
    source: RECOG('html_title.xml'),
  },

  // ---------------------------------------------------------------- HTTP Server headers (Rapid7 Recog xml/http_servers.xml)
  {
    name: 'hpe-smh-http-server',
    manufacturer: 'hpe',
    product: 'ProLiant server (System Management Homepage or Compaq Insight Manager agent)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['compaqhttpserver/', 'hpsmh'],
    // The management agent HP (now HPE) and Compaq before it shipped for their own servers only.
    pattern: /^(?:CompaqHTTPServer\/(?<version>\d+(?:\.\d+)*)(?: HP System Management Homepage(?:\/\S+)?(?: \S+)?)?|HPSMH)$/,
    examples: [
      'CompaqHTTPServer/9.9 HP System Management Homepage/2.1.5.146',
      'CompaqHTTPServer/9.9 HP System Management Homepage/6.0.0.96 httpd/2.2.6+',
      'CompaqHTTPServer/9.9 HP System Management Homepage',
      'CompaqHTTPServer/4.1',
      'HPSMH',
    ],
    source: RECOG('http_servers.xml'),
  },
  {
    name: 'hpe-procurve-ehttp-server',
    manufacturer: 'hpe',
    product: 'ProCurve switch web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    certainty: 'low',
    keywords: ['ehttp'],
    // Recog finds this server "seemingly only" on ProCurve switches and gives it 0.75: a hint.
    pattern: /^eHTTP[/ ]v?(?<version>\d+\.\d+)$/i,
    examples: ['EHTTP/1.1', 'eHTTP v2.0'],
    source: RECOG('http_servers.xml'),
  },
  {
    name: 'arris-net-dk-server',
    manufacturer: 'arris',
    product: 'cable modem web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['net-dk'],
    pattern: /^NET-DK[/ ](?<version>\d+\.\d+)$/,
    examples: ['NET-DK/1.0', 'NET-DK 1.1'],
    source: RECOG('http_servers.xml'),
  },
  {
    name: 'arris-touchstone-title',
    manufacturer: 'arris',
    product: 'Touchstone cable modem (status page)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['touchstone status'],
    // Touchstone is ARRIS's line of cable modems and telephony modems; the whole title only.
    pattern: /^Touchstone Status$/,
    examples: ['Touchstone Status'],
    source: NUCLEI('http/exposed-panels/arris-modem-detect.yaml', 'the phy.htm status page title "<title>Touchstone Status</title>" of ARRIS Touchstone telephony modems'),
  },
  {
    name: 'd-link-miniavserver',
    manufacturer: 'd-link',
    product: 'network camera web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['d-link miniavserver'],
    pattern: /^D-Link MiniAVServer$/,
    examples: ['D-Link MiniAVServer'],
    source: RECOG('http_servers.xml'),
  },
  {
    name: 'sonicwall-http-server',
    manufacturer: 'sonicwall',
    product: 'SonicWall appliance web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    // The bare brand names no device for sure (see the near-miss list): a hint.
    certainty: 'low',
    keywords: ['sonicwall'],
    pattern: /^SonicWALL$/,
    examples: ['SonicWALL'],
    source: RECOG('http_servers.xml'),
  },
  {
    name: 'netapp-http-server',
    manufacturer: 'netapp',
    product: 'Data ONTAP filer',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['netapp/'],
    // Anchored: the NetCache proxies (sold to Blue Coat in 2006) say "NetCache appliance (NetApp/...)".
    pattern: /^NetApp\/+(?<version>\d[\w.]*)$/,
    examples: ['NetApp/7.3.4P1', 'NetApp/7.2.1.1', 'NetApp//8.1RC2'],
    source: RECOG('http_servers.xml'),
  },

  // ---------------------------------------------------------------- FTP greetings (Rapid7 Recog xml/ftp_banners.xml)
  // Recog keeps the greeting after the reply code; nmap, Shodan and Censys keep the "220 " too.
  // matchBanner drops the reply code of an FTP greeting, so every pattern here sees the greeting alone.
  {
    name: 'zyxel-zywall-ftp',
    manufacturer: 'zyxel',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['(zywall usg'],
    pattern: /^FTP Server \(ZyWALL (?<product>USG ?[\w-]+)\)/,
    examples: ['FTP Server (ZyWALL USG 20) [::ffff:192.168.0.2]', 'FTP Server (ZyWALL USG100-PLUS) [::ffff:192.168.5.101]', 'FTP Server (ZyWALL USG 20) [10.0.0.2]'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // ZyXEL's Prestige 660 DSL routers greet with their model as the system name (P-660HW-T,
    // P660RU-T1, P-660R-T1v2, P-660H-T1_v2), then the embedded server's "FTP version 1.0 ready at"
    // and the date. Other makers' routers run the same server with their own names (ZTE's OX253P
    // above), so the Prestige model is what names ZyXEL.
    name: 'zyxel-prestige-ftp',
    manufacturer: 'zyxel',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['p-660', 'p660'],
    pattern: /^(?<product>P-?660[HDR][A-Z]*-[A-Z]\d?(?:_?v\d)?) FTP version \d+\.\d+ ready at /,
    examples: [
      'P-660HW-T FTP version 1.0 ready at Mon Jun 22 02:31:19 2015\r\n',
      'P660RU-T1 FTP version 1.0 ready at Mon Oct 21 17:57:13 2002',
      'P-660R-T1v2 FTP version 1.0 ready at Tue Jan 04 09:52:52 2000',
      'P-660H-T1_v2 FTP version 1.0 ready at Fri Sep 08 08:40:22 2000',
      'P-660RU-T3v2 FTP version 1.0 ready at Tue Feb 15 03:07:40 2000',
    ],
    source: ZTAG('FtpZyXel.py'),
  },
  {
    // EMC Celerra NAS: the Data Mover's FTP server names its DART release as "EMC-SNAS".
    name: 'emc-celerra-ftp',
    manufacturer: 'emc',
    product: 'Celerra NAS',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['(emc-snas: '],
    pattern: /^\S+ FTP server \(EMC-SNAS: [\d.]+\)/,
    examples: ['foo2 FTP server (EMC-SNAS: 5.6.47.11)', 'foo2 FTP server (EMC-SNAS: 5.6.50.203) ready.', 'foo4 FTP server (EMC-SNAS: 5.5.31.6) r'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // The FTP server of z/OS Communications Server, which runs on IBM's mainframes only.
    name: 'ibm-zos-ftp',
    manufacturer: 'ibm',
    product: 'z/OS mainframe',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['ibm ftp cs '],
    pattern: /^\S+ IBM FTP CS V\d+R\d+ at /,
    examples: ['SFTPD1 IBM FTP CS V1R4 at x.y.z, 21:02:19 on 2007-12-15.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // Sun's StorEdge disk arrays (Oracle's since its purchase of Sun).
    name: 'oracle-sun-storedge-ftp',
    manufacturer: 'oracle',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['sun storedge '],
    pattern: /^SUN (?<product>StorEdge \S+) RAID FTP server ready/,
    examples: ['SUN StorEdge 3511 RAID FTP server ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'tp-link-ftp',
    manufacturer: 'tp-link',
    product: 'router or access point FTP server',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['welcome to tp-link ftp server'],
    pattern: /^Welcome to TP-LINK FTP server\s*$/,
    examples: ['Welcome to TP-LINK FTP server'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'avm-fritz-ftp',
    manufacturer: 'avm',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['fritz!box'],
    // The model is written without spaces, with the provider edition in parentheses: "FRITZ!Box6490Cable(kdg)".
    pattern: /^(?<product>FRITZ!Box[\w()]+) FTP server ready\./,
    examples: ['FRITZ!Box7490 FTP server ready.', 'FRITZ!BoxFonWLAN7390 FTP server ready.', 'FRITZ!Box6490Cable(kdg) FTP server ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'asus-router-ftp',
    manufacturer: 'asus',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['welcome to asus '],
    // Wireless routers (RT-, BRT-), DSL modems (DSL-) and the T-Mobile edition (TM-) share the firmware.
    pattern: /^Welcome to ASUS (?<product>(?:B?RT|DSL|TM)-[\w.-]+) FTP service\./,
    examples: ['Welcome to ASUS RT-AC68U FTP service.', 'Welcome to ASUS DSL-N55U-D1 FTP service.', 'Welcome to ASUS TM-AC1900 FTP service.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // ASUS's wireless routers give MiniUPnPd their RT- model as the OS name.
    name: 'asus-rt-miniupnpd',
    manufacturer: 'asus',
    product: 'product',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['rt-'],
    pattern: /^(?<product>RT-[A-Z]{1,3}\d{2,5}[A-Z0-9+]*) UPnP\/\S+ MiniUPnPd\/[\d.]+$/i,
    examples: ['RT-G32 UPnP/1.0 MiniUPnPd/1.2'],
    source: RECOG('upnp_banners.xml'),
  },
  {
    // ASUS's wireless routers challenge with their model as the Basic realm (nmap names them "Asus
    // <model> WAP http config"; Greenbone's ASUS router checks look for the same header). The model
    // must be of ASUS's RT- series (N, AC, AX, BE, G and a number), so a realm of another maker's
    // "RT-" word claims nothing.
    name: 'asus-rt-realm',
    manufacturer: 'asus',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="rt-'],
    pattern: /realm="(?<product>RT-(?:N|AC|AX|BE|G)\d{2,5}[A-Z0-9+]*)"/,
    examples: ['Basic realm="RT-N56U"', 'Basic realm="RT-N10E"', 'Basic realm="RT-G32"'],
    source: {
      title: 'Greenbone feed (OpenVAS scripts), the checks of ASUS RT-N56U, RT-N10E and RT-G32 routers: the WWW-Authenticate header each requires before it tests the router (Basic realm="RT-N56U" and so on); nmap-service-probes, "Asus $1 WAP http config" for a Basic realm "RT-..."',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    // wanduck is ASUSWRT's WAN watchdog (router/rc/wanduck.c of ASUS's GPL firmware): while the WAN is
    // down or the router is unconfigured it answers web requests itself with a redirect to the setup
    // wizard, "HTTP/1.0 302 Moved Temporarily", "Server: wanduck". nmap calls it "Asus wanduck WAN
    // monitor httpd".
    name: 'asus-wanduck-server',
    manufacturer: 'asus',
    product: 'router (ASUSWRT WAN watchdog)',
    protocols: ['http'],
    fields: ['server'],
    keywords: ['wanduck'],
    pattern: /^wanduck$/,
    examples: ['wanduck'],
    source: NMAP_PROBES,
  },
  {
    // nmap -sV's names for ASUS routers and access points (ASUSWRT's web admin, the WL- series).
    // The catalog does not read "ASUS" alone as the maker's name (a registrant of the IEEE registry,
    // Asus Network Technologies, is not known to be ASUSTeK), so the router names are read here.
    name: 'asus-scanner-product',
    manufacturer: 'asus',
    product: 'router or access point',
    fields: ['product', 'extrainfo'],
    keywords: ['asus '],
    pattern: /^ASUS (?:WRT http admin\b|WL-?\d{3}\w* (?:WAP|Wireless)\b|RT-[\w-]+ |SL\d{4} series router\b)/i,
    examples: [
      'ASUS WRT http admin', 'Asus wl-600g WAP http config', 'ASUS WL-500g WAP telnetd', 'Asus WL700gE Wireless Storage router http config',
      // the extra information of generic servers' matches (Acme milli_httpd, GoAhead)
      'ASUS RT-AC-series router', 'ASUS SL6000 series router http config',
    ],
    source: NMAP_PROBES,
  },
  {
    name: 'apc-nmc-ftp',
    manufacturer: 'apc',
    product: 'Network Management Card (UPS, PDU or cooling unit)',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['apc ftp server', 'network management card aos'],
    // The Network Management Card names the UPS or PDU model first ("AP7932") and its AOS release.
    pattern: /^\s*(?:APC FTP server ready\.|(?<product>\S+) Network Management Card AOS v(?<version>\d+\.[\d.]*\w*) FTP server ready\.)/,
    examples: ['APC FTP server ready.', 'AP7932 Network Management Card AOS v3.3.4 FTP server ready.', 'ACRC103 Network Management Card AOS v3.6.1 FTP server ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // "JD" is Jetdirect, HP's print server, built into HP Inc.'s printers (see hp-jetdirect-sysdescr).
    name: 'hp-jetdirect-ftp',
    manufacturer: 'hp-inc',
    product: 'Jetdirect print server (HP printer)',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['jd ftp server ready'],
    pattern: /^JD FTP Server Ready/,
    examples: ['JD FTP Server Ready', 'JD FTP Server Ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // PHNE_ is the prefix of HP-UX networking patches: the FTP server of an HP-UX system, which
    // runs only on HP's (now HPE's) own PA-RISC and Integrity servers.
    name: 'hpe-hpux-ftp',
    manufacturer: 'hpe',
    product: 'HP-UX server',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['(phne_'],
    pattern: /^\S+ +FTP +Server \((?:Revision \S+ )?Version [^()]+\(PHNE_\d+\)/i,
    examples: [
      'example.com FTP server (Version 1.1.214.4(PHNE_38458) Mon Feb 15 06:03:12 GMT 2010) ready.',
      'example.com FTP server (Revision 1.1 Version wuftpd-2.6.1(PHNE_38578) Fri Sep 5 12:10:54 GMT 2008) ready.',
    ],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'ricoh-printer-ftp',
    manufacturer: 'ricoh',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['ricoh aficio ', 'nrg ', 'gestetner '],
    // NRG and Gestetner are Ricoh's own brands and print the same greeting.
    pattern: /^(?<product>(?:RICOH Aficio|NRG|Gestetner) (?:[MS]P )?\S+) FTP server \((?<version>[\w.]+)\) ready/i,
    examples: ['RICOH Aficio SP 4210N FTP server (8.63) ready.', 'NRG MP C2800 FTP server (8.25) ready.', 'Gestetner MP C4502 FTP server (11.77) ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // Some Gestetner copiers greet with the brand and the model alone.
    name: 'ricoh-gestetner-model-ftp',
    manufacturer: 'ricoh',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['gestetner '],
    pattern: /^(?<product>Gestetner (?:MP ?)?C?\d{3,5}\w*)\s*$/,
    examples: ['Gestetner MPC2500'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // Web Image Monitor is the web interface of Ricoh's printers and copiers (and of its Savin,
    // Lanier, NRG and Gestetner brands), which titles its page with that name alone.
    name: 'ricoh-web-image-monitor-title',
    manufacturer: 'ricoh',
    product: 'printer or copier (Web Image Monitor)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['web image monitor'],
    pattern: /^Web Image Monitor$/,
    examples: ['Web Image Monitor'],
    source: {
      title: 'LIFT, the Low Impact Identification Tool (lift.py, signature added 19 August 2021): title "Web Image Monitor" with Server "Web-Server/3.0" is a "Ricoh Printer Product w/ Web Image Monitor"',
    },
  },
  {
    name: 'ricoh-nrg-telnet',
    manufacturer: 'ricoh',
    product: 'NRG printer (maintenance shell)',
    protocols: ['telnet'],
    // NRG is Ricoh's brand (see ricoh-printer-ftp), but the greeting names the brand only and no
    // model, so it counts little.
    certainty: 'low',
    keywords: ['nrg maintenance shell'],
    pattern: /^\s*NRG Maintenance Shell\.\s*\r?\n/,
    examples: ['NRG Maintenance Shell.   \n\nUser access verification.\n\nlogin:'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'xerox-printer-ftp',
    manufacturer: 'xerox',
    product: 'Phaser or Wide Format printer',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['xerox '],
    pattern: /^XEROX (?:(?<product>Phaser \d{4}[\w-]*)\s*$|\d{4} Wide Format FTP server)/i,
    examples: ['Xerox Phaser 6130N', 'Xerox Phaser 6180MFP-D', 'XEROX 6204 Wide Format FTP server ready'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'lexmark-printer-ftp',
    manufacturer: 'lexmark',
    product: 'printer or MarkNet print server',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['lexmark ', 'marknet ', ' series ftp server ready'],
    // The greeting starts with the printer's host name (by default "ET" and its MAC address). The
    // Pro inkjets leave out the company name and keep the "ET" host name and the series.
    pattern:
      /^(?:(?:\S+ )?(?:Lexmark (?:Optra |Forms Printer (?=\d))?(?<product>[A-Z\d]\w*)(?: Ethernet)?|MarkNet \w+) FTP Server (?:\S+ )?ready|ET[\dA-F]{12} (?=Pro\d{3,4} Series FTP Server ready))/i,
    examples: [
      'ET000400CEA560 Lexmark T640 FTP Server NS.NP.N219 ready.',
      'Lexmark X500 FTP server ready',
      'lex142785470853 Lexmark Optra T612 FTP Server 3.20.30 ready.',
      'EUFSALE MarkNet X2011e FTP Server 4.20.21 ready.',
      'ET0020004F54EE Lexmark Forms Printer 2590 Ethernet FTP Server LCL.CU.P012c ready.',
      'ET0020007E4D2A Pro700 Series FTP Server ready.',
    ],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'kyocera-printer-ftp',
    manufacturer: 'kyocera',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['taskalfa ', 'fs-'],
    pattern: /^(?<product>TASKalfa \d+c?i|FS-C?\d{4}(?:MFP\+?|DN|D|N)) FTP server/,
    examples: ['TASKalfa 300ci FTP server', 'FS-C2126MFP FTP server', 'FS-C2026MFP+ FTP server', 'FS-1370DN FTP server'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'konica-minolta-printer-ftp',
    manufacturer: 'konica-minolta',
    product: 'printer FTP server',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['konica minolta ftp server', '(km ftpd version'],
    pattern: /^(?:KONICA MINOLTA FTP server ready|KM\w+ FTP server \(KM FTPD version (?<version>\d+(?:\.\d+)*)\) ready)/,
    examples: ['KONICA MINOLTA FTP server ready.', 'KM23BC97 FTP server (KM FTPD version 1.00) ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // ProFTPD as QNAP builds it into the Turbo Station (QTS) firmware.
    name: 'qnap-ftp',
    manufacturer: 'qnap',
    product: 'Turbo Station NAS',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['nasftpd turbo station'],
    pattern: /^NASFTPD Turbo station (?:2\.x )?(?<version>[\w.]+) Server \(ProFTPD\)/,
    examples: ['NASFTPD Turbo station 1.3.5a Server (ProFTPD) [192.168.1.100]', 'NASFTPD Turbo station 2.x 1.3.1rc2 Server (ProFTPD) [192.168.1.100]'],
    source: RECOG('ftp_banners.xml'),
  },

  // ---------------------------------------------------------------- Routers, storage and phones of makers outside the covered groups
  {
    name: 'lancom-ssh',
    manufacturer: 'lancom',
    product: 'LCOS SSH server (LANCOM routers and access points)',
    protocols: ['ssh'],
    keywords: ['-lancom'],
    pattern: /^SSH-(?:2\.0|1\.99)-lancom\s*$/,
    examples: ['SSH-2.0-lancom'],
    source: RECOG('ssh_banners.xml'),
  },
  {
    name: 'lancom-telnet',
    manufacturer: 'lancom',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['| lancom '],
    // LCOS frames its greeting with "| ": the model, then "Ver." and the LCOS release.
    pattern: /^\s*\| LANCOM (?<product>[^\r\n|]+?)\s*\r?\n\| Ver\. (?<version>\d+\.\d+)/,
    examples: ['| LANCOM 1611+\n| Ver. 8.82.0100RU1 / 28.08.2013\n| SN.  202321800137\n| Copyright (c) LANCOM Systems\n\naquafil, Connection No.: 002 (LAN)\n\nPassword:'],
    source: GREENBONE('gb_lancom_devices_telnet_detect.nasl', 'Telnet banner of a LANCOM 1611+ quoted in the script'),
  },
  {
    name: 'draytek-ssh',
    manufacturer: 'draytek',
    product: 'DrayOS SSH server (Vigor routers)',
    protocols: ['ssh'],
    keywords: ['-drayssh'],
    pattern: /^SSH-(?:2\.0|1\.99)-DraySSH(?:_(?<version>\d+(?:\.\d+)*))?\s*$/,
    examples: ['SSH-2.0-DraySSH_2.0'],
    source: RECOG('ssh_banners.xml'),
  },
  {
    name: 'draytek-vigor-realm',
    manufacturer: 'draytek',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['login to vigor'],
    pattern: /^Basic realm="Login to (?<product>Vigor ?\d{3,4}[A-Za-z]{0,4})"$/,
    examples: ['Basic realm="Login to Vigor 3300"'],
    source: RECOG('http_wwwauth.xml'),
  },
  {
    name: 'draytek-upnp',
    manufacturer: 'draytek',
    product: 'product',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['draytek/vigor'],
    pattern: /^DrayTek\/(?<product>Vigor\w+) UPnP\/[\d.]+ /i,
    examples: ['DrayTek/Vigor2130 UPnP/1.0 miniupnpd/1.0'],
    source: RECOG('upnp_banners.xml'),
  },
  {
    name: 'draytek-telnet-reject',
    manufacturer: 'draytek',
    product: 'Vigor router (telnet refused while another administrator is logged in)',
    protocols: ['telnet'],
    keywords: ['reject the connection request'],
    pattern: /^\s*System administrator is connecting from \S+\s+Reject the connection request !!!/,
    examples: ['System administrator is connecting from 54.39.173.86\n\nReject the connection request !!!'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'draytek-telnet-default-host',
    manufacturer: 'draytek',
    product: 'Vigor router (factory host name)',
    protocols: ['telnet'],
    // "Draytek" is the factory host name a Vigor router shows in its login prompt; a host name is the
    // owner's to choose, so it is a hint only (as zyxel-telnet-default-host).
    certainty: 'low',
    keywords: ['draytek login:'],
    pattern: /^\s*Draytek login:\s*$/i,
    examples: ['Draytek login:'],
    source: GREENBONE('sw_telnet_os_detection.nasl', 'the telnet login prompt Greenbone takes for DrayTek Vigor firmware'),
  },
  {
    // ADTRAN's Total Access access platforms (integrated access devices, DSLAMs, shelves) and its
    // OPTI-MX optical shelves: the model first ("TA1248 1179.641AL3 Total Access ..."), or the
    // product line name with its number.
    name: 'adtran-total-access-sysdescr',
    manufacturer: 'adtran',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['total access', 'opti-mx '],
    pattern:
      /^(?:(?=TA\d{3,4}[A-Z]? [^\r\n]{0,30}?Total Access )|UNKNOWN (?=Total Access )|(?=Total Access \d{3,4}\b)|(?=OPTI-MX ))(?<product>TA\d{3,4}[A-Z]?|Total Access(?: \d{3,4}\b[^,\r\n]{0,20})?|OPTI-MX)/,
    examples: [
      'Total Access 924 (2nd Gen), Version: A1.08.00.E, Date: Tue Apr 28 10:54:58 2009',
      'Total Access 908, ADSL (2nd Gen), Version: A2.06.00.E, Date: Mon Feb 15 10:36:45 2010',
      'Total Access 1500 SCU',
      'TA1100F 1179.760 Total Access SFP-Based System',
      'TA1248 1179.641AL3 Total Access IP DSLAM System',
      'TA3011 Total Access OMP-FC',
      'UNKNOWN Total Access series shelf',
      'OPTI-MX 19 inch domestic shelf',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // NetVanta routers and switches on ADTRAN's AOS answer sysDescr with the product line alone.
    // NetVanta is ADTRAN's trademark, which no other maker's firmware writes (see
    // zyxel-prestige-sysdescr for the rule on a product line).
    name: 'adtran-netvanta-sysdescr',
    manufacturer: 'adtran',
    product: 'NetVanta',
    protocols: ['snmp'],
    keywords: ['netvanta'],
    pattern: /^NetVanta(?:$|[\s,])/,
    examples: ['NetVanta'],
    source: LIBRENMS('adtran-aos.snmprec'),
  },
  {
    // Calix's AXOS access systems (E-series) write the company, the model and the release.
    name: 'calix-axos-sysdescr',
    manufacturer: 'calix',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['calix, inc '],
    pattern: /^Calix, Inc (?<product>E\d[\w-]*) AXOS-(?<version>R[\d.]+)/,
    examples: ['Calix, Inc E5-16F AXOS-R2.2.0'],
    source: LIBRENMS('axos.snmprec'),
  },
  {
    name: 'draytek-vigor-sysdescr',
    manufacturer: 'draytek',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['draytek corporation, router model: '],
    pattern: /^DrayTek Corporation, Router Model: (?<product>Vigor\w+), Version: (?<version>\d+\.\d+\.\d+(?:\.\d)?)/,
    examples: [
      'DrayTek Corporation, Router Model: Vigor2960, Version: 1.5.1.4_Beta/1.5.1.4, Build Date/Time: 2024-02-23 05:29:35',
      'DrayTek Corporation, Router Model: Vigor3912, Version: 4.4.3.4, Build Date/Time:Mar 27 2025 20:44:57',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'arris-ssh',
    manufacturer: 'arris',
    product: 'ARRIS cable modem or gateway SSH server',
    protocols: ['ssh'],
    keywords: ['-arris_'],
    pattern: /^SSH-(?:2\.0|1\.99)-ARRIS_(?<version>\d+(?:\.\d+)*)\s*$/,
    examples: ['SSH-2.0-ARRIS_0.50'],
    source: RECOG('ssh_banners.xml'),
  },
  {
    name: 'netapp-ontap-ssh',
    manufacturer: 'netapp',
    product: 'Data ONTAP SSH server (NetApp storage)',
    protocols: ['ssh'],
    keywords: ['-data ontap ssh'],
    pattern: /^SSH-(?:2\.0|1\.99)-Data ONTAP SSH (?<version>\d+(?:\.\d+)*)\s*$/,
    examples: ['SSH-2.0-Data ONTAP SSH 1.0'],
    source: RECOG('ssh_banners.xml'),
  },
  {
    // Data ONTAP, NetApp's storage OS, also on the systems IBM sold as its N series (the build line
    // then ends "(IBM)"). The bare name alone claims nothing: the release and build date must follow.
    name: 'netapp-ontap-sysdescr',
    manufacturer: 'netapp',
    product: 'Data ONTAP storage system',
    protocols: ['snmp'],
    keywords: ['data ontap release ', 'netapp release '],
    pattern: /^(?:Data ONTAP|NetApp) Release (?<version>\d+\.\d+(?:\.\d+)?\w*)(?: 7-Mode)?: [A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} /,
    examples: [
      'Data ONTAP Release 7.2.3: Thu Jul  5 10:42:49 PDT 2007 (IBM)',
      'NetApp Release 7.2.4: Fri Nov 16 00:34:57 PST 2007',
      'NetApp Release 8.1RC2 7-Mode: Thu Oct 27 19:26:06 PDT 2011',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'netapp-ontap-telnet',
    manufacturer: 'netapp',
    product: 'Data ONTAP telnet server (NetApp storage)',
    protocols: ['telnet'],
    keywords: ['data ontap ('],
    pattern: /^\s*Data ONTAP \([^)\r\n]*\)/,
    examples: ['Data ONTAP (s500.)\nlogin: '],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'yealink-sip-user-agent',
    manufacturer: 'yealink',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['yealink '],
    pattern: /^Yealink (?<product>SIP-[A-Z]{1,2}\d{2,3}[A-Z]{0,2}|[A-Z]{1,3}\d{2,3}[A-Z]{0,2}) (?<version>\d+(?:\.\d+){1,4})$/,
    examples: ['Yealink SIP-T46S 66.84.0.15'],
    source: RECOG('sip_user_agents.xml'),
  },
  {
    name: 'grandstream-sip-user-agent',
    manufacturer: 'grandstream',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['grandstream '],
    // The product family and model (GXP, GRP and DP phones, GXV video phones, HT adapters, GXW
    // gateways, UCM PBXs), with a hyphen in older HandyTone models and a revision after some
    // ("GXV3175v2"); the firmware after it, which some leave out, and after an HT-50x its hardware
    // version and chip. The Wave softphone app names no device family and is not read.
    pattern: /^Grandstream (?<product>(?:GXP|GXV|GRP|GXW|GAC|HT|DP|WP|UCM)-?\d{3,4}[A-Za-z]{0,2}\d?)(?:\s+(?:V\d\.\d[A-Z]?\s+)?(?<version>\d+(?:\.\d+){1,4})(?:\s+chip V\d+(?:\.\d+)*)?)?$/,
    examples: [
      'Grandstream GXP2170 1.0.9.135', 'Grandstream GXP1400 1.0.4.13', 'Grandstream GXP1450 1.0.3.30', 'Grandstream HT801 1.0.3.2',
      'Grandstream GXP2200 1.0.3.27', 'Grandstream GXV3175v2 0.0.1.31', 'Grandstream GXP1625', 'Grandstream GXP2140',
      'Grandstream HT-503  V1.1B 1.0.10.9  chip V2.2',
    ],
    source: {
      title: 'Rapid7 Recog xml/sip_user_agents.xml (GXP2170); Greenbone feed, its SIP detection of Grandstream GXP phones (GXP1400, GXP1450 quoted in its comments); User-Agent lines of Grandstream phones and adapters in SIP traces that public projects quote (HT801, HT-503, GXP2200, GXV3175v2, GXP1625, GXP2140)',
      url: 'https://github.com/rapid7/recog/blob/main/xml/sip_user_agents.xml',
    },
  },
  {
    name: 'grandstream-telnet',
    manufacturer: 'grandstream',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['grandstream '],
    // HandyTone adapters (HT), analog gateways (GXW), cameras (GXV) and GXP phones name themselves in the shell banner.
    pattern: /^\s*Grandstream (?<product>(?:HT|GXW|GXV|GXP)[\w-]+)\s+(?:V\d\.\d\w?\s+)?(?:Command Shell|Shell Command)/,
    examples: [
      'Grandstream HT812 Command Shell Copyright 2006-2017\r\nPassword:',
      'Grandstream HT-502  V2.0A Command Shell Copyright 2006-2014\r\nPassword:',
      'Grandstream GXW-4008  V1.5A Command Shell Copyright 2006-2015\r\nPassword:',
      'Grandstream GXV3674_FHD_VF    Shell Command.Copyight 2011-2014\r\nUsername:',
      // the GXP phones, as Greenbone quotes them
      'Grandstream GXP2124 Command Shell Copyright 2011',
      'Grandstream GXP2000 Command Shell',
      'Grandstream GXP1405 Command Shell Copyright 2011',
      'Grandstream GXP1200 Command Shell',
    ],
    source: {
      title: 'Rapid7 Recog xml/telnet_banners.xml (HT, GXW, GXV); Greenbone feed, telnetserver_detect_type_nd_version.nasl (GXP banners quoted in the script)',
      url: 'https://github.com/rapid7/recog/blob/main/xml/telnet_banners.xml',
    },
  },
  {
    name: 'poly-sip-user-agent',
    manufacturer: 'poly',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['polycom'],
    // "Polycom/<UC software version> Polycom<family>-<model>-UA/<version>".
    // Phones may append their MAC address ("_0004f2..."); the RealPresence Trio names models by word.
    pattern: /^(?:Polycom\/(?<version>\d+(?:\.\d+){1,4}) )?Polycom[A-Za-z]{2,20}-(?<product>[A-Za-z]{2,6}_(?:\d{2,4}[A-Za-z]{0,3}|Visual\+?))-UA\/\d+(?:\.\d+){1,4}(?:_[0-9A-Fa-f]{12})?$/,
    examples: [
      'Polycom/5.9.5.0614 PolycomVVX-VVX_411-UA/5.9.5.0614',
      'PolycomVVX-VVX_400-UA/4.1.4.7430_010203040506',
      'PolycomSoundPointIP-SPIP_670-UA/4.0.7.2514',
      'PolycomRealPresenceTrio-Trio_Visual+-UA/5.7.2.3123',
    ],
    source: RECOG('sip_user_agents.xml'),
  },
  {
    name: 'poly-video-sip-user-agent',
    manufacturer: 'poly',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['polycom'],
    // HDX and RealPresence Group video systems: the model, then the release after a slash or in words.
    pattern: /^Polycom ?(?<product>HDX ?\d{4}|RealPresenceGroup\d{3})(?: ?HD)?(?:\/| \(Release - )(?<version>\d[\d.-]*)/,
    examples: ['Polycom HDX 9006 (Release - 3.0.6-37004)', 'PolycomHDX4000/3.1.0', 'Polycom HDX 7000 HD (Release - 3.0.2.1-17007)', 'PolycomHDX8000HD/3.1.7', 'PolycomRealPresenceGroup700/6.2.0'],
    source: RECOG('sip_user_agents.xml'),
  },
  {
    name: 'poly-rmx-telnet',
    manufacturer: 'poly',
    product: 'RMX conferencing server console',
    protocols: ['telnet'],
    keywords: ['welcome to polycom rmx'],
    pattern: /^\s*Welcome to Polycom RMX\s*\w+ \(COP\) Console Utility/,
    examples: ['Welcome to Polycom RMX 500 (COP) Console Utility\r\n\rCopyright (C) 2008-2010 POLYCOM\r\n\r\r\n\rPassword:'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'poly-video-telnet',
    manufacturer: 'poly',
    product: 'Polycom video conferencing system (VSX, ViewStation, diagnostic shell)',
    protocols: ['telnet'],
    keywords: ['here is what i know about myself', 'polycom command shell', 'welcome to viewstation'],
    // The VSX systems introduce themselves with their model and serial number; ViewStation is
    // Polycom's older line, and the command shell is the diagnostic service of its systems.
    pattern: /Here is what I know about myself:\r?\nModel:\s+(?<product>VSX \w+)|^\s*(?:Polycom Command Shell\r*\nXCOM host:|Welcome to ViewStation\b)/,
    examples: [
      'Hi, my name is :     Something Pity\r\nHere is what I know about myself:\r\nModel:               VSX 6000A\r\nSerial Number:       00070906FC34F6\r\nSoftware Version:    Release 9.0.6.2-103 - 04Sep2011 21:27\r\n',
      'Polycom Command Shell\r\r\nXCOM host:    localhost port: 4121\r\r\nTTY name:     /dev/pts/0\r\r\nSession type: telnet\r\r\n',
      'Welcome to ViewStation\n\nPassword:',
    ],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'poly-phone-lldp',
    manufacturer: 'poly',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['polycom;'],
    // Polycom phones send a semicolon-separated LLDP system description: maker, model, part number,
    // then the SIP application and updater versions.
    pattern: /^Polycom;(?<product>[A-Za-z]+-[A-Za-z]+_\d+\w*);[\d-]+,\d+;SIP\/(?<version>\d+(?:\.\d+)+)/,
    examples: ['Polycom;SoundPointIP-SPIP_335;2345-12375-001,1;SIP/4.0.15.1009/07-Feb-20 12:56;UP/5.0.15.0741/05-Feb-20 20:04;'],
    source: {
      title: 'LibreNMS tests/snmpsim/procurve.snmprec: LLDP remote system description of a Polycom SoundPoint IP 335 seen by an HP switch',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/procurve.snmprec',
    },
  },
  {
    name: 'poly-soundpoint-http-server',
    manufacturer: 'poly',
    product: 'SoundPoint IP phone web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['polycom soundpoint ip telephone httpd'],
    pattern: /^Polycom SoundPoint IP Telephone HTTPd$/,
    examples: ['Polycom SoundPoint IP Telephone HTTPd'],
    source: RECOG('http_servers.xml'),
  },
  {
    name: 'snom-sip-user-agent',
    manufacturer: 'snom',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['snom'],
    pattern: /^snom(?<product>\d{3}[a-z]?|D\d{3,4}[A-Za-z]?)\/(?<version>\d+(?:\.\d+){1,4})/,
    examples: ['snom320/8.7.3.25'],
    source: RECOG('sip_user_agents.xml'),
  },
  {
    // 3Com's switches of the Huawei-3Com years run Comware under 3Com's name ("3Com OS", or
    // Comware 5.20 in the Baseline line); the text names 3Com, the brand on the box.
    name: '3com-switch-sysdescr',
    manufacturer: '3com',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['3com '],
    pattern: /^3Com (?:3Com )?(?:Baseline |SuperStack [34] )?Switch (?<product>\d{4}[A-Z]?(?:-[A-Z0-9]+)*)\b/,
    examples: [
      '3Com Baseline Switch 2920-SFP Plus Software Version 5.20 Release 1101P02 Copyright (c) 2004-2009 3Com Corporation. All rights reserved.',
      '3Com 3Com Switch 5500G-EI 24-Port Software Version 3Com OS V3.01.00s56p03',
      '3Com 3Com SuperStack 4 Switch 5500G-EI 24-Port Software Version 3Com OS V3.02.04s168',
      '3Com SuperStack 3 Switch 4500 26-Port Software Version 3Com OS V3.01.00s56',
      '3Com SuperStack 3 Switch 3812 12-port',
    ],
    source: {
      title: 'sysDescr strings of 3Com Baseline 2920 and Switch 5500G switches captured from devices (public SNMP fingerprint collections: Rapid7 Recog xml/snmp_sysdescr.xml, LibreNMS)',
      url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml',
    },
  },
  {
    // 3Com's other products name 3Com first, then one of its product lines (OfficeConnect, SuperStack,
    // LinkBuilder, CoreBuilder, IntelliJack, VCX...). Routers whose text carries a VRP build number
    // are the Huawei-3Com joint venture's and are left to h3c-3com-router-sysdescr.
    name: '3com-product-sysdescr',
    manufacturer: '3com',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['3com'],
    pattern:
      /^3Com(?![^\r\n]*\(build V\d{3}R\d{3})(?:-(?=NJ\d)|:? (?:3Com |Corporation )?)(?<product>(?:IntelliJack|NJ\d{3,4}|AP\d{4}|OfficeConnect|HomeConnect|LinkBuilder|LinkSwitch|MCNS|Router|SuperStack ?(?:II|3|4)|VCX|CoreBuilder|HiPer Access|Wireless|Enterprise AP|11 ?Mbps|11a\/b\/g|S\d{4}E)\b[^,\r\n]{0,40}?)(?=\s*(?:[,:(]|\s-\s|Software\b|SW\b|s\/w\b|Built\b|V\d|\d+\.\d|$))/i,
    examples: [
      '3Com IntelliJack NJ220',
      '3Com-NJ2000 - 3CNJ2000 v2.00.03',
      '3COM: AP8760: Dual Radio 11a/b/g Access Point, Software v2.1.13b05_sh, Bootrom v1.2.1, Hardware R02',
      '3COM OfficeConnect Cable Modem3.1.0L,hardware version:B.2,software version:3.1.0L',
      '3Com HomeConnect ADSL Modem V1.1.8, Built on May 17 2000 at 18:24:32.',
      '3Com LinkSwitch 1000, SW Version:1.04',
      '3Com MCNS external 2-way Cable Modem, HW_REV: 2.00 ,SW_VER: 01.03',
      '3Com OfficeConnect Remote 510S',
      '3Com Router Software V1.10, SNMP agent for Router 3012 with 1 MPC 860 Processor, Copyright (c) Reserved.',
      '3Com Router 3013 Software V1.40.19',
      '3Com SuperStackII Switch 3000 FX, SW Version:2.10',
      '3COM VCX Connect 100',
      '3Com CoreBuilder-9000 Enterprise Management Engine (3CB9EME) s/w rev: 3.0.0',
      '3Com Corporation HiPer Access Router Card Built on Apr 19 2000 at 12:33:01.',
      '3Com 11 Mbps Wireless LAN Access Point 8000',
      '3Com Wireless 11n Cable/DSL Firewall Router',
      '3Com Enterprise AP: v3.1.00 v3.0.8',
      '3Com S7902E',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // 3Com sold the Huawei-3Com joint venture's routers under its own brand outside China and Japan
    // and put Huawei's VRP into its line (The Register, CRN, 2003); their sysDescr keeps the VRP
    // build number ("build V300R002B68D003"). As HP's Comware devices, they go to their builder.
    name: 'h3c-3com-router-sysdescr',
    manufacturer: 'h3c',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['3com router '],
    pattern: /^3Com Router (?<product>[\w-]+) Software [^\r\n(]{0,60}\(build (?<version>V\d{3}R\d{3}[A-Z0-9]*)\)/,
    examples: [
      '3Com Router OSR6740 Software Release 1910P02, Standard (build V300R003B04D015SP01)',
      '3Com Router 3030 Software Extended_V2.04 (build V300R001B06D001SP23)',
      '3Com Router 5232 Software Extended_V3.14p03 (build V300R002B68D003)',
      '3Com Router 6080 Software V2.31 (build V300R002B13D004)',
    ],
    source: {
      title: 'Rapid7 Recog xml/snmp_sysdescr.xml (3Com Router sysDescr values with VRP build numbers); The Register, "3Com teams up with Huawei" (20 Mar 2003): 3Com may sell the joint venture\u2019s products under the 3Com brand everywhere except China and Japan; CRN, "3Com-Huawei Joint Venture Gets U.S., U.K. Approval" (2003): 3Com will integrate Huawei\u2019s VRP operating system into its product line',
      url: 'https://www.theregister.com/2003/03/20/3com_teams_up_with_huawei/',
      date: '2003-03-20',
    },
  },
  {
    name: 'avm-fritz-sip',
    manufacturer: 'avm',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['fritz!box', 'fritz!fon', 'avm multibox'],
    // FRITZ!Box routers with telephony: the model (and any operator edition), then the FRITZ!OS version.
    // The Multibox (an operator model) counts only with AVM's name before it.
    pattern: /^(?:AVM (?=Multibox )|(?:AVM )?(?=FRITZ!))(?<product>(?:FRITZ!(?:Box|Fon)|Multibox)[^\r\n]{0,60}?) +(?<version>\d+\.\d+\.\d+)/,
    examples: [
      'AVM FRITZ!Box Fon 5124 56.04.77 (Feb 14 2014)',
      'AVM FRITZ!Box 7170 Annex A 58.04.85 (Apr  4 2011)',
      'AVM FRITZ!Box Fon 7170 Annex A.B ML Speedport W701V 58.04.67 (Dec 18 2008)',
      'AVM FRITZ!Fon 7150 (fs) 38.04.56 (Mar 31 2008)',
      'AVM Multibox 7390 NGN 84.05.09 (Jan 13 2012)',
    ],
    source: RECOG('sip_user_agents.xml'),
  },
  {
    // A FRITZ!Box can also send only its operating system's name as the SIP User-Agent.
    name: 'avm-fritz-os-sip',
    manufacturer: 'avm',
    product: 'FRITZ!Box (FRITZ!OS)',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['fritz!os'],
    pattern: /^FRITZ!OS\s*$/,
    examples: ['FRITZ!OS'],
    source: RECOG('sip_user_agents.xml'),
  },
  {
    name: 'checkpoint-firewall1-greeting',
    manufacturer: 'checkpoint',
    product: 'FireWall-1 (authenticating FTP or telnet proxy)',
    protocols: ['ftp', 'telnet'],
    keywords: ['check point firewall-1 '],
    pattern: /^Check Point FireWall-1 (?:Secure FTP|authenticated Telnet) server running on \S+/,
    examples: ['Check Point FireWall-1 Secure FTP server running on host', 'Check Point FireWall-1 authenticated Telnet server running on gaatdrf2\n\nUser: '],
    source: {
      title: 'Rapid7 Recog fingerprint database, xml/ftp_banners.xml and xml/telnet_banners.xml (examples captured from Internet scans)',
      url: 'https://github.com/rapid7/recog/tree/main/xml',
    },
  },
  {
    name: 'checkpoint-firewall1-realm',
    manufacturer: 'checkpoint',
    product: 'FireWall-1 (authenticating HTTP proxy)',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="fw-1.'],
    // FireWall-1's HTTP security server asks for a user in the realm and says why.
    pattern: /^(?:Basic|Digest) realm="FW-1\. +Reason: /,
    examples: ['Basic realm="FW-1.      Reason: no user      Server "'],
    source: RECOG('http_wwwauth.xml'),
  },
  {
    // Gaia, Check Point's OS for its gateways and management servers, answers SNMP with its Linux
    // kernel line, whose release is Check Point's own build: "2.6.18-92cpx86_64" (R77 to R80.10),
    // "3.10.0-514cpx86_64" (R80.20 on), as Check Point administrators' scripts test `uname -r` for.
    name: 'checkpoint-gaia-kernel-sysdescr',
    manufacturer: 'checkpoint',
    product: 'Gaia (security gateway or management server)',
    protocols: ['snmp', 'other'],
    keywords: ['cpx86_64'],
    pattern: /^Linux \S+ (?<version>\d+\.\d+\.\d+-\d+cpx86_64) #\d+ SMP\b/,
    examples: [
      'Linux hostname 2.6.18-92cpx86_64 #1 SMP Tue Sep 20 14:57:58 IDT 2016 x86_64',
      'Linux gw1-ckp-gaia 2.6.18-92cpx86_64 #1 SMP Tue Sep 4 13:46:30 IDT 2018 x86_64',
    ],
    source: {
      title: 'LibreNMS tests/snmpsim/gaia.snmprec and gaia_1.snmprec (sysDescr of Gaia gateways); Check Point administrators\' Gaia version scripts, which tell releases by `uname -r` being "2.6.18-92cpx86_64" or "3.10.0-514cpx86_64"',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/gaia.snmprec',
    },
  },
  {
    name: 'checkpoint-svn-foundation-http-server',
    manufacturer: 'checkpoint',
    product: 'VPN-1 / security gateway web server (SVN Foundation)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['check point svn foundation'],
    // SVN Foundation is the base layer of Check Point's gateway software; its web server (the SSL
    // Network Extender portal and the gateway's web UI) names it and nothing else.
    pattern: /^Check Point SVN foundation$/,
    examples: ['Check Point SVN foundation'],
    source: {
      title: 'Rapid7 Recog xml/http_servers.xml (Check Point Firewall NG); WhatWeb plugin Check-Point-SSL-Network-Extender matches the same Server header',
      url: 'https://github.com/rapid7/recog/blob/main/xml/http_servers.xml',
    },
  },
  // ---------------------------------------------------------------- Cameras: Sony, Xiongmai
  {
    name: 'sony-network-camera-title',
    manufacturer: 'sony',
    product: 'network camera (SNC series)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['sony network camera'],
    pattern: /^Sony Network Camera(?: (?<product>SNC-[\w-]+))?$/,
    examples: ['Sony Network Camera'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'xiongmai-netsurveillance-title',
    manufacturer: 'xiongmai',
    product: 'DVR, NVR or IP camera (NETSurveillance firmware)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['netsurveillance web'],
    // Xiongmai's firmware titles its web client so on the many brands built on its boards; the
    // Greenbone check files the page under xiongmai/net_surveillance.
    pattern: /^NETSurveillance WEB$/,
    examples: ['NETSurveillance WEB'],
    source: {
      title: 'Greenbone feed, Xiongmai NETSurveillance HTTP detection: "<title>NETSurveillance WEB</title>" marks xiongmai/net_surveillance',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
    },
  // ---------------------------------------------------------------- Printers, NAS, power and single-board computers
  // Printers name their maker at the start of the sysDescr, each in its own layout; a bare maker
  // name elsewhere in a text is left to the name resolver (weak evidence).
  {
    // The DHCP vendor class (option 60) of Aruba's (HPE's) switches: "Aruba", the HPE part number
    // (JLnnnA) and the model, sometimes followed by the TR-111 tag dslforum.org.
    name: 'aruba-switch-dhcp-vendor-class',
    manufacturer: 'hpe',
    product: 'product',
    protocols: ['other'],
    keywords: ['aruba jl'],
    pattern: /^Aruba JL\d{3}A (?<product>\d{4}[A-Z]?[\w+-]*) Switch(?: dslforum\.org)?\s*$/,
    examples: [
      'Aruba JL075A 3810M-16SFP+-2-slot Switch',
      'Aruba JL253A 2930F-24G-4SFP+ Switch dslforum.org',
      'Aruba JL256A 2930F-48G-PoE+-4SFP+ Switch',
      'Aruba JL357A 2540-48G-PoE+-4SFP+ Switch',
    ],
    source: RECOG('dhcp_vendor_class.xml'),
  },
  {
    // The DHCP vendor class (option 60) of HP's printers: the printer line after HP's name, or the
    // IEEE 1284-style Mfg/Typ/Mod string. Printers and Jetdirect went to HP Inc. at the 2015 split,
    // so the old company name "Hewlett-Packard" before a printer line names HP Inc., not HPE.
    name: 'hp-printer-dhcp-vendor-class',
    manufacturer: 'hp-inc',
    product: 'product',
    protocols: ['other'],
    keywords: ['hewlett-packard ', 'hp ', 'mfg=hewlett packard;'],
    pattern:
      /^(?:Hewlett-Packard |HP |Mfg=Hewlett Packard;Typ=Printer;Mod=HP )(?<product>(?:OfficeJet|LaserJet|JetDirect)(?:[ ][^;\r\n]*)?)(?:;|$)/,
    examples: [
      'Hewlett-Packard LaserJet',
      'Hewlett-Packard OfficeJet',
      'Hewlett-Packard JetDirect',
      'HP LaserJet',
      'Mfg=Hewlett Packard;Typ=Printer;Mod=HP LaserJet 200 colorMFP M276nw;Ser=ABC1DE2F3G;',
      'Mfg=Hewlett Packard;Typ=Printer;Mod=HP LaserJet 400 M401dne;Ser=ABCDE12345;',
    ],
    source: RECOG('dhcp_vendor_class.xml'),
  },
  {
    // HP Jetdirect print servers, built into HP Inc.'s printers (HP's printing business went to HP
    // Inc. in the split of 2015). The enterprise number these printers report (11) and the older
    // "Hewlett Packard" MAC blocks are shared with HPE and resolve there.
    name: 'hp-jetdirect-sysdescr',
    manufacturer: 'hp-inc',
    product: 'Jetdirect print server (HP printer)',
    protocols: ['snmp'],
    keywords: ['hp ethernet multi-environment'],
    // Later Jetdirect firmware writes the printer's serial and product after the name, or the name alone.
    pattern: /^HP ETHERNET MULTI-ENVIRONMENT(?:,(?:ROM [^,]+,)?JETDIRECT\b|,SN:\w+,FN:\w+,|\s*$)/,
    examples: [
      'HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD149,EEPROM V50251103114,CIDATE 11/17/2011',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'HP ETHERNET MULTI-ENVIRONMENT',
      'HP ETHERNET MULTI-ENVIRONMENT,SN:CNBJL00199,FN:JK0086J,SVCID:17036,PID:HP LaserJet P2015 Series',
    ],
    source: FUSIONINVENTORY('hewlett-packard.t'),
  },
  {
    name: 'hp-jetdirect-telnet',
    manufacturer: 'hp-inc',
    product: 'JetDirect print server',
    protocols: ['telnet'],
    keywords: ['hp jetdirect'],
    pattern: /^\s*HP JetDirect\r?\n/,
    examples: ['HP JetDirect\r\nPassword is not set\r\n\r\nPlease type "menu" for the MENU system, \r\nor "?" for help, or "/" for current settings.\r\n>', 'HP JetDirect\r\n\r\nEnter username:'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    // The embedded web server of HP inkjet and Officejet printers names the model and its product number.
    name: 'hp-printer-http-server',
    manufacturer: 'hp-inc',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['hp http server; hp ', 'hp http server; hewlett-packard hp '],
    // Large-format printers put the old company name before the model ("Hewlett-Packard HP Designjet").
    pattern: /^HP HTTP Server; (?:Hewlett-Packard )?(?<product>HP [^;]{2,60}?)(?: - \w+)?;/,
    examples: [
      'HP HTTP Server; HP Officejet 6500 E709n - CB057A; Serial Number: abc123; Rainbow Built:Sat Dec 13, 2008 10:58:21AM {abc123, ASIC id 0x00ffc2105}',
      'HP HTTP Server; HP Photosmart C309a series - CC335A; Serial Number: abc123; Vader Built:Wed Apr 15, 2009 11:40:58AM {abc123, ASIC id 0x00280004}',
      'HP HTTP Server; Hewlett-Packard HP Designjet T520 36in - ABC123; Serial Number: 0123456789; Built:Tue Sep 09, 2014 08:32:54AM {012345678901}',
    ],
    source: RECOG('http_servers.xml'),
  },
  {
    // The DHCP vendor class (option 60) of Canon's imageRUNNER ADVANCE copiers: Canon's name and the model.
    name: 'canon-imagerunner-dhcp-vendor-class',
    manufacturer: 'canon',
    product: 'product',
    protocols: ['other'],
    keywords: ['canon ir-adv '],
    pattern: /^Canon (?<product>iR-ADV C?\d+(?: ?[A-Z]{1,3})?)\s*$/,
    examples: ['Canon iR-ADV C5535 III', 'Canon iR-ADV C350', 'Canon iR-ADV 4545 III', 'Canon iR-ADV 525'],
    source: RECOG('dhcp_vendor_class.xml'),
  },
  {
    name: 'canon-printer-sysdescr',
    manufacturer: 'canon',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['canon '],
    // "Canon <model> /P": Canon's printers and imageRUNNER devices end the model with " /P".
    // Older firmware writes "Canon Inc." first, or the EEPROM revision after " /P".
    pattern: /^Canon (?:Inc\.,? )?(?<product>[A-Za-z][\w+-]*(?: [\w+-]+){0,3}) \/P(?: EEPROM \w+)?$/,
    examples: [
      'Canon LBP7660C /P',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'Canon LASER SHOT LBP-1310 /P EEPROM 1104',
      'Canon Inc., LBP-1760e Printer /P',
      'Canon Inc. LASER CLASS 3170 /P',
    ],
    source: { title: 'FusionInventory agent test data t/agent/tools/hardware/canon.t and Rapid7 Recog xml/snmp_sysdescr.xml (sysDescr of Canon printers)', url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml' },
  },
  {
    // Canon's other networked products: MF-series multifunction devices, VB network cameras and the
    // printer boards of imageRUNNER copiers.
    name: 'canon-device-sysdescr',
    manufacturer: 'canon',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['canon mf', 'canon network camera vb-', 'canon network multi-pdl printer board', 'canon network printer board', 'canon network interface board', 'canon laser class '],
    pattern: /^Canon (?<product>MF\d{3,4}\w* Series|Network Camera VB-[\w-]+|Network (?:Multi-PDL Printer|Printer|Interface) Board-\w+|LASER CLASS \d{3,4}$)/,
    examples: [
      'Canon MF6500 Series (FAX)',
      'Canon Network Camera VB-C60',
      'Canon Network Multi-PDL Printer Board-H1',
      'Canon Network Printer Board-E1',
      'Canon Network Interface Board-C1',
      'Canon LASER CLASS 700',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Canon printers whose sysDescr ends without " /P": the LBP line after the company name, the
    // CLC colour copiers with "series".
    name: 'canon-lbp-clc-sysdescr',
    manufacturer: 'canon',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['canon inc., lbp-', 'canon clc'],
    pattern: /^Canon (?:Inc\., )?(?<product>LBP-\d{3,4}\w*(?= Printer$)|CLC\d{3,4}\w*(?= series$))(?: Printer| series)$/,
    examples: ['Canon Inc., LBP-1760 Printer', 'Canon CLC5000 series'],
    source: FUSION_DICO,
  },
  {
    name: 'brother-print-server-sysdescr',
    manufacturer: 'brother',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['brother nc-'],
    // The built-in print server (NC-<n>h wired, w wireless), then its firmware.
    pattern: /^Brother (?<product>NC-\w+), ?Firmware Ver\. ?(?<version>[\w.]+)/,
    examples: [
      'Brother NC-6400h, Firmware Ver.1.01  (05.08.31),MID 84UZ92',
      'Brother NC-6800h, Firmware Ver.1.01  (08.12.12),MID 84UB03',
      // older firmware leaves out the space (Rapid7 Recog xml/snmp_sysdescr.xml)
      'Brother NC-3100s,Firmware Ver.4.69,MID 54S601',
      // and the oldest puts one after "Ver." (FusionInventory's Dico.pm)
      'Brother NC-2100h, Firmware Ver. 3.62 (99.02.19',
    ],
    source: {
      title: 'sysDescr of Brother printers quoted in SNMP inventory tests (FusionInventory for GLPI; LibreNMS detects the OS by "Brother NC-...(h|w),")',
      url: 'https://github.com/librenms/librenms/blob/master/includes/discovery/os/brother.inc.php',
    },
  },
  {
    name: 'epson-printer-sysdescr',
    manufacturer: 'epson',
    product: 'printer or built-in print server',
    protocols: ['snmp'],
    keywords: ['epson ', 'epsonnet '],
    // EpsonNet is Epson's name for its print servers, external ones included; older ones, Epson's
    // interface cards and its network scanners and projectors put EPSON before what they are.
    pattern:
      /^(?:(?:EPSON|Epson) (?:(?:Built-in|Type B|Wireless|External|Internal|11b\/g &) [\w/.& -]{0,60}(?:Print Server|Scanning Card)|UIB [\w/ -]{0,40}Interface Card|Network (?:Image Express|Scanning Box|Projector)|(?:AL|EP|EPL|LP|WF|ET|LQ|DS|SC|PX|XP)-[A-Z]{0,2}\d{2,5}\w*\+?(?:;|\s|$))|EpsonNet [^\r\n]{0,60}Print Server)/,
    examples: [
      'EPSON Built-in 10Base-T/100Base-TX Print Server',
      'EPSON AL-C3900',
      'EpsonNet 11b/g & 10/100 USB Ext. Print Server',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'EPSON LP-S620; Net 98.48,ESS 201103111031,IOT 02.17.02',
      'EPSON EPL-N2050+ 01.00',
      'Epson AL-CX17NF; ESS 01.00.07',
      'EPSON Type B 10Base-T/2 Print Server',
      'EPSON 11b/g & 10/100 USB Ext. Print Server',
      'EPSON Internal 10Base-T/100Base-TX Scanning Card',
      'EPSON UIB 10/100Base-T Ethernet Interface Card',
      'EPSON Network Scanning Box',
    ],
    source: { title: 'FusionInventory agent test data t/agent/tools/hardware/epson.t and Rapid7 Recog xml/snmp_sysdescr.xml (sysDescr of Epson printers and print servers)', url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml' },
  },
  {
    // Stylus is Epson's inkjet trademark: a bare Stylus Office and its model names Epson as a bare
    // Prestige does ZyXEL (see zyxel-prestige-sysdescr).
    name: 'epson-stylus-sysdescr',
    manufacturer: 'epson',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['stylus office '],
    pattern: /^(?<product>Stylus Office [A-Z]{1,2}\d{3,4}[A-Z]{0,3})$/,
    examples: ['Stylus Office BX600FW'],
    source: FUSION_DICO,
  },
  {
    // Epson's Type-B interface cards (print servers that slot into Epson printers).
    name: 'epson-type-b-sysdescr',
    manufacturer: 'epson',
    product: 'Type-B print server card',
    protocols: ['snmp'],
    keywords: ['epson type-b '],
    pattern: /^EPSON Type-B [\w/ -]{0,60}Print Server$/,
    examples: ['EPSON Type-B 10Base-T/100Base-TX Print Server'],
    source: FUSION_DICO,
  },
  {
    // The web servers of Epson's printers name Epson in their Server header: the UPnP SDK string of
    // the Linux-based models (its versions vary), EPSON-HTTP and "EPSON HTTP Server".
    name: 'epson-http-server',
    manufacturer: 'epson',
    product: 'printer web server',
    protocols: ['http', 'https', 'upnp'],
    fields: ['server'],
    keywords: ['epson upnp sdk', 'epson-http/', 'epson http server'],
    pattern: /^(?:EPSON_Linux UPnP\/[\d.]+ Epson UPnP SDK\/[\d.]+|EPSON-HTTP\/[\d.]+|EPSON HTTP Server)$/,
    examples: ['EPSON_Linux UPnP/1.0 Epson UPnP SDK/1.0', 'EPSON_Linux UPnP/2 Epson UPnP SDK/15565', 'EPSON-HTTP/1.0', 'EPSON HTTP Server'],
    source: {
      title: 'Server headers counted in a survey of Censys query results (censys_query_api.py: EPSON_Linux UPnP/1.0 Epson UPnP SDK/1.0, EPSON-HTTP/1.0); an nmap scan of an Epson Artisan printer in a published write-up (EPSON_Linux UPnP/2 Epson UPnP SDK/15565, title Artisan H); Greenbone\u2019s printer detection comments (EPSON HTTP Server)',
    },
  },
  {
    // Konica Minolta's copiers and printers answer with the company name and the model (bizhub,
    // Di, or a bare number).
    name: 'konica-minolta-sysdescr',
    manufacturer: 'konica-minolta',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['konica minolta '],
    pattern: /^KONICA MINOLTA (?<product>bizhub (?:PRO |PRESS )?[A-Z]?\d{2,4}\w*|Di\d{3,4}\w*|\d{3,4})$/,
    examples: ['KONICA MINOLTA bizhub C353', 'KONICA MINOLTA bizhub 500', 'KONICA MINOLTA 250', 'KONICA MINOLTA Di3510f'],
    source: FUSION_DICO,
  },
  {
    name: 'sharp-mfp-sysdescr',
    manufacturer: 'sharp',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['sharp mx-', 'sharp ar-'],
    // Sharp's copiers answer sysDescr with the company name and the model (AR or MX line).
    pattern: /^SHARP (?<product>(?:MX|AR)-[A-Z]?\d{3,4}\w*)$/,
    examples: ['SHARP AR-M256'],
    source: FUSION_DICO,
  },
  {
    // Toshiba TEC's e-STUDIO copiers answer sysDescr with the company name and the model; its label
    // printers (the B series) put TEC after the company name.
    name: 'toshiba-tec-sysdescr',
    manufacturer: 'toshiba-tec',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['toshiba e-studio', 'toshiba tec '],
    pattern: /^TOSHIBA (?:TEC )?(?<product>e-STUDIO ?\d{2,4}\w*|B-[A-Z]{2,3}\d\w*)$/,
    examples: ['TOSHIBA e-STUDIO353', 'TOSHIBA TEC B-EV4'],
    source: FUSION_DICO,
  },
  {
    // OKI's OkiLAN print servers (built into its printers) name the server model, its firmware
    // revision and the printer they serve.
    name: 'oki-okilan-sysdescr',
    manufacturer: 'oki',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['oki okilan ', 'oki fastether'],
    // Some firmware leaves the revision empty ("Rev. 10/100BASE"); the FastEther servers say "Oki Data"
    // at the end (Ricoh's own FastEther servers say "RICOH" first, and are left to the Ricoh patterns).
    pattern: /^OKI (?<product>OkiLAN \w+|FastEther\w+) Rev\.(?<version>[\w.]*) [^\r\n]*Print ?Server: Attached to /,
    examples: [
      'OKI OkiLAN 8450e Rev.08.01 10/100BASE Ethernet PrintServer: Attached to C5650 Rev.M1.02 : Copyright (c) 2007 Oki Data Corporation. All rights reserved.',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'OKI OkiLAN 6400e Rev. 10/100BASE Ethernet PrintServer: Attached to B6250 Rev.8.1: (C)2005 OKI DATA CORP',
      'OKI FastEther8450e Rev.01.08 10/100BASE Ethernet PrintServer: Attached to B430 Rev.C2.00 : Copyright (c) 2008 Oki Data Corporation. All rights reserved.',
    ],
    source: { title: 'FusionInventory agent NetDiscovery dictionary (Dico.pm) and Rapid7 Recog xml/snmp_sysdescr.xml (sysDescr of OKI print servers)', url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml' },
  },
  {
    // Fiery is EFI's trademark for its print controllers (built into other makers' copiers): a bare
    // Fiery model names EFI, as a bare Prestige names ZyXEL (see zyxel-prestige-sysdescr).
    name: 'efi-fiery-sysdescr',
    manufacturer: 'efi',
    product: 'Fiery print controller',
    protocols: ['snmp'],
    keywords: ['fiery '],
    pattern: /^Fiery (?<product>X\d\w* [\w-]+)$/,
    examples: ['Fiery X3eTY 35C-KM'],
    source: FUSION_DICO,
  },
  {
    name: 'apple-airport-sysdescr',
    manufacturer: 'apple',
    product: 'AirPort base station',
    protocols: ['snmp'],
    keywords: ['apple airport'],
    // AirPort base stations name the product and the company ("Apple Computer" before 2007, then
    // "Apple Inc.").
    pattern: /^Apple (?<product>AirPort(?: Extreme| Express)?) - Apple (?:Computer|Inc\.)/,
    examples: [
      'Apple AirPort - Apple Computer, 2006.  All rights Reserved',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'Apple AirPort - Apple Inc., 2006-2009. All rights Reserved.',
    ],
    source: { title: 'FusionInventory agent NetDiscovery dictionary (Dico.pm) and Rapid7 Recog xml/snmp_sysdescr.xml (sysDescr of Apple AirPort base stations)', url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml' },
  },
  {
    // The first AirPort base stations (Recog: "Apple Airport base station").
    name: 'apple-base-station-sysdescr',
    manufacturer: 'apple',
    product: 'AirPort Base Station',
    protocols: ['snmp'],
    keywords: ['apple base station v'],
    pattern: /^Apple Base Station V(?<version>\d[\d.]*) Compatible$/,
    examples: ['Apple Base Station V3.84 Compatible'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'ricoh-printer-sysdescr',
    manufacturer: 'ricoh',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['ricoh network printer', 'nrg network printer', 'gestetner network printer'],
    // The model and its version, then the network functions, each after a slash. Ricoh's brands
    // NRG and Gestetner (Ricoh bought Gestetner, renamed NRG Group, in the 1990s) write their own
    // name in the same places.
    pattern: /^(?<brand>RICOH|NRG|Gestetner) (?<product>.{2,60}?) (?:V\.?)?(?<version>\d+(?:\.\d+)+) \/ \k<brand> Network Printer/,
    examples: [
      'RICOH Aficio AP3800C 1.12 / RICOH Network Printer C model / RICOH Network Scanner C model',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'NRG SP C312DN V1.03 / NRG Network Printer C model',
      'NRG MP C3500 1.67 / NRG Network Printer C model / NRG Network Scanner C model',
      'NRG DSc38 V.2.13 / NRG Network Printer C model',
      'Gestetner C7640nD 1.01 / Gestetner Network Printer C model',
    ],
    source: {
      title: 'FusionInventory agent test data t/agent/tools/hardware/ricoh.t and Rapid7 Recog xml/snmp_sysdescr.xml (sysDescr of RICOH, NRG and Gestetner printers); Business Standard, "Gestetner, Ricoh clear 1:6 merger" (2004): Ricoh acquired Gestetner plc in a worldwide takeover; SEAnews (19 Dec 2003): NRG Plc, a UK company wholly owned by Ricoh',
      url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml',
    },
  },
  {
    // The web server of Xerox's Document Centre copiers (the whole header, as Recog's fingerprint gives it).
    name: 'xerox-microserver-http-server',
    manufacturer: 'xerox',
    product: 'Document Centre',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['xerox_microserver/'],
    pattern: /^Xerox_MicroServer\/Xerox\d+$/,
    examples: ['Xerox_MicroServer/Xerox11'],
    source: RECOG('http_servers.xml'),
  },
  {
    // Anchored on "Xerox" at the start: Fuji Xerox (another company) writes "FUJI XEROX" first.
    name: 'xerox-printer-sysdescr',
    manufacturer: 'xerox',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['xerox '],
    pattern:
      /^Xerox (?<product>(?:DocuPrint|WorkCentre|Phaser|VersaLink|AltaLink|ColorQube|DocuColor) ?[A-Z]?\d{3,5}\w*|(?:WorkCentre Pro|Document Centre) Multi-?function System|B\d{3,4} Multifunction Printer|DocuTech \d{4})/,
    examples: [
      'Xerox DocuPrint N2125 Network Laser Printer - 2.12-02 ',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'Xerox B1025 Multifunction Printer; SS 75.000.77.000, NC V4.00.50, UI V5.52.00.08.00_18032319, ME V0.00.25 03-20-2018, CCOS 6.9.P',
      'Xerox WorkCentre Pro Multifunction System, ESS 0.C03.04.510.01, IOT 9.0.3, UI 0.1.4.509, Scanner 1.4.0',
      'Xerox Document Centre Multi-function System, ESS 0.19.12.011.1, IOT 28.52.0, UI 0.10.27.31, Finisher 7.95.0',
      'Xerox DocuTech 6115; DocuSP CP.4205.90',
    ],
    source: { title: 'FusionInventory agent test data t/agent/tools/hardware/xerox.t and Rapid7 Recog xml/snmp_sysdescr.xml (sysDescr of Xerox printers and copiers)', url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml' },
  },
  {
    // Xerox's wide format printers run its AccXES controller and say so after the model.
    name: 'xerox-wide-format-sysdescr',
    manufacturer: 'xerox',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['; accxes '],
    pattern: /^XEROX (?<product>\d{4} WIDE FORMAT|WIDE FORMAT \d{4}) PRINTER; ACCXES \d/,
    examples: ['XEROX 6204 WIDE FORMAT PRINTER; ACCXES 15.0 136, IOT 01.01.07', 'XEROX WIDE FORMAT 6605 PRINTER; ACCXES 14.0 142, IOT 01.01.04XXXXXX'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'kyocera-printer-sysdescr',
    manufacturer: 'kyocera',
    product: 'printing system',
    protocols: ['snmp'],
    keywords: ['kyocera mita printing system', 'kyocera document solutions printing system'],
    pattern: /^KYOCERA (?:MITA|Document Solutions) Printing System/,
    examples: [
      'KYOCERA MITA Printing System',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'KYOCERA Document Solutions Printing System',
    ],
    source: { title: 'FusionInventory agent test data t/agent/tools/hardware/kyocera.t and Rapid7 Recog xml/snmp_sysdescr.xml (sysDescr of Kyocera printers)', url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml' },
  },
  {
    // Kyocera's IB network interface cards for its printers name the card and its firmware.
    name: 'kyocera-ib-sysdescr',
    manufacturer: 'kyocera',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['kyocera printer i/f ib-'],
    pattern: /^KYOCERA Printer I\/F (?<product>IB-\d{2,3}\w*) Ver (?<version>\S+)/,
    examples: ['KYOCERA Printer I/F IB-23 Ver 1.1.0'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Samsung's laser printers and MFPs (CLP, CLX, SCX, ML): the model, sometimes after a second
    // "Samsung", then the firmware after ";". Samsung sold its printing business to HP Inc. in 2017;
    // the device keeps the brand on it.
    name: 'samsung-printer-sysdescr',
    manufacturer: 'samsung',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['samsung '],
    pattern: /^Samsung (?:Samsung )?(?<product>(?:CLP|CLX|SCX|ML)-\d{3,4}\w*)(?: Series)?(?:;| OS |\s*$)/,
    examples: [
      'Samsung ML-2850 Series OS 1.29.00.32 06-17-2008;Engine 1.01.21;NIC V4.01.02(ML-285x) 09-13-2007;S/N 4P21BAGQ800927V',
      'Samsung CLP-300; CLP300N_V1.01.02.01 11-15-2006;Engine 1.01.57;NIC V4.01.06(CLP-300) 11-03-2006;S/N XXXXXXXXXXXXXXXX',
      'Samsung Samsung SCX-470x Series; V3.00.01.04 SEP-16-2011;Engine V1.02.05 09-02-2011;NIC V6.01.00;S/N XXXXXXXXXXXXXXXX',
      'Samsung CLX-7285',
      'Samsung CLP-705 Series; ; S/N XXXXXXXXXXXXXXXX',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Samsung's own UPnP SDK in the SSDP answers of its TVs: "Samsung-Linux/4.1" on the DIAL,
    // renderer and multiscreen services, "SHP" on the older TV agent and remote-control services.
    name: 'samsung-upnp-sdk',
    manufacturer: 'samsung',
    product: 'Smart TV (Samsung UPnP SDK)',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['samsung_upnp_sdk/', 'samsung upnp sdk/'],
    pattern: /^(?:Samsung-Linux\/[\d.]+|SHP), UPnP\/1\.[01], Samsung[ _]UPnP[ _]SDK\/(?<version>\d+(?:\.\d+)*)/,
    examples: ['Samsung-Linux/4.1, UPnP/1.0, Samsung_UPnP_SDK/1.0', 'SHP, UPnP/1.0, Samsung UPnP SDK/1.0'],
    source: FERRET(
      'SSDP answers of Samsung TVs labelled "samsung u9000", "Samsung N5000", "Samsung 7 Series UHDTV" and "Samsung smart tv" (vendor Samsung Electronics); the same two Server headers on a Samsung Frame TV (Manufacturer "Samsung Electronics", model UN55LS03N) in an nmap broadcast-upnp-info capture quoted by a home-network discovery script on GitHub, and "SHP, UPnP/1.0, Samsung UPnP SDK/1.0" on a UN60H7100 (manufacturer "Samsung Electronics") in a Samsung TV integration\u2019s test fixture',
    ),
  },
  {
    name: 'lexmark-printer-sysdescr',
    manufacturer: 'lexmark',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['lexmark ', 'marknet '],
    // MarkNet is Lexmark's name for its print servers, which report themselves without "Lexmark".
    pattern:
      /^(?:Lexmark (?=[A-Z]{1,3}\d{3,4}\w* version )|(?=MarkNet (?:Pro \d+|[A-Z]\d{3,4}\w*) Version \d[\d.]* Ethernet ))(?<product>MarkNet (?:Pro \d+|[A-Z]\d{3,4}\w*)|[A-Z]{1,3}\d{3,4}\w*) [Vv]ersion (?<version>\S+)/,
    examples: [
      'Lexmark T622 version 54.30.06 kernel 2.4.0-test6 All-N-1',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'MarkNet Pro 1 Version 2.10.192 Ethernet 10T.',
      'MarkNet X2011e Version 4.20.21 Ethernet 10/100.',
    ],
    source: { title: 'FusionInventory agent test data t/agent/tools/hardware/lexmark.t and Rapid7 Recog xml/snmp_sysdescr.xml (sysDescr of Lexmark printers and MarkNet print servers)', url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml' },
  },
  {
    // Older firmware and other lines write "Lexmark", the model (Optra, Forms Printer, MarkNet, Pro
    // series or a bare model number) and then its version, its series, its firmware list after ";"
    // or what it is.
    name: 'lexmark-model-sysdescr',
    manufacturer: 'lexmark',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['lexmark '],
    pattern:
      /^Lexmark (?<product>(?:Optra |Forms Printer |MarkNet )?(?:[A-Z]{0,3} ?\d{3,4}[a-z]?(?: plus)?|[A-Z](?= Laser Printer ))|Pro\d{3,4} Series)(?: Laser Printer)?(?: Series\s*$|;| PS Print Server| +[Vv]ersion )/i,
    examples: [
      'Lexmark MarkNet XLe 202 Version 4.117.1 Ethernet.',
      'Lexmark Optra T610  Version 5.15.18  FaxSCSI-Ethernet.',
      'Lexmark Optra N Laser Printer Version 79.133.1 Ethernet.',
      'Lexmark Forms Printer 4227 plus version LC.CO.N061 kernel 2.6.10 All-N-1',
      'Lexmark Pro5500 Series version FHN.RB.P1.111006z kernel 2.6.28.10.1 All-N-1',
      'LEXMARK X204 version NM.APS.N058 kernel 2.6.18.5 All-N-1',
      'Lexmark C720 Version 3.19.12 Ethernet 10/100.',
      'Lexmark X560n; Net 11.73,ESS 200709260947,IOT 05.10.00',
      'Lexmark C500 PS Print Server',
      'Lexmark X500 Series',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // APC's Network Management Card in UPSs and rack PDUs: the card's firmware, then the model (MN:).
    name: 'apc-nmc-sysdescr',
    manufacturer: 'apc',
    product: 'Network Management Card or managed device (UPS, PDU, environmental monitor, KVM switch)',
    protocols: ['snmp'],
    keywords: ['apc '],
    // Other AOS devices (environmental monitors, NetBotz, rack PDUs, InfraStruXure Manager) put their
    // own name before the same "(MB:v... MN:<model> ...)" block; the older PowerNet agent and APC's
    // IP KVM have their own wording.
    pattern: /^APC (?:Web\/SNMP Management Card \(MB:v(?<version>[\d.]+)|[A-Z][\w -]{2,50} \(MB:v\d|Embedded PowerNet SNMP Agent \((?:FW|SW) v|- \d+-port IP KVM - version)/,
    examples: [
      'APC Web/SNMP Management Card (MB:v3.9.2 PF:v3.6.1 PN:apc_hw02_aos_361.bin AF1:v3.5.8 AN1:apc_hw02_sumx_358.bin MN:AP9618 HR:A10 SN: BA0936024172 MD:09/05/2009) (Embedded PowerNet SNMP Agent SW v2.2 compatible)',
      'APC Web/SNMP Management Card (MB:v4.1.0 PF:v6.7.2 PN:apc_hw05_aos_672.bin AF1:v6.7.2 AN1:apc_hw05_rpdu2g_672.bin MN:AP8932 HR:02 SN: 3F503A169043 MD:01/23/2019)',
      'APC Web/SNMP Management Card (MB:v3.9.2 PF:v3.9.2 PN:apc_hw02_aos_392.bin AF1:v3.7.2 AN1:apc_hw02_sumx_372.bin MN:AP9619 HR:A10 SN: 5A1827E00000 MD:12/04/2007)',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'APC Environmental Management System (MB:v3.6.9 PF:v2.6.4 PN:apc_hw02_aos_264.bin AF1:v2.6.7 AN1:apc_hw02_ems_267.bin MN:AP9320 HR:4 SN: ZA0747015277 MD:11/25/2007)',
      'APC NetBotz Rack Access PX-HID (MB:v3.8.6 PF:v3.5.4 PN:apc_hw02_aos_354.bin AF1:v3.5.3 AN1:apc_hw02_pxhid_353.bin MN:AP9361 HR:04 SN: 5A0726V01013 MD:07/11/2007)',
      'APC InfraStruXure Manager (MB:v3.6.0c AF1:v4.7.0.275 AN1:isx MN:AP92200 HR:1.0 SN:WA0532110212 MD:08/04/2005)',
      'APC Switched Rack PDU (MB:v3.6.4 PF:v2.2.7 PN:apc_hw02_aos_227.bin AF1:v2.2.0 AN1:apc_hw02_rpdu_220.bin MN:AP7900 HR:B2 SN: JA0410012030 MD:03/02/2004)',
      'APC Embedded PowerNet SNMP Agent (SW v2.0.3, HW v2.0B, Mod: AP9206, Mfg 06/22/94, SN: A94063028359)',
      'APC Embedded PowerNet SNMP Agent (FW v3.0.2 SW v2.2.4.a, HW ged~, MOD: AP9605, Mfg: 06/24/1998, SN: X)',
      'APC - 16-port IP KVM - version: V_2.0.0-2 (Oct/17/06)',
    ],
    source: {
      title: 'sysDescr of APC Network Management Cards (AP9618, AP9619, AP8932) in published snmpwalk outputs and in SNMP monitoring tests (Datadog integrations-core snmp tests); other APC devices in Rapid7 Recog xml/snmp_sysdescr.xml',
      url: 'https://github.com/DataDog/integrations-core/tree/master/snmp/tests',
    },
  },
  {
    name: 'apc-nmc-realm',
    manufacturer: 'apc',
    product: 'Network Management Card (UPS or PDU)',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="apc management card"'],
    pattern: /^(?:Basic|Digest) realm="APC Management Card"/,
    examples: ['Basic realm="APC Management Card"'],
    source: RECOG('http_wwwauth.xml'),
  },
  {
    name: 'synology-dsm-title',
    manufacturer: 'synology',
    product: 'DiskStation Manager (NAS)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['synology diskstation', 'synology&nbsp;diskstation'],
    // DSM's login page: the host name the owner gave, then the product (with the page's &nbsp;
    // when a tool copies the title without decoding it).
    pattern: /^(?:[^\r\n]{1,64}(?: |&nbsp;)-(?: |&nbsp;))?Synology(?: |&nbsp;)DiskStation$/,
    examples: ['DiskStation&nbsp;-&nbsp;Synology&nbsp;DiskStation', 'DS218&nbsp;-&nbsp;Synology&nbsp;DiskStation', 'OnzeNAS&nbsp;-&nbsp;Synology&nbsp;DiskStation', 'OnzeNAS - Synology DiskStation'],
    source: { title: 'Rapid7 Recog xml/html_title.xml, and DSM login pages saved from the Internet (ZhengJie98/Domain-IP-Enrichment resources)', url: 'https://github.com/rapid7/recog/blob/main/xml/html_title.xml' },
  },
  {
    // The rack-mounted NAS line runs the same DSM; its login page names the line instead.
    name: 'synology-rackstation-title',
    manufacturer: 'synology',
    product: 'RackStation (NAS)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['synology rackstation', 'synology&nbsp;rackstation'],
    pattern: /^Synology(?: |&nbsp;)RackStation$/,
    examples: ['Synology&nbsp;RackStation', 'Synology RackStation'],
    source: NUCLEI('http/exposed-panels/synology-rackstation-login.yaml', 'the login page title "Synology&nbsp;RackStation"'),
  },
  {
    name: 'synology-web-titles',
    manufacturer: 'synology',
    product: 'DSM Web Station or Synology Router (SRM)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['welcome to synology web station', 'willkommen bei synology web station', 'synology&nbsp;router&nbsp;-', 'synology router -'],
    pattern: /^(?:Hello! Welcome to Synology Web Station!|Hallo! Herzlich Willkommen bei Synology Web Station!|Synology(?: |&nbsp;)Router(?: |&nbsp;)-(?: |&nbsp;)\S[^\r\n]{0,63})$/,
    examples: ['Hello! Welcome to Synology Web Station!', 'Hallo! Herzlich Willkommen bei Synology Web Station!', 'Synology&nbsp;Router&nbsp;-&nbsp;synology'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'hp-laserjet-title',
    manufacturer: 'hp-inc',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['hp laserjet ', 'hp color laserjet '],
    // The printer's web page: the model, then (after non-breaking spaces) its address.
    pattern: /^HP (?<product>(?:Color )?LaserJet [\w -]{2,40}?)(?:&nbsp;|\s)+[\d.]+$/,
    examples: ['HP LaserJet M1536dnf MFP&nbsp;&nbsp;&nbsp;1.1.1.1'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'asus-router-title',
    manufacturer: 'asus',
    product: 'router (ASUSWRT login page)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['asus login'],
    pattern: /^ASUS Login$/,
    examples: ['ASUS Login'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'asus-aicloud-title',
    manufacturer: 'asus',
    product: 'router (AiCloud remote access page)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['aicloud'],
    // AiCloud is the remote file access service of ASUS routers (ASUSWRT firmware ships a
    // "Check AiCloud" page); the service's own page is titled by its name alone.
    pattern: /^AiCloud$/,
    examples: ['AiCloud'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'asus-telnet-default-host',
    manufacturer: 'asus',
    product: 'product',
    protocols: ['telnet'],
    // ASUS routers keep their model as the factory host name, which the login prompt shows; a host
    // name is the owner's to choose, so it is a hint only.
    certainty: 'low',
    keywords: ['rt-ac'],
    pattern: /^\s*(?<product>RT-AC\d{2,4}\w*) login:\s*$/,
    examples: ['RT-AC54U login:', 'RT-AC68R login:'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    // Raspberry Pi OS (formerly Raspbian) writes its name into OpenSSH's version. The OS also runs
    // on PCs (its x86 edition), so the string is a hint, not proof of the board.
    name: 'raspberry-pi-os-ssh',
    manufacturer: 'raspberry-pi',
    product: 'Raspberry Pi OS (Raspbian)',
    protocols: ['ssh'],
    certainty: 'low',
    keywords: [' raspbian-'],
    pattern: /^SSH-2\.0-OpenSSH_[\w.]+ Raspbian-\S+$/,
    examples: ['SSH-2.0-OpenSSH_7.9p1 Raspbian-10+deb10u2', 'SSH-2.0-OpenSSH_8.4p1 Raspbian-5+deb11u3'],
    source: { title: 'SSH identification strings of Raspberry Pi OS hosts in published scans and scanner tests (e.g. Greenbone feed OpenSSH checks, which test for "SSH-2.0-OpenSSH_7.9p1 Raspbian-10")', url: 'https://github.com/greenbone/vulnerability-tests' },
  },
  {
    name: 'sony-network-camera-realm',
    manufacturer: 'sony',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="sony network camera snc-'],
    pattern: /realm="Sony Network Camera (?<product>SNC-[\w-]+)"/,
    examples: ['Basic realm="Sony Network Camera SNC-RZ30"'],
    source: NMAP_PROBES,
  },
  {
    // The web servers of Sony's SNC cameras: NetEVI on the older series, gen5th on the fifth
    // generation; nmap files both under Sony network cameras.
    name: 'sony-camera-http-server',
    manufacturer: 'sony',
    product: 'network camera (SNC series) web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['netevi/', 'gen5th/'],
    pattern: /^(?:NetEVI|gen5th)\/(?<version>\d+(?:\.\d+)*)$/,
    examples: ['NetEVI/3.01', 'gen5th/1.10'],
    source: NMAP_PROBES,
  },
  {
    // Sony's "Telepathy" service announces itself in SSDP under Sony's own URN and header
    // (urn:schemas-sony-com:service:X_Telepathy:1, X-TelepathyAddress.sony.com). Sony's apps may
    // announce it too, on phones of any maker: a hint, not proof of Sony hardware.
    name: 'sony-telepathy-ssdp',
    manufacturer: 'sony',
    product: 'Sony device with the Telepathy service (TV)',
    protocols: ['upnp'],
    fields: ['st', 'nt', 'usn'],
    certainty: 'low',
    keywords: ['urn:schemas-sony-com:service:x_telepathy:'],
    pattern: /urn:schemas-sony-com:service:X_Telepathy:\d/,
    examples: ['urn:schemas-sony-com:service:X_Telepathy:1'],
    source: FERRET(
      'the SSDP answers of a TV labelled "Sony TV" (its MAC registered to Hon Hai) with ST urn:schemas-sony-com:service:X_Telepathy:1 and an X-TelepathyAddress.sony.com header; the mmupnp UPnP library (github.com/ohmae/mmupnp, SsdpMessageValidator.kt) names that header and URN the "Sony telepathy service"',
    ),
  },
  {
    // uc-httpd is the web server of Xiongmai's DVR, NVR and camera firmware (nmap's CPE names
    // xiongmai_technologies:uc-httpd), which many brands sell on Xiongmai boards: a hint at the
    // firmware's maker, not proof of the label on the box.
    name: 'xiongmai-uc-httpd-server',
    manufacturer: 'xiongmai',
    product: 'DVR, NVR or IP camera web server (uc-httpd)',
    protocols: ['http', 'https'],
    fields: ['server'],
    certainty: 'low',
    keywords: ['uc-httpd'],
    pattern: /^uc-httpd[ /](?<version>\d+(?:\.\d+)*)$/,
    examples: ['uc-httpd 1.0.0', 'uc-httpd/1.0.0'],
    source: NMAP_PROBES,
  },
  {
    // H264DVR is the RTSP server of the same Xiongmai firmware (its recorders' and cameras' OPTIONS
    // answer names it, in three spellings), on boards many brands sell: a hint, as uc-httpd is.
    name: 'xiongmai-h264dvr-rtsp-server',
    manufacturer: 'xiongmai',
    product: 'DVR, NVR or IP camera RTSP server (H264DVR)',
    protocols: ['rtsp'],
    fields: ['server'],
    certainty: 'low',
    keywords: ['h264dvr'],
    pattern: /^H264DVR(?: (?<version>\d+(?:\.\d+)*)| rtsp server|RtspServer)$/i,
    examples: ['H264DVR 1.0', 'H264DVR rtsp server', 'H264DVRRtspServer'],
    source: {
      title: 'RTSP OPTIONS answers of cameras and recorders quoted in public camera tools: an Internet scan engine\u2019s record of a camera in Viet Nam ("RTSP/1.0 200 OK\\r\\nServer: H264DVR 1.0", July 2016) kept as a JSON-parsing test\u2019s data, an RTSP client library\u2019s test fixture (the same answer with a lower-case cseq) and a Rust RTSP client\u2019s test (H264DVR rtsp server); an ONVIF scanner\u2019s test table files H264DVRRtspServer under Xiongmai, and a camera scanner takes "Server: H264DVR" for Xiongmai\u2019s firmware (with its port 34567)',
    },
  },
  // ---------------------------------------------------------------- Cameras: Vivotek, Mobotix, Milesight
  {
    name: 'vivotek-http-server',
    manufacturer: 'vivotek',
    product: 'network camera web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['vivotek network camera'],
    pattern: /^Vivotek Network Camera$/,
    examples: ['Vivotek Network Camera'],
    source: NMAP_PROBES,
  },
  {
    // nmap files these two Server headers under Vivotek cameras, but the words are generic enough
    // for another camera maker's firmware to use them: a hint only.
    name: 'vivotek-pan-tilt-http-server',
    manufacturer: 'vivotek',
    product: 'pan/tilt network camera web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    certainty: 'low',
    keywords: ['network camera with pan/tilt'],
    pattern: /^(?:Wireless )?Network Camera with Pan\/Tilt$/,
    examples: ['Network Camera with Pan/Tilt', 'Wireless Network Camera with Pan/Tilt'],
    source: NMAP_PROBES,
  },
  {
    // Mobotix cameras answer "/" with a redirect to their live image page; Recog and nmap both
    // file /control/userimage.html under Mobotix.
    name: 'mobotix-userimage-title',
    manufacturer: 'mobotix',
    product: 'IP camera',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['/control/userimage.html'],
    pattern: /^Redirect to userimage: \/control\/userimage\.html$/,
    examples: ['Redirect to userimage: /control/userimage.html'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'milesight-camera-title',
    manufacturer: 'milesight',
    product: 'network camera',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['milesight network camera'],
    pattern: /^Milesight Network Camera$/,
    examples: ['Milesight Network Camera'],
    source: {
      title: 'Greenbone feed, Milesight Network Camera Detection (gb_milesight_camera_detect): "<title>Milesight Network Camera</title>" marks milesight/network_camera',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  // ---------------------------------------------------------------- Alcatel-Lucent Enterprise (OmniSwitch)
  {
    // OmniSwitch AOS writes "Alcatel-Lucent" (AOS 6 and early AOS 8) or "Alcatel-Lucent Enterprise"
    // before the chassis model, which always starts with "OS" and four digits; the switches are
    // ALE's since Nokia's predecessor sold the enterprise business in 2014. The service routers that
    // also once said "Alcatel-Lucent" (TiMOS, "ALCATEL SR 7750") are Nokia's: they start with TiMOS
    // and never name an OS model, so they stay with the Nokia pattern. The same words open the
    // switch's login banner ("Welcome to the Alcatel-Lucent OS6860E-P48 8.1.1, April 15, 2014.").
    name: 'ale-omniswitch-sysdescr',
    manufacturer: 'ale',
    product: 'product',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['alcatel-lucent os', 'alcatel-lucent enterprise os'],
    pattern: /^(?:Welcome to the )?Alcatel-Lucent (?:Enterprise )?(?<product>OS\d{4}[A-Z]?(?:[-/][A-Z0-9]+)*) (?<version>\d+\.\d+\.\d+(?:\.\d+\.R\d+)?)\b/,
    examples: [
      'Alcatel-Lucent OS6350-P24 6.7.1.108.R04 Service Release, January 04, 2017.',
      'Alcatel-Lucent OS6850-P24 6.4.3.520.R01 GA, April 08, 2010.',
      'Alcatel-Lucent OS9600/OS9700-CFM 6.4.3.520.R01 GA, April 08, 2010.',
      'Alcatel-Lucent OS6850-U24X 6.4.3.520.R01 GA, April 08, 2010.',
      'Alcatel-Lucent OS6250-24 6.6.2.63.R02 February 21, 2010.',
      'Alcatel-Lucent Enterprise OS6900-X40 8.3.1.313.R01 GA, August 31, 2016.',
      'Welcome to the Alcatel-Lucent OS6860E-P48 8.1.1, April 15, 2014.\r\nCopyright (c) 1994-2014 Alcatel-Lucent. All Rights Reserved.',
    ],
    source: {
      title: 'LibreNMS tests/snmpsim/aos6.snmprec (OS6350-P24) and its AOS detection comment (OS6850-U24X); OSS_SNMP vendor_alcatel-lucent.php (OS6850-P24, OS9600/OS9700-CFM); `show system` descriptions of AOS 6 and AOS 8 quoted from the OmniSwitch manuals; OmniSwitch 6860 Hardware Users Guide (login banner)',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/aos6.snmprec',
    },
  },
  {
    // `show system` of AOS gives the same text as the sysDescr after "Description:".
    name: 'ale-omniswitch-show-system',
    manufacturer: 'ale',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['alcatel-lucent os', 'alcatel-lucent enterprise os'],
    pattern: /^[ \t]*Description:[ \t]+Alcatel-Lucent (?:Enterprise )?(?<product>OS\d{4}[A-Z]?(?:[-/][A-Z0-9]+)*) (?<version>\d+\.\d+\.\d+(?:\.\d+\.R\d+)?)\b/m,
    examples: [
      'System:\n  Description:  Alcatel-Lucent Enterprise OS6350-P24 6.7.1.001.R01 GA, January 01, 2000.,\n  Object ID:    0.0.0.0.0.0.0000.000.0.0.0.0.00.0.0,\n  Up Time:      22 days 2 hours 20 minutes and 20 seconds,\n  Contact:      Alcatel-Lucent Enterprise, https://www.al-enterprise.com,',
    ],
    source: NTC('tests/alcatel_aos/show_system', '`show system` of an OS6350-P24'),
  },
  // ---------------------------------------------------------------- Moxa
  {
    name: 'moxa-ssh',
    manufacturer: 'moxa',
    product: 'Moxa SSH server (switches, device servers)',
    protocols: ['ssh'],
    keywords: ['-moxa_'],
    pattern: /^SSH-(?:2\.0|1\.99)-moxa_(?<version>\d+(?:\.\d+)*)\s*$/,
    examples: ['SSH-2.0-moxa_1.0'],
    source: NMAP_PROBES,
  },
  {
    name: 'moxa-http-server',
    manufacturer: 'moxa',
    product: 'MoxaHttp (NPort device servers, EtherDevice switches)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['moxahttp/'],
    pattern: /^MoxaHttp\/(?<version>\d+(?:\.\d+)*)$/,
    examples: ['MoxaHttp/1.0'],
    source: NMAP_PROBES,
  },
  {
    name: 'moxa-nport-title',
    manufacturer: 'moxa',
    product: 'NPort serial device server',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['nport web console'],
    pattern: /^NPort Web Console$/,
    examples: ['NPort Web Console'],
    source: RECOG('html_title.xml'),
  },
  {
    // The NPort telnet console prints a table before its menu: model, MAC address, serial number,
    // firmware; telnet option bytes and NULs after each CR are left out of the example.
    name: 'moxa-nport-telnet',
    manufacturer: 'moxa',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['model name'],
    // The MGate Modbus gateways and the NE embedded servers print the same table.
    pattern: /Model name +: (?<product>(?:NPort|MGate) [\w.-]+|NE-\d{4}\w*)\r?\0?\nMAC address +: [0-9A-F]{2}(?::[0-9A-F]{2}){5}\r?\0?\n/,
    examples: ['\r\n\r\n-----------------------------------------------------------------------------\r\nModel name       : NPort 5110\r\nMAC address      : 00:90:E8:1A:2B:3C\r\nSerial No.       : 1234\r\nFirmware version : 2.6 Build 11080114\r\nSystem uptime    : 0 days, 00h:05m:12s\r\n',
      // Recog xml/telnet_banners.xml: an MGate Modbus gateway and an NE embedded server (MACs masked there)
      'Model name       : MGate MB3180\r\u0000\nMAC address      : 00:90:E8:AA:AA:AA\r\u0000\nSerial No.       : 9474\r\u0000\nFirmware version : 1.2 Build 09101913\r\u0000\n',
      'Model name       : NE-4110S\r\u0000\nMAC address      : 00:90:E8:AA:AA:AA\r\u0000\nSerial No        : 3616\r\u0000\nFirmware version : 4.1 Build 07061517\r\u0000\n',
    ],
    source: NMAP_PROBES,
  },
  {
    // The NPort 6000 terminal servers print their model and go straight to a terminal-type menu.
    name: 'moxa-nport-console-telnet',
    manufacturer: 'moxa',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['console terminal type'],
    pattern: /^\s*(?<product>NPort NP6\d{3}[\w-]*)\r?\0?\n\0?Console terminal type/,
    examples: ['NPort NP6610-32\r\u0000\nConsole terminal type (1: ansi/vt100, 2: vt52) : 1'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    // EtherDevice (EDS), industrial (IKS) switches and EDR routers put only their model in
    // sysDescr; the sysObjectID (Moxa's 8691) says the rest.
    name: 'moxa-model-sysdescr',
    manufacturer: 'moxa',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['eds-', 'iks-', 'edr-'],
    pattern: /^(?<product>(?:EDS|IKS|EDR)-[A-Z]?\d{3,4}[A-Z]{0,2}(?:-[A-Z0-9]+)*)$/,
    examples: ['IKS-6726A-2GTXSFP-T'],
    source: LIBRENMS('moxa-etherdevice.snmprec'),
  },
  // ---------------------------------------------------------------- Siemens (SIMATIC, SCALANCE, RUGGEDCOM)
  {
    // SIMATIC NET network products (SCALANCE switches, routers and access points, CP modules) and
    // SIMATIC S7 controllers share one sysDescr layout: "Siemens, SIMATIC <line>, <product>,
    // <order number>, HW, FW, serial". The same text is their LLDP system description.
    name: 'siemens-simatic-sysdescr',
    manufacturer: 'siemens',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['siemens, simatic net, ', 'siemens, simatic s7, ', 'siemens, simatic hmi, '],
    pattern: /^Siemens, SIMATIC (?:NET|S7|HMI), (?<product>[^,\r\n]{2,60}?) ?,/,
    examples: [
      'Siemens, SIMATIC NET, SCALANCE M876-4 EU, 6GK5 876-4AA00-2BA2, HW: Version 1, FW: Version V04.02.03, SVPJ5127948',
      'Siemens, SIMATIC NET, Scalance S612, 6GK56120BA102AA3, HW: Version 2, FW: Version V03.00.00.01_01.00.00.01, VPCO544487',
      'Siemens, SIMATIC NET, SCALANCE X204IRT, 6GK5 204-0BA00-2BA3, HW: Version 9, FW: Version V05.04.02, SVPL6147920',
      'Siemens, SIMATIC NET, SCALANCE XM408-8C, 6GK5 408-8GS00-2AM2, HW: Version 2, FW: Version V06.01.00, SVPK2138923',
      'Siemens, SIMATIC S7, CPU-1200, 6ES7 214-1BE30-0XB0 SZVA2YYY007305  , 1, V.1.0.2, SZVA2YYY007305',
      'Siemens, SIMATIC S7, CPU315-2 PN/DP, 6ES7 315-2EH14-0AB0 , HW: 7, FW: V3.2.11, S C-H4C233962016',
      // Rapid7 Recog xml/snmp_sysdescr.xml: SIMATIC HMI operator panels
      'Siemens, SIMATIC HMI, KTP1000 Basic PN, 6AV6 647-0AF11-3AX0, HW: 1, FW: V01.06.00, Revision: 1',
      'Siemens, SIMATIC HMI, MP177, 6AV6 642-0EA01-3AX0, HW: 0, SW: V 1 0 0',
    ],
    source: {
      title: 'Greenbone feed, Siemens SIMATIC SCALANCE Device Detection (SNMP) and Siemens SIMATIC S7 Device Detection (SNMP): sysDescr strings quoted in the scripts; lldpctl output of a SCALANCE X204IRT and an XM408-8C sysDescr in public tools; Rapid7 Recog xml/snmp_sysdescr.xml (SIMATIC HMI panels)',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    // Older SIMATIC firmware and SINUMERIK CNC controls: "Siemens," then the product line, a PC
    // communication card (CP) or an S7 controller family.
    name: 'siemens-simatic-sinumerik-sysdescr',
    manufacturer: 'siemens',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['siemens, simatic net cp', 'siemens, simatic, s7-', 'siemens, sinumerik, '],
    pattern: /^Siemens, (?:SIMATIC NET (?=CP ?\d)|SIMATIC, (?=S7-\d)|(?=SINUMERIK, ))(?<product>CP ?\d{3,4}\w*|S7-\d{3,4}\w*|SINUMERIK)\b/,
    examples: ['Siemens, SIMATIC NET CP1613 FW V 06.33', 'Siemens, SIMATIC, S7-300', 'Siemens, SINUMERIK, solution line PCU50, , HW:1, FW:V00.00.00,'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Siemens-branded products that say so by their product line only: the HiPath telephony line
    // (HiPath systems, its wireless controllers and optiPoint phones). HiPath went with Siemens
    // Enterprise Communications (51% Gores, 49% Siemens from 2008, renamed Unify in 2013); the
    // catalog keeps the brand on the box.
    name: 'siemens-hipath-sysdescr',
    manufacturer: 'siemens',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['hipath ', 'optipoint '],
    pattern:
      /^(?:SNMP agent for (?=HiPath )|(?=HiPath |optiPoint \d{3} ))(?<product>HiPath (?:\d{4}(?:\/\d{4})?|Wireless Access Controller - \w+|optiPoint \d{3})|optiPoint \d{3})/,
    examples: [
      'SNMP agent for HiPath 3000 V3/V4',
      'SNMP agent for HiPath 3000/5000 V5.x',
      'HiPath Wireless Access Controller - C20 Office, System Version V6R1.10507.0',
      'HiPath Wireless Access Controller - C2400 Enterprise, System Version 07.41.01.0192',
      'HiPath optiPoint 400 Economy HFA',
      'optiPoint 410 phone',
    ],
    source: {
      title: 'Rapid7 Recog xml/snmp_sysdescr.xml (sysDescr of HiPath systems, controllers and optiPoint phones); Abendzeitung M\u00fcnchen, "Siemens-Areal Hofmannstra\u00dfe hei\u00dft jetzt Unify" (2013): Siemens sold 51% of Siemens Enterprise Communications to The Gores Group in 2008, kept 49%, and the company is now named Unify',
      url: 'https://github.com/rapid7/recog/blob/main/xml/snmp_sysdescr.xml',
    },
  },
  {
    // Siemens's DSL modems and routers of the Efficient Networks line (Siemens bought Efficient
    // Networks in 2001 and sold the boxes as Siemens Subscriber Networks): the sysDescr names
    // Siemens with the series, or Siemens with the model and "Router" (siemens-dsl-router-sysdescr).
    name: 'siemens-subscriber-networks-sysdescr',
    manufacturer: 'siemens',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['siemens subscriber networks '],
    pattern: /^Siemens Subscriber Networks (?<product>[\w/]+-Series) \((?<version>\w+)\)\s*$/,
    examples: [
      'Siemens Subscriber Networks 4100-Series (D240)',
      'Siemens Subscriber Networks 4100/4200-Series (D245)',
      'Siemens Subscriber Networks SE567/8-Series (E652)',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    name: 'siemens-dsl-router-sysdescr',
    manufacturer: 'siemens',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['siemens '],
    pattern: /^Siemens (?<product>\d{4}) [^\r\n]{0,60}?\(\d{4}-\d{3}\) Router [^\r\n]{0,40}?v(?<version>\d+\.\d+(?:\.\d+)?)/,
    examples: ['Siemens 7950 G.SHDSL [ATM] (7950-001) Router with ISDN Voice v6.1.077 All Rights Reserved'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // SCALANCE access points send their model alone. SCALANCE is Siemens' trademark, so the line with
    // its model names Siemens (the rule at zyxel-prestige-sysdescr; siemens-simatic-sysdescr has the
    // full form).
    name: 'siemens-scalance-model-sysdescr',
    manufacturer: 'siemens',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['scalance '],
    pattern: /^(?<product>SCALANCE [A-Z]{1,2}\d{3}(?:-[\w-]+)?)\s*$/,
    examples: ['SCALANCE W747-1RR'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // RUGGEDCOM (bought by Siemens in 2012) names its switch firmware in the telnet banner.
    name: 'siemens-ruggedcom-ros-telnet',
    manufacturer: 'siemens',
    product: 'RUGGEDCOM switch or server (Rugged Operating System)',
    protocols: ['telnet', 'ssh', 'other'],
    keywords: ['rugged operating system v'],
    pattern: /Rugged Operating System v(?<version>\d+\.\d+(?:\.\d+)?) \(/,
    examples: ['Rugged Operating System v3.6.4 (Apr 21 2009 09:26)', 'Rugged Operating System v3.10.0 (Oct 06 2011 13:30)'],
    source: {
      title: 'Greenbone feed, Siemens RUGGEDCOM / Rugged Operating System Detection (Telnet): banner lines quoted in the script',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  {
    name: 'siemens-ruggedcom-cli-telnet',
    manufacturer: 'siemens',
    product: 'product',
    protocols: ['telnet', 'ssh', 'other'],
    keywords: ['command line interface ruggedcom '],
    pattern: /Command Line Interface (?<product>RUGGEDCOM [A-Z]+\d+\w*)/,
    examples: ['Command Line Interface RUGGEDCOM RM1200'],
    source: {
      title: 'Greenbone feed, Siemens RUGGEDCOM / Rugged Operating System Detection (Telnet): banner lines quoted in the script',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },
  // ---------------------------------------------------------------- Hirschmann (Belden)
  {
    // Hirschmann's industrial switches answer sysDescr with the maker's name and the product family
    // ("Railswitch"); the family alone would be too weak, the pair is Hirschmann's own wording.
    name: 'hirschmann-sysdescr',
    manufacturer: 'hirschmann',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['hirschmann '],
    pattern: /^Hirschmann (?<product>[A-Z][A-Za-z0-9-]+)$/,
    examples: ['Hirschmann Railswitch'],
    source: LIBRENMS('hirschmann.snmprec'),
  },
  // ---------------------------------------------------------------- Allied Telesis, Edgecore
  {
    // AlliedWare Plus opens both its sysDescr and `show version` with its name; LibreNMS keys its
    // Allied Telesis OS on the "AW+" in it.
    name: 'allied-telesis-awplus-sysdescr',
    manufacturer: 'allied-telesis',
    product: 'AlliedWare Plus switch or router',
    protocols: ['snmp', 'telnet', 'ssh', 'other'],
    keywords: ['alliedware plus ('],
    pattern: /^AlliedWare Plus \((?:TM|AW\+)\) (?:[Vv]ersion )?(?<version>\d+\.\d+\.\d+(?:[-.]\d+)*)/,
    examples: ['AlliedWare Plus (TM) 2.2.3.0', 'AlliedWare Plus (TM) 5.4.2 09/25/13 12:57:26', 'AlliedWare Plus (TM) 5.4.9-0.1'],
    source: {
      title: 'LibreNMS Allied Telesis OS class (sysDescr of an AlliedWare Plus 2.2.3.0 8100S quoted in a comment); `show version` of an AlliedWare Plus 5.4.2 x600 in the pynetworking tests',
      url: 'https://github.com/librenms/librenms/blob/master/LibreNMS/OS/Awplus.php',
    },
  },
  {
    // AlliedWare Plus 5.4's sysDescr: what the unit is, then the release (LibreNMS awplus.snmprec and awplus_5.4.8-2.snmprec).
    name: 'allied-telesis-router-switch-sysdescr',
    manufacturer: 'allied-telesis',
    product: 'AlliedWare Plus switch or router',
    protocols: ['snmp'],
    keywords: ['allied telesis router/switch, '],
    pattern: /^Allied Telesis router\/switch, (?:AW\+ v|Software \(AlliedWare Plus\) Version )(?<version>\d+\.\d+\.\d+(?:-\d+(?:\.\d+)*)?)/,
    examples: ['Allied Telesis router/switch, AW+ v5.4.7-2.1', 'Allied Telesis router/switch, Software (AlliedWare Plus) Version 5.4.8-2.1'],
    source: LIBRENMS('awplus_5.4.8-2.snmprec'),
  },
  {
    name: 'allied-telesis-ssh',
    manufacturer: 'allied-telesis',
    product: 'Allied Telesis SSH server',
    protocols: ['ssh'],
    keywords: ['-atissh_'],
    pattern: /^SSH-(?:2\.0|1\.99)-AtiSSH_(?<version>[\w.-]+?)\s*$/,
    examples: ['SSH-2.0-AtiSSH_1.0'],
    source: NMAP_PROBES,
  },
  {
    // The older Allied Telesyn routers and switches (ATR web server) name themselves in the realm.
    name: 'allied-telesyn-realm',
    manufacturer: 'allied-telesis',
    product: 'product',
    protocols: ['http'],
    fields: ['www-authenticate'],
    keywords: ['realm="allied telesyn '],
    pattern: /realm="Allied Telesyn (?<product>(?:AT-|Rapier )?[A-Z]*\d{2,4}\w*)"/,
    examples: ['Basic realm="Allied Telesyn AR410"', 'Basic realm="Allied Telesyn AT-8748XL"', 'Basic realm="Allied Telesyn Rapier 24i"'],
    source: NMAP_PROBES,
  },
  {
    // The telnet server of the older Allied Telesyn routers (AlliedWare) announces the session state
    // before the login prompt, in words of its own.
    name: 'allied-telesyn-telnet',
    manufacturer: 'allied-telesis',
    product: 'AlliedWare router',
    protocols: ['telnet'],
    keywords: ['telnet session now in established state'],
    pattern: /^\s*TELNET session now in ESTABLISHED state\b/,
    examples: ['TELNET session now in ESTABLISHED state\n\nGEO-003 login: '],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'allied-telesis-device-gui-title',
    manufacturer: 'allied-telesis',
    product: 'Device GUI (web management of AlliedWare Plus switches and routers)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['allied telesis device gui'],
    pattern: /^Allied Telesis Device GUI$/,
    examples: ['Allied Telesis Device GUI'],
    source: NUCLEI('http/exposed-panels/allied-telesis-exposure.yaml', '"<title>Allied Telesis Device GUI</title>" of /public/login.html (Shodan, FOFA and Google title queries)'),
  },
  {
    // `show version` of Broadcom's ICOS (FASTPATH) on an Accton white-box switch: the system
    // description names the machine's maker and model.
    name: 'accton-icos-show-version',
    manufacturer: 'accton',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['accton as'],
    pattern: /^System Description\.+ Accton (?<product>AS\d{4}[\w-]*) ?, (?<version>\d+(?:\.\d+)+), Linux/m,
    examples: [
      '\nSwitch: 1\n\nSystem Description............................. Accton AS4610-54P , 3.2.2.42, Linux 3.6.5, U-Boot 2012.10-gd563f4a (Apr 13 2017 - 12:08:06) - 2012.10.0.5\nMachine Type................................... Accton AS4610-54P\nMachine Model.................................. BCM-56643',
    ],
    source: NTC('tests/broadcom_icos/show_version', '`show version` of an Accton AS4610-54P'),
  },
  {
    // `show system` of AlliedWare Plus: the board table names the base board, an AT- part number.
    name: 'allied-telesis-show-system',
    manufacturer: 'allied-telesis',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['board name'],
    pattern: /^Board\s+ID\s+Bay\s+Board Name\s+Rev\s+Serial number\s*\r?\n-+\s*\r?\nBase\s+\d+\s+(?<product>AT-[\w-]+)\s/m,
    examples: [
      'System Status                                   Sat Feb 03 03:30:29 2024\n\nBoard       ID  Bay   Board Name                         Rev   Serial number\n--------------------------------------------------------------------------------\nBase       467        AT-SH210-24GT                      B-0   G22TG6001\n--------------------------------------------------------------------------------',
    ],
    source: NTC('tests/allied_telesis_awplus/show_system', '`show system` of an AT-SH210-24GT'),
  },
  {
    // Edgecore's own SONiC build names itself in the version line (and so in sysDescr); SONiC of
    // other makers says another name there.
    name: 'edgecore-sonic-sysdescr',
    manufacturer: 'edgecore',
    product: 'SONiC switch (Edgecore build)',
    protocols: ['snmp', 'ssh', 'other'],
    keywords: ['sonic software version: sonic.edgecore'],
    pattern: /^\s*SONiC Software Version: SONiC\.Edgecore(?:-(?<version>\S+))?/,
    examples: ['SONiC Software Version: SONiC.Edgecore-SONiC_20220420_052156_ec202012_323', 'SONiC Software Version: SONiC.Edgecore'],
    source: {
      title: 'LibreNMS includes/definitions/edgecos.yaml (sysDescr "SONiC Software Version: SONiC.Edgecore"); `show version` of Edgecore SONiC switches in published runbooks',
      url: 'https://github.com/librenms/librenms/blob/master/includes/definitions/edgecos.yaml',
    },
  },
  // ---------------------------------------------------------------- Cellular routers: Cradlepoint, Sierra Wireless
  {
    name: 'cradlepoint-gateway-title',
    manufacturer: 'cradlepoint',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['cradlepoint '],
    pattern: /^\s*CradlePoint (?<product>[A-Z]{2,4}\d{3,4}\w*) Gateway/i,
    examples: ['CradlePoint MBR1000 Gateway'],
    source: NMAP_PROBES,
  },
  {
    // ALEOS is the firmware of the AirLink routers (Sierra Wireless since 2007).
    name: 'sierra-wireless-aleos-telnet',
    manufacturer: 'sierra-wireless',
    product: 'AirLink router (ALEOS)',
    protocols: ['telnet'],
    keywords: ['sierra wireless inc.  aleos environment'],
    pattern: /Welcome to the Sierra Wireless Inc\.  ALEOS Environment/,
    examples: ['\r\r\n\r\n\r        Welcome to the Sierra Wireless Inc.  ALEOS Environment\r\n\r\r\n\rGX440 login: '],
    source: NMAP_PROBES,
  },
  {
    name: 'sierra-wireless-http-server',
    manufacturer: 'sierra-wireless',
    product: 'AirLink router (ALEOS) web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['sierra wireless inc, embedded server'],
    pattern: /^Sierra Wireless Inc, Embedded Server$/,
    examples: ['Sierra Wireless Inc, Embedded Server'],
    source: NMAP_PROBES,
  },
  {
    // The realm of the ALEOS web admin; "Airlink 101" (a router brand of another company) never
    // writes it.
    name: 'sierra-wireless-aleos-realm',
    manufacturer: 'sierra-wireless',
    product: 'AirLink router (ALEOS) web admin',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="modem@airlink.com"'],
    pattern: /realm="Modem@AirLink\.com"/,
    examples: ['Digest qop="auth", realm="Modem@AirLink.com", nonce="0a1b2c3d4e5f60718293a4b5c6d7e8f9"'],
    source: NMAP_PROBES,
  },
  // ---------------------------------------------------------------- Operator CPE: Vantiva (Technicolor, Thomson), Sagemcom, Arcadyan, Askey, DZS (Zhone)
  {
    name: 'vantiva-technicolor-ssh',
    manufacturer: 'vantiva',
    product: 'Technicolor gateway SSH server',
    protocols: ['ssh'],
    keywords: ['-technicolor_sw_'],
    pattern: /^SSH-(?:2\.0|1\.99)-TECHNICOLOR_SW_(?<version>\d+(?:\.\d+)*)\s*$/,
    examples: ['SSH-2.0-TECHNICOLOR_SW_2.0'],
    source: NMAP_PROBES,
  },
  {
    // Thomson's SpeedTouch gateways (bought with Alcatel's DSL modem line) and the Technicolor
    // gateways after them.
    name: 'vantiva-technicolor-http-server',
    manufacturer: 'vantiva',
    product: 'SpeedTouch / Technicolor gateway web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['technicolor webserver/', 'speed touch webserver/'],
    pattern: /^(?:Technicolor|Speed Touch) WebServer\/(?<version>[\w.-]+)$/,
    examples: ['Technicolor WebServer/1.0', 'Speed Touch WebServer/1.0'],
    source: NMAP_PROBES,
  },
  {
    name: 'vantiva-speedtouch-realm',
    manufacturer: 'vantiva',
    product: 'SpeedTouch / Thomson gateway (web admin or TR-069 connection request)',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="speedtouch', 'realm="thomson_cwmp_', ' telecom italia"'],
    // The SpeedTouch realm carries the gateway's MAC address; the TR-069 realm its model. With
    // digest authentication the MAC moves into the nonce, also on the SpeedTouch models Telecom
    // Italia named after itself ("ST 605").
    pattern: /realm="(?:SpeedTouch \([0-9A-Fa-f]{2}(?:[-:][0-9A-Fa-f]{2}){5}\)|Thomson_cwmp_[\w.-]+)"|realm="(?:SpeedTouch|ST \d+ R 5\.x Telecom Italia)", nonce="[0-9A-Z]+:[0-9A-F]{2}(?:-[0-9A-F]{2}){5}:\d+:\d+"/,
    examples: [
      'Basic realm="SpeedTouch (00-14-7F-1A-2B-3C)"',
      'Digest realm="Thomson_cwmp_TG784", nonce="0a1b2c3d4e5f60718293a4b5c6d7e8f9", qop="auth"',
      // Recog xml/http_wwwauth.xml
      'Digest realm="ST 605 R 5.x Telecom Italia", nonce="0618JT3JZ:00-14-7F-32-27-C6:1738017:895089", qop="auth"',
    ],
    source: { title: 'nmap-service-probes (SpeedTouch and Thomson TR-069 realms); Rapid7 Recog xml/http_wwwauth.xml (digest realms with the MAC in the nonce)', url: 'https://github.com/rapid7/recog/blob/main/xml/http_wwwauth.xml' },
  },
  {
    name: 'vantiva-thomson-sip',
    manufacturer: 'vantiva',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['thomson ', 'speedtouch '],
    pattern: /^(?:Thomson|SpeedTouch) (?<product>(?:TG|ST)?\d{3,4}\w*)(?: Build (?<version>\d+(?:\.\d+)+))?$/,
    examples: ['Thomson TG784 Build 8.2.6.5', 'SpeedTouch 780'],
    source: NMAP_PROBES,
  },
  {
    // Sagem's broadband line (Sagemcom since 2008): the F@st routers write "FAST" and the model
    // before their telnet login.
    name: 'sagemcom-fast-telnet',
    manufacturer: 'sagemcom',
    product: 'product',
    protocols: ['telnet'],
    keywords: [' adsl router (software version:'],
    pattern: /^\s*(?<product>FAST\d{4}\w*) ADSL Router \(Software Version:(?<version>[\w.-]+)\)/,
    examples: ['FAST2604 ADSL Router (Software Version:1.10)\r\nLogin: '],
    source: NMAP_PROBES,
  },
  {
    name: 'sagemcom-sagem-sip',
    manufacturer: 'sagemcom',
    product: 'Sagem ADSL router',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['sagem / '],
    pattern: /^SAGEM \/ \d{4}\.\d+ \/ \w+\s*$/,
    examples: ['SAGEM / 3202.3 / 2601EC '],
    source: NMAP_PROBES,
  },
  {
    // nmap -sV's names for the gateways of Sagem's broadband line (F@st routers, the Liveboxes it
    // built for Orange), as its product or the extra information of a generic server's match (gSOAP
    // on an F@st 3464): Sagem alone is also Safran's defence electronics, so only a name of these
    // gateways counts.
    name: 'sagemcom-scanner-product',
    manufacturer: 'sagemcom',
    product: 'broadband gateway (Sagem, now Sagemcom)',
    fields: ['product', 'extrainfo'],
    keywords: ['sagem '],
    pattern: /^Sagem (?:F@st\b|Livebox\b|ADSL router\b|router telnetd\b)/i,
    examples: ['Sagem F@st 2764 WAP http config', 'Sagem F@st router httpd', 'Sagem Livebox WAP http config', 'Sagem ADSL router', 'Sagem router telnetd', 'Sagem F@st 3464 WAP soap'],
    source: NMAP_PROBES,
  },
  {
    // nmap -sV's names for Thomson's SpeedTouch and Technicolor-era gateways, cable modems and
    // VoIP phones: "Thomson" alone is also other companies' (Thomson-CSF, now Thales; Thomson Video
    // Networks), so only these consumer products count.
    name: 'vantiva-scanner-product',
    manufacturer: 'vantiva',
    product: 'SpeedTouch / Thomson gateway, cable modem or VoIP phone',
    fields: ['product', 'extrainfo'],
    keywords: ['speedtouch', 'thomson '],
    pattern: /^(?:(?:Alcatel|Thomson) )?SpeedTouch\b|^Thomson (?:TG\d|TWG\d|ST\d{4} VoIP phone|DSL router\b|TR-069 remote access|Cable Modem\b|VoIP phone\b|SNMP service|Technicolor broadband router\b|\S+ (?:ADSL )?router (?:sipd|telnetd))/i,
    examples: [
      'SpeedTouch DSL router http config', 'Alcatel Speedtouch ADSL router httpd', 'Thomson SpeedTouch 536i router http config', 'Thomson TWG850 router http config',
      'Thomson DSL router TR-069', 'Thomson TR-069 remote access', 'Thomson Cable Modem Web Diagnostics', 'Thomson VoIP phone telnetd', 'Thomson SNMP service',
      // the extra information of generic servers' matches (RapidLogic, Mbedthis-Appweb)
      'Thomson ST2030 VoIP phone http config', 'Thomson Technicolor broadband router http admin',
    ],
    source: NMAP_PROBES,
  },
  {
    name: 'arcadyan-http-server',
    manufacturer: 'arcadyan',
    product: 'broadband router web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['arcadyan httpd'],
    pattern: /^Arcadyan httpd (?<version>\d+\.\d+)$/,
    examples: ['Arcadyan httpd 1.0'],
    source: NMAP_PROBES,
  },
  {
    // Askey builds cable modems, VoIP adapters and access points that other brands sell (nmap
    // saw this server on Scientific Atlanta, Motorola and Siemens Gigaset labels): the server names
    // the maker of the firmware and board.
    name: 'askey-http-server',
    manufacturer: 'askey',
    product: 'cable modem, VoIP adapter or access point web server (Askey-made)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['askey software ', 'askey/'],
    pattern: /^Askey(?: Software |\/)(?<version>\d+(?:\.\d+)*)$/,
    examples: ['Askey Software 1.0', 'Askey/1.0'],
    source: NMAP_PROBES,
  },
  {
    name: 'dzs-zhone-telnet',
    manufacturer: 'dzs',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['welcome to zhone technologies'],
    pattern: /Welcome to Zhone Technologies\s+Model: (?<product>[A-Z]+-[\w-]+?) Router/,
    examples: ['\r\n               Welcome to Zhone Technologies\r\n               Model: ZNID-GPON-2426A1 Router\r\n               Release: S3.1.241\r\n\r\nCopyright (C) 2008-2013 by Zhone Technologies.  All Rights Reserved.\r\n'],
    source: NMAP_PROBES,
  },
  // ---------------------------------------------------------------- IT, storage, server, printer and power makers: more patterns
  // NAS, server management controllers, home routers, UPS cards and printers. A Linux kernel line,
  // a bare OpenSSH version or a generic embedded server names no maker, even on a NAS: those stay
  // unattributed (see the wild table), and only texts with the maker's own words are claimed here.
  {
    // QNAP's SNMP agent reports "Linux <server name> <kernel>", and the server name defaults to the
    // model; Checkmk takes "Linux TS-" at the start of a sysDescr for a QNAP. A host name is chosen
    // by its owner, so the string is a hint: only a QNAP-style model number (TS-659, TS-h973AX) counts.
    name: 'qnap-linux-sysdescr',
    manufacturer: 'qnap',
    product: 'product',
    protocols: ['snmp'],
    certainty: 'low',
    keywords: ['linux ts-'],
    pattern: /^Linux (?<product>TS-h?\d{3,4}[A-Za-z+]*(?:-[A-Za-z0-9]+)?) \d+\.\d+/,
    examples: ['Linux TS-659 4.2.6'],
    source: {
      title: 'Checkmk, QNAP SNMP detection (cmk/plugins/qnap/lib.py: sysDescr starts with "Linux TS-") and its test data tests/unit/checks/generictests/datasets/qnap_info.py ("Linux TS-659 4.2.6")',
      url: 'https://github.com/Checkmk/checkmk/blob/master/tests/unit/checks/generictests/datasets/qnap_info.py',
    },
  },
  {
    // QTS and QuTS build their own kernel, whose release ends in "-qnap" ("5.10.60-qnap #1 SMP"):
    // the sysDescr and uname of the NAS, whatever its host name, and the Server header that a
    // program running on it (a container's UPnP service) builds from uname.
    name: 'qnap-kernel-release',
    manufacturer: 'qnap',
    product: 'QTS / QuTS hero (NAS)',
    protocols: ['snmp', 'upnp', 'http', 'https', 'other'],
    keywords: ['-qnap #'],
    pattern: /\bLinux (?:\S+ )?(?<version>\d+\.\d+\.\d+)-qnap #\d+ SMP\b/,
    examples: [
      'Linux TS-453A 4.14.24-qnap #1 SMP Tue Feb 6 00:00:00 CST 2024 x86_64 QTS 5.1.5',
      'Linux NAS33657A 5.10.60-qnap #1 SMP x86_64',
      'Linux 5.10.60-qnap #1 SMP Thu Dec 15 07:26:55 CST 2022/.NET Core 3.1.32 UPnP/1.0 RSSDP/1.0',
    ],
    source: {
      title: 'A QNAP NAS\'s sysDescr in a network inventory tool\'s tests; `uname -a` of a TS-453Bmini in a monitoring project\'s notes; the SSDP Server header of a SmartThings bridge running on a QNAP, in its notes',
    },
  },
  {
    name: 'qnap-web-titles',
    manufacturer: 'qnap',
    product: 'Turbo NAS (QTS web applications)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['qnap '],
    pattern: /^QNAP (?:Turbo NAS|Photo Station|Download Station|Multimedia Station(?: \(Photo Album\))?)$/i,
    examples: ['QNAP Turbo NAS', 'QNAP Photo Station', 'QNAP Download Station', 'QNAP Multimedia Station (Photo Album)'],
    source: {
      title: 'WhatWeb QNAP-NAS plugin (Brendan Coles): page titles of QNAP NAS web applications, as kept in r0eXpeR/fingerprint WhatWeb--Plus/qnap-nas.rb; Ostorlab\'s "QNAP Turbo NAS" title fingerprint',
      url: 'https://github.com/r0eXpeR/fingerprint/blob/master/WhatWeb--Plus/qnap-nas.rb',
    },
  },
  {
    // Nmap files the bare "http server 1.0" Server header of QTS's web server under "QNAP NAS http
    // config"; the name is generic enough that another embedded server could send it.
    name: 'qnap-http-server',
    manufacturer: 'qnap',
    product: 'Turbo NAS web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    certainty: 'low',
    keywords: ['http server 1.0'],
    pattern: /^http server 1\.0$/,
    examples: ['http server 1.0'],
    source: NMAP_PROBES,
  },
  {
    // DSM's FTP server names Synology, or (older releases) "Disk Station", in its greeting.
    name: 'synology-ftp-greeting',
    manufacturer: 'synology',
    product: 'DiskStation Manager FTP server (NAS)',
    protocols: ['ftp'],
    keywords: ['synology ftp server', 'disk station ftp server'],
    // Recog has seen the name in capitals too.
    pattern: /^(?:Synology FTP server ready\.|Disk Station FTP server at [\w.-]+ ready\.)/i,
    examples: ['Synology FTP server ready.\r\n', 'Synology FTP server ready.', 'SYNOLOGY FTP server ready.'],
    source: NMAP_PROBES,
  },
  {
    // Other DSM releases greet with the host name, "DiskStation" unless the owner changed it. Nmap
    // files it under Synology, but a host name is chosen by its owner: a hint only.
    name: 'synology-ftp-hostname-greeting',
    manufacturer: 'synology',
    product: 'DiskStation Manager FTP server (NAS)',
    protocols: ['ftp'],
    certainty: 'low',
    keywords: ['diskstation'],
    pattern: /^DiskStation(?:-[\w.-]+)? FTP server ready\./,
    examples: ['DiskStation FTP server ready.\r\n', 'DiskStation FTP server ready.'],
    source: NMAP_PROBES,
  },
  {
    // DSM's net-snmp agent describes the NAS as Linux does, with the host name DSM gives it unless the
    // owner changed it (DiskStation, RackStation). A host name is chosen by its owner: a hint only.
    name: 'synology-hostname-sysdescr',
    manufacturer: 'synology',
    product: 'DiskStation Manager (NAS)',
    protocols: ['snmp'],
    certainty: 'low',
    keywords: ['linux diskstation ', 'linux rackstation '],
    pattern: /^Linux (?:DiskStation|RackStation) \d+\.\d+\.\d+\+? (?:#\d+ )?SMP\b/,
    examples: [
      'Linux DiskStation 3.10.102 SMP Fri Jan 26 06:46:44 CST 2018 x86_64',
      'Linux DiskStation 4.4.302+ #72806 SMP Mon Jul 21 23:16:00 CST 2025 x86_64',
    ],
    source: {
      title: 'sysDescr of Synology NAS units as an snmpwalk in a monitoring guide and network tools\' tests show it (SNMPv2-MIB::sysDescr.0 = STRING: Linux DiskStation 3.10.102 SMP ...)',
    },
  },
  {
    name: 'supermicro-bmc-title',
    manufacturer: 'supermicro',
    product: 'BMC / IPMI web interface',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['supermicro bmc login'],
    pattern: /^Supermicro BMC Login$/,
    examples: ['Supermicro BMC Login'],
    source: {
      title: 'ProjectDiscovery nuclei-templates, http/exposed-panels/supermicro-bmc-panel.yaml: "<title>Supermicro BMC Login</title>" (Shodan http.title query)',
      url: 'https://github.com/projectdiscovery/nuclei-templates/blob/main/http/exposed-panels/supermicro-bmc-panel.yaml',
    },
  },
  {
    name: 'supermicro-switch-telnet',
    manufacturer: 'supermicro',
    product: 'switch (SMIS command line)',
    protocols: ['telnet'],
    keywords: ['supermicro switch'],
    pattern: /Supermicro Switch\s*\r?\n(?:\r?\n)?SMIS login:/,
    examples: ['\t\t Supermicro Switch \r\n\r\nSMIS login: '],
    source: NMAP_PROBES,
  },
  {
    // Lenovo's CNOS data-centre switches (ThinkSystem NE and G8 RackSwitch lines).
    name: 'lenovo-thinksystem-switch-sysdescr',
    manufacturer: 'lenovo',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['lenovo thinksystem '],
    pattern: /^Lenovo ThinkSystem (?<product>[A-Z]{1,3}\d{3,5}\w*)(?: RackSwitch)?\b/,
    examples: ['Lenovo ThinkSystem NE1072T RackSwitch'],
    source: LIBRENMS('cnos.snmprec'),
  },
  {
    // The MiWiFi firmware titles its pages "小米路由器" ("Xiaomi router"), alone or after the page name;
    // the routers sold under Xiaomi's Redmi brand say "Redmi路由器".
    name: 'xiaomi-miwifi-title',
    manufacturer: 'xiaomi',
    product: 'router (MiWiFi firmware)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['小米路由器', 'redmi路由器'],
    pattern: /^(?:[^\r\n]{1,20} - )?(?:小米|Redmi)路由器$/,
    examples: ['小米路由器', '登录 - 小米路由器', '路由设置 - 小米路由器', 'Redmi路由器'],
    source: {
      title: 'MiWiFi router web pages ("<title>小米路由器</title>" with a redirect to /cgi-bin/luci/web; login and settings page templates titled "登录 - 小米路由器" and "路由设置 - 小米路由器") as quoted in public code; ProjectDiscovery nuclei-templates, http/exposed-panels/xiaomi-wireless-router-login.yaml ("<title>小米路由器</title>" or "<title>Redmi路由器</title>" at /cgi-bin/luci/web)',
    },
  },
  {
    // Powerware's ConnectUPS card, Eaton's since it bought Powerware (2004); the card reports Eaton's
    // enterprise number (1.3.6.1.4.1.534.1) with this sysDescr.
    name: 'eaton-connectups-sysdescr',
    manufacturer: 'eaton',
    product: 'ConnectUPS Web/SNMP card (UPS)',
    protocols: ['snmp'],
    keywords: ['connectups web/snmp card'],
    pattern: /^ConnectUPS Web\/SNMP Card V(?<version>\d+(?:\.\d+)+)/,
    examples: ['ConnectUPS Web/SNMP Card V4.38'],
    source: LIBRENMS('eatonups.snmprec'),
  },
  {
    // Eaton's automatic transfer switches name the maker, the kind and the rating, and report
    // Merlin Gerin's enterprise number (1.3.6.1.4.1.705.1), which MGE's and others' devices share.
    name: 'eaton-ats-sysdescr',
    manufacturer: 'eaton',
    product: 'ATS (automatic transfer switch)',
    protocols: ['snmp'],
    keywords: ['eaton ats '],
    pattern: /^Eaton ATS \d+V \d+A\b/,
    examples: ['Eaton ATS 230V 16A'],
    source: LIBRENMS('eaton-ats.snmprec'),
  },
  {
    // The same card's telnet configuration menu names it in a framed title.
    name: 'eaton-connectups-telnet',
    manufacturer: 'eaton',
    product: 'ConnectUPS Web/SNMP card (UPS)',
    protocols: ['telnet'],
    keywords: ['connectups web/snmp card configuration utility'],
    pattern: /\[ ConnectUPS Web\/SNMP Card Configuration Utility \]/,
    examples: [
      '+============================================================================+\n|            [ ConnectUPS Web/SNMP Card Configuration Utility ]              |\n+============================================================================+\n\nEnter Password: ',
    ],
    source: RECOG('telnet_banners.xml'),
  },
  {
    // Recog: "an embedded web server used for UPS management; primarily by Eaton, but also by APC".
    name: 'eaton-ups-http-server',
    manufacturer: 'eaton',
    product: 'UPS web card (ConnectUPS)',
    protocols: ['http', 'https'],
    fields: ['server'],
    certainty: 'low',
    keywords: ['ups_server/'],
    pattern: /^UPS_Server\/\d+(?:\.\d+)*$/,
    examples: ['UPS_Server/1.0', 'UPS_Server/1'],
    source: RECOG('http_servers.xml'),
  },
  {
    // Raritan's Dominion PX rack PDUs: the product line, then the firmware version.
    name: 'raritan-dominion-px-sysdescr',
    manufacturer: 'raritan',
    product: 'Dominion PX rack PDU',
    protocols: ['snmp'],
    keywords: ['raritan dominion px'],
    pattern: /^Raritan Dominion PX - Firmware Version (?<version>[\d-]+)/,
    examples: ['Raritan Dominion PX - Firmware Version 010507-11172'],
    source: LIBRENMS('raritan-pdu.snmprec'),
  },
  {
    // HP's printers and Jetdirect cards ran the Chai embedded web server.
    name: 'hp-chai-http-server',
    manufacturer: 'hp-inc',
    product: 'printer (Chai embedded web server, Jetdirect)',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['hp-chaiserver/', 'hp-chaisoe/'],
    pattern: /^HP-Chai(?:Server|SOE)\/\d+\.\d+$/,
    examples: ['HP-ChaiServer/2.2', 'HP-ChaiSOE/1.0'],
    source: RECOG('http_servers.xml'),
  },
  {
    // Printers that put their model in the sysDescr instead of the Jetdirect line; LaserJet,
    // OfficeJet, DeskJet, Business Inkjet, DesignJet and PageWide are HP's own product names.
    name: 'hp-printer-model-sysdescr',
    manufacturer: 'hp-inc',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['hp laserjet', 'hp color laserjet', 'hp officejet', 'hp deskjet', 'hp business inkjet', 'hp designjet', 'hp pagewide'],
    pattern: /^HP (?<product>(?:Color )?(?:LaserJet|OfficeJet|DeskJet|Business Inkjet|DesignJet|PageWide)(?: (?:Pro|Enterprise|Managed))? ?[A-Za-z]{0,3}\d{1,5}[\w ./+-]{0,40})$/i,
    examples: ['HP LaserJet 100 colorMFP M175nw', 'hp LaserJet 1320 series', 'HP Business Inkjet 2800', 'HP LaserJet 5Si'],
    source: FUSIONINVENTORY('hewlett-packard.t'),
  },
  {
    // DeskJet, OfficeJet, Photosmart and DesignJet are HP's trademarks: a bare line and its model
    // names HP as a bare Prestige does ZyXEL (see zyxel-prestige-sysdescr); "Color Inkjet CP" was HP's
    // colour inkjet line. A DesignJet adds its product number (C7770C) in brackets.
    name: 'hp-deskjet-sysdescr',
    manufacturer: 'hp-inc',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['deskjet ', 'officejet ', 'photosmart ', 'designjet ', 'hp color inkjet cp'],
    pattern:
      /^(?<product>(?:DeskJet|OfficeJet(?: Pro)?|Photosmart) [A-Z]?\d{3,4}[a-z]{0,3}(?: [A-Z]\d{3})?(?: series)?|DesignJet \d{3,4}[A-Z]{0,2}(?:\+HPGL2)? \(C\d{4}[A-Z]\)|HP Color Inkjet CP\d{4}\w*)\s*$/i,
    examples: [
      'Deskjet 6940 series',
      'deskjet 6127',
      'HP Color Inkjet CP1700',
      'Officejet 6300 series',
      'Officejet Pro 8000 A809',
      'Photosmart D7200 series',
      'DesignJet 500PS+HPGL2 (C7770C)',
      'DesignJet 1050C (C6074A)',
    ],
    source: FUSION_DICO,
  },
  {
    name: 'canon-http-server',
    manufacturer: 'canon',
    product: 'printer or network camera web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['canon http server'],
    pattern: /^(?:Canon Http|CANON HTTP) Server(?: (?:Ver)?(?<version>\d+\.\d+))?$/,
    examples: ['Canon Http Server 2.10', 'CANON HTTP Server Ver2.21', 'CANON HTTP Server'],
    source: { title: 'Rapid7 Recog xml/http_servers.xml (Canon Http Server 2.10, CANON HTTP Server Ver2.21) and the Nmap service probes ("CANON HTTP Server")', url: 'https://github.com/rapid7/recog/blob/main/xml/http_servers.xml' },
  },
  {
    name: 'canon-scanfront-title',
    manufacturer: 'canon',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['scanfront '],
    // No space between the model and "Web Menu" in the captured title.
    pattern: /^(?<product>ScanFront \d{3}\w*)\s*Web Menu$/,
    examples: ['ScanFront 220Web Menu'],
    source: RECOG('html_title.xml'),
  },
  {
    name: 'epson-network-image-express-telnet',
    manufacturer: 'epson',
    product: 'Network Image Express (scanner network interface)',
    protocols: ['telnet'],
    keywords: ['connected to epson network image express'],
    pattern: /Connected to EPSON Network Image Express/,
    examples: ['\xff\xfb\x01\xff\xfb\x01Connected to EPSON Network Image Express !!!\r\n\r\nPassword: \r\n'],
    source: NMAP_PROBES,
  },
  {
    name: 'brother-printer-title',
    manufacturer: 'brother',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['brother '],
    pattern: /^Brother (?<product>[A-Z]{2,4}-[A-Z]{0,2}\d{3,5}[A-Z]{0,4}) series$/,
    examples: ['Brother MFC-L5900DW series'],
    source: RECOG('html_title.xml'),
  },
  // ---------------------------------------------------------------- Makers found in LibreNMS's recorded devices (m to z)
  {
    // Raisecom's ROAP firmware names itself and the ISCOM product in its image name:
    // "ROAP  Version ISCOM5508-EPSC_ROAP_2.61.3(a)_20161019". ISCOM is Raisecom's own product
    // line, so the pattern needs both words; LibreNMS calls the OS "Raisecom ROAP".
    name: 'raisecom-roap-sysdescr',
    manufacturer: 'raisecom',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['_roap_'],
    pattern: /^ROAP\s+Version (?<product>ISCOM[A-Z0-9]+(?:-[A-Z0-9]+)*)_ROAP_(?<version>\d+(?:\.\d+)+)/,
    examples: ['ROAP  Version ISCOM5508-EPSC_ROAP_2.61.3(a)_20161019.(Compiled Oct 19 2016, 19:12:24)'],
    source: LIBRENMS('raisecom.snmprec'),
  },
  {
    name: 'cisco-waas-sysdescr',
    manufacturer: 'cisco',
    product: 'Wide Area Application Services (WAAS)',
    protocols: ['snmp'],
    keywords: ['cisco wide area application services'],
    pattern: /^Cisco Wide Area Application Services Software\b(?:.*?Software Release (?<version>\d+(?:\.\d+)+))?/,
    examples: ['Cisco Wide Area Application Services Software Hardware Version: oe694-5.5.1.12 Cisco Wide Area Application Services (universal-k9) Software Release 5.5.1 (build b12 Dec 16 2014)'],
    source: LIBRENMS('waas.snmprec'),
  },
  {
    // ISAM access nodes (DSLAMs, GPON OLTs) start with the software release, the shelf and the
    // controller card, then "NOKIA ISAM" and Nokia's copyright.
    name: 'nokia-isam-sysdescr',
    manufacturer: 'nokia',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['nokia isam'],
    pattern: /^(?<version>R\d+(?:\.\d+)+[a-z]?) (?<product>[A-Z0-9]+(?:-[A-Z0-9]+)*) [A-Z0-9]+(?:-[A-Z0-9]+)* NOKIA ISAM Copyright \(c\) \d{4} Nokia\b/,
    examples: ['R5.7.02a NFXS-E FANT-F NOKIA ISAM Copyright (c) 2016 Nokia. All rights reserved. All use subject to applicable license agreement. Nokia and Alcatel-Lucent are registered trademarks of Nokia Corporation.'],
    source: LIBRENMS('nokia-isam.snmprec'),
  },
  {
    // An ONT's GPON serial with Nokia's (Alcatel-Lucent's) PON vendor ID ALCL and eight hex digits,
    // as Nokia's OLTs and management write it ("ALCL:B14323A2", "ALCLFCA45C31") or in its ASCII
    // codes (414C434C...). As with ZTE's and Huawei's IDs, another maker's ONT can be set to it: low
    // certainty.
    name: 'nokia-gpon-serial',
    manufacturer: 'nokia',
    product: 'GPON ONT',
    protocols: ['other'],
    fields: ['serial'],
    keywords: ['alcl', '414c434c'],
    pattern: /(?<![0-9A-Za-z-])(?:ALCL[-:]?[0-9A-Fa-f]{8}|414C434C[0-9A-Fa-f]{8})(?![0-9A-Za-z])/i,
    examples: ['ALCL:B14323A2', 'ALCLFCA45C31'],
    certainty: 'low',
    source: {
      title: 'An ISP technician\'s service note kept as sample data in a GitHub project ("troca de ont g-240w-a por g-240w-f, serial: ALCL:B14323A2"), and a Nokia OLT\'s rssi-onu alarm (entityName ALCLFCA45C31) in a log parser\'s field table; vendor IDs as hack-gpon lists them (_gpon/vendor.md: ALCL, Nokia/Alcatel-Lucent)',
      url: 'https://github.com/hack-gpon/hack-gpon.github.io/blob/main/_gpon/vendor.md',
    },
  },
  {
    name: 'cambium-ptp-sysdescr',
    manufacturer: 'cambium',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['cambium ptp '],
    pattern: /^Cambium (?<product>PTP \d{3,5}) PTP Wireless Ethernet Bridge, Version (?<version>[\w.-]+)/,
    examples: ['Cambium PTP 50650 PTP Wireless Ethernet Bridge, Version 50650-01-40'],
    source: LIBRENMS('ptp650.snmprec'),
  },
  {
    // cnPilot Wi-Fi access points: the maker, the line and its model, then what the unit is.
    name: 'cambium-cnpilot-sysdescr',
    manufacturer: 'cambium',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['cambium cnpilot '],
    pattern: /^Cambium (?<product>cnPilot [A-Z]\d{3}\w*) (?:Access Point|Router)\b/,
    examples: ['Cambium cnPilot E500 Access Point', 'Cambium cnPilot E410 Access Point'],
    source: {
      title: 'LibreNMS tests/snmpsim/cnpilote.snmprec (E500); Greenbone feed, its SNMP detection of Cambium cnPilot devices: sysDescr strings quoted in its comments (E410)',
      url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/cnpilote.snmprec',
    },
  },
  {
    // cnPilot R home and small-office routers give the line, model and firmware without the maker's name.
    name: 'cambium-cnpilot-router-sysdescr',
    manufacturer: 'cambium',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['cnpilot r'],
    pattern: /^(?<product>cnPilot R\d{3}[A-Z]{0,2}) (?<version>\d+\.\d+(?:\.\d+)*-R\d+)$/,
    examples: ['cnPilot R200P 4.3.1-R1'],
    source: { title: 'Greenbone feed, its SNMP detection of Cambium cnPilot devices: sysDescr strings quoted in its comments (R200P)' },
  },
  {
    // cnMatrix switches: the maker's full name, the line and model, then hardware and software versions.
    name: 'cambium-cnmatrix-sysdescr',
    manufacturer: 'cambium',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['cambium networks cnmatrix '],
    pattern: /^Cambium Networks (?<product>cnMatrix [\w-]+) Ethernet Switch HW:\S+ SW:(?<version>\S+)/,
    examples: ['Cambium Networks cnMatrix TX1012-P-DC Ethernet Switch HW:01 SW:5.0.1-r4'],
    source: LIBRENMS('cnmatrix.snmprec'),
  },
  {
    // Mimosa's backhaul radios put the model (B5c, A5c, C5x ...) and the firmware build after the
    // maker's name; the enterprise number alone named them before.
    name: 'mimosa-sysdescr',
    manufacturer: 'mimosa',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['mimosa '],
    pattern: /^Mimosa (?<product>[ABC]\d{1,2}[a-z]?(?:-Lite)?) Firmware v?(?<version>[\w.-]+)\s*$/,
    examples: ['Mimosa B5c Firmware v92329ce'],
    source: LIBRENMS('mimosa.snmprec'),
  },
  {
    // nmap -sV's words for Ruckus access points, as the extra information of a generic server's
    // match (Mbedthis-Appweb's web admin, BusyBox telnetd on a MediaFlex VF7811). "Ruckus" alone is
    // an ordinary word: only these names count.
    name: 'ruckus-scanner-product',
    manufacturer: 'ruckus',
    product: 'access point',
    fields: ['product', 'extrainfo'],
    keywords: ['ruckus '],
    pattern: /^Ruckus (?:WAP http config\b|VF\d{4} WAP\b)/,
    examples: ['Ruckus WAP http config', 'Ruckus VF7811 WAP'],
    source: NMAP_PROBES,
  },
  {
    // ZoneDirector WLAN controllers answer "Ruckus Wireless" and the model.
    name: 'ruckus-zonedirector-sysdescr',
    manufacturer: 'ruckus',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['ruckus wireless zd'],
    pattern: /^Ruckus Wireless (?<product>ZD\d{4})$/,
    examples: ['Ruckus Wireless ZD1200'],
    source: LIBRENMS('ruckuswireless.snmprec'),
  },
  {
    // Unleashed access points (the controller runs on an AP) answer the same way with the AP's model:
    // a letter for the line (R indoor, T outdoor, H wall plate, M mesh, E embedded, C cable) and three digits.
    name: 'ruckus-unleashed-sysdescr',
    manufacturer: 'ruckus',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['ruckus wireless '],
    pattern: /^Ruckus Wireless (?<product>[CEHMRT]\d{3}[a-z]?)$/,
    examples: ['Ruckus Wireless T300'],
    source: LIBRENMS('ruckuswireless-unleashed.snmprec'),
  },
  // ---------------------------------------------------------------- Chinese network and security makers, Aerohive
  {
    // StoneOS firewalls name the maker and the appliance model; LibreNMS requires "Hillstone" in
    // the sysDescr of its StoneOS devices too.
    name: 'hillstone-stoneos-sysdescr',
    manufacturer: 'hillstone',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['hillstone security appliance'],
    pattern: /^Hillstone Security Appliance (?<product>[A-Z]{1,4}-\d{3,5}(?:-[A-Z0-9]+)*)/,
    examples: ['Hillstone Security Appliance SG-6000-E3965'],
    source: LIBRENMS('stoneos.snmprec'),
  },
  {
    // MiniUPnPd announces the OS name the firmware gives it; Tenda's gives the maker's name.
    name: 'tenda-miniupnpd',
    manufacturer: 'tenda',
    product: 'wireless router (MiniUPnPd)',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['tenda upnp/'],
    pattern: /^Tenda UPnP\/[\d.]+ miniupnpd\/[\d.]+$/i,
    examples: ['Tenda UPnP/1.0 miniupnpd/1.0'],
    source: {
      title: 'Cloudflare, "Stupidly Simple DDoS Protocol (SSDP) generates 100 Gbps DDoS" (2017): the most common Server headers of the SSDP reflectors it probed, in its Chinese translation',
      url: 'https://zhuanlan.zhihu.com/p/27680875',
      date: '2017',
    },
  },
  {
    name: 'tenda-title',
    manufacturer: 'tenda',
    product: 'wireless router',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['tenda '],
    pattern: /^Tenda (?:11N Wireless Router Login Screen|Web Master|\| LOGIN)$/,
    examples: ['Tenda 11N Wireless Router Login Screen', 'Tenda Web Master', 'Tenda | LOGIN'],
    source: {
      title: 'ProjectDiscovery nuclei-templates, http/exposed-panels/tenda-11n-wireless-router-login.yaml and tenda-web-master.yaml: login page titles of Tenda routers (Shodan and Google title queries); http/iot/tenda-credential-disclosure.yaml: the FOFA title query "Tenda | LOGIN"',
      url: 'https://github.com/projectdiscovery/nuclei-templates/blob/main/http/exposed-panels/tenda-11n-wireless-router-login.yaml',
    },
  },
  {
    // BDCOM switches and OLTs: "BDCOM(tm) <model> Software, Version <build>", the text LibreNMS's
    // bdcom OS definition looks for ("BDCOM(tm) Software" around the model).
    name: 'bdcom-sysdescr',
    manufacturer: 'bdcom',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['bdcom(tm) '],
    // Some agents put the whole value in double quotes (an S2900 switch's recording, below).
    pattern: /^"?BDCOM\(tm\) (?<product>[A-Z0-9]+(?:-[A-Z0-9]+)*) Software, Version (?<version>[\w.]+)/,
    examples: [
      'BDCOM(tm) GP3600-16B Software, Version 74104\nhardware version: A',
      '"BDCOM(tm) S2900-24S8C4X Software, Version 123539\nhardware version: A"',
    ],
    source: LIBRENMS('bdcom.snmprec'),
  },
  {
    // FS switches on BDCOM's platform (LibreNMS's fs-bdcom OS) report FS.COM's own number (52642) and name
    // the maker as "Fiberstore Co., Limited" where BDCOM's switches name BDCOM, before the model.
    name: 'fs-com-fiberstore-sysdescr',
    manufacturer: 'fs-com',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['fiberstore co.,'],
    pattern: /^"?Fiberstore Co\.,\s?Limited Internetwork Operating System Software\s*\n(?<product>[A-Z0-9]+(?:-[A-Z0-9]+)*) Series Software, Version (?<version>[\w.]+)/,
    examples: [
      '"Fiberstore Co.,Limited Internetwork Operating System Software\nIES5100-16TS Series Software, Version 117934, RELEASE SOFTWARE\nhardware version: A"',
      // an S3900-24F4S-R (tests/snmpsim/fs-bdcom_s3900-24f4s-r.snmprec on a fork's branch of LibreNMS)
      '"Fiberstore Co., Limited Internetwork Operating System Software\nS3900-24F4S-R Series Software, Version 123539, RELEASE SOFTWARE\nhardware version: A"',
    ],
    source: LIBRENMS('fs-bdcom_ies5100-16ts.snmprec'),
  },
  {
    // Switches of Digital China Networks (DCN): "<model> Device, Compiled <date> SoftWare Version
    // <release> BootRom Version ... HardWare Version ... Serial No.:... Copyright (C) <years> by
    // Digital China Networks Limited". QTECH's and NAG's SNR switches answer in the same shape with
    // their own name in the copyright line (the two patterns below), so the copyright holder, not
    // the shape, names the maker.
    name: 'dcn-device-sysdescr',
    manufacturer: 'digital-china-networks',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['by digital china networks limited'],
    pattern: /^(?<product>[A-Z0-9][\w-]*) Device, Compiled [\s\S]{0,200}?SoftWare Version (?<version>[\w.()]+)[\s\S]{0,300}?Copyright \(C\) (?:\d{4}-)?\d{4} by Digital China Networks Limited/,
    examples: [
      'S4600-52P-SI Device, Compiled Jun 06 16:24:54 2016 SoftWare Version 7.0.3.5(R0241.0101) BootRom Version 7.2.16 HardWare Version 1.0.1  Serial No.:SW045010FB16000330 Copyright (C) 2001-2016 by Digital China Networks Limited. All rights reserved',
    ],
    source: LIBRENMS('dcn-software.snmprec'),
  },
  {
    name: 'qtech-device-sysdescr',
    manufacturer: 'qtech',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['by qtech llc'],
    pattern: /^(?<product>[A-Z0-9][\w-]*) Device, Compiled [\s\S]{0,200}?SoftWare Version (?<version>[\w.()-]+)[\s\S]{0,300}?Copyright \(C\) (?:\d{4}-)?\d{4} by QTECH LLC/,
    examples: [
      'QSW-3500-24-AC Device, Compiled Feb 22 10:28:35 2011\n SoftWare Version QSW-3500-24-AC_6.0.220.41\n BootRom Version QSW-3500-24-AC_2.0.2\n HardWare Version R01\n Copyright (C) 2010 by QTECH LLC\n All rights reserved',
    ],
    source: LIBRENMS('qtech.snmprec'),
  },
  {
    // The SNR switches of NAG: the agent puts the value in double quotes.
    name: 'nag-snr-device-sysdescr',
    manufacturer: 'nag-snr',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['nag llc'],
    pattern: /^"?(?<product>SNR-[\w-]+) Device, Compiled [\s\S]{0,200}?SoftWare Version (?<version>[\w.()]+)[\s\S]{0,300}?Copyright \(C\) (?:\d{4}-)?\d{4} NAG LLC/,
    examples: [
      '"SNR-S2990X-24FQ Device, Compiled May 25 12:06:11 2023\n SoftWare Version 7.5.3.2(R0010.0169)\n BootRom Version 7.5.6\n HardWare Version 1.0.1\n Serial No.:SW079010L406000120\n Copyright (C) 2023 NAG LLC\n All rights reserved\n"',
    ],
    source: LIBRENMS('snr.snmprec'),
  },
  {
    // HiveOS access points: "<model>, HiveOS <release> build-<n>"; LibreNMS's hiveos-wireless
    // definition matches the same shape (an optional "Hive" before the AP model, "_n" after it).
    name: 'aerohive-hiveos-sysdescr',
    manufacturer: 'aerohive',
    product: 'product',
    protocols: ['snmp'],
    keywords: [', hiveos '],
    pattern: /^(?:Hive)?(?<product>AP\w+?)(?:_n)?, HiveOS (?<version>\d+\.\d+\w*)/,
    examples: ['AP230, HiveOS 8.1r2a build-178408'],
    source: LIBRENMS('hiveos-wireless.snmprec'),
  },
  {
    name: 'aerohive-netconfig-title',
    manufacturer: 'aerohive',
    product: 'access point (NetConfig UI of HiveOS)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['aerohive netconfig ui'],
    pattern: /^Aerohive NetConfig UI$/,
    examples: ['Aerohive NetConfig UI'],
    source: NUCLEI('http/exposed-panels/aerohive-netconfig-ui.yaml', '"<title>Aerohive NetConfig UI</title>" (Shodan http.title query)'),
  },
  // ---------------------------------------------------------------- Nortel (BayStack, Passport, Ethernet Switch and ERS lines before 2009)
  {
    // The stackable switches' sysDescr: the product, its hardware, firmware and software revisions,
    // and the firmware's copyright holder. The same switches say "(c) Avaya Networks" with Avaya's
    // software (avaya-ers-sysdescr) and nothing at all in some releases: only Nortel's copyright
    // claims them for Nortel. The Business Secure Router (BSR222) writes the same fields.
    name: 'nortel-switch-sysdescr',
    manufacturer: 'nortel',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['(c) nortel networks'],
    pattern: /^(?<product>[A-Z][\w+ -]*?)(?: \(Stack Enabled\))?\s+HW:#?\w+\s+FW:\S+\s+SW:v?(?<version>\S+)\s.*\(c\) Nortel Networks\s*$/,
    examples: [
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'Ethernet Switch 470-48T      HW:#05      FW:3.6.0.6   SW:v3.6.2.04 BN:4 ISVN:2 (c) Nortel Networks',
      'Ethernet Routing Switch 2526T (Stack Enabled) HW:01 FW:1.0.0.13 SW:v4.1.0.000 BN:00 (c) Nortel Networks',
      'Ethernet Switch 425-24T  HW:06       FW:3.5.0.2   SW:v3.5.0.06  BN:6 (c) Nortel Networks',
      'Ethernet Switch 325-24G HW:01 FW:3.6.0.1 SW:v3.6.1.04 BN:04 (c) Nortel Networks',
      'Ethernet Routing Switch 2526T HW:03 FW:1.0.0.14 SW:v4.1.1.002 BN:02 (c) Nortel Networks',
      'Business Secure Router - Ethernet - BSR222 HW:a7 FW:VBSR222_2.6.0.0.011 SW:VM1.09 BN:22-jan-2010 (c) Nortel Networks',
    ],
    source: { ...OCS_DICO, title: `${OCS_DICO.title}; ${OBSERVIUM_ERS.title}` },
  },
  {
    // BayStack is the product line of Bay Networks, which Northern Telecom bought in 1998 and which
    // became Nortel Networks; its firmware writes no copyright holder.
    name: 'nortel-baystack-sysdescr',
    manufacturer: 'nortel',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['baystack '],
    pattern: /^(?<product>BayStack \d{3}[\w-]*)\s+HW:\S+\s+FW:\S+\s+SW:v?(?<version>\S+)/,
    examples: ['BayStack 450-12T HW:RevD  FW:V1.48 SW:v4.3.0.4 ISVN:2', 'BayStack 450-24T HW:RevL  FW:V1.47 SW:v3.1.0.22  ISVN:1'],
    source: OCS_DICO,
  },
  {
    // Allen-Bradley (Rockwell Automation) controllers and Ethernet modules title their web pages with
    // the catalogue number, whose family prefix (1747 SLC 500, 1761 Net-ENI, 1766 MicroLogix 1400,
    // 1785 PLC-5, 1794 FLEX I/O) is Allen-Bradley's own.
    name: 'rockwell-allen-bradley-title',
    manufacturer: 'rockwell-automation',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['1747-', '1761-net-', '1766-l', '1785-', '1794-', 'plc-5 ethernet base page'],
    pattern: /^(?:(?=1747-L\d{3}(?:\/[A-Z])? Home Page$)|(?=1761-NET-\w+$)|(?=1766-L\w+ B\/[\d.]+$)|(?=1785-\w+ Ethernet Base Page$)|(?=1794-\w+ FLEX Ethernet Adapter$)|(?=PLC-5 Ethernet Base Page$))(?<product>17\d\d-[\w/-]+|PLC-5)/,
    examples: [
      '1747-L551/C Home Page',
      '1747-L552/C Home Page',
      '1766-L32BXB B/11.00',
      '1794-AENTR FLEX Ethernet Adapter',
      'PLC-5 Ethernet Base Page',
      '1761-NET-ENIW',
      '1785-ENET Ethernet Base Page',
    ],
    source: RECOG('html_title.xml'),
  },
  {
    // The web pages of Lantronix's SLB and SLC console managers name the company and the model.
    name: 'lantronix-console-manager-title',
    manufacturer: 'lantronix',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['lantronix sl'],
    pattern: /^Lantronix (?<product>SL[BC](?:[ \d\/]*\d)?)$/,
    examples: ['Lantronix SLB882/8824', 'Lantronix SLB', 'Lantronix SLC 8048'],
    source: RECOG('html_title.xml'),
  },
  {
    // The first BayStack switches give the release after "version", or name Bay Networks itself.
    name: 'nortel-baystack-early-sysdescr',
    manufacturer: 'nortel',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['baystack '],
    pattern: /^(?:Bay Networks, Inc\. (?=BayStack \d{3}\w* Ethernet Switch Rev: \d)|(?=BayStack \d{3}\w*, version \d[\d.]* \(\d+\)$))(?<product>BayStack \d{3}\w*)/,
    examples: ['Bay Networks, Inc. BayStack 303 Ethernet Switch Rev: 2.2.32.19-2.1.4.16', 'BayStack 301, version 1.0.0 (96120629)'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Lantronix device and print servers name the company, then a product line of its own (EPS, MSS,
    // ETS, EDS, SCS, LRS, UDS, XPort, XPress, MatchPort, WiBox, SDS, SLS, NTS).
    name: 'lantronix-device-server-sysdescr',
    manufacturer: 'lantronix',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['lantronix '],
    pattern: /^Lantronix (?:Inc\. - (?=Modbus Bridge$))?(?<product>Modbus Bridge|(?:EPS|LPS|MPS|MSS|SCS|LRS|ETS|EDS|UDS|UTS|SDS|SLS|NTS)[\w-]*|X[Pp]ort \w+|XPress [\w+]+|MatchPort [\w/]+(?: Pro)?|WiBox)(?:$| )/i,
    examples: [
      'Lantronix EPS2 Version V3.3/4(950530)',
      'Lantronix EPS4-100 Version B3.7/109(030909)',
      'Lantronix MSS100 Version V3.6/9(030114)',
      'Lantronix EDS8PS V4.1.0.2R17 (03111515KK9H)',
      'LANTRONIX ETS-16 Version V2.2/45(940822)',
      'Lantronix EDS16PR',
      'Lantronix Inc. - Modbus Bridge',
      'Lantronix UDS1100 V6.1.0.3 (060811)',
      'Lantronix UDS 2132805 V5.8.0.1 (041102)',
      'Lantronix UDS',
      'Lantronix XPort AR V4.0.0.0R16 (0)',
      'Lantronix Xport Pro V5.2.0.0R20 (07110707T8O60M)',
      'Lantronix XPress DR+ V6.1.0.1 (060404)',
      'Lantronix MatchPort b/g Pro V1.1.0.0R6.MC_WIFI_V3 (07082157J6MXD',
      'Lantronix WiBox V6.7.0.0 (100118)',
      'Lantronix SDS1101 V6.1.0.3 (060811)',
      'Lantronix SLSLP 030005',
      'Lantronix NTS 0239032 04.4 (010817)',
      'Lantronix NTS1536-076 V3.8',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Savin is Ricoh's brand (see savin-printer-ftp): its copiers name Savin and the model, or Savin
    // and the network board ("SAVIN Network Printer C model").
    name: 'savin-printer-sysdescr',
    manufacturer: 'savin',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['savin '],
    pattern: /^SAVIN (?<product>(?:SP |SLP)?[A-Z]*\d{3,4}\w*)(?:$| [\d.]+ \/ (?:SAVIN|RICOH) Network | \/ (?:SAVIN|RICOH) Network )/i,
    examples: [
      'SAVIN 2400WD',
      'Savin 9965DP',
      'SAVIN 2555 / RICOH Network Printer D model',
      'SAVIN 2522 5.20 / SAVIN Network Printer C model / SAVIN Network Scanner C model / SAVIN Network Facsimile C model',
      'SAVIN 9922DP 1.4.9 / RICOH Network Printer C model',
      'SAVIN SP C400DN 1.01 / SAVIN Network Printer C model',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Passport routing switches (renamed Ethernet Routing Switch 8600 and 1600 in Nortel's time) give
    // their model and software release; the renamed "ERS-8306 (4.2.0.1)" is left to other evidence,
    // as Avaya's software wrote it the same way after 2009.
    name: 'nortel-passport-sysdescr',
    manufacturer: 'nortel',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['passport-'],
    pattern: /^(?<product>Passport-\d{4}\w*) \((?<version>\d+(?:\.\d+)+\w*)\)/,
    examples: ['Passport-1612G (1.2.2.0)'],
    source: OBSERVIUM_ERS,
  },
  {
    // The Passport's telnet console opens with a box of asterisks holding Nortel's copyright and the
    // model (Recog keeps its line breaks as the two characters \n).
    name: 'nortel-passport-telnet',
    manufacturer: 'nortel',
    product: 'Passport switch (telnet console)',
    protocols: ['telnet', 'ssh'],
    keywords: ['nortel networks, inc.'],
    pattern: /^\**(?:\s|\\n)*\* Copyright \(c\) (?:\d{4}-)?\d{4} Nortel Networks, Inc\.\s+\*/,
    examples: ['*********************************************\\n\\n\\n* Copyright (c) 2003 Nortel Networks, Inc.  *\\n\\n\\n* All Rights Reserved                       *\\n\\n\\n* Passport 8010                             *\\n\\n\\n* Software Release 3.5.0.0                  *\\n\\n\\n*********************************************\\n\\n\\n\\n\\nLogin:'],
    source: RECOG('telnet_banners.xml'),
  },
  {
    // Blade switches Nortel made for IBM's BladeCenter chassis.
    name: 'nortel-blade-switch-sysdescr',
    manufacturer: 'nortel',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['nortel networks layer', 'nortel layer'],
    pattern: /^Nortel (?:Networks )?(?<product>Layer ?2-\d GbE Switch Module)\b/,
    examples: [
      'Nortel Networks Layer2-7 GbE Switch Module',
      // Rapid7 Recog xml/snmp_sysdescr.xml
      'Nortel Layer2-3 GbE Switch Module(Copper)',
    ],
    source: { ...OCS_DICO, title: `${OCS_DICO.title}; Rapid7 Recog xml/snmp_sysdescr.xml` },
  },
  {
    // Nortel's voice systems (CS 1000, formerly Succession 1000 and Meridian 1: call servers,
    // signaling servers, media gateway cards), its Secure Router (SR) line and its Application
    // Switch (the Alteon line) name Nortel first. The same systems under Avaya's software say
    // "(c) Avaya Inc." instead and are Avaya's.
    name: 'nortel-voice-router-sysdescr',
    manufacturer: 'nortel',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['nortel, ', 'nortel networks, ', 'nortel sr ', 'nortel application switch '],
    pattern:
      /^Nortel(?:(?: Networks)?, (?=CS 1000|Succession 1000|Meridian 1)| (?=SR \d{4}(?: SNMP Agent)?, Software Version = |Application Switch \d{4}\s*$))(?<product>(?:CS 1000|Succession 1000|Meridian 1)[\w/]*(?: [A-Z][\w ]{0,30}?)?(?=,)|SR \d{4}|Application Switch \d{4})/i,
    examples: [
      'Nortel, CS 1000 Signaling Server, Software Release sse-4.50.88',
      'Nortel Networks, CS 1000 Signaling Server, Software Release sse-4.00.55',
      'Nortel, CS 1000 VGMC, Software Release IPL-4.50.88',
      'Nortel, CS 1000S/M Call Server, System 2121, Release 4, Issue 50',
      'NORTEL, Succession 1000/M Call Server, System 2121, Release 3, Issue 0',
      'Nortel Networks, Meridian 1 Call Server, System 2121, Release 4, Issue 0',
      'Nortel SR 1001, Software Version = r8.3.5, Boot Version = J1100_031805',
      'Nortel SR 4134 SNMP Agent, Software Version = 10.2.0.211, Boot Version = 0.0.0.45',
      'Nortel Application Switch 2424',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },

  // ---------------------------------------------------------------- Zebra (label printers and their ZebraNet print servers)
  {
    // ZebraNet is Zebra's name for the print servers inside and beside its printers; the sysDescr is
    // the print server's, the printer's model is in ZEBRA-MIB (zbrGeneralModel).
    name: 'zebra-zebranet-sysdescr',
    manufacturer: 'zebra',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['zebranet '],
    pattern: /^(?<product>ZebraNet (?:PrintServer|Wired PS))\b/,
    examples: ['ZebraNet Wired PS', 'ZebraNet PrintServer'],
    source: { title: 'LibreNMS tests/snmpsim/zebra.snmprec (a ZebraNet Wired PS in a Zebra 140Xi4); FusionInventory agent sysDescr rules and the Greenbone / Nessus list of printer sysDescr strings ("ZebraNet PrintServer", "ZebraNet Wired PS")', url: 'https://github.com/librenms/librenms/blob/master/tests/snmpsim/zebra.snmprec' },
  },

  // ---------------------------------------------------------------- Operator CPE: Eltex, Compal Broadband Networks
  {
    // `show system` of Eltex's MES switches: the model in the description and the sysObjectID under
    // Eltex's enterprise number 35265.
    name: 'eltex-mes-show-system',
    manufacturer: 'eltex',
    product: 'product',
    protocols: ['snmp', 'other'],
    keywords: ['1.3.6.1.4.1.35265.'],
    pattern: /^System Description:\s+(?<product>MES-?\d{4}\w*) [^\r\n]*(?:\r?\n[^\r\n]*){0,8}?\r?\nSystem Object ID:\s+1\.3\.6\.1\.4\.1\.35265\./m,
    examples: [
      'System Description:                       MES3124 28-port 1G/10G Managed Switch\nSystem Up Time (days,hour:min:sec):       67,08:57:53\nSystem Contact:                           email@email.com\nSystem Name:                              Eltex3124-3\nSystem Location:                          Elm street, 1428\nSystem MAC Address:                       12:34:56:78:90:00\nSystem Object ID:                         1.3.6.1.4.1.35265.1.24',
      'System Description:                       MES-5248 48-port Fiber 10GE Ethernet Switch\nSystem Up Time (days,hour:min:sec):       275,18:48:45\nSystem Contact:\nSystem Name:                              Eltex5248-1\nSystem Location:\nSystem MAC Address:                       12:34:56:78:90:00\nSystem Object ID:                         1.3.6.1.4.1.35265.1.54',
    ],
    source: NTC('tests/eltex/show_system', '`show system` of an MES3124 and an MES-5248'),
  },
  {
    // Eltex's ONTs title their web interface with the maker and the model (NTU-RG, NTU-2V...).
    name: 'eltex-ntu-title',
    manufacturer: 'eltex',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['eltex - ntu-'],
    pattern: /^Eltex - (?<product>NTU-[\w-]+)\s*$/,
    examples: ['Eltex - NTU-RG-1402G-W'],
    source: { title: 'Router fingerprint table of a public Internet-scan tool (Go): the page title "<title>Eltex - NTU-RG-1402G-W</title>" it keys Eltex on' },
  },
  {
    // MiniUPnPd takes its OS token from the firmware: Compal Broadband's cable gateways put the
    // company's name there, which no other maker's firmware does.
    name: 'compal-broadband-upnp-server',
    manufacturer: 'compal-broadband',
    product: 'cable gateway',
    protocols: ['http', 'upnp'],
    fields: ['server'],
    keywords: ['compal broadband networks, inc/'],
    pattern: /^Compal Broadband Networks, Inc\/Linux\/[\d.]+ UPnP\/1\.[01]\b/,
    examples: ['Compal Broadband Networks, Inc/Linux/2.6.39.3 UPnP/1.1 MiniUPnPd/1.7'],
    source: GREENBONE('sw_http_os_detection.nasl', 'HTTP Server headers of devices, with the OS each runs'),
  },

  // ---------------------------------------------------------------- Linksys, Lantronix
  {
    // Linksys routers and access points name themselves in the Basic realm: "Linksys" and the model
    // (E4200, WAP54G, EA4500...), or, on the WRT54G family, the bare model, which is Linksys's own
    // trademarked line. Bare models of other Linksys lines ("E1500", "WRT610N") are not claimed: a
    // short model name alone could be anyone's.
    name: 'linksys-realm',
    manufacturer: 'linksys',
    product: 'product',
    protocols: ['http', 'https'],
    fields: ['www-authenticate'],
    keywords: ['realm="linksys', 'realm="wrt54g'],
    pattern: /^(?:Basic|Digest) realm="(?:Linksys[ -])?(?<product>(?<=Linksys[ -])[A-Z]{1,5}\d{2,4}[A-Z0-9]*|WRT54G[A-Z0-9]*)\b/,
    examples: [
      'Basic realm="WRT54G"',
      'Basic realm="Linksys BEFSR41/BEFSR11/BEFSRU31"',
      'Basic realm="Linksys E4200"',
      'Basic realm="Linksys WAP54G"',
      'Basic realm="Linksys WAP200"',
      'Basic realm="Linksys WAP55AG"',
      'Basic realm="Linksys E2000"',
    ],
    source: {
      title: 'Rapid7 Recog xml/http_wwwauth.xml (the WRT54G realm, and "Linksys BEFSR41/BEFSR11/BEFSRU31" in its list of realms seen); nmap http-default-accounts fingerprints (realms "Linksys WAP200", "Linksys WAP55AG", "Linksys E2000"); the Nessus / OpenVAS HTTP OS fingerprints (realm "Linksys WAP54G"); a published E4200 advisory (the 401 answer with realm "Linksys E4200")',
      url: 'https://github.com/rapid7/recog/blob/main/xml/http_wwwauth.xml',
    },
  },
  {
    name: 'linksys-smart-wifi-title',
    manufacturer: 'linksys',
    product: 'Smart Wi-Fi router',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['linksys smart wi-fi'],
    pattern: /^Linksys Smart Wi-Fi$/i,
    examples: ['Linksys Smart Wi-Fi'],
    source: NUCLEI('http/exposed-panels/linksys-wifi-login.yaml', '"<title>Linksys Smart Wi-Fi</title>" of the router\u2019s login page (Shodan http.title query)'),
  },
  {
    // Lantronix device servers (UDS, XPort, WiBox, MSS) open their setup port (9999) and console with
    // a starred line that names Lantronix and the product, then the MAC address and the firmware.
    name: 'lantronix-device-server-telnet',
    manufacturer: 'lantronix',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['*** lantronix '],
    pattern: /^\s*\*\*\* Lantronix (?<product>[\w+ -]*?)\s*Device Server \*\*\*(?:\s+MAC address [0-9A-F]{12}\s+Software version V(?<version>[\d.]+))?/,
    examples: [
      '*** Lantronix WiBox Device Server ***\r\nMAC address 00204AFA7E5C\r\nSoftware version V6.8.0.4 (130110)\r\nAES library version 1.8.2.1\r\nPress Enter for Setup Mode',
    ],
    source: {
      title: 'Greenbone feed, gb_lantronix_unprotected_telnet.nasl (the setup banner on port 9999: "*** Lantronix", "Device Server ***", "Press Enter ... Setup Mode"); a published setup-menu dump of a Lantronix WiBox in a robot\'s network notes',
      url: 'https://github.com/greenbone/vulnerability-tests',
    },
  },

  // ---------------------------------------------------------------- ADVA, Sonos
  {
    // ADVA's Fiber Service Platform answers with the product alone: the FSP 150 access devices with
    // their model (FSP150CC-GE112), the FSP 3000 R7 with the platform's full name. "Fiber Service
    // Platform" and FSP 150 are ADVA's product lines; a bare "FSP" is not claimed.
    name: 'adva-fsp-sysdescr',
    manufacturer: 'adva',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['fsp150', 'fiber service platform '],
    pattern: /^(?<product>FSP150[A-Z]{0,3}-[A-Z]{1,3}\d{2,4}[A-Z0-9-]*|Fiber Service Platform F\d+)\s*$/,
    examples: ['FSP150CC-GE114', 'FSP150CC-GE112', 'Fiber Service Platform F7'],
    source: {
      title: 'LibreNMS tests/snmpsim/adva_fsp150.snmprec, adva_fsp150_ge112.snmprec and adva_fsp3kr7.snmprec (sysDescr of an FSP 150CC-GE114, an FSP 150CC-GE112 and an FSP 3000 R7)',
      url: 'https://github.com/librenms/librenms/tree/master/tests/snmpsim',
    },
  },
  {
    // Sonos players answer SSDP searches, and HTTP on port 1400, with their firmware build and the
    // model code in parentheses (ZP90 is the Connect, ZPS1 the Play:1). "Sonos/" is the maker's own
    // product token after the generic "Linux UPnP/1.0".
    name: 'sonos-upnp-server',
    manufacturer: 'sonos',
    product: 'product',
    protocols: ['upnp', 'http'],
    fields: ['server'],
    keywords: ['upnp/1.0 sonos/'],
    pattern: /^Linux UPnP\/1\.0 Sonos\/(?<version>\d+(?:\.\d+)*-\d+)(?: \((?<product>ZP\w+)\))?/,
    examples: ['Linux UPnP/1.0 Sonos/34.16-37101 (ZP90)', 'Linux UPnP/1.0 Sonos/22.0-65180 (ZPS5)', 'Linux UPnP/1.0 Sonos/31.8-24090 (ZPS1)'],
    source: { title: 'SSDP and HTTP answers of Sonos players quoted in open-source Sonos controller libraries (discovery code comments and a captured support-info response)' },
  },

  // ---------------------------------------------------------------- Makers named in Rapid7 Recog's fingerprints
  {
    // A codec that names a TANDBERG product after "MCU:" (the E20 of 2009) is TANDBERG's own; one
    // that names a Cisco product is Cisco's (cisco-telepresence-codec-sysdescr).
    name: 'tandberg-codec-sysdescr',
    manufacturer: 'tandberg',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['tandberg codec'],
    // The MXP codecs write the TV standard after the release ("F8.1 PAL").
    pattern: /^TANDBERG Codec\s+SoftW: (?<version>\S+)(?: (?:PAL|NTSC))?\s+MCU: (?<product>TANDBERG [^\r\n]+?)\s+Date: /,
    examples: [
      'TANDBERG Codec SoftW: TE1.0.0.175435 MCU: TANDBERG E20 Date: 2009-02-09 S/N: A1AA11B00658 BootSW: Board: 101390-6',
      'TANDBERG Codec SoftW: F8.1 PAL MCU: TANDBERG Profile 6000MXP Date: 2009-09-07 S/N: 25A46936 BootSW: Rev. 1.15, 2008-01-04 Board: 100670 rev. 07',
      'TANDBERG Codec SoftW: F9.1 NTSC MCU: TANDBERG 6000MXP PORTABLE Date: 2011-06-08 S/N: 25A07029 BootSW: Rev. 1.16, 2009-01-21 Board: 100670 rev. 07',
    ],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // The whole sysDescr of a TANDBERG codec or MPS conference bridge that gives no release.
    name: 'tandberg-device-sysdescr',
    manufacturer: 'tandberg',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['tandberg codec', 'tandberg mps-mcu'],
    pattern: /^TANDBERG (?<product>Codec|MPS-MCU)$/,
    examples: ['TANDBERG Codec', 'TANDBERG MPS-MCU'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // SIP phones: the model, the firmware release and the phone's MAC address.
    name: 'mitel-sip-phone-user-agent',
    manufacturer: 'mitel',
    product: 'product',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['mitel-'],
    pattern: /^Mitel-(?<product>\w+)-SIP-Phone (?<version>\d+(?:\.\d+)+)/,
    examples: ['Mitel-5320-SIP-Phone 06.05.00.11 010203040506'],
    source: RECOG('sip_user_agents.xml'),
  },
  {
    name: 'mitel-border-gateway-sip',
    manufacturer: 'mitel',
    product: 'Mitel Border GW (SIP gateway)',
    protocols: ['sip'],
    fields: ['user-agent', 'server'],
    keywords: ['mitel border gw/'],
    pattern: /^Mitel Border GW\/(?<version>\d+(?:\.\d+)+)/,
    examples: ['Mitel Border GW/4.0.0.9'],
    source: RECOG('sip_user_agents.xml'),
  },
  {
    // Vood home gateways: the model (HG238x, HG27xx, 452W) before the firmware build.
    name: 'tilgin-vood-sip',
    manufacturer: 'tilgin',
    product: 'product',
    protocols: ['sip'],
    fields: ['server', 'user-agent'],
    keywords: ['tilgin vood '],
    pattern: /^Tilgin Vood (?<product>[^_\s]+)/,
    examples: ['Tilgin Vood HG238x_ESx000-02_07_03_26', 'Tilgin Vood HG27xx', 'Tilgin Vood 452W_S_3_4_2_RC_2'],
    source: RECOG('sip_banners.xml'),
  },
  {
    name: 'efi-fiery-ftp',
    manufacturer: 'efi',
    product: 'Fiery print server',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['efi ftp print server'],
    pattern: /^EFI FTP Print server ready\./,
    examples: ['EFI FTP Print server ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // Savin copiers are Ricoh's (the same FTP server as the RICOH Aficio and NRG lines).
    name: 'savin-printer-ftp',
    manufacturer: 'savin',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['savin '],
    pattern: /^SAVIN (?<product>[A-Z]*\d{3,4}\w*) FTP server \((?<version>[\w.]+)\) ready/,
    examples: ['SAVIN 4075 FTP server (4.08) ready.', 'SAVIN 917 FTP server (9.05.2) ready.', 'SAVIN C3528 FTP server (4.08.3) ready.', 'SAVIN C9145 FTP server (10.51) ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'sharp-mfp-ftp',
    manufacturer: 'sharp',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['sharp mx-', 'sharp ar-'],
    pattern: /^SHARP (?<product>(?:MX|AR)-\w+) Ver (?<version>[\w.]+) FTP server/,
    examples: ['SHARP MX-6200N Ver 01.02.00.0e FTP server.', 'SHARP MX-M363N Ver 01.05.00.0k FTP server.', 'SHARP AR-M450 Ver 01.05.00.0k FTP server.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // The telnet server of the same copiers greets in the same words as their FTP server.
    name: 'sharp-mfp-telnet',
    manufacturer: 'sharp',
    product: 'product',
    protocols: ['telnet'],
    keywords: ['sharp mx-', 'sharp ar-'],
    pattern: /^SHARP (?<product>(?:MX|AR)-\w+) Ver (?<version>[\w.]+) TELNET server/,
    examples: [
      'SHARP AR-M351U Ver 01.00.18 TELNET server.\nCopyright(c) 2001-2005, silex technology, Inc.\nlogin: ',
      'SHARP MX-3610N Ver 01.05.00.0o.18 TELNET server.\nCopyright(C) 2005-     SHARP CORPORATION\nCopyright(C) 2005-     silex technology, Inc.\nlogin: ',
    ],
    source: RECOG('telnet_banners.xml'),
  },
  {
    // Digital UNIX ran only on Digital's Alpha systems; it was renamed Tru64 UNIX under Compaq, whose
    // greeting says so. HP-UX is named the same way (hpe-hpux-ftp); OpenVMS, which other hardware
    // runs too, is not.
    name: 'digital-unix-ftp',
    manufacturer: 'digital-equipment',
    product: 'Alpha system (Digital UNIX)',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['(digital unix version '],
    pattern: /^\S+ FTP server \(Digital UNIX Version (?<version>\S+)\) ready/,
    examples: ['example.com FTP server (Digital UNIX Version 5.60) ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    name: 'compaq-tru64-ftp',
    manufacturer: 'compaq',
    product: 'Alpha system (Tru64 UNIX)',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['(compaq tru64 unix version '],
    pattern: /^\S+ FTP server \(Compaq Tru64 UNIX Version (?<version>\S+)\) ready/,
    examples: ['example.com FTP server (Compaq Tru64 UNIX Version 5.60) ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // MELCO is the name of Buffalo's group (Melco Holdings, Buffalo Inc.'s listed parent), and
    // Buffalo's print servers greet with it; Recog files them under Buffalo. Recog's capture holds
    // its line breaks as the two characters "\n", so the pattern needs no line structure.
    name: 'buffalo-melco-print-server-telnet',
    manufacturer: 'buffalo',
    product: 'print server',
    protocols: ['telnet'],
    keywords: ['welcome to melco print server'],
    pattern: /\* Welcome to MELCO Print Server \*/,
    examples: [
      '***********************************\\n* Welcome to MELCO Print Server *\\n* Telnet Console *\\n***********************************\\n \\nServer Name: PS-B04E8E\\nServer Model: LPV 2 - TX 1\\nF / W Version: 2.00 J \\nMAC Address: AE 32 EA 21 BB E3\\nUptime: 0 days, 00: 00: 12\\n \\nPlease Enter Password:"',
    ],
    source: RECOG('telnet_banners.xml'),
  },
  {
    name: 'smc-networks-cable-telnet-default-host',
    manufacturer: 'smc-networks',
    product: 'DOCSIS 3 cable gateway (factory host name)',
    protocols: ['telnet'],
    // SMC's D3 cable gateways keep their model (SMCD3GN2-BIZ) as the host name in the login prompt;
    // a host name is the owner's to choose, so it is a hint only (see ruijie-telnet-default-host).
    certainty: 'low',
    keywords: ['smcd3'],
    pattern: /^\s*SMCD3\w+-\w{3} login:\s*$/,
    examples: ['SMCD3GN2-BIZ login:'],
    source: RECOG('telnet_banners.xml'),
  },

  // ---------------------------------------------------------------- Recog's FTP, SMTP, NTP and DNS fingerprints
  {
    // ProFTPD as Linksys built it into its wireless routers names the model after "Linksys".
    name: 'linksys-proftpd-ftp',
    manufacturer: 'linksys',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['server (linksysw'],
    pattern: /^ProFTPD \d+\.\S+ Server \(Linksys(?<product>W[A-Z]{2,3}\d{2,4}\w*)\) \[/,
    examples: ['ProFTPD 1.3.0rc2 Server (LinksysWRT350N) [host]'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // ZebraNet print servers greet with their default host name, "ZBR-" and a number, and the firmware.
    name: 'zebra-zebranet-ftp',
    manufacturer: 'zebra',
    product: 'ZebraNet print server',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['zbr-'],
    pattern: /^ZBR-\d{3,6} Version (?<version>V?\d[\w.]*) ready/,
    examples: ['ZBR-46686 Version 7.02 ready.', 'ZBR-79071 Version V56.17.5Z ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // The e-STUDIO copiers' FTP server: the host name, then the company name and the model, as
    // their sysDescr gives them (toshiba-tec-sysdescr).
    name: 'toshiba-tec-estudio-ftp',
    manufacturer: 'toshiba-tec',
    product: 'product',
    protocols: ['ftp'],
    fields: ['greeting'],
    keywords: ['toshiba e-studio'],
    pattern: /^\S+ TOSHIBA (?<product>e-STUDIO\d{2,4}\w*) FTP Server (?<version>\S+) ready/,
    examples: ['ET0004001E9C00 TOSHIBA e-STUDIO500S FTP Server NC2.NPS.N221 ready.', 'JHBPRN13 TOSHIBA e-STUDIO500S FTP Server NC2.NPS.N211 ready.'],
    source: RECOG('ftp_banners.xml'),
  },
  {
    // FireWall-1's SMTP security server, as its FTP and telnet proxies (checkpoint-firewall1-greeting).
    name: 'checkpoint-firewall1-smtp',
    manufacturer: 'checkpoint',
    product: 'FireWall-1 (SMTP security server)',
    protocols: ['smtp'],
    fields: ['greeting'],
    keywords: ['checkpoint firewall-1 secure '],
    pattern: /^CheckPoint FireWall-1 secure E?SMTP server\s*$/,
    examples: ['CheckPoint FireWall-1 secure SMTP server', 'CheckPoint FireWall-1 secure ESMTP server'],
    source: RECOG('smtp_banners.xml'),
  },
  {
    // The SMTP proxy of Cisco PIX 4.x firewalls.
    name: 'cisco-pix-cmap-smtp',
    manufacturer: 'cisco',
    product: 'PIX firewall (4.x)',
    protocols: ['smtp'],
    fields: ['greeting'],
    keywords: ['smtp/cmap ready'],
    pattern: /^SMTP\/cmap ready_+\s*$/,
    examples: ['SMTP/cmap ready________________________________________________________________________'],
    source: RECOG('smtp_banners.xml'),
  },
  {
    // The PIX's MailGuard (and the ASA's SMTP inspection after it) masks the mail server's greeting:
    // every character but "2", "0" and space becomes "*". Recog reads it as a PIX; another firewall
    // could mask the same way, so it is a hint.
    name: 'cisco-pix-mailguard-smtp',
    manufacturer: 'cisco',
    product: 'PIX firewall (MailGuard masking the greeting)',
    protocols: ['smtp'],
    fields: ['greeting'],
    certainty: 'low',
    keywords: ['*****'],
    pattern: /^(?=[*20 ]*\*{5})[*20 ]+$/,
    examples: ['***************************'],
    source: RECOG('smtp_banners.xml'),
  },
  {
    // sendmail as HP builds it for HP-UX: an HP networking patch (PHNE_) or HP's revision line with
    // the HP-UX release (see hpe-hpux-ftp).
    name: 'hpe-hpux-sendmail-smtp',
    manufacturer: 'hpe',
    product: 'HP-UX server',
    protocols: ['smtp'],
    fields: ['greeting'],
    keywords: ['(phne_', ' hp-ux'],
    pattern: /\bE?SMTP +Sendmail +(?:[\d.]+ \(PHNE_\d+\)|@\(#\)Sendmail version [\d.]+ - Revision \S+ HP-UX\d+\.\d+)/,
    examples: [
      'foo.bar ESMTP Sendmail 8.8.6 (PHNE_14041)/8.7.1; Tue, 6 Feb 2001 10:04:32 -0300 (SAT)',
      'foo.bar ESMTP Sendmail @(#)Sendmail version 8.13.3 - Revision 1.004:: HP-UX11.31 - 03rd February,2010/8.11.1; Wed, 20 May 2015 23:35:38 GMT',
    ],
    source: RECOG('smtp_banners.xml'),
  },
  {
    // The "system" variable of an NTP readvar answer (ntpq -c rv, nmap ntp-info): Junos names itself
    // and its release; IOS answers "cisco"; ONTAP and BIG-IP name the product.
    name: 'juniper-junos-ntp',
    manufacturer: 'juniper',
    product: 'Junos device',
    protocols: ['other'],
    keywords: ['system="junos'],
    pattern: /\bsystem="JUNOS(?<version>\d[\w.-]*)"/,
    examples: [
      'version="ntpd 4.2.0-a Wed Aug 12 04:22:47 UTC 2009 (1)",\nprocessor="i386", system="JUNOS9.3R4.4", leap=11, stratum=16,',
      'processor="i386", system="JUNOS7.0R2.7", leap=0, stratum=3',
    ],
    source: RECOG('ntp_banners.xml'),
  },
  {
    name: 'cisco-ios-ntp',
    manufacturer: 'cisco',
    product: 'IOS device',
    protocols: ['other'],
    keywords: ['system="cisco"'],
    pattern: /(?:^|[\s,])system="cisco",/,
    examples: ['system="cisco", leap=00, stratum=2, rootdelay=39.900,'],
    source: RECOG('ntp_banners.xml'),
  },
  {
    name: 'netapp-ontap-ntp',
    manufacturer: 'netapp',
    product: 'Data ONTAP storage system',
    protocols: ['other'],
    keywords: ['system="data ontap/'],
    pattern: /\bsystem="Data ONTAP\/+(?<version>[^"\s]+)"/,
    examples: ['system="Data ONTAP/8.1RC2"'],
    source: RECOG('ntp_banners.xml'),
  },
  {
    name: 'f5-bigip-ntp',
    manufacturer: 'f5',
    product: 'BIG-IP',
    protocols: ['other'],
    keywords: ['system="big-ipbig-ip '],
    pattern: /\bsystem="BIG-IPBIG-IP (?<version>[^"]+)"/,
    examples: ['version="ntpd 4.1.1a@1.791 Fri Aug  8 04:08:19 PDT 2003 (1)",\nprocessor="i386", system="BIG-IPBIG-IP 4.5PTF-0", leap=3, stratum=16,'],
    source: RECOG('ntp_banners.xml'),
  },
  {
    // The answer to a DNS version.bind query: DrayTek's and ZyXEL's routers name themselves, and
    // the dnsmasq of Ubiquiti's EdgeOS carries Ubiquiti's "ubnt" build suffix.
    name: 'draytek-dns-version',
    manufacturer: 'draytek',
    product: 'Vigor router DNS server',
    protocols: ['other'],
    keywords: ['draytekdns-v'],
    pattern: /^DraytekDNS-v(?<version>\d+(?:\.\d+)+)\s*$/,
    examples: ['DraytekDNS-v1.2.3006'],
    source: RECOG('dns_versionbind.xml'),
  },
  {
    name: 'zyxel-zywall-dns-version',
    manufacturer: 'zyxel',
    product: 'ZyWALL DNS server',
    protocols: ['other'],
    keywords: ['zywall dns'],
    pattern: /^ZyWALL DNS\s*$/,
    examples: ['ZyWALL DNS'],
    source: RECOG('dns_versionbind.xml'),
  },
  {
    name: 'ubiquiti-dnsmasq-dns-version',
    manufacturer: 'ubiquiti',
    product: 'EdgeOS router DNS forwarder',
    protocols: ['other'],
    keywords: ['-ubnt'],
    pattern: /^dnsmasq-\d+\.\w+-\d+-ubnt\d+\s*$/,
    examples: ['dnsmasq-2.76-1-ubnt2'],
    source: RECOG('dns_versionbind.xml'),
  },

  // ---------------------------------------------------------------- Recog xml/snmp_sysdescr.xml: the newer catalog makers
  {
    // Onyx (formerly MLNX-OS) is the switch OS of Mellanox's Spectrum switches (the MSN line);
    // Recog files it under NVIDIA, Mellanox's owner since 2020, and the catalog groups them the same way.
    name: 'mellanox-onyx-sysdescr',
    manufacturer: 'mellanox',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['onyx,msn'],
    pattern: /^Onyx,(?<product>MSN\w+),SWv(?<version>[\w.]+)$/,
    examples: ['Onyx,MSN2700,SWv3.9.3202'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // Solaris 11 on sun4u, a SPARC platform of Sun's (Oracle's since 2010). Fujitsu also built
    // sun4u SPARC servers and the text names the OS, not the box: a hint, not a finding.
    name: 'oracle-solaris11-sparc-sysdescr',
    manufacturer: 'oracle',
    product: 'SPARC system (Solaris 11)',
    protocols: ['snmp'],
    keywords: [' sun4u'],
    pattern: /^SunOS \S+ 5\.1[1-9] \S+ sun4u$/,
    examples: ['SunOS sysname 5.11 Generic_118833-33 sun4u'],
    source: RECOG('snmp_sysdescr.xml'),
    certainty: 'low',
  },
  {
    // Solaris's own SNMP agent (Sun's SEA) names the platform after its name: `uname -i` of the box.
    // Sun-Blade-*, Sun-Fire-*, Ultra-* and UltraAX-* are Sun's (Oracle's since 2010) machines and
    // boards; other makers' SPARC boxes give their own platform names (Fujitsu's FJSV,...) and
    // stay unnamed.
    name: 'oracle-sun-snmp-agent-sysdescr',
    manufacturer: 'oracle',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['sun snmp agent, '],
    pattern: /^Sun SNMP Agent, (?<product>(?:Sun-(?:Blade|Fire)-[\w-]+|Ultra(?:AX)?-[\w-]+))\s*$/,
    examples: ['Sun SNMP Agent, Sun-Blade-100', 'Sun SNMP Agent, UltraAX-i2', 'Sun SNMP Agent, Ultra-5_10', 'Sun SNMP Agent, Ultra-1'],
    source: RECOG('snmp_sysdescr.xml'),
  },
  {
    // ILOM is the service processor of Sun's servers, kept by Oracle after 2010. Its web page is titled
    // with the name alone or with Oracle's; HP's "Integrated Lights-Out" is spelt with a hyphen and
    // without "Manager", so it stays with the iLO pattern.
    name: 'oracle-ilom-title',
    manufacturer: 'oracle',
    product: 'Integrated Lights Out Manager (ILOM)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['integrated lights out manager'],
    pattern: /^(?:Oracle\(R\) )?Integrated Lights Out Manager$/,
    examples: ['Oracle(R) Integrated Lights Out Manager', 'Integrated Lights Out Manager'],
    source: RECOG('html_title.xml'),
  },
  {
    // The same service processor names itself in the Server header under its Sun name.
    name: 'oracle-sun-ilom-http-server',
    manufacturer: 'oracle',
    product: 'Integrated Lights Out Manager (ILOM) web server',
    protocols: ['http', 'https'],
    fields: ['server'],
    keywords: ['sun-ilom-web-server/'],
    pattern: /^Sun-ILOM-Web-Server\/(?<version>\d+(?:\.[\d_]+)+)$/,
    examples: ['Sun-ILOM-Web-Server/1.0'],
    source: RECOG('http_servers.xml'),
  },
  {
    // AirTies's wireless routers greet on telnet with the model as their factory host name (Air5 and
    // digits is AirTies's model naming), but a host name is the owner's to change: a hint only.
    name: 'airties-telnet-default-host',
    manufacturer: 'airties',
    product: 'product',
    protocols: ['telnet'],
    certainty: 'low',
    keywords: ['air5'],
    pattern: /^[\r\n]*(?<product>Air5\d+\w{0,2}) login:\s*$/,
    examples: ['Air5650 login:', 'Air5650TT login:'],
    source: RECOG('telnet_banners.xml'),
  },
  // ---------------------------------------------------------------- Operator-network makers: Coriant (Infinera), Ribbon (Sonus), A10 Networks, Ekinops
  {
    // Groove transponders give the part number, the model, the release and its date, then
    // Coriant's copyright; Infinera kept the line after it bought Coriant in 2018.
    name: 'coriant-groove-sysdescr',
    manufacturer: 'coriant',
    product: 'product',
    protocols: ['snmp'],
    keywords: [' coriant'],
    pattern: /^\S+ (?<product>Groove G\d+) (?<version>\d+(?:\.\d+)+) \d{4}-\d{2}-\d{2} Copyright \d{4} Coriant$/,
    examples: ['GSS-G3003000-BZ Groove G30 3.0.3 2018-07-10 Copyright 2018 Coriant'],
    source: LIBRENMS('infinera-groove.snmprec'),
  },
  {
    // Sonus's session border controllers (Ribbon's since Sonus and GENBAND combined) answer with
    // the product family under Sonus's name.
    name: 'ribbon-sonus-sbc-sysdescr',
    manufacturer: 'ribbon',
    product: 'Session Border Controller',
    protocols: ['snmp'],
    keywords: ['sonus sbc'],
    pattern: /^Sonus SBC\b/,
    examples: ['Sonus SBC Portfolio'],
    source: LIBRENMS('sonus-sbc.snmprec'),
  },
  {
    // Thunder is A10's appliance line and ACOS its operating system; the pattern needs both.
    name: 'a10-thunder-acos-sysdescr',
    manufacturer: 'a10-networks',
    product: 'product',
    protocols: ['snmp'],
    keywords: [', acos '],
    pattern: /^Thunder Series Unified Application Service Gateway (?<product>TH\w+), ACOS (?<version>\d+(?:\.\d+)+(?:-\w+)?)/,
    examples: ['Thunder Series Unified Application Service Gateway TH5630, ACOS 4.1.0-P5,'],
    source: LIBRENMS('acos.snmprec'),
  },
  {
    // The Ekinops 360 optical transport platform gives its name, the chassis and the release.
    name: 'ekinops-360-sysdescr',
    manufacturer: 'ekinops',
    product: 'product',
    protocols: ['snmp'],
    keywords: ['ekinops 360 platform'],
    pattern: /^Ekinops 360 Platform, (?<product>[A-Z0-9-]+), Release (?<version>\d+(?:\.\d+)+)/,
    examples: ['Ekinops 360 Platform, C600HC, Release 6.3.900'],
    source: LIBRENMS('ekinops.snmprec'),
  },

  // ---------------------------------------------------------------- Device login page titles in nuclei-templates (second sweep)
  {
    // FiberHome's ONTs title their login page with the maker's name alone (the AIS Fibre units too).
    name: 'fiberhome-title',
    manufacturer: 'fiberhome',
    product: 'ONT or home router',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['fiberhome'],
    pattern: /^FiberHome$/i,
    examples: ['Fiberhome'],
    source: NUCLEI('http/iot/fiberhome-router-detect.yaml', 'the title "<title>Fiberhome</title>" of the web management page of FiberHome routers and ONTs'),
  },
  {
    // Intelbras's routers title their login page with the brand alone. Intelbras sells other makers'
    // products under its name (Dahua's cameras among them); the title names the brand, and the OEM
    // relations decide who made a given model.
    name: 'intelbras-title',
    manufacturer: 'intelbras',
    product: 'router',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['intelbras'],
    pattern: /^Intelbras$/,
    examples: ['Intelbras'],
    source: NUCLEI('http/exposed-panels/intelbras-login.yaml', 'the router login page title "<title>Intelbras</title>" (Shodan title query "Intelbras")'),
  },
  {
    // ePMP, Cambium's point-to-multipoint radio line, titles its web interface with the line's name.
    name: 'cambium-epmp-title',
    manufacturer: 'cambium',
    product: 'ePMP radio',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['epmp'],
    pattern: /^ePMP$/,
    examples: ['ePMP'],
    source: NUCLEI('http/iot/epmp-login.yaml', 'the login page title "<title>ePMP</title>" of an ePMP 2000'),
  },
  {
    // The log-on page of APC's Network Management Card (UPSs and PDUs).
    name: 'apc-nmc-title',
    manufacturer: 'apc',
    product: 'Network Management Card (UPS or PDU)',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['apc | log on'],
    pattern: /^APC \| Log On$/,
    examples: ['APC | Log On'],
    source: NUCLEI('http/iot/apc-ups-login.yaml', 'the log-on page title "<title>APC | Log On</title>" (Shodan title query)'),
  },
  {
    // Grandstream's HandyTone adapters and phones title their configuration page with the maker.
    name: 'grandstream-config-title',
    manufacturer: 'grandstream',
    product: 'VoIP phone or analog telephone adapter',
    protocols: ['http', 'https'],
    fields: ['title'],
    keywords: ['grandstream device configuration'],
    pattern: /^Grandstream Device Configuration$/,
    examples: ['Grandstream Device Configuration'],
    source: NUCLEI('http/iot/grandstream-device-configuration.yaml', 'the title "<title>Grandstream Device Configuration</title>" (Shodan title query; an HT801 adapter)'),
  },
]
