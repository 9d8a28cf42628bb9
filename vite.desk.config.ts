import { defineConfig } from 'vite';

/** The reviewer desk: plain TypeScript, built to desk/dist, served by the local stack and by CloudFront. */
export default defineConfig({
  root: 'desk',
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
