/** The public view of an instruction: what a mapped layer carries, and its one-line reference. */
import type { Instruction, ParsedInstruction } from './types.js';

/** `Dockerfile:LINE KEYWORD …`: one line for text output. */
export function formatInstructionRef(instr: Instruction, path = 'Dockerfile', max = 80): string {
  // Heredoc bodies are not part of the one-line reference.
  const lines = instr.text.split('\n');
  const oneLine = (lines[0] ?? '').replace(/\s+/g, ' ').trim();
  const text =
    oneLine.length > max
      ? `${oneLine.slice(0, max - 1)}\u2026`
      : lines.length > 1
        ? `${oneLine} \u2026`
        : oneLine;
  return `${path}:${instr.line} ${text}`;
}

/** The parsed instruction without the parser's working fields. */
export function toInstruction(i: ParsedInstruction): Instruction {
  return {
    stage: i.stage,
    stageIndex: i.stageIndex,
    keyword: i.keyword,
    line: i.line,
    endLine: i.endLine,
    text: i.text,
  };
}
