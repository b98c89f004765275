//! The dev server's error: rendered as RFC 9457 `application/problem+json`.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::transport::problem::{FieldError, Problem};

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub detail: String,
    pub errors: Vec<FieldError>,
}

impl ApiError {
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            detail: detail.into(),
            errors: Vec::new(),
        }
    }
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, detail)
    }
    pub fn validation(errors: Vec<FieldError>) -> Self {
        let detail = errors
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect::<Vec<_>>()
            .join("; ");
        ApiError {
            status: StatusCode::BAD_REQUEST,
            detail,
            errors,
        }
    }
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        Self::validation(vec![FieldError {
            field: field.into(),
            message: message.into(),
        }])
    }
    /// Names the field the error is about (in `errors`), keeping the status and detail.
    pub fn with_field(mut self, field: &str) -> Self {
        self.errors.push(FieldError {
            field: field.into(),
            message: self.detail.clone(),
        });
        self
    }
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, detail)
    }
    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, detail)
    }
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, detail)
    }
    pub fn internal(e: impl std::fmt::Display) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("internal error: {e}"),
        )
    }

    pub fn problem(&self) -> Problem {
        Problem {
            type_: "about:blank".into(),
            title: self
                .status
                .canonical_reason()
                .unwrap_or("Error")
                .to_string(),
            status: self.status.as_u16(),
            detail: Some(self.detail.clone()),
            errors: self.errors.clone(),
        }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        ApiError::internal(e)
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        ApiError::internal(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.problem()).unwrap_or_default();
        let mut resp = (
            self.status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            body,
        )
            .into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            resp.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        resp
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// Makes every error answer problem+json: the rejections of axum's extractors (a body over the
/// limit, a query or path that does not parse), a method a route does not allow and anything else
/// that comes back as plain text or empty. The OAuth endpoints' own JSON errors (RFC 6749) and
/// the sign-in page's HTML are left as they are; other headers (`Allow`, `Retry-After`) are kept.
pub async fn problem_errors(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    let resp = next.run(req).await;
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let ct = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if ["application/problem+json", "application/json", "text/html"]
        .iter()
        .any(|p| ct.starts_with(p))
    {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let text = axum::body::to_bytes(body, 16 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let allow = parts
        .headers
        .get(header::ALLOW)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let mut errors = Vec::new();
    let detail = match status {
        StatusCode::PAYLOAD_TOO_LARGE => format!(
            "the request body is larger than the limit of {} bytes ({} KiB)",
            super::MAX_BODY_BYTES,
            super::MAX_BODY_BYTES / 1024
        ),
        StatusCode::METHOD_NOT_ALLOWED if allow.is_empty() => {
            format!("{path} does not allow {method}; the Allow header lists the methods it does")
        }
        StatusCode::METHOD_NOT_ALLOWED => {
            format!("{path} does not allow {method}; it allows {allow}")
        }
        StatusCode::NOT_FOUND if text.is_empty() => format!("no route {method} {path}"),
        _ => {
            // "Failed to deserialize query string: limit: invalid digit found in string"
            if let Some(rest) = text.strip_prefix("Failed to deserialize query string: ") {
                if let Some((field, message)) = rest.split_once(": ") {
                    errors.push(FieldError {
                        field: field.to_string(),
                        message: message.to_string(),
                    });
                }
                format!("the query string is not valid: {rest}")
            } else if text.is_empty() {
                status.canonical_reason().unwrap_or("error").to_string()
            } else {
                text
            }
        }
    };
    let problem = ApiError {
        status,
        detail,
        errors,
    }
    .into_response();
    let (pparts, pbody) = problem.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    for (name, value) in pparts.headers.iter() {
        parts.headers.insert(name.clone(), value.clone());
    }
    Response::from_parts(parts, pbody)
}
