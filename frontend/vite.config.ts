import react from '@vitejs/plugin-react';
import type { ProxyOptions } from 'vite';
import { defineConfig } from 'vitest/config';

// The SPA calls the API on its own origin (/api/...); in development and preview Vite forwards it.
// The backend's rate limit keys on X-Forwarded-For from this proxy: it carries the address of the socket, never
// a header the client sent (which would let a client pick its own budget).
const apiProxy: Record<string, ProxyOptions> = {
  '/api': {
    target: process.env.LGTQ_API_PROXY ?? 'http://localhost:8080',
    configure: (proxy) => {
      proxy.on('proxyReq', (proxyReq, req) => {
        const address = req.socket.remoteAddress;
        if (address) proxyReq.setHeader('X-Forwarded-For', address);
        else proxyReq.removeHeader('X-Forwarded-For');
      });
    },
  },
};

export default defineConfig({
  plugins: [react()],
  // Pre-bundled at dev server start: discovering them on the first page load reloads the page,
  // which can interrupt the login redirect.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom/client',
      'react-router',
      '@tanstack/react-query',
      'i18next',
      'react-i18next',
      'keycloak-js',
      'openapi-fetch',
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
    ],
  },
  // Keycloak accepts exactly http://localhost:5173/ as redirect URI, so the port is fixed.
  server: {
    port: 5173,
    strictPort: true,
    proxy: apiProxy,
    // The dashboard's unit test reads the Excel report's labels from the backend source (`?raw`).
    fs: { allow: ['.', '../backend/src/main/java/vn/lgtq/dashboard'] },
  },
  preview: { port: 5173, strictPort: true, proxy: apiProxy },
  // The dashboard's chunk carries ECharts (about 220 kB gzipped); it loads only when the dashboard is opened.
  build: { chunkSizeWarningLimit: 700 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
