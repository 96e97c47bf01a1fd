// @vitest-environment jsdom
import './setup';
import { act, render, screen } from '@testing-library/react';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FirstPageFirst,
  GATE_FALLBACK_MS,
  GATE_LONGEST_MS,
  PageShown,
  AfterFirstPaint,
} from '../../src/app/firstPageFirst';
import { ThemedConfigProvider } from '../../src/app/theme';

/** Frame callbacks held until the test runs them, as a browser runs them before a paint. */
let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const controls = <AfterFirstPaint standIn={<span>stand-in</span>}>controls</AfterFirstPaint>;
/** The controls on a first page that says it is shown. */
const firstPage = (
  <FirstPageFirst>
    {controls}
    <PageShown />
  </FirstPageFirst>
);

describe('the first page first', () => {
  it('renders everything at once without a gate above (tests, later pages)', () => {
    render(controls);
    expect(screen.getByText('controls')).toBeTruthy();
    expect(screen.queryByText('stand-in')).toBeNull();
  });

  it('shows the stand-ins until the page has painted, then the controls', async () => {
    render(firstPage);
    expect(screen.getByText('stand-in')).toBeTruthy();
    expect(screen.queryByText('controls')).toBeNull();
    // The frame before the paint: still the stand-ins; the timer it sets runs after the paint.
    expect(frames).toHaveLength(1);
    act(() => frames[0](0));
    expect(screen.queryByText('controls')).toBeNull();
    await act(async () => vi.advanceTimersByTime(0));
    expect(screen.getByText('controls')).toBeTruthy();
    expect(screen.queryByText('stand-in')).toBeNull();
  });

  it('opens after its fallback when no frame comes (a page opened in a background tab)', async () => {
    render(firstPage);
    await act(async () => vi.advanceTimersByTime(GATE_FALLBACK_MS - 1));
    expect(screen.queryByText('controls')).toBeNull();
    await act(async () => vi.advanceTimersByTime(1));
    expect(screen.getByText('controls')).toBeTruthy();
  });

  it('waits for a page, but not for ever', async () => {
    render(<FirstPageFirst>{controls}</FirstPageFirst>);
    await act(async () => vi.advanceTimersByTime(GATE_LONGEST_MS - 1));
    expect(frames).toHaveLength(0);
    expect(screen.queryByText('controls')).toBeNull();
    await act(async () => vi.advanceTimersByTime(1));
    expect(screen.getByText('controls')).toBeTruthy();
  });

  it('opens in React’s strict mode, which runs the effects twice', async () => {
    render(
      <StrictMode>
        <FirstPageFirst>
          {controls}
          <PageShown />
        </FirstPageFirst>
      </StrictMode>,
    );
    expect(screen.getByText('stand-in')).toBeTruthy();
    act(() => frames.forEach((frame) => frame(0)));
    await act(async () => vi.advanceTimersByTime(0));
    expect(screen.getByText('controls')).toBeTruthy();
  });

  it('renders everything at once in the dark theme (the stand-ins are drawn by the light sheet)', () => {
    localStorage.setItem('sq.theme', 'dark');
    try {
      render(
        <ThemedConfigProvider locale={zhCN}>
          <FirstPageFirst>{controls}</FirstPageFirst>
        </ThemedConfigProvider>,
      );
      expect(screen.getByText('controls')).toBeTruthy();
    } finally {
      localStorage.removeItem('sq.theme');
    }
  });

  it('stays open for the pages after the first', async () => {
    const view = render(
      <FirstPageFirst>
        {controls}
        <PageShown key="first" />
      </FirstPageFirst>,
    );
    await act(async () => vi.advanceTimersByTime(GATE_FALLBACK_MS));
    view.rerender(
      <FirstPageFirst>
        {controls}
        <PageShown key="next" />
      </FirstPageFirst>,
    );
    expect(screen.getByText('controls')).toBeTruthy();
    expect(frames).toHaveLength(1);
  });
});
