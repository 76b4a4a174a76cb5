/**
 * A region and every region below it, as a subquery yielding region_code: a recursive walk down
 * parent_code. `param` is the placeholder that holds the root's code (e.g. '$1'), never a value.
 */
export function regionSubtreeSql(param: string): string {
  return `(WITH RECURSIVE tree AS (SELECT region_code FROM regions WHERE region_code = ${param}
    UNION ALL SELECT r.region_code FROM regions r JOIN tree t ON r.parent_code = t.region_code) SELECT region_code FROM tree)`;
}
