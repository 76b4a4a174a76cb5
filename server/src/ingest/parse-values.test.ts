import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enumReader, parseDate, parseMoney, parsePeriod, parseRate, parseSoePeriod, toHalfWidth } from './parse-values';

const value = (parsed: ReturnType<typeof parseMoney>) => (typeof parsed === 'string' ? parsed : `ERR ${parsed.reason.en}`);

describe('toHalfWidth', () => {
  it('turns full-width digits and punctuation into ASCII', () => {
    assert.equal(toHalfWidth('１２３，４５６．７８'), '123,456.78');
  });
});

describe('parseMoney', () => {
  it('reads plain, thousands-separated and full-width amounts exactly', () => {
    assert.equal(value(parseMoney('1234.5', false)), '1234.50');
    assert.equal(value(parseMoney('1,234,567.89', false)), '1234567.89');
    assert.equal(value(parseMoney('１，２３４．５０', false)), '1234.50');
    assert.equal(value(parseMoney('¥ 007', false)), '7.00');
  });
  it('keeps amounts beyond float precision exact', () => {
    assert.equal(value(parseMoney('9007199254740993.99', false)), '9007199254740993.99');
  });
  it('reads minus signs and accounting parentheses as negatives where signed', () => {
    assert.equal(value(parseMoney('-20', true)), '-20.00');
    assert.equal(value(parseMoney('(1,000.10)', true)), '-1000.10');
    assert.equal(value(parseMoney('（１２）', true)), '-12.00');
    assert.equal(value(parseMoney('−5.5', true)), '-5.50');
  });
  it('rejects negatives where the column is unsigned, but not a negative zero', () => {
    assert.match(value(parseMoney('-1', false)), /negative/);
    assert.equal(value(parseMoney('-0.00', false)), '0.00');
  });
  it('rejects a third decimal, misplaced separators and text', () => {
    assert.match(value(parseMoney('1.005', true)), /ERR/);
    assert.match(value(parseMoney('12,34', true)), /ERR/);
    assert.match(value(parseMoney('abc', true)), /ERR/);
    assert.match(value(parseMoney('1e6', true)), /ERR/);
    assert.match(value(parseMoney('', true)), /ERR/);
  });
  it('rejects more than 16 integer digits', () => {
    assert.match(value(parseMoney('12345678901234567', true)), /ERR/);
  });
});

describe('parseDate', () => {
  it('reads the contract forms and an Excel serial', () => {
    assert.equal(value(parseDate('2026-03-05')), '2026-03-05');
    assert.equal(value(parseDate('2026/3/5')), '2026-03-05');
    assert.equal(value(parseDate('20260305')), '2026-03-05');
    assert.equal(value(parseDate('46086')), '2026-03-05');
  });
  it('rejects impossible dates and other orders', () => {
    assert.match(value(parseDate('2026-02-29')), /no such/);
    assert.match(value(parseDate('05/03/2026')), /ERR/);
  });
});

describe('periods and rates', () => {
  it('reads YYYY-MM periods and rejects month 13', () => {
    assert.equal(value(parsePeriod('2026-3')), '2026-03');
    assert.match(value(parsePeriod('2026-13')), /ERR/);
  });
  it('reads annual and quarterly enterprise periods', () => {
    assert.equal(value(parseSoePeriod('2025')), '2025');
    assert.equal(value(parseSoePeriod('2026q3')), '2026-Q3');
    assert.match(value(parseSoePeriod('2026-Q5')), /ERR/);
  });
  it('reads coupon rates as percentages up to 100', () => {
    assert.equal(value(parseRate('2.35')), '2.35');
    assert.equal(value(parseRate('2.35%')), '2.35');
    assert.match(value(parseRate('101')), /ERR/);
  });
});

describe('enumReader', () => {
  const readBook = enumReader({ GPB: ['一般公共预算'], GFB: ['政府性基金预算'] });
  it('accepts the code in any case and the Chinese label', () => {
    assert.equal(value(readBook('gpb')), 'GPB');
    assert.equal(value(readBook(' 政府性基金预算 ')), 'GFB');
  });
  it('lists the accepted values when the value is unknown', () => {
    assert.match(value(readBook('XYZ')), /accepted: GPB\/一般公共预算/);
  });
});
