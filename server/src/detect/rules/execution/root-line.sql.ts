/**
 * The root budget line a payment is drawn on, for rules that judge a line with its change rows
 * (EXE-OVER, EXE-IDLE). Adjustment, supplement and transfer rows have a line_id of their own and
 * name their root in parent_line_id, so a payment on a change row counts toward the root.
 * `payments` is the alias of a relation with region_code and line_id columns (payments or an
 * aggregate of them); `lines` is a fresh alias for the budget_lines join. Both are SQL identifiers,
 * never values. Lines are joined within the payment's region (a payment draws on a line of its own
 * region): the join stays on one shard of a layout distributed by region (docs/scaling-queries.md §P2).
 */
export function rootLineSql(payments: string, lines: string): { join: string; id: string } {
  return {
    join: `LEFT JOIN budget_lines ${lines} ON ${lines}.region_code = ${payments}.region_code AND ${lines}.line_id = ${payments}.line_id`,
    id: `COALESCE(${lines}.parent_line_id, ${payments}.line_id)`,
  };
}
