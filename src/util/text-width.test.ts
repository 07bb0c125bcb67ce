import { describe, expect, it } from 'vitest'
import { cutWidth, displayWidth, fitWidth } from './text-width.js'

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
