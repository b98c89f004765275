mod common;
use common::*;

#[test]
fn create_client_and_get_a_token_with_basic_and_post() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("smoke", &["api.read"]);
    let (status, body) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["scope"], "api.read");
    let (status, body) = srv.token(&id, &secret, false, "", Some("default"));
    assert_eq!(status, 200, "{body}");
    let (status, body) = srv.token(&id, "wrong", true, "", None);
    assert_eq!(status, 401);
    assert_eq!(body["error"], "invalid_client");
}
