import type { NextConfig } from 'next';
import { apiCsp } from './lib/http/csp';

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
    ];
  },
};

export default nextConfig;
