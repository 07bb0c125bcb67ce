import { readFile } from 'node:fs/promises'
import { TrustpathError } from '../errors.js'

/** Reads a whole UTF-8 text file, or fails with `input_unreadable` naming the file. */
export async function readTextFile(path: string, what = 'file'): Promise<string> {
  try {
    const text = await readFile(path, 'utf8')
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    throw new TrustpathError('input_unreadable', `cannot read the ${what}` +
      (code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a directory' : code === 'EACCES' ? ': permission denied' : ''), {
      at: { file: path }, cause, hint: 'Check the path.',
    })
  }
}
