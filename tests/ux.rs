//! The tool as people meet it (issue 12): aliases, a bare `oauthctl`, help layout and examples,
//! connection errors, and a plain "cancelled".

use crate::common;

use common::{DevServer, Home, Out};

fn run(home: &Home, args: &[&str]) -> Out {
    Out::from(home.command().args(args).output().expect("run oauthctl"))
}

#[test]
fn a_bare_oauthctl_prints_help_on_stdout_and_exits_0() {
    let home = Home::new();
    let out = run(&home, &[]);
    out.assert_code(0)
        .assert_stdout("Usage: oauthctl")
        .assert_stdout("clients");
    assert!(out.stderr.is_empty(), "stderr: {}", out.stderr);
    // The internal `generate` command is not listed.
    let help = run(&home, &["--help"]);
    assert!(
        !help
            .stdout
            .lines()
            .any(|l| l.trim_start().starts_with("generate")),
        "{}",
        help.stdout
    );
}

#[test]
fn ls_get_and_rm_are_aliases() {
    let srv = DevServer::start();
    let (id, _) = srv.client("aliased", &[]);
    for noun in ["spaces", "scopes", "clients", "authorizations", "profiles"] {
        srv.run(&[noun, "ls"]).assert_code(0);
    }
    srv.run(&["secrets", "ls", &id]).assert_code(0);
    let shown = srv.json(&["clients", "get", &id]);
    assert_eq!(shown["clientName"], "aliased");
    srv.json(&["authorizations", "get", &id]);
    // The help lists the aliases.
    srv.run(&["clients", "--help"])
        .assert_stdout("[alias: ls]")
        .assert_stdout("[alias: get]")
        .assert_stdout("[alias: rm]");
    let v = srv.json(&["clients", "rm", &id, "--yes"]);
    assert_eq!(v["deleted"], id.as_str());
    srv.run(&["clients", "get", &id]).assert_code(4);
    // Profiles: get and rm too.
    srv.run(&["profiles", "add", "p1", "--base-url", &srv.base_url])
        .assert_code(0);
    srv.run(&["profiles", "get", "p1"]).assert_code(0);
    srv.run(&["profiles", "rm", "p1"]).assert_code(0);
    srv.run(&["profiles", "get", "p1"])
        .assert_stderr("no profile named");
}

#[test]
fn the_singular_noun_works_and_is_not_mistaken_for_login() {
    let srv = DevServer::start();
    let (id, _) = srv.client("singular", &[]);
    let out = srv.run(&["-o", "json", "client", "list"]);
    out.assert_code(0).assert_stdout(&id);
    srv.run(&["secret", "list", &id]).assert_code(0);
    // A typo still gets clap's suggestion, and it is the noun, not `login`.
    let out = srv.run(&["clents", "list"]);
    out.assert_code(2).assert_stderr("clients");
    assert!(!out.stderr.contains("'login'"), "{}", out.stderr);
}

// ---------- help ----------

/// Every command path below `path`, from the "Commands:" section of its help.
fn command_paths(home: &Home, path: &[String]) -> Vec<Vec<String>> {
    let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
    args.push("--help");
    let out = run(home, &args);
    out.assert_code(0);
    let mut all = Vec::new();
    let mut in_commands = false;
    for line in out.stdout.lines() {
        if line.starts_with("Commands:") {
            in_commands = true;
            continue;
        }
        if in_commands {
            if !line.starts_with("  ") {
                break;
            }
            if !line.starts_with("   ") {
                let name = line.split_whitespace().next().unwrap().to_string();
                if name != "help" {
                    let mut p = path.to_vec();
                    p.push(name);
                    all.push(p.clone());
                    all.extend(command_paths(home, &p));
                }
            }
        }
    }
    all
}

/// The lines of the section that starts with `heading` (up to the next unindented line).
fn section<'a>(help: &'a str, heading: &str) -> Vec<&'a str> {
    help.lines()
        .skip_while(|l| *l != heading)
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .collect()
}

#[test]
fn every_help_has_global_options_apart_and_ends_with_examples() {
    let home = Home::new();
    let mut paths = vec![vec![]];
    paths.extend(command_paths(&home, &[]));
    assert!(paths.len() > 30, "{paths:?}");
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        let name = format!("oauthctl {}", args.join(" "));
        args.push("--help");
        let out = run(&home, &args);
        out.assert_code(0);
        let help = &out.stdout;
        let global = section(help, "Global options:").join("\n");
        assert!(
            global.contains("--base-url"),
            "{name}: no Global options section:\n{help}"
        );
        assert!(global.contains("--output"), "{name}:\n{help}");
        let own = section(help, "Options:").join("\n");
        assert!(
            !own.contains("--base-url"),
            "{name}: global options mixed in:\n{help}"
        );
        // The long help ends with an Examples block of real command lines.
        let (_, examples) = help
            .rsplit_once("\nExamples:\n")
            .unwrap_or_else(|| panic!("{name}: no Examples block:\n{help}"));
        let lines: Vec<&str> = examples.lines().filter(|l| !l.is_empty()).collect();
        assert!(!lines.is_empty(), "{name}");
        for l in lines {
            assert!(
                l.starts_with("  oauthctl ") || l.starts_with("  OAUTHCTL_"),
                "{name}: the help does not end with examples: {l:?}\n{help}"
            );
        }
        // No internal references in any help.
        assert!(!help.to_lowercase().contains("seed 00"), "{name}:\n{help}");
        // --tenant of other commands says nothing of dev-server.
        if path.first().map(String::as_str) != Some("dev-server") {
            let tenant: Vec<&str> = help
                .lines()
                .skip_while(|l| !l.contains("--tenant <"))
                .take(3)
                .collect();
            assert!(
                !tenant.join(" ").contains("dev-server"),
                "{name}: {tenant:?}"
            );
        }
    }
}

#[test]
fn the_global_tenant_is_one_value_and_dev_server_has_its_own_repeated_flag() {
    let home = Home::new();
    let out = run(
        &home,
        &["clients", "list", "--tenant", "a", "--tenant", "b"],
    );
    out.assert_code(2).assert_stderr("--tenant");
    run(&home, &["dev-server", "--help"])
        .assert_stdout("Also serve this tenant")
        .assert_stdout("(repeatable)");
    // dev-server --tenant is repeatable; OAUTHCTL_TENANT (meant for the client commands, and
    // exported by the dev server's own instructions) does not add a tenant to the server.
    let mut srv = DevServer::builder()
        .process()
        .args(&["--tenant", "acme", "--tenant", "globex"])
        .start();
    let log = srv.wait_for_log("Stop it with Ctrl-C");
    assert!(
        log.contains("Tenant acme:") && log.contains("Tenant globex:"),
        "{log}"
    );
    srv.stop();
    // The helper's environment is clean; add OAUTHCTL_TENANT to the server's start.
    let srv = DevServer::builder()
        .process()
        .in_memory()
        .env("OAUTHCTL_TENANT", "from-env")
        .start();
    let seen = srv.banner();
    drop(srv);
    assert!(seen.contains("Tenant default:"), "{seen}");
    assert!(!seen.contains("from-env"), "{seen}");
    // The client commands still read OAUTHCTL_TENANT.
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let out = Out::from(
        srv.cmd_tenant("acme")
            .args(["-o", "json", "spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(0);
}

#[test]
fn create_and_update_take_the_same_switches_with_no_counterparts() {
    let srv = DevServer::start();
    let c = srv.json(&[
        "clients",
        "create",
        "--name",
        "switches",
        "--offline-access",
        "--require-consent",
        "--no-remember-consent",
        "--no-require-pkce",
        "--allow-ropc",
        "--no-backchannel-logout-session",
    ]);
    let id = c["client"]["clientId"].as_str().unwrap().to_string();
    let c = &c["client"];
    assert_eq!(c["allowOfflineAccess"], true);
    assert_eq!(c["requireConsent"], true);
    assert_eq!(c["allowRememberConsent"], false);
    assert_eq!(c["allowNoPkce"], true);
    assert_eq!(c["allowRopc"], true);
    assert_eq!(c["backChannelLogoutSessionRequired"], false);
    let v = srv.json(&[
        "clients",
        "update",
        &id,
        "--no-offline-access",
        "--no-require-consent",
        "--remember-consent",
        "--require-pkce",
        "--no-allow-ropc",
        "--backchannel-logout-session",
    ]);
    assert_eq!(v["allowOfflineAccess"], false);
    assert_eq!(v["requireConsent"], false);
    assert_eq!(v["allowRememberConsent"], true);
    assert_eq!(v["allowNoPkce"], false);
    assert_eq!(v["allowRopc"], false);
    assert_eq!(v["backChannelLogoutSessionRequired"], true);
    // The last of a pair wins; values such as `true` are not taken (and nothing changes).
    let v = srv.json(&[
        "clients",
        "update",
        &id,
        "--offline-access",
        "--no-offline-access",
    ]);
    assert_eq!(v["allowOfflineAccess"], false);
    let before = srv.json(&["clients", "show", &id]);
    srv.run(&["clients", "update", &id, "--offline-access", "true"])
        .assert_code(2);
    assert_eq!(srv.json(&["clients", "show", &id]), before);
    // Not given: unchanged.
    let v = srv.json(&["clients", "update", &id, "--display-name", "Switches"]);
    assert_eq!(v["allowRememberConsent"], true);
    // The help describes them in words, not by the API's field names, on both commands.
    for cmd in ["create", "update"] {
        let out = srv.run(&["clients", cmd, "--help"]);
        out.assert_stdout("--no-offline-access")
            .assert_stdout("--no-require-pkce")
            .assert_stdout("Issue refresh tokens");
        for field in [
            "allowOfflineAccess",
            "requireConsent",
            "allowRememberConsent",
            "allowNoPkce",
            "allowRopc",
            "backChannelLogoutSessionRequired",
            "requireClientSecret",
        ] {
            assert!(
                !out.stdout.contains(field),
                "clients {cmd} --help names {field}"
            );
        }
    }
}

// ---------- man pages ----------

#[test]
fn man_pages_have_examples_and_exit_status_from_the_help_source() {
    let home = Home::new();
    let man = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut pages = 0;
    for entry in std::fs::read_dir(&man).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        assert!(text.contains("\n.SH EXAMPLES\n"), "{name}: no EXAMPLES");
        assert!(
            text.contains("\n.SH \"EXIT STATUS\"\n"),
            "{name}: no EXIT STATUS"
        );
        assert!(
            text.contains(".TP\n130\ncancelled: a prompt, or SIGINT (Ctrl\\-C)\n")
                && text.contains(".TP\n143\nterminated by SIGTERM\n"),
            "{name}"
        );
        assert!(!text.to_lowercase().contains("seed 00"), "{name}");
        // The EXAMPLES are the ones `--help` ends with.
        let examples: Vec<String> = text
            .split("\n.SH EXAMPLES\n.nf\n")
            .nth(1)
            .unwrap()
            .split("\n.fi\n")
            .next()
            .unwrap()
            .lines()
            .map(|l| l.replace("\\-", "-").replace("\\e", "\\"))
            .collect();
        let args: Vec<&str> = name
            .strip_prefix("oauthctl")
            .unwrap()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect();
        // dev-server is one command with a dash.
        let args = if args == ["dev", "server"] {
            vec!["dev-server"]
        } else {
            args
        };
        let mut help_args = args.clone();
        help_args.push("--help");
        let help = run(&home, &help_args);
        help.assert_code(0);
        let from_help: Vec<String> = help
            .stdout
            .rsplit_once("\nExamples:\n")
            .unwrap()
            .1
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| l.trim_start().to_string())
            .collect();
        assert_eq!(examples, from_help, "{name}");
        pages += 1;
    }
    assert!(pages > 30, "{pages} man pages");
}

#[test]
fn no_internal_seed_references_in_the_readme_or_the_code() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    let mut dirs = vec![root.join("src")];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    let needle = ["seed", " 00"].concat();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap().to_lowercase();
        assert!(
            !text.contains(&needle),
            "{} mentions the internal seeds",
            f.display()
        );
        assert!(!text.contains("seeds 00"), "{}", f.display());
    }
}

// ---------- connection errors ----------

/// Library internals that must never reach an error message.
#[track_caller]
fn no_internals(out: &Out) {
    for bad in [
        "os error",
        "tcp connect error",
        "error sending request",
        "client error (Connect)",
        "hyper",
        "reqwest",
        "invalid peer certificate",
        "InvalidContentType",
    ] {
        assert!(!out.stderr.contains(bad), "{bad:?} in:\n{}", out.stderr);
    }
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
}

fn against(base: &str, args: &[&str]) -> Out {
    let home = Home::new();
    Out::from(
        home.command()
            .env("OAUTHCTL_BASE_URL", base)
            .env("OAUTHCTL_TOKEN", "x")
            .args(["--retries", "1"])
            .args(args)
            .output()
            .unwrap(),
    )
}

#[test]
fn connection_errors_name_the_problem_without_library_internals() {
    // Refused.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let base = format!("http://127.0.0.1:{port}");
    let out = against(&base, &["spaces", "list"]);
    out.assert_code(1)
        .assert_stderr(&format!(
            "error: cannot connect to {base}: connection refused — is the server running?"
        ))
        .assert_stderr("start one with `oauthctl dev-server`");
    no_internals(&out);

    // A host that does not exist.
    let out = against("https://no-such-host.invalid", &["spaces", "list"]);
    out.assert_code(1)
        .assert_stderr("cannot resolve the host \"no-such-host.invalid\"")
        .assert_stderr("--base-url");
    no_internals(&out);

    // A server that accepts and never answers (a fault server).
    let silent = common::fault::Fault::start(|_, _| Some(common::fault::Reply::hang()));
    let out = against(&silent.base_url, &["--timeout", "1", "spaces", "list"]);
    out.assert_code(1)
        .assert_stderr("did not answer within 1 s")
        .assert_stderr("--timeout");
    no_internals(&out);

    // https:// to a plain http server.
    let srv = DevServer::start();
    let https = srv.base_url.replace("http://", "https://");
    let out = against(&https, &["spaces", "list"]);
    out.assert_code(1)
        .assert_stderr("TLS with 127.0.0.1 failed: the server did not answer with TLS");
    no_internals(&out);
}

#[test]
fn an_untrusted_certificate_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string()]).unwrap();
    let (c, k) = (dir.path().join("c.pem"), dir.path().join("k.pem"));
    std::fs::write(&c, cert.cert.pem()).unwrap();
    std::fs::write(&k, cert.key_pair.serialize_pem()).unwrap();
    let srv = DevServer::builder()
        .args(&[
            "--tls-cert",
            c.to_str().unwrap(),
            "--tls-key",
            k.to_str().unwrap(),
        ])
        .start();
    let out = srv.run(&["--retries", "1", "spaces", "list"]);
    out.assert_code(1)
        .assert_stderr("TLS with 127.0.0.1 failed: the server's certificate")
        .assert_stderr("--ca-cert");
    no_internals(&out);
}

#[test]
fn dev_server_on_a_port_in_use_suggests_a_free_one() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let home = Home::new();
    let out = Out::from(
        home.command()
            .args(["dev-server", "--in-memory", "--listen", &addr])
            .output()
            .unwrap(),
    );
    out.assert_code(1)
        .assert_stderr(&format!(
            "cannot listen on {addr}: the address is already in use"
        ))
        .assert_stderr("--listen 127.0.0.1:0");
    no_internals(&out);
}
