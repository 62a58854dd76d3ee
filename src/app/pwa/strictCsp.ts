// Runtime settings the strict CSP needs. Zod probes `new Function('')` on its first object
// parse to decide whether to compile fast parsers; under `script-src 'self'` the probe is
// blocked and reported as a violation. Jitless parsing needs no eval at all.
import { config } from 'zod';

config({ jitless: true });
