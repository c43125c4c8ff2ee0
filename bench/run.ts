// npm run bench [-- NAME] [--events N]: runs one benchmark by name, or all of them.
const benches: Record<string, () => Promise<unknown>> = {
  ingest: () => import('./ingest.js'),
  enrich: () => import('./enrich.js'),
  resolve: () => import('./resolve.js'),
  screen: () => import('./screen.js'),
};
const name = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
if (name && !benches[name]) {
  console.error(`unknown benchmark "${name}" (known: ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}
for (const [key, load] of Object.entries(benches)) if (!name || key === name) await load();
