// Regenerates src/catalog.generated.ts and docs/catalog.md. Run with `npm run gen`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleFiles, renderCatalog } from './catalog-files.js';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, 'src/catalog.generated.ts'), renderCatalog(moduleFiles(root)));
const { renderCatalogDocs } = await import('./catalog-docs.js');
writeFileSync(join(root, 'docs/catalog.md'), await renderCatalogDocs());
const { rules } = await import('../src/catalog.generated.js');
const { renderRulesMarkdown } = await import('../src/report/rules-catalog.js');
writeFileSync(join(root, 'docs/rules.md'), renderRulesMarkdown(rules));
console.error('wrote src/catalog.generated.ts, docs/catalog.md and docs/rules.md');
