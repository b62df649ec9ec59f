//! Many `ospo` processes writing one database at once, while another program holds the write lock
//! for two seconds: every writer waits its turn and succeeds.

use crate::stdout;
use std::process::{Command, Stdio};

#[test]
fn twenty_writers_and_a_lock_held_for_two_seconds_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    let file = dir.path().join("peer.ospo.json");
    stdout(&db, &["new", "Peer"]);
    stdout(&db, &["export", "Peer", "-o", file.to_str().unwrap()]);
    for i in 0..6 {
        stdout(&db, &["new", &format!("Draft {i}")]);
    }

    let holder = rusqlite::Connection::open(&db).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE plans SET locale = 'fr-FR' WHERE name = 'Peer';")
        .unwrap();
    let writers: Vec<(String, std::process::Child)> = (0..20)
        .map(|i| {
            let args: Vec<String> = match i % 3 {
                0 => vec![
                    "import".into(),
                    file.display().to_string(),
                    "--as".into(),
                    format!("Imported {i}"),
                ],
                1 => vec!["new".into(), format!("New {i}")],
                _ => vec![
                    "rename".into(),
                    format!("Draft {}", i / 3),
                    format!("Renamed {i}"),
                ],
            };
            let child = Command::new(env!("CARGO_BIN_EXE_ospo"))
                .arg("--db")
                .arg(&db)
                .args(&args)
                .env_remove("OSPO_DB")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn ospo");
            (args.join(" "), child)
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_secs(2));
    holder.execute_batch("COMMIT").unwrap();

    for (args, child) in writers {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "ospo {args} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let list = stdout(&db, &["list", "--json"]);
    let plans: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    let names: Vec<&str> = plans.iter().filter_map(|p| p["name"].as_str()).collect();
    assert_eq!(names.len(), 1 + 6 + 7 + 7, "{names:?}");
    assert_eq!(
        names.iter().filter(|n| n.starts_with("Renamed ")).count(),
        6
    );
    assert!(!names.iter().any(|n| n.starts_with("Draft ")));
}
