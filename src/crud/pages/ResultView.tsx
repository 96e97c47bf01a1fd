/* antd's Result (with its illustrations, ~10 KB gzipped) in a module of its own: `ListStates`
 * loads it only when a list fails to load. */
export { Result } from 'antd';
