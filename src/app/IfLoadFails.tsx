import { Component, type ReactNode } from 'react';

interface Props {
  /** What shows instead of the children once they have failed. */
  fallback: ReactNode;
  /** Told once, when they fail (to carry on another way: a native confirm, plain notices). */
  onFail?: (error: unknown) => void;
  /** A new value tries the children again (a page slot: the next address). */
  resetKey?: unknown;
  children: ReactNode;
}

/**
 * Shows `fallback` instead of its children when they fail to render — in the console, when code
 * loaded on demand (React.lazy) cannot be fetched. Without a boundary React unmounts the whole
 * app; and the network failing is often why a notice or a retry is wanted at that moment.
 */
export class IfLoadFails extends Component<Props, { failed: boolean; resetKey: unknown }> {
  state = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: { resetKey: unknown }) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown) {
    this.props.onFail?.(error);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
