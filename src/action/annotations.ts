/** Annotations for findings mapped to Dockerfile lines: at most 10 per level, most important first. */
import * as core from '@actions/core';
import { ANNOTATIONS_PER_LEVEL } from './constants.js';
import { findingAmounts } from '../render/format.js';
import { platformString } from '../oci/platform.js';
import type { Report } from '../report/types.js';
import type { Severity } from '../lint/severity.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file: string;
  startLine: number;
  endLine: number;
  title: string;
}

export interface AnnotationPlan {
  emit: Annotation[];
  omitted: Record<AnnotationLevel, number>;
}

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', info: 'notice' };

function isUnreliable(r: Report): boolean {
  return r.mappingUnreliable !== undefined && r.mappingUnreliable !== null;
}

/** Choose the annotations to emit: findings with a line, by level, then bytes (largest first), then rule and line. */
export function planAnnotations(reports: readonly Report[], dockerfile: string | null): AnnotationPlan {
  const all: (Annotation & { bytes: number; ruleId: string })[] = [];
  if (dockerfile !== null) {
    for (const r of reports) {
      const platform = reports.length > 1 ? ` [${platformString(r.image.platform)}]` : '';
      // An unreliable mapping's lines belong to a Dockerfile that did not build this image.
      if (isUnreliable(r)) continue;
      for (const f of r.findings) {
        if (f.line === null) continue;
        const amounts = findingAmounts(f);
        const evidence = amounts.length > 0 ? ` (${amounts.join(', ')})` : '';
        all.push({
          level: LEVEL[f.severity],
          message: `${f.message}${evidence}${f.fix ? `\nFix: ${f.fix}` : ''}`,
          file: dockerfile,
          startLine: f.line,
          endLine: Math.max(f.endLine ?? f.line, f.line),
          title: `layerlint ${f.ruleId}${platform}`,
          bytes: f.bytes,
          ruleId: f.ruleId,
        });
      }
    }
  }
  const plan: AnnotationPlan = { emit: [], omitted: { error: 0, warning: 0, notice: 0 } };
  for (const level of ['error', 'warning', 'notice'] as const) {
    const list = all
      .filter((a) => a.level === level)
      .sort(
        (a, b) =>
          b.bytes - a.bytes ||
          (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
          a.startLine - b.startLine,
      );
    for (const a of list.slice(0, ANNOTATIONS_PER_LEVEL)) {
      plan.emit.push({
        level: a.level,
        message: a.message,
        file: a.file,
        startLine: a.startLine,
        endLine: a.endLine,
        title: a.title,
      });
    }
    plan.omitted[level] = Math.max(0, list.length - ANNOTATIONS_PER_LEVEL);
  }
  return plan;
}

/** Emit planned annotations as workflow commands. */
export function emitAnnotations(plan: AnnotationPlan): void {
  for (const a of plan.emit) {
    const props = { file: a.file, startLine: a.startLine, endLine: a.endLine, title: a.title };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}
