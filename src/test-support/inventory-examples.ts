/** Inventory files the readers' tests read, shared by those tests and the broken-input tests that mutate them. */

/** LibreNMS keeps its test devices as snmpsim recordings: OID|TAG|VALUE, hex values tagged 4x. */
export const SNMPREC_RECORDING = `1.3.6.1.2.1.1.1.0|4|Huawei AR1220 Huawei Versatile Routing Platform Software  VRP (R) software,Version 5.120 (AR1220 V200R003C01SPC900) Copyright (C) 2011-2013 Huawei Technologies Co., Ltd
1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.2011.2.224.1
1.3.6.1.2.1.1.3.0|67|233425120
1.3.6.1.2.1.1.5.0|4|ar-ham-02
1.3.6.1.2.1.2.2.1.6.2|4x|00e0fc123459
`

/** Arista EOS \`show lldp neighbors detail\`: fields as a list, text in quotes. */
export const EOS_LLDP_NEIGHBORS_DETAIL = `leaf-1#show lldp neighbors detail
Interface Ethernet1 detected 1 LLDP neighbors:

  Neighbor 00e0.fc12.3456/10GE1/0/1, age 12 seconds
  Discovered 20 days, 3:02:11 ago; Last changed 20 days, 3:02:09 ago
  - Chassis ID type: MAC address (4)
    Chassis ID     : 00e0.fc12.3456
  - Port ID type: Interface name (5)
    Port ID     : "10GE1/0/1"
  - Time To Live: 120 seconds
  - Port Description: "to-leaf-1"
  - System Name: "agg-ber-2"
  - System Description: "Huawei Versatile Routing Platform Software
VRP (R) software, Version 8.191 (CE6881 V300R020C10SPC200)"
  - System Capabilities : Bridge, Router
    Enabled Capabilities: Bridge, Router
  - Management Address Subtype: IPv4 (1)
    Management Address        : 10.60.0.2
    Interface Number Subtype  : ifIndex (2)
    Interface Number          : 6
    OID String                :
  - IEEE802.1 Port VLAN ID: 1
  - IEEE802.3 Maximum Frame Size: 9216 bytes
`

export const C3640_SHOW_INVENTORY = `NAME: "3640 chassis", DESCR: "3640 chassis"
PID:                   , VID: 0xFF, SN: FF1045C5

NAME: "One port Fastethernet TX", DESCR: "One port Fastethernet TX"
PID: NM-1FE-TX=        , VID: 1.0, SN: 7720321

`

/**
 * Huawei SmartAX \`display ont info summary 0/2/11\`, as networktocode/ntc-templates tests/huawei_smartax/
 * display_ont_info_summary_ont/huawei_smartax_display_ont_info_summary_ont_2.raw has it (cut): an OLT's
 * table of its ONTs, aligned by spaces.
 */
export const SMARTAX_ONT_SUMMARY = [
  '  Command is being executed. Please wait',
  '  ------------------------------------------------------------------------------',
  '  In port 0/2/11, the total of ONTs are: 1, online: 1',
  '  ------------------------------------------------------------------------------',
  '  ONT  Run     Last                Last                Last                   ',
  '  ID   State   UpTime              DownTime            DownCause',
  '  ------------------------------------------------------------------------------',
  '  0    online  2000-01-06 07:43:46 -                   -                        ',
  '  ------------------------------------------------------------------------------',
  '  ONT        SN        Type          Distance Rx/Tx power  Description',
  '  ID                                    (m)      (dBm)',
  '  ------------------------------------------------------------------------------',
  '  0   1234567890ABCDEF EG8145X6-10      1     -7.92/2.21   huawei_ont_0         ',
  '  ------------------------------------------------------------------------------',
].join('\n')
