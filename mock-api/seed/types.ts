import type { BranchType, ServiceCategory } from './content/services';
import type { ComplaintCategory } from './content/complaints';

/**
 * The records the seed writes, typed as the contract of DOMAIN.md describes them. The
 * resource declarations in `src/resources/` are the authority: the seed's test validates every
 * record against them, so a drift between these shapes and a declaration fails a test.
 */
export type Id = number;
export type Gender = 'female' | 'male';
export type RoleGroup = 'sales' | 'technical' | 'customer_service' | 'administration' | 'consulting';
export type DepartmentKind =
  'administration' | 'business' | 'technical' | 'customer_service' | 'consulting' | 'medical';

export interface Branch {
  id: Id;
  code: string;
  name: string;
  city: string;
  type: BranchType;
  openedOn: string;
  active: boolean;
}

export interface Department {
  id: Id;
  branchId: Id;
  name: string;
  kind: DepartmentKind;
}

export interface Team {
  id: Id;
  branchId: Id;
  name: string;
  leaderId: Id;
}

export interface Employee {
  id: Id;
  employeeNo: string;
  name: string;
  gender: Gender;
  phone: string;
  branchId: Id;
  departmentId: Id;
  teamId: Id;
  position: string;
  roleGroup: RoleGroup;
  baseSalary: number;
  hiredOn: string;
  leftOn: string | null;
}

export interface Customer {
  id: Id;
  customerNo: string;
  name: string;
  gender: Gender;
  birthDate: string;
  phone: string;
  occupation: string;
  address: string;
  branchId: Id;
  source: 'walk_in' | 'referral' | 'online' | 'phone' | 'event';
  memberLevel: 'none' | 'silver' | 'gold' | 'vip';
  consentToContact: boolean;
  notes: string | null;
}

export interface ServiceItem {
  id: Id;
  code: string;
  name: string;
  category: ServiceCategory;
  price: number;
  durationMin: number;
  active: boolean;
}

export interface ContractLine {
  serviceItemId: Id;
  sessions: number;
  unitPrice: number;
}

export type PaymentMethod = 'cash' | 'card' | 'wechat' | 'alipay' | 'transfer';

export interface Contract {
  id: Id;
  contractNo: string;
  customerId: Id;
  branchId: Id;
  salesRepId: Id;
  lines: ContractLine[];
  total: number;
  deposit: number;
  paid: number;
  paymentMethod: PaymentMethod;
  signedOn: string;
  startsOn: string;
  endsOn: string;
  status: 'draft' | 'active' | 'completed' | 'cancelled' | 'refunded';
}

export interface Appointment {
  id: Id;
  customerId: Id;
  branchId: Id;
  serviceItemId: Id;
  staffId: Id;
  room: string;
  startAt: string;
  endAt: string;
  status: 'booked' | 'confirmed' | 'arrived' | 'completed' | 'no_show' | 'cancelled';
  confirmedAt: string | null;
}

export interface CareRecord {
  id: Id;
  customerId: Id;
  branchId: Id;
  appointmentId: Id | null;
  serviceItemId: Id;
  staffId: Id;
  performedAt: string;
  effect: string;
  reaction: string;
  advice: string;
}

export type ConsultationChannel = 'online_chat' | 'phone' | 'website_booking' | 'message_board' | 'email';
export type ConsultationOutcome = 'none' | 'screening_booked' | 'registered_visit' | 'surgery';

export interface Consultation {
  id: Id;
  branchId: Id;
  consultantId: Id;
  channel: ConsultationChannel;
  prospectName: string;
  prospectContact: string;
  question: string;
  receivedAt: string;
  answeredAt: string | null;
  outcome: ConsultationOutcome;
  surgeryFee: number | null;
}

export interface FollowUp {
  id: Id;
  customerId: Id;
  branchId: Id;
  subjectType: 'care-record' | 'contract' | 'complaint';
  subjectId: Id;
  staffId: Id;
  dueOn: string;
  doneAt: string | null;
  method: 'phone' | 'sms' | 'wechat' | 'visit';
  result: 'reached' | 'unreachable' | 'refused' | null;
  notes: string | null;
}

export interface SurveyResponse {
  id: Id;
  templateId: Id;
  branchId: Id;
  customerId: Id | null;
  staffId: Id | null;
  serviceItemId: Id | null;
  channel: 'face_to_face' | 'online' | 'phone';
  submittedAt: string;
  scores: Record<string, number>;
  nps: number | null;
  comment: string | null;
  valid: boolean;
  invalidReason: 'incomplete' | 'duplicate' | 'test' | 'careless' | 'other' | null;
}

export type ComplaintStatus =
  'received' | 'acknowledged' | 'investigating' | 'resolved' | 'closed' | 'withdrawn' | 'invalid';

export type Severity = 'minor' | 'general' | 'serious' | 'critical';

export interface HistoryEntry {
  at: string;
  from: ComplaintStatus | null;
  to: ComplaintStatus;
  byUserId: Id;
  note: string | null;
}

export interface Complaint {
  id: Id;
  complaintNo: string;
  branchId: Id;
  customerId: Id | null;
  complainantName: string;
  complainantPhone: string;
  channel: 'hotline' | 'email' | 'online' | 'on_site' | 'letter' | 'third_party';
  category: ComplaintCategory;
  severity: Severity;
  receivedAt: string;
  description: string;
  desiredRemedy: string | null;
  involvedDepartmentId: Id | null;
  involvedStaffIds: Id[];
  handlerId: Id;
  status: ComplaintStatus;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  respondDueAt: string;
  resolveDueAt: string;
  rootCause: string | null;
  resolution:
    'apology' | 'refund' | 're_service' | 'compensation' | 'process_improvement' | 'explanation' | null;
  refundAmount: number | null;
  responsibleStaffIds: Id[];
  handlingSatisfaction: number | null;
  reopenedCount: number;
  history: HistoryEntry[];
}

export interface Sanction {
  id: Id;
  employeeId: Id;
  kind: 'reward' | 'penalty';
  level: 'commendation' | 'warning' | 'minor_demerit' | 'major_demerit' | 'dismissal';
  reason: string;
  complaintId: Id | null;
  amount: number | null;
  decidedOn: string;
  approvedById: Id;
}

export interface InspectionItem {
  item: string;
  passed: boolean;
  note: string | null;
}

export interface Inspection {
  id: Id;
  branchId: Id;
  kind: 'self_check' | 'quality_team' | 'admin_rounds';
  inspectorId: Id;
  inspectedOn: string;
  items: InspectionItem[];
  score: number;
  findings: string | null;
  rectifyBy: string | null;
  rectifiedAt: string | null;
}

export interface AppraisalEvent {
  id: Id;
  employeeId: Id;
  ruleId: Id;
  occurredOn: string;
  count: number;
  fee: number | null;
  note: string | null;
  recordedById: Id | null;
  consultationId?: Id | null;
}

export interface MonthlyAward {
  id: Id;
  month: string;
  teamId: Id;
  rank: number;
  employeeId: Id;
  amount: number;
}

export interface MonthlyAppraisal {
  id: Id;
  employeeId: Id;
  month: string;
  selfScores: Record<string, number>;
  supervisorScores: Record<string, number>;
  autoValues: Record<string, number>;
  finalScore: number | null;
  grade: string | null;
  status: 'self_pending' | 'supervisor_pending' | 'confirmed';
  comments: string | null;
}

export interface AnnualAppraisal {
  id: Id;
  employeeId: Id;
  year: number;
  monthlyMean: number;
  adjustment: number;
  finalScore: number;
  grade: string;
}

export interface TrainingSession {
  id: Id;
  branchId: Id;
  topic: string;
  category: 'skills' | 'service_awareness' | 'management' | 'safety';
  method: 'internal' | 'external' | 'online';
  trainerName: string;
  heldOn: string;
  hours: number;
  attendeeIds: Id[];
}

export interface TrainingAssessment {
  id: Id;
  sessionId: Id;
  employeeId: Id;
  theoryScore: number;
  practicalScore: number;
  performanceScore: number;
  total: number;
  passed: boolean;
  retakeOfId: Id | null;
}

export type Role = 'admin' | 'manager' | 'cs_staff' | 'quality_supervisor' | 'finance' | 'therapist';

export interface User {
  id: Id;
  username: string;
  displayName: string;
  role: Role;
  branchIds: Id[];
  employeeId: Id | null;
  active: boolean;
  /** Salted scrypt hash of the demo password (mock-api/auth/password.ts). */
  passwordHash: string;
}
