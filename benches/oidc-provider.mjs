// Peer for the token-endpoint benchmark: node-oidc-provider (npm `oidc-provider`, pinned in run.sh)
// with the client_credentials grant and one confidential client using client_secret_basic.
// In-memory adapter (the library's default), loopback only. Prints
// "listening on http://127.0.0.1:PORT" on stderr once it is ready, like `oauthctl dev-server`.
//
// Env: BENCH_CLIENT_ID, BENCH_CLIENT_SECRET (required), BENCH_LISTEN_PORT (default 0 = any free).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolve oidc-provider from the local install dir (benches/.node) without a package.json here.
const here = path.dirname(fileURLToPath(import.meta.url));
const nodeDir = process.env.BENCH_NODE_DIR || path.join(here, '.node');
const require = createRequire(path.join(nodeDir, 'package.json'));
const { default: Provider } = await import(require.resolve('oidc-provider'));

const clientId = process.env.BENCH_CLIENT_ID;
const clientSecret = process.env.BENCH_CLIENT_SECRET;
if (!clientId || !clientSecret) {
  console.error('BENCH_CLIENT_ID and BENCH_CLIENT_SECRET must be set');
  process.exit(2);
}
const port = Number(process.env.BENCH_LISTEN_PORT || 0);

const configuration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_basic',
      scope: 'api.read',
    },
  ],
  scopes: ['api.read'],
  features: {
    clientCredentials: { enabled: true },
    devInteractions: { enabled: false },
  },
  cookies: { keys: ['bench-only-cookie-key'] },
  ttl: { ClientCredentials: 3600 },
};

// The issuer is only a string in tokens and metadata; the port is known after listen.
const provider = new Provider('http://127.0.0.1', configuration);
provider.proxy = false;
// Keep the library's per-request warnings (in-memory adapter, dev keys) off the measured path.
provider.on('server_error', (ctx, err) => console.error('server_error', err));

const server = provider.listen(port, '127.0.0.1', () => {
  const addr = server.address();
  console.error(`listening on http://127.0.0.1:${addr.port}`);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
