/** A saxes error message without its `line:column:` prefix and final period (the diagnostic has both). */
export function xmlProblem(err: Error): string {
  return err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')
}

/**
 * The name of the root element of an XML document from its start, skipping the declaration,
 * processing instructions, comments and a DOCTYPE (with its internal subset); undefined when the
 * text ends before it, '' when what comes first is no element.
 */
export function xmlRootName(text: string): string | undefined {
  let i = 0
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++
    if (i >= text.length) return undefined
    if (text[i] !== '<') return ''
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i)
      if (end < 0) return undefined
      i = end + 2
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i)
      if (end < 0) return undefined
      i = end + 3
    } else if (text.startsWith('<!', i)) {
      const bracket = text.indexOf('[', i)
      const close = text.indexOf('>', i)
      if (close < 0) return undefined
      if (bracket >= 0 && bracket < close) {
        const end = text.indexOf(']', bracket)
        const after = end < 0 ? -1 : text.indexOf('>', end)
        if (after < 0) return undefined
        i = after + 1
      } else i = close + 1
    } else {
      // The name is whole once a character that cannot be in it follows (a chunk may end inside it).
      const m = /^<([A-Za-z_][\w.:-]*)([^\w.:-])?/.exec(text.slice(i, i + 256))
      // (a chunk may also end right after the `<`)
      if (m === null) return i + 1 >= text.length ? undefined : ''
      return m[2] === undefined && text.length - i < 256 ? undefined : m[1]!
    }
  }
}
