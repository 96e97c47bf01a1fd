/** The console's brand colour, the same in both themes. */
export const BRAND_COLOR = '#c0487a';

/** antd design tokens the console sets over antd's defaults (both themes). */
export const THEME_TOKEN = { colorPrimary: BRAND_COLOR } as const;
