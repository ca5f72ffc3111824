import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Compiles the TypeScript the test files load into plain JavaScript once per run, so that each test
 * process loads JavaScript natively instead of through tsx's loader. On Node 20 a loader runs on a
 * separate thread and every module's resolve and load is a round trip to it: importing the test
 * harness took 6.9 s of CPU through tsx against 3.3 s as plain JavaScript (about 120 test processes
 * a run, 2026-12-07; a minimal loader of our own took 6.3 s, so the round trips are the cost).
 *
 * Each file compiles to the same relative place under `outDir`, its relative `.ts` imports pointing
 * at the compiled `.js`, and every `import.meta.url` replaced by the source file's own URL: paths a
 * module computes from its location (migrations, fixtures, the portal, child process scripts) are
 * the source tree's, exactly as under tsx. Packages resolve through a node_modules link.
 */
const DIRS = ['src', 'test', 'scripts', 'bench', 'eval', 'web/scripts'];
/** Portal modules the tests load: plain TypeScript with no JSX and no relative imports. */
const PORTAL_FILES = ['web/src/short-id.ts'];

export async function compileTests(root: string, outDir: string): Promise<void> {
  const entryPoints: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) entryPoints.push(path);
    }
  };
  for (const dir of DIRS) walk(join(root, dir));
  for (const file of PORTAL_FILES) entryPoints.push(join(root, file));
  const compiled = new Set(entryPoints);

  const sourceTree: Plugin = {
    name: 'source-tree',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (!args.path.startsWith('.')) return { path: args.path, external: true };
        const target = join(args.resolveDir, args.path);
        // A relative import of a compiled file points at its output; nothing else is expected.
        if (!compiled.has(target))
          return { errors: [{ text: `${args.importer} imports ${args.path}, which is not compiled` }] };
        return { path: args.path.replace(/\.ts$/, '.js'), external: true };
      });
      b.onLoad({ filter: /\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replaceAll(
          'import.meta.url',
          JSON.stringify(pathToFileURL(args.path).href),
        ),
        loader: 'ts',
      }));
    },
  };

  await build({
    entryPoints,
    outdir: outDir,
    outbase: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'),
    plugins: [sourceTree],
  });
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir');
}

/** The compiled file of a source file (`src/x.test.ts` -> `<outDir>/src/x.test.js`), and back. */
export const compiledPath = (outDir: string, file: string) => join(outDir, file.replace(/\.ts$/, '.js'));
export const sourcePath = (root: string, outDir: string, file: string) =>
  file.startsWith(outDir) ? join(root, relative(outDir, file).replace(/\.js$/, '.ts')) : file;
