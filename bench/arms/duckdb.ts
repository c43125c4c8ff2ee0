// Arm (b): DuckDB loads the same NDJSON with read_json and computes E-03 and E-04 in SQL.
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2]!.replace(/'/g, "''");
const t0 = performance.now();
const connection = await (await DuckDBInstance.create(':memory:')).connect();
await connection.run(`CREATE TABLE ev AS
  SELECT uuid, CAST(published AS TIMESTAMP) AS ts, eventType AS action, actor.id AS actor, outcome.result AS result,
         client.ipAddress AS ip, client.geographicalContext.country AS country,
         client.geographicalContext.geolocation.lat AS lat, client.geographicalContext.geolocation.lon AS lon
  FROM read_json('${file}', format = 'newline_delimited')`);
const [[events]] = (await connection.runAndReadAll('SELECT count(*) FROM ev')).getRows() as [[bigint]];
// E-03: consecutive successful sign-ins of one account faster than 1,000 km/h over more than 500 km.
const e03 = (await connection.runAndReadAll(`
  WITH s AS (
    SELECT actor, ts, lat, lon, lag(ts) OVER w AS pts, lag(lat) OVER w AS plat, lag(lon) OVER w AS plon
    FROM ev WHERE result = 'SUCCESS' AND lat IS NOT NULL WINDOW w AS (PARTITION BY actor ORDER BY ts)),
  d AS (SELECT actor, ts, pts, 2 * 6371 * asin(sqrt(pow(sin(radians(lat - plat) / 2), 2)
          + cos(radians(plat)) * cos(radians(lat)) * pow(sin(radians(lon - plon) / 2), 2))) AS km FROM s WHERE pts IS NOT NULL)
  SELECT count(DISTINCT actor) FROM d
  WHERE km > 500 AND greatest(km - 200, 0) / greatest(epoch(ts) - epoch(pts), 60) * 3600 > 1000`).then((r) => r.getRows()))[0]![0];
// E-04: public addresses used by 2–20 accounts within a 7-day bucket.
const e04 = (await connection.runAndReadAll(`
  SELECT count(*) FROM (SELECT ip, time_bucket(INTERVAL 7 DAY, ts) AS week, count(DISTINCT actor) AS n FROM ev
  WHERE result = 'SUCCESS' GROUP BY ip, week HAVING n BETWEEN 2 AND 20)`).then((r) => r.getRows()))[0]![0];
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ arm: 'b', events: Number(events), seconds, rssMiB: process.resourceUsage().maxRSS / 1024, e03_accounts: Number(e03), e04_groups: Number(e04) }));
