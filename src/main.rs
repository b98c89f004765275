use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = oauthctl::cli::Cli::parse();
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
