import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TrustpathError } from '../errors.js'
import { expectReadsBrokenInput, mutate, mutation } from '../test-support/broken-input.js'
import { buildWorkbook, textSheet } from '../test-support/workbook.js'
import { parseInventory, parseInventoryStream, parseWorkbookInventory } from './parse.js'
import type { InventoryFormat } from './rows.js'
import { C3640_SHOW_INVENTORY, EOS_LLDP_NEIGHBORS_DETAIL, SNMPREC_RECORDING } from '../test-support/inventory-examples.js'

/**
 * A small valid file of each inventory layout, the examples the layouts' own tests read (several
 * CSV, JSON and text layouts), with the file name and format they were read under.
 */
const SEEDS: readonly { file: string; format?: InventoryFormat; text: string }[] = [
  { file: 'x.txt', format: 'addresses', text: `some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
some other output
Protocol  Address          Age (min)  Hardware Addr   Type   Interface
Internet  10.20.0.11             12   00e0.fc12.3456  ARPA   Vlan20
` },
  { file: 'eos-ta367.cfg', text: `! Command: show running-config
! device: ta367 (DCS-7280SR2K-48C6-M, EOS-4.25.1F-20348152.oslorel (engineering build))
!
! boot system flash:/oslo-rel-20349931.swi
!
prompt %H.%D{%H:%M:%S}%P
terminal length 0
alias agents bash ls -lrt /var/log/agents/
alias c bash clear
alias cc clear counters
alias core bash ls -lrt /var/core/
!
vlan internal order ascending range 4020 4090
!
load-interval default 5
!
transceiver qsfp default-mode 4x10G
!
service routing protocols model multi-agent
!
logging console debugging
logging monitor debugging
!
hostname ta367
ip name-server vrf default 172.22.60.20
dns domain sjc.aristanetworks.com
!
ntp server 172.22.60.22
!
spanning-tree mode mstp
!
` },
  { file: 'vrpcfg.cfg', text: "!CfgFileCrc:0054487a\n!Software Version V600R024C00SPC500\n!Last configuration was updated at 2026-01-14 02:51:09 UTC by pccw2023\n!Last configuration was saved at 2026-01-14 06:03:30 UTC by pccw2023\n!MKHash f008008672db4ee500000000000000000000000000000000000000000000000000000000000000000000000000000000\n!grpc VRPV800R006C00B016D0127-0.0.1\n!kms_feature --\n!md_tlm VRPV800R006C00B016D0127-0.0.1\n!ntid --\n!said VRPV800R006C00B016D0127-0.0.1\n!telem VRPV800R006C00B016D0127-0.0.1\n!HmacDigest %+%##!!!!!!!!!\"!!!!#!!!!*!!!!7LTnVOK_g:NQ.b>*|&cF5*ToBtl1(K%_*`F!!!!!2jp5!!!!!!A!!!!q`IgR'}-K-%+-iLYK5U\"tQg'A^),&<M\\$6!WNDsQ%+%# 582e30cad991597f4544fddfc8c5a45d6db9c96cb269683fdb71ef89d269a914\n#\npki realm default\n#\nclock timezone HKT add 08:00:00\n#\nsysname edisdrcnsw02\n#\nundo ftp server source all-interface\nundo ftp ipv6 server source all-interface\n#\nundo set bridge-domain resource super-mode\n#\n" },
  { file: 'sw.cfg', text: `#
 version 5.20, Release 1110P01
#
 sysname H3C
#
 irf mac-address persistent timer
#
 lldp global enable
#
vlan 1
#
 stp global enable
#
interface NULL0
#
return
` },
  { file: 'switch.cfg', text: `Building configuration...

Current configuration : 3227 bytes
!
! Last configuration change at 22:04:19 UTC Sun Feb 23 2025 by huawei
!
version 15.2
service timestamps debug datetime msec
!
hostname Switch_1
!
end
` },
  { file: 'x.log', format: 'cli', text: `Info: session log
NAME: "Chassis", DESCR: "Cisco Catalyst 8000V Edge Chassis"
PID: C8000V            , VID: V00  , SN: 9XLWRY40A2V

NAME: "module R0", DESCR: "Cisco Catalyst 8000V Edge Route Processor"
PID: C8000V            , VID: V00  , SN: JAB1303001C

NAME: "module F0", DESCR: "Cisco Catalyst 8000V Edge Embedded Services Processor"
PID: C8000V            , VID:      , SN:            
` },
  { file: 'fw.conf', text: `#config-version=FGT91G-7.4.7-FW-build2731-250120:opmode=1:vdom=0:user=TACACS-USER
#buildno=2731
#global_vdom=1
config system global
    set admin-restrict-local enable
    set alias "FortiGate-91G"
    set hostname "TEST-FW1234"
    set lldp-reception enable
    set lldp-transmission enable
    set switch-controller enable
    set timezone "Europe/Berlin"
    set virtual-switch-vlan enable
end
config system interface
    edit "wan1"
        set vdom "root"
        set ip 192.0.2.2 255.255.255.240
        set allowaccess ping https ssh snmp http fgfm ftm
        set type physical
        set alias "outside"
        set monitor-bandwidth enable
        set role wan
        set snmp-index 1
        set speed 10000auto
    next
end
` },
  { file: 'assets.csv', text: `"Asset IP Address","Asset MAC Addresses","Asset Names","Asset OS Name"
"10.1.1.1","00:E0:FC:12:34:56","sw-core-01.example.net","Huawei VRP"
"10.1.1.3","00:E0:FC:12:34:99","","Huawei VRP"
` },
  { file: 'nautobot_devices.csv', format: 'csv', text: "# nautobot_import_version=3; model=dcim.device\r\nname,display,id,serial,asset_tag,device_type__manufacturer__name,device_type__model,status__name,role__name,tenant__name,platform__name,location__name,location__parent__name,primary_ip4__host,software_version__platform__name,software_version__version,parent_bay__device__name\r\nrt-fra-01,rt-fra-01,5e3b0c44-0000-4000-8000-000000000001,2102351234,NULL,Huawei,NE40E-X8,Active,Core Router,op-de,Huawei VRP,Frankfurt,Germany,192.0.2.1,Huawei VRP,V800R011C00,NoObject\r\nNULL,Hikvision DS-2CD2143G2-I (5e3b0c44),5e3b0c44-0000-4000-8000-000000000003,E12345678,NULL,Hikvision,DS-2CD2143G2-I,Active,IP Camera,NoObject,NoObject,Frankfurt,Germany,NoObject,NoObject,NoObject,NoObject\r\n" },
  { file: 'equipos.csv', format: 'csv', text: `Nombre del equipo,Dirección IP,Fabricante,Modelo
rt-mad-01,10.0.0.9,ZTE,ZXR10 5950
` },
  { file: 'nodes.csv', format: 'csv', text: "Node Name,IP Address,Vendor,Machine Type,Serial Number,MAC Address\r\nIPCamera,10.0.5.21,Hikvision,DS-2CD2143G2-I,J11111111,44:19:b6:00:00:21\r\nIPCamera,10.0.5.22,Hikvision,DS-2CD2143G2-I,J22222222,44:19:b6:00:00:22\r\nIPCamera,10.0.5.23,Dahua,,,3c:ef:8c:00:00:23\r\nIPCamera,10.0.5.22,Hikvision,DS-2CD2143G2-I,J22222222,44:19:b6:00:00:22\r\nIPCamera,10.0.5.24,Hikvision,,,\r\n" },
  { file: 'NE_Report.csv', format: 'csv', text: `NE Report;;
Save Time: 10/02/2026 04:00:46;;
User Name:admin;;
Total 1 Records;;
NE Name;NE Type;Software Version
FRA-PE-01;NE40E-X8;VRP5.160 V600R008C10
` },
  { file: 'hunter.csv', text: "ip,port,banner\n203.0.113.6,22,SSH-2.0-HUAWEI-1.5\n203.0.113.6,80,\"HTTP/1.1 200 OK\r\nServer: App-webs/\r\n\"\n" },
  { file: 'scan.csv', text: `IP,Ping,Hostname,Ports,Comments,Web detect,MAC Vendor,MAC Address
192.168.0.1,3 ms,router.local,80,[n/a],[n/a],CiscoSpv,E4:48:C7:EE:28:C2
192.168.0.20,2 ms,[n/a],80.554,[n/a],App-webs/,Hangzhou,C0:56:E3:12:34:56
192.168.0.21,1 ms,[n/a],[n/a],[n/a],[n/a],HuaweiTe,00:E0:FC:12:34:56
192.168.0.22,2 ms,nvr.local,80,[n/a],DNVRS-Webs,[n/a],[n/a]
192.168.0.30,[n/a],[n/s],[n/s],[n/s],[n/s],[n/s],[n/s]
` },
  { file: 'nodes.csv', format: 'csv', text: `NodeID,Caption,IP_Address,Vendor,MachineType,SysObjectID,IOSVersion,Location,DNS,Status
12,rt-fra-01,192.0.2.1,Huawei Technologies Co.,Huawei NE40E-X8,1.3.6.1.4.1.2011.2.62.2.3,8.180,Frankfurt,rt-fra-01.example.net,1
` },
  { file: 'site-b.csv', format: 'csv', text: `No.,Hostname,Manufacturer,Model
1,sw-b-01,Huawei,S5735-L24T4S-A1
2,,,
,,,
"Note: the gate cameras were replaced in 2025.",,,
` },
  { file: 'geraete.csv', format: 'csv', text: "Seriennummer;Gerätename;Verwaltet von;Hersteller;Modell;Betriebssystem\r\n7CN0220520001234;KIOSK-07;Intune;HUAWEI;MateBook D 14;Windows 11\r\n7XYZ123;PC-0042;Intune;Dell Inc.;OptiPlex 7090;Windows 11\r\n" },
  { file: 'scan.gnmap', text: `# Nmap 7.94 scan initiated Sun Nov 23 12:00:00 2026 as: nmap -v -sV -sU -sS -p 22,80,161,554 --script banner,http-server-header,http-title,snmp-sysdescr -oA scan 10.0.0.0/29
# Ports scanned: TCP(3;22,80,554) UDP(1;161) SCTP(0;) PROTOCOLS(0;)
Host: 10.0.0.0 ()	Status: Down
Host: 10.0.0.1 (rt-fra-01.example.net)	Status: Up
Host: 10.0.0.1 (rt-fra-01.example.net)	Ports: 22/open/tcp//ssh//Huawei VRP sshd/, 161/open/udp//snmp?///	Ignored State: closed (2)
Host: 10.0.0.5 ()	Status: Up
Host: 10.0.0.5 ()	Ports: 80/open/tcp//http//Hikvision IP camera httpd/, 554/open/tcp//rtsp///, 22/closed/tcp//ssh///, 161/closed/udp//snmp///
Host: 10.0.0.6 ()	Status: Down
Host: 10.0.0.7 ()	Status: Down
# Nmap done at Sun Nov 23 12:00:30 2026 -- 8 IP addresses (2 hosts up) scanned in 30.12 seconds
` },
  { file: 'x.jsonl', text: `{"id": "sw1", "group": "core", "confidence": 1, "rule": "x"}
` },
  { file: 'fingerprintx.jsonl', text: "{\"ip\":\"192.0.2.20\",\"port\":22,\"protocol\":\"ssh\",\"tls\":false,\"transport\":\"tcp\",\"metadata\":{\"banner\":\"SSH-2.0-HUAWEI-1.5\\r\\n\",\"passwordAuthEnabled\":true,\"algo\":\"\",\"technologies\":[\"openssh\"]}}\n{\"ip\":\"192.0.2.21\",\"port\":554,\"protocol\":\"rtsp\",\"tls\":false,\"transport\":\"tcp\",\"metadata\":{\"serverInfo\":\"Rtsp Server/3.0\"}}" },
  { file: 'armis.jsonl', text: `{"accessSwitch":"sw-core-1","boundaries":"Corporate","category":"Network Equipment","customProperties":{},"displayTitle":"cam-gate-2","id":469,"ipAddress":"192.0.2.60","ipv6":[],"macAddress":"C0:56:E3:00:00:02","manufacturer":"Hikvision","model":"DS-2CD2143G2-I","name":"cam-gate-2","names":"cam-gate-2","operatingSystem":"Embedded","operatingSystemVersion":"V5.7.3","riskLevel":80,"sensor":{"name":"sw-core-1","type":"Access Switch"},"site":{"location":"Geneva","name":"Geneva Enterprise"},"tags":["Camera"],"type":"IP Cameras","typeEnum":"IP_CAMERA"}
` },
  { file: 'assets.jsonl', text: `{"id":"bf707048-7ce9-4249-a58c-0aaa257d69f0","addresses":["192.0.2.3","fe80::2e0:fcff:fe12:3456"],"addresses_extra":[],"alive":true,"names":["sw-fra-01","sw-fra-01.example.net"],"macs":["00:e0:fc:12:34:56"],"mac_vendors":["Huawei Technologies Co.,Ltd"],"hw":"Huawei S5720","hw_vendor":"Huawei","os":"Huawei VRP","os_vendor":"Huawei","os_version":"5.170","type":"Switch","site_name":"Primary","tags":{"rack":"A3"},"service_count":3}
{"id":"c0707048-7ce9-4249-a58c-0aaa257d69f1","addresses":["192.0.2.4"],"names":[],"newest_mac":null,"mac_vendors":["Huawei Technologies Co.,Ltd"],"hw":"Huawei S5720","os":"Huawei VRP","type":"Switch"}
` },
  { file: 'whatweb.json', text: `[
{"target":"http://192.0.2.5","http_status":200,"request_config":{"headers":{"User-Agent":"WhatWeb/0.5.5"}},"plugins":{"HTTPServer":{"string":["DNVRS-Webs"]},"Hikvision":{},"IP":{"string":["192.0.2.5"]}}},
{}
]
` },
  { file: 'endpoints.json', text: `[{"id":"4c3d0e10-8c01-11e6-996c-525400b48521","name":"C0:56:E3:00:00:07","mac":"C0:56:E3:00:00:07","vendor":"Hikvision","productId":"DS-2CD2143G2-I","serialNumber":"E12345678","softwareRevision":"V5.7.3","hardwareRevision":"1.0","ipAddress":"192.0.2.7","deviceType":"IP Camera","profileId":"3a91a150-8c00-11e6-996c-525400b48521","groupId":"3a88eec0-8c00-11e6-996c-525400b48521"}]` },
  { file: 'assets.json', text: `[{"id":"bf707048-7ce9-4249-a58c-0aaa257d69f0","addresses":["192.0.2.3","fe80::2e0:fcff:fe12:3456"],"addresses_extra":[],"alive":true,"names":["sw-fra-01","sw-fra-01.example.net"],"macs":["00:e0:fc:12:34:56"],"mac_vendors":["Huawei Technologies Co.,Ltd"],"hw":"Huawei S5720","hw_vendor":"Huawei","os":"Huawei VRP","os_vendor":"Huawei","os_version":"5.170","type":"Switch","site_name":"Primary","tags":{"rack":"A3"},"service_count":3},{"id":"c0707048-7ce9-4249-a58c-0aaa257d69f1","addresses":["192.0.2.4"],"names":[],"newest_mac":null,"mac_vendors":["Huawei Technologies Co.,Ltd"],"hw":"Huawei S5720","os":"Huawei VRP","type":"Switch"}]` },
  { file: 'leakix.json', text: "[{\"event_type\":\"leak\",\"event_source\":\"DotEnvConfigPlugin\",\"ip\":\"203.0.113.9\",\"host\":\"site1.example.com\",\"port\":\"8080\",\"protocol\":\"https\",\"summary\":\"Env config file found:\\n\\n XYZ=\\n\",\"http\":{\"root\":\"/site1\",\"url\":\"/site1/.env\",\"status\":200,\"header\":{\"Content-Type\":\"application/text\"}}}]" },
  { file: 'hosts.json', text: `{"jsonrpc": "2.0", "result": [{"hostid": "10501", "host": "sw-9", "description": "Replaces the Huawei S5720 taken out in 2023"}], "id": 1}` },
  { file: 'host.json', text: `{"ip":"198.51.100.7","services":[{"port":22,"service_name":"SSH","banner":"","software":[{"vendor":"Huawei"}]}],"location":{"country":"Germany","coordinates":{"latitude":50.11,"longitude":8.68}},"dns":{"reverse_dns":{"names":["rt1.example.net"]}},"operating_system":{"vendor":"Huawei","product":"VRP"},"autonomous_system":{"asn":64500,"name":"EXAMPLE"}}` },
  { file: 'zoomeye.json', text: "{\"total\":1,\"matches\":[{\"ip\":\"203.0.113.7\",\"portinfo\":{\"port\":80,\"service\":\"http\",\"app\":\"Hikvision IP camera httpd\",\"banner\":\"HTTP/1.1 200 OK\\r\\nServer: DNVRS-Webs\\r\\n\\r\\n\",\"hostname\":\"\",\"device\":\"webcam\",\"os\":\"\"}}]}" },
  { file: 'hosts.json', text: `{"results":[{"attrs":{"name":"sw-core-1","address":"10.0.0.1","display_name":"Core switch","vars":{"os":"Huawei VRP"}},"joins":{},"meta":{},"name":"sw-core-1","type":"Host"},{"attrs":{"name":"cam-1","address":"10.0.0.3"},"joins":{},"meta":{},"name":"cam-1","type":"Host"}]}` },
  { file: 'stat-device.json', text: `{"meta":{"rc":"ok"},"data":[{"_id":"5f1a2b3c4d5e6f7a8b9c0d1e","ip":"192.0.2.2","mac":"74:83:c2:00:00:01","model":"US48P500","type":"usw","version":"6.5.59.14777","adopted":true,"name":"sw-core","serial":"7483C2000001"}]}` },
  { file: 'zabbix_export_hosts.json', text: `{"zabbix_export": {"version": "7.0", "hosts": [{"host": "core-sw-01", "name": "core-sw-01", "inventory": {"vendor": "Huawei"}}]}}` },
  { file: 'dhcpd.leases', text: "# The format of this file is documented in the dhcpd.leases(5) manual page.\n# This lease file was written by isc-dhcp-4.4.3-P1\n\nauthoring-byte-order little-endian;\n\nserver-duid \"\\000\\001\\000\\001%>\\347\\000\\000\\026>\\336\\233\\260\";\n\nlease 192.168.10.50 {\n  starts 3 2026/01/07 09:58:13;\n  ends 3 2026/01/07 21:58:13;\n  cltt 3 2026/01/07 09:58:13;\n  binding state active;\n  next binding state free;\n  hardware ethernet 00:e0:fc:12:34:56;\n  uid \"\\001\\000\\340\\374\\0224V\";\n  set vendor-class-identifier = \"HUAWEI:android:ELS-NX9\";\n  client-hostname \"ont-living\";\n}\nlease 192.168.10.51 {\n  starts 3 2026/01/07 10:00:42;\n  ends 3 2026/01/07 10:05:42;\n  binding state free;\n  hardware ethernet 3c:ef:8c:aa:bb:01;\n}\nlease 192.168.10.52 {\n  starts 3 2026/01/07 10:03:12;\n  binding state abandoned;\n}\nfailover peer \"dhcp-failover\" state {\n  my state normal at 3 2026/01/07 09:00:00;\n  partner state normal at 3 2026/01/07 09:00:00;\n}\nlease 192.168.10.53 {\n  hardware ethernet 00:e0:fc:12:34;\n}\nlease 192.168.10.50 {\n  starts 3 2026/01/07 10:08:12;\n  binding state active;\n  hardware ethernet 00:e0:fc:12:34:56;\n  client-hostname \"ont-living\";\n}\n" },
  { file: 'dnsmasq.leases', text: `1767780000 00:e0:fc:12:34:56 192.168.1.50 ont-living 01:00:e0:fc:12:34:56
1767780000 3c:ef:8c:aa:bb:01 192.168.1.64 * *
duid 00:01:00:01:2c:5b:1a:9e:00:e0:fc:12:34:56
1767780000 1234567 2001:db8::50 laptop 00:01:00:01:2c:5b:1a:9e:08:00:27:5a:87:bc
` },
  { file: 'scan.lst', format: 'masscan', text: "#masscan\nopen tcp 22 192.0.2.1 1700000000\nopen tcp 80 192.0.2.64 1700000001\nopen tcp 443 192.0.2.64 1700000001\nopen tcp 23 192.0.2.9 1700000002\nbanner tcp 22 192.0.2.1 1700000003 ssh SSH-2.0-HUAWEI-1.5\nbanner tcp 80 192.0.2.64 1700000004 http.server App-webs/\nbanner tcp 80 192.0.2.64 1700000004 title Document Error: Unauthorized\nbanner tcp 443 192.0.2.64 1700000005 X509 MIIDdzCCAl+gAwIBAgIE\nbanner tcp 23 192.0.2.9 1700000006 telnet \\x0d\\x0aWarning: Telnet is not a secure protocol\\x0d\\x0aLogin authentication\\x0d\\x0a\nopen tcp 443 192.0.2.200 1700000007\n# end\n" },
  { file: 'scan.out', format: 'masscan', text: `{   "ip": "192.0.2.1",   "timestamp": "1700000003", "ports": [ {"port": 22, "proto": "tcp", "service": {"name": "ssh", "banner": "SSH-2.0-HUAWEI-1.5"} } ] }
` },
  { file: 'scan.ndjson', text: `{   "ip": "192.0.2.7",   "timestamp": "1700000000", "ports": [ {"port": 22, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": 64} ] }
{   "ip": "192.0.2.7",   "timestamp": "1700000001", "ports": [ {"port": 22, "proto": "tcp", "service": {"name": "ssh", "banner": "SSH-2.0-HUAWEI-1.5"} } ] }
{   "ip": "192.0.2.8",   "timestamp": "1700000002", "ports": [ {"port": 80, "proto": "tcp", "service": {"name": "http.server", "banner": "DNVRS-Webs"} } ] }` },
  { file: 'pe-1.example.net', text: `!RANCID-CONTENT-TYPE: vrp
!
!Chassis type: NE40E-X2-M8A
!
#
sysname pe-1
#
return
` },
  { file: 'lab.example.net', text: `# RANCID-CONTENT-TYPE: juniper
#
# lab> show version
# fpc0:
# -------------------------------------------------------------------------
# Hostname: lab
# Model: mx240
# Junos: 13.3R1.4
# JUNOS Base OS boot [13.3R1.4]
# JUNOS Base OS Software Suite [13.3R1.4]
#
system {
    host-name lab;
}
` },
  { file: 'lab.example.net', text: `#RANCID-CONTENT-TYPE: juniper
#
# lab> show version
# fpc0:
# -------------------------------------------------------------------------
# Hostname: lab
# Model: mx240
# Junos: 13.3R1.4
# JUNOS Base OS boot [13.3R1.4]
# JUNOS Base OS Software Suite [13.3R1.4]
#
system {
    host-name lab;
}
` },
  { file: 'scan.out', format: 'nmap', text: `

# Nmap 7.94 scan initiated Sun Nov 23 12:00:00 2026 as: nmap -v -sV -sU -sS -p 22,80,161,554 --script banner,http-server-header,http-title,snmp-sysdescr -oA scan 10.0.0.0/29
# Ports scanned: TCP(3;22,80,554) UDP(1;161) SCTP(0;) PROTOCOLS(0;)
Host: 10.0.0.0 ()	Status: Down
Host: 10.0.0.1 (rt-fra-01.example.net)	Status: Up
Host: 10.0.0.1 (rt-fra-01.example.net)	Ports: 22/open/tcp//ssh//Huawei VRP sshd/, 161/open/udp//snmp?///	Ignored State: closed (2)
Host: 10.0.0.5 ()	Status: Up
Host: 10.0.0.5 ()	Ports: 80/open/tcp//http//Hikvision IP camera httpd/, 554/open/tcp//rtsp///, 22/closed/tcp//ssh///, 161/closed/udp//snmp///
Host: 10.0.0.6 ()	Status: Down
Host: 10.0.0.7 ()	Status: Down
# Nmap done at Sun Nov 23 12:00:30 2026 -- 8 IP addresses (2 hosts up) scanned in 30.12 seconds
` },
  { file: 'scan.txt', format: 'nmap', text: `Completed NSE at 19:46, 0.03s elapsed
Nmap scan report for 192.168.2.3
Host is up (0.00053s latency).
Not shown: 995 closed ports
PORT     STATE SERVICE    VERSION
23/tcp   open  telnet
| fingerprint-strings: 
|   GenericLines: 
|     CAMERA login: 
|_    ^YIP CAMERA login:
843/tcp  open  unknown
8001/tcp open  rtsp
` },
  { file: 'rancid-cisco-router1', text: "!RANCID-CONTENT-TYPE: cisco\r\n!\r\n!Chassis type: WS-C4948E\r\n!CPU: MPC8548, MPC8548 CPU at 1GHz, Cisco Catalyst 4948E\r\n!\r\n!Memory: main 1048576K\r\n!Memory: nvram 511K\r\n!\r\n!Processor ID: CAT1451S15C\r\n!\r\n!Image: Software: cat4500e-ENTSERVICESK9-M, 12.2(54)SG1, RELEASE SOFTWARE (fc1)\r\n!Image: Compiled: Thu 27-Jan-11 12:07 by prod_rel_team\r\n!Image: bootflash:cat4500e-entservicesk9-mz.122-54.SG1.bin\r\n!\r\n!\r\nversion 12.2\r\n!\r\nhostname router1\r\n!\r\nend\r\n" },
  { file: '-', text: "# The format of this file is documented in the dhcpd.leases(5) manual page.\n# This lease file was written by isc-dhcp-4.4.3-P1\n\nauthoring-byte-order little-endian;\n\nserver-duid \"\\000\\001\\000\\001%>\\347\\000\\000\\026>\\336\\233\\260\";\n\nlease 192.168.10.50 {\n  starts 3 2026/01/07 09:58:13;\n  ends 3 2026/01/07 21:58:13;\n  cltt 3 2026/01/07 09:58:13;\n  binding state active;\n  next binding state free;\n  hardware ethernet 00:e0:fc:12:34:56;\n  uid \"\\001\\000\\340\\374\\0224V\";\n  set vendor-class-identifier = \"HUAWEI:android:ELS-NX9\";\n  client-hostname \"ont-living\";\n}\nlease 192.168.10.51 {\n  starts 3 2026/01/07 10:00:42;\n  ends 3 2026/01/07 10:05:42;\n  binding state free;\n  hardware ethernet 3c:ef:8c:aa:bb:01;\n}\nlease 192.168.10.52 {\n  starts 3 2026/01/07 10:03:12;\n  binding state abandoned;\n}\nfailover peer \"dhcp-failover\" state {\n  my state normal at 3 2026/01/07 09:00:00;\n  partner state normal at 3 2026/01/07 09:00:00;\n}\nlease 192.168.10.53 {\n  hardware ethernet 00:e0:fc:12:34;\n}\nlease 192.168.10.50 {\n  starts 3 2026/01/07 10:08:12;\n  binding state active;\n  hardware ethernet 00:e0:fc:12:34:56;\n  client-hostname \"ont-living\";\n}\n" },
  { file: '<stdin>', text: `<HUAWEI>display arp
IP ADDRESS      MAC ADDRESS     EXPIRE(M) TYPE        INTERFACE      VPN-INSTANCE
------------------------------------------------------------------------------
10.0.0.1        00e0-fc12-3456  20        D-0         GE0/0/1
` },
  { file: '<stdin>', text: "﻿ID,Name,site,Role,network,Vendor,model,Serial Number,mac,sysObjectID,sys_descr,banner_ssh,banner_http_server,banner_rtsp,banner_sip_user-agent,firmware_version,firmware-sha256,components,manufactured,purpose,latitude,lon\r\nd1,rt-fra-01,fra,Core,op-de,Huawei,NE40E-X8,2102351931P0K9000123,00:E0:FC:12:34:56;00-e0-fc-12-34-57,1.3.6.1.4.1.2011.2.62,\"Huawei Versatile Routing Platform Software, VRP (R) software, Version 8.180\",SSH-2.0-HUAWEI-1.5,,,,V800R011C00,9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08,,2018-03-14,,,\r\nd2,cam-ber-07,ber,camera,op-de,Acme Vision,AV-IPC-2,,bcad.2800.0007,,,,App-webs/,\"RTSP/1.0 \"\"Hikvision\"\" server, rev 2\",,,,HiSilicon:Hi3516:soc,,government-facility-security,52.52,13.405\r\nd3,enb-muc-3,muc,ran,op-de,ZTE,ZXSDR B8200,,00:19:c6:aa:bb:cc,.1.3.6.1.4.1.3902.1015,\"ZTE eNodeB\nmulti-line sysDescr\",,,,,,,ZTE:ZX279:radio;Sanechips::soc,,,,\r\nd4,sw-ham-1,,access,,Cisco,C9300-48P,,,1.3.6.1.4.1.9.1.2494,,SSH-2.0-Cisco-1.25,,,Cisco-SIPGateway/IOS-15.x,,,,,,,\r\nd5,\"Zürich “edge”, ünïcode ✓ 𝔘\",,,op-ch,,,,001b21010203,,,,,,,,,,,,,\r\n" },
  { file: '<stdin>', text: `sw1#show running-config
Building configuration...

Current configuration : 3227 bytes
!
hostname sw1
!
end
sw1#show inventory
NAME: "Chassis", DESCR: "Cisco Catalyst 8000V Edge Chassis"
PID: C8000V            , VID: V00  , SN: 9XLWRY40A2V
` },
  { file: 'respaldo.rsc', text: `# nov/14/2022 17:12:03 by RouterOS 6.49.7
# software id = YGJJ-SCRS
#
# model = 951Ui-2HnD
# serial number = 80F107CBF935
/interface bridge
` },
  { file: 'qfx.set', text: `set version 20200609.165031.6_builder.r1115480
set system host-name Juniper-WH9999
set system root-authentication encrypted-password "Iad4SuTPw4p63/7b9QcmcBU4TuGxvS4xg2vywBM5St8BM0iqlbbbgeJCBawpoa."
deactivate system scripts commit
set system scripts commit file commit_diff.py optional
set interfaces et-0/0/0 unit 0 family inet dhcp vendor-id Juniper-qfx5200-32c-32q
set snmp description QFX5200-lab
` },
  { file: 'qfx.set', text: `set version 20.4R3-S2.6
set system host-name Juniper-WH9999
set system root-authentication encrypted-password "Iad4SuTPw4p63/7b9QcmcBU4TuGxvS4xg2vywBM5St8BM0iqlbbbgeJCBawpoa."
deactivate system scripts commit
set system scripts commit file commit_diff.py optional
set interfaces et-0/0/0 unit 0 family inet dhcp vendor-id Juniper-qfx5200-32c-32q
set snmp description QFX5200-lab
` },
  { file: 'a.snmprec', text: `1.3.6.1.2.1.25.1.4.0|4|root=/dev/md0 syno_hw_version=DS414r1 ihd_num=4
` },
  { file: 'dump.dat', format: 'snmpwalk', text: SNMPREC_RECORDING },
  { file: 'sw.txt', text: `! Cisco IOS XE Software, Version 17.09.04a
! 
! Image: Software: CAT9K_LITE_IOSXE, 17.9.4a, RELEASE SOFTWARE (fc3)
! Image: Compiled: Fri 20-Oct-23 10:33 by mcpre
! Image: flash:cat9k_lite_iosxe.17.09.04a.SPA.bin
! Chassis type: C9200L-24P-4G
! Memory: main 519464K/3071K
! Processor ID: JAE24FFFFFF
! CPU: ARM64
! Memory: nvram 2048K
! 
! 
!
! Last configuration change at 09:37:40 CEST Tue Aug 20 2024 by huawei
! NVRAM config last updated at 09:37:37 CEST Tue Aug 20 2024 by oxidized
!
version 17.9
service timestamps debug datetime localtime show-timezone year
service timestamps log datetime localtime show-timezone year
service password-encryption
!
hostname LAB-SW123_9200L
!
!
vrf definition Mgmt-vrf
 !
 address-family ipv4
 exit-address-family
 !
 address-family ipv6
 exit-address-family
!
` },
  { file: 'get.txt', text: `.1.3.6.1.2.1.1.5.0 = STRING: a
.1.3.6.1.2.1.1.1.0 = STRING: Huawei AR1220
` },
  { file: 'fing.txt', text: `2018/08/29 04:31:35;up;192.168.1.74;;iongmacario;02:04:4B:00:B5:0A;
2018/08/29 04:31:36;up;192.168.1.65;;;D8:58:D7:00:5E:42;CZ.NIC, z.s.p.o.
2018/08/29 04:31:36;up;192.168.1.67;;;B8:27:EB:FC:20:00;Raspberry Pi
2018/08/29 04:31:40;up;192.168.1.253;;;C6:EA:1D:46:E0:98;
2018/08/29 04:31:40;up;192.168.1.254;;_gateway;C4:EA:1D:46:E0:98;Technicolor
2018/08/29 04:32:35;up;192.168.1.74;;iongmacario;02:04:4B:00:B5:0A;
2018/08/29 04:32:36;up;192.168.1.65;;;D8:58:D7:00:5E:42;CZ.NIC, z.s.p.o.
` },
  { file: 'scan.txt', text: `? (192.168.1.1) at 0:e0:fc:12:34:56 on en0 ifscope [ethernet]
cam1.lan (192.168.1.64) at 54:8c:81:aa:bb:1 on en0 ifscope [ethernet]
` },
  { file: 'table.txt', text: `lease 192.168.10.60 {
  hardware ethernet 00:e0:fc:12:34:56;
}
lease 192.168.10.60 {
  hardware ethernet 3c:ef:8c:aa:bb:01;
}
` },
  { file: 'nbtscan.txt', text: `Doing NBT name scan for addresses from 10.0.2.0/24

IP address       NetBIOS Name     Server    User             MAC address      
------------------------------------------------------------------------------
10.0.2.0	Sendto failed: Permission denied
10.0.2.10        <unknown>                  <unknown>        
10.0.2.15        METASPLOITABLE   <server>  METASPLOITABLE   00-00-00-00-00-00
10.0.2.18        TEST01		  <server>  TEST01	     00-11-21-22-1d-4d
10.0.2.45        NVR-LOBBY        <server>  <unknown>        c0:56:e3:12:34:56
` },
  { file: 'leaf-1.txt', text: EOS_LLDP_NEIGHBORS_DETAIL },
  { file: 'device.txt', text: `myt-d1# show inventory
NAME: "Chassis",  DESCR: "Nexus7700 C7718 (18 Slot) Chassis "   
PID: N77-C7718           ,  VID: V01 ,  SN: JAF1820AEQL         

NAME: "Slot 1",  DESCR: "100 Gbps Ethernet Module"             
PID: N77-F312CK-26       ,  VID: V01 ,  SN: JAE18210B3B         

NAME: "Slot 9",  DESCR: "Supervisor Module-2"                  
PID: N77-SUP2E           ,  VID: V02 ,  SN: JAE185100JY         
` },
  { file: 'device.txt', text: `leaf1#show version
Arista CCS-720XP-24ZY4-F
Hardware version: 11.00
Serial number: JPE11400249
Hardware MAC address: fcbd.67c7.ffe7
System MAC address: fcbd.67c7.ffe7

Software image version: 4.27.6M
lab@mx1> show version
fpc0:
-------------------------------------------------------------------------
Hostname: lab
Model: mx240
Junos: 13.3R1.4
JUNOS Base OS boot [13.3R1.4]
JUNOS Base OS Software Suite [13.3R1.4]
` },
  { file: 'r3640.txt', text: C3640_SHOW_INVENTORY },
  { file: 'r.xml', text: `<?xml version="1.0" encoding="UTF-8"?>
<NexposeReport version="2.0"><scans><scan id="1" name="s" status="finished"/></scans><nodes>
<node address="10.0.0.8" status="alive" hardware-address="bc:ad:28:00:00:08"><names><name>CAM-GATE</name></names><endpoints><endpoint protocol="tcp" port="8443" status="open"><services><service name="HTTPS"><configuration><config name="http.banner">DNVRS-Webs</config></configuration></service></services></endpoint></endpoints></node>
</nodes><VulnerabilityDefinitions/></NexposeReport>
` },
  { file: 'report.xml', text: `<report id="r"><report id="r"><results>
<result id="a"><host>10.0.0.3</host><port>161/udp</port><nvt oid="1.3.6.1.4.1.25623.1.0.103416"><name>SNMP sysDescr Detection and Reporting</name></nvt><threat>Log</threat>
<description>The following SNMP sysDescr (OID: 1.3.6.1.2.1.1.1.0) was extracted from the remote device:

ZXR10 ROS Version V4.08.23 ZXR10_M6000</description></result>
<result id="b"><host>10.0.0.3</host><nvt oid="x"><name>SNMP Information Detection and Reporting</name></nvt><description>The following SNMP information was extracted from the remote device:
  Manufacturer Name (OID: 1.3.6.1.2.1.47.1.1.1.1.12.1) :   ZTE Corporation
  Model Name (OID: 1.3.6.1.2.1.47.1.1.1.1.13.1) :          ZXR10 M6000-8S</description></result>
</results><host><ip>10.0.0.3</ip><detail><name>App</name><value>cpe:/h:example:router</value></detail></host></report></report>` },
  { file: 'whatweb.xml', text: `<log>
<target>
	<uri>http://jenkins.cs.int</uri>
	<http-status>301</http-status>
	<request-config>
	</request-config>
	<plugin>
		<name>HTTPServer</name>
		<os>Ubuntu Linux</os>
		<string>nginx/1.4.6 (Ubuntu)</string>
	</plugin>
	<plugin>
		<name>Title</name>
		<string>301 Moved Permanently</string>
	</plugin>
	<plugin>
		<name>nginx</name>
		<version>1.4.6</version>
	</plugin>
</target>
</log>
` },
  // GLPI Agent's network discovery (glpi-project/glpi, tests/fixtures/inventories/01-switch_discovery.xml, cut).
  { file: 'netdiscovery.xml', text: `<?xml version="1.0" encoding="UTF-8" ?>
<REQUEST>
  <CONTENT>
    <DEVICE>
      <DESCRIPTION>SG200-26 26-Port Gigabit Smart Switch</DESCRIPTION>
      <IP>192.168.1.252</IP>
      <IPS>
        <IP>192.168.1.252</IP>
        <IP>10.30.152.14</IP>
      </IPS>
      <MAC>10:bd:18:bc:d0:7c</MAC>
      <MANUFACTURER>Cisco</MANUFACTURER>
      <MODEL>SG200-26</MODEL>
      <SERIAL>TY678DFB</SERIAL>
      <SNMPHOSTNAME>switch_moon</SNMPHOSTNAME>
      <TYPE>NETWORKING</TYPE>
    </DEVICE>
  </CONTENT>
  <QUERY>NETDISCOVERY</QUERY>
</REQUEST>
` },
  { file: 'sv.xml', text: `<nmaprun><host><status state="up"/><address addr="192.0.2.1" addrtype="ipv4"/><ports><port protocol="tcp" portid="22"><service name="ssh" product="Huawei VRP sshd" extrainfo="protocol 2.0" method="probed" conf="10"/></port><port protocol="tcp" portid="443"><service name="http" product="Hikvision IP camera httpd" version="2.0" tunnel="ssl" method="probed" conf="10"/></port><port protocol="tcp" portid="80"><service name="http" product="nginx" method="table" conf="3"/></port></ports></host></nmaprun>` },
]

/** Reads a workbook to the end, as the CLI does. */
function readWorkbook(bytes: Uint8Array): void {
  for (const batch of parseWorkbookInventory(bytes, { file: 'assets.xlsx' })) void batch
}

describe('inventory readers given broken files', () => {
  it('start from files they read with no error', () => {
    for (const s of SEEDS) {
      const r = parseInventory(s.text, s)
      expect({ file: s.file, read: r.devices.length > 0, errors: r.diagnostics.filter((d) => d.severity === 'error') }).toEqual({ file: s.file, read: true, errors: [] })
    }
  })

  for (const [i, s] of SEEDS.entries()) {
    it(`refuse or read ${s.file} (${i + 1}) cut, edited or garbled, never crash`, () => {
      expectReadsBrokenInput((text) => parseInventory(text, s), s.text, { runs: 40, seed: i + 1 })
    })
  }

  it('refuse or read a broken CSV, JSON array or JSON Lines piped in chunks, never crash', async () => {
    const texts = SEEDS.filter((s) => /\.(?:csv|json|jsonl)$/.test(s.file)).slice(0, 6)
    for (const s of texts) {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation(s.text), { minLength: 1, maxLength: 3 }), fc.array(fc.nat({ max: s.text.length }), { maxLength: 6 }), async (ms, cuts) => {
          const text = ms.reduce(mutate, s.text)
          const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b)
          const chunks = [0, ...points].map((from, k) => text.slice(from, [...points, text.length][k]))
          try {
            for await (const batch of parseInventoryStream(chunks, { file: '<stdin>' })) void batch
          } catch (err) {
            if (!(err instanceof TrustpathError)) throw err
          }
        }),
        { numRuns: 30, seed: 7 },
      )
    }
  })

  it('refuse or read a workbook whose sheet XML is cut, edited or garbled, never crash', () => {
    const { sheet, strings } = textSheet('Devices', [
      ['Hostname', 'Manufacturer', 'Model', 'MAC Address', 'Purchase Date'],
      ['sw-1', 'Huawei', 'S5720-28X-LI-AC', '00:e0:fc:12:34:56', '2021-03-04'],
      ['cam-7', 'Hikvision', 'DS-2CD2143G0-I', 'bc:ad:28:00:00:07', ''],
    ])
    expectReadsBrokenInput((rows) => readWorkbook(buildWorkbook({ sheets: [{ name: 'Devices', rows }], strings })), sheet.rows, { runs: 100, cutStep: 5 })
  })

  it('refuse a workbook whose bytes are cut or flipped with an error, never crash', () => {
    const { sheet, strings } = textSheet('Devices', [['Hostname', 'Manufacturer'], ['sw-1', 'Huawei']])
    const bytes = buildWorkbook({ sheets: [sheet], strings })
    fc.assert(
      fc.property(fc.nat({ max: bytes.length }), fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.nat({ max: 255 })), { maxLength: 4 }), (cut, flips) => {
        const broken = bytes.slice(0, cut === 0 ? bytes.length : cut)
        for (const [at, byte] of flips) if (at < broken.length) broken[at] = byte
        try {
          readWorkbook(broken)
        } catch (err) {
          if (!(err instanceof TrustpathError)) throw err
        }
      }),
      { numRuns: 300, seed: 3 },
    )
  })
})
