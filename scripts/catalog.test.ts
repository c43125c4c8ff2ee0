import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { enrichers, rules, sources } from '../src/catalog.generated.js';
import { renderRulesMarkdown } from '../src/report/rules-catalog.js';
import { renderCatalogDocs } from './catalog-docs.js';
import { moduleFiles, renderCatalog } from './catalog-files.js';

const root = join(import.meta.dirname, '..');
const files = moduleFiles(root);
const fix = 'run `npm run gen` and commit the result';

describe('catalog', () => {
  test('src/catalog.generated.ts is up to date', () => {
    assert.equal(readFileSync(join(root, 'src/catalog.generated.ts'), 'utf8'), renderCatalog(files), fix);
  });

  test('docs/catalog.md is up to date with the modules\' metadata', async () => {
    assert.equal(readFileSync(join(root, 'docs/catalog.md'), 'utf8'), await renderCatalogDocs(), fix);
  });

  test('docs/rules.md is up to date with the rules\' metadata (molehunt rules --markdown)', () => {
    assert.equal(readFileSync(join(root, 'docs/rules.md'), 'utf8'), renderRulesMarkdown(rules), fix);
  });

  test('every module id equals its file basename (dots as hyphens) and is unique', () => {
    const modules = [...sources, ...enrichers, ...rules];
    assert.equal(modules.length, files.length);
    const ids = modules.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    for (const [kind, list] of [['sources', sources], ['enrichers', enrichers], ['rules', rules]] as const) {
      const bases = files.filter((f) => f.kind === kind).map((f) => f.base);
      assert.deepEqual(list.map((m) => m.id.replace(/\./g, '-')), bases, `${kind}: id must match the file name`);
    }
  });

  test('every module has a fixture test beside it', () => {
    for (const f of files) {
      const testFile = join(root, f.path.replace(/\.ts$/, '.test.ts'));
      assert.ok(existsSync(testFile), `${f.path} has no test (${relative(root, testFile)})`);
    }
  });

  test('every rule documents why, what to do, false positives and sources, and its options have defaults', () => {
    for (const r of rules) {
      assert.ok(r.description.length >= 60, `${r.id}: description`);
      assert.ok(r.runbook.length >= 40, `${r.id}: runbook`);
      assert.ok(r.clears.length >= 30, `${r.id}: what clears a finding`);
      assert.ok(r.falsePositives.length >= 1, `${r.id}: falsePositives`);
      assert.ok(r.citations.length >= 1, `${r.id}: citations`);
      assert.match(r.indicator, /^[A-L]-\d{2}$/, `${r.id}: indicator`);
      assert.doesNotThrow(() => r.options.parse({}), `${r.id}: every option needs a default`);
    }
    for (const m of [...sources, ...enrichers]) assert.ok(m.description.length >= 40, `${m.id}: description`);
    for (const s of sources) assert.ok((s.example ?? '').length >= 20, `${s.id}: a one-line example for \`molehunt sources\``);
  });

  test('rule indicators and citations exist in the research catalog', { skip: existsSync(join(root, '../shared/research/dprk-indicators.md')) ? false : 'shared/ not present' }, () => {
    const research = readFileSync(join(root, '../shared/research/dprk-indicators.md'), 'utf8');
    for (const r of rules) {
      for (const id of [r.indicator, ...r.citations.map((c) => c.indicator)]) {
        assert.ok(research.includes(`| ${id} |`), `${r.id}: ${id} is not in dprk-indicators.md`);
      }
    }
  });

  test('source file names are kebab-case with a role suffix where they are catalog modules', () => {
    const bad: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== '__fixtures__') walk(path);
        } else if (name.endsWith('.ts') && !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)*\.ts$/.test(name)) bad.push(relative(root, path));
      }
    };
    walk(join(root, 'src'));
    assert.deepEqual(bad, []);
  });
});
