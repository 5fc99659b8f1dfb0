//! The `newsclaims` binary: parse arguments, run, map the outcome to an exit code.
//!
//! Exit codes: 0 success, 1 nothing found (search, export, extract), 2 error. A
//! closed output pipe (`newsclaims search x | head`) is not an error. `index`
//! exits 0 when it finished even if files were skipped (each is named on standard
//! error: `newsclaims: skipped PATH: reason`), and 2 when it could not run (a
//! missing folder, an index busy with another `index`). Ctrl-C during `index`
//! commits the articles already indexed and exits 130; a second Ctrl-C quits at
//! once (the index stays as of its last commit).

use clap::Parser;
use newsclaims::cli::{self, Outcome};
use std::process::ExitCode;

// Extraction allocates many small strings on every worker thread; mimalloc's
// thread-local heaps are faster than glibc's and keep fewer arenas resident.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    match cli::run(args) {
        Ok(Outcome::Done) => ExitCode::from(0),
        Ok(Outcome::NothingFound) => ExitCode::from(1),
        Ok(Outcome::Interrupted) => ExitCode::from(130),
        Err(err) if is_broken_pipe(&err) => ExitCode::from(0),
        Err(err) => {
            eprintln!("newsclaims: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || matches!(cause.downcast_ref::<newsclaims::Error>(), Some(newsclaims::Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
