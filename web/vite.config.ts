// SvelteKit 3 takes its configuration here (svelte.config.js is no longer read and is rejected if present).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import adapterNode from '@sveltejs/adapter-node';
import type { Adapter } from '@sveltejs/kit';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const OUT = 'build';

/**
 * adapter-node 6 no longer reads ORIGIN at run time: the origin is fixed at build time (`paths.origin`) or taken from
 * the Host header with an https default, which makes every http form POST fail the CSRF check. The launcher and
 * deployments pass ORIGIN when they start `node build/index.js`, so the built server honours it again.
 */
function adapter(): Adapter {
  const base = adapterNode({ out: OUT });
  return {
    ...base,
    async adapt(builder) {
      await base.adapt(builder);
      const file = fileURLToPath(new URL(`./${OUT}/adapter-node.js`, import.meta.url));
      const source = readFileSync(file, 'utf8');
      const line = /^export const origin = (.*);$/m;
      if (!line.test(source)) throw new Error(`${file}: no origin export to patch (adapter-node changed?)`);
      writeFileSync(
        file,
        source.replace(line, (_match, built: string) => `export const origin = process.env.ORIGIN ? new URL(process.env.ORIGIN).origin : ${built};`),
      );
    },
  };
}

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter(),
      compilerOptions: { runes: true },
    }),
  ],
});
