/**
 * A test's first question that needs jieba's dictionary (a refusal's closest line) loads it: about
 * 1 s alone, 4–7 s on the 2-core machine while other work runs on it, past vitest's 5 s default.
 * Tests that measure speed assert their own bounds; this only stops a busy machine failing the rest.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { testTimeout: 20_000 } });
