/**
 * The pager prompts a router's terminal leaves in a saved session when paging was not turned off
 * (`screen-length 0 temporary` on Huawei, `terminal length 0` on Cisco): the prompt and the control
 * characters that erased it, so that the line it cut reads as the device printed it.
 *
 * - Huawei VRP (and H3C): `  ---- More ----`, then `ESC[42D`, the blanks that overwrite it and
 *   `ESC[42D` again, before the rest of the line.
 * - Cisco IOS: ` --More-- `, then backspaces, blanks and backspaces (`\b\b\b\b\b\b\b\b\b         \b\b\b\b\b\b\b\b\b`).
 */
// The erasing runs are as long as the prompt (42 columns on Huawei, 9 or 10 on Cisco): bounded, so
// that a long run of blanks or backspaces that erases nothing is passed over in one look at each.
const PAGER_PROMPTS = /(?:-{2,4} ?More ?-{2,4}[ \t]{0,8})?\x1b\[\d{1,3}D[ \t]{0,80}\x1b\[\d{1,3}D|(?:--More--[ \t]{0,8})?\x08{1,80}[ \t]{1,80}\x08{1,80}/g

/** `text` without the pager prompts of a saved terminal session (see above); any other text as it is. */
export function withoutPagerPrompts(text: string): string {
  // Only an erase sequence marks a pager prompt: a text without control characters is left alone.
  if (!text.includes('\x1b') && !text.includes('\x08')) return text
  return text.replace(PAGER_PROMPTS, '')
}
