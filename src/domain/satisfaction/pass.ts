import { byNewest, lowScoreOf, summaryOf, type LowScore, type SatisfactionSummary } from './metrics';
import { onScale, toScore, type ResponseRecord } from './responses';
import { normaliseTemplate, type NormalisedTemplate, type TemplateRecord } from './template';

/**
 * The satisfaction metrics of `metrics.ts` (`scoreResponses`, `Tally`, `lowScores`) for the
 * report's pass over a month of responses (`monthParts.ts`): each response is read once, its
 * validity, overall rating and dimension scores worked out into a scratch buffer, and added to
 * the running totals of every group it falls in. Dimensions are counted by their index in the
 * report's keys in typed arrays, not in a Map per group. The arithmetic is that of `metrics.ts`;
 * the months' totals are then added up (`SummaryTally.add`), so a figure over several months
 * may differ from `metrics.ts`'s in its last bits, never more
 * (tests/unit/satisfactionReportFast.test.ts compares the two over the demo seed).
 */

/** Tolerance of the rating thresholds (see `metrics.ts`). */
const EPSILON = 1e-9;

/** A template as the pass reads it: each dimension with its index among the report's keys. */
interface TemplatePlan {
  template: NormalisedTemplate;
  keyIndex: Int32Array;
}

/** One response's part in the figures, in buffers reused from response to response. */
export class ScoredScratch {
  counts = false;
  satisfied = false;
  overall: number | null = null;
  /** The template of the response scored (undefined: none), so `lowScore` need not look it up. */
  template: NormalisedTemplate | undefined = undefined;
  /** Dimension scores (0–100) of the valid response: `count` entries of key index and score. */
  count = 0;
  readonly keyIndex: Int32Array;
  readonly score: Float64Array;
  readonly share: Float64Array;

  constructor(maxDimensions: number) {
    this.keyIndex = new Int32Array(maxDimensions);
    this.score = new Float64Array(maxDimensions);
    this.share = new Float64Array(maxDimensions);
  }
}

/** Scores responses against their templates, the rules of `countsAsValid` and `overallRating`. */
export class ResponseScorer {
  private readonly plans = new Map<number, TemplatePlan>();
  /** The template of the last response scored: nearly every response uses the one before's. */
  private lastId: number | undefined = undefined;
  private lastPlan: TemplatePlan | undefined = undefined;
  readonly scratch: ScoredScratch;

  constructor(templates: readonly TemplateRecord[], keys: readonly string[]) {
    const index = new Map(keys.map((k, i) => [k, i]));
    let most = 0;
    for (const record of templates) {
      const template = normaliseTemplate(record);
      most = Math.max(most, template.dimensions.length);
      this.plans.set(template.id, {
        template,
        keyIndex: Int32Array.from(template.dimensions, (d) => index.get(d.key) ?? -1),
      });
    }
    this.scratch = new ScoredScratch(most);
  }

  template(id: number): NormalisedTemplate | undefined {
    return this.plans.get(id)?.template;
  }

  /** Fills `scratch` for one response and returns it (valid only until the next call). */
  score(r: ResponseRecord): ScoredScratch {
    const s = this.scratch;
    s.counts = false;
    s.satisfied = false;
    s.overall = null;
    s.count = 0;
    const id = r.templateId;
    if (id !== this.lastId) {
      this.lastId = id;
      this.lastPlan = this.plans.get(id);
    }
    const plan = this.lastPlan;
    s.template = plan?.template;
    if (!plan || r.valid === false) return s;
    const { template, keyIndex } = plan;
    const scores = r.scores;
    const dims = template.dimensions;
    const scale = template.scale;
    let weighted = 0;
    let weights = 0;
    for (let i = 0; i < dims.length; i++) {
      const d = dims[i];
      const value = scores?.[d.key];
      if (!onScale(value, scale)) {
        if (d.required) {
          s.count = 0;
          return s; // a required answer is missing: the response is not counted
        }
        continue;
      }
      weighted += d.share * value;
      weights += d.share;
      if (keyIndex[i] < 0) continue;
      s.keyIndex[s.count] = keyIndex[i];
      s.score[s.count] = toScore(value, scale);
      s.share[s.count] = d.share;
      s.count++;
    }
    s.counts = true;
    s.overall = weights === 0 ? null : weighted / weights;
    s.satisfied = s.overall !== null && s.overall >= template.satisfiedFrom - EPSILON;
    return s;
  }

  /** The low-score entry of the response just scored, or null when it is not one (`lowScores`). */
  lowScore(r: ResponseRecord, s: ScoredScratch): LowScore | null {
    return lowScoreOf(r, s.template, s.overall, s.counts);
  }
}

/** The running totals of one group (`Tally` of metrics.ts, dimensions by key index). */
export class SummaryTally {
  private responses = 0;
  private valid = 0;
  private satisfied = 0;
  private npsAnswers = 0;
  private promoters = 0;
  private detractors = 0;
  private readonly scoreSum: Float64Array;
  private readonly shareSum: Float64Array;
  private readonly answers: Int32Array;

  constructor(keyCount: number) {
    this.scoreSum = new Float64Array(keyCount);
    this.shareSum = new Float64Array(keyCount);
    this.answers = new Int32Array(keyCount);
  }

  /**
   * Adds a scored response to the first `count` tallies (its groups): its part in the figures
   * is read once, and one call instead of six per response matters while the pass is not
   * compiled yet (the first report after a start). Each tally gets the values in the order the
   * responses come, as `Tally` of metrics.ts.
   */
  static addToEach(
    tallies: readonly SummaryTally[],
    count: number,
    r: ResponseRecord,
    s: ScoredScratch,
  ): void {
    if (!s.counts) {
      for (let t = 0; t < count; t++) tallies[t].responses++;
      return;
    }
    const satisfied = s.satisfied ? 1 : 0;
    const nps = r.nps;
    const hasNps = typeof nps === 'number';
    const promoter = hasNps && nps >= 9 ? 1 : 0;
    const detractor = hasNps && !promoter && nps <= 6 ? 1 : 0;
    const dims = s.count;
    for (let t = 0; t < count; t++) {
      const tally = tallies[t];
      tally.responses++;
      tally.valid++;
      tally.satisfied += satisfied;
      const { scoreSum, shareSum, answers } = tally;
      for (let i = 0; i < dims; i++) {
        const k = s.keyIndex[i];
        scoreSum[k] += s.score[i];
        shareSum[k] += s.share[i];
        answers[k]++;
      }
      if (hasNps) {
        tally.npsAnswers++;
        tally.promoters += promoter;
        tally.detractors += detractor;
      }
    }
  }

  /** Adds another group's totals (of other responses, tallied over the same keys) to these. */
  add(other: SummaryTally): void {
    this.responses += other.responses;
    this.valid += other.valid;
    this.satisfied += other.satisfied;
    this.npsAnswers += other.npsAnswers;
    this.promoters += other.promoters;
    this.detractors += other.detractors;
    for (let k = 0; k < this.scoreSum.length; k++) {
      this.scoreSum[k] += other.scoreSum[k];
      this.shareSum[k] += other.shareSum[k];
      this.answers[k] += other.answers[k];
    }
  }

  /** The summary over `keys`; `at[i]` is the index of `keys[i]` among the tallied keys. */
  result(keys: readonly string[], at: readonly number[]): SatisfactionSummary {
    const counts = {
      responses: this.responses,
      valid: this.valid,
      satisfied: this.satisfied,
      npsAnswers: this.npsAnswers,
      promoters: this.promoters,
      detractors: this.detractors,
    };
    return summaryOf(
      counts,
      keys.map((key, i) => {
        const k = at[i];
        return k < 0
          ? { key, scoreSum: 0, shareSum: 0, n: 0 }
          : { key, scoreSum: this.scoreSum[k], shareSum: this.shareSum[k], n: this.answers[k] };
      }),
    );
  }
}

/** The low-score list of some responses (`lowScores(scoreResponses(…))`) in one cheap pass. */
export function lowScoresOf(
  responses: readonly ResponseRecord[],
  templates: readonly TemplateRecord[],
): LowScore[] {
  const scorer = new ResponseScorer(templates, []);
  const out: LowScore[] = [];
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i];
    const low = scorer.lowScore(r, scorer.score(r));
    if (low) out.push(low);
  }
  return out.sort(byNewest);
}
