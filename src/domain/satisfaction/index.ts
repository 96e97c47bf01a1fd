export * from './metrics';
export * from './responses';
export * from './template';
export * from './wilson';
export * from './report';
