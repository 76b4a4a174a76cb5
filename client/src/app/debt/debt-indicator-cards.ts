import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { I18n } from '../shared/i18n/i18n';
import { buildBalanceCard, buildRatioCards } from './debt-cards';
import { DebtTPipe } from './debt-t.pipe';
import type { DebtPositions } from './debt.types';

/** The subtree's debt balance against its limits, and its four risk ratios against their rules' lines. */
@Component({
  selector: 'bw-debt-indicator-cards',
  imports: [NzCardModule, NzTagModule, DebtTPipe],
  template: `
    @let balance = balanceCard();
    <nz-card nzSize="small" class="card" data-testid="debt-card-balance">
      <div class="head">
        <span class="title">{{ 'debt.card.balance' | dt }}</span>
        <nz-tag [nzColor]="balance.status.color" data-testid="debt-card-balance-status">{{
          balance.status.label
        }}</nz-tag>
      </div>
      <div class="value" data-testid="debt-card-balance-value">{{ balance.value }}</div>
      <div class="detail">{{ balance.detail }}</div>
      <div class="lines">{{ balance.limit }}</div>
    </nz-card>
    @for (card of ratioCards(); track card.key) {
      <nz-card
        nzSize="small"
        class="card"
        [class]="card.severity ?? 'normal'"
        [attr.data-testid]="'debt-card-' + card.key"
      >
        <div class="head">
          <span class="title">{{ card.title }}</span>
          <nz-tag [nzColor]="card.status.color" data-testid="debt-card-status">{{ card.status.label }}</nz-tag>
        </div>
        <div class="value" data-testid="debt-card-value">{{ card.value }}</div>
        <div class="detail">{{ card.formula }}</div>
        <div class="lines" [attr.title]="card.ruleCode">{{ card.lines }}</div>
      </nz-card>
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 16px;
    }

    .card {
      height: 100%;
      border-top: 3px solid #1677ff;
    }

    .card.yellow {
      border-top-color: #faad14;
    }

    .card.orange {
      border-top-color: #fa8c16;
    }

    .card.red {
      border-top-color: #f5222d;
    }

    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }

    .title {
      color: rgba(0, 0, 0, 0.65);
    }

    .head nz-tag {
      margin-right: 0;
    }

    .value {
      margin: 8px 0 4px;
      color: rgba(0, 0, 0, 0.88);
      font-size: 24px;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    .detail,
    .lines {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
      line-height: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtIndicatorCards {
  private readonly i18n = inject(I18n);
  readonly positions = input.required<DebtPositions>();

  protected readonly balanceCard = computed(() => buildBalanceCard(this.positions(), this.i18n.lang()));
  protected readonly ratioCards = computed(() => buildRatioCards(this.positions(), this.i18n.lang()));
}
