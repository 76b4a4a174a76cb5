import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AGGREGATE_EXPENDITURE_BANDS,
  AGGREGATE_REVENUE_BANDS,
  COMPOSITION_BANDS,
  bandsAsRatios,
  pefaScore,
} from './pefa-scores';

describe('pefaScore', () => {
  it('scores PI-1 on the BUD-PI1 bands: A within 95–105 %, bounds included', () => {
    assert.equal(pefaScore('94.999999', AGGREGATE_EXPENDITURE_BANDS), 'B');
    assert.equal(pefaScore('95', AGGREGATE_EXPENDITURE_BANDS), 'A');
    assert.equal(pefaScore('100', AGGREGATE_EXPENDITURE_BANDS), 'A');
    assert.equal(pefaScore('105', AGGREGATE_EXPENDITURE_BANDS), 'A');
    assert.equal(pefaScore('105.000001', AGGREGATE_EXPENDITURE_BANDS), 'B');
  });

  it('scores PI-1 B within 90–110 %, C within 85–115 %, D beyond', () => {
    assert.equal(pefaScore('110', AGGREGATE_EXPENDITURE_BANDS), 'B');
    assert.equal(pefaScore('110.01', AGGREGATE_EXPENDITURE_BANDS), 'C');
    assert.equal(pefaScore('89.99', AGGREGATE_EXPENDITURE_BANDS), 'C');
    assert.equal(pefaScore('85', AGGREGATE_EXPENDITURE_BANDS), 'C');
    assert.equal(pefaScore('84.99', AGGREGATE_EXPENDITURE_BANDS), 'D');
    assert.equal(pefaScore('115.01', AGGREGATE_EXPENDITURE_BANDS), 'D');
  });

  it('scores PI-2 composition variance: A up to 5 %, B up to 10 %, C up to 15 %, D above', () => {
    assert.equal(pefaScore('4.999999', COMPOSITION_BANDS), 'A');
    assert.equal(pefaScore('5', COMPOSITION_BANDS), 'A');
    assert.equal(pefaScore('5.000001', COMPOSITION_BANDS), 'B');
    assert.equal(pefaScore('10', COMPOSITION_BANDS), 'B');
    assert.equal(pefaScore('10.000001', COMPOSITION_BANDS), 'C');
    assert.equal(pefaScore('15', COMPOSITION_BANDS), 'C');
    assert.equal(pefaScore('15.000001', COMPOSITION_BANDS), 'D');
  });

  it('scores PI-3 revenue outturn: A within 97–106 %, B 94–112 %, C 92–116 %', () => {
    assert.equal(pefaScore('96.99', AGGREGATE_REVENUE_BANDS), 'B');
    assert.equal(pefaScore('97', AGGREGATE_REVENUE_BANDS), 'A');
    assert.equal(pefaScore('106', AGGREGATE_REVENUE_BANDS), 'A');
    assert.equal(pefaScore('106.01', AGGREGATE_REVENUE_BANDS), 'B');
    assert.equal(pefaScore('112.01', AGGREGATE_REVENUE_BANDS), 'C');
    assert.equal(pefaScore('93.99', AGGREGATE_REVENUE_BANDS), 'C');
    assert.equal(pefaScore('91.99', AGGREGATE_REVENUE_BANDS), 'D');
    assert.equal(pefaScore('116.01', AGGREGATE_REVENUE_BANDS), 'D');
  });
});

describe('bandsAsRatios', () => {
  it('gives the bands as ratios', () => {
    assert.deepEqual(bandsAsRatios(AGGREGATE_EXPENDITURE_BANDS)[0], { score: 'A', low: '0.95', high: '1.05' });
    assert.deepEqual(bandsAsRatios(COMPOSITION_BANDS)[2], { score: 'C', low: '0', high: '0.15' });
  });
});
