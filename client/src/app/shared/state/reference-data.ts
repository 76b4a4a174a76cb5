import { Injectable, inject, signal } from '@angular/core';
import { ApiClient } from '../api/api-client';
import type { ReferenceSummary } from '../api/api.types';

/**
 * The region tree and fiscal years, fetched once per visit and shared by the shell's selectors and
 * the defaults guard. A failed fetch is remembered (for the shell to show) and retried on next use.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceData {
  private readonly api = inject(ApiClient);
  private pending: Promise<ReferenceSummary | null> | null = null;

  readonly summary = signal<ReferenceSummary | null>(null);
  readonly error = signal<unknown>(null);

  /** Resolves with the summary, or null when it could not be loaded (never rejects). */
  load(): Promise<ReferenceSummary | null> {
    this.pending ??= this.api.referenceSummary().then(
      (summary) => {
        this.summary.set(summary);
        this.error.set(null);
        return summary;
      },
      (error: unknown) => {
        this.error.set(error);
        this.pending = null;
        return null;
      },
    );
    return this.pending;
  }
}
