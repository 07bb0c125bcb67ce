import type { ManufacturerSlug, Source } from '../domain/manufacturer.js'

/**
 * Software of device makers that is installed on other makers' computers: an agent on a domain
 * controller, a management console on a Windows server, a program run by a PC. A scanner names it
 * by its maker ("Fortinet SSO Collector Agent", "Sophos Message Router"), but the host is a server
 * or PC of any maker, so such a name is no evidence of the device's maker. Each entry says whose
 * software it is, with real product names a scanner gives and the source that says where it runs.
 */
export type HostSoftware = {
  /** Stable id, e.g. `fortinet-sso-collector-agent`. */
  name: string
  /** The maker of the software, when the entry is one maker's (its name is what the text gives). */
  manufacturer?: ManufacturerSlug
  /** What the software is and where it runs, in words. */
  product: string
  pattern: RegExp
  /** Names a scanner gave the software, copied from `source`; each matches `pattern`. */
  examples: readonly string[]
  source: Source
}

const NMAP_PROBES: Source = {
  title: 'Nmap service probe database (nmap-service-probes): the product names (p/) and application CPEs (cpe:/a:) of its match lines',
  url: 'https://github.com/nmap/nmap/blob/master/nmap-service-probes',
}

export const HOST_SOFTWARE: readonly HostSoftware[] = [
  {
    name: 'fortinet-sso-collector-agent',
    manufacturer: 'fortinet',
    product: 'Fortinet Single Sign-On collector agent (FSSO, formerly FSAE), installed on the directory servers whose logons it reports to a FortiGate',
    pattern: /^Fortinet (?:SSO Collector Agent|FSAE Server|Server Authentication Extension)\b/i,
    examples: ['Fortinet SSO Collector Agent', 'Fortinet FSAE Server', 'Fortinet Server Authentication Extension'],
    source: {
      title: 'FortiOS 6.0.0 CLI Reference, user fsso: "receive user group information from a Directory Service server equipped with the Fortinet Single Sign-On (FSSO) Agent. You can specify up to five computers on which an FSSO collector agent is installed" (product names from nmap-service-probes)',
      url: 'https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/563010/user-fsso',
    },
  },
  {
    name: 'palo-alto-networks-terminal-services-agent',
    manufacturer: 'palo-alto-networks',
    product: 'Palo Alto Networks Terminal Services agent, installed on terminal servers',
    pattern: /^Palo Alto Networks Terminal Services agent\b/i,
    examples: ['Palo Alto Networks Terminal Services agent'],
    source: { ...NMAP_PROBES, title: `${NMAP_PROBES.title}: "Palo Alto Networks Terminal Services agent", cpe:/a:paloaltonetworks:terminal_services_agent` },
  },
  {
    name: 'watchguard-sso-agent-and-quarantine-server',
    manufacturer: 'watchguard',
    product: 'WatchGuard Authentication Gateway (SSO agent) and Quarantine Server, applications on a Windows server',
    pattern: /^WatchGuard (?:Authentication Gateway SSO|Quarantine Server)\b/i,
    examples: ['WatchGuard Authentication Gateway SSO', 'WatchGuard Quarantine Server'],
    source: { ...NMAP_PROBES, title: `${NMAP_PROBES.title}: the SSO agent's greeting "Connected to the WatchGuard Authentication Gateway SSO agent", cpe:/a:watchguard:authentication_gateway and cpe:/a:watchguard:quarantine_server` },
  },
  {
    name: 'sophos-endpoint-software',
    manufacturer: 'sophos',
    product: 'Sophos Enterprise Console\'s message router and Sophos Anti-Virus, on the managed computers',
    pattern: /^Sophos (?:Message Router|Anti-Virus)\b/i,
    examples: ['Sophos Message Router', 'Sophos Anti-Virus Home http config'],
    source: { ...NMAP_PROBES, title: `${NMAP_PROBES.title}: "Sophos Message Router" with cpe:/a:sophos:enterprise_console, and "Sophos Anti-Virus Home http config"` },
  },
  {
    name: 'dirx-directory-server',
    manufacturer: 'siemens',
    product: 'DirX Directory, an LDAP and X.500 directory server installed on Windows or Linux servers',
    pattern: /^Siemens DirX\b/i,
    examples: ['Siemens DirX'],
    source: {
      title: 'DirX Directory 9.1 release notes, Installation: "Installation Procedure on Windows Platforms ... the default base directory is C:\\Program Files\\DirX\\Directory", and packages to install on Linux (the product name from nmap-service-probes)',
      url: 'https://docs.dirx.solutions/dirx-directory-docs/latest/release-notes/ch2_installation.html',
    },
  },
  {
    name: 'hikvision-ivms-4200',
    manufacturer: 'hikvision',
    product: 'iVMS-4200, Hikvision\'s client software for its recorders and cameras, installed on Windows and Mac computers',
    pattern: /^(?:Hikvision )?iVMS-4200\b/i,
    examples: ['iVMS-4200 Client Software', 'iVMS-4200 Client Software for Mac'],
    source: {
      title: 'Hikvision, iVMS-4200 Client Software User Manual (UD06350B, 2017; and the iVMS-4200 Client Software for Mac user manual, V2.0.0.5)',
      url: 'https://pdfslide.us/documents/user-manual-of-ivms-4200-user-manual-of-ivms-4200-ii-business-interruption-or.html',
    },
  },
  {
    name: 'huawei-esight',
    manufacturer: 'huawei',
    product: 'eSight, Huawei\'s network management software, installed on servers',
    pattern: /^(?:Huawei )?eSight\b/i,
    examples: ['eSight V300R010C00SPC600', 'eSight'],
    source: {
      title: 'Huawei, eSight V300R010C00SPC600 Product Description (2020): "provides configuration requirements" of the servers eSight is installed on, and its standalone and distributed deployment modes',
      url: 'https://ru.scribd.com/document/460645450/eSight-V300R010C00SPC600-Product-Description-06',
    },
  },
  {
    // A softphone or other client that names the computer's system in its User-Agent: a PC, a Mac, a
    // phone or a tablet of any maker runs it. A device's own agent is read by its pattern first.
    name: 'client-on-a-general-purpose-system',
    product: 'a client program on Windows, macOS, Android or iOS (a softphone\'s SIP User-Agent)',
    pattern: /\bWindows NT \d|\bAndroid\b|\biP(?:hone|ad)\d+,\d|\bMac OS X\b/i,
    examples: [
      'Avaya one-X Communicator/6.2.10.03 (Engine GA-2.2.0.3; Windows NT 6.2, 64-bit)',
      'Avaya Flare Engine/2.0.0 (Engine GA-2.0.0.41; Windows NT 6.2, 64-bit)',
      'Avaya Communicator Android/3.23.0 (FA-RELEASE68-BUILD.20; M2010J19CG)',
      'Avaya Aura Communicator Android/2.0.0 (FA-GRIZZLYINT-JOB1.218; Nexus 7)',
      'Avaya Flare Experience/2.0.1 (Custom; iPad2,1)',
      'Avaya Communicator for Mac/3.18.0.64.4 ((null)-(null); Avaya CSDK; MAC OS X)',
    ],
    source: {
      title: 'drgyl/sip, r2.x/src/traceWP.sh: an Avaya engineer\'s converter of the SIP logs of Avaya\'s Communicator, Equinox and Workplace clients, whose comments list the User-Agent each client sends on Windows, Mac, Android, iPhone and iPad',
      url: 'https://github.com/drgyl/sip/blob/master/r2.x/src/traceWP.sh',
    },
  },
  {
    // The program's file name says it: a Windows executable runs on a PC or server of any maker.
    name: 'windows-program',
    product: 'a service run by a Windows program (file name ending in .exe)',
    // Starts only where no word character or hyphen stands before it, so that a long run of them is
    // scanned once, not once from each word boundary inside it.
    pattern: /(?<![\w-])[\w-]+\.exe\b/i,
    examples: ['Panasonic mfpscdl.exe service'],
    source: { ...NMAP_PROBES, title: `${NMAP_PROBES.title}: "Panasonic mfpscdl.exe service"` },
  },
]

/** Whether a text names software that runs on other makers' computers (`HOST_SOFTWARE`). */
export function namesHostSoftware(text: string): boolean {
  const t = text.trim()
  return HOST_SOFTWARE.some((s) => s.pattern.test(t))
}
