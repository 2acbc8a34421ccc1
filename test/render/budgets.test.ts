import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../src/budgets/evaluate.js';
import { renderBudgetTable } from '../../src/render/budgets.js';
import { syntheticReport } from '../baseline/synthetic.js';

// Synthetic image: 300,000,001 content bytes in one layer.
const synthetic = syntheticReport({ layers: [{ contentBytes: 300_000_001, createdBy: 'RUN big' }] });
const rows = evaluateBudgets(synthetic, {
  maxSize: { warn: 250_000_000, fail: 300_000_000, measure: 'content' },
  minEfficiency: { fail: 0.9 },
  maxLayers: { fail: 10 },
}).results;

describe('renderBudgetTable', () => {
  it('text: aligned, exact bytes when value and limit round alike', () => {
    const t = renderBudgetTable(rows, 'text');
    expect(t).toMatchSnapshot();
    expect(t).toContain('300.0 MB (300,000,001 B)');
    expect(t).toContain('FAIL');
  });
  it('markdown', () => {
    const m = renderBudgetTable(rows, 'markdown');
    expect(m).toMatchSnapshot();
    expect(m.split('\n')).toHaveLength(2 + rows.length);
  });
  it('no budgets', () => {
    expect(renderBudgetTable([], 'text')).toBe('No budgets set.');
    expect(renderBudgetTable([], 'markdown')).toBe('_No budgets set._');
  });
});
