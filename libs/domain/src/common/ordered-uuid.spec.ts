import { orderedUuid } from './ordered-uuid.js';

describe('orderedUuid', () => {
  it('makes version 7 UUIDs with the current millisecond in front', () => {
    const before = Date.now();
    const id = orderedUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('sorts in the order it made them, many in one millisecond, all different', () => {
    const ids = Array.from({ length: 20_000 }, () => orderedUuid());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id, i) => i === 0 || ids[i - 1]! < id)).toBe(true);
  });
});
