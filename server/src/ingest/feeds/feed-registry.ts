import { bondProjectsFeed, bondsFeed, debtBalancesFeed, debtLimitsFeed, fiscalCapacityFeed } from './debt.feeds';
import { agenciesFeed, budgetLinesFeed, paymentsFeed, regionsFeed } from './execution.feeds';
import type { FeedDescriptor, FeedName } from './feed-descriptor';
import { revenueFeed } from './revenue.feeds';
import { socialFundsFeed } from './social-funds.feeds';
import { soeFinancialsFeed } from './state-assets.feeds';

/** Every feed of shared/FEEDS.md, in the order a full load must follow (references first). */
export const FEEDS: readonly FeedDescriptor[] = [
  regionsFeed,
  agenciesFeed,
  budgetLinesFeed,
  paymentsFeed,
  revenueFeed,
  debtLimitsFeed,
  debtBalancesFeed,
  bondsFeed,
  bondProjectsFeed,
  fiscalCapacityFeed,
  soeFinancialsFeed,
  socialFundsFeed,
];

const byName = new Map(FEEDS.map((feed) => [feed.name, feed]));

export function findFeed(name: string): FeedDescriptor | undefined {
  return byName.get(name as FeedName);
}
