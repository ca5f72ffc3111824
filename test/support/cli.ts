import { type ChildProcess, spawn } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Helpers to drive the real `ipp` binary (bin/ipp.js) as a child process. */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/ipp.js', import.meta.url));

/**
 * The node arguments that run a TypeScript entry of this repository (`src/cli.ts`, or an absolute
 * path under it): its JavaScript when the test runner compiled the sources (IPP_TEST_COMPILED_DIR,
 * set by scripts/run-tests.ts), else the source through tsx. The same code either way; the compiled
 * one starts on about half the CPU. The `ipp` binary itself (runCli, startServer) always runs as
 * installed, through tsx.
 */
export function nodeArgsFor(script: string): string[] {
  const compiled = compiledOf(script);
  return compiled ? ['--enable-source-maps', compiled] : ['--import', 'tsx', script];
}

/** The compiled JavaScript of a TypeScript file of this repository, when the runner compiled them. */
function compiledOf(script: string): string | undefined {
  const compiled = process.env.IPP_TEST_COMPILED_DIR;
  if (!compiled) return undefined;
  return join(compiled, relative(REPO_ROOT, resolve(REPO_ROOT, script)).replace(/\.ts$/, '.js'));
}

/**
 * A path that `import()` loads in this test process: the compiled JavaScript of a source file when
 * the runner compiled the sources (no TypeScript loader is registered then), else the source.
 */
export function importablePath(source: string): string {
  return compiledOf(source) ?? source;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a CLI child: the parent's, minus anything that would point it at a shared database. */
export function cliEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0' };
  delete env.DATABASE_URL;
  delete env.IPP_SECRET_KEY;
  delete env.IPP_AUDIT_SIGNING_KEY;
  delete env.IPP_AUDIT_CHECKPOINT_FILE;
  delete env.IPP_AUDIT_CHECKPOINT_SECONDS;
  delete env.NODE_TEST_CONTEXT;
  return { ...env, ...overrides };
}

/**
 * Runs `ipp` and collects its output. The time limit only stops a hung child; it asserts nothing about
 * speed. It is generous: on two cores under a load of 10-16 (other test files, browsers), `ipp demo` on
 * PostgreSQL once took over 60 s (2026-12-07).
 */
export function runCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 240_000,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ipp ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  /** Everything printed to stdout so far (credentials come before the listening line). */
  output(): string;
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `ipp serve` and resolves once it prints the address it listens on. */
export function startServer(env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ipp serve printed no address within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /OpenIPP listening on (http:\/\/\S+)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        baseUrl: match[1]!,
        output: () => stdout,
        stderr: () => stderr,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`ipp serve exited with ${code} before listening\n${stdout}\n${stderr}`));
    });
  });
}
