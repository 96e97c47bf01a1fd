/**
 * What antd needs from a browser that jsdom lacks. Each UI test file imports this first
 * (with `// @vitest-environment jsdom` at its top), then renders.
 */
import '@ant-design/v5-patch-for-react-19';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../src/i18n';

/** A media query's answer that never changes (jsdom has no `matchMedia`). */
export function fixedMediaQuery(query: string, matches: boolean): MediaQueryList {
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  };
}

if (!window.matchMedia) {
  // A desktop window: antd's `min-width` breakpoints match (full pagination, not the simple one).
  window.matchMedia = (query: string) => fixedMediaQuery(query, /min-width/.test(query));
}

if (!('ResizeObserver' in window)) {
  class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver });
  Object.assign(globalThis, { ResizeObserver });
}

// jsdom matches every CSS rule antd injected against the element (slow: seconds per page)
// and throws on the pseudo-element antd passes; components here need no cascaded style, so
// the inline style stands for the computed one.
window.getComputedStyle = (elt: Element) => (elt as HTMLElement).style ?? document.createElement('div').style;

window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};
Element.prototype.scrollTo = () => {};

initI18n('zh');

// Role queries would compute the style of every ancestor to skip hidden elements: slow with
// antd's trees, and hidden (closed) popups are not what tests click anyway.
// findBy*/waitFor wait up to 10 s (not 1 s): antd pages render slowly on a busy 2-core machine,
// and a condition that never holds still fails, only later.
configure({ defaultHidden: true, asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
