export * from './types';
export * from './numbering';
export * from './deadlines';
export * from './lifecycle';
export * from './metrics';
export * from './breakdown';
export * from './messages';
