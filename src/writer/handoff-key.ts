/**
 * Where the bundle's writer is handed over (handoff.ts says why). Its own module, importing
 * nothing: the integration imports it, and must not load the writer's modules itself.
 */
import type { Writer } from './handoff.ts';

const KEY = Symbol.for('resolu.writer');
const slot = globalThis as Record<symbol, Writer | undefined>;

export const putWriter = (writer: Writer): void => void (slot[KEY] = writer);

/** The writer the build's pages handed over; undefined when no shell page was rendered. */
export const handedOver = (): Writer | undefined => slot[KEY];
