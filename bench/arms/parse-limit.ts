// Arm (a): the parsing limit — readline + JSON.parse over the file, nothing else.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const t0 = performance.now();
let events = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]!), crlfDelay: Infinity })) {
  if (line === '') continue;
  JSON.parse(line);
  events++;
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ arm: 'a', events, seconds, rssMiB: process.resourceUsage().maxRSS / 1024 }));
