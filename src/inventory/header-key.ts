/** How column headers are compared, by columns.ts and nms-parts.ts alike. */

/**
 * Headers are compared on their letters and digits only, without case: `Sys Object ID` =
 * `sys_object_id` = `sysObjectID`, `Model No.` = `model_no`, `S/N` = `sn`; after Unicode NFKC, so
 * full-width letters and half-width katakana read as a user reads them (`ＭＡＣアドレス` =
 * `MACアドレス`, `ｼﾘｱﾙ番号` = `シリアル番号`). A katakana word's closing long-vowel mark is dropped,
 * as Japanese technical writing drops it and everyday writing keeps it: `メーカー` = `メーカ`.
 */
export function headerKey(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/(?<=\p{Script=Katakana})ー(?!\p{Script=Katakana})/gu, '').replace(/[^\p{L}\p{N}]+/gu, '')
}
