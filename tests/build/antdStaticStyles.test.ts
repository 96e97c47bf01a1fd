import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { antdStaticStyles } from '../../src/app/antdStaticStyles';

/**
 * The build's antd stylesheet (vite.config.ts). Made in a child process in production mode, as
 * `vite build` makes it: antd's style runtime fixes its class-name prefix when first loaded,
 * and this test process runs in test mode.
 */
function stylesheet(): string {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--eval',
      "import('./src/app/antdStaticStyles.ts').then((m) => process.stdout.write(m.antdStaticStyles()))",
    ],
    { env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe('the antd stylesheet of the build', () => {
  const css = stylesheet();

  it('lists the styles it holds for antd’s runtime, the frame’s and the list’s components among them', () => {
    const map = /\.data-ant-cssinjs-cache-path\{content:"([^"]+)";\}/.exec(css)?.[1];
    expect(map).toBeDefined();
    const components = new Set(map!.split(';').map((entry) => entry.split('|')[1]));
    for (const name of [
      'Layout-Layout',
      'Menu-Menu',
      'Button-Button',
      'Table-Table',
      'Form-Form',
      'Select-Select',
    ])
      expect(components).toContain(name);
  });

  it('uses the production class names and the brand colour of the light theme', () => {
    expect(css).toMatch(/:where\(\.css-[a-z0-9]+\)\.ant-btn/);
    expect(css).not.toContain('css-dev-only');
    expect(css).toMatch(/\.ant-btn-variant-solid\{[^}]*background:#c0487a/);
    // The status tags of the lists (a complaint's state): made here, not by the runtime at the first row.
    for (const status of ['success', 'processing', 'warning', 'error'])
      expect(css).toContain(`.ant-tag-${status}`);
  });

  it('refuses to be made in development mode, whose class names differ', () => {
    expect(process.env.NODE_ENV).not.toBe('production');
    expect(() => antdStaticStyles()).toThrow(/production/);
  });
});
