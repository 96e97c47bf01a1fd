import type { Identity } from '../auth/context';
import type { ReportRun } from '../../reports/core/run';
import type { Store } from '../store';

const AUDIT_TABLE = 'audit-logs';

/**
 * The last report runs of the reports route, so a dashboard reopened, refreshed or switched
 * back to answers without recomputing a year of records (seconds at 100,000 complaints).
 * Any change of the store drops every entry: a cached figure is never older than the data.
 * Except the audit log's own entries, which no report reads: each answered report request
 * appends one (\`report_download\`), which would otherwise empty the cache it just filled.
 * A request without `asOf` ("now") may get a run computed at most `maxAgeMs` earlier; its
 * result states its own `asOf`, so the dashboard shows the moment the figures are for.
 */
export class ReportCache {
  private generation = 0;
  private readonly entries = new Map<string, { generation: number; at: number; run: ReportRun }>();

  constructor(
    store: Store,
    private readonly now: () => Date,
    private readonly maxAgeMs = 60_000,
    private readonly maxEntries = 32,
  ) {
    store.observe((change) => {
      if (change.table === AUDIT_TABLE) return;
      this.generation++;
      this.entries.clear();
    });
  }

  /** The key of a request: the report, its raw parameters, the language and who asks. */
  static key(name: string, params: object, lang: string, identity: Identity | undefined): string {
    const who = identity
      ? [identity.userId, identity.role, identity.branchIds.join(','), identity.employeeId]
      : null;
    return JSON.stringify([name, params, lang, who]);
  }

  async get(key: string, compute: () => Promise<ReportRun>): Promise<ReportRun> {
    const now = this.now().getTime();
    const hit = this.entries.get(key);
    if (hit && hit.generation === this.generation && now - hit.at <= this.maxAgeMs) return hit.run;
    const generation = this.generation;
    const run = await compute();
    // A write during the computation (it awaits the source) makes the run stale: not kept.
    if (generation === this.generation) {
      this.entries.delete(key);
      this.entries.set(key, { generation, at: now, run });
      if (this.entries.size > this.maxEntries)
        this.entries.delete(this.entries.keys().next().value as string);
    }
    return run;
  }
}
