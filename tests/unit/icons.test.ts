import { describe, expect, it } from 'vitest';
import { GROUP_ICONS, ICONS } from '../../src/app/icons';
import { RESOURCES } from '../../src/resources';

describe('menu icons', () => {
  it('has every icon a declaration or a menu group names (listed one by one to keep the bundle small)', () => {
    const missing = [...RESOURCES.map((r) => r.icon), ...Object.values(GROUP_ICONS)].filter(
      (n) => !(n in ICONS),
    );
    expect(missing).toEqual([]);
  });
});
