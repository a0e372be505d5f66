//! The build script that turns seeds/*.json into constants (tools/seeds.rs),
//! run as a test: malformed seeds fail the build with a clear message.
#![cfg(not(target_arch = "wasm32"))]
// The script's `main` runs only in the build.
#![allow(dead_code)]

#[path = "../tools/seeds.rs"]
mod seeds;
