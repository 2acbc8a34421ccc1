import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { InputError } from '../../src/common/errors.js';
import type { ParsedDockerfile, ParsedInstruction } from '../../src/dockerfile/types.js';

const parse = (text: string, buildArgs: Record<string, string> = {}): ParsedDockerfile =>
  parseDockerfile(text, 'app/Dockerfile', { buildArgs });
const at = (df: ParsedDockerfile, line: number): ParsedInstruction => {
  const i = df.stages.flatMap((s) => s.instructions).find((x) => x.line === line);
  if (!i) throw new Error(`no instruction at line ${line}`);
  return i;
};

describe('parseDockerfile', () => {
  it('joins continuation lines and drops comment lines inside them', () => {
    const df = parse('FROM a\nRUN echo a \\\n    # note\n    && echo b\nCOPY x \\\n  y /d/\n');
    const run = at(df, 2);
    expect([run.line, run.endLine, run.keyword, run.form]).toEqual([2, 4, 'RUN', 'shell']);
    expect(run.command?.replace(/\s+/g, ' ')).toBe('echo a && echo b');
    expect(at(df, 5)).toMatchObject({ endLine: 6, args: ['x', 'y', '/d/'] });
  });

  it('honours # escape=`', () => {
    const df = parse('# escape=`\nFROM a\nRUN echo one `\n  two\nCOPY C:\\src C:\\dst\n');
    expect(df.escape).toBe('`');
    expect(at(df, 3).command?.replace(/\s+/g, ' ')).toBe('echo one two');
    expect(at(df, 3).endLine).toBe(4);
    expect(at(df, 5).args).toEqual(['C:\\src', 'C:\\dst']);
  });

  it('reads heredocs', () => {
    const df = parse(
      'FROM a\nRUN <<EOF\necho hi\necho there\nEOF\nCOPY <<A /a.txt\nbody\nA\nRUN echo after\n',
    );
    expect(at(df, 2)).toMatchObject({ line: 2, endLine: 5, heredocs: ['echo hi\necho there\n'] });
    expect(at(df, 6)).toMatchObject({ line: 6, endLine: 8, heredocs: ['body\n'] });
    expect(at(df, 9).keyword).toBe('RUN');
  });

  it('tells exec form from shell form, keeping spaces inside JSON strings', () => {
    const df = parse(
      'FROM a\nRUN ["sh", "-c", "echo a b > /x"]\nCMD echo hi\nENTRYPOINT ["/bin/app"]\nRUN [not json\n',
    );
    expect(at(df, 2)).toMatchObject({ form: 'exec', args: ['sh', '-c', 'echo a b > /x'] });
    expect(at(df, 3)).toMatchObject({ form: 'shell', args: ['echo', 'hi'] });
    expect(at(df, 4)).toMatchObject({ form: 'exec', args: ['/bin/app'] });
    expect(at(df, 5).form).toBe('shell');
  });

  it('reads --mount, --from, --chown, --chmod and --link flags', () => {
    const df = parse(
      'FROM a AS b\nFROM a\nRUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=t pip install x\n' +
        'COPY --from=b --chown=1:1 --chmod=644 --link /x /y\n',
    );
    expect(at(df, 3).flags).toEqual([
      { name: 'mount', value: 'type=cache,target=/root/.cache' },
      { name: 'mount', value: 'type=secret,id=t' },
    ]);
    expect(at(df, 3).args).toEqual(['pip', 'install', 'x']);
    expect(at(df, 4).flags).toEqual([
      { name: 'from', value: 'b' },
      { name: 'chown', value: '1:1' },
      { name: 'chmod', value: '644' },
      { name: 'link', value: null },
    ]);
    expect(at(df, 4).args).toEqual(['/x', '/y']);
  });

  it('expands ARG before FROM, --build-arg overrides, and ARG/ENV inside a stage', () => {
    const text =
      'ARG REG=docker.io\nARG TAG=1\nFROM ${REG}/lib/app:${TAG:-latest} AS base\nARG V=2\nENV HOME_DIR=/home/$V\n' +
      'WORKDIR $HOME_DIR\nCOPY x ${HOME_DIR}/\nFROM base\nWORKDIR sub\n';
    const df = parse(text, { TAG: '9' });
    expect(df.stages.map((s) => [s.name, s.from, s.line, s.fromStage])).toEqual([
      ['base', 'docker.io/lib/app:9', 3, undefined],
      ['1', 'base', 8, 0],
    ]);
    expect(df.globalArgs).toEqual({ REG: 'docker.io', TAG: '9' });
    expect(at(df, 5).expanded).toEqual(['HOME_DIR=/home/2']);
    expect(at(df, 6).workdir).toBe('/home/2');
    expect(at(df, 7).expanded).toEqual(['x', '/home/2/']);
    // ENV and WORKDIR carry over to a stage built FROM this one.
    expect(at(df, 9).workdir).toBe('/home/2/sub');
  });

  it('records stage ARG values for the RUN prefix', () => {
    const df = parse('FROM a\nARG A=1\nARG B\nARG C\nRUN x\n', { B: '2' });
    expect(at(df, 5).argValues).toEqual({ A: '1', B: '2' });
  });

  it('parses ONBUILD triggers', () => {
    const df = parse('FROM a\nONBUILD COPY . /app\nONBUILD RUN make\n');
    expect(at(df, 2).trigger).toMatchObject({ keyword: 'COPY', args: ['.', '/app'], line: 2 });
    expect(at(df, 3).trigger).toMatchObject({ keyword: 'RUN', line: 3 });
  });

  it('reads layerlint ignore comments right above an instruction, and global ones', () => {
    const df = parse(
      '# layerlint global ignore=LL010\nFROM a\n# layerlint ignore=LL001,ll004\n# another comment\nRUN x\n' +
        '# layerlint ignore=LL002\n\nRUN y\n# layerlint ignore=LL003\n# layerlint ignore=LL005\nRUN z\n',
    );
    expect(df.globalIgnore).toEqual(['LL010']);
    expect(at(df, 5).ignore).toEqual(['LL001', 'LL004']);
    expect(at(df, 8).ignore).toEqual([]); // a blank line breaks "right above"
    expect(at(df, 11).ignore).toEqual(['LL003', 'LL005']);
  });

  it('keeps the instruction text and 1-based lines', () => {
    const df = parse('\n\nFROM a\n\nRUN   echo hi\n');
    expect(at(df, 5)).toMatchObject({
      stage: '0',
      stageIndex: 0,
      keyword: 'RUN',
      line: 5,
      endLine: 5,
      text: 'RUN   echo hi',
    });
  });

  it.each([
    ['', /app\/Dockerfile: no instructions/],
    ['# just a comment\n', /app\/Dockerfile: no instructions/],
    ['RUN echo\n', /app\/Dockerfile: line 1: RUN before the first FROM/],
    ['FROM a\nFROB x\n', /app\/Dockerfile: line 2: unknown instruction "FROB"/],
    ['FROM\n', /app\/Dockerfile: line 1: FROM needs an image/],
    ['FROM a b c d\n', /app\/Dockerfile: line 1: FROM takes/],
    ['FROM a AS x\nFROM b AS x\n', /line 2: duplicate stage name "x"/],
    ['FROM a\nCOPY onlyone\n', /line 2: COPY needs a source and a destination/],
    ['FROM a\nRUN\n', /line 2: RUN needs arguments/],
    ['FROM a\nSHELL /bin/bash\n', /line 2: SHELL needs a JSON array/],
    ['FROM a\nONBUILD FROM b\n', /line 2: ONBUILD needs an instruction/],
    ['FROM a\0\n', /not a Dockerfile/],
    ['FROM a\nRUN <<EOF\necho hi\n', /line 2: heredoc <<EOF is never terminated/],
  ])('rejects %j with one line naming the file', (text, re) => {
    let err: unknown;
    try {
      parse(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(re);
    expect((err as InputError).message).not.toContain('\n');
  });
});

describe('parseDockerfile: FROM flags and lowercase keywords', () => {
  it('keeps --platform out of the image name and upper-cases keywords', () => {
    const df = parseDockerfile(
      'from --platform=$BUILDPLATFORM img:1 as Build\nrun echo hi\nFROM build\n',
      'Dockerfile',
      {
        buildArgs: {},
      },
    );
    expect(df.stages.map((s) => [s.name, s.from, s.fromStage])).toEqual([
      ['Build', 'img:1', undefined],
      ['1', 'build', 0],
    ]);
    expect(df.stages[0]?.instructions[0]?.flags).toEqual([{ name: 'platform', value: '$BUILDPLATFORM' }]);
    expect(df.stages[0]?.instructions[1]).toMatchObject({ keyword: 'RUN', text: 'run echo hi' });
  });
});

describe('parseDockerfile: ARG/ENV expansion is bounded', () => {
  /** `ARG A0=x`, then each ARG doubles the previous one: 2^levels characters if nothing stops it. */
  function doubling(levels: number, keyword: 'ARG' | 'ENV', beforeFrom: boolean): string {
    const chain = [`${keyword} A0=x`];
    for (let i = 1; i <= levels; i++) chain.push(`${keyword} A${i}=\${A${i - 1}}$A${i - 1}`);
    return beforeFrom
      ? `${chain.join('\n')}\nFROM alpine\nRUN echo hi\n`
      : `FROM alpine\n${chain.join('\n')}\n`;
  }

  it.each([
    ['ARG before FROM', doubling(40, 'ARG', true), 18],
    ['ARG in a stage', doubling(40, 'ARG', false), 19],
    ['ENV in a stage', doubling(40, 'ENV', false), 19],
  ])('%s: a doubling chain is an InputError naming the file and line, quickly', (_name, text, line) => {
    const t = performance.now();
    let err: unknown;
    try {
      parse(text);
    } catch (e: unknown) {
      err = e;
    }
    expect(performance.now() - t).toBeLessThan(10_000); // a hang guard, not a speed target
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(
      new RegExp(
        `^app/Dockerfile: line ${line}: (ARG|ENV) expanding \\$A\\d+ gives more than 65536 characters`,
      ),
    );
  });

  it('a RUN that repeats a large value many times is refused at its line', () => {
    const big = 'y'.repeat(40_000);
    const err = (() => {
      try {
        parse(`FROM a\nARG B=${big}\nRUN echo $B$B$B\n`);
      } catch (e: unknown) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^app\/Dockerfile: line 3: RUN expanding \$B/);
  });

  it('long literal text and values up to the cap still expand', () => {
    const long = 'z'.repeat(200_000);
    const df = parse(`FROM a\nARG B=${'q'.repeat(60_000)}\nRUN echo ${long} $B\n`);
    expect(at(df, 3).expanded?.[2]?.length).toBe(60_000);
    expect(at(df, 3).expanded?.[1]?.length).toBe(200_000);
  });
});
