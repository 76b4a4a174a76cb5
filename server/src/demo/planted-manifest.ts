/** An alert the demo's planted data must raise at the as-of date, and only this one for its rule and entity. */
export interface PlantedAlert {
  rule: string;
  /**
   * The finding's entity key as the rule writes it. `{batch:<feed>}` stands for the id of the ingest
   * batch that loaded that feed (DQ-CODE keys its findings by batch), which only the database knows.
   */
  entityKey: string;
  severity: 'yellow' | 'orange' | 'red';
}

/** Replaces `{batch:<feed>}` in a planted entity key with the feed's batch id. */
export function resolveEntityKey(entityKey: string, batchOf: (feed: string) => string): string {
  return entityKey.replace(/\{batch:([a-z_]+)\}/g, (_, feed: string) => batchOf(feed));
}
