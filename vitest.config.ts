import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// The build tests run real `astro build`s.
		testTimeout: 60_000,
	},
});
