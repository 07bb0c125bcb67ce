/**
 * gzip-compressed inputs (a registry file as a server sends it, `oui.csv.gz`; a topology of the
 * Topology Zoo or CAIDA, `.graphml.gz`; a scanner's export or a rotated log, `.jsonl.gz`,
 * `.xml.gz`), read as the bytes they hold: told by their first bytes (1F 8B, RFC 1952 section 2.3.1)
 * whatever their name, and inflated with Node's zlib, as a stream where the plain file is streamed.
 */
import { constants as bufferConstants } from 'node:buffer'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { TrustpathError } from '../errors.js'

/** True when the bytes start as a gzip file does (ID1 = 1F, ID2 = 8B, RFC 1952). */
export function isGzip(start: Uint8Array): boolean {
  return start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b
}

/**
 * Layers of gzip taken off one input: a file compressed twice (a `.gz` a server sent compressed
 * again, saved as it came) is read too.
 */
const MAX_LAYERS = 4

/**
 * The largest text read whole from a compressed file (topologies, policies, registry files): the
 * longest string Node can hold. Without a cap a small file could inflate to fill the memory (gzip
 * compresses a run of one byte about 1,000 to 1).
 */
export const MAX_INFLATED_BYTES = bufferConstants.MAX_STRING_LENGTH

/** The refusal of a gzip file whose data does not inflate, with zlib's reason in words. */
function damaged(err: unknown, file: string, what: string): TrustpathError {
  const code = (err as { code?: string }).code
  // zlib says "unexpected end of file" (Z_BUF_ERROR) for data that stops before gzip's end.
  const truncated = code === 'Z_BUF_ERROR'
  const reason = truncated ? 'it ends before its compressed data does (cut short: an interrupted download or copy?)'
    : `its compressed data is damaged (${err instanceof Error ? err.message : String(err)})`
  return new TrustpathError('input_invalid', `the ${what} is a gzip file that cannot be decompressed: ${reason}`, {
    at: { file },
    cause: err,
    hint: truncated
      ? 'Download or copy the file again (gzip -t FILE checks a gzip file).'
      : 'Download or copy the file again, or compress it again from the original (gzip -t FILE checks a gzip file).',
  })
}

/**
 * The refusal of a gzip file with other data after its compressed data (gzip -t: "decompression OK,
 * trailing garbage ignored"): zlib reads it as the header of another member (files joined with
 * `cat a.gz b.gz` are read whole), and one that is not is either junk or a member whose header was
 * damaged, whose data would be lost unseen.
 */
function trailing(err: unknown, file: string, what: string): TrustpathError {
  return new TrustpathError('input_invalid', `the ${what} is a gzip file with other data after its compressed data, which is not read`, {
    at: { file },
    cause: err,
    hint: 'Check the file (gzip -t FILE says "trailing garbage ignored"); if nothing is missing, decompress it (gzip -dc FILE > NEW_FILE) and give the new file.',
  })
}

/** The refusal of a compressed file that inflates beyond what is read whole. */
function tooLarge(file: string, what: string, maxBytes: number): TrustpathError {
  return new TrustpathError('input_invalid', `the ${what} is larger than ${formatMiB(maxBytes)} once decompressed, more than is read`, {
    at: { file }, hint: 'Check that this is the intended file.',
  })
}

function formatMiB(bytes: number): string {
  return `${Math.floor(bytes / (1 << 20)).toLocaleString('en-US')} MiB`
}

/**
 * A whole file's bytes, inflated when they are gzip-compressed (twice compressed included), else
 * as they are; undefined when they inflate beyond `maxBytes`.
 *
 * @throws TrustpathError `input_invalid` for gzip data that does not inflate (damaged, cut short).
 */
export async function inflateWhole(bytes: Buffer, file: string, what: string, maxBytes = MAX_INFLATED_BYTES): Promise<Buffer | undefined> {
  for (let layer = 0; layer < MAX_LAYERS && isGzip(bytes); layer++) {
    const chunks: Buffer[] = []
    let size = 0
    // Through the stream's inflater, which tells data after the compressed data from damage; it
    // stops (and zlib with it) as soon as the text is larger than is read.
    for await (const chunk of inflating(bytes, NOTHING_MORE, file, what)) {
      size += chunk.length
      if (size > maxBytes) return undefined
      chunks.push(chunk)
    }
    bytes = Buffer.concat(chunks, size)
  }
  return bytes
}

/** The rest of an input read whole: none. */
const NOTHING_MORE: AsyncIterator<Buffer> = { next: async () => ({ done: true, value: undefined }) }

/** As `inflateWhole`, but a text beyond `maxBytes` is refused with `input_invalid`. */
export async function inflateWholeOrRefuse(bytes: Buffer, file: string, what: string, maxBytes = MAX_INFLATED_BYTES): Promise<Buffer> {
  const out = await inflateWhole(bytes, file, what, maxBytes)
  if (out === undefined) throw tooLarge(file, what, maxBytes)
  return out
}

/** Bytes of an inflated chunk: those of a chunk of the plain reader (read-inventory.ts). */
const INFLATED_CHUNK = 1 << 16

/** A stream of bytes from its first chunk on, inflated while it is gzip-compressed. */
export type InflatedStream = {
  /** The first chunk of the bytes held (undefined for none). */
  first: Buffer | undefined
  /** The chunks after `first`. */
  rest: AsyncIterator<Buffer>
  /** Whether the input was compressed. */
  compressed: boolean
  /** Bytes of the input taken so far (compressed ones for a compressed input), for a progress bar. */
  inputBytes(): number
}

/**
 * The chunks of an input, inflated as they come when its first bytes are gzip's (twice compressed
 * included), else as they are. Memory stays flat: zlib holds its window (32 KiB) and a chunk.
 * The error of a damaged or truncated file comes when the reading reaches it, at the end for a
 * file cut short: the caller writes its output so that nothing of it is kept (an -o file is
 * written whole or not at all).
 *
 * @throws TrustpathError `input_invalid` (from the iterator) for gzip data that does not inflate.
 */
export async function inflateStream(first: Buffer | undefined, rest: AsyncIterator<Buffer>, file: string, what: string): Promise<InflatedStream> {
  let taken = first?.length ?? 0
  const counted: AsyncIterator<Buffer> = {
    next: async () => {
      const r = await rest.next()
      if (r.done !== true) taken += r.value.length
      return r
    },
    return: async () => rest.return?.(undefined) ?? { done: true, value: undefined },
  }
  // A pipe may hand over a first chunk of one byte: the two that tell gzip are looked at together.
  let head = first
  while (head !== undefined && head.length < 2) {
    const r = await counted.next()
    if (r.done === true) break
    head = Buffer.concat([head, r.value])
  }
  let stream: InflatedStream = { first: head, rest: counted, compressed: false, inputBytes: () => taken }
  let source = counted
  for (let layer = 0; layer < MAX_LAYERS && stream.first !== undefined && isGzip(stream.first); layer++) {
    const inflated = inflating(stream.first, source, file, what)
    const next = await inflated.next()
    stream = { first: next.done === true ? undefined : next.value, rest: inflated, compressed: true, inputBytes: () => taken }
    source = inflated
  }
  return stream
}

/** The chunks of gzip data inflated; a read error of the input passes as it is, zlib's become `damaged`. */
async function* inflating(first: Buffer, rest: AsyncIterator<Buffer>, file: string, what: string): AsyncGenerator<Buffer> {
  const input = Readable.from((async function* () {
    yield first
    for (let r = await rest.next(); r.done !== true; r = await rest.next()) yield r.value
  })(), { objectMode: false })
  // Inflated chunks of the size the plain file is read in (zlib's default is 16 KiB): the parser's
  // work per chunk is then the same.
  const z = createGunzip({ chunkSize: INFLATED_CHUNK })
  let readError: unknown
  input.on('error', (err) => {
    readError = err
    z.destroy(err)
  })
  input.pipe(z)
  try {
    for await (const chunk of z) yield chunk as Buffer
  } catch (err) {
    if (readError !== undefined) throw readError
    // The input starts with gzip's 1F 8B, which zlib checks first: a header that fails its check
    // is one after the first member's end (zlib's inflate.c: "incorrect header check" is said of
    // the two first bytes only).
    if ((err as { code?: string }).code === 'Z_DATA_ERROR' && (err as Error).message === 'incorrect header check') throw trailing(err, file, what)
    throw damaged(err, file, what)
  } finally {
    input.destroy()
    z.destroy()
    await rest.return?.(undefined)
  }
}
