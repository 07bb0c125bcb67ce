/**
 * What the `ansible` command prints, saved as it printed it (`ansible switches -m ios_facts >
 * facts.txt`): for each host a line `<host> | SUCCESS => {` and the module's result as JSON over
 * the lines after it (the minimal callback's `%s | %s => %s`, ansible-core
 * lib/ansible/plugins/callback/minimal.py; `CHANGED` when the module changed something,
 * `FAILED!` and `UNREACHABLE!` when it did not run). A result holds the facts (`{"ansible_facts":
 * {"ansible_net_hostname": ..., "ansible_net_model": ..., "ansible_net_serialnum": ...},
 * "changed": false}`), read as the facts of a JSON file are (facts.ts). A host whose module failed
 * or was not reached gathered no facts: it is said, with its message, and skipped.
 *
 * The text was refused as a layout not read, its first line quoted as a CSV header.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { isObject } from './device-input.js'
import { LineSplitter } from './lines.js'
import type { RowParser, RowSink } from './rows.js'

/** The line that opens a host's result: the host, the status, and the start of the result. */
const RESULT_LINE = /^(\S+) \| (SUCCESS|CHANGED|FAILED!|UNREACHABLE!) => (.*)$/

/** Whether a text starts with a result line of the `ansible` command (see `RESULT_LINE`). */
export function isAnsibleOutputStart(text: string): boolean {
  const nl = text.indexOf('\n')
  const first = (nl === -1 ? text : text.slice(0, nl)).replace(/\r$/, '')
  return RESULT_LINE.test(first) && /=> \{\s*$|=> \{.*\}\s*$/.test(first)
}

/** Reads the results of the `ansible` command, one host's at a time (see the top of this file). */
export class AnsibleOutputParser implements RowParser {
  private readonly file: string
  private readonly lines = new LineSplitter()
  private line = 1
  /** The result being read: its host, status, where it starts, and its lines. */
  private result: { host: string; status: string; at: SourceLocation; text: string[] } | undefined

  constructor(file: string) {
    this.file = file
  }

  readonly readAs = "the output of the ansible command (<host> | SUCCESS => {...})"

  push(chunk: string, sink: RowSink): void {
    this.lines.push(chunk, (line) => this.read(line, sink))
  }

  end(sink: RowSink): void {
    this.lines.end((line) => this.read(line, sink))
    this.finish(sink)
  }

  private read(raw: string, sink: RowSink): void {
    const at = this.line++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const m = RESULT_LINE.exec(line)
    if (m !== null) {
      this.finish(sink)
      this.result = { host: m[1]!, status: m[2]!, at: { file: this.file, line: at }, text: [m[3]!] }
      return
    }
    // Lines before the first result (a prompt for a password, a warning) are no part of a result.
    this.result?.text.push(line)
  }

  /** Hands the result read on: its facts as a record, or a word on a host that gathered none. */
  private finish(sink: RowSink): void {
    const result = this.result
    this.result = undefined
    if (result === undefined) return
    const text = result.text.join('\n')
    // The result ends with its closing brace; what follows it (a blank line, a note) is not JSON.
    const end = text.lastIndexOf('}')
    let value: unknown
    try {
      value = JSON.parse(end < 0 ? text : text.slice(0, end + 1))
    } catch {
      value = undefined
    }
    if (result.status === 'FAILED!' || result.status === 'UNREACHABLE!' || !isObject(value)) {
      const msg = isObject(value) && typeof value['msg'] === 'string' ? value['msg'] : undefined
      sink.diagnostics.push({ code: 'host_without_result', severity: 'warning', at: result.at, host: result.host, status: result.status.replace(/!$/, ''), ...(msg !== undefined ? { message: msg } : {}) })
      return
    }
    sink.row(value, result.at)
  }
}
