// The package in web/dist/pkg as an HR system in Node gets it: `npm pack`,
// the tarball installed into a project of its own (`npm install --offline`:
// a local tarball with no dependencies needs no registry), and there
// `import init, { lint } from 'dialogmote'` and `await init()` with no
// argument, which reads the .wasm beside the module from the file system
// (Node cannot fetch a file: URL).
//
//   node --test web/tests/npm-package.test.mjs
//
// (tests/integration/wasm.sh builds the package and runs this.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = join(repo, 'web/dist/pkg');
assert.ok(existsSync(join(pkg, 'package.json')), `no package in ${pkg}: run bash web/build.sh`);
const crateVersion = /^version = "(.*)"$/m.exec(readFileSync(join(repo, 'bindings/wasm/Cargo.toml'), 'utf8'))[1];

/** Runs `cmd args` in `cwd`, failing the test with its output if it fails. */
function run(cwd, cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test('npm pack, npm install --offline of the tarball, then import, init() with no argument and lint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dialogmote-npm-'));
  try {
    // A cache of its own, empty: nothing comes from an earlier download.
    const env = { npm_config_cache: join(dir, 'cache'), npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };
    const [packed] = JSON.parse(run(pkg, 'npm', ['pack', '--json', '--pack-destination', dir], env));
    assert.equal(packed.name, 'dialogmote');
    assert.equal(packed.version, crateVersion, 'the version of the crate bindings/wasm');
    assert.deepStrictEqual(packed.files.map((f) => f.path).sort(), ['dialogmote.d.ts', 'dialogmote.js', 'dialogmote_bg.wasm', 'package.json']);
    console.log(`# ${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);

    const project = join(dir, 'hr-system');
    run(dir, 'mkdir', [project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'hr-system', private: true, type: 'module' }));
    run(project, 'npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], env);
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/dialogmote/package.json'), 'utf8'));
    assert.equal(installed.version, crateVersion);

    writeFileSync(
      join(project, 'check.mjs'),
      `import init, { lint, version } from 'dialogmote';
import { readFileSync } from 'node:fs';
await init();
await init(); // a second call is harmless
const complete = lint(readFileSync(process.argv[2]), { asOf: '2026-11-20', path: 'complete.yaml' });
const broken = lint('format: dialogmote1/v1\\nmeeting:\\n  datee: 2026-11-16\\n', { asOf: '2026-11-20', lang: 'en' });
console.log(JSON.stringify({ complete: complete.findings, broken: broken.findings.map((f) => f.code), version: version() }));
`,
    );
    const out = JSON.parse(run(project, process.execPath, ['check.mjs', join(repo, 'examples/complete.yaml')]));
    assert.deepStrictEqual(out.complete, [], 'examples/complete.yaml is clean');
    assert.ok(out.broken.includes('DM002'), `a misspelt key is found: ${out.broken}`);
    assert.equal(out.version, crateVersion);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
