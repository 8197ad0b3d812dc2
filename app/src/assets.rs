//! The portal's built files (stylesheet, script, WebAssembly) by the names the build gave them.
//! A release build names each after a hash of its content (`portal.3f9a….css`, cargo-leptos'
//! `hash-files`), so a browser may keep it for a year: a new build is a new name. The hashes are
//! in `hash.txt` beside the server binary. Server only.

use leptos::config::LeptosOptions;

/// Where each built file is, and whether its name carries its content's hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    pub css: String,
    pub js: String,
    pub wasm: String,
    /// The names carry content hashes: the files may be cached for good.
    pub hashed: bool,
    /// The moderator's desk (`scripts/build-desk.sh`): its script and WebAssembly, when built.
    pub desk: Option<Desk>,
}

/// The moderator's desk module, by the hashed names `scripts/build-desk.sh` gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desk {
    pub js: String,
    pub wasm: String,
}

impl Desk {
    /// The desk in `<site root>/desk/`, if it was built: `desk.<hash>.js` and
    /// `desk.<hash>.wasm`.
    pub fn find(site_root: &str) -> Option<Desk> {
        let names: Vec<String> = std::fs::read_dir(std::path::Path::new(site_root).join("desk"))
            .ok()?
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .collect();
        let named = |ending: &str| {
            names
                .iter()
                .find(|n| n.starts_with("desk.") && n.ends_with(ending))
                .map(|n| format!("/desk/{n}"))
        };
        Some(Desk {
            js: named(".js")?,
            wasm: named(".wasm")?,
        })
    }
}

impl Assets {
    /// The files of this build: hashed names when `hash.txt` lies beside the running binary,
    /// else the plain names (a development or test build).
    pub fn of_build(options: &LeptosOptions) -> Assets {
        let hashes = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())))
            .and_then(|path| std::fs::read_to_string(path).ok());
        Assets {
            desk: Desk::find(&options.site_root),
            ..Assets::named(options, hashes.as_deref())
        }
    }

    /// The files, given the hash file's text (`js: …`, `wasm: …`, `css: …` lines) if any.
    pub fn named(options: &LeptosOptions, hashes: Option<&str>) -> Assets {
        let pkg = format!("/{}/{}", options.site_pkg_dir, options.output_name);
        let hash_of = |kind: &str| {
            hashes?.lines().find_map(|line| {
                let (k, v) = line.split_once(':')?;
                (k.trim() == kind).then(|| v.trim().to_string())
            })
        };
        let name = |kind: &str, plain: String| match hash_of(kind) {
            Some(hash) => format!("{pkg}.{hash}.{kind}"),
            None => plain,
        };
        // cargo-leptos names the WebAssembly after the output; a plain cargo build adds `_bg`.
        let plain_wasm = if option_env!("LEPTOS_OUTPUT_NAME").is_some() {
            format!("{pkg}.wasm")
        } else {
            format!("{pkg}_bg.wasm")
        };
        let hashed = ["css", "js", "wasm"].iter().all(|k| hash_of(k).is_some());
        Assets {
            css: name("css", format!("{pkg}.css")),
            js: name("js", format!("{pkg}.js")),
            wasm: name("wasm", plain_wasm),
            hashed,
            desk: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_file_gives_every_file_its_hashed_name() {
        let options = LeptosOptions::builder().output_name("portal").build();
        let assets = Assets::named(&options, Some("js: abc\nwasm: def\ncss: 123\n"));
        assert_eq!(assets.css, "/pkg/portal.123.css");
        assert_eq!(assets.js, "/pkg/portal.abc.js");
        assert_eq!(assets.wasm, "/pkg/portal.def.wasm");
        assert!(assets.hashed);
        let plain = Assets::named(&options, None);
        assert_eq!(plain.css, "/pkg/portal.css");
        assert!(!plain.hashed);
    }
}
