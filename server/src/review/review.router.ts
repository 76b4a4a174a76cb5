import { ACCESS } from '../auth/roles';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import {
  booksReviewSchema,
  functionsReviewInputSchema,
  functionsReviewSchema,
  positionsReviewSchema,
  reliabilityReviewSchema,
  reviewScopeSchema,
  sangongTrendSchema,
} from './review.schemas';

/** 会前审查: aggregates that every role reads, deputies (人大代表) first among them. */
const review = procedureFor(ACCESS.aggregates);

export const reviewRouter = router({
  books: review
    .input(reviewScopeSchema)
    .output(booksReviewSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.review.books(input);
    }),
  functions: review
    .input(functionsReviewInputSchema)
    .output(functionsReviewSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.review.functions(input);
    }),
  sangong: review
    .input(reviewScopeSchema)
    .output(sangongTrendSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.review.sangong(input);
    }),
  positions: review
    .input(reviewScopeSchema)
    .output(positionsReviewSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.review.positions(input);
    }),
  reliability: review
    .input(reviewScopeSchema)
    .output(reliabilityReviewSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.review.reliability(input);
    }),
});
