// @vitest-environment jsdom
import './setup';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FirstPageFirst,
  GATE_FALLBACK_MS,
  GATE_LONGEST_MS,
  PageShown,
  Secondary,
} from '../../src/app/firstPageFirst';

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

const controls = <Secondary standIn={<span>stand-in</span>}>controls</Secondary>;

describe('the first page first', () => {
  it('renders everything at once without a gate above (tests, later pages)', () => {
    render(controls);
    expect(screen.getByText('controls')).toBeTruthy();
    expect(screen.queryByText('stand-in')).toBeNull();
  });

  it('shows the stand-ins until the page has painted, then the controls', async () => {
    render(
      <FirstPageFirst>
        {controls}
        <PageShown />
      </FirstPageFirst>,
    );
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
    render(
      <FirstPageFirst>
        {controls}
        <PageShown />
      </FirstPageFirst>,
    );
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
