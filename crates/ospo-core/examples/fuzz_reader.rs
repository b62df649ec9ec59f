//! A mutation fuzzer for the plan file reader that runs on stable Rust: it mutates real plan files
//! (the five starting points, exported) and hostile shapes, feeds each to the reader, and fails on a
//! panic or on an accepted file that does not read back the same after writing it again.
//!
//! `cargo run --release -p ospo-core --example fuzz_reader -- [INPUTS] [SEED]`

use ospo_core::{files, guide};
use std::panic::{catch_unwind, AssertUnwindSafe};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Values that break readers: extremes, wrong types, odd text, deep nesting.
const INTERESTING: &[&str] = &[
    "null",
    "true",
    "0",
    "-1",
    "1.5",
    "1e309",
    "-0",
    "18446744073709551616",
    "9223372036854775807",
    "\"\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"<img src=x onerror=alert(1)>\"",
    "[]",
    "{}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "\"2027-02-30\"",
    "\"9999-12-31\"",
    "\"head\"",
    "\"dedicated\"",
    "\"XYZ\"",
    "{\"kind\":\"shared\",\"percent\":250}",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut b = seeds[rng.below(seeds.len())].clone();
    for _ in 0..=rng.below(4) {
        if b.is_empty() {
            b.push(b'{');
        }
        let at = rng.below(b.len());
        match rng.below(8) {
            0 => b[at] ^= 1 << rng.below(8),
            1 => b.insert(at, rng.next() as u8),
            2 => {
                let end = (at + rng.below(64)).min(b.len());
                b.drain(at..end);
            }
            3 => b.truncate(at),
            4 => {
                let end = (at + rng.below(256)).min(b.len());
                let chunk = b[at..end].to_vec();
                let to = rng.below(b.len());
                b.splice(to..to, chunk);
            }
            5 | 6 => {
                // Replace the JSON value after a colon with an interesting one.
                if let Some(colon) = b[at..].iter().position(|&c| c == b':') {
                    let start = at + colon + 1;
                    let end = b[start..]
                        .iter()
                        .position(|&c| c == b',' || c == b'}' || c == b'\n')
                        .map_or(b.len(), |e| start + e);
                    let value = INTERESTING[rng.below(INTERESTING.len())].as_bytes();
                    b.splice(start..end, value.iter().copied());
                }
            }
            _ => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len());
                let end = (from + rng.below(512)).min(other.len());
                let to = rng.below(b.len());
                b.splice(to..to, other[from..end].iter().copied());
            }
        }
    }
    b
}

fn main() {
    let mut args = std::env::args().skip(1);
    let inputs: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(0x5eed_0f05_0f0a_11ce);
    let mut seeds: Vec<Vec<u8>> = guide::starters()
        .iter()
        .map(|s| {
            let plan = guide::starter_plan(s.id).expect("starter");
            files::to_json_string(&plan).into_bytes()
        })
        .collect();
    seeds.push(br#"{"format":"ospo-plan","format_version":1}"#.to_vec());
    seeds.push(b"[".repeat(10_000));
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed | 1);
    let (mut accepted, mut refused) = (0u64, 0u64);
    for n in 0..inputs {
        let input = mutate(&mut rng, &seeds);
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let plan = files::read_plan_bytes(&input).ok()?;
            let again = files::read_plan_bytes(files::to_json_string(&plan).as_bytes());
            Some(again.map(|p| p == plan))
        }));
        match outcome {
            Err(_) => {
                let path = format!("fuzz-crash-{n}.json");
                let _ = std::fs::write(&path, &input);
                eprintln!("input {n} made the reader panic; saved to {path}");
                std::process::exit(1);
            }
            Ok(Some(Ok(true))) => accepted += 1,
            Ok(Some(_)) => {
                let path = format!("fuzz-roundtrip-{n}.json");
                let _ = std::fs::write(&path, &input);
                eprintln!(
                    "input {n} was accepted but does not read back the same; saved to {path}"
                );
                std::process::exit(1);
            }
            Ok(None) => refused += 1,
        }
    }
    println!("{inputs} inputs: {accepted} accepted and round-tripped, {refused} refused, 0 panics");
}
