/**
 * The site's own config (astro.config.mjs) plus the build-phase marks of
 * `buildTimings()` (src/integrations/build-timings.ts), for the scale benchmark:
 * `npx astro build --config scripts/scale/astro.config.mjs`. The project root stays the
 * working directory, so the build is the site's own in every other way.
 */
import config from '../../astro.config.mjs';
import { buildTimings } from '../../src/integrations/build-timings.ts';

export default { ...config, integrations: [buildTimings(), ...(config.integrations ?? [])] };
