export * from './complaintFollowUp';
export * from './metrics';
export * from './report';
