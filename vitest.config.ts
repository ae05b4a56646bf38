import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // An engine's first question builds its indexes (about 4 s on a busy 2-core machine), and the
    // suite runs browser and `npm start` processes beside it: 5 s, vitest's default, is too close.
    testTimeout: 20_000,
  },
});
