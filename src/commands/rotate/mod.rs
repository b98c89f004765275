//! `oauthctl secrets rotate` and `oauthctl secrets expiring`: rotation that never breaks a running
//! integration, in bulk too, and the expiry watch.

use std::io::Write;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use futures_util::stream::{self, StreamExt};
use serde::Serialize;

use super::Context;
use crate::backend::{collect_clients, Backend, Capability, Planned, Sent};
use crate::cli::RotateArgs;
use crate::error::{CliError, ErrorKind};
use crate::model::{Client, CreateSecretRequest, Secret, SecretStatus};
use crate::output::{JsonArrayWriter, Printer, Render, Row};
use crate::timeutil::fmt_time;
use crate::timeutil::{humanize, parse_span, Span};
use crate::validate::FieldError;

mod bulk;
mod delivery;
mod protocol;
mod verify;
mod watch;

use bulk::*;
pub(crate) use delivery::*;
use protocol::*;
pub use protocol::{Retired, Rotation};
pub(crate) use verify::*;
pub use watch::*;

pub async fn rotate(ctx: &Context, args: RotateArgs) -> anyhow::Result<()> {
    let plan = Plan {
        replace: args.replace,
        expires_in: span_flag("--expires-in", &args.expires_in)?,
        overlap: span_flag("--overlap", &args.overlap)?.unwrap_or(Span {
            months: 0,
            seconds: 7 * 86_400,
        }),
        revoke_old: args.revoke_old,
        force: args.force,
        if_expiring_within: span_flag("--if-expiring-within", &args.if_expiring_within)?,
        description: args.description.clone(),
    };
    if let Some(exp) = plan.expires_in {
        let now = Utc::now();
        super::field_errors(
            crate::validate::secret_window(now, exp.after(now).unwrap_or(now))
                .err()
                .into_iter()
                .map(|e| FieldError {
                    field: "--expires-in".into(),
                    ..e
                })
                .collect(),
        )?;
    }
    // A new value that could only go to a stdout that reaches nobody: refused before any change.
    super::deliver::preflight(
        &ctx.printer,
        args.output_file.is_some() || args.store.is_some(),
        ctx.global.dry_run,
    )?;
    super::deliver::probe_keyring(args.store.is_some(), ctx.global.dry_run).await?;
    let backend = ctx.backend()?;
    if args.replace {
        backend.require(Capability::ReplaceSecret)?;
    } else if !backend.has(Capability::MultipleSecrets) {
        return Err(CliError::new(
            ErrorKind::Unsupported,
            format!(
                "the {} admin API keeps one secret per client: a rotation replaces it, and the old secret stops working at once; nothing was sent",
                backend.kind()
            ),
        )
        .with_hint("pass --replace to replace the secret (update every app that uses it right after)")
        .into());
    }
    match (&args.client_id, args.all) {
        (Some(id), false) => {
            // A dry run writes nothing anywhere: --output-file is not even prepared.
            let deliver = if ctx.global.dry_run {
                Delivery::nowhere()
            } else {
                Delivery::new(&args, backend, false)?
            };
            let id = &super::resolve::client_id(ctx, id).await?;
            match create_new(backend, id, &plan).await {
                Err((partial, e)) => {
                    if let Some(r) = partial {
                        ctx.printer.emit(&r)?;
                    }
                    Err(e)
                }
                Ok(Step::Skipped(r)) => Ok(ctx.printer.emit(&r)?),
                Ok(Step::Planned(plan)) => ctx.show_plan(&plan),
                Ok(Step::Created {
                    old,
                    mut rotation,
                    value,
                    now,
                }) => {
                    let verifier = Verifier::new(ctx, args.no_verify)?;
                    let verify = Verify {
                        verifier: verifier.as_ref(),
                        client: None,
                    };
                    rotate_single(
                        ctx,
                        backend,
                        id,
                        &plan,
                        &verify,
                        &deliver,
                        old,
                        &mut rotation,
                        &value,
                        now,
                    )
                    .await
                }
            }
        }
        _ => rotate_all(ctx, backend, &args, &plan).await,
    }
}

/// One rotation after its new secret exists: deliver it (stdout, file, keyring), then retire the
/// old secrets, then say what became of them.
#[allow(clippy::too_many_arguments)]
async fn rotate_single(
    ctx: &Context,
    backend: &dyn Backend,
    id: &str,
    plan: &Plan,
    verify: &Verify<'_>,
    deliver: &Delivery,
    old: Vec<Secret>,
    rotation: &mut Rotation,
    value: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let p = &ctx.printer;
    let secret = rotation.secret.as_ref().expect("created");
    let written = if p.is_json() {
        p.json_head(&SecretPart { secret })
    } else {
        secret
            .human(p)
            .and_then(|()| rotation.registration_fields(p))
    };
    let stdout = super::deliver::stdout_delivered(p, written).await;
    let (file, keyring) = deliver.deliver(id, value).await;
    let outcome = super::deliver::Outcome {
        stdout,
        file,
        keyring: keyring.as_ref().map(super::deliver::part),
    };
    let settled = settle(
        backend, id, plan, &old, now, rotation, &outcome, keyring, verify,
    )
    .await;
    // The rest of the output: JSON only where its first part went.
    let tail = match (&outcome.stdout, p.is_json()) {
        (Ok(()), true) => p.json_tail(&RetiredPart::of(rotation)),
        (_, false) => {
            rotation.report(p);
            Ok(())
        }
        (Err(_), true) => Ok(()),
    };
    match settled {
        Settled::Retired(Ok(())) => {
            match &outcome.stdout {
                Ok(()) => {
                    p.warn("the new secret value is shown only this once. Store it safely now.")
                }
                Err(e) => p.warn(&format!(
                    "the new secret could not be written to stdout ({e}); it is only in {}",
                    outcome.reached()
                )),
            }
            Ok(tail?)
        }
        Settled::Retired(Err(e)) => Err(e),
        Settled::Incomplete(e) | Settled::Undelivered(e) | Settled::Refused(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    //! The rotation protocol against the in-memory backend: milliseconds, every branch.
    use super::*;
    use crate::backend::memory::{MemoryBackend, Op};

    fn plan(revoke_old: bool) -> Plan {
        Plan {
            replace: false,
            expires_in: None,
            overlap: Span {
                months: 0,
                seconds: 86_400,
            },
            revoke_old,
            force: false,
            if_expiring_within: None,
            description: None,
        }
    }

    /// One whole rotation as the command makes it, with stdout taken as delivered.
    async fn rotate_one(
        b: &dyn Backend,
        id: &str,
        plan: &Plan,
        deliver: &Delivery,
    ) -> Result<Rotation, (Option<Rotation>, anyhow::Error)> {
        match create_new(b, id, plan).await? {
            Step::Skipped(r) => Ok(r),
            Step::Planned(p) => panic!("the in-memory backend planned {p:?}"),
            Step::Created {
                old,
                mut rotation,
                value,
                now,
            } => {
                let (file, keyring) = deliver.deliver(id, &value).await;
                let outcome = crate::commands::deliver::Outcome {
                    stdout: if deliver.file.is_some() {
                        Err("test: only the file counts".into())
                    } else {
                        Ok(())
                    },
                    file,
                    keyring: keyring.as_ref().map(crate::commands::deliver::part),
                };
                match settle(
                    b,
                    id,
                    plan,
                    &old,
                    now,
                    &mut rotation,
                    &outcome,
                    keyring,
                    &Verify::none(),
                )
                .await
                {
                    Settled::Retired(Ok(())) => Ok(rotation),
                    Settled::Retired(Err(e))
                    | Settled::Incomplete(e)
                    | Settled::Undelivered(e)
                    | Settled::Refused(e) => Err((Some(rotation), e)),
                }
            }
        }
    }

    /// The first half of a rotation, as [`create_new`] returns it.
    fn step(b: &MemoryBackend, id: &str, plan: &Plan) -> Step {
        rt().block_on(create_new(b, id, plan))
            .map_err(|(_, e)| e)
            .unwrap()
    }

    /// `plan` with `--if-expiring-within 30d`.
    fn if_due_in_30_days(mut plan: Plan) -> Plan {
        plan.if_expiring_within = Some(Span {
            months: 0,
            seconds: 30 * 86_400,
        });
        plan
    }

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn overlap_shortens_the_old_secret_and_keeps_it_working() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        let r = rt()
            .block_on(rotate_one(&b, &id, &plan(false), &Delivery::nowhere()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert!(r.secret.as_ref().unwrap().value.is_some());
        assert_eq!(r.retired.len(), 1);
        assert!(r.revoked.is_empty());
        let old = &b.secrets(&id)[0];
        assert!(old.revoked_at.is_none());
        assert!(old.expiration.unwrap() <= now + Duration::days(1) + Duration::seconds(5));
    }

    #[test]
    fn revoke_old_keeps_secrets_younger_than_a_day() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let old = b.seed("old", now - Duration::days(100), now + Duration::days(80));
        let fresh = b.seed("fresh", now - Duration::hours(2), now + Duration::days(80));
        let rt = rt();
        let r = rt
            .block_on(rotate_one(&b, &old, &plan(true), &Delivery::nowhere()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert_eq!(r.revoked.len(), 1);
        let r = rt
            .block_on(rotate_one(&b, &fresh, &plan(true), &Delivery::nowhere()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert!(r.revoked.is_empty());
        assert_eq!(r.kept.len(), 1);
        assert!(b.secrets(&fresh)[0].revoked_at.is_none());
    }

    #[test]
    fn revoke_old_with_force_revokes_fresh_secrets_too() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let fresh = b.seed("fresh", now - Duration::hours(2), now + Duration::days(80));
        let mut p = plan(true);
        p.force = true;
        let r = rt()
            .block_on(rotate_one(&b, &fresh, &p, &Delivery::nowhere()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert_eq!(r.revoked.len(), 1);
        assert!(r.kept.is_empty());
        let secrets = b.secrets(&fresh);
        assert!(secrets[0].revoked_at.is_some(), "the old one is revoked");
        assert!(secrets[1].revoked_at.is_none(), "the new one is kept");
    }

    #[test]
    fn a_failed_delivery_leaves_the_old_secrets_alone() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        let dir = tempfile::tempdir().unwrap();
        // A path below a regular file can never be written.
        let blocker = dir.path().join("a-file");
        std::fs::write(&blocker, b"").unwrap();
        let bad = Delivery {
            file: Some(FileSink::One(Mutex::new(None), blocker.join("secret"))),
            keyring: None,
        };
        let (partial, _) = rt()
            .block_on(rotate_one(&b, &id, &plan(true), &bad))
            .unwrap_err();
        assert!(
            partial.unwrap().secret.is_some(),
            "the new value is kept for printing"
        );
        let old = &b.secrets(&id)[0];
        assert!(old.revoked_at.is_none());
        assert_eq!(
            old.expiration.unwrap().timestamp(),
            (now + Duration::days(80)).timestamp()
        );
        assert!(!b.log().iter().any(|l| l.starts_with("shorten")));
        // The new value reached nobody: it is revoked again at once.
        let new = &b.secrets(&id)[1];
        assert!(new.revoked_at.is_some());
    }

    #[test]
    fn not_due_is_skipped_without_a_write() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(10), now + Duration::days(170));
        let p = if_due_in_30_days(plan(false));
        let r = rt()
            .block_on(rotate_one(&b, &id, &p, &Delivery::nowhere()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert!(r.skipped.is_some());
        assert!(b.log().is_empty());
    }

    #[test]
    fn a_failed_create_changes_nothing() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        b.fail(Op::CreateSecret, true);
        let (partial, _) = rt()
            .block_on(rotate_one(&b, &id, &plan(true), &Delivery::nowhere()))
            .unwrap_err();
        assert!(partial.is_none());
        assert!(b.log().is_empty());
    }

    #[test]
    fn replace_swaps_the_one_secret_and_delivers_the_new_value() {
        let b = MemoryBackend::one_secret();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        let mut p = plan(false);
        p.replace = true;
        let r = rt()
            .block_on(rotate_one(&b, &id, &p, &Delivery::nowhere()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert!(r.secret.unwrap().value.is_some());
        assert_eq!(r.revoked.len(), 1);
        assert_eq!(b.log(), vec![format!("replace_secret {id}")]);
    }

    #[test]
    fn a_dry_run_plans_the_new_secret_and_changes_nothing() {
        let b = MemoryBackend::new().dry_run();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        let before = b.secrets(&id);
        for revoke_old in [false, true] {
            let Step::Planned(p) = step(&b, &id, &plan(revoke_old)) else {
                panic!("a dry run must come back as a plan")
            };
            assert_eq!(p.method, "POST");
            assert!(
                p.url.ends_with(&format!("clients/{id}/secrets")),
                "{}",
                p.url
            );
        }
        assert_eq!(b.secrets(&id), before, "nothing changed");
        assert!(
            b.log().iter().all(|l| l.starts_with("planned ")),
            "{:?}",
            b.log()
        );
    }

    #[test]
    fn a_dry_run_of_a_replacement_plans_it_and_keeps_the_secret() {
        let b = MemoryBackend::one_secret().dry_run();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        let before = b.secrets(&id);
        let mut p = plan(false);
        p.replace = true;
        assert!(matches!(step(&b, &id, &p), Step::Planned(ref p) if p.method == "PUT"));
        assert_eq!(b.secrets(&id), before);
        assert_eq!(b.log(), vec![format!("planned PUT clients/{id}/secret")]);
    }

    #[test]
    fn a_dry_run_of_a_client_not_due_is_still_skipped_not_planned() {
        let b = MemoryBackend::new().dry_run();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(10), now + Duration::days(170));
        let p = if_due_in_30_days(plan(false));
        assert!(matches!(step(&b, &id, &p), Step::Skipped(_)));
        assert!(b.log().is_empty());
    }

    #[test]
    fn bulk_listing_pages_through_every_client() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        for i in 0..2500 {
            b.seed(&format!("c{i}"), now, now + Duration::days(10));
        }
        let all = rt().block_on(collect_clients(&b, None)).unwrap();
        assert_eq!(all.len(), 2500);
    }
}
