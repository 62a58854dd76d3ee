// The server bench's figures: percentiles of request times and the table it prints.

const percentile = (sorted, p) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** Count, median and 95th percentile of request times in ms. */
export function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');
const row = (what, database, s, other = '') => [what, database, s.n, ms(s.p50), ms(s.p95), other];

export function print(results) {
  const rows = [['', 'database', 'n', 'p50', 'p95', '']];
  for (const r of results) {
    const { seed, library, big } = r;
    const clients = `${library.clients} clients`;
    rows.push(
      row('store (POST)', r.database, seed.post, `${seed.seconds} s for ${seed.processes}`),
    );
    rows.push(row(`list, ${clients}`, r.database, library.list, `${library.perSecond} req/s`));
    rows.push(row(`search, ${clients}`, r.database, library.search, '(list+search together)'));
    rows.push(row('open 1,000 steps', r.database, big.open, `${big.kb} KB`));
    rows.push(row('save 1,000 steps', r.database, big.save));
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
}
