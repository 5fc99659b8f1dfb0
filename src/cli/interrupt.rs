//! Ctrl-C for `index`: the first one asks the run to stop at the next batch
//! boundary, so it can commit the whole articles it has indexed; a second one
//! quits at once, which is safe too because tantivy commits are atomic (the
//! index stays as of its last commit).

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Installs the handler. Fails only if another handler is installed already,
/// which is harmless: the run then ends on Ctrl-C like on a kill.
pub fn install() {
    let installed = ctrlc::set_handler(|| {
        if REQUESTED.swap(true, Ordering::SeqCst) {
            eprintln!("newsclaims: interrupted again: quitting without a final commit");
            std::process::exit(130);
        }
        eprintln!("newsclaims: interrupted: committing what is indexed (Ctrl-C again to quit now)");
    });
    if let Err(e) = installed {
        eprintln!(
            "newsclaims: warning: no Ctrl-C handler ({e}); Ctrl-C ends the run at its last commit"
        );
    }
}

/// Whether Ctrl-C was pressed since [`install`].
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}
