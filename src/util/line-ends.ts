/**
 * True when the first line break of `text` is a carriage return alone: a file saved on a Mac by
 * Excel or an old editor, whose every line ends so. A CRLF, or a CR that ends the text, is none.
 */
export function endsLinesWithCr(text: string): boolean {
  const i = text.search(/[\r\n]/)
  return i !== -1 && text[i] === '\r' && i + 1 < text.length && text[i + 1] !== '\n'
}

/** The text of a file whose lines end in a carriage return alone with line feeds instead; any other text as it is. */
export function withLineFeeds(text: string): string {
  return endsLinesWithCr(text) ? text.replace(/\r\n?/g, '\n') : text
}
