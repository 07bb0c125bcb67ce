/**
 * A banner kept on one line with its line breaks written as `\r`, `\n`, `\t` or `\x0D` (as scanners
 * and `jq` export them into one CSV cell or line), with them turned back, so a captured response is
 * read header by header.
 *
 * @example
 * unescapeControls('RTSP/1.0 200 OK\\r\\nServer: Dahua Rtsp Server') // 'RTSP/1.0 200 OK\r\nServer: Dahua Rtsp Server'
 */
export function unescapeControls(s: string): string {
  return s.replace(/\\(?:r|n|t|x([0-9A-Fa-f]{2}))/g, (all, hex: string | undefined) =>
    hex !== undefined ? String.fromCharCode(Number.parseInt(hex, 16)) : all[1] === 'r' ? '\r' : all[1] === 'n' ? '\n' : '\t')
}
