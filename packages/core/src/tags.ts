export const TAG_PATTERN = /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u;
export const MAX_TAG_LENGTH = 40;

/** "Work conflict " → "work-conflict": tags are reusable, so they are kept in one spelling. */
export function normalizeTag(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_TAG_LENGTH)
    // The cut counts UTF-16 units, so it can split a character outside the BMP in half; drop the half.
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/-+$/g, '');
}
