//! On a real terminal (tmux): answering "no" to a confirmation prints a plain `cancelled`, not an
//! error message, and exits 130. Needs tmux: fails without it (tests/common/parts.rs).

use crate::common;

use common::tty::*;
use common::*;

#[test]
fn answering_no_prints_a_plain_cancelled_and_exits_130() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let (id, _) = srv.client("kept", &[]);
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["clients", "delete", &id]));
    t.wait_for("Delete client kept");
    t.send(&["n"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 130, "{screen}");
    assert!(
        screen.lines().any(|l| l.trim() == "cancelled"),
        "no plain `cancelled` line:\n{screen}"
    );
    assert!(
        !screen.contains("error:"),
        "an error message for a choice:\n{screen}"
    );
    srv.run(&["clients", "show", &id]).assert_code(0);
}
