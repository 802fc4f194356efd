/**
 * `npm run bench:report`: the README's Performance tables from tests/bench/results/, in
 * the README's order — targets, scale, first queries, the seeds' pages, the previous bench.
 */
import { pageTable, queryTable, scaleTable, targetTable } from './report-tables.ts';
import { previousScaleTable } from './report-previous.ts';

console.log([targetTable(), scaleTable(), queryTable(), pageTable(), previousScaleTable()].join('\n\n'));
