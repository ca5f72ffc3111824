/**
 * Runs a command's code in process and returns what it printed. Only text is captured: node's test
 * runner reports each test's result on the same stdout of the test file's process, as binary
 * (serialized) chunks, possibly while the command runs; swallowing those loses the result of a test
 * from the run's report (seen: a passing test missing from the count). They go through.
 */
export async function captureOutput<T>(
  run: () => Promise<T>,
  options: { stderr?: 'capture' | 'drop' } = {},
): Promise<{ result: T; text: string }> {
  const out: string[] = [];
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const capture = (stream: NodeJS.WriteStream, original: typeof process.stdout.write, keep: boolean) =>
    ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'string')
        return (original as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
      if (keep) out.push(chunk);
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture(process.stdout, stdoutWrite, true);
  process.stderr.write = capture(process.stderr, stderrWrite, options.stderr !== 'drop');
  try {
    const result = await run();
    return { result, text: out.join('') };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
}
