import { Injectable, inject } from '@angular/core';
import { ApiSession } from '../shared/api/api-session';
import { createApiTrpcClient } from '../shared/api/trpc-client';
import type {
  BooksReview,
  FunctionsReview,
  FunctionsReviewInput,
  PositionsReview,
  ReliabilityReview,
  ReviewScope,
  SangongTrend,
} from './review.types';

/**
 * The 会前审查 procedures, with a tRPC client of their own so that they ride in the page's lazy
 * chunk (see alerts-api.ts). Every call takes an AbortSignal: a scope that changes cancels the
 * requests it no longer needs.
 */
@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly trpc = createApiTrpcClient(inject(ApiSession));

  books(input: ReviewScope, signal?: AbortSignal): Promise<BooksReview> {
    return this.trpc.review.books.query(input, { signal });
  }

  functions(input: FunctionsReviewInput, signal?: AbortSignal): Promise<FunctionsReview> {
    return this.trpc.review.functions.query(input, { signal });
  }

  sangong(input: ReviewScope, signal?: AbortSignal): Promise<SangongTrend> {
    return this.trpc.review.sangong.query(input, { signal });
  }

  positions(input: ReviewScope, signal?: AbortSignal): Promise<PositionsReview> {
    return this.trpc.review.positions.query(input, { signal });
  }

  reliability(input: ReviewScope, signal?: AbortSignal): Promise<ReliabilityReview> {
    return this.trpc.review.reliability.query(input, { signal });
  }
}
