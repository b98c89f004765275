//! The transport: the one HTTP layer, the URL-safety rules, the redaction of credentials, and
//! what a request that was planned but not sent (`--dry-run`) looks like.

pub mod admin;
pub mod http;
pub mod problem;
pub mod records;
pub mod sent;
pub mod url;

/// Decodes JSON (a server's answer, or a file) into `T`. A value of the wrong type is named by
/// the path of its field (`items[1].requireConsent: invalid type: string "no", expected a
/// boolean at line 1 column 412`), where serde alone quotes only the value and a position.
pub fn decode_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value =
        serde_path_to_error::deserialize(&mut de).map_err(|e| match e.path().to_string() {
            root if root == "." => e.inner().to_string(),
            path => format!("{path}: {}", e.inner()),
        })?;
    de.end().map_err(|e| e.to_string())?;
    Ok(value)
}
