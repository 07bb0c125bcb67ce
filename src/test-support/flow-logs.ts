/**
 * Cuts of flow logs as the tools write them, for tests: nfdump 1.6's `-o csv` (its header, a
 * record's fields, its closing Summary block, as nfdump.c's PrintSummary prints it) and Zeek's
 * conn.log (its `#` lines as Zeek writes them).
 */

/** The header line of nfdump 1.6's `-o csv`. */
export const NFDUMP_HEADER = 'ts,te,td,sa,da,sp,dp,pr,flg,fwd,stos,ipkt,ibyt,opkt,obyt,in,out,sas,das,smk,dmk,dtos,dir,nh,nhb,svln,dvln,ismc,odmc,idmc,osmc,mpls1,mpls2,mpls3,mpls4,mpls5,mpls6,mpls7,mpls8,mpls9,mpls10,cl,sl,al,ra,eng,exid,tr'

/** The fields of an nfdump record after `ibyt`, as a router that fills none of them gives them. */
export const NFDUMP_TAIL = '0,0,2,3,0,0,0,0,0,0,0.0.0.0,0.0.0.0,0,0,00:00:00:00:00:00,00:00:00:00:00:00,00:00:00:00:00:00,00:00:00:00:00:00,0-0-0,0-0-0,0-0-0,0-0-0,0-0-0,0-0-0,0-0-0,0-0-0,0-0-0,0-0-0,0.000,0.000,0.000,10.0.0.1,0/0,1,1970-01-01 00:00:00.000'

/** An nfdump CSV record: times as nfdump writes them (`2026-11-20 12:00:00.000`), `ibyt` from `sa` to `da`. */
export function nfdumpRecord(ts: string, te: string, td: string, sa: string, da: string, ibyt: string | number): string {
  return `${ts},${te},${td},${sa},${da},51514,443,TCP,.AP.SF,0,0,900,${ibyt},${NFDUMP_TAIL}`
}

/** nfdump's closing block: `Summary`, its header, and the totals (which are no record). */
export const NFDUMP_SUMMARY = ['Summary', 'flows,bytes,packets,avg_bps,avg_pps,avg_bpp', '3,751000,1010,600800,101,743']

/** The `#` lines Zeek writes before a conn.log's records. */
export const ZEEK_CONN_HEADER = [
  '#separator \\x09', '#set_separator\t,', '#empty_field\t(empty)', '#unset_field\t-', '#path\tconn', '#open\t2026-11-20-12-00-00',
  '#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents',
  '#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tbool\tbool\tcount\tstring\tcount\tcount\tcount\tcount\tset[string]',
]
