// A third-party authorization server for tests/oidc_provider.rs: node-oidc-provider (npm
// `oidc-provider`, pinned in package.json next to this file; `tests/run.sh` installs it).
// In-memory, loopback only. Prints "listening on http://127.0.0.1:PORT" on stderr once ready.
//
// Env:
//   OIDC_PORT            the port to listen on (required: the issuer, and so every endpoint in the
//                        metadata, carries it)
//   OIDC_SECRET          the secret of the confidential clients (required)
//   OIDC_WEB_REDIRECT    the one redirect URI of `web-app` (required), e.g. http://127.0.0.1:PORT/cb
//   OIDC_REGISTRATION    `1` turns on dynamic registration (RFC 7591, POST /reg) and registration
//                        management (RFC 7592: GET/PUT/DELETE /reg/CLIENT_ID with the registration
//                        access token, which every PUT rotates). Registration needs an initial
//                        access token (adapter-backed): the line "initial access token: VALUE" on
//                        stderr, printed before "listening on". With that token, a registration
//                        runs the policy `rotate-secret`: every PUT issues a new client_secret
//                        (the old one stops working at once), and with OIDC_SECRET_TTL each secret
//                        expires that many seconds after it was issued (client_secret_expires_at).
//   OIDC_SECRET_TTL      seconds (see OIDC_REGISTRATION); unset: secrets never expire (0)
//   OIDC_KEEP_SECRET     `1`: the initial access token carries no policy, so a PUT keeps the
//                        client secret (this server's default behaviour)
//   OIDC_STRICT_QUERY    `1`: the token endpoint refuses a request whose URL has a query string
//                        (400 invalid_request "URL query parameters are not allowed"), as a strict
//                        RFC 6749 server may: parameters go in the form body (§3.2)
//
// Clients:
//   cc-basic    client_credentials, client_secret_basic
//   cc-post     client_credentials, client_secret_post
//   native-app  public native app (auth method none): authorization_code + PKCE + refresh_token,
//               redirect http://127.0.0.1/callback on any port (RFC 8252 §7.3)
//   web-app     confidential (client_secret_post): authorization_code + PKCE + refresh_token,
//               redirect OIDC_WEB_REDIRECT exactly
// Sign-in and consent are the library's devInteractions pages (any login and password work).
// Discovery is OpenID's only (/.well-known/openid-configuration): the RFC 8414 path answers 404.
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const registration = process.env.OIDC_REGISTRATION === '1';
const secretTtl = Number(process.env.OIDC_SECRET_TTL || 0);
const secret = process.env.OIDC_SECRET;
const webRedirect = process.env.OIDC_WEB_REDIRECT;
if (!port || !secret || !webRedirect) {
  console.error('OIDC_PORT, OIDC_SECRET and OIDC_WEB_REDIRECT must be set');
  process.exit(2);
}

// The API the access tokens are for (RFC 8707); its scopes are api.read and api.write.
const API = 'urn:oauthctl:test-api';

const configuration = {
  clients: [
    {
      client_id: 'cc-basic',
      client_secret: secret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_basic',
      scope: 'api.read api.write',
    },
    {
      client_id: 'cc-post',
      client_secret: secret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_post',
      scope: 'api.read api.write',
    },
    {
      client_id: 'native-app',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/callback'],
      scope: 'openid offline_access api.read',
    },
    {
      client_id: 'web-app',
      client_secret: secret,
      application_type: 'web',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [webRedirect],
      scope: 'openid offline_access api.read api.write',
    },
  ],
  scopes: ['openid', 'offline_access', 'api.read', 'api.write'],
  pkce: { methods: ['S256'], required: () => true },
  // oauthctl is a plain OAuth client: it asks for offline_access without OpenID's prompt=consent,
  // which makes this library drop that scope (OIDC Core §11). Refresh tokens go to every client
  // that may use the refresh_token grant instead.
  issueRefreshToken: (ctx, client) => client.grantTypeAllowed('refresh_token'),
  features: {
    clientCredentials: { enabled: true },
    devInteractions: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    registration: {
      enabled: registration,
      initialAccessToken: true,
      policies: {
        // On PUT (RFC 7592 update) a new secret replaces the current one; on POST and PUT the
        // secret gets its expiry when OIDC_SECRET_TTL is set.
        'rotate-secret': (ctx, properties) => {
          if (ctx.method === 'PUT' && properties.client_secret) {
            properties.client_secret = crypto.randomBytes(32).toString('base64url');
          }
          if (secretTtl > 0 && properties.client_secret) {
            properties.client_secret_expires_at = Math.floor(Date.now() / 1000) + secretTtl;
          }
        },
      },
    },
    registrationManagement: { enabled: registration, rotateRegistrationAccessToken: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => API,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, resource) => {
        if (resource !== API) throw new Provider.errors.InvalidTarget();
        return { scope: 'api.read api.write', audience: API, accessTokenFormat: 'opaque' };
      },
    },
  },
  cookies: { keys: ['oauthctl-tests-only-cookie-key'] },
  ttl: { AccessToken: 3600, ClientCredentials: 3600, RefreshToken: 86400 },
  // With registration, secret expiry (client_secret_expires_at) is exact: no 15 s of grace.
  clockTolerance: registration ? 0 : 15,
};

const provider = new Provider(`http://127.0.0.1:${port}`, configuration);
provider.on('server_error', (ctx, err) => console.error('server_error', err));
// One line per request, like `oauthctl dev-server --log-requests` (method, path, status), plus
// where the client credentials were (never their values): `creds=header` (client_secret_basic),
// `creds=body` (client_secret_post), `creds=-` (neither). oidc-provider accepts either method for
// a client registered with one of them, so this line is how the tests see which one was sent.
provider.use(async (ctx, next) => {
  const header = /^basic /i.test(ctx.headers.authorization || '');
  await next();
  let body = false;
  try {
    body = ctx.oidc?.params?.client_secret !== undefined;
  } catch {
    body = false;
  }
  const creds = header ? 'header' : body ? 'body' : '-';
  console.error(`${ctx.method} ${ctx.path} ${ctx.status} creds=${creds}`);
});

if (process.env.OIDC_STRICT_QUERY === '1') {
  provider.use(async (ctx, next) => {
    if (ctx.method === 'POST' && ctx.path === '/token' && ctx.querystring) {
      ctx.status = 400;
      ctx.body = { error: 'invalid_request', error_description: 'URL query parameters are not allowed' };
      return;
    }
    await next();
  });
}

if (registration) {
  const keep = process.env.OIDC_KEEP_SECRET === '1';
  const iat = await new provider.InitialAccessToken(keep ? {} : { policies: ['rotate-secret'] }).save();
  console.error(`initial access token: ${iat}`);
}

const server = provider.listen(port, '127.0.0.1', () => {
  console.error(`listening on http://127.0.0.1:${server.address().port}`);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
