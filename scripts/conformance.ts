// npm run conformance [-- DIR]: compares molehunt's normalization with Elastic's expected ECS documents.
import { existsSync } from 'node:fs';
import { DEFAULT_CONFORMANCE_DIR, runConformance } from './conformance-lib.js';

const dir = process.argv[2] ?? DEFAULT_CONFORMANCE_DIR;
if (!existsSync(dir)) {
  console.error(`conformance: ${dir} is not present (it is ../shared/conformance beside the repository); nothing compared.`);
  process.exit(0);
}
for (const corpus of runConformance(dir)) {
  console.log(
    `\n${corpus.name}: ${corpus.documents} documents — ${(corpus.rate * 100).toFixed(1)} % of the field values Elastic produced are identical; ` +
      `${corpus.additions} values only molehunt produced`,
  );
  console.log('  field                  equal  both-absent  different  only-ours  only-elastic');
  for (const [name, s] of Object.entries(corpus.fields)) {
    console.log(`  ${name.padEnd(22)} ${String(s.equal).padStart(5)}  ${String(s.bothAbsent).padStart(11)}  ${String(s.different).padStart(9)}  ${String(s.onlyOurs).padStart(9)}  ${String(s.onlyTheirs).padStart(12)}`);
  }
}
