import type { CsvFileWriter } from './csv-writer';
import { formatFen, scaleFen } from './money';
import type { PlantedAlert } from './planted-manifest';
import { Random } from './prng';
import { unifiedSocialCreditCode } from './uscc';

const PERIODS = ['2024', '2025', '2026-Q1', '2026-Q2', '2026-Q3'] as const;
const SASAC = '临江市人民政府国有资产监督管理委员会';
/** Fixed, not the demo's seed: the planted enterprises' codes are named in the manifest. */
const CODE_SEED = 0x9e1a_17ed;

/** Five figures per period (2024, 2025, 2026-Q1…Q3); amounts in 亿元, flows year to date. */
interface PlantedSoe {
  name: string;
  regionCode: string;
  supervisor: string;
  industrial: boolean;
  assets: readonly number[];
  /** Liabilities / assets, per cent (one decimal). */
  leverage: readonly number[];
  /** State capital as a share of owner equity, per cent. */
  stateShare: number;
  revenue: readonly number[];
  netProfit: readonly number[];
  /** Share of dividends due that is paid, per cent (100 unless a case says otherwise). */
  paid?: readonly number[];
}

/**
 * Planted enterprises, each inside every other SOE rule's quiet band: dividends due are 25 % of a
 * positive net profit (nothing in a loss), state capital grows year on year unless the case is its fall.
 */
const ENTERPRISES = {
  leverageRed: {
    name: '临江新城置业发展有限公司',
    regionCode: '390100',
    supervisor: SASAC,
    industrial: false,
    assets: [80, 88, 90, 92, 95],
    leverage: [72, 73.5, 74.5, 75.5, 76.8],
    stateShare: 90,
    revenue: [12, 13, 3, 6.5, 9.8],
    netProfit: [0.3, 0.32, 0.05, 0.11, 0.17],
  },
  leverageYellow: {
    name: '临江环境能源有限公司',
    regionCode: '390100',
    supervisor: SASAC,
    industrial: true,
    assets: [30, 32, 32.5, 33, 33.6],
    leverage: [60.5, 62.4, 63.8, 65.2, 66.6],
    stateShare: 100,
    revenue: [9, 9.6, 2.4, 4.9, 7.4],
    netProfit: [0.45, 0.48, 0.1, 0.22, 0.35],
  },
  loss: {
    name: '临江会展中心运营管理有限公司',
    regionCode: '390100',
    supervisor: SASAC,
    industrial: false,
    // Losses made good by capital injections: equity, and state capital with it, still grow.
    assets: [12, 12.6, 12.7, 12.8, 12.9],
    leverage: [45, 46, 46.5, 47, 47.5],
    stateShare: 100,
    revenue: [1.8, 2, 0.5, 1.1, 1.6],
    netProfit: [-0.42, -0.36, 0.02, 0.05, 0.08],
  },
  preserve: {
    name: '临江物产集团有限公司',
    regionCode: '390100',
    supervisor: SASAC,
    industrial: false,
    // 2025: assets transferred out free of charge (无偿划出), state capital down to 93 % of 2024.
    assets: [45, 44, 44.5, 45, 45.6],
    leverage: [55, 57.2, 57, 56.8, 56.5],
    stateShare: 95,
    revenue: [30, 31, 8, 16, 24],
    netProfit: [0.8, 0.6, 0.16, 0.33, 0.5],
  },
  dividend: {
    name: '江城区城市运营服务集团有限公司',
    regionCode: '390102',
    supervisor: '江城区财政局',
    industrial: false,
    assets: [25, 26.5, 26.8, 27.1, 27.5],
    leverage: [50, 49.5, 49.3, 49.1, 48.9],
    stateShare: 100,
    revenue: [6, 6.4, 1.6, 3.3, 5],
    netProfit: [0.9, 1, 0.25, 0.5, 0.76],
    // 2025's settlement paid 68 % of what was due.
    paid: [100, 68, 100, 100, 100],
  },
} satisfies Record<string, PlantedSoe>;

const codeOf = (soe: PlantedSoe) => unifiedSocialCreditCode(soe.regionCode, new Random(CODE_SEED).fork(soe.name));

export const SOE_ALERTS: readonly PlantedAlert[] = [
  { rule: 'SOE-LEVERAGE', entityKey: codeOf(ENTERPRISES.leverageRed), severity: 'red' },
  { rule: 'SOE-LEVERAGE', entityKey: codeOf(ENTERPRISES.leverageYellow), severity: 'yellow' },
  { rule: 'SOE-LOSS', entityKey: codeOf(ENTERPRISES.loss), severity: 'orange' },
  { rule: 'SOE-PRESERVE', entityKey: codeOf(ENTERPRISES.preserve), severity: 'yellow' },
  { rule: 'SOE-DIVIDEND', entityKey: codeOf(ENTERPRISES.dividend), severity: 'orange' },
];

/** 亿元 with up to four decimals → fen. */
const yi = (amount: number) => Math.round(amount * 10_000) * 1_000_000;

/** Writes the planted enterprises' soe_financials rows. */
export function writePlantedSoe(writer: CsvFileWriter): void {
  for (const soe of Object.values(ENTERPRISES) as PlantedSoe[]) {
    const code = codeOf(soe);
    PERIODS.forEach((period, i) => {
      const assets = yi(soe.assets[i]!);
      const liabilities = scaleFen(assets, Math.round(soe.leverage[i]! * 10), 1_000);
      const equity = assets - liabilities;
      const net = yi(soe.netProfit[i]!);
      // 25 % enterprise income tax on a profit; a loss carries no tax.
      const total = net > 0 ? scaleFen(net, 4, 3) : net;
      const due = net > 0 ? scaleFen(net, 25, 100) : 0;
      writer.row([
        code,
        soe.name,
        soe.regionCode,
        soe.supervisor,
        soe.industrial ? 'industrial' : 'non_industrial',
        period,
        formatFen(assets),
        formatFen(liabilities),
        formatFen(equity),
        formatFen(scaleFen(equity, soe.stateShare, 100)),
        formatFen(yi(soe.revenue[i]!)),
        formatFen(total),
        formatFen(net),
        formatFen(due),
        formatFen(scaleFen(due, soe.paid?.[i] ?? 100, 100)),
      ]);
    });
  }
}
