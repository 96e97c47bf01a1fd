import { Weighted } from '../prng';
import type { Complaint, DepartmentKind, Severity } from '../types';
import type { ComplaintCategory } from './complaints';
import type { BranchType } from './services';

/** How complaints are spread: categories by branch type, severities, channels, departments, remedies. */

export const CATEGORY_WEIGHTS: Record<BranchType, [ComplaintCategory, number][]> = {
  postpartum_center: [
    ['service_attitude', 22],
    ['treatment_effect', 25],
    ['medical_safety', 6],
    ['billing_refund', 15],
    ['environment', 8],
    ['waiting_appointment', 14],
    ['privacy', 4],
    ['other', 6],
  ],
  beauty_salon: [
    ['service_attitude', 25],
    ['treatment_effect', 22],
    ['medical_safety', 3],
    ['billing_refund', 20],
    ['environment', 12],
    ['waiting_appointment', 10],
    ['privacy', 3],
    ['other', 5],
  ],
  aesthetic_clinic: [
    ['service_attitude', 18],
    ['treatment_effect', 22],
    ['medical_safety', 15],
    ['billing_refund', 18],
    ['environment', 5],
    ['waiting_appointment', 10],
    ['privacy', 7],
    ['other', 5],
  ],
};

export const SEVERITY_WEIGHTS: Partial<Record<ComplaintCategory, [Severity, number][]>> = {
  medical_safety: [
    ['minor', 5],
    ['general', 30],
    ['serious', 45],
    ['critical', 20],
  ],
  privacy: [
    ['minor', 10],
    ['general', 45],
    ['serious', 35],
    ['critical', 10],
  ],
};
export const DEFAULT_SEVERITY: [Severity, number][] = [
  ['minor', 35],
  ['general', 47],
  ['serious', 14],
  ['critical', 4],
];

export const CHANNELS = new Weighted<Complaint['channel']>([
  ['hotline', 35],
  ['on_site', 25],
  ['online', 20],
  ['email', 5],
  ['letter', 3],
  ['third_party', 12],
]);

export const INVOLVED: Record<ComplaintCategory, [DepartmentKind, number][]> = {
  service_attitude: [
    ['technical', 50],
    ['customer_service', 30],
    ['business', 20],
  ],
  treatment_effect: [
    ['technical', 70],
    ['medical', 30],
  ],
  medical_safety: [
    ['medical', 60],
    ['technical', 40],
  ],
  billing_refund: [
    ['business', 60],
    ['administration', 40],
  ],
  environment: [['administration', 1]],
  waiting_appointment: [['customer_service', 1]],
  privacy: [
    ['customer_service', 50],
    ['technical', 50],
  ],
  other: [
    ['administration', 50],
    ['customer_service', 50],
  ],
};

export const RESOLUTIONS: Record<ComplaintCategory, [NonNullable<Complaint['resolution']>, number][]> = {
  service_attitude: [
    ['apology', 70],
    ['process_improvement', 30],
  ],
  treatment_effect: [
    ['re_service', 45],
    ['refund', 25],
    ['compensation', 15],
    ['explanation', 15],
  ],
  medical_safety: [
    ['compensation', 40],
    ['re_service', 30],
    ['refund', 30],
  ],
  billing_refund: [
    ['refund', 50],
    ['explanation', 30],
    ['compensation', 20],
  ],
  environment: [
    ['process_improvement', 60],
    ['apology', 40],
  ],
  waiting_appointment: [
    ['apology', 50],
    ['process_improvement', 30],
    ['compensation', 20],
  ],
  privacy: [
    ['apology', 60],
    ['process_improvement', 40],
  ],
  other: [['explanation', 1]],
};

export const HANDLING_SATISFACTION = new Weighted([
  [5, 45],
  [4, 35],
  [3, 12],
  [2, 5],
  [1, 3],
]);

/** Typical refund by branch type, in yuan: [min, max]. */
export const REFUND_RANGE: Record<BranchType, [number, number]> = {
  postpartum_center: [300, 6000],
  beauty_salon: [150, 3000],
  aesthetic_clinic: [800, 15000],
};
