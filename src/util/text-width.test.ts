import { describe, expect, it } from 'vitest'
import { cutWidth, displayWidth, fitWidth, showControls, showControlsInLines } from './text-width.js'

describe('displayWidth', () => {
  it('counts two columns for a Chinese, Japanese or Korean character, none for a combining mark, one for the rest', () => {
    expect(displayWidth('Frankfurt')).toBe(9)
    expect(displayWidth('東京')).toBe(4)
    expect(displayWidth('大阪 (7)')).toBe(8)
    expect(displayWidth('서울')).toBe(4)
    expect(displayWidth('Zürich')).toBe(6)
    expect(displayWidth('Zu\u0308rich')).toBe(6) // ü as u and a combining diaeresis
    expect(displayWidth('Москва')).toBe(6)
  })
})

describe('fitWidth', () => {
  it('pads to a number of columns and cuts a wider text with an ellipsis, never in the middle of a wide character', () => {
    expect(fitWidth('東京', 6)).toBe('東京  ')
    expect(fitWidth('東京都千代田区', 6)).toBe('東京 …')
    expect(displayWidth(fitWidth('東京都千代田区', 6))).toBe(6)
    expect(cutWidth('東京', 3)).toBe('東 ')
  })
})

describe('showControls', () => {
  it('shows escape sequences, line breaks and bidirectional controls as their codes', () => {
    expect(showControls('cam\u001b[2J-1')).toBe('cam\\x1B[2J-1')
    expect(showControls('\u001b]8;;http://evil\u0007x')).toBe('\\x1B]8;;http://evil\\x07x')
    expect(showControls('evil\u202Eexe.txt')).toBe('evil\\u202Eexe.txt')
    expect(showControls('a\u2066b\u2069')).toBe('a\\u2066b\\u2069')
    expect(showControls('東京 Zürich')).toBe('東京 Zürich')
  })

  it('keeps the line breaks of a message of several lines', () => {
    expect(showControlsInLines('one\u001b[1A\ntwo\r')).toBe('one\\x1B[1A\ntwo\\x0D')
  })
})
