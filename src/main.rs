use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    oauthctl::complete::complete_from_env();
    let cli = match oauthctl::cli::Cli::try_parse_args() {
        Ok(cli) => cli,
        // A bare `oauthctl` asks for help: it gets it on stdout, like `--help`, and exit 0.
        Err(e)
            if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                && std::env::args_os().len() == 1 =>
        {
            let help = e.render();
            let mut out = std::io::stdout().lock();
            let text = if out.is_terminal() && std::env::var_os("NO_COLOR").is_none() {
                help.ansi().to_string()
            } else {
                help.to_string()
            };
            let _ = out.write_all(text.as_bytes());
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let code = oauthctl::error::report_parse_error(e, &oauthctl::cli::command());
            return ExitCode::from(code);
        }
    };
    let json = cli.global.output == oauthctl::output::Format::Json;
    match oauthctl::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if oauthctl::error::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            oauthctl::error::report(&e, json, color);
            ExitCode::from(oauthctl::error::exit_code(&e))
        }
    }
}
