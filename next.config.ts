import { readdirSync } from 'node:fs';
import type { NextConfig } from 'next';
import { apiCsp } from './lib/http/csp';

// Static files (everything in public/, and the icons app/ serves by file convention) are images and text, never
// documents that run script or may be framed: an SVG opened on its own gets the same policy as an API answer.
const staticFiles = [
  ...readdirSync('public', { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${entry.name}`),
  '/favicon.ico',
];

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    const apiHeaders = [{ key: 'Content-Security-Policy', value: apiCsp }];
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: apiHeaders },
      { source: '/cds-services/:path*', headers: apiHeaders },
      { source: '/cds-services', headers: apiHeaders },
      ...staticFiles.map((source) => ({ source, headers: apiHeaders })),
    ];
  },
};

export default nextConfig;
