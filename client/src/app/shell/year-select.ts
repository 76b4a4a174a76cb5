import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { TPipe } from '../shared/i18n/t.pipe';
import { ReferenceData } from '../shared/state/reference-data';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { yearOptions } from './year-options';

/** The fiscal year selector (预算年度). */
@Component({
  selector: 'bw-year-select',
  imports: [FormsModule, NzSelectModule, TPipe],
  template: `
    <nz-select
      data-testid="year-select"
      class="year-select"
      [ngModel]="selection.current().fiscalYear"
      (ngModelChange)="selectYear($event)"
      [nzPlaceHolder]="'shell.year' | t"
      [attr.aria-label]="'shell.year' | t"
    >
      @for (year of years(); track year) {
        <nz-option [nzValue]="year" [nzLabel]="'shell.yearOption' | t: { year }" />
      }
    </nz-select>
  `,
  styles: `
    .year-select {
      width: 124px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class YearSelect {
  private readonly reference = inject(ReferenceData);
  protected readonly selection = inject(RegionYearSelection);
  protected readonly years = computed(() =>
    yearOptions(this.reference.summary()?.fiscalYears ?? [], this.selection.current().fiscalYear),
  );

  protected selectYear(fiscalYear: number | null): void {
    if (fiscalYear !== null && fiscalYear !== this.selection.current().fiscalYear) {
      void this.selection.select({ fiscalYear });
    }
  }
}
