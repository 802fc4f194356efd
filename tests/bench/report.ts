/** `npm run bench:report`: the README's Performance tables from tests/bench/results/. */
import { pageTable, scaleTable, targetTable } from './report-tables.ts';

console.log(
  [
    scaleTable(),
    pageTable(),
    targetTable() ?? '(targets: run `npm run bench -- --docs 200` and `-- --docs 2000` first)',
  ].join('\n\n'),
);
