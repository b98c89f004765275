//! `--api oauthctl`: the dev server (tests/common's `DevServer`, one per test: it starts in
//! milliseconds, in this process). Its own behaviour is tested by the rest of tests/.

use super::Fixture;
use crate::common::{self, DevServer};
use oauthctl::backend;

/// The binary pointed at a new dev server with its admin client.
pub fn admin_api() -> Fixture {
    let server = DevServer::start();
    let mut k = Fixture::new(
        backend::oauthctl::DESCRIPTOR.kind(),
        vec![
            ("OAUTHCTL_BASE_URL", server.base_url.clone()),
            ("OAUTHCTL_CLIENT_ID", "oauthctl-admin".into()),
            ("OAUTHCTL_CLIENT_SECRET", common::ADMIN_SECRET.into()),
        ],
    );
    k.raw_path = Some("/tenants/{tenant}/clients");
    k.holding(server)
}
