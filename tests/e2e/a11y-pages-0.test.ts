// Every page of dist/, served under a sub-path, at 320 px wide, light and dark: this half
// here, the other in a11y-pages-1.test.ts, so that the two cores share the work.
import { auditEveryPage } from '../helpers/a11y.ts';

await auditEveryPage(0);
