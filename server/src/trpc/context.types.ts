import type { Overview, OverviewInput } from '../overview/overview.schemas';
import type { ReferenceSummary } from '../reference/regions.schemas';

/**
 * What procedures may call. Declared as plain interfaces (no Prisma, no Node imports) so that the
 * client can import the router type without type-checking server-only code.
 */
export interface Services {
  overview: {
    getOverview(input: OverviewInput): Promise<Overview>;
  };
  reference: {
    getReferenceSummary(): Promise<ReferenceSummary>;
  };
}

export interface Context {
  services: Services;
  /** Correlates a request's log lines; never shown to users except as a support reference. */
  requestId: string;
}
