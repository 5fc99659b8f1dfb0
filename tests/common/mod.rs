//! Helpers shared by the integration tests: running the real binary, writing
//! small corpora into temporary folders, reading an index back.
#![allow(dead_code)] // each test crate uses a different part of this module

use newsclaims::index::{ClaimIndex, SearchRequest};
use newsclaims::Claim;
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_newsclaims");

/// What a finished run of the binary printed, and its exit code.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Stdout lines.
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

/// A `newsclaims` command run in `dir`, with none of the variables that would
/// change where it reads or writes (`NEWSCLAIMS_INDEX`, `NEWSCLAIMS_LEXICONS`).
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(dir)
        .env_remove("NEWSCLAIMS_INDEX")
        .env_remove("NEWSCLAIMS_LEXICONS")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    cmd
}

/// Runs `newsclaims ARGS` in `dir` to the end.
pub fn run(dir: &Path, args: &[&str]) -> Run {
    run_cmd(command(dir, args))
}

/// Runs a prepared command to the end.
pub fn run_cmd(mut cmd: Command) -> Run {
    let out = cmd.output().expect("cannot start newsclaims");
    let code = out.status.code().unwrap_or_else(|| panic!("killed by a signal: {:?}", out.status));
    let run = Run {
        code,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "newsclaims panicked:\n{}",
        run.stderr.lines().take(20).collect::<Vec<_>>().join("\n")
    );
    run
}

/// Starts `newsclaims ARGS` in `dir` without waiting; output is discarded
/// except standard error, which is piped.
pub fn spawn(dir: &Path, args: &[&str]) -> Child {
    command(dir, args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start newsclaims")
}

/// A few small news articles, each with one plainly attributed quote.
pub const ARTICLES: &[(&str, &str)] = &[
    (
        "twitter.txt",
        "Twitter slowed in Russia\n\n\
         “We will not comply with the order,” said Elon Musk.\n\n\
         Roskomnadzor blocked Twitter in Russia on Friday.\n",
    ),
    (
        "meta.txt",
        "Meta answers critics\n\n\
         \"The decision is final, it will not be reviewed,\" said Nick Clegg.\n",
    ),
    (
        "netblocks.md",
        "Outage spreads\n\n\
         “Connectivity in the region fell by half overnight,” said Alp Toker.\n",
    ),
    (
        "sub/ukraine.html",
        "<html><head><title>Kyiv reacts</title></head><body><article>\
         <p>“Sanctions against the platform are overdue,” said Volodymyr Zelensky.</p>\
         </article></body></html>",
    ),
];

/// Writes `files` (relative name, contents) under `dir`, creating folders.
pub fn write_files(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// A synthetic JSON Lines corpus of `n` distinct articles in news style.
pub fn write_synthetic_jsonl(path: &Path, n: usize) {
    use std::io::Write;
    let names = ["Elon Musk", "Nick Clegg", "Alp Toker", "Andy Stone"];
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..n {
        let who = names[i % names.len()];
        let text = format!(
            "Report {i}\n\n“We will not comply with order number {i},” said {who}.\n\n\
             Roskomnadzor blocked Twitter in district {i} on Friday.\n\n\
             According to NetBlocks, outage {i} began on Monday."
        );
        let record = serde_json::json!({ "id": format!("art{i:05}"), "text": text });
        writeln!(out, "{record}").unwrap();
    }
    out.flush().unwrap();
}

/// Every claim of the index at `dir` (possible actions too), in (article, start) order.
pub fn all_claims(dir: &Path) -> Vec<Claim> {
    let index = ClaimIndex::open(dir).expect("index opens");
    let searcher = index.searcher().expect("searcher");
    let req = SearchRequest { limit: usize::MAX, include_possible: true, ..Default::default() };
    let mut claims = Vec::new();
    searcher
        .for_each_claim(&req, |c| {
            claims.push(c);
            Ok(())
        })
        .expect("claims read back");
    claims
}

/// The claims as sorted JSON strings: equal multisets of claims give equal vectors.
pub fn claim_multiset(claims: &[Claim]) -> Vec<String> {
    let mut v: Vec<String> = claims.iter().map(|c| serde_json::to_string(c).unwrap()).collect();
    v.sort();
    v
}

/// Claims that occur more than once (the whole claim equal), as JSON.
pub fn duplicates(claims: &[Claim]) -> Vec<String> {
    let v = claim_multiset(claims);
    let mut dups: Vec<String> =
        v.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0].clone()).collect();
    dups.dedup();
    dups
}

/// How many claims the last commit of the index at `dir` holds; `None` while
/// there is no index (or it cannot be opened).
pub fn claim_count(dir: &Path) -> Option<u64> {
    let index = ClaimIndex::open(dir).ok()?;
    Some(index.searcher().ok()?.num_claims())
}

/// The `newsclaims: skipped PATH: reason` lines of standard error.
pub fn skipped_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("newsclaims: skipped ")).collect()
}
