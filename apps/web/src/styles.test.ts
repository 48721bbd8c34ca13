// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// jsdom draws nothing, so axe cannot judge contrast; the palette is checked here against WCAG 2.2 AA.
const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
const colour = (name: string): string => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)![1];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(colour(a)), luminance(colour(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('palette', () => {
  it.each([
    ['ink', 'paper'],
    ['muted', 'paper'],
    ['muted', 'tint'],
    ['accent', 'paper'],
    ['accent-ink', 'accent'],
    ['bad', 'paper'],
    ['good', 'paper'],
  ])('gives text in %s on %s a contrast of at least 4.5:1', (text, background) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus ring at 3:1 or more against the page, and in white on the header', () => {
    expect(contrast('focus', 'paper')).toBeGreaterThanOrEqual(3);
    expect(css).toMatch(/header :focus-visible \{\s*outline-color: var\(--accent-ink\);/);
  });
});
