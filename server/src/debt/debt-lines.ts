import type pg from 'pg';
import { debtIdle } from '../detect/rules/debt/debt-idle';
import { debtInterest } from '../detect/rules/debt/debt-interest';
import { debtOverdue } from '../detect/rules/debt/debt-overdue';
import { debtRatio } from '../detect/rules/debt/debt-ratio';
import { debtService } from '../detect/rules/debt/debt-service';
import { paramsInForce } from '../detect/rule-params-in-force';
import type { Rung } from '../detect/warning-lines';

/** The ladders of the four debt ratio rules; their rule files hold the numbers. */
export interface DebtLines {
  debtRatio: readonly Rung[];
  serviceRatio: readonly Rung[];
  interestRatio: readonly Rung[];
  overdueRatio: readonly Rung[];
}

/** The rules' parameters as ladders, each rung as its rule ranks it. */
export function debtLines(p: {
  ratio: typeof debtRatio.defaults;
  service: typeof debtService.defaults;
  interest: typeof debtInterest.defaults;
  overdue: typeof debtOverdue.defaults;
}): DebtLines {
  return {
    debtRatio: [
      ['orange', p.ratio.orange],
      ['red', p.ratio.red],
    ],
    serviceRatio: [['orange', p.service.orange]],
    interestRatio: [['red', p.interest.red]],
    overdueRatio: [
      ['yellow', p.overdue.yellow],
      ['orange', p.overdue.orange],
      ['red', p.overdue.red],
    ],
  };
}

/** The debt ratio ladders in force for each of the regions. */
export async function debtLinesInForce(
  pool: pg.Pool,
  regionCodes: readonly string[],
): Promise<(regionCode: string) => DebtLines> {
  const [ratio, service, interest, overdue] = await Promise.all([
    paramsInForce(pool, debtRatio, regionCodes),
    paramsInForce(pool, debtService, regionCodes),
    paramsInForce(pool, debtInterest, regionCodes),
    paramsInForce(pool, debtOverdue, regionCodes),
  ]);
  return (code) =>
    debtLines({ ratio: ratio(code), service: service(code), interest: interest(code), overdue: overdue(code) });
}

export interface IdleRung {
  severity: 'red' | 'yellow';
  months: number;
  /** Percent spent. */
  below: number;
}

/** DEBT-IDLE's parameters as rungs, red first: the rule takes the first one a project meets. */
export function idleRungs(p: typeof debtIdle.defaults): IdleRung[] {
  return [
    { severity: 'red', months: p.redMonths, below: p.redBelow },
    { severity: 'yellow', months: p.yellowMonths, below: p.yellowBelow },
  ];
}

/** DEBT-IDLE's rungs in force for each of the regions. */
export async function idleLinesInForce(
  pool: pg.Pool,
  regionCodes: readonly string[],
): Promise<(regionCode: string) => IdleRung[]> {
  const params = await paramsInForce(pool, debtIdle, regionCodes);
  return (code) => idleRungs(params(code));
}
