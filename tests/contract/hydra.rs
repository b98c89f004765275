//! `--api hydra`: Ory Hydra's admin API, on the test binary's shared Hydra (tests/servers/hydra.sh;
//! its dynamic client registration is tested as an `rfc7592` kind, in rfc7592.rs).

use super::Fixture;
use crate::common::thirdparty::Hydra;
use oauthctl::backend;

/// The binary pointed at the shared Hydra's admin API.
pub fn admin_api() -> Fixture {
    let h = Hydra::shared();
    let mut k = Fixture::env_kind(
        backend::hydra::DESCRIPTOR.kind(),
        &h.admin_url,
        Some(&h.issuer),
        None,
    );
    k.raw_path = Some("/clients");
    k.holding(h)
}
