//! Runs every example of `queries/examples.jsonl` against an index built from
//! `corpus/` with the real binary: each must return a claim holding the
//! expected fields (case-insensitive substrings).

use serde_json::Value;
use std::process::Command;

fn newsclaims(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_newsclaims"))
        .args(args)
        .env_remove("NEWSCLAIMS_INDEX")
        .output()
        .unwrap()
}

fn field(claim: &Value, name: &str) -> String {
    match &claim[name] {
        Value::String(s) => s.to_lowercase(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[test]
fn example_queries_give_their_answers() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let index = index.to_str().unwrap();
    let out = newsclaims(&["index", "corpus", "--index", index, "--quiet"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let examples = include_str!("../queries/examples.jsonl");
    let mut failures = Vec::new();
    for line in examples.lines().filter(|l| !l.trim().is_empty()) {
        let example: Value = serde_json::from_str(line).unwrap();
        let mut args = vec!["search"];
        args.extend(example["args"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()));
        args.extend(["--format", "jsonl", "--limit", "100", "--index", index]);
        let out = newsclaims(&args);
        let hits: Vec<Value> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let expect = example["expect"].as_object().unwrap();
        let found = hits.iter().any(|hit| {
            expect.iter().all(|(k, v)| {
                let want = v.as_str().map(str::to_lowercase).unwrap_or_else(|| v.to_string());
                field(hit, k).contains(&want)
            })
        });
        if !found {
            failures.push(format!(
                "{}: {:?} gave {} hits, none with {:?}",
                example["about"],
                args,
                hits.len(),
                expect
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
