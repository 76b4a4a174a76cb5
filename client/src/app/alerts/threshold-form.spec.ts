import { sampleRules } from '../testing/alert-fixtures';
import type { RuleWithThresholds } from './alert.types';
import {
  buildThresholdForm,
  ownOverride,
  paramsInForce,
  parseThresholdList,
  parseThresholdNumber,
  thresholdFieldType,
  thresholdParamsToSave,
  thresholdProblems,
  type ThresholdForm,
} from './threshold-form';

const city = { code: '390100', name: '临江市' };
const district = { code: '390102', name: '城东区' };
const lag = (): RuleWithThresholds => sampleRules()[0]!;
const sangong = (): RuleWithThresholds => ({
  ...lag(),
  code: 'EXE-SANGONG',
  defaults: { econCodes: ['30212', '30217'], label: 'x', nested: { a: 1 } },
  overrides: [],
});
const withValues = (form: ThresholdForm, values: Record<string, string>): ThresholdForm => ({
  ...form,
  values: { ...form.values, ...values },
});

describe('paramsInForce', () => {
  it('takes the nearest override up the ancestry over the defaults', () => {
    expect(paramsInForce(lag(), [district, city])).toEqual({
      params: { yellowPoints: 12, redPoints: 30, minBudget: 1000000 },
      source: lag().overrides[0]!,
    });
  });

  it('gives the defaults when no region on the way has an override', () => {
    expect(paramsInForce(lag(), [{ code: '390200', name: '其他市' }])).toEqual({
      params: { yellowPoints: 15, redPoints: 30, minBudget: 1000000 },
      source: null,
    });
  });
});

describe('thresholdFieldType', () => {
  it('types a field by its default and skips what the form cannot edit', () => {
    expect(thresholdFieldType(15)).toBe('number');
    expect(thresholdFieldType('x')).toBe('text');
    expect(thresholdFieldType(['30212'])).toBe('list');
    expect(thresholdFieldType({ a: 1 })).toBeNull();
    expect(thresholdFieldType([1, 2])).toBeNull();
  });
});

describe('buildThresholdForm', () => {
  it('builds one field per default, filled with what applies to the region', () => {
    const form = buildThresholdForm(lag(), [district, city]);
    expect(form.regionCode).toBe('390102');
    expect(form.fields.map((f) => [f.key, f.type, f.defaultText, f.inForceText])).toEqual([
      ['yellowPoints', 'number', '15', '12'],
      ['redPoints', 'number', '30', '30'],
      ['minBudget', 'number', '1000000', '1000000'],
    ]);
    expect(form.values).toEqual({ yellowPoints: '12', redPoints: '30', minBudget: '1000000' });
  });

  it('shows lists comma-separated and has no field for a rule without parameters', () => {
    const form = buildThresholdForm(sangong(), [city]);
    expect(form.fields.map((f) => f.key)).toEqual(['econCodes', 'label']);
    expect(form.values['econCodes']).toBe('30212, 30217');
    expect(buildThresholdForm(sampleRules()[1]!, [city]).fields).toEqual([]);
  });
});

describe('parseThresholdNumber', () => {
  it('reads plain decimals, with or without thousands separators', () => {
    expect(parseThresholdNumber(' 1,000,000 ')).toBe(1000000);
    expect(parseThresholdNumber('0.015')).toBe(0.015);
    expect(parseThresholdNumber('-5')).toBe(-5);
  });

  it('refuses blanks and anything that is not a plain number', () => {
    for (const text of ['', '1e6', '12%', 'abc', '1.2.3', '.5'])
      expect(parseThresholdNumber(text)).withContext(text).toBeNull();
  });
});

describe('parseThresholdList', () => {
  it('splits on commas (either width) and spaces, dropping blanks and repeats', () => {
    expect(parseThresholdList('30212, 30217，30231  30212,')).toEqual(['30212', '30217', '30231']);
    expect(parseThresholdList(' , ')).toEqual([]);
  });
});

describe('thresholdProblems', () => {
  it('names the fields that are not numbers, or lists left empty', () => {
    const form = withValues(buildThresholdForm(lag(), [city]), { yellowPoints: '十五', redPoints: '' });
    expect(thresholdProblems(form)).toEqual([
      { key: 'alerts.threshold.problem.number', field: 'yellowPoints' },
      { key: 'alerts.threshold.problem.number', field: 'redPoints' },
    ]);
    expect(thresholdProblems(withValues(buildThresholdForm(sangong(), [city]), { econCodes: ' ，' }))).toEqual([
      { key: 'alerts.threshold.problem.list', field: 'econCodes' },
    ]);
  });

  it('says there is nothing to save when the values are those in force, however typed', () => {
    expect(thresholdProblems(withValues(buildThresholdForm(lag(), [city]), { minBudget: '1,000,000' }))).toEqual([
      { key: 'alerts.threshold.problem.unchanged', field: '' },
    ]);
    expect(thresholdProblems(withValues(buildThresholdForm(lag(), [city]), { minBudget: '1,000,001' }))).toEqual([]);
  });
});

describe('thresholdParamsToSave', () => {
  it('sends the changed value and keeps an inherited one that is not the default', () => {
    const form = withValues(buildThresholdForm(lag(), [district, city]), { redPoints: '25' });
    expect(thresholdParamsToSave(form, ownOverride(lag(), district.code))).toEqual({ yellowPoints: 12, redPoints: 25 });
  });

  it('sends a key the region sets even when put back to the default', () => {
    const form = withValues(buildThresholdForm(lag(), [city]), { yellowPoints: '15', redPoints: '28' });
    expect(thresholdParamsToSave(form, ownOverride(lag(), city.code))).toEqual({ yellowPoints: 15, redPoints: 28 });
  });

  it('pins every default when a region that inherits other values asks for the defaults', () => {
    const form = withValues(buildThresholdForm(lag(), [district, city]), { yellowPoints: '15' });
    expect(thresholdParamsToSave(form, null)).toEqual({ yellowPoints: 15, redPoints: 30, minBudget: 1000000 });
  });

  it('sends lists as arrays of codes', () => {
    const form = withValues(buildThresholdForm(sangong(), [city]), { econCodes: '30212，31013' });
    expect(thresholdParamsToSave(form, null)).toEqual({ econCodes: ['30212', '31013'] });
  });
});
