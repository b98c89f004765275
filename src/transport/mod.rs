//! The transport: the one HTTP layer, the URL-safety rules, the redaction of credentials, and
//! what a request that was planned but not sent (`--dry-run`) looks like.

pub mod http;
pub mod problem;
pub mod records;
pub mod redact;
pub mod sent;
pub mod url;
