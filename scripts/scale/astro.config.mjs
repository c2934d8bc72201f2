/**
 * The site's own config (astro.config.mjs) plus marks at the start of each build phase
 * (lib/mark-build-phases.ts), for the scale benchmark:
 * `astro build --config scripts/scale/astro.config.mjs`. The project root stays the
 * working directory, so the build is the site's own in every other way.
 */
import config from '../../astro.config.mjs';
import { markBuildPhases } from './lib/mark-build-phases.ts';

export default { ...config, integrations: [markBuildPhases(), ...(config.integrations ?? [])] };
