import type { FeedColumn, MappingPreset } from '../shared/api/api.types';
import {
  describePresetIssue,
  emptyPresetForm,
  formToPreset,
  parseHeaderAlternatives,
  presetFormProblems,
  presetToForm,
  withPresetFeed,
  type PresetForm,
} from './preset-form';

const OXFORD: MappingPreset = {
  name: 'oxford-spend-over-500',
  feed: 'payments',
  description: 'Oxford City Council spend over £500',
  columns: { pay_date: 'Paid Date', purpose: ['Expenditure Category', 'Expenditure Catergory'] },
  constants: { region_code: '990100', book: 'GPB' },
  dateFormat: 'DD/MM/YYYY',
  localCodes: true,
};

describe('parseHeaderAlternatives', () => {
  it('keeps a single header as text, trimmed', () => {
    expect(parseHeaderAlternatives('  Paid Date ')).toBe('Paid Date');
  });

  it('splits alternatives on ASCII and full-width commas, dropping blanks and repeats', () => {
    expect(parseHeaderAlternatives('Amount, 金额，金额（元）, ,Amount')).toEqual(['Amount', '金额', '金额（元）']);
  });

  it('is null for a blank field', () => {
    expect(parseHeaderAlternatives(' , ，')).toBeNull();
    expect(parseHeaderAlternatives('')).toBeNull();
  });
});

describe('presetToForm and formToPreset', () => {
  it('turn a preset into editable text and back without loss', () => {
    const form = presetToForm(OXFORD);
    expect(form.sources).toEqual({ pay_date: 'Paid Date', purpose: 'Expenditure Category, Expenditure Catergory' });
    expect(form.dateFormat).toBe('DD/MM/YYYY');
    expect(formToPreset({ ...form, feed: 'payments' })).toEqual(OXFORD);
  });

  it('leaves out blank mappings, constants and date format, and trims the text', () => {
    const form: PresetForm = {
      ...emptyPresetForm('regions'),
      name: ' county export ',
      description: ' 县级导出 ',
      sources: { region_code: ' 区划代码 ', region_name: '  ' },
      constants: { level: ' county ', parent_code: '' },
    };
    expect(formToPreset({ ...form, feed: 'regions' })).toEqual({
      name: 'county export',
      feed: 'regions',
      description: '县级导出',
      columns: { region_code: '区划代码' },
      constants: { level: 'county' },
      localCodes: false,
    });
  });
});

describe('withPresetFeed', () => {
  it('starts the columns over for another feed and keeps them for the same one', () => {
    const form = presetToForm(OXFORD);
    expect(withPresetFeed(form, 'payments')).toBe(form);
    const regions = withPresetFeed(form, 'regions');
    expect(regions.feed).toBe('regions');
    expect(regions.sources).toEqual({});
    expect(regions.constants).toEqual({});
    expect(regions.name).toBe(OXFORD.name);
  });
});

describe('presetFormProblems', () => {
  it('asks for a name and a feed', () => {
    expect(presetFormProblems(emptyPresetForm())).toEqual(['ingest.preset.problem.name', 'ingest.preset.problem.feed']);
    expect(presetFormProblems({ ...emptyPresetForm('payments'), name: 'x' })).toEqual([]);
  });

  it('accepts ten alternatives for a column and refuses eleven', () => {
    const headers = (n: number) => Array.from({ length: n }, (_, i) => `h${i}`).join(',');
    const form = { ...emptyPresetForm('payments'), name: 'x' };
    expect(presetFormProblems({ ...form, sources: { amount: headers(10) } })).toEqual([]);
    expect(presetFormProblems({ ...form, sources: { amount: headers(11) } })).toEqual(['ingest.preset.problem.alternatives']);
  });
});

describe('describePresetIssue', () => {
  const columns: FeedColumn[] = [{ key: 'amount', zh: '金额', type: 'money', required: true }];

  it('names the column the way the editor labels it', () => {
    const issue = { path: 'columns.amount', message: 'Too big: expected string to have <=200 characters' };
    expect(describePresetIssue(issue, columns, 'zh-CN')).toBe('源文件列名 · 金额 amount: Too big: expected string to have <=200 characters');
    expect(describePresetIssue(issue, columns, 'en')).toBe('Source header · amount: Too big: expected string to have <=200 characters');
  });

  it('names top-level fields and keeps unknown paths as they are', () => {
    expect(describePresetIssue({ path: 'name', message: 'Invalid string' }, columns, 'zh-CN')).toBe('方案名称: Invalid string');
    expect(describePresetIssue({ path: 'constants.nope', message: 'payments has no column nope' }, columns, 'zh-CN')).toBe(
      '缺失列的固定值 · nope: payments has no column nope',
    );
    expect(describePresetIssue({ path: 'weird.path', message: 'x' }, columns, 'en')).toBe('weird.path: x');
  });
});
