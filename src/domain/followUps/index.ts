export * from './complaintFollowUp';
export * from './metrics';
