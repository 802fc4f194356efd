/** Nothing to set up for the unit suites; site suites build dist/ themselves when present. */
export default function setup(): void {}
