import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.js';
import type { Finding } from '../../src/lint/types.js';
import { sampleReport } from '../helpers/report.js';

function finding(i: number, severity: Finding['severity'], line: number | null = 10 + i): Finding {
  return {
    ruleId: `LL00${i % 3}`,
    severity,
    message: `m${i}`,
    layerIndex: 1,
    line,
    endLine: line,
    paths: [],
    pathCount: 0,
    bytes: i * 1000,
    fix: 'do x',
  };
}

describe('planAnnotations', () => {
  it('emits at most 10 per level, largest bytes first, and counts the rest', () => {
    const r = sampleReport({
      findings: [
        ...Array.from({ length: 14 }, (_v, i) => finding(i, 'error')),
        ...Array.from({ length: 3 }, (_v, i) => finding(i, 'info')),
      ],
    });
    const plan = planAnnotations([r], 'docker/Dockerfile');
    const errors = plan.emit.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.map((a) => a.message.split(' ')[0])).toEqual([
      'm13',
      'm12',
      'm11',
      'm10',
      'm9',
      'm8',
      'm7',
      'm6',
      'm5',
      'm4',
    ]);
    expect(plan.emit.filter((a) => a.level === 'notice')).toHaveLength(3);
    expect(plan.omitted).toEqual({ error: 4, warning: 0, notice: 0 });
    expect(errors[0]).toMatchObject({
      file: 'docker/Dockerfile',
      startLine: 23,
      endLine: 23,
      title: 'layerlint LL001',
    });
    expect(errors[0]?.message).toContain('(saves 13.0 kB)');
    expect(errors[0]?.message).toContain('Fix: do x');
  });

  it('skips findings without a line and everything without a Dockerfile', () => {
    const r = sampleReport({ findings: [finding(1, 'warning', null), finding(2, 'warning')] });
    expect(planAnnotations([r], 'Dockerfile').emit).toHaveLength(1);
    expect(planAnnotations([r], null).emit).toHaveLength(0);
  });
});
